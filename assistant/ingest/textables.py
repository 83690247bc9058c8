"""Tables written as text: Markdown pipe tables, tab-separated rows, one-cell-per-line forms.

Runs of text units are recognised by their shape (pipes and a separator row, tabs, or label
lines from ``fields.toml`` alternating with short values) and turned into ``Table``s whose cells
are substrings of their lines, so provenance stays exact.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.ingest.layout import Cell, Hint, Table, Unit
from assistant.ingest.vocab import Vocab, squash
from assistant.models import SectionKind
from assistant.text import strip_marker

_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)+\|?\s*$")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PERCENT = re.compile(r"^\s*\d{1,3}(?:\.\d+)?\s*[%％]\s*$")
_SENTENCE_END = re.compile(r"[。;；!！?？]$")
# Values that say "nothing here" in a filled-in form.
PLACEHOLDERS = frozenset({"略", "无", "暂无", "-", "—", "/", "N/A", "n/a", "空", "空白", "(空白)", "（空白）", "(跳过)", "（跳过）", "跳过", "待补充", "待定", "待完善", "待更新",
                          "TBD", "tbd"})
# "岗位职责见附件", "详见附表二": a pointer to a text that is not here, no content of its own
# ("略，见《贵宾室服务工作手册》", "详见《X工作标准》", "略（由市场部另行补充）": left out here, the
# content is in another document or still to come)
POINTER = re.compile(r"^[^。；;]{0,8}(?:详见|见|参见|另见)(?:附件|附表|另附|后附|另文)[^。；;]{0,16}[。.]?$"
                     r"|^(?:略|从略|此处略)?\s*[,，、(（]?\s*(?:详见|见|参见|另见)《[^》]{1,40}》[^。；;，,]{0,10}[)）]?[。.]?$"
                     r"|^(?:略|从略|暂无|待补充|待定)\s*[(（][^()（）]{0,30}[)）]\s*[。.]?$"
                     # "（略，另行发文）", "【此处略】": the whole line a bracketed placeholder
                     r"|^[(（【\[]\s*(?:略|从略|此处略|暂略|待补充|待定|待完善)\s*(?:[,，、;；]\s*[^()（）【】\[\]]{0,24})?[)）】\]]\s*[。.]?$"
                     r"|^(?:略|从略|此处略|暂略)\s*[,，、;；]\s*(?:另行|另文|详见|参见|见)[^。；;]{0,24}[。.]?$"
                     # "同岗位设置方案": the same as another document says ("同上" is the post above's: read as such)
                     r"|^同(?:《[^》]{1,40}》|[^。；;，,:：]{2,16}(?:方案|说明书|说明|表|文件|制度|规定))[。.]?$"
                     # "详见岗位说明书CC-03", "详见内网岗位百科": a cell that only points elsewhere
                     r"|^(?:详见|参见|另见)[^。；;，,:：]{2,24}[。.]?$"
                     # "…其职责见公司管理手册，本章从略": written elsewhere, left out here
                     r"|^[^。；;]{0,30}(?:详见|见|参见)[^。；;，,]{2,20}[,，;；]\s*(?:本章|本节|本篇|本文|此处|这里)?从略[。.]?$"
                     # "详见后续公告", "另行通知": what the part says is still to be announced
                     r"|^(?:详见|见|另见|请见)?(?:后续|另行|稍后)(?:公告|通知|发布|告知|公布)[。.]?$"
                     # "检验技师的任职条件和岗位职责见《医技岗位任职资格标准》": what a part says is in another document
                     r"|^[^。；;，,]{0,20}(?:职责|要求|条件|资格|说明|内容|标准|规定|细则|办法|指标)\s*(?:请)?(?:详见|见|参见|另见)《[^》]{1,40}》[^。；;，,]{0,10}[。.]?$"
                     # "场务员考核细则另行制定（略）。": a part said to be written elsewhere, its content left out
                     r"|^[^。；;]{0,30}(?:另行|另文|详见|参见|见)[^。；;]{0,16}[(（]\s*略\s*[)）]\s*[。.]?$")
# "直接上级 新闻部主任": a short label, spaces, its value (no label of its own after it): a relation
# diagram's cell, a form's cell drawn without a colon
# (a time of day in the value, "婚礼日班（05:00起）", is no label's colon)
SPACED_FACT = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,6})[ \u3000]+(?P<value>[^\s:：](?:[^:：]|(?<=\d)[:：](?=\d\d)){0,40})$")
# Of those, the ones that state something for a fact of the post: "直接下级：无" says it has none.
NONE_STATED = frozenset({"无", "暂无"})


def left_out(text: str) -> bool:
    """A line that only says its part is left out or written elsewhere ("略", "（略，另行发文）",
    "略，见《X》"): no content of its own, yet it tells that the part exists and is not written here."""
    core = strip_marker(text.strip()).strip()
    bare = core.rstrip("。.;；")  # "略。"
    if bare in PLACEHOLDERS and bare not in NONE_STATED or POINTER.match(core):
        return True
    # "监控员岗位职责：略（见《监控中心管理制度》）": a part's label, then only that it is left out
    m = re.match(r"^([^:：]{1,12})[:：](.+)$", core)
    if m is None:
        return False
    return not re.search(r"[，,。；;、]", m.group(1)) and left_out(m.group(2))


# "____年__月__日 上午9:00": a form's date left to fill in (the blanks read as nothing once cleaned)
BLANK_DATE = re.compile(r"(?:^|[\s_:：(（])_*年\s*_*\s*月\s*_*\s*日")
_FLAT_VALUE_MAX = 40


def _cell_units(line_no: int, text: str) -> Cell:
    parts = [p.strip() for p in _BR.split(text)]
    return Cell([Unit(line_no, p) for p in parts if p])


def _md_cells(text: str) -> list[str]:
    body = text.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [c.replace("\\|", "|") for c in re.split(r"(?<!\\)\|", body)]


def md_row_text(text: str) -> str | None:
    """"| | 后勤投诉次数 | 投诉一次扣 1 分/次 | 5% | |" as a reader sees the row: its filled cells
    joined by " | " (``<br>`` a space); None when the line is no pipe-table row."""
    body = text.strip()
    if not (body.startswith("|") and body.endswith("|") and len(re.findall(r"(?<!\\)\|", body)) >= 3):
        return None
    cells = [" ".join(p.strip() for p in _BR.split(c) if p.strip()) for c in _md_cells(body)]
    return " | ".join(c for c in cells if c) or None


def _markdown_table(units: list[Unit], start: int) -> tuple[Table, int] | None:
    """A pipe table whose header row is ``units[start]``; returns it and the index after it."""
    if start + 1 >= len(units) or "|" not in units[start].text or not _MD_SEPARATOR.match(units[start + 1].text):
        return None
    rows = [[_cell_units(units[start].line_no, c) for c in _md_cells(units[start].text)]]
    end = start + 2
    while end < len(units) and units[end].text.count("|") >= 1 and units[end].text.strip():
        rows.append([_cell_units(units[end].line_no, c) for c in _md_cells(units[end].text)])
        end += 1
    width = max(len(r) for r in rows)
    for r in rows:
        r.extend(Cell() for _ in range(width - len(r)))
    return Table(rows=rows, source="markdown", row_numbers=list(range(1, len(rows) + 1)), header=True), end


# Tables drawn with box characters (or +---+ and |): border lines, and rows split by the bars.
_BOX_BAR = "│┃║|"
_BOX_BORDER = re.compile(r"^[\s+\-=_:─━═┄┅┈┉┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜│┃║|]+$")
_BOX_RULE = re.compile(r"[─━═\-=]{3,}")


def is_rule(text: str) -> bool:
    """A table's drawn border line ("+----+----+", "├──┼──┤", "+====+")."""
    return bool(_BOX_BORDER.match(text) and _BOX_RULE.search(text))


