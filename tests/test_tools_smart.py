"""SMART check: flags, concrete rewrites, suggestions from the knowledge base's own library, cited passage."""

from __future__ import annotations

import pytest
from _tools_support import assert_quotes_in_records, company_snapshot, kitchen_doc, snapshot_of

from assistant.knowledge.snapshot import KnowledgeSnapshot
from assistant.lexicon import load_lexicon
from assistant.tools.errors import ToolError
from assistant.tools.smart import smart_check

CASES = [
    ("提高顾客满意度", {"M", "T"}),
    ("2025年12月31日前，顾客满意度调查得分达到90分以上", set()),
    ("加强服务意识", {"S", "M", "R", "T"}),
    ("本季度库存准确率达到99.5%以上", set()),
    ("每月发货及时率不低于98%", set()),
    ("年底前实现零投诉", {"A"}),
    ("本年度仓储费用比上年增长200%", {"A"}),
    ("做好本职工作", {"S", "M", "R", "T"}),
    ("提高员工工作积极性", {"S", "M", "R", "T"}),
    ("提高出品质量", {"S", "M", "T"}),
    ("库存准确率", {"M", "T"}),
    ("2025年内完成叉车培训", {"M"}),
]


@pytest.fixture(scope="module")
def snapshot():
    return company_snapshot(with_methods=True)


@pytest.mark.parametrize(("text", "missing"), CASES)
def test_flags(snapshot, text, missing):
    report = smart_check(text, snapshot)
    assert set(report.missing) == missing
    assert report.passed == (not missing)
    assert [f.letter for f in report.flags] == ["S", "M", "A", "R", "T"]
    for flag in report.flags:
        assert flag.reason and (flag.suggestion is None) == flag.ok


@pytest.mark.parametrize("text", ["提高顾客满意度", "库存准确率", "加强发货管理", "提高出品质量"])
def test_rewrite_passes_the_check(snapshot, text):
    report = smart_check(text, snapshot)
    assert report.missing
    again = smart_check(report.rewrite.split("（示例")[0], snapshot)
    assert again.passed, (report.rewrite, again.missing)


def test_the_users_own_target_and_deadline_are_kept(snapshot):
    report = smart_check("发货及时率达到98%", snapshot)
    assert report.missing == ["T"] and "发货及时率达到98%" in report.rewrite
    template = smart_check("2025年内做好工作", snapshot)
    assert "T" not in template.missing and template.rewrite.startswith("在2025年内，将【「做好工作」所指的可衡量结果】")


def test_suggestion_comes_from_the_knowledge_bases_library(snapshot):
    report = smart_check("加强发货管理", snapshot)
    assert report.suggested == "发货及时率" and report.suggested_from == "knowledge_base"
    assert "发货及时率" in report.rewrite


def test_without_a_fitting_library_indicator_the_lexicon_suggests():
    report = smart_check("提高顾客满意", snapshot_of(kitchen_doc()))
    assert report.suggested == "满意度" and report.suggested_from == "lexicon"


def test_vague_aim_without_any_match_gets_a_template_in_its_own_words(snapshot):
    report = smart_check("搞好团队建设", snapshot)
    assert {"S", "M", "T"} <= set(report.missing)
    assert "「搞好团队建设」所指的可衡量结果" in report.rewrite and "【目标值】" in report.rewrite


def test_relevance_against_the_roles_own_duties_and_indicators(snapshot):
    ok = smart_check("本年度库存准确率不低于99%", snapshot, role="仓库管理员")
    off = smart_check("本年度菜品出品合格率达到98%", snapshot, role="仓库管理员")
    assert "R" not in ok.missing
    assert "R" in off.missing and "仓库管理员" in next(f.reason for f in off.flags if f.letter == "R")
    unknown = smart_check("本年度库存准确率不低于99%", snapshot, role="无人机飞手")
    assert unknown.note and "无人机飞手" in unknown.note


def test_smart_passage_is_cited_only_when_the_knowledge_base_has_one(snapshot):
    report = smart_check("提高顾客满意度", snapshot)
    assert len(report.citations) == 1 and "SMART" in report.citations[0].quote
    assert_quotes_in_records(snapshot, report.citations)
    assert smart_check("提高顾客满意度", snapshot_of(kitchen_doc())).citations == []


def test_empty_knowledge_base_and_empty_text():
    empty = smart_check("提高顾客满意度", KnowledgeSnapshot({}, load_lexicon(None)))
    assert set(empty.missing) == {"M", "T"} and not empty.citations and "gangwei ingest" in (empty.note or "")
    with pytest.raises(ToolError) as err:
        smart_check("   ", company_snapshot())
    assert err.value.status == 422 and "例如" in err.value.message
