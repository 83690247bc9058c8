"""A bus company's files in layouts met on a blind trial, written here from scratch: several facts
in one paragraph, a careers card whose title sits in side-by-side spans, a KPI sheet whose owner
column holds posts and their unit, a KPI table a PDF drew without rules, a heading that is a fact's
label, an organisation chart. Then the questions a new hire asks about them."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask
from _answer_support import file_records as _records

pytestmark = pytest.mark.slow

_DISPATCH = """城北公交集团岗位说明汇编

一、线路调度员
所属线路：18路　直接上级：车队长　工作地点：城北枢纽站调度室
岗位职责
1. 按行车计划发车，记录每班次的实际发车时间；
2. 遇道路拥堵时调整发车间隔，并报告车队长；
3. 填写行车日志。
任职要求
1. 高中及以上学历；
2. 1年以上公交调度经验。

二、为民服务专员
所属科室：客服科　直接上级：客服科科长
岗位职责
1. 受理乘客关于线路和票价的咨询；
2. 登记失物招领并联系失主；
3. 每月汇总乘客意见。
任职要求
1. 大专及以上学历；
2. 普通话标准。

三、公交车驾驶员
所属部门：营运一公司　直接上级：车队长
岗位职责
1. 按线路和站点安全行车，准点进出站；
2. 出车前检查车辆灯光、制动和轮胎；
3. 礼貌服务，协助老人和残疾乘客上下车。
任职要求
1. 持A3及以上驾驶证；
2. 3年以上安全驾驶经历。

四、机务员
岗位职责
1. 负责车辆日常保养和故障报修；
2. 登记车辆维修台账。
薪酬
按集团运营岗C3级执行，另享夜班补贴。
考核要点
车辆完好率：按月统计完好车辆占在册车辆的比例
保养计划完成率：按保养台账核对

说明：营运部经理统筹各车队工作。
"""

_HEADER = ("文件编号：BUS-HR-01　版本：V1.0　生效日期：2025-01-01\n")

_CARDS = """<html><body>
<div class="card"><div class="head"><span class="t">售票稽查员</span><span class="tag">票务中心</span><span class="pay">5000-6500元/月</span></div>
<div class="meta">工作地点：城北枢纽站 | 招聘人数：4人</div>
<p>职位描述</p><ul><li>上车查验乘客票卡；</li><li>登记逃票行为并上报；</li></ul>
<p>职位要求</p><ul><li>高中及以上学历；</li><li>身体健康，能适应早晚班。</li></ul></div>
<div class="card"><div class="head"><span class="t">机修工（2025届校园招聘）</span><span class="tag">维修中心</span><span class="pay">4500元/月</span></div>
<p>职位描述</p><ul><li>参与车辆二级维护；</li><li>在师傅指导下更换零部件；</li></ul>
<p>职位要求</p><ul><li>中专及以上汽修专业；</li><li>持低压电工证优先。</li></ul></div>
<div class="card"><h3>夜班站务员</h3>
<p>职位要求</p><ul><li>高中及以上学历；</li><li>能长期上夜班。</li></ul></div>
</body></html>
"""

_KPI_TEXT = """车队长考核指标
指标名称 权重 目标值
行车责任事故次数 40% 0起
准点发车率 30% ≥98%
乘客有效投诉次数 30% ≤2次/月
"""

_CHART = """城北公交集团 组织架构
总经理
├── 营运部——营运部经理
│   ├── 第一车队：车队长 → 线路调度员、公交车驾驶员
│   └── 安全科：安全员、路检员
├── 票务中心：售票员、售票稽查员
└── 客服科：客服科科长 → 为民服务专员
"""

# Two charts drawn as trees: box-drawing branches whose blank columns carry the level, and
# indentation alone. Folding whitespace must not lose either level.
_TREES = {
    "修理公司架构.txt": """城北公交集团 修理公司
总经理
└── 修理公司经理
    ├── 电工班班长
    │   └── 车辆电工
    └── 钣金班班长
        └── 钣金工
""",
    "物资系统.txt": """物资系统
物资科科长
    仓库组
        仓库保管员
        配件采购员
    油料组
        加油员