def _box_row(text: str) -> list[str] | None:
    body = text.strip()
    if len(body) < 3 or body[0] not in _BOX_BAR or body[-1] not in _BOX_BAR:
        return None
    return [c.strip() for c in re.split(f"[{_BOX_BAR}]", body[1:-1])]


def _box_table(units: list[Unit], start: int) -> tuple[Table, int] | None:
    """A table drawn with box-drawing characters (┌──┬──┐ / │a│b│) or ASCII (+--+--+ / |a|b|):
    border lines are dropped, every bar-delimited line is a row."""
    end, rows, numbers = start, [], []
    ruled_after: list[int] = []  # how many rows stood above each border line
    while end < len(units):
        text = units[end].text
        if is_rule(text):
            ruled_after.append(len(rows))
            end += 1
            continue
        cells = _box_row(text)
        if cells is None:
            break
        rows.append([_cell_units(units[end].line_no, c) if c else Cell() for c in cells])
        numbers.append(len(numbers) + 1)
        end += 1
    if len(rows) < 2 or not any(_BOX_RULE.search(u.text) for u in units[start:end]):
        return None
    groups = _grid_groups(ruled_after, rows)
    if groups:
        rows = _grid_rows(rows, groups)
        numbers = list(range(1, len(rows) + 1))
        ruled_after = list(range(len(rows) + 1))
    width = max(len(r) for r in rows)
    for r in rows:
        r.extend(Cell() for _ in range(width - len(r)))
    # a rule under the first row only ("| 岗位 | 直接上级 |" / "| --- | --- |"): that row is the header
    header = 1 in ruled_after and not any(n > 1 for n in ruled_after if n < len(rows))
    return Table(rows=rows, source="box", row_numbers=numbers, header=header), end


