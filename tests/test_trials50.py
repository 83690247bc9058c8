"""Round 50, written here from scratch for a hotel group, a courier company and a hospital (the blind testers wrote an
auto dealership group and a university campus-services company): a job export whose headers are a system's field
names with their Chinese labels in brackets; a Word form whose every cell holds its label over its value; a KPI
block's 权重小计 row; a WeChat-style article of numbered cards with "标签｜值" facts; careers cards of `<div>` label and
value rows; a plain-text title framed by rules, its bracket saying what the post covers; a handbook's post whose list
is announced "…职责见下表："; a Word form whose group label is merged down beside label/value pairs; everyday names of
posts (宿管阿姨, 机修师傅)."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records, nfkc


def test_a_job_export_with_field_names_over_chinese_labels(tmp_path: Path) -> None:
    (tmp_path / "jobs.csv").write_text(
        "req_id(需求编号),job_title(岗位名称),dept(用人部门),site(院区),hc(人数),edu(学历),exp(经验),salary(月薪),duty(岗位职责),status(状态)\n"
        "R-01,客房服务员,客房部,西湖店,3,初中及以上,不限,4200-4800元,①清扫客房；②补充客用品；③报告设施故障,招聘中\n"
        "R-02,行李员,前厅部,西湖店,2,高中及以上,1年以上,3800-4300元,①运送行李；②寄存行李,招聘中\n", encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "jobs.csv").profiles}
    assert set(posts) >= {"客房服务员", "行李员"}, list(posts)
    room = posts["客房服务员"]
    assert nfkc(room.fields["department"].text) == "客房部" and "4200" in room.fields["pay"].text, room.fields
    assert len(room.duties) == 3 and "education" in room.fields, room


def test_a_word_form_whose_cells_hold_label_over_value(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("岗位一　分拣组长")
    table = doc.add_table(rows=3, cols=3)
    cells = [("岗位名称", "分拣组长"), ("所属部门", "分拣中心"), ("直接上级", "中心主任"),
             ("学历", "高中及以上"), ("工作经验", "3年以上分拣经验"), ("编制", "2人")]
    for cell, (label, value) in zip([c for row in table.rows[:2] for c in row.cells], cells):
        cell.text = label
        cell.add_paragraph(value)
    duty = table.rows[2].cells[0].merge(table.rows[2].cells[2])
    duty.text = "岗位职责"
    for line in ("1. 安排班组分拣任务；", "2. 处理异常件；", "3. 统计当班效率。"):
        duty.add_paragraph(line)
    doc.save(tmp_path / "form.docx")
    post = next(p for p in file_records(tmp_path, "form.docx").profiles if p.title == "分拣组长")
    assert nfkc(post.fields["reports_to"].text) == "中心主任" and nfkc(post.fields["department"].text) == "分拣中心", post.fields
    assert len(post.duties) == 3 and "education" in post.fields, post


def test_a_kpi_blocks_subtotal_row_is_no_indicator(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["岗位", "指标名称", "权重", "目标值"])
    ws.append(["护工", "患者满意度", 0.6, "≥95%"])
    ws.append(["护工", "压疮发生次数", 0.4, "0次"])
    ws.append(["护工", "护工 权重小计", 1, None])
    wb.save(tmp_path / "kpi.xlsx")
    names = [e.name for e in file_records(tmp_path, "kpi.xlsx").kpis]
    assert "患者满意度" in names and not any("小计" in n for n in names), names


_ARTICLE = """<html><body><div id="js_content">
<p><strong>招聘啦！2025春季岗位</strong></p>
<section><p><span>01</span>&nbsp;<span><strong>客房服务员</strong></span>&nbsp;<span>客房部</span></p>
<p><span>📍 工作地点</span>｜<span>西湖店</span></p><p><span>👤 汇报对象</span>｜<span>楼层领班</span></p>
<p><strong>你要做的事</strong></p><p>▪ 清扫客房<br/>▪ 补充客用品<br/>▪ 报告设施故障</p>
<p><strong>我们希望你</strong></p><p>▪ 初中及以上学历<br/>▪ 吃苦耐劳</p>
</section>
<section><p><span>02</span>&nbsp;<span><strong>行李员</strong></span>&nbsp;<span>前厅部</span></p>
<p><span>📍 工作地点</span>｜<span>西湖店</span></p><p><span>👤 汇报对象</span>｜<span>礼宾主管</span></p>
<p><strong>你要做的事</strong></p><p>▪ 运送行李<br/>▪ 寄存行李</p>
<p><strong>我们希望你</strong></p><p>▪ 高中及以上学历<br/>▪ 身体健康</p>
</section>
</div></body></html>"""


def test_an_article_of_numbered_cards_with_barred_facts(tmp_path: Path) -> None:
    (tmp_path / "article.html").write_text(_ARTICLE, encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "article.html").profiles}
    assert set(posts) >= {"客房服务员", "行李员"}, list(posts)
    porter = posts["行李员"]
    assert nfkc(porter.fields["reports_to"].text) == "礼宾主管" and nfkc(porter.fields["location"].text) == "西湖店", porter.fields
    assert len(porter.duties) == 2 and not any("客房" in d.text for d in porter.duties), porter.duties


_CARDS = """<html><body><h1>加入我们</h1>
<div class="job">
  <div class="job-title">快递员</div>
  <div class="row"><div class="k">工作地点</div><div class="v">文三路网点</div></div>
  <div class="row"><div class="k">学历</div><div class="v">高中</div></div>
  <div class="row"><div class="k">薪资</div><div class="v">6-9K</div></div>
  <div class="sub">工作内容</div>
  <ol>
    <li>揽收快件</li>
    <li>派送快件</li>
  </ol>
  <div class="sub">我们希望你</div>
  <ul>
    <li>持C1驾照</li>
    <li>熟悉本地道路</li>
  </ul>
