"""The verdict of a comparison of two posts on one requirement ("这俩哪个要的年龄下限更高",
"学历要求一样吗"): the value each post's cited lines state, and which asks more.

Only what the lines say is compared: an age range, years of experience, or an education level
(levels ranked in fields.toml ``[ranks]``). A side whose lines state no value is said to state
none; nothing is guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from assistant.text import cn_number

_NUM = r"(\d{1,2}|[一二两三四五六七八九十]{1,3})"
_AGE = r"\s*(?:周岁|岁)"
_AGE_RANGE = re.compile(_NUM + r"\s*(?:周岁|岁)?\s*[-—–~～至到]\s*" + _NUM + _AGE)
_AGE_MAX = re.compile(_NUM + _AGE + r"\s*(?:以下|以内|之内|及以下|以下为宜)|(?:不超过|不大于|不高于|低于|小于|未满|不满)\s*" + _NUM + _AGE)
_AGE_MIN = re.compile(_NUM + _AGE + r"\s*(?:以上|及以上|或以上)|(?:年满|不低于|不小于|满)\s*" + _NUM + _AGE)
_YEARS = re.compile(r"(\d{1,2}(?:\.\d)?|[一二两三四五六七八九十半]{1,3})\s*(?:[-—–~～至到]\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*)?"
                    r"年(?:或|及|以)?(?:以上)?[^，,;；。]{0,14}?(?:经验|经历|工作|从业|工龄)")  # fmt: skip

_BARE_YEARS = re.compile(r"^(\d{1,2}(?:\.\d)?|[一二两三四五六七八九十半]{1,3})\s*年(?:及|或)?(?:以上)?(?:[，,;；。]|$)")


@dataclass(frozen=True)
class Measure:
    """What one post's lines state: a range (age, years) or a rank (education level)."""

    low: float | None = None
    high: float | None = None
    words: str = ""  # as said in the verdict ("25–45岁", "本科")


def _number(token: str) -> float | None:
    if token == "半":
        return 0.5
    if re.fullmatch(r"\d+(?:\.\d)?", token):
        return float(token)
    value = cn_number(token.replace("两", "二"))
    return float(value) if value is not None else None


def _age(text: str) -> Measure | None:
    low = high = None
    if m := _AGE_RANGE.search(text):
        low, high = _number(m.group(1)), _number(m.group(2))
    else:
        if m := _AGE_MAX.search(text):
            high = _number(m.group(1) or m.group(2))
        if m := _AGE_MIN.search(text):
            low = _number(m.group(1) or m.group(2))
    if low is None and high is None:
        return None
    words = (f"{low:g}–{high:g}岁" if low is not None and high is not None
             else f"{high:g}岁以下" if high is not None else f"{low:g}岁以上")  # fmt: skip
    return Measure(low=low, high=high, words=words)


def _experience(text: str) -> Measure | None:
    # the first stated years are the requirement: "八年以上…经验，至少五年同职经历", "5年以上，其中2年
    #以上管理经验" ask 8 and 5 years; the later figure is a part of them
    years = [(y, _number(m.group(2)) if m.group(2) else None) for m in _YEARS.finditer(text)
             if (y := _number(m.group(1))) is not None and y < 40]
    if not years and (bare := _BARE_YEARS.match(text.strip())) is not None:
        years = [(y, None)] if (y := _number(bare.group(1))) is not None and y < 40 else []  # an 工作经验 field's value: "2年以上"
    if not years:
        return None
    low, high = years[0]
    if high is not None and high > low:
        return Measure(low=low, high=high, words=f"{low:g}–{high:g}年")  # "3-5年及以上前端开发经验": a range
    return Measure(low=low, words=f"{low:g}年以上")


def _education(text: str, levels: list[list[str]]) -> Measure | None:
    found = [(rank, word) for rank, words in enumerate(levels) for word in words if word in text]
    if not found:
        return None
    rank, word = min(found)  # "本科及以上，硕士优先": the floor is what is required
    return Measure(low=float(rank), words=word)


def measure(attribute: str, texts: list[str], ranks: dict[str, list[list[str]]]) -> Measure | None:
    """The value the lines state for the requirement, the first line that states one."""
    for text in texts:
        text = unicodedata.normalize("NFKC", text)
        found = (_age(text) if attribute == "age" else _experience(text) if attribute == "experience"
                 else _education(text, ranks["education"]) if attribute == "education" and "education" in ranks else None)  # fmt: skip
        if found is not None:
            return found
    return None


def verdict(attribute: str, label: str, question: str, first: tuple[str, list[str]], second: tuple[str, list[str]],
            ranks: dict[str, list[list[str]]], lower: list[str], upper: list[str]) -> str | None:  # fmt: skip
    """One sentence: what each post asks and which asks more (or that they ask the same); None
    when the requirement is not one that can be compared or neither side states it."""
    if attribute not in ("age", "experience", "education"):
        return None
    (a, a_texts), (b, b_texts) = first, second
    ma, mb = measure(attribute, a_texts, ranks), measure(attribute, b_texts, ranks)
    if ma is None:
        return f"对比：「{b}」要求{mb.words}，「{a}」的资料没有写明{label}要求。" if mb is not None else None
    if mb is None:
        return f"对比：「{a}」要求{ma.words}，「{b}」的资料没有写明{label}要求。"
    stated = f"对比：「{a}」要求{ma.words}，「{b}」要求{mb.words}"
    if attribute == "age":
        return f"{stated}，{_age_verdict(a, ma, b, mb, question, lower, upper)}。"
    if ma.low == mb.low:
        same = "最低年限相同" if attribute == "experience" and ma.high != mb.high else f"{label}要求相同"
        return f"{stated}，两者的{same}。"
    higher = a if (ma.low or 0) > (mb.low or 0) else b
    more = "更长" if attribute == "experience" else "更高"
    return f"{stated}，「{higher}」的{label}要求{more}。"


def _age_verdict(a: str, ma: Measure, b: str, mb: Measure, question: str, lower: list[str], upper: list[str]) -> str:
    if any(w in question for w in lower):
        return _bound_verdict(a, ma.low, b, mb.low, "下限")
    if any(w in question for w in upper):
        return _bound_verdict(a, ma.high, b, mb.high, "上限")
    if (ma.low, ma.high) == (mb.low, mb.high):
        return "两者的年龄要求相同"
    # stricter: a lower ceiling or a higher floor; a side stating no bound leaves that bound open
    a_narrower = (ma.high or 99) < (mb.high or 99) or (ma.low or 0) > (mb.low or 0)
    b_narrower = (mb.high or 99) < (ma.high or 99) or (mb.low or 0) > (ma.low or 0)
    if a_narrower and not b_narrower:
        return f"「{a}」的年龄要求更严"
    if b_narrower and not a_narrower:
        return f"「{b}」的年龄要求更严"
    return "两者各有宽严（一个上限低，一个下限高）"


def _bound_verdict(a: str, va: float | None, b: str, vb: float | None, bound: str) -> str:
    if va is None or vb is None:
        return f"「{b if vb is None else a}」没有写明年龄{bound}"
    if va == vb:
        return f"两者的年龄{bound}相同"
    return f"「{a if va > vb else b}」的年龄{bound}更高"
