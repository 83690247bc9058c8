# builds set.jsonl for round45/media; evidence spans/quotes are computed from the corpus
import json, sys, re
sys.path.insert(0, "/tmp/r45code/evals/sets")
import validate as V
from pathlib import Path
C = V.Corpus(Path("/tmp/t45media/corpus"))
F = {1: "01_新闻中心岗位说明书.docx", 2: "02_播音主持与节目制作岗位手册.docx", 3: "03_绩效考核指标库（2025年度）.xlsx",
     4: "04_岗位任职资格与薪酬标准.xlsx", 5: "05_招聘需求_北森导出.csv", 6: "06_技术播出中心岗位介绍.html",
     7: "07_安全播出岗位责任制.pdf", 8: "08_新媒体部工作手册.md", 9: "09_主持人出镜管理规定.txt"}
PROB = []
def ev(n, *phr):
    d = C.doc(F[n]); out = []
    if d.suffix in V.TEXT_SUFFIXES:
        hits = [i + 1 for i, l in enumerate(d.lines) if any(V.norm(p) in V.norm(V.html.unescape(V._TAG.sub("", l))) for p in phr)]
        if not hits: PROB.append((F[n], phr)); return []
        return [{"file": F[n], "line_start": min(hits), "line_end": max(hits)}]
    for p in phr:
        q = V.norm(p)
        hits = [u for u in d.norm_units if q in u]
        if len(hits) != 1: PROB.append((F[n], p, len(hits))); continue
        out.append({"file": F[n], "quote": p})
    return out
def E(*specs):
    r = []
    for s in specs: r += ev(*s)
    return r
items = []
def add(id, persona, intent, q, role, evid, kps, attribute=None, turns=None, tool=None):
    items.append(dict(id="m45-" + id, persona=persona, intent=intent, question=q, role=role, attribute=attribute,
                      evidence=evid, key_points=kps, expect_refusal=(intent == "out_of_scope"), turns=turns, tool=tool))
def T(q, intent, role, evid, kps, attribute=None):
    return dict(question=q, intent=intent, role=role, attribute=attribute, evidence=evid, key_points=kps)
P = json.load(open("/tmp/t45media/truth.json"))["posts"]
def duties(post, *files):
    du = P[post]["duties"]; r = []
    for n in files:
        if C.doc(F[n]).suffix in V.TEXT_SUFFIXES: r += ev(n, du[0][:12], du[-1][:12])
        elif n == 7: r += ev(n, *[x.split("，")[0][:20] for x in du])
        else: r += ev(n, *[x[:30] for x in du])
    return r
# ---------------- duty (14)
add("duty-01", "new_hire", "duty", "新闻编导每天主要干啥？", "新闻编导", duties("新闻编导", 1),
    [["选题策划", "串联单"], ["审核记者稿件"], ["插播预案", "突发新闻"], ["质量周报"]])
add("duty-02", "new_hire", "duty", "跑口记者的工作职责是什么", "记者", duties("记者", 1),
    [["30分钟内"], ["20条"], ["通讯员", "线索"], ["有偿新闻"]])
add("duty-03", "new_hire", "duty", "摄像岗平时要负责哪些事", "摄像师", duties("摄像师", 1),
    [["现场拍摄"], ["ENG摄像机", "无人机"], ["媒资系统", "场记单"], ["直播"]])
add("duty-04", "hr", "duty", "主持人除了主持节目还得干啥", "主持人", duties("主持人", 2, 9),
    [["备稿"], ["晚会", "大型直播"], ["短视频"], ["商业活动"]])
add("duty-05", "new_hire", "duty", "后期剪辑的岗位职责有哪些", "后期剪辑师", duties("后期剪辑师", 2, 5),
    [["调色"], ["片头片尾", "包装动画"], ["播出成片"], ["归档"]])
add("duty-06", "manager", "duty", "导播具体负责什么工作", "导播", duties("导播", 6, 7),
    [["现场导播"], ["分镜头"], ["备播"], ["导播日志"]])
add("duty-07", "new_hire", "duty", "播控员上班要做哪些事情", "播控员", duties("播控员", 7),
    [["播出单"], ["30秒内"], ["异态记录", "播出日志"], ["双人核对"]])
add("duty-08", "hr", "duty", "技保工程师的职责", "技术保障工程师", duties("技术保障工程师", 6),
    [["巡检"], ["15分钟内到场"], ["检修计划"], ["媒资存储", "IP化制播网络"]])
