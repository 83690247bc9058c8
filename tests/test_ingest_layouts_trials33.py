"""Layouts met on the round 33 blind trials (a law firm, a photovoltaic O&M company, new shipped-corpus
questions), written here from scratch for a chain of veterinary hospitals: a spreadsheet's "Unicode
text" export saved as .txt, a duty table whose post cell runs down its rows, a header written over
two rows, Markdown posts in <details> blocks, a Word form per section named only in its page header,
an old site's posting inside a one-column layout table, labels a style sheet writes, and a posting
written as one paragraph."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records


def test_a_tab_separated_export_saved_as_text(tmp_path: Path) -> None:
    # Excel's "Unicode 文本": UTF-16, tabs, a quoted cell holding the posting's lines
    text = ("岗位名称\t所在院区\t薪资\t职位描述\n"
            "兽医助理\t朝阳院区\t6-8K\t\"岗位职责：\n1、协助主治兽医接诊\n2、完成术前准备\n任职要求：\n1、动物医学相关专业\"\n"
            "宠物美容师\t海淀院区\t5-7K\t\"岗位职责：\n1、为犬猫洗护造型\n任职要求：\n1、持宠物美容师证书\"\n")  # fmt: skip
    (tmp_path / "职位导出.txt").write_bytes(text.encode("utf-16"))
    posts = {p.title: p for p in file_records(tmp_path, "职位导出.txt").profiles}
    assert set(posts) == {"兽医助理", "宠物美容师"}, sorted(posts)
    assert [d.text for d in posts["兽医助理"].duties] == ["1、协助主治兽医接诊", "2、完成术前准备"], posts["兽医助理"].duties
    assert posts["宠物美容师"].fields["location"].text == "海淀院区"
    assert not any("美容" in q.text for q in posts["兽医助理"].qualifications), posts["兽医助理"].qualifications


def test_a_plain_text_with_tabs_is_not_taken_for_an_export(tmp_path: Path) -> None:
    # two short tabbed lines inside a text: no export (the header and records must agree in width)
    (tmp_path / "说明.txt").write_text("前台接待\n岗位职责：\n1.接待来院客户\t登记宠物信息\n2.收费\n", encoding="utf-8")
    post, = file_records(tmp_path, "说明.txt").profiles
    assert post.title == "前台接待" and len(post.duties) == 2, (post.title, post.duties)


def _duty_table(tmp_path: Path, merged: bool) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("门诊部岗位职责分解表")
    rows = [("护理员", "1", "笼舍清洁消毒", "每日"), ("护理员", "2", "住院动物喂食并记录", "每日"),
            ("护理员", "3", "协助保定", "按需"), ("药房管理员", "1", "药品出入库登记", "每日"),
            ("药房管理员", "2", "效期检查", "每月")]  # fmt: skip
    t = d.add_table(rows=len(rows) + 1, cols=4)
    for col, text in enumerate(["岗位", "序号", "岗位职责", "频次"]):
        t.cell(0, col).text = text
    for r, row in enumerate(rows, start=1):
        for col, text in enumerate(row):
            if col or not merged:
                t.cell(r, col).text = text
    if merged:
        t.cell(1, 0).merge(t.cell(3, 0)).text = "护理员"
        t.cell(4, 0).merge(t.cell(5, 0)).text = "药房管理员"
    path = tmp_path / ("合并.docx" if merged else "重复.docx")
    d.save(path)
    return path


def test_a_post_cell_running_down_its_duty_rows_is_one_post(tmp_path: Path) -> None:
    for merged in (True, False):
        path = _duty_table(tmp_path, merged)
        posts = file_records(tmp_path, path.name).profiles
        assert [(p.title, len(p.duties)) for p in posts] == [("护理员", 3), ("药房管理员", 2)], (merged, [(p.title, p.duties) for p in posts])


def test_a_header_written_over_two_rows(tmp_path: Path) -> None:
    (tmp_path / "招聘需求.csv").write_text(
        "岗位,所属,工作,月薪,备注\n名称,部门,地点,（元）,\n"
        "兽医助理,门诊部,朝阳院区,6000-8000,需值夜班\n宠物美容师,美容部,海淀院区,5000-7000,\n",
        encoding="utf-8")  # fmt: skip
    posts = {p.title: p for p in file_records(tmp_path, "招聘需求.csv").profiles}
    assert set(posts) == {"兽医助理", "宠物美容师"}, sorted(posts)
    assert posts["兽医助理"].fields["location"].text == "朝阳院区" and posts["兽医助理"].department == "门诊部"


_HANDBOOK = """# 门诊部手册

