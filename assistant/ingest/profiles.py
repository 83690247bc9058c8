"""Job profiles from structured sections: one role as one document describes it.

The segmenter already decided which sections belong to which role (by headings, title fields,
role columns); here the sections of a role are gathered into a ``JobProfile``: duties,
qualifications (with their category), KPIs, purpose, benefits and labelled facts, each with the
lines it cites.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from assistant.ingest import markers as mk
from assistant.ingest.blocks import LABELLED, field_value
from assistant.ingest.roles import (
    GRADE_PREFIX,
    TITLE_DOT_PLACE,
    AMOUNT, HEADCOUNT_NOTE, MONEY, PLACE_ENDS, english_beside, has_role_suffix, is_unit_name, listed_posts, names_its_post, normalize_title, parse_title, same_role, strip_title_noise, two_names,
)
from assistant.ingest.textables import BLANK_DATE, NONE_STATED, PLACEHOLDERS, left_out
from assistant.ingest.vocab import PROFILE_FACTS, QUALIFICATION_KEYS, Vocab, squash
from assistant.models import Article, Block, BlockType, JobProfile, ProfileItem, Section, SectionKind, SourceSpan
from assistant.text import longest_first

__all__ = ["extract_profiles", "same_role"]

_LIST_KINDS = (SectionKind.duties, SectionKind.qualifications, SectionKind.kpi, SectionKind.purpose, SectionKind.benefits)
_SCALAR_FIELDS = ("department", "reports_to", "subordinates", "location", "pay", "organisation")


@dataclass
class _Draft:
    role: str
    raw: list[str] = field(default_factory=list)
    department: str | None = None
    organisation: str | None = None
    source: str = "text"
    kinds: set[SectionKind] = field(default_factory=set)
    sections: list[Section] = field(default_factory=list)
    lists: dict[SectionKind, list[ProfileItem]] = field(default_factory=dict)
    fields: dict[str, ProfileItem] = field(default_factory=dict)
    # items under the title of the whole description ("内科住院医师岗位手册"), listed only for want of
    # a duties heading of the post's own: [(kind, item)]
    implied: list[tuple[SectionKind, ProfileItem]] = field(default_factory=list)
    headed: set[SectionKind] = field(default_factory=set)  # kinds the post's own headings name
    whole: bool = False  # opened by the title of its whole description ("…岗位手册")


_NOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff）)])[①-⑳]$")
# a column header's unit in brackets ("经验(年)", "年龄(岁)") and a bare amount under it
_HEADER_UNIT = re.compile(r"[(（]\s*(?P<unit>年|岁|周岁)\s*[)）]$")
_BARE_AMOUNT = re.compile(r"\d+(?:\.\d+)?(?:\s*[-~～—–至]\s*\d+(?:\.\d+)?)?")
FIELD_REQUIREMENTS_MIN = 2  # requirement facts a post states that make its requirements when no list does
_ANNEX = re.compile(r"^(?:附|附件|附表)\s*[:：]|^【\s*(?:修订|批注|修改|审核|编者)[^】]*】")
_BARE_LINK = re.compile(r"^(?:[-*•·]\s*)?(?:https?://|www\.)\S+$", re.IGNORECASE)


_MARKER_ONLY = re.compile(r"\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．)）]|[①-⑳])\s*")


def _item(block: Block, text: str | None = None, category: str | None = None, heading: str | None = None) -> ProfileItem | None:
    """A profile item citing only the lines its text sits on."""
    text = (text if text is not None else block.text).strip()
    if block.marker and text.startswith(block.marker) and mk.parse_marker(text.split("\n")[0]) is None:
        text = text[len(block.marker):].strip()  # "1.3年以上…": the list's "1." read from its neighbours
    if not text or text in PLACEHOLDERS and not (text in NONE_STATED and category in PROFILE_FACTS):
        return None
    if category is None and _MARKER_ONLY.fullmatch(text):
        return None  # "1." on a line of its own (a PDF set the number apart from its item): no item
    if category is None and left_out(text):
        return None  # "岗位职责见附件": the list is elsewhere, not this line
    if (category is None and _BARE_LINK.match(text)) or _ANNEX.match(mk.strip_marker(text).strip()):
        # a source's web address pasted under a list, "附：…另册发布", "【修订批注 …】": where it came
        # from, what is filed elsewhere, an editor's remark: no item of the post
        return None
    if category is not None and BLANK_DATE.search(text):
        return None  # "报到时间 | ____年__月__日": a blank of a form, no fact
    pairs = block.numbered_lines()
    wanted = [line for line in text.split("\n") if line.strip()]
    nos = []
    if block.quote is not None and text == block.text.strip():
        wanted = []  # "学历…大专及以上" put together from two cells: the lines of both
        nos = list(block.line_nos)
    elif block.quote is not None and len(block.lines) == 1 and len(block.line_nos) > 1:
        wanted = []  # its value alone ("大专及以上", the post's 学历): the value cell's line
        nos = [block.lines[0].line_no]
    # a block run together from lines cut at a fixed width ("…其中" + "2年以上…") cites the lines each
    # of its items stands on
    physical = [(x.line_no, x.text) for x in block.lines] if len(block.lines) > len(pairs) else []
    for line in wanted:
        hit = next((n for n, t in physical or pairs if line in t), None)
        if hit is None and physical and (run := _lines_holding(line, physical)):
            nos.extend(run)
            continue
        if hit is None and physical:
            hit = next((n for n, t in pairs if line in t), None)
        nos.append(hit if hit is not None else block.span.line_start)
    quote = None
    if block.quote is not None:
        # "学历：中专及以上" put together from two cells is quoted "学历…中专及以上"; a piece of it likewise
        label = block.label or ""
        quote = block.quote if text == block.text.strip() else (
            f"{label}…{text[len(label) + 1:]}" if label and text.startswith(f"{label}：") else None)
    # (only where a bare number says nothing of its own: years of experience, an age)
    if category is not None:
        text = _NOTE_MARK.sub("", text)  # "仓储部经理①": the mark of a note below, no part of the fact
    unit = _HEADER_UNIT.search(heading or "") if category in ("experience", "age") else None
    if unit and _BARE_AMOUNT.fullmatch(text):
        # "经验(年) | 3": the column's unit belongs to its bare number (3年), quoted as written
        quote, text = quote or text, f"{text}{unit['unit']}"
    return ProfileItem(
        text=text,
        # (a line set to cite the lines above it too, a part's first duty with the part's title, keeps that)
        span=SourceSpan(file=block.span.file, line_start=min(*nos, block.span.line_start) if len(block.line_nos) == 1 else min(nos),
                        line_end=max(nos)),
        line_nos=nos,
        category=category,
        heading=heading,
        quote=quote,
    )


def _lines_holding(text: str, pairs: list[tuple[int, str]]) -> list[int]:
    """The fewest consecutive lines whose text, run together, holds `text`; [] if none do."""
    key = squash(text)
    for size in range(2, min(len(pairs), 6) + 1):
        for k in range(len(pairs) - size + 1):
            if key in squash("".join(t for _, t in pairs[k:k + size])):
                return [n for n, _ in pairs[k:k + size]]
    return []


INDICATOR_NAME_MAX = 16  # characters of one indicator's name in a "A、B、C" cell


def _indicator_names(text: str, vocab: Vocab) -> list[str]:
    """"桥吊平均作业效率、集卡平均周转时间、作业指令差错次数": a 考核要点 cell naming several
    indicators is one item per indicator, when every part reads as an indicator's name."""
    if re.search(r"[(（][^()（）]*[、;；]", text):
        return [text]  # "成本费用（销售费用、管理费用）": the list is inside one indicator's brackets
    parts = [p.strip() for p in re.split(r"[、;；]", text.strip().rstrip("。.")) if p.strip()]
    # (a name's note in brackets, "EDC数据录入及时率（访视后3个工作日内）", is no part of how it reads)
    names = [_BRACKETED_NOTE.sub("", p).strip() for p in parts]
    endings = tuple(vocab.lexicon.kpi.name_endings + vocab.lexicon.kpi.list_endings)
    named = sum(n.endswith(endings) for n in names)
    if len(parts) >= 2 and all(len(n) <= INDICATOR_NAME_MAX and not re.search(r"[,，:：\s]", n) for n in names) and 2 * named >= len(parts):
        return parts
    return [text]


_TABLE_LEAD = re.compile(r"(?:详?见|如)下表(?:所示)?[:：]$")


# "同快递员（收派员）第1～5条", "参照客服专员第1—3项": a list's lead that shares another post's items
_SAME_AS = re.compile(r"(?:同|与|参照|参见|比照)[^，,。；;:：]{2,20}?第\s*[\d一二三四五六七八九十]+\s*(?:[～~\-—–至到、]\s*[\d一二三四五六七八九十]+\s*)?[条项]")
_LEAD_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*")
_PLACE_NOTE = re.compile(r"[(（]\s*(?:位于|地址[:：]?|地点[:：]?)\s*([^，,;；()（）]{2,30})")  # "（位于解放路188号"
_OPEN_BRACKET_TAIL = re.compile(r"\s*[(（][^()（）]*$")  # a clause cut inside its bracket
_VOID_ANNEX = re.compile(r"^\s*(?:附件|附录|附表|附(?=\s*[:：]))\s*[\d一二三四五六七八九十A-Z]{0,3}\s*[:：、]?")
# how high a list number stands: "四、" over "（一）" over "1." over "(1)" over "①"
_LEVEL = {"cn_upper": 0, "cn": 1, "ordinal_cn": 1, "paren_cn": 2, "arabic": 3, "paren_arabic": 4, "circled": 5}
_NUMBERED_PART = re.compile(r"^\s*(?P<word>[\u4e00-\u9fff]{2,4})[一二三四五六七八九十]{1,3}\s*[:：]")  # "议题三："


