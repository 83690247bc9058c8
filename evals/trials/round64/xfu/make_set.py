"""Writes set.jsonl and forms.json for round 64 / xfu (follow-up conversations over corpus-extra)."""
import json, pathlib
OUT = pathlib.Path(__file__).parent
F = {
 1: "cx01_财务部经理岗位说明书.docx", 2: "cx02_车辆调度员岗位说明书.docx", 3: "cx03_培训部工作手册.docx",
 4: "cx04_部门KPI指标库.xlsx", 5: "cx05_招聘岗位一览.xlsx", 6: "cx06_技术岗位招聘信息.csv",
 7: "cx07_人才招聘.html", 8: "cx08_培训学校出纳岗位说明书.pdf", 9: "cx09_人事行政部经理绩效考核表.md",
 10: "cx10_导购岗位职责.txt", 11: "cx11_酒店前台职位描述.txt", 12: "cx12_行政主管岗位说明书.txt",
 13: "cx13_人力资源招聘专员行为标准.txt", 14: "cx14_财务部内控与财务分析KPI组成表.txt",
 15: "cx15_教务工作岗位素能.txt", 16: "cx16_薪资核算专员职位描述.txt"}
def L(n, a, b=None): return {"file": F[n], "line_start": a, "line_end": b or a}
def Q(n, q): return {"file": F[n], "quote": q}
def T(q, intent, role, ev, kp, attr=None, form=None):
    d = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if intent == "attribute": d["attribute"] = attr
    return d, form
def OOS(q, form): return {"question": q, "intent": "out_of_scope", "role": None, "evidence": [], "key_points": []}, form

items, forms = [], {}
def conv(n, persona, q, intent, role, ev, kp, turns, attr=None):
    iid = f"r64xfu-fu-{n:02d}"
    items.append({"id": iid, "persona": persona, "intent": "followup", "question": q, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": False,
                  "turns": [t for t, _ in turns], "tool": None})
    forms[iid] = [f for _, f in turns]
def single(n, persona, intent, q, role, ev, kp, attr=None):
    items.append({"id": f"r64xfu-{ {'duty':'duty','qualification':'qual','attribute':'attr','kpi':'kpi','out_of_scope':'oos'}[intent]}-{n:02d}",
                  "persona": persona, "intent": intent, "question": q, "role": role, "attribute": attr,
                  "evidence": ev, "key_points": kp, "expect_refusal": intent == "out_of_scope", "turns": None, "tool": None})

# 1 cx02 docx
conv(1, "new_hire", "调度员每天主要干些什么活", "duty", "车辆调度员",
     [Q(2, "根据客户有车需求,对人员车辆进行合理调配"), Q(2, "根据司机的技术状况和车辆状况合理安排出车"), Q(2, "根据司机出车情况进行考核")],
     [["合理调配"], ["合理安排出车"], ["考核"]],
     [T("那他上头是谁", "attribute", "车辆调度员", [Q(2, "车辆租赁中心主任")], [["车辆租赁"], ["中心主任", "主任"]], "reports_to", "pronoun"),
      T("学历有要求吗", "attribute", "车辆调度员", [Q(2, "高中及以上")], [["高中"], ["及以上", "以上"]], "education", "ellipsis/switch attribute"),
      T("业绩标准里第二条是啥", "duty", "车辆调度员", [Q(2, "客户满意率达90%以上")], [["客户满意率"], ["90%"]], None, "ordinal")])
# 2 cx01 docx -> cx08
conv(2, "hr", "财务经理的直接下级有哪些", "attribute", "财务部经理",
     [Q(1, "财务会计、出纳"), Q(1, "成本会计")], [["出纳"], ["财务会计", "成本会计"]],
     [T("要什么证书", "attribute", "财务部经理", [Q(1, "会计师资格证书")], [["会计师"], ["资格证书"]], "certificate", "ellipsis/switch attribute"),
      T("工作经验呢", "attribute", "财务部经理", [Q(1, "八年以工业企业财务管理经验,至少五年同职经历")], [["八年"], ["五年同职"]], "experience", "ellipsis"),
      T("换成培训学校的出纳呢", "attribute", "出纳", [Q(8, "2年以上出纳工作经验")], [["2年以上"], ["出纳工作经验"]], "experience", "switch role")],
     attr="subordinates")
