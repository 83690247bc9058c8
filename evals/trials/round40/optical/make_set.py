"""Writes set.jsonl (60 items) for the round-40 optical trial."""
import json
from pathlib import Path

F1 = "op01_视光中心岗位说明书（2025版）.docx"
F2 = "op02_门店及运营岗位说明.docx"
F3 = "op03_KPI指标库2025.xlsx"
F4 = "op04_岗位信息总表.xlsx"
F5 = "op05_2025春季招聘需求.csv"
F6 = "op06_会员服务中心岗位手册.html"
F7 = "op07_配镜加工中心岗位职责与质量考核.pdf"
F9 = "op09_商品采购专员岗位说明_OA导出.txt"
F10 = "op10_区域督导巡店工作指引.md"


def q(f, quote):
    return {"file": f, "quote": quote}


def ln(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


items = []


def add(id_, persona, intent, question, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append({"id": id_, "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attribute, "evidence": ev, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def turn(question, intent, role, ev, kp, attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute:
        t["attribute"] = attribute
    return t


def oos_turn(question, role=None):
    return {"question": question, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": []}


# ---------------- duty (14)
Y_DUTIES = [q(F1, "电脑验光、综合验光仪主觉验光及双眼视功能初筛"), q(F1, "开展散瞳前后对比验光，建立屈光发育档案"),
            q(F1, "根据用眼需求推荐镜片类型"), q(F1, "每日开店前校准综合验光仪、焦度计"), q(F1, "对取镜顾客进行戴镜复核"),
            q(F1, "带教视光助理，每月组织1次店内验光技术分享"), q(F1, "配合配镜师完成瞳距、瞳高测量数据交接")]
add("op-duty-01", "new_hire", "duty", "验光师每天主要干啥活？", "验光师", Y_DUTIES,
    [["主觉验光", "电脑验光"], ["屈光发育档案", "建档"], ["校准"], ["带教视光助理", "带教"]])
D_DUTIES = [q(F1, "疑难屈光、双眼视异常及弱视的检查"), q(F1, "角膜塑形镜（OK镜）、RGP等特殊镜片"),
            q(F1, "识别眼部病变风险，必要时转诊合作眼科医院"), q(F1, "每月抽查处方不少于30张"),
            q(F1, "制定门店视光技术培训计划并组织季度考核"), q(F1, "管理近视防控会员档案")]
add("op-duty-02", "hr", "duty", "视光医生的岗位职责有哪些", "视光医生", D_DUTIES,
    [["OK镜", "角膜塑形镜"], ["弱视"], ["转诊"], ["抽查处方", "30张"]])
add("op-duty-03", "manager", "duty", "门店店长要负责哪些事情？", "店长", [q(F2, "负责门店销售目标的分解与达成")],
    [["销售目标"], ["排班"], ["盘点"], ["投诉"]])
add("op-duty-04", "new_hire", "duty", "配镜师的工作内容是啥", "配镜师", [q(F2, "接待顾客，根据验光处方和脸型")],
    [["瞳距"], ["配镜单"], ["镜架调整", "校配"], ["取镜"]])
add("op-duty-05", "hr", "duty", "区域督导主要做什么工作", "区域督导", [q(F2, "负责所辖区域6-8家门店的运营督导")],
    [["巡店"], ["整改"], ["店长例会", "新店开业"], ["销售数据"]])
QC_DUTIES = [q(F7, "逐副检验光学中心、柱镜轴位和瞳距偏差"), q(F7, "检查镜片表面划痕、崩边及镜架装配应力"),
             q(F7, "每日统计一次交检合格率"), q(F7, "对返工品进行复检"), q(F7, "每周校验焦度计、应力仪等检测设备")]
add("op-duty-06", "new_hire", "duty", "加工中心的质检员平时做些什么", "加工质检员", QC_DUTIES,
    [["光学中心", "柱镜轴位"], ["划痕", "崩边"], ["成品检验记录"], ["焦度计", "应力仪"]])
add("op-duty-07", "new_hire", "duty", "会员客服专员的职责都有啥", "会员客服专员", [ln(F6, 20, 24)],
    [["400热线"], ["回访"], ["工单"], ["积分兑换"]])
add("op-duty-08", "hr", "duty", "商品采购专员岗位职责是什么？", "商品采购专员", [ln(F9, 15, 20)],
    [["采购计划"], ["供应商"], ["询价", "比价", "议价"], ["滞销品", "近效期"]])
add("op-duty-09", "new_hire", "duty", "门店里的会员顾问负责哪块", "会员顾问", [ln(F6, 32, 35)],
    [["入会", "会员权益"], ["复查", "护眼讲座"], ["社群"]])
add("op-duty-10", "new_hire", "duty", "磨边工的活儿有哪些", "磨边装配工",
    [q(F7, "根据配镜单完成镜片磨边、钻孔、开槽与装配"), q(F7, "每日清理砂轮与水箱"), q(F7, "做好镜片领用登记")],
    [["磨边"], ["钻孔", "开槽"], ["砂轮", "水箱"], ["领用登记"]])
add("op-duty-11", "new_hire", "duty", "验光师碰到小孩子来验光要做什么额外的？", "验光师",
    [q(F1, "开展散瞳前后对比验光，建立屈光发育档案")], [["散瞳"], ["屈光发育档案", "档案"]])
add("op-duty-12", "manager", "duty", "督导多久要去门店巡一次", "区域督导",
    [q(F2, "每月对每家门店巡店不少于2次"), ln(F10, 7, 8)], [["2次"], ["暗访", "不预先通知"]])
add("op-duty-13", "manager", "duty", "视光医生要不要管验光师的培训和处方审核？", "视光医生",
    [q(F1, "审核验光师出具的疑难处方"), q(F1, "制定门店视光技术培训计划并组织季度考核")],
    [["培训计划", "培训"], ["疑难处方", "审核"]])
add("op-duty-14", "manager", "duty", "店长多久盘一次库存啊", "店长", [q(F2, "负责门店库存盘点，每月盘点一次")],
    [["每月盘点一次", "每月"], ["损耗"]])

# ---------------- qualification (10)
add("op-qual-01", "hr", "qualification", "招验光师有什么硬性条件", "验光师",
    [q(F1, "眼视光技术或眼视光学专业大专及以上学历"), ln(F5, 3)], [["大专"], ["眼镜验光员", "验光员"], ["2年"]])
add("op-qual-02", "new_hire", "qualification", "当视光医生需要啥学历和证", "视光医生",
    [q(F1, "眼视光医学或临床医学（眼科方向）本科及以上学历")], [["本科"], ["医师资格证"], ["3年"]])
add("op-qual-03", "new_hire", "qualification", "想做店长的话要几年经验？学历有要求吗", "店长",
    [q(F2, "3年以上眼镜零售经验，其中1年以上门店管理经验"), ln(F5, 10)],
    [["3年以上"], ["门店管理", "1年以上"], ["大专"]])
add("op-qual-04", "new_hire", "qualification", "配镜师应届生能做吗，要求高不高", "配镜师",
    [q(F2, "1年以上眼镜销售或配镜经验，优秀应届生可培养"), ln(F5, 6)], [["应届"], ["中专", "高中"], ["1年"]])
add("op-qual-05", "hr", "qualification", "会员客服的任职要求", "会员客服专员", [ln(F6, 26, 29)],
    [["大专"], ["1年以上"], ["打字", "50字"], ["CRM"]])
add("op-qual-06", "hr", "qualification", "采购专员要啥专业背景和经验", "商品采购专员", [ln(F9, 22, 26)],
    [["光学", "供应链管理"], ["3年以上"], ["ERP"]])
add("op-qual-07", "new_hire", "qualification", "质检员对视力有没有要求？", "加工质检员",
    [q(F7, "矫正视力5.0以上，无色盲色弱")], [["5.0"], ["色盲", "色弱"]])
add("op-qual-08", "hr", "qualification", "区域督导的任职资格是什么", "区域督导",
    [q(F2, "学历：本科及以上\t经验：5年以上连锁零售经验"), q(F4, "C1驾驶证")],
    [["本科"], ["5年以上"], ["多店管理"], ["C1"]])
add("op-qual-09", "hr", "qualification", "视光助理招人什么要求", "视光助理",
    [q(F4, "眼视光或医学相关专业"), q(F4, "不限，接受应届生"), ln(F5, 4)], [["中专"], ["应届"], ["眼视光或医学相关"]])
add("op-qual-10", "new_hire", "qualification", "验光师哪些经历算加分", "验光师",
    [q(F1, "熟练使用角膜地形图仪、有OK镜验配经验者优先")], [["角膜地形图"], ["OK镜"]])

# ---------------- attribute (10)
add("op-attr-01", "new_hire", "attribute", "视光医生直属领导是谁，手底下带谁", "视光医生",
    [q(F4, "视光中心主任"), q(F4, "验光师（业务指导）"), q(F1, "验光师（业务指导）")],
    [["视光中心主任"], ["验光师"]], attribute="reports_to")
add("op-attr-02", "manager", "attribute", "店长向谁汇报？下面管哪些岗", "店长",
    [q(F2, "所属部门：门店运营部\t直接上级：区域督导")], [["区域督导"], ["验光师", "配镜师", "会员顾问"]],
    attribute="reports_to")
add("op-attr-03", "new_hire", "attribute", "验光师在哪几个城市有岗位", "验光师", [q(F1, "杭州、宁波、绍兴各门店")],
    [["杭州"], ["宁波"], ["绍兴"]], attribute="location")
add("op-attr-04", "new_hire", "attribute", "配镜师工资大概多少", "配镜师",
    [q(F2, "底薪4500元+销售提成，综合5000-8000元"), q(F4, "5000-8000"), ln(F5, 6)], [["4500"], ["5000-8000"]],
    attribute="pay")
add("op-attr-05", "new_hire", "attribute", "质检员得有什么证书", "加工质检员",
    [q(F7, "持眼镜定配工（三级）证书"), q(F4, "眼镜定配工（三级/高级工）")], [["眼镜定配工", "定配工"], ["三级"]],
    attribute="certificate")
add("op-attr-06", "new_hire", "attribute", "区域督导base在哪，出差多吗", "区域督导",
    [q(F2, "杭州（常驻），需经常出差宁波、绍兴、苏州"), q(F2, "标准工时，出差约占50%")], [["杭州"], ["出差"]],
    attribute="location")
add("op-attr-07", "hr", "attribute", "采购专员是哪个部门的，汇报给谁", "商品采购专员",
    [ln(F9, 5, 8), q(F4, "商品中心"), q(F4, "商品采购经理")], [["商品中心"], ["商品采购经理"]], attribute="department")
add("op-attr-08", "new_hire", "attribute", "会员客服是在门店上班还是总部？", "会员客服专员", [ln(F6, 14), ln(F5, 9)],
    [["杭州总部", "总部"], ["文三路", "杭州"]], attribute="location")
add("op-attr-09", "new_hire", "attribute", "视光助理一个月能拿多少", "视光助理", [q(F4, "4000-5500"), ln(F5, 4)],
    [["4000-5500"], ["视光助理"]], attribute="pay")
add("op-attr-10", "manager", "attribute", "副店长下面带哪些人", "副店长", [q(F4, "配镜师、会员顾问")],
    [["配镜师"], ["会员顾问"]], attribute="subordinates")

# ---------------- kpi (5)
add("op-kpi-01", "manager", "kpi", "店长的KPI都考核哪些？", "店长",
    [q(F3, "实际销售额/目标销售额×100%"), q(F3, "库存周转天数"), q(F3, "重大客诉次数"),
     q(F3, "当期离职人数/平均在岗人数×100%")],
    [["销售额达成率", "销售额"], ["库存周转天数"], ["重大客诉"], ["流失率", "离职"]])
add("op-kpi-02", "new_hire", "kpi", "验光师绩效看哪几项", "验光师",
    [q(F3, "验光处方准确率"), q(F3, "重验率"), q(F3, "验光成交转化率"), q(F3, "青少年建档率")],
    [["处方准确率"], ["重验率"], ["转化率"], ["建档率"]])
add("op-kpi-03", "hr", "kpi", "会员客服的KPI有哪些", "会员客服专员",
    [q(F3, "回访完成率"), q(F3, "客诉48小时闭环率"), q(F3, "会员复购率")],
    [["回访完成率"], ["闭环率"], ["复购率"]])
add("op-kpi-04", "manager", "kpi", "加工质检员每个月考核啥指标", "加工质检员",
    [q(F7, "一次交检合格率 30% ≥98.5%"), q(F7, "漏检率 30% ≤0.3%"), q(F7, "检验及时率 20% ≥99%")],
    [["一次交检合格率", "交检合格率"], ["漏检率"], ["检验及时率"], ["30%"]])
add("op-kpi-05", "manager", "kpi", "督导的考核指标跟权重是怎么定的", "区域督导", [ln(F10, 21, 25)],
    [["区域销售目标达成率"], ["35%"], ["巡店计划完成率"], ["整改闭环率"]])

# ---------------- jd (3)
add("op-jd-01", "hr", "jd", "帮我写一份验光师的JD", "验光师", Y_DUTIES[:4],
    [["主觉验光"], ["屈光发育档案"], ["校准"]],
    tool={"kind": "jd", "role": "验光师", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("op-jd-02", "hr", "jd", "出一个配镜师的招聘启事，要有职责和要求", "配镜师", [q(F2, "准确测量瞳距、瞳高及镜眼距")],
    [["瞳距"], ["配镜单"], ["校配"]],
    tool={"kind": "jd", "role": "配镜师", "must_cite_files": [F2], "expect_sections": ["duties", "qualifications"]})
add("op-jd-03", "manager", "jd", "给会员客服专员拟个岗位说明书", "会员客服专员", [ln(F6, 20, 24)],
    [["400热线"], ["回访"], ["工单"]],
    tool={"kind": "jd", "role": "会员客服专员", "must_cite_files": [F6], "expect_sections": ["duties", "qualifications"]})

# ---------------- kpi_design (3)
IND_Y = ["验光处方准确率", "重验率", "验光成交转化率", "青少年建档率"]
add("op-kd-01", "manager", "kpi_design", "帮验光师设计一套KPI，4个指标就行", "验光师", [q(F3, n) for n in IND_Y],
    [[n] for n in IND_Y],
    tool={"kind": "kpi_design", "role": "验光师", "count": 4, "must_cite_files": [F3], "expected_indicators": IND_Y})
IND_P = ["配镜单差错率", "取镜准时率", "连带率", "个人销售额达成率"]
add("op-kd-02", "manager", "kpi_design", "配镜师的绩效考核表帮我设计下", "配镜师", [q(F3, n) for n in IND_P],
    [[n] for n in IND_P],
    tool={"kind": "kpi_design", "role": "配镜师", "count": None, "must_cite_files": [F3], "expected_indicators": IND_P})
IND_C = ["采购到货及时率", "采购成本降低率", "供应商来料合格率", "门店缺货率"]
add("op-kd-03", "hr", "kpi_design", "给采购专员搭个KPI方案，5个指标", "商品采购专员", [q(F3, n) for n in IND_C],
    [[n] for n in IND_C],
    tool={"kind": "kpi_design", "role": "商品采购专员", "count": 5, "must_cite_files": [F3],
          "expected_indicators": IND_C})

# ---------------- followup (8)
add("op-fu-01", "new_hire", "followup", "新来的，想了解下视光医生是干嘛的", "视光医生", D_DUTIES,
    [["OK镜", "角膜塑形镜"], ["弱视"], ["转诊"]],
    turns=[turn("那他需要啥证", "attribute", "视光医生", [q(F1, "持有医师资格证书（执业范围为眼耳鼻咽喉科）")],
                [["医师资格证"], ["眼耳鼻咽喉科"]], attribute="certificate"),
           turn("第二条展开说说", "duty", "视光医生", [q(F1, "角膜塑形镜（OK镜）、RGP等特殊镜片")],
                [["角膜塑形镜", "OK镜"], ["RGP"], ["定期复查", "复查"]]),
           turn("换成验光师呢", "duty", "验光师", Y_DUTIES, [["主觉验光", "电脑验光"], ["屈光发育档案", "建档"]])])
add("op-fu-02", "new_hire", "followup", "店长底薪多少钱", "店长", [q(F2, "底薪7000元+门店业绩提成")],
    [["7000"], ["提成"]], attribute="pay",
    turns=[turn("那配镜师呢", "attribute", "配镜师", [q(F2, "底薪4500元+销售提成，综合5000-8000元")],
                [["4500"], ["5000-8000"]], attribute="pay"),
           turn("他的直属上级是谁", "attribute", "配镜师", [q(F2, "所属部门：门店视光中心\t直接上级：店长")],
                [["店长"], ["上级"]], attribute="reports_to")])
add("op-fu-03", "manager", "followup", "区域督导怎么考核的", "区域督导", [ln(F10, 21, 25)],
    [["区域销售目标达成率"], ["巡店计划完成率"], ["整改闭环率"]],
    turns=[turn("权重最高的是哪个", "kpi", "区域督导", [ln(F10, 21)], [["区域销售目标达成率"], ["35%"]]),
           oos_turn("巡店检查表的评分细则呢", "区域督导"),
           turn("那他一个月要巡几次店", "duty", "区域督导", [ln(F10, 7), q(F2, "每月对每家门店巡店不少于2次")],
                [["2次"], ["暗访", "不预先通知"]])])
add("op-fu-04", "hr", "followup", "商品采购专员任职资格", "商品采购专员", [ln(F9, 22, 26)],
    [["本科"], ["3年以上"], ["商务谈判"]],
    turns=[turn("薪资待遇怎么样", "attribute", "商品采购专员", [ln(F9, 27)], [["9000-13000"], ["年终奖"]],
                attribute="pay"),
           turn("他具体负责哪些事", "duty", "商品采购专员", [ln(F9, 15, 18)], [["采购计划"], ["供应商"], ["询价", "合同"]]),
           turn("还有吗", "duty", "商品采购专员", [ln(F9, 18, 20)], [["滞销品", "近效期"], ["退换货", "来料质量"], ["主数据", "ERP"]])])
add("op-fu-05", "new_hire", "followup", "加工质检员做啥的", "加工质检员", QC_DUTIES,
    [["光学中心", "柱镜轴位"], ["划痕", "崩边"], ["成品检验记录"]],
    turns=[turn("第3条具体讲讲", "duty", "加工质检员", [q(F7, "每日统计一次交检合格率")], [["成品检验记录"], ["交检合格率"]]),
           turn("这个岗位在哪上班，几班倒", "attribute", "加工质检员",
                [q(F7, "工作地点：杭州余杭加工中心 班次：两班制"), q(F4, "两班制7:30-16:00／15:30-24:00")],
                [["余杭"], ["两班制"]], attribute="location"),
           turn("那磨边装配工呢", "attribute", "磨边装配工", [q(F7, "杭州余杭加工中心（磨边车间）")],
                [["余杭"], ["磨边车间"]], attribute="location")])
add("op-fu-06", "new_hire", "followup", "会员客服要什么学历", "会员客服专员", [ln(F6, 14), ln(F6, 26)],
    [["大专"], ["专业不限"]], attribute="education",
    turns=[turn("那会员顾问呢", "attribute", "会员顾问", [ln(F6, 15), ln(F6, 37)], [["高中"], ["会员顾问"]],
                attribute="education"),
           turn("她的领导是谁", "attribute", "会员顾问", [ln(F6, 15)], [["店长"], ["会员顾问"]], attribute="reports_to")])
add("op-fu-07", "manager", "followup", "配镜师KPI有哪些", "配镜师",
    [q(F3, "配镜单差错率"), q(F3, "取镜准时率"), q(F3, "连带率")], [["配镜单差错率"], ["取镜准时率"], ["连带率"]],
    turns=[turn("差错率的目标定的多少", "kpi", "配镜师", [q(F3, "≤0.5%"), q(F3, "≤0.2%")], [["0.5%"], ["0.2%"]]),
           turn("换成验光师看看考核哪些", "kpi", "验光师", [q(F3, n) for n in IND_Y],
                [["验光处方准确率"], ["重验率"], ["建档率"]])])
add("op-fu-08", "hr", "followup", "区域督导薪资多少", "区域督导", [q(F2, "年薪20-30万元（含绩效）"), q(F4, "年薪20-30万")],
    [["20-30万"], ["年薪"]], attribute="pay",
    turns=[turn("学历经验有啥要求", "qualification", "区域督导", [q(F2, "学历：本科及以上\t经验：5年以上连锁零售经验")],
                [["本科"], ["5年以上"]]),
           turn("第四条职责展开说说", "duty", "区域督导", [q(F2, "组织区域店长例会及新店开业筹备")], [["店长例会"], ["新店开业"]]),
           turn("他下面管几家店", "attribute", "区域督导",
                [q(F2, "负责所辖区域6-8家门店的运营督导"), q(F2, "直接上级：运营总监\t直接下级：各门店店长")],
                [["6-8家"], ["店长"]], attribute="subordinates")])

# ---------------- out of scope (7)
add("op-oos-01", "new_hire", "out_of_scope", "视光中心主任的岗位职责是什么", "视光中心主任", [], [])
add("op-oos-02", "hr", "out_of_scope", "客服主管招聘要什么学历？", "客服主管", [], [])
add("op-oos-03", "new_hire", "out_of_scope", "收银员每天要做哪些工作", "收银员", [], [])
add("op-oos-04", "manager", "out_of_scope", "磨边装配工的考核指标有哪些", "磨边装配工", [], [])
add("op-oos-05", "new_hire", "out_of_scope", "眼镜商品专员负责什么", None, [], [])
add("op-oos-06", "hr", "out_of_scope", "公司社保公积金按多少比例交", None, [], [])
add("op-oos-07", "new_hire", "out_of_scope", "孩子近视300度戴OK镜效果好吗", None, [], [])

assert len(items) == 60, len(items)
out = Path(__file__).with_name("set.jsonl")
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
from collections import Counter
print(Counter(i["intent"] for i in items), Counter(i["persona"] for i in items))
