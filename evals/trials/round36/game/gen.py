# -*- coding: utf-8 -*-
"""Round 36 blind trial `game`: HR documents of 星柚互娱 (mobile-game R&D and publishing; 广州 HQ, 成都 studio).

Run:  T36_OUT=/tmp/t36game/corpus /tmp/r21venv/bin/python gen.py
Writes 10 files (docx, xlsx, csv, html, pdf, md, txt GBK, txt CRLF).
"""
import csv
import io
import json
import os
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T36_OUT", "/tmp/t36game/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


# ----------------------------------------------------------------------------- g01 Feishu docx
def mention(p, name, role=None):
    r = p.add_run("@" + name + (f"（{role}）" if role else ""))
    r.font.color.rgb = RGBColor(0x33, 0x70, 0xFF)
    return r


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def g01():
    d = docx.Document()
    d.styles["Normal"].font.name = "微软雅黑"
    d.add_heading("策划中心 · 岗位说明（2025版）", 0)
    p = d.add_paragraph()
    p.add_run("文档所有者：")
    mention(p, "林嘉", "HRBP")
    p.add_run("　协作者：")
    mention(p, "周航", "制作人")
    p.add_run("　")
    mention(p, "王磊", "主策划")
    p.add_run("　最近修改：2025年6月12日 18:40")
    p = d.add_paragraph("💡 本文由飞书文档导出。岗位职级与薪资带宽以《研发序列职级标准》为准，本文不重复。")
    d.add_paragraph("")

    # ---- 主策划
    d.add_heading("1. 主策划（Lead Game Designer）", 1)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [("所属团队", "成都工作室 · 研发中心 · 策划组"),
            ("汇报对象", "项目制作人"),
            ("带领团队", "数值策划、关卡策划、系统策划，共6-8人"),
            ("工作地点", "成都市高新区天府软件园E区")]
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        shade(t.cell(i, 0), "E8F0FE")
    d.add_paragraph("")
    d.add_paragraph("你要做的", style="Heading 3")
    duties = [
        "负责项目整体玩法框架与核心循环设计，输出并维护游戏设计总纲（GDD）；",
        "拆解版本目标，制定策划组迭代排期，对各模块策划案进行评审与把关；",
        "统筹数值、关卡、系统三条线的设计一致性，确保体验目标与商业化目标平衡；",
        "与主美、主程对齐需求边界，推动跨职能评审会，跟进需求落地质量；",
        "分析上线数据与玩家反馈，主导每个大版本的复盘并提出改进方案；",
        "负责策划组的招聘、带教与绩效评估。",
    ]
    for i, x in enumerate(duties, 1):
        d.add_paragraph(f"{i}. {x}")
    d.add_paragraph("我们希望你", style="Heading 3")
    quals = [
        "本科及以上学历，5年以上游戏策划经验，其中至少2年主策或策划组长经历；",
        "完整参与过至少1款上线运营的移动游戏（月流水千万级优先），熟悉SLG或卡牌品类；",
        "具备优秀的文档能力与系统思维，能独立撰写完整GDD；",
        "热爱游戏，近三年主流手游均有较深体验。",
    ]
    for i, x in enumerate(quals, 1):
        para = d.add_paragraph(f"{i}. {x}")
        if i == 2:
            run = para.add_run("（")
            mention(para, "周航")
            para.add_run(" 已确认品类要求）")
    d.add_paragraph("")

    # ---- 数值策划
    d.add_heading("2. 数值策划", 1)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [("所属团队", "成都工作室 · 研发中心 · 策划组"),
            ("汇报对象", "主策划"),
            ("带领团队", "无"),
            ("工作地点", "成都")]
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        shade(t.cell(i, 0), "E8F0FE")
    d.add_paragraph("")
    d.add_paragraph("你要做的", style="Heading 3")
    duties = [
        "搭建游戏经济系统与养成线数值模型，包括产出、消耗与付费深度；",
        "负责战斗数值（属性、技能、成长曲线）的设计、配置与平衡性调优；",
        "编写与维护数值配置表，配合程序完成配置导表与校验工具；",
        "通过模拟器与上线数据验证数值投放，输出版本数值分析报告；",
        "配合商业化策划设计礼包、活动奖励与付费点定价。",
    ]
    for i, x in enumerate(duties, 1):
        d.add_paragraph(f"{i}. {x}")
    d.add_paragraph("我们希望你", style="Heading 3")
    para = d.add_paragraph("1. 学历：")
    r = para.add_run("本科及以上，须数学或统计学专业")
    r.font.strike = True
    para.add_run(" 本科及以上，数学、统计学、经济学相关专业优先")
    d.add_paragraph("2. 3年以上数值策划经验，有完整养成线或经济系统从0到1搭建经历；")
    para = d.add_paragraph("3. 精通Excel（函数、VBA），会Python或Lua脚本者优先；")
    d.add_paragraph("4. 对数字敏感，逻辑严谨，能耐心处理大量配置数据。")
    # comment bubble on the experience line
    c_para = d.paragraphs[-2]
    d.add_comment(c_para.runs, text="经验是否放宽到2年？成都这边简历量偏少。", author="林嘉", initials="LJ")
    d.add_paragraph("")

    # ---- 关卡策划
    d.add_heading("3. 关卡策划", 1)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [("所属团队", "成都工作室 · 研发中心 · 策划组"),
            ("汇报对象", "主策划"),
            ("带领团队", "无"),
            ("工作地点", "成都")]
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        shade(t.cell(i, 0), "E8F0FE")
    d.add_paragraph("")
    d.add_paragraph("你要做的", style="Heading 3")
    duties = [
        "负责主线与活动关卡的设计，包括关卡流程、怪物配置、节奏与难度曲线；",
        "使用Unity及自研关卡编辑器搭建关卡白模，并与美术、程序协作完成落地；",
        "跟进关卡测试，根据通关率、流失点数据持续调优关卡体验；",
        "沉淀关卡设计规范与模板，提升关卡产出效率。",
    ]
    for i, x in enumerate(duties, 1):
        d.add_paragraph(f"{i}. {x}")
    d.add_paragraph("我们希望你", style="Heading 3")
    d.add_paragraph("1. 大专及以上学历，2年以上关卡策划经验；")
    d.add_paragraph("2. 熟练使用Unity编辑器，有关卡白模搭建经验，了解基本的3D空间与镜头设计；")
    d.add_paragraph("3. 面试需提交关卡设计作品（关卡文档或可试玩Demo任选其一）。")
    last = d.paragraphs[-1]
    d.add_comment(last.runs, text="@王磊 Demo链接统一收到招聘邮箱即可", author="林嘉", initials="LJ")
    d.add_paragraph("")
    p = d.add_paragraph("待办：")
    mention(p, "林嘉")
    p.add_run(" 补充系统策划岗位说明（Q3内）")
    d.save(OUT / "g01_策划中心岗位说明_飞书导出.docx")


