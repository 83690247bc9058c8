"""The LLM guard on its own: each failure class, the pieces it is judged on, and what always passes.

Synthetic drafts here (fast, no index); the regression over real drafts of the shipped corpus is in
``test_answer_llm_drafts.py``.
"""

from __future__ import annotations

import pytest

from assistant.answer.guard import Reference, check_reply, draft_caveats, pieces, quantities

CAVEAT = "知识库中没有「对公客户经理」的专门资料，以下是「客户经理」的内容，仅供参考。"
DRAFT = f"""{CAVEAT}

**客户经理**（《客户经理岗位职责集锦9篇》·范文2）的任职要求：
1. 本科及以上学历,3年以上银行工作经验; [1]
2. 熟悉信贷业务流程,持有银行从业资格证书,从事信贷工作2年以上; [2]
3. 不得在其他单位兼职。 [3]
（共 5 条，此处列出前 3 条）"""
EVIDENCE = {
    1: "1、本科及以上学历,3年以上银行工作经验;",
    2: "2、熟悉信贷业务流程,持有银行从业资格证书,从事信贷工作2年以上;",
    3: "3、不得在其他单位兼职。",
}
LABELS = ("（000_9eeea241028b3f98.txt，第 12–14 行）", "000_9eeea241028b3f98.txt", "第 12–14 行")
REWRITE = """知识库里没有「对公客户经理」的专门资料，下面是「客户经理」的要求，仅供参考：
1. 学历要求本科或以上，并且要有3年以上的银行工作经验 [1]
2. 要熟悉信贷业务的流程，持有银行从业资格证书，做过2年以上信贷工作 [2]
3. 不能在其他单位兼职 [3]
原文共 5 条，这里列出了前 3 条。"""


def ref(draft: str = DRAFT, evidence: dict[int, str] | None = None) -> Reference:
    return Reference(draft=draft, evidence=evidence or EVIDENCE, caveats=draft_caveats(draft), labels=LABELS)


def verdict(reply: str, reference: Reference | None = None):
    return check_reply(reply, reference or ref())


def test_the_draft_itself_and_a_faithful_plain_rewrite_pass():
    assert verdict(DRAFT).ok, verdict(DRAFT).reason
    result = verdict(REWRITE)
    assert result.ok, result.reason
    assert result.cited == [1, 2, 3]


def test_draft_caveats_are_found_in_the_text():
    assert draft_caveats(DRAFT) == (CAVEAT,)
    # an explicit caveat is kept once, not twice
    assert draft_caveats(DRAFT, [CAVEAT, None]) == (CAVEAT,)


@pytest.mark.parametrize(
    ("reply", "check", "words"),
    [
        ("", "empty", ["回答为空"]),
        ("[1] [2][3]", "markers_only", ["只有出处编号"]),
        ("[1]（000_9eeea241028b3f98.txt，第 12–14 行）\n[2]", "markers_only", ["只有出处编号"]),
        ("客户经理要本科学历，有银行工作经验。", "no_citation", ["没有标注出处"]),
        (REWRITE.replace("[3]", "[9]"), "unknown_citation", ["[9]"]),
    ],
)
def test_replies_without_grounded_prose_fail(reply, check, words):
    result = verdict(reply)
    assert not result.ok and result.check == check
    assert all(w in result.reason for w in words), result.reason


def test_invented_facts_without_digits_fail():
    latin = verdict(REWRITE.replace("原文共", "4. 必须持有 CPA 证书 [1]\n原文共"))
    assert latin.check == "unsupported" and "CPA" in latin.reason.upper() and "[1]" in latin.reason
    chinese = verdict(REWRITE.replace("原文共", "4. 必须持有注册会计师证书 [1]\n原文共"))
    assert chinese.check == "unsupported" and "第 4 条" in chinese.reason
    appended = verdict(REWRITE.replace("银行工作经验 [1]", "银行工作经验，还要会说流利的英语和日语 [1]"))
    assert appended.check == "unsupported" and "英语" in appended.reason
    uncited = verdict(REWRITE + "\n另外，公司要求员工持有注册会计师证书。")
    assert uncited.check == "uncited"


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        ("3年以上的银行", "五年以上的银行", "五年"),  # a Chinese numeral that changes the fact
        ("3年以上的银行", "3个月以上的银行", "3个月"),  # the same digit with another unit
        ("做过2年以上", "做过2.5年以上", "2.5年"),
    ],
)
def test_changed_numbers_fail_and_say_what_the_source_has(old, new, shown):
    result = verdict(REWRITE.replace(old, new))
    assert result.check == "number", result.reason
    assert shown in result.reason and "资料中为" in result.reason


def test_numbers_are_checked_per_cited_source():
    # both numbers exist in the evidence, but each moved to the other source
    swapped = REWRITE.replace("3年以上的银行", "2年以上的银行").replace("做过2年以上", "做过3年以上")
    result = verdict(swapped)
    assert [p.check for p in result.problems] == ["number", "number"], result.problems
    assert "第 1 条的数字「2年」与所引资料 [1] 不符（资料中为：3年" in result.problems[0].message
    assert "第 2 条的数字「3年」与所引资料 [2] 不符（资料中为：2年" in result.problems[1].message
    # the same fact written with a Chinese numeral is the same number
    assert verdict(REWRITE.replace("3年以上的银行", "三年以上的银行")).ok


