# -*- coding: utf-8 -*-
"""Round 45 blind trial 'media': 江州广播电视台 HR documents (10 files).
Run: T45_OUT=/tmp/t45media/corpus /tmp/genv/bin/python gen.py
Writes the corpus and truth.json (what each document says) next to the corpus."""
import csv, json, os
from docx import Document
from docx.enum.section import WD_SECTION
from docx.shared import Pt
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.comments import Comment

OUT = os.environ.get("T45_OUT", "/tmp/t45media/corpus")
os.makedirs(OUT, exist_ok=True)
TRUTH = {}

# ------------------------------------------------------------------ facts
P = {
 "新闻编导": dict(dept="新闻中心·新闻部", boss="新闻部主任", subs="无（业务上指导记者、摄像师、后期剪辑师）",
   edu="本科及以上", major="新闻学、广播电视编导、汉语言文学等相关专业", exp="3年以上电视新闻编辑工作经验",
   cert="新闻记者证（入职后一年内取得）", loc="江州市广电大厦8楼新闻中心", pay="9000-14000",
   shift="早班6:00-14:00、晚班14:00-22:00轮换",
   duties=["负责《江州新闻联播》每日节目的选题策划与编排，制定节目串联单",
           "审核记者稿件，修改导语与配音稿，把好政治关、事实关、文字关",
           "指导摄像师和后期剪辑师完成画面编辑与节目包装",
           "负责突发新闻的快速编排，制定插播预案",
           "收集观众反馈，每周撰写节目质量周报"]),
 "记者": dict(dept="新闻中心·采访部", boss="采访部主任", subs="无",
   edu="本科及以上", major="新闻传播类相关专业", exp="2年以上新闻采访工作经验，优秀应届毕业生可放宽",
   cert="新闻记者证；持C1驾驶证者优先", loc="江州市及所辖县区（外勤为主）", pay="8000-12000（另计稿费）",
   shift="弹性工作制，突发事件24小时待命",
   duties=["围绕市委市政府中心工作开展新闻采访，每月完成不少于20条消息类稿件",
           "突发事件发生后30分钟内赶赴现场进行报道",
           "撰写新闻稿件、完成出镜报道，配合摄像师完成现场拍摄",
           "维护通讯员和爆料人网络，挖掘独家新闻线索",
           "遵守新闻职业道德，严禁有偿新闻和虚假报道"]),
 "摄像师": dict(dept="新闻中心·摄像部", boss="摄像部主任", subs="无",
   edu="大专及以上", major="摄影摄像、广播电视技术等相关专业", exp="2年以上电视摄像工作经验",
   cert="持民用无人机驾驶员执照（CAAC）者优先", loc="外勤为主，素材回传至广电大厦7楼", pay="7000-10000",
   shift="随采访任务轮班",
   duties=["负责新闻现场拍摄，保证画面清晰稳定、构图规范",
           "负责ENG摄像机、无人机、便携灯光等设备的日常保管与维护",
           "配合记者完成出镜、访谈等拍摄任务",
           "拍摄素材当日上传媒资系统并填写场记单",
           "参与大型活动直播的机位拍摄"]),
 "主持人": dict(dept="播音主持部", boss="播音主持部主任", subs="无",
   edu="本科及以上", major="播音与主持艺术专业", exp="2年以上电视或广播主持工作经验",
   cert="普通话水平测试一级甲等证书、播音员主持人资格证书", loc="江州市广电大厦2楼演播室", pay="10000-18000",
   shift="按节目编排排班",
   duties=["负责新闻、专题节目的播音与出镜主持",
           "节目录制前参与备稿，熟悉稿件内容并提出修改意见",
           "承担大型直播活动和文艺晚会的主持工作",
           "维护台内主持人形象，未经批准不得参加台外商业活动",
           "配合新媒体部完成短视频及直播出镜"]),
 "后期剪辑师": dict(dept="节目制作部", boss="节目制作部主任", subs="无",
   edu="大专及以上", major="影视后期、数字媒体艺术等相关专业", exp="2年以上影视后期剪辑工作经验",
   cert="无硬性要求", skills="熟练使用Premiere、达芬奇（DaVinci Resolve）、After Effects",
   loc="江州市广电大厦5楼制作区", pay="7000-11000", shift="以晚班为主（16:00-24:00）",
   duties=["根据编导要求完成新闻及专题节目的剪辑、调色与混音",
           "制作片头片尾、字幕条和包装动画",
           "按技术规范输出播出成片，确保音视频技术指标合格",
           "整理、归档工程文件与素材"]),
 "导播": dict(dept="技术播出中心·演播室", boss="技术播出中心副主任", subs="切换员、调音员",
   edu="本科及以上", major="广播电视工程、广播电视编导等相关专业", exp="3年以上演播室导播或切换工作经验",
   cert="无", loc="广电大厦一号导控室", pay="9000-13000", shift="随节目排班",
   duties=["负责直播及录播节目的现场导播，统一指挥切换、机位、音频和字幕",
           "审定节目分镜头脚本与机位方案",
           "直播中出现信号异常时立即下达切换备播指令",
           "节目结束后填写导播日志"]),
 "播控员": dict(dept="技术播出中心·总控机房", boss="播控组组长", subs="无",
   edu="大专及以上", major="电子信息、广播电视技术等相关专业", exp="1年以上播出或机房值班经验",
   cert="省广播电视局颁发的播出岗位上岗证", loc="广电大厦总控机房", pay="6500-9000",
   shift="四班三运转（早班8:00-16:00、中班16:00-24:00、夜班0:00-8:00）",
   duties=["严格按播出单进行节目播出，核对节目时长和播出顺序",
           "监看监听各频道播出信号，发现异常30秒内处置",
           "如实填写播出日志和异态记录",
           "交接班时对设备状态、待播节目进行双人核对"]),
 "技术保障工程师": dict(dept="技术播出中心·技术保障部", boss="技术保障部主任", subs="无",
   edu="本科及以上", major="通信工程、电子信息工程、计算机等相关专业", exp="3年以上广电设备维护经验",
   cert="低压电工作业证；有广播电视工程中级职称者优先", loc="广电大厦及江州发射塔", pay="9000-15000",
   shift="日常白班，每周一次夜间值班",
   duties=["负责演播室、总控、发射机房设备的巡检与维护，每日巡检不少于2次",
           "处理播出系统故障，重大故障15分钟内到场",
           "制定设备年度检修计划并组织停机检修",
           "负责IP化制播网络和媒资存储系统的运维",
           "参与重大活动直播技术保障方案的制定"]),
 "广告销售经理": dict(dept="广告经营中心", boss="广告经营中心主任", subs="广告销售专员（5人）",
   edu="本科及以上", major="市场营销、广告学等相关专业", exp="5年以上媒体广告销售经验，其中2年以上团队管理经验",
   cert="无", loc="江州市", pay="底薪8000元+销售提成", shift="标准工时（9:00-17:30）",
   duties=["完成年度广告创收指标，并分解到月度和个人",
           "开发和维护本地重点客户（汽车、房地产、快消行业）",
           "制定广告刊例价格及促销方案，报中心审批",
           "审核广告内容合规性，杜绝违规广告播出",
           "带领销售团队，负责团队成员的培训与考核"]),
 "新媒体运营": dict(dept="融媒体中心·新媒体部", boss="新媒体部主任", subs="无",
   edu="本科及以上", major="新闻、传播、中文等相关专业", exp="1年以上新媒体运营经验",
   cert="无", skills="熟悉抖音、视频号、微博平台规则，会使用剪映",
   loc="江州市广电大厦3楼融媒体中心", pay="6000-9000（另有绩效）", shift="早晚轮班，节假日轮值",
   duties=["负责“江州TV”抖音号、视频号、微信公众号的日常内容发布，每日更新不少于5条",
           "策划热点话题和线上活动，提升粉丝数与互动量",
           "监测评论区舆情，发现负面舆情1小时内上报",
           "每周出具平台数据分析报告",
           "配合主持人开展直播带货"]),
}
KPI = {
 "新闻编导": [("效率","节目按时播出率","按时播出期数/应播期数×100%",30,"100%","100%"),
            ("质量","稿件差错率","差错字数/播出总字数",25,"≤0.5‰","≤0.2‰"),
            ("质量","选题采用率","被采用选题数/上报选题数×100%",20,"≥85%","≥95%"),
            ("效果","新闻收视率","CSM城域收视率",15,"≥2.5%","≥3%"),
            ("效果","观众满意度","季度观众调查得分",10,"≥90分","≥95分")],
 "记者": [("数量","月度发稿量","当月播发消息类稿件条数",30,"≥20条","≥28条"),
         ("质量","独家新闻数","当月首发独家新闻条数",20,"≥2条","≥4条"),
         ("质量","稿件一次通过率","一次审核通过稿件/提交稿件×100%",20,"≥90%","≥95%"),
         ("时效","突发新闻到达时效","接报至到达现场时间",15,"≤30分钟","≤20分钟"),
         ("纪律","新闻差错及违纪","出现重大差错或有偿新闻即为0分",15,"0次","0次")],
 "播控员": [("安全","播出差错次数","当月人为播出差错次数",40,"0次","0次"),
          ("安全","停播时长","当月累计停播秒数",30,"≤10秒","0秒"),
          ("规范","播出日志完整率","完整日志数/应填日志数×100%",15,"100%","100%"),
          ("能力","应急演练参与率","参加演练次数/组织演练次数×100%",15,"100%","100%")],
 "技术保障工程师": [("设备","设备完好率","完好设备台数/设备总台数×100%",30,"≥99%","≥99.5%"),
          ("响应","故障平均修复时间（MTTR）","故障修复总时长/故障次数",25,"≤2小时","≤1小时"),
          ("安全","安全播出事故","因设备原因造成的播出事故起数",25,"0起","0起"),
          ("计划","检修计划完成率","已完成检修项/计划检修项×100%",20,"100%","100%")],
 "广告销售经理": [("业绩","广告创收完成率","实际创收额/年度创收指标×100%",40,"≥100%","≥120%"),
          ("业绩","回款率","实际回款额/应收款额×100%",25,"≥95%","≥98%"),
          ("客户","新客户开发数","季度新签约客户数",15,"≥6家","≥10家"),
          ("合规","广告违规次数","被监管部门通报的违规广告次数",10,"0次","0次"),
          ("团队","团队人均产值","团队创收额/团队人数",10,"≥120万元/年","≥150万元/年")],
 "新媒体运营": [("增长","粉丝增长数","季度各平台净增粉丝数合计",25,"≥3万","≥5万"),
          ("内容","单条视频平均播放量","季度视频总播放量/发布条数",25,"≥5万","≥10万"),
          ("内容","内容发布及时率","按时发布条数/计划发布条数×100%",20,"≥98%","100%"),
          ("风险","舆情漏报次数","应报未报负面舆情次数",15,"0次","0次"),
          ("互动","互动率","（点赞+评论+转发）/播放量×100%",15,"≥3%","≥5%")],
}
TRUTH["posts"] = P
TRUTH["kpi"] = {k: [dict(dim=a, name=b, formula=c, score=d, base=e, stretch=f) for a, b, c, d, e, f in v] for k, v in KPI.items()}
TRUTH["files"] = {}
CN = "一二三四五六七八九十"


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)


