"""Layouts and questions met on the round 31 blind trials (a hotel group, a water utility, new
shipped-corpus questions), written here from scratch for a cinema chain: an essay that talks about
a post it describes nowhere, a qualification sheet whose certificates are codes another sheet
names, a KPI workbook of one sheet per post (the sheet named by the post, a form line under the
title), and a reporting line stated as "接受…的指示"."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_ESSAY = """浅谈影城的排片工作
影城的经营离不开科学排片。
节假日档期的黄金场次要提前两周锁定，并预留不少于三成的厅位给新上映的影片。
工作日的早场以会员放映为主，票价执行会员价。
影城一般设放映主管、票务员、卖品员等岗位。
"""

_TICKETS = """票务员岗位说明
岗位职责：
1．负责售票、退改签和会员卡办理。
2．负责每日票款的清点与交接。
票务员在工作中接受值班经理的指示和监督。
"""


_CAREERS = """<html><body><h1>加入星河影城</h1>
<section class="job"><h2>会员专员 <small>市场部 · 星河影城万达店</small></h2>
<ul class="meta"><li>上海·浦东新区</li><li>6.5-8K</li><li>大专</li></ul>
<h4>岗位职责</h4><ol><li>负责会员卡的推广与办理</li><li>策划会员观影日活动</li></ol>
<h4>任职要求</h4><ol><li>大专及以上学历</li><li>1年以上会员运营经验</li></ol></section>
</body></html>"""


def _workbooks(corpus) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    from docx import Document

    doc = Document()
    doc.add_paragraph("放映部岗位介绍")
    para = doc.add_paragraph()
    para.add_run("■ 放映员").add_break()  # the post on the first line, its prose after a soft break
    para.add_run("放映员在放映主管领导下工作，日常主要检查放映机光源亮度和影厅音响，每场开映前核对片单与密钥。")
    doc.save(corpus / "岗位介绍.docx")

    wb = Workbook()
    ws = wb.active
    ws.title = "任职资格矩阵"
    ws.append(["岗位", "最低学历", "必备证书（代码）"])
    ws.append(["放映员", "中专", "C01、C02"])
    ws.append(["卖品员", "高中", "C03"])
    codes = wb.create_sheet("证书代码表")
    codes.append(["代码", "证书名称", "发证机构"])
    codes.append(["C01", "电影放映技能证书", "行业协会"])
    codes.append(["C02", "低压电工作业证", "应急管理部门"])
    codes.append(["C03", "食品从业人员健康证", "卫生部门"])
    wb.save(corpus / "任职资格.xlsx")

    wb = Workbook()
    wb.remove(wb.active)
    for post, rows in (("影城经理", [("财务维度", "票房收入完成率", 0.4), ("客户维度", "观众满意度", 0.3), ("内部流程", "放映事故次数", 0.3)]),
                       ("卖品主管", [("财务维度", "卖品毛利率", 0.5), ("客户维度", "卖品投诉次数", 0.5)])):
        ws = wb.create_sheet(post)
        ws.append([f"星河影城2024年度绩效考核表（{post}）", None, None, None])
        ws.append(["考核周期：月度　　考核人：区域总监　　被考核人签字：______", None, None, None])
        ws.append(["考核维度", "序号", "考核指标", "权重"])
        for n, (dim, name, weight) in enumerate(rows, 1):
            ws.append([dim, n, name, weight])
    wb.save(corpus / "绩效考核表.xlsx")


@pytest.fixture(scope="module")
def cinema_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    return indexed_services(tmp_path_factory, settings_factory, "cinema", {"排片工作.txt": _ESSAY, "票务员.txt": _TICKETS,
                                                                        "招聘.html": _CAREERS},
                            write=_workbooks)  # fmt: skip


def test_a_post_described_nowhere_is_answered_by_the_sentence_that_says_the_rest(cinema_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(cinema_services, "影城排片经理在节假日档期要提前多久锁定黄金场次?")
    text = unescape_md(answer.text)
    assert not answer.refused and "提前两周锁定" in text and "排片经理" in text and answer.citations, text


def test_a_post_only_named_is_still_refused(cinema_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(cinema_services, "影城放映主管平时都负责什么工作?")
    assert answer.refused, answer.text


def test_certificate_codes_are_shown_with_the_names_another_sheet_gives(cinema_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(cinema_services, "放映员要持什么证?")
    text = unescape_md(answer.text)
    assert "电影放映技能证书" in text and "低压电工作业证" in text, text


def test_a_kpi_sheet_named_by_its_post_is_that_posts(cinema_services) -> None:  # type: ignore[no-untyped-def]
    snap = cinema_services.chat.c.assistant().snapshot
    owners = {k.name: k.roles for k in snap.kpis}
    assert owners.get("票房收入完成率") == ["影城经理"] and owners.get("卖品毛利率") == ["卖品主管"], owners
    answer, = _ask(cinema_services, "影城经理考核哪些指标?")
    text = unescape_md(answer.text)
    assert all(w in text for w in ("票房收入完成率", "观众满意度", "放映事故次数")) and "卖品毛利率" not in text, text


def test_a_reporting_line_stated_as_taking_instructions(cinema_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(cinema_services, "票务员听谁的指示?")
    assert not answer.refused and "值班经理" in unescape_md(answer.text), answer.text


def test_a_careers_card_titled_by_post_unit_and_site(cinema_services) -> None:  # type: ignore[no-untyped-def]
    # "会员专员 市场部 · 星河影城万达店": the post, then its unit and where it sits; "6.5-8K" is a
    # pay range, not the list number 6.5 before "-8K"
    duties, pay = _ask(cinema_services, "会员专员负责什么?", "他工资多少?")
    assert duties.role == "会员专员" and "会员观影日" in unescape_md(duties.text), duties.text
    assert "6.5-8K" in unescape_md(pay.text), pay.text
    profile = next(p for p in cinema_services.chat.c.assistant().snapshot.profiles if p.title == "会员专员")
    assert profile.department == "市场部", profile.department


def test_a_post_on_the_first_line_of_a_paragraph_owns_its_prose(cinema_services) -> None:  # type: ignore[no-untyped-def]
    # "■ 放映员" then a soft line break then what the post does; the question names no kind
    # ("检查些什么"): the post's sentence that says it, not its requirement row
    answer, = _ask(cinema_services, "放映员日常都检查些什么？")
    text = unescape_md(answer.text)
    assert "光源亮度" in text and "电影放映技能证书" not in text, text
