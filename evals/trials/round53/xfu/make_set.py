"""Writes set.jsonl and forms.json for round 53 / xfu (follow-up conversations over corpus-extra)."""
import json, pathlib
HERE = pathlib.Path(__file__).parent
F = {
 1: "cx01_财务部经理岗位说明书.docx", 2: "cx02_车辆调度员岗位说明书.docx", 3: "cx03_培训部工作手册.docx",
 4: "cx04_部门KPI指标库.xlsx", 5: "cx05_招聘岗位一览.xlsx", 6: "cx06_技术岗位招聘信息.csv",
 7: "cx07_人才招聘.html", 8: "cx08_培训学校出纳岗位说明书.pdf", 9: "cx09_人事行政部经理绩效考核表.md",
 10: "cx10_导购岗位职责.txt", 11: "cx11_酒店前台职位描述.txt", 12: "cx12_行政主管岗位说明书.txt",
 13: "cx13_人力资源招聘专员行为标准.txt", 14: "cx14_财务部内控与财务分析KPI组成表.txt",
 15: "cx15_教务工作岗位素能.txt", 16: "cx16_薪资核算专员职位描述.txt"}
def L(f, a, b=None): return {"file": F[f], "line_start": a, "line_end": b or a}
def Q(f, q): return {"file": F[f], "quote": q}
def T(q, intent, role, ev, kp, attr=None):
    d = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attr: d["attribute"] = attr
    return d
