"""KPI designer: 4–7 indicators, weights summing to 100, balanced, every indicator cited or derived."""

from __future__ import annotations

import csv
import io

import pytest
from _tools_support import quote_in_corpus, tools_data, tools_settings  # noqa: F401 - fixtures
from hypothesis import given
from hypothesis import strategies as st

from assistant.models import BscDimension
from assistant.tools.kpi_design import (
    MAX_KPIS,
    MIN_KPIS,
    DesignedKpi,
    _assign_weights,
    _Pick,
    derive_from_duty,
    design_kpis,
    role_type,
)

BANK_ROLES = ["客户经理", "支行客户经理", "对公客户经理"]


def _check_design(design) -> None:
    assert MIN_KPIS <= len(design.indicators) <= MAX_KPIS
    assert design.total_weight == 100
    assert all(k.weight > 0 and k.weight % 5 == 0 for k in design.indicators)
    assert len({k.name for k in design.indicators}) == len(design.indicators)
    for k in design.indicators:
        assert k.citations, k.name  # cited, or (derived) citing the duty it comes from
        if k.derived:
            assert k.derivation and "→" in k.derivation
        for q in k.citations:
            assert quote_in_corpus(q.file, q.line_start, q.line_end, q.quote), (k.name, q)
    for q in design.method_citations:
        assert quote_in_corpus(q.file, q.line_start, q.line_end, q.quote)


@pytest.mark.parametrize("role", BANK_ROLES)
def test_bank_customer_manager_designs(tools_data, role):  # noqa: F811
    design = design_kpis(role, data=tools_data)
    _check_design(design)
    assert len(design.dimensions) >= 3
    assert design.role_type == "front"
    # The corpus: front-line posts weigh financial and customer indicators more.
    by_dim: dict[BscDimension, int] = {}
    for k in design.indicators:
        by_dim[k.dimension] = by_dim.get(k.dimension, 0) + k.weight
    assert by_dim.get(BscDimension.financial, 0) + by_dim.get(BscDimension.customer, 0) >= 50
    # 000:91 lists the indicators the corpus designs for this post.
    assert any(q.file.startswith("000_") and q.line_start == 91 for k in design.indicators for q in k.citations)


def test_market_focus_follows_the_title(tools_data):  # noqa: F811
    corporate = {k.name for k in design_kpis("对公客户经理", data=tools_data).indicators}
    personal = {k.name for k in design_kpis("个人客户经理", data=tools_data).indicators}
    assert "新增对公存款账户数" in corporate and "新增个人VIP客户数" not in corporate
    assert "新增个人VIP客户数" in personal and "新增对公存款账户数" not in personal


def test_method_passages_are_cited(tools_data):  # noqa: F811
    design = design_kpis("支行客户经理", data=tools_data)
    quotes = " ".join(q.quote for q in design.method_citations)
    assert "4-7个为宜" in quotes
    assert "SMART" in quotes
    assert "加大财务指标和客户指标的权重" in quotes


def test_support_post_uses_duty_analysis(tools_data):  # noqa: F811
    design = design_kpis("人力资源专员", data=tools_data)
    _check_design(design)
    assert design.role_type == "support"
    names = {k.name for k in design.indicators}
    assert "招聘周期" in names  # named for HR in the corpus (000:811)
    derived = [k for k in design.indicators if k.derived]
    assert derived, "a support post needs the duty-analysis method here"
    assert any("职责分析法" in q.quote for k in derived for q in k.citations)


def test_post_without_corpus_indicators_gets_derived_ones(tools_data):  # noqa: F811
    design = design_kpis("行政助理", data=tools_data)
    _check_design(design)
    assert all(k.derived for k in design.indicators)
    # Each derived indicator cites the duty it was derived from (000:465-479).
    assert all(any(465 <= q.line_start <= 479 or q.line_start == 81 for q in k.citations) for k in design.indicators)


def test_unknown_post_gives_no_indicators_and_says_why(tools_data):  # noqa: F811
    design = design_kpis("宇航员", data=tools_data)
    assert design.indicators == []
    assert design.notes and "宇航员" in design.notes[0]


def test_count_is_respected(tools_data):  # noqa: F811
    assert len(design_kpis("客户经理", data=tools_data, count=4).indicators) == 4
    assert len(design_kpis("客户经理", data=tools_data, count=7).indicators) == 7


