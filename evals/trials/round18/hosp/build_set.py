#!/usr/bin/env python3
"""Write set.jsonl (64 items, eval-set schema) for the round-18 county-hospital corpus (青溪县人民医院).

    T18_OUT=/tmp/t18hosp /work/main/.venv/bin/python build_set.py

Written from the generated documents only, before gangwei was run on them. Text files are cited by
line spans found through anchor strings; binary files by quotes.
"""
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("T18_OUT", "/tmp/t18hosp")) / "corpus"

F01 = "qx01_岗位说明书汇编（临床护理及职能）.docx"
F02 = "qx02_护理部2025年绩效考核标准.xlsx"
F03 = "qx03_卫生专业技术人员任职条件.pdf"
F04 = "qx04_2025年公开招聘编外人员公告.html"
F05 = "qx05_人事系统岗位信息导出_20250310.csv"
F06 = "qx06_主要科室职责.txt"
F07 = "qx07_住院医师规范化培训轮转安排.md"
F08 = "qx08_员工手册节选.docx"
F09 = "qx09_医院组织架构图.xlsx"
F10 = "qx10_医技及窗口岗位月度考核表.docx"

_lines = {}


def lines(f):
    if f not in _lines:
        _lines[f] = (CORPUS / f).read_bytes().decode("utf-8-sig").splitlines()
    return _lines[f]


def L(f, start, end=None, after=None):
    """Span from the first line containing `start` (after the line containing `after`) to the
    first line from there containing `end` (or the same line)."""
    ls = lines(f)
    i0 = 0
    if after is not None:
        i0 = next(i for i, s in enumerate(ls) if after in s) + 1
    a = next(i for i in range(i0, len(ls)) if start in ls[i])
    b = a if end is None else next(i for i in range(a, len(ls)) if end in ls[i])
    return {"file": f, "line_start": a + 1, "line_end": b + 1}


def CSVROW(code):
    """A CSV record (its physical lines) by its 岗位编码: up to the line before the next record."""
    import re
    ls = lines(F05)
    a = next(i for i, s in enumerate(ls) if s.startswith(code + ","))
    b = a
    while b + 1 < len(ls) and not re.match(r"[A-Z]{2}-\d{2},", ls[b + 1]):
        b += 1
    return {"file": F05, "line_start": a + 1, "line_end": b + 1}


def HROW(code):
    """An HTML table row (<tr> … </tr>) of the posting table by its 岗位代码."""
    ls = lines(F04)
    c = next(i for i, s in enumerate(ls) if f"<p>{code}</p>" in s)
    a = c - 1
    b = next(i for i in range(c, len(ls)) if ls[i].strip() == "</tr>")
    return {"file": F04, "line_start": a + 1, "line_end": b + 1}


HEDU = None  # the rowspan=4 学历 cell (2025-04 … 2025-07)


def Q(f, quote):
    return {"file": f, "quote": quote}


items = []


