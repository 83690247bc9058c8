"""Understand a question: intent, attribute, the role it is about, and how it follows the last turn.

Intent comes from the lexicon's cue words; a question without cues is classified by its
nearest example questions (embedding similarity, when an embedder is available). The role is
resolved against the knowledge base's own inventory (``knowledge/roles.py``); the words of the
lexicon only help to find role phrases, they never decide that a role is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cached_property, reduce

import numpy as np
from pydantic import BaseModel, Field

from assistant.knowledge.roles import Resolution
from assistant.knowledge.snapshot import KnowledgeSnapshot, bare_title
from assistant.lexicon import Lexicon
from assistant.models import BscDimension, Intent, JobProfile
from assistant.text import bigrams, cn_number, content_text, coverage, fold, longest_first, normalize_label, squash, strip_marker

EmbedFn = Callable[[Sequence[str]], np.ndarray]  # texts -> (n, dim) L2-normalised query vectors

# "…的考核指标怎么设计 / 该怎么定": asked about a named post, that is a request for a design
# "…是怎么定的": how the documents set it (a question of fact), not a request for a design
_DESIGN_FOR = re.compile(r"(?<!是)(怎么|如何|怎样|该怎么|应该怎么)(设计|制定|定|搭建)(?!的)")
# Question words of a how/what question, and the words of a request for a document (grammar).
_HOW = re.compile(r"怎么|如何|怎样|哪些|哪几|什么|是否|为什么|吗[?？]?$|步骤|流程|原则")
_ASKING = re.compile(r"^(请(?!问)|麻烦)|帮我|帮忙|给我|替我|为我|[给帮][^,，。?？]{1,12}(设计|制定|写|起草|定|出|列|做)|能不能|可以.{0,4}(写|设计|起草)")
_DEFINITION = re.compile(r"^(请问)?(什么是|何为|何谓)|(是什么意思|什么意思|的含义|的定义|指什么)[?？]?$")
_HOW_TO_BUILD = re.compile(r"(?:怎么|如何|怎样)(?:来)?(?:建立|构建|搭建|建设)|(?:建立|构建|搭建)(?:的)?(?:方法|步骤|流程|思路)")
EXAMPLE_MIN_SIM = 0.90  # e5 cosine below which the nearest example says nothing
EXAMPLE_MARGIN = 0.02  # the best intent must beat the next intent's best example by this much
SHORT_FOLLOWUP = 14
# Attributes that are parts of the requirements list (several of them ask for the whole list).
QUALIFICATION_ATTRIBUTES = {"education", "major", "experience", "certificate", "skills", "personal", "age", "gender", "other_requirements"}  # characters: a message this short without a role continues the last topic


# After a one-character drafting verb, what makes it a verb: a count or measure word ("出5个",
# "写个", "列一下"), or the end of the text; "出纳" and "做法" are words of their own.
_AFTER_VERB = re.compile(r"[\d一二两三四五六七八九十几个份套版下些张条项]|$")
_GIVE_SOME = re.compile(r"(?:能|可以|请|麻烦|帮忙)给(?:我|出)?\s*(?:几|一些|些|一点|点)\s*[个项条]?")  # "能给几项指标吗"
_BEFORE_VERB = re.compile(r"(帮我|给我|替我|为我|帮忙|帮|请|麻烦|我来|我要|我想)$")


_REQUEST_WORDS = re.compile(r"帮我|给我|替我|为我|帮忙|麻烦|^请|[\d一二两三四五六七八九十几]+\s*[个份套版条项]|一下")


def _verb_hits(q: str, verbs: Sequence[str]) -> list[tuple[int, int]]:
    """Where drafting verbs occur as verbs: one-character ones only before a count or measure word
    or right after an asking word ("帮我做出纳的JD")."""
    hits: list[tuple[int, int]] = []
    for verb in verbs:
        pos = q.find(verb)
        while pos >= 0:
            end = pos + len(verb)
            if len(verb) >= 2 or _AFTER_VERB.match(q, end) or _BEFORE_VERB.search(q, 0, pos):
                hits.append((pos, end))
            pos = q.find(verb, pos + 1)
    return hits


class Understanding(BaseModel):
    question: str
    intent: Intent
    intent_source: str = Field(default="default", description="cue | example | followup | default")
    attribute: str | None = Field(default=None, description="fields.toml key the question asks about")
    attributes: list[str] = Field(default_factory=list, description="every attribute the question names")
    role: str | None = Field(default=None, description="inventory title the answer is about")
    asked_role: str | None = Field(default=None, description="the role phrase as the user wrote it")
    role_status: str = "none"  # known | narrower | typo | related | mentioned | unknown | none
    role_match: str | None = None
    role_score: float = 0.0
    role_candidates: list[str] = Field(default_factory=list)
    compare_with: str | None = Field(default=None, description="the other post of a comparison (和X比有什么不同)")
    compare_on: str | None = Field(default=None, description="the requirement a comparison is about (谁的学历要求更高)")
    also: list[str] = Field(default_factory=list, description="what other clauses ask of the post: duty | qualification | attribute:<key>")
    suggestions: list[str] = Field(default_factory=list)
    followup: str | None = Field(default=None, description="ellipsis | reference | switch | expand | expand_list | first_items | more | compare")
    expand_item: int | None = None
    expand_last: bool = Field(default=False, description="the item is the last turn's one indicator, not an item of the last list")
    dimension: BscDimension | None = None
    smalltalk: bool = False
    count: int | None = Field(default=None, description="a number of items asked for ('设计5个KPI')")
    org_words: list[str] = Field(default_factory=list, description="organisation/industry words of the question")
    terms: list[str] = Field(default_factory=list, description="terms the question puts in quotes (names of things)")
    describes_post: bool = Field(default=False, description="points at one post it describes (\"管派车调度那个岗\")")
    rewritten: str | None = Field(default=None, description="the previous question with this turn's term in place (那X呢 after a general question)")
    mention: str | None = Field(default=None, description="how the documents name a post they mention without a profile")
    profile_hint: str | None = Field(default=None, description="profile the conversation was just showing (same post)")
    part_hint: str | None = Field(default=None, description="the part of a list the last answer showed, pointed at (\"这部分占多少时间\")")

    @property
    def has_role(self) -> bool:
        return self.role is not None and self.role_status in ("known", "narrower", "typo", "related")

    @property
    def names_role(self) -> bool:
        """The question is about a particular post (resolved, mentioned or unknown)."""
        return self.role_status != "none"


class PreviousTurn(BaseModel):
    """What a follow-up may refer to (kept by the conversation)."""

    question: str
    intent: Intent
    attribute: str | None = None
    attributes: list[str] = Field(default_factory=list, description="every fact asked (\"归谁管，属于哪个部门\")")
    role: str | None = None
    asked_role: str | None = None
    role_status: str = "none"
    off_topic: bool = Field(default=False, description="refused, naming no post (\"审计师证书考试难不难\")")
    items: int = 0
    item_texts: list[str] = Field(default_factory=list, description="the items shown, in order (to expand one by name)")
    profile_id: str | None = None
    expanded: bool = Field(default=False, description="the turn expanded an item of an earlier list")
    kpi_row: bool = Field(default=False, description="the turn's one item is an indicator row (its fields can be asked)")
    kpi_focus: bool = Field(default=False, description="the turn asked a field of the one indicator shown before it")
    focus_item: int = Field(default=0, description="the one item the answer singled out (权重最高的是：X), 1-based")
    part: str | None = Field(default=None, description="the heading of the one part of a list the answer showed")


_THIS_JOB = re.compile(r"(?<=[这那])个?活儿(?![是都有要干做的啥])")  # ("这个活动" is no 活儿)
_AMOUNT_OF = re.compile(r"(?:以内|以上|以下|左右)?的[\u4e00-\u9fff]{2}")


_WHICH = re.compile(r"哪些|哪几|有啥|有什么|都有什么")
_DRAFTING = re.compile(r"设计|制定|拟定|草拟|起草|编制|搭建|建立")  # verbs that ask for a draft whatever else is said
_INTERROGATIVE = re.compile(r"谁|哪|多少|几|什么|啥|吗|怎")


class IntentClassifier:
    """Cue words first; nearest example questions when no cue matches."""

    def __init__(self, lexicon: Lexicon, embed: EmbedFn | None = None) -> None:
        self.lexicon = lexicon
        self.embed = embed
        intents = lexicon.intents.intents
        self.cues = {name: sorted({fold(c) for c in entry.cues}, key=len, reverse=True) for name, entry in intents.items()}
        self.verbs = {name: [fold(v) for v in entry.verbs] for name, entry in intents.items()}
        self._examples: list[tuple[str, str]] = [(name, ex) for name, entry in intents.items() for ex in entry.examples]
        self._example_vecs: np.ndarray | None = None
        self.smalltalk = [re.compile(p, re.IGNORECASE) for p in lexicon.intents.smalltalk.patterns]
        # Questions name an attribute with the words of a field's ``asks`` list (labels like
        # "岗位" or "编号" are for documents, not for questions).
        fields = lexicon.fields.fields
        # a field's label as a whole question ("所属部门?", "工作地点"): asks that field, when the
        # field is one a question can ask (it has ask words)
        self.label_keys = {normalize_label(label): key for key, spec in fields.items() if spec.asks
                           for label in spec.labels if len(normalize_label(label)) >= 2}  # fmt: skip
        self.ask_patterns = [(key, re.compile(spec.ask_pattern)) for key, spec in fields.items() if spec.ask_pattern]
        labels = "|".join(re.escape(w) for w in sorted((w for w in self.label_keys if len(w) >= 2), key=len, reverse=True))
        tails = "|".join(re.escape(normalize_label(w)) for w in sorted(lexicon.fields.written_asks, key=len, reverse=True))
        self.written_label = re.compile(rf"(?P<label>{labels})(?:一栏|这栏|那栏|那里|这里|处)?(?:{tails})") if labels and tails else None
        # "管派车调度那个岗", "专门算工资的那个专员": a demonstrative, then a title ending
        endings = "|".join(re.escape(w) for w in sorted(lexicon.roles.suffixes, key=len, reverse=True))
        self.described_post = re.compile(rf"{_DEMONSTRATIVE}(?:{endings})") if endings else None
        # "回到专利那个岗位": a switch word, a word of an earlier post's title, "那个岗位"
        f = lexicon.intents.followup
        leads = "|".join(re.escape(w) for w in sorted({*f.switch, *f.back}, key=len, reverse=True) if len(w) >= 2)
        self.pointed_back = re.compile(
            rf"(?:{leads})(?P<frag>[\u4e00-\u9fffA-Za-z]{{1,8}}?)(?:的)?(?:那个|那|这个)(?:岗位|职位|岗)") if leads else None
        # (an ask written with 什么 is typed with 啥 too: "上什么班" / "上啥班")
        asks = dict.fromkeys((normalize_label(v), key) for key, spec in fields.items() for w in spec.asks
                             for v in (w, w.replace("什么", "啥")) if len(normalize_label(v)) >= 1)
        self.attribute_words: list[tuple[str, str]] = sorted(asks, key=lambda kv: -len(kv[0]))
        self.asks_alone = {(normalize_label(w), key) for key, spec in fields.items() for w in spec.asks_alone}
        self.not_after = {key: tuple(normalize_label(w) for w in spec.not_after) for key, spec in fields.items() if spec.not_after}
        self.whether = tuple(normalize_label(w) for w in lexicon.intents.whether)
        # the cues' short Latin words by their letters ("ikp" -> {"kpi"}): a word typed with two swapped
        # is found by its letters
        self.latin_cues: dict[str, set[str]] = {}
        for word in {c for words in self.cues.values() for c in words if c.isascii() and c.isalpha() and 3 <= len(c) <= 6}:
            self.latin_cues.setdefault("".join(sorted(word)), set()).add(word)

    def is_smalltalk(self, question: str) -> bool:
        q = fold(question).strip()
        return any(p.search(q) for p in self.smalltalk)

    def whole_list(self, q: str) -> bool:
        """"要什么学历和条件": a requirement and the requirements besides it: the whole list."""
        entry = self.lexicon.intents.intents.get("qualification")
        words = "|".join(re.escape(fold(w)) for w in (entry.whole if entry else []))
        return bool(words) and bool(re.search(rf"(?:和|及|以及|跟|还有|、)(?:其他|其它|别的|哪些|什么)?(?:{words})", q))

    def _has(self, intent: str, q: str) -> bool:
        return any(c in q for c in self.cues.get(intent, ()))

    def _kpi_word_names_part(self, q: str) -> bool:
        """A KPI word naming a part of the post's work ("转正考核那块"), what is done there asked after it."""
        pointers = [fold(w) for w in self.lexicon.intents.followup.pointers if len(w) >= 2]
        for cue in self.cues.get("kpi", ()):
            for m in re.finditer(re.escape(cue), q):
                rest = q[m.end():]
                if any(rest.startswith(p) for p in pointers) and any(c in rest for c in self.cues.get("duty", ())):
                    return True
        return False

    def _has_own(self, intent: str, q: str) -> bool:
        """A cue of ``intent`` that is not part of a longer duty or requirement cue there: "算加分"
        (a candidate's plus, a requirement) holds the scoring cue "加分" but is no KPI question."""
        longer = [(m.start(), m.end()) for name in ("duty", "qualification") if name != intent
                  for c in self.cues.get(name, ()) for m in re.finditer(re.escape(c), q)]
        return any(not any(a <= m.start() and m.end() <= b and b - a > len(c) for a, b in longer)
                   for c in self.cues.get(intent, ()) for m in re.finditer(re.escape(c), q))

    def _request(self, intent: str, q: str) -> bool:
        """A drafting request: a verb shortly before a cue ("帮我起草一份…岗位说明书"), or a request
        anywhere with the verb after the cue ("…该用哪些指标考核? 帮我设计一下")."""
        hits = _verb_hits(q, self.verbs.get(intent, ()))
        if _ASKING.search(q) and any(end - start >= 2 for start, end in hits):
            return True
        # "…考核表帮我做一下": an asking word right before a verb, after the cue
        if any(m.end() <= start < m.end() + 3 for m in _ASKING.finditer(q) for start, _ in hits):
            return True
        for cue in self.cues.get(intent, ()):
            pos = q.find(cue)
            if pos >= 0 and any(pos - 20 <= start and end <= pos for start, end in hits):
                return True
            # "把这个岗位的JD写出来": the 把 construction puts the document before its verb
            after = pos + len(cue)
            if pos >= 0 and "把" in q[max(0, pos - 20):pos] and any(after <= start <= after + 2 for start, _ in hits):
                return True
            # "招生顾问JD起草一下": the document, then a drafting verb of two characters or "…一下"
            if pos >= 0 and any(after <= start <= after + 1 and (end - start >= 2 or q[end:end + 2] in ("一下", "一份", "一版"))
                                for start, end in hits):  # fmt: skip
                return True
        return False

    def _document_request(self, q: str) -> bool:
        """A drafting verb with a measure word of a document: "出一套", "拟一份", "整理一份"."""
        verbs = {v for name in ("jd_draft", "kpi_design") for v in self.verbs.get(name, ())}
        words = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
        if words and re.search(rf"(?:{words})\s*[一1]?\s*(?:份|套|版|个\s*(?:方案|草稿|初稿))", q):
            return True
        # "写个…", "写一下…岗位职责和任职要求": a writing verb needs no measure word of a document
        writing = "|".join(re.escape(v) for v in sorted(self.verbs.get("jd_draft", ()), key=len, reverse=True))
        return bool(writing) and bool(re.search(rf"(?:帮我|给我|替我|帮忙|请|麻烦)\s*(?:{writing})\s*(?:个|一下|下)", q))

    @cached_property
    def words(self) -> frozenset[str]:
        """Every cue, attribute and follow-up word (folded): words that never name a site."""
        found = {c for cues in self.cues.values() for c in cues} | {w for w, _ in self.attribute_words}
        found |= {fold(w) for w in self.lexicon.intents.followup.starts + self.lexicon.intents.followup.references}
        return frozenset(squash(w) for w in found if w)

    def residual(self, question: str) -> str:
        """What a question says beyond question words, intent cues and attribute words.

        "那任职要求呢?" leaves nothing: it can only be about the last topic. "什么是平衡计分卡"
        leaves "平衡计分卡": a topic of its own.
        """
        words = [c for cues in self.cues.values() for c in cues] + [w for w, _ in self.attribute_words]
        words += [fold(w) for w in self.lexicon.intents.followup.starts + self.lexicon.intents.followup.references]
        # "那内部营运类呢?": a scorecard dimension narrows the last topic, it is not a new one
        words += [fold(w) for d in self.lexicon.bsc.dimensions.values() for w in d.labels]
        ordered = [w for w in sorted(set(words), key=longest_first) if len(w) >= 2]
        # cue words before and after the stop words go: "往哪发展" holds the stop word 哪
        text = fold(question)
        for word in ordered:
            text = text.replace(word, " ")
        text = content_text(text)
        for word in ordered:
            text = text.replace(word, " ")
        # "帮我设计5个", "写一份": the request itself (asking words, drafting verbs, a count) is no topic
        verbs = [v for name in ("jd_draft", "kpi_design") for v in self.verbs.get(name, ())]
        for start, end in sorted(_verb_hits(text, verbs), reverse=True):
            text = text[:start] + " " * (end - start) + text[end:]
        text = _REQUEST_WORDS.sub(" ", text)
        return re.sub(r"[\W_]+", "", text)

    def attributes(self, question: str) -> list[str]:
        """Attributes a question names, longest word first, without overlaps."""
        q = normalize_label(question)
        if any(w in q for w in self.whether):
            return []  # "年终奖他管不管": whether the post does a thing, no fact of it asked
        terse = re.sub(r"(?:呢|吗|是啥|是什么|是哪个|是哪|多少)?[?？。!！\s]*$", "", q)
        if terse in self.label_keys:
            return [self.label_keys[terse]]  # "所属部门?": the label alone asks its field
        found: dict[str, int] = {}
        alone: set[str] = set()  # facts asked only by a word naming who asks ("应届")
        for word, key in self.attribute_words:
            if len(word) == 1 and len(q) > 12:
                continue  # a one-character ask ("证") only counts in short questions
            pos = q.find(word)
            if pos >= 0 and ("多少" in word or "多大" in word) and _AMOUNT_OF.match(q, pos + len(word)):
                continue  # "能拍板多少钱以内的理赔", "带过多大的团队": the size of something else, no pay nor age
            if pos > 0 and key in self.not_after and q[:pos].endswith(self.not_after[key]):
                continue  # "要配合哪个部门": the unit the post works with, no unit it belongs to
            if pos >= 0 and key == "age" and any(w in q and q.find(w) <= pos < q.find(w) + len(w)
                                                 for w in self.lexicon.kpi.asked_fields.get("weight", []) if len(w) > len(word)):
                continue  # "客户类一共占多大比重": an indicator's weight (kpi.toml), no age
            if pos >= 0:
                q = q[:pos] + " " * len(word) + q[pos + len(word) :]
                if key not in found and (word, key) in self.asks_alone:
                    alone.add(key)
                elif (word, key) not in self.asks_alone:
                    alone.discard(key)
                found[key] = min(found.get(key, pos), pos)
        if len(alone) < len(found):
            # (in its own clause it asks on its own: "要什么学历，没经验的能不能做")
            cuts = [m.start() for m in re.finditer(r"[，,；;。？?！!]", q)]
            def clause(pos: int) -> int:
                return sum(1 for c in cuts if c < pos)
            shared = {key for key in alone if any(clause(found[key]) == clause(p) for k, p in found.items() if k not in alone)}
            found = {key: pos for key, pos in found.items() if key not in shared}
        if not found and self.written_label is not None and (m := self.written_label.search(q)) is not None:
            found[self.label_keys[m["label"]]] = m.start()  # "直接主管写的谁": what the form's label holds
        if not found:
            for key, pattern in self.ask_patterns:
                m = pattern.search(q)
                if m:
                    found[key] = m.start()
        return sorted(found, key=lambda key: found[key])  # in the order the question asks them

    def _attribute_covers(self, intent: str, question: str) -> bool:
        """Every cue of ``intent`` in the question overlaps an attribute's ask word there:
        "管哪些人" asks for subordinates, though it holds the duty cue "管哪些" (so does "下面管哪些")."""
        q, label = fold(question), normalize_label(question)
        asked = [w for w, _ in self.attribute_words if len(w) >= 2 and w in label]
        found = [c for c in self.cues.get(intent, ()) if c in q]
        if not found or not asked:
            return bool(found) and all(any(c in w for w in asked) for c in found)
        spans = [(m.start(), m.end()) for w in asked for m in re.finditer(re.escape(w), q)]
        if not spans:  # the label form differs from the folded question: containment only
            return all(any(c in w for w in asked) for c in found)
        return all(any(a < m.end() and m.start() < b for a, b in spans) for c in found for m in re.finditer(re.escape(c), q))

    def attribute(self, question: str) -> str | None:
        """The one attribute a question asks about; None for none or several ("专业和证书")."""
        found = self.attributes(question)
        return found[0] if len(found) == 1 else None

    def rest_of_requirements(self, question: str) -> bool:
        """"有年龄限制不？还要啥条件": one requirement, then the rest of them in a clause of its own:
        the requirements list is asked (it holds the one named first)."""
        asked = self.attributes(question)
        if not asked or not all(a in QUALIFICATION_ATTRIBUTES for a in asked):
            return False
        if (m := _EXCEPT.search(question)) and (self._has("qualification", fold(question)) or _OTHERS.search(question, m.end() - 2)):
            return True  # "除了经验还有别的要求没", "除了证还卡别的啥吗": the others, i.e. the list
        clauses = [c for c in re.split(r"[？?，,；;。！!\s]", question.strip()) if c.strip()]
        return len(clauses) >= 2 and any(self._has("qualification", fold(c)) and not self.attributes(c) for c in clauses)

    def classify(self, question: str) -> tuple[Intent | None, str]:
        """(intent, source); (None, "") when nothing in the question tells."""
        q = fold(question).replace("咋", "怎么")  # "咋算" is "怎么算": the cues are written one way
        q = _THIS_JOB.sub("岗位", q)  # "调度员这活儿学历卡不卡": "这活儿" is the post, no duty asked
        # A drafting request asks for a document ("帮我写…", "给店长设计…"); "设计KPI有哪些步骤?"
        # asks how it is done (a question word without a request word) and is a method question.
        # "出一套…考核表", "拟一份…岗位职责和任职要求", "…怎么定，给个方案": a verb with a
        # document's measure word asks for the document, whatever question words come before
        document = self._document_request(q)
        how = bool(_HOW.search(q)) and not _ASKING.search(q) and not document and not _GIVE_SOME.search(q)
        if self._has("jd_draft", q) and (self._request("jd_draft", q) or document) and not how:
            return Intent.jd_draft, "cue"  # ("安全监督员的JD草稿来一份": the document, then what is asked of it)
        counted = _count(question, self.lexicon) is not None
        # "审计部考核哪些KPI，帮我列列": which indicators there are, listed; no indicators drafted
        listing = bool(_WHICH.search(q)) and not counted and not _DRAFTING.search(q) and not self._document_request(q)
        # ("给客房主管搞个考核表": any drafting verb of the lexicon after 给/帮 and the post)
        acts = "|".join(re.escape(v) for v in sorted(self.verbs.get("kpi_design", ()), key=longest_first)) or "做"
        if (self._has("kpi_design", q) and not listing and (self._request("kpi_design", q) or document
                                             or counted and re.search(r"设计|制定|拟定", q)) and not how
                and (document or _DRAFTING.search(q) or re.search(rf"给.{{1,12}}(?:{acts})|帮.{{0,8}}(?:{acts})", q)
                     # ("做个药物警戒专员的KPI考核表": the message opens with the verb, a request; "能给几项指标吗": give me some)
                     or re.match(rf"(?:{acts})\s*[一1]?\s*[个份套版]", q) or _GIVE_SOME.search(q)
                     or counted)):  # "列一下…考核指标, 4个就行": a count asked for  # fmt: skip
            return Intent.kpi_design, "cue"
        if document and not how and (self._has("duty", q) or self._has("qualification", q)):
            return Intent.jd_draft, "cue"  # the duties and requirements of a post, drafted: a JD
        if _DEFINITION.search(q):
            return Intent.method, "cue"  # "什么是胜任力": a definition, whatever words the term holds
        if _HOW_TO_BUILD.search(q) and not _ASKING.search(q):
            return Intent.method, "cue"  # "能力素质模型怎么建立": how a thing is built, not a post's requirements
        kpi, qual, duty, method = (self._has(n, q) for n in ("kpi", "qualification", "duty", "method"))
        kpi = kpi and self._has_own("kpi", q)
        if kpi and all(c.startswith("考") for c in self.cues["kpi"] if c in q) and "certificate" in self.attributes(question):
            kpi = False  # "要考哪些从业资格": a certificate's exam, no assessment of the post
        if kpi and duty and self._kpi_word_names_part(q):
            return Intent.duty, "cue"  # "转正考核那块要做什么": the part of the duties the word names
        shares = {fold(w) for w in self.lexicon.scope.share_words}
        if kpi and duty and all(c in shares for c in self.cues["kpi"] if c in q):
            return Intent.duty, "cue"  # "主要职责里占比最大的是哪块": the share of a part of the duties
        if kpi:
            if method and not re.search(r"指标|kpi|权重|维度|打分|评分|怎么计分|如何计分|公式|怎么算|计算", q):
                return Intent.method, "cue"
            return Intent.kpi, "cue"
        # one attribute, or several facts of the profile ("直接上级是谁, 下面管哪些人?"); several
        # requirements ("专业和证书") are the requirements list
        asked = self.attributes(question)
        requirements_only = bool(asked) and all(a in QUALIFICATION_ATTRIBUTES for a in asked)
        several_requirements = requirements_only and len(asked) >= 2
        if self.rest_of_requirements(question) or requirements_only and self.whole_list(q):
            return Intent.qualification, "cue"
        outweighs = any("duty" in (spec.over if (spec := self.lexicon.fields.fields.get(a)) else []) for a in asked) or (
            duty and self._asked_by_fact(q, question, asked))
        if asked and not several_requirements and (not duty or outweighs or self._attribute_covers("duty", question)):
            return Intent.attribute, "cue"
        if qual and duty and self._knows_duties(q):
            return Intent.duty, "cue"  # "要熟悉哪些岗位职责": what is to be known is the duty list
        if qual or several_requirements and not duty:
            return Intent.qualification, "cue"  # ("要什么文凭和专业": two requirements named, no cue word)
        if duty:
            return Intent.duty, "cue"
        if method:
            return Intent.method, "cue"
        if self.embed is not None:
            found = self._nearest(question)
            if found is not None:
                return found, "example"
        return None, ""

    def _asked_by_fact(self, q: str, question: str, asked: list[str]) -> bool:
        """"行政主管日常工作向谁汇报": the question word sits in a fact's ask ("向谁汇报"); the duty cue
        ("日常工作") is a plain noun no question word follows: the fact is asked, not the duties."""
        label = normalize_label(question)
        if not any(_INTERROGATIVE.search(w) for w, key in self.attribute_words if key in asked and len(w) >= 2 and w in label):
            return False
        for cue in self.cues.get("duty", ()):
            for m in re.finditer(re.escape(cue), q):
                if _INTERROGATIVE.search(cue) or _INTERROGATIVE.match(q[m.end():m.end() + 3].lstrip("有是都要")):
                    return False
        return True

    @cached_property
    def _duty_object(self) -> re.Pattern[str] | None:
        """A duty word a few characters on ("哪些岗位职责"): the object of a requirement cue."""
        duty = "|".join(re.escape(c) for c in sorted(self.cues.get("duty", ()), key=longest_first) if len(c) >= 2)
        return re.compile(rf"[^，,。？?；;！!\s]{{0,4}}?(?:{duty})") if duty else None

    def _knows_duties(self, q: str) -> bool:
        """A requirement cue whose object is a duty word: "要熟悉哪些岗位职责", "需要掌握哪些工作内容"."""
        found = self._duty_object
        return found is not None and any(found.match(q, m.end()) for c in self.cues.get("qualification", ()) if len(c) >= 2
                                         for m in re.finditer(re.escape(c), q))

    def _nearest(self, question: str) -> Intent | None:
        if not self._examples or self.embed is None:
            return None
        if self._example_vecs is None:
            self._example_vecs = np.asarray(self.embed([ex for _, ex in self._examples]), dtype=np.float32)
        q = np.asarray(self.embed([question]), dtype=np.float32)[0]
        sims = self._example_vecs @ q
        per_intent: dict[str, float] = {}
        for (name, _), sim in zip(self._examples, sims):
            per_intent[name] = max(per_intent.get(name, -1.0), float(sim))
        ranked = sorted(per_intent.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < EXAMPLE_MIN_SIM:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < EXAMPLE_MARGIN:
            return None
        if self.verbs.get(ranked[0][0]):
            # Drafting intents (those with verbs) start a tool: only an explicit request (verb + cue)
            # does that; a question that merely resembles one ("…要建立哪些档案材料?") is not a request.
            return None
        return Intent(ranked[0][0])


def asks_inventory(question: str, lexicon: Lexicon) -> bool:
    """"现在有哪些岗位在招?": a question about which posts there are (intents.toml ``inventory``)."""
    q = fold(question)
    return any(fold(c) in q for c in lexicon.intents.inventory.cues)


def smart_request(question: str, lexicon: Lexicon) -> str | None:
    """The indicator a message asks to judge ("「提高客户满意度」这个指标合理吗?" -> 提高客户满意度),
    or None when it is not such a request (smart.toml ``asks`` and ``refers``)."""
    smart = lexicon.smart
    q = fold(question)
    if not any(fold(a) in q for a in smart.asks):
        return None
    quoted = quoted_terms(question)
    if quoted:
        return quoted[0]
    for ref in sorted((fold(r) for r in smart.refers), key=len, reverse=True):
        pos = q.find(ref)
        if pos > 0:
            text = _strip_leads(q[:pos].strip(), [fold(w) for w in smart.request_leads])  # folded: positions agree
            text = text.strip(" ,，:：、\"'“”「」")
            return text if len(text) >= 2 else None
    return None


def _strip_leads(text: str, leads: list[str]) -> str:
    """"请帮我看看提高满意度" -> "提高满意度": request words in front, in any order."""
    ordered = sorted(set(leads), key=longest_first)
    while True:
        lead = next((w for w in ordered if w and text.startswith(w)), None)
        if lead is None:
            return text
        text = text[len(lead):]


_QUOTED = re.compile(r"[“\"「『‘'](?P<term>[^”\"」』’']{2,24})[”\"」』’']")


def quoted_terms(question: str) -> list[str]:
    """Terms a question puts in quotes: it asks about them by name ("大客户服务和维护"这项指标)."""
    return [m.group("term").strip() for m in _QUOTED.finditer(question) if m.group("term").strip()]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the terms a text puts in quotes stand (start, end of each term)."""
    return [(m.start("term"), m.end("term")) for m in _QUOTED.finditer(text)]


def expand_number(question: str, lexicon: Lexicon) -> int | None:
    """"第二条展开说说" -> 2."""
    cues = lexicon.intents.followup
    units = "".join(re.escape(u) for u in cues.expand_units) or "条"
    # "头一个指标", "首条": the first
    question = re.sub(rf"(?:头一|首)(?=\s*[{units}])", "第一", question)
    # "排第七的那项", "列第三的这件事": the ordinal may stand apart from its unit
    # ("排第三的是哪条": a few pointing words between)
    m = re.search(rf"(?:第|编号|序号)\s*([一二三四五六七八九十两\d]{{1,3}})\s*(?:[的个是哪那这]\s*){{0,3}}[{units}]", question)
    # "最后一条" / "倒数第二条": counted from the end (negative: -1 is the last item)
    last = re.search(rf"(?:最后|最末|末尾)(?:那|的)?\s*[一1]?\s*[{units}]|(?:倒数|倒过来数|倒着数|从后往前数)\s*第?\s*([一二三四五六七八九十两\d]{{1,2}})\s*(?:的|个)?\s*(?:那|这)?\s*[{units}]", question)
    if not m:  # "三那条是啥意思": the ordinal said without 第, pointed at with 那
        m = re.search(rf"(?<![第前后上下这那几\d一二三四五六七八九十两])([一二三四五六七八九十\d]{{1,2}})\s*那\s*[{units}]", question)
    lettered = None if m or last else re.search(rf"(?<![A-Za-z])([a-hA-H])\s*(?:[)）.、]\s*(?:那|这)?|那|这)\s*一?\s*[{units}]", question)
    if lettered:  # "d)那条展开讲讲", "e)那一条", "d那条": a list lettered a) b) c) …
        rest = question[lettered.end() :]
        if any(w in rest for w in cues.expand) or len(fold(rest).strip(" ?？。!！呢")) <= 2:
            return ord(lettered.group(1).lower()) - ord("a") + 1
        return None
    if not m and not last:
        # "第三大块具体包括啥": a part of a list in parts, numbered as an item would be
        m = _part_ordinal(question, lexicon)
        if not m:
            return None
    if last and (not m or last.start() <= m.start()):  # "倒数第二条" holds "第二条"
        m = last
    rest = question[m.end() :]
    # "第一个的目标值多少": asking a field of a listed indicator expands that row as well
    asks = cues.expand + [w for words in lexicon.kpi.asked_fields.values() for w in words]
    if not any(w in rest or w in question[: m.start()] for w in asks) and len(fold(rest).strip(" ?？。!！呢")) > 2:
        return None
    if m is last:
        back = cn_number(m.group(1)) if m.group(1) else 1
        return -back if back else None
    return cn_number(m.group(1))


def part_number(question: str, lexicon: Lexicon) -> int | None:
    """"第三大块职责具体包括啥", "回到第一块" -> 3, 1: the part of a list in parts asked for."""
    m = _part_ordinal(question, lexicon)
    return cn_number(m.group(1)) if m else None


def _part_ordinal(question: str, lexicon: Lexicon) -> re.Match[str] | None:
    units = "|".join(re.escape(u) for u in sorted(lexicon.intents.followup.part_units, key=len, reverse=True))
    return re.search(rf"第\s*([一二三四五六七八九十两\d]{{1,2}})\s*(?:个\s*)?(?:{units})", question) if units else None


def _without_interjections(q: str, words: list[str]) -> str:
    """"嗯，还有其他的吗" -> "还有其他的吗": the acknowledgements a turn opens with, gone."""
    if not words:
        return q
    pattern = "|".join(re.escape(fold(w)) for w in sorted(words, key=longest_first))
    return re.sub(rf"^(?:(?:{pattern})[，,。.!！~～\s]*)+", "", q)


def _first_items(question: str, lexicon: Lexicon) -> int | None:
    """"前两条职责说的是啥" -> 2: the first items of the last list."""
    units = "".join(re.escape(x) for x in lexicon.intents.followup.expand_units) or "条"
    m = re.search(rf"前\s*([两二三四五六七八九十\d]{{1,2}})\s*[{units}]", question)
    n = cn_number(m.group(1)) if m else None
    return n if n and n >= 2 else None


def _posting_at_org(u: Understanding, snapshot: KnowledgeSnapshot) -> None:
    """"美团那个前端岗" when the bare head resolved to another employer's title (前端开发工程师 at
    Moka): the one title holding the asked words whose posting is at the organisation named."""
    words = [squash(w) for w in u.org_words if len(squash(w)) >= 2]
    def at_org(title: str) -> bool:
        return any(p.organisation and any(w in squash(p.organisation) or squash(p.organisation) in w for w in words)
                   for p in snapshot.profiles_of(title))  # fmt: skip
    if at_org(u.role or ""):
        return
    asked = squash(u.asked_role or "")
    titles = [e.title for e in snapshot.inventory.with_profiles() if asked in e.key and at_org(e.title)]
    if len(titles) == 1:
        u.role = titles[0]


def _unit_named(question: str, posts: list[PreviousTurn], snapshot: KnowledgeSnapshot) -> str:
    """"那这个部门整体的职能有哪些" after 培训部经理: the question about that post's unit, written with
    the unit's name ("培训部整体的职能有哪些"); the latest post discussed whose unit is known (a post only
    mentioned in between has none); unchanged when there is none."""
    refs = [w for w in snapshot.lexicon.roles.unit_references if len(w) >= 3 and w in question]
    if not refs:
        return question
    for turn in posts:
        if not turn.role:
            continue
        unit = next((p.department for p in snapshot.profiles_of(turn.role) if p.department), None)
        unit = unit or _leading_unit(squash(turn.role), snapshot, whole=False)
        if unit:
            return question.replace(max(refs, key=len), unit)
    return question


def _unit_head(u: Understanding, before: PreviousTurn, snapshot: KnowledgeSnapshot) -> None:
    """"部门经理" / "部门负责人" asked right after a unit was discussed: that unit's post, when the
    knowledge base has it ("培训部" + 经理 = 培训部经理)."""
    asked = squash(u.asked_role or "")
    refs = sorted((squash(w) for w in snapshot.lexicon.roles.unit_references), key=len, reverse=True)
    word = next((w for w in refs if w and asked.startswith(w)), None)
    if word is None:
        return
    for unit in (before.asked_role, before.role):
        head = _leading_unit(squash(unit or ""), snapshot, whole=True)  # "培训部经理" names its unit at its start
        entry = snapshot.inventory.get(head + asked[len(word):]) if head else None
        if entry is not None:
            u.role, u.role_status, u.mention = entry.title, "known", None
            return


def _leading_unit(name: str, snapshot: KnowledgeSnapshot, whole: bool) -> str | None:
    """The longest start of ``name`` ending in a unit word ("培训部" of 培训部经理); the whole name
    counts when ``whole``."""
    suffixes = tuple(snapshot.lexicon.roles.department_suffixes)
    return next((name[:cut] for cut in range(len(name) if whole else len(name) - 1, 1, -1) if name[:cut].endswith(suffixes)), None)


TOPIC_TERM_MAX = 10  # characters of the term "那X呢" puts in place of the last question's term


def _topic_switch(question: str, before: str, asked: str | None = None) -> str | None:
    """The question before with its term of the same kind replaced: "那信息科技类呢" after
    "中国银行风险控制类岗位做什么" -> "中国银行信息科技类岗位做什么" (the term's ending, 类, tells
    which words of the question before it replaces); with ``asked`` (a post the question before
    named, no post described), "客户营销类呢" after "银行柜员一般负责什么工作" replaces that post.
    None when nothing there ends alike."""
    term = re.sub(r"^(?:那么|那|还有|换成|换)|(?:的)?呢$", "", squash(fold(question)).rstrip("?？。!！"))
    term = re.sub(r"类(?:岗位|岗|职位)$", "类", _FAMILY_POINTED.sub(r"\1类", term))  # "信息科技那类岗" is 信息科技类
    if not 2 <= len(term) <= TOPIC_TERM_MAX or term in squash(fold(before)):
        return None
    if asked is not None:
        if not term.endswith("类") or asked not in before:
            return None
        # ("柜员类岗位具体干啥": the family's own ending goes with the post it replaces, no "风控类类")
        whole = f"{asked}类" if f"{asked}类" in before else asked
        return before.replace(whole, term, 1)
    for k in (2, 1):
        for m in re.finditer(re.escape(term[-k:]), before):
            start = max(0, m.end() - len(term))
            if re.fullmatch(r"[\u4e00-\u9fff]+", before[start : m.end()]):
                return before[:start] + term + before[m.end():]
    return None


NAMED_ITEM_MIN = 3  # characters of an item's own wording a question must repeat to name it


def indicator_tail(name: str, text: str, endings: tuple[str, ...], whole: bool = True) -> int:
    """The length of the longest ending of an indicator's (squashed) name that ``text`` holds: three
    characters or more, itself ending like an indicator ("返修率" of 本工序返修率); 0 for none. ``whole``:
    the full name counts too."""
    last = len(name) + 1 if whole else len(name)
    return max((n for n in range(3, last) if name[-n:] in text and name[-n:].endswith(endings)), default=0)


def _names_listed_indicator(q: str, listed: PreviousTurn, lexicon: Lexicon) -> bool:
    """Whether the (folded) question names the ending of a listed indicator's name ("返修率" of 本工序返修率)."""
    endings = tuple(fold(w) for w in lexicon.kpi.name_endings)
    return any(indicator_tail(squash(re.split(r"[(（:：]", text, maxsplit=1)[0]), q, endings) for text in listed.item_texts)


