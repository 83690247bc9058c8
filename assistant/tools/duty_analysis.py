"""The duty-analysis method (职责分析法): duty -> output -> measurable indicator.

A duty names work whose output can be measured by how much, how fast, how well or at what
cost (多、快、好、省). The output is read from the duty's own words (its object and action,
"组织编制年度财务计划" -> "年度财务计划编制"); the measure comes from the lexicon's generic
suggestions (``smart.toml``: 满意 -> 满意度, 差错 -> 差错率 …), and by default from timeliness
(按时完成率), which every duty with an output has. Nothing here knows an industry.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from assistant.lexicon import Lexicon
from assistant.models import BscDimension
from assistant.text import one_line, strip_marker
from assistant.tools.dimensions import DimensionMapper
from assistant.tools.measures import suggested_formula

DEFAULT_MEASURE = "按时完成率"  # timeliness (快): every duty with an output can be measured by it
MAX_OUTPUT = 14  # characters of an output phrase in an indicator name

# Grammar of duty sentences: clauses that set context, words in front of the action, joints.
_CONTEXT = re.compile(r"^(?:根据|按照|按(?!时)|依据|依照|为了|为|在|通过|结合|遵循|围绕|针对|基于|配合|协助|作为)")
_FILLER = re.compile(
    r"^(?:负责|协助|参与|组织|做好|开展|进行|落实|积极|认真|及时|定期|不定期|全面|具体|主持|完成|承担|按时|切实|"
    r"努力|主动|独立|牵头|统筹|带领|督促|全力|按要求|按规定|并|和|及|与|对于|每天|每日|每周|每月|每年|日常)"
)
_ADVERB = re.compile(r"^[、，,]?(?:合理|有效|及时|全面|严格|认真|妥善|规范|科学|准确|定期|热情|耐心|细致|主动|按时)地?")
# "通过银行代发或现金发放形式…": the means, up to the word that names it, is no output either
_MEANS = re.compile(r"^(?:通过|以|采用|利用|借助)[^,，]{1,24}?(?:形式|方式|途径|渠道|手段|方法)")
_GENERIC = re.compile(r"(?:交办|交给|交待|安排|布置)的?其[他它]")  # "领导交办的其他工作" has no output of its own
_TAIL = re.compile(r"(?:等|的)?(?:相关)?(?:工作|事宜|事项|任务|业务)?[等的]?$")
_QUANT = re.compile(r"(?:各项|各类|各种|相关|有关|所有|全部|日常)")
_JOINT = re.compile(r"(?:以及|并且|和|及|并|或|、|/)")  # not 与: "核算与发放" is one output, "与时俱进" one word
_NOISE = re.compile(r"[\s“”\"'‘’「」『』]")
_DO = re.compile(r"^(?:对|根据|按照|依据)?(?P<obj>[^、,，]+?)(?:进行|实施|开展)(?P<act>.{2,})$")  # "对X进行Y"


@dataclass(frozen=True)
class Derivation:
    name: str
    output: str
    measure: str
    dimension: BscDimension
    formula: str
    chain: str  # "职责「…」→ 产出：… → 衡量：… → 指标：…"


def _tagged(text: str) -> list:  # noqa: ANN401 - jieba's pair objects (word, flag)
    """Words with part-of-speech tags (jieba, loaded on first use)."""
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(logging.WARNING)
    return list(pseg.cut(text))


def _verb_first(text: str, nominal: bool = False) -> tuple[str, str] | None:
    """(verb, rest) when the phrase starts with an action verb (jieba's part-of-speech tag).

    ``nominal`` also accepts verbal nouns ("优化"), which is right only after a joint ("建立并优化").
    """
    for word in _tagged(text):
        verb = word.flag == "v" or (nominal and word.flag == "vn")
        if verb and len(word.word) >= 2 and len(text) - len(word.word) >= 2:
            return word.word, text[len(word.word) :]
        return None
    return None


_SELF = ("本部门", "本岗位", "本单位", "本公司", "公司", "集团", "企业", "单位", "本")  # the employer speaking of itself


def _strip_org(text: str, lexicon: Lexicon) -> str:
    """"公司年度财务计划" -> "年度财务计划": the employer is not part of an output's name."""
    for word in _SELF:
        if text.startswith(word) and len(text) - len(word) >= 2:
            return text[len(word) :]
    return text


LABEL_MAX = 12  # "预订管理与信息同步：…": a short label before a colon summarises the duty


def _split_label(text: str) -> tuple[str | None, str]:
    sentence = re.split(r"[;。；!！?？]", text, maxsplit=1)[0]
    label, colon, body = sentence.partition(":") if ":" in sentence else sentence.partition("：")
    if colon and 2 <= len(label) <= LABEL_MAX and len(body) >= 4:
        return label, body
    return None, sentence


def main_clause(duty: str) -> str:
    """The clause of a duty that names its work: not the context ("根据…"), not a label ("会计工作:")."""
    _label, sentence = _split_label(one_line(strip_marker(duty)))
    clauses = [c.strip() for c in re.split(r"[,，:：]|包括|包含|其中", sentence) if c.strip()]
    return next((c for c in clauses if not _CONTEXT.match(c) and len(c) >= 4), clauses[-1] if clauses else sentence)


def _strip_fillers(text: str) -> str:
    prev = None
    while prev != text:
        prev = text
        text = _ADVERB.sub("", _FILLER.sub("", text).strip())
    return text


def _drop_context(text: str) -> str:
    """"为客户办理退费结算" -> "办理退费结算": a leading prepositional phrase is not the output."""
    means = _MEANS.match(text)
    if means and len(text) - means.end() >= 4:
        return _strip_fillers(text[means.end() :])
    if not _CONTEXT.match(text):
        return text
    words = _tagged(text)
    for i, w in enumerate(words[1:], start=1):
        if w.flag == "v":
            rest = "".join(x.word for x in words[i:])
            return rest if len(rest) >= 4 else text
    return text


def _is_verb(word: str) -> bool:
    return _verb_first(word + "工作", nominal=True) is not None


def _phrase(main: str, lexicon: Lexicon, reorder: bool = True) -> str:
    """A work phrase turned into an output: object first, then the action ("编制财务计划" -> "财务计划编制").

    ``reorder`` is off for labels, which are already noun phrases ("预订管理与信息同步").
    """
    main = _NOISE.sub("", main)
    if not reorder:
        first = _JOINT.split(_TAIL.sub("", main))[0]
        return _strip_org(first, lexicon)
    main = _drop_context(_strip_fillers(main))
    tail = ""
    if "等" in main:
        head, _, rest = main.partition("等")
        rest = _TAIL.sub("", _QUANT.sub("", rest).replace("的", ""))
        if len(rest) <= 6:  # "出差、加班等统计工作": the first item and what is done with all
            main, tail = head, rest
        else:  # "考试系统、监考系统等相关前端系统的开发": the category is the output
            main = rest
    if m := _DO.match(main):
        act = _JOINT.split(_ADVERB.sub("", _TAIL.sub("", m.group("act"))))[0]
        main, tail = m.group("obj"), act + tail
    parts = [p for p in _JOINT.split(main) if p]
    lead: list[str] = []
    while len(parts) > 1 and len(parts[0]) <= 2 and len(parts[1]) >= 4:  # "建立并优化…": coordinated actions
        lead.append(parts.pop(0))
    main = _strip_fillers(parts[0]) if parts else main
    action = next((w for w in lead if _is_verb(w)), "")
    verb = None if tail else _verb_first(main, nominal=bool(lead))  # "对X进行Y" already split it
    if verb is not None:
        action, main = action or verb[0], verb[1]
        while (more := _verb_first(main)) is not None:  # "维护保养设备": one action in two verbs
            action, main = (action + more[0]) if not lead else action, more[1]
    main = _QUANT.sub("", main).replace("的", "")
    main = _strip_org(_TAIL.sub("", main), lexicon)
    end = tail or action
    # "规范数据库设计规范": the action already ends the object; it is not said twice
    output = main if end and main.endswith(end) else main + end
    return _TAIL.sub("", output) or main


def duty_output(duty: str, lexicon: Lexicon) -> str:
    """The output a duty produces, as a short noun phrase ("员工工资核算", "人员车辆调配")."""
    text = one_line(strip_marker(duty))
    label, _body = _split_label(text)
    if label:
        out = _phrase(label, lexicon, reorder=False)
        if len(out) >= 4:
            return out
    return _phrase(main_clause(text), lexicon)


_NOT_FIRST = ("p", "c", "u", "d", "r", "m", "q")  # a phrase starting with 与/同/等/一 is a broken piece


def _names_an_output(output: str) -> bool:
    """A short noun phrase with a noun in it, not a piece of a sentence ("同UI", "有1~2次…")."""
    if not 2 <= len(output) <= MAX_OUTPUT or re.search(r"[\d~～%]", output):
        return False
    words = _tagged(output)
    if not words or words[0].flag.startswith(_NOT_FIRST):
        return False
    return any(w.flag.startswith(("n", "vn", "eng")) for w in words)


def _customer_word(text: str, lexicon: Lexicon, measure: str = "") -> str | None:
    """The customer a duty serves, named with a customer-dimension word of ``bsc.toml`` ("顾客")."""
    customer = lexicon.bsc.dimensions.get("customer")
    words = sorted(customer.indicator_words if customer else [], key=len, reverse=True)
    return next((w for w in words if w in text and len(w) >= 2 and w not in measure), None)


def _satisfaction(lexicon: Lexicon) -> str | None:
    """The lexicon's measure for a served customer (the suggestion for "满意")."""
    return next((r.indicator for r in lexicon.smart.suggest if re.search(r.pattern, "满意")), None)


def derive(duty: str, lexicon: Lexicon, dims: DimensionMapper) -> Derivation | None:
    """The indicator a duty yields, or None when the duty names no output ("领导交办的其他工作")."""
    text = one_line(strip_marker(duty))
    if len(text) < 4 or _GENERIC.search(text):
        return None
    output = duty_output(text, lexicon)
    if not _names_an_output(output):
        return None
    clause = main_clause(text)  # words elsewhere in the sentence ("…勤奋学习") are not its output
    measure, matched = DEFAULT_MEASURE, ""
    for rule in lexicon.smart.suggest:
        m = re.search(rule.pattern, clause)
        if m:
            measure, matched = rule.indicator, m.group(0)
            break
    if not matched and _customer_word(clause, lexicon) and _satisfaction(lexicon):
        # the output's customer is named: how satisfied they are measures it (职责的客户 -> 满意)
        measure = _satisfaction(lexicon) or measure
    who = _customer_word(clause, lexicon, measure) if dims.of_name(measure) == BscDimension.customer else None
    if matched and len(measure) >= 4:
        if matched in output or matched in measure:
            # the lexicon's indicator names this very output ("员工培训体系" -> 培训计划完成率)
            name = (who + measure) if who and who not in measure else measure
        else:  # a word elsewhere in the clause: measure the output by its timeliness instead
            measure = DEFAULT_MEASURE
            name = output + measure
    else:
        name = (who or output) + measure
    dimension = dims.infer(name).bsc
    chain = f"职责「{_short(text)}」→ 产出：{output} → 衡量：{measure} → 指标：{name}"
    return Derivation(name=name, output=output, measure=measure, dimension=dimension,
                      formula=suggested_formula(name), chain=chain)  # fmt: skip


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
