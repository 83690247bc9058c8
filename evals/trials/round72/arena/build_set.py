"""Builds set.jsonl for round 72 arena and checks it with evals/sets/validate.py's models and Doc.
Run with /work/main/.venv/bin/python (needs pydantic, pdfplumber, pypdf)."""
import json, sys
from pathlib import Path
sys.path.insert(0, "/tmp/r72code/evals/sets")
import validate  # unmodified

C = Path("/tmp/t72arena/corpus")
A01 = "a01_场馆运营部岗位说明书汇编.docx"; A02 = "a02_游泳馆岗位作业指导书.docx"
A03 = "a03_岗位绩效指标库2025.xlsx"; A04 = "a04_定岗定编与薪酬标准2025.xlsx"
A05 = "a05_招聘需求单导出.csv"; A06 = "a06_健身中心岗位信息.html"
A07 = "a07_安保与工程设备岗位责任制.pdf"; A08 = "a08_新员工入职指南.md"
A09 = "a09_票务专员岗位说明书.txt"; A10 = "a10_员工手册_考勤与休假.txt"
_docs = {}

def doc(f):
    if f not in _docs:
        _docs[f] = validate.Doc(C / f)
    return _docs[f]

def Q(f, quote):
    return {"file": f, "quote": quote}

def L(f, first, last=None):
    """line span from the line containing `first` to the line containing `last`."""
    lines = doc(f).lines
    a = next(i for i, l in enumerate(lines, 1) if first in l)
    b = a if last is None else next(i for i, l in enumerate(lines, 1) if i >= a and last in l)
    return {"file": f, "line_start": a, "line_end": b}

items = []
def add(id, persona, intent, q, role, ev, kp, attr=None, turns=None, tool=None):
    items.append(dict(id=f"ar-{id}", persona=persona, intent=intent, question=q, role=role, attribute=attr,
                      evidence=ev, key_points=kp, expect_refusal=intent == "out_of_scope", turns=turns, tool=tool))

def T(q, intent, role, ev, kp, attr=None):
    return dict(question=q, intent=intent, role=role, attribute=attr, evidence=ev, key_points=kp)

# ---------------- duty (14)
add("duty-01", "new_hire", "duty", "场馆运营经理平时主要干些啥？", "场馆运营经理",
    [Q(A01, "统筹体育场、体育馆日常运营，制定年度运营计划和预算"), Q(A01, "组织开展场馆安全检查，督促隐患整改闭环"),
     Q(A01, "负责场馆收入目标分解与经营数据分析")], [["运营计划"], ["安全检查"], ["经营分析报告"]])
add("duty-02", "new_hire", "duty", "我是新来的赛事专员，具体要负责哪些事情", "赛事活动专员",
    [Q(A01, "编制活动执行手册和现场点位图，组织彩排"), Q(A01, "收集主办方反馈，撰写活动复盘报告")],
    [["执行手册"], ["彩排"], ["复盘报告"]])
add("duty-03", "hr", "duty", "订场的那个岗位每天都做什么工作", "场地预订专员",
    [Q(A01, "每日导出预订系统订单，编制场地使用日报"), Q(A01, "处理订单改期、取消及退款申请"),
     Q(A01, "维护包场团体客户，跟进续订")], [["场地使用日报", "日报"], ["退款"], ["包场"]])
add("duty-04", "manager", "duty", "保洁领班一天的工作怎么安排的", "保洁领班",
    [Q(A02 if False else A01, "召开班前会，分配当日保洁责任区域"), Q(A01, "检查垃圾分类与清运记录，督促垃圾日产日清"),
     Q(A01, "填写保洁质量巡检表，安排活动散场后的清场保洁")], [["班前会"], ["垃圾分类"], ["巡检表"]])
add("duty-05", "new_hire", "duty", "救生员上班要做哪些事", "救生员",
    [Q(A02, "检查救生杆、救生圈、急救箱及AED等救生器材是否齐全有效"), Q(A02, "在救生高台定点值守，每30分钟与相邻岗位轮换一次"),
     Q(A02, "逐区巡视池底、池岸和更衣区，确认无人员滞留"), Q(A02, "填写救生值班记录，交接救生器材")],
    [["救生器材", "AED"], ["高台", "值守"], ["滞留", "巡视池底"], ["值班记录"]])
