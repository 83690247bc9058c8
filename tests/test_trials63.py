"""Round 63, written here from scratch for a water utility, a cold-storage depot and a printing works (the blind
testers wrote an aircraft maintenance company and a grain reserve): a typed card with spaced labels and
lines cut at its width; meeting minutes counting a post's duties "一是…二是…"; KPI blocks stacked on one
sheet; a post's grade and the sheet's pay scale; a change request's diff; a posting's years column; a
collection's title; a box of facts over the duties; a void appendix; and answers around them."""

from __future__ import annotations

from _answer_support import file_records, indexed_services, written_corpus



_CARD = """\
============================================================
            清源水务有限公司  岗位档案卡  No.SW-07
============================================================
岗位名称......：水质化验员
所属部门......：水质检测中心
直接上级......：检测中心主任①
学    历......：大专及以上
专    业......：环境工程、分析化学相关专业
工作经验......：1年以上水质检测经验，有供水
                行业经验者优先
------------------------------------------------------------
主要职责：
  一、每日按规定频次采集出厂水和管网水样，完成浊度、余氯
      等常规指标检测；
  二、按国家生活饮用水卫生标准开展月度全分析，确保检测
      数据真实、准确；
  三、维护化验仪器，建立仪器使用和校准记录；
  四、负责化验废液的分类收集和交接。
------------------------------------------------------------

附：自2025年7月1日起，水质化验员直接上级调整为水质检测中心副主任。
注①：夜班期间接受值班长调度。
"""


def test_a_typed_card_with_spaced_labels_and_lines_cut_at_its_width(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"岗位档案卡.txt": _CARD}, encoding="gbk")
    (card,) = file_records(corpus, "岗位档案卡.txt").profiles
    fields = {k: f.text for k, f in card.fields.items()}
    # "学    历......：" is the label 学历; a line set under an entry's text is its rest
    assert fields["education"] == "大专及以上" and fields["major"].startswith("环境工程"), fields
    assert fields["experience"].endswith("行业经验者优先"), fields
    assert fields["reports_to"] == "检测中心主任", fields  # "①" marks a note below, no part of the boss
    duties = [d.text for d in card.duties]
    assert len(duties) == 4 and "余氯" in duties[0] and "准确" in duties[1], duties
    # the notice under the list, after a blank line, is no part of its last entry
    assert not any("直接上级" in d for d in duties), duties


_MINUTES = """\
2025年定岗定编专题会议纪要

时间：2025年3月5日；地点：公司三楼会议室；记录：人力资源部。
议题一：关于冷库设立叉车司机岗位。会议同意设立叉车司机岗位2名，具体职责由物流部另行拟定。
议题二：关于冷库理货员岗位。会议明确冷库理货员的职责为：一是负责入库货物的清点、验收和上架；二是每日巡查库温并填写温度记录；三是按先进先出原则拣货出库；四是每月配合财务盘点库存。冷库理货员直接上级为仓储主管。
要求高中及以上学历，持有冷库作业上岗证。
议题三：关于财务岗位。财务岗位说明书由财务部另行编制，本次会议不作讨论。
"""


def test_minutes_counting_a_posts_duties_in_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"会议纪要.txt": _MINUTES})
    posts = {p.title: p for p in file_records(corpus, "会议纪要.txt").profiles}
    # "会议明确冷库理货员的职责为：一是…；二是…": that post's duties, one by one
    assert "冷库理货员" in posts, list(posts)
    tally = posts["冷库理货员"]
    duties = [d.text for d in tally.duties]
    assert len(duties) == 4 and "清点" in duties[0] and "盘点" in duties[3], duties
    wants = [q.text for q in tally.qualifications]
    # "要求高中及以上学历，…" under the list is whom the post wants; the next topic of the minutes is not
    assert any("高中及以上" in w for w in wants) and not any("议题三" in w for w in wants), wants


