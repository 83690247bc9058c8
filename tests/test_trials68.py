"""Round 68, written here from scratch for a car-wash chain (the blind testers wrote a pharmacy chain and a
charging-network operator, and asked over the two demo corpora): appointment letters that name their post in a
sentence, an outline whose numbered lines are the post's facts, a KPI cell holding the name over its formula, a
ledger of monthly results under the indicators, a duty list cut by "（续）" and numbered groups, a form row of two
facts, a title starting like a verb; and answers that find an indicator said short, a post by the letters in
its brackets, and the unit of the post just discussed."""

from __future__ import annotations

from _answer_support import file_records, indexed_services, write_workbook, written_corpus


def _letters_docx(path) -> None:  # type: ignore[no-untyped-def]
    """Two appointment letters, each signed off by the issuing unit and its date."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("洁途洗车岗位聘任通知书汇编")
    doc.add_paragraph("洁途人聘〔2025〕03号")
    doc.add_paragraph("张明同志：")
    doc.add_paragraph("经公司研究决定，聘任你为美容技师主管，自2025年5月1日起执行。")
    doc.add_paragraph("你所在部门为汽车美容中心（位于城西路18号，近地铁站），直接上级为美容中心经理。岗位工资为7000-9000元/月。")
    doc.add_paragraph("任职条件：大专及以上学历；3年以上汽车美容工作经验。")
    doc.add_paragraph("你的主要工作职责为：")
    doc.add_paragraph("（1）安排美容技师的班次并检查施工质量；")
    doc.add_paragraph("（2）负责镀晶、贴膜项目的工艺培训。")
    doc.add_paragraph("洁途洗车服务有限公司人力资源部　2025年4月20日")
    doc.add_paragraph("洁途人聘〔2025〕04号")
    doc.add_paragraph("李华同志：")
    doc.add_paragraph("经公司研究决定，聘任你为会员运营专员，所在部门为市场部，直接上级为市场部经理。岗位职责：略（由市场部另行制定并下发）。")
    doc.add_paragraph("洁途人聘〔2023〕11号（已作废，以2025年版美容技师主管聘任通知为准）")
    doc.add_paragraph("赵强同志：")
    doc.add_paragraph("聘任你为美容技师主管，所在部门为洗车部，直接上级为店长。")
    doc.save(path)


def _kpi_book(path) -> None:  # type: ignore[no-untyped-def]
    """A KPI sheet whose indicator cells hold the name over its formula, then a ledger of monthly results."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "门店"
    ws.append(["岗位", "指标（名称／口径）", "权重", "目标值"])
    ws.append(["门店店长", "洗车台次完成率\n实际洗车台次÷计划台次×100%", "60%", "≥100%"])
    ws.append(["门店店长", "客户投诉率\n有效投诉数÷服务单数×100%", "40%", "≤0.5%"])
    ledger = wb.create_sheet("质检员")
    for row in (["指标名称", "施工返工率", "质检记录完整率"], ["权重", "50%", "50%"], ["目标值", "≤2%", "100%"],
                ["考核月份", "实际值", "实际值"], ["2025Q1", "1.5%", "100%"]):
        ledger.append(row)
    wb.save(path)


