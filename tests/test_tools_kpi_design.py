"""KPI designer: own sheet rows first (as stated), balanced dimensions, weights summing to exactly 100."""

from __future__ import annotations

import pytest
from _tools_support import (
    WAREHOUSE_ROWS,
    Doc,
    assert_quotes_in_records,
    company_snapshot,
    kitchen_doc,
    snapshot_of,
    storekeeper_postings,
)

from assistant.knowledge.snapshot import KnowledgeSnapshot
from assistant.lexicon import load_lexicon
from assistant.models import BscDimension
from assistant.tools.errors import ToolError
from assistant.tools.kpi_design import MAX_KPIS, MIN_KPIS, KpiRequest, design_kpis, parse_standard

BANK_WORDS = ("存款", "贷款", "对公", "VIP", "网点", "支行")


@pytest.fixture(scope="module")
def snapshot():
    return company_snapshot(with_methods=True, with_bank=True)


def _check(design, snapshot) -> None:
    assert MIN_KPIS <= len(design.indicators) <= MAX_KPIS
    assert design.total_weight == 100 and all(isinstance(k.weight, int) and k.weight > 0 for k in design.indicators)
    assert len({k.name for k in design.indicators}) == len(design.indicators)
    for k in design.indicators:
        assert k.rationale and k.formula and k.data_source and k.target and k.period
        if k.origin != "supplement":
            assert k.citations, k.name
        if k.origin == "derived":
            assert k.derivation and "→" in k.derivation
    assert_quotes_in_records(snapshot, design.citations)


def test_department_sheet_rows_are_used_as_stated(snapshot):
    design = design_kpis(KpiRequest(role="仓储部"), snapshot)
    _check(design, snapshot)
    assert design.owner_kind == "department"
    stated = {row[0]: row[1:] for row in WAREHOUSE_ROWS}
    assert {k.name for k in design.indicators} == {n for n, v in stated.items() if v[1] > 0}
    for k in design.indicators:
        dim, weight, formula, source, period = stated[k.name]
        assert k.origin == "own_sheet" and not k.dimension_inferred
        assert (k.dimension_label, k.weight, k.formula) == (dim, weight, formula)
        assert (k.data_source, k.period) == (source, period)
        assert k.formula_stated and k.data_source_stated and k.stated_weight == weight
    assert any("临时盘点次数" in n for n in design.notes)  # the 0% row is left out, and said so
    assert design.dimensions == list(BscDimension)


def test_stated_weights_are_rescaled_proportionally(snapshot):
    design = design_kpis(KpiRequest(role="仓储部", count=4), snapshot)
    _check(design, snapshot)
    by_name = {k.name: k for k in design.indicators}
    # one per stated dimension first (4 dimensions, 4 indicators), then weights re-scaled from 20/15/25/10
    assert set(by_name) == {"仓储费用预算达成率", "内部客户满意度", "库存准确率", "仓管员培训完成率"}
    assert [by_name[n].weight for n in ("仓储费用预算达成率", "内部客户满意度", "库存准确率", "仓管员培训完成率")] == [29, 21, 36, 14]
    assert any("未选用" in n for n in design.notes)


def test_a_role_uses_its_departments_sheet_before_deriving(snapshot):
    design = design_kpis(KpiRequest(role="仓库管理员"), snapshot)
    _check(design, snapshot)
    origins = [k.origin for k in design.indicators]
    assert origins.count("department_sheet") >= 3 and "derived" not in origins
    assert "部门「仓储部」" in design.indicators[0].rationale


def test_own_standards_come_first_and_duties_fill_the_scorecard(snapshot):
    design = design_kpis(KpiRequest(role="厨师长"), snapshot)
    _check(design, snapshot)
    own = {k.name: k for k in design.indicators if k.origin == "own_standard"}
    assert set(own) == {"菜品出品合格率", "食材损耗率", "顾客投诉次数"}
    assert own["菜品出品合格率"].target == "达98%以上" and own["顾客投诉次数"].period == "每月"
    assert len(design.dimensions) >= 3
    derived = [k for k in design.indicators if k.origin == "derived"]
    assert derived and all("职责推导" in k.rationale for k in derived)


