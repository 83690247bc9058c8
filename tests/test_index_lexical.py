"""BM25 over character bigrams and jieba words: tokenisation, persistence, fingerprints."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.index.lexical import (
    JiebaTokenizer,
    LexicalIndex,
    QueryExpander,
    bigram_tokens,
    dictionary_words,
    fingerprint,
    item_units,
    strip_query_noise,
)
from assistant.lexicon import load_lexicon
from assistant.models import Chunk, SectionKind

LEXICON = load_lexicon(None)


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
        context=f"岗位职责汇编 · {role}" if role else "",
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
    # single characters listed with 、 also spell their word: "多快好省" finds "多、快、好、省"
    assert {"多快", "快好", "好省"} <= set(bigram_tokens("要做到多、快、好、省"))
    assert "财客" not in bigram_tokens("财务、客户、流程") and "务客" not in bigram_tokens("财务、客户、流程")


def test_jieba_keeps_hr_terms_whole():
    tok = JiebaTokenizer(dictionary_words(LEXICON, ["信息技术专员", "大客户经理", "首放制", "胜任力"]))
    words = tok.tokens("大客户经理按平衡计分卡设计关键绩效指标, 推行首放制, 考察胜任力; 信息技术专员")
    for term in ("大客户经理", "平衡计分卡", "关键绩效指标", "首放制", "胜任力", "信息技术专员"):
        assert term in words, (term, words)
    assert "的" not in tok.tokens("岗位的职责")


def test_query_noise_and_synonyms_from_the_lexicon():
    expander = QueryExpander(LEXICON.synonyms.groups)
    assert "哪些" not in strip_query_noise("客户经理要负责哪些工作?", expander)
    assert "招聘" in expander.expand("营销团队怎么招人")
    assert "人力资源专员" in expander.expand("人事专员做什么")
    assert "直接上级" in expander.terms("他的直属上司是谁")
    assert QueryExpander([]).expand("岗位职责") == "岗位职责"
    # a way of asking adds the labels documents give the fact, one way only
    asked = QueryExpander(LEXICON.synonyms.groups, LEXICON.fields.ask_labels())
    assert "直属上级" in asked.terms("瓦斯检查员归谁管")
    assert "归谁管" not in asked.terms("直属上级是谁")
    assert not LEXICON.fields.ask_labels().keys() & {"证", "岁"}  # one-character asks fire inside other words
    # a group added by a user file takes effect without code changes
    assert "库管" in QueryExpander([["仓库管理员", "库管"]]).expand("仓库管理员要什么证")


def test_scores_rank_the_matching_chunk_first():
    index = LexicalIndex.build(CHUNKS, dictionary_words(LEXICON, ["客户经理"]))
    for query, expected in [
        ("送快件的业务员负责什么", "c001"),
        ("当老师要什么证书", "c002"),
        ("平衡计分卡有哪几个维度", "c003"),
        ("首放制是什么", "c004"),
    ]:
        big, words = index.scores(query, QueryExpander(LEXICON.synonyms.groups))
        assert index.ids[int(np.argmax(big))] == expected, query
        assert index.ids[int(np.argmax(words))] == expected or query == "送快件的业务员负责什么"
    big, words = index.scores("今天天气怎么样")
    assert big.max() == 0 and words.max() == 0


def test_save_load_roundtrip_and_fingerprint(tmp_path: Path):
    index = LexicalIndex.build(CHUNKS)
    root = tmp_path / "lexical"
    directory = index.save(root)
    assert directory.name == index.fingerprint == fingerprint(CHUNKS, sorted({c.role for c in CHUNKS if c.role}))
    assert not [p for p in root.iterdir() if p.name.startswith(".tmp")]
    loaded = LexicalIndex.open_or_build(root, list(reversed(CHUNKS)))
    assert loaded.ids == index.ids
    for q in ("客户经理首放制", "教师资格"):
        np.testing.assert_allclose(loaded.scores(q)[0], index.scores(q)[0])
        np.testing.assert_allclose(loaded.scores(q)[1], index.scores(q)[1])
        np.testing.assert_allclose(loaded.item_scores(q), index.item_scores(q))
    changed = CHUNKS[:3] + [CHUNKS[3].model_copy(update={"context": "岗位职责汇编 · 大客户经理"})]
    assert fingerprint(changed) != fingerprint(CHUNKS)  # the indexed text includes the structural header
    other = LexicalIndex.build(changed)
    other.save(root)
    LexicalIndex.prune(root, keep=other.fingerprint)
    assert [p.name for p in root.iterdir()] == [other.fingerprint]


def test_empty_index_scores_nothing():
    index = LexicalIndex.build([])
    big, words = index.scores("岗位职责")
    assert big.size == 0 and words.size == 0
    assert index.item_scores("岗位职责").size == 0


def test_items_are_lines_read_with_the_chunks_header():
    assert item_units("一德期货 · 人力资源专员 · 任职要求\n本科及以上学历\n\n三年以上招聘经验") == [
        "一德期货 · 人力资源专员 · 任职要求 本科及以上学历", "一德期货 · 人力资源专员 · 任职要求 三年以上招聘经验"]
    assert item_units("一行而已") == ["一行而已"] and item_units("标题\n只有一行") == ["标题\n只有一行"]
    long_line = "。".join(f"第{i}句话讲的是另一件事情，写得足够长以超过一条的长度上限" for i in range(12))
    items = item_units(f"薪酬制度\n{long_line}\n短的一行")
    assert len(items) > 3 and all(item.startswith("薪酬制度 ") for item in items)
    assert "".join(item.removeprefix("薪酬制度 ") for item in items[:-1]) == long_line  # sentences, nothing lost


def test_a_chunk_is_scored_by_its_best_item():
    """One line that answers, inside a long passage, outscores a short passage that only shares
    the topic: BM25 over the whole chunk dilutes the line by the passage's length."""
    filler = [f"{n}. 负责门店日常{topic}管理工作, 按要求组织开展相关活动并做好记录" for n, topic in
              enumerate(["排班", "卫生", "陈列", "盘点", "培训", "会议", "安全", "设备"], 1)]
    passage = _chunk(10, "\n".join([*filler, "9. 夜班津贴每晚80元, 随当月工资发放"]), "店长")
    mention = _chunk(11, "夜班津贴每晚的发放标准, 按公司薪酬制度执行", "店长")
    index = LexicalIndex.build([passage, mention, *CHUNKS])
    big, _ = index.scores("夜班津贴每晚多少元")
    items = index.item_scores("夜班津贴每晚多少元")
    first = lambda scores: index.ids[int(np.argmax(scores))]  # noqa: E731
    assert first(big) == "c011" and first(items) == "c010", (big, items)