def _named_item(question: str, listed: PreviousTurn, classifier: IntentClassifier) -> int | None:
    """"管理职能具体指什么" after a list whose one item holds 管理职能: expand that item (1-based)."""
    cues = classifier.lexicon.intents.followup
    q = fold(question)
    pointed = _pointed_item(q, listed, classifier.lexicon)
    if pointed is not None:
        return pointed
    numbered = _numbered_item(q, listed, cues.expand)
    if numbered is not None:
        return numbered
    # an indicator named after a KPI list is asked about as an indicator (its card, then its fields)
    if not listed.item_texts or listed.intent in (Intent.kpi, Intent.kpi_design) or not any(fold(w) in q for w in cues.expand):
        return None
    for word in sorted(cues.expand, key=len, reverse=True):
        q = q.replace(fold(word), " ")
    runs = [r for r in re.split(r"\s+", content_text(q)) if len(r) >= NAMED_ITEM_MIN]
    if not runs:
        return None
    run = max(runs, key=len)
    if run in {squash(fold(r)) for r in (listed.asked_role, listed.role) if r}:
        return None  # "爆破员干啥的" after 爆破员's list, one item of which names it: the post asked again
    hits = [i for i, text in enumerate(listed.item_texts, start=1) if run in squash(text)]
    return hits[0] if len(hits) == 1 else None


