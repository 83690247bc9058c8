"""More layouts of a new company's files, written here from scratch (a hotel and a bakery): a post
named only in the file's title, a requirements outline inside its section, a duty table with a
name column beside the description, sub-headings that label a post's facts, framed postings,
bulleted post names with bracketed labels, a table whose post rows are full-width labelled rows,
KPI matrices whose posts are columns, and a posting sheet under a two-row grouped header."""

from __future__ import annotations

from pathlib import Path

from assistant.config import Settings
from assistant.ingest.pipeline import process_file


def _process(path: Path):
    return process_file(path, path.parent, Settings(home=path.parent / "home"))


def _profiles(path: Path) -> dict:
    return {p.title: p for p in _process(path).profiles}


def test_a_post_named_only_by_the_files_title_with_an_outline_of_requirements(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("一、基本信息")
    grid = d.add_table(rows=2, cols=4)
    for c, text in enumerate(["所属部门", "烘焙车间", "直接上级", "生产经理"]):
        grid.cell(0, c).text = text
    for c, text in enumerate(["岗位定员", "3人", "工作地点", "城西工厂"]):
        grid.cell(1, c).text = text
    d.add_paragraph("二、岗位职责")
    rows = [("序号", "职责", "工作内容", "占用时间比例(%)"),
            ("1", "排产", "按门店订单编制次日烘焙排产表并分派到各班组", "30"),
            ("2", "品质", "抽检每批面包的中心温度和重量，填写批次记录", "40"),
            ("3", "安全", "检查烤炉和和面机的防护装置，组织班前安全提醒", "30")]  # fmt: skip
    t = d.add_table(rows=len(rows), cols=4)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    d.add_paragraph("三、任职资格")
    for line in ["一、知识", "1. 熟悉面包发酵工艺", "二、经验", "1. 三年以上烘焙车间管理经验", "四、工作关系"]:
        d.add_paragraph(line)
    d.add_paragraph("内部：门店运营部、品控部")
    d.core_properties.title = ""
    path = tmp_path / "hb03_烘焙主管岗位说明书.docx"
    d.save(path)
    profile = _profiles(path)["烘焙主管"]
    assert [i.text.split("\n")[0] for i in profile.duties] == ["排产", "品质", "安全"]  # the name with its description
    assert all("\n" in i.text for i in profile.duties)
    assert [i.text for i in profile.qualifications] == ["1.熟悉面包发酵工艺", "1.三年以上烘焙车间管理经验"]
    assert profile.reports_to == "生产经理"


def test_posts_under_headings_with_a_facts_sub_heading(tmp_path: Path) -> None:
    path = tmp_path / "前厅部岗位.md"
    path.write_text(
        "# 前厅部岗位汇编\n\n"
        "## 礼宾员\n\n### 岗位概况\n\n所属部门：前厅部\n\n直接上级：礼宾主管\n\n"
        "### 主要职责\n\n1. 迎送宾客并协助搬运行李\n2. 办理行李寄存\n\n"
        "## 夜审员\n\n### 基本信息\n\n所属部门：财务部\n\n直接上级：收入审计主管\n\n"
        "### 主要职责\n\n1. 核对当日房费入账\n2. 编制营业日报\n",
        encoding="utf-8",
    )
    profiles = _profiles(path)
    assert set(profiles) == {"礼宾员", "夜审员"}
    assert profiles["夜审员"].reports_to == "收入审计主管"


def test_postings_framed_by_rule_characters_with_a_post_ordinal(tmp_path: Path) -> None:
    path = tmp_path / "招聘.txt"
    path.write_text(
        "某酒店2025年招聘\n\n"
        "==== 职位一：宴会服务员 ====\n部门：餐饮部\n汇报：宴会领班\n工作职责：\n（1）宴会摆台\n（2）席间服务\n"
        "任职要求：\n（1）高中及以上学历\n（2）能适应轮班\n\n"
        "==== 职位二：工程值班电工（夜班） ====\n部门：工程部\n汇报：工程主管\n工作职责：\n（1）巡查配电房\n（2）处理报修\n"
        "任职要求：\n（1）持有低压电工作业证\n",
        encoding="gbk",
    )
    profiles = _profiles(path)
    assert set(profiles) == {"宴会服务员", "工程值班电工(夜班)"}
    assert profiles["宴会服务员"].reports_to == "宴会领班"
    assert [i.text for i in profiles["工程值班电工(夜班)"].qualifications] == ["(1)持有低压电工作业证"]


def test_bulleted_post_names_with_bracketed_labels_and_circled_duties(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("客房部岗位说明书")
    d.add_paragraph("■ 楼层服务员（岗位编码KF-02，酒店里通称“房嫂”）")
    d.add_paragraph("【所属部门】客房部【直接上级】楼层领班")
    d.add_paragraph("【岗位职责】①按标准清扫客房;②补充客用品;③报告维修事项。")
    d.add_paragraph("任职要求：初中及以上学历;身体健康。")
    path = tmp_path / "客房部.docx"
    d.save(path)
    profile = _profiles(path)["楼层服务员"]
    assert "房嫂" in profile.aliases
    assert profile.reports_to == "楼层领班" and profile.fields["department"].text.endswith("客房部")
    assert [i.text for i in profile.duties] == ["①按标准清扫客房;", "②补充客用品;", "③报告维修事项。"]


def test_a_table_whose_posts_open_with_full_width_labelled_rows(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("中央厨房岗位职责表")
    t = d.add_table(rows=0, cols=3)

    def row(*cells: str) -> None:
        cells_ = t.add_row().cells
        if len(cells) == 1:
            merged = cells_[0].merge(cells_[2])
            merged.text = cells[0]
        else:
            for c, text in enumerate(cells):
                cells_[c].text = text

    for post, boss, duties, need in [("面点师", "厨师长", ["制作早餐面点", "控制面粉损耗"], "任职要求：持有中式面点师证"),
                                     ("砧板工", "切配主管", ["按菜单切配原料", "做好刀具消毒"], "任职要求：一年以上切配经验")]:  # fmt: skip
        row("序号", "职责内容", "工作标准")
        row(f"岗位：{post}（中央厨房）\u3000\u3000直接上级：{boss}\u3000\u3000下属：无")
        for n, duty in enumerate(duties, start=1):
            row(str(n), duty, "当班完成")
        row(need)
    path = tmp_path / "中央厨房.docx"
    d.save(path)
    profiles = _profiles(path)
    assert set(profiles) == {"面点师(中央厨房)", "砧板工(中央厨房)"}
    dough = profiles["面点师(中央厨房)"]
    assert "中央厨房面点师" in dough.aliases and dough.reports_to == "厨师长"
    # (what each duty must meet is said of it: "制作早餐面点（工作标准：当班完成）")
    assert [i.quote or i.text for i in dough.duties] == ["制作早餐面点", "控制面粉损耗"], dough.duties
    assert all(i.text.endswith("（工作标准：当班完成）") for i in dough.duties), dough.duties
    assert [i.text for i in dough.qualifications] == ["持有中式面点师证"]


def test_kpi_matrices_whose_posts_are_columns(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "门店KPI"
    ws.append(["门店岗位KPI权重表（单位：%）"])
    ws.merge_cells("A1:F1")
    ws.append(["维度", "指标", "计算口径", "店长", "裱花师", "收银员"])
    ws.append(["财务", "销售额达成率", "实际/目标", 40, 20, None])
    ws.append([None, "报损率", "报损金额/销售额", 20, 30, None])
    ws.append(["客户", "顾客满意度", "评价系统", 20, 30, 50])
    ws.append(["内部流程", "收银差错次数", "日结", None, None, 50])
    ws.append(["学习成长", "培训完成率", "培训系统", 20, 20, None])
    ws.append(["合计", None, None, "=SUM(D3:D7)", "=SUM(E3:E7)", "=SUM(F3:F7)"])
    ws.merge_cells("A3:A4")
    second = wb.create_sheet("管理岗")
    second.append(["指标", None, "区域经理", None, "督导", None])
    second.append(["维度", "指标名称", "权重(%)", "评分规则", "权重(%)", "评分规则"])
    second.append(["财务", "区域营收达成率", 60, "每低1%扣1分", 30, "按门店合计"])
    second.append(["客户", "巡店问题整改率", 40, "未整改每项扣2分", 70, "按巡店记录"])
    second.merge_cells("A1:B1")
    second.merge_cells("C1:D1")
    second.merge_cells("E1:F1")
    path = tmp_path / "门店KPI.xlsx"
    wb.save(path)
    rec = _process(path)
    by_post: dict[str, dict[str, float | None]] = {}
    for entry in rec.kpis:
        for role in entry.roles:
            by_post.setdefault(role, {})[entry.name] = entry.weight
    assert by_post["店长"] == {"销售额达成率": 40, "报损率": 20, "顾客满意度": 20, "培训完成率": 20}
    assert by_post["收银员"] == {"顾客满意度": 50, "收银差错次数": 50}
    assert by_post["区域经理"] == {"区域营收达成率": 60, "巡店问题整改率": 40}
    assert by_post["督导"] == {"区域营收达成率": 30, "巡店问题整改率": 70}


def test_a_posting_sheet_under_a_two_row_grouped_header(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "岗位信息", None, None, "任职要求", None, "待遇", "备注"])
    ws.append([None, "岗位名称", "所属部门", "汇报对象", "学历", "工作经验", "薪资范围", None])
    ws.append([1, "西点师", "出品部", "出品经理", "中专及以上", "2年以上", "6000-8000元/月", "急招"])
    ws.append([2, "店员", "门店", "店长", "高中及以上", "不限", "4500-5500元/月", "待补充"])
    for cells in ("A1:A2", "B1:D1", "E1:F1", "H1:H2"):
        ws.merge_cells(cells)
    path = tmp_path / "招聘需求.xlsx"
    wb.save(path)
    profiles = _profiles(path)
    assert set(profiles) == {"西点师", "店员"}
    pastry = profiles["西点师"]
    assert pastry.reports_to == "出品经理" and pastry.fields["education"].text.endswith("中专及以上")
    assert pastry.pay == "6000-8000元/月"
    assert not any("待补充" in i.text for p in profiles.values() for i in [*p.qualifications, *p.duties])


def test_a_files_title_names_no_post_when_the_body_names_its_own(tmp_path: Path) -> None:
    path = tmp_path / "hb07_门店店员岗位说明书.txt"
    path.write_text("岗位说明书\n\n岗位名称：收银员\n直接上级：店长\n\n岗位职责：\n1、收银结账\n2、整理货架\n", encoding="utf-8")
    rec = _process(path)
    assert [p.title for p in rec.profiles] == ["收银员"]
    assert {s.role for a in rec.articles for s in a.sections if s.role} == {"收银员"}


def test_markdown_front_matter_annexed_kpi_tables_and_certificates_in_title_marks(tmp_path: Path) -> None:
    path = tmp_path / "客房部.md"
    path.write_text(
        "---\ntitle: 客房部岗位说明\nversion: 1.2\n---\n\n# 客房部岗位说明\n\n"
        "## 洗衣房主管\n\n### 岗位职责\n\n1. 安排布草洗涤\n2. 检查洗涤质量\n\n"
        "### 任职要求\n\n1. 高中及以上学历\n2. 持有《特种设备作业人员证》\n\n"
        "## 附表一 洗衣房主管\n\n| 指标 | 权重 | 目标值 |\n|---|---|---|\n| 布草破损率 | 50% | ≤1% |\n| 客诉次数 | 50% | 0 |\n",
        encoding="utf-8",
    )
    rec = _process(path)
    assert rec.articles[0].title == "客房部岗位说明"
    assert {p.title for p in rec.profiles} == {"洗衣房主管"}  # its description and its annexed KPI table
    profile = next(p for p in rec.profiles if p.qualifications)
    assert [i.category for i in profile.qualifications] == ["education", "certificate"]
    assert {e.name: e.roles for e in rec.kpis} == {"布草破损率": ["洗衣房主管"], "客诉次数": ["洗衣房主管"]}


def test_requirements_same_as_the_post_above(tmp_path: Path) -> None:
    path = tmp_path / "厨房岗位.md"
    path.write_text(
        "# 厨房岗位\n\n## 冷菜厨师\n\n### 岗位职责\n\n1. 制作冷菜\n\n### 任职要求\n\n1. 持有健康证\n2. 两年以上冷菜经验\n\n"
        "## 烧腊厨师\n\n### 岗位职责\n\n1. 制作烧腊\n\n### 任职要求\n\n1. 同上。\n2. 另：熟悉粤式烧腊者优先\n",
        encoding="utf-8",
    )
    profiles = _profiles(path)
    assert [i.text for i in profiles["烧腊厨师"].qualifications] == ["1.持有健康证", "2.两年以上冷菜经验", "2.另:熟悉粤式烧腊者优先"]
    assert profiles["烧腊厨师"].qualifications[0].span == profiles["冷菜厨师"].qualifications[0].span  # cited where it stands


def test_requirements_that_refer_to_another_post(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["岗位", "部门", "岗位职责", "任职要求"])
    ws.append(["汽修工", "机修班", "负责车辆定期保养；排除底盘故障", "中专及以上学历；持中级汽车维修工证"])
    ws.append(["钣金工", "机修班", "负责车身钣金修复", "参照汽修工岗位任职要求执行。"])
    path = tmp_path / "保修厂岗位.xlsx"
    wb.save(path)
    profiles = _profiles(path)
    assert [i.text for i in profiles["钣金工"].qualifications] == ["参照汽修工岗位任职要求执行。", "中专及以上学历", "持中级汽车维修工证"]


def test_a_form_with_its_own_sub_labels_another_name_and_a_pointer(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("门店岗位说明书")
    t = d.add_table(rows=5, cols=3)
    rows = [("岗位名称", "烘焙学徒", ""), ("别称", "面包学徒、学徒工", ""), ("任职资格", "学历", "初中及以上"),
            ("", "年龄与身体", "18-30周岁，持健康证"), ("", "工作服", "公司统一发放")]  # fmt: skip
    for r, (a, b, c) in enumerate(rows):
        t.cell(r, 0).text, t.cell(r, 1).text = a, b
        if c:
            t.cell(r, 2).text = c
        else:
            t.cell(r, 1).merge(t.cell(r, 2))
    t.cell(2, 0).merge(t.cell(4, 0))
    d.add_paragraph("岗位职责：")
    d.add_paragraph("岗位职责见附件《烘焙作业标准》")
    path = tmp_path / "学徒.docx"
    d.save(path)
    profile = _profiles(path)["烘焙学徒"]
    assert {"面包学徒", "学徒工"} <= set(profile.aliases)
    assert [i.text for i in profile.qualifications][:2] == ["初中及以上", "18-30周岁,持健康证"]
    assert not any("附件" in i.text for i in profile.duties)


def test_a_duty_table_continued_under_a_caption(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("表2 配送调度员岗位职责")
    first = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("序号", "工作内容"), ("1", "编排次日配送线路"), ("2", "核对司机出车单")]):
        first.cell(r, 0).text, first.cell(r, 1).text = a, b
    d.add_paragraph("表2（续表）")
    rest = d.add_table(rows=2, cols=2)
    for r, (a, b) in enumerate([("序号", "工作内容"), ("3", "统计当日配送准时率")]):
        rest.cell(r, 0).text, rest.cell(r, 1).text = a, b
    path = tmp_path / "调度.docx"
    d.save(path)
    profiles = _profiles(path)
    assert set(profiles) == {"配送调度员"}
    assert [i.text for i in profiles["配送调度员"].duties] == ["编排次日配送线路", "核对司机出车单", "统计当日配送准时率"]


def test_a_kpi_sheet_titled_after_its_post_with_a_period(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["裱花师月度绩效考核指标库"])
    ws.merge_cells("A1:D1")
    ws.append(["维度", "指标名称", "权重", "计算公式"])
    ws.append(["质量类(40%)", "返工率", "40%", "返工件数/总件数"])
    ws.append(["效率类(60%)", "订单准时完成率", "60%", "准时订单/总订单"])
    path = tmp_path / "KPI.xlsx"
    wb.save(path)
    assert {e.name: e.roles for e in _process(path).kpis} == {"返工率": ["裱花师"], "订单准时完成率": ["裱花师"]}
