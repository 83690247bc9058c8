"""Load the domain vocabulary: shipped TOML files, merged with a user's files.

Every concept has one file (``roles.toml``, ``fields.toml`` …) shipped inside the package. A
company extends the vocabulary without touching code by putting files of the same names in
``$GANGWEI_HOME/lexicon/``: lists extend the shipped lists, maps override the shipped keys. The
merged result is validated by pydantic and handed down explicitly (no module globals); its
fingerprint is part of the ingest fingerprint, so changing a word re-processes the records.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

FILES = ("roles", "fields", "sections", "intents", "bsc", "kpi", "smart", "cleaning", "scope", "synonyms")


# "给它", "对这个指标": the object of a verb, a pronoun for what was just shown
_PRONOUN_OBJECT = re.compile(r"(?:给|对|为|帮)(?:它|他|她|这个指标|该指标|这项|这个)")
# "谁来打这个分": the object put inside a separable verb (打分, 评分, 考核)
_INSIDE_VERB = re.compile(r"(打|评|考)(?:这个|这项|这一项|它的|他的)(分|核)")

class LexiconError(ValueError):
    """A lexicon file cannot be used; the message is user-facing Chinese text."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_pattern(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"正则表达式无效: {value!r} ({exc})") from exc
    return value


# --- one model per file ------------------------------------------------------------------------


class RolesLexicon(_Model):
    version: int = 1
    suffixes: list[str] = Field(default_factory=list)
    latin_titles: list[str] = Field(default_factory=list)
    qualifiers: list[str] = Field(default_factory=list)
    grade_words: list[str] = Field(default_factory=list)
    organisation_suffixes: list[str] = Field(default_factory=list)
    department_suffixes: list[str] = Field(default_factory=list)
    generic_units: list[str] = Field(default_factory=list)
    unit_references: list[str] = Field(default_factory=list)
    subordinate_references: list[str] = Field(default_factory=list)
    not_units: list[str] = Field(default_factory=list)
    posting_tags: list[str] = Field(default_factory=list)
    place_endings: list[str] = Field(default_factory=list)
    workplace_endings: list[str] = Field(default_factory=list)
    place_names: list[str] = Field(default_factory=list)
    attribution_endings: list[str] = Field(default_factory=list)
    company_words: list[str] = Field(default_factory=list)
    prefix_noise: list[str] = Field(default_factory=list)
    become_verbs: list[str] = Field(default_factory=list)
    lead_ins: list[str] = Field(default_factory=list)
    self_intro: list[str] = Field(default_factory=list)
    ending_synonyms: list[list[str]] = Field(default_factory=list)
    ending_said_also: list[list[str]] = Field(default_factory=list)
    spelling_variants: list[list[str]] = Field(default_factory=list)
    suffix_noise: list[str] = Field(default_factory=list)
    locatives: list[str] = Field(default_factory=list)
    generic_titles: list[str] = Field(default_factory=list)
    audience_endings: list[str] = Field(default_factory=list)
    family_endings: list[str] = Field(default_factory=list)
    short_name_cues: list[str] = Field(default_factory=list)
    scope_notes: list[str] = Field(default_factory=list)
    unit_heads: list[str] = Field(default_factory=list)
    head_titles: list[str] = Field(default_factory=list)
    aide_titles: list[str] = Field(default_factory=list)
    rank_titles: list[str] = Field(default_factory=list)
    level_words: list[str] = Field(default_factory=list)
    deputy_marks: list[str] = Field(default_factory=list)
    doer_words: list[str] = Field(default_factory=list)
    doer_verbs: list[str] = Field(default_factory=list)
    person_words: list[str] = Field(default_factory=list)
    aliases: dict[str, list[str]] = Field(default_factory=dict)


