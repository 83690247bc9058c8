"""Question forms met on the round 18 blind trials (follow-ups over corpus-extra, a county hospital, a
power supply company, new questions over the shipped corpus), written here from scratch for a water
park: English words in a follow-up ("duties呢"), "算加分吗" about a requirement, a topic that a handbook
says it leaves out, a post named by the last word of its title (检票 of 闸口检票), words of a sentence
before a title ("听说…觉得救生员"), "两个岗" compared, the age asked as 年纪, the boss as "上面是谁在管",
a meal as 员工餐, and a post named by a bare title word after a verb ("分到深水区当救生员")."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_POSTS = """浪花水上乐园岗位说明书

一、深水区救生员
直接上级：救生队长
岗位职责：
1、在深水区岗亭值守，观察泳客动态；
2、发现溺水立即施救并报告队长；
3、每小时记录一次水质读数。
任职要求：
1、持救生员国家职业资格证书；
2、年龄18-35岁；
3、有泳池救生经验者优先，酒店泳池经验算加分。
薪资：4000-5000元/月。
福利：提供员工餐和夏季高温补贴。

三、水质化验员
直接上级：设备主管
岗位职责：
1、每两小时检测余氯和pH值；
2、填写水质日报。
任职要求：
（一）基本条件
1、大专及以上学历，化学相关专业；
2、一年以上化验工作经验；
3、持化验员证。
（二）基本素养
1、细心负责；
2、能适应早班；
3、服从夜间应急调度。

二、闸口检票
直接上级：票务主管
岗位职责：
1、核验门票和年卡；
2、引导游客有序入园。
任职要求：
1、高中及以上学历；
2、普通话标准。
"""

_HANDBOOK = """浪花水上乐园员工手册（安全篇）

一、适用范围
本篇适用于全体在园员工。

二、本篇不涉及的内容
本篇只规定安全规范。薪资标准、年终奖和年假天数均不在本篇范围内，请咨询人力资源部。

