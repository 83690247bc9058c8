"""Round 58, written here from scratch for a bike-sharing operator, a nursery-garden company and a water
park (the blind testers wrote an express-delivery company and a seed company): Word books of label rows
over value rows under a bulleted title line, a calendar of marks, a duty table whose standards sit in
their own column, a post that shares another's items; workbooks of weights with the posts down the
side and totals saved without their values; an HR system's record page of read-only fields; a text
file of facts set off by inner bullets; a PDF whose running title names each page's post."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records, indexed_services


def _book(corpus: Path) -> None:
    """A bike-sharing operator's Word book: two posts, each under "▌岗位：X　　岗位编码：Y"."""
    import docx

    d = docx.Document()
    d.add_paragraph("运维中心岗位说明书（2025版）")
    d.add_paragraph("▌岗位：车辆运维员　　岗位编码：YW-01")
    d.add_paragraph("一、基本信息")
    info = d.add_table(rows=4, cols=4)
    for r, cells in enumerate([["所属部门", "直接上级", "工作地点", "定员"], ["运维中心", "运维组长", "城东片区", "12"],
                               ["岗位等级", "薪资标准", "班次", "审核人"], ["P2", "月薪5200—6800元", "两班倒", "人力资源部"]]):
        for c, text in enumerate(cells):
            info.rows[r].cells[c].text = text
    d.add_paragraph("二、岗位职责")
    duties = d.add_table(rows=4, cols=3)
    for r, cells in enumerate([["序号", "工作内容", "时限/标准"], ["1", "巡查片区停放点，扶正倒伏车辆", "每班巡查两遍"],
                               ["2", "回收故障车辆并登记报修", "发现后2小时内回收"], ["3", "清理违停车辆，配合城管整治", "接单后30分钟内到场"]]):
        for c, text in enumerate(cells):
            duties.rows[r].cells[c].text = text
    d.add_paragraph("▌岗位：换电专员　　岗位编码：YW-02")
    d.add_paragraph("二、岗位职责")
    d.add_paragraph("职责：同车辆运维员第1～2条，另增加以下职责：")
    extra = d.add_table(rows=3, cols=8)
    months = ["序号", "工作内容", "1月", "2月", "3月", "4月", "5月", "6月"]
    for r, cells in enumerate([months, ["1", "更换电动车电池并回收旧电池", "", "●", "●", "", "", ""],
                               ["2", "盘点电池仓库存", "●", "", "", "●", "", "●"]]):
        for c, text in enumerate(cells):
            extra.rows[r].cells[c].text = text
    d.save(corpus / "运维中心岗位说明书.docx")


def test_a_word_book_of_bulleted_titles_label_rows_a_calendar_and_shared_items(tmp_path: Path) -> None:
    _book(tmp_path)
    profiles = {p.title: p for p in file_records(tmp_path, "运维中心岗位说明书.docx").profiles}
    keeper, swapper = profiles["车辆运维员"], profiles["换电专员"]
    # the bulleted title line names the post and its code; both pairs of label rows are read
    assert keeper.fields["code"].text == "YW-01" and swapper.fields["code"].text == "YW-02"
    assert keeper.fields["reports_to"].text == "运维组长" and "5200" in keeper.fields["pay"].text
    assert keeper.fields["level"].text == "P2" and keeper.department == "运维中心"
    # each duty keeps its standard
    assert any("巡查片区" in d.text and "每班巡查两遍" in d.text for d in keeper.duties), [d.text for d in keeper.duties]
    # the line sharing another post's items is part of the list; the calendar's marks say when
    texts = [d.text for d in swapper.duties]
    assert any("同车辆运维员第1" in t for t in texts), texts
    assert any("更换电动车电池" in t and "2月" in t and "3月" in t and "1月" not in t for t in texts), texts


