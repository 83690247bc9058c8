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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from assistant.lexicon import Lexicon
from assistant.models import JobProfile
from assistant.text import fold, longest_first, squash

CERT_GAP = 2  # characters between a trade and its certificate word ("会计从业证", "教师资格证")
MIN_TITLE = 2
# where a short title head may begin: the question's start, or after a word that ends a phrase
_WORD_BEFORE = r"(?:^|(?<=[的是做当个那这招请问,，、 ]))"
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_HEAD_FOLLOW = r"(?=的|那个|这个|这岗|那岗|岗|主要|平时|平常|每天|日常|具体)"  # what follows a title's head said alone
_TAIL_FOLLOW = "的得要需呢吗是有都这那每平日具岗,，?？"  # characters that end a title's last word
TYPO_RATIO = 80.0  # rapidfuzz ratio (0-100) of a misspelt title ("客户经历" vs "客户经理")
RELATED_RATIO = 60.0
VARIANTS_MAX = 3  # longer titles a bare title word may stand for (护士: 门诊护士, 病区护士)
_BREAK = set("的,、。?!:;,.?!:; \t\n\"'“”‘’「」《》()（）和与及或给为找想让请帮要是那在跟从把被他她它这哪谁吗呢吧啊了最更也")
# "收银归导购管吗": "归 … 管" says who manages a thing; the 归 is no part of a title (归档员 is)
_MANAGED_BY = re.compile(r"归(?=[\u4e00-\u9fffA-Za-z]{2,12}管)")
# "去中行当柜员", "到总部做会计": going somewhere to be a post (grammar, not vocabulary)
_GO_BE = re.compile(r"^(?:去|到|来|进)[\u4e00-\u9fffA-Za-z]{1,8}?(?:当|做|干)(?P<post>[\u4e00-\u9fff]{2,})$")
# A count of people ("十来个", "3名", "两位"): never part of a title
_COUNTED = re.compile(r"[\d一二三四五六七八九十两几百]+\s*(?:来|多)?\s*(?:个|名|位|人)|(?<=了)个")
# Question words and fillers that never belong to a title (a run of a role phrase stops there).
_STOP_WORDS = (
    "什么", "怎么", "怎样", "如何", "为什么", "哪些", "哪个", "哪里", "这个", "那个", "这种", "那种", "这类", "一个",
    "需要", "主要", "一般", "具体", "通常", "平时", "每天", "日常", "可以", "能不能", "应该", "分别", "以及",
    "请问", "我们", "你们", "他们", "负责", "工作", "岗位", "职位", "职责", "要求", "条件", "代替", "关键",
    "多少", "多久", "多长", "多大", "多高", "几年", "几个", "几天", "几次",
    "那边", "这边", "那里", "这里", "那儿", "这儿", "这些", "那些", "这位", "那位", "这名", "那名",
    "每班", "每周", "每月", "每年", "每次", "每个",
    "的话",  # "客户投诉的话客服经理…": a condition ends before the post named after it
    "没有", "没配", "未配", "没设", "未设", "配备", "配齐",  # "没配大堂经理的网点": whether a post is staffed
    # "连铸主控工招聘要求": the ask right after an unknown title (招聘 alone may begin one: 招聘专员)
    "招聘要求", "招聘条件", "应聘要求", "应聘条件", "任职要求", "任职资格", "任职条件", "上岗要求", "上岗条件",
    "招人",  # "技术岗招人要什么条件": hiring for the post, no part of its title
)
# fields whose asks (fields.toml) name a post's place in the organisation, never part of a title
_RELATION_FIELDS = ("reports_to", "subordinates", "department")
SUGGEST_RATIO = 60.0
VARIANT_RATIO = 90.0  # two spellings of one title in one document


_UNIT_WORD_POST = re.compile(r"^(?P<unit>[\u4e00-\u9fffA-Za-z0-9]{2,10}?(?:部|中心|组|室|科|处|队|车间))(?:的|那个|里的)?"
                             r"(?P<word>[\u4e00-\u9fff]{2,4}?)(?:岗位|岗|的岗位|那个岗)$")
_PLACE_JOIN = re.compile(r"(?P<unit>[\u4e00-\u9fff]{2,8}?)(?:那边|这边|那块|那里|这里|那儿|这儿)(?:的|那个|这个|那位|这位)?"
                         r"(?P<title>[\u4e00-\u9fff]{2,6})")
_GLOSS = re.compile(r"(?P<title>[\u4e00-\u9fffa-z]{2,12})\s*[(（]\s*(?P<gloss>[\u4e00-\u9fffa-z]{2,10})\s*[)）]")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")  # a qualifier in brackets ("护士（医务室）")


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
    places: set[str] = field(default_factory=set)  # folded words of where it works: company, unit, city
    documents: set[str] = field(default_factory=set)  # folded titles of the documents describing it
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


_PLACE_PARTICLES = ("里", "内")  # "银行里", "公司内": where, after an organisation; no title begins so


DOER_WORK_MAX = 4  # characters of the work named before "的那个岗位" when no verb says where it begins
HOMOPHONE_MAX = 1  # characters typed as another of the same sound ("财物专员" for 财务专员)


_VERSIONED_TITLE = re.compile(r"[(（][^()（）]*(?:\d{4}\s*年?\s*版|旧版|老版|作废|废止|停用)[^()（）]*[)）]")


def swapped(a: str, b: str) -> bool:
    """Two titles that differ by two neighbouring characters in turn ("门卫保安岗" for 门卫安保)."""
    a, b = (re.sub(r"(?:岗位|职位|岗)$", "", x) for x in (a, b))
    if len(a) != len(b) or len(a) < 3 or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def homophone(a: str, b: str) -> bool:
    """Two titles of one length that differ only in characters read alike (tones aside): the
    commonest misspelling of a pinyin input method."""
    if len(a) != len(b) or len(a) < 3 or a == b:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diff) > HOMOPHONE_MAX:
        return False
    from pypinyin import lazy_pinyin

    return all(lazy_pinyin(x) == lazy_pinyin(y) and "\u4e00" <= x <= "\u9fff" for x, y in diff)


def _described(entry: RoleEntry) -> int:
    """How much the documents say of a post: its duties, requirements and indicators."""
    return len(entry.kinds & {"duties", "qualifications", "kpi"})


def _strip_count(title: str) -> str:
    """"文案策划（2名）" -> "文案策划": a head count is not part of the title."""
    return re.sub(r"\s*[(（]\s*\d+\s*[名人个]?\s*[)）]\s*$", "", title).strip()


_DESCRIBED_KINDS = frozenset({"duties", "qualifications"})


