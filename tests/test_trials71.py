"""Round 71, written here from scratch for a water park (the blind testers wrote a city bus group and a
cement group, and asked over the two demo corpora): a KPI weight matrix with the posts down the side and
coded indicators across the top (a total column, a dictionary sheet of the codes), a sheet two posts
share (each row tagged 【post】, or a row naming the post over its rows), a staffing sheet whose pay
total follows the base pay and an allowance, a PDF table whose post cell is merged down over its rows,
a safety responsibility letter ("乙方岗位：X。乙方隶属…"), an exam bank whose questions head their
reference answers, an org-mode handbook with a "交接班要求" part, a notice filed with a post's own
description, a page's "（本告示不属于岗位说明书正文）" box and "X（续）" on the next page, a new hires'
guide, a careers table's 工作片区 column; and answers to a post called by its first word ("检票每天干嘛"),
"搞X的", "配合哪个部门", "任职要求 要有X吗", "发工资的流程" of a payroll post, "他管不管", "这活儿"."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records, indexed_services, written_corpus
from _pdf_support import write_pdf

_LETTER = """2025年度安全生产目标责任书（园区岗位）
为落实安全生产责任制，园区（以下简称甲方）与下列岗位人员（以下简称乙方）签订本责任书。
责任书一
甲方：碧波水上乐园
第一条　乙方岗位：设备巡检员。乙方隶属设备部，直接向设备部经理负责，工作地点为造浪池机房。
第二条　乙方安全生产职责：
（一）每日开园前检查造浪机和循环水泵的运行状态；
（二）发现设备漏电立即停机并上报。
第三条　乙方任职条件：中专及以上学历；持低压电工作业证。
第四条　考核与奖惩：按园区安全奖惩办法执行。
"""

_EXAM = """新员工入职考试题库（救生岗位）

一、判断题
1. 救生员的直接上级是救生队长。（√）

二、简答题
2. 救生员的主要职责有哪些？
   参考答案：
   （1）在瞭望台值守，不得擅离岗位；
   （2）发现溺水者立即施救并报告救生队长。
3. 救生员的任职条件是什么？
   参考答案：高中及以上学历；持游泳救生员国家职业资格证书。
4. 游客物品丢失应如何处理？
   参考答案：按《失物招领规定》办理。
"""

_ORG = """#+TITLE: 票务部岗位手册

* 售票员
:PROPERTIES:
:所属部门: 票务部
:直接上级: 票务主管
:END:
** 交接班要求
- 提前10分钟到岗，清点备用金。
- 交接内容写入交接班记录。
** 任职要求
- 高中及以上学历
- 普通话标准
"""

_ONE_POST = """讲解员岗位说明
（游客服务部　2025年修订）

一、主要工作
1．为团队游客提供园区讲解服务；
2．维护讲解词并按季度更新。

二、考核
按《游客服务部考核办法》执行。

────────────────────────────
附：关于夜场检票员班次调整的通知
各部门：
自2025年7月1日起，夜场检票员班次调整为两班倒。
游客服务部
"""

_GUIDE = """# 水上乐园新员工入职指南

> 适用：各部门新入职员工

## 救生队长做什么

