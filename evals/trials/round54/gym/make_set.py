# -*- coding: utf-8 -*-
"""Builds set.jsonl (60 items) for round 54 / gym. Written before gangwei was run."""
import json
from pathlib import Path

F1 = "LX01_门店岗位说明书汇编2025.docx"
F2 = "LX02_泳池与设备岗位工作手册.docx"
F3 = "LX03_绩效考核指标库2025.xlsx"
F4 = "LX04_门店编制与薪酬带宽.xlsx"
F5 = "LX05_招聘需求导出_20250415.csv"
F6 = "LX06_加入我们.html"
F7 = "LX07_管理岗位培训课件.pdf"
F8 = "LX08_新员工入职指南.md"
F9 = "LX09_考勤与排班管理制度.txt"
F10 = "LX10_客服中心岗位说明.txt"


def q(f, s):
    return {"file": f, "quote": s}


def ln(f, a, b):
    return {"file": f, "line_start": a, "line_end": b}


def kp(*groups):
    return [g if isinstance(g, list) else [g] for g in groups]


items = []


def add(id_, persona, intent, question, role, evidence, key_points, attribute=None, turns=None, tool=None):
    items.append(dict(id=id_, persona=persona, intent=intent, question=question, role=role, attribute=attribute,
                      evidence=evidence, key_points=key_points, expect_refusal=(intent == "out_of_scope"),
                      turns=turns, tool=tool))


def turn(question, intent, role, evidence=(), key_points=(), attribute=None):
    t = dict(question=question, intent=intent, role=role, evidence=list(evidence), key_points=list(key_points))
    if attribute:
        t["attribute"] = attribute
    return t


# ------------------------------------------------------------------ duty (14)
add("gym-duty-01", "new_hire", "duty", "店长平时主要干啥？", "店长",
    [q(F1, "完成区域下达的月度营收目标"), q(F1, "负责门店人员排班、考勤审核与新员工带教"), q(F1, "组织每周店务会，通报业绩")],
    kp(["营收目标"], ["排班"], ["店务会"]))
add("gym-duty-02", "new_hire", "duty", "私教每天具体要做哪些工作", "私人教练",
    [q(F1, "为会员提供一对一体能评估"), q(F1, "每月完成不少于120节课时"), q(F1, "每4周出具一次阶段性训练报告"),
     q(F1, "维护会员关系，跟进续课")],
    kp(["体能评估"], ["120节"], ["训练报告"], ["续课"]))
add("gym-duty-03", "new_hire", "duty", "团操老师的职责有哪些", "团课教练",
    [q(F1, "按月度课表完成团体课程授课"), q(F1, "课前检查音响、麦克风、单车等设备"), q(F1, "每季度至少更新一套课程内容"),
     q(F1, "针对新学员提供动作降阶方案")],
    kp(["12节"], ["音响"], ["更新一套"], ["降阶"]))
add("gym-duty-04", "new_hire", "duty", "下周去做会籍了，会籍的工作内容是啥", "会籍顾问",
    [q(F1, "通过外场派单、电话邀约"), q(F1, "在CRM系统中及时登记跟进记录"), q(F1, "为新会员办理入会手续")],
    kp(["派单"], ["CRM"], ["入会手续"]))
add("gym-duty-05", "hr", "duty", "前台接待岗位职责", "前台接待",
    [q(F1, "负责会员入场核验"), q(F1, "办理储物柜钥匙、毛巾的发放与回收"), q(F1, "受理会员冻卡、转卡申请"),
     q(F1, "每班结束前完成交接班记录"), ln(F8, 28, 31)],
    kp(["入场核验"], ["毛巾"], ["冻卡"], ["交接班记录"]))
add("gym-duty-06", "new_hire", "duty", "救生员上班都要做些什么？", "游泳救生员",
    [q(F2, "在高位救生椅值守，每30分钟与池边救生员轮换位置"), q(F2, "劝阻奔跑、跳水、酒后下水等危险行为"),
     q(F2, "闭馆后清点泳池人数"), ln(F5, 7, 7)],
    kp(["高位救生椅"], ["30分钟"], ["劝阻"], ["清点泳池人数"]))
