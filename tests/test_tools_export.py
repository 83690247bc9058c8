"""The one export path: JD Markdown/.docx/JSON, KPI .xlsx/CSV/Markdown/JSON, SMART Markdown, file names."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from _tools_support import company_snapshot

from assistant.models import Intent
from assistant.tools.errors import ToolError
from assistant.tools.export import (
    JD_SECTIONS,
    KPI_COLUMNS,
    KPI_SHEET,
    NOTE_SHEET,
    SOURCES_HEADING,
    as_answer,
    export,
    export_name,
    jd_docx,
    jd_markdown,
    kpi_csv,
    kpi_markdown,
    kpi_xlsx,
    smart_markdown,
)
from assistant.tools.jd import JdRequest, draft_jd
from assistant.tools.kpi_design import KpiRequest, design_kpis
from assistant.tools.smart import smart_check

MARKER = re.compile(r"\[\d+\]")


@pytest.fixture(scope="module")
def snapshot():
    return company_snapshot(with_methods=True)


@pytest.fixture(scope="module")
def draft(snapshot):
    return draft_jd(JdRequest(role="厨师长", notes="要求 持有高级烹调师证书优先；会说粤语"), snapshot)


@pytest.fixture(scope="module")
def design(snapshot):
    return design_kpis(KpiRequest(role="仓储部"), snapshot)


def test_jd_markdown_has_the_template_markers_and_sources(draft):
    text = jd_markdown(draft)
    for section in (*JD_SECTIONS, SOURCES_HEADING, "未采用的补充要求"):
        assert f"## {section}" in text
    used = {int(n) for n in re.findall(r"\[(\d+)\]", text.split(f"## {SOURCES_HEADING}")[0])}
    assert used == {c.id for c in draft.citations}
    assert "（用户补充）" in text and "会说粤语" in text


def test_docx_body_is_clean_and_sources_are_in_the_appendix(draft):
    import docx

    document = docx.Document(io.BytesIO(jd_docx(draft)))
    paragraphs = [p.text for p in document.paragraphs]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[: len(JD_SECTIONS)] == list(JD_SECTIONS) and headings[-1] == SOURCES_HEADING
    appendix = paragraphs.index("编制说明")
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    body = "\n".join(paragraphs[:appendix] + cells)
    assert not MARKER.search(body), "no [n] markers in the body"
    assert "用户补充" not in body and "相近岗位" not in body and "（推导" not in body
    sources = paragraphs[paragraphs.index(SOURCES_HEADING) + 1 :]
    assert sources and any(s.startswith("主要职责 第 1 条：《厨师长岗位说明书》") for s in sources)
    assert any("用户补充" in p for p in paragraphs[appendix:])  # provenance lives in the appendix
    assert document.tables[0].rows[0].cells[0].text == "岗位名称"


def test_xlsx_has_exactly_the_columns_a_sum_check_row_and_an_explanation_sheet(design):
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(kpi_xlsx(design)))
    assert wb.sheetnames == [KPI_SHEET, NOTE_SHEET]
    ws = wb[KPI_SHEET]
    assert tuple(c.value for c in ws[1]) == KPI_COLUMNS and ws.max_column == len(KPI_COLUMNS)
    n = len(design.indicators)
    rows = list(ws.iter_rows(min_row=2, max_row=n + 1, values_only=True))
    assert [r[2] for r in rows] == [k.name for k in design.indicators]
    assert sum(r[4] for r in rows) == 100
    assert ws.cell(row=n + 2, column=5).value == f"=SUM(E2:E{n + 1})"
    assert "=100" in ws.cell(row=n + 2, column=9).value
    notes = {row[0]: row[1] for row in wb[NOTE_SHEET].iter_rows(values_only=True) if row and row[0]}
    assert notes["权重合计"] == 100 and notes["设计说明"] == design.explanation
    assert "方法依据" in notes
    full = [row[1] for row in wb[NOTE_SHEET].iter_rows(values_only=True) if row and str(row[0]).startswith("[")]
    assert len(full) == len(design.citations)


def test_csv_has_a_bom_and_the_same_columns(design):
    data = kpi_csv(design)
    assert data.startswith("\ufeff".encode())
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(table[0]) == KPI_COLUMNS
    n = len(design.indicators)
    assert sum(int(r[4]) for r in table[1 : n + 1]) == 100
    assert table[n + 1][0] == "合计" and table[n + 1][4] == "100"


def test_office_exports_are_deterministic(draft, design):
    assert jd_docx(draft) == jd_docx(draft)
    assert kpi_xlsx(design) == kpi_xlsx(design)


def test_kpi_markdown_numbers_every_citation(design):
    text = kpi_markdown(design)
    assert "| " + " | ".join(KPI_COLUMNS) + " |" in text and "**100**" in text
    for c in design.citations:
        assert f"[{c.id}]" in text.split(f"## {SOURCES_HEADING}")[0]


def test_export_entry_point_names_and_formats(draft, design, snapshot):
    name, data, media = export(design, "xlsx")
    assert name == "KPI设计_仓储部.xlsx" and media.endswith("sheet") and data[:2] == b"PK"
    name, data, _ = export(draft, "markdown")
    assert name == "岗位说明书_厨师长.md" and data.decode().startswith("# 岗位说明书：厨师长")
    name, data, _ = export(draft, "json")
    assert json.loads(data)["role"] == "厨师长"
    report = smart_check("提高顾客满意度", snapshot)
    name, data, _ = export(report, "md")
    assert name.startswith("SMART检查_") and "改写建议" in data.decode()
    with pytest.raises(ToolError) as err:
        export(draft, "xlsx")
    assert err.value.status == 422 and "docx" in err.value.message
    assert export_name("jd", "前台/接待 员", "docx") == "岗位说明书_前台_接待_员.docx"


def test_smart_markdown_and_chat_answers(snapshot, draft, design):
    text = smart_markdown(smart_check("提高顾客满意度", snapshot))
    assert "✗ **M" in text and "✓ **S" in text and "[1]" in text
    answer = as_answer(draft, "帮我写一份厨师长的岗位说明书")
    assert answer.intent == Intent.jd_draft and answer.tool == "jd" and answer.citations == draft.citations
    kpi = as_answer(design, "给仓储部设计KPI")
    assert kpi.intent == Intent.kpi_design and len(kpi.items) == len(design.indicators)
