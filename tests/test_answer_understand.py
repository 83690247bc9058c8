"""Understanding a question: intent cues, attributes, follow-ups (no corpus needed beyond a tiny one)."""

from __future__ import annotations

import pytest

from assistant.answer.understand import IntentClassifier, PreviousTurn, quoted_terms, understand
from assistant.lexicon import load_lexicon
from assistant.models import Intent
from tests.test_answer_roles import _profile, _snapshot


@pytest.fixture(scope="module")
def snap():
    return _snapshot(_profile("仓库管理员"), _profile("出纳"), _profile("门店店长"))


@pytest.fixture(scope="module")
def classifier():
    return IntentClassifier(load_lexicon(None))


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("仓库管理员每天要做什么?", Intent.duty),
        ("应聘出纳需要满足什么条件", Intent.qualification),
        ("门店店长的KPI有哪些", Intent.kpi),
        ("什么是平衡计分卡?", Intent.method),
        ("帮我起草一份仓库管理员的岗位说明书", Intent.jd_draft),
        ("给门店店长设计5-7个KPI, 按平衡计分卡分维度, 给权重", Intent.kpi_design),
        ("出纳的直属上级是谁?", Intent.attribute),
    ],
)
def test_intent_cues(snap, classifier, question: str, intent: Intent) -> None:
    assert understand(question, snap, classifier).intent == intent


def test_several_requirement_attributes_ask_for_the_whole_list(snap, classifier) -> None:
    u = understand("出纳需要哪些专业和证书?", snap, classifier)
    assert u.intent == Intent.qualification and set(u.attributes) >= {"major", "certificate"}


def test_several_profile_facts_are_one_attribute_question(snap, classifier) -> None:
    u = understand("门店店长在哪个城市上班? 工资多少?", snap, classifier)
    assert u.intent == Intent.attribute and set(u.attributes) == {"location", "pay"}


def _prev(role: str = "仓库管理员", intent: Intent = Intent.duty, items: int = 5) -> PreviousTurn:
    return PreviousTurn(question="x", intent=intent, role=role, asked_role=role, role_status="known", items=items)


@pytest.mark.parametrize(
    ("question", "intent", "attribute"),
    [
        ("那任职要求呢?", Intent.qualification, None),
        ("需要什么学历?", Intent.attribute, "education"),
        ("他的直属上司是谁?", Intent.attribute, "reports_to"),
        ("这个岗位的业绩怎么考核?", Intent.kpi, None),
    ],
)
def test_followups_keep_the_role(snap, classifier, question: str, intent: Intent, attribute: str | None) -> None:
    u = understand(question, snap, classifier, _prev(), _prev())
    assert u.role == "仓库管理员" and u.followup is not None
    assert u.intent == intent and u.attribute == attribute


def test_switching_the_role_keeps_the_question(snap, classifier) -> None:
    u = understand("换成门店店长呢?", snap, classifier, _prev(intent=Intent.qualification), None)
    assert u.role == "门店店长" and u.intent == Intent.qualification and u.followup == "switch"


def test_expand_and_more(snap, classifier) -> None:
    u = understand("第二条展开说说", snap, classifier, _prev(), _prev())
    assert u.followup == "expand" and u.expand_item == 2 and u.role == "仓库管理员"
    assert understand("还有吗?", snap, classifier, _prev(), _prev()).followup == "more"


def test_a_new_topic_is_not_a_followup(snap, classifier) -> None:
    for question in ("什么是平衡计分卡?", "明天北京天气怎么样", "你好"):
        u = understand(question, snap, classifier, _prev(), _prev())
        assert u.followup is None and u.role is None, question


def test_quoted_terms() -> None:
    assert quoted_terms('“大客户服务和维护”这项指标怎么打分') == ["大客户服务和维护"]
    assert quoted_terms('"多快好省"四个维度') == ["多快好省"]