add("gym-duty-07", "manager", "duty", "设备维修工每天都检查些啥", "设备维护员",
    [q(F2, "检查跑步机皮带、电机、急停装置"), q(F2, "检查钢丝绳、配重片、插销磨损"), q(F2, "巡查循环泵、过滤砂缸、加药装置运行状态")],
    kp(["跑步机"], ["钢丝绳"], ["循环泵"]))
add("gym-duty-08", "hr", "duty", "客服专员主要负责哪些事情", "客服专员",
    [ln(F10, 25, 30), ln(F6, 50, 50)],
    kp(["400热线"], ["24小时内首次响应"], ["回访"], ["周报"]))
add("gym-duty-09", "manager", "duty", "市场推广这个岗位都干嘛的", "市场推广专员",
    [ln(F5, 2, 6), ln(F6, 39, 39)],
    kp(["推广活动"], ["小红书"], ["异业合作"], ["推广效果分析"]))
add("gym-duty-10", "manager", "duty", "区域经理的职责说一下", "区域运营经理",
    [q(F7, "负责辖区4-6家门店的经营指标"), q(F7, "每周巡店不少于8次"), q(F7, "负责店长的招聘、培养与绩效考核"),
     q(F7, "统筹新店筹备与开业工作"), ln(F6, 28, 28)],
    kp(["4-6家"], ["巡店"], ["店长的招聘"], ["新店"]))
add("gym-duty-11", "new_hire", "duty", "私教主管要负责些什么", "私教主管",
    [q(F7, "负责私教团队的日常管理、排课与课时审核"), q(F7, "制定私教部月度业绩目标并分解到个人"),
     q(F7, "抽查课程质量（每人每月不少于2节）"), q(F7, "本人保持每月不少于60节授课")],
    kp(["排课"], ["业绩目标"], ["抽查"], ["60节"]))
add("gym-duty-12", "hr", "duty", "会籍主管职责是什么", "会籍主管",
    [q(F7, "每日主持晨会，分配当日邀约与外场任务"), q(F7, "审核会籍合同及折扣申请"), q(F7, "组织会籍顾问话术培训与新人带教")],
    kp(["晨会"], ["合同"], ["话术培训"]))
add("gym-duty-13", "manager", "duty", "器械坏了报修，设备维护员多久要到场？", "设备维护员",
    [q(F2, "接到报修后2小时内到场处理")],
    kp(["2小时内到场"], ["厂家"]))
add("gym-duty-14", "new_hire", "duty", "会员要冻卡的话前台要干啥", "前台接待",
    [q(F1, "受理会员冻卡、转卡申请，核对资料后提交店长审批"), ln(F8, 34, 34)],
    kp(["冻卡"], ["店长审批", "店长完成"]))

# ------------------------------------------------------------------ qualification (10)
add("gym-qual-01", "new_hire", "qualification", "做私教需要什么证？学历有要求不", "私人教练",
    [q(F1, "须持有NSCA-CPT、ACE-CPT或国家职业资格健身教练证书之一"), q(F1, "体育教育、运动训练、运动康复等相关专业"),
     q(F1, "1年以上私教授课经验")],
    kp(["NSCA-CPT"], ["急救"], ["1年以上私教授课经验"]))
# (学历 cell "大专及以上学历" is shared by several posts, so it is not a key point here)
add("gym-qual-02", "hr", "qualification", "招救生员有啥要求", "游泳救生员",
    [q(F2, "具备高中及以上学历，身体健康"), q(F2, "急救员证方可上岗，证书每年复审一次"), ln(F5, 7, 7)],
    kp(["高中及以上"], ["游泳救生员"], ["200米"], ["急救员证"]))
add("gym-qual-03", "hr", "qualification", "设备维护员需要什么条件", "设备维护员",
    [q(F2, "必须持有低压电工作业证")],
    kp(["低压电工"], ["2年以上"], ["机电一体化"]))
add("gym-qual-04", "hr", "qualification", "区域运营经理任职要求有哪些", "区域运营经理",
    [ln(F6, 30, 30), ln(F5, 9, 9)],
    kp(["本科"], ["5年以上"], ["3年以上多店管理"]))
add("gym-qual-05", "new_hire", "qualification", "做会籍要啥学历和经验啊", "会籍顾问",
    [q(F1, "半年以上销售经验"), q(F1, "较强的沟通能力和抗压能力")],
    kp(["半年以上销售经验"], ["沟通能力"]))
