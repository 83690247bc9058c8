"""The guard for LLM rewrites: a reply may only say what the extractive draft and its sources say.

The extractive draft is grounded by construction (every item is corpus text with its [n]). A
rewrite is accepted only when all of these hold, checked on the reply's *pieces* (a list item,
or a run of text that ends in citation markers) against the material of the sources it cites:

* ``empty`` / ``markers_only`` — there is prose beyond citation markers and prompt labels.
* ``no_citation`` / ``unknown_citation`` — something is cited, and only ids that exist.
* ``unsupported`` — each cited piece (and each of its clauses) is traceable to its OWN cited
  sources by character-bigram overlap; a Latin term ("CPA") must occur in them verbatim.
* ``number`` — every quantity (3年, 五年, 百分之三十, 2万元 …) occurs in the cited sources with a
  compatible unit, so a number cannot move from one source to another. Counts and titles that the
  draft itself states ("共 18 条", "第8篇") are the draft's, not invented.
* ``negation`` — a negation (不/无/未/禁止/不得 …) is neither added to nor dropped from the
  source sentence a piece rewrites.
* ``dropped_item`` — every cited item of the draft is still there (its id, with its content).
* ``caveat`` — the draft's caveats ("知识库中没有「X」的专门资料…仅供参考") are kept.
* ``uncited`` — text without a citation adds no fact: no number, term or content that the
  draft and the evidence do not contain.

Prompt labels that a model copies ("000_x.txt，第 12–14 行") are stripped before any check and
never count as content. The draft itself always passes (regression-tested on the shipped corpus).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pydantic import BaseModel

from assistant.text import bigrams, cn_number, content_text, fold, longest_first, squash, strip_marker, unescape_md

# --- thresholds: every real draft of the shipped corpus passes, every scripted failure class fails ---
PIECE_SUPPORT = 0.5  # share of a cited piece's content bigrams found in its cited sources
CLAUSE_SUPPORT = 0.34  # the same for each clause of at least CLAUSE_MIN content bigrams
CLAUSE_MIN = 3
UNCITED_SUPPORT = 0.6  # uncited text against the whole draft and evidence
UNCITED_MIN = 4  # uncited text with fewer content bigrams is glue ("简单来说：")
FRAME_ALIGN = 0.3  # Dice overlap at which uncited text rewrites one of the draft's own lines …
FRAME_SUPPORT = 0.4  # … and then needs only this much support (caveats and headings get reworded)
KEEP_COVER = 0.5  # a draft item no reply item is closest to is still kept when one covers this much of it
CAVEAT_COVER = 0.6  # how much of a role name a caveat sentence must repeat
NEGATION_ALIGN = 0.3  # Dice overlap at which a reply clause is taken to rewrite a source clause
ALLOWED_TERMS = frozenset({"kpi", "hr"})  # Latin words a plain rewrite may use for Chinese ones

CHECK_LABELS = {
    "empty": "回答为空",
    "markers_only": "回答只有出处编号，没有正文",
    "no_citation": "回答没有标注出处",
    "unknown_citation": "引用了不存在的出处编号",
    "unsupported": "内容在所引资料中找不到依据",
    "number": "数字与所引资料不符",
    "negation": "否定说法与所引资料不一致",
    "dropped_item": "漏掉了原回答中的条目",
    "caveat": "没有保留原回答的提示",
    "uncited": "出现了没有出处的内容",
}

# --- patterns ------------------------------------------------------------------------------------
_MARKER = re.compile(r"(?<!\\)\[(\d{1,3})\]")
_MARKER_SENTINEL = re.compile(r"\x00(\d+)\x01")
_MARKER_RUN = re.compile(r"(?:\s*\x00\d+\x01)+")
_LIST_ITEM = re.compile(
    r"^\s*(?:[-*•·]\s+|\d{1,2}\s*[.、．)）]\s*|[(（]\d{1,2}[)）]\s*|[①-⑳]\s*|[一二三四五六七八九十]{1,3}、\s*)"
)
_MARKDOWN = re.compile(r"\*\*|__|`|^\s{0,3}#{1,6}\s*|^\s*>\s?", re.M)
# What a model copies from the prompt's source labels: file names, line/page/sheet references.
_LABEL_PATTERNS = (
    re.compile(r"[\w.\-]+\.(?:txt|md|markdown|html?|docx|pdf|xlsx|csv)\b", re.I),
    re.compile(r"(?:工作表「[^」]*」\s*)?第\s*\d+\s*(?:[-–—~～至到]\s*\d+\s*)?(?:行|页)"),
    re.compile(r"(?:出处|来源|原文)\s*[:：]"),
)
_EMPTY_BRACKETS = re.compile(r"[(（]\s*[,，、;；\s]*\s*[)）]")
_PIECE_END = re.compile(r"(?<=[。！？!?；;])")
_CLAUSE_SPLIT = re.compile(r"[，,、：:；;。！？!?]")
_LATIN = re.compile(r"(?<![a-z0-9])[a-z][a-z+#.]*[a-z+#]|(?<![a-z0-9])[a-z](?![a-z0-9])")

# Quantities. Arabic numbers always count; Chinese numerals only before a unit that makes them a
# fact (五年, 两个月, 三十岁), so "一定", "统一", "三是" are words, not numbers.
_UNIT_CLASS = {
    "年": "year", "周年": "year", "个月": "month", "月": "month", "周": "week", "个星期": "week", "星期": "week",
    "个工作日": "day", "工作日": "day", "天": "day", "日": "day", "个小时": "hour", "小时": "hour", "分钟": "minute",
    "周岁": "age", "岁": "age", "元": "yuan", "万元": "wan", "万": "wan", "千元": "qian", "亿元": "yi", "亿": "yi",
    "%": "percent", "百分之": "percent", "人": "person", "名": "person", "倍": "times", "次": "times", "分": "score",
    "条": "count", "项": "count", "个": "count", "篇": "article", "份": "article", "级": "level", "世纪": "century",
    "年代": "decade",
}  # fmt: skip
_UNITS = "|".join(sorted(map(re.escape, _UNIT_CLASS), key=len, reverse=True))
_CN_UNITS = "个月|个星期|个工作日|工作日|个小时|小时|周岁|岁|年|天|周|万元|千元|万|亿|元|倍|名|人"
_ARABIC = re.compile(rf"(?<![a-z0-9.])(\d+(?:\.\d+)?)(?![a-z0-9])\s*({_UNITS})?")
_CHINESE = re.compile(rf"(?<!第)(?<![零〇一二两三四五六七八九十百千])([零〇一二两三四五六七八九十百千]+)({_CN_UNITS})")
_PERCENT_WORDS = re.compile(r"百分之([零〇一二两三四五六七八九十百]+|\d+(?:\.\d+)?)")
_ONE_AS_WORD = {"天", "名", "人", "周", "个月"}  # "一天的工作", "作为一名新员工": phrasing, not a fact

# Negations: cue words, and the words that merely contain a cue ("不断", "非常", "未来").
_NEG_CUES = ("不允许", "不得", "不能", "不可", "不准", "不许", "不应", "不要", "不需", "不必", "不用", "禁止", "严禁",
             "杜绝", "切勿", "并非", "没有", "不", "无", "未", "非", "勿")  # fmt: skip
_NEG_WORDS = ("不断", "不仅", "不同", "不少", "不论", "不管", "不久", "不但", "不过", "不停", "不良", "不足", "不懈",
              "不妨", "不禁", "不已", "不然", "不如", "不光", "不止", "不时", "不定期", "非常", "未来", "无论", "无数",
              "毫无疑问", "无微不至", "不折不扣", "一丝不苟", "无一例外")  # fmt: skip
_NEG_RE = re.compile("|".join(map(re.escape, sorted(_NEG_WORDS + _NEG_CUES, key=len, reverse=True))))

# Plain-register words a friendly rewrite adds without adding facts (grammar, not HR vocabulary).
_GLUE_WORDS = (
    "简单来说", "简单说", "通俗地说", "也就是说", "换句话说", "总的来说", "总结", "概括", "具体来说", "主要包括", "包括",
    "以下", "下面", "如下", "几点", "几个方面", "方面", "内容", "这些", "这份", "这个岗位", "岗位", "职位", "工作",
    "职责", "要求", "任务", "事情", "需要", "负责", "可以", "能够", "应该", "就是", "也就是", "还要", "还有", "另外",
    "此外", "同时", "以及", "并且", "而且", "其中", "首先", "其次", "然后", "最后", "作为", "新员工", "新人", "入职",
    "同事", "公司", "你们", "大家", "我们", "知识库", "资料", "原文", "提到", "说明", "列出", "参考", "希望", "帮助",
    "有帮助", "加油", "理解", "明白", "清楚", "注意", "重要", "核心", "主要", "日常", "平时", "帮你", "为你",
    "整理", "梳理", "回答", "问题", "如果", "随时", "欢迎", "提问", "看看", "一起", "了解", "目前", "暂时", "介绍",
    "给你", "供你", "专门",
)  # fmt: skip
_GLUE_RE = re.compile("|".join(map(re.escape, sorted(_GLUE_WORDS, key=len, reverse=True))))


class Problem(BaseModel):
    check: str
    message: str


class Verdict(BaseModel):
    """The guard's decision; ``reason`` names the first failed check specifically, in Chinese."""

    ok: bool
    problems: list[Problem] = []
    cited: list[int] = []

    @property
    def check(self) -> str | None:
        return self.problems[0].check if self.problems else None

    @property
    def reason(self) -> str:
        if not self.problems:
            return ""
        more = f"（另有 {len(self.problems) - 1} 处问题）" if len(self.problems) > 1 else ""
        return self.problems[0].message + more


