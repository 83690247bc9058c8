"""Writes set.jsonl and forms.json for round 38 / xfu (follow-up conversations over corpus-extra)."""
import json, sys
from pathlib import Path
HERE = Path(__file__).parent
C01="cx01_财务部经理岗位说明书.docx"; C02="cx02_车辆调度员岗位说明书.docx"; C03="cx03_培训部工作手册.docx"
C04="cx04_部门KPI指标库.xlsx"; C05="cx05_招聘岗位一览.xlsx"; C06="cx06_技术岗位招聘信息.csv"
C07="cx07_人才招聘.html"; C08="cx08_培训学校出纳岗位说明书.pdf"; C09="cx09_人事行政部经理绩效考核表.md"
C10="cx10_导购岗位职责.txt"; C11="cx11_酒店前台职位描述.txt"; C12="cx12_行政主管岗位说明书.txt"
C13="cx13_人力资源招聘专员行为标准.txt"; C14="cx14_财务部内控与财务分析KPI组成表.txt"
C15="cx15_教务工作岗位素能.txt"; C16="cx16_薪资核算专员职位描述.txt"

def Q(f, q): return {"file": f, "quote": q}
def L(f, a, b=None): return {"file": f, "line_start": a, "line_end": b or a}
def T(q, intent, role, ev, kp, attr=None, form=None):
    d = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attr: d["attribute"] = attr
    d["_form"] = form
    return d
def OOS(q, form): return {"question": q, "intent": "out_of_scope", "role": None, "evidence": [], "key_points": [], "_form": form}

FU = []
def fu(persona, q, intent, role, ev, kp, turns, attr=None):
    FU.append(dict(persona=persona, question=q, first_intent=intent, role=role, evidence=ev, key_points=kp, turns=turns, attribute=attr))

# 01 cx02 docx
fu("new_hire", "车辆调度员平时主要干哪些活?", "duty", "车辆调度员",
   [Q(C02, "根据客户有车需求,对人员车辆进行合理调配"), Q(C02, "2.车辆值班安排"), Q(C02, "根据司机出车情况进行考核")],
   [["合理调配"], ["值班"], ["考核"]],
   [T("他直属领导是哪位?", "attribute", "车辆调度员", [Q(C02, "车辆租赁中心主任")], [["车辆租赁中心主任"], ["上级", "主任"]], "reports_to", "pronoun"),
    T("那对学历有啥要求呢", "attribute", "车辆调度员", [Q(C02, "高中及以上"), Q(C02, "汽车修理专业")], [["高中及以上", "高中"], ["汽车修理"]], "education", "ellipsis"),
    T("业绩怎么考核", "kpi", "车辆调度员", [Q(C02, "工作及时率达95%以上"), Q(C02, "2.客户满意率达90%以上"), Q(C02, "4.突发事件处理及时率达100%")], [["工作及时率达95%以上", "95%"], ["客户满意率达90%以上", "90%"], ["突发事件处理及时率"]], None, "switch attribute")])
# 02 cx01 docx -> cx08
fu("hr", "财务经理要持什么证书?", "attribute", "财务部经理", [Q(C01, "会计师资格证书")], [["会计师资格证书", "会计师"], ["证书"]],
   [T("那工作经验呢", "attribute", "财务部经理", [Q(C01, "八年以工业企业财务管理经验")], [["八年"], ["五年同职"]], "experience", "ellipsis"),
    T("他下面管着哪几个岗位", "attribute", "财务部经理", [Q(C01, "财务会计、出纳")], [["财务会计", "成本会计"], ["出纳"]], "subordinates", "pronoun"),
    T("那出纳要什么证", "attribute", "出纳", [Q(C08, "会计、金融类专业大专或以上学历,会计从业资格证")], [["会计从业资格证"], ["大专或以上", "会计、金融类专业"]], "certificate", "switch role (across documents)")],
   attr="certificate")
