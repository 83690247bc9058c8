"""Layouts and questions met on the round 36 and 37 trials, written here from scratch for an events company:
a Word SOP whose duties are a matrix of posts × the stages of an event, a ladder of levels per post, KPI sheets
captioned by their post, a post called by an abbreviation its documents never write; a duty table beside
columns of the company's own, note-app and MkDocs Markdown, a pay grid by city with a hidden old sheet, an
Excel page saved as HTML, a KPI matrix of posts as column groups with a superseded sheet, a print cut at a
fixed width, a pay ledger stating pay two ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, file_records, indexed_services

_STAGES = ["进场搭建", "彩排", "活动当天", "撤场"]
_LANES = [
    ("舞台经理", ["核对舞台结构图纸，检查桁架与背板的安装牢固度", "按流程单逐段走位，记录每段的时长偏差", "在侧台统一发出上下场口令", "—"]),
    ("灯光师", ["—", "按灯光脚本编程并与音乐对点，保存两套备用场景", "执行灯光切换，设备故障时3分钟内切到备用场景", "拆除灯具并清点入箱"]),
    ("现场执行专员", ["提前一天确认物料到场清单，逐项签收", "—", "负责嘉宾签到与动线引导，每小时向项目经理汇报人流", "核对场地损耗并办理押金退还"]),
]


def _write_sop(corpus: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_heading("乐途会展有限公司 大型活动执行标准作业程序", level=1)
    doc.add_heading("3 职责分工", level=2)
    doc.add_paragraph("下表列出各岗位在每个环节的工作，“—”表示该环节无作业。")
    table = doc.add_table(rows=1 + len(_LANES), cols=1 + len(_STAGES))
    for j, text in enumerate(["岗位 \\ 环节", *_STAGES]):
        table.rows[0].cells[j].text = text
    for i, (post, cells) in enumerate(_LANES, start=1):
        table.rows[i].cells[0].text = post
        for j, text in enumerate(cells, start=1):
            table.rows[i].cells[j].text = text
    doc.add_heading("4 应急预案", level=2)
    doc.add_paragraph("遇雷雨天气，户外活动由项目经理决定是否暂停。")
    doc.save(str(corpus / "活动执行SOP.docx"))


def test_a_swimlane_of_posts_by_stages_is_each_posts_work(tmp_path: Path) -> None:
    _write_sop(tmp_path)
    profiles = {p.title: p for p in file_records(tmp_path, "活动执行SOP.docx").profiles}
    assert set(profiles) == {"舞台经理", "灯光师", "现场执行专员"}, sorted(profiles)
    lights = [d.text for d in profiles["灯光师"].duties]
    # each item says its stage; a stage without work ("—") is no duty
    assert lights[0].startswith("彩排") and "灯光脚本" in lights[0], lights
    assert len(lights) == 3 and not any(t.endswith("—") for t in lights), lights
    # the next numbered part ends the last post's list
    assert not any("雷雨" in d.text for d in profiles["现场执行专员"].duties), profiles["现场执行专员"].duties


def _write_ladder(corpus: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    note = wb.active
    note.title = "说明"
    note.append(["乐途会展 职级标准：每个岗位一个工作表，行是职级。"])
    for post, rows in (
        ("活动策划师", [("L1", "初级活动策划师", "0-2年", "在指导下完成活动方案", "6-9"),
                       ("L2", "活动策划师", "2-4年", "独立负责中型活动方案", "9-14"),
                       ("L3", "资深活动策划师/策划组长", "5年以上", "带领3人以上的策划小组", "14-22")]),
        ("3D场景设计师", [("L1", "3D场景设计师", "1-3年", "按方案完成展台三维效果图", "7-11"),
                         ("L2", "资深3D场景设计师/视觉主设", "4年以上", "把控整体视觉风格", "11-18")]),
    ):
        ws = wb.create_sheet(post)
        ws.append([f"{post} 职级标准", None, None, None, None])
        ws.merge_cells("A1:E1")
        ws.append(["职级", "职级名称", "经验参考", "核心能力要求", "月薪带宽（K）"])
        for row in rows:
            ws.append(list(row))
    wb.save(corpus / "职级标准.xlsx")


def test_a_ladder_gives_each_level_its_pay_band_and_experience(tmp_path: Path) -> None:
    _write_ladder(tmp_path)
    profiles = {p.title: p for p in file_records(tmp_path, "职级标准.xlsx").profiles}
    # a title beginning with a number run into Latin letters keeps it; a slash title whose other part is
    # the company's own word ("视觉主设") is one level, not folded into the level above
    assert "3D场景设计师" in profiles and "资深3D场景设计师/视觉主设" in profiles, sorted(profiles)
    assert "资深活动策划师/策划组长" in profiles or {"资深活动策划师", "策划组长"} <= set(profiles), sorted(profiles)
    planner = profiles["活动策划师"]
    assert planner.fields["pay"].text == "9-14" and planner.fields["experience"].text == "2-4年", planner.fields
    assert profiles["3D场景设计师"].fields["pay"].text == "7-11", profiles["3D场景设计师"].fields


def _write_kpis(corpus: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    okr = wb.active
    okr.title = "活动运营OKR"
    okr.append(["2025年Q2 OKR —— 活动运营专员（市场中心·运营部）", None, None])
    okr.merge_cells("A1:C1")
    okr.append(["目标（O）", "关键结果（KR）", "权重"])
    okr.append(["O1：提升报名转化", "KR1 报名页转化率提升至12%", 0.5])
    okr.append([None, "KR2 活动到场率不低于85%", 0.5])
    community = wb.create_sheet("社群运营KPI")
    community.append(["用户运营（社群）月度KPI考核表", None, None])
    community.merge_cells("A1:C1")
    community.append(["序号", "考核指标", "权重"])
    community.append([1, "社群周活跃人数", "60%"])
    community.append([2, "社群问题24小时响应率", "40%"])
    wb.save(corpus / "运营考核.xlsx")


def test_kpi_sheets_captioned_by_their_post_are_its_rows(tmp_path: Path) -> None:
    _write_kpis(tmp_path)
    entries = file_records(tmp_path, "运营考核.xlsx").kpis
    owners = {e.name: e.roles for e in entries}
    assert owners.get("KR1 报名页转化率提升至12%") and owners["KR1 报名页转化率提升至12%"][0].startswith("活动运营专员"), owners
    # "用户运营": the trade's word for a post that has no title ending
    assert owners.get("社群周活跃人数") and owners["社群周活跃人数"][0].startswith("用户运营"), owners


_POSTS = """乐途会展有限公司 岗位说明
总策划
岗位职责：
1. 负责年度大型活动的整体创意与主题策划
2. 审定各项目的执行方案与预算
任职资格：
1. 8年以上活动策划经验
SMT(表面贴装)AOI检验员
岗位职责：
1. 负责展会样机贴片质量的AOI检测
信息技术专员
岗位职责：
1. 负责公司网络与会议系统的日常维护
2. 负责展馆现场网络的临时搭建
任职资格：
1. 计算机相关专业大专及以上学历
2. 2年以上网络运维工作经验
3. 熟悉Linux与常用网络设备配置
出纳
岗位职责：
1. 办理日常费用报销
2. 登记现金日记账
3. 每周盘点库存现金
4. 办理银行结算业务
5. 保管空白支票
6. 发放临时人员劳务费
7. 按审批后的退款单为客户办理押金退还
任职资格：
1. 会计相关专业大专及以上学历
2. 5年以上出纳工作经验
3. 熟练的财务软件操作技巧
"""


@pytest.fixture(scope="module")
def events_services(tmp_path_factory, settings_factory):  # type: ignore[no-untyped-def]
    return indexed_services(tmp_path_factory, settings_factory, "events", {"岗位说明.txt": _POSTS}, write=_write_sop)


@pytest.mark.slow
def test_a_title_called_by_its_first_characters(events_services) -> None:  # type: ignore[no-untyped-def]
    # "总策" of 总策划: one character before a two-character title word, never written so
    answer, = _ask(events_services, "总策平时主要忙什么")
    assert answer.role == "总策划" and "创意" in unescape_md(answer.text), answer.text


def test_latin_letters_inside_a_longer_word_name_no_post() -> None:
    from assistant.knowledge.roles import RoleInventory
    from assistant.lexicon import load_lexicon
    from assistant.models import JobProfile, SourceSpan

    inventory = RoleInventory(load_lexicon(None))
    titles = ("冷库(UHT奶)HACCP监督员", "平台Site Reliability Engineer")
    for n, title in enumerate(titles):
        inventory.add_profile(JobProfile(id=f"p{n}", title=title, article_id="a", article_title="a",
                                         span=SourceSpan(file="a.txt", line_start=1, line_end=1)))
    # Latin words apart in a Chinese title make no acronym ("UH"), and a form is never matched inside
    # a longer Latin word ("uh" in UHT)
    assert not inventory.resolve("UHT奶的杀菌温度是多少").candidates
    # the initials of Latin words written as one phrase still name their post
    best = inventory.resolve("SRE要什么条件").best
    assert best is not None and best.entry.title == "平台Site Reliability Engineer", best


@pytest.mark.slow
def test_a_posts_work_at_one_stage_of_the_swimlane(events_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(events_services, "灯光师在彩排环节要做什么")
    assert answer.role == "灯光师" and "灯光脚本" in unescape_md(answer.text), answer.text


@pytest.mark.slow
def test_a_trades_latin_short_name_of_a_title(events_services) -> None:  # type: ignore[no-untyped-def]
    # IT专员 is the 信息技术专员; a place before it ("展馆IT专员") is no part of a title
    answer, = _ask(events_services, "展馆IT专员要会些什么")
    assert answer.role == "信息技术专员" and "Linux" in unescape_md(answer.text), answer.text


@pytest.mark.slow
def test_which_of_two_posts_needs_longer_experience(events_services) -> None:  # type: ignore[no-untyped-def]
    # "年限长" is a fact said to be long, no post ending in 长
    _, _, both = _ask(events_services, "出纳要几年经验", "换成信息技术专员呢", "这俩岗位哪个要求的工作年限长")
    text = unescape_md(both.text)
    assert not both.refused and "5年以上" in text and "2年以上" in text, both.text


@pytest.mark.slow
def test_how_to_do_an_item_points_at_the_item_not_a_word_of_another_list(events_services) -> None:  # type: ignore[no-untyped-def]
    # "怎么操作" asks how; 操作 of a requirement ("操作技巧") names no item
    _, item = _ask(events_services, "出纳岗位职责有哪些", "第7条具体怎么操作")
    assert "押金退还" in unescape_md(item.text) and "操作技巧" not in unescape_md(item.text), item.text


@pytest.mark.slow
def test_an_item_of_the_duties_after_the_requirements(events_services) -> None:  # type: ignore[no-untyped-def]
    # "刚才工作里的第二条": item 2 of the duties shown two turns ago, not of the requirements just shown
    _, _, item = _ask(events_services, "出纳要做哪些工作", "那应聘出纳得满足啥条件", "刚才工作里的第二条展开讲讲")
    assert "现金日记账" in unescape_md(item.text), item.text


@pytest.mark.slow
def test_a_tech_stack_asks_for_skills(events_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(events_services, "信息技术专员需要哪些技术栈")
    assert "Linux" in unescape_md(answer.text) and "临时搭建" not in unescape_md(answer.text), answer.text


def _write_duty_form(corpus: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("乐途会展有限公司 岗位说明书")
    doc.add_heading("岗位1　展位设计师", level=1)
    doc.add_paragraph("（一）岗位职责与权限")
    rows = [("序号", "主要职责", "权限", "时限"), ("1", "根据客户需求绘制展位平面图和效果图", "执行", "每项目"),
            ("2", "核对搭建商的施工图纸与材料清单", "建议", "开展前7天"), ("3", "现场验收展位搭建质量", "审批", "开展前1天")]
    table = doc.add_table(rows=len(rows), cols=4)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.rows[i].cells[j].text = text
    doc.add_paragraph("（二）任职资格")
    doc.add_paragraph("1. 环境艺术设计相关专业大专及以上学历")
    doc.save(str(corpus / "展位设计师.docx"))


def test_a_duty_table_beside_columns_of_the_companys_own(tmp_path: Path) -> None:
    # "序号 | 主要职责 | 权限 | 时限": the duties column among columns the lexicon does not name
    _write_duty_form(tmp_path)
    profiles = {p.title: p for p in file_records(tmp_path, "展位设计师.docx").profiles}
    duties = [d.text for d in profiles["展位设计师"].duties]
    assert len(duties) == 3 and "效果图" in duties[0], duties
    assert not any(q.text in ("执行", "审批") for q in profiles["展位设计师"].qualifications), profiles["展位设计师"].qualifications


_NOTE = """---
tags: [岗位库]
---
# 岗位百科

