"""Follow-up forms met on blind trials, written here from scratch for a property-management
company (and two on the shipped corpus): a comparison right after a reporting-line question, a
short question of its own about the rules just shown, the n-th point of an answer whose numbered
list is shorter than n (a unit test of the turn), an item expanded without another post's duties, "前两条呢", going back
to the post before the latest one, and an everyday question about the post just discussed."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_POSTS = """安居物业服务有限公司岗位说明书

一、客服主管
直接上级：项目经理
岗位职责：
1、负责前台接待和业主报修的登记、派单与回访；
2、负责业主投诉的受理和跟踪处理；
3、负责物业费收缴情况的统计与催缴提醒。
任职要求：
1、大专及以上学历，物业管理相关专业；
2、三年以上物业客服工作经验。
工作禁忌：对业主态度生硬，推诿投诉。

二、工程主管
直接上级：项目经理
岗位职责：
1、负责小区供水、供电、电梯等设备设施的日常巡检；
2、负责维修班组的排班和维修质量验收；
3、负责编制设备年度保养计划。
任职要求：
1、中专及以上学历，持电工证；
2、五年以上设备维修经验。
"""

_RULES = """安居物业服务有限公司绩效考核办法

第一条 考核周期与内容
公司对客服主管和工程主管的考核按月度、季度和年度进行。
考核内容分为业绩指标和行为表现两部分，业绩指标占70%，行为表现占30%。
月度考核结果决定当月绩效工资的发放比例；季度考核结果决定岗位等级的升降；年度考核结果作为评优和续签合同的依据。

