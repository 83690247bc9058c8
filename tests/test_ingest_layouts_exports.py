"""Layouts met on a blind trial (round 15: a supermarket chain and a software company), written here
from scratch for a hotel group: an HR-system export with English column names, bilingual
Markdown headings and labels, a wiki export with emoji headings and a callout row of facts,
numbered handbook sections naming posts, a two-column PDF, a careers page whose full posting is
only in its JSON-LD block, a pay-band sheet, a KPI rule written as a numbered list with weights,
and a bracketed label whose range is a count, not pay."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.config import Settings
from assistant.ingest.load import load_file
from assistant.ingest.pipeline import process_file
from _pdf_support import write_pdf


def _process(path: Path):
    return process_file(path, path.parent, Settings(home=path.parent / "home"))


def _profiles(path: Path) -> dict:
    return {p.title: p for p in _process(path).profiles}


def test_an_hr_system_export_with_english_column_names(tmp_path: Path) -> None:
    path = tmp_path / "hr_export.csv"
    path.write_text(
        "req_id,job_title,department,location,salary_range,education,experience,responsibilities,requirements,"
        "hiring_manager,contact_person,status\n"
        'H-01,礼宾员,前厅部,三亚,5000-6500/月,大专,1年以上,"1. 负责行李寄存和递送；\n2. 为宾客预订车辆和餐厅。",'
        '"1. 大专及以上学历；\n2. 英语口语流利。",前厅经理,人事主管,Open\n'
        'H-02,宴会销售经理,销售部,三亚,12000-18000/月,本科,3年以上,"1. 开发婚宴和会议客户；\n2. 完成月度宴会销售指标。",'
        '"1. 本科及以上学历；\n2. 3年以上酒店宴会销售经验。",销售总监,人事主管,Open\n',
        encoding="utf-8",
    )
    profiles = _profiles(path)
    assert set(profiles) == {"礼宾员", "宴会销售经理"}, set(profiles)  # the contact's title opens no post
    concierge = profiles["礼宾员"]
    assert concierge.department == "前厅部" and concierge.location == "三亚"
    assert concierge.pay == "5000-6500/月" and concierge.reports_to == "前厅经理"
    assert len(concierge.duties) == 2
    assert any("英语口语流利" in i.text for i in concierge.qualifications)


def test_bilingual_headings_and_labels(tmp_path: Path) -> None:
    path = tmp_path / "kitchen_openings.md"
    path.write_text(
        "# Kitchen Openings｜厨房招聘\n\n"
        "## 1. Sous Chef（副厨师长）\n\n**Reports to 汇报对象:** 行政总厨\n**Salary 薪资:** 15-20K\n\n"
        "### Responsibilities｜岗位职责\n\n- 协助行政总厨管理中西厨房\n- 制定每周菜单和备料计划\n\n"
        "### Requirements｜任职要求\n\n- 8年以上五星级酒店厨房经验\n- 持中式烹调师证\n\n"
        "## 2. Pastry Cook（面点师）\n\n**Reports to 汇报对象:** 副厨师长\n\n"
        "### Responsibilities｜岗位职责\n\n- 制作早餐面点和宴会甜品\n",
        encoding="utf-8",
    )
    profiles = _profiles(path)
    assert set(profiles) == {"副厨师长", "面点师"}, set(profiles)
    sous = profiles["副厨师长"]
    assert sous.reports_to == "行政总厨" and sous.pay == "15-20K"
    assert "Sous Chef" in sous.aliases  # people may call it by the other name
    assert len(sous.duties) == 2 and len(sous.qualifications) == 2
    assert profiles["面点师"].reports_to == "副厨师长"


def test_a_wiki_export_with_emoji_headings_and_a_callout_row_of_facts(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("客房与前厅岗位说明", level=0)
    for title, facts, duties in (
        ("客房主管", "💡 所属部门：客房部 ｜ 汇报给：客房经理 ｜ 工作地点：三亚", ["安排客房服务员每日排班；", "抽查已清扫客房。"]),
        ("夜审员", "💡 所属部门：财务部 ｜ 汇报给：收入审计主管", ["核对当日房费和餐饮收入；", "出具夜审报表。"]),
    ):
        document.add_heading(title, level=1)
        document.add_table(rows=1, cols=1).rows[0].cells[0].text = facts
        document.add_heading("🧰 你将负责", level=2)
        for duty in duties:
            document.add_paragraph(duty, style="List Bullet")
        document.add_heading("🎯 我们希望你", level=2)
        document.add_paragraph("大专及以上学历；", style="List Bullet")
    path = tmp_path / "wiki_export.docx"
    document.save(str(path))
    profiles = _profiles(path)
    assert set(profiles) == {"客房主管", "夜审员"}, set(profiles)
    lead = profiles["客房主管"]
    assert (lead.department, lead.reports_to, lead.location) == ("客房部", "客房经理", "三亚")
    assert [i.text.rstrip(";；。") for i in lead.duties] == ["安排客房服务员每日排班", "抽查已清扫客房"]
    assert profiles["夜审员"].reports_to == "收入审计主管"


def test_numbered_handbook_sections_name_posts_and_the_next_section_closes_them(tmp_path: Path) -> None:
    path = tmp_path / "员工手册第五章.txt"
    path.write_text(
        "第五章 康体岗位规范\n"
        "5.1 总则\n本章适用于康体中心全体员工。\n"
        "5.2 救生员\n岗位归属：康体部，直接上级为康体主管。\n主要职责：\n（1）泳池开放期间全程值守；\n（2）每日检测池水余氯。\n"
        "任职要求：\n持救生员国家职业资格证书，能适应倒班。\n"
        "5.3 康体前台\n岗位归属：康体部。\n主要职责：\n（1）办理会员入场登记；\n（2）发放毛巾和更衣柜钥匙。\n"
        "5.4 排班与考勤\n康体中心实行早晚两班制，员工须按时打卡。\n",
        encoding="utf-8",
    )
    rec = _process(path)
    profiles = {p.title: p for p in rec.profiles}
    assert set(profiles) == {"救生员", "康体前台"}, set(profiles)
    assert len(profiles["救生员"].duties) == 2 and profiles["救生员"].qualifications
    closing = [s for a in rec.articles for s in a.sections if s.heading and "排班与考勤" in s.heading]
    assert closing and closing[0].role is None and closing[0].kind.value == "prose"  # no longer the 前台's


def _two_column_pdf(path: Path) -> None:
    runs = [(150, 760, 12, "Spring hiring brochure of the Seaside Hotel Group")]
    for row in range(6):
        y = 700 - row * 20
        runs += [(40, y, 11, f"left column line {row} about the concierge"), (330, y, 11, f"right column line {row} about the night auditor")]
    write_pdf(path, [runs])


def test_a_two_column_pdf_is_read_column_by_column(tmp_path: Path) -> None:
    path = tmp_path / "brochure.pdf"
    _two_column_pdf(path)
    lines = load_file(path, tmp_path, Settings(home=tmp_path / "h")).lines
    assert lines[0].startswith("Spring hiring brochure")  # the full-width title keeps its place
    left = [i for i, line in enumerate(lines) if line.startswith("left column")]
    right = [i for i, line in enumerate(lines) if line.startswith("right column")]
    assert len(left) == len(right) == 6
    assert max(left) < min(right), lines  # the whole left column first, not row by row across both


def test_a_careers_page_whose_full_posting_is_only_in_json_ld(tmp_path: Path) -> None:
    postings = {"@context": "https://schema.org", "@graph": [
        {"@type": "JobPosting", "title": "救生员", "description": "岗位职责：1.泳池值守；2.检测池水。"},
        {"@type": "JobPosting", "title": "水疗技师", "employmentType": "FULL_TIME",
         "baseSalary": {"@type": "MonetaryAmount", "value": {"minValue": 6000, "maxValue": 9000, "unitText": "MONTH"}},
         "description": "岗位职责：1.为宾客提供水疗护理；2.保持理疗室整洁；3.登记护理项目。任职要求：持保健按摩师证；1年以上经验。"},
    ]}
    path = tmp_path / "careers.html"
    path.write_text(
        "<html><head><title>招聘</title>\n<script type=\"application/ld+json\">\n"
        + json.dumps(postings, ensure_ascii=False, indent=2)
        + "\n</script>\n</head><body><h1>热招岗位</h1>\n"
        "<section><h2>救生员</h2><h3>岗位职责</h3><ol><li>泳池值守；</li><li>检测池水。</li></ol></section>\n"
        "<section><h2>水疗技师</h2><ul><li>水疗中心</li><li>三亚</li></ul><p>为宾客提供水疗服务。<a href='/j/2'>查看详情</a></p></section>\n"
        "</body></html>\n",
        encoding="utf-8",
    )
    profiles = _profiles(path)
    assert set(profiles) == {"救生员", "水疗技师"}, set(profiles)
    assert len(profiles["救生员"].duties) == 2  # shown on the page already: not read twice
    spa = profiles["水疗技师"]
    assert [i.text.lstrip("0123456789.").rstrip(";；。") for i in spa.duties] == ["为宾客提供水疗护理", "保持理疗室整洁", "登记护理项目"]
    assert any("保健按摩师证" in i.text for i in spa.qualifications)
    assert spa.pay == "6000-9000元/月"
    raw = path.read_text(encoding="utf-8").splitlines()
    assert "水疗护理" in raw[spa.duties[0].span.line_start - 1]  # cited on the JSON line that holds it


def test_a_pay_band_sheet_gives_each_post_its_range(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "薪资带宽"
    for row in (("岗位序列", "岗位", "职级", "月薪下限（元）", "月薪上限（元）", "备注"),
                ("服务序列", "礼宾员", "S1", 4500, 5500, None), (None, "客房服务员", "S1", 4000, 5000, "含夜班补贴")):
        sheet.append(row)
    path = tmp_path / "薪资带宽.xlsx"
    workbook.save(str(path))
    profiles = _profiles(path)
    assert profiles["礼宾员"].pay == "4500-5500" and profiles["客房服务员"].pay == "4000-5000"


def test_a_kpi_rule_written_as_a_numbered_list_with_weights(tmp_path: Path) -> None:
    path = tmp_path / "客房服务员月度绩效考核细则.txt"
    path.write_text(
        "海岸酒店客房服务员月度绩效考核细则\n\n一、适用范围\n本细则适用于全体客房服务员。\n\n二、考核指标\n"
        "1. 客房清扫合格率，权重40%\n   计算方法：抽检合格间数 ÷ 抽检总间数 × 100%\n   评分标准：≥98%得满分\n"
        "2. 宾客表扬次数，权重20%\n   评分标准：每月不少于2次\n",
        encoding="utf-8",
    )
    kpis = {k.name: k for k in _process(path).kpis}
    assert set(kpis) == {"客房清扫合格率", "宾客表扬次数"}, set(kpis)
    clean = kpis["客房清扫合格率"]
    assert clean.weight == 40 and clean.roles == ["客房服务员"]
    assert clean.formula and "抽检合格间数" in clean.formula and clean.definition == "≥98%得满分"


def test_a_bracketed_range_of_a_count_is_no_pay(tmp_path: Path) -> None:
    path = tmp_path / "总部岗位.txt"
    path.write_text(
        "【岗位名称】区域督导\n【所属部门】营运部\n【管辖范围】5-7家酒店\n"
        "【岗位职责】\n一、按月巡查所辖酒店；\n二、跟踪整改事项。\n【薪资待遇】9000-12000元/月\n",
        encoding="utf-8",
    )
    supervisor = _profiles(path)["区域督导"]
    assert supervisor.pay and "元" in supervisor.pay
    assert supervisor.subordinates and "5-7家酒店" in supervisor.subordinates


def test_a_posting_sent_as_a_mail_is_titled_by_its_subject(tmp_path: Path) -> None:
    path = tmp_path / "内推邮件.txt"
    path.write_text(
        "发件人: 王敏（人力资源部） <wangmin@example.cn>\n收件人: 全体员工\n主题: 【内推】礼宾员（三亚店）\n\n各位同事好：\n\n"
        "岗位：礼宾员\n部门：前厅部\n汇报：前厅经理\n\n工作内容：\n1）负责行李寄存；\n2）为宾客预订车辆。\n",
        encoding="utf-8",
    )
    rec = _process(path)
    assert rec.title == "【内推】礼宾员(三亚店)" and rec.articles[0].title == rec.title
    assert [p.title for p in rec.profiles] == ["礼宾员"]

