"""Layouts met on a new company's files (hospital, restaurant, factory), written here from scratch:
a KPI library whose owner column is merged down, Markdown and careers-page job cards whose facts
come before the lists, and bracketed section labels in a GBK text file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from assistant.config import Settings
from assistant.ingest.pipeline import process_file


def _process(path: Path):
    return process_file(path, path.parent, Settings(home=path.parent / "home"))


def test_kpi_library_with_a_merged_owner_column_gives_indicators_not_jobs(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "门诊"
    ws.append(["门诊科室岗位KPI指标库"])
    ws.merge_cells("A1:G1")
    ws.append(["部门", "岗位", "考核维度", "指标名称", "权重", "计算公式", "目标值"])
    rows = [
        ("门诊部", "分诊护士", "客户类(40%)", "候诊满意度", "25%", "满意问卷/有效问卷×100%", "≥95%"),
        (None, None, None, "分诊准确率", "15%", "正确分诊数/分诊总数×100%", "≥98%"),
        (None, None, "内部流程类(60%)", "预检登记完整率", "60%", "完整登记数/登记总数×100%", "100%"),
        ("药剂科", "调剂员", "内部流程类(100%)", "调剂差错率", "70%", "差错处方数/调剂处方数×1000‰", "≤0.1‰"),
        (None, None, None, "处方审核及时率", "30%", "30分钟内审核数/处方总数×100%", "≥99%"),
    ]
    for row in rows:
        ws.append(list(row))
    ws.merge_cells("A3:A5")
    ws.merge_cells("B3:B5")
    ws.merge_cells("A6:A7")
    ws.merge_cells("B6:B7")
    path = tmp_path / "kpi.xlsx"
    wb.save(path)
    rec = _process(path)
    assert len(rec.kpis) == 5
    assert len({c.id for c in rec.chunks}) == len(rec.chunks)  # no duplicate chunk ids (a vector store refuses them)
    owners = Counter(k.roles[0] for k in rec.kpis)
    assert owners == {"分诊护士": 3, "调剂员": 2}
    first = next(k for k in rec.kpis if k.name == "候诊满意度")
    assert (first.weight, first.target, first.department, first.dimension) == (25.0, "≥95%", "门诊部", "客户类")
    assert first.formula == "满意问卷/有效问卷×100%"
    assert [p.title for p in rec.profiles] == ["分诊护士", "调剂员"]  # one per owner, holding its rows


def test_markdown_job_cards_with_facts_before_the_lists(tmp_path: Path) -> None:
    path = tmp_path / "汇编.md"
    path.write_text(
        "# 岗位汇编\n\n## 灌装工\n\n- 所属部门：灌装车间\n- 直接上级：车间主任\n\n### 职责描述\n\n1. 操作灌装线完成灌装；\n"
        "2. 记录每班产量。\n\n### 岗位要求\n\n1. 初中及以上学历；\n2. 能适应倒班。\n",
        encoding="utf-8",
    )
    (profile,) = _process(path).profiles
    assert profile.title == "灌装工" and profile.department == "灌装车间"
    assert profile.fields["reports_to"].text == "车间主任"
    assert "操作灌装线完成灌装" in profile.duties[0].text
    assert len(profile.qualifications) == 2


def test_bracketed_section_labels_in_a_gbk_text(tmp_path: Path) -> None:
    path = tmp_path / "门诊.txt"
    path.write_bytes(
        "一、挂号员\n直接上级：门诊办主任\n【工作内容】\n1、负责挂号与收费窗口服务；\n2、核对患者身份信息。\n"
        "【应聘要求】\n1、中专及以上学历；\n2、熟练使用电脑。\n".encode("gbk")
    )
    (profile,) = _process(path).profiles
    assert profile.title == "挂号员" and len(profile.duties) == 2 and len(profile.qualifications) == 2
    assert profile.fields["reports_to"].text.endswith("门诊办主任")


def test_careers_page_job_cards_with_a_definition_list(tmp_path: Path) -> None:
    path = tmp_path / "join.html"
    path.write_text(
        "<html><body><h1>加入我们</h1><section><h2>面点师</h2><dl><dt>工作地点</dt><dd>各门店</dd>"
        "<dt>薪资待遇</dt><dd>6000-8000元/月</dd></dl><h3>岗位职责</h3><ul><li>负责面点制作；</li>"
        "<li>控制原料损耗。</li></ul><h3>任职要求</h3><ul><li>持健康证；</li></ul></section></body></html>",
        encoding="utf-8",
    )
    (profile,) = _process(path).profiles
    assert profile.title == "面点师" and len(profile.duties) == 2
    assert "6000-8000" in profile.fields["pay"].text


def test_english_headers_reporting_columns_and_one_line_lists(tmp_path: Path) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text(
        "title,department,responsibilities,requirements,salary,city\n"
        '理货员,仓储部,"1. 负责货物上架；\n2. 盘点库存。","高中及以上学历；能适应夜班",5000-6000元/月,苏州\n',
        encoding="utf-8",
    )
    (profile,) = _process(path).profiles
    assert profile.title == "理货员" and profile.department == "仓储部"
    assert "5000-6000" in profile.fields["pay"].text and profile.fields["location"].text == "苏州"
    assert len(profile.duties) == 2 and [q.text for q in profile.qualifications] == ["高中及以上学历", "能适应夜班"]

    table = tmp_path / "岗位一览.txt"
    table.write_text(
        "岗位\t部门\t汇报对象\t主要职责\t任职要求\n保洁员\t环境部\t环境主管\t负责公共区域清洁；垃圾分类收运\t身体健康；吃苦耐劳\n",
        encoding="utf-8",
    )
    (cleaner,) = _process(table).profiles
    assert cleaner.fields["reports_to"].text == "环境主管" and len(cleaner.duties) == 2

    inline = tmp_path / "顾问.md"
    inline.write_text("## 课程顾问\n\n### 岗位职责\n\n1.接待来访家长; 2.回访意向客户; 3.完成招生指标。\n", encoding="utf-8")
    (adviser,) = _process(inline).profiles
    assert [d.text for d in adviser.duties] == ["1.接待来访家长;", "2.回访意向客户;", "3.完成招生指标。"]


def test_a_kpi_table_under_a_role_heading_with_a_period_belongs_to_the_role(tmp_path: Path) -> None:
    path = tmp_path / "kpi.md"
    path.write_text(
        "# 绩效考核指标\n\n## 课程顾问月度KPI\n\n| 指标名称 | 计算公式 | 目标值 | 权重 |\n|---|---|---|---|\n"
        "| 新签合同数 | 当月新签合同份数 | ≥15份 | 60% |\n| 续费率 | 续费人数/到期人数×100% | ≥70% | 40% |\n",
        encoding="utf-8",
    )
    kpis = _process(path).kpis
    assert [(k.name, k.roles, k.weight, k.target) for k in kpis] == [
        ("新签合同数", ["课程顾问"], 60.0, "≥15份"), ("续费率", ["课程顾问"], 40.0, "≥70%")
    ]


def test_a_kpi_section_of_stated_items_gives_indicators_and_no_signoff_items(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for text in ["站点主管岗位说明书", "一、岗位职责", "（1）负责站点日常运营；", "（2）负责人员排班。", "二、考核指标",
                 "（1）妥投率：当月妥投件数/应派件数×100%，目标值≥98%，权重60%；",
                 "（2）单票成本：月运营总成本/月派件量，目标值≤1.2元/票，权重40%。",
                 "编制部门：人力资源部        编制日期：2024年3月"]:  # fmt: skip
        document.add_paragraph(text)
    path = tmp_path / "站点主管.docx"
    document.save(str(path))
    rec = _process(path)
    assert [(k.name, k.weight, k.target) for k in rec.kpis if k.origin == "table"] == [
        ("妥投率", 60.0, "≥98%"), ("单票成本", 40.0, "≤1.2元/票")
    ]
    (profile,) = rec.profiles
    assert len(profile.kpis) == 2  # 编制部门 / 编制日期 are about the document


def test_an_essay_under_a_duties_title_gives_no_items(tmp_path: Path) -> None:
    """A collection of essays: one is titled "…岗位职责" but argues in paragraphs. Its paragraphs
    stay passages (no "duty" of 300 characters); real lists in the same file stay items."""
    essay = ("能力模型被许多企业广泛使用,并被证明为行之有效的管理工具。运用该模型可以把岗位要求讲清楚,"
             "也能让招聘、培训和考核用同一把尺子衡量人。在此基础上,我们还可以按层级细分每项能力的掌握程度,"
             "形成可以比较的标准。这样做的好处是显而易见的,但需要花费大量的时间和资源,"
             "还需要各级领导的重视和支持,以及配套的制度来保证它落到实处。")
    path = tmp_path / "文集.txt"
    path.write_text(
        "仓储岗位文章(共3篇)\n仓储主管岗位职责 篇1\n(一)梳理仓储主管岗位职责\n" + essay + "\n"
        "(二)制度保障\n" + essay + "\n"
        "如何做好夜班理货 篇2\n1.交接班时核对库位。\n2.发现破损立即登记。\n3.每两小时巡查一次。\n"
        "叉车司机岗位职责 篇3\n1、负责叉车的日常驾驶与保养;\n2、按单装卸货物,确保安全。\n",
        encoding="utf-8",
    )
    rec = _process(path)
    for profile in rec.profiles:
        assert all(len(item.text) < 150 for item in profile.duties + profile.qualifications), profile.title
    forklift = next(p for p in rec.profiles if p.title == "叉车司机")
    assert [i.text for i in forklift.duties][:1] == ["1、负责叉车的日常驾驶与保养;"]


def test_kpi_sheet_with_an_assessee_column_and_merged_owners_cites_each_row(tmp_path: Path) -> None:
    """"考核对象" is an owner column; the sheet's heading names the department that owns the rows
    too; each row is cited by its own line, not from the merged owner cell above it."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "质检部"
    ws.append(["质检部KPI考核表"])
    ws.append(["考核对象", "维度", "指标名称", "权重"])
    ws.append(["质检组长", "内部流程", "批次检验及时率", "60%"])
    ws.append([None, "客户", "客户质量投诉次数", "40%"])
    ws.merge_cells("A3:A4")
    path = tmp_path / "质检KPI.xlsx"
    wb.save(path)
    rec = _process(path)
    rows = {k.name: k for k in rec.kpis}
    assert set(rows) == {"批次检验及时率", "客户质量投诉次数"}
    assert all(k.roles == ["质检组长"] and k.department == "质检部" for k in rows.values())
    assert rows["客户质量投诉次数"].span.line_start == rows["客户质量投诉次数"].span.line_end  # its own row