# 3 cx03 docx
conv(3, "manager", "培训部经理负责哪些事", "duty", "培训部经理",
     [Q(3, "责培训部的日常管理工作"), Q(3, "责培训部员工的工作安排与绩效考核"), Q(3, "g)负责培训市场的开拓")],
     [["日常管理"], ["绩效考核"], ["培训市场的开拓"]],
     [T("第四条展开说说", "duty", "培训部经理", [Q(3, "责培训业务经营发展的规划,核心组课程的引入")], [["经营发展的规划"], ["核心组课程"]], None, "ordinal"),
      T("他手下有哪些人", "attribute", "培训部经理", [Q(3, "培训部配置人员4名,其中培训部经理1名,培训顾问1名")], [["培训顾问"], ["培训助理"]], "subordinates", "pronoun/switch attribute"),
      OOS("培训顾问具体做什么", "near-miss OOS (role only named)")])
# 4 cx04 xlsx
conv(4, "hr", "人力资源部的KPI里财务类指标有哪些", "kpi", None,
     [Q(4, "部门费用预算达成率"), Q(4, "薪资总量预算安排达成率"), Q(4, "招聘费用预算达成率"), Q(4, "培训费用预算达成率")],
     [["部门费用预算达成率"], ["薪资总量预算安排达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]],
     [T("招聘费用那个怎么算", "kpi", None, [Q(4, "当年实际发生招聘费用与预算费用的比例")], [["实际发生"], ["预算费用", "计划费用"]], None, "ellipsis (item by short name)"),
      T("客户类呢", "kpi", None, [Q(4, "员工满意度调查"), Q(4, "对员工进行满意度调查的算术平均值")], [["员工满意度"], ["满意度调查", "算术平均"]], None, "ellipsis (switch dimension)"),
      T("那资金部呢，考核哪些", "kpi", None, [Q(4, "公司资金预算达成率"), Q(4, "资金筹集计划编制及时率"), Q(4, "资金收支准确度")],
        [["公司资金预算达成率"], ["资金筹集计划编制及时率"], ["资金收支准确度"]], None, "switch department")])
# 5 cx05 xlsx
conv(5, "hr", "这家注塑公司招生产主管要求啥", "qualification", "生产主管",
     [Q(5, "本科以上，25-45岁，注塑类相关专业")], [["本科"], ["注塑类"], ["两年以上"]],
     [T("他平时管些什么", "duty", "生产主管", [Q(5, "合理调配安排生产，完善车间体制，简化生产流程")], [["车间日常生产管理"], ["简化生产流程"]], None, "pronoun/switch attribute"),
      T("研发经理呢", "duty", "研发经理", [Q(5, "与时俱进，开发设计适应市场需求的产品")], [["关注市场", "行业新鲜资讯"], ["开发设计"]], None, "switch role (ellipsis)"),
      T("这俩哪个年龄放得更宽", "qualification", None, [Q(5, "本科以上，20-45岁，模具设计类专业"), Q(5, "本科以上，25-45岁，注塑类相关专业")], [["20-45"], ["25-45"]], None, "comparison")])
# 6 cx05 xlsx
conv(6, "new_hire", "销售经理要经常出差吗", "duty", "销售经理",
     [Q(5, "每年有1~2次到上海等地出差")], [["1~2次"], ["上海"]],
     [T("英语有要求吗", "qualification", "销售经理", [Q(5, "本科以上，20-35岁，英语专业者优先")], [["英语专业"], ["优先"]], None, "ellipsis/switch attribute"),
      T("待遇怎么样", "attribute", "销售经理", [Q(5, "本科以上，20-35岁，英语专业者优先")], [["免费食宿"], ["面议"]], "pay", "ellipsis/switch attribute"),
      T("文案那边呢", "attribute", "文案策划", [Q(5, "大专以上，20-35岁，有经验者优先。")], [["免费食宿"], ["面议"]], "pay", "switch role (shortened title)")])
# 7 cx06 csv
conv(7, "new_hire", "Moka那个前端岗位要几年经验", "attribute", "前端开发工程师",
     [L(6, 7)], [["1年及以上"], ["toB"]],
     [T("技术栈呢", "attribute", "前端开发工程师", [L(6, 6), L(6, 11)], [["React"], ["Typescript", "ts"]], "skills", "ellipsis"),
      T("换成京东物流的呢", "attribute", "前端开发工程师", [L(6, 99, 108)], [["React/Vue"], ["TypeScript"], ["小程序"]], "skills", "switch company"),
      T("工作地点在哪", "attribute", "前端开发工程师", [L(6, 96)], [["北京"], ["总部"]], "location", "switch attribute")],
     attr="experience")
# 8 cx06 csv
conv(8, "hr", "DBA岗位职责有哪些", "duty", "DBA",
     [L(6, 63, 68)], [["容量规划"], ["SQL调优"], ["备份恢复"]],
     [T("第五条详细点", "duty", "DBA", [L(6, 67)], [["备份恢复"], ["故障排除"]], None, "ordinal"),
      T("学历要求", "attribute", "DBA", [L(6, 70)], [["本科及以上"], ["计算机"]], "education", "ellipsis"),
      T("那测试经理呢", "attribute", "测试工程师", [L(6, 58)], [["本科或以上"], ["计算机相关"]], "education", "switch role (shortened title)"),
      T("这两个岗位都在哪个城市", "attribute", None, [L(6, 50), L(6, 62)], [["广州"], ["慧算账"]], "location", "comparison")])
# 9 cx06 csv SRE
conv(9, "new_hire", "宝洁招的SRE主要做什么", "duty", "平台Site Reliability Engineer",
     [L(6, 122, 123)], [["DevOps平台"], ["运维"]],
     [T("要求呢", "qualification", "平台Site Reliability Engineer", [L(6, 124, 129)], [["4年以上系统管理员经验"], ["K8S"], ["英语"]], None, "ellipsis"),
      OOS("K8S的Pod怎么自动扩容", "OOS mid (programming near-miss)"),
      T("他在哪上班", "attribute", "平台Site Reliability Engineer", [L(6, 122)], [["广州"], ["珠江新城"]], "location", "back after OOS (pronoun)")])
# 10 cx06 csv Golang
conv(10, "manager", "Go后端加分项有哪些", "qualification", "Golang 后端",
     [L(6, 44, 49)], [["terraform"], ["开源作品"], ["运维开发"]],
     [T("必须要几年golang经验", "attribute", "Golang 后端", [L(6, 35)], [["2-5"], ["Golang"]], "experience", "ellipsis (role implied)"),
      T("薪资范围呢", "attribute", "Golang 后端", [L(6, 27)], [["20-40k"], ["40k+"]], "pay", "ellipsis/switch attribute"),
      T("跟Moka的前端比哪个给得多", "attribute", None, [L(6, 2), L(6, 27)], [["15k-40k"], ["20-40k"]], "pay", "comparison (names company)")])
# 11 cx07 html
conv(11, "hr", "焊工招聘有什么条件", "qualification", "焊工",
     [L(7, 130), L(7, 133)], [["高中及以上"], ["焊工证"], ["40岁以下"]],
     [T("埋弧焊工呢", "qualification", "埋弧焊工", [L(7, 226)], [["初中"], ["三年以上"], ["45岁以下"]], None, "switch role"),
      T("他具体做什么", "duty", "埋弧焊工", [L(7, 229)], [["埋弧焊机"], ["钢结构焊接"]], None, "pronoun"),
      T("这两个岗位哪个对学历要求低", "qualification", None, [L(7, 130), L(7, 226)], [["初中"], ["高中"]], None, "comparison")])
# 12 cx07 html
conv(12, "new_hire", "采购员主要干啥？先挑三条说", "duty", "采购员",
     [L(7, 155, 163)], [["采购制度"], ["商品价格", "供应商信息"], ["采购供应计划"]],
     [T("还有呢", "duty", "采购员", [L(7, 164, 178)], [["谈判"], ["合理库存"], ["验收"], ["供应商目录"]], None, "more (还有吗)"),
      T("要多少岁以下", "qualification", "采购员", [L(7, 150)], [["45周岁"], ["以下"]], None, "ellipsis/switch attribute"),
      T("第七条是什么意思", "duty", "采购员", [L(7, 174)], [["验收"], ["仓储部门"]], None, "ordinal (back to list)")])
# 13 cx07 html
conv(13, "hr", "机修工要什么证", "attribute", "机修工",
     [L(7, 272)], [["资格证书"], ["职业培训"]],
     [T("维修电工也要吗", "attribute", "维修电工", [L(7, 303)], [["资格证书"], ["职业培训", "考核合格"]], "certificate", "switch role"),
      T("他俩的工作内容有啥区别", "duty", None, [L(7, 276, 289), L(7, 307, 320)], [["机械设备", "钳台"], ["电气设备"]], None, "comparison (pronoun)"),
      T("高压电工要几年经验", "attribute", "高压值班电工", [L(7, 296)], [["三年以上"], ["值班高压电工", "制造型企业"]], "experience", "switch role (shortened title)")],
     attr="certificate")
# 14 cx07 html
conv(14, "manager", "钢构公司的销售员职责是什么", "duty", "销售员",
     [L(7, 96, 103)], [["销售额"], ["拜访新老客户"], ["开拓新客户"]],
     [T("英语要过几级", "qualification", "销售员", [L(7, 111)], [["四级"], ["英语"]], None, "ellipsis"),
      T("待遇呢", "attribute", "销售员", [L(7, 123)], [["双休"], ["社会保险"], ["住宿"]], "benefits", "ellipsis"),
      T("那生产技术部长要多少年经验", "attribute", "生产技术部长", [L(7, 74), L(7, 78)], [["10年以上"], ["2年及以上"]], "experience", "switch role")])
# 15 cx08 pdf
conv(15, "new_hire", "培训学校的出纳直接向谁汇报", "attribute", "出纳",
     [Q(8, "直接主管:分校校长")], [["分校校长"], ["直接主管", "直接上级"]],
     [T("再上一级呢", "attribute", "出纳", [Q(8, "隔级领导:总经理")], [["总经理"], ["隔级"]], "reports_to", "ellipsis"),
      T("她手下有人吗", "attribute", "出纳", [Q(8, "平级:会计 直接下属:无")], [["无"], ["直接下属"]], "subordinates", "pronoun"),
      T("职责第四条说的是啥", "duty", "出纳", [Q(8, "按时、准确地发放员工工资、奖金")], [["发放员工工资"], ["银行代发", "现金发放"]], None, "ordinal"),
      T("要什么学历", "attribute", "出纳", [Q(8, "会计、金融类专业大专或以上学历")], [["大专"], ["会计、金融类"]], "education", "ellipsis/switch attribute")],
     attr="reports_to")
# 16 cx08 pdf
conv(16, "manager", "出纳每天要报什么", "duty", "出纳",
     [Q(8, "每天报财务“资金汇报”")], [["资金汇报"], ["每天"]],
     [T("性别有没有要求", "qualification", "出纳", [Q(8, "性 别 不限(女姓佳)")], [["不限"], ["女"]], None, "ellipsis"),
      OOS("出纳挪用公款一般会判几年", "OOS mid (legal near-miss)"),
      T("刚才那个资金汇报在职责里排第几条", "duty", "出纳", [Q(8, "每天报财务“资金汇报”")], [["3", "第三"], ["资金汇报"]], None, "back to earlier topic (ordinal)")])
# 17 cx09 md
conv(17, "hr", "人事行政部经理考核哪几类指标，各占多少", "kpi", "人事行政部经理",
     [L(9, 8, 23)], [["财务类"], ["内部运营类"], ["客户类"], ["学习成长"]],
     [T("内部运营类里权重最高的是哪个", "kpi", "人事行政部经理", [L(9, 14)], [["绩效、薪资管理完成率"], ["15%"]], None, "ellipsis (within list)"),
      T("它怎么扣分", "kpi", "人事行政部经理", [L(9, 14)], [["扣2分/次"], ["个人原因"]], None, "pronoun"),
      T("有没有权重是0的", "kpi", "人事行政部经理", [L(9, 15)], [["工作流程改善目标完成率"], ["0%"]], None, "ellipsis")])
# 18 cx09 md
conv(18, "manager", "人事行政经理的后勤投诉次数怎么打分", "kpi", "人事行政部经理",
     [L(9, 18)], [["扣1分"], ["5%"]],
     [T("属于哪一类", "kpi", "人事行政部经理", [L(9, 17, 18)], [["客户类"], ["10%"]], None, "ellipsis"),
      T("同一类的还有哪个", "kpi", "人事行政部经理", [L(9, 17)], [["内部员工满意率"], ["5%"]], None, "ellipsis"),
      T("这张表最后要谁签字", "kpi", "人事行政部经理", [L(9, 27)], [["考评人"], ["复核人"]], None, "pronoun (the table)")])
# 19 cx10 txt GBK
conv(19, "new_hire", "导购员平时要做哪些事", "duty", "导购",
     [L(10, 9, 17), L(10, 23, 29), L(10, 43, 51)], [["接待顾客"], ["收银"], ["清洁"]],
     [T("他归谁管", "attribute", "导购", [L(10, 43)], [["店长"], ["对店长负责", "接受其领导"]], "reports_to", "pronoun"),
      T("招导购对性别有要求吗", "qualification", "导购", [L(10, 33)], [["女"], ["学历不限"]], None, "switch attribute"),
      T("会粤语有用吗", "qualification", "导购", [L(10, 39)], [["粤语优先"], ["卖场促销"]], None, "ellipsis")])
# 20 cx11 txt
conv(20, "new_hire", "酒店前台怎么排班", "attribute", "酒店前台",
     [L(11, 15)], [["两班轮班"], ["16:00"]],
     [T("一个月休几天", "attribute", "酒店前台", [L(11, 14)], [["4天"], ["调休"]], "benefits", "ellipsis"),
      T("核心工作第二条讲讲", "duty", "酒店前台", [L(11, 4)], [["退房结算"], ["收银系统"]], None, "ordinal"),
      OOS("工资一个月多少", "OOS mid (pay not stated)"),
      T("要会用哪些系统", "qualification", "酒店前台", [L(11, 10)], [["预订系统"], ["收银系统"]], None, "back to post (ellipsis)")],
     attr="benefits")
# 21 cx11 -> cx10
conv(21, "hr", "前台需要什么素质", "qualification", "酒店前台",
     [L(11, 9, 12)], [["亲和力"], ["应变"], ["合规"]],
     [T("换成导购呢", "qualification", "导购", [L(10, 33, 39)], [["形象健康得体"], ["沟通能力"], ["轮班"]], None, "switch role"),
      T("两者都要倒班吗", "qualification", None, [L(11, 15), L(10, 35)], [["两班轮班"], ["适应轮班制"]], None, "comparison"),
      T("回到前台，交接班要做什么", "duty", "酒店前台", [L(11, 7)], [["交接"], ["清点"]], None, "back to earlier topic")])
# 22 cx12 txt BOM
conv(22, "new_hire", "行政主管的直属上级是谁", "attribute", "行政主管",
     [L(12, 9, 10)], [["行政经理"], ["直属上级"]],
     [T("在哪个部门", "attribute", "行政主管", [L(12, 15, 16)], [["行政管理部"], ["所在部门", "部门"]], "department", "ellipsis"),
      T("他最主要的工作占多少时间", "duty", "行政主管", [L(12, 38, 47)], [["65"], ["行政管理工作"]], None, "pronoun"),
      OOS("业绩衡量标准是什么", "near-miss OOS (略)")],
     attr="reports_to")
# 23 cx12 txt BOM
conv(23, "manager", "行政经理助理要做哪些事", "duty", "行政主管",
     [L(12, 32, 54)], [["行政工作规划"], ["归档"], ["考勤"]],
     [T("第三块具体有哪些", "duty", "行政主管", [L(12, 48, 54)], [["队伍建设"], ["考勤"], ["外联"]], None, "ordinal"),
      T("节日福利是他发吗", "duty", "行政主管", [L(12, 45)], [["节日福利"], ["日常福利"]], None, "pronoun"),
      OOS("他手下管几个人", "near-miss OOS (empty field)")])
# 24 cx13 txt
conv(24, "hr", "人力资源专员任职资格", "qualification", "人力资源专员",
     [L(13, 3, 7)], [["本科及以上"], ["1-2年"], ["中英文"]],
     [T("IT公司经验有加分吗", "qualification", "人力资源专员", [L(13, 4)], [["IT相关企业"], ["优先"]], None, "ellipsis"),
      T("那招聘专员要干啥", "duty", "招聘专员", [L(13, 9, 20)], [["招募活动"], ["转正"], ["异动"]], None, "switch role"),
      T("第二部分细说", "duty", "招聘专员", [L(13, 15, 20)], [["转正考核"], ["异动手续"], ["数据资料录入"]], None, "ordinal")])
# 25 cx14 txt tab
conv(25, "hr", "财务分析会计的KPI有哪几项", "kpi", "财务分析会计",
     [L(14, 3, 7)], [["企业内控制度的调整"], ["财务分析报告"], ["利润中心"], ["月底结帐"]],
     [T("权重最大的那个怎么评分", "kpi", "财务分析会计", [L(14, 4), L(14, 12, 17)], [["格式"], ["数据的准确性"], ["及时性"]], None, "ellipsis (superlative)"),
      T("利润中心那项呢", "kpi", "财务分析会计", [L(14, 5)], [["有效投诉"], ["四次及以上0分"]], None, "ellipsis (item by short name)"),
      T("谁来打分", "kpi", "财务分析会计", [L(14, 3), L(14, 10)], [["经理打分"], ["财务部经理"]], None, "ellipsis")])
# 26 cx15 txt
conv(26, "new_hire", "教务岗位学历要求", "attribute", "教务",
     [L(15, 5)], [["大学专科"], ["师范"]],
     [T("经验呢", "attribute", "教务", [L(15, 6)], [["2年以上"], ["1年以上同岗位"]], "experience", "ellipsis"),
      T("基本素养有哪些", "qualification", "教务", [L(15, 7, 10)], [["责任心强"], ["会爱学生"], ["宽容乐观"]], None, "ellipsis/switch attribute"),
      OOS("教务一个月能拿多少钱", "OOS (pay not stated)")],
     attr="education")
# 27 cx16 txt
conv(27, "hr", "薪酬核算专员主要负责什么", "duty", "薪资核算专员",
     [L(16, 3, 13)], [["薪资计提"], ["个税申报"], ["年终奖"]],
     [T("第六条", "duty", "薪资核算专员", [L(16, 9)], [["个人所得税"], ["汇算清缴"]], None, "ordinal (bare)"),
      T("要熟悉哪些法律", "qualification", "薪资核算专员", [L(16, 17)], [["劳动法"], ["个人所得税法"]], None, "ellipsis"),
      OOS("个税起征点现在是多少", "OOS mid (tax)"),
      T("专业有要求吗", "attribute", "薪资核算专员", [L(16, 15)], [["人力资源"], ["统计学"]], "major", "back to post (ellipsis)")])
# 28 cx04 xlsx finance
conv(28, "manager", "财务部的关键绩效指标有哪些", "kpi", None,
     [Q(4, "公司财务预算达成率"), Q(4, "现金收支准确性"), Q(4, "财务资料完好性")],
     [["公司财务预算达成率"], ["现金收支准确性"], ["财务资料完好性"]],
     [T("现金收支那个怎么衡量", "kpi", None, [Q(4, "现金收支出错次数")], [["现金收支"], ["出错次数"]], None, "ellipsis (item by short name)"),
      T("审计部呢", "kpi", None, [Q(4, "审计计划执行率"), Q(4, "审计报告归档率"), Q(4, "审计结果准确性")], [["审计计划执行率"], ["审计报告归档率"], ["审计结果准确性"]], None, "switch department"),
      T("第四个指标看什么", "kpi", None, [Q(4, "审计结果更正的次数")], [["更正的次数"], ["审计结果"]], None, "ordinal")])
# 29 cx01 docx -> cx02
conv(29, "hr", "XXXX袜业的财务部经理岗位工作目标有哪些", "kpi", "财务部经理",
     [Q(1, "经营管理成本预、核算准确率100"), Q(1, "库存周转率、应收账款周转率小于期间额定标准"), Q(1, "无发生财务管理重大责任事故")],
     [["准确率100"], ["库存周转率"], ["重大责任事故"]],
     [T("年龄限制呢", "qualification", "财务部经理", [Q(1, "35-45岁、性别不限、无身体疾病或残疾")], [["35-45岁"], ["性别不限"]], None, "ellipsis"),
      T("他要会用什么软件", "attribute", "财务部经理", [Q(1, "精通ERP、K3等软件运用")], [["ERP"], ["K3"]], "skills", "pronoun"),
      T("那调度圆呢", "attribute", "车辆调度员", [Q(2, "熟练使用自动化办公软件")], [["自动化办公软件"], ["熟练使用"]], "skills", "switch role (typo)")])
# 30 cx03 docx department
conv(30, "manager", "培训部的部门职能有哪些", "duty", None,
     [Q(3, "负责培训服务产品的开发和策划工作"), Q(3, "负责公司师资库的建立"), Q(3, "负责公司培训档案的建立")],
     [["培训服务产品"], ["师资库"], ["培训档案"]],
     [T("第六条展开", "duty", None, [Q(3, "负责公司师资库的建立,包括外部讲师的管理和内部讲师的培养考核")], [["外部讲师"], ["内部讲师"]], None, "ordinal"),
      OOS("手册里的讲师管理制度具体怎么规定的", "near-miss OOS (section listed, not in text)"),
      T("培训部经理要负责市场开拓吗", "duty", "培训部经理", [Q(3, "g)负责培训市场的开拓"), Q(3, "协助市场部进行培训市场开发工作")], [["培训市场的开拓"], ["协助市场部"]], None, "switch role within doc")])

# 6 singles
single(1, "new_hire", "duty", "矫正机操作工是干什么的", "矫正机操作工", [L(7, 209)], [["矫正机"], ["钢结构一次生产线"]])
single(2, "hr", "attribute", "美团成都那个前端要几年工作经验", "前端开发工程师", [L(6, 86)], [["3年及以上"], ["互联网研发"]], attr="experience")
single(3, "hr", "attribute", "调度员需要学什么专业的", "车辆调度员", [Q(2, "汽车修理专业")], [["汽车修理"], ["专业"]], attr="major")
single(4, "manager", "kpi", "人力资源部招聘管理方面考核什么指标", None,
       [Q(4, "招聘空缺职位所需的平均天数"), Q(4, "人员编制控制率")], [["招聘空缺职位所需的平均天数"], ["人员编制控制率"]])
single(5, "new_hire", "out_of_scope", "保洁员的岗位职责是什么", None, [], [])
single(6, "hr", "out_of_scope", "帮我写一份年假申请", None, [], [])

OVERRIDE = {
 ("r64xfu-fu-01",1):"那他上头的领导是哪位", ("r64xfu-fu-01",2):"对学历卡得严不严",
 ("r64xfu-fu-02",1):"得持什么证才能干这个", ("r64xfu-fu-02",2):"那得干过几年的才行", ("r64xfu-fu-02",3):"换成那个培训学校的出纳，要几年",
 ("r64xfu-fu-03",0):"培训部经理平常都管哪些事情", ("r64xfu-fu-03",1):"第4条再说细一点", ("r64xfu-fu-03",2):"他部门里还配了哪些岗位的人", ("r64xfu-fu-03",3):"那个培训顾问每天具体干点啥",
 ("r64xfu-fu-04",1):"招聘费用那条的计算口径是啥", ("r64xfu-fu-04",2):"客户类的又是哪个指标",
 ("r64xfu-fu-05",2):"研发经理那边管什么",
 ("r64xfu-fu-06",0):"做销售经理要经常往外地跑吗", ("r64xfu-fu-06",1):"对英语有没有讲究", ("r64xfu-fu-06",2):"待遇给得怎么样，包吃住不",
 ("r64xfu-fu-07",2):"换成京东物流那条招聘呢", ("r64xfu-fu-07",3):"这个岗位在哪儿办公",
 ("r64xfu-fu-08",2):"学历门槛是多少",
 ("r64xfu-fu-09",1):"招这个人有啥硬性要求", ("r64xfu-fu-09",3):"回到那个岗位，他在哪个地方上班",
 ("r64xfu-fu-10",2):"薪资开到多少",
 ("r64xfu-fu-11",1):"那埋弧焊工招人看哪些条件", ("r64xfu-fu-11",2):"他上岗了主要干啥活",
 ("r64xfu-fu-12",1):"还有呢，接着说", ("r64xfu-fu-12",3):"列表第七条是啥意思",
 ("r64xfu-fu-14",1):"英语要考到几级", ("r64xfu-fu-14",2):"待遇方面写了些啥",
 ("r64xfu-fu-15",0):"那家培训学校里出纳的直接主管是哪位", ("r64xfu-fu-15",2):"她下面有没有带人", ("r64xfu-fu-15",4):"她这个岗学历得到哪一档",
 ("r64xfu-fu-16",1):"这个岗招男的还是女的多些",
 ("r64xfu-fu-17",1):"内部运营那块哪个指标权重最大", ("r64xfu-fu-17",2):"这个指标是怎么扣分的", ("r64xfu-fu-17",3):"表里有哪个指标权重给了0",
 ("r64xfu-fu-19",1):"他平时归哪个领导来管", ("r64xfu-fu-19",3):"会讲粤语算加分不",
 ("r64xfu-fu-20",0):"酒店前台的班是怎么排的", ("r64xfu-fu-20",1):"那每个月能休息几天", ("r64xfu-fu-20",3):"前台月薪大概开多少", ("r64xfu-fu-20",4):"她得会操作哪些系统",
 ("r64xfu-fu-21",1):"换成导购的话要求是啥",
 ("r64xfu-fu-22",0):"行政主管直接向哪个岗位汇报", ("r64xfu-fu-22",1):"归在哪个部门底下", ("r64xfu-fu-22",3):"他每项职责的业绩衡量标准具体怎么定的",
 ("r64xfu-fu-23",0):"行政经理助理这个岗位日常要做哪些工作",
 ("r64xfu-fu-25",0):"财务分析会计要考核的KPI分别是哪几项", ("r64xfu-fu-25",2):"利润中心那一项又是咋考的", ("r64xfu-fu-25",3):"这些分数由谁来打",
 ("r64xfu-fu-26",0):"做教务的学历最低要到什么程度", ("r64xfu-fu-26",1):"那之前的工作经历上有啥讲究", ("r64xfu-fu-26",2):"除了这些，基本素养方面要求啥", ("r64xfu-fu-26",3):"教务一个月到手能拿多少钱",
 ("r64xfu-fu-27",1):"把第六条单独拎出来说说", ("r64xfu-fu-27",2):"他得懂哪些法规", ("r64xfu-fu-27",3):"顺便问下现在个税起征点是多少钱", ("r64xfu-fu-27",4):"回到这个岗位，对所学专业有要求吗",
 ("r64xfu-fu-28",0):"指标库里财务部的关键绩效指标都有哪些", ("r64xfu-fu-28",2):"换成审计部那边，指标有哪些",
 ("r64xfu-fu-29",0):"XXXX袜业那个财务部经理，岗位工作目标写了哪些", ("r64xfu-fu-29",1):"年龄上有限制没",
 ("r64xfu-fu-30",1):"其中第6条展开讲讲",
}
for it in items:
    for (iid, k), q in OVERRIDE.items():
        if it["id"] == iid:
            if k == 0: it["question"] = q
            else: it["turns"][k-1]["question"] = q

with open(OUT / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
import re
forms = {k: [{"turn": i + 1, "form": re.split(r"/| \(", f)[0], "label": f} for i, f in enumerate(v)] for k, v in forms.items()}
json.dump(forms, open(OUT / "forms.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), sum(len(i["turns"] or []) for i in items))