def _stacked_kpis(path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "运营部"
    head = ["序号", "维度", "指标（计算公式）", "权重", "门槛值", "目标值", "挑战值", "数据来源"]
    ws.append(["运营部岗位KPI指标库（2025年度）"])
    ws.merge_cells("A1:H1")
    ws.append([])
    ws.append(["岗位：调度员　　考核人：运营部经理　　考核周期：月度"])
    ws.append(head)
    ws.append([1, "内部运营", "派车及时率\n（按时派车单数÷派车单总数×100%）", 0.4, "95%", "≥98%", "—", "调度系统"])
    ws.append([2, "客户", "客户投诉次数\n（有效投诉次数）", 0.3, "≤3次", "≤2次", "0次", "客服台账"])
    ws.append([3, "财务", "空驶率\n（空驶里程÷总里程×100%）", 0.3, "≤20%", "≤15%", "≤10%", "调度系统"])
    ws.append([None, None, "权重合计", "=SUM(D5:D7)"])
    ws.append([])
    ws.append(["岗位：叉车司机　　考核人：运营部经理　　考核周期：月度"])
    ws.append(head)
    ws.append([1, "内部运营", "装卸作业差错次数\n（差错次数）", 0.5, "1次", "0次", "0次", "仓库台账"])
    ws.append([2, "学习成长", "安全培训参训率\n（参训人次÷应参训人次×100%）", 0.5, "90%", "100%", "—", "培训记录"])
    ws.append([None, None, "权重合计", "=SUM(D12:D13)"])
    wb.save(path)


def test_kpi_blocks_stacked_on_one_sheet(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _stacked_kpis(corpus / "KPI指标库.xlsx")
    kpis = file_records(corpus, "KPI指标库.xlsx").kpis
    by_post: dict[str, list[str]] = {}
    for k in kpis:
        for post in k.roles:
            by_post.setdefault(post, []).append(k.name)
    # the header again under a 合计 row opens the next post's block, read like the first
    assert len(by_post.get("调度员", [])) == 3, by_post
    assert len(by_post.get("叉车司机", [])) == 2 and any("装卸作业差错" in n for n in by_post["叉车司机"]), by_post


def _staffing_book(path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "定编表"
    ws.append(["序号", "部门", "岗位", "定编人数"])
    ws.append([1, "仓储部", "冷库理货员", 6])
    ws.append([2, "仓储部", "冷库叉车司机", 4])
    ws.append([3, "财务部", "成本会计", 1])
    ws.append([])
    ws.append(["岗位", "岗位等级", "班次", "备注"])
    ws.append(["冷库理货员", "G5", "两班倒", "另享低温补贴"])
    ws.append(["冷库叉车司机", "G6", "两班倒", ""])
    ws.append(["成本会计", "G7", "常白班", ""])
    ws.append([])
    ws.append(["岗级薪酬对照（元/月；绩效另计）"])
    ws.merge_cells("A11:D11")
    ws.append(["岗位等级", "月薪下限", "月薪上限", "说明"])
    ws.append(["G5", 3800, 4800, ""])
    ws.append(["G6", 4200, 5600, ""])
    ws.append(["G7", 5000, 6800, ""])
    ws.append([])
    ws.append(["注：成本会计岗位薪酬待财务部定岗后另行核定，暂不适用上表。"])
    wb.save(path)


def test_a_posts_grade_gives_its_pay_and_a_pay_put_off(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "cold63", {}, write=lambda c: _staffing_book(c / "定岗定编及薪酬.xlsx"))
    # the post's row gives its grade; the sheet's scale gives that grade's pay
    driver = services.chat.ask("冷库叉车司机一个月多少钱", Conversation())
    assert not driver.refused and "G6" in driver.text and "4200" in driver.text and "5600" in driver.text, driver.text
    assert "3800" not in driver.text, driver.text  # no other grade's row
    # a note puts the pay off: that note is the answer, not the scale
    accountant = services.chat.ask("成本会计工资多少", Conversation())
    assert "另行核定" in accountant.text and "5000" not in accountant.text, accountant.text


_CHANGE = """\
# #57 岗位变更申请：调度员汇报关系调整

**状态**：已批准

## 变更内容

```diff
 岗位名称：调度员
 所属部门：运营部
- 直接上级：车队队长
+ 直接上级：运营部调度主管
 工作地点：城东冷链园区
```
"""

_POSTING = """\
需求编号,岗位,部门,学历,经验(年),岗位职责,任职要求补充
XQ-01,冷库理货员,仓储部,高中,2,①入库验收；②库温巡查,有冷链仓储经验者优先
"""


def test_a_diff_and_a_postings_years_column(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"变更申请.md": _CHANGE, "招聘需求.csv": _POSTING})
    (changed,) = file_records(corpus, "变更申请.md").profiles
    # the line a diff takes out is no longer said; the line it puts in is
    assert changed.fields["reports_to"].text == "运营部调度主管", changed.fields
    (posted,) = file_records(corpus, "招聘需求.csv").profiles
    # "经验(年) | 2": two years; "任职要求补充": more of its requirements, none of its duties
    assert posted.fields["experience"].text == "2年", posted.fields
    assert not any("优先" in d.text for d in posted.duties), [d.text for d in posted.duties]
    assert any("冷链仓储经验" in q.text for q in posted.qualifications), [q.text for q in posted.qualifications]


_COLLECTION = """\
清源水务泵站岗位说明书（2025版）
本说明书适用于全公司各加压泵站，经公司办公会审议通过，自2025年1月1日起执行。

清源水务　泵站岗位说明书（2025版）｜泵站值班员
岗位名称：泵站值班员
直接上级：泵站站长
岗位职责
1. 按时巡视机组，记录运行参数。
2. 发现设备异常立即报告站长。

清源水务　泵站岗位说明书（2025版）｜泵站站长
岗位名称：泵站站长
直接上级：运行部经理
岗位职责
1. 组织本站安全生产和值班安排。
2. 审核运行日志和设备缺陷记录。

附件　2019年版泵站值班员岗位说明（已废止，仅供对照）
岗位名称：值班工（2019年版）
直接上级：泵站班长
主要职责：负责泵房清扫；负责抄表。
"""


def test_a_collections_title_page_headers_and_a_void_appendix(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"泵站岗位说明书.txt": _COLLECTION})
    posts = {p.title: p for p in file_records(corpus, "泵站岗位说明书.txt").profiles}
    # the title over two posts' descriptions is no post (its line of where it applies is no duty);
    # the void appendix right under its heading is no post either
    assert set(posts) == {"泵站值班员", "泵站站长"}, list(posts)
    # "…说明书（2025版）｜泵站值班员": the page's header names the post, it is no other name of it
    assert not any("|" in a or "｜" in a for p in posts.values() for a in p.aliases), [p.aliases for p in posts.values()]


_BOXED = """\
定检车间岗位说明

一、管道焊工
管道焊工隶属维修车间，向车间主任汇报。
学历：中专及以上
经验：3年以上管道焊接经验
证书：特种作业操作证（焊接与热切割）
（一）按焊接工艺卡完成管道对接和补焊，填写焊接记录。
（二）焊后进行外观检查，配合探伤人员完成无损检测。
（三）保管和维护焊机及防护用品。
任职要求：中专及以上学历，持焊工证。
"""


def test_a_box_of_facts_over_the_duties(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"岗位说明.txt": _BOXED})
    (welder,) = file_records(corpus, "岗位说明.txt").profiles
    # the numbered list right after the facts, none of it a requirement, is what the post does
    duties = [d.text for d in welder.duties]
    assert len(duties) == 3 and "焊接工艺卡" in duties[0], duties
    assert not any("焊接工艺卡" in q.text for q in welder.qualifications), [q.text for q in welder.qualifications]


