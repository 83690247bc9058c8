"""Fused retrieval on the dev set, plus filters, boosts, duplicates, signals and the LangChain view."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.eval.gold import load_retrieval_dev
from assistant.models import Chunk, SectionKind
from assistant.retrieve.evaluate import MODES, evaluate, first_relevant, table
from assistant.retrieve.fusion import weighted_rrf
from assistant.retrieve.retriever import GangweiRetriever, SearchFilters, _joined

ROOT = Path(__file__).resolve().parents[1]
DEV = load_retrieval_dev(ROOT / "evals" / "data" / "retrieval_dev.jsonl")


def test_dev_set_recall_and_mrr(searcher):
    assert len(DEV) >= 40
    rows = [evaluate(searcher, DEV, mode) for mode in MODES]
    print(f"\n检索评测 ({len(DEV)} 个开发集问题)\n" + table(rows))
    fused = rows[-1]
    assert fused.mode == "fused"
    assert fused.recall_at_5 >= 0.95, fused
    assert fused.mrr_at_10 >= 0.85, fused
    # fusion must not be worse than the best single retriever at the top of the list
    assert fused.mrr_at_10 >= max(r.mrr_at_10 for r in rows[:-1]) - 0.02


def test_weighted_rrf():
    fused = weighted_rrf({"a": ["x", "y"], "b": ["y", "z"], "c": ["x"]}, {"a": 1.0, "b": 2.0, "c": 0}, k=10)
    assert fused["y"] == pytest.approx(1 / 12 + 2 / 11)
    assert fused["x"] == pytest.approx(1 / 11)
    assert set(fused) == {"x", "y", "z"}


def test_near_duplicates_are_collapsed_into_one_hit(searcher):
    # The teacher duty list appears twice in full (000:635-651 and 663-679) and once cut off.
    hits = searcher.search("教师的岗位职责有哪些", k=10)
    teacher = [h for h in hits if h.chunk.file.startswith("000") and 635 <= h.chunk.line_start <= 679]
    assert len(teacher) == 1, [(h.chunk.line_start, h.chunk.line_end) for h in hits]
    spans = {(d.line_start, d.line_end) for d in teacher[0].duplicates}
    assert spans & {(635, 651), (663, 679)}
    texts = [h.chunk.text for h in hits]
    assert len(texts) == len(set(texts))


def test_filters_restrict_every_hit(searcher):
    only_quals = SearchFilters(section_kinds=[SectionKind.qualifications])
    hits = searcher.search("需要什么学历和工作经验", k=8, filters=only_quals)
    assert hits and all(h.chunk.section_kind == SectionKind.qualifications for h in hits)
    one_file = SearchFilters(files=["002_0ddfcbd208019869.txt"])
    hits = searcher.search("销售岗位职责", k=8, filters=one_file)
    assert hits and all(h.chunk.file == "002_0ddfcbd208019869.txt" for h in hits)
    teacher = SearchFilters(roles=["教师"])
    hits = searcher.search("岗位职责", k=5, filters=teacher)
    assert hits and all("教师" in ((h.chunk.role or "") + h.chunk.article_title) for h in hits)
    assert searcher.search("岗位职责", filters=SearchFilters(files=["nope.txt"])) == []


def test_boosts_promote_the_requested_kind(searcher):
    query = "客户经理"
    plain = searcher.search(query, k=10)
    boosted = searcher.search(query, k=10, boost_kinds=[SectionKind.duties])
    share = lambda hits: sum(h.chunk.section_kind == SectionKind.duties for h in hits[:5])  # noqa: E731
    first = lambda hits: next((h.rank for h in hits if h.chunk.section_kind == SectionKind.duties), 99)  # noqa: E731
    assert share(boosted) >= share(plain)
    # every article of the corpus is titled "客户经理岗位职责…": a bare "客户经理" matches all of them alike
    assert first(boosted) < first(plain) and first(boosted) <= 5


def test_signals_separate_relevant_from_irrelevant(searcher):
    good = searcher.search("快递业务员的岗位职责", k=3)
    bad = searcher.search("明天北京会下雨吗", k=3)
    keys = {"fused", "dense_sim", "bigram", "jieba", "item", "coverage", "rank_dense", "rank_bigram", "rank_jieba", "rank_item"}
    assert keys <= set(good[0].signals)
    assert good[0].signals["coverage"] > bad[0].signals["coverage"]
    assert good[0].signals["bigram"] > bad[0].signals["bigram"]
    assert good[0].signals["dense_sim"] > bad[0].signals["dense_sim"]
    assert 0 < good[0].signals["dense_sim"] <= 1.0
    assert good[0].signals["unknown_terms"] == 0 and bad[0].signals["unknown_terms"] >= 1


@pytest.mark.parametrize(
    ("question", "unknown"),
    [("医院护士的岗位职责有哪些?", {"护士"}), ("外卖骑手的考核指标怎么定?", {"骑手"}), ("快递业务员要做什么", set())],
)
def test_unknown_terms_name_what_the_corpus_never_mentions(searcher, question, unknown):
    assert unknown <= set(searcher.unknown_terms(question))
    if not unknown:
        assert searcher.unknown_terms(question) == []


def test_contract_shape_and_ranks(searcher):
    hits = searcher.search("平衡计分卡的四个维度", k=4)
    assert [h.rank for h in hits] == [1, 2, 3, 4]
    assert all(a.score >= b.score for a, b in zip(hits, hits[1:]))
    row = hits[0].to_contract()
    assert set(row) == {"rank", "score", "file", "line_start", "line_end", "section", "role", "text", "passage"}
    lines = (ROOT / "corpus" / row["file"]).read_text("utf-8").splitlines()
    assert 1 <= row["line_start"] <= row["line_end"] <= len(lines)
    assert searcher.search("   ") == []


def test_langchain_retriever(searcher):
    retriever = GangweiRetriever(searcher=searcher, k=3, boost_kinds=[SectionKind.qualifications])
    docs = retriever.invoke("当老师要具备哪些条件")
    assert len(docs) == 3
    meta = docs[0].metadata
    assert {"file", "line_start", "line_end", "section", "role", "score", "signals", "duplicates"} <= set(meta)
    item = next(i for i in DEV if i.id == "r002")
    hits = searcher.search(item.question, k=5)
    assert first_relevant(hits, item.evidence) is not None


def test_warm_searcher_reuses_loaded_indexes(searcher):
    lexical = searcher._current().lexical
    searcher.search("岗位职责", k=1)
    assert searcher._current().lexical is lexical


def test_a_hit_returns_the_section_around_it(searcher, monkeypatch):
    # "(四)建立日常规范管理制度" lists five measures in two chunks: a question finding the first
    # chunk gets the section, the fifth measure included, the hit's own lines as they were; a
    # speech's plan under one-line headings ("一是加强学习，提升自我") reads on past them
    hits = searcher.search("怎样强化对客户经理的思想引导,增强竞争勇气", k=5)
    hit = next(h for h in hits if h.chunk.file.startswith("004") and h.chunk.line_start == 222)
    assert hit.passage is not None and hit.passage.file == hit.chunk.file
    assert hit.passage.line_start <= hit.chunk.line_start <= hit.chunk.line_end < hit.passage.line_end
    assert hit.chunk.text in hit.passage.text and "实行监督管理" in hit.passage.text
    assert "实行监督管理" not in hit.chunk.text
    speech = searcher.search("我竞聘上了银行个人客户经理,上任后应该从哪几方面开展工作?", k=3)[0]
    assert speech.chunk.file.startswith("001") and speech.chunk.line_end < 321
    assert speech.passage is not None and speech.passage.line_end >= 325 and "二是精心组织" in speech.passage.text
    limit = searcher.settings.passage_max
    for h in searcher.search("客户经理的岗位职责有哪些", k=10) + hits:
        if h.passage is not None:  # around the hit, no longer than the limit
            assert h.passage.line_start <= h.chunk.line_start <= h.chunk.line_end <= h.passage.line_end
            assert len(h.passage.text) <= limit + 20 and h.passage in h.spans() and h.chunk.text in h.passage.text
    monkeypatch.setattr(searcher, "settings", searcher.settings.model_copy(update={"passage_max": 0}))
    assert all(h.passage is None for h in searcher.search("怎样强化对客户经理的思想引导,增强竞争勇气", k=5))


def test_a_tables_header_row_is_kept_once_in_a_passage():
    # every chunk of a table repeats its header row (its span starts there); a paragraph cut
    # between two chunks is one line again
    def chunk(a: int, b: int, text: str) -> Chunk:
        return Chunk(id=f"{a}-{b}", text=text, file="t.md", line_start=a, line_end=b, article_id="t", article_title="t",
                     section_kind=SectionKind.kpi, content_hash="h")  # fmt: skip

    table = [chunk(1, 3, "人力资源部KPI\n指标 | 权重\n招聘达成率 | 20%"), chunk(2, 4, "指标 | 权重\n培训完成率 | 10%")]
    assert _joined(table) == "人力资源部KPI\n指标 | 权重\n招聘达成率 | 20%\n培训完成率 | 10%"
    cut = [chunk(5, 5, "第一句很长。"), chunk(5, 6, "第二句接着。\n下一行")]
    assert _joined(cut) == "第一句很长。第二句接着。\n下一行"
