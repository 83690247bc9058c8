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
