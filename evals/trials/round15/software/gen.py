#!/usr/bin/env python3
"""Round 15 trial corpus: 云雀数智科技（杭州）有限公司 (internet / SaaS software company).

    T15_OUT=/tmp/t15s python evals/trials/round15/software/gen.py   ->  /tmp/t15s/corpus/ (10 files)

Deterministic: fixed zip timestamps and core properties (docx/xlsx), fixed PDF bytes.

Layouts:
  yq01 html  Confluence page export: breadcrumbs, nested <ul> duties, <table> with rowspan whose
             requirement rows are per 职级 P5/P6/P7 (pay in a rowspan cell)
  yq02 docx  职级体系: 测试工程师 requirements per level 初级/中级/高级 in a table, + 测试开发工程师
  yq03 docx  飞书 document export: emoji headings, one-cell "callout" tables holding 部门｜汇报给｜地点,
             bullet lists (SRE, 技术总监)
  yq04 xlsx  OKR (O / KR rows, weights) sheet + KPI sheets with merged 岗位 column
  yq05 pdf   招聘简章 with two posts side by side in two columns per page (embedded subset TrueType)
  yq06 md    English + Chinese headings "Data Analyst（数据分析师）", bilingual bold labels
  yq07 csv   ATS export with English headers and multi-line quoted cells
  yq08 txt   e-mail style internal referral posting (headers, 1）2）numbering, signature)
  yq09 docx  employee handbook excerpt (articles 第X条)
  yq10 txt   reporting-line table written with full-width bars
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

OUT = Path(os.environ.get("T15_OUT", "/tmp/t15s")) / "corpus"
FIXED_DT = (2024, 3, 15, 9, 0, 0)
FIXED = datetime(2024, 3, 15, 9, 0, 0)
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def normalize_zip(path: Path) -> None:
    src = zipfile.ZipFile(path)
    members = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>2024-03-15T09:00:00Z\g<3>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def set_core(props, title):
    props.author = "云雀科技人力行政部"
    props.last_modified_by = "云雀科技人力行政部"
    props.title = title
    props.created = FIXED
    props.modified = FIXED
    try:
        props.revision = 1
        props.last_printed = FIXED
    except Exception:
        pass


# =============================================================== yq01 html (Confluence export)
YQ01 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>研发中心 : 后端与前端开发岗位职级说明 - 云雀科技 Confluence</title>
<link rel="stylesheet" href="styles/site.css" type="text/css">
</head>
<body class="theme-default aui-theme-default">
<div id="page">
<div id="main" class="aui-page-panel">
<div id="main-header">
<div id="breadcrumb-section">
<ol id="breadcrumbs">
<li class="first"><span><a href="index.html">研发中心</a></span></li>
<li><span><a href="岗位与职级.html">岗位与职级</a></span></li>
</ol>
</div>
<h1 id="title-heading" class="pagetitle"><span id="title-text">研发中心 : 后端与前端开发岗位职级说明</span></h1>
</div>
<div id="content" class="view">
<div class="page-metadata">由 张敏 创建, 最终由 周启航 修改于 2024-03-05</div>
<div id="main-content" class="wiki-content group">
<div class="confluence-information-macro confluence-information-macro-information"><span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span><div class="confluence-information-macro-body">
<p>本页适用于研发中心后端组、前端组。职级定义参照《研发序列职级标准 V2.1》，如有冲突以职级标准为准。</p>
</div></div>
<h2 id="id-后端与前端开发岗位职级说明-1.后端开发工程师（Backend）">1. 后端开发工程师（Backend）</h2>
<p><strong>所属部门：</strong>研发中心-后端组　　<strong>汇报对象：</strong>后端组长（Tech Lead）</p>
<p><strong>工作地点：</strong>杭州（滨江区）</p>
<h3 id="id-后端与前端开发岗位职级说明-岗位职责">岗位职责</h3>
<ul>
<li>核心业务开发
<ul>
<li>负责 SaaS 平台订单、计费、权限等核心微服务的设计与开发；</li>
<li>编写接口文档和单元测试，新增代码单测覆盖率不低于70%；</li>
</ul>
</li>
<li>系统稳定性
<ul>
<li>参与线上问题排查，配合 SRE 完成容量评估和故障复盘；</li>
<li>优化慢 SQL 与接口性能，核心接口 P99 延迟控制在200ms以内；</li>
</ul>
</li>
<li>技术建设
<ul>
<li>参与代码评审（Code Review），沉淀技术文档和最佳实践。</li>
</ul>
</li>
</ul>
<h3 id="id-后端与前端开发岗位职级说明-任职要求（分职级）">任职要求（分职级）</h3>
<div class="table-wrap"><table class="confluenceTable"><colgroup><col><col><col><col></colgroup><tbody>
<tr><th class="confluenceTh">职级</th><th class="confluenceTh">维度</th><th class="confluenceTh">要求</th><th class="confluenceTh">月薪范围</th></tr>
<tr><td rowspan="3" class="confluenceTd">P5</td><td class="confluenceTd">学历/经验</td><td class="confluenceTd">本科及以上学历，计算机相关专业；1-3年 Java 或 Go 开发经验</td><td rowspan="3" class="confluenceTd">15-25K·14薪</td></tr>
<tr><td class="confluenceTd">技术能力</td><td class="confluenceTd">熟悉 Spring Boot 或 Gin 框架，熟悉 MySQL、Redis</td></tr>
<tr><td class="confluenceTd">通用能力</td><td class="confluenceTd">能在指导下独立完成模块开发</td></tr>
<tr><td rowspan="3" class="confluenceTd">P6</td><td class="confluenceTd">学历/经验</td><td class="confluenceTd">本科及以上学历；3-5年后端开发经验</td><td rowspan="3" class="confluenceTd">25-40K·14薪</td></tr>
<tr><td class="confluenceTd">技术能力</td><td class="confluenceTd">熟悉 Kafka、Elasticsearch，有微服务和分布式事务实践；熟悉 Docker 和 K8s</td></tr>
<tr><td class="confluenceTd">通用能力</td><td class="confluenceTd">能独立负责一个业务域的技术方案设计</td></tr>
<tr><td rowspan="3" class="confluenceTd">P7</td><td class="confluenceTd">学历/经验</td><td class="confluenceTd">本科及以上学历；5年以上后端开发经验，有日均亿级请求的高并发系统设计经验</td><td rowspan="3" class="confluenceTd">40-60K·14薪</td></tr>
<tr><td class="confluenceTd">技术能力</td><td class="confluenceTd">精通 JVM 调优或 Go 运行时原理，主导过系统架构升级</td></tr>
<tr><td class="confluenceTd">通用能力</td><td class="confluenceTd">能带领3-5人小组，指导初级工程师成长</td></tr>
</tbody></table></div>
<p><strong>加分项：</strong>有开源项目贡献；有 SaaS 多租户架构经验。</p>
<h2 id="id-后端与前端开发岗位职级说明-2.前端开发工程师（Frontend）">2. 前端开发工程师（Frontend）</h2>
<p><strong>所属部门：</strong>研发中心-前端组　　<strong>汇报对象：</strong>前端组长</p>
<p><strong>工作地点：</strong>杭州（滨江区），可申请远程办公（每月到岗不少于1周）</p>
<h3 id="id-后端与前端开发岗位职级说明-岗位职责.1">岗位职责</h3>
<ul>
<li>业务开发
<ul>
<li>负责 Web 管理后台和 H5 页面开发，技术栈为 React + TypeScript；</li>
<li>与 UI 设计师、后端工程师协作，还原设计稿并完成接口联调；</li>
</ul>
</li>
<li>前端工程化
<ul>
<li>维护公司组件库和前端脚手架，推进 Vite 构建优化；</li>
<li>负责页面性能优化，核心页面首屏加载时间控制在2秒以内；</li>
</ul>
</li>
<li>质量保障
<ul>
<li>为公共组件编写 Jest 单元测试，参与前端代码评审。</li>
</ul>
</li>
</ul>
<h3 id="id-后端与前端开发岗位职级说明-任职要求（分职级）.1">任职要求（分职级）</h3>
<div class="table-wrap"><table class="confluenceTable"><colgroup><col><col><col><col></colgroup><tbody>
<tr><th class="confluenceTh">职级</th><th class="confluenceTh">维度</th><th class="confluenceTh">要求</th><th class="confluenceTh">月薪范围</th></tr>
<tr><td rowspan="2" class="confluenceTd">P5</td><td class="confluenceTd">学历/经验</td><td class="confluenceTd">本科及以上学历（特别优秀者可放宽至大专）；1-3年前端开发经验</td><td rowspan="2" class="confluenceTd">12-20K·14薪</td></tr>
<tr><td class="confluenceTd">技术能力</td><td class="confluenceTd">熟悉 React 或 Vue，掌握 ES6、CSS3 和浏览器兼容处理</td></tr>
<tr><td rowspan="2" class="confluenceTd">P6</td><td class="confluenceTd">学历/经验</td><td class="confluenceTd">本科及以上学历；3-5年前端开发经验</td><td rowspan="2" class="confluenceTd">20-35K·14薪</td></tr>
<tr><td class="confluenceTd">技术能力</td><td class="confluenceTd">精通 React 与 TypeScript，有组件库或微前端（qiankun）落地经验</td></tr>
<tr><td rowspan="2" class="confluenceTd">P7</td><td class="confluenceTd">学历/经验</td><td class="confluenceTd">本科及以上学历；5年以上前端开发经验</td><td rowspan="2" class="confluenceTd">35-50K·14薪</td></tr>
<tr><td class="confluenceTd">技术能力</td><td class="confluenceTd">主导过大型前端架构设计或性能优化项目，熟悉 Node.js 服务端开发</td></tr>
</tbody></table></div>
<p><strong>面试流程：</strong>简历筛选 → 笔试（在线编程）→ 技术面两轮 → HR面。</p>
</div>
</div>
<div id="footer" role="contentinfo"><section class="footer-body"><p>文档生成于 2024-03-05 18:02</p><div id="footer-logo"><a href="https://www.atlassian.com/">Atlassian</a></div></section></div>
</div>
</div>
</body>
</html>
"""