# 03 cx01 company name
fu("manager", "XXXX袜业的财务部经理岗位工作目标有哪些", "kpi", "财务部经理",
   [Q(C01, "经营管理成本预、核算准确率100"), Q(C01, "库存周转率、应收账款周转率小于期间额定标准"), Q(C01, "监督货款回收的实际时间小于预期回收规定的天数"), Q(C01, "管理费用)达成率100%")],
   [["核算准确率100"], ["库存周转率"], ["货款回收"], ["达成率100%"]],
   [T("第三条具体说的什么", "kpi", "财务部经理", [Q(C01, "库存周转率、应收账款周转率小于期间额定标准")], [["库存周转率"], ["应收账款周转率"], ["额定标准"]], None, "ordinal"),
    T("对年龄有没有限制?", "qualification", "财务部经理", [Q(C01, "35-45岁、性别不限")], [["35-45岁"], ["放宽"]], None, "switch attribute"),
    T("这个岗位职责权限里写了哪些职责", "duty", "财务部经理", [Q(C01, "组织编制公司年度综合财务计划和控制标准"), Q(C01, "建立健全财务管理体系")], [["年度综合财务计划"], ["财务管理体系"]], None, "pronoun (这个岗位)")])
# 04 cx03
fu("new_hire", "培训部经理日常要负责些什么", "duty", "培训部经理",
   [Q(C03, "责培训部的日常管理工作"), Q(C03, "责培训部员工的工作安排与绩效考核"), Q(C03, "g)负责培训市场的开拓")],
   [["日常管理"], ["绩效考核"], ["培训市场的开拓"]],
   [T("最后一条具体讲讲", "duty", "培训部经理", [Q(C03, "协助市场部进行培训市场开发工作")], [["协助市场部"], ["培训需求"], ["可行性"]], None, "ordinal (last)"),
    OOS("培训顾问呢?", "switch role (named only, near-miss OOS)"),
    T("那这个部门整体的职能有哪些", "duty", None, [Q(C03, "负责培训服务产品的开发和策划工作"), Q(C03, "负责公司师资库的建立"), Q(C03, "负责公司培训档案的建立")],
      [["培训服务产品"], ["师资库"], ["培训档案"]], None, "switch to department (pronoun 这个部门)")])
