"""Round 62, written here from scratch for a ferry company, a forestry farm and a port (the blind testers wrote
a building contractor and a county hospital): who a post only named is given to; lists asked by their size;
a PDF panel beside a list; an HR system's tree export; an interview record; a Word web page, a post's manual,
lists by post; KPI rows under a post's count row and tables side by side; a notice numbering its posts;
signboard cards; an old version in an appendix; an indicator named by its head in another spelling."""

from __future__ import annotations

from _answer_support import file_records, indexed_services, written_corpus


_FERRY = """轮渡公司竞聘演讲稿

大家好!今天我竞聘的岗位是客运值班主任。我在公司工作了八年,先后当过售票员和码头引导员。

我竞聘这个岗位有两点理由:

一是熟悉码头的客流规律,节假日高峰也能沉着应对。

二是与各班组配合默契,能带好队伍。

如果这次能竞聘成功,我将从以下几个方面开展工作。

一是抓好安全

每班开航前逐项检查救生衣、消防器材和登船栈桥,遇大风大雾及时上报停航。

二是优化服务

高峰时段增开检票口,为老人和带小孩的乘客开辟优先通道。

三是带好班组

每周组织一次应急演练,新人上岗前由老员工带班一个月。

此外,公司实行码头助理制。码头助理可以由刚入职、有服务行业经历的年轻员工担任,协助值班主任统计客流。
"""


def test_a_post_named_only_to_say_who_takes_it(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "ferry62", {"竞聘演讲稿.txt": _FERRY})
    # a post only named, given to whom: what the documents say of it answers who may take it
    helper = services.chat.ask("码头助理一般找什么样的人来当", Conversation())
    assert not helper.refused and "服务行业经历" in helper.text, helper.text


_FOREST = """林场岗位说明书

一、护林员

所属部门：营林科
直接上级：营林科科长

岗位职责：
1. 按巡护路线每日巡山，记录巡护日志。
2. 发现火情立即报告并参与初期扑救。
3. 制止乱砍滥伐和非法狩猎。
4. 宣传森林防火知识。

任职要求：
1. 初中及以上文化程度。
2. 身体健康，能适应野外工作。
"""


def test_a_list_asked_by_its_size_and_duties_to_know(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "forest62", {"护林员.txt": _FOREST})
    ask = services.chat.ask
    counted = ask("护林员的岗位职责一共有几条", Conversation())
    assert counted.text.startswith("共列了 4 条") and "巡护日志" in counted.text, counted.text
    two = ask("护林员任职要求列了几条", Conversation())
    assert two.text.startswith("共列了 2 条") and "野外" in two.text, two.text
    # "哪几条" asks which ones, not how many
    assert not ask("护林员职责里哪几条跟防火有关", Conversation()).text.startswith("共列了")
    # what a new hire is to know is the duty list, though 要熟悉 asks a requirement
    know = ask("新来的护林员要熟悉哪些岗位职责", Conversation())
    assert know.intent.value == "duty" and "巡护日志" in know.text and "初中" not in know.text, know.text
    # the question word sits in the fact asked ("向谁汇报"), not in the duty word before it
    boss = ask("护林员日常工作向谁汇报", Conversation())
    assert boss.attribute == "reports_to" and "营林科科长" in boss.text, boss.text
    assert ask("护林员会开车加分吗", Conversation()).intent.value == "qualification"
    # a requirement the list does not state is said to be unstated, the list shown beside
    gender = ask("护林员对性别有要求吗", Conversation())
    assert "没有写明性别" in gender.text and "初中" in gender.text, gender.text


def test_a_pdf_panel_beside_the_list_is_read_apart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from _pdf_support import write_pdf

    from assistant.config import Settings
    from assistant.ingest.load import read_source

    # a duty list on the left, a shaded panel of facts on the right, sharing baselines
    left = [(60, 700 - 14 * i, 10, text) for i, text in enumerate(
        ["Duties:", "1. Open the gate at seven and check the barrier arm", "2. Log every truck entering the yard",
         "3. Report damaged seals to the shift lead", "4. Keep the gate house tidy"])]
    right = [(370, 700 - 14 * i, 10, text) for i, text in enumerate(["Facts", "Unit: Yard", "Boss: Shift lead", "Shift: Day"])]
    path = tmp_path / "gate.pdf"
    write_pdf(path, [left + right], overlay="0.9 g 360 640 180 75 re f 0 g")
    lines = read_source(path, tmp_path, Settings(home=tmp_path / "h")).doc.lines
    assert lines[:4] == ["Facts", "Unit: Yard", "Boss: Shift lead", "Shift: Day"], lines
    assert "1. Open the gate at seven and check the barrier arm" in lines and not any("Unit:" in l and "gate" in l for l in lines)