@dataclass(frozen=True)
class Reference:
    """What a reply is checked against: the extractive draft, its sources, caveats, prompt labels."""

    draft: str
    evidence: Mapping[int, str]
    caveats: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str | None  # a unit class ("year", "percent" …) or None
    shown: str

    def fits(self, other: Quantity) -> bool:
        """The same number; units must agree when both are known ("3年" is not "3个月")."""
        return self.value == other.value and (self.unit is None or other.unit is None or self.unit == other.unit)

    def same(self, other: Quantity) -> bool:
        """The same number with the same unit: how the draft's own counts may be repeated."""
        return self.value == other.value and self.unit == other.unit


@dataclass
class Piece:
    """A run of reply text that ends in citation markers (or a sentence end), or a list item."""

    text: str
    cites: tuple[int, ...]
    item: int | None  # 1-based number of the list item it belongs to (text before the item's
    # markers inherits them: "1. 负责招聘。负责培训。[1]")


@dataclass
class _Material:
    text: str
    feats: set[str] = field(default_factory=set)
    clauses: list[tuple[str, set[str]]] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    terms: set[str] = field(default_factory=set)


# --- text handling -------------------------------------------------------------------------------


def strip_labels(text: str, labels: Iterable[str] = ()) -> str:
    """Remove the prompt's source labels (exact ones first, then file/line patterns)."""
    for label in sorted({x for x in labels if x and x.strip()}, key=longest_first):
        text = text.replace(label, " ")
    for pattern in _LABEL_PATTERNS:
        text = pattern.sub(" ", text)
    return _EMPTY_BRACKETS.sub(" ", text)


