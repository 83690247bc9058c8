"""Answers never present another role's text as the asked role's: QA cases (柜员, 客服专员, 4S 店)."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.slow


def _lines(answer, prefix: str) -> set[int]:
    out: set[int] = set()
    for c in answer.citations:
        if c.file.startswith(prefix):
            out.update(range(c.line_start, c.line_end + 1))
    return out


def test_role_section_answers_for_a_role_without_a_requirements_list(answerer):
    answer = answerer.ask("想去银行当柜员,什么样的能力和证书比较吃香?")
    assert not answer.refused and answer.role == "柜员"
    assert _lines(answer, "002") >= {209, 210}
    assert "市场开发专员" not in answer.text


def test_role_without_requirements_says_so(answerer):
    answer = answerer.ask("客服专员的任职要求是什么?")
    first = answer.text.splitlines()[0]
    assert "只有岗位职责" in first and "没有任职要求" in first
    # Customer-file procedures (002:302-304) are not requirements of the role.
    assert not (_lines(answer, "002") & {302, 303, 304})


def test_other_role_list_names_whose_list_it_is(answerer):
    answer = answerer.ask("汽车4S店客户服务部经理应承担哪些职责?")
    first = answer.text.splitlines()[0]
    assert "语料中没有「汽车4S店客户服务部经理」" in first
    assert "最接近" in first


def test_pronoun_resolves_to_previous_role_for_tools(answerer):
    from assistant.answer.conversation import Conversation

    conv = Conversation()
    answerer.ask("大客户经理的岗位职责是什么?", conv)
    kpi = answerer.ask("给他设计KPI", conv)
    assert kpi.intent.value == "kpi_design" and kpi.role == "大客户经理"
    jd = answerer.ask("帮我写一份他的岗位说明书", conv)
    assert jd.intent.value == "jd_draft" and jd.role == "大客户经理"


def test_expand_beyond_previous_answer(answerer):
    from assistant.answer.conversation import Conversation

    conv = Conversation()
    first = answerer.ask("大客户经理的岗位职责是什么?", conv)
    answer = answerer.ask("第99条展开说说", conv)
    assert answer.refused and f"只有 {len(first.items)} 条" in answer.text
    assert answer.text != first.text


def test_footer_skips_label_for_refusals_and_tool_sources():
    from assistant.answer.render import footer_lines
    from assistant.models import Answer, Citation, Intent

    refusal = Answer(question="q", intent=Intent.jd_draft, text="请告诉我要起草哪个岗位的说明书", refused=False, timings={"total": 0.01})
    assert not any("毫秒" in line for line in footer_lines(refusal))
    cite = Citation(id=1, file="a.txt", line_start=1, line_end=1, quote="x")
    jd = Answer(question="q", intent=Intent.jd_draft, text="正文 [1]\n\n## 出处附录\n\n[1] a.txt", citations=[cite], timings={"total": 0.01})
    lines = footer_lines(jd)
    assert "出处：" not in lines and any("毫秒" in line for line in lines)