def test_word_form_with_unknown_labels_and_a_full_width_list_cell(tmp_path: Path) -> None:
    """A Word 岗位说明书 grid: a row of label | value pairs where one label is the company's own
    ("岗位定员"), "直接下属 | 无" (an answer), the duties as a numbered list in one full-width
    cell under a full-width section row, and a sign-off line whose 编制 is no headcount."""
    import docx

    d = docx.Document()
    d.add_paragraph("康泰药房 岗位说明书（药店店员）")
    d.add_paragraph("编制：人力资源部  审核：运营部  批准：总经理")
    t = d.add_table(rows=5, cols=6)
    def full(row: int, text: str) -> None:
        cell = t.cell(row, 0).merge(t.cell(row, 5))
        cell.text = text
    full(0, "一、基本信息")
    for col, text in enumerate(["岗位名称", "药店店员", "直接上级", "店长", "直接下属", "无"]):
        t.cell(1, col).text = text
    for col, text in enumerate(["岗位定员", "每店3人", "岗位等级", "P1", "所属部门", "门店运营部"]):
        t.cell(2, col).text = text
    full(3, "二、工作职责")
    full(4, "1.负责顾客接待与收银，按规定开具小票。\n2.负责商品陈列和效期检查。\n3.协助药师做好处方药登记。")
    path = tmp_path / "店员.docx"
    d.save(path)
    (profile,) = _process(path).profiles
    facts = {k: v.text for k, v in profile.fields.items()}
    assert facts["reports_to"] == "店长" and facts["subordinates"] == "无" and facts["headcount"] == "每店3人"
    assert [i.text[:8] for i in profile.duties] == ["1.负责顾客接待", "2.负责商品陈列", "3.协助药师做好"]


