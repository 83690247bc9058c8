"""Methodology passages the knowledge base itself holds (how many indicators, SMART, scorecard …).

A design cites a method only when a document states it. The topics are ``kpi.toml``'s
``method_topics``; a line qualifies when it carries most of a topic's specific words (bigram
coverage weighted by IDF over the knowledge base). ``search`` (the hybrid retriever) only
narrows the lines looked at; the same test decides, so nothing is claimed on a search's say-so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.knowledge.snapshot import KnowledgeSnapshot
from assistant.models import Hit
from assistant.text import bigrams, coverage, fold
from assistant.tools.quoting import SourceText

Search = Callable[[str, int], list[Hit]]

MIN_COVERAGE = 0.6  # share of a topic's IDF mass a line must carry to state that topic
SEARCH_K = 8


@dataclass(frozen=True)
class Passage:
    topic: str
    file: str
    line: int
    text: str
    score: float


def _candidate_lines(text: SourceText, topic: str, search: Search | None) -> list[tuple[str, int, str, set[str]]]:
    if search is None:
        return text.features()
    try:
        hits = search(topic, SEARCH_K)
    except Exception:  # noqa: BLE001 - the records alone are enough to look in
        return text.features()
    out: list[tuple[str, int, str, set[str]]] = []
    for hit in hits:
        c = hit.chunk
        out.extend((c.file, n, t, bigrams(t)) for n, t in text.lines(c.file, c.line_start, c.line_end))
    return out


def find_passage(snapshot: KnowledgeSnapshot, text: SourceText, topic: str, search: Search | None = None,
                 must: str | None = None, threshold: float = MIN_COVERAGE) -> Passage | None:  # fmt: skip
    """The line that best states ``topic`` (and contains ``must``, folded), if any clears ``threshold``."""
    query = bigrams(topic)
    idf = snapshot.idf
    best: Passage | None = None
    for file, no, line, feats in _candidate_lines(text, topic, search):
        if must and fold(must) not in fold(line):
            continue
        score = coverage(query, feats, idf)
        if score >= threshold and (best is None or score > best.score):
            best = Passage(topic, file, no, line, score)
    return best


def method_passages(snapshot: KnowledgeSnapshot, text: SourceText, search: Search | None = None) -> list[Passage]:
    """One passage per ``kpi.toml`` method topic the knowledge base states, in topic order."""
    out: list[Passage] = []
    for topic in snapshot.lexicon.kpi.method_topics:
        found = find_passage(snapshot, text, topic, search)
        if found is not None and all((p.file, p.line) != (found.file, found.line) for p in out):
            out.append(found)
    return out
