"""Round 54, written here from scratch for a supermarket and a boiler plant (the blind testers wrote a fitness
chain and a seafood plant): a training deck whose slides are titled "收银主管｜岗位定位" (the post's facts,
then its duties without a heading of their own); a handbook whose posts are numbered headings over a
paragraph that has the post as its subject; a short form that is a title's initials inside its head's
title ("网工" of 网络工程师, beside 网工组长); an indicator asked for in other words ("食堂那边被投诉了");
a Markdown KPI row quoted as its cells."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records, indexed_services

_DECK = """新任主管培训：岗位认知
本课件面向新晋升的收银主管、理货主管。
收银主管｜岗位定位
部门：收银部 直接上级：店长 直接下属：收银员
● 负责收银团队的排班与考勤；
● 每日核对收银差异并签字确认；
● 处理顾客退换货与收银投诉；
理货主管｜岗位定位
部门：理货部 直接上级：店长 直接下属：理货员
● 带领理货员完成每日补货与陈列；
● 检查临期商品并组织下架；
● 组织理货员每月盘点；
● 审核损耗报表；
"""


def test_slide_titles_of_a_post_and_its_part_open_the_post_with_its_duties(tmp_path: Path) -> None:
    (tmp_path / "主管培训课件.txt").write_text(_DECK, encoding="utf-8")
    profiles = {p.title: p for p in file_records(tmp_path, "主管培训课件.txt").profiles}
    assert set(profiles) == {"收银主管", "理货主管"}, sorted(profiles)  # no "收银主管|岗位定位"
    cashier, stock = profiles["收银主管"], profiles["理货主管"]
    assert len(cashier.duties) == 3 and len(stock.duties) == 4, ([d.text for d in cashier.duties], [d.text for d in stock.duties])
    assert cashier.fields["department"].text == "收银部" and stock.fields["department"].text == "理货部"
    assert not any("理货" in d.text for d in cashier.duties)


_HANDBOOK = """动力车间岗位手册
第一章　总则
1.1 本手册适用于动力车间全体员工。
第二章　岗位
2.1 司炉工
司炉工隶属动力车间，直接上级为动力主管，工作地点为锅炉房，实行三班倒。
1．按操作规程启停燃气锅炉，每小时记录一次蒸汽压力和水位；
2．每班检查安全阀、水位计和压力表；
3．定期排污并化验炉水。
任职资格：高中及以上学历；持有特种设备作业人员证（G1）。
2.2 水处理工
水处理工隶属动力车间，直接上级为动力主管，工作地点为水处理间。
1．操作软水器和反渗透设备，保证锅炉给水合格；
2．每班化验给水硬度并记录；
3．按时添加阻垢剂。
2.3 空压机工
空压机工岗位说明书由动力车间另行制定。
"""


def test_numbered_headings_over_a_paragraph_with_the_post_as_its_subject_are_posts(tmp_path: Path) -> None:
    (tmp_path / "动力车间岗位手册.txt").write_text(_HANDBOOK, encoding="utf-8")
    profiles = {p.title: p for p in file_records(tmp_path, "动力车间岗位手册.txt").profiles}
    assert {"司炉工", "水处理工"} <= set(profiles), sorted(profiles)
    boiler, water = profiles["司炉工"], profiles["水处理工"]
    assert len(boiler.duties) == 3 and len(water.duties) == 3, ([d.text for d in boiler.duties], [d.text for d in water.duties])
    assert any("G1" in q.text for q in boiler.qualifications) and not any("阻垢剂" in d.text for d in boiler.duties)


_POSTS = """网络工程师岗位职责
1. 负责公司机房交换机、路由器和防火墙的配置与维护
2. 每日巡检网络设备运行状态并记录
任职资格：
1. 大专及以上学历，计算机相关专业
2. 持有华为HCIA或思科CCNA证书

采购员岗位职责
1. 负责与供应商谈判，确定价格和交货日期
任职资格：
1. 大专及以上学历，3年以上设备采购经验