_DEPOT = {
    "岗位说明书.txt": """\
冷链物流中心岗位说明书

一、门卫安保
岗位职责：
1. 负责园区大门24小时值守，登记进出车辆。
2. 每两小时巡查一次库区围墙和冷库外围。
任职要求：
1. 高中及以上学历。
2. 持有保安员证。

二、安全环保专员
岗位职责：
1. 组织每日安全巡查，重点检查氨制冷机房。
2. 负责危险作业审批和现场监护。
任职要求：
1. 大专及以上学历，安全工程相关专业。
2. 3年以上安全管理经验。
培训大纲：略。

三、冷库理货员
岗位职责：
1. 负责入库货物的清点、验收和上架。
2. 每日巡查库温并填写温度记录。
任职要求：
1. 高中及以上学历。
2. 持有冷库作业上岗证，英语四级以上。
""",
    "会议纪要.txt": "议题四：关于库区门卫外包问题。会议认为库区门卫涉及食品安全，暂不外包。\n",
}


def test_titles_asked_another_way_and_parts_left_out(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "depot63", _DEPOT)
    ask = services.chat.ask
    # two characters in turn ("门卫保安" for 门卫安保), a generic title for the one post of its field, a
    # post only named in passing whose name ends in the head of a described one
    for question, post, said in (("门卫保安岗的职责是啥", "门卫安保", "值守"), ("安全员要什么条件", "安全环保专员", "安全管理经验"),
                                 ("库区门卫的岗位职责", "门卫安保", "值守")):  # fmt: skip
        answer = ask(question, Conversation())
        assert not answer.refused and answer.role == post and said in answer.text, (question, answer.text)
    # "培训大纲：略。" among the requirements: that part is there, its content is not
    outline = ask("安全环保专员的培训大纲有哪些内容", Conversation())
    assert outline.refused and "培训大纲" in outline.text and "没有写出具体内容" in outline.text, outline.text
    # a requirement asked right after a post, with a word of its own and "才行": of that post
    conv = Conversation()
    ask("冷库理货员平时干啥", conv)
    english = ask("英语得考过几级才行", conv)
    assert not english.refused and "四级" in english.text, english.text
    # a term no document writes, asked of no post: not answered from passages near its other words
    assert ask("APU滑油怎么加注", Conversation()).refused
    # "对英语和学历有啥讲究": the fact asked, and the post's lines on the other thing joined to it
    both = ask("冷库理货员对英语和学历有啥讲究", Conversation())
    assert "高中及以上" in both.text and "英语四级" in both.text, both.text