# ----------------------------------------------------------------------------- g02 job ladder xlsx
def g02():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    notes = [
        "星柚互娱 研发序列职级标准（2025年版）",
        "1. 研发序列分P4-P8五级，每个岗位一个工作表，行是职级，列是该级的要求。",
        "2. 月薪带宽为税前月薪（单位：K），年薪按14薪计发；实际定级由晋升评审委员会确定。",
        "3. 晋升评审每年两次（3月、9月），原则上在当前职级满12个月方可申请。",
        "4. 本表适用于广州总部与成都工作室，成都工作室薪资带宽按本表的90%执行。",
    ]
    for i, n in enumerate(notes, 1):
        ws.cell(i, 1, n)
    ws.column_dimensions["A"].width = 90
    hdr = ["职级", "职级名称", "经验参考", "核心能力要求", "月薪带宽（K）"]
    sheets = {
        "客户端开发工程师": [
            ("P4", "初级客户端开发工程师", "0-2年", "掌握C#与Unity基础，能在指导下完成UI与玩法功能开发", "10-16"),
            ("P5", "中级客户端开发工程师", "2-4年", "独立负责玩法模块开发，熟悉xLua热更新与资源管理", "15-24"),
            ("P6", "高级客户端开发工程师", "4-7年", "主导客户端核心框架设计，能解决内存、DrawCall等性能瓶颈", "22-35"),
            ("P7", "资深客户端开发工程师/客户端主程", "7年以上", "负责客户端整体技术架构与技术选型，带领5人以上团队", "32-50"),
            ("P8", "客户端技术专家", "10年以上", "在渲染或引擎方向有业界认可的成果，制定公司级技术规范", "45-70"),
        ],
        "服务器开发工程师": [
            ("P4", "初级服务器开发工程师", "0-2年", "掌握Go或C++基础，能完成简单业务接口开发", "11-17"),
            ("P5", "中级服务器开发工程师", "2-4年", "独立完成玩法服务端逻辑，熟悉MySQL与Redis使用", "16-26"),
            ("P6", "高级服务器开发工程师", "4-7年", "设计高并发分布式服务，负责开服、合服等方案", "24-38"),
            ("P7", "资深服务器开发工程师/服务端主程", "7年以上", "负责服务端整体架构与稳定性，制定容灾与压测方案", "35-55"),
            ("P8", "服务端技术专家", "10年以上", "主导公司级中台与基础设施建设", "48-75"),
        ],
        "数值策划": [
            ("P4", "助理数值策划", "0-1年", "在指导下维护配置表，完成单个系统的数值填写", "8-12"),
            ("P5", "数值策划", "1-3年", "独立负责养成或战斗中的一条数值线", "12-18"),
            ("P6", "高级数值策划", "3-5年", "独立搭建完整经济系统，能用模拟器验证投放", "18-28"),
            ("P7", "资深数值策划/数值组长", "5年以上", "统筹项目全部数值，指导2名以上数值策划", "26-40"),
            ("P8", "数值专家", "8年以上", "建立公司级数值方法论与工具链", "38-55"),
        ],
        "3D角色模型师": [
            ("P4", "初级3D角色模型师", "0-2年", "能按原画完成低模与贴图制作", "8-13"),
            ("P5", "3D角色模型师", "2-4年", "独立完成高模雕刻、拓扑、烘焙与PBR贴图全流程", "12-20"),
            ("P6", "高级3D角色模型师", "4-6年", "把控角色模型风格与面数规范，指导初中级模型师", "18-28"),
            ("P7", "资深3D角色模型师/3D美术组长", "6年以上", "制定模型制作规范与外包验收标准，管理模型组", "25-38"),
            ("P8", "3D美术专家", "10年以上", "主导项目美术技术方向，与TA共建管线", "35-50"),
        ],
    }
    for name, rows in sheets.items():
        s = wb.create_sheet(name)
        s.append([f"{name} 职级标准"])
        s.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
        s.append(hdr)
        for c in s[2]:
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
        for r in rows:
            s.append(list(r))
        for col, w in zip("ABCDE", (8, 30, 10, 60, 14)):
            s.column_dimensions[col].width = w
        for row in s.iter_rows(min_row=3):
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(OUT / "g02_研发序列职级标准.xlsx")


