"""The lexicon compiled for ingestion: label look-ups, section kinds, role and unit words.

Built once per run from a ``Lexicon`` and handed down explicitly. Every domain word comes from
the TOML files; this module only knows how to match them (ignoring spaces, widths and a trailing
colon, so "职 务：" is the label 职务).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from assistant.lexicon import Lexicon
from assistant.models import BscDimension, SectionKind

# Keys of fields.toml / columns whose values are qualification items of that category.
QUALIFICATION_KEYS = (
    "education", "major", "experience", "certificate", "skills", "personal", "age", "gender", "other_requirements",
)
# Field keys (fields.toml) that state a fact of the post itself, never a duty or a requirement item.
QUALIFIER_MAX = 3  # characters in front of a fact's column label that say which ("陆地月" of 陆地月基本工资)
PROFILE_FACTS = frozenset({"reports_to", "subordinates", "department", "location", "pay", "headcount", "benefits"})
# Column keys that name the section kind their cells belong to.
KIND_OF_KEY = {
    "duties": SectionKind.duties,
    "qualifications": SectionKind.qualifications,
    "indicator": SectionKind.kpi,
    "criterion": SectionKind.kpi,
    "standard": SectionKind.kpi,
    "purpose": SectionKind.purpose,
    "benefits": SectionKind.benefits,
    "relations": SectionKind.relations,
    "kpi": SectionKind.kpi,
    **{k: SectionKind.qualifications for k in QUALIFICATION_KEYS},
}
# Columns whose blank cells below a value repeat it (group labels of merged or visually merged cells).
GROUP_COLUMNS = ("dimension", "dimension_weight", "objective", "department", "organisation", "period", "data_source", "time_share")
_SPACES = re.compile(r"[\s\u3000_]+")  # "job_title" = "job title"
_TRAIL = re.compile(r"[:：]+$")
# A FAQ's question line ("问2：每天主要做什么？", "Q: 向谁汇报?") and the prefix of its answer ("答：")
QUESTION_HEAD = re.compile(r"^\s*(?:问题?|Q)\s*[\d一二三四五六七八九十]{0,3}\s*[:：.、]\s*(?P<ask>\S.{1,38}?)\s*$")
ANSWER_HEAD = re.compile(r"^\s*(?:参考答案|标准答案|答案要点|答案|解答|答|A)\s*\d{0,3}\s*[:：]\s*")
# "8. 驾驶员培训教练的主要职责有哪些？" over "参考答案：…": an exam's numbered question heads its answer too
NUMBERED_QUESTION = re.compile(r"^\s*\d{1,3}\s*[.、．]\s*(?P<ask>\S.{1,38}?)\s*[？?]\s*$")
# what a FAQ question asks, read by the fields it names: the section kind its answer is
_ASKED_FIELD_KIND = {"reports_to": SectionKind.relations, "subordinates": SectionKind.relations,
                     "department": SectionKind.relations, "pay": SectionKind.benefits, "benefits": SectionKind.benefits,
                     "location": SectionKind.benefits}  # fmt: skip
_MARKER_HEAD = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[、.．)]?|[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）])\s*")


def squash(text: str) -> str:
    """A label's matching form: NFKC (full width -> half width), no spaces, no trailing colon."""
    text = unicodedata.normalize("NFKC", text)
    return _TRAIL.sub("", _SPACES.sub("", text)).strip().lower()


_BILINGUAL = re.compile(r"^([a-z][a-z .&/-]*?)[|｜/]?([\u4e00-\u9fff][\u4e00-\u9fff/、]*)$|^([\u4e00-\u9fff][\u4e00-\u9fff/、]*)[|｜/]?([a-z][a-z .&/-]*)$")


_UNIT_NOTE = re.compile(r"元|人|%|天|小时|年|月|次|分|个|件|台|公里|km|kg", re.IGNORECASE)


def _bilingual(sq: str) -> tuple[str, ...]:
    """The two halves of a label written in two languages ("reportsto汇报对象"), Chinese first."""
    m = _BILINGUAL.match(sq)
    if not m:
        return ()
    en, zh = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return (zh, en)


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


_DETERMINERS = frozenset({"各", "每", "全", "本", "该", "所有", "全部", "其他", "其它", "多个", "若干"})
_UNIT_COLUMNS = frozenset({"organisation", "department", "location"})  # columns a unit's own name may end like
_BRACKETS = re.compile(r"^[【\[〔［(（「『<〈]+(.+?)[】\]〕］)）」』>〉]+$")


