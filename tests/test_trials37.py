"""Layouts and questions met on the round 36 trials (a dairy's SOP swimlane, a game studio's job ladder and
OKR sheet, abbreviated titles), written here from scratch for an events company: a Word SOP whose duties
are a matrix of posts × the stages of an event, a ladder of levels per post, KPI sheets captioned by their
post, and a post called by an abbreviation its documents never write."""

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
