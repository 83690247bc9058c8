"""Layouts met on the round 26 blind trials (a real-estate brokerage, a pharmaceutical plant, the
shipped corpus, conversations over corpus-extra), written here from scratch for a sporting-goods
factory: a Word form whose post is written down its left side (one character per line, or as one
cell), a form whose parts (基本信息 / 岗位职责 / 任职要求) are merged down its left side beside a
measure column, a recorded conversation about a post, a chat export announcing a post, an export
cell holding bracketed parts and numbered entries on one line, a Markdown table whose header names
columns of the company's own, a document titled "X工作规范" under a bracketed revision note, a
handbook chapter whose numbered parts are labelled, and a tab bar of radio buttons whose panels
name their posts only through it."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records


def _profiles(path: Path) -> dict:
    return {p.title: p for p in file_records(path.parent, path.name).profiles}


def _texts(items) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.text for i in items]


def test_a_post_written_down_the_left_side_of_its_form(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("岗位说明书汇编（生产系统）")
    for name, vertical, duty in (("注塑机操作工", True, "按工艺卡调整注塑参数"), ("模具维修工", False, "每日点检模具磨损")):
        rows = [("所属部门", "注塑车间"), ("直接上级", "车间主任"), ("工作职责", f"1. {duty}。"), ("工作职责", "2. 填写交接班记录。"),
                ("任职资格", "中专及以上学历")]  # fmt: skip
        t = d.add_table(rows=len(rows), cols=3)
        side = t.cell(0, 0).merge(t.cell(len(rows) - 1, 0))
        if vertical:  # one character per line, as a vertical label is often typed
            side.text = name[0]
            for ch in name[1:]:
                side.add_paragraph(ch)
        else:
            side.text = name
        t.cell(2, 1).merge(t.cell(3, 1))
        for r, (label, value) in enumerate(rows):
            if r != 3:
                t.cell(r, 1).text = label
            t.cell(r, 2).text = value
        d.add_paragraph("")
    path = tmp_path / "生产岗位.docx"
    d.save(path)
    posts = _profiles(path)
    assert {"注塑机操作工", "模具维修工"} <= set(posts), list(posts)
    operator = posts["注塑机操作工"]
    assert operator.reports_to == "车间主任" and len(operator.duties) == 2, operator
    assert "每日点检" in _texts(posts["模具维修工"].duties)[0]  # no duty of the post above


def test_parts_merged_down_the_left_beside_a_measure_column(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("一、班组长")
    parts = [("基本信息", ["岗位名称：班组长", "直接上级：车间主任"], None),
             ("岗位职责", ["安排当班人员和机台", "每班巡检产品外观"], ["班前会出勤率100%", "外观不良率≤1%"]),
             ("任职要求", ["高中及以上学历", "三年以上生产经验"], ["—", "—"])]  # fmt: skip
    t = d.add_table(rows=1 + sum(len(p[1]) for p in parts), cols=3)
    for i, h in enumerate(("维度", "描述", "衡量标准")):
        t.cell(0, i).text = h
    r = 1
    for label, values, measures in parts:
        start = r
        for k, value in enumerate(values):
            if measures is None:
                t.cell(r, 1).merge(t.cell(r, 2)).text = value
            else:
                t.cell(r, 1).text, t.cell(r, 2).text = value, measures[k]
            r += 1
        t.cell(start, 0).merge(t.cell(r - 1, 0)).text = label
    path = tmp_path / "班组长.docx"
    d.save(path)
    lead = _profiles(path)["班组长"]
    assert lead.reports_to == "车间主任"
    assert _texts(lead.duties) == ["安排当班人员和机台", "每班巡检产品外观"]  # the measures are no duties
    assert "高中及以上学历" in _texts(lead.qualifications) and "—" not in _texts(lead.qualifications)


def test_a_recorded_conversation_about_a_post(tmp_path: Path) -> None:
    path = tmp_path / "招聘沟通录音.txt"
    path.write_text(
        "【录音转写】招聘需求沟通\n参会：HR 张敏（张）、品质经理 李强（李）\n"
        "[00:00:03] 张：李经理，您要招的这个来料检验员，具体是做什么的？\n"
        "[00:00:10] 李：主要是按抽样标准检验来料，出检验报告。\n"
        "[00:00:30] 李：不合格的要开单退货，跟采购对接。\n"
        "[00:00:45] 张：那他汇报给谁？\n[00:00:48] 李：直接汇报给我。\n"
        "[00:01:00] 张：学历和经验有要求吗？\n[00:01:05] 李：中专以上，做过一年质检就行。\n",
        encoding="utf-8",
    )
    inspector = _profiles(path)["来料检验员"]
    assert any("抽样标准" in t for t in _texts(inspector.duties)), inspector.duties
    assert any("中专以上" in t for t in _texts(inspector.qualifications)), inspector.qualifications
    # the speaker is no part of what was said
    assert not any(t.startswith(("[", "李")) for t in _texts(inspector.duties))


def test_a_chat_export_announcing_a_post(tmp_path: Path) -> None:
    path = tmp_path / "管理群聊天记录.txt"
    path.write_text(
        "“生产管理群”的聊天记录\n\n王涛（生产总监） 09:12\n下周起新设一个岗位：设备点检员，大家配合一下\n\n"
        "王涛（生产总监） 09:13\n这个岗主要干三件事：\n1、每天点检冲压线设备\n2、记录点检表\n3、发现异常报维修\n\n"
        "刘洋 09:20\n招人有什么要求吗\n\n王涛（生产总监） 09:22\n中专以上，懂机械\n\n[图片]\n\n刘洋 09:25\n收到\n",
        encoding="utf-8",
    )
    posts = _profiles(path)
    assert "设备点检员" in posts and "图片" not in posts, list(posts)
    assert len(posts["设备点检员"].duties) == 3, posts["设备点检员"].duties


def test_an_export_cell_of_bracketed_parts_and_numbered_entries(tmp_path: Path) -> None:
    path = tmp_path / "在招职位.csv"
    path.write_text(
        "职位名称,招聘部门,职位描述\n"
        "仓库统计员,物流部,【岗位职责】1、每日录入出入库单；2、月末盘点对账；3、编制库存日报。【任职要求】1、大专以上；2、熟练使用Excel。"
        "【工作时间】做五休二\n",
        encoding="utf-8",
    )
    clerk = _profiles(path)["仓库统计员"]
    assert len(clerk.duties) == 3 and _texts(clerk.duties)[1].startswith("2、月末盘点"), clerk.duties
    assert any("Excel" in t for t in _texts(clerk.qualifications))
    assert not any("【" in t for t in _texts(clerk.duties) + _texts(clerk.qualifications))


def test_a_markdown_header_naming_columns_of_the_companys_own(tmp_path: Path) -> None:
    path = tmp_path / "新人指南.md"
    path.write_text(
        "# 新人指南\n\n| 岗位 | 平时怎么叫 | 直接上级 | 找他办什么 |\n| --- | --- | --- | --- |\n"
        "| 仓库统计员 | 统计 | 物流经理 | 查库存 |\n| 叉车司机 | 叉车工 | 仓库主管 | 搬运 |\n",
        encoding="utf-8",
    )
    records = file_records(path.parent, path.name)
    roles = {s.role for a in records.articles for s in a.sections if s.role}
    assert {"仓库统计员", "叉车司机"} <= roles and "平时怎么叫" not in roles, roles


def test_a_work_rule_titled_by_its_post_under_a_revision_note(tmp_path: Path) -> None:
    path = tmp_path / "统计员工作规范.txt"
    path.write_text(
        "物流部\n仓库统计员工作规范\n（2024年5月修订）\n\n一、任职条件\n（一）学历：大专及以上；\n\n"
        "二、工作职责\n1．录入出入库单；\n2．编制库存日报。\n",
        encoding="gbk",
    )
    posts = _profiles(path)
    assert set(posts) == {"仓库统计员"}, list(posts)
    assert len(posts["仓库统计员"].duties) == 2


def test_labelled_numbered_parts_of_a_handbook_chapter(tmp_path: Path) -> None:
    path = tmp_path / "员工手册.txt"
    path.write_text(
        "第三章 车间主任岗位说明\n3.1 岗位概述：车间主任负责注塑车间的生产与安全，\n直接上级为生产总监。\n3.2 主要职责：\n"
        "（1）编制周生产计划；\n（2）组织安全检查。\n3.3 任职要求：本科及以上学历；五年以上生产管理经验；\n持有安全管理证书。\n",
        encoding="utf-8",
    )
    head = _profiles(path)["车间主任"]
    assert len(head.duties) == 2 and head.purpose and head.qualifications, head


def test_tab_panels_named_only_by_radio_labels(tmp_path: Path) -> None:
    path = tmp_path / "岗位介绍.html"
    panels = "".join(
        f'<section class="panel" role="tabpanel" aria-labelledby="l-{i}"><h3>岗位职责</h3><ul><li>{duty}</li><li>填写日报</li></ul></section>'
        for i, duty in enumerate(("检验来料", "维修冲压设备")))  # fmt: skip
    path.write_text(
        '<html><body><div class="tabs"><input type="radio" id="t-0"><input type="radio" id="t-1"><nav>'
        '<label for="t-0" id="l-0">来料检验员</label>\n<label for="t-1" id="l-1">设备维修工</label></nav>'
        f'<div class="panels">\n{panels}\n</div></div></body></html>',
        encoding="utf-8",
    )
    posts = _profiles(path)
    assert {"来料检验员", "设备维修工"} <= set(posts), list(posts)
    assert _texts(posts["设备维修工"].duties)[0] == "维修冲压设备"


# --- round 27 (a kindergarten chain, a pig farm), written here for the same factory ---------------


def test_a_daily_timetable_gives_the_duties_and_a_time_is_no_list_number(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("第一篇　叉车司机作业指导书")
    d.add_paragraph("二、作业时间表")
    rows = [("时段", "作业内容", "作业标准"), ("07:30-08:00", "班前点检叉车刹车与灯光", "点检表当班填写"),
            ("08:00-11:30", "按单搬运原料入库", "货物堆放不超过三层")]  # fmt: skip
    t = d.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    path = tmp_path / "叉车司机作业指导书.docx"
    d.save(path)
    driver = _profiles(path)["叉车司机"]
    # (its time and its standard said of each duty: "班前点检叉车刹车与灯光（时段：07:30-08:00）（作业标准：…）")
    assert [i.quote or i.text for i in driver.duties] == ["班前点检叉车刹车与灯光", "按单搬运原料入库"], driver.duties
    assert "（时段：07:30-08:00）" in driver.duties[0].text, driver.duties


def test_a_kpi_row_whose_name_holds_a_label_word_stays_a_row(tmp_path: Path) -> None:
    path = tmp_path / "考核方案.csv"
    path.write_text("考核岗位,指标名称,目标值,权重\n仓库统计员,库存准确率,≥99%,60%\n,报表评分,≥85分,40%\n叉车司机,安全事故,0起,100%\n",
                    encoding="utf-8")  # fmt: skip
    rows = {(e.name, tuple(e.roles)) for e in file_records(path.parent, path.name).kpis}
    assert ("报表评分", ("仓库统计员",)) in rows and ("安全事故", ("叉车司机",)) in rows, rows


def test_a_pipe_delimited_export_under_a_title_line(tmp_path: Path) -> None:
    path = tmp_path / "定岗定编表.csv"
    path.write_text("华跃体育定岗定编表（截至6月）\n岗位|别名|编制|直接上级\n仓库统计员|统计|2|物流经理\n叉车司机|叉车工|4|仓库主管\n",
                    encoding="utf-8")  # fmt: skip
    posts = _profiles(path)
    assert posts["叉车司机"].reports_to == "仓库主管" and "叉车工" in posts["叉车司机"].aliases, posts


def test_a_careers_table_of_postings_whose_detail_cell_holds_lists(tmp_path: Path) -> None:
    path = tmp_path / "careers.html"
    rows = "".join(
        f"<tr><td>{title}</td><td>{place}</td><td><p><b>岗位职责：</b></p><ul><li>{duty}</li><li>填写日报</li></ul>"
        f"<p><b>任职要求：</b></p><ul><li>中专及以上学历</li></ul></td></tr>\n"
        for title, place, duty in (("来料检验员", "一厂", "检验来料"), ("设备维修工", "二厂", "维修冲压设备")))  # fmt: skip
    path.write_text(f"<html><body><table>\n<tr><th>职位名称</th><th>工作地点</th><th>详情</th></tr>\n{rows}</table></body></html>",
                    encoding="utf-8")  # fmt: skip
    posts = _profiles(path)
    assert {"来料检验员", "设备维修工"} <= set(posts), list(posts)
    assert posts["来料检验员"].location == "一厂" and _texts(posts["设备维修工"].duties)[0] == "维修冲压设备"


def test_a_scoring_sheet_titled_by_its_post(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["华跃体育 仓库统计员月度量化考核表"])
    ws.append(["序号", "考核项目", "分值", "扣分细则", "自评", "主管评", "得分"])
    ws.append([1, "单据录入", 60, "漏录一单扣2分"])
    ws.append([2, "报表及时", 40, "迟交一次扣5分"])
    path = tmp_path / "量化考核.xlsx"
    wb.save(path)
    rows = {(e.name, tuple(e.roles)) for e in file_records(path.parent, path.name).kpis}
    assert rows == {("单据录入", ("仓库统计员",)), ("报表及时", ("仓库统计员",))}, rows
