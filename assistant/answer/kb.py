"""The answerer's in-memory view of the ingested records, built once per ``Assistant``.

Everything an answer can cite is a ``Unit``: a list item, a sentence of a paragraph, or a heading,
with its file, 1-based lines and a ``quote`` that is a verbatim substring of one normalised line
(so a citation can always be checked against the original file). Units belong to ``Passage``s (the
sections found at ingestion); duty and qualification lists are ``ListSource``s built from job
profiles and from other sections that hold list items.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from assistant.answer.text import (
    Idf,
    bigrams,
    containment,
    content_text,
    fold,
    heading_core,
    one_line,
    similarity,
    squash,
)
from assistant.ingest.chunk import split_sentences
from assistant.ingest.profiles import same_role
from assistant.ingest.records import RecordStore
from assistant.models import (
    Article,
    BlockType,
    BscDimension,
    JobProfile,
    KpiEntry,
    SectionKind,
)

_JIEBA_LOCK = threading.Lock()
# Items longer than this are paragraphs, not list entries: they are answered sentence by sentence.
LONG_ITEM = 160
# KPI names that are sentence fragments rather than indicator names (the extractor is noisy).
_KPI_NOISE = re.compile(r"^(以|可以|对|与|而|能够|决定|记录|逐步|将|提高|采取|确定|取得|控制|绩效|另一种|业绩考核|人员效率)")


@dataclass
class Unit:
    uid: int
    text: str
    quote: str
    file: str
    line_start: int
    line_end: int
    kind: str  # "item" | "sentence" | "heading"
    passage: int
    order: int  # position among all units of the corpus (file order, then line)
    feats: frozenset[str] = frozenset()


@dataclass
class Passage:
    pid: int
    file: str
    article_id: str
    article_title: str
    kind: SectionKind
    heading: str | None
    role: str | None
    department: str | None
    line_start: int
    line_end: int
    units: list[int] = field(default_factory=list)  # every citable unit, in order
    items: list[int] = field(default_factory=list)  # the list entries of the section
    ctx: frozenset[str] = frozenset()  # heading, role, department and article title features
    parent: str | None = None  # the heading-only section right before ("四、风险控制类")


@dataclass
class ListSource:
    """One list of duties or qualifications: a job profile's list, or a section's list items."""

    sid: int
    kind: SectionKind  # duties | qualifications | other kinds for plain lists
    role: str | None
    department: str | None
    label: str  # how the answer names the source, e.g. "人力资源专员 (人力资源部)"
    file: str
    line_start: int
    line_end: int
    items: list[int]
    passages: list[int]
    ctx: frozenset[str] = frozenset()
    from_profile: bool = False


@dataclass
class Kpi:
    name: str
    dimension: BscDimension | None
    unit: int  # the sentence that names it
    roles: list[str]


class KnowledgeBase:
    """Units, passages, list sources, role catalogue, KPI library and the bigram index."""

    def __init__(self) -> None:
        self.units: list[Unit] = []
        self.passages: list[Passage] = []
        self.lists: list[ListSource] = []
        self.kpis: list[Kpi] = []
        self.roles: set[str] = set()
        self.role_lists: dict[str, list[int]] = defaultdict(list)
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.idf = Idf([])
        self.corpus_text = ""
        self._by_line: dict[tuple[str, int], list[int]] = defaultdict(list)
        self._dups: dict[int, list[int]] = {}
        self._unit_lists: dict[int, list[int]] = {}
        self.titles: list[str] = []
        self._tokenizer = None
        self._headings: dict[str, list[int]] | None = None
        self._squashed: list[str] | None = None

    # --- loading -------------------------------------------------------------------------------

    @classmethod
    def load(cls, records_dir: Path) -> KnowledgeBase:
        store = RecordStore(records_dir)
        return cls.build(store.load_articles(), store.load_profiles(), store.load_kpis())

    @classmethod
    def build(cls, articles: list[Article], profiles: list[JobProfile], kpis: list[KpiEntry]) -> KnowledgeBase:
        kb = cls()
        for article in sorted(articles, key=lambda a: (a.file, a.span.line_start)):
            kb._add_article(article)
        kb._add_lists(profiles)
        kb.titles = sorted({p.title for p in profiles})
        kb.idf = Idf(u.feats for u in kb.units)
        for unit in kb.units:
            for feat in unit.feats:
                kb.postings[feat].append(unit.uid)
            for line in range(unit.line_start, unit.line_end + 1):
                kb._by_line[(unit.file, line)].append(unit.uid)
        kb._add_kpis(kpis)
        for source in kb.lists:
            for item in source.items:
                kb._unit_lists.setdefault(item, []).append(source.sid)
        titles = sorted({a.title for a in articles})
        kb.corpus_text = fold("\n".join([*(u.text for u in kb.units), *titles]))
        return kb

    @property
    def empty(self) -> bool:
        return not self.units

    def _new_unit(self, text: str, quote: str, file: str, start: int, end: int, kind: str, pid: int) -> Unit:
        unit = Unit(
            uid=len(self.units),
            text=text,
            quote=quote,
            file=file,
            line_start=start,
            line_end=end,
            kind=kind,
            passage=pid,
            order=len(self.units),
            feats=frozenset(bigrams(text)),
        )
        self.units.append(unit)
        self.passages[pid].units.append(unit.uid)
        return unit

    def _add_article(self, article: Article) -> None:
        parent: str | None = None  # a heading-only section ("四、风险控制类") titles the next one
        for section in article.sections:
            pid = len(self.passages)
            heading_only = all(b.type == BlockType.heading for b in section.blocks)
            ctx_text = " ".join(x for x in (parent, section.heading, section.role, section.department, article.title) if x)
            next_parent = section.heading if heading_only else None
            passage = Passage(
                pid=pid,
                file=article.file,
                article_id=article.id,
                article_title=article.title,
                kind=section.kind,
                heading=section.heading,
                role=section.role,
                department=section.department,
                line_start=section.span.line_start,
                line_end=section.span.line_end,
                ctx=frozenset(bigrams(ctx_text)),
                parent=parent,
            )
            self.passages.append(passage)
            parent = next_parent
            if section.role:
                self.roles.add(section.role)
            item_blocks = [b for b in section.blocks if b.type == BlockType.item]
            # A duties/qualifications section written as paragraphs lists one entry per paragraph.
            list_blocks = item_blocks or (
                [b for b in section.blocks if b.type == BlockType.text]
                if section.kind in (SectionKind.duties, SectionKind.qualifications)
                else []
            )
            list_ids = {id(b) for b in list_blocks}
            for block in section.blocks:
                pieces = [p for p in block.text.split("\n") if p.strip()]
                if not pieces:
                    continue
                start, end = block.span.line_start, block.span.line_end
                if block.type == BlockType.heading:
                    self._new_unit(one_line(block.text), max(pieces, key=len), article.file, start, end, "heading", pid)
                    continue
                is_list = id(block) in list_ids
                whole = one_line(block.text)
                if is_list:
                    unit = self._new_unit(whole, max(pieces, key=len), article.file, start, end, "item", pid)
                    passage.items.append(unit.uid)
                    if len(whole) <= LONG_ITEM:
                        continue
                    # Long entries are also split so sentence answers can quote part of them.
                if len(pieces) == 1:
                    line_no = start if start == end else None
                    for sentence in split_sentences(pieces[0], 200):
                        sentence = sentence.strip()
                        if len(sentence) < 2:
                            continue
                        s_start = line_no or start
                        s_end = line_no or end
                        self._new_unit(sentence, sentence, article.file, s_start, s_end, "sentence", pid)
                else:
                    # Several physical lines: we do not know each piece's line, cite the block's span.
                    for piece in pieces:
                        for sentence in split_sentences(piece.strip(), 200):
                            sentence = sentence.strip()
                            if len(sentence) >= 2:
                                self._new_unit(sentence, sentence, article.file, start, end, "sentence", pid)

    def _add_lists(self, profiles: list[JobProfile]) -> None:
        covered: set[int] = set()
        # Index item units by (file, line_start) so profile items map to units.
        item_at: dict[tuple[str, int], int] = {}
        for unit in self.units:
            if unit.kind == "item":
                item_at.setdefault((unit.file, unit.line_start), unit.uid)
        for profile in profiles:
            self.roles.add(profile.title)
            for kind, entries in (
                (SectionKind.duties, profile.duties),
                (SectionKind.qualifications, profile.qualifications),
            ):
                ids = [item_at[(e.span.file, e.span.line_start)] for e in entries if (e.span.file, e.span.line_start) in item_at]
                if not ids:
                    continue
                pids = sorted({self.units[i].passage for i in ids})
                covered.update(pids)
                label = profile.title + (f" ({profile.department})" if profile.department else "")
                ctx = " ".join(x for x in (profile.title, profile.department, profile.article_title) if x)
                ctx += " " + " ".join(self.passages[p].heading or "" for p in pids)
                self._append_list(
                    kind, profile.title, profile.department, label, ids, pids, frozenset(bigrams(ctx)), True
                )
        for passage in self.passages:
            if passage.pid in covered or len(passage.items) < 2:
                continue
            label = passage.role or (passage.heading or passage.article_title).rstrip(":")
            self._append_list(
                passage.kind, passage.role, passage.department, label, list(passage.items), [passage.pid], passage.ctx, False
            )

    def _append_list(
        self,
        kind: SectionKind,
        role: str | None,
        department: str | None,
        label: str,
        ids: list[int],
        pids: list[int],
        ctx: frozenset[str],
        from_profile: bool,
    ) -> None:
        units = [self.units[i] for i in ids]
        source = ListSource(
            sid=len(self.lists),
            kind=kind,
            role=role,
            department=department,
            label=label,
            file=units[0].file,
            line_start=min(u.line_start for u in units),
            line_end=max(u.line_end for u in units),
            items=ids,
            passages=pids,
            ctx=ctx,
            from_profile=from_profile,
        )
        self.lists.append(source)
        if role:
            self.role_lists[role].append(source.sid)

    def _add_kpis(self, entries: list[KpiEntry]) -> None:
        for entry in entries:
            name = entry.name.strip()
            if len(name) > 14 or _KPI_NOISE.match(name):
                continue
            uid = self.sentence_containing(entry.span.file, entry.span.line_start, name)
            if uid is None:
                continue
            self.kpis.append(Kpi(name=name, dimension=entry.dimension, unit=uid, roles=list(entry.roles)))

    # --- look-ups ------------------------------------------------------------------------------

    def sentence_containing(self, file: str, line: int, text: str) -> int | None:
        """The smallest unit on ``line`` whose text contains ``text``."""
        best: int | None = None
        for uid in self._by_line.get((file, line), []):
            unit = self.units[uid]
            if text in unit.text and (best is None or len(unit.text) < len(self.units[best].text)):
                best = uid
        return best

    def query_features(self, text: str) -> set[str]:
        """Bigrams inside the question's words (jieba), so no bigram straddles two words.

        "想去银行当柜员" gives 银行, 柜员 and not the noise 去银/行当/当柜, which the corpus never
        uses and which would otherwise weigh as the rarest, most important features.
        """
        content = content_text(text)
        tokenizer = self._jieba()
        if tokenizer is None:
            return bigrams(content)
        feats: set[str] = set()
        for token in tokenizer.tokens(content):
            feats |= bigrams(token)
        return feats

    def _jieba(self):
        if self._tokenizer is None:
            with _JIEBA_LOCK:
                if self._tokenizer is None:
                    self._tokenizer = self._load_jieba()
        return self._tokenizer or None

    def _load_jieba(self):
        try:
            # The retriever's tokenizer (same HR dictionary): shared within the process.
            from assistant.index.lexical import JiebaTokenizer, dictionary_words

            return JiebaTokenizer(dictionary_words(self.titles))
        except Exception:  # noqa: BLE001 - plain bigrams still work
            return False

    def duplicates(self, uid: int) -> list[int]:
        """Other units with (nearly) the same text: the scraped pages repeat whole lists."""
        if uid in self._dups:
            return self._dups[uid]
        unit = self.units[uid]
        counts: dict[int, int] = defaultdict(int)
        # Rare bigrams find the candidates; common ones would touch half the corpus.
        for feat in unit.feats:
            posting = self.postings.get(feat, [])
            if len(posting) <= 40:
                for other in posting:
                    counts[other] += 1
        out = []
        for other, shared in counts.items():
            if other == uid or shared < 2:
                continue
            if near_duplicate(unit.feats, self.units[other].feats):
                out.append(other)
        self._dups[uid] = sorted(out)
        return self._dups[uid]

    def heading_passages(self) -> dict[str, list[int]]:
        """Heading text without marker and colon ("信息反馈") -> the passages it titles."""
        if self._headings is None:
            index: dict[str, list[int]] = {}
            for unit in self.units:
                core = heading_core(unit.text) if unit.kind == "heading" else ""
                if core:
                    index.setdefault(core, []).append(unit.passage)
            self._headings = index
        return self._headings

    def units_containing(self, phrase: str) -> list[int]:
        """Units whose text contains the phrase, ignoring punctuation ("多快好省" ~ "多、快、好、省")."""
        if self._squashed is None:
            self._squashed = [squash(u.text) for u in self.units]
        target = squash(phrase)
        if len(target) < 2:
            return []
        return [uid for uid, text in enumerate(self._squashed) if target in text]

    def lists_of_unit(self, uid: int) -> list[ListSource]:
        return [self.lists[s] for s in self._unit_lists.get(uid, [])]

    def units_on(self, file: str, line: int) -> list[Unit]:
        return [self.units[i] for i in self._by_line.get((file, line), [])]

    def mentioned(self, phrase: str) -> bool:
        """Whether the (cleaned) corpus text contains the phrase at all."""
        return bool(phrase) and fold(phrase) in self.corpus_text

    def lists_for_role(self, role: str) -> list[ListSource]:
        """List sources of this role, including spelling variants (快递业务员 ~ 快递业业务员)."""
        out = []
        for title, sids in self.role_lists.items():
            variant = same_role(title, role) and role not in title and title not in role
            if title == role or variant:
                out.extend(self.lists[s] for s in sids)
        return out


def near_duplicate(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    """Same entry written twice, possibly with a tail added ("完成区域销售任务" + "并及时追踪…")."""
    if len(a) < 3 or len(b) < 3:
        return a == b and bool(a)
    return similarity(a, b) >= 0.7 or (containment(a, b) >= 0.85 and min(len(a), len(b)) >= 6)