## 岗位说明

<details>
<summary><b>前台接待</b>（编制2人，轮班）</summary>

- **汇报对象**：门诊主管
- **工作职责**
  1. 接待来院客户并登记宠物信息
  2. 收费与开具票据
- **任职要求**：大专及以上学历；普通话标准。

</details>

<details>
<summary><b>药房管理员</b>（编制1人）</summary>

- **汇报对象**：门诊主管
- **工作职责**
  1. 药品出入库登记
- **任职要求**：药学相关专业；持药师证者优先。

</details>
"""


def test_markdown_posts_in_collapsible_blocks(tmp_path: Path) -> None:
    (tmp_path / "手册.md").write_text(_HANDBOOK, encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "手册.md").profiles}
    # the headcount note is no part of the title; the tags are no text of the document
    assert set(posts) == {"前台接待", "药房管理员"}, sorted(posts)
    front = posts["前台接待"]
    assert len(front.duties) == 2 and "收费" in front.duties[1].text, front.duties
    # "- 任职要求：…" after the numbered duties is the requirements, not a sub-item of the last duty
    assert any("大专" in q.text for q in front.qualifications), front.qualifications
    assert front.fields["reports_to"].text == "门诊主管"


def test_a_form_per_section_named_in_its_page_header(tmp_path: Path) -> None:
    import docx
    from docx.enum.section import WD_SECTION

    d = docx.Document()
    for n, (post, boss) in enumerate([("兽医助理", "主治兽医"), ("护理员", "护理主管")]):
        section = d.sections[0] if n == 0 else d.add_section(WD_SECTION.NEW_PAGE)
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = f"安宠动物医院　岗位说明书　｜　岗位：{post}　｜　编号：AC-0{n + 1}"
        d.add_paragraph("岗位说明书")
        d.add_paragraph(f"直接上级：{boss}")
        d.add_paragraph("岗位职责")
        d.add_paragraph(f"1.{post}的第一项工作")
    d.save(tmp_path / "岗位说明书.docx")
    posts = {p.title: p for p in file_records(tmp_path, "岗位说明书.docx").profiles}
    assert set(posts) == {"兽医助理", "护理员"}, sorted(posts)
    assert posts["护理员"].fields["reports_to"].text == "护理主管"


def test_a_posting_in_an_old_sites_layout_table(tmp_path: Path) -> None:
    page = """<html><body><table width="778" border="0"><tr><td>
<table width="100%"><tr><td><font size="2">
<b>■&nbsp;职位一：理赔代理人</b><br>
&nbsp;&nbsp;工作地点：朝阳院区<br>
&nbsp;&nbsp;<u>工作内容</u>：<br>
&nbsp;&nbsp;（1）向到院客户介绍宠物医疗险；<br>
&nbsp;&nbsp;（2）协助理赔材料收集。<br>
&nbsp;&nbsp;<u>应聘条件</u>：<br>
&nbsp;&nbsp;（1）大专及以上学历。<br>
</font></td></tr></table></td></tr></table></body></html>"""
    (tmp_path / "招聘.html").write_text(page, encoding="utf-8")
    post, = file_records(tmp_path, "招聘.html").profiles
    assert post.title == "理赔代理人" and len(post.duties) == 2 and post.fields["location"].text == "朝阳院区", post


def test_labels_written_by_the_style_sheet(tmp_path: Path) -> None:
    page = """<html><head><style>