def yq01():
    (OUT / "yq01_研发中心开发岗位职级说明.html").write_text(YQ01, encoding="utf-8")


# =============================================================== yq02 docx 职级体系 (测试)
def yq02():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    set_core(d.core_properties, "质量保障组测试岗位职级体系")
    d.sections[0].header.paragraphs[0].text = "云雀数智科技　研发中心管理文件"
    p = d.add_paragraph()
    r = p.add_run("质量保障组测试岗位职级体系（2024版）")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("文件编号：YQ-RD-QA-002　　编制：研发中心质量保障组　　审核：技术总监")
    d.add_heading("一、适用范围", level=1)
    d.add_paragraph("本体系适用于研发中心质量保障组的测试工程师和测试开发工程师两个岗位，"
                    "作为招聘定级、年度晋升评审和调薪的依据。")
    d.add_heading("二、测试工程师", level=1)
    d.add_heading("（一）基本信息", level=2)
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for (r_, c_), v in {(0, 0): "岗位名称", (0, 1): "测试工程师", (0, 2): "所属部门", (0, 3): "研发中心-质量保障组",
                        (1, 0): "直接上级", (1, 1): "测试经理", (1, 2): "工作地点", (1, 3): "杭州"}.items():
        t.cell(r_, c_).text = v
    d.add_heading("（二）岗位职责", level=2)
    for s in ["1. 参与需求评审，编写测试计划和测试用例；",
              "2. 执行功能测试、回归测试和兼容性测试，使用 Jira 跟踪缺陷直至关闭；",
              "3. 负责版本发布前的冒烟测试和上线后的线上验证；",
              "4. 编写测试报告，统计和分析缺陷分布；",
              "5. 维护测试环境与测试数据。"]:
        d.add_paragraph(s)
    d.add_heading("（三）分级任职要求", level=2)
    rows = [
        ("级别", "对应职级", "学历与经验", "能力要求", "证书"),
        ("初级", "P4", "大专及以上学历，0-2年测试经验（接受应届生）",
         "掌握等价类、边界值等用例设计方法，会使用 Postman 进行接口测试", "无要求"),
        ("中级", "P5", "本科及以上学历，2-4年软件测试经验",
         "熟悉 SQL 和 Linux 常用命令，能用 Python 编写简单自动化脚本", "ISTQB 基础级或软考软件评测师优先"),
        ("高级", "P6", "本科及以上学历，5年以上软件测试经验",
         "能搭建 Selenium/Appium 自动化测试框架，有 JMeter 性能测试经验，能主导大版本测试", "须持有软考软件评测师（中级）证书"),
    ]
    t = d.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_heading("（四）晋升说明", level=2)
    d.add_paragraph("初级晋升中级：在本级别满1年，且上一年度绩效为B及以上。")
    d.add_paragraph("中级晋升高级：在本级别满2年，且作为测试负责人主导过至少2个大版本测试。")
    d.add_heading("三、测试开发工程师", level=1)
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for (r_, c_), v in {(0, 0): "岗位名称", (0, 1): "测试开发工程师", (0, 2): "对应职级", (0, 3): "P6",
                        (1, 0): "直接上级", (1, 1): "测试经理", (1, 2): "薪资范围", (1, 3): "25-35K·14薪"}.items():
        t.cell(r_, c_).text = v
    d.add_paragraph("岗位职责：")
    for s in ["1. 设计开发自动化测试平台和接口自动化框架（基于 Pytest）；",
              "2. 将自动化用例接入 GitLab CI 流水线，实现每日构建后自动回归；",
              "3. 开发 Mock 服务和测试数据构造工具，提升测试效率；",
              "4. 推动核心链路接口自动化覆盖率达到80%。"]:
        d.add_paragraph(s)
    d.add_paragraph("任职要求：")
    for s in ["1. 本科及以上学历，计算机相关专业；",
              "2. 3年以上测试开发经验；",
              "3. 熟练掌握 Python 或 Java，熟悉 Pytest、Docker 和 Git；",
              "4. 有性能测试或混沌工程经验者优先。"]:
        d.add_paragraph(s)
    d.add_paragraph("注：测试经理岗位说明另行发布。")
    path = OUT / "yq02_测试岗位职级体系.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== yq03 docx (飞书 export)
