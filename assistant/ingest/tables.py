"""Read a table (from any format) as rows with meaning: titles, headers, records, label/value pairs.

Header semantics come from ``fields.toml`` (``[columns.*]`` for column headers, ``[fields.*]``
for form labels) and section words from ``sections.toml``. A row is

- a **title** row: one value across the table ("20.2 资金部关键绩效考核指标", "任职资格");
- a **header** row: mostly column labels (consecutive header rows combine, the lower one wins);
- a **record** under the current header: one job of a job list, one indicator of a KPI sheet.
  Blank cells of group columns (维度, 考核目标 …) repeat the value above (a merged or visually
  merged group label); a record whose key cell is blank continues the record above;
- a row of **pairs**: label cell, value cell, possibly several pairs (a 岗位说明书 form);
- plain **cells** when none of these fits.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from collections.abc import Callable, Iterable
from typing import Literal

from assistant.ingest import markers as mk
from assistant.ingest.layout import PLAIN, Cell, Hint, Table, Unit
from assistant.models import SectionKind
from assistant.ingest.roles import english_beside, has_role_suffix, is_unit_name, looks_like_title, parse_title, strip_title_noise
from assistant.ingest.textables import PLACEHOLDERS, SPACED_FACT
from assistant.ingest.vocab import GROUP_COLUMNS, KIND_OF_KEY, QUALIFICATION_KEYS, Vocab, squash

TOTAL_LABEL_MAX = 12  # characters of a sum row's label ("后勤基地权重合计")
RowKind = Literal["title", "header", "record", "continuation", "pairs", "cells", "totals"]
# Record columns that identify a record; a row with this cell blank continues the one above.
KEY_COLUMNS = ("indicator", "criterion", "role")
SUPERSEDED = "superseded"  # a column whose header says it no longer holds: its cells are read as no fact
_LABEL_MAX = 12
_NOTE_ROW = re.compile(r"^\s*(?:备注|注|说明|附注|否决项|否决指标|加分项|扣分项|考核部门|考核说明)\s*[:：]")
# columns that name a row's item, and columns that only measure an item another column names
_ITEM_COLUMNS = {"indicator", "criterion", "duties", "qualifications", "duty_label", "requirement_label"}
_MEASURE_COLUMNS = {"weight", "formula", "target"}
_POST_COLUMN_ROWS = 4  # rows of facts a table of posts side by side has at least
_SENTENCE = re.compile(r"[,，。;；!！?？]")


def cell_key(cell: Cell) -> tuple[tuple[int, str], ...]:
    return tuple((u.line_no, u.text) for u in cell.units)


def flat(cell: Cell) -> str:
    return " ".join(u.text.strip() for u in cell.units if u.text.strip())


@dataclass
class Slot:
    """One distinct cell of a row: its first grid column, how many columns it spans."""

    col: int
    span: int
    cell: Cell
    inherited: bool = False  # a blank group cell filled from the row above

    @property
    def text(self) -> str:
        return flat(self.cell)


@dataclass
class Column:
    key: str | None
    label: str
    slot: Slot | None = None  # the header cell that names it
    sub: str | None = None  # its own label under a group's ("100分" under 计分规则 spanning four columns)


@dataclass
class Pair:
    label: Slot
    key: str | None  # fields.toml key, section kind name or column key
    value: Slot | None


@dataclass
class RowEvent:
    kind: RowKind
    index: int  # row index in the table
    slots: list[Slot]  # non-empty distinct cells
    columns: dict[int, Column] = field(default_factory=dict)  # header in force (col -> column)
    values: dict[int, Slot] = field(default_factory=dict)  # record: col -> cell
    pairs: list[Pair] = field(default_factory=list)

    def value(self, key: str) -> Slot | None:
        """The record's cell of the first column with this key."""
        for col, column in sorted(self.columns.items()):
            if column.key == key and col in self.values:
                return self.values[col]
        return None

    def all_values(self, key: str) -> list[tuple[Column, Slot]]:
        return [(self.columns[c], s) for c, s in sorted(self.values.items()) if self.columns[c].key == key]


@dataclass
class TableReading:
    table: Table
    events: list[RowEvent]

    @property
    def keys(self) -> set[str]:
        return {c.key for e in self.events if e.kind == "header" for c in e.columns.values() if c.key}


def slots_of(row: list[Cell], above: list[Cell] | None) -> list[Slot]:
    """Distinct cells of a row; a horizontally merged copy widens its origin's span."""
    out: list[Slot] = []
    for col, cell in enumerate(row):
        if cell.merged and out and cell_key(out[-1].cell) == cell_key(cell) and out[-1].col + out[-1].span == col:
            out[-1].span += 1
            continue
        out.append(Slot(col, 1, cell))
    return out


def _says_none(text: str, vocab: Vocab) -> bool:
    """"无硬性要求", "无特殊要求": a value saying there is none, no column's name."""
    m = _NONE_OF.match(text.strip())
    rest = text.strip()[m.end():] if m else ""
    return bool(rest) and bool(vocab.label_key(rest) or vocab.column_key(rest))


def _is_label(text: str, vocab: Vocab) -> str | None:
    if not text or _SENTENCE.search(text.rstrip(":：")):
        return None
    if _says_none(text, vocab):
        return None
    if len(squash(text)) > 16:
        return vocab.label_key(text)  # only a label in two languages: "Direct Reports 直接下属"
    return vocab.label_key(text) or vocab.column_key(text)


_FIGURE_CELL = re.compile(r"\d")
_NOTE = re.compile(r"[(（][^()（）]{1,20}[)）]")
_FIGURES = re.compile(r"[\d\s.,，%％/~～\-—–元万千kK+]+")


def _pay_parts(merged: dict[int, Column], header: dict[int, Column], slots: list[Slot]) -> None:
    """"薪酬结构" over 基本工资 | 课时费 | 绩效/提成, "远洋航线（USD/月）" over 基本工资 | 航行津贴 | 合计: beside
    the base pay, each column of the group is a part of the pay (one fact, said part by part)."""
    groups: dict[int, list[int]] = {}
    for slot in slots:
        above = header.get(slot.col)
        if above is not None and above.slot is not None and above.slot.span >= 2 and not slot.cell.merged and slot.text.strip():
            groups.setdefault(id(above.slot), []).append(slot.col)
    for cols in groups.values():
        if len(cols) >= 2 and any(merged.get(c) is not None and merged[c].key == "pay" for c in cols):
            for c in cols:
                column = merged.get(c)
                if column is not None and column.key in (None, "benefits"):
                    merged[c] = Column("pay", column.label, column.slot, column.sub)


def _pay_total(columns: dict[int, Column], vocab: Vocab) -> None:
    """"基本工资 | 岗位津贴 | 合计": a total right after the base pay and its allowances is the post's pay
    (the allowances its parts), no fact of its own."""
    for col in sorted(columns):
        column = columns[col]
        if column.key is not None or not squash(column.label).endswith(vocab.total_endings):
            continue
        parts, j = [], col - 1
        while j in columns and columns[j].key in ("pay", "benefits"):
            parts.append(j)
            j -= 1
        if any(columns[k].key == "pay" for k in parts):
            for k in [*parts, col]:
                columns[k] = Column("pay", columns[k].label, columns[k].slot, columns[k].sub)


def _figure(text: str) -> bool:
    """A cell that is a figure or a code ("12", "8,000元", "2025Q1", "QLRQ-DD-01"), not a name holding a
    number ("海昌5号")."""
    core = _NOTE.sub("", text).strip()
    coded = bool(re.search(r"\d", core)) and not re.search(r"[\u4e00-\u9fff]", core)
    return bool(core) and (core[0].isdigit() or coded or _FIGURES.fullmatch(core) is not None)
_NONE_OF = re.compile(r"(?:无|没有|暂无)(?:特殊|特别|硬性|具体)?")
_NUMBER_KEYS = ("serial", "code", "indicator_code")  # columns whose values are numbers and codes
_MEASURE_VALUE = re.compile(r"\d\s*[%％]|[≥≤＞＜]\s*\d")


_HEADER_TEXT_MAX = 40  # characters of the longest header cell (a column's name, a short note)
def header_text(text: str) -> str:
    """A header cell's own words: its Chinese name without the English beside it ("海龄 / Sea Service")."""
    split = english_beside(text)
    return split[0] if split else text


def _parallel_key(text: str, labelled: Iterable[Column], vocab: Vocab) -> str | None:
    """The key of a labelled column whose label ends with the same lexicon label word as `text` and
    has words of its own in front of it, or None."""
    label = squash(text)
    if len(label) > 16:
        return None
    for column in labelled:
        other = squash(column.label)
        for word in (w for w, k in vocab.columns.items() if k == column.key and len(w) >= 2):
            if other.endswith(word) and len(other) > len(word) and label.endswith(word) and len(label) > len(word):
                return column.key
    return None


