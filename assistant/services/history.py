"""Conversation history and answer feedback, per user, in SQLite under ``GANGWEI_HOME``.

- ``history.sqlite3``: ``conversations`` (id, user, title, created, updated, and the follow-up
  state a front end needs to continue the chat) and their ``turns`` (question, answer text,
  citations JSON, meta JSON, created). Every read and write names the user: one user never sees
  another's conversations.
- ``feedback.sqlite3``: the ``feedback`` table (thumbs up/down with an optional comment, the
  question, the answer, its sources and the earlier questions of the conversation), in the
  schema ``gangwei eval --export-feedback`` reads (``assistant/eval/feedback.py``).

Connections are opened per call (short transactions, safe across threads and processes); nothing
is created on disk before the first write.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from assistant.services.errors import ServiceError

HISTORY_DB = "history.sqlite3"
FEEDBACK_DB = "feedback.sqlite3"
MAX_TEXT = 20000  # characters kept per feedback text column (as the eval export expects)
MAX_ANSWER = 200_000  # characters of an answer kept in the history
MAX_TITLE = 40
LIST_LIMIT = 50

HISTORY_SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS conversations (
        id TEXT PRIMARY KEY,
        user TEXT NOT NULL,
        title TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        state TEXT
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS turns (
        id INTEGER PRIMARY KEY,
        conversation TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        citations TEXT NOT NULL,
        meta TEXT,
        created TEXT NOT NULL
    )
    """,
    "CREATE INDEX IF NOT EXISTS conversations_by_user ON conversations(user, updated)",
    "CREATE INDEX IF NOT EXISTS turns_by_conversation ON turns(conversation, position)",
)
# Same table as assistant/eval/feedback.py (the eval reads what the web app writes).
FEEDBACK_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY,
    created TEXT NOT NULL,
    user TEXT,
    rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    comment TEXT,
    question TEXT NOT NULL,
    answer TEXT,
    citations TEXT,
    conversation TEXT
)
"""


class ConversationInfo(BaseModel):
    id: str
    title: str
    created: str
    updated: str
    turns: int = 0


class Turn(BaseModel):
    id: int
    conversation: str
    position: int
    question: str
    answer: str
    citations: list[dict[str, Any]] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)
    created: str


class FeedbackRow(BaseModel):
    id: int
    created: str
    user: str | None = None
    rating: int
    comment: str | None = None
    question: str
    answer: str | None = None
    citations: list[dict[str, Any]] = Field(default_factory=list)
    conversation: list[str] = Field(default_factory=list)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _citation_dict(c: Any) -> dict[str, Any]:
    if isinstance(c, dict):
        return dict(c)
    if hasattr(c, "model_dump"):
        return c.model_dump()
    raise TypeError(f"not a citation: {c!r}")


def _json_list(raw: str | None) -> list[Any]:
    try:
        value = json.loads(raw) if raw else []
    except json.JSONDecodeError:
        return []
    return value if isinstance(value, list) else []


def _json_dict(raw: str | None) -> dict[str, Any]:
    try:
        value = json.loads(raw) if raw else {}
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def conversation_title(question: str) -> str:
    text = " ".join((question or "").split())
    return text if len(text) <= MAX_TITLE else text[: MAX_TITLE - 1] + "…"


class HistoryStore:
    """Conversations and feedback of every user of one ``GANGWEI_HOME``."""

    def __init__(self, home: Path) -> None:
        self.home = Path(home)
        self.history_path = self.home / HISTORY_DB
        self.feedback_path = self.home / FEEDBACK_DB
        self._lock = threading.Lock()

    # --- plumbing ------------------------------------------------------------------------------

    @contextmanager
    def _db(self, path: Path, schema: Sequence[str]) -> Iterator[sqlite3.Connection]:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(path, timeout=10.0)) as conn:
                conn.execute("PRAGMA foreign_keys = ON")
                for statement in schema:
                    conn.execute(statement)
                with conn:  # one transaction, committed on success
                    yield conn
        except sqlite3.DatabaseError as exc:
            raise ServiceError(f"无法读写 {path.name}：{exc}", status=500) from exc
        except OSError as exc:
            raise ServiceError(f"无法读写 {path}：{exc.strerror or exc}", status=500) from exc

    def _history(self) -> Any:
        return self._db(self.history_path, HISTORY_SCHEMA)

    def _feedback(self) -> Any:
        return self._db(self.feedback_path, (FEEDBACK_SCHEMA,))

    @staticmethod
    def _user(user: str | None) -> str:
        user = (user or "").strip()
        if not user:
            raise ServiceError("缺少用户信息，请重新登录", status=401)
        return user

    # --- conversations -------------------------------------------------------------------------

    def create(self, user: str, title: str) -> str:
        """A new, empty conversation of ``user``; returns its id."""
        user = self._user(user)
        cid = uuid.uuid4().hex
        now = _now()
        with self._history() as conn:
            conn.execute("INSERT INTO conversations (id, user, title, created, updated) VALUES (?, ?, ?, ?, ?)",
                         (cid, user, conversation_title(title) or "新对话", now, now))  # fmt: skip
        return cid

    def owns(self, user: str, conversation: str | None) -> bool:
        if not conversation or not user:
            return False
        with self._history() as conn:
            row = conn.execute("SELECT 1 FROM conversations WHERE id = ? AND user = ?", (conversation, user)).fetchone()
        return row is not None

    def add_turn(
        self,
        user: str,
        conversation: str | None,
        question: str,
        answer: str,
        citations: Sequence[Any] = (),
        meta: dict[str, Any] | None = None,
        state: str | None = None,
    ) -> tuple[str, int]:
        """Append a turn (creating the conversation when ``conversation`` is None or not the
        user's); returns (conversation id, turn id). ``state`` replaces the stored follow-up state."""
        user = self._user(user)
        question = (question or "").strip()
        if not question:
            raise ServiceError("问题不能为空")
        if not self.owns(user, conversation):
            conversation = self.create(user, question)
        now = _now()
        cites = json.dumps([_citation_dict(c) for c in citations], ensure_ascii=False)
        with self._lock, self._history() as conn:
            position = conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM turns WHERE conversation = ?",
                                    (conversation,)).fetchone()[0]  # fmt: skip
            cur = conn.execute(
                "INSERT INTO turns (conversation, position, question, answer, citations, meta, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (conversation, position, question[:MAX_TEXT], (answer or "")[:MAX_ANSWER], cites,
                 json.dumps(meta or {}, ensure_ascii=False), now),
            )  # fmt: skip
            if state is not None:
                conn.execute("UPDATE conversations SET updated = ?, state = ? WHERE id = ?", (now, state, conversation))
            else:
                conn.execute("UPDATE conversations SET updated = ? WHERE id = ?", (now, conversation))
        return conversation, int(cur.lastrowid or 0)

    def conversations(self, user: str, limit: int = LIST_LIMIT) -> list[ConversationInfo]:
        """The user's conversations, most recently used first."""
        if not user or not self.history_path.is_file():
            return []
        with self._history() as conn:
            rows = conn.execute(
                "SELECT c.id, c.title, c.created, c.updated, COUNT(t.id) FROM conversations c"
                " LEFT JOIN turns t ON t.conversation = c.id WHERE c.user = ?"
                " GROUP BY c.id ORDER BY c.updated DESC, c.rowid DESC LIMIT ?",
                (user, limit),
            ).fetchall()
        return [ConversationInfo(id=r[0], title=r[1], created=r[2], updated=r[3], turns=r[4]) for r in rows]

    def turns(self, user: str, conversation: str) -> list[Turn]:
        """The turns of one of the user's conversations (empty if it is not theirs)."""
        if not self.owns(user, conversation):
            return []
        with self._history() as conn:
            rows = conn.execute(
                "SELECT id, conversation, position, question, answer, citations, meta, created FROM turns"
                " WHERE conversation = ? ORDER BY position",
                (conversation,),
            ).fetchall()
        return [self._turn(r) for r in rows]

    def turn(self, user: str, turn_id: int) -> Turn | None:
        """One turn, only if it belongs to one of the user's conversations."""
        if not user or not self.history_path.is_file():
            return None
        with self._history() as conn:
            row = conn.execute(
                "SELECT t.id, t.conversation, t.position, t.question, t.answer, t.citations, t.meta, t.created"
                " FROM turns t JOIN conversations c ON c.id = t.conversation WHERE t.id = ? AND c.user = ?",
                (int(turn_id), user),
            ).fetchone()
        return self._turn(row) if row else None

    @staticmethod
    def _turn(r: Sequence[Any]) -> Turn:
        cites = [c for c in _json_list(r[5]) if isinstance(c, dict)]
        return Turn(id=r[0], conversation=r[1], position=r[2], question=r[3], answer=r[4], citations=cites,
                    meta=_json_dict(r[6]), created=r[7])  # fmt: skip

    def state(self, user: str, conversation: str) -> str | None:
        """The follow-up state stored with the conversation (None if none or not the user's)."""
        if not user or not self.history_path.is_file():
            return None
        with self._history() as conn:
            row = conn.execute("SELECT state FROM conversations WHERE id = ? AND user = ?", (conversation, user)).fetchone()
        return row[0] if row else None

    def delete(self, user: str, conversation: str) -> bool:
        if not self.owns(user, conversation):
            return False
        with self._history() as conn:
            conn.execute("DELETE FROM turns WHERE conversation = ?", (conversation,))
            conn.execute("DELETE FROM conversations WHERE id = ? AND user = ?", (conversation, user))
        return True

    # --- feedback ------------------------------------------------------------------------------

    def add_feedback(
        self,
        user: str | None,
        rating: int,
        question: str,
        answer: str | None = None,
        citations: Sequence[Any] = (),
        conversation: Sequence[str] = (),
        comment: str | None = None,
    ) -> int:
        """Store a thumbs up (+1) or down (-1) of an answer; returns the feedback id.

        ``conversation`` is the earlier questions of the chat, oldest first.
        """
        if rating not in (1, -1):
            raise ServiceError("评价只能是 “有用” 或 “没用”")
        question = (question or "").strip()
        if not question:
            raise ServiceError("评价缺少对应的问题")
        row = (
            _now(),
            (user or None),
            rating,
            (comment or "").strip()[:MAX_TEXT] or None,
            question[:MAX_TEXT],
            (answer or "")[:MAX_TEXT] or None,
            json.dumps([_citation_dict(c) for c in citations], ensure_ascii=False),
            json.dumps([q for q in conversation if q and q.strip()], ensure_ascii=False),
        )
        with self._feedback() as conn:
            cur = conn.execute(
                "INSERT INTO feedback (created, user, rating, comment, question, answer, citations, conversation)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
            return int(cur.lastrowid or 0)

    def rerate_feedback(self, user: str | None, feedback_id: int, rating: int) -> bool:
        """Change one of the user's own ratings (a thumb clicked again on the same answer)."""
        if rating not in (1, -1):
            raise ServiceError("评价只能是 “有用” 或 “没用”")
        if not self.feedback_path.is_file():
            return False
        with self._feedback() as conn:
            cur = conn.execute("UPDATE feedback SET rating = ? WHERE id = ? AND user IS ?", (rating, int(feedback_id), user or None))
            return cur.rowcount == 1

    def comment_feedback(self, user: str | None, feedback_id: int, comment: str) -> bool:
        """Add (or replace) the comment of one of the user's own ratings."""
        comment = (comment or "").strip()[:MAX_TEXT]
        if not comment or not self.feedback_path.is_file():
            return False
        with self._feedback() as conn:
            cur = conn.execute("UPDATE feedback SET comment = ? WHERE id = ? AND user IS ?", (comment, int(feedback_id), user or None))
            return cur.rowcount == 1

    def feedback(self, rating: int | None = None) -> list[FeedbackRow]:
        """Stored ratings in id order (only ``rating`` when given)."""
        if not self.feedback_path.is_file():
            return []
        sql = "SELECT id, created, user, rating, comment, question, answer, citations, conversation FROM feedback"
        with self._feedback() as conn:
            rows = conn.execute(sql + (" WHERE rating = ?" if rating is not None else "") + " ORDER BY id",
                                (rating,) if rating is not None else ()).fetchall()  # fmt: skip
        return [
            FeedbackRow(id=r[0], created=r[1], user=r[2], rating=r[3], comment=r[4], question=r[5], answer=r[6],
                        citations=[c for c in _json_list(r[7]) if isinstance(c, dict)],
                        conversation=[q for q in _json_list(r[8]) if isinstance(q, str)])  # fmt: skip
            for r in rows
        ]