class RoleInventory:
    """Titles of the knowledge base with their profiles, and the resolver over them."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.entries: dict[str, RoleEntry] = {}
        self._forms: dict[str, str] = {}  # folded form -> entry key
        self._same: dict[str, set[str]] = {}  # folded name -> names a document says are the same post
        self._fact_words: tuple[str, ...] | None = None  # words of the lexicon's facts, built when first needed
        roles = lexicon.roles
        # "招", "当", "做" before a misspelt title ("招财物专员"): a verb, no part of it
        self._short_verbs = tuple(sorted({squash(w) for w in roles.prefix_noise if 1 <= len(squash(w)) <= 2}, key=longest_first))
        self._self_intro = tuple(squash(w) for w in roles.self_intro if w)
        self._ending_words = [tuple(fold(w) for w in group) for group in roles.ending_synonyms]
        self._ending_also = [(fold(pair[0]), fold(pair[1])) for pair in roles.ending_said_also if len(pair) == 2]
        self._spellings = [tuple(fold(w) for w in group) for group in roles.spelling_variants]
        self._generic = {fold(w) for w in roles.generic_titles}
        self._generic_words = tuple(w for w in self._generic if len(w) >= 2)
        self._unit_heads = sorted({fold(w) for w in roles.unit_heads}, key=longest_first)
        self._head_titles = [fold(w) for w in roles.head_titles]
        # ranks any post may hold ("经理", "专员"): a title ending that never says which post
        self._ranks = frozenset(fold(w) for w in [*roles.rank_titles, *roles.head_titles, *roles.aide_titles])
        self._unit_endings = tuple(fold(d) for d in roles.department_suffixes)
        self._indicator_endings = tuple(fold(w) for w in lexicon.kpi.name_endings if len(w) >= 2 and fold(w)[-1:] in
                                        {fold(x)[-1:] for x in roles.suffixes})  # fmt: skip
        # "他的直接主管是谁": a field label ending like a title names the relation, not a post
        self._field_labels = {fold(label) for spec in lexicon.fields.fields.values() for label in spec.labels}
        # "对男老师女老师有偏好吗": a one-character word asking the gender (男, 女) before a person's
        # ending asks it of the person; it begins no title
        gender = lexicon.fields.fields.get("gender")
        self._marks = "".join(sorted({fold(w) for w in (gender.asks if gender else []) if len(fold(w)) == 1}))
        # what a question asks right after the post it names ("抄表员工资多少", "巡线工做什么的"): a
        # fact's label or ask word, a cue of an intent
        asked = {fold(w) for spec in lexicon.fields.fields.values() for w in [*spec.labels, *spec.asks]}
        asked |= {fold(w) for entry in lexicon.intents.intents.values() for w in entry.cues}
        words = sorted((w for w in asked if len(w) >= 2 and "\u4e00" <= w[0] <= "\u9fff"), key=len, reverse=True)
        self._ask_start = re.compile("|".join(map(re.escape, words))) if words else None
        # "学习成长那块占多少": a scorecard dimension ending like a title (长) names no post
        self._field_labels |= {fold(label) for dim in lexicon.bsc.dimensions.values() for label in dim.labels}
        self._suffixes = sorted({fold(s) for s in roles.suffixes + roles.latin_titles}, key=longest_first)
        # "除冰员归谁管": how a question asks for a reporting line ends the title before it
        self._relation_asks = sorted({fold(a) for key in _RELATION_FIELDS for a in getattr(lexicon.fields.fields.get(key), "asks", [])
                                      if len(a) >= 2 and not any(s in fold(a) for s in self._suffixes)}, key=longest_first)  # fmt: skip
        self._suffix_bigrams = {s[i : i + 2] for s in self._suffixes for i in range(len(s) - 1)}
        self._qualifiers = {fold(q) for q in roles.qualifiers}
        self._prefix_noise = sorted({fold(p) for p in roles.prefix_noise}, key=longest_first)
        self._one_char_verbs = frozenset(p for p in self._prefix_noise if len(p) == 1)
        self._lead_ins = frozenset(fold(p) for p in roles.lead_ins)
        self._become_verbs = frozenset(fold(v) for v in roles.become_verbs)
        self._one_char_suffixes = tuple(x for x in self._suffixes if len(x) == 1)
        self._switch_pattern: re.Pattern[str] | None = None
        # "主播组长", "店长助理": a head or an assistant after a known post names a post of its own
        self._over_posts = frozenset(fold(w) for w in [*roles.head_titles, *roles.aide_titles])
        cert = lexicon.fields.fields.get("certificate")
        self._certificate_words = tuple({fold(w) for w in ["证", *(cert.labels if cert else [])]})
        # "换成柜员": a two-character switch word of a follow-up is never the start of a title
        self._switches = sorted({fold(w) for w in lexicon.intents.followup.switch if len(w) >= 2}, key=longest_first)
        # "教务人员", "出纳岗位": a generic word after a known title names the same post
        self._trailing_noise = {fold(w) for w in [*roles.suffix_noise, *roles.generic_titles]}
        self._suffix_noise = {fold(w) for w in roles.suffix_noise}
        self._doer_words = [fold(w) for w in roles.doer_words]
        self._doer_verbs = [fold(w) for w in roles.doer_verbs]
        self._person_words = [fold(w) for w in roles.person_words]
        self._locatives = {fold(w) for w in roles.locatives}
        self._org_suffixes = sorted({fold(o) for o in roles.organisation_suffixes}, key=longest_first)
        self._unit_suffixes = sorted({fold(d) for d in roles.department_suffixes}, key=longest_first)
        ends = "|".join(re.escape(u) for u in self._unit_suffixes)
        # "培训部那个经理": a unit, a word between, a title word (see ``_unit_joined``)
        self._unit_join = re.compile(rf"(?P<unit>[\u4e00-\u9fffA-Za-z]{{1,10}}(?:{ends}))(?:那个|这个|那位|这位|的)"
                                     rf"(?P<title>[\u4e00-\u9fff]{{2,6}})") if ends else None  # fmt: skip
        # "帮我写一份招聘专员的…": the request in front of the post is no part of its title ("帮忙写…"
        # reaches here as "忙写…": 帮 breaks phrases)
        verbs = sorted({fold(v) for e in lexicon.intents.intents.values() for v in e.verbs}, key=longest_first)
        self._request = re.compile(
            # ("给我一套销售顾问…话术": a count right after the one asked for stands for the verb)
            r"^(?P<ask>我|帮我|给我|替我|为我|帮忙|帮|忙|请|麻烦)?\s*(?P<verb>" + "|".join(map(re.escape, verbs))
            + r"|(?<=我)(?=[\d一二两三四五六七八九十几]+\s*[个份套版条项]))"
            r"\s*(?P<measure>一下|下|[\d一二两三四五六七八九十几]+\s*[个份套版条项]?|[个份套版])?(?:关于|有关)?"
        ) if verbs else None
        self._aliases = {fold(k): [fold(t) for t in v] for k, v in roles.aliases.items()}
        self._synonyms = [[squash(w) for w in group] for group in lexicon.synonyms.groups]
        # (wording, other wording) of an ending: "司机" -> "驾驶员" (aliases, then synonym groups)
        self._tail_pairs = [(a, t) for a, targets in self._aliases.items() for t in targets if len(a) >= 2]
        self._tail_pairs += [(a, b) for group in self._synonyms for a in group for b in group if a != b and len(a) >= 2]
        # qualifiers that start with each noise word (``_trim`` asked every qualifier every time)
        self._noise_qualifiers = {n: [q for q in self._qualifiers if q.startswith(n)] for n in self._prefix_noise}
        self._rank_marks = frozenset(fold(w) for w in (*roles.deputy_marks, *roles.level_words, *roles.grade_words) if w)
        # Indexes over the forms, kept with ``_forms`` (per-question loops over every form grow
        # with the knowledge base: ~10,000 forms at 100x the shipped corpus):
        self._form_order: dict[str, int] = {}  # form -> position in ``_forms`` (tie order)
        self._form_tails: set[str] = set()  # last one and two characters of every form
        self._longest_form = 0
        self._bigram_forms: dict[str, list[str]] | None = None  # bigram -> forms of ≥ 4 characters
        self._blanked_forms: dict[str, list[str]] | None = None  # "导?" -> short forms with a character blanked
        self._bracketed: dict[str, list[RoleEntry]] | None = None  # bare title -> titles with a bracketed note
        self._tails: dict[str, list[str]] | None = None  # last word of a title -> entry keys
        self._form_heads: list[tuple[str, str, str, str, str]] | None = None  # see _heads
        self._first_forms: dict[str, list[str]] | None = None  # first character -> forms
        self._org_head_cache: tuple[str, ...] | None = None
        self._initials: dict[str, set[str]] | None = None  # "私教" -> {私人教练}
        self._in_file: dict[str, set[str]] = {}  # file -> keys of the entries that have it
        self._entry_pos: dict[str, int] = {}  # entry key -> creation order (= ``entries`` order)

    # --- building ------------------------------------------------------------------------------

    def _entry(self, title: str) -> RoleEntry | None:
        title = _strip_count(title.strip())
        key = squash(title)
        if len(key) < MIN_TITLE or key in self._generic:
            return None
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = RoleEntry(title=title, key=key)
            self._entry_pos[key] = len(self._entry_pos)
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
            # ("高级临床监查员（高级CRA）": a short name in letters, with a rank word or none, names the post)
            if len(key) >= MIN_TITLE and key != squash(title) and (any(key.endswith(s) for s in self._suffixes if len(s) >= 2)
                                                                   or (key.isascii() and len(key) <= 6)
                                                                   or self._graded_letters(key)):  # fmt: skip
                forms.append(part)
        # "客服坐席(95热线)" is said "95热线客服坐席": the bracketed qualifier in front of the title
        bare = _BRACKETED.sub("", title).strip()
        for note in re.findall(r"[(（]([^()（）]{2,8})[)）]\s*$", title):
            if not any(s in squash(note) for s in self._suffixes if len(s) >= 2):  # (a bracketed other title is no qualifier)
                forms.append(note + bare)
            if (lettered := self._lettered(note, bare)) is not None:
                forms.append(lettered)
        # "平台Site Reliability Engineer" -> SRE: the initials of Latin words written as one phrase (not
        # of Latin words apart in a Chinese title: "液态奶(UHT灭菌乳)HACCP计划")
        for run in re.findall(r"[A-Za-z][A-Za-z]+(?:\s+[A-Za-z][A-Za-z]+)+", title):
            forms.append("".join(w[0] for w in run.split()).upper())
        # "主班教师" is also said "主班老师": a title ending the lexicon gives another word for
        for base in [_BRACKETED.sub("", title).strip(), *forms]:
            for group in self._ending_words:
                # (a title that is the ending itself, "教练员", is said "教练" too)
                ending = next((e for e in group if base.endswith(e)), None)
                if ending is not None:
                    # (a title that is the ending itself is said shorter, never longer: 车工 is no 车司机)
                    forms += [base[: -len(ending)] + other for other in group
                              if other != ending and len(base) - len(ending) + len(other) >= MIN_TITLE
                              and (len(base) > len(ending) or len(other) < len(ending))]
            # ("爆破工" is also said "爆破员"; one way only)
            forms += [base[: -len(end)] + also for end, also in self._ending_also if base.endswith(end) and len(base) - len(end) >= MIN_TITLE]
        # "索道站站长" is said "索道站长": a character written twice where a unit meets its head title, once
        # (a form of four characters or more: "门店长" of 门店店长 would read as an abbreviation)
        bare = _BRACKETED.sub("", title).strip()
        for i in range(2, len(bare) - 1):
            if (bare[i] == bare[i - 1] and "\u4e00" <= bare[i] <= "\u9fff" and len(bare) >= 5
                    and bare[i:].endswith(tuple(self._suffixes))):  # fmt: skip
                forms.append(bare[:i] + bare[i + 1 :])
        # "坐席代表" is also written "座席代表": the same title in the other spelling
        for base in [_BRACKETED.sub("", title).strip(), *forms]:
            forms += self._respellings(base)
        return forms

    def _respellings(self, text: str) -> list[str]:
        """``text`` in the other spellings titles are written with ("坐席代表" -> 座席代表; roles.toml ``spelling_variants``)."""
        return [text.replace(w, other) for group in self._spellings for w in group if w in text for other in group if other != w]

    def _graded_letters(self, key: str) -> bool:
        """"高级cra": a rank word and a short name in letters (not "uht奶", letters inside words)."""
        return any(key.startswith(mark) and re.fullmatch(r"[a-z]{2,6}", key[len(mark):]) for mark in self._rank_marks)

    def _lettered(self, name: str, title: str) -> str | None:
        """"商务拓展经理（BD）" is said "BD经理", "药物警戒专员（PV Associate）" "PV专员": a short name in letters
        stands for the title's words, said with the title's ending; None when there is no such name or ending."""
        letters = re.fullmatch(r"([A-Za-z]{2,5})(?:\s+[A-Za-z]+)*", name.strip())
        ending = max((x for x in self._suffixes if len(x) >= 2 and title.endswith(x) and len(title) > len(x)), key=len, default="")
        return letters.group(1) + ending if letters and ending else None

    def _add_form(self, entry: RoleEntry, form: str) -> None:
        folded = squash(_strip_count(form))
        if len(folded) < MIN_TITLE or folded in self._generic:
            return
        # A bare suffix ("经理") names no particular post: keep it only as the entry's own title.
        # (Latin titles such as SRE or DBA do name one.)
        if (folded in self._suffixes and not folded.isascii() and folded != entry.key
                and not any(folded in g and entry.key in g for g in self._ending_words)):  # fmt: skip
            return  # (but a post titled 教练员 is also said 教练: the lexicon's other word for its title)
        entry.forms.add(folded)
        # a post's own title beats another post's alias of the same spelling ("医务室护士" written
        # as a title in one file, as 护士（医务室） in another)
        if folded not in self._forms or (folded == entry.key and self._forms[folded] != entry.key):
            self._forms[folded] = entry.key
            self._form_order.setdefault(folded, len(self._form_order))
            self._form_tails.update((folded[-1:], folded[-2:]))
            self._longest_form = max(self._longest_form, len(folded))
            self._form_text = None
            self._bigram_forms = None
            self._blanked_forms = None
            self._bracketed = None
            self._tails = None
            self._form_heads = None
            self._first_forms = None
            self._initials = None
            self._org_head_cache = None

    def share_spellings(self) -> None:
        """One post under two spellings ("快递业务员" a title in one article, an alias of 快递业业务员 in
        another; "医务室护士" and 护士（医务室）): each entry lists the other's profiles too, so
        whichever spelling is asked, the profile that states what is asked can answer."""
        for entry in self.entries.values():
            for form in entry.forms:
                other = self.entries.get(self._forms.get(form, ""))
                if other is not None and other is not entry and form == other.key:
                    for a, b in ((entry, other), (other, entry)):
                        a.profile_ids.extend(p for p in b.profile_ids if p not in a.profile_ids)

    def _forms_in(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, form) of every form occurring in ``text``: its substrings looked up."""
        out = []
        for start in range(len(text)):
            for end in range(start + MIN_TITLE, min(len(text), start + self._longest_form) + 1):
                if text[start:end] in self._forms and not _inside_latin_word(text, start, end):
                    out.append((start, end, text[start:end]))
        return out

    def posts_named(self, text: str) -> set[str]:
        """The titles of the posts a text names (their forms looked up in it)."""
        return {self.entries[self._forms[form]].title for _, _, form in self._forms_in(fold(text))
                if self._forms[form] in self.entries}  # fmt: skip

    def opens_with_post(self, text: str) -> bool:
        """Whether ``text`` begins with the title of a post (not a unit) the knowledge base names."""
        return any(start == 0 and not self.entries[self._forms[form]].is_department
                   for start, _, form in self._forms_in(fold(text)) if self._forms[form] in self.entries)  # fmt: skip

    def first_named_at(self, text: str) -> int | None:
        """Where in ``fold(text)`` the first post the text names begins."""
        return min((start for start, _, form in self._forms_in(fold(text)) if self._forms[form] in self.entries), default=None)

    def _forms_holding(self, phrase: str) -> list[str]:
        """Forms that contain ``phrase``, in ``_forms`` order (one search of all forms joined)."""
        if getattr(self, "_form_text", None) is None:
            forms = list(self._forms)
            self._form_list = forms
            self._form_starts = []
            pos = 0
            for form in forms:
                self._form_starts.append(pos)
                pos += len(form) + 1
            self._form_text = "\x00".join(forms)
        import bisect

        found: list[str] = []
        text, starts = self._form_text, self._form_starts
        if not phrase or not starts:
            return found  # (a knowledge base naming no post at all: an FAQ, a policy)
        pos = text.find(phrase)
        while pos >= 0:
            i = bisect.bisect_right(starts, pos) - 1
            form = self._form_list[i]
            found.append(form)
            pos = text.find(phrase, starts[i] + len(form) + 1) if i + 1 < len(starts) else -1
        return found

    def add_profile(self, profile: JobProfile) -> None:
        entry = self._same_document_variant(profile) or self._entry(profile.title)
        if entry is None:
            return
        entry.profile_ids.append(profile.id)
        self._add_file(entry, profile.span.file)
        for alias in profile.aliases:
            self._add_form(entry, alias)
            if (lettered := self._lettered(alias, _BRACKETED.sub("", entry.title).strip())) is not None:
                self._add_form(entry, lettered)
        if profile.organisation:
            entry.organisations.add(profile.organisation)
            self._org_head_cache = None
        if profile.department:
            entry.departments.add(profile.department)
        # (pay grids name the cities a post works in: "杭州 月底薪 5500")
        stated = [profile.fields[k].text for k in ("location", "pay") if k in profile.fields]
        entry.places.update(squash(v) for v in (profile.organisation, profile.department, profile.location, *stated) if v)
        entry.documents.update(squash(v) for v in (profile.doc_title, profile.article_title) if v)
        for kind, items in (("duties", profile.duties), ("qualifications", profile.qualifications),
                            ("kpi", profile.kpis), ("purpose", profile.purpose), ("benefits", profile.benefits)):  # fmt: skip
            if items:
                entry.kinds.add(kind)
        if profile.fields:
            entry.kinds.add("fields")

    def link_short_owners(self) -> None:
        """"坐席代表" heading a KPI sheet, "客服座席代表" the post a JD describes: an indicator
        owner with neither duties nor requirements whose title (in any spelling) ends exactly one described post's
        title is that post; it answers with that post's profiles and its rows are the post's."""
        described = [e for e in self.entries.values() if e.kinds & {"duties", "qualifications"} and not e.is_department]
        for entry in list(self.entries.values()):
            if entry.kinds & {"duties", "qualifications"} or entry.is_department or "kpi" not in entry.kinds:
                continue
            forms = [f for f in entry.forms if len(f) >= 3]
            ends = {d.key for d in described if any(df.endswith(f) and df != f for f in forms for df in d.forms)}
            if len(ends) == 1:
                post = self.entries[ends.pop()]
                entry.profile_ids.extend(p for p in post.profile_ids if p not in entry.profile_ids)
                entry.kinds |= post.kinds
                self.link_names(entry.title, post.title)

    def link_names(self, a: str, b: str) -> None:
        """Two names a document says are one post ("QA专员即岗位说明书中的现场QA"), both known."""
        ka, kb = squash(_strip_count(a)), squash(_strip_count(b))
        if ka != kb:
            self._same.setdefault(ka, set()).add(kb)
            self._same.setdefault(kb, set()).add(ka)

    def same_names(self, key: str, entry: RoleEntry | None = None) -> set[str]:
        """The names linked to this one (or to any spelling of its entry)."""
        keys = {key} | (entry.forms if entry is not None else set())
        return {n for k in keys for n in self._same.get(k, ())}

    def add_alias(self, title: str, alias: str) -> None:
        """Another name of a known post, as the documents give it ("拉长" for 线长); a name the
        documents only mention, with nothing of its own, becomes that post's."""
        entry = self.get(title)
        if entry is None:
            return
        key = squash(_strip_count(alias))
        owner = self.entries.get(self._forms.get(key, ""))
        if owner is not None and owner is not entry and not owner.has_profile and not owner.kinds - {"prose"}:
            del self._forms[key]
        self._add_form(entry, alias)

    def _same_document_variant(self, profile: JobProfile) -> RoleEntry | None:
        """A title written twice in one document ("快递业业务员" / "快递业务员") is one post."""
        from rapidfuzz import fuzz

        key = squash(_strip_count(profile.title))
        if key in self.entries or len(key) < 4:
            return None
        # the entries of this document only (in inventory order), not every entry per profile
        for entry in (self.entries[k] for k in sorted(self._in_file.get(profile.span.file, ()), key=self._entry_pos.__getitem__)):
            if len(entry.key) >= 4 and fuzz.ratio(key, entry.key) >= VARIANT_RATIO and not self._ranked_apart(key, entry.key):
                self._add_form(entry, profile.title)
                return entry
        return None

    def _ranked_apart(self, a: str, b: str) -> bool:
        """"营业部副总经理" / "营业部总经理", "高级客户经理" / "客户经理": the one holds a word of rank
        (roles.toml ``deputy_marks``, ``level_words``, ``grade_words``) the other lacks: two posts."""
        import difflib

        marks = self._rank_marks
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if op != "equal" and (a[i1:i2] in marks or b[j1:j2] in marks) and not (a[i1:i2] and b[j1:j2]):
                return True
        return False

    def _listed_posts(self, title: str) -> list[str]:
        """"查勘员/定损员/渠道经理" in a row's 适用岗位 cell: the posts it lists (every part ending like a
        post), else the title itself."""
        if squash(_strip_count(title)) in self.entries:
            return [title]  # a post a document describes under both names ("行政主管/行政经理助理")
        parts = [p.strip() for p in re.split(r"\s*[/／、,，;；]\s*", title) if p.strip()]
        if len(parts) >= 2 and all(len(squash(p)) >= MIN_TITLE and squash(p).endswith(tuple(self._suffixes)) for p in parts):
            return parts
        return [title]

    def add_mention(self, title: str, file: str, kind: str | None = None) -> None:
        """A section names this role without a profile of its own (still evidence the corpus has it);
        a section of a row listing several posts names each of them."""
        for post in self._listed_posts(title):
            self._add_mention(post, file, kind)

    def _add_mention(self, title: str, file: str, kind: str | None = None) -> None:
        entry = self._entry(title)
        if entry is not None:
            self._add_file(entry, file)
            if kind:
                entry.kinds.add(kind)

    def add_kpi_owner(self, name: str, file: str, department: bool) -> None:
        entry = self._entry(name)
        if entry is not None:
            self._add_file(entry, file)
            entry.kpi_count += 1
            entry.kinds.add("kpi")
            entry.is_department = entry.is_department or department

    def _add_file(self, entry: RoleEntry, file: str) -> None:
        entry.files.add(file)
        self._in_file.setdefault(file, set()).add(entry.key)

    def titles(self) -> list[str]:
        return sorted(e.title for e in self.entries.values())

    def variants(self, title: str) -> list[str]:
        """Posts named by a longer title around this one: "门店店长" for 店长, "病区护士" for 护士,
        "药剂师(门诊药房)" for 药剂师 (a bracket after it); only titles with profiles."""
        key = squash(_strip_count(title))
        if len(key) < 2:
            return []
        bracketed = (title.strip() + "(", title.strip() + "（")
        found = [e.title for e in self.entries.values()
                 if e.has_profile and e.key != key and (e.key.endswith(key) or e.title.startswith(bracketed))]  # fmt: skip
        if key in self._suffixes and len(found) > VARIANTS_MAX:
            return []  # "经理", "专员": a title word that many posts end in names none of them
        # "质量控制专员" for 质控专员: the full title the short one abbreviates
        found += [e.title for e in self.entries.values()
                  if e.has_profile and e.key != key and e.title not in found and _abbreviates(key, e.key)]  # fmt: skip
        return found

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
        for phrase in (*_STOP_WORDS, *self._relation_asks):
            pos = q.find(phrase)
            while pos >= 0:
                # ("技术负责人": the word 负责 begins the title ending 负责人 there, no break in it; a unit's
                # 负责人, "客户服务部负责人", is its head, found as such)
                if not any(len(x) > len(phrase) and q.startswith(x, pos) for x in self._suffixes) or q[:pos].endswith(self._unit_endings):
                    for i in range(pos, pos + len(phrase)):
                        brk[i] = True
                pos = q.find(phrase, pos + 1)
        for m in _MANAGED_BY.finditer(q):
            brk[m.start()] = True
        for m in _COUNTED.finditer(q):
            for i in range(m.start(), m.end()):
                brk[i] = True  # "每个主管带十来个技师": a count stops a run; no title holds one
        for i, ch in enumerate(q):
            if ch in self._marks and any(len(s) >= 2 and q.startswith(s, i + 1) for s in self._suffixes):
                brk[i] = True
        found: dict[int, str] = {}
        for suffix in self._suffixes:
            for m in re.finditer(re.escape(suffix), q):
                end = m.end()
                if any(brk[m.start() : end]):
                    continue
                if m.start() > 0 and not brk[m.start() - 1] and any(
                        q.startswith(g, p) and p + len(g) > end for p in range(m.start() + 1, end) for g in self._generic_words):
                    continue  # "门店员工": the word 员工 runs past the ending 店员, no post 门店员
                if suffix.isascii() and (m.start() > 0 and q[m.start() - 1].isascii() and q[m.start() - 1].isalnum()
                                         or end < len(q) and q[end].isascii() and q[end].isalnum()):  # fmt: skip
                    continue  # "KA" inside "Moka" is not a title
                if end < len(q) and not brk[end]:
                    # ("救生员现在归谁管": a known title of three characters or more ends there all the same)
                    known = len(suffix) == 1 and any(f.endswith(q[end - k : end]) for k in range(3, min(end, 6) + 1)
                                                     for f in self._forms_holding(q[end - k : end]))
                    if (len(suffix) == 1 and not known
                            or any(q[m.start():].startswith(s) and len(s) > len(suffix) for s in self._suffixes)):  # fmt: skip
                        continue
                if any(q.startswith(self._certificate_words, end + k) and all("\u4e00" <= ch <= "\u9fff" for ch in q[end : end + k])
                       for k in range(CERT_GAP + 1)):  # fmt: skip
                    continue  # "要会计证吗", "焊工证", "会计从业证": a certificate named after the trade, not a post
                start = m.start()
                while start > 0 and not brk[start - 1] and end - start < 14:
                    start -= 1
                if start > 0 and "\u4e00" <= q[start - 1] <= "\u9fff" and q[start - 1] in _BREAK:
                    # "要客专员": a break character that begins a title here (要客服务专员)
                    longer = q[start - 1 : end]
                    if self._forms_holding(longer) or self._abbreviated(longer):
                        start -= 1
                phrase = self._trim(q[start:end])
                if len(phrase) < MIN_TITLE or phrase in self._generic or len(phrase) <= len(suffix) and len(suffix) == 1:
                    continue
                tail = next((w for w in self._suffix_noise if len(w) >= 2 and phrase.endswith(w)), None)
                if tail and not any(phrase[: -len(tail)].endswith(x) for x in self._suffixes):
                    continue  # "才能上岗": a verb phrase ending like a post, with no post before it
                if phrase in self._field_labels:
                    continue
                if any(len(label) >= 3 and phrase.endswith(label) and len(phrase) > len(label) for label in self._field_labels):
                    continue  # "出纳直接主管是谁": the post, then the fact asked of it (直接主管), no post "出纳直接主管"
                if suffix == "长" and any(phrase[:-1].endswith(label) for label in self._field_labels if len(label) >= 2):
                    continue  # "哪个的工作年限长", "试用期长": a fact said to be long, no post
                if phrase.endswith(self._indicator_endings):
                    continue  # "闸口通行时长这个指标": an indicator's name ending like a title (长)
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

    def _org_heads(self) -> tuple[str, ...]:
        """Leading words of the organisations the posts belong to ("moka" of Moka(北京希瑞亚斯科技有限公司))."""
        if self._org_head_cache is None:
            heads = {squash(re.split(r"[\s(（·]", o.strip(), maxsplit=1)[0]) for e in self.entries.values() for o in e.organisations}
            self._org_head_cache = tuple(sorted((h for h in heads if len(h) >= 2), key=len, reverse=True))
        return self._org_head_cache

    def _trim(self, run: str) -> str:
        """Drop organisation names and leading verbs in front of a role phrase."""
        changed = True
        # "s1审计员", "p6前端": a grade code in front of the title is its level, no part of its name
        graded = re.match(r"^[a-z]{1,3}\d{1,2}(?=[\u4e00-\u9fff]{2})", run)
        if graded and len(run) - graded.end() >= MIN_TITLE:
            run = run[graded.end():]
        # "moka产品经理": the organisation's own name in front of the title
        org = next((h for h in self._org_heads() if run.startswith(h) and len(run) - len(h) >= MIN_TITLE), None)
        if org is not None and not any(self._forms_holding(run)):
            run = run[len(org):]
        while changed and run:
            changed = False
            for org in self._org_suffixes:
                idx = run.rfind(org)
                # "修理公司经理": a bare ending after the unit is no title of its own; keep it whole
                if idx >= 0 and len(run) - (idx + len(org)) >= MIN_TITLE and not (len(run) - idx - len(org) <= 2 and run[idx + len(org):] in self._suffixes):
                    run = run[idx + len(org) :]
                    if run[:1] in _PLACE_PARTICLES and len(run) - 1 >= MIN_TITLE:
                        run = run[1:]  # "银行里放款岗": in the bank, the post
                    changed = True
                    break
            if not changed:
                run, changed = self._after_unit_verb(run)
            m = self._request.match(run) if not changed and self._request is not None else None
            # a one-character verb only with an asking word or a count ("列一下", not "出纳")
            if m and (m["ask"] or m["measure"] or len(m["verb"]) >= 2):
                # "做个人客户经理": the measure word may begin the title (个人客户经理)
                whole = run[m.end("verb") :].lstrip()
                keep = m["measure"] and (whole in self._forms or self._forms_holding(whole)
                                         or any(whole.startswith(q) and len(q) > 1 for q in self._qualifiers))  # fmt: skip
                end = m.end("verb") if keep else m.end()
                rest = run[end:].lstrip()
                # ("设计仓管员的…": a title word alone is a post when titles here end with it, 物料仓管员)
                if len(rest) >= MIN_TITLE and (rest not in self._suffixes or rest in self._forms or any(self._forms_holding(rest))):
                    run, changed = run[end:].lstrip(), True
            switch = next((w for w in self._switches if run.startswith(w) and len(run) - len(w) >= MIN_TITLE), None)
            if switch and not changed:
                run, changed = run[len(switch):], True
                continue
            if any(self._forms_holding(run)) or self._abbreviated(run):
                break  # "招聘专员" is part of a title here ("人力资源招聘专员"): 招聘 is no verb in it
                # (nor is 要 in "要客专员", short for 要客服务专员)
            for noise in self._prefix_noise:
                # keep "对公…" whole: a qualifier may begin with a noise word
                if any(run.startswith(q) for q in self._noise_qualifiers[noise]):
                    continue
                rest = run[len(noise) :]
                # "培训助理" is a title, not 培训 + a bare "助理"
                # "培训助理" stays whole (助理 alone names nothing here); "当柜员" -> 柜员 (银行柜员 exists);
                # a word before a bare ending is its qualifier ("培训主管" is not 放映主管's relative)
                bare = len(rest) <= 2 and rest in self._suffixes and noise not in self._lead_ins and (
                    rest not in self._form_tails or len(noise) >= 2 and rest not in self._forms)
                # "招商经理": a one-character verb goes only when what remains is a post of the
                # knowledge base (当柜员 -> 柜员), not whenever it could be (商经理)
                # ("投客服岗": 客服, what remains without its filler, is part of a post here, 客服专员)
                core = next((rest[: -len(w)] for w in sorted(self._suffix_noise, key=longest_first) if rest.endswith(w) and len(rest) - len(w) >= MIN_TITLE), rest)
                unknown_rest = (len(noise) == 1 and noise not in self._become_verbs
                                and rest not in self._forms and not any(self._forms_holding(rest)) and not any(self._forms_holding(core)))
                if run.startswith(noise) and len(rest) >= MIN_TITLE and not bare and not unknown_rest:
                    run = rest
                    if run[:1] in _PLACE_PARTICLES and len(run) - 1 >= MIN_TITLE:
                        run = run[1:]  # "银行招聘里柜员": in the bank's hiring, the post
                    changed = True
                    break
            if not changed and run not in self._forms and not any(self._forms_holding(run)):
                # "去中行当柜员": a one-character verb inside the run, a post of the knowledge base after it
                cut = next((i + 1 for i in range(1, len(run) - MIN_TITLE) if run[i] in self._one_char_verbs
                            and (run[i + 1:] in self._forms or any(self._forms_holding(run[i + 1:])))), None)  # fmt: skip
                if cut is None and (m := _GO_BE.match(run)) and len(m["post"]) >= MIN_TITLE:
                    cut = m.start("post")  # "去中行当柜员", "到门店做店长": the post after going somewhere
                if cut is not None:
                    run, changed = run[cut:], True
        return run

    def _sole_ending(self, word: str) -> str | None:
        """The one described post whose title ends in this bare title word ("护士" -> 临床护士), or None."""
        if len(word) < 2 or word not in self._suffixes or word in self._forms:
            return None
        posts = {bare: e.key for bare, e in self._ending_in(word)}  # one post however many spellings
        return next(iter(posts.values())) if len(posts) == 1 else None

    def _ending_in(self, word: str) -> list[tuple[str, RoleEntry]]:
        """(bare title, entry) of the described posts whose title, its bracketed note aside, ends in ``word``."""
        return [(bare, e) for e in self.entries.values()
                if e.has_profile and (bare := squash(_BRACKETED.sub("", e.title))).endswith(word) and len(e.key) > len(word)]

    def ending(self, title: str) -> str:
        """The longest title ending (护士, 经理) a title has beyond it, or ""."""
        bare = squash(_BRACKETED.sub("", title))
        return max((s for s in self._suffixes if bare.endswith(s) and len(bare) > len(s)), key=len, default="")

    def _placed(self, phrase: str) -> RoleEntry | None:
        """"杭州门诊护士", "诊所护士": a title word (护士) after words saying where the post works; the one
        described post ending in that word whose own unit, place or document holds all those words
        (口腔护士 of 《…口腔门诊岗位说明书》 in 杭州), or None. A qualifier no post's setting holds
        ("儿科护士") names a post the knowledge base does not have."""
        for word in sorted((s for s in self._suffixes if phrase.endswith(s) and len(phrase) > len(s) + 1), key=len, reverse=True):
            where = phrase[: -len(word)].removesuffix("的")
            if where in self._forms:
                continue  # "客户经理助理": a post of its own (客户经理) before the word, no place of one
            posts = [e for _, e in self._ending_in(word) if not e.is_department and _covered(where, e.places | e.documents)]
            if posts:
                return posts[0] if len(posts) == 1 else None
        # "网店客服" of 客服专员 at 某网店: the title's first word (its ending left off) after words
        # saying where the post works
        for cut in range(2, len(phrase) - 1):
            where, word = phrase[:cut].removesuffix("的"), phrase[cut:]
            if where in self._forms or word in self._forms:
                continue
            posts = [e for e in self.entries.values() if e.has_profile and not e.is_department
                     and (bare := squash(_BRACKETED.sub("", e.title))).startswith(word) and bare[len(word):] in self._suffixes
                     and _covered(where, e.places | e.documents)]  # fmt: skip
            if posts:
                return posts[0] if len(posts) == 1 else None
        return None

    def _unit_head(self, q: str) -> tuple[RoleEntry, str, float, str, int] | None:
        """"培训部的头儿", "财务部老大": (entry, match, score, asked, start) of the one described post
        whose title is the unit named before the word and a head title, or None."""
        for word in self._unit_heads:
            pos = q.find(word)
            if pos <= 0:
                continue
            before = q[:pos].removesuffix("的")
            for size in range(min(len(before), 10), 1, -1):
                unit = before[-size:]
                if not unit.endswith(self._unit_endings):
                    continue
                keys = {self._forms[unit + t] for t in self._head_titles if unit + t in self._forms}
                keys = {k for k in keys if self.entries[k].has_profile}
                if len(keys) == 1:
                    start = len(before) - size
                    return self.entries[keys.pop()], "alias", 0.92, q[start : pos + len(word)], start
        return None

    def _sole_head(self, word: str) -> str | None:
        """The one described post whose title is this word and a title ending ("采购" -> 采购专员), or None."""
        if len(word) < 2 or word in self._forms:
            return None
        # ("薪酬核算岗" of 薪资核算专员: the word in a spelling the lexicon says titles use either way)
        words = {word, *self._respellings(word)}
        posts = {squash(_BRACKETED.sub("", e.title)): k for k, e in self.entries.items()
                 if e.has_profile and any((bare := squash(_BRACKETED.sub("", e.title))).startswith(w) and bare[len(w):] in self._suffixes
                                          for w in words)}  # fmt: skip
        if not posts and len(word) >= 2:
            # "网优岗" for 网络优化工程师: the word shortens the title's head (its first character kept,
            # the rest in order, at most half left out), whatever the ending
            posts = {bare: k for k, e in self.entries.items()
                     if e.has_profile and (bare := squash(_BRACKETED.sub("", e.title)))
                     and any(bare.endswith(x) and _shortens(word, bare[: -len(x)]) for x in self._suffixes if x and len(bare) > len(x))}  # fmt: skip
        return self._one_described(set(posts.values()))

    def _unit_ending(self, phrase: str) -> str | None:
        """The one described post of the unit a phrase names, whose title has the phrase's ending
        ("检验科技师": a post of 检验科, or titled with 检验, ending in 技师), or None."""
        for unit in self._unit_suffixes:
            at = phrase.find(unit)
            if at < 2 or len(unit) > 2:
                continue
            head, ending = phrase[:at], phrase[at + len(unit):]
            if ending not in self._suffixes:
                continue
            keys = {k for k, e in self.entries.items() if e.has_profile and not e.is_department and k.endswith(ending) and k != phrase
                    and (head + unit in {squash(d) for d in e.departments} or head in k)}  # fmt: skip
            return self._one_described(keys)
        return None

    def _unit_post(self, word: str) -> str | None:
        """The one described post of the unit the word names with a unit ending ("宿管" of 宿管部), or None."""
        units = {word + e for e in self._unit_endings}
        keys = {k for k, e in self.entries.items() if e.has_profile and {squash(d) for d in e.departments} & units}
        # ("生活老师（夜班）" beside 生活老师: one post, its shift written after it)
        return self._one_described({k for k in keys if not any(k != o and k.startswith(o) for o in keys)})

    def _one_described(self, keys: set[str]) -> str | None:
        """The one post of ``keys``; or, of several, the one the documents describe (duties or
        requirements) beside posts only a staffing sheet lists ("客服岗": 客服专员, not 客服主管)."""
        if len(keys) == 1:
            return next(iter(keys))
        described = {k for k in keys if self.entries[k].kinds & _DESCRIBED_KINDS}
        return next(iter(described)) if len(described) == 1 else None

    def _after_verb(self, extra: str) -> str:
        """The words of ``extra`` after its last verb ("篇文章觉得" -> "", "选零售" -> "零售"); a
        one-character verb counts at the start or after two characters, never as the start of a
        qualifier (对公)."""
        if extra in self._qualifiers:
            return extra
        cut = 0
        for verb in self._prefix_noise:
            if len(verb) >= 2:
                pos = extra.rfind(verb)
                if pos >= 0:
                    cut = max(cut, pos + len(verb))
            elif extra.startswith(verb) and not any(extra.startswith(q) for q in self._noise_qualifiers[verb]):
                cut = max(cut, 1)
            else:
                # "新余农商行选零售": a one-character verb after a subject of two characters or more
                pos = extra.rfind(verb)
                if pos >= 2 and not any(extra.startswith(q, pos) for q in self._noise_qualifiers[verb]):
                    cut = max(cut, pos + 1)
        rest = extra[cut:]
        return "" if rest in ("个", "名", "位", "一个", "一名", "一位") else rest  # "招个": a measure word, no qualifier

    def _verb_before(self, extra: str) -> bool:
        """"我刚调来做" + 生鲜主管, "能应聘" + 口腔护士: words in front of a known title that end in a
        verb are how the question leads to the post, not a qualifier naming a narrower one."""
        return extra not in self._qualifiers and any(extra.endswith(v) for v in self._prefix_noise)

    def _inner_title(self, phrase: str) -> int:
        """Where a title of the corpus starts after a verb inside an unknown phrase (0: nowhere)."""
        for noise in self._prefix_noise:
            idx = phrase.find(noise, 1)
            while idx > 0:
                cut = idx + len(noise)
                rest = phrase[cut:]
                if len(rest) >= MIN_TITLE + 1 and (rest in self._forms or any(
                        c.match in ("exact", "typo") for c in self._loose(rest))) or self._sole_ending(rest):  # fmt: skip
                    return cut
                idx = phrase.find(noise, idx + 1)
        return 0

    def _after_unit_verb(self, run: str) -> tuple[str, bool]:
        """"合规发展部做宣传专员" -> 宣传专员: a unit, then a verb, then the post (a unit right before
        the title, "财务部经理", stays: it is part of the title)."""
        for unit in self._unit_suffixes:
            idx = run.find(unit)
            while idx >= 0:
                after = idx + len(unit)
                if any(self._forms_holding(run[after:])):
                    return run, False  # "部管理会计": the title starts right after the unit
                for noise in self._prefix_noise:
                    rest = run[after + len(noise) :]
                    if run.startswith(noise, after) and len(rest) >= MIN_TITLE and rest not in self._suffixes:
                        return rest, True
                idx = run.find(unit, idx + 1)
        return run, False

    def resolve(self, question: str, prefer: Iterable[str] = ()) -> Resolution:
        """The role(s) a question is about, best first. ``prefer``: entry keys to favour on ties."""
        question = self._unit_joined(question)
        q = squash(question)
        cands: dict[str, RoleCandidate] = {}

        def add(entry: RoleEntry, match: str, score: float, asked: str, start: int) -> None:
            old = cands.get(entry.key)
            if old is None or score > old.score:
                cands[entry.key] = RoleCandidate(entry, match, score, asked, start)

        # 1. titles and same-document spellings written out in the question (longest wins)
        spans = [(start, end, self._forms[form]) for start, end, form in self._forms_in(q)]
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
            after = q[pos + len(key):]
            if any(after.startswith(u) for u in self._unit_suffixes if len(u) >= 2 or u in "部组"):
                continue  # "销售团队", "销售部": a unit named by the trade, not the post the alias means
            for target in targets:
                key = self._forms.get(squash(target))
                if key:
                    add(self.entries[key], "alias", 0.95, alias, pos)
                    break
            else:
                # "司机" -> 驾驶员, which this company writes "公交驾驶员": titles ending in the target
                tails = [squash(t) for t in targets if len(squash(t)) >= 2]
                longer = [(form, k, t) for form, k in self._forms.items() for t in tails if form.endswith(t) and len(form) > len(t)]
                ends = {k for _, k, _ in longer}
                # "团课老师": the title whose own qualifier stands before the alias (团课教练)
                # ("大卖场的店长": the qualifier with 的 between)
                named = {k for form, k, t in longer if q[:pos].endswith(form[: len(form) - len(t)])
                         or q[:pos].endswith(form[: len(form) - len(t)] + "的")}  # fmt: skip
                # a qualifier of the question's own before the alias ("养生会所店长") makes another
                # phrase: only titles holding that qualifier fit, which the steps below find
                # ("服务中心前台": a unit in front says where the post works, not which post)
                standalone = (pos == 0 or not "\u4e00" <= q[pos - 1] <= "\u9fff" or q[pos - 1] in "的个是当做"
                              or any(q[:pos].endswith(u) and pos > len(u) + 1 for u in self._unit_suffixes))
                ends = named or (ends if standalone else set())
                if 0 < len(ends) <= 3:
                    for key in sorted(ends):
                        add(self.entries[key], "alias", 0.9, alias, pos)

        # 2a. a four-character title by the first characters of its two words ("私教" of 私人教练,
        # "人资" of 人力资源): only when nothing else named a post, and only one title fits
        if not cands:
            for short, keys in self._word_initials().items():
                pos = q.find(short)
                # ("电工" of 电气工程师 inside "弱电工程师": its last character begins a longer title word there)
                if pos >= 0 and any(q.startswith(sfx, pos + len(short) - 1) for sfx in self._suffixes if len(sfx) > 1):
                    continue
                if pos >= 0 and self._straddled(q, pos, pos + len(short)):
                    continue  # ("销经" of 销售经理 inside "促销经验": 经验 is a word of its own there)
                if pos >= 0 and len(keys) == 1 and not any(a <= pos < b for a, b in taken):
                    add(self.entries[next(iter(keys))], "alias", 0.85, short, pos)

        # 2a''. "换成采购呢": a switch word, then a title without its one-character ending (采购员), when
        # only one title is that stem and one ending and the stem is no title itself
        if not cands and (m := self._switched_stem().search(q)) is not None and m["stem"] not in self._forms:
            keys = {self._forms[m["stem"] + x] for x in self._one_char_suffixes if m["stem"] + x in self._forms}
            if len(keys) == 1:
                add(self.entries[next(iter(keys))], "alias", 0.85, m["stem"], m.start("stem"))

        # 2a'. "培训部的头儿": the unit's one described post headed by it (培训部经理)
        if all(c.entry.is_department for c in cands.values()):
            head = self._unit_head(q)
            if head is not None:
                cands.clear()  # the unit itself named ("财务部老大") is not what is asked about
                add(*head)

        # 2b. a unit the question names by a shorter name than the knowledge base ("质量部" of
        # 宜春基地质量部): the longest phrase ending in a unit word that exactly one title holds
        phrases = self.role_phrases(question)
        inside = [squash(p) for _, p in phrases]  # "按摩技师部门经理": a post, not 技师部
        if not any(c.match == "exact" for c in cands.values()):
            for unit in self._unit_suffixes:
                pos = q.find(unit)
                while pos >= 0:
                    end = pos + len(unit)
                    for start in range(max(0, end - 8), end - 2):
                        phrase = q[start:end]
                        if any(a <= start < b for a, b in taken) or phrase in self._forms or any(phrase in p for p in inside):
                            continue
                        # the unit itself, not a post of it ("质量部经理" holds 质量部 too)
                        # ("护士（医务室）" names the unit only as a qualifier of another post)
                        holders = {self._forms[f] for f in self._forms_holding(phrase) if f.endswith(phrase)
                                   and squash(_BRACKETED.sub("", self.entries[self._forms[f]].title)).endswith(phrase)}
                        if len(holders) == 1:
                            add(self.entries[holders.pop()], "exact", 0.9 + len(phrase) / 1000, phrase, start)
                            break
                    pos = q.find(unit, pos + 1)

        # 2b. equivalent wordings of the lexicon's synonym groups that are titles or KPI owners
        # here ("人事部" / "HR部门" for 人力资源部); the longer wording beats a short alias ("HR")
        for group in self._synonyms:
            for term in group:
                pos = q.find(term)
                if len(term) < 3 or pos < 0 or any(a <= pos < b for a, b in taken):
                    continue
                for other in group:
                    key = self._forms.get(other)
                    if other != term and key and not any(c.match == "exact" for c in cands.values()):
                        add(self.entries[key], "alias", 0.95 + len(term) / 1000, term, pos)
                        break

        # 2c. "技术二部开发岗": a unit and a word of a post's title, when exactly one post of that unit
        # holds the word (软件开发工程师 of 技术二部)
        if not cands:
            for start, phrase in phrases:
                m = _UNIT_WORD_POST.match(squash(phrase))
                if m is None:
                    continue
                unit, word = m["unit"], m["word"]
                holders = [e for e in self.entries.values() if word in squash(e.title) and squash(e.title) != word
                           and any(squash(d) == unit or squash(d).endswith(unit) for d in e.departments)]
                if len(holders) == 1:
                    add(holders[0], "alias", 0.85, phrase, start)

        # 3. role phrases of the question: narrower posts, misspellings, relatives
        asked = None
        for start, phrase in phrases:
            pq = squash(phrase)
            exact = [c for c in cands.values() if c.match in ("exact", "alias") and c.asked in pq]
            if exact:
                best = max(exact, key=lambda c: len(c.asked))
                if any(self._forms.get(t) == best.entry.key for t in self._aliases.get(pq, [])):
                    continue  # "导购员": the lexicon says it is 导购, no narrower post
                if best.entry.is_department and pq.startswith(best.asked) and (kept := self._unit_ending(pq)) is not None:
                    # "检验科技师": not the unit 检验科 but its one post ending in 技师 (血液检验技师)
                    cands.pop(best.entry.key, None)
                    add(self.entries[kept], "alias", 0.9, phrase, start)
                    continue
                if len(pq) > len(best.asked) and best.entry.key.endswith(pq) and pq.startswith(best.asked):
                    continue  # "调度员" by the alias 调度 of 车辆调度员: the title's own ending, nothing narrower
                if len(pq) > len(best.asked) and pq.startswith(best.asked) and squash(best.entry.title).startswith(pq):
                    continue  # "前端开发" by the alias 前端 of 前端开发工程师: the title's own beginning, nothing narrower
                if len(pq) > len(best.asked):
                    # ("平台SRE岗": the filler after the title is no qualifier of it)
                    pq = next((pq[: -len(w)] for w in self._suffix_noise if pq.endswith(w) and pq[: -len(w)].endswith(best.asked)), pq)
                    extra = pq[: pq.rfind(best.asked)] if pq.endswith(best.asked) else pq.replace(best.asked, "")
                    if pq.endswith(best.asked):
                        # "那篇文章觉得客户经理", "新余农商行选零售客户经理": only the words after
                        # the last verb can qualify the title
                        extra = self._after_verb(extra)
                    if pq.startswith(best.asked) and extra in self._over_posts:
                        # "主播组长", "店长助理": a post of its own over or beside the known one
                        cands.pop(best.entry.key, None)
                        asked = asked or phrase
                        continue
                    same = pq.startswith(best.asked) and extra in self._trailing_noise or self._verb_before(pq[: pq.rfind(best.asked)])
                    # "人事行政部经理考核里内部运营类": a verb after the title begins what is asked of it
                    same = same or (pq.startswith(best.asked) and any(v in extra for v in self._prefix_noise if len(v) >= 2))
                    # "厂里维修电工": one character before a known title that is no qualifier (里, 个)
                    # names no narrower post
                    same = same or (pq.endswith(best.asked) and len(extra) == 1 and extra not in self._qualifiers)
                    # "合规发展部宣传专员", "一德期货人力资源专员": the unit or company the post's own
                    # documents place it in, no narrower post
                    same = same or (pq.endswith(best.asked) and _covered(extra.removesuffix("的"), best.entry.places))
                    # "平台SRE" of 平台Site Reliability Engineer: the title's own words before its short name
                    same = same or (pq.endswith(best.asked) and len(extra) >= 2 and extra in squash(best.entry.title))
                    # "招聘岗位一览里销售经理": a place the post is found in (…里), no narrower post
                    same = same or (pq.endswith(best.asked) and extra.endswith(tuple(self._locatives)))
                    # "双板教练" of 双板滑雪教练: a described title the phrase shortens, not 教练 narrowed
                    shortened = self._abbreviated(pq, deep=False) if extra and not same and not self._forms.get(pq) else set()
                    if len(shortened) == 1 and (key := next(iter(shortened))) != best.entry.key:
                        cands.pop(best.entry.key, None)
                        add(self.entries[key], "alias", 0.85, phrase, start)
                        continue
                    # "对公客户经理": a qualifier in front of a known title names a narrower post
                    if extra and not same and not self._forms.get(pq):
                        if pq.endswith(best.asked) and len(extra) + len(best.asked) < len(pq):
                            cut = len(pq) - len(extra) - len(best.asked)  # the words before the verb go
                            phrase, start = phrase[cut:], start + cut
                        asked = asked or phrase
                        cands[best.entry.key] = RoleCandidate(best.entry, "narrower", 0.8 if extra in self._qualifiers else 0.7, phrase, start)  # fmt: skip
                continue
            loose = self._loose(pq)
            verb = next((w for w in self._short_verbs if pq.startswith(w) and len(pq) - len(w) >= 3), None)
            if verb and not any(c.match in ("exact", "alias", "typo") for c in loose) and phrase.startswith(verb):
                trimmed = self._loose(pq[len(verb):])
                if any(c.match == "typo" for c in trimmed):
                    loose, phrase, pq, start = trimmed, phrase[len(verb):], pq[len(verb):], start + len(verb)
            cut = self._inner_title(pq) if not any(c.match in ("exact", "alias") for c in loose) else 0
            if cut:
                # "报到当调度员": a verb inside the phrase, the post after it
                phrase, pq, start, loose = pq[cut:], pq[cut:], start + cut, self._loose(pq[cut:])
            noise = next((w for w in self._suffix_noise if pq.endswith(w) and len(pq) > len(w)), "")
            if (cut or noise) and not any(c.match in ("exact", "alias") for c in loose):
                # "刚分到病区当护士", "这个干事岗": the one described post whose title ends in the bare
                # title word (临床护士, 医务科干事); a bare word alone ("柜员") stays a word the
                # documents may discuss on its own
                word = pq[: len(pq) - len(noise)]
                # "采购岗": the one described post whose title is that word and a title ending (采购专员)
                sole = self._sole_ending(word) or (self._sole_head(word) if noise else None)
                if sole is not None:
                    add(self.entries[sole], "alias", 0.9, phrase, start)
            if not any(c.match in ("exact", "alias", "typo") for c in loose) and (kept := self._unit_ending(pq)) is not None:
                # "检验科技师" for 血液检验技师: a unit and a title ending, the one post of that unit so ending
                add(self.entries[kept], "alias", 0.85, phrase, start)
            person = next((w for w in self._person_words if pq.endswith(w) and len(pq) - len(w) >= 2), None)
            if person and not any(c.match in ("exact", "alias", "typo") for c in loose):
                # "心理老师" for 心理咨询师, "宿管老师" for the 生活老师 of 宿管部: what people call a post, its
                # first word (or its unit's) and a word for a person
                sole = self._sole_head(pq[: -len(person)]) or self._unit_post(pq[: -len(person)])
                if sole is not None:
                    add(self.entries[sole], "alias", 0.85, phrase, start)
            asked = asked or phrase
            for cand in loose:
                add(cand.entry, cand.match, cand.score, phrase, start)

        # equal matches ("司机" of 电客车司机 and 工程车司机): the post the documents describe most
        ranked = sorted(cands.values(), key=lambda c: (-c.score, c.start, -_described(c.entry), c.entry.key))
        if len(ranked) >= 2 and ranked[0].match == "related":
            # "快递公司的业务员" among 家装业务员, 快递业务员: the title whose other words the question says
            def said(c: RoleCandidate) -> bool:
                extra = c.entry.key.replace(squash(c.asked), "", 1)
                return len(extra) >= 2 and extra != c.entry.key and extra in q
            top = ranked[0].score
            ranked.sort(key=lambda c: -(c.score + (0.001 if said(c) and abs(c.score - top) < 1e-9 else 0)))
        prefer = set(prefer)
        if prefer and ranked:
            top = ranked[0].score
            ranked.sort(key=lambda c: (-(c.score + (0.001 if c.entry.key in prefer and abs(c.score - top) < 1e-9 else 0)), c.start))
        if ranked and ranked[0].match in ("exact", "alias") and not (ranked[0].entry.kinds - {"kpi"}):
            # "水厂值班长" as a KPI sheet writes it; the post is described as 值班长 of the unit 水厂:
            # the described title the name ends with, when the rest names its unit
            best = ranked[0]
            for entry in self.entries.values():
                head = best.entry.key[: -len(entry.key)] if entry.key != best.entry.key and best.entry.key.endswith(entry.key) else ""
                units = {squash(x) for x in entry.organisations | entry.departments}
                if len(head) >= 2 and entry.kinds - {"kpi"} and any(head in u for u in units):
                    ranked = [RoleCandidate(entry, best.match, best.score, best.asked, best.start)] + [
                        c for c in ranked if c.entry.key != entry.key]
                    break
        if ranked and ranked[0].match == "alias":
            # "销售精理": the alias 销售 begins a longer title the question misspells (销售经理), one
            # character changed; the title it spells is asked, not the alias's post
            alias = ranked[0]
            end = alias.start + len(squash(alias.asked))
            spelt = [t for t in self._misspelt(q) if t.start <= alias.start and t.start + len(t.asked) >= end
                     and len(t.asked) > len(squash(alias.asked)) and t.entry.key != alias.entry.key]  # fmt: skip
            if spelt:
                ranked = [spelt[0]] + [c for c in ranked if c.entry.key != spelt[0].entry.key]
                asked = spelt[0].asked
        if ranked:
            ranked = self._bracket_named(ranked, q)
        if len({c.entry.key for c in ranked}) >= 2:
            # "网格经理（不是网格客户经理）": a post the question sets aside is not what it asks about
            denied = [m.span("x") for m in re.finditer(r"(?:不是|并非|而非)(?P<x>[\u4e00-\u9fffa-z]{2,12})", q)]
            # "网格经理跟网格客户经理不是一回事吧": the post set beside the asked one, said to be another
            denied += [m.span("x") for m in re.finditer(
                r"(?:跟|和|与|同)(?P<x>[\u4e00-\u9fffa-z]{2,12}?)(?:不是一回事|不是一个岗|不是同一个|是两个岗)", q)]
            kept = [c for c in ranked if not any(a <= c.start < b for a, b in denied)]
            if kept and len(kept) < len(ranked):
                ranked = kept
        if len({c.entry.key for c in ranked}) >= 2:
            # "我是HR，要给公司的制度专员写职责": the asker's own post comes after the one asked about
            mine = [c for c in ranked if any(q[: c.start].endswith(w) for w in self._self_intro)]
            if mine and len(mine) < len(ranked):
                ranked = [c for c in ranked if c not in mine] + mine
        if len(ranked) >= 2 and ranked[0].entry.is_department:
            # "调度中心调度员", "宁波转运中心的分拣员": the unit, then a post of the knowledge base right
            # after it, asks about the post
            unit = ranked[0]
            end = unit.start + len(squash(unit.asked))
            # ("营业部的IT运维": the alias 运维 after a word of the post's own title, IT运维工程师)
            post = next((c for c in ranked[1:] if not c.entry.is_department and c.match in ("exact", "alias")
                         and c.start >= end and (q[end:c.start] in self._locatives | {"", "的"}
                                                 or (gap := q[end:c.start].removeprefix("的")) and gap + squash(c.asked) in squash(c.entry.title))), None)  # fmt: skip
            if post is not None:
                ranked = [post] + [c for c in ranked if c is not post]
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
        if resolution.status == "unknown" and (placed := self._placed(squash(resolution.asked or ""))) is not None:
            resolution.candidates = [RoleCandidate(placed, "alias", 0.85, resolution.asked or "", q.find(squash(resolution.asked or "")))]
            return resolution
        if resolution.status in ("unknown", "none", "related") and (glossed := self._glossed(question)) is not None:
            return glossed
        if resolution.status in ("unknown", "none") and (either := self._either(question)) is not None:
            return either
        if resolution.status in ("unknown", "none") and (pointed := self._pointed(question)) is not None:
            return pointed
        if resolution.status in ("unknown", "none") and (doer := self._doer(question)) is not None:
            return doer
        return resolution

    def _doer(self, question: str) -> Resolution | None:
        """"订场的那个岗位", "负责订场的那个人": the one described title holding every character of the work
        named before the pointer (after its verb), in any order (场地预订专员)."""
        q = fold(question)
        doers = "|".join(map(re.escape, sorted(self._doer_words, key=longest_first)))
        if not doers:
            return None
        for m in re.finditer(rf"([\u4e00-\u9fff]{{2,8}})的(?:那个|那位|这个|这位)(?:{doers})", q):
            run = m.group(1)
            verb = max((run.rfind(v) + len(v) for v in self._doer_verbs if v in run), default=0)
            work = run[verb:] if verb else run[-DOER_WORK_MAX:]
            if len(work) < 2:
                continue
            keys = {key for key, entry in self.entries.items() if entry.has_profile and set(work) <= set(fold(entry.title))}
            if len(keys) == 1:
                entry, start = self.entries[keys.pop()], m.end(1) - len(work)
                return Resolution(asked=q[start:m.end()], candidates=[RoleCandidate(entry, "alias", 0.85, q[start:m.end()], start)])
        return None

    def _pointed(self, question: str) -> Resolution | None:
        """"机械那个储备岗": the one described title that holds the word before the pointer and ends
        with the word after it (机械技术储备), of several ending so (电气技术储备 too)."""
        q = fold(question)
        noise = "|".join(map(re.escape, sorted(self._suffix_noise, key=longest_first)))
        for m in re.finditer(rf"(?P<a>[\u4e00-\u9fff]{{2,6}})(?:那个|这个|的那个|那一个)(?P<b>[\u4e00-\u9fff]{{2,6}}?)(?:{noise})?(?=呢|吗|的|[,，?？。]|$)", q):
            a, b = m["a"], m["b"]
            keys = {key for form, key in self._forms.items()
                    if a in form and squash(_BRACKETED.sub("", form)).endswith(b) and len(form) > len(b) and self.entries[key].has_profile}
            if len(keys) == 1:
                entry = self.entries[keys.pop()]
                return Resolution(asked=m.group(0), candidates=[RoleCandidate(entry, "alias", 0.85, m.group(0), m.start())])
        return None

    def _either(self, question: str) -> Resolution | None:
        """"普工/操作工招人有什么要求": two names for one post; the one a post is titled (or is the
        ending of exactly one described title: 操作工 of 制剂操作工)."""
        for m in re.finditer(r"(?P<a>[\u4e00-\u9fffA-Za-z]{2,10})[/／](?P<b>[\u4e00-\u9fffA-Za-z]{2,10})", fold(question)):
            # (the names run on into the question: "操作工招人…" holds 操作工)
            parts = [m["a"][i:] for i in range(len(m["a"]) - 1)] + [m["b"][:n] for n in range(len(m["b"]), 1, -1)]
            for part in parts:
                key = self._forms.get(squash(part)) or self._sole_ending(squash(part))
                if key is not None and self.entries[key].has_profile:
                    return Resolution(asked=m.group(0), candidates=[RoleCandidate(self.entries[key], "alias", 0.85, m.group(0), m.start())])
        return None

    def _straddled(self, q: str, start: int, end: int) -> bool:
        """Whether a word of the lexicon's facts ("经验", "学历") in ``q`` overlaps the span in part."""
        if self._fact_words is None:
            fields = self.lexicon.fields.fields.values()
            self._fact_words = tuple({squash(w) for spec in fields for w in (*spec.labels, *spec.asks) if len(squash(w)) >= 2})
        for word in self._fact_words:
            at = q.find(word)
            while at >= 0:
                if at < end and at + len(word) > start and not (start <= at and at + len(word) <= end):
                    return True
                at = q.find(word, at + 1)
        return False

    def _unit_joined(self, question: str) -> str:
        """"培训部那个经理", "财务部的经理": the unit and a title word with a word between them, when
        the two together are a post's title (培训部经理), written as that title."""
        def join(m: re.Match[str]) -> str:
            unit = m["unit"]
            # "微生物室的检验员" of 微生物检验员: the unit's name without its ending names the post too
            core = next((unit[: -len(e)] for e in self._unit_suffixes if unit.endswith(e) and len(unit) > len(e)), unit)
            for head in dict.fromkeys([unit, *(core[i:] for i in range(len(core) - 1))]):
                for size in range(len(m["title"]), 1, -1):
                    if self._forms.get(squash(head + m["title"][:size])):
                        return head + m["title"]
            return m.group(0)

        def place(m: re.Match[str]) -> str:
            unit = m["unit"]
            for cut in range(len(unit) - 1):  # the words before the unit are no part of it ("问下检验")
                for size in range(len(m["title"]), 1, -1):
                    if self._forms.get(squash(unit[cut:] + m["title"][:size])):
                        return unit + m["title"]
            return m.group(0)

        # "检验那边的技师": a place word between the unit's name and a title word, when the two
        # together are a post's title (检验技师)
        joined = _PLACE_JOIN.sub(place, self._unit_join.sub(join, question) if self._unit_join else question)
        return self._qualifier_joined(joined)

    def _qualifier_joined(self, question: str) -> str:
        """"学校驻点的快递员": a qualifier and a title with 的 between them, when the words either side
        of it make a longer title (驻点快递员), written as that title."""
        for m in reversed(list(re.finditer("的", question))):
            i = m.start()
            joined = question[:i] + question[i + 1:]
            at = len(squash(question[:i]))
            if at and any(start < at < end for start, end, _ in self._forms_in(squash(joined))):
                question = joined
        return question

    def _glossed(self, question: str) -> Resolution | None:
        """"安环专员（EHS）": a title the documents do not use, glossed in brackets by the one they do
        (the bracket alone, or with the title's ending: EHS专员)."""
        for m in _GLOSS.finditer(fold(question)):
            title, gloss = squash(m["title"]), squash(m["gloss"])
            ending = next((x for x in self._suffixes if title.endswith(x) and len(title) > len(x)), "")
            for form in dict.fromkeys([gloss, gloss + ending]):
                key = self._forms.get(form)
                if key is not None and form != title:
                    entry = self.entries[key]
                    return Resolution(asked=m.group(0), candidates=[RoleCandidate(entry, "alias", 0.9, m.group(0), m.start())])
        return None

    def _bracket_named(self, ranked: list[RoleCandidate], q: str) -> list[RoleCandidate]:
        """"分管营销的副总经理": of the posts written 副总经理（分管生产） and 副总经理（分管营销）, the one
        whose bracketed qualifier the question holds."""
        best = ranked[0]
        own = _BRACKETED.search(best.entry.title)
        if own and squash(own.group(0)[1:-1]) in q:
            return ranked
        if self._bracketed is None:
            self._bracketed = {}
            for entry in self.entries.values():
                if _BRACKETED.search(entry.title):
                    self._bracketed.setdefault(squash(_BRACKETED.sub("", entry.title)), []).append(entry)
        for entry in self._bracketed.get(squash(_BRACKETED.sub("", best.entry.title)), []):
            note = squash(_BRACKETED.search(entry.title).group(0)[1:-1])  # type: ignore[union-attr]
            if entry is not best.entry and len(note) >= 2 and note in q:
                return [RoleCandidate(entry, best.match, best.score, best.asked, best.start)] + [c for c in ranked if c.entry is not entry]
        return ranked

    def kpi_unit_for_alias(self, alias: str) -> str | None:
        """The one unit with KPI rows whose name begins with a target of this alias ("HR" ->
        人力资源 -> 人力资源部), or None."""
        targets = [squash(t) for t in self._aliases.get(fold(alias), []) if len(squash(t)) >= 2]
        units = {e.title for e in self.entries.values() if e.is_department and e.kpi_count
                 and any(e.key.startswith(t) and e.key[len(t):] in self._unit_suffixes for t in targets)}  # fmt: skip
        return units.pop() if len(units) == 1 else None

    def resolve_head(self, question: str) -> Resolution | None:
        """A title written without its ending ("薪资核算" of 薪资核算专员), directly or in an equivalent
        wording of the lexicon ("薪酬核算"): the one title whose head (≥ 3 characters) the question
        holds. Only for questions that must be about a post (a drafting request, a duty question):
        "人力资源规划怎么做" is no question about 人力资源专员."""
        head = self._title_head(squash(question))
        return Resolution(asked=head.asked, candidates=[head]) if head is not None else None

    def _title_head(self, q: str) -> RoleCandidate | None:
        variants = [q]
        for group in self._synonyms:
            for term in group:
                if len(term) >= 2 and term in q:
                    variants += [q.replace(term, other) for other in group if other != term]
        # heads of three characters or more; else the one who does a two-character thing ("值机的"
        # -> 值机员); else a two-character head that is a word of its own ("招个教务得…" -> 教务专员)
        tiers: tuple[dict[str, tuple[str, int]], ...] = ({}, {}, {}, {})
        # (each pattern only where its word occurs: thousands of titles at scale, one pattern each per
        # question, overflow re's cache of compiled patterns)
        for form, key, head, short, first in self._heads():
            if len(head) >= 3:
                for text in variants:
                    pos = text.find(head)
                    if pos >= 0 and key not in tiers[0]:
                        tiers[0][key] = (head, pos)
            elif len(head) == 2 and head in q:
                m = re.search(_WORD_BEFORE + re.escape(head) + r"(?=[的得要需呢吗是有都这那,，?？]|$)", q)
                if m:
                    tiers[2].setdefault(key, (head, m.start()))
            # ("做业务数据汇总分析的人" is no 分析师: the word is part of a longer phrase)
            if len(short) == 2 and short in q:
                # "传菜的", "配菜那个岗位", "迎宾主要做什么": the head standing as a word of its own
                m = re.search(_WORD_BEFORE + re.escape(short) + _HEAD_FOLLOW, q)
                if m:
                    tiers[1].setdefault(key, (short, m.start()))
            if first and first in q:
                # "场务每天干嘛" of 场务引导员: the title's first word said alone, the least sure reading
                m = re.search(_WORD_BEFORE + re.escape(first) + _HEAD_FOLLOW, q)
                if m:
                    tiers[3].setdefault(key, (first, m.start()))
        found = next((tier for tier in tiers if tier), {}) or self._title_tails(q)
        if len(found) != 1:
            return None
        key, (head, pos) = next(iter(found.items()))
        return RoleCandidate(self.entries[key], "exact", 0.8, q[pos : pos + len(head)], pos)

    def _heads(self) -> list[tuple[str, str, str, str, str]]:
        """(form, key, the form without its title ending, the form without a one-character ending, its
        first word) of every title form; computed once per inventory. The first word is kept for a
        title of two words and a one-character ending (场务 of 场务引导员) when that word is no title or
        unit of its own."""
        if self._form_heads is None:
            heads = []
            for form, key in self._forms.items():
                suffix = next((x for x in self._suffixes if len(x) >= 2 and form.endswith(x)), None)
                one = form[-1:] in self._suffixes
                first = form[:2] if not suffix and one and len(form) >= 5 and _HAN_ONLY.fullmatch(form) else ""
                if first and (first in self._forms or first.endswith(self._unit_endings) or self.entries[key].is_department):
                    first = ""
                heads.append((form, key, form[: -len(suffix)] if suffix else "", form[:-1] if one else "", first))
            self._form_heads = heads
        return self._form_heads

    def _title_tails(self, q: str) -> dict[str, tuple[str, int]]:
        """"编导" of 短视频编导, "投手" of 千川投手: the last word (2–3 characters, no generic title
        ending like 经理) of exactly one post's title, standing as a word of its own in the question."""
        if self._tails is None:
            self._tails = {}
            for form, key in self._forms.items():
                bare = squash(_BRACKETED.sub("", form))
                for size in (3, 2):
                    tail = bare[-size:]
                    # a trade's own ending ("投手" of 千川投手) names the post; a rank ("经理") or the end
                    # of a longer ending ("程师" of 工程师) does not
                    if len(bare) - size < 2 or tail in self._ranks or any(tail == x[-size:] and x != tail for x in self._suffixes):
                        continue
                    if tail in self._suffixes and tail in self._forms:
                        continue  # a post of that very name is described: it is that post
                    if tail in self._unit_suffixes or self.entries[key].is_department:
                        continue  # "归哪个部门": a unit word ends a unit's name, it names no post
                    self._tails.setdefault(tail, []).append(key)
        found: dict[str, tuple[str, int]] = {}
        posts: list[set[str]] = []
        for tail in {q[i : i + n] for n in (2, 3) for i in range(len(q) - n + 1)} & self._tails.keys():
            # the word ends where the question's ask begins ("抄表员工资多少": 工资, not 员工)
            m = next((x for x in re.finditer(_WORD_BEFORE + re.escape(tail), q)
                      if x.end() == len(q) or q[x.end()] in _TAIL_FOLLOW or self._ask_start and self._ask_start.match(q, x.end())), None)
            if m:
                for key in self._tails[tail]:
                    if key not in found or len(tail) > len(found[key][0]):
                        found[key] = (tail, m.start())
                    # "投流优化师（千川投手）" and "千川投手" are one post: a title and its name in brackets
                    title = self.entries[key].title
                    names = {squash(_BRACKETED.sub("", title))} | {squash(x[1:-1]) for x in _BRACKETED.findall(title)}
                    same = [p for p in posts if p & names]
                    posts = [p for p in posts if not p & names] + [names.union(*same)]
        if len(posts) != 1:
            return {}  # several posts end so: the question does not say which
        key = min(found, key=lambda k: (not self.entries[k].has_profile, self._form_order.get(k, 0)))
        return {key: found[key]}

    def switch_target(self, phrase: str) -> RoleEntry | None:
        """The one described post a bare "那X呢" names by a near spelling ("调度圆" of 调度员) or by the
        first words of its title ("文案" of 文案策划); None when no one post is so named."""
        key = squash(phrase)
        if len(key) < 2:
            return None
        # (a title's own ending counts: "调度圆" of 车辆调度员)
        near = {self._forms[f] for f in self._forms if len(f) >= len(key) >= 3
                and (homophone(key, f[-len(key):]) or swapped(key, f[-len(key):]))}  # fmt: skip
        first = {self._forms[f] for f in self._forms if f.startswith(key) and len(f) > len(key)}
        for keys in (near, first):
            described = [self.entries[k] for k in keys if self.entries[k].has_profile]
            if len(described) == 1:
                return described[0]
        return None

    def _misspelt(self, q: str) -> list[RoleCandidate]:
        """Titles (≥ 4 characters) that occur in the question with one character changed."""
        from rapidfuzz import fuzz

        # one changed character leaves at least len - 3 of a form's bigrams in the question: only
        # forms with that many are aligned (10,000 forms at 100x the shipped corpus)
        if self._bigram_forms is None:
            index: dict[str, list[str]] = {}
            for form in self._forms:
                if len(form) >= 4:
                    for bg in {form[i : i + 2] for i in range(len(form) - 1)}:
                        index.setdefault(bg, []).append(form)
            self._bigram_forms = index
        shared: dict[str, int] = {}
        for bg in {q[i : i + 2] for i in range(len(q) - 1)}:
            for form in self._bigram_forms.get(bg, ()):
                shared[form] = shared.get(form, 0) + 1
        out = []
        for form in sorted(shared, key=self._form_order.__getitem__):  # the forms' own order (ties)
            key = self._forms[form]
            if shared[form] < max(1, len(form) - 3) or self.entries[key].is_department:
                continue  # (a unit is no post to misspell: "销售团队" is not 营销团队 mistyped)
            align = fuzz.partial_ratio_alignment(form, q)
            if align is not None and align.score >= 100 * (len(form) - 1) / len(form) - 1e-6:
                start, end = align.dest_start, align.dest_end
                # one character typed as another: the question's word is the window as long as the title
                # that differs from it in one place. The alignment may leave that character out at an end
                # ("行政主" of "行政主观") or take a neighbour in ("下行政主"), and a part of the real title
                # would then stand for the misspelt one (the documents "mention" 行政主)
                n = len(form)
                for s0 in range(max(0, start - n + 1), min(len(q) - n, end - 1) + 1):
                    if sum(a == b for a, b in zip(q[s0 : s0 + n], form)) == n - 1:
                        start, end = s0, s0 + n
                        break
                else:
                    # no window differs in one place: only a character left out ("行政管" of 行政主管)
                    # or two swapped is a misspelling; "面行政管" of "回到前面，行政管理" is none
                    window = q[start:end]
                    if not any(form[:i] + form[i + 1:] == window for i in range(n)) and not swapped(window, form):
                        continue
                out.append(RoleCandidate(self.entries[key], "typo", 0.6 + align.score / 1000, q[start:end], start))
        if not out:
            out = self._misheard(q)
        return sorted(out, key=lambda c: -c.score)[:3]

    def _misheard(self, q: str) -> list[RoleCandidate]:
        """A short described title (two or three characters) typed with one character of the very same
        sound, tone included ("导够" for 导购): the one such post. (Tones are kept: "四级" is no 司机.)
        A longer title is also asked by its last three characters ("调渡员" for 车辆调度员), its very last
        one typed right, when they end no other post."""
        from pypinyin import Style, pinyin

        def sound(ch: str) -> str:
            return pinyin(ch, style=Style.TONE3, heteronym=False)[0][0]

        if self._blanked_forms is None:
            index: dict[str, list[str]] = {}
            for form, key in self._forms.items():
                if not self.entries[key].has_profile or self.entries[key].is_department:
                    continue
                short = form if 2 <= len(form) <= 3 else form[-3:]
                if len(form) > 3 and not all("\u4e00" <= ch <= "\u9fff" for ch in short):
                    continue
                # (a longer title's ending is typed right: "管理原则" is no 仓库管理员 misheard)
                for i in range(len(short) if len(form) <= 3 else len(short) - 1):
                    index.setdefault(short[:i] + "?" + short[i + 1:], []).append(form)
            self._blanked_forms = index
        found: dict[str, RoleCandidate] = {}
        for n in (2, 3):
            for start in range(len(q) - n + 1):
                window = q[start : start + n]
                if window in self._forms or not all("\u4e00" <= ch <= "\u9fff" for ch in window):
                    continue
                for i in range(n):
                    for form in self._blanked_forms.get(window[:i] + "?" + window[i + 1:], ()):
                        if sound(window[i]) == sound(form[len(form) - n + i]):
                            key = self._forms[form]
                            found.setdefault(key, RoleCandidate(self.entries[key], "typo", 0.6, window, start))
        return list(found.values()) if len(found) == 1 else []

    def _without_unit(self, title: str) -> str:
        """The title without a unit in front of it ("医务室主任" -> 主任)."""
        for unit in self._unit_suffixes:
            pos = title.find(unit)
            if 0 < pos and len(title) - pos - len(unit) >= 2:
                return title[pos + len(unit):]
        return title

    def _widened(self, phrase: str, form: str) -> bool:
        """A generic title ("安全员", one of the lexicon's endings) asked where a post of its field
        has a longer name: its head first, its ending last ("安全环保专员")."""
        return (len(phrase) >= 3 and phrase in self._suffixes and len(form) > len(phrase)
                and form.startswith(phrase[:-1]) and form.endswith(phrase[-1]))

    def _shares_head(self, a: str, b: str) -> bool:
        """Two titles share their head noun: a common core of ≥ 2 characters ("普通厨师" ~ "厨师长").

        Sharing only a generic title ending ("经理", "专员": bigrams of the lexicon's suffixes)
        does not make two posts relatives.
        """
        heads = self._without_unit(a), self._without_unit(b)
        if heads != (a, b) and not set(heads[0]) & set(heads[1]):
            return False  # "医务室主任" ~ "医务室护士": one unit, two different posts
        # the core must reach the end of one title, where its head noun stands ("厨师" ends 普通厨师):
        # a shared qualifier in front ("直播" of 直播间美工 / 直播运营专员) makes no relatives
        # ("厨师" before a one-character ending, 厨师长; or the same ending after it: "客户关系经理" ~
        # "客户经理", one kind of post with a qualifier more)
        ones = self._one_char_suffixes
        same_end = any(a.endswith(x) and b.endswith(x) for x in self._suffixes if len(x) >= 2)

        def at_end(s: str) -> bool:
            return same_end or any(t.endswith(s) or t.endswith(ones) and t[:-1].endswith(s) for t in (a, b))

        shared3 = {a[i : i + 3] for i in range(len(a) - 2)} & {b[i : i + 3] for i in range(len(b) - 2)}
        if any(s not in self._suffixes and at_end(s) for s in shared3):
            return True
        shared2 = {a[i : i + 2] for i in range(len(a) - 1)} & {b[i : i + 2] for i in range(len(b) - 1)}
        return any(s not in self._suffix_bigrams and at_end(s) for s in shared2)

    def _ends_as_post(self, text: str) -> bool:
        return text.endswith(tuple(self._suffixes))

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
            # (a post's title is no misspelling of a unit's: "养生会所普通按摩技师" ~ "养生会所按摩技师部门")
            post_kind = not (self._ends_as_post(phrase) and form.endswith(self._unit_endings) and not self._ends_as_post(form))
            if (ratio >= TYPO_RATIO or homophone(phrase, form) or swapped(phrase, form)) and same_len and len(phrase) >= 3 and post_kind:
                cand = RoleCandidate(entry, "typo", 0.6 + ratio / 1000, phrase)
            elif self._shares_head(phrase, form) or self._widened(phrase, form):
                cand = RoleCandidate(entry, "related", 0.3 + ratio / 1000, phrase)
            elif floor < RELATED_RATIO:
                cand = RoleCandidate(entry, "related", ratio / 1000, phrase)
            else:
                continue
            if entry.key not in out or cand.score > out[entry.key].score:
                out[entry.key] = cand
        # "健身教练" when the inventory has "教练": the phrase ends with a title
        tails = [phrase[i:] for i in range(1, len(phrase) - MIN_TITLE + 1) if phrase[i:] in self._forms]
        for form in sorted(tails, key=self._form_order.__getitem__):
            key = self._forms[form]
            out[key] = RoleCandidate(self.entries[key], "narrower", 0.7, phrase)
        # "养生会所店长" when the inventory has "连锁养生会所店长": the title holds the whole phrase
        # (one such title: the same post; several: relatives to choose from)
        # (not an old version's title kept from a superseded part, "保管员（2022年版）" beside 仓储保管员)
        holders = {self._forms[f] for f in self._forms_holding(phrase) if f != phrase
                   and not _VERSIONED_TITLE.search(self.entries[self._forms[f]].title)} if len(phrase) >= 3 else set()
        for key in holders:
            entry = self.entries[key]
            match, score = ("exact", 0.9) if len(holders) == 1 else ("related", 0.5)
            if key not in out or out[key].score < score:
                out[key] = RoleCandidate(entry, match, score, phrase)
        # "续期专员" for 续期服务专员, "人资专员" for 人力资源专员: the title shortened, its first
        # character and ending kept (one such title: the same post)
        # "特种车司机" for 特种车辆驾驶员: the same, with the title's ending in another wording
        if not holders and len(phrase) >= 3:
            for variant in [phrase, *self._tail_variants(phrase)]:
                short = {self._forms[variant]} if variant in self._forms else self._abbreviated(variant)
                if len(short) > 1:
                    # "人资专员" of 人力资源专员 and of 人力资源招聘专员: the title it shortens least
                    size = {k: min(len(f) for f in self.entries[k].forms | {k}) for k in short}
                    least = min(size.values())
                    short = {k for k, n in size.items() if n == least}
                if len(short) == 1:
                    key = short.pop()
                    if key not in out or out[key].score < 0.85:
                        out[key] = RoleCandidate(self.entries[key], "exact", 0.85, phrase)
                    break
        if len(phrase) == 3 and not any(c.match in ("exact", "typo") for c in out.values()):
            # "调渡员" for 车辆调度员: a shortened title typed with a character of the same sound
            for cand in self._misheard(phrase):
                if cand.asked == phrase:
                    out[cand.entry.key] = cand
        return sorted(out.values(), key=lambda c: -c.score)

    def _abbreviated(self, phrase: str, deep: bool = True) -> set[str]:
        """Entries whose forms ``phrase`` shortens ("要客专员" of 要客服务专员, see ``_abbreviates``)."""
        if len(phrase) < 3:
            return set()
        if self._first_forms is None:
            index: dict[str, list[str]] = {}
            for form in self._forms:
                index.setdefault(form[:1], []).append(form)
            self._first_forms = index
        found = {self._forms[f] for f in self._first_forms.get(phrase[:1], ()) if _abbreviates(phrase, f)}
        # else "食安员" of 食品安全管理员: the qualifier shortened, then only the last character of a
        # title word of three or more (管理员 -> 员)
        words = tuple(x for x in self._suffixes if len(x) >= 3 and x[-1] == phrase[-1]) if not found else ()
        if words:
            found = {self._forms[f] for f in self._first_forms.get(phrase[:1], ()) if f.endswith(words) and _abbreviates_word(phrase, f, words)}
        if not found and deep and len(phrase) >= 4:
            # "按摩部经理" of 养生会所按摩技师部门经理: the title's qualifier in front left out too
            found = {self._forms[f] for f in self._forms
                     if any(_abbreviates(phrase, f[i:]) for i in range(1, len(f) - len(phrase)) if f[i] == phrase[0])}  # fmt: skip
        return found

    def _switched_stem(self) -> re.Pattern[str]:
        if self._switch_pattern is None:
            words = sorted((squash(w) for w in self.lexicon.intents.followup.switch if len(w) >= 2), key=len, reverse=True)
            self._switch_pattern = re.compile(rf"^(?:{'|'.join(map(re.escape, words))})(?P<stem>[\u4e00-\u9fff]{{2,6}}?)(?:呢|吧|的|,|，|$)")
        return self._switch_pattern

    def _word_initials(self) -> dict[str, set[str]]:
        """"私教" -> {私人教练}, "主策" -> {主策划}, "网工" -> {网络工程师}: the first characters of a
        title's two words."""
        if self._initials is None:
            index: dict[str, set[str]] = {}
            own: dict[str, set[str]] = {}  # prefix abbreviations -> the titles they begin
            for form, key in self._forms.items():
                if not all("\u4e00" <= ch <= "\u9fff" for ch in form):
                    continue
                if len(form) == 4:
                    index.setdefault(form[0] + form[2], set()).add(key)
                elif len(form) == 5 and form[2:] in self._suffixes:
                    # "网工" of 网络工程师: a two-character word, then a three-character title word
                    index.setdefault(form[0] + form[2], set()).add(key)
                elif len(form) == 3 and form[1:] in self._suffixes:
                    # "主策" of 主策划: one character before a two-character title word
                    index.setdefault(form[:2], set()).add(key)
                    own.setdefault(form[:2], set()).add(key)
            # a short form that is itself a word of some title ("客户" of 客户经理) is no abbreviation
            # (the titles it begins hold it, of course), unless that title is the head of what it
            # abbreviates: "私教主管" is the 私人教练's head, "私教" still the 私人教练
            heads = tuple(fold(h) for h in self.lexicon.roles.head_titles)
            self._initials = {k: v for k, v in index.items()
                              if not any(k in f and not (key not in v and f.startswith(k) and f[len(k):] in heads)
                                         for f, key in self._forms.items() if key not in own.get(k, ()))}
        return self._initials

    def _tail_variants(self, phrase: str) -> list[str]:
        """The phrase with its ending in the other wordings of the lexicon ("…司机" -> "…驾驶员")."""
        return list(dict.fromkeys(phrase[: -len(a)] + b for a, b in self._tail_pairs
                                  if len(phrase) > len(a) + 1 and phrase.endswith(a)))  # fmt: skip


