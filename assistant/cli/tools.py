"""`gangwei jd` and `gangwei kpi design|check|library`: drafting tools for HR and managers."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer

from assistant.cli import app
from assistant.cli.common import console, fail, print_markdown, services

kpi_app = typer.Typer(
    name="kpi",
    help="关键绩效指标 (KPI): 为岗位或部门设计指标、检查指标是否符合 SMART 原则、查看指标库。",
    no_args_is_help=True,
)
app.add_typer(kpi_app, name="kpi")


def _call(fn: Any, *args: Any, **kwargs: Any) -> Any:
    from assistant.services import ServiceError

    try:
        return fn(*args, **kwargs)
    except ServiceError as exc:
        fail(exc.message)


def _deliver(svc: Any, obj: Any, fmt: str, output: Path | None, plain: bool) -> None:
    """Write the export file (same names and formats as the web app), or print Markdown."""
    if fmt in ("md", "markdown") and output is None:
        from assistant.tools.export import render_markdown

        print_markdown(render_markdown(obj), plain)
        return
    name, data, _ = _call(svc.tools.export, obj, fmt)
    if output is None and fmt in ("json", "csv"):
        sys.stdout.write(data.decode("utf-8-sig"))
        return
    target = output or Path(name)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except OSError as exc:
        fail(f"无法写入文件 {target}: {exc.strerror or exc}")
    console.print(f"已保存: {target}")


@app.command("jd", help="根据知识库起草岗位说明书 (JD): 每一条都注明出处, 缺失的信息留出【待补充】。")
def jd_command(
    role: str = typer.Argument(..., help="岗位名称, 如 个人客户经理"),
    dept: Optional[str] = typer.Option(None, "--dept", help="所属部门"),
    org: Optional[str] = typer.Option(None, "--org", help="优先采用这家公司/机构的资料"),
    level: Optional[str] = typer.Option(None, "--level", help="岗位级别, 如 高级"),
    reports_to: Optional[str] = typer.Option(None, "--reports-to", help="直属上级"),
    notes: Optional[str] = typer.Option(None, "--notes", help="补充要求, 如 '侧重对公业务; 要求 CFA 优先'"),
    fmt: str = typer.Option("md", "--format", "-f", help="输出格式: md / docx / json"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="输出文件 (docx 默认保存为 岗位说明书_岗位名.docx)"),
    plain: bool = typer.Option(False, "--plain", help="纯文本输出"),
) -> None:
    from assistant.tools.jd import JdRequest

    if not role.strip():
        fail("岗位名称不能为空, 例如: gangwei jd 仓库管理员")
    svc = services()
    request = JdRequest(role=role, department=dept, organisation=org, level=level, reports_to=reports_to, notes=notes)
    draft = _call(svc.tools.draft_jd, request)
    _deliver(svc, draft, fmt, output, plain)


@kpi_app.command("design", help="为岗位或部门设计 4-7 个关键绩效指标: 优先采用其考核表, 覆盖平衡计分卡维度, 权重合计 100, 注明出处。")
def kpi_design_command(
    role: str = typer.Argument(..., help="岗位或部门名称, 如 门店店长、人力资源部"),
    count: Optional[int] = typer.Option(None, "--count", help="指标个数 (4-7)"),
    org: Optional[str] = typer.Option(None, "--org", help="优先采用这家公司/机构的资料"),
    fmt: str = typer.Option("table", "--format", "-f", help="输出格式: table / md / json / xlsx / csv"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="输出文件 (xlsx 默认保存为 KPI设计_岗位名.xlsx)"),
    plain: bool = typer.Option(False, "--plain", help="纯文本输出"),
) -> None:
    from pydantic import ValidationError

    from assistant.tools.kpi_design import KpiRequest

    if not role.strip():
        fail("岗位名称不能为空, 例如: gangwei kpi design 门店店长")
    try:
        request = KpiRequest(role=role, count=count, organisation=org)
    except ValidationError as exc:
        fail("; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors()))
    svc = services()
    design = _call(svc.tools.design_kpis, request)
    if fmt == "table":
        _print_design(design)
    else:
        _deliver(svc, design, fmt, output, plain)


def _print_design(design: Any) -> None:
    from rich.markup import escape
    from rich.table import Table

    from assistant.knowledge.citations import citation_lines
    from assistant.tools.export import KPI_COLUMNS, kpi_rows
    from assistant.text import unescape_md

    # a terminal is narrow: the key columns here, all ten in the .xlsx/.csv/.md exports
    table = Table(title=f"关键绩效指标设计: {escape(design.title)}", show_lines=True)
    wanted = ("序号", "维度", "指标名称", "权重(%)", "计算口径", "出处")
    for col in wanted:
        table.add_column(col, overflow="fold", no_wrap=col in ("序号", "权重(%)"))
    index = [KPI_COLUMNS.index(c) for c in wanted]
    for row in kpi_rows(design):
        cells = [str(row[i]) for i in index]
        cells[-1] = cells[-1].split(" ", 1)[0]  # just the [n] markers; the sources follow below
        table.add_row(*(escape(c) for c in cells))
    table.add_row("", "", "合计", str(design.total_weight), "", "")
    console.print(table)
    console.print(escape(unescape_md(design.explanation)))
    for note in design.notes:
        console.print(f"[yellow]提示:[/] {escape(note)}")
    if design.citations:
        console.print("\n出处:")
        for line in citation_lines(design.citations):
            console.print(escape(line), highlight=False)


@kpi_app.command("check", help="检查一条指标或目标是否符合 SMART 原则, 指出缺少的要素并给出改写建议。")
def kpi_check_command(
    text: str = typer.Argument(..., help="要检查的指标, 如 '提高客户满意度'"),
    role: Optional[str] = typer.Option(None, "--role", help="岗位名称 (用于判断与岗位职责的相关性)"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出"),
    plain: bool = typer.Option(False, "--plain", help="纯文本输出"),
) -> None:
    if not text.strip():
        fail("请输入要检查的指标, 例如: gangwei kpi check '本年度客户满意度达到90分以上'")
    svc = services()
    report = _call(svc.tools.smart_check, text, role)
    if as_json:
        out = report.model_dump(mode="json")
        out["missing"] = report.missing
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    from assistant.tools.export import render_markdown

    print_markdown(render_markdown(report), plain)


@kpi_app.command("library", help="查看从文档中提取的 KPI 指标库: 指标、维度、权重、计算公式、所属部门/岗位与出处。")
def kpi_library_command(
    owner: Optional[str] = typer.Option(None, "--owner", help="只看某个部门或岗位"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出"),
) -> None:
    from rich.markup import escape
    from rich.table import Table

    svc = services()
    library = _call(svc.corpus.kpi_library, owner)
    if not library:
        fail("指标库为空: 文档中没有识别出考核指标。请确认已运行 `gangwei ingest`。")
    if as_json:
        rows = [{"name": ind.name, "owners": ind.owners, "entries": [e.model_dump(mode="json") for e in ind.entries]} for ind in library]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    snap = svc.components.snapshot()
    table = Table(title=f"KPI 指标库 (共 {len(library)} 个指标)")
    for col in ("指标", "维度", "权重", "所属", "计算公式/说明", "出处"):
        table.add_column(col, overflow="fold")
    for ind in library:
        e = ind.first
        dim = e.dimension or (f"{e.bsc.value} (推断)" if e.bsc and e.dimension_inferred else (e.bsc.value if e.bsc else "-"))
        weight = f"{e.weight:g}%" if e.weight is not None else "-"
        where = f"{snap.document_title(e.span.file)} {snap.location(e.span.file, e.span.line_start, e.span.line_end)}"
        table.add_row(escape(ind.name), escape(dim), weight, escape("、".join(ind.owners[:3]) or "-"),
                      escape((e.formula or e.definition or "-")[:60]), escape(where))  # fmt: skip
    console.print(table)