def _section_items(section: Section, vocab: Vocab) -> list[ProfileItem]:
    """Items of a list section; a section written as paragraphs gives one item per paragraph.

    Labelled cells of a form ("文化专业 | 会计专业本科学历") count as items of the section too.
    """
    blocks = [b for b in section.blocks if b.type in (BlockType.item, BlockType.field) and b.key != "title"]
    if not any(b.type == BlockType.item for b in blocks):
        blocks += [b for b in section.blocks if b.type == BlockType.text]
        blocks.sort(key=lambda b: b.span.line_start)
    out: list[ProfileItem] = []
    lead = section.blocks[0] if section.blocks and section.blocks[0].type == BlockType.heading and section.blocks[0].key != "header" else None
    # a heading of the section's own above items that carry their table column's name ("职位描述")
    own_heading = lead is not None and bool(section.heading) and lead.label is None
    if lead is not None and section.kind == SectionKind.duties and _SAME_AS.search(lead.text):
        # "职责：同快递员（收派员）第1～5条，另增加以下职责：" heading the post's own items: the items it
        # shares with another post are part of its list, said in that line
        shared = _item(lead, text=_LEAD_LABEL.sub("", mk.strip_marker(lead.text.strip())))
        out += [shared] if shared is not None else []
    end = _list_end(section)
    family = None
    outline = mk.parse_marker(section.heading or "")
    outline = outline if outline is not None and outline.family == "dotted" else None
    paragraphs = _wrapped_paragraphs(section)
    applying = False  # the list went on to how to apply
    for block in blocks:
        if _VOID_ANNEX.match(block.text) and any(m in block.text for m in vocab.lexicon.sections.void_markers):
            break  # "附件：2021年版…岗位职责（已废止，仅供对照）" under the list: an old list, none of the post's
        if block is blocks[0] and block.type == BlockType.text and left_out(block.text):
            break  # "略（…另行补充）。" heading the part's paragraphs: the part is left out, what follows is the document's

        if block.type == BlockType.item:
            marker = mk.parse_marker(block.text.split("\n", 1)[0])
            if (family is not None and family not in mk.HEADING_FAMILIES and marker is not None
                    and marker.family in mk.HEADING_FAMILIES):  # fmt: skip
                break  # "1.…5.…" then "三、本通知自印发之日起执行。": the document's next part, the list is over
            if family in _LEVEL and marker is not None and _LEVEL.get(marker.family, 9) < _LEVEL[family]:
                break  # "（一）…（六）" then "四、接运流程": the document's part above the list, the list is over
            if (outline is not None and marker is not None and marker.family == "dotted" and family not in (None, "dotted")
                    and marker.depth <= outline.depth):  # fmt: skip
                break  # "5.3.3 其他岗位职责执行…" after "5.3.2 安全员"'s (1)…(6): the chapter's next part
            family = family or (marker.family if marker else None)
            if (end is not None and block.span.line_start > end and marker is not None and marker.family != family
                    and marker.family in mk.HEADING_FAMILIES):  # fmt: skip
                continue  # "二、明确客户需求…" after the list and a paragraph: the essay's next point
        if block.type == BlockType.field and block.key in _DOCUMENT_FACTS:
            continue  # 编制部门, 编制日期, 审核: about the document, never an item of the post
        part = _NUMBERED_PART.match(block.text) if block.type == BlockType.text else None
        if part and vocab.section_kind(part["word"]) is None and vocab.label_key(part["word"]) is None:
            continue  # "议题三：关于财务会计岗位…" after the table of minutes' 议题二: the next item of the minutes
        lead = re.match(r"^\s*([\u4e00-\u9fff]{2,6})\s*[:：]", block.text)
        if block.key is None and vocab.column_key(block.label or (lead.group(1) if lead else "")) == "status":
            continue  # "档案状态：已审核" under a record's last list: the record's state, no item of the post
        if (block.type == BlockType.text or block.type == BlockType.item and not block.marker) and "\n" not in block.text.strip() \
                and block.text.rstrip().endswith((":", "：")) and mk.parse_marker(block.text) is None:
            if out and _TABLE_LEAD.search(block.text.strip()):
                break  # "⑤ 耗材登记…" then "护理部班次安排见下表：": a table of something else follows the list
            if _SAME_AS.search(block.text) and (item := _item(block, text=_LEAD_LABEL.sub("", block.text.strip()))) is not None:
                # "职责：同快递员（收派员）第1～5条，另增加以下职责：": the items it shares with another
                # post are part of its list, said in that line
                out.append(item)
            continue  # "主要工作内容及标准见下表：": the line leading into the list, no item of it
        if section.kind == SectionKind.kpi and (note := re.match(r"^\s*([\u4e00-\u9fff]{1,4})\s*[:：]", block.text)) \
                and squash(note.group(1)) in vocab.note_labels:
            continue  # "说明：得分=Σ各指标得分；单项扣分不超过该项分值" under a KPI sheet: how it is scored, no indicator
        if section.kind == SectionKind.kpi and block.type == BlockType.item and _total_row(block.text, vocab):
            continue  # "网优工程师 | 权重合计" (the post merged down beside its block's sum): no indicator
        if block.type == BlockType.field and section.kind == SectionKind.kpi and block.key in vocab.lexicon.fields.fields:
            continue  # "工作难点 | …", "职业发展 | …" rows after a form's 业绩标准: facts of the post, no indicator
        if block.type == BlockType.field and block.key not in (None, *QUALIFICATION_KEYS) and section.kind != SectionKind.kpi:
            if block.key not in ("duties", "qualifications", "purpose", "benefits"):
                continue  # 直属上级, 工作地点 …: facts, not list items
        text = field_value(block) if block.type == BlockType.field else block.text
        category = None
        if section.kind == SectionKind.qualifications:
            category = block.key if block.key in QUALIFICATION_KEYS else vocab.qualification_category(text)
        if block.type == BlockType.text and (_essay_paragraph(text) or id(block) in paragraphs and _essay_paragraph(
                paragraphs[id(block)], limit=_WRAPPED_CHARS)):  # fmt: skip
            continue  # an essay under a "…岗位职责" heading: a passage to quote, not an item of the post
        heading = block.label or section.heading
        if block.type == BlockType.item and block.key is None and own_heading:
            heading = section.heading  # "加分项" inside a 职位描述 cell: the part it heads, not the column's name
        pieces = (_list_pieces(text) if section.kind in (SectionKind.duties, SectionKind.qualifications)
                  else _indicator_names(text, vocab) if section.kind == SectionKind.kpi else [text])  # fmt: skip
        for piece in pieces:
            if applying and block.type == BlockType.item or _APPLY_CUE.search(piece) and (_PLEASE.search(piece) or _APPLY_LABEL.match(piece)):
                # "电子邮件主题请以…格式编写": how to apply, no duty or requirement of the post; nor the list's
                # items after it ("可将个人近照…", "邮寄地址：…")
                applying = applying or block.type == BlockType.item
                continue
            if len(pieces) > 1 and section.kind == SectionKind.qualifications and block.key not in QUALIFICATION_KEYS:
                category = vocab.qualification_category(piece)
            item = _item(block, piece, category, heading)
            if item is not None:
                out.append(item)
    return out


def _total_row(text: str, vocab: Vocab) -> bool:
    """A KPI row whose last line (its own cells, after the post merged down beside it) is a total."""
    last = squash(text.strip().split("\n")[-1].split("|")[0])
    return bool(last) and (last in vocab.not_indicators or last.endswith(vocab.total_endings))


def _wrapped_paragraphs(section: Section) -> dict[int, str]:
    """Text blocks on consecutive lines, each but the last ending mid-sentence (a PDF paragraph
    wrapped at the page's edge): id(block) -> the whole paragraph's text."""
    runs: list[list[Block]] = []
    for block in section.blocks:
        last = runs[-1][-1] if runs else None
        if (block.type == BlockType.text and last is not None and last.type == BlockType.text
                and block.span.line_start == last.span.line_end + 1 and last.text.rstrip()[-1:] not in _SENTENCE_ENDS):  # fmt: skip
            runs[-1].append(block)
        else:
            runs.append([block])
    return {id(b): "".join(x.text.strip() for x in run) for run in runs if len(run) > 1 for b in run}


def _list_end(section: Section) -> int | None:
    """The line of the first paragraph after a duty or requirement list, if any: items numbered as
    an outline's parts after it ("二、") are the text's next points, not more of the list."""
    if section.kind not in (SectionKind.duties, SectionKind.qualifications):
        return None
    seen_item = False
    for block in section.blocks:
        seen_item = seen_item or block.type == BlockType.item
        if seen_item and block.type == BlockType.text and _SENTENCE_END.search(block.text):
            return block.span.line_start
    return None


# A paragraph this long with several sentences is argument, not a list entry: duty and
# requirement items, even unnumbered ones, are a clause or two (the longest seen: ~120 chars).
_PARAGRAPH_CHARS = 150
_SENTENCE_END = re.compile(r"[。！？!?]")


_SENTENCE_ENDS = "。；;！!？?"  # a line ending so ends its sentence: the next line is no wrap of it
_WRAPPED_CHARS = 80  # the same for a paragraph wrapped over lines: no list entry runs on so


def _essay_paragraph(text: str, limit: int = _PARAGRAPH_CHARS) -> bool:
    """One unnumbered line of several sentences, longer than any list entry."""
    text = text.strip()
    return ("\n" not in text and len(text) > limit and mk.parse_marker(text) is None
            and bool(_SENTENCE_END.search(text.rstrip("。！？!? "))))


# "2." of an inline list (not "2.5"); the first item may begin with a number ("1.3年以上…；2.持证")
_INLINE_NUMBER = re.compile(r"(?:^|(?<=[\s；;。]))(\d{1,2})[.、．](?:(?!\d)|(?<=^\d[.、．])|(?<=^\d\d[.、．]))")


_DOCUMENT_FACTS = frozenset({"approver", "published", "source", "code"})


def _in_sequence(starts: list[int], numbers: list[int]) -> bool:
    """Two or more markers, the first at the start of the line, numbered one after another."""
    return len(starts) >= 2 and starts[0] == 0 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _cut(line: str, starts: list[int]) -> list[str]:
    """The line cut at each marker: each piece a verbatim part of it."""
    cuts = [*starts, len(line)]
    return [line[a:b].strip() for a, b in zip(cuts, cuts[1:]) if line[a:b].strip()]


