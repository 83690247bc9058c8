"""The JD drafter with the real hybrid searcher (e5 + Chroma + BM25 on the shipped corpus)."""

from __future__ import annotations

import pytest
from _tools_support import quote_in_corpus

from assistant.tools.data import ToolData
from assistant.tools.jd import JdRequest, _from_search, draft_jd
from assistant.tools.roles import relatedness
from assistant.tools.sources import RoleEvidence

pytestmark = pytest.mark.slow


def test_search_adds_passages_from_postings_the_scan_did_not_attribute(indexed_settings, searcher):
    data = ToolData.load(indexed_settings)
    evidence = RoleEvidence(data, "大客户经理")
    evidence.candidates = []  # pretend the record scan found nothing: the search must find the posting
    found = _from_search(searcher, "大客户经理", evidence, data)
    assert found
    assert all(relatedness("大客户经理", c.role) >= 0.7 for c in found)
    assert any(c.quote.file.startswith("004_") and 126 <= c.quote.line_start <= 154 for c in found)
    for c in found:
        assert quote_in_corpus(c.quote.file, c.quote.line_start, c.quote.line_end, c.quote.quote), c


def test_draft_with_searcher_keeps_sources_valid(indexed_settings, searcher):
    data = ToolData.load(indexed_settings)
    searched = draft_jd(JdRequest(role="客户经理"), data=data, searcher=searcher)
    assert searched.found
    assert len({(q.file, q.title) for q in searched.sources()}) >= 2
    for q in searched.sources():
        assert quote_in_corpus(q.file, q.line_start, q.line_end, q.quote)