# 05 cx04 HR sheet
fu("hr", "人力资源部KPI里财务类的指标有哪些", "kpi", None,
   [Q(C04, "部门费用预算达成率"), Q(C04, "薪资总量预算安排达成率"), Q(C04, "招聘费用预算达成率"), Q(C04, "培训费用预算达成率")],
   [["部门费用预算达成率"], ["薪资总量预算安排达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]],
   [T("那第二个指标具体咋计算", "kpi", None, [Q(C04, "(实际发生成本/计划成本)*100%")], [["实际发生成本/计划成本", "实际发生成本"], ["计划成本"]], None, "ordinal"),
    T("那客户类呢", "kpi", None, [Q(C04, "对员工进行满意度调查的算术平均值"), Q(C04, "员工对公司人力资源制度的满意度")], [["满意度"], ["算术平均值", "满意度调查"]], None, "ellipsis"),
    T("招聘相关的指标又有哪些", "kpi", None, [Q(C04, "招聘空缺职位所需的平均天数"), Q(C04, "人员编制控制率")], [["招聘空缺职位所需的平均天数"], ["人员编制控制率"]], None, "switch attribute")])
# 06 cx04 audit
fu("manager", "审计部的关键绩效指标列一下", "kpi", None,
   [Q(C04, "审计计划执行率"), Q(C04, "审计报告一次经过率"), Q(C04, "审计问题追踪检查率"), Q(C04, "审计报告证据充分性")],
   [["审计计划执行率"], ["审计报告一次经过率"], ["审计问题追踪检查率"], ["审计报告证据充分性"]],
   [T("第四个指标是怎么定义的", "kpi", None, [Q(C04, "审计结果准确性"), Q(C04, "审计结果更正的次数")], [["审计结果准确性"], ["审计结果更正的次数"]], None, "ordinal"),
    OOS("顺便问下,审计师证书考试难不难", "out of scope in the middle"),
    T("换成资金部呢", "kpi", None, [Q(C04, "公司资金预算达成率"), Q(C04, "资金筹集计划编制及时率"), Q(C04, "资金收支准确度")],
      [["公司资金预算达成率"], ["资金筹集计划编制及时率"], ["资金收支准确度"]], None, "switch department (after OOS)")])
# 07 cx05
fu("hr", "机械技术员岗位要做什么", "duty", "机械技术员",
   [Q(C05, "协助工程师完成车间机器的维修")], [["车间机器的维修"], ["治具"], ["革新机械设备"]],
   [T("年龄要求多少", "qualification", "机械技术员", [Q(C05, "机械技术底子深厚，有创新精神")], [["20-45岁"], ["大专以上"]], None, "switch attribute"),
    T("换成生产主管的话呢", "qualification", "生产主管", [Q(C05, "本科以上，25-45岁，注塑类相关专业")], [["25-45岁"], ["本科以上"]], None, "switch role"),
    T("这两个岗位学历要求一样吗", "qualification", None, [Q(C05, "机械技术底子深厚，有创新精神"), Q(C05, "本科以上，25-45岁，注塑类相关专业")], [["大专以上"], ["本科以上"]], None, "comparison of last two posts")])
# 08 cx05
fu("new_hire", "文案策划要求什么学历", "attribute", "文案策划", [Q(C05, "形象气质佳，有亲和力，善于沟通")], [["大专以上"], ["20-35岁", "有经验者优先"]],
   [T("那它具体负责哪些工作", "duty", "文案策划", [Q(C05, "协助公司各类宣传策划方案的设计和撰写")], [["宣传策划方案"], ["宣传推广文案"], ["广告"], ["刊物的采编"]], None, "pronoun"),
    T("待遇方面怎么样啊", "attribute", "文案策划", [Q(C05, "形象气质佳，有亲和力，善于沟通")], [["免费食宿"], ["薪资面议"]], "pay", "switch attribute"),
    T("销售经理呢", "attribute", "销售经理", [Q(C05, "20-35岁，英语专业者优先")], [["免费食宿"], ["薪资面议"]], "pay", "switch role (ellipsis)")],
   attr="education")
# 09 cx06 SRE
fu("new_hire", "宝洁那个SRE岗位在哪里上班", "attribute", "平台Site Reliability Engineer", [L(C06, 122)], [["广州"], ["珠江新城"]],
   [T("需要几年的工作经验", "attribute", "平台Site Reliability Engineer", [L(C06, 125)], [["4年以上"], ["系统管理员"]], "experience", "ellipsis"),
    T("那他主要做什么", "duty", "平台Site Reliability Engineer", [L(C06, 123)], [["DevOps平台"], ["开发和运维"], ["应用落地"]], None, "pronoun"),
    T("对英语有要求吗", "qualification", "平台Site Reliability Engineer", [L(C06, 129)], [["英语能力"], ["一定"]], None, "switch attribute")],
   attr="location")
# 10 cx06 DBA -> 测试经理
fu("hr", "DBA的岗位职责有哪些", "duty", "DBA", [L(C06, 62, 68)], [["容量规划"], ["SQL调优"], ["备份恢复"], ["数据库运维体系"]],
   [T("第五条具体讲讲", "duty", "DBA", [L(C06, 67)], [["备份恢复"], ["迁移"], ["故障排除"]], None, "ordinal"),
    T("学历上有硬性要求吗", "attribute", "DBA", [L(C06, 70)], [["本科及以上"], ["计算机"]], "education", "switch attribute"),
    T("换成测试经理呢", "attribute", "测试工程师", [L(C06, 58)], [["本科或以上"], ["计算机相关"]], "education", "switch role (short title)")])
# 11 cx06 Go
fu("manager", "Go后端要会哪些技术", "qualification", "Golang 后端", [L(C06, 35, 42)], [["Golang"], ["MySQL"], ["Linux"], ["k8s", "docker"]],
   [T("哪些算加分项", "qualification", "Golang 后端", [L(C06, 44, 49)], [["terraform"], ["开源作品"], ["运维开发"]], None, "switch attribute"),
    OOS("那goroutine泄漏一般怎么排查", "out of scope in the middle (tech question)"),
    T("这个岗位薪资开多少", "attribute", "Golang 后端", [L(C06, 27)], [["20-40k"], ["杭州"]], "pay", "pronoun (after OOS)")])
# 12 cx06 Meituan / JD
fu("hr", "美团成都研发中心那个前端岗位要求几年经验", "attribute", "前端开发工程师", [L(C06, 86)], [["3年及以上"], ["互联网研发"]],
   [T("那京东物流那个前端呢", "attribute", "前端开发工程师", [L(C06, 99)], [["3-5年"], ["前端开发经验"]], "experience", "switch company (ellipsis)"),
    T("这两个岗位哪个对学历有明确要求", "qualification", "前端开发工程师", [L(C06, 96, 99)], [["全日制本科", "本科"], ["京东"]], None, "comparison of last two posts"),
    T("回到美团那个,岗位亮点是什么", "attribute", "前端开发工程师", [L(C06, 92, 95)], [["积极开放的团队"], ["CRM核心业务"], ["配置化解决方案"]], "benefits", "back to earlier post")],
   attr="experience")
# 13 cx06 Moka PM
fu("new_hire", "Moka的产品经理负责什么", "duty", "产品经理", [L(C06, 13, 17)], [["绩效爆品"], ["用户行为数据分析"], ["跨团队合作"]],
   [T("职位要求呢", "qualification", "产品经理", [L(C06, 19, 23)], [["需求识别"], ["学习能力"], ["业务抽象能力"], ["Ownership"]], None, "ellipsis"),
    T("第三点什么意思", "qualification", "产品经理", [L(C06, 22)], [["业务抽象能力"], ["复杂的需求转化为优雅的产品设计", "优雅的产品设计"]], None, "ordinal"),
    T("有哪些加分项", "qualification", "产品经理", [L(C06, 25, 26)], [["绩效业务经验", "绩效管理"], ["OKR"]], None, "switch attribute")])
# 14 cx07 销售员
fu("new_hire", "销售员要什么条件", "qualification", "销售员", [L(C07, 108, 119)], [["大专及以上"], ["市场营销"], ["英语四级"], ["钢材产品销售经验"]],
   [T("那待遇呢", "attribute", "销售员", [L(C07, 121, 123)], [["双休"], ["面议"], ["社会保险"], ["住宿"]], "pay", "ellipsis"),
    OOS("五险一金的缴纳比例是多少", "out of scope in the middle (HR-adjacent)"),
    T("那他平时具体干哪些活", "duty", "销售员", [L(C07, 94, 104)], [["销售额"], ["拜访新老客户"], ["客户关系档案"]], None, "pronoun (after OOS, back to post)")])
# 15 cx07 机修工 vs 维修电工
fu("hr", "机修工招聘的任职要求是啥", "qualification", "机修工", [L(C07, 272)], [["50周岁以下"], ["中专以上"], ["资格证书"], ["5年以上"]],
   [T("要是换成维修电工呢", "qualification", "维修电工", [L(C07, 303)], [["电气"], ["持有资格证书"], ["5年以上"]], None, "switch role"),
    T("这俩工作内容有什么区别", "duty", None, [L(C07, 275, 289), L(C07, 305, 321)], [["钳台"], ["二级保养"], ["停电检修"], ["例保"]], None, "comparison of last two posts"),
    T("那高压值班电工呢", "qualification", "高压值班电工", [L(C07, 296)], [["高压电工资格证"], ["三年以上"]], None, "switch role")])
# 16 cx07 typo
fu("new_hire", "悍工需要什么证", "attribute", "焊工", [L(C07, 133)], [["焊工证"], ["质监局"]],
   [T("除了证还有别的要求没", "qualification", "焊工", [L(C07, 130, 133)], [["高中及以上"], ["40岁以下"], ["识机械图纸"], ["CO2"]], None, "more (还有吗)"),
    T("那铆工的要求呢", "qualification", "铆工", [L(C07, 140, 143)], [["高中级以上"], ["40岁以下"], ["3年以上"]], None, "switch role (ellipsis)")],
   attr="certificate")
# 17 cx07 采购员
fu("manager", "采购员都负责啥", "duty", "采购员", [L(C07, 153, 179)], [["采购制度"], ["供应商谈判", "与供应商谈判"], ["采购计划"], ["验收"]],
   [T("第四条详细说一下", "duty", "采购员", [L(C07, 165)], [["供应商谈判"], ["付款方式"], ["交货日期"]], None, "ordinal"),
    T("这个岗位对性别有要求吗", "qualification", "采购员", [L(C07, 150)], [["男"], ["45周岁以下"]], None, "pronoun + switch attribute"),
    T("他得有几年相关经验", "attribute", "采购员", [L(C07, 150)], [["3年以上"], ["采购主管"]], "experience", "pronoun")])
# 18 cx07 生产技术部长
fu("hr", "生产技术部长要什么学历和专业", "attribute", "生产技术部长", [L(C07, 74)], [["大专及以上"], ["设备动力管理"], ["机电一体化"]],
   [T("那工作年限要多少呢", "attribute", "生产技术部长", [L(C07, 74, 78)], [["10年以上"], ["车间主任"]], "experience", "ellipsis"),
    OOS("他具体负责哪些职责", "pronoun, field not in document (near-miss OOS)"),
    T("剪版机操作工干什么的", "duty", "剪板机操作工", [L(C07, 189)], [["剪板机操作"], ["钢结构"]], None, "switch role + typo")],
   attr="education")
# 19 cx08 出纳
fu("new_hire", "培训学校的出纳直接主管是谁", "attribute", "出纳", [Q(C08, "直接主管:分校校长")], [["分校校长"], ["直接主管"]],
   [T("那隔级领导呢", "attribute", "出纳", [Q(C08, "直接主管:分校校长")], [["总经理"], ["隔级"]], "reports_to", "ellipsis"),
    T("每周上几天班", "attribute", "出纳", [Q(C08, "岗位每周工作时间 5+1天")], [["5+1天", "5+1"], ["每周"]], "benefits", "switch attribute"),
    T("他的第七项职责说的是啥", "duty", "出纳", [Q(C08, "为客户办理退费结算")], [["退费"], ["领导审批"]], None, "ordinal + pronoun")],
   attr="reports_to")
# 20 cx08
fu("hr", "出纳岗位的任职要求有哪些", "qualification", "出纳", [Q(C08, "会计、金融类专业大专或以上学历,会计从业资格证"), Q(C08, "2年以上出纳工作经验"), Q(C08, "良好的职业道德;工作条理性强")],
   [["大专或以上"], ["会计从业资格证"], ["2年以上出纳工作经验", "2年以上"], ["职业道德"]],
   [T("女生优先吗", "qualification", "出纳", [Q(C08, "性 别 不限(女姓佳)")], [["不限"], ["女姓佳", "女性佳", "女"]], None, "switch attribute (yes/no)"),
    T("舞弊了会怎么处理", "method", "出纳", [Q(C08, "员工存在以下舞弊行为时,对其执行相应处罚"), Q(C08, "相应款项,对其进行罚款处罚,解除当事人的劳动合同")],
      [["追回"], ["罚款"], ["解除当事人的劳动合同", "劳动合同"], ["通报"]], None, "switch topic (same document)"),
    OOS("出纳月薪一般多少", "empty field (near-miss OOS)")])
# 21 cx09
fu("manager", "人事行政部经理的考核指标有哪些类别,各占多少", "kpi", "人事行政部经理", [L(C09, 8, 23)],
   [["财务类(15%)", "15%"], ["内部运营类(50%)", "50%"], ["客户类(10%)"], ["学习成长革新类(20%)", "20%"], ["制度及考勤"]],
   [T("内部运营类具体有哪些指标", "kpi", "人事行政部经理", [L(C09, 10, 16)], [["工作目标完成率"], ["公司管理制度贯彻执行"], ["公司组织培训完成率"], ["绩效、薪资管理完成率"]], None, "drill-down (ellipsis of post)"),
    T("里面权重最高的是哪个", "kpi", "人事行政部经理", [L(C09, 14)], [["绩效、薪资管理完成率"], ["15%"]], None, "pronoun (里面)"),
    T("后勤投诉那项是怎么扣分的", "kpi", "人事行政部经理", [L(C09, 18)], [["投诉一次扣1分"], ["5%"]], None, "switch indicator")])
# 22 cx09
fu("hr", "人事行政经理绩效表里客户类考核啥", "kpi", "人事行政部经理", [L(C09, 17, 18)], [["内部员工满意率"], ["后勤投诉次数"]],
   [T("换成学习成长类呢", "kpi", "人事行政部经理", [L(C09, 19, 22)], [["部门员工保有率"], ["部门培训目标完成率"], ["员工测评"], ["人力计划完成率"]], None, "switch dimension"),
    T("第一个的评分标准是什么", "kpi", "人事行政部经理", [L(C09, 19)], [["大于70%为5分"], ["0分"]], None, "ordinal"),
    OOS("明天北京下雨吗", "out of scope (chit-chat)")])
# 23 cx10 GBK
fu("new_hire", "导购的上级是谁", "attribute", "导购", [L(C10, 43)], [["店长"], ["领导", "负责"]],
   [T("那他每天早上要做啥", "duty", "导购", [L(C10, 47, 49)], [["调整样板"], ["POP招贴"]], None, "pronoun"),
    T("招导购有什么要求", "qualification", "导购", [L(C10, 31, 39)], [["学历不限"], ["轮班"], ["沟通能力"], ["粤语优先"]], None, "switch attribute"),
    T("第四点具体说说", "qualification", "导购", [L(C10, 39)], [["卖场促销"], ["粤语优先"], ["专业培训"]], None, "ordinal")],
   attr="reports_to")
# 24 cx11
fu("new_hire", "酒店前台几点上班", "attribute", "酒店前台", [L(C11, 15)], [["两班轮班"], ["8:00"], ["16:00"]],
   [T("每个月能休几天", "attribute", "酒店前台", [L(C11, 14)], [["4天"], ["调休"]], "benefits", "ellipsis"),
    T("第二项核心工作内容展开说说", "duty", "酒店前台", [L(C11, 4)], [["退房结算"], ["迷你吧"], ["收银系统"]], None, "ordinal"),
    T("前台要会什么系统", "qualification", "酒店前台", [L(C11, 10)], [["预订系统"], ["收银系统"]], None, "short title + switch attribute")],
   attr="benefits")
# 25 cx12
fu("new_hire", "行政主管平时向谁汇报工作", "attribute", "行政主管", [L(C12, 9, 10)], [["行政经理"], ["直属上级", "上级", "汇报"]],
   [T("他在哪个部门", "attribute", "行政主管", [L(C12, 15, 16)], [["行政管理部"], ["部门"]], "department", "pronoun"),
    OOS("他的业绩衡量标准是什么", "field marked 略 (near-miss OOS)"),
    T("那他主要负责的行政管理工作有哪些", "duty", "行政主管", [L(C12, 38, 47)], [["大事记"], ["办公用品"], ["食堂"], ["固定资产"]], None, "pronoun (after near-miss)")],
   attr="reports_to")
# 26 cx12
fu("hr", "行政经理助理这个岗位的工作概述是什么", "attribute", "行政主管", [L(C12, 25, 26)], [["协助行政经理"], ["行政服务支持"]],
   [T("时间分配上哪块占比最多", "duty", "行政主管", [L(C12, 38, 39)], [["65%"], ["行政管理工作"]], None, "ellipsis of post"),
    T("换成部门内部建设那块呢", "duty", "行政主管", [L(C12, 48, 54)], [["15%"], ["队伍建设"], ["考勤"], ["接待"]], None, "switch section"),
    OOS("他的职位代码是多少", "empty field (near-miss OOS)")],
   attr="purpose")
# 27 cx13
fu("hr", "人力资源专员的学历专业要求", "attribute", "人力资源专员", [L(C13, 3)], [["本科及以上"], ["人力资源"], ["管理类"]],
   [T("语言方面呢", "qualification", "人力资源专员", [L(C13, 6)], [["中英文"], ["听、说、读、写"]], None, "ellipsis"),
    T("招聘专员在转正考核上要做什么", "duty", "招聘专员", [L(C13, 15, 18)], [["待转正员工"], ["转正考核"], ["转正通知"], ["异动手续"]], None, "switch role (related post)"),
    T("那招聘方面呢", "duty", "招聘专员", [L(C13, 9, 14)], [["招聘文案"], ["招募活动"], ["内部信息网"]], None, "ellipsis (switch section)")],
   attr="education")
# 28 cx14
fu("manager", "财务部内控与财务分析的KPI权重分别是多少", "kpi", None, [L(C14, 3, 6)],
   [["企业内控制度的调整"], ["财务分析报告"], ["利润中心的操作维护"], ["月底结帐处理"], ["30%"]],
   [T("财务分析报告这项具体怎么打分", "kpi", None, [L(C14, 9, 17)], [["格式"], ["数据的准确性"], ["数据的有效性"], ["报告提交的及时性"]], None, "drill-down on one indicator"),
    T("月底结帐那项呢", "kpi", None, [L(C14, 6, 7)], [["及时性50%"], ["准确性50%"], ["耽误一次得0分"], ["错一次得80分"]], None, "ellipsis (back to earlier list)"),
    T("那个评分表由谁来填", "kpi", None, [L(C14, 10)], [["财务部经理"], ["填写"]], None, "pronoun (那个评分表)")])
# 29 cx15 OOS in the middle
fu("new_hire", "教务岗位学历要求", "attribute", "教务", [L(C15, 5)], [["大学专科或以上", "专科"], ["师范"]],
   [OOS("教务老师一个月工资多少", "out of scope in the middle (pay not stated)"),
    T("那工作经验要多久", "attribute", "教务", [L(C15, 6)], [["2年以上"], ["1年以上同岗位"]], "experience", "ellipsis after OOS"),
    T("需要哪些基本素养", "qualification", "教务", [L(C15, 7, 10)], [["责任心强"], ["会爱学生"], ["宽容乐观"]], None, "switch attribute")],
   attr="education")
# 30 cx16
fu("hr", "薪酬核算专员主要干什么", "duty", "薪资核算专员", [L(C16, 3, 13)], [["月度薪资计提"], ["复核"], ["薪资发放"], ["个税申报"], ["年终奖"]],
   [T("第六条再展开讲讲", "duty", "薪资核算专员", [L(C16, 9)], [["个人所得税"], ["汇算清缴"]], None, "ordinal"),
    OOS("现在个税起征点是多少", "out of scope in the middle (tax law)"),
    T("他要熟悉哪些法律法规", "qualification", "薪资核算专员", [L(C16, 17)], [["劳动法"], ["个人所得税法"], ["社保公积金"]], None, "pronoun (after OOS)")])

items = []
forms = {}
for i, f in enumerate(FU, 1):
    iid = f"x38fu-fu-{i:02d}"
    turns = []
    for ti, t in enumerate(f["turns"], 1):
        forms[f"{iid}/{ti}"] = t.pop("_form")
        turns.append(t)
    items.append({"id": iid, "persona": f["persona"], "intent": "followup", "question": f["question"], "role": f["role"],
                  "attribute": f["attribute"], "evidence": f["evidence"], "key_points": f["key_points"],
                  "expect_refusal": False, "turns": turns, "tool": None, "_first_intent": f["first_intent"]})
singles = [
    {"id": "x38fu-jd-01", "persona": "hr", "intent": "jd", "question": "帮我起草一份机械技术员的岗位说明书", "role": "机械技术员", "attribute": None,
     "evidence": [Q(C05, "协助工程师完成车间机器的维修")], "key_points": [["车间机器的维修"], ["治具"], ["革新机械设备"]],
     "expect_refusal": False, "turns": None,
     "tool": {"kind": "jd", "role": "机械技术员", "must_cite_files": [C05], "expect_sections": ["duties", "qualifications"]}},
    {"id": "x38fu-kd-01", "persona": "manager", "intent": "kpi_design", "question": "给资金部设计5个考核指标", "role": "资金部", "attribute": None,
     "evidence": [Q(C04, "公司资金预算达成率"), Q(C04, "资金筹集计划编制及时率"), Q(C04, "资金收支准确度"), Q(C04, "资金使用目标达成率")],
     "key_points": [["公司资金预算达成率"], ["资金筹集计划编制及时率"], ["资金收支准确度"], ["资金使用目标达成率"]],
     "expect_refusal": False, "turns": None,
     "tool": {"kind": "kpi_design", "role": "资金部", "count": 5, "must_cite_files": [C04],
              "expected_indicators": ["公司资金预算达成率", "资金筹集计划编制及时率", "资金收支准确度", "资金使用目标达成率"]}},
    {"id": "x38fu-oos-01", "persona": "new_hire", "intent": "out_of_scope", "question": "UI设计师需要什么条件", "role": None, "attribute": None,
     "evidence": [], "key_points": [], "expect_refusal": True, "turns": None, "tool": None},
    {"id": "x38fu-oos-02", "persona": "hr", "intent": "out_of_scope", "question": "签三年劳动合同的话试用期最长能约定几个月", "role": None, "attribute": None,
     "evidence": [], "key_points": [], "expect_refusal": True, "turns": None, "tool": None},
    {"id": "x38fu-attr-01", "persona": "new_hire", "intent": "attribute", "question": "数控平面钻工要什么学历", "role": "数控平面钻工", "attribute": "education",
     "evidence": [L(C07, 196)], "key_points": [["初中学历", "初中"], ["45岁以下"]], "expect_refusal": False, "turns": None, "tool": None},
    {"id": "x38fu-duty-01", "persona": "new_hire", "intent": "duty", "question": "电气技术储备这个岗位具体做什么", "role": "电气技术储备", "attribute": None,
     "evidence": [L(C07, 257, 265)], "key_points": [["协助维修电工"], ["电气设备故障排除"], ["电气原理"]], "expect_refusal": False, "turns": None, "tool": None},
]
items += singles
meta = {it["id"]: it.pop("_first_intent", it["intent"]) for it in items}
with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump({"later_turn_forms": forms, "first_turn_intents": meta}, open(HERE / "forms.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), "items", sum(len(it["turns"] or []) for it in items), "later turns")
