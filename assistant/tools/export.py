"""Render and export: JD -> Markdown / .docx; KPI design -> Markdown / .xlsx / CSV.

``render_jd_markdown`` and ``render_kpi_markdown`` return the Chinese text with [n] citation markers
and the matching ``assistant.models.Citation`` list (the chat answerer shows both). python-docx and
openpyxl are imported only when a file is written.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import NamedTuple

from assistant.models import Citation
from assistant.tools.data import SourceQuote
from assistant.tools.jd import JdDraft, JdItem
from assistant.tools.kpi_design import KpiDesign
from assistant.tools.smart import SmartReport

JD_SECTIONS = ("基本信息", "岗位目的", "主要职责", "任职资格", "关键绩效指标", "工作关系", "出处附录")
KPI_COLUMNS = ("序号", "维度", "指标名称", "计算口径", "权重(%)", "数据来源", "目标值", "是否推导", "选取理由", "出处")
_LEGEND = (
    "本草稿由岗位助手根据语料自动起草: [n] 为出处编号(见文末出处附录); 标注「归纳」的内容由工具归纳或推断, 非原文; "
    "【待补充:…】为语料未提供、需人工填写的信息。"
)


class Rendered(NamedTuple):
    text: str
    citations: list[Citation]


class Citer:
    """Numbers cited passages in order of first use; one number per (file, lines, quote)."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, int, int, str], int] = {}
        self.citations: list[Citation] = []

    def ids(self, quotes: list[SourceQuote]) -> list[int]:
        out = []
        for q in quotes:
            key = (*q.key, q.quote)
            if key not in self._ids:
                self._ids[key] = len(self.citations) + 1
                self.citations.append(q.to_citation(self._ids[key]))
            if self._ids[key] not in out:
                out.append(self._ids[key])
        return out

    def marks(self, quotes: list[SourceQuote]) -> str:
        return "".join(f"[{n}]" for n in self.ids(quotes))


def _flags(item: JdItem) -> str:
    parts = []
    if item.generalised:
        parts.append("归纳")
    if item.from_user:
        parts.append("用户提供")
    if item.support > 1:
        parts.append(f"{item.support} 个来源一致")
    if item.note:
        parts.append(item.note)
    return f"({'; '.join(parts)})" if parts else ""


def _line(item: JdItem, citer: Citer) -> str:
    bits = [item.text, citer.marks(item.citations), _flags(item)]
    return " ".join(b for b in bits if b).replace(" [", "[")


def _sources_block(citations: list[Citation]) -> list[str]:
    return [f"[{c.id}] {c.file} 第 {c.line_start}" + (f"-{c.line_end}" if c.line_end != c.line_start else "")
            + f" 行: “{c.quote}”" for c in citations]  # fmt: skip


# --- JD ------------------------------------------------------------------------------------------


def render_jd_markdown(draft: JdDraft) -> Rendered:
    citer = Citer()
    lines = [f"# 岗位说明书:{draft.title.text}", "", f"> {_LEGEND}", ""]
    for w in draft.warnings:
        lines.append(f"> ⚠ {w}")
    if draft.warnings:
        lines.append("")
    lines += ["## 基本信息", ""]
    lines.append(f"- **岗位名称**: {draft.title.text}")
    lines.append(f"- **所属部门**: {_line(draft.department, citer)}")
    lines.append(f"- **直属上级**: {_line(draft.reports_to, citer)}")
    if draft.level:
        lines.append(f"- **岗位级别**: {_line(draft.level, citer)}")
    if draft.matched_roles:
        lines.append(f"- **参考的语料岗位**: {'、'.join(draft.matched_roles[:6])}")
    lines += ["", "## 岗位目的", "", _line(draft.purpose, citer), "", "## 主要职责", ""]
    lines += [f"{i}. {_line(item, citer)}" for i, item in enumerate(draft.duties, start=1)]
    lines += ["", "## 任职资格", ""]
    for category, items in draft.qualifications.items():
        lines.append(f"### {category}")
        lines += [f"{i}. {_line(item, citer)}" for i, item in enumerate(items, start=1)]
        lines.append("")
    lines += ["## 关键绩效指标", ""]
    if draft.kpis and draft.kpis.indicators:
        lines += _kpi_table(draft.kpis, citer)
        lines += ["", draft.kpis.explanation + citer.marks(draft.kpis.method_citations)]
    else:
        lines.append("【待补充:关键绩效指标】(语料中没有可用的指标, 可运行 `gangwei kpi design` 调整后补充)")
    lines += ["", "## 工作关系", ""]
    for item in draft.relations:
        label = f"**{item.category}**: " if item.category else ""
        lines.append(f"- {label}{_line(item, citer)}")
    if draft.excluded:
        lines += ["", "### 未采用的原文条目", ""]
        lines += [f"- {_line(item, citer)}" for item in draft.excluded]
    lines += ["", "## 出处附录", ""]
    lines += _sources_block(citer.citations)
    return Rendered("\n".join(lines).rstrip() + "\n", citer.citations)