def OOS(q, role=None): return {"question": q, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": []}

items, forms = [], {}
def FU(n, persona, q, intent, role, ev, kp, turns, fl, attr=None):
    iid = f"xfu-fu-{n:02d}"
    items.append({"id": iid, "persona": persona, "intent": "followup", "question": q, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": False,
                  "turns": turns, "tool": None, "_first_intent": intent})
    assert len(fl) == len(turns), iid
    forms[iid] = fl

# 1 cx02 调度员
FU(1, "new_hire", "车辆调度员平时主要干什么活？", "duty", "车辆调度员",
   [Q(2, "1.根据客户有车需求,对人员车辆进行合理调配"), Q(2, "2.车辆值班安排"), Q(2, "1.根据司机出车情况进行考核")],
   [["调配"], ["值班"], ["考核"]],
   [T("那他头上直接的领导是谁呀", "attribute", "车辆调度员", [Q(2, "车辆租赁中心主任")], [["车辆租赁中心"], ["主任"]], "reports_to"),
    T("对学历跟专业卡得严不严", "attribute", "车辆调度员", [Q(2, "高中及以上"), Q(2, "汽车修理专业")], [["高中及以上", "高中"], ["汽车修理"]], "education"),
    T("业绩标准里第二条具体是多少", "kpi", "车辆调度员", [Q(2, "2.客户满意率达90%以上")], [["客户满意率"], ["90%"]])],
   ["pronoun", "ellipsis (switch attribute)", "ordinal (sub-list)"])
# 2 cx01 财务部经理
FU(2, "hr", "财务经理这个岗位要求持什么证书？", "attribute", "财务部经理",
   [Q(1, "会计师资格证书")], [["会计师"], ["资格证书"]],
   [T("那工作年限这块咋说", "attribute", "财务部经理", [Q(1, "八年以工业企业财务管理经验")], [["八年"], ["五年"]], "experience"),
    T("他手底下直接带哪几个人", "attribute", "财务部经理", [Q(1, "财务会计、出纳")], [["出纳"], ["财务会计", "成本会计"]], "subordinates"),
    OOS("顺便问一句，现在公司社保缴费比例一般是多少"),
    T("回到刚才那个岗位，年龄有限制吗", "qualification", "财务部经理", [Q(1, "35-45岁、性别不限")], [["35-45岁"], ["放宽"]])],
   ["ellipsis (switch attribute)", "pronoun", "out-of-scope mid", "back to earlier topic"], attr="certificate")
# 3 cx03 培训部经理
FU(3, "manager", "培训部经理平常都负责些啥事情", "duty", "培训部经理",
   [Q(3, "责培训部的日常管理工作"), Q(3, "责培训部员工的工作安排与绩效考核"), Q(3, "g)负责培训市场的开拓")],
   [["日常管理"], ["绩效考核"], ["培训市场"]],
   [T("第五条帮我展开讲讲呗", "duty", "培训部经理", [Q(3, "责培训计划的审核、和年度培训工作总结")], [["审核"], ["年度培训工作总结", "工作总结"]]),
    OOS("培训顾问呢，他的职责是啥", "培训顾问"),
    T("整个部门的职能里有没有讲师管理这块", "duty", None, [Q(3, "负责公司师资库的建立,包括外部讲师的管理")], [["师资库"], ["讲师"]])],
   ["ordinal", "switch role (near-miss: named, no duties)", "switch to department"])
# 4 cx04 人力资源部 KPI
FU(4, "hr", "人力资源部的KPI指标有哪些", "kpi", None,
   [Q(4, "部门费用预算达成率"), Q(4, "制度和流程的书面化比率"), Q(4, "人员编制控制率")],
   [["部门费用预算达成率"], ["制度和流程的书面化比率"], ["人员编制控制率"]],
   [T("就这几个？还有没有漏掉的", "kpi", None, [Q(4, "员工工资出错次数"), Q(4, "招聘费用预算达成率"), Q(4, "培训费用预算达成率"), Q(4, "员工绩效计划的按时完成率"),
       Q(4, "员工绩效考核申诉处理及时性"), Q(4, "招聘空缺职位所需的平均天数")],
      [["员工工资出错次数", "招聘费用预算达成率", "培训费用预算达成率"], ["员工绩效计划的按时完成率", "员工绩效考核申诉处理及时性", "招聘空缺职位所需的平均天数"]]),
    T("员工工资出错次数这个指标公式咋写的", "kpi", None, [Q(4, "(错误发放的工资次数/发放的工资次数)*100%")], [["错误发放的工资次数"], ["错误发放的人数"]]),
    T("那财务部那边的指标呢", "kpi", None, [Q(4, "公司财务预算达成率"), Q(4, "财务分析准确度"), Q(4, "现金收支准确性")],
      [["公司财务预算达成率"], ["财务分析准确度"], ["现金收支准确性"]])],
   ["more (还有吗)", "named indicator detail", "ellipsis (switch department)"])
# 5 cx04 审计部
FU(5, "manager", "审计部考核看哪几个指标", "kpi", None,
   [Q(4, "审计计划执行率"), Q(4, "审计报告一次经过率"), Q(4, "审计结果准确性")],
   [["审计计划执行率"], ["审计报告一次经过率"], ["审计结果准确性"]],
   [T("第四个指标的定义是什么", "kpi", None, [Q(4, "审计结果准确性"), Q(4, "审计结果更正的次数")], [["审计结果准确性"], ["审计结果更正的次数", "更正"]]),
    T("那要是换成资金部，看哪些", "kpi", None, [Q(4, "公司资金预算达成率"), Q(4, "资金收支准确度"), Q(4, "资金筹集计划编制及时率")],
      [["公司资金预算达成率"], ["资金收支准确度"], ["资金筹集计划编制及时率"]])],
   ["ordinal", "switch department (换成X呢)"])
# 6 cx05 研发经理 / 生产主管
FU(6, "hr", "研发经理岗位的任职要求有哪些", "qualification", "研发经理",
   [Q(5, "模具设计类专业，有经验者优先")], [["本科以上", "本科"], ["模具设计"]],
   [T("他进来以后具体负责哪些事", "duty", "研发经理", [Q(5, "开发设计适应市场需求的产品")], [["关注市场"], ["开发设计"]]),
    T("换成生产主管又是啥情况", "duty", "生产主管", [Q(5, "车间日常生产管理")], [["生产管理"], ["简化生产流程"]]),
    T("这两个岗位哪个要求的年龄范围更宽", "qualification", None,
      [Q(5, "模具设计类专业，有经验者优先"), Q(5, "本科以上，25-45岁，注塑类相关专业")], [["20-45岁"], ["25-45岁"]])],
   ["pronoun (switch attribute)", "switch role (换成X呢)", "comparison of last two posts"])
# 7 cx05 文案策划 / 机械技术员
FU(7, "new_hire", "文案策划这个岗位干啥的", "duty", "文案策划",
   [Q(5, "负责宣传推广文案及宣传资料文案的撰写")], [["宣传推广文案", "宣传"], ["采编"]],
   [T("待遇方面给得咋样", "attribute", "文案策划", [Q(5, "有亲和力，善于沟通")], [["薪资面议", "面议"], ["免费食宿", "食宿"]], "pay"),
    T("机械技术员也是这样吗", "attribute", "机械技术员", [Q(5, "机械技术底子深厚，有创新精神")], [["面议"], ["食宿"]], "pay"),
    T("那机械技术员年龄上限多少", "qualification", "机械技术员", [Q(5, "机械技术员（4名）"), Q(5, "机械技术底子深厚，有创新精神")], [["45岁"], ["机械技术员"]])],
   ["ellipsis (switch attribute)", "switch role + pronoun (也是这样吗)", "switch attribute"])
# 8 cx06 DBA / 测试经理
FU(8, "new_hire", "DBA岗位要求有哪些", "qualification", "DBA",
   [L(6, 69, 74)], [["本科"], ["MySQL"], ["备份"]],
   [T("一个月工资能拿多少", "attribute", "DBA", [L(6, 62)], [["15K"], ["45K"]], "pay"),
    T("办公地点落在哪个城市来着", "attribute", "DBA", [L(6, 62)], [["广州"], ["慧算账"]], "location"),
    T("同一家公司的测试经理呢，工资一样吗", "attribute", "测试工程师", [L(6, 50)], [["15K"], ["45K"]], "pay")],
   ["ellipsis (switch attribute)", "ellipsis (switch attribute)", "switch role (short title) + comparison"])
# 9 cx06 SRE
FU(9, "manager", "宝洁那边招的SRE平时做什么工作", "duty", "平台Site Reliability Engineer",
   [L(6, 122, 123)], [["DevOps平台"], ["运维"]],
   [T("得有几年相关经验才行", "attribute", "平台Site Reliability Engineer", [L(6, 125)], [["4年以上"], ["系统管理员"]], "experience"),
    T("英文这块他们有没有卡要求", "qualification", "平台Site Reliability Engineer", [L(6, 129)], [["英语能力"], ["有一定"]]),
    OOS("顺便教我一下Kubernetes怎么部署一个集群")],
   ["ellipsis", "ellipsis (switch attribute)", "out-of-scope (near-miss: skill named in posting)"])
# 10 cx06 Golang
FU(10, "hr", "Go后端那个岗位的要求", "qualification", "Golang 后端",
   [L(6, 33, 42)], [["Golang"], ["MySQL", "PostgreSQL"], ["k8s", "docker"]],
   [T("除了硬性要求，还有啥加分的点", "qualification", "Golang 后端", [L(6, 44, 49)], [["terraform"], ["开源作品"]]),
    T("那薪资范围大概多少呢", "attribute", "Golang 后端", [L(6, 27)], [["20-40k", "20"], ["40k"]], "pay"),
    T("工作地点可以远程吗", "attribute", "Golang 后端", [L(6, 27)], [["远程"], ["杭州"]], "location")],
   ["ellipsis", "ellipsis (switch attribute)", "switch attribute"])
# 11 cx06 前端 postings
FU(11, "hr", "美团成都的前端工程师要求几年经验", "attribute", "前端开发工程师",
   [L(6, 86)], [["3年"], ["互联网研发"]],
   [T("换京东物流那个看看呢", "attribute", "前端开发工程师", [L(6, 99)], [["3-5年"], ["前端开发经验"]], "experience"),
    T("京东这个要会哪些前端框架", "attribute", "前端开发工程师", [L(6, 101)], [["React"], ["Vue"]], "skills"),
    T("第六条是什么", "qualification", "前端开发工程师", [L(6, 104)], [["Flutter"], ["移动端开发"]])],
   ["switch company (ellipsis)", "pronoun (这个) + switch attribute", "ordinal"], attr="experience")
# 12 cx06 产品经理
FU(12, "manager", "Moka的产品经理职责", "duty", "产品经理",
   [L(6, 13, 17)], [["绩效爆品"], ["用户行为数据分析", "数据分析"], ["跨团队合作"]],
   [T("第二条具体说什么", "duty", "产品经理", [L(6, 15)], [["UI/UE"], ["产品解决方案"]]),
    T("这个岗位的加分项写了啥", "qualification", "产品经理", [L(6, 25, 26)], [["绩效业务经验"], ["OKR"]]),
    T("薪资怎么算的，几薪", "attribute", "产品经理", [L(6, 13)], [["15k-40k"], ["*15", "15薪"]], "pay")],
   ["ordinal", "ellipsis (switch attribute)", "ellipsis (switch attribute)"])
# 13 cx07 采购员
FU(13, "new_hire", "采购员进去主要做哪些工作内容", "duty", "采购员",
   [L(7, 153, 179)], [["采购制度"], ["与供应商谈判", "供应商谈判"], ["采购计划"]],
   [T("第四点展开说说", "duty", "采购员", [L(7, 164, 166)], [["价格"], ["付款方式"], ["交货日期"]]),
    T("那任职条件是怎么写的", "qualification", "采购员", [L(7, 150)], [["大专"], ["物流及供应链管理"], ["3年以上采购主管"]]),
    T("招男的还是女的，性别有讲究吗", "qualification", "采购员", [L(7, 148, 150)], [["男"], ["采购员"]])],
   ["ordinal", "ellipsis (switch attribute)", "switch attribute"])
# 14 cx07 焊工 / 铆工
FU(14, "hr", "焊工招聘要什么条件", "qualification", "焊工",
   [L(7, 129, 134)], [["高中"], ["焊工证"], ["40岁以下"]],
   [T("铆工那边又怎么样呢", "qualification", "铆工", [L(7, 139, 144)], [["3年以上"], ["钢结构"]]),
    T("这俩岗位的学历门槛一样不一样", "attribute", None, [L(7, 130), L(7, 140)], [["高中及以上"], ["高中级以上"]], "education"),
    T("焊工那个证是哪里发的", "attribute", "焊工", [L(7, 133)], [["质监局"], ["焊工证"]], "certificate")],
   ["switch role (ellipsis)", "comparison of last two posts", "back to earlier topic"])
# 15 cx07 维修电工 / 机修工
FU(15, "new_hire", "维修电工要干些啥", "duty", "维修电工",
   [L(7, 305, 320)], [["安全技术操作规程"], ["例保"], ["挂牌"]],
   [T("第二条具体是啥意思，讲讲", "duty", "维修电工", [L(7, 312)], [["例保、一保、二保"], ["大修"]]),
    T("干这个要持什么证上岗", "attribute", "维修电工", [L(7, 303)], [["资格证书"], ["职业培训", "考核合格"]], "certificate"),
    T("机修工的年龄限制是多少", "qualification", "机修工", [L(7, 270, 272)], [["50周岁以下"], ["机修工"]])],
   ["ordinal", "ellipsis (switch attribute)", "switch role"])
# 16 cx07 生产技术部长 / 销售员
FU(16, "manager", "生产技术部长这个位子要什么资历", "qualification", "生产技术部长",
   [L(7, 71, 87)], [["大专及以上"], ["10年以上"], ["车间主任"]],
   [OOS("他的岗位职责页面上写了哪些", "生产技术部长"),
    T("任职资格第三条讲的是什么", "qualification", "生产技术部长", [L(7, 80, 82)], [["经营管理"], ["事业部总经理"]]),
    T("销售员呢，待遇怎样", "attribute", "销售员", [L(7, 121, 124)], [["双休"], ["面议"], ["社会保险"]], "pay")],
   ["pronoun (near-miss: field absent)", "ordinal", "switch role"])
# 17 cx07 高压值班电工
FU(17, "hr", "高压值班电工需要什么证书", "attribute", "高压值班电工",
   [L(7, 296)], [["高压电工"], ["资格证"]],
   [T("年龄上限呢", "qualification", "高压值班电工", [L(7, 296)], [["45周岁"], ["以下"]]),
    OOS("他每天具体做哪些工作", "高压值班电工"),
    T("那维修电工的学历要求呢", "attribute", "维修电工", [L(7, 303)], [["中专"], ["以上"]], "education")],
   ["ellipsis", "pronoun (near-miss: no duties posted)", "switch role"], attr="certificate")
# 18 cx08 出纳 reporting
FU(18, "new_hire", "培训学校那个出纳岗，直接主管是谁啊", "attribute", "出纳",
   [Q(8, "直接主管:分校校长")], [["分校"], ["校长"]],
   [T("再往上一级的隔级领导呢", "attribute", "出纳", [Q(8, "直接主管:分校校长")], [["隔级"], ["总经理"]], "reports_to"),
    T("她每天都得往上报什么东西", "duty", "出纳", [Q(8, "每天报财务“资金汇报”")], [["资金汇报"], ["每天"]]),
    T("第七条呢", "duty", "出纳", [Q(8, "按领导审批过的退费手续")], [["退费"], ["审批"]])],
   ["ellipsis", "pronoun", "ordinal"], attr="reports_to")
# 19 cx08 出纳 qualification
FU(19, "hr", "出纳岗位对学历和专业怎么要求", "qualification", "出纳",
   [Q(8, "会计、金融类专业大专或以上学历")], [["会计"], ["大专"]],
   [T("证书方面呢，要考啥证", "attribute", "出纳", [Q(8, "会计、金融类专业大专或以上学历")], [["会计从业"], ["资格证"]], "certificate"),
    T("男的女的都能招吗", "qualification", "出纳", [Q(8, "性 别 不限(女姓佳)")], [["不限"], ["女"]]),
    OOS("这个岗的薪资级别定的是几级", "出纳")],
   ["ellipsis (switch attribute)", "switch attribute (colloquial)", "near-miss: empty field"])
# 20 cx09 人事行政部经理
FU(20, "manager", "人事行政部经理的考核指标分哪几类，各占多少权重", "kpi", "人事行政部经理",
   [L(9, 8, 23)], [["财务类"], ["内部运营类"], ["客户类"], ["学习成长革新类"]],
   [T("内部运营类里面哪个指标权重最高", "kpi", "人事行政部经理", [L(9, 14)], [["绩效、薪资管理完成率"], ["15%"]]),
    T("它的评分规则是怎么定的", "kpi", "人事行政部经理", [L(9, 14)], [["扣2分"], ["因个人原因"]]),
    T("哪个指标权重是0", "kpi", "人事行政部经理", [L(9, 15)], [["工作流程改善目标完成率"], ["0%"]])],
   ["ellipsis (sub-group)", "pronoun", "switch criterion"])
# 21 cx09 客户类 / 学习成长
FU(21, "hr", "人事行政经理绩效表里客户类考核什么", "kpi", "人事行政部经理",
   [L(9, 17, 18)], [["内部员工满意率"], ["后勤投诉次数"]],
   [T("后勤投诉次数那项怎么扣分", "kpi", "人事行政部经理", [L(9, 18)], [["投诉一次"], ["扣1分"]]),
    T("学习成长那一块又有啥指标", "kpi", "人事行政部经理", [L(9, 19, 22)], [["部门员工保有率"], ["人力计划完成率"], ["员工测评"]]),
    T("员工保有率多少算达标", "kpi", "人事行政部经理", [L(9, 19)], [["70%"], ["5分"]])],
   ["named indicator detail", "ellipsis (switch dimension)", "short indicator name"])
# 22 cx10 导购
FU(22, "new_hire", "导购员一般负责哪些工作", "duty", "导购",
   [L(10, 9, 17), L(10, 23, 29), L(10, 43, 51)], [["接待顾客"], ["收银"], ["盘点"]],
   [T("她平时归谁管啊", "attribute", "导购", [L(10, 43)], [["店长"], ["负责", "领导"]], "reports_to"),
    T("招聘要求有啥", "qualification", "导购", [L(10, 31, 39)], [["学历不限"], ["轮班"], ["粤语"]]),
    T("第四条说的什么", "qualification", "导购", [L(10, 39)], [["卖场促销"], ["专业培训"]])],
   ["pronoun", "ellipsis (switch attribute)", "ordinal"])
# 23 cx11 酒店前台 schedule/benefits
FU(23, "new_hire", "酒店前台上什么班", "attribute", "酒店前台",
   [L(11, 15)], [["两班轮班", "轮班"], ["8:00—16:00", "8:00"]],
   [T("那一个月能休几天假", "attribute", "酒店前台", [L(11, 14)], [["4天"], ["调休"]], "benefits"),
    T("除了这个还有啥福利没", "attribute", "酒店前台", [L(11, 16)], [["生日"], ["免费食宿", "食宿"]], "benefits"),
    T("遇到客人投诉前台怎么处理", "duty", "酒店前台", [L(11, 6)], [["安抚情绪"], ["上报主管"]])],
   ["ellipsis", "more (还有)", "switch attribute (short title)"], attr="benefits")
# 24 cx11 前台 duties
FU(24, "hr", "前台岗位核心工作有哪几块", "duty", "酒店前台",
   [L(11, 2, 7)], [["入住"], ["退房结算"], ["预订管理"]],
   [T("第三块具体讲讲是干嘛的", "duty", "酒店前台", [L(11, 5)], [["超售"], ["房态"]]),
    OOS("顺便问下，酒店附近有什么好吃的餐厅推荐吗"),
    T("那对人有什么要求", "qualification", "酒店前台", [L(11, 8, 12)], [["形象良好"], ["收银系统"], ["应变能力"]])],
   ["ordinal", "out-of-scope mid (near-miss: 周边餐饮)", "back to topic (switch attribute)"])
# 25 cx12 行政主管
FU(25, "manager", "行政主管岗直属上级是哪个职位", "attribute", "行政主管",
   [L(12, 9, 10)], [["行政经理"], ["直属上级"]],
   [T("在哪个部门底下", "attribute", "行政主管", [L(12, 15, 16)], [["行政管理部"], ["所在部门"]], "department"),
    T("65%时间花在什么上面", "duty", "行政主管", [L(12, 38, 47)], [["归档"], ["大事记"], ["固定资产"]]),
    OOS("这些工作完成得好不好拿什么业绩标准衡量", "行政主管")],
   ["ellipsis (switch attribute)", "ellipsis (time share)", "pronoun (near-miss: 略)"], attr="reports_to")
# 26 cx12 typo
FU(26, "new_hire", "行政主观岗位是干嘛的", "duty", "行政主管",
   [L(12, 25, 26)], [["协助行政经理"], ["行政服务支持"]],
   [T("部门内部建设那部分包括哪些", "duty", "行政主管", [L(12, 49, 54)], [["技能培训"], ["考勤"], ["接待"]]),
    T("它占多少时间比例", "duty", "行政主管", [L(12, 48, 49)], [["15%"], ["部门内部建设"]]),
    OOS("那学历卡多少", "行政主管")],
   ["ellipsis (sub-section)", "pronoun", "ellipsis (near-miss: field absent)"])
# 27 cx13 人力资源专员 / 招聘专员
FU(27, "hr", "人力资源专员对学历、专业有啥要求", "qualification", "人力资源专员",
   [L(13, 3)], [["本科"], ["人力资源"], ["管理类"]],
   [T("那工作经验要求多久", "attribute", "人力资源专员", [L(13, 4)], [["1-2年"], ["IT相关企业"]], "experience"),
    T("招聘专员转正考核那块负责什么", "duty", "招聘专员", [L(13, 15, 18)], [["转正考核"], ["转正通知"], ["异动手续"]]),
    T("招聘计划发布在哪里", "duty", "招聘专员", [L(13, 14)], [["内部信息网"], ["招聘计划"]])],
   ["ellipsis (switch attribute)", "switch role", "detail"])
# 28 cx14 财务分析 KPI
FU(28, "manager", "财务部内控与财务分析这张表有哪些KPI", "kpi", "财务分析会计",
   [L(14, 2, 7)], [["企业内控制度的调整"], ["财务分析报告"], ["利润中心的操作维护"], ["月底结帐处理"]],
   [T("这几个的权重分别是多少", "kpi", "财务分析会计", [L(14, 3, 6)], [["25%"], ["30%"], ["20%"]]),
    T("财务分析报告的评分项呢", "kpi", "财务分析会计", [L(14, 12, 17)], [["格式"], ["数据的准确性"], ["报告提交的及时性"]]),
    T("利润中心那条怎么扣分", "kpi", "财务分析会计", [L(14, 5)], [["-5分"], ["0分"]])],
   ["ellipsis (switch attribute)", "ellipsis", "back to earlier topic"])
# 29 cx15 教务
FU(29, "hr", "教务这个岗位任职资格有哪些", "qualification", "教务",
   [L(15, 2, 6)], [["专科"], ["师范"], ["2年以上"]],
   [T("性别有限制吗", "qualification", "教务", [L(15, 4)], [["男女不限"], ["性别"]]),
    T("基本素养包括什么", "qualification", "教务", [L(15, 7, 10)], [["责任心强"], ["会爱学生"], ["宽容乐观"]]),
    OOS("教务老师月薪一般给多少钱", "教务")],
   ["ellipsis (switch attribute)", "ellipsis (section)", "near-miss: pay not stated"])
# 30 cx16 薪资核算
FU(30, "hr", "薪酬核算专员工作职责", "duty", "薪资核算专员",
   [L(16, 3, 13)], [["计提"], ["个税申报"], ["年终奖"]],
   [T("第六项具体内容", "duty", "薪资核算专员", [L(16, 9)], [["个人所得税"], ["汇算清缴"]]),
    T("这个需要几年的经验", "attribute", "薪资核算专员", [L(16, 16)], [["2年以上"], ["薪酬核算经验"]], "experience"),
    OOS("个税起征点现在是每月多少钱")],
   ["ordinal", "ellipsis (switch attribute)", "out-of-scope (law)"])

# singles
def S(n, iid, persona, intent, q, role, ev, kp, attr=None, tool=None):
    items.append({"id": iid, "persona": persona, "intent": intent, "question": q, "role": role, "attribute": attr,
                  "evidence": ev, "key_points": kp, "expect_refusal": intent == "out_of_scope", "turns": None, "tool": tool})
S(1, "xfu-jd-01", "hr", "jd", "帮我起草车辆调度员的JD初稿，要带出处", "车辆调度员",
  [Q(2, "1.根据客户有车需求,对人员车辆进行合理调配"), Q(2, "2.车辆值班安排")], [["调配"], ["值班"]],
  tool={"kind": "jd", "role": "车辆调度员", "must_cite_files": [F[2]], "expect_sections": ["duties", "qualifications"]})
S(2, "xfu-kd-01", "manager", "kpi_design", "帮财务部设计5个KPI考核指标，附上出处", None,
  [Q(4, "账务处理及时性"), Q(4, "现金收支准确性"), Q(4, "财务资料完好性")],
  [["账务处理及时性"], ["现金收支准确性"], ["财务资料完好性"]],
  tool={"kind": "kpi_design", "role": "财务部", "count": 5, "must_cite_files": [F[4]],
        "expected_indicators": ["账务处理及时性", "现金收支准确性", "财务资料完好性"]})
S(3, "xfu-attr-01", "new_hire", "attribute", "财务部经理直接向谁汇报", "财务部经理",
  [Q(1, "直接上级"), Q(1, "财务总监")], [["财务总监", "财务部总监"], ["直接上级"]], attr="reports_to")
S(4, "xfu-qual-01", "hr", "qualification", "剪板机操作工招人有啥要求", "剪板机操作工",
  [L(7, 186)], [["初中"], ["下料"], ["剪板机"]])
S(5, "xfu-oos-01", "new_hire", "out_of_scope", "公司的产假一般有多少天", None, [], [])
S(6, "xfu-oos-02", "hr", "out_of_scope", "我们质检员岗位一般要负责哪些事", None, [], [])

out = []
for it in items:
    it.pop("_first_intent", None)
    out.append(json.dumps(it, ensure_ascii=False))
(HERE / "set.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
(HERE / "forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(items), "items;", sum(len(v) for v in forms.values()), "later turns")
