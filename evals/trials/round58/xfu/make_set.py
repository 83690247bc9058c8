# Generates set.jsonl and forms.json for round 58 / xfu (follow-up conversations over corpus-extra).
import json
from pathlib import Path
OUT = Path(__file__).parent
F = {i: n for i, n in [
 (1,"cx01_财务部经理岗位说明书.docx"),(2,"cx02_车辆调度员岗位说明书.docx"),(3,"cx03_培训部工作手册.docx"),
 (4,"cx04_部门KPI指标库.xlsx"),(5,"cx05_招聘岗位一览.xlsx"),(6,"cx06_技术岗位招聘信息.csv"),(7,"cx07_人才招聘.html"),
 (8,"cx08_培训学校出纳岗位说明书.pdf"),(9,"cx09_人事行政部经理绩效考核表.md"),(10,"cx10_导购岗位职责.txt"),
 (11,"cx11_酒店前台职位描述.txt"),(12,"cx12_行政主管岗位说明书.txt"),(13,"cx13_人力资源招聘专员行为标准.txt"),
 (14,"cx14_财务部内控与财务分析KPI组成表.txt"),(15,"cx15_教务工作岗位素能.txt"),(16,"cx16_薪资核算专员职位描述.txt")]}
def L(f, a, b=None): return {"file": F[f], "line_start": a, "line_end": b or a}
def Q(f, q): return {"file": F[f], "quote": q}
def T(q, intent, role, ev, kp, attr=None, form=None):
    d = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attr: d["attribute"] = attr
    return d, form
def OOS(q, form): return T(q, "out_of_scope", None, [], [], form=form)

convs = []
def C(persona, first, turns):
    convs.append((persona, first, turns))

# first = (question, intent, role, attribute, evidence, key_points)
C("manager", ("我们车队新招了个调度员，他平常一天都忙些啥", "duty", "车辆调度员", None,
   [Q(2,"根据客户有车需求,对人员车辆进行合理调配"), Q(2,"2.车辆值班安排"), Q(2,"根据司机出车情况进行考核")],
   [["合理调配"],["值班"],["考核","考勤"]]),
  [T("他归哪位领导直接管", "attribute", "车辆调度员", [Q(2,"直接上级"), Q(2,"车辆租赁中心主任")], [["车辆租赁中心主任"],["直接上级","上级"]], "reports_to", "pronoun"),
   T("学历上卡得严不严，要啥专业", "attribute", "车辆调度员", [Q(2,"高中及以上"), Q(2,"汽车修理专业")], [["高中"],["汽车修理"]], "education", "ellipsis"),
   T("那业绩是按哪几条标准来考的", "kpi", "车辆调度员", [Q(2,"1.工作及时率达95%以上"), Q(2,"2.客户满意率达90%以上"), Q(2,"3.内部员工满意度达80%以上")], [["95%"],["90%"],["80%"]], None, "switch attribute")])
C("new_hire", ("想问下当财务经理得持哪种证书才行", "attribute", "财务部经理", "certificate", [Q(1,"职业资格"), Q(1,"会计师资格证书")], [["会计师资格证书","会计师"],["职业资格","资格证"]]),
  [T("那工作年限得多久才够格", "attribute", "财务部经理", [Q(1,"八年以工业企业财务管理经验")], [["八年"],["五年"]], "experience", "ellipsis"),
   T("他手底下带的都是哪些人", "attribute", "财务部经理", [Q(1,"财务会计、出纳"), Q(1,"成本会计")], [["出纳"],["财务会计","成本会计"]], "subordinates", "pronoun"),
   T("这个岗位的工作目标里都考哪些", "kpi", "财务部经理", [Q(1,"库存周转率、应收账款周转率小于期间额定标准"), Q(1,"成本费用(销售费用、制造费用、管理费用)达成率100%")], [["库存周转率"],["成本费用"]], None, "switch attribute")])
C("hr", ("帮我列一下培训部经理手上都管哪些事儿", "duty", "培训部经理", None,
   [Q(3,"责培训部的日常管理工作"), Q(3,"责培训部内部各项规章制度与工作计划的制定和执行"), Q(3,"责培训部员工的工作安排与绩效考核")],
   [["日常管理"],["规章制度","工作计划"],["绩效考核"]]),
  [T("就这些？后面还有没有别的条目", "duty", "培训部经理", [Q(3,"负责合理安排培训资源,统筹管理各向培训业务"), Q(3,"协助市场部进行培训市场开发工作")], [["培训资源"],["协助市场部"]], None, "more"),
   T("最后那一条具体是啥意思", "duty", "培训部经理", [Q(3,"协助市场部进行培训市场开发工作")], [["协助市场部"],["可行性"]], None, "ordinal"),
   OOS("同部门的培训顾问又是干什么的", "switch role (near-miss OOS)")])
