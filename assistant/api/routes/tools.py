"""``/v1/jd``, ``/v1/kpi/design``, ``/v1/kpi/check``: the drafting tools, with the CLI's exports."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response

from assistant.api.deps import DOCX, XLSX, Svc, Viewer, attachment, call
from assistant.api.schemas import JdBody, JdResponse, KpiCheckBody, KpiCheckResponse, KpiDesignBody, KpiDesignResponse

router = APIRouter(tags=["工具"])


def _file(services, obj, fmt: str) -> Response:  # noqa: ANN001
    name, data, media = call(services.tools.export, obj, fmt)
    return Response(data, media_type=media, headers=attachment(name))


@router.post(
    "/v1/jd",
    response_model=JdResponse,
    summary="起草岗位说明书 (format=json / markdown 或 md / docx)",
    responses={200: {"content": {"text/markdown": {}, DOCX: {}}}, 404: {"description": "知识库中没有该岗位"}},
)
def jd(body: JdBody, user: Viewer, services: Svc) -> Response:
    from assistant.tools.export import render_markdown
    from assistant.tools.jd import JdRequest

    request = JdRequest(role=body.role, department=body.department, reports_to=body.reports_to, level=body.level, notes=body.notes)
    draft = call(services.tools.draft_jd, request)
    if body.format == "docx":
        return _file(services, draft, "docx")
    text = render_markdown(draft)
    if body.format in ("markdown", "md"):
        return Response(text, media_type="text/markdown; charset=utf-8")
    out = JdResponse(role=body.role, markdown=text, citations=draft.citations, draft=draft.model_dump(mode="json"))
    return JSONResponse(out.model_dump(mode="json"))


@router.post(
    "/v1/kpi/design",
    response_model=KpiDesignResponse,
    summary="为岗位或部门设计 KPI (format=json / xlsx / csv)",
    responses={200: {"content": {XLSX: {}, "text/csv": {}}}, 404: {"description": "知识库中没有该岗位或部门"}},
)
def kpi_design(body: KpiDesignBody, user: Viewer, services: Svc) -> Response:
    from assistant.tools.export import render_markdown
    from assistant.tools.kpi_design import KpiRequest

    design = call(services.tools.design_kpis, KpiRequest(role=body.role, count=body.count))
    if body.format in ("xlsx", "csv"):
        return _file(services, design, body.format)
    out = KpiDesignResponse(role=design.title, total_weight=design.total_weight, markdown=render_markdown(design),
                            citations=design.citations, design=design.model_dump(mode="json"))  # fmt: skip
    return JSONResponse(out.model_dump(mode="json"))


@router.post("/v1/kpi/check", response_model=KpiCheckResponse, summary="按 SMART 原则检查一个指标")
def kpi_check(body: KpiCheckBody, user: Viewer, services: Svc) -> KpiCheckResponse:
    from assistant.tools.export import render_markdown

    report = call(services.tools.smart_check, body.text, body.role)
    return KpiCheckResponse(passed=report.passed, missing=report.missing, markdown=render_markdown(report),
                            report=report.model_dump(mode="json"))  # fmt: skip
