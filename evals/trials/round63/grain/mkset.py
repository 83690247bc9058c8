#!/usr/bin/env python3
"""Build set.jsonl for round 63 'grain' (line spans resolved from the generated corpus)."""
import json
from pathlib import Path

C = Path("/tmp/t63grain/corpus")
HERE = Path(__file__).resolve().parent
D1 = "g01_仓储及安全岗位说明书汇编.docx"
D2 = "g02_定岗定编专题会议纪要.docx"
X3 = "g03_KPI指标库2025.xlsx"
X4 = "g04_定岗定编及薪酬标准.xlsx"
CSV = "g05_2025年招聘需求导出.csv"
HT = "g06_岗位百科_购销部.html"
PDF = "g07_安全生产责任制.pdf"
MD = "g08_库区新员工上岗指南.md"
GBK = "g09_统计员岗位档案卡.txt"
U16 = "g10_作业班次与考勤管理规定.txt"


def lines(name):
    b = (C / name).read_bytes()
    if b[:2] == b"\xff\xfe":
        t = b.decode("utf-16")
    else:
        try:
            t = b.decode("utf-8-sig")
        except UnicodeDecodeError:
            t = b.decode("gb18030")
    return t.splitlines()


def L(name, a, b=None):
    ls = lines(name)
    s = next(i for i, x in enumerate(ls, 1) if a in x)
    e = s if b is None else next(i for i, x in enumerate(ls, 1) if i >= s and b in x)
    return {"file": name, "line_start": s, "line_end": e}


def Q(name, q):
    return {"file": name, "quote": q}


def T(question, intent, role, evidence, kp, attribute=None):
    d = {"question": question, "intent": intent, "role": role, "evidence": evidence, "key_points": kp}
    if attribute:
        d["attribute"] = attribute
    return d


def OT(question):
    return {"question": question, "intent": "out_of_scope", "role": None, "evidence": [], "key_points": []}


items = []


