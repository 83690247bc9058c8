"""``/v1/corpus``: statistics, documents (list, upload, delete), profiles, the KPI library, original text."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Query, UploadFile

from assistant.api.deps import Editor, Svc, Viewer, call
from assistant.api.schemas import DeleteResult
from assistant.models import CorpusStats, JobProfile
from assistant.services import DocumentInfo, DocumentView, UploadResult

router = APIRouter(tags=["知识库"])


@router.get("/v1/corpus/stats", response_model=CorpusStats, summary="知识库统计")
def corpus_stats(user: Viewer, services: Svc) -> CorpusStats:
    return call(services.corpus.stats)


@router.get("/v1/corpus/documents", response_model=list[DocumentInfo], summary="文档列表")
def documents(user: Viewer, services: Svc) -> list[DocumentInfo]:
    return call(services.corpus.documents)


@router.post(
    "/v1/corpus/documents",
    response_model=UploadResult,
    status_code=201,
    summary="上传文档并增量导入 (需要 editor)",
    responses={403: {"description": "只读用户"}, 413: {"description": "文件过大"}, 415: {"description": "类型不支持"}},
)
def upload(user: Editor, services: Svc, file: UploadFile = File(..., description=".txt/.md/.csv/.html/.docx/.xlsx/.pdf")) -> UploadResult:
    # Only the bytes sent are ever read: no path from the client reaches the file system.
    limit = int(min(services.settings.upload_max_mb, services.settings.max_file_mb) * 1024 * 1024)
    data = file.file.read(limit + 1)
    return call(services.corpus.upload, file.filename or "", data)


@router.delete(
    "/v1/corpus/documents/{name:path}",
    response_model=DeleteResult,
    summary="从所有索引中删除文档 (需要 editor)",
    responses={403: {"description": "只读用户"}, 404: {"description": "没有该文档"}},
)
def delete(name: str, user: Editor, services: Svc) -> DeleteResult:
    call(services.corpus.delete, name)
    return DeleteResult(file=name)


@router.get("/v1/corpus/profiles", response_model=list[JobProfile], summary="抽取出的岗位画像")
def profiles(
    user: Viewer,
    services: Svc,
    role: Annotated[str | None, Query(max_length=50, description="岗位名称 (包含匹配)")] = None,
    file: Annotated[str | None, Query(max_length=300, description="文档")] = None,
) -> list[JobProfile]:
    return call(services.corpus.profiles, role=role, file=file)


@router.get("/v1/corpus/kpis", summary="KPI 指标库")
def kpi_library(
    user: Viewer, services: Svc, owner: Annotated[str | None, Query(max_length=50, description="岗位或部门")] = None
) -> list[dict[str, Any]]:
    library = call(services.corpus.kpi_library, owner)
    return [{"name": ind.name, "owners": ind.owners, "entries": [e.model_dump(mode="json") for e in ind.entries]} for ind in library]


@router.get("/v1/corpus/roles", summary="岗位名称 (自动补全与「您是不是要找…」)")
def roles(user: Viewer, services: Svc, q: Annotated[str, Query(max_length=50)] = "") -> list[str]:
    return call(services.corpus.suggest_roles, q)


@router.get("/v1/corpus/view", response_model=DocumentView, summary="查看原文 (引用位置前后)")
def view(
    user: Viewer,
    services: Svc,
    file: Annotated[str, Query(max_length=300)],
    line_start: Annotated[int, Query(ge=1)],
    line_end: Annotated[int | None, Query(ge=1)] = None,
    context: Annotated[int, Query(ge=0, le=50)] = 6,
) -> DocumentView:
    return call(services.corpus.view, file, line_start, line_end, context)
