"""Build set.jsonl and forms.json for round 50 / xfu (follow-up conversations over corpus-extra)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent
F1 = "cx01_财务部经理岗位说明书.docx"
F2 = "cx02_车辆调度员岗位说明书.docx"
F3 = "cx03_培训部工作手册.docx"
F4 = "cx04_部门KPI指标库.xlsx"
F5 = "cx05_招聘岗位一览.xlsx"
F6 = "cx06_技术岗位招聘信息.csv"
F7 = "cx07_人才招聘.html"
F8 = "cx08_培训学校出纳岗位说明书.pdf"
F9 = "cx09_人事行政部经理绩效考核表.md"
F10 = "cx10_导购岗位职责.txt"
F11 = "cx11_酒店前台职位描述.txt"
F12 = "cx12_行政主管岗位说明书.txt"
F13 = "cx13_人力资源招聘专员行为标准.txt"
F14 = "cx14_财务部内控与财务分析KPI组成表.txt"
F15 = "cx15_教务工作岗位素能.txt"
F16 = "cx16_薪资核算专员职位描述.txt"


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b if b is not None else a}


def Q(f, q):
    return {"file": f, "quote": q}


def T(question, intent, role=None, attribute=None, ev=(), kp=(), form=""):
    return {"question": question, "intent": intent, "role": role, "attribute": attribute,
            "evidence": list(ev), "key_points": [list(g) for g in kp], "_form": form}


def OOS(question, form):
    return T(question, "out_of_scope", form=form)


CONVS = []


def conv(persona, question, intent, role, attribute, ev, kp, turns):
    CONVS.append(dict(persona=persona, question=question, first_intent=intent, role=role,
                      attribute=attribute, evidence=list(ev), key_points=[list(g) for g in kp], turns=turns))


# 01 cx01 财务部经理
conv("hr", "袜业公司那个财务经理上下级都是谁", "attribute", "财务部经理", "reports_to",
     [Q(F1, "财务总监"), Q(F1, "财务会计、出纳"), Q(F1, "成本会计")],
     [["财务总监", "财务部总监"], ["出纳"], ["财务会计", "成本会计"]],
     [T("那他学历得到哪一档", "attribute", "财务部经理", "education", [Q(F1, "会计专业本科学历")], [["本科"], ["会计"]], "pronoun"),
      T("那证书方面有讲究没", "attribute", "财务部经理", "certificate", [Q(F1, "会计师资格证书")], [["会计师"], ["资格证书", "证书"]], "ellipsis"),
      T("对年龄卡得严不严", "qualification", "财务部经理", None, [Q(F1, "35-45岁、性别不限")], [["35-45岁", "35-45"], ["放宽"]], "switch_attribute")])

# 02 cx02 车辆调度员
conv("new_hire", "调度员平时主要干啥", "duty", "车辆调度员", None,
     [Q(F2, "对人员车辆进行合理调配"), Q(F2, "2.车辆值班安排"), Q(F2, "根据司机的技术状况和车辆状况合理安排出车"), Q(F2, "1.根据司机出车情况进行考核"), Q(F2, "做好司机出差、加班以及行车公里")],
     [["合理调配"], ["值班"], ["考核", "考勤"], ["出车"]],
     [T("第二项具体说说", "duty", "车辆调度员", None, [Q(F2, "根据司机的技术状况和车辆状况合理安排出车"), Q(F2, "向司机交待清楚时间、地点、任务和注意事项")],
        [["技术状况"], ["时间、地点、任务", "注意事项"]], "ordinal"),
      T("那他的业绩标准是啥", "kpi", "车辆调度员", None, [Q(F2, "工作及时率达95%以上"), Q(F2, "2.客户满意率达90%以上"), Q(F2, "4.突发事件处理及时率达100%")], [["95%"], ["客户满意率"], ["突发事件"]], "pronoun+switch_attribute"),
      T("要几年经验才能干", "attribute", "车辆调度员", "experience", [Q(F2, "4年以上相关工作经验")], [["4年"], ["相关工作经验"]], "switch_attribute")])

# 03 cx03 培训部经理
conv("manager", "培训部经理这个位子都要管哪些事情", "duty", "培训部经理", None,
     [Q(F3, "责培训部的日常管理工作"), Q(F3, "责培训部员工的工作安排与绩效考核"), Q(F3, "g)负责培训市场的开拓"), Q(F3, "责培训计划的审核、和年度培训工作总结")],
     [["日常管理"], ["绩效考核"], ["培训市场的开拓", "市场的开拓"], ["培训计划的审核"]],
     [T("把第四条再展开讲讲呗", "duty", "培训部经理", None, [Q(F3, "责培训业务经营发展的规划,核心组课程的引入")],
        [["经营发展的规划"], ["课程的引入", "核心组课程"]], "ordinal"),
      OOS("培训顾问呢，他负责啥", "switch_role+near_miss_oos"),
      T("那培训部作为一个部门整体负责什么", "duty", None, None,
        [Q(F3, "负责培训服务产品的开发和策划工作"), Q(F3, "负责公司师资库的建立"), Q(F3, "负责公司培训档案的建立"), Q(F3, "负责培训新课程的开发")],
        [["培训服务产品"], ["师资库"], ["培训档案"], ["新课程的开发"]], "switch_role(department)")])

# 04 cx04 HR KPI sheet
conv("hr", "人力资源部KPI指标库里财务类有哪几个指标", "kpi", None, None,
     [Q(F4, "部门费用预算达成率"), Q(F4, "薪资总量预算安排达成率"), Q(F4, "招聘费用预算达成率"), Q(F4, "培训费用预算达成率")],
     [["部门费用预算达成率"], ["薪资总量预算安排达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]],
     [T("第二个指标的公式是什么样的", "kpi", None, None, [Q(F4, "(实际发生成本/计划成本)*100%")], [["实际发生成本"], ["计划成本"]], "ordinal"),
      T("客户类那一栏放的是啥", "kpi", None, None, [Q(F4, "对员工进行满意度调查的算术平均值"), Q(F4, "员工满意度调查")],
        [["员工满意度"], ["算术平均值"]], "ellipsis(switch dimension)"),
      T("招聘管理下面考什么", "kpi", None, None, [Q(F4, "招聘空缺职位所需的平均天数"), Q(F4, "人员编制控制率")],
        [["平均天数"], ["人员编制控制率"]], "switch_section")])

# 05 cx04 finance-type departments
conv("manager", "审计部的KPI一般考核哪些", "kpi", None, None,
     [Q(F4, "审计计划执行率"), Q(F4, "审计报告一次经过率"), Q(F4, "审计问题追踪检查率"), Q(F4, "审计结果准确性"), Q(F4, "审计报告证据充分性")],
     [["审计计划执行率"], ["审计报告一次经过率"], ["审计问题追踪检查率"], ["审计结果准确性", "审计报告证据充分性"]],
     [T("换成资金部的话指标有哪些", "kpi", None, None,
        [Q(F4, "公司资金预算达成率"), Q(F4, "资金筹集计划编制及时率"), Q(F4, "资金收支准确度"), Q(F4, "资金头寸变动信息掌握的及时性")],
        [["公司资金预算达成率"], ["资金筹集计划编制及时率"], ["资金收支准确度"], ["资金头寸"]], "switch_role(department)"),
      T("头寸信息那条是按什么来衡量的", "kpi", None, None, [Q(F4, "因没有及时掌握资金头寸信息")], [["损失的金额"], ["头寸"]], "partial_name"),
      T("回到审计部，审计结果准确性怎么算", "kpi", None, None, [Q(F4, "审计结果更正的次数")], [["更正"], ["审计结果"]], "back_to_earlier")])

# 06 cx05 生产主管 / 研发经理
conv("new_hire", "模具厂招的生产主管要求什么", "qualification", "生产主管", None,
     [Q(F5, "25-45岁，注塑类相关专业")], [["本科"], ["25-45岁"], ["注塑"], ["两年以上"]],
     [T("他主要管啥", "duty", "生产主管", None, [Q(F5, "车间日常生产管理")], [["车间日常生产管理"], ["简化生产流程", "合理调配"]], "pronoun"),
      T("换研发经理看看呢", "duty", "研发经理", None, [Q(F5, "关注市场，发现行业新鲜资讯")], [["新鲜资讯"], ["开发设计"]], "switch_role"),
      T("这两个岗位哪个年龄放得宽一点", "qualification", None, None, [Q(F5, "25-45岁，注塑类相关专业"), Q(F5, "模具设计类专业，有经验者优先")],
        [["25-45岁"], ["20-45岁"]], "compare")])

# 07 cx05 文案策划
conv("hr", "文案策划要招几个人，做什么", "duty", "文案策划", None,
     [Q(F5, "文案策划（2名）"), Q(F5, "协助公司各类宣传策划方案的设计和撰写")], [["2名"], ["宣传"], ["刊物"]],
     [T("对学历有啥要求呀", "attribute", "文案策划", "education", [Q(F5, "大专以上，20-35岁，有经验者优先")], [["大专"], ["20-35岁"]], "ellipsis"),
      T("待遇上给些什么", "attribute", "文案策划", "benefits", [Q(F5, "工作细心，认真负责")], [["免费食宿"], ["面议"]], "switch_attribute"),
      T("机械技术员也这样吗", "attribute", "机械技术员", "benefits", [Q(F5, "机械技术底子深厚")], [["免费食宿"], ["面议"]], "switch_role+compare")])

# 08 cx06 SRE
conv("new_hire", "宝洁那个SRE岗是做什么的", "duty", "平台Site Reliability Engineer", None,
     [L(F6, 122, 123)], [["DevOps平台"], ["开发和运维"], ["BU"]],
     [T("这个岗得有几年经验", "attribute", "平台Site Reliability Engineer", "experience", [L(F6, 124, 125)], [["4年"], ["系统管理员"]], "ellipsis"),
      T("宝洁这岗对英文水平卡不卡", "attribute", "平台Site Reliability Engineer", "skills", [L(F6, 129)], [["英语能力"], ["一定"]], "switch_attribute+company"),
      T("上班地点在哪儿啊", "attribute", "平台Site Reliability Engineer", "location", [L(F6, 122)], [["广州"], ["珠江新城"]], "switch_attribute")])

# 09 cx06 DBA / 测试经理
conv("hr", "慧算账的DBA岗位职责", "duty", "DBA", None,
     [L(F6, 62, 68)], [["容量规划"], ["SQL调优"], ["备份恢复"], ["监控"]],
     [T("第五条说的是什么", "duty", "DBA", None, [L(F6, 67)], [["备份恢复"], ["迁移", "故障排除"]], "ordinal"),
      T("同公司的测式经理要求几年经验", "attribute", "测试工程师", "experience", [L(F6, 58, 59)], [["5年以上"], ["1年3人以上", "团队管理"]], "switch_role+typo+company"),
      T("那薪资给多少", "attribute", "测试工程师", "pay", [L(F6, 50)], [["15K"], ["45K"]], "ellipsis")])

# 10 cx06 前端 (美团 / 京东物流)
conv("new_hire", "美团成都前端岗要求啥", "qualification", "前端开发工程师", None,
     [L(F6, 85, 90)], [["3年"], ["数据结构"], ["前端工程化"], ["CSS"]],
     [T("京东物流那家的前端呢", "qualification", "前端开发工程师", None, [L(F6, 98, 108)],
        [["全日制本科"], ["3-5年"], ["React/Vue", "React"], ["小程序"]], "switch_role(company)"),
      T("这两家哪个对经验要求更高", "qualification", "前端开发工程师", None, [L(F6, 86), L(F6, 99)], [["3年及以上"], ["3-5年"]], "compare"),
      OOS("前端面试一般怎么准备", "oos")])

# 11 cx06 Golang
conv("manager", "Go后端需要啥技术栈", "qualification", "Golang 后端", None,
     [L(F6, 33, 42)], [["Golang"], ["MySQL", "PostgreSQL"], ["k8s", "docker"], ["Linux"]],
     [T("写了哪些加分的点", "qualification", "Golang 后端", None, [L(F6, 44, 49)], [["terraform"], ["开源作品"], ["运维开发"]], "ellipsis"),
      T("能远程吗，工作地点在哪", "attribute", "Golang 后端", "location", [L(F6, 27)], [["杭州"], ["远程"]], "switch_attribute"),
      OOS("k8s的pod怎么自动扩容", "near_miss_oos")])

# 12 cx06 Moka 产品经理
conv("hr", "Moka的产品经理岗做什么", "duty", "产品经理", None,
     [L(F6, 13, 17)], [["绩效爆品"], ["用户行为数据分析", "数据分析"], ["跨团队合作"]],
     [T("职位要求里第三点是啥意思", "qualification", "产品经理", None, [L(F6, 22)], [["抽象能力"], ["产品设计"]], "ordinal"),
      T("薪资范围大概多少", "attribute", "产品经理", "pay", [L(F6, 13)], [["15k-40k", "15k"], ["40k"]], "switch_attribute"),
      T("他们家的前端开发工程师呢", "attribute", "前端开发工程师", "pay", [L(F6, 2)], [["15k-40k", "15k"], ["40k"]], "switch_role+company")])

# 13 cx07 采购员
conv("hr", "钢结构公司的采购员干哪些活", "duty", "采购员", None,
     [L(F7, 153, 179)], [["采购制度"], ["谈判"], ["采购计划"], ["验收"]],
     [T("第六条再说说", "duty", "采购员", None, [L(F7, 170, 172)], [["年度、月度"], ["采购计划"]], "ordinal"),
      T("对他的年龄有要求吗", "qualification", "采购员", None, [L(F7, 150)], [["45周岁以下"], ["男"]], "pronoun"),
      T("专业方面有限定吗", "attribute", "采购员", "major", [L(F7, 150)], [["供应链"], ["大专"]], "ellipsis")])

# 14 cx07 焊工 / 铆工 / 埋弧焊工
conv("new_hire", "焊工要证吗", "attribute", "焊工", "certificate",
     [L(F7, 128, 134)], [["焊工证"], ["质监局"]],
     [T("铆工那个岗呢", "qualification", "铆工", None, [L(F7, 139, 144)], [["3年以上"], ["钢结构"]], "switch_role+ellipsis"),
      T("两个岗位学历要求一样吗", "attribute", None, "education", [L(F7, 130), L(F7, 140)], [["高中及以上"], ["高中级以上"]], "compare"),
      T("埋弧焊工学历要啥", "attribute", "埋弧焊工", "education", [L(F7, 226)], [["初中"], ["三年以上"]], "switch_role")])

# 15 cx07 机修工 / 维修电工 / 高压值班电工
conv("manager", "机修工日常都做些啥工作", "duty", "机修工", None,
     [L(F7, 270, 290)], [["安全技术操作规程"], ["二级保养"], ["巡回检查"], ["故障"]],
     [T("维修电工的工作内容呢", "duty", "维修电工", None, [L(F7, 301, 321)], [["一保"], ["挂牌"], ["修理记录"]], "switch_role"),
      T("他俩任职要求有什么区别", "qualification", None, None, [L(F7, 272), L(F7, 303)], [["机械"], ["电气"], ["50周岁以下"]], "compare"),
      T("高压值班电工需要持什么证", "attribute", "高压值班电工", "certificate", [L(F7, 296)], [["高压电工资格证"], ["三年以上"]], "switch_role")])

# 16 cx07 生产技术部长
conv("hr", "招生产技术部长，任职资格怎么写的", "qualification", "生产技术部长", None,
     [L(F7, 72, 87)], [["10年以上"], ["车间主任"], ["钢构"], ["事业部总经理"]],
     [T("第一条说细一点", "qualification", "生产技术部长", None, [L(F7, 73, 76)], [["设备动力管理", "机电一体化"], ["10年以上"], ["班组管理"]], "ordinal"),
      OOS("他具体职责有哪些", "pronoun+near_miss_oos"),
      T("那销售员的薪资待遇", "attribute", "销售员", "pay", [L(F7, 121, 124)], [["面议"], ["双休"], ["社会保险"], ["住宿"]], "switch_role+switch_attribute")])

# 17 cx08 出纳 (pdf)
conv("new_hire", "培训学校出纳向谁汇报", "attribute", "出纳", "reports_to",
     [Q(F8, "直接主管:分校校长")], [["分校校长"], ["总经理"]],
     [T("她手下有人吗", "attribute", "出纳", "subordinates", [Q(F8, "平级:会计直接下属:无")], [["无"], ["直接下属", "下属"]], "pronoun"),
      T("每天要做些什么", "duty", "出纳", None,
        [Q(F8, "每天报财务“资金汇报”"), Q(F8, "根据各校区发来的收入数据进行数据录入"), Q(F8, "按时、准确地发放员工工资")],
        [["资金汇报"], ["数据录入"], ["工资"]], "ellipsis(switch_attribute)"),
      T("第七条展开", "duty", "出纳", None, [Q(F8, "为客户办理退费结算")], [["退费"], ["审批"]], "ordinal")])

# 18 cx08 出纳 qualifications
conv("hr", "培训学校招出纳要持什么证", "attribute", "出纳", "certificate",
     [Q(F8, "金融类专业大专或以上学历")], [["会计从业资格证"], ["大专"]],
     [T("那经验要求几年", "attribute", "出纳", "experience", [Q(F8, "2年以上出纳工作经验")], [["2年以上"], ["出纳工作经验"]], "ellipsis"),
      T("我是男生，能去投这个出纳吗", "qualification", "出纳", None, [Q(F8, "性别不限(女姓佳)")], [["不限"], ["女"]], "switch_attribute"),
      T("她归哪个部门管", "attribute", "出纳", "department", [Q(F8, "财务部其它日常工作"), Q(F8, "部门/分支机构总校")], [["财务部"], ["总校"]], "switch_attribute")])

# 19 cx09 人事行政部经理 KPI
conv("manager", "人事行政部经理考核表里内部运营类有哪些指标", "kpi", "人事行政部经理", None,
     [L(F9, 10, 16)], [["工作目标完成率"], ["公司组织培训完成率"], ["绩效、薪资管理完成率"], ["文件档案管理"]],
     [T("这里面权重最高的是哪项", "kpi", "人事行政部经理", None, [L(F9, 14)], [["绩效、薪资管理完成率"], ["15%"]], "ellipsis"),
      T("有权重是0的吗", "kpi", "人事行政部经理", None, [L(F9, 15)], [["工作流程改善目标完成率"], ["0%"]], "ellipsis"),
      T("学习成长革新类有哪些", "kpi", "人事行政部经理", None, [L(F9, 19, 22)], [["部门员工保有率"], ["人力计划完成率"], ["20%"]], "ellipsis(switch dimension)")])

# 20 cx09 scoring
conv("hr", "人事行政经理的后勤投诉次数怎么扣分", "kpi", "人事行政部经理", None,
     [L(F9, 18)], [["扣1分"], ["5%"]],
     [T("同一类别的另一个指标呢", "kpi", "人事行政部经理", None, [L(F9, 17)], [["内部员工满意率"], ["达到100%为5分"]], "reference"),
      T("整个客户类占多少权重", "kpi", "人事行政部经理", None, [L(F9, 17)], [["10%"], ["客户类"]], "ellipsis"),
      T("出勤那项呢", "kpi", "人事行政部经理", None, [L(F9, 23)], [["遵守制度和出勤率"], ["5%"]], "partial_name")])

# 21 cx10 导购 (GBK)
conv("new_hire", "做导购还要管收银吗", "duty", "导购", None,
     [L(F10, 11)], [["收银"], ["盘点", "账目核对"]],
     [T("还有别的活吗", "duty", "导购", None, [L(F10, 9, 17)], [["接待顾客"], ["上架", "补货"], ["卫生清洁"]], "more"),
      T("那她归谁管", "attribute", "导购", "reports_to", [L(F10, 43)], [["店长"], ["领导"]], "pronoun"),
      T("任职要求有哪些", "qualification", "导购", None, [L(F10, 31, 39)], [["学历不限"], ["轮班"], ["沟通"], ["粤语"]], "switch_attribute")])

# 22 cx11 前台 benefits, then 导购
conv("hr", "酒店前台每个月休几天", "attribute", "酒店前台", "benefits",
     [L(F11, 14)], [["4天"], ["调休"]],
     [T("几班倒", "attribute", "酒店前台", "benefits", [L(F11, 15)], [["两班"], ["8:00"], ["16:00"]], "ellipsis"),
      T("还有什么福利", "attribute", "酒店前台", "benefits", [L(F11, 16)], [["生日"], ["免费食宿"]], "more"),
      T("导购那边要不要轮班", "qualification", "导购", None, [L(F10, 35)], [["轮班"], ["适应"]], "switch_role+compare")])

# 23 cx11 前台 duties
conv("new_hire", "前台的核心工作内容有哪些", "duty", "酒店前台", None,
     [L(F11, 2, 7)], [["入住"], ["退房结算"], ["预订"], ["客诉"]],
     [T("第三条能细说下吗", "duty", "酒店前台", None, [L(F11, 5)], [["预订系统"], ["房态"], ["超售"]], "ordinal"),
      T("遇到客人投诉前台该怎么处理", "duty", "酒店前台", None, [L(F11, 6)], [["安抚情绪"], ["上报主管"]], "implicit_role"),
      OOS("酒店前台工资大概多少", "near_miss_oos")])

# 24 cx12 行政主管
conv("manager", "行政主管直属上级是哪个岗位", "attribute", "行政主管", "reports_to",
     [L(F12, 9, 10)], [["行政经理"], ["直属上级"]],
     [T("他隶属哪个部门", "attribute", "行政主管", "department", [L(F12, 15, 16)], [["行政管理部"], ["所在部门"]], "pronoun"),
      T("时间占比最大的职责是哪块", "duty", "行政主管", None, [L(F12, 38, 47)], [["65"], ["行政管理工作"], ["固定资产", "公共卫生"]], "switch_attribute"),
      OOS("这些职责的业绩衡量标准是什么", "pronoun+near_miss_oos(略)")])

# 25 cx12 行政主管, OOS in the middle, back
conv("hr", "行政主管要负责员工考勤吗", "duty", "行政主管", None,
     [L(F12, 53)], [["考勤"], ["假期"]],
     [T("部门内部建设那块还有哪些", "duty", "行政主管", None, [L(F12, 48, 54)], [["队伍建设"], ["目标的分解"], ["外联及接待"]], "more"),
      OOS("帮我查下明天北京天气", "oos_mid"),
      T("回到刚才，他的工作概术是什么", "attribute", "行政主管", "purpose", [L(F12, 25, 26)], [["协助行政经理"], ["行政服务支持"]], "back_to_earlier+typo")])

# 26 cx13 人力资源专员 / 招聘专员
conv("hr", "人力资源专员的学历和专业要求", "qualification", "人力资源专员", None,
     [L(F13, 3)], [["本科"], ["人力资源"], ["管理类"]],
     [T("那相关工作年限要求多长", "attribute", "人力资源专员", "experience", [L(F13, 4)], [["1-2年"], ["IT相关企业"]], "ellipsis"),
      T("招聘专员一级的行为标准讲了什么", "duty", "招聘专员", None, [L(F13, 9, 20)], [["招聘文案"], ["招募活动"], ["转正考核"], ["异动"]], "switch_role"),
      T("2.2是什么", "duty", "招聘专员", None, [L(F13, 18)], [["异动手续"], ["相关规定"]], "ordinal")])

# 27 cx14 财务分析会计 KPI
conv("manager", "财务分析会计的KPI有哪些，权重多少", "kpi", "财务分析会计", None,
     [L(F14, 2, 7)], [["企业内控制度的调整"], ["财务分析报告"], ["利润中心"], ["月底结帐"]],
     [T("财务分析报告那个怎么打分", "kpi", "财务分析会计", None, [L(F14, 4), L(F14, 12, 17)], [["格式"], ["数据的准确性"], ["及时性"]], "partial_name"),
      T("利润中心的呢", "kpi", "财务分析会计", None, [L(F14, 5)], [["-5分"], ["20分"], ["有效投诉"]], "ellipsis"),
      T("月底结账的准确性怎么算", "kpi", "财务分析会计", None, [L(F14, 6, 7)], [["错一次得80分"], ["60分"]], "typo(结账)")])

# 28 cx15 教务
conv("new_hire", "做教务学历最低要求是啥", "attribute", "教务", "education",
     [L(F15, 5)], [["专科"], ["师范"]],
     [T("需要相关工作经历吗", "attribute", "教务", "experience", [L(F15, 6)], [["2年以上"], ["1年以上同岗位"]], "ellipsis"),
      T("基本素养那部分列了几条", "qualification", "教务", None, [L(F15, 7, 10)], [["责任心强"], ["会爱学生"], ["宽容乐观"]], "switch_section"),
      OOS("那教务每天具体要干哪些活", "near_miss_oos(no duties)")])

# 29 cx16 薪资核算专员
conv("hr", "薪酬核算岗要会个税申报吗", "duty", "薪资核算专员", None,
     [L(F16, 9)], [["个人所得税"], ["汇算清缴"]],
     [T("那任职资格呢", "qualification", "薪资核算专员", None, [L(F16, 14, 18)], [["本科"], ["2年以上"], ["HRSSC", "共享服务中心"], ["个人所得税法", "劳动法"]], "ellipsis"),
      T("职责第一条讲的啥", "duty", "薪资核算专员", None, [L(F16, 4)], [["计提"], ["考勤"]], "ordinal+back_to_earlier"),
      OOS("社保缴费基数今年是多少", "near_miss_oos")])

# 30 cx16 -> cx08 -> cx04
conv("manager", "薪资核算专员怎么做薪资发放", "duty", "薪资核算专员", None,
     [L(F16, 8)], [["银行", "第三方支付平台"], ["发放异常"]],
     [T("换成出纳呢，他怎么发工资", "duty", "出纳", None, [Q(F8, "按时、准确地发放员工工资")], [["银行代发"], ["现金发放"]], "switch_role"),
      T("有没有考核工资发错的指标", "kpi", None, None, [Q(F4, "员工工资出错次数"), Q(F4, "(错误发放的工资次数/发放的工资次数)*100%")],
        [["员工工资出错次数"], ["错误发放"]], "switch_intent(cross-doc)"),
      T("这个指标属于哪一类", "kpi", None, None, [Q(F4, "内部营运类"), Q(F4, "薪酬管理")], [["内部营运类"], ["薪酬管理"]], "pronoun")])

SINGLES = [
    dict(persona="hr", intent="jd", question="给我写个维修电工的岗位说明书", role="维修电工", attribute=None,
         evidence=[L(F7, 301, 321)], key_points=[["例保"], ["挂牌"], ["修理记录"]],
         tool={"kind": "jd", "role": "维修电工", "must_cite_files": [F7], "expect_sections": ["duties", "qualifications"]}),
    dict(persona="hr", intent="jd", question="出一份DBA的JD草稿", role="DBA", attribute=None,
         evidence=[L(F6, 62, 74)], key_points=[["容量规划"], ["SQL调优"], ["备份恢复"]],
         tool={"kind": "jd", "role": "DBA", "must_cite_files": [F6], "expect_sections": ["duties", "qualifications"]}),
    dict(persona="manager", intent="kpi_design", question="帮资金部挑5个考核指标", role=None, attribute=None,
         evidence=[Q(F4, "公司资金预算达成率"), Q(F4, "资金收支准确度"), Q(F4, "资金筹集计划编制及时率")],
         key_points=[["公司资金预算达成率"], ["资金收支准确度"], ["资金筹集计划编制及时率"]],
         tool={"kind": "kpi_design", "role": "资金部", "count": 5, "must_cite_files": [F4],
               "expected_indicators": ["公司资金预算达成率", "资金收支准确度", "资金筹集计划编制及时率"]}),
    dict(persona="manager", intent="kpi_design", question="帮人事行政部经理设计一套考核指标", role="人事行政部经理", attribute=None,
         evidence=[L(F9, 8, 23)], key_points=[["工作目标完成率"], ["后勤投诉次数"], ["部门员工保有率"], ["人事行政成本控制"]],
         tool={"kind": "kpi_design", "role": "人事行政部经理", "count": None, "must_cite_files": [F9],
               "expected_indicators": ["工作目标完成率", "后勤投诉次数", "部门员工保有率", "人事行政成本控制"]}),
    dict(persona="new_hire", intent="attribute", question="剪板机操作工学历卡多少", role="剪板机操作工", attribute="education",
         evidence=[L(F7, 186)], key_points=[["初中以上"], ["45岁以下"]], tool=None),
    dict(persona="new_hire", intent="out_of_scope", question="钢结构公司的焊工一个月能拿多少钱", role=None, attribute=None,
         evidence=[], key_points=[], tool=None),
]


def main():
    items, forms = [], {}
    for n, c in enumerate(CONVS, 1):
        iid = f"r50x-fu-{n:02d}"
        turns = []
        for ti, t in enumerate(c["turns"], 1):
            forms[f"{iid}/turn{ti}"] = {"form": t["_form"], "intent": t["intent"]}
            t = {k: v for k, v in t.items() if k != "_form"}
            if t["attribute"] is None:
                del t["attribute"]
            turns.append(t)
        items.append({"id": iid, "persona": c["persona"], "intent": "followup", "question": c["question"],
                      "role": c["role"], "attribute": c["attribute"], "evidence": c["evidence"],
                      "key_points": c["key_points"], "expect_refusal": False, "turns": turns, "tool": None,
                      })
        forms[f"{iid}/turn0"] = {"form": "first", "intent": c["first_intent"]}
    for n, s in enumerate(SINGLES, 1):
        short = {"jd": "jd", "kpi_design": "kd", "attribute": "attr", "out_of_scope": "oos"}[s["intent"]]
        iid = f"r50x-{short}-{n:02d}"
        items.append({"id": iid, "persona": s["persona"], "intent": s["intent"], "question": s["question"],
                      "role": s["role"], "attribute": s["attribute"], "evidence": s["evidence"],
                      "key_points": s["key_points"], "expect_refusal": s["intent"] == "out_of_scope",
                      "turns": None, "tool": s["tool"]})
    with open(OUT / "set.jsonl", "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    (OUT / "forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(items), "items,", sum(len(c["turns"]) for c in CONVS), "later turns")


if __name__ == "__main__":
    main()