# ------------------------------------------------------------------ 01 docx: sections per post, relation cross
def doc01():
    fn = "01_新闻中心岗位说明书.docx"
    d = Document(); set_font(d)
    d.add_heading("江州广播电视台新闻中心岗位说明书（2025版）", 0)
    d.add_paragraph("编制部门：人力资源部　　审核：新闻中心　　生效日期：2025年3月1日")
    d.add_paragraph("说明：每个岗位的工作关系以“十字图”表示：上方为直接上级，下方为直接下属，左侧为所属部门，右侧为主要协作岗位。")
    first = True
    for name in ["新闻编导", "记者", "摄像师"]:
        p = P[name]
        if first:
            sec = d.sections[0]; first = False
        else:
            sec = d.add_section(WD_SECTION.NEW_PAGE)
        sec.header.is_linked_to_previous = False
        sec.footer.is_linked_to_previous = False
        sec.header.paragraphs[0].text = f"江州广播电视台　岗位说明书｜{name}"
        sec.footer.paragraphs[0].text = "文件编号：JZTV-HR-JD-2025-01　　内部资料　注意保存"
        d.add_heading(f"岗位：{name}", 1)
        t = d.add_table(rows=3, cols=3); t.style = "Table Grid"
        collab = {"新闻编导": "记者、摄像师、后期剪辑师", "记者": "摄像师、新闻编导", "摄像师": "记者、后期剪辑师"}[name]
        t.cell(0, 1).text = f"直接上级\n{p['boss']}"
        t.cell(1, 0).text = f"所属部门\n{p['dept']}"
        t.cell(1, 1).text = f"【{name}】"
        t.cell(1, 2).text = f"协作岗位\n{collab}"
        t.cell(2, 1).text = f"直接下属\n{p['subs']}"
        if name == "记者":
            d.add_paragraph("〔修订注：原“直接上级：新闻部主任”，自2025年3月起采访部单设，记者改由采访部主任管理。——人力资源部 张琳 2025-02-20〕")
        d.add_paragraph("一、岗位职责")
        for i, du in enumerate(p["duties"]):
            d.add_paragraph(f"职责{CN[i]}　{du}。")
        d.add_paragraph("二、任职资格与工作条件")
        q = d.add_table(rows=7, cols=3); q.style = "Table Grid"
        rows = [("学历", p["edu"]), ("专业", p["major"]), ("工作经验", p["exp"]), ("资格证书", p["cert"]),
                ("工作地点", p["loc"]), ("工作时间", p["shift"]), ("薪酬", f"月薪{p['pay']}元")]
        for i, (k, v) in enumerate(rows):
            q.cell(i, 1).text = k; q.cell(i, 2).text = v
        a = q.cell(0, 0).merge(q.cell(3, 0)); a.text = "任职资格"
        b = q.cell(4, 0).merge(q.cell(6, 0)); b.text = "工作条件"
    d.save(os.path.join(OUT, fn))
    TRUTH["files"][fn] = "新闻编导/记者/摄像师: per-post section with own header/footer; 3x3 relation cross table (上级 top, 部门 left, 协作 right, 下属 bottom); 职责一..五 paragraphs; 任职资格/工作条件 merged-left table incl. 地点/班次/月薪; 记者 revision note: boss was 新闻部主任, now 采访部主任."