def test_a_form_row_whose_second_label_is_the_companys_own(tmp_path: Path) -> None:
    """"岗位名称 | 服务顾问 | 英文名称 | Service Advisor": one known label first, then the
    company's own; the row is still a form row (the whole profile was lost before). The
    heading "服务顾问（SA）" gives the post its abbreviation."""
    import docx

    d = docx.Document()
    d.add_paragraph("售后服务部岗位职责与任职要求")
    d.add_paragraph("服务顾问（SA）")  # the abbreviation people use, heading the grid
    t = d.add_table(rows=4, cols=4)
    for row, cells in enumerate([["岗位名称", "服务顾问", "英文名称", "Service Advisor"],
                                 ["汇报上级", "售后服务经理", "工作地点", "成都市武侯区4S店"]]):  # fmt: skip
        for col, text in enumerate(cells):
            t.cell(row, col).text = text
    for row, (label, text) in enumerate([("岗位职责", "1. 接待维修保养客户，进行环车检查；\n2. 估算维修费用及交车时间，开具工单；"),
                                         ("任职要求", "1. 大专及以上学历，汽车维修相关专业；\n2. 2年以上4S店服务经验；")], start=2):  # fmt: skip
        t.cell(row, 0).text = label
        t.cell(row, 1).merge(t.cell(row, 3)).text = text
    path = tmp_path / "售后.docx"
    d.save(path)
    (profile,) = _process(path).profiles
    assert profile.title == "服务顾问" and profile.fields["reports_to"].text == "售后服务经理"
    assert len(profile.duties) == 2 and len(profile.qualifications) == 2
    assert "SA" in profile.aliases