## 票务专员 #岗位/运营

部门:: [[票务中心]]
上级:: [[票务主管]]
学历:: 大专及以上
经验:: 1年以上票务或客服经验

**日常做什么**
- 在 [[票务系统|票务平台]] 上配置活动票种和价格
- 每日核对售票数据并向 [[财务部]] 报送
"""


def test_a_note_apps_fields_links_and_tags(tmp_path: Path) -> None:
    # "字段:: 值" fields, "[[链接]]" and "#标签" of a note-taking app (Obsidian)
    (tmp_path / "岗位百科.md").write_text(_NOTE, encoding="utf-8")
    profile, = file_records(tmp_path, "岗位百科.md").profiles
    assert profile.title == "票务专员", profile.title
    assert profile.fields["reports_to"].text == "票务主管" and profile.fields["education"].text == "大专及以上", profile.fields
    assert any("票务平台" in d.text and "[[" not in d.text for d in profile.duties), profile.duties


def _write_pay_grid(corpus: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "薪酬标准"
    ws.append(["乐途会展 岗位薪酬标准（2025年起执行）", None, None, None, None, None])
    ws.append(["岗位", "职级", "北京", None, "成都", None])
    ws.append([None, None, "月底薪（元）", "绩效部分", "月底薪（元）", "绩效部分"])
    ws.append(["展位设计师", "P2", 9000, "项目奖金", 7000, "项目奖金"])
    ws.append(["票务专员", "P1", 6000, "绩效800", 4800, "绩效600"])
    for cells in ("A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:F2"):
        ws.merge_cells(cells)
    old = wb.create_sheet("2020薪酬标准(作废)")
    old.append(["岗位", "月薪"])
    old.append(["票务专员", 3000])
    old.sheet_state = "hidden"
    wb.save(corpus / "薪酬标准.xlsx")


def test_a_pay_grid_by_city_gives_each_post_its_pay_per_city(tmp_path: Path) -> None:
    # cities merged over each city's 月底薪 | 绩效部分; a hidden sheet (an old version) is not read
    _write_pay_grid(tmp_path)
    records = file_records(tmp_path, "薪酬标准.xlsx")
    pay = {p.title: p.fields["pay"].text for p in records.profiles if "pay" in p.fields}
    assert "北京" in pay["票务专员"] and "6000" in pay["票务专员"] and "4800" in pay["票务专员"], pay
    assert not any("3000" in text for text in pay.values()), pay
    assert any("隐藏" in w for w in records.warnings), records.warnings


_CARD = """<html><body><table>
<tr><td>岗位名称</td><td>岗位职责</td><td>任职要求</td></tr>
<tr><td>舞美技术员</td><td>1、按设计图制作舞台道具；<br style='mso-data-placement:same-cell'>2、
  检查舞台机械的运行状态；<br style='mso-data-placement:same-cell'>3、
  演出后清点并入库道具。</td>
  <td>1、中专及以上学历；<br style='mso-data-placement:same-cell'>2、
  有木工或焊工基础。</td></tr>