_SECTION_NUMBER = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d{1,2}){1,2})(?![\d.%])")


def _numbered_item(q: str, listed: PreviousTurn, expand: list[str]) -> int | None:
    """"2.1展开讲讲": the one listed item that starts with the document's own section number."""
    m = _SECTION_NUMBER.search(q)
    rest = q[: m.start()] + q[m.end():] if m else ""
    if m is None or not (any(fold(w) in q for w in expand) or len(content_text(rest).strip()) <= 2):
        return None
    hits = [i for i, text in enumerate(listed.item_texts, start=1) if re.match(rf"\s*{re.escape(m.group(1))}(?![\d.])", text)]
    return hits[0] if len(hits) == 1 else None


def _asks_to_expand(q: str, listed: PreviousTurn, lexicon: Lexicon) -> bool:
    """Whether a message asks to explain an item: an expand word, and for a list that is no KPI
    list not one that asks how something is scored ("大客户营销那项怎么评分" asks the scoring
    rule, not what the duty says)."""
    kpi = [fold(c) for c in lexicon.intents.intents["kpi"].cues if len(c) >= 2] if "kpi" in lexicon.intents.intents else []
    kpi += [fold(w) for words in lexicon.kpi.asked_fields.values() for w in words]
    for word in lexicon.intents.followup.expand:
        w = fold(word)
        if w in q and (listed.intent in (Intent.kpi, Intent.kpi_design) or not any(k in w for k in kpi)):
            return True
    return False


_POST_WORDS = ("岗", "职位", "位置", "人")


def _pointed_item(q: str, listed: PreviousTurn, lexicon: Lexicon) -> int | None:
    """"现金那个怎么定义", "刚才头寸那条啥意思": the one listed item holding the words right before
    a pointing word (the longest ending of them that any item holds; 1-based), when the message
    asks to explain it."""
    if not listed.item_texts or not _asks_to_expand(q, listed, lexicon):
        return None
    for word in sorted(lexicon.intents.followup.pointers, key=len, reverse=True):
        pos = q.find(fold(word))
        if pos < 2:
            continue
        if q[pos + len(fold(word)):].startswith(_POST_WORDS):
            return None  # "培训助理那个岗又是干嘛的": a post pointed at, not a listed item
        before = squash(q[:pos])
        for k in range(len(before), 1, -1):
            counts = {i: squash(fold(text)).count(before[-k:]) for i, text in enumerate(listed.item_texts, start=1)}
            hits = [i for i, n in counts.items() if n]
            if hits:
                # "保养那一项" where two items say 保养: the one about it (saying it most often), if one is
                top = max(counts[i] for i in hits)
                most = [i for i in hits if counts[i] == top]
                return most[0] if len(most) == 1 else None
        return None
    return None


def _dimension(question: str, lexicon: Lexicon) -> BscDimension | None:
    q = fold(question)
    names = {d.value: d for d in BscDimension}
    for spec in lexicon.bsc.dimensions.values():
        for label in sorted(spec.labels, key=len, reverse=True):
            if len(label) >= 2 and fold(label) in q and (label != spec.name or re.search(re.escape(fold(label)) + r"(维度|方面|层面|类|指标)", q)):
                return names.get(spec.name)
    return None


def _count(question: str, lexicon: Lexicon) -> int | None:
    """"设计5-7个KPI" -> 5: a number of items asked for. The counted word must be an indicator word
    (a word or two between: "出5个量化指标", "挑5个合适的考核指标") or end the clause ("给我5个"); "设计一个审计部的考核表"
    asks for one table, not one indicator."""
    nouns = "|".join(re.escape(fold(w)) for w in sorted(lexicon.scope.kpi_words, key=len, reverse=True) if len(w) >= 2)
    pattern = (r"(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:[-~到至]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}))?\s*(?:个|项|条)"
               rf"(?=\s*(?:关键|核心|主要|[\u4e00-\u9fff]{{1,2}}的|[\u4e00-\u9fff]{{1,2}}?)?\s*(?P<noun>{nouns})|\s*(?:[,，。.!！?？;；]|$|就行|就好|就够|即可|左右|上下|说|讲|看看|列))")
    m = re.search(pattern, fold(question))
    n = cn_number(m.group(1)) if m else None
    # "考核表帮我设计一个": "一个" at the end names the one thing asked for, no count of indicators
    return None if n == 1 and m is not None and not m.group("noun") else n


_EXCEPT = re.compile(r"除了.{1,10}?(?:以外|之外)?[,，]?\s*(?:还|另外|其他|其它|别的)")
_OTHERS = re.compile(r"别的|其他|其它|另外")