def test_no_bank_assumption_for_a_non_bank_role(snapshot):
    for role in ("厨师长", "仓库管理员", "仓储部"):
        design = design_kpis(KpiRequest(role=role), snapshot)
        text = " ".join(f"{k.name} {k.formula} {k.data_source} {k.rationale}" for k in design.indicators)
        assert not any(w in text for w in BANK_WORDS), (role, text)
        assert not any("银行" in (c.title or "") or c.file.startswith("银行") for c in design.citations)


def test_a_role_described_only_by_duties_gets_derived_indicators_over_three_dimensions():
    doc = Doc("物业_保洁主管.txt", "保洁主管岗位职责", organisation="安居物业")
    doc.profile("保洁主管", duties=["负责小区公共区域的日常保洁安排", "做好保洁用品的领用登记与成本控制",
                                    "组织保洁员的岗前培训", "及时处理业主对环境卫生的投诉"],
                qualifications=[("高中及以上学历", "education"), ("熟悉清洁设备的使用", "skills")])  # fmt: skip
    snapshot = snapshot_of(doc)
    design = design_kpis(KpiRequest(role="保洁主管"), snapshot)
    _check(design, snapshot)
    assert all(k.origin in ("derived", "supplement") for k in design.indicators)
    assert len(design.dimensions) >= 3
    for k in design.indicators:
        assert k.formula.endswith("（建议口径）") and not k.formula_stated


def test_dimensions_not_required_keeps_a_sheet_as_it_is():
    doc = Doc("财务_内控KPI.txt", "内控组KPI组成表")
    rows = {"内控制度修订及时率": 40, "报表编制及时率": 30, "凭证审核差错次数": 20, "内控检查问题整改率": 10}
    for name, weight in rows.items():
        doc.kpi_row(name, owner="内控组", weight=weight)
    doc.kpi_row("内控培训参与率", owner="内控组", weight=0)
    snapshot = snapshot_of(doc)
    exact = design_kpis(KpiRequest(role="内控组", dimensions_required=False), snapshot)
    assert {k.name: k.weight for k in exact.indicators} == rows
    balanced = design_kpis(KpiRequest(role="内控组"), snapshot)
    assert balanced.total_weight == 100 and len(balanced.dimensions) >= 3
    own = [k for k in balanced.indicators if k.origin == "own_sheet"]
    assert {k.name for k in own} == set(rows)  # coverage adds, it never drops the sheet's rows
    assert sorted(own, key=lambda k: -k.weight) == sorted(own, key=lambda k: -rows[k.name])
    supplements = [k for k in balanced.indicators if k.origin == "supplement"]
    assert supplements and all("维度补充" in k.rationale for k in supplements)
    assert all(k.name != "内控培训参与率" for k in balanced.indicators)


@pytest.mark.parametrize("count", [4, 5, 6, 7])
def test_requested_count_is_respected(snapshot, count):
    design = design_kpis(KpiRequest(role="厨师长", count=count), snapshot)
    assert len(design.indicators) == count and design.total_weight == 100


@pytest.mark.parametrize("count", [0, 3, 8, 12])
def test_count_out_of_range_is_refused(snapshot, count):
    with pytest.raises(ToolError) as err:
        design_kpis(KpiRequest(role="厨师长", count=count), snapshot)
    assert err.value.status == 422 and "4 到 7" in err.value.message


def test_unknown_and_empty_inputs(snapshot):
    with pytest.raises(ToolError) as unknown:
        design_kpis(KpiRequest(role="面点厨师"), snapshot)
    assert unknown.value.status == 404 and unknown.value.suggestions == ["厨师长"]
    with pytest.raises(ToolError) as empty:
        design_kpis(KpiRequest(role=" "), snapshot)
    assert empty.value.status == 422
    with pytest.raises(ToolError) as no_kb:
        design_kpis(KpiRequest(role="厨师长"), KnowledgeSnapshot({}, load_lexicon(None)))
    assert no_kb.value.status == 409 and "gangwei ingest" in no_kb.value.message