网工组长岗位职责
1. 负责网络组的排班和工单分派
2. 审核网络变更方案
任职资格：
1. 本科及以上学历
2. 持有HCIP或CCNP证书，3年以上网络运维经验
"""

_KPI = """# 后勤主管绩效考核表

| 指标类别 | 指标名称 | 目标值 | 权重 |
|---|---|---|---|
| 财务类 | 后勤费用控制率 | 费用不超预算，每超1%扣1分 | 30% |
| 客户类 | 食堂投诉次数 | 投诉一次扣 2 分/次<br>全月无投诉加 1 分 | 20% |
|  | 员工满意度 | 达到 90% 为满分 | 20% |
| 内部运营类 | 维修及时率 | 接报 2 小时内到场 | 30% |
"""


def test_initials_of_a_title_inside_its_heads_title_and_an_indicator_in_other_words(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "trials54", {"信息部岗位职责.txt": _POSTS, "后勤主管考核表.md": _KPI})
    answer = services.chat.ask("做网工要什么证书", Conversation())
    # "网工" is 网络工程师 by its initials; 网工组长 is that post's head, not what was asked
    assert answer.role == "网络工程师" and "CCNA" in answer.text and "CCNP" not in answer.text, (answer.role, answer.text)
    chat = Conversation()
    services.chat.ask("网络工程师要做些什么", chat)
    # "换成采购呢": a switch word, then a title without its one-character ending (采购员)
    switched = services.chat.ask("换成采购呢，有什么任职要求", chat)
    assert switched.role == "采购员" and "设备采购经验" in switched.text, (switched.role, switched.text)
    chat = Conversation()
    services.chat.ask("后勤主管的考核指标有哪些", chat)
    answer = services.chat.ask("食堂那边被投诉了怎么扣分", chat)
    # the one indicator of the post whose name the question says in pieces: its row, not the table's lines
    assert "食堂投诉次数" in answer.text and "扣 2 分" in answer.text, answer.text
    assert "维修及时率" not in answer.text and "|" not in answer.text.replace("\\|", "|").replace("｜", ""), answer.text


def test_a_markdown_table_row_is_shown_as_its_cells() -> None:
    from assistant.ingest.textables import md_row_text

    assert md_row_text("|  | 食堂投诉次数 | 投诉一次扣 2 分/次<br>全月无投诉加 1 分 | 20% |") == "食堂投诉次数 | 投诉一次扣 2 分/次 全月无投诉加 1 分 | 20%"
    assert md_row_text("| a \\| b | c |") == "a | b | c"
    assert md_row_text("食堂投诉次数 20%") is None and md_row_text("|只有一格|") is None


_WAREHOUSE = """仓库岗位手册（2025年1月版）
第一章　仓库保管员
仓库保管员隶属物流部，直接上级为仓库主管，工作地点为一号仓库。
岗位职责：
1．办理货物出入库和日常盘点；
2．保持库区整洁，做好防火防潮；
任职资格：
学历：中专及以上
【持证上岗提示】
保管员须持有叉车作业证（N1）方可驾驶叉车，证书每年复审一次。
第二章　食品安全管理员
食品安全管理员隶属品质部，直接上级为品质经理。
岗位职责：
1．建立和维护食品安全管理体系；
2．组织每月食品安全自查；
"""
_NOTICE = """关于修改《仓库岗位手册》部分内容的通知
各部门：
现对《仓库岗位手册（2025年1月版）》作如下修改，自2025年4月1日起执行：
一、第一章仓库保管员“直接上级为仓库主管”修改为“直接上级为物流部经理”。
二、第一章仓库保管员任职资格中“学历：中专及以上”修改为“学历：大专及以上”。
人力资源部
2025年3月20日
"""
_CHECKS = [("检查项目", "工作内容", "频次", "记录表单"), ("货架", "检查货架立柱和横梁有无变形", "每周", "货架检查表"),
           ("消防器材", "检查灭火器压力和消防通道", "每日", "消防检查表"), ("温湿度", "记录库区温湿度，超标时开启除湿机", "每日", "温湿度记录表")]


def _warehouse(corpus: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_heading("仓库巡检岗位说明", level=1)
    doc.add_paragraph("仓库巡检员隶属物流部，直接上级为仓库主管。")
    doc.add_paragraph("仓库巡检员日常巡检内容见下表：")
    table = doc.add_table(rows=0, cols=4)
    for row in _CHECKS:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    doc.save(corpus / "仓库巡检岗位说明.docx")


def test_amendments_a_boxed_note_short_names_and_a_table_of_one_list_column(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "warehouse54", {"仓库岗位手册.txt": _WAREHOUSE, "修改通知.txt": _NOTICE},
                                write=_warehouse)
    ask = lambda q: services.chat.ask(q, Conversation())  # noqa: E731
    # an amendment that quotes the old and the new wording, in force from the date its preamble gives: the new value first
    boss = ask("保管员现在归谁管")
    assert boss.role == "仓库保管员" and boss.text.index("物流部经理") < boss.text.index("仓库主管"), boss.text
    schooling = ask("仓库保管员要什么学历")
    assert schooling.text.index("大专及以上") < schooling.text.index("中专及以上"), schooling.text
    # a certificate stated only in a boxed note of the post's own part
    cert = ask("仓库保管员要什么证")
    assert not cert.refused and "叉车作业证" in cert.text, cert.text
    # "食安员": the qualifier by its first characters, the title word by its last
    short = ask("食安员向谁汇报")
    assert short.role == "食品安全管理员" and "品质经理" in short.text, (short.role, short.text)
    # "检查项目 | 工作内容 | 频次 | 记录表单": a list's one column among the company's own is the header
    duties = ask("仓库巡检员的岗位职责")
    assert all(x in duties.text for x in ("货架立柱", "灭火器压力", "温湿度")), duties.text


def test_a_kpi_sheet_of_one_row_per_post_with_indicators_side_by_side(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "门店岗位"
    ws.append(["门店岗位月度KPI（2025）"])
    ws.merge_cells("A1:K1")
    ws.append(["岗位", "考核人", "指标1", None, None, "指标2", None, None, "指标3", None, None])
    for col in ("C2:E2", "F2:H2", "I2:K2"):
        ws.merge_cells(col)
    ws.append([None, None, *["指标名称", "权重", "目标值"] * 3])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.append(["收银员", "收银主管", "收银差错次数", "40%", "0次", "会员办卡数", "30%", "≥20张", "顾客满意度", "30%", "≥95%"])
    ws.append(["理货员", "理货主管", "缺货率", "50%", "≤2%", "临期商品下架及时率", "50%", "100%", None, None, None])
    ws.append(["注：各指标按月考核。"])
    ws.merge_cells("A6:K6")
    wb.save(tmp_path / "门店KPI.xlsx")
    kpis = file_records(tmp_path, "门店KPI.xlsx").kpis
    by_post = {post: [(k.name, k.weight, k.target) for k in kpis if post in k.roles] for post in ("收银员", "理货员")}
    assert by_post["收银员"] == [("收银差错次数", 40.0, "0次"), ("会员办卡数", 30.0, "≥20张"), ("顾客满意度", 30.0, "≥95%")], by_post
    assert by_post["理货员"] == [("缺货率", 50.0, "≤2%"), ("临期商品下架及时率", 50.0, "100%")], by_post


def test_a_superior_said_as_under_whose_leadership_the_post_works(tmp_path: Path) -> None:
    text = "仓储经理岗位职责\n一、职责总述：\n在物流总监的直接领导下，负责仓库的收发存管理和团队建设。\n二、工作内容：\n1、制定仓库年度工作计划；\n2、组织月度盘点；\n3、管理仓库员工排班。\n"
    (tmp_path / "仓储经理.txt").write_text(text, encoding="utf-8")
    (profile,) = file_records(tmp_path, "仓储经理.txt").profiles
    assert profile.fields["reports_to"].text == "物流总监", profile.fields
