"""Round 44, written here from scratch for a water park (the blind testers wrote an expressway operator and a
garment factory): an HR system's printout listing a post's indicators as "name　weight%" lines under its 考核指标
heading, with no table header; 索道操作员 asked as 索道司机; "水质那边的检测员" for 水质检测员."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records

_PRINTOUT = """■■■■■■■■■■■■■■■■■■■■■■■■
　HR系统打印件　岗位说明书　[SL-YY-03]
■■■■■■■■■■■■■■■■■■■■■■■■
岗位名称............水上项目主管
所在部门............运营部
直接上级............运营经理
■ 工作职责
  职责1：安排救生员和设备操作员排班（40%）
  职责2：每日开园前检查滑道和造浪设备（60%）
■ 考核指标（季度）
  游客投诉率　　　　30%
  设备故障停机时长　　25%（目标≤2小时）
  救生员到岗率　　　45%
■ 打印人：人力资源部　　打印时间：2025-06-01 08:30
"""


def test_printout_indicators_named_with_their_weights(tmp_path: Path) -> None:
    (tmp_path / "printout.txt").write_text(_PRINTOUT, encoding="utf-8")
    records = file_records(tmp_path, "printout.txt")
    got = {k.name: (k.weight, k.target, k.roles, k.span.line_start) for k in records.kpis}
    assert got == {
        "游客投诉率": (30.0, None, ["水上项目主管"], 11),
        "设备故障停机时长": (25.0, "≤2小时", ["水上项目主管"], 12),
        "救生员到岗率": (45.0, None, ["水上项目主管"], 13),
    }, got
    post = next(p for p in records.profiles if p.title == "水上项目主管")
    assert len(post.duties) == 2 and post.reports_to == "运营经理", (post.duties, post.reports_to)


def test_an_operator_said_driver_and_a_post_by_its_place(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import indexed_services

    services = indexed_services(tmp_path_factory, settings_factory, "lift44", {"posts.txt": (
        "索道操作员\n岗位职责：\n1. 每日开机前检查钢丝绳和抱索器\n2. 按规程启停索道\n\n"
        "救生员\n岗位职责：\n1. 泳池巡视\n2. 溺水救援\n\n"
        "水质检测员\n岗位职责：\n1. 每两小时测一次余氯\n2. 填写水质记录\n")})
    answer = services.chat.ask("索道司机每天要干啥")  # roles.toml: 操作员 is also said 司机 / 驾驶员
    assert not answer.refused and "抱索器" in answer.text, answer.text
    answer = services.chat.ask("水质那边的检测员每天干啥")  # a place word between the unit and the title word
    assert not answer.refused and "余氯" in answer.text, answer.text


_STANDARD = """蓝湾水上乐园有限公司技术岗位任职资格标准
第一条 为规范技术岗位的人员配置，制定本标准。
第二条 水质检测员的主要职责：
（一）每两小时检测一次泳池余氯和pH值；
（二）水质超标时立即通知运营主管并停止开放该池。
第三条 水质检测员的任职资格：大专及以上学历，持水质检验员证。
"""
_MANUAL = """运营手册（2025版）
3.1 救生员
救生员隶属运营部，直接上级为运营主管。岗位职责如下：
负责泳池巡视
负责溺水救援
3.2 水质检测员
水质检测员隶属运营部，直接上级为运营主管，工作地点为1号泵房。
水质检测员的任职条件和岗位职责见《技术岗位任职资格标准》。此处仅强调：暴雨后须加测一次余氯并在系统中登记。
"""


def test_a_list_whose_bullets_were_lost_and_a_pointer_to_another_document(tmp_path: Path) -> None:
    (tmp_path / "manual.txt").write_text(_MANUAL, encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "manual.txt").profiles}
    assert [d.text for d in posts["救生员"].duties] == ["负责泳池巡视", "负责溺水救援"], posts["救生员"].duties
    duties = [d.text for d in posts["水质检测员"].duties] if "水质检测员" in posts else []
    assert not any("见《" in d for d in duties), duties  # where the duties are written is no duty


def test_a_jd_from_the_one_named_company_and_its_unnamed_manual(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import indexed_services

    services = indexed_services(tmp_path_factory, settings_factory, "park44", {"standard.txt": _STANDARD, "manual.txt": _MANUAL})
    draft = services.tools.draft_jd("水质检测员")
    duties = [item.text for item in draft.duties]
    assert any("余氯和pH值" in d for d in duties), duties
    # the knowledge base names one company: the manual naming none is that company's, not another's
    assert not any("不混用不同单位" in w for w in draft.warnings), draft.warnings
    assert not any("见《" in d for d in duties), duties


def test_an_exports_columns_headed_by_pinyin_initials(tmp_path: Path) -> None:
    # GWMC 岗位名称, SSBM 所属部门, XLYQ 学历要求, GZDD 工作地点, GWZZ 岗位职责 (fields.toml initial_labels
    # settles initials two labels share: GWZZ is 岗位职责, not 岗位宗旨)
    (tmp_path / "export.csv").write_text(
        "XQBH,GWMC,SSBM,XLYQ,GZDD,GWZZ\n"
        "ZP-01,水上项目主管,运营部,大专及以上,1号馆,1.安排救生员排班；2.检查滑道设备；3.处理游客投诉\n"
        "ZP-02,售票员,票务部,高中及以上,东门票亭,1.售票；2.核对日结\n", encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "export.csv").profiles}
    lead = posts["水上项目主管"]
    assert len(lead.duties) == 3 and lead.department == "运营部" and "1号馆" in (lead.location or ""), (lead.duties, lead.fields)
    assert [q.text for q in lead.qualifications] == ["大专及以上"], lead.qualifications
    assert len(posts["售票员"].duties) == 2


_NEWSLETTER = """<html><body><table width="100%"><tr><td align="center"><table width="600">
<tr><td>蓝湾水上乐园 · 招聘快讯</td></tr>
<tr><td><table width="100%" bgcolor="#ffffff">
 <tr><td bgcolor="#0a6ebd">救生员　若干名</td></tr>
 <tr><td><font color="#0a6ebd">▍你的日常</font><ul><li>泳池巡视</li><li>溺水救援</li></ul></td></tr>
 <tr><td><font color="#0a6ebd">▍我们希望你</font><ul><li>持救生员证</li><li>会游泳</li></ul></td></tr>