def _weights(corpus: Path) -> None:
    """A nursery-garden company's KPI workbook: weights with the posts down the side, targets on a
    sheet of their own, and totals saved as formulas without their values (a program wrote it)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "岗位权重"
    ws.append(["岗位权重表（单位：%）"])
    ws.append(["考核岗位", "经营类", None, "养护类", None, "权重合计"])
    ws.append([None, "A01 苗木销售额", "A02 回款及时率", "B01 苗木成活率", "B02 病虫害发生率", None])
    ws.append(["苗木销售员", 60, 40, None, None, "=SUM(B4:E4)"])
    ws.append(["养护技术员", None, None, 70, 30, "=SUM(B5:E5)"])
    for ref in ("A1:F1", "B2:C2", "D2:E2", "A2:A3", "F2:F3"):
        ws.merge_cells(ref)
    targets = wb.create_sheet("目标值")
    targets.append(["考核岗位", "指标名称", "目标值"])
    targets.append(["苗木销售员", "苗木销售额", "季度120万元"])
    targets.append(["苗木销售员", "回款及时率", "≥95%"])
    staff = wb.create_sheet("定编")
    staff.append(["岗位", "东苗圃", "西苗圃", "南苗圃", "合计"])
    staff.append(["养护技术员", 4, 3, 2, "=B2+C2+D2"])
    wb.save(corpus / "苗圃KPI与定编.xlsx")


def test_a_weight_matrix_with_posts_down_the_side_and_totals_without_values(tmp_path: Path) -> None:
    _weights(tmp_path)
    records = file_records(tmp_path, "苗圃KPI与定编.xlsx")
    weights = {(k.roles[0], k.name): k.weight for k in records.kpis if k.roles and k.weight is not None}
    assert weights.get(("苗木销售员", "苗木销售额")) == 60 and weights.get(("养护技术员", "病虫害发生率")) == 30, weights
    assert not any(k.name in ("经营类", "养护类", "权重合计") for k in records.kpis)
    # a total the workbook saved as a formula only is computed from its cells; the posts' figures
    # under the company's own columns are said with their columns
    grid = [c.text for c in records.chunks if "东苗圃" in c.text]
    assert any("东苗圃：4" in t and "合计：9" in t for t in grid), grid


def test_a_post_s_weights_and_targets_from_two_sheets_are_one_list(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "garden58", {}, write=_weights)
    answer = services.chat.ask("苗木销售员的考核指标有哪些", Conversation())
    assert answer.text.count("苗木销售额") == 1 and "60%" in answer.text and "40%" in answer.text, answer.text
    assert len(answer.items) == 2 and all(len(i.citations) == 2 for i in answer.items), answer.items


_RECORDS = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>岗位档案 - HR系统</title></head>
<body>
<form class="archive">
<h3>岗位档案：SL-02</h3>
<div><label>岗位名称</label><input type="text" readonly value="救生员"></div>
<div><label>所属部门</label><input type="text" readonly value="水上安全部"></div>
<div><label>直接上级</label><input type="text" readonly value="安全主管"></div>
<div><label>学历要求</label><input type="text" readonly value="高中及以上"></div>
<div><label>资格证书</label><input type="text" readonly value="游泳救生员国家职业资格证书"></div>
<div><label>岗位职责</label><textarea readonly rows="4">
1. 在指定瞭望台值守，观察水面游客动态；
2. 发现溺水险情立即施救并报告安全主管；
3. 每日开园前检查救生器材。
</textarea></div>
<p>档案状态：已审核　更新时间：2025-04-01</p>
</form>
</body></html>
"""


def test_a_record_page_of_read_only_fields(tmp_path: Path) -> None:
    (tmp_path / "岗位档案.html").write_text(_RECORDS, encoding="utf-8")
    records = file_records(tmp_path, "岗位档案.html")
    guard = next(p for p in records.profiles if p.title == "救生员")
    assert guard.fields["reports_to"].text == "安全主管" and guard.department == "水上安全部"
    assert [q.text for q in guard.qualifications if q.category == "certificate"] == ["游泳救生员国家职业资格证书"]
    assert len(guard.duties) == 3 and "瞭望台" in guard.duties[0].text, [d.text for d in guard.duties]
    # the record's state is no requirement of the post
    assert not any("已审核" in q.text for q in guard.qualifications)