C("hr", ("人力资源部那套KPI指标库里到底有哪些指标啊", "kpi", None, None,
   [Q(4,"部门费用预算达成率"), Q(4,"制度和流程的书面化比率"), Q(4,"招聘空缺职位所需的平均天数")],
   [["部门费用预算达成率"],["书面化比率"],["平均天数"]]),
  [T("列出来的第二个指标公式怎么写的", "kpi", None, [Q(4,"薪资总量预算安排达成率"), Q(4,"(实际发生成本/计划成本)*100%")], [["薪资总量预算安排达成率"],["实际发生成本"]], None, "ordinal"),
   T("财务部那边的指标又是哪些", "kpi", None, [Q(4,"公司财务预算达成率"), Q(4,"现金收支准确性"), Q(4,"财务资料完好性")], [["财务预算达成率"],["现金收支准确性"],["财务资料完好性"]], None, "switch department"),
   T("审计部的呢也列一下", "kpi", None, [Q(4,"审计计划执行率"), Q(4,"审计报告归档率")], [["审计计划执行率"],["审计报告归档率"]], None, "ellipsis / switch department")])
C("manager", ("模具厂招的那个生产主管进来具体管哪块", "duty", "生产主管", None,
   [Q(5,"车间日常生产管理")], [["车间日常生产管理"],["简化生产流程","合理调配"]]),
  [T("招这么个人要啥条件", "qualification", "生产主管", [Q(5,"本科以上，25-45岁，注塑类相关专业")], [["本科"],["两年以上"],["管理能力"]], None, "ellipsis"),
   T("换成研发经理的话要求变成啥样", "qualification", "研发经理", [Q(5,"本科以上，20-45岁，模具设计类专业")], [["模具设计"],["20-45岁"]], None, "switch role"),
   T("这两个岗位年龄要求差在哪儿", "qualification", None, [Q(5,"本科以上，25-45岁，注塑类相关专业"), Q(5,"本科以上，20-45岁，模具设计类专业")], [["25-45"],["20-45"]], None, "compare last two")])
C("new_hire", ("慧算账招的那个DBA平时手上都做哪些活", "duty", "DBA", None, [L(6,63,68)], [["容量规划"],["备份恢复"],["SQL调优"]]),
  [T("学历跟专业卡什么", "attribute", "DBA", [L(6,70)], [["本科"],["计算机"]], "education", "ellipsis"),
   T("开多少钱、在哪个城市上班", "attribute", "DBA", [L(6,62)], [["15K-45K"],["广州"]], "pay", "switch attribute"),
   T("你刚说的第三条职责展开讲下", "duty", "DBA", [L(6,65)], [["设计规范"],["培训"]], None, "ordinal")])
C("hr", ("宝洁那个SRE岗位招人门槛是啥", "qualification", "平台Site Reliability Engineer", None, [L(6,125,129)], [["4年以上"],["K8S"],["英语"]]),
  [T("办公地点具体在哪儿", "attribute", "平台Site Reliability Engineer", [L(6,122)], [["广州"],["珠江新城"]], "location", "ellipsis"),
   T("那他进去以后具体负责些什么", "duty", "平台Site Reliability Engineer", [L(6,123)], [["DevOps平台"],["BU"]], None, "pronoun"),
   OOS("K8S集群怎么用kubeadm搭起来", "OOS (tech named in posting)")])
C("new_hire", ("京东物流的前端研发工程师得会哪些技术栈", "qualification", "前端开发工程师", None, [L(6,99,108)], [["React"],["TypeScript"],["小程序"]]),
  [T("学历和经验卡多少", "attribute", "前端开发工程师", [L(6,99)], [["3-5年"],["本科"]], "experience", "ellipsis"),
   T("换成美团那个前端岗经验要几年", "attribute", "前端开发工程师", [L(6,86)], [["3年及以上"],["互联网"]], "experience", "switch company"),
   T("他们这个岗位base在哪座城市", "attribute", "前端开发工程师", [L(6,75)], [["成都"],["研发中心"]], "location", "pronoun")])