def _without_notes(text: str) -> str:
    """A label without its notes in brackets, squashed ("高温津贴（6—9月）" -> 高温津贴)."""
    return squash(re.sub(r"[（(][^）)]*[）)]", "", text))


def _unbracket(text: str) -> str:
    """A label written in brackets is the label: "【工作内容】", "[任职要求]"."""
    m = _BRACKETS.match(text)
    return m.group(1) if m else text


# "GWMC", "XLYQ": a header of a system export written as the pinyin initials of its label
_CODE_HEADER = re.compile(r"[A-Za-z]{2,8}")


# "1、您的岗位名称", "Q5. …": a numbered question heading a questionnaire export's column
_SURVEY_QUESTION = re.compile(r"^(?:Q|q|第)?\d{1,2}(?:题)?[、.．:：)）]")
_QUESTION_WORDS = re.compile(r"您|你|请|哪|什么|是否|多少|几|吗|[?？]")
_SURVEY_LABEL_MAX = 8  # characters of a numbered column label that needs no question word ("2、所在部门")
_HEADER_QUESTION_MAX = 40  # characters of the longest question a questionnaire's column is headed by
_SURVEY_SKIP = frozenset({"indicator", "indicator_code", "weight", "target", "formula", "criterion", "dimension"})


_ASKING_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])(?:怎么|如何|怎样)$")