def _prepare(text: str, labels: Iterable[str]) -> str:
    """Markers to sentinels (so escaped "\\[1\\]" in corpus text never counts), Markdown off, labels off."""
    text = _MARKER.sub(lambda m: f"\x00{m.group(1)}\x01", text or "")
    text = unescape_md(text)
    text = _MARKDOWN.sub("", text)
    return strip_labels(unicodedata.normalize("NFKC", text), labels)  # case kept for quoting; matching folds


def _plain(text: str) -> str:
    return _MARKER_SENTINEL.sub(" ", text).strip()


def _cites(text: str) -> tuple[int, ...]:
    return tuple(dict.fromkeys(int(n) for n in _MARKER_SENTINEL.findall(text)))


def pieces(text: str, labels: Iterable[str] = ()) -> list[Piece]:
    """The reply (or the draft) as pieces, each with the citation ids that follow it."""
    lines: list[str] = []
    for line in _prepare(text, labels).splitlines():
        if not line.strip():
            continue
        if lines and not _plain(line) and _cites(line):
            lines[-1] += line  # "[1]" on a line of its own belongs to the line above
        else:
            lines.append(line)
    out: list[Piece] = []
    item = 0
    for line in lines:
        listed = bool(_LIST_ITEM.match(line))
        if listed:
            item += 1
            line = _LIST_ITEM.sub("", line, count=1)
        parts = _split_pieces(line)
        line_cites = _cites(line)
        for part in parts:
            cites = _cites(part)
            plain = _plain(part)
            if not plain and not cites:
                continue
            if listed and not cites:
                out.append(Piece(plain, line_cites, item))
            else:
                out.append(Piece(plain, cites, item if listed else None))
    return out