def yq03():
    import docx
    from docx.shared import Pt

    d = docx.Document()
    set_core(d.core_properties, "基础架构与研发管理岗位说明")
    d.add_heading("基础架构与研发管理岗位说明", level=0)
    d.add_paragraph("飞书文档 · 研发中心 / 招聘与岗位 · 最后更新 2024年3月8日")

    def callout(text):
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        t.cell(0, 0).text = text

    def bullets(items):
        for s in items:
            d.add_paragraph(s, style="List Bullet")

    d.add_heading("运维工程师（SRE）", level=1)
    callout("💡 所属部门：研发中心-基础架构组 ｜ 汇报给：基础架构负责人 ｜ 工作地点：杭州 ｜ 职级：P6-P7")
    d.add_heading("🧰 你将负责", level=2)
    bullets(["负责公司 SaaS 平台在阿里云上的 Kubernetes 集群运维，保障核心服务可用性达到99.95%；",
             "建设 Prometheus + Grafana 监控告警体系，持续降低无效告警；",
             "参与7×24小时 On-call 轮值，处理线上故障并组织故障复盘；",
             "通过 Terraform、Ansible 推进基础设施即代码（IaC）；",
             "维护 Jenkins 和 ArgoCD 持续交付流水线；",
             "管控云资源成本，每季度输出成本优化报告。"])
    d.add_heading("🎯 我们希望你", level=2)
    bullets(["本科及以上学历，计算机、网络工程相关专业；",
             "3年以上运维或 SRE 工作经验；",
             "精通 Linux，熟悉 Kubernetes、Docker 和 Nginx；",
             "至少熟练掌握 Shell、Python、Go 中的一种；",
             "持有 CKA 证书或阿里云 ACE 认证者优先。"])
    d.add_heading("💰 薪酬与工作方式", level=2)
    d.add_paragraph("薪资 25-45K·14薪；参与 On-call 轮值另发值班补贴（工作日200元/晚，节假日400元/天）。")

    d.add_heading("技术总监", level=1)
    callout("💡 所属部门：研发中心 ｜ 汇报给：CTO ｜ 下属：后端组长、前端组长、测试经理、基础架构负责人 ｜ 工作地点：杭州")
    d.add_heading("🧰 你将负责", level=2)
    bullets(["制定研发中心技术路线和年度技术规划，推动技术架构演进；",
             "管理约60人的研发团队，负责团队搭建、梯队建设和绩效考核；",
             "主导核心系统架构评审，对系统稳定性和数据安全合规负责；",
             "把控研发项目的进度与质量，推行 Scrum 敏捷开发流程；",
             "编制和控制研发预算，与产品部共同制定产品路线图。"])
    d.add_heading("🎯 我们希望你", level=2)
    bullets(["本科及以上学历，计算机相关专业，硕士优先；",
             "10年以上软件研发经验，其中5年以上30人以上技术团队管理经验；",
             "有大型 SaaS 或互联网平台的架构设计经验；",
             "熟悉 Java/Go 技术栈和云原生架构，了解等保2.0要求。"])
    d.add_heading("💰 薪酬与工作方式", level=2)
    d.add_paragraph("年薪 80-120万，另授予股票期权。")
    for p in d.paragraphs:
        for r in p.runs:
            r.font.size = r.font.size or Pt(11)
    path = OUT / "yq03_基础架构与研发管理岗位说明_飞书导出.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== yq04 xlsx OKR + KPI
