"""Question forms met on the round 25 blind trials (a livestream e-commerce company, an accounting
firm, conversations over corpus-extra and the shipped corpus), written here from scratch for a dairy
company: going back to a post by its bare title ending, the items that speak of what "还有别的…吗"
asks, a figure asked of a requirement that states none, a short title whose full form describes the
post, a leader's title built on a known post (and a shared qualifier that makes no relative), a count
or a trip before the title, a boss asked as whom one follows, everyday words for the work, "再细一点"
of an item, a listed indicator pointed at by its words, a requirement said of the post outside its
list, and a pay column named in the company's words."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_POSTS = """嘉乳乳业岗位说明书

一、生产技术部长
所属部门：生产技术部
岗位职责：
1、组织编制月度生产计划；
2、主持每周生产例会。
任职要求：
1、本科及以上学历，食品工程相关专业；
2、8年以上乳品生产管理经验。

二、电气技术员
所属部门：生产技术部
岗位职责：
1、维护灌装线电气设备。
任职要求：
1、大专及以上学历，机电一体化专业。

三、质量控制专员
所属部门：品质部
岗位目的
保证出厂产品质量符合国家标准。
岗位职责：
1、每日抽检成品并出具检验报告；
2、组织年度质量体系内审。

四、采购员
直接上级：采购经理
岗位职责：
1、收集供应商报价并比价；
2、跟踪原料到货与验收；
3、维护合格供应商名录。
任职要求：
1、熟悉采购流程，有实际采购经验；
2、具备基本的合同谈判能力。

五、门店店长
岗位职责：
1、安排店员排班；
2、每月组织库存盘点。

六、仓储主管
岗位职责：
1、审核出入库单据；
2、安排叉车作业。