def _split_pieces(line: str) -> list[str]:
    """Split after every marker group and after sentence ends; markers after a sentence end
    ("负责招聘。[1]") belong to that sentence."""
    parts: list[str] = []
    for sentence in _PIECE_END.split(line):
        pos = 0
        for m in _MARKER_RUN.finditer(sentence):
            parts.append(sentence[pos : m.end()])
            pos = m.end()
        if sentence[pos:].strip():
            parts.append(sentence[pos:])
    merged: list[str] = []
    for part in parts:
        if merged and not _plain(part) and _cites(part) and not _cites(merged[-1]):
            merged[-1] += part
        else:
            merged.append(part)
    return merged


def content_feats(text: str) -> set[str]:
    """Character bigrams (and Latin words) that carry content: no question words, glue or numbers."""
    feats = bigrams(_GLUE_RE.sub(" ", content_text(text)))
    return {f for f in feats if len(f) > 1 and not _is_number(f)}


def _is_number(feat: str) -> bool:
    return bool(re.fullmatch(r"[\d.%]+", feat))


def _source_feats(text: str) -> set[str]:
    """Bigrams of a source, plus skip-bigrams ("司的招" -> "司招"): a rewrite may drop 的/和/及."""
    feats = set(bigrams(text))
    for run in re.findall(r"[\u3400-\u9fff]+", fold(text)):
        feats.update(run[i] + run[i + 2] for i in range(len(run) - 2))
    return feats


def support(text: str, feats: set[str]) -> tuple[float, int]:
    """(share of the text's content bigrams found in ``feats``, how many content bigrams it has)."""
    own = content_feats(text)
    if not own:
        return 1.0, 0
    return len(own & feats) / len(own), len(own)


def quantities(text: str) -> list[Quantity]:
    """Numbers with their unit class: "3年" -> (3, year), "五年" -> (5, year), "百分之三十" -> (30, percent)."""
    folded = fold(text).replace("％", "%")
    out: list[Quantity] = []
    spans: list[tuple[int, int]] = []
    for m in _PERCENT_WORDS.finditer(folded):
        value = _number(m.group(1))
        if value is not None:
            out.append(Quantity(value, "percent", m.group(0)))
            spans.append(m.span())
    for m in _CHINESE.finditer(folded):
        if any(a <= m.start() < b for a, b in spans):
            continue
        numeral, unit = m.group(1), m.group(2)
        if numeral == "一" and unit in _ONE_AS_WORD:
            continue
        value = _number(numeral)
        if value is not None:
            out.append(Quantity(value, _UNIT_CLASS.get(unit), m.group(0)))
    for m in _ARABIC.finditer(folded):
        unit = m.group(2)
        out.append(Quantity(float(m.group(1)), _UNIT_CLASS.get(unit) if unit else None, m.group(0).strip()))
    return out


def _number(text: str) -> float | None:
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if "千" in text:
        head, _, rest = text.partition("千")
        thousands = cn_number(head) if head else 1
        tail = cn_number(rest.lstrip("零〇")) if rest.strip("零〇") else 0
        return None if thousands is None or tail is None else float(thousands * 1000 + tail)
    value = cn_number(text)
    return None if value is None else float(value)


def negations(text: str) -> list[tuple[int, str]]:
    """(position after the cue, cue) for every negation cue; words like "不断" are skipped."""
    folded = fold(text)
    return [(m.end(), m.group()) for m in _NEG_RE.finditer(folded) if m.group() not in _NEG_WORDS]


