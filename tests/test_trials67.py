"""Round 67, written here from scratch for a ferry company (the blind testers wrote a data centre and a securities
brokerage, and asked over the two demo corpora): Word forms whose requirements are a merged group of rows, a hidden
old value, a post's form kept as "字段 | 填写内容 | 填写说明", a pay scale under a grouped header, a duty table aligned
with spaces whose cell wraps, a requirement paragraph going on after its first sentence; and answers that keep a
deputy apart from the chief, read a post moved to another unit from a notice, and find the post after its unit."""

from __future__ import annotations

from _answer_support import file_records, indexed_services, write_workbook, written_corpus


def _forms_docx(path) -> None:  # type: ignore[no-untyped-def]
    """One table per post: facts, a 任职资格 group merged down over its rows; the captain's pay hides the old value."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    doc.add_paragraph("海鸥轮渡公司岗位说明书汇编")
    for title, boss, quals, pay in (
        ("客船船长", "航运部经理", ("本科及以上", "航海技术专业", "船长适任证书"), "年薪30万"),
        ("客船大副", "客船船长", ("大专及以上", "航海相关专业", "大副适任证书"), "年薪18万"),
    ):
        table = doc.add_table(rows=5, cols=3)
        table.cell(0, 0).text, table.cell(0, 1).text = "岗位名称", title
        table.cell(1, 0).text, table.cell(1, 1).text = "直接上级", boss
        table.cell(2, 0).text, table.cell(2, 1).text = "薪酬", pay
        for row, (label, value) in enumerate(zip(("学历", "专业", "资格证书"), quals), start=2):
            table.cell(row, 1).text, table.cell(row, 2).text = label, value
        table.cell(2, 0).merge(table.cell(4, 0)).text = "任职资格"
        table.cell(0, 1).merge(table.cell(0, 2))
        table.cell(1, 1).merge(table.cell(1, 2))
        doc.add_paragraph("")
    # a hidden run after the captain's pay: an old value kept out of sight
    hidden = doc.add_paragraph("岗位补充：薪酬").add_run("（2024版：年薪25万）")
    props = hidden._r.get_or_add_rPr()
    props.append(OxmlElement("w:vanish"))
    assert props.find(qn("w:vanish")) is not None
    doc.save(path)


def test_forms_with_a_merged_requirements_group_and_a_hidden_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {})
    _forms_docx(corpus / "岗位说明书.docx")
    records = file_records(corpus, "岗位说明书.docx")
    posts = {p.title: p for p in records.profiles}
    # each post's requirements are its own, not the post's above it
    assert [q.text for q in posts["客船大副"].qualifications] == ["大专及以上", "航海相关专业", "大副适任证书"], posts["客船大副"]
    assert [q.text for q in posts["客船船长"].qualifications][0] == "本科及以上", posts["客船船长"].qualifications
    # a run Word does not show is no text of the document
    assert not any("2024版" in chunk.text for chunk in records.chunks), [c.text for c in records.chunks]


def test_a_field_list_form_a_grouped_pay_scale_and_an_aligned_table(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {})
    form = [["岗位信息采集表 —— 轮机员"], ["字段", "填写内容", "填写说明"], ["岗位名称", "轮机员", "与组织架构一致"],
            ["所属部门", "机务部", "填写到二级部门"], ["直接上级", "轮机长", "填写上级岗位名称"],
            ["学历要求", "中专及以上", "填写最低学历"], ["主要职责", "1、值守机舱\n2、保养主机", "按重要性列出"],
            ["填写人", "轮机长 王海", None], ["岗级", "G3", "见薪资带宽表"]]
    scale = [["岗级", "月度标准薪酬（元，税前）", None, None], [None, "最低", "中位", "最高"],
             ["G2", 5000, 6000, 7000], ["G3", 6500, 7500, 8800]]
    write_workbook(corpus / "采集表.xlsx", {"轮机员": form, "薪资带宽": scale}, {"薪资带宽": ["B1:D1", "A1:A2"]})
    (corpus / "售票员.txt").write_text(
        "岗位名称：售票员          所属部门：客运部\n"
        "----------------------------------------------------------------\n"
        "序号  工作职责                                          频次\n"
        " 1    发售船票并核对乘客身份证件                          每日\n"
        " 2    清点票款，与财务交接当日营业款，核对电子支付        每日\n"
        "      流水\n"
        " 3    统计月度客流量                                      每月\n"
        "----------------------------------------------------------------\n"
        "售票员应聘者需具备高中及以上学历，专业不限；须持有健康证；普通话标准。\n",
        encoding="utf-8")
    (corpus / "招聘需求.csv").write_text(
        "岗位名称,学历代码,码头代码,薪资\n检票员,G,N1,4000-5000\n调度员,D,N2,6000-8000\n"
        "# 学历代码：G=高中及以上，D=大专及以上\n# 码头代码：N1=北码头，N2=南码头\n", encoding="utf-8")
    profiles = {p.title: p for p in file_records(corpus, "采集表.xlsx").profiles}
    engineer = profiles["轮机员"]
    # the form's values are the post's facts; how to fill them in is none, nor is who filled it in a duty
    assert engineer.fields["reports_to"].text == "轮机长" and engineer.department == "机务部", engineer.fields
    assert [d.text for d in engineer.duties] == ["1、值守机舱", "2、保养主机"], engineer.duties
    seller = next(p for p in file_records(corpus, "售票员.txt").profiles if p.title == "售票员")
    # a row's duty wraps onto a line of its own under its column: one duty, its frequency kept
    assert len(seller.duties) == 3 and "核对电子支付流水" in seller.duties[1].text and "每日" in seller.duties[1].text, seller.duties
    # the subject of "应聘者需具备…" is no part of the requirement; the sentences after the first go on with it
    assert [q.text for q in seller.qualifications] == ["高中及以上学历", "专业不限", "持有健康证", "普通话标准"], seller.qualifications
    # codes an export explains in lines under its rows ("# 学历代码：G=高中及以上，…") are shown with their meaning
    coded = {p.title: p for p in file_records(corpus, "招聘需求.csv").profiles}
    assert coded["调度员"].fields["education"].text == "D(大专及以上)", coded["调度员"].fields


_FERRY = {
    "岗位说明书.txt": """\