# ------------------------------------------------------------------ 02 docx: one form per post, nested duty table, 略, named-only
def doc02():
    fn = "02_播音主持与节目制作岗位手册.docx"
    d = Document(); set_font(d)
    d.add_heading("播音主持部、节目制作部岗位手册", 0)
    d.add_paragraph("本手册适用于播音主持部和节目制作部。演播室灯光师由技术播出中心统一调配，其岗位要求不在本手册中规定。")
    for name in ["主持人", "后期剪辑师", "字幕员"]:
        d.add_paragraph("")
        t = d.add_table(rows=7, cols=4); t.style = "Table Grid"
        c = t.cell(0, 0).merge(t.cell(0, 3)); c.text = f"岗位名称：{name}"
        if name == "字幕员":
            vals = [("所属部门", "节目制作部", "直接上级", "节目制作部主任"),
                    ("学历", "", "专业", ""), ("工作经验", "", "证书", ""),
                    ("工作地点", "江州市广电大厦5楼制作区", "月薪（元）", "")]
        else:
            p = P[name]
            vals = [("所属部门", p["dept"], "直接上级", p["boss"]),
                    ("学历", p["edu"], "专业", p["major"]),
                    ("工作经验", p["exp"], "证书", p["cert"]),
                    ("工作地点", p["loc"], "月薪（元）", p["pay"])]
        for i, row in enumerate(vals, start=1):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
        t.cell(5, 0).text = "岗位职责"
        m = t.cell(5, 1).merge(t.cell(5, 3))
        if name == "字幕员":
            m.text = "略（见《节目制作部字幕规范》）"
        else:
            m.text = ""
            nt = m.add_table(rows=1 + len(P[name]["duties"]), cols=3)
            nt.style = "Table Grid"
            nt.cell(0, 0).text = "序号"; nt.cell(0, 1).text = "工作内容"; nt.cell(0, 2).text = "输出成果"
            outs = {"主持人": ["播出节目", "修改后的播出稿", "活动主持", "—", "短视频/直播"],
                    "后期剪辑师": ["成片", "包装素材", "播出成片", "归档记录"]}[name]
            for i, du in enumerate(P[name]["duties"], start=1):
                nt.cell(i, 0).text = str(i); nt.cell(i, 1).text = du; nt.cell(i, 2).text = outs[i - 1]
        t.cell(6, 0).text = "其他要求"
        o = t.cell(6, 1).merge(t.cell(6, 3))
        o.text = {"主持人": "形象气质佳，女身高165cm以上、男身高175cm以上；班次：" + P["主持人"]["shift"],
                  "后期剪辑师": P["后期剪辑师"]["skills"] + "；班次：" + P["后期剪辑师"]["shift"],
                  "字幕员": "略"}[name]
    d.add_paragraph("附：本手册由人力资源部负责解释。2024年版《播音员岗位规范》同时废止。")
    d.save(os.path.join(OUT, fn))
    TRUTH["files"][fn] = "主持人/后期剪辑师: 4-col form, title row merged, 岗位职责 cell holds nested table 序号|工作内容|输出成果; 其他要求 row (主持人 height, 后期 skills + 班次). 字幕员: empty 学历/专业/经验/证书/月薪, duties 略. 灯光师 only named in intro."