def _list_pieces(text: str) -> list[str]:
    """The items of one list cell or line: "1. …\n2. …" (a cell with line breaks) or "负责A；负责B；负责C"
    (a list written on one line). Each piece is a verbatim part of the text."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    first = mk.parse_marker(lines[0]) if lines else None
    family = first.family if first is not None else None

    def sibling(line: str) -> bool:  # "2." after "1." (a "①" under "1、" stays inside its parent)
        marker = mk.parse_marker(line)
        return marker is not None and marker.family == family

    if family is not None and sum(1 for line in lines if sibling(line)) >= 2:
        pieces: list[str] = []
        for line in lines:
            if sibling(line) or not pieces:
                pieces.append(line)
            else:
                pieces[-1] += "\n" + line  # a continuation of the item above
        return pieces
    if len(lines) == 1:
        # "1.接待…; 2.负责…; 3.完成…": a numbered list written on one line (cell line breaks lost)
        starts = [m for m in _INLINE_NUMBER.finditer(lines[0])]
        numbers = [int(m.group(1)) for m in starts]
        if _in_sequence([m.start() for m in starts], numbers):
            return _cut(lines[0], [m.start() for m in starts])
        # "①负责…;②开展…;③建立…": circled numbers in a row
        circled = [m.start() for m in re.finditer(r"[\u2460-\u2473]", lines[0])]
        if _in_sequence(circled, [ord(lines[0][i]) for i in circled]):
            return _cut(lines[0], circled)
        # "☑ 初中及以上学历 ☑ 持…操作证 ☑ 2年以上…": ticked boxes in a row, each an item (not "☐中专 ☑大专":
        # options to tick)
        ticked = [m.start() for m in re.finditer(r"[☑✓✔√]", lines[0])]
        if len(ticked) >= 2 and not re.search(r"[☐□☒✗✘]", lines[0]):
            return _cut(lines[0], ticked)
    if lines and not any(mk.parse_marker(line) for line in lines):  # a numbered item is one item already
        # (a paragraph wrapped over lines, "…2年以\n上食品安全管理经验；…", is cut the same: by its semicolons)
        parts = [part.strip() for part in re.split(r"[；;]", "\n".join(lines)) if part.strip()]
        if len(parts) >= 2 and all(len(part) >= 4 for part in parts):
            return parts
    return [text]


def _fields(section: Section, vocab: Vocab) -> dict[str, ProfileItem]:
    out: dict[str, ProfileItem] = {}
    for block in section.blocks:
        bullet = _BULLET_LABEL.match(mk.strip_marker(block.text)) if block.type == BlockType.item and block.marker and not block.key else None
        if bullet and (key := vocab.label_key(bullet["label"])) in QUALIFICATION_KEYS and not re.match(r"(?:详见|见|参见)", bullet["value"]):
            # "- 学历：本科及以上" in a requirement list: the item, and the post's 学历 as well
            item = _item(block, bullet["value"].strip().rstrip("；;，,。 "), category=key, heading=bullet["label"])
            if item is not None:
                _add_field(out, key, item)
            continue
        if block.key in _LABEL_COLUMNS:
            continue  # "要求项 | 内容": a column of labels, no fact of the post
        if not block.key or block.type != BlockType.field and not (
                block.type == BlockType.item and block.key in QUALIFICATION_KEYS and block.label and block.text.startswith(f"{block.label}：")):
            continue  # (an item of a requirements grid said under its field's label: "学历：大专及以上")
        spec = vocab.lexicon.fields.fields.get(block.key)
        if spec is not None and spec.value and not re.search(spec.value, field_value(block)):
            continue  # not a value of this fact ("编制：人力资源部" is no headcount)
        value = field_value(block)
        if block.key in _ONE_VALUE_KEYS and block.type == BlockType.field:
            # "乙方所属部门：秩序维护部（消控中心），直接上级为秩序维护主管。": the value is the first clause;
            # a clause after it led by another field's label states that field
            # (its own clauses up to the first such one, as written: "北京，上海" stays two cities)
            spans = [(m.start(), m.group().strip(" ，,")) for m in re.finditer(r"[^，,。；;]+[，,]?", value)]
            facts = [(start, m, key) for i, (start, c) in enumerate(spans) if i and (m := _LABELLED_CLAUSE.match(c))
                     and (key := vocab.label_key(m["label"])) in _ONE_VALUE_KEYS and key != block.key]  # fmt: skip
            if facts:
                value = value[: facts[0][0]].rstrip(" ，,；;")
            stop = re.search(r"。", value)
            if stop is not None and value[stop.end():].strip() and stop.start() >= 2:
                value = value[: stop.start()]  # "工程主管。乙方须持有…证": the fact, then a sentence of something else
            for _, m, key in facts:
                if key not in out and (extra := _item(block, m["value"], category=key, heading=m["label"])):
                    _add_field(out, key, extra)
        item = _item(block, value, category=block.key, heading=block.label)
        if item is None:
            continue
        _add_field(out, block.key, item)
    return out


_ONE_VALUE_KEYS = frozenset({"department", "reports_to", "location"})  # a fact of one short value


_LABEL_COLUMNS = frozenset({"requirement_label", "duty_label", "attribute_name", "attribute_value", "person_name"})
_BULLET_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,6})\s*[:：]\s*(?P<value>\S.*)$", re.S)


def _add_field(fields: dict[str, ProfileItem], key: str, item: ProfileItem) -> None:
    """A fact the profile does not have yet; or the second half of one row's value of it."""
    first = fields.get(key)
    if first is None:
        fields[key] = item
        return
    if _compound(first.heading) and item.heading and not _compound(item.heading) and "…" not in (first.quote or ""):
        # (not a range this row already joined, "月薪下限/月薪上限", before its 薪酬方式)
        fields[key] = item  # "部门/分支机构 总校" before "所属部门 财务部": the label naming this fact alone
        return
    if first.span.line_start != item.span.line_start or first.heading == item.heading:
        return
    # the row's cells as they stand, for the citation: "3800…4800"
    joined = {"line_nos": sorted({*first.line_nos, *item.line_nos}), "quote": f"{first.quote or first.text}…{item.quote or item.text}"}
    # ("下限 | 中位值 | 上限": once the middle is joined, the upper bound is one more labelled value)
    if all(_BOUND.search(h or "") for h in (first.heading, item.heading)) and "…" not in (first.quote or ""):
        # "月薪下限（元）3800 | 月薪上限（元）4800": one range
        fields[key] = first.model_copy(update={"text": f"{first.text}-{item.text}", "heading": f"{first.heading}/{item.heading}", **joined})
    elif all(_GROUPED.match(h or "") for h in (first.heading, item.heading)) or (
            key != "title" and first.heading and item.heading and first.category == item.category):
        # "杭州 月底薪（元）12000 | 上海 月底薪（元）15000": one row's value per group; "基本工资（元/月）3200 |
        # … | 月收入参考（元）5000-6500": two columns saying the fact two ways. Each value under its label
        lead = first.text if first.quote else f"{first.heading}：{first.text}"
        # (a value joined already names its labels; a group header both labels hold is said once: "薪酬带宽 下限：9000；中位值：11000")
        # (only a header's label with its unit, "薪酬带宽(税前月薪,元)": a site over its columns, "杭州 …", is said each time)
        group = f"{first.heading.rsplit(' ', 1)[0]} " if " " in (first.heading or "") and re.search(r"[(（]", first.heading.rsplit(" ", 1)[0]) else None
        label = item.heading.removeprefix(group) if group and item.heading else item.heading
        tail = item.text if item.quote else f"{label}：{item.text}"
        fields[key] = first.model_copy(update={"text": f"{lead}；{tail}", **joined})


_BOUND = re.compile(r"下限|上限|最低|最高")
_COMPOUND = re.compile(r"[/／、]")


def _compound(label: str | None) -> bool:
    """A label naming two facts ("证书/职称", "部门/分支机构"); not a unit in brackets ("基本工资(元/月)"),
    nor the group a column stands under ("城区网点/中心 底薪(元/月)")."""
    own = (label or "").split()[-1] if (label or "").split() else ""
    return bool(_COMPOUND.search(re.sub(r"[(（][^()（）]*[)）]", "", own)))
_GROUPED = re.compile(r"^\S+ \S")  # a column named by its group and its own label ("杭州 月底薪（元）")


_POST_VALUE = re.compile(r"^(?P<post>[^:：，,。;；]{2,16})[:：]\s*(?P<value>\S.{0,40})$")


def _facts_by_post(section: Section, vocab: Vocab) -> list[_Draft]:
    """"一、岗位工资标准（元/月）" over "1．项目经理：18000—25000": a heading that names a fact, over
    items that give it post by post. Each post gets the fact, whatever document describes it."""
    heading = mk.strip_marker(section.heading or "").strip()
    if section.kind == SectionKind.duties:
        return _lists_by_post(section, vocab)
    key = vocab.label_key(heading) if heading else None
    if key not in PROFILE_FACTS or key == "title":
        return []
    out: list[_Draft] = []
    for block in section.blocks:
        m = _POST_VALUE.match(mk.strip_marker(block.text).strip()) if block.type == BlockType.item and "\n" not in block.text else None
        name = parse_title(m["post"], vocab) if m else None
        if m is None or name is None or not has_role_suffix(name.title, vocab):
            continue
        item = _item(block, m["value"].strip(), category=key, heading=heading)
        if item is not None:
            out.append(_Draft(role=name.title, source="listed", sections=[section], fields={key: item}))
    return out if len(out) >= 2 else []  # one "X：…" line is a sentence about X, not a scale


_LISTED_POST = re.compile(r"^(?P<post>[^:：，,。;；]{2,16})[:：]\s*(?P<value>\S.*)$")
_NUMBER_AFTER_STOP = re.compile(r"(?<=[；;。])\s*(?=\d{1,2}\s*[.、．])")


_SUBJECT_VERBS = ("全面负责", "负责", "在", "协助", "配合", "应", "须", "主持", "组织")


def _subject_posts(draft: _Draft, vocab: Vocab) -> list[_Draft]:
    """"第二章 医保办人员职责" over "第三条 医保办主任全面负责…" and "第四条 医保办专员在医保办主任领导下工作…":
    duties of the staff of a unit, each article with a post of its own as its subject. Each such post
    gets its articles (two posts or more, none of them the draft's own)."""
    found: dict[str, list[ProfileItem]] = {}
    for item in draft.lists.get(SectionKind.duties, []):
        text = mk.strip_marker(item.text).strip()
        for end in range(min(len(text), 12), 2, -1):
            head = text[:end]
            if not text[end:].startswith(_SUBJECT_VERBS) or not has_role_suffix(head, vocab):
                continue
            name = parse_title(head, vocab, strong=True)
            if name is not None and squash(name.title) != squash(draft.role):
                found.setdefault(name.title, []).append(item)
            break
    if len(found) < 2:
        return []
    return [_Draft(role=post, source="listed", sections=draft.sections, kinds={SectionKind.duties}, lists={SectionKind.duties: items})
            for post, items in found.items()]


def _balanced(text: str) -> bool:
    """No bracket left open ("三方服务合同签订（店长" is a cell's start, no post)."""
    return text.count("(") + text.count("（") == text.count(")") + text.count("）")


def _lists_by_post(section: Section, vocab: Vocab) -> list[_Draft]:
    """"二、岗位职责" over "（一）医保办专员：1.审核…；2.负责…" and "（二）院感专职人员：负责…": a list
    heading over entries that each give one post's list. Each post gets its entries."""
    out: list[_Draft] = []
    for block in section.blocks:
        m = _LISTED_POST.match(mk.strip_marker(block.text).strip()) if block.type == BlockType.item and "\n" not in block.text else None
        name = parse_title(m["post"], vocab, strong=True) if m and _balanced(m["post"]) else None
        if m is None or name is None or not has_role_suffix(name.title, vocab):
            continue
        items = [item for part in _NUMBER_AFTER_STOP.split(m["value"].strip()) if part.strip()
                 if (item := _item(block, part.strip(), heading=section.heading)) is not None]  # fmt: skip
        if items:
            out.append(_Draft(role=name.title, source="listed", sections=[section], kinds={section.kind}, lists={section.kind: items}))
    return out if len(out) >= 2 else []  # one "X：…" line is a sentence about X, not a list by post


def _source(section: Section) -> str:
    first = section.blocks[0] if section.blocks else None
    if first is not None and first.type == BlockType.field and first.key == "title":
        return "table" if first.label is None else "fields"
    return "heading" if section.heading else "text"


_CLAUSE = re.compile(r"[^，,；;。?？]+[?？]?")
_SUBJECT = re.compile(r"^(?:该岗位|本岗位|该岗|本岗|乙方|您的|你的|您|你|他|她|其)")
_COUNT_TAIL = re.compile(r"(?:等)?\s*[\d一二三四五六七八九十两]+\s*(?:个岗位|个|名|人)$")
_LABELLED_CLAUSE = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,6}?)(?:为|是|在|\s*[:：])\s*(?P<value>[^，,；;。]{2,24})$")
_BARE_PAY = re.compile(r"^\d[\d,.]*\s*[-~—–至到]\s*\d[\d,.]*\s*(?:元|[kK]|千|万)(?:\s*/\s*(?:月|年)|每月)?"
                       r"(?:\s*[·•×xX*]\s*\d{1,2}\s*薪|\s*\+\s*[\u4e00-\u9fff]{1,4})?$")  # "7-9K·13薪", "7000-10000元+提成"


_BRACKETED_NOTE = re.compile(r"[(（][^()（）]*[)）]")
_NICKNAME = re.compile(r"(?:被|常被|通常被|一般被|习惯)?(?:叫作|叫做|称作|称为|俗称|也叫|又叫|人称)\s*[“\"「](?P<name>[^”\"」，,。]{2,10})[”\"」]")


def _post_names(draft: _Draft) -> set[str]:
    """The names a post's own sentences may begin with: its title and the headings that named it."""
    return {draft.role, *(normalize_title(r) for r in draft.raw if r)}


def _nicknames(draft: _Draft) -> list[str]:
    """"版房师傅在厂里通常被叫作“打版师傅”": the names a sentence about the post says it goes by."""
    names = _post_names(draft)
    names |= {_BRACKETED_NOTE.sub("", n).strip() for n in names}  # "版房师傅（制版师）" is said 版房师傅
    out = []
    for block in draft.sections[0].blocks[:4] if draft.sections else []:
        for m in _CLAUSE.finditer(block.text if block.type == BlockType.text else ""):
            clause = m.group().strip()
            if any(n and clause.startswith(n) for n in names) or _SUBJECT.match(clause):
                out += [found["name"].strip() for found in _NICKNAME.finditer(clause)]
    return out