def test_example_questions_never_start_a_drafting_tool() -> None:
    """Nearest examples may say "a duty question"; a tool runs only on an explicit request."""
    lexicon = load_lexicon(None)
    drafting = {ex for name, entry in lexicon.intents.intents.items() if entry.verbs for ex in entry.examples}
    duty_examples = set(lexicon.intents.intents["duty"].examples)

    def embed(texts: list[str]) -> list[list[float]]:
        # the question sits on the drafting examples, or on the duty examples
        return [[1.0, 0.0] if t in drafting or "档案" in t else [0.0, 1.0] if t in duty_examples or "忙些" in t
                else [0.6, 0.8] for t in texts]  # fmt: skip

    classifier = IntentClassifier(lexicon, embed=embed)
    assert classifier.classify("营业部聘用时要建立哪些档案材料?") == (None, "")
    assert classifier.classify("柜台那边平时都忙些啥") == (Intent.duty, "example")


@pytest.mark.parametrize(
    ("question", "indicator"),
    [
        ("提高客户满意度这个指标合理吗?", "提高客户满意度"),
        ("帮我看看「加强团队建设」作为考核指标合适吗", "加强团队建设"),
        ("请检查一下 按时完成率 这个KPI有没有问题", "按时完成率"),
        ("车辆调度员的岗位职责合理吗", None),  # no indicator named: not a SMART request
        ("员工满意度怎么算?", None),
    ],
)
def test_smart_requests_name_the_indicator(question: str, indicator: str | None) -> None:
    from assistant.answer.understand import smart_request

    assert smart_request(question, load_lexicon(None)) == indicator


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("拟一份收银员岗位职责和任职要求", Intent.jd_draft),  # a verb with a document's measure word
        ("整理一份理货员的岗位职责说明", Intent.jd_draft),
        ("出一套采购部的绩效考核表", Intent.kpi_design),
        ("仓储部考核表帮我做一下", Intent.kpi_design),  # the asking word and verb after the cue
        ("设计一个质检部的绩效考核表", Intent.kpi_design),
        ("这份岗位说明书的职责有哪些", Intent.duty),  # 一份 without a drafting verb: a question
        ("我们部门一份考核表有哪些指标", Intent.kpi),
        ("帮我写个理货员的职责说明", Intent.jd_draft),  # 职责说明 is a document too
        ("帮我弄一份收银员的职位说明", Intent.jd_draft),
        ("帮我写一下叉车司机的岗位职责和任职要求", Intent.jd_draft),  # 写一下: no measure word needed
        ("列一下理货员的考核指标, 4个就行", Intent.kpi_design),  # a count asked for: a design
        # a one-character verb inside a word ("出纳", "看看出…") and 请问 ask nothing to be drafted
        ("出纳的岗位说明书给我看看", None),
        ("请问出纳的岗位说明书有哪些内容", None),
        ("帮我看看出纳的考核指标", Intent.kpi),
        ("请问给财务部定的考核指标有哪些", Intent.kpi),
        ("帮我做出纳的岗位说明书", Intent.jd_draft),  # the verb right after the asking word
    ],
)
def test_drafting_requests_in_other_words(classifier, question: str, intent: Intent | None) -> None:
    found = classifier.classify(question)[0]
    if intent is None:  # anything but a drafting request
        assert found not in (Intent.jd_draft, Intent.kpi_design), question
    else:
        assert found == intent


def test_a_count_is_a_number_of_indicators_not_any_number() -> None:
    from assistant.answer.understand import _count

    lexicon = load_lexicon(None)
    assert _count("设计一个质检部的绩效考核表", lexicon) is None  # one table, not one indicator
    assert _count("给店长设计5-7个KPI,按平衡计分卡分维度", lexicon) == 5
    assert _count("设计三项考核指标", lexicon) == 3
    assert _count("再给我6个", lexicon) == 6
    assert _count("列一下理货员的考核指标, 三个就行", lexicon) == 3
    assert _count("帮财务部挑5个合适的考核指标做个方案", lexicon) == 5  # a word and 的 between count and noun


@pytest.mark.parametrize(
    ("question", "small"),
    [("你好", True), ("怎么用?", True), ("你能做什么", True),
     ("怎么用SMART原则检验KPI", False), ("怎么用平衡计分卡分解指标", False)],
)
def test_only_a_question_about_the_assistant_is_smalltalk(classifier, question: str, small: bool) -> None:
    assert classifier.is_smalltalk(question) is small