add("duty-09", "manager", "duty", "广告销售经理主要管哪些工作？", "广告销售经理", duties("广告销售经理", 5),
    [["创收指标"], ["重点客户"], ["刊例价格"], ["合规"]])
add("duty-10", "new_hire", "duty", "做新媒体运营每天的活儿有哪些", "新媒体运营", duties("新媒体运营", 8, 5),
    [["5条"], ["热点话题", "线上活动"], ["舆情"], ["数据分析报告"]])
add("duty-11", "manager", "duty", "台里记者碰到突发事件要多久赶到现场", "记者", ev(1, "突发事件发生后30分钟内赶赴现场"),
    [["30分钟"], ["突发事件"]])
add("duty-12", "new_hire", "duty", "播控员发现信号异常多长时间内得处理好", "播控员", ev(7, "发现异常30秒内"),
    [["30秒"], ["异常"]])
add("duty-13", "new_hire", "duty", "新媒体运营发现负面舆情咋办", "新媒体运营", ev(8, "负面舆情") + ev(5, "负面舆情"),
    [["1小时内上报", "1小时"], ["舆情"]])
add("duty-14", "manager", "duty", "技术保障部的工程师一天巡检几次", "技术保障工程师", ev(6, "每日巡检不少于2次"),
    [["2次"], ["巡检"]])
# ---------------- qualification (10)
add("qual-01", "hr", "qualification", "应聘新闻编导要什么条件", "新闻编导",
    E((1, "3年以上电视新闻编辑工作经验", "新闻学、广播电视编导、汉语言文学等相关专业", "新闻记者证（入职后一年内取得）"),
      (4, "3年以上电视新闻编辑工作经验")),
    [["新闻学", "广播电视编导"], ["3年以上"], ["新闻记者证"]])
add("qual-02", "new_hire", "qualification", "当主持人需要啥证书和学历", "主持人",
    E((2, "普通话水平测试一级甲等证书、播音员主持人资格证书", "2年以上电视或广播主持工作经验"), (9, "一级甲等", "学历："),
      (4, "播音与主持艺术专业")),
    [["一级甲等"], ["播音员主持人资格"], ["本科"], ["播音与主持艺术"]])
add("qual-03", "hr", "qualification", "摄像师招聘要求", "摄像师",
    E((1, "摄影摄像、广播电视技术等相关专业", "2年以上电视摄像工作经验", "持民用无人机驾驶员执照（CAAC）者优先"),
      (4, "2年以上电视摄像工作经验")),
    [["摄影摄像"], ["2年以上"], ["无人机"]])
add("qual-04", "manager", "qualification", "招后期剪辑要会哪些软件啊", "后期剪辑师",
    E((2, "熟练使用Premiere、达芬奇"), (5, "熟练使用Premiere"), (4, "熟练使用Premiere、达芬奇（DaVinci Resolve）、After Effects")),
    [["Premiere"], ["达芬奇", "DaVinci"], ["After Effects"]])
add("qual-05", "hr", "qualification", "播控员任职条件是啥", "播控员",
    E((7, "上播出或机房值班经验；持省", "大专及以上；电子信息、广播"), (4, "1年以上播出或机房值班经验"), (4, "电子信息、广播电视技术等相关专业")),
    [["大专"], ["1年以上"], ["电子信息", "广播电视技术"]])
add("qual-06", "hr", "qualification", "技术保障工程师对专业和经验有啥要求", "技术保障工程师",
    E((6, "通信工程、电子信息工程", "3年以上广电设备维护经验", "低压电工作业证"), (4, "3年以上广电设备维护经验"), (4, "通信工程、电子信息工程、计算机等相关专业")),
    [["通信工程", "电子信息工程"], ["3年以上"], ["低压电工作业证", "电工作业证"]])
add("qual-07", "manager", "qualification", "广告销售经理要几年经验？", "广告销售经理",
    E((5, "5年以上媒体广告销售经验"), (4, "5年以上媒体广告销售经验，其中2年以上团队管理经验")),
    [["5年以上"], ["团队管理"]])
add("qual-08", "hr", "qualification", "新媒体运营对技能有啥要求", "新媒体运营",
    E((8, "熟悉抖音"), (5, "熟悉抖音"), (4, "熟悉抖音、视频号、微博平台规则，会使用剪映")),
    [["抖音"], ["视频号"], ["剪映"]])