def test_a_posting_export_with_the_companys_own_columns(tmp_path: Path) -> None:
    """A CSV whose header has the company's own columns beside known ones: still a table of
    postings, one per row, each with its place, headcount and pay (a row of facts only, too)."""
    path = tmp_path / "用工需求.csv"
    path.write_text(
        "需求编号,岗位名称,用工类型,所在仓库,需求人数,薪酬,到岗时间\n"
        "X-01,分拣员,临时工,苏州仓,40,21元/小时,2026-10-20\n"
        "X-02,分拣员,正式工,无锡仓,8,5200-6000元/月,2026-10-15\n",
        encoding="utf-8",
    )
    profiles = _process(path).profiles
    assert [p.fields["location"].text for p in profiles] == ["苏州仓", "无锡仓"]
    assert [p.fields["pay"].text for p in profiles] == ["21元/小时", "5200-6000元/月"]


def test_a_unit_word_inside_a_title_is_no_organisation() -> None:
    """"个险营业部经理（南京）" is one post at a site: 营业部 ends organisation names elsewhere,
    but a bare 经理 left over (with or without a site in brackets) names no post."""
    from assistant.ingest.roles import split_organisation
    from assistant.ingest.vocab import Vocab
    from assistant.lexicon import load_lexicon

    vocab = Vocab.build(load_lexicon(None))
    assert split_organisation("个险营业部经理（南京）", vocab) == (None, "个险营业部经理（南京）")
    assert split_organisation("鼎衡人寿公司理赔调查员（苏州）", vocab) == ("鼎衡人寿公司", "理赔调查员（苏州）")