# ------------------------------------------------------------------ 03 xlsx KPI library: post section rows, score columns, 2-row header
def xlsx03():
    fn = "03_绩效考核指标库（2025年度）.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "填表说明"
    ws["A1"] = "江州广播电视台2025年度岗位绩效考核指标库"
    ws["A3"] = "1. 各岗位指标分值合计100分，按月度考核（广告销售经理、新媒体运营按季度考核）。"
    ws["A4"] = "2. 否决项：当月发生重大安全播出事故或重大新闻差错的，当月绩效得分为0。"
    ws["A5"] = "3. 目标值分“基本目标”和“挑战目标”，达到挑战目标的指标按120%计分。"
    sheets = {"新闻中心": ["新闻编导", "记者"], "技术播出中心": ["播控员", "技术保障工程师"],
              "广告经营中心": ["广告销售经理"], "融媒体中心": ["新媒体运营"]}
    for sname, posts in sheets.items():
        s = wb.create_sheet(sname)
        s.merge_cells("A1:H1"); s["A1"] = f"{sname}岗位绩效考核指标"; s["A1"].font = Font(bold=True, size=14)
        hdr = ["序号", "指标维度", "指标名称", "指标定义/计算公式", "分值"]
        for j, h in enumerate(hdr, start=1):
            s.cell(2, j, h); s.merge_cells(start_row=2, start_column=j, end_row=3, end_column=j)
        s.merge_cells("F2:G2"); s["F2"] = "目标值"; s["F3"] = "基本目标"; s["G3"] = "挑战目标"
        s["H2"] = "数据来源"; s.merge_cells("H2:H3")
        r = 4
        for post in posts:
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            s.cell(r, 1, f"▶ 考核岗位：{post}（{P[post]['dept']}）").font = Font(bold=True)
            r += 1; start = r
            src = {"新闻编导": "播出系统/CSM", "记者": "采编系统", "播控员": "播出日志", "技术保障工程师": "设备台账",
                   "广告销售经理": "财务系统", "新媒体运营": "平台后台"}[post]
            for i, (dim, nm, f, sc, b, st) in enumerate(KPI[post], start=1):
                for j, v in enumerate([i, dim, nm, f, sc, b, st, src], start=1):
                    s.cell(r, j, v)
                r += 1
            s.cell(r, 3, "小计"); s.cell(r, 5, f"=SUM(E{start}:E{r-1})")
            r += 2
        for col, w in zip("ABCDEFGH", [6, 10, 22, 36, 8, 14, 14, 14]):
            s.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    TRUTH["files"][fn] = "KPI: sheets per centre; posts as full-width '▶ 考核岗位：X（dept）' rows; header 2 rows with 目标值 merged over 基本/挑战; 分值 not %; 小计 =SUM formula. Posts: 新闻编导, 记者, 播控员, 技术保障工程师, 广告销售经理, 新媒体运营."


