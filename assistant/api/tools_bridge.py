"""Adapters between the tools (JD drafting, KPI design, SMART check, exports) and the API/UI.

The web UI lets users edit drafts and tables, so exports here are made from the edited content
(Markdown text, table rows), not only from the tool's original result.
"""

from __future__ import annotations

import io
import math
import re
from typing import Any

from pydantic import BaseModel

from assistant.models import Citation


def dump(obj: Any) -> Any:
    """JSON-ready form of a tool result."""
    if isinstance(obj, BaseModel):
        return obj.model_dump(mode="json")
    if isinstance(obj, (list, tuple)):
        return [dump(x) for x in obj]
    if isinstance(obj, dict):
        return {k: dump(v) for k, v in obj.items()}
    return obj


# --- Markdown -> .docx (for the edited JD draft) ------------------------------------------------

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)、]\s*(.*)$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _add_runs(paragraph: Any, text: str) -> None:
    """Inline **bold**; everything else as plain text."""
    pos = 0
    for m in _BOLD.finditer(text):
        if m.start() > pos:
            paragraph.add_run(text[pos : m.start()])
        paragraph.add_run(m.group(1)).bold = True
        pos = m.end()
    if pos < len(text):
        paragraph.add_run(text[pos:])


def markdown_docx(text: str) -> bytes:
    """A Word document from simple Markdown: headings, bullet and numbered lists, bold, paragraphs."""
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(10.5)
    style.font.name = "Microsoft YaHei"
    # East-Asian text uses its own font slot in Word.
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Microsoft YaHei")
    table: list[list[str]] = []

    def flush_table() -> None:
        rows = [r for r in table if not all(re.fullmatch(r":?-{2,}:?", c.strip() or "--") for c in r)]
        table.clear()
        if not rows:
            return
        width = max(len(r) for r in rows)
        grid = document.add_table(rows=0, cols=width)
        grid.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = grid.add_row().cells
            for j in range(width):
                cells[j].text = ""
                _add_runs(cells[j].paragraphs[0], row[j].strip() if j < len(row) else "")
                if i == 0:
                    for run in cells[j].paragraphs[0].runs:
                        run.bold = True

    for raw in (text or "").splitlines():
        line = raw.rstrip()
        if line.lstrip().startswith("|"):
            table.append(line.strip().strip("|").split("|"))
            continue
        if table:
            flush_table()
        if not line.strip() or line.strip() in ("---", "***"):
            continue
        if line.lstrip().startswith(">"):
            document.add_paragraph().add_run(line.lstrip()[1:].strip()).italic = True
        elif m := _HEADING.match(line):
            level = min(len(m.group(1)), 4)
            document.add_heading(_BOLD.sub(r"\1", m.group(2)).strip(), level=0 if level == 1 else level - 1)
        elif m := _BULLET.match(line):
            _add_runs(document.add_paragraph(style="List Bullet"), m.group(1))
        elif m := _NUMBERED.match(line):
            _add_runs(document.add_paragraph(style="List Number"), m.group(1))
        else:
            _add_runs(document.add_paragraph(), line.strip())
    if table:
        flush_table()
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


# --- table rows -> .xlsx (for the edited KPI table) ---------------------------------------------


def weight_total(rows: list[list[Any]], index: int) -> int | float:
    """The sum of the numeric weights in column ``index`` (blank or non-numeric cells count as 0)."""
    total = 0.0
    for row in rows:
        value = row[index] if index < len(row) else None
        if isinstance(value, bool) or value is None:
            continue
        try:
            number = float(str(value).strip().rstrip("%％").strip())
        except ValueError:
            continue
        if math.isfinite(number):  # an emptied table cell comes back as NaN
            total += number
    return int(total) if total.is_integer() else round(total, 2)


