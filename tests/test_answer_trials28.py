"""Layouts and question forms met on the round 28 blind trials (a call-centre outsourcer, a
domestic-services company, new shipped-corpus questions, conversations over corpus-extra), written
here from scratch for a courier company: a Word form filled in through content controls, a KPI sheet
whose score bands sit under one grouped header and whose post is the short name of a described one
(in another spelling), a careers page whose postings live only in its app's JSON state, a checklist
of ☐ boxes grouped by labels, a post whose kinds are named in brackets ("含…"), a title that begins
like a verb (在线…), and follow-ups: an ordinal set apart from its unit, an ellipsis with words of
time, a trade named by "这行", a comparison asked with "比谁…更高", a locative or a verb glued to
the title."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_POSTS = """顺达快运岗位说明书

一、客服座席代表
所属部门：客服中心
直接上级：客服主管
隔级领导：客服中心经理
岗位职责：
1、接听客户来电，处理查件与投诉；
2、登记工单并跟踪处理结果；
3、每日整理投诉台账。
任职要求：
1、大专及以上学历；
2、普通话二级乙等及以上。

二、在线客服专员
所属部门：客服中心
岗位职责：
1、在线回复客户咨询；
2、处理理赔申请。
任职要求：
1、本科及以上学历；
2、打字每分钟60字以上。

三、仓管员
本岗位包括仓管员（含夜班仓管、理货员）。
2.2 仓库开门检查清单（每天逐项勾选，拍照上传）
开门前：
☐ 检查门窗、消防器材是否完好
☐ 核对监控录像是否正常
作业中：
☐ 按先进先出原则发货
☐ 破损件单独存放并登记
任职要求：
1、高中及以上学历；
2、持叉车证者优先。
"""

_STATE_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>顺达快运 - 招聘</title></head>
<body><div id="app"><p>加载中…</p></div>
<script>window.__INITIAL_STATE__ = {
  "company": "顺达快运",
  "jobs": [
    {
      "jobName": "夜班分拣员",
      "salary": "5500-7000元/月",
      "city": "杭州·萧山区",
      "edu": "初中及以上",
      "duty": ["按路由分拣包裹", "异常件扫描登记"],
      "require": ["能适应夜班", "身体健康"]
    },
    {
      "jobName": "网点文员",
      "salary": "4000-5000元/月",
      "city": "杭州·余杭区",
      "edu": "中专及以上",
      "duty": ["录入运单信息", "整理网点报表"],
      "require": ["熟练使用Excel"]
    }
  ]
};</script>
<script src="/static/js/app.js"></script>
</body></html>
"""


# a handbook chapter "岗位职责" of posts with unlabelled bullet lists, then brochure cards whose
# headings put a slogan after the post
_HANDBOOK = """网点运营手册

第二章 岗位职责
2.1 网点经理
汇报对象：区域总监
管理对象：快递员、仓管员
▪ 制定网点月度经营计划；
▪ 审批理赔申请；
▪ 主持每周例会。
2.2 快递员
汇报对象：网点经理
▪ 按时收派快件；
▪ 收取到付款。

第三章 服务承诺
金牌快递员·顺达之星
服务内容：
准时收派，微笑服务。
理赔专员·您的售后管家
每个网点都有理赔专员。理赔专员负责受理客户理赔申请，三个工作日内给出处理结果。
"""


# an HR export whose codes the same file explains in a code list below its rows
_EXPORT = """岗位编码,岗位名称,学历代码,工作地点代码
AJ-01,安检员,E02,L01
AJ-02,安检组长,E03,L01


代码说明
代码类型,代码,含义
学历,E02,高中及以上
学历,E03,大专及以上
工作地点,L01,宁波市北仑区
"""


def _form(corpus) -> None:  # type: ignore[no-untyped-def]
    """A Word form whose post and facts are typed into content controls (w:sdt), one left unfilled."""
    from docx import Document
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def control(value: str, placeholder: bool = False) -> object:
        shown = "<w:showingPlcHdr/>" if placeholder else ""
        return parse_xml(f'<w:sdt {ns}><w:sdtPr><w:text/>{shown}</w:sdtPr><w:sdtContent><w:r><w:t>{value}</w:t></w:r>'
                         '</w:sdtContent></w:sdt>')

    doc = Document()
    doc.add_paragraph("站点岗位说明书（表单版）")
    heading = doc.add_heading("表1　岗位：", level=1)
    heading._p.append(control("站点主管"))
    table = doc.add_table(rows=3, cols=2)
    for row, (label, value, empty) in enumerate((("直接上级", "区域经理", False), ("工作地点", "宁波北仑站", False),
                                                 ("岗位编码", "单击或点击此处输入文字。", True))):  # fmt: skip
        table.cell(row, 0).text = label
        table.cell(row, 1).paragraphs[0]._p.append(control(value, placeholder=empty))
    doc.add_paragraph("一、岗位职责")
    doc.add_paragraph("1. 安排每日派件路线与人员；")
    doc.add_paragraph("2. 处理站点客户投诉。")
    doc.save(corpus / "站点岗位表单.docx")


