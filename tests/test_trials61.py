"""Round 61, written here from scratch for a car park operator (the blind testers wrote an insurer and a
telecom operator): a list in parts asked one part at a time, and answers around it."""

from __future__ import annotations

from _answer_support import file_records, indexed_services

_PARK = """# 停车场岗位手册

## 收费员

收费员隶属停车管理部，直接上级为停车场主管。停车场实行两班制，各班次工作如下：

| 班次 | 时间 | 主要工作 |
| --- | --- | --- |
| 白班 | 07:00-19:00 | 核对入场车辆信息；办理月卡续费 |
| 晚班 | 19:00-07:00 | 巡查车位并记录异常；收取夜间临停费用 |
| 各班通用 | — | 保持岗亭整洁；交班时清点票款 |

## 巡场员

巡场员直接上级为停车场主管。

### 岗位职责

1. 引导车辆有序停放。
2. 发现消防通道占用及时处理。
"""


def test_a_list_in_parts_asked_one_part_at_a_time(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "park61", {"岗位手册.md": _PARK})
    ask = services.chat.ask
    chat = Conversation()
    day = ask("收费员白班主要干些啥", chat)
    assert "月卡续费" in day.text and "夜间临停" not in day.text and "晚班" in day.text, day.text  # (the others named)
    night = ask("那晚班呢", chat)
    assert night.role == "收费员" and "夜间临停" in night.text and "月卡续费" not in night.text, night.text
    # a part of the same kind the list has not: said so, and the whole list shown
    split = ask("那中班呢", chat)
    assert "没有单列「中班」" in split.text and "夜间临停" in split.text and "月卡续费" in split.text, split.text
    # the post's whole list when no part is named
    whole = ask("收费员的职责有哪些", Conversation())
    assert "月卡续费" in whole.text and "夜间临停" in whole.text and "岗亭" in whole.text, whole.text


_SPEECHES = """地铁运营分公司竞聘演讲稿汇编

演讲稿一

大家好!我竞聘的岗位是值班站长。我叫,从年开始在运营分公司工作,先后担任站务员、客运值班员。

下面谈谈我对这一职位的理解

职位主要负责车站当班期间的客运组织、安全检查和应急处置,带领当班人员完成交接班。

工作设想方面

我将加强学习,提高应急处置水平。
"""

_POSTS = """站务员岗位说明书

岗位名称：站务员
所属部门：客运部
岗位职责：
1. 负责售票和票务咨询。
2. 负责站台巡视。
任职要求：
1. 中专及以上学历。
2. 有1年以上地铁工作经验者优先。
薪资：4500-5500元/月
"""


def test_a_post_a_speech_names_once_then_calls_the_post(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "metro61",
                                {"竞聘演讲稿.txt": _SPEECHES, "站务员.txt": _POSTS})
    ask = services.chat.ask
    # the speech names 值班站长 first, then calls it "职位": what it says the post does is about it
    duty = ask("值班站长主要负责哪些工作", Conversation())
    assert not duty.refused and "客运组织" in duty.text, duty.text
    # a word naming who asks ("应届生") is no fact asked beside the pay
    pay = ask("站务员应届生给多少工资", Conversation())
    assert pay.attribute == "pay" and "4500" in pay.text, pay.text
    assert ask("站务员应届生能投吗", Conversation()).attribute == "experience"
    # (in a clause of its own it asks on its own)
    both = ask("站务员要什么学历，没经验的能不能做", Conversation())
    assert "中专" in both.text and "1年以上" in both.text, both.text


_PARTS = """社区图书馆岗位说明书
岗位名称：馆务助理
工作职责:
时间分配
主要职责
职责描述
业绩衡量标准
20 %
协助馆长制定年度阅读推广计划
收集读者借阅数据
略
编写季度阅读推广方案
60 %
日常借还与读者服务
办理图书借还及续借手续
略
解答读者咨询
整理归位当日还书
20 %
馆舍安全与设备
开馆前检查消防通道
每月盘点自助借还设备
"""


def test_a_flat_table_of_parts_with_their_share_of_time(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "library61", {"馆务助理.txt": _PARTS})
    ask = services.chat.ask
    # each part's title heads its lines (its share of the time said of it); no title is a duty
    whole = ask("馆务助理的职责有哪些", Conversation())
    assert "日常借还与读者服务（时间分配：60 %）" in whole.text, whole.text
    assert not any(i.text.startswith("日常借还与读者服务") for i in whole.items), [i.text for i in whole.items]
    # a part asked by its share, by its place, and by its place in a follow-up
    share = ask("馆务助理60%的时间花在哪些工作上", Conversation())
    assert "办理图书借还" in share.text and "消防通道" not in share.text, share.text
    chat = Conversation()
    ask("馆务助理主要做啥", chat)
    third = ask("第三大块具体包括啥", chat)
    assert "消防通道" in third.text and "办理图书借还" not in third.text, third.text
    second = ask("第二部分具体讲讲", chat)
    assert "办理图书借还" in second.text and "消防通道" not in second.text, second.text