def yq04():
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    set_core(wb.properties, "2024年度OKR与KPI考核表")
    ws = wb.active
    ws.title = "研发中心Q2 OKR"
    ws.append(["研发中心 2024年第二季度 OKR"])
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["部门", "研发中心", "负责人", "技术总监", "评分方式", "0-1.0分，0.7为达标"])
    ws.append(["类型", "编号", "内容", "权重", "衡量方式", "责任人"])
    okr = [
        ("O", "O1", "提升平台稳定性", "40%", "", "技术总监"),
        ("KR", "KR1.1", "核心服务月度可用性达到99.95%", "15%", "可用时长÷总时长，以监控平台数据为准", "基础架构负责人"),
        ("KR", "KR1.2", "P1级故障不超过1次/季度", "15%", "以故障复盘记录为准", "基础架构负责人"),
        ("KR", "KR1.3", "平均故障恢复时间（MTTR）缩短至30分钟以内", "10%", "各次故障恢复时长之和÷故障次数", "基础架构负责人"),
        ("O", "O2", "提升研发交付效率", "35%", "", "技术总监"),
        ("KR", "KR2.1", "需求按期交付率达到90%", "15%", "按期交付需求数÷计划交付需求数×100%", "后端组长、前端组长"),
        ("KR", "KR2.2", "线上缺陷逃逸率不高于5%", "10%", "线上缺陷数÷（测试阶段缺陷数+线上缺陷数）×100%", "测试经理"),
        ("KR", "KR2.3", "核心链路接口自动化覆盖率达到80%", "10%", "已自动化接口数÷核心链路接口总数", "测试经理"),
        ("O", "O3", "建设工程师文化", "25%", "", "技术总监"),
        ("KR", "KR3.1", "每月组织技术分享不少于2次", "10%", "以分享会签到记录为准", "各组组长"),
        ("KR", "KR3.2", "代码评审覆盖率达到100%", "15%", "经评审合入的MR数÷合入MR总数", "各组组长"),
    ]
    for row in okr:
        ws.append(list(row))
    for col, w in zip("ABCDEF", (6, 8, 40, 8, 40, 18)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("销售与客户成功KPI")
    ws2.append(["岗位", "考核指标", "权重", "计算公式/定义", "目标值", "数据来源", "考核周期"])
    sales = [
        ("销售经理", [
            ("新签合同额", "40%", "考核期内新签并完成首付款的合同金额", "≥300万元/季度", "CRM", "季度"),
            ("回款率", "20%", "实际回款金额÷应回款金额×100%", "≥95%", "财务系统", "季度"),
            ("新客户数", "15%", "考核期内首次签约的客户数量", "≥6家/季度", "CRM", "季度"),
            ("销售漏斗转化率", "15%", "赢单商机数÷有效商机数×100%", "≥20%", "CRM", "季度"),
            ("CRM录入及时率", "10%", "24小时内录入的拜访记录数÷拜访总数", "100%", "CRM", "月度"),
        ]),
        ("客户成功经理", [
            ("客户续费率", "35%", "到期已续费客户数÷到期客户总数×100%", "≥85%", "CRM", "季度"),
            ("净收入留存率（NRR）", "25%", "（期初客户本期收入）÷期初客户上期收入×100%", "≥105%", "财务系统", "年度"),
            ("客户满意度（CSAT）", "15%", "季度满意度问卷平均分", "≥4.5分（5分制）", "问卷系统", "季度"),
            ("增购金额", "15%", "存量客户新增模块或账号的合同金额", "≥50万元/季度", "CRM", "季度"),
            ("工单响应及时率", "10%", "2小时内响应的工单数÷工单总数×100%", "≥98%", "工单系统", "月度"),
        ]),
        ("实施工程师", [
            ("项目按期上线率", "40%", "按计划日期上线的项目数÷应上线项目数×100%", "≥90%", "项目管理系统", "季度"),
            ("客户验收一次通过率", "30%", "一次通过验收的项目数÷验收项目总数×100%", "≥85%", "验收单", "季度"),
            ("实施文档完整率", "15%", "按模板提交齐全的交付文档项目数÷项目总数", "100%", "项目管理系统", "季度"),
            ("客户培训满意度", "15%", "培训后问卷平均分", "≥4.3分（5分制）", "问卷系统", "季度"),
        ]),
    ]
    r = 2
    for post, inds in sales:
        start = r
        for ind in inds:
            ws2.append([post if r == start else None, *ind])
            r += 1
        ws2.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws2.cell(start, 1).alignment = Alignment(vertical="center")

    ws3 = wb.create_sheet("人力行政部KPI")
    ws3.append(["人力行政部 2024年度岗位KPI"])
    ws3.merge_cells("A1:F1")
    ws3.append(["岗位", "考核指标", "权重", "计算公式/定义", "目标值", "考核周期"])
    hr = [
        ("招聘专员", [
            ("招聘完成率", "30%", "实际到岗人数÷计划招聘人数×100%", "≥90%", "月度"),
            ("平均招聘周期", "20%", "从需求审批到候选人接受offer的平均天数", "技术岗≤30天", "月度"),
            ("试用期离职率", "20%", "试用期内离职人数÷同期入职人数×100%", "≤10%", "季度"),
            ("渠道成本控制", "15%", "实际招聘费用÷招聘预算×100%", "≤100%", "季度"),
            ("候选人体验评分", "15%", "面试后候选人问卷平均分", "≥4.5分", "季度"),
        ]),
        ("HRBP", [
            ("关键人才保留率", "30%", "期末在职关键人才数÷期初关键人才数×100%", "≥95%", "年度"),
            ("业务部门满意度", "25%", "对接部门负责人评分平均值", "≥4.5分", "半年度"),
            ("绩效考核按期完成率", "20%", "按期完成考核的员工数÷应考核员工数×100%", "100%", "季度"),
            ("人均营收增长率", "25%", "（本期人均营收-上期人均营收）÷上期人均营收×100%", "≥10%", "年度"),
        ]),
    ]
    r = 3
    for post, inds in hr:
        start = r
        for ind in inds:
            ws3.append([post if r == start else None, *ind])
            r += 1
        ws3.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    path = OUT / "yq04_2024年度OKR与KPI考核表.xlsx"
    wb.save(str(path))
    normalize_zip(path)


# =============================================================== yq05 pdf two-column 招聘简章
YQ05_TITLE = "云雀数智科技2024春季社会招聘简章"
YQ05_COLS = [
    # page 1
    ([
        "【销售经理（华东区）】",
        "工作地点：上海 ｜ 招聘人数：3人",
        "薪资：底薪15-20K+提成，年包40-70万",
        "汇报对象：华东区销售总监",
        "岗位职责：",
        "1. 负责华东区中大型企业客户开拓，",
        "完成季度销售目标；",
        "2. 挖掘客户需求，组织产品演示和",
        "解决方案讲解；",
        "3. 推进商务谈判、投标与合同签订，",
        "跟进回款；",
        "4. 维护CRM商机数据，每周更新销售漏斗。",
        "任职要求：",
        "1. 本科及以上学历，专业不限；",
        "2. 3年以上To B软件或SaaS销售经验；",
        "3. 有独立签单50万以上案例者优先；",
        "4. 能适应经常出差。",
    ], [
        "【客户成功经理（CSM）】",
        "工作地点：杭州 ｜ 招聘人数：2人",
        "薪资：15-25K·13薪+续费奖金",
        "汇报对象：客户成功部总监",
        "岗位职责：",
        "1. 负责签约客户上线后的持续运营，",
        "提升产品使用活跃度；",
        "2. 定期开展客户回访和季度业务回顾",
        "（QBR）；",
        "3. 识别续费风险和增购机会，完成续费指标；",
        "4. 收集客户反馈并同步给产品部。",
        "任职要求：",
        "1. 本科及以上学历，市场营销、管理类",
        "专业优先；",
        "2. 2年以上客户成功、大客户运营或",
        "售后服务经验；",
        "3. 熟练使用Excel和CRM系统；",
        "4. 有SaaS行业经验者优先。",
    ]),
    # page 2
    ([
        "【实施工程师】",
        "工作地点：杭州/南京/合肥（需驻场）",
        "招聘人数：4人",
        "薪资：10-16K·13薪，出差补助150元/天",
        "汇报对象：实施交付经理",
        "岗位职责：",
        "1. 负责客户现场系统部署、数据迁移和",
        "参数配置；",
        "2. 对客户管理员和最终用户开展培训；",
        "3. 编写实施方案、上线报告等交付文档；",
        "4. 收集客户问题，协同研发处理缺陷。",
        "任职要求：",
        "1. 大专及以上学历，计算机、信息管理",
        "相关专业；",
        "2. 1年以上软件实施经验；",
        "3. 熟悉MySQL或SQL Server，会写基本SQL；",
        "4. 能接受长期出差（出差比例约60%）。",
    ], [
        "【福利待遇】",
        "五险一金（公积金按12%缴纳）；",
        "年度体检、补充商业医疗保险；",
        "弹性工作制，带薪年假；",
        "节日福利、生日会、年度旅游。",
        "【应聘方式】",
        "简历投递：hr@yunque-tech.cn",
        "邮件标题：应聘岗位+姓名+城市",
        "面试地点：杭州市滨江区网商路599号",
        "（上海、南京岗位可视频面试）",
    ]),
]


def yq05():
    from fontTools import subset
    from fontTools.ttLib import TTFont

    texts = [YQ05_TITLE, "云雀数智科技（杭州）有限公司 人力行政部", "第 1 页 共 2 页", "第 2 页 共 2 页"]
    for left, right in YQ05_COLS:
        texts += left + right
    chars = sorted(set("".join(texts)) | {" "})
    font = TTFont(FONT_PATH, fontNumber=0, recalcTimestamp=False, recalcBBoxes=False)
    opts = subset.Options()
    opts.retain_gids = False
    opts.layout_features = []
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    opts.notdef_outline = True
    opts.hinting = False
    opts.drop_tables += ["FFTM", "GPOS", "GSUB", "GDEF", "vhea", "vmtx"]
    ss = subset.Subsetter(opts)
    ss.populate(unicodes=[ord(c) for c in chars])
    ss.subset(font)
    fbuf = io.BytesIO()
    font.save(fbuf)
    fontdata = fbuf.getvalue()
    cmap = font.getBestCmap()
    upem = font["head"].unitsPerEm
    hmtx = font["hmtx"]
    gid = {c: font.getGlyphID(cmap[ord(c)]) for c in chars}
    width = {c: round(hmtx[cmap[ord(c)]][0] * 1000 / upem) for c in chars}

    def enc(s):
        return "".join(f"{gid[c]:04X}" for c in s)

    def tw(s, size):
        return sum(width[c] for c in s) * size / 1000

    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    ff = zlib.compress(fontdata, 9)
    ff_no = add(f"<< /Length {len(ff)} /Length1 {len(fontdata)} /Filter /FlateDecode >>\nstream\n".encode()
                + ff + b"\nendstream")
    fd = add(f"<< /Type /FontDescriptor /FontName /YQAAAA+WenQuanYiMicroHei /Flags 4 "
             f"/FontBBox [-100 -250 1100 950] /ItalicAngle 0 /Ascent 937 /Descent -236 /CapHeight 700 "
             f"/StemV 80 /FontFile2 {ff_no} 0 R >>".encode())
    wparts = " ".join(f"{gid[c]} [{width[c]}]" for c in sorted(chars, key=lambda c: gid[c]))
    cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /YQAAAA+WenQuanYiMicroHei "
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
               f"/FontDescriptor {fd} 0 R /DW 1000 /W [{wparts}] /CIDToGIDMap /Identity >>").encode())
    bf = "\n".join(f"<{gid[c]:04X}> <{ord(c):04X}>" for c in sorted(chars, key=lambda c: gid[c]))
    tu = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
          "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
          "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
          "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
          f"{len(chars)} beginbfchar\n{bf}\nendbfchar\n"
          "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").encode()
    tu_no = add(f"<< /Length {len(tu)} >>\nstream\n".encode() + tu + b"\nendstream")
    f0 = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /YQAAAA+WenQuanYiMicroHei /Encoding /Identity-H "
             f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu_no} 0 R >>".encode())
    pages_no = add(b"")
    kids = []
    XL, XR = 50, 310
    for pi, (left, right) in enumerate(YQ05_COLS):
        ops = []

        def text(x, y, size, s):
            ops.append(f"BT /F1 {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{enc(s)}> Tj ET")

        text(XL, 810, 9, "云雀数智科技（杭州）有限公司 人力行政部")
        text(297.5 - tw(YQ05_TITLE, 18) / 2, 770, 18, YQ05_TITLE)
        ops.append("0.8 w")
        ops.append(f"{XL} 752 m 545 752 l S")
        ops.append("0.4 w 300 740 m 300 120 l S")   # column rule
        for x, col in ((XL, left), (XR, right)):   # whole left column first, then right
            y = 728
            for s in col:
                size = 11 if s.startswith("【") else 9.5
                if s.startswith("【") and y != 728:
                    y -= 8
                text(x, y, size, s)
                y -= 17
        foot = f"第 {pi + 1} 页 共 2 页"
        text(297.5 - tw(foot, 9) / 2, 40, 9, foot)
        stream = zlib.compress("\n".join(ops).encode("ascii"), 9)
        content = add(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 595 842] "
                        f"/Resources << /Font << /F1 {f0} 0 R >> >> /Contents {content} 0 R >>".encode()))
    objs[pages_no - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>").encode()
    info = add("<< /Producer (WPS Office) /Title <FEFF{}> /CreationDate (D:20240315090000+08'00') >>".format(
        YQ05_TITLE.encode("utf-16-be").hex().upper()).encode())
    cat = add(f"<< /Type /Catalog /Pages {pages_no} 0 R >>".encode())
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    (OUT / "yq05_2024春季社会招聘简章.pdf").write_bytes(bytes(out))


# =============================================================== yq06 md mixed-language titles
YQ06 = """# Product & Data Team Openings｜产品与数据团队招聘

> Last updated 更新: 2024-03-10 · Owner 负责: 产品部 / 数据部 · 默认工作地点: 杭州滨江

---

## 1. Data Analyst（数据分析师）

**Team 所属团队:** 数据部 (Data Team)
**Reports to 汇报对象:** 数据部负责人
**Level 职级:** P5-P6
**Salary 薪资:** 18-30K·14薪

### Responsibilities｜岗位职责

- 搭建产品核心指标体系（DAU、留存、付费转化），维护周报和 BI 看板（Tableau / 帆软）
- 支持 A/B 实验的设计与效果评估
- 开展用户行为分析和客户流失预警分析，输出专题分析报告
- 与数仓工程师协作，推动埋点规范落地

### Requirements｜任职要求

- 本科及以上学历，统计学、数学、计算机相关专业
- 2年以上互联网数据分析经验
- 精通 SQL，熟悉 Python（pandas）或 R
- 有 SaaS 业务分析经验者优先；持有 CDA 数据分析师证书者优先

---

## 2. Product Manager（产品经理）

**Team 所属团队:** 产品部 (Product)
**Reports to 汇报对象:** 产品总监
**Level 职级:** P6-P7
**Salary 薪资:** 25-40K·14薪

### Responsibilities｜岗位职责

- 负责 CRM 产品线（客户管理、销售自动化模块）的规划与迭代
- 开展竞品分析和客户访谈，撰写 PRD 和原型（Axure / Figma）
- 协调研发、测试、UI 推进版本按期上线，每两周一个迭代
- 跟踪上线后的数据表现，持续优化产品体验

### Requirements｜任职要求

- 本科及以上学历，专业不限
- 3年以上 B 端或 SaaS 产品经验
- 熟练使用 Axure、Figma、Visio 等工具
- 持有 NPDP 产品经理国际资格认证者优先

---

## 3. UI Designer（UI设计师）

**Team 所属团队:** 产品部-设计组 (Design)
**Reports to 汇报对象:** 设计组长
**Level 职级:** P5
**Salary 薪资:** 15-22K·13薪

### Responsibilities｜岗位职责

- 负责 Web 后台和移动端的界面与交互设计
- 维护设计规范和组件库（Design System）
- 配合前端完成设计走查，保证还原度
- 参与用户调研和可用性测试

### Requirements｜任职要求

- 本科及以上学历，视觉传达、数字媒体等设计类专业
- 2年以上 UI 设计经验，应聘须提供作品集
- 熟练使用 Figma、Sketch、Photoshop
- 了解前端实现原理者优先

---

*Interested? 请将简历发送至 hr@yunque-tech.cn，标题注明 Position 岗位名称。*
"""


def yq06():
    (OUT / "yq06_product_data_openings.md").write_text(YQ06, encoding="utf-8")


# =============================================================== yq07 csv ATS export
def yq07():
    header = ["req_id", "job_title", "department", "location", "headcount", "hiring_manager", "salary_range",
              "education", "experience", "job_description", "requirements", "status", "posted_date"]
    rows = [
        ["REQ-2024-031", "项目经理", "交付中心", "杭州", "1", "交付中心总监", "20-30K·13薪", "本科", "5年以上",
         "1. 负责客户实施项目的整体计划、进度、成本和质量管理；\n"
         "2. 组织项目启动会和周例会，每周向客户和公司汇报项目进展；\n"
         "3. 管理项目风险和需求变更，项目毛利率不低于30%；\n"
         "4. 协调实施工程师、研发、测试等资源，确保项目按期验收。",
         "1. 本科及以上学历，计算机或管理类专业；\n"
         "2. 5年以上软件项目管理经验，管理过合同额500万以上的项目；\n"
         "3. 持有PMP证书，有软考高级（信息系统项目管理师）证书者优先；\n"
         "4. 熟练使用 Jira、Microsoft Project 等项目管理工具。",
         "Open", "2024-03-01"],
        ["REQ-2024-035", "HRBP", "人力行政部", "杭州", "1", "人力行政总监", "18-28K·13薪", "本科", "5年以上",
         "1. 对接研发中心和产品部，理解业务战略并提供人力资源解决方案；\n"
         "2. 推动OKR/KPI绩效考核落地，组织季度绩效校准会；\n"
         "3. 负责员工关系、离职面谈和关键人才保留；\n"
         "4. 协助部门负责人开展组织诊断和年度人才盘点。",
         "1. 本科及以上学历，人力资源管理、心理学相关专业；\n"
         "2. 5年以上HR工作经验，其中2年以上互联网公司HRBP经验；\n"
         "3. 熟悉劳动法律法规；\n"
         "4. 持有企业人力资源管理师二级证书者优先。",
         "Open", "2024-03-04"],
        ["REQ-2024-040", "招聘专员", "人力行政部", "杭州", "2", "人力行政总监", "8-12K·13薪", "本科", "1年以上",
         "1. 负责研发、测试、运维等技术岗位的全流程招聘，包括渠道发布、简历筛选、电话初筛和面试安排；\n"
         "2. 维护BOSS直聘、拉勾、猎聘等招聘渠道，管理猎头供应商；\n"
         "3. 组织校园招聘宣讲会和笔试；\n"
         "4. 维护ATS系统数据，每周输出招聘进度报表。",
         "1. 本科及以上学历，专业不限；\n"
         "2. 1年以上招聘工作经验，有互联网技术岗招聘经验者优先；\n"
         "3. 沟通表达能力强，能承受一定的工作压力。",
         "Open", "2024-03-06"],
        ["REQ-2024-012", "后端开发工程师", "研发中心", "杭州", "0", "后端组长", "见职级说明", "本科", "见职级说明",
         "详见Confluence《后端与前端开发岗位职级说明》", "详见Confluence《后端与前端开发岗位职级说明》",
         "Filled", "2024-01-15"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    (OUT / "yq07_ats_requisitions_export.csv").write_bytes(buf.getvalue().encode("utf-8"))


# =============================================================== yq08 txt e-mail
YQ08 = """发件人: 林晓（人力行政部） <linxiao@yunque-tech.cn>
收件人: 全体员工 <all@yunque-tech.cn>
日期: 2024年3月12日 星期二 10:26
主题: 【内推】行政专员（杭州总部）—— 欢迎推荐，成功入职奖励2000元

各位同事好：

因业务扩张，人力行政部现招聘行政专员1名，岗位信息如下，欢迎大家推荐身边合适的朋友。

岗位：行政专员
部门：人力行政部
汇报：行政主管
地点：杭州总部（滨江区网商路599号）
薪资：6-9K·13薪

工作内容：
1）负责办公室日常行政事务，包括前台接待、会议室管理和快递收发；
2）负责办公用品、IT设备的采购和固定资产台账管理，每季度盘点一次；
3）组织公司年会、团建和节日活动；
4）管理保洁、绿植、餐饮等供应商，办理工商年报等证照事务；
5）协助办理员工入离职手续，负责考勤统计。

任职要求：
1）大专及以上学历，行政管理相关专业优先；
2）1年以上行政工作经验，有互联网公司行政经验者优先；
3）熟练使用 Office 办公软件，持C1驾照者优先；
4）细心周到，服务意识强。

内推规则：被推荐人通过试用期后，推荐人可获得内推奖励2000元，随当月工资发放。
简历请直接回复本邮件，或发送至 hr@yunque-tech.cn。

另：前台岗位暂不单独招聘，由行政专员兼任。

--
林晓 | 招聘专员 | 人力行政部
云雀数智科技（杭州）有限公司
"""


def yq08():
    (OUT / "yq08_内推邮件_行政专员.txt").write_text(YQ08, encoding="utf-8")


# =============================================================== yq09 docx handbook excerpt
def yq09():
    import docx

    d = docx.Document()
    set_core(d.core_properties, "员工手册（节选）")
    d.add_heading("云雀数智科技员工手册（2024版·节选）", level=0)
    d.add_heading("第三章 试用期与转正", level=1)
    d.add_paragraph("第十条 新员工试用期一般为3个月，试用期内工资不低于转正工资的80%。")
    d.add_paragraph("第十一条 试用期满前两周，员工提交转正申请，由直属上级组织转正答辩，答辩结果报人力行政部备案。")
    d.add_heading("第四章 职级与晋升", level=1)
    d.add_paragraph("第十二条 技术序列职级分为P4至P9，管理序列职级分为M1至M4。")
    d.add_paragraph("第十三条 公司每年4月和10月组织两次职级晋升评审，员工须在现职级满一年方可申报。")
    d.add_heading("第五章 考勤与休假", level=1)
    d.add_paragraph("第十四条 公司实行弹性工作制，员工须在9:00至10:30之间到岗，每日工作满8小时。")
    d.add_paragraph("第十五条 加班须提前在OA系统提交申请，经直属上级审批后方可计入调休。")
    d.add_paragraph("第十六条 年休假、病假、婚假等假期按《假期管理制度》执行，本手册不再列明。")
    path = OUT / "yq09_员工手册节选.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== yq10 txt reporting lines
YQ10 = """云雀数智科技（杭州）有限公司 岗位汇报关系表
更新日期：2024年3月　　维护：人力行政部

说明：本表列出主要岗位的所属部门与直属上级；"—"表示未设下属岗位。

岗位｜所属部门｜直属上级｜下属岗位
技术总监｜研发中心｜CTO｜后端组长、前端组长、测试经理、基础架构负责人
后端开发工程师｜研发中心-后端组｜后端组长｜—
前端开发工程师｜研发中心-前端组｜前端组长｜—
测试工程师｜研发中心-质量保障组｜测试经理｜—
测试开发工程师｜研发中心-质量保障组｜测试经理｜—
运维工程师（SRE）｜研发中心-基础架构组｜基础架构负责人｜—
产品经理｜产品部｜产品总监｜—
UI设计师｜产品部-设计组｜设计组长｜—
数据分析师｜数据部｜数据部负责人｜—
项目经理｜交付中心｜交付中心总监｜实施工程师（按项目）
实施工程师｜交付中心｜实施交付经理｜—
销售经理｜销售部（华东区）｜华东区销售总监｜—
客户成功经理｜客户成功部｜客户成功部总监｜—
HRBP｜人力行政部｜人力行政总监｜—
招聘专员｜人力行政部｜人力行政总监｜—
行政专员｜人力行政部｜行政主管｜—

组长、负责人、总监级岗位的岗位说明书由各部门另行维护。
"""


def yq10():
    (OUT / "yq10_岗位汇报关系表.txt").write_text(YQ10, encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for f in (yq01, yq02, yq03, yq04, yq05, yq06, yq07, yq08, yq09, yq10):
        f()
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:8d}  {p.name}")


if __name__ == "__main__":
    main()
