"""Readers and a writer in another process: a reader that catches the records mid-commit (or torn by a
crash) keeps answering from the last good version and picks up the next good one by itself."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from assistant.ingest.records import RecordsCorrupt

pytestmark = pytest.mark.slow

DOC = "# 青柠质检员岗位说明书\n\n## 岗位职责\n1. 负责青柠产线成品的抽样质检与不良品隔离。\n2. 负责青柠质检台账的登记。\n"


@pytest.fixture
def home(tmp_path, corpus_dir, settings_factory):
    from assistant.services import Services

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(corpus_dir / "003_7b824fd5cb031c95.txt", corpus)
    (corpus / "青柠质检员.md").write_text(DOC, encoding="utf-8")
    services = Services(settings_factory(tmp_path / "home", corpus))
    assert not services.corpus.ensure_index().failed
    return services.settings


def bump_marker(records) -> None:
    """What a commit looks like from outside: files.jsonl replaced (a new mtime)."""
    marker = records / "files.jsonl"
    later = marker.stat().st_mtime_ns + 5_000_000
    os.utime(marker, ns=(later, later))


def test_reader_keeps_the_last_good_version_through_a_torn_commit(home) -> None:
    from assistant.knowledge.snapshot import KnowledgeStore
    from assistant.lexicon import load_lexicon
    from assistant.retrieve.retriever import HybridSearcher

    records = home.records_dir
    searcher = HybridSearcher(home)
    store = KnowledgeStore(records, load_lexicon(home.home))
    assert searcher.search("青柠产线抽样质检", k=1)[0].chunk.file == "青柠质检员.md"
    before = store.current()
    good = (records / "chunks.jsonl").read_bytes()

    # another process has replaced chunks.jsonl but its counts do not match the marker (mid-commit)
    lines = good.splitlines(keepends=True)
    (records / "chunks.jsonl").write_bytes(b"".join(lines[:-1]))
    bump_marker(records)
    started = time.monotonic()
    hits = searcher.search("青柠产线抽样质检", k=1)  # no exception: the previous state answers
    assert hits and hits[0].chunk.file == "青柠质检员.md"
    assert store.current() is before
    assert time.monotonic() - started < 5
    started = time.monotonic()
    for _ in range(20):  # a failed version is not re-read on every query
        searcher.search("青柠产线抽样质检", k=1)
    assert time.monotonic() - started < 3

    # and a tail cut mid-line
    (records / "chunks.jsonl").write_bytes(good[: len(good) - 40])
    bump_marker(records)
    assert searcher.search("青柠产线抽样质检", k=1)[0].chunk.file == "青柠质检员.md"
    assert store.current() is before

    # the commit completes: both readers move on by themselves
    (records / "chunks.jsonl").write_bytes(good)
    bump_marker(records)
    deadline = time.monotonic() + 5
    while store.current() is before or searcher._current().marker != (searcher._marker()):
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert searcher.search("青柠产线抽样质检", k=1)[0].chunk.file == "青柠质检员.md"


def test_a_reader_started_on_torn_records_recovers_after_repair(home) -> None:
    from assistant.knowledge.snapshot import KnowledgeStore
    from assistant.lexicon import load_lexicon
    from assistant.retrieve.retriever import HybridSearcher

    records = home.records_dir
    good = (records / "chunks.jsonl").read_bytes()
    (records / "chunks.jsonl").write_bytes(good[: len(good) - 40])
    searcher = HybridSearcher(home)  # no exception while the records are torn
    assert searcher.search("青柠产线抽样质检", k=1) == []
    with pytest.raises(RecordsCorrupt, match="gangwei ingest"):
        KnowledgeStore(records, load_lexicon(home.home)).current()  # nothing good to fall back on: said in Chinese
    (records / "chunks.jsonl").write_bytes(good)
    bump_marker(records)
    time.sleep(0.6)
    assert searcher.search("青柠产线抽样质检", k=1)[0].chunk.file == "青柠质检员.md"