def _network(corpus) -> None:  # type: ignore[no-untyped-def]
    """A water utility's duty table (post merged down over its modules, a 工作标准 and a 频次 column), and a
    requirements table whose certificate cells hold small tables."""
    import docx

    d = docx.Document()
    d.add_paragraph("管网运维中心岗位职责与工作标准")
    rows = [("抢修班", "管网抢修工", "爆管抢修", "接到抢修指令后赶赴现场关阀止水", "30分钟内到场，4小时内恢复供水", "按需"),
            ("抢修班", "管网抢修工", "设备保养", "保养抢修车辆及开挖设备", "保养记录完整", "每周"),
            ("巡线班", "管网巡线员", "日常巡线", "徒步巡查主干管及阀门井", "发现隐患当日上报", "每日"),
            ("巡线班", "管网巡线员", "资料维护", "更新阀门台账并拍照留存", "台账与现场一致", "每月")]
    t = d.add_table(rows=1 + len(rows), cols=6)
    for j, h in enumerate(["专业室", "岗位", "职责模块", "工作内容", "工作标准", "频次"]):
        t.cell(0, j).text = h
    for i, row in enumerate(rows, 1):
        for j in range(2, 6):
            t.cell(i, j).text = row[j]
    for col in (0, 1):
        for top in (1, 3):
            merged = t.cell(top, col).merge(t.cell(top + 1, col))
            merged.text = rows[top - 1][col]
    d.add_paragraph("二、任职条件")
    q = d.add_table(rows=3, cols=3)
    for j, h in enumerate(["岗位", "学历", "证书要求"]):
        q.cell(0, j).text = h
    for i, (post, edu, certs) in enumerate([("管网抢修工", "中专及以上", [("焊工证", "必备"), ("有限空间作业证", "必备")]),
                                            ("管网巡线员", "高中及以上", [("C1驾驶证", "优先")])], 1):
        q.cell(i, 0).text, q.cell(i, 1).text = post, edu
        cell = q.cell(i, 2)
        cell.text = ""
        inner = cell.add_table(rows=1 + len(certs), cols=2)
        inner.cell(0, 0).text, inner.cell(0, 1).text = "证书名称", "要求"
        for k, (name, need) in enumerate(certs, 1):
            inner.cell(k, 0).text, inner.cell(k, 1).text = name, need
    d.save(corpus / "管网运维岗位职责.docx")


