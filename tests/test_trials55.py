"""Round 55, written here from scratch for a water park and a cable-TV network company (the blind testers wrote
a ski resort and a telecom-tower maintainer): a Word book of two-pane job cards ("卡片01　救生员" over a table whose
left cell holds the post's facts line by line and whose right cell its duties and requirements); a description
titled "岗位说明书——X" whose first sentence is about the document; a KPI sheet whose post is merged down beside
its indicators and a "权重合计" row; a duty naming the indicators it analyses."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records, indexed_services

_CARDS = [
    ("卡片01\u3000水上救生员", ["岗位编号\u3000SW-JS-01", "所属部门：水上安全部", "直接上级：救生队长", "工作地点：造浪池、漂流河"],
     ["▍岗位职责", "1. 在高位救生台值守，每30分钟轮换一次岗位；", "2. 开园前检查救生圈、救生杆和急救箱；", "3. 发现溺水立即施救并呼叫医务室。",
      "▍任职资格", "学历——高中及以上", "证书——游泳救生员国家职业资格证书"]),
    ("卡片03\u3000双板滑雪教练", ["岗位编号\u3000SW-HX-03", "所属部门：冰雪乐园", "直接上级：教学主管"],
     ["▍岗位职责", "1. 开展双板入门课教学；", "2. 课前检查学员雪具；", "▍任职资格", "证书——社会体育指导员（滑雪）"]),
    ("卡片02\u3000水质检测员", ["岗位编号\u3000SW-SZ-02", "所属部门：设备部", "直接上级：设备主管", "工作地点：水处理机房"],
     ["▍岗位职责", "1. 每2小时检测一次余氯、pH值和浊度；", "2. 填写《水质检测记录表》并上报异常；",
      "▍任职资格", "学历——中专及以上", "证书——公共场所卫生知识培训合格证"]),
]


def _cards(corpus: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("岗位说明书汇编（2025）")
    doc.add_paragraph("阅读说明：每个岗位一张卡片，左栏为基本信息，右栏为职责与任职资格。")
    for title, facts, parts in _CARDS:
        doc.add_paragraph(title)
        table = doc.add_table(rows=1, cols=2)
        for cell, lines in zip(table.rows[0].cells, (facts, parts)):
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)  # a paragraph per line, as Word writes a pane
    doc.save(corpus / "岗位说明书汇编.docx")


def test_two_pane_job_cards_each_titled_by_a_card_number(tmp_path: Path) -> None:
    _cards(tmp_path)
    profiles = {p.title: p for p in file_records(tmp_path, "岗位说明书汇编.docx").profiles}
    assert {"水上救生员", "水质检测员"} <= set(profiles), sorted(profiles)
    guard, water = profiles["水上救生员"], profiles["水质检测员"]
    assert len(guard.duties) == 3 and len(water.duties) == 2, ([d.text for d in guard.duties], [d.text for d in water.duties])
    assert guard.fields["reports_to"].text == "救生队长" and water.fields["department"].text == "设备部"


_DESCRIPTION = """岗位说明书——前端工程师
本岗位说明书明确前端工程师的工作职责与任职资格，是招聘、培训和考核的依据。
【岗位概要】
所在部门：研发中心
工作地点：杭州
一、岗位职责
1. 负责机顶盒应用界面的开发与维护；
2. 配合后端完成接口联调；
3. 优化页面加载性能。
二、任职资格
1. 本科及以上学历，计算机相关专业；
2. 3年以上前端开发经验。
"""


def test_a_description_titled_by_its_kind_and_post_keeps_its_first_sentence_out_of_the_duties(tmp_path: Path) -> None:
    (tmp_path / "前端工程师岗位说明书.txt").write_text(_DESCRIPTION, encoding="utf-8")
    (profile,) = file_records(tmp_path, "前端工程师岗位说明书.txt").profiles
    assert profile.title == "前端工程师" and len(profile.duties) == 3, [d.text for d in profile.duties]
    assert "机顶盒" in profile.duties[0].text and not any("本岗位说明书" in d.text for d in profile.duties)


def _kpi_sheet(corpus: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["岗位", "序号", "指标名称", "权重", "目标值"])
    rows = [("网络维护员", [("1", "故障修复及时率", 0.4, "≥98%"), ("2", "巡检完成率", 0.35, "100%"), ("3", "用户投诉次数", 0.25, "≤2次")]),
            ("装维工程师", [("1", "装机一次成功率", 0.5, "≥95%"), ("2", "上门准时率", 0.5, "≥98%")])]
    for post, items in rows:
        top = ws.max_row + 1
        for serial, name, weight, target in items:
            ws.append([post if ws.max_row + 1 == top else None, serial, name, weight, target])
        ws.append([None, "权重合计", None, f"=SUM(D{top}:D{ws.max_row})", None])
        ws.merge_cells(start_row=top, start_column=1, end_row=ws.max_row, end_column=1)
    wb.save(corpus / "KPI指标库.xlsx")


def test_a_total_row_beside_a_merged_post_is_no_indicator(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    duties = "网络维护员岗位职责\n1. 负责片区光缆和分光箱的日常巡检；\n2. 分析故障率、投诉率等网络指标，提出整改建议；\n3. 处理用户报修。\n"
    services = indexed_services(tmp_path_factory, settings_factory, "cable55", {"网络维护员.txt": duties}, write=_kpi_sheet)
    snapshot = services.components.snapshot()
    names = [e.name for e in snapshot.kpis]
    assert not any("合计" in n for n in names) and not any(n.startswith("分析") for n in names), names
    for profile in snapshot.profiles_of("网络维护员"):
        assert not any("合计" in k.text for k in profile.kpis), [k.text for k in profile.kpis]
    from assistant.answer.conversation import Conversation

    chat = Conversation()
    services.chat.ask("网络维护员的职责是什么", chat)
    boss = services.chat.ask("他上面直接管他的是谁呀", chat)
    assert boss.intent.value == "attribute", (boss.intent, boss.text)


def test_a_shortened_title_is_not_a_generic_title_narrowed(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    coach = "教练员岗位职责\n1. 带领学员完成体能训练；\n2. 记录学员出勤。\n"
    services = indexed_services(tmp_path_factory, settings_factory, "park55", {"教练员.txt": coach}, write=_cards)
    # "双板教练" shortens 双板滑雪教练; it is no "双板" kind of 教练员
    answer = services.chat.ask("新来的双板教练要干啥？", Conversation())
    assert answer.role == "双板滑雪教练" and "雪具" in answer.text, (answer.role, answer.text)
    # "水上救生员直接主管是谁": the post, then the fact asked (直接主管), no post "水上救生员直接主管"
    boss = services.chat.ask("水上救生员直接主管是谁", Conversation())
    assert boss.role == "水上救生员" and "救生队长" in boss.text and "专门资料" not in boss.text, boss.text
