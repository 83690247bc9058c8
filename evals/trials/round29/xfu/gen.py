# Builds set.jsonl and forms.json for round 29 / xfu (follow-ups + singles over corpus-extra).
import json, pathlib

OUT = pathlib.Path(__file__).resolve().parent
F01 = "cx01_财务部经理岗位说明书.docx"
F02 = "cx02_车辆调度员岗位说明书.docx"
F03 = "cx03_培训部工作手册.docx"
F04 = "cx04_部门KPI指标库.xlsx"
F05 = "cx05_招聘岗位一览.xlsx"
F06 = "cx06_技术岗位招聘信息.csv"
F07 = "cx07_人才招聘.html"
F08 = "cx08_培训学校出纳岗位说明书.pdf"
F09 = "cx09_人事行政部经理绩效考核表.md"
F10 = "cx10_导购岗位职责.txt"
F11 = "cx11_酒店前台职位描述.txt"
F12 = "cx12_行政主管岗位说明书.txt"
F13 = "cx13_人力资源招聘专员行为标准.txt"
F14 = "cx14_财务部内控与财务分析KPI组成表.txt"
F15 = "cx15_教务工作岗位素能.txt"
F16 = "cx16_薪资核算专员职位描述.txt"


def q(f, s):
    return {"file": f, "quote": s}


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


