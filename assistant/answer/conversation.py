"""Conversation state for follow-ups: the resolved role, intent and item list of each turn."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel, Field

from assistant.answer.evidence import Unit
from assistant.answer.understand import PreviousTurn
from assistant.models import Answer, SectionKind
from assistant.text import bigrams


class UnitRef(BaseModel):
    """A cited unit of an answer, kept so "第二条展开说说" can find its passage."""

    file: str
    line_start: int
    line_end: int
    text: str
    quote: str
    kind: str
    section_id: str
    section_kind: SectionKind
    order: int
    role: str | None = None
    organisation: str | None = None

    @classmethod
    def of(cls, unit: Unit) -> UnitRef:
        return cls(file=unit.file, line_start=unit.line_start, line_end=unit.line_end, text=unit.text, quote=unit.quote,
                   kind=unit.kind, section_id=unit.section_id, section_kind=unit.section_kind, order=unit.order,
                   role=unit.role, organisation=unit.organisation)  # fmt: skip

    def unit(self) -> Unit:
        return Unit(uid=f"{self.section_id}#{self.order}", file=self.file, line_start=self.line_start,
                    line_end=self.line_end, text=self.text, quote=self.quote, kind=self.kind, section_id=self.section_id,
                    section_kind=self.section_kind, order=self.order, role=self.role, organisation=self.organisation,
                    feats=frozenset(bigrams(self.text)))  # fmt: skip


class Turn(BaseModel):
    previous: PreviousTurn
    answer: Answer
    items: list[list[UnitRef]] = Field(default_factory=list, description="evidence units behind each item")
    numbered: int = Field(default=0, description="items[:numbered] are a numbered list shown below the other items")

    def item(self, n: int) -> list[UnitRef]:
        """The evidence of the n-th item the user sees (1-based): of the numbered list, or, when that
        list is shorter than n ("第二点" of an answer whose numbered list has one item), of the
        points shown above it."""
        if 0 < self.numbered < n <= len(self.items) - self.numbered:
            return self.items[self.numbered + n - 1]
        return self.items[n - 1]


class Conversation(BaseModel):
    """The turns so far. Pass the same object to consecutive questions."""

    turns: list[Turn] = Field(default_factory=list)
    max_turns: int = 20

    @property
    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None

    def last_topic(self) -> Turn | None:
        """The latest turn about a role or topic (a refusal about a known role still counts)."""
        for turn in reversed(self.turns):
            if not turn.answer.refused or turn.previous.role:
                return turn
        return None

    def last_role(self) -> Turn | None:
        """The latest turn about a role ("他", "这个岗位" refer to it even after a general question)."""
        for turn in reversed(self.turns):
            if turn.previous.role:
                return turn
        return None

    def role_before(self, role: str, skip: Callable[[str], bool] = lambda _: False) -> Turn | None:
        """The latest turn about a post other than ``role`` (and not ``skip``ped): "回到刚才那个岗位"."""
        for turn in reversed(self.turns):
            if turn.previous.role and turn.previous.role != role and not skip(turn.previous.role):
                return turn
        return None

    def last_listed(self, at_least: int = 1) -> Turn | None:
        """The latest turn whose answer listed at least ``at_least`` items ("第三条" refers to it:
        never to a later one-item answer that has no third item)."""
        for turn in reversed(self.turns):
            # an expanded item is not a list of its own: "第一个呢" after it still means the list
            if len(turn.items) >= at_least and not turn.previous.expanded:
                return turn
        return self.last_listed() if at_least > 1 else None

    def shown_profiles(self) -> set[str]:
        """Ids of the profiles whose lists this conversation has already shown."""
        return {t.answer.role_ref.profile_id for t in self.turns if t.answer.role_ref is not None}

    def add(self, turn: Turn) -> None:
        self.turns.append(turn)
        del self.turns[: -self.max_turns]

    def reset(self) -> None:
        self.turns.clear()
