"""Normalise text and drop boilerplate, unit by unit, so every kept line keeps its number.

What is boilerplate comes from two places: the rules in ``cleaning.toml`` (generic furniture and,
scoped ``site``, one site's stamps) and structure: running headers/footers repeated across the
pages of a PDF, lines repeated at the head or tail of several documents of the corpus (a site
footer), related-article lists, icon glyphs. Removal never renumbers anything.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from assistant.ingest import markers as mk
from assistant.ingest.layout import Source, Table, Unit
from assistant.ingest.vocab import Vocab, squash
from assistant.lexicon import Lexicon, load_lexicon
from assistant.models import CleanDocument, CleanLine, LoadedDocument

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\ufe0f"), None)
# Emoji that wiki and chat exports put before headings and labels ("💡所属部门：…", "🎯我们希望你"):
# decoration, and in front of a label they hide it. List-marker symbols (●◆★✓) are not among them.
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2705\u2728\u274c\u2753\u2757\u26a0\u2b50\u23f0\u260e]+")
# ... except an indented one before a line's text: the bullet of a list item ("  ✅ 负责…")
_EMOJI_BULLET = re.compile("^(\\s+)[\U0001F000-\U0001FAFF\u2705\u2728\u274c\u2753\u2757\u26a0\u2b50\u23f0\u260e\u2714\u2611\u25b6\u27a1]+\\s*(?=\\S)")
_ASCII_PUNCT = set(",.:;!?()[]")
_SPACE_RUN = re.compile(r"[ \t\u00a0\u3000]+")
# Markdown syntax around text (uploaded .md files): heading marks, quotes, bold markers, and the
# layout and emphasis tags Markdown lets HTML add ("<details>", "<summary><b>行政主管</b></summary>").
# Other tags ("<script>", "<img>") stay the document's text, quoted and escaped as written.
# A definition list's ": 汇报：…" and a callout's "> [!note] 日常工作" (Pandoc, Obsidian) are the same kind.
_MARKDOWN = [re.compile(r"^\s{0,3}(#{1,6}|>|:)\s+"), re.compile(r"^\s{0,3}\[![a-zA-Z]+\][+-]?\s*"), re.compile(r"\*\*|__"),
             re.compile(r"</?(?:details|summary|b|strong|i|em|u|s|span|div|p|font|center|small|big|mark|sup|sub|kbd|"
                        r"section|article|dl|dt|dd|h[1-6]|blockquote|figure|figcaption)(?:\s+[^<>\n]*)?/?>", re.IGNORECASE),
             re.compile(r"\{\{[<%].*?[>%]\}\}")]  # a site generator's shortcode ("{{< hint info >}}", Hugo)
# Markdown footnotes: a reference "本科及以上[^2]" is no text; the definition "[^2]: …" is note 2
_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]{1,12})\](?!:)")
_FOOTNOTE_DEF = re.compile(r"^\s{0,3}\[\^([^\]\s]{1,12})\]:\s*")
# reStructuredText: a field list's ":岗位名称: 质检员" is the field "岗位名称：质检员"; a directive's
# ".. note::" / ".. contents:: 目录" marks no text of its own
_RST_FIELD = re.compile(r"^(\s*):([^:\s][^:]{0,19}):(?=\s|$)\s*")
_RST_DIRECTIVE = re.compile(r"^\s*\.\.\s+[A-Za-z][\w-]*::\s*")
# Docusaurus / VuePress admonitions (":::caution 上岗门槛" … ":::"): the title is text, the fences are not
_ADMONITION = re.compile(r"^\s*:::+\s*(?:[A-Za-z][\w-]*)?\s*")
# a Markdown code fence ("```yaml" … "```" round a post's fields): its lines are text, the fences are not
_CODE_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})\s*[\w+.-]*\s*$")
# a note-taking app's marks (Obsidian): "[[运营中心]]" / "[[页面|显示名]]" links are their text, a
# "字段:: 值" field is "字段：值", tags at a line's end ("## 区域运营经理 #岗位/运营") are no text
# a shields.io badge ("![部门](https://img.shields.io/badge/部门-场站运行部-blue)"): the label and the message it shows
_BADGE = re.compile(r"!\[[^\]]*\]\(https?://(?:img\.shields\.io|badgen\.net)/badge/([^)\s?]+)[^)]*\)")


def _badge_text(m: re.Match[str]) -> str:
    from urllib.parse import unquote

    parts = [unquote(p).replace("\0", "-").replace("_", " ").replace("\1", "_")
             for p in re.split(r"(?<!-)-(?!-)", m.group(1).replace("--", "\0").replace("__", "\1"))]
    parts = [p.strip() for p in parts if p.strip()]
    if len(parts) >= 3:
        parts = parts[:-1]  # the colour
    return "：".join(parts) if len(parts) == 2 else " ".join(parts)


_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]+)\]\]")
_INLINE_FIELD = re.compile(r"^(\s*(?:[-*+]\s+)?[^\s:：]{1,16})::\s*")
_END_TAGS = re.compile(r"(?:\s+#[^\s#\d][^\s#]*)+\s*$")
# MkDocs' '=== "岗位"' tabs and '!!! tip "考核指标"' call-outs: their quoted titles; an untitled call-out is no text
_MD_TITLED = re.compile(r'^\s*(?:===|!!!|\?\?\?)\+?\s*(?:[A-Za-z-]+\s+)?"([^"]*)"\s*$|^\s*(?:!!!|\?\?\?)\+?\s*[A-Za-z-]+\s*$')
# a task list's box ("- [ ] 主持后厨早会", "- [x] …"): the bullet stays, the box is no text
_TASK_BOX = re.compile(r"^(\s*[-*+]\s+)\[[ xX]\]\s*")
# "==== 职位一：安全员 ====": a line framed by runs of one rule character is its text (a heading)
_FRAMED = re.compile(r"^\s*([=*~#—\-])\1{2,}\s*(?!\1)(\S.*?)\s*\1{3,}\s*$")  # a bare rule is no frame
# A line that is only an icon: one Latin letter, or private-use glyphs of icon fonts.
# Markdown inline code: "`部门` 物料部" writes a label as code, its value after it; any other
# "`…`" is its text
_CODE_LABEL = re.compile(r"`([\u4e00-\u9fff]{2,8})`\s+(?=[^\s·|｜`])")
_INLINE_CODE = re.compile(r"`([^`\n]{1,60})`")
# Markdown strikethrough ("提成 ~~600元~~ 800元"): the struck words are deleted text, as a Word
# document's or a web page's struck runs are (not "3~~5年", a range written with tildes)
_STRUCK = re.compile(r"(?<![\d~])~~(?=[^\s~])[^~\n]*?(?<=[^\s~])~~(?![\d~])\s*")
# a form's option boxes ("学历要求 □初中 ■高中/中专 □大专"): ticked and unticked side by side, the
# ticked ones are what the form says
_TICKED, _UNTICKED = "■☑☒✔✓√●▣", "□☐○"
_BOX_OPTION = re.compile(rf"([{_TICKED}{_UNTICKED}])\s*([^{_TICKED}{_UNTICKED}]*)")


def ticked_options(text: str) -> str:
    """"证书要求 ■健康证 ■公共营养师（三级） □中式烹调师" -> "证书要求 健康证 公共营养师（三级）".

    Only where both kinds of box stand on the line and the options are words, not sentences (a
    legend "说明：■为选中项，□为未选中项。" or "●=上岗必备 ○=优先考虑" is left as written)."""
    if not (any(c in text for c in _UNTICKED) and any(c in text for c in _TICKED)):
        return text
    first = min(i for i, c in enumerate(text) if c in _TICKED or c in _UNTICKED)
    if re.search(r"(?:图例|说明|备注|注|符号)\s*[:：]?\s*$", text[:first]):
        return text  # "图例：● 必修 ○ 选修": what the marks mean, no choice made
    options = _BOX_OPTION.findall(text[first:])
    if len(options) < 2 or any(re.search(r"[。，,；;！？=|]", value) for _, value in options):
        return text  # (nor a legend "●=上岗必备 ○=优先考虑", nor a row of a matrix's marks)
    kept = [value.strip() for box, value in options if box in _TICKED and value.strip()]
    return f"{text[:first]}{'、'.join(kept)}".strip() if kept else text


_ICON = re.compile(r"^(?:[A-Za-z]|[\ue000-\uf8ff\s]+|[►▶▸•·»›→←↑↓✓✔✕✖×]+)$")
# ... but in a table's cell a tick or a cross is its value ("电工证 | ✓": required), and a capital
# letter a grade ("S | 头部主播 | …", "A级")
_MARK = re.compile(r"^[✓✔✕✖×]$")
_GRADE_LETTER = re.compile(r"^[A-Z]$")
_PAGE_NUMBER = re.compile(r"^(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/,，]\s*(?:共\s*)?\d{1,4}\s*页?)?$|^[-—–]\s*\d{1,4}\s*[-—–]$")
_DIGITS = re.compile(r"\d+")
_EDGE = 5  # lines at the head and tail of a document where corpus-wide furniture sits
_FURNITURE_MIN_FILES = 3


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


@lru_cache(maxsize=1)
def _shipped_inline() -> tuple[re.Pattern[str], ...]:
    """Inline rules of the shipped cleaning.toml: every caller of ``normalize_line`` must agree on
    them, or a cleaned quote would no longer be a substring of the normalised original."""
    return tuple(re.compile(rule.pattern, re.IGNORECASE) for rule in load_lexicon(None).cleaning.inline)


# "岗位名称..............财务结算专员": a label, dot leaders, its value (a typed form)
# ("学    历......：大专及以上": a label spaced out to the width of the others is one word)
_LEADER = re.compile(r"^(\s*)([^\s.·…:：]{2,16}?|[\u4e00-\u9fff](?:\s{1,6}[\u4e00-\u9fff]){1,4})\s*(?:[.·]{4,}|…{2,}|_{4,})\s*(?=[^\s.·…_])")
def _leader_label(m: re.Match[str]) -> str:
    return f"{m[1]}{re.sub(r'[ ]+', '', m[2])}:"


# "岗位编号▸UW-02": a label, then a pointer mark standing for the colon (not "→", which flows steps on)
_POINTED = re.compile(r"^(\s*[\u4e00-\u9fff][\u4e00-\u9fff ]{1,9})\s*[▸►▶➤⇒]\s*(?=\S)")


_WIDE_STOP_NUMBER = re.compile(r"^(\s*[0-9]{1,2})．(?=[0-9])")


def normalize_line(text: str, inline: tuple[re.Pattern[str], ...] | None = None) -> str:
    """Full-width ASCII -> half-width, zero-width chars dropped, whitespace folded.

    Chinese punctuation (。、“”《》【】) and circled numbers (①) are kept: they carry meaning; list
    numbers set as one character (㈠, ⑴, ⒈) are spelled out as the markers they stand for.
    Inline rules of cleaning.toml (watermarks, spliced blurbs) and Markdown marks are removed.
    """
    out = []
    # "; 岗位汇报关系": the comment mark of an INI-style file (ASCII, before any width folding)
    text = re.sub(r"^\s*;\s+", "", text)
    # "1．24小时监控…": a full-width stop after an ASCII number is a list number's, never a decimal
    # point (a full-width decimal has full-width digits too); folded bare it would read "1.24"
    text = _WIDE_STOP_NUMBER.sub(r"\1. ", text, count=1)
    for ch in text.translate(_ZERO_WIDTH):
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            ch = chr(code - 0xFEE0)
        elif code == 0x3000 or ch in "\t\u00a0":
            ch = " "
        elif ch in "\u2236\ufe30\ufe55":  # "岗位名称∶档案管理员": a ratio sign or a small colon typed for the colon
            ch = "："
        elif 0x3220 <= code <= 0x3229:  # "㈠": a list number set as one character, read as "(一)"
            ch = f"({'一二三四五六七八九十'[code - 0x3220]})"
        elif 0x2474 <= code <= 0x2487:  # "⑴" -> "(1)"
            ch = f"({code - 0x2473})"
        elif 0x2488 <= code <= 0x249B:  # "⒈" -> "1."
            ch = f"{code - 0x2487}."
        out.append(ch)
    joined = "".join(out)
    # "  ✅ 负责…": an indented emoji in front of a line is the bullet of a list item (a poster's
    # lists); anywhere else emoji are decoration
    joined = _EMOJI.sub("", _EMOJI_BULLET.sub(r"\1• ", joined, count=1))
    joined = _FRAMED.sub(r"\2", joined)
    joined = _POINTED.sub(r"\1：", _LEADER.sub(_leader_label, joined, count=1), count=1)
    joined = _TASK_BOX.sub(r"\1", joined)
    joined = _FOOTNOTE_REF.sub("", _FOOTNOTE_DEF.sub(r"注\1：", joined, count=1))
    joined = _CODE_FENCE.sub("", _ADMONITION.sub("", joined, count=1))
    joined = _RST_FIELD.sub(r"\1\2：", _RST_DIRECTIVE.sub("", joined, count=1), count=1)
    joined = _END_TAGS.sub("", _INLINE_FIELD.sub(r"\1：", _WIKI_LINK.sub(r"\1", joined), count=1))
    joined = _MD_TITLED.sub(lambda m: m.group(1) or "", joined)
    joined = _BADGE.sub(_badge_text, joined)
    if len(_CODE_LABEL.findall(joined)) >= 2:
        # "`部门` 物料部 · `上级` 物料主管": facts side by side, each its own (as "｜" divides them)
        joined = re.sub(r"\s*[·•]\s*(?=`[\u4e00-\u9fff]{2,8}`\s)", "｜", joined)
    joined = _INLINE_CODE.sub(r"\1", _CODE_LABEL.sub(r"\1：", joined))
    struck = _STRUCK.sub("", joined)
    # ("- ~~学历：中专及以上~~": a list entry struck out whole is no entry)
    joined = ticked_options(struck if struck == joined or re.sub(r"^[\s\-*+•·>|]*", "", struck) else "")
    for pattern in (*(inline if inline is not None else _shipped_inline()), *_MARKDOWN):
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


@dataclass(frozen=True)
class Rules:
    """cleaning.toml compiled."""

    line: tuple[re.Pattern[str], ...]
    inline: tuple[re.Pattern[str], ...]
    related_starts: tuple[str, ...]
    related_entry: re.Pattern[str]

    @classmethod
    def build(cls, lexicon: Lexicon) -> Rules:
        c = lexicon.cleaning
        return cls(
            line=tuple(re.compile(r.pattern, re.IGNORECASE) for r in c.line),
            inline=tuple(re.compile(r.pattern, re.IGNORECASE) for r in c.inline),
            related_starts=tuple(c.related.starts),
            related_entry=re.compile(c.related.entry),
        )


def is_boilerplate(text: str, lexicon: Lexicon | None = None, rules: Rules | None = None) -> bool:
    """Whether a normalised line is furniture by the cleaning rules (not by structure)."""
    rules = rules or Rules.build(lexicon or load_lexicon(None))
    return any(p.search(text) for p in rules.line)


def furniture_key(text: str) -> str:
    """How a repeated line is recognised across pages and documents (numbers vary: 第 3 页)."""
    return hashlib.sha1(_DIGITS.sub("#", squash(text)).encode("utf-8")).hexdigest()[:12]


def _edge_units(source: Source) -> list[Unit]:
    units = [p for p in source.flow if isinstance(p, Unit) and p.text.strip()]
    return units[:_EDGE] + units[-_EDGE:] if len(units) > 2 * _EDGE else units


def _names_content(text: str, vocab: Vocab) -> bool:
    """A field label or section heading ("任职资格：", "岗位职责"): content, however often it repeats."""
    core = text.strip().rstrip(":：")
    return bool(vocab.label_key(core) or vocab.kind_of_label(core))


def furniture_candidates(source: Source, vocab: Vocab) -> list[str]:
    """Keys of the short head/tail lines of a document that could be a site's repeated furniture.

    Labels, section headings and list items are content even when every document repeats them.
    """
    keys: set[str] = set()
    for unit in _edge_units(source):
        text = normalize_line(unit.text)
        if not 4 <= len(text) <= 80 or mk.parse_marker(text) or unit.hint.item:
            continue
        if vocab.label_key(text) or vocab.section_kind(text) or vocab.kind_suffix(text):
            continue
        keys.add(furniture_key(text))
    return sorted(keys)


def corpus_furniture(candidates: dict[str, list[str]]) -> frozenset[str]:
    """Keys found at the head or tail of at least three documents."""
    counts = Counter(k for keys in candidates.values() for k in set(keys))
    return frozenset(k for k, n in counts.items() if n >= _FURNITURE_MIN_FILES)


def _page_furniture(source: Source, vocab: Vocab) -> set[int]:
    """Running headers/footers and page numbers: lines repeated at the edges of most pages (a
    section label at the top of two pages, "任职资格：", is content that happens to repeat)."""
    pages = [r for r in source.doc.regions if r.kind == "page"]
    if len(pages) < 2:
        return set()
    lines = source.doc.lines
    keys_by_page: list[list[tuple[int, str]]] = []
    for page in pages:
        nos = [n for n in range(page.line_start, page.line_end + 1) if lines[n - 1].strip()]
        edge = nos[:2] + nos[-2:] if len(nos) > 6 else nos[:1] + nos[-1:]
        keys_by_page.append([(n, _DIGITS.sub("#", squash(lines[n - 1]))) for n in dict.fromkeys(edge)])
    counts = Counter(k for page in keys_by_page for k in {key for _, key in page})
    need = max(2, (len(pages) + 1) // 2)
    out = set()
    for page in keys_by_page:
        for n, key in page:
            text = normalize_line(lines[n - 1])
            if _PAGE_NUMBER.match(text) or counts[key] >= need and not _names_content(text, vocab):
                out.add(n)
    return out


_TITLE_PREFIX_MIN = 8  # characters a page's first line shares with another page's to be a running title


def _page_titles(source: Source) -> set[int]:
    """A running title that names each page's own subject ("金禾种业 技术服务部岗位说明书 ｜ 农艺师" on one
    page, "… ｜ 品种推广专员" on the next): the first line of such pages, a heading however long (the
    list ending the page above does not go on in it)."""
    pages = [r for r in source.doc.regions if r.kind == "page"]
    if len(pages) < 2:
        return set()
    lines = source.doc.lines
    firsts: list[int] = []
    for page in pages:
        first = next((n for n in range(page.line_start, page.line_end + 1) if lines[n - 1].strip()), None)
        if first is not None:
            firsts.append(first)
    keys = {n: squash(lines[n - 1]) for n in firsts}
    out = set()
    for n in firsts:
        for m in firsts:
            if m != n and keys[m] != keys[n] and len(os.path.commonprefix([keys[m], keys[n]])) >= _TITLE_PREFIX_MIN:
                out.add(n)
    return out


@dataclass
class Cleaned:
    """The cleaned flow and its bookkeeping."""

    doc: CleanDocument
    flow: list[Unit | Table]
    furniture: list[str] = field(default_factory=list)  # corpus furniture keys applied here


# A chart drawn as a tree: "│   ├── 机坪调度员". Folding whitespace would lose the node's level,
# so the level is read from the raw line first and kept in the unit's hint.
_TREE_BRANCH = re.compile(r"^(?P<pre>[ \t\u3000│┃║|]*)[├└┣┗╠╚][─━═-]*\s*\S")
_TREE_MARK = re.compile(r"[│┃║├└┣┗╠╚]")
_TREE_ROOT_MAX = 24
_TREE_MIN_NODES = 3
_PLAIN_NODE_MAX = 20
_PLAIN_MIN_NODES = 4
_SENTENCE_PUNCT = re.compile(r"[。；;，,！？!?]")


def _width(prefix: str) -> int:
    return sum(4 if ch == "\t" else 2 if ch == "\u3000" else 1 for ch in prefix)


def _plain_indent(text: str) -> int | None:
    """Leading width of a short line that can be a node of a chart drawn by indentation alone."""
    body = text.strip()
    if not body or len(body) > _PLAIN_NODE_MAX or _SENTENCE_PUNCT.search(body) or mk.parse_marker(body) or _TREE_MARK.search(body):
        return None
    return _width(text[: len(text) - len(text.lstrip())])


def _rank(columns: list[int]) -> dict[int, int]:
    return {col: level for level, col in enumerate(sorted(set(columns)))}


def tree_depths(flow: list[Unit | Table], plain: bool) -> dict[int, int]:
    """Level of each node (by ``id`` of its unit, root = 1) of the charts the flow draws as trees.

    Two drawings: box-drawing branches ("├──", "└──") under a root line, and lines indented by
    spaces alone (``plain``: text files; at least three levels, short lines without sentence punctuation, the first line
    of the run the least indented). Levels are ranks of the indentation columns in one chart, so
    any indent width works.
    """
    units = [(i, p) for i, p in enumerate(flow) if isinstance(p, Unit)]
    depths: dict[int, int] = {}
    pos = 0
    while pos < len(units):
        run: list[tuple[Unit, int]] = []
        end = pos
        while end < len(units) and (m := _TREE_BRANCH.match(units[end][1].text)):
            if end > pos and units[end][0] != units[end - 1][0] + 1:
                break  # a table between: another chart
            run.append((units[end][1], _width(m.group("pre"))))
            end += 1
        if len(run) >= _TREE_MIN_NODES:
            ranks = _rank([col for _, col in run])
            for unit, col in run:
                depths[id(unit)] = ranks[col] + 2
            if pos > 0:
                root = units[pos - 1][1].text.strip()
                if root and len(root) <= _TREE_ROOT_MAX and not _SENTENCE_PUNCT.search(root):
                    depths[id(units[pos - 1][1])] = 1
            pos = end
            continue
        nodes: list[tuple[Unit, int]] = []
        end = pos
        while plain and end < len(units) and (col := _plain_indent(units[end][1].text)) is not None:
            if end > pos and units[end][0] != units[end - 1][0] + 1:
                break
            nodes.append((units[end][1], col))
            end += 1
        cols = [col for _, col in nodes]
        if len(nodes) >= _PLAIN_MIN_NODES and len(set(cols)) >= 3 and cols[0] == min(cols) and cols.count(cols[0]) < len(cols) / 2:
            ranks = _rank(cols)
            for unit, col in nodes:
                depths[id(unit)] = ranks[col] + 1
            pos = end
            continue
        pos += 1
    return depths


def clean_source(source: Source, vocab: Vocab, furniture: frozenset[str] = frozenset()) -> Cleaned:
    """Normalise every unit and drop boilerplate; line numbers are untouched."""
    rules = Rules.build(vocab.lexicon)
    depths = tree_depths(source.flow, plain=source.kind == "text")
    page_furniture = _page_furniture(source, vocab)
    page_titles = _page_titles(source)
    edge = {id(u) for u in _edge_units(source)} if furniture else set()
    removed: set[int] = set(source.dropped)
    kept_lines: set[int] = set()
    applied: set[str] = set()
    in_related = False

    def clean_unit(unit: Unit, in_table: bool) -> Unit | None:
        nonlocal in_related
        text = normalize_line(unit.text, rules.inline)
        if not text:
            return None
        drop = False
        bare = text.rstrip(":：")
        if not in_table and len(text) <= 40 and any(bare.endswith(s) or bare.startswith(s) for s in rules.related_starts):
            in_related, drop = True, True
        elif in_related and not in_table:
            if rules.related_entry.match(text):
                drop = True
            else:
                in_related = False
        if not drop:
            drop = (
                any(p.search(text) for p in rules.line)
                or unit.line_no in page_furniture
                or bool(_ICON.match(text)) and not (in_table and (_MARK.match(text) or _GRADE_LETTER.match(text)))
            )
        if not drop and id(unit) in edge:
            key = furniture_key(text)
            if key in furniture:
                applied.add(key)
                drop = True
        if drop:
            removed.add(unit.line_no)
            return None
        kept_lines.add(unit.line_no)
        if unit.line_no in page_titles and not in_table and not unit.hint.heading:
            return replace(unit, text=text, hint=replace(unit.hint, heading=1))
        if id(unit) in depths:
            return replace(unit, text=text, hint=replace(unit.hint, depth=depths[id(unit)]))
        return unit.with_text(text)

    flow: list[Unit | Table] = []
    for part in source.flow:
        if isinstance(part, Table):
            for row in part.rows:
                for cell in row:
                    cell.units = [u for u in (clean_unit(x, True) for x in cell.units) if u is not None]
            flow.append(part)
        else:
            unit = clean_unit(part, False)
            if unit is not None:
                flow.append(unit)
    lines = _clean_lines(flow)
    doc = CleanDocument(
        file=source.doc.file,
        content_hash=source.doc.content_hash,
        lines=lines,
        removed_lines=sorted(removed - kept_lines),
        warnings=list(source.doc.warnings),
    )
    return Cleaned(doc=doc, flow=flow, furniture=sorted(applied))


_GUTTER = re.compile(r"^\s*(\d{1,4})(?:\s+(?=\S)|\s*$)")
GUTTER_MIN = 12  # lines numbered down the margin before the numbers read as a gutter


def without_gutter(source: Source) -> Source:
    """``source`` without the line numbers printed down its pages' margin ("7", then "8 1．全面负责…"):
    the numbers are no text, and a line holding only one is dropped (before tables are looked for, so
    "32 指标 权重 目标值" is a table's header again)."""
    gutter = _gutter([p for p in source.flow if isinstance(p, Unit)])
    if not gutter:
        return source
    flow: list[Unit | Table] = []
    dropped = list(source.dropped)
    for part in source.flow:
        if isinstance(part, Unit) and id(part) in gutter:
            part = part.with_text(_GUTTER.sub("", part.text, count=1))
            if not part.text.strip():
                dropped.append(part.line_no)
                continue
        flow.append(part)
    return replace(source, flow=flow, dropped=sorted(set(dropped)))


def _gutter(units: list[Unit]) -> set[int]:
    """Units led by a line number printed down the page's margin (a PDF of numbered lines: "7", then
    "8 1．全面负责…"): many lines whose leading numbers count up by one, some of them with nothing
    after the number. Ids of those units; none when the numbers are a list's own."""
    led = [(u, int(m.group(1))) for u in units if (m := _GUTTER.match(u.text))]
    if len(led) < GUTTER_MIN:
        return set()
    steps = sum(1 for (_, a), (_, b) in zip(led, led[1:]) if b == a + 1)
    bare = sum(1 for u, _ in led if u.text.strip().isdigit())
    return {id(u) for u, _ in led} if steps >= 0.9 * (len(led) - 1) and bare >= 2 else set()


def _clean_lines(flow: list[Unit | Table]) -> list[CleanLine]:
    out: list[CleanLine] = []
    for part in flow:
        units = [u for r in part.rows for c in r if not c.merged for u in c.units] if isinstance(part, Table) else [part]
        out.extend(CleanLine(line_no=u.line_no, text=u.text) for u in units)
    return out


def clean_document(doc: LoadedDocument, lexicon: Lexicon | None = None) -> CleanDocument:
    """Clean a document given as lines (each line one unit)."""
    vocab = Vocab.build(lexicon or load_lexicon(None))
    source = Source(doc=doc, flow=[Unit(n, t) for n, t in enumerate(doc.lines, start=1)], kind="text")
    return clean_source(source, vocab).doc


_NOT_POST_FACTS = frozenset({"role", "title", "code", "published", "source", "approver", "serial"})


def metadata_facts(flow: list[Unit | Table], vocab: Vocab) -> list[Unit | Table]:
    """A file's metadata entries (front matter's "reports_to = 网络部主管") kept as labelled facts when
    their key is a label the lexicon knows; a site generator's own ("draft", "weight") dropped."""
    if not any(isinstance(u, Unit) and u.hint.meta for u in flow):
        return flow
    out: list[Unit | Table] = []
    for unit in flow:
        if isinstance(unit, Unit) and unit.hint.meta:
            key = unit.text.partition("：")[0]
            label = vocab.label_key(key) or vocab.column_key(key)
            if label is None or label in _NOT_POST_FACTS:
                continue  # ("id", "date": the page's own; "title" is the document's title already)
        out.append(unit)
    return out


_INI_SECTION = re.compile(r"^\s*\[[^\[\]]{1,40}\]\s*$")
_INI_ENTRY = re.compile(r"^\s*(?P<key>[^\s=:：\[\];#]{1,16})\s*=\s*(?P<value>\S.*)$")


def ini_entries(flow: list[Unit | Table]) -> list[Unit | Table]:
    """A text export in INI form ("[计量检定员]" over "学历=大专及以上", "职责1=负责…"): each entry read
    as "key：value", quoted as written. Only a file mostly of sections and entries, with some of each."""
    units = [u for u in flow if isinstance(u, Unit) and u.text.strip()]
    entries = sum(bool(_INI_ENTRY.match(u.text)) for u in units)
    sections = sum(bool(_INI_SECTION.match(u.text)) for u in units)
    if not sections or entries < 3 or entries + sections < 0.6 * len(units):
        return flow
    return [replace(u, text=f"{m['key']}：{m['value'].strip()}", raw=u.raw or u.text)
            if isinstance(u, Unit) and (m := _INI_ENTRY.match(u.text)) else u for u in flow]  # fmt: skip