_TWO_SOURCES = {
    "岗位说明.txt": """\
冷链中心岗位说明

一、冷库理货员
岗位职责：
1. 负责入库货物的清点、验收和上架，核对温度记录。
2. 每日巡查库温并填写温度记录，异常时报告仓储主管。
3. 按先进先出原则拣货出库，复核出库单。
4. 每月配合财务盘点库存，处理盘点差异。
""",
    "招聘需求.csv": "岗位,部门,学历,岗位职责\n冷库理货员,仓储部,高中,①清点上架；②库温巡查；③拣货出库\n",
}


def test_an_item_numbered_on_over_two_sources(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "tally63", _TWO_SOURCES)
    conv = Conversation()
    listed = services.chat.ask("冷库理货员干些啥活", conv)
    shown = len(listed.items)
    assert shown >= 5, listed.text  # the first source's list, then what the other says beside it, numbered on
    last = services.chat.ask(f"第{shown}条具体啥意思", conv)
    assert not last.refused or "没有更详细的说明" in last.text, last.text
    assert "只有" not in last.text, last.text
    more = services.chat.ask("还有吗", conv)
    assert more.refused and "全部内容" in more.text, more.text
    # the source that says more comes first, not a requisition's three words
    assert "核对温度记录" in listed.items[0].text, listed.text
    # "说两条就行": two, the rest on "还有吗"
    conv = Conversation()
    two = services.chat.ask("冷库理货员最主要干啥，说两条就行", conv)
    assert len(two.items) == 2, two.text
    rest = services.chat.ask("还有吗", conv)
    assert not rest.refused and "先进先出" in rest.text, rest.text


_SCORECARD = """\
# 仓储主管绩效考核表

| 维度 | 指标 | 评分标准 | 权重 |
| --- | --- | --- | --- |
| 财务类(30%) | 仓储费用预算达成率 | 100%为5分 | 30% |
| 内部运营类(50%) | 库存准确率 | 99.5%为5分 | 35% |
| 内部运营类(50%) | 出库及时率 | 98%为5分 | 15% |
| 学习成长类(20%) | 员工培训完成率 | 100%为5分 | 12% |
| 学习成长类(20%) | 员工保有率 | 90%为5分 | 8% |
"""

_STANDARDS = """\
人事专员行为标准

1招聘管理
1.1根据用人部门需求发布招聘信息，组织面试。
1.2整理候选人档案。
2转正考核与异动管理
2.1组织新员工转正考核，拟定转正意见。
2.2办理员工调岗手续。
"""


