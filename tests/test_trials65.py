"""Round 65, written here from scratch for a cold-chain warehouse (the blind testers wrote a travel agency and a
carton plant, and asked over the two demo corpora): a part of a post's description of no list kind asked by its
heading, a KPI design asked with "帮X设计" and the scorecard's dimensions named."""

from __future__ import annotations

from _answer_support import file_records, indexed_services, written_corpus

_COLD = {
    "岗位说明书.txt": """\
冷链仓储公司岗位说明书

冷库主管岗位说明
一、职责总述：
在仓储经理的领导下，负责冷库的日常运营与温控管理。
二、工作范围：
1、负责冷库温度、湿度的监控和记录。
2、组织出入库作业，核对单据与实物。
3、安排叉车和搬运班组的作业任务。
三、权力：
1、有向仓储经理报告权。
2、对下属工作有监督检查权。
3、对班组成员有奖惩建议权。
四、任职条件：
1、大专以上学历，物流相关专业。
2、3年以上冷库管理经验。
五、工作环境：
""",
}


def test_a_part_named_by_its_heading_and_a_design_with_dimensions(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation
    from assistant.models import Intent

    services = indexed_services(tmp_path_factory, settings_factory, "cold65", _COLD)
    ask = services.chat.ask
    # "三、权力" is no list of a known kind: asked by its heading, or by a word of its synonym group, it is the answer
    for question in ("冷库主管有哪些权力", "冷库主管有什么权限"):
        powers = ask(question, Conversation())
        assert [i.text for i in powers.items][:1] == ["有向仓储经理报告权。"] and len(powers.items) == 3, powers.text
    # an empty part named is no answer: the duties are still the duties
    duties = ask("冷库主管要做什么", Conversation())
    assert any("温度" in i.text for i in duties.items) and "报告权" not in duties.text, duties.text
    # "帮X设计5个KPI，财务、客户、流程…": a request, though "流程" is a word of a how-question
    design = ask("帮冷库主管设计5个KPI，财务、客户、流程、学习成长都要覆盖到", Conversation())
    assert design.intent == Intent.kpi_design, (design.intent, design.text[:200])


def _band_sheet(path, corner: str, band_label: str | None) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "定岗定编"
    ws.append(["冷链仓储公司岗位定编表（2025年）"])
    ws.merge_cells("A1:E1")
    ws.append([band_label, "冷库作业部", None, "运输部", "质量部"])
    ws.merge_cells("B2:C2")  # a department over two posts
    ws.append([corner, "冷库理货员", "冷库叉车工", "冷藏车司机", "温控质检员"])
    ws.append(["直接上级", "理货组长", "叉车班长", "车队队长", "质量主管"])
    ws.append(["最低学历", "高中", "初中", "高中", "大专"])
    ws.append(["编制（人）", "8", "6", "10", "3"])
    ws.append(["月薪范围（元）", "5000–6500", "5500–7000", "6500–8500", "6000–7500"])
    wb.save(path)


def test_posts_side_by_side_under_a_band_of_departments(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the posts' row under a department band, labelled ("部门") or not, with a label ("岗位") or a corner word ("项目")
    for n, (corner, band) in enumerate((("岗位", "部门"), ("项目", None))):
        (tmp_path / str(n)).mkdir()
        corpus = written_corpus(tmp_path / str(n), {})
        _band_sheet(corpus / "定岗定编.xlsx", corner, band)
        profiles = {p.title: p for p in file_records(corpus, "定岗定编.xlsx").profiles}
        assert sorted(profiles) == ["冷库叉车工", "冷库理货员", "冷藏车司机", "温控质检员"], sorted(profiles)
        forklift = profiles["冷库叉车工"]
        # each post its own column's facts, the department merged over two posts each one's
        assert forklift.department == "冷库作业部" and forklift.fields["reports_to"].text == "叉车班长", forklift.fields
        assert forklift.fields["education"].text == "初中" and "5500" in forklift.fields["pay"].text, forklift.fields
        assert profiles["温控质检员"].department == "质量部"


_WORKSHOP = {
    "车间管理指南.md": """\
# 车间管理指南

## 一、制版员

制版员在制版室工作，直接上级为车间主任。

- 学历：大专及以上，印刷相关专业
- 经验：2年以上制版经验
- 技能：熟练使用 Illustrator 制版软件，英语四级以上

### 工作内容

1. 根据客户稿件拼版、分色；
2. 印版建档编号，按客户分区存放；
3. 新产品首次上机时到现场跟版。
""",
    "仓储主管岗位说明书.txt": """\
仓储主管岗位说明书
工作概述：负责成品仓库的日常管理与团队建设。
岗位职责：
一、制定仓储计划（时间分配：20%）
1. 编制月度仓储计划
2. 制定库位规划方案
二、日常库存管理（时间分配：60%）
1. 组织月度盘点
2. 监督成品出入库
3. 处理库存异常
三、团队建设（时间分配：20%）
1. 培训新进仓管员
2. 安排班组考勤
""",
}


def test_requirement_bullets_a_part_by_its_place_and_turns_opened_by_an_acknowledgement(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "workshop65", _WORKSHOP)
    ask = services.chat.ask
    # "- 学历：…", "- 经验：…" under the post's heading, no list headed 任职要求: its requirements
    needs = ask("制版员有什么任职要求", Conversation())
    assert any("2年以上制版经验" in i.text for i in needs.items) and len(needs.items) == 3, needs.text
    # "英文水平": the other spelling of 英语水平, asked of the post just discussed
    conv = Conversation()
    ask("制版员要什么学历", conv)
    english = ask("英文水平起码要到几级", conv)
    assert english.role == "制版员" and "英语四级" in english.text, english.text
    # "招聘里制版员": in the hiring, the post (no post "里制版员")
    assert ask("车间招聘里制版员要啥学历", Conversation()).role == "制版员"
    # "第二块职责" right after the post's 工作概述: the second part of its duties, whole
    conv = Conversation()
    ask("仓储主管的工作概述是什么", conv)
    part = ask("第二块职责具体有哪些", conv)
    assert [i.text for i in part.items] == ["组织月度盘点", "监督成品出入库", "处理库存异常"], part.text
    # "嗯，还有其他的吗": more of the list just shown, the acknowledgement aside
    conv = Conversation()
    ask("制版员每天做什么", conv)
    more = ask("嗯，还有其他的吗", conv)
    assert "上面列出的 3 条" in more.text and "没有更多" in more.text, more.text