def _prose_facts(draft: _Draft, vocab: Vocab) -> tuple[dict[str, ProfileItem], set[int]]:
    """Facts the sentences under a post's heading state: "药房管理员隶属运营部，直接上级为运营经理，
    工作地点为西湖中心院药房" (a label and 为/是/在, or a wording of fields.toml ``prose_facts``); and
    the lines of list entries that state only such facts (no duty of the post)."""
    names = sorted(_post_names(draft), key=longest_first)
    out: dict[str, ProfileItem] = {}
    stated: set[int] = set()
    # the post's head: its sections before its first list ("人数 | 4", a card's tags)
    head = list(itertools.takewhile(lambda sec: sec.kind not in (SectionKind.duties, SectionKind.qualifications, SectionKind.kpi),
                                    draft.sections)) or draft.sections[:1]
    first = [b for sec in head for b in sec.blocks][:8]
    if all(b.type == BlockType.heading for b in first):
        # "X岗位职责" > "一、职责总述：" > "在物流总监的直接领导下，…": the post's first sentence, under its first part
        first += next(([b for b in sec.blocks[:4]] for sec in draft.sections if any(b.type != BlockType.heading for b in sec.blocks)), [])
    # a labelled clause in any paragraph of the post ("实行24小时轮班，汇报对象：路政中队长。" under its duties)
    later = [b for sec in draft.sections[len(head):] for b in sec.blocks if b.type == BlockType.text]
    for block in [*first, *later]:
        if block.type not in (BlockType.text, BlockType.item):
            continue
        bare = block.text.strip()
        if block in first and block.type == BlockType.text and "\n" not in bare:
            # a card's tags under its title ("路政大队", "5500-7000元/月"): the unit, the pay
            key = ("pay" if _BARE_PAY.match(bare) else "department" if is_unit_name(bare, vocab)
                   else "location" if len(bare) <= 16 and re.fullmatch(r"[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff\d]{2,8}", bare) else None)
            if key and key not in out and (item := _item(block, bare, category=key)) is not None:
                out[key] = item
                continue
        clauses = list(_CLAUSE.finditer(mk.strip_marker(block.text.strip().replace("\n", ""))))
        read = 0
        for m in clauses:
            clause = m.group().strip()
            if clause.endswith(("?", "？")):
                continue  # "您的上级是谁？" (an interview's question): it asks the fact, states nothing
            # ("调度员由调度中心主任直接领导" after its duty list: a sentence whose subject is the post)
            subject = next((n for n in names if n and clause.startswith(n)), None)
            clause = clause[len(subject):] if subject else clause
            clause = _SUBJECT.sub("", clause).strip()
            found = _LABELLED_CLAUSE.match(clause)
            key = vocab.field_key(found["label"]) if found else None
            value = found["value"] if found and key in PROFILE_FACTS else None
            if value is None and (block in first or subject is not None):
                # (a wording runs on into the clause, "带领{}负责…", in a sentence, not in a list's entry: "带领服务员
                # 完成楼面接待" is a duty; there the wording must end the clause, as one closed by 下 need not)
                key, hit = next(((k, said) for k, w in vocab.prose_wordings if (said := w.match(clause))
                                 and (block.type != BlockType.item or said.end() == len(clause) or w.pattern.endswith("下"))),
                                (None, None))  # fmt: skip
                value = hit["value"] if hit else None
            if key is None or value is None or key in out:
                continue
            spec = vocab.lexicon.fields.fields.get(key)
            if spec is not None and spec.value and not re.search(spec.value, value):
                continue  # not a value of this fact ("编制：人力资源部" under 签批 is no headcount)
            if key == "location" and any(w in value for w in vocab.lexicon.fields.not_places):
                continue  # "在展厅经理的带领下开展工作": who leads, no place
            if key == "reports_to" and not has_role_suffix(value.strip(), vocab) and re.search(r"[、的]", value):
                continue  # "对转运中心的时效、质量、成本和安全全面负责": what the post answers for, no superior
            if key == "subordinates" and not _names_posts(value, vocab):
                continue  # "带样衣工2名", "管理餐饮主管、…四个岗位" name posts; "带领团队完成…" is a duty
            # "所在部门为DTP专业药房（位于解放路188号，毗邻…）": the clause ends inside a bracket, whose note is no
            # part of the value; a note saying where the unit is gives the place
            placed = _PLACE_NOTE.search(value)
            if key == "department" and placed and "location" not in out and (at := _item(block, placed[1].strip(), category="location")):
                out["location"] = at
            value = _OPEN_BRACKET_TAIL.sub("", value)
            item = _item(block, value.strip(), category=key) if value.strip() else None
            if item is not None:
                sentence = next((x.strip() for x in re.split(r"[。；;]", mk.strip_marker(block.text.strip().replace("\n", ""))) if clause in x), "")
                out[key] = item.model_copy(update={"sentence": sentence}) if value.strip() != sentence and len(sentence) <= 80 else item
                read += 1
        if block.type == BlockType.item and read >= 2 and read >= len(clauses) - 1:
            stated.add(block.span.line_start)  # "2.1 稽查专员隶属稽查部，直接上级为稽查部部长，常驻江川总部…"
    return out, stated


def _aliases(title: str, raw: list[str], department: str | None, vocab: Vocab) -> tuple[str, list[str]]:
    """The title to show and the other spellings: headcounts, "A/B" titles, bare 经理 under a 部门."""
    aliases: list[str] = []
    for r in raw:
        r = normalize_title(mk.strip_marker(r)).lstrip("#").strip().rstrip(":：")
        # "文案策划（2名）": the same title with a headcount or filler around it.
        # (not "护理岗位说明书（2024版）｜病区护士长": the document's name, then the post the page is for)
        if r and r != title and "|" not in r and (squash(strip_title_noise(r, vocab)) == squash(title) or (department and title == department + r)):
            aliases.append(r)
        # "服务顾问（SA）" above the grid of 服务顾问, "Data Analyst（数据分析师）": the abbreviation or
        # the other-language name is what people may call it
        names = two_names(mk.strip_marker(r or "").strip())
        if names and squash(re.sub(r"\s+[A-Za-z][A-Za-z &]*$", "", names[0])) == squash(title):
            aliases.append(names[1])  # "工艺工程师 Process Engineer（PE）": the name in either language
        # "电子电气员/ETO", "水手长/Bosun": a crew list's title with its English name or abbreviation
        english = english_beside(r or "")
        if english and squash(english[0]) == squash(title):
            aliases.append(english[1])
        # "五、锅底师傅（炒料师傅）" over the 锅底师傅's facts: the bracketed title is another name of it
        both = re.match(r"^(?P<core>[^()（）]+)[(（](?P<inner>[^()（）]{3,10})[)）]$", strip_title_noise(r, vocab) if r else "")
        if both and squash(both.group("core")) == squash(title) and has_role_suffix(both.group("inner"), vocab):
            aliases.append(both.group("inner").strip())
    cues = "|".join(re.escape(c) for c in sorted(vocab.lexicon.roles.short_name_cues, key=len, reverse=True))
    for r in raw if cues else []:
        # "口腔卫生士（岗位编码YL-04，门诊习惯称“洁牙师”）": a short name inside a longer note
        inner = re.search(rf"[(（][^()（）]*?(?:{cues})[:：]?\s*[“\"「]?(?P<short>[^()（）“”\"「」,，;；]{{2,12}})", r)
        own = squash(normalize_title(mk.strip_marker(r)).split("(")[0]) == squash(title)  # this post's heading, not another's
        if inner and own and squash(inner.group("short")) != squash(title):
            aliases.append(inner.group("short").strip())
    short = re.match(rf"^(?P<core>[^()（）]+)[(（]\s*(?:{cues})[:：]?\s*[“\"「]?(?P<short>[^()（）“”\"「」]+)[”\"」]?\s*[)）]$", title) if cues else None
    if short:
        # "中控室运行值班员（简称中控员）": the post is the core title, the short name an alias
        aliases += [title, short.group("short").strip()]
        title = short.group("core").strip()
    if "/" in title:
        aliases.extend(p.strip() for p in title.split("/") if p.strip())
    paren = re.match(r"^(?P<core>[^()（）]+)[(（](?P<inner>[^()（）]+)[)）]$", title)
    if paren:
        aliases.append(paren.group("core").strip())
        if has_role_suffix(paren.group("inner").strip(), vocab):
            aliases.append(paren.group("inner").strip())
        elif len(paren.group("inner").strip()) <= 8 and not re.search(r"[\d,，、;；]", paren.group("inner")):
            # "护士长（滨江门诊）" is what people call the 滨江门诊护士长
            aliases.append(paren.group("inner").strip() + paren.group("core").strip())
    if vocab.unit_title(title, department):
        aliases.append(title)
        title = department + title  # "经理" under "所属部门: 财务部" is the 财务部经理
    return title, list(dict.fromkeys(a for a in aliases if a != title))


def _void(draft: _Draft, vocab: Vocab) -> bool:
    """A post's part that says, in its heading or the line right under it, that it is no longer in
    force ("消毒供应员岗位说明书（2021版）" over "本页为2021版，已于…作废，仅供存档查阅")."""
    first = draft.sections[0]
    body = [b for b in first.blocks if b.type != BlockType.heading]
    named = next((i for i, b in enumerate(body) if b.key == "title"), 0)
    # a note above the form's 岗位名称 ("说明：…删除线文字已失效") is the document's, not the post's
    lead = [first.heading or ""] + [b.text for b in body[named:]][:1]
    if len(draft.sections) > 1 and not [b for b in first.blocks if b.type != BlockType.heading]:
        lead += [b.text for b in draft.sections[1].blocks if b.type == BlockType.text][:1]
    return any(m in text for m in vocab.lexicon.sections.void_markers for text in lead)


def _void_lead(article: Article, draft: _Draft, vocab: Vocab) -> bool:
    """A post whose form opens right under lines saying what follows is no longer in force ("附录　婚礼督导
    岗位说明书（V2.0，已废止）" / "（本附录内容已被第3版替代，不再执行。）" over "岗位：婚礼督导；…"), the lines
    left at the end of the part before it."""
    at = next((n for n, sec in enumerate(article.sections) if sec is draft.sections[0]), 0)
    if at == 0 or draft.sections[0].heading:
        return False
    lead = []
    for block in reversed(article.sections[at - 1].blocks):
        if block.type not in (BlockType.text, BlockType.item) or len(lead) >= 2:
            if block.type == BlockType.heading and block.key != "header" and not lead:
                lead.append(block.text)  # "附件　2022年版仓储保管员岗位说明（已废止，仅供对照）" right above its form
            break
        lead.append(block.text)
    if at >= 2 and all(b.type == BlockType.heading for b in article.sections[at - 1].blocks):
        # a letter's number over its salutation ("康人聘〔2023〕15号（已作废…）" / "王建同志："): both head it
        lead += [b.text for b in article.sections[at - 2].blocks if b.type == BlockType.heading][:1]
    # (a version or an appendix said to be void, not any line that names something stopped)
    return any(m in text for m in vocab.lexicon.sections.void_markers for text in lead) and any(_VERSIONED.search(t) for t in lead)


_VERSIONED = re.compile(r"附录|附件|版|[Vv]\d")


_QUESTION = re.compile(r"[?？]\s*$")
_QUESTION_NUMBER = re.compile(r"^\s*(?:Q|问题?)\s*\d{1,2}\s*[:：.、]?\s*$", re.IGNORECASE)  # "Q2", "问3"
_ANSWER_SENTENCE = re.compile(r"[^。；;！!]+[。；;！!]?")


def _asked_kind(question: str, vocab: Vocab) -> SectionKind | None:
    """What an interviewer's question asks of the post ("请说说您的主要工作" the duties, "上岗要什么
    条件" the requirements), by the intents' cue words and the requirement categories' words."""
    q = question.lower()
    cues = vocab.lexicon.intents.intents
    duty = any(c in q for c in (cues["duty"].cues if "duty" in cues else []) if len(c) >= 2)
    wanted = [*(cues["qualification"].cues if "qualification" in cues else [])]
    wanted += [w for key in _CORE_REQUIREMENTS for w in vocab.lexicon.sections.qualification_categories.get(key, [])]
    qual = any(c in q for c in wanted if len(c) >= 2)
    return SectionKind.duties if duty and not qual else SectionKind.qualifications if qual and not duty else None


