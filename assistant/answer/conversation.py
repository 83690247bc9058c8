"""Conversation state for follow-ups ("那任职要求呢?", "第二条展开说说")."""

from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.answer.understand import Understanding
from assistant.models import Answer


class Turn(BaseModel):
    understanding: Understanding
    answer: Answer
    item_units: list[list[int]] = Field(default_factory=list, description="evidence units behind each item")


class Conversation(BaseModel):
    """The turns so far. Pass the same object to consecutive ``Assistant.ask`` calls."""

    turns: list[Turn] = Field(default_factory=list)
    max_turns: int = 20

    @property
    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None

    def last_answered(self) -> Turn | None:
        """The latest turn that was answered (a refusal gives nothing to follow up on)."""
        for turn in reversed(self.turns):
            if not turn.answer.refused:
                return turn
        return None

    def add(self, turn: Turn) -> None:
        self.turns.append(turn)
        del self.turns[: -self.max_turns]

    def reset(self) -> None:
        self.turns.clear()