def _terms(text: str) -> set[str]:
    return {t.strip(".") for t in _LATIN.findall(fold(text)) if len(t.strip(".")) >= 2}


# --- the checks ----------------------------------------------------------------------------------


def check_reply(reply: str, ref: Reference) -> Verdict:
    """Check an LLM reply against the extractive draft and the evidence it cites."""
    problems: list[Problem] = []
    labels = tuple(ref.labels)
    if not (reply or "").strip():
        return Verdict(ok=False, problems=[Problem(check="empty", message="回答为空")])
    reply_pieces = pieces(reply, labels)
    if not any(content_feats(p.text) or quantities(p.text) for p in reply_pieces):
        return Verdict(ok=False, problems=[Problem(check="markers_only", message="回答只有出处编号，没有正文")])
    cited = sorted({c for p in reply_pieces for c in p.cites})
    if not cited:
        return Verdict(ok=False, problems=[Problem(check="no_citation", message="回答没有标注出处编号")])
    unknown = [c for c in cited if c not in ref.evidence]
    if unknown:
        ids = "".join(f"[{c}]" for c in unknown)
        return Verdict(ok=False, cited=cited, problems=[Problem(check="unknown_citation", message=f"引用了不存在的出处编号 {ids}")])

    draft_pieces = pieces(ref.draft, labels)
    materials = _materials(ref.evidence, draft_pieces)
    frame = [p.text for p in draft_pieces if not p.cites]
    frame_quantities = [q for text in frame for q in quantities(text)]
    counts = {float(len({p.item for p in draft_pieces if p.item})), float(len(_units(draft_pieces)))}
    everything = _Material(text=unescape_md("\n".join([ref.draft, *ref.evidence.values()])))
    everything.feats = _source_feats(everything.text)
    everything.terms = _terms(everything.text)

    for piece in reply_pieces:
        where = _where(piece)
        if piece.cites:
            material = _union([materials[c] for c in piece.cites])
            problems += _check_cited(piece, where, material, frame_quantities)
        else:
            problems += _check_uncited(piece, where, everything, frame, frame_quantities, counts)
    problems += _check_kept(reply_pieces, draft_pieces)
    problems += _check_caveats(reply, ref)
    return Verdict(ok=not problems, problems=problems, cited=cited)


def _as_written(term: str, text: str) -> str:
    """A folded term ("cpa") as the reply wrote it ("CPA")."""
    m = re.search(re.escape(term), text, re.I)
    return m.group() if m else term


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _where(piece: Piece) -> str:
    return f"第 {piece.item} 条" if piece.item else "回答中"


def _ids(cites: Iterable[int]) -> str:
    return "".join(f"[{c}]" for c in cites)


def _short(text: str, limit: int = 24) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _materials(evidence: Mapping[int, str], draft_pieces: list[Piece]) -> dict[int, _Material]:
    """Per citation id: its evidence plus every draft piece that cites it (the draft's own
    wording of that source, e.g. a KPI row's weight and formula)."""
    out: dict[int, _Material] = {}
    for cid, text in evidence.items():
        lines = [strip_marker(line) for line in unescape_md(text).splitlines()]  # "5、熟悉…": not a number
        own = ["\n".join(lines)] + [p.text for p in draft_pieces if cid in p.cites]
        joined = "\n".join(own)
        out[cid] = _Material(
            text=joined,
            feats=_source_feats(joined),
            clauses=[(c, content_feats(c)) for chunk in own for c in _CLAUSE_SPLIT.split(fold(chunk)) if c.strip()],
            quantities=quantities(joined),
            terms=_terms(joined),
        )
    return out


def _union(parts: list[_Material]) -> _Material:
    out = _Material(text="\n".join(p.text for p in parts))
    for p in parts:
        out.feats |= p.feats
        out.clauses += p.clauses
        out.quantities += p.quantities
        out.terms |= p.terms
    return out


