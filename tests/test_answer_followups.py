"""Two-turn conversations: ellipsis ("那任职要求呢?"), item expansion ("第二条展开说说"), refusals."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.slow


def _talk(answerer, *questions):
    from assistant.answer.conversation import Conversation

    conv = Conversation()
    return [answerer.ask(q, conv) for q in questions], conv


def _lines(answer, prefix: str) -> set[int]:
    out: set[int] = set()
    for c in answer.citations:
        if c.file.startswith(prefix):
            out.update(range(c.line_start, c.line_end + 1))
    return out


def test_then_qualifications_of_the_same_role(answerer):
    (first, second), conv = _talk(answerer, "大客户经理主要干什么?", "那任职要求呢?")
    assert first.intent.value == "duty" and first.role == "大客户经理"
    assert second.intent.value == "qualification" and second.role == "大客户经理"
    assert second.items[0].text == "市场营销专业或相关专业本科以上学历。"
    assert _lines(second, "004") >= set(range(150, 155))
    assert len(conv.turns) == 2 and conv.turns[1].understanding.followup


def test_expand_second_item(answerer):
    (first, second), _ = _talk(answerer, "快递业务员做哪些事?", "第二条展开说说")
    assert first.items[1].text.startswith("执行业务操作流程")
    assert second.intent.value == "duty"
    assert "第2条" in second.text
    assert "执行业务操作流程,准时送达快件,指导客户填写相关资料并及时取回" in second.text
    assert {(c.file, c.line_start) for c in second.citations} == {("000_9eeea241028b3f98.txt", 607)}


def test_expand_item_of_a_method_list(answerer):
    (first, second), _ = _talk(answerer, "做好个人客户经理工作需要注意哪几点?", "第二点展开讲讲")
    assert len(first.items) == 3
    assert "学全业务" in second.text and "学通业务" in second.text
    assert 89 in _lines(second, "004")


def test_this_role_then_requirements(answerer):
    (first, second), _ = _talk(answerer, "期货公司行政助理主要负责什么?", "那招这个岗位对应聘者有什么要求?")
    assert first.role == "行政助理"
    assert second.intent.value == "qualification" and second.role == "行政助理"
    assert any("普通话标准" in i.text for i in second.items)
    assert _lines(second, "000") >= {483, 493}


def test_then_another_role(answerer):
    (first, second), _ = _talk(answerer, "养生会所店长要负责哪些事?", "那营销总监呢?")
    assert first.role == "连锁养生会所店长"
    assert second.intent.value == "duty" and second.role == "养生会所营销总监"
    assert _lines(second, "001") & set(range(31, 62))
    assert not (_lines(second, "001") & set(range(13, 28)))


def test_then_a_role_the_corpus_lacks(answerer):
    (first, second), _ = _talk(answerer, "商场的客服专员每天要做什么?", "那医院护士的职责呢?")
    assert not first.refused
    assert second.refused and "护士" in second.text


def test_follow_up_question_uses_the_previous_topic(answerer):
    (first, second), _ = _talk(answerer, "信用社2万元以上的贷款出了问题,责任怎么分?", "要是上级领导干预发放的贷款呢,谁担责?")
    assert 18 in _lines(first, "002")
    assert 19 in _lines(second, "002")
    assert "谁顶不住发放的,谁是第一责任人" in second.text


def test_refusal_does_not_break_the_thread(answerer):
    (_, refused, third), _ = _talk(answerer, "人力资源专员的职责有哪些?", "那护士呢?", "那任职要求呢?")
    assert refused.refused
    assert third.intent.value == "qualification" and third.role == "人力资源专员"
    assert third.items[0].text.startswith("本科及以上学历")


def test_without_context_the_role_is_asked_for(answerer):
    (answer,), _ = _talk(answerer, "那任职要求呢?")
    assert answer.refused and "哪个岗位" in answer.text