</div>
<div class="job">
  <div class="job-title">客服专员</div>
  <div class="row"><div class="k">工作地点</div><div class="v">总部</div></div>
  <div class="row"><div class="k">学历</div><div class="v">大专</div></div>
  <div class="row"><div class="k">薪资</div><div class="v">5-7K</div></div>
  <div class="sub">工作内容</div>
  <ol>
    <li>接听来电</li>
    <li>处理投诉</li>
  </ol>
  <div class="sub">我们希望你</div>
  <ul>
    <li>普通话标准</li>
  </ul>
</div>
</body></html>"""


def test_careers_cards_of_label_and_value_rows(tmp_path: Path) -> None:
    (tmp_path / "jobs.html").write_text(_CARDS, encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "jobs.html").profiles}
    assert set(posts) >= {"快递员", "客服专员"}, list(posts)
    courier = posts["快递员"]
    quals = [nfkc(q.text) for q in courier.qualifications]
    assert not any("客服专员" in q or "接听来电" in q for q in quals), quals
    assert any("C1" in q for q in quals) and "5-7K" not in courier.fields["pay"].text, courier


_FRAMED = """护理部岗位职责
2025年修订

========================================
护工（含陪护、助浴两个工种）
========================================
汇报对象：护士长
学历要求：初中及以上
职责：
  1. 协助患者翻身、进食；
  2. 陪同患者检查；
  3. 保持病房整洁。

========================================
护理员
========================================
汇报对象：护士长
职责：
  1. 为患者测量生命体征；
  2. 协助护士做基础护理。
"""


def test_a_title_framed_by_rules_and_what_it_covers(tmp_path: Path) -> None:
    (tmp_path / "nursing.txt").write_text(_FRAMED, encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "nursing.txt").profiles}
    assert set(posts) >= {"护工", "护理员"}, list(posts)
    assert len(posts["护工"].duties) == 3 and nfkc(posts["护工"].fields["reports_to"].text) == "护士长", posts["护工"]


def test_a_post_whose_list_is_announced_over_a_table_and_a_group_label_beside_pairs(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_heading("前厅部工作手册", 1)
    doc.add_heading("第二章　岗位设置与职责", 1)
    doc.add_heading("2.1　礼宾员", 2)
    doc.add_paragraph("礼宾员是宾客到店后的第一接待人，直接向礼宾主管汇报。")
    doc.add_paragraph("礼宾员一日工作流程及职责见下表：")
    table = doc.add_table(rows=3, cols=2)
    for row, (when, what) in zip(table.rows, [("时段", "工作内容"), ("07:00—08:00", "参加班前会，确认当日到店宾客"),
                                              ("到店时", "迎接宾客并运送行李")]):  # fmt: skip
        row.cells[0].text, row.cells[1].text = when, what
    doc.add_paragraph("岗位：行李主管　　岗位编号：QT-03")
    form = doc.add_table(rows=2, cols=5)
    group = form.rows[0].cells[0].merge(form.rows[1].cells[0])
    group.text = "基本信息"
    for cell, text in zip(form.rows[0].cells[1:], ["所属部门", "前厅部", "岗位定员", "2人"]):
        cell.text = text
    for cell, text in zip(form.rows[1].cells[1:], ["直接上级", "前厅经理", "直接下级", "行李员"]):
        cell.text = text
    doc.save(tmp_path / "fo.docx")
    posts = {p.title: p for p in file_records(tmp_path, "fo.docx").profiles}
    concierge = posts["礼宾员"]
    assert nfkc(concierge.fields["reports_to"].text) == "礼宾主管" and concierge.duties, concierge
    lead = posts["行李主管"]
    assert nfkc(lead.fields["reports_to"].text) == "前厅经理" and nfkc(lead.fields["subordinates"].text) == "行李员", lead.fields
    assert nfkc(lead.fields["department"].text) == "前厅部", lead.fields


def test_everyday_names_of_posts(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import indexed_services

    services = indexed_services(tmp_path_factory, settings_factory, "campus50", {"posts.txt": (
        "岗位名称：宿管员\n所属部门：公寓中心\n岗位职责：\n1. 查寝\n2. 登记来访\n\n"
        "岗位名称：机修技师\n所属部门：维修车间\n岗位职责：\n1. 维修保养车辆\n2. 填写工单\n"),
        "客户经理岗位职责汇编.txt": ("客户经理岗位职责汇编\n一、客户经理\n岗位职责：\n1. 开发客户\n2. 维护客户关系\n"
                                   "任职要求：\n1. 本科及以上学历\n\n【行政部】行政助理\n岗位职责：\n1. 收发文件\n2. 接待来访\n"
                                   "任职要求：\n1. 大专以上学历\n")})  # fmt: skip
    assistant = services.components.assistant()
    assert assistant.understand("宿管阿姨平时要负责哪些事情").role == "宿管员"
    assert assistant.understand("机修师傅的岗位职责有哪些").role == "机修技师"
    # "客户经理助理": a post of its own (客户经理) before 助理, not the 助理 of a document about 客户经理
    assert assistant.understand("客户经理助理要求什么学历").role != "行政助理"