class LabelSet(_Model):
    labels: list[str] = Field(default_factory=list)
    asks: list[str] = Field(default_factory=list)
    # Ask words that name who asks rather than what ("应届", "新手"): they ask the fact only when the
    # question asks no other ("应届生能投吗" asks the experience wanted; "应届生给多少工资" the pay)
    asks_alone: list[str] = Field(default_factory=list)
    # How a question asks the fact beyond its ask words (a regex), tried when no ask word of any
    # field is found: "在哪个办公室上班" asks the place whatever the place is called
    ask_pattern: str = ""
    # How a sentence states the fact when no label says it (a regex): "向行政经理汇报" states a
    # reporting line, "团队约40人" a team size. When set, a sentence must match it: a label word
    # alone is not enough ("编制年度预算" uses 编制 but states no headcount).
    states: str = ""
    # What a labelled value must hold (a regex): a headcount is a number, so "编制：人力资源部"
    # (who drew up the form) is no headcount.
    value: str = ""
    # intents whose cues this fact's ask words outweigh: "一句话概括是做什么的" asks for the purpose,
    # though "做什么" is a duty cue
    over: list[str] = Field(default_factory=list)
    # Words that ask for one particular thing of a broad fact, in groups of its names ("社保" of the
    # benefits): an answer must name that thing; the post's other perks (its shifts) do not answer it
    particular: list[list[str]] = Field(default_factory=list)
    # A fact a requirement states unless it states another one ("要会什么": what the post must know
    # or do is every requirement but those of these facts, which say what one must have or be)
    besides: list[str] = Field(default_factory=list)
    # Words right before an ask word that make it ask another thing ("配合哪个部门": the unit the post
    # works with, which its duties name, not the unit it belongs to)
    not_after: list[str] = Field(default_factory=list)

    @field_validator("states", "value", "ask_pattern")
    @classmethod
    def _states(cls, value: str) -> str:
        return _check_pattern(value) if value else value


class FieldsLexicon(_Model):
    version: int = 1
    fields: dict[str, LabelSet] = Field(default_factory=dict)
    label_periods: list[str] = Field(default_factory=list)
    label_qualifiers: list[str] = Field(default_factory=list)
    label_tails: list[str] = Field(default_factory=list)
    exact_columns: list[str] = Field(default_factory=list)
    code_columns: list[str] = Field(default_factory=list)
    initial_labels: list[str] = Field(default_factory=list)
    prose_facts: dict[str, list[str]] = Field(default_factory=dict)
    addressee_labels: list[str] = Field(default_factory=list)
    holder_words: list[str] = Field(default_factory=list)
    signature_labels: list[str] = Field(default_factory=list)
    signature_endings: list[str] = Field(default_factory=list)
    appointment_leads: list[str] = Field(default_factory=list)
    knowing: list[str] = Field(default_factory=list)
    written_asks: list[str] = Field(default_factory=list)
    not_places: list[str] = Field(default_factory=list)
    allowance_endings: list[str] = Field(default_factory=list)
    meaning_columns: list[str] = Field(default_factory=list)
    note_columns: list[str] = Field(default_factory=list)
    meaning_endings: list[str] = Field(default_factory=list)
    columns: dict[str, LabelSet] = Field(default_factory=dict)
    ranks: dict[str, list[list[str]]] = Field(default_factory=dict)

    def label_bases(self, label: str) -> list[str]:
        """The labels a qualifier in front or a tail behind leaves ("综合月薪" -> 月薪, "班次安排"
        -> 班次); a tail never leaves the post's own name ("岗位标准" is no post)."""
        titles = set(self.fields["title"].labels) if "title" in self.fields else set()
        out = [label[len(q):] for q in self.label_qualifiers if label.startswith(q) and len(label) - len(q) >= 2]
        # ("岗位每周工作时间": a period after the qualifier)
        out += [b[len(q):] for b in list(out) for q in self.label_periods if b.startswith(q) and len(b) - len(q) >= 2]
        out += [label[: -len(t)] for t in self.label_tails
                if label.endswith(t) and len(label) - len(t) >= 2 and label[: -len(t)] not in titles]  # fmt: skip
        return out

    def ask_labels(self, min_len: int = 3, per_field: int = 2) -> dict[str, list[str]]:
        """A way of asking for a field ("归谁管") -> the labels documents give it ("直属上级").

        Short asks ("证", "岁") are left out: as substrings they would fire inside other words.
        """
        out: dict[str, list[str]] = {}
        for spec in self.fields.values():
            labels = [w for w in spec.labels if len(w) >= 2][:per_field]
            for ask in spec.asks:
                if len(ask) >= min_len and ask not in spec.labels and labels:
                    out.setdefault(ask, [])
                    out[ask] += [w for w in labels if w not in out[ask]]
        return out


