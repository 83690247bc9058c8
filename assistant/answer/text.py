"""Small text utilities for answering: bigram features, query stop-phrases, marker stripping.

Chinese has no spaces, so relevance is measured on character bigrams of the "content" part of a
question (question words such as 什么/哪些/怎么 are cut out first, they carry no topic).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from typing import Iterable

# Question and filler phrases removed before computing query features (longest first).
_STOP_PHRASES = sorted(
    {
        "请问", "请你", "请帮我", "帮我", "帮忙", "麻烦", "一下", "告诉我", "介绍", "说说", "讲讲", "聊聊",
        "列一下", "列出", "给我", "我想", "我们", "你们", "他们", "这个", "那个", "这些", "那些", "这类", "那类",
        "什么样", "什么", "哪些", "哪几", "哪个", "哪里", "怎么样", "怎么", "怎样", "如何", "为什么", "是否",
        "有没有", "能不能", "可不可以", "应该", "需要", "主要", "一般", "具体", "通常", "平时", "每天", "日常",
        "分别", "都有", "有哪", "是什", "多少", "几个", "哪方面", "方面", "之类", "比如", "例如", "还有",
        "呢", "吗", "吧", "啊", "呀", "嘛", "的", "了", "着", "是", "有", "要", "在", "和", "与", "及", "或",
        "对", "把", "被", "就", "也", "都", "还", "让", "给", "从", "这", "那", "些", "么", "我", "你", "他",
        "她", "它", "做", "干", "能", "会", "可以", "一个", "一份", "一套",
    },
    key=len,
    reverse=True,
)
_STOP_RE = re.compile("|".join(map(re.escape, _STOP_PHRASES)))
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#.]*|\d+(?:\.\d+)?%?")
_LEADING_MARKER = re.compile(
    r"^\s*(?:[-•·*]\s*|\(?[0-9]{1,2}[)）]\s*|[0-9]{1,2}(?:\.[0-9]+)?[、.,:)]\s*|[一二三四五六七八九十]{1,3}[、.,:]\s*"
    r"|\([一二三四五六七八九十]{1,3}\)\s*|[①②③④⑤⑥⑦⑧⑨⑩]\s*|第[一二三四五六七八九十]+[、,:]?\s*|[A-Za-z][、.]\s*)"
)


def fold(text: str) -> str:
    """NFKC + lower-case ASCII: the form all features are computed on."""
    return unicodedata.normalize("NFKC", text).lower()


def strip_marker(text: str) -> str:
    """Drop a leading list marker ("1、", "(3)", "第二,", "①") so items can be renumbered."""
    out = _LEADING_MARKER.sub("", text, count=1).strip()
    return out or text.strip()


_PUNCT = re.compile(r"[\W_]+")


def squash(text: str) -> str:
    """Folded text without punctuation or spaces, for phrase look-ups ("多、快、好、省" -> "多快好省")."""
    return _PUNCT.sub("", fold(text))


def heading_core(text: str) -> str:
    """A heading without its list marker and trailing colon: "(2)信息反馈:" -> "信息反馈"."""
    return fold(strip_marker(one_line(text))).rstrip(":： ").strip()


def one_line(text: str) -> str:
    """Items that span lines are stored with newlines; answers show them as one line."""
    return re.sub(r"\s*\n\s*", "", text).strip()


def bigrams(text: str) -> set[str]:
    """Character bigrams of CJK runs plus ASCII words and numbers (case-folded)."""
    folded = fold(text)
    feats: set[str] = set()
    for run in _CJK_RUN.findall(folded):
        if len(run) == 1:
            continue
        feats.update(run[i : i + 2] for i in range(len(run) - 1))
    feats.update(_ASCII_WORD.findall(folded))
    return feats


def content_text(question: str) -> str:
    """The question with question words and fillers cut out (separators keep runs apart)."""
    return _STOP_RE.sub(" ", fold(question))


class Idf:
    """Inverse document frequency of bigram features over a set of evidence units."""

    def __init__(self, docs: Iterable[set[str]]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for feats in docs:
            n += 1
            df.update(feats)
        self.n = max(n, 1)
        self.df = df
        self.unseen = math.log(1 + self.n)  # a feature the corpus never uses weighs the most

    def __call__(self, feat: str) -> float:
        d = self.df.get(feat, 0)
        if d == 0:
            return self.unseen
        return math.log(1 + self.n / d)

    def known(self, feat: str) -> bool:
        return feat in self.df


def coverage(query: set[str], unit: set[str], idf: Idf) -> float:
    """Share of the query's IDF mass present in the unit (0..1): "how much of the question it covers"."""
    if not query:
        return 0.0
    total = sum(idf(f) for f in query)
    hit = sum(idf(f) for f in query & unit)
    return hit / total if total else 0.0


def similarity(a: set[str], b: set[str]) -> float:
    """Dice overlap of two feature sets, for near-duplicate detection and MMR diversity."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller set contained in the larger one (catches "A" vs "A plus a tail")."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