add("gym-qual-06", "hr", "qualification", "客服专员招人要求", "客服专员",
    [ln(F10, 38, 42), ln(F6, 52, 52), ln(F5, 10, 10)],
    kp(["大专"], ["1年以上客服"], ["50字"]))
add("gym-qual-07", "manager", "qualification", "招市场推广专员需要啥背景", "市场推广专员",
    [ln(F5, 2, 2), ln(F6, 41, 41)],
    kp(["本科"], ["市场营销"], ["2年以上"]))
add("gym-qual-08", "new_hire", "qualification", "带团课需要哪些证书", "团课教练",
    [q(F1, "莱美（Les Mills）、Zumba或瑜伽联盟RYT200"), ln(F6, 63, 63)],
    kp(["莱美"], ["Zumba"], ["RYT200"]))
add("gym-qual-09", "manager", "qualification", "当店长要几年经验？", "店长",
    [q(F1, "3年以上健身行业工作经验，其中1年以上门店管理经验")],
    kp(["3年以上"], ["门店管理经验"]))
add("gym-qual-10", "hr", "qualification", "私教主管的任职资格", "私教主管",
    [q(F7, "3年以上私教经验，1年以上团队管理经验"), q(F7, "NSCA-CSCS或同等高级认证优先")],
    kp(["3年以上私教经验"], ["团队管理"], ["NSCA-CSCS"]))

# ------------------------------------------------------------------ attribute (10)
add("gym-attr-01", "new_hire", "attribute", "店长向谁汇报？手下管哪些人", "店长",
    [q(F1, "区域运营经理"), q(F1, "门店各部门主管、前台接待、设备维护员、游泳救生员")],
    kp(["区域运营经理"], ["前台接待"], ["游泳救生员"]), attribute="reports_to")
add("gym-attr-02", "hr", "attribute", "救生员现在归谁管", "游泳救生员",
    [ln(F9, 26, 28), ln(F5, 7, 7)],
    kp(["店长"], ["4月1日"]), attribute="reports_to")
add("gym-attr-03", "new_hire", "attribute", "前台一个月工资多少钱", "前台接待",
    [q(F4, "4000-5000"), q(F4, "全勤奖200元")],
    kp(["4000-5000"], ["全勤奖"]), attribute="pay")
add("gym-attr-04", "new_hire", "attribute", "私教底薪多少，课时费怎么算", "私人教练",
    [q(F1, "底薪4000元＋课时费（每课时60-150元"), q(F4, "4000（固定）"), q(F4, "课时费60-150元/节＋销售提成")],
    kp(["4000"], ["60-150"]), attribute="pay")
add("gym-attr-05", "hr", "attribute", "设备维护员必须有电工证吗", "设备维护员",
    [q(F2, "必须持有低压电工作业证")],
    kp(["低压电工作业证"], ["特种作业操作证"]), attribute="certificate")
add("gym-attr-06", "new_hire", "attribute", "客服专员在哪上班", "客服专员",
    [ln(F10, 18, 18), ln(F6, 48, 48), ln(F5, 10, 10)],
    kp(["杭州总部", "杭州"], ["文三路"]), attribute="location")
add("gym-attr-07", "new_hire", "attribute", "私教的直属领导是谁，属于哪个部门", "私人教练",
    [q(F1, "私教主管"), q(F1, "私教部")],
    kp(["私教主管"], ["私教部"]), attribute="reports_to")
add("gym-attr-08", "hr", "attribute", "市场推广专员薪资多少？双休吗", "市场推广专员",
    [ln(F5, 2, 2), ln(F6, 37, 37)],
    kp(["7000-10000", "7-10K"], ["双休"]), attribute="pay")
add("gym-attr-09", "manager", "attribute", "区域运营经理手底下管几家店", "区域运营经理",
    [q(F7, "管理范围：辖区各门店店长"), q(F7, "负责辖区4-6家门店的经营指标"), ln(F6, 28, 28), ln(F5, 9, 9)],
    kp(["4-6家"], ["店长"]), attribute="subordinates")
add("gym-attr-10", "new_hire", "attribute", "会籍底薪多少 提成怎么算的", "会籍顾问",
    [q(F1, "底薪3500元＋会籍销售提成（3%-8%阶梯）"), q(F4, "3500（固定）"), q(F4, "会籍销售提成3%-8%")],
    kp(["3500"], ["3%-8%"]), attribute="pay")

