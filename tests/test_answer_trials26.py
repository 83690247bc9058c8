"""Question forms met on the round 26 blind trials (a real-estate brokerage, a pharmaceutical plant,
conversations over corpus-extra and the shipped corpus), written here from scratch for a
sporting-goods factory: a title glossed in brackets by the one the documents use, a KPI sheet naming
a post by another name a note equates, a unit and a title word with a word between them, a term no
document writes, an item named by the document's own numbering, by its words or by its list's
heading, two posts asked the same thing each, a comparison asked as "一样不", a switch carried by
filler words, the asker's own post beside the one asked about, a purpose asked as a one-line summary,
a post the documents speak of without the fact asked, a field left empty, an indicator of the post's
sheet named with the post, a post named by its trade's ending, and a grade grid row."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_POSTS = """华跃体育用品有限公司岗位说明书

一、EHS专员
所属部门：安全环保部
直接上级：安全环保部经理
岗位职责：
1、每周组织全厂安全检查；
2、负责危废台账与转移联单。
任职要求：
1、本科及以上学历，安全工程专业。

二、质检部经理
所属部门：质检部
岗位职责：
1、制定年度质量目标；
2、审批检验标准。

三、成品检验员
所属部门：质检部
直接上级：质检部经理
工作地点：
岗位核心要求：
1、视力良好，无色盲；
2、熟悉抽样标准；
3、沟通清楚；
4、合规意识：如实记录检验数据，不得代签。
核心工作：
1、成品外观全检；
2、尺寸抽检；
3、不良品隔离与标识：发现不良立即挂红牌隔离。
岗位职责：
1、成品外观全检；
2、每周出差到外协厂验货一次。

四、计件统计员
岗位职责：
1数据采集
1每日采集机台产量。
2汇总计件工资数据。
2报表管理
1编制日报。
2编制周报。
3编制月度计件汇总表，报车间主任审核。
任职要求：
1、中专及以上学历。

六、体能教师
岗位职责：
1、带员工做工间操；
2、组织每月体能测试。

