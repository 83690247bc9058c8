"""Score evidence units for one question: lexical coverage, section context, retriever hits.

``coverage`` (see text.py) is the share of the question's IDF-weighted bigrams a unit contains;
it is interpretable (0..1) and is what the refusal threshold is calibrated on. Hits from the
hybrid retriever (dense + BM25) add a rank bonus to the units inside the retrieved chunks, so a
paraphrase the bigrams miss can still surface.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answer.kb import KnowledgeBase
from assistant.answer.text import bigrams, fold
from assistant.models import Hit, SectionKind

# Bigrams of words every duty/qualification question uses; they say nothing about *which* list.
GENERIC_FEATS = bigrams(
    "岗位职责 工作职责 工作内容 任职要求 任职资格 任职条件 招聘条件 负责 具备 能力 素质 满足 条件 要求 "
    "岗位 职位 工作 事情 业务 处理 环节 情况"
)
HIT_BONUS = 0.35
# Extra trust in the dense model where it is clearly more confident about one passage than others.
DENSE_GAP_WEIGHT = 4.0
DENSE_GAP = 0.05
# Units in a section of the kind the intent asks for (duties for a duty question ...).
KIND_BONUS = 0.15
# A term the question quotes ("三化三无"具体指什么): a section titled with it answers first (see
# anchored_passages), and units containing it get TERM_BONUS - quoting a term asks about it by name.
_QUOTED = re.compile(r"[“\"「『‘'](?P<term>[^”\"」』’']{2,24})[”\"」』’']")
TERM_BONUS = 0.6
# Words that point at a named item: "大客户营销这项30分…".
_NAMING_TAILS = ("这项", "这一项", "这条", "这一条", "这个指标", "这一指标", "这部分")
# A heading that titles more sections than this ("工作职责:") names nothing in particular.
MAX_SHARED_HEADING = 3


def quoted_terms(question: str) -> list[str]:
    """Terms the question puts in quotes, folded."""
    return [fold(m.group("term")).strip() for m in _QUOTED.finditer(question) if m.group("term").strip()]


@dataclass
class Query:
    text: str
    feats: set[str]
    context: set[str] = field(default_factory=set)  # the previous question (follow-ups)
    role: set[str] = field(default_factory=set)
    terms: list[str] = field(default_factory=list)  # quoted terms

    @property
    def specific(self) -> set[str]:
        """What the question says beyond the role and the generic duty words (网店, 车载导航...)."""
        return self.feats - self.role - GENERIC_FEATS

    @classmethod
    def make(
        cls, kb: KnowledgeBase, question: str, context: str | None = None, role: str | None = None, asked: str | None = None
    ) -> Query:
        ctx = kb.query_features(context) if context else set()
        roles = bigrams(" ".join(x for x in (role, asked) if x))
        return cls(text=question, feats=kb.query_features(question), context=ctx, role=roles, terms=quoted_terms(question))


class Scorer:
    """Per-question unit scores, computed lazily over the units that share a bigram with it."""

    def __init__(
        self, kb: KnowledgeBase, query: Query, hits: list[Hit] | None = None, kind: SectionKind | None = None
    ) -> None:
        self.kb = kb
        self.q = query
        self.hits = hits or []
        self.kind = kind
        self._hit_bonus: dict[int, float] = {}
        top_dense = max((h.signals.get("dense_sim", 0.0) for h in self.hits), default=0.0)
        for hit in self.hits:
            bonus = HIT_BONUS / (1 + 0.5 * (hit.rank - 1))
            gap = hit.signals.get("dense_sim", 0.0) - (top_dense - DENSE_GAP)
            bonus += DENSE_GAP_WEIGHT * max(0.0, gap)
            spans = [hit.chunk.span, *hit.duplicates]
            for span in spans:
                for line in range(span.line_start, span.line_end + 1):
                    for unit in kb.units_on(span.file, line):
                        if bonus > self._hit_bonus.get(unit.uid, 0.0):
                            self._hit_bonus[unit.uid] = bonus
        self._cache: dict[int, float] = {}
        self._lex: dict[int, float] = {}
        # IDF weights of the question's features, computed once (coverage is called per unit).
        self._w = {f: kb.idf(f) for f in query.feats}
        self._total = sum(self._w.values())
        self._cw = {f: kb.idf(f) for f in query.context}
        self._ctotal = sum(self._cw.values())
        # Cosine of the question with the closest retrieved passage (e5); None without a vector index.
        sims = [h.signals.get("dense_sim", 0.0) for h in self.hits]
        self.dense: float | None = max(sims) if sims and max(sims) > 0 else None
        self.anchors = anchored_passages(kb, query)
        # Units that contain a quoted term ("三化三无"): what the question asks about by name.
        self.term_units = {uid for term in query.terms for uid in kb.units_containing(term)}

    def candidates(self) -> set[int]:
        out: set[int] = set(self._hit_bonus) | self.term_units
        for feat in self.q.feats | self.q.context:
            out.update(self.kb.postings.get(feat, ()))
        return out

    def lexical(self, uid: int) -> float:
        """Coverage of the question by the unit together with its section context (the gate score)."""
        if uid in self._lex:
            return self._lex[uid]
        if not self._total:
            return 0.0
        unit = self.kb.units[uid]
        ctx = self.kb.passages[unit.passage].ctx
        own = sum(w for f, w in self._w.items() if f in unit.feats)
        with_ctx = sum(w for f, w in self._w.items() if f in unit.feats or f in ctx)
        value = (0.6 * own + 0.4 * with_ctx) / self._total
        self._lex[uid] = value
        return value

    def score(self, uid: int) -> float:
        if uid in self._cache:
            return self._cache[uid]
        value = self.lexical(uid) + self._hit_bonus.get(uid, 0.0)
        if uid in self.term_units:
            value += TERM_BONUS
        unit = self.kb.units[uid]
        if self.kind is not None and self.kb.passages[unit.passage].kind == self.kind:
            value += KIND_BONUS
        if self._ctotal:
            ctx = self.kb.passages[unit.passage].ctx
            hit = sum(w for f, w in self._cw.items() if f in unit.feats or f in ctx)
            value += 0.25 * hit / self._ctotal
        self._cache[uid] = value
        return value

    def hit_bonus(self, uid: int) -> float:
        return self._hit_bonus.get(uid, 0.0)

    def ranked(self, kinds: tuple[str, ...] = ("sentence", "item"), limit: int = 40) -> list[tuple[int, float]]:
        scored = [
            (uid, self.score(uid)) for uid in self.candidates() if self.kb.units[uid].kind in kinds
        ]
        scored.sort(key=lambda x: (-x[1], x[0]))
        return scored[:limit]

    def ranked_lexical(self, limit: int = 40) -> list[tuple[int, float]]:
        """Sentences and items by wording alone: coverage and quoted terms (no retriever or section bonuses)."""
        scored = [
            (uid, self.lexical(uid) + (TERM_BONUS if uid in self.term_units else 0.0))
            for uid in self.candidates()
            if self.kb.units[uid].kind in ("sentence", "item")
        ]
        scored.sort(key=lambda x: (-x[1], x[0]))
        return scored[:limit]

    def best_lexical(self) -> float:
        """How well the best single unit covers the question (0..1), ignoring retriever bonuses."""
        best = 0.0
        for uid in self.candidates():
            if self.kb.units[uid].kind == "heading":
                continue
            best = max(best, self.lexical(uid))
        return best


def anchored_passages(kb: KnowledgeBase, query: Query) -> list[int]:
    """Sections whose heading is a term the question quotes or points at ("“信息反馈”这项指标…",
    "大客户营销这项30分…" -> the section headed "信息反馈:" / "大客户营销:"). A heading many sections
    share ("工作职责:") or made of generic words names nothing in particular."""
    text = fold(query.text)
    out: list[int] = []
    for core, pids in kb.heading_passages().items():
        named = core in query.terms or any(core + tail in text for tail in _NAMING_TAILS)
        if named and len(pids) <= MAX_SHARED_HEADING and bigrams(core) - GENERIC_FEATS:
            out.extend(pids)
    return list(dict.fromkeys(out))

