"""Numbered citations: every unit an answer uses gets one id, shown as [n] in the text."""

from __future__ import annotations

from assistant.answer.kb import KnowledgeBase, Unit
from assistant.models import Citation

QUOTE_MAX = 120  # a prefix of a verbatim line piece is still verbatim


class CitationBook:
    """Hands out citation ids in order of first use; the same source line gets the same id."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._ids: dict[tuple[str, int, int, str], int] = {}
        self._units: dict[int, int] = {}
        self.citations: list[Citation] = []

    def cite(self, unit: Unit) -> int:
        if unit.uid in self._units:
            return self._units[unit.uid]
        quote = unit.quote.strip()[:QUOTE_MAX]
        key = (unit.file, unit.line_start, unit.line_end, quote)
        cid = self._ids.get(key)
        if cid is None:
            cid = len(self.citations) + 1
            self._ids[key] = cid
            self.citations.append(
                Citation(id=cid, file=unit.file, line_start=unit.line_start, line_end=unit.line_end, quote=quote)
            )
        self._units[unit.uid] = cid
        return cid

    def cite_all(self, uids: list[int]) -> list[int]:
        out: list[int] = []
        for uid in uids:
            cid = self.cite(self.kb.units[uid])
            if cid not in out:
                out.append(cid)
        return out

    def unit_ids(self) -> dict[int, int]:
        """citation id -> first unit cited under it (for evidence handed to the LLM)."""
        out: dict[int, int] = {}
        for uid, cid in self._units.items():
            out.setdefault(cid, uid)
        return out


def markers(ids: list[int]) -> str:
    return "".join(f"[{i}]" for i in ids)