三、安全规范
园区另设售票员、保洁员等岗位，由外包公司派驻。
1、雷雨天气立即清场。
2、禁止员工在营业时间下水游泳。
"""


@pytest.fixture(scope="module")
def park_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    files = {"岗位说明书.txt": _POSTS, "员工手册.txt": _HANDBOOK}
    return indexed_services(tmp_path_factory, settings_factory, "park", files)


def test_english_words_in_a_follow_up(park_services) -> None:  # type: ignore[no-untyped-def]
    _, duties, requirements = _ask(park_services, "深水区救生员要什么条件", "duties呢", "requirements呢")
    assert duties.intent.value == "duty" and "岗亭值守" in unescape_md(duties.text), duties.text
    assert requirements.intent.value == "qualification" and "救生员国家职业资格证书" in unescape_md(requirements.text)


def test_counts_as_a_plus_is_a_requirement_not_a_score(park_services) -> None:  # type: ignore[no-untyped-def]
    _, plus = _ask(park_services, "深水区救生员的任职要求", "酒店泳池的经验算加分吗")
    assert not plus.refused and plus.intent.value != "kpi", plus.text
    assert "酒店泳池经验算加分" in unescape_md(plus.text)


def test_a_topic_the_handbook_says_it_leaves_out_is_not_stated(park_services) -> None:  # type: ignore[no-untyped-def]
    (leave,) = _ask(park_services, "入职以后年假一共几天")
    assert leave.refused and "没有写明" in leave.text, leave.text
    (rule,) = _ask(park_services, "雷雨天气员工要怎么处理")
    assert not rule.refused and "清场" in unescape_md(rule.text), rule.text  # what it does state is answered


def test_a_post_named_by_the_last_word_of_its_title(park_services) -> None:  # type: ignore[no-untyped-def]
    (answer,) = _ask(park_services, "我们乐园的检票每天都忙些啥")
    assert answer.role == "闸口检票" and "核验门票" in unescape_md(answer.text), answer.text


def test_words_of_a_sentence_before_a_title_name_no_narrower_post(park_services) -> None:  # type: ignore[no-untyped-def]
    (answer,) = _ask(park_services, "听说领导觉得深水区救生员很辛苦，具体职责有哪些")
    assert answer.role == "深水区救生员" and answer.caveat is None, (answer.role, answer.caveat)
    assert "岗亭值守" in unescape_md(answer.text)


def test_two_posts_compared_as_liang_ge_gang(park_services) -> None:  # type: ignore[no-untyped-def]
    _, _, both = _ask(park_services, "深水区救生员要什么条件", "闸口检票呢", "两个岗哪个要求高")
    text = unescape_md(both.text)
    assert not both.refused and "救生员国家职业资格证书" in text and "普通话标准" in text, both.text


def test_age_as_nianji_boss_as_who_is_above_and_a_staff_meal(park_services) -> None:  # type: ignore[no-untyped-def]
    _, age, boss, meal = _ask(park_services, "深水区救生员做什么", "对年纪有限制没", "他上面是谁在管", "有员工餐吗")
    assert "18-35岁" in unescape_md(age.text), age.text
    assert boss.attribute == "reports_to" and "救生队长" in unescape_md(boss.text), boss.text
    assert "员工餐" in unescape_md(meal.text), meal.text


def test_a_bare_title_word_after_a_verb_names_the_one_post_ending_so(park_services) -> None:  # type: ignore[no-untyped-def]
    (answer,) = _ask(park_services, "刚分到深水区当救生员，每天要干哪些活")
    assert answer.role == "深水区救生员" and "岗亭值守" in unescape_md(answer.text), answer.text


def _chart(corpus) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["B1"] = "浪花水上乐园组织架构图"
    ws["B3"] = "总经理"
    ws.merge_cells("B3:E3")
    ws["B5"], ws["D5"] = "副总经理（分管运营）", "副总经理（分管行政）"
    ws.merge_cells("B5:C5")
    ws.merge_cells("D5:E5")
    ws["B7"], ws["C7"], ws["D7"], ws["E7"] = "运营部", "安保部", "财务部", "人事部"
    wb.save(str(corpus / "组织架构图.xlsx"))


@pytest.fixture(scope="module")
def chart_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    posts = ("岗位编码,岗位名称,所属部门,岗位职责\nP1,副总经理（分管运营）,公司领导,分管运营部和安保部\n"
             "P2,副总经理（分管行政）,公司领导,分管财务部和人事部\n")
    return indexed_services(tmp_path_factory, settings_factory, "chart", {"岗位.csv": posts}, write=_chart)


def test_subordinates_from_a_chart_drawn_in_cells_of_the_post_its_qualifier_names(chart_services) -> None:  # type: ignore[no-untyped-def]
    (admin,) = _ask(chart_services, "分管行政的副总经理下面管哪几个部门")
    text = unescape_md(admin.text)
    assert admin.role == "副总经理(分管行政)" and "财务部" in text and "人事部" in text, admin.text
    assert "运营部" not in text


def test_an_ordinal_counted_within_the_sub_heading_it_names(park_services) -> None:  # type: ignore[no-untyped-def]
    _, third = _ask(park_services, "水质化验员要什么条件", "基本素养第三点说的啥")
    assert "夜间应急调度" in unescape_md(third.text), third.text


def test_a_part_of_pay_the_post_does_not_state(park_services) -> None:  # type: ignore[no-untyped-def]
    (bonus,) = _ask(park_services, "深水区救生员年终奖能拿多少")
    assert bonus.refused and "没有写明" in bonus.text, bonus.text  # the handbook says it leaves 年终奖 out
    (meal,) = _ask(park_services, "深水区救生员有餐补吗")
    assert meal.refused and "没有写明餐补" in meal.text and "员工餐" in unescape_md(meal.text), meal.text
    (pay,) = _ask(park_services, "深水区救生员工资多少")
    assert not pay.refused and "4000-5000" in unescape_md(pay.text), pay.text


def test_indicators_of_a_post_only_named(park_services) -> None:  # type: ignore[no-untyped-def]
    (kpis,) = _ask(park_services, "售票员的KPI一般怎么定")
    assert kpis.refused and "只提到了" in kpis.text, kpis.text