def _answered(draft: _Draft, vocab: Vocab) -> dict[SectionKind, list[ProfileItem]]:
    """A post's interview record ("Q2 | 请按一天的顺序说说您的主要工作。| 每天上班先做室内质控…"): each
    answer's sentences are items of what its question asks. A question is a line ending in a question
    mark, or the line after (or the value of) a "Q2" label; its answer is the next paragraph."""
    out: dict[SectionKind, list[ProfileItem]] = {}
    question: str | None = None
    numbered = False  # a "Q2" heading: the next paragraph is the question
    for block in (b for sec in draft.sections if sec.kind == SectionKind.prose for b in sec.blocks):
        if block.type == BlockType.heading:
            numbered, question = bool(_QUESTION_NUMBER.match(block.text)), None
        elif block.type == BlockType.field and _QUESTION_NUMBER.match(block.label or ""):
            numbered, question = False, field_value(block)
        elif block.type == BlockType.text and (numbered or question is None and _QUESTION.search(block.text)):
            numbered, question = False, block.text
        elif block.type == BlockType.text and question is not None:
            kind = _asked_kind(question, vocab)
            question = None
            if kind is None or _QUESTION.search(block.text):
                continue
            for m in _ANSWER_SENTENCE.finditer(block.text.replace("\n", "")):
                sentence = m.group().strip()
                if len(sentence) >= 4 and (item := _item(block, sentence.rstrip("。；;"))) is not None:
                    out.setdefault(kind, []).append(item)
        else:
            numbered, question = False, None
    return out


def _titled_whole(section: Section, vocab: Vocab) -> bool:
    """A post's opening section titled as its whole description ("内科住院医师岗位手册"), not as a list."""
    if not section.opens_role or not section.heading:
        return False
    split = vocab.kind_suffix(section.heading)
    whole = {squash(w) for w in vocab.doc_kinds.get("job_description", ())}
    return split is not None and squash(split[2]) in whole and vocab.section_kind(split[2]) is None


def extract_profiles(article: Article, vocab: Vocab, doc_title: str | None = None) -> list[JobProfile]:
    drafts: list[_Draft] = []
    current: _Draft | None = None
    for section in article.sections:
        if section.role is None:
            current = None
            drafts.extend(_facts_by_post(section, vocab))
            continue
        if section.opens_role and not (
            # (a part of the same post naming it again, "IMAX放映技术员的主要职责如下：" under "2.1
            # IMAX放映技术员" and its facts, goes on with it while that kind has no items yet)
            # and when what it has of that kind stood under the post's bare title: "2.2 设备工程师" over
            # "设备工程师隶属区域技术部…负责…", then "设备工程师的主要职责："
            current is not None and same_role(current.role, section.role) and section.kind != SectionKind.prose
            and (section.kind not in current.kinds or not current.lists.get(section.kind)
                 or all(s.opens_role and vocab.kind_suffix(s.heading or "") is None for s in current.sections if s.kind == section.kind))
        ):
            current = _Draft(role=section.role, department=section.department, organisation=section.organisation,
                             source=_source(section))
            drafts.append(current)
        elif current is None or not same_role(current.role, section.role):
            current = _Draft(role=section.role, department=section.department, organisation=section.organisation,
                             source=_source(section))
            drafts.append(current)
        if current.sections and section.heading and _VERSIONED.search(section.heading) and any(
                m in section.heading for m in vocab.lexicon.sections.void_markers):  # fmt: skip
            continue  # "附件：2021年版遗体接运员岗位职责（已废止）" run on under the post: an old list, none of its own
        current.sections.append(section)
        for key, item in _fields(section, vocab).items():
            _add_field(current.fields, key, item)
        if section.kind == SectionKind.prose:
            # a job card's fact list ("学历：大专", "经验：1年以上") outside any requirement list
            for key, item in _labelled_items(section, vocab):
                current.fields.setdefault(key, item)
            for kind, items in _labelled_parts(section, vocab).items():
                current.kinds.add(kind)
                current.lists.setdefault(kind, []).extend(items)
        headed = _headed_fact(section, vocab)
        if headed is not None:
            current.fields.setdefault(*headed)
        if section.kind == SectionKind.prose and section.opens_role:
            # a job card's tags under its title ("市场营销部" "杭州·总部" "本科" "2年以上" "7-10K")
            for key, item in _card_tags(section, vocab):
                current.fields.setdefault(key, item)
        elif (tag := _tag_section(section)) is not None and _pay_line(section) is None and current.sections[:-1] and all(
                s.opens_role or _tag_section(s) for s in current.sections[:-1]):  # fmt: skip
            # the same tags as headings of their own, right under the card's title
            tags: list[tuple[str, ProfileItem]] = []
            _add_tag(tags, tag, section.span.file, section.span.line_start, vocab)
            for key, item in tags:
                current.fields.setdefault(key, item)
        elif (meta := _meta_heading(section, vocab)) and current.sections[:-1] and all(
                s.opens_role or _tag_section(s) for s in current.sections[:-1]):  # fmt: skip
            # "临港天街购物中心 | 工程部 | 1人" beside a posting's title, its facts under it: place, unit, headcount
            for key, item in meta:
                current.fields.setdefault(key, item)
        if section.kind == SectionKind.prose and not section.opens_role and (pay_line := _pay_line(section)) is not None:
            # a job card's unlabelled "平湖仓 6500-8500元/月" under the title: its pay (and place);
            # "监控调度中心 ｜ 湖州总部 ｜ 5000-6500元/月": its unit, place and pay, each apart
            for key, item in _card_meta(pay_line, vocab):
                current.fields.setdefault(key, item)
        if section.kind in _LIST_KINDS:
            current.kinds.add(section.kind)
            listed = _section_items(section, vocab)
            after = _work_after_facts(section, vocab)
            if after:
                # "学历：… / 经验：… / 证书：…" in a box, then the post's "（一）依据SRM…进行测量…": its duties
                moved = {a.span.line_start for a in after}
                listed = [i for i in listed if i.span.line_start not in moved]
                current.kinds.add(SectionKind.duties)
                current.lists.setdefault(SectionKind.duties, []).extend(after)
            current.lists.setdefault(section.kind, []).extend(listed)
            own = vocab.section_kind(mk.strip_marker(section.heading or "").strip().rstrip(":：")) == section.kind
            whole = _titled_whole(section, vocab)
            current.whole = current.whole or whole
            if whole or (current.whole and not (own or section.opens_role) and section.kind not in current.headed
                         and not any(b.type == BlockType.field for b in section.blocks)):  # fmt: skip
                # (and "## 1 岗位定位" under it, before the post's "## 2 工作职责": its kind is the title's)
                current.implied.extend((section.kind, item) for item in listed)
            elif own and not section.opens_role:
                current.headed.add(section.kind)
            if section.kind == SectionKind.duties:
                current.lists.setdefault(SectionKind.qualifications, []).extend(_trailing_requirements(section, vocab))
        for block in section.blocks:
            if block.type == BlockType.heading and block.text and section.opens_role:
                current.raw.append(block.text.rstrip(":："))
    drafts += [sub for d in list(drafts) if d.source != "listed" for sub in _subject_posts(d, vocab)]
    for draft in [d for d in drafts if d.source == "listed" and d.lists]:
        # "（一）医保办专员：1.审核…" under 岗位职责, after the table of the posts' requirements: the
        # post's list joins what the same document says of it elsewhere
        host = next((d for d in drafts if d is not draft and squash(d.role) == squash(draft.role) and d.source != "listed"), None)
        if host is not None:
            for kind, items in draft.lists.items():
                if not host.lists.get(kind):
                    host.lists[kind] = items
                    host.kinds.add(kind)
            drafts.remove(draft)
    for draft in drafts:
        # "内科住院医师岗位手册 / > 适用：… / ## 2 工作职责 / 1. …": the post's own duties heading says
        # what its duties are; the lines under the document's title are its notes
        dropped = {id(item) for kind, item in draft.implied if kind in draft.headed}
        if dropped:
            draft.lists = {kind: [i for i in items if id(i) not in dropped] for kind, items in draft.lists.items()}
    profiles: list[JobProfile] = []
    # a sheet or part titled as no longer in force ("2023版（已停用）"): none of its posts is current
    void = any(m in (article.title or "") for m in vocab.lexicon.sections.void_markers)
    for pos, draft in enumerate(drafts):
        if void or _void(draft, vocab) or _void_lead(article, draft, vocab) or _collection_title(draft, drafts[pos + 1 :], vocab):
            continue
        lists = draft.lists
        nxt = drafts[pos + 1] if pos + 1 < len(drafts) else None
        if nxt is not None and same_role(nxt.role, draft.role) and not _has_items(draft):
            continue  # a title and an intro paragraph, then the same role for real: not a posting
        listed_quals = bool(lists.get(SectionKind.qualifications))
        about = not lists.get(SectionKind.duties) and _about_its_post(draft.sections[0], vocab)
        if (not lists.get(SectionKind.duties) and (not listed_quals or about) and draft.source != "table"
                and draft.sections[0].opens_role and (HEADCOUNT_NOTE.search(draft.sections[0].heading or "")
                                                      or (draft.sections[0].heading or "").endswith((":", "：")) or about)):  # fmt: skip
            # a posting written as prose ("…主要负责…。我们希望你有本科及以上学历…"), or a paragraph run
            # in after the post's name ("营养师：隶属膳食部…。负责…"): its sentences sorted into what the
            # post does and whom it wants; its pay and place as facts
            prose, facts = _prose_posting(draft.sections, vocab)
            if listed_quals:
                # "（一）前台接待。前台接待隶属…主要职责：负责…" over its own "任职要求：" list: the
                # paragraph gives the duties, the list the requirements
                prose.pop(SectionKind.qualifications, None)
            lists = {**lists, **prose}
            for key, item in facts:
                draft.fields.setdefault(key, item)
        elif lists.get(SectionKind.duties) and not listed_quals and draft.source != "table":
            # "3.1 管网巡检员" over a paragraph ("…本岗位要求高中及以上学历，身体健康…") and its run-in duty
            # list: the paragraph's sentences that say whom the post wants are its requirements
            prose, _ = _prose_posting(draft.sections, vocab)
            wanted = prose.get(SectionKind.qualifications, [])
            # (a sentence naming a degree, experience, a certificate or a major: others, "回访方式：…", are no requirements)
            if any(vocab.qualification_category(q.text) in _CORE_REQUIREMENTS for q in wanted):
                # (the paragraph's requirement clauses, read as entries of the list it stood in, are none of its duties)
                said = {squash(q.text).rstrip("。；;") for q in wanted}
                lists = {**lists, SectionKind.qualifications: wanted,
                         SectionKind.duties: [d for d in lists[SectionKind.duties] if squash(d.text).rstrip("。；;") not in said]}
        for kind, items in _answered(draft, vocab).items():
            if not lists.get(kind):
                lists = {**lists, kind: items}  # an interview's answers: what the post does, whom it wants
        facts_read, stated = _prose_facts(draft, vocab)
        for key, item in facts_read.items():
            draft.fields.setdefault(key, item)  # a form's own field beats a sentence's
        if stated and lists.get(SectionKind.duties):
            lists = {**lists, SectionKind.duties: [d for d in lists[SectionKind.duties] if d.span.line_start not in stated]}
        if not (lists.get(SectionKind.duties) or lists.get(SectionKind.qualifications) or lists.get(SectionKind.kpi)):
            # a posting row of facts only ("拣货员 | 嘉兴平湖仓 | 80人 | 22元/小时") is still a posting
            # (a pay-band sheet's row, "收银员 | S1 | 3800 | 4800", is the post's pay)
            # ("[校区校长] 上级 = … 下属 = …": a reporting-lines file's entry is the post's place)
            # ("你的上级：护士长", "上班时间：早班、晚班两班轮换" under a guide's tab of the post: two facts)
            # (a staffing row's shift beside its headcount is no second fact: the row only lists the post)
            facts = sum(k in PROFILE_FACTS for k in draft.fields) + bool(lists.get(SectionKind.benefits) and draft.source != "table")
            # ("水下作业补贴 | 每月200元 | 救生员" in a policy's table of allowances: what the post is paid for, kept)
            # (or "住宿 | 提供免费宿舍 | 生活老师、校医" under 福利项目: a perk the table gives each post it lists,
            # said as "住宿：提供免费宿舍")
            paid = any(vocab.names_allowance(item.heading or "") or item.heading and item.text.startswith(f"{item.heading}：")
                       for item in lists.get(SectionKind.benefits, []))  # fmt: skip
            # ("熏蒸员 | G7 | 熏蒸期轮班值守 | 另享…津贴": a grade and a shift, the post's pay band and hours)
            if "level" in draft.fields and lists.get(SectionKind.benefits):
                facts += 2
            # (a fact a document gives post by post, "（三）客服专员：9:00—18:00" under 班次设置, is kept)
            if draft.source != "listed" and not paid and (
                    draft.source != "table" and not (facts >= 2 and draft.fields.keys() & {"reports_to", "subordinates"})
                    or facts < 2 and "pay" not in draft.fields):  # fmt: skip
                continue
        fields = draft.fields
        boss = fields.get("reports_to")
        if boss is not None and (cut := re.split(r"[;；]", boss.text, maxsplit=1))[0].strip() and len(cut) == 2:
            # "直接上级：集团财务经理；行政班" in a notes cell: the boss, then a note of its own
            fields["reports_to"] = boss.model_copy(update={"text": cut[0].strip()})
        if "location" not in fields and (placed := _placed_heading(draft.sections[0], vocab)) is not None:
            fields["location"] = placed  # "理论教员 · 高新训练场": the card's title names where the post sits
        if "level" not in fields and (graded := _graded_heading(draft.sections[0], vocab)) is not None:
            fields["level"] = graded  # "A1—A3 审计助理": the grades the post spans
        department = _value(fields, "department") or draft.department
        organisation = _value(fields, "organisation") or draft.organisation or article.organisation
        if organisation and department and squash(organisation) == squash(department):
            organisation = None  # "关于在审计技术中心设立…岗位的通知": a unit of the firm, not the firm
        # the article's headings: "服务顾问（SA）" may head the grid before the role opens
        headings = [h for h in (article.title, *(s.heading for s in article.sections)) if h and "(" in normalize_title(h)]
        title, aliases = _aliases(draft.role, [_value(fields, "title") or "", *draft.raw, *headings], department, vocab)
        aliases += [n for n in _nicknames(draft) if n != title and n not in aliases]
        # "别称：销售顾问、会籍销售": the names the form itself gives the post
        aliases += [a for a in re.split(r"[、,，/;；\s]+", _value(fields, "aliases") or "")
                    if 2 <= len(a) <= 12 and a != title and a not in aliases]  # fmt: skip
        spans = [s.span for s in draft.sections]
        stated = sorted((item for key, item in fields.items() if key in QUALIFICATION_KEYS), key=lambda i: i.span.line_start)
        if not lists.get(SectionKind.qualifications) and len(stated) >= FIELD_REQUIREMENTS_MIN:
            # "- 学历：大专及以上", "- 经验：2年以上…" under the post's own heading, no list headed 任职要求:
            # the requirements it states are its requirements
            lists[SectionKind.qualifications] = stated
        purpose = lists.get(SectionKind.purpose, [])
        if not purpose and "purpose" in fields:
            purpose = [fields["purpose"]]
        for kind in (SectionKind.duties, SectionKind.qualifications):
            own = lists.get(kind, [])
            if own and _SAME_AS_ABOVE.match(own[0].text) and profiles and getattr(profiles[-1], _LIST_FIELD[kind]):
                # "任职资格：同上。另：有微生物检验经验者优先": the post above's list, then this one's own lines
                lists[kind] = [*getattr(profiles[-1], _LIST_FIELD[kind]), *own[1:]]
            elif own and (ref := _REFERS_TO.match(own[0].text)):
                # "参照汽修工岗位任职要求执行。": that post's list (cited where it stands) after the line
                named = squash(ref.group("post"))
                other = next((p for p in reversed(profiles) if getattr(p, _LIST_FIELD[kind]) and (
                    squash(p.title) == named or named in {squash(a) for a in p.aliases})), None)  # fmt: skip
                if other is not None:
                    lists[kind] = [own[0], *getattr(other, _LIST_FIELD[kind]), *own[1:]]
        profiles.append(
            JobProfile(
                id=f"{article.id}/p{len(profiles) + 1}",
                title=title,
                aliases=aliases,
                organisation=organisation,
                department=department,
                reports_to=_value(fields, "reports_to"),
                subordinates=_value(fields, "subordinates"),
                location=_value(fields, "location"),
                pay=_value(fields, "pay"),
                article_id=article.id,
                article_title=article.title,
                doc_title=doc_title,
                span=SourceSpan(
                    file=article.file,
                    line_start=min(s.line_start for s in spans),
                    line_end=max(s.line_end for s in spans),
                ),
                purpose=purpose,
                duties=lists.get(SectionKind.duties, []),
                qualifications=lists.get(SectionKind.qualifications, []),
                kpis=lists.get(SectionKind.kpi, []),
                benefits=lists.get(SectionKind.benefits, []),
                fields=fields,
                source=draft.source,
            )
        )
    return _bosses_by_code([one for p in _long_rows(profiles) for one in _each_post(p, vocab)])


