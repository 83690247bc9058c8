"""Round 52, written here from scratch for a laundry chain and a ferry company (the blind testers wrote a car-rental
company and a waste-to-energy plant): a Word duty table whose columns are how often the work recurs ("每日 | 每周 |
每月"); a CSV whose cells Excel keeps as text (="…") and whose contact column is no requirement; an AsciiDoc handbook
("== 2. 售票员", ":author:", "[horizontal]", "|===" tables); a KPI cascade whose post indicators stand right of the
post, its department's left of it."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records, nfkc


def test_a_duty_table_split_into_columns_by_how_often(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("洁衣坊门店岗位说明书")
    facts = doc.add_table(rows=2, cols=4)
    for cell, text in zip([c for r in facts.rows for c in r.cells], ("岗位名称", "收衣员", "直接上级", "店长",
                                                                      "所属部门", "门店", "工作地点", "各门店")):
        cell.text = text
    duties = doc.add_table(rows=5, cols=3)
    title = duties.rows[0].cells[0].merge(duties.rows[0].cells[2])
    title.text = "岗位职责"
    rows = [("每日", "每周", "每月"),
            ("1. 接收顾客衣物并逐件检查污渍破损", "1. 清点待取衣物并电话提醒顾客", "1. 盘点洗涤耗材"),
            ("2. 开具取衣单并收款", "2. 整理挂衣区", "2. 参加门店服务培训"),
            ("3. 交接当日衣物给洗涤车间", "", "")]
    for row, values in zip(duties.rows[1:], rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    doc.save(tmp_path / "book.docx")
    post = next(p for p in file_records(tmp_path, "book.docx").profiles if p.title == "收衣员")
    duties_read = [nfkc(d.text) for d in post.duties]
    assert len(duties_read) == 7, duties_read
    assert any("逐件检查污渍" in d for d in duties_read) and any("盘点洗涤耗材" in d for d in duties_read), duties_read
    assert not any(d in ("每日", "每周", "每月") for d in duties_read), duties_read
    # each item keeps the column it stood in: "每周的呢" finds the weekly ones
    assert {d.heading for d in post.duties} == {"每日", "每周", "每月"}, [d.heading for d in post.duties]


def test_a_csv_of_excel_text_cells_and_a_contact_column(tmp_path: Path) -> None:
    (tmp_path / "jobs.csv").write_text(
        '岗位名称,学历,工作经验,联系电话,岗位职责\n'
        '水手,="初中及以上",="1年以上船上工作经验",="0580-2261234",系泊缆绳；甲板清洁；救生设备检查\n', encoding="utf-8")
    post = next(p for p in file_records(tmp_path, "jobs.csv").profiles if p.title == "水手")
    assert nfkc(post.fields["education"].text) == "初中及以上", post.fields
    requirements = [nfkc(q.text) for q in post.qualifications]
    assert not any("0580" in r or '="' in r for r in requirements), requirements


def test_an_asciidoc_handbook(tmp_path: Path) -> None:
    (tmp_path / "handbook.txt").write_text(
        "= 舟渡客运 新员工手册\n:author: 人力资源部\n:toc:\n\n"
        "== 1. 公司简介\n\n公司经营三条客运航线。\n\n"
        "== 2. 售票员\n\n[horizontal]\n所属部门:: 客运部\n直属上级:: 客运值班长\n\n"
        "=== 2.1 岗位职责\n\n. 按航班售票并核验身份证件。\n. 办理退改签。\n. 日终对账。\n\n"
        "=== 2.2 任职要求\n\n[cols=\"1,3\",options=\"header\"]\n|===\n|项目 |要求\n|学历 |高中及以上\n|经验 |1年以上窗口服务经验\n|===\n",
        encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "handbook.txt").profiles}
    assert "售票员" in posts, list(posts)
    post = posts["售票员"]
    assert nfkc(post.fields["reports_to"].text) == "客运值班长" and len(post.duties) == 3, post
    assert nfkc(post.fields["education"].text) == "高中及以上", post.fields


def test_a_kpi_cascade_names_the_posts_own_indicators(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["公司级目标", "部门级指标", "考核岗位", "岗位级指标", "权重", "目标值"])
    ws.append(["安全运营零事故", "航班准点率", "船长", "开航准点率", "40%", "≥98%"])
    ws.append([None, None, "船长", "安全检查完成率", "60%", "100%"])
    ws.append(["客户满意提升", "售票服务质量", "售票员", "售票差错数", "50%", "0单/月"])
    ws.append([None, None, "售票员", "旅客好评率", "50%", "≥95%"])
    wb.save(tmp_path / "cascade.xlsx")
    entries = file_records(tmp_path, "cascade.xlsx").kpis
    names = {e.name: e for e in entries}
    assert {"开航准点率", "安全检查完成率", "售票差错数", "旅客好评率"} <= set(names), sorted(names)
    assert "航班准点率" not in names and names["售票差错数"].roles == ["售票员"], sorted(names)