def _grid_groups(ruled_after: list[int], rows: list[list[Cell]]) -> list[tuple[int, int]]:
    """The (first, end) lines of each row of a grid table (Pandoc's, reStructuredText's): a rule
    under every row, so a row whose cells wrap spans several lines between two rules, its later
    lines blank where the first is not ("| 1 | 维护…，|" over "|   | 保证…|"). [] for any other
    table: a form whose rows simply go undivided keeps a row per line."""
    inner = sorted(set(ruled_after))
    groups = list(zip(inner, inner[1:]))
    if len(groups) < 2 or inner[0] != 0 or inner[-1] != len(rows) or all(b - a == 1 for a, b in groups):
        return []
    for a, b in groups:
        first = rows[a]
        for line in rows[a + 1 : b]:
            if not any(not line[col].units and col < len(first) and first[col].units for col in range(len(line))):
                return []
    return groups


def _grid_rows(lines: list[list[Cell]], groups: list[tuple[int, int]]) -> list[list[Cell]]:
    """The lines of each group as one row: each cell's lines in order, a line that goes on from the
    one above it ("熟练使用Excel数据透视表，" / "会使用SQL者优先") marked as its continuation."""
    rows: list[list[Cell]] = []
    for a, b in groups:
        group = lines[a:b]
        width = max(len(r) for r in group)
        row = []
        for col in range(width):
            units: list[Unit] = []
            for line in group:
                for unit in line[col].units if col < len(line) else []:
                    goes_on = bool(units) and not _SENTENCE_END.search(units[-1].text) and not re.match(r"^\s*(?:\d{1,2}[.、)]|[-*•])", unit.text)
                    units.append(Unit(unit.line_no, unit.text, Hint(cont=True)) if goes_on else unit)
            row.append(Cell(units))
        rows.append(row)
    return rows


def _tsv_table(units: list[Unit], start: int) -> tuple[Table, int] | None:
    end = start
    while end < len(units) and "\t" in units[end].text and units[end].text.strip():
        end += 1
    if end - start < 2:
        return None
    table = Table.of_lines([(u.line_no, u.text.split("\t")) for u in units[start:end]], "tsv")
    return (table, end) if table.width >= 2 else None


