"""Layouts and questions met on the round 37 and 38 trials, written here from scratch for a property-services
company: a notice whose revision table sets old and new requirements side by side, a post asked by the note
another document writes in brackets after its title, a post asked with the place or unit it works in."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, file_records, indexed_services


def _table(doc, rows):  # type: ignore[no-untyped-def]
    """A Word table (or a cell's nested one) holding ``rows`` of texts."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.rows[i].cells[j].text = text
    return table


def _write_revision(corpus: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_heading("关于调整秩序维护员等岗位任职条件的通知", level=1)
    doc.add_paragraph("各项目部：经公司研究，自2025年3月1日起调整以下岗位的任职条件，原条件同时废止。")
    doc.add_paragraph("一、调整明细")
    rows = [
        ("序号", "岗位", "调整项目", "原条件（已废止）", "调整后条件", "调整说明"),
        ("1", "秩序维护员", "学历", "初中及以上", "高中或中专及以上", "提升服务形象"),
        ("2", "秩序维护员", "证书", "无", "保安员证", "依据《保安服务管理条例》"),
        ("3", "秩序维护员", "汇报对象", "项目经理", "秩序维护主管", "管理层级调整"),
        ("4", "工程维修工", "工作经验", "1年以上维修经验", "2年以上物业或酒店设备维修经验", "设备更新"),
    ]
    _table(doc, rows)
    doc.add_paragraph("二、其他岗位的任职条件不变。")
    doc.save(str(corpus / "任职条件调整通知.docx"))


def test_a_revision_table_gives_each_post_its_new_requirements(tmp_path: Path) -> None:
    _write_revision(tmp_path)
    profiles = {p.title: p for p in file_records(tmp_path, "任职条件调整通知.docx").profiles}
    assert set(profiles) == {"秩序维护员", "工程维修工"}, sorted(profiles)
    guard = profiles["秩序维护员"]
    items = [q.text for q in guard.qualifications]
    # the revised wording under its own label; the column marked 已废止 gives nothing, nor does the
    # remark on why it changed
    assert any("高中或中专及以上" in t and t.startswith("学历") for t in items), items
    assert any("保安员证" in t for t in items), items
    assert not any("初中" in t or "无" == t.split("：")[-1] or "形象" in t for t in items), items
    # a fact among the requirement rows is the post's fact, not a requirement
    assert guard.fields["reports_to"].text == "秩序维护主管", guard.fields
    assert not any("秩序维护主管" in t for t in items), items
    assert [q.text for q in profiles["工程维修工"].qualifications] == ["工作经验：2年以上物业或酒店设备维修经验"]


_POSTS = """\
锦程物业 岗位说明书（华东区域）

客服主管
所属部门：客户服务中心
直接下级：客服专员（投诉受理）、前台接待员
岗位职责：
1. 每周汇总业主投诉并跟踪整改
2. 组织年度业主满意度调查

客服专员
所属部门：客户服务中心
岗位职责：
1. 接听业主来电，登记报修与投诉
2. 投诉在24小时内回访业主
任职要求：
1. 大专及以上学历

秩序维护主管
所属部门：安全管理部
直接下级：秩序维护员、监控员
岗位职责：
1. 编排秩序维护员的班次并每日检查岗位在岗情况
2. 组织每月一次的消防演练
任职要求：
1. 大专及以上学历
2. 3年以上物业安保管理经验

秩序维护员
所属部门：安全管理部
工作地点：苏州园区项目
岗位职责：
1. 负责小区出入口的人员与车辆登记
2. 每两小时巡查一次地下车库
3. 遇突发事件第一时间报告主管
任职要求：
1. 高中及以上学历
2. 持保安员证

工程维修工
所属部门：工程部
工作地点：苏州园区项目
岗位职责：
1. 负责公共区域水电设备的日常维修
2. 按计划保养二次供水设备
任职要求：
1. 持低压电工作业证
"""


_UNITS = """\
安全管理部工作手册

一、部门职能
1. 负责各项目的治安防范与消防安全管理
2. 组织每季度一次的应急疏散演练
二、岗位设置
安全管理部设安全管理部经理、秩序维护主管、秩序维护员三个岗位。
三、安全管理部经理职责
1. 全面负责部门的安全管理工作
2. 审批各项目的安保排班方案
"""

_ESSAY = """\
某酒店保安部的经验分享
保安员每两小时巡查一次地下车库时，还应顺带检查消防通道是否畅通、灭火器是否在有效期内。
"""


@pytest.fixture(scope="module")
def property_services(tmp_path_factory, settings_factory):  # type: ignore[no-untyped-def]
    return indexed_services(tmp_path_factory, settings_factory, "property",
                            {"岗位说明书.txt": _POSTS, "安全管理部工作手册.txt": _UNITS, "经验分享.txt": _ESSAY})


@pytest.mark.slow
def test_a_post_asked_by_the_note_written_after_its_title(property_services) -> None:  # type: ignore[no-untyped-def]
    # "客服专员（投诉受理）": the note's first word before the title's ending names the same post
    answer, = _ask(property_services, "投诉专员平时要做什么")
    assert answer.role == "客服专员" and "24小时" in unescape_md(answer.text), answer.text


@pytest.mark.slow
def test_a_post_asked_with_the_place_it_works_in(property_services) -> None:  # type: ignore[no-untyped-def]
    # "园区维修工": the one post ending in 维修工, which works at 苏州园区项目
    answer, = _ask(property_services, "苏州园区维修工要什么证")
    assert answer.role == "工程维修工" and "低压电工" in unescape_md(answer.text), answer.text
    # a place none of its posts works in names no post of the knowledge base
    other, = _ask(property_services, "杭州滨江维修工要什么证")
    assert other.refused, other.text


def _write_room_jd(corpus: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_heading("客房主管岗位说明书", level=1)
    info = _table(doc, [("岗位名称", "客房主管", "所属部门", "客房部"), ("工作地点", "酒店主楼", "岗位定员", "4人"), ("", "", "", "")])
    merged = info.rows[2].cells[0].merge(info.rows[2].cells[3])
    merged.text = "岗位关系（上为上级，下为下级，左右为协作）"
    _table(merged, [("", "客房部经理（直接上级）", ""), ("前厅部（协作）", "客房主管", "工程部（协作）"), ("", "客房服务员、布草员", "")])
    doc.add_paragraph("岗位职责")
    _table(doc, [("序号", "工作内容"), ("1", "每日抽查退房后的客房卫生"), ("2", "安排客房服务员的班次")])
    doc.add_paragraph("任职资格")
    _table(doc, [("要素", "必备条件", "优先条件"), ("学历", "中专及以上", "酒店管理专业大专"), ("经验", "2年以上客房工作经验", "有五星级酒店经历")])
    doc.save(str(corpus / "客房主管岗位说明书.docx"))


def test_a_relation_diagram_inside_a_cell_gives_the_posts_superior_and_reports(tmp_path: Path) -> None:
    _write_room_jd(tmp_path)
    profiles = {p.title: p for p in file_records(tmp_path, "客房主管岗位说明书.docx").profiles}
    # the cells of the diagram name no post of their own ("客房部经理（直接上级）" heads nothing)
    assert set(profiles) == {"客房主管"}, sorted(profiles)
    post = profiles["客房主管"]
    assert post.fields["reports_to"].text == "客房部经理", post.fields
    assert "客房服务员" in post.fields["subordinates"].text, post.fields
    assert [d.text for d in post.duties][-1].endswith("安排客房服务员的班次"), post.duties


def test_required_and_preferred_columns_of_a_requirements_table(tmp_path: Path) -> None:
    _write_room_jd(tmp_path)
    post, = file_records(tmp_path, "客房主管岗位说明书.docx").profiles
    items = [q.text for q in post.qualifications]
    # what is required is the post's fact; what is preferred is said to be preferred
    assert post.fields["education"].text == "中专及以上", post.fields
    assert "学历：中专及以上" in items and "学历（优先条件）：酒店管理专业大专" in items, items
    assert not any(t.startswith("要素") or t.endswith("优先条件") for t in items), items


def _write_store_kpis(corpus: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "门店岗位"
    ws.append(["门店岗位月度考核表"])
    ws.append(["收银员月度KPI", None, None, None, None, None, "前台接待月度KPI"])
    ws.append(["序号", "指标名称", "权重", "目标值", None, None, "序号", "指标名称", "权重", "目标值"])
    ws.append([1, "收银差错率", 0.5, "≤0.1%", None, None, 1, "来电接听率", 0.6, "≥98%"])
    ws.append([2, "会员开卡数", 0.5, "≥30张/月", None, None, 2, "访客登记完整率", 0.4, "100%"])
    ws.append([None, "权重合计", "=SUM(C4:C5)", None, None, None, None, "权重合计", "=SUM(I4:I5)"])
    bsc = wb.create_sheet("店长BSC")
    bsc.append(["店长年度平衡计分卡"])
    bsc.append(["考核对象：店长", None, None, "考核周期：年度"])
    bsc.append(["财务维度（60%）", None, None, None, None, "客户维度（40%）"])
    bsc.append(["指标名称", "权重", "目标值", None, None, "指标名称", "权重", "目标值"])
    bsc.append(["销售额达成率", 0.4, "≥100%", None, None, "顾客满意度", 0.4, "≥90分"])
    bsc.append(["毛利率", 0.2, "≥25%", None, None, None, None, None])
    area = wb.create_sheet("区域经理BSC")
    area.append(["区域经理年度平衡计分卡"])
    area.append(["财务维度（50%）", None, None, None, None, "客户维度（50%）"])
    area.append(["指标名称", "权重", "目标值", None, None, "指标名称", "权重", "目标值"])
    area.append(["区域销售达成率", 0.5, "≥100%", None, None, "区域客诉率", 0.5, "≤1%"])
    wb.save(corpus / "门店KPI.xlsx")


def test_kpi_tables_side_by_side_on_one_sheet_are_each_their_posts(tmp_path: Path) -> None:
    _write_store_kpis(tmp_path)
    owners = {e.name: (e.roles, e.weight) for e in file_records(tmp_path, "门店KPI.xlsx").kpis}
    # (a caption names its post before the KPI words, even a title without the usual ending)
    assert owners.get("来电接听率") == (["前台接待"], 60.0) and owners.get("访客登记完整率", ([], 0))[0] == ["前台接待"], owners
    assert owners.get("收银差错率", ([], 0))[0] == ["收银员"], owners
    # a sheet named by its post and the scorecard's name ("区域经理BSC")
    assert owners.get("区域客诉率", ([], 0))[0] == ["区域经理"] and owners.get("区域销售达成率", ([], 0))[0] == ["区域经理"], owners
    # a scorecard's dimensions in two columns of blocks: every indicator is the post's the sheet names
    assert owners.get("顾客满意度") == (["店长"], 40.0) and owners.get("毛利率", ([], 0))[0] == ["店长"], owners
    assert "权重合计" not in owners, owners


def test_a_csv_cell_whose_line_breaks_are_written_as_backslash_n(tmp_path: Path) -> None:
    (tmp_path / "职位导出.csv").write_text(
        "职位名称,部门,职位描述\n布草员,客房部,岗位职责：\\n1. 收发客房布草并登记数量\\n2. 送洗布草并核对洗涤单\\n任职要求：\\n1. 初中及以上学历\n",
        encoding="utf-8")
    post, = file_records(tmp_path, "职位导出.csv").profiles
    duties = [d.text.replace(" ", "") for d in post.duties]
    assert duties == ["1.收发客房布草并登记数量", "2.送洗布草并核对洗涤单"], duties
    assert [q.text.replace(" ", "") for q in post.qualifications] == ["1.初中及以上学历"], post.qualifications


def test_a_postings_dialog_header_and_its_meta_line(tmp_path: Path) -> None:
    (tmp_path / "加入我们.html").write_text("""<html><body><header><nav>首页 · 加入我们</nav></header>
<h2>热招职位</h2><button data-d="a">礼宾员 · 前厅部</button>
<dialog id="a"><form method="dialog"><button>×</button></form>
<header><h3>礼宾员</h3><small>前厅部 ｜ 酒店大堂 ｜ 4500-5500元/月 ｜ 汇报给前厅部经理</small></header>
<h4>岗位职责</h4><ol><li>为到店宾客提供行李寄存与搬运服务；</li><li>为宾客预约出租车并记录车牌。</li></ol>
</dialog></body></html>""", encoding="utf-8")
    post, = file_records(tmp_path, "加入我们.html").profiles
    assert post.title == "礼宾员" and len(post.duties) == 2, post
    assert post.fields["pay"].text == "4500-5500元/月" and post.fields["reports_to"].text == "前厅部经理", post.fields
    assert post.fields["department"].text == "前厅部", post.fields


def test_a_list_of_the_knowledge_bases_files_is_no_source(tmp_path: Path) -> None:
    names = ["01_客房主管岗位说明书.docx", "02_门店KPI.xlsx", "03_职位导出.csv", "04_加入我们.html", "05_员工手册.pdf", "06_排班制度.txt"]
    (tmp_path / "README.md").write_text("# 资料说明\n\n| 文件 | 内容 |\n|---|---|\n" + "".join(
        f"| {n} | 客房主管的岗位职责与任职要求 |\n" for n in names), encoding="utf-8")
    records = file_records(tmp_path, "README.md")
    assert not records.chunks and not records.profiles and not records.kpis, records
    assert any("文件清单" in w for w in records.warnings), records.warnings
    # a document naming two of its attachments stays a document
    (tmp_path / "制度.md").write_text("# 考勤制度\n\n1. 员工每日打卡两次。\n2. 请假须提前申请，见附件《请假单.docx》与《加班单.xlsx》。\n",
                                      encoding="utf-8")
    assert file_records(tmp_path, "制度.md").chunks


def test_a_sheet_marked_stopped_gives_no_current_post(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    now = wb.active
    now.title = "2025定编"
    for row in (["部门", "岗位名称", "编制（人）", "月薪（元）"], ["客房部", "布草员", 6, "4000-4500"]):
        now.append(row)
    old = wb.create_sheet("2024版（已停用）")
    for row in (["部门", "岗位名称", "编制（人）", "月薪（元）"], ["客房部", "布草员", 8, "3500-4000"]):
        old.append(row)
    wb.save(tmp_path / "定编.xlsx")
    profiles = file_records(tmp_path, "定编.xlsx").profiles
    assert [p.fields["pay"].text for p in profiles] == ["4000-4500"], [(p.title, p.fields.get("pay")) for p in profiles]


@pytest.mark.slow
def test_a_new_post_after_an_unanswered_general_question_keeps_the_topic_before(property_services) -> None:  # type: ignore[no-untyped-def]
    # "换成工程维修工呢" after a refused aside: the duties asked before the aside, of the new post
    *_, switched = _ask(property_services, "秩序维护员平时做什么", "顺便问下，审计师证书考试难不难", "换成工程维修工呢")
    assert switched.role == "工程维修工" and "二次供水" in unescape_md(switched.text), switched.text


@pytest.mark.slow
def test_a_post_asked_with_its_own_department_is_that_post(property_services) -> None:  # type: ignore[no-untyped-def]
    # "苏州园区项目秩序维护员": where its own document places it, no narrower post to hedge about
    answer, = _ask(property_services, "苏州园区项目秩序维护员要什么学历")
    assert answer.role == "秩序维护员" and "高中" in unescape_md(answer.text), answer.text
    assert "专门" not in answer.text and "仅供参考" not in answer.text, answer.text


@pytest.mark.slow
def test_an_item_expanded_is_explained_by_its_own_material_only(property_services) -> None:  # type: ignore[no-untyped-def]
    # another company's essay sharing the item's words explains nothing of this post's item
    _, more = _ask(property_services, "秩序维护员平时做什么", "第2条具体讲讲")
    assert "地下车库" in unescape_md(more.text) and "消防通道" not in more.text, more.text


@pytest.mark.slow
def test_this_department_after_a_post_is_the_posts_unit(property_services) -> None:  # type: ignore[no-untyped-def]
    _, unit = _ask(property_services, "秩序维护员平时做什么", "那这个部门整体的职能有哪些")
    assert "应急疏散演练" in unescape_md(unit.text) and "出入口" not in unit.text, unit.text


def test_an_offer_letters_post_pay_and_duties(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("录 用 通 知 书")
    doc.add_paragraph("经面试评估，我司决定录用您，现将录用条件通知如下：")
    _table(doc, [("录用岗位", "布草员"), ("所属部门", "客房部"), ("薪酬待遇", "月薪4500元，另有夜班补贴")])
    doc.add_paragraph("附件：布草员岗位职责确认单")
    _table(doc, [("序号", "岗位职责", "员工确认"), ("1", "收发客房布草并登记数量", "☐ 已阅"), ("2", "送洗布草并核对洗涤单", "☐ 已阅")])
    doc.save(str(tmp_path / "录用通知书.docx"))
    post, = file_records(tmp_path, "录用通知书.docx").profiles
    assert post.title == "布草员" and "4500" in post.fields["pay"].text, (post.title, post.fields)
    assert [d.text for d in post.duties] == ["收发客房布草并登记数量", "送洗布草并核对洗涤单"], post.duties


def test_a_title_said_with_a_doubled_character_once_and_after_a_move() -> None:
    from assistant.knowledge.roles import RoleInventory
    from assistant.lexicon import load_lexicon
    from assistant.models import JobProfile, SourceSpan

    inventory = RoleInventory(load_lexicon(None))
    for n, title in enumerate(("客房部部长", "收银员", "客房部")):
        inventory.add_profile(JobProfile(id=f"p{n}", title=title, article_id="a", article_title="a",
                                         span=SourceSpan(file="a.txt", line_start=1, line_end=1)))
    # "客房部长": the 部 where the unit meets its head title written once
    best = inventory.resolve("客房部长的任职条件是什么").best
    assert best is not None and best.entry.title == "客房部部长", best
    # "刚分到收银岗": where the new hire was sent, then the post
    best = inventory.resolve("刚分到收银岗，平时具体要干啥").best
    assert best is not None and best.entry.title == "收银员", best
