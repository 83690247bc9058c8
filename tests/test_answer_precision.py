"""Citation precision: answers cite the evidence that answers, not its neighbours in the corpus.

Slow tests run the real answerer on the indexed shipped corpus; the fast ones test the helpers.
Line numbers are those of the original corpus files.
"""

from __future__ import annotations

import pytest


F000 = "000_9eeea241028b3f98.txt"
F001 = "001_96a5821ba6a26479.txt"
F002 = "002_0ddfcbd208019869.txt"
F004 = "004_ac9c22820f98b245.txt"


def _cited(answer, citations=None) -> set[tuple[str, int]]:
    """(file, line) of every line the answer's citations cover."""
    wanted = None if citations is None else set(citations)
    out: set[tuple[str, int]] = set()
    for c in answer.citations:
        if wanted is None or c.id in wanted:
            out.update((c.file, n) for n in range(c.line_start, c.line_end + 1))
    return out


def _lines(file: str, start: int, end: int) -> set[tuple[str, int]]:
    return {(file, n) for n in range(start, end + 1)}


# --- roles the corpus only mentions ------------------------------------------------------------


@pytest.mark.slow
def test_mentioned_role_leads_with_family_duties_and_says_so(answerer):
    answer = answerer.ask("对公客户经理每天要做什么?")
    assert not answer.refused and answer.intent.value == "duty"
    assert answer.role == "客户经理"
    first_line = answer.text.splitlines()[0]
    assert "没有「对公客户经理」的专门岗位描述" in first_line and "客户经理类岗位" in first_line
    # The one thing the corpus says about the role, quoted as the clause that says it.
    assert "“对公客户经理主要开展面向公司的金融业务”" in answer.text
    # Item 1 is the bank's 客户营销类 duty description that names the role; the rest are entries of
    # the duty lists of 客户经理-family profiles (网格客户经理, 大客户经理), a few of each.
    assert _cited(answer, answer.items[0].citations) == {(F002, 193)}
    family = _lines(F002, 193, 193) | _lines(F004, 64, 70) | _lines(F004, 117, 143) | _lines(F004, 236, 238)
    assert _cited(answer) <= family
    assert len(answer.items) <= 9
    for role in ("网格客户经理", "大客户经理"):
        assert f"**{role}**的岗位职责（摘录）" in answer.text
    # Not the essay on managing customer managers ("(四)建立日常规范管理制度…").
    assert not _cited(answer) & _lines(F004, 222, 232)


@pytest.mark.slow
def test_list_titled_with_a_mentioned_role_is_not_another_roles_profile(answerer):
    # "网格经理与客户经理职责" holds the 网格经理 list (57-63) and the 网格客户经理 profile (65-70).
    answer = answerer.ask("网格经理要负责哪些工作?")
    assert not answer.refused
    assert _cited(answer) == _lines(F004, 57, 63)


@pytest.mark.slow
def test_lists_under_a_heading_naming_the_role(answerer):
    # A résumé: "职位:国际客户服务中心 高级客户经理" followed by its "主要职责:" lists; "主要业绩:"
    # is not a list of duties.
    answer = answerer.ask("国际客户服务中心高级客户经理的主要职责有哪些?")
    assert not answer.refused
    assert _cited(answer) <= _lines(F002, 70, 82)
    assert "客户关系管理" in answer.text and "投诉" in answer.text
    assert "建立七个大区" not in answer.text


# --- duties and requirements are not mixed -----------------------------------------------------


@pytest.mark.slow
def test_requirements_answer_cites_only_the_roles_requirements(answerer):
    answer = answerer.ask("顾问服务专员的任职要求有哪些?")
    assert [i.text for i in answer.items][:2] == ["本科及以上学历;", "专业不限;"]
    # Other profiles repeat "本科及以上学历" and "专业不限"; they are not copies of this list.
    assert _cited(answer) == {(F000, 323), (F000, 325), (F000, 327)}
    assert "综合" not in answer.text


@pytest.mark.slow
def test_requirements_answer_has_no_duty_items(answerer):
    answer = answerer.ask("市场开发专员需要什么条件?")
    assert answer.intent.value == "qualification"
    assert _cited(answer) <= _lines(F000, 443, 451)
    assert not any("客户开发" in i.text or "客户指导" in i.text for i in answer.items)


@pytest.mark.slow
def test_duty_question_without_a_cue_word_is_not_answered_with_requirements(answerer):
    # No duty word ("怎么开发客户"): sentences are chosen, but never from the 任职要求 section.
    answer = answerer.ask("市场开发专员平时怎么开发客户?")
    assert not answer.refused
    assert not _cited(answer) & _lines(F000, 441, 451)
    assert (F000, 455) in _cited(answer)