C("hr", ("测试经理这岗要啥学历、几年工作经验", "attribute", "测试工程师", "experience", [L(6,58)], [["5年以上"],["本科"]]),
  [T("带团队这方面有没有硬性要求", "qualification", "测试工程师", [L(6,59)], [["3人以上","团队管理"],["大型测试项目"]], None, "switch attribute"),
   T("他平时的工作职责都包括哪些", "duty", "测试工程师", [L(6,51,56)], [["测试计划"],["测试用例"],["培训"]], None, "pronoun"),
   T("职责里第五条讲的是啥意思", "duty", "测试工程师", [L(6,55)], [["新成员"],["指导"]], None, "ordinal")])
C("new_hire", ("Go后端要求有几年项目经验", "attribute", "Golang 后端", "experience", [L(6,35)], [["2-5"],["Golang"]]),
  [T("加分项都写了些啥", "qualification", "Golang 后端", [L(6,46,49)], [["terraform"],["开源"]], None, "ellipsis"),
   T("产品经理的加分项又是什么", "qualification", "产品经理", [L(6,25,26)], [["绩效"],["OKR"]], None, "switch role"),
   T("这俩岗位薪资谁给得高", "attribute", None, [L(6,27), L(6,13)], [["20-40k"],["15k-40k"]], "pay", "compare last two")])
C("hr", ("钢构厂的采购员主要要干些什么", "duty", "采购员", None, [L(7,155,177)], [["采购制度"],["供应商"],["采购计划"]]),
  [T("第四点麻烦展开讲讲", "duty", "采购员", [L(7,165)], [["谈判"],["付款方式"]], None, "ordinal"),
   T("招他有什么门槛", "qualification", "采购员", [L(7,150)], [["45周岁以下"],["大专"],["3年以上采购主管"]], None, "pronoun"),
   T("那焊工招人看什么", "qualification", "焊工", [L(7,130,133)], [["焊工证"],["高中"]], None, "switch role")])
C("manager", ("钢结构公司的机修工需要什么资质", "qualification", "机修工", None, [L(7,272)], [["资格证书"],["5年以上"],["中专"]]),
  [T("维修电工的资质要求呢", "qualification", "维修电工", [L(7,303)], [["资格证书"],["电气"]], None, "switch role"),
   T("两个岗位的工作内容有啥区别", "duty", None, [L(7,277,288), L(7,308,319)], [["二级保养"],["断电","挂牌"]], None, "compare last two"),
   T("维修电工年龄和学历卡在多少", "qualification", "维修电工", [L(7,303)], [["50周岁"],["中专"]], None, "switch attribute")])
C("new_hire", ("钢结构那家招的销售员待遇咋样", "attribute", "销售员", "benefits", [L(7,122,123)], [["面议"],["双休"],["住宿"]]),
  [T("学历和英语要到啥水平", "qualification", "销售员", [L(7,111)], [["英语四级"],["大专"]], None, "ellipsis"),
   OOS("顺便问下社保缴费基数是怎么定的", "OOS mid"),
   T("回到刚才那个岗位，它的职责有哪几条", "duty", "销售员", [L(7,97,103)], [["销售额"],["拜访"],["客户关系档案"]], None, "back to topic")])
C("hr", ("生产技术部长招聘要满足什么条件", "qualification", "生产技术部长", None, [L(7,74,85)], [["10年以上"],["车间主任"],["钢构"]]),
  [OOS("他入职后具体负责哪些工作", "pronoun (near-miss OOS: no duties)"),
   T("学历专业这块有要求没", "attribute", "生产技术部长", [L(7,74)], [["大专"],["机电一体化","设备动力管理"]], "education", "ellipsis")])
C("new_hire", ("培训学校里出纳的顶头上司是谁", "attribute", "出纳", "reports_to", [Q(8,"直接主管:分校校长")], [["分校校长"],["直接主管"]]),
  [T("那再往上隔一级是谁管她", "attribute", "出纳", [Q(8,"直接主管:分校校长")], [["总经理"],["隔级"]], "reports_to", "ellipsis"),
   T("学历和证书有啥要求", "attribute", "出纳", [Q(8,"会计、金融类专业大专或以上学历")], [["大专"],["会计从业资格证"]], "education", "switch attribute"),
   T("她日常都要做哪些事", "duty", "出纳", [Q(8,"根据各校区发来的收入数据进行数据录入"), Q(8,"学校发票、收据业务办理;"), Q(8,"学校人员费用报销办理;")], [["数据录入"],["发票"],["报销"]], None, "pronoun"),
   T("其中第七条什么意思", "duty", "出纳", [Q(8,"按领导审批过的退费手续")], [["退费"],["审批"]], None, "ordinal")])
