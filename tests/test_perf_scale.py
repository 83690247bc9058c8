"""The scale benchmark's corpora cost what new documents cost (distinct text, structure kept),
and its build and query workers run (tiny multiplier; timings are printed by the script, never
asserted)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_scale  # noqa: E402


@pytest.fixture(scope="module")
def corpus2(tmp_path_factory):
    dest = tmp_path_factory.mktemp("scale") / "corpus-2x"
    bench_scale.make_corpus(dest, 2)
    return dest


def test_copies_are_distinct_documents_with_the_same_structure(corpus2, tmp_path):
    from assistant.config import Settings
    from assistant.ingest.dedup import shingles
    from assistant.ingest.pipeline import ingest_records
    from assistant.ingest.records import RecordStore

    files = sorted(corpus2.glob("*.txt"))
    assert len(files) == 10
    original, copy = files[0].read_text("utf-8"), files[5].read_text("utf-8")
    assert files[0].name.startswith("c000_") and files[5].name.startswith("c001_")
    assert len(original) == len(copy) and original != copy
    a, b = shingles(original), shingles(copy)
    assert len(a & b) / len(a) < 0.2  # no near-duplicate collapsing between copies
    settings = Settings(home=tmp_path / "home", corpus_dir=corpus2, llm_base_url=None)
    _, records = ingest_records([corpus2], settings, RecordStore(settings.records_dir))
    chunks = {c.id: c for r in records.values() for c in r.chunks}
    profiles = {0: 0, 1: 0}
    for name, rec in records.items():
        profiles[int(name[1:4])] += len(rec.profiles)
    assert profiles[1] >= 0.8 * profiles[0] > 0  # headings and field labels keep their spelling
    crossing = [c for c in chunks.values() if any(c.file[:4] != chunks[d].file[:4] for d in c.duplicates or [])]
    assert len(crossing) <= 0.01 * len(chunks)  # only text made of lexicon words alone stays the same


def test_build_and_query_workers_on_a_tiny_corpus(corpus2, tmp_path):
    home = tmp_path / "gw"
    args = {"home": str(home), "corpus": str(corpus2), "fake": True}
    built = bench_scale.worker_build(args)
    assert built["chunks"] > 500 and built["peak_rss_mb"] > 0
    again = bench_scale.worker_build(args)
    assert again["embedded"] == 0
    got = bench_scale.worker_query({**args, "questions": ["大客户经理要什么资格?", "快递业务员做什么"]})
    assert got["chunks"] == built["chunks"] and len(got["ask"]) == 2 and got["load"] > 0
    assert bench_scale.exponent([(1, 2.0), (10, 20.0), (100, 200.0)]) == pytest.approx(1.0)