def _check_cited(piece: Piece, where: str, material: _Material, frame_quantities: list[Quantity]) -> list[Problem]:
    problems: list[Problem] = []
    ids = _ids(piece.cites)
    # Latin terms ("CPA", "Excel") are facts: they must be in the cited sources verbatim.
    novel = sorted(_terms(piece.text) - material.terms - ALLOWED_TERMS)
    if novel:
        shown = "、".join(_as_written(t, piece.text) for t in novel)
        problems.append(Problem(check="unsupported", message=f"{where}出现了所引资料 {ids} 中没有的「{shown}」"))
    for q in quantities(piece.text):
        if not any(q.fits(s) for s in material.quantities) and not any(q.same(s) for s in frame_quantities):
            alike = [s.shown for s in material.quantities if s.unit == q.unit] or [s.shown for s in material.quantities]
            stated = "、".join(dict.fromkeys(alike))
            tail = f"（资料中为：{_short(stated, 30)}）" if stated else "（资料中没有数字）"
            problems.append(Problem(check="number", message=f"{where}的数字「{q.shown}」与所引资料 {ids} 不符{tail}"))
    share, size = support(piece.text, material.feats)
    if size >= CLAUSE_MIN and share < PIECE_SUPPORT:
        problems.append(Problem(check="unsupported", message=f"{where}「{_short(piece.text)}」在所引资料 {ids} 中找不到依据"))
    else:
        for clause in _CLAUSE_SPLIT.split(piece.text):
            share, size = support(clause, material.feats)
            if size >= CLAUSE_MIN and share < CLAUSE_SUPPORT:
                problems.append(Problem(check="unsupported", message=f"{where}「{_short(clause)}」在所引资料 {ids} 中找不到依据"))
                break
    problems += _check_negation(piece, where, ids, material)
    return problems


def _check_negation(piece: Piece, where: str, ids: str, material: _Material) -> list[Problem]:
    """Each clause against the source clause it rewrites (best Dice match among the cited ones):
    one may not be negated (不/无/未/禁止/不得 …) when the other is not."""
    for clause in _CLAUSE_SPLIT.split(piece.text):
        own = content_feats(clause)
        if len(own) < 2:
            continue
        best, score = "", 0.0
        for candidate, feats in material.clauses:
            value = _dice(own, feats)
            if value > score:
                best, score = candidate, value
        if score < NEGATION_ALIGN:
            continue
        said, stated = bool(negations(clause)), bool(negations(best))
        if stated and not said:
            return [Problem(check="negation", message=f"{where}「{_short(clause)}」漏掉了所引资料 {ids} 中的否定（资料原文：「{_short(best)}」）")]
        if said and not stated:
            return [Problem(check="negation", message=f"{where}「{_short(clause)}」加了所引资料 {ids} 中没有的否定（资料原文：「{_short(best)}」）")]
    return []


def _check_uncited(piece: Piece, where: str, everything: _Material, frame: list[str], frame_quantities: list[Quantity],
                   counts: set[float]) -> list[Problem]:  # fmt: skip
    problems: list[Problem] = []
    novel = sorted(_terms(piece.text) - everything.terms - ALLOWED_TERMS)
    if novel:
        shown = "、".join(_as_written(t, piece.text) for t in novel)
        problems.append(Problem(check="uncited", message=f"{where}出现了没有出处的「{shown}」"))
    for q in quantities(piece.text):
        if q.value in counts and q.unit in (None, "count"):
            continue  # "以下 3 条": the reply counting the draft's own items
        if not any(q.same(s) for s in frame_quantities):
            problems.append(Problem(check="uncited", message=f"{where}出现了没有出处的数字「{q.shown}」"))
    share, size = support(piece.text, everything.feats)
    own = content_feats(piece.text)
    rewrites_frame = any(_dice(own, content_feats(f)) >= FRAME_ALIGN for f in frame)
    if size >= UNCITED_MIN and share < (FRAME_SUPPORT if rewrites_frame else UNCITED_SUPPORT):
        problems.append(Problem(check="uncited", message=f"{where}「{_short(piece.text)}」没有标注出处，资料中也找不到"))
    return problems


def _units(all_pieces: list[Piece]) -> list[tuple[str, set[int], int | None]]:
    """(text, citation ids, item number): a list item as a whole, other cited pieces one by one."""
    items: dict[int, tuple[list[str], set[int]]] = {}
    out: list[tuple[str, set[int], int | None]] = []
    for p in all_pieces:
        if p.item is not None:
            texts, cites = items.setdefault(p.item, ([], set()))
            texts.append(p.text)
            cites.update(p.cites)
        elif p.cites:
            out.append((p.text, set(p.cites), None))
    out += [(" ".join(texts), cites, n) for n, (texts, cites) in items.items() if cites]
    return out


