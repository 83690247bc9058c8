"""Generates set.jsonl and forms.json for round 69 / xfu (follow-up conversations over corpus-extra)."""
import json
from pathlib import Path

OUT = Path(__file__).parent
C01 = "cx01_财务部经理岗位说明书.docx"; C02 = "cx02_车辆调度员岗位说明书.docx"; C03 = "cx03_培训部工作手册.docx"
C04 = "cx04_部门KPI指标库.xlsx"; C05 = "cx05_招聘岗位一览.xlsx"; C06 = "cx06_技术岗位招聘信息.csv"
C07 = "cx07_人才招聘.html"; C08 = "cx08_培训学校出纳岗位说明书.pdf"; C09 = "cx09_人事行政部经理绩效考核表.md"
C10 = "cx10_导购岗位职责.txt"; C11 = "cx11_酒店前台职位描述.txt"; C12 = "cx12_行政主管岗位说明书.txt"
C13 = "cx13_人力资源招聘专员行为标准.txt"; C14 = "cx14_财务部内控与财务分析KPI组成表.txt"
C15 = "cx15_教务工作岗位素能.txt"; C16 = "cx16_薪资核算专员职位描述.txt"

def L(f, a, b): return {"file": f, "line_start": a, "line_end": b}
def Q(f, q): return {"file": f, "quote": q}
def T(question, intent, role, ev, kp, attr=None, form=None):
    return ({"question": question, "intent": intent, "role": role, "attribute": attr,
             "evidence": ev if intent != "out_of_scope" else [],
             "key_points": kp if intent != "out_of_scope" else []}, form)
def OOS(question, form, role=None): return T(question, "out_of_scope", role, [], [], None, form)

items, forms = [], {}

def conv(n, persona, question, role, attr, ev, kp, turns, first_intent=None):
    iid = f"r69xfu-fu-{n:02d}"
    items.append({"id": iid, "persona": persona, "intent": "followup", "question": question, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": False,
                  "turns": [t for t, _ in turns], "tool": None})
    forms[iid] = {"first_intent": first_intent, "turns": [f for _, f in turns]}

def single(n, persona, intent, question, role, attr, ev, kp):
    iid = f"r69xfu-{ {'duty':'duty','qualification':'qual','attribute':'attr','kpi':'kpi','out_of_scope':'oos'}[intent]}-{n:02d}"
    items.append({"id": iid, "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attr, "evidence": ev if intent != "out_of_scope" else [],
                  "key_points": kp if intent != "out_of_scope" else [],
                  "expect_refusal": intent == "out_of_scope", "turns": None, "tool": None})

# 1 cx02 车辆调度员 (typo in the title)
conv(1, "new_hire", "我下周入职车辆掉度员，平时具体要干些啥活儿？", "车辆调度员", None,
     [Q(C02, "对人员车辆进行合理调配"), Q(C02, "2.车辆值班安排"), Q(C02, "根据司机的技术状况和车辆状况合理安排出车"), Q(C02, "根据司机出车情况进行考核"), Q(C02, "做好司机出差、加班以及行车公里")],
     [["合理调配"], ["值班"], ["考核"]],
     [T("他直接归谁管？", "attribute", "车辆调度员", [Q(C02, "车辆租赁中心主任")], [["车辆租赁中心"], ["主任"]], "reports_to", "pronoun"),
      T("那学历和专业有啥要求", "attribute", "车辆调度员", [Q(C02, "高中及以上"), Q(C02, "汽车修理专业")], [["高中及以上"], ["汽车修理"]], "education", "ellipsis"),
      T("业绩上考核看哪几项指标？", "kpi", "车辆调度员", [Q(C02, "工作及时率达95%以上"), Q(C02, "客户满意率达90%以上"), Q(C02, "突发事件处理及时率达100%")], [["95%"], ["客户满意率"], ["突发事件"]], None, "switch attribute")],
     "duty")