def org_words(question: str, snapshot: KnowledgeSnapshot) -> list[str]:
    """Organisation or industry words of the question that the documents use too ("一德期货", "酒店")."""
    q = squash(question)
    found: list[str] = []
    for name, key in snapshot.organisation_names():  # built once per snapshot, not per question
        if len(key) >= 2 and key in q:
            found.append(name)
    # "美团" for "美团 成都研发中心": the leading word of a name written in parts
    found += [name for name, head in snapshot.organisation_heads() if head in q and name not in found]
    # "临江水务" for "临江水务集团有限公司": the name without its legal-form endings
    places = {fold(w) for w in snapshot.lexicon.roles.place_names}
    # ("船员培训专员负责啥": a post the documents name opens the question; its first two characters
    # are no short name of 船员部)
    post_first = snapshot.inventory.opens_with_post(question)
    for name, key, short in snapshot.organisation_shorts():
        # its leading run as the question writes it: three characters anywhere, two when the
        # question starts with them ("华锂婚假有几天?" for 华锂动力电池股份有限公司)
        lead = next((short[:k] for k in range(len(short), 2, -1) if short[:k] in q), None) if short != key else None
        if (lead is None and short != key and len(short) >= 3 and q.startswith(short[:2]) and not post_first
                and not any(q.startswith(short[:2] + fold(x), 0) for x in snapshot.lexicon.roles.suffixes)
                and short[:2] not in places):  # fmt: skip
            # (not "品控员…": the two characters begin the post's title, 品控部 is not named; not
            # "宁波市区的…": a city the name begins with is a place, 宁波转运中心 is not named)
            lead = short[:2]
        # (the substring test first: a corpus names thousands of organisations at scale, and one
        # pattern each per question overflows re's cache of compiled patterns)
        if (lead is None and len(key) >= 4 and key[:2] in q
                and re.match(r"(?:回到|说回|换回|切回|换成|换到)?" + re.escape(key[:2]) + r"(?:那|的|这|呢)", q)):  # fmt: skip
            lead = key[:2]  # "京东那个呢", "回到京东那个" for 京东物流: a brand pointed at as the question's subject
        if lead and name not in found:
            found.append(name)
    # industry words: organisation suffixes with the two characters before them ("期货公司" -> 期货);
    # not a fact the question asks of the company ("社保公司交多少": 社保 is asked, no industry)
    # ("五险一金公司交多少": the ask ends right before 公司, whatever its length)
    asks = tuple(fold(w) for spec in snapshot.lexicon.fields.fields.values() for w in (*spec.asks, *spec.labels) if len(w) >= 2)
    for suffix in snapshot.lexicon.roles.organisation_suffixes:
        s = fold(suffix)
        pos = q.find(s)
        if pos >= 2 and (q[:pos].endswith(asks) or "哪" in q[pos - 2 : pos] or q[pos - 2 : pos] == "什么"):
            continue  # ("在哪个厂上班": which one is asked, no industry named)
        # ("做GPS导航的公司", "导航那种公司": the trade, before the words pointing at the kind of company)
        lead = _KIND_OF_COMPANY.sub("", q[:pos]) if pos >= 2 else ""
        # ("粤语一定要会吗，公司管培训不": a clause ends before 公司, no trade names it)
        if len(lead) >= 2 and not lead.endswith(asks) and lead[-2:] + s in re.sub(r"\s+", "", fold(question)) and lead[-1] not in "吗呢吧啊么":
            found.append(lead[-2:] + s)
        elif pos >= 0 and len(s) >= 2 and not _unit_after(q[pos + len(s):], snapshot):
            found.append(s)  # ("公司资金部": the company's own unit, no other company named)
    return list(dict.fromkeys(found))


_KIND_OF_COMPANY = re.compile(r"(?:的|那种|这种|那类|这类|那样的|这样的|那家|这家|一类|一种)$")


def _unit_after(rest: str, snapshot: KnowledgeSnapshot) -> bool:
    """Whether the text goes on with a unit the documents name (a department, a unit posts sit in)."""
    return any(rest.startswith(squash(e.title)) for e in snapshot.inventory.entries.values() if e.is_department) \
        or any(rest.startswith(u) for u in snapshot.unit_names())


def _post_of_unit(question: str, unit: str, snapshot: KnowledgeSnapshot, asked: str | None = None) -> str | None:
    """The one described post of a unit (a unit with no description of its own) whose title, without its
    ending, the question names ("做开料" in 板式车间: 开料工); None for none or several."""
    entry = snapshot.inventory.get(unit)
    if entry is None or not entry.is_department or entry.has_profile:
        return None
    q, key = squash(question), squash(unit)
    endings = sorted((squash(w) for w in snapshot.lexicon.roles.suffixes if w), key=len, reverse=True)
    # "按摩技师部门的主管": a title after the unit, and the unit's post so titled is described
    said = next((w for w in (key, squash(asked or "")) if len(w) >= 2 and w in q), "")
    said = said or next((key[cut:] for cut in range(len(key) - 1) if key[cut:] in q), "")  # ("按摩技师部门" of 养生会所…)
    after = q[q.find(said) + len(said):] if said else ""
    # (the unit with or without its own ending: 人力资源部 + 专员 is 人力资源专员)
    stems = [key, *(key[: -len(d)] for d in map(squash, snapshot.lexicon.roles.department_suffixes) if key.endswith(d) and len(key) - len(d) >= 2)]
    titled = {e.title for ending in endings if ending in after[:4] for stem in stems
              if (e := snapshot.inventory.get(stem + ending)) is not None and e.has_profile}  # fmt: skip
    if len(titled) == 1:
        return titled.pop()
    found = set()
    for post in snapshot.inventory.with_profiles():
        stem = next((post.key[: -len(e)] for e in endings if post.key.endswith(e) and len(post.key) - len(e) >= 2), "")
        if stem and stem in q.replace(key, " ") and any(squash(p.department or "") == key for p in snapshot.profiles_of(post.title)):
            found.add(post.title)
    return found.pop() if len(found) == 1 else None


def _past_employer(q: str, orgs: list[str], resolution: Resolution, snapshot: KnowledgeSnapshot) -> Resolution:
    """"云霁科技go后端岗位职责有哪些": the employer's name (or its short name) written onto the post's short
    name, unknown as one title: the post resolved without it, when that is a known post inside the phrase."""
    bare = squash(q)
    for key in {k for name, key, short in snapshot.organisation_shorts() if name in orgs for k in (key, short)}:
        said = next((key[:n] for n in range(len(key), 2, -1) if key[:n] in bare), "")
        bare = bare.replace(said, " ") if said else bare
    again = snapshot.inventory.resolve(bare) if bare != squash(q) else None
    if again is not None and again.status == "known" and again.asked and squash(again.asked) in squash(resolution.asked or ""):
        return again
    return resolution


def _post_in_named_unit(question: str, word: str, snapshot: KnowledgeSnapshot) -> str | None:
    """The one described post of a unit the question names whose title holds ``word`` ("开发" in 技术二部:
    软件开发工程师); None for none or several."""
    q, key = squash(question), squash(word)
    units = [d for d in snapshot.unit_names() if d in q and key not in d]
    if len(key) < 2 or not units:
        return None
    found = {e.title for e in snapshot.inventory.with_profiles() if key in e.key and e.key != key
             and any(squash(p.department or "") in units for p in snapshot.profiles_of(e.title))}  # fmt: skip
    return found.pop() if len(found) == 1 else None


def _one_post_ending(resolution: Resolution, asked: str) -> str | None:
    """The one post every related candidate is (a title and its postings titled with a bracket), when
    its title ends with what was asked; None when they are several posts."""
    key = squash(asked)
    bare = {bare_title(c.entry.title) for c in resolution.candidates}
    if len(key) < 2 or len(bare) != 1:
        return None
    title = bare.pop()
    plain = next((c.entry.title for c in resolution.candidates if squash(c.entry.title) == title), None)
    return plain if plain is not None and title.endswith(key) and title != key else None


def _without_title(question: str, resolution: Resolution) -> str:
    """The question with the post's own title blanked: the words of "薪资核算专员" or "绩效专员"
    name the post, they do not ask about pay or KPIs."""
    best = resolution.best
    q = fold(question)
    # the title as the corpus spells it, else as asked ("薪酬核算" for 薪资核算专员); a narrower
    # phrase may have swallowed the request around it ("我写一份导购"), so only its title counts
    names = sorted(best.entry.forms, key=len, reverse=True) if best is not None else []
    if best is None or best.match != "narrower":
        names.append(fold((best.asked if best is not None else resolution.asked) or ""))
    asked = next((n for n in names if len(n) >= 2 and n in q), "")
    if not asked:
        return question
    pos = q.find(asked)
    masked = question[:pos] + " " * len(asked) + question[pos + len(asked):]
    return masked if masked.strip() else question


_DEMONSTRATIVE = r"(?:这个|这位|这名|那个|那位|该|此)"
_OBJECT_MARK = "给为替帮向对跟和与"  # a post right after one of these is the object of the verb that follows


def _object_in_description(q: str, asked: str, classifier: IntentClassifier) -> bool:
    """The asked title sits inside a clause describing another post ("给司机派车…的那个岗位")."""
    pattern = classifier.described_post
    end = pattern.search(q) if pattern is not None else None
    pos = q.find(asked)
    return end is not None and 0 < pos and q[pos - 1] in _OBJECT_MARK and pos + len(asked) < end.start()


def level_word(lexicon: Lexicon) -> str:
    """A level word of the lexicon's (高, 资深 …) or a number, as a regex alternative."""
    words = "|".join(re.escape(w) for w in sorted(lexicon.roles.level_words, key=len, reverse=True))
    return f"(?:{words}|[一二三四五六七八九十])" if words else "[一二三四五六七八九十]"


def _pointed_back(q: str, classifier: IntentClassifier, turns: list[PreviousTurn]) -> str | None:
    """The earlier post a fragment of its title points back to ("回到专利那个岗位")."""
    m = classifier.pointed_back.search(q) if classifier.pointed_back is not None else None
    if m is None:
        return None
    frag = squash(m["frag"])
    return next((t.role for t in turns if t.role and frag in squash(t.role)), None)