add("duty-06", "new_hire", "duty", "水质管理员的岗位职责", "水质管理员",
    [Q(A02, "检测池水余氯、pH值、浊度及水温，并在公示牌公示"), Q(A02, "复测水质指标，登记水质检测台账"),
     Q(A02, "反冲洗砂缸，清理毛发收集器")], [["余氯"], ["台账"], ["砂缸", "反冲洗"]])
add("duty-07", "hr", "duty", "健身教练的岗位职责是什么", "健身教练",
    [L(A06, "1、为会员进行体能测评", "5、协助设备运维工程师")], [["体能测评"], ["私教课"], ["器械"]])
add("duty-08", "new_hire", "duty", "会籍顾问主要负责啥呀", "会员顾问",
    [L(A06, "1、接待到访客户", "5、收集会员意见")], [["会籍"], ["续卡", "续费"], ["入会"]])
add("duty-09", "manager", "duty", "安保主管的工作职责有哪些", "安保主管",
    [Q(A07, "制定场馆日常安保方案和大型活动安保预案"), Q(A07, "负责消防控制室管理，督促消防设施每月检查"),
     Q(A07, "组织安保队员培训和每季度应急演练")], [["安保预案", "安保方案"], ["消防控制室"], ["应急演练"]])
add("duty-10", "new_hire", "duty", "设备运维要干什么活", "设备运维工程师",
    [Q(A07, "负责空调、给排水、供配电、电梯等设备的日常巡检"), Q(A07, "按计划开展预防性保养，建立设备档案"),
     Q(A07, "处理设备故障报修，接报后30分钟内到场")], [["巡检"], ["预防性保养"], ["30分钟"]])
add("duty-11", "new_hire", "duty", "草坪工平常干嘛，比赛完了要做啥", "草坪养护工",
    [Q(A07, "按养护计划对天然草坪进行修剪、灌溉、施肥"), Q(A07, "赛后及时修补草皮破损区域，回填沙土"),
     Q(A07, "赛前配合完成场地画线"), L(A05, "ZP2025-027")], [["修剪"], ["修补草皮", "草皮修补"], ["画线"]])
add("duty-12", "hr", "duty", "票务专员日常工作内容有哪些", "票务专员",
    [L(A09, "（1）负责赛事", "（5）管理纸质票据")], [["座位图"], ["验票"], ["对账"]])
add("duty-13", "hr", "duty", "暑期兼职救生员招进来负责什么", "暑期兼职救生员",
    [L(A05, "ZP2025-031")], [["室外池"], ["清场"], ["防溺水宣传"]])
add("duty-14", "manager", "duty", "厂馆运营经理要不要跟公安消防那边对接", "场馆运营经理",
    [Q(A01, "协调公安、消防、医疗等外部单位做好大型活动保障")], [["公安"], ["大型活动保障"]])

# ---------------- qualification (10)
add("qual-01", "new_hire", "qualification", "当救生员需要考什么证", "救生员",
    [Q(A02, "√ 持有游泳救生员国家职业资格证书（四级及以上）"), Q(A02, "√ 持有红十字会救护员证，能熟练操作AED")],
    [["游泳救生员国家职业资格证书"], ["救护员证"]])
add("qual-02", "hr", "qualification", "水质管理员任职要求是啥", "水质管理员",
    [Q(A02, "√ 中专及以上学历，化学、环境工程、给排水等相关专业"), Q(A02, "√ 1年以上水处理或游泳池水质管理经验"),
     Q(A02, "√ 持有游泳场所水质管理培训合格证")], [["中专"], ["水处理"], ["水质管理培训合格证"]])
add("qual-03", "hr", "qualification", "设备运维工程师招人有什么要求", "设备运维工程师",
    [Q(A07, "学历 大专及以上，机电一体化、电气自动化或暖通专业"), Q(A07, "经验 3年以上大型公共建筑设备运维经验"),
     Q(A07, "证书 低压电工作业证（特种作业操作证），制冷证优先")], [["大专"], ["3年"], ["低压电工"]])
