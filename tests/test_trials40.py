"""Layouts met on the round 40 trials, written here from scratch for a bakery chain: a KPI sheet whose posts sit under
one merged "权重（%）", an Excel CSV that names its delimiter on its first line, a post summary under grouped headers
below the sheet's title, a Word book whose posts are "岗位一 X" over "一、基本信息" or "◆ X" over tab-separated facts, a
handbook part holding both lists, and the everyday "X师傅"."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, file_records, indexed_services


def test_posts_under_one_merged_weight_header_each_get_their_column(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "烘焙车间"
    ws.append(["烘焙车间岗位KPI指标库（2025年度）"])
    ws.append(["指标编号", "指标名称", "目标值", "权重（%）", None])
    ws.append([None, None, None, "面包师", "裱花师"])
    ws.append(["HB-01", "出品合格率", "≥99%", 50, 30])
    ws.append(["HB-02", "原料损耗率", "≤2%", 50, None])
    ws.append(["HB-03", "裱花订单准时率", "≥98%", None, 70])
    ws.append(["合计", None, None, "=SUM(D4:D6)", "=SUM(E4:E6)"])
    for cells in ("A1:E1", "D2:E2", "A2:A3", "B2:B3", "C2:C3"):
        ws.merge_cells(cells)
    wb.save(str(tmp_path / "KPI.xlsx"))
    by_post: dict[str, list[tuple[str, float | None]]] = {}
    for k in file_records(tmp_path, "KPI.xlsx").kpis:
        for role in k.roles:
            by_post.setdefault(role, []).append((k.name, k.weight))
    assert by_post == {"面包师": [("出品合格率", 50), ("原料损耗率", 50)],
                       "裱花师": [("出品合格率", 30), ("裱花订单准时率", 70)]}, by_post


def test_a_csv_that_names_its_delimiter_first(tmp_path: Path) -> None:
    (tmp_path / "招聘需求.csv").write_text("sep=;\n需求编号;门店;岗位;学历要求;薪资(元/月)\nR01;西湖店;面包师;中专及以上;5000-7000\n",
                                          encoding="utf-8-sig")
    (profile,) = file_records(tmp_path, "招聘需求.csv").profiles
    assert profile.title == "面包师" and profile.fields["pay"].text == "5000-7000", profile.fields
    assert profile.fields["pay"].span.line_start == 3  # "sep=;" is line 1, the header line 2


def test_a_summary_sheet_with_grouped_headers_under_its_title(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["麦香烘焙 岗位信息总表（2025年4月）"])
    ws.append(["岗位", None, "汇报关系", "任职要求", None, "薪酬"])
    ws.append(["岗位编号", "岗位名称", "直接上级", "学历", "证书", "月薪区间（元）"])
    ws.append(["MX-01", "面包师", "烘焙主管", "中专及以上", "健康证", "5000-7000"])
    ws.append(["MX-02", "裱花师", "烘焙主管", "高中及以上", "健康证", "5500-7500"])
    for cells in ("A1:F1", "A2:B2", "D2:E2"):
        ws.merge_cells(cells)
    wb.save(str(tmp_path / "岗位总表.xlsx"))
    profiles = {p.title: p for p in file_records(tmp_path, "岗位总表.xlsx").profiles}
    assert set(profiles) == {"面包师", "裱花师"}, sorted(profiles)
    fields = {k: f.text for k, f in profiles["裱花师"].fields.items()}
    assert fields["reports_to"] == "烘焙主管" and fields["education"] == "高中及以上" and fields["pay"] == "5500-7500", fields


def _write_store_book(corpus: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("门店岗位说明")
    doc.add_paragraph("岗位一 面包师")
    doc.add_paragraph("一、基本信息")
    table = doc.add_table(rows=2, cols=2)
    for row, (label, value) in zip(table.rows, [("所属部门", "烘焙车间"), ("直接上级", "烘焙主管")]):
        row.cells[0].text, row.cells[1].text = label, value
    doc.add_paragraph("二、岗位职责")
    doc.add_paragraph("1. 按配方完成面团搅拌、发酵与烘烤；")
    doc.add_paragraph("2. 每日记录出品数量与报损。")
    doc.add_paragraph("◆ 店长（Store Manager）")
    doc.add_paragraph("所属部门：门店运营部\t直接上级：区域经理\t直接下级：店员、面包师")
    doc.add_paragraph("学历：大专及以上\t经验：3年以上烘焙零售经验")
    doc.add_paragraph("岗位职责：")
    doc.add_paragraph("①负责门店销售目标的分解与达成；②管理门店排班与考勤；③处理顾客投诉。")
    doc.save(str(corpus / "门店岗位说明.docx"))


def test_posts_opened_by_a_numbered_title_or_a_bullet_over_tabbed_facts(tmp_path: Path) -> None:
    _write_store_book(tmp_path)
    profiles = {p.title: p for p in file_records(tmp_path, "门店岗位说明.docx").profiles}
    # "岗位一 面包师" over "一、基本信息": the post, its facts and duties below
    baker = profiles["面包师"]
    assert baker.fields["reports_to"].text == "烘焙主管" and len(baker.duties) == 2, baker
    assert "location" not in baker.fields  # "一、基本信息" is a part of the card, no place
    # "◆ 店长" over "所属部门：…<tab>直接上级：…": the post and its facts
    manager = profiles["店长"]
    fields = {k: f.text for k, f in manager.fields.items()}
    assert fields["reports_to"] == "区域经理" and fields["education"] == "大专及以上", fields
    assert len(manager.duties) == 3, manager.duties


def test_a_part_holding_both_lists_leaves_its_posts_paragraphs_their_own_kind(tmp_path: Path) -> None:
    handbook = """品控部工作手册