# ------------------------------------------------------------------ 04 xlsx qualification & pay, grouped headers, void sheet, comment
def xlsx04():
    fn = "04_岗位任职资格与薪酬标准.xlsx"
    wb = openpyxl.Workbook(); first = True
    seqs = {"采编播序列": ["新闻编导", "记者", "摄像师", "主持人", "后期剪辑师", "新媒体运营"],
            "技术序列": ["导播", "播控员", "技术保障工程师"], "经营序列": ["广告销售经理"]}
    for sname, posts in seqs.items():
        if first:
            s = wb.active; s.title = sname; first = False
        else:
            s = wb.create_sheet(sname)
        s.merge_cells("A1:K1"); s["A1"] = f"江州广播电视台岗位任职资格与薪酬标准——{sname}（2025年3月起执行）"
        for j, h in enumerate(["岗位", "所属部门", "直接上级"], start=1):
            s.cell(2, j, h); s.merge_cells(start_row=2, start_column=j, end_row=3, end_column=j)
        s.merge_cells("D2:H2"); s["D2"] = "任职资格"
        for j, h in enumerate(["学历", "专业", "工作经验", "证书", "其他"], start=4):
            s.cell(3, j, h)
        s.merge_cells("I2:K2"); s["I2"] = "工作安排与薪酬"
        for j, h in enumerate(["工作地点", "班次", "月薪（元）"], start=9):
            s.cell(3, j, h)
        for i, post in enumerate(posts, start=4):
            p = P[post]
            other = p.get("skills", "—")
            if post == "主持人":
                other = "女165cm以上、男175cm以上"
            for j, v in enumerate([post, p["dept"], p["boss"], p["edu"], p["major"], p["exp"], p["cert"], other,
                                   p["loc"], p["shift"], p["pay"]], start=1):
                s.cell(i, j, v).alignment = Alignment(wrap_text=True)
            if post == "记者":
                s.cell(i, 3).comment = Comment("2025年3月起由新闻部主任调整为采访部主任", "HR")
    v = wb.create_sheet("2023版（已废止）")
    v["A1"] = "2023版岗位任职资格（已废止，仅供查阅，以2025版为准）"
    v.append(["岗位", "直接上级", "学历", "工作经验", "月薪（元）"])
    v.append(["记者", "新闻部主任", "大专及以上", "1年以上", "6000-9000"])
    v.append(["新闻编导", "新闻部主任", "大专及以上", "2年以上", "7000-11000"])
    v.append(["播控员", "总控机房主任", "中专及以上", "不限", "5000-7000"])
    wb.save(os.path.join(OUT, fn))
    TRUTH["files"][fn] = "Attributes of 10 posts under grouped headers 任职资格 / 工作安排与薪酬; comment on 记者 boss; void sheet 2023版（已废止） with old 记者/新闻编导/播控员 values."