LONG_ROW_ITEMS = 2  # items of a table row that holds one element of a post's list
_ROW_MARKS = frozenset({"dimension", "serial"})


def _long_rows(profiles: list[JobProfile]) -> list[JobProfile]:
    """A long table that repeats the post on each row of its list ("停车场管理员 | 学历 | 高中及以上",
    "停车场管理员 | 年龄 | 50周岁以下" …): the rows next to each other of one post (same title and code)
    are one profile, as if its cell were merged down."""
    out: list[JobProfile] = []
    for p in profiles:
        last = out[-1] if out else None
        code = p.fields.get("code")
        if (last is not None and p.source == "table" and last.source == "table" and squash(p.title) == squash(last.title)
                and (code.text if code else None) == ((c.text if (c := last.fields.get("code")) else None))
                and 0 <= p.span.line_start - last.span.line_end <= 1
                and 1 <= len(p.duties) + len(p.qualifications) <= LONG_ROW_ITEMS
                # (two grades or postings of the post differ in a fact: "初级 | 1年以上", "中级 | 3年以上"; a row's
                # 必备/优先 mark or number is no fact of the post)
                and not any(k not in _ROW_MARKS and k in last.fields and last.fields[k].text != v.text for k, v in p.fields.items())):  # fmt: skip
            def more(mine: list[ProfileItem], theirs: list[ProfileItem]) -> list[ProfileItem]:
                return [*mine, *(i for i in theirs if i.text not in {m.text for m in mine})]
            out[-1] = last.model_copy(update={
                "duties": more(last.duties, p.duties), "qualifications": more(last.qualifications, p.qualifications),
                "benefits": more(last.benefits, p.benefits), "kpis": more(last.kpis, p.kpis),
                "fields": {**p.fields, **last.fields},
                "span": last.span.model_copy(update={"line_end": max(last.span.line_end, p.span.line_end)}),
            })
            continue
        out.append(p)
    return out


def _each_post(profile: JobProfile, vocab: Vocab) -> list[JobProfile]:
    """A table row whose post cell lists several posts ("查勘员/定损员/渠道经理", "合规专员、人伤理赔专员",
    a certificate the row says each of them must hold): the row is each post's, not one post under
    several names (a document's own "A/B" heading, 行政主管/行政经理助理, stays one post)."""
    if profile.source != "table" and (profile.duties or profile.qualifications):
        return [profile]  # (a KPI library's rows under such a cell describe nothing else either)
    posts = listed_posts(profile.title, vocab)
    if not posts:
        return [profile]
    return [profile.model_copy(update={"id": f"{profile.id}~{i}", "title": post, "aliases": []}) for i, post in enumerate(posts, 1)]


def _placed_heading(section: Section, vocab: Vocab) -> ProfileItem | None:
    """The place after a card title's dot ("理论教员 · 高新训练场", "客服专员·杭州"), not a unit of the firm."""
    head = next((b for b in section.blocks if b.type == BlockType.heading), None)
    m = TITLE_DOT_PLACE.match(normalize_title(head.text).strip()) if head is not None and section.opens_role else None
    if m is None or is_unit_name(m["where"].strip(), vocab) or not has_role_suffix(m["title"], vocab):
        return None
    return _item(head, m["where"].strip(), category="location", heading=head.text)


def _graded_heading(section: Section, vocab: Vocab) -> ProfileItem | None:
    """The grade codes in front of the title of a post's heading ("三、M 项目经理(Manager)")."""
    head = next((b for b in section.blocks if b.type == BlockType.heading), None) if section.opens_role else None
    graded = GRADE_PREFIX.match(strip_title_noise(mk.strip_marker(head.text), vocab)) if head is not None else None
    return _item(head, graded["grade"], category="level") if head is not None and graded is not None else None


def _bosses_by_code(profiles: list[JobProfile]) -> list[JobProfile]:
    """"上级岗位编码 CW-10" in an HR system's export: the post whose own 岗位编码 is CW-10 is the
    boss, cited on the line that names it."""
    by_code = {squash(p.fields["code"].text): p for p in profiles if "code" in p.fields and "title" in p.fields}
    out = []
    for p in profiles:
        boss = by_code.get(squash(p.fields["reports_to_code"].text)) if "reports_to_code" in p.fields else None
        if boss is not None and boss is not p and not p.reports_to:
            named = boss.fields["title"]
            item = ProfileItem(text=boss.title, span=named.span, line_nos=named.line_nos, category="reports_to",
                               heading=p.fields["reports_to_code"].heading)  # fmt: skip
            p = p.model_copy(update={"reports_to": boss.title, "fields": {**p.fields, "reports_to": item}})
        out.append(p)
    return out


_SAME_AS_ABOVE = re.compile(r"^\s*(?:\d{1,2}[.、．]\s*)?(?:同上|同前|与上一?岗位相同)\s*[。.;；,，]?\s*$")
_REFERS_TO = re.compile(r"^\s*(?:\d{1,2}[.、．]\s*)?(?:参照|参考|同)(?P<post>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:岗位|职位|岗)?(?:的)?"
                        r"(?:任职要求|任职资格|任职条件|岗位职责|职责|要求|标准)?(?:执行|办理)?\s*[。.;；]?\s*$")
_LIST_FIELD = {SectionKind.duties: "duties", SectionKind.qualifications: "qualifications"}
_SENTENCE_SPLIT = re.compile(r"(?<=[。；;!！?？])")
_CLAUSE_SPLIT = re.compile(r"[，,]")
# (the subject of "应聘销售顾问需具备…", "站长应具有…", "任职要求为…" is no part of the requirement; "应聘" is no modal 应)
_REQUIRE_CUE = re.compile(r"^(?:我们)?(?:希望你|希望您|任职要求为|要求|应聘者|应聘人员|任职者"
                          r"|[^，,:：]{1,12}?(?=(?:需要|需|须|必须|应)(?:具备|具有)))?(?:需要|需|须|必须|应(?!聘))?(?:有|具备|具有)?")
_PLEASE = re.compile(r"(?<![申邀聘])请(?:以|将|在|把|发|注|勿|于|直接|务必|附|寄|投|不要|按)")  # the applicant told what to do
_APPLY_LABEL = re.compile(r"^\s*(?:报名|应聘|投递|简历投递|联系)(?:方式|办法|时间|地址|邮箱|截止)\s*[:：]")  # "报名方式：将简历发送至…"
_APPLY_CUE = re.compile(r"报名|简历|邮箱|邮件|截止|联系电话|咨询电话")
_DUTY_CUE = re.compile(r"负责|工作|职责|主要|日常|协助|承担")
_OWN_DUTY = re.compile(r"负责|协助|承担")  # "负责…服务咨询电话接听": a duty, not how to apply
_PLACE_CUE = re.compile(r"工作地点|上班地点|办公地点")


