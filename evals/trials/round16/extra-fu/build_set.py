#!/usr/bin/env python3
"""Round 16 extra-fu: 32 follow-up conversations over /work/shared/corpus-extra.

Writes set.jsonl (eval-set schema, evals/sets/README.md) and forms.json (the follow-up form of
every later turn, kept outside the schema). Written from the documents alone, before any run.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

F = {
    1: "cx01_财务部经理岗位说明书.docx", 2: "cx02_车辆调度员岗位说明书.docx", 3: "cx03_培训部工作手册.docx",
    4: "cx04_部门KPI指标库.xlsx", 5: "cx05_招聘岗位一览.xlsx", 6: "cx06_技术岗位招聘信息.csv",
    7: "cx07_人才招聘.html", 8: "cx08_培训学校出纳岗位说明书.pdf", 9: "cx09_人事行政部经理绩效考核表.md",
    10: "cx10_导购岗位职责.txt", 11: "cx11_酒店前台职位描述.txt", 12: "cx12_行政主管岗位说明书.txt",
    13: "cx13_人力资源招聘专员行为标准.txt", 14: "cx14_财务部内控与财务分析KPI组成表.txt",
    15: "cx15_教务工作岗位素能.txt", 16: "cx16_薪资核算专员职位描述.txt",
}


def L(f, a, b=None):
    return {"file": F[f], "line_start": a, "line_end": b or a}


def Q(f, q):
    return {"file": F[f], "quote": q}


def T(form, q, intent, role, ev=(), kp=(), attr=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": list(ev), "key_points": [list(g) for g in kp]}
    if attr:
        t["attribute"] = attr
    return form, t


def OOS(form, q, role=None):
    return T(form, q, "out_of_scope", role)


CONVS = []


def conv(persona, q, intent, role, ev, kp, turns, attr=None):
    CONVS.append(dict(persona=persona, question=q, first_intent=intent, role=role, evidence=list(ev),
                      key_points=[list(g) for g in kp], attribute=attr, turns=turns))


# 01 cx01 财务部经理: duties -> reports -> certificate -> ordinal skill
conv("new_hire", "袜业公司财务部经理主要干啥", "duty", "财务部经理",
     [Q(1, "组织编制公司年度综合财务计划和控制标准"), Q(1, "建立健全财务管理体系")],
     [["年度综合财务计划"], ["财务管理体系"]],
     [T("pronoun", "他归谁管,手下有谁", "attribute", "财务部经理",
        [Q(1, "财务总监"), Q(1, "财务部总监"), Q(1, "财务会计、出纳")], [["财务总监", "财务部总监"], ["出纳"]], "reports_to"),
      T("certificate", "要啥证书跟学历", "qualification", "财务部经理",
        [Q(1, "会计师资格证书"), Q(1, "会计专业本科学历")], [["会计师资格证书", "会计师"], ["本科"]]),
      T("ordinal", "第五条技能啥意思", "qualification", "财务部经理",
        [Q(1, "证券融资以及兼并收购的实际经验")], [["资本运作"], ["兼并收购"]])])

# 02 cx01 targets -> numbers -> age -> pay (missing)
conv("manager", "财务经理的岗位工作目标都有啥", "kpi", "财务部经理",
     [Q(1, "库存周转率、应收账款周转率小于期间额定标准"), Q(1, "无发生财务管理重大责任事故"),
      Q(1, "成本费用(销售费用、制造费用、管理费用)达成率100%")],
     [["库存周转率"], ["重大责任事故"], ["成本费用"]],
     [T("weight-number", "准确率要求多少", "kpi", "财务部经理",
        [Q(1, "经营管理成本预、核算准确率100"), Q(1, "财务报表的准确率100")], [["准确率100"], ["财务报表", "核算"]]),
      T("ellipsis", "年龄有要求没", "qualification", "财务部经理",
        [Q(1, "35-45岁、性别不限、无身体疾病或残疾")], [["35-45岁"], ["性别不限", "适当放宽"]]),
      OOS("missing", "他一个月工资多少", "财务部经理")])

# 03 cx02 车辆调度员: duties -> KPI after duty -> ordinal kpi -> reports
conv("new_hire", "车辆调度员要干哪些活", "duty", "车辆调度员",
     [Q(2, "根据客户有车需求,对人员车辆进行合理调配"), Q(2, "做好司机出差、加班以及行车公里、油料等统计工作")],
     [["合理调配"], ["油料"]],
     [T("kpi-after-duty", "那考核标准呢", "kpi", "车辆调度员",
        [Q(2, "工作及时率达95%以上"), Q(2, "客户满意率达90%以上"), Q(2, "突发事件处理及时率达100%")],
        [["95%"], ["90%"], ["100%"]]),
      T("ordinal", "第三个指标是啥", "kpi", "车辆调度员",
        [Q(2, "内部员工满意度达80%以上")], [["内部员工满意度"], ["80%"]]),
      T("pronoun", "他跟谁汇报工作", "attribute", "车辆调度员",
        [Q(2, "车辆租赁中心主任")], [["车辆租赁中心"], ["主任"]], "reports_to")])

# 04 cx02 quals -> difficulties -> career -> switch doc (cx01 experience)
conv("hr", "调度员招人要什么条件", "qualification", "车辆调度员",
     [Q(2, "高中及以上"), Q(2, "汽车修理专业"), Q(2, "4年以上相关工作经验")],
     [["高中"], ["汽车修理"], ["4年以上"]],
     [T("ellipsis", "难点跟禁忌呢", "duty", "车辆调度员",
        [Q(2, "人员车辆及时到位"), Q(2, "服务态度不好")], [["人员车辆及时到位"], ["服务态度不好"]]),
      T("terse", "以后能往哪升", "duty", "车辆调度员",
        [Q(2, "高级业务员")], [["高级业务员"], ["业务员"]]),
      T("switch-doc", "换成袜厂财务经理,经验要几年", "attribute", "财务部经理",
        [Q(1, "八年以工业企业财务管理经验,至少五年同职经历")], [["八年"], ["五年同职"]], "experience")])

# 05 cx03 培训部经理: duties -> ordinal -> headcount -> 培训顾问 (named only)
conv("new_hire", "培训部经理负责哪些事", "duty", "培训部经理",
     [Q(3, "责培训部的日常管理工作。"), Q(3, "负责合理安排培训资源,统筹管理各向培训业务。"), Q(3, "协助市场部进行培训市场开发工作")],
     [["日常管理"], ["培训资源"], ["市场部"]],
     [T("ordinal", "第e条呢", "duty", "培训部经理",
        [Q(3, "责培训计划的审核、和年度培训工作总结。")], [["培训计划的审核"], ["年度培训工作总结"]]),
      T("terse", "部门一共几个人", "attribute", "培训部经理",
        [Q(3, "培训部配置人员4名,其中培训部经理1名")], [["4名"], ["培训顾问"], ["培训助理"]], "subordinates"),
      OOS("missing", "培训顾问干啥的")])

# 06 cx03 部门职能 -> elaborate -> back to manager -> HR KPI
conv("manager", "培训部这个部门的职能是什么", "duty", None,
     [Q(3, "负责培训服务产品的开发和策划工作"), Q(3, "负责公司师资库的建立"), Q(3, "负责培训合作机构的合作与维护")],
     [["培训服务产品"], ["师资库"], ["合作机构"]],
     [T("ellipsis", "讲师那块具体咋管", "duty", None,
        [Q(3, "包括外部讲师的管理和内部讲师的培养考核")], [["外部讲师"], ["内部讲师的培养考核", "培养考核"]]),
      T("pronoun", "他们经理管员工哪些事", "duty", "培训部经理",
        [Q(3, "责培训部员工的工作安排与绩效考核。"), Q(3, "责培训部内部各项规章制度与工作计划的制定和执行。")],
        [["绩效考核"], ["规章制度"]]),
      T("switch-dept", "那HR那边的KPI呢", "kpi", None,
        [Q(4, "部门费用预算达成率"), Q(4, "制度和流程的书面化比率"), Q(4, "人员编制控制率")],
        [["部门费用预算达成率"], ["书面化比率"], ["人员编制控制率"]])])

# 07 cx04 HR recruiting KPI -> formula -> weight (empty) -> data source
conv("hr", "人力资源部招聘方面考核啥", "kpi", None,
     [Q(4, "招聘费用预算达成率"), Q(4, "招聘空缺职位所需的平均天数")],
     [["招聘费用预算达成率"], ["平均天数"]],
     [T("ordinal", "第二个咋算", "kpi", None,
        [Q(4, "空缺职位总数/招聘空缺职位所用的总天数")], [["空缺职位总数"], ["总天数"]]),
      OOS("missing", "这俩各占多少权重"),
      T("terse", "数据打哪来的", "kpi", None,
        [Q(4, "招聘记录"), Q(4, "招聘费用实际及预算资料")], [["招聘记录"], ["招聘费用实际及预算资料"]])])

# 08 cx04 HR performance KPI -> formula -> ellipsis -> dimension
conv("manager", "HR部门绩效管理那块的指标", "kpi", None,
     [Q(4, "员工绩效计划的按时完成率"), Q(4, "员工绩效考核申诉处理及时性")],
     [["员工绩效计划的按时完成率"], ["申诉处理及时性"]],
     [T("ellipsis", "申诉那个咋算", "kpi", None,
        [Q(4, "(按时完成的考核申诉/考核申诉的总数)*100%")], [["按时完成的考核申诉"], ["考核申诉的总数"]]),
      T("ellipsis", "工资出错那个呢", "kpi", None,
        [Q(4, "员工工资出错次数"), Q(4, "错误发放的工资次数/发放的工资次数")], [["员工工资出错次数"], ["错误发放的工资次数"]]),
      T("pronoun", "它属于哪类指标", "kpi", None,
        [Q(4, "内部营运类"), Q(4, "薪酬管理")], [["内部营运类"], ["薪酬管理"]])])

# 09 cx04 finance sheet -> definition -> 资金部 -> 审计部 -> back to 资金部
conv("manager", "指标库里财务部考核哪些", "kpi", None,
     [Q(4, "公司财务预算达成率"), Q(4, "财务分析准确度"), Q(4, "现金收支准确性"), Q(4, "财务资料完好性")],
     [["公司财务预算达成率"], ["财务分析准确度"], ["现金收支准确性"], ["财务资料完好性"]],
     [T("ellipsis", "现金那个怎么定义", "kpi", None,
        [Q(4, "现金收支出错次数")], [["现金收支出错次数"], ["出错次数"]]),
      T("switch-dept", "资金部那边咋考", "kpi", None,
        [Q(4, "公司资金预算达成率"), Q(4, "资金收支准确度"), Q(4, "资金头寸变动信息掌握的及时性")],
        [["公司资金预算达成率"], ["资金收支准确度"], ["资金头寸"]]),
      T("switch-dept", "审计部的呢", "kpi", None,
        [Q(4, "审计计划执行率"), Q(4, "审计报告一次经过率"), Q(4, "审计报告归档率")],
        [["审计计划执行率"], ["审计报告一次经过率"], ["审计报告归档率"]]),
      T("return", "刚才资金部头寸那条啥意思", "kpi", None,
        [Q(4, "导致公司损失的金额")], [["资金头寸"], ["损失的金额"]])])

# 10 cx05 销售经理: duty -> travel -> quals -> pay (面议)
conv("new_hire", "注塑厂销售经理做什么", "duty", "销售经理",
     [Q(5, "帮助业务经理处理订单的相关内容")], [["处理订单"], ["解答客户的提问"], ["跟进订单"]],
     [T("ellipsis", "要出差吗,去哪", "duty", "销售经理",
        [Q(5, "帮助业务经理处理订单的相关内容")], [["1~2次", "1-2次"], ["上海"]]),
      T("ellipsis", "那年龄和学历呢", "qualification", "销售经理",
        [Q(5, "本科以上，20-35岁，英语专业者优先")], [["本科"], ["20-35岁"]]),
      T("terse", "工资给多少啊", "attribute", "销售经理",
        [Q(5, "本科以上，20-35岁，英语专业者优先")], [["面议"], ["免费食宿"]], "pay")])

# 11 cx05 机械技术员 -> quals -> switch 研发经理 -> compare
conv("hr", "机械技术员招几个人,干啥的", "duty", "机械技术员",
     [Q(5, "机械技术员（4名）"), Q(5, "协助工程师完成车间机器的维修")], [["4名"], ["维修"], ["治具"]],
     [T("ellipsis", "招他有啥要求", "qualification", "机械技术员",
        [Q(5, "大专以上，20-45岁，机械技术底子深厚")], [["大专"], ["20-45岁"], ["创新精神"]]),
      T("switch-role", "换成研发经理", "qualification", "研发经理",
        [Q(5, "本科以上，20-45岁，模具设计类专业")], [["本科"], ["模具设计"]]),
      T("compare", "这俩要求有啥区别", "qualification", "研发经理",
        [Q(5, "大专以上，20-45岁，机械技术底子深厚"), Q(5, "本科以上，20-45岁，模具设计类专业")],
        [["大专"], ["本科"], ["模具设计"]])])

# 12 cx05 生产主管 -> major -> 文案策划 -> pronoun duty
conv("hr", "生产主管需要几年经验", "attribute", "生产主管",
     [Q(5, "有两年以上相关行业的工作经验")], [["两年以上"], ["相关行业"]],
     [T("ellipsis", "对专业有要求不", "attribute", "生产主管",
        [Q(5, "有两年以上相关行业的工作经验")], [["注塑类"], ["相关专业"]], "major"),
      T("switch-role", "那文案策划呢", "qualification", "文案策划",
        [Q(5, "大专以上，20-35岁，有经验者优先。")], [["大专"], ["有经验者优先"]]),
      T("pronoun", "她具体写些啥", "duty", "文案策划",
        [Q(5, "负责宣传推广文案及宣传资料文案的撰写")], [["宣传推广文案"], ["广告表现文字"]])],
     attr="experience")

# 13 cx06 DBA -> quals -> pay -> switch 测试经理 pay
conv("new_hire", "DBA这个岗位日常干啥", "duty", "DBA",
     [L(6, 62, 68)], [["容量规划"], ["SQL调优"], ["备份恢复"]],
     [T("ellipsis", "学历专业呢", "qualification", "DBA", [L(6, 70)], [["本科"], ["计算机"]]),
      T("terse", "给多少k", "attribute", "DBA", [L(6, 62)], [["15K-45K", "15K - 45K"], ["慧算账"]], "pay"),
      T("switch-role", "那测试经理呢,工资一样吗", "attribute", "测试工程师", [L(6, 50)],
        [["15K-45K", "15K - 45K"], ["测试经理", "测试工程师"]], "pay")])

# 14 cx06 测试工程师 -> more -> pronoun duty -> location
conv("hr", "测试经理要几年经验", "attribute", "测试工程师",
     [L(6, 58, 59)], [["5年以上"], ["1年3人以上"]],
     [T("more", "除了经验还有别的要求没", "qualification", "测试工程师", [L(6, 58, 61)],
        [["软件工程理论"], ["Java"], ["Oracle", "MySQL"]]),
      T("pronoun", "他要带团队吗", "duty", "测试工程师", [L(6, 51, 56)], [["带领团队"], ["新成员"]]),
      T("terse", "公司在哪", "attribute", "测试工程师", [L(6, 50)], [["广州"], ["慧算账"]], "location")],
     attr="experience")

# 15 cx06 前端 at three companies, then back to 美团
conv("hr", "美团前端要求几年经验", "attribute", "前端开发工程师",
     [L(6, 86)], [["3年及以上"], ["互联网研发"]],
     [T("switch-doc", "京东那个呢", "attribute", "前端开发工程师", [L(6, 99)], [["3-5年"], ["全日制本科"]], "experience"),
      T("switch-doc", "Moka的呢", "attribute", "前端开发工程师", [L(6, 7)], [["1年及以上"], ["toB"]], "experience"),
      T("return", "回到美团,岗位职责是啥", "duty", "前端开发工程师", [L(6, 79, 83)], [["CRM"], ["中后台"], ["培养团队成员"]])],
     attr="experience")

# 16 cx06 SRE -> quals -> location -> Golang remote
conv("new_hire", "宝洁SRE干什么的", "duty", "平台Site Reliability Engineer",
     [L(6, 122, 123)], [["DevOps平台"], ["BU"]],
     [T("ellipsis", "他们要啥样的人", "qualification", "平台Site Reliability Engineer", [L(6, 124, 129)],
        [["4年以上系统管理员"], ["K8S"], ["英语"]]),
      T("terse", "办公在哪儿", "attribute", "平台Site Reliability Engineer", [L(6, 122)], [["广州"], ["珠江新城"]], "location"),
      T("switch-role", "Golang后端能远程吗", "attribute", "Golang 后端", [L(6, 27)], [["远程"], ["杭州"]], "location")])

# 17 cx06 产品经理 -> bonus -> location -> Golang bonus
conv("manager", "Moka成都产品经理职责", "duty", "产品经理",
     [L(6, 13, 17)], [["绩效爆品"], ["用户行为数据分析"], ["跨团队合作"]],
     [T("more", "加分项有啥", "qualification", "产品经理", [L(6, 25, 26)], [["绩效"], ["OKR"]]),
      T("terse", "base哪", "attribute", "产品经理", [L(6, 13)], [["成都"], ["Moka"]], "location"),
      T("switch-role", "Golang那个加分项呢", "qualification", "Golang 后端", [L(6, 44, 49)], [["terraform"], ["开源作品"]])])

# 18 cx07 焊工 certificate -> age -> 埋弧焊工 -> compare
conv("hr", "焊工要啥证", "qualification", "焊工",
     [L(7, 133)], [["焊工证"], ["质监局"]],
     [T("ellipsis", "年龄呢", "qualification", "焊工", [L(7, 130)], [["40岁以下"], ["男"]]),
      T("switch-role", "埋弧焊工那个呢", "qualification", "埋弧焊工", [L(7, 226)], [["45岁以下"], ["初中"]]),
      T("compare", "这俩有啥区别", "qualification", "埋弧焊工", [L(7, 130, 133), L(7, 226, 229)],
        [["高中"], ["初中"], ["焊工证"]])],
     attr="certificate")

# 19 cx07 采购员: duties -> ordinal -> subordinates -> quals
conv("new_hire", "钢构厂采购员的工作内容", "duty", "采购员",
     [L(7, 153, 179)], [["采购制度"], ["与供应商谈判"], ["采购计划"]],
     [T("ordinal", "第五点啥意思", "duty", "采购员", [L(7, 167, 169)], [["采购成本"], ["合理库存"]]),
      T("pronoun", "他手底下有人没", "attribute", "采购员", [L(7, 158, 160)], [["组织下属"], ["收集商品价格"]], "subordinates"),
      T("ellipsis", "学历专业要啥", "qualification", "采购员", [L(7, 150)], [["大专"], ["物流及供应链管理"]])])

# 20 cx07 维修电工 quals -> certificate -> 机修工 -> 高压值班电工
conv("hr", "维修电工要什么条件", "qualification", "维修电工",
     [L(7, 303)], [["中专"], ["电气、设备相关专业"], ["5年以上"]],
     [T("certificate", "证书呢", "qualification", "维修电工", [L(7, 303)], [["资格证书"], ["职业培训"]]),
      T("switch-role", "机修工一样吗", "qualification", "机修工", [L(7, 272)], [["机械、设备相关专业"], ["50周岁以下"]]),
      T("certificate", "高压值班电工要啥证", "qualification", "高压值班电工", [L(7, 296)], [["高压电工资格证"], ["三年以上"]])])

# 21 cx07 生产技术部长 -> duties (missing) -> 销售员 benefits -> English
conv("manager", "生产技术部长任职要求", "qualification", "生产技术部长",
     [L(7, 73, 86)], [["10年以上"], ["车间主任"], ["钢构行业"]],
     [OOS("missing", "他职责呢", "生产技术部长"),
      T("switch-role", "销售员待遇咋样", "attribute", "销售员", [L(7, 122, 123)], [["双休"], ["面议"], ["住宿"]], "benefits"),
      T("ellipsis", "销售员英语得几级", "qualification", "销售员", [L(7, 111)], [["英语四级"], ["市场营销"]])])

# 22 cx07 技术储备 -> duties -> other 储备 -> back to 电气
conv("new_hire", "电气技术储备招应届生吗", "qualification", "电气技术储备",
     [L(7, 254)], [["应届毕业生"], ["机电一体化"]],
     [T("ellipsis", "进去干啥", "duty", "电气技术储备", [L(7, 259, 264)], [["协助维修电工"], ["电气原理"]]),
      T("switch-role", "机械技术储备那边呢", "duty", "机械技术储备", [L(7, 241, 246)], [["协助维修钳工"], ["机械原理"]]),
      T("return", "回到电气那个,专业偏啥方向", "attribute", "电气技术储备", [L(7, 254)], [["偏弱电"], ["机电一体化"]], "major")])

# 23 cx08 出纳: duties -> boss -> subordinates -> cert -> gender
conv("new_hire", "培训学校出纳主要职责", "duty", "出纳",
     [Q(8, "根据各校区发来的收入数据进行数据录入"), Q(8, "每天报财务“资金汇报”"), Q(8, "按领导审批过的退费手续")],
     [["数据录入"], ["资金汇报"], ["退费"]],
     [T("terse", "直属领导是谁", "attribute", "出纳", [Q(8, "直接主管:分校校长 隔级领导:总经理")], [["分校校长"], ["总经理"]], "reports_to"),
      T("ellipsis", "那下属呢", "attribute", "出纳", [Q(8, "直接主管:分校校长 隔级领导:总经理")],
        [["直接下属:无", "没有直接下属", "无直接下属", "没有下属", "无下属"], ["下属"]], "subordinates"),
      T("certificate", "要会计证吗", "qualification", "出纳", [Q(8, "会计、金融类专业大专或以上学历")], [["会计从业资格证"], ["大专"]]),
      T("ellipsis", "女的优先吗", "qualification", "出纳", [Q(8, "性 别 不限(女姓佳)")], [["女姓佳"], ["不限"]])])

# 24 cx08 出纳 attributes
conv("hr", "出纳属于哪个部门", "attribute", "出纳",
     [Q(8, "岗位代码 所属部门 财务部"), Q(8, "岗位名称 出纳 部门/分支机构 总校")], [["财务部"], ["总校"]],
     [T("terse", "一周干几天", "attribute", "出纳", [Q(8, "岗位每周工作时间 5+1天")], [["5+1天"], ["每周"]], "benefits"),
      T("pronoun", "一句话概括这岗位", "attribute", "出纳", [Q(8, "做好财务及领导要求的工作,确保账实相符")], [["现金"], ["账实相符"]], "purpose"),
      T("ellipsis", "经验要多久", "attribute", "出纳", [Q(8, "从业年限 2年以上"), Q(8, "2年以上出纳工作经验")],
        [["2年以上"], ["出纳工作经验"]], "experience")],
     attr="department")

# 25 cx09 人事行政部经理: dimensions -> weights -> biggest -> zero
conv("manager", "人事行政部经理怎么考核", "kpi", "人事行政部经理",
     [L(9, 6, 23)], [["财务类"], ["内部运营类"], ["学习成长革新类"], ["制度及考勤"]],
     [T("weight-number", "各类占多少", "kpi", "人事行政部经理", [L(9, 8, 23)], [["15%"], ["50%"], ["10%"], ["20%"]]),
      T("weight-number", "哪个权重最大", "kpi", "人事行政部经理", [L(9, 14)], [["绩效、薪资管理完成率"], ["15%"]]),
      T("weight-number", "有没有权重是0的", "kpi", "人事行政部经理", [L(9, 15)], [["工作流程改善目标完成率"], ["0%"]])])

# 26 cx16 薪资核算专员: duties -> ordinal -> laws -> bonus
conv("new_hire", "薪酬核算每个月要干啥", "duty", "薪资核算专员",
     [L(16, 4, 13)], [["计提"], ["个税申报", "个人所得税"], ["薪资发放"]],
     [T("ordinal", "第六条是啥", "duty", "薪资核算专员", [L(16, 9)], [["个人所得税"], ["汇算清缴"]]),
      T("ellipsis", "得懂哪些法", "qualification", "薪资核算专员", [L(16, 17)], [["劳动法"], ["个人所得税法"]]),
      T("ellipsis", "有共享中心经验加分吗", "qualification", "薪资核算专员", [L(16, 16)], [["HRSSC"], ["共享服务中心"]])])

# 27 cx10 导购: duties -> boss -> 商超 posting -> pay (missing)
conv("new_hire", "导购员每天都忙些啥", "duty", "导购",
     [L(10, 9, 17), L(10, 21, 29), L(10, 43, 51)], [["收银"], ["盘点"], ["卫生"]],
     [T("pronoun", "她上级是谁", "attribute", "导购", [L(10, 43)], [["店长"], ["对店长负责"]], "reports_to"),
      T("switch-doc", "商超那个导购有啥要求", "qualification", "导购", [L(10, 33, 39)], [["女"], ["轮班"], ["粤语"]]),
      OOS("missing", "一个月能拿多少", "导购")])

# 28 cx11 酒店前台: duties -> hours -> rest -> ordinal
conv("new_hire", "酒店前台主要工作", "duty", "酒店前台",
     [L(11, 3, 7)], [["入住"], ["退房结算"], ["预订"]],
     [T("terse", "几点上班", "attribute", "酒店前台", [L(11, 15)], [["8:00"], ["16:00"]], "benefits"),
      T("terse", "每月能休几天", "attribute", "酒店前台", [L(11, 14)], [["4天"], ["调休"]], "benefits"),
      T("ordinal", "第四条说的是啥", "duty", "酒店前台", [L(11, 6)], [["客诉"], ["上报主管"]])])

# 29 cx12 行政主管: boss -> department -> 65% duties -> 业绩衡量标准 (略)
conv("new_hire", "行政主管直属上级是谁", "attribute", "行政主管",
     [L(12, 9, 10)], [["行政经理"], ["直属上级"]],
     [T("terse", "属于哪个部门的", "attribute", "行政主管", [L(12, 15, 16)], [["行政管理部"], ["所在部门"]], "department"),
      T("weight-number", "65%那块具体干啥", "duty", "行政主管", [L(12, 38, 47)], [["归档"], ["大事记"], ["固定资产"]]),
      OOS("missing", "业绩咋衡量", "行政主管")],
     attr="reports_to")

# 30 cx13 人力资源专员 -> experience -> 招聘专员 duties -> ordinal
conv("hr", "做人力资源专员得啥学历", "attribute", "人力资源专员",
     [L(13, 3)], [["本科"], ["人力资源"]],
     [T("ellipsis", "那经验要几年", "attribute", "人力资源专员", [L(13, 4)], [["1-2年"], ["IT相关企业"]], "experience"),
      T("switch-role", "招聘专员平时做什么", "duty", "招聘专员", [L(13, 9, 20)], [["招聘文案"], ["转正考核"], ["异动手续"]]),
      T("ordinal", "2.3条啥意思", "duty", "招聘专员", [L(13, 19, 20)], [["员工关系专员"], ["录入数据库"]])],
     attr="education")

# 31 cx14 财务部内控 KPI -> scoring -> soft table -> who fills
conv("manager", "财务部内控与财务分析的KPI有哪些,各占多少", "kpi", "财务分析会计",
     [L(14, 2, 6)], [["企业内控制度的调整"], ["财务分析报告"], ["利润中心的操作维护"], ["25%"]],
     [T("ellipsis", "月底结帐那个怎么打分", "kpi", "财务分析会计", [L(14, 6, 7)], [["耽误一次得0分"], ["错一次得80分"]]),
      T("ellipsis", "分析报告的评分表呢", "kpi", "财务分析会计", [L(14, 12, 16)], [["格式"], ["数据的准确性"], ["及时性"]]),
      T("pronoun", "这表谁来填", "kpi", "财务分析会计", [L(14, 10, 11)], [["财务部经理"], ["财务分析会计"]])])

# 32 cx15 教务 -> experience -> gender -> switch doc 薪资核算 education
conv("hr", "教务岗位要啥学历", "attribute", "教务",
     [L(15, 5)], [["大学专科"], ["师范"]],
     [T("ellipsis", "要干过几年", "attribute", "教务", [L(15, 6)], [["2年以上"], ["1年以上同岗位"]], "experience"),
      T("ellipsis", "男生可以吗", "qualification", "教务", [L(15, 4)], [["男女不限"], ["性别"]]),
      T("switch-doc", "换成薪资核算专员,学历呢", "attribute", "薪资核算专员", [L(16, 15)],
        [["本科"], ["人力资源、财务、统计学"]], "education")],
     attr="education")


def main():
    items, forms = [], {}
    for n, c in enumerate(CONVS, 1):
        iid = f"r16x-fu-{n:02d}"
        forms[iid] = [f for f, _ in c["turns"]]
        items.append({
            "id": iid, "persona": c["persona"], "intent": "followup", "question": c["question"],
            "role": c["role"], "attribute": c["attribute"], "evidence": c["evidence"],
            "key_points": c["key_points"], "expect_refusal": False,
            "turns": [t for _, t in c["turns"]], "tool": None,
        })
    with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    first_intents = {f"r16x-fu-{n:02d}": c["first_intent"] for n, c in enumerate(CONVS, 1)}
    (HERE / "forms.json").write_text(json.dumps({"first_turn_intent": first_intents, "later_turn_forms": forms},
                                                ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(items), "conversations,", sum(len(i["turns"]) for i in items), "later turns")


if __name__ == "__main__":
    main()