_TREE = """节点编号,上级编号,类型,内容,备注
U1,TOP,部门,码头作业部,部门负责人：作业部经理
J1,U1,岗位,理货员,直接上级：理货组长
J1-1,J1,职责,核对集装箱箱号与舱单信息,每班
J1-2,J1,职责,记录残损箱并拍照留存,随时
J1-3,J1,职责,填写理货单并交组长审核,每班
J1-4,J1,要求,高中及以上学历,
J1-5,J1,要求,持理货员岗位证书,
J2,U1,岗位,闸口员,直接上级：闸口主管
J2-1,J2,职责,查验进出港车辆单证,每班
J2-2,J2,职责,登记车辆进出时间,每班
"""


def test_a_tree_export_is_read_as_its_outline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"岗位树.csv": _TREE})
    profiles = {p.title: p for p in file_records(corpus, "岗位树.csv").profiles}
    assert set(profiles) == {"理货员", "闸口员"}, list(profiles)
    tally = profiles["理货员"]
    assert [d.text for d in tally.duties] == ["核对集装箱箱号与舱单信息", "记录残损箱并拍照留存", "填写理货单并交组长审核"]
    assert [q.text for q in tally.qualifications] == ["高中及以上学历", "持理货员岗位证书"]
    assert tally.reports_to == "理货组长" and profiles["闸口员"].reports_to == "闸口主管"
    # each item cites its own row
    assert tally.duties[1].span.line_start == 5


_INTERVIEW = [
    ("访谈岗位", "泊位调度员（生产科）"), ("所在部门", "生产科"),
    ("Q1", "请说说您每天的主要工作。"),
    ("", "早上先看船期表，排定当天的靠泊计划。然后协调拖轮和引航，船靠好后通知装卸队开工。"),
    ("Q2", "这个岗位需要什么学历和证书？"),
    ("", "一般要大专，港口相关专业，要有调度员上岗证。"),
]


def _interview_docx(path) -> None:  # type: ignore[no-untyped-def]
    import docx

    document = docx.Document()
    document.add_paragraph("岗位访谈记录")
    document.add_paragraph("访谈一")
    table = document.add_table(rows=len(_INTERVIEW), cols=2)
    for r, (a, b) in enumerate(_INTERVIEW):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    document.save(path)


def test_an_interview_record_gives_the_post_its_duties_and_requirements(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {})
    _interview_docx(corpus / "访谈记录.docx")
    profiles = {p.title: p for p in file_records(corpus, "访谈记录.docx").profiles}
    assert "访谈一" not in profiles and "泊位调度员" in profiles, list(profiles)
    post = profiles["泊位调度员"]
    assert any("靠泊计划" in d.text for d in post.duties) and any("拖轮" in d.text for d in post.duties), post.duties
    assert any("大专" in q.text for q in post.qualifications), post.qualifications
    assert not any("学历" in d.text for d in post.duties)  # (the question asks the requirements, not the work)


_WORD_HTML = """<html><head><meta name=Generator content="Microsoft Word 15"><title>招聘公告</title></head><body>
<p class=MsoTitle>港务公司2025年招聘公告</p>
<p class=MsoNormal>一、招聘岗位及条件</p>
<table class=MsoTableGrid border=1>
<tr><td><p class=MsoNormal>岗位名称</p></td><td><p class=MsoNormal>学历</p></td><td><p class=MsoNormal>其他条件</p></td></tr>
<tr><td><p class=MsoNormal>理货员</p></td><td><p class=MsoNormal>高中及以上</p></td><td><p class=MsoNormal>持理货员岗位证书</p></td></tr>
<tr><td><p class=MsoNormal>闸口员</p></td><td><p class=MsoNormal>中专及以上</p></td><td><p class=MsoNormal>能适应倒班</p></td></tr>
</table>
<p class=MsoNormal>二、岗位职责</p>
<p class=MsoNormal>（一）理货员：1.核对集装箱箱号与舱单信息；2.记录残损箱并拍照留存；3.填写理货单。</p>
<p class=MsoNormal>（二）闸口员：查验进出港车辆单证，登记车辆进出时间。</p>
</body></html>"""

_MANUAL = """# 闸口主管岗位手册

> 编制：作业部　　版本：2025-02　　适用：各闸口在岗主管

## 1 岗位定位

闸口主管隶属码头作业部，直接上级为作业部经理。

## 2 工作职责

1. 排定闸口班次并检查到岗。
2. 处理车辆单证异常。

## 3 班组配置

### 3.1 闸口员（每班3人，向闸口主管负责）

(1) 查验进出港车辆单证；
(2) 登记车辆进出时间。

### 3.2 理货员

略。

## 4 附则

本手册自发布之日起执行。
"""