_NOTICE_BOOK = """水上乐园岗位职责（试行）
◇ 岗位：水质检测员　　◇ 编号：SZ-01
◇ 部门：设备部　　◇ 直属上级：设备主管
◇ 任职要求：中专及以上学历，1年以上水质检测经验。
◇ 工作职责：
→ 每两小时检测一次池水余氯和pH值；
→ 填写水质检测记录并公示。

附：通知
自2025年6月1日起，救生员高温补贴由每天20元提高至30元。
"""


def test_facts_set_off_by_inner_bullets_and_a_notice_of_a_change(tmp_path: Path) -> None:
    (tmp_path / "岗位职责.txt").write_text(_NOTICE_BOOK, encoding="utf-8")
    tester = next(p for p in file_records(tmp_path, "岗位职责.txt").profiles if p.title == "水质检测员")
    assert tester.fields["code"].text == "SZ-01" and tester.fields["reports_to"].text == "设备主管"
    assert len(tester.duties) == 2 and "余氯" in tester.duties[0].text
    # another post's allowance changed by a notice is no pay of this one
    assert "pay" not in tester.fields, tester.fields


def test_a_pdf_whose_running_title_names_each_page_s_post(tmp_path: Path) -> None:
    """Two pages, each headed "… 岗位说明书 ｜ <post>", a form of spaced labels whose values wrap
    inside their cells, then the post's numbered duties (the PDF loader's lines and pages, as read)."""
    from assistant.config import Settings
    from assistant.ingest.layout import Source, Unit
    from assistant.ingest.pipeline import build_records
    from assistant.ingest.vocab import Vocab
    from assistant.lexicon import load_lexicon
    from assistant.models import LoadedDocument, Region

    pages = [["青禾园林 养护部岗位说明书 ｜ 养护技术员（QH-YH-02）", "岗位名称 养护技术员", "所属部门 养护部",
              "直接上级 养护主管", "学历 大专及以上", "工作经验 2年以上苗木养护经", "验", "工作地点 东苗圃（需轮岗至西苗",
              "圃）", "岗位职责", "1. 制定苗木浇水、施肥和修剪计划", "2. 巡查病虫害并组织防治"],
             ["青禾园林 养护部岗位说明书 ｜ 苗木销售员（QH-XS-01）", "岗位名称 苗木销售员", "所属部门 市场部",
              "直接上级 市场经理", "学历 高中及以上", "岗位职责", "1. 开发园林工程客户", "2. 跟进合同回款"]]
    lines = [text for page in pages for text in page]
    regions, start = [], 1
    for number, page in enumerate(pages, 1):
        regions.append(Region(kind="page", number=number, line_start=start, line_end=start + len(page) - 1))
        start += len(page)
    doc = LoadedDocument(file="岗位说明书.pdf", lines=lines, encoding="pdf", content_hash="x", regions=regions)
    source = Source(doc=doc, flow=[Unit(n, text) for n, text in enumerate(lines, 1)], kind="pdf")
    settings = Settings(home=tmp_path / "home")
    profiles = {p.title: p for p in build_records(source, settings, Vocab.build(load_lexicon(settings.home))).profiles}
    grower, seller = profiles["养护技术员"], profiles["苗木销售员"]
    # the second page is the second post, not more duties of the first
    assert len(grower.duties) == 2 and not any("苗木销售员" in d.text or "园林工程" in d.text for d in grower.duties)
    assert seller.fields["reports_to"].text == "市场经理" and len(seller.duties) == 2
    # the form's requirements are read, their wrapped values whole
    assert [q.text for q in grower.qualifications if q.category == "experience"] == ["2年以上苗木养护经验"], grower.qualifications
    assert grower.fields["location"].text == "东苗圃(需轮岗至西苗圃)", grower.fields["location"]


_MANUAL = """水上乐园运营手册
3.2　清洁员
清洁员的工作事项和标准见下表：
"""


def _manual(corpus: Path) -> None:
    import docx

    d = docx.Document()
    for line in _MANUAL.splitlines():
        d.add_paragraph(line)
    table = d.add_table(rows=3, cols=2)
    for r, cells in enumerate([["工作事项", "工作标准"], ["池岸清洁", "每小时冲洗一次，无积水无垃圾"],
                               ["更衣室消毒", "每日闭园后全面消毒并登记"]]):
        for c, text in enumerate(cells):
            table.rows[r].cells[c].text = text
    d.add_paragraph("任职要求：初中及以上学历，身体健康。")
    d.save(corpus / "运营手册.docx")


