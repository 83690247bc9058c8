"""Round 74, written here from scratch for a satellite ground station (the blind testers wrote an offshore drilling
contractor and a boarding school, and asked over the two demo corpora): a Word form in two languages whose label cells
hold "Position" over "岗位名称" and whose title cell holds the English name under the Chinese one, a text of posts
numbered I. II. with lettered facts ("e) 岗位职责：", "f) 任职要求：A；B") under a heading "…岗位说明（文本版）　编号 …",
a pay scale by grade whose 适用岗位 cell lists posts, a 福利项目 table, a plain table of shift codes, a KPI sheet whose
适用对象 line says "全体X" and names the assessor after it, a unit sheet with "X权重合计" rows, a text box titled
"【…红线】" between a post's "职责按工况划分如下：" and that table, "☑ A ☑ B" requirements, "任职要求补充：" after the last
duty; and answers to "管X的那个人", a two-character title typed with a character of the same sound, "X老师" for a post
by its first word or its unit, "d那条", "男老师女老师", "往哪升", "基本技能第一条", "他下面的主管呢", "除了证还卡别的啥吗", a letter to
write and a post only named before "：略"."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records, indexed_services, write_workbook, written_corpus

_TEXT_POSTS = """卫星地面站
站务部岗位说明（文本版）　编号 ZW-JD-003

I. 天线维护员（Antenna Maintenance Technician）
  a) 所属部门：天线部
  b) 直接上级：天线班长
  c) 工作地点：一号天线场
  d) 岗位职责：
     - 巡检天线伺服系统和馈源
     - 每班记录天线角度和驱动电流
  e) 任职要求：中专及以上学历，电子或机电相关专业；1年以上设备维护经验；持高处作业证

II. 数据处理员（Data Operator）
  a) 所属部门：数据部
  b) 直接上级：数据主管
  c) 岗位职责：
     - 接收下行数据并校验完整性
     - 按时分发数据产品
  d) 任职要求：大专及以上学历；熟悉Linux操作
"""


def _bilingual_form(path: Path) -> None:
    """Label cells "Position" over "岗位名称"; the title cell the Chinese name over the English one."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("1. 测控工程师 TT&C Engineer")
    table = doc.add_table(rows=4, cols=4)
    rows = [("Position\n岗位名称", "测控工程师\nTT&C Engineer", "Code\n岗位编号", "GS-01"),
            ("Department\n所属部门", "测控部", "Reports to\n直接上级", "测控主任 Chief"),
            ("Education\n学历", "本科及以上 Bachelor", "Experience\n工作经验", "3年以上 3+ years"),
            ("Duties\n岗位职责", "1. Track the satellites.\n跟踪卫星过境。\n2. Write the pass log.\n填写过境日志。", "", "")]
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(path)