def test_letters_outlines_and_kpi_cells(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {
        "洗车工岗位说明.txt": "洗车工岗位说明\n\n一、岗位基本情况\n（一）岗位名称：洗车工\n（二）所属部门：门店运营部\n"
                             "（三）直接上级：门店店长\n\n二、岗位职责\n1．按标准流程完成车辆外观清洗；\n2．清点并保管洗车工具。\n\n"
                             "三、任职资格\n（一）学历：初中及以上\n（二）经验：无经验可培训\n",
        "门店岗位介绍.html": "<html><body><h1>门店岗位介绍</h1><div><h2>洗护组长</h2>"
                           "<p><strong>汇报对象：</strong>门店店长</p>"
                           "<p><strong>核心职责（一）现场管理</strong></p><ol><li>安排洗车工的工位；</li><li>检查交车前的车辆外观；</li></ol>"
                           "<p><strong>核心职责（二）耗材管理</strong></p><ol start=\"3\"><li>每周盘点洗车液和毛巾；</li></ol>"
                           "<p>（续）</p><ol start=\"4\"><li>报送耗材采购申请。</li></ol></div></body></html>",
    })
    _letters_docx(corpus / "聘任通知.docx")
    _kpi_book(corpus / "指标库.xlsx")
    write_workbook(corpus / "岗位表.xlsx", {"贴膜": [["岗位名称", "换膜技师", "所属部门", "汽车美容中心"],
                                                     ["岗位每周工作时间", "6天", "岗位任命提议权限", "美容中心经理"],
                                                     ["主要职责", "1、为车辆更换和修补车膜\n2、检查膜面质量", None, None]]})
    # an appointment letter is about the post it appoints to; its sign-off is no duty
    letter = {p.title: p for p in file_records(corpus, "聘任通知.docx").profiles}["美容技师主管"]
    assert [d.text for d in letter.duties] == ["（1）安排美容技师的班次并检查施工质量；", "（2）负责镀晶、贴膜项目的工艺培训。"] or [
        d.text for d in letter.duties] == ["(1)安排美容技师的班次并检查施工质量;", "(2)负责镀晶、贴膜项目的工艺培训。"], letter.duties
    # a letter said to be void appoints no one; a letter whose duties are left out gives the facts it states
    posts = file_records(corpus, "聘任通知.docx").profiles
    assert [p.department for p in posts if p.title == "美容技师主管"] == ["汽车美容中心"], posts
    member = next(p for p in posts if p.title == "会员运营专员")
    assert member.department == "市场部" and not member.duties, member
    # "所在部门为汽车美容中心（位于城西路18号，…）": the unit, and where it is
    assert letter.department == "汽车美容中心" and letter.fields["location"].text == "城西路18号", letter.fields
    assert letter.fields["reports_to"].text == "美容中心经理" and "大专及以上学历" in letter.qualifications[0].text, letter
    # "（二）所属部门：门店运营部": numbered like a part, a fact of the post; "（一）学历：…" the first requirement
    washer = {p.title: p for p in file_records(corpus, "洗车工岗位说明.txt").profiles}["洗车工"]
    assert washer.department == "门店运营部" and washer.fields["reports_to"].text == "门店店长", washer.fields
    assert washer.fields["education"].text == "初中及以上" and len(washer.qualifications) == 2, washer.qualifications
    # duties in numbered groups ("核心职责（二）耗材管理") and a list going on after "（续）": all the post's
    leader = {p.title: p for p in file_records(corpus, "门店岗位介绍.html").profiles}["洗护组长"]
    assert len(leader.duties) == 4 and "报送耗材采购申请" in leader.duties[-1].text, leader.duties
    # a KPI cell holding the name over its formula; a ledger's period row is no indicator
    kpis = file_records(corpus, "指标库.xlsx").kpis
    names = {k.name: k for k in kpis}
    assert names["洗车台次完成率"].formula == "实际洗车台次÷计划台次×100%", names
    assert set(names) == {"洗车台次完成率", "客户投诉率", "施工返工率", "质检记录完整率"}, sorted(names)
    # a title that starts like a verb ("换…") keeps it; a form row of two facts gives each its own
    filmer = {p.title: p for p in file_records(corpus, "岗位表.xlsx").profiles}
    assert "换膜技师" in filmer, sorted(filmer)
    assert [b.text for b in filmer["换膜技师"].benefits] == ["6天"], filmer["换膜技师"].benefits


