"""services/history.py: conversations per user (SQLite under GANGWEI_HOME) and thumbs up/down in the
``feedback`` table that ``gangwei eval --export-feedback`` reads."""

from __future__ import annotations

import json
import sqlite3

import pytest

from assistant.models import Citation
from assistant.services.errors import ServiceError
from assistant.services.history import FEEDBACK_SCHEMA, HistoryStore


def cite(n: int = 1) -> Citation:
    return Citation(id=n, file="a.txt", line_start=3, line_end=5, quote="负责客户开发", title="客户经理岗位职责", location="第 3–5 行")


def test_nothing_is_written_before_the_first_turn(tmp_path) -> None:
    store = HistoryStore(tmp_path)
    assert store.conversations("hr") == [] and store.turn("hr", 1) is None and store.feedback() == []
    assert not list(tmp_path.iterdir())


def test_turns_are_kept_per_conversation_and_per_user(tmp_path) -> None:
    store = HistoryStore(tmp_path)
    cid, t1 = store.add_turn("hr", None, "产品服务专员做什么?", "**答**：… [1]", [cite()], {"intent": "duty"}, state='{"s": 1}')
    same, t2 = store.add_turn("hr", cid, "那任职要求呢?", "本科 [1]", [cite()], state='{"s": 2}')
    other, _ = store.add_turn("hr", None, "新问题" * 30, "答")
    assert same == cid and other != cid and t2 > t1
    turns = store.turns("hr", cid)
    assert [t.question for t in turns] == ["产品服务专员做什么?", "那任职要求呢?"] and [t.position for t in turns] == [1, 2]
    assert turns[0].citations[0]["file"] == "a.txt" and turns[0].meta == {"intent": "duty"}
    assert Citation.model_validate(turns[0].citations[0]) == cite()
    assert store.state("hr", cid) == '{"s": 2}'
    listed = store.conversations("hr")
    assert [c.id for c in listed][:1] == [other] and {c.id for c in listed} == {cid, other}
    assert next(c for c in listed if c.id == cid).turns == 2 and next(c for c in listed if c.id == cid).title == "产品服务专员做什么?"
    assert len(next(c for c in listed if c.id == other).title) <= 40

    # another user sees nothing of it, and cannot append to it
    assert store.conversations("boss") == [] and store.turns("boss", cid) == [] and store.turn("boss", t1) is None
    assert store.state("boss", cid) is None and not store.owns("boss", cid)
    theirs, _ = store.add_turn("boss", cid, "我的问题", "答")
    assert theirs != cid and len(store.turns("hr", cid)) == 2
    assert not store.delete("boss", cid) and store.delete("hr", cid) and store.turns("hr", cid) == []


def test_bad_input_is_a_chinese_service_error(tmp_path) -> None:
    store = HistoryStore(tmp_path)
    for call in (lambda: store.add_turn("", None, "q", "a"), lambda: store.add_turn("hr", None, "  ", "a"),
                 lambda: store.add_feedback("hr", 0, "q"), lambda: store.add_feedback("hr", 1, " ")):  # fmt: skip
        with pytest.raises(ServiceError) as err:
            call()
        assert not err.value.message.isascii()


def test_feedback_row_has_the_schema_the_eval_export_reads(tmp_path) -> None:
    from assistant.eval import feedback as eval_feedback

    assert " ".join(FEEDBACK_SCHEMA.split()) == " ".join(eval_feedback.SCHEMA.split())  # one table, two writers
    store = HistoryStore(tmp_path)
    fid = store.add_feedback("hr", -1, "那任职要求呢?", "1. 本科 [1]", [cite()], ["产品服务专员做什么?"])
    assert store.add_feedback("hr", 1, "好问题", "答") > fid
    with sqlite3.connect(tmp_path / "feedback.sqlite3") as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(feedback)")]
        row = conn.execute("SELECT * FROM feedback WHERE id = ?", (fid,)).fetchone()
    assert columns == ["id", "created", "user", "rating", "comment", "question", "answer", "citations", "conversation"]
    assert row[2:4] == ("hr", -1) and row[5] == "那任职要求呢?" and json.loads(row[8]) == ["产品服务专员做什么?"]
    assert json.loads(row[7])[0]["file"] == "a.txt"

    # a thumb clicked again changes the rating; a comment added later; only by their author
    assert not store.rerate_feedback("boss", fid, 1)
    assert store.rerate_feedback("hr", fid, 1) and store.rerate_feedback("hr", fid, -1)
    assert not store.comment_feedback("boss", fid, "不是我的")
    assert store.comment_feedback("hr", fid, "缺少证书要求")
    assert [r.comment for r in store.feedback(rating=-1)] == ["缺少证书要求"]

    records = eval_feedback.read_feedback(tmp_path, rating=-1)
    assert len(records) == 1 and records[0].question == "那任职要求呢?" and records[0].conversation == ["产品服务专员做什么?"]
    out = tmp_path / "candidates.jsonl"
    assert eval_feedback.export_feedback(tmp_path, out) == 1
    item = json.loads(out.read_text("utf-8"))
    assert item["needs_review"] and item["turns"][-1]["evidence"] == [{"file": "a.txt", "line_start": 3, "line_end": 5}]


def test_services_expose_the_store(tmp_path) -> None:
    from assistant.config import Settings
    from assistant.services import Services

    services = Services(Settings(home=tmp_path, corpus_dir=tmp_path / "corpus", auth=None))
    assert isinstance(services.history, HistoryStore) and services.history.home == tmp_path