def test_a_table_of_work_items_beside_their_standards(tmp_path: Path) -> None:
    _manual(tmp_path)
    cleaner = next(p for p in file_records(tmp_path, "运营手册.docx").profiles if p.title == "清洁员")
    texts = [" ".join(d.text.split()) for d in cleaner.duties]
    assert any("池岸清洁" in t and "每小时冲洗" in t for t in texts), texts
    assert any("更衣室消毒" in t and "闭园后" in t for t in texts), texts


_POSTS = """水上乐园岗位说明
一、救生员
岗位职责：
1. 在瞭望台值守，观察游客动态
2. 发现险情立即施救
任职要求：
1. 持游泳救生员国家职业资格证书
2. 熟悉《安全生产法》和游泳场所卫生规范
3. 有泳池或海滨救生工作经验者优先
工作地点：浪花水上乐园（每年有1~2次到外地培训出差）
二、营销专员
岗位职责：
1. 策划暑期促销活动，宣传内容遵守广告相关法律
2. 对接旅行社团队客源
任职要求：大专及以上学历
三、驻场救生员
岗位职责：
1. 负责夜场泳池的巡场值守
2. 协助清点夜场救生器材
"""


def test_questions_about_a_post_in_other_words_than_its_material(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "waterpark58", {"岗位说明.txt": _POSTS})
    ask = services.chat.ask
    chat = Conversation()
    ask("救生员做什么", chat)
    # "出几趟差": the word the material writes is 出差
    trips = ask("一年要出几趟差", chat)
    assert not trips.refused and "2次" in trips.text and "出差" in trips.text, trips.text
    # "法律法规" said of the post's requirements in other words: its own line, shown as the post's, and
    # the post stays the topic
    laws = ask("这岗位得熟悉哪些法律法规", chat)
    assert not laws.refused and "安全生产法" in laws.text and laws.role == "救生员", laws.text
    assert "没有「" not in laws.text, laws.text
    # "海滨" is a word only this post's material uses: the question is about it
    beach = ask("之前在海滨干过算不算加分", chat)
    assert not beach.refused and beach.role == "救生员" and "优先" in beach.text, beach.text
    # 的 between a qualifier and the title, when the two make another post's title
    assert ask("夜场驻场的救生员做什么", Conversation()).role == "驻场救生员"
    # two facts asked at once, neither a field: each answered as asked alone
    both = ask("营销专员对学历和证书有要求吗", Conversation())
    assert not both.refused and "大专" in both.text, both.text


_SCORES = """客服部内控与服务质量KPI组成表
KPI	KPI说明	周期	考核标准	权重	数据来源	计算方法
投诉处理质量	软指标	季	100分	40%	回访记录	见附表
工单关闭及时率		季	100分	60%	工单系统	超时一单扣5分

附表：请针对质检专员提交的投诉处理报告从以下两方面评分
"""

_JOBS = """编号,岗位名称,所属部门,岗位职责,要求_学历,状态
J-01,票务员,票务中心,负责门票销售和退改签,高中及以上,招聘中
J-02,潜水教练,水上项目部,（岗位取消，需求关闭）,大专及以上,已关闭
"""

_CAREERS = """<html><head><meta charset="utf-8"><title>加入我们</title></head><body>
<h1>加入浪花水上乐园</h1>
<section><h2>票务员</h2>
<p>票务中心 ｜ 浪花水上乐园 ｜ 4200—5000元/月</p>
<h3>工作内容</h3><ul><li>负责门票销售和退改签</li><li>核对每日票款</li></ul>
<h3>我们希望你</h3><ul><li>高中及以上学历</li><li>能适应两班倒</li></ul>
<h3>福利待遇</h3>
<p>五险一金、员工免费畅玩、工作餐</p>
</section>
<section><h2>营销专员</h2><p>市场部 ｜ 浪花水上乐园 ｜ 6000—8000元/月</p></section>
</body></html>
"""