def _kpi(corpus) -> None:  # type: ignore[no-untyped-def]
    """A KPI sheet titled "<company short name>　<post>…", its score bands under one grouped header."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "坐席"
    ws.append(["顺达客服　坐席代表月度KPI考核表"])
    ws.append(["序号", "考核指标", "权重", "计分规则", None, None])
    ws.append([None, None, None, "100分", "80分", "0分"])
    ws.append([1, "一次解决率", "60%", "≥85%", "80%-84.9%", "<80%"])
    ws.append([2, "通话质检得分", "40%", "≥90分", "85-89分", "<85分"])
    ws.merge_cells("D2:F2")
    for col in "ABC":
        ws.merge_cells(f"{col}2:{col}3")
    wb.save(corpus / "客服KPI.xlsx")


def _write(corpus) -> None:  # type: ignore[no-untyped-def]
    _form(corpus)
    _kpi(corpus)


@pytest.fixture(scope="module")
def courier_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    files = {"岗位说明书.txt": _POSTS, "招聘.html": _STATE_PAGE, "岗位导出.csv": _EXPORT, "运营手册.txt": _HANDBOOK}
    return indexed_services(tmp_path_factory, settings_factory, "courier", files, write=_write)


def test_a_form_filled_in_through_content_controls(courier_services) -> None:  # type: ignore[no-untyped-def]
    boss, = _ask(courier_services, "站点主管的直接上级是谁")
    assert boss.role == "站点主管" and "区域经理" in boss.text, (boss.role, boss.text)
    duties, = _ask(courier_services, "站点主管要做什么")
    assert "派件路线" in duties.text, duties.text
    code, = _ask(courier_services, "站点主管的岗位编码是多少")
    assert "单击或点击此处输入文字" not in code.text, code.text  # an unfilled control's placeholder says nothing


def test_score_bands_under_a_grouped_header_keep_their_scores(courier_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(courier_services, "坐席代表的一次解决率怎么计分")
    text = unescape_md(answer.text)
    assert "80分：80%-84.9%" in text and "100分：≥85%" in text, text


def test_a_kpi_sheet_naming_the_post_by_its_short_name_in_another_spelling(courier_services) -> None:  # type: ignore[no-untyped-def]
    kpis, = _ask(courier_services, "客服座席代表的考核指标有哪些")
    assert "一次解决率" in kpis.text and "通话质检得分" in kpis.text, kpis.text
    needs, = _ask(courier_services, "招坐席代表要什么条件")
    assert "普通话二级乙等" in needs.text, needs.text


def test_postings_only_in_the_pages_app_state(courier_services) -> None:  # type: ignore[no-untyped-def]
    place, = _ask(courier_services, "夜班分拣员在哪里上班")
    assert "杭州·萧山区" in place.text and "加载中" not in place.text, place.text
    duties, = _ask(courier_services, "网点文员的岗位职责")
    assert "录入运单信息" in duties.text, duties.text


def test_a_checklist_of_boxes_grouped_by_labels(courier_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(courier_services, "仓管员每天要做哪些事")
    text = unescape_md(answer.text)
    assert "检查门窗" in text and "先进先出" in text and "☐" not in text, text
    assert "登记作业中" not in text.replace("\n", ""), text  # the next group's label is no tail of an item


def test_kinds_of_a_post_named_in_brackets(courier_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(courier_services, "夜班仓管有什么要求")
    assert answer.role == "仓管员" and "叉车证" in answer.text, (answer.role, answer.text)


def test_a_title_that_begins_like_a_verb_and_words_glued_to_titles(courier_services) -> None:  # type: ignore[no-untyped-def]
    online, = _ask(courier_services, "站里在线客服专员每天做什么")
    assert online.role == "在线客服专员" and "专门资料" not in online.text, (online.role, online.text)
    became, = _ask(courier_services, "做客服座席代表得具备啥")
    assert became.role == "客服座席代表" and "专门资料" not in became.text, (became.role, became.text)


def test_follow_ups_by_ordinal_time_words_trade_and_comparison(courier_services) -> None:  # type: ignore[no-untyped-def]
    *_, third = _ask(courier_services, "客服座席代表平时负责什么", "排第三的那项能细说下吗")
    assert not third.refused and "投诉台账" in third.text and "查件" not in third.text, third.text
    *_, monthly = _ask(courier_services, "在线客服专员要什么学历", "进去以后每个月要干哪些活")
    assert not monthly.refused and "理赔申请" in monthly.text, monthly.text
    *_, trade = _ask(courier_services, "仓管员要什么学历", "干这行得考哪种证")
    assert not trade.refused and "叉车证" in trade.text, trade.text
    *_, compared = _ask(courier_services, "在线客服专员要什么条件", "他跟仓管员比谁的学历要求更高")
    text = unescape_md(compared.text)
    assert "本科" in text and "高中" in text, text


def test_the_superiors_superior_and_a_boss_asked_as_overhead(courier_services) -> None:  # type: ignore[no-untyped-def]
    skip, = _ask(courier_services, "客服座席代表直接主管上面再隔一级的领导是谁")
    assert "客服中心经理" in skip.text, skip.text
    *_, boss = _ask(courier_services, "客服座席代表平时负责什么", "他头上顶着的领导是哪位")
    assert "客服主管" in boss.text and not boss.refused, boss.text


def test_codes_an_export_explains_itself(courier_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(courier_services, "安检员要什么学历")
    assert "高中及以上" in answer.text, answer.text


def test_a_chapters_posts_and_brochure_cards_with_slogans(courier_services) -> None:  # type: ignore[no-untyped-def]
    duties, staff = _ask(courier_services, "网点经理的职责有哪些", "他手下管哪些人")
    assert not duties.refused and "审批理赔申请" in duties.text and "按时收派" not in duties.text, duties.text
    assert "快递员" in staff.text and not staff.refused, staff.text
    card, = _ask(courier_services, "理赔专员负责什么")
    assert "三个工作日" in card.text and "微笑服务" not in card.text, card.text


def test_a_requirements_follow_up_lists_each_line_once(courier_services) -> None:  # type: ignore[no-untyped-def]
    *_, needs = _ask(courier_services, "客服座席代表平时负责什么", "那任职方面有什么要求")
    assert unescape_md(needs.text).count("普通话二级乙等") == 1, needs.text
