"""Generate set.jsonl and forms.json for round 65 xfu (follow-ups over corpus-extra)."""
import json, sys
from pathlib import Path
OUT = Path(__file__).parent
F = {k: v for k, v in {
 "01": "cx01_财务部经理岗位说明书.docx", "02": "cx02_车辆调度员岗位说明书.docx", "03": "cx03_培训部工作手册.docx",
 "04": "cx04_部门KPI指标库.xlsx", "05": "cx05_招聘岗位一览.xlsx", "06": "cx06_技术岗位招聘信息.csv",
 "07": "cx07_人才招聘.html", "08": "cx08_培训学校出纳岗位说明书.pdf", "09": "cx09_人事行政部经理绩效考核表.md",
 "10": "cx10_导购岗位职责.txt", "11": "cx11_酒店前台职位描述.txt", "12": "cx12_行政主管岗位说明书.txt",
 "13": "cx13_人力资源招聘专员行为标准.txt", "14": "cx14_财务部内控与财务分析KPI组成表.txt",
 "15": "cx15_教务工作岗位素能.txt", "16": "cx16_薪资核算专员职位描述.txt"}.items()}

def Q(f, *quotes):
    return [{"file": F[f], "quote": q} for q in quotes]
def L(f, a, b):
    return [{"file": F[f], "line_start": a, "line_end": b}]
def T(q, intent, role, ev, kp, attr=None, form=None):
    d = {"question": q, "intent": intent, "role": role, "evidence": ev if intent != "out_of_scope" else [],
         "key_points": kp if intent != "out_of_scope" else []}
    if attr: d["attribute"] = attr
    return (d, form)
OOS = lambda q, form: T(q, "out_of_scope", None, [], [], form=form)

items, forms = [], {}
def FU(n, persona, q, intent, role, ev, kp, turns, attr=None):
    iid = f"x65fu-fu-{n:02d}"
    it = {"id": iid, "persona": persona, "intent": "followup", "question": q, "role": role,
          "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": False,
          "turns": [t for t, _ in turns], "tool": None}
    items.append(it)
    forms[iid] = {"first_intent": intent, "later": [f for _, f in turns]}

# 1 cx01 财务部经理
FU(1, "new_hire", "袜业公司的财务经理需要什么学历？", "attribute", "财务部经理", Q("01", "会计专业本科学历"),
   [["会计专业本科学历", "本科"], ["会计"]], [
   T("那职业资格证书方面呢", "attribute", "财务部经理", Q("01", "会计师资格证书"), [["会计师资格"], ["证书"]], "certificate", "ellipsis"),
   T("他平时跟谁汇报呀，顶头是谁", "attribute", "财务部经理", Q("01", "财务总监"), [["财务总监", "财务部总监"], ["总监"]], "reports_to", "pronoun"),
   T("他手底下带着哪几个岗位", "attribute", "财务部经理", Q("01", "财务会计、出纳"), [["财务会计", "成本会计"], ["出纳"]], "subordinates", "pronoun")],
   attr="education")
# 2 cx02 车辆调度员
FU(2, "new_hire", "调度员每天主要干什么活", "duty", "车辆调度员",
   Q("02", "根据客户有车需求", "2.车辆值班安排", "根据司机的技术状况和车辆状况合理安排出车", "根据司机出车情况进行考核"),
   [["调配"], ["值班"], ["考勤", "考核"]], [
   T("第二项职责再展开讲一下呗", "duty", "车辆调度员", Q("02", "职责:掌握司机的技术状况和车辆的安全状态", "根据司机的技术状况和车辆状况合理安排出车", "向司机交待清楚时间、地点、任务和注意事项"),
     [["技术状况"], ["安全状态", "合理安排出车"], ["注意事项", "交待清楚"]], form="ordinal"),
   T("考核他的业绩标准是什么", "kpi", "车辆调度员", Q("02", "工作及时率达95%以上", "2.客户满意率达90%以上", "4.突发事件处理及时率达100%"), [["95%"], ["客户满意率"], ["突发事件"]], form="pronoun"),
   T("所学专业有没有限定", "attribute", "车辆调度员", Q("02", "汽车修理专业"), [["汽车修理"], ["专业"]], "major", "switch_attribute")])