add("qual-09", "hr", "qualification", "导播的任职资格", "导播",
    E((6, "广播电视工程、广播电视编导", "3年以上演播室导播"), (7, "本科及以上；广播电视工程、"), (4, "3年以上演播室导播或切换工作经验")),
    [["本科"], ["3年以上"], ["广播电视工程"]])
add("qual-10", "new_hire", "qualification", "应聘记者要啥学历，有驾照加分不", "记者",
    E((1, "新闻传播类相关专业"), (1, "新闻记者证；持C1驾驶证者优先"), (4, "新闻记者证；持C1驾驶证者优先")),
    [["新闻传播类"], ["C1"], ["新闻记者证"]])
# ---------------- attribute (10)
add("attr-01", "new_hire", "attribute", "记者的直属领导是谁", "记者",
    E((1, "记者改由采访部主任管理"), (4, "采访部主任")), [["采访部主任"], ["采访部"]], "reports_to")
add("attr-02", "manager", "attribute", "导播手下管着谁", "导播", ev(6, "切换员、调音员"), [["切换员"], ["调音员"]], "subordinates")
add("attr-03", "new_hire", "attribute", "主持人在哪儿上班", "主持人",
    E((2, "江州市广电大厦2楼演播室"), (4, "江州市广电大厦2楼演播室")), [["2楼演播室", "演播室"], ["广电大厦"]], "location")
add("attr-04", "new_hire", "attribute", "新媒体运营一个月能拿多少钱", "新媒体运营",
    E((5, "6000-9000"), (4, "6000-9000（另有绩效）")), [["6000-9000"], ["绩效"]], "pay")
add("attr-05", "new_hire", "attribute", "摄像师归谁管", "摄像师",
    E((1, "直接上级 摄像部主任"), (4, "摄像部主任")), [["摄像部主任"], ["摄像部"]], "reports_to")
add("attr-06", "new_hire", "attribute", "技保工程师工作地点在哪，要去发射塔吗", "技术保障工程师",
    E((6, "广电大厦及江州发射塔"), (4, "广电大厦及江州发射塔")), [["发射塔"], ["广电大厦"]], "location")
add("attr-07", "hr", "attribute", "后期剪辑师薪资多少", "后期剪辑师",
    E((2, "7000-11000"), (5, "7000-11000元/月")), [["7000"], ["11000"]], "pay")
add("attr-08", "new_hire", "attribute", "新闻编导属于哪个部门的", "新闻编导",
    E((1, "新闻中心·新闻部"), (4, "新闻中心·新闻部")), [["新闻部"], ["新闻中心"]], "department")
add("attr-09", "hr", "attribute", "播控员要持什么证才能上岗", "播控员",
    E((7, "广播电视局颁发的播出岗位上"), (4, "省广播电视局颁发的播出岗位上岗证")), [["上岗证"], ["广播电视局"]], "certificate")
add("attr-10", "manager", "attribute", "广告销售经理向谁汇报工作", "广告销售经理",
    ev(4, "广告经营中心主任"), [["广告经营中心主任"], ["广告经营中心"]], "reports_to")
# ---------------- kpi (5)
add("kpi-01", "manager", "kpi", "记者的考核指标有哪些", "记者",
    ev(3, "月度发稿量", "独家新闻数", "稿件一次通过率", "突发新闻到达时效"),
    [["月度发稿量"], ["独家新闻数"], ["稿件一次通过率"], ["突发新闻到达时效"]])
add("kpi-02", "new_hire", "kpi", "播控员绩效怎么考核", "播控员",
    ev(3, "当月人为播出差错次数", "停播时长", "播出日志完整率", "应急演练参与率"),
    [["播出差错次数"], ["停播时长"], ["播出日志完整率"], ["应急演练参与率"]])
add("kpi-03", "manager", "kpi", "广告销售经理kpi是哪几项", "广告销售经理",
    ev(3, "广告创收完成率", "回款率", "新客户开发数", "团队人均产值"),
    [["广告创收完成率"], ["回款率"], ["新客户开发数"], ["团队人均产值"]])
add("kpi-04", "manager", "kpi", "技术保障工程师考核里故障修复时间目标是多少", "技术保障工程师",
    ev(3, "故障平均修复时间（MTTR）", "≤2小时"), [["故障平均修复时间", "MTTR"], ["2小时"]])
add("kpi-05", "hr", "kpi", "新媒体运营按哪些指标考核", "新媒体运营",
    ev(3, "粉丝增长数", "单条视频平均播放量", "内容发布及时率", "舆情漏报次数"),
    [["粉丝增长数"], ["单条视频平均播放量"], ["内容发布及时率"], ["舆情漏报次数"]])
