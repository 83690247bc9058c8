"""Question forms met on the round 23 blind trials (a property-management group, a construction
company, conversations over the shipped corpus), written here from scratch for a city hotel: a duty
list in blocks with their share of time, a post named by its level ("二级服务员") or by the unit it sits
in ("客户服务中心前台"), an everyday name for a post, "那一块" pointing at a listed item, an ordinal
past the items an answer showed, a pronoun with a phrase no document names as a post, "归哪个部门"
after a reporting line, a title shortened with its qualifier left out, a requirement the post's list
does not state, a shift asked of a column named in the company's words, and a pay figure another
document gives."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_POSTS = """滨江国际酒店岗位说明书

一、前厅经理
所属部门：前厅部
直接上级：运营总监
岗位职责：
职责一：接待管理（工作时间占比 60%）
1、检查前台入住与退房办理质量
2、处理宾客重大投诉
职责二：收益管理（工作时间占比 40%）
1、每日分析出租率与平均房价
2、调整当日房价策略

二、接待专员（前台）
所属部门：前厅部
直接上级：前厅经理
岗位职责：
1、为宾客办理入住与退房；
2、受理宾客问询与叫醒服务；
3、交班前核对房态与押金。
任职要求：
1、中专及以上学历；
2、普通话标准。

三、行政酒廊夜班接待主管
所属部门：前厅部
岗位职责：
1、夜间巡视行政酒廊并补充自助餐台；
2、统计行政楼层宾客用餐人数。

四、财务专员
所属部门：财务部
直接上级：财务经理
岗位职责：
1、会计工作：审核报销单据并编制记账凭证；
2、出纳工作：办理现金收付、核对银行存款日记账并按月纳税申报；
3、税务工作：办理发票领购与认证。

五、保安员
所属部门：保安部
直接上级：保安主管
岗位职责：
1、在酒店大堂及停车场巡逻；
2、负责员工通道出入登记；
3、协助处理突发事件；
4、负责外包技师进出酒店的考勤登记。
任职要求：
1、身体健康，年龄45岁以下。

六、健身教练
所属部门：康体健身部门
岗位职责：
1、为住店宾客提供健身指导。
"""

_LEVELS = "等级,岗位名称,任职条件,月薪标准（元）\n一级,见习服务员,高中及以上学历,3200\n二级,高级服务员,入职满2年并持健康证,4100\n"

_SHIFTS = "\ufeff岗位,所属部门,班次安排,综合月薪（元）\n保安员,保安部,四班三倒,3800-4500\n接待专员（前台）,前厅部,早晚两班,4000-4600\n"

_RULES = """滨江国际酒店会议服务规范

一、会议服务流程
1、会前一小时完成会场布置并调试投影、话筒等设备；
2、会前半小时在签到台摆放会议资料；
3、按会议议程准备茶歇；
4、会中每20分钟巡视续水；
5、记录会议临时需求并及时反馈；
6、会后清点会议物品；
7、填写会议服务记录；
8、向宴会销售经理反馈客户意见。
"""


@pytest.fixture(scope="module")
def hotel_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    files = {"岗位说明书.txt": _POSTS, "服务员等级标准.csv": _LEVELS, "一线岗位班次与薪资.csv": _SHIFTS, "会议服务规范.txt": _RULES}
    return indexed_services(tmp_path_factory, settings_factory, "hotel", files)


def test_a_duty_list_in_blocks_shows_each_block_and_its_share(hotel_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(hotel_services, "前厅经理的职责分哪几块，各占多少时间")
    text = unescape_md(a.text)
    assert "接待管理" in text and "60%" in text and "收益管理" in text and "40%" in text, a.text
    assert len(a.items) == 4  # the blocks head the items; they are not items themselves


def test_a_post_named_by_its_level(hotel_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(hotel_services, "想评上二级服务员要满足什么条件")
    assert a.role == "高级服务员" and "健康证" in unescape_md(a.text), a.text


def test_a_post_named_by_the_unit_it_sits_in(hotel_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(hotel_services, "客户服务中心前台每天做什么")
    assert not a.refused and "叫醒服务" in unescape_md(a.text), a.text


def test_an_item_pointed_at_as_that_block(hotel_services) -> None:  # type: ignore[no-untyped-def]
    _, block = _ask(hotel_services, "财务专员做哪些工作", "出纳那一块展开讲讲")
    assert not block.refused and "银行存款日记账" in unescape_md(block.text), block.text


def test_an_ordinal_past_the_items_the_answer_showed(hotel_services) -> None:  # type: ignore[no-untyped-def]
    first, eighth = _ask(hotel_services, "会议服务会前要做哪些准备工作", "第八条什么意思")
    assert len(first.items) < 8, first.text
    assert not eighth.refused and "宴会销售经理" in unescape_md(eighth.text), eighth.text


def test_a_pronoun_with_a_phrase_no_document_names_as_a_post(hotel_services) -> None:  # type: ignore[no-untyped-def]
    _, check = _ask(hotel_services, "保安员平时做什么", "他要管技师考勤吗")
    assert "没有「" not in unescape_md(check.text), check.text
    assert "考勤登记" in unescape_md(check.text), check.text


def test_which_department_after_the_reporting_line(hotel_services) -> None:  # type: ignore[no-untyped-def]
    _, dept = _ask(hotel_services, "财务专员的顶头上司是谁", "归哪个部门")
    assert dept.role == "财务专员" and "财务部" in unescape_md(dept.text), dept.text


def test_a_title_shortened_with_its_qualifier_left_out(hotel_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(hotel_services, "酒廊主管主要负责什么")
    assert a.role == "行政酒廊夜班接待主管" and "自助餐台" in unescape_md(a.text), a.text


def test_a_requirement_the_posts_list_does_not_state(hotel_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(hotel_services, "保安员对学历有什么要求")
    text = unescape_md(a.text)
    assert "没有写明学历" in text and "45岁以下" in text, a.text


def test_a_shift_asked_of_a_column_in_the_companys_words(hotel_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(hotel_services, "保安员上班时间怎么排")
    assert "四班三倒" in unescape_md(a.text), a.text


def test_pay_another_document_gives(hotel_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(hotel_services, "保安员一个月工资多少")
    assert not a.refused and "3800-4500" in unescape_md(a.text), a.text


def test_a_table_rows_cells_add_no_hits_of_their_own(hotel_services) -> None:  # type: ignore[no-untyped-def]
    # one row of a sheet, read as the post's facts, is one passage: its cells do not fill the list
    hits = hotel_services.search.search("保安员工资和班次", k=10)
    spans = [(h.chunk.file, h.chunk.line_start, h.chunk.line_end) for h in hits]
    assert len(spans) == len(set(spans)), spans
    row = [h for h in hits if h.chunk.file == "一线岗位班次与薪资.csv" and h.chunk.role == "保安员"]
    assert len(row) == 1, spans