add("qual-04", "manager", "qualification", "安保主管得具备啥条件", "安保主管",
    [Q(A07, "经验 3年以上安保管理经验，有大型活动安保经验者优先"), Q(A07, "证书 保安员证、消防设施操作员证（中级）")],
    [["保安员证"], ["消防设施操作员证"], ["3年"]])
add("qual-05", "hr", "qualification", "招健身教练的话有什么硬性要求", "健身教练",
    [L(A06, "value=\"大专及以上\""), L(A06, "1年以上私教授课经验"), L(A06, "健身教练证书")],
    [["大专"], ["私教"], ["健身教练证书", "ACE", "NSCA"]])
add("qual-06", "hr", "qualification", "场馆运营经理的任职条件", "场馆运营经理",
    [Q(A01, "本科及以上"), Q(A01, "5年以上大型场馆运营管理经验"), Q(A01, "体育管理、工商管理相关专业")],
    [["本科"], ["5年"], ["体育管理", "工商管理"]])
add("qual-07", "new_hire", "qualification", "赛事活动专员要啥学历经验", "赛事活动专员",
    [Q(A01, "体育、会展、市场营销类专业"), Q(A01, "2年以上活动执行经验")], [["2年"], ["活动执行"]])
add("qual-08", "new_hire", "qualification", "应聘票务需要满足什么条件", "票务专员",
    [L(A09, "学历：大专及以上", "技能：熟练使用票务系统"), L(A05, "ZP2025-032")], [["大专"], ["1年"], ["票务系统", "票务或收银"]])
add("qual-09", "manager", "qualification", "保洁领班的任职要求", "保洁领班",
    [Q(A01, "任职要求：初中及以上学历，3年以上物业保洁管理经验，身体健康，能适应早班。")], [["初中"], ["3年"]])
add("qual-10", "hr", "qualification", "草坪养护工招人啥要求", "草坪养护工",
    [Q(A07, "学历 初中及以上"), Q(A07, "经验 有园林绿化或草坪养护经验者优先"), L(A05, "ZP2025-027")],
    [["初中"], ["园林绿化", "草坪养护经验"]])

# ---------------- attribute (10)
add("attr-01", "new_hire", "attribute", "救生员归谁管？", "救生员",
    [Q(A02, "本岗位隶属游泳馆，直接向游泳馆馆长汇报，无下属，实行四班三运转"), L(A08, "| 救生员 |")], [["游泳馆馆长"]], attr="reports_to")
add("attr-02", "manager", "attribute", "场馆运营经理手下管哪几个岗位", "场馆运营经理",
    [Q(A01, "赛事活动专员、场地预订专员、保洁领班")], [["赛事活动专员"], ["场地预订专员"], ["保洁领班"]], attr="subordinates")
add("attr-03", "new_hire", "attribute", "票务专员在哪上班", "票务专员",
    [L(A09, "地点：澜城体育中心售票处"), L(A05, "ZP2025-032")], [["售票处"]], attr="location")
add("attr-04", "new_hire", "attribute", "健身教练工资怎么算的", "健身教练",
    [L(A06, "底薪4000元")], [["4000"], ["课时费"]], attr="pay")
add("attr-05", "hr", "attribute", "设备运维工程师月薪大概多少", "设备运维工程师",
    [Q(A04, "7500"), Q(A04, "9500")], [["7500"], ["9500"]], attr="pay")
add("attr-06", "hr", "attribute", "水质管理员要求什么专业", "水质管理员",
    [Q(A02, "√ 中专及以上学历，化学、环境工程、给排水等相关专业")], [["化学"], ["给排水", "环境工程"]], attr="major")
add("attr-07", "new_hire", "attribute", "场地预订专员在哪个位置办公", "场地预订专员",
    [Q(A01, "全民健身中心一楼服务台")], [["一楼服务台", "服务台"]], attr="location")