def test_word_web_pages_manuals_and_lists_by_post(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"招聘公告.html": _WORD_HTML, "闸口主管岗位手册.md": _MANUAL})
    # a Word page's table (each cell a <p>), then "（一）理货员：1.…；2.…" under 岗位职责: each post's list
    posted = {p.title: p for p in file_records(corpus, "招聘公告.html").profiles}
    assert set(posted) == {"理货员", "闸口员"}, list(posted)
    assert [d.text for d in posted["理货员"].duties] == ["1.核对集装箱箱号与舱单信息;", "2.记录残损箱并拍照留存;", "3.填写理货单。"]
    assert posted["理货员"].fields["education"].text == "高中及以上" and posted["闸口员"].duties
    # a post's manual: its duties are the list under its own heading, not the notes under the title
    manual = {p.title: p for p in file_records(corpus, "闸口主管岗位手册.md").profiles}
    head = manual["闸口主管"]
    assert [d.text for d in head.duties] == ["1.排定闸口班次并检查到岗。", "2.处理车辆单证异常。"], head.duties
    # "3.1 闸口员（每班3人，向闸口主管负责）": a post with a note on its place; "4 附则" is none of its
    gate = manual["闸口员"]
    assert [d.text for d in gate.duties] == ["(1)查验进出港车辆单证;", "(2)登记车辆进出时间。"], gate.duties


def _kpi_book(path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "作业部"
    ws.append(["考核对象", "指标名称", "权重", "目标值"])
    ws.append(["理货员（2项指标，权重合计100%）"])
    ws.append([None, "理货差错次数", 0.6, "0次"])
    ws.append([None, "理货单按时提交率", 0.4, "100%"])
    ws.append(["闸口员（2项指标，权重合计100%）"])
    ws.append([None, "单证查验差错率", 0.5, "≤0.1%"])
    ws.append([None, "车辆通行平均时长", 0.5, "≤3分钟"])
    side = wb.create_sheet("管理层")
    side.append(["岗位：作业部经理", None, None, None, "岗位：闸口主管"])
    side.append(["指标名称", "权重", "目标值", None, "指标名称", "权重", "目标值"])
    side.append(["码头吞吐量完成率", 0.5, "≥100%", None, "闸口拥堵投诉次数", 0.6, "≤2次"])
    side.append(["安全事故次数", 0.5, "0起", None, "闸口班次到岗率", 0.4, "100%"])
    wb.save(path)


_NOTICE = """港务公司关于开展内部竞聘的通知

一、竞聘岗位
竞聘岗位一：调度主管（1名，一号码头、二号码头各轮值半年）
岗位职责：1.编制每日作业计划；2.协调拖轮和引航。
竞聘岗位二：安全员（2名）
岗位职责：1.每日巡查码头作业现场；2.组织班前安全教育。

附件

作业部考核细则（月度，满分100分）
1．作业计划兑现率：目标值≥95%，60分；每低1个百分点扣2分。
2．安全事故次数：目标值0起，40分；发生1起本项不得分。
"""


def test_kpi_rows_under_their_posts_and_a_notice_numbering_its_posts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"竞聘通知.txt": _NOTICE})
    _kpi_book(corpus / "考核指标库.xlsx")
    kpis = file_records(corpus, "考核指标库.xlsx").kpis
    owners = {k.name: k.roles for k in kpis}
    # a row naming the post and its count of rows heads the rows under it
    assert owners["理货差错次数"] == ["理货员"] and owners["单证查验差错率"] == ["闸口员"], owners
    # two tables side by side on one sheet, each under its own post
    assert owners["码头吞吐量完成率"] == ["作业部经理"] and owners["闸口拥堵投诉次数"] == ["闸口主管"], owners
    assert {k.name: k.weight for k in kpis}["闸口拥堵投诉次数"] == 60
    notice = file_records(corpus, "竞聘通知.txt")
    posts = {p.title: p for p in notice.profiles}
    assert set(posts) == {"调度主管", "安全员"}, list(posts)  # ("附件" is a part of the notice, no post)
    assert len(posts["调度主管"].duties) == 2 and len(posts["安全员"].duties) == 2
    # points adding up to the full 100 are the indicators' weights
    assert {k.name: k.weight for k in notice.kpis} == {"作业计划兑现率": 60, "安全事故次数": 40}


_BOARD = """<html><body><h2>管理人员公示牌</h2>
<div class="card">
<p class="post">理货组长</p>
<p class="name">王海</p>
<p class="tel">监督电话：0574-1234501</p>
<ul><li>安排每班理货人员并检查到岗情况</li><li>审核当班理货单并在系统中签字确认</li><li>处理船方与货方的理货争议</li></ul>
</div>
<div class="card">
<p class="post">闸口主管</p>
<p class="name">李娜</p>
<p class="tel">监督电话：0574-1234502</p>
<ul><li>排定闸口班次并检查到岗情况</li><li>处理进出港车辆的单证异常</li><li>统计每日进出车辆并上报作业部</li></ul>
</div>
</body></html>"""