def jd_to_markdown(draft: JdDraft) -> str:
    return render_jd_markdown(draft).text


jd_markdown = jd_to_markdown  # the name the API/UI adapters use


def jd_to_docx(draft: JdDraft, path: Path) -> Path:
    """A Word document: title, headings per template section, numbered lists, a sources appendix."""
    from docx import Document
    from docx.shared import Pt

    citer = Citer()
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading(f"岗位说明书:{draft.title.text}", level=0)
    doc.add_paragraph().add_run(_LEGEND).italic = True
    for w in draft.warnings:
        doc.add_paragraph(f"⚠ {w}")

    doc.add_heading("基本信息", level=1)
    rows = [("岗位名称", draft.title.text), ("所属部门", _line(draft.department, citer)),
            ("直属上级", _line(draft.reports_to, citer))]  # fmt: skip
    if draft.level:
        rows.append(("岗位级别", _line(draft.level, citer)))
    if draft.matched_roles:  # as in the Markdown version: which corpus posts the draft draws on
        rows.append(("参考的语料岗位", "、".join(draft.matched_roles[:6])))
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for key, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = key, value

    doc.add_heading("岗位目的", level=1)
    doc.add_paragraph(_line(draft.purpose, citer))
    doc.add_heading("主要职责", level=1)
    _numbered(doc, [_line(i, citer) for i in draft.duties])
    doc.add_heading("任职资格", level=1)
    for category, items in draft.qualifications.items():
        doc.add_heading(category, level=2)
        _numbered(doc, [_line(i, citer) for i in items])

    doc.add_heading("关键绩效指标", level=1)
    if draft.kpis and draft.kpis.indicators:
        _kpi_docx_table(doc, draft.kpis, citer)
        doc.add_paragraph(draft.kpis.explanation + citer.marks(draft.kpis.method_citations))
    else:
        doc.add_paragraph("【待补充:关键绩效指标】")
    doc.add_heading("工作关系", level=1)
    for item in draft.relations:
        label = f"{item.category}: " if item.category else ""
        doc.add_paragraph(label + _line(item, citer), style="List Bullet")
    if draft.excluded:
        doc.add_heading("未采用的原文条目", level=2)
        for item in draft.excluded:
            doc.add_paragraph(_line(item, citer), style="List Bullet")

    doc.add_heading("出处附录", level=1)
    for line in _sources_block(citer.citations):
        doc.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def _numbered(doc, texts: list[str]) -> None:  # noqa: ANN001 - docx Document
    """A numbered list that starts again at 1 (python-docx shares one numbering per style)."""
    paragraphs = [doc.add_paragraph(t, style="List Number") for t in texts]
    if not paragraphs:
        return
    numbering = doc.part.numbering_part.element
    style_num = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    for p in paragraphs:
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num.numId


# --- KPI design ------------------------------------------------------------------------------------


def _kpi_rows(design: KpiDesign, citer: Citer) -> list[list[str]]:
    rows = []
    for i, k in enumerate(design.indicators, start=1):
        rows.append([
            str(i), k.dimension.value, k.name, k.definition, str(k.weight), k.data_source, k.target,
            "是(职责分析法推导)" if k.derived else "否", k.reason, citer.marks(k.citations),
        ])  # fmt: skip
    return rows


def _kpi_table(design: KpiDesign, citer: Citer) -> list[str]:
    cols = ["序号", "维度", "指标", "权重(%)", "计算口径", "数据来源", "依据"]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for row in _kpi_rows(design, citer):
        name = row[2] + (" (推导)" if row[7].startswith("是") else "")
        cells = [row[0], row[1], name, row[4], row[3], row[5], row[9]]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    lines.append(f"| | | **合计** | **{design.total_weight}** | | | |")
    derived = [k for k in design.indicators if k.derivation]
    if derived:
        lines.append("")
        lines += [f"- 「{k.name}」推导过程: {k.derivation}{citer.marks(k.citations)}" for k in derived]
    return lines


def _kpi_docx_table(doc, design: KpiDesign, citer: Citer) -> None:  # noqa: ANN001
    cols = ["序号", "维度", "指标", "权重(%)", "计算口径", "数据来源", "依据"]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, cols):
        cell.text = name
    for row in _kpi_rows(design, citer):
        name = row[2] + (" (推导)" if row[7].startswith("是") else "")
        for cell, value in zip(table.add_row().cells, [row[0], row[1], name, row[4], row[3], row[5], row[9]]):
            cell.text = value
    total = table.add_row().cells
    total[2].text, total[3].text = "合计", str(design.total_weight)