# ----------------------------------------------------------------------------- g03 OKR / KPI xlsx
def g03():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "游戏运营专员OKR"
    ws.append(["2025年Q3 OKR —— 游戏运营专员（发行中心·运营部）"])
    ws.merge_cells("A1:G1")
    ws.append(["目标（O）", "关键结果（KR）", "权重", "目标值", "当前进展", "完成度", "计算方式"])
    okr = [
        ("O1：新版本上线平稳，提升活跃", [
            ("KR1 版本更新后7日DAU环比提升", 0.20, "≥8%", "5.6%", "=5.6/8", "（更新后7日平均DAU÷更新前7日平均DAU）－1"),
            ("KR2 版本公告与活动配置零重大事故", 0.15, "0次", "0次", "100%", "P0/P1级配置事故次数，发生1次该KR得0分"),
            ("KR3 新手7日留存率", 0.15, "≥22%", "20.1%", "=20.1/22", "第7日仍登录的新增用户数÷当日新增用户数"),
        ]),
        ("O2：活动运营拉动付费", [
            ("KR1 活动期间付费率", 0.20, "≥6.5%", "6.9%", "100%", "活动期间付费用户数÷活动期间活跃用户数"),
            ("KR2 活动ROI", 0.15, "≥1.8", "1.5", "=1.5/1.8", "活动带来的流水增量÷活动奖励成本"),
        ]),
        ("O3：数据驱动运营", [
            ("KR1 每周输出运营周报并完成数据复盘", 0.15, "13份", "9份", "=9/13", "按时提交的周报份数÷应提交份数"),
        ]),
    ]
    r = 3
    for o, krs in okr:
        start = r
        for kr in krs:
            ws.cell(r, 2, kr[0]); ws.cell(r, 3, kr[1]); ws.cell(r, 4, kr[2]); ws.cell(r, 5, kr[3])
            ws.cell(r, 6, kr[4]); ws.cell(r, 7, kr[5])
            ws.cell(r, 3).number_format = "0%"
            r += 1
        ws.cell(start, 1, o)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).alignment = Alignment(vertical="center", wrap_text=True)
    ws.cell(r + 1, 1, "说明：完成度=当前进展÷目标值，封顶120%；OKR得分=Σ(KR完成度×权重)，季度得分低于60%进入绩效面谈。")
    for col, w in zip("ABCDEFG", (26, 40, 8, 10, 10, 10, 50)):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("用户运营（社区）KPI")
    s.append(["用户运营（社区）月度KPI考核表"])
    s.merge_cells("A1:E1")
    s.append(["序号", "考核指标", "权重", "指标定义/计算公式", "目标值"])
    rows = [
        (1, "社区日活跃用户数", "25%", "官方社区（TapTap、B站、官方Discord）日均发帖/互动去重用户数", "≥1.2万"),
        (2, "玩家问题48小时响应率", "20%", "48小时内得到官方回复的玩家帖数÷需回复帖总数×100%", "≥95%"),
        (3, "舆情预警及时率", "20%", "负面舆情发现后2小时内上报的次数÷负面舆情总次数×100%", "100%"),
        (4, "UGC内容产出量", "15%", "当月玩家投稿的攻略、同人、视频数量", "≥300篇"),
        (5, "社区活动参与人数", "10%", "当月官方社区活动参与的去重人数", "≥5000人"),
        (6, "KOL合作维护数", "10%", "保持月度合作的核心创作者数量", "≥20人"),
    ]
    for row in rows:
        s.append(list(row))
    s.append([])
    s.append(["评分：各指标达成率×权重求和；出现重大舆情漏报，当月KPI总分不超过60分。"])
    for col, w in zip("ABCDE", (6, 24, 8, 60, 12)):
        s.column_dimensions[col].width = w

    q = wb.create_sheet("QA KPI")
    q.append(["测试工程师（QA）季度KPI"])
    q.merge_cells("A1:F1")
    q.append(["维度", "指标名称", "权重", "计算公式", "目标", "数据来源"])
    rows = [
        ("质量", "线上缺陷逃逸率", "30%", "版本上线后30天内发现的缺陷数÷（测试期缺陷数+上线后缺陷数）", "≤5%", "TAPD缺陷库"),
        ("质量", "严重缺陷漏测数", "15%", "线上出现的P0/P1级缺陷中测试阶段未发现的数量", "0个", "TAPD缺陷库"),
        ("效率", "测试用例执行覆盖率", "20%", "已执行用例数÷计划用例数×100%", "≥98%", "测试管理平台"),
        ("效率", "缺陷回归及时率", "15%", "24小时内完成回归的缺陷数÷待回归缺陷数", "≥90%", "TAPD缺陷库"),
        ("协作", "自动化用例新增数", "10%", "季度内新增并稳定运行的自动化用例数", "≥150条", "Airtest平台"),
        ("协作", "版本提测反馈时效", "10%", "提测后首轮冒烟测试结果反馈用时", "≤4小时", "版本群记录"),
    ]
    for row in rows:
        q.append(list(row))
    for col, w in zip("ABCDEF", (8, 22, 8, 60, 10, 14)):
        q.column_dimensions[col].width = w

    b = wb.create_sheet("商务BD KPI")
    b.append(["商务BD 年度KPI（发行中心·商务部）"])
    b.merge_cells("A1:D1")
    b.append(["指标", "权重", "说明", "目标"])
    rows = [
        ("新签渠道及合作方数量", "25%", "新签署联运、买量、IP等合作协议的数量", "≥12家"),
        ("渠道流水贡献", "35%", "所负责渠道的年度游戏流水总额", "≥8000万元"),
        ("合作回款及时率", "20%", "按合同约定时间完成回款的金额÷应回款金额", "≥95%"),
        ("合同合规率", "10%", "经法务审核无重大瑕疵的合同数÷签署合同总数", "100%"),
        ("合作方满意度", "10%", "年度合作方满意度调研平均分", "≥4.5分"),
    ]
    for row in rows:
        b.append(list(row))
    wb.save(OUT / "g03_2025Q3运营与发行OKR-KPI.xlsx")