.job ul.duty::before{content:"岗位职责";display:block}
.job .req::before { content: '任职要求'; }
.job .pay:before{content:"薪资范围："}
</style></head><body><div class="job"><h3>宠物美容师</h3>
<p class="pay">5000-7000元/月</p>
<ul class="duty"><li>为犬猫洗护造型</li><li>记录皮肤异常</li></ul>
<ul class="req"><li>持宠物美容师证书</li></ul></div></body></html>"""
    (tmp_path / "加入我们.html").write_text(page, encoding="utf-8")
    post, = file_records(tmp_path, "加入我们.html").profiles
    assert [d.text for d in post.duties] == ["为犬猫洗护造型", "记录皮肤异常"], post.duties
    assert [q.text for q in post.qualifications] == ["持宠物美容师证书"], post.qualifications
    assert post.pay == "5000-7000元/月", post.pay


def test_a_posting_written_as_one_paragraph(tmp_path: Path) -> None:
    (tmp_path / "招聘启事.txt").write_text(
        "【安宠动物医院·海淀院区】诚聘兽医助理3名，工作地点在海淀区，岗位职责：协助接诊，完成术前准备，"
        "负责住院巡视；任职要求：动物医学专业大专及以上学历，能接受夜班；汇报对象：主治兽医。\n", encoding="utf-8")  # fmt: skip
    post, = file_records(tmp_path, "招聘启事.txt").profiles
    assert post.title == "兽医助理", post.title
    assert any("协助接诊" in d.text for d in post.duties) and any("动物医学" in q.text for q in post.qualifications), post
    assert post.fields["reports_to"].text.startswith("主治兽医"), post.fields


def test_a_ladder_of_posts_under_grouped_headers(tmp_path: Path) -> None:
    # posts as columns under groups merged across them, the rows' groups merged down the left:
    # each post's form holds its own column's values under the rows' own labels
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["兽医职级晋升标准"])
    ws.append(["考核维度", "考核项目", "兽医序列", None, "管理序列"])
    ws.append([None, None, "助理兽医师", "主治兽医师", "院长"])
    ws.append(["资历条件", "从业年限", "满1年", "满5年", "满8年"])
    ws.append([None, "执业资格", "助理执业兽医师证", "执业兽医师证", "执业兽医师证"])
    ws.append(["业绩条件", "年度接诊量", "800例", "1500例", "不考核"])
    for cells in ("A1:E1", "C2:D2", "A2:A3", "B2:B3", "A4:A5"):
        ws.merge_cells(cells)
    wb.save(tmp_path / "晋升标准.xlsx")
    posts = {p.title: p for p in file_records(tmp_path, "晋升标准.xlsx").profiles}
    assert set(posts) == {"助理兽医师", "主治兽医师", "院长"}, sorted(posts)
    texts = [q.text for q in posts["主治兽医师"].qualifications]
    assert any("1500例" in t for t in texts) and any("满5年" in t for t in texts), texts
    assert not any("800例" in t or "满8年" in t for t in texts), texts


_WORD_HTML = """<html><head><style><!-- p.MsoListParagraph {margin:0cm;} --></style></head><body>
<div class=WordSection1>
<p class=MsoNormal><b><span>一、宠物营养顾问（门诊部，2名）</span></b><o:p></o:p></p>
<p class=MsoNormal><span>岗位职责：</span></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span
>为住院犬猫制定饮食方案</span></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span
>向客户讲解处方粮用法</span></p>
</div></body></html>"""


def test_a_posting_saved_from_word_as_a_web_page(tmp_path: Path) -> None:
    # Word's list numbers sit in "mso-list:Ignore" spans; the title's note holds its unit and headcount
    (tmp_path / "招聘公告.html").write_text(_WORD_HTML, encoding="utf-8")
    post, = file_records(tmp_path, "招聘公告.html").profiles
    assert post.title == "宠物营养顾问", post.title
    assert [d.text for d in post.duties] == ["为住院犬猫制定饮食方案", "向客户讲解处方粮用法"], post.duties


def test_a_list_spread_over_numbered_columns(tmp_path: Path) -> None:
    (tmp_path / "岗位信息.csv").write_text(
        "岗位,汇报对象,职责1,职责2,职责3,学历\n"
        "宠物营养顾问,门诊主管,制定饮食方案,讲解处方粮用法,回访体重变化,大专\n", encoding="utf-8")  # fmt: skip
    post, = file_records(tmp_path, "岗位信息.csv").profiles
    assert [d.text for d in post.duties] == ["制定饮食方案", "讲解处方粮用法", "回访体重变化"], post.duties


def test_markdown_definition_lists_and_callouts(tmp_path: Path) -> None:
    # Pandoc's ": 汇报：…" under a term and Obsidian's "> [!note] 日常工作" box are Markdown syntax, not words
    (tmp_path / "手册.md").write_text(
        "# 门诊部手册\n\n## 岗位速览\n\n宠物营养顾问\n: 汇报：门诊主管\n: 学历：大专及以上\n\n"
        "## 宠物营养顾问\n\n> [!note] 岗位职责\n> - 为住院犬猫制定饮食方案\n> - 向客户讲解处方粮用法\n", encoding="utf-8")  # fmt: skip
    posts = file_records(tmp_path, "手册.md").profiles
    assert any(p.fields.get("reports_to") and p.fields["reports_to"].text == "门诊主管" for p in posts), posts
    duties = [d.text for p in posts for d in p.duties]
    assert any("制定饮食方案" in d for d in duties) and not any("[!note]" in d for d in duties), duties
