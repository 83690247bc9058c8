"""Remove web boilerplate and normalise text line by line, so every kept line keeps its number."""

from __future__ import annotations

import re

from assistant.models import CleanDocument, CleanLine, LoadedDocument

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_ASCII_PUNCT = set(",.:;!?()[]")


def _is_ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _is_wide(ch: str) -> bool:
    # CJK ideographs and CJK punctuation (、。“”《》【】…) and other non-Latin symbols.
    return ord(ch) >= 0x2E80 or ch in "“”‘’…―—·"


def _joinable(left: str, right: str) -> bool:
    """Whether a space between two characters is typographic noise in Chinese text."""
    left_ok = _is_wide(left) or left in _ASCII_PUNCT
    right_ok = _is_wide(right) or right in _ASCII_PUNCT
    if not (left_ok and right_ok):
        return False
    if left in _ASCII_PUNCT and right in _ASCII_PUNCT:
        return False
    # Keep the space between two ideographs: it separates keywords ("商业银行 绩效考核").
    return not (_is_ideograph(left) and _is_ideograph(right))


_SPACE_RUN = re.compile(r"[ \t\u00a0\u3000]+")
# Anti-scraping watermarks spliced into sentences by the source sites ("沟通|方|案范|文库=整理%^汇报").
_J = r"[|}'’.=%^]*"
_WATERMARKS = [
    re.compile(_J + _J.join("方案范文库整理") + _J),
    re.compile(r"(?<=方)'(?=案)"),
    re.compile(r"以下是小编精心收集整理的[^。]*?下面小编就和大家分享,来欣赏一下吧。"),
]
# Markdown syntax around text (uploaded .md files): heading marks, quotes, bold markers.
_MARKDOWN = [re.compile(r"^\s{0,3}(#{1,6}|>)\s+"), re.compile(r"\*\*|__")]


def normalize_line(text: str) -> str:
    """Full-width ASCII -> half-width, zero-width chars dropped, whitespace folded.

    Chinese punctuation (。、“”《》【】) and circled numbers (①) are kept: they carry meaning.
    Scraping watermarks, site blurbs spliced into sentences and Markdown marks are removed.
    """
    out = []
    for ch in text.translate(_ZERO_WIDTH):
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            ch = chr(code - 0xFEE0)
        elif code == 0x3000 or ch in "\t\u00a0":
            ch = " "
        out.append(ch)
    joined = "".join(out)
    for pattern in (*_WATERMARKS, *_MARKDOWN):
        joined = pattern.sub("", joined)
    folded = _SPACE_RUN.sub(" ", joined).strip()
    if " " not in folded:
        return folded
    chars = list(folded)
    kept = []
    for i, ch in enumerate(chars):
        if ch == " " and 0 < i < len(chars) - 1 and _joinable(chars[i - 1], chars[i + 1]):
            continue
        kept.append(ch)
    return "".join(kept)


# Whole lines that are site furniture or publication stamps, never content.
_BOILERPLATE = [
    re.compile(r"欢迎来到.{0,12}(网|站)"),
    re.compile(r"(发表|订阅)咨询[:]?\s*400-?\d{3}-?\d{4}"),
    re.compile(r"^.{0,10}期刊网\s*精选范文"),
    re.compile(r"^阅读提示[:].{0,10}本篇共"),
    re.compile(r"^(公司网址|简历投递邮箱|网址)[:].*省略"),
    re.compile(r"^时间[:]\s*\d{4}-\d{1,2}-\d{1,2}"),
    re.compile(r"(文章编号|中图分类号|文献标识码)[:]"),
    re.compile(r"^(【关键词】|关键词[:])"),
    re.compile(r"^前言[:].{0,30}(本站|小编|好文章)"),
    re.compile(r"^\(?作者(单位|简介)[:]"),
    re.compile(r"^参考文献[:]?$"),
    re.compile(r"^\[\d+\].{2,}\[[A-Z]\]"),
]
# Start of the trailing "related articles" list; its entries end in a MM-DD date.
_RELATED_START = re.compile(r"推荐阅读[:]?$|相关(文章|推荐|阅读)[:]?$")
_RELATED_ENTRY = re.compile(r"^.{2,40}\d{2}-\d{2}$")


def is_boilerplate(text: str) -> bool:
    return any(p.search(text) for p in _BOILERPLATE)


def clean_document(doc: LoadedDocument) -> CleanDocument:
    """Normalise each line and drop boilerplate; blank lines vanish, numbering is untouched."""
    normalized = [normalize_line(line) for line in doc.lines]
    removed: list[int] = []
    kept: list[CleanLine] = []
    in_related = False
    for idx, text in enumerate(normalized):
        line_no = idx + 1
        if not text:
            continue
        if _RELATED_START.search(text) and len(text) <= 40:
            in_related = True
            removed.append(line_no)
            continue
        if in_related:
            if _RELATED_ENTRY.match(text):
                removed.append(line_no)
                continue
            in_related = False
        if is_boilerplate(text):
            removed.append(line_no)
            continue
        kept.append(CleanLine(line_no=line_no, text=text))
    return CleanDocument(
        file=doc.file,
        content_hash=doc.content_hash,
        lines=kept,
        removed_lines=removed,
        warnings=list(doc.warnings),
    )