def _header_columns(slots: list[Slot], vocab: Vocab, first: bool = False, declared: bool = False) -> dict[int, Column] | None:
    """Column meanings if the row reads as a header: ≥ 2 column labels, at most one other cell
    (any number of others in a row the format ``declared`` the header)."""
    def key_of(text: str) -> str | None:
        if (asked := vocab.question_column(text)) is not None:
            return asked  # "5、请逐条填写本岗位的主要工作职责（按重要程度排序）": a questionnaire's column
        # (a note in brackets is no sentence: "月度标准薪酬（元，税前）")
        plain = re.sub(r"[(（][^()（）]{1,12}[)）]", "", text)
        key = vocab.column_key(text) if len(text) <= 24 and not _SENTENCE.search(plain) and not _says_none(text, vocab) else None
        if key and squash(text) in vocab.note_labels and squash(text) not in vocab.columns:
            return None  # "修订说明": a remark on the row, not the indicator's 说明 its ending reads as
        # a field's own label heads a column of a requirements grid ("学历 | 专业 | 工作年限")
        return key or (vocab.label_key(text) if first and len(text) <= _LABEL_MAX and not _SENTENCE.search(text) else None)

    labels: dict[int, Column] = {}
    others = 0
    void = vocab.lexicon.sections.void_markers
    for slot in slots:
        text = header_text(slot.text)
        key = key_of(text)
        if key is None and len(text) <= 24 and any(m in text for m in void):
            # "原条款（2022版，已作废）" beside "修订后条款": a column of what no longer holds
            key = SUPERSEDED
        if key:
            for c in range(slot.col, slot.col + slot.span):
                labels[c] = Column(key, text, slot)
        else:
            others += 1
    _requirement_rows(slots, labels)
    if any(c.key == SUPERSEDED for c in labels.values()):
        _revised_column(slots, labels, vocab)
        others = len({id(s) for s in slots} - {id(c.slot) for c in labels.values()})
    for slot in slots:
        # "装卸员权重 | 装卸班组长权重": a column of one post beside another's, each named by the post
        # then the same label word; the longer name is still that label's column
        if slot.col not in labels and (key := _parallel_key(slot.text, labels.values(), vocab)):
            for c in range(slot.col, slot.col + slot.span):
                labels[c] = Column(key, slot.text, slot)
            others -= 1
    if labels and not {c.key for c in labels.values()} & _ITEM_COLUMNS and {c.key for c in labels.values()} & _MEASURE_COLUMNS:
        # "内容 | 权重 | 衡量方式": a generic content column names the indicators of a sheet whose
        # other columns measure them (an OKR's O/KR rows, a scoring sheet)
        content = {squash(w) for w in vocab.lexicon.kpi.content_columns}
        for slot in slots:
            if slot.col not in labels and squash(slot.text) in content:
                for c in range(slot.col, slot.col + slot.span):
                    labels[c] = Column("indicator", slot.text, slot)
                others -= 1
                break
    if not any(c.key == "indicator" for c in labels.values()):
        # "序号 | 指标编码 | 权重 | 目标值": indicators named by their code in the library's dictionary
        # (kpis.py puts the dictionary's names in)
        for c, column in list(labels.items()):
            if column.key == "indicator_code":
                labels[c] = Column("indicator", column.label, column.slot)
    _two_indicators(labels, vocab)
    found = len({id(c.slot) for c in labels.values()})
    # the first row of short names with three or more known column labels is a header even when
    # some columns are the company's own ("招聘门店", "所属区域", "用工类型")
    short = all(len(t := header_text(s.text)) <= _LABEL_MAX and not _SENTENCE.search(t) for s in slots)
    keys = {c.key for c in labels.values()}
    # an HR system's export: its first row names the post and what the post does among many
    # columns of its own (编码, 岗级, 在岗数, 状态 …)
    export = first and short and found >= 3 and "role" in keys and bool(keys & {"duties", "qualifications"})
    # a pay scale: the post and its pay among allowances of the company's own ("里程补贴", "安全奖")
    export = export or first and short and "role" in keys and "pay" in keys
    # a wide grid's first row of short names, none a figure, with known labels among them ("等级 |
    # 等级名称 | 月均GMV要求 | … | 底薪（元/月） | 提成比例"): the header of the rows below
    export = export or first and short and found >= 2 and len(slots) >= 5 and not any(_FIGURE_CELL.search(s.text) for s in slots)
    # (names with a note: "海昌5号（远洋，8.2万吨）", "远洋航线（USD/月）"; the note and a name's number aside)
    # (and none of the company's own names a post: "岗位名称 | 客船船长", the title merged over two cells, is a form's row)
    named = all(len(t := _NOTE.sub("", header_text(s.text))) <= _LABEL_MAX and not _SENTENCE.search(t) for s in slots) \
        and not any(_figure(s.text) for s in slots) \
        and not any(s.col not in labels and has_role_suffix(_NOTE.sub("", s.text).strip(), vocab) for s in slots)
    # "岗位 | 职级 | 北京 | 成都", each city merged over its own columns (月底薪 | 绩效): known labels,
    # then groups the row below names the columns of ("职务 | 远洋航线 | 沿海航线": the post's column alone)
    export = export or first and named and (found >= 2 or found == 1 and "role" in keys and slots[0].col in labels) \
        and all(s.span >= 2 for s in slots if s.col not in labels)
    # "岗位 | 海曙网点 | 江北网点 | 鄞州网点 | 合计": the posts down its first column, the company's own
    # columns across (places, grades, ships), none a figure: the header of a grid of the posts' figures
    export = export or first and named and found == 1 and "role" in keys and slots[0].col in labels and len(slots) >= 4
    # "序号 | 工作职责 | 权限 | 频次": a list's column among columns of the company's own that say how
    # each item is done
    export = export or first and short and found >= 2 and bool(keys & _ITEM_COLUMNS) and others <= found \
        and not any(_FIGURE_CELL.search(s.text) for s in slots)
    # "检查项目 | 工作内容 | 频次 | 记录表单": a list's one column among three or more short names of the
    # company's own, none a figure: the header of the rows below
    export = export or first and short and found == 1 and bool(keys & _ITEM_COLUMNS) and 3 <= len(slots) <= 6 \
        and not any(_FIGURE_CELL.search(s.text) for s in slots)
    if (found >= 2 or export and found) and (others <= max(1, found // 4) or first and found >= 3 and others <= found and short or export or declared and short):
        # Alternating label/value cells make a form row, not a header.
        if not declared and others and len(slots) >= 4 and all((key_of(s.text) is None) == (i % 2 == 1) for i, s in enumerate(slots)):
            return None
        # "岗位职责 | 安全职责 | 1. 是…第一责任人…": a form row of a part, its sub-label and its list;
        # no header cell holds a list or a paragraph
        if not declared and any(x.col not in labels and ("\n" in x.text.strip() or len(x.text) > _HEADER_TEXT_MAX
                                                         or re.match(r"\s*(?:\d{1,2}|[一二三四五六七八九十])[.、．]", x.text)
                                                         and _SENTENCE.search(x.text)) for x in slots):  # fmt: skip
            return None
        for slot in slots:
            if slot.col not in labels:
                for c in range(slot.col, slot.col + slot.span):
                    labels[c] = Column(None, header_text(slot.text), slot)
        for c, column in list(labels.items()):
            beside = labels.get(c + 1)
            if column.key == "attribute_name" and beside is not None and beside.key != "attribute_value" \
                    and (squash(beside.label) in _VALUE_BESIDE_NAME or _FILLED_IN.fullmatch(squash(beside.label))):
                # "字段 | 内容": the column beside an export's label column holds each label's value
                labels[c + 1] = Column("attribute_value", beside.label, beside.slot, beside.sub)
        return labels
    return None


_VALUE_BESIDE_NAME = frozenset({"内容", "值", "描述"})  # (alone, "内容" heads an OKR's or a list's text)
_FILLED_IN = re.compile(r"(?:填写|填报|填入|录入|采集|实际)(?:内容|值|信息)")  # "字段 | 填写内容 | 填写说明": a form's values


def _requirement_rows(slots: list[Slot], labels: dict[int, Column]) -> None:
    """"维度 | 必备条件 | 优先条件", "项目 | 硬性条件 | 优先条件": a requirements grid without posts or
    indicators; its first column names each row's requirement (学历, 证书), whatever its header says."""
    keys = {c.key for c in labels.values()}
    if "qualifications" not in keys or keys & {"role", "indicator", "criterion", "weight", "target", "duties"} or not slots:
        return
    first = slots[0]
    column = labels.get(first.col)
    if (column is None or column.key == "dimension") and "requirement_label" not in keys and first.span == 1:
        labels[first.col] = Column("requirement_label", first.text, first)


def _revised_column(slots: list[Slot], labels: dict[int, Column], vocab: Vocab) -> None:
    """"原条件（已废止） | 调整后条件": the column that replaces a superseded one holds the current wording
    of the rows -- what its header names after the marker ("调整后职责": duties), else the requirement
    each row labels."""
    markers = sorted(vocab.lexicon.sections.revised_markers, key=len, reverse=True)
    for slot in slots:
        text = squash(slot.text)
        marker = next((m for m in markers if text.startswith(m) and len(text) > len(m)), None)
        if slot.col in labels and labels[slot.col].key or marker is None:
            continue
        key = vocab.column_key(text[len(marker):]) or "qualifications"
        for c in range(slot.col, slot.col + slot.span):
            labels[c] = Column(key, slot.text, slot)


def _two_indicators(labels: dict[int, Column], vocab: Vocab) -> None:
    """"考核项目 | 考核内容 | 分值": two columns that name indicators. A group word on the left
    heads the indicators (their dimension); otherwise the right one describes the left one's."""
    slots = list({id(c.slot): c for c in labels.values() if c.key == "indicator"}.values())
    if len(slots) != 2:
        return
    left, right = sorted(slots, key=lambda c: c.slot.col)
    keys = {c.key for c in labels.values()}
    groups = {squash(w) for w in vocab.lexicon.kpi.group_columns}
    owner_between = any(c.key == "role" and left.slot.col < col < right.slot.col for col, c in labels.items())
    if owner_between:
        # "部门级指标 | 考核岗位 | 岗位级指标": a cascade; the indicator right of the post is the post's, the one
        # left of it what the post's serves
        changed, key = left, "objective"
    elif "dimension" not in keys and squash(left.label) in groups:
        changed, key = left, "dimension"
    elif "definition" not in keys:
        changed, key = right, "definition"
    else:
        return
    for c in range(changed.slot.col, changed.slot.col + changed.slot.span):
        labels[c] = Column(key, changed.label, changed.slot)


_BLANK_LABEL = re.compile(r"^\s*[^:：\s]{1,8}\s*[:：]")


def _pairs(slots: list[Slot], vocab: Vocab) -> list[Pair] | None:
    """Label/value pairs of a form row, or None when the row is not one."""
    pairs: list[Pair] = []
    alternating = _alternating(slots, vocab)
    i = 0
    while i < len(slots):
        slot = slots[i]
        text = slot.text
        key = _is_label(text, vocab)
        two_cells = len(slots) == 2 and i == 0
        looks_label = key is not None or (
            len(text) <= _LABEL_MAX and not _SENTENCE.search(text.rstrip(":：")) and (text.endswith((":", "：")) or two_cells)
        )
        if not looks_label and not alternating:
            if len(pairs) == 1 and i == 2 and pairs[0].key is not None and pairs[0].value is not None and not slots[0].cell.merged:
                # "学历 | 全日制大专及以上 | 本科优先": the third column notes the value; a requirement's
                # note is a requirement too, other notes ("每日", a code repeated down; "2025.03修订：原为初中及以上",
                # the value before a revision) are left out
                former = vocab.lexicon.sections.former_markers
                return pairs + [Pair(pairs[0].label, pairs[0].key, note) for note in slots[2:]
                                if pairs[0].key in QUALIFICATION_KEYS and not note.cell.merged
                                and len(squash(note.text)) >= 4 and note.text != pairs[0].value.text
                                and not any(m in note.text for m in former)]  # fmt: skip
            return None
        value = slots[i + 1] if i + 1 < len(slots) and _is_label(slots[i + 1].text, vocab) is None else None
        if value is not None and text.endswith((":", "：")) and _BLANK_LABEL.match(value.text):
            value = None  # "所属门店： | 考核月份：  年  月": a blank form's next label, not this one's value
        if value is not None and _SERIAL_CELL.fullmatch(value.text.strip()) and i + 3 == len(slots):
            # "工作职责 | 1 | 统筹…": the part's label, its first item's number, then the item
            pairs.append(Pair(slot, key, slots[i + 2]))
            break
        pairs.append(Pair(slot, key, value))
        i += 2 if value is not None else 1
    return pairs or None


_SERIAL_CELL = re.compile(r"\d{1,3}[.、．]?")


def _grouped_pairs(slots: list[Slot], vocab: Vocab) -> list[Pair] | None:
    """The rest of a row beside its group's label: known labels each followed by a value that is no
    label ("所属部门 | 销售部 | 岗位定员 | 12人"), or None."""
    if not slots or len(slots) % 2:
        return None
    pairs = [Pair(slots[i], _is_label(slots[i].text, vocab), slots[i + 1]) for i in range(0, len(slots), 2)]
    if any(p.key is None or p.value is None or _is_label(p.value.text, vocab) for p in pairs):
        return None
    return pairs


def _alternating(slots: list[Slot], vocab: Vocab) -> bool:
    """A form row of label | value | label | value … where some labels are not in the lexicon
    ("直接上级 | 门店店长 | 岗位定员 | 每店1-2人"): at least two known labels, all of them in label
    positions, and every label position short."""
    if len(slots) < 4 or len(slots) % 2:
        return False
    known = [i for i, s in enumerate(slots) if _is_label(s.text, vocab) is not None]
    # two known labels, or a row that starts with one ("岗位名称 | 服务顾问 | 英文名称 | Service Advisor")
    return ((len(known) >= 2 or known == [0]) and all(i % 2 == 0 for i in known)
            and all(len(s.text) <= _LABEL_MAX and not _SENTENCE.search(s.text) for s in slots[::2]))  # fmt: skip


BLOCK_TITLE = re.compile(r"[｜|][^｜|]*?[:：]\S|[:：][^｜|]+[｜|]")


def _title_row(slots: list[Slot], width: int, header: dict[int, Column] | None) -> bool:
    if len(slots) != 1 or width < 2:
        return False
    slot = slots[0]
    text = slot.text
    if slot.span >= width:
        # a full-width cell is a section title ("二、工作职责"), unless it holds the section's
        # content: a list or sentences ("1.负责处方审核…。2.为顾客提供…")
        # ("岗级薪酬对照（月度基本工资+岗位工资，元/月；绩效工资另计）": a note in brackets is no sentence)
        core = re.sub(r"[（(][^()（）]*[)）]", "", text)
        return len(text) <= 40 and len(slot.cell.units) == 1 and not _SENTENCE.search(core)
    if header is not None and header.get(slot.col) is not None and header[slot.col].key and not BLOCK_TITLE.search(text):
        return False  # a record with only its key cell filled
    # (but "■ 前台接待｜考核周期：月度｜考核人：店长" in the 维度 column: parts and their labels, the
    # title of the block of rows under it)
    return len(text) <= 40 and not _SENTENCE.search(text) and len(slot.cell.units) == 1


_LEADING_LABEL = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{2,8})\s*[:：]")


def _labelled_row(slots: list[Slot], width: int, vocab: Vocab) -> bool:
    """A full-width row that starts with a label ("岗位：护士长  直接上级：门诊主任", "任职要求：…"):
    the facts of the block of rows it heads or closes, read by their labels, never a record."""
    if len(slots) != 1 or width < 2 or slots[0].span < width:
        return False
    m = _LEADING_LABEL.match(slots[0].text)
    return m is not None and (vocab.label_key(m["label"]) is not None or vocab.section_kind(m["label"]) is not None)


def _labelled_value(text: str, vocab: Vocab) -> bool:
    """"证书：须持有特种作业操作证" in a row's only filled cell: a labelled fact of the block, no title;
    nor is "5. 负责本班交接班管理" under a label merged down: the next item of its list."""
    marker = mk.parse_marker(text)
    if marker is not None and marker.family == "arabic" and not vocab.kind_of_label(marker.rest.strip()):
        return True
    m = _LEADING_LABEL.match(text)
    return m is not None and len(text) > m.end() + 1 and vocab.label_key(m["label"]) is not None


def _grouped_posts(body: list[list[Cell]], vocab: Vocab) -> int:
    """Label columns beside posts written under groups merged across them (the row above the
    posts): how many columns lead the posts' row, merged down from the groups' row; 0 if not so."""
    if len(body) < _POST_COLUMN_ROWS + 1:
        return 0
    groups, posts = body[0], body[1]
    lead = 0
    while lead < len(posts) and posts[lead].merged and cell_key(posts[lead]) == cell_key(groups[lead]):
        lead += 1
    named = [c for c in posts[lead:] if not c.empty]
    if not lead or len(named) < 2 or len(named) != len(posts) - lead or any(c.merged for c in named):
        return 0
    if not any(c.merged for c in groups[lead:]):
        return 0  # no group spans columns: the row above is a header of its own
    return lead if all(has_role_suffix(c.text.strip(), vocab) and parse_title(c.text.strip(), vocab, strong=True)
                       for c in named) else 0  # fmt: skip


POST_FACT_ROWS_MIN = 2  # rows of labelled facts below posts side by side under a band
POSTS_ROW_DEPTH = 2  # rows of a band (a department's, or labelled facts) that may stand above the posts' row


def _posts_under_band(body: list[list[Cell]], vocab: Vocab) -> tuple[list[list[Cell]], list[int]] | None:
    """Posts side by side under a band of facts: "部门 | 门店事业部 | | 车队 …" or " | 一车间 | 二车间 …"
    (departments merged across their posts) above "岗位 | 门店销售顾问 | 门店店长 …" / "项目 | 瓦楞机机长 …".
    The rows with the posts' row first, each band row labelled (a department band without a label is
    the posts' 部门), and the order of the original rows; None if the table is not so."""
    for p in range(1, min(POSTS_ROW_DEPTH, len(body) - _POST_COLUMN_ROWS) + 1):
        row = body[p]
        named = [c for c in row[1:] if not c.empty]
        if (len(named) < 2 or any(c.merged for c in named) or len({squash(c.text) for c in named}) != len(named)
                or not all(has_role_suffix(c.text.strip(), vocab) and parse_title(c.text.strip(), vocab, strong=True) for c in named)):
            continue
        if not (vocab.label_key(row[0].text.strip()) == "title" or 0 < len(squash(row[0].text)) <= 8 and vocab.label_key(row[0].text.strip()) is None):
            continue
        # (the rows below are facts named by labels; "S1 | 审计员 | 税务顾问" below "A1—A3 | 审计助理 | …" are
        # grades of series side by side, no facts)
        if sum(bool(r and not r[0].empty and vocab.label_key(r[0].text.strip())) for r in body[p + 1:]) < POST_FACT_ROWS_MIN:
            continue
        band: list[list[Cell]] = []
        for above in body[:p]:
            values = [c for c in above[1:] if not c.empty]
            if not above[0].empty and vocab.label_key(above[0].text.strip()) is not None:
                band.append(above)
            elif above[0].empty and values and all(squash(c.text).endswith(vocab.department_suffixes) for c in values):
                label = Unit(values[0].units[0].line_no, "部门")  # the band's own label, unwritten
                band.append([Cell([label]), *above[1:]])
            else:
                break
        else:
            return [row, *band, *body[p + 1:]], [p, *range(p), *range(p + 1, len(body))]
    return None


def post_columns(table: Table, vocab: Vocab, within: str | None = None) -> list[Table]:
    """A form whose columns are posts ("岗位名称 | 管网巡线工 | 管网维修工 | 管网运行技术员", then one
    row per fact) split into one form per post: the label columns, then that post's column. Any
    other table comes back as it is: one whose columns are grades of the post ``within`` is in
    ("初级工 | 中级工 | 高级工" in 电焊工's form) is that post's, each grade's column its own."""
    # a sheet's title row ("…机修技师等级评定标准") may stand above the form: it stays with the first post
    top = next((i for i, row in enumerate(table.rows[:3]) if sum(not c.empty and not c.merged for c in row) >= 2), 0)
    above, body = table.rows[:top], table.rows[top:]
    if len(body) < _POST_COLUMN_ROWS:
        return [table]
    row_numbers = list(table.row_numbers)
    banded = _posts_under_band(body, vocab)
    if banded is not None:
        # ("部门 | 门店事业部 | | 车队 …" over "岗位 | 门店销售顾问 | 门店店长 | 大巴司机 …"): the posts' row
        # heads the form, the band above it is a fact of each post below it
        body, order = banded
        if row_numbers:
            row_numbers = [*row_numbers[:top], *(row_numbers[top + i] for i in order)]
    first = body[0]
    lead = 0
    while lead < len(first) and vocab.label_key(first[lead].text.strip()) == "title":
        lead += 1
    # "评定条件 | 初级技师 | 中级技师 | 高级技师": a corner cell of the company's own over the
    # fact labels, beside titles that all end like one, heads the same kind of form
    corner = not lead and len(first) >= 3 and not first[0].merged and 0 < len(squash(first[0].text)) <= 8
    if corner:
        lead = 1
    grouped = _grouped_posts(body, vocab) if corner and banded is None else 0
    if grouped:
        del row_numbers[top : top + 1]  # the groups' row is no row of any post's form
        # "考核维度 | 考核项目 | 律师序列 (over 初级律师 | 中级律师 | 高级律师) | 合伙人序列 (…)": the
        # posts' row heads the form, its corner merged down from the groups' row (no fact of a post)
        # the rows' groups merged down the left ("执业条件" over 执业年限, 职业资格) go too: each
        # post's form is its facts' own labels and its values, as under a one-cell corner
        body = [row[grouped - 1 :] for row in body[1:]]
        lead = 1
        first = body[0]
    posts = [j for j in range(lead, len(first)) if first[j].text.strip()]
    # (a last column whose post's name is struck through, "<s>质量体系工程师</s>" over "该岗位已招满", is
    # no post's any more: the posts before it are still side by side)
    closed = len(first) - 1 - max(posts) if posts else 0
    if not lead or len(posts) < 2 or len(posts) != len(first) - lead - closed:
        return [table]
    if any(first[j].merged or parse_title(first[j].text.strip(), vocab, strong=True) is None
           or corner and not has_role_suffix(first[j].text.strip(), vocab) for j in posts):  # fmt: skip
        return [table]
    if within and all(grade_of(first[j].text, within, vocab) for j in posts):
        return [table]
    # a form row of label | value | label | value ("岗位名称 | 服务顾问 | 英文名称 | Service Advisor"):
    # labels stand in the other columns too, so these are no posts side by side
    if any(vocab.label_key(row[j].text.strip()) for row in body for j in posts if j < len(row) and not row[j].merged):
        return [table]
    labelled = sum(any(vocab.label_key(c.text.strip()) for c in row[:lead]) for row in body)
    # under a corner word: rows of a short name over values in the posts' columns, some of them
    # known labels (学历要求, 工作年限), the others the company's own (理论考试, 岗位津贴)
    facts = [row for row in body[1:] if row and 0 < len(squash(row[0].text)) <= 12
             and sum(j < len(row) and not row[j].empty for j in posts) >= 2]  # fmt: skip
    if labelled * 2 < len(body) and not (corner and labelled >= 2 and len(facts) >= 3):
        return [table]  # rows are not facts named in the first columns
    out = []
    for n, j in enumerate(posts):
        rows = [] if n else list(above)
        for pos, row in enumerate(body):
            value = row[j] if j < len(row) else Cell()
            if corner and pos == 0:
                rows.append([value])  # the post's name alone: the corner word is no label of it
                continue
            # a fact one cell holds for all posts (merged across their columns) is each post's own
            rows.append([*row[:lead], Cell(list(value.units)) if value.merged else value])
        numbers = (row_numbers[top:] if n else row_numbers) if row_numbers else []
        out.append(Table(rows=rows, source=table.source, name=table.name, row_numbers=numbers,
                         post_row=(top if not n else 0) if corner else None))
    return out


def grade_of(name: str, post: str, vocab: Vocab) -> bool:
    """Whether ``name`` is a grade of ``post``: a grade word, then the post's title or its ending
    ("初级工" of 电焊工, "高级电焊工")."""
    name, post = squash(name), squash(post)
    grade = next((q for q in sorted(vocab.lexicon.roles.grade_words, key=len, reverse=True) if name.startswith(q)), None)
    rest = name[len(grade):] if grade else ""
    return bool(rest) and (post.endswith(rest) or rest == post)


SUB_LABEL_MAX = 8  # characters of a form's own sub-label under 任职资格 ("年龄与身体")
# a weight (with its target after a bar: "30%｜≥99.30%"), a formula, a dash for "not assessed", or nothing
_WEIGHT_CELL = re.compile(r"^\s*(?:\d{1,3}(?:\.\d+)?\s*%?(?:\s*[|｜]\s*\S.*)?|[—–\-－/／×]{1,2}|=.*)?\s*$")
_WEIGHT_TARGET = re.compile(r"^\s*(?P<weight>\d{1,3}(?:\.\d+)?\s*%?)\s*[|｜]\s*(?P<target>\S.*?)\s*$")


@dataclass
class PostKpis:
    """One post's part of a KPI matrix: the header cell naming the post, and its table."""

    post: Cell
    table: Table
    weight_col: int | None  # the column of the post's weights, when the header cell is the post's name


def _post_name(cell: Cell, vocab: Vocab) -> bool:
    text = cell.text.strip()
    core = _NOTE.sub("", text).strip() or text  # ("人员（人）" over 编制 | 在岗: a count's group, its unit noted)
    return bool(text) and vocab.column_key(text) is None and looks_like_title(strip_title_noise(core, vocab), vocab)


def kpi_matrix(table: Table, vocab: Vocab) -> list[PostKpis] | None:
    """A KPI table whose posts stand side by side as columns, split into one table per post.

    Either the header names the posts ("维度 | 指标 | 计算口径 | 口腔全科医生 | 种植医生 …", each
    post's cells its weights, blank where the post is not assessed), or a row above the header
    groups columns under each post ("门诊主任 (权重 | 评分规则) | 区域运营经理 (权重 | 评分规则)").
    A post's table keeps the shared columns and the post's own, and only the rows it is assessed on."""
    rows = table.rows
    for h in range(min(3, len(rows) - 2)):
        header = rows[h]
        if not any(vocab.column_key(c.text.strip()) == "indicator" for c in header if not c.merged):
            continue
        body = rows[h + 1:]
        owner: dict[int, int] = {}  # column -> the column of the cell naming its post
        names: dict[int, Cell] = {}
        group = rows[h - 1] if h else None
        first = h + 1  # the first row of records
        # "指标编码 | 指标名称 | 教学部 | 安全管理部" over "  |   | 教练员 | 理论教员 | 安全员": the posts
        # on the header's second row, under the units they belong to, each column its weights
        # (or under one "权重（%）" merged across their columns)
        below = [j for j, cell in enumerate(rows[h + 1]) if not cell.merged and j < len(header)
                 and vocab.column_key(header[j].text.strip()) in (None, "weight") and _post_name(cell, vocab)]  # fmt: skip
        if (len(below) >= 2 and all(c.merged or not c.text.strip() or j in below for j, c in enumerate(rows[h + 1]))
                and all(j >= len(r) or _WEIGHT_CELL.match(r[j].text) for r in rows[h + 2:] for j in below)):  # fmt: skip
            for j in below:
                owner[j], names[j] = j, rows[h + 1][j]
            first, weight_col = h + 2, True
        elif group is not None and any(_post_name(c, vocab) for c in group if not c.merged):
            origin = -1
            for j, cell in enumerate(group):
                if not cell.merged:
                    origin = j
                if origin >= 0 and _post_name(group[origin], vocab) and j < len(header):
                    owner[j], names[origin] = origin, group[origin]
            weight_col = False
        else:
            # columns of weights under names that are no column label; once two of them read as
            # titles, the others are posts too ("前台接待" beside "口腔全科医生", "种植医生")
            weights = [j for j, cell in enumerate(header)
                       if not cell.merged and cell.text.strip() and vocab.column_key(cell.text.strip()) is None
                       and all(j >= len(r) or _WEIGHT_CELL.match(r[j].text) for r in body)]  # fmt: skip
            if sum(_post_name(header[j], vocab) for j in weights) >= 2:
                for j in weights:
                    if parse_title(header[j].text.strip(), vocab, strong=True) is not None:
                        owner[j], names[j] = j, header[j]
            weight_col = True
        if len(names) < 2:
            continue  # the indicator label may sit in a group row above the real header
        lead = [j for j in range(len(header)) if j not in owner]
        out = []
        for origin, cell in names.items():
            cols = lead + [j for j in sorted(owner) if owner[j] == origin]
            kept, numbers = [], []
            for i, row in enumerate(rows):
                if i < h or h < i < first or i > h and not any(
                        j < len(row) and row[j].text.strip() and not row[j].text.startswith("=") and row[j].text.strip() not in _PLACEHOLDERS
                        for j in cols if j not in lead):  # fmt: skip
                    continue  # the post is not assessed on this row ("—"), or a total
                kept.append([row[j] if j < len(row) else Cell() for j in cols])
                if table.row_numbers:
                    numbers.append(table.row_numbers[i])
            if weight_col:
                kept = _weight_target_split(kept, len(lead), vocab)
            out.append(PostKpis(cell, Table(rows=kept, source=table.source, name=table.name, row_numbers=numbers),
                                len(lead) if weight_col else None))
        return out
    return None


# "S01 销售回款额", "KPI-01：…": an indicator's code before its name (a header cell, a library's row)
CODED_NAME = re.compile(r"^(?P<code>[A-Za-z]{1,4}-?\d{1,3})\s*[-－—_:：、\s]\s*(?P<name>\S.*)$")


def posts_by_rows(table: Table, vocab: Vocab) -> Table | None:
    """A weight matrix with the posts down the left and the indicators across the top ("考核岗位 |
    S01 销售回款额 | S02 销售计划完成率 …", maybe under group cells "经营类", "过程与质量类"), each cell
    a post's weight: turned so that each indicator is a row and each post a column, as ``kpi_matrix``
    reads it. Columns that are no indicator (a 权重合计 of formulas) are left out."""
    rows = table.rows
    for h in range(min(3, len(rows) - 2)):
        if not rows[h] or vocab.column_key(rows[h][0].text.strip()) != "role":
            continue
        # the indicators' names on the header row, or on the row under it when the post's label
        # is merged down over both (group cells "经营类" above)
        for r in ((h + 1,) if len(rows[h + 1]) and rows[h + 1][0].merged else (h,)):
            body = [row for row in rows[r + 1:] if row and not row[0].empty]
            posts = [row for row in body if _post_name(row[0], vocab) and parse_title(row[0].text.strip(), vocab, strong=True)]
            if len(posts) < 2 or len(posts) < len(body) - 1:
                continue
            names = [j for j, cell in enumerate(rows[r]) if j and not cell.merged and cell.text.strip()
                     and vocab.column_key(cell.text.strip()) is None and not squash(cell.text).endswith(vocab.total_endings)
                     and all(j >= len(row) or _WEIGHT_CELL.match(row[j].text) and not row[j].text.startswith("=") for row in posts)
                     and any(j < len(row) and not row[j].empty for row in posts)]  # fmt: skip
            endings = tuple(vocab.lexicon.kpi.name_endings)
            named = sum(bool(CODED_NAME.match(rows[r][j].text.strip())) or squash(rows[r][j].text).endswith(endings) for j in names)
            if len(names) < 2 or named < LABEL_ROW_SHARE * len(names):
                continue  # ("岗位 | 夜班津贴 | 洁净室津贴": a pay sheet's allowances, no indicators)
            line = rows[r][names[0]].units[0].line_no
            group = rows[h] if r > h else None
            coded = all(CODED_NAME.match(rows[r][j].text.strip()) for j in names)
            labels = [vocab.lexicon.fields.columns[key].labels[0] for key in (
                (["dimension"] if group is not None else []) + (["indicator_code"] if coded else []) + ["indicator"])]  # fmt: skip
            out = [[Cell([Unit(line, label)]) for label in labels] + [row[0] for row in posts]]
            for j in names:
                cell = rows[r][j]
                lead = [Cell([replace(u, text=group[j].text.strip()) for u in group[j].units[:1]])] if group is not None else []
                if coded:
                    m = CODED_NAME.match(cell.text.strip())
                    unit = cell.units[0]
                    lead += [Cell([replace(unit, text=m["code"])]), Cell([replace(unit, text=m["name"].strip())])]  # type: ignore[index]
                else:
                    lead.append(cell)
                out.append(lead + [row[j] if j < len(row) else Cell() for row in posts])
            return Table(rows=out, source=table.source, name=table.name)
    return None


def _weight_target_split(rows: list[list[Cell]], col: int, vocab: Vocab) -> list[list[Cell]]:
    """A post's cells written "权重｜目标值" ("30%｜≥99.30%"): two columns, its weights and its targets."""
    body = [r[col] for r in rows[1:] if col < len(r) and not r[col].empty and not r[col].text.startswith("=")]
    if sum(bool(_WEIGHT_TARGET.match(c.text)) for c in body) < max(2, len(body) // 2):
        return rows  # (a total row's "100%" stands among them)
    target_label = vocab.lexicon.fields.columns["target"].labels[0]
    out = []
    for n, row in enumerate(rows):
        cell = row[col] if col < len(row) else Cell()
        m = _WEIGHT_TARGET.match(cell.text) if cell.units else None
        if n == 0:
            line = cell.units[0].line_no if cell.units else 0
            pair = [cell, Cell([Unit(line, target_label)]) if line else Cell()]
        elif m is not None:
            unit = cell.units[0]
            pair = [Cell([replace(unit, text=m["weight"])], cell.merged), Cell([replace(unit, text=m["target"])], True)]
        else:
            pair = [cell, Cell()]
        out.append([*row[:col], *pair, *row[col + 1:]])
    return out


# ("适用岗位" on an indicator card: whom the indicator is for)
_ROW_LABEL_KEYS = {"indicator", "indicator_code", "weight", "target", "formula", "definition", "data_source", "dimension", "period", "criterion", "role"}
_NAMING_KEYS = {"indicator", "indicator_code"}  # labels whose value names the indicator, any words
TRANSPOSED_MIN = 3  # rows headed by a KPI column's label that make a table drawn sideways


def column_lists(table: Table, vocab: Vocab) -> Table:
    """"岗位职责" over "每班 | 每周 | 每月及不定期" over numbered items in each column: one list per column,
    headed by its column (how often, in which case). The rows are rewritten column by column, each line as
    wide as the table, so the list reads like the form's other parts (its lines keep their numbers)."""
    rows = table.rows
    for h in range(1, len(rows) - 2):
        title = [c for c in rows[h - 1] if not c.empty]
        if not title or any(c.text.strip() != title[0].text.strip() for c in title):
            continue
        if vocab.section_kind(title[0].text.strip()) not in (SectionKind.duties, SectionKind.qualifications):
            continue
        heads = [c for c in rows[h] if not c.empty and not c.merged]
        if len(heads) < 2 or len(heads) != sum(not c.empty for c in rows[h]) or any(
                len(c.text.strip()) > 10 or mk.parse_marker(c.text.strip()) or vocab.column_key(c.text.strip()) for c in heads):
            continue
        end = h + 1
        while end < len(rows) and any(not c.empty for c in rows[end]) and all(
                c.empty or mk.parse_marker(c.text.strip()) is not None for c in rows[end] if not c.merged):
            end += 1
        if end - h < 3:
            continue
        width = len(rows[h])

        def line(cell: Cell) -> list[Cell]:
            return [cell] + [Cell(units=cell.units, merged=True) for _ in range(width - 1)]

        order = [(r, col) for col in range(width) if not rows[h][col].empty
                 for r in range(h, end) if not rows[r][col].empty and not rows[r][col].merged]
        numbers = table.row_numbers
        return replace(table, rows=rows[:h] + [line(rows[r][col]) for r, col in order] + rows[end:],
                       row_numbers=numbers[:h] + [numbers[r] for r, _ in order] + numbers[end:] if len(numbers) == len(rows) else numbers)
    return table


_ROW_NUMBER = re.compile(r"序号?|编号|No\.?|#", re.IGNORECASE)  # a row-number column's header


def parallel_lists(table: Table, vocab: Vocab) -> Table:
    """"序 | 业务职责 | 安全职责" (一岗双责): two lists of one kind side by side, a row pairing items
    that have nothing to do with each other. Read column by column: the first list whole, then the
    second (each row of the rewrite holds one column's cell, its line number kept)."""
    rows = table.rows
    for h, head in enumerate(rows[:3]):
        # each list column named as a list ("业务职责"), any other a row number ("序", "序号") or blank
        kinds = [vocab.section_kind(c.text.strip()) if len(c.text.strip()) >= 4 and not c.merged else None for c in head]
        cols = [j for j, k in enumerate(kinds) if k in (SectionKind.duties, SectionKind.qualifications)]
        if len(cols) < 2 or len({kinds[j] for j in cols}) != 1 or any(
                j not in cols and not c.empty and not _ROW_NUMBER.fullmatch(c.text.strip()) for j, c in enumerate(head)):
            continue
        end = h + 1
        while end < len(rows) and any(not rows[end][j].empty for j in cols if j < len(rows[end])):
            end += 1
        if end - h < 3:
            return table
        # each column its own items (not "职责模块 | 工作内容", a group merged over the items it heads)
        if any(sum(j < len(rows[r]) and rows[r][j].merged for r in range(h + 1, end)) for j in cols):
            return table
        width = len(head)
        rewritten = [(r, [c if k == j else Cell() for k, c in enumerate(rows[r])]) for j in cols
                     for r in range(h + 1, end) if j < len(rows[r]) and not rows[r][j].empty and not rows[r][j].merged]  # fmt: skip
        numbers = table.row_numbers
        return replace(table, rows=rows[: h + 1] + [row + [Cell()] * (width - len(row)) for _, row in rewritten] + rows[end:],
                       row_numbers=numbers[: h + 1] + [numbers[r] for r, _ in rewritten] + numbers[end:] if len(numbers) == len(rows) else numbers)  # fmt: skip
    return table


def current_columns(table: Table, vocab: Vocab) -> Table:
    """A revision table "条目 | 2022版（已废止） | 2025版（现行） | 修订说明": the rows are read from the
    current column alone, like a form of label and value; the superseded column and the remarks on the
    change are no facts of the post. (Only a label column and the current one remain: a table of posts
    and the items revised is read by its header, which marks the superseded column itself.)"""
    if len(table.rows) < 2 or len(table.rows[0]) < 3:
        return table
    head = [c.text.strip() if not c.empty else "" for c in table.rows[0]]
    void_markers = vocab.lexicon.sections.void_markers
    revised = vocab.lexicon.sections.revised_markers

    def short(text: str) -> bool:
        return 0 < len(text) <= 24 and "\n" not in text

    void = {i for i, t in enumerate(head) if short(t) and any(m in t for m in void_markers)}
    current = [i for i, t in enumerate(head) if short(t) and i not in void
               and any(m in t if len(m) >= 2 else squash(t).startswith(m) for m in revised)]  # fmt: skip
    if not void or len(current) != 1:
        return table
    drop = void | {i for i, t in enumerate(head) if squash(t) in vocab.note_labels}
    if len(head) - len(drop) != 2:
        return table  # (a table of posts and the items revised, "岗位 | 调整项目 | 原条件 | 调整后条件", reads its header)
    return replace(table, rows=[[c for i, c in enumerate(row) if i not in drop] for row in table.rows])


# a cell that only marks that the row applies in its column ("●" under "5月", "高处作业证 | ○")
MARKS = "●○◎√✓✔★☆▲△■□◆◇"
_POSITIVE_MARK = re.compile(rf"^[{MARKS}]$")
MARKED_COLUMNS_MIN = 3


def marked_columns(table: Table, vocab: Vocab) -> Table:
    """A calendar or a checklist of marks ("序号 | 工作内容 | 1月 | 2月 … | 12月", "●" where the work is
    done): the marked columns leave the table; each row's text says where it was marked ("按试验方案
    完成整地…（●：3月、4月、5月、10月）"). In a list of posts the marks under a group of columns
    ("班次安排" over 早班 | 中班 | 夜班) become that group's column ("班次安排 | ●：早班、中班"); a
    list of posts with no such group is left as it is (what its marks mean, a legend may say)."""
    rows = table.rows
    for h in range(min(3, len(rows) - 1)):  # (a title merged across may stand above the header)
        header, body = rows[h], rows[h + 1:]
        marked = [j for j, cell in enumerate(header) if not cell.empty and not cell.merged
                  and all(j >= len(r) or r[j].empty or _POSITIVE_MARK.match(r[j].text.strip()) for r in body)
                  and any(j < len(r) and not r[j].empty for r in body)]  # fmt: skip
        if len(marked) >= MARKED_COLUMNS_MIN:
            break
    else:
        return table
    kept = [j for j in range(len(header)) if j not in marked]
    groups = {row[j].text.strip() for row in rows[:h] if not _across(row) for j in marked if j < len(row) and not row[j].empty}
    group = next(iter(groups)) if len(groups) == 1 else ""
    posts = any(vocab.column_key(header[j].text.strip()) == "role" or j < len(rows[h - 1]) and h and vocab.column_key(rows[h - 1][j].text.strip()) == "role"
                for j in kept)  # fmt: skip
    if posts and not group:
        return table

    def length(j: int) -> int:
        return sum(len(r[j].text) for r in body if j < len(r) and not re.fullmatch(r"\s*\d*\s*", r[j].text))
    # the row's text: the column of the longest cells that are no numbers
    text_col = max(kept, key=length, default=None)
    if text_col is None or not length(text_col):
        return table
    line = header[marked[0]].units[0].line_no
    above = [row if _across(row) else [*(row[j] for j in kept if j < len(row)), *([Cell([Unit(line, group)])] if posts else [])]
             for row in rows[:h]]  # fmt: skip
    out = [*above, [*(header[j] for j in kept), *([Cell([Unit(line, group)], merged=bool(h))] if posts else [])]]
    for row in body:
        cells = [row[j] if j < len(row) else Cell() for j in kept]
        where = [(header[j].text.strip(), row[j].text.strip(), row[j]) for j in marked if j < len(row) and not row[j].empty]
        # each kind of mark with its columns ("●：3月、4月；○：5月"): a legend may tell them apart
        by_mark: dict[str, list[str]] = {}
        for label, mark, _ in where:
            by_mark.setdefault(mark, []).append(label)
        # beside a duty "（●：3月、4月）"; as a post's value "早班、中班" ("高处作业证（●）；叉车证（○）" for two
        # kinds), never led by the mark, which would read as a bullet
        marks = "；".join(f"{mark}：{'、'.join(labels)}" for mark, labels in by_mark.items())
        value = "；".join("、".join(labels) + (f"（{mark}）" if len(by_mark) > 1 else "") for mark, labels in by_mark.items())
        if posts:
            cells.append(Cell([replace(where[0][2].units[0], text=value)]) if where else Cell())
        elif where and cells[kept.index(text_col)].units and not cells[kept.index(text_col)].merged:
            cell = cells[kept.index(text_col)]
            last = cell.units[-1]
            cells[kept.index(text_col)] = Cell([*cell.units[:-1], last.with_text(f"{last.text}（{marks}）")])
        out.append(cells)
    return Table(rows=out, source=table.source, name=table.name, row_numbers=table.row_numbers)


_LEGEND = re.compile(rf"([{MARKS}])\s*[=＝:：为]\s*([\u4e00-\u9fff]{{2,8}})")
MARK_MATRIX_POSTS_MIN = 2  # post columns of a requirements matrix of marks


def post_mark_matrix(table: Table, vocab: Vocab) -> Table:
    """A matrix of requirements by post ("类别 | 资格项目 | 二手车评估师 | 二手车置换专员", "●" where a
    post needs the item, "○" where it is preferred, a legend below): one row per post, the items
    it is marked for under their category's label ("学历 | 专业 | 经验 …"), each with what its mark
    means when the marks differ; the table as it is otherwise."""
    rows = table.rows
    for h in range(min(3, len(rows) - 1)):
        # (a note merged across the table, its legend, is none of the matrix's rows)
        header, body = rows[h], [r for r in rows[h + 1:] if not _across(r)]
        posts = [j for j, cell in enumerate(header) if not cell.empty and not cell.merged and vocab.column_key(cell.text.strip()) is None
                 and vocab.label_key(cell.text.strip()) is None and (name := parse_title(cell.text, vocab, strong=True)) is not None
                 and has_role_suffix(name.title, vocab)]  # fmt: skip
        if len(posts) < MARK_MATRIX_POSTS_MIN:
            continue
        marked = [(i, j) for i, r in enumerate(body) for j in posts if j < len(r) and not r[j].empty]
        if marked and all(_POSITIVE_MARK.match(body[i][j].text.strip()) for i, j in marked) and len(marked) >= 2:
            break
    else:
        return table
    others = [j for j in range(len(header)) if j not in posts and j < min(posts)]
    if not others:
        return table
    item_col = max(others, key=lambda j: sum(len(r[j].text) for r in body if j < len(r) and not r[j].merged))
    items = [r[item_col].text for r in body if item_col < len(r) and not r[item_col].empty]
    if sum(bool((t := parse_title(x, vocab, strong=True)) and has_role_suffix(t.title, vocab)) for x in items) * 2 >= len(items):
        return table  # posts down the rows, certificates or grades across: the other way round, not this
    category = next((j for j in others if j < item_col), None)
    kinds = [vocab.label_key(r[category].text.strip()) for r in body if category is not None and category < len(r) and not r[category].empty]
    if not kinds or sum(k in QUALIFICATION_KEYS for k in kinds) * 2 < len(kinds):
        return table  # (marks of who does what, "安全管理 | 每月组织安全检查 | ★", are duties, read as they were)
    legend = {m: meaning for r in rows[h + 1:] for c in r for m, meaning in _LEGEND.findall(c.text)}
    counts = Counter(body[i][j].text.strip() for i, j in marked)
    usual = counts.most_common(1)[0][0]  # the mark most items carry: its meaning goes without saying
    columns: dict[str, int] = {}  # a category label -> its column in the new table
    by_post: dict[int, dict[str, list[Unit]]] = {j: {} for j in posts}
    last_label = ""
    for r in body:
        item = r[item_col] if item_col < len(r) else Cell()
        if item.empty or _across(r) or _LEGEND.search(item.text):
            continue
        label = (r[category].text.strip() if category is not None and category < len(r) and not r[category].empty else "") or last_label
        last_label = label
        key = vocab.label_key(label) if label else None
        head = label if key is not None else "任职要求"
        text = item.text.strip() if key is not None or not label else f"{label}：{item.text.strip()}"
        for j in posts:
            mark = r[j].text.strip() if j < len(r) else ""
            if not mark:
                continue
            note = f"（{legend.get(mark, mark)}）" if mark != usual else ""
            columns.setdefault(head, len(columns))
            by_post[j].setdefault(head, []).append(Unit(item.units[0].line_no, text + note))
    if not columns:
        return table
    line = header[posts[0]].units[0].line_no
    out = [*rows[:h], [Cell([Unit(line, "岗位")]), *(Cell([Unit(line, head)]) for head in columns)]]
    for j in posts:
        if not by_post[j]:
            continue  # a post marked for nothing: no requirement stated
        out.append([Cell(list(header[j].units)), *(Cell(by_post[j].get(head, [])) for head in columns)])
    width = len(columns) + 1
    out += [[Cell(list(r[0].units)), *(Cell(list(r[0].units), merged=True) for _ in range(width - 1))]
            for r in rows[h + 1:] if _across(r)]  # the legend and notes, still read
    return Table(rows=out, source=table.source, name=table.name)


def labelled_standards(table: Table, vocab: Vocab) -> list[Unit] | None:
    """"工作事项 | 工作标准" (an item's short name beside the standard it is done to, and nothing
    else): a list of the work under its label, each entry its name and its standard ("卸车扫描：" then
    "到车后逐件扫描…" on the lines they stand on); None for any other table."""
    rows = [r for r in table.rows if any(not c.empty for c in r)]
    if len(rows) < 3:
        return None
    head = [c for c in rows[0] if not c.empty and not c.merged]
    if len(head) != 2 or any(len([c for c in r if not c.empty and not c.merged]) != 2 for r in rows[1:]):
        return None
    first, second = (h.text.strip() for h in head)
    if vocab.label_key(first) not in ("duties", "duty_label") or vocab.column_key(first) not in (None, "duty_label") \
            or vocab.column_key(second) not in ("standard", "definition"):
        return None
    out = [Unit(head[0].units[0].line_no, first, Hint(heading=4))]
    for row in rows[1:]:
        name, standard = [c for c in row if not c.empty and not c.merged]
        if len(name.text) > SUB_LABEL_MAX * 2:
            return None
        out.append(Unit(name.units[0].line_no, f"{name.text.strip()}：", Hint(item=True)))
        out += [Unit(u.line_no, u.text, Hint(cont=True)) for u in standard.units if u.text.strip()]
    return out


LABEL_ROW_SHARE = 0.6  # cells of a row that are labels the lexicon knows, for a row of labels


def paired_label_rows(table: Table, vocab: Vocab) -> Table:
    """A form of labels over values, two or more times ("岗位名称 | 所属部门 …" over "育种员 | 育种研发中心
    …", then "岗位编码 | 岗位等级 | 薪资标准 …" over "JH-YZ-02 | P5—P7 | 税前月薪…"): one row of all
    its labels over one row of all its values, as a one-row form is read."""
    rows = [r for r in table.rows if any(not c.empty for c in r)]
    if len(rows) < 4 or len(rows) % 2:
        return table

    def labels(row: list[Cell]) -> bool:
        cells = [c for c in row if not c.empty and not c.merged]
        known = sum(bool(vocab.label_key(squash(c.text).rstrip(":：")) or vocab.column_key(c.text.strip())) for c in cells)
        return len(cells) >= 2 and known >= LABEL_ROW_SHARE * len(cells)

    if not all(labels(rows[i]) and not labels(rows[i + 1]) for i in range(0, len(rows), 2)):
        return table
    header = [c for i in range(0, len(rows), 2) for c in rows[i]]
    values = [c for i in range(1, len(rows), 2) for c in rows[i]]
    return Table(rows=[header, values], source=table.source, name=table.name)


def transpose_labelled_rows(table: Table, vocab: Vocab) -> Table:
    """A KPI sheet drawn sideways ("指标 | 百万吨死亡率 | 轻伤事故起数 …", "权重 | 15 | 10 …",
    "计分办法 | …"): each indicator is a column, each row a column label's values. Each run of such
    rows is read as the usual table: the labels are its header, every indicator a record; the rows
    around the runs (titles, notes) stay where they are."""
    def label(row: list[Cell]) -> str | None:
        first = next((c for c in row if not c.empty), None)
        if first is None or first is not row[0] or first.merged or sum(not c.empty for c in row) < 2:
            return None
        key = vocab.column_key(first.text.strip())
        return key if key in _ROW_LABEL_KEYS else None

    table = _unfold_label_pairs(table, vocab, label)
    labels = [label(row) for row in table.rows]
    runs: list[list[int]] = []
    for i, key in enumerate(labels):
        if key is None:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    # (a sideways sheet's rows name different columns; "KPI-01 | KPI-02 …" down a catalogue's code
    # column read as numbered "KPI" labels name one)
    runs = [r for r in runs if len(r) >= TRANSPOSED_MIN and "indicator" in (keys := {labels[i] for i in r}) and len(keys) >= 2]
    if not runs:
        return table
    starts = {r[0]: r for r in runs}
    inside = {i for r in runs for i in r}
    rows: list[list[Cell]] = []
    header: list[str] | None = None  # the labels of the last run, while only blank rows follow it
    for i, row in enumerate(table.rows):
        if i in starts:
            labelled = [table.rows[j] for j in starts[i]]
            width = max(len(r) for r in labelled)
            columns = [[Cell(list(r[j].units)) if j < len(r) else Cell([]) for r in labelled] for j in range(width)]
            values = [col for col in columns[1:] if any(not c.empty for c in col)]
            labels = [squash(c.text) for c in columns[0]]
            if labels == header:
                # a stack of cards of the same labels: one table, each card a record under one header
                while rows and all(c.empty for c in rows[-1]):
                    rows.pop()
                rows += values
            else:
                rows += [columns[0], *values]
            header = labels
        elif i not in inside:
            rows.append(row)
            if any(not c.empty for c in row):
                header = None
    # "【指标卡 K02】" merged across a stack of cards: still a title across the (now wider) table,
    # not a record of the card above
    width = max((len(r) for r in rows), default=0)
    rows = [[*r, *(Cell(list(r[0].units), merged=True) for _ in range(width - len(r)))] if _across(r) else r for r in rows]
    return Table(rows=rows, source=table.source, name=table.name)


def _unfold_label_pairs(table: Table, vocab: Vocab, label: Callable[[list[Cell]], str | None]) -> Table:
    """An indicator card of two label-value pairs a row ("指标名称 | 物业费收缴率 | 权重 | 25%",
    "适用岗位 | 客服管家 | 考核周期 | 月度"): each pair a row of its own, so the card reads as a
    sideways sheet of one indicator; a value merged across the rest of its row keeps one cell."""
    def paired(row: list[Cell]) -> bool:
        # (the values are no labels: "考核指标 | 权重 | 目标值 | 评分办法" is a table's header row)
        # (an indicator's name is a value whatever words end it: "指标名称 | 换纸停机时间")
        return (len(row) == 4 and label(row) is not None and not row[1].empty and not row[2].merged
                and vocab.column_key(row[2].text.strip()) in _ROW_LABEL_KEYS
                and not any(vocab.column_key(row[k].text.strip()) for k in (1, 3)
                            if vocab.column_key(row[k - 1].text.strip()) not in _NAMING_KEYS))  # fmt: skip
    if sum(paired(r) for r in table.rows) < 2:
        return table
    rows: list[list[Cell]] = []
    for row in table.rows:
        if paired(row):
            rows += [row[:2], row[2:]]
        elif label(row) is not None and all(c.merged and c.units == row[1].units for c in row[2:]):
            rows.append(row[:2])
        else:
            rows.append(row)
    return Table(rows=rows, source=table.source, name=table.name)


def _across(row: list[Cell]) -> bool:
    """One value merged across the whole row (a title row)."""
    return len(row) >= 2 and not row[0].empty and all(c.merged and c.units == row[0].units for c in row[1:])


_NUMBERED = re.compile(r"^(?P<base>\D{1,8}?)\s*[_\-]?\s*(?P<n>\d{1,2})$")


def _pair_columns(row: list[Cell], vocab: Vocab) -> dict[int, tuple[int, int]] | None:
    """"指标1 | 权重1 | 指标2 | 权重2 …": number -> (indicator column, weight column), when two or more
    numbered pairs stand in the row; else None."""
    found: dict[int, dict[str, int]] = {}
    for j, cell in enumerate(row):
        m = _NUMBERED.match(squash(cell.text)) if not cell.merged else None
        key = vocab.column_key(m["base"]) if m else None
        if m and key in ("indicator", "indicator_code", "weight"):
            found.setdefault(int(m["n"]), {})["weight" if key == "weight" else "indicator"] = j
    pairs = {n: (cols["indicator"], cols["weight"]) for n, cols in found.items() if len(cols) == 2}
    return pairs if len(pairs) >= 2 else None


STACKED_MIN = 3  # cells of a form that hold their label over their value ("岗位名称" / "食堂厨师长" in one cell)


def _stacked_label(cell: Cell, vocab: Vocab) -> bool:
    """A cell whose first line is a label the lexicon knows and whose other lines are its value."""
    if cell.merged or len(cell.units) < 2:
        return False
    first = cell.units[0].text.strip().rstrip(":：")
    return 0 < len(first) <= _LABEL_MAX and (vocab.label_key(first) is not None or vocab.kind_of_label(first) is not None)


def stacked_labels(table: Table, vocab: Vocab) -> Table:
    """A form whose every cell holds its label on the first line and its value under it ("岗位名称" over
    "食堂厨师长", "岗位职责" over the duties): each such cell read as two, label | value, so the row is
    the form's label/value pairs."""
    cells = [c for row in table.rows for c in row if not c.empty and not c.merged]
    stacked = [c for c in cells if _stacked_label(c, vocab)]
    if len(stacked) < STACKED_MIN or len(stacked) * 5 < len(cells) * 4:
        return table
    rows = []
    for row in table.rows:
        cut: list[Cell] = []
        for c in row:
            if not _stacked_label(replace(c, merged=False), vocab):
                cut.append(c)
            elif not (c.merged and any(x.units == c.units[1:] for x in cut)):
                # (a stacked cell merged across columns, "专业要求" over its value spanning two: read once;
                # a copy in the rows below is split alike)
                cut += [Cell(c.units[:1], c.merged), Cell(c.units[1:], c.merged)]
        rows.append(cut)
    return replace(table, rows=rows)


def numbered_pairs(table: Table, vocab: Vocab) -> Table:
    """A post's indicators written across its row as numbered pairs ("岗位 | 指标1 | 权重1 | 指标2 | 权重2",
    codes of a library or names) read as one row per indicator: the row's other cells (部门, 岗位) are
    repeated as copies of the first, so each is cited once."""
    rows = table.rows
    at = next((i for i, row in enumerate(rows) if _pair_columns(row, vocab)), None)
    if at is None:
        return table
    pairs = _pair_columns(rows[at], vocab) or {}
    in_pairs = {j for cols in pairs.values() for j in cols}
    totals = vocab.not_indicators
    keep = [j for j, cell in enumerate(rows[at]) if j not in in_pairs and squash(cell.text) not in totals]
    first = pairs[min(pairs)]
    out = [*rows[:at], [*(rows[at][j] for j in keep), rows[at][first[0]], rows[at][first[1]]]]
    numbers = list(table.row_numbers[: at + 1]) if table.row_numbers else []
    end = at + 1
    while end < len(rows) and not _pair_columns(rows[end], vocab) and not _across(rows[end]):
        row = rows[end]
        if all(c.empty for c in row):
            break
        emitted = 0
        for n in sorted(pairs):
            name, weight = (row[j] if j < len(row) else Cell() for j in pairs[n])
            if name.empty:
                continue
            rest = [row[j] if j < len(row) else Cell() for j in keep]
            if emitted:
                rest = [Cell(list(c.units), merged=True) for c in rest]  # the post's cells, already cited
            out.append([*rest, name, weight])
            numbers += [table.row_numbers[end]] if table.row_numbers else []
            emitted += 1
        end += 1
    # a later block under a header of its own ("2024年岗位考核方案（已废止）" over the same columns)
    rest = numbered_pairs(Table(rows=rows[end:], source=table.source, name=table.name,
                                row_numbers=table.row_numbers[end:] if table.row_numbers else []), vocab) if end < len(rows) else None
    if rest is not None:
        out += rest.rows
        numbers += rest.row_numbers
    return Table(rows=out, source=table.source, name=table.name, row_numbers=numbers)


GROUP_ROW_ROWS = 2  # rows from the top where a group row can stand (under a title across the table)
_GROUP_HEADER_FILL = 0.8  # share of a header row's cells that are labels


def spread_group_row(table: Table, vocab: Vocab) -> Table:
    """A row of group names over the real header, written without merged cells ("基本信息,,,,,任职要求,,,"
    in a CSV, or "岗位信息 | 岗位信息 | 任职要求" typed into every cell): each group's blank or repeated
    cells become copies of its name, as if merged across its columns, so the header under it is read
    as the two-row grouped header it is and every row below is a record."""
    rows = table.rows
    at = next((i for i, row in enumerate(rows[:GROUP_ROW_ROWS]) if not _across(row) and any(not c.empty for c in row)), None)
    if at is None or len(rows) < at + 3 or not _group_row(rows[at], rows[at + 1], vocab):
        return table
    spread: list[Cell] = []
    for j, cell in enumerate(rows[at]):
        left = spread[j - 1] if j else None
        if left is not None and not left.empty and not cell.merged and (cell.empty or squash(cell.text) == squash(left.text)):
            spread.append(Cell(list(left.units), merged=True))  # the group's name carried across its columns
        else:
            spread.append(cell)
    return replace(table, rows=[*rows[:at], spread, *rows[at + 1:]])


def _group_row(top: list[Cell], sub: list[Cell], vocab: Vocab) -> bool:
    """``top`` names groups of the columns ``sub`` labels: two or more short names, as many of its
    other cells blank or repeated, over a row of distinct short labels two or more of which are
    known columns."""
    names = [c for j, c in enumerate(top) if not c.empty and not c.merged and not (j and squash(c.text) == squash(top[j - 1].text))]
    spans = sum(1 for c in top if not c.merged) - len(names)  # blank or repeated cells: the groups' spans
    if len(names) < 2 or spans < len(names) or any(len(c.text.strip()) > _HEADER_TEXT_MAX for c in names):
        return False
    width = max(len(top), len(sub))
    labels = [squash(c.text) for c in sub if not c.empty]
    if len(labels) < _GROUP_HEADER_FILL * width or len(set(labels)) != len(labels):
        return False
    if any(len(c.text.strip()) > _LABEL_MAX for c in sub if not c.empty):
        return False  # a record's values, not a header's labels
    known = sum(1 for c in sub if not c.empty and vocab.column_key(c.text.strip()))
    return known >= 2 and known > sum(1 for c in names if vocab.column_key(c.text.strip()))


def flatten_group_header(table: Table, vocab: Vocab) -> Table:
    """A two-row header whose first row groups columns ("岗位信息" over 岗位名称 | 所属部门 | 汇报对象,
    "任职要求" over 学历 | 专业 …) read as one header row: each column's own label, or the label
    merged down from the first row ("序号", "需求人数")."""
    rows = table.rows
    # a title merged across the sheet above the two header rows ("明眸视光 岗位信息总表（2025年4月）") stays
    lead = 1 if rows and _across(rows[0]) else 0
    if len(rows) < 3 + lead:
        return table
    top, sub = rows[lead], rows[lead + 1]
    def same(a: Cell, b: Cell) -> bool:
        return bool(a.units) and [(u.line_no, u.text) for u in a.units] == [(u.line_no, u.text) for u in b.units]

    # groups, not a title across the whole table: two or more labelled cells, one spanning columns
    labelled = [c for c in top if not c.merged and c.text.strip()]
    spanning = [top[j - 1] for j, cell in enumerate(top) if j and cell.merged and same(cell, top[j - 1]) and not top[j - 1].merged]
    grouped = len(labelled) >= 2 and bool(spanning)
    known = sum(1 for c in sub if not c.merged and c.text.strip() and vocab.column_key(c.text.strip()))
    # ("值机员 | 值机主管" over 权重 | 目标值 each: posts grouping their own columns, read post by post)
    # ("杭州 | 上海" over 月底薪 | 浮动部分 each: the same labels under every group, read group by group)
    labels = [squash(c.text) for c in sub if not c.merged and c.text.strip()]
    if not grouped or known < 2 or any(_post_name(c, vocab) for c in spanning) or len(labels) != len(set(labels)):
        return table
    # ("岗位" over 场馆 | 部门 | 岗位名称: a group one of whose labels names its column alone (岗位名称) gives
    # that column its meaning; the others are not read as the group's)
    origin: list[int] = []
    for j, cell in enumerate(top):
        origin.append(origin[j - 1] if j and cell.merged and same(cell, top[j - 1]) else j)
    named: dict[int, set[str]] = {}
    for j, c in enumerate(sub):
        if j < len(origin) and not c.merged and c.text.strip() and (k := vocab.column_key(c.text.strip())):
            named.setdefault(origin[j], set()).add(k)
    header = [Cell(list(c.units)) if c.merged and j < len(top) and same(c, top[j])
              else _under_group(c, top[j] if j < len(top) else None, vocab, named.get(origin[j], set()) if j < len(origin) else set())
              for j, c in enumerate(sub)]  # fmt: skip
    numbers = [*table.row_numbers[:lead], *table.row_numbers[lead + 1:]] if table.row_numbers else []
    return Table(rows=[*rows[:lead], header, *rows[lead + 2:]], source=table.source, name=table.name, row_numbers=numbers)


REPEAT_HEADER_ROWS = 4  # rows from the top where the header of repeated column groups can be


def repeated_groups(table: Table, vocab: Vocab) -> Table:
    """"岗位 | 考核人 | 指标名称 | 权重 | 目标值 | 指标名称 | 权重 | 目标值 …" (one row per post, its
    indicators side by side, each in the same group of columns, "指标1 | 指标2 …" over the groups):
    one row per post and group under one group's header, so every indicator is read, not the first."""
    rows = table.rows
    for h in range(min(len(rows) - 1, REPEAT_HEADER_ROWS)):
        labels = [squash(c.text) for c in rows[h]]
        start = next((j for j, c in enumerate(rows[h]) if not c.merged and vocab.column_key(c.text.strip()) == "indicator"), None)
        if start is None:
            continue
        width = next((j - start for j in range(start + 1, len(labels)) if labels[j] == labels[start]), 0)
        if width < 2:
            continue  # ("指标1 | 指标1 …", a group's title merged over its columns: the header is below)
        count = (len(labels) - start) // width
        group = labels[start : start + width]
        if count < 2 or any(labels[start + g * width : start + (g + 1) * width] != group for g in range(count)) \
                or any(labels[start + count * width :]):
            return table
        # "指标1 | 指标2 …" over the groups: no header of its own once the groups are one
        above = h - 1 if h and [squash(c.text) for c in rows[h - 1][:start]] == labels[:start] else h
        out = [*rows[:above], rows[h][: start + width]]
        numbers = list(table.row_numbers[:above]) + ([table.row_numbers[h]] if table.row_numbers else [])
        for i in range(h + 1, len(rows)):
            row = rows[i]
            parts = [row[start + g * width : start + (g + 1) * width] for g in range(count)] if len(row) >= start + count * width else []
            if not parts or all(c.merged or c.empty for c in row[start:]):
                out.append(row)  # a note across the sheet, a row of another shape
                numbers += [table.row_numbers[i]] if table.row_numbers else []
                continue
            for g, cells in enumerate(parts):
                if all(c.empty for c in cells):
                    continue
                lead = row[:start] if g == 0 else [Cell(list(c.units), merged=True) for c in row[:start]]
                out.append([*lead, *cells])
                numbers += [table.row_numbers[i]] if table.row_numbers else []
        return Table(rows=out, source=table.source, name=table.name, row_numbers=numbers if table.row_numbers else [])
    return table


def _place_name(label: str, vocab: Vocab) -> bool:
    """"苗圃基地" names a place, "工作地点" the column of places."""
    return vocab.column_key(label) == "location" and vocab.field_key(label) is None and vocab.label_key(label) is None


def _under_group(cell: Cell, group: Cell | None, vocab: Vocab, taken: frozenset[str] | set[str] = frozenset()) -> Cell:
    """"下限 | 上限" under "月薪（元）": a label that names no column alone is read with its group's
    ("月薪（元）下限" is the pay), quoted on its own line as written."""
    label = cell.text.strip()
    if group is None or cell.merged or not cell.units or not label or not group.text.strip():
        return cell
    joined = f"{group.text.strip()}{label}"
    key = vocab.column_key(group.text.strip())
    own = next((k for f in (vocab.column_key, vocab.field_key, vocab.label_key) if (k := f(label))), None)
    # ("苗圃基地" under "编制（人）": a place the group's fact is counted at, no place of the post)
    placed = _place_name(label, vocab) and key not in (None, "location")
    if not placed and (own is not None or key is None or key in taken or vocab.column_key(joined) != key):
        return cell
    first = cell.units[0]
    return Cell([replace(first, text=joined, raw=first.raw or first.text), *cell.units[1:]])


SPLIT_LABEL_CHARS = 6  # each half of a header label written over two rows ("岗位" over "名称")


def join_split_header(table: Table, vocab: Vocab) -> Table:
    """A header whose labels are written over two rows, one half in each ("岗位 | 所属 | 工作" over
    "名称 | 部门 | 地点", a CSV or a narrow sheet): one header row of the joined labels, kept when the
    joined labels name clearly more columns than either row alone."""
    rows = table.rows
    if len(rows) < 3 or table.width < 3:
        return table
    top, sub = rows[0], rows[1]

    def short(cell: Cell) -> bool:
        text = squash(cell.text)
        return not cell.merged and len(text) <= SPLIT_LABEL_CHARS and not re.search(r"\d", re.sub(r"[(（][^)）]*[)）]", "", text))

    if not all(short(c) for c in (*top, *sub)):
        return table

    def known(cells: list[str]) -> int:
        return sum(1 for c in cells if c and vocab.column_key(c))

    joined = [squash(a.text) + squash(b.text) for a, b in zip(top, sub)]
    if known(joined) < max(known([squash(c.text) for c in top]), known([squash(c.text) for c in sub])) + 2:
        return table
    header = [Cell([*a.units, *b.units]) for a, b in zip(top, sub)]  # each half stays on its own line
    numbers = table.row_numbers[1:] if table.row_numbers else []
    return Table(rows=[header, *rows[2:]], source=table.source, name=table.name, row_numbers=numbers, header=True)


SUB_LABEL_CHARS = 12  # a column's own label under a group's is short ("100分", "优秀", "一季度")


_ROW_FIELD_KEYS = ("target", "weight", "formula", "data_source", "period")


def _sub_labels(slots: list[Slot], header: dict[int, Column], vocab: Vocab) -> dict[int, Column] | None:
    """The row under a header whose only text is labels of the columns one header cell spans
    ("计分规则" over 100分 | 80分 | 60分 | 0分): the header with those columns' own labels, or None."""
    texted = [x for x in slots if not x.cell.merged and x.text.strip()]
    if len(texted) < 2:
        return None
    spans: dict[str, int] = {}
    for column in header.values():
        spans[column.label] = spans.get(column.label, 0) + 1
    for x in texted:
        column = header.get(x.col)
        if column is None or spans[column.label] < 2 or len(x.text.strip()) > SUB_LABEL_CHARS or "\n" in x.text.strip():
            return None
    out = dict(header)
    for x in texted:
        column = header[x.col]
        # "杭州" over 月底薪（元） | 浮动部分: a group the lexicon does not name takes its columns' own meaning;
        # so does "目标值" under "考核标准" (over 门槛值 | 目标值 | 挑战值): a column of a KPI row's own field
        own = vocab.column_key(re.sub(r"[(（][^()（）]*[)）]$", "", x.text.strip()))
        key = own if own in _ROW_FIELD_KEYS and column.key != own else column.key or own
        out[x.col] = Column(key, f"{column.label} {x.text.strip()}", column.slot, x.text.strip())
    _pay_parts(out, header, slots)
    return out


def _names_other_part(text: str, header: dict[int, Column], vocab: Vocab) -> bool:
    """A row across the table naming a part of the form other than the one the header's columns hold."""
    kind = vocab.kind_of_label(mk.strip_marker(text.strip()).strip().rstrip(":："))
    held = {KIND_OF_KEY.get(c.key or "") for c in header.values()} - {None}
    return kind is not None and bool(held) and kind not in held


def read_table(table: Table, vocab: Vocab) -> TableReading:
    events: list[RowEvent] = []
    header: dict[int, Column] | None = None
    last_record: RowEvent | None = None
    prev_row: list[Cell] | None = None
    width = table.width
    had_rows = False  # records or form rows so far: a header after them is not the table's first row
    summed = False  # a 合计 row closed the records: rows under it are the form's notes
    gap = False  # the row just read was blank
    for index, row in enumerate(table.rows):
        after_gap, gap = gap, all(c.empty and not c.merged for c in row)
        all_slots = slots_of(row, prev_row)
        prev_row = row
        slots = [s for s in all_slots if not s.cell.empty]
        if not slots or all(s.cell.merged for s in slots):
            continue  # nothing new on this row: only the rest of cells merged from above
        if (_title_row(slots, width, header) and not _labelled_value(slots[0].text, vocab)) or _labelled_row(slots, width, vocab):
            events.append(RowEvent("title", index, slots))
            if header is not None and _names_other_part(slots[0].text, header, vocab):
                header, last_record = None, None  # "二、任职资格" under the duty table's rows: the form's next part
            continue
        if len(slots) >= 2 and len(slots) == width and len({squash(x.text) for x in slots}) == 1 and len(slots[0].text) <= 40:
            # "岗位职责 | 岗位职责 | 岗位职责": a section row typed into every cell instead of merged
            events.append(RowEvent("title", index, slots[:1]))
            continue
        # a row whose first cell continues a form's label from above ("任职资格" merged down over
        # 学历 | 本科…, 技能要求 | 熟悉…) is one more form row, however its labels read
        continued = slots[0].cell.merged and bool(events) and events[-1].kind in ("pairs", "cells")
        # ... and its first row: "任职资格" merged down beside "学历 | 本科及以上", a label and its value
        spans_down = (not slots[0].cell.merged and index + 1 < len(table.rows) and table.rows[index + 1]
                      and table.rows[index + 1][0].merged and cell_key(table.rows[index + 1][0]) == cell_key(slots[0].cell))
        group = vocab.kind_of_label(slots[0].text.strip()) is not None or _is_label(slots[0].text, vocab) is None
        if spans_down and group and slots[0].col == 0 and (grouped := _grouped_pairs(slots[1:], vocab)):
            # the group's label heads its rows once; each row is its sub-labels and values
            # ("基本信息" merged down beside "所属部门 | 销售部 | 岗位定员 | 12人")
            events.append(RowEvent("title", index, slots[:1]))
            events.append(RowEvent("pairs", index, slots, pairs=grouped))
            had_rows = True
            continue
        # "产房卫生评分 | … | ≥85分 | 10%" under a header: a record whose name holds a label word, no
        # new header (a header names columns, it holds no weights or targets)
        measured = header is not None and any(_MEASURE_VALUE.search(x.text) for x in slots)
        # (under records, a row holding a sentence is one more record, whatever words it holds:
        # "作废票据 | 负责作废票据的登记…" is a duty, no header of a 作废 column)
        wordy = last_record is not None and any(len(squash(x.text)) > 12 for x in slots)
        # (a part's title, "二、任职要求" across the form, starts a grid of its own: the row under it
        # is that grid's first, its labels a field's own as much as a column's)
        fresh = header is None and not had_rows or bool(events) and events[-1].kind == "title"
        # (a blank row, then a row of labels: the next table of the sheet, its own header)
        fresh = fresh or (after_gap and header is not None and len(slots) >= 3)
        # ("基本信息" merged over 直接上级 | 最低学历 | 必备证书: the grid's second header row, labels alike)
        fresh = fresh or (bool(events) and events[-1].kind == "header" and not had_rows and header is not None
                          and any(c.key is None and squash(c.label) in vocab.fact_headings for c in header.values()))
        # (under "字段 | 填写内容", each row is one label and its value, however its cells read)
        named = header is not None and {"attribute_name", "attribute_value"} <= {c.key for c in header.values()}
        # (under a form's "所属部门 | 商务部" rows, "工作地点 | 青岛分公司" is one more: a place whose name ends
        # like a column's word, 分公司, is the value of the label beside it)
        paired = (bool(events) and events[-1].kind == "pairs" and len(slots) == 2 and vocab.label_key(slots[0].text) is not None
                  and vocab.label_key(slots[1].text) is None)  # fmt: skip
        columns = None if continued or measured or wordy or named or paired else _header_columns(slots, vocab, first=fresh)
        if (columns is None and header is not None and summed and len(slots) >= 2
                and [squash(x.text) for x in slots] == [squash(header[c].slot.text) for c in sorted(header) if header[c].slot is not None]):
            # the header again under a 合计 row ("岗位：熏蒸员…" / "序号 | 维度 | 指标 | 权重…"): the next
            # block of a sheet of stacked blocks, its records as the first block's
            columns = dict(header)
        if columns is None and index == 0 and table.header:
            # the format says this row names the columns ("岗位 | 平时怎么叫 | 直接上级 | 找他办什么"):
            # two known labels among the company's own make it the header, not a form's pairs
            columns = _header_columns(slots, vocab, first=True, declared=True)
        if columns is not None:
            if summed and events and events[-1].kind == "cells" and len(events[-1].slots) == 1:
                # "▶ 考核对象：预算员" between the 合计 row and the header again: the next block's caption
                events[-1] = RowEvent("title", events[-1].index, events[-1].slots)
            if events and events[-1].kind == "header" and header is not None:
                merged = dict(header)
                for col, column in columns.items():
                    above = merged.get(col)
                    if column.key and above is not None and above.key is None and above.slot is not None and above.slot.span >= 2:
                        # "值机员" over 权重 | 目标值: each column is the group's own ("值机员 权重")
                        merged[col] = Column(column.key, f"{above.label} {column.label}", column.slot)
                    elif (column.key == "location" and _place_name(column.label, vocab) and above is not None
                          and above.key and above.key != "location" and above.slot is not None and above.slot.span >= 2):  # fmt: skip
                        # "编制（人）" over 滨江公园养护标段 | 苗圃基地: the group's fact at each place, no place of the post
                        merged[col] = Column(above.key, f"{above.label} {column.label}", column.slot)
                    elif column.key or col not in merged:
                        merged[col] = column
                for slot in slots:
                    above = header.get(slot.col)
                    if ((slot.col not in columns or not columns[slot.col].key) and above is not None and above.key
                            and slot.text.strip() and not slot.cell.merged):  # fmt: skip
                        # "月薪（元）" over 杭州 | 上海 | 三亚: the group's column, each named by its own label too
                        merged[slot.col] = Column(above.key, f"{above.label} {slot.text}", slot)
                _pay_parts(merged, header, slots)
                columns = merged
            _pay_total(columns, vocab)
            header = columns
            last_record = None
            summed = False
            events.append(RowEvent("header", index, slots, columns=header))
            continue
        if named and header is not None and not any(c.key == "role" for c in header.values()):
            # "岗位名称 | 网络工程师 | 与组织架构…一致" under "字段 | 填写内容 | 填写说明": one post's form
            # written as a list of its fields, each row a label and its value (the notes on how to fill
            # it in are no fact)
            cols = {c.key: col for col, c in sorted(header.items(), reverse=True)}
            label = next((x for x in slots if x.col == cols["attribute_name"]), None)
            value = next((x for x in slots if x.col == cols["attribute_value"]), None)
            if label is not None:
                events.append(RowEvent("pairs", index, slots, pairs=[Pair(label, _is_label(label.text, vocab), value)]))
                had_rows = True
                continue
        sub = _sub_labels(slots, header, vocab) if header is not None and events and events[-1].kind == "header" else None
        if sub is not None:
            header = sub  # "计分规则" over 100分 | 80分 | 60分 | 0分: each column keeps its own label too
            events.append(RowEvent("header", index, slots, columns=header))
            continue
        summing = squash(slots[0].text).endswith(vocab.total_endings) and len(squash(slots[0].text)) <= TOTAL_LABEL_MAX
        if squash(slots[0].text) in vocab.not_indicators or summing:
            # "合计 | 100%": a sum, no fact ("钻井部权重合计 | 100%": a block's); "备注 | 考核结果与奖金挂钩"
            # under a header: text, not a record
            numbers = all(re.fullmatch(r"[\d.,%％分]*", squash(x.text)) for x in slots[1:])
            if numbers or header is not None:
                events.append(RowEvent("totals" if numbers else "cells", index, slots))
                summed = summed or numbers
                continue
        if summed and header is not None and last_record is not None and len(slots) >= 3 and (
                {x.col for x in slots} >= {x.col for x in last_record.slots}
                or (column := header.get(slots[0].col)) is not None and column.key == "role"):
            # "抢修工 | P09-到场及时率 | 35% | ≥98%" under 调度员's 合计: the next post's block (its post
            # in the post column, however many of the notes columns its rows fill)
            summed = False
        if summed and header is not None:
            # "考核等级：90分以上为A…", "考核人签字：" under the 合计 row: the form's notes, no record
            events.append(RowEvent("cells", index, slots))
            continue
        if header is not None and len(slots) == 1 and _NOTE_ROW.match(slots[0].text):
            events.append(RowEvent("cells", index, slots))  # "备注：…" under the table: its text, no record
            continue
        first_is_label = _is_label(slots[0].text, vocab) is not None and not slots[0].cell.merged
        if first_is_label and header is not None and header.get(slots[0].col) is not None:
            # "财务维度" under the header's 考核维度: a value of that column that reads like its
            # label, in a record that fills the header's other columns too, not a form row
            column = header[slots[0].col]
            if column.key and _is_label(slots[0].text, vocab) == column.key and len(slots) >= 3:
                first_is_label = False
            elif column.key in _NUMBER_KEYS and _FIGURE_CELL.search(slots[0].text):
                first_is_label = False  # "KPI-01" under 编号: the record's number, no numbered "KPI" label
            # "神秘顾客得分 | 15% | ≥90分 | …": a row that fills every column of the header, and
            # whose other cells are values, is a record though its first cell reads like a label
            elif len(slots) >= 3 and len(slots) >= len(header) and not any(_is_label(x.text, vocab) for x in slots[1:]):
                first_is_label = False
            elif measured and len(slots) >= 3:
                first_is_label = False  # "产房卫生评分 | … | ≥85分 | 10%": an indicator's row, with its weight
            elif (marker := mk.parse_marker(slots[0].text)) is not None and marker.family in mk.HEADING_FAMILIES and len(slots) <= 2:
                first_is_label = False  # "一、客户维度 | 30%" under the header: a group of the records below
            elif last_record is not None and any(c < slots[0].col for c in last_record.values):
                # ",,,,,,专业,口腔修复工艺" under a record: the record goes on (its post, store and
                # number written on its first row only), no form row
                first_is_label = False
        if header is not None and not first_is_label:
            # (a row after a blank one goes on with no record above it)
            event = _record(index, all_slots, slots, header, None if after_gap else last_record)
            events.append(event)
            had_rows = had_rows or event.kind == "record"
            if event.kind == "record":
                last_record = event
            continue
        if header is not None and first_is_label:
            header = None  # a form row ends the table part the header governed
            last_record = None
        # "考核对象：店长 | 考核周期：年度": each cell a fact with its own label, no label cell beside a value
        own_labels = len(slots) >= 2 and all(_LABELLED_FACT.match(s.text) and "\n" not in s.text.strip() for s in slots)
        pairs = None if own_labels else _pairs(slots, vocab)
        if continued and not slots[1].cell.merged and (grouped := _grouped_pairs(slots[1:], vocab)):
            pairs = grouped  # "(任职资格) | 专业 | 新闻学…": under the group's label, one pair or several
        if pairs is None and continued and len(slots) == 3 and not slots[1].cell.merged and len(squash(slots[1].text)) <= SUB_LABEL_MAX:
            # "任职资格 (merged down) | 驾驶证 | 持A3…": the company's own sub-label under a form's label
            pairs = [Pair(slots[1], _is_label(slots[1].text, vocab), slots[2])]
        events.append(RowEvent("pairs", index, slots, pairs=pairs) if pairs else RowEvent("cells", index, slots))
        had_rows = had_rows or pairs is not None
    _name_columns(events, vocab)
    return TableReading(table, events)


_POST_FACTS = frozenset({"duties", "qualifications", "pay", *QUALIFICATION_KEYS})
NAME_COLUMN_SHARE = 0.5  # of a column's values that must be posts' titles for it to name the rows' posts


def _name_columns(events: list[RowEvent], vocab: Vocab) -> None:
    """"节点编码 | 节点类型 | 名称 | 学历要求 | 月薪 | 职责摘要": a header naming no post column over
    columns of what a post requires, does and earns; a column of the company's own whose values are
    mostly posts' titles ("列车长", "检票员" among the units' rows "乘务一车队") names each row's post."""
    for header in {id(e.columns): e.columns for e in events if e.kind == "header"}.values():
        keys = {c.key for c in header.values()}
        if "role" in keys or "level" in keys or not keys & _POST_FACTS:
            continue  # (a grid of grades, "等级 | 等级名称 | 底薪", is read row by row as it is)
        rows = [e for e in events if e.kind == "record" and e.columns is header]
        if len(rows) < 2:
            continue
        # (a table names its rows' subject before what it says of them: a column of posts after the
        # duties, "服务对象 | 质检员", names whom the row's work is for)
        first_fact = min(c for c, column in header.items() if column.key in _POST_FACTS)
        for col, column in sorted(header.items()):
            if col >= first_fact:
                break
            if column.key is not None or column.slot is None or column.slot.col != col or vocab.label_key(column.label):
                continue  # (nor a column a field's label names: "职业资格证书 | 眼镜验光员（四级）")
            cells = [e.values[col].text.strip() for e in rows if col in e.values and not e.values[col].inherited]
            posts = [t for t in cells if len(t) <= 16 and has_role_suffix(t, vocab) and parse_title(t, vocab, strong=True) is not None
                     and not is_unit_name(t, vocab)]  # fmt: skip
            if len(posts) >= 2 and len(set(posts)) == len(posts) and len(posts) >= NAME_COLUMN_SHARE * len(cells):
                for c in range(col, col + column.slot.span):
                    header[c] = Column("role", column.label, column.slot)
                break


def _record(index: int, all_slots: list[Slot], slots: list[Slot], header: dict[int, Column],
            last: RowEvent | None) -> RowEvent:
    values: dict[int, Slot] = {}
    for slot in all_slots:
        col = slot.col if slot.col in header else next((c for c in range(slot.col, slot.col + slot.span) if c in header), None)
        if col is None or slot.cell.empty or header[col].key == SUPERSEDED:
            continue
        values[col] = slot
    key_cols = [c for c, col in header.items() if col.key in KEY_COLUMNS]
    if last is not None and key_cols and not any(c in values for c in key_cols):
        return RowEvent("continuation", index, slots, columns=header, values=values)
    if last is not None:
        # a blank group cell repeats the row above, unless a group to its left changed on this
        # row (部门 销售部 under 餐饮部's 行政总厨: the blank 岗位 is not the chef's)
        changed = False
        for col in sorted(header):
            if header[col].key not in GROUP_COLUMNS:
                continue
            if col in values:
                before = last.values.get(col)
                changed = changed or before is None or flat(before.cell) != flat(values[col].cell)
            elif col in last.values and not changed:
                values[col] = Slot(col, 1, last.values[col].cell, inherited=True)
    for col, slot in list(values.items()):
        if slot.cell.merged:
            values[col] = Slot(slot.col, slot.span, slot.cell, inherited=True)
    return RowEvent("record", index, slots, columns=header, values=values)


DOCUMENT_CELL_LINES = 6  # lines of one cell that hold a whole description, its parts labelled


def document_cells(table: Table, vocab: Vocab) -> list[Unit | Table] | None:
    """A cell holding a whole post description ("【岗位名称】单证员 / 【岗位职责】 / 1、… / 【任职要求】 / …",
    typed with Alt+Enter into one cell beside a label "岗位说明"): its lines are read as text between
    the table's other rows. None when no cell is such a document."""
    def labelled(text: str) -> bool:
        core = re.sub(r"^[【\[〔(（]\s*|\s*[】\]〕)）]\s*", "", text.strip())
        core = re.split(r"[】\]〕:：]", core, maxsplit=1)[0].strip()
        return bool(core) and bool(vocab.section_kind(core) or vocab.kind_of_label(core) or vocab.label_key(core))

    def document(cell: Cell) -> bool:
        lines = [u.text for u in cell.units if u.text.strip()]
        parts = sum(labelled(t) and (vocab.section_kind(_bracketed(t)) is not None or vocab.kind_of_label(_bracketed(t)) is not None)
                    for t in lines)  # fmt: skip
        return len(lines) >= DOCUMENT_CELL_LINES and parts >= 2

    def beside_label(row: list[Cell], j: int) -> bool:
        # only a label beside it ("岗位说明 | …"): a record's cell (a posting row's 职位描述) stays the record's
        others = [c for k, c in enumerate(row) if k != j and not c.empty and not (c.merged and c.units == row[j].units)]
        return len(others) == 1 and len(squash(others[0].text)) <= _LABEL_MAX and not _SENTENCE.search(others[0].text)

    def cards(row: list[Cell]) -> list[int]:
        # "■ 道路清扫保洁员 | ■ 公厕管理员": posts' cards side by side, each cell a whole description
        held = [j for j, c in enumerate(row) if not c.empty and not (c.merged and j and row[j - 1].units == c.units)]
        return held if len(held) >= 2 and all(document(row[j]) for j in held) else []

    found: list[tuple[int, list[int]]] = []
    for i, row in enumerate(table.rows):
        side = cards(row)
        if side:
            found.append((i, side))
        else:
            found += [(i, [j]) for j, cell in enumerate(row) if not cell.merged and document(cell) and beside_label(row, j)]
    if not found:
        return None
    out: list[Unit | Table] = []
    start = 0
    for i, columns in found:
        if i > start:
            out.append(Table(rows=table.rows[start:i], source=table.source, name=table.name))
        out += [u for j in columns for u in table.rows[i][j].units if u.text.strip()]
        start = i + 1
    if start < len(table.rows):
        out.append(Table(rows=table.rows[start:], source=table.source, name=table.name))
    return out


def _bracketed(text: str) -> str:
    """"【岗位职责】…" -> "岗位职责"; "任职要求：…" -> "任职要求"."""
    core = re.sub(r"^[【\[〔(（]\s*", "", text.strip())
    return re.split(r"[】\]〕)）:：]", core, maxsplit=1)[0].strip()


BILINGUAL_SHARE = 0.7  # rows of a table written in two languages side by side that pair a Latin and a Chinese cell


def chinese_column(table: Table) -> list[Unit] | None:
    """A table written in two languages side by side ("English | 中文", each row one sentence in both):
    the Chinese column's lines, read as the document's text (the English repeats it). None otherwise."""
    if table.width != 2:
        return None
    rows = [r for r in table.rows if len(r) == 2 and not r[0].empty and not r[1].empty and not r[1].merged]
    if len(rows) < 3:
        return None

    def cjk(text: str) -> int:
        return sum("\u4e00" <= ch <= "\u9fff" for ch in text)

    def latin(text: str) -> bool:
        return cjk(text) == 0 and sum(ch.isascii() and ch.isalpha() for ch in text) >= 3

    for col in (1, 0):
        if sum(latin(r[1 - col].text) and cjk(r[col].text) >= 2 for r in rows) >= BILINGUAL_SHARE * len(rows):
            first = table.rows[0]
            # "English | 中文": the columns' language labels, no text of the document
            labels = len(first) == 2 and all(len(c.text.strip()) <= 10 for c in first)
            return [u for i, r in enumerate(table.rows) if len(r) == 2 and not (i == 0 and labels) and not r[col].merged
                    for u in r[col].units if u.text.strip()]  # fmt: skip
    return None


LEFT_HEAD_MIN = 2  # rows a cell merged down the left must head
_LEFT_HEAD_SHARE = 0.6  # share of the table's rows that stand under such heads


def left_heads(table: Table, vocab: Vocab) -> list[Unit | Table] | None:
    """A cell merged down the left of a run of rows heads them: a post's name written down the side
    of its form ("现场QA（IPQA）" over 所属部门 | 质量保证部 …), or the part of a description the rows
    belong to ("岗位职责" over duty | 衡量标准 rows). Read as a heading over the rows without that
    column: a post's form stays a table; a part's rows become its items, a measure column beside them
    ("衡量标准") a list of its own under that column's name. None when the table is not laid out so."""
    rows = table.rows
    if len(rows) < 3 or table.width < 2:
        return None
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(rows):
        first = rows[i][0] if rows[i] else None
        if first is None or first.empty or first.merged:
            i += 1
            continue
        j = i + 1
        while j < len(rows) and rows[j] and rows[j][0].merged and cell_key(rows[j][0]) == cell_key(first):
            j += 1
        runs.append((i, j))
        i = j
    merged_runs = [(s, e) for s, e in runs if e - s >= LEFT_HEAD_MIN]
    if not merged_runs or sum(e - s for s, e in merged_runs) < _LEFT_HEAD_SHARE * len(rows):
        return None
    heads = [flat(rows[s][0]) for s, _ in runs if s >= merged_runs[0][0]]

    def part(text: str) -> bool:
        return len(text) <= 12 and (vocab.section_kind(text) is not None or squash(text) in vocab.fact_headings)

    def post(text: str) -> bool:
        return len(text) <= 20 and has_role_suffix(strip_title_noise(text, vocab), vocab) and parse_title(text, vocab) is not None

    def paired(row: list[Cell]) -> bool:
        # "基本信息" merged down beside "所属部门 | 销售部 | 岗位定员 | 12人": a form's rows of facts
        rest = [c for c in row[1:] if not c.empty and not c.merged]
        return len(rest) >= 4 and not len(rest) % 2 and all(
            _is_label(rest[k].text, vocab) and not _is_label(rest[k + 1].text, vocab) for k in range(0, len(rest), 2))

    if any(paired(rows[k]) for s, e in merged_runs for k in range(s, e)):
        return None  # read as the form it is, each row its labels and values under the group's label
    if all(part(h) for h in heads) and len(heads) >= 2:
        kind = "part"  # (one part merged down a form, "任职资格" over its sub-labels, is the form's own)
    elif all(post(h) for h in heads) and not any(
            sum(bool(vocab.column_key(c.text)) for c in row if not c.empty and not c.merged and len(c.text) <= 12) >= 2 for row in rows):
        kind = "post"  # (a sheet whose header names its columns is a list of posts' rows, not a form)
    else:
        return None
    start = merged_runs[0][0]
    # the table's first row naming its columns ("维度 | 描述 | 衡量标准")
    header = rows[0] if start == 1 and sum(bool(vocab.column_key(c.text) or vocab.label_key(c.text)) for c in rows[0]
                                           if not c.empty and len(c.text) <= 12) >= 2 else None  # fmt: skip
    out: list[Unit | Table] = []
    if start:
        kept = rows[: start - 1] if header is not None else rows[:start]
        if kept:
            out.append(Table(rows=kept, source=table.source, name=table.name))
    for s, e in runs:
        if s < start:
            continue
        head = rows[s][0]
        out += [Unit(u.line_no, u.text, Hint(heading=3)) for u in head.units[:1]]
        body = [row[1:] for row in rows[s:e]]
        # ("岗位职责" over its own header row, "职责模块 | 工作内容 | 频次": rows read by those columns)
        named = sum(bool(vocab.column_key(c.text)) for c in body[0] if not c.empty and not c.merged and len(c.text) <= 12) >= 2
        if kind == "post" or named or _label_value_rows(body, vocab):
            # a post's form, a part whose rows are a sub-label and its value ("基本信息" over
            # 岗位名称 | 电客车司机, "岗位职责" over 职责一 | …), or a part under a header of its own:
            # a table read by its labels
            out.append(Table(rows=body, source=table.source, name=table.name))
            continue
        measures: dict[int, list[Unit]] = {}
        for row in body:
            content = row[0] if row else Cell()
            # a fact typed across the part ("岗位名称：店长" over 描述 and 衡量标准) is one cell
            out += [Unit(u.line_no, u.text, Hint(item=True) if len(body) > 1 and not _LABELLED_FACT.match(u.text) else PLAIN)
                    for u in content.units if u.text.strip()]  # fmt: skip
            for col, cell in enumerate(row[1:], start=1):
                if cell.merged or cell.empty or cell_key(cell) == cell_key(content):
                    continue
                measures.setdefault(col, []).extend(u for u in cell.units if u.text.strip() and u.text.strip() not in ("—", "-", "/", "无"))
        for col, units in measures.items():
            name = header[col + 1] if header is not None and col + 1 < len(header) else None
            if not units or name is None or name.empty:
                continue  # a measure column with no name says nothing of its own
            out += [Unit(u.line_no, u.text, Hint(heading=4)) for u in name.units[:1]]
            out += [Unit(u.line_no, u.text, Hint(item=True)) for u in units]
    return out


_VALUE_LABELLED = re.compile(r"^(?P<value>[^（）()]{2,20})[（(](?P<label>[\u4e00-\u9fff]{2,6})[）)]$")  # "票务主管（直接上级）"
_RELATION_KEYS = ("reports_to", "subordinates")
RELATION_GRID_MAX = 5  # rows and columns of a post's relation diagram at most


def relation_grid(table: Table, vocab: Vocab) -> list[Unit] | None:
    """A post's relations drawn as a small grid ("岗位关系图"): the post in the middle, "票务主管（直接上级）"
    above it, collaborators beside it ("游客服务中心（协作）"), its reports below ("安保队员、监控员").
    Read as labelled lines ("直接上级：票务主管", "直接下级：安保队员、监控员"); the middle cell, the post
    itself, says nothing. None for any other table."""
    rows = [r for r in table.rows if any(not c.empty for c in r)]
    if not 2 <= len(rows) <= RELATION_GRID_MAX or table.width > RELATION_GRID_MAX or table.width < 2:
        return None
    cells = [(i, j, c) for i, r in enumerate(rows) for j, c in enumerate(r) if not c.empty and not c.merged]
    if not 3 <= len(cells) <= 2 * RELATION_GRID_MAX or any(len(flat(c)) > 40 or _SENTENCE.search(flat(c).replace("、", "")) for _, _, c in cells):
        return None
    labelled: dict[tuple[int, int], tuple[str, str]] = {}
    for i, j, c in cells:
        m = _VALUE_LABELLED.match(flat(c).strip())
        if m:
            labelled[(i, j)] = (m["label"], m["value"].strip())
        elif (m := SPACED_FACT.match(flat(c).strip())) and vocab.label_key(m["label"]) is not None:
            labelled[(i, j)] = (m["label"], m["value"].strip())  # "直接上级 新闻部主任": the label first
    over = [(i, j) for (i, j), (label, _) in labelled.items() if vocab.label_key(label) == "reports_to"]
    if not over:
        return None
    top, col = over[0]
    # the post itself: the first unlabelled cell under its superior
    own = next((i for i, j, _ in cells if j == col and i > top and (i, j) not in labelled), None)
    if own is None:
        return None
    below = vocab.lexicon.fields.fields["subordinates"].labels[0]
    out: list[Unit] = []
    for i, j, c in cells:
        unit = next((u for u in c.units if u.text.strip()), None)
        if unit is None or (i, j) == (own, col):
            continue
        if (i, j) in labelled:
            label, value = labelled[(i, j)]
            out.append(Unit(unit.line_no, f"{label}：{value}", PLAIN))
        elif j == col and i > own:
            out.append(Unit(unit.line_no, f"{below}：{flat(c).strip()}", PLAIN))
    return out


SIDE_BY_SIDE_HEADER_ROWS = 3  # rows from where two blocks begin in which each must show its header


def _same_label(left: list[Cell], right: list[Cell]) -> bool:
    """Both sides one labelled fact under the same label ("岗位：理货员", "岗位：堆场计划员")."""
    if len(left) != 1 or len(right) != 1:
        return False
    a, b = _LABELLED_FACT.match(flat(left[0])), _LABELLED_FACT.match(flat(right[0]))
    return bool(a and b) and a["label"] == b["label"]  # type: ignore[index]


def side_by_side(table: Table, vocab: Vocab) -> list[Table] | None:
    """Two tables laid side by side on one sheet, an empty column between them ("前台接待月度KPI" left,
    "宠物美容师月度KPI" right; a scorecard's four dimensions in two columns of blocks): the rows above
    them that belong to both (a title across the sheet, "考核对象：院长 | 考核周期：年度"), then the left
    block, then the right one, each a table of its own. None unless both sides have a header row of
    their own (a spacer column inside one table splits nothing)."""
    rows, width = table.rows, table.width
    if width < 5 or len(rows) < 4:
        return None

    def own(row: list[Cell], cols: range) -> list[Cell]:
        return [row[c] for c in cols if c < len(row) and not row[c].empty and not row[c].merged]

    for j in range(2, width - 2):
        if any(j < len(r) and not r[j].empty and not r[j].merged for r in rows):
            continue  # the column holds text of its own
        left, right = range(0, j), range(j + 1, width)
        both = [i for i, r in enumerate(rows) if own(r, left) and own(r, right)]
        if len(both) < 2:
            continue
        # shared rows: above the first row whose sides each hold more than labelled facts
        start = next((i for i in both if not all(_LABELLED_FACT.match(flat(c)) for c in own(rows[i], range(width)))), None)
        if start is None:
            continue
        while start - 1 in both and _same_label(own(rows[start - 1], left), own(rows[start - 1], right)):
            start -= 1  # "岗位：理货员 | 岗位：堆场计划员": each card's own title, the same label on both sides
        parts = []
        for cols in (left, right):
            sub = [[r[c] if c < len(r) else Cell() for c in cols] for r in rows[start:]]
            keep = [k for k, r in enumerate(sub) if any(not c.empty for c in r)]
            if not any(_header_columns([s for s in slots_of(sub[k], None) if not s.cell.empty], vocab, first=True)
                       for k in keep[:SIDE_BY_SIDE_HEADER_ROWS]) and not _form_block([sub[k] for k in keep], vocab):  # fmt: skip
                break
            numbers = table.row_numbers[start:] if table.row_numbers else []
            parts.append(Table(rows=[sub[k] for k in keep], source=table.source, name=table.name,
                               row_numbers=[numbers[k] for k in keep] if numbers else []))
        else:
            head = [Table(rows=rows[:start], source=table.source, name=table.name,
                          row_numbers=table.row_numbers[:start])] if start else []
            return head + [parts[0]] + (side_by_side(parts[1], vocab) or [parts[1]])
    return None


_KPI_FIELDS = ("weight", "target", "formula", "data_source", "period", "definition")
TREE_HEADER_ROWS = 6  # rows from the top in which a tree column's header may stand


def tree_column(table: Table, vocab: Vocab) -> Table | None:
    """"考核对象 / 指标" over 藏品管理部 / 文物保管员 | 100 / 藏品账物相符率 | 30 | 100% | …: one column
    holding a tree (unit, post, then the post's indicators; only indentation or bold tells them
    apart), read as a table with the unit and the post in columns of their own beside each
    indicator. A row whose indicator fields (its weight aside) are empty is a unit or a post."""
    found = next(((at, row, spec) for at, row in enumerate(table.rows[:TREE_HEADER_ROWS])
                  if (spec := _tree_header(row, vocab)) is not None), None)  # fmt: skip
    if found is None:
        return None
    at, row, (tree, parts, columns) = found
    col = tree.col
    # a group row may still carry its number, its weights' sum and the period of its indicators
    # ("1 | 门店店长（权重合计） | | | | | 月度"): only the indicator's own facts tell the rows apart
    own_cols = {c for c, k in columns.items() if k not in ("weight", "period", "serial", "code")}
    head = tree.cell.units[0]
    unit_label = vocab.lexicon.fields.columns["department"].labels[0]
    header = [Cell([Unit(head.line_no, unit_label)]), Cell([Unit(head.line_no, parts[0])]),
              *row[:col], Cell([Unit(head.line_no, parts[1])]), *row[col + 1:]]  # fmt: skip
    out, numbers = [*table.rows[:at], header], list(table.row_numbers[: at + 1])
    unit = post = None
    indicators = 0
    for n, cells in enumerate(table.rows[at + 1:], start=at + 1):
        name = cells[col] if col < len(cells) else Cell()
        filled = [c for j, c in enumerate(cells) if j in own_cols and not c.empty]
        if not name.empty and not filled:
            text = name.text.strip()
            if is_unit_name(text, vocab):
                unit, post = name, None
            else:
                post = _without_sum_note(name, vocab)
            continue
        if not name.empty:
            indicators += 1
        out.append([_carried(unit), _carried(post), *cells])
        numbers.append(table.row_numbers[n] if n < len(table.row_numbers) else n + 1)
    if post is None and unit is None or indicators < 2:
        return None
    return Table(rows=out, source=table.source, name=table.name, row_numbers=numbers if table.row_numbers else [])


def _tree_header(row: list[Cell], vocab: Vocab) -> tuple[Slot, list[str], dict[int, str | None]] | None:
    """(the tree's header cell, its two labels, the other columns' keys) when ``row`` heads a tree
    column: its first cell, or the one after a column of numbers ("编号 | 考核岗位 / 指标 | 权重（%）")."""
    slots = [x for x in slots_of(row, None) if not x.cell.empty]
    if len(slots) < 3:
        return None
    for tree in slots[:2]:
        parts = [p for p in re.split(r"\s*[/／]\s*", tree.text.strip()) if p]
        keys = [vocab.column_key(p) for p in parts]
        columns = {x.col: vocab.column_key(x.text) for x in slots if x is not tree}
        if len(parts) == 2 and keys[0] in ("role", "department") and keys[1] == "indicator" and "weight" in columns.values() \
                and any(k in _KPI_FIELDS for k in columns.values() if k != "weight"):
            return tree, parts, columns
    return None


def _without_sum_note(cell: Cell, vocab: Vocab) -> Cell:
    """"门店店长（权重合计）": the post, its bracketed note on the row's weight left out."""
    note = re.search(r"[(（]([^()（）]{1,8})[)）]\s*$", cell.text)
    if note is None or not any(w in note[1] for w in vocab.total_endings) or len(cell.units) != 1:
        return cell
    unit = cell.units[0]
    return Cell([unit.with_text(unit.text[: unit.text.rfind(note[0])].rstrip())], merged=cell.merged)


def _carried(cell: Cell | None) -> Cell:
    """A group row's cell repeated beside each row under it, cited where it stands."""
    return Cell(list(cell.units), merged=True) if cell is not None else Cell()


FORM_BLOCK_SHARE = 0.5  # rows of a block led by a label the lexicon knows, for a form (a post's card)


def _form_block(rows: list[list[Cell]], vocab: Vocab) -> bool:
    """Cards of posts laid side by side ("岗位卡片｜安保主管" over 所属部门 | 保卫科 | 直接上级 | 馆长助理 …):
    a block whose rows mostly open with a field or section label is a form of its own."""
    def labelled(row: list[Cell]) -> bool:
        first = next((c for c in row if not c.empty and not c.merged), None)
        label = squash(first.text).rstrip(":：") if first is not None else ""
        return bool(label) and bool(vocab.label_key(label) or vocab.section_kind(label))
    return len(rows) >= 3 and sum(labelled(r) for r in rows) >= FORM_BLOCK_SHARE * len(rows)


_ORDINAL_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,4}[一二三四五六七八九十\d]{1,2}$")  # "职责一", "要求3"


def _label_value_rows(body: list[list[Cell]], vocab: Vocab) -> bool:
    """Rows of two cells, a label and its value, and nothing beside them: the labels are field or
    section labels the lexicon knows, or numbered ones ("职责一"), not a list's items beside their
    measures ("安排当班人员 | 出勤率100%")."""
    def pair(row: list[Cell]) -> bool:
        cells = [c for c in row if not c.empty and not c.merged]
        if len(cells) != 2 or cells[0] is not row[0]:
            return False
        label = squash(cells[0].text).rstrip(":：")
        return bool(vocab.label_key(label) or vocab.section_kind(label) or vocab.kind_of_label(label) or _ORDINAL_LABEL.match(label))
    return len(body) >= 2 and sum(pair(r) for r in body) >= 0.6 * len(body)


_LABELLED_FACT = re.compile(r"^\s*(?P<label>[\u4e00-\u9fffA-Za-z]{2,10})\s*[:：]\s*\S")


_PLACEHOLDERS = PLACEHOLDERS | {"–", "－", "／", "——", "×"}  # "—": the post has no work at that stage
SWIMLANE_SENTENCE_SHARE = 0.5  # share of a swimlane's filled cells that are sentences of work


def swimlane(table: Table, vocab: Vocab) -> list[Unit] | None:
    """A matrix of posts (down the left) × the stages of a process (across the top), each cell what
    the post does at that stage ("岗位 \\ 工序 | 原奶接收 | 超高温灭菌 …", "质检员 | 逐车取样检测… | —"):
    read as each post's heading over its work, every item led by its stage ("原奶接收：逐车取样…").
    None when the columns are the lexicon's labels (a list of posts' rows) or the cells no sentences."""
    rows = [r for r in table.rows if any(not c.empty for c in r)]
    if len(rows) < 3 or table.width < 3:
        return None
    header = rows[0]
    stages = {j: flat(c) for j, c in enumerate(header) if j and not c.empty and not c.merged}
    if len(stages) < 2 or any(len(squash(s)) > _LABEL_MAX or _SENTENCE.search(s) for s in stages.values()):
        return None
    if any(vocab.label_key(s) or vocab.column_key(s) or vocab.section_kind(s) or vocab.kind_of_label(s) for s in stages.values()):
        return None  # "岗位 | 职责 | 任职要求": a list of posts' rows, read by its labels

    def post(cell: Cell) -> bool:
        text = flat(cell)
        return not cell.merged and len(text) <= 20 and has_role_suffix(strip_title_noise(text, vocab), vocab) \
            and parse_title(text, vocab) is not None
    body = rows[1:]
    if not all(r and post(r[0]) for r in body):
        return None
    filled = [c for r in body for j, c in enumerate(r) if j in stages and not c.empty and not c.merged
              and flat(c) not in _PLACEHOLDERS]  # fmt: skip
    if not filled or sum(bool(_SENTENCE.search(flat(c))) or len(squash(flat(c))) >= 8 for c in filled) < SWIMLANE_SENTENCE_SHARE * len(filled):
        return None
    out: list[Unit] = []
    for row in body:
        out += [Unit(u.line_no, u.text, Hint(heading=3)) for u in row[0].units[:1]]
        for j, cell in enumerate(row):
            if j not in stages or cell.empty or cell.merged or flat(cell) in _PLACEHOLDERS:
                continue
            units = [u for u in cell.units if u.text.strip()]
            out += [Unit(u.line_no, f"{stages[j]}：{u.text.strip()}" if not k else u.text, Hint(item=True) if not k else PLAIN)
                    for k, u in enumerate(units)]  # fmt: skip
    return out
