#!/usr/bin/env python3
"""Write set.jsonl (56 items) for the round-22 university corpus (江滨理工大学). T22_OUT=/tmp/t22uni python3 build_set.py
Written from the generated documents only, before gangwei was run on them."""
import json, os
from pathlib import Path
HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("T22_OUT", "/tmp/t22uni")) / "corpus"
F1 = "jb01_管理及教辅岗位设置与职责.docx"
F2 = "jb02_2025年公开招聘公告（事业编制）.docx"
F3 = "jb03_岗位聘用条件（分等级）.pdf"
F4 = "jb04_2025年度考核指标.xlsx"
F5 = "jb05_人才招聘.html"
F6 = "jb06_新教工入职指南.md"
F7 = "jb07_合同制人员招聘需求.csv"
F8 = "jb08_值班制度.txt"
F9 = "jb09_教职工手册（节选）.docx"
_l = {}
def L(f, start, end=None):
    if f not in _l:
        _l[f] = (CORPUS / f).read_bytes().decode("utf-8-sig").splitlines()
    ls = _l[f]
    a = next(i for i, s in enumerate(ls) if start in s)
    b = a if end is None else next(i for i in range(a, len(ls)) if end in ls[i])
    return {"file": f, "line_start": a + 1, "line_end": b + 1}
def Q(f, *qs):
    return [{"file": f, "quote": q} for q in qs]
items = []
def add(id_, persona, intent, question, role=None, evidence=(), kp=(), attribute=None, turns=None, tool=None):
    items.append({"id": "r22u-" + id_, "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attribute, "evidence": list(evidence), "key_points": [list(g) for g in kp],
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})
def T(question, intent, role=None, evidence=(), kp=(), attribute=None):
    return {"question": question, "intent": intent, "role": role, "attribute": attribute,
            "evidence": list(evidence), "key_points": [list(g) for g in kp]}

E_JW = Q(F1, "负责全校本科课程表的编排", "负责期中、期末考试的考场安排", "负责学生成绩录入、核对与成绩单出具", "负责学籍异动（休学、复学、转专业）", "完成处领导交办的其他工作")
E_SY = Q(F1, "负责化学基础实验室仪器设备的日常维护", "按实验课表准备试剂、耗材", "负责危险化学品的领用登记与废液回收", "指导学生规范操作，记录实验室运行日志", "每学期末完成仪器设备完好率自查")
E_FDY = Q(F1, "按1:200的师生比负责所带年级学生", "开展谈心谈话，每学期与所带学生谈话覆盖率", "负责奖助学金评定、困难学生认定", "负责学生心理危机的早期识别与上报", "实行24小时手机开机制度")
E_WG = Q(F1, "负责校园网核心交换机、防火墙和无线网络", "负责网络安全等级保护相关工作", "负责统一身份认证、VPN账号的开通", "参与校园网出口带宽与运营商的对接")
E_XY = Q(F1, "负责门诊常见病、多发病的诊疗与转诊", "负责新生入学体检与教职工年度体检的组织", "负责传染病的监测、报告与校园公共卫生宣教", "参与校医院夜间及节假日急诊值班")
E_BW = Q(F1, "负责校园治安巡查的组织与校园视频监控中心", "负责大型活动安保方案的制订", "负责消防设施检查及每学年两次的消防疏散演练", "协助公安机关处理校园治安案件")
E_TS = Q(F1, "负责流通阅览区的借还服务", "承担学科服务，为对口学院提供文献检索", "参与新生入馆教育和信息素养课程教学", "负责电子资源使用统计与读者满意度调查")
E_KJ = Q(F1, "负责科研经费与教学经费报销单据的审核与记账", "编制月度会计凭证、科目余额表", "负责个人所得税代扣代缴申报", "按政府会计制度做好会计档案整理")
H_SG, H_CS, H_DG = L(F5, "<td>宿管员</td>"), L(F5, "<td>食堂厨师</td>"), L(F5, "<td>维修电工</td>")
C_SG, C_CS, C_DG, C_ZL, C_XL = (L(F7, "HT2025-0%d," % i) for i in range(1, 6))

