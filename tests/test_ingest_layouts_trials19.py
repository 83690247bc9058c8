"""Layouts met on the round 19 blind trials (a container port, a hotpot chain), written here from
scratch for a ski resort: careers cards built of <div>s whose entries are unpunctuated lines, a WeCom
Markdown export whose duties are task-list boxes, a monthly KPI form with notes and signatures under
its 合计 row, a KPI library whose post sheets name indicators by their code only, a 考核要点 cell
naming several indicators, a handbook table whose rows apply to several posts, a staffing sheet
with 编制（人）/在岗（人） columns, and 工作难点/工作禁忌 rows after a form's 业绩标准; and from round 20 (a
law firm, a coal mine): an HR export of one row per fact, a KPI sheet drawn sideways, and a KPI table
its title says two posts share."""

from __future__ import annotations

from pathlib import Path

from assistant.text import strip_marker
from _answer_support import file_records


def _process(path: Path):  # type: ignore[no-untyped-def]
    return file_records(path.parent, path.name)


def _profiles(path: Path) -> dict:
    return {p.title: p for p in _process(path).profiles}


_CARDS = """<html><body>
<div class="top"><a href="/">首页</a> <a href="/join">加入我们</a></div>
<div class="jobs">
  <div class="card">
    <div class="head"><span class="name">滑雪教练</span><span class="pay">8-12K</span></div>
    <div class="meta"><span><i class="icon-loc"></i>崇礼·雪场</span><span><i class="icon-edu"></i>大专</span><span><i class="icon-exp"></i>3年以上</span></div>
    <div class="sec">你将负责</div>
    <div class="item">按课程表带领学员完成初级和中级滑雪课程，记录学员进度</div>
    <div class="item">每日开课前检查教学区护网和雪道标识，发现隐患立即上报</div>
    <div class="item">协助雪场救护队处理学员摔伤等突发情况</div>
    <div class="sec">我们希望你</div>
    <div class="item">持有国家职业资格滑雪指导员证书</div>
    <div class="item">3年以上单板或双板教学经验，能用英语进行基础教学</div>
    <div class="item">持初级救护员证者优先</div>
    <div class="sec">直属上级</div>
    <div class="item">教学部主管</div>
  </div>
</div>
</body></html>
"""


def test_careers_cards_built_of_divs(tmp_path: Path) -> None:
    path = tmp_path / "加入我们.html"
    path.write_text(_CARDS, encoding="utf-8")
    profiles = _profiles(path)
    # a card's tags ("3年以上") and requirement lines ("…证者优先") are no posts of their own
    assert set(profiles) == {"滑雪教练"}, set(profiles)
    coach = profiles["滑雪教练"]
    assert len(coach.duties) == 3 and coach.duties[1].text.startswith("每日开课前检查"), coach.duties
    assert len(coach.qualifications) == 3 and coach.qualifications[-1].text == "持初级救护员证者优先"
    assert coach.reports_to == "教学部主管"
    assert coach.fields["pay"].text == "8-12K"


_WECOM = """# 雪具中心岗位职责（租赁员 / 打蜡师）

> 📄 来自企业微信文档 · 创建者：@王芳 · 最后编辑：@李强 2025-11-02

## 🎿 雪具租赁员

**所属部门**：雪具中心　｜　**汇报给**：租赁主管　｜　**带领**：实习生

### 每天要做的事
- [ ] 按身高体重为游客配发雪板、雪鞋和雪杖
- [x] 收回雪具时检查板刃和固定器，损坏的登记后送修
- [ ] 闭场后清点雪具数量并填写交接表

### 任职要求

| 项目 | 要求 |
| --- | --- |
| 学历 | 高中及以上 |
| 经验 | 有雪具租赁或体育用品销售经验者优先 |
"""


def test_a_wecom_export_with_task_list_duties(tmp_path: Path) -> None:
    path = tmp_path / "雪具中心岗位职责.md"
    path.write_text(_WECOM, encoding="utf-8")
    clerk = _profiles(path)["雪具租赁员"]
    # "### 每天要做的事" opens the duties; the boxes "[ ]" / "[x]" are no text of the duty
    assert [strip_marker(d.text) for d in clerk.duties] == [
        "按身高体重为游客配发雪板、雪鞋和雪杖",
        "收回雪具时检查板刃和固定器,损坏的登记后送修",
        "闭场后清点雪具数量并填写交接表",
    ], clerk.duties
    assert clerk.reports_to == "租赁主管"
    assert clerk.fields["subordinates"].text == "实习生"  # "带领：实习生"


