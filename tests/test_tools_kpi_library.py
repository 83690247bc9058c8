"""KPI library: indicators extracted from the shipped corpus at ingest time, precise and sourced."""

from __future__ import annotations

import re

import pytest
from _tools_support import quote_in_corpus, tools_data, tools_settings  # noqa: F401 - fixtures

from assistant.models import BscDimension
from assistant.tools.kpi_library import build_library, candidates_in, is_indicator_name

# Indicators the corpus names (checked by reading it), with the dimension the text or rule gives.
EXPECTED = {
    "经济增加值": "财务",
    "经济资本回报率": "财务",
    "不良贷款降低率": "财务",
    "收入成本率": "财务",
    "日均存款新增额": "财务",
    "中间业务收入": "财务",
    "不良贷款率": "财务",
    "货款回收率": "财务",
    "市场占有率": "客户",
    "新增对公存款账户数": "客户",
    "新增个人VIP客户数": "客户",
    "客户满意度": "客户",
    "百万元以上对公客户流失数": "客户",
    "大客户满意度": "客户",
    "大客户回访次数": "客户",
    "单笔业务办理时间": "内部流程",
    "服务差错率": "内部流程",
    "客户经理与潜在客户的接触次数": "内部流程",
    "百笔业务稽核差错率": "内部流程",
    "客户档案信息的完整性": "内部流程",
    "电子银行业务替代率": "内部流程",
    "货款收取及时率": "内部流程",
    "招聘周期": "内部流程",
    "员工满意度": "学习与成长",
    "员工接受培训时间": "学习与成长",
    "员工收入水平增长率": "学习与成长",
    "人均学习时间": "学习与成长",
    "岗位空缺率": "学习与成长",
}
# What the first, noisy extractor produced: fragments of prose, not indicators.
JUNK = ["控制客观世界的综合力量", "以提高工作效率", "而互联网软件就是通过海量", "确定岗位评价系数",
        "能够较好的把握审计质量", "提高服务质量", "记录员工参加培训的时间"]  # fmt: skip


@pytest.fixture(scope="module")
def library(tools_data):  # noqa: F811
    return build_library(tools_data.kpis)


def test_library_has_at_least_30_distinct_sourced_indicators(library):
    assert len({ind.name for ind in library}) >= 30
    for ind in library:
        assert ind.mentions, ind.name
        for m in ind.mentions:
            assert quote_in_corpus(m.span.file, m.span.line_start, m.span.line_end, m.sentence), (ind.name, m.span)
            assert ind.name in m.sentence or ind.name.replace("的", "") in m.sentence.replace("的", "")


def test_expected_indicators_with_their_dimensions(library):
    by_name = {ind.name: ind for ind in library}
    missing = [name for name in EXPECTED if name not in by_name]
    assert not missing
    wrong = {n: by_name[n].dimension for n, d in EXPECTED.items() if by_name[n].dimension != BscDimension(d)}
    assert not wrong


def test_no_prose_fragments_in_the_library(library):
    names = {ind.name for ind in library}
    assert not names & set(JUNK)
    for name in names:
        assert is_indicator_name(name, list_mode=True), name
        assert not re.match(r"^(以|而|将|把|使|从|在|为|与|和|及|等|或|但|就|则|即|是|有|其)", name), name
        assert len(name) <= 16


def test_every_indicator_but_few_has_a_dimension(library):
    undetermined = [ind.name for ind in library if ind.dimension is None]
    assert len(undetermined) <= 3, undetermined


def test_roles_mentioned_with_indicators(library):
    by_name = {ind.name: ind for ind in library}
    # 000:91 is the corpus's KPI design for the branch customer manager (技术性业务岗位).
    assert "客户经理" in by_name["日均存款新增额"].roles
    assert "客户经理" in by_name["客户经理接受培训的时间"].roles
    # 001:167 sits under the heading "三、大客户经理薪酬考核办法".
    assert "大客户经理" in by_name["大客户回访次数"].roles
    assert "销售人员" in by_name["货款回收率"].roles
    assert "人力资源部" in by_name["招聘周期"].roles


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("财务维度可以选择:经济增加值、经济资本回报率、不良贷款降低率、收入成本率等指标。",
         ["经济增加值", "经济资本回报率", "不良贷款降低率", "收入成本率"]),
        ("第四、绩效主要指所负责产品的销售量;销售利润;应收账款回收;销售成本;客户满意率;合同履约率(违约率)等指标的完成情况。",
         ["销售量", "销售利润", "应收账款回收", "销售成本", "客户满意率", "合同履约率", "违约率"]),
        ("原则:根据大客户回访次数及大客户满意度评分。", ["大客户回访次数", "大客户满意度"]),
        ("这一指标是对HR部门的常规考核指标,相配套的另一个指标是“招聘周期”,周期要越短越好。", ["招聘周期"]),
        ("在支行、网点平衡计分卡中增设电子银行业务替代率指标考核,自助设备业务量计入柜员业务量计价。", ["电子银行业务替代率"]),
        ("风险经理以如何规避风险达到风险最小化为己任, 使银行的不良贷款率下降。", ["不良贷款率"]),
        ("所谓能力是有效的认识、改造和控制客观世界的综合力量。", []),
        ("而互联网软件就是通过海量、微利的方式盈利。", []),
        ("从而减少协调、沟通和决策过程中的不必要的障碍,以提高工作效率。", []),
        ("他们不会从企业的大局出发来开展销售工作,甚至有的销售人员为了追求完成单纯的定量指标。", []),
    ],
)
def test_candidates_in_sentences(sentence, expected):
    assert [f.name for f in candidates_in(sentence)] == expected


def test_explicit_dimension_wins_over_rules():
    found = candidates_in("学习与成长维度可以选择:员工满意度、员工接受培训时间、员工收入水平增长率等。")
    assert {f.name: f.dimension for f in found} == {
        "员工满意度": BscDimension.learning,
        "员工接受培训时间": BscDimension.learning,
        "员工收入水平增长率": BscDimension.learning,
    }


def test_library_is_persisted_with_the_records(tools_settings):  # noqa: F811
    from assistant.ingest.records import RecordStore

    store = RecordStore(tools_settings.records_dir)
    assert store.path("kpis").exists()
    kpis = store.load_kpis()
    assert len(kpis) >= 60
    assert len({k.id for k in kpis}) == len(kpis)
    by_file = {rec.file: len(rec.kpis) for rec in store.load_all().values()}
    assert sum(by_file.values()) == len(kpis)