# ---------------- jd (3)
add("jd-01", "hr", "jd", "帮我起草一份主持人的岗位说明书", "主持人", duties("主持人", 2, 9),
    [["备稿"], ["晚会", "大型直播"], ["短视频"]],
    tool=dict(kind="jd", role="主持人", must_cite_files=[F[2], F[9]], expect_sections=["duties", "qualifications"]))
add("jd-02", "hr", "jd", "出一份技术保障工程师的JD，招聘要用", "技术保障工程师", duties("技术保障工程师", 6),
    [["巡检"], ["检修计划"], ["媒资存储", "IP化制播网络"]],
    tool=dict(kind="jd", role="技术保障工程师", must_cite_files=[F[6]], expect_sections=["duties", "qualifications"]))
add("jd-03", "manager", "jd", "写个新媒体运营的招聘JD", "新媒体运营", duties("新媒体运营", 8, 5),
    [["5条"], ["舆情"], ["数据分析报告"]],
    tool=dict(kind="jd", role="新媒体运营", must_cite_files=[F[8], F[5]], expect_sections=["duties", "qualifications"]))
# ---------------- kpi_design (3)
add("kd-01", "manager", "kpi_design", "给播控员设计一套KPI", "播控员", ev(3, "当月人为播出差错次数", "停播时长", "播出日志完整率"),
    [["播出差错次数"], ["停播时长"], ["播出日志完整率"]],
    tool=dict(kind="kpi_design", role="播控员", count=None, must_cite_files=[F[3]], expected_indicators=["播出差错次数", "停播时长", "播出日志完整率"]))
add("kd-02", "hr", "kpi_design", "新闻编导的绩效指标帮我设计5个", "新闻编导", ev(3, "节目按时播出率", "稿件差错率", "选题采用率"),
    [["节目按时播出率"], ["稿件差错率"], ["选题采用率"]],
    tool=dict(kind="kpi_design", role="新闻编导", count=5, must_cite_files=[F[3]], expected_indicators=["节目按时播出率", "稿件差错率", "选题采用率"]))
add("kd-03", "manager", "kpi_design", "广告经营这块，帮广告销售经理拟几个考核指标", "广告销售经理", ev(3, "广告创收完成率", "回款率", "新客户开发数"),
    [["广告创收完成率"], ["回款率"], ["新客户开发数"]],
    tool=dict(kind="kpi_design", role="广告销售经理", count=None, must_cite_files=[F[3]], expected_indicators=["广告创收完成率", "回款率", "新客户开发数"]))
# ---------------- followup (8)
add("fu-01", "new_hire", "followup", "新闻编导的工作内容", "新闻编导", duties("新闻编导", 1),
    [["选题策划", "串联单"], ["审核记者稿件"], ["质量周报"]],
    turns=[T("那他要什么学历", "qualification", "新闻编导", E((1, "3年以上电视新闻编辑工作经验"), (4, "3年以上电视新闻编辑工作经验")), [["3年以上"], ["电视新闻编辑"]]),
           T("上级是谁", "attribute", "新闻编导", ev(1, "直接上级 新闻部主任"), [["新闻部主任"], ["新闻部"]], "reports_to")])
add("fu-02", "new_hire", "followup", "播控员是干嘛的", "播控员", duties("播控员", 7),
    [["播出单"], ["监看监听"], ["双人核对"]],
    turns=[T("几班倒的？", "attribute", "播控员", E((4, "四班三运转（早班8:00-16:00、中班16:00-24:00、夜班0:00-8:00）")), [["四班三运转"], ["夜班", "0:00-8:00"]], "benefits"),
           T("换成导播呢", "attribute", "导播", E((6, "随节目排班"), (4, "随节目排班")), [["随节目排班"], ["节目"]], "benefits")])
add("fu-03", "new_hire", "followup", "记者要负责哪些", "记者", duties("记者", 1),
    [["20条"], ["30分钟内"], ["有偿新闻"]],
    turns=[T("第二条具体说说", "duty", "记者", ev(1, "突发事件发生后30分钟内赶赴现场"), [["30分钟"], ["突发事件"]]),
           T("他向谁汇报", "attribute", "记者", E((1, "记者改由采访部主任管理"), (4, "采访部主任")), [["采访部主任"], ["采访部"]], "reports_to")])