def test_a_blank_owner_cell_under_another_department_is_the_departments(tmp_path: Path) -> None:
    """部门 | 岗位 | 类别 | KPI | 占比: the 销售部 rows leave 岗位 blank; they are the department's
    indicators, not those of the post above them (行政总厨 of 餐饮部)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KPI汇总"
    ws.append(["部门", "岗位", "类别", "KPI", "占比"])
    for row in [("餐饮部", "行政总厨", "财务类", "厨房毛利率", "60%"), ("餐饮部", "行政总厨", "客户类", "菜品投诉率", "40%"),
                ("销售部", None, "财务类", "会议宴会收入达成率", "60%"), ("销售部", None, "客户类", "协议客户新增数", "40%")]:  # fmt: skip
        ws.append(list(row))
    path = tmp_path / "集团KPI.xlsx"
    wb.save(path)
    owners = {k.name: (k.department, k.roles) for k in _process(path).kpis}
    assert owners["菜品投诉率"] == ("餐饮部", ["行政总厨"])
    assert owners["会议宴会收入达成率"] == ("销售部", []) and owners["协议客户新增数"] == ("销售部", [])


def test_an_inline_list_whose_first_item_begins_with_a_number() -> None:
    """"1.3年以上经验;2.持健康证": item 1 starts with 3年 (no decimal 1.3, no section 1.3); a lone
    "1.5年以上经验" and "2.5%" stay numbers."""
    from assistant.ingest import markers as mk
    from assistant.ingest.profiles import _list_pieces

    assert _list_pieces("1.3年以上中餐热菜经验;2.持健康证。") == ["1.3年以上中餐热菜经验;", "2.持健康证。"]
    assert len(_list_pieces("1.10年以上厨房经验；2.精通粤菜；3.持有高级技师证书。")) == 3
    assert mk.parse_marker("1.10年以上厨房经验；2.精通粤菜").rest.startswith("10年以上")
    assert mk.parse_marker("1.5年以上经验") is None and mk.parse_marker("2.5%的增长") is None
    assert mk.parse_marker("3.1.1培训部经理职责").family == "dotted"


def test_a_duty_table_with_modules_and_time_shares(tmp_path: Path) -> None:
    """序号 | 职责模块 | 具体内容 | 时间占比 under 二、工作职责: each row is a duty (its module names
    it); row numbers and time shares are no facts of the post."""
    import docx

    d = docx.Document()
    d.add_paragraph("设备维修技师岗位说明书")
    grid = d.add_table(rows=2, cols=2)
    for row, (label, value) in enumerate([("岗位名称", "设备维修技师"), ("汇报对象", "设备主管")]):
        grid.cell(row, 0).text, grid.cell(row, 1).text = label, value
    d.add_paragraph("二、工作职责")
    rows = [("序号", "职责模块", "具体内容", "时间占比"), ("1", "日常维修", "负责卷绕机、注液机等设备的故障诊断与维修", "40%"),
            ("2", "预防性维护", "按TPM计划执行设备点检、润滑和定期保养", "35%"), ("3", "备件管理", "统计易损件消耗，提出备件申购需求", "25%")]  # fmt: skip
    t = d.add_table(rows=len(rows), cols=4)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    path = tmp_path / "维修技师.docx"
    d.save(path)
    (profile,) = _process(path).profiles
    assert [i.text[:6] for i in profile.duties] == ["负责卷绕机、", "按TPM计划", "统计易损件消"]
    assert "serial" not in profile.fields and "time_share" not in profile.fields


def test_a_kpi_sheet_whose_dimension_values_read_like_labels(tmp_path: Path) -> None:
    """考核维度 | KPI名称 | … | 数据提供部门: "财务维度" in the dimension column is a value, not a form
    label (the whole sheet was lost); the department providing the data owns nothing."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "质量部KPI"
    ws.append(["质量部2025年度KPI指标库"])
    ws.append(["考核维度", "KPI名称", "计算口径", "权重（%）", "数据提供部门"])
    ws.append(["财务维度", "质量损失率", "质量损失金额÷销售收入×100%", 40, "财务部"])
    ws.append(["客户维度", "客户投诉次数", "客户书面投诉的次数", 30, "营销中心"])
    ws.append(["学习与成长维度", "质量培训计划完成率", "实际课时÷计划课时×100%", 30, "人力资源中心"])
    path = tmp_path / "KPI.xlsx"
    wb.save(path)
    kpis = {k.name: k for k in _process(path).kpis}
    assert set(kpis) == {"质量损失率", "客户投诉次数", "质量培训计划完成率"}
    assert all(k.department == "质量部" and k.data_source for k in kpis.values()), [(k.department, k.data_source) for k in kpis.values()]


def test_a_requirement_grid_under_a_label_merged_down(tmp_path: Path) -> None:
    """任职资格 merged down over rows of 学历 | 本科及以上, 技能要求 | 熟悉…, 其他 | 能适应…: each row is a
    requirement of its category, never a table header (技能要求 reads like a column label)."""
    import docx

    d = docx.Document()
    d.add_paragraph("电芯工艺工程师岗位说明书")
    rows = [("岗位名称", "电芯工艺工程师", ""), ("任职资格", "学历", "本科及以上"), ("", "专业", "材料、化学等相关专业"),
            ("", "技能要求", "熟悉涂布机原理；熟练使用Minitab"), ("", "其他", "能适应车间现场工作")]  # fmt: skip
    t = d.add_table(rows=len(rows), cols=3)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            if text:
                t.cell(r, c).text = text
    t.cell(0, 1).merge(t.cell(0, 2))  # merged cells keep the origin's text only (the others are empty)
    t.cell(1, 0).merge(t.cell(4, 0))
    path = tmp_path / "工艺.docx"
    d.save(path)
    (profile,) = _process(path).profiles
    found = {(q.category, q.text) for q in profile.qualifications}
    assert ("education", "本科及以上") in found and ("skills", "熟练使用Minitab") in found, found
    assert any(c == "other_requirements" and "车间现场" in t for c, t in found), found


