"""Round 60, written here from scratch for a bus company, a library, a bookstore chain, a logistics park,
a water park and a print shop (the blind testers wrote a hotel group and a property manager): indicator
cards of two label-value pairs a row, a long table of one requirement a row, a careers page whose labels
are only in its style sheet, posts of no usual title ending, shift tables of duties, a justified label,
a contract's party labels, a running footer, a grouped header over facts, and answers around them."""

from __future__ import annotations

from _answer_support import file_records, indexed_services


def _cards(corpus) -> None:  # type: ignore[no-untyped-def]
    """A bus company's KPI cards: one card of five rows a indicator, two label-value pairs a row, and a
    sheet of the weights under numbered columns."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "运营部"
    ws.append(["运营部 KPI 指标卡（2025年度）", None, None, None])
    ws.append([None, None, None, None])
    cards = [("正点率", "40%", "公交驾驶员、调度员", "月度", "准点发车班次÷计划班次×100%", "≥95%", "智能调度系统"),
             ("安全行驶里程", "35%", "公交驾驶员、调度员", "季度", "无责任事故行驶公里数", "≥5万公里", "安全台账"),
             ("乘客投诉次数", "25%", "公交驾驶员、调度员", "月度", "经核实的有效投诉次数", "≤1次", "客服热线")]
    for n, (name, weight, posts, period, formula, target, source) in enumerate(cards, 1):
        top = ws.max_row + 1
        ws.append([f"指标卡 YY-0{n}", None, None, None])
        ws.append(["指标名称", name, "权重", weight])
        ws.append(["适用岗位", posts, "考核周期", period])
        ws.append(["计算公式", formula, None, None])
        ws.append(["目标值", target, "数据来源", source])
        ws.append([None, None, None, None])
        ws.merge_cells(f"A{top}:D{top}")
        ws.merge_cells(f"B{top + 3}:D{top + 3}")
    sums = wb.create_sheet("权重汇总")
    sums.append(["部门", "适用岗位", "指标数", "指标1", "指标2", "指标3", "权重合计"])
    sums.append(["运营部", "公交驾驶员、调度员", 3, 0.4, 0.35, 0.25, "=SUM(D2:F2)"])
    wb.save(corpus / "KPI指标卡.xlsx")


def test_indicator_cards_of_two_label_pairs_a_row(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _cards(tmp_path)
    entries = file_records(tmp_path, "KPI指标卡.xlsx").kpis
    named = {e.name: e for e in entries}
    assert set(named) == {"正点率", "安全行驶里程", "乘客投诉次数"}, set(named)  # (no "40%" of the weights sheet)
    punctual = named["正点率"]
    assert punctual.weight == 40 and punctual.target == "≥95%" and "准点发车" in (punctual.formula or ""), punctual
    assert punctual.roles == ["公交驾驶员", "调度员"], punctual.roles


_LONG = """岗位编码,岗位名称,资格要素,具体要求,类别
TS-01,图书管理员,学历,大专及以上,必备
TS-01,图书管理员,专业,图书情报、档案管理相关专业,优先
TS-01,图书管理员,技能,熟悉中图法分类和编目规则,必备
TS-02,活动策划专员,学历,本科及以上,必备
TS-02,活动策划专员,经验,2年以上活动策划经验,必备
"""


def test_a_long_table_of_one_requirement_a_row(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "任职资格要素表.csv").write_text(_LONG, encoding="utf-8")
    profiles = file_records(tmp_path, "任职资格要素表.csv").profiles
    assert [p.title for p in profiles] == ["图书管理员", "活动策划专员"], [p.title for p in profiles]
    librarian = profiles[0]
    texts = [q.text for q in librarian.qualifications]
    assert len(texts) == 3 and any("中图法" in t for t in texts) and any("大专" in t for t in texts), texts


_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>加入书香</title>
<style>.tags span::before{content:attr(data-label) '：';color:#999}</style></head><body>
<h1>书香书店招聘</h1>
<div class="job"><h3>图书导购员</h3>
<div class="tags"><span data-label="工作地点">南京新街口店</span> <span data-label="部门">门店运营部</span> <span data-label="月薪">5K-6K</span></div>
<h5>你的工作</h5><ol><li>为读者推荐图书并解答咨询</li><li>整理书架和新书上架</li></ol>
<h5>我们期待</h5><ul><li>热爱阅读</li><li>大专及以上学历</li></ul></div>
<div class="job"><h3>采购</h3>
<div class="tags"><span data-label="工作地点">总部</span> <span data-label="部门">商品中心</span> <span data-label="月薪">8K-10K</span></div>
<h5>你的工作</h5><ol><li>与出版社谈判进货折扣</li><li>根据销售数据制定补货计划</li></ol>
<h5>我们期待</h5><ul><li>本科及以上学历</li><li>2年以上图书采购经验</li></ul></div>
</body></html>"""