""",
}

_HANDBOOK = """城北公交集团员工手册（节选）
第一章 休假
第三条 员工累计工作满1年不满10年的，年休假5天；满10年的，年休假10天。
第二章 津贴
第八条 夜班补贴：当班时间在22:00至次日6:00之间满4小时的，每班发放夜班补贴25元。
"""


def _kpi_sheet(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["部门", "考核对象", "维度", "指标", "权重(%)", "计算方式", "数据来源"])
    for row in [("营运部", "线路调度员", "内部运营", "发车计划执行率", 60, "按计划发车班次/计划班次×100%", "智能调度系统"),
                ("营运部", "线路调度员", "客户", "调度差错次数", 40, "当月调度差错次数", "调度日志"),
                ("营运部", "公交车驾驶员", "内部运营", "安全行车里程", 70, "无责任事故连续行驶公里数"),
                ("营运部", "公交车驾驶员", "客户", "车容车貌合格率", 30, "检查合格次数/检查次数×100%"),
                ("营运部", "营运部", "财务", "营运成本预算执行率", 50, "实际成本/预算成本×100%"),
                ("营运部", "营运部", "客户", "线路准点率", 50, "准点班次/总班次×100%")]:  # fmt: skip
        ws.append(list(row))
    wb.save(path)


@pytest.fixture(scope="module")
def bus_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import docx

    corpus = tmp_path_factory.mktemp("bus") / "corpus"
    corpus.mkdir()
    document = docx.Document()
    title, _, body = _DISPATCH.partition("\n")
    for line in [title, _HEADER, *body.splitlines()]:
        if line.strip():
            document.add_paragraph(line)
    document.save(corpus / "岗位说明汇编.docx")
    (corpus / "招聘.html").write_text(_CARDS, encoding="utf-8")
    (corpus / "车队长考核.txt").write_text(_KPI_TEXT, encoding="utf-8")
    (corpus / "组织架构.txt").write_text(_CHART, encoding="utf-8")
    (corpus / "员工手册.txt").write_text(_HANDBOOK, encoding="utf-8")
    for name, text in _TREES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    _kpi_sheet(corpus / "考核表.xlsx")
    return corpus


def test_several_facts_in_one_paragraph_are_fields_of_the_post(bus_corpus: Path) -> None:
    profiles = {p.title: p for p in _records(bus_corpus, "岗位说明汇编.docx").profiles}
    dispatcher = profiles["线路调度员"]
    assert dispatcher.reports_to == "车队长" and dispatcher.location == "城北枢纽站调度室"
    assert len(dispatcher.duties) == 3 and len(dispatcher.qualifications) == 2
    assert profiles["为民服务专员"].department == "客服科"
    # a document's own header ("文件编号… 版本… 生效日期…") is no post's facts or duties
    assert all("BUS-HR-01" not in d.text for p in profiles.values() for d in p.duties)
    # "五、薪酬" over one sentence: the post's pay, as a heading that is the fact's label says
    assert profiles["机务员"].pay == "按集团运营岗C3级执行,另享夜班补贴。"


def test_a_card_title_in_side_by_side_spans_opens_its_post(bus_corpus: Path) -> None:
    profiles = {p.title: p for p in _records(bus_corpus, "招聘.html").profiles}
    assert {"售票稽查员", "机修工"} <= set(profiles)  # the posting's note in brackets is no part of the title
    inspector = profiles["售票稽查员"]
    assert inspector.location == "城北枢纽站" and len(inspector.duties) == 2 and len(inspector.qualifications) == 2


def test_kpi_rows_of_a_unit_and_of_its_posts_in_one_owner_column(bus_corpus: Path) -> None:
    rec = _records(bus_corpus, "考核表.xlsx")
    owners = {k.name: (tuple(k.roles), k.department) for k in rec.kpis}
    assert owners["发车计划执行率"][0] == ("线路调度员",)
    assert owners["营运成本预算执行率"] == ((), "营运部") and owners["线路准点率"] == ((), "营运部")
    dispatcher = next(p for p in rec.profiles if p.title == "线路调度员")
    assert len(dispatcher.kpis) == 2  # the unit's rows are not the post's


def test_a_kpi_table_drawn_without_rules(bus_corpus: Path) -> None:
    rec = _records(bus_corpus, "车队长考核.txt")
    rows = {k.name: (k.weight, k.target) for k in rec.kpis}
    assert rows == {"行车责任事故次数": (40.0, "0起"), "准点发车率": (30.0, "≥98%"), "乘客有效投诉次数": (30.0, "≤2次/月")}


@pytest.fixture(scope="module")
def bus_services(bus_corpus: Path, tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    from assistant.services import Services

    services = Services(settings_factory(tmp_path_factory.mktemp("bus-home"), bus_corpus))
    services.corpus.ensure_index()
    return services


@pytest.mark.parametrize(
    ("question", "role", "expected"),
    [
        ("为民专员平时做什么?", "为民服务专员", "失物招领"),  # shortened, and its first character is a verb elsewhere
        ("公交车司机要什么驾照?", "公交车驾驶员", "A3"),  # the title's ending in another wording
        ("机务的每天干啥?", "机务员", "保养"),  # the one who does 机务
    ],
)
def test_a_post_named_as_people_say_it(bus_services, question: str, role: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(bus_services, question)
    assert not a.refused and a.role == role, a.text
    assert expected in unescape_md(a.text)


def test_posts_only_named_are_not_answered_from_other_posts(bus_services) -> None:  # type: ignore[no-untyped-def]
    # the chart names 安全员 in a list: no description of it anywhere
    (safety,) = _ask(bus_services, "安全员要什么条件?")
    assert safety.refused and "只提到了" in safety.text
    # 营运部 has a KPI table; its 经理 is only named: no duties to show, not the unit's indicators
    (manager,) = _ask(bus_services, "营运部经理的岗位职责是什么?")
    assert manager.refused and "只提到了" in manager.text


def test_a_units_indicators_are_its_own_rows(bus_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(bus_services, "营运部的考核指标有哪些?")
    text = unescape_md(a.text)
    assert "营运成本预算执行率" in text and "线路准点率" in text
    assert "发车计划执行率" not in text and "安全行车里程" not in text and "合计 100%" in text


def test_a_row_of_document_facts_is_no_title(tmp_path: Path) -> None:
    path = tmp_path / "调度员.txt"
    path.write_text("文件编号：BUS-01　版本：V2　生效日期：2025-01-01\n线路调度员岗位说明书\n岗位职责\n1. 按计划发车；\n2. 填写行车日志。\n",
                    encoding="utf-8")  # fmt: skip
    rec = _records(tmp_path, path.name)
    assert rec.chunks and all("BUS-01" not in (c.context or "") for c in rec.chunks)
    assert [p.title for p in rec.profiles] == ["线路调度员"]


def test_a_posts_design_is_not_padded_with_another_posts_rows(bus_services) -> None:  # type: ignore[no-untyped-def]
    from assistant.tools.kpi_design import KpiRequest

    design = bus_services.tools.design_kpis(KpiRequest(role="线路调度员", count=4, dimensions_required=False))
    names = [k.name for k in design.indicators]
    assert {"发车计划执行率", "调度差错次数", "营运成本预算执行率", "线路准点率"} == set(names)  # its own, then its unit's
    # 公交车驾驶员's rows in the same unit are that post's, never padding for another
    assert not {"安全行车里程", "车容车貌合格率"} & set(names)


def test_kpi_lines_stated_as_name_and_explanation(bus_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(bus_services, "机务员的考核要点是啥?")
    text = unescape_md(a.text)
    assert not a.refused and "车辆完好率" in text and "保养计划完成率" in text


def test_company_wide_rules_answer_what_a_post_does_not_state(bus_services) -> None:  # type: ignore[no-untyped-def]
    (leave,) = _ask(bus_services, "机务员有年假吗?")
    assert not leave.refused and "年休假5天" in unescape_md(leave.text)
    (night,) = _ask(bus_services, "公交车驾驶员的夜班补贴怎么算?")
    assert "25元" in unescape_md(night.text) and {c.file for c in night.citations} == {"员工手册.txt"}
    _, switched = _ask(bus_services, "线路调度员每天做什么?", "顺便问下年假有几天?")
    assert not switched.refused and "年休假5天" in unescape_md(switched.text)
    (general,) = _ask(bus_services, "年假怎么算?")
    assert not general.refused and "年休假" in unescape_md(general.text)
    # the post's own pay is its field; a rule that merely uses the word 工资 is no answer to it
    (pay,) = _ask(bus_services, "机务员工资多少?")
    assert "C3" in unescape_md(pay.text) and "员工手册.txt" not in {c.file for c in pay.citations}


def test_a_field_of_the_indicator_just_shown_and_the_heaviest_row(bus_services) -> None:  # type: ignore[no-untyped-def]
    _, card, source = _ask(bus_services, "线路调度员的考核指标有哪些?", "发车计划执行率怎么算?", "数据从哪来?")
    assert "按计划发车班次" in unescape_md(card.text)
    assert not source.refused and "智能调度系统" in unescape_md(source.text).split("\n")[0]
    _, heaviest = _ask(bus_services, "线路调度员的考核指标有哪些?", "其中权重最高的是哪个?")
    assert "权重最高的是：发车计划执行率（60%）" in unescape_md(heaviest.text)


def test_two_posts_listed_side_by_side_are_not_relatives(bus_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(bus_services, "售票员是做什么的?")
    assert a.refused and "只提到了" in a.text and "上车查验" not in unescape_md(a.text)


def test_colloquial_drafting_requests_reach_the_tools(bus_services) -> None:  # type: ignore[no-untyped-def]
    (jd,) = _ask(bus_services, "给线路调度员整一份岗位说明书草稿")
    assert jd.tool == "jd" and jd.role == "线路调度员"
    (kpi,) = _ask(bus_services, "给营运部搞一套考核指标吧")
    assert kpi.tool == "kpi_design"


def test_follow_up_forms_met_on_a_trial(bus_services) -> None:  # type: ignore[no-untyped-def]
    _, third = _ask(bus_services, "公交车驾驶员的岗位职责", "第三条啥意思?")
    assert "协助老人" in unescape_md(third.text) and not third.refused
    _, insist = _ask(bus_services, "公交车驾驶员的岗位职责", "一定要有A3驾照吗?")
    assert insist.role == "公交车驾驶员" and "A3" in unescape_md(insist.text)


def test_a_post_without_duties_is_not_answered_with_its_neighbours_lines(bus_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(bus_services, "夜班站务员要做什么?")
    text = unescape_md(a.text)
    assert a.refused and "没有写明岗位职责" in text
    assert "查验" not in text and "二级维护" not in text  # the other cards of the page are other posts'


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("钣金工归谁管?", "钣金班班长", "电工班班长"),  # its level is only in the blank columns
        ("车辆电工的上级是谁", "电工班班长", "钣金班班长"),
        ("加油员归谁管", "油料组", "仓库组"),  # a chart drawn by indentation alone
    ],
)
def test_a_superior_read_from_a_chart_drawn_as_a_tree(bus_services, question: str, expected: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(bus_services, question)
    head = unescape_md(a.text).split("\n")[0]
    assert not a.refused and expected in head and absent not in head
    assert a.citations and all(c.file.endswith("架构.txt") or c.file == "物资系统.txt" for c in a.citations)


def test_subordinates_read_from_a_chart_drawn_as_a_tree(bus_services) -> None:  # type: ignore[no-untyped-def]
    (a,) = _ask(bus_services, "修理公司经理下面有哪些岗位?")
    text = unescape_md(a.text)
    assert "电工班班长" in text and "钣金班班长" in text and "车辆电工" not in text  # one level down only
    (b,) = _ask(bus_services, "物资科科长下面管哪些")
    assert "仓库组" in unescape_md(b.text) and "油料组" in unescape_md(b.text)


def test_indented_lines_under_a_heading_are_no_chart(tmp_path: Path) -> None:
    (tmp_path / "说明.txt").write_text("仓管员岗位说明\n岗位职责\n    负责入库验收\n    负责出库复核\n    负责月度盘点\n", encoding="utf-8")
    rec = _records(tmp_path, "说明.txt")
    assert not any(b.depth for a in rec.articles for sec in a.sections for b in sec.blocks)