def test_a_part_named_by_a_kpi_word_and_a_dimension_after_one_indicator(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "store63", {"仓储主管绩效考核表.md": _SCORECARD, "人事专员行为标准.txt": _STANDARDS})
    ask = services.chat.ask
    # "转正考核那块要做什么" of a post with no indicators: the part of its duties the words name
    part = ask("人事专员转正考核那块要做什么", Conversation())
    assert not part.refused and "拟定转正意见" in part.text and "组织面试" not in part.text, part.text
    # after one indicator's card, "学习成长类一共占多少" asks that part of the scorecard
    conv = Conversation()
    ask("仓储主管哪个指标权重最高", conv)
    card = ask("它的评分标准是啥", conv)
    assert "库存准确率" in card.text, card.text
    grown = ask("学习成长类一共占多少", conv)
    assert "员工培训完成率" in grown.text and "员工保有率" in grown.text, grown.text


_POSTINGS = """\
发布时间,公司,工作地点,职位名称,薪资,职位描述
2025-03-01,Moka（北京希瑞亚斯科技有限公司）,北京,前端开发工程师,15k-30k,"岗位需求
1. 熟悉React或Vue
2. 1年以上前端开发经验
工作内容
HR领域SaaS核心业务线前端开发"
2025-03-02,京东物流,北京,前端研发工程师,20k-35k,"岗位描述
参与物流供应链平台的前端研发
任职要求
- 3年以上前端开发经验
- 熟悉TypeScript
加分项
- 有开源作品
- 熟悉Node.js"
"""


def test_a_switch_by_a_part_of_a_companys_name_and_a_part_of_a_cell(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "posts63", {"招聘信息.csv": _POSTINGS})
    ask = services.chat.ask
    conv = Conversation()
    ask("京东物流的前端要几年经验", conv)
    described = ask("它的岗位描述是什么", conv)
    assert "供应链平台" in described.text, described.text
    # "换Moka那家的看看呢": the same question of that company's posting, named by a part of its name
    moka = ask("换Moka那家的看看呢", conv)
    assert not moka.refused and "SaaS" in moka.text and "供应链" not in moka.text, moka.text
    # "有哪些算加分的": the 加分项 part of the cell, not the whole list of requirements
    bonus = ask("京东物流前端有哪些算加分的", Conversation())
    assert "开源作品" in bonus.text and "TypeScript" not in bonus.text, bonus.text


_RULES_AND_CARDS = {
    "医保办岗位说明.txt": """\
医保办岗位说明

一、医保办专员
直接上级：医保办主任
任职要求：
1. 本科及以上学历，医学或会计相关专业。
2. 2年以上医保或财务工作经验。
岗位职责：
1. 每周抽查不少于30份在院病历的医保费用。
2. 每月5日前完成上月医保结算数据对账。
""",
    "客户经理.txt": """\
大客户经理岗位说明
任职要求：
1. 3年以上大客户销售经验。
2. 本科及以上学历。

薪酬改革建议
目前的保底工资制度已不再适宜大客户经理岗位的要求，借鉴同行大客户经理薪酬制度的经验，建议改为业绩工资。
""",
    "航材岗位说明.txt": """\
航材管理员
直接上级：航材部经理
工作地点：成都基地航材库，贵阳龙洞堡航线站航材库
岗位职责：
1. 办理航材收发料。
2. 每季度组织库存盘点。

附：2025年4月1日起，贵阳龙洞堡航线站航材管理员的直接上级调整为贵阳龙洞堡航线站站长，其他站点不变。
""",
}


def test_a_turn_off_the_topic_and_changes_for_a_clause_or_a_site(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "rules63", _RULES_AND_CARDS)
    ask = services.chat.ask
    conv = Conversation()
    ask("医保办专员的招聘条件", conv)
    ask("那他每周要抽查多少病历", conv)
    # a question of its own after them, which the knowledge base does not answer: not answered from the
    # passage just shown because the question before found it
    assert ask("医保住院报销比例是多少啊", conv).refused
    # "…已不再适宜…，借鉴…薪酬制度的经验": the change and 经验 in two clauses, no change of the experience
    years = ask("做大客户经理得干过几年", Conversation())
    assert "3年以上" in years.text and "调整" not in years.text, years.text
    # the site asked, written before the post: the change for that site leads
    site = ask("贵阳站的航材管理员上级是谁", Conversation())
    assert site.text.index("航线站站长") < site.text.index("航材部经理"), site.text