class SectionsLexicon(_Model):
    version: int = 1
    kinds: dict[str, list[str]] = Field(default_factory=dict)
    qualification_categories: dict[str, list[str]] = Field(default_factory=dict)
    duty_leads: list[str] = Field(default_factory=list)
    document_kinds: dict[str, list[str]] = Field(default_factory=dict)
    fact_headings: list[str] = Field(default_factory=list)
    # kind words that name their kind only alone or after a requirement's label ("学历要求"); other
    # words in front make a rule of them ("交接班要求", "着装要求")
    exact_kind_words: list[str] = Field(default_factory=list)
    exact_kind_leads: list[str] = Field(default_factory=list)  # words that leave it the kind ("具体要求")
    # a part of a list by when or in which case its items apply ("每周", "异常工况"): keeps the list's kind
    list_parts: list[str] = Field(default_factory=list)
    # a question for the part of a list that takes the largest share ("大部分时间花在哪块")
    largest_share: list[str] = Field(default_factory=list)
    # ... or for the parts other than the one just shown ("另外两块各占多少")
    other_parts: list[str] = Field(default_factory=list)
    void_markers: list[str] = Field(default_factory=list)
    revised_markers: list[str] = Field(default_factory=list)
    former_markers: list[str] = Field(default_factory=list)
    editor_notes: list[str] = Field(default_factory=list)
    # a requisition's status saying it is closed ("已关闭"): another description of the post ranks first
    closed_markers: list[str] = Field(default_factory=list)
    label_tails: list[str] = Field(default_factory=list)
    # the topic of a post's duties in a rule book, between the post and the kind word ("站长安全职责")
    duty_topics: list[str] = Field(default_factory=list)
    # a unit's name then one of these words heads the unit's own duties ("国内游部职能")
    unit_duties: list[str] = Field(default_factory=list)
    # words right after a post's name that make a sentence describe it ("交易管理岗应对…进行整理")
    describing: dict[str, list[str]] = Field(default_factory=dict)
    # openings of a sentence that goes on about what the sentence before it named ("但也存在以下不足")
    continuations: list[str] = Field(default_factory=list)
    # openings of the sentences of an enumeration written as prose ("首先是…", "其次是…", "最后是…")
    sequence: list[str] = Field(default_factory=list)
    # parts of a document about the document itself ("修订记录"): none of their rows is a fact of a post
    document_parts: list[str] = Field(default_factory=list)
    telling_verbs: list[str] = Field(default_factory=list)
    closing_leads: list[str] = Field(default_factory=list)

    @field_validator("kinds")
    @classmethod
    def _known_kinds(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        allowed = {"duties", "qualifications", "kpi", "purpose", "benefits", "relations"}
        unknown = set(value) - allowed
        if unknown:
            raise ValueError(f"未知的段落类型 {sorted(unknown)}; 可用: {sorted(allowed)}")
        return value


class IntentEntry(_Model):
    cues: list[str] = Field(default_factory=list)
    verbs: list[str] = Field(default_factory=list)
    examples: list[str] = Field(default_factory=list)
    # words that name the whole list when joined to one fact ("要什么学历和条件")
    whole: list[str] = Field(default_factory=list)
    # words asking whether the post does a thing ("年终奖他管不管"): what is named is work, no fact of the post
    whether: list[str] = Field(default_factory=list)
    # cues of this intent that, said of a known post, ask what the post does ("起重指挥遇到大风该怎么做")
    conduct: list[str] = Field(default_factory=list)


class FollowupCues(_Model):
    starts: list[str] = Field(default_factory=list)
    references: list[str] = Field(default_factory=list)
    switch: list[str] = Field(default_factory=list)
    fillers: list[str] = Field(default_factory=list)
    more: list[str] = Field(default_factory=list)
    # a turn's opening that only acknowledges the last answer ("嗯，还有其他的吗")
    interjections: list[str] = Field(default_factory=list)
    expand: list[str] = Field(default_factory=list)
    expand_units: list[str] = Field(default_factory=list)
    # what a list's parts are called ("第三大块", "第二部分"): over a list in parts, the Nth part
    part_units: list[str] = Field(default_factory=list)
    pointers: list[str] = Field(default_factory=list)
    compare: list[str] = Field(default_factory=list)
    compare_pattern: str = ""  # "A和B哪个工资高": a comparison, only between two posts the question names
    each: list[str] = Field(default_factory=list)
    back: list[str] = Field(default_factory=list)
    pair: list[str] = Field(default_factory=list)
    lower_bound: list[str] = Field(default_factory=list)
    upper_bound: list[str] = Field(default_factory=list)
    persons: list[str] = Field(default_factory=list)
    whole: list[str] = Field(default_factory=list)
    within: list[str] = Field(default_factory=list)
    again: list[str] = Field(default_factory=list)


class SmalltalkCues(_Model):
    patterns: list[str] = Field(default_factory=list)

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        return [_check_pattern(v) for v in value]


class InventoryCues(_Model):
    """"有哪些岗位?": a question about which posts the knowledge base describes."""

    cues: list[str] = Field(default_factory=list)


class CountCues(_Model):
    """"岗位职责一共几条?": the size of the list asked, besides the list."""

    cues: list[str] = Field(default_factory=list)


class IntentsLexicon(_Model):
    version: int = 1
    intents: dict[str, IntentEntry] = Field(default_factory=dict)
    followup: FollowupCues = FollowupCues()
    smalltalk: SmalltalkCues = SmalltalkCues()
    inventory: InventoryCues = InventoryCues()
    count: CountCues = CountCues()

    @property
    def whether(self) -> list[str]:
        """Every intent's ``whether`` words ("他管不管"): whether the post does a thing."""
        return [w for entry in self.intents.values() for w in entry.whether]

    @field_validator("intents")
    @classmethod
    def _known_intents(cls, value: dict[str, IntentEntry]) -> dict[str, IntentEntry]:
        allowed = {"duty", "qualification", "attribute", "kpi", "method", "jd_draft", "kpi_design"}
        unknown = set(value) - allowed
        if unknown:
            raise ValueError(f"未知的意图 {sorted(unknown)}; 可用: {sorted(allowed)}")
        return value


class Dimension(_Model):
    name: str
    labels: list[str] = Field(default_factory=list)
    indicator_words: list[str] = Field(default_factory=list)


class BscLexicon(_Model):
    version: int = 1
    dimensions: dict[str, Dimension] = Field(default_factory=dict)


class KpiLexicon(_Model):
    version: int = 1
    name_endings: list[str] = Field(default_factory=list)
    applies_to: list[str] = Field(default_factory=list)
    list_endings: list[str] = Field(default_factory=list)
    bad_endings: list[str] = Field(default_factory=list)
    bad_parts: list[str] = Field(default_factory=list)
    bad_starts: list[str] = Field(default_factory=list)
    sentence_cues: list[str] = Field(default_factory=list)
    list_triggers: list[str] = Field(default_factory=list)
    not_indicators: list[str] = Field(default_factory=list)
    total_endings: list[str] = Field(default_factory=list)
    soft_markers: list[str] = Field(default_factory=list)
    rule_rows: list[str] = Field(default_factory=list)
    method_topics: list[str] = Field(default_factory=list)
    period_words: list[str] = Field(default_factory=list)
    period_said: list[tuple[str, str]] = Field(default_factory=list)
    highest: list[str] = Field(default_factory=list)
    lowest: list[str] = Field(default_factory=list)
    content_columns: list[str] = Field(default_factory=list)
    group_columns: list[str] = Field(default_factory=list)
    objective_rows: list[str] = Field(default_factory=list)
    key_result_rows: list[str] = Field(default_factory=list)
    amount_asked: list[str] = Field(default_factory=list)
    target_words: list[str] = Field(default_factory=list)
    asked_fields: dict[str, list[str]] = Field(default_factory=dict)
    record_keys: dict[str, list[str]] = Field(default_factory=dict)

    def fields_asked(self, question: str) -> list[str]:
        """KPI row fields (formula, target, weight …) the question asks about, in lexicon order
        ("谁来给它评分", "谁来打这个分" ask 谁来评分, 谁来打分: the object a pronoun stands for is left out)."""
        bare = self.bare(question)
        return [name for name, words in self.asked_fields.items() if any(w in question or w in bare for w in words)]

    @staticmethod
    def bare(question: str) -> str:
        """The question without the pronoun objects of its verbs ("谁来给它评分" -> "谁来评分")."""
        return _INSIDE_VERB.sub(r"\1\2", _PRONOUN_OBJECT.sub("", question))


class Suggestion(_Model):
    pattern: str
    indicator: str

    @field_validator("pattern")
    @classmethod
    def _pattern(cls, value: str) -> str:
        return _check_pattern(value)


class SmartLexicon(_Model):
    version: int = 1
    letters: dict[str, str] = Field(default_factory=dict)
    vague: list[str] = Field(default_factory=list)
    abstract: list[str] = Field(default_factory=list)
    attitude: list[str] = Field(default_factory=list)
    extreme: list[str] = Field(default_factory=list)
    lower_is_better: list[str] = Field(default_factory=list)
    units: list[str] = Field(default_factory=list)
    suggest: list[Suggestion] = Field(default_factory=list)
    # A chat message asking to judge an indicator ("「提高客户满意度」这个指标合理吗?"): one of the
    # ``asks`` words plus the indicator in quotes or before one of the ``refers`` words.
    asks: list[str] = Field(default_factory=list)
    refers: list[str] = Field(default_factory=list)
    request_leads: list[str] = Field(default_factory=list)


class CleaningRule(_Model):
    scope: str = "generic"
    pattern: str

    @field_validator("scope")
    @classmethod
    def _scope(cls, value: str) -> str:
        if value not in ("generic", "site"):
            raise ValueError(f"scope 只能是 generic 或 site, 不是 {value!r}")
        return value

    @field_validator("pattern")
    @classmethod
    def _pattern(cls, value: str) -> str:
        return _check_pattern(value)


class RelatedList(_Model):
    starts: list[str] = Field(default_factory=list)
    entry: str = r"^.{2,40}\d{2}-\d{2}$"


class CleaningLexicon(_Model):
    version: int = 1
    line: list[CleaningRule] = Field(default_factory=list)
    inline: list[CleaningRule] = Field(default_factory=list)
    related: RelatedList = RelatedList()


class Judgment(_Model):
    asks: list[str] = Field(default_factory=list)
    states: list[str] = Field(default_factory=list)
    kind: str = "评价"  # what the question asks for, in the answer's words ("这类评价", "这类法律规定")


class ForeignTasks(_Model):
    asks: list[str] = Field(default_factory=list)
    things: list[str] = Field(default_factory=list)


class ScopeLexicon(_Model):
    version: int = 1
    core_topics: list[str] = Field(default_factory=list)
    live_data: list[str] = Field(default_factory=list)
    business_facts: list[str] = Field(default_factory=list)
    refusal_hint: str = ""
    generic_words: list[str] = Field(default_factory=list)
    kpi_words: list[str] = Field(default_factory=list)
    kpi_list_words: list[str] = Field(default_factory=list)
    topic_change: list[str] = Field(default_factory=list)
    deferrals: list[str] = Field(default_factory=list)
    deferred_description: list[str] = Field(default_factory=list)
    old_version_asks: list[str] = Field(default_factory=list)
    foreign_tasks: ForeignTasks = Field(default_factory=ForeignTasks)
    exclusions: list[str] = Field(default_factory=list)
    pay_parts: list[str] = Field(default_factory=list)
    amount_asks: list[str] = Field(default_factory=list)
    # a judgment asked for ("哪个更好学", "累不累") and the words a sentence must hold to state it
    judgments: list[Judgment] = Field(default_factory=list)
    # words of a sentence that changes a post's fact ("关卡策划改为汇报给关卡组长"): shown beside the fact
    change_words: list[str] = Field(default_factory=list)
    added_words: list[str] = Field(default_factory=list)
    # "时间占比最高的是哪块": words that ask for the share of a list's part (with kpi.toml highest / lowest)
    share_words: list[str] = Field(default_factory=list)
    # the facts such a change is looked for (fields.toml keys)
    changeable: list[str] = Field(default_factory=list)


class SynonymsLexicon(_Model):
    version: int = 1
    groups: list[list[str]] = Field(default_factory=list)


MODELS: dict[str, type[_Model]] = {
    "roles": RolesLexicon,
    "fields": FieldsLexicon,
    "sections": SectionsLexicon,
    "intents": IntentsLexicon,
    "bsc": BscLexicon,
    "kpi": KpiLexicon,
    "smart": SmartLexicon,
    "cleaning": CleaningLexicon,
    "scope": ScopeLexicon,
    "synonyms": SynonymsLexicon,
}


class Lexicon(_Model):
    """The merged vocabulary, one attribute per concept file."""

    roles: RolesLexicon
    fields: FieldsLexicon
    sections: SectionsLexicon
    intents: IntentsLexicon
    bsc: BscLexicon
    kpi: KpiLexicon
    smart: SmartLexicon
    cleaning: CleaningLexicon
    scope: ScopeLexicon
    synonyms: SynonymsLexicon
    sources: list[str] = Field(default_factory=list, description="files merged, shipped first")

    @property
    def fingerprint(self) -> str:
        """Changes whenever any word changes (the source paths do not matter)."""
        payload = self.model_dump(mode="json", exclude={"sources"})
        return hashlib.sha1(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


# --- reading and merging -----------------------------------------------------------------------


def merge(base: Any, extra: Any) -> Any:
    """Lists extend (without repeating an entry), maps merge key by key, scalars are replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        out_list = list(base)
        for value in extra:
            if value not in out_list:
                out_list.append(value)
        return out_list
    return extra


def _parse(text: str, where: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{where}: TOML 格式错误: {exc}。请检查引号、方括号和逗号。") from exc


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "(文件)"
        if err["type"] == "extra_forbidden":
            parts.append(f"未知的键 “{loc}”")
        elif err["type"] in ("list_type", "dict_type", "string_type", "int_type"):
            kind = {"list_type": "列表", "dict_type": "表 (键值对)", "string_type": "字符串", "int_type": "整数"}[err["type"]]
            parts.append(f"“{loc}” 应为{kind}")
        else:
            parts.append(f"“{loc}”: {err['msg'].removeprefix('Value error, ')}")
    return "; ".join(parts)


def validate_part(name: str, data: dict[str, Any], where: str) -> _Model:
    try:
        return MODELS[name].model_validate(data)
    except ValidationError as exc:
        raise LexiconError(f"{where}: {_describe(exc)}") from exc


def shipped_text(name: str) -> str:
    return resources.files("assistant.lexicon").joinpath(f"{name}.toml").read_text(encoding="utf-8")


def user_dir(home: Path | None) -> Path | None:
    return None if home is None else Path(home) / "lexicon"


def load_lexicon(home: Path | None = None, extra_dirs: list[Path] | None = None) -> Lexicon:
    """Shipped vocabulary merged with ``home/lexicon/*.toml`` (and any ``extra_dirs``, in order)."""
    merged: dict[str, Any] = {}
    sources: list[str] = []
    for name in FILES:
        merged[name] = _parse(shipped_text(name), f"{name}.toml (内置)")
        sources.append(f"assistant/lexicon/{name}.toml")
    dirs = [d for d in [user_dir(home), *(extra_dirs or [])] if d is not None]
    for directory in dirs:
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.toml")):
            if path.stem not in MODELS:
                raise LexiconError(
                    f"{path}: 未知的词表文件名 “{path.name}”; 可用的文件名: {', '.join(f + '.toml' for f in FILES)}"
                )
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise LexiconError(f"{path}: 无法读取 (需要 UTF-8 编码的文本): {exc}") from exc
            merged[path.stem] = merge(merged[path.stem], _parse(text, str(path)))
            sources.append(str(path))
    parts = {name: validate_part(name, merged[name], f"{name}.toml (合并后)") for name in FILES}
    return Lexicon(**parts, sources=sources)


def check_file(path: Path) -> list[str]:
    """Validate one user lexicon file; returns a short summary of what it adds (raises LexiconError)."""
    path = Path(path)
    if not path.is_file():
        raise LexiconError(f"{path}: 文件不存在")
    if path.stem not in MODELS:
        raise LexiconError(f"{path}: 未知的词表文件名 “{path.name}”; 可用: {', '.join(f + '.toml' for f in FILES)}")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: 无法读取 (需要 UTF-8 编码的文本): {exc}") from exc
    data = _parse(text, str(path))
    validate_part(path.stem, data, str(path))  # the file on its own
    base = _parse(shipped_text(path.stem), path.stem)
    validate_part(path.stem, merge(base, data), f"{path} (与内置词表合并后)")
    return [f"{key}: {_count(value)}" for key, value in data.items() if key != "version"]


def _count(value: Any) -> str:
    if isinstance(value, list):
        return f"{len(value)} 项"
    if isinstance(value, dict):
        return f"{len(value)} 个键"
    return str(value)