# 2 cx01 财务部经理 (company named)
conv(2, "hr", "那家袜业公司招财务经理，得持有哪种职业证书？", "财务部经理", "certificate",
     [Q(C01, "会计师资格证书")], [["会计师"], ["资格证书"]],
     [T("工作经历方面要求几年", "attribute", "财务部经理", [Q(C01, "八年以工业企业财务管理经验")], [["八年"], ["五年同职"]], "experience", "ellipsis"),
      T("他底下直接带着哪几个岗位的人？", "attribute", "财务部经理", [Q(C01, "财务会计、出纳")], [["出纳"], ["财务会计", "成本会计"]], "subordinates", "pronoun"),
      T("年龄和性别有限制没", "qualification", "财务部经理", [Q(C01, "35-45岁、性别不限")], [["35-45岁"], ["性别不限"]], None, "switch attribute")],
     "attribute")
# 3 cx08 出纳 pdf
conv(3, "new_hire", "培训学校的出纳日常要做哪些工作？", "出纳", None,
     [Q(C08, "根据各校区发来的收入数据进行数据录入"), Q(C08, "每天报财务“资金汇报”"), Q(C08, "准确地发放员工工资、奖金"), Q(C08, "为客户办理退费结算")],
     [["数据录入"], ["资金汇报"], ["发放员工工资"], ["退费"]],
     [T("第三条具体是啥意思", "duty", "出纳", [Q(C08, "每天报财务“资金汇报”")], [["资金汇报"], ["每天"]], None, "ordinal"),
      T("出纳的直接主管是谁", "attribute", "出纳", [Q(C08, "直接主管:分校校长")], [["分校校长"], ["主管", "上级"]], "reports_to", "switch attribute"),
      T("嗯，那再往上一级的隔级领导是谁", "attribute", "出纳", [Q(C08, "隔级领导:总经理")], [["总经理"], ["隔级"]], "reports_to", "ellipsis")],
     "duty")
# 4 cx03 培训部经理, near-miss 培训顾问, back + ordinal
conv(4, "manager", "帮我列一下培训部经理这个岗位要管的事情", "培训部经理", None,
     [Q(C03, "责培训部的日常管理工作"), Q(C03, "责培训部内部各项规章制度与工作计划的制定和执行"), Q(C03, "责培训部员工的工作安排与绩效考核"), Q(C03, "g)负责培训市场的开拓")],
     [["日常管理"], ["规章制度"], ["绩效考核"], ["培训市场的开拓"]],
     [OOS("培训顾问呢？他负责啥", "switch role (near-miss)", "培训顾问"),
      T("回到经理，第四条是什么意思", "duty", "培训部经理", [Q(C03, "责培训业务经营发展的规划,核心组课程的引入")], [["经营发展的规划"], ["核心组课程"]], None, "back to earlier + ordinal")],
     "duty")
