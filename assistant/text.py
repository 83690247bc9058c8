"""Text helpers shared by every layer: folding, character bigrams, similarity, markers, sentences.

Chinese has no spaces, so matching and relevance work on character bigrams of folded text
(NFKC, lower-case). These are grammar, not vocabulary: domain words live in the lexicon.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(rf"[{_CJK}]+")
_ASCII_WORD = re.compile(r"[a-z][a-z0-9+#.]*|\d+(?:\.\d+)?%?")
# single characters listed with 、 ("多、快、好、省", "德、能、勤、绩") are also read as the word
# they spell, which is how a question names them ("多快好省是啥意思")
_SPELLED = re.compile(rf"[{_CJK}](?:、[{_CJK}](?=、))+、[{_CJK}]")
_PUNCT = re.compile(r"[\W_]+")
# A way to reach a person: an e-mail address or a mobile number ("钱坤(qiankun@pcjx.com)")
CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}|(?<!\d)1[3-9]\d{9}(?!\d)")
_SPACES = re.compile(r"\s+")


def longest_first(word: str) -> tuple[int, str]:
    """Sort key: longer words first, equal lengths in a fixed order (a set's own order follows the hash
    seed, and matching or stripping words one after the other must not)."""
    return -len(word), word


# Question words and fillers: they carry no topic ("哪些", "怎么", "请问").
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
        "去哪", "哪儿", "哪", "多不多", "忙不忙", "累不累", "难不难", "高不高", "严不严", "几",
        "几天", "几年", "几个月", "几次", "几点", "几号", "多少天", "多少年", "多久", "多长时间",
        # a turn's opening that changes the subject ("顺便问下年假有几天")
        "顺便", "问下", "问一下", "想问", "打听", "请教", "另外", "对了", "再问", "然后",
        # politeness ("不好意思再打扰一下", "您好", "谢谢")
        "不好意思", "打扰", "您好", "你好", "谢谢",
        # "干这行", "干得好的话": the job itself, a condition's particle
        "干这行", "这一行", "这行", "的话",
        # a condition's opening ("如果是网店客服…"): no topic
        "如果", "假如", "要是",
        # the insistence of a yes/no question ("一定要会说粤语吗")
        "一定要", "一定", "必须", "非得", "是不是", "得不得",
        # what it takes ("英语得考过几级才行")
        "才行", "才可以",
        # colloquial question words and "what does X mean" ("多快好省是啥意思", "咋考")
        "是什么意思", "是啥意思", "什么意思", "啥意思", "是啥", "啥样", "啥", "咋样", "咋", "指的是", "是指",
    },
    key=longest_first,
)  # fmt: skip
_STOP_RE = re.compile("|".join(map(re.escape, _STOP_PHRASES)))

# A leading list marker: "1、" "1." "(1)" "(一)" "一、" "①" "第二," "A." "- " "• ".
_LEADING_MARKER = re.compile(
    r"^\s*(?:[-•·*▪●◆■◇◦▸►▶➤※]\s*|[☐□☑☒✓✔✗✘√]\s*(?!.*[☐□☑☒])|\(?[0-9]{1,2}[)）]\s*|[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}\s+(?=[^\s万元%])|[0-9]{1,2}(?:\.[0-9]+)*(?:[、,)]|:(?![0-9]{2})|\.(?![0-9]))\s*"
    r"|[0-9]{1,2}\s+(?=[\u4e00-\u9fff])"
    r"|[一二三四五六七八九十]{1,3}[、.,:]\s*|[(（][一二三四五六七八九十]{1,3}[)）]\s*|[①-⑳]\s*"
    r"|第[一二三四五六七八九十百零0-9]+(?:[章节条款步][、,:]?|[、,:])\s*|[A-Za-z][、.)]\s*)"
)
_SENTENCE_END = re.compile(r"(?<=[。!?;!?;])")
_CLAUSE_END = re.compile(r"(?<=[,、:,:])")

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def fold(text: str) -> str:
    """NFKC + lower-case: the form all matching is done on."""
    return unicodedata.normalize("NFKC", text or "").lower()


def squash(text: str) -> str:
    """Folded text without punctuation or spaces ("多、快、好、省" -> "多快好省")."""
    return _PUNCT.sub("", fold(text))


def one_line(text: str) -> str:
    """Items that span lines are stored with newlines; answers show them as one line."""
    return re.sub(r"\s*\n\s*", "", text or "").strip()


def strip_marker(text: str) -> str:
    """Drop a leading list marker so items can be renumbered ("1、负责…" -> "负责…")."""
    out = _LEADING_MARKER.sub("", text or "", count=1).strip()
    return out or (text or "").strip()


def bigrams(text: str) -> set[str]:
    """Character bigrams of CJK runs (a lone character stays a unigram) plus ASCII words and numbers."""
    folded = fold(text)
    feats: set[str] = set()
    for run in _CJK_RUN.findall(folded):
        if len(run) == 1:
            feats.add(run)
        else:
            feats.update(run[i : i + 2] for i in range(len(run) - 1))
    for spelled in _SPELLED.findall(folded):
        word = spelled.replace("、", "")
        feats.update(word[i : i + 2] for i in range(len(word) - 1))
    feats.update(_ASCII_WORD.findall(folded))
    return feats


def bigram_list(text: str) -> list[str]:
    """Bigrams in order with repeats (for BM25 term frequencies)."""
    folded = fold(text)
    out: list[str] = []
    for match in re.finditer(rf"[{_CJK}]+|[a-z0-9]+(?:[.+#][a-z0-9]+)*", folded):
        run = match.group()
        if not _CJK_RUN.match(run):
            out.append(run)
        elif len(run) == 1:
            out.append(run)
        else:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
    for spelled in _SPELLED.findall(folded):
        word = spelled.replace("、", "")
        out.extend(word[i : i + 2] for i in range(len(word) - 1))
    return out


def content_text(question: str) -> str:
    """The question with question words and fillers cut out (spaces keep the runs apart)."""
    return _STOP_RE.sub(" ", fold(question))


def one_char_cuts(text: str) -> set[int]:
    """Positions of ``fold(text)`` that ``content_text`` cuts as one-character stop words."""
    return {m.start() for m in _STOP_RE.finditer(fold(text)) if m.end() - m.start() == 1}


def word_cuts(text: str) -> set[int]:
    """Positions of ``fold(text)`` inside the stop words of two characters or more ("怎么")."""
    return {i for m in _STOP_RE.finditer(fold(text)) if m.end() - m.start() > 1 for i in range(m.start(), m.end())}


def similarity(a: set[str] | str, b: set[str] | str) -> float:
    """Dice overlap of two bigram sets (strings are converted): near-duplicates, diversity."""
    fa = bigrams(a) if isinstance(a, str) else a
    fb = bigrams(b) if isinstance(b, str) else b
    if not fa or not fb:
        return 0.0
    return 2 * len(fa & fb) / (len(fa) + len(fb))


def containment(a: set[str] | str, b: set[str] | str) -> float:
    """Share of the smaller set contained in the larger one ("A" vs "A plus a tail")."""
    fa = bigrams(a) if isinstance(a, str) else a
    fb = bigrams(b) if isinstance(b, str) else b
    if not fa or not fb:
        return 0.0
    return len(fa & fb) / min(len(fa), len(fb))


class Idf:
    """Inverse document frequency of bigram features over a set of units."""

    def __init__(self, docs: Iterable[set[str]]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for feats in docs:
            n += 1
            df.update(feats)
        self.n = max(n, 1)
        self.df = df
        self.unseen = math.log(1 + self.n)

    def __call__(self, feat: str) -> float:
        d = self.df.get(feat, 0)
        return self.unseen if d == 0 else math.log(1 + self.n / d)


def coverage(query: set[str], unit: set[str], idf: Idf) -> float:
    """Share of the query's IDF mass present in the unit (0..1)."""
    if not query:
        return 0.0
    total = sum(idf(f) for f in query)
    return sum(idf(f) for f in query & unit) / total if total else 0.0


