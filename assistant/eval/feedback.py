"""Thumbs-up/down feedback on answers, and its export as candidate gold items.

The web app records every rating with ``record_feedback(home, ...)`` in
``GANGWEI_HOME/feedback.sqlite3``; ``gangwei eval --export-feedback FILE`` turns the thumbs-down
records into candidate gold items (JSON Lines, gold format) for a person to complete: the question
(and the earlier questions of its conversation as turns), the cited spans as evidence candidates,
empty key points and ``needs_review: true``. ``validate_gold`` rejects an item until a reviewer has
checked the evidence, written the key points and removed the flag.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

FEEDBACK_DB = "feedback.sqlite3"
SCHEMA = """
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
MAX_TEXT = 20000  # characters kept per text column


class FeedbackError(ValueError):
    """Feedback that cannot be stored or read; the message is for users (Chinese)."""


class FeedbackRecord(BaseModel):
    id: int
    created: str
    user: str | None = None
    rating: int
    comment: str | None = None
    question: str
    answer: str | None = None
    citations: list[dict[str, Any]] = Field(default_factory=list)
    conversation: list[str] = Field(default_factory=list, description="earlier questions, oldest first")


def db_path(home: Path) -> Path:
    return Path(home) / FEEDBACK_DB


@contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path, timeout=10.0)) as conn:
        conn.execute(SCHEMA)
        with conn:  # one transaction, committed on success
            yield conn


def _citation_dict(c: Any) -> dict[str, Any]:
    get = c.get if isinstance(c, dict) else (lambda k, d=None: getattr(c, k, d))
    out = {k: get(k) for k in ("file", "line_start", "line_end", "quote", "title", "location")}
    return {k: v for k, v in out.items() if v is not None}


def record_feedback(
    home: Path,
    *,
    rating: int,
    question: str,
    answer: str | None = None,
    citations: Sequence[Any] = (),
    conversation: Sequence[str] = (),
    user: str | None = None,
    comment: str | None = None,
) -> int:
    """Store one rating (+1 / -1) of an answer; returns the record id.

    ``citations``: ``Citation`` models or dicts (file, line_start, line_end, quote …);
    ``conversation``: the earlier questions of the chat, oldest first.
    """
    if rating not in (1, -1):
        raise FeedbackError("评价只能是 +1 (有用) 或 -1 (没用)")
    question = (question or "").strip()
    if not question:
        raise FeedbackError("评价缺少对应的问题")
    row = (
        datetime.now(timezone.utc).isoformat(timespec="seconds"),
        (user or None),
        rating,
        (comment or "").strip()[:MAX_TEXT] or None,
        question[:MAX_TEXT],
        (answer or "")[:MAX_TEXT] or None,
        json.dumps([_citation_dict(c) for c in citations], ensure_ascii=False),
        json.dumps([q for q in conversation if q and q.strip()], ensure_ascii=False),
    )
    with _connect(db_path(home)) as conn:
        cur = conn.execute(
            "INSERT INTO feedback (created, user, rating, comment, question, answer, citations, conversation)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            row,
        )
        return int(cur.lastrowid or 0)


def _json_list(raw: str | None) -> list[Any]:
    try:
        value = json.loads(raw) if raw else []
    except json.JSONDecodeError:
        return []
    return value if isinstance(value, list) else []


def read_feedback(home: Path, rating: int | None = None) -> list[FeedbackRecord]:
    """Records in id order (only ``rating`` when given); no database yet means no records."""
    path = db_path(home)
    if not path.is_file():
        return []
    try:
        with _connect(path) as conn:
            sql = "SELECT id, created, user, rating, comment, question, answer, citations, conversation FROM feedback"
            rows = conn.execute(sql + (" WHERE rating = ?" if rating is not None else "") + " ORDER BY id",
                                (rating,) if rating is not None else ()).fetchall()  # fmt: skip
    except sqlite3.DatabaseError as exc:
        raise FeedbackError(f"无法读取反馈数据库 {path}: {exc}") from exc
    out = []
    for r in rows:
        cites = [c for c in _json_list(r[7]) if isinstance(c, dict)]
        turns = [q for q in _json_list(r[8]) if isinstance(q, str)]
        out.append(FeedbackRecord(id=r[0], created=r[1], user=r[2], rating=r[3], comment=r[4], question=r[5],
                                  answer=r[6], citations=cites, conversation=turns))  # fmt: skip
    return out


def _evidence(citations: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for c in citations:
        try:
            key = (str(c["file"]), int(c["line_start"]), int(c["line_end"]))
        except (KeyError, TypeError, ValueError):
            continue
        if key not in seen:
            seen.add(key)
            out.append({"file": key[0], "line_start": key[1], "line_end": key[2]})
    return out


def candidate_item(record: FeedbackRecord) -> dict[str, Any]:
    """One thumbs-down record as a gold item to complete (intent and persona are first guesses)."""
    review = {
        "feedback_id": record.id,
        "created": record.created,
        "user": record.user,
        "comment": record.comment,
        "answer": record.answer,
        "todo": "核对证据 (删掉无关的引用, 补上正确段落及其所有副本), 填写 2–5 组要点, 改正意图与角色, 然后删除 needs_review 和 review",
    }
    evidence = _evidence(record.citations)
    base: dict[str, Any] = {"id": f"fb-{record.id:04d}", "persona": "new_hire", "role": None, "attribute": None}
    if record.conversation:
        turns = [
            {"question": q, "intent": "duty", "role": None, "evidence": [], "key_points": []}
            for q in record.conversation[1:]
        ]
        turns.append({"question": record.question, "intent": "duty", "role": None, "evidence": evidence, "key_points": []})
        item = {**base, "intent": "followup", "question": record.conversation[0], "evidence": [], "key_points": [],
                "expect_refusal": False, "turns": turns}  # fmt: skip
    else:
        item = {**base, "intent": "duty", "question": record.question, "evidence": evidence, "key_points": [],
                "expect_refusal": False, "turns": None}  # fmt: skip
    item.update({"tool": None, "needs_review": True, "review": review})
    return item


def export_feedback(home: Path, out: Path) -> int:
    """Write the thumbs-down records as candidate gold items (JSONL); returns how many.

    The same question in the same conversation is exported once (its first record).
    """
    seen: set[tuple[str, ...]] = set()
    lines: list[str] = []
    for record in read_feedback(home, rating=-1):
        key = (*record.conversation, record.question)
        if key in seen:
            continue
        seen.add(key)
        lines.append(json.dumps(candidate_item(record), ensure_ascii=False))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)
