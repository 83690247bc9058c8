"""The one export path for the CLI, the web UI and the API: JD drafts, KPI designs, SMART reports.

Every function returns text or bytes (callers write files). Markdown keeps [n] markers and a
sources list; the .docx body is clean (no markers, no provenance notes) with the sources in an
appendix "出处"; the KPI sheet has exactly ``KPI_COLUMNS``, a SUM check row and a 「说明」 sheet.
Office files carry fixed timestamps, so the same draft always gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from typing import Any

from assistant.knowledge.citations import citation_lines, format_citation, source_label
from assistant.models import Answer, AnswerItem, Citation, Intent
from assistant.text import escape_md
from assistant.tools.errors import ToolError
from assistant.tools.jd import JdDraft, JdItem
from assistant.tools.kpi_design import KpiDesign
from assistant.tools.smart import SmartReport

KPI_COLUMNS = ("序号", "维度", "指标名称", "计算口径", "权重(%)", "数据来源", "目标值", "考核周期", "选取理由", "出处")
KPI_SHEET = "KPI 设计"
NOTE_SHEET = "说明"
JD_SECTIONS = ("基本信息", "岗位目的", "主要职责", "任职资格", "关键绩效指标", "工作关系")
SOURCES_HEADING = "出处"
FORMATS: dict[str, tuple[str, ...]] = {
    "jd": ("md", "docx", "json"),
    "kpi": ("xlsx", "csv", "md", "json"),
    "smart": ("md", "json"),
}
MEDIA_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_KIND_NAMES = {"jd": "岗位说明书", "kpi": "KPI设计", "smart": "SMART检查"}
_LEGEND = "本草稿由岗位助手依据知识库中的文档起草：[n] 为出处编号（见文末「出处」）；【待补充:…】为文档未提供、需人工填写的信息；标注「推导」「相近岗位」「用户补充」的条目请核对。"
_FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
_FIXED_STAMP = "2000-01-01T00:00:00Z"
_STAMP = re.compile(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def normalise_format(fmt: str) -> str:
    fmt = (fmt or "").strip().lower().lstrip(".")
    return {"markdown": "md", "word": "docx", "excel": "xlsx"}.get(fmt, fmt)


def export_name(kind: str, role: str, fmt: str) -> str:
    """"岗位说明书_车辆调度员.docx": the one file-name rule for every front end."""
    safe = re.sub(r'[\\/:*?"<>|\s]+', "_", (role or "").strip()).strip("_.") or "未命名"
    return f"{_KIND_NAMES.get(kind, kind)}_{safe[:40]}.{normalise_format(fmt)}"


_ESCAPED_MARK = re.compile(r"\\\[(\d+)\\\]")


def _md(text: str | None) -> str:
    """Document text inside Markdown, escaped (no markup from a document); our own [n] kept."""
    return _ESCAPED_MARK.sub(r"[\1]", escape_md(text or ""))


def _md_citations(citations: list[Citation]) -> list[str]:
    return [_md(line) for line in citation_lines(citations)]


def _marks(ids: list[int]) -> str:
    return "".join(f"[{i}]" for i in dict.fromkeys(ids))


# --- JD ---------------------------------------------------------------------------------------------------


def _flag(item: JdItem) -> str:
    if item.placeholder:
        return ""
    if item.origin == "related":
        return f"（相近岗位「{_md(item.source_role)}」）"
    if item.origin == "user":
        return f"（{_md(item.note or '用户补充')}）"
    if item.origin == "derived":
        return f"（推导：{_md(item.note)}）" if item.note else "（推导）"
    return f"（{_md(item.note)}）" if item.note else ""


def _md_line(item: JdItem) -> str:
    return f"{_md(item.text)}{_marks(item.citations)}{_flag(item)}"


def jd_markdown(draft: JdDraft) -> str:
    """The draft as Markdown with [n] markers, provenance flags and the sources list."""
    lines = [f"# 岗位说明书：{_md(draft.role)}", "", f"> {_LEGEND}", ""]
    for w in draft.warnings:
        lines.append(f"> ⚠ {_md(w)}")
    if draft.warnings:
        lines.append("")
    lines += [f"## {JD_SECTIONS[0]}", ""]
    lines += [f"- **{label}**：{_md_line(item)}" for label, item in draft.basics.items()]
    if draft.documents:
        lines.append(f"- **依据文档**：{'、'.join(f'《{_md(d)}》' for d in draft.documents[:6])}")
    lines += ["", f"## {JD_SECTIONS[1]}", "", _md_line(draft.purpose), "", f"## {JD_SECTIONS[2]}", ""]
    lines += [f"{i}. {_md_line(item)}" for i, item in enumerate(draft.duties, start=1)]
    lines += ["", f"## {JD_SECTIONS[3]}", ""]
    for category, items in draft.qualifications.items():
        lines += [f"### {_md(category)}", ""]
        lines += [f"{i}. {_md_line(item)}" for i, item in enumerate(items, start=1)]
        lines.append("")
    lines += [f"## {JD_SECTIONS[4]}", ""]
    lines += [f"{i}. {_md_line(item)}" for i, item in enumerate(draft.kpis, start=1)] or ["【待补充:关键绩效指标】"]
    lines += ["", f"## {JD_SECTIONS[5]}", ""]
    lines += [f"- {f'**{_md(item.category)}**：' if item.category else ''}{_md_line(item)}" for item in draft.relations]
    applied = [n for n in draft.notes if n.applied]
    if applied:
        lines += ["", "## 已采用的补充要求", ""] + [f"- 「{_md(n.note)}」：{_md(n.detail)}" for n in applied]
    if draft.not_applied:
        lines += ["", "## 未采用的补充要求", ""] + [f"- 「{_md(n.note)}」：{_md(n.detail)}" for n in draft.not_applied]
    lines += ["", f"## {SOURCES_HEADING}", ""]
    lines += _md_citations(draft.citations) or ["（无）"]
    return "\n".join(lines).rstrip() + "\n"


def _where(citations: dict[int, Citation], ids: list[int]) -> str:
    parts = []
    for i in ids:
        c = citations.get(i)
        if c is not None:
            quote = c.quote if len(c.quote) <= 40 else c.quote[:40] + "…"
            parts.append(f"{source_label(c)}{c.location or ''}：“{quote}”")
    return "；".join(parts)


def jd_docx(draft: JdDraft) -> bytes:
    """A Word document: the template with a clean body; sources and provenance only in the appendix."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading(f"岗位说明书：{draft.role}", level=0)
    doc.add_heading(JD_SECTIONS[0], level=1)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, item in draft.basics.items():
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, item.text
    doc.add_heading(JD_SECTIONS[1], level=1)
    doc.add_paragraph(draft.purpose.text)
    doc.add_heading(JD_SECTIONS[2], level=1)
    for i, item in enumerate(draft.duties, start=1):
        doc.add_paragraph(f"{i}. {item.text}")
    doc.add_heading(JD_SECTIONS[3], level=1)
    for category, items in draft.qualifications.items():
        doc.add_heading(category, level=2)
        for i, item in enumerate(items, start=1):
            doc.add_paragraph(f"{i}. {item.text}")
    doc.add_heading(JD_SECTIONS[4], level=1)
    for i, item in enumerate(draft.kpis, start=1):
        doc.add_paragraph(f"{i}. {item.text}")
    if not draft.kpis:
        doc.add_paragraph("【待补充:关键绩效指标】")
    doc.add_heading(JD_SECTIONS[5], level=1)
    for item in draft.relations:
        doc.add_paragraph((f"{item.category}：" if item.category else "") + item.text)

    # appendix: how the draft was made, then every item's sources
    doc.add_heading("编制说明", level=1)
    doc.add_paragraph(_LEGEND.replace("[n] 为出处编号（见文末「出处」）；", "各条内容的出处见文末「出处」；"))
    for w in draft.warnings:
        doc.add_paragraph(w)
    marked = [(name, i, item) for name, items in draft.sections() for i, item in enumerate(items, 1) if _flag(item)]
    for name, i, item in marked:
        doc.add_paragraph(f"{name} 第 {i} 条{_flag(item)}：{item.text}")
    for n in draft.notes:
        doc.add_paragraph(f"补充要求「{n.note}」：{'已采用' if n.applied else '未采用'}，{n.detail}")
    doc.add_heading(SOURCES_HEADING, level=1)
    by_id = {c.id: c for c in draft.citations}
    for name, items in draft.sections():
        for i, item in enumerate(items, start=1):
            if item.citations:
                label = name if len(items) == 1 else f"{name} 第 {i} 条"
                doc.add_paragraph(f"{label}：{_where(by_id, item.citations)}")
    buf = io.BytesIO()
    doc.save(buf)
    return _stable_zip(buf.getvalue())


