"""A table of questions and answers ("问 | 答", "问题 | 回答", "Q | A"): a handbook's 应知应会 drawn as a
grid. Each row is read as a FAQ entry: the question heads its answer, as "问：…" over "答：…" lines do,
so the answer's list is what the question asks about (the duties "每天主要做什么" asks for)."""

from __future__ import annotations

from dataclasses import replace

from assistant.ingest.layout import Hint, Table, Unit
from assistant.ingest.vocab import squash

_ASKS = frozenset({"问", "问题", "提问", "q", "question"})
_ANSWERS = frozenset({"答", "回答", "答案", "解答", "a", "answer"})
FAQ_HEADING = 4  # the level a question heads its answer at (below the post's own heading)


def _qa_columns(table: Table) -> tuple[int, int] | None:
    """(question column, answer column) of a table whose header row names just those two."""
    if len(table.rows) < 2:
        return None
    labels = [squash(c.text).lower().rstrip(":：") for c in table.rows[0]]
    filled = [t for t in labels if t]
    ask = next((i for i, t in enumerate(labels) if t in _ASKS), None)
    answer = next((i for i, t in enumerate(labels) if t in _ANSWERS), None)
    return (ask, answer) if ask is not None and answer is not None and len(filled) == 2 else None


def qa_entries(flow: list[Unit | Table]) -> list[Unit | Table]:
    """``flow`` with each question-and-answer table read as its entries: "问：<question>" (quoted as
    written) as a heading, then the answer's lines."""
    out: list[Unit | Table] = []
    for part in flow:
        cols = _qa_columns(part) if isinstance(part, Table) else None
        if cols is None:
            out.append(part)
            continue
        for row in part.rows[1:]:
            ask, answer = (row[c] if c < len(row) else None for c in cols)
            if ask is None or answer is None or ask.merged or ask.empty or answer.empty:
                continue
            first = ask.units[0]
            question = " ".join(u.text.strip() for u in ask.units if u.text.strip())
            out.append(replace(first, text=f"问：{question}", hint=Hint(heading=FAQ_HEADING), raw=first.raw or first.text))
            out.extend(u for u in answer.units if u.text.strip())
    return out
