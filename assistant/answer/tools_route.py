"""Route jd_draft / kpi_design requests to the tools (JD drafting, KPI design).

The tools render their own Markdown with numbered citations; the answer keeps that numbering, so
the [n] markers in the text match ``Answer.citations`` exactly as for extractive answers.
"""

from __future__ import annotations

from typing import Any

from assistant.answer.compose import Draft
from assistant.answer.understand import Understanding
from assistant.config import Settings
from assistant.models import AnswerItem, Intent

ASK_FOR_ROLE = {
    Intent.jd_draft: "请告诉我要起草哪个岗位的说明书，例如：「帮我写一份人力资源专员的岗位说明书」。",
    Intent.kpi_design: "请告诉我要为哪个岗位设计 KPI，例如：「帮我给大客户经理设计一套 KPI」。",
}


def route_tool(settings: Settings, u: Understanding, searcher: Any = None) -> Draft | None:
    """The tool's answer, or None when the tools are not installed (the caller answers extractively)."""
    role = u.asked_role or u.role
    if not role:
        return Draft(text=ASK_FOR_ROLE[u.intent], note="需要岗位名称")
    try:
        from assistant.tools.export import render_jd_markdown, render_kpi_markdown
        from assistant.tools.jd import JdRequest, draft_jd, unmatched_message
        from assistant.tools.kpi_design import design_kpis
    except ImportError:
        return None
    if u.intent == Intent.jd_draft:
        draft = draft_jd(JdRequest(role=role), settings, searcher=searcher)
        if not draft.matched:  # an empty template is no answer: say the corpus lacks the post
            return Draft(text=unmatched_message(role), role=role, note="语料中没有该岗位")
        rendered = render_jd_markdown(draft)
        pairs = [(item.text, item.citations) for item in draft.duties if not item.placeholder]
        for group in draft.qualifications.values():
            pairs += [(item.text, item.citations) for item in group if not item.placeholder]
        note = "；".join(draft.warnings) or None
    else:
        design = design_kpis(role, settings)
        rendered = render_kpi_markdown(design)
        pairs = [(f"{k.dimension.value}：{k.name}（权重 {k.weight}%）", k.citations) for k in design.indicators]
        note = "；".join(design.notes) or None
    ids = {(c.file, c.line_start, c.line_end, c.quote): c.id for c in rendered.citations}
    items = [
        AnswerItem(text=text, citations=_ids(quotes, ids))
        for text, quotes in pairs
    ]
    return Draft(
        text=rendered.text.strip(),
        items=items,
        role=role,
        note=note,
        citations=list(rendered.citations),
        score=1.0,
    )


def _ids(quotes: list, ids: dict[tuple[str, int, int, str], int]) -> list[int]:
    out: list[int] = []
    for q in quotes:
        cid = ids.get((q.file, q.line_start, q.line_end, q.quote))
        if cid is not None and cid not in out:
            out.append(cid)
    return out
