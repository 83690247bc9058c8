"""The eval harness against the real system (``Services`` over e5, Chroma, BM25) and broken ones.

The full gold set runs once (module fixture) and must pass the committed gate; the fault-injection
tests run a small, mixed subset of the dev half (their failures name questions) so the suite stays
fast. Latency and memory are never asserted
here (timings belong to benchmarks): the quality metrics carry the gate in tests.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from assistant.eval import gate as g
from assistant.eval import metrics as m
from assistant.eval.gold import GoldItem, load_gold
from assistant.eval.report import REPORT_JSON, REPORT_MD, REPORT_PNG, write_report
from assistant.eval.results import EvalReport
from assistant.eval.runner import run_eval
from assistant.eval.systems import ServicesSystem
from assistant.models import Answer, Hit

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "evals" / "data" / "gold.jsonl"
GOLD_DEV = ROOT / "evals" / "data" / "gold-dev.jsonl"  # fault injection names questions: dev items only
COMMITTED = ROOT / "evals" / "baseline.json"
TOLERANCES = ROOT / "evals" / "tolerances.toml"


def quality_tolerances() -> g.Tolerances:
    """The committed tolerances with the machine-dependent metrics (latency, memory) not gated."""
    tol = g.load_tolerances(TOLERANCES)
    for name, info in m.METRICS.items():
        if info.group == "latency" or name == "peak_rss_mb":
            tol.metrics[name] = g.Tolerance(gate=False)
    return tol


def subset(items: list[GoldItem]) -> list[GoldItem]:
    """A few items of every intent (incl. a follow-up with an out-of-scope turn), in file order."""
    want = {"duty": 3, "qualification": 2, "kpi": 2, "method": 2, "out_of_scope": 3, "followup": 2}
    picked: list[GoldItem] = []
    for item in items:
        oos_turn = any(t.intent == "out_of_scope" for t in item.turns or [])
        if want.get(item.intent, 0) > 0 or (item.intent == "followup" and oos_turn):
            picked.append(item)
            if item.intent in want:
                want[item.intent] -= 1
    return picked


@pytest.fixture(scope="module")
def gold() -> list[GoldItem]:
    return load_gold(GOLD)


@pytest.fixture(scope="module")
def small() -> list[GoldItem]:
    return subset(load_gold(GOLD_DEV))


@pytest.fixture(scope="module")
def shipped(settings_factory, corpus_dir, tmp_path_factory):
    """(settings, Services) over a fresh index of the shipped corpus (vectors from the shared cache)."""
    from assistant.services import Services

    settings = settings_factory(tmp_path_factory.mktemp("eval-gate-home"), corpus_dir)
    services = Services(settings)
    result, _ = services.corpus.ingest()
    assert not result.failed, result.failed
    return settings, services


@pytest.fixture(scope="module")
def full_report(shipped, gold) -> EvalReport:
    settings, services = shipped
    return run_eval(settings, gold, set_name="gold", services=services)


@pytest.fixture(scope="module")
def small_baseline(shipped, small, tmp_path_factory) -> g.BaselineFile:
    settings, services = shipped
    report = run_eval(settings, small, set_name="small", services=services, baseline=False)
    path = tmp_path_factory.mktemp("gate") / "baseline.json"
    g.write_baseline(report, path)
    return g.load_baseline(path)


# --- broken systems ------------------------------------------------------------------------


class RandomRetriever(ServicesSystem):
    """Returns random chunks of the index, whatever the question (answers are left alone)."""

    def __init__(self, services, seed: int = 7) -> None:
        super().__init__(services)
        self.chunks = sorted(services.components.snapshot().chunks.values(), key=lambda c: c.id)
        self.rng = random.Random(seed)

    def search(self, question: str, k: int = 10) -> list[Hit]:
        picked = self.rng.sample(self.chunks, min(k, len(self.chunks)))
        return [Hit(rank=i, score=1.0 / i, chunk=c) for i, c in enumerate(picked, 1)]


class DropsCitations(ServicesSystem):
    """The real answers, with every citation (and its [n] marker) removed."""

    def ask(self, question: str, conversation=None) -> Answer:
        answer = super().ask(question, conversation)
        return answer.model_copy(update={"citations": [], "text": re.sub(r"\[\d+\]", "", answer.text)})


class AlwaysRefuses(ServicesSystem):
    def ask(self, question: str, conversation=None) -> Answer:
        from assistant.models import Intent

        return Answer(question=question, intent=Intent.out_of_scope, text="抱歉, 知识库中没有相关内容。", refused=True)


def gate_on_small(shipped, small, small_baseline, system) -> g.GateResult:
    settings, _ = shipped
    report = run_eval(settings, small, set_name="small", system=system, baseline=False)
    return g.compare(report, small_baseline, quality_tolerances())


# --- the gate ------------------------------------------------------------------------------


def test_gate_passes_with_the_real_components(shipped, small, small_baseline) -> None:
    result = gate_on_small(shipped, small, small_baseline, ServicesSystem(shipped[1]))
    assert result.passed, [c.message for c in result.regressions]
    assert not result.broken_questions


def test_gate_fails_with_a_random_retriever(shipped, small, small_baseline) -> None:
    result = gate_on_small(shipped, small, small_baseline, RandomRetriever(shipped[1]))
    assert not result.passed
    failed = {c.name for c in result.regressions}
    assert {"recall@5", "mrr@10", "ndcg@10"} <= failed
    assert any("首个相关结果排名" in q.what for q in result.broken_questions)


def test_gate_fails_when_the_composer_drops_citations(shipped, small, small_baseline) -> None:
    result = gate_on_small(shipped, small, small_baseline, DropsCitations(shipped[1]))
    assert not result.passed
    failed = {c.name for c in result.regressions}
    assert {"citation_precision", "citation_validity", "cited_gold"} <= failed
    assert "recall@5" not in failed  # the retriever is fine: the gate points at the composer


def test_gate_fails_when_the_composer_always_refuses(shipped, small, small_baseline) -> None:
    result = gate_on_small(shipped, small, small_baseline, AlwaysRefuses(shipped[1]))
    assert not result.passed
    failed = {c.name for c in result.regressions}
    assert {"false_refusal_rate", "key_point_coverage", "followup_accuracy"} <= failed
    assert any("新增误拒" in q.what for q in result.broken_questions)


@pytest.fixture(scope="module")
def committed_verdict(full_report) -> dict:
    """The committed gate on the full gold set, as plain figures: a failure must not print questions
    (half of gold.jsonl is the shipped test split)."""
    committed = g.load_baseline(COMMITTED)
    result = g.compare(full_report, committed, quality_tolerances())
    return {
        "same_set": committed.fingerprint == full_report.fingerprint,
        "regressions": [c.message for c in result.regressions],
        "errors": (full_report.gangwei.metrics["errors"], full_report.baseline.metrics["errors"]),
    }


def test_full_gold_set_passes_the_committed_baseline(committed_verdict) -> None:
    assert committed_verdict["same_set"], "gold set changed: run gangwei eval --update-baseline"
    assert not committed_verdict["regressions"], committed_verdict["regressions"]
    assert committed_verdict["errors"] == (0, 0)


# --- the report's figures ------------------------------------------------------------------


def _overlap(a, b) -> bool:
    return a.file == b.file and a.line_start <= b.line_end and b.line_start <= a.line_end


def test_per_question_retrieval_records_match_a_direct_search(full_report, shipped, gold) -> None:
    services = shipped[1]
    by_id = {i.id: i for i in gold}
    scored = [q for q in full_report.gangwei.questions if q.mrr is not None]
    for q in scored[::9]:
        hits = services.search.search(q.question, k=10)
        evidence = by_id[q.item_id].evidence
        rank = next(
            (i for i, h in enumerate(hits, 1) if any(_overlap(s, e) for s in h.spans() for e in evidence)),
            None,
        )
        assert q.first_rank == rank, q.key


def test_report_files_show_what_the_test_computes(full_report, tmp_path) -> None:
    gw = full_report.gangwei
    scored = [q for q in gw.questions if q.mrr is not None]
    first_in = [q for q in gw.questions if q.turn == 0 and not q.expect_refusal]
    oos = [q for q in gw.questions if q.expect_refusal]
    later = [q for q in gw.questions if q.turn > 0]
    cites = [c for q in gw.questions for c in q.citations]
    expected = {
        "recall@1": sum(q.first_rank == 1 for q in scored) / len(scored),
        "recall@5": sum(q.first_rank is not None and q.first_rank <= 5 for q in scored) / len(scored),
        "mrr@10": sum(1 / q.first_rank for q in scored if q.first_rank) / len(scored),
        "key_point_coverage": sum(sum(q.key_points_hit) / len(q.key_points_hit) for q in first_in) / len(first_in),
        "refusal_accuracy": sum(bool(q.refused) for q in oos) / len(oos),
        "false_refusal_rate": sum(bool(q.refused) for q in first_in) / len(first_in),
        "followup_accuracy": sum(bool(q.followup_ok) for q in later) / len(later),
        "citation_validity": sum(c.valid for c in cites) / len(cites),
    }
    paths = write_report(full_report, tmp_path)
    assert {p.name for p in paths.values()} == {REPORT_JSON, REPORT_MD, REPORT_PNG}
    summary = json.loads(paths["json"].read_text(encoding="utf-8"))["summary"]["metrics"]
    markdown = paths["markdown"].read_text(encoding="utf-8").replace("**", "")
    for name, value in expected.items():
        assert gw.metrics[name] == pytest.approx(value), name
        assert summary[name]["gangwei"] == pytest.approx(value), name
        row = next(line for line in markdown.splitlines() if f"(`{name}`)" in line)
        assert f"| {m.format_value(name, value)} |" in row, (name, row)
        baseline_value = full_report.baseline.metrics[name]
        assert f"| {m.format_value(name, baseline_value)} |" in row, (name, row)

    from PIL import Image

    with Image.open(paths["chart"]) as img:
        img.verify()
    with Image.open(paths["chart"]) as img:
        assert img.format == "PNG" and img.size[0] >= 1200
    assert paths["chart"].stat().st_size > 30_000


def test_baseline_recipe_is_scored_like_gangwei(full_report) -> None:
    base = full_report.baseline
    assert base is not None
    assert base.metrics["refusal_accuracy"] == 0.0  # the recipe never refuses
    assert base.metrics["false_refusal_rate"] == 0.0
    # Its single citation is the top chunk itself, so every quote is found where it points.
    assert base.metrics["citation_validity"] == 1.0
    assert base.counts["recall@5"] == full_report.gangwei.counts["recall@5"]
