"""The sets registry (evals/sets.toml), the dev/test split of gold.jsonl, and thumbs-down export."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.eval.feedback import FeedbackError, export_feedback, read_feedback, record_feedback
from assistant.eval.gold import GoldItem, load_gold, normalize_text, validate_gold
from assistant.eval.sets import RegistryError, load_registry
from assistant.eval.splits import split_items, split_lines
from assistant.models import Citation

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "evals" / "data"


# --- splits --------------------------------------------------------------------------------------


def test_committed_split_files_are_the_deterministic_split_of_gold() -> None:
    dev_lines, test_lines = split_lines(DATA / "gold.jsonl")
    assert (DATA / "gold-dev.jsonl").read_text(encoding="utf-8").splitlines() == dev_lines
    assert (DATA / "gold-test.jsonl").read_text(encoding="utf-8").splitlines() == test_lines


def test_split_is_stratified_and_independent_of_order() -> None:
    items = load_gold(DATA / "gold.jsonl")
    dev, test = split_items(items)
    assert not {i.id for i in dev} & {i.id for i in test} and len(dev) + len(test) == len(items)
    per_intent = Counter(i.intent for i in items)
    dev_intents = Counter(i.intent for i in dev)
    for intent, n in per_intent.items():
        assert dev_intents[intent] == (n + 1) // 2, intent
    shuffled = items[:]
    random.Random(3).shuffle(shuffled)
    assert {i.id for i in split_items(shuffled)[0]} == {i.id for i in dev}


# --- registry --------------------------------------------------------------------------------------


def test_registry_names_four_sets_on_two_corpora() -> None:
    reg = load_registry()
    assert list(reg.sets) == ["shipped-dev", "shipped-test", "extra-dev", "extra-test"]
    assert [s.column for s in reg.sets.values()] == ["shipped dev", "shipped test", "extra dev", "extra test"]
    assert reg.sets["shipped-dev"].corpus.path == ROOT / "corpus"
    assert reg.sets["extra-dev"].corpus.path == (ROOT.parent / "shared" / "corpus-extra").resolve()
    assert [s.name for s in reg.select(split="test")] == ["shipped-test", "extra-test"]
    assert reg.sets["shipped-dev"].baseline_path().name == "shipped-dev.json"
    assert reg.set_for_file(DATA / "gold-test.jsonl").name == "shipped-test"
    for s in reg.sets.values():
        assert not s.missing_files(), s.name
    with pytest.raises(RegistryError):
        reg.select(names=["nope"])


def test_hidden_questions_are_the_test_items() -> None:
    reg = load_registry()
    hidden = reg.hidden_questions()
    assert {normalize_text(i.question) for i in load_gold(DATA / "gold-test.jsonl")} <= hidden
    assert not {normalize_text(i.question) for i in load_gold(DATA / "gold-dev.jsonl")} & hidden


def test_registered_sets_match_their_corpora() -> None:
    reg = load_registry()
    for s in reg.sets.values():
        if not s.corpus.path.is_dir():
            pytest.skip(f"corpus not available here: {s.corpus.path}")
        problems = validate_gold(s.load(), s.corpus.path)
        assert problems == [], (s.name, len(problems))  # never print a test item


def test_excluded_files_are_not_indexed(tmp_path: Path) -> None:
    from assistant.eval.sets import CorpusSpec

    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    for name in ("README.md", "a.txt", "sub/b.md", "roles.json", ".hidden.txt"):
        (src / name).write_text("x", encoding="utf-8")
    spec = CorpusSpec("c", src, exclude=("README.md", "*.json"))
    assert spec.documents() == ["a.txt", "sub/b.md"]
    copy = spec.materialise(tmp_path / "work")
    assert sorted(p.relative_to(copy).as_posix() for p in copy.rglob("*") if p.is_file()) == ["a.txt", "sub/b.md"]
    assert CorpusSpec("d", src).materialise(tmp_path / "w2") == src
    with pytest.raises(RegistryError, match="语料目录不存在"):
        CorpusSpec("e", tmp_path / "nope", exclude=("x",)).materialise(tmp_path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[sets.a]\ncorpus = "c"\nsplit = "dev"\nfiles = ["x"]\n', "未在 [corpora] 中登记"),
        ('[corpora.c]\npath = "corpus"\n[sets.a]\ncorpus = "c"\nsplit = "tuning"\nfiles = ["x"]\n', "dev 或 test"),
        ('[corpora.c]\npath = "corpus"\n[sets.a]\ncorpus = "c"\nsplit = "dev"\nfiles = []\n', "至少一个"),
        ('[corpora.c]\npath = "corpus"\n[sets.a]\ncorpus = "c"\nsplit = "dev"\nfile = ["x"]\n', "未知字段"),
        ("[corpora.c\n", "格式错误"),
    ],
)
def test_registry_errors_are_chinese(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "sets.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_registry(path, root=ROOT)


# --- thumbs-down feedback -------------------------------------------------------------------------


def test_feedback_is_recorded_and_exported_as_candidate_items(tmp_path: Path) -> None:
    home = tmp_path / "home"
    cites = [Citation(id=1, file="000.txt", line_start=3, line_end=5, quote="负责"), {"file": "001.txt", "line_start": 7, "line_end": 7}]
    record_feedback(home, rating=1, question="好问题", answer="好回答")
    first = record_feedback(home, rating=-1, question="柜员做什么?", answer="错的回答", citations=cites, user="hr1", comment="答非所问")
    record_feedback(home, rating=-1, question="那任职要求呢?", answer="…", citations=cites[:1], conversation=["柜员做什么?"])
    record_feedback(home, rating=-1, question="柜员做什么?", answer="又错了")  # same question again: exported once
    assert [r.rating for r in read_feedback(home)] == [1, -1, -1, -1]
    assert read_feedback(home, rating=-1)[0].citations[0]["quote"] == "负责"

    out = tmp_path / "candidates.jsonl"
    assert export_feedback(home, out) == 2
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    single, followup = (GoldItem.model_validate(r) for r in rows)
    assert single.id == f"fb-{first:04d}" and single.needs_review and single.key_points == []
    assert [(e.file, e.line_start, e.line_end) for e in single.evidence] == [("000.txt", 3, 5), ("001.txt", 7, 7)]
    assert single.review["comment"] == "答非所问" and single.review["answer"] == "错的回答"
    assert followup.intent == "followup" and followup.question == "柜员做什么?"
    assert followup.turns[-1].question == "那任职要求呢?" and followup.turns[-1].evidence
    assert any("needs_review" in p for p in validate_gold([single], tmp_path))


@pytest.mark.parametrize(("kwargs", "message"), [({"rating": 0, "question": "q"}, "评价只能是"), ({"rating": -1, "question": " "}, "缺少")])
def test_feedback_rejects_bad_records(tmp_path: Path, kwargs: dict, message: str) -> None:
    with pytest.raises(FeedbackError, match=message):
        record_feedback(tmp_path, **kwargs)


def test_export_feedback_command(tmp_path: Path, monkeypatch) -> None:
    from assistant.cli import _register, app

    _register()
    home = tmp_path / "home"
    monkeypatch.setenv("GANGWEI_HOME", str(home))
    runner = CliRunner()
    out = tmp_path / "fb.jsonl"
    res = runner.invoke(app, ["eval", "--export-feedback", str(out)])
    assert res.exit_code == 0 and "没有" in res.output and out.read_text(encoding="utf-8") == ""
    record_feedback(home, rating=-1, question="柜员做什么?")
    res = runner.invoke(app, ["eval", "--export-feedback", str(out)])
    assert res.exit_code == 0 and "已导出 1 条" in res.output
    assert json.loads(out.read_text(encoding="utf-8"))["needs_review"] is True