add("attr-08", "new_hire", "attribute", "安保主管属于哪个部门", "安保主管",
    [Q(A07, "所属部门 安保部 直接上级 安保部经理"), Q(A04, "安保部")], [["安保部"]], attr="department")
add("attr-09", "manager", "attribute", "保洁领班带多少人", "保洁领班",
    [Q(A01, "带领保洁员（12人）负责")], [["保洁员"], ["12"]], attr="subordinates")
add("attr-10", "new_hire", "attribute", "草坪养护工夏天有高温补贴吗", "草坪养护工",
    [Q(A04, "高温补贴"), Q(A04, "6-9月每月300元"), Q(A04, "草坪养护工、保洁领班、安保主管")], [["高温补贴"], ["300"]], attr="benefits")

# ---------------- kpi (5)
add("kpi-01", "manager", "kpi", "救生员考核哪些指标", "救生员",
    [Q(A03, "溺水安全事故起数"), Q(A03, "脱岗离岗次数"), Q(A03, "救生器材检查记录完整率"), Q(A03, "急救技能复训合格率")],
    [["溺水安全事故起数"], ["脱岗离岗次数"], ["救生器材检查记录完整率"]])
add("kpi-02", "hr", "kpi", "会员顾问的KPI是哪些，权重多少", "会员顾问",
    [Q(A03, "会籍销售额完成率"), Q(A03, "到期会员续卡率"), Q(A03, "会员有效投诉次数")],
    [["会籍销售额完成率"], ["到期会员续卡率"], ["会员有效投诉次数"]])
add("kpi-03", "manager", "kpi", "安保主管月度考核看什么", "安保主管",
    [L if False else Q(A07, "安全事故发生次数 30% 0起"), Q(A07, "消防设施月检完成率 20% 100%"), Q(A07, "应急演练次数 15% 每季度≥1次")],
    [["安全事故发生次数"], ["消防设施月检完成率"], ["应急演练次数"]])
add("kpi-04", "hr", "kpi", "票务专员怎么考核的", "票务专员",
    [L(A09, "票款差错率")], [["票款差错率"], ["日报提交及时率"], ["投诉"]])
add("kpi-05", "manager", "kpi", "场地预订专员绩效指标有啥", "场地预订专员",
    [Q(A03, "预订差错率"), Q(A03, "场地预订率"), Q(A03, "退款处理及时率")], [["预订差错率"], ["场地预订率"], ["退款处理及时率"]])

# ---------------- jd (3)
add("jd-01", "hr", "jd", "帮我写一份水质管理员的JD", "水质管理员",
    [Q(A02, "检测池水余氯、pH值、浊度及水温，并在公示牌公示"), Q(A02, "复测水质指标，登记水质检测台账")], [["余氯"], ["台账"]],
    tool=dict(kind="jd", role="水质管理员", must_cite_files=[A02], expect_sections=["duties", "qualifications"]))
add("jd-02", "hr", "jd", "给设备运维工程师出个招聘用的岗位描述", "设备运维工程师",
    [Q(A07, "按计划开展预防性保养，建立设备档案"), Q(A07, "处理设备故障报修，接报后30分钟内到场")], [["预防性保养"], ["故障报修"]],
    tool=dict(kind="jd", role="设备运维工程师", must_cite_files=[A07], expect_sections=["duties", "qualifications"]))
add("jd-03", "manager", "jd", "起草一个赛事活动专员的JD，要发招聘网站", "赛事活动专员",
    [Q(A01, "对接赛事及演出主办方，确认活动需求、场地布置及进退场时间"), Q(A01, "编制活动执行手册和现场点位图，组织彩排")],
    [["主办方"], ["执行手册"]],
    tool=dict(kind="jd", role="赛事活动专员", must_cite_files=[A01], expect_sections=["duties", "qualifications"]))

# ---------------- kpi_design (3)
def KD(id, persona, q, role, inds, count=None):
    add(id, persona, "kpi_design", q, role, [Q(A03, i) for i in inds], [[i] for i in inds],
        tool=dict(kind="kpi_design", role=role, count=count, must_cite_files=[A03], expected_indicators=inds))
