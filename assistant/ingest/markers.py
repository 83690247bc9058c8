"""List markers: the grammar of numbering (no domain words here; those live in the lexicon)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_NUM = "一二三四五六七八九十百"
TERMINAL_PUNCT = "。;!?,；！？，"


@dataclass(frozen=True)
class Marker:
    family: str  # arabic | dotted | paren_arabic | circled | cn | cn_upper | paren_cn | ordinal_cn | clause | caption | annex | letter | dash | worded
    token: str  # the marker as written, e.g. "1、", "(一)", "①", "3.1.1"
    rest: str  # the text after the marker

    @property
    def depth(self) -> int:
        """Nesting depth of multi-level numbers ("3.1.1" -> 3); 1 for everything else."""
        return self.token.count(".") + 1 if self.family == "dotted" else 1


# Order matters: the more specific patterns first.
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    # "§2 景区保洁主管", "§2.1 岗位职责": a manual's section numbers, at the depth their dots say
    ("dotted", re.compile(r"^(§\s*\d{1,2}(?:\.\d{1,2}){0,3})\s*(.+)$")),
    ("paren_arabic", re.compile(r"^([(（]\d{1,2}[)）])\s*(.*)$")),
    ("paren_cn", re.compile(rf"^([(（][{_CN_NUM}]+\s*[)）])\s*(.*)$")),
    ("circled", re.compile(r"^([\u2460-\u2473])\s*(.*)$")),
    ("ordinal_cn", re.compile(rf"^(第[{_CN_NUM}]+[、,:，：])\s*(.*)$")),
    # "第1号　业务洽谈员": the posts of a collection counted by number, the title after a space
    ("ordinal_cn", re.compile(rf"^(第[{_CN_NUM}\d]{{1,3}}号)\s+(?=[\u4e00-\u9fff])(.*)$")),
    ("clause", re.compile(rf"^(第[{_CN_NUM}\d]+[条步章节部分]+)\s*[:,：，]?\s*(.*)$")),
    ("cn", re.compile(rf"^([{_CN_NUM}]+[、,.:，．：])\s*(.*)$")),
    # "表2　发酵工岗位说明书修订对照", "表 3-1：考核指标": a table's caption, a heading over the table
    ("caption", re.compile(r"^(表\s*\d{1,2}(?:[-.．]\d{1,2})?)(?:\s+|\s*[:：]\s*)(?=[\u4e00-\u9fff])(.*)$")),
    # "附件一：销售业务代表岗位职责": an annex of an agreement or a rule, a heading over what it holds
    # ("附录　2022版岗位编码对照（已作废）": an appendix, numbered or not)
    ("annex", re.compile(rf"^(附件\s*[{_CN_NUM}\d]{{1,3}}|附表\s*[{_CN_NUM}\d]{{0,3}}|附录\s*(?:[{_CN_NUM}\d]{{1,3}}|[A-Z])?)(?:\s+|\s*[:：、.．]\s*)(?=[\u4e00-\u9fff\d])(.*)$")),
    # "岗位 1/3 核保员(非车险)": a word and which of how many, counting the posts (or parts) of a document
    ("counted", re.compile(r"^([\u4e00-\u9fff]{1,3}\s*\d{1,2}\s*/\s*\d{1,2})\s+(?=[\u4e00-\u9fff])(.*)$")),
    # "I. 压载工", "Ⅱ、无线电报务员": Roman numerals heading the parts of a text as 一、二、 do, before
    # Chinese words (not "I. Overview": an English line keeps its words)
    ("cn", re.compile(r"^((?:X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2}|[\u2160-\u216b])[、,.:，．：)）])\s*(?=[\u4e00-\u9fff])(.*)$")),
    # "壹、保洁领班" over "一、基本情况": the financial numerals, a level above the plain ones
    ("cn_upper", re.compile(r"^([壹贰叁肆伍陆柒捌玖拾]+[、,.:，．：])\s*(.*)$")),
    # "1.1" "2.3.4" then text (multi-level numbering of manuals), not a decimal like "1.5%"
    # (nor "1.5年" / "1.10年以上", a number with its unit; "1．24小时监控…" is item 1 and its hours)
    ("dotted", re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})(?![\d%.\-~～—–至])(?!\s*(?:[年月天周万元倍岁名次项件台套]|小时|分钟|秒钟?|公里|公斤|千克|个(?!人|性)|人(?![员力事才际])))(?:\s*(?=[^\s\d])|\s+(?=\d+[^\d.\s]))(.*)$")),
    # "1、" "1." (not "1.5") "1," "1:" "1)" and "5 负责" (digit, space, Chinese); "1负责" after a heading number
    # "#." of reStructuredText: a list the renderer numbers
    ("arabic", re.compile(r"^(#[.)])\s*(.+)$")),
    ("arabic", re.compile(r"^(\d{1,2}(?:[、,:)）．，：]|\.(?!\d)|\s+(?=[\u4e00-\u9fff])))\s*(.*)$")),
    ("letter", re.compile(r"^([A-Ha-h][、.)）])\s*(.*)$")),
    ("dash", re.compile(r"^([-•·●▪■◆◇○※►▶▸➤→▍▌▎*+–—](?!\d))\s*(.+)$")),
    # a checklist's boxes or ticks ("☐ 提前10分钟到达", "✗ 私下收费", "√ 持有红十字会救护员证"): each line one item
    # (not "☐中专 ☑大专 ☐本科": boxes to tick among options, whose first box is part of the choice)
    ("box", re.compile(r"^([☐□☑☒✓✔✗✘√])\s*(?!.*[☐□☑☒])(.+)$")),
]

# Families whose items can sit inside an item of a "parent" family (1、 ... ① ② ...).
CHILD_FAMILIES = {"circled", "letter", "paren_arabic", "dash", "box"}
PARENT_FAMILIES = {"arabic", "cn", "cn_upper", "paren_cn", "ordinal_cn", "dotted", "worded"}
# Heading-style markers: a short unpunctuated line with one of these is a heading, not an item.
HEADING_FAMILIES = {"cn", "cn_upper", "paren_cn", "clause", "ordinal_cn", "caption", "annex", "counted"}


# "1.10年以上经验；2.精通粤菜": item 1 begins with a number; the next item's marker tells it
_NUMBER_AFTER_MARKER = re.compile(r"^(\d{1,2}\.)(?=\d)(.*?[;；。]\s*(\d{1,2})[.、．]\D.*)$")


_NUMBER_THEN_NUMBER = re.compile(r"^(\d{1,2})\.(?=\d)(.*)$")


def marker_in_sequence(text: str, before: Marker | None, after: str | None) -> Marker | None:
    """"1.3年及以上经验" on its own line, with "2.对…" on the next (or "1.…" on the line before):
    the list's numbering says "1." is the marker and 3年 the item's own number."""
    m = _NUMBER_THEN_NUMBER.match(text)
    if not m:
        return None
    number = int(m.group(1))
    nxt = parse_marker(after) if after else None
    fits_after = nxt is not None and nxt.family == "arabic" and nxt.token[:-1].strip().isdigit() and int(nxt.token[:-1]) == number + 1
    fits_before = (before is not None and before.family == "arabic" and before.token[:-1].strip().isdigit()
                   and int(before.token[:-1]) == number - 1)  # fmt: skip
    return Marker(family="arabic", token=f"{number}.", rest=m.group(2).strip()) if fits_after or fits_before else None


_WORDED = re.compile(r"^(?P<word>[\u4e00-\u9fff]{2,4})\s*(?P<n>\d{1,2})\s*[:：]\s*(?P<rest>\S.*)$")


def worded_in_sequence(text: str, before: Marker | None, after: str | None) -> Marker | None:
    """"职责3：落实安全生产…" between "职责2：…" and "职责4：…": a word and a number before a colon that
    go on numbering the lines around it are a list's marker (an HR system's export), however short
    the line."""
    m = _WORDED.match(text)
    if not m or m["word"].endswith("注"):
        return None  # ("注1：…", "附注2：…": numbered notes under a list, no entries of it)
    word, number = m["word"], int(m["n"])
    nxt = _WORDED.match(after or "")
    fits_after = nxt is not None and nxt["word"] == word and int(nxt["n"]) == number + 1
    prior = re.match(r"^(\D+)(\d+)", before.token) if before is not None and before.family == "worded" else None
    fits_before = prior is not None and prior[1] == word and int(prior[2]) == number - 1
    return Marker(family="worded", token=f"{word}{number}：", rest=m["rest"]) if fits_after or fits_before else None


_CLOCK = re.compile(r"^\s*\d{1,2}[:：][0-5]\d(?!\d)")  # "07:00", "8：30": a time of day


def parse_marker(text: str) -> Marker | None:
    m = _NUMBER_AFTER_MARKER.match(text)
    if m and int(m.group(3)) == int(m.group(1)[:-1]) + 1:
        return Marker(family="arabic", token=m.group(1), rest=m.group(2).strip())
    for family, pattern in _MARKERS:
        m = pattern.match(text)
        if m and m.group(2).strip():
            rest = m.group(2).strip()
            if family == "dash" and m.group(1) in "*+" and not text[1:2].isspace():
                continue  # "*重要" emphasis, "+86" numbers: not bullets
            if family == "arabic" and _CLOCK.match(text):
                return None  # "07:00-07:40 晨检", "8:30 早会": a time of day, no list number
            return Marker(family=family, token=m.group(1).strip(), rest=rest)
    return None


def strip_marker(text: str) -> str:
    marker = parse_marker(text)
    return marker.rest if marker else text


def next_chapter(marker: Marker | None, before: Marker | None) -> bool:
    """"4 质量红线" after "3.7 皮具护理师": an arabic number one past the chapter a dotted number is in."""
    if marker is None or marker.family != "arabic" or before is None or before.family != "dotted":
        return False
    number, top = re.match(r"\d+", marker.token), re.search(r"\d+", before.token)
    return number is not None and top is not None and int(number.group()) == int(top.group()) + 1
