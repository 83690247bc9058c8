"""Builds set.jsonl for round 11 (city gas utility) and checks it with evals/sets/validate.py's Checker
and with gangwei's own gold loader/validator.

    cd /tmp/r11code && /work/main/.venv/bin/python /work/main/evals/trials/round11/company/build_set.py [/tmp/t11/corpus]
"""
import json
import os
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT / "evals" / "sets"))
import validate as V  # noqa: E402

F1 = "rq01_输配运行部岗位说明书.docx"; F2 = "rq02_户内安检员岗位说明书.docx"; F3 = "rq03_岗位说明书汇总.xlsx"
F4 = "rq04_2024年度KPI指标库.xlsx"; F5 = "rq05_部门职责说明.docx"; F6 = "rq06_组织架构.txt"
F7 = "rq07_2024年社会招聘启事.txt"; F8 = "rq08_员工手册.txt"; F9 = "rq09_加入我们.html"
F10 = "rq10_安全技术部岗位职责汇编.docx"


def Q(f, q): return {"file": f, "quote": q}
def L(f, a, b=None): return {"file": f, "line_start": a, "line_end": b or a}


items = []


def item(id, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append(dict(id=id, persona=persona, intent=intent, question=q, role=role, attribute=attribute,
                      evidence=ev, key_points=kp, expect_refusal=(intent == "out_of_scope"), turns=turns, tool=tool))


def T(q, intent, role, ev, kp, attribute=None):
    d = dict(question=q, intent=intent, role=role, evidence=ev, key_points=kp)
    if attribute:
        d["attribute"] = attribute
    return d


def OOS(q): return dict(question=q, intent="out_of_scope", role=None, evidence=[], key_points=[])


XJ = "管网巡线工"; WX = "管网维修工（带气作业）"; JS = "管网运行技术员"; AJ = "户内安检员"; DD = "输配调度员"
ZX = "客服热线坐席员"; MZ = "门站运行工"; GS = "工商业客户经理"; CB = "抄表收费员"; RJ = "燃气具维修工"
GIS = "管网GIS数据工程师"; QX = "应急抢修工"; AQ = "安全管理专员"; JL = "计量检定员"

# ---------------------------------------------------------------- evidence
E_XJ_DUTY = [Q(F1, "按《管网巡线计划》对责任区内管线"), Q(F1, "使用巡检APP上传巡线轨迹和隐患照片"), Q(F1, "现场告知管线位置并签订"),
             Q(F1, "使用激光甲烷检测仪对管线沿线"), Q(F1, "检查标志桩、警示带和警示牌是否完好"), Q(F1, "配合管网维修工完成阀门井清淤"),
             Q(F1, "填写巡线日志，每周汇总隐患台账")]
E_WX_DUTY = [Q(F1, "调压箱（柜）的定期维护保养"), Q(F1, "按作业票要求实施带气接线"), Q(F1, "参与燃气泄漏及管网事故抢修"),
             Q(F1, "阴极保护测试桩的电位数据采集"), Q(F1, "负责维修工具、检测仪器和抢修物资"), Q(F1, "作业完成后清理现场、恢复路面")]
E_JS_DUTY = [Q(F1, "编制管网年度巡检、维护保养计划"), Q(F1, "每月5日前出具《管网运行分析报告》"), Q(F1, "阴极保护系统年度检测"),
             Q(F1, "负责管网隐患的技术鉴定"), Q(F1, "参与新建管网工程的图纸会审和竣工验收"), Q(F1, "对巡线工、维修工开展技术指导"),
             Q(F1, "负责管网设备台账和技术档案的管理")]
E_JS_REST = [Q(F1, "为管网运行、维护和改造提供技术支持"), Q(F1, "大专及以上，燃气工程、油气储运相关专业"),
             Q(F1, "3年以上燃气管网运行或工程技术工作经验"), Q(F1, "助理工程师及以上职称"), Q(F1, "熟悉CJJ 51《城镇燃气设施运行"),
             Q(F1, "输配运行部副经理"), Q(F1, "技术岗T2-T3"), Q(F1, "输配运行部（江北区滨河路16号）")]
E_XJ_QUAL = [Q(F1, "高中（中专）及以上"), Q(F1, "无经验可培训上岗"), Q(F1, "入职1年内取得燃气经营企业从业人员"), Q(F1, "能适应户外工作，会骑电动车")]
E_WX_QUAL = [Q(F1, "中专及以上，燃气、管道、机电类专业优先"), Q(F1, "2年以上燃气管网维修经验"), Q(F1, "持有燃气管道维修工证书"),
             Q(F1, "能适应夜间及节假日抢修值班")]
E_DD_DUTY = [Q(F3, "通过SCADA系统24小时监控门站"), Q(F3, "根据用气负荷变化调整门站出站压力"), Q(F3, "按应急预案派发抢修指令"),
             Q(F3, "向上游供气单位申报次日用气量"), Q(F3, "审核计划停气、降压作业申请"), Q(F3, "每日8:30前报送《生产运行日报》"),
             Q(F3, "第一时间报告调度值班长和公司应急办公室")]
E_ZX_DUTY = [Q(F3, "接听96777服务热线，受理用户报装"), Q(F3, "按《险情受理话术》询问地址"), Q(F3, "在客服系统中准确录入工单"),
             Q(F3, "对已办结工单进行电话回访"), Q(F3, "12345政务服务热线转办"), Q(F3, "每月整理热点问题报热线班班长")]
E_ZX_QUAL = [Q(F3, "中专及以上学历，专业不限"), Q(F3, "普通话标准，打字速度每分钟50字以上"), Q(F3, "有呼叫中心或客服工作经验者优先"),
             Q(F3, "能接受做五休二轮班")]
E_ZX_REST = E_ZX_QUAL + [Q(F3, "客服热线坐席员"), Q(F3, "月薪4500-6000元（含绩效）")]
E_MZ_DUTY = [Q(F3, "每2小时对门站工艺设备巡回检查一次"), Q(F3, "监控进站压力、温度、流量及加臭量"), Q(F3, "过滤器排污、加臭剂补充"),
             Q(F3, "按调度指令进行流程切换"), Q(F3, "配合上游单位进行气质检测和计量交接"), Q(F3, "负责站区消防器材、可燃气体报警器")]
E_AJ_DUTY = [Q(F2, "负责居民用户户内燃气设施的入户安全检查"), Q(F2, "按年度安检计划对辖区居民用户进行入户安全检查"),
             Q(F2, "检查燃气表、灶具、热水器、连接软管"), Q(F2, "开具《隐患整改通知书》"), Q(F2, "对橡胶软管超期使用、私改燃气管道"),
             Q(F2, "张贴《到访不遇通知单》"), Q(F2, "宣传安全用气常识"), Q(F2, "配合完成燃气表更换")]
E_AJ_STD = [Q(F2, "居民用户每年至少入户安检1次"), Q(F2, "按《户内安检作业指导书》逐项检查"), Q(F2, "隐患信息当日录入客服系统"),
            Q(F2, "一般隐患30日内复查"), Q(F2, "累计3次到访不遇的"), Q(F2, "每户讲解不少于5分钟"), Q(F2, "按派工单要求的时限完成")]
E_AJ_QUAL = [Q(F2, "高中、中专及以上学历"), Q(F2, "不限，燃气、物业管理、机电类专业优先"), Q(F2, "有入户服务或燃气行业工作经验者优先"),
             Q(F2, "能熟练使用手持安检终端"), Q(F2, "专业培训考核合格证（燃气用户安装检修工）"), Q(F2, "年龄45周岁以下，能适应入户工作")]
E_AJ_KPI = [Q(F2, "年度入户安检率"), Q(F2, "隐患整改复查率"), Q(F2, "安检信息录入准确率"), Q(F2, "有效投诉次数"), Q(F2, "安检责任事故")]
E_ZX_KPI = [Q(F4, "20秒接通率"), Q(F4, "工单录入准确率"), Q(F4, "险情转派及时率"), Q(F4, "回访满意率")]
E_DD_KPI = [Q(F4, "管网压力合格率"), Q(F4, "险情派单及时率"), Q(F4, "日用气计划偏差率"), Q(F4, "调度日志规范率"), Q(F4, "应急演练参与次数")]
E_XJ_KPI = [Q(F4, "巡线轨迹覆盖率"), Q(F4, "隐患上报及时率"), Q(F4, "第三方施工监护到位率"), Q(F4, "标志桩完好率")]
E_CB_KPI = [Q(F4, "抄表到位率"), Q(F4, "居民气费回收率"), Q(F4, "抄表差错率"), Q(F4, "表具异常上报数")]
E_GS_KPI = [Q(F4, "新增工商业用户用气量"), Q(F4, "供用气合同签订及时率"), Q(F4, "工商业气费回收率"), Q(F4, "大客户满意度")]
E_AQ_DUTY = [Q(F10, "组织编制和修订公司安全生产管理制度"), Q(F10, "每月组织一次全公司安全生产大检查"), Q(F10, "危险作业许可证的审核和现场监督"),
             Q(F10, "组织新员工三级安全教育"), Q(F10, "生产安全事故的统计、上报"), Q(F10, "每年组织不少于2次综合应急演练"),
             Q(F10, "制定劳动防护用品发放标准")]
E_JL_DUTY = [Q(F10, "膜式燃气表、流量计、压力表等计量器具"), Q(F10, "对用户申请校验的燃气表进行检定"), Q(F10, "建立计量器具台账，编制年度周期检定计划"),
             Q(F10, "钟罩式气体流量标准装置"), Q(F10, "配合市场监督管理部门开展计量标准考核")]

# ---------------------------------------------------------------- duty
item("r11c-duty-01", "new_hire", "duty", "巡线工平时都干些啥？", XJ, E_XJ_DUTY,
     [["巡线计划", "巡查"], ["巡检APP", "巡线轨迹"], ["第三方施工"], ["激光甲烷检测仪", "泄漏检测"], ["标志桩"]])
item("r11c-duty-02", "manager", "duty", "带气作业的那个维修工负责哪些工作", WX, E_WX_DUTY,
     [["调压箱"], ["带气接线", "带气作业"], ["抢修"], ["阴极保护"]])
item("r11c-duty-03", "new_hire", "duty", "燃气公司的调度员主要职责是什么", DD, E_DD_DUTY,
     [["SCADA"], ["出站压力", "用气负荷"], ["抢修指令"], ["次日用气量", "用气计划"]])
item("r11c-duty-04", "hr", "duty", "工商业客户经理具体负责哪些事情？", GS, [L(F7, 6)],
     [["工商业用户"], ["供用气合同"], ["回访"], ["催收气费"]])
item("r11c-duty-05", "new_hire", "duty", "抄表员的工作内容有哪些", CB, [L(F7, 10)],
     [["抄读", "抄表"], ["手持机"], ["催缴"], ["开户", "过户"]])
item("r11c-duty-06", "new_hire", "duty", "抢修工岗位要做什么", QX, [L(F9, 46, 50)],
     [["30分钟"], ["警戒"], ["带压堵漏", "抢修"], ["抢修记录单"]])
item("r11c-duty-07", "manager", "duty", "安检员入户检查都有什么标准要求？", AJ, E_AJ_STD,
     [["每年至少入户安检1次", "95%"], ["30日内复查"], ["当日录入"], ["5分钟"]])
item("r11c-duty-08", "hr", "duty", "调度指挥中心这个部门管哪些事", None,
     [Q(F5, "负责全公司燃气供需平衡调度"), Q(F5, "负责SCADA系统的运行监控"), Q(F5, "负责险情、事故的接警、派单"),
      Q(F5, "负责编制和上报月度、年度供气计划")],
     [["供需平衡"], ["SCADA"], ["接警", "派单"], ["供气计划"]])

# ---------------------------------------------------------------- qualification
item("r11c-qual-01", "hr", "qualification", "招巡线工有什么条件", XJ, E_XJ_QUAL,
     [["高中"], ["培训上岗"], ["专业培训考核合格证", "1年内取得"], ["电动车", "户外"]])
item("r11c-qual-02", "hr", "qualification", "坐席员招聘要求是什么", ZX, E_ZX_QUAL,
     [["中专"], ["普通话"], ["50字"], ["做五休二", "轮班"]])
item("r11c-qual-03", "manager", "qualification", "工商业客户经理想招什么样的人", GS, [L(F7, 7)],
     [["本科"], ["3年以上"], ["C1"], ["市场营销", "能源"]])
item("r11c-qual-04", "new_hire", "qualification", "GIS工程师应聘有啥要求", GIS, [L(F9, 31, 34)],
     [["测绘工程", "地理信息系统"], ["3年以上"], ["ArcGIS"]])
item("r11c-qual-05", "hr", "qualification", "安全管理专员需要什么资质条件？", AQ,
     [Q(F10, "本科及以上学历，安全工程、燃气工程相关专业"), Q(F10, "3年以上燃气或危化品行业安全管理"), Q(F10, "注册安全工程师证书者优先")],
     [["安全工程"], ["3年以上"], ["安全生产管理人员考核合格证"], ["注册安全工程师"]])
item("r11c-qual-06", "hr", "qualification", "户内安检员的任职资格是什么", AJ, E_AJ_QUAL,
     [["高中", "中专"], ["手持安检终端"], ["燃气用户安装检修工", "考核合格证"], ["45周岁"]])

# ---------------------------------------------------------------- attribute
item("r11c-attr-01", "new_hire", "attribute", "巡线工归那个部门，直接领导是谁？", XJ, [Q(F1, "巡线班长"), L(F6, 24, 29)],
     [["巡线班长"], ["输配运行部"]], attribute="reports_to")
item("r11c-attr-02", "hr", "attribute", "运行技术员的薪酬等级是多少", JS, [Q(F1, "技术岗T2-T3")],
     [["T2-T3"], ["技术岗"]], attribute="pay")
item("r11c-attr-03", "new_hire", "attribute", "调度员在哪里上班", DD, [Q(F3, "公司本部调度大厅（高新区科园路88号）")],
     [["科园路88号"], ["高新区"]], attribute="location")
item("r11c-attr-04", "new_hire", "attribute", "热线坐席一个月能拿多少钱", ZX, [Q(F3, "月薪4500-6000元（含绩效）")],
     [["4500-6000"], ["绩效"]], attribute="pay")
item("r11c-attr-05", "hr", "attribute", "门站运行工要持什么证", MZ, [Q(F3, "持有燃气输配场站运行工证书")],
     [["场站运行工"], ["压力容器操作证"]], attribute="certificate")
item("r11c-attr-06", "new_hire", "attribute", "户内安检员是哪个部门的", AJ, [Q(F2, "客户服务中心"), L(F6, 41, 46)],
     [["客户服务中心"], ["安检班"]], attribute="department")
item("r11c-attr-07", "hr", "attribute", "燃气具维修工需要什么证书", RJ, [L(F7, 15)],
     [["燃气燃烧器具安装维修工"], ["四级"]], attribute="certificate")
item("r11c-attr-08", "new_hire", "attribute", "应急抢修工工资待遇怎么样", QX, [L(F9, 42)],
     [["6-8K"], ["13薪"], ["夜班补贴"]], attribute="pay")
item("r11c-attr-09", "manager", "attribute", "计量检定员的上级是谁", JL, [Q(F10, "安全技术部副经理（分管计量）"), L(F6, 17, 18)],
     [["安全技术部副经理"], ["分管计量"]], attribute="reports_to")
item("r11c-attr-10", "new_hire", "attribute", "工商业客户经理在哪办公", GS, [L(F7, 7)],
     [["科园路88号"], ["公司本部", "高新区"]], attribute="location")
item("r11c-attr-11", "hr", "attribute", "门站运行工需要什么工作经验", MZ, [Q(F3, "1年以上燃气场站或化工装置操作经验")],
     [["1年以上"], ["燃气场站", "化工装置"]], attribute="experience")

# ---------------------------------------------------------------- kpi
item("r11c-kpi-01", "manager", "kpi", "坐席员怎么考核？", ZX, E_ZX_KPI,
     [["20秒接通率"], ["工单录入准确率"], ["险情转派及时率"], ["回访满意率"]])
item("r11c-kpi-02", "manager", "kpi", "抄表收费员哪个考核指标权重最大", CB, E_CB_KPI + [Q(F4, "0.35")],
     [["居民气费回收率"], ["0.35", "35%"]])
item("r11c-kpi-03", "manager", "kpi", "管网压力合格率怎么算，目标是多少？", DD,
     [Q(F4, "压力在规定范围内的监测点时数/总监测点时数×100%"), Q(F4, "≥99.5%")],
     [["监测点时数"], ["99.5%"]])
item("r11c-kpi-04", "hr", "kpi", "户内安检员的KPI和权重分别是什么", AJ, E_AJ_KPI + [Q(F2, "30%"), Q(F2, "25%")],
     [["年度入户安检率"], ["隐患整改复查率"], ["30%"], ["25%"]])
item("r11c-kpi-05", "manager", "kpi", "客户服务中心的部门考核有哪些指标", None,
     [Q(F4, "年度第三方用户满意度测评得分"), Q(F4, "投诉处理及时率"), Q(F4, "户内安检入户率"), Q(F4, "营业厅服务规范达标率")],
     [["用户满意度"], ["投诉处理及时率"], ["户内安检入户率"], ["营业厅服务规范达标率"]])
item("r11c-kpi-06", "hr", "kpi", "险情转派及时率的评分标准是啥", ZX, [Q(F4, "每超时1次扣10分，造成事故扩大的本项不得分")],
     [["扣10分"], ["本项不得分"]])
item("r11c-kpi-07", "manager", "kpi", "安全管理专员的考核要点有哪些", AQ, [Q(F10, "安全检查计划完成率、隐患整改闭环率")],
     [["安全检查计划完成率"], ["隐患整改闭环率"], ["危险作业审核及时率"], ["安全培训覆盖率"]])
item("r11c-kpi-08", "manager", "kpi", "第三方破坏事故次数这个指标目标是多少，超了怎么扣分", None,
     [Q(F4, "≤1次/年"), Q(F4, "每多1次扣10分")], [["1次/年"], ["扣10分"]])

# ---------------------------------------------------------------- method (handbook)
item("r11c-hb-01", "new_hire", "method", "迟到20分钟会扣钱吗，扣多少", None, [L(F8, 5)], [["50元"], ["30分钟以内"]])
item("r11c-hb-02", "new_hire", "method", "请5天假要谁批", None, [L(F8, 11)], [["分管副总经理"], ["3天以上7天以内"]])
item("r11c-hb-03", "new_hire", "method", "周末被叫回来加班，加班费怎么算？", None, [L(F8, 20)], [["调休"], ["200%"]])
item("r11c-hb-04", "hr", "method", "职能部门的人节假日值班有补贴吗", None, [L(F8, 22)], [["150元"], ["值班津贴"]])
item("r11c-hb-05", "new_hire", "method", "生病请假工资还发吗", None, [L(F8, 12)], [["80%"], ["基本工资"]])
item("r11c-hb-06", "new_hire", "method", "我是抄表的，每天要打卡吗", None, [L(F8, 7)], [["无需打卡"], ["轨迹"]])
item("r11c-hb-07", "new_hire", "method", "冬天保供期间抢修的待命有啥要求", None, [L(F8, 23)], [["30分钟内到岗"], ["11月15日"]])

# ---------------------------------------------------------------- follow-ups
item("r11c-fu-01", "hr", "followup", "带气作业那个维修工要求啥条件", WX, E_WX_QUAL,
     [["中专"], ["2年以上"], ["燃气管道维修工证书", "焊工"]], turns=[
    T("他的直接上级是谁", "attribute", WX, [Q(F1, "维修班长"), L(F6, 30, 31)], [["维修班长"], ["维修班"]], "reports_to"),
    T("在哪儿上班", "attribute", WX, [Q(F1, "南区、北区运行站")], [["南区"], ["北区"]], "location")])
item("r11c-fu-02", "manager", "followup", "调度员的绩效指标都有哪些", DD, E_DD_KPI,
     [["管网压力合格率"], ["险情派单及时率"], ["日用气计划偏差率"], ["调度日志规范率"]], turns=[
    T("偏差率那个怎么算的", "kpi", DD, [Q(F4, "|实际用气量-计划用气量|/计划用气量×100%")], [["实际用气量"], ["计划用气量"]]),
    T("他要什么学历", "attribute", DD, [Q(F3, "大专及以上学历，油气储运、燃气工程、自动化相关专业")], [["大专"], ["油气储运", "燃气工程", "自动化"]],
      "education")])
item("r11c-fu-03", "new_hire", "followup", "户内安检员具体做哪些事", AJ, E_AJ_DUTY,
     [["入户安全检查", "入户安检"], ["隐患整改通知书"], ["到访不遇"], ["安全用气"]], turns=[
    T("他需要持什么证", "attribute", AJ, [Q(F2, "专业培训考核合格证（燃气用户安装检修工）")], [["燃气用户安装检修工"], ["考核合格证"]],
      "certificate"),
    T("平时要跟外面哪些单位打交道", "duty", AJ, [Q(F2, "居民用户、社区居委会、物业服务企业")], [["社区居委会"], ["物业"]])])
item("r11c-fu-04", "new_hire", "followup", "抄表收费员工资多少", CB, [L(F7, 11)], [["4000-5000"], ["五险一金"]], attribute="pay", turns=[
    T("那燃气具维修工呢", "attribute", RJ, [L(F7, 15)], [["5000-7000"], ["月薪"]], "pay"),
    T("他上级是谁", "attribute", RJ, [L(F6, 47, 49)], [["营业所所长"], ["营业所"]], "reports_to")])
item("r11c-fu-05", "new_hire", "followup", "年假一年有几天", None, [L(F8, 14)], [["5天"], ["10天"], ["15天"]], turns=[
    T("今年没休完能留到明年吗", "method", None, [L(F8, 14)], [["3月31日"], ["生产需要"]]),
    T("婚假呢", "method", None, [L(F8, 15)], [["婚假3天"], ["3天"]])])
item("r11c-fu-06", "new_hire", "followup", "管网GIS工程师平时做什么", GIS, [L(F9, 23, 27)],
     [["数据采集", "入库"], ["竣工测量"], ["管线位置查询", "图纸输出"], ["数据标准", "操作手册"]], turns=[
    T("第二条详细说说", "duty", GIS, [L(F9, 24)], [["15个工作日"], ["竣工测量成果"]]),
    T("需要会哪些软件", "attribute", GIS, [L(F9, 33)], [["ArcGIS"], ["AutoCAD"]], "skills")])
item("r11c-fu-07", "manager", "followup", "安全管理专员的职责", AQ, E_AQ_DUTY,
     [["安全生产管理制度"], ["安全生产大检查", "隐患台账"], ["危险作业许可证"], ["三级安全教育"], ["应急演练"]], turns=[
    T("那计量检定员呢", "duty", JL, E_JL_DUTY, [["周期检定"], ["计量纠纷"], ["台账"], ["钟罩式", "标准装置"]]),
    T("他需要什么证", "attribute", JL, [Q(F10, "持有计量检定员证（燃气表项目）")], [["计量检定员证"], ["注册计量师"]], "certificate")])
item("r11c-fu-08", "new_hire", "followup", "门站运行工是干嘛的", MZ, E_MZ_DUTY,
     [["每2小时", "巡回检查"], ["加臭"], ["过滤器排污"], ["计量交接", "交接气量"]], turns=[
    T("在哪上班", "attribute", MZ, [Q(F3, "临江门站（城东工业园）")], [["临江门站"], ["城东工业园"]], "location"),
    OOS("那LNG储备站操作工呢")])
item("r11c-fu-09", "manager", "followup", "工商业客户经理考核啥", GS, E_GS_KPI,
     [["新增工商业用户用气量"], ["供用气合同签订及时率"], ["工商业气费回收率"], ["大客户满意度"]], turns=[
    T("哪个权重最高", "kpi", GS, E_GS_KPI + [Q(F4, "0.5")], [["新增工商业用户用气量"], ["0.5", "50%"]]),
    T("这个指标目标值是多少", "kpi", GS, [Q(F4, "300万立方米")], [["300万立方米"], ["300万"]])])
item("r11c-fu-10", "hr", "followup", "出差住宿标准是多少", None, [L(F8, 28)], [["400元"], ["300元"], ["500元"]], turns=[
    T("那伙食补助呢", "method", None, [L(F8, 29)], [["100元"], ["包干"]]),
    T("回来以后多久内要报销", "method", None, [L(F8, 30)], [["10个工作日"], ["不再受理"]])])
item("r11c-fu-11", "new_hire", "followup", "管网巡线工这个岗位的目的是什么", XJ, [Q(F1, "按巡线计划对辖区中低压燃气管网进行巡查")],
     [["中低压燃气管网"], ["巡查"]], attribute="purpose", turns=[
    T("他要持什么证", "attribute", XJ, [Q(F1, "入职1年内取得燃气经营企业从业人员")], [["专业培训考核合格证"], ["1年内"]], "certificate"),
    T("哪个考核指标权重最大", "kpi", XJ, E_XJ_KPI + [Q(F4, "0.4")], [["巡线轨迹覆盖率"], ["0.4", "40%"]])])

# ---------------------------------------------------------------- drafting
item("r11c-jd-01", "hr", "jd", "帮我写一份管网运行技术员的岗位说明书", JS, E_JS_DUTY + E_JS_REST,
     [["维护保养计划", "巡检"], ["管网运行分析报告"], ["阴极保护"], ["竣工验收"]],
     tool=dict(kind="jd", role=JS, must_cite_files=[F1], expect_sections=["duties", "qualifications"]))
item("r11c-jd-02", "hr", "jd", "给热线坐席员出一份JD，招聘要用", ZX, E_ZX_DUTY + E_ZX_REST,
     [["96777"], ["险情受理话术", "3分钟"], ["录入工单", "工单"], ["回访"]],
     tool=dict(kind="jd", role=ZX, must_cite_files=[F3], expect_sections=["duties", "qualifications"]))
item("r11c-kd-01", "manager", "kpi_design", "帮户内安检员设计5个考核指标", AJ, E_AJ_KPI,
     [["年度入户安检率"], ["隐患整改复查率"], ["安检信息录入准确率"]],
     tool=dict(kind="kpi_design", role=AJ, count=5, must_cite_files=[F2],
               expected_indicators=["年度入户安检率", "隐患整改复查率", "安检信息录入准确率"]))
item("r11c-kd-02", "manager", "kpi_design", "给抄表收费员搞一套KPI", CB, E_CB_KPI,
     [["抄表到位率"], ["居民气费回收率"], ["抄表差错率"]],
     tool=dict(kind="kpi_design", role=CB, count=None, must_cite_files=[F4],
               expected_indicators=["抄表到位率", "居民气费回收率", "抄表差错率"]))

# ---------------------------------------------------------------- out of scope
for i, q in enumerate(["工程质量监督员负责什么工作", "营业厅柜员有什么任职要求", "管培生招什么条件的人", "工程项目经理需要什么资质",
                       "巡线班长的职责有哪些", "居民阶梯气价第二档是多少钱一方", "五险一金的缴费比例是多少",
                       "用ArcGIS的Python脚本怎么批量导出图层"], 1):
    item(f"r11c-oos-{i:02d}", "new_hire" if i % 2 else "hr", "out_of_scope", q, None, [], [])


if __name__ == "__main__":
    corpus_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/t11/corpus")
    out = HERE / "set.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    corpus = V.Corpus(corpus_dir)
    ck = V.Checker()
    ids = set()
    for it in items:
        ck.item(V.Item.model_validate(it), corpus)
        assert it["id"] not in ids, it["id"]
        ids.add(it["id"])
    print(len(items), dict(Counter(i["intent"] for i in items)), "later turns",
          sum(len(i["turns"] or []) for i in items))
    print("\n".join(ck.problems) or "validate.py checks: ok")
    sys.path.insert(0, os.environ.get("GANGWEI_SRC", "/tmp/r11code"))
    from assistant.eval.gold import load_items, validate_gold
    try:
        loaded = load_items(out, corpus_dir)
        probs = validate_gold(loaded, corpus_dir)
        print("\n".join(probs) or "gangwei load/validate: ok")
    except Exception as e:  # noqa: BLE001
        print("gangwei loader:", e)
