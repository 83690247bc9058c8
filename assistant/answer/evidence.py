"""Citable evidence units and their scores for one question.

A ``Unit`` is what an answer can quote: a list item (whole, with its continuation lines), a
field ("直属上级: 行政经理"), a heading, or a sentence of a paragraph. Units are made per section
on demand, and only for the sections the retriever returned (plus the asked role's own
sections), so the work per question is bounded by the candidates, not by the corpus size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from assistant.ingest.textables import left_out, md_row_text
from assistant.knowledge.snapshot import KnowledgeSnapshot, SectionRef
from assistant.models import BlockType, Hit, ProfileItem, SectionKind
from assistant.text import bigrams, content_text, coverage, fold, one_line, split_sentences, squash, strip_marker

LONG_LINE = 140  # a paragraph line longer than this is quoted sentence by sentence
HIT_BONUS = 0.35
KIND_BONUS = 0.12
DENSE_GAP = 0.05
DENSE_GAP_WEIGHT = 3.0
TERM_BONUS = 0.6  # a unit holding a term the question quotes is what the question asks about
DEFINITION_BONUS = 0.3  # "X是指…" answers "什么是X"
CLAUSE_MIN_FEATS = 3  # a clause asks something of its own only with a few words ("另外呢" does not)
_CLAUSE_CUT = re.compile(r"[,，;；?？!！。]+")
_CONDITION = re.compile(r"的话$|^(?:如果|要是|假如|假设|若是|若|万一)")
_DEFINITION_Q = [
    re.compile(r"(?:什么是|何为|何谓)(?P<t>[^?？,，。]{2,20})"),
    re.compile(r"(?P<t>[^?？,，。]{2,20}?)(?:是什么意思|什么意思|是什么|的含义|的定义|指什么|是指什么)"),
]


def definition_topic(question: str) -> str | None:
    """The term a definitional question asks about ("强制休假制度是什么意思" -> 强制休假制度)."""
    for pattern in _DEFINITION_Q:
        m = pattern.search(question)
        if m:
            term = re.sub(r"^(请问|那|这个|所谓)", "", m.group("t")).strip()
            return term if len(squash(term)) >= 2 else None
    return None


@dataclass
class Unit:
    uid: str
    file: str
    line_start: int
    line_end: int
    text: str  # what the answer shows (one line)
    quote: str  # a verbatim piece of the first cited line
    kind: str  # item | field | heading | sentence
    section_id: str
    section_kind: SectionKind
    order: int  # position in the section
    heading: str | None = None
    role: str | None = None
    organisation: str | None = None
    feats: frozenset[str] = field(default_factory=frozenset)
    depth: int = 0  # level in an organisation chart drawn as a tree (Block.depth)


_ROW_KEYS = ("row", "indicator", "criterion")


def _unit(sid: str, kind: SectionKind, order: int, file: str, nos: list[int], texts: list[str], ukind: str,
          heading: str | None, role: str | None, org: str | None, quote: str | None = None) -> Unit:  # fmt: skip
    shown = one_line("".join(texts)) if ukind == "item" else one_line(" ".join(texts))
    if ukind in ("item", "row") and shown.startswith("|"):
        shown = md_row_text(shown) or shown  # a Markdown table row, shown as its cells
    ukind = "item" if ukind == "row" else ukind
    return Unit(
        uid=f"{sid}#{order}",
        file=file,
        line_start=min(nos),
        line_end=max(nos),
        text=shown,
        quote=(quote if quote is not None else texts[0]).strip(),
        kind=ukind,
        section_id=sid,
        section_kind=kind,
        order=order,
        heading=heading,
        role=role,
        organisation=org,
        feats=frozenset(bigrams(shown)),
    )


def section_units(snapshot: KnowledgeSnapshot, section_id: str) -> list[Unit]:
    """The citable units of one section, in reading order (cached on the snapshot)."""
    cache: dict[str, list[Unit]] = snapshot.__dict__.setdefault("_unit_cache", {})
    if section_id in cache:
        return cache[section_id]
    ref = snapshot.section_ref(section_id)
    section = snapshot.section(section_id)  # the section alone: its article may be a whole document
    units: list[Unit] = []
    if ref is not None and section is not None:
        org = section.organisation or ref.article_organisation
        openings = tuple(snapshot.lexicon.sections.continuations)
        # the family heading above ("五、信息科技类") describes the list's first line, where the list
        # begins (every line of a loosely cut section would otherwise match it alike)
        first_heading = _with_parent(snapshot, ref, section.heading) if not section.role else section.heading
        first = True
        for block in section.blocks:
            pairs = block.numbered_lines()
            if not pairs:
                continue
            nos = [n for n, _ in pairs]
            texts = [t for _, t in pairs]
            if block.type in (BlockType.item, BlockType.text) and left_out(block.text):
                continue  # "略（见《贵宾室服务工作手册》）": the part is not written here, nothing to quote as it
            if block.type == BlockType.field and block.key == "source":
                continue  # "来源：https://…" of a scraped posting: where the row came from, no fact to quote
            if block.type in (BlockType.item, BlockType.field) or (block.type == BlockType.text and len(block.text) <= LONG_LINE):
                ukind = {"item": "item", "field": "field"}.get(block.type.value, "sentence")
                shown = [t for _, t in block.shown_lines()]
                quote = block.quote or (texts[0] if shown != texts else None)  # shown with its column's name, quoted as it stands
                texts = shown
                if block.key in _ROW_KEYS and len(set(nos)) > 1:
                    # a table row whose cells stand on lines of their own: its cells, not one run-on text
                    # (quoted by its first line: a cell merged from above is not on the row's lines)
                    quote = texts[0]
                    texts = [" | ".join(t.strip() for t in texts)]
                    ukind = "row"
                units.append(_unit(section_id, section.kind, len(units), block.span.file, nos, texts, ukind,
                                   first_heading if first else section.heading, section.role, org, quote))  # fmt: skip
                first = False
                units[-1].depth = block.depth
            elif block.type == BlockType.heading:
                units.append(_unit(section_id, section.kind, len(units), block.span.file, nos[:1], texts[:1], "heading",
                                   section.heading, section.role, org))  # fmt: skip
            else:
                for no, line in pairs:
                    before: frozenset[str] = frozenset()
                    for sentence in split_sentences(line, LONG_LINE * 2):
                        if sentence.strip():
                            units.append(_unit(section_id, section.kind, len(units), block.span.file, [no], [sentence],
                                               "sentence", first_heading if first else section.heading, section.role, org))  # fmt: skip
                            first = False
                            if before and sentence.strip().startswith(openings):
                                # "但也存在以下不足:…" goes on about what the sentence before it named
                                units[-1].feats = units[-1].feats | before
                            before = units[-1].feats
    cache[section_id] = units
    return units


_PART_LABEL = re.compile(r"^\s*[^:：，,。；;\s]{2,12}[:：]")


def left_out_units(snapshot: KnowledgeSnapshot, section_id: str) -> list[Unit]:
    """"五、星级评定办法 / （略，另行发文）": the lines of a section that only say its content is left
    out, when that is all the section says (kept out of ``section_units``: nothing to quote as a fact)."""
    cache: dict[str, list[Unit]] = snapshot.__dict__.setdefault("_left_out_cache", {})
    if section_id in cache:
        return cache[section_id]
    section = snapshot.section(section_id)
    ref = snapshot.section_ref(section_id)
    out: list[Unit] = []
    if section is not None and ref is not None:
        # (the post's facts beside it, "编制：人力资源部　审核：门诊主任", leave its content no less left out)
        body = [b for b in section.blocks if b.type not in (BlockType.heading, BlockType.field) and b.numbered_lines()]
        heads = [b for b in section.blocks if b.type == BlockType.heading]
        if not body and len(heads) == 1 and re.search(r"[:：]", heads[0].text) and left_out(heads[0].text):
            body = heads  # "岗位权限：略。": the part's label and, on its line, that it is left out
        whole = bool(body) and all(b.type in (BlockType.item, BlockType.text, BlockType.heading) and left_out(b.text) for b in body)
        # ("培训大纲：略。" under the post's requirements: a part of its own, labelled, left out)
        labelled = [b for b in body if b.type == BlockType.text and _PART_LABEL.match(b.text) and left_out(b.text)]
        # ("任职资格 / 略（…另行补充）。/ 以下岗位仅列名称…": the part opens with 略; what follows is another matter)
        if not whole and not labelled and body and body[0].type in (BlockType.item, BlockType.text) and left_out(body[0].text):
            labelled = body[:1]
        if whole or labelled:
            org = section.organisation or ref.article_organisation
            for block in body if whole else labelled:
                pairs = block.numbered_lines()
                out.append(_unit(section_id, section.kind, len(out), block.span.file, [n for n, _ in pairs],
                                 [t for _, t in pairs], "sentence", section.heading, section.role, org))  # fmt: skip
                out[-1].uid = f"{section_id}#left-out-{len(out)}"  # never one of the section's own units
    cache[section_id] = out
    return out


def _with_parent(snapshot: KnowledgeSnapshot, ref: SectionRef, heading: str | None) -> str | None:
    """"工作职责:" right under "五、信息科技类" (a heading with nothing of its own): the list is the
    duties of what the heading above names, so both headings describe its lines."""
    if not heading or ref.pos == 0:
        return heading
    kinds: frozenset[str] = snapshot.__dict__.get("_kind_labels") or snapshot.__dict__.setdefault(
        "_kind_labels", frozenset(squash(w) for words in snapshot.lexicon.sections.kinds.values() for w in words))
    if squash(heading).rstrip(":：") not in kinds:
        return heading
    ids = snapshot.section_ids_of(ref.article_id)
    parent = snapshot.section_ref(ids[ref.pos - 1]) if ref.pos - 1 < len(ids) else None
    if parent is None or not parent.heading or parent.line_end > parent.line_start or squash(parent.heading).rstrip(":：") in kinds:
        return heading
    return f"{parent.heading} {heading}"


def profile_unit(item: ProfileItem, section_id: str, kind: SectionKind, order: int, role: str | None, org: str | None) -> Unit:
    pairs = list(zip(item.line_nos, item.text.split("\n"))) if len(item.line_nos) == len(item.text.split("\n")) else [
        (item.span.line_start, item.text.split("\n")[0])
    ]
    # (its span may begin above its own lines: a part's first duty cites the part's title too)
    return _unit(section_id, kind, order, item.span.file, [item.span.line_start, *(n for n, _ in pairs), item.span.line_end], [t for _, t in pairs],
                 "item", item.heading, role, org, quote=item.quote)  # fmt: skip


class Scorer:
    """Scores units for one question: coverage of its words, retriever ranks, section kind."""

    def __init__(self, snapshot: KnowledgeSnapshot, question: str, hits: list[Hit], kind: SectionKind | None = None,
                 context: str | None = None, role: str | None = None, terms: list[str] | None = None) -> None:  # fmt: skip
        self.snapshot = snapshot
        self.hits = hits
        self.kind = kind
        content = content_text(question)
        asked = squash(content)
        words = [w for group in snapshot.lexicon.synonyms.groups for w in group if len(squash(w)) >= 2 and squash(w) in asked]
        for word in sorted(words, key=len, reverse=True):  # a synonym word is a word: no bigram across its edges
            content = content.replace(word, f" {word} ")
        feats = bigrams(content)
        self.role_feats = bigrams(role) if role else set()
        self.feats = feats
        # "年假" asked, "年休假" written (synonyms.toml): a unit saying a synonym covers the word
        self._synonyms = [(bigrams(word), [squash(o) for o in group if squash(o) != squash(word)])
                          for group in snapshot.lexicon.synonyms.groups for word in group
                          if len(squash(word)) >= 2 and squash(word) in asked]  # fmt: skip
        self.context = bigrams(content_text(context)) - feats if context else set()
        self.idf = snapshot.idf
        self.terms = [squash(t) for t in (terms or []) if len(squash(t)) >= 2]
        topic = definition_topic(question)
        # the term and its shorter head ("强制休假制度" is defined as "强制休假是指…")
        self.defines = [re.compile(re.escape(squash(x)) + r".{0,3}(是指|指的是|是|即|就是|指)") for x in
                        dict.fromkeys([topic, topic[:-2] if len(topic) >= 5 else topic]) ] if topic else []  # fmt: skip
        self._bonus: dict[tuple[str, int], float] = {}
        self.sections: list[str] = []
        self._twins: dict[str, set[str]] | None = None
        top = max((h.signals.get("dense_sim", 0.0) for h in hits), default=0.0)
        self.dense: float | None = top if top > 0 else None
        # what the scope decision reads: the same, unless the chain judged the question without
        # the organisation it names (set by the chain)
        self.scope_dense: float | None = self.dense
        self.scope_feats: set[str] | None = None
        for hit in hits:
            bonus = HIT_BONUS / (1 + 0.5 * (hit.rank - 1))
            bonus += DENSE_GAP_WEIGHT * max(0.0, hit.signals.get("dense_sim", 0.0) - (top - DENSE_GAP))
            for span in [hit.chunk.span, *hit.duplicates]:
                for line in range(span.line_start, span.line_end + 1):
                    key = (span.file, line)
                    self._bonus[key] = max(self._bonus.get(key, 0.0), bonus)
            sid = hit.chunk.section_id or self._section_id(hit)
            if sid and sid not in self.sections:
                self.sections.append(sid)
        # then the sections a hit's passage runs on into (an essay's plan cut by one-line headings)
        for hit in hits:
            if hit.passage is not None:
                for sid in snapshot.section_ids_of(hit.chunk.article_id):
                    ref = snapshot.section_ref(sid)
                    if ref is not None and sid not in self.sections and ref.line_start <= hit.passage.line_end and hit.passage.line_start <= ref.line_end:
                        self.sections.append(sid)

    @property
    def twins(self) -> dict[str, set[str]]:
        """Hit section -> the sections where the same lines stand again (a speech copied under two
        titles: what the other copy's text says around them is context too); looked up when asked."""
        if self._twins is None:
            self._twins = {}
            for hit in self.hits:
                sid = hit.chunk.section_id or self._section_id(hit)
                if sid:
                    self._twins.setdefault(sid, set()).update(
                        t for span in hit.duplicates if (t := self.snapshot.section_id_at(span.file, span.line_start)) and t != sid)
        return self._twins

    @contextmanager
    def narrowed(self, any_kind: bool = False, sections: list[str] | None = None) -> Iterator[Scorer]:
        """This scorer for one lookup with the asked kind dropped (``any_kind``) or the hit sections
        replaced (``sections``), as it was again afterwards."""
        kind, hits = self.kind, self.sections
        if any_kind:
            self.kind = None
        if sections is not None:
            self.sections = sections
        try:
            yield self
        finally:
            self.kind, self.sections = kind, hits

    def _section_id(self, hit: Hit) -> str | None:
        return self.snapshot.section_id_at(hit.chunk.file, hit.chunk.line_start)

    def units(self, extra_sections: Iterable[str] = ()) -> list[Unit]:
        seen: set[str] = set()
        out: list[Unit] = []
        for sid in [*self.sections, *extra_sections]:
            if sid in seen:
                continue
            seen.add(sid)
            out.extend(section_units(self.snapshot, sid))
        return out

    @property
    def synonym_asked(self) -> set[str]:
        """Bigrams of the question's words that synonyms.toml knows (the documents may use only
        another word of the group: "忌讳" asked, "禁忌" written)."""
        return {f for words, _ in self._synonyms for f in words}

    def synonym_feats(self, unit: Unit) -> set[str]:
        """The bigrams of the question's words whose synonym the unit (or its heading) says."""
        out: set[str] = set()
        if self._synonyms:
            text = squash(unit.text + (unit.heading or ""))
            for words, others in self._synonyms:
                if any(o in text for o in others):
                    out |= words
        return out

    def lexical(self, unit: Unit) -> float:
        """Share of the question's IDF-weighted words the unit (with its heading) covers, 0..1."""
        feats = set(unit.feats) | (bigrams(unit.heading) if unit.heading else set()) | self.synonym_feats(unit)
        return coverage(self.feats, feats, self.idf)

    def bonus(self, unit: Unit) -> float:
        return max((self._bonus.get((unit.file, n), 0.0) for n in range(unit.line_start, unit.line_end + 1)), default=0.0)

    def score(self, unit: Unit) -> float:
        value = self.lexical(unit) + self.bonus(unit)
        if self.kind is not None and unit.section_kind == self.kind:
            value += KIND_BONUS
        if self.context:
            value += 0.2 * coverage(self.context, set(unit.feats), self.idf)
        if self.terms:
            text = squash(unit.text + (unit.heading or ""))
            if any(t in text for t in self.terms):
                value += TERM_BONUS
        if self.defines and any(p.search(squash(unit.text)) for p in self.defines):
            value += DEFINITION_BONUS
        return value

    def scope_lexical(self, units: list[Unit] | None = None) -> float:
        """``best_lexical`` over the question's words beyond the organisation it names."""
        if not self.scope_feats:
            return self.best_lexical(units)
        feats, self.feats = self.feats, self.scope_feats
        try:
            return self.best_lexical(units)
        finally:
            self.feats = feats

    def clause_lexical(self, question: str, units: list[Unit] | None = None) -> float:
        """The best ``best_lexical`` of one clause of a compound question ("KPI的权重该怎么分配，多久调整
        一次？"): a clause the documents do not word the same way does not hide the one they answer.
        0 for a question of one clause."""
        # (a condition, "劳动合同签三年的话", sets the scene of the question after it and asks nothing)
        clauses = [f for c in _CLAUSE_CUT.split(fold(question))
                   if not _CONDITION.search(c.strip()) and len(f := bigrams(content_text(c))) >= CLAUSE_MIN_FEATS]  # fmt: skip
        if len(clauses) < 2:
            return 0.0
        feats = self.feats
        try:
            best = 0.0
            for clause in clauses:
                self.feats = clause
                best = max(best, self.best_lexical(units))
            return best
        finally:
            self.feats = feats

    def best_lexical(self, units: list[Unit] | None = None) -> float:
        units = units if units is not None else self.units()
        return max((self.lexical(u) for u in units if u.kind != "heading"), default=0.0)


def display(text: str) -> str:
    """An item as shown in an answer: one line, without its original list marker."""
    return strip_marker(one_line(text))
