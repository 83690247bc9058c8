"""Round 75, written here from scratch for a tram depot (the blind testers wrote a blood station and a shopping-mall
operator, and asked over the two demo corpora): answers to a longer title asked by its last three characters typed
with one of the same sound ("我下周入职当调渡员"), "排第二的那个是多少", "基本技能里的第2点", "他的工作内容第3条"
when the post has a 工作内容 list beside its 岗位职责, a department's KPI library asked by one 考核目标 of a single
row ("薪酬管理那块儿考啥"), "它下面都有哪些指标" after a dimension's share, the one sheet of several a question names
by its title ("…那张KPI表里权重最大的是哪项", soft indicators included), "那这个主管下面都管哪些岗位" after
the answer named 工程主管, "信息技术类又负责什么" after another family was asked, and a live fact of the business."""

from __future__ import annotations

from pathlib import Path

from _answer_support import indexed_services, write_workbook

_DEPOT = {
    "车辆段岗位说明书.txt": "车辆段岗位说明书\n\n"
    "一、电车调度员\n所属部门：调度室\n直接上级：调度室主任\n岗位职责：\n1. 编制每日行车计划；\n2. 发布调度命令；\n3. 处理线路突发情况。\n"
    "任职要求：\n1. 大专及以上学历；\n2. 持调度员上岗证。\n岗位基本技能：\n1. 熟悉行车组织规则；\n2. 会使用无线调度台。\n"
    "业绩标准：\n1. 正点率达98%以上；\n2. 调度命令差错率低于0.5%；\n3. 乘客投诉及时处理率100%。\n\n"
    "二、检修工\n所属部门：检修车间\n直接上级：工程主管\n岗位职责：\n1. 日检电车走行部；\n2. 更换受电弓滑板。\n"
    "工作内容：\n1. 领取检修工单；\n2. 填写检修记录；\n3. 交接班时清点工具。\n\n"
    "三、工程主管\n所属部门：检修车间\n直接下属：检修工、电工\n工作经验：5年以上轨道车辆检修管理经验\n岗位职责：\n1. 安排检修计划；\n2. 验收检修质量。\n\n"
    "四、站务主管\n所属部门：站务室\n直接下属：站务员\n工作经验：3年以上站务工作经验\n岗位职责：\n1. 安排站务员排班；\n2. 检查车站卫生。\n\n"
    "五、票务员\n所属部门：站务室\n岗位职责：\n1. 发售车票并核对票款；\n2. 处理乘客票务问题。\n任职要求：\n略（待站务室确认后另行补充）。\n"
    "以下岗位仅列名称：保洁员、保安员。\n\n"
    "六、通信信号技师\n所属部门：信号科\n工作地点：东港车辆段、西港车辆段（尊重个人意愿）\n岗位职责：\n1. 检修道岔信号机；\n2. 测试车地通信设备。\n"
    "任职要求：\n1. 大专及以上学历；\n2. 具备良好的沟通能力，熟悉继电器电路；\n3. 有地铁信号维护经验优先，粤语优先，公司提供专业培训。\n",
    "岗位类别介绍.txt": "车辆段岗位类别介绍\n\n【导语】车辆段常见岗位分为运营、维修、信息技术三大类。\n"
    "一、运营类\n工作职责:\n组织电车正线运营，做好乘客服务!\n二、维修类\n工作职责:\n负责电车及站场设备的日常维修!\n"
    "三、信息技术类\n工作职责:\n维护信号与通信系统，保障行车数据安全!\n",
    "电工行为标准.txt": "xx车辆段电工(一级)行为标准\n1供电设备巡视\n1.1每日巡视牵引变电所。\n1.2记录设备运行参数。\n"
    "2故障处理\n2.1及时处理供电故障。\n2.2填写故障报告。\n",
    "人力资源部合同与薪资KPI组成表.txt": "人力资源部合同与薪资KPI组成表\n\n"
    "指标名称\t指标类型\t周期\t权重\t评分方法\n"
    "劳动合同签订及时性\t软指标\t季\t15%\t经理打分\n"
    "薪资核对报告\t软指标\t季\t45%\t见附表\n"
    "社保缴纳差错次数\t\t季\t20%\t错一次扣10分\n"
    "离职手续办结时效\t\t季\t20%\t超期一次扣5分\n",
}


def _library(corpus: Path) -> None:
    write_workbook(corpus / "部门KPI指标库.xlsx", {
        "人力资源部": [["序号", "指标名称", "指标定义", "数据来源", "计算公式", "维度", "考核目标"],
                      [1, "岗位空缺补充天数", "空缺岗位平均补充时间", "招聘台账", "补充总天数/空缺岗位数", "内部营运类", "招聘管理"],
                      [2, "编制执行率", "实际人数与编制之比", "花名册", "(实际人数/编制人数)*100%", "内部营运类", "招聘管理"],
                      [3, "工资发放差错率", "工资发放出错的人次", "工资发放记录", "(差错人次/发放人次)*100%", "内部营运类", "薪酬管理"],
                      [4, "培训计划完成率", "按期完成的培训占计划之比", "培训记录", "(完成数/计划数)*100%", "学习成长类", "培训管理"],
                      [5, "人工成本预算达成率", "人工成本实际与预算之比", "财务报表", "(实际/预算)*100%", "财务类", "成本控制"]],
    })
    write_workbook(corpus / "站务主管绩效考核表.xlsx", {
        "考核表": [["考核维度", "维度权重", "指标名称", "权重"],
                  ["财务类", "20%", "车站能耗控制", "20%"],
                  ["内部运营类", "50%", "排班计划完成率", "30%"],
                  [None, None, "车站卫生检查合格率", "20%"],
                  ["学习成长类", "30%", "站务员培训完成率", "15%"],
                  [None, None, "员工保有率", "15%"]],
    }, {"考核表": ["A3:A4", "B3:B4", "A5:A6", "B5:B6"]})


