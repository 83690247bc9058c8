"""Searchers look jieba's dictionary up on demand (no 1.5 s load) and segment exactly as before."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from assistant.index.lexical import (
    FREQ_FILE,
    JiebaTokenizer,
    LexicalIndex,
    SqliteMap,
    ensure_frequency_file,
    load_document_frequencies,
    save_document_frequencies,
)

ROOT = Path(__file__).resolve().parents[1]


def _texts(corpus: Path) -> list[str]:
    out = []
    for path in sorted(corpus.glob("*.txt")):
        out += [line for line in path.read_text("utf-8-sig").splitlines() if line.strip()]
    return out


def _questions() -> list[str]:
    rows = (ROOT / "evals" / "data" / "gold.jsonl").read_text("utf-8").splitlines()
    return [json.loads(r)["question"] for r in rows if r.strip()]


def test_lazy_dictionary_segments_like_the_loaded_one(tmp_path, corpus_dir):
    ensure_frequency_file(tmp_path)
    words = ["大客户经理", "对公客户经理", "人力资源专员", "任职资格", "快递业业务员"]
    lazy = JiebaTokenizer(words, freq_file=tmp_path / FREQ_FILE)
    full = JiebaTokenizer(words)
    texts = _texts(corpus_dir)[:1500] + _questions()
    assert [lazy.tokens(t) for t in texts] == [full.tokens(t) for t in texts]
    probe = {w for t in texts[:300] for w in full.tokens(t)} | {"护士", "外卖骑手", "做什"}
    assert all(lazy.is_word(w) == full.is_word(w) for w in probe)


def test_a_loaded_index_uses_the_file_and_scores_the_same(tmp_path):
    from assistant.models import Chunk, SectionKind

    def chunk(i: int, text: str) -> Chunk:
        return Chunk(id=f"c{i}", text=text, file="f.txt", line_start=i, line_end=i, article_id="a",
                     article_title="t", section_kind=SectionKind.duties, content_hash=f"h{i}")  # fmt: skip

    chunks = [chunk(1, "负责客户经理首放制的落实"), chunk(2, "教师资格证书, 本科以上学历"), chunk(3, "快递业务员负责收派快件")]
    root = tmp_path / "index" / "lexical"
    built = LexicalIndex.build(chunks, ["客户经理"])
    loaded = LexicalIndex.load(built.save(root))
    assert (tmp_path / "index" / FREQ_FILE).exists()
    assert [p.name for p in root.iterdir()] == [built.fingerprint]  # the root holds index versions only
    assert type(loaded.tokenizer._tok.FREQ).__name__ == "_LazyFreq"
    assert isinstance(loaded.bigram.vocab_dict, SqliteMap)  # tokens looked up, vocabulary not loaded
    for q in ("客户经理首放制", "教师资格", "快递员做什么"):
        for a, b in zip(loaded.scores(q), built.scores(q)):
            np.testing.assert_array_equal(a, b)


def test_a_foreign_or_broken_file_falls_back_to_loading(tmp_path):
    (tmp_path / FREQ_FILE).write_bytes(b"not sqlite")
    tok = JiebaTokenizer(["大客户经理"], freq_file=tmp_path / FREQ_FILE)
    assert isinstance(tok._tok.FREQ, dict) and tok.tokens("大客户经理的职责")


def test_saved_word_weights_equal_the_counted_ones(tmp_path, corpus_dir):
    from assistant.ingest.pipeline import ingest_records
    from assistant.ingest.records import RecordStore
    from assistant.config import Settings
    from assistant.text import Idf, bigrams

    settings = Settings(home=tmp_path / "home", corpus_dir=corpus_dir, llm_base_url=None)
    _, records = ingest_records([corpus_dir], settings, RecordStore(settings.records_dir))
    chunks = [c for r in records.values() for c in r.chunks]
    save_document_frequencies(tmp_path, chunks)
    n, df = load_document_frequencies(tmp_path, [c.id for c in chunks])
    counted = Idf(bigrams(c.text) for c in chunks)
    assert n == counted.n
    assert all(df.get(f, 0) == counted.df.get(f, 0) for c in chunks[:100] for f in bigrams(c.text) | {"不存在"})
    assert load_document_frequencies(tmp_path, [c.id for c in chunks[1:]]) is None  # another chunk set