# ------------------------------------------------------------------ 05 csv: ATS export
def csv05():
    fn = "05_招聘需求_北森导出.csv"
    rows = []
    def num(l):
        return "\n".join(f"{i}) {x}；" for i, x in enumerate(l, start=1))
    for code, post, cnt in [("JZ2025-011", "广告销售经理", 1), ("JZ2025-014", "新媒体运营", 2), ("JZ2025-015", "后期剪辑师", 2)]:
        p = P[post]
        req = [f"{p['edu']}，{p['major']}", p["exp"]]
        if p.get("skills"):
            req.append(p["skills"])
        rows.append([code, post, p["dept"].split("·")[0], "江州市", p["edu"], p["exp"].split("，")[0],
                     p["pay"] + "元/月", cnt, num(p["duties"]), num(req), "招聘中", "2025-03-10"])
    rows.append(["JZ2024-032", "制片人", "节目制作部", "江州市", "本科及以上", "5年以上", "面议", 1,
                 "1) 负责《江州观察》栏目的整体运营与预算管理；\n2) 组织栏目选题与嘉宾邀约；", "1) 有栏目制片经验；", "已撤销（岗位合并）", "2024-09-01"])
    with open(os.path.join(OUT, fn), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["需求编号", "职位名称", "用人部门", "工作城市", "学历要求", "经验要求", "薪资范围", "招聘人数", "职位描述", "任职要求", "状态", "发布日期"])
        w.writerows(rows)
    TRUTH["files"][fn] = "ATS CSV: 广告销售经理, 新媒体运营, 后期剪辑师 (duties/requirements as numbered multi-line cells); 制片人 row 已撤销."