@dataclass(frozen=True)
class Vocab:
    """Look-ups over one merged lexicon. Build with ``Vocab.build(lexicon)``."""

    lexicon: Lexicon
    fields: dict[str, str] = field(default_factory=dict)  # squashed label -> fields.toml key
    columns: dict[str, str] = field(default_factory=dict)  # squashed label -> column key
    kinds: dict[SectionKind, tuple[str, ...]] = field(default_factory=dict)
    kind_words: dict[str, SectionKind] = field(default_factory=dict)  # squashed word -> kind
    fact_headings: frozenset[str] = frozenset()  # squashed headings of a post's block of facts
    note_labels: frozenset[str] = frozenset()  # squashed labels of a row's remark column ("备注", "修订说明")
    fact_labels: tuple[str, ...] = ()  # labels of the post's facts four characters or more, longest first

    @classmethod
    def build(cls, lexicon: Lexicon) -> Vocab:
        fields: dict[str, str] = {}
        for key, labels in lexicon.fields.fields.items():
            for label in labels.labels:
                fields.setdefault(squash(label), key)
        columns: dict[str, str] = {}
        # A scoring-item header ("评分项目") is more specific than an indicator header: read it first.
        ordered = sorted(lexicon.fields.columns.items(), key=lambda kv: kv[0] != "criterion")
        for key, labels in ordered:
            for label in labels.labels:
                columns.setdefault(squash(label), key)
        kinds: dict[SectionKind, tuple[str, ...]] = {}
        kind_words: dict[str, SectionKind] = {}
        for name in ("qualifications", "duties", "kpi", "purpose", "benefits", "relations"):
            words = lexicon.sections.kinds.get(name, [])
            kinds[SectionKind(name)] = _longest_first(words)
            for w in words:
                kind_words.setdefault(squash(w), SectionKind(name))
        facts = {w for w, k in (*columns.items(), *fields.items()) if len(w) >= 4 and k in PROFILE_FACTS}
        return cls(lexicon=lexicon, fields=fields, columns=columns, kinds=kinds, kind_words=kind_words,
                   fact_headings=frozenset(squash(h) for h in lexicon.sections.fact_headings),
                   note_labels=frozenset(squash(w) for w in lexicon.fields.note_columns),
                   fact_labels=tuple(sorted(facts, key=len, reverse=True)))

    # --- labels ---------------------------------------------------------------------------

    def field_key(self, label: str) -> str | None:
        sq = squash(label)
        return self.fields.get(sq) or next((self.fields[p] for p in _bilingual(sq) if p in self.fields), None)

    def names_allowance(self, text: str) -> bool:
        """"夜间值守补贴", "高温津贴（6—9月）": the name of an allowance (fields.toml ``allowance_endings``)."""
        core = _without_notes(text)
        return len(core) >= 3 and core.endswith(tuple(self.lexicon.fields.allowance_endings))

    def allowance(self, label: str) -> bool:
        """"高温津贴（6—9月）", "水下作业补贴": named by what it pays (a benefits word ends it), a benefit of a post."""
        core = _without_notes(label)
        return any(self.field_key(core[i:]) == "benefits" for i in range(max(len(core) - 1, 0)))

    @cached_property
    def _kind_words(self) -> list[tuple[str, SectionKind]]:
        """Every kind word squashed, longest first, ties in the kinds' order (qualifications first)."""
        words = [(squash(w), order, kind) for order, (kind, ws) in enumerate(self.kinds.items()) for w in ws if squash(w)]
        return [(w, kind) for w, _, kind in sorted(words, key=lambda x: (-len(x[0]), x[1]))]

    @cached_property
    def posting_tags(self) -> tuple[str, ...]:
        """A posting's tags after its title ("急招", "内推"), longest first."""
        return tuple(sorted(self.lexicon.roles.posting_tags, key=len, reverse=True))

    @cached_property
    def appointment(self) -> re.Pattern[str]:
        """fields.toml ``appointment_leads`` compiled: a letter's sentence appointing its addressee to a post."""
        words = "|".join(re.escape(w) for w in _longest_first(self.lexicon.fields.appointment_leads))
        return re.compile(rf"^(?:[^，,。；;]{{0,16}}[，,]\s*)?(?:{words})(?P<post>[^，,。；;:：]{{2,30}}?)\s*(?=[，,。；;]|自|$)") if words else re.compile(r"(?!x)x")

    @cached_property
    def record_keys(self) -> dict[str, str]:
        """kpi.toml ``record_keys`` by key word (lower case): "weight" -> weight, of an exported indicator record."""
        return {w.lower(): key for key, words in self.lexicon.kpi.record_keys.items() for w in words}

    @cached_property
    def prose_wordings(self) -> list[tuple[str, re.Pattern[str]]]:
        """fields.toml ``prose_facts`` compiled: (field key, "隶属{}" as a pattern capturing the value).
        A frame closed by words after the value may run on into the rest of the clause ("在客运值班员领导下负责
        检票口作业", "带领保洁员（12人）负责看台保洁")."""
        return [(key, re.compile("^" + re.escape(w).replace(r"\{\}", "(?P<value>[^，,；;。]{2,40}?)") + ("$" if w.endswith("{}") else "")))
                for key, words in self.lexicon.fields.prose_facts.items() for w in words]

    @cached_property
    def initials(self) -> dict[str, str]:
        """"GWMC" -> 岗位名称: the pinyin initials a system export writes for a label it knows
        (initials of two meanings only as fields.toml ``initial_labels`` reads them; built the first
        time a code header is read)."""
        from pypinyin import Style, lazy_pinyin  # a dictionary of its own: loaded only for code headers

        meanings: dict[str, dict[str, str]] = {}
        for label in [*self.fields, *self.kind_words, *self.columns]:
            if 2 <= len(label) <= 8 and all("\u4e00" <= ch <= "\u9fff" for ch in label):
                code = "".join(p[0] for p in lazy_pinyin(label, style=Style.FIRST_LETTER)).upper()
                meaning = self.fields.get(label) or (self.kind_words[label].value if label in self.kind_words else self.columns[label])
                meanings.setdefault(code, {}).setdefault(meaning, label)
        preferred = {squash(w) for w in self.lexicon.fields.initial_labels}
        out: dict[str, str] = {}
        for code, found in meanings.items():
            chosen = list(found.values()) if len(found) == 1 else [w for w in found.values() if w in preferred]
            if len(chosen) == 1:
                out[code] = chosen[0]
        return out

    def _decoded(self, key: str) -> str | None:
        """The label a code header ("XLYQ") stands for, if it is one."""
        return self.initials.get(key.upper()) if _CODE_HEADER.fullmatch(key) else None

    def column_key(self, label: str) -> str | None:
        """Column meaning of a header cell: exact label, else the longest label it ends or starts with."""
        key = squash(label)
        if not key or len(key) > 24:
            return None
        if key in self.columns:
            return self.columns[key]
        if decoded := self._decoded(key):
            return self.column_key(decoded)
        for base in self.lexicon.fields.label_bases(key):
            if base in self.columns:
                return self.columns[base]  # "月薪合计区间", "班次安排": the label with a tail that leaves its meaning
        # "月薪下限(元)", "薪资上限": a bound of what the label names, its unit in brackets
        bound = re.sub(r"[(（][^()（）]{1,4}[)）]$", "", key)
        bound = re.sub(r"(下限|上限|最低|最高)$", "", bound)
        if bound != key and bound in self.columns:
            return self.columns[bound]
        noted = re.sub(r"[(（][^()（）]{1,12}[)）]$", "", key)
        if noted != key and noted in self.columns:
            return self.columns[noted]  # "考核周期（月/季）": the label, a note on it aside
        # ("月度标准薪酬（元，税前）" over "最低 | 中位 | 最高": a label with a longer note, or a point of its range)
        # (a unit's note, no figure: "财务维度（35%）" is a dimension's weight, "绩效工资（标准）" a column of its own)
        point = re.sub(r"(?:下限|上限|最低|最高|中位值?|中位数)$", "", key)
        unit = re.search(r"[(（](?P<note>[^()（）\d]{1,12})[)）]$", point)
        pointed = point[: unit.start()] if unit and _UNIT_NOTE.search(unit["note"]) else key
        if pointed != key and len(pointed) >= 2 and not re.search(r"[()（）]", pointed) and (found := self.column_key(pointed)):
            return found
        glossed = re.fullmatch(r"[A-Za-z][\w\s.-]{0,20}[(（](?P<zh>[^()（）]{2,12})[)）]", key)
        if glossed and (zh := self.column_key(glossed["zh"])):
            return zh  # "post_name(岗位名称)", "edu(学历)": a system's field name, its Chinese label in brackets
        numbered = re.sub(r"[\s_\-]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})$", "", key)
        if numbered != key and len(numbered) >= 2 and numbered in self.columns:
            return self.columns[numbered]  # "职责1 | 职责2 | 职责3": one list spread over numbered columns
        parts = re.split(r"以及|及|与|和", key)
        if len(parts) == 2 and all(len(p) >= 2 for p in parts):
            # "工作内容及要求", "岗位职责与标准": a list's column, then what each entry is held to
            if self.columns.get(parts[0]) in ("duties", "qualifications"):
                return self.columns[parts[0]]
            # "指标定义及计算公式": two labels joined, the later one says most (the formula)
            for part in reversed(parts):
                if part in self.columns:
                    return self.columns[part]
        # "陆地月基本工资": a fact's label as the lexicon writes it (基本工资, four characters or more), a
        # word or two in front saying which (not "后勤基地": a place that merely ends like 基地)
        if (front := self.fact_qualifier(key)) is not None:
            return self.columns.get(key[len(front):]) or self.fields.get(key[len(front):])
        best: tuple[int, str] | None = None
        exact = {squash(w) for w in self.lexicon.fields.exact_columns}
        for word, col in self.columns.items():
            if len(word) < 2 or (best is not None and len(word) <= best[0]):
                continue
            if word in exact and key.endswith(word) and not any(f in key[: -len(word)] for f in self.fields if len(f) >= 2):
                continue  # "时限要求": 要求 of something no field names (技能等级要求 names 技能)
            # "考核指标(KPI)", "部门/分支机构", "KPI 指标": a label with a qualifier beside it.
            # ("各门店", "全部岗位" are values: a determiner in front of a label word)
            # (nor is a branch or a city's unit: "青岛分公司" is where a post works, no 公司 column)
            front = key[: -len(word)]
            tail = (key.endswith(word) and len(key) - len(word) <= 4 and front not in _DETERMINERS
                    and not (col in _UNIT_COLUMNS and self._names_a_unit(front)))
            head = key.startswith(word) and key[len(word)] in "/(（、|"
            if tail or head:
                best = (len(word), col)
        return best[1] if best else None

    def fact_qualifier(self, label: str) -> str | None:
        """The word or two in front of a fact's label that say which ("陆地" of 陆地月基本工资（元）), or None."""
        key = re.sub(r"[(（][^()（）]{1,12}[)）]$", "", squash(label))
        front = next((key[: -len(w)] for w in self.fact_labels if key.endswith(w) and key != w), None)
        # ("月基本工资": a period in front says how often, not which)
        which = front.rstrip("年月周日天") if front else ""
        return front if which and len(front) <= QUALIFIER_MAX and re.fullmatch(r"[\u4e00-\u9fff]+", front) else None

    def _names_a_unit(self, front: str) -> bool:
        """What stands before a unit's column word makes the cell a unit's own name: a branch ("青岛分" of
        青岛分公司, not the label's "所属分"), or a city ("杭州总部")."""
        return len(re.sub(r"^(?:所属|所在)", "", front)) >= 2 and front.endswith("分") or front.startswith(tuple(self.lexicon.roles.place_names))

    def question_column(self, label: str) -> str | None:
        """The column a questionnaire's numbered question heads, or None for any other label."""
        key = squash(label)
        asked = _SURVEY_QUESTION.match(key)
        if asked is None or len(key) == asked.end():
            return None
        rest = key[asked.end():]
        bare = re.sub(r"[(（][^()（）]*[)）]", "", rest)  # ("9、薪资范围（元/月）": a unit's note aside)
        # (a question, or a short label: "1、负责当班期间的人员调度…" is a numbered duty, no question)
        if not bare or not (len(bare) <= _SURVEY_LABEL_MAX or _QUESTION_WORDS.search(rest)) or len(rest) > _HEADER_QUESTION_MAX:
            return None
        return self._survey_column(bare)

    def _survey_column(self, text: str) -> str | None:
        """A questionnaire export's column ("请逐条填写本岗位的主要工作职责", its notes in brackets aside):
        the label its question asks for, said inside it ("工作职责"), the longest such. What the
        respondent thinks of the post's indicators is no indicator table of its own."""
        # (the question ends with what it asks: "本岗位必须持有哪些证书" asks 证书, not 岗位)
        # (a column's own meaning first: "岗位名称" heads the posts' column, the role)
        words = [*((w, k, 1) for w, k in self.columns.items()), *((w, k, 0) for w, k in self.fields.items()),
                 *((w, k.value, 0) for w, k in self.kind_words.items())]
        found = [(text.rfind(w) + len(w), len(w), own, col) for w, col, own in words if len(w) >= 2 and w in text]
        col = self.columns.get(text) or (max(found)[3] if found else None)
        return None if col in _SURVEY_SKIP else col

    def kind_of_label(self, label: str) -> SectionKind | None:
        """The section kind a label names exactly ("岗位工作目标" -> kpi, "【工作内容】" -> duties)."""
        sq = _unbracket(squash(label))
        if sq not in self.kind_words and (halves := _bilingual(sq)):
            return self.kind_words.get(halves[0])  # "Key Responsibilities 主要职责"
        for tail in self.lexicon.sections.label_tails:
            if sq.endswith(tail) and sq[: -len(tail)] in self.kind_words:
                return self.kind_words[sq[: -len(tail)]]  # "主要职责侧重": the duties column
        for part in self.lexicon.sections.list_parts:
            if sq.startswith(part) and sq[len(part):] in self.kind_words:
                return self.kind_words[sq[len(part):]]  # "月度考核": the indicators, by when they are assessed
        return self.kind_words.get(sq)

    def label_key(self, label: str) -> str | None:
        """What a form label means: a field key, a section kind name, or a column key."""
        sq = squash(label)
        if not sq or len(sq) > 40:
            return None
        if len(sq) > 16:
            # "Key Responsibilities 主要职责": only a label in two languages is this long
            return next(filter(None, (self.label_key(part) for part in _bilingual(sq))), None)
        if sq in self.fields:
            return self.fields[sq]
        if sq in self.kind_words:
            return self.kind_words[sq].value
        if sq in self.columns:
            return self.columns[sq]
        if decoded := self._decoded(sq):
            return self.label_key(decoded)
        for part in _bilingual(sq):  # "Reports to 汇报对象": either language names the field
            if found := self.label_key(part):
                return found
        unit = re.sub(r"[(（][^()（）]{1,6}[)）]$", "", sq)
        if unit != sq and _UNIT_NOTE.search(sq[len(unit):]) and len(unit) >= 2:
            return self.label_key(unit)  # "底薪（元/月）", "编制（人）": the label, its unit aside
        if unit != sq and self.fields.get(sq[len(unit):].strip("()（）")) == "title":
            return "title"  # "乙方（岗位）": a party of a letter, the bracket says what is filled in
        if unit != sq and len(unit) >= 2 and (found := self.label_key(unit)):
            return found  # "薪酬区间（税前月薪）": the label, a note on it aside
        counted = re.sub(r"(?<=[\u4e00-\u9fff])(?:[一二三四五六七八九十]{1,3}|\d{1,2})$", "", sq)
        if counted != sq and self.fields.get(counted) == "title":
            return "title"  # "竞聘岗位一：项目技术负责人": the title's label, counting the posts of a notice
        if "/" in sq or "、" in sq:
            # "证书/职称", "学历、专业": a label naming two facts means the first one's field
            first = re.split(r"[/、]", sq)[0]
            return self.fields.get(first) or self.columns.get(first)
        pair = re.fullmatch(r"(?P<a>[\u4e00-\u9fff]{2,6}?)(?:以及|及|和|与)(?P<b>[\u4e00-\u9fff]{2,6})", sq)
        if pair and pair["a"] in self.fields and (pair["b"] in self.fields or pair["b"] in self.columns):
            return self.fields[pair["a"]]  # "工作地点及班制": two facts' labels joined, the first one's field
        for base in self.lexicon.fields.label_bases(sq):
            # "相关工作经验", "本岗位直接上级", "月薪标准": a field's label with a word that leaves its meaning
            if base in self.fields:
                return self.fields[base]
        kind = self.kind_of_label(sq)
        return kind.value if kind is not None else None

    # --- section kinds --------------------------------------------------------------------

    def note_column(self, text: str) -> bool:
        """A remark column's header: a note label, or one ending in it ("修订备注", "调整说明")."""
        core = squash(text)
        return core in self.note_labels or any(len(w) >= 2 and core.endswith(w) for w in self.note_labels)

    def section_kind(self, heading: str) -> SectionKind | None:
        """Kind a heading names: it starts or ends with a kind word (qualifications checked first)."""
        asked = QUESTION_HEAD.match(heading)
        if asked:
            return self.question_kind(asked["ask"])
        if re.search(r"(?:[？?]|吗|么)$", heading.rstrip()) and len(heading) <= 60 and (kind := self.question_kind(heading)) is not None:
            return kind  # "那他汇报给谁？" heading a conversation's reply
        core = _unbracket(_MARKER_HEAD.sub("", squash(heading)))
        # "上门保洁服务检查清单（每次服务逐项勾选）": a note in brackets after the kind word
        core = re.sub(r"(?<=.{2})\([^()]{2,40}\)$", "", core)
        core = re.sub(r"(如下|是|为|包括|有|\d+)$", "", core)
        # "核心职责（二）质量裁决": the kind word, then a numbered group of its entries
        core = re.sub(r"(?<=.{2})\([一二三四五六七八九十\d]{1,2}\)[^()]{0,12}$", "", core)
        if not core:
            return None
        # the longest kind word the heading starts or ends with ("你需要做的" names the duties, not "你需要");
        # on a tie the first kind (qualifications)
        exact = self.lexicon.sections.exact_kind_words
        for sw, kind in self._kind_words:
            if sw in exact and core != sw and not core.startswith(sw):
                # "学历要求" names the requirements; "交接班要求" a rule of the handover
                before = core[: -len(sw)].removesuffix("的")
                if core.endswith(sw) and (self.label_key(before) in QUALIFICATION_KEYS or before in self.lexicon.sections.exact_kind_leads):
                    return kind
                continue
            if core.endswith(sw) or core.startswith(sw):
                return kind
        for w in (squash(x) for x in self.lexicon.sections.unit_duties):
            if core.endswith(w) and core[: -len(w)].removesuffix("的").endswith(self.department_suffixes):
                return SectionKind.duties  # "国内游部职能": a unit's functions, its own duties list
        return None

    def joins_kinds(self, heading: str) -> bool:
        """"岗位职责与任职要求", "职责及要求": a heading that names a duty list and a requirement list."""
        core = _unbracket(_MARKER_HEAD.sub("", squash(heading)))
        duty = [squash(w) for w in self.kinds.get(SectionKind.duties, ())]
        wants = [squash(w) for w in self.kinds.get(SectionKind.qualifications, ())]
        return (any(core.startswith(w) for w in duty) and any(core.endswith(w) for w in wants)
                or any(core.startswith(w) for w in wants) and any(core.endswith(w) for w in duty))

    def question_kind(self, question: str) -> SectionKind | None:
        """The kind of content a FAQ question asks for, by the intents' cue words and the fields'
        question words ("需要什么条件" -> qualifications, "每天做什么" -> duties, "向谁汇报" -> relations)."""
        q = squash(question).lower()
        intents = self.lexicon.intents.intents
        for intent, kind in (("qualification", SectionKind.qualifications), ("duty", SectionKind.duties), ("kpi", SectionKind.kpi)):
            entry = intents.get(intent)
            if entry is not None and any(squash(c).lower() in q for c in entry.cues):
                return kind
        for key, kind in _ASKED_FIELD_KIND.items():
            spec = self.lexicon.fields.fields.get(key)
            if spec is not None and any(squash(w).lower() in q for w in [*spec.asks, *spec.labels]):
                return kind
        for key in QUALIFICATION_KEYS:  # "学历和经验方面呢？"
            spec = self.lexicon.fields.fields.get(key)
            if spec is not None and any(len(squash(w)) >= 2 and squash(w).lower() in q for w in [*spec.asks, *spec.labels]):
                return SectionKind.qualifications
        return None

    def kind_suffix(self, heading: str) -> tuple[str, SectionKind, str] | None:
        """(text before, kind, word) when a heading ends with a kind word: "导购岗位职责1" -> ("导购", duties, …)."""
        core = _TRAIL.sub("", unicodedata.normalize("NFKC", heading).strip())
        # "…岗位职责范文三", "…职责 篇8", "…职责1": numbering of collection pages after the kind word.
        core = re.sub(r"\s*(?:范文|篇|第)?[一二三四五六七八九十\d]{0,3}篇?$", "", core) or core
        # "销售经理的主要职责包括：", "…岗位职责是：": a sentence leading into the list, not a new word
        core = re.sub(r"(?<=[\u4e00-\u9fff])(?:如下|主要(?:有|包括)|(?:是|为|有|包括|包含)(?:以下几[点条项方面]+)?)$", "", core)
        # "2025年支行行长KPI考核指标（分支行类型）": a note in brackets after a KPI sheet's kind word
        # ("岗位说明（汇编）" is a collection, not one post's)
        noted = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z])\s*[(（][^()（）]{1,12}[)）]$", "", core)
        kpi_words = [*self.kinds.get(SectionKind.kpi, ()), *self.doc_kinds.get("kpi_sheet", ())]
        if noted != core and any(noted.upper().endswith(w.upper()) for w in kpi_words):
            core = noted
        candidates: list[tuple[str, SectionKind]] = [(w, k) for k, words in self.kinds.items() for w in words]
        candidates += [(w, SectionKind.duties) for w in self.doc_kinds.get("job_description", ())]
        candidates += [(w, SectionKind.kpi) for w in self.doc_kinds.get("kpi_sheet", ())]
        candidates.sort(key=lambda wk: -len(wk[0]))
        for w, kind in candidates:
            if core.upper().endswith(w.upper()) and len(core) > len(w):
                # "课程顾问月度KPI", "核保专员 2025年度绩效考核指标": periods and more words of
                # the same kind before the kind word are not the title
                # ("涂装工怎么考核": a guide's heading asks how the post is assessed)
                before = _ASKING_TAIL.sub("", core[: -len(w)])
                while True:
                    cut = self.period_tail.sub("", before)
                    if cut == before:
                        # another kind word only in front of a period ("2025年度绩效"): "…人员绩效
                        # 考核" names a group of staff, not a post
                        # ("月度绩效考核": one kind word after another, then the period)
                        trimmed = cut
                        while same := next((x for x, k in candidates if k == kind and trimmed.upper().endswith(x.upper())
                                            and len(trimmed) > len(x)), None):  # fmt: skip
                            trimmed = trimmed[: -len(same)]
                        cut = self.period_tail.sub("", trimmed) if trimmed != cut else cut
                        if cut == trimmed:
                            if (trimmed != before and trimmed.endswith(self.role_suffixes)
                                    and not trimmed.endswith(tuple(self.generic_titles))):  # fmt: skip
                                before = trimmed  # "支行行长KPI考核指标": the post, then two kind words
                            break
                    if not cut:
                        break
                    before = cut
                return before.strip() or core[: -len(w)], kind, w
        return None

    @cached_property
    def period_tail(self) -> re.Pattern[str]:
        """A period written before the word KPI ("月度", "2024年度"): kpi.toml ``period_words``."""
        words = "|".join(re.escape(w) for w in _longest_first(self.lexicon.kpi.period_words))
        # "核保专员 2025年度": the year and the period word together, spaces between them
        return re.compile(rf"(?:\s*(?:{words}|\d{{4}}年?度?))+\s*$" if words else r"(?:\s*\d{4}年?度?)+\s*$")

    # --- roles and units ------------------------------------------------------------------

    @cached_property
    def role_suffixes(self) -> tuple[str, ...]:
        return _longest_first(self.lexicon.roles.suffixes)

    @cached_property
    def latin_titles(self) -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in _longest_first(self.lexicon.roles.latin_titles))
        return re.compile(rf"(?<![A-Za-z])(?:{words})(?![A-Za-z])", re.IGNORECASE) if words else re.compile(r"(?!x)x")

    @cached_property
    def generic_titles(self) -> frozenset[str]:
        return frozenset(self.lexicon.roles.generic_titles)

    def unit_title(self, title: str, department: str | None) -> bool:
        """A rank word that names its post only with its unit's name ("经理" under 财务部)."""
        return bool(department and title in self.lexicon.roles.rank_titles and not title.startswith(department)
                    and title[0] not in department and department.endswith(self.department_suffixes))

    @cached_property
    def department_suffixes(self) -> tuple[str, ...]:
        return _longest_first(self.lexicon.roles.department_suffixes)

    @cached_property
    def organisation_suffixes(self) -> tuple[str, ...]:
        return _longest_first(self.lexicon.roles.organisation_suffixes)

    @cached_property
    def prefix_noise(self) -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in _longest_first(self.lexicon.roles.prefix_noise))
        return re.compile(rf"^(?:{words})+") if words else re.compile(r"(?!x)x")

    @cached_property
    def suffix_noise(self) -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in _longest_first(self.lexicon.roles.suffix_noise))
        return re.compile(rf"(?:{words})+$") if words else re.compile(r"(?!x)x")

    @cached_property
    def verb_labels(self) -> tuple[str, ...]:
        """Field labels that end in a preposition ("汇报给", "隶属于"): a value may follow with no colon."""
        return _longest_first([w for spec in self.lexicon.fields.fields.values() for w in spec.labels
                               if len(w) >= 3 and w.endswith(("给", "于", "为"))])  # fmt: skip

    @cached_property
    def kpi_sheet_words(self) -> tuple[str, ...]:
        """Words that name a KPI sheet ("考核指标", "绩效考核表"): no post's title holds one."""
        return tuple(w for w in self.doc_kinds.get("kpi_sheet", ()) if len(w) >= 3)

    @cached_property
    def doc_kinds(self) -> dict[str, tuple[str, ...]]:
        return {k: _longest_first(v) for k, v in self.lexicon.sections.document_kinds.items()}

    @cached_property
    def not_indicators(self) -> frozenset[str]:
        """kpi.toml ``not_indicators``, squashed: rows of a KPI table that are totals or signatures."""
        return frozenset(squash(w) for w in self.lexicon.kpi.not_indicators)

    @cached_property
    def total_endings(self) -> tuple[str, ...]:
        """kpi.toml ``total_endings``: a row name ending so is its block's sum ("主班教师权重合计")."""
        return tuple(self.lexicon.kpi.total_endings)

    @cached_property
    def qualification_categories(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(k, tuple(v)) for k, v in self.lexicon.sections.qualification_categories.items()]

    def qualification_category(self, text: str) -> str | None:
        for category, words in self.qualification_categories:
            if any(w in text for w in words):
                return category
        return None

    # --- balanced scorecard -----------------------------------------------------------------

    @cached_property
    def bsc_labels(self) -> dict[str, BscDimension]:
        out: dict[str, BscDimension] = {}
        for dim in self.lexicon.bsc.dimensions.values():
            for label in [dim.name, *dim.labels]:
                out.setdefault(squash(label), BscDimension(dim.name))
        return out

    def bsc_of_label(self, label: str) -> BscDimension | None:
        """A stated dimension ("财务类", "内部营运类") mapped to its scorecard dimension."""
        key = squash(label)
        if key in self.bsc_labels:
            return self.bsc_labels[key]
        best: tuple[int, BscDimension] | None = None
        for word, dim in self.bsc_labels.items():
            if len(word) >= 2 and (key.startswith(word) or key.endswith(word)) and (best is None or len(word) > best[0]):
                best = (len(word), dim)
        return best[1] if best else None

    def bsc_of_name(self, name: str) -> BscDimension | None:
        """A dimension inferred from the indicator's words (the longest matching word wins)."""
        best: tuple[int, int, BscDimension] | None = None
        for order, dim in enumerate(self.lexicon.bsc.dimensions.values()):
            for word in dim.indicator_words:
                if word in name:
                    score = (len(word), -order)
                    if best is None or score > best[:2]:
                        best = (score[0], score[1], BscDimension(dim.name))
        return best[2] if best else None