def _bar_table(units: list[Unit], start: int, vocab: Vocab) -> tuple[Table, int] | None:
    """"岗位编码|岗位名称|所属部门|…" then a record per line: an export delimited by bars without the
    Markdown frame, told by a header of column labels and rows of as many fields."""
    head = units[start].text.strip()
    if head.startswith(("|", "｜")) or head.count("|") < 2:
        return None
    labels = [c.strip() for c in head.split("|")]
    if sum(1 for c in labels if c and len(c) <= 12 and vocab.column_key(c)) < max(2, len(labels) // 2):
        return None
    end = start + 1
    while end < len(units) and units[end].text.count("|") == len(labels) - 1 and not units[end].text.strip().startswith("|"):
        end += 1
    if end - start < 2:
        return None
    return Table.of_lines([(u.line_no, u.text.split("|")) for u in units[start:end]], "tsv", header=True), end


def _spaced_table(units: list[Unit], start: int, vocab: Vocab) -> tuple[Table, int] | None:
    """"指标名称 权重 目标值" then "航班保障正点率 40% ≥95%": columns a PDF drew without rules, told
    by a header whose words are all column labels and rows with exactly as many words."""
    header = units[start].text.split()
    keys = [vocab.columns.get(squash(h)) for h in header]
    known = sum(1 for k in keys if k)
    # (a KPI form's one word of the company's own among three or more known labels: "考核指标 权重 目标值
    # 评分标准 实绩 得分")
    if not 2 <= len(header) <= 8 or known < len(header) and (
            known < 3 or known < len(header) - 1 or "weight" not in keys or any(len(h) > 6 for h in header)):  # fmt: skip
        return None
    # (a post or dimension column whose cell spans several rows is printed once, on one of them: the
    # other rows have one word less)
    spanned = keys[0] in _SPANNED_KEYS
    # (or on a line of its own, set in the middle of its rows: "银保客户经理" between its 2nd and 3rd row)
    alone = {1} if spanned and len(header) >= 3 else set()
    end = start + 1
    while (end < len(units) and len(units[end].text.split()) in {len(header), len(header) - spanned, *alone}
           and not _bare_label(units[end], vocab)):  # fmt: skip
        end += 1
    while end > start + 1 and len(units[end - 1].text.split()) == 1 and len(header) > 1:
        end -= 1  # (a word alone after the last row is no value of it)
    if end - start < 2:
        return None
    rows = [[Cell([Unit(u.line_no, part)]) for part in u.text.split()] for u in units[start:end]]
    if alone and any(len(row) == 1 for row in rows[1:]):
        # each row short of it takes the value set nearest it, and the value's own line is no row
        full = [i for i, row in enumerate(rows) if i and len(row) in (1, len(header))]
        for i, row in enumerate(rows):
            if i and len(row) == len(header) - 1:
                near = min(full, key=lambda j: (abs(j - i), j))
                row.insert(0, Cell(list(rows[near][0].units)))
        rows = [row for i, row in enumerate(rows) if not i or len(row) != 1]
        return Table(rows=rows, source="spaced", row_numbers=list(range(1, len(rows) + 1))), end
    if spanned:
        full = [i for i, row in enumerate(rows) if i and len(row) == len(header)]
        if not full:
            return None
        for i, row in enumerate(rows):
            if len(row) < len(header):
                # the spanned cell's value, from the nearest row that prints it
                near = min(full, key=lambda j: (abs(j - i), j))
                row.insert(0, Cell(list(rows[near][0].units)))
    return Table(rows=rows, source="spaced", row_numbers=list(range(1, len(rows) + 1))), end


_SPANNED_KEYS = ("role", "title", "dimension", "department")


_GAP = re.compile(r"\S+(?:\s\S+)*")  # a stretch: words one space apart (two or more part the cells)
_RULE_LINE = re.compile(r"^\s*[-=─━＝_~]{6,}\s*$")
_ALIGN_SLACK = 2  # display columns a cell may start off its header's column


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _aligned_cells(text: str) -> list[tuple[int, str]]:
    """(display column, text) of the stretches of a line that runs of two or more spaces part."""
    return [(_display_width(text[: m.start()]), m.group()) for m in _GAP.finditer(text)]


def _aligned_table(units: list[Unit], start: int, vocab: Vocab) -> tuple[Table, int] | None:
    """"岗位            职级   基本工资   备注" over rows aligned under it with spaces (a plain-text
    pay table, often GBK): the header's labels fix the columns (Chinese characters count twice,
    as a fixed-width font draws them), each row's stretches fall under them; rules of "-----"
    around the header are drawing, not rows."""
    head = _aligned_cells(units[start].text)
    if not 3 <= len(head) <= 12 or sum(bool(vocab.label_key(t) or vocab.columns.get(squash(t))) for _, t in head) < 2:
        return None
    if any(len(t) > 12 for _, t in head):
        return None
    columns = [c for c, _ in head]
    rows = [[Cell([Unit(units[start].line_no, t)]) for _, t in head]]
    end = start + 1
    while end < len(units):
        text = units[end].text
        if _RULE_LINE.match(text):
            end += 1
            if len(rows) > 1:
                break  # the rule under the last row closes the table
            continue
        cells = _aligned_cells(text)
        if len(cells) == 1 and len(rows) > 1 and cells[0][0] > _ALIGN_SLACK and (
                at := next((i for i, c in enumerate(columns) if i and abs(c - cells[0][0]) <= _ALIGN_SLACK), None)) is not None:
            # "      录入CRM系统" under a row's 工作职责: the cell wrapped onto a line of its own
            rows[-1][at] = Cell(rows[-1][at].units + [Unit(units[end].line_no, cells[0][1], Hint(cont=True))])
            end += 1
            continue
        if len(cells) < 2 or cells[0][0] > _ALIGN_SLACK:
            break
        row = [Cell() for _ in columns]
        for col, part in cells:
            at = max((i for i, c in enumerate(columns) if c <= col + _ALIGN_SLACK), default=0)
            row[at] = Cell(row[at].units + [Unit(units[end].line_no, part)])
        rows.append(row)
        end += 1
    if len(rows) < 2:
        return None
    return Table(rows=rows, source="spaced", row_numbers=list(range(1, len(rows) + 1))), end


_LIST_HEAD_MAX = 8  # characters of a line that heads a card's list ("我们希望你", "任职要求")


# "◎ 所属部门" over "        中央洗涤工厂设备组": a label marked as one, its value indented below
_MARKED_LABEL = re.compile(r"^[◎◆◇■□●○▶►★☆※▲△]\s*(?P<label>[^\s:：]{2,12})$")


def _bare_label(unit: Unit, vocab: Vocab) -> str | None:
    text = unit.text.strip()
    if not text or len(squash(text)) > 12 or text.endswith((":", "：")):
        return None
    if (marked := _MARKED_LABEL.match(text)) is not None:
        # (the mark makes a part's label one too: "◎ 岗位职责", "◎ 考核要点"; a post's title is none)
        return vocab.label_key(marked["label"]) or vocab.columns.get(squash(marked["label"]))
    return vocab.field_key(text) or vocab.columns.get(squash(text))


def _label_unit(unit: Unit) -> Unit:
    """The label as the form names it, without the mark in front."""
    marked = _MARKED_LABEL.match(unit.text.strip())
    return unit.with_text(marked["label"]) if marked is not None else unit


def _flat_form(units: list[Unit], start: int, vocab: Vocab) -> tuple[list[Table | Unit], int] | None:
    """Label lines each followed by their value lines (a form table flattened to one cell per line)."""
    if _bare_label(units[start], vocab) is None:
        return None
    end, labels = start, 0
    while end < len(units):
        text = units[end].text.strip()
        if not text or end > start and units[end].hint.heading:
            break  # a heading (the next card's <h2>) begins something else
        if _bare_label(units[end], vocab):
            labels += 1
        elif len(text) > _FLAT_VALUE_MAX or text.endswith((":", "：")) or _SENTENCE_END.search(text):
            break
        elif len(text) <= _LIST_HEAD_MAX and vocab.section_kind(text) in (SectionKind.duties, SectionKind.qualifications):
            break  # "我们希望你" over a card's list: the card's next part, no value of the form's last label
        end += 1
    run = units[start:end]
    if labels < 3 or labels * 3 < len(run):
        return None
    rows: list[list[Cell]] = []
    out: list[Table | Unit] = []
    i = 0
    while i < len(run):
        label = run[i]  # consecutive labels: the first ones have empty values
        values: list[Unit] = []
        k = i + 1
        while k < len(run) and not _bare_label(run[k], vocab):
            values.append(run[k])
            k += 1
        rows.append([Cell([_label_unit(label)]), Cell(values)])
        i = k
    if len(rows) < 3:
        return None
    out.append(Table(rows=rows, source="flat", row_numbers=list(range(1, len(rows) + 1))))
    return out, end


def _ends_flat(unit: Unit) -> bool:
    """A line that ends a flattened table's run: an empty one, a label of the next part, a heading."""
    text = unit.text.strip()
    return not text or text.endswith((":", "：")) or bool(unit.hint.heading)


def _flat_header(units: list[Unit], start: int, vocab: Vocab) -> tuple[Table, int] | None:
    """Column labels one per line, then the list's lines (a records table flattened): one column."""
    j = start
    while j < len(units) and _bare_label(units[j], vocab) and vocab.columns.get(squash(units[j].text)):
        j += 1
    if j - start < 2 or j >= len(units):
        return None
    header = [Cell([u]) for u in units[start:j]]
    keys = [vocab.columns.get(squash(u.text)) for u in units[start:j]]
    # Lines go to the column of the list kind named most often (职责 ×2 beats 业绩衡量标准 ×1).
    counts: dict[str, int] = {}
    for key in keys:
        if key:
            counts[key] = counts.get(key, 0) + 1
    main = max(counts, key=lambda k: (counts[k], -keys.index(k)))
    main_col = keys.index(main)
    group_col = next((c for c, k in enumerate(keys) if k == "time_share"), None)
    mains = [c for c, k in enumerate(keys) if k == main]
    if group_col is not None and len(mains) >= 2:
        parted = _flat_parts(units, j, header, group_col, mains[0], mains[1])
        if parted is not None:
            return parted
    rows = [header]
    end = j
    while end < len(units):
        unit = units[end]
        text = unit.text.strip()
        if _ends_flat(unit):
            break
        row = [Cell() for _ in header]
        if group_col is not None and _PERCENT.match(text):
            row[group_col] = Cell([unit])
        elif text not in PLACEHOLDERS:
            row[main_col] = Cell([unit])
        rows.append(row)
        end += 1
    if len(rows) < 2:
        return None
    return Table(rows=rows, source="flat", row_numbers=list(range(1, len(rows) + 1))), end


def _flat_parts(units: list[Unit], j: int, header: list[Cell], group_col: int, title_col: int,
                text_col: int) -> tuple[Table, int] | None:
    """"时间分配 / 主要职责 / 职责描述 / 业绩衡量标准" one per line, then per part its share ("15 %"), its
    title, its lines: one row a part (the share, the title, the lines), as the table was drawn."""
    rows = [header]
    end = j
    row: list[Cell] | None = None
    while end < len(units):
        unit = units[end]
        text = unit.text.strip()
        if _ends_flat(unit):
            break
        if _PERCENT.match(text):
            row = [Cell() for _ in header]
            row[group_col] = Cell([unit])
            rows.append(row)
        elif row is None:
            return None  # lines before the first share: not this layout
        elif text not in PLACEHOLDERS:
            col = text_col if row[title_col].units else title_col
            row[col] = Cell([*row[col].units, unit])
        end += 1
    if len(rows) < 3:
        return None
    return Table(rows=rows, source="flat", row_numbers=list(range(1, len(rows) + 1))), end


_COLUMN_BAR = "│┃"  # a page printed in two columns, a drawn bar between them
_SIDE_MIN = 4  # lines of a two-column run


def _side_by_side(units: list[Unit], start: int) -> tuple[list[Unit], int] | None:
    """"化验员 │ 仓储管理员" over lines each split once by a bar at the same place: a page printed in two
    columns, read column by column (the left column's lines, then the right's), each part quoting its
    own stretch of the line."""
    def bar(text: str) -> int | None:
        found = [i for i, ch in enumerate(text) if ch in _COLUMN_BAR]
        return _display_width(text[: found[0]]) if len(found) == 1 and 0 < found[0] < len(text.rstrip()) else None

    first = bar(units[start].text)
    if first is None:
        return None
    end = start
    while end < len(units) and (at := bar(units[end].text)) is not None and abs(at - first) <= _ALIGN_SLACK:
        end += 1
    if end - start < _SIDE_MIN:
        return None
    columns: tuple[list[Unit], list[Unit]] = ([], [])
    for unit in units[start:end]:
        cut = next(i for i, ch in enumerate(unit.text) if ch in _COLUMN_BAR)
        for column, part in zip(columns, (unit.text[:cut].strip(), unit.text[cut + 1:].strip())):
            if not part:
                continue
            # a column wraps its lines at its width: a line after one left open goes on with it
            above = column[-1].text if column else ""
            wrapped = bool(above) and above[-1] not in "。；;：:！!？?" and not re.match(r"^(?:\d{1,2}[.、．]|[(（]?\d{1,2}[)）])", part) \
                and not re.match(r"^[\u4e00-\u9fff][\u4e00-\u9fff\s]{1,8}[:：]", part)
            column.append(Unit(unit.line_no, part, Hint(cont=wrapped)))
    left, right = columns
    if len(left) < 2 or len(right) < 2:
        return None
    return left + right, end


# "客服与会员中心/前台客服/岗位职责/01<TAB>负责前台接待…": a knowledge base exported one fact per line, its key a
# path (a group, the post, the field, and an entry's number for a list)
_PATH_KEY = re.compile(r"^(?P<path>[^\t/]{1,30}(?:/[^\t/]{1,30}){2,6})\t+(?P<value>\S.*)$")
_PATH_LINES_MIN = 3


def _path_keyed(units: list[Unit], start: int) -> tuple[list[Unit], int] | None:
    """A run of path-keyed lines read as a plain description: the post's name on a line of its own when
    the path's post changes, then "label：value", or "label：" over "1. value" for a numbered list."""
    end = start
    keyed = 0
    # (blank lines between the posts' groups go on the run)
    while end < len(units) and (_PATH_KEY.match(units[end].text.strip()) or not units[end].text.strip() and keyed):
        keyed += bool(units[end].text.strip())
        end += 1
    if keyed < _PATH_LINES_MIN:
        return None
    out: list[Unit] = []
    post = listing = None
    for unit in units[start:end]:
        m = _PATH_KEY.match(unit.text.strip())
        if m is None:
            continue
        parts = [p.strip() for p in m["path"].split("/")]
        number = int(parts.pop()) if parts[-1].isdigit() and len(parts) > 3 else None
        label, owner, value = parts[-1], parts[-2], m["value"].strip()
        if owner != post:
            out.append(Unit(unit.line_no, owner, hint=Hint(heading=2)))  # (each post a heading of one rank)
            post, listing = owner, None
        if number is None:
            out.append(Unit(unit.line_no, f"{label}：{value}"))
            listing = None
            continue
        if listing != label:
            out.append(Unit(unit.line_no, f"{label}："))
            listing = label
        out.append(Unit(unit.line_no, f"{number}. {value}"))
    return out, end


def detect_tables(flow: list[Unit | Table], vocab: Vocab) -> list[Unit | Table]:
    """Replace runs of text units that form tables by ``Table``s (native tables pass through)."""
    out: list[Unit | Table] = []
    run: list[Unit] = []

    def flush() -> None:
        i = 0
        while i < len(run):
            keyed = _path_keyed(run, i)
            if keyed:
                out.extend(keyed[0])
                i = keyed[1]
                continue
            for finder in (_box_table, _markdown_table, _tsv_table, lambda r, j: _bar_table(r, j, vocab)):
                found = finder(run, i)
                if found:
                    out.append(found[0])
                    i = found[1]
                    break
            else:
                sides = _side_by_side(run, i)
                if sides:
                    out.extend(sides[0])
                    i = sides[1]
                    continue
                flat = _flat_form(run, i, vocab)
                if flat:
                    out.extend(flat[0])
                    i = flat[1]
                    continue
                header = _flat_header(run, i, vocab) or _spaced_table(run, i, vocab) or _aligned_table(run, i, vocab)
                if header:
                    out.append(header[0])
                    i = header[1]
                    continue
                out.append(run[i])
                i += 1
        run.clear()

    for part in flow:
        if isinstance(part, Table):
            flush()
            out.append(part)
        else:
            run.append(part)
    flush()
    return out