def add(id_, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append({"id": id_, "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attribute, "evidence": ev, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


# evidence shortcuts
E_BGY_DUTY = [Q(D1, "负责所管仓房的粮情检查")]
E_XZ_DUTY = [Q(D1, "根据虫情检测结果编制熏蒸作业方案")]
E_JX_DUTY = [Q(D1, "负责皮带输送机、移动式扒谷机")]
E_KZR_DUTY = [Q(D1, "主持库区周例会，统筹安排出入库")]
E_AH_DUTY = [Q(D1, "组织开展每日安全巡查")]
E_ZJ_DUTY = [Q(D2, "会议明确粮油质检员的职责为")]
E_SB_DUTY = [L(CSV, "R2025-01"), L(MD, "### 一天的工作", "下班前汇总当日过磅数据")]
E_MW_DUTY = [Q(PDF, "负责库区大门24小时值守"), Q(PDF, "粮食出库车辆凭出库单和磅单放行"),
             Q(PDF, "每两小时巡查一次库区围墙"), Q(PDF, "熏蒸期间协助看守警戒区"), Q(PDF, "发现火情、盗窃等突发情况")]
E_TJ_DUTY = [L(GBK, "主要职责：", "五、为轮换计划编制")]
E_XX_DUTY = [L(CSV, "R2025-02")]
E_LH_DUTY = [L(HT, "<h3>岗位职责</h3>", "每周编写一期市场行情简报")]

# ------------------------------------------------------------------ duty (14)
add("g63-duty-01", "new_hire", "duty", "保管员平时都干些啥", "仓储保管员", E_BGY_DUTY,
    [["粮情检查", "测温"], ["账、卡、实相符", "账卡实相符"], ["通风、控温和防虫", "防虫"], ["一符四无"]])
add("g63-duty-02", "new_hire", "duty", "熏蒸员的工作职责有哪些？", "熏蒸员", E_XZ_DUTY,
    [["熏蒸作业方案"], ["双人双锁"], ["磷化氢浓度"], ["散气"]])
add("g63-duty-03", "manager", "duty", "机械操作工负责哪些活", "机械操作员", E_JX_DUTY,
    [["皮带输送机", "扒谷机"], ["设备运行记录"], ["粉尘防爆"], ["年度检修"]])
add("g63-duty-04", "hr", "duty", "库主任主要管什么事", "库主任", E_KZR_DUTY,
    [["轮换计划"], ["周例会"], ["安全生产第一责任人"], ["考勤、绩效考核", "绩效考核"]])
add("g63-duty-05", "new_hire", "duty", "我是新来的安全环保专员，日常要做哪些事", "安全环保专员", E_AH_DUTY,
    [["安全巡查"], ["危险作业的审批", "危险作业"], ["应急演练"], ["隐患排查台账", "隐患"]])
add("g63-duty-06", "new_hire", "duty", "粮油质检员每天的工作内容是什么", "粮油质检员", E_ZJ_DUTY,
    [["扦样"], ["定等"], ["仪器的日常校准", "校准"], ["样品的登记、留存和销毁", "样品"]])
add("g63-duty-07", "new_hire", "duty", "司磅员具体负责哪些工作", "司磅员", E_SB_DUTY,
    [["过磅称重", "称毛重"], ["磅单"], ["零点"], ["计量检定"]])
add("g63-duty-08", "hr", "duty", "门卫保安岗的职责是啥", "门卫安保", E_MW_DUTY,
    [["24小时值守"], ["出库单和磅单放行", "磅单"], ["每两小时巡查"], ["立即报警"]])
add("g63-duty-09", "new_hire", "duty", "统计员要干哪些事情啊", "统计员", E_TJ_DUTY,
    [["收支平衡月报"], ["统计报表"], ["对账"], ["归档"]])
add("g63-duty-10", "manager", "duty", "信息化管理员岗位职责", "信息化管理员", E_XX_DUTY,
    [["智能化管理系统", "粮情测控系统"], ["数据备份"], ["等级保护", "漏洞扫描"], ["操作培训"]])
add("g63-duty-11", "new_hire", "duty", "轮换业务员负责什么工作", "轮换购销业务员", E_LH_DUTY,
    [["轮换方案"], ["竞价销售"], ["购销合同"], ["市场行情简报", "行情简报"]])
add("g63-duty-12", "manager", "duty", "熏蒸员在安全方面有哪些责任", "熏蒸员",
    [Q(PDF, "熏蒸作业必须两人以上进行"), Q(PDF, "作业前24小时书面通知相邻仓房"),
     Q(PDF, "施药、补药和散气时必须佩戴空气呼吸器"), Q(PDF, "磷化铝残渣须集中深埋")],
    [["两人以上"], ["24小时书面通知", "书面通知"], ["空气呼吸器"], ["磷化铝残渣"]])
add("g63-duty-13", "hr", "duty", "南港那边的机械操作员出入库前要做什么", "机械操作员", E_JX_DUTY,
    [["检查设备状态"], ["设备运行记录"]])
add("g63-duty-14", "new_hire", "duty", "质检员在化验仪器这块要负责啥", "粮油质检员", E_ZJ_DUTY,
    [["校准"], ["维护"], ["使用记录"]])

# ------------------------------------------------------------------ qualification (10)
add("g63-qual-01", "hr", "qualification", "招保管员要求什么学历和证书", "仓储保管员",
    [Q(D1, "粮油保管员职业资格证书（四级及以上）"), Q(D1, "粮食工程、食品科学或仓储管理相关专业"),
     Q(D1, "1年以上粮库保管工作经验")] + [{"file": D1, "quote": "大专及以上"}],
    [["大专及以上"], ["粮油保管员职业资格证书"]])
add("g63-qual-02", "hr", "qualification", "熏蒸员需要几年工作经验", "熏蒸员",
    [Q(D1, "以上熏蒸或仓储作业经验")], [["2年"], ["熏蒸或仓储作业经验"]])
add("g63-qual-03", "hr", "qualification", "机械操作员任职要求有哪些", "机械操作员",
    [Q(D1, "机电一体化、机械制造类专业"), Q(D1, "1年以上设备操作经验"), Q(D1, "叉车司机（特种设备作业人员证N1）"),
     Q(D1, "中专及以上")],
    [["中专及以上"], ["机电一体化"], ["1年以上设备操作经验"], ["叉车"]])
add("g63-qual-04", "manager", "qualification", "当库主任得具备什么条件", "库主任",
    [Q(D1, "本科及以上"), Q(D1, "8年以上粮食仓储工作经验"), Q(D1, "中级及以上专业技术职称")],
    [["本科及以上"], ["8年以上"], ["中级及以上专业技术职称", "中级"]])
add("g63-qual-05", "hr", "qualification", "粮油质检员的招聘条件", "粮油质检员",
    [Q(D2, "粮食工程、食品质量与安全、分析化学"), Q(D2, "应届毕业生亦可，有粮油检验"), Q(D2, "农产品食品检验员职业技能等级证书"),
     Q(D2, "大专及以上")],
    [["大专及以上"], ["粮食工程", "分析化学"], ["应届毕业生"], ["农产品食品检验员"]])
add("g63-qual-06", "new_hire", "qualification", "司磅员需要什么条件", "司磅员",
    [L(CSV, "R2025-01"), L(MD, "高中及以上学历；", "能适应收购季倒班。")],
    [["高中及以上"], ["电脑"], ["倒班"]])
add("g63-qual-07", "hr", "qualification", "信息化管理员的任职资格是什么", "信息化管理员", [L(CSV, "R2025-02")],
    [["本科及以上"], ["计算机科学", "网络工程"], ["2年以上信息系统运维经验", "2年以上"], ["网络工程师"]])
add("g63-qual-08", "new_hire", "qualification", "统计员要啥专业跟学历", "统计员",
    [L(GBK, "学    历", "专    业")], [["大专及以上"], ["统计学"]])
add("g63-qual-09", "hr", "qualification", "门卫保安有啥要求", "门卫安保",
    [L(MD, "高中及以上学历，55周岁以下", "退役军人优先")], [["高中及以上"], ["55周岁以下"], ["保安员证"], ["退役军人优先"]])
add("g63-qual-10", "hr", "qualification", "轮换购销业务员任职条件", "轮换购销业务员",
    [L(HT, "<h3>任职要求</h3>", "持C1驾驶证"), L(CSV, "R2025-05")],
    [["本科及以上"], ["3年以上"], ["市场营销", "粮食经济"], ["C1"]])

# ------------------------------------------------------------------ attribute (10)
add("g63-attr-01", "new_hire", "attribute", "熏蒸员的直接领导是谁", "熏蒸员", [Q(D1, "仓储部经理①"), Q(D1, "西岭库区熏蒸作业期间熏蒸员接受")],
    [["仓储部经理"], ["西岭库区库主任", "现场指挥"]], attribute="reports_to")
add("g63-attr-02", "new_hire", "attribute", "机械操作员归谁管", "机械操作员", [Q(D1, "仓储部副经理")],
    [["仓储部副经理"], ["仓储部"]], attribute="reports_to")
add("g63-attr-03", "hr", "attribute", "统计员现在向谁汇报", "统计员", [L(GBK, "根据公司机构调整方案", "直接上级调整为财务部经理")],
    [["财务部经理"], ["2025年7月1日", "7月1日"]], attribute="reports_to")
add("g63-attr-04", "new_hire", "attribute", "司磅员一个月工资多少", "司磅员",
    [Q(X4, "3800"), Q(X4, "4800"), L(CSV, "R2025-01")], [["3800"], ["4800"]], attribute="pay")
add("g63-attr-05", "new_hire", "attribute", "质检员在哪儿上班", "粮油质检员", [Q(D2, "粮油质检员工作地点为公司本部化验室")],
    [["公司本部化验室", "化验室"], ["检验点", "东湖库区"]], attribute="location")
add("g63-attr-06", "hr", "attribute", "安全环保专员要持什么证", "安全环保专员", [Q(D1, "注册安全工程师（中级）或安全生产管理人员合格证")],
    [["注册安全工程师"], ["安全生产管理人员合格证"]], attribute="certificate")
add("g63-attr-07", "new_hire", "attribute", "熏蒸员有啥补贴没", "熏蒸员",
    [L(U16, "（一）熏蒸员、安全环保专员享受有毒有害岗位津贴"), Q(X4, "另享有毒有害岗位津贴")],
    [["有毒有害岗位津贴"], ["300元"]], attribute="benefits")
add("g63-attr-08", "manager", "attribute", "信息化管理员属于哪个部门", "信息化管理员",
    [L(CSV, "R2025-02"), Q(D2, "议题一：关于设立信息化管理员岗位")], [["综合办公室"], ["信息中心"]], attribute="department")
add("g63-attr-09", "manager", "attribute", "库主任下面管着哪些人", "库主任", [Q(D1, "库区保管组、质检组、机械班、门卫班")],
    [["保管组"], ["质检组"], ["机械班"], ["门卫班"]], attribute="subordinates")
add("g63-attr-10", "hr", "attribute", "轮换购销业务员薪资怎么定的", "轮换购销业务员",
    [Q(X4, "另按轮换业务量计提绩效奖金"), Q(X4, "5500"), Q(X4, "7500"), L(CSV, "R2025-05")], [["5500"], ["7500"], ["绩效奖金", "面议"]], attribute="pay")

# ------------------------------------------------------------------ kpi (5)
add("g63-kpi-01", "manager", "kpi", "保管员考核哪些指标", "仓储保管员",
    [Q(X3, "粮情检测及时率（按规定频次"), Q(X3, "账实相符率（账、卡、实"), Q(X3, "储粮宜存率（宜存货位数"),
     Q(X3, "保管损耗率（保管自然损耗量"), Q(X3, "岗位技能考核合格率（考核")],
    [["粮情检测及时率"], ["账实相符率"], ["储粮宜存率"], ["保管损耗率"], ["岗位技能考核合格率"]])
add("g63-kpi-02", "manager", "kpi", "熏蒸员kpi权重是怎么分配的", "熏蒸员",
    [Q(X3, "熏蒸杀虫效果达标率（熏蒸后"), Q(X3, "熏蒸作业安全事故次数（中毒"), Q(X3, "药剂账物相符率（药剂账面数"),
     Q(X3, "防护用具完好率（完好防护")],
    [["熏蒸杀虫效果达标率"], ["熏蒸作业安全事故次数"], ["药剂账物相符率"], ["防护用具完好率"]])
add("g63-kpi-03", "hr", "kpi", "粮油质检员绩效怎么考核", "粮油质检员",
    [Q(X3, "检验结果准确率（复检一致"), Q(X3, "检验报告及时率（按时出具"), Q(X3, "仪器校准完成率（按期校准"),
     Q(X3, "样品管理合格率（规范留存"), Q(X3, "质量异议次数（售粮单位")],
    [["检验结果准确率"], ["检验报告及时率"], ["仪器校准完成率"], ["样品管理合格率"], ["质量异议次数"]])
add("g63-kpi-04", "manager", "kpi", "安全员的考核指标有哪些", "安全环保专员",
    [Q(PDF, "隐患整改闭环率 30%"), Q(PDF, "安全培训覆盖率 20%"), Q(PDF, "应急演练完成次数 20%"), Q(PDF, "危险作业审批合规率 20%"),
     Q(PDF, "生产安全事故起数 10%")],
    [["隐患整改闭环率"], ["安全培训覆盖率"], ["应急演练完成次数"], ["危险作业审批合规率"], ["生产安全事故起数"]])
add("g63-kpi-05", "manager", "kpi", "轮换计划完成率的目标值定的多少", "轮换购销业务员",
    [Q(X3, "轮换计划完成率（实际轮换数量")], [["轮换计划完成率"], ["实际轮换数量÷计划轮换数量"]])

# ------------------------------------------------------------------ jd (3)
add("g63-jd-01", "hr", "jd", "帮我起草一份熏蒸员的岗位说明书", "熏蒸员", E_XZ_DUTY,
    [["熏蒸作业方案"], ["双人双锁"], ["散气"]],
    tool={"kind": "jd", "role": "熏蒸员", "must_cite_files": [D1], "expect_sections": ["duties", "qualifications"]})
add("g63-jd-02", "hr", "jd", "给信息化管理员写个JD", "信息化管理员", E_XX_DUTY,
    [["智能化管理系统"], ["数据备份"], ["漏洞扫描"]],
    tool={"kind": "jd", "role": "信息化管理员", "must_cite_files": [CSV], "expect_sections": ["duties", "qualifications"]})
add("g63-jd-03", "manager", "jd", "出一份统计员的职位描述", "统计员", E_TJ_DUTY,
    [["收支平衡月报"], ["对账"], ["归档"]],
    tool={"kind": "jd", "role": "统计员", "must_cite_files": [GBK], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design (3)
add("g63-kd-01", "manager", "kpi_design", "给保管员设计5个KPI", "仓储保管员",
    [Q(X3, "粮情检测及时率（按规定频次"), Q(X3, "账实相符率（账、卡、实"), Q(X3, "储粮宜存率（宜存货位数")],
    [["粮情检测及时率"], ["账实相符率"], ["储粮宜存率"]],
    tool={"kind": "kpi_design", "role": "仓储保管员", "count": 5, "must_cite_files": [X3],
          "expected_indicators": ["粮情检测及时率", "账实相符率", "储粮宜存率"]})
add("g63-kd-02", "manager", "kpi_design", "帮轮换购销业务员设计一套绩效指标", "轮换购销业务员",
    [Q(X3, "轮换计划完成率（实际轮换数量"), Q(X3, "合同履约率（按期履约"), Q(X3, "货款回笼及时率（按期回笼")],
    [["轮换计划完成率"], ["合同履约率"], ["货款回笼及时率"]],
    tool={"kind": "kpi_design", "role": "轮换购销业务员", "count": None, "must_cite_files": [X3],
          "expected_indicators": ["轮换计划完成率", "合同履约率", "货款回笼及时率"]})
add("g63-kd-03", "manager", "kpi_design", "仓储部这个部门的KPI怎么设计", None,
    [Q(X3, "储粮安全事故次数"), Q(X3, "“一符四无”粮仓达标率"), Q(X3, "仓容利用率"), Q(X3, "费用预算执行率")],
    [["储粮安全事故次数"], ["一符四无"], ["仓容利用率"], ["费用预算执行率"]],
    tool={"kind": "kpi_design", "role": "仓储部", "count": None, "must_cite_files": [X3],
          "expected_indicators": ["储粮安全事故次数", "仓容利用率", "费用预算执行率"]})

# ------------------------------------------------------------------ followup (8)
add("g63-fu-01", "new_hire", "followup", "仓储保管员的工作职责有哪些", "仓储保管员", E_BGY_DUTY,
    [["粮情检查"], ["账、卡、实相符", "账卡实相符"]],
    turns=[T("那任职要求呢", "qualification", "仓储保管员",
             [Q(D1, "粮油保管员职业资格证书（四级及以上）"), {"file": D1, "quote": "大专及以上"}],
             [["大专及以上"], ["粮油保管员职业资格证书"]]),
           T("他归谁管", "attribute", "仓储保管员", [Q(D1, "仓储部经理（日常工作由所在库区库主任安排）")], [["仓储部经理"], ["库主任"]], "reports_to")])
add("g63-fu-02", "manager", "followup", "熏蒸员考核指标都有哪些", "熏蒸员",
    [Q(X3, "熏蒸杀虫效果达标率（熏蒸后"), Q(X3, "药剂账物相符率（药剂账面数")],
    [["熏蒸杀虫效果达标率"], ["药剂账物相符率"]],
    turns=[T("换成质检员呢", "kpi", "粮油质检员", [Q(X3, "检验结果准确率（复检一致"), Q(X3, "检验报告及时率（按时出具")],
             [["检验结果准确率"], ["检验报告及时率"]]),
           T("他在哪上班", "attribute", "粮油质检员", [Q(D2, "粮油质检员工作地点为公司本部化验室")],
             [["化验室"], ["检验点", "东湖库区"]], "location")])
add("g63-fu-03", "new_hire", "followup", "司磅员工资大概多少钱", "司磅员", [Q(X4, "3800"), Q(X4, "4800"), L(CSV, "R2025-01")],
    [["3800"], ["4800"]], attribute="pay",
    turns=[T("学历有要求吗", "attribute", "司磅员", [L(CSV, "R2025-01"), L(MD, "高中及以上学历；")], [["高中及以上"], ["学历"]], "education"),
           T("还有别的要求吗", "qualification", "司磅员", [L(CSV, "R2025-01"), L(MD, "会操作电脑", "能适应收购季倒班。")],
             [["电脑"], ["倒班"]])])
add("g63-fu-04", "hr", "followup", "统计员的上级是哪个", "统计员", [L(GBK, "根据公司机构调整方案", "直接上级调整为财务部经理")],
    [["财务部经理"], ["2025年7月1日", "7月1日"]], attribute="reports_to",
    turns=[T("那他主要干什么", "duty", "统计员", E_TJ_DUTY, [["收支平衡月报"], ["对账"]]),
           T("第三条具体说说", "duty", "统计员", [L(GBK, "三、核对保管账与统计账")], [["保管账"], ["对账"]])])
add("g63-fu-05", "hr", "followup", "机械操作员做什么的", "机械操作员", E_JX_DUTY, [["皮带输送机", "扒谷机"], ["粉尘防爆"]],
    turns=[T("需要什么证", "attribute", "机械操作员", [Q(D1, "叉车司机（特种设备作业人员证N1）")], [["叉车"], ["N1", "特种设备作业人员证"]], "certificate"),
           T("换成熏蒸员呢", "attribute", "熏蒸员", [Q(D1, "熏蒸作业上岗证、有限空间作业安全培训合格证")],
             [["熏蒸作业上岗证"], ["有限空间"]], "certificate")])
add("g63-fu-06", "manager", "followup", "库区门卫的岗位职责", "门卫安保", E_MW_DUTY, [["24小时值守"], ["巡查"]],
    turns=[T("那要什么条件", "qualification", "门卫安保", [L(MD, "高中及以上学历，55周岁以下", "退役军人优先")],
             [["保安员证"], ["55周岁以下"]]),
           T("他们工资多少", "attribute", "门卫安保", [Q(X4, "3200"), L(U16, "（二）门卫安保享受夜班津贴")], [["3200"], ["夜班津贴"]], "pay")])
add("g63-fu-07", "new_hire", "followup", "信息化管理员是干嘛的", "信息化管理员", E_XX_DUTY, [["智能化管理系统"], ["数据备份"]],
    turns=[T("要几年经验", "attribute", "信息化管理员", [L(CSV, "R2025-02")], [["2年以上"], ["信息系统运维"]], "experience"),
           OT("那财务会计呢")])
add("g63-fu-08", "hr", "followup", "库主任主要职责有哪些", "库主任", E_KZR_DUTY, [["轮换计划"], ["周例会"]],
    turns=[T("第4条展开讲讲", "duty", "库主任", E_KZR_DUTY, [["安全生产第一责任人"], ["安全大检查"]]),
           T("他的学历要求呢", "attribute", "库主任", [Q(D1, "本科及以上")], [["本科及以上"], ["本科"]], "education")])

# ------------------------------------------------------------------ out_of_scope (7)
add("g63-oos-01", "new_hire", "out_of_scope", "化验室主任的岗位职责是什么", None, [], [])
add("g63-oos-02", "new_hire", "out_of_scope", "财务会计一个月拿多少钱", None, [], [])
add("g63-oos-03", "hr", "out_of_scope", "财务会计具体要做哪些工作", None, [], [])
add("g63-oos-04", "hr", "out_of_scope", "仓储部副经理的任职要求是啥", None, [], [])
add("g63-oos-05", "new_hire", "out_of_scope", "稻谷安全储存的水分标准是多少", None, [], [])
add("g63-oos-06", "hr", "out_of_scope", "咱们公积金缴存比例是多少", None, [], [])
add("g63-oos-07", "manager", "out_of_scope", "库区食堂的厨师岗位要负责什么", None, [], [])

with open(HERE / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
from collections import Counter
print(len(items), Counter(i["intent"] for i in items))