def test_a_duty_table_merged_down_its_posts_and_certificates_in_small_tables(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _network(tmp_path)
    profiles = file_records(tmp_path, "管网运维岗位职责.docx").profiles
    duties = {p.title: p for p in profiles if p.duties}
    assert set(duties) == {"管网抢修工", "管网巡线员"}, [(p.title, len(p.duties)) for p in profiles]
    repair = duties["管网抢修工"]
    texts = [d.text for d in repair.duties]
    assert len(texts) == 2 and "30分钟内到场" in texts[0] and "按需" in texts[0] and "每周" in texts[1], texts
    assert repair.fields["department"].text == "抢修班", repair.fields
    certs = [q.text for p in profiles if p.title == "管网抢修工" for q in p.qualifications if q.category == "certificate"]
    assert any("焊工证" in c for c in certs) and any("有限空间" in c for c in certs), certs


_SCHEME = """热力公司运行考核办法
第一章 总则
第一条 为规范换热站运行管理，制定本办法。
第二章 考核
第二条 运行值班员、管网巡检员实行月度考核，考核指标、权重与目标值如下表：
考核岗位 考核指标 权重 目标值
供热达标率 40% 100%
运行值班员
设备完好率 30% ≥98%
交接班记录完整率 30% 100%
管网泄漏发现率 50% 100%
管网巡检员
巡检计划完成率 50% 100%
第三条 考核得分低于60分的，扣发当月绩效。
"""


def _heating(corpus) -> None:  # type: ignore[no-untyped-def]
    """A heating company's handbook: posts counted "岗位 1/2 …", facts pointed with ▸, duties by 时点 |
    工作动作 | 交付物 under a post, a part left out after the list, an appendix after the last post; and a
    second handbook whose duties are headed by the posts' codes only."""
    import docx

    d = docx.Document()
    d.add_paragraph("换热站岗位说明书")
    d.add_paragraph("说明：“▸”左侧为项目，右侧为内容。")
    for n, (post, boss, rows) in enumerate([("运行值班员", "值班长", [("每班开始", "查看运行参数并签到", "交接班记录"),
                                                                      ("每两小时", "巡视换热机组", "巡视记录")]),
                                            ("化验员", "化验室主任", [("每日上午", "化验补水硬度", "化验单")])], 1):
        d.add_paragraph(f"岗位 {n}/2 {post}")
        d.add_paragraph(f"直接上级▸{boss}")
        d.add_paragraph("所属▸运行部")
        d.add_paragraph("岗位职责：")
        t = d.add_table(rows=1 + len(rows), cols=3)
        for j, h in enumerate(["时点", "工作动作", "交付物"]):
            t.cell(0, j).text = h
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
        d.add_paragraph("岗位权限：略。")
    d.add_paragraph("附录　2019版化验员职责（已废止）")
    d.add_paragraph("1. 每周化验一次水质。")
    d.save(corpus / "换热站岗位说明书.docx")
    e = docx.Document()
    e.add_paragraph("客服中心岗位说明书")
    e.add_paragraph("表1　岗位基本信息")
    t = e.add_table(rows=3, cols=3)
    for i, row in enumerate([("岗位编码", "岗位名称", "直接上级"), ("KF-01", "热线班长", "客服中心主任"), ("KF-02", "热线话务员", "热线班长")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    e.add_paragraph("三、岗位职责")
    e.add_paragraph("3.1　KF-01")
    e.add_paragraph("（1）负责热线班组排班和考勤；")
    e.add_paragraph("（2）处理升级投诉。")
    e.add_paragraph("3.2　KF-02")
    e.add_paragraph("（1）接听供热报修电话并派单；")
    e.add_paragraph("（2）回访报修用户。")
    e.save(corpus / "客服中心岗位说明书.docx")


def test_handbook_layouts_of_a_heating_company(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _heating(tmp_path)
    (tmp_path / "运行考核办法.txt").write_text(_SCHEME, encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "换热站岗位说明书.docx").profiles}
    # "岗位 1/2 运行值班员": the post counted among the document's; "直接上级▸值班长": a fact
    duty = posts["运行值班员"]
    assert duty.fields["reports_to"].text == "值班长" and duty.fields["department"].text == "运行部", duty.fields
    # when the duty is done and what it delivers are said of it; "岗位权限：略。" is no part of it
    texts = [d.text for d in duty.duties]
    assert len(texts) == 2 and "每班开始" in texts[0] and "交接班记录" in texts[0], texts
    assert not any("权限" in t for t in texts), texts
    assert "time_of_day" not in duty.fields and "output" not in duty.fields, duty.fields
    # the appendix after the last post is none of its duties
    assert [d.text for d in posts["化验员"].duties] == [posts["化验员"].duties[0].text] and "每周" not in posts["化验员"].duties[0].text
    # duties headed by the codes 表1 gave the posts
    coded = {p.title: p for p in file_records(tmp_path, "客服中心岗位说明书.docx").profiles if p.duties}
    assert set(coded) == {"热线班长", "热线话务员"}, set(coded)
    assert "排班" in coded["热线班长"].duties[0].text and "报修" in coded["热线话务员"].duties[0].text
    # a PDF's table with the post printed once, between its rows
    entries = {e.name: e for e in file_records(tmp_path, "运行考核办法.txt").kpis}
    assert entries["供热达标率"].roles == ["运行值班员"] and entries["交接班记录完整率"].roles == ["运行值班员"], entries
    assert entries["管网泄漏发现率"].roles == ["管网巡检员"] and entries["巡检计划完成率"].weight == 50, entries


_KPI_MD = """# 运营部经理绩效考核表

| 考核维度 | 考核指标 | 权重 | 评分标准 |
| --- | --- | --- | --- |
| 财务类 | 运营成本控制率 | 20% | 超支扣分 |
| 内部运营类 | 工单及时完成率 | 35% | 每延误一单扣2分 |
| 内部运营类 | 流程优化项目数 | 0% | 本年度暂不考核 |
| 客户类 | 客户投诉次数 | 45% | 每次扣5分 |
"""

_CAREERS = """# 加入我们

## 电气技术储备岗

- 工作内容：协助维修电工排除电气故障；学习设备电气原理。
- 任职要求：大专以上学历，机电一体化专业，可应届毕业生。

## 网络优化工程师

- 工作内容：分析掉话率等网络指标；制定优化方案。
- 任职要求：本科及以上学历，通信工程专业。

## 装维工程师

- 工作内容：上门安装宽带设备；处理宽带故障工单。
- 任职要求：中专及以上学历。
- 福利：五险一金，餐补。

## 培训部经理

- 工作内容：制定年度培训计划；组织新员工入职培训。
- 任职要求：本科及以上学历，5年以上培训管理经验。
"""

_POSTINGS = """岗位名称,所属部门,岗位职责,任职要求,收入构成
快递业务员,揽投部,1）上门揽收快件；2）派送快件并回收签收单；3）处理客户投诉,高中及以上学历,底薪加计件提成
家装业务员,家装事业部,1）邀约业主到店；2）跟进装修签单,大专及以上学历,底薪加签单提成
客服坐席(95热线),客服中心,1）接听热线咨询；2）生成服务工单,大专及以上学历,基本工资加话务绩效
"""

_FINANCE = """财务部内控与分析KPI组成表
KPI	权重	周期	计算方法
内控制度的调整	40%	季	经理打分
财务分析报告	35%	季	见附表
月底结帐处理	25%	季	耽误一次得0分

软指标评分表
请针对成本分析会计提交的财务分析报告从以下两方面评分
软指标评分项目	权重
数据的准确性	50%
报告提交的及时性	50%
"""

_POST = """团险经理岗位说明书
岗位名称：团险经理
所属部门：团体业务部
岗位职责：
1. 开发企事业单位团体客户，挖掘员工福利保障需求；
2. 设计团体保险方案并组织报价。
岗位权限：略。
任职要求：本科及以上学历。
"""


def test_answers_around_posts_lists_and_indicators_of_a_utility(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "utility61",
                                {"运营部经理绩效考核表.md": _KPI_MD, "加入我们.md": _CAREERS, "招聘岗位.csv": _POSTINGS,
                                 "财务部KPI组成表.txt": _FINANCE, "团险经理岗位说明书.txt": _POST})
    ask = services.chat.ask
    # the extreme weight after a question of one weight: which row holds it, then its scoring
    chat = Conversation()
    ask("运营部经理绩效表里权重是0的是哪个", chat)
    top = ask("权重最高的指标呢", chat)
    assert "客户投诉次数" in top.text.split("\n")[0], top.text
    assert "每次扣5分" in ask("这一项怎么算分", chat).text
    # "这个储备岗" after 电气技术储备岗: the post just discussed
    chat = Conversation()
    ask("电气技术储备岗招应届生吗", chat)
    assert "协助维修电工" in ask("这个储备岗进去做什么", chat).text
    # a move to the post before it ("我刚升…"), a colloquial ending ("…师傅"), a shortened head ("网优岗")
    assert ask("我刚升培训部经理，要负责哪些事", Conversation()).role == "培训部经理"
    assert ask("装维师傅的工作内容有哪些", Conversation()).role == "装维工程师"
    assert ask("网优岗的任职资格是什么", Conversation()).role == "网络优化工程师"
    # the bracketed qualifier said in front of the title
    assert "客服坐席" in (ask("95热线坐席的岗位职责", Conversation()).role or "")
    # of the titles holding the word asked, the one whose other words the question says
    assert ask("快递公司的业务员都要干啥", Conversation()).role == "快递业务员"
    # a typo of 学历
    assert ask("装维工程师需要什么学力", Conversation()).attribute == "education"
    # the sheet that names a post only in a note: its indicators, said to be the sheet's
    sheet = ask("成本分析会计考核哪几项KPI", Conversation())
    assert "内控制度的调整" in sheet.text and "月底结帐处理" in sheet.text and "数据的准确性" not in sheet.text, sheet.text
    # what a post offers is never said by what it does; a commission asks the pay
    perks = ask("团险经理有什么福利", Conversation())
    assert perks.refused and "福利保障需求" not in perks.text, perks.text
    assert ask("快递业务员的提成比例是多少", Conversation()).attribute == "pay"
    # two facts asked together, neither stated: said so of both
    both = ask("团险经理上什么班，一个组配几个人", Conversation())
    assert both.refused and "定员" in both.text, both.text
    # a part of the post left out ("岗位权限：略。"): said so
    power = ask("团险经理有哪些权限", Conversation())
    assert power.refused and "岗位权限" in power.text, power.text