# --- the part of a list a question asks about ----------------------------------------------------


@pytest.mark.slow
def test_question_about_part_of_a_duty_list_gets_that_part(answerer):
    answer = answerer.ask("行政助理在办公用品和考勤方面要负责什么?")
    assert len(answer.items) == 2
    assert _cited(answer) == {(F000, 473), (F000, 475)}
    assert "共 7 条" in answer.text and "「行政助理的岗位职责是什么？」" in answer.text


@pytest.mark.slow
def test_question_asking_for_all_duties_keeps_the_whole_list(answerer):
    # It names one duty (出市代表) but also asks for the duties as such.
    answer = answerer.ask("财务专员除了做账,还要当出市代表吗?具体负责哪些?")
    assert len(answer.items) == 4
    assert _cited(answer) == {(F000, n) for n in (397, 399, 401, 403)}


# --- sentences: the passage that answers, not the corpus around it -------------------------------


@pytest.mark.slow
def test_quoted_term_answers_from_the_section_it_titles(answerer):
    answer = answerer.ask("“信息反馈”这项指标按什么原则评分?")
    assert not answer.refused
    assert answer.citations[0].line_start == 173
    assert "可开发业务项目的数量和质量" in answer.text
    # "标准:差:0-8分;" also stands under "基础工作" (163): a different statement, not a copy.
    assert _cited(answer) <= _lines(F001, 171, 175)


@pytest.mark.slow
def test_scorecard_is_not_listed_for_a_question_about_one_measure(answerer):
    answer = answerer.ask("支行网点的平衡计分卡为了促进柜面业务分流增设了哪个指标?")
    assert "电子银行业务替代率" in answer.text
    assert (F001, 347) in _cited(answer)
    assert not _cited(answer) & _lines(F000, 59, 69)


@pytest.mark.slow
def test_scorecard_question_still_gets_all_four_dimensions(answerer):
    answer = answerer.ask("平衡计分卡有哪几个维度?")
    heads = [i.text.split("：")[0] for i in answer.items]
    assert heads[:4] == ["财务", "客户", "内部流程", "学习与成长"]


@pytest.mark.slow
def test_skill_words_do_not_make_a_role_question_out_of_scope(answerer):
    answer = answerer.ask("软件开发工程师要会什么编程语言,需要几年经验?")
    assert not answer.refused and answer.intent.value == "qualification"
    assert (F000, 553) in _cited(answer)
    assert answerer.ask("软件开发工程师会不会做红烧肉?").refused


# --- helpers -----------------------------------------------------------------------------------


def test_quoted_terms():
    from assistant.answer.relevance import quoted_terms

    assert quoted_terms('邮政大客户经理的"大客户服务和维护"这项指标怎么打分?') == ["大客户服务和维护"]
    assert quoted_terms("“三化三无”和「六包」指什么") == ["三化三无", "六包"]
    assert quoted_terms("没有引号的问题") == []


def test_squash_and_heading_core():
    from assistant.answer.text import heading_core, squash

    assert squash("“多、快、好、省”4个维度") == "多快好省4个维度"
    assert heading_core("(2)信息反馈:") == "信息反馈"
    assert heading_core("四、工作范围:") == "工作范围"


def test_clause_naming_quotes_only_the_role_s_clause():
    from assistant.answer.lists import _clause_naming

    text = "客户经理主要是银行与客户交流的桥梁,开拓市场分额。对私客户经理主要开展面向个人的金融业务,对公客户经理主要开展面向公司的金融业务!"
    assert _clause_naming(text, "对公客户经理") == "对公客户经理主要开展面向公司的金融业务"
    assert _clause_naming(text, "对私客户经理") == "对私客户经理主要开展面向个人的金融业务"
    assert _clause_naming("网格经理负责网格。", "网格经理") == "网格经理负责网格"


def test_skill_words_only_pass_for_a_described_roles_duties_or_requirements():
    from assistant.answer.understand import out_of_scope_reason

    question = "软件开发工程师要会什么编程语言?"
    assert out_of_scope_reason(question, has_role=True, skills_ok=True) is None
    assert out_of_scope_reason(question, has_role=True) == "other_domain"
    # A skill word does not excuse another topic in the same question.
    assert out_of_scope_reason("教师要会编程还是会做红烧肉?", has_role=True, skills_ok=True) == "other_domain"
