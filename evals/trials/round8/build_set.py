"""Builds set.jsonl for round 8 and checks it with evals/sets/validate.py's Checker."""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "sets"))
import validate as V

F1="hw01_收费员岗位说明书.docx"; F2="hw02_收费管理部岗位职责汇编.docx"; F3="hw03_绩效考核指标库.xlsx"
F4="hw04_2024年社会招聘岗位.csv"; F5="hw05_加入我们.html"; F6="hw06_路政巡查员岗位说明书.pdf"
F7="hw07_养护工程部岗位与考核.md"; F8="hw08_清障救援员岗位职责.txt"; F9="hw09_员工手册节选.txt"; F10="hw10_组织架构图.txt"

def Q(f, q): return {"file": f, "quote": q}
def L(f, a, b=None): return {"file": f, "line_start": a, "line_end": b or a}
items = []
def item(id, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append(dict(id=id, persona=persona, intent=intent, question=q, role=role, attribute=attribute,
                      evidence=ev, key_points=kp, expect_refusal=(intent=="out_of_scope"), turns=turns, tool=tool))
def T(q, intent, role, ev, kp, attribute=None):
    d = dict(question=q, intent=intent, role=role, evidence=ev, key_points=kp)
    if attribute: d["attribute"] = attribute
    return d
def OOS(q): return dict(question=q, intent="out_of_scope", role=None, evidence=[], key_points=[])

# ---------- evidence snippets
E_SFY_DUTY = [Q(F1,"按收费操作规程完成入口发卡"),Q(F1,"负责ETC车道及混合车道的特情处理"),Q(F1,"负责绿色通道车辆（鲜活农产品运输车）"),
              Q(F1,"负责本班次票款、通行卡的交接与解缴"),Q(F1,"识别逃费、冲卡、假币等异常情况"),Q(F1,"保持收费亭及车道设施整洁")]
E_ZZ_DUTY = [Q(F2,"全面负责收费站的收费、安全、稽查"),Q(F2,"组织编制收费站排班计划"),Q(F2,"每月组织一次票证库存盘点"),
             Q(F2,"组织处置车道拥堵、冲卡、群体性事件"),Q(F2,"组织每周一次班组例会")]
E_JC_DUTY = [Q(F2,"通过收费录像、交易流水对各站收费行为"),Q(F2,"每日抽查不少于200笔收费交易记录"),Q(F2,"建立逃费车辆黑名单并维护"),Q(F2,"配合路政、公安部门开展打击逃费")]
E_BZ_DUTY = [Q(F2,"带领本班收费员完成当班收费任务"),Q(F2,"处理收费员无法处理的特情和争议车辆"),Q(F2,"负责当班票款的汇总核对和解缴"),Q(F2,"检查当班收费员的文明服务规范")]
E_LZ_DUTY = [Q(F6,"按规定频次驾驶巡查车对管辖路段进行巡查"),Q(F6,"制止和查处侵占、损坏路产路权"),Q(F6,"对超限超载运输车辆进行检测"),
             Q(F6,"负责涉路施工许可现场的监督检查"),Q(F6,"发生交通事故时，配合交警维护现场秩序")]

# ---------- duty
item("r8-duty-01","new_hire","duty","收费员平时主要干啥？","收费员",E_SFY_DUTY,[["入口发卡","出口收费"],["特情处理"],["绿色通道"],["票款"]])
item("r8-duty-02","manager","duty","收费站站长负责哪些工作","收费站站长",E_ZZ_DUTY,[["排班计划"],["票证库存盘点","票款管理"],["突发情况"],["绩效考核"]])
item("r8-duty-03","hr","duty","票证稽核员的工作内容有哪些","票证稽查员",E_JC_DUTY,[["稽查日报"],["黑名单"],["逃费"]])
item("r8-duty-04","new_hire","duty","监控员每天具体做些什么？","监控员",[L(F5,21,26)],[["24小时监控"],["96576"],["情报板"],["值班日志"]])
item("r8-duty-05","new_hire","duty","路政巡查是干什么的，工作内容讲一下","路政巡查员",E_LZ_DUTY,[["巡查车"],["路产"],["超限超载"],["施工许可"]])
item("r8-duty-06","manager","duty","养护工程师要做哪些事","养护工程师",[L(F7,17,23)],[["养护计划"],["定期检测"],["技术交底"],["技术档案"]])
item("r8-duty-07","new_hire","duty","清障救援的主要职责有哪些？","清障救援员",[L(F8,7,12)],[["5分钟内出车"],["安全警示区"],["拖移"],["保养"]])
item("r8-duty-08","hr","duty","机电维护工程师负责什么工作","机电维护工程师",[L(F4,2,5)],[["机电系统"],["完好率"],["维修保养计划"],["ETC门架"]])

# ---------- qualification
item("r8-qual-01","new_hire","qualification","应聘收费员要什么学历，要考证吗","收费员",
     [Q(F1,"高中（含中专、职高）及以上学历"),Q(F1,"须取得收费员岗位培训合格证")],[["高中"],["收费员岗位培训合格证"]])
item("r8-qual-02","hr","qualification","路政巡查员的任职资格是什么","路政巡查员",
     [Q(F6,"学历：大专及以上学历，法律、交通管理相关专业"),Q(F6,"经验：2年以上路政或交通执法相关工作经验"),Q(F6,"证书：持有行政执法证，C1及以上驾驶证")],
     [["大专及以上"],["2年以上"],["行政执法证"]])
item("r8-qual-03","new_hire","qualification","想做安全管理员需要什么条件？","安全管理员",[L(F5,47,51)],[["本科及以上"],["注册安全工程师"],["3年以上"]])
item("r8-qual-04","hr","qualification","清障救援员有啥要求","清障救援员",[L(F8,13,17)],[["初中"],["B2"],["起重机械操作证"]])
item("r8-qual-05","hr","qualification","养护巡查员的招聘要求","养护巡查员",[L(F4,6,9)],[["大专及以上"],["C1"],["1年以上"]])
item("r8-qual-06","manager","qualification","收费站长的任职条件有哪些","收费站站长",[Q(F2,"任职要求：大专及以上学历，交通运输")],[["大专及以上"],["5年以上"],["C1"]])

# ---------- attribute
item("r8-attr-01","new_hire","attribute","收费员的直接领导是谁","收费员",[Q(F1,"收费班长")],[["收费班长"],["班长"]],attribute="reports_to")
item("r8-attr-02","hr","attribute","票证稽查员属于哪个部门","票证稽查员",[Q(F2,"所属部门：收费管理部稽查组")],[["稽查组"],["收费管理部"]],attribute="department")
item("r8-attr-03","new_hire","attribute","监控员工资多少","监控员",[L(F5,19)],[["5000-6500"],["元/月"]],attribute="pay")
item("r8-attr-04","new_hire","attribute","养护工程师在哪里上班","养护工程师",[L(F7,11)],[["湖州总部"],["养护工区"]],attribute="location")
item("r8-attr-05","new_hire","attribute","路政巡查员的上级是谁？","路政巡查员",[Q(F6,"直接上级：路政中队长")],[["路政中队长"],["中队长"]],attribute="reports_to")
item("r8-attr-06","manager","attribute","收费站站长手下管哪些人","收费站站长",[Q(F2,"直接下级：副站长、收费班长、票证员")],[["副站长"],["收费班长"],["票证员"]],attribute="subordinates")
item("r8-attr-07","hr","attribute","机电维护工程师要求什么专业","机电维护工程师",[L(F4,2,5)],[["电气工程"],["通信工程"],["自动化"]],attribute="major")
item("r8-attr-08","new_hire","attribute","清障救援员待遇怎么样，包住吗","清障救援员",[L(F8,18)],[["5500-7500"],["员工宿舍"]],attribute="benefits")
item("r8-attr-09","new_hire","attribute","收费员的夜班补贴怎么算","收费员",[L(F9,14)],[["30元"],["22:00"]],attribute="benefits")

# ---------- kpi
item("r8-kpi-01","manager","kpi","收费员的考核指标有哪些","收费员",
     [Q(F3,"收费差错率"),Q(F3,"文明服务达标率"),Q(F3,"通行卡丢失率"),Q(F1,"收费差错率≤0.05‰；文明服务投诉零发生")],
     [["收费差错率"],["文明服务达标率","文明服务"],["通行卡丢失率"]])
item("r8-kpi-02","manager","kpi","监控员KPI怎么考","监控员",
     [Q(F3,"事件发现及时率"),Q(F3,"信息发布准确率"),Q(F3,"值班记录完整率"),Q(F3,"视频巡检覆盖率")],
     [["事件发现及时率"],["信息发布准确率"],["值班记录完整率"],["视频巡检覆盖率"]])
item("r8-kpi-03","manager","kpi","养护工程师的绩效指标和权重","养护工程师",[L(F7,25,33)],[["养护计划完成率"],["桥梁定期检查完成率"],["养护预算执行偏差率"]])
item("r8-kpi-04","manager","kpi","清障救援大队考核哪些指标？",None,
     [Q(F3,"平均到达现场时间"),Q(F3,"清障作业安全事故"),Q(F3,"救援收费投诉次数")],[["平均到达现场时间"],["清障作业安全事故"],["救援收费投诉次数"]])
item("r8-kpi-05","hr","kpi","路政巡查员的考核要点是啥","路政巡查员",
     [Q(F6,"巡查频次达标率：每班次巡查不少于4趟"),Q(F6,"路产损失索赔到位率：应索赔金额"),Q(F6,"巡查日志填写规范率：按月抽查")],
     [["巡查频次达标率"],["路产损失索赔到位率"],["巡查日志填写规范率"]])

# ---------- jd
item("r8-jd-01","hr","jd","帮我写一份监控员的岗位说明书","监控员",[L(F5,21,33)],[["96576"],["情报板"],["值班日志"]],
     tool=dict(kind="jd",role="监控员",must_cite_files=[F5],expect_sections=["duties","qualifications"]))
item("r8-jd-02","hr","jd","给清障救援员拟一份岗位职责和任职要求","清障救援员",[L(F8,7,17)],[["5分钟内出车"],["锥桶"],["拖移"]],
     tool=dict(kind="jd",role="清障救援员",must_cite_files=[F8],expect_sections=["duties","qualifications"]))
item("r8-jd-03","manager","jd","票证稽查员的JD帮我起草一下","票证稽查员",E_JC_DUTY,[["稽查日报"],["黑名单"],["打击逃费"]],
     tool=dict(kind="jd",role="票证稽查员",must_cite_files=[F2],expect_sections=["duties","qualifications"]))

# ---------- kpi_design
ZZ_IND=["通行费征收计划完成率","文明服务投诉率","车道平均通行时间","安全生产事故次数","员工培训完成率"]
item("r8-kd-01","manager","kpi_design","给收费站站长设计5个KPI","收费站站长",[Q(F3,x) for x in ZZ_IND],[[x] for x in ZZ_IND],
     tool=dict(kind="kpi_design",role="收费站站长",count=5,must_cite_files=[F3],expected_indicators=ZZ_IND))
JK_IND=["救援派车响应时间","96576热线接通率","应急演练次数"]
item("r8-kd-02","manager","kpi_design","监控调度中心的绩效考核表帮我做一下","监控调度中心",[Q(F3,x) for x in JK_IND],[[x] for x in JK_IND],
     tool=dict(kind="kpi_design",role="监控调度中心",count=None,must_cite_files=[F3],expected_indicators=JK_IND))
YH_IND=["养护计划完成率","桥梁定期检查完成率","养护预算执行偏差率"]
item("r8-kd-03","hr","kpi_design","帮养护工程师出一套绩效考核指标","养护工程师",[L(F7,27,33)],[[x] for x in YH_IND],
     tool=dict(kind="kpi_design",role="养护工程师",count=None,must_cite_files=[F7],expected_indicators=YH_IND))

# ---------- followups
item("r8-fu-01","new_hire","followup","收费员主要干什么","收费员",E_SFY_DUTY,[["入口发卡","出口收费"],["票款"]],turns=[
    T("那任职要求呢","qualification","收费员",[Q(F1,"高中（含中专、职高）及以上学历"),Q(F1,"须取得收费员岗位培训合格证"),Q(F1,"能适应四班三运转倒班工作")],[["高中"],["收费员岗位培训合格证"],["四班三运转"]]),
    T("他的上级是谁？","attribute","收费员",[Q(F1,"收费班长")],[["收费班长"],["班长"]],"reports_to"),
    T("换成站长呢？","attribute","收费站站长",[Q(F2,"直接上级：收费管理部经理")],[["收费管理部经理"],["经理"]],"reports_to")])
item("r8-fu-02","new_hire","followup","监控员的岗位职责","监控员",[L(F5,21,26)],[["24小时监控"],["96576"]],turns=[
    T("第二条展开说说","duty","监控员",[L(F5,24)],[["96576"],["派单"]]),
    T("工资多少?","attribute","监控员",[L(F5,19)],[["5000-6500"],["元/月"]],"pay"),
    T("要什么学历?","attribute","监控员",[L(F5,30)],[["大专及以上"],["交通运输","计算机"]],"education")])
item("r8-fu-03","new_hire","followup","路政巡查员要什么证书","路政巡查员",[Q(F6,"证书：持有行政执法证，C1及以上驾驶证")],[["行政执法证"],["C1"]],attribute="certificate",turns=[
    T("那工作地点呢","attribute","路政巡查员",[Q(F6,"工作地点：G25长深高速湖州段")],[["G25"],["湖州段"]],"location"),
    T("他的考核看哪些","kpi","路政巡查员",[Q(F6,"巡查频次达标率：每班次巡查不少于4趟"),Q(F6,"路产损失索赔到位率：应索赔金额"),Q(F6,"巡查日志填写规范率：按月抽查")],[["巡查频次达标率"],["路产损失索赔到位率"],["巡查日志填写规范率"]])])
item("r8-fu-04","manager","followup","养护工程师职责有哪些","养护工程师",[L(F7,17,23)],[["养护计划"],["技术档案"]],turns=[
    T("最后一条什么意思","duty","养护工程师",[L(F7,23)],[["技术档案"],["路况"]]),
    T("绩效指标呢","kpi","养护工程师",[L(F7,25,33)],[["养护计划完成率"],["桥梁定期检查完成率"],["养护预算执行偏差率"]]),
    T("其中权重最高的是哪个?","kpi","养护工程师",[L(F7,29)],[["养护计划完成率"],["30%"]])])
item("r8-fu-05","manager","followup","收费班长做什么","收费班长",E_BZ_DUTY,[["班前点名"],["特情"],["解缴"]],turns=[
    T("和收费员比有什么不同?","duty","收费员",E_SFY_DUTY+E_BZ_DUTY[:1],[["入口发卡","出口收费"],["班前点名","带领"]]),
    T("班长要几年经验","attribute","收费班长",[Q(F2,"2年以上收费员工作经验")],[["2年以上"],["收费员工作经验"]],"experience")])
item("r8-fu-06","new_hire","followup","清障救援员干嘛的","清障救援员",[L(F8,7,12)],[["拖移"],["抛洒物"]],turns=[
    T("要什么驾照","attribute","清障救援员",[L(F8,15)],[["B2"],["驾驶证"]],"certificate"),
    T("归谁管","attribute","清障救援员",[L(F8,6)],[["清障救援班长"],["班长"]],"reports_to"),
    OOS("今天杭州天气怎么样")])
item("r8-fu-07","hr","followup","机电维护工程师在哪上班","机电维护工程师",[L(F4,2,5)],[["湖州"],["机电分中心"]],attribute="location",turns=[
    T("学历要求呢","attribute","机电维护工程师",[L(F4,2,5)],[["本科及以上"],["本科"]],"education"),
    T("换成养护巡查员呢？","attribute","养护巡查员",[L(F4,6,9)],[["大专及以上"],["大专"]],"education")])
item("r8-fu-08","new_hire","followup","安全管理员工资多少","安全管理员",[L(F5,38)],[["7000-9500"],["元/月"]],attribute="pay",turns=[
    T("他向谁汇报","attribute","安全管理员",[L(F5,39)],[["安全管理部部长"],["部长"]],"reports_to"),
    T("那要什么证书","attribute","安全管理员",[L(F5,50)],[["注册安全工程师"],["中级"]],"certificate")])
item("r8-fu-09","manager","followup","收费员考核指标","收费员",[Q(F3,"收费差错率"),Q(F3,"文明服务达标率"),Q(F3,"通行卡丢失率")],[["收费差错率"],["通行卡丢失率"]],turns=[
    T("其中权重最高的是哪个?","kpi","收费员",[Q(F3,"收费差错率")],[["收费差错率"],["差错率"]]),
    T("通行卡丢失率怎么算","kpi","收费员",[Q(F3,"丢失通行卡数/发卡总数×100%")],[["丢失通行卡数"],["发卡总数"]])])
item("r8-fu-10","hr","followup","票证稽查员的职责","票证稽查员",E_JC_DUTY,[["稽查日报"],["黑名单"]],turns=[
    T("第2条展开说说","duty","票证稽查员",[Q(F2,"每日抽查不少于200笔收费交易记录")],[["200笔"],["稽查日报"]]),
    T("他属于哪个部门","attribute","票证稽查员",[Q(F2,"所属部门：收费管理部稽查组")],[["稽查组"],["收费管理部"]],"department"),
    T("那收费站长呢?","attribute","收费站站长",[Q(F2,"所属部门：收费管理部　直接上级：收费管理部经理")],[["收费管理部"],["所属部门"]],"department")])
item("r8-fu-11","new_hire","followup","养护巡查员要做什么","养护巡查员",[L(F4,6,9)],[["日常巡查"],["病害"]],turns=[
    T("顺便问下年假有几天","attribute",None,[L(F9,9)],[["5天"],["10天"]],"benefits"),
    T("回到刚才那个岗位，薪资多少","attribute","养护巡查员",[L(F4,6,9)],[["5500-7000"],["元/月"]],"pay")])
item("r8-fu-12","hr","followup","服务区督导员的职责","服务区督导员",[L(F4,10,12)],[["服务质量"],["投诉"],["保畅"]],turns=[
    T("他在哪上班","attribute","服务区督导员",[L(F4,10,12)],[["长兴服务区"],["长兴"]],"location"),
    T("要什么专业","attribute","服务区督导员",[L(F4,10,12)],[["酒店管理"],["工商管理"]],"major")])
item("r8-fu-13","hr","followup","票证稽查员要什么学历","票证稽查员",[Q(F2,"任职要求：大专及以上学历，会计、审计")],[["大专及以上"],["会计"]],attribute="education",turns=[
    T("那站涨呢?","attribute","收费站站长",[Q(F2,"任职要求：大专及以上学历，交通运输")],[["大专及以上"],["交通运输"]],"education"),
    T("他手下有哪些人","attribute","收费站站长",[Q(F2,"直接下级：副站长、收费班长、票证员")],[["副站长"],["收费班长"],["票证员"]],"subordinates")])
item("r8-fu-14","manager","followup","监控员的KPI有哪些","监控员",[Q(F3,"事件发现及时率"),Q(F3,"视频巡检覆盖率")],[["事件发现及时率"],["视频巡检覆盖率"]],turns=[
    T("视频巡检覆盖率怎么算","kpi","监控员",[Q(F3,"每班巡检的摄像机数/全线摄像机总数×100%")],[["摄像机"],["×100%"]]),
    T("数据从哪来","kpi","监控员",[Q(F3,"视频监控平台")],[["视频监控平台"],["监控平台"]])])
item("r8-fu-15","new_hire","followup","路政巡查员的主要职责","路政巡查员",E_LZ_DUTY,[["巡查车"],["超限超载"]],turns=[
    T("第三条展开说说","duty","路政巡查员",[Q(F6,"对超限超载运输车辆进行检测")],[["超限超载"],["治超站"]]),
    T("需要什么经验","attribute","路政巡查员",[Q(F6,"经验：2年以上路政或交通执法相关工作经验")],[["2年以上"],["路政"]],"experience"),
    OOS("内业员呢?")])
item("r8-fu-16","manager","followup","清障救援大队的考核指标",None,[Q(F3,"平均到达现场时间"),Q(F3,"清障作业安全事故")],[["平均到达现场时间"],["清障作业安全事故"]],turns=[
    T("平均到达现场时间多少算满分","kpi",None,[Q(F3,"出车至到达现场的平均时长")],[["20分钟"],["满分"]]),
    T("还有吗？","kpi",None,[Q(F3,"救援收费投诉次数")],[["救援收费投诉次数"],["投诉"]])])

# ---------- out of scope
for i,q in enumerate(["票证员是做什么的？","信息调度员工资多少","养护工区主任的职责有哪些","五险一金缴费比例是多少",
                      "帮我写一段Python爬虫代码","被辞退的话经济补偿金N+1怎么算","培训专员负责什么工作","今晚G25堵不堵，推荐条路线"],1):
    item(f"r8-oos-{i:02d}","new_hire" if i%2 else "hr","out_of_scope",q,None,[],[])

out = HERE/"set.jsonl"
with open(out,"w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
corpus = V.Corpus(Path(sys.argv[1] if len(sys.argv)>1 else "/tmp/t8/corpus"))
ck = V.Checker()
ids=set()
for it in items:
    m = V.Item.model_validate(it); ck.item(m, corpus)
    assert it["id"] not in ids; ids.add(it["id"])
from collections import Counter
print(len(items), Counter(i["intent"] for i in items), "later turns", sum(len(i["turns"] or []) for i in items))
print("\n".join(ck.problems) or "ok")