</table></body></html>
"""


def test_an_exported_pages_item_numbers_left_at_line_ends(tmp_path: Path) -> None:
    # a spreadsheet saved as a web page wraps its source lines so that "2、" ends a line and the item's
    # text begins the next: the number is the item's
    (tmp_path / "招聘.html").write_text(_CARD, encoding="utf-8")
    profile, = file_records(tmp_path, "招聘.html").profiles
    duties = [d.text for d in profile.duties]
    assert len(duties) == 3 and all(len(t) > 4 for t in duties), duties


_TABS = '''# 场馆岗位手册

## 岗位一览

=== "音响师"

    !!! note "岗位职责"

        - 活动前调试扩声系统并完成试音
        - 活动中监听各路话筒，及时处理啸叫

    !!! tip "任职要求"

        - 中专及以上学历，持有音响师职业资格证书

=== "场馆保洁员"

    !!! note "岗位职责"

        - 每场活动结束后清扫观众席和通道

    ??? info "任职要求"

        - 身体健康，能适应夜间作业
'''


def test_mkdocs_tabs_and_callouts_are_posts_and_their_parts(tmp_path: Path) -> None:
    # MkDocs content tabs ('=== "音响师"') hold one post each, titled call-outs ('!!! note "岗位职责"') its parts
    (tmp_path / "岗位手册.md").write_text(_TABS, encoding="utf-8")
    profiles = {p.title: p for p in file_records(tmp_path, "岗位手册.md").profiles}
    assert set(profiles) == {"音响师", "场馆保洁员"}, set(profiles)
    assert len(profiles["音响师"].duties) == 2 and "活动中监听" in profiles["音响师"].duties[1].text, profiles["音响师"].duties
    assert "音响师职业资格证书" in " ".join(q.text for q in profiles["音响师"].qualifications)
    assert "夜间" in " ".join(q.text for q in profiles["场馆保洁员"].qualifications), profiles["场馆保洁员"]
    assert not any('"' in d.text or "!!!" in d.text for p in profiles.values() for d in p.duties)


def _write_kpi_matrix(corpus: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "场馆运营部"
    ws.append(["场馆运营部岗位KPI（2025版）", None, None, None, None, None, None])
    ws.append(["序号", "指标名称", "计算公式", "音响师", None, "场馆保洁员", None])
    ws.append([None, None, None, "权重", "目标值", "权重", "目标值"])
    ws.append([1, "设备故障响应及时率", "按时响应次数÷故障次数×100%", "40%", "≥98%", "—", "—"])
    ws.append([2, "活动满意度", "满意评价数÷评价总数×100%", "30%", "≥95%", "40%", "≥90%"])
    ws.append([3, "场地清洁达标率", "抽查合格次数÷抽查次数×100%", "—", "—", "60%", "≥97%"])
    ws.append([4, "演出事故次数", "当月有责事故起数", "30%", "0起", "—", "—"])
    for cells in ("A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2"):
        ws.merge_cells(cells)
    side = wb.create_sheet("技术部")
    side.append(["一级指标", "二级指标", "目标值", "灯光师权重", "灯光技术主管权重"])
    side.append(["安全", "灯具坠落事故", "0起", "50%", "30%"])
    side.append(["质量", "换场准时率", "≥99%", "50%", "40%"])
    side.append(["管理", "班组培训完成率", "100%", "—", "30%"])
    old = wb.create_sheet("2021版（已废止）")
    old.append(["音响师KPI（2021版）——已废止，仅供对照", None])
    old.append(["指标名称", "权重"])
    old.append(["话筒故障率", "100%"])
    wb.save(corpus / "KPI指标库.xlsx")


def test_a_kpi_matrix_of_posts_as_column_groups(tmp_path: Path) -> None:
    # each post merged over its own 权重 | 目标值, or a weight column named by its post: each post's
    # rows with its own weight and target, none where its cell is "—"; a superseded sheet is nobody's
    _write_kpi_matrix(tmp_path)
    kpis = file_records(tmp_path, "KPI指标库.xlsx").kpis
    of = {post: {k.name: (k.weight, k.target) for k in kpis if k.roles == [post]}
          for post in ("音响师", "场馆保洁员", "灯光师", "灯光技术主管")}
    assert of["音响师"] == {"设备故障响应及时率": (40.0, "≥98%"), "活动满意度": (30.0, "≥95%"), "演出事故次数": (30.0, "0起")}, of
    assert of["场馆保洁员"] == {"活动满意度": (40.0, "≥90%"), "场地清洁达标率": (60.0, "≥97%")}, of
    assert set(of["灯光师"]) == {"灯具坠落事故", "换场准时率"} and of["灯光技术主管"]["班组培训完成率"][0] == 30.0, of
    assert not any(k.name == "话筒故障率" for k in kpis), [k.name for k in kpis]


_PRINT = ["人事部岗位说明（打印件）", "打印时间：2025-03-02", "", "【岗位】票务结算员", "所属部门：财务部　直接上级：财务主管",
          "岗位职责：", "1.每日核对售票系统与收款渠道的流水，差异当天查明。", "2.编制票务日报。",
          "3.按月与第三方售票平台对账，出具对账差异说明并报财务主管。",
          "任职资格：大专及以上会计专业学历；2年以上出纳或结算工作经验；持初级会计专业技术资格证书（初级）。"]


def test_a_text_cut_at_a_fixed_width_joins_its_lines(tmp_path: Path) -> None:
    # an old system's print cut every long line at one width mid-sentence (GBK)
    cut = [line[k:k + 22] for line in _PRINT for k in range(0, max(len(line), 1), 22)]
    (tmp_path / "打印件.txt").write_bytes("\r\n".join(cut).encode("gbk"))
    profile, = file_records(tmp_path, "打印件.txt").profiles
    quals = [q.text for q in profile.qualifications]
    joined = next(q for q in profile.qualifications if q.text.startswith("持初级会计"))
    assert joined.span.line_end == joined.span.line_start + 1, joined  # cited on both lines it stands on
    assert "2年以上出纳或结算工作经验" in quals and any(q.startswith("持初级会计") and "证书(初级)" in q for q in quals), quals


def test_a_pay_ledger_gives_base_pay_and_the_monthly_income_both(tmp_path: Path) -> None:
    # "基本工资 | 岗位津贴 | 月收入参考": the pay a post's question asks for is both, each under its label
    (tmp_path / "薪酬台账.csv").write_text(
        "岗位,岗级,基本工资（元/月）,岗位津贴（元/月）,月收入参考（元）\n音响师,G4,4200,900,7000-8500\n场馆保洁员,G1,2600,300,3800-4300\n",
        encoding="utf-8")
    fields = {p.title: p.fields["pay"] for p in file_records(tmp_path, "薪酬台账.csv").profiles}
    pay = {title: item.text for title, item in fields.items()}
    assert "4200" in pay["音响师"] and "7000-8500" in pay["音响师"] and "月收入参考" in pay["音响师"], pay
    # the citation quotes the row's own cells, in order ("4200…7000-8500"), not the labels it adds
    row = (tmp_path / "薪酬台账.csv").read_text(encoding="utf-8").splitlines()[fields["音响师"].span.line_start - 1]
    parts = (fields["音响师"].quote or "").split("…")
    assert len(parts) == 2 and row.index(parts[0]) < row.index(parts[1]), (fields["音响师"].quote, row)


_REQUISITIONS = """需求编号,岗位,所属场馆,人数,要求类别,要求内容
XQ-101,音响师,滨江剧场,2,学历,中专及以上
,,,,证书,音响调音员职业资格证书
,,,,经验,2年以上剧场扩声经验
XQ-102,场馆保洁员,会展中心,6,年龄,50周岁以下
,,,,其他,能接受夜间作业
"""


def test_requirements_written_one_per_row_under_their_label(tmp_path: Path) -> None:
    # "要求类别 | 要求内容", the post and its number written on a record's first row only
    (tmp_path / "招聘需求.csv").write_text(_REQUISITIONS, encoding="utf-8")
    profiles = {p.title: p for p in file_records(tmp_path, "招聘需求.csv").profiles}
    assert set(profiles) == {"音响师", "场馆保洁员"}, set(profiles)
    quals = {q.category: q.text for q in profiles["音响师"].qualifications}
    assert quals.get("education") == "学历：中专及以上" and "音响调音员职业资格证书" in quals.get("certificate", ""), quals
    assert "2年以上剧场扩声经验" in quals.get("experience", ""), quals
    assert not any(",," in q.text or q.text == "学历" for p in profiles.values() for q in p.qualifications)
    assert "requirement_label" not in profiles["音响师"].fields and "夜间" in profiles["场馆保洁员"].qualifications[-1].text
    # cited by the row's own words, in order: "证书…音响调音员职业资格证书"
    lines = _REQUISITIONS.splitlines()
    for q in profiles["音响师"].qualifications:
        line, parts = lines[q.span.line_start - 1], (q.quote or q.text).split("…")
        assert all(p in line for p in parts) and line.index(parts[0]) <= line.index(parts[-1]), (q, line)


_EDITOR_PAGE = """<html><body><div class="lake-content">
<ne-h2><ne-heading-content><ne-text>2.1 舞台监督</ne-text></ne-heading-content></ne-h2>
<ne-p><ne-text>汇报对象：演出总监</ne-text></ne-p>
<ne-h3><ne-heading-content><ne-text>你需要负责</ne-text></ne-heading-content></ne-h3>
<ne-oli><ne-oli-i><span>1.</span></ne-oli-i><ne-oli-c><ne-text>编制演出流程单并组织技术合成排练</ne-text></ne-oli-c></ne-oli>
<ne-oli><ne-oli-i><span>2.</span></ne-oli-i><ne-oli-c><ne-text>演出中统一发出灯光、音响、换景口令</ne-text></ne-oli-c></ne-oli>
<ne-h2><ne-heading-content><ne-text>2.2 宣传专员</ne-text></ne-heading-content></ne-h2>
<ne-p><ne-text>岗位职责：略（由市场部另行补充）</ne-text></ne-p>
</div></body></html>
"""


def test_an_online_editors_custom_elements_keep_their_structure(tmp_path: Path) -> None:
    # an online editor's export (语雀): <ne-h2>, <ne-p>, <ne-oli> render as h2, p, li; "你需要负责" heads the
    # duties; "略（由…另行补充）" is no duty
    (tmp_path / "手册.html").write_text(_EDITOR_PAGE, encoding="utf-8")
    profiles = {p.title: p for p in file_records(tmp_path, "手册.html").profiles}
    duties = [d.text for d in profiles["舞台监督"].duties]
    assert len(duties) == 2 and "流程单" in duties[0] and not profiles["舞台监督"].qualifications, profiles["舞台监督"]
    assert profiles["舞台监督"].fields["reports_to"].text == "演出总监"
    assert not any("略" in d.text for p in profiles.values() for d in p.duties), profiles


_SPOOL = """乐途会展  人力资源系统            岗位信息一览表            打印日期：2025-01-06
======================================================================
岗位编码：WT-01        岗位名称：舞台监督          所属部门：演出部
直接上级：演出总监      直接下级：                  定编人数：2
岗位职责：
  (1) 编制演出流程单并组织技术合成排练
  (2) 演出中统一发出灯光、音响、换景口令