五、织带车间主任
岗位目的：保证织带车间按计划安全生产。
岗位职责：
1、编制周生产计划；
2、组织班前会。
"""

_KPI_SHEET = """考核岗位,指标名称,权重,计算公式
检验专员,漏检率,50%,漏检批次/检验批次
检验专员,检验及时率,50%,按时完成批次/应检批次
说明：检验专员即岗位说明书中的成品检验员。
"""

_DEPT_KPI = """部门,指标名称,权重,计算公式
质检部,客诉率,60%,客诉批次/出货批次
质检部,检验报告及时率,40%,按时报告数/应出报告数
"""

_MENTIONS = "华跃体育用品有限公司组织架构\n注塑车间下设物料员、统计员，物料员负责领料和退料。\n行政部另有体能老师一名。\n"


def _grades(corpus) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["华跃体育 千川投手分级与薪酬"])
    ws.append(["等级", "等级名称", "日均消耗", "底薪（元/月）", "提成比例"])
    ws.append(["A", "资深", "≥5万元", 9000, "1.0%"])
    ws.append(["B", "标准", "≥2万元", 7000, "0.8%"])
    wb.save(corpus / "投手分级.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.append(["指标", "权重", "计算公式"])
    ws.append(["投放ROI", "60%", "投放GMV÷投放消耗"])
    ws.append(["素材测试数", "40%", "当月新建素材条数"])
    ws.title = "千川投手"
    wb.save(corpus / "千川投手考核.xlsx")


@pytest.fixture(scope="module")
def factory_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    files = {"岗位说明书.txt": _POSTS, "岗位级KPI.csv": _KPI_SHEET, "部门级KPI.csv": _DEPT_KPI, "组织架构.txt": _MENTIONS}
    return indexed_services(tmp_path_factory, settings_factory, "factory", files, write=_grades)


def test_a_title_glossed_in_brackets_by_the_one_the_documents_use(factory_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(factory_services, "安环专员（EHS）主要负责哪些？")
    assert answer.role == "EHS专员" and "安全检查" in unescape_md(answer.text), answer.text


def test_a_kpi_sheet_naming_the_post_by_a_name_a_note_equates(factory_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(factory_services, "成品检验员的考核指标有哪些")
    assert "漏检率" in answer.text and "客诉率" not in answer.text, answer.text


def test_a_unit_and_a_title_word_with_a_word_between(factory_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(factory_services, "质检部那个经理平时管些啥")
    assert answer.role == "质检部经理" and "质量目标" in answer.text, answer.text


def test_a_term_no_document_writes_is_not_answered_with_the_posts_list(factory_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(factory_services, "成品检验员要会用SPC软件吗")
    assert answer.refused and "spc" in answer.text.lower(), answer.text


def test_an_item_named_by_numbering_words_or_its_lists_heading(factory_services) -> None:  # type: ignore[no-untyped-def]
    *_, dotted = _ask(factory_services, "计件统计员做哪些事", "2.3那条是啥意思")
    assert "月度计件汇总表" in dotted.text, dotted.text
    *_, worded = _ask(factory_services, "成品检验员要什么学历", "第四条合规意识具体指啥")
    assert not worded.refused and "不得代签" in worded.text, worded.text
    *_, headed = _ask(factory_services, "成品检验员归谁管", "核心工作第三点展开说说")
    assert "挂红牌" in headed.text, headed.text


def test_two_posts_asked_the_same_thing_each(factory_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(factory_services, "EHS专员和成品检验员分别归谁管")
    text = unescape_md(answer.text)
    assert "安全环保部经理" in text and "质检部经理" in text, text


def test_a_comparison_asked_as_yiyang_bu(factory_services) -> None:  # type: ignore[no-untyped-def]
    *_, compared = _ask(factory_services, "计件统计员要什么条件", "跟EHS专员比要求一样不")
    text = unescape_md(compared.text)
    assert "中专" in text and "安全工程" in text, text


def test_a_switch_carried_by_filler_words_keeps_the_question(factory_services) -> None:  # type: ignore[no-untyped-def]
    *_, switched = _ask(factory_services, "成品检验员考核看哪些指标", "质检部那边换过来看看")
    assert "客诉率" in switched.text, switched.text


def test_the_askers_own_post_beside_the_one_asked(factory_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(factory_services, "我是质检部经理，想问下成品检验员负责哪些")
    assert answer.role == "成品检验员", (answer.role, answer.text)


def test_a_purpose_asked_as_a_one_line_summary(factory_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(factory_services, "织带车间主任是干嘛的，一句话概括")
    assert "按计划安全生产" in answer.text and "班前会" not in answer.text, answer.text


def test_a_post_spoken_of_without_the_fact_asked(factory_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(factory_services, "物料员一个月工资多少")
    assert answer.refused and "物料员" in answer.text and "薪资" in answer.text, answer.text


def test_a_field_left_empty_is_no_answer(factory_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(factory_services, "成品检验员的工作地点写的是哪")
    assert answer.refused, answer.text


def test_a_trip_asked_with_a_word_of_frequency(factory_services) -> None:  # type: ignore[no-untyped-def]
    *_, trip = _ask(factory_services, "成品检验员归谁管", "他要经常出差么")
    assert not trip.refused and "外协厂" in trip.text, trip.text


def test_an_indicator_of_the_posts_sheet_named_with_the_post(factory_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(factory_services, "千川投手的素材测试数怎么算")
    text = unescape_md(answer.text)
    assert "**素材测试数**" in text and "当月新建素材条数" in text and "投放ROI" not in text, text


def test_a_post_named_by_its_trades_ending(factory_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(factory_services, "投手的KPI有哪些")
    assert answer.role == "千川投手" and "投放ROI" in answer.text, (answer.role, answer.text)


def test_a_compound_question_whose_second_half_is_worded_otherwise(shipped_services) -> None:  # type: ignore[no-untyped-def]
    # "权重怎么定" is what the essay says; "多长时间变一次" it words as "原则上一年一定"
    answer = shipped_services.chat.ask("考核指标权重咋定,多长时间变一次")
    assert not answer.refused and "一年一定" in answer.text, answer.text


def test_a_title_said_with_another_ending(factory_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(factory_services, "体能老师平时要干啥")
    assert answer.role == "体能教师" and "工间操" in answer.text, (answer.role, answer.text)