1. 排定救生员的瞭望台轮岗表
2. 组织每月一次溺水急救演练
"""

_CAREERS = """<html><body><table>
<tr><td>岗位名称</td><td>工作片区</td><td>岗位职责</td></tr>
<tr><td>市场专员</td><td>华南片区（广州）</td><td>1、负责旅行社渠道的开发与维护；</td></tr>
</table></body></html>"""


def _matrix(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "权重矩阵"
    ws.append(["2025年度岗位KPI权重矩阵（单位：%）"])
    ws.merge_cells("A1:F1")
    ws.append(["考核岗位", "所属部门", "K01\n瞭望台值守到岗率", "K02\n游客溺水事故次数", "K03\n水质检测合格率", "合计"])
    ws.append(["救生员", "水上安全部", 60, 40, None, "=SUM(C3:E3)"])
    ws.append(["水质化验员", "设备部", None, 20, 80, "=SUM(C4:E4)"])
    ws.append(["说明：空白表示该岗位不考核此项。"])
    codes = wb.create_sheet("指标字典")
    codes.append(["指标编码", "指标名称", "计算公式", "目标值"])
    codes.append(["K01", "瞭望台值守到岗率", "实际到岗时段÷应到岗时段×100%", "100%"])
    codes.append(["K02", "游客溺水事故次数", "经认定的溺水事故次数", "0次"])
    codes.append(["K03", "水质检测合格率", "合格检测次数÷检测总次数×100%", "≥98%"])
    wb.save(path)


def _shared(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "票务"
    ws.append(["检票员、售票员月度KPI"])
    ws.append(["序号", "指标名称", "指标定义/计算公式", "权重", "目标值"])
    ws.append([1, "检票差错次数", "【检票员】错检、漏检次数", "60%", "0次"])
    ws.append([2, "入园引导及时率", "【检票员】高峰时段引导到位次数÷应引导次数", "40%", "≥95%"])
    ws.append([None, "售票员", None, None, None])
    ws.append([1, "售票差错金额", "当月长短款金额合计", "50%", "0元"])
    ws.append([2, "线上核销及时率", "按时核销订单数÷订单总数", "50%", "100%"])
    wb.save(path)


def _staffing(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["岗位", "部门", "学历", "经验", "证书", "基本工资", "岗位津贴", "合计"])
    ws.append(["救生队长", "水上安全部", "高中及以上", "3年以上救生工作经验", "游泳救生员（高级）", 4800, 1200, 6000])
    wb.save(path)


def _merged_pdf(path: Path) -> None:
    """A ruled table "Post | Item | Text" whose post cell is merged down over its three rows."""
    grid = [
        "0.5 w",
        "50 700 m 450 700 l S", "50 680 m 450 680 l S", "150 660 m 450 660 l S", "150 640 m 450 640 l S", "50 620 m 450 620 l S",
        "50 620 m 50 700 l S", "150 620 m 150 700 l S", "250 620 m 250 700 l S", "450 620 m 450 700 l S",
    ]
    runs = [(55, 686, 10, "Post"), (155, 686, 10, "Item"), (255, 686, 10, "Text"),
            (55, 666, 10, "Clerk"), (155, 666, 10, "Dept"), (255, 666, 10, "Front office"),
            (155, 646, 10, "Duty"), (255, 646, 10, "Files the contracts"),
            (155, 626, 10, "Duty"), (255, 626, 10, "Answers the hotline")]
    write_pdf(path, [runs], overlay="\n".join(grid))


def test_weight_matrices_shared_sheets_letters_exam_banks_and_set_aside_boxes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {
        "安全生产目标责任书.txt": _LETTER, "入职考试题库.txt": _EXAM, "票务部岗位手册.txt": _ORG, "讲解员岗位说明.txt": _ONE_POST,
        "新员工入职指南.md": _GUIDE, "招聘岗位表.html": _CAREERS,
    })
    _matrix(corpus / "KPI权重矩阵.xlsx")
    _shared(corpus / "票务KPI.xlsx")
    _staffing(corpus / "定岗定编.xlsx")
    # posts down the side, coded indicators across the top: each post's weights, the dictionary's targets;
    # the total column is no indicator
    matrix = [k for k in file_records(corpus, "KPI权重矩阵.xlsx").kpis if k.roles]
    got = {(k.roles[0], k.name): (k.weight, k.target) for k in matrix}
    assert got == {("救生员", "瞭望台值守到岗率"): (60.0, "100%"), ("救生员", "游客溺水事故次数"): (40.0, "0次"),
                   ("水质化验员", "游客溺水事故次数"): (20.0, "0次"), ("水质化验员", "水质检测合格率"): (80.0, "≥98%")}, got
    # a sheet two posts share: a row's 【post】 tag, and a row naming the post over its rows
    shared = {k.name: (k.roles, k.formula) for k in file_records(corpus, "票务KPI.xlsx").kpis}
    assert shared["检票差错次数"] == (["检票员"], "错检、漏检次数"), shared
    assert shared["售票差错金额"][0] == ["售票员"] and shared["线上核销及时率"][0] == ["售票员"], shared
    # "基本工资 | 岗位津贴 | 合计": the total is the pay, no requirement
    captain = file_records(corpus, "定岗定编.xlsx").profiles[0]
    assert "6000" in captain.fields["pay"].text and not any("6000" in q.text for q in captain.qualifications), captain
    # a responsibility letter: the post after "乙方岗位：", its facts in the sentences after it, its
    # "乙方任职条件" the requirements, its "考核与奖惩" none of them
    letter = {p.title: p for p in file_records(corpus, "安全生产目标责任书.txt").profiles}
    assert set(letter) == {"设备巡检员"}, sorted(letter)
    inspector = letter["设备巡检员"]
    assert inspector.fields["reports_to"].text == "设备部经理" and inspector.department == "设备部", inspector.fields
    assert len(inspector.duties) == 2 and any("低压电工" in q.text for q in inspector.qualifications), inspector
    assert not any("奖惩" in q.text for q in inspector.qualifications), inspector.qualifications
    # an exam's numbered question heads its reference answer; a question naming no post ends the post
    lifeguard = {p.title: p for p in file_records(corpus, "入职考试题库.txt").profiles}["救生员"]
    assert len(lifeguard.duties) == 2 and "瞭望台" in lifeguard.duties[0].text, lifeguard.duties
    assert any("救生员国家职业资格" in q.text for q in lifeguard.qualifications), lifeguard.qualifications
    assert not any("失物招领" in x.text for x in [*lifeguard.duties, *lifeguard.qualifications]), lifeguard
    # "交接班要求" is a rule of the handover, no requirement of the post
    seller = {p.title: p for p in file_records(corpus, "票务部岗位手册.txt").profiles}["售票员"]
    assert [q.text.lstrip("- ") for q in seller.qualifications] == ["高中及以上学历", "普通话标准"], seller.qualifications
    # a notice filed after a post's own description is none of its duties
    guide = {p.title: p for p in file_records(corpus, "讲解员岗位说明.txt").profiles}["讲解员"]
    assert len(guide.duties) == 2 and not any("班次" in d.text for d in guide.duties), guide.duties
    # whom a guide is for is no post
    newcomers = [p.title for p in file_records(corpus, "新员工入职指南.md").profiles]
    assert not any(t.endswith("新员工") for t in newcomers), newcomers
    # a careers table's 工作片区 says where the post works
    market = file_records(corpus, "招聘岗位表.html").profiles[0]
    assert market.fields["location"].text.startswith("华南片区"), market.fields


def test_a_pdf_post_cell_merged_down_leaves_each_row_its_lines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pdfplumber

    from assistant.ingest.loaders.pdf import _page_tables, _text_lines

    path = tmp_path / "posts.pdf"
    _merged_pdf(path)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        lines = _text_lines(page)
        for n, line in enumerate(lines, 1):
            line["line_no"] = n
        tables = _page_tables(page, lines)
    # (the merged cell's row used to own every line down to its bottom, so its rows found none: no table)
    assert len(tables) == 1, tables
    rows = [[c.text for c in row] for row in tables[0][1].rows]
    assert rows[2][1:] == ["Duty", "Files the contracts"] and rows[3][1:] == ["Duty", "Answers the hotline"], rows
    assert rows[2][0] == "Clerk", rows  # the merged cell repeated on the rows it covers


_PARK = {
    "游客服务部岗位说明.txt": "游客服务部岗位说明\n\n一、检票引导员\n所属部门：游客服务部\n直接上级：游客服务主管\n岗位职责：\n"
                      "1. 核验门票并引导游客有序入园；\n2. 高峰时段疏导排队游客；\n3. 配合安保部处置入园纠纷。\n"
                      "任职要求：\n1. 高中及以上学历；\n2. 普通话标准。\n\n二、水质化验员\n所属部门：设备部\n工作地点：水处理机房\n岗位职责：\n"
                      "1. 每两小时检测池水余氯和pH值；\n2. 填写水质检测记录。\n任职要求：\n1. 中专及以上学历；\n2. 持化验员证；\n3. 1年以上水质检测经验。\n\n"
                      "三、薪资专员\n所属部门：人力资源部\n岗位职责：\n1. 每月核算员工工资并发放；\n2. 计提年终奖并报财务审核。\n"
                      "任职要求：\n1. 大专及以上学历，财务或人力资源专业。\n",
    "新员工入职指南.md": "# 新员工入职指南\n\n## 4 入职培训\n\n入职第一周参加安全培训。\n\n## 5 水质化验员技能等级认定\n\n略。\n",
    "营销部岗位说明.txt": "营销部岗位说明\n\n一、营销总监\n所属部门：营销部\n岗位职责：\n"
                   + "".join(f"{n}. {duty}；\n" for n, duty in enumerate(
                       ["制订年度营销计划", "策划节假日促销方案", "主持营销团队业务培训", "开拓旅行社分销渠道", "拜访重点团体客户",
                        "组织会员日活动", "收集竞争对手票价信息", "审核门票价格调整建议", "安排户外广告投放", "编制部门费用预算",
                        "考核营销专员业绩", "运营官方微信公众号", "筹办旅游展会布展", "督办游客投诉回复", "撰写月度市场分析报告",
                        "维护合作酒店关系", "完成总经理交办的其他事项"], 1))
                   + "任职要求：\n1. 本科及以上学历。\n",
}


def test_first_words_colloquial_verbs_partner_units_and_handled_things(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "park71", _PARK)
    ask = services.chat.ask
    # "检票" alone: the first word of 检票引导员, the one post so named
    first = ask("检票每天干嘛的，新人想了解下", Conversation())
    assert first.role == "检票引导员" and "有序入园" in first.text, first.text
    # "搞水质化验的": the one who does it
    doer = ask("搞水质化验的要什么学历", Conversation())
    assert doer.role == "水质化验员" and "中专" in doer.text, doer.text
    # "配合哪个部门": a unit the post works with, which its duties name; no unit it belongs to
    conv = Conversation()
    ask("检票引导员平时做什么", conv)
    partner = ask("他要配合哪个部门处理纠纷", conv)
    assert "安保部" in partner.text and "所属部门" not in partner.text, partner.text
    # the list named, then one requirement asked after a space: the whole list, the one named in it
    listed = ask("水质化验员的任职要求 要有化验员证吗", Conversation())
    assert "化验员证" in listed.text and "中专" in listed.text and "1年以上" in listed.text, listed.text
    # paying wages is the payroll post's work: its duties, no "没有写明薪资"
    payroll = ask("薪资专员每月发工资的流程是怎样的", Conversation())
    assert not payroll.refused and "核算" in payroll.text, payroll.text
    conv = Conversation()
    ask("薪资专员主要做什么", conv)
    handled = ask("年终奖他管不管", conv)
    assert not handled.refused and "年终奖" in handled.text, handled.text
    # a JD keeps fifteen duties of the seventeen, and says so
    draft = services.tools.draft_jd("营销总监")
    assert len(draft.duties) == 15 and any("共有 17 条职责" in w and "前 15 条" in w for w in draft.warnings), draft.warnings
    # a part of another document headed by the post's name and left out ("略") answers no question it does not
    # name: the post's place is stated
    place = ask("水质化验员在哪上班啊", Conversation())
    assert "水处理机房" in place.text and "技能等级认定" not in place.text, place.text
    # "这活儿" is the post, not its duties: the education asked
    job = ask("水质化验员这活儿学历卡不卡", Conversation())
    assert "中专" in job.text and "余氯" not in job.text, job.text
