"""``gangwei search``: hybrid retrieval from the command line (human table or the JSON contract)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from assistant.cli import app
from assistant.cli.common import console, fail, services

HIT_SHOWN = 400  # characters of a hit shown in the table
PASSAGE_SHOWN = 800  # of the passage around it


def _payload(question: str, hits) -> dict:  # type: ignore[no-untyped-def]
    return {"question": question, "hits": [h.to_contract() for h in hits]}


@app.command()
def search(
    question: Annotated[Optional[str], typer.Argument(help="问题, 例如 “客户经理的岗位职责有哪些”")] = None,
    k: Annotated[int, typer.Option("-k", "--top", min=1, max=50, help="返回的段落数")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON (稳定格式, 供其他工具读取)")] = False,
    batch: Annotated[
        Optional[Path], typer.Option("--batch", help="批量模式: 文件每行一个问题, 每行输出一个 JSON 对象 ('-' 为标准输入)")
    ] = None,
    kind: Annotated[
        Optional[list[str]], typer.Option("--kind", help="只看某类段落: duties / qualifications / kpi / prose")
    ] = None,
    role: Annotated[Optional[list[str]], typer.Option("--role", help="只看某个岗位")] = None,
    file: Annotated[Optional[list[str]], typer.Option("--file", help="只看某个文档")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="显示每个结果在各检索器中的排名、得分和加权, 说明为什么排在这里")] = False,
) -> None:
    """在知识库中检索与问题最相关的段落 (向量 + 关键词混合检索, 重复段落已合并)。"""
    if batch is None and not (question and question.strip()):
        fail("请提供问题, 例如: gangwei search \"客户经理的岗位职责有哪些\"; 或使用 --batch 文件。")
    from assistant.models import SECTION_KIND_ZH as _KINDS
    from assistant.models import SectionKind

    bad = [x for x in kind or [] if x not in _KINDS]
    if bad:
        fail(f"未知的段落类型: {', '.join(bad)} (可选: {', '.join(_KINDS)})")
    questions = _read_batch(batch) if batch is not None else [question.strip()]  # type: ignore[union-attr]

    from assistant.index.chroma_store import StoreError
    from assistant.index.embeddings import EmbeddingError
    from assistant.retrieve.retriever import IndexNotReady, SearchFilters
    from assistant.services import ServiceError

    svc = services()
    try:
        searcher = svc.components.searcher
        searcher.ensure_ready()
    except (StoreError, IndexNotReady) as exc:
        fail(str(exc))
    filters = SearchFilters(
        section_kinds=[SectionKind(x) for x in kind] if kind else None, roles=role or None, files=file or None
    )
    for q in questions:
        try:
            hits = svc.search.search(q, k=k, filters=filters)  # the same door and ranking as the API
        except (EmbeddingError, StoreError) as exc:
            fail(str(exc))
        except ServiceError as exc:
            fail(exc.message)
        if batch is not None or as_json:
            payload = _payload(q, hits)
            if explain:
                payload["expansions"] = svc.search.expansions(q)
                for row, hit in zip(payload["hits"], hits):
                    row["explain"] = {k: round(v, 6) for k, v in sorted(hit.signals.items())}
            sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            _print_hits(q, hits, svc.search.expansions(q) if explain else None)


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


def _explain_line(hit) -> str:  # type: ignore[no-untyped-def]
    """Why a hit ranks where it does: each retriever's rank and score, boosts, fused score."""
    s = hit.signals
    parts = []
    for name, label, score in (("dense", "向量", "dense_sim"), ("bigram", "二元词 BM25", "bigram"), ("jieba", "分词 BM25", "jieba"),
                              ("item", "逐条 BM25", "item"), ("item_dense", "逐条向量", "item_dense")):
        rank = int(s.get(f"rank_{name}", 0))
        parts.append(f"{label} 第{rank}名 ({s.get(score, 0):.3f})" if rank else f"{label} 未入选 ({s.get(score, 0):.3f})")
    parts.append(f"融合 {s.get('fused', 0):.4f} × 加权 {s.get('boost', 1):.2f} = {hit.score:.4f}")
    if s.get("rerank") is not None and "rerank" in s:
        parts.append(f"重排 {s['rerank']:.3f}")
    return " · ".join(parts)


def _print_hits(question: str, hits, expansions: list[str] | None = None) -> None:  # type: ignore[no-untyped-def]
    from rich.markup import escape
    from rich.panel import Panel
    from rich.text import Text

    from assistant.models import SECTION_KIND_ZH as _KINDS

    if not hits:
        console.print(f"没有找到与 “{escape(question)}” 相关的段落。")
        return
    console.print(f"[bold]问题:[/] {escape(question)}")
    if expansions:
        console.print(f"[dim]同义词扩展: {escape('、'.join(expansions))}[/]")
    for hit in hits:
        c = hit.chunk
        title = f"[{hit.rank}] {c.file}:{c.line_start}-{c.line_end} · {_KINDS[c.section_kind.value]}"
        if c.role:
            title += f" · {c.role}"
        sub = _explain_line(hit) if expansions is not None else f"得分 {hit.score:.4f} · 向量相似度 {hit.signals.get('dense_sim', 0):.3f}"
        if hit.duplicates:
            sub += " · 其他出处: " + ", ".join(f"{d.file}:{d.line_start}-{d.line_end}" for d in hit.duplicates[:4])
        if hit.passage is not None:
            # the passage around the hit, the hit's own lines in bold
            title += f" · 所在段落 {hit.passage.line_start}-{hit.passage.line_end}"
            text = Text(_clipped(hit.passage.text, PASSAGE_SHOWN))
            at = text.plain.find(c.text)
            if at >= 0:
                text.stylize("bold", at, at + len(c.text))
        else:
            text = Text(_clipped(c.text, HIT_SHOWN))
        console.print(Panel(text, title=escape(title), subtitle=escape(sub), title_align="left", subtitle_align="left", expand=True))


def _clipped(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