C("manager", ("人事行政部经理的绩效考核表分了哪几类指标", "kpi", "人事行政部经理", None, [L(9,8,23)], [["财务类"],["内部运营类"],["客户类"],["学习成长革新类"]]),
  [T("内部运营类占多大权重，包含啥", "kpi", "人事行政部经理", [L(9,10,16)], [["50%"],["工作目标完成率"]], None, "ellipsis"),
   T("里面权重最高的是哪个指标", "kpi", "人事行政部经理", [L(9,14)], [["绩效、薪资管理完成率"],["15%"]], None, "pronoun"),
   T("后勤投诉这一项怎么扣分的", "kpi", "人事行政部经理", [L(9,18)], [["扣1分"],["后勤投诉次数"]], None, "switch indicator")])
C("new_hire", ("专卖店的导购员上级是谁啊", "attribute", "导购", "reports_to", [L(10,43)], [["店长"],["对店长负责","接受其领导"]]),
  [T("他每天一早要干啥", "duty", "导购", [L(10,47,49)], [["样板"],["标签","POP"]], None, "pronoun"),
   T("招导购的任职要求呢", "qualification", "导购", [L(10,33,39)], [["学历不限"],["轮班"],["粤语"]], None, "ellipsis"),
   T("粤语和促销经验是必须的吗", "qualification", "导购", [L(10,39)], [["粤语优先"],["经验优先"]], None, "ellipsis")])
C("new_hire", ("酒店前台上班时间是怎么排班的", "attribute", "酒店前台", "benefits", [L(11,15)], [["8:00"],["两班"]]),
  [T("一个月能休息几天呀", "attribute", "酒店前台", [L(11,14)], [["4天"],["调休"]], "benefits", "ellipsis"),
   T("需要会用哪些系统", "qualification", "酒店前台", [L(11,10)], [["预订系统"],["收银系统"]], None, "switch attribute"),
   T("遇到客人投诉该怎么处理", "duty", "酒店前台", [L(11,6)], [["安抚情绪"],["上报主管"]], None, "switch attribute")])
C("hr", ("我们行政主管平常跟谁汇报", "attribute", "行政主管", "reports_to", [L(12,9,10)], [["行政经理"],["直属上级"]]),
  [T("编制挂在哪个部门底下", "attribute", "行政主管", [L(12,15,16)], [["行政管理部"],["所在部门"]], "department", "ellipsis"),
   T("他时间占比最大的是哪块工作", "duty", "行政主管", [L(12,38,47)], [["65"],["行政管理工作"]], None, "pronoun"),
   OOS("这块的业绩衡量标准是什么", "pronoun (near-miss OOS: 略)")])
C("hr", ("人力资源专员要啥学历、几年经验", "attribute", "人力资源专员", "education", [L(13,3,4)], [["本科"],["1-2年"]]),
  [T("专业上有讲究吗", "attribute", "人力资源专员", [L(13,3)], [["人力资源"],["经济","管理"]], "major", "ellipsis"),
   T("招聘专员呢，主要干啥", "duty", "招聘专员", [L(13,9,14)], [["招募"],["内部信息网"]], None, "switch role"),
   T("转正那块具体做什么", "duty", "招聘专员", [L(13,15,18)], [["转正考核"],["异动"]], None, "ellipsis (sub-topic)")])
C("manager", ("财务部内控那张KPI表有几个指标", "kpi", "财务分析会计", None, [L(14,3,7)], [["企业内控制度的调整"],["财务分析报告"],["利润中心"],["月底结帐"]]),
  [T("第二个权重占多少", "kpi", "财务分析会计", [L(14,4)], [["30%"],["财务分析报告"]], None, "ordinal"),
   T("那个报告是怎么打分的", "kpi", "财务分析会计", [L(14,12,17)], [["格式"],["准确性"],["及时性"]], None, "pronoun"),
   T("谁来给它评分", "kpi", "财务分析会计", [L(14,10)], [["财务部经理"],["季度"]], None, "pronoun")])