def understand(
    question: str,
    snapshot: KnowledgeSnapshot,
    classifier: IntentClassifier,
    previous: PreviousTurn | None = None,
    listed: PreviousTurn | None = None,
    named: PreviousTurn | None = None,
    last: PreviousTurn | None = None,
    other: PreviousTurn | None = None,
) -> Understanding:
    """``previous``: the last turn about a topic; ``listed``: the last turn that listed items;
    ``named``: the last turn about a role (what "他" / "这个岗位" point to); ``last``: the turn
    just before, even a refused one ("飞行员要什么学历?" → "那交易专员呢?" asks 交易专员's 学历);
    ``other``: the turn about the post discussed before ``named``'s ("这俩" are those two)."""
    lexicon = snapshot.lexicon
    q = _unit_named(_latin_transposed(question.strip(), snapshot, classifier), [t for t in (named, other) if t is not None], snapshot)
    # "信息科技那类岗": a family of posts with a demonstrative inside, as "信息科技类岗" says it
    q = _FAMILY_POINTED.sub(r"\1类", q)
    resolution: Resolution = snapshot.inventory.resolve(q)
    asking = _without_title(q, resolution)
    intent, source = classifier.classify(asking)
    # ("那主班呢" in a conversation: a post by the head of its title, the rest of the question as before)
    switch = bool(re.search(r"呢[?？。!！\s]*$", q)) and len(squash(q)) <= _SWITCH_MAX
    if resolution.status in ("none", "unknown") and (switch or intent in _POST_INTENTS):
        # "帮我写一份薪酬核算的岗位说明书": a post named without its title ending; "投手的KPI" where
        # no post is called 投手 but one is 千川投手
        head = snapshot.inventory.resolve_head(q)
        # (for "那主班呢", only when the head is all the question names: "苏州的呢" names a site)
        said = re.sub(r"^(?:那么|那|换成)|(?:的)?呢[?？。!！\s]*$", "", squash(q))
        whole = not switch or intent in _POST_INTENTS or (head is not None and squash(head.asked or "") == said and bool(head.candidates)
                                                          and squash(head.candidates[0].entry.title).startswith(said))  # fmt: skip
        if head is not None and whole and (resolution.status == "none" or squash(head.asked or "") == squash(resolution.asked or "")):
            resolution, asking = head, _without_title(q, head)
            intent, source = classifier.classify(asking)
    orgs = org_words(q, snapshot)
    if resolution.status == "unknown" and orgs and resolution.asked:
        resolution = _past_employer(q, orgs, resolution, snapshot)
    # an organisation's name asks for nothing ("证券销售团队…": 证券 is no 证)
    plain = reduce(lambda text, w: text.replace(w, " "), orgs, asking)
    attribute = classifier.attribute(plain)
    attributes = classifier.attributes(plain)
    if intent == Intent.qualification and classifier.rest_of_requirements(asking):
        attribute, attributes = None, []  # the whole list, not the one requirement named first
    u = Understanding(
        question=q,
        intent=intent or Intent.method,
        intent_source=source or "default",
        attribute=attribute if intent in (Intent.attribute, Intent.qualification, None) else None,
        attributes=attributes if intent in (Intent.attribute, Intent.qualification, None) else [],
        dimension=_dimension(q, lexicon),
        smalltalk=classifier.is_smalltalk(q),
        count=_count(q, lexicon),
        org_words=orgs,
        terms=quoted_terms(q),
    )
    if u.intent == Intent.qualification and u.attribute and classifier.whole_list(fold(q)):
        u.attribute = None  # "要什么学历和条件": the whole requirements list, the fact in it
    _apply_resolution(u, resolution, snapshot)
    bare_switch = _BARE_SWITCH.fullmatch(q.strip()) if u.role_status == "none" else None
    if bare_switch and (entry := snapshot.inventory.switch_target(bare_switch["x"])) is not None:
        # "那调度圆呢", "文案那边呢": a near spelling or the first words of one described post's title
        typo = len(squash(bare_switch["x"])) == len(squash(entry.title)) or squash(bare_switch["x"]) not in squash(entry.title)
        u.role, u.asked_role, u.role_status, u.role_match = entry.title, bare_switch["x"], "typo" if typo else "known", "typo" if typo else "exact"
    if u.role and u.intent in (Intent.duty, Intent.qualification, Intent.attribute) and (post := _post_of_unit(q, u.role, snapshot, u.asked_role)):
        # "刚进板式车间做开料，每天干啥": the unit, then the work its post 开料工 is named by
        u.role, u.role_status, u.asked_role = post, "known", post
    if u.role_status == "related" and u.asked_role and (one := _one_post_ending(resolution, u.asked_role)) is not None:
        # "设计师" where the one post ending so is 家具设计师 (and its postings, "家具设计师（全屋定制）"): that post
        u.role, u.role_status = one, "known"
    if u.asked_role and u.role_status != "known" and _object_in_description(q, u.asked_role, classifier):
        # "负责给司机派车、排值班的那个岗位": the post named inside the description is whom the post
        # serves, not the post asked about
        u.role, u.role_status, u.asked_role, u.mention, u.role_match = None, "none", None, None, None
    if u.role_status == "mentioned" and u.asked_role and re.search(
            r"[\u4e00-\u9fff]{2,}的" + _DEMONSTRATIVE + r"[\u4e00-\u9fff]{0,4}" + re.escape(u.asked_role), q):  # fmt: skip
        # "管钱的那个部门经理": a title the documents only use in general, narrowed by what the post
        # does: the post described so, found by its material
        u.role, u.role_status, u.asked_role, u.mention, u.role_match = None, "none", None, None, None
        u.describes_post = True
    if not u.has_role and classifier.described_post is not None:
        # "管派车调度那个岗", "专门算工资的那个专员": one post, named by what it does ("这个岗位的职责",
        # with no words before it, describes nothing)
        # ("游泳馆馆长这个岗位职责是啥": a title the documents only mention, then the pointer, describes nothing)
        m = classifier.described_post.search(q)
        before = squash(q[: m.start()]).replace(squash(u.asked_role or "") or "\0", "") if m else ""
        u.describes_post = u.describes_post or (m is not None and len(before) >= 2)
    if u.role_status in ("mentioned", "unknown") and u.asked_role and (post := _post_in_named_unit(q, u.asked_role, snapshot)) is not None:
        # "技术二部招开发，任职资格咋写的": the one post of the unit named whose title holds the word
        u.role, u.role_status, u.asked_role, u.mention, u.role_match = post, "known", post, None, "exact"
    if u.role_status == "narrower" and u.role and u.asked_role:
        _level_posting(u, snapshot)
    if u.asked_role and u.role_status in ("typo", "mentioned", "unknown", "narrower", "related"):
        # "人事行政成本控制这个指标怎么考": the words are an indicator's name, not a post's misspelling
        key, asked_text = squash(u.asked_role), squash(q)
        if any(key in name and name in asked_text and len(name) > len(key)
               for name in (squash(e.name) for e in snapshot.kpis if e.name)):  # fmt: skip
            u.role, u.role_status, u.asked_role, u.mention, u.role_match = None, "none", None, None, None
    if u.intent == Intent.kpi and u.role_match == "alias" and u.role and not snapshot.kpis_for(u.role):
        # "HR那边的KPI": the alias names a post (人力资源专员) without indicators, and a unit
        # (人力资源部) whose sheet has them
        unit = snapshot.inventory.kpi_unit_for_alias(u.asked_role or "")
        if unit is not None:
            u.role = unit
    if u.role_status == "mentioned" and u.asked_role and any(
            squash(w)[len(squash(u.asked_role)):] in lexicon.roles.company_words
            for w in u.org_words if squash(w).startswith(squash(u.asked_role))):  # fmt: skip
        # "IT公司干过有优势吗": the word names a kind of company, not a post the documents mention
        u.role_status, u.asked_role, u.mention = "none", None, None
    if ((u.has_role or u.role_status == "mentioned" and _named_by_kpi_sheet(snapshot, u.asked_role or ""))
            and u.intent in (Intent.kpi, Intent.method) and _DESIGN_FOR.search(fold(q))
            and classifier._has("kpi_design", fold(q))):  # fmt: skip
        # "水质检测中心的绩效指标怎么设计比较好?": a design for that post or unit, not the method
        u.intent, u.intent_source = Intent.kpi_design, "cue"
    if u.asked_role:  # "个险营业部经理": 营业部 inside the post's own title names no organisation
        u.org_words = [w for w in u.org_words if squash(w) not in squash(u.asked_role)]
    base = bare_title(u.role or "")
    if u.role and u.asked_role and base != squash(u.role) and squash(u.asked_role).endswith(base) and len(squash(u.asked_role)) > len(base):
        # "成都店化妆师" read as the posting "化妆师（成都春熙路店）": the site asked still picks among the
        # post's other sources ("成都店" sheet) and the changes made for it
        site = squash(u.asked_role)[: -len(base)]
        if len(site) >= 2 and site not in u.org_words:
            u.org_words.append(site)
    if u.role and not u.org_words and u.role_status == "known" and u.asked_role:
        # "南厂的烤炉工": a word right before the post that one of its postings holds (its plant,
        # site or store) picks that posting
        site = _site_word(q, u.role, snapshot, classifier.words)
        if site and re.search(re.escape(site) + r"(?:的|那边的|那个)?" + re.escape(squash(u.asked_role)), squash(q)):
            u.org_words.append(site)
    if u.org_words and u.role and u.asked_role:
        _posting_at_org(u, snapshot)
    if u.role_status == "narrower" and u.role and u.asked_role:
        # "梅溪湖店营业员": not a narrower post but the posting of that store
        site = _site_word(squash(u.asked_role).replace(squash(u.role), " "), u.role, snapshot, classifier.words)
        if site:
            u.org_words.append(site)
            u.role_status, u.asked_role = "known", u.role
        elif _minus_org(u.asked_role, u.org_words) == squash(u.role):
            # "美团前端工程师": the employer's posting of the post, not a narrower post
            u.role_status, u.asked_role = "known", u.role
        elif _every_source_holds(squash(u.asked_role).replace(squash(u.role), ""), u.role, snapshot):
            # "培训学校出纳": the words in front say whose post it is, and every source of it is that school's
            u.role_status, u.asked_role = "known", u.role
        elif _own_workplace(squash(u.asked_role).partition(squash(u.role))[0], u.role, snapshot):
            # "专卖店导购员": where the post works, which its own document speaks of
            u.role_status, u.asked_role = "known", u.role

    before_turn = previous or named
    if (before_turn is not None and before_turn.role and u.attribute == "subordinates" and u.asked_role
            and any(q.startswith(p) for p in lexicon.intents.followup.persons)):
        # "他下面管哪些老师？": the post just discussed is the subject; the title after the question
        # word is whom it manages
        spec = lexicon.fields.fields.get("subordinates")
        asked_at = min((q.find(w) for w in (spec.asks if spec else []) if w in q), default=-1)
        if 0 <= asked_at < q.find(u.asked_role):
            u.role, u.role_status, u.asked_role, u.mention = None, "none", None, None
    if (before_turn is not None and before_turn.role and u.asked_role and u.role_status != "known"
            and re.search(_DEMONSTRATIVE + re.escape(u.asked_role), q)
            and squash(before_turn.role).endswith(squash(u.asked_role))):  # fmt: skip
        # "这个经理一般设几个人" after 按摩技师部门经理: the title word points back to that post
        u.role, u.role_status, u.asked_role, u.mention = None, "none", None, None
    if u.asked_role and u.role_status in ("mentioned", "unknown") and squash(u.asked_role) in lexicon.roles.suffixes:
        # "回到部长，专业有要求吗" after 生产技术部长 and another post: a bare title ending names the post
        # of this conversation it ends (the latest first), not every 部长 the documents mention
        for turn in (named, other, previous, last):
            # (or the title it was asked by: "老师" after 教务老师, answered as 教务)
            if turn is not None and turn.role and any(squash(x).endswith(squash(u.asked_role)) for x in (turn.role, turn.asked_role or "")):
                u.role, u.asked_role, u.role_status, u.role_match, u.mention = turn.role, turn.role, "known", "exact", None
                break
    if (u.asked_role and u.role_status in ("mentioned", "unknown") and u.attribute
            and squash(u.asked_role) in {squash(w) for w in lexicon.roles.person_words}):  # fmt: skip
        # "对男老师女老师有偏好吗" after 数据主管: a word for a person, the fact asked of the post discussed
        turn = next((t for t in (previous, named, last) if t is not None and t.role), None)
        if turn is not None:
            u.role, u.asked_role, u.role_status, u.role_match, u.mention = turn.role, turn.role, "known", "exact", None
    if u.role_status in ("none", "unknown", "mentioned") and (named is not None or other is not None):
        # "回到专利那个岗位，要啥证书" after 知识产权代理人(专利方向) and 商标代理人: a word of an earlier
        # post's title, then "那个岗位", points back to that post
        back = _pointed_back(q, classifier, [t for t in (named, other) if t is not None and t.role])
        if back is not None:
            u.role, u.asked_role, u.role_status, u.role_match, u.mention = back, back, "known", "exact", None
    # a level word standing for the post at that level: "高级的…", "换成初级呢", "那一级的呢"
    asked_level = re.compile(rf"^(?:那|换成|换|改成|如果是|要是)?(?P<level>{level_word(lexicon)})级?(?:的|呢|[?？]?$)")
    level = asked_level.search(q) if before_turn is not None and before_turn.role and u.role_status == "none" else None
    if level is not None:
        # "高级的工资多少", "换成初级呢" after 护理员: that level of the post (高级护理员), when one is described
        base = before_turn.role or ""
        stem = re.sub(rf"^{level_word(lexicon)}级", "", base, count=1)
        if stem and snapshot.inventory.get(stem) is not None:
            base = stem  # "换成初级呢" after 高级护理员: the post at another level
        for title in (level["level"] + base, level["level"] + "级" + base):
            entry = snapshot.inventory.get(title)
            if entry is not None and entry.has_profile:
                u.role, u.asked_role, u.role_status, u.role_match = entry.title, entry.title, "known", "exact"
                break
    if before_turn is not None and u.role_status in ("mentioned", "unknown", "none") and u.asked_role:
        # "那部门经理管什么" in a conversation about 培训部: that unit's 经理
        _unit_head(u, before_turn, snapshot)
    nth = _nth_listed_post(q, previous, snapshot) if u.role_status == "none" and not u.smalltalk else None
    if nth is not None:
        # "人力资源经理下面有哪些岗位" then "第一个的职责说一下": the post that answer listed first
        u.role, u.asked_role, u.role_status, u.role_match, u.followup = nth, nth, "known", "exact", "reference"
        if source != "cue" or intent is None:
            u.intent, u.intent_source = Intent.duty, "followup"
    elif (previous is not None or last is not None) and not u.smalltalk:
        # an intent guessed from example questions is weak: the conversation may say better
        _follow(u, previous, listed, classifier, intent if source == "cue" else None, named, last, snapshot)
    if u.followup == "expand" and listed is not None:
        _ordinal_in_section(u, listed, snapshot)
    others = any(w in q for w in lexicon.sections.other_parts) and any(w in q for w in lexicon.intents.followup.part_units)
    if (previous is not None and previous.part and u.followup in ("ellipsis", "reference") and u.role == previous.role
            and (others or any(fold(w) in fold(q) for w in lexicon.intents.followup.pointers if len(w) >= 2))):  # fmt: skip
        u.part_hint = previous.part  # "这部分占多少时间" after one part of the post's list: that part
        if others and previous.intent in (Intent.duty, Intent.qualification):
            u.intent, u.intent_source = previous.intent, "followup"  # "另外两块各占多少": the list's other parts
    if u.followup and u.role_status == "typo" and u.role:
        u.role_status, u.asked_role = "known", u.role  # the misspelling was answered (and said so) already
    _follow_by_material(u, previous if previous is not None and previous.role else named, classifier, snapshot, intent)
    _subordinate_post(u, snapshot, lexicon)
    _rank_below(u, snapshot, lexicon)
    _post_just_named(u, previous, snapshot)
    before = previous or named
    if u.followup in ("ellipsis", "reference") and u.org_words and u.role:
        posting = _posting_of(u, snapshot)
        if posting and u.intent == Intent.method and u.intent_source == "followup" and before is not None:
            u.intent, u.attribute = before.intent, before.attribute  # "京东那个呢": the same question of its posting
    site = _site_word(q, u.role, snapshot, classifier.words) if u.followup in ("ellipsis", "reference") and u.role else None
    if site:
        # "武汉的呢?", "成都那边有什么要求?": the posting of that site, not the one just shown
        u.org_words.append(site)
        u.profile_hint = None
        titled = [t for t in snapshot.site_postings(u.role or "") if site in squash(t)]
        if u.role and site not in squash(u.role) and len(titled) == 1:
            u.role = u.asked_role = titled[0]  # the posting whose title names the site
        if u.intent == Intent.method and u.intent_source == "followup" and before is not None:
            u.intent, u.attribute = before.intent, before.attribute  # and the same question
    _compare(u, resolution, before, lexicon, intent)
    _pair(u, resolution, before, other, lexicon, intent)
    if intent is None and u.followup is None:
        u.intent = Intent.duty if u.has_role else Intent.method
    method = lexicon.intents.intents.get("method")
    if (u.intent == Intent.method and u.intent_source == "cue" and u.followup is None and u.role_status == "known"
            and method is not None and method.conduct
            and all(c in method.conduct for c in method.cues if c in fold(u.question))):  # fmt: skip
        u.intent = Intent.duty  # "起重指挥遇到大风天气该怎么做": what the post does then
    duty = lexicon.intents.intents.get("duty")
    if (u.intent == Intent.duty and u.intent_source == "default" and u.followup is None and u.role_status == "known"
            and duty is not None and any(w in fold(u.question) for w in duty.conduct)):  # fmt: skip
        u.intent_source = "cue"  # "坞期要是拖了，坞修主管该怎么处理": the post's duties, the case's one first
    facts = [a for a in u.attributes if a not in QUALIFICATION_ATTRIBUTES]
    if intent is None and len(u.attributes) >= 2 and not facts:
        u.intent = Intent.qualification  # "需要哪些专业和证书": the requirements list
    if intent is None and len(facts) >= 2 and len(facts) == len(u.attributes):
        u.intent = Intent.attribute  # "在哪个城市办公? 工资多少?": several facts of the profile
    if u.intent == Intent.attribute and u.attribute is None and len(u.attributes) < 2:
        u.intent = Intent.duty if u.has_role else Intent.method
    if u.attribute and u.intent not in (Intent.attribute, Intent.qualification):
        u.attribute = None
    if u.intent not in (Intent.attribute, Intent.qualification):
        u.attributes = []
    if u.has_role and u.followup is None and u.compare_with is None and u.intent in _ALSO_INTENTS:
        u.also = _also_asked(q, u, classifier)
    other_unit = _post_of_another_unit(u, snapshot)
    if other_unit is not None:
        # "合规发展部的部门经理具体负责什么": a unit the documents name, the known 部门经理 not one of its
        # posts: a post the knowledge base does not describe, not that one
        u.role, u.role_status, u.asked_role, u.role_match = None, "unknown", other_unit, None
    named_org = _named_organisation(u, snapshot)
    if named_org is not None:
        # "中国银行柜员平时做什么", "期货客服要什么条件": an organisation or business the documents name,
        # then a title; the title as the documents know it (the question's words kept for the search)
        again = understand(question.replace(named_org, "", 1), snapshot, classifier, previous, listed, named, last, other)
        if again.role_status not in ("unknown", "none"):
            return again.model_copy(update={"question": u.question})
    return u


_LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,6}(?![A-Za-z])")


def _latin_transposed(question: str, snapshot: KnowledgeSnapshot, classifier: IntentClassifier) -> str:
    """"兽医季度KIP都有啥": a short Latin word neither the documents nor the lexicon use, whose letters are
    those of one the lexicon's intents use (KPI), is that word mistyped."""
    words = classifier.latin_cues

    def fix(m: re.Match[str]) -> str:
        word = fold(m.group())
        same = words.get("".join(sorted(word)), set())
        if word in same or len(same) != 1 or snapshot.idf.df.get(word, 0):
            return m.group()
        found = next(iter(same))
        return found.upper() if m.group().isupper() else found

    return _LATIN_WORD.sub(fix, question)


def _post_of_another_unit(u: Understanding, snapshot: KnowledgeSnapshot) -> str | None:
    """The unit and title asked ("合规发展部的部门经理") when a unit the knowledge base has stands right
    before a known title whose posts are of other units; None otherwise (the post's own unit, a unit
    the documents do not have, or no unit)."""
    if u.role_status != "known" or not u.role or not u.asked_role or u.followup is not None:
        return None
    q, asked = squash(u.question), squash(u.asked_role)
    pos = q.find(asked)
    before = q[:pos].removesuffix("的") if pos > 0 else ""
    unit = next((d for d in snapshot.unit_names() if before.endswith(d)), None)
    entry = snapshot.inventory.get(u.role)
    if unit is None or entry is None or not entry.departments:
        return None
    if any(unit == squash(d) or squash(d).endswith(unit) or unit.endswith(squash(d)) for d in entry.departments):
        return None
    return unit + ("的" if q[:pos].endswith("的") else "") + u.asked_role


def _named_organisation(u: Understanding, snapshot: KnowledgeSnapshot) -> str | None:
    """The organisation words in front of an unknown post's title ("中国银行" of 中国银行柜员), when the
    documents use them and a title of two characters or more follows; None otherwise ("修理公司经理":
    no document names a 修理公司)."""
    if u.role_status != "unknown" or not u.asked_role:
        return None
    asked = u.asked_role
    for suffix in sorted(snapshot.lexicon.roles.organisation_suffixes, key=len, reverse=True):
        end = asked.rfind(suffix) + len(suffix)
        if end >= len(suffix) and len(asked) - end >= 2:
            org = asked[:end]
            known = all(snapshot.idf.df.get(b, 0) for b in bigrams(org))
            return org if known and org in u.question else None
    return None


_ALSO_INTENTS = (Intent.duty, Intent.qualification, Intent.attribute)


def _asked_key(intent: Intent | None, attribute: str | None) -> str | None:
    if intent == Intent.attribute:
        return f"attribute:{attribute}" if attribute else None
    return intent.value if intent in (Intent.duty, Intent.qualification) else None


def _also_asked(question: str, u: Understanding, classifier: IntentClassifier) -> list[str]:
    """"文案策划干啥的、要啥条件？", "前台要做什么，福利都有啥": what the question's other clauses ask of
    the same post beyond its main intent (duties, requirements, one fact), each once."""
    clauses = [c for c in re.split(r"[，,、;；?？。]", question) if len(c.strip()) >= 2]
    main = _asked_key(u.intent, u.attribute)
    # "是干嘛的，一句话概括": the purpose asked outweighs the duty cue of the other clause
    spec = classifier.lexicon.fields.fields.get(u.attribute or "") if u.intent == Intent.attribute else None
    outweighed = set(spec.over) if spec is not None else set()
    out: list[str] = []
    for clause in clauses if len(clauses) >= 2 else []:
        intent, source = classifier.classify(clause)
        key = _asked_key(intent, classifier.attribute(clause)) if source == "cue" else None
        # (a requirement asked beside the requirements, "学历和证书", is part of the list)
        if key and key != main and key not in out and key not in outweighed and not (main == "qualification" and key.startswith("attribute:")
                                                           and key.split(":")[1] in QUALIFICATION_ATTRIBUTES):  # fmt: skip
            out.append(key)
    return out[:2]