def test_an_indicator_of_a_table_that_names_a_post_only_in_a_note_a_closed_posting_and_a_one_line_part(
        tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "park58",
                               {"客服KPI.txt": _SCORES, "招聘需求.csv": _JOBS, "加入我们.html": _CAREERS})
    ask = services.chat.ask
    # "质检专员的工单关闭怎么考核": the post is only named by the table's note; the indicator the
    # question names in part is the table's
    scored = ask("质检专员的工单关闭怎么考核", Conversation())
    assert "工单关闭及时率" in scored.text and "超时一单扣5分" in scored.text, scored.text
    # a closed posting's "（岗位取消，需求关闭）" is no duty of the post
    closed = ask("潜水教练每天做哪些工作", Conversation())
    assert closed.refused, closed.text
    # "福利待遇" over one line of perks: that line is the post's benefits, not a heading of its own
    chat = Conversation()
    ask("票务员做什么", chat)
    perks = ask("福利呢", chat)
    assert "五险一金" in perks.text and "员工免费畅玩" in perks.text, perks.text


_HANDBOOK = """滑雪场运营手册
第二章　压雪车司机
2.1 压雪车司机负责雪道的夜间压实作业。
【岗位信息】
所属部门：雪道部
直接上级：雪道主管
2.2 压雪车司机主要负责：（1）夜间压实雪道；（2）每班检查车辆履带和液压系统。
2.3 薪资标准：月薪6000—8000元（含夜班津贴）。
2.4 任职要求：持A2驾驶证；无色盲色弱；能适应夜班。
第三章　附则
3.1 本手册由人力资源部负责解释。
"""

_CAREERS_SKI = """岗位招聘
一、某度假酒店的前台专员
岗位职责：
1. 办理滑雪票和住宿的登记与结账
2. 解答游客咨询
任职要求：大专及以上学历
二、教练队
（一）单板教练
岗位职责：
1. 教授单板滑雪课程
2. 负责学员安全
任职要求：持滑雪指导员职业资格证书；有促销经验者优先
工作地点：雪场教学区
"""

_NOTICE_SKI = """关于调整补贴标准的通知
自2025年12月1日起，补贴标准调整如下：
　　项目　　　　　　　　原标准　　　　　新标准
　　夜班补贴（压雪车司机）　40元/晚　　　　　60元/晚
"""

_PAY_SKI = """岗位,部门,月薪,岗位津贴
压雪车司机,雪道部,6000-8000元,高温津贴200元/月
"""


def test_a_manual_s_labelled_parts_a_place_before_a_title_s_head_and_a_named_allowance(
        tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "ski58",
                               {"运营手册.txt": _HANDBOOK, "招聘.txt": _CAREERS_SKI, "补贴通知.txt": _NOTICE_SKI,
                                "薪酬表.csv": _PAY_SKI})
    snapshot = services.components.snapshot()
    ask = services.chat.ask
    # "2.4 任职要求：…" after "2.3 薪资标准：…" in the post's chapter: its requirements, one per clause
    driver = next(p for p in snapshot.profiles_of("压雪车司机") if p.span.file == "运营手册.txt")
    assert any("色弱" in q.text for q in driver.qualifications) and any("A2" in q.text for q in driver.qualifications), driver.qualifications
    # "度假酒店前台": the title's first word after where the post works (某度假酒店的前台专员)
    assert ask("度假酒店前台干什么", Conversation()).role == "前台专员"
    # "促销经验" holds no abbreviation of a post; the question stays with the post discussed
    chat = Conversation()
    ask("单板教练要什么条件", chat)
    assert ask("促销经验是必须的吗", chat).role == "单板教练"
    # an allowance the question names beyond the post's pay sheet: the line naming it
    night = ask("压雪车司机的夜班补贴现在一晚多少", Conversation())
    assert "60元/晚" in night.text, night.text
    # a rule named in the question that no document states: refused, not answered from a line sharing a word
    assert ask("试用期最长能约定几个月", Conversation()).refused
