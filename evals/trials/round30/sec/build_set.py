"""Build set.jsonl for round 30 / sec from the generated corpus (T30_OUT, default /tmp/t30sec).

Text evidence is given as substrings and resolved to line spans here; binary evidence is a quote.
Run with /work/main/.venv/bin/python (validate.py needs pydantic, python-docx, openpyxl, pdfplumber, pypdf).
"""
import json
import os
import sys
from pathlib import Path

CORPUS = Path(os.environ.get("T30_OUT", "/tmp/t30sec")) / "corpus"
HERE = Path(__file__).resolve().parent

F1 = "sec01_岗位安全责任书（华景项目部及押运中心）.docx"
F2 = "sec02_保安员职业技能等级标准.docx"
F3 = "sec03_项目驻点岗位配置表.xlsx"
F4 = "sec04_月度考核细则.xlsx"
F5 = "sec05_新员工培训手册.pdf"
F6 = "sec06_加入我们.html"
F7 = "sec07_新队员入职FAQ.md"
F8 = "sec08_交接班管理制度.txt"
F9 = "sec09_排班系统岗位导出.csv"
F10 = "sec10_突发事件应急处置预案.txt"

_lines = {}


def lines(f):
    if f not in _lines:
        data = (CORPUS / f).read_bytes()
        try:
            t = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            t = data.decode("gb18030")
        _lines[f] = t.splitlines()
    return _lines[f]


def L(f, start, end=None):
    ls = lines(f)
    a = [i for i, x in enumerate(ls, 1) if start in x]
    assert len(a) == 1, (f, start, a)
    b = a[0]
    if end is not None:
        bs = [i for i, x in enumerate(ls, 1) if end in x and i >= a[0]]
        assert bs, (f, end)
        b = bs[0]
    return {"file": f, "line_start": a[0], "line_end": b}


def Q(f, quote):
    return {"file": f, "quote": quote}