def test_the_drafts_own_counts_and_titles_are_not_invented_numbers():
    assert verdict(REWRITE.replace("原文共 5 条", "《客户经理岗位职责集锦9篇》原文共 5 条")).ok
    assert verdict("以下 3 条：\n" + REWRITE).ok
    assert verdict(REWRITE + "\n一般要工作满 7 年。").check == "uncited"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("不能在其他单位兼职", "可以在其他单位兼职"),  # a dropped prohibition
        ("要熟悉信贷业务的流程", "不需要熟悉信贷业务的流程"),  # an added negation
    ],
)
def test_flipped_negations_fail(old, new):
    result = verdict(REWRITE.replace(old, new))
    assert result.check == "negation", result.reason
    assert "资料原文" in result.reason


def test_negation_synonyms_and_words_that_only_contain_a_cue_pass():
    assert verdict(REWRITE.replace("不能在其他单位兼职", "禁止在其他单位兼职")).ok
    assert verdict(REWRITE.replace("要熟悉信贷业务的流程", "要不断熟悉信贷业务的流程")).ok


def test_dropped_items_and_caveats_fail():
    dropped = verdict(REWRITE.replace("3. 不能在其他单位兼职 [3]\n", ""))
    assert dropped.check == "dropped_item" and "[3]" in dropped.reason and "第 3 条" in dropped.reason
    no_caveat = verdict(REWRITE.split("\n", 1)[1])
    assert no_caveat.check == "caveat" and "对公客户经理" in no_caveat.reason
    # naming the asked role without saying the knowledge base lacks it is not keeping the caveat
    flipped = verdict(REWRITE.replace("知识库里没有「对公客户经理」的专门资料，", "这是「对公客户经理」的资料，"))
    assert flipped.check == "caveat"


def test_a_paraphrased_caveat_is_kept():
    reply = REWRITE.replace(
        "知识库里没有「对公客户经理」的专门资料，下面是「客户经理」的要求，仅供参考：",
        "资料库里暂时没有对公客户经理的专门介绍，下面给你看的是客户经理的要求，供你参考：",
    )
    assert verdict(reply).ok, verdict(reply).reason


def test_prompt_labels_echoed_by_the_model_are_never_content_nor_numbers():
    echoed = REWRITE.replace("[1]", "[1]（000_9eeea241028b3f98.txt，第 12–14 行）").replace(
        "[2]", "（出处：000_9eeea241028b3f98.txt 第 20-21 行）[2]"
    )
    result = verdict(echoed)
    assert result.ok, result.reason
    assert "第 12–14 行" not in "".join(p.text for p in pieces(echoed, LABELS))


def test_every_problem_is_reported_first_one_as_the_reason():
    reply = REWRITE.replace("3年以上的银行", "五年以上的银行").replace("3. 不能在其他单位兼职 [3]\n", "")
    result = verdict(reply)
    assert {p.check for p in result.problems} >= {"number", "dropped_item"}
    assert "另有" in result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3年以上工作经验", [(3, "year")]),
        ("五年以上", [(5, "year")]),
        ("两个月试用期", [(2, "month")]),
        ("百分之三十", [(30, "percent")]),
        ("权重 30%", [(30, "percent")]),
        ("２万元以上", [(2, "wan")]),
        ("年龄25-35周岁", [(25, None), (35, "age")]),
        ("一定要统一，三是立足本职，第一条", []),  # words, ordinals
        ("作为一名新员工，你一天的工作", []),  # phrasing, not facts
        ("汽车4S店", []),
    ],
)
def test_quantities(text, expected):
    assert [(q.value, q.unit) for q in quantities(text)] == expected


def test_the_prompt_carries_only_evidence_the_draft_does_not_quote():
    from assistant.answer.llm import prompt_inputs
    from assistant.models import Answer, Citation, Intent

    answer = Answer(
        question="客户经理要什么资格?",
        intent=Intent.qualification,
        text=DRAFT,
        citations=[Citation(id=i, file="000_x.txt", line_start=10 + i, line_end=10 + i, quote=EVIDENCE[i], location=f"第 {10 + i} 行")
                   for i in EVIDENCE],  # fmt: skip
    )
    evidence = {**EVIDENCE, 3: EVIDENCE[3] + "\n4、违者按公司制度处理。"}
    inputs = prompt_inputs(answer, evidence)
    assert inputs["markers"] == "[1][2][3]"
    assert inputs["caveats"] == CAVEAT
    assert "[1]（000_x.txt，第 11 行）原文即参考答案中标 [1] 的各条" in inputs["evidence"]
    assert "[3]（000_x.txt，第 13 行）4、违者按公司制度处理。" in inputs["evidence"]
    assert "**" in inputs["draft"] and "\\" not in inputs["draft"]
