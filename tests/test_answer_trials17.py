"""Question forms met on the round 17 blind trials (follow-ups over corpus-extra, a city bank, a
live-streaming company), written here from scratch for a dairy company: a follow-up with a few words
of its own ("英文得考过几级", "四十五岁还能去吗"), a verb phrase that ends like a post ("才能上岗"), a
title that begins like a verb (招商经理), a post named by its head and a word starting with 最
("审批岗最低要啥学历"), and a post described only by table rows that an FAQ describes in words."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_POSTS = """牧原乳业岗位说明书

一、外贸专员
直接上级：国际业务部经理
岗位职责：
1、开发东南亚经销商；
2、跟进出口单证和报关。
任职要求：
1、本科及以上学历，国际贸易专业；
2、英语六级以上，能用英语谈判；
3、两年以上外贸工作经验。

二、冷链司机
直接上级：车队长
岗位职责：
1、驾驶冷藏车配送门店；
2、出车前检查冷机温度。
任职要求：
1、持B2驾驶证；
2、年龄45岁以下；
3、三年以上货车驾驶经验。

三、配方审批岗
直接上级：研发总监
岗位职责：
1、审批新品配方和配料表；
2、复核营养成分标签。
任职要求：
1、硕士及以上学历，食品科学专业；
2、五年以上乳品研发经验。
"""

_LEVELS = """岗位,序列,职级,直接上级
工厂厂长,管理序列,M4,生产副总裁
车间主任,管理序列,M2,工厂厂长
"""

_FAQ = """<html><body><h1>员工常见问题</h1>
<details><summary>工厂厂长主要管什么？</summary>
<p>工厂厂长全面负责工厂的安全生产、质量和成本，组织完成年度产量计划。</p></details>
<details><summary>夜班有补贴吗？</summary><p>夜班每晚补贴50元。</p></details>
</body></html>
"""


@pytest.fixture(scope="module")
def dairy_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    files = {"岗位说明书.txt": _POSTS, "职级表.csv": _LEVELS, "员工常见问题.html": _FAQ}
    return indexed_services(tmp_path_factory, settings_factory, "dairy", files)


def test_a_follow_up_with_a_few_words_of_its_own_stays_on_the_post(dairy_services) -> None:  # type: ignore[no-untyped-def]
    _, english = _ask(dairy_services, "外贸专员主要做什么", "英文得考过几级")
    assert not english.refused and "英语六级" in unescape_md(english.text), english.text
    _, age = _ask(dairy_services, "冷链司机要什么条件", "四十五岁还能去吗")
    assert not age.refused and "45岁" in unescape_md(age.text), age.text


def test_a_verb_phrase_that_ends_like_a_post_is_none(dairy_services) -> None:  # type: ignore[no-untyped-def]
    _, qualified = _ask(dairy_services, "冷链司机每天干啥", "那他要什么条件才能上岗")
    text = unescape_md(qualified.text)
    assert not qualified.refused and "B2驾驶证" in text, text


def test_a_title_that_begins_like_a_verb_keeps_it(dairy_services) -> None:  # type: ignore[no-untyped-def]
    (answer,) = _ask(dairy_services, "招商经理主要是干嘛的")
    assert answer.refused, answer.text  # the company describes no such post
    assert "「商经理」" not in answer.text and "招商经理" in unescape_md(answer.text)


def test_a_post_named_by_its_head_before_a_word_starting_with_zui(dairy_services) -> None:  # type: ignore[no-untyped-def]
    _, approver = _ask(dairy_services, "外贸专员要几年经验", "审批岗最低要啥学历")
    assert approver.role == "配方审批岗" and "硕士" in unescape_md(approver.text), approver.text


def test_a_post_known_from_table_rows_is_described_by_an_faq(dairy_services) -> None:  # type: ignore[no-untyped-def]
    (duties,) = _ask(dairy_services, "工厂厂长的主要职责是啥")
    text = unescape_md(duties.text)
    assert not duties.refused and "安全生产" in text, text
    (none,) = _ask(dairy_services, "车间主任的主要职责是啥")
    assert none.refused  # a row of the table says nothing of its duties, and nothing else does
