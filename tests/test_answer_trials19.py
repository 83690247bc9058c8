"""Question forms met on the round 19 blind trials (follow-ups over corpus-extra, a container port, a
hotpot chain, new questions over the shipped corpus), written here from scratch for a ski resort: a
unit's head asked as "教学部的头儿", a post named by the head of its title and 岗 ("采购岗"), a
certificate named after a trade ("会计从业证"), the last item in colloquial words ("末尾那条咋理解"),
a field's label alone as the question ("所属部门"), an indicator named by the end of its name, the
scoring rule of the indicator just shown, a comment that asks a question, a table introduced by
"…如下表:", and the difficulty of a post ("难在哪"); and from round 20 (a law firm, a coal mine, more
follow-ups): a title shortened to the first characters of its words ("安检员"), and an organisation's
name in front of its posting ("阿尔派产品经理")."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_POSTS = """白桦岭滑雪场岗位说明书

一、教学部经理
所属部门：教学部
直接上级：运营副总
岗位职责：
1、制定雪季教学计划和教练排班；
2、组织教练考核与技能培训；
3、处理学员投诉并跟进整改；
4、统筹初级道教学区的安全巡查。
任职要求：
1、本科及以上学历；
2、5年以上滑雪教学管理经验。

二、采购专员
所属部门：综合部
直接上级：综合部主管
岗位职责：
1、采购雪具、压雪车配件和办公用品；
2、维护供应商档案。
任职要求：
1、大专及以上学历，物流管理相关专业；
2、2年以上采购经验。

三、会计
所属部门：财务部
直接上级：财务经理
岗位职责：
1、编制记账凭证和月度报表；
2、核对门票收入与POS流水。
任职要求：
1、会计专业大专及以上学历；
2、持初级会计专业技术资格证书。

四、雪道巡逻员
所属部门：运营部
直接上级：巡逻队长
岗位职责：
1、巡查雪道并清除障碍；
2、引导迷路游客回到主雪道。
工作难点：大雪天能见度低，巡查难度大。
工作禁忌：擅自离开巡逻区域。

五、安全检查员
所属部门：安全部
岗位职责：
1、每班巡查缆车站和雪道护网；
2、填写安全检查记录。

六、人力资源专员
所属部门：综合部
任职要求：
1、人力资源管理专业本科及以上学历；
2、2年以上人事工作经验。

七、人力资源招聘专员
所属部门：综合部
任职要求：
1、大专及以上学历；
2、1年以上招聘经验。
"""

_POSTINGS = """公司名称,岗位名称,任职要求
白桦岭滑雪场,雪具维修技师,"持滑雪板维修技能证书；2年以上雪具维修经验"
阿尔派(北京)户外用品有限公司,产品经理-雪具-北京,"5年以上户外装备产品经验；熟悉滑雪装备供应链"
"""

_KPI = """# 缆车司机月度考核表

| 考核维度 | 考核指标 | 权重 | 计算公式 | 评分规则 |
| --- | --- | --- | --- | --- |
| 安全 | 缆车安全运行率 | 60% | 安全运行小时÷运行小时×100% | 发生一次停机事故扣10分 |
| 服务 | 游客平均排队时长 | 40% | 高峰时段排队分钟数之和÷统计次数 | 超过15分钟每分钟扣1分 |
"""

_HANDBOOK = """白桦岭滑雪场员工手册（节选）

第一章 排班
第一条 雪季实行排班制，具体时间见下表。
班次 | 时间 | 适用岗位
早班 | 07:00-15:00 | 缆车司机、采购专员
夜场班 | 15:00-22:30 | 缆车司机、雪道巡逻员
第二条 换班须经班组长同意。

第二章 群内讨论（摘录）
@周敏：雪具押金什么时候退？
@人力资源部：押金规则见租赁中心公告，这里不重复。