一、部门职能
品控部负责原料、半成品与成品的检验。
二、岗位职责与任职要求
2.1 品控主管
品控主管向厂长汇报，管理本部门全部品控员。其主要工作是：建立食品安全管理体系；审批原料验收标准；主持每周质量例会。
任职要求：
本科及以上学历，食品科学专业；3年以上食品企业品控经验。
【修订说明】2025年2月，学历要求由大专调整为本科（修订人：人事部）。
"""
    (tmp_path / "品控部工作手册.txt").write_text(handbook, encoding="utf-8")
    (profile,) = file_records(tmp_path, "品控部工作手册.txt").profiles
    # "二、岗位职责与任职要求" names both lists: the post's paragraph is its duties, not requirements
    assert len(profile.duties) == 3 and profile.duties[1].text == "审批原料验收标准", [d.text for d in profile.duties]
    wants = [q.text for q in profile.qualifications]
    assert any("本科" in t for t in wants) and not any("修订说明" in t or "建立食品安全" in t for t in wants), wants


@pytest.fixture(scope="module")
def bakery_services(tmp_path_factory, settings_factory):  # type: ignore[no-untyped-def]
    posts = """麦香烘焙岗位说明书

裱花员
所属部门：烘焙车间
岗位职责：
1. 按订单完成蛋糕裱花与装饰
2. 每日清点奶油与色素库存
任职要求：
1. 持健康证

仓管员
所属部门：物流部
岗位职责：
1. 负责原料入库验收与出库登记
任职要求：
1. 持叉车证者优先
"""
    requisitions = ("需求编号;门店;岗位;人数;学历要求;经验要求;薪资(元/月);班次;期望到岗;备注\n"
                    "R01;西湖店;烘焙学徒;2;中专及以上;1年以上;4000-5500;早晚两班倒;2025-04-20;接受优秀应届生\n")
    return indexed_services(tmp_path_factory, settings_factory, "bakery", {"岗位说明书.txt": posts, "招聘需求.csv": requisitions})


@pytest.mark.slow
def test_everyday_names_of_a_post(bakery_services) -> None:  # type: ignore[no-untyped-def]
    # "裱花师傅": a post titled …员 said the everyday way; "仓库管理员" for 仓管员
    master, = _ask(bakery_services, "裱花师傅每天干什么")
    assert master.role == "裱花员" and "裱花与装饰" in unescape_md(master.text), master.text
    keeper, = _ask(bakery_services, "仓库管理员要什么证")
    assert keeper.role == "仓管员" and "叉车证" in unescape_md(keeper.text), keeper.text


@pytest.mark.slow
def test_a_drafts_citations_quote_what_their_lines_say(bakery_services) -> None:  # type: ignore[no-untyped-def]
    from assistant.eval.gold import CorpusLines
    from assistant.eval.metrics import citation_valid

    # a requisition's cells under their columns ("期望到岗" on the header line, "2025-04-20" on the row's):
    # the draft quotes the row's own words
    draft = bakery_services.tools.draft_jd("烘焙学徒")
    lines = CorpusLines(bakery_services.settings.corpus_dir, bakery_services.settings)
    assert draft.citations and all(citation_valid(c, lines) for c in draft.citations), [
        (c.file, c.line_start, c.quote) for c in draft.citations if not citation_valid(c, lines)]
