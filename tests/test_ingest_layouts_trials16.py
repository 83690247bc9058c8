"""Layouts met on a blind trial (round 16: a chemical plant, a tutoring company, a SaaS OKR sheet),
written here from scratch for a logistics company: an OKR sheet of O/KR rows, a Word JD with
numbered sub-headings under a cover page, a FAQ of 问/答 pairs, a Word JD whose facts sit in text
boxes, a careers page of ARIA tab panels, an emoji poster, an INI-style reporting-lines file, a
safety-duties regulation of numbered articles, and a PDF whose section label heads two pages."""

from __future__ import annotations

from pathlib import Path

from _pdf_support import write_pdf
from _answer_support import file_records


def _process(path: Path):
    return file_records(path.parent, path.name)


def _profiles(path: Path) -> dict:
    return {p.title: p for p in _process(path).profiles}


def test_an_okr_sheet_groups_key_results_under_their_objective(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "运营中心Q3 OKR"
    for row in (("运营中心 2025年第三季度 OKR", None, None, None, None, None),
                ("部门", "运营中心", "负责人", "运营总监", "评分方式", "0-1.0分"),
                ("类型", "编号", "内容", "权重", "衡量方式", "责任人"),
                ("O", "O1", "提升干线准点率", "60%", None, "运营总监"),
                ("KR", "KR1.1", "干线发车准点率达到98%", "35%", "准点发车数÷计划发车数", "调度主管"),
                ("KR", "KR1.2", "中转场滞留件不超过500件/日", "25%", "以系统日报为准", "场站经理"),
                ("O", "O2", "降低单票成本", "40%", None, "运营总监"),
                ("KR", "KR2.1", "单票中转成本下降5%", "40%", "本季单票成本÷上季单票成本-1", "财务BP")):
        sheet.append(row)
    path = tmp_path / "2025年OKR.xlsx"
    workbook.save(str(path))
    kpis = {k.name: k for k in _process(path).kpis}
    # the objectives head their key results; they are not indicators of their own
    assert set(kpis) == {"干线发车准点率达到98%", "中转场滞留件不超过500件/日", "单票中转成本下降5%"}, set(kpis)
    first = kpis["干线发车准点率达到98%"]
    assert first.dimension == "O1 提升干线准点率" and first.dimension_weight == 60
    assert first.weight == 35 and first.formula == "准点发车数÷计划发车数"
    assert first.department == "运营中心" and first.roles == []  # the sheet is the unit's; 责任人 is who carries it
    assert kpis["单票中转成本下降5%"].dimension == "O2 降低单票成本"


def test_a_word_jd_with_numbered_sub_headings_after_a_cover_page(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for line in ("顺达物流有限公司", "场站岗位说明书", "二〇二五年五月", "修订记录"):
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells + table.rows[1].cells, ("版本", "修订日期", "修订内容", "A/0", "2025-05-01", "首次发布"), strict=True):
        cell.text = text
    for number, title, facts, duties, reqs in (
        ("一、", "分拣员", ["岗位名称：分拣员", "所属部门：中转场", "直接上级：分拣组长"],
         ["按流向分拣快件并装袋", "扫描每件快件的条码"], ["高中及以上学历", "能适应夜班"]),
        ("二、", "叉车司机", ["岗位名称：叉车司机", "所属部门：中转场", "直接上级：场站经理"],
         ["驾驶叉车装卸托盘货物", "每班检查叉车电量和制动"], ["持叉车证（N1）", "1年以上叉车驾驶经验"]),
    ):
        document.add_paragraph(f"{number}{title}岗位说明书")
        document.add_paragraph("1. 基本信息")
        for fact in facts:
            document.add_paragraph(fact)
        document.add_paragraph("2. 主要职责")
        for n, duty in enumerate(duties, 1):
            document.add_paragraph(f"（{n}）{duty}")
        document.add_paragraph("3. 任职资格")
        for n, req in enumerate(reqs, 1):
            document.add_paragraph(f"（{n}）{req}")
    path = tmp_path / "场站岗位说明书.docx"
    document.save(str(path))
    profiles = _profiles(path)
    assert set(profiles) == {"分拣员", "叉车司机"}, set(profiles)
    sorter = profiles["分拣员"]
    # "1. 基本信息" heads the facts and "2. 主要职责" the duties: neither is a duty itself
    assert [i.text for i in sorter.duties] == ["(1)按流向分拣快件并装袋", "(2)扫描每件快件的条码"], [i.text for i in sorter.duties]
    assert len(sorter.qualifications) == 2 and sorter.reports_to == "分拣组长" and sorter.department == "中转场"


def test_a_faq_of_question_and_answer_pairs(tmp_path: Path) -> None:
    path = tmp_path / "快递员岗位问答.txt"
    path.write_text(
        "快递员岗位问答（新员工版）\n站点运营部整理\n\n"
        "问1：每天主要做什么？\n答：①按路线派送快件；②上门揽收寄件；③当天交回货款和签收单。\n\n"
        "问2：需要什么条件？\n答：初中及以上学历；持C1驾驶证；能吃苦耐劳。\n\n"
        "问3：收入大概多少？\n答：底薪3000元加计件提成。\n",
        encoding="utf-8",
    )
    records = _process(path)
    kinds = {s.heading: s.kind.value for a in records.articles for s in a.sections if s.heading and s.heading.startswith("问")}
    assert kinds == {"问1:每天主要做什么?": "duties", "问2:需要什么条件?": "qualifications", "问3:收入大概多少?": "benefits"}, kinds
    courier = {p.title: p for p in records.profiles}["快递员"]
    assert courier.duties and courier.qualifications
    assert not any(i.text.startswith("答") for i in courier.duties + courier.qualifications)  # the prefix is no content
    # an essay's "问题：" line with no answer after it is not a FAQ
    essay = tmp_path / "essay.txt"
    essay.write_text("绩效考核的难点\n问题：为什么考核结果与预期相差很大？\n因为指标没有分解到岗位。\n", encoding="utf-8")
    assert not any((s.heading or "").startswith("问题") for a in _process(essay).articles for s in a.sections)


def _text_box_paragraph(paragraphs: list[str], fallback: bool) -> object:
    """A paragraph anchoring a text box: VML only, or a DrawingML box with its VML copy as
    ``mc:Fallback`` (what Word writes)."""
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    box = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    vml = f'<w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict>'
    if fallback:
        run = (f"<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>{box}"
               f"</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>")
    else:
        run = vml
    xml = (f'<w:p xmlns:w="{w}" xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           f'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:r>{run}</w:r></w:p>')
    return etree.fromstring(xml)


def test_a_word_jd_whose_facts_sit_in_text_boxes(tmp_path: Path) -> None:
    import docx

    for fallback in (False, True):
        document = docx.Document()
        document.add_heading("顺达物流有限公司 客服专员岗位说明", level=1)
        body = document.element.body
        body.insert(len(body) - 1, _text_box_paragraph(["所属部门：客服中心", "直接上级：客服主管", "工作地点：武汉"], fallback))
        document.add_paragraph("任职资格")
        body.insert(len(body) - 1, _text_box_paragraph(["1. 大专及以上学历", "2. 普通话标准"], fallback))
        document.add_paragraph("岗位职责")
        document.add_paragraph("1. 接听客户来电并登记工单")
        document.add_paragraph("2. 跟进破损件理赔")
        path = tmp_path / f"客服专员{int(fallback)}.docx"
        document.save(str(path))
        profile = _profiles(path)["客服专员"]
        assert profile.reports_to == "客服主管" and profile.location == "武汉", fallback
        # read once: Word's legacy copy of a box (mc:Fallback) adds nothing
        assert [i.text for i in profile.qualifications] == ["1.大专及以上学历", "2.普通话标准"], (fallback, profile.qualifications)
        assert len(profile.duties) == 2


def test_a_careers_page_of_tab_panels_named_by_their_tab_buttons(tmp_path: Path) -> None:
    panels = "".join(
        f'<div role="tabpanel" id="p{n}" aria-labelledby="t{n}"><p>{place} · 全职 · {pay}</p>'
        f"<h4>你要做的事</h4><ol><li>{duty}</li><li>{duty2}</li></ol><h4>我们希望你</h4><ul><li>{req}</li></ul>"
        f'<a class="apply" href="/apply">立即投递</a></div>'
        for n, place, pay, duty, duty2, req in (
            (1, "武汉转运中心", "5000-7000元/月", "监控干线车辆到场时间", "安排卸车月台", "大专及以上学历"),
            (2, "武汉总部", "6000-9000元/月", "核对承运商运费账单", "编制月度运费报表", "财务相关专业"),
        )
    )
    html = ('<html><head><title>加入我们</title></head><body>'
            '<div class="topbar">顺达物流招聘平台 | 欢迎您，访客 | <a href="/logout">退出</a></div>'
            '<div class="crumb"><a href="/">首页</a> &gt; 加入我们 &gt; 社会招聘</div><main><h1>加入顺达</h1><div class="tabs">'
            '<ul role="tablist"><li><button role="tab" id="t1" aria-controls="p1">车辆调度员</button></li>'
            '<li><button role="tab" id="t2" aria-controls="p2">运费结算专员</button></li></ul>'
            f"{panels}</div></main></body></html>")
    path = tmp_path / "join.html"
    path.write_text(html, encoding="utf-8")
    profiles = _profiles(path)
    assert set(profiles) == {"车辆调度员", "运费结算专员"}, set(profiles)  # not "立即投递"
    dispatcher = profiles["车辆调度员"]
    assert len(dispatcher.duties) == 2 and dispatcher.pay == "5000-7000元/月"
    assert any("财务相关专业" in i.text for i in profiles["运费结算专员"].qualifications)
    assert dispatcher.doc_title == "加入顺达"  # not the welcome bar nor the breadcrumb above it


def test_an_emoji_poster_with_bulleted_lists_and_bracketed_titles(tmp_path: Path) -> None:
    path = tmp_path / "招募令.txt"
    path.write_text(
        "🚚🚚 顺达物流 夏季招募令 🚚🚚\n✨ 一起送达每一份期待 ✨\n━━━━━━━━━━━━\n"
        "📦【快递员】急招10名 🔥\n📍 武汉各站点\n💰 底薪3000 + 计件\n👉 你要做：\n"
        "  ✅ 按路线派送快件\n  ✅ 上门揽收寄件\n👉 我们要你：\n  ⭐ 持C1驾驶证\n  ⭐ 能吃苦耐劳\n"
        "━━━━━━━━━━━━\n"
        "🏭【仓管员】招3名\n📍 东西湖园区（走马岭汇通大道8号）\n👉 你要做：\n  ✅ 管理仓库进出库\n  ✅ 每月盘点库存\n"
        "👉 我们要你：\n  ⭐ 高中及以上学历\n━━━━━━━━━━━━\n💡 加入顺达，一起成长！\n",
        encoding="utf-8",
    )
    profiles = _profiles(path)
    assert set(profiles) == {"快递员", "仓管员"}, set(profiles)  # the tag and headcount are no part of the title
    courier = profiles["快递员"]
    assert [i.text for i in courier.duties] == ["• 按路线派送快件", "• 上门揽收寄件"], courier.duties
    assert len(courier.qualifications) == 2
    assert len(profiles["仓管员"].duties) == 2  # the separator ends the list above it
    assert profiles["仓管员"].location == "东西湖园区(走马岭汇通大道8号)"  # a place with its address in brackets


def test_a_reporting_lines_file_written_like_an_ini_file(tmp_path: Path) -> None:
    path = tmp_path / "汇报关系.txt"
    path.write_text(
        "; 顺达物流 岗位汇报关系\n; 格式：[岗位] 上级 = … 下属 = … 归属 = …\n\n"
        "[场站经理]\n上级 = 区域运营总监\n下属 = 分拣组长, 叉车司机\n归属 = 武汉转运中心\n\n"
        "[分拣组长]\n上级 = 场站经理\n下属 = 分拣员\n归属 = 武汉转运中心\n",
        encoding="utf-8",
    )
    profiles = _profiles(path)
    assert set(profiles) == {"场站经理", "分拣组长"}, set(profiles)
    manager = profiles["场站经理"]
    assert manager.reports_to == "区域运营总监" and manager.department == "武汉转运中心"
    assert manager.subordinates == "分拣组长,叉车司机"
    assert manager.doc_title == "顺达物流 岗位汇报关系"  # without the comment mark


def test_a_safety_regulation_names_each_post_in_an_article(tmp_path: Path) -> None:
    path = tmp_path / "安全生产责任制.txt"
    path.write_text(
        "顺达物流安全生产责任制\n第一章 总则\n第一条 为落实安全生产责任，制定本制度。\n"
        "第二章 岗位安全职责\n第五条 叉车司机的安全职责\n（一）作业前检查叉车制动和喇叭；\n（二）严禁超载和载人。\n"
        "第六条 分拣员的安全职责\n（一）不得攀爬分拣线；\n（二）发现异响立即按急停。\n"
        "第三章 附则\n第九条 本制度自发布之日起施行。\n",
        encoding="utf-8",
    )
    profiles = _profiles(path)
    assert set(profiles) == {"叉车司机", "分拣员"}, set(profiles)  # "X的安全职责": the post, then a kind of duties
    assert len(profiles["分拣员"].duties) == 2  # the next chapter ends the article's post


def _paged_pdf(path: Path) -> None:
    pages = (["Dock Supervisor", "Responsibilities:", "1. plan the dock schedule", "2. assign loaders"],
             ["Requirements:", "1. three years of dock work", "2. forklift licence"],
             ["Requirements:", "1. night shifts", "2. first aid certificate"])
    write_pdf(path, [[(60, 760 - 24 * i, 11, text) for i, text in
                      enumerate(["Shunda Logistics job descriptions internal", *body, "Printed copy not controlled"])]
                     for body in pages])


def test_a_section_label_at_the_top_of_two_pages_is_no_running_header(tmp_path: Path) -> None:
    path = tmp_path / "dock.pdf"
    _paged_pdf(path)
    headings = [s.heading for a in _process(path).articles for s in a.sections]
    assert "Requirements:" in headings, headings  # repeated at two page tops, but a label
    assert not any(h and h.startswith("Shunda Logistics") for h in headings)  # the running header goes