----------------------------------------------------------------------
岗位编码：WT-02        岗位名称：灯光师            所属部门：演出部
（续下页）
\f乐途会展  人力资源系统            岗位信息一览表            打印日期：2025-01-06
======================================================================
直接上级：舞台监督      直接下级：                  定编人数：4
岗位职责：
  (1) 按灯光脚本编程并保存备用场景
----------------------------------------------------------------------
本表共2条记录。                                              *** 报表结束 ***
"""


def test_a_printed_reports_records_keep_their_own_facts(tmp_path: Path) -> None:
    # a system's print: the post's code left of its title on one line, an empty 直接下级 before 定编人数,
    # page and end marks ("（续下页）", "本表共2条记录 *** 报表结束 ***")
    (tmp_path / "岗位报表.txt").write_bytes(_SPOOL.encode("gb18030"))
    profiles = {p.title: p for p in file_records(tmp_path, "岗位报表.txt").profiles}
    assert {t: p.fields["code"].text for t, p in profiles.items()} == {"舞台监督": "WT-01", "灯光师": "WT-02"}, profiles
    assert "subordinates" not in profiles["舞台监督"].fields and profiles["舞台监督"].fields["headcount"].text == "2"
    assert [d.text for d in profiles["灯光师"].duties][-1].endswith("备用场景"), profiles["灯光师"].duties


_VERSIONS = """# 演出部岗位说明书