def test_methods_are_cited_only_when_the_knowledge_base_states_them(snapshot):
    with_methods = design_kpis(KpiRequest(role="厨师长"), snapshot)
    cited = [c for c in with_methods.citations if c.id in with_methods.method_citations]
    assert cited and all(c.file == "绩效管理方法.txt" for c in cited)
    assert "4-7个为宜" in with_methods.explanation and f"[{cited[0].id}]" in with_methods.explanation
    without = design_kpis(KpiRequest(role="厨师长"), snapshot_of(kitchen_doc()))
    assert without.method_citations == [] and "方法依据" not in without.explanation
    assert "SMART原则，即" not in without.explanation


def test_search_only_narrows_where_methods_are_looked_for(snapshot):
    from assistant.models import Hit

    calls: list[tuple[str, int]] = []

    def search(query: str, k: int) -> list[Hit]:
        calls.append((query, k))
        return []  # the retriever finds nothing: nothing may be claimed

    design = design_kpis(KpiRequest(role="厨师长"), snapshot, search=search)
    assert calls and design.method_citations == []


def test_same_title_in_several_postings_is_one_role():
    snapshot = snapshot_of(*storekeeper_postings())
    design = design_kpis(KpiRequest(role="仓库管理员"), snapshot)
    assert design.total_weight == 100
    assert len({k.name for k in design.indicators}) == len(design.indicators)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("菜品出品合格率达98%以上", ("菜品出品合格率", "达98%以上", None)),
     ("2.顾客投诉次数每月不超过2次", ("顾客投诉次数", "不超过2次", "每月")),
     ("经营成本核算准确率100;", ("经营成本核算准确率", "100", None)),
     ("无重大安全责任事故", ("无重大安全责任事故", None, None))],
)  # fmt: skip
def test_parse_standard(text, expected):
    assert parse_standard(text) == expected


def test_edits_from_a_table_are_applied_and_exported(snapshot):
    from assistant.tools.export import KPI_COLUMNS, kpi_rows
    from assistant.tools.kpi_design import apply_edits

    design = design_kpis(KpiRequest(role="仓储部"), snapshot)
    rows = [dict(zip(KPI_COLUMNS, row)) for row in kpi_rows(design)]
    rows[0]["权重(%)"] = "30"
    rows[0]["目标值"] = "≥98%"
    edited = apply_edits(design, rows)
    assert edited.indicators[0].weight == 30 and edited.indicators[0].target == "≥98%"
    assert edited.indicators[0].citations == design.indicators[0].citations
    assert design.indicators[0].weight != 30  # the original is untouched
    rows[1]["权重(%)"] = "很多"
    with pytest.raises(ToolError) as err:
        apply_edits(design, rows)
    assert err.value.status == 422 and "权重" in err.value.message


def test_a_sheet_that_already_is_a_design_is_taken_as_stated():
    """Rows with stated weights summing to 100 that cover three scorecard dimensions are a design
    already: same rows, same weights, nothing padded (a 3-row sheet of 40/40/20 included)."""
    doc = Doc("仓储_叉车KPI.txt", "叉车组KPI考核表")
    rows = {"叉车安全事故次数": ("内部流程", 40), "客户投诉次数": ("客户", 40), "叉车点检完成率": ("学习成长", 20)}
    for name, (dim, weight) in rows.items():
        doc.kpi_row(name, owner="叉车组", dimension=dim, weight=weight)
    design = design_kpis(KpiRequest(role="叉车组"), snapshot_of(doc))
    assert {k.name: k.weight for k in design.indicators} == {n: w for n, (_, w) in rows.items()}
    assert all(k.origin == "own_sheet" for k in design.indicators)
    assert "均按原表" in design.explanation


