# Builds set.jsonl and forms.json for round 71 (xfu). Written before gangwei was run.
import json
C = {1:"cx01_财务部经理岗位说明书.docx",2:"cx02_车辆调度员岗位说明书.docx",3:"cx03_培训部工作手册.docx",
     4:"cx04_部门KPI指标库.xlsx",5:"cx05_招聘岗位一览.xlsx",6:"cx06_技术岗位招聘信息.csv",7:"cx07_人才招聘.html",
     8:"cx08_培训学校出纳岗位说明书.pdf",9:"cx09_人事行政部经理绩效考核表.md",10:"cx10_导购岗位职责.txt",
     11:"cx11_酒店前台职位描述.txt",12:"cx12_行政主管岗位说明书.txt",13:"cx13_人力资源招聘专员行为标准.txt",
     14:"cx14_财务部内控与财务分析KPI组成表.txt",15:"cx15_教务工作岗位素能.txt",16:"cx16_薪资核算专员职位描述.txt"}
def Q(n, *quotes): return [{"file": C[n], "quote": q} for q in quotes]
def L(n, a, b=None): return [{"file": C[n], "line_start": a, "line_end": b or a}]
def T(q, intent, role, ev, kp, attr=None, form=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attr: t["attribute"] = attr
    return (t, form)
def OOS(q, role=None, form="out-of-scope mid"):
    return ({"question": q, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": []}, form)

items, forms = [], {}
def FU(n, persona, q, intent, role, ev, kp, turns, attr=None):
    iid = f"r71x-fu-{n:02d}"
    it = {"id": iid, "persona": persona, "intent": "followup", "question": q, "role": role,
          "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": False,
          "turns": [t for t, f in turns], "tool": None}
    items.append(it); forms[iid] = {"first_intent": intent, "later": [f for t, f in turns]}
def S(n, intent, persona, q, role, ev, kp, attr=None, tool=None, refusal=False):
    items.append({"id": f"r71x-{intent[:4]}-{n:02d}", "persona": persona, "intent": intent, "question": q,
                  "role": role, "attribute": attr, "evidence": ev, "key_points": kp,
                  "expect_refusal": refusal, "turns": None, "tool": tool})

# 1 cx02 调度员
FU(1, "new_hire", "调度员这个岗位平时主要干些什么？", "duty", "车辆调度员",
   Q(2, "对人员车辆进行合理调配", "2.车辆值班安排", "根据司机出车情况进行考核"), [["合理调配"], ["值班"], ["考核"]],
   [T("他的顶头上司是哪位", "attribute", "车辆调度员", Q(2, "车辆租赁中心主任"), [["车辆租赁中心"], ["主任"]], "reports_to", "pronoun"),
    T("调度员这活儿学历卡不卡", "attribute", "车辆调度员", Q(2, "高中及以上"), [["高中"], ["及以上"]], "education", "switch attribute (short title)"),
    T("业绩标准那块第2条讲的啥", "kpi", "车辆调度员", Q(2, "客户满意率达90%以上"), [["客户满意率"], ["90%"]], None, "ordinal")])
# 2 cx01 财务部经理
FU(2, "hr", "袜业那家公司招财务经理，学历和证书分别要啥", "qualification", "财务部经理",
   Q(1, "会计专业本科学历", "会计师资格证书"), [["本科"], ["会计师资格证书", "会计师"]],
   [T("那得干过几年呢", "attribute", "财务部经理", Q(1, "八年以工业企业财务管理经验"), [["八年"], ["五年"]], "experience", "ellipsis"),
    T("财务经理手下直接带着谁", "attribute", "财务部经理", Q(1, "财务会计、出纳"), [["出纳"], ["财务会计", "成本会计"]], "subordinates", "switch attribute (short title)"),
    OOS("那他年终奖一般发多少", "财务部经理")], attr=None)
# 3 cx03 培训部经理
FU(3, "manager", "培训部经理日常要管哪些事儿", "duty", "培训部经理",
   Q(3, "责培训部的日常管理工作", "责培训部员工的工作安排与绩效考核", "g)负责培训市场的开拓"),
   [["日常管理"], ["绩效考核"], ["培训市场的开拓"]],
   [T("第四条具体说的是啥", "duty", "培训部经理", Q(3, "责培训业务经营发展的规划,核心组课程的引入"), [["经营发展的规划"], ["课程的引入"]], None, "ordinal"),
    OOS("同部门的培训顾问，职责是啥样", None, "switch role (near-miss OOS)"),
    T("再说回培训部经理，他和市场部之间要协作些啥", "duty", "培训部经理", Q(3, "协助市场部进行培训市场开发工作"), [["协助市场部"], ["可行性"]], None, "back to earlier topic")])
# 4 cx04 HR KPI
FU(4, "hr", "HR部门KPI库里财务类那几个指标是什么", "kpi", None,
   Q(4, "部门费用预算达成率", "薪资总量预算安排达成率", "招聘费用预算达成率", "培训费用预算达成率"),
   [["部门费用预算达成率"], ["薪资总量预算安排达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]],
   [T("第3个是怎么计算的", "kpi", None, Q(4, "当年实际发生招聘费用与预算费用的比例"), [["实际发生招聘费用", "实际发生费用"], ["预算费用", "计划费用"]], None, "ordinal"),
    T("客户类维度下面呢", "kpi", None, Q(4, "员工对公司人力资源制度的满意度", "员工满意度调查"), [["员工满意度"], ["满意度调查"]], None, "ellipsis"),
    T("如果换成审计部门，指标有哪些", "kpi", None, Q(4, "审计计划执行率", "审计报告一次经过率", "审计结果准确性"), [["审计计划执行率"], ["审计报告一次经过率"], ["审计结果准确性"]], None, "switch role (换成X)")])
# 5 cx04 资金部
FU(5, "manager", "资金部一般拿哪些KPI来考核", "kpi", None,
   Q(4, "公司资金预算达成率", "资金收支准确度", "资金筹集计划编制及时率"),
   [["公司资金预算达成率"], ["资金收支准确度"], ["资金筹集计划编制及时率"]],
   [T("第六个指标是什么意思", "kpi", None, Q(4, "因没有及时掌握资金头寸信息, 导致公司损失的金额"), [["资金头寸"], ["损失的金额"]], None, "ordinal"),
    T("财务部自己的那几个呢", "kpi", None, Q(4, "公司财务预算达成率", "账务处理及时性", "现金收支准确性"), [["公司财务预算达成率"], ["账务处理及时性"], ["现金收支准确性"]], None, "ellipsis (switch dept)"),
    OOS("帮我算一下今年的个税")])
# 6 cx05 生产主管
FU(6, "hr", "做注塑的那家厂招生产主管，有哪些硬性条件", "qualification", "生产主管",
   Q(5, "本科以上，25-45岁，注塑类相关专业"), [["本科"], ["注塑类"], ["两年以上"]],
   [T("他平时具体做什么", "duty", "生产主管", Q(5, "车间日常生产管理"), [["车间日常生产管理"], ["简化生产流程"]], None, "pronoun"),
    T("要是换成机械技术员，干的活有啥", "duty", "机械技术员", Q(5, "协助工程师完成车间机器的维修"), [["维修"], ["治具"], ["革新"]], None, "switch role (换成X)"),
    T("这俩学历要求有啥不一样", "qualification", None, Q(5, "本科以上，25-45岁，注塑类相关专业", "机械技术底子深厚"), [["本科"], ["大专"]], None, "comparison")])
# 7 cx05 销售经理
FU(7, "new_hire", "模具厂销售经理这岗要跑外地出差不", "duty", "销售经理",
   Q(5, "每年有1~2次到上海等地出差"), [["出差"], ["上海"]],
   [T("这岗位吃住和工资怎么安排", "attribute", "销售经理", Q(5, "本科以上，20-35岁，英语专业者优先"), [["免费食宿"], ["面议"]], "benefits", "switch attribute"),
    T("文案策划那边待遇也一样吗", "attribute", "文案策划", Q(5, "大专以上，20-35岁，有经验者优先"), [["免费食宿"], ["面议"]], "benefits", "ellipsis (switch role)"),
    T("回到销售经理，年龄和学历有什么限制", "qualification", "销售经理", Q(5, "本科以上，20-35岁，英语专业者优先"), [["20-35"], ["本科"]], None, "back to earlier topic")])
# 8 cx06 测试经理
FU(8, "hr", "慧算账的测试经理要几年经验", "attribute", "测试工程师",
   L(6, 58, 59), [["5年以上"], ["团队管理"]],
   [T("那职责呢，列一下", "duty", "测试工程师", L(6, 51, 56), [["测试计划"], ["测试工具"], ["培训"]], None, "ellipsis"),
    T("第五点呢", "duty", "测试工程师", L(6, 55), [["新成员"], ["培训"]], None, "ordinal"),
    T("同公司的DBA学历要求是啥", "attribute", "DBA", L(6, 70), [["本科"], ["计算机"]], "education", "switch role (same company)"),
    T("这俩工资一样吗", "attribute", None, L(6, 50) + L(6, 62), [["15K-45K"], ["DBA"]], "pay", "comparison")], attr="experience")
# 9 cx06 Golang
FU(9, "new_hire", "Go后端岗位在哪些城市办公", "attribute", "Golang 后端",
   L(6, 27), [["杭州"], ["远程"]],
   [T("这岗位要几年Go项目经验", "attribute", "Golang 后端", L(6, 35), [["2-5年"], ["Golang"]], "experience", "ellipsis"),
    T("有什么加分的条件", "qualification", "Golang 后端", L(6, 44, 49), [["terraform"], ["开源作品"]], None, "ellipsis"),
    T("docker要会吗", "qualification", "Golang 后端", L(6, 42), [["docker"], ["k8s"]], None, "ellipsis (detail)")], attr="location")
# 10 cx06 美团前端
FU(10, "new_hire", "美团成都那个前端岗位职责是什么", "duty", "前端开发工程师",
   L(6, 79, 83), [["CRM"], ["中后台"], ["培养团队成员"]],
   [T("美团这个要干过几年", "attribute", "前端开发工程师", L(6, 86), [["3年"], ["互联网研发"]], "experience", "ellipsis"),
    T("换成京东物流的前端呢", "attribute", "前端开发工程师", L(6, 99), [["3-5年"], ["本科"]], "experience", "switch company (换成X)"),
    T("京东这个在哪上班", "attribute", "前端开发工程师", L(6, 96), [["北京总部"], ["京东物流"]], "location", "pronoun + switch attribute")])
# 11 cx06 SRE
FU(11, "manager", "宝洁的SRE主要做啥", "duty", "平台Site Reliability Engineer",
   L(6, 122, 123), [["DevOps平台"], ["运维"]],
   [T("对英语有要求不", "qualification", "平台Site Reliability Engineer", L(6, 129), [["英语"], ["有一定英语能力"]], None, "ellipsis"),
    OOS("Kubernetes里怎么部署一个pod"),
    T("那系统管理员经验要几年", "attribute", "平台Site Reliability Engineer", L(6, 125), [["4年以上"], ["系统管理员"]], "experience", "back after OOS")])
# 12 cx06 产品经理
FU(12, "hr", "Moka产品经理的加分项是什么", "qualification", "产品经理",
   L(6, 25, 26), [["绩效"], ["OKR"]],
   [T("工作职责第一条", "duty", "产品经理", L(6, 14), [["绩效爆品"], ["市场环境", "用户研究"]], None, "ordinal"),
    T("那给多少钱", "attribute", "产品经理", L(6, 13), [["15k-40k"], ["15k-40k*15", "15薪"]], "pay", "ellipsis"),
    T("同公司前端开发薪资一样吗", "attribute", "前端开发工程师", L(6, 2), [["15k-40k"], ["前端开发工程师"]], "pay", "comparison / switch role")])
# 13 cx07 采购员
FU(13, "new_hire", "钢构厂采购员每天负责的工作都包括啥", "duty", "采购员",
   L(7, 153, 179), [["采购制度"], ["与供应商谈判"], ["采购计划"]],
   [T("其中第5项能展开说说吗", "duty", "采购员", L(7, 167, 169), [["采购成本"], ["合理库存"]], None, "ordinal"),
    T("招这个岗的门槛呢", "qualification", "采购员", L(7, 150), [["45周岁以下"], ["大专"], ["3年以上采购主管"]], None, "ellipsis"),
    T("限不限男女", "qualification", "采购员", L(7, 150), [["男"], ["45周岁"]], None, "ellipsis (detail)")])
# 14 cx07 维修电工/机修工
FU(14, "hr", "维修电工需要什么资格证", "attribute", "维修电工",
   L(7, 303), [["资格证书"], ["职业培训"]],
   [T("年龄卡在多少", "qualification", "维修电工", L(7, 303), [["50周岁以下"], ["男"]], None, "ellipsis"),
    T("机修工的年龄要求一样吗", "qualification", "机修工", L(7, 272), [["50周岁以下"], ["男"]], None, "comparison / switch role"),
    T("机修工主要做啥", "duty", "机修工", L(7, 275, 289), [["二级保养"], ["巡回检查"]], None, "switch attribute")], attr="certificate")
# 15 cx07 焊工 typo
FU(15, "new_hire", "焊功要什么学历", "attribute", "焊工",
   L(7, 130), [["高中"], ["及以上"]],
   [T("上岗得有啥证", "attribute", "焊工", L(7, 133), [["焊工证"], ["质监局"]], "certificate", "ellipsis"),
    T("那埋弧焊工学历呢", "attribute", "埋弧焊工", L(7, 226), [["初中"], ["学历"]], "education", "switch role"),
    T("他主要干什么活", "duty", "埋弧焊工", L(7, 229), [["埋弧焊机"], ["钢结构焊接"]], None, "pronoun")], attr="education")
# 16 cx07 销售员 / 生产技术部长
FU(16, "new_hire", "钢结构公司的销售员待遇如何", "attribute", "销售员",
   L(7, 121, 124), [["双休"], ["面议"], ["社会保险"], ["住宿"]],
   [T("要什么学历和英语水平", "qualification", "销售员", L(7, 111), [["大专"], ["英语四级"]], None, "switch attribute"),
    T("生产技术部长呢", "qualification", "生产技术部长", L(7, 73, 76), [["大专"], ["10年以上"]], None, "ellipsis (switch role)"),
    OOS("他的岗位职责写了吗", "生产技术部长", "pronoun (near-miss OOS)")], attr="benefits")
# 17 cx08 出纳 汇报
FU(17, "new_hire", "培训学校的出纳向谁汇报工作", "attribute", "出纳",
   Q(8, "直接主管:分校校长"), [["分校校长"], ["直接主管"]],
   [T("隔一级的领导又是谁", "attribute", "出纳", Q(8, "直接主管:分校校长"), [["总经理"], ["隔级"]], "reports_to", "ellipsis"),
    T("她要做哪些工作", "duty", "出纳", Q(8, "每天报财务“资金汇报”", "准确地发放员工工资、奖金", "为客户办理退费结算"), [["资金汇报"], ["工资"], ["退费"]], None, "pronoun"),
    T("第七条什么意思", "duty", "出纳", Q(8, "按领导审批过的退费手续"), [["退费"], ["审批"]], None, "ordinal"),
    T("证书要什么", "attribute", "出纳", Q(8, "会计、金融类专业大专或以上学历"), [["会计从业资格证"], ["会计从业"]], "certificate", "switch attribute")], attr="reports_to")
# 18 cx08 出纳 要求
FU(18, "hr", "培训学校招出纳，任职条件列一下", "qualification", "出纳",
   Q(8, "会计、金融类专业大专或以上学历", "2年以上出纳工作经验"), [["大专"], ["2年以上"], ["会计从业资格证"]],
   [T("男生女生有要求吗", "qualification", "出纳", Q(8, "性别不限(女姓佳)"), [["不限"], ["女"]], None, "ellipsis (detail)"),
    T("她编制挂在哪个部门", "attribute", "出纳", Q(8, "岗位代码所属部门财务部"), [["财务部"], ["所属部门"]], "department", "pronoun"),
    OOS("薪资级别是多少", "出纳", "ellipsis (near-miss OOS, empty field)")])
# 19 cx09 人事行政部经理
FU(19, "manager", "人事行政部经理的考核指标分哪几类", "kpi", "人事行政部经理",
   L(9, 8, 23), [["财务类"], ["内部运营类"], ["客户类"], ["学习成长革新类"]],
   [T("内部运营类这一类权重占几成", "kpi", "人事行政部经理", L(9, 10), [["50%"], ["内部运营类"]], None, "ellipsis"),
    T("这一类里权重最大的指标是哪条", "kpi", "人事行政部经理", L(9, 14), [["绩效、薪资管理完成率"], ["15%"]], None, "pronoun"),
    T("客户类下面呢", "kpi", "人事行政部经理", L(9, 17, 18), [["内部员工满意率"], ["后勤投诉次数"]], None, "ellipsis"),
    T("后勤投诉次数是怎么扣分的", "kpi", "人事行政部经理", L(9, 18), [["扣1分"], ["投诉一次"]], None, "detail")])
# 20 cx09
FU(20, "hr", "人事行政部经理考核里部门员工保有率按什么给分", "kpi", "人事行政部经理",
   L(9, 19), [["大于70%为5分"], ["0分"]],
   [T("它的权重占多少", "kpi", "人事行政部经理", L(9, 19), [["5%"], ["部门员工保有率"]], None, "ellipsis"),
    T("表里哪个指标权重是0", "kpi", "人事行政部经理", L(9, 15), [["工作流程改善目标完成率"], ["0%"]], None, "switch indicator"),
    T("出勤这块怎么考", "kpi", "人事行政部经理", L(9, 23), [["遵守制度和出勤率"], ["不良记录"]], None, "switch indicator")])
# 21 cx10 导购
FU(21, "new_hire", "导购员要做哪些工作", "duty", "导购",
   L(10, 9, 17) + L(10, 23, 29) + L(10, 43, 51), [["收银"], ["陈列", "陈设"], ["清洁"]],
   [T("她平时听谁安排", "attribute", "导购", L(10, 43), [["店长"], ["上级"]], "reports_to", "pronoun"),
    T("招人的要求是什么", "qualification", "导购", L(10, 33, 39), [["学历不限"], ["轮班"], ["粤语"]], None, "switch attribute"),
    T("第四条再说说", "qualification", "导购", L(10, 39), [["促销"], ["粤语"], ["专业培训"]], None, "ordinal")])
# 22 cx11 前台
FU(22, "new_hire", "酒店前台是几班倒，几点上班", "attribute", "酒店前台",
   L(11, 15), [["轮班"], ["8:00"]],
   [T("前台一个月能歇几天假", "attribute", "酒店前台", L(11, 14), [["4天"], ["调休"]], "benefits", "switch detail (short title)"),
    T("除了歇班，酒店还给前台啥额外好处", "attribute", "酒店前台", L(11, 16), [["生日"], ["免费食宿"]], "benefits", "还有吗"),
    T("她主要负责哪些工作", "duty", "酒店前台", L(11, 3, 7), [["入住"], ["退房"], ["预订"], ["客诉"]], None, "pronoun"),
    T("第三项细说一下", "duty", "酒店前台", L(11, 5), [["超售"], ["房态"]], None, "ordinal")], attr="benefits")
# 23 cx11 + cx10
FU(23, "hr", "酒店前台对形象有什么要求", "qualification", "酒店前台",
   L(11, 9), [["形象良好"], ["亲和力"]],
   [T("那导购对外形的要求呢", "qualification", "导购", L(10, 33), [["形象健康得体"], ["态度亲切有礼"]], None, "ellipsis (switch role)"),
    T("这两个岗位哪个要轮班", "qualification", None, L(11, 15) + L(10, 35), [["两班轮班"], ["适应轮班制"]], None, "comparison"),
    OOS("社保公积金按多少比例交")])
# 24 cx12 行政主管
FU(24, "new_hire", "行政主管这个岗位向谁汇报", "attribute", "行政主管",
   L(12, 9, 10), [["行政经理"], ["直属上级"]],
   [T("这个行政主管归在哪个部门底下", "attribute", "行政主管", L(12, 15, 16), [["行政管理部"], ["所在部门"]], "department", "switch attribute (names role)"),
    T("他哪块工作花的时间最多", "duty", "行政主管", L(12, 38, 39), [["65"], ["行政管理工作"]], None, "switch attribute"),
    OOS("那这块的业绩衡量标准是什么", "行政主管", "pronoun (near-miss OOS, 略)")], attr="reports_to")
# 25 cx12 行政经理助理
FU(25, "hr", "行政经理助理管不管年会", "duty", "行政主管",
   L(12, 47), [["年会"], ["员工活动"]],
   [T("还有别的吗，再列几条", "duty", "行政主管", L(12, 43, 46), [["办公用品"], ["固定资产"], ["食堂"]], None, "还有吗"),
    T("他要负责考勤吗", "duty", "行政主管", L(12, 53), [["考勤"], ["假期"]], None, "pronoun"),
    T("工作概述怎么写的", "attribute", "行政主管", L(12, 26), [["行政服务支持"], ["协助行政经理"]], "purpose", "switch attribute")])
# 26 cx13
FU(26, "hr", "招人力资源专员，学历专业卡什么", "attribute", "人力资源专员",
   L(13, 3), [["本科"], ["人力资源"]],
   [T("那工作年限要求呢", "attribute", "人力资源专员", L(13, 4), [["1-2年"], ["IT"]], "experience", "ellipsis"),
    T("招聘专员一级要做什么", "duty", "招聘专员", L(13, 9, 20), [["招募活动"], ["转正考核"], ["异动手续"]], None, "switch role"),
    T("第二块展开讲讲", "duty", "招聘专员", L(13, 15, 20), [["转正"], ["异动手续"], ["录入"]], None, "ordinal")], attr="education")
# 27 cx14
FU(27, "manager", "内控与财务分析那张表里，财务分析报告占多少权重", "kpi", "财务分析会计",
   L(14, 4), [["30%"], ["财务分析报告"]],
   [T("这个软指标是怎么打分的", "kpi", "财务分析会计", L(14, 12, 16), [["格式"], ["数据的准确性"], ["及时性"]], None, "pronoun"),
    T("月底结帐呢", "kpi", "财务分析会计", L(14, 6, 7), [["25%"], ["耽误一次得0分"]], None, "ellipsis (switch indicator)"),
    T("利润中心操作维护那项呢", "kpi", "财务分析会计", L(14, 5), [["有效投诉"], ["20%"]], None, "ellipsis (switch indicator)")])
# 28 cx15
FU(28, "hr", "教务老师学历有啥要求", "attribute", "教务",
   L(15, 5), [["专科"], ["师范"]],
   [T("对以往工作经历有啥要求", "attribute", "教务", L(15, 6), [["2年以上"], ["1年以上同岗位"]], "experience", "ellipsis"),
    T("基本素养方面列了哪几点", "qualification", "教务", L(15, 8, 10), [["责任心强"], ["会爱学生"], ["宽容乐观"]], None, "switch section"),
    OOS("教务岗位的月薪多少", "教务", "near-miss OOS (pay not stated)"),
    T("那基本能力呢", "qualification", "教务", L(15, 12), [["善于倾听"], ["善解人意"]], None, "back to earlier topic")], attr="education")
# 29 cx16
FU(29, "hr", "薪酬核算专员要求什么经验", "attribute", "薪资核算专员",
   L(16, 16), [["2年以上"], ["薪酬核算经验"]],
   [T("职责第六条", "duty", "薪资核算专员", L(16, 9), [["个税", "个人所得税"], ["汇算清缴"]], None, "ordinal"),
    T("做薪资核算得熟悉哪几部法", "qualification", "薪资核算专员", L(16, 17), [["劳动法"], ["个人所得税法"]], None, "switch attribute"),
    T("他要和哪些部门配合", "duty", "薪资核算专员", L(16, 5), [["HRBP"], ["员工关系"]], None, "pronoun")], attr="experience")
# 30 cx16 + cx13
FU(30, "manager", "薪资核算专员每月发工资的流程是怎样的", "duty", "薪资核算专员",
   L(16, 4, 8), [["计提"], ["复核"], ["审批"], ["发放"]],
   [T("年终奖他管不管", "duty", "薪资核算专员", L(16, 10), [["年终奖"], ["年度绩效"]], None, "pronoun"),
    T("薪资核算这岗偏好什么专业出身", "attribute", "薪资核算专员", L(16, 15), [["人力资源"], ["财务"], ["统计学"]], "major", "switch attribute (short title)"),
    T("和人力资源专员比，谁的学历要求高", "attribute", None, L(16, 15) + L(13, 3), [["本科以上"], ["本科及以上"]], "education", "comparison")])

# singles
S(1, "duty", "new_hire", "数控平面钻工干什么活", "数控平面钻工", L(7, 199), [["平面数控设备操作"], ["钢结构"]])
S(2, "attribute", "new_hire", "袜厂财务经理上面是谁", "财务部经理", Q(1, "财务总监", "直接上级"), [["财务总监", "财务部总监"], ["直接上级"]], attr="reports_to")
S(3, "kpi", "hr", "招聘空缺职位平均天数这个指标公式是什么", None, Q(4, "空缺职位总数/招聘空缺职位所用的总天数"), [["空缺职位总数"], ["总天数"]])
S(4, "out_of_scope", "hr", "高压值班电工的岗位职责有哪些", None, [], [], refusal=True)
S(5, "jd", "hr", "帮忙起草一份车辆调度员岗位说明书", "车辆调度员", Q(2, "对人员车辆进行合理调配", "根据司机出车情况进行考核"),
  [["合理调配"], ["考核"]],
  tool={"kind": "jd", "role": "车辆调度员", "must_cite_files": [C[2]], "expect_sections": ["duties", "qualifications"]})
S(6, "kpi_design", "manager", "帮资金部出一套5个指标的KPI方案", None, Q(4, "公司资金预算达成率", "资金收支准确度", "资金筹集计划编制及时率"),
  [["公司资金预算达成率"], ["资金收支准确度"], ["资金筹集计划编制及时率"]],
  tool={"kind": "kpi_design", "role": "资金部", "count": 5, "must_cite_files": [C[4]],
        "expected_indicators": ["公司资金预算达成率", "资金收支准确度", "资金筹集计划编制及时率"]})

d = "/work/main/evals/trials/round71/xfu/"
with open(d + "set.jsonl", "w", encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump(forms, open(d + "forms.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), sum(len(i["turns"] or []) for i in items))
