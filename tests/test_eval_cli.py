"""``gangwei eval`` end to end on a small gold subset over the session index (real components)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import _register, app
from assistant.eval.gold import load_gold
from assistant.eval.metrics import METRICS

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def subset_file(tmp_path_factory) -> Path:
    items = load_gold(ROOT / "evals" / "data" / "gold.jsonl")
    picked = (
        [i for i in items if i.intent == "duty"][:2]
        + [i for i in items if i.intent == "out_of_scope"][:2]
        + [next(i for i in items if i.intent == "followup")]
    )
    path = tmp_path_factory.mktemp("evalset") / "mini.jsonl"
    path.write_text("".join(i.model_dump_json() + "\n" for i in picked), encoding="utf-8")
    return path


@pytest.fixture()
def env(monkeypatch, indexed_settings) -> None:
    _register()
    monkeypatch.setenv("GANGWEI_HOME", str(indexed_settings.home))
    monkeypatch.setenv("GANGWEI_CORPUS_DIR", str(indexed_settings.corpus_dir))
    monkeypatch.setenv("GANGWEI_EMBED_CACHE_DIR", str(indexed_settings.embed_cache_dir))
    for name in ("GANGWEI_CHROMA_URL", "GANGWEI_LLM_BASE_URL", "GANGWEI_LLM_MODEL"):
        monkeypatch.delenv(name, raising=False)


def invoke(*args: str):
    return runner.invoke(app, ["eval", *args])


def test_update_then_compare_then_catch_a_regression(env, subset_file, tmp_path) -> None:
    baseline = tmp_path / "baseline.json"
    report = tmp_path / "report"
    res = invoke("--set", str(subset_file), "--use-index", "--report", str(report), "--update-baseline",
                 "--baseline-file", str(baseline))
    assert res.exit_code == 0, res.output
    assert "召回率@5" in res.output and "LangChain 基线" in res.output
    assert {p.name for p in report.iterdir()} == {"eval.json", "report.md", "eval.png"}
    saved = json.loads(baseline.read_text(encoding="utf-8"))
    assert saved["set_name"] == "mini" and saved["items"] == 5

    # Same code, same index: the gate passes (machine-dependent metrics are not gated here).
    tolerances = tmp_path / "tol.toml"
    tolerances.write_text(
        "[default]\nabs = 0.02\n"
        + "".join(f"[{n}]\ngate = false\n" for n, info in METRICS.items() if info.group == "latency" or n == "peak_rss_mb"),
        encoding="utf-8",
    )
    res = invoke("--set", str(subset_file), "--use-index", "--no-baseline", "--report", str(report),
                 "--compare", str(baseline), "--tolerances", str(tolerances), "--json")
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output)
    assert summary["gate"]["passed"] is True
    assert summary["metrics"]["recall@5"]["gangwei"] == pytest.approx(saved["metrics"]["recall@5"], abs=1e-4)

    # A committed baseline better than what the code does now: the gate must fail, exit 1.
    saved["metrics"]["recall@1"] += 0.5
    saved["metrics"]["ndcg@10"] += 0.5
    baseline.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    res = invoke("--set", str(subset_file), "--use-index", "--no-baseline", "--report", str(report),
                 "--compare", str(baseline), "--tolerances", str(tolerances))
    assert res.exit_code == 1, res.output
    assert "退步: 召回率@1" in res.output and "退步: nDCG@10" in res.output
    assert "回归门禁未通过" in res.output
    md = (report / "report.md").read_text(encoding="utf-8")
    assert "## 回归门禁" in md and "退步" in md


def test_fresh_index_run_without_baseline(env, subset_file, tmp_path) -> None:
    # Default mode: the index is rebuilt in a temp home from the corpus (vectors come from the cache).
    res = invoke("--set", str(subset_file), "--no-baseline", "--report", str(tmp_path), "--json")
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output)
    assert summary["items"] == 5 and summary["metrics"]["recall@5"]["baseline"] is None
    assert summary["metrics"]["errors"]["gangwei"] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set", "nope"], "找不到题集"),
        (["--compare", "x.json", "--update-baseline"], "不能同时使用"),
        (["--set", "dev", "--update-baseline"], "只能由完整的 gold 题集生成"),
        (["--limit", "3", "--update-baseline"], "只能由完整的 gold 题集生成"),
        (["--set", "dev", "--compare", "missing-baseline.json"], "找不到基线文件"),
        (["--set", "dev", "--compare", "evals/baseline.json", "--tolerances", "missing.toml"], "找不到容差文件"),
    ],
)
def test_user_errors_are_chinese_messages(env, args, message) -> None:
    res = invoke(*args)
    assert res.exit_code != 0
    assert message in res.output
    assert "Traceback" not in res.output


def test_a_gold_set_that_no_longer_matches_the_corpus_is_rejected(env, tmp_path) -> None:
    item = load_gold(ROOT / "evals" / "data" / "gold.jsonl")[0]
    broken = item.model_copy(update={"evidence": [item.evidence[0].model_copy(update={"line_start": 99999, "line_end": 99999})]})
    path = tmp_path / "stale.jsonl"
    path.write_text(broken.model_dump_json() + "\n", encoding="utf-8")
    res = invoke("--set", str(path), "--no-baseline")
    assert res.exit_code == 1
    assert "标注可能已过期" in res.output