C("new_hire", ("做教务对学历有啥硬杠杠", "attribute", "教务", "education", [L(15,5)], [["专科"],["师范"]]),
  [T("要几年相关经历", "attribute", "教务", [L(15,6)], [["2年以上"],["1年以上"]], "experience", "ellipsis"),
   T("性别和形象有什么讲究", "qualification", "教务", [L(15,3,4)], [["男女不限"],["五官端正","亲和力"]], None, "ellipsis"),
   OOS("教务老师一个月到手工资大概多少", "OOS (pay not stated)")])
C("hr", ("薪酬核算专员每个月要做什么", "duty", "薪资核算专员", None, [L(16,4,8)], [["计提"],["复核"],["发放"]]),
  [T("个税那块呢", "duty", "薪资核算专员", [L(16,9)], [["个人所得税"],["汇算清缴"]], None, "ellipsis"),
   T("这岗位得熟悉哪些法律法规", "qualification", "薪资核算专员", [L(16,17)], [["劳动法"],["个人所得税法"]], None, "switch attribute"),
   T("之前在HRSSC干过算不算加分", "qualification", "薪资核算专员", [L(16,16)], [["HRSSC","共享服务中心"],["2年以上"]], None, "ellipsis")])
C("hr", ("出纳岗要多少年工作经验", "attribute", "出纳", "experience", [Q(8,"2年以上出纳工作经验")], [["2年以上"],["出纳"]]),
  [T("财务部经理的经验呢", "attribute", "财务部经理", [Q(1,"八年以工业企业财务管理经验")], [["八年"],["五年"]], "experience", "switch role"),
   T("他俩证书要求有啥不同", "attribute", None, [Q(8,"会计、金融类专业大专或以上学历"), Q(1,"会计师资格证书")], [["会计从业资格证"],["会计师资格证书"]], "certificate", "compare last two")])
C("new_hire", ("调度员这个岗位设置的目的是什么", "attribute", "车辆调度员", "purpose", [Q(2,"为了满足客户用车需求")], [["客户用车需求"],["合理调配"]]),
  [T("工作难点和禁忌各是啥", "duty", "车辆调度员", [Q(2,"人员车辆及时到位"), Q(2,"服务态度不好")], [["及时到位"],["服务态度"]], None, "switch attribute"),
   T("以后能往哪个方向发展", "attribute", "车辆调度员", [Q(2,"职业发展"), Q(2,"高级业务员")], [["高级业务员"],["职业发展"]], "purpose", "switch attribute"),
   OOS("下班后能不能兼职跑网约车", "OOS")])
C("manager", ("公司资金部一般拿哪些KPI考核", "kpi", None, None, [Q(4,"公司资金预算达成率"), Q(4,"资金筹集计划编制及时率"), Q(4,"资金收支准确度")], [["资金预算达成率"],["资金筹集计划编制及时率"],["资金收支准确度"]]),
  [T("资金收支准确度怎么定义的", "kpi", None, [Q(4,"资金收支准确度"), Q(4,"资金收支出错次数")], [["资金收支出错次数"],["资金收支准确度"]], None, "ellipsis"),
   T("换成审计部看看都有啥", "kpi", None, [Q(4,"审计计划执行率"), Q(4,"审计报告一次经过率")], [["审计计划执行率"],["审计报告一次经过率"]], None, "switch department"),
   T("审计结果准确性拿什么来衡量", "kpi", None, [Q(4,"审计结果准确性"), Q(4,"审计结果更正的次数")], [["审计结果更正的次数"],["审计结果准确性"]], None, "switch indicator")])
C("hr", ("人事行政部经理考核里员工保有率的标准是啥", "kpi", "人事行政部经理", None, [L(9,19)], [["70%"],["0分"]]),
  [T("遵守制度那一项呢", "kpi", "人事行政部经理", [L(9,23)], [["优秀5"],["0分"]], None, "ellipsis"),
   OOS("帮我查下明天北京飞上海的航班", "OOS mid"),
   T("刚才那个表里跟培训有关的指标有哪些", "kpi", "人事行政部经理", [L(9,12), L(9,20)], [["公司组织培训完成率"],["部门培训目标完成率"]], None, "back to topic")])
C("new_hire", ("酒店前太有什么福利", "attribute", "酒店前台", "benefits", [L(11,14,16)], [["生日"],["免费食宿"]]),
  [T("退房的时候要做哪些事", "duty", "酒店前台", [L(11,4)], [["退房结算"],["迷你吧"]], None, "switch attribute"),
   T("合规方面有什么讲究", "qualification", "酒店前台", [L(11,12)], [["身份信息登记"],["隐私"]], None, "switch attribute")])