# ---- duty 9
add("duty-01", "new_hire", "duty", "教务秘书平时主要干哪些活", "教务秘书", E_JW, [["课程表"], ["考场"], ["成绩录入", "成绩"], ["学籍异动", "学籍"]])
add("duty-02", "new_hire", "duty", "我刚入职化学实验室当实验员，日常工作有哪些？", "实验员", E_SY, [["仪器设备"], ["试剂"], ["危险化学品"], ["运行日志"]])
add("duty-03", "hr", "duty", "专职辅导员岗位职责帮我列一下", "专职辅导员", E_FDY, [["思想政治教育"], ["谈心谈话"], ["奖助学金"], ["心理危机"]])
add("duty-04", "manager", "duty", "网信中心的网管具体负责什么", "网络管理员", E_WG, [["核心交换机", "交换机"], ["等级保护"], ["统一身份认证"]])
add("duty-05", "new_hire", "duty", "校医院的医生要做哪些工作啊", "校医", E_XY, [["常见病"], ["体检"], ["传染病"]])
add("duty-06", "hr", "duty", "后勤的宿管阿姨岗位职责是啥", "宿管员", [H_SG, C_SG], [["访客登记"], ["查寝"], ["违章电器", "卫生检查"]])
add("duty-07", "manager", "duty", "物业那边招的维修电工负责哪些事", "维修电工", [H_DG, C_DG], [["供配电"], ["故障"]])
add("duty-08", "new_hire", "duty", "宿管员上夜班要做些啥，几点查寝", "宿管员", [L(F8, "第五条")], [["22:00"], ["23:30"], ["查寝"], ["辅导员"]])
add("duty-09", "new_hire", "duty", "图书馆馆员都要干些什么呢", "图书馆馆员", E_TS, [["借还"], ["学科服务"], ["信息素养"]])
# ---- qualification 9
add("qual-01", "hr", "qualification", "辅导员招聘有哪些硬性条件", "专职辅导员",
    Q(F1, "中共党员（含预备党员）；硕士研究生及以上学历") + Q(F2, "本科阶段担任主要学生干部满一年；需入住男生", "本科阶段担任主要学生干部满一年；需入住女生"),
    [["中共党员", "党员"], ["硕士"], ["学生干部"]])
add("qual-02", "hr", "qualification", "校医这个岗要什么条件才能报", "校医",
    Q(F1, "临床医学专业本科及以上学历；取得执业医师") + Q(F2, "具有执业医师资格证书；年龄35周岁以下"), [["临床医学"], ["执业医师"]])
add("qual-03", "manager", "qualification", "食堂招厨师对证书有要求吗", "食堂厨师", [H_CS, C_CS], [["中式烹调师"], ["健康证"]])
add("qual-04", "hr", "qualification", "财务处会计的任职条件是什么", "会计",
    Q(F1, "会计学、财务管理专业本科及以上学历"), [["初级会计"], ["政府会计制度"], ["会计学"]])
add("qual-05", "new_hire", "qualification", "想应聘图书馆馆员，需要啥学历专业", "图书馆馆员",
    Q(F1, "图书情报、档案学或相关专业硕士研究生") + Q(F2, "图书情报与档案管理"), [["图书情报"], ["硕士"]])
add("qual-06", "hr", "qualification", "网络管理员任职要求", "网络管理员",
    Q(F1, "计算机、网络工程相关专业本科及以上学历") + Q(F2, "具有2年以上网络运维经历"), [["计算机"], ["HCIP", "CCNP"]])
add("qual-07", "new_hire", "qualification", "做化学实验员要持什么证", "实验员",
    Q(F1, "化学、化工或相关专业本科及以上学历") + Q(F2, "持危险化学品安全管理培训合格证"), [["危险化学品安全管理培训合格证"], ["化学"]])