七、配送员
岗位职责：
1、按线路把乳制品配送到门店；
2、回收周转筐。
"""

def _grades(corpus) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["嘉乳乳业 配送员分级与薪酬标准"])
    ws.append(["等级", "等级名称", "日均单量", "底薪（元/月）", "计件单价"])
    ws.append(["A", "金牌配送员", "≥80单", 6000, "1.5元/单"])
    ws.append(["B", "银牌配送员", "≥60单", 5000, "1.2元/单"])
    wb.save(corpus / "配送员分级与薪酬.xlsx")

_CERTS = "岗位,需要证书\n质控专员,内审员证\n"

_KPI = "指标,权重,计算公式\n采购成本降低率,40%,(上年单价-本年单价)/上年单价\n到货及时率,30%,按时到货批次/总批次\n供应商评估完成率,30%,已评估供应商数/应评估供应商数\n"

_BONUS = "岗位,提成基数,提成比例/奖金标准,发放周期\n采购员,年度降本金额,降本金额的2%,年度\n"

_NOTES = "嘉乳乳业招聘补充说明\n采购员对英语的要求为CET-4及以上，能阅读进口原料的英文资料。\n"


@pytest.fixture(scope="module")
def dairy_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    files = {"岗位说明书.txt": _POSTS, "持证要求.csv": _CERTS, "采购员月度KPI.csv": _KPI, "提成规则.csv": _BONUS,
             "招聘补充说明.txt": _NOTES}
    return indexed_services(tmp_path_factory, settings_factory, "dairy", files, write=_grades)


def test_back_to_a_post_by_its_bare_title_ending(dairy_services) -> None:  # type: ignore[no-untyped-def]
    *_, back = _ask(dairy_services, "生产技术部长要什么条件", "换成电气技术员呢", "回到部长，专业有要求吗")
    assert back.role == "生产技术部长" and "食品工程" in unescape_md(back.text), back.text
    assert "没有单独写明" not in back.text  # the conversation's own post, no other title's stand-in


def test_more_of_a_list_shown_in_full_points_at_the_items_on_it(dairy_services) -> None:  # type: ignore[no-untyped-def]
    _, more = _ask(dairy_services, "采购员要什么条件", "还有别的谈判方面的要求吗")
    text = unescape_md(more.text)
    assert "全部内容" in text and "合同谈判" in text, more.text


def test_a_figure_asked_of_a_requirement_that_states_none(dairy_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(dairy_services, "采购员要求工作几年以上")
    text = unescape_md(a.text)
    assert a.refused and "没有写明" in text and "实际采购经验" in text, a.text


def test_a_short_title_answered_from_the_full_titles_form(dairy_services) -> None:  # type: ignore[no-untyped-def]
    duty, purpose = _ask(dairy_services, "质控专员日常做什么工作", "设质控专员这个岗的目的是啥")
    assert not duty.refused and "抽检成品" in unescape_md(duty.text), duty.text
    assert not purpose.refused and "国家标准" in unescape_md(purpose.text), purpose.text


def test_a_leaders_title_built_on_a_known_post_is_another_post(dairy_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(dairy_services, "店长助理平时做什么")
    assert a.role != "门店店长" and "排班" not in unescape_md(a.text), a.text
    # a qualifier shared in front ("门店") makes no relative of another post
    (b,) = _ask(dairy_services, "门店美工平时做什么")
    assert b.role != "门店店长" and "排班" not in unescape_md(b.text), b.text


def test_a_count_or_a_trip_before_the_title_is_no_part_of_it(dairy_services) -> None:  # type: ignore[no-untyped-def]
    (count,) = _ask(dairy_services, "每个仓储主管带十来个理货员，仓储主管本身要盯什么")
    assert count.role == "仓储主管" and "叉车" in unescape_md(count.text), count.text
    (trip,) = _ask(dairy_services, "想去嘉乳当化验员，要什么条件")
    assert "「化验员」" in unescape_md(trip.text) and "去嘉乳" not in trip.text, trip.text


def test_everyday_words_for_the_boss_and_the_work(dairy_services) -> None:  # type: ignore[no-untyped-def]
    boss, work = _ask(dairy_services, "采购员入职跟着哪位领导", "那他日常的活儿是什么")
    assert "采购经理" in unescape_md(boss.text), boss.text
    assert not work.refused and "比价" in unescape_md(work.text), work.text


def test_more_detail_of_an_item_asked_as_再细一点(dairy_services) -> None:  # type: ignore[no-untyped-def]
    _, detail = _ask(dairy_services, "采购员负责什么", "第2点再细一点呢")
    assert not detail.refused and "到货" in unescape_md(detail.text), detail.text


def test_a_listed_indicator_pointed_at_by_its_words(dairy_services) -> None:  # type: ignore[no-untyped-def]
    _, one = _ask(dairy_services, "采购员的考核指标有哪些", "那到货及时那个呢")
    assert one.intent.value == "kpi" and "按时到货批次" in unescape_md(one.text), one.text


def test_a_requirement_the_list_never_names_said_elsewhere_of_the_post(dairy_services) -> None:  # type: ignore[no-untyped-def]
    _, english = _ask(dairy_services, "采购员要什么条件", "英语有要求吗")
    assert not english.refused and "CET-4" in unescape_md(english.text), english.text


def test_a_pay_column_in_the_companys_words(dairy_services) -> None:  # type: ignore[no-untyped-def]
    (pay,) = _ask(dairy_services, "采购员提成怎么算")
    assert "降本金额的2%" in unescape_md(pay.text), pay.text


def test_the_same_question_at_another_grade(dairy_services) -> None:  # type: ignore[no-untyped-def]
    first, other = _ask(dairy_services, "B级配送员底薪多少", "那A级呢")
    assert "5000" in unescape_md(first.text), first.text
    assert not other.refused and "6000" in unescape_md(other.text), other.text
    # only the asked grade's row, each cell under its column's name
    assert "6000" not in unescape_md(first.text) and "5000" not in unescape_md(other.text), (first.text, other.text)
    assert "底薪(元/月)：5000" in unescape_md(first.text), first.text
