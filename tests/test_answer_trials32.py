"""Questions met on the round 32 blind trials (new corpus-extra conversations, an insurance branch,
new shipped-corpus questions), written here from scratch for a car-rental company: a comparison
asked as "跟X比，…", two requirements named in everyday words ("文化程度和所学专业", "学历和经历")."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_JD = """岗位说明书
一、验车员
所属部门：运营部
直接上级：运营主管
岗位职责：
1. 还车时检查车身划痕与内饰
2. 拍照记录车身划痕，并在验车单上标注划痕位置和尺寸
3. 填写验车单并交客户签字
任职要求：
1. 中专及以上学历，汽车维修专业
2. 2年以上验车或汽修工作经历
二、调度专员
所属部门：运营部
任职要求：
1. 大专及以上学历，物流管理专业
2. 5年以上车辆调度工作经历
三、运营经理
所属部门：运营部
直接下级：验车员、调度专员
岗位职责：
1. 制定门店车辆运营计划
"""


@pytest.fixture(scope="module")
def rental_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    return indexed_services(tmp_path_factory, settings_factory, "rental", {"岗位说明书.txt": _JD})


def test_a_comparison_asked_as_set_against_another_post(rental_services) -> None:  # type: ignore[no-untyped-def]
    # "跟调度专员比，两人谁要求的工作年限长": both posts' requirements, not the one named last
    _, answer = _ask(rental_services, "验车员要几年经验", "跟调度专员比，两人谁要求的工作年限长")
    text = unescape_md(answer.text)
    assert "2年以上" in text and "5年以上" in text, text


def test_two_requirements_in_everyday_words(rental_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(rental_services, "验车员对文化程度和所学专业有讲究吗")
    text = unescape_md(answer.text)
    assert "中专及以上学历" in text and "汽车维修专业" in text, text
    answer, = _ask(rental_services, "调度专员的学历和经历要求")
    text = unescape_md(answer.text)
    assert "大专及以上学历" in text and "5年以上" in text, text


def test_an_item_pointed_at_by_a_word_two_items_use(rental_services) -> None:  # type: ignore[no-untyped-def]
    # "划痕那一项": items 1 and 2 both say 划痕; item 2 is about it (says it twice)
    _, answer = _ask(rental_services, "验车员平时负责哪些事", "划痕那一项再细说一下")
    assert "第 2 条" in unescape_md(answer.text) and not answer.refused, answer.text


def test_a_reporting_line_asked_as_who_supervises(rental_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(rental_services, "验车员受谁的监督？")
    assert answer.attribute == "reports_to" and "运营主管" in unescape_md(answer.text), answer.text


def test_an_ordinal_points_at_a_post_the_last_answer_listed(rental_services) -> None:  # type: ignore[no-untyped-def]
    # "运营经理下面有哪些岗位" then "第一个的职责说一下": the first subordinate's duties
    _, answer = _ask(rental_services, "运营经理下面有哪些岗位", "第一个的职责说一下")
    assert answer.role == "验车员" and "验车单" in unescape_md(answer.text), answer.text