_ALLOWANCES = {
    "作业班次与考勤管理规定.txt": """\
冷链物流中心作业班次与考勤管理规定

第二条　公司实行以下班次：
　　（一）常白班：8:30—17:30，适用于统计员、成本会计等管理岗位；
　　（二）冷库轮班：冷库理货员实行两班倒，每班不超过12小时。
第五条　岗位津贴：
　　（一）冷库理货员、叉车司机享受低温作业津贴，每月300元；
　　（二）门卫享受夜班津贴，每个夜班40元。
""",
    "岗位说明.txt": """\
一、冷库理货员
岗位职责：
1. 负责入库货物的清点、验收和上架。
2. 每日巡查库温并填写温度记录。
""",
}


def test_a_perk_asked_by_name_and_an_indicator_with_its_formula_in_brackets(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    def book(corpus) -> None:  # type: ignore[no-untyped-def]
        _stacked_kpis(corpus / "KPI指标库.xlsx")

    services = indexed_services(tmp_path_factory, settings_factory, "perks63", _ALLOWANCES, write=book)
    # "有啥补贴没": the line naming an allowance (the post named with another), not its shift
    perk = services.chat.ask("冷库理货员有啥补贴没", Conversation())
    assert "低温作业津贴" in perk.text and "两班倒" not in perk.text, perk.text
    # "派车及时率（按时派车单数÷派车单总数×100%）": the indicator, its formula apart; asked by its name
    target = services.chat.ask("派车及时率目标定的多少", Conversation())
    assert "≥98%" in target.text and "调度员" in target.text, target.text


_DEPT_KPIS = """\
# 人力资源部KPI指标库

| 序号 | 维度 | 二级分类 | 指标名称 | 指标定义 | 计算公式 |
| --- | --- | --- | --- | --- | --- |
| 1 | 财务类 | 费用控制 | 招聘费用预算达成率 | 实际招聘费用与预算之比 | 实际费用/预算费用×100% |
| 2 | 财务类 | 费用控制 | 培训费用预算达成率 | 实际培训费用与预算之比 | 实际费用/预算费用×100% |
| 3 | 客户类 | 员工关系 | 员工满意度 | 员工对人力资源制度的满意度 | 满意度调查平均分 |
| 4 | 内部营运类 | 招聘管理 | 招聘空缺职位平均天数 | 空缺职位招到人的平均用时 | 总天数/空缺职位数 |
| 5 | 内部营运类 | 制度建设 | 制度书面化比率 | 书面化制度所占比例 | 书面化制度数/制度总数×100% |
| 6 | 财务类 | 费用控制 | 人工成本控制率 |  |  |
"""

_GOALS = """\
财务部经理岗位说明书

岗位名称：财务部经理
岗位工作目标
1、经营管理成本核算准确率100%；
2、财务报表准确率100%；
3、库存周转率小于期间额定标准；
4、无发生财务管理重大责任事故。
职责
1、组织编制年度财务计划。
2、审核各类费用报销。
"""


def test_indicators_picked_by_a_topic_and_a_list_named_by_its_heading(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "hrkpi63", {"人力资源部KPI指标库.md": _DEPT_KPIS, "财务部经理岗位说明书.txt": _GOALS})
    ask = services.chat.ask
    # "跟招聘相关的指标有哪些": the rows its words single out, as the sheet's rows
    hiring = ask("人力资源部跟招聘相关的指标有哪些", Conversation())
    assert "招聘费用预算达成率" in hiring.text and "招聘空缺职位平均天数" in hiring.text, hiring.text
    assert "员工满意度" not in hiring.text and "制度书面化比率" not in hiring.text, hiring.text
    # an indicator whose definition is blank: asked how it is defined, said to be unstated
    blank = ask("人工成本控制率怎么定义的", Conversation())
    assert "没有写明" in blank.text, blank.text
    # "岗位工作目标是什么": the post's list under that heading, whole
    goals = ask("财务部经理的岗位工作目标是什么", Conversation())
    assert len(goals.items) == 4 and "库存周转率" in goals.text, goals.text