def test_misheard_tails_ordinals_named_lists_kpi_topics_titled_sheets_dimensions_and_the_post_just_named(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "depot75", _DEPOT, _library)
    ask = services.chat.ask
    # "调渡员": the last three characters of 电车调度员, one typed with a character of the same sound
    conv = Conversation()
    first = ask("我下周入职当调渡员，平常主要干哪些活儿？", conv)
    assert first.role == "电车调度员" and not first.refused, first.text
    # "排第二的那个是多少": the second item of the list the words before the ordinal name
    second = ask("业绩标准里排第二的那个是多少", conv)
    assert "差错率低于0.5%" in second.text and "正点率" not in second.text, second.text
    # "基本技能里的第2点": that group's second item, whatever list the last answer showed
    ask("他归谁管", conv)
    skill = ask("基本技能里的第2点帮我展开一下", conv)
    assert "无线调度台" in skill.text and "调度室主任" not in skill.text, skill.text
    # "工作内容第3条" of a post that has a 工作内容 list beside its 岗位职责
    conv = Conversation()
    ask("检修工要干啥", conv)
    third = ask("他的工作内容第3条是什么", conv)
    assert "清点工具" in third.text, third.text
    # "那这个主管下面都管哪些岗位" right after the answer named 工程主管 (not 站务主管)
    conv = Conversation()
    assert "工程主管" in ask("检修工的上级是谁", conv).text
    below = ask("那这个主管下面都管哪些岗位", conv)
    assert below.role == "工程主管" and "电工" in below.text, below.text
    # a department's library asked by one 考核目标 of a single row: that row, then its fields by 它
    conv = Conversation()
    ask("人力资源部KPI库里招聘管理这一块考核哪几个指标", conv)
    pay = ask("那薪酬管理那块儿考啥", conv)
    assert "工资发放差错率" in pay.text and "编制执行率" not in pay.text and "培训计划" not in pay.text, pay.text
    assert "工资发放记录" in ask("它的数据从哪来", conv).text
    # the one sheet of the department a question names by its title; its soft indicators count
    top = ask("人力资源部合同与薪资那张KPI表里权重最大的是哪项", Conversation())
    assert "权重最大的是：薪资核对报告" in top.text, top.text
    # "错一次和错两次分别得几分" right after one indicator's card: a field of that card, its own words beside
    conv = Conversation()
    ask("社保缴纳差错次数那一项怎么考", conv)
    scored = ask("错一次和错两次分别扣几分", conv)
    assert "错一次扣10分" in scored.text and not scored.refused, scored.text
    # "它下面都有哪些指标" right after a dimension's share: that dimension's rows
    conv = Conversation()
    ask("站务主管绩效表里学习成长类占多大比重", conv)
    under = ask("它下面都有哪些指标", conv)
    assert "员工保有率" in under.text and "车站能耗控制" not in under.text, under.text
    # "信号科技师": a unit and a title ending, the one post of that unit so ending
    assert ask("信号科技师要干什么", Conversation()).role == "通信信号技师"
    # "行为标准都有哪些": the post's list whose heading says so, both its parts
    standard = ask("电工一级的行为标准都有哪些", Conversation())
    assert "牵引变电所" in standard.text and "故障报告" in standard.text, standard.text
    # "能在哪几个城市干", "上班城市能自己挑不": where the post works
    assert "东港车辆段" in ask("通信信号技师能在哪几个城市干", Conversation()).text
    conv = Conversation()
    ask("通信信号技师平时做些什么", conv)
    assert "尊重个人意愿" in ask("上班城市能自己挑不", conv).text
    # "粤语一定要会吗，公司管培训不": the post's own line naming those words, not its other skills
    conv = Conversation()
    ask("通信信号技师有哪些任职要求", conv)
    words = ask("粤语一定要会吗，公司管培训不", conv)
    assert "粤语优先" in words.text and "继电器" not in words.text, words.text
    # a requirement part that opens with 略: said so, not the next paragraph
    omitted = ask("票务员的任职要求有哪些", Conversation())
    assert "略" in omitted.text and "保洁员" not in omitted.text, omitted.text
    # "挑3个合适的考核指标": three indicators, whatever the words between count and noun
    design = ask("帮人力资源部挑3个合适的考核指标做个方案", Conversation())
    assert design.text.count("\n| ") - design.text.count("合计") - 1 == 3 or len(design.items) == 3, design.text
    # "信息技术类又负责什么" after "那维修那类岗位呢": the same question of another family of posts
    conv = Conversation()
    ask("车辆段运营类岗位是做什么的", conv)
    ask("那维修那类岗位呢", conv)
    family = ask("信息技术类又负责什么", conv)
    assert "信号与通信" in family.text and not family.refused, family.text
    # a live fact of the business no passage found states: refused, whatever post or place it names
    assert ask("车辆段今天几点开门", Conversation()).refused
