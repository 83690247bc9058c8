#!/usr/bin/env python3
"""Build set.jsonl for the 丰禾牧业 corpus (line numbers looked up by text)."""
import json
from pathlib import Path

C = Path("/tmp/t27farm/corpus")
SOP = "丰禾牧业_岗位作业指导书汇编2024.docx"
KPI = "生产线绩效考核方案_2024H2.xlsx"
PAY = "2024年生产线计件工资标准.xlsx"
BIO = "生物安全管理制度.pdf"
HTML = "careers.html"
MD = "新员工隔离入场须知.md"
TXT = "场区值班表及交接班要求.txt"
CSV = "定岗定编表.csv"
MAIL = "转发_驻场兽医岗位JD.txt"
ORG = "组织架构及管理岗位职责.docx"


def lines(f):
    b = (C / f).read_bytes()
    enc = "gbk" if f == TXT else "utf-8"
    return b.decode(enc).splitlines()


def ln(f, sub, after=0):
    ls = lines(f)
    hits = [i + 1 for i, l in enumerate(ls) if sub in l and i + 1 > after]
    assert hits, (f, sub)
    return hits[0]


def L(f, a, b=None, after=0):
    s = ln(f, a, after)
    e = ln(f, b, s - 1) if b else s
    return {"file": f, "line_start": s, "line_end": e}


def Q(f, q):
    return {"file": f, "quote": q}


items = []