_CARWASH = {
    "岗位说明书.txt": """\
洁途洗车岗位说明书

一、门店店长
所属部门：门店运营部
岗位职责：
1. 负责门店的日常经营管理。
2. 组织门店员工培训。

二、充电运维工程师
所属部门：设备部
直接上级：设备部经理
岗位职责：
1. 巡检洗车机和充电桩设备。
2. 处理设备故障。
任职要求：
1. 大专及以上学历，机电类专业。
2. 持低压电工作业证。

三、储能运维工程师
储能设备尚未投运，本岗位职责及任职资格：略，待投运后另行发布。

四、渠道拓展经理（BD）
所属部门：市场部
岗位职责：
1. 开发4S店和车队合作客户。
2. 谈判并签订合作协议。
任职要求：
1. 3年以上汽车后市场销售经验，有连锁行业背景优先。

五、市场部经理
岗位职责：
1. 负责市场部的日常管理。
2. 制定年度市场推广计划。

六、夜班值守员
岗位职责：
1. 夜间看守门店设备和车辆。
2. 受理夜间自助洗车的故障报修。
任职要求：
1. 高中及以上学历。
2. 能适应夜班。

七、区域总监
（岗位说明书由总经办统一发布，本页不收录。）
""",
    "市场部职能.txt": "市场部工作手册\n\n一、市场部职能\n1. 负责品牌推广和活动策划。\n2. 负责渠道合作的开发与维护。\n"
                  "3. 负责会员体系的运营。\n\n二、市场部岗位设置\n市场部设渠道拓展经理、市场专员两个岗位。\n",
    "门店管理制度.txt": "门店管理制度\n\n第一条 为规范门店管理，制定本制度。\n"
                    "第二条 门店每日召开晨会，由店长主持。\n"
                    "第三条 门店每周召开一次工作例会，每月召开一次经营分析会。\n"
                    "第四条 夜班值守员交接班时须提前10分钟到岗，清点设备钥匙并在交接记录上签字。\n"
                    "第五条 夜班值守员的考核指标由门店运营部另行制定，本制度不含。\n",
    "绩效考核表.csv": "岗位,考核指标,权重,目标值\n门店店长,营业收入,40%,全年500万元\n门店店长,新办会员卡数,30%,城东店：800张/年；城西店：600张/年\n"
                 "门店店长,客户满意度,30%,≥95%\n",
}


def test_indicators_said_short_and_posts_by_letters_and_unit(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "carwash68", _CARWASH)
    ask = services.chat.ask
    # an indicator said short: its two words by their first characters, or most of it when an amount is asked
    revenue = ask("店长全年营收目标是多少", Conversation())
    assert "500万元" in revenue.text, revenue.text
    cards = ask("店长一年要办多少会员卡", Conversation())
    assert "新办会员卡数" in cards.text and "800张" in cards.text, cards.text
    # "城东店的目标呢" after one indicator's card: that indicator's target
    conv = Conversation()
    ask("门店店长的KPI有哪些", conv)
    ask("第二个指标权重多少", conv)
    east = ask("城东店的目标呢", conv)
    assert "新办会员卡数" in east.text and "800张" in east.text, east.text
    # "BD经理": the letters in the bracket stand for the post's words
    bd = ask("BD经理要做哪些工作", Conversation())
    assert not bd.refused and "4S店" in bd.text, bd.text
    # the unit of the post just discussed, though a post only named came in between
    conv = Conversation()
    ask("市场部经理要做什么", conv)
    ask("那市场专员呢", conv)
    unit = ask("整个部门的职能有哪些", conv)
    assert "品牌推广" in unit.text, unit.text
    # a post a page names only to say its description is kept elsewhere: not described here
    director = ask("区域总监的职责有哪些", Conversation())
    assert "不收录" in director.text and "知识库中还没有" in director.text, director.text
    # indicators a rule says are made later: none yet, said so
    later = ask("夜班值守员的KPI考核哪几项", Conversation())
    assert "另行制定" in later.text and "知识库中还没有" in later.text, later.text
    # what a rule asks of the post on a part of its work its requirement list does not speak of
    handover = ask("夜班值守员交接班有啥要求", Conversation())
    assert "提前10分钟" in handover.text, handover.text
    # a thing set aside ("除了晨会，…") is not what is asked
    meetings = ask("除了晨会，门店例会多久开一次", Conversation())
    assert not meetings.refused and "每周召开一次工作例会" in meetings.text, meetings.text
    # "行业背景" asks the experience a post requires
    background = ask("渠道拓展经理要有什么行业背景", Conversation())
    assert "汽车后市场" in background.text, background.text