第二条 考核结果的申诉
员工对考核结果有异议的，可在结果公布后五个工作日内向人力资源部申诉。
"""


_KPIS = """岗位,指标名称,权重,计算方法
客服主管,业主满意度,30%,年度满意度调查得分
客服主管,投诉处理及时率,25%,24小时内处理的投诉数/投诉总数
客服主管,投诉回访率,15%,已回访投诉数/投诉总数
客服主管,物业费收缴率,30%,实收物业费/应收物业费
"""


@pytest.fixture(scope="module")
def property_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    files = {"岗位说明书.txt": _POSTS, "绩效考核办法.txt": _RULES, "客服主管KPI.csv": _KPIS}
    return indexed_services(tmp_path_factory, settings_factory, "property", files)


def test_a_comparison_after_a_reporting_line_compares_what_the_posts_do(property_services) -> None:  # type: ignore[no-untyped-def]
    _, compared = _ask(property_services, "客服主管的直接上级是谁", "和工程主管有什么区别")
    text = unescape_md(compared.text)
    assert not compared.refused, text
    assert "巡检" in text and "投诉" in text  # the duties of both posts, not their requirements
    assert "没有写明任职要求" not in text


def test_a_short_question_of_its_own_after_an_answer_is_read_with_it(property_services) -> None:  # type: ignore[no-untyped-def]
    _, _, quarterly = _ask(property_services, "客服主管的考核多久一次", "考核内容分哪两部分", "季度那次决定什么")
    assert not quarterly.refused, quarterly.text
    assert "岗位等级" in unescape_md(quarterly.text)


def test_an_expanded_item_is_not_explained_with_another_posts_duty(shipped_services) -> None:  # type: ignore[no-untyped-def]
    _, other, expanded = _ask(shipped_services, "网格客户经理要做哪些工作", "那网格经理呢?", "第5条呢")
    assert "网格团队" in unescape_md(other.text) and "用户欠费收缴" not in unescape_md(other.text)
    text = unescape_md(expanded.text)
    assert "网格团队" in text and "用户欠费收缴" not in text, text


def test_the_first_items_of_the_last_list_again(property_services) -> None:  # type: ignore[no-untyped-def]
    _, first = _ask(property_services, "工程主管要做什么", "前两条呢")
    text = unescape_md(first.text)
    assert "巡检" in text and "排班" in text and "保养计划" not in text, text


def test_going_back_to_the_post_before_the_latest_one(property_services) -> None:  # type: ignore[no-untyped-def]
    *_, back = _ask(property_services, "客服主管要做什么", "工程主管呢", "回到刚才那个岗位,要什么学历")
    text = unescape_md(back.text)
    assert "大专" in text and "中专" not in text, text


def test_a_question_of_its_own_about_the_post_just_discussed(property_services) -> None:  # type: ignore[no-untyped-def]
    _, taboo = _ask(property_services, "客服主管的任职要求是什么", "干这行最忌讳啥")
    assert not taboo.refused and "态度生硬" in unescape_md(taboo.text), taboo.text


def test_the_nth_item_of_another_post_named_in_the_follow_up(property_services) -> None:  # type: ignore[no-untyped-def]
    _, other = _ask(property_services, "工程主管要做什么", "那客服主管第二条呢")
    text = unescape_md(other.text)
    assert "投诉" in text and "维修班组" not in text, text


def test_the_rows_of_a_kpi_sheet_on_the_topic_asked(property_services) -> None:  # type: ignore[no-untyped-def]
    (answer,) = _ask(property_services, "客服主管的考核指标里跟投诉有关的有哪些")
    text = unescape_md(answer.text)
    assert "投诉处理及时率" in text and "投诉回访率" in text, text
    assert "物业费收缴率" not in text and "原表共 4 项" in text


def test_the_nth_point_counts_the_points_when_the_numbered_list_is_shorter() -> None:
    from assistant.answer.conversation import Turn, UnitRef
    from assistant.answer.understand import PreviousTurn
    from assistant.models import Answer, Intent, SectionKind

    def ref(text: str, line: int) -> list[UnitRef]:
        return [UnitRef(file="a.txt", line_start=line, line_end=line, text=text, quote=text, kind="item",
                        section_id="a.txt#1/s1", section_kind=SectionKind.prose, order=line)]  # fmt: skip

    # what the user saw: three bulleted points, then a numbered list of one item (shown last,
    # stored first)
    items = [ref("编号列表的唯一一条", 9), ref("职业道德", 1), ref("业务水平", 2), ref("工作技巧", 3)]
    turn = Turn(previous=PreviousTurn(question="q", intent=Intent.duty), answer=Answer(question="q", intent=Intent.duty, text=""),
                items=items, numbered=1)  # fmt: skip
    assert turn.item(1)[0].text == "编号列表的唯一一条"  # "第一条": the numbered list's own
    assert turn.item(2)[0].text == "业务水平"  # "第二点": no second numbered item, so the points above
    plain = Turn(previous=turn.previous, answer=turn.answer, items=items)
    assert plain.item(2)[0].text == "职业道德"


def test_a_post_the_essays_discuss_without_a_profile_gets_their_discussion(shipped_services) -> None:  # type: ignore[no-untyped-def]
    # the shipped pages discuss 客户经理 in essays; no list of its own exists, so neither an
    # abstract's sentence nor a longer title's résumé (高级客户经理) is its "duty list"
    (answer,) = _ask(shipped_services, "证券公司客户经理平时怎么服务客户,要做哪些事")
    text = unescape_md(answer.text)
    assert "相关论述" in text and "摘要" not in text and "高级客户经理" not in text, text


def test_the_last_two_posts_side_by_side(property_services) -> None:  # type: ignore[no-untyped-def]
    *_, pair = _ask(property_services, "客服主管要什么学历", "工程主管呢", "这俩谁的要求更高")
    text = unescape_md(pair.text)
    assert not pair.refused and "大专" in text and "中专" in text, text  # both posts' requirements


def test_a_reporting_line_written_in_a_sentence_of_the_post(shipped_services) -> None:  # type: ignore[no-untyped-def]
    # no 直属上级 field: "…定时向美容会所总经理或者美容会所老板汇报工作情况" in the post's own text says it
    (answer,) = _ask(shipped_services, "按摩技师部门经理要向谁汇报工作?")
    assert not answer.refused, answer.text
    assert "美容会所总经理" in unescape_md(answer.text)


def test_a_switch_word_is_no_part_of_the_post_it_switches_to(shipped_services) -> None:  # type: ignore[no-untyped-def]
    *_, switched = _ask(shipped_services, "客户经理的存贷款任务重不重?", "换成柜员呢?")
    text = unescape_md(switched.text)
    assert not switched.refused and "成柜员" not in text and "柜员" in text, text


_STORES = """联鲜超市门店岗位说明书