def split_sentences(text: str, limit: int = 10_000) -> list[str]:
    """Split at Chinese sentence ends, then clause ends, into pieces of at most ``limit`` chars."""
    out: list[str] = []
    for sentence in (s for s in _SENTENCE_END.split(text or "") if s):
        if len(sentence) <= limit:
            out.append(sentence)
            continue
        buf = ""
        for clause in (c for c in _CLAUSE_END.split(sentence) if c):
            if buf and len(buf) + len(clause) > limit:
                out.append(buf)
                buf = ""
            buf += clause
            while len(buf) > limit:
                out.append(buf[:limit])
                buf = buf[limit:]
        if buf:
            out.append(buf)
    return out


def cn_number(text: str) -> int | None:
    """"3" / "三" / "十二" / "二十" -> int; None when it is not a number."""
    text = (text or "").strip()
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS and ch not in "十百" for ch in text):
        return None
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        base = _CN_DIGITS.get(hundreds, 1) * 100
        return base + (cn_number(rest.lstrip("零〇")) or 0 if rest else 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    if len(text) == 1:
        return _CN_DIGITS[text]
    return None


def normalize_label(text: str) -> str:
    """A field label or column header as compared with the lexicon: no spaces, colon or brackets."""
    return _SPACES.sub("", fold(text)).strip(":：[]【】()（）*#").strip()


def shorten(text: str, limit: int = 150) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#|~])")
_MD_ESCAPED = re.compile(r"\\([\\`*_{}\[\]#|~])")


def escape_md(text: str) -> str:
    """Document text placed in Markdown: HTML characters as entities, Markdown marks escaped.

    Corpus text can contain anything (``<script>``, ``**``, ``|``); escaped, it can never
    become markup in the web UI, an API client or an export.
    """
    import html

    return _MD_SPECIAL.sub(r"\\\1", html.escape(text or "", quote=False))


def unescape_md(text: str) -> str:
    """The plain text behind ``escape_md`` (for terminals, exports and matching)."""
    import html

    return html.unescape(_MD_ESCAPED.sub(r"\1", text or ""))