# 3 cx03 培训部经理
FU(3, "manager", "培训部的经理平时要负责哪些事情", "duty", "培训部经理",
   Q("03", "责培训部的日常管理工作", "责培训部员工的工作安排与绩效考核", "g)负责培训市场的开拓"),
   [["日常管理"], ["绩效考核"], ["培训市场的开拓", "开拓"]], [
   T("e)那一条是什么意思", "duty", "培训部经理", Q("03", "责培训计划的审核、和年度培训工作总结"),
     [["培训计划的审核", "审核"], ["年度培训工作总结", "工作总结"]], form="ordinal"),
   OOS("那同部门的培训顾问日常干些啥", "switch_role_nearmiss"),
   T("回到经理这个部门，一共配几个人", "attribute", "培训部经理", Q("03", "培训部配置人员4名"), [["4名"], ["培训顾问"], ["培训助理"]],
     "subordinates", "back_to_earlier")])
# 4 cx04 HR KPI
FU(4, "hr", "人力资源部的KPI里财务类有哪几项", "kpi", None,
   Q("04", "部门费用预算达成率", "薪资总量预算安排达成率", "招聘费用预算达成率", "培训费用预算达成率"),
   [["部门费用预算达成率"], ["薪资总量预算安排达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]], [
   T("第三个怎么算", "kpi", None, Q("04", "当年实际发生招聘费用与预算费用的比例"), [["招聘费用"], ["比例", "实际发生费用/计划费用"]], form="ordinal"),
   T("客户类那块又是啥指标", "kpi", None, Q("04", "员工对公司人力资源制度的满意度", "对员工进行满意度调查的算术平均值"),
     [["员工满意度", "人力资源制度的满意度"], ["满意度调查", "算术平均值"]], form="ellipsis"),
   T("招聘空缺职位平均天数这个指标公式是啥", "kpi", None, Q("04", "空缺职位总数/招聘空缺职位所用的总天数"),
     [["空缺职位总数"], ["总天数"]], form="switch_item")])
# 5 cx04 finance sheet
FU(5, "manager", "审计部有哪些考核指标", "kpi", None,
   Q("04", "审计计划执行率", "审计报告一次经过率", "审计结果准确性", "审计报告归档率"),
   [["审计计划执行率"], ["审计报告一次经过率"], ["审计结果准确性"], ["审计报告归档率"]], [
   T("换到资金部看看有哪些", "kpi", None, Q("04", "公司资金预算达成率", "资金收支准确度", "资金筹集计划编制及时率"),
     [["公司资金预算达成率"], ["资金收支准确度"], ["资金筹集计划编制及时率"]], form="ellipsis"),
   T("回到审计，结果准确性具体怎么考", "kpi", None, Q("04", "审计结果更正的次数"), [["更正的次数", "更正"], ["审计结果"]], form="back_to_earlier"),
   OOS("这些指标的权重分别是多少", "oos_nearmiss")])
# 6 cx05 研发经理 / 生产主管
FU(6, "hr", "注塑厂的研发经理有什么任职要求", "qualification", "研发经理", Q("05", "本科以上，20-45岁，模具设计类专业"),
   [["本科"], ["模具设计"], ["20-45岁"]], [
   T("换成生产主管呢", "qualification", "生产主管", Q("05", "本科以上，25-45岁，注塑类相关专业"),
     [["注塑类"], ["两年以上"], ["管理能力"]], form="switch_role"),
   T("这两个岗位哪个年龄范围更宽", "qualification", None, Q("05", "本科以上，20-45岁，模具设计类专业", "本科以上，25-45岁，注塑类相关专业"),
     [["20-45岁"], ["25-45岁"]], form="compare"),
   T("那他平时干啥", "duty", "生产主管", Q("05", "车间日常生产管理"), [["车间日常生产管理"], ["简化生产流程", "调配安排生产"]], form="pronoun")])
# 7 cx05 销售经理 / 文案策划
FU(7, "new_hire", "销售经理出差多吗", "duty", "销售经理", Q("05", "每年有1~2次到上海等地出差"), [["1~2次"], ["上海"]], [
   T("这个岗待遇咋样，包吃住不", "attribute", "销售经理", Q("05", "本科以上，20-35岁，英语专业者优先"), [["免费食宿"], ["面议"]], "benefits", "ellipsis"),
   T("文案策划那个岗又是干嘛的", "duty", "文案策划", Q("05", "协助公司各类宣传策划方案的设计和撰写"),
     [["宣传策划方案"], ["宣传推广文案"], ["采编"]], form="switch_role"),
   T("文案这个岗起码得啥文凭", "attribute", "文案策划", Q("05", "大专以上，20-35岁，有经验者优先"), [["大专以上", "大专"], ["20-35岁"]], "education", "switch_attribute")])
# 8 cx06 DBA
FU(8, "hr", "慧算账招的数据库管理员DBA，主要职责是啥", "duty", "DBA", L("06", 63, 68), [["容量规划"], ["SQL调优"], ["备份恢复"]], [
   T("第4点能再细说一下吗", "duty", "DBA", L("06", 66, 66), [["监控"], ["性能优化"], ["运维体系"]], form="ordinal"),
   T("对专业背景有啥限制", "attribute", "DBA", L("06", 70, 70), [["计算机"], ["信息安全"], ["网络工程"]], "major", "switch_attribute"),
   T("给多少钱一个月", "attribute", "DBA", L("06", 62, 62), [["15K"], ["45K"]], "pay", "ellipsis")])
# 9 cx06 测试经理
FU(9, "new_hire", "慧算账那个测试经理岗位要求几年工作经验", "attribute", "测试工程师", L("06", 58, 59), [["5年以上"], ["3人以上", "团队管理"]], [
   T("是在哪个城市办公", "attribute", "测试工程师", L("06", 50, 50), [["广州"], ["慧算账"]], "location", "ellipsis"),
   OOS("对了，广州这周会不会下雨", "oos_mid"),
   T("再说说测试经理要会哪些编程语言", "qualification", "测试工程师", L("06", 61, 61), [["Java"], ["MySQL", "Oracle"]], form="back_to_earlier")],
   attr="experience")
# 10 cx06 SRE
FU(10, "hr", "宝洁的SRE招什么样的人", "qualification", "平台Site Reliability Engineer", L("06", 124, 129),
   [["4年以上"], ["系统管理员"], ["K8S"]], [
   T("他具体干嘛", "duty", "平台Site Reliability Engineer", L("06", 123, 123), [["DevOps平台"], ["开发和运维"]], form="pronoun"),
   T("他们办公室具体在哪片儿", "attribute", "平台Site Reliability Engineer", L("06", 122, 122), [["广州"], ["珠江新城"]], "location", "ellipsis"),
   T("英文得好到啥程度才够", "qualification", "平台Site Reliability Engineer", L("06", 129, 129), [["英语能力"], ["有一定"]], form="switch_attribute")])
# 11 cx06 前端 京东 / 美团
FU(11, "hr", "京东物流的前端研发工程师要求什么", "qualification", "前端开发工程师", L("06", 98, 108),
   [["3-5年"], ["React", "Vue"], ["小程序"]], [
   T("换成美团呢", "qualification", "前端开发工程师", L("06", 85, 90), [["3年及以上"], ["前端工程化"], ["性能优化"]], form="switch_company"),
   T("美团这个岗位的职责呢", "duty", "前端开发工程师", L("06", 79, 83), [["CRM"], ["中后台"], ["培养团队成员"]], form="switch_attribute"),
   OOS("美团这个对学历卡不卡", "oos_nearmiss")])
# 12 cx06 Golang
FU(12, "new_hire", "Go后端岗位在哪些城市", "attribute", "Golang 后端", L("06", 27, 27), [["杭州"], ["远程"]], [
   T("月薪范围大概多少", "attribute", "Golang 后端", L("06", 27, 27), [["20-40k"], ["云霁"]], "pay", "ellipsis"),
   T("有哪些东西算加分的", "qualification", "Golang 后端", L("06", 44, 49), [["terraform"], ["开源作品"], ["运维开发"]], form="switch_attribute"),
   OOS("顺便问下 Python 怎么读取 csv 文件", "oos_mid")], attr="location")
# 13 cx06 产品经理
FU(13, "manager", "Moka 产品经理的职责", "duty", "产品经理", L("06", 14, 17), [["绩效爆品"], ["数据分析"], ["跨团队合作"]], [
   T("其中第二条展开讲讲呗", "duty", "产品经理", L("06", 15, 15), [["UI/UE"], ["产品解决方案"], ["上线"]], form="ordinal"),
   T("做过哪些方面会被加分", "qualification", "产品经理", L("06", 25, 26), [["绩效业务经验"], ["OKR"]], form="switch_attribute"),
   T("和Moka前端那个岗位比，薪资一样吗", "attribute", "产品经理", L("06", 2, 2) + L("06", 13, 13), [["15k-40k"], ["*15"]], "pay", "compare")])
# 14 cx07 焊工 / 埋弧焊工
FU(14, "new_hire", "钢构厂招焊工要持什么证件", "attribute", "焊工", L("07", 133, 133), [["焊工证"], ["质监局"]], [
   T("年龄限制多少岁", "qualification", "焊工", L("07", 130, 130), [["40岁以下"], ["男"]], form="ellipsis"),
   T("那埋弧焊工的年龄限制呢", "qualification", "埋弧焊工", L("07", 226, 226), [["45岁以下"], ["埋弧焊"]], form="switch_role"),
   T("这两个谁学历要求高", "attribute", None, L("07", 130, 130) + L("07", 226, 226), [["高中"], ["初中"]], "education", "compare")],
   attr="certificate")
# 15 cx07 采购员
FU(15, "hr", "钢构厂的采购员要做哪些工作", "duty", "采购员", L("07", 153, 179), [["采购制度"], ["供应商谈判"], ["采购计划"]], [
   T("第五条展开", "duty", "采购员", L("07", 168, 168), [["生产合理衔接"], ["采购成本"], ["合理库存"]], form="ordinal"),
   T("采购这块需要什么样的从业经验", "attribute", "采购员", L("07", 150, 150), [["3年以上"], ["采购主管"]], "experience", "switch_attribute"),
   T("所学专业方面又有啥要求", "attribute", "采购员", L("07", 150, 150), [["物流及供应链管理", "供应链"], ["大专"]], "major", "ellipsis")])
# 16 cx07 销售员
FU(16, "new_hire", "销售员的待遇怎么样", "attribute", "销售员", L("07", 121, 124), [["双休"], ["面议"], ["社会保险"], ["住宿"]], [
   T("英文水平起码要到几级", "qualification", "销售员", L("07", 111, 111), [["四级"], ["英语"]], form="switch_attribute"),
   T("他要拜访客户吗", "duty", "销售员", L("07", 100, 100), [["拜访新老客户"], ["需求和计划"]], form="pronoun"),
   OOS("社保缴费基数一般怎么算", "oos_mid")], attr="benefits")
# 17 cx07 维修电工 / 机修工
FU(17, "manager", "维修电工的工作内容是什么", "duty", "维修电工", L("07", 307, 320), [["安全技术操作规程"], ["例保", "大修"], ["断电", "挂牌"]], [
   T("排第三的那条详细说说看", "duty", "维修电工", L("07", 315, 315), [["排除设备故障"], ["技术档案"]], form="ordinal"),
   T("那机休工干的活呢", "duty", "机修工", L("07", 276, 289), [["钳台"], ["二级保养"], ["巡回检查"]], form="switch_role_typo"),
   T("他俩年龄要求一样吗", "qualification", None, L("07", 272, 272) + L("07", 303, 303), [["50周岁以下"], ["中专"]], form="compare")])
# 18 cx07 高压值班电工 (typo)
FU(18, "hr", "高压值班电公需要啥证", "attribute", "高压值班电工", L("07", 296, 296), [["高压电工资格证"], ["三年以上"]], [
   OOS("他的工作内容呢", "pronoun_nearmiss"),
   T("生产技术部长的任职资格说一下", "qualification", "生产技术部长", L("07", 74, 85), [["10年以上"], ["车间主任"], ["钢构行业"]], form="switch_role")],
   attr="certificate")
# 19 cx08 出纳 relations
FU(19, "new_hire", "培训学校那个出纳岗，直接向哪位领导负责", "attribute", "出纳", Q("08", "直接主管:分校校长"), [["分校校长"], ["直接主管"]], [
   T("再往上一级的领导是谁", "attribute", "出纳", Q("08", "隔级领导:总经理"), [["总经理"], ["隔级"]], "reports_to", "ellipsis"),
   T("他手下带人吗", "attribute", "出纳", Q("08", "平级:会计   直接下属:无"), [["无"], ["下属"]], "subordinates", "pronoun"),
   T("职责列表里第7条讲的是什么", "duty", "出纳", Q("08", "按领导审批过的退费手续"), [["退费"], ["审批"]], form="ordinal")], attr="reports_to")
# 20 cx08 出纳 quals
FU(20, "hr", "学校出纳岗对学历和证书有什么要求", "qualification", "出纳", Q("08", "会计、金融类专业大专或以上学历"), [["大专"], ["会计从业资格证"]], [
   T("男的女的都可以吗", "qualification", "出纳", Q("08", "性 别不限(女姓佳)"), [["不限"], ["女"]], form="switch_attribute"),
   T("需要干过几年出纳", "attribute", "出纳", Q("08", "2年以上出纳工作经验"), [["2年以上"], ["出纳工作经验"]], "experience", "ellipsis"),
   T("除了这些还有别的条件没", "qualification", "出纳", Q("08", "具备扎实的财务专业知识", "良好的职业道德;工作条理性强"), [["财务软件"], ["职业道德"]], form="more")])
# 21 cx09 weights
FU(21, "manager", "人事行政部经理的考核指标分几类，权重各多少", "kpi", "人事行政部经理", L("09", 8, 23),
   [["财务类"], ["内部运营类"], ["50%"], ["学习成长革新类"]], [
   T("内部运营类里面哪项权重最高", "kpi", "人事行政部经理", L("09", 14, 14), [["绩效、薪资管理完成率"], ["15%"]], form="ellipsis"),
   T("那权重为0的是哪个", "kpi", "人事行政部经理", L("09", 15, 15), [["工作流程改善目标完成率"], ["0%"]], form="ellipsis"),
   T("后勤被投诉一次扣多少分", "kpi", "人事行政部经理", L("09", 18, 18), [["扣1分"], ["投诉"]], form="switch_item")])
# 22 cx09 groups
FU(22, "hr", "人事行政经理绩效表里客户类考什么", "kpi", "人事行政部经理", L("09", 17, 18), [["内部员工满意率"], ["后勤投诉次数"]], [
   T("学习成长呢", "kpi", "人事行政部经理", L("09", 19, 22), [["部门员工保有率"], ["部门培训目标完成率"], ["人力计划完成率"]], form="ellipsis"),
   T("员工保有率达到多少算满分", "kpi", "人事行政部经理", L("09", 19, 19), [["70%"], ["5分"]], form="switch_item"),
   OOS("那他手下管着多少人", "pronoun_nearmiss")])
# 23 cx10 导购
FU(23, "new_hire", "专卖店导购员归谁领导", "attribute", "导购", L("10", 43, 43), [["店长"], ["上级"]], [
   T("他每天一早到店要干哪些活", "duty", "导购", L("10", 47, 49), [["样板"], ["POP"]], form="pronoun"),
   T("商超那个导购招聘有啥要求", "qualification", "导购", L("10", 33, 39), [["学历不限"], ["轮班"], ["粤语"]], form="switch_posting"),
   T("那职责描述呢", "duty", "导购", L("10", 23, 29), [["合作商超"], ["销售目标"], ["柜面整洁"]], form="ellipsis")], attr="reports_to")
# 24 cx16 薪资核算
FU(24, "hr", "薪酬核算专员要做个税吗", "duty", "薪资核算专员", L("16", 9, 9), [["个人所得税"], ["汇算清缴"]], [
   T("嗯，还有其他的吗", "duty", "薪资核算专员", L("16", 4, 13), [["计提"], ["薪资发放"], ["年终奖"]], form="more"),
   T("第七条再详细说说", "duty", "薪资核算专员", L("16", 10, 10), [["年终奖"], ["年度绩效考核结果"]], form="ordinal"),
   T("需要几年经验", "attribute", "薪资核算专员", L("16", 16, 16), [["2年以上"], ["薪酬核算经验"]], "experience", "switch_attribute")])
# 25 cx11 前台 (typo)
FU(25, "new_hire", "酒点前台几班倒", "attribute", "酒店前台", L("11", 15, 15), [["两班"], ["8:00"], ["16:00"]], [
   T("一个月里能歇几天班", "attribute", "酒店前台", L("11", 14, 14), [["4天"], ["调休"]], "benefits", "switch_attribute"),
   T("第三项工作内容讲讲", "duty", "酒店前台", L("11", 5, 5), [["预订系统"], ["房态"], ["超售"]], form="ordinal"),
   T("要是客人来闹投诉，前台按说明要怎么应对", "duty", "酒店前台", L("11", 6, 6), [["安抚情绪"], ["上报主管"]], form="switch_attribute")], attr="benefits")
# 26 cx11 前台 / cx10 导购
FU(26, "hr", "前台岗位对人有什么要求", "qualification", "酒店前台", L("11", 9, 12), [["亲和力"], ["收银系统"], ["应变能力"]], [
   T("福利有哪些", "attribute", "酒店前台", L("11", 14, 16), [["生日"], ["免费食宿"]], "benefits", "ellipsis"),
   T("换成导购呢，要求一样吗", "qualification", "导购", L("10", 33, 39), [["形象健康得体"], ["轮班"], ["沟通能力"]], form="switch_role")])
# 27 cx12 行政主管
FU(27, "new_hire", "行政主管的直属上级", "attribute", "行政主管", L("12", 9, 10), [["行政经理"], ["直属上级"]], [
   T("编制挂在哪个部门下面", "attribute", "行政主管", L("12", 15, 16), [["行政管理部"], ["部门"]], "department", "ellipsis"),
   T("他的职责里占比最大的是哪块", "duty", "行政主管", L("12", 38, 47), [["65"], ["主要负责的行政管理工作"], ["固定资产"]], form="pronoun"),
   OOS("他这些职责的业绩衡量标准怎么定的", "oos_nearmiss")], attr="reports_to")
# 28 cx12 purpose / ordinal
FU(28, "manager", "给我念一下行政经理助理那份说明书里的工作概述", "attribute", "行政主管", L("12", 25, 26), [["协助行政经理"], ["行政服务支持"]], [
   T("第三块职责具体有哪些", "duty", "行政主管", L("12", 48, 54), [["队伍建设"], ["考勤"], ["外联及接待"]], form="ordinal"),
   OOS("审核人是谁", "oos_nearmiss"),
   T("第一块呢，占多少时间", "duty", "行政主管", L("12", 32, 37), [["15"], ["行政工作规划"], ["管理制度"]], form="ordinal")], attr="purpose")
# 29 cx13 招聘专员 / 人力资源专员
FU(29, "hr", "招聘专员行为标准里招聘部分怎么写的", "duty", "招聘专员", L("13", 9, 14), [["招聘文案"], ["招募活动"], ["内部信息网"]], [
   T("第2部分转正、异动的标准又是怎么规定的", "duty", "招聘专员", L("13", 15, 20), [["转正考核"], ["异动手续"], ["录入数据"]], form="ellipsis"),
   T("换个岗位问，人力资源专员最低要什么文凭", "attribute", "人力资源专员", L("13", 3, 3), [["本科及以上"], ["人力资源"]], "education", "switch_role"),
   T("那英语方面有要求吗", "qualification", "人力资源专员", L("13", 6, 6), [["中英文"], ["读、写"]], form="ellipsis")])
# 30 cx14
FU(30, "manager", "财务部内控与财务分析KPI有哪几个指标，权重多少", "kpi", "财务分析会计", L("14", 3, 6),
   [["企业内控制度的调整"], ["财务分析报告"], ["利润中心的操作维护"], ["月底结帐处理"], ["30%"]], [
   T("第二个指标具体怎么打分", "kpi", "财务分析会计", L("14", 4, 4) + L("14", 12, 16), [["格式"], ["数据的准确性"], ["报告提交的及时性"]], form="ordinal"),
   T("月底结帐处理那个怎么算分", "kpi", "财务分析会计", L("14", 6, 7), [["耽误一次得0分"], ["错一次得80分"]], form="ellipsis"),
   T("这个评分表由谁来填", "kpi", "财务分析会计", L("14", 10, 10), [["财务部经理"], ["填写"]], form="pronoun")])

# singles
def S(n, intent, persona, q, role, ev, kp, attr=None, refusal=False, tool=None, tag=None):
    iid = f"x65fu-{tag}-{n:02d}"
    items.append({"id": iid, "persona": persona, "intent": intent, "question": q, "role": role, "attribute": attr,
                  "evidence": ev, "key_points": kp, "expect_refusal": refusal, "turns": None, "tool": tool})
S(31, "qualification", "new_hire", "做教务要什么学历和工作经历", "教务", L("15", 5, 6), [["大学专科"], ["师范"], ["2年以上"]], tag="qual")
S(32, "out_of_scope", "new_hire", "导购员底薪一般多少钱", None, [], [], refusal=True, tag="oos")
S(33, "jd", "hr", "帮我写份车辆调度员的JD，要带任职资格", "车辆调度员",
  Q("02", "根据客户有车需求", "2.车辆值班安排", "根据司机出车情况进行考核"), [["调配"], ["值班"], ["考核"]], tag="jd",
  tool={"kind": "jd", "role": "车辆调度员", "must_cite_files": [F["02"]], "expect_sections": ["duties", "qualifications"]})
S(34, "kpi_design", "manager", "资金部的绩效指标帮我设计5个", "资金部",
  Q("04", "公司资金预算达成率", "资金收支准确度", "资金筹集计划编制及时率"),
  [["公司资金预算达成率"], ["资金收支准确度"], ["资金筹集计划编制及时率"]], tag="kd",
  tool={"kind": "kpi_design", "role": "资金部", "count": 5, "must_cite_files": [F["04"]],
        "expected_indicators": ["公司资金预算达成率", "资金收支准确度", "资金筹集计划编制及时率"]})
S(35, "attribute", "new_hire", "美团那个前端岗在哪上班", "前端开发工程师", L("06", 75, 75), [["成都"], ["美团"]], attr="location", tag="attr")
S(36, "out_of_scope", "hr", "试用期最长可以约定多久", None, [], [], refusal=True, tag="oos")

with open(OUT / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump(forms, open(OUT / "forms.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), "items", sum(len(i["turns"] or []) for i in items), "later turns")