一、大卖场店长
直接上级：区域营运经理
直接下级：副店长、生鲜主管
岗位职责：
1、全面负责大卖场的经营指标达成；
2、主持门店晨会和月度经营分析会。

二、副店长
直接上级：大卖场店长
直接下级：值班主管
岗位职责：
1、协助店长督导日常营运；
2、负责开闭店检查。

三、社区店店长
直接上级：社区店区域经理
直接下级：店员4-8人
岗位职责：
1、负责社区店的订货和陈列；
2、处理线上订单的拣货出库。
"""


@pytest.fixture(scope="module")
def stores_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    from assistant.services import Services

    corpus = tmp_path_factory.mktemp("stores") / "corpus"
    corpus.mkdir()
    (corpus / "门店岗位说明书.txt").write_text(_STORES, encoding="utf-8")
    (corpus / "岗位汇报关系表.txt").write_text(
        "岗位｜所属部门｜直属上级\n大卖场店长｜门店营运部｜区域营运经理\n社区店店长｜社区店事业部｜社区店区域经理\n"
        "说明：区域经理、社区店区域经理的岗位说明书另行发布。\n", encoding="utf-8")
    (corpus / "门店KPI.csv").write_text(
        "岗位,指标名称,权重,计算公式,目标值\n大卖场店长,门店销售额达成率,40%,实际销售额÷目标销售额×100%,≥100%\n"
        "大卖场店长,生鲜毛利率,60%,生鲜毛利额÷生鲜销售额×100%,≥18%\n"
        "社区店店长,会员复购率,50%,二次消费会员数÷消费会员数×100%,≥40%\n社区店店长,线上订单履约率,50%,按时送达订单数÷订单总数×100%,≥98%\n", encoding="utf-8")
    services = Services(settings_factory(tmp_path_factory.mktemp("stores-home"), corpus))
    services.corpus.ensure_index()
    return services


def test_another_post_named_with_its_qualifier_keeps_every_fact_asked(stores_services) -> None:  # type: ignore[no-untyped-def]
    # "大卖场的店长" is the 大卖场店长 (not 副店长, which also ends in 店长); both facts asked before
    # (上级 and 下级) are asked of it again
    *_, switched = _ask(stores_services, "社区店店长归谁管，手下有几个人", "那大卖场的店长呢")
    text = unescape_md(switched.text)
    assert switched.role == "大卖场店长", text
    assert "区域营运经理" in text and "副店长、生鲜主管" in text, text


def test_a_post_named_only_as_a_superior_in_a_table_row_is_not_described(stores_services) -> None:  # type: ignore[no-untyped-def]
    (answer,) = _ask(stores_services, "社区店区域经理的职责是什么")
    assert answer.refused, answer.text  # the row is about 社区店店长; its note describes nothing


def test_one_requirement_then_the_rest_in_a_clause_of_its_own(property_services) -> None:  # type: ignore[no-untyped-def]
    (answer,) = _ask(property_services, "客服主管要什么学历？还有啥条件")
    text = unescape_md(answer.text)
    assert "大专" in text and "三年以上" in text, text  # the requirements list, not the education line alone


def test_another_post_after_a_field_of_one_indicator_gets_that_posts_indicators(stores_services) -> None:  # type: ignore[no-untyped-def]
    *_, switched = _ask(stores_services, "大卖场店长考核哪几项", "毛利率的目标定的多少", "社区店店长的呢")
    text = unescape_md(switched.text)
    assert "会员复购率" in text and "线上订单履约率" in text, text
