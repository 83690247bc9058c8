"""SMART check: expected flags on good and bad indicators, rewrites that pass, the corpus citation."""

from __future__ import annotations

import pytest
from _tools_support import quote_in_corpus, tools_data, tools_settings  # noqa: F401 - fixtures

from assistant.tools.smart import smart_check

CASES = [
    # (indicator, the letters that must be flagged missing)
    ("提高客户满意度", {"M", "T"}),
    ("2024年12月31日前, 客户满意度调查得分达到90分以上", set()),
    ("加强服务意识", {"S", "M", "R", "T"}),
    ("本季度服务差错率控制在0.5%以内", set()),
    ("每月新增对公存款账户数不少于10户", set()),
    ("年底前实现零投诉", {"A"}),
    ("本年度日均存款新增额比上年增长300%", {"A"}),
    ("做好本职工作", {"S", "M", "R", "T"}),
    ("客户经理与潜在客户的接触次数每周不少于15次", set()),
    ("提高员工工作积极性", {"S", "M", "R", "T"}),
    ("提高服务质量", {"S", "M", "T"}),
    ("市场占有率", {"M", "T"}),
    ("货款回收率达到98%", {"T"}),
    ("2024年内完成培训", {"M"}),
    ("全年人均学习时间累计达到12天", set()),
]


@pytest.mark.parametrize(("text", "missing"), CASES)
def test_expected_flags(tools_data, text, missing):  # noqa: F811
    report = smart_check(text, data=tools_data)
    assert set(report.missing) == missing
    assert report.passed == (not missing)
    assert [f.letter for f in report.flags] == ["S", "M", "A", "R", "T"]
    for flag in report.flags:
        assert flag.reason
        assert (flag.suggestion is None) == flag.ok  # every missing letter comes with a concrete suggestion


@pytest.mark.parametrize("text", ["提高客户满意度", "提高服务质量", "市场占有率", "货款回收率达到98%", "加强服务意识"])
def test_rewrite_passes_the_check(tools_data, text):  # noqa: F811
    report = smart_check(text, data=tools_data)
    assert report.missing
    again = smart_check(report.rewrite.split("(示例")[0], data=tools_data)
    assert again.passed, (report.rewrite, again.missing)


def test_rewrite_keeps_the_users_own_target(tools_data):  # noqa: F811
    report = smart_check("货款回收率达到98%", data=tools_data)
    assert "货款回收率达到98%" in report.rewrite
    assert report.rewrite.startswith("本年度内")


def test_vague_aim_gets_a_specific_corpus_indicator(tools_data):  # noqa: F811
    report = smart_check("提高服务质量", data=tools_data)
    assert "服务差错率" in report.rewrite
    s = next(f for f in report.flags if f.letter == "S")
    assert "服务差错率" in (s.suggestion or "")


def test_cites_the_corpus_smart_passage(tools_data):  # noqa: F811
    report = smart_check("提高客户满意度", data=tools_data)
    assert report.citations
    smart = report.citations[0]
    assert "SMART" in smart.quote
    assert smart.file.startswith("000_") and smart.line_start == 53
    assert quote_in_corpus(smart.file, smart.line_start, smart.line_end, smart.quote)
    # An unattainable target also cites the corpus: indicators are agreed with the employee.
    absolute = smart_check("年底前实现零投诉", data=tools_data)
    assert any("与员工确认" in q.quote for q in absolute.citations)


def test_relevance_against_the_posts_duties(tools_data):  # noqa: F811
    from assistant.tools.sources import RoleEvidence

    duties = [c.text for c in RoleEvidence(tools_data, "人力资源专员").of_kind("duty", 0.6)]
    ok = smart_check("本年度内招聘周期不超过30天", role="人力资源专员", duties=duties, data=tools_data)
    off = smart_check("本年度内日均存款新增额不低于500万元", role="人力资源专员", duties=duties, data=tools_data)
    assert "R" not in ok.missing
    assert "R" in off.missing


def test_settings_entry_point_and_missing_records(tools_settings, tmp_path):  # noqa: F811
    from assistant.config import Settings

    assert smart_check("提高客户满意度", settings=tools_settings).citations
    empty = smart_check("提高客户满意度", settings=Settings(home=tmp_path / "empty"))
    assert not empty.citations and "gangwei ingest" in (empty.note or "")
    assert set(empty.missing) == {"M", "T"}


def test_empty_input_is_rejected():
    with pytest.raises(ValueError):
        smart_check("   ")


def test_markdown_render(tools_data):  # noqa: F811
    from assistant.tools.export import render_smart_markdown

    text, citations = render_smart_markdown(smart_check("提高客户满意度", data=tools_data))
    assert "✗ **M" in text and "✗ **T" in text and "✓ **S" in text
    assert citations and "[1]" in text


@pytest.mark.parametrize("text", ["做好工作", "做好本职工作", "搞好团队建设"])
def test_vague_aim_without_a_matching_indicator_gets_a_template_in_its_own_words(tools_data, text):  # noqa: F811
    report = smart_check(text, data=tools_data)
    assert {"S", "M", "T"} <= set(report.missing)
    assert f"「{text}」所指的可衡量结果" in report.rewrite and "【目标值】" in report.rewrite
    assert report.rewrite.startswith("在本年度内")
    for f in report.flags:  # no unrelated indicator slipped in ("员工满意度", "客户满意度")
        assert "满意度」" not in (f.suggestion or ""), f.suggestion
        if f.suggestion and f.letter in "SR":
            assert text in f.suggestion
    assert "满意度达到" not in report.rewrite


def test_template_keeps_the_users_deadline(tools_data):  # noqa: F811
    report = smart_check("2024年内做好工作", data=tools_data)
    assert "T" not in report.missing
    assert report.rewrite.startswith("在2024年内, 将【「做好工作」所指的可衡量结果】")