# ------------------------------------------------------------------ kpi (5)
add("gym-kpi-01", "manager", "kpi", "私教的KPI考核哪几项", "私人教练",
    [q(F3, "月课时量"), q(F3, "私教业绩达成率"), q(F3, "会员续课率"), q(F3, "培训考核成绩")],
    kp(["月课时量"], ["私教业绩达成率"], ["会员续课率"], ["培训考核成绩"]))
add("gym-kpi-02", "manager", "kpi", "店长的考核指标和权重是怎样的", "店长",
    [q(F3, "门店营收达成率"), q(F3, "门店利润率"), q(F3, "员工流失率"), q(F3, "零事故（发生重大事故一票否决）")],
    kp(["门店营收达成率"], ["门店利润率"], ["员工流失率"], ["一票否决"]))
add("gym-kpi-03", "hr", "kpi", "会籍顾问每个月怎么考核", "会籍顾问",
    [q(F3, "个人销售额达成率"), q(F3, "新会员成交数"), q(F3, "续卡率"), q(F3, "CRM登记完整率")],
    kp(["个人销售额达成率"], ["新会员成交数"], ["续卡率"], ["CRM登记完整率"]))
add("gym-kpi-04", "manager", "kpi", "区域经理考核看哪些指标", "区域运营经理",
    [q(F7, "辖区营收达成率 40%"), q(F7, "巡店次数 10% ≥32次/月"), q(F7, "储备店长培养数 10%")],
    kp(["辖区营收达成率"], ["巡店次数"], ["储备店长培养数"]))
add("gym-kpi-05", "hr", "kpi", "客服专员的绩效指标有哪些", "客服专员",
    [q(F3, "工单首次响应及时率"), q(F3, "投诉结案率"), q(F3, "回访完成率")],
    kp(["工单首次响应及时率"], ["投诉结案率"], ["回访完成率"]))

# ------------------------------------------------------------------ jd (3)
add("gym-jd-01", "hr", "jd", "帮我写一份救生员的JD", "游泳救生员",
    [q(F2, "在高位救生椅值守，每30分钟与池边救生员轮换位置"), q(F2, "劝阻奔跑、跳水、酒后下水等危险行为"),
     q(F2, "闭馆后清点泳池人数")],
    kp(["高位救生椅"], ["劝阻"], ["清点泳池人数"]),
    tool={"kind": "jd", "role": "游泳救生员", "must_cite_files": [F2], "expect_sections": ["duties", "qualifications"]})