</table></td></tr>
<tr><td><table width="100%" bgcolor="#ffffff">
 <tr><td bgcolor="#0a6ebd">售票员　2名</td></tr>
 <tr><td><font color="#0a6ebd">▍你的日常</font><ul><li>窗口售票</li><li>核对日结</li></ul></td></tr>
 <tr><td><font color="#0a6ebd">▍我们希望你</font><ul><li>高中及以上</li><li>会用收银系统</li></ul></td></tr>
</table></td></tr>
<tr><td>报名电话：0572-3012345（人事部）</td></tr>
</table></td></tr></table></body></html>"""


def test_a_newsletter_of_postings_in_layout_tables(tmp_path: Path) -> None:
    # a title and its headcount ("若干名"), parts under "▍" bars, and a footer that no list item runs into
    (tmp_path / "news.html").write_text(_NEWSLETTER, encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "news.html").profiles}
    assert set(posts) == {"救生员", "售票员"}, list(posts)
    assert [d.text for d in posts["救生员"].duties] == ["泳池巡视", "溺水救援"], posts["救生员"].duties
    assert [q.text for q in posts["售票员"].qualifications] == ["高中及以上", "会用收银系统"], posts["售票员"].qualifications


_HANDBOOK = """技术部岗位工作手册
一、版房师傅（制版师）
版房师傅在厂里通常被叫作“打版师傅”，正式岗位名称为制版师，归属技术部版房，向技术部经理汇报，带样衣工2名。月薪12000—18000元。
主要工作：（1）绘制纸样；（2）制作工业样板并完成放码；（3）指导样衣工制作头样。
任职要求：大专及以上学历，5年以上女装制版经验。
二、稽查员
2.1　稽查员隶属稽查部，直接上级为稽查部部长，常驻总部。
2.2　负责现场稽查；
2.3　负责录像抽查。
"""


def test_facts_and_a_nickname_a_handbook_states_in_sentences(tmp_path: Path) -> None:
    (tmp_path / "handbook.txt").write_text(_HANDBOOK, encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "handbook.txt").profiles}
    maker = next(p for t, p in posts.items() if "制版师" in t)
    facts = {k: v.text for k, v in maker.fields.items()}
    assert facts.get("department") == "技术部版房" and facts.get("reports_to") == "技术部经理", facts
    assert facts.get("subordinates") == "样衣工2名" and "12000" in facts.get("pay", ""), facts
    assert "打版师傅" in maker.aliases, maker.aliases
    # "主要工作：（1）…；（2）…；（3）…" on one line: three duties
    assert len(maker.duties) == 3, [d.text for d in maker.duties]
    checker = posts["稽查员"]
    facts = {k: v.text for k, v in checker.fields.items()}
    assert facts == {"department": "稽查部", "reports_to": "稽查部部长", "location": "总部"} | {
        k: v for k, v in facts.items() if k not in ("department", "reports_to", "location")}, facts
    # the clause stating only facts is no duty
    assert [d.text for d in checker.duties] == ["2.2 负责现场稽查;", "2.3 负责录像抽查。"] or all(
        "隶属" not in d.text for d in checker.duties), [d.text for d in checker.duties]


def test_a_form_with_a_duty_table_then_its_requirements(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    table = doc.add_table(rows=0, cols=3)

    def across(text: str) -> None:
        cells = table.add_row().cells
        cells[0].merge(cells[1]).merge(cells[2]).text = text

    def row(*texts: str) -> None:
        cells = table.add_row().cells
        if len(texts) == 2:
            cells[0].text = texts[0]
            cells[1].merge(cells[2]).text = texts[1]
        else:
            for cell, text in zip(cells, texts):
                cell.text = text

    across("岗位名称：票务主管")
    row("所属部门：票务部", "直接上级：运营经理", "岗位定员：1人")
    across("一、岗位职责")
    row("工作项目", "工作内容及要求", "频次")  # 工作内容及要求 is the duties column, not the requirements
    row("票务管理", "负责门票、年卡的申领、保管和发放", "日常")
    row("台账", "每日核对售票员缴款，建立票务台账", "每日")
    row("作废票据", "负责作废票据的登记、封存和上缴", "每月")  # a row holding 作废: still a duty, no header
    across("二、任职资格")  # the form's next part: the duty table's header no longer governs
    row("学历要求：大专及以上学历", "专业要求：财务、会计类专业")
    row("工作经验：1年以上票务管理经验", "资格证书：无")
    doc.save(tmp_path / "form.docx")
    post = next(p for p in file_records(tmp_path, "form.docx").profiles if p.title == "票务主管")
    assert len(post.duties) == 3 and any("作废票据" in d.text for d in post.duties), [d.text for d in post.duties]
    assert post.fields["education"].text.startswith("大专") and "1年以上" in post.fields["experience"].text, post.fields


_LETTER = """岗位职责告知书
编号：LW-GZ-2025-007
致：东区 水上项目主管（岗位）
您好！现将您所任岗位的职责、汇报关系告知如下，请签字确认。
一、汇报关系。您的直接上级是运营部经理，您直接管理救生员和设备操作员两个岗位；工作地点为东区。
二、您的主要职责：
（1）每日开园前检查滑道和造浪设备；
（2）安排救生员排班；
三、任职要求。公司对本岗位的要求是：大专及以上学历；3年以上水上乐园管理经验。
四、薪酬与考核。岗位月薪为8000—10000元；考核办法另行通知。
"""


def test_a_letter_to_the_holder_of_a_post(tmp_path: Path) -> None:
    (tmp_path / "letter.txt").write_text(_LETTER, encoding="utf-8")
    (post,) = file_records(tmp_path, "letter.txt").profiles
    assert post.title == "水上项目主管" and len(post.duties) == 2, (post.title, post.duties)
    assert post.reports_to == "运营部经理" and "救生员" in (post.subordinates or "") and post.location == "东区", post.fields
    quals = [q.text for q in post.qualifications]
    assert any("大专" in q for q in quals) and not any("薪酬" in q or "月薪" in q for q in quals), quals


_PLACARDS = """监控中心值班员岗位职责
一、24小时监视路网视频；
二、接听客服热线并派发救援指令。
直接上级：监控中心主任
清障救援队长岗位职责
一、接警后组织人员和车辆到达现场；
二、负责救援车辆的日常检查。
直接上级：清障救援中心主任
附：清障救援收费标准公示（摘要）
小型车拖曳：基价200元
吊车作业：每小时800元
"""


def test_placards_of_two_posts_then_an_appendix(tmp_path: Path) -> None:
    (tmp_path / "placards.txt").write_text(_PLACARDS, encoding="utf-8")
    records = file_records(tmp_path, "placards.txt")
    posts = {p.title: p for p in records.profiles}
    lead = posts["清障救援队长"]
    assert [d.text for d in lead.duties] == ["一、接警后组织人员和车辆到达现场;", "二、负责救援车辆的日常检查。"] or (
        len(lead.duties) == 2 and not any("元" in d.text for d in lead.duties)), [d.text for d in lead.duties]
    assert not any("元" in q.text for q in lead.qualifications), lead.qualifications
    # the first placard's unit is its own post's, not the next one's
    assert lead.organisation is None and lead.department is None, (lead.organisation, lead.department)


_KPI_SHEET = [
    ["乐园2025年度岗位KPI考核表——救生员"],
    ["序号", "指标名称", "权重（分）", "目标值", "评分规则"],
    ["1", "溺水事故", "40", "0起", "发生即不得分"],
    ["2", "巡视到岗率", "30", "100%", "每缺岗1次扣5分"],
    ["3", "游客投诉", "30", "0件", "每件扣10分"],
    ["合计"],
    ["说明：得分=Σ各指标得分；单项扣分不超过该项分值。"],
]


def test_a_kpi_sheets_scoring_note_is_no_indicator(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    for row in _KPI_SHEET:
        wb.active.append(row)
    wb.save(tmp_path / "kpi.xlsx")
    records = file_records(tmp_path, "kpi.xlsx")
    post = next(p for p in records.profiles if p.title == "救生员")
    assert not any("Σ" in k.text or "单项扣分" in k.text for k in post.kpis), [k.text for k in post.kpis]
    assert {k.name for k in records.kpis if "救生员" in k.roles} == {"溺水事故", "巡视到岗率", "游客投诉"}


_POSTINGS = """<html><body><h1>蓝湾水上乐园社会招聘</h1>
<table class="jobs"><thead><tr><th>岗位</th><th>人数</th><th>岗位信息</th><th>岗位要求</th></tr></thead><tbody>
<tr><td><b>救生员</b></td><td>4</td>
<td><span class="tag">运营部</span><span class="tag">东区·1号馆</span><span class="tag">5500-7000元/月</span>
<p>工作内容：</p><ol><li>泳池巡视</li><li>溺水救援</li></ol><p>实行轮班，汇报对象：救生组长。</p></td>
<td><ol><li>持救生员证</li><li>年龄35周岁以下</li></ol></td></tr>
<tr><td><b>潜水教练</b></td><td>1</td><td><span class="tag">运营部</span>岗位详情请咨询人力资源部</td><td>详见后续公告</td></tr>
</tbody></table>
<p>报名方式：将简历发送至 hr@example.cn，邮件标题注明应聘岗位。</p></body></html>"""


def test_a_postings_table_with_tags_and_lists_in_its_cells(tmp_path: Path) -> None:
    (tmp_path / "jobs.html").write_text(_POSTINGS, encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "jobs.html").profiles}
    guard = posts["救生员"]
    assert [d.text for d in guard.duties] == ["泳池巡视", "溺水救援"], guard.duties  # the 岗位要求 cell is no duty
    assert [q.text for q in guard.qualifications] == ["持救生员证", "年龄35周岁以下"], guard.qualifications
    facts = {k: v.text for k, v in guard.fields.items()}
    assert facts.get("department") == "运营部" and facts.get("pay") == "5500-7000元/月", facts
    assert facts.get("location") == "东区·1号馆" and facts.get("reports_to") == "救生组长", facts
    # a post only named ("详见后续公告"), its application line no requirement
    assert "潜水教练" not in posts or not posts["潜水教练"].qualifications, posts["潜水教练"].qualifications


def test_a_version_in_front_of_a_title(tmp_path: Path) -> None:
    (tmp_path / "log.md").write_text("# 岗位文档\n\n## v2.0（现行）设备维护技术员\n\n- **汇报给**：设备主管\n\n### 做什么\n\n"
                                     "1. 设备日常巡检\n2. 故障维修\n", encoding="utf-8")
    (post,) = file_records(tmp_path, "log.md").profiles
    assert post.title == "设备维护技术员" and len(post.duties) == 2, (post.title, post.duties)


def test_years_of_experience_compared() -> None:
    from assistant.answer.verdict import verdict

    said = verdict("experience", "工作经验", "这两个岗位谁要求的经验多",
                   ("财务部经理", ["八年以工业企业财务管理经验,至少五年同职经历;"]), ("出纳", ["2年以上"]), {}, [], [])
    assert said == "对比：「财务部经理」要求8年以上，「出纳」要求2年以上，「财务部经理」的工作经验要求更长。", said


def test_a_request_for_a_post_by_its_title_word_and_a_trades_name(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import indexed_services

    services = indexed_services(tmp_path_factory, settings_factory, "garm44", {"posts.txt": (
        "物料仓管员\n岗位职责：\n1. 面辅料到货点数、验收、入库\n2. 凭领料单发料\n\n"
        "缝纫工\n岗位职责：\n1. 按工序卡完成本工序缝制\n2. 开工前检查平车\n\n"
        "【技术二部】软件开发工程师\n岗位职责：\n1. 负责ERP二次开发\n任职要求：\n1. 熟悉C#或Java\n")})
    answer = services.chat.ask("帮忙设计仓管员的考核指标，4个左右就行")  # "帮忙设计" is the request, 仓管员 the post
    assert answer.role == "物料仓管员", (answer.role, answer.text)
    answer = services.chat.ask("我是新来的车工，每天上班要做哪些事")  # roles.toml: 车工 is a garment factory's 缝纫工
    assert answer.role == "缝纫工" and "工序卡" in answer.text, (answer.role, answer.text)
    answer = services.chat.ask("技术二部开发岗要掌握什么语言")  # the unit's one post holding 开发
    assert answer.role == "软件开发工程师" and "Java" in answer.text, (answer.role, answer.text)


_SCORECARD = """# 运营主管绩效考核表