# 5 cx04 HR KPI
conv(5, "hr", "人力资源部的KPI里财务类的指标有哪些？", None, None,
     [Q(C04, "部门费用预算达成率"), Q(C04, "薪资总量预算安排达成率"), Q(C04, "招聘费用预算达成率"), Q(C04, "培训费用预算达成率")],
     [["部门费用预算达成率"], ["薪资总量预算安排达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]],
     [T("刚才列的第二个指标公式是怎么算的", "kpi", None, [Q(C04, "(实际发生成本/计划成本)*100%")], [["实际发生成本"], ["计划成本"]], None, "ordinal"),
      T("那客户类维度下面都有啥指标", "kpi", None, [Q(C04, "对员工进行满意度调查的算术平均值")], [["算术平均值"], ["满意度调查"]], None, "ellipsis"),
      T("招聘空缺职位平均天数那个公式是怎样的", "kpi", None, [Q(C04, "空缺职位总数/招聘空缺职位所用的总天数")], [["空缺职位总数"], ["总天数"]], None, "switch indicator")],
     "kpi")
# 6 cx04 审计部 / 资金部, OOS in the middle, back
conv(6, "manager", "审计部有哪些关键绩效考核指标", None, None,
     [Q(C04, "审计计划执行率"), Q(C04, "审计报告一次经过率"), Q(C04, "审计问题追踪检查率"), Q(C04, "审计结果准确性"), Q(C04, "审计报告归档率")],
     [["审计计划执行率"], ["审计报告一次经过率"], ["审计问题追踪检查率"], ["审计结果准确性"], ["审计报告归档率"]],
     [T("好，那资金部那边考核哪些指标呢", "kpi", None, [Q(C04, "公司资金预算达成率"), Q(C04, "资金筹集计划编制及时率"), Q(C04, "资金收支准确度"), Q(C04, "资金使用评估报告编制及时率")],
        [["公司资金预算达成率"], ["资金筹集计划编制及时率"], ["资金收支准确度"], ["资金使用评估报告编制及时率"]], None, "ellipsis (switch department)"),
      OOS("顺便问下，注册审计师证书怎么报考？", "out-of-scope in the middle"),
      T("审计结果准确性这个指标怎么定义的", "kpi", None, [Q(C04, "审计结果更正的次数")], [["更正的次数"], ["审计结果"]], None, "back to earlier")],
     "kpi")
# 7 cx05 生产主管 / 研发经理, compare
conv(7, "hr", "招生产主管有什么要求？", "生产主管", None,
     [Q(C05, "本科以上，25-45岁，注塑类相关专业")], [["本科以上"], ["注塑"], ["两年以上"]],
     [T("他到岗以后具体要负责哪些工作", "duty", "生产主管", [Q(C05, "车间日常生产管理")], [["车间日常生产管理"], ["简化生产流程", "合理调配"]], None, "pronoun"),
      T("那要是换成研发经理岗，负责些什么", "duty", "研发经理", [Q(C05, "开发设计适应市场需求的产品")], [["新鲜资讯"], ["适应市场需求"]], None, "switch role"),
      T("这俩岗位学历和专业要求对比一下", "attribute", None, [Q(C05, "本科以上，20-45岁，模具设计类专业"), Q(C05, "本科以上，25-45岁，注塑类相关专业")],
        [["本科"], ["模具设计"], ["注塑"]], "education", "compare last two")],
     "qualification")
# 8 cx05 销售经理 / 文案策划
conv(8, "new_hire", "销售经理每年要出差几次？", "销售经理", None,
     [Q(C05, "每年有1~2次到上海等地出差")], [["1~2次"], ["上海"]],
     [T("待遇如何，包吃住吗", "attribute", "销售经理", [Q(C05, "20-35岁，英语专业者优先")], [["免费食宿"], ["面议"]], "pay", "ellipsis"),
      T("文案策划也是这样吗", "attribute", "文案策划", [Q(C05, "大专以上，20-35岁，有经验者优先")], [["免费食宿"], ["面议"]], "pay", "switch role + compare"),
      T("文案策划主要写哪些东西", "duty", "文案策划", [Q(C05, "负责宣传推广文案及宣传资料文案的撰写")], [["宣传推广文案"], ["广告"], ["刊物"]], None, "switch attribute")],
     "duty")
# 9 cx06 SRE 宝洁
conv(9, "new_hire", "宝洁招的那个平台SRE，日常是负责干嘛的呀", "平台Site Reliability Engineer", None,
     [L(C06, 122, 124)], [["DevOps平台"], ["开发和运维"], ["BU"]],
     [T("得有几年相关经验才行？", "attribute", "平台Site Reliability Engineer", [L(C06, 125, 125)], [["4年以上"], ["系统管理员"]], "experience", "ellipsis"),
      T("那他们的办公地点在哪个城市哪个区", "attribute", "平台Site Reliability Engineer", [L(C06, 122, 122)], [["广州"], ["珠江新城"]], "location", "ellipsis"),
      T("英语水平有没有要求呢", "qualification", "平台Site Reliability Engineer", [L(C06, 129, 129)], [["英语"], ["一定"]], None, "ellipsis")],
     "duty")
# 10 cx06 DBA 慧算账
conv(10, "hr", "慧算账招DBA，岗位要求有哪些？", "DBA", None,
     [L(C06, 69, 74)], [["本科"], ["MySQL"], ["高可用"], ["备份"]],
     [T("刚说的第五条能不能展开讲讲", "qualification", "DBA", [L(C06, 74, 74)], [["备份方法"], ["迅速恢复"]], None, "ordinal"),
      T("这岗位月薪给到多少", "attribute", "DBA", [L(C06, 62, 62)], [["15K"], ["45K"]], "pay", "switch attribute"),
      T("那测试经理的薪资呢", "attribute", "测试工程师", [L(C06, 50, 50)], [["15K"], ["45K"]], "pay", "switch role (short title)")],
     "qualification")
# 11 cx06 测试经理
conv(11, "manager", "测试经理需要带过团队吗？管理经验怎么要求的", "测试工程师", None,
     [L(C06, 59, 59)], [["1年"], ["3人以上"], ["团队管理"]],
     [T("那学历跟测试工作年限呢", "qualification", "测试工程师", [L(C06, 58, 58)], [["本科"], ["5年以上"]], None, "ellipsis"),
      T("哪些行业经验会优先", "qualification", "测试工程师", [L(C06, 58, 58)], [["财税"], ["自动化测试"]], None, "switch attribute"),
      T("他负责的工作里头第一条是什么", "duty", "测试工程师", [L(C06, 51, 51)], [["功能、性能、安全"], ["测试计划", "测试用例"]], None, "pronoun + ordinal")],
     "qualification")
# 12 cx06 京东物流 vs 美团 前端
conv(12, "hr", "京东物流的前端研发工程师任职要求是什么", "前端开发工程师", None,
     [L(C06, 98, 108)], [["全日制本科"], ["3-5年"], ["React/Vue"], ["小程序"]],
     [T("除了这些之外还有别的要求吗", "qualification", "前端开发工程师", [L(C06, 106, 108)], [["NPM"], ["组件封装"], ["进取心"]], None, "more"),
      T("美团的前端呢", "qualification", "前端开发工程师", [L(C06, 85, 90)], [["3年及以上"], ["数据结构"], ["前端工程化"]], None, "switch company"),
      T("这两家哪个要的经验年限多", "qualification", "前端开发工程师", [L(C06, 86, 86), L(C06, 99, 99)], [["3-5年"], ["3年及以上"]], None, "compare last two")],
     "qualification")
# 13 cx06 Golang 后端, programming OOS, back
conv(13, "new_hire", "go后端那个职位的岗位职责", "Golang 后端", None,
     [L(C06, 29, 31)], [["CloudIaC"], ["设计和开发"], ["落地"]],
     [T("这个Go岗位写了哪些加分项", "qualification", "Golang 后端", [L(C06, 44, 49)], [["terraform"], ["开源作品"], ["运维开发"]], None, "ellipsis"),
      OOS("Go语言里goroutine和channel怎么配合使用？", "out-of-scope in the middle"),
      T("那这个岗位工作地点在哪", "attribute", "Golang 后端", [L(C06, 27, 27)], [["杭州"], ["远程"]], "location", "back to earlier")],
     "duty")
# 14 cx06 Moka 产品经理
conv(14, "new_hire", "Moka的产品经理主要做什么", "产品经理", None,
     [L(C06, 14, 17)], [["绩效爆品"], ["用户行为数据分析"], ["跨团队合作"]],
     [T("第二条具体是什么", "duty", "产品经理", [L(C06, 15, 15)], [["UI/UE"], ["解决方案"], ["上线"]], None, "ordinal"),
      T("需要哪些能力", "qualification", "产品经理", [L(C06, 20, 23)], [["需求识别"], ["学习能力"], ["业务抽象"], ["Ownership"]], None, "switch attribute"),
      T("那薪资给到什么区间呢", "attribute", "产品经理", [L(C06, 13, 13)], [["15k"], ["40k"]], "pay", "ellipsis")],
     "duty")
# 15 cx07 销售员 -> 采购员 pay (not stated)
conv(15, "new_hire", "钢结构厂招的销售员要做哪些工作", "销售员", None,
     [L(C07, 96, 104)], [["销售额"], ["拜访新老客户"], ["客户关系档案"]],
     [T("对英语水平卡不卡", "qualification", "销售员", [L(C07, 111, 111)], [["英语四级"], ["大专"]], None, "ellipsis"),
      T("待遇怎样", "attribute", "销售员", [L(C07, 122, 123)], [["双休"], ["社会保险"], ["住宿"]], "pay", "ellipsis"),
      OOS("采购员的待遇呢", "switch role (not stated)", "采购员")],
     "duty")
# 16 cx07 焊工 / 铆工
conv(16, "hr", "钢构厂那边招焊工，对应聘的人有啥条件限制", "焊工", None,
     [L(C07, 130, 133)], [["高中"], ["40岁以下"], ["焊工证"], ["CO2"]],
     [T("同一家招的铆工条件又是怎样", "qualification", "铆工", [L(C07, 140, 143)], [["3年以上"], ["钢结构"], ["40岁以下"]], None, "switch role"),
      T("他俩性别要求一样吗", "qualification", None, [L(C07, 130, 130), L(C07, 140, 140)], [["男"], ["性别"]], None, "compare last two"),
      OOS("焊工一个月工资大概多少", "switch attribute (not stated)", "焊工")],
     "qualification")
# 17 cx07 机修工 / 维修电工 / 高压值班电工
conv(17, "manager", "钢结构公司机修工每天都要做哪些维护的活", "机修工", None,
     [L(C07, 277, 288)], [["二级保养"], ["巡回检查"], ["判断故障"]],
     [T("那么维修电工的工作内容呢", "duty", "维修电工", [L(C07, 308, 319)], [["例保"], ["断电、挂牌"], ["持证上岗"]], None, "switch role"),
      T("他上岗得持有啥证书？", "attribute", "维修电工", [L(C07, 303, 303)], [["资格证书"], ["职业培训"]], "certificate", "pronoun"),
      T("换成高压值班电工，要持哪种证", "attribute", "高压值班电工", [L(C07, 296, 296)], [["高压电工"], ["资格证"]], "certificate", "switch role")],
     "duty")
# 18 cx07 生产技术部长, duties not given
conv(18, "hr", "想应聘生产技术部长，需要具备哪些资历", "生产技术部长", None,
     [L(C07, 73, 86)], [["10年以上"], ["车间主任"], ["钢构"], ["走动式管理"]],
     [OOS("那这个部长他的岗位职责有哪些", "pronoun (not stated)", "生产技术部长"),
      T("专业上要求什么", "attribute", "生产技术部长", [L(C07, 74, 74)], [["设备动力管理"], ["机电一体化"]], "major", "ellipsis")],
     "qualification")
# 19 cx07 采购员 / 剪板机操作工
conv(19, "new_hire", "钢构公司采购员岗位日常要负责哪几块工作", "采购员", None,
     [L(C07, 155, 178)], [["采购制度"], ["与供应商谈判"], ["采购计划"], ["验收"]],
     [T("第五条什么意思", "duty", "采购员", [L(C07, 168, 168)], [["采购成本"], ["合理库存"]], None, "ordinal"),
      T("对学历专业有什么要求吗", "attribute", "采购员", [L(C07, 150, 150)], [["大专"], ["物流及供应链"]], "education", "switch attribute"),
      T("剪板机操作工呢", "attribute", "剪板机操作工", [L(C07, 186, 186)], [["初中以上"], ["学历"]], "education", "switch role")],
     "duty")
# 20 cx09 人事行政部经理 KPI
conv(20, "manager", "人事行政部经理考核里内部运营类占多少权重，有哪些指标", "人事行政部经理", None,
     [L(C09, 10, 16)], [["50%"], ["工作目标完成率"], ["绩效、薪资管理完成率"], ["公司组织培训完成率"]],
     [T("在这些指标里面哪一项权重最高", "kpi", "人事行政部经理", [L(C09, 14, 14)], [["绩效、薪资管理完成率"], ["15%"]], None, "ellipsis"),
      T("那后勤投诉次数这项具体怎么扣分", "kpi", "人事行政部经理", [L(C09, 18, 18)], [["扣1分"], ["投诉"]], None, "switch indicator"),
      T("这张表里有没有权重是0的指标", "kpi", "人事行政部经理", [L(C09, 15, 15)], [["工作流程改善目标完成率"], ["0%"]], None, "pronoun (the table)")],
     "kpi")
# 21 cx10 导购 GBK
conv(21, "new_hire", "导购员要做什么", "导购", None,
     [L(C10, 9, 17), L(C10, 23, 29), L(C10, 43, 51)], [["接待顾客"], ["收银"], ["卫生"], ["陈列", "上架"]],
     [T("他的顶头上司是店里的谁", "attribute", "导购", [L(C10, 43, 43)], [["店长"], ["上级"]], "reports_to", "pronoun"),
      T("对应聘者的性别和学历有要求吗", "qualification", "导购", [L(C10, 33, 33)], [["女"], ["学历不限"]], None, "ellipsis"),
      T("要是会讲粤语，会不会有优势", "qualification", "导购", [L(C10, 39, 39)], [["粤语优先"], ["促销"]], None, "ellipsis")],
     "duty")
# 22 cx11 酒店前台 schedule / benefits / back
conv(22, "new_hire", "酒店前台一般几点上班几点下班，怎么排班的", "酒店前台", "benefits",
     [L(C11, 14, 15)], [["两班轮班"], ["8:00"], ["4天"]],
     [T("除了工资还有哪些福利待遇", "attribute", "酒店前台", [L(C11, 16, 16)], [["生日"], ["免费食宿"]], "benefits", "ellipsis"),
      T("退房的时候前台要做些什么", "duty", "酒店前台", [L(C11, 4, 4)], [["核对客房消费"], ["收银系统"], ["退房结算"]], None, "switch attribute"),
      T("遇到客人投诉一般要怎么处理", "duty", "酒店前台", [L(C11, 6, 6)], [["安抚情绪"], ["上报主管"]], None, "ellipsis"),
      T("回到刚才的班次，晚班几点结束", "attribute", "酒店前台", [L(C11, 15, 15)], [["24:00"], ["16:00"]], "benefits", "back to earlier")],
     "attribute")
# 23 cx11 前台 requirements, chit-chat, switch to 导购
conv(23, "hr", "前台岗位的核心要求有哪些", "酒店前台", None,
     [L(C11, 9, 12)], [["形象良好"], ["预订系统"], ["应变"], ["合规"]],
     [T("第二条展开说下", "qualification", "酒店前台", [L(C11, 10, 10)], [["收银系统"], ["对数字敏感"]], None, "ordinal"),
      OOS("今天外面天气怎么样", "out-of-scope in the middle (chit-chat)"),
      T("那导购的任职要求呢", "qualification", "导购", [L(C10, 33, 39)], [["形象健康"], ["轮班"], ["沟通能力"]], None, "switch role after OOS")],
     "qualification")
# 24 cx12 行政主管 reports_to / department / duties / 略
conv(24, "new_hire", "行政主管这个岗位直接向哪个领导汇报", "行政主管", "reports_to",
     [L(C12, 9, 10)], [["行政经理"], ["上级"]],
     [T("那他是归在公司哪个部门下面的", "attribute", "行政主管", [L(C12, 15, 16)], [["行政管理部"], ["部门"]], "department", "pronoun"),
      T("那主要工作职责有哪些内容", "duty", "行政主管", [L(C12, 32, 54)], [["行政工作规划"], ["办公用品"], ["固定资产"], ["考勤"]], None, "ellipsis"),
      OOS("上面这些职责对应的业绩衡量标准分别是什么", "pronoun (略 / not stated)", "行政主管")],
     "attribute")
# 25 cx12 time allocation
conv(25, "manager", "行政经理助理大部分时间花在哪块工作上", "行政主管", None,
     [L(C12, 38, 47)], [["65%"], ["主要负责的行政管理工作"]],
     [T("另外两块各占多少", "duty", "行政主管", [L(C12, 32, 33), L(C12, 48, 49)], [["15%"], ["行政工作规划"], ["部门内部建设"]], None, "ellipsis"),
      T("公司食堂就餐这块也归他管吗", "duty", "行政主管", [L(C12, 44, 44)], [["食堂"], ["公共卫生"]], None, "pronoun")],
     "duty")
# 26 cx13 招聘专员 / 人力资源专员 (typo)
conv(26, "hr", "人力资源招聘专员在转正考核这块要做什么", "招聘专员", None,
     [L(C13, 15, 18)], [["转正考核"], ["转正"], ["异动手续"]],
     [T("招聘方面呢", "duty", "招聘专员", [L(C13, 9, 14)], [["招聘文案"], ["招募活动"], ["内部信息网"]], None, "ellipsis"),
      T("人力资原专员要什么学历", "attribute", "人力资源专员", [L(C13, 3, 3)], [["本科"], ["人力资源"]], "education", "switch role (typo)"),
      T("英语方面要求到什么水平", "qualification", "人力资源专员", [L(C13, 6, 6)], [["中英文"], ["听、说、读、写"]], None, "ellipsis")],
     "duty")
# 27 cx14 财务分析会计 KPI (tab-separated)
conv(27, "manager", "财务分析会计的KPI有哪几项，权重各是多少", "财务分析会计", None,
     [L(C14, 3, 7)], [["企业内控制度的调整"], ["财务分析报告"], ["利润中心的操作维护"], ["月底结帐处理"], ["30%"]],
     [T("第三项怎么打分", "kpi", "财务分析会计", [L(C14, 5, 5)], [["-5分"], ["20分"], ["0分"]], None, "ordinal"),
      T("财务分析报告那项的评分看哪几方面", "kpi", "财务分析会计", [L(C14, 12, 16)], [["格式"], ["准确性"], ["有效性"], ["及时性"]], None, "switch indicator"),
      T("月底结帐准确性错两次得几分", "kpi", "财务分析会计", [L(C14, 7, 7)], [["60分"], ["错二次"]], None, "switch indicator")],
     "kpi")
# 28 cx15 教务
conv(28, "new_hire", "我想去做教务工作，学历上起码要达到什么程度", "教务", "education",
     [L(C15, 5, 5)], [["大学专科"], ["师范"]],
     [T("那对工作经历有几年的要求", "attribute", "教务", [L(C15, 6, 6)], [["2年以上"], ["1年以上同岗位"]], "experience", "ellipsis"),
      T("文件里说教务要具备的基本素养是哪几条", "qualification", "教务", [L(C15, 8, 10)], [["责任心强"], ["会爱学生"], ["宽容乐观"]], None, "switch attribute"),
      OOS("当教务的话每月到手薪水能有多少", "switch attribute (not stated)", "教务")],
     "attribute")
# 29 cx16 薪酬核算 (short title)
conv(29, "hr", "薪酬核算每个月要干哪些事", "薪资核算专员", None,
     [L(C16, 4, 13)], [["计提"], ["薪资计算"], ["个税申报"], ["薪资发放"]],
     [T("其中第六条具体讲讲", "duty", "薪资核算专员", [L(C16, 9, 9)], [["个人所得税"], ["汇算清缴"]], None, "ordinal"),
      T("这岗位要求有几年相关经验", "attribute", "薪资核算专员", [L(C16, 16, 16)], [["2年以上"], ["制造业"]], "experience", "switch attribute"),
      OOS("顺便问下今年社保单位缴费比例是多少", "out-of-scope (HR-adjacent)")],
     "duty")
# 30 cx01 / cx08 compare
conv(30, "hr", "财务部经理的直接上级是谁", "财务部经理", "reports_to",
     [Q(C01, "财务总监"), Q(C01, "直接上级")], [["财务总监", "财务部总监"], ["上级"]],
     [T("那出纳的直接上级呢", "attribute", "出纳", [Q(C08, "直接主管:分校校长")], [["分校校长", "财务部经理"], ["主管", "上级"]], "reports_to", "switch role (ambiguous)"),
      T("这两个岗位的学历要求比一比", "attribute", None, [Q(C01, "会计专业本科学历"), Q(C08, "会计、金融类专业大专或以上学历")], [["本科"], ["大专"]], "education", "compare last two")],
     "attribute")

# singles
single(1, "new_hire", "duty", "电气技术储备岗位是干嘛的", "电气技术储备", None, [L(C07, 257, 265)], [["协助维修电工"], ["电气原理"]])
single(2, "hr", "qualification", "文案策划要满足什么条件", "文案策划", None, [Q(C05, "大专以上，20-35岁，有经验者优先")], [["大专以上"], ["工作细心"], ["亲和力"]])
single(3, "new_hire", "attribute", "京东物流前端研发工程师在哪里办公", "前端开发工程师", "location", [L(C06, 96, 96)], [["北京"], ["总部"]])
single(4, "manager", "kpi", "财务部KPI库里账务处理及时性怎么考核", None, None, [Q(C04, "财务处理未在规定时间内完成的次数")], [["规定时间"], ["次数"]])
single(5, "hr", "out_of_scope", "我们工厂质检员具体负责哪些工作内容呢", None, None, [], [])
single(6, "hr", "out_of_scope", "培训助理需要什么任职资格", None, None, [], [])

with open(OUT / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump(forms, open(OUT / "forms.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), "items;", sum(len(i["turns"] or []) for i in items), "later turns")
