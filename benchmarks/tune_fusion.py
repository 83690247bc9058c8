"""Choose the fusion settings by cross-validation on the DEV splits of both corpora.

    .venv/bin/python benchmarks/tune_fusion.py [--folds 5]

The retrievers' weights, the RRF constant and the candidate depth are searched on a small grid;
each configuration is scored by MRR@10 and recall@5 averaged over the two corpora (so the bigger
set does not decide alone). K-fold cross-validation over the dev items estimates how the choice
generalises; the final choice uses all dev items and is printed with the test-split figures of
that one choice (aggregates only, for the record — never used to choose).
"""

from __future__ import annotations

import itertools
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GRID = {
    "weight_dense": [0.7, 1.0, 1.4],
    "weight_bigram": [0.7, 1.0, 1.3, 1.6],
    "weight_jieba": [0.0, 0.3, 0.6],
    "rrf_k": [10, 20, 40, 60],
    "candidates": [40],
}
CURRENT = {"weight_dense": 1.0, "weight_bigram": 1.3, "weight_jieba": 0.6, "rrf_k": 20, "candidates": 40}


def first_rank(hits, evidence) -> int | None:  # noqa: ANN001
    for hit in hits:
        spans = [hit.chunk.span, *hit.duplicates]
        if any(s.file == e.file and s.line_start <= e.line_end and e.line_start <= s.line_end for s in spans for e in evidence):
            return hit.rank
    return None


def scores(ranks: list[int | None]) -> tuple[float, float]:
    n = max(len(ranks), 1)
    mrr = sum(1 / r for r in ranks if r is not None and r <= 10) / n
    r5 = sum(1 for r in ranks if r is not None and r <= 5) / n
    return mrr, r5


def _memoise(services) -> None:  # noqa: ANN001
    """Reading a question and embedding it do not depend on the fusion settings: do each once."""
    import functools

    assistant = services.components.assistant()
    assistant.understand = functools.lru_cache(maxsize=None)(assistant.understand)
    embeddings = services.components.searcher.embeddings
    embeddings.embed_query = functools.lru_cache(maxsize=None)(embeddings.embed_query)


def main() -> None:
    from assistant.config import Settings
    from assistant.eval.sets import load_registry
    from assistant.index.embeddings import cache_path
    from assistant.services import Services

    folds = int(sys.argv[sys.argv.index("--folds") + 1]) if "--folds" in sys.argv else 5
    registry = load_registry()
    configs = [dict(zip(GRID, values)) for values in itertools.product(*GRID.values())]
    # ranks[corpus][split][config index] -> list of first relevant ranks (per question)
    results: dict[str, dict[str, list[list[int | None]]]] = {}
    with tempfile.TemporaryDirectory(prefix="gangwei-tune-") as tmp:
        for corpus in ("shipped", "extra"):
            sets = {s.split: s for s in registry.sets.values() if s.corpus.name == corpus}
            if not sets:
                continue
            spec = next(iter(sets.values())).corpus
            base = Settings()
            settings = base.model_copy(update={"home": Path(tmp) / corpus, "corpus_dir": spec.materialise(Path(tmp)),
                                               "chroma_url": None, "embed_cache_dir": cache_path(base).parent})  # fmt: skip
            services = Services(settings)
            services.corpus.ingest()
            searcher = services.components.searcher
            _memoise(services)
            results[corpus] = {}
            for split, eval_set in sets.items():
                items = [i for i in eval_set.load() if getattr(i, "evidence", None) and not getattr(i, "expect_refusal", False)]
                per_config = []
                for config in configs:
                    searcher.settings = settings.model_copy(update=config)
                    # as the eval searches: the question read first, its role and list kind boosted
                    per_config.append([first_rank(services.search.search(i.question, k=10), i.evidence) for i in items])
                results[corpus][split] = per_config
                print(f"{corpus} {split}: {len(items)} 题", file=sys.stderr)

    def objective(indices: dict[str, list[int]], c: int) -> float:
        total = 0.0
        for corpus, idx in indices.items():
            ranks = [results[corpus]["dev"][c][i] for i in idx]
            mrr, r5 = scores(ranks)
            total += mrr + r5
        return total / len(indices)

    # k-fold CV over the dev items of each corpus (folds drawn per corpus, seeded)
    rng = random.Random(13)
    split_idx = {}
    for corpus, by_split in results.items():
        idx = list(range(len(by_split["dev"][0])))
        rng.shuffle(idx)
        split_idx[corpus] = [idx[f::folds] for f in range(folds)]
    held: dict[str, list[int | None]] = {c: [] for c in results}
    for f in range(folds):
        train = {c: [i for g, part in enumerate(split_idx[c]) if g != f for i in part] for c in results}
        best = max(range(len(configs)), key=lambda c: objective(train, c))
        for corpus in results:
            held[corpus] += [results[corpus]["dev"][best][i] for i in split_idx[corpus][f]]
    for corpus, ranks in held.items():
        mrr, r5 = scores(ranks)
        print(f"交叉验证 (dev, 留出折) {corpus}: MRR@10 {mrr:.3f} · R@5 {r5:.3f}")

    everything = {c: list(range(len(results[c]["dev"][0]))) for c in results}
    best = max(range(len(configs)), key=lambda c: objective(everything, c))
    current = next((i for i, cfg in enumerate(configs) if cfg == CURRENT), None)
    print("选定参数 (全部 dev):", configs[best])
    for name, c in (("选定", best), ("当前默认", current)):
        if c is None:
            continue
        for corpus in results:
            for split in ("dev", "test"):
                if split in results[corpus]:
                    mrr, r5 = scores(results[corpus][split][c])
                    print(f"  {name} {corpus} {split}: MRR@10 {mrr:.3f} · R@5 {r5:.3f}")


if __name__ == "__main__":
    main()
