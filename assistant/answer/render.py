"""Plain-text rendering of answers for terminals (citations listed under the answer)."""

from __future__ import annotations

from assistant.models import Answer

BACKENDS = {"extractive": "原文摘录", "llm": "大模型改写（已校验）"}


def citation_lines(answer: Answer, quote_max: int = 60) -> list[str]:
    lines = []
    for c in answer.citations:
        quote = c.quote if len(c.quote) <= quote_max else c.quote[:quote_max] + "…"
        where = f"第 {c.line_start} 行" if c.line_start == c.line_end else f"第 {c.line_start}-{c.line_end} 行"
        lines.append(f"[{c.id}] {c.file} {where}：{quote}")
    return lines


def footer_lines(answer: Answer) -> list[str]:
    """What a terminal prints under the answer text: note, sources, backend."""
    lines: list[str] = []
    if answer.note and answer.note not in answer.text:
        lines.append(f"注：{answer.note}")
    # The JD / KPI tools print their own source appendix ("## 出处附录"): list the sources once.
    cites = [] if _lists_sources(answer.text) else citation_lines(answer)
    if cites:
        lines.append("出处：")
        lines += [f"  {c}" for c in cites]
    if answer.refused or not answer.citations:
        # A refusal or a "哪个岗位?" question quotes nothing: no "原文摘录" label.
        return lines
    total = answer.timings.get("total")
    meta = f"（{BACKENDS.get(answer.backend, answer.backend)}"
    meta += f"，用时 {total * 1000:.0f} 毫秒）" if total is not None else "）"
    lines.append(meta)
    return lines


def _lists_sources(text: str) -> bool:
    return any(line.strip().lstrip("#").strip() in ("出处", "出处附录") for line in text.splitlines())
