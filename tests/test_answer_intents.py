"""Per-intent answers on the shipped corpus, with the exact items the corpus gives."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.slow

HR_DUTIES = [
    "建立并优化人力资源管理各项制度及流程,并监督执行,保证良好的工作秩序;",
    "根据公司的人员需求,组织并实施人员招聘工作,并及时地有效地满足公司的人员需求;",
    "负责公司员工培训体系的建立及实施;",
    "完善公司企业文化建设;",
    "员工档案、合同管理;员工关系管理;",
    "员工保险及各项福利管理;",
    "领导交办的其他工作。",
]


def _cited_lines(answer, file_prefix: str) -> set[int]:
    lines: set[int] = set()
    for c in answer.citations:
        if c.file.startswith(file_prefix):
            lines.update(range(c.line_start, c.line_end + 1))
    return lines


def test_duty_list_of_a_profile_is_exact_and_cited(answerer):
    answer = answerer.ask("人力资源专员的岗位职责是什么?")
    assert answer.intent.value == "duty" and answer.role == "人力资源专员" and not answer.refused
    assert [item.text for item in answer.items] == HR_DUTIES
    # Item n cites line 231 + 2(n-1) of file 000, and the text shows the same [n] markers.
    by_id = {c.id: c for c in answer.citations}
    for n, item in enumerate(answer.items):
        (cid,) = item.citations
        assert (by_id[cid].file, by_id[cid].line_start) == ("000_9eeea241028b3f98.txt", 231 + 2 * n)
        assert f"{n + 1}. {item.text} [{cid}]" in answer.text
    assert "人力资源专员" in answer.text.splitlines()[0]


def test_qualification_list(answerer):
    answer = answerer.ask("大客户经理的任职条件是什么?")
    assert answer.intent.value == "qualification" and answer.role == "大客户经理"
    assert [i.text for i in answer.items] == [
        "市场营销专业或相关专业本科以上学历。",
        "受过市场营销、产品知识、产业经济、公共关系、房地产销售、电话销售等方面的培训。",
        "3年以上装潢公司公装等大客户工作经验。",
        "对市场营销工作有较深刻认知,有良好的市场判断能力和开拓能力,有极强的组织管理能力和决策力。",
        "较强的观察力和应变能力,高度的工作热情,良好的团队合作精神。",
    ]
    assert _cited_lines(answer, "004") >= set(range(150, 155))


def test_duplicated_lists_are_merged_with_agreement_first(answerer):
    # 教师 duties appear three times in file 000 (the third copy has only item 1).
    answer = answerer.ask("教师的岗位职责包括哪些?")
    texts = [i.text for i in answer.items]
    assert len(texts) == 7, texts
    assert texts[0].startswith("坚守工作岗位,搞好本职工作")
    first = {c.line_start for c in answer.citations if c.id in answer.items[0].citations}
    assert first == {637, 665, 705}
    assert "综合 3 处资料" in answer.text


def test_role_narrowed_by_context_picks_the_matching_list(answerer):
    answer = answerer.ask("网店的在线客服要负责哪些环节?")
    texts = " ".join(i.text for i in answer.items)
    assert "售前支持" in texts and "售后服务" in texts
    assert _cited_lines(answer, "002") & set(range(295, 299))
    assert "车载设备" not in texts  # the navigation company's list is a different 客服专员


def test_related_role_is_named(answerer):
    answer = answerer.ask("对公客户经理主要做什么?")
    assert not answer.refused
    assert "没有「对公客户经理」的专门岗位描述" in answer.text
    assert "对公客户经理主要开展面向公司的金融业务" in answer.text
    assert 193 in _cited_lines(answer, "002")


def test_known_role_without_the_asked_kind_is_not_padded(answerer):
    answer = answerer.ask("快递业务员的任职要求是什么?")
    assert answer.refused
    assert "没有「快递业务员」的任职要求" in answer.text
    assert not answer.citations


def test_kpi_bsc_customer_dimension(answerer):
    answer = answerer.ask("平衡计分卡的客户维度可以选哪些指标?")
    assert answer.intent.value == "kpi"
    group = next(i for i in answer.items if i.text.startswith("客户："))
    for name in ("市场占有率", "新增对公存款账户数", "客户满意度"):
        assert name in group.text
    cited = {(c.file, c.line_start) for c in answer.citations if c.id in group.citations}
    assert ("000_9eeea241028b3f98.txt", 65) in cited
    assert not any(i.text.startswith("财务：") for i in answer.items)


def test_kpi_how_adds_methodology(answerer):
    answer = answerer.ask("怎么给客户经理设计KPI?")
    assert answer.intent.value == "kpi"
    lines = _cited_lines(answer, "000")
    assert 175 in lines  # 岗位关键绩效指标以4-7个为宜
    assert 53 in lines  # SMART 原则
    assert "4-7个" in answer.text and "SMART" in answer.text


def test_loan_responsibility_split_over_20k(answerer):
    answer = answerer.ask("信用社每笔2万元以上的贷款责任怎么划分?")
    assert not answer.refused
    assert "实行“五大员”制度,分别按30:20:10:20:20承担责任" in answer.text
    assert "社主任为第一责任人" in answer.text
    assert 18 in _cited_lines(answer, "002_0ddfcbd208019869")


def test_method_sentences_in_source_order(answerer):
    answer = answerer.ask("设计关键绩效指标的一般流程是什么?")
    assert answer.intent.value in ("method", "kpi")
    assert "第一,确定战略目标" in answer.text
    lines = sorted(_cited_lines(answer, "000"))
    assert 47 in lines
    # Sentences of one passage are stitched in source order.
    order = [c.line_start for c in answer.citations if c.file.startswith("000") and 45 <= c.line_start <= 55]
    assert order == sorted(order)


def test_enumeration_is_kept_together(answerer):
    answer = answerer.ask("做岗位分析具体有哪些操作步骤?")
    for step in ("第一,设计调查方案", "第二,", "第三,", "第四,"):
        assert step in answer.text, step


def test_jd_draft_routes_to_the_tool(answerer):
    answer = answerer.ask("帮我写一份人力资源专员的岗位说明书")
    assert answer.intent.value == "jd_draft" and answer.role == "人力资源专员"
    assert answer.text.startswith("# 岗位说明书:人力资源专员")
    assert answer.citations and answer.items
    ids = {c.id for c in answer.citations}
    assert all(set(i.citations) <= ids for i in answer.items)


def test_kpi_design_routes_to_the_tool(answerer):
    answer = answerer.ask("请给大客户经理设计一套KPI")
    assert answer.intent.value == "kpi_design"
    assert answer.text.startswith("# 关键绩效指标设计:大客户经理")
    assert 4 <= len(answer.items) <= 7
    assert all(i.citations for i in answer.items)


def test_tool_request_without_role_asks_for_it(answerer):
    answer = answerer.ask("帮我起草一个JD")
    assert answer.intent.value == "jd_draft"
    assert "哪个岗位" in answer.text and not answer.citations


def test_out_of_scope_role_refusal_suggests_coverage(answerer):
    answer = answerer.ask("医院护士的岗位职责有哪些?")
    assert answer.refused and answer.intent.value == "out_of_scope"
    assert "「护士」" in answer.text
    assert "知识库目前收录的岗位资料包括" in answer.text
    assert not answer.items and not answer.citations


def test_timings_are_reported(answerer):
    answer = answerer.ask("开户专员具体负责什么?")
    for stage in ("understand", "retrieve", "compose", "total"):
        assert stage in answer.timings
