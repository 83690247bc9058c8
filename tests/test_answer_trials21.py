"""Question forms met on the round 21 blind trials (an elder-care group, an electronics factory, more
follow-ups over corpus-extra, new questions over the shipped corpus), written here from scratch for a
city bus company: a title word pointing back ("这个经理"), a topic of a post's work that a rule or a
procedure beside its duty list answers, a leave type no document names, working hours and days off
asked in everyday words, a KPI row's weight and scoring rule asked of "它", an ordinal into a named
list, a drafting request in the 把…写成 form, a short name the documents give a post, and a question
about whether a post is staffed; and from round 22 (a university, a cold-chain fleet): a post's grade
asked as "几级", and a post measured by its department's KPI sheet."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_POSTS = """城北公交集团岗位说明书

一、车队经理
所属部门：第一车队
岗位等级：管理八级
直接上级：运营副总
直接下级：车队队长、安全员
岗位职责：
1、制定车队月度运营计划；
2、组织驾驶员安全例会；
3、处理乘客投诉并跟进整改。
任职要求：
1、大专及以上学历；
2、5年以上公交运营管理经验。

二、车队队长
车队队长（俗称“车头”）负责本队驾驶员的日常管理。
岗位职责：
1、安排本队驾驶员排班；
2、检查车辆例保记录。
任职要求：
1、高中及以上学历；
2、持A1驾驶证，3年以上驾驶经验。

三、票务员
所属部门：票务中心
岗位职责：
1、清点每日票款；
2、办理IC卡充值与对账。
业绩标准：
1、票款差错为零；
2、对账及时率达100%。

五、稽查员
所属部门：票务中心
岗位职责：
1、上车查验票款；
2、记录逃票情况。

六、初级稽查员
任职要求：
1、高中及以上学历；
2、岗位津贴每月200元。

七、高级稽查员
任职要求：
1、从事稽查工作满5年；
2、岗位津贴每月600元。

四、公交驾驶员
所属部门：第一车队
岗位职责：
1、出车前检查车况；
2、按站点停靠并报站。
岗位福利：
- 休息安排：每月固定休息6天，节假日轮休。
- 工作时间：实行早晚两班制，早班5:30—13:30，晚班13:30—21:30。
"""

_MANUAL = """# 城北公交新驾驶员培训手册

## 一、公交驾驶员岗位职责

- 出车前检查车况并填写例保记录；
- 按站点停靠并报站；
- 收车后清洁车厢。

## 二、SOP-01 进出站作业

1. 距站台50米开启右转向灯并减速；
2. 车辆停稳后再开车门；
3. 确认乘客上下完毕、车门关闭后再起步。
"""

_HANDOVER = """城北公交交接班制度

1. 交接班时间为每日13:30，接班人员须提前10分钟到场。
2. 交班驾驶员须交清：车辆油量、故障情况及未处理的乘客遗失物品。
3. 车队队长每日抽查交接班记录。
"""

_HANDBOOK = """城北公交员工手册（节选）

第十条 病假：员工因病请假须提供医院证明。
第十一条 婚假：员工享受婚假13天。
"""

_KPI = """# 票务员考核表

| 指标名称 | 目标值 | 权重 |
| --- | --- | --- |
| 票款准确率 | 达到100%为10分;达到99%为8分;低于98%为0分 | 60% |
| 对账及时率 | 每延误一天扣2分 | 40% |
"""

_DEPT_KPI = """# 第一车队KPI考核表

| 序号 | KPI指标 | 权重 | 目标值 |
| --- | --- | --- | --- |
| 1 | 准点发车率 | 40% | ≥98% |
| 2 | 安全行车里程 | 20% | 无责任事故 |
| 3 | 乘客投诉率 | 20% | ≤0.1‰ |
| 4 | 单车油耗 | 20% | ≤定额 |
"""

_ESSAY = """网点服务的几点做法

