"""corpus-extra (real HR documents in every format): roles, KPI library and exact items per format.

The corpus is used in place (never copied into corpus/). Ground truth: its roles.json and kpis.json.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.ingest.clean import normalize_line
from assistant.ingest.pipeline import corpus_stats, ingest_records
from assistant.ingest.records import FileRecords, RecordStore
from assistant.models import JobProfile, KpiEntry

EXTRA = Path(__file__).resolve().parents[2] / "shared" / "corpus-extra"
pytestmark = pytest.mark.skipif(not (EXTRA / "roles.json").is_file(), reason="shared/corpus-extra is not present")

# Roles whose documents state no duties at all (requirements or a KPI sheet only, per the corpus
# README and notes): for them a profile with what the document does state is the expectation.
NO_DUTIES_STATED = {"生产技术部长", "焊工", "铆工", "高压值班电工", "人事行政部经理", "人力资源专员", "教务", "财务分析会计"}


def squash(text: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, FileRecords]:
    home = tmp_path_factory.mktemp("extra-home")
    settings = Settings(home=home, corpus_dir=EXTRA)
    result, recs = ingest_records([EXTRA], settings, RecordStore(settings.records_dir))
    assert sorted(result.failed) == ["kpis.json", "roles.json"]  # ground truth files are not documents
    return recs


def _matches(profile: JobProfile, titles: set[str]) -> bool:
    return squash(profile.title) in titles or any(squash(a) in titles for a in profile.aliases)


def test_roles_become_profiles_with_duties(records: dict[str, FileRecords]) -> None:
    roles = json.loads((EXTRA / "roles.json").read_text("utf-8"))
    found, missing, without_duties = 0, [], []
    for role in roles:
        titles = {squash(t) for t in role["titles"]}
        hits = [p for p in records[role["file"]].profiles if _matches(p, titles)]
        if not hits:
            missing.append(role["titles"][0])
            continue
        found += 1
        if role["titles"][0] not in NO_DUTIES_STATED and not any(p.duties for p in hits):
            without_duties.append(role["titles"][0])
    assert found / len(roles) >= 0.9, missing
    assert not without_duties, without_duties


def test_no_invented_roles(records: dict[str, FileRecords]) -> None:
    """Every profile is one of the roles the documents describe (precision on this corpus)."""
    roles = json.loads((EXTRA / "roles.json").read_text("utf-8"))
    known = {(r["file"], squash(t)) for r in roles for t in r["titles"]}
    bogus = [
        (p.span.file, p.title)
        for rec in records.values()
        for p in rec.profiles
        if not ((p.span.file, squash(p.title)) in known or any((p.span.file, squash(a)) in known for a in p.aliases))
    ]
    assert not bogus


def _weight(text: str | None) -> float | None:
    return float(text.rstrip("%")) if text else None


def test_kpi_library_has_the_stated_indicators(records: dict[str, FileRecords]) -> None:
    expected = json.loads((EXTRA / "kpis.json").read_text("utf-8"))
    hits = 0
    for kpi in expected:
        entries = [e for e in records[kpi["file"]].kpis if squash(e.name) == squash(kpi["name"])]
        good = [
            e for e in entries
            if e.weight == _weight(kpi["weight"])
            and (kpi["dimension"] is None or squash(e.dimension) == squash(kpi["dimension"]))
            and ("dimension_weight" not in kpi or e.dimension_weight == _weight(kpi["dimension_weight"]))
            and ("period" not in kpi or kpi["period"] is None or squash(e.period) == squash(kpi["period"]))
        ]
        hits += bool(good)
    assert hits / len(expected) >= 0.9


def _kpi(records: dict[str, FileRecords], file: str, name: str) -> KpiEntry:
    return next(e for e in records[file].kpis if e.name == name)


def test_kpi_rows_know_department_dimension_and_formula(records: dict[str, FileRecords]) -> None:
    hr = _kpi(records, "cx04_部门KPI指标库.xlsx", "培训费用预算达成率")
    # 指标类型 and 考核目标 are merged cells over four rows: filled down to this row.
    assert (hr.dimension, hr.bsc.value, hr.objective, hr.department) == ("财务类", "财务", "费用和成本控制", "人力资源部")
    assert hr.formula == "(实际发生费用/计划费用)*100%" and not hr.dimension_inferred
    treasury = _kpi(records, "cx04_部门KPI指标库.xlsx", "资金收支准确度")
    assert treasury.department == "资金部" and treasury.section == "20.2 资金部关键绩效考核指标"
    assert treasury.dimension is None and treasury.dimension_inferred  # the sheet states none
    md = _kpi(records, "cx09_人事行政部经理绩效考核表.md", "后勤投诉次数")
    assert (md.dimension, md.dimension_weight, md.weight, md.roles) == ("客户类", 10.0, 5.0, ["人事行政部经理"])
    names = {e.name for e in records["cx09_人事行政部经理绩效考核表.md"].kpis}
    assert not names & {"合计得分", "绩效评价"}  # totals are not indicators


def test_scoring_items_are_criteria_of_their_indicator(records: dict[str, FileRecords]) -> None:
    entries = records["cx14_财务部内控与财务分析KPI组成表.txt"].kpis
    indicators = [e.name for e in entries if e.kind == "indicator" and e.origin == "table"]
    assert indicators == ["企业内控制度的调整", "财务分析报告", "利润中心的操作维护", "月底结帐处理"]
    criteria = [(e.name, e.weight, e.parent) for e in entries if e.kind == "criterion"]
    assert criteria == [
        ("格式", 10.0, "财务分析报告"),
        ("数据的准确性", 30.0, "财务分析报告"),
        ("数据的有效性", 30.0, "财务分析报告"),
        ("报告提交的及时性", 30.0, "财务分析报告"),
    ]
    month_end = next(e for e in entries if e.name == "月底结帐处理")
    assert "准确性50%" in month_end.sentence  # the follow-on row belongs to the indicator above it
    assert next(e for e in entries if e.name == "财务分析报告").soft  # "软指标"


def _profile(records: dict[str, FileRecords], file: str, title: str) -> JobProfile:
    return next(p for p in records[file].profiles if p.title == title)


def test_docx_cell_numbered_items_are_separate(records: dict[str, FileRecords]) -> None:
    p = _profile(records, "cx01_财务部经理岗位说明书.docx", "财务部经理")
    assert p.aliases == ["经理"] and p.organisation == "XXXX袜业有限公司"
    assert (p.department, p.reports_to, p.subordinates) == ("财务部", "财务总监", "财务会计、出纳")
    skills = [q for q in p.qualifications if q.category == "skills"]
    assert [q.text[:2] for q in skills] == ["1、", "2、", "3、", "4、", "5、"]
    assert len({q.span.line_start for q in skills}) == 5  # one cell, five paragraphs, five lines
    assert {q.category for q in p.qualifications} >= {"education", "certificate", "experience", "skills"}
    assert [d.text for d in p.duties][0].startswith("1、根据公司中、长期经营计划")
    assert len(p.kpis) == 7  # 岗位工作目标 1–7, over two rows
    dispatcher = _profile(records, "cx02_车辆调度员岗位说明书.docx", "车辆调度员")
    assert dispatcher.reports_to == "车辆租赁中心主任"
    assert "1.根据客户有车需求,对人员车辆进行合理调配" in [d.text for d in dispatcher.duties]
    assert [q.category for q in dispatcher.qualifications][:2] == ["education", "major"]


def test_docx_manual_numbered_heading_names_the_role(records: dict[str, FileRecords]) -> None:
    p = _profile(records, "cx03_培训部工作手册.docx", "培训部经理")
    assert [d.text[:2] for d in p.duties] == ["a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)"]


def test_xlsx_rows_cite_sheet_and_row(records: dict[str, FileRecords]) -> None:
    rec = records["cx04_部门KPI指标库.xlsx"]
    sheets = {r.name: r for r in rec.regions if r.kind == "sheet"}
    assert set(sheets) == {"人力资源部KPI", "财务类部门KPI"}
    entry = _kpi(records, "cx04_部门KPI指标库.xlsx", "审计报告归档率")
    region = next(r for r in rec.regions if r.line_start <= entry.span.line_start <= r.line_end)
    row = entry.span.line_start - region.line_start + region.first_row
    assert (region.name, row) == ("财务类部门KPI", 29)
    jobs = records["cx05_招聘岗位一览.xlsx"]
    copy = _profile(records, "cx05_招聘岗位一览.xlsx", "文案策划")
    assert copy.aliases == ["文案策划(2名)"]
    assert [d.span.line_start for d in copy.duties] == [4, 4, 4, 4]  # sheet row 4, one line per row
    assert copy.qualifications[0].text == "1、大专以上,20-35岁,有经验者优先。"
    assert len(jobs.profiles) == 5


def test_csv_multiline_cell_items_stay_in_their_row(records: dict[str, FileRecords]) -> None:
    rec = records["cx06_技术岗位招聘信息.csv"]
    tester = _profile(records, "cx06_技术岗位招聘信息.csv", "测试工程师(测试经理)")
    assert {"测试工程师", "测试经理"} <= set(tester.aliases)
    assert tester.organisation == "慧算账研发广州平台" and tester.location == "广州" and tester.pay == "15K - 45K"
    assert len(tester.duties) == 6 and len(tester.qualifications) >= 4
    lines = [normalize_line(x) for x in (EXTRA / "cx06_技术岗位招聘信息.csv").read_text("utf-8-sig").split("\n")]
    for item in tester.duties + tester.qualifications:
        assert item.text.split("\n")[0] in lines[item.span.line_start - 1]
    row_lines = [p.span for p in rec.profiles]
    for a, b in zip(row_lines, row_lines[1:]):
        assert a.line_end < b.line_start  # each posting stays inside its own CSV row
    sre = next(p for p in rec.profiles if "Site Reliability Engineer" in p.title)
    assert sre.duties and len(sre.qualifications) == 5
    assert next(p for p in rec.profiles if p.title == "DBA").duties


def test_html_list_items_are_items_and_menus_are_gone(records: dict[str, FileRecords]) -> None:
    rec = records["cx07_人才招聘.html"]
    buyer = _profile(records, "cx07_人才招聘.html", "采购员")
    assert len(buyer.duties) == 8 and buyer.duties[0].text == "制定采购制度和相关操作流程。"
    welder = _profile(records, "cx07_人才招聘.html", "焊工")
    assert {q.category for q in welder.qualifications} >= {"education", "age", "gender"}
    text = "\n".join(c.text for c in rec.chunks)
    assert "人才战略" not in text and "高频焊接薄壁H型钢" not in text  # navigation lists dropped
    assert rec.removed_lines >= 10


def test_pdf_table_cells_become_profile_parts(records: dict[str, FileRecords]) -> None:
    p = _profile(records, "cx08_培训学校出纳岗位说明书.pdf", "出纳")
    assert p.reports_to == "分校校长" and len(p.duties) == 10
    assert p.duties[0].text == "根据各校区发来的收入数据进行数据录入,结出库存余额;"
    assert {"experience", "skills", "gender"} <= {q.category for q in p.qualifications}
    assert any(r.kind == "page" for r in records["cx08_培训学校出纳岗位说明书.pdf"].regions)


def test_markdown_blank_group_cells_inherit_the_label(records: dict[str, FileRecords]) -> None:
    entries = [e for e in records["cx09_人事行政部经理绩效考核表.md"].kpis if e.origin == "table"]
    assert len(entries) == 16
    by_name = {e.name: e for e in entries}
    assert by_name["人事行政成本控制"].dimension == "财务类"  # blank cell under 财务类(15%)
    assert by_name["人力计划完成率"].dimension == "学习成长革新类" and by_name["人力计划完成率"].bsc.value == "学习与成长"
    assert by_name["工作流程改善目标完成率"].weight == 0.0
    assert sum(e.weight or 0 for e in entries) == 100


def test_tab_separated_kpi_table_has_weights(records: dict[str, FileRecords]) -> None:
    entries = [e for e in records["cx14_财务部内控与财务分析KPI组成表.txt"].kpis if e.kind == "indicator"]
    assert [(e.name, e.weight, e.period) for e in entries] == [
        ("企业内控制度的调整", 25.0, "季"), ("财务分析报告", 30.0, "季"), ("利润中心的操作维护", 20.0, "季"),
        ("月底结帐处理", 25.0, "季"),
    ]
    assert all(e.department == "财务部" for e in entries)


def test_text_formats_postings_and_flattened_forms(records: dict[str, FileRecords]) -> None:
    assert records["cx10_导购岗位职责.txt"].encoding == "gb18030"
    guides = records["cx10_导购岗位职责.txt"].profiles
    assert all(p.title == "导购" for p in guides) and all(p.duties for p in guides)
    assert not any("在现实社会中" in d.text for p in guides for d in p.duties)  # the intro is not a duty
    front = _profile(records, "cx11_酒店前台职位描述.txt", "酒店前台")
    assert len(front.duties) == 5 and len(front.qualifications) == 4 and len(front.benefits) == 3
    admin = _profile(records, "cx12_行政主管岗位说明书.txt", "行政主管/行政经理助理")
    assert {"行政主管", "行政经理助理"} <= set(admin.aliases)
    assert (admin.department, admin.reports_to) == ("行政管理部", "行政经理")
    assert admin.purpose[0].text == "协助行政经理安排、落实行政服务支持工作。"
    assert len(admin.duties) >= 10
    recruiter = _profile(records, "cx13_人力资源招聘专员行为标准.txt", "人力资源招聘专员(一级)")
    assert recruiter.organisation == "xx公司" and recruiter.duties
    wrapped = next(d for d in recruiter.duties if d.text.startswith("1.1"))
    assert wrapped.text.endswith("案。") and wrapped.span.line_end == wrapped.span.line_start + 1
    payroll = _profile(records, "cx16_薪资核算专员职位描述.txt", "薪资核算专员")
    assert len(payroll.duties) == 9 and len(payroll.qualifications) == 4
    assert "编制薪酬分析报告" in payroll.duties[7].text  # the unnumbered continuation line stays in item 8


def test_chunks_carry_structure(records: dict[str, FileRecords]) -> None:
    chunks = [c for rec in records.values() for c in rec.chunks]
    assert all(c.section_id and c.section_start and c.section_end for c in chunks)
    assert all(c.context for c in chunks)
    kpi_chunks = [c for c in records["cx04_部门KPI指标库.xlsx"].chunks if c.section_kind.value == "kpi"]
    assert kpi_chunks and all("\n序号 | " in "\n" + c.text for c in kpi_chunks)  # header row in every chunk
    front = next(c for c in records["cx11_酒店前台职位描述.txt"].chunks if c.role == "酒店前台" and c.section_kind.value == "duties")
    assert front.context.endswith("酒店前台 · 岗位职责") or "岗位职责" in front.context
    stats = corpus_stats(records)
    assert stats.kpi_indicators >= 50 and stats.roles >= 35
