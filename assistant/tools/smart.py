"""SMART check of an objective or indicator: which of S/M/A/R/T is missing, and a concrete rewrite.

S: names a specific measure, not a vague aim; M: a target value with a unit; A: nothing absolute
or implausible; R: about work results (and the role's duties, when a role is given), not
attitudes; T: a deadline or an assessment period. The words come from ``smart.toml``,
``kpi.toml`` and ``bsc.toml``; a suggested indicator comes from the knowledge base's own KPI
library when one fits, else from the lexicon's generic suggestions. A SMART passage is cited
only when a document states one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import BaseModel, Field

from assistant.knowledge.snapshot import KnowledgeSnapshot
from assistant.lexicon import Lexicon
from assistant.models import Citation, Hit
from assistant.text import Idf, bigrams, fold, longest_first
from assistant.tools.errors import ToolError, require_text
from assistant.tools.measures import indicator_core
from assistant.tools.methods import find_passage
from assistant.tools.quoting import Sourcer
from assistant.tools.role_material import RoleMaterial, own_kpi_rows, resolve_material

Search = Callable[[str, int], list[Hit]]
EXAMPLE = "本年度客户满意度调查得分达到 90 分以上，按季度考核"
SAMPLE_NOTE = "（示例目标值，请按实际情况调整）"

# Grammar of deadlines, periods and growth figures (not vocabulary).
_TIME = re.compile(
    r"\d{4}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?(?:前|底|末|内)?|\d{1,2}\s*月(?:底|末|\d{1,2}日)?(?:前)?|"
    r"(?:本|今|明|下|次|当)(?:年度?|季度|月|周)(?:内|末|底)?|(?:年|季|月|周)(?:底|末)(?:前)?|"
    r"(?:年度|季度|月度)|全年度?|每(?:年|季度?|月|周|日|天|班)|按(?:年|季度?|月|周|日|天|班)(?:度)?(?:考核|统计|评估|计算)?|截至|截止|之前|以前|"
    r"[\d一二三四五六七八九十两]+\s*(?:个月|天|周|年|个工作日|日|个季度|小时)(?:内|之内)|上半年|下半年|第[一二三四]季度|Q[1-4]"
)
_GROWTH = re.compile(r"(?:增长|提高|提升|增加)(?:了)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?:%|％)")
_LEAD = re.compile(r"^(?:提高|提升|降低|减少|增加|控制|保持|确保|实现|完成|将|使|把|的)+")
_CN_NUM = "一二三四五六七八九十两百千万"


class SmartFlag(BaseModel):
    letter: str
    name: str
    ok: bool
    reason: str
    suggestion: str | None = None


class SmartReport(BaseModel):
    text: str
    indicator: str | None = Field(default=None, description="识别出的指标名称")
    suggested: str | None = Field(default=None, description="建议采用的指标")
    suggested_from: str | None = Field(default=None, description="knowledge_base | lexicon")
    flags: list[SmartFlag]
    rewrite: str = Field(description="改写建议 (示例目标值需按实际调整)")
    citations: list[Citation] = Field(default_factory=list)
    note: str | None = None

    @property
    def missing(self) -> list[str]:
        return [f.letter for f in self.flags if not f.ok]

    @property
    def passed(self) -> bool:
        return not self.missing


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=longest_first) if w)


class _Vocabulary:
    """The lexicon's SMART words compiled for one check."""

    def __init__(self, lexicon: Lexicon, library: list[str]) -> None:
        smart = lexicon.smart
        self.indicator = re.compile(rf"[\u4e00-\u9fffA-Za-z]{{1,12}}?(?:{_alternation(lexicon.kpi.name_endings)})")
        self.bad_endings = tuple(lexicon.kpi.bad_endings)
        units = _alternation(smart.units)
        zero = _alternation(smart.lower_is_better) or r"(?!x)x"
        # "零投诉" states a target value (zero) of a smaller-is-better measure
        self.number = re.compile(
            rf"\d+(?:\.\d+)?\s*(?:{units})?|百分之[\d{_CN_NUM}]+|[{_CN_NUM}]+\s*(?:{units})|零(?={zero})"
        )
        self.vague = re.compile(_alternation(smart.vague) or r"(?!x)x")
        self.abstract = re.compile(_alternation(smart.abstract) or r"(?!x)x")
        self.attitude = re.compile(_alternation(smart.attitude) or r"(?!x)x")
        self.extreme = re.compile(_alternation(smart.extreme) or r"(?!x)x")
        self.lower = re.compile(_alternation(smart.lower_is_better) or r"(?!x)x")
        words = [w for d in lexicon.bsc.dimensions.values() for w in d.indicator_words]
        self.result = re.compile(_alternation(words + library) or r"(?!x)x")
        self.library = sorted(library, key=len, reverse=True)
        learning = lexicon.bsc.dimensions.get("learning")
        self.growth = re.compile(_alternation(learning.indicator_words if learning else []) or r"(?!x)x")
        self.suggest = lexicon.smart.suggest
        self.letters = smart.letters

    def indicator_in(self, text: str) -> str | None:
        """A named indicator: a library name the text uses, else a phrase with an indicator ending."""
        for name in self.library:
            if len(name) >= 3 and name in text:
                return name
        for m in self.indicator.finditer(text):
            name = _LEAD.sub("", m.group(0)) or m.group(0)
            if len(name) >= 2 and not name.endswith(self.bad_endings):
                return name
        return None


