"""The role inventory of a knowledge base, and the resolver that maps a question to it.

The inventory is built from what the documents themselves describe: job profiles first, then
sections that name a role, then the departments of KPI sheets. A role is "unknown" only when
this inventory has nothing for it — never because a word list lacks the word. Matching goes
from strict to loose, and the answer layer says which kind of match it used:

* exact    — a title or a same-document spelling occurs in the question;
* alias    — a lexicon alias ("人事专员" -> 人力资源专员) names a title the inventory has;
* narrower — the question names a more specific post of a known title ("对公" + 客户经理);
* typo     — a near spelling of a title (rapidfuzz ratio), offered as "您是不是要找…";
* related  — a different title sharing the asked role's head noun ("普通厨师" vs 厨师长),
             only ever used as a labelled fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.lexicon import Lexicon
from assistant.models import JobProfile
from assistant.text import fold, squash

MIN_TITLE = 2
TYPO_RATIO = 80.0  # rapidfuzz ratio (0-100) of a misspelt title ("客户经历" vs "客户经理")
RELATED_RATIO = 60.0
_BREAK = set("的,、。?!:;,.?!:; \t\n\"'“”‘’「」《》()（）和与及或给为找想让请帮要是那在跟从把被他她它这哪谁吗呢吧啊了")
# Question words and fillers that never belong to a title (a run of a role phrase stops there).
_STOP_WORDS = (
    "什么", "怎么", "怎样", "如何", "为什么", "哪些", "哪个", "哪里", "这个", "那个", "这种", "那种", "这类", "一个",
    "需要", "主要", "一般", "具体", "通常", "平时", "每天", "日常", "可以", "能不能", "应该", "分别", "以及",
    "请问", "我们", "你们", "他们", "负责", "工作", "岗位", "职位", "职责", "要求", "条件", "代替", "关键",
)
SUGGEST_RATIO = 60.0
VARIANT_RATIO = 90.0  # two spellings of one title in one document


@dataclass
class RoleEntry:
    """One title of the inventory with everything the knowledge base holds about it."""

    title: str
    key: str
    forms: set[str] = field(default_factory=set)  # folded spellings that name this entry
    profile_ids: list[str] = field(default_factory=list)
    files: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)
    departments: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)  # section kinds the corpus holds for it
    kpi_count: int = 0
    is_department: bool = False  # a department of a KPI sheet (KPI design targets)

    @property
    def has_profile(self) -> bool:
        return bool(self.profile_ids)


@dataclass
class RoleCandidate:
    entry: RoleEntry
    match: str  # exact | alias | narrower | typo | related
    score: float
    asked: str
    start: int = -1


@dataclass
class Resolution:
    """What the question asks about, role-wise."""

    asked: str | None = None  # the role phrase of the question, as written
    candidates: list[RoleCandidate] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)  # "您是不是要找…" when nothing matched

    @property
    def best(self) -> RoleCandidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def status(self) -> str:
        """known | narrower | typo | related | unknown | none."""
        best = self.best
        if best is None:
            return "unknown" if self.asked else "none"
        return {"exact": "known", "alias": "known"}.get(best.match, best.match)


def _strip_count(title: str) -> str:
    """"文案策划（2名）" -> "文案策划": a head count is not part of the title."""
    return re.sub(r"\s*[(（]\s*\d+\s*[名人个]?\s*[)）]\s*$", "", title).strip()


class RoleInventory:
    """Titles of the knowledge base with their profiles, and the resolver over them."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.entries: dict[str, RoleEntry] = {}
        self._forms: dict[str, str] = {}  # folded form -> entry key
        roles = lexicon.roles
        self._generic = {fold(w) for w in roles.generic_titles}
        self._suffixes = sorted({fold(s) for s in roles.suffixes + roles.latin_titles}, key=len, reverse=True)
        self._suffix_bigrams = {s[i : i + 2] for s in self._suffixes for i in range(len(s) - 1)}
        self._qualifiers = {fold(q) for q in roles.qualifiers}
        self._prefix_noise = sorted({fold(p) for p in roles.prefix_noise}, key=len, reverse=True)
        self._org_suffixes = sorted({fold(o) for o in roles.organisation_suffixes}, key=len, reverse=True)
        self._aliases = {fold(k): [fold(t) for t in v] for k, v in roles.aliases.items()}

    # --- building ------------------------------------------------------------------------------

    def _entry(self, title: str) -> RoleEntry | None:
        title = _strip_count(title.strip())
        key = squash(title)
        if len(key) < MIN_TITLE or key in self._generic:
            return None
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = RoleEntry(title=title, key=key)
            self._add_form(entry, title)
            for form in self._derived_forms(title):
                self._add_form(entry, form)
        return entry

    def _derived_forms(self, title: str) -> list[str]:
        """Shorter names a posting title implies: "产品经理-People-成都" -> 产品经理, "行政主管/行政经理助理"
        -> 行政主管, 行政经理助理, "Site Reliability Engineer" -> SRE."""
        forms: list[str] = []
        for part in re.split(r"\s*[-–—/|、()（）\[\]【】]\s*", title):
            key = squash(part)
            if len(key) >= MIN_TITLE and key != squash(title) and (any(key.endswith(s) for s in self._suffixes if len(s) >= 2)
                                                                   or (key.isascii() and len(key) <= 6)):  # fmt: skip
                forms.append(part)
        words = re.findall(r"[A-Za-z][A-Za-z]+", title)
        if len(words) >= 2:
            forms.append("".join(w[0] for w in words).upper())
        return forms

    def _add_form(self, entry: RoleEntry, form: str) -> None:
        folded = squash(_strip_count(form))
        if len(folded) < MIN_TITLE or folded in self._generic:
            return
        # A bare suffix ("经理") names no particular post: keep it only as the entry's own title.
        # (Latin titles such as SRE or DBA do name one.)
        if folded in self._suffixes and not folded.isascii() and folded != entry.key:
            return
        entry.forms.add(folded)
        self._forms.setdefault(folded, entry.key)

    def add_profile(self, profile: JobProfile) -> None:
        entry = self._same_document_variant(profile) or self._entry(profile.title)
        if entry is None:
            return
        entry.profile_ids.append(profile.id)
        entry.files.add(profile.span.file)
        for alias in profile.aliases:
            self._add_form(entry, alias)
        if profile.organisation:
            entry.organisations.add(profile.organisation)
        if profile.department:
            entry.departments.add(profile.department)
        for kind, items in (("duties", profile.duties), ("qualifications", profile.qualifications),
                            ("kpi", profile.kpis), ("purpose", profile.purpose), ("benefits", profile.benefits)):  # fmt: skip
            if items:
                entry.kinds.add(kind)
        if profile.fields:
            entry.kinds.add("fields")

    def _same_document_variant(self, profile: JobProfile) -> RoleEntry | None:
        """A title written twice in one document ("快递业业务员" / "快递业务员") is one post."""
        from rapidfuzz import fuzz

        key = squash(_strip_count(profile.title))
        if key in self.entries or len(key) < 4:
            return None
        for entry in self.entries.values():
            if profile.span.file in entry.files and len(entry.key) >= 4 and fuzz.ratio(key, entry.key) >= VARIANT_RATIO:
                self._add_form(entry, profile.title)
                return entry
        return None

    def add_mention(self, title: str, file: str, kind: str | None = None) -> None:
        """A section names this role without a profile of its own (still evidence the corpus has it)."""
        entry = self._entry(title)
        if entry is not None:
            entry.files.add(file)
            if kind:
                entry.kinds.add(kind)

    def add_kpi_owner(self, name: str, file: str, department: bool) -> None:
        entry = self._entry(name)
        if entry is not None:
            entry.files.add(file)
            entry.kpi_count += 1
            entry.kinds.add("kpi")
            entry.is_department = entry.is_department or department

    def titles(self) -> list[str]:
        return sorted(e.title for e in self.entries.values())

    def with_profiles(self) -> list[RoleEntry]:
        return [e for e in self.entries.values() if e.has_profile]

    def get(self, title: str) -> RoleEntry | None:
        key = self._forms.get(squash(_strip_count(title)))
        return self.entries.get(key) if key else None

    # --- resolving -------------------------------------------------------------------------------

    def role_phrases(self, question: str) -> list[tuple[int, str]]:
        """Role-like phrases of a question: runs of text that end in a title suffix.

        ``(start, phrase)`` with organisation prefixes and leading verbs removed, longest first.
        A run stops at punctuation, function words and question words ("这个岗", "怎么考核客户经理"
        are not titles); a one-character ending (员, 师, 长, 工, 岗) must end a word
        ("客户经理工作" does not name a "…工").
        """
        q = fold(question)
        brk = [ch in _BREAK for ch in q]
        for phrase in _STOP_WORDS:
            pos = q.find(phrase)
            while pos >= 0:
                for i in range(pos, pos + len(phrase)):
                    brk[i] = True
                pos = q.find(phrase, pos + 1)
        found: dict[int, str] = {}
        for suffix in self._suffixes:
            for m in re.finditer(re.escape(suffix), q):
                end = m.end()
                if any(brk[m.start() : end]):
                    continue
                if suffix.isascii() and (m.start() > 0 and q[m.start() - 1].isascii() and q[m.start() - 1].isalnum()
                                         or end < len(q) and q[end].isascii() and q[end].isalnum()):  # fmt: skip
                    continue  # "KA" inside "Moka" is not a title
                if end < len(q) and not brk[end]:
                    if len(suffix) == 1 or any(q[m.start():].startswith(s) and len(s) > len(suffix) for s in self._suffixes):  # fmt: skip
                        continue
                start = m.start()
                while start > 0 and not brk[start - 1] and end - start < 14:
                    start -= 1
                phrase = self._trim(q[start:end])
                if len(phrase) < MIN_TITLE or phrase in self._generic or len(phrase) <= len(suffix) and len(suffix) == 1:
                    continue
                begin = end - len(phrase)
                if begin not in found or len(phrase) > len(found[begin]):
                    found[begin] = phrase
        # keep maximal phrases (drop those inside a longer one)
        out = sorted(found.items(), key=lambda kv: -len(kv[1]))
        kept: list[tuple[int, str]] = []
        for start, phrase in out:
            if any(s <= start and start + len(phrase) <= s + len(p) for s, p in kept):
                continue
            kept.append((start, phrase))
        return sorted(kept)

    def _trim(self, run: str) -> str:
        """Drop organisation names and leading verbs in front of a role phrase."""
        changed = True
        while changed and run:
            changed = False
            for org in self._org_suffixes:
                idx = run.rfind(org)
                if idx >= 0 and len(run) - (idx + len(org)) >= MIN_TITLE:
                    run = run[idx + len(org) :]
                    changed = True
                    break
            for noise in self._prefix_noise:
                # keep "对公…" whole: a qualifier may begin with a noise word
                if any(run.startswith(q) and q.startswith(noise) for q in self._qualifiers):
                    continue
                rest = run[len(noise) :]
                # "培训助理" is a title, not 培训 + a bare "助理"
                # "培训助理" stays whole (助理 alone names nothing here); "当柜员" -> 柜员 (银行柜员 exists)
                bare = len(rest) <= 2 and rest in self._suffixes and not any(f.endswith(rest) for f in self._forms)
                if run.startswith(noise) and len(rest) >= MIN_TITLE and not bare:
                    run = rest
                    changed = True
                    break
        return run

    def resolve(self, question: str, prefer: Iterable[str] = ()) -> Resolution:
        """The role(s) a question is about, best first. ``prefer``: entry keys to favour on ties."""
        q = squash(question)
        cands: dict[str, RoleCandidate] = {}

        def add(entry: RoleEntry, match: str, score: float, asked: str, start: int) -> None:
            old = cands.get(entry.key)
            if old is None or score > old.score:
                cands[entry.key] = RoleCandidate(entry, match, score, asked, start)

        # 1. titles and same-document spellings written out in the question (longest wins)
        spans: list[tuple[int, int, str]] = []
        for form, key in self._forms.items():
            start = q.find(form)
            while start >= 0:
                spans.append((start, start + len(form), key))
                start = q.find(form, start + 1)
        spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        taken: list[tuple[int, int]] = []
        for start, end, key in spans:
            if any(a <= start and end <= b for a, b in taken):
                continue
            taken.append((start, end))
            add(self.entries[key], "exact", 1.0 + (end - start) / 100, q[start:end], start)

        # 2. lexicon aliases that point to titles the inventory has
        for alias, targets in self._aliases.items():
            key = squash(alias)
            pos = q.find(key)
            if pos < 0 or any(a <= pos < b for a, b in taken):
                continue
            if key.isascii() and (q[pos - 1 : pos].isascii() and q[pos - 1 : pos].isalnum()
                                  or q[pos + len(key) : pos + len(key) + 1].isascii() and q[pos + len(key) : pos + len(key) + 1].isalnum()):  # fmt: skip
                continue  # "HR" inside "HRBP" is not the alias HR
            for target in targets:
                key = self._forms.get(squash(target))
                if key:
                    add(self.entries[key], "alias", 0.95, alias, pos)
                    break

        # 3. role phrases of the question: narrower posts, misspellings, relatives
        phrases = self.role_phrases(question)
        asked = None
        for start, phrase in phrases:
            pq = squash(phrase)
            exact = [c for c in cands.values() if c.match in ("exact", "alias") and c.asked in pq]
            if exact:
                best = max(exact, key=lambda c: len(c.asked))
                if len(pq) > len(best.asked):
                    extra = pq[: pq.rfind(best.asked)] if pq.endswith(best.asked) else pq.replace(best.asked, "")
                    # "对公客户经理": a qualifier in front of a known title names a narrower post
                    if extra and not self._forms.get(pq):
                        asked = asked or phrase
                        cands[best.entry.key] = RoleCandidate(best.entry, "narrower", 0.8 if extra in self._qualifiers else 0.7, phrase, start)  # fmt: skip
                continue
            asked = asked or phrase
            for cand in self._loose(pq):
                add(cand.entry, cand.match, cand.score, phrase, start)

        ranked = sorted(cands.values(), key=lambda c: (-c.score, c.start, c.entry.key))
        prefer = set(prefer)
        if prefer and ranked:
            top = ranked[0].score
            ranked.sort(key=lambda c: (-(c.score + (0.001 if c.entry.key in prefer and abs(c.score - top) < 1e-9 else 0)), c.start))
        if ranked and ranked[0].match in ("exact", "alias"):
            asked = ranked[0].asked if asked is None else asked
        resolution = Resolution(asked=asked if not ranked or ranked[0].match not in ("exact", "alias") else ranked[0].asked, candidates=ranked)
        if resolution.status == "unknown":
            resolution.suggestions = [c.entry.title for c in self._loose(squash(asked or ""), floor=SUGGEST_RATIO)][:5]
        elif resolution.status == "none":
            # no title-like phrase at all: a misspelt title ("客户经历") is still worth suggesting
            typos = self._misspelt(q)
            if typos:
                resolution.asked = typos[0].asked
                resolution.candidates = typos
        return resolution

    def _misspelt(self, q: str) -> list[RoleCandidate]:
        """Titles (≥ 4 characters) that occur in the question with one character changed."""
        from rapidfuzz import fuzz

        out = []
        for form, key in self._forms.items():
            if len(form) < 4:
                continue
            align = fuzz.partial_ratio_alignment(form, q)
            if align is not None and align.score >= 100 * (len(form) - 1) / len(form) - 1e-6:
                asked = q[align.dest_start : align.dest_end]
                out.append(RoleCandidate(self.entries[key], "typo", 0.6 + align.score / 1000, asked, align.dest_start))
        return sorted(out, key=lambda c: -c.score)[:3]

    def _shares_head(self, a: str, b: str) -> bool:
        """Two titles share their head noun: a common core of ≥ 2 characters ("普通厨师" ~ "厨师长").

        Sharing only a generic title ending ("经理", "专员": bigrams of the lexicon's suffixes)
        does not make two posts relatives.
        """
        shared3 = {a[i : i + 3] for i in range(len(a) - 2)} & {b[i : i + 3] for i in range(len(b) - 2)}
        if any(s not in self._suffixes for s in shared3):
            return True
        shared2 = {a[i : i + 2] for i in range(len(a) - 1)} & {b[i : i + 2] for i in range(len(b) - 1)}
        return any(s not in self._suffix_bigrams for s in shared2)

    def _loose(self, phrase: str, floor: float = RELATED_RATIO) -> list[RoleCandidate]:
        """Misspellings and relatives of a phrase the inventory does not contain."""
        if len(phrase) < MIN_TITLE or not self.entries:
            return []
        from rapidfuzz import fuzz, process

        forms = list(self._forms)
        out: dict[str, RoleCandidate] = {}
        for form, ratio, _ in process.extract(phrase, forms, scorer=fuzz.ratio, limit=8, score_cutoff=floor):
            entry = self.entries[self._forms[form]]
            same_len = abs(len(form) - len(phrase)) <= 1
            if ratio >= TYPO_RATIO and same_len and len(phrase) >= 3:
                cand = RoleCandidate(entry, "typo", 0.6 + ratio / 1000, phrase)
            elif self._shares_head(phrase, form):
                cand = RoleCandidate(entry, "related", 0.3 + ratio / 1000, phrase)
            elif floor < RELATED_RATIO:
                cand = RoleCandidate(entry, "related", ratio / 1000, phrase)
            else:
                continue
            if entry.key not in out or cand.score > out[entry.key].score:
                out[entry.key] = cand
        # "健身教练" when the inventory has "教练": the phrase ends with a title
        for form, key in self._forms.items():
            if len(form) >= MIN_TITLE and phrase.endswith(form) and phrase != form:
                entry = self.entries[key]
                out[key] = RoleCandidate(entry, "narrower", 0.7, phrase)
        # "养生会所店长" when the inventory has "连锁养生会所店长": the title holds the whole phrase
        # (one such title: the same post; several: relatives to choose from)
        holders = {key for form, key in self._forms.items() if len(phrase) >= 3 and phrase in form and phrase != form}
        for key in holders:
            entry = self.entries[key]
            match, score = ("exact", 0.9) if len(holders) == 1 else ("related", 0.5)
            if key not in out or out[key].score < score:
                out[key] = RoleCandidate(entry, match, score, phrase)
        return sorted(out.values(), key=lambda c: -c.score)


def build_inventory(lexicon: Lexicon, profiles: Iterable[JobProfile], mentions: Iterable[tuple[str, str, str | None]],
                    kpi_owners: Iterable[tuple[str, str, bool]]) -> RoleInventory:  # fmt: skip
    inventory = RoleInventory(lexicon)
    for profile in profiles:
        inventory.add_profile(profile)
    for title, file, kind in mentions:
        inventory.add_mention(title, file, kind)
    for name, file, department in kpi_owners:
        inventory.add_kpi_owner(name, file, department)
    return inventory
