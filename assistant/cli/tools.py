"""`gangwei jd` and `gangwei kpi design|check|library`: drafting tools for HR and managers."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

import typer

from assistant.cli import app
from assistant.cli.common import console, fail
from assistant.cli.common import settings as load_settings

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.tools.data import ToolData

kpi_app = typer.Typer(
    name="kpi",
    help="关键绩效指标 (KPI): 为岗位设计指标、检查指标是否符合 SMART 原则、查看语料指标库。",
    no_args_is_help=True,
)
app.add_typer(kpi_app, name="kpi")


class JdFormat(str, Enum):
    md = "md"
    markdown = "markdown"  # the API's name for the same format
    docx = "docx"
    json = "json"


class KpiFormat(str, Enum):
    table = "table"
    md = "md"
    json = "json"
    xlsx = "xlsx"
    csv = "csv"


def _load(s: Settings) -> ToolData:
    from assistant.tools.data import NoRecordsError, ToolData

    try:
        return ToolData.load(s)
    except NoRecordsError:
        fail("尚未导入语料: 记录目录为空。请先运行 `gangwei ingest` 导入语料, 再使用本命令。")


def _write_text(text: str, output: Path | None, encoding: str = "utf-8") -> None:
    if output is None:
        typer.echo(text, nl=not text.endswith("\n"))
        return
    _save_file(lambda path: path.write_text(text, encoding=encoding), output)


def _save_file(write: Callable[[Path], object], target: Path) -> None:
    """Write an export file with a Chinese message instead of a traceback."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write(target)
    except OSError as exc:
        fail(f"无法写入文件 {target}: {exc.strerror or exc}")
    console.print(f"已保存: {target}")


def _safe_name(role: str) -> str:
    return "".join(ch for ch in role if ch not in '\\/:*?"<>| ') or "岗位"


