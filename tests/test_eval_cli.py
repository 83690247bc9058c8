"""``gangwei eval`` end to end with the real system (Services, e5, Chroma, BM25) on a tiny corpus.

The corpus has a text file, a Word document (cited by quotes) and a Markdown KPI table; the sets
hold every kind of item (duty, qualification, attribute, out of scope, follow-up, JD, KPI design).
Nothing here asserts answer quality: these tests check what the command runs, prints, writes and
gates, including that a test set shows aggregate figures only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import _register, app
from assistant.eval.metrics import METRICS

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

WAREHOUSE = """仓库管理员岗位说明书
所属部门: 物流部
直属上级: 物流经理
岗位职责
1、负责货物入库验收和出库复核, 保证账物相符。
2、每月组织库存盘点并编制盘点报告, 上报财务部。
3、负责仓库防火、防盗、防潮, 定期检查消防器材。
任职资格
1、高中及以上学历, 两年以上仓储管理经验。
2、熟练使用 ERP 系统和 Excel 表格。"""

KPI_TABLE = """# 物流部绩效考核表

| 维度 | 指标 | 权重 |
|---|---|---|
| 财务类 | 仓储费用预算达成率 | 20% |
| 客户类 | 发货准时率 | 30% |
| 内部运营类 | 库存准确率 | 30% |
| 学习成长类 | 培训计划完成率 | 20% |"""


def item(**kw) -> dict:
    base = {"persona": "new_hire", "role": None, "attribute": None, "evidence": [], "key_points": [],
            "expect_refusal": False, "turns": None, "tool": None}  # fmt: skip
    base.update(kw)
    return base


DEV_ITEMS = [
    item(id="t-duty", intent="duty", question="仓库管理员平时要做哪些工作?", role="仓库管理员",
         evidence=[{"file": "warehouse.txt", "line_start": 5, "line_end": 7}], key_points=[["入库验收"], ["盘点"]]),
    item(id="t-qual", intent="qualification", question="出纳需要什么条件?", role="出纳",
         evidence=[{"file": "cashier.docx", "quote": "大专及以上学历"}], key_points=[["大专"], ["会计"]]),
    item(id="t-oos", intent="out_of_scope", question="明天北京会下雨吗?", expect_refusal=True),
    item(id="t-fu", intent="followup", question="仓库管理员负责什么?", role="仓库管理员",
         evidence=[{"file": "warehouse.txt", "line_start": 5, "line_end": 7}], key_points=[["入库验收"], ["防火"]],
         turns=[{"question": "那他需要什么学历?", "intent": "attribute", "attribute": "education", "role": "仓库管理员",
                 "evidence": [{"file": "warehouse.txt", "line_start": 9, "line_end": 9}], "key_points": [["高中"]]},
                {"question": "那医院护士呢?", "intent": "out_of_scope"}]),
    item(id="t-jd", intent="jd", persona="hr", question="帮我写一份仓库管理员的岗位说明书", role="仓库管理员",
         evidence=[{"file": "warehouse.txt", "line_start": 5, "line_end": 7}], key_points=[["入库验收"], ["盘点"]],
         tool={"kind": "jd", "role": "仓库管理员", "must_cite_files": ["warehouse.txt"], "expect_sections": ["duties"]}),
]  # fmt: skip
TEST_ITEMS = [
    item(id="t2-attr", intent="attribute", attribute="reports_to", question="仓库管理员向谁汇报?", role="仓库管理员",
         evidence=[{"file": "warehouse.txt", "line_start": 3, "line_end": 3}], key_points=[["物流经理"]]),
    item(id="t2-kd", intent="kpi_design", persona="manager", question="给物流部设计4个KPI", role=None,
         evidence=[{"file": "kpi.md", "line_start": 5, "line_end": 8}], key_points=[["发货准时率"], ["库存准确率"]],
         tool={"kind": "kpi_design", "role": "物流部", "count": 4, "must_cite_files": ["kpi.md"],
               "expected_indicators": ["发货准时率", "库存准确率"]}),
]  # fmt: skip


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> dict[str, Path]:
    import docx

    root = tmp_path_factory.mktemp("tiny-eval")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "warehouse.txt").write_text(WAREHOUSE, encoding="utf-8")
    (corpus / "kpi.md").write_text(KPI_TABLE, encoding="utf-8")
    (corpus / "README.md").write_text("这个目录的说明, 不是 HR 文档。", encoding="utf-8")
    document = docx.Document()
    document.add_paragraph("出纳岗位说明书")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "岗位职责"
    table.cell(0, 1).paragraphs[0].text = "1.负责现金收付和保管"
    table.cell(0, 1).add_paragraph("2.负责银行对账")
    table.cell(1, 0).text = "任职资格"
    table.cell(1, 1).paragraphs[0].text = "大专及以上学历, 会计相关专业"
    document.save(str(corpus / "cashier.docx"))

    sets = root / "sets"
    sets.mkdir()
    dev = sets / "tiny-dev.jsonl"
    test = sets / "tiny-test.jsonl"
    dev.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in DEV_ITEMS), encoding="utf-8")
    test.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in TEST_ITEMS), encoding="utf-8")
    registry = root / "sets.toml"
    registry.write_text(
        f'[corpora.tiny]\npath = "{corpus}"\nexclude = ["README.md"]\n'
        f'[sets.tiny-dev]\ncorpus = "tiny"\nsplit = "dev"\nfiles = ["{dev}"]\n'
        f'[sets.tiny-test]\ncorpus = "tiny"\nsplit = "test"\nfiles = ["{test}"]\n',
        encoding="utf-8",
    )
    tolerances = root / "tol.toml"
    tolerances.write_text(
        "[default]\nabs = 0.02\n"
        + "".join(f"[{n}]\ngate = false\n" for n, info in METRICS.items() if info.group == "latency" or n == "peak_rss_mb"),
        encoding="utf-8",
    )
    return {"corpus": corpus, "dev": dev, "test": test, "registry": registry, "tolerances": tolerances}


@pytest.fixture()
def env(monkeypatch, tmp_path, embed_cache_dir) -> Path:
    _register()
    home = tmp_path / "home"
    monkeypatch.setenv("GANGWEI_HOME", str(home))
    monkeypatch.setenv("GANGWEI_EMBED_CACHE_DIR", str(embed_cache_dir))
    for name in ("GANGWEI_CHROMA_URL", "GANGWEI_LLM_BASE_URL", "GANGWEI_LLM_MODEL", "GANGWEI_CORPUS_DIR"):
        monkeypatch.delenv(name, raising=False)
    return home


def invoke(*args: str):
    return runner.invoke(app, ["eval", *args])


def test_suite_runs_every_set_side_by_side_and_gates_each(env, tiny, tmp_path) -> None:
    reports = tmp_path / "suite"
    baselines = tmp_path / "baselines"
    common = ("--suite", "--registry", str(tiny["registry"]), "--tolerances", str(tiny["tolerances"]))
    res = invoke(*common, "--report", str(reports), "--update-baseline", "--baseline-file", str(baselines))
    assert res.exit_code == 0, res.output
    assert "tiny dev" in res.output and "tiny test" in res.output and "LangChain" in res.output
    assert "引用命中标注" in res.output and "JD 各节有引用内容" in res.output
    # dev failures may be listed; test items never are, whatever happened to them
    for i in TEST_ITEMS:
        assert i["question"] not in res.output
    assert {p.name for p in reports.iterdir()} == {"suite.json", "suite.md", "tiny-dev", "tiny-test"}
    assert {p.name for p in (reports / "tiny-test").iterdir()} == {"eval.json", "report.md", "eval.png"}
    test_json = (reports / "tiny-test" / "eval.json").read_text(encoding="utf-8")
    for i in TEST_ITEMS:
        assert i["question"] not in test_json
    assert json.loads(test_json)["report"]["systems"]["gangwei"]["questions"] == []
    dev_report = json.loads((reports / "tiny-dev" / "eval.json").read_text(encoding="utf-8"))["report"]
    assert [q["key"] for q in dev_report["systems"]["gangwei"]["questions"]] == ["t-duty", "t-qual", "t-oos", "t-fu", "t-fu#1", "t-fu#2", "t-jd"]
    assert dev_report["systems"]["gangwei"]["metrics"]["errors"] == 0
    assert dev_report["systems"]["baseline"]["metrics"]["tool_cited"] is None  # the recipe has no tools
    # The README.md of the corpus directory is excluded: nothing cites it.
    cited = {c["file"] for q in dev_report["systems"]["gangwei"]["questions"] for c in q["citations"]}
    assert "README.md" not in cited
    saved_test = json.loads((baselines / "tiny-test.json").read_text(encoding="utf-8"))
    assert saved_test["split"] == "test" and saved_test["questions"] == {}
    assert json.loads((baselines / "tiny-dev.json").read_text(encoding="utf-8"))["questions"]

    # Same code: each set passes its own baseline. --split restricts the run.
    res = invoke(*common, "--split", "test", "--no-baseline", "--report", str(reports), "--compare", str(baselines), "--json")
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output)
    assert list(summary["sets"]) == ["tiny-test"] and summary["passed"] is True

    # A committed baseline better than the code: that set's gate fails, exit 1, no test item named.
    saved_test["metrics"]["key_point_coverage"] = 1.5
    (baselines / "tiny-test.json").write_text(json.dumps(saved_test, ensure_ascii=False), encoding="utf-8")
    res = invoke(*common, "--split", "test", "--no-baseline", "--report", str(reports), "--compare", str(baselines))
    assert res.exit_code == 1, res.output
    assert "退步: 要点覆盖率" in res.output and "回归门禁未通过: tiny-test" in res.output
    for i in TEST_ITEMS:
        assert i["question"] not in res.output


def test_one_set_on_any_corpus_then_compare_and_catch_a_regression(env, tiny, tmp_path) -> None:
    baseline = tmp_path / "baseline.json"
    report = tmp_path / "report"
    common = ("--set", str(tiny["dev"]), "--corpus", str(tiny["corpus"]), "--registry", str(tiny["registry"]))
    res = invoke(*common, "--report", str(report), "--update-baseline", "--baseline-file", str(baseline))
    assert res.exit_code == 0, res.output
    assert "召回率@5" in res.output and "LangChain 基线" in res.output and "按意图" in res.output
    assert {p.name for p in report.iterdir()} == {"eval.json", "report.md", "eval.png"}
    saved = json.loads(baseline.read_text(encoding="utf-8"))
    assert saved["set_name"] == "tiny-dev" and saved["items"] == len(DEV_ITEMS) and saved["split"] == "dev"

    res = invoke(*common, "--no-baseline", "--report", str(report), "--compare", str(baseline),
                 "--tolerances", str(tiny["tolerances"]), "--json")  # fmt: skip
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output)
    assert summary["gate"]["passed"] is True
    assert summary["metrics"]["recall@5"]["gangwei"] == pytest.approx(saved["metrics"]["recall@5"], abs=1e-4)

    saved["metrics"]["recall@1"] += 0.5
    saved["metrics"]["ndcg@10"] += 0.5
    baseline.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    res = invoke(*common, "--no-baseline", "--report", str(report), "--compare", str(baseline),
                 "--tolerances", str(tiny["tolerances"]))  # fmt: skip
    assert res.exit_code == 1, res.output
    assert "退步: 召回率@1" in res.output and "退步: nDCG@10" in res.output
    assert "回归门禁未通过" in res.output
    md = (report / "report.md").read_text(encoding="utf-8")
    assert "## 回归门禁" in md and "退步" in md


def test_a_registered_test_file_prints_aggregates_only(env, tiny, tmp_path) -> None:
    res = invoke("--set", str(tiny["test"]), "--corpus", str(tiny["corpus"]), "--registry", str(tiny["registry"]),
                 "--no-baseline", "--report", str(tmp_path))  # fmt: skip
    assert res.exit_code == 0, res.output
    assert "测试集" in res.output and "tiny-test" in res.output
    for i in TEST_ITEMS:
        assert i["question"] not in res.output
    assert "逐题结果不显示" in (tmp_path / "report.md").read_text(encoding="utf-8")


def test_use_index_evaluates_the_existing_index(env, tiny, tmp_path, monkeypatch) -> None:
    from assistant.config import Settings
    from assistant.services import Services

    monkeypatch.setenv("GANGWEI_CORPUS_DIR", str(tiny["corpus"]))
    res = invoke("--set", str(tiny["dev"]), "--registry", str(tiny["registry"]), "--use-index", "--no-baseline")
    assert res.exit_code == 1 and "索引为空" in res.output
    Services(Settings()).corpus.ingest()
    res = invoke("--set", str(tiny["dev"]), "--registry", str(tiny["registry"]), "--use-index", "--no-baseline",
                 "--report", str(tmp_path), "--json")  # fmt: skip
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["items"] == len(DEV_ITEMS)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set", "nope"], "找不到题集"),
        (["--compare", "x.json", "--update-baseline"], "不能同时使用"),
        (["--set", "dev", "--update-baseline"], "只能由完整的 gold 题集生成"),
        (["--limit", "3", "--update-baseline"], "只能由完整的题集生成"),
        (["--set", "dev", "--compare", "missing-baseline.json"], "找不到基线文件"),
        (["--set", "dev", "--compare", "evals/baseline.json", "--tolerances", "missing.toml"], "找不到容差文件"),
        (["--suite", "--set", "dev"], "不能与"),
        (["--suite", "--split", "tuning"], "dev 或 test"),
        (["--split", "dev"], "只用于 --suite"),
        (["--suite", "--compare", "evals/baseline.json"], "基线目录"),
        (["--suite", "--registry", "missing.toml"], "找不到题集登记文件"),
        (["--use-index", "--corpus", "corpus"], "不能再指定 --corpus"),
    ],
)
def test_user_errors_are_chinese_messages(env, args, message) -> None:
    res = invoke(*args)
    assert res.exit_code != 0
    assert message in res.output
    assert "Traceback" not in res.output


def test_a_gold_set_that_no_longer_matches_the_corpus_is_rejected(env, tiny, tmp_path) -> None:
    broken = dict(DEV_ITEMS[0], evidence=[{"file": "warehouse.txt", "line_start": 99999, "line_end": 99999}])
    path = tmp_path / "stale.jsonl"
    path.write_text(json.dumps(broken, ensure_ascii=False) + "\n", encoding="utf-8")
    res = invoke("--set", str(path), "--corpus", str(tiny["corpus"]), "--no-baseline")
    assert res.exit_code == 1
    assert "标注可能已过期" in res.output
    quoted = dict(DEV_ITEMS[1], evidence=[{"file": "cashier.docx", "quote": "负责"}])  # in two paragraphs
    path.write_text(json.dumps(quoted, ensure_ascii=False) + "\n", encoding="utf-8")
    res = invoke("--set", str(path), "--corpus", str(tiny["corpus"]), "--no-baseline")
    assert res.exit_code == 1 and "t-qual" in res.output and "ambiguous" in res.output