def rows_xlsx(title: str, headers: list[str], rows: list[list[Any]], citations: list[Citation] | None = None) -> bytes:
    """The KPI table as a workbook: the (edited) rows with a live SUM of weights, and a 来源 sheet
    resolving the [n] markers of the 出处 column to file, lines and quote."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "KPI"
    ws.append([f"{title} — KPI 指标"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(headers)
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for row in rows:
        ws.append(["" if v is None or v != v else v for v in row])
    total_row = len(rows) + 3
    weight_col = headers.index("权重 (%)") + 1 if "权重 (%)" in headers else 3
    col = ws.cell(row=2, column=weight_col).column_letter
    ws.cell(row=total_row, column=1, value="合计").font = Font(bold=True)
    ws.cell(row=total_row, column=weight_col, value=f"=SUM({col}3:{col}{total_row - 1})").font = Font(bold=True)
    # The formula has no cached result in the file: readers that do not recalculate would see an
    # empty total, so the computed sum is written beside it as a plain number.
    ws.cell(row=total_row, column=weight_col + 1, value="合计(数值)").font = Font(bold=True)
    ws.cell(row=total_row, column=weight_col + 2, value=weight_total(rows, weight_col - 1)).font = Font(bold=True)
    widths = [22, 12, 10, 60, 36]
    for i, width in enumerate(widths[: len(headers)], 1):
        ws.column_dimensions[ws.cell(row=2, column=i).column_letter].width = width
    for r in ws.iter_rows(min_row=3, max_row=total_row):
        for cell in r:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    if citations:
        src = wb.create_sheet("来源")
        src.append(["编号", "文件", "起始行", "结束行", "原文"])
        for cell in src[1]:
            cell.font = Font(bold=True)
        for c in citations:
            src.append([c.id, c.file, c.line_start, c.line_end, c.quote])
        for col, width in zip("ABCDE", (6, 30, 8, 8, 90)):
            src.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- tool-specific adapters (filled in against the tools' models) -------------------------------


def jd_request(body: Any) -> Any:
    return jd_request_from(body.role, body.department, body.level, body.notes, getattr(body, "reports_to", None))


def jd_request_from(
    role: str, department: str | None, level: str | None, notes: str | None, reports_to: str | None = None
) -> Any:
    from assistant.tools.jd import JdRequest

    role = (role or "").strip()
    if not role:
        raise ValueError("请填写岗位名称")
    return JdRequest(
        role=role,
        department=(department or "").strip() or None,
        level=(level or "").strip() or None,
        reports_to=(reports_to or "").strip() or None,
        notes=(notes or "").strip() or None,
    )


def jd_rendered(draft: Any) -> tuple[str, list[Citation]]:
    """The draft as Markdown with [n] markers, and the citations those markers number."""
    from assistant.tools.export import render_jd_markdown

    rendered = render_jd_markdown(draft)
    return rendered.text, rendered.citations


def jd_markdown(draft: Any) -> str:
    return jd_rendered(draft)[0]


def jd_citations(draft: Any) -> list[Citation]:
    return jd_rendered(draft)[1]


def jd_docx(draft: Any) -> bytes:
    """The tools' own Word layout (tables for basic info and KPIs, sources appendix)."""
    import tempfile
    from pathlib import Path

    from assistant.tools.export import jd_to_docx

    with tempfile.TemporaryDirectory(prefix="gangwei-jd-") as tmp:
        return jd_to_docx(draft, Path(tmp) / "jd.docx").read_bytes()


def kpi_design_xlsx(design: Any) -> bytes:
    """The tools' own workbook (all columns, 出处 and 说明 sheets) for an unedited design."""
    import tempfile
    from pathlib import Path

    from assistant.tools.export import kpi_to_xlsx

    with tempfile.TemporaryDirectory(prefix="gangwei-kpi-") as tmp:
        return kpi_to_xlsx(design, Path(tmp) / "kpi.xlsx").read_bytes()


class NumberedQuotes:
    """Numbers SourceQuotes as citations [1], [2] … in first-use order (one number per span)."""

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self._ids: dict[tuple[str, int, int], int] = {}

    def number(self, quote: Any) -> int:
        key = (quote.file, quote.line_start, quote.line_end)
        if key not in self._ids:
            self._ids[key] = len(self.citations) + 1
            self.citations.append(
                Citation(id=self._ids[key], file=quote.file, line_start=quote.line_start,
                         line_end=quote.line_end, quote=quote.quote)
            )
        return self._ids[key]


def kpi_table(design: Any) -> tuple[list[list[Any]], list[Citation]]:
    """Rows (指标, 维度, 权重, 定义, 出处) and the numbered citations the 出处 column refers to."""
    book = NumberedQuotes()
    rows = []
    for k in design.indicators:
        where = "".join(f"[{book.number(q)}]" for q in k.citations)
        if k.derived:
            where = f"推导 {where}".strip()
        rows.append([k.name, k.dimension.value, k.weight, k.definition, where or "—"])
    for q in getattr(design, "method_citations", []) or []:
        book.number(q)
    return rows, book.citations


def kpi_rows(design: Any) -> list[list[Any]]:
    return kpi_table(design)[0]


def kpi_citations(design: Any) -> list[Citation]:
    return kpi_table(design)[1]


KPI_HEADERS = ["指标", "维度", "权重 (%)", "定义", "出处"]


def smart_html(report: Any) -> str:
    """The SMART report as compact HTML: one line per letter, then the rewrite."""
    from html import escape

    rows = []
    for f in report.flags:
        cls, mark = ("gw-smart-ok", "✓") if f.ok else ("gw-smart-bad", "✗")
        tip = f" — 建议: {escape(f.suggestion)}" if f.suggestion else ""
        rows.append(f'<li class="{cls}"><b>{mark} {escape(f.letter)} {escape(f.name)}</b>: {escape(f.reason)}{tip}</li>')
    verdict = "符合 SMART 原则" if report.passed else f"不符合: 缺少 {'、'.join(report.missing)}"
    cites = ""
    if report.citations:
        cites = "<div class='gw-hint'>依据: " + "; ".join(
            f"{escape(q.file)} 第 {q.line_start} 行 “{escape(q.quote)}”" for q in report.citations
        ) + "</div>"
    note = f"<div class='gw-hint'>{escape(report.note)}</div>" if report.note else ""
    return (
        f'<div id="gw-smart-report" data-passed="{str(report.passed).lower()}"><b>{verdict}</b>'
        f'<ul class="gw-smart">{"".join(rows)}</ul><div><b>改写建议</b>: {escape(report.rewrite)}</div>{cites}{note}</div>'
    )