_CHANGED = re.compile(r"由[^，,。；;]{1,20}?(?:提高|提升|上调|下调|降低|降为|调整|增加|减少|改)(?:至|到|为)")


def _prose_posting(sections: list[Section], vocab: Vocab) -> tuple[dict[SectionKind, list[ProfileItem]], list[tuple[str, ProfileItem]]]:
    """Duties, requirements and facts of a posting written as paragraphs, sentence by sentence:
    a sentence that states requirements (学历, 经验, 证书 … or "希望你/应聘者需…") gives one item per
    clause; pay and place clauses are facts; application instructions are neither; what is left
    and says what the post does is a duty."""
    lists: dict[SectionKind, list[ProfileItem]] = {}
    facts: list[tuple[str, ProfileItem]] = []
    for section in sections:
        if section.kind != SectionKind.prose and not (section.opens_role and vocab.kind_suffix(section.heading or "") is None):
            # "二、福利待遇" under the post: what it offers, said in its own section (the post's bare
            # title, "2.2 设备工程师" in a chapter of duties, heads a paragraph about it all)
            continue
        for block in _paragraphs(section.blocks):
            describes = False  # the paragraph has said what the post does: its other sentences too
            wanted = False  # ... or whom it wants: "…专业；三年以上…经验；熟练使用…" goes on with requirements
            for sentence in (x.strip() for x in _SENTENCE_SPLIT.split(block.text)):
                body = sentence.rstrip("。；;!！?？ ")
                if len(body) < 4 or _APPLY_CUE.search(body) and not _OWN_DUTY.search(body):
                    continue
                clauses = [c.strip() for c in _CLAUSE_SPLIT.split(body) if c.strip()]
                cue = _REQUIRE_CUE.match(body)
                found = sum(vocab.qualification_category(c) is not None for c in clauses)
                wants = bool(cue and cue.group().removeprefix("我们")) or found >= 2 or wanted and found >= 1
                wanted = wants
                if wants:
                    for clause in clauses:
                        _prose_clause(lists, facts, block, clause, vocab, requirement=True)
                elif (MONEY.search(body) or _PLACE_CUE.search(body)) and not _CHANGED.search(body):
                    # ("…夜间出车补贴由每晚50元提高至80元": a notice of a change, no pay the posting offers)
                    for clause in clauses:
                        _prose_clause(lists, facts, block, clause, vocab, requirement=False)
                elif (describes or _DUTY_CUE.search(body)) and not re.search(r"招聘\S{0,12}$", body):
                    lead = re.match(r"^([\u4e00-\u9fff]{2,6})[:：]\s*", body)
                    if lead and squash(lead.group(1)) in vocab.kind_words:
                        body = body[lead.end():]  # "主要职责：负责…": the list's label is no part of its first entry
                    item = _item(block, text=body)
                    if item is not None:
                        lists.setdefault(SectionKind.duties, []).append(item)
                        describes = True
    return lists, facts


_CORE_REQUIREMENTS = frozenset({"education", "experience", "certificate", "major"})


def _trailing_requirements(section: Section, vocab: Vocab) -> list[ProfileItem]:
    """"第五条 站长安全职责" and its items, then "站长应具有机电类大专及以上学历，持有…证书，并具有5年以上…
    经验。": a rule book's sentence after a post's duty list saying whom the post wants. Its clauses
    are the post's requirements (a sentence naming degree, experience or certificate, and one more)."""
    items = [b for b in section.blocks if b.type == BlockType.item]
    if not items:
        return []
    after = [b for b in section.blocks if b.type == BlockType.text and b.span.line_start > items[-1].span.line_end]
    lists: dict[SectionKind, list[ProfileItem]] = {}
    facts: list[tuple[str, ProfileItem]] = []
    for block in _paragraphs(after):
        wanted = False  # "…学历，专业不限；须持有C1驾驶证；形象气质佳。": the paragraph goes on with requirements
        # ("第六条 调度员应具备…" wrapped over two lines: the article's number is no part of the sentence)
        for sentence in (x.strip() for x in _SENTENCE_SPLIT.split(mk.strip_marker(block.text.replace("\n", "")))):
            body = sentence.rstrip("。；;!！?？ ")
            clauses = [c.strip() for c in _CLAUSE_SPLIT.split(body) if c.strip()]
            found = [vocab.qualification_category(c) for c in clauses]
            # ("要求大专及以上学历，普通话二级甲等以上。": a sentence that says it is the requirements)
            asks = body.startswith(("要求", "需具备", "须具备", "应具备", "应具有", "需要具备"))
            if ((sum(c is not None for c in found) >= 2 or asks) and _CORE_REQUIREMENTS & set(found)
                    or wanted and any(c is not None for c in found)):
                wanted = True
                for clause in clauses:
                    _prose_clause(lists, facts, block, clause, vocab, requirement=True)
            else:
                wanted = False
    return lists.get(SectionKind.qualifications, [])


def _about_its_post(section: Section, vocab: Vocab) -> bool:
    """"一、销售经理" over "销售经理隶属于营销中心…": the post's heading, then a paragraph about it."""
    text = next((b.text for b in section.blocks if b.type == BlockType.text), None)
    return text is not None and names_its_post(mk.strip_marker(section.heading or ""), text, vocab)


def _paragraphs(blocks: list[Block]) -> list[Block]:
    """Text blocks joined into paragraphs: a PDF wraps a paragraph's lines, each a block of its own,
    and a sentence may run across the wrap."""
    out: list[Block] = []
    for block in blocks:
        if block.type != BlockType.text:
            continue
        last = out[-1] if out else None
        if (last is not None and last.text and last.text[-1] not in "。；;!！?？:："
                and block.span.line_start == last.span.line_end + 1):
            out[-1] = last.model_copy(update={
                "text": last.text + "\n" + block.text, "line_nos": last.line_nos + block.line_nos,
                "lines": last.lines + block.lines,
                "span": SourceSpan(file=last.span.file, line_start=last.span.line_start, line_end=block.span.line_end)})
        else:
            out.append(block)
    return out


def _prose_clause(lists: dict[SectionKind, list[ProfileItem]], facts: list[tuple[str, ProfileItem]], block: Block,
                  clause: str, vocab: Vocab, requirement: bool) -> None:  # fmt: skip
    """One clause of a posting's sentence: pay, place, a requirement, or nothing."""
    keys = dict(facts)
    if MONEY.search(clause) and "pay" not in keys:
        item = _item(block, text=clause, category="pay")
        if item is not None:
            facts.append(("pay", item))
    elif _PLACE_CUE.search(clause) and "location" not in keys:
        value = re.sub(r"^.*?(?:工作地点|上班地点|办公地点)(?:在|为|是|:|：)?", "", clause).strip()
        item = _item(block, text=value or clause, category="location")
        if item is not None:
            facts.append(("location", item))
    elif requirement:
        if squash(re.sub(r"(?:方面|来说|而言|上)$", "", clause)) in vocab.kind_words:
            return  # "任职要求方面，需具备…": the clause that names the topic, no requirement
        if _states_fact(clause, vocab):
            return  # "车队安全员隶属车队，直接上级为车队队长，要求…": the post's facts, no requirement
        text = _REQUIRE_CUE.sub("", clause, count=1)
        item = _item(block, text=text or clause, category=vocab.qualification_category(clause))
        if item is not None and len(item.text) >= 2:
            lists.setdefault(SectionKind.qualifications, []).append(item)


_SUBJECT_MAX = 12  # characters of a post's name before the fact a clause states of it


def _names_posts(value: str, vocab: Vocab) -> bool:
    """Whether a clause's value names posts ("样衣工2名", "舞台监督和演出助理"), its last one ending as a title does."""
    return has_role_suffix(re.split(r"[、和及与]", _COUNT_TAIL.sub("", value))[-1], vocab)


def _states_fact(clause: str, vocab: Vocab) -> bool:
    """Whether a clause states a fact of the post ("隶属车队", "直接上级为车队队长"), after its subject."""
    for start in range(min(len(clause) - 2, _SUBJECT_MAX) + 1):
        rest = clause[start:]
        # ("具有5年以上索道运营管理经验": 管理 then no post, a requirement, no one the post leads)
        if any((m := w.match(rest)) and (key != "subordinates" or _names_posts(m["value"], vocab)) for key, w in vocab.prose_wordings):
            return True
        found = _LABELLED_CLAUSE.match(rest)
        if found and vocab.field_key(found["label"]) in PROFILE_FACTS:
            return True
    return False


def _headed_fact(section: Section, vocab: Vocab) -> tuple[str, ProfileItem] | None:
    """"五、薪酬" over "按公司管理岗M2级执行，另享夜班津贴。": a fact of the post under a heading
    that is its label (one short paragraph, not a list)."""
    if section.kind != SectionKind.prose or not section.heading:
        return None
    key = vocab.label_key(mk.strip_marker(normalize_title(section.heading)).rstrip(":："))
    body = [b for b in section.blocks if b.type != BlockType.heading]
    # ("表单编号:ZH-JD-02" under it: the next form's code, no more of this fact)
    if (key not in PROFILE_FACTS or not body or body[0].type != BlockType.text or len(body[0].text) > 80
            or any(b.type in (BlockType.text, BlockType.item) and not LABELLED.match(b.text) for b in body[1:])):  # fmt: skip
        return None
    item = _item(body[0], category=key, heading=section.heading)
    return (key, item) if item is not None else None


_META_SPLIT = re.compile(r"\s*[|｜丨·•]\s*|\s+[/／]\s+|\s{2,}")
_STRIP_FACT = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,6})\s*[:：]\s*(?P<value>\S.*)$")


def _card_meta(block: Block, vocab: Vocab, line: str | None = None) -> list[tuple[str, ProfileItem]]:
    """The facts of a card's unlabelled meta line (the block, or one ``line`` of it): a pay figure,
    a unit, a place."""
    whole = (line if line is not None else block.text).strip()
    parts = [p.strip() for p in _META_SPLIT.split(whole) if p.strip()]
    if len(parts) < 2:
        item = _item(block, text=whole, category="pay", heading=None)
        return [("pay", item)] if item is not None else []
    out: list[tuple[str, ProfileItem]] = []
    stated = [m for p in parts if (m := _STRIP_FACT.match(p))]
    if len(stated) >= 2:
        # "岗位速览｜班次：…｜月薪：…｜定员：24人": a strip of labelled facts under its caption (no place)
        for m in stated:
            key = vocab.field_key(m["label"])
            item = _item(block, text=m["value"].strip(), category=key, heading=m["label"]) if key in PROFILE_FACTS else None
            if item is not None and key not in dict(out):
                out.append((key, item))  # type: ignore[arg-type]
        return out
    for part in parts:
        labelled = next(((k, part[len(w):].strip()) for w in vocab.verb_labels if part.startswith(w)
                         and len(part) > len(w) + 1 and (k := vocab.field_key(w))), None)  # fmt: skip
        if labelled is not None:
            # "汇报给营销部经理": a fact said with its label and no colon
            key, value = labelled
            item = _item(block, text=value, category=key, heading=None)
            if item is not None and key not in dict(out):
                out.append((key, item))
            continue
        if MONEY.search(part) or AMOUNT.search(part):
            key = "pay"
        elif is_unit_name(part, vocab):
            key = "department"
        elif not re.search(r"\d", part) and not has_role_suffix(part, vocab) and len(part) <= 24:
            key = "location"
        else:
            continue
        item = _item(block, text=part, category=key, heading=None)
        if item is not None and key not in dict(out):
            out.append((key, item))
    if [k for k, _ in out] == ["pay"]:
        # "6-8K·13薪，另有夜班补贴": no unit or place beside the pay, so the whole line is the pay
        item = _item(block, text=whole, category="pay", heading=None)
        return [("pay", item)] if item is not None else out
    return out