add("qual-08", "new_hire", "qualification", "搞教学的新老师入职后多久得拿到教师资格证", None, [L(F6, "高校教师资格证")], [["两年内"], ["高校教师资格证"]])
add("qual-09", "hr", "qualification", "聘专技十级岗要满足啥条件", None, Q(F3, "任专技十一级岗位满2年", "具有中级专业技术职务"), [["专技十一级"], ["满2年", "2年"], ["中级专业技术职务"]])
# ---- attribute 10
add("attr-01", "new_hire", "attribute", "教务秘书的直接上级是谁？", "教务秘书", Q(F1, "直接上级：教务处综合科科长"), [["综合科科长"], ["教务处"]], attribute="reports_to")
add("attr-02", "new_hire", "attribute", "辅导员向谁汇报工作", "专职辅导员", Q(F1, "直接上级：所在学院党委副书记"), [["党委副书记"], ["学院"]], attribute="reports_to")
add("attr-03", "new_hire", "attribute", "宿管员归谁管", "宿管员", [C_SG], [["楼栋长"], ["公寓服务中心"]], attribute="reports_to")
add("attr-04", "hr", "attribute", "食堂厨师工资开多少", "食堂厨师", [H_CS, C_CS], [["5000-6500"], ["元/月"]], attribute="pay")
add("attr-05", "hr", "attribute", "校医必须持有什么证书", "校医", Q(F1, "临床医学专业本科及以上学历；取得执业医师") + Q(F2, "具有执业医师资格证书；年龄35周岁以下"), [["执业医师资格证"], ["执业医师"]], attribute="certificate")
add("attr-06", "new_hire", "attribute", "教辅人员暑假能休几天", None, Q(F9, "管理人员和教辅人员寒暑假期间实行轮休"), [["暑假20天", "20天"], ["轮休"]], attribute="benefits")
add("attr-07", "hr", "attribute", "网管岗是几级岗位", "网络管理员", Q(F1, "WX-03    岗位等级：专技十级"), [["专技十级"], ["WX-03"]], attribute="pay")
add("attr-08", "manager", "attribute", "维修电工的汇报对象", "维修电工", [C_DG], [["工程部主管"], ["物业服务中心"]], attribute="reports_to")
add("attr-09", "manager", "attribute", "实验室助理是跟着谁干活的", "实验室助理", [C_ZL], [["化学实验室实验员", "实验员"], ["劳务派遣"]], attribute="reports_to")
add("attr-10", "new_hire", "attribute", "合同制的宿管员有寒暑假吗", "宿管员", Q(F9, "后勤合同制人员不享受寒暑假"), [["不享受寒暑假"], ["带薪年休假"]], attribute="benefits")
# ---- kpi 5
add("kpi-01", "manager", "kpi", "辅导员年度考核看哪些指标", "专职辅导员",
    Q(F4, "谈心谈话覆盖率", "学生满意度测评", "突发事件处置及时率", "思想政治表现"), [["谈心谈话覆盖率"], ["学生满意度测评"], ["突发事件处置及时率"]])
