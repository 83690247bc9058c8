"""Build set.jsonl + forms.json for round 55 / xfu (follow-up conversations over corpus-extra)."""
import json
from pathlib import Path

OUT = Path(__file__).parent
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


def Q(f, q):
    return {"file": f, "quote": q}


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


def T(question, intent, role, ev, kp, attribute=None, form=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute:
        t["attribute"] = attribute
    return t, form


def OOS(question, role=None, form=None):
    return {"question": question, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": []}, form


items = []
forms = {}


def fu(n, persona, question, role, ev, kp, turns, attribute=None):
    iid = f"r55xfu-fu-{n:02d}"
    it = {"id": iid, "persona": persona, "intent": "followup", "question": question, "role": role,
          "attribute": attribute, "evidence": ev, "key_points": kp, "expect_refusal": False,
          "turns": [t for t, _ in turns], "tool": None}
    items.append(it)
    forms[iid] = [f for _, f in turns]


# 01 cx01 财务部经理
fu(1, "new_hire", "财务部经理需要持什么证书？", "财务部经理",
   [Q(F01, "会计师资格证书")], [["会计师"], ["资格证书", "证书"]], [
       T("学历方面有要求不", "attribute", "财务部经理", [Q(F01, "会计专业本科学历")], [["本科"], ["会计"]],
         "education", "ellipsis"),
       T("他的上下级分别是谁呀", "attribute", "财务部经理", [Q(F01, "财务总监"), Q(F01, "财务部总监"), Q(F01, "财务会计、出纳")],
         [["财务总监", "财务部总监"], ["出纳"]], "reports_to", "pronoun"),
       T("工作年限要多久", "attribute", "财务部经理", [Q(F01, "八年以工业企业财务管理经验,至少五年同职经历;")],
         [["八年"], ["五年"]], "experience", "switch attribute"),
   ], attribute="certificate")

# 02 cx02 车辆调度员
fu(2, "new_hire", "车辆调度这个岗位平时干些啥", "车辆调度员",
   [Q(F02, "1.根据客户有车需求,对人员车辆进行合理调配"), Q(F02, "2.车辆值班安排"),
    Q(F02, "1.根据司机出车情况进行考核")],
   [["合理调配", "调配"], ["值班"], ["考核"]], [
       T("它的业绩标准怎么定的", "kpi", "车辆调度员",
         [Q(F02, "1.工作及时率达95%以上"), Q(F02, "2.客户满意率达90%以上"), Q(F02, "4.突发事件处理及时率达100%")],
         [["95%"], ["90%"], ["100%"]], None, "pronoun"),
       T("调度员顶头上司是哪个岗位", "attribute", "车辆调度员", [Q(F02, "车辆租赁中心主任")], [["车辆租赁中心"], ["主任"]],
         "reports_to", "shortened title"),
       T("对专业和学历有没有要求", "attribute", "车辆调度员", [Q(F02, "汽车修理专业"), Q(F02, "高中及以上")], [["汽车修理"], ["高中"]], "major",
         "switch attribute"),
   ])

# 03 cx03 培训部经理
fu(3, "manager", "培训部经理要管哪些事情", "培训部经理",
   [Q(F03, "a)责培训部的日常管理工作。"), Q(F03, "c)责培训部员工的工作安排与绩效考核。"),
    Q(F03, "g)负责培训市场的开拓")],
   [["日常管理"], ["绩效考核"], ["培训市场的开拓"]], [
       T("你列的第五条具体指什么", "duty", "培训部经理", [Q(F03, "e)责培训计划的审核、和年度培训工作总结。")],
         [["培训计划的审核"], ["年度培训工作总结"]], None, "ordinal"),
       OOS("那培训顾问的职责是啥", form="switch role (near-miss OOS)"),
       T("回到培训部经理，跟市场部配合的那条具体是啥", "duty", "培训部经理",
         [Q(F03, "h)协助市场部进行培训市场开发工作,了解客户真实的培训需求与培训目标,评估培训项目的可行性。")],
         [["协助市场部"], ["培训需求"]], None, "back to earlier"),
   ])

# 04 cx04 HR KPI
fu(4, "hr", "人力资源部KPI指标库里都有哪些指标", None,
   [Q(F04, "部门费用预算达成率"), Q(F04, "员工满意度调查"), Q(F04, "人员编制控制率")],
   [["部门费用预算达成率"], ["员工满意度"], ["人员编制控制率"]], [
       T("员工工资出错次数按什么公式算", "kpi", None, [Q(F04, "(错误发放的工资次数/发放的工资次数)*100%")],
         [["错误发放的工资次数"], ["发放的工资次数", "错误发放的人数"]], None, "specific item"),
       T("那招聘空缺职位所需平均天数呢", "kpi", None, [Q(F04, "空缺职位总数/招聘空缺职位所用的总天数")],
         [["空缺职位总数"], ["所用的总天数"]], None, "ellipsis"),
       T("属于客户类的是哪一个指标", "kpi", None, [Q(F04, "员工满意度调查"), Q(F04, "对员工进行满意度调查的算术平均值")],
         [["员工满意度"], ["满意度调查", "算术平均值"]], None, "switch attribute"),
   ])

# 05 cx04 finance sheet
fu(5, "manager", "资金部考核用哪些KPI", None,
   [Q(F04, "公司资金预算达成率"), Q(F04, "资金收支准确度"), Q(F04, "资金使用评估报告编制及时率")],
   [["公司资金预算达成率"], ["资金收支准确度"], ["资金使用评估报告编制及时率"]], [
       T("换成审记部呢", "kpi", None, [Q(F04, "审计计划执行率"), Q(F04, "审计报告一次经过率"), Q(F04, "审计报告归档率")],
         [["审计计划执行率"], ["审计报告一次经过率"], ["审计报告归档率"]], None, "switch role (typo)"),
       T("其中审计结果准确性和审计报告证据充分性分别怎么衡量", "kpi", None, [Q(F04, "审计结果更正的次数"), Q(F04, "因审计证据不足而使审计结果被推翻的次数")], [["更正的次数"], ["审计证据不足", "被推翻"]], None,
         "specific item"),
       T("财务部本身的呢", "kpi", None, [Q(F04, "公司财务预算达成率"), Q(F04, "现金收支准确性"), Q(F04, "财务资料完好性")],
         [["公司财务预算达成率"], ["现金收支准确性"], ["财务资料完好性"]], None, "switch role (ellipsis)"),
   ])

# 06 cx05 销售经理 / 研发经理
fu(6, "new_hire", "模具厂招的销售经理有什么条件", "销售经理",
   [Q(F05, "本科以上，20-35岁，英语专业者优先")], [["本科"], ["20-35岁"], ["英语"]], [
       T("这个岗位出差多吗", "duty", "销售经理", [Q(F05, "每年有1~2次到上海等地出差")], [["1~2次", "1-2次"], ["上海"]],
         None, "pronoun"),
       T("换成研发经理，要求是什么样的", "qualification", "研发经理", [Q(F05, "模具设计类专业，有经验者优先")],
         [["模具设计"], ["20-45岁"], ["本科"]], None, "switch role"),
       T("研发经理包吃住不，工资怎么定", "attribute", "研发经理", [Q(F05, "模具设计类专业，有经验者优先")], [["免费食宿"], ["薪资面议", "面议"]],
         "benefits", "switch attribute"),
   ])

# 07 cx05 机械技术员 vs 生产主管
fu(7, "hr", "机械技术员具体做什么工作", "机械技术员",
   [Q(F05, "协助工程师完成车间机器的维修")], [["维修"], ["治具"], ["革新"]], [
       T("年龄卡多少，要什么底子", "qualification", "机械技术员", [Q(F05, "大专以上，20-45岁，机械技术底子深厚")], [["20-45岁"], ["机械技术底子"]],
         None, "ellipsis"),
       T("生产主管呢，年龄和专业怎么要求", "qualification", "生产主管", [Q(F05, "本科以上，25-45岁，注塑类相关专业")], [["25-45岁"], ["注塑"]],
         None, "switch role"),
       T("这俩岗位的学历门槛一样不", "qualification", None,
         [Q(F05, "大专以上，20-45岁，机械技术底子深厚"), Q(F05, "本科以上，25-45岁，注塑类相关专业")],
         [["大专"], ["本科"]], "education", "compare"),
   ])

# 08 cx06 测试经理
fu(8, "new_hire", "测试经理要负责哪些工作", "测试工程师", [L(F06, 50, 56)],
   [["测试计划"], ["测试用例"], ["测试工具"]], [
       T("第5条展开讲讲", "duty", "测试工程师", [L(F06, 55)], [["新成员"], ["培训"]], None, "ordinal"),
       T("这家公司在哪个城市，叫什么", "attribute", "测试工程师", [L(F06, 50)], [["广州"], ["慧算账"]], "location", "pronoun"),
       T("给多少钱", "attribute", "测试工程师", [L(F06, 50)], [["15K"], ["45K"]], "pay", "switch attribute"),
   ])

# 09 cx06 DBA
fu(9, "hr", "招DBA要什么学历", "DBA", [L(F06, 70)], [["本科"], ["正规院校"]], [
    T("专业上有啥限制", "attribute", "DBA", [L(F06, 70)], [["计算机"], ["网络工程"]], "major", "ellipsis"),
    T("他平时主要干啥", "duty", "DBA", [L(F06, 63, 68)], [["容量规划"], ["SQL调优"], ["备份恢复"]], None, "pronoun"),
    T("最后一条职责是什么", "duty", "DBA", [L(F06, 68)], [["开源技术"], ["行业动态"]], None, "ordinal (last)"),
], attribute="education")

# 10 cx06 SRE
fu(10, "hr", "宝洁招的SRE有哪些要求", "平台Site Reliability Engineer", [L(F06, 124, 129)],
   [["4年以上系统管理员经验", "4年以上"], ["K8S"], ["英语"]], [
       T("那他们办公室在哪", "attribute", "平台Site Reliability Engineer", [L(F06, 122)], [["广州"], ["珠江新城"]], "location",
         "switch attribute"),
       OOS("顺便问下k8s集群用kubeadm怎么初始化", form="OOS mid"),
       T("那这个岗位具体要做什么", "duty", "平台Site Reliability Engineer", [L(F06, 123)], [["DevOps平台"], ["运维"]],
         None, "back to earlier"),
   ])

# 11 cx06 前端, several companies
fu(11, "new_hire", "美团成都的前端工程师要几年经验", "前端开发工程师", [L(F06, 86)], [["3年"], ["互联网研发"]], [
    T("那京东物流招的那个前端呢", "qualification", "前端开发工程师", [L(F06, 99)], [["3-5年"], ["本科"]], None,
      "switch company (ellipsis)"),
    T("这两家哪家要求会做小程序", "qualification", "前端开发工程师", [L(F06, 96), L(F06, 105)], [["小程序"], ["京东"]], None, "compare"),
    T("Moka的前端要会哪些框架", "qualification", "前端开发工程师", [L(F06, 6)], [["React"], ["Vue"]], None,
      "switch company"),
], attribute="experience")

# 12 cx06 产品经理 / Golang
fu(12, "manager", "Moka成都的产品经理岗位职责是什么", "产品经理", [L(F06, 13, 17)],
   [["绩效爆品"], ["用户行为数据分析"], ["跨团队合作"]], [
       T("加分项都有啥", "qualification", "产品经理", [L(F06, 25, 26)], [["绩效"], ["OKR"]], None, "ellipsis"),
       T("golang后端的岗位要求看一下", "qualification", "Golang 后端", [L(F06, 33, 42)],
         [["2-5年"], ["k8s"], ["MySQL"]], None, "switch role (short/lowercase)"),
       T("它的工资区间是多少，哪家公司招的", "attribute", "Golang 后端", [L(F06, 27)], [["20-40k"], ["云霁"]], "pay", "switch attribute"),
   ])

# 13 cx07 销售员 / 采购员
fu(13, "new_hire", "钢结构公司的销售员要做些什么", "销售员", [L(F07, 96, 104)],
   [["销售额"], ["拜访新老客户"], ["开拓新客户"]], [
       T("换成采购呢，有什么任职要求", "qualification", "采购员", [L(F07, 150)],
         [["45周岁以下"], ["物流及供应链管理"], ["3年以上采购主管"]], None, "switch role (shortened)"),
       T("他跟供应商谈判要谈哪些内容", "duty", "采购员", [L(F07, 165)], [["价格"], ["付款方式"], ["交货日期"]], None,
         "pronoun"),
       T("回到销售员，待遇怎么样", "attribute", "销售员", [L(F07, 122, 123)], [["双休"], ["社会保险"], ["住宿"]],
         "benefits", "back to earlier"),
   ])

# 14 cx07 焊工 / 铆工
fu(14, "hr", "焊工上岗需要什么证", "焊工", [L(F07, 133)], [["焊工证"], ["质监局"]], [
    T("年纪和性别有限制么", "qualification", "焊工", [L(F07, 130)], [["40岁以下"], ["男"]], None, "ellipsis"),
    T("铆工和焊工学历要求有区别吗", "qualification", None, [L(F07, 130), L(F07, 140)], [["高中及以上"], ["高中级以上"]], "education",
      "compare"),
    T("铆工得干过几年", "qualification", "铆工", [L(F07, 143)], [["3年以上"], ["钢结构"]], "experience", "switch role"),
], attribute="certificate")

# 15 cx07 机修工 / 维修电工
fu(15, "new_hire", "钢构厂机修工日常工作内容都包括什么", "机修工", [L(F07, 277, 289)],
   [["二级保养"], ["判断故障"], ["巡回检查"]], [
       T("其中第三条怎么理解", "duty", "机修工", [L(F07, 284)], [["性能和结构"], ["判断故障"]], None, "ordinal"),
       T("维修电功那边呢", "duty", "维修电工", [L(F07, 308, 319)], [["例保"], ["断电"], ["修理记录"]], None,
         "switch role (typo)"),
       T("两个岗位年龄和学历要求有区别吗", "qualification", None, [L(F07, 272), L(F07, 303)], [["50周岁以下"], ["中专以上"]], None,
         "compare"),
   ])

# 16 cx07 高压值班电工 / 电气技术储备
fu(16, "hr", "高压电工需要持什么证，要几年经验", "高压值班电工", [L(F07, 296)], [["高压电工资格证"], ["三年以上"]], [
    OOS("他的工作内容写了吗", form="pronoun (near-miss OOS)"),
    T("那学历起点和年龄呢", "attribute", "高压值班电工", [L(F07, 296)], [["初中"], ["45周岁"]], "education", "ellipsis"),
    T("电气技术储备这个岗招哪个专业的人", "attribute", "电气技术储备", [L(F07, 254)], [["机电一体化"], ["弱电"]], "major", "switch role"),
], attribute="certificate")

# 17 cx07 生产技术部长
fu(17, "manager", "生产技术部长的任职资格有哪些", "生产技术部长", [L(F07, 74, 85)],
   [["10年以上"], ["车间主任"], ["钢构"]], [
       T("第二点说的是什么", "qualification", "生产技术部长", [L(F07, 78)], [["车间主任"], ["2年"]], None, "ordinal"),
       OOS("这个部长的岗位职责有哪些", form="pronoun (near-miss OOS)"),
       T("数控平面钻工呢，学历和经验要求", "attribute", "数控平面钻工", [L(F07, 196)], [["初中"], ["三年以上"]], "education", "switch role"),
   ])

# 18 cx08 出纳 reporting
fu(18, "new_hire", "培训学校的出纳直接主管是谁，平级同事是谁", "出纳", [Q(F08, "直接主管:分校校长")], [["分校校长"], ["会计"]], [
    T("那隔一级的领导是谁", "attribute", "出纳", [Q(F08, "直接主管:分校校长")], [["总经理"], ["隔级"]], "reports_to", "ellipsis"),
    T("她下面管人不", "attribute", "出纳", [Q(F08, "直接主管:分校校长")], [["无", "没有"], ["直接下属", "下属"]], "subordinates", "pronoun"),
    T("出纳每天要报什么东西", "duty", "出纳", [Q(F08, "每天报财务“资金汇报”;")], [["资金汇报"], ["每天"]], None, "switch attribute"),
], attribute="reports_to")

# 19 cx08 出纳 duties
fu(19, "hr", "学校出纳主要职责有哪些", "出纳",
   [Q(F08, "根据各校区发来的收入数据进行数据录入,结出库存余额;"), Q(F08, "通过银行代发或现金发放形式按时、准确地发放员工工资、奖金;"),
    Q(F08, "按领导审批过的退费手续,为客户办理退费结算;")],
   [["数据录入"], ["发放员工工资"], ["退费"]], [
       T("第七条具体讲讲", "duty", "出纳", [Q(F08, "按领导审批过的退费手续,为客户办理退费结算;")], [["退费"], ["领导审批"]], None, "ordinal"),
       T("那任职上要满足啥条件", "qualification", "出纳", [Q(F08, "会计、金融类专业大专或以上学历,会计从业资格证"), Q(F08, "2年以上出纳工作经验;")],
         [["大专"], ["会计从业资格证"], ["2年以上"]], None, "switch attribute"),
       T("女生会优先吗", "qualification", "出纳", [Q(F08, "性别不限(女姓佳)")], [["女姓佳", "女性佳"], ["不限"]], None, "ellipsis"),
   ])

# 20 cx09 人事行政部经理 KPI
fu(20, "manager", "人事行政部经理的绩效考核表里都考哪些项", "人事行政部经理", [L(F09, 8, 23)],
   [["人事行政成本控制"], ["工作目标完成率"], ["后勤投诉次数"]], [
       T("这些里面哪项权重最大", "kpi", "人事行政部经理", [L(F09, 14)], [["绩效、薪资管理完成率"], ["15%"]], None, "ellipsis"),
       T("客户类一共占多少", "kpi", "人事行政部经理", [L(F09, 17)], [["10%"], ["客户类"]], None, "switch attribute"),
       T("工作流程改善目标完成率权重是几", "kpi", "人事行政部经理", [L(F09, 15)], [["0%"], ["工作流程改善"]], None, "specific item"),
   ])

# 21 cx09 learning/growth, OOS mid
fu(21, "hr", "人事行政部经理学习成长类考核什么", "人事行政部经理", [L(F09, 19, 22)],
   [["部门员工保有率"], ["员工测评"], ["人力计划完成率"]], [
       T("员工保有率怎么打分", "kpi", "人事行政部经理", [L(F09, 19)], [["70%"], ["5分"]], None, "specific item"),
       OOS("对了今天北京下雨吗", form="OOS mid"),
       T("回到考核表，后勤投诉怎么扣分", "kpi", "人事行政部经理", [L(F09, 18)], [["扣1分"], ["投诉"]], None, "back to earlier"),
   ])

# 22 cx10 导购 reporting
fu(22, "new_hire", "专卖店导购员归谁管", "导购", [L(F10, 43)], [["店长"], ["对店长负责", "接受其领导"]], [
    T("那她每天早上要干嘛", "duty", "导购", [L(F10, 47, 49)], [["样板"], ["POP"]], None, "pronoun"),
    T("导购有啥任职要求", "qualification", "导购", [L(F10, 33, 39)], [["学历不限"], ["轮班"], ["粤语"]], None,
      "switch attribute"),
    T("会讲粤语加分吗，还有啥优先条件", "qualification", "导购", [L(F10, 39)], [["粤语优先"], ["卖场促销"]], None, "ellipsis"),
], attribute="reports_to")

# 23 cx10 导购 duties + more + OOS + switch to 前台
fu(23, "hr", "商场导购主要职责是什么", "导购", [L(F10, 9, 17)], [["销售"], ["盘点"], ["卫生"]], [
    T("还有其他的吗，接着说", "duty", "导购", [L(F10, 23, 29), L(F10, 45, 51)], [["陈列"], ["顾客"]], None, "more"),
    OOS("导购的轮班一般是几班倒", form="near-miss OOS (same role, fact not stated)"),
    T("换成酒店前台呢，几班倒", "attribute", "酒店前台", [L(F11, 15)], [["两班"], ["8:00"]], "benefits",
      "switch role"),
])

# 24 cx11 酒店前台
fu(24, "new_hire", "酒店前台每月能休几天，节假日怎么安排", "酒店前台", [L(F11, 14)], [["4天"], ["调休"]], [
    T("除了休息还有啥福利", "attribute", "酒店前台", [L(F11, 16)], [["生日"], ["免费食宿"]], "benefits", "more"),
    T("核心工作内容第三点是什么", "duty", "酒店前台", [L(F11, 5)], [["预订"], ["房态"]], None, "ordinal"),
    T("遇上宾客投诉按要求怎么处理", "duty", "酒店前台", [L(F11, 6)], [["安抚情绪"], ["上报主管"]], None, "specific item"),
], attribute="benefits")

# 25 cx12 行政主管
fu(25, "new_hire", "行政主管直属上级是谁，批准人又是谁", "行政主管", [L(F12, 9, 10), L(F12, 20, 21)], [["行政经理"], ["总经理"]], [
    T("它归属哪个部门管", "attribute", "行政主管", [L(F12, 15, 16)], [["行政管理部"], ["所在部门", "部门"]], "department", "ellipsis"),
    OOS("他的业绩衡量标准具体有哪些", form="pronoun (near-miss OOS)"),
    T("主要负责的行政管理工作包括哪些", "duty", "行政主管", [L(F12, 39, 47)], [["大事记"], ["办公用品"], ["固定资产"]],
      None, "switch attribute"),
], attribute="reports_to")

# 26 cx12 行政经理助理
fu(26, "hr", "行政经理助理这个岗位的工作概述怎么写的", "行政主管", [L(F12, 25, 26)], [["行政服务支持"], ["协助行政经理"]], [
    T("时间分配占比最大的是哪一块", "duty", "行政主管", [L(F12, 38, 39)], [["65"], ["行政管理工作"]], None, "ellipsis"),
    T("部门内部建设那块具体做什么", "duty", "行政主管", [L(F12, 49, 54)], [["技能培训"], ["考勤"], ["接待"]], None,
      "specific item"),
    OOS("这个岗的工资等级是几级", form="switch attribute (empty field OOS)"),
], attribute="purpose")

# 27 cx13 人力资源专员 / 招聘专员
fu(27, "hr", "人力资源专员要几年工作经验", "人力资源专员", [L(F13, 4)], [["1-2年"], ["IT相关企业"]], [
    T("除了经验还有其他要求吗", "qualification", "人力资源专员", [L(F13, 3, 7)], [["本科"], ["中英文"]], None, "more"),
    T("换成招聘专员（一级），行为标准有哪些", "duty", "招聘专员", [L(F13, 9, 20)], [["转正考核"], ["异动手续"], ["招募活动"]], None,
      "switch role"),
    T("2.3条说的什么", "duty", "招聘专员", [L(F13, 19, 20)], [["员工关系专员"], ["录入数据"]], None, "ordinal"),
], attribute="experience")

# 28 cx14 财务分析 KPI
fu(28, "manager", "财务部内控与财务分析有哪些KPI", "财务分析会计", [L(F14, 3, 7)],
   [["企业内控制度的调整"], ["财务分析报告"], ["月底结帐处理"]], [
       T("财务分析报告那一项是怎么打分的", "kpi", "财务分析会计", [L(F14, 12, 16)], [["格式"], ["数据的准确性"], ["及时性"]], None,
         "specific item"),
       T("利润中心操作维护那条呢", "kpi", "财务分析会计", [L(F14, 5)], [["20%"], ["有效投诉"]], None, "ellipsis"),
       T("评分表由谁来填", "kpi", "财务分析会计", [L(F14, 10, 11)], [["财务部经理"], ["财务分析会计"]], None, "switch attribute"),
   ])

# 29 cx15 教务
fu(29, "new_hire", "做教务对学历有什么要求", "教务", [L(F15, 5)], [["专科"], ["师范"]], [
    T("工作经历上有啥要求呢", "qualification", "教务", [L(F15, 6)], [["2年以上"], ["1年以上同岗位"]], "experience", "ellipsis"),
    T("基本素养第二条展开说说", "qualification", "教务", [L(F15, 9)], [["会爱学生"], ["教育教学的基本规律"]], None, "ordinal"),
    OOS("教务一个月能拿多少钱", form="switch attribute (pay not stated OOS)"),
], attribute="education")

# 30 cx16 薪资核算
fu(30, "hr", "薪酬核算专员都做什么", "薪资核算专员", [L(F16, 4, 13)], [["计提"], ["个税申报", "个人所得税"], ["年终奖"]], [
    T("第6条具体说说是干啥的", "duty", "薪资核算专员", [L(F16, 9)], [["个人所得税"], ["汇算清缴"]], None, "ordinal"),
    T("招这个岗位要什么经验", "attribute", "薪资核算专员", [L(F16, 16)], [["2年以上"], ["HRSSC", "共享服务中心"]], "experience",
      "switch attribute"),
    T("要熟悉哪些法侓", "qualification", "薪资核算专员", [L(F16, 17)], [["劳动法"], ["个人所得税法"]], None, "ellipsis (typo)"),
])

# ---- 6 single questions ----
def single(iid, persona, intent, question, role, ev, kp, tool=None, attribute=None):
    items.append({"id": iid, "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attribute, "evidence": ev, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": None, "tool": tool})


single("r55xfu-jd-01", "hr", "jd", "给维修电工起草一份岗位说明书", "维修电工", [L(F07, 303, 319)],
       [["例保"], ["断电"], ["修理记录"]],
       tool={"kind": "jd", "role": "维修电工", "must_cite_files": [F07], "expect_sections": ["duties", "qualifications"]})
single("r55xfu-jd-02", "hr", "jd", "帮忙出一份DBA的招聘JD", "DBA", [L(F06, 62, 74)],
       [["容量规划"], ["SQL调优"], ["备份恢复"]],
       tool={"kind": "jd", "role": "DBA", "must_cite_files": [F06], "expect_sections": ["duties", "qualifications"]})
single("r55xfu-kd-01", "manager", "kpi_design", "帮审计部设计5个KPI，要能落地的", "审计部",
       [Q(F04, "审计计划执行率"), Q(F04, "审计报告一次经过率"), Q(F04, "审计结果准确性")],
       [["审计计划执行率"], ["审计报告一次经过率"], ["审计结果准确性"]],
       tool={"kind": "kpi_design", "role": "审计部", "count": 5, "must_cite_files": [F04],
             "expected_indicators": ["审计计划执行率", "审计报告一次经过率", "审计结果准确性"]})
single("r55xfu-kd-02", "manager", "kpi_design", "帮我给人事行政部经理搭一套绩效指标", "人事行政部经理", [L(F09, 8, 17)],
       [["人事行政成本控制"], ["工作目标完成率"], ["内部员工满意率"]],
       tool={"kind": "kpi_design", "role": "人事行政部经理", "count": None, "must_cite_files": [F09],
             "expected_indicators": ["人事行政成本控制", "工作目标完成率", "内部员工满意率"]})
single("r55xfu-oos-01", "new_hire", "out_of_scope", "焊工证去哪里考，大概多少钱", None, [], [])
single("r55xfu-oos-02", "manager", "out_of_scope", "厨师长要负责哪些工作", None, [], [])

with open(OUT / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
def split_form(f):
    if " (" in f:
        a, b = f.split(" (", 1)
        return {"form": a, "detail": b.rstrip(")")}
    return {"form": f, "detail": None}


with open(OUT / "forms.json", "w", encoding="utf-8") as f:
    json.dump({k: [split_form(x) for x in v] for k, v in forms.items()}, f, ensure_ascii=False, indent=1)
print(len(items), "items,", sum(len(it["turns"] or []) for it in items), "later turns")