# ------------------------------------------------------------------ 06 html: aside <dl> facts after the duties
def html06():
    fn = "06_技术播出中心岗位介绍.html"
    cards = []
    for post in ["技术保障工程师", "导播"]:
        p = P[post]
        lis = "\n".join(f"        <li>{x}</li>" for x in p["duties"])
        req = [f"{p['edu']}，{p['major']}", p["exp"]]
        if p["cert"] != "无":
            req.append(p["cert"])
        reqs = "\n".join(f"        <li>{x}</li>" for x in req)
        cards.append(f"""  <article class="post" id="{post}">
    <h2 class="post-title">{post}</h2>
    <div class="body">
      <h4>主要工作</h4>
      <ol>
{lis}
      </ol>
      <h4>我们希望你</h4>
      <ul>
{reqs}
      </ul>
    </div>
    <aside class="facts">
      <dl>
        <dt>汇报给</dt><dd>{p['boss']}</dd>
        <dt>带领</dt><dd>{p['subs']}</dd>
        <dt>在哪上班</dt><dd>{p['loc']}</dd>
        <dt>怎么排班</dt><dd>{p['shift']}</dd>
        <dt>月薪</dt><dd>{p['pay']}元</dd>
      </dl>
    </aside>
  </article>""")
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>技术播出中心 - 岗位介绍 - 江州广电内网</title>
<style>.post{{display:flex}} .facts{{float:right;width:30%}}</style></head>
<body>
<nav class="top">首页 | 通知公告 | 规章制度 | 岗位介绍 | 内部招聘 | 通讯录</nav>
<div class="crumb">当前位置：内网首页 &gt; 技术播出中心 &gt; 岗位介绍</div>
<main>
  <p class="intro">技术播出中心下设演播室、总控机房和技术保障部，负责全台安全播出。总控机房播控员的岗位要求见《安全播出岗位责任制》。</p>
{chr(10).join(cards)}
</main>
<footer>江州广播电视台技术播出中心　版权所有　内网备案号 JZTV-0023</footer>
</body></html>
"""
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        f.write(html)
    TRUTH["files"][fn] = "技术保障工程师, 导播: <article> with h2, duties <ol> under 主要工作, reqs <ul> under 我们希望你, facts in <aside><dl> AFTER the duties with colloquial labels (汇报给/带领/在哪上班/怎么排班/月薪)."


# ------------------------------------------------------------------ 07 pdf: red-head notice with articles and attached table
def pdf07():
    fn = "07_安全播出岗位责任制.pdf"
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
    red = ParagraphStyle("r", fontName="WQY", fontSize=22, textColor=colors.red, alignment=1, leading=30)
    h = ParagraphStyle("h", fontName="WQY", fontSize=15, alignment=1, leading=22)
    n = ParagraphStyle("n", fontName="WQY", fontSize=10.5, leading=16)
    c = ParagraphStyle("c", fontName="WQY", fontSize=9, leading=13)
    st = [Paragraph("江州广播电视台文件", red), Paragraph("江广电〔2025〕12号", n), Spacer(1, 8),
          Paragraph("关于印发《安全播出岗位责任制》的通知", h), Spacer(1, 8),
          Paragraph("台属各部门：现将《安全播出岗位责任制》印发给你们，请认真贯彻执行。2021年印发的《播出值班制度》同时废止。", n),
          Spacer(1, 6)]
    arts = ["第一条　为确保全台广播电视节目安全、优质播出，依据《广播电视安全播出管理规定》，制定本责任制。",
            "第二条　安全播出实行“谁主管、谁负责，谁值班、谁负责”的原则，台长为安全播出第一责任人。",
            "第三条　技术播出中心负责全台播出系统的运行、维护和应急处置。",
            "第四条　导播、播控员的安全播出职责和任职条件见附表。",
            "第五条　技术保障工程师应保证备份设备处于随时可用状态，重大故障须15分钟内到场。",
            "第六条　发生停播、错播、插播非法信号等事故，值班人员须在5分钟内报告值班台领导，并于24小时内提交书面报告。",
            "第七条　对造成安全播出事故的责任人，视情节给予通报批评、扣发绩效直至解除劳动合同处理。",
            "第八条　本责任制自2025年4月1日起施行，由技术播出中心负责解释。"]
    st += [Paragraph(a, n) for a in arts]
    st += [PageBreak(), Paragraph("附表　安全播出岗位职责与任职条件", h), Spacer(1, 6)]
    data = [[Paragraph(x, c) for x in ["岗位", "直接上级", "安全播出职责", "任职条件", "班次"]]]
    for post in ["导播", "播控员"]:
        p = P[post]
        duty = "<br/>".join(f"{i}.{x}" for i, x in enumerate(p["duties"], start=1))
        cond = f"{p['edu']}；{p['major']}；{p['exp']}" + (f"；持{p['cert']}" if p["cert"] != "无" else "")
        data.append([Paragraph(post, c), Paragraph(p["boss"], c), Paragraph(duty, c), Paragraph(cond, c), Paragraph(p["shift"], c)])
    t = Table(data, colWidths=[45, 60, 200, 130, 80])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(t)
    def foot(canv, docu):
        canv.setFont("WQY", 8); canv.drawString(260, 20, f"— {docu.page} —")
    SimpleDocTemplate(os.path.join(OUT, fn), pagesize=A4).build(st, onFirstPage=foot, onLaterPages=foot)
    TRUTH["files"][fn] = "Red-head notice; 第一条..第八条 policy (第五条 技术保障工程师 15分钟到场; 第六条 5分钟报告); 附表 ruled table 岗位|直接上级|安全播出职责|任职条件|班次 for 导播, 播控员 with wrapped cells."


# ------------------------------------------------------------------ 08 md: handbook with transposed fact table, task-list duties, 略, vacancy
def md08():
    fn = "08_新媒体部工作手册.md"
    p = P["新媒体运营"]
    duties = "\n".join(f"- [ ] {x}" for x in p["duties"])
    txt = f"""# 融媒体中心新媒体部工作手册

> 版本：V1.2（2025年2月）　维护人：新媒体部

## 一、部门简介

新媒体部负责“江州TV”全平台账号的内容生产与运营，目前设新媒体运营岗，短视频编导岗正在筹建中。

## 二、新媒体运营

| 项目 | 新媒体运营 |
| --- | --- |
| 汇报对象 | {p['boss']} |
| 学历/专业 | {p['edu']}，{p['major']} |
| 经验 | {p['exp']} |
| 技能 | {p['skills']} |
| 办公地点 | {p['loc']} |
| 排班 | {p['shift']} |

