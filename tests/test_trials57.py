"""Round 57, written here from scratch for a bakery's central kitchen and other companies (the blind testers
wrote a city zoo and a medical-aesthetics clinic chain): a manual numbered 3.1, 3.2 … whose last post is
followed by the next chapter ("4 卫生红线") under a post that says only 略."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records, indexed_services

_MANUAL = """中央厨房岗位作业手册
1　总则
1.1　本手册规定中央厨房各岗位的职责和任职要求。
2　岗位说明
2.1　面点师
岗位职责：
1. 按生产计划制作面包、蛋糕坯和酥点。
2. 控制醒发温度和时间，做好生产记录。
任职要求：中专及以上学历，2年以上面点制作经验，持健康证。
2.2　裱花师
岗位职责：略（该岗位拟于明年设立，职责另行制定）。
3　卫生红线
3.1　生熟分开，不得混放；3.2　过敏原原料单独存放，不得混用工具。
"""


def test_the_next_chapter_after_a_void_post_is_no_duty_of_that_post(tmp_path: Path) -> None:
    (tmp_path / "作业手册.txt").write_text(_MANUAL, encoding="utf-8")
    profiles = {p.title: p for p in file_records(tmp_path, "作业手册.txt").profiles}
    decorator = profiles.get("裱花师")
    texts = [i.text for i in decorator.duties + decorator.qualifications] if decorator else []
    assert not any("卫生红线" in t or "生熟分开" in t for t in texts), texts
    baker = profiles["面点师"]
    assert len(baker.duties) == 2 and not any("红线" in i.text for i in baker.duties), [i.text for i in baker.duties]


def _book_of_forms(corpus: Path) -> None:
    """A Word book of two posts of an aquarium, each a 项目 | 内容 | 修订备注 form, then a 签批 table."""
    import docx

    d = docx.Document()
    d.add_paragraph("海洋馆运营部岗位说明书汇编（2025版）")
    posts = [
        ("岗位说明书之一　水族饲养员（编号HY-01，海水区、淡水区通用）",
         [("所属部门", "运营部", ""), ("直接上级", "饲养组长", ""), ("学　　历", "中专及以上", "2025.01修订：原为初中及以上"),
          ("工作经验", "1年以上水族饲养经验", "")]),
        ("岗位说明书之二　水质化验员（编号HY-02）",
         [("所属部门", "运营部", ""), ("直接上级", "运营部经理", ""), ("学　　历", "大专及以上", ""),
          ("证　　书", "化学检验员证", "")]),
    ]
    for title, rows in posts:
        d.add_paragraph(title)
        d.add_paragraph("一、基本信息")
        table = d.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ["项　　目", "内　　容", "修订备注"]):
            cell.text = text
        for label, value, note in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = label, value, note
        d.add_paragraph("二、签批")
        sign = d.add_table(rows=2, cols=2)
        sign.rows[0].cells[0].text, sign.rows[0].cells[1].text = "编制：人力资源部", "审核："
        sign.rows[1].cells[0].text, sign.rows[1].cells[1].text = "批准：", "日期：2025年1月"
    d.save(corpus / "岗位说明书汇编.docx")


def test_forms_with_a_revision_note_column_under_numbered_post_titles(tmp_path: Path) -> None:
    _book_of_forms(tmp_path)
    profiles = {p.title: p for p in file_records(tmp_path, "岗位说明书汇编.docx").profiles}
    # the posts are named by their titles, not by the note column's header nor the sign-off part
    assert set(profiles) == {"水族饲养员", "水质化验员"}, sorted(profiles)
    keeper, tester = profiles["水族饲养员"], profiles["水质化验员"]
    assert keeper.fields["reports_to"].text == "饲养组长" and tester.fields["reports_to"].text == "运营部经理"
    # the value before the revision is no requirement; who drew the form up is no headcount
    assert [q.text for q in keeper.qualifications if q.category == "education"] == ["中专及以上"], keeper.qualifications
    assert "headcount" not in keeper.fields and "headcount" not in tester.fields


_POSTINGS = """需求编号,岗位名称,所属部门,要求_学历,要求_专业,要求_经验,岗位职责,薪资范围
Q-01,售票员,票务中心,高中及以上,不限,1年以上收银经验,负责门票销售和退改签,4000-4500元/月
"""


def test_an_export_whose_requirement_columns_are_grouped_by_a_prefix(tmp_path: Path) -> None:
    (tmp_path / "招聘需求.csv").write_text(_POSTINGS, encoding="utf-8")
    seller = file_records(tmp_path, "招聘需求.csv").profiles[0]
    by = {q.category: q.text for q in seller.qualifications}
    assert by.get("education") == "高中及以上" and by.get("experience") == "1年以上收银经验", by


_RULES = """游客中心管理规程
1 目的
规范游客中心的服务工作。
2 职责
2.1 票务主管
a）组织每日售票和结账；
b）审核退票申请。
3 考核
票务员按月考核，指标如下：
岗位 考核指标 权重 目标值
售票差错率 50% ≤0.1%
票务员 日结账准时率 30% 100%
游客投诉件数 20% ≤1件
4 附则：本规程自2025年1月1日起施行。
"""


def test_a_spaced_kpi_table_whose_post_cell_spans_its_rows(tmp_path: Path) -> None:
    (tmp_path / "管理规程.txt").write_text(_RULES, encoding="utf-8")
    entries = file_records(tmp_path, "管理规程.txt").kpis
    assert [(e.roles, e.name, e.weight) for e in entries] == [
        (["票务员"], "售票差错率", 50), (["票务员"], "日结账准时率", 30), (["票务员"], "游客投诉件数", 20)], entries


_TECH = """公司,岗位名称,工作地点,岗位职责,岗位要求
云帆科技,平台Site Reliability Engineer,上海,"负责DevOps平台的运维和发布;作为SRE成员保障线上稳定","本科及以上;4年以上系统管理员经验"
云帆科技,数据分析师,上海,负责经营数据分析,本科及以上;2年以上数据分析经验
"""
_LIST = """招聘岗位一览
岗位名称,所属部门,岗位职责,任职要求
销售经理,市场部,负责区域客户开发和回款,大专及以上;3年以上销售经验
"""


def test_a_title_asked_by_its_short_name_or_where_it_is_listed_is_that_post(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "tech57",
                               {"技术岗位招聘.csv": _TECH, "招聘岗位一览.csv": _LIST.split("\n", 1)[1]})
    ask = services.chat.ask
    # "平台SRE岗": the title's own words before its short name, and a filler after it: that post, no narrower one
    sre = ask("云帆那个平台SRE岗要求几年工作经验", Conversation())
    assert "4年以上" in sre.text and "专门资料" not in sre.text and "仅供参考" not in sre.text, sre.text
    # "招聘岗位一览里销售经理": where the post is listed (…里), no narrower post
    sales = ask("招聘岗位一览里销售经理要做什么", Conversation())
    assert "区域客户开发" in sales.text and "专门资料" not in sales.text, sales.text


_GUIDE = """# 新员工入职指南（门店篇）