_SHOP = {
    "门店岗位说明书.txt": """\
洁途洗车门店岗位说明书

一、门店店长
岗位职责：
1. 负责门店的日常经营管理。
2. 组织门店员工培训。
3. 负责制订洗车技师的岗位工作流程，在现场带领洗车技师做好施工和验车。
""",
    "洗车技师.md": "# 洗车技师岗位说明书\n\n所属部门：门店运营部\n\n## 工作职责\n\n### 车辆清洗（时间占比：60%）\n\n"
                 "- 按标准流程完成车辆外观清洗\n- 清洁轮毂和门边\n\n### 设备保养（时间占比：40%）\n\n"
                 "- 每日检查高压水枪和泡沫机\n- 维护洗车机的滤网和管路\n\n## 任职要求\n\n"
                 "- 汽修或相关专业毕业，一年以上洗车工作经验\n",
    "岗位设置方案.md": "# 门店岗位设置方案\n\n## 一、岗位任职条件\n\n| 岗位 | 收银员 | 质检员 |\n| --- | --- | --- |\n"
                     "| 学历 | 高中及以上 | 大专及以上 |\n| 专业 | 专业不限 | 汽车相关专业 |\n| 工作经验 | 不限 | 1年以上 |\n"
                     "| 直接上级 | 门店店长 | 门店店长 |\n\n## 二、岗位职责\n\n"
                     "| 岗位 | 主要职责 |\n| --- | --- |\n| 收银员 | 收银并开具发票 |\n| 质检员 | 检查交车前的施工质量 |\n",
    "招聘需求.csv": "岗位,部门,岗位职责,任职要求,薪资\n收银员,门店运营部,同岗位设置方案,同岗位设置方案,4-5K\n",
    "质检员作业规范.txt": "质检员作业规范（问答版）\n\n问：质检员每天检查几台车？\n答：每名质检员每天抽检不少于20台车，并在系统中记录结果。\n\n"
                     "附：2023版质检规定（已废止，仅供对照）\n每名质检员每天抽检10台车。\n",
    "考核表.csv": "岗位,考核指标,权重,考核周期,目标值\n门店店长,洗车台次完成率,50%,月度,≥100%\n门店店长,设备完好率,50%,季度,≥98%\n",
}


def test_parts_pointers_and_faq_titles(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "shop68", _SHOP)
    ask = services.chat.ask
    # a page titled "X作业规范（问答版）" is X's; its annex said to be void is no duty of X
    checker = ask("质检员每天要做什么", Conversation())
    assert "不少于20台" in checker.text and "10台" not in checker.text, checker.text
    # a requisition's cell pointing at another document ("同岗位设置方案") is no duty
    cashier = ask("收银员的岗位职责", Conversation())
    assert "收银并开具发票" in cashier.text and "同岗位设置方案" not in cashier.text, cashier.text
    # "这部分" after one part of a parted list: that part
    conv = Conversation()
    ask("洗车技师设备保养这块负责啥", conv)
    part = ask("这部分占多少时间", conv)
    assert "设备保养" in part.text and "40%" in part.text and "按标准流程" not in part.text, part.text
    # "这项多久考核一次" after one indicator's card: its period
    conv = Conversation()
    ask("设备完好率权重多少", conv)
    period = ask("这项多久考核一次", conv)
    assert "季度" in period.text and "洗车台次完成率" not in period.text, period.text
    # "关于洗车技师那一条（第三条）": the item of the list just shown that names the post
    conv = Conversation()
    ask("门店店长的岗位职责", conv)
    item = ask("关于洗车技师那一条（第三条）再细说下", conv)
    assert item.role == "门店店长" and "岗位工作流程" in item.text, item.text
    # a JD puts a sentence of a major and an experience under each
    draft = services.tools.draft_jd("洗车技师")
    by_category = {key: " ".join(item.text for item in items) for key, items in draft.qualifications.items()}
    assert "一年以上洗车工作经验" in by_category.get("经验", "") and "汽修" in by_category.get("专业", ""), by_category
    # one file's tables of one post (its requirements in one, its duties in another) are one employer's
    checker = services.tools.draft_jd("质检员")
    assert "大专及以上" in str(checker.qualifications), checker.qualifications
    assert not any("不混用不同单位" in w for w in checker.warnings), checker.warnings
