"""Warm ``Assistant.ask`` latency: load once, then time every question of the eval sets.

Usage: python benchmarks/bench_ask.py [--home DIR] [--rounds N] [--no-index]

Needs an ingested + indexed home (``gangwei ingest``; default: $GANGWEI_HOME). Prints the cold
start, then p50 / p95 / max of warm asks overall and per intent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def questions() -> list[str]:
    out: list[str] = []
    for name in ("answer_scope.jsonl", "gold.jsonl", "retrieval_dev.jsonl"):
        for line in (ROOT / "evals/data" / name).read_text("utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["question"])
    return sorted(set(out))


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-index", action="store_true", help="records only (lexical evidence)")
    args = parser.parse_args()

    from assistant.answer.chain import Assistant
    from assistant.config import Settings

    settings = Settings(home=args.home, llm_base_url=None) if args.home else Settings(llm_base_url=None)
    t0 = time.perf_counter()
    assistant = Assistant(settings, use_index=not args.no_index)
    assistant.warmup()
    assistant.ask("人力资源专员的岗位职责是什么?")
    cold = time.perf_counter() - t0
    if assistant.kb.empty:
        sys.exit("知识库为空：请先运行 gangwei ingest")
    qs = questions()
    times: list[float] = []
    stages: dict[str, list[float]] = defaultdict(list)
    by_intent: dict[str, list[float]] = defaultdict(list)
    for _ in range(args.rounds):
        for q in qs:
            start = time.perf_counter()
            answer = assistant.ask(q)
            elapsed = time.perf_counter() - start
            times.append(elapsed)
            by_intent[answer.intent.value].append(elapsed)
            for stage in ("understand", "retrieve", "compose"):
                stages[stage].append(answer.timings.get(stage, 0.0))
    ms = lambda x: f"{x * 1000:7.1f} ms"  # noqa: E731
    print(f"index: {'none (lexical only)' if args.no_index else 'hybrid (e5 + BM25)'}; home: {settings.home}")
    print(f"cold start (load records, retriever, first answer): {cold:.2f} s")
    print(f"warm ask over {len(qs)} questions x {args.rounds} rounds = {len(times)} asks")
    print(f"  p50 {ms(statistics.median(times))}  p95 {ms(pct(times, 95))}  max {ms(max(times))}")
    for stage, values in stages.items():
        print(f"  stage {stage:10s} p50 {ms(statistics.median(values))}  p95 {ms(pct(values, 95))}")
    for intent, values in sorted(by_intent.items()):
        print(f"  intent {intent:14s} n={len(values):3d}  p50 {ms(statistics.median(values))}  p95 {ms(pct(values, 95))}")


if __name__ == "__main__":
    main()