# ----------------------------------------------------------------------------- g04 ATS csv
def g04():
    jobs = [
        dict(job_id="XY-GZ-0312", 职位名称="客户端开发工程师（Unity）", 部门="研发中心/程序组", 城市="广州", 职级="P5-P6", 招聘人数=2,
             状态="招聘中", 发布时间="2025-06-03",
             job_detail={"salary": {"min": 18, "max": 30, "unit": "K", "months": 14},
                         "education": "本科及以上", "experience": "3年以上",
                         "report_to": "客户端主程",
                         "responsibilities": ["负责手游客户端玩法、UI与战斗系统的开发与维护",
                                              "基于xLua实现热更新逻辑，维护资源打包与加载流程",
                                              "使用Unity Profiler定位并优化内存、CPU与DrawCall问题",
                                              "与策划、美术协作完成需求落地与版本迭代"],
                         "requirements": ["计算机相关专业本科及以上学历，3年以上Unity开发经验",
                                          "精通C#，熟悉Lua，有xLua或ToLua项目经验",
                                          "至少完整参与过1款上线手游的开发",
                                          "熟悉UGUI、Addressables或AssetBundle资源管理者优先"],
                         "tags": ["Unity", "C#", "xLua"]}),
        dict(job_id="XY-GZ-0315", 职位名称="服务器开发工程师", 部门="研发中心/程序组", 城市="广州", 职级="P5-P6", 招聘人数=1,
             状态="招聘中", 发布时间="2025-06-03",
             job_detail={"salary": {"min": 20, "max": 35, "unit": "K", "months": 14},
                         "education": "本科及以上", "experience": "3年以上",
                         "report_to": "服务端主程",
                         "responsibilities": ["负责游戏服务端业务逻辑开发，包括战斗、社交、公会等系统",
                                              "参与开服、合服、跨服方案的设计与实施",
                                              "负责服务端性能压测与线上问题排查"],
                         "requirements": ["本科及以上学历，3年以上服务端开发经验",
                                          "精通Go或C++其中一门，熟悉Linux网络编程",
                                          "熟悉MySQL、Redis、Kafka等中间件"],
                         "tags": ["Go", "C++", "分布式"]}),
        dict(job_id="XY-GZ-0321", 职位名称="游戏运营专员", 部门="发行中心/运营部", 城市="广州", 职级="P4-P5", 招聘人数=2,
             状态="招聘中", 发布时间="2025-06-10",
             job_detail={"salary": {"min": 9, "max": 14, "unit": "K", "months": 13},
                         "education": "本科及以上", "experience": "1年以上",
                         "report_to": "运营经理",
                         "responsibilities": ["负责游戏日常运营，包括版本更新公告、活动配置与上线验证",
                                              "策划并执行节日活动、付费活动，跟踪活动数据",
                                              "监控DAU、留存、付费等核心数据，输出运营周报"],
                         "requirements": ["本科及以上学历，1年以上手游运营经验",
                                          "熟练使用Excel与SQL进行数据分析",
                                          "热爱游戏，对二次元或SLG品类有深入理解者优先"],
                         "tags": ["活动运营", "数据分析"]}),
        dict(job_id="XY-GZ-0330", 职位名称="商务BD", 部门="发行中心/商务部", 城市="广州", 职级="P5-P7", 招聘人数=1,
             状态="招聘中", 发布时间="2025-06-18",
             job_detail={"salary": {"min": 15, "max": 25, "unit": "K", "months": 14, "note": "另有渠道流水提成"},
                         "education": "本科及以上", "experience": "3年以上",
                         "report_to": "商务总监",
                         "responsibilities": ["开拓并维护应用商店、联运渠道及买量平台等合作资源",
                                              "负责合作条款谈判、合同签署及回款跟进",
                                              "对接IP授权与异业合作，挖掘新的发行机会"],
                         "requirements": ["本科及以上学历，3年以上游戏行业商务经验",
                                          "拥有华为、小米、OPPO、vivo等主流渠道资源者优先",
                                          "能适应短期出差"],
                         "tags": ["渠道", "联运"]}),
        dict(job_id="XY-GZ-0334", 职位名称="本地化专员（日语）", 部门="发行中心/海外发行部", 城市="广州", 职级="P4-P5", 招聘人数=1,
             状态="招聘中", 发布时间="2025-07-02",
             job_detail={"salary": {"min": 10, "max": 15, "unit": "K", "months": 13},
                         "education": "本科及以上", "experience": "2年以上",
                         "report_to": "海外发行经理",
                         "responsibilities": ["负责游戏文本（剧情、UI、活动公告）的中译日与校对",
                                              "维护术语库与翻译记忆库，保证译名统一",
                                              "配合LQA测试，检查游戏内日文显示与文化适配问题"],
                         "requirements": ["日语专业本科及以上，持有日语能力考试N1证书",
                                          "2年以上游戏本地化或翻译经验",
                                          "熟悉memoQ或Trados等CAT工具"],
                         "tags": ["日语", "本地化"]}),
        dict(job_id="XY-CD-0207", 职位名称="原画师", 部门="研发中心/美术组", 城市="成都", 职级="P4-P6", 招聘人数=2,
             状态="招聘中", 发布时间="2025-05-20",
             job_detail={"salary": {"min": 10, "max": 18, "unit": "K", "months": 14},
                         "education": "大专及以上", "experience": "2年以上",
                         "report_to": "主美",
                         "responsibilities": ["根据世界观与策划需求绘制角色、怪物及场景原画",
                                              "输出三视图与设计说明，配合3D模型师完成还原",
                                              "参与美术风格探索，绘制宣传插画"],
                         "requirements": ["美术相关专业，2年以上游戏原画经验",
                                          "投递须附作品集，含至少8张完整角色设计",
                                          "熟练使用Photoshop与Procreate，能适应日系二次元风格"],
                         "tags": ["二次元", "角色原画"]}),
        dict(job_id="XY-CD-0211", 职位名称="技术美术（TA）", 部门="研发中心/美术组", 城市="成都", 职级="P6", 招聘人数=1,
             状态="已关闭", 发布时间="2025-03-11", job_detail={}),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    cols = ["job_id", "职位名称", "部门", "城市", "职级", "招聘人数", "状态", "发布时间", "job_detail"]
    w.writerow(cols)
    for j in jobs:
        w.writerow([j[c] if c != "job_detail" else json.dumps(j[c], ensure_ascii=False) for c in cols])
    (OUT / "g04_Moka职位导出_20250715.csv").write_text(buf.getvalue(), encoding="utf-8")


# ----------------------------------------------------------------------------- g05 Confluence html
def lozenge(text, color):
    return f'<span class="status-macro aui-lozenge aui-lozenge-{color}">{text}</span>'


def expand(title, inner):
    return ('<div class="expand-container conf-macro output-block" data-macro-name="expand">\n'
            '<div class="expand-control"><span class="expand-icon aui-icon aui-icon-small aui-iconfont-chevron-right">&nbsp;</span>'
            f'<span class="expand-control-text">{title}</span></div>\n'
            '<div class="expand-content expand-hidden">\n' + inner + '\n</div>\n</div>')


def g05():
    def post(title, tags, facts, duties, reqs, extra=""):
        rows = "\n".join(f'<tr><th class="confluenceTh">{a}</th><td class="confluenceTd">{b}</td></tr>' for a, b in facts)
        dl = "\n".join(f"<li>{x}</li>" for x in duties)
        rl = "\n".join(f"<li>{x}</li>" for x in reqs)
        inner = (f'<p>{tags}</p>\n<div class="table-wrap"><table class="confluenceTable"><tbody>\n{rows}\n</tbody></table></div>\n'
                 f'<h4 id="duty">岗位职责</h4>\n<ul>\n{dl}\n</ul>\n<h4 id="req">任职要求</h4>\n<ul>\n{rl}\n</ul>\n{extra}')
        return expand(title, inner)

    client = post("客户端开发工程师（Unity）",
                  lozenge("招聘中", "success") + " " + lozenge("广州", "complete") + " " + lozenge("成都", "complete"),
                  [("所属", "研发中心 · 程序组"), ("直属上级", "客户端主程"), ("工作地点", "广州总部 / 成都工作室"),
                   ("引擎与语言", "Unity 2021 LTS、C#、xLua")],
                  ["负责客户端玩法与UI功能开发，保证功能按排期交付",
                   "维护xLua热更新框架，负责资源打包、分包与加载策略",
                   "针对中低端安卓机型进行性能优化，控制包体与内存",
                   "编写技术文档，参与代码评审"],
                  ["本科及以上学历，计算机或软件工程相关专业",
                   "3-5年Unity客户端开发经验（成都工作室可放宽至2年）",
                   "熟悉Shader基础，了解URP渲染管线者优先"])
    server = post("服务器开发工程师",
                  lozenge("招聘中", "success") + " " + lozenge("广州", "complete"),
                  [("所属", "研发中心 · 程序组"), ("直属上级", "服务端主程"), ("工作地点", "广州总部"),
                   ("技术栈", "Go（主）、C++（战斗服）、MySQL、Redis、Kafka、K8s")],
                  ["负责游戏逻辑服、战斗服的设计与开发",
                   "负责开服、合服、跨服玩法的服务端方案",
                   "建设服务端监控告警，参与7×24小时线上值班（按周轮值）",
                   "进行压测与性能调优，保障单服承载≥1万同时在线"],
                  ["本科及以上学历，3年以上服务端开发经验",
                   "精通Go或C++，具备分布式系统设计能力",
                   "有SLG或MMO服务端经验者优先"])
    qa = post("测试工程师（QA）",
              lozenge("招聘中", "success") + " " + lozenge("成都", "complete"),
              [("所属", "研发中心 · 质量保障组"), ("直属上级", "客户端主程（临时代管）"), ("工作地点", "成都工作室"),
               ("工具", "TAPD、Airtest、Charles、Jenkins")],
              ["根据策划案编写测试用例，执行功能、兼容性与回归测试",
               "跟踪缺陷生命周期，推动缺陷按优先级修复并完成回归",
               "参与版本提测冒烟、上线验证与线上问题复现",
               "编写并维护Airtest自动化测试脚本"],
              ["大专及以上学历，1年以上游戏测试经验",
               "熟悉测试用例设计方法，会使用Charles抓包与ADB命令",
               "有Python基础，能编写自动化脚本者优先",
               "每年游戏时长不低于300小时，熟悉主流手游"])
    art = post("主美（美术负责人）",
               lozenge("已到岗", "default"),
               [("所属", "研发中心 · 美术组"), ("直属上级", "项目制作人"), ("工作地点", "成都工作室"),
                ("下属", "原画师、3D角色模型师、UI设计师、技术美术（TA），共12人")],
               ["确立项目整体美术风格与品质标准，输出美术风格指南",
                "管理美术组日常工作，分配任务并评审美术产出",
                "管理美术外包供应商，负责外包需求发放与验收",
                "与主策划、主程共同制定版本美术排期"],
               ["美术相关专业本科及以上学历，8年以上游戏美术经验，3年以上团队管理经验",
                "需提供个人作品集及主导项目的美术成果",
                "有二次元风格上线产品经验者优先"])
    ta = expand("技术美术（TA）", "<p>" + lozenge("规划中", "current") + "</p>\n<p>岗位说明待补充，编制已在2025年HC中预留。</p>")
    prog = expand("程序组", client + "\n" + server)
    qual = expand("质量保障组", qa)
    arts = expand("美术组", art + "\n" + ta)
    html = f"""<!DOCTYPE html>
<html>
<head>
<title>研发中心 : 岗位百科</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<link rel="stylesheet" href="styles/site.css" type="text/css" />
</head>
<body class="theme-default aui-theme-default">
<div id="page">
<div id="main" class="aui-page-panel">
<div id="main-header">
<div id="breadcrumb-section">
<ol id="breadcrumbs">
<li class="first"><span><a href="index.html">星柚互娱 HR空间</a></span></li>
<li><span><a href="组织与岗位_1015.html">组织与岗位</a></span></li>
</ol>
</div>
<h1 id="title-heading" class="pagetitle"><span id="title-text">研发中心 : 岗位百科</span></h1>
</div>
<div id="content" class="view">
<div class="page-metadata">由 林嘉创建, 最终由 周航修改于 七月 08, 2025</div>
<div id="main-content" class="wiki-content group">
<div class="confluence-information-macro confluence-information-macro-information"><div class="confluence-information-macro-body"><p>点击岗位名称展开详情。状态标签：招聘中 / 已到岗 / 规划中。薪资请查阅Moka职位或《研发序列职级标准》。</p></div></div>
{prog}
{qual}
{arts}
</div>
</div>
</div>
<div id="footer" role="contentinfo"><section class="footer-body"><p>Document generated by Confluence on 七月 15, 2025 10:02</p></section></div>
</div>
</body>
</html>
"""
    (OUT / "g05_研发中心岗位百科_Confluence导出.html").write_text(html, encoding="utf-8")


# ----------------------------------------------------------------------------- g06 campus poster pdf
def g06():
    from reportlab.lib.colors import HexColor, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    W, H = A4
    c = canvas.Canvas(str(OUT / "g06_2026届校园招聘海报.pdf"), pagesize=A4)
    c.setFillColor(HexColor("#1B1240"))
    c.rect(0, 0, W, H, fill=1, stroke=0)

    def box(x, y, w, h, color, title, lines, size=9.5):
        c.setFillColor(HexColor(color))
        c.roundRect(x, y, w, h, 10, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("WQY", 14)
        c.drawString(x + 10, y + h - 22, title)
        c.setFont("WQY", size)
        yy = y + h - 40
        for ln in lines:
            c.drawString(x + 10, yy, ln)
            yy -= size + 5

    # drawn out of reading order on purpose (floating boxes)
    box(300, 330, 270, 200, "#3B82F6", "测试工程师（QA）· 成都", [
        "· 执行游戏功能、兼容性与性能测试",
        "· 记录并跟踪缺陷，参与版本验收",
        "· 学习Airtest等自动化测试工具",
        "要求：2026届本科及以上，专业不限",
        "计算机相关专业优先；每周实习不少于4天者优先",
    ])
    box(25, 560, 270, 190, "#E11D74", "原画师 · 广州/成都", [
        "· 完成角色、场景概念设计与原画绘制",
        "· 配合3D团队输出三视图与细节拆分",
        "要求：美术、动画相关专业本科及以上",
        "作品集：至少5张完整角色或场景原画",
        "（PDF格式，不超过50MB，网申时上传）",
    ])
    c.saveState()
    c.translate(470, 770)
    c.rotate(-12)
    c.setFillColor(HexColor("#FACC15"))
    c.roundRect(-60, -18, 150, 36, 8, fill=1, stroke=0)
    c.setFillColor(HexColor("#1B1240"))
    c.setFont("WQY", 13)
    c.drawString(-50, -5, "网申截止：10月31日")
    c.restoreState()
    box(300, 560, 270, 190, "#10B981", "客户端开发工程师 · 广州", [
        "· 参与Unity手游客户端功能开发",
        "· 在导师指导下完成玩法与UI模块",
        "要求：计算机相关专业本科及以上",
        "熟悉C#或C++，有Unity项目经历优先",
        "ACM/ICPC等竞赛获奖者优先",
    ])
    box(25, 330, 270, 200, "#F97316", "3D角色模型师 · 成都", [
        "· 根据原画制作角色高模、低模与贴图",
        "· 配合动作与特效完成角色资源落地",
        "要求：美术相关专业大专及以上",
        "作品集须含高模、低模与贴图的完整流程",
        "熟悉Maya/ZBrush/Substance Painter",
    ])
    c.setFillColor(white)
    c.setFont("WQY", 30)
    c.drawString(40, 790, "星柚互娱 2026届校园招聘")
    c.setFont("WQY", 12)
    c.drawString(40, 768, "“一起做让玩家记住十年的游戏”")
    c.setFillColor(HexColor("#312E81"))
    c.roundRect(25, 150, 545, 150, 10, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("WQY", 11)
    info = [
        "【薪资福利】本科月薪12K起，硕士月薪14K起，年终奖另计；提供人才公寓或每月1500元租房补贴",
        "【工作地点】广州总部（天河区珠江新城）· 成都工作室（高新区天府软件园）",
        "【招聘流程】网申 → 笔试/作品评审 → 两轮面试 → HR面 → Offer",
        "【投递方式】扫码关注“星柚互娱招聘”公众号，或访问 campus.xingyou-game.com",
        "注：游戏策划管培生岗位本年度暂停招聘。",
    ]
    yy = 280
    for ln in info:
        c.drawString(40, yy, ln)
        yy -= 24
    c.setFont("WQY", 8)
    c.setFillColor(HexColor("#A5B4FC"))
    c.drawString(40, 60, "广州星柚网络科技有限公司 保留对本次招聘的最终解释权")
    c.showPage()
    c.save()


# ----------------------------------------------------------------------------- g07 README md
def g07():
    md = """# 星柚互娱 · 成都工作室 团队手册

![team](https://img.shields.io/badge/团队-成都工作室-ff69b4) ![members](https://img.shields.io/badge/人数-86-blue) ![updated](https://img.shields.io/badge/更新-2025--07-green)

> 👋 欢迎加入成都工作室！这份 README 是新同学的第一站，遇到问题先搜这里，再问 @HRBP 林嘉。

## 🧭 我们是谁

成都工作室是星柚互娱的核心研发基地，负责项目《星海纪元》的研发，地址在成都市高新区天府软件园E区。
工作时间 10:00–19:00，午休 12:00–13:30，实行弹性打卡（最晚 10:30 到岗）。

## 🗂️ 团队与汇报关系

| 团队 | 负责人 | 成员岗位 |
|---|---|---|
| 策划组 | 主策划 | 数值策划、关卡策划、系统策划 |
| 美术组 | 主美 | 原画师、3D角色模型师、UI设计师 |
| 程序组（成都） | 客户端主程 | 客户端开发工程师 |
| 质量保障组 | QA经理（2025年8月到岗） | 测试工程师（QA） |

## 🎮 岗位速览

### 🧱 关卡策划

**做什么**
- 设计主线、副本与限时活动关卡，输出关卡文档与白模
- 在 Unity 中用自研关卡编辑器 LevelForge 搭建关卡并配置刷怪
- 根据通关率与流失点数据迭代关卡难度曲线
- 每月至少完成 1 次关卡设计分享

**需要什么**
- 大专及以上，2年以上关卡策划经验（有动作或射击类关卡经验更好）
- 面试时提交一份关卡作品（文档或可玩 Demo）

### 🗿 3D角色模型师

**做什么**
- 根据原画完成角色高模雕刻、低模拓扑、UV 与 PBR 贴图
- 按照《角色模型制作规范》控制面数：主角 ≤ 3万三角面，NPC ≤ 1.5万三角面
- 配合动作师完成蒙皮测试，修正穿插与变形问题
- 验收外包角色模型，填写验收记录

**需要什么**
- 美术相关专业，大专及以上学历，2年以上游戏角色模型经验
- 熟练使用 Maya、ZBrush、Substance Painter，了解 Marmoset Toolbag
- 投递时附作品集，须包含至少 2 个完整角色（高模 + 低模 + 贴图）

## ✅ 入职第一周 Checklist

- [ ] 领取电脑、显示器和 Wacom 数位板（美术同学）
- [ ] 开通飞书、TAPD、SVN/Git 和 Confluence 账号
- [ ] 阅读《星海纪元》GDD 与美术风格指南
- [ ] 与直属上级完成 1on1，确认试用期目标
- [x] 签署保密协议与竞业协议（入职当天由 HR 完成）

## 🧪 试用期

- 试用期 3 个月，第 2 个月末做中期反馈，第 3 个月末由直属上级与 HRBP 共同转正答辩
- 转正答辩需准备 10 分钟 PPT：试用期产出、问题与下阶段计划

## 🍜 福利小贴士

- 每月 20 日发薪；每天提供午餐补贴 25 元
- 每季度一次团队建设，年度体检与补充医疗保险
- 版本上线后有上线奖，具体金额由项目组决定

---
📌 维护：成都工作室 HRBP｜最后更新：2025-07-10
"""
    (OUT / "g07_成都工作室团队手册_README.md").write_text(md, encoding="utf-8")


# ----------------------------------------------------------------------------- g08 GBK memo
def g08():
    txt = """星柚互娱 组织架构调整沟通会 会议纪要

会议时间：2025年7月21日 14:00-15:30
会议地点：广州总部 18楼 “星海”会议室（成都工作室视频接入）
参会人：周航（制作人）、王磊（主策划）、陈思远（主美）、刘婷（发行中心总经理）、林嘉（HRBP）
记录人：林嘉

一、背景
随着《星海纪元》进入上线准备期，研发与发行两侧的汇报关系需要调整，自2025年8月1日起生效。

二、决议事项
1. 成立关卡组。关卡策划不再直接汇报给主策划，改为汇报给新设的关卡组长；关卡组长汇报给主策划。
   关卡组长由现有资深关卡策划内部竞聘产生，7月底前公布结果。
2. 成立3D美术组。3D角色模型师改为汇报给3D美术组长，3D美术组长汇报给主美。
3. 质量保障组由QA经理负责。测试工程师（QA）自8月1日起汇报给QA经理，
   不再由客户端主程临时代管。QA经理常驻成都工作室。
4. 本地化专员从发行中心运营部划入海外发行部，汇报给海外发行经理；
   本地化专员的工作地点仍为广州总部。
5. 用户运营（社区）岗位编制由2人增加到4人，新增的2个编制放在成都工作室，
   以便贴近研发团队收集玩家反馈；原有2人仍在广州。

三、其他
1. 系统策划的岗位说明暂不调整，由林嘉在Q3内补齐。
2. 各组长请于7月28日前把新的汇报关系同步到飞书组织架构。

四、待办
- 林嘉：更新Confluence岗位百科与Moka职位信息（7月31日前）
- 王磊：组织关卡组长竞聘（7月31日前）

（本纪要如无异议，视为确认。）
"""
    (OUT / "g08_组织调整会议纪要_0721.txt").write_bytes(txt.encode("gbk"))


# ----------------------------------------------------------------------------- g09 CRLF scorecard
def g09():
    txt = """====================================================
面试评分表（结构化面试）
适用岗位：服务器开发工程师
版本：V2.1　　启用日期：2025-05-01　　负责人：服务端主程
====================================================

候选人：__________　　面试官：__________　　面试轮次：□一面 □二面

【评分维度】（每项满分按权重折算，总分100分）
(1) 计算机基础（网络/操作系统/数据结构）　权重25%
    考察点：TCP粘包处理、epoll模型、进程与线程、常见数据结构复杂度
(2) 编程语言（Go或C++）　　　　　　　　　权重25%
    考察点：goroutine调度与channel、内存管理、现场编码一道题
(3) 系统设计　　　　　　　　　　　　　　　权重30%
    考察点：设计一个支持1万人同时在线的排行榜或跨服匹配系统
(4) 游戏业务理解　　　　　　　　　　　　　权重10%
    考察点：开服合服流程、防作弊思路
(5) 沟通协作　　　　　　　　　　　　　　　权重10%

【通过标准】
总分≥75分，且“系统设计”一项不低于21分（即该项得分率70%）方可进入下一轮。
二面须由服务端主程或技术总监担任面试官。

【面试官结论】□强烈推荐 □推荐 □待定 □不推荐
评语：________________________________________________

====================================================
面试评分表（语言+笔试）
适用岗位：本地化专员（日语）
版本：V1.3　　启用日期：2025-06-15　　负责人：海外发行经理
====================================================

【前置条件】
未持有日本语能力测试N1证书的候选人，不进入面试环节。

【评分维度】
(1) 日语口语与听力（日籍面试官评估）　　　权重35%
(2) 翻译笔试（游戏剧情300字+UI文本50条）　　权重30%
(3) 游戏与二次元文化理解　　　　　　　　　　权重20%
(4) 本地化工具（memoQ/Trados、Excel）　　　 权重15%

【通过标准】
总分≥80分；翻译笔试出现3处以上严重误译（含专有名词错译）直接不通过。

【面试官结论】□录用 □备选 □不录用
"""
    (OUT / "g09_面试评分表_服务端与本地化.txt").write_bytes(txt.replace("\n", "\r\n").encode("utf-8"))


# ----------------------------------------------------------------------------- g10 publishing JD docx
def g10():
    d = docx.Document()
    d.styles["Normal"].font.name = "宋体"
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("发行中心岗位说明书")
    r.bold = True
    r.font.size = Pt(20)
    d.add_paragraph("文件编号：XY-HR-JD-2025-04　　版本：V3.0　　编制：人力资源部　　审核：刘婷").alignment = WD_ALIGN_PARAGRAPH.CENTER

    def jd(title, facts, purpose, duties, quals, kpi_note):
        p = d.add_paragraph()
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(14)
        t = d.add_table(rows=2, cols=4)
        t.style = "Table Grid"
        for i, (a, b) in enumerate(facts):
            rr, cc = divmod(i, 2)
            t.cell(rr, cc * 2).text = a
            t.cell(rr, cc * 2 + 1).text = b
        d.add_paragraph("一、岗位目的", style="Heading 3")
        d.add_paragraph(purpose)
        d.add_paragraph("二、工作职责", style="Heading 3")
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for i, x in enumerate(["序号", "职责描述", "时间占比"]):
            t.cell(0, i).text = x
        for i, (x, pct) in enumerate(duties, 1):
            cells = t.add_row().cells
            cells[0].text = str(i)
            cells[1].text = x
            cells[2].text = pct
        d.add_paragraph("三、任职资格", style="Heading 3")
        for x in quals:
            d.add_paragraph(x, style="List Bullet")
        d.add_paragraph("四、考核", style="Heading 3")
        d.add_paragraph(kpi_note)
        d.add_page_break()

    jd("岗位一：游戏运营专员",
       [("所属部门", "发行中心·运营部"), ("直接上级", "运营经理"), ("工作地点", "广州总部"), ("岗位编制", "4人")],
       "通过版本运营与活动运营，保障游戏稳定运行并持续提升活跃与付费。",
       [("负责版本更新、维护公告的撰写与发布，跟进停服维护全流程", "20%"),
        ("根据运营节奏策划并配置游戏内活动，上线前完成活动验收", "35%"),
        ("监控DAU、留存、付费率等核心数据，发现异常及时预警", "25%"),
        ("收集玩家反馈，与策划沟通优化需求", "10%"),
        ("完成上级交办的其他工作", "10%")],
       ["本科及以上学历，市场营销、统计学等相关专业优先；",
        "1年以上手游运营经验，熟悉活动配置后台；",
        "熟练使用Excel、SQL，会使用Tableau等BI工具者优先。"],
       "按季度OKR考核，详见《2025Q3运营与发行OKR-KPI》。")
    jd("岗位二：用户运营（社区）",
       [("所属部门", "发行中心·运营部"), ("直接上级", "社区运营主管"), ("工作地点", "广州总部"), ("岗位编制", "2人")],
       "经营官方玩家社区，维护玩家关系与口碑，沉淀核心用户。",
       [("运营TapTap、B站、官方Discord等社区阵地，策划社区活动", "35%"),
        ("监控舆情，对负面舆情2小时内上报并协调处理", "25%"),
        ("招募和维护KOL与核心玩家，组织内测招募", "20%"),
        ("收集整理玩家建议，每周向研发输出玩家反馈报告", "20%")],
       ["本科及以上学历，1年以上游戏社区运营经验；",
        "文字功底好，熟悉二次元圈层文化与梗；",
        "能接受节假日轮班处理突发舆情。"],
       "按月度KPI考核，详见《2025Q3运营与发行OKR-KPI》用户运营（社区）KPI页。")
    jd("岗位三：商务BD",
       [("所属部门", "发行中心·商务部"), ("直接上级", "商务总监"), ("工作地点", "广州总部"), ("岗位编制", "3人")],
       "拓展发行渠道与合作资源，为游戏带来流水与用户增长。",
       [("拓展应用商店、联运渠道、买量平台的合作，维护渠道关系", "40%"),
        ("谈判合作条款，推动合同签署与法务审核", "25%"),
        ("跟进渠道结算与回款，核对渠道流水数据", "20%"),
        ("寻找IP授权、异业联动等合作机会", "15%")],
       ["本科及以上学历，3年以上游戏或互联网行业商务经验；",
        "具备优秀的谈判与沟通能力，有主流安卓渠道资源；",
        "持有C1驾照，能适应每月约5天出差。"],
       "按年度KPI考核，详见《2025Q3运营与发行OKR-KPI》商务BD KPI页。")
    jd("岗位四：本地化专员",
       [("所属部门", "发行中心·运营部"), ("直接上级", "运营经理"), ("工作地点", "广州总部"), ("岗位编制", "2人")],
       "负责游戏海外版本的语言本地化，保证译文质量与文化适配。",
       [("负责游戏文本的中译日（或中译英）翻译与校对", "50%"),
        ("建立并维护术语表、风格指南与翻译记忆库", "20%"),
        ("管理翻译外包供应商，抽检外包译文质量", "15%"),
        ("配合LQA测试，确认游戏内文本显示与文化适配", "15%")],
       ["外语相关专业本科及以上学历；",
        "日语方向须持有日本语能力测试N1证书，英语方向须持有专业八级证书；",
        "2年以上游戏本地化经验。"],
       "考核方案待海外发行部制定。")
    d.save(OUT / "g10_发行中心岗位说明书V3.docx")


if __name__ == "__main__":
    for f in (g01, g02, g03, g04, g05, g06, g07, g08, g09, g10):
        f()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
