"""Builds set.jsonl for round 12 (dental clinic chain 瑞齿口腔) and checks it with evals/sets/validate.py's
Checker and with gangwei's own loader (load_items + validate_gold).

    cd /tmp/r12code && PYTHONPATH=/tmp/r12code /work/main/.venv/bin/python \
        /work/main/evals/trials/round12/dental/build_set.py [/tmp/t12a/corpus]
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/tmp/r12code/evals/sets")
import validate as V  # noqa: E402

F1 = "rc01_医疗岗位说明书.docx"; F2 = "rc02_护理部岗位说明.docx"; F3 = "rc03_西湖门诊岗位职责表.docx"
F4 = "rc04_2024年度岗位KPI矩阵.xlsx"; F5 = "rc05_2025年招聘需求汇总.xlsx"; F6 = "rc06_加入瑞齿.html"
F7 = "rc07_区域运营及市场岗位.md"; F8 = "rc08_绩效考核管理办法.pdf"; F9 = "rc09_员工手册.txt"
F10 = "rc10_组织架构图.txt"; F11 = "rc11_后勤岗位招聘.csv"


def Q(f, q): return {"file": f, "quote": q}
def L(f, a, b=None): return {"file": f, "line_start": a, "line_end": b or a}


items = []


def item(id, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append(dict(id=f"r12a-{id}", persona=persona, intent=intent, question=q, role=role, attribute=attribute,
                      evidence=ev, key_points=kp, expect_refusal=(intent == "out_of_scope"), turns=turns, tool=tool))


def T(q, intent, role, ev, kp, attribute=None):
    d = dict(question=q, intent=intent, role=role, evidence=ev, key_points=kp)
    if attribute:
        d["attribute"] = attribute
    return d


def OOS(q): return dict(question=q, intent="out_of_scope", role=None, evidence=[], key_points=[])


QK = "口腔全科医生"; ZZ = "种植医生"; ZJ = "正畸医生"; WS = "口腔卫生士"; HS = "口腔护士（椅旁护士）"
HSZ = "护士长"; XD = "消毒供应员"; YZ = "门诊主任（院长）"; QT = "前台接待"; ZX = "客户经理（咨询师）"
YX = "影像技师"; QY = "区域运营经理"; SC = "市场专员"; CG = "采购专员"; KG = "库管员"

E_ZZ_DUTY = [Q(F1, "结合CBCT影像制定种植方案")]
E_XD_DUTY = [Q(F2, "按“回收—清洗—检查包装—灭菌—储存—发放”流程处理复用器械"), Q(F2, "每日进行B-D测试，每周开展生物监测"),
             Q(F2, "负责牙科手机（涡轮机）的清洗注油和灭菌"), Q(F2, "维护清洗机、封口机和高压灭菌器"),
             Q(F2, "做好消毒供应室分区管理")]
E_XH_HSZ = [Q(F3, "负责西湖门诊护理人员的排班和每周护理质量检查"), Q(F3, "督导手卫生、器械消毒和医疗废物交接"),
            Q(F3, "负责洁牙师的业务指导和技能考核"), Q(F3, "管理门诊药品和高值耗材（种植体、正畸托槽）的出入库登记"),
            Q(F3, "参加门诊主任组织的质量分析会，汇报护理指标")]
E_BJ_HSZ = [Q(F2, "负责滨江门诊护理团队的排班、考勤和绩效初评"), Q(F2, "每月组织一次感控自查并形成整改记录"),
            Q(F2, "负责新入职护士的岗前带教，带教期为3个月"), Q(F2, "审核护理耗材申领计划，控制耗材损耗"),
            Q(F2, "处理护理相关的患者投诉")]
E_HS_DUTY = [Q(F2, "诊疗前准备器械和材料"), Q(F2, "四手操作配合医生完成治疗"), Q(F2, "负责诊间物表消毒及牙椅水路冲洗"),
             Q(F2, "调拌印模材料、水门汀等"), Q(F2, "向患者交代术后注意事项，完成复诊提醒"), Q(F2, "管理本诊室耗材，每周盘点")]
E_YZ_DUTY = [Q(F3, "全面负责门诊的医疗质量、经营管理和团队建设"), Q(F3, "组织每日晨会和每月医疗质量分析会"),
             Q(F3, "审批门诊排班、请假和采购申请"), Q(F3, "处理重大医疗纠纷和患者投诉，及时上报集团医务部"),
             Q(F3, "落实集团感控、消防和医疗废物管理制度"), Q(F3, "完成区域运营经理下达的年度经营目标")]
E_QT_KPI = [Q(F4, "预约准时到诊率"), Q(F4, "收费差错次数"), Q(F4, "患者满意度"), Q(F4, "有效投诉次数"),
            Q(F4, "复诊预约率"), Q(F4, "培训学时完成率")]
E_HSZ_KPI = [Q(F8, "护理质量检查合格率　25%　≥98%"), Q(F8, "感控督查问题整改率　25%　100%"), Q(F8, "护理投诉次数　15%"),
             Q(F8, "新护士带教合格率　15%　100%"), Q(F8, "护理耗材损耗率　10%　≤3%"), Q(F8, "团队培训计划完成率　10%　100%")]
E_XD_KPI = [Q(F8, "器械灭菌合格率　40%　100%"), Q(F8, "灭菌监测记录完整率　20%　100%"), Q(F8, "器械包发放及时率　20%　≥99%"),
            Q(F8, "设备故障报修及时率　10%　100%"), Q(F8, "职业防护规范执行率　10%　全年无锐器伤")]
E_QY_KPI = [Q(F4, "门诊营收达成率"), Q(F4, "成本费用率"), Q(F4, "患者净推荐值（NPS）"), Q(F4, "重大医疗纠纷次数"),
            Q(F4, "新门诊开业准时率"), Q(F4, "核心人员流失率"), Q(F4, "储备院长人数")]
E_YZ_KPI = [Q(F4, "门诊营收达成率"), Q(F4, "成本费用率"), Q(F4, "患者净推荐值（NPS）"), Q(F4, "重大医疗纠纷次数"),
            Q(F4, "感控督查合格率"), Q(F4, "核心人员流失率"), Q(F4, "储备院长人数")]
E_HS_KPI = [Q(F4, "患者满意度"), Q(F4, "有效投诉次数"), Q(F4, "感控检查合格率"), Q(F4, "四手操作配合达标率"),
            Q(F4, "培训学时完成率")]

# ---------------------------------------------------------------- duty
item("duty-01", "new_hire", "duty", "口腔全科医生平时主要干啥", QK,
     [Q(F1, "开展龋病充填、根管治疗、牙周基础治疗")], [["根管治疗"], ["电子病历"], ["病例讨论"], ["复诊预约"]])
item("duty-02", "hr", "duty", "种植医生的岗为职责有哪些", ZZ, E_ZZ_DUTY,
     [["CBCT"], ["骨增量", "GBR"], ["种植成功率"], ["转诊培训"]])
item("duty-03", "new_hire", "duty", "消毒供应员每天都要做些什么？", XD, E_XD_DUTY,
     [["回收"], ["B-D测试"], ["手机"], ["分区"]])
item("duty-04", "new_hire", "duty", "洁牙师负责啥", WS, [Q(F1, "为患者提供超声波洁治、喷砂抛光和龈下刮治"), L(F6, 63, 65)],
     [["超声波洁治", "超声波洁牙"], ["牙线"], ["菌斑指数", "牙周状况"]])
item("duty-05", "manager", "duty", "西湖门诊护士长具体管哪些事", HSZ, E_XH_HSZ,
     [["高值耗材"], ["手卫生"], ["洁牙师"], ["质量分析会"]])
item("duty-06", "new_hire", "duty", "咨询师岗位是做什么的？", ZX, [L(F6, 21, 25), L(F6, 43, 45)],
     [["面诊"], ["回访"], ["转介绍"], ["成交"]])
item("duty-07", "hr", "duty", "库管员的工作职则", KG, [L(F11, 6, 9)],
     [["先进先出"], ["盘点"], ["效期"], ["账、物、卡", "账物卡"]])
item("duty-08", "new_hire", "duty", "影像技师主要干什么活", YX, [L(F6, 83, 86)], [["CBCT"], ["铅衣"], ["PACS"]])

# ---------------------------------------------------------------- qualification
item("qual-01", "hr", "qualification", "招正畸医生有什么硬性要求", ZJ,
     [Q(F1, "口腔正畸学硕士研究生及以上学历"), Q(F5, "医师执业证书、隐适美认证")],
     [["硕士"], ["隐适美"], ["3年以上"], ["医师执业证书"]])
item("qual-02", "new_hire", "qualification", "我护理专业应届毕业，能应聘口腔护士吗", HS,
     [Q(F2, "应届毕业生可参加集团带教培训后上岗"), Q(F2, "护理专业中专及以上学历"), Q(F2, "持有有效的《护士执业证书》"),
      Q(F5, "接受应届毕业生")],
     [["应届"], ["护士执业证书"], ["中专"]])
item("qual-03", "hr", "qualification", "采购专员任职资格是啥", CG, [L(F11, 2, 5), Q(F5, "2年以上医疗器械采购")],
     [["医疗器械采购"], ["注册证"], ["大专"]])
item("qual-04", "manager", "qualification", "区域运营经里要什么背景的人", QY, [L(F7, 30, 32)],
     [["多店管理"], ["5年以上"], ["数据分析"]])
item("qual-05", "hr", "qualification", "市场专员的任职要求", SC, [L(F7, 48, 50)], [["市场营销"], ["2年以上"], ["新媒体"]])
item("qual-06", "manager", "qualification", "院长这个岗位任职条件有哪些", YZ,
     [Q(F3, "8年以上口腔临床经验，其中3年以上门诊管理经验")], [["8年以上"], ["门诊管理经验"], ["执业医师"]])

# ---------------------------------------------------------------- attribute
item("attr-01", "new_hire", "attribute", "洁牙师归谁管？直接上级是谁", WS,
     [Q(F1, "医疗部（各门诊）　　【直接上级】护士长"), L(F10, 14, 16)], [["护士长"], ["口腔卫生士", "洁牙师"]],
     attribute="reports_to")
item("attr-02", "hr", "attribute", "种植医生工资大概多少", ZZ,
     [Q(F1, "底薪+手术提成，综合年薪40万—80万元"), Q(F5, "40-80万/年")], [["40"], ["80万"]], attribute="pay")
item("attr-03", "new_hire", "attribute", "库管员在哪上班", KG, [L(F11, 6, 9), Q(F5, "集团中心仓（杭州萧山区）")],
     [["萧山"], ["中心仓"]], attribute="location")
item("attr-04", "hr", "attribute", "前台接待要求什么学历", QT,
     [Q(F3, "任职要求：大专及以上学历；1年以上前台或客服工作经验"), Q(F5, "4500-6000元/月")], [["大专"], ["学历"]],
     attribute="education")
item("attr-05", "new_hire", "attribute", "影像技师需要持什么证", YX, [L(F6, 92, 94)],
     [["放射工作人员证"], ["大型医用设备上岗证"]], attribute="certificate")
item("attr-06", "hr", "attribute", "种植医生要几年经验", ZZ,
     [Q(F1, "5年以上口腔临床经验，独立完成种植手术不少于200例"), Q(F5, "医师执业证书（口腔）")], [["5年以上"], ["200例"]],
     attribute="experience")
item("attr-07", "manager", "attribute", "滨江门诊护士长下面管哪些岗位", HSZ,
     [Q(F2, "下属岗位：口腔护士、口腔卫生士、消毒供应员")], [["口腔护士"], ["口腔卫生士", "洁牙师"], ["消毒供应员"]],
     attribute="subordinates")
item("attr-08", "new_hire", "attribute", "市场专员向谁汇报", SC, [L(F7, 36, 36), L(F10, 24, 25)],
     [["市场部经理"], ["市场专员"]], attribute="reports_to")
item("attr-09", "hr", "attribute", "滨江门诊招的咨询师工资多少", ZX, [L(F6, 17, 17)], [["8000-15000"], ["提成"]],
     attribute="pay")
item("attr-10", "manager", "attribute", "区域运营经理在哪办公，要经常出差吗", QY, [L(F7, 18, 18)],
     [["出差"], ["10天"], ["杭州"]], attribute="location")

# ---------------------------------------------------------------- kpi
item("kpi-01", "manager", "kpi", "前台的KPI考核哪些指标", QT, E_QT_KPI,
     [["预约准时到诊率"], ["收费差错次数"], ["患者满意度"], ["复诊预约率"]])
item("kpi-02", "hr", "kpi", "种植医生考核指标和权重", ZZ,
     [Q(F4, "种植体一年存留率"), Q(F4, "个人业绩达成率"), Q(F4, "方案成交率"), Q(F4, "病历书写合格率")],
     [["种植体一年存留率"], ["个人业绩达成率"], ["方案成交率"]])
item("kpi-03", "new_hire", "kpi", "护士长月度考核看哪些指标", HSZ, E_HSZ_KPI,
     [["护理质量检查合格率"], ["感控督查问题整改率"], ["带教合格率"], ["耗材损耗率"]])
item("kpi-04", "manager", "kpi", "消毒供应员的器械灭菌合格率权重多少", XD, [Q(F8, "器械灭菌合格率　40%　100%")],
     [["40%"], ["100%"]])
item("kpi-05", "manager", "kpi", "院长考核里营收达成率的目标是多少，差了怎么扣分", YZ,
     [Q(F4, "门诊营收达成率"), Q(F4, "≥95%"), Q(F4, "每低1个百分点扣1分")], [["95%"], ["扣1分"]])
item("kpi-06", "manager", "kpi", "区域运营经理季度考核有哪些指标", QY, E_QY_KPI,
     [["新门诊开业准时率"], ["门诊营收达成率"], ["储备院长"], ["净推荐值", "NPS"]])
item("kpi-07", "new_hire", "kpi", "洁牙师的考核指标有哪些", WS,
     [Q(F4, "感控检查合格率"), Q(F4, "个人业绩达成率"), Q(F4, "患者满意度"), Q(F4, "复诊预约率")],
     [["感控检查合格率"], ["复诊预约率"], ["患者满意度"], ["个人业绩达成率"]])
item("kpi-08", "hr", "kpi", "绩效考核等级怎么划分，拿A要多少分", None,
     [Q(F8, "考核结果分为四个等级：A级90分及以上"), Q(F8, "D级70分以下。")], [["90分"], ["80至89分"], ["70分以下"]])

# ---------------------------------------------------------------- method (handbook)
item("method-01", "new_hire", "method", "请假3天找谁批", None, [L(F9, 9, 9)], [["门诊主任"], ["钉钉"]])
item("method-02", "new_hire", "method", "试用期多久？医生也是三个月吗", None, [L(F9, 15, 15)], [["3个月"], ["6个月"]])
item("method-03", "new_hire", "method", "被针扎了怎么办", None, [L(F9, 27, 27)],
     [["挤出"], ["碘伏"], ["30分钟"], ["职业暴露登记表"]])
item("method-04", "hr", "method", "年假怎么算的", None, [L(F9, 11, 11)], [["5天"], ["10天"], ["15天"]])
item("method-05", "manager", "method", "员工对绩效结果不服可以申诉吗，多久内提", None,
     [Q(F8, "可在结果公布后5个工作日内向人力资源中心书面申诉"), Q(F8, "人力资源中心在10个工作日内给出复核结论")],
     [["5个工作日"], ["书面申诉"], ["10个工作日"]])
item("method-06", "new_hire", "method", "迟到了会扣钱吗", None, [L(F9, 5, 5)], [["20元"], ["旷工半天"]])
item("method-07", "hr", "method", "公司出钱送员工去外面培训要签协议吗", None, [L(F9, 22, 22)],
     [["服务期"], ["5000元"], ["退还"]])

# ---------------------------------------------------------------- followup
item("fu-01", "new_hire", "followup", "正畸医生都负责些啥", ZJ, [Q(F1, "头影测量分析和模型分析")],
     [["头影测量"], ["隐形矫治"], ["保持器"]], turns=[
         T("那他的上级呢", "attribute", ZJ, [Q(F1, "医疗部（正畸中心）　　【直接上级】医疗总监"), L(F10, 7, 7)],
           [["医疗总监"], ["正畸中心"]], attribute="reports_to"),
         T("要什么证", "attribute", ZJ, [Q(F1, "持有隐适美认证证书"), Q(F5, "医师执业证书、隐适美认证")],
           [["医师执业证书"], ["隐适美"]], attribute="certificate")])
item("fu-02", "new_hire", "followup", "口腔护士的职责", HS, E_HS_DUTY,
     [["四手操作"], ["水路冲洗"], ["印模"]], turns=[
         T("第二条展开说说", "duty", HS, [Q(F2, "四手操作配合医生完成治疗，及时传递器械、吸唾")], [["四手操作"], ["吸唾"]]),
         T("考核看什么", "kpi", HS, E_HS_KPI, [["四手操作配合达标率"], ["感控检查合格率"]])])
item("fu-03", "manager", "followup", "滨江门诊护士长的岗位职责", HSZ, E_BJ_HSZ,
     [["排班"], ["感控自查"], ["带教"]], turns=[
         T("换成西湖门诊的呢", "duty", HSZ, E_XH_HSZ, [["高值耗材"], ["手卫生"]]),
         T("西湖那个任职要求是啥", "qualification", HSZ, [Q(F3, "护理专业大专及以上学历，护师及以上职称")],
           [["护师"], ["3年以上"]])])
item("fu-04", "hr", "followup", "库管员要求什么学历", KG, [L(F11, 6, 9), Q(F5, "1年以上仓管")], [["高中"], ["学历"]],
     attribute="education", turns=[
         T("那采购专员呢", "attribute", CG, [L(F11, 2, 5), Q(F5, "2年以上医疗器械采购")], [["大专"], ["学历"]],
           attribute="education"),
         T("他的上级是谁", "attribute", CG, [L(F10, 26, 27), Q(F5, "7000-10000元/月")], [["供应链经理"], ["采购专员"]],
           attribute="reports_to")])
item("fu-05", "manager", "followup", "区域运营经理的职责有哪些", QY, [L(F7, 22, 26)],
     [["巡店"], ["选址"], ["经营分析会"]], turns=[
         T("第四条展开说说", "duty", QY, [L(F7, 25, 25)], [["选址"], ["开业准备"]]),
         T("考核看什么", "kpi", QY, E_QY_KPI, [["新门诊开业准时率"], ["储备院长"]])])
item("fu-06", "new_hire", "followup", "年假有几天", None, [L(F9, 11, 11)], [["5天"], ["10天"]], turns=[
    T("婚假呢", "method", None, [L(F9, 12, 12)], [["3天"], ["婚假"]]),
    T("病假工资怎么发", "method", None, [L(F9, 10, 10)], [["80%"], ["病假证明"]])])
item("fu-07", "hr", "followup", "咨询师要什么条件", ZX, [L(F6, 31, 33), L(F6, 51, 53)],
     [["大专"], ["咨询经验"], ["沟通"]], turns=[
         T("宁波的呢", "qualification", ZX, [L(F6, 51, 53)], [["2年以上"], ["宁波本地"]]),
         T("工资多少", "attribute", ZX, [L(F6, 39, 39)], [["7000-12000"], ["提成"]], attribute="pay")])
item("fu-08", "new_hire", "followup", "手卫生有什么规定", None, [L(F9, 25, 25)], [["五个时刻"], ["速干手消毒剂"]], turns=[
    T("器械消毒呢", "method", None, [L(F9, 26, 26)], [["一人一用"], ["每人次灭菌"]]),
    T("出了不良事件怎么报", "method", None, [L(F9, 29, 29)], [["24小时"], ["医务部"]])])
item("fu-09", "manager", "followup", "门诊主任是干嘛的", YZ, E_YZ_DUTY, [["晨会"], ["医疗纠纷"], ["经营目标"]], turns=[
    T("他下面管哪些人", "attribute", YZ, [Q(F3, "下属：护士长、客服主管、门诊医生"), L(F10, 12, 21)],
      [["护士长"], ["客服主管"]], attribute="subordinates"),
    T("这个岗位的考核指标呢", "kpi", YZ, E_YZ_KPI, [["门诊营收达成率"], ["感控督查合格率"], ["重大医疗纠纷次数"]])])
item("fu-10", "new_hire", "followup", "市场专员做哪些工作", SC, [L(F7, 41, 44)],
     [["义诊"], ["小红书", "大众点评"], ["渠道分析报告"]], turns=[
         T("在哪上班", "attribute", SC, [L(F7, 37, 37)], [["上城区"], ["集团总部"]], attribute="location"),
         T("对剪视频有要求吗", "qualification", SC, [L(F7, 50, 50)], [["短视频剪辑"], ["新媒体"]])])
item("fu-11", "hr", "followup", "消毒供应员要啥证", XD,
     [Q(F2, "持有消毒员上岗证，操作压力蒸汽灭菌器的须持有特种设备作业人员证")],
     [["消毒员上岗证"], ["特种设备作业人员证"]], attribute="certificate", turns=[
         T("那它的考核指标呢", "kpi", XD, E_XD_KPI, [["器械灭菌合格率"], ["器械包发放及时率"], ["灭菌监测记录完整率"]]),
         OOS("它的工资多少")])

# ---------------------------------------------------------------- tools
item("jd-01", "hr", "jd", "帮我写一份种植医生的岗位说明书", ZZ, E_ZZ_DUTY,
     [["CBCT"], ["骨增量", "GBR"], ["种植成功率"]],
     tool=dict(kind="jd", role=ZZ, must_cite_files=[F1], expect_sections=["duties", "qualifications"]))
item("jd-02", "manager", "jd", "拟一份影像技师的岗位职责和任职要求", YX, [L(F6, 83, 86)], [["CBCT"], ["PACS"], ["铅衣"]],
     tool=dict(kind="jd", role=YX, must_cite_files=[F6], expect_sections=["duties", "qualifications"]))
item("kd-01", "manager", "kpi_design", "给口腔护士设计一套KPI", HS, E_HS_KPI,
     [["四手操作配合达标率"], ["感控检查合格率"], ["患者满意度"], ["培训学时完成率"]],
     tool=dict(kind="kpi_design", role=HS, count=None, must_cite_files=[F4],
               expected_indicators=["四手操作配合达标率", "感控检查合格率", "患者满意度", "培训学时完成率"]))
item("kd-02", "hr", "kpi_design", "出一套消毒供应员的绩效考核表，5个指标", XD, E_XD_KPI,
     [["器械灭菌合格率"], ["器械包发放及时率"], ["灭菌监测记录完整率"], ["设备故障报修及时率"]],
     tool=dict(kind="kpi_design", role=XD, count=5, must_cite_files=[F8],
               expected_indicators=["器械灭菌合格率", "器械包发放及时率", "灭菌监测记录完整率", "设备故障报修及时率"]))

# ---------------------------------------------------------------- out of scope
for n, (persona, q) in enumerate([
        ("hr", "儿牙医生的岗位职责是什么"),            # only named in the org chart
        ("manager", "技工室技师要做什么工作"),          # 岗位说明待补充
        ("hr", "电话回访专员的任职要求是什么"),        # CSV row says 待补充
        ("new_hire", "五险一金的缴费比例是多少"),      # careers page only says 五险一金
        ("new_hire", "种植一颗牙大概多少钱"),          # patient pricing, not HR
        ("new_hire", "隐适美和时代天使哪个效果好"),    # clinical/product question
        ("hr", "劳动合同到期不续签要赔多少钱"),        # labour law
        ("manager", "医务部经理的职责有哪些")], 1):    # only named
    item(f"oos-{n:02d}", persona, "out_of_scope", q, None, [], [])


if __name__ == "__main__":
    corpus_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/t12a/corpus")
    out = HERE / "set.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    corpus = V.Corpus(corpus_dir)
    ck = V.Checker()
    ids, qs = set(), set()
    for it in items:
        ck.item(V.Item.model_validate(it), corpus)
        assert it["id"] not in ids, it["id"]
        assert it["question"] not in qs, it["question"]
        ids.add(it["id"]); qs.add(it["question"])
    print(len(items), dict(Counter(i["intent"] for i in items)), "later turns",
          sum(len(i["turns"] or []) for i in items), dict(Counter(i["persona"] for i in items)))
    print("\n".join(ck.problems) or "validate.py checks: ok")
    from assistant.eval.gold import load_items, validate_gold
    try:
        loaded = load_items(out, corpus_dir)
        probs = validate_gold(loaded, corpus_dir)
        print("\n".join(probs) or "gangwei load/validate: ok")
    except Exception as e:  # noqa: BLE001
        print("gangwei loader:", e)
