"""``gangwei search``: hybrid retrieval from the command line (human table or the JSON contract)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from assistant.cli import app
from assistant.cli.common import console, fail, settings

_KINDS = {"duties": "岗位职责", "qualifications": "任职资格", "kpi": "绩效考核", "prose": "正文"}


def _payload(question: str, hits) -> dict:  # type: ignore[no-untyped-def]
    return {"question": question, "hits": [h.to_contract() for h in hits]}


@app.command()
def search(
    question: Annotated[Optional[str], typer.Argument(help="问题, 例如 “客户经理的岗位职责有哪些”")] = None,
    k: Annotated[int, typer.Option("-k", "--top", min=1, max=100, help="返回的段落数")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON (稳定格式, 供其他工具读取)")] = False,
    batch: Annotated[
        Optional[Path], typer.Option("--batch", help="批量模式: 文件每行一个问题, 每行输出一个 JSON 对象 ('-' 为标准输入)")
    ] = None,
    kind: Annotated[
        Optional[list[str]], typer.Option("--kind", help="只看某类段落: duties / qualifications / kpi / prose")
    ] = None,
    role: Annotated[Optional[list[str]], typer.Option("--role", help="只看某个岗位")] = None,
    file: Annotated[Optional[list[str]], typer.Option("--file", help="只看某个文档")] = None,
) -> None:
    """在知识库中检索与问题最相关的段落 (向量 + 关键词混合检索, 重复段落已合并)。"""
    if batch is None and not (question and question.strip()):
        fail("请提供问题, 例如: gangwei search \"客户经理的岗位职责有哪些\"; 或使用 --batch 文件。")
    from assistant.models import SectionKind

    bad = [x for x in kind or [] if x not in _KINDS]
    if bad:
        fail(f"未知的段落类型: {', '.join(bad)} (可选: {', '.join(_KINDS)})")
    questions = _read_batch(batch) if batch is not None else [question.strip()]  # type: ignore[union-attr]

    from assistant.index.chroma_store import StoreError
    from assistant.index.embeddings import EmbeddingError
    from assistant.retrieve.retriever import HybridSearcher, IndexNotReady, SearchFilters

    cfg = settings()
    try:
        searcher = HybridSearcher(cfg)
        searcher.ensure_ready()
    except (StoreError, IndexNotReady) as exc:
        fail(str(exc))
    filters = SearchFilters(
        section_kinds=[SectionKind(x) for x in kind] if kind else None, roles=role or None, files=file or None
    )
    for q in questions:
        try:
            hits = searcher.search(q, k=k, filters=filters)
        except (EmbeddingError, StoreError) as exc:
            fail(str(exc))
        if batch is not None or as_json:
            sys.stdout.write(json.dumps(_payload(q, hits), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            _print_hits(q, hits)


def _read_batch(path: Path) -> list[str]:
    if str(path) == "-":
        text = sys.stdin.read()
    else:
        if not path.is_file():
            fail(f"找不到批量问题文件: {path}")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            fail(f"批量问题文件不是 UTF-8 编码: {path}")
    questions = [line.strip() for line in text.splitlines() if line.strip()]
    if not questions:
        fail(f"批量问题文件中没有问题: {path}")
    return questions


def _print_hits(question: str, hits) -> None:  # type: ignore[no-untyped-def]
    from rich.markup import escape
    from rich.panel import Panel
    from rich.text import Text

    if not hits:
        console.print(f"没有找到与 “{escape(question)}” 相关的段落。")
        return
    console.print(f"[bold]问题:[/] {escape(question)}")
    for hit in hits:
        c = hit.chunk
        title = f"[{hit.rank}] {c.file}:{c.line_start}-{c.line_end} · {_KINDS[c.section_kind.value]}"
        if c.role:
            title += f" · {c.role}"
        sub = f"得分 {hit.score:.4f} · 向量相似度 {hit.signals.get('dense_sim', 0):.3f}"
        if hit.duplicates:
            sub += " · 其他出处: " + ", ".join(f"{d.file}:{d.line_start}-{d.line_end}" for d in hit.duplicates[:4])
        text = c.text if len(c.text) <= 400 else c.text[:400] + "…"
        console.print(Panel(Text(text), title=escape(title), subtitle=escape(sub), title_align="left", subtitle_align="left", expand=True))