未配备大堂经理的网点，由柜员轮流做好柜面业务分流引导。
大堂经理负责厅堂秩序维护和客户分流。
"""


@pytest.fixture(scope="module")
def bus_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    files = {"岗位说明书.txt": _POSTS, "驾驶员培训手册.md": _MANUAL, "交接班制度.txt": _HANDOVER, "员工手册.txt": _HANDBOOK,
             "票务员考核表.md": _KPI, "网点服务.txt": _ESSAY, "第一车队KPI考核表.md": _DEPT_KPI}
    return indexed_services(tmp_path_factory, settings_factory, "bus", files)


def test_a_title_word_points_back_to_the_post(bus_services) -> None:  # type: ignore[no-untyped-def]
    _, back = _ask(bus_services, "车队经理平时做什么", "这个经理向谁汇报")
    assert back.role == "车队经理" and "运营副总" in unescape_md(back.text), back.text


def test_a_topic_of_a_posts_work_from_a_rule_naming_it(bus_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(bus_services, "交接班的时候驾驶员要交代哪些东西")
    assert "车辆油量" in unescape_md(a.text), a.text


def test_a_procedure_beside_the_posts_duty_list(bus_services) -> None:  # type: ignore[no-untyped-def]
    first, step = _ask(bus_services, "公交驾驶员进出站作业的流程是什么", "第2步展开说说")
    assert "右转向灯" in unescape_md(first.text), first.text
    assert "车门" in unescape_md(step.text), step.text


def test_a_leave_type_no_document_names(bus_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(bus_services, "员工产假有几天")
    assert a.refused, a.text
    (b,) = _ask(bus_services, "婚假有几天")
    assert not b.refused and "13天" in unescape_md(b.text), b.text


def test_working_hours_and_days_off_in_everyday_words(bus_services) -> None:  # type: ignore[no-untyped-def]
    _, rest, shifts = _ask(bus_services, "公交驾驶员要做什么", "一个月能休几天", "班次怎么排")
    assert "6天" in unescape_md(rest.text), rest.text
    assert "5:30" in unescape_md(shifts.text), shifts.text


def test_whom_a_post_leads_asked_as_who_is_under_it(bus_services) -> None:  # type: ignore[no-untyped-def]
    _, under = _ask(bus_services, "车队经理平时做什么", "他底下带哪几个人")
    assert "车队队长" in unescape_md(under.text), under.text


def test_a_kpi_rows_weight_and_scoring_rule(bus_services) -> None:  # type: ignore[no-untyped-def]
    _, weight, rule = _ask(bus_services, "票款准确率这个指标怎么考", "它占多大比重", "它的评分标准呢")
    assert "60%" in unescape_md(weight.text) and not weight.refused, weight.text
    assert "达到99%为8分" in unescape_md(rule.text), rule.text


def test_an_ordinal_into_the_list_it_names(bus_services) -> None:  # type: ignore[no-untyped-def]
    _, _, second = _ask(bus_services, "票务员做什么", "要什么条件", "业绩标准第二条是啥")
    assert "对账及时率达100%" in unescape_md(second.text), second.text


def test_a_drafting_request_of_the_post_just_discussed(bus_services) -> None:  # type: ignore[no-untyped-def]
    _, jd = _ask(bus_services, "车队经理平时做什么", "帮我把这个岗位写成JD")
    assert jd.tool == "jd", jd.text


def test_an_item_asked_what_it_says(bus_services) -> None:  # type: ignore[no-untyped-def]
    _, item = _ask(bus_services, "车队经理平时做什么", "第3条说的是什么")
    assert not item.refused and "乘客投诉" in unescape_md(item.text), item.text


def test_a_short_name_the_documents_give_a_post(bus_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(bus_services, "车头要什么条件")
    assert a.role == "车队队长" and "A1驾驶证" in unescape_md(a.text), a.text


def test_whether_a_post_is_staffed_is_no_part_of_its_title(bus_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(bus_services, "没配大堂经理的网点谁负责分流")
    assert "没配" not in (a.role or "") and "没配" not in unescape_md(a.text).split("\n")[0], a.text


def test_what_grade_a_post_is(bus_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(bus_services, "车队经理是几级岗位")
    assert a.intent.value == "attribute" and "管理八级" in unescape_md(a.text), a.text


def test_a_post_measured_by_its_departments_sheet(bus_services) -> None:  # type: ignore[no-untyped-def]
    from assistant.tools.kpi_design import KpiRequest

    design = bus_services.tools.design_kpis(KpiRequest(role="公交驾驶员", count=4))
    names = [k.name for k in design.indicators]
    # the department's own rows fill the design: no generic indicator takes a row's place
    assert set(names) == {"准点发车率", "安全行车里程", "乘客投诉率", "单车油耗"}, names


def test_the_levels_of_a_post(bus_services) -> None:  # type: ignore[no-untyped-def]
    duties, levels, senior = _ask(bus_services, "稽查员做什么", "稽查员分几个等级", "高级的要什么条件")
    assert duties.role == "稽查员" and "查验票款" in unescape_md(duties.text), duties.text  # the post itself
    text = unescape_md(levels.text)
    assert "初级稽查员" in text and "高级稽查员" in text, levels.text
    assert senior.role == "高级稽查员" and "满5年" in unescape_md(senior.text), senior.text