def jd_json(draft: JdDraft) -> str:
    return draft.model_dump_json(indent=2)


# --- KPI design ---------------------------------------------------------------------------------------------


def kpi_rows(design: KpiDesign) -> list[list[Any]]:
    """The table every front end shows and exports: one row per indicator, ``KPI_COLUMNS`` in order."""
    by_id = {c.id: c for c in design.citations}
    rows = []
    for i, k in enumerate(design.indicators, start=1):
        dimension = k.dimension.value
        if k.dimension_label != k.dimension.value:
            dimension += f"（{k.dimension_label}）"
        if k.dimension_inferred:
            dimension += "（推断）"
        cited = [by_id[cid] for cid in k.citations if cid in by_id]
        sources = "；".join(f"[{c.id}] {source_label(c)}{c.location or ''}" for c in cited)
        rows.append([i, dimension, k.name, k.formula, k.weight, k.data_source, k.target, k.period, k.rationale,
                     sources])  # fmt: skip
    return rows


def kpi_markdown(design: KpiDesign) -> str:
    lines = [f"# 关键绩效指标设计：{_md(design.title)}", ""]
    if design.title != design.role:
        lines += [f"> 按知识库中的「{_md(design.title)}」设计（您输入的是「{_md(design.role)}」）。", ""]
    lines += ["| " + " | ".join(KPI_COLUMNS) + " |", "|" + "---|" * len(KPI_COLUMNS)]
    for row in kpi_rows(design):
        cells = [str(v) for v in row[:-1]] + [_marks(design.indicators[row[0] - 1].citations)]
        lines.append("| " + " | ".join(_md(c.replace("\n", " ")) if j < len(cells) - 1 else c for j, c in enumerate(cells)) + " |")
    lines.append(f"| | | **合计** | | **{design.total_weight}** | | | | | |")
    lines += ["", "## 设计说明", "", _md(design.explanation)]
    derived = [k for k in design.indicators if k.derivation]
    if derived:
        lines += ["", "### 推导过程", ""] + [f"- {_md(k.derivation)}{_marks(k.citations)}" for k in derived]
    if design.notes:
        lines += [""] + [f"> ⚠ {_md(n)}" for n in design.notes]
    lines += ["", f"## {SOURCES_HEADING}", ""] + (_md_citations(design.citations) or ["（无）"])
    return "\n".join(lines).rstrip() + "\n"