def _keep_feats(text: str) -> set[str]:
    """Content bigrams plus numbers and Latin words: "400电话业务" is kept by "接听400电话"."""
    return content_feats(text) | {f for f in bigrams(text) if _is_number(f) or f.isascii()}


def _check_kept(reply_pieces: list[Piece], draft_pieces: list[Piece]) -> list[Problem]:
    """Every cited draft item must be in the reply: some reply item citing one of its ids is closest
    to it (items of one long passage share many words, so "shares some words" is not enough), or
    covers most of it (two items merged into one)."""
    problems: list[Problem] = []
    drafts = [(text, cites, item, _keep_feats(text)) for text, cites, item in _units(draft_pieces)]
    replies = [(_source_feats(text) | _keep_feats(text), cites) for text, cites, _ in _units(reply_pieces)]
    claimed: set[int] = set()
    for feats, cites in replies:
        scores = [(_dice(d[3], feats), i) for i, d in enumerate(drafts) if d[1] & cites and d[3]]
        if scores:
            _, best = max(scores)
            if len(drafts[best][3] & feats) >= min(2, len(drafts[best][3])):
                claimed.add(best)
    for i, (text, cites, item, feats) in enumerate(drafts):
        if not feats or i in claimed:
            continue
        cover = max((len(feats & r) / len(feats) for r, rc in replies if rc & cites), default=0.0)
        if cover < KEEP_COVER:
            what = f"第 {item} 条" if item else f"第 {i + 1} 处"
            problems.append(Problem(check="dropped_item", message=f"漏掉了原回答{what}「{_short(text)}」{_ids(sorted(cites))}"))
    return problems


def draft_caveats(draft: str, extra: Iterable[str | None] = ()) -> tuple[str, ...]:
    """Lines of the draft that qualify the whole answer: uncited lines that say what the
    knowledge base lacks ("知识库中没有「X」的专门资料…仅供参考"), plus explicit caveats."""
    out: list[str] = [x.strip() for x in extra if x and x.strip()]
    for line in (draft or "").splitlines():
        if _MARKER.search(line):
            continue
        text = unescape_md(_MARKDOWN.sub("", line)).strip()
        if text and re.search(r"没有|未写明|未标注|仅供参考|不是|您是不是|无法", text):
            if not any(squash(text) in squash(x) or squash(x) in squash(text) for x in out):
                out.append(text)
    return tuple(out)


def _check_caveats(reply: str, ref: Reference) -> list[Problem]:
    problems: list[Problem] = []
    text = _plain(_prepare(reply, ref.labels))
    sentences = [s for s in re.split(r"(?<=[。！？!?；;：:])|\n", text) if s.strip()]
    for caveat in ref.caveats:
        caveat_text = unescape_md(caveat)
        names = re.findall(r"「([^」]+)」", caveat_text)
        if names:
            asked, others = names[0], names[1:]
            asked_feats = bigrams(asked) or {asked}
            # the sentence that names the asked role must still say the knowledge base lacks it
            kept = any(
                len(asked_feats & bigrams(s)) >= CAVEAT_COVER * len(asked_feats) and negations(s) for s in sentences
            )
            kept = kept and all(len(bigrams(o) & bigrams(text)) >= CAVEAT_COVER * len(bigrams(o) or {o}) for o in others)
            if kept and "仅供参考" in caveat_text:
                kept = "参考" in text
        else:
            own = content_feats(caveat_text)
            kept = not own or len(own & _source_feats(text)) >= CAVEAT_COVER * len(own)
        if not kept:
            problems.append(Problem(check="caveat", message=f"没有保留原回答的提示「{_short(caveat_text, 40)}」"))
    return problems


__all__ = [
    "CHECK_LABELS",
    "Problem",
    "Reference",
    "Verdict",
    "check_reply",
    "draft_caveats",
    "pieces",
    "quantities",
    "strip_labels",
]