def _kpi_form(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "缆车司机月度考核"
    rows = [
        ["雪场缆车司机月度绩效考核表"],
        ["被考核人：", "", "所属班组：", "", "考核月份：    年    月"],
        ["考核维度", "考核指标", "权重(%)", "计算方式", "扣分标准", "得分"],
        ["安全", "缆车安全运行率", 50, "安全运行小时÷运行小时×100%", "发生一次停机事故扣10分"],
        ["服务", "游客排队时长", 30, "高峰时段平均排队分钟数", "超过15分钟每分钟扣1分"],
        ["纪律", "交接班记录完整率", 20, "完整记录数÷应记录数×100%", "缺一次扣2分"],
        ["合计", 100],
        ["考核等级：90分以上为A，80-89分为B，80分以下为C。"],
        ["考核人签字：", "", "被考核人签字："],
    ]
    for row in rows:
        ws.append(row)
    wb.save(path)


def test_notes_under_a_kpi_forms_total_row_belong_to_no_indicator(tmp_path: Path) -> None:
    path = tmp_path / "缆车司机月度考核表.xlsx"
    _kpi_form(path)
    records = _process(path)
    last = next(k for k in records.kpis if k.name == "交接班记录完整率")
    assert last.dimension == "纪律" and last.formula == "完整记录数÷应记录数×100%", last
    assert "考核等级" not in (last.sentence or "") and "签字" not in (last.formula or "")
    # "所属班组： | 考核月份：  年  月": a blank form's labels, no value of each other
    assert all("考核月份" not in (f.text or "") for p in records.profiles for f in p.fields.values())


def _kpi_library(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "指标字典"
    ws.append(["指标编码", "指标名称", "指标定义", "计算公式", "数据来源", "考核周期"])
    ws.append(["SK-01", "雪道压雪达标率", "压雪后雪面硬度达到标准的雪道比例", "达标雪道数÷压雪雪道数×100%", "压雪日志", "月度"])
    ws.append(["SK-02", "设备故障停机时长", "压雪车因故障无法作业的时长", "各次停机时长之和", "设备台账", "月度"])
    post = wb.create_sheet("压雪车司机")
    post.append(["压雪车司机岗位月度KPI考核表"])
    post.append(["序号", "指标编码", "权重", "目标值", "评分规则"])
    post.append([1, "SK-01", "60%", "≥95%", "每低1个百分点扣3分"])
    post.append([2, "SK-02", "40%", "≤4小时", "每超1小时扣5分"])
    wb.save(path)


def test_a_post_sheet_naming_indicators_by_their_dictionary_code(tmp_path: Path) -> None:
    path = tmp_path / "岗位KPI指标库.xlsx"
    _kpi_library(path)
    rows = [k for k in _process(path).kpis if "压雪车司机" in k.roles]
    assert [k.name for k in rows] == ["雪道压雪达标率", "设备故障停机时长"], rows
    first = rows[0]
    # the dictionary gives what the code means; the post's row keeps its own weight, target and rule
    assert first.weight == 60 and first.target == "≥95%" and first.formula == "达标雪道数÷压雪雪道数×100%"
    assert first.definition == "每低1个百分点扣3分" and first.data_source == "压雪日志"


def test_a_cell_naming_several_indicators_is_one_item_each(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("雪场运营岗位说明书汇总")
    table = doc.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ["岗位名称", "岗位职责", "任职资格", "考核要点"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["造雪机操作员", "1.按气温湿度启停造雪机。\n2.记录造雪量。",
                                                  "高中以上学历；能适应夜班。", "造雪量完成率、设备故障次数、耗电量"]):
        cell.text = text
    path = tmp_path / "岗位说明书汇总.docx"
    doc.save(path)
    operator = _profiles(path)["造雪机操作员"]
    assert [k.text for k in operator.kpis] == ["造雪量完成率", "设备故障次数", "耗电量"], operator.kpis


def test_a_rule_table_whose_rows_apply_to_several_posts(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_heading("第四章 排班", level=1)
    doc.add_paragraph("第十条 雪季实行排班制，具体时间如下表：")
    table = doc.add_table(rows=3, cols=3)
    for row, texts in zip(table.rows, [["班次", "时间", "适用岗位"],
                                       ["早班", "07:00-15:00", "缆车司机、雪具租赁员"],
                                       ["夜场班", "15:00-22:30", "缆车司机、造雪机操作员、救护员"]]):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    doc.add_paragraph("第十一条 换班须经班组长同意。")
    path = tmp_path / "员工手册.docx"
    doc.save(path)
    records = _process(path)
    assert not records.profiles  # a row's posts are who the row applies to, no post of the row
    items = [b for a in records.articles for s in a.sections for b in s.blocks if b.key == "row"]
    assert [b.text.split("\n")[0] for b in items] == ["早班", "夜场班"], items
    assert all(b.type.value == "item" for b in items)


def test_staffing_columns_with_units_in_brackets(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["雪场2026年定岗定编表"])
    ws.append(["序号", "部门", "岗位名称", "岗级", "编制（人）", "在岗（人）", "用工形式", "直接上级"])
    ws.append([1, "运营部", "缆车司机", "T2", 12, 10, "劳务派遣", "缆车班长"])
    path = tmp_path / "定岗定编表.xlsx"
    wb.save(path)
    driver = _profiles(path)["缆车司机"]
    facts = {k: v.text for k, v in driver.fields.items()}
    assert facts["headcount"] == "12" and facts["staffed"] == "10" and facts["level"] == "T2", facts
    assert facts["employment"] == "劳务派遣" and driver.reports_to == "缆车班长"


def test_difficulty_and_taboo_rows_after_the_performance_standard(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("岗位说明书")
    rows = [["岗位名称", "雪道巡逻员"], ["职责任务", "1.巡查雪道并清除障碍。\n2.引导迷路游客。"],
            ["业绩标准", "1.巡查覆盖率100%\n2.游客求助响应及时率98%以上"],
            ["工作难点", "大雪天能见度低"], ["工作禁忌", "擅自离开巡逻区域"], ["职业发展", "雪道主管"]]
    table = doc.add_table(rows=len(rows), cols=2)
    for row, texts in zip(table.rows, rows):
        for cell, text in zip(row.cells, texts):
            first, *more = text.split("\n")  # one paragraph per entry, as Word writes a list in a cell
            cell.text = first
            for line in more:
                cell.add_paragraph(line)
    path = tmp_path / "雪道巡逻员岗位说明书.docx"
    doc.save(path)
    patrol = _profiles(path)["雪道巡逻员"]
    assert [k.text for k in patrol.kpis] == ["1.巡查覆盖率100%", "2.游客求助响应及时率98%以上"], patrol.kpis
    assert patrol.fields["difficulty"].text == "大雪天能见度低"
    assert patrol.fields["taboo"].text == "擅自离开巡逻区域"


# --- round 20 (a law firm, a coal mine), written for the same ski resort --------------------------


def test_an_hr_system_export_of_one_row_per_fact(tmp_path: Path) -> None:
    path = tmp_path / "岗位属性导出.csv"
    path.write_text(
        "岗位编码,岗位名称,属性项,属性值,生效日期\n"
        "SK-07,压雪车司机,所属部门,雪道部,2026-01-01\n"
        "SK-07,压雪车司机,直接上级,雪道部主管,2026-01-01\n"
        "SK-07,压雪车司机,学历要求,高中及以上,2026-01-01\n"
        "SK-07,压雪车司机,岗位职责,夜间压雪作业；填写压雪日志；车辆日常保养,2026-01-01\n"
        "SK-09,造雪机操作员,所属部门,雪道部,2026-01-01\n"
        "SK-09,造雪机操作员,证书要求,电工证,2026-01-01\n",
        encoding="utf-8",
    )
    profiles = _profiles(path)
    assert set(profiles) == {"压雪车司机", "造雪机操作员"}, set(profiles)
    driver = profiles["压雪车司机"]
    # each row a label and its value of the post the rows name (the dates are no facts of it)
    assert driver.department == "雪道部" and driver.reports_to == "雪道部主管"
    assert [d.text for d in driver.duties] == ["夜间压雪作业", "填写压雪日志", "车辆日常保养"], driver.duties
    assert "高中及以上" in [q.text for q in driver.qualifications]
    assert profiles["造雪机操作员"].fields["certificate"].text == "电工证"


def test_a_kpi_sheet_drawn_sideways(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["雪场巡逻队月度绩效考核指标"])
    ws.append(["考核类别", "安全（60分）", None, "服务（40分）"])
    ws.merge_cells("B2:C2")
    ws.append(["指标", "游客受伤事故起数", "巡逻覆盖率", "求助响应时长"])
    ws.append(["权重（分）", 30, 30, 40])
    ws.append(["月度目标", "0起", "100%", "≤5分钟"])
    ws.append(["计分办法", "每发生1起扣10分", "每降低1个百分点扣2分", "每超1分钟扣4分"])
    ws.append(["否决项：发生死亡事故的，本队当月绩效考核得分为零。"])
    path = tmp_path / "区队考核指标.xlsx"
    wb.save(path)
    rows = [k for k in _process(path).kpis if k.origin == "table"]
    assert [k.name for k in rows] == ["游客受伤事故起数", "巡逻覆盖率", "求助响应时长"], rows
    last = rows[-1]
    assert last.weight == 40 and last.target == "≤5分钟" and last.definition == "每超1分钟扣4分", last
    assert rows[0].dimension.startswith("安全") and last.dimension.startswith("服务") and "否决" not in last.dimension
    assert last.department == "雪场巡逻队"


def test_a_kpi_table_shared_by_the_posts_its_title_names(tmp_path: Path) -> None:
    path = tmp_path / "行政人员考核表.md"
    path.write_text(
        "## 行政人员月度绩效考核表（适用于票务员、广播员）\n\n"
        "| 考核维度 | 考核指标 | 权重 |\n| --- | --- | --- |\n"
        "| 服务 | 游客投诉次数 | 50% |\n| 效率 | 票务差错率 | 50% |\n",
        encoding="utf-8",
    )
    rows = [k for k in _process(path).kpis if k.origin == "table"]
    assert [k.name for k in rows] == ["游客投诉次数", "票务差错率"]
    assert all(k.roles == ["票务员", "广播员"] for k in rows), [k.roles for k in rows]