@app.command("jd", help="根据语料起草岗位说明书 (JD): 每一条都注明出处, 缺失的信息留出【待补充】。")
def jd_command(
    role: str = typer.Argument(..., help="岗位名称, 如 个人客户经理"),
    dept: Optional[str] = typer.Option(None, "--dept", help="所属部门"),
    level: Optional[str] = typer.Option(None, "--level", help="岗位级别, 如 高级"),
    reports_to: Optional[str] = typer.Option(None, "--reports-to", help="直属上级"),
    notes: Optional[str] = typer.Option(None, "--notes", help="补充要求, 如 '侧重对公业务; 要求 CFA 优先'"),
    fmt: JdFormat = typer.Option(JdFormat.md, "--format", "-f", help="输出格式: md (或 markdown) / docx / json"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="输出文件 (docx 默认保存为 岗位说明书_岗位名.docx)"),
    search: bool = typer.Option(False, "--search", help="同时用混合检索补充段落 (需已建立索引, 较慢)"),
) -> None:
    from pydantic import ValidationError

    from assistant.tools.export import jd_to_docx, render_jd_markdown
    from assistant.tools.jd import JdRequest, draft_jd, unmatched_message

    try:
        request = JdRequest(role=role, department=dept, level=level, reports_to=reports_to, notes=notes)
    except ValidationError as exc:
        fail("; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors()))
    s = load_settings()
    data = _load(s)
    searcher = _searcher(s) if search else None
    draft = draft_jd(request, data=data, searcher=searcher)
    if not draft.matched:  # nothing to draft from: an empty template would look like a result
        fail(unmatched_message(request.role))
    if not draft.found:
        console.print(f"[yellow]提示:[/] 语料中没有找到「{role}」或相近岗位的职责, 草稿中相关部分留待补充。")
    if fmt == JdFormat.json:
        _write_text(draft.model_dump_json(indent=2), output)
    elif fmt == JdFormat.docx:
        _save_file(lambda path: jd_to_docx(draft, path), output or Path(f"岗位说明书_{_safe_name(role)}.docx"))
    else:  # md / markdown
        _write_text(render_jd_markdown(draft).text, output)


def _searcher(s: Settings):  # noqa: ANN202 - HybridSearcher, imported lazily
    try:
        from assistant.retrieve.retriever import HybridSearcher

        return HybridSearcher(s)
    except Exception as exc:  # noqa: BLE001 - the search is an optional extra
        console.print(f"[yellow]提示:[/] 检索不可用 ({exc}), 仅使用已导入的记录起草。")
        return None


@kpi_app.command("design", help="为岗位设计 4-7 个关键绩效指标: 覆盖平衡计分卡维度, 权重合计 100, 注明出处或推导过程。")
def kpi_design_command(
    role: str = typer.Argument(..., help="岗位名称, 如 支行客户经理"),
    fmt: KpiFormat = typer.Option(KpiFormat.table, "--format", "-f", help="输出格式: table / md / json / xlsx / csv"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="输出文件 (xlsx 默认保存为 KPI设计_岗位名.xlsx)"),
    count: Optional[int] = typer.Option(None, "--count", help="指标个数 (4-7, 默认按岗位类型)"),
) -> None:
    from assistant.tools.export import kpi_to_csv, kpi_to_xlsx, render_kpi_markdown
    from assistant.tools.kpi_design import check_count, design_kpis

    if not role.strip():
        fail("岗位名称不能为空")
    try:  # checked here rather than by the option's range, so the message is the tools' Chinese one
        check_count(count)
    except ValueError as exc:
        fail(f"--count {count}: {exc}")
    data = _load(load_settings())
    design = design_kpis(role, data=data, count=count)
    if not design.found:
        fail(design.notes[0] if design.notes else f"无法为「{role}」设计指标。")
    if fmt == KpiFormat.json:
        _write_text(design.model_dump_json(indent=2), output)
    elif fmt == KpiFormat.md:
        _write_text(render_kpi_markdown(design).text, output)
    elif fmt == KpiFormat.csv:
        _write_text(kpi_to_csv(design), output, encoding="utf-8-sig")
    elif fmt == KpiFormat.xlsx:
        _save_file(lambda path: kpi_to_xlsx(design, path), output or Path(f"KPI设计_{_safe_name(role)}.xlsx"))
    else:
        _print_design(design)


def _print_design(design) -> None:  # noqa: ANN001 - KpiDesign
    from rich.markup import escape
    from rich.table import Table

    from assistant.tools.export import Citer

    citer = Citer()
    table = Table(title=f"关键绩效指标设计: {design.role}", show_lines=True)
    for col in ("序号", "维度", "指标", "权重", "计算口径", "数据来源", "依据"):
        table.add_column(col, overflow="fold")
    for i, k in enumerate(design.indicators, start=1):
        name = k.name + (" (推导)" if k.derived else "")
        table.add_row(str(i), k.dimension.value, escape(name), str(k.weight), escape(k.definition),
                      escape(k.data_source), escape(citer.marks(k.citations)))  # fmt: skip
    table.add_row("", "", "合计", str(design.total_weight), "", "", "")
    console.print(table)
    console.print(escape(design.explanation + citer.marks(design.method_citations)))
    for k in design.indicators:
        if k.derivation:
            console.print(escape(f"· 「{k.name}」推导: {k.derivation}"))
    for note in design.notes:
        console.print(f"[yellow]提示:[/] {escape(note)}")
    console.print("\n出处:")
    for c in citer.citations:
        console.print(escape(f"[{c.id}] {c.file} 第 {c.line_start} 行: “{c.quote}”"), highlight=False)


@kpi_app.command("check", help="检查一条指标是否符合 SMART 原则, 指出缺少的要素并给出改写建议。")
def kpi_check_command(
    text: str = typer.Argument(..., help="要检查的指标, 如 '提高客户满意度'"),
    role: Optional[str] = typer.Option(None, "--role", help="岗位名称 (用于判断与岗位职责的相关性)"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出"),
) -> None:
    from assistant.tools.data import NoRecordsError, ToolData
    from assistant.tools.export import render_smart_markdown
    from assistant.tools.smart import smart_check

    if not text.strip():
        fail("请输入要检查的指标, 例如: gangwei kpi check '本年度客户满意度达到90分以上'")
    s = load_settings()
    try:
        data = ToolData.load(s)
    except NoRecordsError:
        data = None
        if role:
            fail("尚未导入语料, 无法按岗位职责判断相关性。请先运行 `gangwei ingest`。")
    duties = None
    if role and data is not None:
        from assistant.tools.sources import RoleEvidence

        duties = [c.text for c in RoleEvidence(data, role).of_kind("duty", 0.6)] or None
    report = smart_check(text, role=role, duties=duties, data=data, settings=s)
    if data is None:
        report.note = "尚未导入语料, 无法引用 SMART 原则的出处; 请先运行 `gangwei ingest`。"
    if as_json:
        out = report.model_dump()
        out["missing"] = report.missing
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    typer.echo(render_smart_markdown(report).text)


@kpi_app.command("library", help="查看从语料中提取的 KPI 指标库: 指标名称、平衡计分卡维度、相关岗位与出处。")
def kpi_library_command(
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出"),
    dimension: Optional[str] = typer.Option(None, "--dimension", help="只看某一维度: 财务 / 客户 / 内部流程 / 学习与成长"),
) -> None:
    from rich.markup import escape
    from rich.table import Table

    from assistant.models import BscDimension
    from assistant.tools.kpi_library import build_library

    data = _load(load_settings())
    library = build_library(data.kpis)
    if dimension:
        valid = [d.value for d in BscDimension]
        if dimension not in valid:
            fail(f"未知维度「{dimension}」, 可选: {' / '.join(valid)}")
        library = [ind for ind in library if ind.dimension and ind.dimension.value == dimension]
    if not library:
        fail("指标库为空: 语料中没有识别出指标。请确认已运行 `gangwei ingest`。")
    if as_json:
        rows = [
            {
                "name": ind.name,
                "dimension": ind.dimension.value if ind.dimension else None,
                "roles": ind.roles,
                "mentions": [
                    {"file": m.span.file, "line_start": m.span.line_start, "line_end": m.span.line_end,
                     "sentence": m.sentence, "roles": m.roles}  # fmt: skip
                    for m in ind.mentions
                ],
            }
            for ind in library
        ]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"KPI 指标库 (共 {len(library)} 个指标)")
    for col in ("指标", "维度", "提及", "相关岗位", "首次出处"):
        table.add_column(col, overflow="fold")
    for ind in library:
        first = ind.first
        table.add_row(escape(ind.name), ind.dimension.value if ind.dimension else "-", str(len(ind.mentions)),
                      escape("、".join(ind.roles[:4]) or "-"), f"{first.span.file}:{first.span.line_start}")  # fmt: skip
    console.print(table)