_SPEC = """港务公司岗位说明书（2025版）

一、理货员
学历：高中及以上。
班次：早班7:00-15:00、晚班15:00-23:00；
夜间作业窗口24小时轮值
工作职责：
1. 核对集装箱箱号与舱单信息。
2. 记录残损箱并拍照留存。

附件：2019版理货员岗位说明书（已废止）
学历：初中及以上。
职责：抄录箱号。
"""


def test_signboard_cards_and_a_void_old_version(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"公示牌.html": _BOARD, "岗位说明书.txt": _SPEC})
    # a signboard's card: the post, the holder's name and phone, then the post's duties
    cards = {p.title: p for p in file_records(corpus, "公示牌.html").profiles}
    assert [d.text for d in cards["闸口主管"].duties] == ["排定闸口班次并检查到岗情况", "处理进出港车辆的单证异常", "统计每日进出车辆并上报作业部"], cards
    assert "王海" not in cards and len(cards["理货组长"].duties) == 3
    spec = {p.title: p for p in file_records(corpus, "岗位说明书.txt").profiles}
    # a shift's note naming a time is no post; the old version in the appendix is none of the post's
    assert set(spec) == {"理货员"}, list(spec)
    tally = spec["理货员"]
    assert len(tally.duties) == 2 and not any("抄录" in d.text for d in tally.duties), tally.duties
    assert "初中" not in " ".join(q.text for q in tally.qualifications)


def test_which_indicators_listed_is_no_design_and_a_teams_size_no_age() -> None:
    from assistant.answer.understand import IntentClassifier
    from assistant.lexicon import load_lexicon

    classifier = IntentClassifier(load_lexicon(None))
    classify = classifier.classify
    assert "age" not in classifier.attributes("他要带过多大的团队")  # the size of a team, no age
    assert classifier.attributes("护林员年龄多大") == ["age"]
    assert classify("审计部这边考核哪些KPI，帮我列列")[0].value == "kpi"  # which there are, listed
    assert classify("帮我给审计部设计一套KPI")[0].value == "kpi_design"
    assert classify("给人力资源部列一下考核指标，4个就行")[0].value == "kpi_design"  # a count asked: drafted


def _ledger_book(path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["岗位", "指标名称", "权重", "评分标准"])
    ws.append(["港务会计", "月底结帐处理", "40%", "耽误一次得0分"])
    ws.append(["港务会计", "费用报销审核差错率", "60%", "错一次扣10分"])
    wb.save(path)


def test_an_indicator_named_by_its_head_in_another_spelling(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "ledger62", {}, write=lambda c: _ledger_book(c / "会计考核.xlsx"))
    chat = Conversation()
    services.chat.ask("港务会计的KPI有哪些", chat)
    # "结账" written 结帐 in the sheet, the name's head and a pointer word: that indicator's card
    card = services.chat.ask("月底结账那项是怎么打分的", chat)
    assert "耽误一次得0分" in card.text and "费用报销" not in card.text, card.text


_RULES = """港务公司调度室管理制度

第一章　总则
第一条　为规范调度室工作，制定本制度。

第二章　调度室人员职责
第二条　调度室主任全面负责调度室工作，组织编制月度作业计划。
第三条　值班调度员在调度室主任领导下工作，每两小时核对一次泊位动态。
第四条　统计员负责汇总每日吞吐量并于次日9时前上报。
"""


def test_a_units_staff_duties_given_article_by_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"调度室管理制度.txt": _RULES})
    posts = {p.title: p for p in file_records(corpus, "调度室管理制度.txt").profiles}
    # each article's subject is a post of the unit: that post's duty (and its superior, said there)
    assert {"调度室主任", "值班调度员", "统计员"} <= set(posts), list(posts)
    assert ["每两小时" in d.text for d in posts["值班调度员"].duties] == [True], posts["值班调度员"].duties
    assert posts["值班调度员"].reports_to == "调度室主任"
    assert not any("吞吐量" in d.text for d in posts["调度室主任"].duties)


def test_a_detail_of_a_post_given_by_a_units_article(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    posting = "港务公司招聘启事\n\n岗位名称：值班调度员\n任职要求：\n1. 大专及以上学历。\n2. 持调度员上岗证。\n"
    services = indexed_services(tmp_path_factory, settings_factory, "rules62", {"调度室管理制度.txt": _RULES, "招聘启事.txt": posting})
    chat = Conversation()
    services.chat.ask("值班调度员的招聘条件", chat)
    # a detail of its work asked after the post: the article of the unit's rules that gives it
    often = services.chat.ask("那他多久核对一次泊位动态", chat)
    assert not often.refused and "每两小时" in often.text, often.text