def add(id_, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append({"id": id_, "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attribute, "evidence": ev, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(q, intent, role, ev, kp, attribute=None):
    d = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute:
        d["attribute"] = attribute
    return d


def OT(q, role=None):
    return {"question": q, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": []}


P = "r27f-"
# ------------------------------------------------------------------ duty
add(P + "duty-01", "new_hire", "duty", "配种员每天都干些啥？从早到晚咋安排的", "配种员",
    [Q(SOP, "用试情公猪对断奶母猪、后备母猪逐头查情"), Q(SOP, "对发情母猪实施人工授精"),
     Q(SOP, "配种后23-28天用B超测孕"), Q(SOP, "公猪调教、采精与精液稀释分装"),
     L(HTML, "每天早晚查情", "填写配种记录并录入")],
    [["查情"], ["人工授精", "输精"], ["测孕", "妊娠检测"], ["采精"]])
add(P + "duty-02", "new_hire", "duty", "产房饲养员主要干哪些活", "产房饲养员",
    [Q(SOP, "接产与护理：擦干仔猪、断脐"), Q(SOP, "仔猪处理：剪牙、断尾、补铁"),
     Q(SOP, "仔猪补料、记录产仔及死亡情况"), Q(SOP, "哺乳母猪饲喂，每天3-4次")],
    [["接产"], ["剪牙", "断尾", "补铁"], ["寄养"], ["断奶"]])
add(P + "duty-03", "new_hire", "duty", "保育员日常要做啥工作", "保育饲养员",
    [Q(SOP, "巡栏：观察仔猪精神、呼吸、粪便"), Q(SOP, "过渡期教槽料与保育料逐步混合"),
     Q(SOP, "调整栏舍温度与通风"), Q(SOP, "按计划转群至育肥场")],
    [["病弱猪"], ["教槽料", "换料"], ["温度", "通风"], ["转群"]])
add(P + "duty-04", "hr", "duty", "防疫员负责哪些事情", "防疫员",
    [Q(BIO, "按免疫程序实施疫苗接种并登记免疫档案"), Q(BIO, "负责病死猪无害化处理的登记与交接")],
    [["疫苗接种"], ["消毒"], ["无害化处理"], ["灭鼠", "灭蝇"]])
add(P + "duty-05", "new_hire", "duty", "环控员平时负责啥", "环控技术员",
    [L(HTML, "负责猪舍风机、水帘", "负责发电机的定期试机")],
    [["风机", "水帘"], ["环控器"], ["报警"], ["发电机"]])
add(P + "duty-06", "manager", "duty", "场长岗位职责有哪些", "场长",
    [Q(ORG, "全面负责本场生产、生物安全和成本管理"), Q(ORG, "制定月度生产计划和配种、分娩、转群计划"),
     Q(ORG, "负责本场人员排班、休假审批和月度绩效考核"), Q(ORG, "审批场内物资领用及采购申请"),
     Q(BIO, "组织制定本场生物安全方案并监督落实"), Q(BIO, "每周组织一次生物安全检查并通报结果")],
    [["生产计划"], ["排班", "休假审批"], ["物资领用", "采购申请"], ["生物安全"]])
add(P + "duty-07", "hr", "duty", "线长主要管哪些事", "生产主管",
    [Q(ORG, "按作业指导书安排本线饲养员的每日作业"), Q(ORG, "每日抽查关键控制点，填写抽查记录"),
     Q(ORG, "统计本线生产数据，每周一上报生产周报"), Q(ORG, "负责新入职饲养员的岗前带教和技能考核")],
    [["作业指导书", "每日作业"], ["关键控制点"], ["周报"], ["带教"]])
add(P + "duty-08", "hr", "duty", "饲料厂化验员的工作职责是啥", "饲料厂质检员",
    [L(HTML, "负责玉米、豆粕等原料入厂检测", "对不合格原料提出拒收意见")],
    [["原料入厂检测", "霉菌毒素"], ["抽检", "留样"], ["近红外分析仪"], ["拒收", "检测报告"]])
add(P + "duty-09", "manager", "duty", "转猪车司机生物安全上要做到哪些", "猪只转运司机",
    [Q(BIO, "车辆每次返回后须在洗消中心清洗、消毒并烘干"), Q(BIO, "不得驶入生产区，在中转站交接猪只"),
     L(HTML, "出车返回后按规定完成车辆洗消烘干")],
    [["洗消中心", "洗消烘干"], ["中转站"], ["行车路线"]])
# ------------------------------------------------------------------ qualification
add(P + "qual-01", "hr", "qualification", "配种技术员要什么学历跟经验？", "配种员",
    [Q(SOP, "本岗位向配种妊娠线线长汇报"), L(HTML, "中专及以上学历，畜牧兽医相关专业优先", "1年以上规模猪场配种经验")],
    [["中专"], ["1年以上"], ["畜牧兽医"]])
add(P + "qual-02", "hr", "qualification", "驻场兽医任值要求是啥", "驻场兽医",
    [L(MAIL, "任职要求", "每月休假4天。")],
    [["本科"], ["动物医学"], ["3年以上"], ["执业兽医资格证"]])
add(P + "qual-03", "hr", "qualification", "招环控技术员有啥要求？要电工证不", "环控技术员",
    [L(HTML, "大专及以上学历，机电一体化", "服从住场管理")],
    [["大专"], ["机电一体化", "电气自动化"], ["2年以上"], ["低压电工作业证"]])
add(P + "qual-04", "manager", "qualification", "当场长需要什么条件", "场长",
    [Q(ORG, "本科及以上学历，畜牧、兽医类专业"), Q(ORG, "5年以上规模猪场管理经验")],
    [["本科"], ["畜牧"], ["5年以上"], ["副场长"]])
add(P + "qual-05", "new_hire", "qualification", "饲料厂质检员招人要求高吗", "饲料厂质检员",
    [L(HTML, "大专及以上学历，动物营养", "能熟练操作近红外分析仪")],
    [["大专"], ["动物营养", "食品检测", "化学"], ["1年以上"], ["饲料卫生标准", "近红外分析仪"]])
add(P + "qual-06", "new_hire", "qualification", "开转猪车要啥驾照", "猪只转运司机",
    [L(HTML, "持A2及以上驾驶证", "年龄50周岁以下")],
    [["A2"], ["3年以上"], ["无重大交通事故"]])
add(P + "qual-07", "new_hire", "qualification", "产房饲养员没经验能干吗，要求高不高", "产房饲养员",
    [Q(SOP, "本岗位向产房线线长汇报")],
    [["初中"], ["7天岗前带教", "岗前带教"], ["夜间值班"]])
# ------------------------------------------------------------------ attribute
add(P + "attr-01", "new_hire", "attribute", "保育饲养员的直接领导是谁", "保育饲养员",
    [Q(SOP, "本岗位向保育线线长汇报"), L(CSV, "保育饲养员|保育员")],
    [["保育线"], ["线长", "生产主管"]], attribute="reports_to")
add(P + "attr-02", "new_hire", "attribute", "育肥饲养员归谁管", "育肥饲养员",
    [Q(SOP, "本岗位向二分场（育肥场）场长汇报"), L(CSV, "育肥饲养员|")],
    [["二分场"], ["场长"]], attribute="reports_to")
add(P + "attr-03", "manager", "attribute", "驻场兽医下面带几个人", "驻场兽医",
    [L(MAIL, "直接下属"), L(CSV, "兽医助理|"), L(CSV, "防疫员|")],
    [["防疫员"], ["兽医助理"]], attribute="subordinates")
add(P + "attr-04", "hr", "attribute", "兽医一定要执业兽医证吗？只有助理执业兽医的行不行", "驻场兽医",
    [L(MAIL, "会上说的执业兽医资格证是硬性要求"), L(MAIL, "持有执业兽医资格证")],
    [["执业兽医资格证"], ["不考虑"]], attribute="certificate")
add(P + "attr-05", "new_hire", "attribute", "产房饲养员一个月大概能拿多少钱", "产房饲养员",
    [Q(PAY, "每头合格断奶仔猪"), Q(PAY, "6000-8500"), Q(PAY, "保底5000元，封顶12000元")],
    [["6000-8500"], ["3.5", "每头合格断奶仔猪"]], attribute="pay")
add(P + "attr-06", "new_hire", "attribute", "饲料厂质检员在哪上班？要住场不", "饲料厂质检员",
    [L(HTML, "河南驻马店·饲料厂（不住场）"), L(MD, "<td>饲料厂质检员</td>")],
    [["饲料厂"], ["不住场"]], attribute="location")
add(P + "attr-07", "new_hire", "attribute", "驻场兽医工资多少", "驻场兽医",
    [L(MAIL, "薪资待遇")],
    [["10000-14000"], ["PSY", "年终奖"]], attribute="pay")
add(P + "attr-08", "new_hire", "attribute", "环控技术员要住场吗，多久休一次", "环控技术员",
    [L(HTML, "服从住场管理，每月休假4天"), L(MD, "<td>环控技术员</td>")],
    [["住场"], ["4天"]], attribute="benefits")
add(P + "attr-09", "hr", "attribute", "司机属于哪个部门管", "猪只转运司机",
    [L(CSV, "猪只转运司机|"), Q(ORG, "物流主管")],
    [["物流主管"], ["洗消中心"]], attribute="department")
add(P + "attr-10", "hr", "attribute", "育肥饲养员学历有要求吗", "育肥饲养员",
    [Q(SOP, "本岗位向二分场（育肥场）场长汇报")],
    [["初中"], ["身体健康", "体力劳动"]], attribute="education")
# ------------------------------------------------------------------ kpi
add(P + "kpi-01", "manager", "kpi", "产房饲养员咋考核，看哪些指标", "产房饲养员",
    [Q(KPI, "断奶成活率"), Q(KPI, "窝均断奶数"), Q(KPI, "断奶均重"), Q(KPI, "产房卫生评分")],
    [["断奶成活率"], ["窝均断奶数"], ["断奶均重"]])
add(P + "kpi-02", "manager", "kpi", "育肥FCR目标定的多少？怎么算", "育肥饲养员",
    [Q(KPI, "育肥期饲料消耗总量÷育肥期增重总量"), Q(KPI, "≤2.55")],
    [["2.55"], ["育肥期饲料消耗总量÷育肥期增重总量"]])
add(P + "kpi-03", "manager", "kpi", "场长的PSY咋算的，目标是多少头", "场长",
    [Q(KPI, "年断奶仔猪总数÷平均存栏母猪数"), Q(KPI, "≥26头")],
    [["年断奶仔猪总数÷平均存栏母猪数"], ["26"]])
add(P + "kpi-04", "hr", "kpi", "配种分娩率怎么考核，奖罚标准是啥", "配种员",
    [Q(KPI, "同期分娩母猪头数÷同期配种母猪头数×100%"), Q(KPI, "≥88%"), Q(KPI, "每高1个百分点奖励100元")],
    [["同期分娩母猪头数÷同期配种母猪头数"], ["88%"], ["每高1个百分点奖励100元"]])
add(P + "kpi-05", "manager", "kpi", "兽医的kpi都有啥？有一票否决的没", "驻场兽医",
    [Q(KPI, "全群死淘率"), Q(KPI, "免疫抗体合格率"), Q(KPI, "头均用药成本"), Q(KPI, "重大动物疫病零发生"),
     Q(KPI, "发生即当季绩效为0")],
    [["全群死淘率"], ["免疫抗体合格率"], ["头均用药成本"], ["重大动物疫病零发生", "当季绩效为0"]])
add(P + "kpi-06", "hr", "kpi", "饲料厂质检员考核什么指标", "饲料厂质检员",
    [Q(KPI, "原料检测及时率"), Q(KPI, "成品饲料抽检合格率"), Q(KPI, "霉菌毒素漏检次数")],
    [["原料检测及时率"], ["成品饲料抽检合格率"], ["霉菌毒素漏检次数"]])
# ------------------------------------------------------------------ jd
add(P + "jd-01", "hr", "jd", "帮我写个保育饲养员的JD", "保育饲养员",
    [Q(SOP, "巡栏：观察仔猪精神、呼吸、粪便"), Q(SOP, "过渡期教槽料与保育料逐步混合"), Q(SOP, "按计划转群至育肥场")],
    [["病弱猪"], ["教槽料", "换料"], ["转群"]],
    tool={"kind": "jd", "role": "保育饲养员", "must_cite_files": [SOP], "expect_sections": ["duties", "qualifications"]})
add(P + "jd-02", "hr", "jd", "起草一份防疫员岗位说明书", "防疫员",
    [Q(BIO, "按免疫程序实施疫苗接种并登记免疫档案"), Q(BIO, "负责病死猪无害化处理的登记与交接")],
    [["疫苗接种"], ["消毒"], ["无害化处理"]],
    tool={"kind": "jd", "role": "防疫员", "must_cite_files": [BIO], "expect_sections": ["duties"]})
add(P + "jd-03", "hr", "jd", "出一份驻场兽医的JD，要带任职要求", "驻场兽医",
    [L(MAIL, "岗位职责：", "培训饲养员的疾病识别")],
    [["免疫程序"], ["剖检"], ["兽药"]],
    tool={"kind": "jd", "role": "驻场兽医", "must_cite_files": [MAIL], "expect_sections": ["duties", "qualifications"]})
add(P + "jd-04", "hr", "jd", "给环控技术员写个招聘JD，要挂网上的", "环控技术员",
    [L(HTML, "负责猪舍风机、水帘", "负责发电机的定期试机")],
    [["风机"], ["环控器"], ["发电机"]],
    tool={"kind": "jd", "role": "环控技术员", "must_cite_files": [HTML], "expect_sections": ["duties", "qualifications"]})
# ------------------------------------------------------------------ kpi_design
add(P + "kd-01", "manager", "kpi_design", "给育肥饲养员设计一套KPI", "育肥饲养员",
    [Q(KPI, "育肥成活率"), Q(KPI, "料肉比（FCR）"), Q(KPI, "日增重（ADG）"), Q(KPI, "出栏合格率")],
    [["育肥成活率"], ["料肉比（FCR）"], ["日增重（ADG）"], ["出栏合格率"]],
    tool={"kind": "kpi_design", "role": "育肥饲养员", "count": None, "must_cite_files": [KPI],
          "expected_indicators": ["育肥成活率", "料肉比（FCR）", "日增重（ADG）", "出栏合格率"]})
add(P + "kd-02", "manager", "kpi_design", "帮配种员设计5个考核指标", "配种员",
    [Q(KPI, "配种分娩率"), Q(KPI, "返情率"), Q(KPI, "窝均总产仔数")],
    [["配种分娩率"], ["返情率"], ["窝均总产仔数"]],
    tool={"kind": "kpi_design", "role": "配种员", "count": 5, "must_cite_files": [KPI],
          "expected_indicators": ["配种分娩率", "返情率", "窝均总产仔数"]})
add(P + "kd-03", "manager", "kpi_design", "场长的绩效指标怎么定比较好，给个方案", "场长",
    [Q(KPI, "PSY（每头母猪每年提供断奶仔猪数）"), Q(KPI, "MSY（每头母猪每年出栏肥猪数）"), Q(KPI, "全群料肉比"),
     Q(KPI, "生物安全检查得分")],
    [["PSY"], ["MSY"], ["全群料肉比"], ["生物安全检查得分"]],
    tool={"kind": "kpi_design", "role": "场长", "count": None, "must_cite_files": [KPI],
          "expected_indicators": ["PSY", "MSY", "全群料肉比", "生物安全检查得分"]})
add(P + "kd-04", "hr", "kpi_design", "环控技术员的KPI帮我设计下", "环控技术员",
    [Q(KPI, "舍内环境达标率"), Q(KPI, "设备故障修复及时率"), Q(KPI, "头均电耗")],
    [["舍内环境达标率"], ["设备故障修复及时率"], ["头均电耗"]],
    tool={"kind": "kpi_design", "role": "环控技术员", "count": None, "must_cite_files": [KPI],
          "expected_indicators": ["舍内环境达标率", "设备故障修复及时率", "头均电耗"]})
# ------------------------------------------------------------------ followup
add(P + "fu-01", "new_hire", "followup", "产房饲养员是干啥的", "产房饲养员",
    [Q(SOP, "接产与护理：擦干仔猪、断脐"), Q(SOP, "仔猪处理：剪牙、断尾、补铁")],
    [["接产"], ["剪牙", "断尾", "补铁"]],
    turns=[T("那他归谁管", "attribute", "产房饲养员",
             [Q(SOP, "本岗位向产房线线长汇报"), L(CSV, "产房饲养员|")],
             [["产房线"], ["线长", "生产主管"]], attribute="reports_to"),
           T("考核看哪几个指标", "kpi", "产房饲养员",
             [Q(KPI, "断奶成活率"), Q(KPI, "窝均断奶数")], [["断奶成活率"], ["窝均断奶数"]])])
add(P + "fu-02", "new_hire", "followup", "驻场兽医薪资咋样", "驻场兽医",
    [L(MAIL, "薪资待遇")], [["10000-14000"], ["年终奖", "PSY"]], attribute="pay",
    turns=[T("学历呢", "qualification", "驻场兽医", [L(MAIL, "本科及以上学历")], [["本科"], ["动物医学"]]),
           OT("那防疫员呢，学历要求也一样吗？", "防疫员")])
add(P + "fu-03", "hr", "followup", "环控技术员职责说一下", "环控技术员",
    [L(HTML, "负责猪舍风机、水帘", "负责发电机的定期试机")], [["风机", "水帘"], ["环控器"]],
    turns=[T("他晚上值班要干嘛", "duty", "环控技术员",
             [L(TXT, "夜间值班22:00、02:00", "交接班时核对环控报警记录")],
             [["22:00", "02:00"], ["发电机"]]),
           T("这个岗位考核看什么", "kpi", "环控技术员",
             [Q(KPI, "舍内环境达标率"), Q(KPI, "设备故障修复及时率")],
             [["舍内环境达标率"], ["设备故障修复及时率"]])])
add(P + "fu-04", "new_hire", "followup", "配种员要啥条件", "配种员",
    [Q(SOP, "本岗位向配种妊娠线线长汇报"), L(HTML, "中专及以上学历，畜牧兽医相关专业优先")],
    [["中专"], ["1年以上"]],
    turns=[T("一个月能挣多少", "attribute", "配种员",
             [Q(PAY, "6500-9000"), L(HTML, "6500-9000元/月（含计件）")], [["6500-9000"], ["计件"]], attribute="pay"),
           T("母猪返情了还给算钱吗", "attribute", "配种员",
             [Q(PAY, "配种后分娩才计件，流产、返情不计")], [["返情不计", "分娩才计件"], ["流产"]], attribute="pay")])
add(P + "fu-05", "manager", "followup", "场长考核哪些指标", "场长",
    [Q(KPI, "PSY（每头母猪每年提供断奶仔猪数）"), Q(KPI, "MSY（每头母猪每年出栏肥猪数）"), Q(KPI, "全群料肉比")],
    [["PSY"], ["MSY"], ["全群料肉比"]],
    turns=[T("第二个怎么算", "kpi", "场长", [Q(KPI, "年出栏肥猪总数÷平均存栏母猪数")],
             [["年出栏肥猪总数"], ["平均存栏母猪数"]]),
           T("没达标扣多少钱", "kpi", "场长", [Q(KPI, "每低0.5头扣罚800元")], [["800"], ["每低0.5头"]])])
add(P + "fu-06", "hr", "followup", "转猪车司机招聘要求有哪些", "猪只转运司机",
    [L(HTML, "持A2及以上驾驶证", "年龄50周岁以下")], [["A2"], ["3年以上"]],
    turns=[T("在哪上班", "attribute", "猪只转运司机", [L(HTML, "河南驻马店·洗消中心")], [["洗消中心"], ["驻马店"]],
             attribute="location"),
           T("他能进场区吗", "attribute", "猪只转运司机",
             [L(MD, "<td>猪只转运司机</td>"), Q(BIO, "不得驶入生产区，在中转站交接猪只")],
             [["不进场", "不得驶入生产区"], ["中转站"]], attribute="location")])
add(P + "fu-07", "manager", "followup", "保育的关键控制点有哪些", "保育饲养员",
    [Q(SOP, "转入前栏舍空栏消毒并干燥3天"), Q(SOP, "教槽料到保育料过渡不少于5天")],
    [["转入应激", "空栏消毒"], ["换料", "过渡不少于5天"]],
    turns=[T("育肥的呢", "duty", "育肥饲养员",
             [Q(SOP, "每头猪占栏面积不小于0.8平方米"), Q(SOP, "肥猪经中转站交接，饲养员不得接触运输车辆")],
             [["饲养密度", "0.8平方米"], ["出栏交接", "中转站"]]),
           T("出栏体重多少合适", "duty", "育肥饲养员", [Q(SOP, "出栏体重115-125kg")], [["115-125kg"], ["出栏"]])])
add(P + "fu-08", "hr", "followup", "门卫的职责是什么", "门卫",
    [Q(BIO, "负责人员入场登记和物资消毒"), L(TXT, "交接入场登记表", "夜间大门一律上锁")],
    [["入场登记"], ["消毒"], ["洗澡", "更衣"]],
    turns=[OT("门卫工资多少", "门卫"),
           T("那厨师归谁管", "attribute", "厨师", [L(CSV, "厨师|")], [["后勤主管"], ["生活区", "后勤"]], attribute="reports_to")])
# ------------------------------------------------------------------ out of scope
for i, (persona, q, role) in enumerate([
    ("hr", "电工的岗位职责有哪些", "电工"),
    ("new_hire", "兽医助理要什么学历", "兽医助理"),
    ("new_hire", "母猪产后不吃料还发烧，该怎么治疗", None),
    ("new_hire", "厨师月薪多少钱", "厨师"),
    ("manager", "饲料厂厂长的岗位职责是什么", "饲料厂厂长"),
    ("hr", "育种专员的任职要求", None),
    ("hr", "猪场员工社保按啥比例交", None),
    ("manager", "生产总监需要什么资历", "生产总监"),
], 1):
    add(P + f"oos-{i:02d}", persona, "out_of_scope", q, role, [], [])

with open("/tmp/r27/farm/set.jsonl", "w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items))