| 维度 | 指标 | 权重 |
| --- | --- | --- |
| 财务类 | 营业收入达成率 | 30% |
| 财务类 | 成本控制率 | 20% |
| 客户类 | 游客满意度 | 10% |
| 客户类 | 投诉处理及时率 | 5% |
| 内部运营类 | 安全事故次数 | 35% |

# 票务员岗位说明

票务员隶属票务部，其上级为运营主管，对运营主管负责，接受其领导。

岗位职责：
1. 窗口售票
2. 核对日结
"""


def test_the_whole_list_after_a_part_and_a_fact_shown_with_its_sentence(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import indexed_services
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "park44b", {"scorecard.md": _SCORECARD})
    chat = Conversation()
    services.chat.ask("运营主管的考核指标有哪些", chat)
    services.chat.ask("客户类这块权重占多少", chat)
    answer = services.chat.ask("单项里权重最大的是哪个", chat)  # intents.toml whole: every row, not 客户类's
    assert "安全事故次数" in answer.text.split("全部指标")[0], answer.text
    answer = services.chat.ask("票务员对谁负责")  # a fact read from a sentence comes with that sentence
    assert "运营主管" in answer.text and "接受其领导" in answer.text, answer.text


_NOTICE = """蓝湾水上乐园有限公司
人事通知〔2025〕第15号
一、自2025年7月1日起，救生员的直属上级由运营主管调整为救生组长。
二、救生组长增加一项职责：每日闭园后核对救生员巡视记录并签字确认。
"""
_BOOK = """岗位说明书
救生员
直接上级：运营主管
岗位职责：
1. 泳池巡视
2. 溺水救援

救生组长
直接上级：运营主管
岗位职责：
1. 安排救生员轮岗
2. 组织救生演练
"""


def test_a_notice_in_force_leads_and_a_duty_it_adds_is_shown(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import indexed_services

    services = indexed_services(tmp_path_factory, settings_factory, "park44c", {"notice.txt": _NOTICE, "book.txt": _BOOK})
    answer = services.chat.ask("救生员归谁管")
    head = answer.text.split("\n")[0]
    assert "救生组长" in head and "2025年7月1日" in head and "运营主管" in answer.text, answer.text  # the old value below
    answer = services.chat.ask("救生组长要干哪些活")
    assert "组织救生演练" in answer.text and "核对救生员巡视记录" in answer.text, answer.text
    # the company's name over the notice's own title: the document is the notice
    assert "人事通知" in services.components.snapshot().document_title("notice.txt")
