"""``gangwei ingest``, ``gangwei corpus …`` and ``gangwei index rebuild``: build and inspect the knowledge base."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from assistant.cli import app
from assistant.cli.common import console, err_console, fail, services

corpus_app = typer.Typer(help="查看知识库: 统计、文档、岗位画像、删除文档、清空回收站。", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")
index_app = typer.Typer(help="索引维护: 重建。", no_args_is_help=True)
app.add_typer(index_app, name="index")


@app.command()
def ingest(
    paths: Annotated[
        Optional[list[Path]],
        typer.Argument(help="要导入的文件或目录 (默认: 语料目录 GANGWEI_CORPUS_DIR; 其他位置的文件会先复制到语料目录)"),
    ] = None,
) -> None:
    """导入文档: 读取、清洗、识别表格与段落、抽取岗位画像和 KPI、分块, 并写入索引 (增量、可重复执行)。"""
    svc = services()
    result = _run_job(lambda files, embed: svc.corpus.ingest(paths or None, progress=files, embed_progress=embed))
    sync, copied = result
    if copied:
        console.print(f"已复制 {len(copied)} 个文件到语料目录 {svc.settings.corpus_dir}")
    print_summary(sync)
    if sync.failed and not (sync.added or sync.updated or sync.unchanged):
        raise typer.Exit(code=1)


def _run_job(job: Any) -> Any:
    """Run a sync/rebuild with a file progress line and an embedding progress bar."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from assistant.index.chroma_store import StoreError
    from assistant.index.embeddings import EmbeddingError
    from assistant.services import ServiceError

    with Progress(
        TextColumn("[bold]{task.fields[stage]}[/] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=False,
    ) as progress:
        files = progress.add_task("", total=None, stage="导入")
        embed_task = None
        done = 0

        def on_file(name: str) -> None:
            nonlocal done
            progress.update(files, description=name, completed=done)
            done += 1

        def on_embed(count: int, total: int) -> None:
            nonlocal embed_task
            if embed_task is None:
                progress.update(files, description="完成")
                embed_task = progress.add_task("", total=total, stage="嵌入向量")
            progress.update(embed_task, completed=count, total=total)

        try:
            result = job(on_file, on_embed)
        except ServiceError as exc:
            progress.stop()
            fail(exc.message)
        except (EmbeddingError, StoreError) as exc:
            progress.stop()
            fail(f"{exc}\n知识库保持上一次成功导入的状态。")
        progress.update(files, description="完成", completed=done, total=done)
    return result


def print_summary(result: Any) -> None:
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="导入结果", show_lines=False)
    for col in ("文件", "状态", "文章", "段落", "岗位画像", "KPI", "分块", "去除样板行"):
        # File names are never wrapped: in an 80-column CI log a folded name reads as two files.
        table.add_column(col, justify="right" if col not in ("文件", "状态") else "left", no_wrap=col in ("文件", "状态"))
    for r in result.reports:
        status = "[red]失败[/]" if not r.ok else ("未变化" if r.skipped else "已导入")
        table.add_row(escape(r.file), status, str(r.articles), str(r.sections), str(r.profiles), str(r.kpis), str(r.chunks),
                      str(r.removed_lines))  # fmt: skip
    console.print(table)
    for r in result.reports:
        if not r.ok or r.message:
            (err_console if not r.ok else console).print(f"[yellow]提示:[/] {escape(r.message)}")
    for name in result.removed:
        console.print(f"已从知识库删除 (源文件已不存在): {escape(name)}")
    console.print(
        f"新增 {len(result.added)} · 更新 {len(result.updated)} · 未变化 {len(result.unchanged)} · "
        f"删除 {len(result.removed)} · 失败 {len(result.failed)} · 用时 {result.seconds:.2f} 秒"
    )
    if hasattr(result, "embedded"):
        console.print(
            f"索引: 分块 {result.chunks} · 新计算向量 {result.embedded} · 缓存复用 {result.reused} · "
            f"写入向量库 {result.upserted} · 删除旧向量 {result.deleted}"
        )


def _require(svc: Any) -> None:
    from assistant.services import EMPTY_KNOWLEDGE_BASE, ServiceError

    try:
        empty = svc.chat.empty()
    except ServiceError as exc:
        fail(exc.message)
    if empty:
        fail(EMPTY_KNOWLEDGE_BASE)


@corpus_app.command("stats")
def stats(as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False) -> None:
    """知识库统计: 文件、文章、各类段落、岗位、KPI 指标、分块、去除的样板行。"""
    from assistant.models import SECTION_KIND_ZH

    svc = services()
    _require(svc)
    st = svc.corpus.stats()
    if as_json:
        typer.echo(st.model_dump_json(indent=2))
        return
    console.print(
        f"文件 {st.files} · 文章 {st.articles} · 岗位 {st.roles} 个 (画像 {st.profiles} 份) · 分块 {st.chunks} · "
        f"KPI 指标 {st.kpi_indicators} 个 (条目 {st.kpis} 条)"
    )
    console.print("段落: " + " · ".join(f"{SECTION_KIND_ZH.get(k, k)} {v}" for k, v in st.sections_by_kind.items()))
    console.print(f"去除的样板行: {st.removed_boilerplate_lines}")