=== "烘焙师"

    **你的上级**：店长

    **上班时间**：早班 5:30—14:00，做六休一。

    **你每天要做的事**：

    1. 按出品计划烘烤面包和蛋糕；
    2. 记录烤箱温度和出品数量。

    **入职要求**：中专及以上学历；1年以上烘焙经验。

=== "收银员"

    **你的上级**：店长

    **上班时间**：A班 8:00—16:00 或 B班 14:00—22:00。
"""
_HANDBOOK = """门店岗位手册
第一章 店长
店长隶属营运部，直接上级为区域经理。
店长主要职责如下：
1. 负责门店营业额目标达成；
2. 安排员工排班，并组织晨会。
门店班次安排见下表：
门店班次表（各店通用）
第二章 裱花师
略。
附录A 2023版岗位薪资标准（已废止，仅供查阅）
现行薪资以《薪酬总表》为准。
第三章 面包师
面包师隶属生产部。
店长每月对面包师考核，考核指标如下：
序号 考核指标 权重 目标值
1 出品合格率 50% ≥98%
2 报损率 50% ≤3%
"""
_RULES57 = """门店人事调整通知
自2025年3月1日起，夜班收银员改为直接向值班经理汇报；白班收银员仍向店长汇报。
"""


def test_a_guide_of_tabs_a_post_left_out_and_an_announced_table(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "bakery57",
                               {"入职指南.md": _GUIDE, "门店岗位手册.txt": _HANDBOOK, "调整通知.txt": _RULES57})
    snapshot = services.components.snapshot()
    # each tab of the guide is its post: "你的上级", "入职要求" are its boss and its requirements
    baker = next(p for p in snapshot.profiles_of("烘焙师"))
    assert baker.fields["reports_to"].text == "店长" and any("1年以上" in q.text for q in baker.qualifications), baker
    assert any(p.fields.get("reports_to") and p.fields["reports_to"].text == "店长" for p in snapshot.profiles_of("收银员"))
    # the list ends where a table of something else is announced
    manager = next(p for p in snapshot.profiles_of("店长") if p.span.file == "门店岗位手册.txt")
    assert len(manager.duties) == 2 and "安排员工排班" in manager.duties[-1].text, [d.text for d in manager.duties]
    # a post whose whole description is 略: said so, not a void appendix below it
    ask = services.chat.ask
    decorator = ask("裱花师的职责有哪些", Conversation())
    assert decorator.refused and "略" in decorator.text and "附录" not in decorator.text, decorator.text
    # a table announced by a sentence whose subject is the post: that post's indicators
    assert {e.name for e in snapshot.kpis_for("面包师")} == {"出品合格率", "报损率"}, snapshot.kpis_for("面包师")
    # a change for some of a post's holders ("夜班收银员") is shown below the fact, not in its place
    cashier = ask("收银员的直接上级是谁", Conversation())
    assert "店长" in cashier.text.splitlines()[0] and "值班经理" in cashier.text, cashier.text
    # a unit the documents name before the title, which its post is not of: no post described
    assert ask("生产部的店长负责什么", Conversation()).refused
    assert not ask("营运部的店长负责什么", Conversation()).refused
    # "第2个指标…": the list's own noun names no item; the second indicator shown is meant
    chat = Conversation()
    ask("面包师的考核指标有哪些", chat)
    second = ask("第2个指标怎么考核", chat)
    assert "报损率" in second.text and "出品合格率" not in second.text, second.text
    # "KIP": the letters of KPI, which the documents do not write otherwise
    assert ask("面包师的KIP有哪些", Conversation()).intent == "kpi"



def test_a_paragraph_that_names_the_asked_post_is_searched_as_its_passage(shipped_services) -> None:  # type: ignore[no-untyped-def]
    # "外贸业务经理需要有较强的市场开拓能力…" opens an essay of duty lists (002, line 159) in no section of
    # the post's own: a passage naming the asked post is boosted as the post's sections are
    hits = shipped_services.search.search("外贸业务经理对个人素质有什么要求", k=5)
    assert any(h.chunk.file.startswith("002_") and h.chunk.line_start <= 159 <= h.chunk.line_end for h in hits), [
        (h.chunk.file[:3], h.chunk.line_start) for h in hits]


_EXPORT = """# 知识库导出：门店运营 / 岗位说明
门店运营/收银员/所属部门\t营运部
门店运营/收银员/直属上级\t值班经理
门店运营/收银员/岗位职责/01\t负责收银和开具发票
门店运营/收银员/岗位职责/02\t每班结束核对现金和账目
门店运营/收银员/任职资格/01\t高中及以上学历
门店运营/理货员/直属上级\t店长
门店运营/理货员/岗位职责/01\t按陈列图补货上架

门店运营/防损员/所属部门\t营运部
门店运营/防损员/岗位职责\t（待补充）
"""


def test_a_knowledge_base_exported_one_fact_per_path_keyed_line(tmp_path: Path) -> None:
    (tmp_path / "岗位导出.txt").write_text(_EXPORT, encoding="utf-16")
    profiles = {p.title: p for p in file_records(tmp_path, "岗位导出.txt").profiles}
    cashier = profiles["收银员"]
    assert cashier.department == "营运部" and cashier.reports_to == "值班经理", cashier
    assert len(cashier.duties) == 2 and "开具发票" in cashier.duties[0].text, cashier.duties
    assert cashier.qualifications and "高中" in cashier.qualifications[0].text
    assert profiles["理货员"].reports_to == "店长" and len(profiles["理货员"].duties) == 1
    # (a last group of two lines after a blank one is read alike: the 待补充 is no duty of the post above)
    assert not any("待补充" in d.text for p in profiles.values() for d in p.duties), profiles