def test_labels_a_style_sheet_writes_from_attributes_and_a_card_of_no_usual_ending(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "加入书香.html").write_text(_PAGE, encoding="utf-8")
    cards = {p.title: p for p in file_records(tmp_path, "加入书香.html").profiles}
    assert set(cards) == {"图书导购员", "采购"}, set(cards)
    guide, buyer = cards["图书导购员"], cards["采购"]
    # "工作地点：南京新街口店" as the page shows it, from data-label; "你的工作" heads duties, "我们期待" requirements
    assert guide.fields["location"].text == "南京新街口店" and guide.fields["department"].text == "门店运营部", guide.fields
    assert len(guide.duties) == 2 and any("大专" in q.text for q in guide.qualifications), guide
    assert buyer.fields["department"].text == "商品中心" and len(buyer.duties) == 2, buyer


def _park(corpus) -> None:  # type: ignore[no-untyped-def]
    """A water park's handbook: numbered posts, one of no usual title ending; a shift table of duties."""
    import docx

    d = docx.Document()
    for line in ["水上乐园岗位手册", "第一章 运营部", "1.1 运营经理", "运营经理是运营部的负责人，直接向总经理汇报。", "主要职责：",
                 "（1）制定每日开园计划。", "（2）组织安全演练。", "1.2 检票", "检票隶属运营部，直接上级为运营经理。乐园实行两班制，各班次工作如下表："]:
        d.add_paragraph(line)
    table = d.add_table(rows=4, cols=3)
    for r, row in enumerate([("班次", "时间", "主要工作"), ("早班", "08:30-14:00", "开园前检查闸机；核验入园票据"),
                             ("晚班", "14:00-21:00", "统计当日入园人数；闭园后清场"), ("各班通用", "—", "引导游客有序排队")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for line in ["上岗条件：", "· 高中及以上学历；", "· 能适应户外工作。", "1.3 救生员", "救生员隶属运营部，向运营经理汇报。",
                 "◆ 在指定岗位瞭望水面。", "◆ 发现溺水立即施救。", "◆ 每日开园前检查救生器材。", "要求：持游泳救生员证。"]:
        d.add_paragraph(line)
    d.save(corpus / "岗位手册.docx")


def test_a_post_of_no_usual_ending_among_numbered_posts_and_its_shift_table(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _park(tmp_path)
    posts = {p.title: p for p in file_records(tmp_path, "岗位手册.docx").profiles}
    assert set(posts) == {"运营经理", "检票", "救生员"}, set(posts)
    checker = posts["检票"]
    assert checker.fields["reports_to"].text == "运营经理", checker.fields
    duties = [d.text for d in checker.duties]
    # each shift's duties, under the shift (its hours said of it); the shift names are no duties
    assert any("闸机" in t for t in duties) and any("清场" in t for t in duties) and len(duties) == 5, duties
    assert not any(t in ("早班", "晚班", "各班通用") for t in duties), duties
    assert {d.heading for d in checker.duties} >= {"早班", "晚班"}, [d.heading for d in checker.duties]
    assert any("高中" in q.text for q in checker.qualifications), checker.qualifications
    # the ◆ lines after the next post's facts are its duties, not requirements
    guard = posts["救生员"]
    assert len(guard.duties) == 3 and any("救生员证" in q.text for q in guard.qualifications), guard


_GUIDE = """# 夜班值守工作指引（V2.0）

## 一、值守岗位信息

| 项目 | 说明 |
| --- | --- |
| 所属部门 | 安保部 |
| 直接上级 | 安保主管 |
| 学历 | 高中及以上 |

## 二、值守工作流程

1. 22:00 巡查仓库门窗并上锁。
2. 02:00 查看监控并填写值班记录。
"""

_TEXT = """物流园装卸部岗位职责
文件编号：WL-ZX-03

◎ 叉车司机
　　所属部门　　装卸部
　　直接上级　　装卸组长
　　班　　次　　两班倒

　　工作职责：
　　（1）按指令装卸货物。
　　（2）每班检查叉车制动。
WL-ZX-03 装卸部岗位职责 第1页
"""

_LETTER = """安全岗位责任书
责任书一
甲方：顺达物流园
乙方岗位：消防值班员
乙方所属部门：安保部（消控室），直接上级为安保主管。
一、乙方岗位责任
第一条 24小时值守消控室。
第二条 接到报警后3分钟内到场确认。
"""


def test_a_post_and_its_facts_heading_a_justified_label_a_contract_party_and_a_footer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "夜班值守工作指引.md").write_text(_GUIDE, encoding="utf-8")
    (tmp_path / "装卸部岗位职责.txt").write_text(_TEXT, encoding="utf-8")
    (tmp_path / "安全岗位责任书.txt").write_text(_LETTER, encoding="utf-8")
    # "值守岗位信息": the post 值守, then the heading of its facts; "值守工作流程" its duties
    guide = file_records(tmp_path, "夜班值守工作指引.md").profiles
    assert [p.title for p in guide] == ["值守"] and guide[0].fields["reports_to"].text == "安保主管", guide
    assert len(guide[0].duties) == 2, guide[0].duties
    # "班　　次　　两班倒": a label spaced out to the others' width, no post; the footer is no requirement
    text = file_records(tmp_path, "装卸部岗位职责.txt").profiles
    assert [p.title for p in text] == ["叉车司机"] and len(text[0].duties) == 2, text
    assert not any("第1页" in q.text for q in text[0].qualifications), text[0].qualifications
    # "乙方岗位：…", "乙方所属部门：…，直接上级为…。": the party signing for the post is the post
    letter = {p.title: p for p in file_records(tmp_path, "安全岗位责任书.txt").profiles}
    duty = letter["消防值班员"]
    assert duty.fields["department"].text == "安保部(消控室)" and duty.fields["reports_to"].text == "安保主管", duty.fields
    assert len(duty.duties) == 2, duty.duties


def _staffing(corpus) -> None:  # type: ignore[no-untyped-def]
    """A print shop's staffing sheet: "基本信息" merged over its facts, "月薪" over two cities."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["岗位", "基本信息", None, None, "月薪（元）", None])
    ws.append([None, "直接上级", "最低学历", "必备证书", "广州", "佛山"])
    ws.append(["印刷机长", "生产主管", "中专", "特种设备作业证", "8000-10000", "7000-9000"])
    ws.append(["装订工", "生产主管", "初中", "—", "4500-5500", "4000-5000"])
    for ref in ("B1:D1", "E1:F1", "A1:A2"):
        ws.merge_cells(ref)
    wb.save(corpus / "岗位编制.xlsx")


def test_a_grouped_header_over_facts_and_over_cities(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _staffing(tmp_path)
    posts = {p.title: p for p in file_records(tmp_path, "岗位编制.xlsx").profiles}
    printer = posts["印刷机长"]
    assert printer.fields["reports_to"].text == "生产主管" and printer.fields["education"].text == "中专", printer.fields
    assert printer.fields["certificate"].text == "特种设备作业证", printer.fields
    # each city's pay under its own name
    assert "广州" in printer.fields["pay"].text and "佛山" in printer.fields["pay"].text, printer.fields["pay"]


_HANDBOOK = """顺达物流园岗位说明书

一、仓储部经理
仓储部经理直接向园区总经理汇报。
岗位职责：
1．制定仓储部年度工作计划。
2．审核库存盘点结果。

二、仓储部主管
仓储部主管对仓储部经理负责。
岗位职责：
1．安排仓管员排班。
2．检查库区5S。

三、人力资源专员
所属部门：人力资源部
岗位职责：
1．办理员工入离职手续。
2．组织新员工培训。

四、快递员
所属部门：配送部
直接上级：配送主管
岗位职责：
1．按时揽收快件。
2．派送快件并取回签收单。
快递员的工作内容：
1．每日晨会领取派件清单。
2．维护片区客户关系。
3．按要求填写派件跟踪表。
4．月底核对派件数量。

五、分拣员
所属部门：配送部
岗位职责：
1．按流向分拣包裹。
2．扫描录入运单。

六、考核办法
仓储部经理的考核指标设置及分值：
（1）库存准确率：40分
（2）发货及时率：30分
（3）安全事故：30分
"""

_RULES = """顺达物流园员工手册
第一条 考勤：员工每日打卡两次，迟到每次扣款20元。
第二条 请假须经直接上级审批。
第三条 周转率是指一定时期内货物出库量与平均库存量之比；库容率是指已用库位与总库位之比。
"""

_NOTICE = """关于调整快递员汇报关系的通知
经研究决定，自2025年3月1日起，各站点快递员改为向站点经理汇报，不再向配送主管汇报。
"""


def test_answers_around_units_lists_changes_and_indicators(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation
    from assistant.models import Intent

    services = indexed_services(tmp_path_factory, settings_factory, "park60",
                                {"岗位说明书.txt": _HANDBOOK, "员工手册.txt": _RULES, "调整通知.txt": _NOTICE})
    ask = services.chat.ask
    # a unit's posts, listed by their departments
    listed = ask("配送部有哪些岗位", Conversation())
    assert "快递员" in listed.text and "分拣员" in listed.text and "人力资源专员" not in listed.text, listed.text
    # the 主管 of the unit just discussed, and the unit's post named after 的
    chat = Conversation()
    ask("仓储部经理管些什么", chat)
    below = ask("下面的主管又是对谁负责", chat)
    assert below.role == "仓储部主管" and not below.refused and "仓储部经理" in below.text, below.text
    assert ask("仓储部的主管日常要干嘛", Conversation()).role == "仓储部主管"
    # a unit's alias, 的, then the post's ending: the post
    assert ask("人资部的专员平时做什么", Conversation()).role == "人力资源专员"
    # how the documents set the indicators is asked, not a design of them
    scores = ask("仓储部经理的考核指标和分值是怎么定的", Conversation())
    assert scores.intent == Intent.kpi and "40分" in scores.text, scores.text
    # the list the follow-up names by its heading
    chat = Conversation()
    ask("快递员的工作内容包括哪些", chat)
    ask("他归谁管", chat)
    third = ask("工作内容第三点能细说一下吗", chat)
    assert "派件跟踪表" in third.text, third.text
    # a change for the post at every site leads (in force since its date)
    boss = ask("快递员现在归谁管", Conversation())
    assert boss.text.index("站点经理") < boss.text.index("配送主管"), boss.text
    # a perk no document names, nor any of its other names: not found
    assert ask("员工社保交多少比例", Conversation()).refused
    # a drafting verb of the lexicon after 给 and the post
    assert ask("给分拣员搞个考核表", Conversation()).intent == Intent.kpi_design


_ESSAY = """库存管理的几个指标

关键词：周转率；库容率；仓储绩效

周转率是指一定时期内出库量与平均库存量之比；库容率则是指已用库位与总库位之比。

一、周转率和库容率在仓储考核中的作用

很多仓库只看周转率，不看库容率，结果周转率和库容率此消彼长：周转率上去了，库容率却掉下来；库容率和周转率都要看，才知道仓库是不是既快又满。

二、如何提高周转率和库容率

提高周转率，要压缩呆滞库存；提高库容率，要优化库位。周转率、库容率两项指标应同时纳入仓储主管的考核，周转率和库容率的目标由公司每年核定。
"""


def test_a_sentence_defining_the_asked_terms_ranks_first(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    services = indexed_services(tmp_path_factory, settings_factory, "essay60", {"库存指标.txt": _ESSAY})
    hits = services.search.search("周转率和库容率分别是什么意思", k=3)
    assert "周转率是指" in hits[0].chunk.text, [h.chunk.text for h in hits]


def test_words_a_link_or_a_demonstrative_makes_with_its_neighbour_are_no_topic() -> None:
    from assistant.answer.compose import specific_feats

    df = {"和分": 3, "值是": 2, "这项": 4, "分值": 5, "务和": 1, "和维": 1}
    assert specific_feats("考核指标和分值是怎么定的", None, "考核指标", df) == {"分值"}
    assert "这项" not in specific_feats("这项指标怎么打分", None, "指标", df)
    # a quoted term keeps its own pairs
    assert {"务和", "和维"} <= specific_feats("“服务和维护”怎么打分", None, "", df)