C("new_hire", ("文案策化主要写什么东西", "duty", "文案策划", None, [Q(5,"负责宣传推广文案及宣传资料文案的撰写")], [["宣传推广文案"],["媒体"]]),
  [T("学历年龄有啥限制", "qualification", "文案策划", [Q(5,"大专以上，20-35岁，有经验者优先")], [["20-35岁"],["大专"]], None, "ellipsis"),
   T("机械技术员的条件又是啥", "qualification", "机械技术员", [Q(5,"大专以上，20-45岁，机械技术底子深厚")], [["20-45岁"],["大专"]], None, "switch role"),
   T("他的职责第二条是啥", "duty", "机械技术员", [Q(5,"制作机械手治具，产品治具")], [["治具"],["机械手"]], None, "pronoun+ordinal")])
C("manager", ("商超导购员负责啥", "duty", "导购", None, [L(10,23,27)], [["货品陈列"],["销售目标"]]),
  [T("对班次和性别有要求吗", "qualification", "导购", [L(10,33,35)], [["轮班"],["女"]], None, "ellipsis"),
   OOS("商场导购卖一单提成大概几个点", "OOS mid (pay not stated)"),
   T("那收银也归导购管吗", "duty", "导购", [L(10,11)], [["收银"],["盘点"]], None, "back to topic")])

singles = [
 dict(persona="hr", intent="jd", question="帮我起草一份DBA的招聘JD", role="DBA", attribute=None, evidence=[L(6,63,68), L(6,70,74)],
      key_points=[["容量规划"],["备份恢复"]], tool={"kind":"jd","role":"DBA","must_cite_files":[F[6]],"expect_sections":["duties","qualifications"]}),
 dict(persona="manager", intent="kpi_design", question="审计部想上KPI考核，帮我出5个指标", role=None, attribute=None,
      evidence=[Q(4,"审计计划执行率"), Q(4,"审计结果准确性"), Q(4,"审计报告归档率")],
      key_points=[["审计计划执行率"],["审计结果准确性"],["审计报告归档率"]],
      tool={"kind":"kpi_design","role":"审计部","count":5,"must_cite_files":[F[4]],"expected_indicators":["审计计划执行率","审计结果准确性","审计报告归档率"]}),
 dict(persona="new_hire", intent="attribute", question="高压值班电工要持什么证、几年经验", role="高压值班电工", attribute="certificate", evidence=[L(7,296)],
      key_points=[["高压电工资格证"],["三年以上"]], tool=None),
 dict(persona="hr", intent="out_of_scope", question="物业公司保安队长每天要做什么", role=None, attribute=None, evidence=[], key_points=[], tool=None),
 dict(persona="hr", intent="qualification", question="袜业公司的财务经理对年龄有要求吗", role="财务部经理", attribute=None, evidence=[Q(1,"35-45岁、性别不限")],
      key_points=[["35-45岁"],["性别不限"]], tool=None),
 dict(persona="manager", intent="kpi", question="财务分析会计的月底结帐怎么考核", role="财务分析会计", attribute=None, evidence=[L(14,6,7)],
      key_points=[["耽误一次得0分"],["错一次得80分"]], tool=None),
]

items, forms = [], {}
for n, (persona, (q, intent, role, attr, ev, kp), turns) in enumerate(convs, 1):
    iid = f"r58xfu-fu-{n:02d}"
    items.append(dict(id=iid, persona=persona, intent="followup", question=q, role=role, attribute=attr, evidence=ev,
                      key_points=kp, expect_refusal=False, turns=[t for t, _ in turns], tool=None))
    forms[iid] = {"first_intent": intent, "turns": [f for _, f in turns]}
    items[-1]["_first_intent"] = intent
for n, s in enumerate(singles, 1):
    s = dict(s); iid = f"r58xfu-{ {'jd':'jd','kpi_design':'kd','attribute':'attr','out_of_scope':'oos','qualification':'qual','kpi':'kpi'}[s['intent']] }-{n:02d}"
    items.append(dict(id=iid, persona=s["persona"], intent=s["intent"], question=s["question"], role=s["role"], attribute=s["attribute"],
                      evidence=s["evidence"], key_points=s["key_points"], expect_refusal=s["intent"]=="out_of_scope", turns=None, tool=s["tool"]))
for it in items: it.pop("_first_intent", None)
with open(OUT/"set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False)+"\n")
json.dump(forms, open(OUT/"forms.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), "items,", sum(len(it["turns"] or []) for it in items), "later turns")
