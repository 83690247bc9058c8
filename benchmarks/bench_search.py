"""Warm search latency of ``HybridSearcher`` over the retrieval dev set (p50 / p95 / max).

Usage::

    .venv/bin/python benchmarks/bench_search.py [--rounds 3] [--k 10] [--home DIR]

Uses the configured data dir (GANGWEI_HOME) and ingests the corpus first when it is empty.
Every measured query embeds its question afresh (the in-memory query cache is cleared), so the
figures include the e5 query embedding, Chroma, both BM25 models, fusion and collapsing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    lo, hi = int(pos), min(int(pos) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--home", type=Path, default=None, help="数据目录 (默认 GANGWEI_HOME)")
    args = parser.parse_args()

    from assistant.config import Settings
    from assistant.eval.gold import load_retrieval_dev
    from assistant.index.sync import IndexManager
    from assistant.retrieve.retriever import HybridSearcher

    settings = Settings(home=args.home) if args.home else Settings()
    manager = IndexManager(settings)
    if manager.is_empty():
        print(f"索引为空, 先导入语料 {settings.corpus_dir} ...")
        result = manager.sync()
        print(f"导入完成: 分块 {result.chunks}, 新计算向量 {result.embedded}, 用时 {result.seconds:.1f} 秒")

    questions = [item.question for item in load_retrieval_dev(ROOT / "evals" / "data" / "retrieval_dev.jsonl")]

    started = time.perf_counter()
    searcher = HybridSearcher(settings)
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    searcher.search("岗位职责有哪些", k=args.k)
    first_s = time.perf_counter() - started

    emb = searcher.embeddings
    totals: list[float] = []
    embeds: list[float] = []
    for _ in range(args.rounds):
        for q in questions:
            emb._queries.clear()  # measure real query embedding, not the LRU
            t0 = time.perf_counter()
            emb.embed_query(q)
            embeds.append(time.perf_counter() - t0)
            emb._queries.clear()
            t0 = time.perf_counter()
            searcher.search(q, k=args.k)
            totals.append(time.perf_counter() - t0)

    ms = lambda s: f"{s * 1000:7.1f} ms"  # noqa: E731
    print(f"数据目录: {settings.home}  (向量库: {settings.chroma_url or '内嵌 Chroma'}, 嵌入: {settings.embedding})")
    print(f"分块数 {searcher.size} · 问题 {len(questions)} × {args.rounds} 轮 · k={args.k}")
    print(f"加载检索器 (冷启动): {ms(load_s)}")
    print(f"首次查询 (加载模型): {ms(first_s)}")
    print(f"{'':14}{'p50':>10}{'p95':>10}{'mean':>10}{'max':>10}")
    for name, values in (("完整检索", totals), ("其中查询嵌入", embeds)):
        print(
            f"{name:<10}"
            f"{ms(percentile(values, 0.5)):>12}{ms(percentile(values, 0.95)):>10}"
            f"{ms(statistics.fmean(values)):>10}{ms(max(values)):>10}"
        )


if __name__ == "__main__":
    main()