def _manual(path: Path) -> None:
    """A post's paragraph announcing its table, a box's title between them, ticked requirements."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("站务手册（岗位篇）")
    doc.add_paragraph("2.1 吊装工")
    doc.add_paragraph("吊装工隶属天线部，直接上级为天线班长。其职责按工况划分如下：")
    doc.add_paragraph("【吊装作业红线】")
    doc.add_paragraph("风速超过10米/秒时停止吊装。")
    doc.add_paragraph("职责")
    table = doc.add_table(rows=2, cols=2)
    for r, (case, duty) in enumerate([("日常检查", "每班作业前检查吊具和钢丝绳"), ("设备吊装", "配合更换天线馈源，服从信号工指挥")]):
        table.cell(r, 0).text, table.cell(r, 1).text = case, duty
    doc.add_paragraph("任职要求：☑ 初中及以上学历 ☑ 持起重机司机操作证 ☑ 2年以上吊装经验")
    doc.add_paragraph("第三章 生活服务岗位")
    doc.add_paragraph("营房管理员、厨师：略。")
    doc.save(path)


def _workbooks(corpus: Path) -> None:
    write_workbook(corpus / "定员与薪酬.xlsx", {
        "定员": [["部门", "岗位", "岗位等级", "班次代码"], ["天线部", "天线维护员", "G3", "N1/N2"], ["数据部", "数据处理员", "G3", "D1"],
                 ["测控部", "测控工程师", "G5", "D1"]],
        "薪酬": [["岗位等级", "适用岗位", "站内月基本工资（元）", "值班津贴（元/天）"], ["G5", "测控工程师、测控主任", 9000, 200],
                 ["G3", "天线维护员、数据处理员、吊装工", 6000, 100]],
        "班次代码": [["代码", "名称", "时间", "说明"], ["D1", "常日班", "8:30—17:30", "周一至周五"], ["N1", "天线白班", "8:00—20:00", "与N2轮换"],
                     ["N2", "天线夜班", "20:00—次日8:00", "每月不超过10个"]],
        "福利": [["福利项目", "内容", "适用岗位"], ["住宿", "提供免费单人宿舍", "天线维护员、吊装工"], ["工作餐", "工作日免费三餐", "全体员工"]],
    })
    write_workbook(corpus / "考核指标库.xlsx", {
        "数据处理员": [["2026年度\u3000数据处理员绩效考核指标", None, None], ["适用对象：数据部全体数据处理员\u3000\u3000考核周期：月度\u3000\u3000考核人：数据主管", None, None],
                      ["指标名称", "权重", "目标值"], ["数据校验及时率", "60%", "≥99%"], ["数据分发差错次数", "40%", "0"]],
        "部门KPI": [["部门", "指标", "权重"], ["测控部", "测控计划完成率", "60%"], ["测控部", "跟踪失锁次数", "40%"], ["测控部权重合计", None, "100%"]],
    }, {"数据处理员": ["A1:C1", "A2:C2"]})


def test_bilingual_forms_roman_posts_grade_pay_perks_codes_kpi_audiences_boxes_and_ticks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"站务部岗位说明.txt": "placeholder",
                                       "设备规程.txt": "设备科岗位职责\n\n一、设备员\n岗位职责：\n1. 巡检站内供配电设备\n2. 记录设备运行参数\n"
                                                      "任职要求补充：有1年以上供配电设备维护经验。\n"})
    (corpus / "站务部岗位说明.txt").write_bytes(_TEXT_POSTS.encode("utf-16"))
    _bilingual_form(corpus / "测控部岗位说明书.docx")
    _manual(corpus / "站务手册.docx")
    _workbooks(corpus)
    # a form in two languages: the Chinese title, the English name apart; a label of two lines is no part of its value
    form = file_records(corpus, "测控部岗位说明书.docx").profiles[0]
    assert form.title == "测控工程师" and form.fields["department"].text == "测控部", (form.title, form.fields)
    assert form.fields["education"].text.startswith("本科及以上"), form.fields
    # posts numbered I. II. under the text's own heading (its code aside), their lettered facts and parts
    posts = {p.title: p for p in file_records(corpus, "站务部岗位说明.txt").profiles}
    assert set(posts) == {"天线维护员", "数据处理员"}, list(posts)
    antenna = posts["天线维护员"]
    assert [d.text.lstrip("- ") for d in antenna.duties] == ["巡检天线伺服系统和馈源", "每班记录天线角度和驱动电流"], antenna.duties
    assert len(antenna.qualifications) == 3 and antenna.fields["reports_to"].text == "天线班长", (antenna.qualifications, antenna.fields)
    # a pay scale by grade: each post its 适用岗位 cell lists is paid so, the figure under its column's name
    paid = {p.title: p for p in file_records(corpus, "定员与薪酬.xlsx").profiles if "pay" in p.fields}
    assert "6000" in paid["吊装工"].fields["pay"].text and "月基本工资" in paid["天线维护员"].fields["pay"].text, paid
    assert "9000" in paid["测控工程师"].fields["pay"].text, paid
    # a table of perks by 福利项目: each listed post offers it; "全体员工" is no post
    perks = {p.title: [b.text for b in p.benefits] for p in file_records(corpus, "定员与薪酬.xlsx").profiles}
    assert "住宿：提供免费单人宿舍" in perks["吊装工"] and "全体员工" not in perks, perks
    # a plain table of codes: each row one statement
    records = file_records(corpus, "定员与薪酬.xlsx")
    rows = [b.text for a in records.articles for s in a.sections for b in s.blocks]
    assert any(t.startswith("N2 | 天线夜班") and "每月不超过10个" in t for t in rows), rows
    # "适用对象：数据部全体数据处理员　考核人：数据主管" under the sheet's title: the post's indicators, not the assessor's
    kpis = file_records(corpus, "考核指标库.xlsx").kpis
    assert {tuple(k.roles) for k in kpis if k.name.startswith("数据")} == {("数据处理员",)}, [(k.name, k.roles) for k in kpis]
    # "测控部权重合计 | | 100%" under a unit's rows: their sum, no part of the last row
    unit = [k for k in kpis if k.department == "测控部"]
    assert [k.name for k in unit] == ["测控计划完成率", "跟踪失锁次数"], [(k.name, k.department) for k in kpis]
    # a box's title between a post's paragraph announcing its table and the table opens no post; ticked requirements
    manual = {p.title: p for p in file_records(corpus, "站务手册.docx").profiles}
    assert "吊装作业红线" not in manual and len(manual["吊装工"].duties) == 2, manual
    assert len(manual["吊装工"].qualifications) == 3, manual["吊装工"].qualifications
    # "任职要求补充：" after the last duty: a requirement, no tail of that duty
    device = file_records(corpus, "设备规程.txt").profiles[0]
    assert device.duties[-1].text.endswith("记录设备运行参数") and any("1年以上" in q.text for q in device.qualifications), device


_STATION = {
    "站务岗位说明.txt": "站务岗位说明\n\n"
    "一、天线维护员\n所属部门：天线部\n直接上级：天线班长\n岗位职责：\n1. 巡检天线伺服系统；\n2. 记录天线角度。\n任职要求：\n1. 中专及以上学历；\n2. 持高处作业证。\n\n"
    "二、站长\n所属部门：站务部\n岗位职责：\n1. 主持地面站全面工作；\n2. 审批月度测控计划。\n\n"
    "三、心理咨询师\n所属部门：员工关爱中心\n岗位职责：\n1. 开展员工心理辅导；\n2. 组织心理健康讲座。\n任职要求：\n1. 硕士及以上学历，心理学专业。\n\n"
    "四、宿舍管理员\n所属部门：宿管部\n岗位职责：\n1. 登记住宿人员；\n2. 夜间巡查宿舍。\n\n"
    "五、数据主管\n所属部门：数据部\n岗位职责：\n"
    "a) 制定数据处理流程；\nb) 审核数据产品；\nc) 组织数据备份演练；\nd) 负责数据安全与保密。\n"
    "任职要求：\n1. 本科及以上学历；\n2. 性别要求：男女不限。\n岗位基本技能：\n1. 熟悉Linux系统运维；\n2. 掌握SQL查询。\n职业发展：数据中心主任\n\n"
    "六、焊工\n岗位职责：\n1. 焊接天线支架。\n任职要求：\n1. 高中及以上学历；\n2. 45岁以下；\n3. 持焊工证。\n\n"
    "七、生活服务岗位\n营房管理员、厨师：略。\n\n"
    "八、运行部经理\n岗位职责：\n1. 主持运行部全面工作；\n2. 审定值班表。\n\n"
    "九、运行部主管\n运行部主管对运行部经理负责，一个主管带5名值班员。\n岗位职责：\n1. 安排值班员排班；\n2. 检查值班记录。\n",
}


def test_doers_sounds_person_words_letters_genders_careers_others_letters_to_write_and_omitted_posts(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "station74", _STATION)
    ask = services.chat.ask
    # "管天线的那个人": the one post whose title holds every character of the work named
    assert ask("管天线的那个人要什么学历", Conversation()).role == "天线维护员"
    # "站涨": a two-character title typed with a character of the very same sound
    assert ask("站涨每天做什么", Conversation()).role == "站长"
    # "心理老师", "宿管老师": a post by its first word, or by its unit, and a word for a person
    assert ask("当心理老师要什么学历", Conversation()).role == "心理咨询师"
    assert ask("宿管老师做什么", Conversation()).role == "宿舍管理员"
    # "d那条" of a list lettered a) b) c) d)
    conv = Conversation()
    ask("数据主管要做哪些事", conv)
    lettered = ask("d那条是啥意思", conv)
    assert "数据安全与保密" in lettered.text and not lettered.refused, lettered.text
    # "对男老师女老师有偏好吗" after the post: its gender requirement; "这岗位以后往哪升": its career
    assert "男女不限" in ask("对男老师女老师有偏好吗", conv).text
    assert "数据中心主任" in ask("这岗位以后往哪升", conv).text
    # "基本技能第一条": the first item of the post's group so headed, not of the list shown last
    assert "Linux" in ask("基本技能第一条说的是什么", conv).text
    # "他下面的主管呢" after 运行部经理: the 主管 of the same unit
    conv = Conversation()
    ask("运行部经理主要干什么", conv)
    below = ask("他下面的主管呢，一个主管带几个人", conv)
    assert below.role == "运行部主管" and "5名" in below.text, below.text
    # "除了证还卡别的啥吗" after a certificate: the other requirements
    conv = Conversation()
    ask("做焊工得持什么证", conv)
    others = ask("除了证还卡别的啥吗", conv)
    assert "45岁以下" in others.text and "高中" in others.text, others.text
    # a letter to write is no question about a post
    assert ask("帮我写一封天线维护员的辞职信", Conversation()).refused
    # "营房管理员、厨师：略。": named, its description left out
    omitted = ask("营房管理员是做啥的", Conversation())
    assert omitted.refused and "略" in omitted.text, omitted.text
