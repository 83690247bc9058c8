# Builds set.jsonl and forms.json for round 75 / xfu (follow-up conversations over corpus-extra).
import json, sys
from pathlib import Path
OUT = Path(__file__).parent
F = {k: v for k, v in [
 ('01','cx01_财务部经理岗位说明书.docx'),('02','cx02_车辆调度员岗位说明书.docx'),('03','cx03_培训部工作手册.docx'),
 ('04','cx04_部门KPI指标库.xlsx'),('05','cx05_招聘岗位一览.xlsx'),('06','cx06_技术岗位招聘信息.csv'),
 ('07','cx07_人才招聘.html'),('08','cx08_培训学校出纳岗位说明书.pdf'),('09','cx09_人事行政部经理绩效考核表.md'),
 ('10','cx10_导购岗位职责.txt'),('11','cx11_酒店前台职位描述.txt'),('12','cx12_行政主管岗位说明书.txt'),
 ('13','cx13_人力资源招聘专员行为标准.txt'),('14','cx14_财务部内控与财务分析KPI组成表.txt'),
 ('15','cx15_教务工作岗位素能.txt'),('16','cx16_薪资核算专员职位描述.txt')]}
def Q(f, q): return {"file": F[f], "quote": q}
def L(f, a, b=None): return {"file": F[f], "line_start": a, "line_end": b or a}
def T(q, intent, role, ev, kp, attr=None, form=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attr: t["attribute"] = attr
    t["_form"] = form
    return t
def OOS(q, role=None, form=None):
    return {"question": q, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": [], "_form": form}

convs = []
def C(persona, first, turns):
    convs.append((persona, first, turns))

# 1 cx02 调度员
C("new_hire", T("我下周入职当调渡员，平常主要干哪些活儿？", "duty", "车辆调度员",
    [Q('02',"根据客户有车需求,对人员车辆进行合理调配"), Q('02',"2.车辆值班安排"), Q('02',"根据司机出车情况进行考核")],
    [["合理调配","调配"],["值班"],["考核","考勤"]]),
  [T("学历跟专业卡得严不严呢", "attribute", "车辆调度员", [Q('02',"高中及以上"), Q('02',"汽车修理专业")], [["高中"],["汽车修理"]], "education", "ellipsis"),
   T("他归谁管？往后能升到什么位置", "attribute", "车辆调度员", [Q('02',"车辆租赁中心主任"), Q('02',"高级业务员")], [["车辆租赁中心主任"],["高级业务员"]], "reports_to", "pronoun"),
   T("业绩标准里排第二的那个是多少", "kpi", "车辆调度员", [Q('02',"2.客户满意率达90%以上")], [["客户满意率"],["90%"]], None, "ordinal")])
# 2 cx01 财务经理
C("hr", T("袜业公司那个财务经理岗位要持哪种证书、什么学历", "attribute", "财务部经理", [Q('01',"会计师资格证书"), Q('01',"会计专业本科学历")], [["会计师"],["本科"]], "certificate"),
  [T("那工作年限方面卡多少年？", "attribute", "财务部经理", [Q('01',"八年以工业企业财务管理经验")], [["八年","8年"],["五年","5年"]], "experience", "ellipsis"),
   T("他手底下直接管着哪几个人", "attribute", "财务部经理", [Q('01',"财务会计、出纳")], [["出纳"],["财务会计","成本会计"]], "subordinates", "pronoun"),
   T("基本技能里的第2点帮我展开一下", "qualification", "财务部经理", [Q('01',"精通国家财税法律规范")], [["财税法律"],["职业判断"]], None, "ordinal")])
# 3 cx03 培训部经理
C("manager", T("培训部经理日常要负责哪些工作内容", "duty", "培训部经理",
    [Q('03',"责培训部的日常管理工作。"), Q('03',"责培训部员工的工作安排与绩效考核。"), Q('03',"g)负责培训市场的开拓")],
    [["日常管理"],["绩效考核"],["培训市场"]]),
  [T("d那条啥意思，能解释下不", "duty", "培训部经理", [Q('03',"核心组课程的引入")], [["核心组课程"],["规划"]], None, "ordinal"),
   OOS("那同部门的培训顾问，他的职责是啥", "培训顾问", "switch role (near-miss OOS)"),
   T("回到经理身上，他协助市场部要做些啥", "duty", "培训部经理", [Q('03',"协助市场部进行培训市场开发工作")], [["市场部"],["培训需求"],["可行性"]], None, "back-reference")])
# 4 cx04 HR KPI
C("hr", T("人力资源部KPI库里招聘管理这一块考核哪几个指标", "kpi", None,
    [Q('04',"招聘空缺职位所需的平均天数"), Q('04',"人员编制控制率")], [["招聘空缺职位所需的平均天数"],["人员编制控制率"]]),
  [T("第二个指标的公式是怎么写的", "kpi", None, [Q('04',"(实际人数/计划编制人数)*100%")], [["实际人数"],["计划编制人数"]], None, "ordinal"),
   T("那薪酬管理那块儿考啥", "kpi", None, [Q('04',"员工工资出错次数"), Q('04',"员工工资发放的出错人次数")], [["员工工资出错次数"],["出错人次数","工资发放"]], None, "ellipsis"),
   T("它的数据从哪来、公式怎么算", "kpi", None, [Q('04',"工资发放记录"), Q('04',"(错误发放的工资次数/发放的工资次数)")], [["工资发放记录"],["错误发放的工资次数"]], None, "pronoun")])
# 5 cx04 审计部/资金部
C("manager", T("KPI指标库里审计部都考核些什么", "kpi", None,
    [Q('04',"审计计划执行率"), Q('04',"审计报告一次经过率"), Q('04',"审计报告归档率")], [["审计计划执行率"],["审计报告一次经过率"],["审计报告归档率"]]),
  [T("换成资金部的话是哪些", "kpi", None, [Q('04',"公司资金预算达成率"), Q('04',"资金收支准确度"), Q('04',"月度流动资金计划编制及时率")],
     [["公司资金预算达成率"],["资金收支准确度"],["月度流动资金计划编制及时率"]], None, "switch department"),
   OOS("对了，今天A股大盘涨了还是跌了", None, "out-of-scope in the middle"),
   T("刚才资金头寸那个指标具体咋定义的", "kpi", None, [Q('04',"因没有及时掌握资金头寸信息")], [["资金头寸"],["损失的金额"]], None, "back-reference after OOS")])
# 6 cx05 生产主管
C("hr", T("注塑厂招的生产主管得满足啥条件", "qualification", "生产主管", [Q('05',"本科以上，25-45岁，注塑类相关专业")],
    [["本科"],["注塑"],["两年"]]),
  [T("他每天具体做些什么", "duty", "生产主管", [Q('05',"车间日常生产管理")], [["生产管理"],["简化生产流程"]], None, "pronoun"),
   T("换成机械技术员的话干啥", "duty", "机械技术员", [Q('05',"协助工程师完成车间机器的维修")], [["维修"],["治具"],["革新"]], None, "switch role"),
   T("这俩岗位年龄限制有啥不一样", "qualification", None, [Q('05',"本科以上，25-45岁，注塑类相关专业"), Q('05',"机械技术底子深厚")],
     [["25-45"],["20-45"]], None, "comparison")])
# 7 cx05 销售经理
C("new_hire", T("模具厂的销售经理一年要出几次差", "duty", "销售经理", [Q('05',"每年有1~2次到上海等地出差")], [["上海"],["1~2次","1-2次"]]),
  [T("学历和专业有讲究吗", "attribute", "销售经理", [Q('05',"本科以上，20-35岁，英语专业者优先")], [["本科"],["英语专业"]], "education", "ellipsis"),
   T("工资待遇大概什么样", "attribute", "销售经理", [Q('05',"本科以上，20-35岁，英语专业者优先")], [["面议"],["免费食宿"]], "pay", "switch attribute"),
   T("换成文案策划，要求跟销售经理比一样吗", "qualification", "文案策划", [Q('05',"大专以上，20-35岁，有经验者优先"), Q('05',"本科以上，20-35岁，英语专业者优先")],
     [["大专"],["本科"]], None, "switch role + comparison")])
# 8 cx06 DBA
C("hr", T("慧算账那边招的DBA要负责些什么", "duty", "DBA", [L('06',63,68)], [["容量规划"],["SQL调优"],["备份恢复"]]),
  [T("第五条麻烦细说一下", "duty", "DBA", [L('06',67)], [["备份恢复"],["迁移"],["故障排除"]], None, "ordinal"),
   T("对学历专业有啥硬性要求", "attribute", "DBA", [L('06',70)], [["本科"],["计算机"]], "education", "switch attribute"),
   T("同一家公司的测试经理薪资和地点呢", "attribute", "测试工程师", [L('06',50)], [["15K-45K"],["广州"]], "pay", "switch role (same company)")])
# 9 cx06 SRE
C("new_hire", T("宝洁招的那个SRE在哪儿办公", "attribute", "平台Site Reliability Engineer", [L('06',122)], [["广州"],["珠江新城"]], "location"),
  [T("经验上得几年起步", "attribute", "平台Site Reliability Engineer", [L('06',125)], [["4年"],["系统管理员"]], "experience", "ellipsis"),
   T("除了经验还得会些啥", "qualification", "平台Site Reliability Engineer", [L('06',126,129)], [["开发语言"],["K8S"],["英语"]], None, "more"),
   T("他进去以后主要干什么", "duty", "平台Site Reliability Engineer", [L('06',123)], [["DevOps平台"],["运维"]], None, "pronoun")])
# 10 cx06 前端
C("hr", T("京东物流招前端研发工程师有哪些任职要求", "qualification", "前端开发工程师", [L('06',98,108)], [["本科"],["3-5年"],["React"]]),
  [T("还有别的没列出来的吗", "qualification", "前端开发工程师", [L('06',104,108)], [["小程序"],["NPM"],["组件封装"]], None, "more"),
   T("美团那个前端呢，要求几年经验", "attribute", "前端开发工程师", [L('06',86)], [["3年"],["互联网研发"]], "experience", "switch company"),
   T("美团这个岗位日常负责啥", "duty", "前端开发工程师", [L('06',80,83)], [["CRM"],["中后台"],["培养团队"]], None, "switch attribute")])
# 11 cx06 Golang
C("new_hire", T("golang后端那个岗要几年项目经验", "attribute", "Golang 后端", [L('06',35)], [["2-5年"],["Golang项目开发"]], "experience"),
  [T("在哪个城市上班，能远程吗", "attribute", "Golang 后端", [L('06',27)], [["杭州"],["远程"]], "location", "switch attribute"),
   T("加分项里都列了些啥", "qualification", "Golang 后端", [L('06',44,49)], [["terraform"],["开源作品"]], None, "ellipsis"),
   OOS("顺便教我用golang写个hello world程序", None, "out-of-scope (programming)")])
# 12 cx06 产品经理
C("manager", T("Moka招的产品经理主要负责什么事", "duty", "产品经理", [L('06',14,17)], [["绩效爆品"],["数据分析"],["跨团队合作"]]),
  [T("第三条展开讲讲具体做啥", "duty", "产品经理", [L('06',16)], [["用户行为数据"],["用户反馈"]], None, "ordinal"),
   T("职位要求里那个Ownership是指什么", "qualification", "产品经理", [L('06',23)], [["协调"],["推动"]], None, "switch attribute"),
   T("薪资范围和base地呢", "attribute", "产品经理", [L('06',13)], [["15k-40k"],["成都"]], "pay", "ellipsis")])
# 13 cx07 焊工
C("hr", T("钢构厂招焊工要有啥证书和技能", "attribute", "焊工", [L('07',133)], [["焊工证"],["机械图纸"]], "certificate"),
  [T("年龄性别上有没有限制", "qualification", "焊工", [L('07',130)], [["40岁"],["男"]], None, "ellipsis"),
   T("埋弧悍工那边呢", "qualification", "埋弧焊工", [L('07',226)], [["45岁"],["初中"],["埋弧焊"]], None, "switch role + typo"),
   T("这两个谁的学历门槛更高", "qualification", None, [L('07',130), L('07',226)], [["高中"],["初中"]], None, "comparison")])
# 14 cx07 采购员
C("new_hire", T("钢结构公司采购员的工作内容都有啥", "duty", "采购员", [L('07',156,177)], [["采购制度"],["供应商"],["采购计划"]]),
  [T("第五项说的是什么", "duty", "采购员", [L('07',168)], [["采购成本"],["合理库存"]], None, "ordinal"),
   OOS("扯远点，今天下午会下雨吗", None, "out-of-scope in the middle"),
   T("他要啥学历和专业背景", "attribute", "采购员", [L('07',150)], [["大专"],["物流"]], "education", "pronoun after OOS")])
# 15 cx07 维修电工/机修工
C("manager", T("维修电工招聘要满足哪些条件", "qualification", "维修电工", [L('07',303)], [["50周岁"],["中专"],["5年"]]),
  [T("机修工那边的要求呢", "qualification", "机修工", [L('07',272)], [["中专"],["机械"]], None, "switch role"),
   T("它工作内容的第三条讲了啥", "duty", "机修工", [L('07',284)], [["判断故障"],["维修及时"]], None, "pronoun + ordinal"),
   T("回到维修电工，停电检修时要注意些啥", "duty", "维修电工", [L('07',318)], [["断电"],["挂牌"]], None, "back-reference")])
# 16 cx07 销售员
C("new_hire", T("那家钢结构公司的销售员福利待遇怎么样", "attribute", "销售员", [L('07',123)], [["双休"],["社会保险"],["住宿"]], "benefits"),
  [T("他的主要职责有哪些", "duty", "销售员", [L('07',97,103)], [["销售额"],["拜访"],["客户关系档案"]], None, "pronoun"),
   T("任职要求那块呢", "qualification", "销售员", [L('07',111,117)], [["大专"],["英语四级"],["钢材"]], None, "ellipsis"),
   T("生产技术部长学历和经验要求如何", "attribute", "生产技术部长", [L('07',74)], [["10年"],["大专"]], "experience", "switch role")])
# 17 cx08 出纳
C("new_hire", T("培训学校出纳的直接主管是谁，跟谁平级", "attribute", "出纳", [Q('08',"直接主管:分校校长")], [["分校校长"],["会计"]], "reports_to"),
  [T("那隔级领导和下属呢", "attribute", "出纳", [Q('08',"直接主管:分校校长")], [["总经理"],["无"]], "reports_to", "ellipsis"),
   T("主要职责里第七条讲的是什么", "duty", "出纳", [Q('08',"按领导审批过的退费手续")], [["退费"],["审批"]], None, "ordinal")])
# 18 cx08 出纳
C("hr", T("出纳应聘的话要持哪种证书", "attribute", "出纳", [Q('08',"会计、金融类专业大专或以上学历")], [["会计从业资格证"],["会计、金融","会计"]], "certificate"),
  [T("要干过几年出纳才行", "attribute", "出纳", [Q('08',"2年以上出纳工作经验;")], [["2年"],["出纳工作经验"]], "experience", "ellipsis"),
   T("男生能去应聘这个岗吗", "qualification", "出纳", [Q('08',"性别不限(女姓佳)")], [["不限"],["女"]], None, "switch attribute")])
# 19 cx09
C("manager", T("人事行政部经理考核表里内部运营类包含哪些指标", "kpi", "人事行政部经理", [L('09',10,16)],
    [["工作目标完成率"],["公司组织培训完成率"],["绩效、薪资管理完成率"]]),
  [T("这几个里面哪个权重最高", "kpi", "人事行政部经理", [L('09',14)], [["绩效、薪资管理完成率"],["15%"]], None, "pronoun"),
   T("客户类那块有哪些呢", "kpi", "人事行政部经理", [L('09',17,18)], [["内部员工满意率"],["后勤投诉次数"]], None, "ellipsis"),
   T("后勤投诉那项扣分规则是啥样", "kpi", "人事行政部经理", [L('09',18)], [["扣1分"],["投诉"]], None, "shortened name")])
# 20 cx09
C("hr", T("人事行政经理绩效表里学习成长类占多大比重", "kpi", "人事行政部经理", [L('09',19)], [["20%"],["学习成长"]]),
  [T("它下面都有哪些指标", "kpi", "人事行政部经理", [L('09',19,22)], [["部门员工保有率"],["部门培训目标完成率"],["人力计划完成率"]], None, "pronoun"),
   T("员工保有率那个怎么打分", "kpi", "人事行政部经理", [L('09',19)], [["70%"],["5分"]], None, "shortened name"),
   T("整张表里权重是0的是哪一项", "kpi", "人事行政部经理", [L('09',15)], [["工作流程改善目标完成率"],["0%"]], None, "switch topic within sheet")])
# 21 cx10 导购
C("new_hire", T("当导购员每天都要做哪些事情", "duty", "导购", [L('10',9,17), L('10',23,29), L('10',43,51)], [["收银"],["盘点"],["陈列","陈设"]]),
  [T("他的上级是谁呀", "attribute", "导购", [L('10',43)], [["店长"],["接受其领导","对店长负责"]], "reports_to", "pronoun"),
   T("招导购有哪些任职要求", "qualification", "导购", [L('10',33,39)], [["女"],["轮班"],["促销经验"]], None, "switch attribute"),
   T("粤语一定要会吗，公司管培训不", "qualification", "导购", [L('10',39)], [["粤语优先"],["专业培训"]], None, "ellipsis")])
# 22 cx11 前台
C("new_hire", T("酒店前台的上班时间是怎么排班的", "attribute", "酒店前台", [L('11',15)], [["8:00"],["16:00"],["两班"]], "benefits"),
  [T("一个月能休几天，过节咋算", "attribute", "酒店前台", [L('11',14)], [["4天"],["调休"]], "benefits", "ellipsis"),
   T("核心工作内容里第3项是干什么的", "duty", "酒店前台", [L('11',5)], [["预订"],["房态"],["超售"]], None, "ordinal"),
   OOS("酒店前台的社保公积金按多少比例交", "酒店前台", "out-of-scope (HR-adjacent)")])
# 23 cx11 前台
C("manager", T("前台给客人退房结算时要注意些什么", "duty", "酒店前台", [L('11',4)], [["迷你吧"],["收银系统"],["票据准确"]]),
  [T("那要是碰上客人投诉呢", "duty", "酒店前台", [L('11',6)], [["安抚情绪"],["上报主管"]], None, "ellipsis"),
   T("岗位要求里的合规意识具体指什么", "qualification", "酒店前台", [L('11',12)], [["身份信息登记"],["隐私"]], None, "switch attribute"),
   T("这个岗位有啥福利", "attribute", "酒店前台", [L('11',14,16)], [["生日"],["免费食宿"]], "benefits", "switch attribute")])
# 24 cx12 行政主管
C("new_hire", T("行政主管向谁汇报，属于哪个部门", "attribute", "行政主管", [L('12',9,16)], [["行政经理"],["行政管理部"]], "reports_to"),
  [T("他的工作概述是怎么写的", "attribute", "行政主管", [L('12',26)], [["协助行政经理"],["行政服务支持"]], "purpose", "pronoun"),
   T("他那块占65%时间的工作具体包括哪些事", "duty", "行政主管", [L('12',38,47)], [["归档"],["大事记"],["固定资产"]], None, "reference to section"),
   OOS("这些工作的业绩衡量标准分别是什么", "行政主管", "near-miss OOS (略)")])
# 25 cx12 行政经理助理
C("hr", T("行政经理助理需要管公司食堂吗", "duty", "行政主管", [L('12',44)], [["公共卫生"],["食堂"]]),
  [T("他还要管员工考勤吗", "duty", "行政主管", [L('12',53)], [["考勤"],["假期"]], None, "pronoun"),
   T("部门内部建设那部分占多少时间、做些啥", "duty", "行政主管", [L('12',48,50)], [["15%"],["队伍建设"]], None, "reference to section"),
   OOS("这个岗位的工资等级是几级", "行政主管", "near-miss OOS (empty field)")])
# 26 cx13 招聘专员
C("hr", T("人力资源招聘专员一级的行为标准都有哪些", "duty", "招聘专员", [L('13',9,20)], [["招聘计划"],["转正"],["异动"]]),
  [T("第二部分具体展开说说", "duty", "招聘专员", [L('13',15,20)], [["转正通知"],["异动手续"]], None, "ordinal"),
   T("HR专员要求什么学历和几年经验", "attribute", "人力资源专员", [L('13',3,4)], [["本科"],["1-2年"]], "education", "switch role (short title)"),
   T("专业上有没有限定呢", "attribute", "人力资源专员", [L('13',3)], [["人力资源"],["经济"]], "major", "ellipsis")])
# 27 cx14
C("manager", T("财务部内控与财务分析那张KPI表里权重最大的是哪项", "kpi", "财务分析会计", [L('14',4)], [["财务分析报告"],["30%"]]),
  [T("它具体是怎么评分的", "kpi", "财务分析会计", [L('14',12,16)], [["格式"],["数据的准确性"],["及时性"]], None, "pronoun"),
   T("月底结帐那一项又怎么考", "kpi", "财务分析会计", [L('14',6,7)], [["及时性50%"],["准确性50%"]], None, "switch item"),
   T("错一次和错两次分别得几分", "kpi", "财务分析会计", [L('14',7)], [["60分"],["80分"]], None, "ellipsis")])
# 28 cx15 教务
C("hr", T("想应聘教务，学历得到什么程度", "attribute", "教务", [L('15',5)], [["专科"],["师范"]], "education"),
  [T("那工作经历得有多久呢", "attribute", "教务", [L('15',6)], [["2年"],["1年"]], "experience", "ellipsis"),
   T("基本素养一共有哪几条", "qualification", "教务", [L('15',8,10)], [["责任心强"],["会爱学生"],["宽容乐观"]], None, "switch attribute"),
   T("第三条再展开说说", "qualification", "教务", [L('15',10)], [["包容"],["乐观"]], None, "ordinal")])
# 29 cx16 薪资核算
C("hr", T("薪酬核算岗平时要做哪些工作", "duty", "薪资核算专员", [L('16',4,13)], [["个税"],["年终奖"],["薪资发放"]]),
  [T("第六条具体讲讲是干啥", "duty", "薪资核算专员", [L('16',9)], [["汇算清缴"],["个税咨询"]], None, "ordinal"),
   OOS("插一句，现在个税起征点是每月多少", None, "out-of-scope in the middle"),
   T("这个岗需要什么样的工作经验", "attribute", "薪资核算专员", [L('16',16)], [["2年"],["薪酬核算经验"]], "experience", "return after OOS")])
# 30 cx08 + cx01 comparison
C("manager", T("培训学校出纳岗要求什么学历", "attribute", "出纳", [Q('08',"会计、金融类专业大专或以上学历")], [["大专"],["会计"]], "education"),
  [T("财务部经理的呢", "attribute", "财务部经理", [Q('01',"会计专业本科学历")], [["本科"],["会计专业"]], "education", "switch role"),
   T("这俩谁的工作经验要求更高", "attribute", None, [Q('01',"八年以工业企业财务管理经验"), Q('08',"2年以上出纳工作经验;")], [["八年","8年"],["2年"]], "experience", "comparison"),
   T("那他上级是谁，同职位有几个人", "attribute", "财务部经理", [Q('01',"财务总监"), Q('01',"财务部总监"), Q('01',"1人")], [["财务总监","财务部总监"],["1人"]], "reports_to", "pronoun")])

items, forms = [], {}
for i, (persona, first, turns) in enumerate(convs, 1):
    iid = f"r75xfu-fu-{i:02d}"
    forms[iid] = []
    tl = []
    for j, t in enumerate(turns, 1):
        forms[iid].append({"turn": j, "form": t.pop("_form"), "intent": t["intent"]})
        tl.append(t)
    first.pop("_form")
    items.append({"id": iid, "persona": persona, "intent": "followup", "question": first["question"],
                  "role": first["role"], "attribute": first.get("attribute"), "evidence": first["evidence"],
                  "key_points": first["key_points"], "expect_refusal": False, "turns": tl, "tool": None})

def S(iid, persona, intent, q, role, ev, kp, attr=None, tool=None, refusal=False):
    items.append({"id": iid, "persona": persona, "intent": intent, "question": q, "role": role, "attribute": attr,
                  "evidence": ev, "key_points": kp, "expect_refusal": refusal, "turns": None, "tool": tool})
S("r75xfu-jd-01", "hr", "jd", "照着资料帮我起草一份机修工的岗位说明书", "机修工", [L('07',272,287)],
  [["钳台"],["二级保养"],["巡回检查"]],
  tool={"kind": "jd", "role": "机修工", "must_cite_files": [F['07']], "expect_sections": ["duties", "qualifications"]})
S("r75xfu-kd-01", "manager", "kpi_design", "帮财务部挑5个合适的考核指标做个方案", "财务部",
  [Q('04',"公司财务预算达成率"), Q('04',"财务分析准确度"), Q('04',"账务处理及时性"), Q('04',"现金收支准确性")],
  [["公司财务预算达成率"],["财务分析准确度"],["账务处理及时性"],["现金收支准确性"]],
  tool={"kind": "kpi_design", "role": "财务部", "count": 5, "must_cite_files": [F['04']],
        "expected_indicators": ["公司财务预算达成率","财务分析准确度","账务处理及时性","现金收支准确性"]})
S("r75xfu-attr-01", "hr", "attribute", "研发经理对学历和专业背景有啥要求", "研发经理", [Q('05',"20-45岁，模具设计类专业")], [["模具设计"],["本科"]], attr="major")
S("r75xfu-kpi-01", "hr", "kpi", "人力资源部的培训费用预算达成率怎么算", None, [Q('04',"当年实际发生培训费用与预算费用的比例")], [["培训费用"],["预算费用"]])
S("r75xfu-duty-01", "new_hire", "duty", "剪板机操作工进厂后具体干什么活", "剪板机操作工", [L('07',189)], [["剪板机操作"],["钢结构"]])
S("r75xfu-oos-01", "new_hire", "out_of_scope", "数控平面钻工一个月能拿多少钱", "数控平面钻工", [], [], refusal=True)

with open(OUT / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump(forms, open(OUT / "forms.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), "items;", sum(len(v) for v in forms.values()), "later turns")
