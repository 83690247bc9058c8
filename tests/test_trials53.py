"""Round 53, written here from scratch for a cold-chain warehouse and a dental clinic (the blind testers wrote a
pharmaceutical plant and an elderly-care company): several posts' forms in one Word table, each opened by a
merged "岗位一：…" row, in a file whose name is a document code and a unit; a KPI workbook of blocks, each
headed "■ 岗位｜考核周期：月度｜考核人：…" over its own header of indicators (one block a unit's); a form's
option boxes (■ ticked, □ not) and Markdown's struck-out old values."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records, nfkc

_POSTS = [
    ("岗位一：冷库理货员", "LK-01", "仓储部冷库组", "冷库组长",
     ["（1）按入库单核对货物品名、批号和数量，检查温度记录；", "（2）按先进先出原则上架、拣货和补货；", "（3）每班检查冷库温度并填写温度记录表。"],
     ["1. 高中及以上学历；", "2. 能适应-18℃低温环境作业；"]),
    ("岗位二：叉车司机（冷库）", "LK-02", "仓储部装卸组", "装卸组长",
     ["（1）驾驶电动叉车完成冷库货物的装卸和移库；", "（2）每班作业前检查叉车电量、刹车和货叉；"],
     ["1. 持有效的叉车作业证（N1）；", "2. 1年以上冷库叉车驾驶经验；"]),
]


def test_posts_forms_in_one_table_each_opened_by_a_merged_title_row(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("仓储部岗位说明书")
    table = doc.add_table(rows=0, cols=4)
    for title, code, dept, boss, duties, reqs in _POSTS:
        row = table.add_row()
        row.cells[0].merge(row.cells[3]).text = title
        for pair in (("岗位编号", code, "所属部门", dept), ("直接上级", boss, "工作班次", "三班倒")):
            for cell, text in zip(table.add_row().cells, pair):
                cell.text = text
        for label, lines in (("岗位职责", duties), ("任职资格", reqs)):
            row = table.add_row()
            row.cells[0].text = label
            row.cells[1].merge(row.cells[3]).text = "\n".join(lines)
    doc.save(tmp_path / "WL-HR-003_仓储部岗位说明书.docx")
    profiles = {p.title: p for p in file_records(tmp_path, "WL-HR-003_仓储部岗位说明书.docx").profiles}
    assert {"冷库理货员", "叉车司机(冷库)"} <= set(profiles) and not any("仓储部" == t or "WL-HR" in t for t in profiles), sorted(profiles)
    clerk, driver = profiles["冷库理货员"], profiles["叉车司机(冷库)"]
    assert len(clerk.duties) == 3 and len(driver.duties) == 2, ([d.text for d in clerk.duties], [d.text for d in driver.duties])
    assert nfkc(clerk.fields["reports_to"].text) == "冷库组长" and nfkc(driver.fields["reports_to"].text) == "装卸组长"
    assert any("叉车作业证" in q.text for q in driver.qualifications) and not any("叉车" in q.text for q in clerk.qualifications)


def test_kpi_blocks_each_headed_by_its_post(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["悦齿口腔 2025年绩效指标库"])
    blocks = [("■ 口腔护士｜考核周期：月度｜考核人：护士长", [("服务", "患者满意度", "40%"), ("质量", "器械消毒合格率", "60%")]),
              ("■ 前台接待｜考核周期：月度｜考核人：店长", [("客户", "预约到诊率", "50%"), ("效率", "挂号差错次数", "50%")]),
              ("■ 医疗部（部门KPI）｜考核周期：季度｜考核人：院长", [("结果", "医疗纠纷数", "100%")])]
    for title, rows in blocks:
        ws.append([title])
        ws.append(["维度", "指标名称", "权重"])
        for row in rows:
            ws.append(list(row))
        ws.append([])
    wb.save(tmp_path / "kpi.xlsx")
    entries = {e.name: e for e in file_records(tmp_path, "kpi.xlsx").kpis}
    assert entries["患者满意度"].roles == ["口腔护士"] and entries["器械消毒合格率"].roles == ["口腔护士"], entries
    assert entries["预约到诊率"].roles == ["前台接待"] and entries["挂号差错次数"].roles == ["前台接待"]
    # the unit's block is the unit's, not the post above it
    assert entries["医疗纠纷数"].roles == [] and entries["医疗纠纷数"].department == "医疗部"


def test_ticked_options_and_struck_out_values(tmp_path: Path) -> None:
    (tmp_path / "form.txt").write_text(
        "悦齿口腔岗位说明书\n\n岗位名称：消毒员\n直接上级：~~护士长~~ 感控主管\n"
        "学历要求：□初中 ■高中/中专 □大专及以上\n证书要求：■健康证 □消毒员上岗证\n"
        "说明：■为选中项，□为未选中项。\n\n岗位职责：\n1. 回收、清洗、消毒和灭菌诊疗器械。\n2. 每日记录灭菌锅运行参数。\n",
        encoding="utf-8")
    post = next(p for p in file_records(tmp_path, "form.txt").profiles if p.title == "消毒员")
    assert nfkc(post.fields["reports_to"].text) == "感控主管", post.fields
    requirements = " ".join(nfkc(q.text) for q in post.qualifications) + " " + " ".join(
        nfkc(f.text) for key, f in post.fields.items() if key in ("education", "certificates"))
    assert "高中/中专" in requirements and "健康证" in requirements, requirements
    assert "初中" not in requirements and "消毒员上岗证" not in requirements and "□" not in requirements, requirements


def test_markdown_labels_written_as_inline_code(tmp_path: Path) -> None:
    (tmp_path / "guide.md").write_text(
        "# 冷链仓新员工指引\n\n## 单证员\n\n`部门` 单证组 · `上级` 单证组长 · `班次` 常白班\n\n"
        "### 岗位职责\n\n1. 录入入库单和出库单。\n2. 打印并核对随货单据。\n", encoding="utf-8")
    profiles = file_records(tmp_path, "guide.md").profiles
    assert [p.title for p in profiles] == ["单证员"], [p.title for p in profiles]  # no post named "`部门`"
    fields = {k: nfkc(v.text) for k, v in profiles[0].fields.items()}
    assert fields.get("department") == "单证组" and fields.get("reports_to") == "单证组长", fields


def test_a_hidden_row_of_a_sheet_is_not_read(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["岗位", "所属部门", "学历要求", "月薪"])
    ws.append(["理货员", "仓储部", "高中及以上", "5500-6500"])
    ws.append(["搬运工（已撤销）", "仓储部", "不限", "4800"])
    ws.append(["单证员", "单证组", "大专及以上", "6000-7000"])
    ws.merge_cells("A6:D6")
    ws["A6"] = "注：月薪含夜班津贴。"
    ws.row_dimensions[3].hidden = True
    wb.save(tmp_path / "staff.xlsx")
    records = file_records(tmp_path, "staff.xlsx")
    titles = {p.title for p in records.profiles}
    assert {"理货员", "单证员"} <= titles and not any("搬运工" in t for t in titles), titles
    clerk = next(p for p in records.profiles if p.title == "单证员")
    assert clerk.fields["pay"].span.line_start == 4  # every other row keeps its line
    # a row folded in a collapsed outline group is hidden only until expanded: still read
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["岗位", "所属部门", "学历要求", "月薪"])
    ws.append(["理货员", "仓储部", "高中及以上", "5500-6500"])
    ws.append(["单证员", "单证组", "大专及以上", "6000-7000"])
    ws.row_dimensions.group(3, 3, hidden=True, outline_level=1)
    wb.save(tmp_path / "folded.xlsx")
    assert {"理货员", "单证员"} <= {p.title for p in file_records(tmp_path, "folded.xlsx").profiles}


_GUIDE = """悦齿口腔岗位说明书

岗位名称：消毒员
直接上级：感控主管
所属部门：护理部

岗位职责：
1. 回收各诊室使用后的诊疗器械。
2. 按规程清洗、干燥和包装器械。
3. 操作灭菌锅完成器械灭菌，记录灭菌参数。
4. 每周对灭菌锅做生物监测并登记。
5. 管理无菌物品库房，按有效期先进先用。
"""


def test_a_numbered_item_after_a_one_fact_answer_counts_in_the_posts_duties(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import indexed_services

    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "dental53", {"guide.txt": _GUIDE})
    chat = Conversation()
    first = services.chat.ask("消毒员的直接上级是谁", chat)
    assert "感控主管" in first.text, first.text
    # the last answer was one fact: "第四条呢" is the post's fourth duty, not "the last answer has 1 item"
    answer = services.chat.ask("第四条呢", chat)
    assert not answer.refused and "生物监测" in answer.text, answer.text