def T(question, intent, role, ev, kp, attribute=None, form=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute:
        t["attribute"] = attribute
    t["_form"] = form
    return t


def OOS(question, role=None, form="oos"):
    return {"question": question, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": [], "_form": form}


convs = []


def conv(cid, persona, first, turns):
    convs.append((cid, persona, first, turns))


# F01 车辆调度员
conv("fu-01", "new_hire",
     T("我刚进车队做调度，平常手上都有哪些活？", "duty", "车辆调度员",
       [q(F02, "根据客户有车需求,对人员车辆进行合理调配"), q(F02, "2.车辆值班安排"), q(F02, "根据司机出车情况进行考核")],
       [["合理调配", "调配"], ["值班"], ["出车"]]),
     [T("这哥们儿归哪位领导管", "attribute", "车辆调度员", [q(F02, "车辆租赁中心主任")], [["车辆租赁中心主任", "车辆租赁中心"], ["主任"]], "reports_to", ["pronoun_attribute"]),
      T("学历这块儿呢？", "attribute", "车辆调度员", [q(F02, "高中及以上"), q(F02, "教育水平")], [["高中及以上", "高中"], ["教育水平", "学历"]], "education", ["ellipsis"]),
      OOS("那他每个月到手工资大概多少？", "车辆调度员")])

# F02 财务部经理 -> 调度员 -> back
conv("fu-02", "hr",
     T("袜业公司那个财务经理，招聘门槛是啥？学历证书经验都说下", "qualification", "财务部经理",
       [q(F01, "会计专业本科学历"), q(F01, "会计师资格证书"), q(F01, "八年以工业企业财务管理经验")],
       [["会计专业本科", "本科"], ["会计师资格证书", "会计师"], ["八年"]]),
     [T("他上头是哪一级领导", "attribute", "财务部经理", [q(F01, "财务总监"), q(F01, "财务部总监"), q(F01, "直接上级")], [["财务总监", "财务部总监"], ["直接上级", "上级"]], "reports_to", ["pronoun_attribute"]),
      T("要是换成车队那个调度员呢", "attribute", "车辆调度员", [q(F02, "车辆租赁中心主任"), q(F02, "直接上级")], [["车辆租赁中心主任"], ["直接上级", "上级"]], "reports_to", ["switch_post"]),
      T("回到前一个岗位，他下面带哪些人？", "attribute", "财务部经理", [q(F01, "财务会计、出纳"), q(F01, "成本会计")], [["出纳"], ["财务会计", "成本会计"]], "subordinates", ["switch_back"])])

# F03 出纳 (pdf)
conv("fu-03", "new_hire",
     T("培训学校出纳日常手头的活都有哪几样", "duty", "出纳",
       [q(F08, "每天报财务“资金汇报”"), q(F08, "准确地发放员工工资、奖金"), q(F08, "为客户办理退费结算"), q(F08, "学校发票、收据业务办理")],
       [["资金汇报"], ["工资"], ["退费"], ["发票"]]),
     [T("排第七的那条具体是指什么？", "duty", "出纳", [q(F08, "按领导审批过的退费手续")], [["退费结算", "退费"], ["审批"]], None, ["ordinal"]),
      T("她直属上司是哪位", "attribute", "出纳", [q(F08, "直接主管:分校校长")], [["分校校长"], ["直接主管", "主管"]], "reports_to", ["pronoun_attribute"]),
      T("她每天固定要报个什么东西？", "duty", "出纳", [q(F08, "每天报财务“资金汇报”")], [["资金汇报"], ["每天"]], None, ["time_words"])])

# F04 酒店前台
conv("fu-04", "new_hire",
     T("酒店前台上班是几班倒，每月能歇几天？", "attribute", "酒店前台",
       [L(F11, 14, 15)], [["4天"], ["两班轮班", "两班"], ["8:00—16:00", "16:00—24:00"]], "benefits"),
     [T("除开排班休假，另外还有啥好处没", "attribute", "酒店前台", [L(F11, 16)], [["生日"], ["免费食宿"]], "benefits", ["more"]),
      T("核心工作内容里排第三的那项讲讲", "duty", "酒店前台", [L(F11, 5)], [["预订"], ["房态"], ["超售", "漏单"]], None, ["ordinal"]),
      OOS("前台招进来先试用多久？", "酒店前台")])

# F05 行政主管
conv("fu-05", "manager",
     T("行政主管的直属领导是哪个职位", "attribute", "行政主管", [L(F12, 9, 10)], [["行政经理"], ["直属上级", "上级"]], "reports_to"),
     [T("这人隶属哪个部门", "attribute", "行政主管", [L(F12, 15, 16)], [["行政管理部"], ["所在部门", "部门"]], "department", ["pronoun_attribute"]),
      T("他平时大部分时间花在哪一块？", "duty", "行政主管", [L(F12, 38, 47)], [["65%"], ["行政管理工作"]], None, ["time_words"]),
      OOS("这块工作的业绩衡量标准具体定的是多少？", "行政主管", ["oos"])])

# F06 人事行政部经理 KPI
conv("fu-06", "hr",
     T("人事行政部经理绩效表的内部运营类包含哪些考核项", "kpi", "人事行政部经理", [L(F09, 10, 16)],
       [["工作目标完成率"], ["公司组织培训完成率"], ["绩效、薪资管理完成率"], ["文件档案管理处理及时的监管", "文件档案管理"]]),
     [T("绩效薪资那项占多大权重？", "kpi", "人事行政部经理", [L(F09, 14)], [["15%"], ["绩效、薪资管理完成率", "绩效、薪资"]], None, ["kpi_weight"]),
      T("工作目标完成率这一项的得分规则是咋样的", "kpi", "人事行政部经理", [L(F09, 10)], [["实际完成数量/计划完成数量"], ["10分"]], None, ["kpi_formula"]),
      T("财务类跟客户类比，哪个权重更大？", "kpi", "人事行政部经理", [L(F09, 8), L(F09, 17)], [["15%"], ["10%"]], None, ["comparison", "kpi_weight"])])

# F07 人力资源部 KPI (cx04)
conv("fu-07", "hr",
     T("人力资源部KPI库中招聘管理维度下面列了哪两个指标", "kpi", None,
       [q(F04, "招聘空缺职位所需的平均天数"), q(F04, "人员编制控制率")], [["招聘空缺职位所需的平均天数", "平均天数"], ["人员编制控制率"]]),
     [T("靠后那个的公式给我一下", "kpi", None, [q(F04, "(实际人数/计划编制人数)*100%")], [["实际人数"], ["计划编制人数"]], None, ["ordinal", "kpi_formula"]),
      T("那薪酬管理这一块考什么", "kpi", None, [q(F04, "员工工资出错次数"), q(F04, "员工工资发放的出错人次数")], [["员工工资出错次数", "工资出错"], ["出错人次", "错误发放"]], None, ["ellipsis"]),
      OOS("这几项在表里各自占多少权重", None)])

# F08 cx14 财务部内控与财务分析
conv("fu-08", "manager",
     T("内控与财务分析那张KPI组成表一共几项，每项权重怎么分配", "kpi", None, [L(F14, 3, 6)],
       [["企业内控制度的调整"], ["财务分析报告"], ["利润中心的操作维护"], ["月底结帐处理", "月底结账"], ["30%"]]),
     [T("利润中心那项是怎么扣分的", "kpi", None, [L(F14, 5)], [["一次-5分"], ["四次及以上0分"]], None, ["kpi_formula"]),
      T("表里最后那项指标的考核目的是啥", "kpi", None, [L(F14, 6)], [["保证月底结帐的及时准确完成", "及时准确"], ["月底结帐处理", "月底结账"]], None, ["ordinal"]),
      T("排第二的那个指标，附表从哪几方面打分？", "kpi", None, [L(F14, 4), L(F14, 12, 16)],
        [["格式"], ["数据的准确性", "准确性"], ["数据的有效性", "有效性"], ["报告提交的及时性", "及时性"]], None, ["ordinal"])])

# F09 DBA -> SRE -> back
conv("fu-09", "new_hire",
     T("DBA这个岗学历卡多少、专业限定哪些", "qualification", "DBA", [L(F06, 70)], [["本科"], ["计算机"], ["信息安全", "网络工程", "通信"]], "education"),
     [T("具体他手上负责些什么工作", "duty", "DBA", [L(F06, 63, 68)], [["容量规划"], ["SQL调优"], ["备份恢复"]], None, ["pronoun_attribute"]),
      T("换成宝洁那个SRE的话，平时做啥", "duty", "平台Site Reliability Engineer", [L(F06, 123)], [["DevOps平台"], ["开发和运维", "运维"]], None, ["switch_post"]),
      T("再切回前一个岗位，给的薪资范围是多少", "attribute", "DBA", [L(F06, 62)], [["15K-45K", "15K - 45K"], ["DBA"]], "pay", ["switch_back"])])

# F10 Golang 后端
conv("fu-10", "hr",
     T("Go后端这个岗位的硬性要求有哪些", "qualification", "Golang 后端", [L(F06, 35, 42)],
       [["2-5年", "2-5 年"], ["MySQL", "PostgreSQL"], ["k8s", "docker"]]),
     [T("就这些吗，后面还有不", "qualification", "Golang 后端", [L(F06, 44, 49)], [["terraform"], ["开源作品"]], None, ["more"]),
      T("这个岗能远程办公不", "attribute", "Golang 后端", [L(F06, 27)], [["远程"], ["杭州", "北京"]], "location", ["pronoun_attribute"]),
      OOS("顺便问下，terraform的state文件怎么加锁？", "Golang 后端")])

# F11 测试经理 -> DBA
conv("fu-11", "manager",
     T("慧算账招的测试经理，任职资格是怎样的", "qualification", "测试工程师", [L(F06, 58, 59)],
       [["5年以上"], ["3个或以上"], ["测试团队管理"]]),
     [T("职责部分第5点讲的啥内容", "duty", "测试工程师", [L(F06, 55)], [["技能、业务培训", "培训"], ["指导"]], None, ["ordinal"]),
      T("换成DBA，第五点呢？", "duty", "DBA", [L(F06, 67)], [["备份恢复"], ["迁移", "故障排除"]], None, ["switch_post", "ordinal"]),
      T("这俩给的薪资一样吗", "attribute", None, [L(F06, 50), L(F06, 62)], [["15K-45K", "15K - 45K"], ["DBA"], ["测试"]], "pay", ["comparison"])])

# F12 采购员
conv("fu-12", "hr",
     T("钢结构厂那个采购员招聘条件是什么", "qualification", "采购员", [L(F07, 150)],
       [["45周岁以下"], ["大专"], ["物流及供应链"], ["3年以上采购主管", "3年以上"]]),
     [T("他手上的活都有哪几样", "duty", "采购员", [L(F07, 156, 177)], [["采购制度"], ["谈判"], ["采购计划"], ["供应商"]], None, ["pronoun_attribute"]),
      T("倒过来数第二条是啥意思，细说下", "duty", "采购员", [L(F07, 174)], [["验收"], ["仓储"]], None, ["ordinal"]),
      T("跟机修工比，谁的年龄限制更宽松？", "qualification", None, [L(F07, 150), L(F07, 272)], [["50周岁"], ["45周岁"]], None, ["comparison"])])

# F13 焊工 -> 埋弧焊工 -> back
conv("fu-13", "new_hire",
     T("做焊工上岗必须拿什么证", "attribute", "焊工", [L(F07, 133)], [["焊工证"], ["质监局"]], "certificate"),
     [T("那学历上呢", "attribute", "焊工", [L(F07, 130)], [["高中"], ["学历"]], "education", ["ellipsis"]),
      T("要是埋弧焊工，学历又是什么要求", "attribute", "埋弧焊工", [L(F07, 226)], [["初中"], ["学历"]], "education", ["switch_post"]),
      T("那前一个岗位对年龄有啥限制", "qualification", "焊工", [L(F07, 130)], [["40岁以下"], ["年龄"]], None, ["switch_back"])])

# F14 机修工 -> 维修电工 -> back
conv("fu-14", "manager",
     T("机修工日常主要做哪些工作", "duty", "机修工", [L(F07, 278, 287)], [["安全技术操作规程"], ["二级保养"], ["巡回检查"]]),
     [T("那他得有啥资格正书不", "attribute", "机修工", [L(F07, 272)], [["资格证书"], ["职业培训"]], "certificate", ["typo"]),
      T("那维修电工这块又怎样", "attribute", "维修电工", [L(F07, 303)], [["资格证书"], ["职业培训"]], "certificate", ["switch_post"]),
      T("回到前面那个岗位，他工作内容第三条是啥", "duty", "机修工", [L(F07, 284)], [["性能和结构"], ["判断故障"]], None, ["switch_back", "ordinal"])])

# F15 生产主管 -> 研发经理
conv("fu-15", "hr",
     T("注塑厂的生产主管，招人条件是什么", "qualification", "生产主管", [q(F05, "25-45岁，注塑类相关专业")],
       [["本科"], ["注塑"], ["两年以上"]]),
     [T("职责那部分呢", "duty", "生产主管", [q(F05, "车间日常生产管理")], [["车间日常生产管理"], ["简化生产流程"]], None, ["ellipsis"]),
      T("如果是研发经理，职责又是什么", "duty", "研发经理", [q(F05, "关注市场，发现行业新鲜资讯")], [["关注市场"], ["开发设计"]], None, ["switch_post"]),
      T("他得学什么专叶才行", "attribute", "研发经理", [q(F05, "本科以上，20-45岁，模具设计类专业")], [["模具设计"], ["专业"]], "major", ["typo", "pronoun_attribute"])])

# F16 销售经理 -> 文案策划
conv("fu-16", "new_hire",
     T("模具厂的销售经理具体做啥", "duty", "销售经理", [q(F05, "帮助业务经理处理订单的相关内容")],
       [["处理订单"], ["解答客户"], ["跟进订单"]]),
     [T("一年要出几回差？", "duty", "销售经理", [q(F05, "帮助业务经理处理订单的相关内容")], [["1~2次"], ["上海"]], None, ["time_words"]),
      T("那任职方面有什么要求", "qualification", "销售经理", [q(F05, "本科以上，20-35岁，英语专业者优先")], [["本科"], ["20-35岁"], ["英语"]], None, ["ellipsis"]),
      T("换文案策划的话要求怎样", "qualification", "文案策划", [q(F05, "大专以上，20-35岁，有经验者优先")], [["大专"], ["工作细心", "细心"]], None, ["switch_post"])])

# F17 培训部经理
conv("fu-17", "manager",
     T("培训部经理平日里要抓哪些事", "duty", "培训部经理",
       [q(F03, "责培训部的日常管理工作"), q(F03, "责培训部员工的工作安排与绩效考核"), q(F03, "g)负责培训市场的开拓"), q(F03, "负责合理安排培训资源")],
       [["日常管理"], ["绩效考核"], ["培训市场的开拓", "培训市场"], ["培训资源"]]),
     [T("第四个详细展开讲讲", "duty", "培训部经理", [q(F03, "责培训业务经营发展的规划")], [["经营发展的规划", "规划"], ["核心组课程"]], None, ["ordinal"]),
      T("他底下配了哪些岗位的人", "attribute", "培训部经理", [q(F03, "其中培训部经理1名,培训顾问1名")], [["培训顾问"], ["培训助理"]], "subordinates", ["pronoun_attribute"]),
      OOS("那培训顾问平常做些什么活", None, ["oos", "switch_post"])])

# F18 导购
conv("fu-18", "new_hire",
     T("商超导购有什么招聘要求", "qualification", "导购", [L(F10, 33, 39)],
       [["学历不限"], ["轮班"], ["沟通"], ["粤语"]]),
     [T("她是听谁指挥的", "attribute", "导购", [L(F10, 43)], [["店长"], ["领导", "负责"]], "reports_to", ["pronoun_attribute"]),
      T("每天早上到店要先干啥", "duty", "导购", [L(F10, 47, 49)], [["样板"], ["POP", "标签"]], None, ["time_words"]),
      T("还要负责手银吗", "duty", "导购", [L(F10, 11)], [["收银"], ["盘点", "账目核对"]], None, ["typo"])])

# F19 招聘专员 -> 人力资源专员
conv("fu-19", "hr",
     T("招聘专员一级行为标准中关于招聘的部分要求做哪些事", "duty", "招聘专员", [L(F13, 9, 14)],
       [["策划"], ["招募活动", "招募"], ["内部信息网"]]),
     [T("就这些？还有没有", "duty", "招聘专员", [L(F13, 15, 20)], [["转正考核"], ["异动"]], None, ["more"]),
      T("人力资源专员那个岗位的任职资格又是怎样的", "qualification", "人力资源专员", [L(F13, 3, 4)], [["本科"], ["人力资源"], ["1-2年"]], None, ["switch_post"]),
      T("英文要求高不高，要会听说读些吗", "attribute", "人力资源专员", [L(F13, 6)], [["中英文"], ["听、说、读、写"]], "skills", ["typo"])])

# F20 教务
conv("fu-20", "new_hire",
     T("教务老师学历得啥水平", "attribute", "教务", [L(F15, 5)], [["大学专科"], ["师范"]], "education"),
     [T("经验这块呢", "attribute", "教务", [L(F15, 6)], [["2年以上"], ["1年以上同岗位", "1年以上"]], "experience", ["ellipsis"]),
      T("基本素养里的第二条说的是什么内容", "qualification", "教务", [L(F15, 9)], [["会爱学生", "爱"], ["教育教学的基本规律"]], None, ["ordinal"]),
      OOS("教务这个岗位平时归谁管", "教务", ["oos"])])

# F21 薪资核算专员
conv("fu-21", "hr",
     T("薪酬核算专员一个月下来都要忙哪些事", "duty", "薪资核算专员", [L(F16, 4, 9)],
       [["计提"], ["薪资计算"], ["个税", "个人所得税"], ["薪资发放"]]),
     [T("年底那阵子额外要干啥", "duty", "薪资核算专员", [L(F16, 10)], [["年终奖"], ["个税优化"]], None, ["time_words"]),
      T("编号2的那条细讲一下", "duty", "薪资核算专员", [L(F16, 5)], [["考勤记录"], ["社保公积金"], ["HRBP"]], None, ["ordinal"]),
      T("这个岗位得熟悉哪几部法", "attribute", "薪资核算专员", [L(F16, 17)], [["劳动法"], ["个人所得税法"]], "skills", ["ellipsis"])])

# F22 产品经理
conv("fu-22", "manager",
     T("Moka在招的那个产品经理，日常职责有哪些", "duty", "产品经理", [L(F06, 14, 17)],
       [["绩效爆品"], ["用户行为数据分析", "数据分析"], ["跨团队合作"]]),
     [T("那职位要求部分呢", "qualification", "产品经理", [L(F06, 20, 23)], [["需求识别"], ["学习能力"], ["Ownership"]], None, ["ellipsis"]),
      T("还有不", "qualification", "产品经理", [L(F06, 25, 26)], [["OKR", "KPI"], ["绩效"]], None, ["more"]),
      T("他办公城市是哪里", "attribute", "产品经理", [L(F06, 13)], [["成都"], ["Moka", "产品经理"]], "location", ["pronoun_attribute"])])

# F23 财务部经理 -> 出纳 -> compare -> back
conv("fu-23", "new_hire",
     T("财务部经理需要考哪个资格证", "attribute", "财务部经理", [q(F01, "会计师资格证书"), q(F01, "职业资格")], [["会计师资格证书"], ["职业资格", "证书"]], "certificate"),
     [T("那出纳这个岗位呢", "attribute", "出纳", [q(F08, "会计、金融类专业大专或以上学历")], [["会计从业资格证"], ["从业资格", "资格证"]], "certificate", ["switch_post"]),
      T("这俩谁对从业年限要求更高", "qualification", None, [q(F01, "八年以工业企业财务管理经验"), q(F08, "2年以上出纳工作经验")], [["八年"], ["2年以上"]], None, ["comparison"]),
      T("回到最开始那个岗位，他向谁汇报？", "attribute", "财务部经理", [q(F01, "财务总监"), q(F01, "财务部总监"), q(F01, "直接上级")], [["财务总监", "财务部总监"], ["直接上级", "上级"]], "reports_to", ["switch_back"])])

# F24 生产技术部长 -> 电气技术储备
conv("fu-24", "hr",
     T("生产技术部长得干过几年才能应聘", "attribute", "生产技术部长", [L(F07, 74), L(F07, 78)], [["10年以上"], ["2年及以上"]], "experience"),
     [T("那专业上呢", "attribute", "生产技术部长", [L(F07, 74)], [["设备动力管理"], ["机电一体化"]], "major", ["ellipsis"]),
      T("要是换成电气技术储备，专业要求有啥不同", "attribute", "电气技术储备", [L(F07, 254)], [["机电一体化"], ["偏弱电"]], "major", ["switch_post"]),
      T("这俩哪个能招应届生", "qualification", None, [L(F07, 252, 254), L(F07, 74)], [["应届"], ["电气技术储备"]], None, ["comparison"])])

# F25 审计部 -> 资金部
conv("fu-25", "manager",
     T("审计部KPI都包括啥", "kpi", None,
       [q(F04, "审计计划执行率"), q(F04, "审计报告一次经过率"), q(F04, "审计结果准确性"), q(F04, "审计报告归档率")],
       [["审计计划执行率"], ["审计报告一次经过率"], ["审计结果准确性"], ["审计报告归档率"]]),
     [T("审计结果准确性这个指标拿什么来衡量", "kpi", None, [q(F04, "审计结果更正的次数"), q(F04, "审计结果准确性")], [["更正的次数", "更正"], ["审计结果准确性"]], None, ["kpi_formula"]),
      T("那资金部的KPI呢", "kpi", None, [q(F04, "公司资金预算达成率"), q(F04, "资金收支准确度")], [["公司资金预算达成率"], ["资金收支准确度"]], None, ["switch_post"]),
      OOS("资金部那几项各自权重是多少", None)])

singles = [
    ("s-duty-01", "new_hire", "duty", "维修电工岗的活儿具体包括哪些", "维修电工", None, [L(F07, 309, 318)],
     [["安全技术操作规程"], ["例保", "大修"], ["挂牌"]]),
    ("s-duty-02", "hr", "duty", "在商超渠道做导购主要做哪些事", "导购", None, [L(F10, 23, 27)],
     [["货品陈列"], ["销售目标"], ["介绍公司产品"]]),
    ("s-qual-01", "hr", "qualification", "值班高压电工这个岗，应聘门槛是什么", "高压值班电工", None, [L(F07, 296)],
     [["高压电工资格证"], ["三年以上"], ["45周岁以下"]]),
    ("s-qual-02", "manager", "qualification", "宝洁平台SRE岗位对候选人要求些什么", "平台Site Reliability Engineer", None, [L(F06, 125, 129)],
     [["4年以上系统管理员经验", "4年以上"], ["K8S"], ["英语"]]),
    ("s-attr-01", "new_hire", "attribute", "车辆调度员要求学什么专业的", "车辆调度员", "major", [q(F02, "汽车修理专业"), q(F02, "专业要求")],
     [["汽车修理专业", "汽车修理"], ["专业要求", "专业"]]),
    ("s-attr-02", "new_hire", "attribute", "钢结构公司的销售员有啥待遇", "销售员", "benefits", [L(F07, 123)],
     [["双休"], ["社会保险"], ["住宿"]]),
    ("s-kpi-01", "manager", "kpi", "财务部的现金收支准确性这个指标怎么考", None, None, [q(F04, "现金收支准确性"), q(F04, "现金收支出错次数")],
     [["现金收支出错次数", "出错次数"], ["现金收支准确性"]]),
    ("s-kpi-02", "hr", "kpi", "人事行政部经理学习成长革新这一类下设哪些指标", "人事行政部经理", None, [L(F09, 19, 22)],
     [["部门员工保有率"], ["部门培训目标完成率"], ["员工测评"], ["人力计划完成率"]]),
    ("s-oos-01", "hr", "out_of_scope", "车辆调度员单位和个人的社保缴费比例各是多少", None, None, [], []),
    ("s-oos-02", "manager", "out_of_scope", "行政主管的工资等级定在几级", None, None, [], []),
]

items, forms = [], {}
for cid, persona, first, turns in convs:
    it = {"id": "r29x-" + cid, "persona": persona, "intent": "followup", "question": first["question"],
          "role": first["role"], "attribute": first.get("attribute"), "evidence": first["evidence"],
          "key_points": first["key_points"], "expect_refusal": False, "turns": [], "tool": None}
    fl = []
    for t in turns:
        f = t.pop("_form")
        fl.append(f if isinstance(f, list) else [f])
        t = {k: v for k, v in t.items() if v is not None or k in ("role",)}
        it["turns"].append(t)
    forms[it["id"]] = [{"turn": i + 1, "question": t["question"], "forms": f} for i, (t, f) in enumerate(zip(it["turns"], fl))]
    items.append(it)
for sid, persona, intent, qs, role, attr, ev, kp in singles:
    items.append({"id": "r29x-" + sid, "persona": persona, "intent": intent, "question": qs, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": intent == "out_of_scope",
                  "turns": None, "tool": None})

with open(OUT / "set.jsonl", "w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump(forms, open(OUT / "forms.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), "items", sum(len(i["turns"] or []) for i in items), "later turns")