KD("kd-01", "manager", "帮健身教练设计一套KPI，5个指标左右", "健身教练", ["私教课时完成量", "私教会员续课率", "课程满意度评分"], 5)
KD("kd-02", "manager", "水质管理员的绩效考核表帮我设计一下", "水质管理员", ["池水水质检测合格率", "水质检测台账完整率", "卫生监督抽检合格率"])
KD("kd-03", "hr", "给场馆运营经理做个KPI方案", "场馆运营经理", ["场馆经营收入完成率", "场馆综合利用率", "安全责任事故起数"])

# ---------------- followup (8)
add("fu-01", "new_hire", "followup", "救生员主要做什么", "救生员",
    [Q(A02, "在救生高台定点值守，每30分钟与相邻岗位轮换一次"), Q(A02, "发现溺水等险情立即入水施救，同时报告值班经理")],
    [["高台"], ["施救"]],
    turns=[T("那他要什么证？", "qualification", "救生员",
             [Q(A02, "√ 持有游泳救生员国家职业资格证书（四级及以上）"), Q(A02, "√ 持有红十字会救护员证，能熟练操作AED")],
             [["游泳救生员国家职业资格证书"], ["救护员证"]]),
           T("上级是谁", "attribute", "救生员", [Q(A02, "本岗位隶属游泳馆，直接向游泳馆馆长汇报，无下属，实行四班三运转"), L(A08, "| 救生员 |")],
             [["游泳馆馆长"]], attr="reports_to")])
add("fu-02", "manager", "followup", "设备运维工程师职责", "设备运维工程师",
    [Q(A07, "负责空调、给排水、供配电、电梯等设备的日常巡检"), Q(A07, "处理设备故障报修，接报后30分钟内到场")], [["巡检"], ["故障报修"]],
    turns=[T("第4条展开说说", "duty", "设备运维工程师", [Q(A07, "处理设备故障报修，接报后30分钟内到场")], [["30分钟"]]),
           T("换成安保主管呢", "duty", "安保主管",
             [Q(A07, "制定场馆日常安保方案和大型活动安保预案"), Q(A07, "负责消防控制室管理，督促消防设施每月检查")],
             [["安保预案", "安保方案"], ["消防控制室"]])])
add("fu-03", "hr", "followup", "场馆运营经理下面有哪些人", "场馆运营经理",
    [Q(A01, "赛事活动专员、场地预订专员、保洁领班")], [["赛事活动专员"], ["保洁领班"]], attr="subordinates",
    turns=[T("他的学历要求呢", "attribute", "场馆运营经理", [Q(A01, "本科及以上")], [["本科"]], attr="education"),
           T("工作地点在哪", "attribute", "场馆运营经理", [Q(A01, "澜城体育中心（体育场、体育馆）")], [["澜城体育中心"]], attr="location")])
add("fu-04", "manager", "followup", "健身教练的考核指标有哪些", "健身教练",
    [Q(A03, "私教课时完成量"), Q(A03, "私教会员续课率"), Q(A03, "课程满意度评分")], [["私教课时完成量"], ["私教会员续课率"]],
    turns=[T("权重最高的是哪个", "kpi", "健身教练", [Q(A03, "私教课时完成量")], [["私教课时完成量"]]),
           T("会员顾问的呢", "kpi", "会员顾问", [Q(A03, "会籍销售额完成率"), Q(A03, "到期会员续卡率")],
             [["会籍销售额完成率"], ["到期会员续卡率"]])])
add("fu-05", "new_hire", "followup", "票务专员负责哪些工作", "票务专员",
    [L(A09, "（1）负责赛事", "（3）每日核对票款")], [["座位图"], ["对账"]],
    turns=[T("还有吗", "duty", "票务专员", [L(A09, "（4）按主办方退票规则", "（5）管理纸质票据")], [["退票"], ["物资", "票据"]]),
           T("他考核啥", "kpi", "票务专员", [L(A09, "票款差错率")], [["票款差错率"], ["日报提交及时率"]])])