def render_kpi_markdown(design: KpiDesign) -> Rendered:
    citer = Citer()
    lines = [f"# 关键绩效指标设计:{design.role}", ""]
    if design.indicators:
        lines += [design.explanation + citer.marks(design.method_citations), ""]
        lines += _kpi_table(design, citer)
        lines += ["", "目标值与考核周期: 【待设定】(语料未给出, 请结合本单位情况设定, 并用 `gangwei kpi check` 做 SMART 检查)"]
    for note in design.notes:
        lines.append(f"> ⚠ {note}")
    if citer.citations:
        lines += ["", "## 出处", ""]
        lines += _sources_block(citer.citations)
    return Rendered("\n".join(lines).rstrip() + "\n", citer.citations)


def kpi_markdown(design: KpiDesign) -> str:
    return render_kpi_markdown(design).text


def kpi_to_xlsx(design: KpiDesign, path: Path) -> Path:
    """One row per indicator, a SUM row under the weights and a check cell that must read 100."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    citer = Citer()
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI设计"
    ws.append(list(KPI_COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    rows = _kpi_rows(design, citer)
    for row in rows:
        values: list[object] = list(row)
        values[0], values[4] = int(row[0]), int(row[4])
        ws.append(values)
    first, last = 2, len(rows) + 1
    total_row = last + 1
    ws.cell(row=total_row, column=3, value="合计").font = Font(bold=True)
    ws.cell(row=total_row, column=5, value=f"=SUM(E{first}:E{last})").font = Font(bold=True)
    ws.cell(row=total_row + 1, column=3, value="校验")
    ws.cell(row=total_row + 1, column=5,
            value=f'=IF(E{total_row}=100,"权重合计为100","权重合计不等于100,请调整")')  # fmt: skip
    # openpyxl stores formulas without a cached result: readers that do not recalculate (pandas,
    # openpyxl data_only, previewers) would see an empty total, so the values are written too.
    total = design.total_weight
    ws.cell(row=total_row, column=6, value="合计(数值)").font = Font(bold=True)
    ws.cell(row=total_row, column=7, value=total).font = Font(bold=True)
    ws.cell(row=total_row + 1, column=6, value="校验(数值)")
    ws.cell(row=total_row + 1, column=7, value="权重合计为100" if total == 100 else "权重合计不等于100,请调整")
    widths = {"A": 6, "B": 10, "C": 24, "D": 40, "E": 9, "F": 24, "G": 22, "H": 16, "I": 40, "J": 12}
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2, max_row=last):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    src = wb.create_sheet("出处")
    src.append(["编号", "文件", "起始行", "结束行", "原文"])
    for c in citer.citations:
        src.append([c.id, c.file, c.line_start, c.line_end, c.quote])
    note = wb.create_sheet("说明")
    note.append(["岗位", design.role])
    note.append(["设计说明", design.explanation])
    for q in design.method_citations:
        note.append(["方法依据", f"{q.file} 第 {q.line_start} 行: {q.quote}"])
    for n in design.notes:
        note.append(["提示", n])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    return path


def kpi_to_csv(design: KpiDesign) -> str:
    """The indicator table as CSV text (citations as file:line)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(KPI_COLUMNS)
    for i, k in enumerate(design.indicators, start=1):
        cites = "; ".join(f"{q.file}:{q.line_start}" for q in k.citations)
        writer.writerow([i, k.dimension.value, k.name, k.definition, k.weight, k.data_source, k.target,
                         "是" if k.derived else "否", k.reason, cites])  # fmt: skip
    writer.writerow(["", "", "合计", "", design.total_weight, "", "", "", "", ""])
    return buf.getvalue()


# --- SMART ---------------------------------------------------------------------------------------------


def render_smart_markdown(report: SmartReport) -> Rendered:
    citer = Citer()
    lines = [f"**SMART 检查**: {report.text}", ""]
    for f in report.flags:
        mark = "✓" if f.ok else "✗"
        line = f"- {mark} **{f.letter} {f.name}**: {f.reason}"
        if f.suggestion:
            line += f"。建议: {f.suggestion}"
        lines.append(line)
    lines += ["", f"**改写建议**: {report.rewrite}"]
    if report.citations:
        lines += ["", "依据: 语料要求各项关键绩效指标的设置必须符合 SMART 原则" + citer.marks(report.citations) + "。"]
        lines += ["", *_sources_block(citer.citations)]
    if report.note:
        lines += ["", f"> {report.note}"]
    return Rendered("\n".join(lines) + "\n", citer.citations)