def add(id_, persona, intent, question, role, evidence, kp, attribute=None, turns=None, tool=None):
    items.append({"id": f"r18h-{id_}", "persona": persona, "intent": intent, "question": question,
                  "role": role, "attribute": attribute, "evidence": evidence, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(question, intent, role, evidence, kp, attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": evidence, "key_points": kp}
    if attribute:
        t["attribute"] = attribute
    return t


HEDU = L(F04, 'rowspan="4"')

# ------------------------------------------------------------------ duty (10)
add("duty-01", "new_hire", "duty", "刚分到病区当护士，每天具体都要干哪些活呀？", "临床护士",
    [Q(F01, "按分级护理要求对分管患者实施责任制整体护理"), Q(F01, "严格执行“三查八对”"),
     Q(F01, "按要求书写护理记录"), Q(F01, "参加病区轮值夜班，做好床头交接班")],
    [["责任制整体护理", "分级护理"], ["三查八对", "执行医嘱"], ["护理记录"], ["夜班", "交接班"]])
add("duty-02", "manager", "duty", "我刚提的护士长，平时主要要抓哪些事？", "护士长",
    [Q(F01, "根据病区床位使用和患者病情合理排班"), Q(F01, "组织本病区护理查房和疑难病例护理会诊"),
     Q(F01, "负责本病区护理不良事件的上报"), Q(F01, "指定专人每日检查急救车")],
    [["排班"], ["护理查房"], ["不良事件"], ["急救车"]])
add("duty-03", "new_hire", "duty", "住院医生管床都要做些啥？入院记录几个小时内要写完？", "住院医师",
    [Q(F01, "一般分管床位8～12张"), Q(F01, "新入院患者在24小时内完成入院记录"), Q(F01, "每日上、下午各查房一次")],
    [["24小时"], ["查房"], ["分管床位"]])
add("duty-04", "hr", "duty", "药房药剂师的岗位职责帮我列一下", "药剂师",
    [Q(F01, "负责门诊处方和住院医嘱的审核与调配"), Q(F01, "严格执行“四查十对”"),
     Q(F01, "特殊药品的专柜加锁管理"), Q(F01, "对近效期药品提前3个月预警")],
    [["审核"], ["四查十对"], ["特殊药品", "麻醉药品"], ["效期"]])
add("duty-05", "new_hire", "duty", "我是新来的收费员，收费处日常的活都有哪些", "收费员",
    [CSVROW("CW-11")],
    [["挂号"], ["日结"], ["医保"], ["票据", "发票"]])
add("duty-06", "manager", "duty", "病案室那个管理员主要负责些什么", "病案管理员",
    [CSVROW("BA-02")],
    [["归档"], ["编码", "ICD-10"], ["复印", "借阅"]])
add("duty-07", "new_hire", "duty", "检验科技师碰到危急值要咋处里？", "检验技师",
    [L(F05, "3.发现危急值时立即复核")],
    [["复核"], ["10分钟"], ["电话通知"]])
add("duty-08", "hr", "duty", "医保办的专员平时都做哪些工作", "医保专员",
    [CSVROW("YB-01")],
    [["宣传", "培训"], ["结算清单"], ["扣款"], ["异地就医"]])
add("duty-09", "new_hire", "duty", "放射科当技师，做CT前后都要注意些什么", "影像技师",
    [CSVROW("FS-03")],
    [["核对患者信息", "核对"], ["辐射防护"], ["碘对比剂"], ["PACS"]])
add("duty-10", "manager", "duty", "病案统计室这个科室管哪些事", None,
    [L(F06, "五、病案统计室", "DRG/DIP")],
    [["归档"], ["统计报表"], ["DRG", "首页"]])

# ------------------------------------------------------------------ qualification (10)
add("qual-01", "hr", "qualification", "护士长要啥职称？对工作年限有没有要求", "护士长",
    [Q(F01, "具有主管护师及以上专业技术职务任职资格"), Q(F01, "从事临床护理工作满8年")],
    [["主管护师"], ["满8年", "8年"], ["护理组长"]])
add("qual-02", "hr", "qualification", "主管药师要满足什么条件才能聘？大专的要干几年", "主管药师",
    [Q(F03, "取得药师职务后从事药学工作"), Q(F03, "满5年、本科学历满4年")],
    [["满5年", "5年"], ["年度考核"]])
add("qual-03", "hr", "qualification", "影像技师招人有什么硬性要求", "影像技师",
    [L(F05, "大专及以上学历，医学影像技术专业"), HEDU, HROW("2025-05")],
    [["医学影像技术"], ["上岗合格证"], ["放射工作人员证"]])
add("qual-04", "new_hire", "qualification", "想去院感科做专职，需要满足哪些条件", "院感专职人员",
    [Q(F01, "临床医学、护理学、预防医学等相关专业大专"), Q(F01, "职称：具有中级及以上专业技术职务任职资格"),
     Q(F01, "经历：有5年以上临床工作经历"), Q(F01, "须取得省级医院感染管理岗位培训合格证书")],
    [["大专"], ["中级"], ["5年"], ["培训合格证书"]])
add("qual-05", "manager", "qualification", "收费组长这个岗得满足啥条件", "收费组长",
    [L(F05, "从事医院收费工作3年以上")],
    [["大专"], ["会计"], ["3年以上"]])
add("qual-06", "hr", "qualification", "本科的护师多久能考主管护师", "主管护师",
    [Q(F03, "取得护师职务后，本科学历满4年")],
    [["4年"], ["主管护师资格考试"]])
add("qual-07", "manager", "qualification", "评副主任医师有没有下基层的要求", "副主任医师",
    [Q(F03, "晋升前到乡镇卫生院累计"), Q(F03, "本专业工作满5年")],
    [["乡镇卫生院"], ["满1年", "1年"], ["满5年", "5年"]])
add("qual-08", "new_hire", "qualification", "带规培生的老师需要啥资力", "带教老师",
    [L(F07, "带教老师须具有主治医师及以上职称")],
    [["主治医师"], ["5年以上"], ["师资培训"]])
add("qual-09", "manager", "qualification", "招个信息科工程师，学历专业上有啥要求", "信息科工程师",
    [L(F05, "本科及以上学历，计算机科学与技术")],
    [["本科"], ["计算机"], ["数据库", "SQL Server", "Oracle"]])
add("qual-10", "hr", "qualification", "检验技师任职要求有哪些，身体方面有没有要求", "检验技师",
    [L(F05, "医学检验技术专业；具有检验技师及以上资格"), HROW("2025-04")],
    [["医学检验技术"], ["检验技师"], ["色觉正常"]])

# ------------------------------------------------------------------ attribute (12)
add("attr-01", "new_hire", "attribute", "医务科干事的直接领导是谁", "医务科干事",
    [Q(F01, "医务科科长"), Q(F09, "医务科科长")],
    [["医务科科长"], ["医务科"]], attribute="reports_to")
add("attr-02", "manager", "attribute", "护士长手下都管着哪些人", "护士长",
    [Q(F01, "本病区护士、护理员"), Q(F09, "临床护士"), Q(F09, "护理员")],
    [["护士"], ["护理员"]], attribute="subordinates")
add("attr-03", "new_hire", "attribute", "影像技师是哪个科室的", "影像技师",
    [L(F05, "FS-03,影像技师"), HROW("2025-05")],
    [["放射科"], ["影像技师"]], attribute="department")
add("attr-04", "new_hire", "attribute", "当收费员要什么学历", "收费员",
    [L(F05, "熟练使用计算机和医院收费系统"), HEDU, HROW("2025-06")],
    [["大专"], ["会计", "财务管理"]], attribute="education")
add("attr-05", "hr", "attribute", "药剂师岗位要求学什么专业", "药剂师",
    [Q(F01, "学历：药学或临床药学专业本科及以上学历"), HROW("2025-03")],
    [["药学"], ["临床药学"]], attribute="major")
add("attr-06", "hr", "attribute", "医保专员要求几年工作经验啊", "医保专员",
    [L(F05, "熟悉DRG/DIP付费政策")],
    [["2年"], ["医院"]], attribute="experience")
add("attr-07", "new_hire", "attribute", "住院医生必须有规培证吗", "住院医师",
    [Q(F01, "2015年以后毕业的须取得住院医师规范化培训合格证书"), HROW("2025-02")],
    [["2015年"], ["规范化培训合格证书"]], attribute="certificate")
add("attr-08", "manager", "attribute", "护士长需要掌握哪些质量管理工具", "护士长",
    [Q(F01, "熟悉PDCA、品管圈等护理质量管理工具")],
    [["PDCA"], ["品管圈"]], attribute="skills")
add("attr-09", "new_hire", "attribute", "规培的时候内分泌科是在哪轮转", "规培医师",
    [L(F07, "| 内分泌科 |")],
    [["市第一人民医院"], ["内分泌"]], attribute="location")
add("attr-10", "new_hire", "attribute", "规培生每个月有多少补助", "规培医师",
    [L(F07, "> 委培学员", "> 社会学员")],
    [["3000元"], ["800元"]], attribute="pay")
add("attr-11", "new_hire", "attribute", "上完夜班能补休不，补休有啥限制", None,
    [Q(F08, "值夜班后可安排补休")],
    [["补休"], ["当月"]], attribute="benefits")
add("attr-12", "hr", "attribute", "收费员上面是谁在管", "收费员",
    [L(F05, "CW-10,收费组长"), L(F05, "CW-11,收费员"), Q(F09, "收费组长")],
    [["收费组长"], ["CW-10", "组长"]], attribute="reports_to")

# ------------------------------------------------------------------ kpi (6)
add("kpi-01", "manager", "kpi", "护士长每个月的考核分哪几块，各占多少分", "护士长",
    [Q(F02, "护理质量（40分）"), Q(F02, "护理安全（20分）"), Q(F02, "科室管理（20分）"),
     Q(F02, "满意度（10分）"), Q(F02, "教学科研（10分）")],
    [["护理质量"], ["护理安全"], ["科室管理"], ["教学科研"], ["40分"]])
add("kpi-02", "new_hire", "kpi", "护士要是发错药了绩效扣多少", "临床护士",
    [Q(F02, "发生给药差错每例扣10分")],
    [["10分"], ["给药差错"]])
add("kpi-03", "new_hire", "kpi", "收费员的绩效主要看哪几项", "收费员",
    [Q(F10, "收费差错次数"), Q(F10, "日结账款相符率"), Q(F10, "高峰时段平均排队时间"), Q(F10, "票据管理合规"),
     Q(F10, "窗口服务有效投诉")],
    [["收费差错"], ["日结账款相符率"], ["排队时间"], ["票据"]])
add("kpi-04", "manager", "kpi", "检验技师考核里急诊报告的时间要求是多少", "检验技师",
    [Q(F10, "急诊检验报告及时率"), Q(F10, "≥95%（2小时内出报告）")],
    [["2小时"], ["95%"]])
add("kpi-05", "hr", "kpi", "药剂师考核里取药等候时间要控制在多少分钟", "药剂师",
    [Q(F10, "门诊患者平均取药等候时间"), Q(F10, "≤10分钟")],
    [["10分钟"], ["取药等候"]])
add("kpi-06", "manager", "kpi", "护士迟到早退、私自换班绩效怎么扣", "临床护士",
    [Q(F02, "迟到早退每次扣2分")],
    [["扣2分"], ["扣3分"]])

# ------------------------------------------------------------------ jd (4)
add("jd-01", "hr", "jd", "帮我写一份院感专职人员的岗位说明书", "院感专职人员",
    [Q(F01, "负责全院医院感染病例监测"), Q(F01, "每月公布手卫生依从率"), Q(F01, "发生职业暴露时指导现场处置")],
    [["感染病例", "监测"], ["手卫生"], ["职业暴露"]],
    tool={"kind": "jd", "role": "院感专职人员", "must_cite_files": [F01],
          "expect_sections": ["duties", "qualifications"]})
add("jd-02", "manager", "jd", "检验科要招技师，帮我出个JD", "检验技师",
    [CSVROW("JY-02")],
    [["室内质控"], ["危急值"], ["急诊检验"]],
    tool={"kind": "jd", "role": "检验技师", "must_cite_files": [F05], "expect_sections": ["duties", "qualifications"]})
add("jd-03", "hr", "jd", "给收费组长拟一份职位说明", "收费组长",
    [CSVROW("CW-10")],
    [["排班"], ["日结报表"], ["退费"]],
    tool={"kind": "jd", "role": "收费组长", "must_cite_files": [F05], "expect_sections": ["duties", "qualifications"]})
add("jd-04", "manager", "jd", "医务科要补个干事，JD你帮我写一下", "医务科干事",
    [Q(F01, "协助科长做好全院医疗质量管理"), Q(F01, "负责医师执业注册、变更注册"), Q(F01, "受理医疗纠纷投诉")],
    [["医疗质量"], ["执业注册"], ["医疗纠纷"]],
    tool={"kind": "jd", "role": "医务科干事", "must_cite_files": [F01], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design (3)
add("kd-01", "manager", "kpi_design", "给我们病区护士长设计一套月度考核指标", "护士长",
    [Q(F02, "基础护理合格率≥95%，每降低1个百分点扣1分"), Q(F02, "护理文书书写合格率≥95%"),
     Q(F02, "护理不良事件上报"), Q(F02, "出院患者满意度≥90%")],
    [["基础护理合格率"], ["护理文书书写合格率"], ["护理不良事件上报"], ["患者满意度"]],
    tool={"kind": "kpi_design", "role": "护士长", "count": None, "must_cite_files": [F02],
          "expected_indicators": ["基础护理合格率", "护理文书书写合格率", "护理不良事件上报", "患者满意度"]})
add("kd-02", "hr", "kpi_design", "收费员的KPI帮我设计5个", "收费员",
    [Q(F10, "收费差错次数"), Q(F10, "日结账款相符率"), Q(F10, "高峰时段平均排队时间")],
    [["收费差错次数"], ["日结账款相符率"], ["高峰时段平均排队时间"]],
    tool={"kind": "kpi_design", "role": "收费员", "count": 5, "must_cite_files": [F10],
          "expected_indicators": ["收费差错次数", "日结账款相符率", "高峰时段平均排队时间"]})
add("kd-03", "manager", "kpi_design", "检验技师的绩效指标设计一下，4个左右就行", "检验技师",
    [Q(F10, "室内质控在控率"), Q(F10, "室间质评合格率"), Q(F10, "危急值及时通报率")],
    [["室内质控在控率"], ["室间质评合格率"], ["危急值及时通报率"]],
    tool={"kind": "kpi_design", "role": "检验技师", "count": 4, "must_cite_files": [F10],
          "expected_indicators": ["室内质控在控率", "室间质评合格率", "危急值及时通报率"]})

# ------------------------------------------------------------------ followup (8)
add("fu-01", "new_hire", "followup", "临床护士需要什么条件才能应聘", "临床护士",
    [Q(F01, "学历：护理专业大专及以上学历。"), Q(F01, "证书：取得护士执业证书；新入职人员"), Q(F01, "身体条件：身体健康，能适应倒班工作"),
     HROW("2025-01")],
    [["大专"], ["护士执业证书"], ["倒班"]],
    turns=[T("那一个月大概要上几个夜班", "duty", "临床护士",
             [Q(F01, "临床护士每月夜班一般不少于6个")], [["6个"], ["三班倒"]]),
           T("护理文书写得有问题绩效咋扣", "kpi", "临床护士",
             [Q(F02, "每发现1处缺陷扣0.5分")], [["0.5分"], ["缺陷"]]),
           T("招聘的话对年龄有限制吗", "qualification", "临床护士",
             [HROW("2025-01")], [["30周岁"], ["年龄"]])])
add("fu-02", "hr", "followup", "药剂师归谁直接管", "药剂师",
    [Q(F01, "药剂科主任"), Q(F09, "药剂科主任")],
    [["药剂科主任"], ["药剂科"]], attribute="reports_to",
    turns=[T("那他的考核指标有哪些", "kpi", "药剂师",
             [Q(F10, "处方调配差错率"), Q(F10, "不合理处方干预率"), Q(F10, "特殊药品账物相符率"),
              Q(F10, "门诊患者平均取药等候时间"), Q(F10, "药房窗口有效投诉")],
             [["处方调配差错率"], ["不合理处方干预率"], ["账物相符率"]]),
           T("特殊药品那块平时怎么管", "duty", "药剂师",
             [Q(F01, "负责麻醉药品、精神药品等特殊药品的专柜加锁管理")],
             [["专柜加锁"], ["专册登记"], ["日清日结"]])])
add("fu-03", "manager", "followup", "住院医师招聘要什么条件", "住院医师",
    [Q(F01, "学历：临床医学专业本科及以上学历"), Q(F01, "资格：取得医师资格证书和医师执业证书"),
     Q(F01, "2015年以后毕业的须取得"), HROW("2025-02")],
    [["临床医学"], ["本科"], ["医师资格证书"]],
    turns=[T("他平时归谁管", "attribute", "住院医师",
             [Q(F01, "主治医师"), Q(F01, "在科主任和上级医师指导下"), Q(F09, "主治医师")],
             [["主治医师"], ["科主任", "上级医师"]], attribute="reports_to"),
           T("要是想升主治，得干满几年", "qualification", "主治医师",
             [Q(F03, "业工作满4年；硕士满2年")], [["满4年", "4年"], ["资格考试"]]),
           T("那主任医师呢", "out_of_scope", "主任医师", [], [])])
add("fu-04", "new_hire", "followup", "规培要在哪些科室轮转", "规培医师",
    [L(F07, "| 心血管内科 |", "| 医学影像科 |")],
    [["心血管内科"], ["呼吸内科"], ["急诊科"], ["重症医学科"]],
    turns=[T("急诊科那段在哪轮，主要学啥", "duty", "规培医师",
             [L(F07, "| 急诊科 |")], [["本院"], ["心肺复苏"]]),
           T("出科考没过会怎样", "duty", "规培医师",
             [L(F07, "**出科考核**")], [["重新轮转"], ["60分"]]),
           T("每个月要值几个夜班", "duty", "规培医师",
             [L(F07, "每月参加科室夜班不少于4次")], [["4次"], ["夜班"]])])
add("fu-05", "hr", "followup", "病案管理员的招聘要求", "病案管理员",
    [L(F05, "卫生信息管理、病案信息技术相关专业"), HEDU, HROW("2025-07")],
    [["大专"], ["卫生信息管理"], ["ICD-10"]],
    turns=[T("那他的上级是谁", "attribute", "病案管理员",
             [L(F05, "BA-02,病案管理员"), L(F05, "BA-00,病案统计室主任"), Q(F09, "病案统计室主任")],
             [["病案统计室主任"], ["病案统计室"]], attribute="reports_to"),
           T("出院病历多久要归档完", "duty", "病案管理员",
             [L(F05, "BA-02,病案管理员")], [["7个工作日"], ["归档"]]),
           T("病案管理员一个月工资多少", "out_of_scope", "病案管理员", [], [])])
add("fu-06", "manager", "followup", "护士长的直接上级是谁", "护士长",
    [Q(F01, "科护士长"), Q(F09, "科护士长"), L(F06, "护理部主任—科护士长—护士长")],
    [["科护士长"], ["护理部"]], attribute="reports_to",
    turns=[T("那她每月考核里护理安全占多少分", "kpi", "护士长",
             [Q(F02, "护理安全（20分）"), Q(F02, "护理不良事件上报"), Q(F02, "高危患者风险评估率100%")],
             [["20分"], ["不良事件"]]),
           T("瞒报不良事件怎么处理", "kpi", "护士长",
             [Q(F02, "瞒报、漏报1例扣10分")], [["扣10分"], ["瞒报"]]),
           T("竞聘护士长要考笔试吗", "out_of_scope", "护士长", [], [])])
add("fu-07", "new_hire", "followup", "信息科工程师日常都干点啥", "信息科工程师",
    [CSVROW("XX-02")],
    [["HIS", "运维"], ["备份"], ["等级保护", "网络安全"], ["培训"]],
    turns=[T("他们归哪位院领导分管", "attribute", "信息科工程师",
             [Q(F09, "行政副院长"), Q(F09, "信息科科长")], [["行政副院长"], ["信息科"]], attribute="reports_to"),
           T("晚上要值班吗", "duty", "信息科工程师",
             [L(F05, "信息科实行夜间及节假日电话值班")], [["电话值班"], ["节假日"]])])
add("fu-08", "hr", "followup", "医务科这个科室的职责有哪些", None,
    [L(F06, "一、医务科", "（五）负责院内会诊")],
    [["医疗质量"], ["执业注册", "定期考核"], ["医疗纠纷"], ["会诊", "抢救"]],
    turns=[T("科里的干事具体做什么", "duty", "医务科干事",
             [Q(F01, "每月开展运行病历和终末病历质量检查"), Q(F01, "按月编制医疗质量简报"),
              Q(F01, "手术分级授权的动态管理")],
             [["病历质量检查", "病历"], ["医疗质量简报"], ["手术分级"]]),
           T("这个干事岗要党员吗", "qualification", "医务科干事",
             [Q(F01, "其他：中共党员优先。")], [["优先"], ["党员"]])])

# ------------------------------------------------------------------ out_of_scope (11)
OOS = [
    ("oos-01", "new_hire", "高血压病人平时吃什么降压药比较好", None),
    ("oos-02", "new_hire", "输液的时候病人手背肿了该怎么处理", None),
    ("oos-03", "hr", "科护士长的岗位职责有哪些", "科护士长"),
    ("oos-04", "new_hire", "导诊员平时负责什么", "导诊员"),
    ("oos-05", "new_hire", "收费员一个月能拿多少钱", "收费员"),
    ("oos-06", "hr", "我们医院年休假一年几天", None),
    ("oos-07", "manager", "药剂师考核的加分项具体有哪些", "药剂师"),
    ("oos-08", "manager", "护理员的工作职责是啥", "护理员"),
    ("oos-09", "hr", "麻醉科医生这次招不招，条件是啥", None),
    ("oos-10", "hr", "合同到期医院不续签，员工能拿经济补偿吗", None),
    ("oos-11", "new_hire", "做CT的辐射对孕妇影响大不大", None),
]
for id_, persona, q, role in OOS:
    add(id_, persona, "out_of_scope", q, role, [], [])

with open(HERE / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), "items written")