def _covered(words: str, texts: set[str]) -> bool:
    """Whether ``words`` is a run of pieces of two characters or more, each found in one of ``texts``."""
    if len(words) < 2:
        return False
    ends = {0}  # positions of ``words`` reached by pieces found so far
    for start in range(len(words)):
        if start in ends:
            for end in range(start + 2, len(words) + 1):
                if any(words[start:end] in t for t in texts):
                    ends.add(end)
    return len(words) in ends


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] begins or ends inside a longer Latin word ("uh" in "uht", "hr" in "hrbp")."""
    return (_latin(text[start]) and start > 0 and _latin(text[start - 1])
            or _latin(text[end - 1]) and end < len(text) and _latin(text[end]))


def _abbreviates_word(short: str, title: str, suffixes: Sequence[str]) -> bool:
    """"食安员" of 食品安全管理员: the title's qualifier by some of its characters in order (at most half
    left out, the first kept) and its title word of three characters or more by the last."""
    head = short[:-1]
    for sfx in suffixes:
        if len(sfx) >= 3 and sfx[-1] == short[-1] and title.endswith(sfx) and len(title) > len(sfx):
            qual = title[: -len(sfx)]
            if not (len(head) <= len(qual) <= 2 * len(head)) or qual[0] != head[0]:
                continue
            if _in_order(head, qual):
                return True
    return False


def _in_order(short: str, text: str) -> bool:
    """Whether the characters of ``short`` stand in ``text`` in that order."""
    pos = 0
    for ch in short:
        pos = text.find(ch, pos) + 1
        if not pos:
            return False
    return True


def _shortens(short: str, head: str) -> bool:
    """"网优" of 网络优化: the same first character, the rest in order, at most half of ``head`` left out."""
    return len(short) < len(head) <= 2 * len(short) and short[0] == head[0] and _in_order(short, head)


def _abbreviates(short: str, title: str) -> bool:
    """Whether ``short`` is ``title`` with characters left out: same first character, same
    ending, the rest in order, and at most half the title dropped."""
    if not (len(short) < len(title) <= 2 * len(short)) or short[0] != title[0] or short[-1] != title[-1]:
        return False
    # the same two-character ending, or the first character of the title's last word before it
    # ("瓦检员" of 瓦斯检查员)
    if short[-2:] != title[-2:] and short[-2] not in title[-3:-1]:
        return False
    return _in_order(short, title)


def build_inventory(lexicon: Lexicon, profiles: Iterable[JobProfile], mentions: Iterable[tuple[str, str, str | None]],
                    kpi_owners: Iterable[tuple[str, str, bool]]) -> RoleInventory:  # fmt: skip
    inventory = RoleInventory(lexicon)
    for profile in profiles:
        inventory.add_profile(profile)
    for title, file, kind in mentions:
        inventory.add_mention(title, file, kind)
    for name, file, department in kpi_owners:
        inventory.add_kpi_owner(name, file, department)
    inventory.share_spellings()
    inventory.link_short_owners()
    return inventory