### 每日工作清单

{duties}

### 发布红线

1. 涉及时政的内容须经值班编委审核后发布；
2. 不得转载未经核实的网络信息。

## 三、短视频编导

岗位筹建中，职责与任职要求待定。

## 四、考核办法

略（按《2025年度绩效考核指标库》执行）。
"""
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        f.write(txt)
    TRUTH["files"][fn] = "新媒体运营: transposed 2-col fact table (项目|新媒体运营), duties as '- [ ]' task list; 短视频编导 待定 (near miss); 考核办法 略."


# ------------------------------------------------------------------ 09 GBK: 主持人出镜管理规定
def txt09():
    fn = "09_主持人出镜管理规定.txt"
    p = P["主持人"]
    lines = ["江州广播电视台主持人出镜管理规定", "", "（播音主持部制定　2025年1月修订）", "",
             "§1　适用范围", "　　本规定适用于台内全体主持人（含签约主持人）。", "",
             "§2　管理关系", f"　　主持人归口播音主持部管理，直接上级为{p['boss']}。", "",
             "§3　岗位职责"]
    lines += [f"　　（{i}）{x}；" for i, x in enumerate(p["duties"], start=1)]
    lines += ["", "§4　出镜要求",
              "　　（1）出镜前2小时到岗，完成化妆、备稿；",
              "　　（2）着装须符合节目定位，新闻类节目着正装，不得佩戴夸张饰品；",
              "　　（3）出镜时不得出现口播差错，每月口播差错超过3次的暂停出镜一周。", "",
              "§5　任职条件",
              f"　　学历：{p['edu']}　　专业：{p['major']}",
              f"　　证书：{p['cert']}",
              f"　　经验：{p['exp']}", "",
              "§6　商业活动",
              "　　主持人参加台外商业活动，须提前10个工作日提出书面申请，经播音主持部主任和分管台领导批准后方可参加。", "",
              "§7　附则", "　　本规定由播音主持部负责解释。"]
    with open(os.path.join(OUT, fn), "w", encoding="gbk", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")
    TRUTH["files"][fn] = "GBK CRLF; 主持人 §2 boss, §3 duties (1)-(5), §4 出镜要求 (2小时 before; >3 口播差错/月 → 暂停一周), §5 任职条件, §6 商业活动 10个工作日 申请."


# ------------------------------------------------------------------ 10 UTF-16: org as path lines
def txt10():
    fn = "10_组织架构路径表.txt"
    lines = ["# 江州广播电视台组织架构（路径表，自上而下，“>”表示下级）", "# 更新日期：2025-03-01", "",
             "台长 > 新闻中心主任 > 新闻部主任 > 新闻编导",
             "台长 > 新闻中心主任 > 采访部主任 > 记者",
             "台长 > 新闻中心主任 > 摄像部主任 > 摄像师",
             "台长 > 播音主持部主任 > 主持人",
             "台长 > 节目制作部主任 > 后期剪辑师",
             "台长 > 节目制作部主任 > 字幕员",
             "台长 > 技术播出中心主任 > 技术播出中心副主任 > 导播 > 切换员",
             "台长 > 技术播出中心主任 > 技术播出中心副主任 > 导播 > 调音员",
             "台长 > 技术播出中心主任 > 技术播出中心副主任 > 灯光师",
             "台长 > 技术播出中心主任 > 播控组组长 > 播控员",
             "台长 > 技术播出中心主任 > 技术保障部主任 > 技术保障工程师",
             "台长 > 广告经营中心主任 > 广告销售经理 > 广告销售专员",
             "台长 > 融媒体中心主任 > 新媒体部主任 > 新媒体运营",
             "台长 > 融媒体中心主任 > 新媒体部主任 > 短视频编导（筹）"]
    with open(os.path.join(OUT, fn), "w", encoding="utf-16") as f:
        f.write("\n".join(lines) + "\n")
    TRUTH["files"][fn] = "UTF-16 org paths 'A > B > C'; 灯光师 under 技术播出中心副主任 (named only); 短视频编导（筹）."


for fn in [doc01, doc02, xlsx03, xlsx04, csv05, html06, pdf07, md08, txt09, txt10]:
    fn()
with open(os.path.join(os.path.dirname(OUT.rstrip("/")), "truth.json"), "w", encoding="utf-8") as f:
    json.dump(TRUTH, f, ensure_ascii=False, indent=1)
print("wrote", sorted(os.listdir(OUT)))