def _target_phrase(v: _Vocabulary, indicator: str) -> str:
    lower = bool(v.lower.search(indicator)) and not v.attitude.search(indicator)
    if indicator.endswith(("满意度", "忠诚度", "得分", "分数")):
        return "达到 90 分以上"
    if indicator.endswith("率"):
        return "控制在 1% 以内" if lower else "达到 95% 以上"
    if indicator.endswith(("时间", "时长")) and v.growth.search(indicator):
        return "不少于【N】小时"  # time spent learning: more is better
    if indicator.endswith(("时间", "周期", "时长", "天数")):
        return "不超过【N】天"
    if indicator.endswith(("额", "收入", "利润", "余额", "增加值")):
        return "不低于【N】万元"
    if indicator.endswith(("成本", "费用")):
        return "控制在预算的【N】% 以内"
    return "不超过【N】" if lower else "不少于【N】"


def _aim(body: str) -> str:
    return _TIME.sub("", body).strip(" ,，;；") or body


def _library_names(snapshot: KnowledgeSnapshot) -> list[str]:
    return [ind.name for ind in snapshot.kpi_library()]


def _suggest(v: _Vocabulary, body: str, preferred: list[str], idf: Idf) -> tuple[str | None, str | None]:
    """(indicator, where from): the knowledge base's indicator sharing the aim's words, else the lexicon's."""
    content = v.vague.sub(" ", _aim(body))
    content = v.abstract.sub(" ", content) if v.abstract.sub(" ", content).strip() else content
    key = {b for b in bigrams(content) if len(b) == 2}
    if key:
        best: tuple[tuple[float, int, float, int], str] | None = None
        for rank, name in enumerate(preferred + [n for n in v.library if n not in preferred]):
            feats = bigrams(name)
            shared = round(sum(idf(b) for b in key & feats), 6)
            # more specific shared words, the role's own indicator, then the name with least else in it
            score = (shared, int(name in preferred), len(key & feats) / max(len(feats), 1), -rank)
            if shared and (best is None or score > best[0]):
                best = (score, name)
        if best is not None:
            return best[1], "knowledge_base"
    for rule in v.suggest:
        if re.search(rule.pattern, body):
            return rule.indicator, "lexicon"
    return None, None


def smart_check(text: str, snapshot: KnowledgeSnapshot, role: str | None = None,
                search: Search | None = None) -> SmartReport:  # fmt: skip
    """Check one objective or indicator against SMART; ``role`` sharpens the relevance check."""
    raw = require_text(text, "要检查的指标或目标", EXAMPLE)
    body = raw.rstrip("。.;；")
    material: RoleMaterial | None = None
    note = None
    if role and role.strip():
        try:
            material = resolve_material(snapshot, role.strip())
        except ToolError as exc:
            note = f"未按岗位检查相关性：{exc.message}"
    preferred = [e.name for e in own_kpi_rows(snapshot, material)] if material else []
    v = _Vocabulary(snapshot.lexicon, _library_names(snapshot))
    letters = v.letters

    time_match = _TIME.search(body)
    has_time = time_match is not None
    untimed = _TIME.sub("，", body)  # "2024年" is a deadline, not a target value
    indicator = v.indicator_in(untimed)
    has_number = bool(v.number.search(untimed))
    countable = bool(v.result.search(body))
    flags: list[SmartFlag] = []

    vague = bool(v.vague.search(body)) and not indicator
    abstract_only = bool(v.abstract.search(body)) and not indicator and not countable
    specific = len(body) >= 4 and not (vague or abstract_only) and bool(indicator or countable)
    suggested, source = (indicator, "text") if indicator else _suggest(v, body, preferred, snapshot.idf)
    if suggested:
        s_tip = f"把目标落到一个具体指标上，例如「{suggested}」"
        m_tip = f"给出目标值和计量口径，例如「{suggested}{_target_phrase(v, suggested)}」"
        r_tip = f"改为与岗位职责产出直接相关的结果指标，例如「{suggested}」"
    else:
        aim = _aim(body)
        s_tip = f"写明「{aim}」具体指哪一项结果，如完成数量、差错率、办理时间或满意度得分"
        m_tip = f"为这项结果给出目标值和计量口径，例如「将【「{aim}」所指的可衡量结果】提升/达到【目标值】」"
        r_tip = f"说明「{aim}」对应岗位职责的哪项产出，以该产出的结果作为指标"
    flags.append(SmartFlag(letter="S", name=letters.get("S", "S"), ok=specific,
                           reason="指明了具体的衡量对象" if specific else "表述笼统，没有指明具体衡量什么",
                           suggestion=None if specific else s_tip))  # fmt: skip

    measurable = has_number and bool(indicator or countable)
    flags.append(SmartFlag(letter="M", name=letters.get("M", "M"), ok=measurable,
                           reason="给出了可量化的目标值" if measurable else ("缺少目标值" if indicator else "没有可量化的指标和目标值"),
                           suggestion=None if measurable else m_tip))  # fmt: skip

    growth = _GROWTH.search(body)
    extreme = v.extreme.search(body)
    too_high = growth is not None and float(growth.group("n")) >= 100
    attainable = not (extreme or too_high)
    if extreme:
        a_reason = f"「{extreme.group(0)}」是绝对化目标，通常难以实现，也不利于激励"
    elif too_high and growth is not None:
        a_reason = f"增幅 {growth.group('n')}% 过高，可能无法实现"
    else:
        a_reason = "未发现绝对化或明显过高的目标；目标值仍需与员工沟通确认"
    flags.append(SmartFlag(letter="A", name=letters.get("A", "A"), ok=attainable, reason=a_reason,
                           suggestion=None if attainable else "以上年实际值或同行水平为基准，设定经努力可以达到的目标（如提高 5–10 个百分点）"))  # fmt: skip

    attitude_only = bool(v.attitude.search(body)) and not indicator
    relevant = bool(indicator or countable) and not attitude_only
    r_reason = "与工作成果相关" if relevant else "针对态度或泛泛的工作要求，与岗位产出关联不直接"
    if relevant and material is not None:
        relevant = _relevant_to(material, snapshot, indicator or _aim(body), preferred)
        r_reason = f"与「{material.title}」的职责或考核指标相关" if relevant else f"与「{material.title}」的主要职责关联不明显"
    flags.append(SmartFlag(letter="R", name=letters.get("R", "R"), ok=relevant, reason=r_reason,
                           suggestion=None if relevant else r_tip))  # fmt: skip

    flags.append(SmartFlag(letter="T", name=letters.get("T", "T"), ok=has_time,
                           reason="规定了完成时限或考核周期" if has_time else "没有完成时限或考核周期",
                           suggestion=None if has_time else "加上时限和考核周期，例如「本年度内（12月31日前），按季度考核」"))  # fmt: skip

    when = time_match.group(0) if time_match else None
    rewrite = _rewrite(v, body, flags, suggested, when, growth) if suggested else _template(body, flags, when)
    report = SmartReport(text=raw, indicator=indicator, suggested=suggested,
                         suggested_from=None if source == "text" else source, flags=flags, rewrite=rewrite, note=note)  # fmt: skip
    _cite(report, snapshot, search)
    return report