@corpus_app.command("documents")
def documents(as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False) -> None:
    """列出知识库中的文档: 标题、岗位画像、KPI 条目、分块。"""
    from rich.markup import escape
    from rich.table import Table

    svc = services()
    _require(svc)
    docs = svc.corpus.documents()
    if as_json:
        typer.echo(json.dumps([d.model_dump() for d in docs], ensure_ascii=False, indent=2))
        return
    table = Table(title=f"文档 (共 {len(docs)} 个)")
    for col in ("文件", "标题", "岗位画像", "KPI", "分块"):
        table.add_column(col, no_wrap=col == "文件")
    for d in docs:
        table.add_row(escape(d.file), escape(d.title), str(d.profiles), str(d.kpis), str(d.chunks))
    console.print(table)


@corpus_app.command("profiles")
def profiles(
    role: Annotated[Optional[str], typer.Option("--role", help="按岗位名称筛选 (包含匹配)")] = None,
    file: Annotated[Optional[str], typer.Option("--file", help="只看某个文档")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON Lines")] = False,
) -> None:
    """每个文档抽取出的岗位画像: 岗位、组织、部门、职责、任职资格、字段 — 一眼看出文档是否被读懂。"""
    from rich.markup import escape

    svc = services()
    _require(svc)
    found = svc.corpus.profiles(role=role, file=file)
    if as_json:
        for p in found:
            typer.echo(json.dumps(p.model_dump(mode="json"), ensure_ascii=False))
        return
    if not found:
        console.print(f"没有找到岗位 “{escape(role or '')}” 的画像。")
        return
    current = None
    for p in found:
        if p.span.file != current:
            current = p.span.file
            console.print(f"\n[bold]{escape(current)}[/]")
        org = " · ".join(x for x in (p.organisation, p.department) if x)
        fields = "、".join(p.fields) if p.fields else "-"
        console.print(f"  [bold]{escape(p.title)}[/]" + (f" ({escape(org)})" if org else "") +
                      f"  职责 {len(p.duties)} · 任职 {len(p.qualifications)} · 考核 {len(p.kpis)} · 字段: {escape(fields)}")  # fmt: skip


@corpus_app.command("remove")
def remove(
    file: Annotated[str, typer.Argument(help="要删除的文档 (语料目录内的相对路径)")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="不再确认")] = False,
) -> None:
    """从知识库删除一个文档: 记录、向量库和关键词索引中都不再包含它; 源文件移到回收站 (home/deleted)。"""
    from assistant.services import ServiceError

    svc = services()
    if not yes and not typer.confirm(f"确定从知识库删除 “{file}” 吗?"):
        raise typer.Exit(code=1)
    try:
        svc.corpus.delete(file)
    except ServiceError as exc:
        fail(exc.message)
    console.print(f"已从知识库删除: {file} (源文件已移到 {svc.settings.home / 'deleted'}, 可用 `gangwei corpus purge` 清空)")


@corpus_app.command("purge")
def purge(yes: Annotated[bool, typer.Option("--yes", "-y", help="不再确认")] = False) -> None:
    """清空回收站 (home/deleted): 删除过的文档将无法恢复。"""
    svc = services()
    if not yes and not typer.confirm("确定清空回收站吗? 删除后无法恢复。"):
        raise typer.Exit(code=1)
    count = svc.corpus.purge_deleted()
    console.print(f"已清空回收站: {count} 个文件")


@corpus_app.command("view")
def view(
    file: Annotated[str, typer.Argument(help="文档 (语料目录内的相对路径)")],
    line: Annotated[int, typer.Argument(help="行号")],
    end: Annotated[Optional[int], typer.Argument(help="结束行号")] = None,
    context: Annotated[int, typer.Option("--context", "-C", help="前后各显示几行")] = 6,
) -> None:
    """查看原文: 显示文档中引用位置前后的原始内容。"""
    from rich.markup import escape

    from assistant.services import ServiceError

    svc = services()
    try:
        doc = svc.corpus.view(file, line, end, context)
    except ServiceError as exc:
        fail(exc.message)
    console.print(f"[bold]{escape(doc.title)}[/] · {escape(doc.location)}")
    for no, text in doc.lines:
        mark = ">" if doc.line_start <= no <= doc.line_end else " "
        console.print(f"{mark}{no:>5}  {escape(text)}", highlight=False)


@index_app.command("rebuild")
def rebuild(yes: Annotated[bool, typer.Option("--yes", "-y", help="不再确认")] = False) -> None:
    """从语料目录重新生成全部记录与索引 (向量优先取自缓存, 通常只需几秒)。"""
    svc = services()
    if not svc.settings.corpus_dir.is_dir():
        fail(f"语料目录不存在: {svc.settings.corpus_dir}")
    if not yes and not svc.corpus.is_empty() and not typer.confirm("重建会重新读取语料目录中的全部文档, 确定继续吗?"):
        raise typer.Exit(code=1)
    result = _run_job(lambda files, embed: svc.corpus.rebuild(progress=files, embed_progress=embed))
    print_summary(result)
    if result.failed and not (result.added or result.updated or result.unchanged):
        raise typer.Exit(code=1)
