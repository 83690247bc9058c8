"""Layouts met on the round 18 blind trials (a county hospital, a power supply company), written here
from scratch for a water park: an HR system's CSV export of many columns whose boss is given by a
post code, a blank monthly KPI form with a 加分项 row and a 合计 row, a Word revision with tracked
changes, and a bilingual text file whose posts sit between rules of "=" signs."""

from __future__ import annotations

from pathlib import Path

from assistant.config import Settings
from _answer_support import file_records


def _process(path: Path):
    return file_records(path.parent, path.name)


def _profiles(path: Path) -> dict:
    return {p.title: p for p in _process(path).profiles}


def _revision(tag: str, text: str):  # type: ignore[no-untyped-def]
    """A tracked change (w:ins or w:del) holding one run of text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    change = OxmlElement(f"w:{tag}")
    change.set(qn("w:id"), "1")
    change.set(qn("w:author"), "HR")
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText" if tag == "del" else "w:t")
    t.text = text
    run.append(t)
    change.append(run)
    return change


def test_an_hr_system_export_whose_boss_is_a_post_code(tmp_path: Path) -> None:
    path = tmp_path / "人事系统导出.csv"
    path.write_text(
        "岗位编码,岗位名称,科室名称,岗位类别,岗位等级,上级岗位编码,编制数,在岗数,岗位状态,岗位职责,任职要求,备注\n"
        'YL-01,水上乐园运营主管,运营部,管理,中级,,1,1,启用,"1.排定救生员班次。\n2.每日巡查水质记录。",大专及以上学历；3年以上景区运营经验。,\n'
        'YL-07,救生员,运营部,技能,初级,YL-01,20,18,启用,"1.在指定岗亭值守，观察泳客。\n2.发现溺水立即施救。",持救生员国家职业资格证书；'
        "游泳200米以上。,夏季实行两班倒\n",
        encoding="utf-8",
    )
    profiles = _profiles(path)
    assert set(profiles) == {"水上乐园运营主管", "救生员"}, set(profiles)  # many columns of its own: still a header
    guard = profiles["救生员"]
    assert guard.department == "运营部"
    assert [i.text for i in guard.duties][:1] == ["1.在指定岗亭值守,观察泳客。"], guard.duties
    # "上级岗位编码 YL-01": the post whose own code is YL-01, cited on the line that names it
    assert guard.reports_to == "水上乐园运营主管"
    assert guard.fields["reports_to"].span.line_start == 2
    assert profiles["水上乐园运营主管"].reports_to is None  # an empty code names nobody


def test_a_blank_kpi_form_has_no_requirements(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("表1　检票员月度绩效考核表")
    document.add_paragraph("姓名：__________　　部门：票务部　　考核月份：______年____月")
    rows = [("考核维度", "考核指标", "权重", "目标值", "数据来源", "得分"),
            ("工作质量", "验票差错率", "40%", "≤0.1%", "闸机记录", ""),
            ("服务", "游客有效投诉", "60%", "0次", "客服登记", ""),
            ("加分项", "", "", "", "", ""),
            ("合计", "", "100%", "", "", "")]
    table = document.add_table(rows=len(rows), cols=6)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.rows[r].cells[c].text = value
    path = tmp_path / "月度考核表.docx"
    document.save(str(path))
    processed = _process(path)
    assert {k.name for k in processed.kpis} == {"验票差错率", "游客有效投诉"}, processed.kpis
    for profile in processed.profiles:  # the 合计 row's 100% is no requirement under 加分项
        assert not any("100%" in i.text for i in profile.qualifications), profile.qualifications


def test_text_inserted_by_tracked_changes_is_read_and_deleted_text_is_not(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("救生员岗位说明书（修订稿）")
    document.add_paragraph("任职要求：")
    p = document.add_paragraph("1. 具有")
    p._p.append(_revision("ins", "2年以上"))
    p.add_run("泳池救生工作经验")
    gone = document.add_paragraph("2. 身体健康")
    gone._p.append(_revision("del", "，身高170cm以上"))
    path = tmp_path / "修订稿.docx"
    document.save(str(path))
    from assistant.ingest.loaders.word import load_docx

    lines = load_docx(path, path.name, "x").doc.lines
    assert "1. 具有2年以上泳池救生工作经验" in lines, lines
    assert "2. 身体健康" in lines and not any("170" in line for line in lines), lines


def test_bilingual_posts_between_rules_of_equal_signs(tmp_path: Path) -> None:
    rule = "=" * 40
    path = tmp_path / "岗位说明中英对照.txt"
    path.write_text(
        "水上乐园 岗位说明（中英文对照）\nJob Descriptions - Water Park\n\n"
        f"{rule}\n救生员 / Lifeguard\n{rule}\n所在部门 Department：运营部 Operations\n汇报对象 Reports to：运营主管\n\n"
        "【岗位职责 Responsibilities】\n1. 在岗亭值守，观察泳客。\n2. 发现溺水立即施救。\n\n"
        "【任职要求 Requirements】\n- 证书 Certificates：救生员国家职业资格证书\n\n"
        f"{rule}\n设备维修工 / Maintenance Technician\n{rule}\n所在部门 Department：工程部 Engineering\n\n"
        "【岗位职责 Responsibilities】\n1. 每日巡检水泵和过滤设备。\n",
        encoding="utf-8",
    )
    profiles = _profiles(path)
    assert set(profiles) == {"救生员", "设备维修工"}, set(profiles)  # the Chinese part names the post
    guard = profiles["救生员"]
    assert guard.department and guard.department.startswith("运营部")  # "所在部门 Department：" is a label
    assert guard.reports_to == "运营主管"
    assert len(guard.duties) == 2 and len(profiles["设备维修工"].duties) == 1


def test_an_org_chart_drawn_in_cells_is_read_as_a_tree(tmp_path: Path) -> None:
    import openpyxl

    from assistant.ingest.loaders.sheet import load_xlsx

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["B1"] = "浪花水上乐园组织架构图"
    ws.merge_cells("B1:F1")
    ws["B3"] = "总经理"
    ws.merge_cells("B3:F3")
    for col in "BDF":
        ws[f"{col}4"] = "↓"
    ws["B5"], ws["D5"] = "运营副总", "行政副总"
    ws.merge_cells("B5:C5")
    ws.merge_cells("D5:F5")
    for col in "BCDEF":
        ws[f"{col}6"] = "↓"
    ws["B7"], ws["C7"], ws["D7"], ws["E7"], ws["F7"] = "运营部", "安保部", "财务部", "人事部", "票务部"
    ws["B9"], ws["B10"] = "救生队", "设备组"  # a stack of boxes under their unit: both belong to 运营部
    ws["B12"] = "注：箭头表示领导关系，同一列中上方为下方的直接上级。"
    path = tmp_path / "组织架构图.xlsx"
    wb.save(str(path))
    units = load_xlsx(path, path.name, "x", Settings(home=tmp_path / "home")).flow
    tree = [(u.text, u.hint.depth) for u in units if u.hint.depth]
    assert tree == [("总经理", 1), ("运营副总", 2), ("运营部", 3), ("救生队", 4), ("设备组", 4), ("安保部", 3),
                    ("行政副总", 2), ("财务部", 3), ("人事部", 3), ("票务部", 3)], tree
    assert units[0].text == "浪花水上乐园组织架构图" and units[0].hint.heading == 1
    assert units[-1].text.startswith("注") and not units[-1].hint.depth


def test_a_kpi_sheet_is_no_org_chart(tmp_path: Path) -> None:
    import openpyxl

    from assistant.ingest.loaders.sheet import load_xlsx

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["救生员KPI"])
    ws.append([])
    ws.append(["指标", "权重"])
    ws.append([])
    ws.append(["溺水事故", "60%"])
    ws.append([])
    ws.append(["巡查记录完整率", "40%"])
    path = tmp_path / "kpi.xlsx"
    wb.save(str(path))
    flow = load_xlsx(path, path.name, "x", Settings(home=tmp_path / "home")).flow
    assert len(flow) == 1 and hasattr(flow[0], "rows")  # numbers in the cells: a table, not a chart