def item(id_, persona, intent, question, role, ev, kp, attribute=None, turns=None, tool=None):
    return {"id": id_, "persona": persona, "intent": intent, "question": question, "role": role,
            "attribute": attribute, "evidence": ev, "key_points": kp,
            "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool}


def turn(question, intent, role, ev, kp, attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute:
        t["attribute"] = attribute
    return t


def oos_turn(question):
    return {"question": question, "intent": "out_of_scope", "role": None, "evidence": [], "key_points": []}


# common evidence blocks
EV_MG_DUTY = [Q(F1, "外来人员凭有效证件登记换取访客证"), Q(F1, "无放行条的大件物品一律不得放行"),
              Q(F1, "保持门前消防通道畅通"), Q(F1, "对形迹可疑人员礼貌盘问"), Q(F1, "如实填写《门岗值班记录》"),
              L(F6, "负责出入口人员、车辆查验与登记", "协助处理门前突发事件"), Q(F3, "人员车辆出入管理、访客登记")]
EV_XL_DUTY = [Q(F1, "白天每2小时、夜间每1小时巡查一次"), Q(F1, "检查消防通道、安全出口及消防器材"),
              Q(F1, "巡查配电房、水泵房、地下车库"), Q(F1, "遇突发事件立即通过对讲机报告班长"),
              Q(F1, "填写《巡逻记录表》"), Q(F3, "商场公共区域及地下车库巡逻")]
EV_XK_DUTY = [Q(F1, "实行24小时值班制度，每班不少于2人"), Q(F1, "监控火灾报警控制器及消防联动设备运行状态"),
              Q(F1, "立即启动消防联动设备，拨打119报警"), Q(F1, "通知维保单位在24小时内修复"),
              Q(F1, "每日检查火灾报警控制器的自检")]
EV_YY_DUTY = [Q(F1, "不得擅自改变路线或停车办理私事"), Q(F1, "款箱交接时执行双人核对"), Q(F1, "每30分钟报告一次车辆位置"),
              Q(F1, "保护款箱和人员安全"), Q(F1, "等押运装备，不得转借他人"),
              L(F6, "按调度指令执行现金及贵重物品押运", "出车前检查押运车辆及防护装备")]
EV_JG_DUTY = [Q(F5, "制定月度培训课程表"), Q(F5, "在岗队员复训的授课与带训"), Q(F5, "擒敌拳、消防实操等科目的考核"),
              Q(F5, "建立并更新队员培训档案"), Q(F5, "不少于2次现场带训"), L(F10, "保安培训教官负责现场指导和评估")]
EV_DD_DUTY = [Q(F5, "接听客户来电及报警，受理服务需求"), Q(F5, "根据事件等级向机动巡逻车组"), Q(F5, "处置完毕后24小时内回访客户"),
              Q(F5, "填写调度台账，每日汇总报调度室主任"),
              L(F6, "接听客户来电及报警电话", "填写调度台账，编制每日调度报表")]
EV_AJ_DUTY = [Q(F5, "进行证件查验和人身检查"), Q(F5, "使用X光安检机对随身物品进行检查"), Q(F5, "对查出的违禁品进行登记"),
              Q(F5, "维护安检通道秩序"), L(F6, "对入场人员进行人身检查", "登记、暂存查出的违禁品"),
              Q(F3, "入口人身及随身物品安检")]
EV_QY_DUTY = [L(F6, "负责片区内5-8个驻点项目的运营管理", "督促应收账款按期回收")]
EV_QY_QUAL = [L(F6, '<h2 itemprop="title">区域经理', "学历：<span itemprop=\"educationRequirements\">本科"),
              L(F6, "熟悉《保安服务管理条例》", "持C1驾驶证")]

items = []
A = items.append

# ------------------------------------------------------------------ duty (9)
A(item("sec-duty-01", "new_hire", "duty", "我刚被分到华景广场的门岗，每天主要负责哪些事？", "门岗保安员",
       EV_MG_DUTY, [["访客证", "访客"], ["放行条"], ["消防通道", "秩序"]]))
A(item("sec-duty-02", "new_hire", "duty", "巡逻队员平时都干些啥？", "巡逻队员",
       EV_XL_DUTY, [["巡更"], ["消防通道", "安全出口"], ["配电房", "水泵房", "地下车库"], ["巡逻记录表"]]))
A(item("sec-duty-03", "hr", "duty", "消控室值班员的岗位职责帮我列一下", "消防控制室值班员",
       EV_XK_DUTY, [["24小时"], ["火灾报警控制器"], ["119"], ["维保单位", "值班记录表"]]))
A(item("sec-duty-04", "manager", "duty", "咱们驻点的班长这个岗位要负责哪些工作？", "班长",
       [Q(F1, "每班查岗不少于3次"), Q(F1, "组织班前会，传达项目部工作要求"), Q(F1, "处理本班次发生的一般性投诉"),
        Q(F1, "带领本班队员做好交接班工作"), Q(F1, "协助项目经理开展队员在岗培训"), Q(F3, "带班查岗、处理一般投诉")],
       [["查岗"], ["班前会"], ["投诉"], ["交接班"]]))
A(item("sec-duty-05", "hr", "duty", "押运员具体负责些什么工作", "押运员",
       EV_YY_DUTY, [["款箱交接", "双人核对"], ["30分钟", "通讯"], ["防弹衣", "装备"]]))
A(item("sec-duty-06", "new_hire", "duty", "公司的培训教官是干嘛的？", "保安培训教官",
       EV_JG_DUTY, [["课程表"], ["培训档案"], ["带训"], ["考核"]]))
A(item("sec-duty-07", "manager", "duty", "区域经理主要管哪些事情", "区域经理",
       EV_QY_DUTY + [Q(F5, "运营中心下设江北、江南两个片区")],
       [["5-8个", "5~8个", "驻点项目"], ["巡查"], ["续签"], ["应收账款"]]))
A(item("sec-duty-08", "new_hire", "duty", "商场里要是着火了，中控员第一时间要做什么？", "消防控制室值班员",
       [L(F10, "▲中控员：确认火警后启动消防联动设备"), Q(F5, "第一步 接警：接到火灾报警信号后"),
        Q(F5, "将联动控制器转入自动状态"), Q(F5, "拨打119，报告起火地点"), Q(F5, "并启动应急广播引导疏散")],
       [["联动"], ["119"], ["应急广播"]]))
A(item("sec-duty-09", "manager", "duty", "押运车在路上遇到抢劫，押运员应该怎么处置？", "押运员",
       [L(F10, "▲押运员：保护款箱")], [["报警按钮"], ["固守车厢", "不得离车"], ["款箱"]]))

# ------------------------------------------------------------------ qualification (7)
A(item("sec-qual-01", "new_hire", "qualification", "我想去应聘门岗保安，要满足啥条件？", "门岗保安员",
       [L(F6, "18-45周岁，男性身高170cm以上", "持保安员证者优先"), L(F6, "学历：<span itemprop=\"educationRequirements\">初中及以上"),
        Q(F3, "持保安员证；男性身高170cm以上")],
       [["18-45周岁", "45"], ["170cm", "170"], ["犯罪记录"], ["保安员证"]]))
A(item("sec-qual-02", "hr", "qualification", "招押运员有哪些硬性要求？", "押运员",
       [L(F6, "22-40周岁，退伍军人优先", "身体健康，能适应早班"), L(F6, "学历：<span itemprop=\"educationRequirements\">高中及以上</span>　经验：<span itemprop=\"experienceRequirements\">1年以上押运"),
        L(F7, "押运员要求持保安员证、政审合格")],
       [["22-40周岁", "22"], ["退伍军人"], ["政治审查", "政审"]]))
A(item("sec-qual-03", "hr", "qualification", "客服调度那个岗要招什么样的人", "客服调度员",
       [L(F6, "普通话标准，表达清晰", "能适应三班倒工作"), L(F6, "学历：<span itemprop=\"educationRequirements\">大专及以上")],
       [["普通话"], ["50字"], ["三班倒"], ["大专"]]))
A(item("sec-qual-04", "manager", "qualification", "想当保安培训教官得满足哪些条件？", "保安培训教官",
       [Q(F5, "退伍军人或警校毕业，高中及以上学历"), L(F9, "JG01,保安培训教官")],
       [["退伍军人", "警校"], ["高级保安员"], ["2年以上"]]))
A(item("sec-qual-05", "new_hire", "qualification", "安检员的任职要求是什么", "安检员",
       [Q(F5, "持安检员职业资格证书；能识别常见违禁品"), L(F6, "18-35周岁，急招女性安检员", "责任心强，服从展会期间加班安排"),
        L(F6, "学历：<span itemprop=\"educationRequirements\">高中及以上</span>　经验：<span itemprop=\"experienceRequirements\">经验不限"),
        Q(F3, "持安检员职业资格证书；女性安检员不少于4人")],
       [["安检员职业资格证书"], ["高中"], ["女性"]]))
A(item("sec-qual-06", "hr", "qualification", "保安员技师等级需要满足哪些申报条件？", "保安员",
       [Q(F2, "技师：取得高级证书后，连续从事本职业工作满4年")], [["4年"], ["带教", "培训他人"], ["高级证书"]]))
A(item("sec-qual-07", "hr", "qualification", "区域经理的任职要求", "区域经理",
       EV_QY_QUAL, [["本科"], ["5年以上"], ["保安服务管理条例"], ["C1"]]))

# ------------------------------------------------------------------ attribute (9)
A(item("sec-attr-01", "new_hire", "attribute", "班长上面是谁管？", "班长",
       [Q(F5, "班长、消防控制室值班员向项目经理"), L(F9, "BZ01,班长"), L(F9, "XM01,项目经理")],
       [["项目经理", "驻点队长"], ["汇报", "上级"]], attribute="reports_to"))
A(item("sec-attr-02", "hr", "attribute", "客服调度员的直属领导是哪个岗位", "客服调度员",
       [Q(F5, "客服调度员隶属运营中心调度室"), L(F9, "DD01,客服调度员"), L(F9, "# 上级岗位代码说明")],
       [["调度室主任"], ["运营中心", "调度室"]], attribute="reports_to"))
A(item("sec-attr-03", "hr", "attribute", "区域经理对学历有什么要求？", "区域经理",
       [L(F6, '<h2 itemprop="title">区域经理', "学历：<span itemprop=\"educationRequirements\">本科")],
       [["本科"], ["区域经理"]], attribute="education"))
A(item("sec-attr-04", "new_hire", "attribute", "押运员一个月工资能有多少？", "押运员",
       [L(F6, "6000-7500元/月"), L(F9, "YY01,押运员")], [["6000"], ["7500"]], attribute="pay"))
A(item("sec-attr-05", "new_hire", "attribute", "中控员上岗必须持什么证书？", "消防控制室值班员",
       [Q(F3, "持消防设施操作员（中级）证书；双人值守"), Q(F3, "持消防设施操作员（中级）证书；熟悉医院消防联动系统"),
        Q(F3, "持消防设施操作员（中级）证书；会操作展馆广播系统"), Q(F5, "持消防设施操作员（中级）及以上证书"),
        L(F7, "中控员、消控员都是"), L(F9, "XK01,消防控制室值班员"), Q(F2, "消控员另须取得消防设施操作员证书")],
       [["消防设施操作员"], ["中级"]], attribute="certificate"))
A(item("sec-attr-06", "hr", "attribute", "客服调度员在哪儿办公？", "客服调度员",
       [L(F6, "江州市运营中心调度室"), L(F9, "DD01,客服调度员"), Q(F5, "客服调度员隶属运营中心调度室")],
       [["运营中心"], ["调度室"]], attribute="location"))
A(item("sec-attr-07", "hr", "attribute", "区域经理要几年工作经验", "区域经理",
       [L(F6, '<h2 itemprop="title">区域经理', "学历：<span itemprop=\"educationRequirements\">本科")],
       [["5年以上"], ["3年以上"]], attribute="experience"))
A(item("sec-attr-08", "new_hire", "attribute", "当押运员有哪些福利？", "押运员",
       [L(F6, "五险一金、押运津贴每月800元"), L(F9, "YY01,押运员")], [["五险一金"], ["押运津贴"], ["800"]],
       attribute="benefits"))
A(item("sec-attr-09", "manager", "attribute", "驻点队长的月薪标准是多少？", "项目经理",
       [L(F9, "XM01,项目经理")], [["7000"], ["9000"]], attribute="pay"))

# ------------------------------------------------------------------ kpi (5)
A(item("sec-kpi-01", "new_hire", "kpi", "队员迟到一次扣几分？旷工呢？", None,
       [Q(F4, "迟到一次扣2分；早退一次扣2分；旷工一天扣10分")], [["扣2分", "2分"], ["扣10分", "10分"]]))
A(item("sec-kpi-02", "manager", "kpi", "班长每个月考核哪几项指标？", "班长",
       [Q(F4, "班组出勤率"), Q(F4, "查岗次数"), Q(F4, "投诉处理及时率"), Q(F4, "交接班规范率"), Q(F4, "队员评分准确性")],
       [["班组出勤率"], ["查岗次数"], ["投诉处理及时率"], ["交接班规范率"], ["队员评分准确性"]]))
A(item("sec-kpi-03", "hr", "kpi", "项目经理考核里客户满意度占多大权重，目标是多少？", "项目经理",
       [Q(F4, "客户满意度"), Q(F4, "30%"), Q(F4, "≥90分")], [["30%"], ["90分"]]))
A(item("sec-kpi-04", "new_hire", "kpi", "月度考核只拿了70分，会有什么后果？", None,
       [Q(F4, "待改进"), Q(F4, "扣发绩效工资200元，安排脱岗复训")], [["待改进"], ["200元"], ["复训"]]))
A(item("sec-kpi-05", "hr", "kpi", "哪些行为会导致当月考核直接记0分？", None,
       [Q(F4, "一票否决：酒后上岗、参与赌博、监守自盗")], [["酒后上岗"], ["赌博"], ["监守自盗"], ["重大损失"]]))

# ------------------------------------------------------------------ kpi_design (3)
PM_IND = ["客户满意度", "人员流失率", "培训计划完成率", "安全事故发生数", "检查问题整改率"]
A(item("sec-kd-01", "manager", "kpi_design", "帮我给驻点项目经理设计5个月度考核指标，带上权重", "项目经理",
       [Q(F4, x) for x in PM_IND], [[x] for x in PM_IND],
       tool={"kind": "kpi_design", "role": "项目经理", "count": 5, "must_cite_files": [F4], "expected_indicators": PM_IND}))
MG_IND = ["考勤纪律", "仪容仪表", "岗位履职", "客户评价"]
A(item("sec-kd-02", "hr", "kpi_design", "帮门岗队员设计一份月度考核方案，列出考核项目和扣分标准", "门岗保安员",
       [Q(F4, x) for x in MG_IND], [[x] for x in MG_IND],
       tool={"kind": "kpi_design", "role": "门岗保安员", "count": None, "must_cite_files": [F4], "expected_indicators": MG_IND}))
QY_IND = ["客户续约率", "应收账款回款率", "驻点巡查覆盖率", "片区员工流失率"]
A(item("sec-kd-03", "manager", "kpi_design", "我要按季度考核区域经理，给我设计4个KPI", "区域经理",
       [Q(F4, x) for x in QY_IND], [[x] for x in QY_IND],
       tool={"kind": "kpi_design", "role": "区域经理", "count": 4, "must_cite_files": [F4], "expected_indicators": QY_IND}))

# ------------------------------------------------------------------ jd (3)
A(item("sec-jd-01", "hr", "jd", "帮我写一份押运员的招聘JD", "押运员",
       EV_YY_DUTY + [L(F6, "22-40周岁，退伍军人优先", "身体健康，能适应早班")],
       [["双人核对", "款箱交接"], ["30分钟", "通讯"], ["防弹衣", "押运装备", "防护装备"]],
       tool={"kind": "jd", "role": "押运员", "must_cite_files": [F1, F6], "expect_sections": ["duties", "qualifications"]}))
A(item("sec-jd-02", "hr", "jd", "起草一份消控员的岗位说明书", "消防控制室值班员",
       EV_XK_DUTY + [Q(F5, "持消防设施操作员（中级）及以上证书")],
       [["24小时"], ["火灾报警控制器"], ["119"]],
       tool={"kind": "jd", "role": "消防控制室值班员", "must_cite_files": [F1, F5], "expect_sections": ["duties", "qualifications"]}))
A(item("sec-jd-03", "hr", "jd", "给客服调度员出一版JD，职责和要求都要有", "客服调度员",
       EV_DD_DUTY + [L(F6, "普通话标准，表达清晰", "能适应三班倒工作")],
       [["派单"], ["回访"], ["调度台账"]],
       tool={"kind": "jd", "role": "客服调度员", "must_cite_files": [F6, F5], "expect_sections": ["duties", "qualifications"]}))

# ------------------------------------------------------------------ followup (12)
A(item("sec-fu-01", "new_hire", "followup", "巡逻岗的队员负责哪些工作？", "巡逻队员", EV_XL_DUTY,
       [["巡更"], ["配电房", "水泵房", "地下车库"]], turns=[
           turn("他们归谁管？", "attribute", "巡逻队员", [Q(F5, "门岗、巡逻、安检等驻点队员向当班班长汇报"), L(F9, "XL01,巡逻队员")],
                [["班长"], ["汇报", "BZ01"]], attribute="reports_to"),
           turn("那漏打巡更点怎么扣分？", "kpi", "巡逻队员", [Q(F4, "漏打一个巡更点扣1分")], [["扣1分", "1分"], ["巡更点"]]),
       ]))
A(item("sec-fu-02", "new_hire", "followup", "安检员的工作职责是什么？", "安检员", EV_AJ_DUTY,
       [["人身检查"], ["X光"], ["违禁品"]], turns=[
           turn("你列的第3个再细说一下", "duty", "安检员", [Q(F5, "对查出的违禁品进行登记"), L(F6, "登记、暂存查出的违禁品")],
                [["违禁品"], ["登记"]]),
           turn("换成中控员，职责是什么？", "duty", "消防控制室值班员", EV_XK_DUTY, [["火灾报警控制器"], ["119"]]),
       ]))
A(item("sec-fu-03", "hr", "followup", "客服调度员的薪资待遇怎么样？", "客服调度员",
       [L(F6, "4500-5500元/月"), L(F9, "DD01,客服调度员")], [["4500"], ["5500"]], attribute="pay", turns=[
           turn("学历要求呢？", "attribute", "客服调度员", [L(F6, "学历：<span itemprop=\"educationRequirements\">大专及以上")],
                [["大专"], ["学历", "及以上"]], attribute="education"),
           turn("跟押运员比，哪个工资高？", "attribute", "押运员",
                [L(F6, "4500-5500元/月"), L(F6, "6000-7500元/月"), L(F9, "DD01,客服调度员"), L(F9, "YY01,押运员")],
                [["6000", "7500"], ["4500", "5500"]], attribute="pay"),
       ]))
A(item("sec-fu-04", "manager", "followup", "区域经理按什么指标来考核？", "区域经理",
       [Q(F4, x) for x in QY_IND + ["重大安全事故"]], [["客户续约率"], ["应收账款回款率"], ["驻点巡查覆盖率"]], turns=[
           turn("倒数第二项怎么评分？", "kpi", "区域经理", [Q(F4, "片区员工流失率"), Q(F4, "每高1个百分点扣1分")],
                [["员工流失率"], ["扣1分"]]),
           turn("那项目经理的考核指标呢？", "kpi", "项目经理", [Q(F4, x) for x in PM_IND],
                [["客户满意度"], ["人员流失率"], ["安全事故发生数"]]),
       ]))
A(item("sec-fu-05", "new_hire", "followup", "保安培训教官向谁汇报？", "保安培训教官",
       [Q(F5, "保安培训教官隶属培训部，向培训部经理汇报"), L(F9, "JG01,保安培训教官"), L(F9, "# 上级岗位代码说明")],
       [["培训部经理"], ["培训部"]], attribute="reports_to", turns=[
           turn("他具体负责哪些事？", "duty", "保安培训教官", EV_JG_DUTY, [["课程表"], ["培训档案"], ["带训"]]),
           turn("消防演练的时候他负责什么？", "duty", "保安培训教官", [L(F10, "保安培训教官负责现场指导和评估")],
                [["现场指导"], ["评估"]]),
       ]))
A(item("sec-fu-06", "new_hire", "followup", "想评中级保安员，需要什么条件？", "保安员",
       [Q(F2, "中级：取得初级证书后，连续从事本职业工作满2年")], [["2年"], ["80学时"]], turns=[
           turn("高级呢？", "qualification", "保安员", [Q(F2, "高级：取得中级证书后，连续从事本职业工作满3年")],
                [["3年"], ["高中"]]),
           turn("评上高级每个月能多拿多少津贴？", "attribute", "保安员", [Q(F2, "等级津贴（元/月）"), Q(F2, "300")],
                [["300"], ["津贴"]], attribute="pay"),
       ]))
A(item("sec-fu-07", "manager", "followup", "着火了巡逻队员要做什么？", "巡逻队员",
       [L(F10, "▲巡逻队员：携带灭火器"), Q(F5, "立即通知巡逻队员携带灭火器到现场确认")],
       [["灭火器"], ["初起火灾", "现场"], ["防火门", "确认"]], turns=[
           turn("门岗呢？", "duty", "门岗保安员", [L(F10, "▲门岗队员：打开消防通道道闸")], [["道闸", "消防通道"], ["消防车"]]),
           turn("要是碰上打架斗殴，他又该干嘛？", "duty", "门岗保安员", [L(F10, "▲门岗队员：封控出入口")],
                [["封控"], ["盘查", "拦截"]]),
       ]))
A(item("sec-fu-08", "hr", "followup", "客服调度员负责哪些工作", "客服调度员", EV_DD_DUTY,
       [["派单"], ["回访"], ["调度台账"]], turns=[
           turn("排第二的那条是什么意思？", "duty", "客服调度员",
                [Q(F5, "根据事件等级向机动巡逻车组"), L(F6, "根据事件等级派单调度巡逻及押运车组")], [["事件等级"], ["派单", "押运车组"]]),
           turn("押运车组报警的时候他该怎么做？", "duty", "客服调度员",
                [L(F10, "▲客服调度员：接警后立即拨打110"), Q(F5, "调度员应先报110，再通知支援车组")], [["110"], ["支援"]]),
       ]))
A(item("sec-fu-09", "manager", "followup", "市一院项目的门岗上岗有什么要求？", "门岗保安员",
       [Q(F3, "熟悉医院科室分布；具备医患纠纷劝导能力")], [["科室分布"], ["医患纠纷"]], turns=[
           turn("换成中控员呢？", "qualification", "消防控制室值班员",
                [Q(F3, "持消防设施操作员（中级）证书；熟悉医院消防联动系统"), Q(F5, "持消防设施操作员（中级）及以上证书")],
                [["消防设施操作员"], ["中级"]]),
           turn("回到门岗，工资大概多少？", "attribute", "门岗保安员", [L(F6, "4200-5000元/月"), L(F9, "MG01,门岗保安员")],
                [["4200"], ["5000"]], attribute="pay"),
       ]))
A(item("sec-fu-10", "new_hire", "followup", "消控室交接班要交接哪些内容？", "消防控制室值班员",
       [L(F8, "第六条　消防控制室交接")], [["火灾报警控制器"], ["屏蔽点位", "故障点位"], ["值班记录表"]], turns=[
           turn("门岗呢？", "duty", "门岗保安员", [L(F8, "第五条　门岗交接")], [["访客证"], ["门岗值班记录"]]),
           turn("还有吗？别的岗位交接有啥特别规定", "duty", None, [L(F8, "第七条　押运交接", "第八条　班长交接")],
                [["押运"], ["防弹衣", "考勤表"]]),
       ]))
A(item("sec-fu-11", "manager", "followup", "当班长要具备什么条件？", "班长",
       [Q(F3, "中级保安员及以上；1年以上带班经验"), Q(F3, "中级保安员及以上；有医院安保经验者优先"),
        Q(F3, "中级保安员及以上；有大型活动安保经验"), Q(F2, "班长、消控员、押运员"), L(F9, "BZ01,班长"),
        L(F7, "在岗满1年、取得中级保安员证书")],
       [["中级"], ["1年", "带班"]], turns=[
           turn("那他每月考核看哪几项？", "kpi", "班长", [Q(F4, "班组出勤率"), Q(F4, "查岗次数"), Q(F4, "交接班规范率")],
                [["班组出勤率"], ["查岗次数"], ["交接班规范率"]]),
           turn("第二个指标的目标值是多少", "kpi", "班长", [Q(F4, "查岗次数"), Q(F4, "每班不少于3次")], [["3次"], ["查岗"]]),
       ]))
A(item("sec-fu-12", "hr", "followup", "驻点队长每月怎么考核？", "项目经理",
       [Q(F4, x) for x in PM_IND], [["客户满意度"], ["人员流失率"], ["培训计划完成率"]], turns=[
           turn("安全事故那项怎么扣？", "kpi", "项目经理", [Q(F4, "发生一般事故一次扣10分")], [["扣10分", "10分"], ["0分"]]),
           oos_turn("他年终奖能拿多少？"),
       ]))

# ------------------------------------------------------------------ out_of_scope (8)
for i, (p, q) in enumerate([
    ("new_hire", "警犬训导员的岗位职责是什么？"),
    ("hr", "押运中心主管需要什么学历和工作经验？"),
    ("hr", "调度室主任需要什么学历？"),
    ("manager", "区域经理配不配公司用车？"),
    ("new_hire", "保安连续上12个小时夜班，按劳动法合法吗？"),
    ("new_hire", "江州明天会下雨吗？"),
    ("new_hire", "保安员资格考试都考哪些内容？"),
    ("hr", "运营副总经理的薪资范围是多少？"),
], 1):
    A(item(f"sec-oos-{i:02d}", p, "out_of_scope", q, None, [], []))


def main():
    sys.path.insert(0, "/tmp/r30code/evals/sets")
    import validate

    out = HERE / "set.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    ck = validate.Checker()
    loaded = validate.load(out, ck)
    corpus = validate.Corpus(CORPUS)
    for it in loaded:
        ck.item(it, corpus)
    ids = [it.id for it in loaded]
    assert len(ids) == len(set(ids))
    existing = validate.existing_questions()
    for it in loaded:
        if it.question in existing:
            ck.err(it.id, "question occurs in evals/data")
    from collections import Counter
    print(len(loaded), Counter(it.intent for it in loaded), "later turns", sum(len(it.turns or []) for it in loaded))
    print("problems:", len(ck.problems))
    for p in ck.problems:
        print(" ", p)


if __name__ == "__main__":
    main()
