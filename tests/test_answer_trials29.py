"""Layouts and question forms met on the round 29 blind trials (a testing laboratory, an eyewear
chain, conversations over corpus-extra), written here from scratch for a water-quality lab: a
quality manual whose part "岗位职责" numbers its posts with their lists right under them, a staff
list whose rows are people (not posts), a department KPI sheet whose indicator names carry a
footnote mark, and follow-ups that count from the end or by an item's number, or go back to the
post before."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_MANUAL = """清源水质检测中心 质量手册
第4章 管理要求
4.2.3 岗位职责
4.2.3.1 检测员
a) 按标准方法实施检测；
b) 如实填写原始记录；
c) 发现结果异常立即报告部门负责人。
4.2.3.2 样品管理员
a) 负责样品的接收和登记；
b) 管理留样室，留样期不少于6个月。
4.2.4 人员监督：检测员接受检测部部长的指挥和监督。
"""

_STAFF = """工号,姓名,部门,岗位,学历,专业
QY01,张三,检测部,检测员,博士,分析化学
QY02,李四,检测部,样品管理员,中专,化工
"""


_RULES = """实验室安全守则
二、安全职责
（一）安全员：
    1. 每日下班前检查水、电、气；
    2. 每月组织一次安全检查。
（二）实验员：
    1. 进入实验区须穿实验服；
    2. 实验结束后关闭气瓶总阀。
三、危险化学品管理
1. 剧毒品实行双人保管、双人领用。
"""

_KPI = """部门,指标名称,权重,目标值
检测部,报告差错率①,50%,≤0.3%
检测部,报告及时率,50%,≥98%
样品部,报告差错率①,40%,≤0.5%
样品部,样品积压数,60%,≤10批
"""


@pytest.fixture(scope="module")
def lab_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    files = {"质量手册.txt": _MANUAL, "人员档案.csv": _STAFF, "部门KPI.csv": _KPI, "安全守则.txt": _RULES}
    return indexed_services(tmp_path_factory, settings_factory, "waterlab", files)


def test_numbered_posts_under_a_part_of_duties(lab_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(lab_services, "样品管理员干哪些活")
    text = unescape_md(answer.text)
    assert answer.role == "样品管理员" and "留样室" in text and "原始记录" not in text, (answer.role, text)


def test_a_staff_lists_rows_are_people_not_posts(lab_services) -> None:  # type: ignore[no-untyped-def]
    services = lab_services
    profiles = services.chat.c.assistant().snapshot.profiles_of("检测员")
    assert profiles and all(p.span.file != "人员档案.csv" for p in profiles), [p.span.file for p in profiles]
    answer, = _ask(services, "检测员的岗位职责")
    assert "原始记录" in answer.text and "博士" not in answer.text, answer.text


def test_items_counted_from_the_end_or_by_their_number(lab_services) -> None:  # type: ignore[no-untyped-def]
    *_, back = _ask(lab_services, "检测员平时做什么", "倒过来数第二条是啥意思")
    assert "原始记录" in back.text and "异常" not in back.text.split("：", 1)[0], back.text
    *_, numbered = _ask(lab_services, "检测员平时做什么", "编号3的那条具体指什么")
    assert "异常" in numbered.text and not numbered.refused, numbered.text
    *_, pointed = _ask(lab_services, "检测员平时做什么", "排第三的是哪条")
    assert "异常" in pointed.text and "原始记录" not in pointed.text, pointed.text


def test_going_back_to_the_post_before(lab_services) -> None:  # type: ignore[no-untyped-def]
    *_, back = _ask(lab_services, "检测员平时做什么", "样品管理员呢", "切回前一个岗位，第一条具体指什么")
    assert "标准方法" in back.text, back.text


def test_an_indicator_named_without_its_footnote_mark_for_one_department(lab_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(lab_services, "样品部的报告差错率目标定的多少？")
    text = unescape_md(answer.text)
    assert "≤0.5%" in text and "≤0.3%" not in text, text


def test_a_part_numbered_above_ends_the_post_opened_below_it(lab_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(lab_services, "实验员的职责是什么")
    text = unescape_md(answer.text)
    assert "实验服" in text and "双人保管" not in text, text