海鸥轮渡公司岗位说明书

一、客运部经理
所属部门：客运部
直接上级：总经理
岗位职责：
1. 负责客运部的日常管理。
2. 组织制定客运服务标准。
任职要求：
1. 本科及以上学历。
2. 5年以上客运管理经验。

二、售票员
所属部门：客运部
直接上级：客运部经理
岗位职责：
1. 发售船票并核对乘客身份证件。
2. 清点票款并与财务交接。
任职要求：
1. 高中及以上学历。

三、值班水手
直接上级：客船大副
岗位职责：
1. 负责船舶系泊和解缆。
2. 维护甲板设备。

四、调度员
所属部门：航运部
岗位职责：
（一）船舶调度（时间占比：60%）
1. 编制船舶运行计划。
2. 处理航班延误和停航。
（二）统计报表（时间占比：40%）
3. 编制客运日报和月报。

说明：客运部副经理岗位说明书另行制定。
""",
    "客运管理规定.txt": """\
客运管理规定

第一条 为规范客运服务管理，制定本规定。
第二条 售票员按下表考核，考核结果与绩效工资挂钩：
考核指标 权重 目标值
票款差错率 60% 0次
乘客满意度 40% ≥95%
第三条 值班水手：略（见《岗位说明书》）。
""",
    "岗位定编表.csv": "岗位名称,所属部门,编制,职级\n客运部经理,客运部,1,M2\n客运部副经理,客运部,0,M1\n售票员,客运部,6,P1\n",
    "关于调整岗位隶属关系的通知.txt": """\
关于调整岗位隶属关系的通知

经公司研究，自2025年3月1日起作如下调整：

一、值班水手由航运部划归客运部管理，直接上级调整为客运部经理。

二、售票员班次由“两班倒”调整为“三班两运转”。

特此通知。
""",
}


def test_a_deputy_a_moved_post_and_a_post_after_its_unit(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "ferry67", _FERRY)
    ask = services.chat.ask
    # the deputy has a staffing row but no description: not the chief's duties
    deputy = ask("客运部副经理的岗位职责是什么", Conversation())
    assert "客运部副经理" in deputy.text and "组织制定客运服务标准" not in deputy.text, deputy.text
    # a notice moving a post to another unit states its unit, though its own description does not
    moved = ask("值班水手现在属于哪个部门", Conversation())
    assert not moved.refused and "客运部" in moved.text and "2025年3月1日" in moved.text, moved.text
    # "客运部的售票员": the unit, then the post asked about
    seller = ask("客运部的售票员每天都干些啥", Conversation())
    assert seller.role == "售票员" and "发售船票" in seller.text, seller.text
    # "给我一套售票员…": the count before the post is no part of its title
    script = ask("给我一套售票员收款的标准流程", Conversation())
    assert "我一套" not in script.text, script.text
    # a rule's "X按下表考核" gives X the table's rows
    kpi = ask("售票员怎么考核", Conversation())
    assert "票款差错率" in kpi.text and "60%" in kpi.text, kpi.text
    # a "略" line of the post gives way to the list another document gives it
    sailor = ask("值班水手日常工作有哪些", Conversation())
    assert not sailor.refused and "系泊" in sailor.text, sailor.text
    # a notice that changes a post's shift answers the shift
    shift = ask("售票员现在几班倒", Conversation())
    assert "三班两运转" in shift.text, shift.text
    # "它具体怎么考核" after one indicator's row: that indicator, not the post's whole sheet
    conv = Conversation()
    ask("票款差错率这项权重多少", conv)
    it = ask("它具体怎么考核", conv)
    assert "票款差错率" in it.text and "乘客满意度" not in it.text, it.text
    # the part of a duty list with the largest share, named first
    share = ask("调度员职责里时间占比最高的是哪块", Conversation())
    assert share.text.startswith("占比最高的是：") and "船舶调度" in share.text.splitlines()[0], share.text
