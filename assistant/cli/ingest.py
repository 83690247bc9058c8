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
        Optional[list[Path]],
        typer.Argument(help="要导入的文件或目录 (默认: 语料目录 GANGWEI_CORPUS_DIR; 其他位置的文件会先复制到语料目录)"),
    ] = None,
) -> None:
    """导入语料: 读取、清洗、切分文章与段落、抽取岗位画像、分块, 并写入索引 (增量、可重复执行)。"""
    cfg = settings()
    targets = paths or [cfg.corpus_dir]
    missing = [str(p) for p in targets if not p.exists()]
    if missing:
        fail(f"找不到路径: {', '.join(missing)}")
    copied = _copy_into_corpus(targets, cfg.corpus_dir)
    result = _run_index_job(lambda mgr, files, embed: mgr.sync([cfg.corpus_dir], progress=files, embed_progress=embed))
    for name in result.failed:  # a file we copied in and could not read is not kept in the corpus
        if name in copied:
            (cfg.corpus_dir / name).unlink(missing_ok=True)
    _print_summary(result)
    if result.failed and not (result.added or result.updated or result.unchanged):
        raise typer.Exit(code=1)


def _copy_into_corpus(targets: list[Path], corpus_dir: Path) -> set[str]:
    """Files given from outside the corpus directory are copied into it.

    The corpus directory is the one source of truth that ingest, rebuild and the web app sync
    with; a file indexed from elsewhere would otherwise vanish at the next plain ``ingest``.
    """
    import shutil

    from assistant.ingest.load import discover, relative_name

    corpus_root = corpus_dir.resolve()
    copied: set[str] = set()
    for target in targets:
        resolved = target.resolve()
        if resolved == corpus_root or corpus_root in resolved.parents:
            continue
        base = resolved.name if resolved.is_dir() else ""
        for file, root in discover([target]):
            name = "/".join(p for p in (base, relative_name(file, root)) if p)
            dest = corpus_dir / name
            if dest.exists() and dest.read_bytes() != file.read_bytes():
                console.print(f"[yellow]提示:[/] 语料目录中的同名文件 {name} 将被新内容替换")
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(file, dest)
            copied.add(name)
    if copied:
        console.print(f"已复制 {len(copied)} 个文件到语料目录 {corpus_dir}")
    return copied


def _run_index_job(job):  # type: ignore[no-untyped-def]
    """Run a sync/rebuild with a file progress line and an embedding progress bar."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from assistant.index.chroma_store import StoreError
    from assistant.index.embeddings import EmbeddingError
    from assistant.index.lifecycle import IndexManager

    cfg = settings()
    manager = IndexManager(cfg)
    with Progress(
        TextColumn("[bold]{task.fields[stage]}[/] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=False,
    ) as progress:
        files = progress.add_task("", total=None, stage="导入")
        embed = None
        done = 0

        def on_file(name: str) -> None:
            nonlocal done
            progress.update(files, description=name, completed=done)
            done += 1

        def on_embed(done: int, total: int) -> None:
            nonlocal embed
            if embed is None:
                progress.update(files, description="完成")
                embed = progress.add_task("", total=total, stage="嵌入向量")
            progress.update(embed, completed=done, total=total)

        try:
            result = job(manager, on_file, on_embed)
        except (EmbeddingError, StoreError) as exc:
            progress.stop()
            fail(f"{exc}\n知识库保持上一次成功导入的状态。")
        progress.update(files, description="完成", completed=done, total=done)
    return result


def _print_summary(result) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table

    table = Table(title="导入结果", show_lines=False)
    for col in ("文件", "状态", "文章", "段落", "岗位画像", "分块", "去除样板行"):
        # File names are never wrapped: in an 80-column CI log a folded name reads as two files.
        table.add_column(col, justify="right" if col not in ("文件", "状态") else "left", no_wrap=col == "文件")
    for r in result.reports:
        status = "[red]失败[/]" if not r.ok else ("未变化" if r.skipped else "已导入")
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
    if hasattr(result, "embedded"):
        console.print(
            f"索引: 分块 {result.chunks} · 新计算向量 {result.embedded} · 缓存复用 {result.reused} · "
            f"写入向量库 {result.upserted} · 删除旧向量 {result.deleted}"
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
    console.print(f"文件 {st.files} · 文章 {st.articles} · 岗位画像 {st.profiles} · 分块 {st.chunks} · KPI 指标 {st.kpi_indicators} 个 (提及 {st.kpis} 次)")
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


@corpus_app.command("remove")
def remove(
    file: Annotated[str, typer.Argument(help="要删除的文档 (语料目录内的相对路径或文件名)")],
    delete_file: Annotated[
        bool, typer.Option("--delete-file", help="同时删除语料目录中的源文件 (否则下次导入会重新收录)")
    ] = False,
) -> None:
    """从知识库删除一个文档: 记录、向量库和关键词索引中都不再包含它。"""
    from assistant.index.chroma_store import StoreError
    from assistant.index.lifecycle import IndexManager

    cfg = settings()
    manager = IndexManager(cfg)
    known = manager.store.file_states()
    try:
        removed = manager.remove(file)
    except StoreError as exc:
        fail(str(exc))
    if not removed:
        hint = "、".join(sorted(known)[:10]) or "(知识库为空)"
        fail(f"知识库中没有文档 “{file}”。已收录的文档: {hint}")
    console.print(f"已从知识库删除: {file}")
    source = cfg.corpus_dir / file
    if source.is_file():
        if delete_file:
            source.unlink()
            console.print(f"已删除源文件: {source}")
        else:
            console.print(
                f"[yellow]注意:[/] 源文件 {source} 仍在语料目录中, 下次 `gangwei ingest` 会重新收录它; "
                "如需彻底删除请加 --delete-file。"
            )


index_app = typer.Typer(help="索引维护: 重建。", no_args_is_help=True)
app.add_typer(index_app, name="index")


@index_app.command("rebuild")
def rebuild() -> None:
    """从语料目录重新生成全部记录与索引 (向量优先取自缓存, 通常只需几秒)。"""
    cfg = settings()
    if not cfg.corpus_dir.is_dir():
        fail(f"语料目录不存在: {cfg.corpus_dir}")
    result = _run_index_job(lambda mgr, files, embed: mgr.rebuild(progress=files, embed_progress=embed))
    _print_summary(result)
    if result.failed and not (result.added or result.updated or result.unchanged):
        raise typer.Exit(code=1)