def kpi_xlsx(design: KpiDesign) -> bytes:
    """Sheet 「KPI 设计」 (``KPI_COLUMNS``, a SUM check row) and sheet 「说明」 (explanation, methods, sources)."""
    import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    stamp = datetime.datetime(2000, 1, 1)
    wb.properties.creator = "gangwei"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    ws = wb.active
    ws.title = KPI_SHEET
    ws.append(list(KPI_COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    rows = kpi_rows(design)
    for row in rows:
        ws.append(row)
    first, last = 2, len(rows) + 1
    check = last + 1
    ws.cell(row=check, column=1, value="合计")
    ws.cell(row=check, column=3, value="权重合计（应为 100）")
    ws.cell(row=check, column=5, value=f"=SUM(E{first}:E{last})")
    ws.cell(row=check, column=9, value=f'=IF(E{check}=100,"权重合计为 100","权重合计不等于 100，请调整")')
    for cell in ws[check]:
        cell.font = Font(bold=True)
    for col, width in zip("ABCDEFGHIJ", (6, 14, 26, 40, 9, 24, 22, 12, 48, 40)):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2, max_row=check):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"

    note = wb.create_sheet(NOTE_SHEET)
    note.append(["岗位/部门", design.title])
    if design.role != design.title:
        note.append(["输入的名称", design.role])
    note.append(["指标个数", len(design.indicators)])
    note.append(["权重合计", design.total_weight])
    note.append(["设计说明", design.explanation])
    by_id = {c.id: c for c in design.citations}
    for cid in design.method_citations:
        if cid in by_id:
            note.append(["方法依据", format_citation(by_id[cid], quote_max=120)])
    for n in design.notes:
        note.append(["提示", n])
    note.append([])
    note.append([SOURCES_HEADING])
    for c in design.citations:
        note.append([f"[{c.id}]", format_citation(c, quote_max=120)])
    note.column_dimensions["A"].width = 14
    note.column_dimensions["B"].width = 100
    for row in note.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buf = io.BytesIO()
    wb.save(buf)
    return _stable_zip(buf.getvalue())


def kpi_csv(design: KpiDesign) -> bytes:
    """The same table as CSV, UTF-8 with a BOM so that Excel reads the Chinese text."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(KPI_COLUMNS)
    writer.writerows(kpi_rows(design))
    writer.writerow(["合计", "", "", "", design.total_weight, "", "", "", "", ""])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def kpi_json(design: KpiDesign) -> str:
    return design.model_dump_json(indent=2)


# --- SMART -----------------------------------------------------------------------------------------------------


def smart_markdown(report: SmartReport) -> str:
    lines = [f"**SMART 检查**：{_md(report.text)}", ""]
    for f in report.flags:
        line = f"- {'✓' if f.ok else '✗'} **{f.letter} {f.name}**：{_md(f.reason)}"
        if f.suggestion:
            line += f"。建议：{_md(f.suggestion)}"
        lines.append(line)
    lines += ["", f"**改写建议**：{_md(report.rewrite)}"]
    if report.suggested and report.suggested_from == "knowledge_base":
        lines += ["", f"建议指标「{_md(report.suggested)}」取自知识库的指标库。"]
    if report.citations:
        lines += ["", "依据：知识库中关于 SMART 原则的论述" + _marks([c.id for c in report.citations]) + "。", ""]
        lines += _md_citations(report.citations)
    if report.note:
        lines += ["", f"> {_md(report.note)}"]
    return "\n".join(lines) + "\n"


def smart_json(report: SmartReport) -> str:
    return report.model_dump_json(indent=2)


# --- one entry point -----------------------------------------------------------------------------------------------


def _kind(obj: object) -> str:
    if isinstance(obj, JdDraft):
        return "jd"
    if isinstance(obj, KpiDesign):
        return "kpi"
    if isinstance(obj, SmartReport):
        return "smart"
    raise ToolError("无法导出：不是岗位说明书、KPI 设计或 SMART 检查的结果。", status=400)


def render_markdown(obj: JdDraft | KpiDesign | SmartReport) -> str:
    kind = _kind(obj)
    if kind == "jd":
        return jd_markdown(obj)  # type: ignore[arg-type]
    if kind == "kpi":
        return kpi_markdown(obj)  # type: ignore[arg-type]
    return smart_markdown(obj)  # type: ignore[arg-type]


def export(obj: JdDraft | KpiDesign | SmartReport, fmt: str) -> tuple[str, bytes, str]:
    """(file name, bytes, media type) of a draft, a design or a report in ``fmt``."""
    kind = _kind(obj)
    fmt = normalise_format(fmt)
    if fmt not in FORMATS[kind]:
        raise ToolError(f"不支持的导出格式「{fmt}」；可用：{'、'.join(FORMATS[kind])}。", status=422)
    role = obj.role if not isinstance(obj, SmartReport) else (obj.indicator or obj.text[:12])
    if fmt == "md":
        data = render_markdown(obj).encode("utf-8")
    elif fmt == "json":
        data = obj.model_dump_json(indent=2).encode("utf-8")
    elif fmt == "docx":
        data = jd_docx(obj)  # type: ignore[arg-type]
    elif fmt == "xlsx":
        data = kpi_xlsx(obj)  # type: ignore[arg-type]
    else:
        data = kpi_csv(obj)  # type: ignore[arg-type]
    return export_name(kind, role, fmt), data, MEDIA_TYPES[fmt]


def as_answer(result: JdDraft | KpiDesign | SmartReport, question: str) -> Answer:
    """A tool result as a chat answer: the Markdown text with its numbered citations."""
    kind = _kind(result)
    if isinstance(result, JdDraft):
        intent, role, tool = Intent.jd_draft, result.role, "jd"
        items = [AnswerItem(text=i.text, citations=i.citations) for i in result.duties if not i.placeholder]
        caveat = "；".join(result.warnings) or None
    elif isinstance(result, KpiDesign):
        intent, role, tool = Intent.kpi_design, result.title, "kpi_design"
        items = [AnswerItem(text=f"{k.name}（{k.weight}%）", citations=k.citations) for k in result.indicators]
        caveat = "；".join(result.notes) or None
    else:
        intent, role, tool, items, caveat = Intent.kpi, None, "smart", [], result.note
    return Answer(question=question, intent=intent, role=role, text=render_markdown(result), items=items,
                  citations=list(result.citations), caveat=caveat, tool=tool if kind != "smart" else "smart")  # fmt: skip


# --- deterministic office files -----------------------------------------------------------------------------------


def _stable_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed entry times and document timestamps (same input, same bytes)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = _STAMP.sub(rf"\g<1>{_FIXED_STAMP}\g<2>", text)
                body = text.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, body)
    return out.getvalue()