def test_bracketed_labels_with_their_values_on_one_line(tmp_path: Path) -> None:
    """"【职位】电池测试工程师", "【汇报对象】测试部主管", "【薪资】15K-22K": fields, not headings (the
    post was once titled "K-22K")."""
    path = tmp_path / "测试工程师.txt"
    path.write_text("【职位】电池测试工程师\n【部门】研发中心-测试部\n【汇报对象】测试部主管\n【薪资】15K-22K\n\n"
                    "【工作内容】\n1）制定电芯性能测试方案；\n2）编写测试报告。\n\n【任职要求】\n1）本科及以上学历；\n"
                    "2）2年以上锂电池测试经验。\n", encoding="utf-8")  # fmt: skip
    (profile,) = _process(path).profiles
    facts = {k: v.text for k, v in profile.fields.items()}
    assert profile.title == "电池测试工程师" and facts["reports_to"] == "测试部主管" and facts["pay"] == "15K-22K"
    assert len(profile.duties) == 2 and len(profile.qualifications) == 2


def test_a_careers_card_with_a_site_pay_line_and_a_fact_list(tmp_path: Path) -> None:
    path = tmp_path / "join.html"
    path.write_text("<html><body><h1>社会招聘</h1><div><h3>仓库管理员</h3><p>宜春基地 4500-6000元/月</p>"
                    "<ul><li>学历：高中</li><li>经验：不限</li><li>招聘人数：4人</li></ul><h4>岗位职责</h4>"
                    "<ol><li>负责物料收发与账目登记</li><li>定期盘点库存</li></ol></div></body></html>", encoding="utf-8")  # fmt: skip
    (profile,) = _process(path).profiles
    facts = {k: v.text for k, v in profile.fields.items()}
    assert facts["pay"] == "宜春基地 4500-6000元/月" and facts["education"] == "高中" and facts["experience"] == "不限"


def test_careers_cards_with_the_title_in_the_cards_own_header(tmp_path: Path) -> None:
    """<article><header><h2>title</h2><span>tag</span></header>: a card's header is its title, not
    page furniture; a tag next to the title and a label the card starts with (用人单位) do not hide
    the post; each <dt> label and its <dd> value are one field."""
    path = tmp_path / "jobs.html"
    path.write_text(
        "<html><body><header><nav><a href='/'>首页</a></nav></header><main><h1>社会招聘</h1>\n"
        "<article class='card'>\n<header><h2>渠道运维工</h2><span class='tag'>急聘</span></header>\n"
        "<dl>\n<dt>用人单位</dt><dd>北区运维站</dd>\n<dt>工作地点</dt><dd>北区运维站驻点</dd>\n"
        "<dt>薪资</dt><dd>5000-7000元/月</dd>\n</dl>\n"
        "<p>工作内容</p>\n<ul><li>巡查渠道闸门</li><li>清理拦污栅</li></ul>\n"
        "<p>任职要求</p>\n<ul><li>高中及以上学历</li></ul>\n<footer><a href='/apply'>投递</a></footer>\n</article>\n"
        "</main></body></html>\n",
        encoding="utf-8",
    )
    (profile,) = _process(path).profiles
    assert profile.title == "渠道运维工" and len(profile.duties) == 2
    assert profile.fields["location"].text.endswith("北区运维站驻点") and "5000-7000" in profile.fields["pay"].text