def _named_by_kpi_sheet(snapshot: KnowledgeSnapshot, post: str) -> bool:
    """A post only named, in a document that holds KPI rows ("请针对财务分析会计提交的…评分"): its sheet."""
    files = {e.span.file for e in snapshot.kpis if e.origin == "table"}
    return bool(post) and any((ref := snapshot.section_ref(sid)) is not None and ref.file in files
                              for sid in snapshot.sections_mentioning(post, limit=20))  # fmt: skip


def _compare(u: Understanding, resolution: Resolution, before: PreviousTurn | None, lexicon: Lexicon,
             intent: Intent | None) -> None:  # fmt: skip
    """"A和B有什么区别", "跟X比有什么不一样?" after a question about A: the two posts side by side,
    on the list the conversation was about (duties unless requirements were asked)."""
    q = fold(u.question)
    cues = lexicon.intents.followup
    each = any(fold(w) in q for w in cues.each)
    named: list[str] = []
    for cand in sorted((c for c in resolution.candidates if c.match in ("exact", "alias")), key=lambda c: c.start):
        if cand.entry.title not in named:
            named.append(cand.entry.title)
    which = len(named) >= 2 and bool(cues.compare_pattern) and re.search(cues.compare_pattern, q) is not None
    if not u.has_role or not (each or which or any(fold(w) in q for w in cues.compare)):
        return
    if each and len(named) < 2 and not any(fold(w) in q for w in cues.compare) and not which:
        return  # "分别负责什么" of one post: its list
    if len(named) >= 2:
        u.role, u.compare_with = named[1], named[0]
    elif before is not None and before.role and squash(before.role) != squash(u.role or ""):
        u.compare_with = before.role
    else:
        return
    u.followup = u.followup or "compare"
    if intent == Intent.attribute and u.attribute and (u.attribute not in QUALIFICATION_ATTRIBUTES or each):
        u.intent = Intent.attribute  # "跟X比工资怎么样", "分别要什么学历": the one fact of both posts
        return
    u.compare_on = u.attribute if u.attribute in QUALIFICATION_ATTRIBUTES else None
    if intent in (Intent.duty, Intent.qualification):
        u.intent = intent
    elif intent == Intent.attribute and u.attribute in QUALIFICATION_ATTRIBUTES:
        u.intent = Intent.qualification  # "跟出纳比谁的学历要求更高": the requirements side by side
    elif before is not None and (before.intent == Intent.qualification or (
            before.intent == Intent.attribute and before.attribute in QUALIFICATION_ATTRIBUTES)):
        u.intent = Intent.qualification  # after "要什么学历?": the requirements side by side
    else:
        # after duties, or a fact that is no requirement ("他向谁汇报?"): what each post does
        u.intent = Intent.duty
    u.attribute, u.attributes = None, []


def _pair(u: Understanding, resolution: Resolution, before: PreviousTurn | None, other: PreviousTurn | None,
          lexicon: Lexicon, intent: Intent | None) -> None:  # fmt: skip
    """"这俩谁要的证更高级?", "他俩有什么区别": the last two posts discussed, side by side, on the
    list the question asks about (requirements for a requirement, else duties)."""
    if resolution.status != "none" or before is None or other is None or not before.role or not other.role or before.role == other.role:
        return  # a post named in the question is compared by _compare
    if not any(w in u.question for w in lexicon.intents.followup.pair):
        return
    u.role, u.role_status, u.asked_role = before.role, before.role_status, before.asked_role
    u.compare_with = other.role
    if intent == Intent.attribute and u.attribute and u.attribute not in QUALIFICATION_ATTRIBUTES:
        u.intent, u.intent_source, u.followup = Intent.attribute, "followup", "compare"
        return  # "这俩工资区间一样不": the one fact of both posts
    asks_requirement = intent == Intent.qualification or u.attribute in QUALIFICATION_ATTRIBUTES
    u.intent, u.intent_source = (Intent.qualification if asks_requirement else Intent.duty), "followup"
    u.compare_on = u.attribute if u.attribute in QUALIFICATION_ATTRIBUTES else None
    u.followup = "compare"
    u.attribute, u.attributes = None, []


_SET_ASIDE = re.compile(r"除了[^,，。？?]{1,10}?(?:以外|之外)?[,，]|^[^,，。？?]{1,10}(?:以外|之外)[,，]|[,，][^,，。？?]{1,10}除外")


def without_set_aside(text: str) -> str:
    """The question without the clause that sets a thing aside ("除了晨会，团队例会多久开一次": 晨会 is
    not asked about; "…，晨会除外")."""
    return _SET_ASIDE.sub(" ", text).strip()


def without_organisations(text: str, orgs: list[str]) -> str:
    """The text without the organisation names it used, or their parts ("美团" of "美团 成都研发中心",
    "临江水务" of "临江水务集团有限公司": the longest leading run of a part that the text holds)."""
    for word in orgs:
        for part in sorted({word, *re.split(r"[\s(（)）·]+", word)}, key=longest_first):
            part = part.strip()
            lead = next((part[:k] for k in range(len(part), 2, -1) if part[:k] in text), None)
            if lead is None:  # two leading characters only where the text starts with them (华锂…)
                lead = part[:2] if len(part) >= 3 and text.lstrip().startswith(part[:2]) else part if len(part) >= 2 else ""
            if lead:
                text = text.replace(lead, " ")
    return re.sub(r"\s+", " ", text).strip()


def _minus_org(asked: str, orgs: list[str]) -> str:
    """The asked title without the organisation names (or their parts) the question used."""
    return squash(without_organisations(asked, orgs))


# share of a longer follow-up's own bigrams the last post's material must hold (bigrams across
# word boundaries never match: "出租率没达标" shares 出租 and 租率 of its 5)
MATERIAL_COVER = 0.4
RARE_COVER = 0.5  # share of a question's IDF mass one rare word of the post's material must hold
RARE_DF, RARE_SHARE = 3, 0.01  # "rare": in at most this many passages, or this share of them


def _follow_by_material(u: Understanding, prev: PreviousTurn | None, classifier: IntentClassifier,
                        snapshot: KnowledgeSnapshot, intent: Intent | None) -> None:  # fmt: skip
    """A question about the post just discussed in words of its own ("一定要叉车证吗?" after its
    requirements): too long to be an ellipsis, but its words are the post's own material."""
    # (a short question read with the answer before it is read so, but after indicators: "招聘管理下面呢" names
    # the group some rows are filed under)
    if u.followup not in (None, "context") or u.role_status != "none" or prev is None or not prev.role or u.smalltalk:
        return
    context = u.followup == "context"
    if context and prev.intent != Intent.kpi:
        return  # ("储罐压力最高不能超过多少" after the post's duties: read with the answer just shown)
    if intent is not None and intent not in (Intent.duty, Intent.qualification, Intent.attribute, Intent.kpi, Intent.method):
        return
    if intent == Intent.method and (_DEFINITION.search(fold(u.question)) or _HOW_TO_BUILD.search(fold(u.question))):
        return  # "什么是平衡计分卡?": a question of its own ("会粤语有关系吗" is not)
    feats = bigrams(classifier.residual(u.question))
    if not feats:
        return
    material: set[str] = set()
    lists: dict[Intent, set[str]] = {Intent.qualification: set(), Intent.duty: set()}
    for p in snapshot.profiles_of(prev.role):
        for item in p.duties + p.qualifications + p.kpis + p.benefits + list(p.fields.values()):
            material |= bigrams(item.text)
        for item in p.qualifications:
            lists[Intent.qualification] |= bigrams(item.text)
        for item in p.duties:
            lists[Intent.duty] |= bigrams(item.text)
    groups: set[str] = set()  # the groups its rows are filed under ("招聘管理下面呢")
    for entry in snapshot.kpis_for(prev.role):  # its KPI sheet's rows ("出租率没达标怎么扣分")
        material |= bigrams(" ".join(x for x in (entry.name, entry.formula, entry.definition, entry.target) if x))
        groups |= bigrams(" ".join(x for x in (entry.objective, entry.dimension) if x))
    material |= groups
    shared = feats & material
    if context and not shared <= groups:
        return  # ("结果准确性那一个…" after the indicators: the row just shown, read with the answer)
    idf = snapshot.idf
    # ("会粤语有关系吗" after 导购's requirements, "粤语优先": one word, but one few passages use)
    rare = len(shared) == 1 and coverage(feats, shared, idf) >= RARE_COVER and idf.df.get(next(iter(shared)), 0) <= max(
        RARE_DF, idf.n * RARE_SHARE)
    if (len(shared) >= 2 or rare) and len(shared) / len(feats) >= MATERIAL_COVER:
        u.followup, u.rewritten = "ellipsis", None
        u.role, u.role_status, u.asked_role = prev.role, prev.role_status, prev.asked_role
        if intent is None and u.attribute is None:
            # (after the post's indicators, the name of a group its rows are filed under asks for those rows)
            kpi = prev.intent == Intent.kpi and shared <= groups
            u.intent, u.intent_source = (Intent.kpi if kpi else Intent.method), "followup"
        elif intent == Intent.method and u.attribute is None:
            # a how-question in the words of one of the post's lists ("会粤语有关系吗": 粤语优先 is a
            # requirement): that list
            u.intent = next((k for k, words in lists.items() if shared & words), Intent.method)
            u.intent_source = "followup"


POSTING_RATIO = 75.0  # rapidfuzz ratio of two titles of one post in different postings ("前端工程师"/"前端开发工程师")


def _posting_of(u: Understanding, snapshot: KnowledgeSnapshot) -> bool:
    """"美团那个呢?" after 前端开发工程师: the organisation's posting of the same post, which may
    carry a slightly different title (美团 calls it 前端工程师). Whether the role is now a posting of
    the organisation named."""
    from rapidfuzz import fuzz

    orgs = [squash(w) for w in u.org_words]

    def at_org(title: str) -> bool:
        return any(o in squash(p.organisation or "") or o in squash(p.doc_title or "")
                   for p in snapshot.profiles_of(title) for o in orgs)  # fmt: skip

    if at_org(u.role or ""):
        return True
    key = squash(u.role or "")
    near = [(fuzz.ratio(key, squash(e.title)), e.title) for e in snapshot.inventory.with_profiles() if at_org(e.title)]
    near = [(score, title) for score, title in near if score >= POSTING_RATIO]
    if near:
        # the answer's header names the organisation and its own title for the post
        u.role = u.asked_role = max(near)[1]
        u.role_status = "known"
    return bool(near)


def _site_word(question: str, role: str, snapshot: KnowledgeSnapshot, known: frozenset[str]) -> str | None:
    """A word of the question that tells one posting of the post from another (a place, a site,
    an organisation in its facts): held by some of its profiles but not all, and no cue word."""
    residual = squash(question).replace(squash(role), " ")
    profiles = [p for title in snapshot.site_postings(role) for p in snapshot.profiles_of(title)]
    if len(profiles) < 2:
        return None

    def facts(p: JobProfile) -> str:
        parts = [p.title, p.organisation, p.department, p.location, p.pay, p.doc_title, p.article_title]
        return squash(" ".join([x for x in parts if x] + [i.text for i in p.fields.values()]))

    texts = [facts(p) for p in profiles]
    # the longest part of the residual that tells postings apart ("成都那边" -> 成都)
    for size in range(min(len(residual), 8), 1, -1):
        for start in range(len(residual) - size + 1):
            key = residual[start : start + size]
            if " " in key or any(key in w for w in known):
                continue
            holding = sum(key in t for t in texts)
            if 0 < holding < len(texts):
                return key
    return None


def _every_source_holds(words: str, role: str, snapshot: KnowledgeSnapshot) -> bool:
    """Whether each profile of the post names ``words`` where it says whose post it is: its
    organisation, document title or file name."""
    profiles = snapshot.profiles_of(role)
    if len(words) < 2 or not profiles:
        return False
    return all(words in squash(" ".join(x for x in (p.organisation, p.doc_title, p.article_title, p.span.file) if x)) for p in profiles)


def _own_workplace(words: str, role: str, snapshot: KnowledgeSnapshot) -> bool:
    """"专卖店导购员", "钢构厂焊工": whether the words in front of the post name a kind of workplace
    (an organisation, place or workplace ending) that a document holding the post speaks of
    ("负责专卖店的清洁卫生", "钢构行业从业经验"): where the post works, not a narrower post."""
    words = words.strip().removesuffix("的")
    roles = snapshot.lexicon.roles
    endings = sorted({squash(fold(x)) for x in [*roles.organisation_suffixes, *roles.place_endings, *roles.workplace_endings]},
                     key=len, reverse=True)  # fmt: skip
    end = next((e for e in endings if e and words.endswith(e) and len(words) > len(e)), None)
    if end is None:
        return False
    files = {p.span.file for p in snapshot.profiles_of(role)}
    return any(len(said) >= 2 and any(sid.split("#", 1)[0] in files for sid in snapshot.sections_mentioning(said, limit=50))
               for said in dict.fromkeys((words, words[: -len(end)])))  # fmt: skip


def _level_posting(u: Understanding, snapshot: KnowledgeSnapshot) -> None:
    """"三级保安": a level word in front of the post names the one posting of its family whose
    level field says that level (等级：三级 → 高级秩序维护员)."""
    asked = squash(u.asked_role or "")
    found = {p.title for title in [u.role or "", *snapshot.inventory.variants(u.role or "")] for p in snapshot.profiles_of(title)
             if (level := p.fields.get("level")) is not None and 2 <= len(squash(level.text)) < len(asked)
             and squash(level.text) in asked}  # fmt: skip
    if len(found) == 1:
        u.role, u.role_status, u.role_match = found.pop(), "known", "exact"


def mentioned_form(snapshot: KnowledgeSnapshot, phrase: str) -> str | None:
    """How the documents name the post, if they do ("信息科技岗" is named as "信息科技" + 岗位)."""
    if snapshot.mentioned(phrase):
        return phrase
    key = squash(phrase)
    keys = [key]
    for noise in (squash(n) for n in snapshot.lexicon.roles.prefix_noise):
        # "招行长": a one-character verb before the post is no part of it ("培训专员" keeps its 培训)
        if len(noise) == 1 and key.startswith(noise) and len(key) >= 3:
            if snapshot.mentioned(key[1:]):
                return key[1:]
            keys.append(key[1:])
    for key in keys:
        for suffix in sorted(snapshot.lexicon.roles.suffixes, key=len, reverse=True):
            if len(suffix) == 1 and key.endswith(suffix) and len(key) >= 4:
                if snapshot.mentioned(key[:-1]):
                    return key[:-1]
                break
            if len(suffix) == 1 and key.endswith(suffix) and len(key) == 3 and (part := _part_headed(snapshot, key[:-1])):
                return part  # "技术岗" of "一、柜员 / 二、技术： / 三、客户经理": a part headed by the word alone
    return None


HEADED_PART_SECTIONS = 50  # sections whose heading holds the word, looked at for one headed by it alone
PART_QUALIFIER = 2  # characters before the word in a class of posts' heading ("信息" of 信息科技类)


def _part_headed(snapshot: KnowledgeSnapshot, word: str) -> str | None:
    """The heading of a part headed by ``word`` alone ("二、技术："), once its numbering is set aside;
    or by a class of posts ending with it ("五、信息科技类" for 科技岗): a word or two before it, a class
    word after."""
    classes = tuple(squash(w) for w in snapshot.lexicon.roles.suffix_noise if len(squash(w)) == 1)
    found = set()
    for sid in snapshot.sections_labelled(word)[:HEADED_PART_SECTIONS]:
        ref = snapshot.section_ref(sid)  # (its heading only: no section parsed)
        heading = squash(strip_marker(ref.heading or "")).rstrip(":：") if ref is not None else ""
        if heading == word:
            return word
        if heading.endswith(classes) and heading[:-1].endswith(word) and len(heading) - 1 - len(word) <= PART_QUALIFIER:
            found.add(heading)
    return found.pop() if len(found) == 1 else None