def _relevant_to(material: RoleMaterial, snapshot: KnowledgeSnapshot, subject: str, preferred: list[str]) -> bool:
    """The subject shares words with the role's duties or its own indicators."""
    core = indicator_core(subject) or subject
    key = {b for b in bigrams(core) if len(b) == 2}
    if not key:
        return True
    texts = [d.text for p in material.profiles for d in p.duties] + preferred
    texts += [i.text for _a, s in material.sections for i in s.items]
    return any(len(key & bigrams(t)) >= max(1, len(key) // 2) for t in texts)


def _rewrite(v: _Vocabulary, body: str, flags: list[SmartFlag], indicator: str, when: str | None,
             growth: re.Match[str] | None) -> str:  # fmt: skip
    """The indicator rewritten to pass every check; the user's own parts are kept."""
    missing = {f.letter for f in flags if not f.ok}
    if not missing:
        return body + "。"
    if missing <= {"T"}:
        core = body
    elif "A" in missing and growth is not None:
        core = f"{indicator}较上年增长【N】%（以上年实际值为基准）"
    else:
        core = f"{indicator}{_target_phrase(v, indicator)}"
    if when and "T" not in missing and core != body:
        core = f"{when}，{core}"
    if "T" in missing:
        core = f"本年度内（12月31日前），{core}，按季度考核"
    return core + "。" + SAMPLE_NOTE


def _template(body: str, flags: list[SmartFlag], when: str | None) -> str:
    """A fill-in template in the user's own words, for an aim no indicator matches."""
    missing = {f.letter for f in flags if not f.ok}
    if not missing:
        return body + "。"
    period = f"在{when}" if when and "T" not in missing else "在本年度内（12月31日前）"
    tail = "，按季度考核" if "T" in missing else ""
    return f"{period}，将【「{_aim(body)}」所指的可衡量结果】提升/达到【目标值】{tail}。（模板：请把【】换成本岗位的具体指标和数值）"


def _cite(report: SmartReport, snapshot: KnowledgeSnapshot, search: Search | None) -> None:
    """Cite the knowledge base's own SMART passage, if it has one."""
    if snapshot.empty and not snapshot.profiles:
        report.note = report.note or "知识库为空，无法引用 SMART 原则的出处；请先运行 `gangwei ingest` 导入文档。"
        return
    sourcer = Sourcer(snapshot)
    topics = [t for t in snapshot.lexicon.kpi.method_topics if "smart" in fold(t)] or ["SMART原则"]
    for topic in topics:
        found = find_passage(snapshot, sourcer.text, topic, search, must="smart")
        if found is not None:
            sourcer.cite([sourcer.span(found.file, found.line, found.line, found.text)])
            report.citations = list(sourcer.book.citations)
            return