def test_a_form_drawn_with_box_characters_and_bulleted_section_labels(tmp_path: Path) -> None:
    """│label│value│ rows between ┌──┬──┐ borders are a form; "（简称X）" gives the short name;
    "■ 工作职责" opens the duties; "1.3年以上…" followed by "2.…" is item 1 saying 3年."""
    path = tmp_path / "post.txt"
    path.write_text(
        "泵房运行岗位说明\n\n┌────────┬──────────────────┐\n│岗位名称│泵房运行值守员（简称值守员）│\n"
        "├────────┼──────────────────┤\n│直接上级│泵房班长│\n│工作地点│西区泵房│\n└────────┴──────────────────┘\n\n"
        "■ 工作职责\n1) 监视水泵运行参数；\n2) 填写运行日志。\n\n■ 任职要求\n1.3年以上泵房运行经验；\n2.持低压电工作业证。\n",
        encoding="utf-8",
    )
    (profile,) = _process(path).profiles
    assert profile.title == "泵房运行值守员" and "值守员" in profile.aliases
    assert profile.fields["reports_to"].text.endswith("泵房班长") and "│" not in profile.fields["reports_to"].text
    assert [d.text for d in profile.duties] == ["监视水泵运行参数；", "填写运行日志。"] or len(profile.duties) == 2
    assert profile.qualifications[0].text.startswith("3年以上") and len(profile.qualifications) == 2


def test_units_are_not_cut_out_of_words_or_labels() -> None:
    from assistant.ingest.roles import department_of
    from assistant.ingest.vocab import Vocab
    from assistant.lexicon import load_lexicon

    vocab = Vocab.build(load_lexicon())
    assert department_of("一、以订单供货为主线正确处理各种关系", vocab) is None  # 处理, not a 处
    assert department_of("二是精心组织,周密安排", vocab) is None
    assert department_of("(二)建立科学的培训机制", vocab) is None
    assert department_of("二、绩效考核指标的科学制定与合理分解", vocab) is None
    assert department_of("速达云仓组织架构及岗位设置说明", vocab) is None
    assert department_of("直属部门", vocab) is None  # a form's label
    assert department_of("20.2 资金部关键绩效考核指标", vocab) == "资金部"
    assert department_of("养生会所按摩技师部门经理岗位职责", vocab) == "养生会所按摩技师部门"


def test_a_postings_note_in_brackets_is_no_part_of_the_title() -> None:
    from assistant.ingest.roles import parse_title
    from assistant.ingest.vocab import Vocab
    from assistant.lexicon import load_lexicon

    vocab = Vocab.build(load_lexicon())
    assert parse_title("值机员（2025届校园招聘）", vocab, strong=True).title == "值机员"
    assert parse_title("面点师(急聘)", vocab, strong=True).title == "面点师"
    # a bracket that qualifies the post stays, and 招聘 in a title is no verb to strip
    assert parse_title("招聘专员(一级)", vocab, strong=True).title == "招聘专员(一级)"


def test_a_two_column_markdown_grid_gives_bare_values(tmp_path: Path) -> None:
    path = tmp_path / "养护.md"
    path.write_text("## 养护工程师\n\n| 项目 | 内容 |\n|---|---|\n| 所属部门 | 养护工程部 |\n| 工作地点 | 湖州总部 |\n\n"
                    "### 主要职责\n\n1. 编制养护计划。\n2. 组织路面检测。\n", encoding="utf-8")  # fmt: skip
    (profile,) = _process(path).profiles
    assert (profile.department, profile.location) == ("养护工程部", "湖州总部")


def test_a_cards_unlabelled_meta_line_gives_unit_place_and_pay(tmp_path: Path) -> None:
    path = tmp_path / "jobs.html"
    path.write_text("<html><body><div class='card'><h3>监控员</h3><p>监控调度中心 ｜ 湖州总部 ｜ 5000-6500元/月</p>"
                    "<h4>岗位职责</h4><ul><li>视频巡查路段。</li><li>接听求助电话。</li></ul></div></body></html>",
                    encoding="utf-8")  # fmt: skip
    (profile,) = _process(path).profiles
    assert (profile.department, profile.location, profile.pay) == ("监控调度中心", "湖州总部", "5000-6500元/月")


def test_a_sheet_named_after_two_units_is_neither_ones() -> None:
    from assistant.ingest.roles import department_of, is_unit_name
    from assistant.ingest.vocab import Vocab
    from assistant.lexicon import load_lexicon

    vocab = Vocab.build(load_lexicon())
    assert department_of("养护工程部及清障救援大队KPI", vocab) is None
    assert department_of("养护工程部KPI", vocab) == "养护工程部"
    assert is_unit_name("监控调度中心", vocab) and is_unit_name("清障救援大队", vocab)
    assert not is_unit_name("湖州总部", vocab) and not is_unit_name("监控员", vocab) and not is_unit_name("组织", vocab)