def test_an_asked_count_is_filled_from_the_sheet_before_generic_indicators():
    """Six rows of one inferred dimension, five asked: the sheet's own rows fill the design (no
    generic indicator pushes one out for the scorecard's sake) and the notes say what is covered."""
    doc = Doc("审计_KPI.txt", "审计组KPI考核表")
    names = ["审计计划执行率", "审计报告按时提交率", "审计问题整改跟踪率", "审计底稿归档率", "审计结果准确率", "审计证据充分率"]
    for name in names:
        doc.kpi_row(name, owner="审计组")
    design = design_kpis(KpiRequest(role="审计组", count=5), snapshot_of(doc))
    own = [k.name for k in design.indicators if k.origin == "own_sheet"]
    assert len(design.indicators) == 5 and len(own) == 5 and set(own) <= set(names)
    assert design.total_weight == 100 and any("只覆盖了" in n for n in design.notes)


def test_an_added_indicator_never_outweighs_a_stated_row():
    doc = Doc("客房_KPI.txt", "客房服务员KPI考核表")
    rows = {"日均清扫间数": 40, "客房检查合格率": 35, "宾客投诉次数": 25}
    for name, weight in rows.items():
        doc.kpi_row(name, owner="客房服务员", weight=weight)
    design = design_kpis(KpiRequest(role="客房服务员", count=5), snapshot_of(doc))
    stated = {k.name: k.weight for k in design.indicators if k.name in rows}
    added = [k.weight for k in design.indicators if k.name not in rows]
    assert set(stated) == set(rows) and added and design.total_weight == 100
    assert max(added) <= min(stated.values())
    assert stated["日均清扫间数"] > stated["客房检查合格率"] > stated["宾客投诉次数"]


def test_the_sheet_a_request_names_is_the_owners_own_among_several():
    """Two sheets give rows to 财务部; 「财务部内控与财务分析」 names the smaller one."""
    big = Doc("部门KPI指标库.txt", "部门KPI指标库")
    for name in ["预算达成率", "费用降低率", "账务处理及时性", "现金收支准确性", "资料完好性"]:
        big.kpi_row(name, owner="财务部")
    small = Doc("财务部内控与财务分析KPI组成表.txt", "财务部内控与财务分析KPI组成表")
    for name in ["内控制度调整及时率", "财务分析报告提交及时率", "月底结账差错次数", "利润中心维护及时率"]:
        small.kpi_row(name, owner="财务部")
    snapshot = snapshot_of(big, small)
    named = design_kpis(KpiRequest(role="财务部内控与财务分析", count=4), snapshot)
    assert {k.name for k in named.indicators if k.origin == "own_sheet"} >= {"内控制度调整及时率", "财务分析报告提交及时率"}
    plain = design_kpis(KpiRequest(role="财务部", count=4), snapshot)
    assert all(k.citations[0] for k in plain.indicators if k.origin == "own_sheet")
    assert "预算达成率" in {k.name for k in plain.indicators}


def test_a_post_only_a_kpi_sheet_names_gets_that_sheets_rows():
    """No profile describes 财务分析会计, but the 内控与财务分析 sheet's text names it: its rows are
    the design's, and the notes say where they come from; a post nothing names is still refused."""
    doc = Doc("财务部内控与财务分析KPI组成表.txt", "财务部内控与财务分析KPI组成表")
    for name, weight in (("企业内控制度的调整", 25), ("财务分析报告", 30), ("利润中心的操作维护", 20), ("月底结帐处理", 25)):
        doc.kpi_row(name, owner="财务部", weight=weight)
    doc.line("请针对财务分析会计提交的财务分析报告从以下三方面评分")
    snapshot = snapshot_of(doc)
    design = design_kpis(KpiRequest(role="财务分析会计", count=4), snapshot)
    assert {k.name for k in design.indicators} == {"企业内控制度的调整", "财务分析报告", "利润中心的操作维护", "月底结帐处理"}
    assert any("财务部内控与财务分析KPI组成表" in n for n in design.notes)
    with pytest.raises(ToolError):
        design_kpis(KpiRequest(role="税务会计"), snapshot)
