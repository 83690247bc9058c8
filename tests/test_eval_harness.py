"""The eval harness with scripted systems: extended gold format, quotes, metrics, tools, test-set rules.

Fast: no embedding model, no index. A scripted gangwei (with tools) and a scripted recipe (without)
answer a hand-made set over a two-file corpus whose figures are worked out by hand below.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel

from assistant.eval import gate as g
from assistant.eval.corpus import CorpusLines, find_quote
from assistant.eval.gold import EvidenceSpan, GoldItem, load_gold, load_items, validate_gold
from assistant.eval.report import failure_lines, suite_markdown, suite_summary, suite_table, to_json, to_markdown
from assistant.eval.results import EvalReport
from assistant.eval.runner import fingerprint, run_eval
from assistant.eval.sets import CorpusSpec, EvalSet
from assistant.eval.suite import SuiteEntry
from assistant.eval.systems import ScriptedSystem
from assistant.eval.tools_check import check_tool_output
from assistant.models import Answer, Chunk, Citation, Hit, Intent, SectionKind

ROOT = Path(__file__).resolve().parents[1]

WAREHOUSE = [
    "仓库管理员岗位说明书",  # 1
    "所属部门: 物流部",  # 2
    "直属上级: 物流经理",  # 3
    "岗位职责",  # 4
    "1、负责货物入库验收和出库复核。",  # 5
    "2、每月组织库存盘点并编制盘点报告。",  # 6
    "3、负责仓库防火防盗工作。",  # 7
    "任职资格",  # 8
    "1、高中及以上学历, 两年以上仓储经验。",  # 9
    "2、熟练使用 ERP 系统。",  # 10
]
KPI_SHEET = [
    "物流部KPI",  # 1
    "财务类 | 仓储费用预算达成率 | 20%",  # 2
    "客户类 | 发货准时率 | 30%",  # 3
    "内部运营类 | 库存准确率 | 30%",  # 4
    "学习成长类 | 培训完成率 | 20%",  # 5
    "库存准确率的考核周期为每月。",  # 6
]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "wh.txt").write_text("\n".join(WAREHOUSE), encoding="utf-8")
    (root / "kpi.txt").write_text("\n".join(KPI_SHEET), encoding="utf-8")
    return root


def gold(**kw) -> GoldItem:
    base = dict(id="x", persona="new_hire", intent="duty", question="问题", evidence=[], key_points=[], turns=None)
    base.update(kw)
    return GoldItem.model_validate(base)


def cite(n: int, file: str, a: int, b: int, quote: str) -> Citation:
    return Citation(id=n, file=file, line_start=a, line_end=b, quote=quote)


def answer(q: str, text: str, citations=(), refused=False, **kw) -> Answer:
    return Answer(question=q, intent=kw.pop("intent", Intent.duty), text=text, citations=list(citations), refused=refused, **kw)


def hit(file: str, a: int, b: int, rank: int = 1) -> Hit:
    chunk = Chunk(id=f"{file}{a}", text="t", file=file, line_start=a, line_end=b, article_id="", article_title="",
                  section_kind=SectionKind.prose, content_hash="h")  # fmt: skip
    return Hit(rank=rank, score=1.0 / rank, chunk=chunk)


# --- quotes and the extended format ------------------------------------------------------------


def test_quotes_are_found_per_line_and_across_lines() -> None:
    lines = ["岗位职责", "1、负责货物 入库验收。", "", "2、负责盘点。", "负责"]
    assert [(m.line_start, m.line_end) for m in find_quote("入库验收", lines)] == [(2, 2)]
    assert [(m.line_start, m.line_end) for m in find_quote("ｌ、负责货物入库", lines)] == []  # not NFKC-equal
    assert [(m.line_start, m.line_end) for m in find_quote("1、负责货物入库", lines)] == [(2, 2)]  # spaces ignored
    assert [(m.line_start, m.line_end) for m in find_quote("验收。2、负责", lines)] == [(2, 4)]  # wraps a blank line
    assert len(find_quote("负责", lines)) == 3


def test_quote_evidence_resolves_or_names_the_item(corpus: Path, tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    item = {"id": "q-1", "persona": "hr", "intent": "duty", "question": "仓库管理员做什么?", "role": "仓库管理员",
            "evidence": [{"file": "wh.txt", "quote": "每月组织库存盘点"}, {"file": "wh.txt", "line_start": 5, "line_end": 5}],
            "key_points": [["盘点"], ["入库验收"]], "expect_refusal": False, "turns": None}  # fmt: skip
    path.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    loaded = load_gold(path, corpus)
    assert loaded[0].evidence == [EvidenceSpan(file="wh.txt", line_start=6, line_end=6), EvidenceSpan(file="wh.txt", line_start=5, line_end=5)]
    assert validate_gold(loaded, corpus) == []
    assert validate_gold(load_gold(path), corpus) == []  # the validator resolves quotes itself

    for quote, words in (("不存在的文字", "not found"), ("负责", "ambiguous")):
        item["evidence"] = [{"file": "wh.txt", "quote": quote}]
        path.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
        with pytest.raises(ValueError, match=f"q-1.*{words}"):
            load_gold(path, corpus)


def test_docx_lines_come_from_the_loader(tmp_path: Path) -> None:
    import docx

    root = tmp_path / "c"
    root.mkdir()
    document = docx.Document()
    document.add_paragraph("出纳岗位说明书")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "岗位职责"
    table.cell(0, 1).paragraphs[0].text = "1.负责现金收付"
    table.cell(0, 1).add_paragraph("2.负责银行对账")
    document.save(str(root / "cn.docx"))
    lines = CorpusLines(root)("cn.docx")
    assert lines is not None and "2.负责银行对账" in lines
    item = gold(id="d", evidence=[{"file": "cn.docx", "quote": "负责银行对账"}], key_points=[["银行对账"], ["对账"]])
    assert validate_gold([item], root) == []
    assert CorpusLines(root)("missing.docx") is None


def test_new_intents_and_fields_are_validated(corpus: Path) -> None:
    wh = [{"file": "wh.txt", "line_start": 3, "line_end": 3}]
    ok_attr = gold(id="a", intent="attribute", attribute="reports_to", evidence=wh, key_points=[["物流经理"]])
    assert validate_gold([ok_attr], corpus) == []
    assert any("attribute" in p for p in validate_gold([ok_attr.model_copy(update={"attribute": None})], corpus))
    assert any("tool" in p for p in validate_gold([gold(id="j", intent="jd")], corpus))
    jd = gold(id="j", intent="jd", tool={"kind": "kpi_design", "role": "仓库管理员"})
    assert any("tool kind" in p for p in validate_gold([jd], corpus))
    jd_ok = gold(id="j", intent="jd", tool={"kind": "jd", "role": "仓库管理员", "must_cite_files": ["wh.txt"], "expect_sections": ["duties"]})
    assert validate_gold([jd_ok], corpus) == []
    bad_file = jd_ok.model_copy(update={"tool": jd_ok.tool.model_copy(update={"must_cite_files": ["nope.txt"]})})
    assert any("nope.txt" in p for p in validate_gold([bad_file], corpus))
    assert any("needs_review" in p for p in validate_gold([ok_attr.model_copy(update={"needs_review": True})], corpus))


def test_fingerprint_of_old_items_ignores_the_new_optional_fields() -> None:
    items = load_gold(ROOT / "evals" / "data" / "gold.jsonl")
    assert fingerprint(items) == json.loads((ROOT / "evals" / "baseline.json").read_text(encoding="utf-8"))["fingerprint"]
    changed = [items[0].model_copy(update={"attribute": "education"}), *items[1:]]
    assert fingerprint(changed) != fingerprint(items)


# --- the run: a scripted gangwei with tools beside a scripted recipe without ------------------


class Indicator(BaseModel):
    name: str
    dimension: str
    weight: int
    citations: list[dict] = []


class Design(BaseModel):
    role: str
    indicators: list[Indicator]


class Item(BaseModel):
    text: str
    citations: list[dict] = []


class Draft(BaseModel):
    title: Item
    duties: list[Item]
    qualifications: dict[str, list[Item]]


def c(file: str, a: int, quote: str) -> dict:
    return {"file": file, "line_start": a, "line_end": a, "quote": quote}


def items_for_run() -> list[GoldItem]:
    return [
        gold(id="duty-1", question="仓库管理员做什么?", role="仓库管理员",
             evidence=[{"file": "wh.txt", "line_start": 5, "line_end": 7}], key_points=[["入库验收"], ["盘点"]]),
        gold(id="attr-1", intent="attribute", attribute="reports_to", question="仓库管理员的上级是谁?",
             evidence=[{"file": "wh.txt", "quote": "直属上级: 物流经理"}], key_points=[["物流经理"]]),
        gold(id="oos-1", intent="out_of_scope", question="明天天气如何?", expect_refusal=True),
        gold(id="fu-1", intent="followup", question="仓库管理员的职责?",
             evidence=[{"file": "wh.txt", "line_start": 5, "line_end": 7}], key_points=[["入库验收"], ["防火"]],
             turns=[{"question": "那任职要求呢?", "intent": "qualification", "evidence": [{"file": "wh.txt", "line_start": 9, "line_end": 10}],
                     "key_points": [["高中"], ["ERP"]]},
                    {"question": "护士呢?", "intent": "out_of_scope"}]),
        gold(id="jd-1", intent="jd", persona="hr", question="帮我写仓库管理员的岗位说明书",
             tool={"kind": "jd", "role": "仓库管理员", "must_cite_files": ["wh.txt"], "expect_sections": ["duties", "任职资格"]},
             evidence=[{"file": "wh.txt", "line_start": 5, "line_end": 7}], key_points=[["入库验收"], ["盘点"]]),
        gold(id="kd-1", intent="kpi_design", persona="manager", question="给物流部设计 KPI",
             tool={"kind": "kpi_design", "role": "物流部", "count": 4, "must_cite_files": ["kpi.txt"],
                   "expected_indicators": ["发货准时率", "库存准确率", "客户满意度"]},
             evidence=[{"file": "kpi.txt", "line_start": 2, "line_end": 5}], key_points=[["发货准时率"], ["库存准确率"]]),
    ]  # fmt: skip


def scripted_gangwei() -> ScriptedSystem:
    def qual(question: str, earlier: list[str]) -> Answer:
        assert earlier == ["仓库管理员的职责?"]  # the conversation is shared by the turns of one item
        return answer(question, "高中及以上学历 [1], 会用 ERP [2]",
                      [cite(1, "wh.txt", 9, 9, "高中及以上学历"), cite(2, "wh.txt", 10, 10, "ERP 系统")], intent=Intent.qualification)

    draft = Draft(
        title=Item(text="仓库管理员"),
        duties=[Item(text="负责货物入库验收", citations=[c("wh.txt", 5, "入库验收")]), Item(text="组织库存盘点")],
        qualifications={"学历": [Item(text="高中及以上", citations=[c("wh.txt", 9, "高中及以上学历")])]},
    )
    design = Design(role="物流部", indicators=[
        Indicator(name="发货准时率", dimension="客户", weight=40, citations=[c("kpi.txt", 3, "发货准时率")]),
        Indicator(name="库存准确率", dimension="内部流程", weight=40, citations=[c("kpi.txt", 4, "库存准确率")]),
        Indicator(name="仓储费用预算达成率", dimension="财务", weight=30, citations=[c("kpi.txt", 2, "编造的引文")]),
    ])  # fmt: skip
    return ScriptedSystem(
        answers={
            "仓库管理员做什么?": answer("仓库管理员做什么?", "负责入库验收 [1] 和 \\*\\*盘点\\*\\* [2]",
                                  [cite(1, "wh.txt", 5, 5, "入库验收"), cite(2, "kpi.txt", 1, 1, "物流部")]),
            "仓库管理员的上级是谁?": answer("仓库管理员的上级是谁?", "直属上级: 物流经理 [1]", [cite(1, "wh.txt", 3, 3, "物流经理")],
                                    intent=Intent.attribute, attribute="reports_to"),
            "明天天气如何?": answer("明天天气如何?", "抱歉", refused=True, intent=Intent.out_of_scope),
            "仓库管理员的职责?": answer("仓库管理员的职责?", "入库验收 [1]", [cite(1, "wh.txt", 5, 5, "入库验收")]),
            "那任职要求呢?": qual,
            "护士呢?": answer("护士呢?", "抱歉", refused=True, intent=Intent.out_of_scope),
            "帮我写仓库管理员的岗位说明书": answer("帮我写仓库管理员的岗位说明书", "岗位职责: 入库验收 [1]", [cite(1, "wh.txt", 5, 5, "入库验收")],
                                           intent=Intent.jd_draft, tool="jd"),
            "给物流部设计 KPI": answer("给物流部设计 KPI", "发货准时率", [], intent=Intent.method),  # not routed
        },
        hits={"仓库管理员做什么?": [hit("kpi.txt", 1, 2, 1), hit("wh.txt", 4, 6, 2)],
              "仓库管理员的上级是谁?": [hit("wh.txt", 1, 3, 1)],
              "仓库管理员的职责?": RuntimeError("index gone")},  # fmt: skip
        tools={("jd", "仓库管理员"): draft, ("kpi_design", "物流部"): design},
    )


def scripted_recipe() -> ScriptedSystem:
    return ScriptedSystem(name="baseline", answers={
        "仓库管理员做什么?": answer("仓库管理员做什么?", "仓库管理员岗位说明书 所属部门", [cite(1, "wh.txt", 1, 2, "仓库管理员岗位说明书")]),
    })  # fmt: skip


@pytest.fixture()
def report(corpus: Path, settings_factory, tmp_path: Path) -> EvalReport:
    settings = settings_factory(tmp_path / "home", corpus)
    return run_eval(settings, items_for_run(), set_name="unit", system=scripted_gangwei(), baseline=scripted_recipe())


def test_scripted_run_figures(report: EvalReport) -> None:
    gw, base = report.gangwei.metrics, report.baseline.metrics
    by_key = {q.key: q for q in report.gangwei.questions}
    # retrieval: duty-1 relevant at rank 2, attr-1 at 1, jd-1 and kd-1 none, fu-1 errored (counted 0)
    assert gw["recall@1"] == pytest.approx(1 / 5) and gw["mrr@10"] == pytest.approx((0.5 + 1) / 5)
    assert by_key["fu-1"].error and "index gone" in by_key["fu-1"].error and gw["errors"] == 1
    # Markdown escapes are undone before key points are matched ("\*\*盘点\*\*" covers 盘点).
    assert by_key["duty-1"].key_point_coverage == 1.0 and by_key["duty-1"].citation_precision == 0.5
    assert by_key["duty-1"].cited_gold is True and by_key["kd-1"].cited_gold is False
    assert gw["cited_gold"] == pytest.approx(4 / 5)  # duty, attr, fu, jd yes; kd uncited
    assert gw["attribute_accuracy"] == 1.0 and by_key["attr-1"].attribute_ok is True
    assert gw["refusal_accuracy"] == 1.0 and gw["followup_accuracy"] == 1.0
    assert gw["false_refusal_rate"] == 0.0
    # tools
    jd, kd = by_key["jd-1"].tool, by_key["kd-1"].tool
    assert jd.routed is True and kd.routed is False and gw["tool_routing"] == 0.5
    assert jd.sections == {"duties": True, "任职资格": True} and gw["jd_sections"] == 1.0
    assert jd.must_cite and kd.must_cite and gw["tool_must_cite"] == 1.0
    assert kd.citations == 3 and kd.valid_citations == 2  # the invented quote is not valid
    assert kd.weight_sum == 110 and kd.weights_ok is False and gw["kpi_weights_100"] == 0.0
    assert kd.bsc_dimensions == 3 and gw["kpi_bsc_dimensions"] == 1.0
    assert kd.missing_indicators == ["客户满意度"] and gw["kpi_indicator_recall"] == pytest.approx(2 / 3)
    assert gw["tool_cited"] == 1.0 and gw["tool_key_point_coverage"] == 1.0
    # the recipe: no tools -> n/a; it never refuses
    for name in ("tool_routing", "tool_cited", "jd_sections", "kpi_weights_100", "kpi_indicator_recall"):
        assert base[name] is None, name
    assert base["refusal_accuracy"] == 0.0 and base["attribute_accuracy"] == 0.0
    assert report.gangwei.breakdown["followup_turns"]["n"] == 2
    assert report.gangwei.breakdown["attribute"]["ok"] == 1.0


def test_tool_failures_are_scored_not_raised(corpus: Path, settings_factory, tmp_path: Path) -> None:
    system = scripted_gangwei()
    system.tools = {("jd", "仓库管理员"): RuntimeError("tool crashed")}
    settings = settings_factory(tmp_path / "home", corpus)
    items = [i for i in items_for_run() if i.tool is not None]
    result = run_eval(settings, items, system=system, baseline=False)
    jd, kd = (q.tool for q in result.gangwei.questions)
    assert "tool crashed" in jd.error and jd.sections_ok is False and jd.must_cite is False
    assert "LookupError" in kd.error and kd.weights_ok is False and kd.indicator_recall == 0.0
    assert result.gangwei.metrics["tool_cited"] == 0.0
    assert any("工具出错" in line for line in failure_lines(result))


def test_jd_section_without_citations_fails() -> None:
    from assistant.eval.gold import ToolSpec

    spec = ToolSpec(kind="jd", role="r", expect_sections=["duties", "qualifications", "purpose"])
    draft = Draft(title=Item(text="r"), duties=[Item(text="x", citations=[c("wh.txt", 5, "入库验收")])], qualifications={})
    lines = {"wh.txt": WAREHOUSE}.get
    check = check_tool_output(spec, draft, lines)
    assert check.sections == {"duties": True, "qualifications": False, "purpose": False} and check.sections_ok is False


# --- test sets: aggregate figures only -----------------------------------------------------------


def test_test_split_reports_carry_no_per_question_records(report: EvalReport, tmp_path: Path) -> None:
    test = report.model_copy(update={"split": "test"})
    saved = json.loads(to_json(test))
    assert saved["report"]["systems"]["gangwei"]["questions"] == []
    assert saved["report"]["systems"]["gangwei"]["latency_ms"]["e2e"]  # the chart still has its numbers
    md = to_markdown(test)
    for q in report.gangwei.questions:
        assert q.question not in md and q.question not in json.dumps(saved, ensure_ascii=False)
    assert failure_lines(test)[0].startswith("测试集")
    snap = g.baseline_from_report(test)
    assert snap.questions == {} and snap.split == "test" and snap.metrics["cited_gold"] == pytest.approx(0.8)
    # A gate on a test set names no question.
    worse = report.model_copy(update={"split": "test"})
    assert g.question_changes(worse, g.baseline_from_report(report)) == []


def test_items_of_test_sets_are_hidden_in_any_run(corpus: Path, settings_factory, tmp_path: Path) -> None:
    settings = settings_factory(tmp_path / "home", corpus)
    run = run_eval(settings, items_for_run(), system=scripted_gangwei(), baseline=False, hidden_questions={"仓库管理员的职责?"})
    assert set(run.hidden) == {"fu-1", "fu-1#1", "fu-1#2"}
    text = "\n".join(failure_lines(run)) + to_markdown(run) + to_json(run)
    assert "仓库管理员的职责?" not in text and "那任职要求呢?" not in text
    assert "index gone" not in text  # fu-1's error is a test item's failure
    assert "fu-1" not in g.baseline_from_report(run).questions


def test_suite_views_put_sets_side_by_side(report: EvalReport) -> None:
    from rich.console import Console

    spec = CorpusSpec(name="tiny", path=Path("."))
    entries = [
        SuiteEntry(EvalSet("tiny-dev", spec, "dev", ()), report=report),
        SuiteEntry(EvalSet("tiny-test", spec, "test", ()), report=report.model_copy(update={"split": "test"})),
        SuiteEntry(EvalSet("other-dev", spec, "dev", ()), error="语料目录不存在"),
    ]
    console = Console(record=True, width=220)
    console.print(suite_table(entries))
    text = console.export_text()
    assert "tiny dev" in text and "tiny test" in text and "引用命中标注" in text and "LangChain" in text
    md = suite_markdown(entries)
    assert "| 引用命中标注 (`cited_gold`) |" in md and "未能运行: 语料目录不存在" in md
    assert md.count("仓库管理员做什么?") == 0  # the suite summary lists no questions at all
    summary = suite_summary(entries)
    assert summary["passed"] is False and summary["sets"]["tiny-test"]["metrics"]["cited_gold"]["gangwei"] == pytest.approx(0.8)


def test_old_item_files_still_load() -> None:
    for name in ("gold.jsonl", "gold-dev.jsonl", "gold-test.jsonl", "retrieval_dev.jsonl"):
        assert load_items(ROOT / "evals" / "data" / name)