第三章 编者说明
本节选仅收录排班一章，年休假天数不在本节选内，请咨询人力资源部。
"""


@pytest.fixture(scope="module")
def ski_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    files = {"岗位说明书.txt": _POSTS, "缆车司机考核表.md": _KPI, "员工手册.txt": _HANDBOOK, "招聘岗位.csv": _POSTINGS}
    return indexed_services(tmp_path_factory, settings_factory, "ski", files)


def test_the_head_of_a_unit_is_its_manager(ski_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(ski_services, "教学部的头儿平时管些什么")
    assert a.role == "教学部经理" and "教练排班" in unescape_md(a.text), a.text


def test_a_post_named_by_the_head_of_its_title_and_gang(ski_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(ski_services, "采购岗要什么学历")
    assert a.role == "采购专员" and "大专" in unescape_md(a.text), a.text


def test_a_certificate_named_after_a_trade_is_no_post(ski_services) -> None:  # type: ignore[no-untyped-def]
    _, cert = _ask(ski_services, "会计每天做什么", "得有会计从业证不")
    assert cert.role == "会计" and "初级会计" in unescape_md(cert.text), cert.text


def test_the_last_item_in_colloquial_words(ski_services) -> None:  # type: ignore[no-untyped-def]
    _, last, again = _ask(ski_services, "教学部经理主要做什么", "末尾那条咋理解", "最末一条细讲下")
    for a in (last, again):
        assert not a.refused and "安全巡查" in unescape_md(a.text), a.text


def test_a_fields_label_alone_asks_that_field(ski_services) -> None:  # type: ignore[no-untyped-def]
    _, dept = _ask(ski_services, "采购专员主要干什么", "所属部门")
    assert dept.intent.value == "attribute" and "综合部" in unescape_md(dept.text), dept.text


def test_an_indicator_named_by_the_end_of_its_name(ski_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(ski_services, "排队时长咋算")
    assert "排队分钟数之和" in unescape_md(a.text), a.text


def test_the_scoring_rule_of_the_indicator_just_shown(ski_services) -> None:  # type: ignore[no-untyped-def]
    _, first, rule = _ask(ski_services, "缆车司机考核哪几项", "第一项是怎么算的", "没达标扣多少分")
    assert "缆车安全运行率" in unescape_md(first.text), first.text
    assert not rule.refused and "扣10分" in unescape_md(rule.text), rule.text


def test_a_sentence_that_asks_is_no_answer(ski_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(ski_services, "雪具押金什么时候退")
    assert "什么时候退?" not in unescape_md(a.text) and "什么时候退？" not in unescape_md(a.text), a.text


def test_a_table_introduced_below_comes_with_its_sentence(ski_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(ski_services, "雪季实行排班制吗")
    text = unescape_md(a.text)
    assert "实行排班制" in text and "15:00-22:30" in text, a.text


def test_what_is_hard_about_a_post(ski_services) -> None:  # type: ignore[no-untyped-def]
    _, hard, taboo = _ask(ski_services, "雪道巡逻员干什么", "难在哪", "最忌讳啥")
    assert "能见度低" in unescape_md(hard.text), hard.text
    assert "擅自离开" in unescape_md(taboo.text), taboo.text


def test_a_title_shortened_to_the_first_characters_of_its_words(ski_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(ski_services, "安检员每班要干啥")
    assert a.role == "安全检查员" and "缆车站" in unescape_md(a.text), a.text
    # of two titles it could shorten, the one it shortens least
    (b,) = _ask(ski_services, "人资专员要什么学历")
    assert b.role == "人力资源专员" and "本科" in unescape_md(b.text), b.text


def test_an_organisations_name_in_front_of_its_posting(ski_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(ski_services, "阿尔派产品经理要几年经验")
    assert a.role == "产品经理-雪具-北京" and "5年以上" in unescape_md(a.text), a.text


def test_a_topic_the_handbook_says_it_leaves_out(ski_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(ski_services, "年假一年能休几天")  # the note says 年休假: another wording of 年假
    assert a.refused and "没有写明" in unescape_md(a.text), a.text
    (b,) = _ask(ski_services, "换班要谁同意")  # what the handbook does state is still answered
    assert not b.refused and "班组长" in unescape_md(b.text), b.text