add("fu-04", "hr", "followup", "主持人任职要求有哪些", "主持人",
    E((2, "普通话水平测试一级甲等证书、播音员主持人资格证书"), (9, "一级甲等", "学历：")), [["一级甲等"], ["播音与主持艺术", "本科"]],
    turns=[T("出镜有什么规矩", "duty", "主持人", ev(9, "出镜前2小时到岗", "暂停出镜一周"), [["2小时"], ["正装"], ["暂停出镜"]]),
           T("那她要是想去外面接商演呢", "duty", "主持人", ev(9, "10个工作日"), [["10个工作日"], ["书面申请", "批准"]])])
add("fu-05", "manager", "followup", "技术保障工程师的考核指标", "技术保障工程师",
    ev(3, "设备完好率", "故障平均修复时间（MTTR）", "检修计划完成率"), [["设备完好率"], ["故障平均修复时间", "MTTR"], ["检修计划完成率"]],
    turns=[T("换成播控员呢", "kpi", "播控员", ev(3, "当月人为播出差错次数", "停播时长", "播出日志完整率"), [["播出差错次数"], ["停播时长"], ["播出日志完整率"]]),
           T("停播时长要控制在多少以内", "kpi", "播控员", ev(3, "≤10秒", "当月累计停播秒数"), [["10秒"], ["停播"]])])
add("fu-06", "hr", "followup", "广告销售经理的职责", "广告销售经理", duties("广告销售经理", 5),
    [["创收指标"], ["重点客户"], ["刊例价格"]],
    turns=[T("要什么经验", "qualification", "广告销售经理", E((5, "5年以上媒体广告销售经验"), (4, "5年以上媒体广告销售经验，其中2年以上团队管理经验")), [["5年以上"], ["团队管理"]]),
           T("工资怎么算的", "attribute", "广告销售经理", ev(4, "底薪8000元+销售提成"), [["底薪8000"], ["提成"]], "pay")])
add("fu-07", "new_hire", "followup", "新媒体运营在哪办公", "新媒体运营",
    E((8, "3楼融媒体中心"), (4, "江州市广电大厦3楼融媒体中心")), [["3楼"], ["融媒体中心"]], "location",
    turns=[T("那他的上级呢", "attribute", "新媒体运营", E((8, "新媒体部主任"), (4, "新媒体部主任")), [["新媒体部主任"], ["新媒体部"]], "reports_to"),
           T("排班怎么排", "attribute", "新媒体运营", E((8, "早晚轮班"), (4, "早晚轮班，节假日轮值")), [["早晚轮班"], ["节假日轮值"]], "benefits")])
add("fu-08", "new_hire", "followup", "后期剪辑师负责什么", "后期剪辑师", duties("后期剪辑师", 2, 5),
    [["调色"], ["片头片尾"], ["归档"]],
    turns=[T("用啥软件", "qualification", "后期剪辑师", E((2, "熟练使用Premiere、达芬奇"), (5, "熟练使用Premiere"), (4, "熟练使用Premiere、达芬奇（DaVinci Resolve）、After Effects")), [["Premiere"], ["达芬奇", "DaVinci"]], "skills"),
           T("字幕员呢，职责是啥", "out_of_scope", "字幕员", [], [])])
# ---------------- out_of_scope (7)
add("oos-01", "new_hire", "out_of_scope", "灯光师负责啥工作", "灯光师", [], [])
add("oos-02", "hr", "out_of_scope", "字幕员要求什么学历", "字幕员", [], [])
add("oos-03", "manager", "out_of_scope", "短视频编导要做哪些工作？", "短视频编导", [], [])
add("oos-04", "hr", "out_of_scope", "帮我写一段Premiere的自动剪辑脚本", None, [], [])
add("oos-05", "new_hire", "out_of_scope", "主持人夜里加班，加班费按几倍算", "主持人", [], [])
add("oos-06", "hr", "out_of_scope", "新媒体运营的社保公积金缴费比例是多少", "新媒体运营", [], [])
add("oos-07", "new_hire", "out_of_scope", "新闻编导年终奖发几个月", "新闻编导", [], [])
print("evidence problems:", PROB)
ck = V.Checker()
from pydantic import ValidationError
for it in items:
    try:
        m = V.Item.model_validate(it)
    except ValidationError as e:
        print("schema", it["id"], e); continue
    ck.item(m, C)
print("\n".join(ck.problems) or "validator: ok")
from collections import Counter
print(len(items), Counter(i["intent"] for i in items))
with open("set.jsonl", "w", encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