add("kpi-02", "hr", "kpi", "管理岗考核里“绩”这一项考什么，占多少权重", None, Q(F4, "工作任务完成率", "40%"), [["工作任务完成率"], ["40%"]])
add("kpi-03", "manager", "kpi", "实验员年终考核设备方面怎么打分", "实验员", Q(F4, "仪器设备完好率", "实验员适用：完好率≥95%得满分"), [["仪器设备完好率"], ["95%"]])
add("kpi-04", "manager", "kpi", "宿管的考核指标有哪些", "宿管员", Q(F4, "宿舍安全检查合格率", "宿管员适用：每月检查违章电器", "夜间值班脱岗一次扣10分"), [["宿舍安全检查合格率"], ["违章电器"], ["脱岗"]])
add("kpi-05", "hr", "kpi", "辅导员考核中廉洁那一块怎么评", "专职辅导员", Q(F4, "奖助学金评定公正无投诉"), [["奖助学金"], ["无投诉"]])
# ---- jd 3
add("jd-01", "hr", "jd", "帮我写一份教务秘书的岗位说明书", "教务秘书", E_JW + Q(F1, "本科及以上学历，教育学、管理学类专业优先"),
    [["课程表"], ["考场"], ["成绩"]], tool={"kind": "jd", "role": "教务秘书", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("jd-02", "hr", "jd", "出一个网络管理员的JD", "网络管理员", E_WG + Q(F1, "计算机、网络工程相关专业本科及以上学历"),
    [["交换机"], ["等级保护"], ["统一身份认证"]], tool={"kind": "jd", "role": "网络管理员", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("jd-03", "manager", "jd", "起草校医岗位描述", "校医", E_XY + Q(F1, "临床医学专业本科及以上学历；取得执业医师"),
    [["常见病"], ["体检"], ["传染病"]], tool={"kind": "jd", "role": "校医", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
# ---- kpi_design 3
add("kd-01", "manager", "kpi_design", "给辅导员设计一套考核指标", "专职辅导员", Q(F4, "谈心谈话覆盖率", "学生满意度测评", "突发事件处置及时率"),
    [["谈心谈话覆盖率"], ["学生满意度测评"], ["突发事件处置及时率"]],
    tool={"kind": "kpi_design", "role": "专职辅导员", "count": None, "must_cite_files": [F4], "expected_indicators": ["谈心谈话覆盖率", "学生满意度测评", "突发事件处置及时率"]})
add("kd-02", "manager", "kpi_design", "宿管员的KPI帮设计5个", "宿管员", Q(F4, "宿舍安全检查合格率", "出勤与值班"),
    [["宿舍安全检查合格率"], ["出勤与值班"]],
    tool={"kind": "kpi_design", "role": "宿管员", "count": 5, "must_cite_files": [F4], "expected_indicators": ["宿舍安全检查合格率", "出勤与值班", "服务态度"]})
add("kd-03", "hr", "kpi_design", "图书馆馆员绩效指标怎么设计", "图书馆馆员", Q(F4, "馆员适用：年度读者满意度调查≥90%", "专业技术水平"),
    [["读者满意度"], ["专业技术水平"]],
    tool={"kind": "kpi_design", "role": "图书馆馆员", "count": None, "must_cite_files": [F4], "expected_indicators": ["读者满意度", "专业技术水平", "出勤率"]})
# ---- followup 7 (3 later turns each: 第N条, attribute, 换成X)
add("fu-01", "new_hire", "followup", "教务秘书要负责哪些事情", "教务秘书", E_JW, [["课程表"], ["考场"], ["成绩"]], turns=[
    T("第二条具体讲讲，考试那块都管啥", "duty", "教务秘书", Q(F1, "负责期中、期末考试的考场安排"), [["考场安排"], ["监考"], ["试卷"]]),
    T("他的直接领导是哪位", "attribute", "教务秘书", Q(F1, "直接上级：教务处综合科科长"), [["综合科科长"]], "reports_to") | {"key_points": [["综合科科长"], ["教务处"]]},
    T("换成教学质量监控科科员呢", "attribute", "教学质量监控科科员", Q(F1, "直接上级：教务处副处长（分管质量）"), [["副处长"], ["分管质量"]], "reports_to")])
add("fu-02", "new_hire", "followup", "实验员职责是啥", "实验员", E_SY, [["仪器设备"], ["试剂"], ["危险化学品"]], turns=[
    T("第3点再展开说一下", "duty", "实验员", Q(F1, "负责危险化学品的领用登记与废液回收"), [["废液回收"], ["双人双锁"]]),
    T("这个岗位定的是几级", "attribute", "实验员", Q(F1, "SY-05    岗位等级：专技十一级"), [["专技十一级"], ["SY-05"]], "pay"),
    T("换成实验室安全管理员呢", "attribute", "实验室安全管理员", Q(F1, "SY-01    岗位等级：管理八级"), [["管理八级"], ["SY-01"]], "pay")])
add("fu-03", "hr", "followup", "专职辅导员要满足什么条件", "专职辅导员", Q(F1, "中共党员（含预备党员）；硕士研究生及以上学历"), [["中共党员"], ["硕士"]], turns=[
    T("职责里的第五条是什么意思，细说", "duty", "专职辅导员", Q(F1, "实行24小时手机开机制度"), [["24小时"], ["突发事件"]]),
    T("他们汇报给谁", "attribute", "专职辅导员", Q(F1, "直接上级：所在学院党委副书记"), [["党委副书记"], ["学院"]], "reports_to"),
    T("那校医的话呢", "attribute", "校医", Q(F1, "直接上级：校医院院长"), [["校医院院长"], ["院长"]], "reports_to")])
add("fu-04", "manager", "followup", "网络管理员的工作职责", "网络管理员", E_WG, [["交换机"], ["等级保护"], ["统一身份认证"]], turns=[
    T("第2条展开说说呗", "duty", "网络管理员", Q(F1, "负责网络安全等级保护相关工作"), [["等级保护"], ["应急响应"]]),
    T("需要啥证书", "attribute", "网络管理员", Q(F1, "持有华为HCIP或思科CCNP认证者优先"), [["HCIP"], ["CCNP"]], "certificate"),
    T("换成校医需要啥证呢", "attribute", "校医", Q(F1, "临床医学专业本科及以上学历；取得执业医师") + Q(F2, "具有执业医师资格证书；年龄35周岁以下"), [["执业医师"], ["资格证"]], "certificate")])
add("fu-05", "new_hire", "followup", "保卫干事平常要干嘛", "保卫干事", E_BW, [["巡查"], ["安保方案"], ["消防"]], turns=[
    T("第三条再细说下", "duty", "保卫干事", Q(F1, "负责消防设施检查及每学年两次的消防疏散演练"), [["消防设施"], ["两次"], ["疏散演练"]]),
    T("那他上级是谁呀", "attribute", "保卫干事", Q(F1, "直接上级：保卫处治安科科长"), [["治安科科长"], ["保卫处"]], "reports_to"),
    T("换成校园巡逻队员呢", "attribute", "校园巡逻队员", [C_XL], [["治安科科长"], ["保卫处"]], "reports_to")])
add("fu-06", "hr", "followup", "财务处会计干哪些活", "会计", E_KJ, [["报销"], ["会计凭证"], ["个人所得税"]], turns=[
    T("第1条展开讲讲", "duty", "会计", Q(F1, "负责科研经费与教学经费报销单据的审核与记账"), [["科研经费"], ["报销"], ["记账"]]),
    T("那学历有啥要求", "attribute", "会计", Q(F1, "会计学、财务管理专业本科及以上学历"), [["本科"], ["会计学"]], "education"),
    T("换成图书馆馆员呢", "attribute", "图书馆馆员", Q(F1, "图书情报、档案学或相关专业硕士研究生") + Q(F2, "图书情报与档案管理"), [["硕士"], ["图书情报"]], "education")])
add("fu-07", "manager", "followup", "辅导员的考核指标有啥", "专职辅导员", Q(F4, "谈心谈话覆盖率", "学生满意度测评", "突发事件处置及时率"), [["谈心谈话覆盖率"], ["学生满意度测评"]], turns=[
    T("第4个指标展开说说，怎么算分", "kpi", "专职辅导员", Q(F4, "学生满意度测评", "学生网上测评得分折算"), [["学生满意度测评"], ["网上测评"]]),
    T("辅导员编在哪个部门", "attribute", "专职辅导员", Q(F1, "第四章 学生工作处"), [["学生工作处"], ["学生工作"]], "department"),
    T("换成宿管员的考核呢", "kpi", "宿管员", Q(F4, "宿舍安全检查合格率", "出勤与值班"), [["宿舍安全检查合格率"], ["出勤与值班"]])])
# ---- out_of_scope 10
for i, (p, q) in enumerate([
    ("hr", "教务处处长的岗位职责是什么"),
    ("manager", "后勤集团总经理需要什么任职条件"),
    ("hr", "校园巡逻队员一个月工资多少"),
    ("new_hire", "女职工产假能休几天"),
    ("new_hire", "家里老人去世了丧假有几天"),
    ("hr", "合同制宿管员试用期被辞退，学校要给经济补偿吗"),
    ("new_hire", "酸碱滴定终点怎么判断比较准"),
    ("new_hire", "节假日值班补贴一天多少钱"),
    ("manager", "图书馆馆长要负责哪些工作"),
    ("hr", "咱们学校评副教授要发几篇SCI论文"),
], 1):
    add(f"oos-{i:02d}", p, "out_of_scope", q)
with open(HERE / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), "items")