def _head_kin(snapshot: KnowledgeSnapshot, asked: str) -> str | None:
    """The one described post whose title begins with the word the asked one ends with ("库区门卫", only
    named, and 门卫安保 described): the post meant, a relative of the name asked."""
    key = squash(asked)
    ends = [s for s in (squash(x) for x in snapshot.lexicon.roles.suffixes) if len(s) >= 2 and key.endswith(s) and len(key) > len(s)]
    if not ends:
        return None
    head = max(ends, key=len)
    # (its qualifier a place or unit of the company's, "库区门卫"; not another company's, "小米客服")
    roles = snapshot.lexicon.roles
    where = key[: -len(head)]
    if not (where in {squash(p) for p in roles.place_names}
            or where.endswith(tuple(squash(w) for w in (*roles.place_endings, *roles.department_suffixes) if w))):
        return None
    kin = [e.title for e in snapshot.inventory.with_profiles() if squash(e.title).startswith(head) and squash(e.title) != head]
    return kin[0] if len(kin) == 1 else None


_BARE_SWITCH = re.compile(r"(?:那么|那|换成|换到)?(?P<x>[\u4e00-\u9fff]{2,6}?)(?:那边|这边|那里)?(?:的)?呢[?？。!！]?")


def _apply_resolution(u: Understanding, r: Resolution, snapshot: KnowledgeSnapshot) -> None:
    u.role_status = r.status
    kin = _head_kin(snapshot, r.asked) if r.status == "unknown" and r.asked else None
    if kin is not None:
        u.role_status, u.asked_role, u.role, u.role_match = "related", r.asked, kin, "related"
        return
    form = mentioned_form(snapshot, r.asked) if r.status == "unknown" and r.asked else None
    if form:
        u.role_status = "mentioned"  # no profile, but the documents talk about it
        u.mention = form
    u.asked_role = form if form and r.asked and squash(r.asked).endswith(form) and form != squash(r.asked) else r.asked
    u.suggestions = list(r.suggestions)
    best = r.best
    if best is not None:
        u.role = best.entry.title
        u.role_match = best.match
        u.role_score = best.score
        u.role_candidates = [c.entry.title for c in r.candidates[1:6]]
        if best.match in ("exact", "alias"):
            u.asked_role = best.asked


# Characters a message may say beyond cue, attribute and question words and still have no topic
# of its own: "工作经验要求" leaves 工作求, "一个月休几天" leaves 月休几天.
_SWITCH_MAX = 8  # characters of a "那主班呢" that names another post and nothing else
# intents that ask about some post: a post named without its title's ending is looked up by the title's head
_POST_INTENTS = (Intent.jd_draft, Intent.kpi_design, Intent.duty, Intent.qualification, Intent.attribute, Intent.kpi)
_OWN_TOPIC = 4
_FAMILY_ASKED = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:那|这)?一?类(?!型|似)")  # "搞信息科技那一类"
_FAMILY_POINTED = re.compile(r"([\u4e00-\u9fff]{2,})(?:那|这)(?:一)?类(?=岗|职位|工作|的)")
_RARE_DF = 2  # a word at most this many documents use is particular to them
_CUE_TOPIC = 6  # the same, for a message whose cue says it asks about a post's material
_ATTRIBUTE_TOPIC = 8  # the same, for a message naming facts of a post (学历, 证书) in everyday words


_SUBORDINATE_INTENTS = (Intent.duty, Intent.qualification, Intent.kpi, Intent.jd_draft, Intent.kpi_design)


def _subordinate_post(u: Understanding, snapshot: KnowledgeSnapshot, lexicon: Lexicon) -> None:
    """"他手下的人考核哪些指标" about 配载主管: the question is about the post under him, when his
    profile names exactly one post the knowledge base describes."""
    if not u.role or u.attribute or u.intent not in _SUBORDINATE_INTENTS:
        return
    q = fold(u.question)
    if not any(fold(w) in q for w in lexicon.roles.subordinate_references):
        return
    named = {squash(p.text) for profile in snapshot.profiles_of(u.role) if (p := profile.fields.get("subordinates"))}
    posts = {e.title for text in named for part in _POST_SEPARATORS.split(text)
             if (e := snapshot.inventory.get(part.strip())) is not None and e.has_profile and e.title != u.role}
    if len(posts) == 1:
        post = posts.pop()
        u.role, u.asked_role, u.role_status, u.role_match = post, post, "known", "exact"


_BELOW = re.compile(r"(?:下面|手下|底下|下属|下边)的?")


def _rank_below(u: Understanding, snapshot: KnowledgeSnapshot, lexicon: Lexicon) -> None:
    """"他下面的主管呢" about 按摩技师部门经理: the post of that rank in the same unit (按摩技师部门主管),
    when the knowledge base describes it."""
    if not u.role:
        return
    ranks = sorted((squash(w) for w in lexicon.roles.rank_titles), key=len, reverse=True)
    q = squash(fold(u.question))
    m = re.search(rf"{_BELOW.pattern}(?P<rank>{'|'.join(map(re.escape, ranks))})", q)
    own = squash(u.role)
    ending = next((r for r in ranks if own.endswith(r) and len(own) > len(r)), None)
    if m is None or ending is None or m["rank"] == ending:
        return
    entry = snapshot.inventory.get(own[: -len(ending)] + m["rank"])
    if entry is not None and entry.has_profile:
        u.role, u.asked_role, u.role_status, u.role_match = entry.title, entry.title, "known", "exact"


_THIS = re.compile(r"[这那](?:个|位|名)?")


def _post_just_named(u: Understanding, previous: PreviousTurn | None, snapshot: KnowledgeSnapshot) -> None:
    """"那这个主管下面都管哪些岗位" right after "强电值班员的上级是谁" (工程主管): the described post the
    last answer named whose title ends in the words pointed at, when one does."""
    if previous is None or not previous.item_texts or u.role_status not in ("mentioned", "unknown", "related") or not u.asked_role:
        return
    asked = squash(u.asked_role)
    at = squash(fold(u.question)).find(asked)
    if at <= 0 or not _THIS.search(squash(fold(u.question))[max(0, at - 2) : at]):
        return
    said = squash(fold(" ".join(previous.item_texts)))
    posts = {e.title for e in snapshot.inventory.with_profiles()
             if squash(e.title).endswith(asked) and len(e.title) > len(asked) and squash(e.title) in said}
    if len(posts) == 1:
        title = posts.pop()
        u.role, u.asked_role, u.role_status, u.role_match, u.mention = title, title, "known", "exact", None


def _field_of_last_indicator(u: Understanding, last: PreviousTurn | None, classifier: IntentClassifier) -> int:
    """The item (1-based; 0 for none) whose field the message asks ("数据从哪来", "它的权重"): the one
    indicator the last turn showed, or singled out ("权重最高的是：X", then "它怎么打分"). After "第一
    个的目标值多少" expanded a list, "权重呢" asks the list again; "哪个指标…" chooses from the list; a
    message naming an indicator anew is its own question."""
    lexicon = classifier.lexicon
    asked = lexicon.kpi.fields_asked(u.question)
    singular = any(w in u.question for w in ("它", "这个指标", "该指标", "这项", "这一项", "那个指标", "那项", "那一项"))
    kpi = lexicon.intents.intents.get("kpi")
    if not asked and singular and kpi is not None and any(len(c) >= 2 and fold(c) in fold(u.question) for c in kpi.cues):
        asked = ["definition"]  # "它具体怎么考核" after one indicator's card: how that one is scored
    # "它属于哪一类": the which of a field's own words asks the field, not which item of the list
    unasked = u.question
    for word in (w for name in asked for w in lexicon.kpi.asked_fields[name]):
        unasked = unasked.replace(word, " ")
    if last is None or u.role_status != "none" or not asked or re.search(r"哪(?:个|些|一|项|几|条)", unasked):
        return 0
    if u.dimension is not None:
        return 0  # "学习成长类一共占多少" after one indicator's card: the part of the scorecard it names
    # "权重最高的指标呢": which of the post's rows holds the extreme weight, not the field of the one shown
    if any(fold(w) in fold(u.question) for w in [*lexicon.kpi.highest, *lexicon.kpi.lowest]):
        return 0
    if last.focus_item and singular:
        return last.focus_item
    if not last.kpi_row or last.items != 1:
        return 0
    # "权重呢" after an expanded item asks the list again; "没达标扣多少分", a question of its
    # own, asks the item just shown
    elliptic = fold(u.question).strip(" ?？。!！").endswith("呢")
    rest = fold(lexicon.kpi.bare(u.question))
    for word in sorted((fold(w) for words in lexicon.kpi.asked_fields.values() for w in words), key=len, reverse=True):
        rest = rest.replace(word, " ")
    residual = classifier.residual(rest)
    # ("廊坊的目标呢" after the expanded item: a word of its own qualifies the field of that item)
    if not (singular or not last.expanded or last.kpi_focus or not elliptic or residual):
        return 0
    # ("错一次和错两次分别得几分": the words beyond the field are the row's own, "错一次得80分错二次得60分")
    said = bigrams(" ".join(last.item_texts).replace("两", "二"))
    own = bigrams(residual.replace("两", "二"))
    return 1 if len(residual) <= 2 or len(own & said) >= max(2, len(own) / 2) else 0


def _without_orgs(text: str, org_words: list[str]) -> str:
    """The text without the organisations the question names (they say which posting, not what)."""
    for word in org_words:
        text = text.replace(squash(word), "")
        # "Moka那家的呢" for "Moka(北京希瑞亚斯科技有限公司)", "美团的呢" for "美团 成都研发中心": a part
        # of a name written in parts
        for part in re.split(r"[\s()（）·・,，、]+", word):
            if len(squash(part)) >= 2:
                text = text.replace(squash(part), "")
    return text


_NTH_POST = re.compile(r"第\s*(?P<n>[一二三四五六七八九十两\d]{1,2})\s*(?:个|位)(?!指标|条|项|方面|部分|步)")
_POST_SEPARATORS = re.compile(r"\s*[、,，/;；]\s*|\s*(?:和|及|以及)\s*")


def _nth_listed_post(q: str, previous: PreviousTurn | None, snapshot: KnowledgeSnapshot) -> str | None:
    """The post an ordinal ("第一个", "第二位") points at in the last answer, when that answer listed
    posts (a post's subordinates: "培训主管、招聘专员、薪酬福利专员"); else None."""
    if previous is None or previous.attribute != "subordinates" or not previous.item_texts:
        return None
    m = _NTH_POST.search(q)
    if m is None:
        return None
    posts = [e.title for text in previous.item_texts for part in _POST_SEPARATORS.split(text)
             if (e := snapshot.inventory.get(part.strip())) is not None]  # fmt: skip
    n = cn_number(m["n"])
    return posts[n - 1] if n is not None and 1 <= n <= len(posts) else None


def _ordinal_in_section(u: Understanding, listed: PreviousTurn, snapshot: KnowledgeSnapshot) -> None:
    """"基本素养第三点说的啥": the third item under the sub-heading the question names, counted
    within it, not the third item of the whole list shown."""
    if not u.expand_item or u.expand_item < 1 or not listed.profile_id or not listed.item_texts:
        return
    profile = next((p for p in snapshot.profiles_of(listed.role or "") if p.id == listed.profile_id), None)
    if profile is None:
        return
    q = squash(u.question)
    for items in (profile.duties, profile.qualifications):
        for heading in dict.fromkeys(i.heading for i in items if i.heading):
            name = squash(strip_marker(heading))
            under = [i for i in items if i.heading == heading]
            if len(name) < 2 or name not in q or u.expand_item > len(under):
                continue
            target = squash(strip_marker(under[u.expand_item - 1].text))[:12]
            shown = next((k for k, text in enumerate(listed.item_texts, 1) if target and target in squash(text)), None)
            if shown is not None:
                u.expand_item = shown
            return