add("fu-06", "hr", "followup", "水质管理员要什么条件", "水质管理员",
    [Q(A02, "√ 中专及以上学历，化学、环境工程、给排水等相关专业"), Q(A02, "√ 持有游泳场所水质管理培训合格证")],
    [["中专"], ["水质管理培训合格证"]],
    turns=[T("他归谁管", "attribute", "水质管理员", [Q(A02, "直接向游泳馆馆长汇报，无下属，工作地点为澜城游泳馆水处理机房")], [["游泳馆馆长"]], attr="reports_to"),
           T("那救生员的工资呢", "attribute", "救生员", [Q(A04, "5000"), Q(A04, "6500")], [["5000"], ["6500"]], attr="pay")])
add("fu-07", "new_hire", "followup", "草坪养护工的职责", "草坪养护工",
    [Q(A07, "按养护计划对天然草坪进行修剪、灌溉、施肥"), Q(A07, "巡查草坪病虫害，按要求喷洒药剂"), L(A05, "ZP2025-027")],
    [["修剪"], ["病虫害"]],
    turns=[T("需要啥证书不", "out_of_scope", "草坪养护工", [], []),
           T("学历呢", "attribute", "草坪养护工", [Q(A07, "学历 初中及以上"), L(A05, "ZP2025-027")], [["初中"]], attr="education")])
add("fu-08", "hr", "followup", "会员顾问学历要求是什么", "会员顾问",
    [L(A06, "value=\"高中及以上\"")], [["高中"]], attr="education",
    turns=[T("要什么专业", "out_of_scope", "会员顾问", [], []),
           T("那健身教练呢", "attribute", "健身教练", [L(A06, "体育教育、运动训练")], [["体育教育"], ["运动康复", "运动训练"]], attr="major")])

# ---------------- out_of_scope (7)
for i, (p, q, r) in enumerate([
        ("new_hire", "灯光音响技师的岗位职责是什么", "灯光音响技师"),
        ("new_hire", "游泳馆几点开门？暑假开放时间有变化吗", None),
        ("new_hire", "上周买的演唱会门票还能退票吗，怎么退", None),
        ("new_hire", "羽毛球场怎么预订，一小时多少钱", None),
        ("hr", "游泳馆馆长这个岗位职责是啥", "游泳馆馆长"),
        ("hr", "会员顾问需要持什么资格证书", "会员顾问"),
        ("hr", "咱们今年社保缴费基数是多少", None)], 1):
    add(f"oos-{i:02d}", p, "out_of_scope", q, r, [], [])

# ---------------- checks
errs = []
for it in items:
    validate.Item(**it)
    groups = [(it["evidence"], it["key_points"], it["question"])]
    for t in it["turns"] or []:
        groups.append((t["evidence"], t["key_points"], t["question"]))
    for ev, kps, q in groups:
        texts = []
        for e in ev:
            d = doc(e["file"])
            if "quote" in e:
                nq = validate.norm(e["quote"])
                hits = [u for u in d.norm_units if nq in u]
                if len(hits) != 1:
                    errs.append(f"{it['id']} quote {e['quote']!r} in {len(hits)} units")
                texts += hits
            else:
                seg = "".join(d.lines[e["line_start"] - 1:e["line_end"]])
                if e["file"].endswith(".html"):
                    import re
                    seg_stripped = re.sub(r"<[^>]+>", "", seg)
                    if not all(any(validate.norm(k) in validate.norm(seg_stripped) for k in g) for g in kps):
                        errs.append(f"NOTE {it['id']} html key point only in attributes (validator tag-strip): {q}")
                texts.append(validate.norm(seg))
        for g in kps:
            if not any(validate.norm(k) in "".join(texts) for k in g):
                errs.append(f"{it['id']} kp {g} not in evidence ({q})")
print("\n".join(errs) or "all ok")
from collections import Counter
print(len(items), Counter(i["intent"] for i in items), sum(len(i["turns"] or []) for i in items), "later turns")
Path(__file__).with_name("set.jsonl").write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n", encoding="utf-8")