_HEADCOUNT_TAG = re.compile(r"(?:招聘?|需求|共)?\s*\d+\s*(?:人|名)")
_EXPERIENCE_TAG = re.compile(r"\d+\s*年|应届|经验不限|无经验")


def _card_tags(section: Section, vocab: Vocab) -> list[tuple[str, ProfileItem]]:
    """The unlabelled tags of a job card right under its title, each read by its form: a pay
    figure, a span of years, a degree, a unit, a place. A sentence ends the tags."""
    out: list[tuple[str, ProfileItem]] = []
    for block in section.blocks[1:]:
        if block.type == BlockType.text and block is section.blocks[1] and AMOUNT.search(block.text) and len(_META_SPLIT.split(block.text)) > 2:
            # "营销部 ｜ 丽水·景区管委会大楼3楼 ｜ 5500-8000元/月 ｜ 汇报给营销部经理": a card's meta line
            out.extend(_card_meta(block, vocab))
            break
        if block.type != BlockType.item:
            break
        for no, line in block.numbered_lines():
            text = mk.strip_marker(line).strip()
            if not text or text[-1] in mk.TERMINAL_PUNCT or len(text) > 24:
                return out
            if AMOUNT.search(text) and len(_META_SPLIT.split(text)) > 1:
                # "浙江嘉兴·平湖仓6500-8500元/月": a meta line of place and pay, read part by part
                for key, item in _card_meta(block, vocab, line=text):
                    if key not in dict(out):
                        out.append((key, item))
                continue
            _add_tag(out, text, block.span.file, no, vocab)
    return out


def _add_tag(out: list[tuple[str, ProfileItem]], text: str, file: str, no: int, vocab: Vocab) -> None:
    """One tag of a job card, read by its form: years, pay, a degree, a unit, a place."""
    if _HEADCOUNT_TAG.fullmatch(text):
        key: str | None = "headcount"
    elif _EXPERIENCE_TAG.search(text) and not MONEY.search(text):
        key = "experience"
    elif MONEY.search(text) or AMOUNT.search(text) and not _COUNTED.search(text):
        key = "pay"
    elif vocab.qualification_category(text) == "education":
        key = "education"
    elif is_unit_name(text, vocab) or is_unit_name(_NOTE_AFTER.sub("", text), vocab):
        key = "department"  # (and "企划部（会员中心）": the unit, its part in brackets)
    elif _place_tag(text, vocab) and not has_role_suffix(text, vocab):
        key = "location"
    elif _GRADE_TAG.fullmatch(text.strip()):
        key = "level"  # "P6", "M2": the post's grade
    else:
        key = None
    if key is not None and key not in dict(out):
        span = SourceSpan(file=file, line_start=no, line_end=no)
        out.append((key, ProfileItem(text=text, span=span, line_nos=[no], category=key)))


_NOTE_AFTER = re.compile(r"\s*[(（][^()（）]{1,12}[)）]$")
_GRADE_TAG = re.compile(r"[A-Za-z]{1,3}-?\d{1,2}(?:\s*[-~—至/]\s*[A-Za-z]{0,3}\d{1,2})?")  # "P6", "P6-P7", "M2"
_COUNTED = re.compile(r"\d\s*(?:家|个|人|名|次|年|岁|件|张|台|辆|所|间|项|门店)")  # "6-8家门店": a count, not pay


def _place_tag(text: str, vocab: Vocab) -> bool:
    """"杭州·总部", "杭州/宁波", "临江·高新区", "湖州总部": a place as a card writes it (a separator
    between place names, or a place's ending), not any short word."""
    # "城北校区（拱墅区湖州街66号）": the place, then its address in brackets
    text = re.sub(r"\s*[(（][^()（）]{2,30}[)）]$", "", text)
    if re.search(r"\d", text) or len(text) > 12 or vocab.label_key(text) is not None:
        return False
    return (bool(re.search(r"[·/、]", text)) or text.endswith((*vocab.lexicon.roles.place_endings, *PLACE_ENDS))
            or text in vocab.lexicon.roles.place_names)  # "嘉兴": a city shown bare


def _tag_section(section: Section, blocks: int = 1) -> str | None:
    """A card's tag written as a heading of its own (a cell of the tags' table row), over
    ``blocks`` blocks in all (the heading alone, or with the one line under it)."""
    if section.kind != SectionKind.prose or section.opens_role or len(section.blocks) != blocks:
        return None
    text = (section.heading or "").strip()
    if mk.parse_marker(text) is not None:
        return None  # "一、基本信息": a numbered part of the card, no tag
    return text if text and len(text) <= 24 and text[-1] not in mk.TERMINAL_PUNCT else None


def _meta_heading(section: Section, vocab: Vocab) -> list[tuple[str, ProfileItem]]:
    """The tags of a card's unlabelled meta line read as a heading with the post's facts under it
    ("临港天街购物中心 | 工程部 | 1人"): two or more parts set apart by bars or dots, each read as a
    tag by its form; nothing when any part is not one (a sentence, a heading of words)."""
    blocks = section.blocks
    if section.kind != SectionKind.prose or section.opens_role or not blocks or blocks[0].type != BlockType.heading:
        return []
    text = blocks[0].text.strip()
    parts = [p.strip() for p in re.split(r"\s*[|｜丨·•]\s*", text) if p.strip()]
    if len(parts) < 2 or mk.parse_marker(text) is not None:
        return []
    out: list[tuple[str, ProfileItem]] = []
    unread: list[str] = []
    for part in parts:
        found: list[tuple[str, ProfileItem]] = []
        _add_tag(found, part, blocks[0].span.file, blocks[0].span.line_start, vocab)
        if found and found[0][0] in dict(out):
            return []
        if found:
            out.extend(found)
        else:
            unread.append(part)
    # one part of no known form beside two that are tags ("西岸奥特莱斯 | 设备部 | 3人"): the place, as a
    # card's meta line names it, when it is a name (no figures, no post, no sentence)
    if len(unread) == 1 and len(out) >= 2 and "location" not in dict(out) and len(unread[0]) <= 16 \
            and not re.search(r"[\d，,。；;:：]", unread[0]) and not has_role_suffix(unread[0], vocab):
        span = SourceSpan(file=blocks[0].span.file, line_start=blocks[0].span.line_start, line_end=blocks[0].span.line_start)
        out.insert(0, ("location", ProfileItem(text=unread[0], span=span, line_nos=[blocks[0].span.line_start], category="location")))
    elif unread:
        return []
    return out


def _pay_line(section: Section) -> Block | None:
    """The card's unlabelled place-and-pay line, read as a heading (its facts may follow it), or
    as the one line under a tag heading ("社会招聘" over "南京·江北新区 商业综合体项目 | 9000-14000元/月")."""
    blocks = section.blocks
    if blocks and blocks[0].type == BlockType.heading and MONEY.search(blocks[0].text):
        return blocks[0]
    if (len(blocks) == 2 and blocks[0].type == BlockType.heading and blocks[1].type == BlockType.text
            and _tag_section(section, blocks=2) is not None
            and MONEY.search(blocks[1].text) and len(blocks[1].text) <= 48 and not _CHANGED.search(blocks[1].text)):  # fmt: skip
        return blocks[1]  # (not a notice that a pay changed: "补贴由每晚50元提高至80元")
    return None


_LABELLED = re.compile(r"^(?P<label>[^:：]{1,8})[:：]\s*(?P<value>\S.*)$")


def _labelled_items(section: Section, vocab: Vocab) -> list[tuple[str, ProfileItem]]:
    """List items that are labelled facts of the post ("学历：大专"), as fields."""
    out: list[tuple[str, ProfileItem]] = []
    for block in section.blocks:
        m = _LABELLED.match(mk.strip_marker(block.text.strip())) if block.type == BlockType.item else None
        key = vocab.label_key(m["label"].strip()) if m else None
        if m and key in vocab.lexicon.fields.fields:
            item = _item(block, m["value"].strip(), category=key, heading=m["label"].strip())
            if item is not None:
                out.append((key, item))
    return out


def _labelled_parts(section: Section, vocab: Vocab) -> dict[SectionKind, list[ProfileItem]]:
    """Numbered lines of a post's prose that are a part of it, led by the part's label ("2.4 任职要求：
    身体健康，无色盲色弱；能适应三班倒" after "2.3 薪资标准：…"): that part's items, one per clause."""
    out: dict[SectionKind, list[ProfileItem]] = {}
    for block in section.blocks:
        marker = mk.parse_marker(block.text.strip()) if block.type == BlockType.item else None
        m = _LABELLED.match(marker.rest) if marker is not None and marker.family == "dotted" else None
        kind = vocab.kind_of_label(m["label"].strip()) if m else None
        if m is None or kind not in (SectionKind.duties, SectionKind.qualifications):
            continue
        for part in (p.strip() for p in re.split(r"[;；]", m["value"]) if p.strip()):
            item = _item(block, part, category=vocab.qualification_category(part) if kind == SectionKind.qualifications else None)
            if item is not None:
                out.setdefault(kind, []).append(item)
    return out


def _work_after_facts(section: Section, vocab: Vocab) -> list[ProfileItem]:
    """A numbered list right after a post's requirement facts in a section they opened themselves (a
    text box's "学历：… 经验：… 证书：…" before "（一）依据SRM…进行测量和评估"), no entry of it a
    requirement: the post's work, not more of its requirements."""
    if section.kind != SectionKind.qualifications or (section.blocks and section.blocks[0].type == BlockType.heading):
        return []
    last = max((n for n, b in enumerate(section.blocks) if b.type == BlockType.field), default=None)
    if last is None:
        return []
    rest = section.blocks[last + 1 :]
    if len(rest) < 2 or any(b.type != BlockType.item or not b.marker or vocab.qualification_category(b.text) for b in rest):
        return []
    return [item for b in rest if (item := _item(b)) is not None]


def _collection_title(draft: _Draft, later: list[_Draft], vocab: Vocab) -> bool:
    """The document's title over the descriptions of several posts ("梧溪县人民医院护理岗位说明书（2024版）"
    over 病区护士长's and 责任护士's): the lines under it (where it applies, its revisions) are no
    post's duties."""
    first = draft.sections[0]
    heading = re.sub(r"[(（][^()（）]{1,12}[)）]$", "", first.heading or "")  # "（2024版）"
    split = vocab.kind_suffix(heading) if first.opens_role else None
    whole = {squash(w) for w in vocab.doc_kinds.get("job_description", ())}
    if split is None or squash(split[2]) not in whole or draft.headed or draft.fields.keys() - {"department", "organisation"}:
        return False
    if any(b.type in (BlockType.item, BlockType.field) for s in draft.sections for b in s.blocks):
        return False  # ("连锁养生会所店长岗位说明书" over the post's own list is that post's)
    posts = {squash(d.role) for d in later if d.source != "listed" and _has_items(d)} - {squash(draft.role)}
    return len(posts) >= 2


def _has_items(draft: _Draft) -> bool:
    """Items, fields, or a requirement paragraph: a posting ("要求：持N1叉车证…" of one site's card)."""
    if any(draft.lists.get(k) for k in (SectionKind.qualifications, SectionKind.kpi)):
        return True  # (a paragraph under the title alone may be an introduction, not duties)
    return any(b.type in (BlockType.item, BlockType.field) for s in draft.sections for b in s.blocks
               if b.key != "title")


def _value(fields: dict[str, ProfileItem], key: str) -> str | None:
    item = fields.get(key)
    if item is None:
        return None
    value = item.text.replace("\n", "").strip()
    return value or None
