"""``gangwei ingest`` and ``gangwei corpus …``: build the knowledge base and inspect it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from assistant.cli import app
from assistant.cli.common import console, err_console, fail, settings

corpus_app = typer.Typer(help="查看知识库: 统计、岗位画像、删除文档。", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@app.command()
def ingest(
    paths: Annotated[
        Optional[list[Path]], typer.Argument(help="要导入的文件或目录 (默认: 配置的语料目录 GANGWEI_CORPUS_DIR)")
    ] = None,
) -> None:
    """导入语料: 读取、清洗、切分文章与段落、抽取岗位画像、分块, 并写入索引 (增量、可重复执行)。"""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from assistant.ingest.pipeline import ingest_records
    from assistant.ingest.records import RecordStore

    cfg = settings()
    targets = paths or [cfg.corpus_dir]
    missing = [str(p) for p in targets if not p.exists()]
    if missing:
        fail(f"找不到路径: {', '.join(missing)}")
    store = RecordStore(cfg.records_dir)
    with Progress(
        TextColumn("[bold]导入[/] {task.description}"), BarColumn(), TimeElapsedColumn(), console=err_console
    ) as progress:
        task = progress.add_task("", total=None)
        result, records = ingest_records(targets, cfg, store, progress=lambda name: progress.update(task, description=name))
        progress.update(task, description="完成")
    if result.changed or not store.exists():
        store.save_all(records)
    _print_summary(result)
    if result.failed and not (result.added or result.updated or result.unchanged):
        raise typer.Exit(code=1)


def _print_summary(result) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table

    table = Table(title="导入结果", show_lines=False)
    for col in ("文件", "状态", "文章", "段落", "岗位画像", "分块", "去除样板行"):
        table.add_column(col, justify="right" if col not in ("文件", "状态") else "left")
    for r in result.reports:
        status = "[red]失败[/]" if not r.ok else ("未变化, 跳过" if r.skipped else "已导入")
        table.add_row(r.file, status, str(r.articles), str(r.sections), str(r.profiles), str(r.chunks), str(r.removed_lines))
    console.print(table)
    for r in result.reports:
        if not r.ok or r.message:
            (err_console if not r.ok else console).print(f"[yellow]提示:[/] {r.message}")
    for name in result.removed:
        console.print(f"已从知识库删除 (源文件已不存在): {name}")
    console.print(
        f"新增 {len(result.added)} · 更新 {len(result.updated)} · 未变化 {len(result.unchanged)} · "
        f"删除 {len(result.removed)} · 失败 {len(result.failed)} · 用时 {result.seconds:.2f} 秒"
    )


@corpus_app.command("stats")
def stats(as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False) -> None:
    """知识库统计: 文件、文章、各类段落、岗位画像、分块、去除的样板行。"""
    from assistant.ingest.pipeline import corpus_stats
    from assistant.ingest.records import RecordStore

    store = RecordStore(settings().records_dir)
    if not store.exists():
        fail("知识库为空, 请先运行 `gangwei ingest`。")
    st = corpus_stats(store.load_all())
    if as_json:
        console.print_json(st.model_dump_json())
        return
    kinds = {"duties": "岗位职责", "qualifications": "任职资格", "kpi": "考核/绩效", "prose": "正文"}
    console.print(f"文件 {st.files} · 文章 {st.articles} · 岗位画像 {st.profiles} · 分块 {st.chunks} · KPI 指标 {st.kpis}")
    console.print("段落: " + " · ".join(f"{kinds.get(k, k)} {v}" for k, v in st.sections_by_kind.items()))
    console.print(f"去除的样板行: {st.removed_boilerplate_lines}")


@corpus_app.command("profiles")
def profiles(
    role: Annotated[Optional[str], typer.Option("--role", help="按岗位名称筛选 (包含匹配)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON Lines")] = False,
) -> None:
    """列出或搜索抽取出的岗位画像 (岗位、部门、职责、任职资格)。"""
    from assistant.ingest.records import RecordStore

    store = RecordStore(settings().records_dir)
    if not store.exists():
        fail("知识库为空, 请先运行 `gangwei ingest`。")
    found = [p for p in store.load_profiles() if not role or role in p.title or p.title in role]
    if as_json:
        for p in found:
            print(json.dumps(p.model_dump(mode="json"), ensure_ascii=False))
        return
    if not found:
        console.print(f"没有找到岗位 “{role}” 的画像。")
        return
    for p in found:
        dept = f" ({p.department})" if p.department else ""
        console.print(f"[bold]{p.title}[/]{dept}  {p.span.file}:{p.span.line_start}-{p.span.line_end}")
        console.print(f"  职责 {len(p.duties)} 条 · 任职资格 {len(p.qualifications)} 条")