@pytest.mark.parametrize("count", [0, 3, 8, 9])
def test_count_out_of_range_is_refused_not_clamped(tools_data, count):  # noqa: F811
    with pytest.raises(ValueError, match="4 到 7"):
        design_kpis("客户经理", data=tools_data, count=count)


def test_empty_role_is_rejected(tools_data):  # noqa: F811
    with pytest.raises(ValueError):
        design_kpis("  ", data=tools_data)


def test_settings_entry_point(tools_settings):  # noqa: F811
    design = design_kpis("客户经理", tools_settings)
    assert design.total_weight == 100


@pytest.mark.parametrize(
    ("duty", "name"),
    [
        ("根据公司的人员需求,组织并实施人员招聘工作", "招聘计划完成率"),
        ("负责公司员工培训体系的建立及实施", "培训计划完成率"),
        ("员工档案、合同管理;员工关系管理", "档案资料完整率"),
        ("负责组织老客户的回访", "客户回访完成率"),
        ("做好大客户的咨询和相关服务,并及时处理大客户投诉等事宜", "客户投诉处理及时率"),
    ],
)
def test_duty_analysis_rules(duty, name):
    rule = derive_from_duty(duty)
    assert rule is not None and rule.name == name


def test_role_type():
    assert role_type("个人客户经理") == "front"
    assert role_type("人力资源专员") == "support"


@given(st.lists(st.tuples(st.sampled_from(list(BscDimension)), st.floats(0, 2), st.booleans()), min_size=1, max_size=7))
def test_weights_always_sum_to_100(specs):
    factors = {d: f for d, f in zip(BscDimension, (1.5, 1.3, 1.0, 0.7))}
    picks = [
        _Pick(f"k{i}", dim, score, DesignedKpi(name=f"k{i}", dimension=dim, definition="-", weight=0,
                                               data_source="-", derived=derived, reason="-"))  # fmt: skip
        for i, (dim, score, derived) in enumerate(specs)
    ]
    _assign_weights(picks, factors)
    weights = [p.kpi.weight for p in picks]
    assert sum(weights) == 100
    assert all(w >= 5 and w % 5 == 0 for w in weights)


def test_xlsx_and_csv_export(tools_data, tmp_path):  # noqa: F811
    from openpyxl import load_workbook

    from assistant.tools.export import KPI_COLUMNS, kpi_to_csv, kpi_to_xlsx

    design = design_kpis("支行客户经理", data=tools_data)
    path = kpi_to_xlsx(design, tmp_path / "kpi.xlsx")
    wb = load_workbook(path)
    ws = wb["KPI设计"]
    assert tuple(c.value for c in ws[1]) == KPI_COLUMNS
    n = len(design.indicators)
    rows = list(ws.iter_rows(min_row=2, max_row=n + 1, values_only=True))
    assert [r[2] for r in rows] == [k.name for k in design.indicators]
    assert sum(r[4] for r in rows) == 100
    assert ws.cell(row=n + 2, column=5).value == f"=SUM(E2:E{n + 1})"
    assert "=100" in ws.cell(row=n + 3, column=5).value
    # The formulas have no cached results: readers that do not recalculate need the plain values.
    cached = load_workbook(path, data_only=True)["KPI设计"]
    assert cached.cell(row=n + 2, column=5).value is None
    assert cached.cell(row=n + 2, column=6).value == "合计(数值)" and cached.cell(row=n + 2, column=7).value == 100
    assert cached.cell(row=n + 3, column=7).value == "权重合计为100"
    sources = wb["出处"]
    assert sources.max_row >= 2
    for file, start, end, quote in sources.iter_rows(min_row=2, min_col=2, max_col=5, values_only=True):
        assert quote_in_corpus(file, start, end, quote)

    table = list(csv.reader(io.StringIO(kpi_to_csv(design))))
    assert table[0] == list(KPI_COLUMNS)
    assert sum(int(r[4]) for r in table[1 : n + 1]) == 100
    assert table[n + 1][2] == "合计" and table[n + 1][4] == "100"


def test_markdown_render_numbers_every_citation(tools_data):  # noqa: F811
    from assistant.tools.export import render_kpi_markdown

    design = design_kpis("大客户经理", data=tools_data)
    text, citations = render_kpi_markdown(design)
    assert [c.id for c in citations] == list(range(1, len(citations) + 1))
    for c in citations:
        assert f"[{c.id}]" in text
        assert quote_in_corpus(c.file, c.line_start, c.line_end, c.quote)
    assert "**100**" in text