def _follow(u: Understanding, prev: PreviousTurn | None, listed: PreviousTurn | None, classifier: IntentClassifier,
            intent: Intent | None, named: PreviousTurn | None = None, last: PreviousTurn | None = None,
            snapshot: KnowledgeSnapshot | None = None) -> None:  # fmt: skip
    """Resolve a follow-up against the previous turns: keep their role, intent or item list."""
    lexicon = classifier.lexicon
    cues = lexicon.intents.followup
    q = fold(u.question).strip()
    first = _first_items(u.question, lexicon)
    if first is not None and listed is not None and listed.items >= first and u.role_status == "none":
        # "前两条呢": the first items of the last list, again
        u.followup, u.expand_item = "first_items", first
        u.intent, u.intent_source = listed.intent, "followup"
        u.role, u.role_status, u.asked_role = listed.role, listed.role_status, listed.asked_role
        return
    n = expand_number(u.question, lexicon)
    if n is None and listed is not None and u.role_status == "none":
        # "管理职能具体指什么": an item named, not numbered ("那部门经理具体干啥" names a post instead)
        n = _named_item(u.question, listed, classifier)
    if (n is None and listed is not None and u.role_status == "none" and listed.intent == Intent.kpi and listed.role
            and lexicon.kpi.fields_asked(u.question) and _names_listed_indicator(q, listed, lexicon)):
        # "返修率那项目标定的多少" after 缝纫工's indicators: a field of its 本工序返修率, not of another
        # post's 返修率
        u.role, u.role_status, u.asked_role = listed.role, listed.role_status, listed.asked_role
        u.intent, u.intent_source, u.followup = Intent.kpi, "followup", "reference"
        return
    if n is None and listed is not None and u.role_status in ("mentioned", "unknown"):
        # "讲师那块具体咋管": a word that is also a title, pointing at the listed item holding it
        n = _pointed_item(q, listed, lexicon)
        if n is not None:
            u.mention = None
    if n is None and (field_of := _field_of_last_indicator(u, last, classifier)):
        n, listed = field_of, last  # "数据从哪来" right after one indicator's card: a field of that row
        u.expand_last = True
    said = squash(u.asked_role or "")
    if (n is not None and u.has_role and listed is not None and u.role != listed.role and said and 0 < n <= len(listed.item_texts)
            and said in squash(listed.item_texts[n - 1])
            and any(squash(said + fold(w)) in squash(q) for w in lexicon.intents.followup.pointers)):  # fmt: skip
        # "关于客户经理那一条(第五条)再细说下": the listed item that names the post, not that post's list
        u.role, u.role_status, u.asked_role, u.mention = listed.role, listed.role_status, listed.asked_role, None
    if n is not None and u.has_role and u.role_status == "known" and listed is not None and u.role != listed.role:
        # "那安全主管第三条呢": item 3 of that post's list of the same kind, not of the last answer
        u.followup, u.expand_item = "expand_list", n
        if intent == Intent.kpi:
            u.intent = Intent.kpi  # "换到车辆调度员，他的业绩标准第二条是啥": that post's own indicator list
        elif intent not in (Intent.duty, Intent.qualification):
            u.intent, u.intent_source = (listed.intent if listed.intent in (Intent.duty, Intent.qualification) else Intent.duty), "followup"
        return
    if n is not None and listed is not None and listed.items:
        u.followup, u.expand_item = "expand", n
        if intent not in (Intent.duty, Intent.qualification, Intent.kpi):
            # "回到刚才的职责，第三条具体什么意思": the list it names, though it asks what an item means
            intent = next((it for name, it in (("duty", Intent.duty), ("qualification", Intent.qualification), ("kpi", Intent.kpi))
                           if classifier._has(name, q)), intent)  # fmt: skip
        # ("业绩标准第二条" after the requirements: item 2 of the post's performance standards)
        # ("这项多久考核一次" after one indicator's card: 考核 asks its period, it names no list)
        named_list = intent in (Intent.duty, Intent.qualification, Intent.kpi) and intent != listed.intent and not u.expand_last
        if named_list:
            # ("第一条具体要求多久内回访": words after "具体" ask about the item, they name no list)
            cut = min((i for w in cues.expand if (i := q.find(fold(w))) > 0), default=len(q))
            named_list = classifier._has(intent.value, q[:cut])
        u.intent, u.intent_source = (intent if named_list else listed.intent), "followup"
        u.role, u.role_status, u.asked_role = listed.role, listed.role_status, listed.asked_role
        if named_list:
            # "第三条职责展开说说" after a pay answer: item 3 of the post's duties, not of that answer
            u.followup = "expand_list"
        return
    # ("嗯，还有其他的吗": an acknowledgement before it changes nothing)
    opened = _without_interjections(q, cues.interjections)
    if any(opened.startswith(fold(m)) or opened == fold(m) for m in cues.more) and listed is not None:
        u.role, u.role_status, u.asked_role = listed.role, listed.role_status, listed.asked_role
        if intent in (Intent.duty, Intent.qualification, Intent.kpi) and intent != listed.intent:
            # "还有别的职责吗" after the requirements: the post's duties, not more requirements
            u.intent, u.intent_source, u.attribute = intent, "followup", None
            return
        u.followup = "more"
        u.intent, u.intent_source, u.attribute = listed.intent, "followup", listed.attribute
        return
    starts = any(q.startswith(fold(s)) for s in cues.starts)
    refers = any(fold(r) in q for r in cues.references)
    residual = classifier.residual(u.question)
    about = named or prev
    # (nor a word the documents use that is a post's ending alone or no post's ending: "它要求几年开发经验")
    said = squash(u.asked_role or "")
    loose = u.role_status == "mentioned" and not any(said.endswith(squash(x)) and said != squash(x) for x in lexicon.roles.suffixes)
    if u.role_status in ("unknown", "mentioned", "related", "typo") and said and about is not None and about.role:
        # "这个产品岗在哪里办公" after 产品经理-People-成都: a demonstrative, then the post just discussed
        # by a shorter name of its own (its words, then 岗 or 岗位)
        stem = re.sub(r"(?:岗位|职位|岗)$", "", said)
        if (len(stem) >= 2 and stem != said and stem in squash(about.role)
                and re.search(r"(?:这个|这|该|此)" + re.escape(fold(u.asked_role or "")), q)):  # fmt: skip
            refers = True
            u.role_status = "unknown"
        elif said in squash(about.role) and re.search(r"(?:这个|这|该|此)" + re.escape(fold(u.asked_role or "")) + r"(?:岗位|职位|岗)", q):
            # "这个主管岗位挂在哪个部门" after 行政主管: the post discussed, by the ending of its title
            refers = True
            u.role_status = "unknown"
    if u.role_status == "none" and not refers and about is not None and about.role:
        # "这个储备岗进去做什么" after 电气技术储备: the same, with words no post is named by
        pointed = re.search(r"(?:这个|这|该|此)([\u4e00-\u9fff]{2,6}?)(?:岗位|职位|岗)", q)
        refers = pointed is not None and squash(pointed.group(1)) in squash(about.role)
    if (u.role_status == "unknown" or loose) and refers and about is not None and about.role:
        # "他要管技师考勤吗": the pronoun is the post discussed; a phrase no document names as a
        # post ("管技师") is what the question asks about it, not another post
        u.role_status, u.asked_role, u.mention, u.suggestions = "none", None, None, []
    counted = bool(u.asked_role and re.search(r"(?:几|多少|[一二两三四五六七八九十\d]+)\s*(?:名|个|位|人)\s*" + re.escape(fold(u.asked_role)), q))
    if u.role_status == "mentioned" and u.asked_role and about is not None and about.role and snapshot is not None and not counted:
        # "下面的主管又是对谁负责" after 按摩技师部门经理: the 主管 of that unit, a post of its own
        # (not "部门里一般设几名主管": a count of them, asked of the unit)
        beside = _unit_post(u.asked_role, about.role, snapshot)
        if beside is not None:
            u.role, u.role_status, u.asked_role, u.mention, u.role_match = beside, "known", beside, None, "exact"
    if u.role_status != "none":
        # "换成店长呢" / "那店长呢": a new role, the same question
        # ("大连营业部的财务专员呢?": the unit names where, not what is asked)
        rest = _without_orgs(residual.replace(squash(u.asked_role or ""), ""), u.org_words)
        for filler in cues.fillers:
            rest = rest.replace(squash(filler), "")
        ends = bool(re.search(r"呢[?？。!！\s]*$", u.question))
        asked = last or prev  # the question just asked, answered or not
        if last is not None and prev is not None and not (last.role or last.asked_role) and last.intent == Intent.method:
            asked = prev  # a question of no post in between ("第4条说的是什么" unanswered): the post's own question
        if last is not None and prev is not None and last.off_topic:
            asked = prev  # "审计师证书考试难不难" refused in between: "换成资金部呢" switches the topic before it
        # (not "那收银也归导购管吗" of the post just discussed: no new post, a topic of its own)
        places = "".join(w for w in lexicon.roles.place_names if w in rest)  # ("那导购在深圳多少": where, no topic)
        same = asked is not None and u.role is not None and u.role == asked.role and len(rest) - len(places) > 2
        # ("那招聘专员（一级）的行为标准具体有哪些": a topic of its own after the new post, not the same question)
        if asked is not None and intent is None and u.attribute is None and not same and (
                starts and len(_without_title_words(rest, u.role)) - len(places) < _OWN_TOPIC
                or ends and len(rest) <= _OWN_TOPIC or len(rest) <= 2):
            u.followup = "switch"
            u.intent, u.intent_source, u.attribute = asked.intent, "followup", asked.attribute
            if (asked.kpi_row or asked.kpi_focus) and asked.intent in (Intent.method, Intent.duty):
                u.intent = Intent.kpi  # "毛利率的目标定的多少" then "社区店店长的呢": that post's indicators
            u.attributes = list(asked.attributes)  # "他手下有几个人" then "那大卖场的店长呢": the same facts
        return
    if prev is None:
        return
    # Only a message with no topic of its own continues the last one ("那任职要求呢?",
    # "需要什么学历?", "他的直属上司是谁?"); "什么是平衡计分卡" is a new question.
    ends = bool(re.search(r"呢[?？。!！\s]*$", u.question))
    # intents that are about some post: without a topic of their own they are about the last one
    # ("考核指标有哪些?", "写一份岗位说明书" right after a role was discussed)
    role_bound = u.intent in (Intent.duty, Intent.qualification, Intent.attribute, Intent.kpi, Intent.jd_draft,
                              Intent.kpi_design) or u.attribute is not None  # fmt: skip
    # A bare question with no cue at all ("要出差吗?", "一个月休几天?") asked in a conversation
    # about a post is about that post; a question word alone is never a topic.
    bare = intent is None and u.intent_source in ("default", "example")
    latest = prev
    if (starts or ends) and bare and u.role is None and prev.role_status == "mentioned" and prev.asked_role:
        # "客户营销类呢?" after "银行柜员一般负责什么工作" (a family the essays discuss, no post described):
        # the same question about that term
        topic = _topic_switch(u.question, prev.question, prev.asked_role)
        if topic is not None:
            u.followup, u.rewritten = "topic", topic
            u.intent, u.intent_source = prev.intent, "followup"
            return
    if not prev.role:
        if named is None or not (refers or role_bound or bare):
            topic = _topic_switch(u.question, prev.question) if (starts or ends) and bare else None
            again = starts or any(w in u.question for w in cues.again)
            if topic is None and again and intent is not None and intent == prev.intent and (family := _FAMILY_ASKED.search(fold(u.question))):
                # "那搞信息科技那一类干嘛的" after "风险控制类的岗位做什么": the same question of another family of posts
                term = re.sub(r"^(?:那么|那|还有|换成|换)?(?:搞|做|干|当)?", "", family[1])
                topic = _topic_switch(f"{term}类", prev.question)
            if topic is not None:
                # "那信息科技类呢?" after "风险控制类岗位做什么": the same question about that term
                u.followup, u.rewritten = "topic", topic
                u.intent, u.intent_source = prev.intent, "followup"
            else:
                # "今年没休完能留到明年吗?" right after "年假一年有几天": a question about the rule just shown
                # ("占多少权重" right after an indicator's row: a field of that row, whatever its cue)
                field = prev.intent == Intent.kpi and u.intent == Intent.kpi and bool(lexicon.kpi.fields_asked(u.question))
                _read_with(u, prev, bare or field, lexicon)
            return
        prev = named  # the last role discussed, even across a general or refused turn
    # a cue of a post's material ("英文得考过几级", "四十五岁还能去吗") with a few words of its own,
    # numbers aside, asks it of the post just discussed
    # (not when those words end like a post: "审批岗最低要啥学历" names a post of its own)
    # (nor when they name a family of posts of their own: "产品支持类的又负责啥" after 银行柜员)
    family = re.search(rf"[\u4e00-\u9fff]{{2,}}(?:类|{'|'.join(map(re.escape, lexicon.roles.family_endings)) or '类'})", residual)
    cue_bound = (role_bound and u.intent_source == "cue" and len(re.sub(r"[\d一二三四五六七八九十百两几]+", "", residual)) <= _CUE_TOPIC
                 and not family
                 and not any(s in _without_noise(residual, lexicon) for s in lexicon.roles.suffixes if len(s) >= 2 or s == "岗"))  # fmt: skip
    # "读书学历上、专业上卡不卡人": the facts of a post it names (学历, 专业) with everyday words around
    # them, and no post of its own, ask them of the post just discussed
    plain = re.sub(r"[\d一二三四五六七八九十百两几]+", "", residual)
    attribute_bound = (bool(u.attributes) and u.role_status == "none" and len(plain) <= _ATTRIBUTE_TOPIC
                       and not any(s in _without_noise(residual, lexicon) for s in lexicon.roles.suffixes if len(s) >= 2 or s == "岗"))  # fmt: skip
    # "之前在HRSSC干过算不算加分": a rare word of the post's own material ("有HRSSC…经验者优先") ties
    # a question that names no post to the post just discussed
    anchored = (role_bound and u.role_status == "none" and not family and snapshot is not None
                and _rare_word_of_post(residual, prev.role, snapshot))
    cue_bound = cue_bound or attribute_bound or anchored
    # "京东物流的呢，学历卡不卡": the organisation names which posting, it is no topic of its own
    # ("进去以后每个月要干哪些活": when and how often is no topic either)
    own_words = _without_orgs(residual, u.org_words)
    for filler in cues.fillers:
        own_words = own_words.replace(squash(fold(filler)), "")
    if refers or ((starts or ends or role_bound or bare) and len(own_words) <= _OWN_TOPIC) or cue_bound:
        u.followup = "reference" if refers else "ellipsis"
        u.role, u.role_status, u.asked_role = prev.role, prev.role_status, prev.asked_role
        within = any(w in u.question for w in cues.within)
        if ((not refers or within) and u.dimension is None and prev.intent == Intent.kpi and intent in (None, Intent.kpi)
                and not any(fold(w) in fold(u.question) for w in cues.whole)):
            # "包含哪几个指标" right after "学习成长类占多少": the rows of that dimension still
            u.dimension = _dimension(prev.question, lexicon)
        # "美团那个呢?": another organisation's posting of the same post; otherwise the one shown
        u.profile_hint = None if u.org_words else prev.profile_id
        if intent is None and u.attribute is None and not u.attributes:
            # "要出差吗?", "那他的权力呢?" ask something of their own about the post (passages
            # about it); only a message that says nothing more ("他呢?", "美团那个呢?") repeats
            # the last question
            rest = residual
            for word in u.org_words:
                for part in [word, *re.split(r"[\s(（)）·]+", word)]:
                    if len(squash(part)) >= 2:
                        rest = rest.replace(squash(part), "")
            # "那A级呢", "那高级的呢" after a question about the post: the same question at that grade
            graded = starts and re.fullmatch(rf"(?:{level_word(lexicon)}|[a-z]\d?|\d+)级?的?", rest) is not None
            own = bare and len(rest) >= 2 and not graded
            if own and snapshot is not None and _names_list_part(rest, prev, snapshot, lexicon):
                own = False  # "那中班呢" after the post's 早班 duties: the same question of that part
            if refers and not own:
                # "他要跑客户吗": a pronoun, then words of its own (客户 is no cue here): a question
                # of its own about him
                own = len(_without_orgs(squash(content_text(fold(u.question))), u.org_words)) >= 2
            if own and prev.intent == Intent.kpi and u.dimension is not None:
                own = False  # "客户类那块又是哪些" after a post's indicators: its rows of that dimension
            u.intent, u.intent_source = (Intent.method if own else prev.intent), "followup"
            if not own:  # "京东物流的呢?" after "要几年经验?": the same attribute of that posting
                u.attribute = prev.attribute
        if u.attribute:
            u.intent = Intent.attribute
    else:
        # "季度那次决定什么" right after the post's appraisal rules ("…每三个月综合考核一次,决定…"):
        # about the passage just shown, in its words
        _read_with(u, latest, bare, lexicon, in_its_words=True)


def _without_title_words(rest: str, title: str | None) -> str:
    """"一级行为标准" -> "行为标准" after 人力资源招聘专员(一级): what the title itself says, gone."""
    inside = squash(title or "")
    for size in range(len(rest), 1, -1):
        for start in range(len(rest) - size + 1):
            if rest[start:start + size] in inside:
                return _without_title_words(rest[:start] + rest[start + size:], title)
    return rest


def _unit_post(title: str, previous: str, snapshot: KnowledgeSnapshot) -> str | None:
    """The post named ``title`` in the unit of the post just discussed: 主管 after
    养生会所按摩技师部门经理 is 养生会所按摩技师部门主管, when the documents describe it."""
    asked, before = squash(title), squash(previous)
    for cut in range(len(before) - 1, max(1, len(before) - 5), -1):  # the previous post's ending replaced
        entry = snapshot.inventory.get(before[:cut] + asked)
        if entry is not None and entry.has_profile and squash(entry.title) != before:
            return entry.title
    return None


def _without_noise(text: str, lexicon: Lexicon) -> str:
    """``text`` without the words that only look like a title's ending ("上岗证书" holds 岗)."""
    for word in sorted(lexicon.roles.suffix_noise, key=len, reverse=True):
        if len(word) >= 2:
            text = text.replace(fold(word), "")
    return text


def _read_with(u: Understanding, turn: PreviousTurn, bare: bool, lexicon: Lexicon, in_its_words: bool = False) -> None:
    """A short question of its own with no cue, right after an answer: searched together with the
    question it follows (the chain keeps it only if it stays on the passage just shown).
    ``in_its_words``: only when the question shares a word with the answer's items."""
    q = fold(u.question).strip()
    if not (bare and turn.items and len(q) <= SHORT_FOLLOWUP and u.role_status == "none"
            and not any(fold(w) in q for w in lexicon.scope.topic_change)):  # fmt: skip
        return
    if in_its_words and not bigrams(content_text(u.question)) & {f for text in turn.item_texts for f in bigrams(text)}:
        return
    u.followup, u.rewritten = "context", f"{turn.question} {u.question}"


def _names_list_part(rest: str, prev: PreviousTurn, snapshot: KnowledgeSnapshot, lexicon: Lexicon) -> bool:
    """Whether a bare "那X呢" names a part of the post's list just asked for (a sub-heading of its
    duties, "中班"), or a word lists are parted by (sections.toml ``list_parts``, "夜班")."""
    kinds = {Intent.duty: "duties", Intent.qualification: "qualifications"}
    if prev.intent not in kinds or not prev.role:
        return False
    word = re.sub(r"的$", "", rest)
    if word in {squash(w) for w in lexicon.sections.list_parts if len(w) >= 2}:
        return True
    return any(item.heading and word in squash(fold(item.heading))
               for p in snapshot.profiles_of(prev.role) for item in getattr(p, kinds[prev.intent]))


def _rare_word_of_post(residual: str, role: str, snapshot: KnowledgeSnapshot) -> bool:
    """Whether the question's own words hold a rare word (a term, an acronym) that the post's own
    description uses."""
    df = snapshot.idf.df
    rare = {f for f in bigrams(content_text(residual)) if 0 < df.get(f, 0) <= _RARE_DF}
    if not rare:
        return False
    said: set[str] = set()
    for p in snapshot.profiles_of(role):
        for item in [*p.purpose, *p.duties, *p.qualifications, *p.kpis, *p.benefits, *p.fields.values()]:
            said |= bigrams(item.text)
    return bool(rare & said)
