# -*- coding: utf-8 -*-
"""Builds set.jsonl for the round-36 `game` corpus (line numbers are looked up from the generated files).
Run with /work/main/.venv/bin/python (needs validate.py's Doc)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/r36code/evals/sets")
import validate as v  # noqa: E402

CORPUS = Path("/tmp/t36game/corpus")
F1 = "g01_策划中心岗位说明_飞书导出.docx"
F2 = "g02_研发序列职级标准.xlsx"
F3 = "g03_2025Q3运营与发行OKR-KPI.xlsx"
F4 = "g04_Moka职位导出_20250715.csv"
F5 = "g05_研发中心岗位百科_Confluence导出.html"
F6 = "g06_2026届校园招聘海报.pdf"
F7 = "g07_成都工作室团队手册_README.md"
F8 = "g08_组织调整会议纪要_0721.txt"
F9 = "g09_面试评分表_服务端与本地化.txt"
F10 = "g10_发行中心岗位说明书V3.docx"
_docs = {}


def L(f, a, b=None):
    d = _docs.setdefault(f, v.Doc(CORPUS / f))
    s = next(i for i, ln in enumerate(d.lines, 1) if a in ln)
    e = s if b is None else next(i for i, ln in enumerate(d.lines, 1) if i >= s and b in ln)
    return {"file": f, "line_start": s, "line_end": e}


def Q(f, q):
    return {"file": f, "quote": q}


items = []


def add(id_, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append({"id": "g36-" + id_, "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attribute, "evidence": ev, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(q, intent, role, ev, kp, attribute=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute:
        t["attribute"] = attribute
    return t


def OOS(q, role=None):
    return {"question": q, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": []}


# ------------------------------------------------------------------ duty 8
add("duty-01", "new_hire", "duty", "刚入职，想问下主策平时具体干啥呀？", "主策划",
    [Q(F1, "输出并维护游戏设计总纲（GDD）"), Q(F1, "制定策划组迭代排期"), Q(F1, "主导每个大版本的复盘"),
     Q(F1, "负责策划组的招聘、带教与绩效评估")],
    [["GDD", "设计总纲"], ["迭代排期", "排期"], ["复盘"], ["带教"]])
add("duty-02", "hr", "duty", "数策的工作职责有哪些", "数值策划",
    [Q(F1, "搭建游戏经济系统与养成线数值模型"), Q(F1, "负责战斗数值（属性、技能、成长曲线）"),
     Q(F1, "编写与维护数值配置表"), Q(F1, "配合商业化策划设计礼包")],
    [["经济系统"], ["战斗数值"], ["配置表"], ["礼包", "付费点定价"]])
add("duty-03", "new_hire", "duty", "客户端(Unity)开发平时主要负责哪些活？", "客户端开发工程师（Unity）",
    [L(F4, "XY-GZ-0312"), L(F5, "负责客户端玩法与UI功能开发", "编写技术文档")],
    [["热更新"], ["性能优化", "优化内存", "Unity Profiler"], ["玩法"], ["资源打包"]])
add("duty-04", "manager", "duty", "QA测试工程师要做哪些工作", "测试工程师（QA）",
    [L(F5, "根据策划案编写测试用例", "编写并维护Airtest"), Q(F6, "执行游戏功能、兼容性与性能测试")],
    [["测试用例"], ["缺陷"], ["Airtest", "自动化"], ["回归"]])
add("duty-05", "new_hire", "duty", "社区运营每天都干些啥啊", "用户运营（社区）",
    [Q(F10, "运营TapTap、B站、官方Discord等社区阵地"), Q(F10, "对负面舆情2小时内上报并协调处理"),
     Q(F10, "招募和维护KOL与核心玩家"), Q(F10, "每周向研发输出玩家反馈报告")],
    [["TapTap", "社区活动"], ["舆情"], ["KOL"], ["玩家反馈报告", "玩家建议"]])
add("duty-06", "hr", "duty", "商务BD这个岗的职责写一下要点", "商务BD",
    [Q(F10, "拓展应用商店、联运渠道、买量平台的合作"), Q(F10, "谈判合作条款，推动合同签署与法务审核"),
     Q(F10, "跟进渠道结算与回款"), Q(F10, "寻找IP授权、异业联动等合作机会"), L(F4, "XY-GZ-0330")],
    [["渠道"], ["合同"], ["回款"], ["IP授权"]])
add("duty-07", "new_hire", "duty", "3D角色模型师负责哪些事情？", "3D角色模型师",
    [L(F7, "根据原画完成角色高模雕刻", "验收外包角色模型"), Q(F6, "根据原画制作角色高模、低模与贴图")],
    [["高模"], ["低模", "拓扑"], ["蒙皮"], ["外包"]])
add("duty-08", "manager", "duty", "本地化专员主要干什么", "本地化专员",
    [Q(F10, "负责游戏文本的中译日（或中译英）翻译与校对"), Q(F10, "建立并维护术语表、风格指南与翻译记忆库"),
     Q(F10, "配合LQA测试，确认游戏内文本显示与文化适配"), L(F4, "XY-GZ-0334")],
    [["翻译", "中译日"], ["术语"], ["LQA"]])

# ------------------------------------------------------------------ qualification 7
add("qual-01", "hr", "qualification", "招主策的话对候选人有啥要求", "主策划",
    [Q(F1, "5年以上游戏策划经验"), Q(F1, "完整参与过至少1款上线运营的移动游戏"), Q(F1, "能独立撰写完整GDD")],
    [["5年以上"], ["主策或策划组长"], ["上线运营"], ["GDD"]])
add("qual-02", "hr", "qualification", "服务端开法工程师需要什么技能和经验", "服务器开发工程师",
    [L(F4, "XY-GZ-0315"), L(F5, "本科及以上学历，3年以上服务端开发经验", "有SLG或MMO")],
    [["Go"], ["C++"], ["3年以上"], ["MySQL", "分布式"]])
add("qual-03", "manager", "qualification", "社招原画师的招聘要求是什么", "原画师",
    [L(F4, "XY-CD-0207")],
    [["美术相关专业"], ["2年以上"], ["作品集"], ["Photoshop", "Procreate"]])
add("qual-04", "hr", "qualification", "游戏运营专员任职资格", "游戏运营专员",
    [L(F4, "XY-GZ-0321"), Q(F10, "1年以上手游运营经验，熟悉活动配置后台"), Q(F10, "熟练使用Excel、SQL")],
    [["1年以上"], ["SQL"], ["本科及以上"]])
add("qual-05", "new_hire", "qualification", "想转岗去做日语本地化，需要满足什么条件？", "本地化专员",
    [L(F4, "XY-GZ-0334"), Q(F10, "日语方向须持有日本语能力测试N1证书"), Q(F10, "2年以上游戏本地化经验"),
     L(F9, "未持有日本语能力测试N1证书")],
    [["N1"], ["2年以上"], ["本科及以上", "本科"]])
add("qual-06", "hr", "qualification", "QA岗的任职要求有哪些", "测试工程师（QA）",
    [L(F5, "大专及以上学历，1年以上游戏测试经验", "每年游戏时长不低于300小时")],
    [["大专及以上"], ["1年以上"], ["Charles", "ADB"], ["Python"]])
add("qual-07", "manager", "qualification", "主美需要什么样的资历", "主美",
    [L(F5, "美术相关专业本科及以上学历，8年以上", "有二次元风格上线产品")],
    [["8年以上"], ["团队管理"], ["作品集"]])

# ------------------------------------------------------------------ attribute 12
add("attr-01", "new_hire", "attribute", "数策的直属领导是谁？", "数值策划",
    [L(F7, "| 策划组 | 主策划 |")], [["主策划"], ["策划组"]], attribute="reports_to")
add("attr-02", "manager", "attribute", "关卡策划现在汇报给谁", "关卡策划",
    [L(F8, "成立关卡组")], [["关卡组长"], ["主策划"]], attribute="reports_to")
add("attr-03", "hr", "attribute", "QA现在归谁管？", "测试工程师（QA）",
    [L(F8, "测试工程师（QA）自8月1日起", "不再由客户端主程"), L(F7, "| 质量保障组 |")],
    [["QA经理"], ["8月1日", "2025年8月"]], attribute="reports_to")
add("attr-04", "new_hire", "attribute", "本地化专员属于哪个部门", "本地化专员",
    [L(F8, "本地化专员从发行中心运营部", "工作地点仍为广州总部"), L(F4, "XY-GZ-0334")],
    [["海外发行部"], ["发行中心"]], attribute="department")
add("attr-05", "new_hire", "attribute", "客户端开发在哪个城市上班", "客户端开发工程师（Unity）",
    [L(F5, "广州总部 / 成都工作室"), L(F4, "XY-GZ-0312")],
    [["广州"], ["成都"]], attribute="location")
add("attr-06", "hr", "attribute", "用户运营（社区）是在广州还是在成都办公？", "用户运营（社区）",
    [L(F8, "用户运营（社区）岗位编制", "原有2人仍在广州")],
    [["成都"], ["广州"], ["4人"]], attribute="location")
add("attr-07", "hr", "attribute", "服务端开发薪资范围多少", "服务器开发工程师",
    [L(F4, "XY-GZ-0315"), Q(F2, "年薪按14薪计发")],
    [["20"], ["35"], ["14薪", "14"]], attribute="pay")
add("attr-08", "new_hire", "attribute", "投原画要交作品集吗，有啥要求", "原画师",
    [L(F4, "XY-CD-0207"), Q(F6, "作品集：至少5张完整角色或场景原画")],
    [["作品集"], ["8张", "5张"]], attribute="certificate")
add("attr-09", "hr", "attribute", "3D模型师投递的作品集有什么要求", "3D角色模型师",
    [L(F7, "投递时附作品集"), Q(F6, "作品集须含高模、低模与贴图的完整流程")],
    [["作品集"], ["高模"], ["贴图"]], attribute="certificate")
add("attr-10", "hr", "attribute", "数策对学历专业有要求吗？不是数学专业能投吗", "数值策划",
    [Q(F1, "数学、统计学、经济学相关专业优先")],
    [["本科及以上"], ["优先"]], attribute="education")
add("attr-11", "manager", "attribute", "主策手下带哪些岗位，多少人", "主策划",
    [Q(F1, "数值策划、关卡策划、系统策划，共6-8人"), L(F7, "| 策划组 | 主策划 |")],
    [["数值策划"], ["关卡策划"], ["系统策划"], ["6-8人"]], attribute="subordinates")
add("attr-12", "hr", "attribute", "本地化专员要什么证书", "本地化专员",
    [Q(F10, "日语方向须持有日本语能力测试N1证书"), L(F4, "XY-GZ-0334"), L(F9, "未持有日本语能力测试N1证书")],
    [["N1"], ["专业八级", "专八"]], attribute="certificate")

# ------------------------------------------------------------------ kpi 6
add("kpi-01", "manager", "kpi", "QA的考和指标有哪些，权重各多少", "测试工程师（QA）",
    [Q(F3, "线上缺陷逃逸率"), Q(F3, "测试用例执行覆盖率"), Q(F3, "缺陷回归及时率"), Q(F3, "严重缺陷漏测数")],
    [["线上缺陷逃逸率"], ["测试用例执行覆盖率"], ["缺陷回归及时率"], ["严重缺陷漏测数"]])
add("kpi-02", "hr", "kpi", "社区运营的月度KPI是怎么定的", "用户运营（社区）",
    [Q(F3, "社区日活跃用户数"), Q(F3, "舆情预警及时率"), Q(F3, "玩家问题48小时响应率"),
     Q(F3, "出现重大舆情漏报，当月KPI总分不超过60分")],
    [["社区日活跃用户数"], ["舆情预警及时率"], ["玩家问题48小时响应率", "48小时响应率"], ["60分"]])
add("kpi-03", "new_hire", "kpi", "运营专员这季度的OKR是什么", "游戏运营专员",
    [Q(F3, "KR1 版本更新后7日DAU环比提升"), Q(F3, "KR1 活动期间付费率"), Q(F3, "KR2 活动ROI"), Q(F3, "KR3 新手7日留存率")],
    [["DAU"], ["付费率"], ["ROI"], ["留存"]])
add("kpi-04", "manager", "kpi", "缺陷逃逸率这个指标怎么算", "测试工程师（QA）",
    [Q(F3, "版本上线后30天内发现的缺陷数")],
    [["30天"], ["测试期缺陷数"]])
add("kpi-05", "manager", "kpi", "商务BD年度考核看哪些指标", "商务BD",
    [Q(F3, "渠道流水贡献"), Q(F3, "合作回款及时率"), Q(F3, "合同合规率"), Q(F3, "新签渠道及合作方数量")],
    [["渠道流水贡献"], ["回款"], ["合同合规率"], ["新签渠道"]])
add("kpi-06", "hr", "kpi", "运营专员的OKR得分咋算？低于多少要面谈", "游戏运营专员",
    [Q(F3, "季度得分低于60%进入绩效面谈")],
    [["120%"], ["60%"], ["权重"]])

# ------------------------------------------------------------------ jd 4
add("jd-01", "hr", "jd", "帮我出一份数值策划的JD，要挂招聘网站", "数值策划",
    [Q(F1, "搭建游戏经济系统与养成线数值模型"), Q(F1, "负责战斗数值（属性、技能、成长曲线）"), Q(F1, "编写与维护数值配置表")],
    [["经济系统"], ["战斗数值"], ["配置表"]],
    tool={"kind": "jd", "role": "数值策划", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("jd-02", "hr", "jd", "写个测试工程师（QA）的岗位描述", "测试工程师（QA）",
    [L(F5, "根据策划案编写测试用例", "编写并维护Airtest")],
    [["测试用例"], ["缺陷"], ["Airtest"]],
    tool={"kind": "jd", "role": "测试工程师（QA）", "must_cite_files": [F5], "expect_sections": ["duties", "qualifications"]})
add("jd-03", "manager", "jd", "关卡策划缺人，帮忙起草一个招聘JD", "关卡策划",
    [Q(F1, "使用Unity及自研关卡编辑器搭建关卡白模"), Q(F1, "根据通关率、流失点数据持续调优关卡体验"),
     Q(F1, "怪物配置、节奏与难度曲线"), L(F7, "设计主线、副本与限时活动关卡", "根据通关率与流失点数据")],
    [["白模"], ["通关率"], ["难度曲线"]],
    tool={"kind": "jd", "role": "关卡策划", "must_cite_files": [F1, F7], "expect_sections": ["duties", "qualifications"]})
add("jd-04", "hr", "jd", "生成游戏运营专员的职位描述", "游戏运营专员",
    [Q(F10, "负责版本更新、维护公告的撰写与发布"), Q(F10, "根据运营节奏策划并配置游戏内活动"), Q(F10, "监控DAU、留存、付费率等核心数据"),
     L(F4, "XY-GZ-0321")],
    [["活动"], ["公告"], ["DAU"]],
    tool={"kind": "jd", "role": "游戏运营专员", "must_cite_files": [F10, F4], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design 4
add("kd-01", "manager", "kpi_design", "给QA设计5个考核指标", "测试工程师（QA）",
    [Q(F3, "线上缺陷逃逸率"), Q(F3, "测试用例执行覆盖率"), Q(F3, "缺陷回归及时率"), Q(F3, "严重缺陷漏测数")],
    [["线上缺陷逃逸率"], ["测试用例执行覆盖率"], ["缺陷回归及时率"], ["严重缺陷漏测数"]],
    tool={"kind": "kpi_design", "role": "测试工程师（QA）", "count": 5, "must_cite_files": [F3],
          "expected_indicators": ["线上缺陷逃逸率", "测试用例执行覆盖率", "缺陷回归及时率", "严重缺陷漏测数"]})
add("kd-02", "manager", "kpi_design", "社区运营的绩效指标怎么设计比较好", "用户运营（社区）",
    [Q(F3, "社区日活跃用户数"), Q(F3, "舆情预警及时率"), Q(F3, "UGC内容产出量")],
    [["社区日活跃用户数"], ["舆情预警及时率"], ["UGC内容产出量"]],
    tool={"kind": "kpi_design", "role": "用户运营（社区）", "count": None, "must_cite_files": [F3],
          "expected_indicators": ["社区日活跃用户数", "舆情预警及时率", "UGC内容产出量"]})
add("kd-03", "hr", "kpi_design", "帮商务BD搭一套KPI，4个指标就行", "商务BD",
    [Q(F3, "渠道流水贡献"), Q(F3, "合作回款及时率"), Q(F3, "新签渠道及合作方数量")],
    [["渠道流水贡献"], ["合作回款及时率"], ["新签渠道及合作方数量"]],
    tool={"kind": "kpi_design", "role": "商务BD", "count": 4, "must_cite_files": [F3],
          "expected_indicators": ["渠道流水贡献", "合作回款及时率", "新签渠道及合作方数量"]})
add("kd-04", "manager", "kpi_design", "游戏运营专员的考核方案帮我设计一下", "游戏运营专员",
    [Q(F3, "KR2 活动ROI"), Q(F3, "KR3 新手7日留存率"), Q(F3, "KR1 活动期间付费率")],
    [["活动ROI"], ["新手7日留存率"], ["活动期间付费率"]],
    tool={"kind": "kpi_design", "role": "游戏运营专员", "count": None, "must_cite_files": [F3],
          "expected_indicators": ["活动ROI", "新手7日留存率", "活动期间付费率"]})

# ------------------------------------------------------------------ followup 10
add("fu-01", "new_hire", "followup", "主策划的职责是什么", "主策划",
    [Q(F1, "输出并维护游戏设计总纲（GDD）"), Q(F1, "制定策划组迭代排期"), Q(F1, "主导每个大版本的复盘")],
    [["GDD"], ["排期"], ["复盘"]],
    turns=[T("那数策呢", "duty", "数值策划",
             [Q(F1, "搭建游戏经济系统与养成线数值模型"), Q(F1, "负责战斗数值（属性、技能、成长曲线）")],
             [["经济系统"], ["战斗数值"]]),
           T("第3条展开讲讲", "duty", "数值策划", [Q(F1, "编写与维护数值配置表")],
             [["配置表"], ["导表", "校验工具"]])])
add("fu-02", "hr", "followup", "Unity客户端的招聘要求帮我列一下", "客户端开发工程师（Unity）",
    [L(F4, "XY-GZ-0312"), L(F5, "本科及以上学历，计算机或软件工程", "熟悉Shader基础")],
    [["C#"], ["xLua", "Lua"], ["3年以上", "3-5年"]],
    turns=[T("成都那边经验要求也一样吗", "attribute", "客户端开发工程师（Unity）",
             [L(F5, "成都工作室可放宽至2年")], [["2年"], ["放宽"]], attribute="experience"),
           T("工资能给到多少", "attribute", "客户端开发工程师（Unity）",
             [L(F4, "XY-GZ-0312")], [["18"], ["30"]], attribute="pay")])
add("fu-03", "manager", "followup", "测试工程师都负责什么", "测试工程师（QA）",
    [L(F5, "根据策划案编写测试用例", "编写并维护Airtest")],
    [["测试用例"], ["缺陷"]],
    turns=[T("他上级是谁啊", "attribute", "测试工程师（QA）",
             [L(F8, "测试工程师（QA）自8月1日起", "不再由客户端主程"), L(F7, "| 质量保障组 |")],
             [["QA经理"], ["8月", "8月1日"]], attribute="reports_to"),
           T("KPI怎么考核？", "kpi", "测试工程师（QA）",
             [Q(F3, "线上缺陷逃逸率"), Q(F3, "测试用例执行覆盖率")],
             [["线上缺陷逃逸率"], ["测试用例执行覆盖率"]])])
add("fu-04", "hr", "followup", "服务器开发工程师的岗位职责", "服务器开发工程师",
    [L(F5, "负责游戏逻辑服、战斗服的设计与开发", "进行压测与性能调优"), L(F4, "XY-GZ-0315")],
    [["战斗服"], ["合服"], ["压测"]],
    turns=[T("面试怎么打分的", "qualification", "服务器开发工程师",
             [L(F9, "【评分维度】（每项满分", "二面须由服务端主程")],
             [["系统设计"], ["75分"], ["30%"]]),
           T("换成本地化专员呢", "qualification", "本地化专员",
             [L(F9, "【前置条件】", "翻译笔试出现3处以上")],
             [["N1"], ["80分"], ["翻译笔试"]])])
add("fu-05", "manager", "followup", "3D模型师现在跟谁汇报", "3D角色模型师",
    [L(F8, "成立3D美术组")], [["3D美术组长"], ["主美"]], attribute="reports_to",
    turns=[T("那原画师呢", "attribute", "原画师",
             [L(F4, "XY-CD-0207"), L(F7, "| 美术组 | 主美 |"), L(F5, "原画师、3D角色模型师、UI设计师、技术美术")],
             [["主美"], ["美术组"]], attribute="reports_to"),
           T("回到3D模型师，做模型有面数规范吗", "duty", "3D角色模型师",
             [L(F7, "按照《角色模型制作规范》")], [["3万"], ["1.5万"]])])
add("fu-06", "hr", "followup", "本地化专员的任职要求", "本地化专员",
    [L(F4, "XY-GZ-0334"), Q(F10, "日语方向须持有日本语能力测试N1证书"), Q(F10, "2年以上游戏本地化经验")],
    [["N1"], ["2年以上"]],
    turns=[T("他现在归哪个部门", "attribute", "本地化专员",
             [L(F8, "本地化专员从发行中心运营部", "工作地点仍为广州总部"), L(F4, "XY-GZ-0334")],
             [["海外发行部"], ["海外发行经理"]], attribute="department"),
           T("在哪里办公", "attribute", "本地化专员",
             [L(F8, "本地化专员从发行中心运营部", "工作地点仍为广州总部"), L(F4, "XY-GZ-0334")],
             [["广州"], ["总部", "广州总部"]], attribute="location")])
add("fu-07", "manager", "followup", "用户运营社区岗的KPI有哪些", "用户运营（社区）",
    [Q(F3, "社区日活跃用户数"), Q(F3, "玩家问题48小时响应率"), Q(F3, "舆情预警及时率")],
    [["社区日活跃用户数"], ["48小时响应率"], ["舆情预警及时率"]],
    turns=[T("第二个指标具体怎么算", "kpi", "用户运营（社区）",
             [Q(F3, "48小时内得到官方回复的玩家帖数")], [["需回复帖总数"], ["48小时"]]),
           T("这个岗位的直接上级是谁", "attribute", "用户运营（社区）",
             [Q(F10, "社区运营主管")], [["社区运营主管"], ["主管"]], attribute="reports_to")])
add("fu-08", "hr", "followup", "商务BD岗位招人看重啥", "商务BD",
    [Q(F10, "3年以上游戏或互联网行业商务经验"), L(F4, "XY-GZ-0330")],
    [["3年以上"], ["渠道资源", "渠道"]],
    turns=[T("这岗位经常要出差吗", "qualification", "商务BD",
             [Q(F10, "持有C1驾照，能适应每月约5天出差"), L(F4, "XY-GZ-0330")], [["出差"], ["5天", "短期"]]),
           T("驾照必须要有吗", "attribute", "商务BD",
             [Q(F10, "持有C1驾照，能适应每月约5天出差")], [["C1"], ["驾照"]], attribute="certificate")])
add("fu-09", "manager", "followup", "客户端P6的月薪带宽多少", "客户端开发工程师",
    [Q(F2, "高级客户端开发工程师"), Q(F2, "22-35")], [["22-35"], ["4-7年", "高级客户端开发工程师"]], attribute="pay",
    turns=[T("P7呢", "attribute", "客户端开发工程师",
             [Q(F2, "资深客户端开发工程师/客户端主程"), Q(F2, "32-50")], [["32-50"], ["客户端主程", "资深客户端开发工程师"]],
             attribute="pay"),
           T("换成服务端呢", "attribute", "服务器开发工程师",
             [Q(F2, "资深服务器开发工程师/服务端主程"), Q(F2, "35-55")], [["35-55"], ["服务端主程", "资深服务器开发工程师"]],
             attribute="pay")])
add("fu-10", "new_hire", "followup", "关卡策划要做哪些事", "关卡策划",
    [Q(F1, "使用Unity及自研关卡编辑器搭建关卡白模"), L(F7, "设计主线、副本与限时活动关卡", "每月至少完成")],
    [["白模"], ["通关率"], ["难度曲线"]],
    turns=[T("面试要交作品吗", "attribute", "关卡策划",
             [Q(F1, "面试需提交关卡设计作品"), L(F7, "面试时提交一份关卡作品")],
             [["关卡"], ["Demo"]], attribute="certificate"),
           T("那他现在的上级是谁", "attribute", "关卡策划", [L(F8, "成立关卡组")],
             [["关卡组长"], ["主策划"]], attribute="reports_to"),
           OOS("关卡组长工资开多少", "关卡组长")])

# ------------------------------------------------------------------ out_of_scope 9
add("oos-01", "new_hire", "out_of_scope", "推荐几款今年好玩的二次元手游呗", None, [], [])
add("oos-02", "hr", "out_of_scope", "技术美术TA的岗位职责是什么", "技术美术（TA）", [], [])
add("oos-03", "new_hire", "out_of_scope", "系统策划需要做些什么", "系统策划", [], [])
add("oos-04", "hr", "out_of_scope", "主美的月薪一般是多少", "主美", [], [])
add("oos-05", "new_hire", "out_of_scope", "试用期被辞退的话公司要赔多少钱", None, [], [])
add("oos-06", "new_hire", "out_of_scope", "Unity里xLua热更新怎么接入，给个代码示例", None, [], [])
add("oos-07", "hr", "out_of_scope", "音频设计师（音效）的任职要求是什么", None, [], [])
add("oos-08", "new_hire", "out_of_scope", "游戏策划管培生的工作内容是啥", "游戏策划管培生", [], [])
add("oos-09", "hr", "out_of_scope", "成都的社保公积金缴费比例是多少", None, [], [])

out = Path(__file__).with_name("set.jsonl")
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
from collections import Counter
print(len(items), Counter(i["intent"] for i in items))

# validate
chk = v.Checker()
corp = v.Corpus(CORPUS)
loaded = v.load(out, chk)
ids = set()
for it in loaded:
    if it.id in ids:
        chk.err(it.id, "dup id")
    ids.add(it.id)
    chk.item(it, corp)
exist = v.existing_questions()
for it in loaded:
    if it.question in exist:
        chk.err(it.id, "question exists in evals/data")
print("\n".join(chk.problems) or "ok: all checks passed")