add("gym-jd-02", "hr", "jd", "出一份会籍顾问的招聘JD，要挂到招聘网站上", "会籍顾问",
    [q(F1, "通过外场派单、电话邀约"), q(F1, "在CRM系统中及时登记跟进记录"), q(F1, "为新会员办理入会手续")],
    kp(["派单"], ["CRM"], ["入会手续"]),
    tool={"kind": "jd", "role": "会籍顾问", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("gym-jd-03", "manager", "jd", "给市场推广专员起草个岗位说明书", "市场推广专员",
    [ln(F5, 2, 6)],
    kp(["推广活动"], ["小红书"], ["推广效果分析"]),
    tool={"kind": "jd", "role": "市场推广专员", "must_cite_files": [F5], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design (3)
add("gym-kd-01", "manager", "kpi_design", "帮私教主管设计一套KPI，5个指标就行", "私教主管",
    [q(F3, "私教部业绩达成率"), q(F3, "团队人均课时"), q(F3, "课程质量抽查合格率"), q(F3, "教练流失率")],
    kp(["私教部业绩达成率"], ["团队人均课时"], ["课程质量抽查合格率"], ["教练流失率"]),
    tool={"kind": "kpi_design", "role": "私教主管", "count": 5, "must_cite_files": [F3],
          "expected_indicators": ["私教部业绩达成率", "团队人均课时", "课程质量抽查合格率", "教练流失率"]})
add("gym-kd-02", "hr", "kpi_design", "给前台设计一下考核指标", "前台接待",
    [q(F3, "入场核验差错次数"), q(F3, "电话接听率"), q(F3, "交接班记录完整率")],
    kp(["入场核验差错次数"], ["电话接听率"], ["交接班记录完整率"]),
    tool={"kind": "kpi_design", "role": "前台接待", "count": None, "must_cite_files": [F3],
          "expected_indicators": ["入场核验差错次数", "电话接听率", "交接班记录完整率"]})
add("gym-kd-03", "manager", "kpi_design", "团课教练的绩效考核表帮我做一个", "团课教练",
    [q(F3, "月授课节数"), q(F3, "课程满员率"), q(F3, "学员评分")],
    kp(["月授课节数"], ["课程满员率"], ["学员评分"]),
    tool={"kind": "kpi_design", "role": "团课教练", "count": None, "must_cite_files": [F3],
          "expected_indicators": ["月授课节数", "课程满员率", "学员评分"]})

# ------------------------------------------------------------------ followup (8)
add("gym-fu-01", "manager", "followup", "店长要干哪些活", "店长",
    [q(F1, "完成区域下达的月度营收目标"), q(F1, "负责门店人员排班、考勤审核与新员工带教"), q(F1, "组织每周店务会，通报业绩")],
    kp(["营收目标"], ["排班"], ["店务会"]),
    turns=[turn("第4条具体说下", "duty", "店长", [q(F1, "每日开店前完成安全巡检")], kp(["安全巡检"], ["泳池安全"])),
           turn("那他考核看啥", "kpi", "店长", [q(F3, "门店营收达成率"), q(F3, "门店利润率"), q(F3, "员工流失率")],
                kp(["门店营收达成率"], ["门店利润率"], ["员工流失率"]))])
add("gym-fu-02", "new_hire", "followup", "私教的任职要求是啥", "私人教练",
    [q(F1, "须持有NSCA-CPT、ACE-CPT或国家职业资格健身教练证书之一"), q(F1, "1年以上私教授课经验")],
    kp(["NSCA-CPT"], ["1年以上私教授课经验"]),
    turns=[turn("那团课教练呢", "qualification", "团课教练", [q(F1, "莱美（Les Mills）、Zumba或瑜伽联盟RYT200"), ln(F6, 63, 63)],
                kp(["莱美"], ["RYT200"])),
           turn("团课的课时费怎么算", "attribute", "团课教练",
                [q(F1, "按课时结算，每节课150-300元"), q(F4, "课时费150-300元/节"), ln(F6, 59, 59)],
                kp(["150-300"], ["课时", "每节"]), attribute="pay")])
add("gym-fu-03", "hr", "followup", "游泳救生员的主要职责", "游泳救生员",
    [q(F2, "在高位救生椅值守，每30分钟与池边救生员轮换位置"), q(F2, "开馆前检查救生杆、救生圈、急救箱、AED"),
     q(F2, "发生溺水等紧急情况时立即施救")],
    kp(["高位救生椅"], ["救生圈"], ["溺水"]),
    turns=[turn("要什么证", "attribute", "游泳救生员", [q(F2, "急救员证方可上岗，证书每年复审一次"), ln(F5, 7, 7)],
                kp(["游泳救生员"], ["急救员证"]), attribute="certificate"),
           turn("他们归谁管", "attribute", "游泳救生员", [ln(F9, 26, 28), ln(F5, 7, 7)], kp(["店长"], ["4月1日"]),
                attribute="reports_to"),
           turn("工资呢", "attribute", "游泳救生员", [ln(F5, 7, 7), q(F4, "4500-5500"), q(F4, "持证津贴300元")],
                kp(["4500-5500"], ["持证津贴"]), attribute="pay")])
add("gym-fu-04", "new_hire", "followup", "会籍顾问每天做什么", "会籍顾问",
    [q(F1, "通过外场派单、电话邀约"), q(F1, "带领参观场馆并讲解会籍卡种与价格"), q(F1, "完成会籍卡销售及续卡")],
    kp(["派单"], ["参观场馆"], ["续卡"]),
    turns=[turn("还有吗", "duty", "会籍顾问", [q(F1, "定期回访会员，收集意见"), q(F1, "在CRM系统中及时登记跟进记录")],
                kp(["回访"], ["CRM"])),
           turn("换成会籍主管呢", "duty", "会籍主管", [q(F7, "每日主持晨会，分配当日邀约与外场任务"), q(F7, "审核会籍合同及折扣申请")],
                kp(["晨会"], ["折扣申请"]))])
add("gym-fu-05", "manager", "followup", "客服专员的KPI有哪些", "客服专员",
    [q(F3, "工单首次响应及时率"), q(F3, "投诉结案率")],
    kp(["工单首次响应及时率"], ["投诉结案率"]),
    turns=[turn("第二个指标目标值定的多少", "kpi", "客服专员", [q(F3, "72小时内结案≥95%")], kp(["72小时"], ["95%"])),
           turn("这个岗位上级是谁", "attribute", "客服专员", [ln(F10, 16, 17), ln(F5, 10, 10)], kp(["客服主管"], ["客户服务中心"]),
                attribute="reports_to")])
add("gym-fu-06", "hr", "followup", "设备维护员的职责", "设备维护员",
    [q(F2, "检查跑步机皮带、电机、急停装置"), q(F2, "检查钢丝绳、配重片、插销磨损"), q(F2, "接到报修后2小时内到场处理")],
    kp(["跑步机"], ["钢丝绳"], ["报修"]),
    turns=[turn("他的任职条件呢", "qualification", "设备维护员", [q(F2, "必须持有低压电工作业证")], kp(["低压电工"], ["2年以上"])),
           turn("换成泳池救生员呢", "qualification", "游泳救生员", [q(F2, "具备高中及以上学历，身体健康"), ln(F5, 7, 7)],
                kp(["高中及以上"], ["200米"]))])
add("gym-fu-07", "hr", "followup", "区域运营经理要什么学历，几年经验", "区域运营经理",
    [ln(F6, 30, 30), ln(F5, 9, 9)],
    kp(["本科"], ["5年以上"]), attribute="education",
    turns=[turn("他的职责呢", "duty", "区域运营经理", [q(F7, "每周巡店不少于8次"), q(F7, "统筹新店筹备与开业工作"), ln(F6, 28, 28)],
                kp(["巡店"], ["新店"])),
           turn("第2条展开讲讲", "duty", "区域运营经理", [q(F7, "每周巡店不少于8次，检查服务标准与安全执行情况"), ln(F6, 28, 28)],
                kp(["8次"], ["服务标准"])),
           turn("那他年薪大概多少", "attribute", "区域运营经理", [ln(F5, 9, 9), ln(F6, 26, 26)], kp(["25-35万"], ["年薪"]),
                attribute="pay")])
add("gym-fu-08", "new_hire", "followup", "前台的职责有哪些", "前台接待",
    [q(F1, "负责会员入场核验"), q(F1, "办理储物柜钥匙、毛巾的发放与回收"), q(F1, "每班结束前完成交接班记录"), ln(F8, 28, 31)],
    kp(["入场核验"], ["毛巾"], ["交接班记录"]),
    turns=[turn("前台归谁管", "attribute", "前台接待", [ln(F8, 21, 23)], kp(["店长"], ["门店运营部"]), attribute="reports_to"),
           turn("那工资呢", "attribute", "前台接待", [q(F4, "4000-5000"), q(F4, "全勤奖200元")], kp(["4000-5000"], ["全勤奖"]),
                attribute="pay"),
           turn("那保洁员的岗位职责呢", "out_of_scope", "保洁员")])

# ------------------------------------------------------------------ out of scope (7)
add("gym-oos-01", "hr", "out_of_scope", "营养师的岗位职责是啥", "营养师", [], [])
add("gym-oos-02", "new_hire", "out_of_scope", "水质检测员要做哪些工作", "水质检测员", [], [])
add("gym-oos-03", "manager", "out_of_scope", "会籍主管的KPI有哪些", "会籍主管", [], [])
add("gym-oos-04", "hr", "out_of_scope", "客服主管的职责", "客服主管", [], [])
add("gym-oos-05", "new_hire", "out_of_scope", "深蹲一组做多少个增肌效果最好", None, [], [])
add("gym-oos-06", "hr", "out_of_scope", "杭州2025年社保缴费基数是多少", None, [], [])
add("gym-oos-07", "new_hire", "out_of_scope", "团课主管负责些什么工作", "团课主管", [], [])

assert len(items) == 60, len(items)
out = Path(__file__).resolve().parent / "set.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter(i["intent"] for i in items), Counter(i["persona"] for i in items))
