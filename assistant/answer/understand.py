"""Understand a question: intent, attribute, the role it is about, and how it follows the last turn.

Intent comes from the lexicon's cue words; a question without cues is classified by its
nearest example questions (embedding similarity, when an embedder is available). The role is
resolved against the knowledge base's own inventory (``knowledge/roles.py``); the words of the
lexicon only help to find role phrases, they never decide that a role is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
from pydantic import BaseModel, Field

from assistant.knowledge.roles import Resolution
from assistant.knowledge.snapshot import KnowledgeSnapshot
from assistant.lexicon import Lexicon
from assistant.models import BscDimension, Intent
from assistant.text import cn_number, content_text, fold, normalize_label, squash

EmbedFn = Callable[[Sequence[str]], np.ndarray]  # texts -> (n, dim) L2-normalised query vectors

# Question words of a how/what question, and the words of a request for a document (grammar).
_HOW = re.compile(r"怎么|如何|怎样|哪些|哪几|什么|是否|为什么|吗[?？]?$|步骤|流程|原则")
_ASKING = re.compile(r"^(请|麻烦)|帮我|帮忙|给我|替我|为我|给[^,，。?？]{1,12}(设计|制定|写|起草|定|出|列|做)|能不能|可以.{0,4}(写|设计|起草)")
_DEFINITION = re.compile(r"^(请问)?(什么是|何为|何谓)|(是什么意思|什么意思|的含义|的定义|指什么)[?？]?$")
EXAMPLE_MIN_SIM = 0.90  # e5 cosine below which the nearest example says nothing
EXAMPLE_MARGIN = 0.02  # the best intent must beat the next intent's best example by this much
SHORT_FOLLOWUP = 14
# Attributes that are parts of the requirements list (several of them ask for the whole list).
QUALIFICATION_ATTRIBUTES = {"education", "major", "experience", "certificate", "skills", "personal", "age", "gender", "other_requirements"}  # characters: a message this short without a role continues the last topic


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
    suggestions: list[str] = Field(default_factory=list)
    followup: str | None = Field(default=None, description="ellipsis | reference | switch | expand | more")
    expand_item: int | None = None
    dimension: BscDimension | None = None
    smalltalk: bool = False
    count: int | None = Field(default=None, description="a number of items asked for ('设计5个KPI')")
    org_words: list[str] = Field(default_factory=list, description="organisation/industry words of the question")
    terms: list[str] = Field(default_factory=list, description="terms the question puts in quotes (names of things)")
    mention: str | None = Field(default=None, description="how the documents name a post they mention without a profile")

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
    role: str | None = None
    asked_role: str | None = None
    role_status: str = "none"
    items: int = 0


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
        self.attribute_words: list[tuple[str, str]] = sorted(
            ((normalize_label(w), key) for key, spec in fields.items() for w in spec.asks if len(normalize_label(w)) >= 1),
            key=lambda kv: -len(kv[0]),
        )

    def is_smalltalk(self, question: str) -> bool:
        q = fold(question).strip()
        return any(p.search(q) for p in self.smalltalk)

    def _has(self, intent: str, q: str) -> bool:
        return any(c in q for c in self.cues.get(intent, ()))

    def _request(self, intent: str, q: str) -> bool:
        """A drafting request: a verb shortly before a cue ("帮我起草一份…岗位说明书"), or a request
        anywhere with the verb after the cue ("…该用哪些指标考核? 帮我设计一下")."""
        if _ASKING.search(q) and any(v in q for v in self.verbs.get(intent, ()) if len(v) >= 2):
            return True
        for cue in self.cues.get(intent, ()):
            pos = q.find(cue)
            if pos < 0:
                continue
            head = q[max(0, pos - 20) : pos]
            if any(v in head for v in self.verbs.get(intent, ())):
                return True
        return False

    def residual(self, question: str) -> str:
        """What a question says beyond question words, intent cues and attribute words.

        "那任职要求呢?" leaves nothing: it can only be about the last topic. "什么是平衡计分卡"
        leaves "平衡计分卡": a topic of its own.
        """
        text = content_text(question)
        words = [c for cues in self.cues.values() for c in cues] + [w for w, _ in self.attribute_words]
        words += [fold(w) for w in self.lexicon.intents.followup.starts + self.lexicon.intents.followup.references]
        # "那内部营运类呢?": a scorecard dimension narrows the last topic, it is not a new one
        words += [fold(w) for d in self.lexicon.bsc.dimensions.values() for w in d.labels]
        for word in sorted(set(words), key=len, reverse=True):
            if len(word) >= 2:
                text = text.replace(word, " ")
        return re.sub(r"[\W_]+", "", text)

    def attributes(self, question: str) -> list[str]:
        """Attributes a question names, longest word first, without overlaps."""
        q = normalize_label(question)
        found: list[str] = []
        for word, key in self.attribute_words:
            if len(word) == 1 and len(q) > 12:
                continue  # a one-character ask ("证") only counts in short questions
            pos = q.find(word)
            if pos >= 0:
                q = q[:pos] + " " * len(word) + q[pos + len(word) :]
                if key not in found:
                    found.append(key)
        return found

    def attribute(self, question: str) -> str | None:
        """The one attribute a question asks about; None for none or several ("专业和证书")."""
        found = self.attributes(question)
        return found[0] if len(found) == 1 else None

    def classify(self, question: str) -> tuple[Intent | None, str]:
        """(intent, source); (None, "") when nothing in the question tells."""
        q = fold(question)
        # A drafting request asks for a document ("帮我写…", "给店长设计…"); "设计KPI有哪些步骤?"
        # asks how it is done (a question word without a request word) and is a method question.
        how = bool(_HOW.search(q)) and not _ASKING.search(q)
        if self._has("jd_draft", q) and self._request("jd_draft", q) and not how:
            return Intent.jd_draft, "cue"
        if (self._has("kpi_design", q) and self._request("kpi_design", q) and not how
                and re.search(r"设计|制定|拟定|搭建|建立|给.{1,12}(定|出|列|做)|帮.{0,8}(定|出|列|做)", q)):  # fmt: skip
            return Intent.kpi_design, "cue"
        if _DEFINITION.search(q):
            return Intent.method, "cue"  # "什么是胜任力": a definition, whatever words the term holds
        kpi, qual, duty, method = (self._has(n, q) for n in ("kpi", "qualification", "duty", "method"))
        if kpi:
            if method and not re.search(r"指标|kpi|权重|维度|打分|评分|怎么计分|如何计分|公式|怎么算|计算", q):
                return Intent.method, "cue"
            return Intent.kpi, "cue"
        if self.attribute(question) and not duty:
            return Intent.attribute, "cue"
        if qual:
            return Intent.qualification, "cue"
        if duty:
            return Intent.duty, "cue"
        if method:
            return Intent.method, "cue"
        if self.embed is not None:
            found = self._nearest(question)
            if found is not None:
                return found, "example"
        return None, ""

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
            text = re.sub(r"^(请问|请|帮我|帮忙|麻烦)?(看看|看一下|检查一下|检查|评估一下|评估|判断一下)?", "", q[:pos].strip())  # folded: positions agree
            text = text.strip(" ,，:：、\"'“”「」")
            return text if len(text) >= 2 else None
    return None


_QUOTED = re.compile(r"[“\"「『‘'](?P<term>[^”\"」』’']{2,24})[”\"」』’']")


def quoted_terms(question: str) -> list[str]:
    """Terms a question puts in quotes: it asks about them by name ("大客户服务和维护"这项指标)."""
    return [m.group("term").strip() for m in _QUOTED.finditer(question) if m.group("term").strip()]


def expand_number(question: str, lexicon: Lexicon) -> int | None:
    """"第二条展开说说" -> 2."""
    cues = lexicon.intents.followup
    units = "".join(re.escape(u) for u in cues.expand_units) or "条"
    m = re.search(rf"第\s*([一二三四五六七八九十两\d]{{1,3}})\s*[{units}]", question)
    if not m:
        return None
    rest = question[m.end() :]
    if not any(w in rest or w in question[: m.start()] for w in cues.expand) and len(fold(rest).strip(" ?？。!！呢")) > 2:
        return None
    return cn_number(m.group(1))


def _dimension(question: str, lexicon: Lexicon) -> BscDimension | None:
    q = fold(question)
    names = {d.value: d for d in BscDimension}
    for spec in lexicon.bsc.dimensions.values():
        for label in sorted(spec.labels, key=len, reverse=True):
            if len(label) >= 2 and fold(label) in q and (label != spec.name or re.search(re.escape(fold(label)) + r"(维度|方面|层面|类|指标)", q)):
                return names.get(spec.name)
    return None


def _count(question: str) -> int | None:
    m = re.search(r"(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:[-~到至]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}))?\s*(?:个|项|条)", question)
    return cn_number(m.group(1)) if m else None


def org_words(question: str, snapshot: KnowledgeSnapshot) -> list[str]:
    """Organisation or industry words of the question that the documents use too ("一德期货", "酒店")."""
    q = squash(question)
    found: list[str] = []
    for name, key in snapshot.organisation_names():  # built once per snapshot, not per question
        if len(key) >= 2 and key in q:
            found.append(name)
    # industry words: organisation suffixes with the two characters before them ("期货公司" -> 期货)
    for suffix in snapshot.lexicon.roles.organisation_suffixes:
        s = fold(suffix)
        pos = q.find(s)
        if pos >= 2:
            found.append(q[max(0, pos - 2) : pos + len(s)])
        elif pos >= 0 and len(s) >= 2:
            found.append(s)
    return list(dict.fromkeys(found))


def understand(
    question: str,
    snapshot: KnowledgeSnapshot,
    classifier: IntentClassifier,
    previous: PreviousTurn | None = None,
    listed: PreviousTurn | None = None,
    named: PreviousTurn | None = None,
) -> Understanding:
    """``previous``: the last turn about a topic; ``listed``: the last turn that listed items;
    ``named``: the last turn about a role (what "他" / "这个岗位" point to)."""
    lexicon = snapshot.lexicon
    q = question.strip()
    resolution: Resolution = snapshot.inventory.resolve(q)
    intent, source = classifier.classify(q)
    attribute = classifier.attribute(q)
    attributes = classifier.attributes(q)
    u = Understanding(
        question=q,
        intent=intent or Intent.method,
        intent_source=source or "default",
        attribute=attribute if intent in (Intent.attribute, Intent.qualification, None) else None,
        attributes=attributes if intent in (Intent.attribute, Intent.qualification, None) else [],
        dimension=_dimension(q, lexicon),
        smalltalk=classifier.is_smalltalk(q),
        count=_count(q),
        org_words=org_words(q, snapshot),
        terms=quoted_terms(q),
    )
    _apply_resolution(u, resolution, snapshot)

    if previous is not None and not u.smalltalk:
        # an intent guessed from example questions is weak: the conversation may say better
        _follow(u, previous, listed, classifier, intent if source == "cue" else None, named)
    if intent is None and u.followup is None:
        u.intent = Intent.duty if u.has_role else Intent.method
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
    return u


def mentioned_form(snapshot: KnowledgeSnapshot, phrase: str) -> str | None:
    """How the documents name the post, if they do ("信息科技岗" is named as "信息科技" + 岗位)."""
    if snapshot.mentioned(phrase):
        return phrase
    key = squash(phrase)
    for suffix in sorted(snapshot.lexicon.roles.suffixes, key=len, reverse=True):
        if len(suffix) == 1 and key.endswith(suffix) and len(key) >= 4:
            return key[:-1] if snapshot.mentioned(key[:-1]) else None
    return None


def _apply_resolution(u: Understanding, r: Resolution, snapshot: KnowledgeSnapshot) -> None:
    u.role_status = r.status
    form = mentioned_form(snapshot, r.asked) if r.status == "unknown" and r.asked else None
    if form:
        u.role_status = "mentioned"  # no profile, but the documents talk about it
        u.mention = form
    u.asked_role = r.asked
    u.suggestions = list(r.suggestions)
    best = r.best
    if best is not None:
        u.role = best.entry.title
        u.role_match = best.match
        u.role_score = best.score
        u.role_candidates = [c.entry.title for c in r.candidates[1:6]]
        if best.match in ("exact", "alias"):
            u.asked_role = best.asked


def _follow(u: Understanding, prev: PreviousTurn, listed: PreviousTurn | None, classifier: IntentClassifier,
            intent: Intent | None, named: PreviousTurn | None = None) -> None:  # fmt: skip
    """Resolve a follow-up against the previous turns: keep their role, intent or item list."""
    lexicon = classifier.lexicon
    cues = lexicon.intents.followup
    q = fold(u.question).strip()
    n = expand_number(u.question, lexicon)
    if n is not None and listed is not None and listed.items:
        u.followup, u.expand_item = "expand", n
        u.intent, u.intent_source = listed.intent, "followup"
        u.role, u.role_status, u.asked_role = listed.role, listed.role_status, listed.asked_role
        return
    if any(q.startswith(fold(m)) or q == fold(m) for m in cues.more) and listed is not None:
        u.followup = "more"
        u.intent, u.intent_source, u.attribute = listed.intent, "followup", listed.attribute
        u.role, u.role_status, u.asked_role = listed.role, listed.role_status, listed.asked_role
        return
    starts = any(q.startswith(fold(s)) for s in cues.starts)
    refers = any(fold(r) in q for r in cues.references)
    residual = classifier.residual(u.question)
    if u.role_status != "none":
        # "换成店长呢" / "那店长呢": a new role, the same question
        rest = residual.replace(squash(u.asked_role or ""), "")
        if intent is None and u.attribute is None and (starts or len(rest) <= 2):
            u.followup = "switch"
            u.intent, u.intent_source, u.attribute = prev.intent, "followup", prev.attribute
        return
    if not prev.role:
        if not (refers and named is not None):
            return
        prev = named  # a pronoun points back to the last role even across a general question
    # Only a message with no topic of its own continues the last one ("那任职要求呢?",
    # "需要什么学历?", "他的直属上司是谁?"); "什么是平衡计分卡" is a new question.
    ends = bool(re.search(r"呢[?？。!！\s]*$", u.question))
    # intents that are about some post: without a topic of their own they are about the last one
    # ("考核指标有哪些?", "写一份岗位说明书" right after a role was discussed)
    role_bound = u.intent in (Intent.duty, Intent.qualification, Intent.attribute, Intent.kpi, Intent.jd_draft,
                              Intent.kpi_design) or u.attribute is not None  # fmt: skip
    if refers or ((starts or ends) and len(residual) <= 4) or (role_bound and len(residual) <= 2):
        u.followup = "reference" if refers else "ellipsis"
        u.role, u.role_status, u.asked_role = prev.role, prev.role_status, prev.asked_role
        if intent is None and u.attribute is None:
            u.intent, u.intent_source = prev.intent, "followup"
        if u.attribute:
            u.intent = Intent.attribute