## 音响师岗位说明书

### 一、岗位职责

1. 活动前调试扩声系统并完成试音
2. 每周检查话筒电池与备用线材

## 灯光师岗位说明书（2021版）

本页为2021版，已于2024年1月1日作废，仅供存档查阅。

### 一、岗位职责

1. 负责灯具的日常保管
"""


def test_a_superseded_version_of_a_post_is_no_profile(tmp_path: Path) -> None:
    # "X岗位说明书（2021版）" is X's, and a part that says it is void makes no profile of X
    (tmp_path / "说明书.md").write_text(_VERSIONS.replace("灯光师岗位说明书（2021版）", "音响师岗位说明书（2021版）")
                                        .replace("灯具的日常保管", "音响设备的日常保管"), encoding="utf-8")
    (tmp_path / "灯光.md").write_text(_VERSIONS.replace("本页为2021版，已于2024年1月1日作废，仅供存档查阅。", "适用于剧场灯光组。"),
                                     encoding="utf-8")
    profiles = file_records(tmp_path, "说明书.md").profiles
    assert [p.title for p in profiles] == ["音响师"], [p.title for p in profiles]
    assert not any("保管" in d.text for d in profiles[0].duties), profiles[0].duties
    assert {p.title for p in file_records(tmp_path, "灯光.md").profiles} == {"音响师", "灯光师"}


_PERKS = """乐途会展有限公司 招聘信息
票务专员
岗位职责：
1. 负责活动门票的配置与核销
2. 处理观众的退票与改签
班次：早晚两班倒（早班8:00-16:00，晚班14:00-22:00）
福利：五险一金，提供免费工作餐
场馆保洁员
岗位职责：
1. 负责场馆公共区域的日常清洁
班次：三班倒
票务主管
直接下级：票务专员
岗位职责：
1. 制定每场活动的售票计划并审核票价
2. 处理票务差错与重大客诉
3. 每季度到外地合作场馆出差1-2次，核对代售渠道账目
贵宾接待员
所属部门：客户服务部
岗位职责：
略（见《贵宾服务工作手册》）
"""


@pytest.fixture(scope="module")
def perks_services(tmp_path_factory, settings_factory):  # type: ignore[no-untyped-def]
    return indexed_services(tmp_path_factory, settings_factory, "perks", {"招聘信息.txt": _PERKS})


@pytest.mark.slow
def test_one_perk_asked_is_answered_only_by_a_line_naming_it(perks_services) -> None:  # type: ignore[no-untyped-def]
    # "社保按多少比例交" is not answered with the post's shifts; where a line names it, that line
    said, = _ask(perks_services, "场馆保洁员社保公积金按多少比例交")
    assert said.refused and "社保" in said.text and "三班倒" not in said.text, said.text
    meal, = _ask(perks_services, "票务专员公司管饭吗")
    assert "工作餐" in unescape_md(meal.text) and not meal.refused, meal.text
    shifts, = _ask(perks_services, "场馆保洁员几班倒")
    assert "三班倒" in unescape_md(shifts.text), shifts.text


@pytest.mark.slow
def test_a_part_left_out_is_not_quoted_as_its_content(perks_services) -> None:  # type: ignore[no-untyped-def]
    # "岗位职责：略（见《贵宾服务工作手册》）": the duties are not written here
    answer, = _ask(perks_services, "贵宾接待员的岗位职责是啥")
    assert "略" not in unescape_md(answer.text) and "没有" in answer.text.splitlines()[0], answer.text


def test_a_requisitions_status_is_no_requirement(tmp_path: Path) -> None:
    # ("备注" beside it is the row's remark: a part of the post under that label, no requirement, no heading)
    (tmp_path / "需求.csv").write_text("岗位,人数,学历要求,状态,备注\n音响师,2,中专及以上,招聘中,提供免费工作餐和夜班班车\n"
                                       "灯光师,1,—,已取消,—\n", encoding="utf-8")
    records = file_records(tmp_path, "需求.csv")
    profiles = {p.title: p for p in records.profiles}
    assert profiles["音响师"].fields["status"].text == "招聘中", profiles["音响师"].fields
    assert not any("状态" in q.text or "工作餐" in q.text for p in profiles.values() for q in p.qualifications), profiles
    remark = [s for a in records.articles for s in a.sections if s.role == "音响师" and any("工作餐" in b.text for b in s.blocks)]
    assert [s.heading for s in remark] == ["备注"] and remark[0].blocks[0].type.value == "text", remark


@pytest.mark.slow
def test_the_people_under_a_post_are_its_named_subordinate(perks_services) -> None:  # type: ignore[no-untyped-def]
    # "他手下的人每天做什么" after 票务主管: the post his profile names as his subordinate
    first, under, own = _ask(perks_services, "票务主管负责什么", "他手下的人每天做什么", "票务主管的下属有哪些")
    assert under.role == "票务专员" and "核销" in unescape_md(under.text), under.text
    assert own.role == "票务主管" and "票务专员" in unescape_md(own.text), own.text


def test_how_a_target_is_asked_after_an_indicator() -> None:
    from assistant.lexicon import load_lexicon

    kpi = load_lexicon(None).kpi
    assert [kpi.fields_asked(q) for q in ("目标定的多少", "目标设多少", "它的目标多少")] == [["target"]] * 3


@pytest.mark.slow
def test_how_much_a_post_travels(perks_services) -> None:  # type: ignore[no-untyped-def]
    # "要经常出差吗": the lines of the post that say so, not its whole duty list
    answer, = _ask(perks_services, "票务主管要经常出差吗")
    text = unescape_md(answer.text)
    assert "出差1-2次" in text and "审核票价" not in text, answer.text
