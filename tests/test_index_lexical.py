"""BM25 over character bigrams and jieba words: tokenisation, persistence, fingerprints."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.index.lexical import (
    JiebaTokenizer,
    LexicalIndex,
    bigram_tokens,
    dictionary_words,
    expand_query,
    fingerprint,
    strip_query_noise,
)
from assistant.models import Chunk, SectionKind


def _chunk(i: int, text: str, role: str | None = None, kind: SectionKind = SectionKind.prose) -> Chunk:
    return Chunk(
        id=f"c{i:03d}",
        text=text,
        file="a.txt",
        line_start=i,
        line_end=i,
        article_id="a1",
        article_title="岗位职责汇编",
        section_kind=kind,
        role=role,
        content_hash=f"h{i}",
    )


CHUNKS = [
    _chunk(1, "负责快件的收取和派送, 核对运单。", "快递业务员", SectionKind.duties),
    _chunk(2, "大专以上学历, 持有教师资格证。", "教师", SectionKind.qualifications),
    _chunk(3, "平衡计分卡从财务、客户、内部流程、学习与成长四个维度设计关键绩效指标。"),
    _chunk(4, "客户经理实行首放制, 对首次放款的客户负责到底。", "客户经理", SectionKind.duties),
]


def test_bigram_tokens_split_cjk_runs_and_keep_latin_words():
    assert bigram_tokens("岗位职责") == ["岗位", "位职", "职责"]
    assert bigram_tokens("熟悉 Linux、MS SQL 和 C++") == ["熟悉", "linux", "ms", "sql", "和", "c"]
    assert bigram_tokens("KPI:绩效") == ["kpi", "绩效"]
    assert bigram_tokens(",。!") == []


def test_jieba_keeps_hr_terms_whole():
    tok = JiebaTokenizer(dictionary_words(["信息技术专员"]))
    words = tok.tokens("大客户经理按平衡计分卡设计关键绩效指标, 推行首放制, 考察胜任力; 信息技术专员")
    for term in ("大客户经理", "平衡计分卡", "关键绩效指标", "首放制", "胜任力", "信息技术专员"):
        assert term in words, (term, words)
    assert "的" not in tok.tokens("岗位的职责")


def test_query_noise_and_synonyms():
    assert "哪些" not in strip_query_noise("客户经理要负责哪些工作?")
    assert "招聘" in expand_query("营销团队怎么招人")
    assert "是指" in expand_query("胜任力是什么意思")
    assert expand_query("岗位职责") == "岗位职责"


def test_scores_rank_the_matching_chunk_first():
    index = LexicalIndex.build(CHUNKS, titles=["客户经理"])
    for query, expected in [
        ("送快件的业务员负责什么", "c001"),
        ("当老师要什么证书", "c002"),
        ("平衡计分卡有哪几个维度", "c003"),
        ("首放制是什么", "c004"),
    ]:
        big, words = index.scores(query)
        assert index.ids[int(np.argmax(big))] == expected, query
        assert index.ids[int(np.argmax(words))] == expected or query == "送快件的业务员负责什么"
    big, words = index.scores("今天天气怎么样")
    assert big.max() == 0 and words.max() == 0


def test_save_load_roundtrip_and_fingerprint(tmp_path: Path):
    index = LexicalIndex.build(CHUNKS)
    root = tmp_path / "lexical"
    directory = index.save(root)
    assert directory.name == index.fingerprint == fingerprint(CHUNKS)
    assert not [p for p in root.iterdir() if p.name.startswith(".tmp")]
    loaded = LexicalIndex.open_or_build(root, list(reversed(CHUNKS)))
    assert loaded.ids == index.ids
    for q in ("客户经理首放制", "教师资格"):
        np.testing.assert_allclose(loaded.scores(q)[0], index.scores(q)[0])
        np.testing.assert_allclose(loaded.scores(q)[1], index.scores(q)[1])
    changed = CHUNKS[:3] + [CHUNKS[3].model_copy(update={"role": "大客户经理"})]
    assert fingerprint(changed) != index.fingerprint  # indexed text includes the role
    other = LexicalIndex.build(changed)
    other.save(root)
    LexicalIndex.prune(root, keep=other.fingerprint)
    assert [p.name for p in root.iterdir()] == [other.fingerprint]


def test_empty_index_scores_nothing():
    index = LexicalIndex.build([])
    big, words = index.scores("岗位职责")
    assert big.size == 0 and words.size == 0
