"""The KPI library: indicators from KPI tables (every row) and from prose (explicit patterns).

Table rows are read through their column headers (fields.toml ``[columns.*]``): indicator,
dimension as stated (group labels filled down; "财务类(15%)" gives the dimension weight),
weight, formula, definition, data source, period, objective, target, and the role or department
from the table's own columns, the heading above it ("20.2 资金部关键绩效考核指标") or the
document's role. Scoring items of another indicator (a 评分项 sub-table) are kept as
``kind="criterion"`` with their ``parent``, so they never count as the department's indicators.
Totals and signature rows are not indicators (kpi.toml ``not_indicators``).

In prose an indicator is named only by an explicit pattern (an enumerated list closed by "等指标",
a quoted indicator, "X指标", a scoring basis, a target "X达到…", an object of 提高/降低) and
only when the phrase reads as a measurable name (kpi.toml endings). The BSC dimension is the
stated one mapped through bsc.toml labels, else inferred from the name (``dimension_inferred``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from assistant.ingest import markers as mk
from assistant.ingest.blocks import LABELLED, WEIGHTED_ENTRY, field_value
from assistant.ingest.chunk import short_hash
from assistant.ingest.roles import EVERYONE, department_of, has_role_suffix, is_unit_name, listed_posts, parse_title, strip_title_noise
from assistant.ingest.segment import Structure, TableRow
from assistant.ingest.tables import CODED_NAME, MARKS, Slot
from assistant.ingest.textables import PLACEHOLDERS
from assistant.ingest.vocab import Vocab, squash
from assistant.models import Article, Block, BlockType, BscDimension, KpiEntry, SectionKind, SourceSpan

_DIM_WEIGHT = re.compile(r"^(?P<dim>.*?)\s*[(（]\s*(?P<w>\d+(?:\.\d+)?)\s*[%％]?\s*[)）]\s*$")
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*([%％])?")


def parse_weight(text: str | None) -> float | None:
    """"25%" -> 25; "0.25" -> 25; "10" -> 10; anything without a number -> None."""
    if not text:
        return None
    m = _NUMBER.search(text)
    if not m:
        return None
    value = float(m.group(1))
    if not m.group(2) and 0 < value < 1:
        value *= 100
    return round(value, 4)


def split_dimension(text: str | None) -> tuple[str | None, float | None]:
    """"财务类(15%)" -> ("财务类", 15.0); "客户类" -> ("客户类", None)."""
    if not text:
        return None, None
    flat = text.replace("\n", " ").strip()
    m = _DIM_WEIGHT.match(flat)
    if m and m.group("dim").strip():
        return m.group("dim").strip(), float(m.group("w"))
    return flat, None


def _text(slot: Slot | None) -> str | None:
    if slot is None:
        return None
    text = "\n".join(u.text for u in slot.cell.units if u.text.strip()).strip()
    return text if text and text not in PLACEHOLDERS else None


def _joined(row: TableRow, key: str) -> str | None:
    # "100分：≤240秒": a value under a group's column says which of its columns it is in
    values = [(c, t) for c, s in row.event.all_values(key) if (t := _text(s))]
    # (one column of the key says nothing by its own label: "目标值" under "考核标准" holds the target)
    texts = [f"{c.sub}：{t}" if c.sub and len(values) > 1 else t for c, t in values]
    return "\n".join(texts) if texts else None


_PERIOD_VALUE = re.compile(r"\d{4}(?:[-/.年]\d{1,2}月?|[Qq][1-4]|年度?|年?[上下]半年)?")


def _is_indicator_row(name: str, vocab: Vocab) -> bool:
    core = squash(name)
    if not core or core in PLACEHOLDERS or _PERIOD_VALUE.fullmatch(core):
        return False  # ("2025Q1", "2025-01": a ledger's period, no indicator)
    return not any(core == w or core.startswith(w) for w in vocab.not_indicators)


_DETAIL_KEYS = ("target", "formula", "definition", "data_source", "role", "period", "department", "objective")


def _group_row(row: TableRow, name: str) -> bool:
    """An indicator cell numbered as an outline's part ("一、客户维度") with no target, formula or owner
    of its own (blank cells carried down from the record above are not its own): the group heading
    of the records below it."""
    marker = mk.parse_marker(name)
    return (marker is not None and marker.family in mk.HEADING_FAMILIES
            and not any((slot := row.event.value(k)) is not None and not slot.inherited and _text(slot) for k in _DETAIL_KEYS))


_TAGGED_POST = re.compile(r"^\s*[【\[](?P<post>[^】\]]{2,16})[】\]]\s*")


def _untagged(text: str | None, tag: object) -> str | None:
    """A formula cell without the 【post】 tag in front of it (the row's owner, read apart)."""
    return _TAGGED_POST.sub("", text, count=1).strip() if text and tag is not None else text


def _post_row(row: TableRow, name: str, vocab: Vocab) -> str | None:
    """The post a row names alone in its indicator cell (no weight, target or formula of its own): the
    owner of the rows below it, on a sheet several posts share."""
    if any((slot := row.event.value(k)) is not None and not slot.inherited and _text(slot) for k in (*_DETAIL_KEYS, "weight", "serial")):
        return None
    found = _alone_post(name, vocab)
    return found[0] if found else None


def _own_span(row: TableRow, span: SourceSpan) -> SourceSpan:
    """The row's own lines: a value filled from a merged cell above (the owner or dimension of
    five rows) sits on the first of them, and citing all five would be imprecise."""
    lines = [u.line_no for s in row.event.slots if not s.inherited and not s.cell.merged for u in s.cell.units]
    if not lines:
        return span
    return SourceSpan(file=span.file, line_start=min(lines), line_end=max(lines))


def table_entries(structure: Structure, vocab: Vocab, file: str, department: str | None) -> list[KpiEntry]:
    """One entry per indicator row of every KPI table."""
    entries: list[KpiEntry] = []
    soft_markers = vocab.lexicon.kpi.soft_markers
    rule_rows = {squash(w) for w in vocab.lexicon.kpi.rule_rows}
    objective_rows = {squash(w).lower() for w in vocab.lexicon.kpi.objective_rows}
    key_result_rows = {squash(w).lower() for w in vocab.lexicon.kpi.key_result_rows}
    objective: tuple[str, float | None] | None = None  # the OKR objective the key results below belong to
    sharing: dict[str, list[str]] = {}  # caption -> the posts it says its table applies to
    sheet_posts: dict[str, list[str]] = {}  # sheet name -> the post it is named by
    void = vocab.lexicon.sections.void_markers
    group: tuple[int, str, float | None] | None = None  # (table, dimension, its weight) of "一、客户维度 | 30%"
    block_post: tuple[int, str] | None = None  # (table, post) of a row naming only a post over the rows below
    stacked = _stacked_captions(structure)
    for row in structure.rows:
        keys = {c.key for c in row.event.columns.values()}
        if not keys & {"indicator", "criterion"} or row.block is None:
            continue
        if any(m in f"{row.heading or ''} {row.reading.table.name or ''}" for m in void):
            continue  # a superseded version's table: text to read, no current indicator
        is_criterion = "criterion" in keys and "indicator" not in keys
        name = _text(row.event.value("criterion" if is_criterion else "indicator"))
        if block_post is not None and block_post[0] != id(row.reading):
            block_post = None
        if name and (alone := _post_row(row, name, vocab)) is not None:
            block_post = (id(row.reading), alone)  # "售票员" alone on a row of a sheet two posts share
            continue
        if not name or not _is_indicator_row(name, vocab):
            continue
        label = next((c.label or "" for c in row.event.columns.values() if c.key in ("indicator", "criterion")), "")
        head, _, rest = name.strip().partition("\n")
        # "场站充电量完成率 / 实际充电量÷目标充电量×100%" under "指标（名称／口径）": the name on its first
        # line, how it is worked out below it (a name wrapped over two lines ends like no indicator)
        lined = bool(rest.strip()) and head.strip().endswith(tuple(vocab.lexicon.kpi.name_endings)) and (
            re.search(r"公式|计算|口径|定义", label) is not None or re.search(r"[÷×=＝]", rest) is not None)
        name = head.strip() if lined else name.replace("\n", "")
        # "轮换计划完成率（实际轮换数量÷计划轮换数量×100%）" under "指标（计算公式）": the name, its formula in brackets
        worked = (_BRACKETED_FORMULA if not re.search(r"[(（][^()（）]*(?:公式|计算|口径|定义)", label) else _BRACKETED_TAIL).fullmatch(name.strip())
        formula_in_name = rest.replace("\n", "").strip() if lined else worked["formula"].strip() if worked else None
        if any(squash(c.label) == squash(name) for c in row.event.columns.values() if c.key in ("indicator", "criterion")):
            continue  # the second row of a two-row header, its merged cells repeating the labels above
        if worked:
            name = worked["name"].strip()
        dimension, dim_weight = split_dimension(_text(row.event.value("dimension")))
        if group is not None and group[0] != id(row.reading):
            group = None
        if _group_row(row, name):
            # "一、客户维度 | 30%" among the indicators (its weight the sum of theirs): the heading
            # of the rows under it, no indicator
            group = (id(row.reading), mk.strip_marker(name).strip(), parse_weight(_text(row.event.value("weight"))))
            continue
        if dimension is None and group is not None:
            dimension, dim_weight = group[1], group[2]
        serial = _text(row.event.value("serial"))
        if any(squash(x or "") in rule_rows for x in (serial, dimension, _text(row.event.value("weight")))):
            # "否决项 | 因操作失误…当月绩效为0", "食品安全事故 | … | 一票否决": the sheet's rule, no weighted indicator
            continue

        # the row's number's letters ("O1", "KR1.2"), else its type cell ("O", "KR"; a blank one
        # repeats the row above)
        okr = re.sub(r"[\d.\-]+$", "", squash(serial or "")).lower() or squash(dimension or "").lower()
        if okr in objective_rows:
            # an OKR objective: the heading of its key results, not an indicator of its own
            objective = (f"{serial} {name}" if serial else name, parse_weight(_text(row.event.value("weight"))))
            continue
        if okr in key_result_rows and objective is not None:
            dimension, dim_weight = objective
        bsc = vocab.bsc_of_label(dimension) if dimension else None
        inferred = bsc is None
        if bsc is None:
            bsc = vocab.bsc_of_name(name)
        definition = _joined(row, "definition")
        # "【线路调度员】实际完成班次÷…": the row's post tagged in front of its definition or formula
        tagged = _TAGGED_POST.match(definition or _joined(row, "formula") or "")
        tag = parse_title(tagged["post"], vocab, strong=True) if tagged else None
        definition = _untagged(definition, tag)
        # "考核岗位" over 桥吊司机 | 龙门吊司机 …, each cell that post's weight (or a tick): a column per post
        role_cells = _role_columns(row, vocab)
        owner = None if role_cells is not None else _text(row.event.value("role"))
        dept = _text(row.event.value("department"))
        if owner and is_unit_name(owner, vocab):
            # "考核对象" rows of a post and of its department in one column: the unit's own rows
            roles, dept = [], dept or owner
        else:
            # the row names its owner: the post a heading above opened does not own it too (the
            # owner cell's own title does: "水厂值班长" is read as 值班长 of 水厂)
            roles = [r for r in (owner, row.role) if r and (not owner or squash(owner).endswith(squash(r)))]
        caption = row.heading or row.reading.table.name or ""
        if owner is None and caption not in sharing:
            sharing[caption] = _shared_by(caption, vocab)
        shared = sharing.get(caption, []) if owner is None else []
        named = (_caption_post(caption, vocab) or _announcing_post(caption, vocab) or _alone_post(caption, vocab)
                 if owner is None and not shared and row.heading else [])
        # ("适用对象：各学部全体任课教师" under "学科教师绩效考核指标": everyone of a kind the table applies to;
        # the title above names the post, and names it better)
        everyone = bool(shared) and EVERYONE.search(caption) is not None
        if owner is None and (not shared or everyone) and not named and not roles:
            # "2026年度月度考核表（船体装配工）" over "被考核岗位编号：HS-01　考核人：装配班长" over the
            # table: a caption further up names the post the latest one does not
            for above in reversed(stacked.get(row.block.span.line_start, [])):
                found = [] if above == caption else _shared_by(above, vocab) or _caption_post(above, vocab)
                # (a chapter's heading over the announcing line, "第五章 服务质量考核", names a topic, no post)
                if found and all(has_role_suffix(strip_title_noise(p, vocab), vocab) for p in found):
                    named = found
                    break
        if shared and not everyone:
            # "行政人员考核表（适用于行政前台、档案管理员）": a table the posts its title names share
            roles = shared
        elif named:
            roles = named  # "前台接待月度KPI" over the table, on a sheet named for several posts
        elif owner is None and not roles and row.reading.table.name:
            # a workbook of one sheet per post, the sheet named by it ("前厅部经理"): that post's
            sheet = row.reading.table.name
            if sheet not in sheet_posts:
                sheet_posts[sheet] = _sheet_post(sheet, vocab)
            roles = sheet_posts[sheet]
            if not roles and not dept and not row.department and is_unit_name(sheet.strip(), vocab):
                dept = sheet.strip()  # a workbook of one sheet per unit ("校车队"): that unit's rows
        if everyone and not roles and not dept:
            roles = shared  # ("招生办全体招生顾问" on a sheet named for the unit: those posts)
        if tag is not None:
            roles = [tag.title]
        elif block_post is not None and owner is None:
            roles = [block_post[1]]
        dept = dept or row.department or department or (_caption_unit(row, vocab) if roles else None)
        block = row.block
        span = _own_span(row, block.span)
        # the row's own lines only (a merged dimension cell above is cited where it stands)
        sentence_text = "\n".join(line.text for line in block.lines if span.line_start <= line.line_no <= span.line_end) or block.text
        soft = any(m in (definition or "") or m in name or m in (row.heading or "") for m in soft_markers)
        # "维度权重 | 指标权重 | 综合权重": the indicator's share of the whole sheet is its weight
        weight = parse_weight(_text(row.event.value("combined_weight"))) or parse_weight(_text(row.event.value("weight")))
        dim_weight = parse_weight(_text(row.event.value("dimension_weight"))) or dim_weight
        if name.replace(" ", "").endswith(vocab.total_endings):
            continue  # "主班教师权重合计 | =SUM(E3:E8)", "绿化工 权重小计 | 100%": the block's sum, no indicator
        if not re.search(r"[\u4e00-\u9fffA-Za-z]", name):
            continue  # "指标1 | 30%" of a sheet of weights: a number names no indicator
        target = _joined(row, "target")
        # "店长 35%；副店长 25%": an indicator card that gives each post it applies to its own weight
        # is one indicator of each of those posts' tables
        for_posts = [(post, w, target) for post, w in
                     _post_weights(_text(row.event.value("weight")), vocab) or _post_weights(owner, vocab)]
        # "值机员 | 值机主管" over 权重 | 目标值 each, or "装卸员权重 | 装卸班组长权重": a column per post;
        # a post whose weight cell is "—" has no such indicator
        post_weight_cells = _post_columns(row, "weight", vocab)
        if role_cells is not None:
            for_posts = [(post, parse_weight(text), target) for post, slot in role_cells.items()
                         if (text := _text(slot)) and (parse_weight(text) is not None or text.strip() in MARKS)]
            if not for_posts:
                continue
        elif len(post_weight_cells) >= 2:
            post_targets = _post_columns(row, "target", vocab)
            for_posts = [(post, w, _text(post_targets[post]) if post in post_targets else target)
                         for post, slot in post_weight_cells.items() if (w := parse_weight(_text(slot))) is not None]
            if not for_posts:
                continue
        # "权重（%）" over 旺季 | 淡季: one weight per season (or scenario), each under its own label
        scenario_weights = {} if for_posts else {
            c.sub.strip(): w for c, slot in row.event.all_values("weight")
            if c.sub and (w := parse_weight(_text(slot))) is not None}
        for post, post_weight, post_target in for_posts or [(None, weight, target)]:
            if post is not None:
                roles, weight, target = [post], post_weight, post_target
            entries.append(
                KpiEntry(
                    id=short_hash(f"{file}|{block.span.line_start}|{name}" + (f"|{post}" if post else ""), 16),
                    name=name,
                    dimension=dimension,
                    bsc=bsc,
                    dimension_inferred=inferred and bsc is not None,
                    weight=weight,
                    weights=scenario_weights if len(scenario_weights) >= 2 else {},
                    dimension_weight=dim_weight,
                    formula=_untagged(_joined(row, "formula"), tag) or formula_in_name,
                    definition=definition,
                    data_source=_joined(row, "data_source"),
                    period=_text(row.event.value("period")),
                    target=target,
                    objective=_text(row.event.value("objective")),
                    department=dept,
                    roles=list(dict.fromkeys(roles)),
                    sentence=sentence_text,
                    span=span,
                    origin="table",
                    soft=soft or is_criterion,
                    kind="criterion" if is_criterion else "indicator",
                    section=row.heading or row.reading.table.name,
                )
            )
    _named_by_code(entries, structure)
    indicators = [e.name for e in entries if e.kind == "indicator"]
    for entry in entries:
        if entry.kind == "criterion":
            context = entry.section or ""
            rows = [r for r in structure.rows if r.block is not None and _own_span(r, r.block.span) == entry.span]
            captions = [context] + [r.heading or "" for r in rows]
            entry.parent = next((n for n in sorted(indicators, key=len, reverse=True) if any(n in c for c in captions)), None)
    return entries


# ("瓦楞机机长（30%）": the weight may stand in brackets after its post)
_POST_WEIGHT = re.compile(r"^(?P<post>[\u4e00-\u9fffA-Za-z]{2,14}?)\s*[:：]?\s*(?P<open>[(（])?\s*(?P<w>\d+(?:\.\d+)?)\s*[%％]\s*(?(open)[)）])\s*(?:[(（][^()（）]{0,30}[)）])?$")


def _post_weights(text: str | None, vocab: Vocab) -> list[tuple[str, float]]:
    """"店长 35%；副店长 25%；区域督导 30%（按所辖门店汇总）", "瓦楞机机长（30%）；车间主任（15%）": each
    post with its weight, when every part is a post and a percentage; else []."""
    if not text:
        return []
    parts = [p.strip() for p in re.split(r"[;；、,，\n]", text) if p.strip()]
    out: list[tuple[str, float]] = []
    for part in parts:
        m = _POST_WEIGHT.match(part)
        name = parse_title(m["post"], vocab) if m else None
        if m is None or name is None:
            return []
        out.append((name.title, float(m["w"])))
    return out


def _post_columns(row: TableRow, key: str, vocab: Vocab) -> dict[str, Slot]:
    """The row's cells of columns of `key` that each name their post: under a post's group
    ("值机员" over 权重 | 目标值) or by the label ("装卸员权重"). Empty unless every such column does."""
    words = sorted((w for w, k in vocab.columns.items() if k == key), key=len, reverse=True)
    out: dict[str, Slot] = {}
    posts: set[str] = set()
    for col, column in sorted(row.event.columns.items()):
        if column.key != key:
            continue
        label = squash(column.label)
        if column.sub:
            group = squash(column.label[: -len(column.sub)])
        else:
            group = next((label[: -len(w)] for w in words if label.endswith(w) and len(label) > len(w)), "")
        title = parse_title(group, vocab) if group else None
        if title is None or is_unit_name(group, vocab) or title.title in posts:
            return {}
        posts.add(title.title)
        if col in row.event.values:
            out[title.title] = row.event.values[col]
    return out


def _role_columns(row: TableRow, vocab: Vocab) -> dict[str, Slot] | None:
    """The row's cells under a group of post columns ("考核岗位" over 桥吊司机 | 龙门吊司机 …), by post;
    None unless two or more of the row's post columns each name their post."""
    columns = [c for c in row.event.columns.values() if c.key == "role"]
    if len(columns) < 2 or any(not c.sub for c in columns):
        return None
    out: dict[str, Slot] = {}
    posts: set[str] = set()
    for col, column in sorted(row.event.columns.items()):
        if column.key != "role":
            continue
        title = parse_title(column.sub or "", vocab)
        if title is None or title.title in posts:
            return None
        posts.add(title.title)
        if col in row.event.values:
            out[title.title] = row.event.values[col]
    return out


_APPLIES = re.compile(r"^(?P<post>[\u4e00-\u9fffA-Za-z]{2,10})适用[:：]")


def _applicable_rows(entries: list[KpiEntry], vocab: Vocab) -> None:
    """"绩 | 宿舍安全检查合格率 | 30% | 宿管员适用：每月检查违章电器": a row of a table shared by a
    category of posts that says which post it applies to. That row is the post's; the table's
    other rows (德, 能, 勤 …) apply to every post its rows name."""
    by_table: dict[tuple[str, str | None], list[KpiEntry]] = {}
    for e in entries:
        if not e.roles:
            by_table.setdefault((e.span.file, e.section), []).append(e)
    for rows in by_table.values():
        own: dict[str, str] = {}
        for e in rows:
            for text in (e.target, e.definition, e.formula, e.objective):
                m = _APPLIES.match(text or "")
                name = parse_title(m.group("post"), vocab) if m else None
                if name is not None:
                    own[e.id] = name.title
                    break
        posts = list(dict.fromkeys(own.values()))
        if not posts:
            continue
        for e in rows:
            e.roles = [own[e.id]] if e.id in own else list(posts)


def _caption_unit(row: TableRow, vocab: Vocab) -> str | None:
    """The unit a post's KPI table is headed by ("…2024年度成分科关键绩效指标" over "考核对象：成分制备技师"),
    or the sheet is named by ("成分科"): it owns the post's rows too, so asking for the unit finds them."""
    sheet = (row.reading.table.name or "").strip()
    return department_of(row.heading or "", vocab) or (sheet if sheet and department_of(sheet, vocab) == sheet else None)


def _stacked_captions(structure: Structure) -> dict[int, list[str]]:
    """The first line of each table part -> the captions stacked right above that part, each a
    heading standing alone (a title row, then a row of who is assessed and by whom)."""
    out: dict[int, list[str]] = {}
    for article in structure.articles:
        above: list[str] = []
        for sec in article.sections:
            if sec.blocks and all(b.type == BlockType.heading and not b.key for b in sec.blocks):
                above = [*above, *(b.text for b in sec.blocks)][-_STACKED_CAPTIONS:]
                continue
            if sec.blocks and sec.role is None and all(b.type in (BlockType.heading, BlockType.field) and b.key != "header" for b in sec.blocks):
                # "考核对象：体采科护士长、采血护士　考核周期：月度" under the title: the row naming the posts
                # assessed is a caption too (the other facts of that row name no post)
                own = [b.text for b in sec.blocks if b.type == BlockType.heading or b.key == "title"]
                above = [*above, *own][-_STACKED_CAPTIONS:]
                continue
            for b in sec.blocks:
                out.setdefault(b.span.line_start, above)
            above = []
    return out


_STACKED_CAPTIONS = 3  # captions over one table that may name its post


def _sheet_post(sheet: str, vocab: Vocab) -> list[str]:
    """The post a sheet's whole name is ("前厅部经理", "景区总经理BSC"), or [] ("Sheet1", "指标库", "销售部")."""
    return _named_post(sheet, vocab, caption=False)


def _caption_post(caption: str, vocab: Vocab) -> list[str]:
    """"前台接待月度KPI" over its table: the post the caption names before its KPI words (a title without
    the usual ending too: the caption says it is one), or []."""
    return _named_post(caption, vocab, caption=True)


def _alone_post(caption: str, vocab: Vocab) -> list[str]:
    """"营运监控员" on a row of its own, over the rows below it on a sheet two posts share: that post's
    rows, or [] (the caption must be a title with a title's ending and nothing else)."""
    # ("■ 场馆运营经理（考核人：运营副总经理）": a labelled note in brackets says who assesses it)
    found = _named_post(_LABELLED_NOTE.sub("", caption), vocab, caption=False)
    return found if found and has_role_suffix(found[0], vocab) else []


_LABELLED_NOTE = re.compile(r"\s*[(（][^()（）:：]{1,8}[:：][^()（）]{1,30}[)）]\s*$")


def _announcing_post(caption: str, vocab: Vocab) -> list[str]:
    """"第五条 合规专员按季度考核，考核指标如下：" over the table: a sentence announcing the table, its
    subject the post the indicators are of, or []."""
    core = mk.strip_marker(caption.strip()).strip().rstrip(":：")
    # ("…考核指标如下表（满分100分）：": a note on the table after the words that announce it)
    core = re.sub(r"\s*[(（][^()（）]{1,20}[)）]$", "", core)
    # ("…考核指标如下表，按季度考核，考核人为…": how and by whom it is assessed, after the announcement)
    core = re.sub(r"(如下表|见下表|如下所示|如下)[，,；;].*$", r"\1", core)
    # ("合规风控专员按下表考核，年度考核结果报…备案": the post assessed by the table below)
    core = re.sub(r"按(?:下表|下列指标|以下指标)(?:进行)?(考核|评分|打分|考评)(?:[，,；;].*)?$", r"\1指标如下", core)
    core = re.sub(r"(?:如下表|见下表|如下所示)$", "如下", core)
    if not core.endswith("如下") or not any(w in core for w in vocab.lexicon.sections.kinds.get("kpi", []) if len(w) >= 2):
        return []
    post = _heading_post(re.split(r"[，,；;]", core)[0], vocab)
    return [post] if post else []


def _named_post(text: str, vocab: Vocab, caption: bool) -> list[str]:
    """The post ``text`` is, its KPI words aside ("年度", "运营中心 2025年第三" name no post); a caption
    must have those words."""
    split = vocab.kind_suffix(text)
    kpi = split is not None and split[1] == SectionKind.kpi
    if caption and not kpi:
        return []
    if kpi and split is not None and split[2].endswith("库"):
        return []  # "安骋驾培 2025年度KPI指标库": a library of the company's indicators, no one post's sheet
    core = split[0] if kpi and split is not None else text.strip()
    marker = mk.parse_marker(core)
    core = mk.strip_marker(core).strip() or core  # "（三）报告审核员月度考核指标": the part's number is no part of the post
    # ("临床监查员（CRA）　2024年度关键绩效指标": the year the sheet is for, after the post)
    core = vocab.period_tail.sub("", core).strip() if kpi else core
    if not core or re.search(r"[\d\s]", core) or vocab.period_tail.sub("", core) != core:
        return []
    name = parse_title(core, vocab, strong=caption)
    if name is None or squash(name.title) != squash(core) or is_unit_name(name.title, vocab):
        return []
    if marker is not None and marker.family == "annex" and not has_role_suffix(name.title, vocab):
        return []  # "附表1 索道站安全考核指标": an annex on a topic, not a post's
    return [name.title]


_NEXT_LABEL = re.compile(r"\s{2,}|\u3000|[\u4e00-\u9fff]{2,6}[:：]")


def _shared_by(caption: str, vocab: Vocab) -> list[str]:
    """The posts a table's caption says it applies to ("（适用于行政前台、档案管理员）"), or []."""
    cues = "|".join(re.escape(w) for w in vocab.lexicon.kpi.applies_to)
    m = re.search(rf"(?:{cues})[:：]?\s*(?P<posts>[^()（）。;；]+)", caption) if cues else None
    # "2025年度考核指标（辅导员）": a bracket at the end that holds only posts names them too
    # ("2026年度月度考核表（电焊工（持船级社证））": a post whose title holds a bracket of its own)
    bracket = re.search(r"[(（](?P<posts>(?:[^()（）。;；]|[(（][^()（）]{1,20}[)）]){2,40})[)）]\s*$", caption) if m is None else None
    found = m or bracket
    # ("适用对象：各学部全体任课教师　　考核周期：学期　　考核人：…": the list ends where the line's next
    # label begins; "全体任课教师" is everyone of a kind, whom the sheet's own title names better)
    listed = _NEXT_LABEL.split(found.group("posts"))[0] if found else ""
    parts = [EVERYONE.split(p.strip())[-1] for p in re.split(r"[、,，/和及与]", listed) if p.strip()]
    names = [parse_title(p, vocab) for p in parts if p]
    if bracket is not None and not all(names):
        return []
    return [n.title for n in names if n is not None]


def _named_by_code(entries: list[KpiEntry], structure: Structure) -> None:
    """Rows that name their indicator by a code ("OP-01 | 40% | ≥28自然箱/小时") take the name,
    definition and formula the workbook's dictionary rows ("指标编码 | 指标名称 | 指标定义 …") give
    that code; what the row states itself (its target, its scoring rule) stays. A dictionary of
    codes and formulas only names its indicators by the posts' rows of the same codes, and gives
    those rows its formulas."""
    by_code: dict[str, list[KpiEntry]] = {}
    for row in structure.rows:
        code = _text(row.event.value("indicator_code"))
        name = _text(row.event.value("indicator"))
        if not code or not name or squash(code) == squash(name) or row.block is None:
            continue
        span, name = row.block.span, name.replace("\n", "")
        # (the row's block may start on the line of a dimension merged down from above)
        # (a weight matrix's row is each of its posts' indicator: all of them take the dictionary's facts)
        found = [e for e in entries if e.name == name and span.line_start <= e.span.line_start <= span.line_end]
        if found:
            by_code.setdefault(squash(code).upper(), []).extend(found)
    if not by_code:
        return
    for entry in entries:
        sources = by_code.get(squash(entry.name).upper())
        coded = CODED_NAME.match(entry.name)
        if sources is None and coded is not None and (named := by_code.get(squash(coded["code"]).upper())) is not None:
            # "P09-到场及时率" in a post's allocation sheet: the dictionary's indicator of that code
            sources = [n for n in named if squash(n.name) == squash(coded["name"])] or None
        if not sources or entry in sources:
            continue
        source = sources[0]
        entry.name = source.name
        for attr in ("formula", "definition", "data_source", "period", "dimension"):
            if getattr(entry, attr) is None and getattr(source, attr) is not None:
                setattr(entry, attr, getattr(source, attr))
            for other in sources:
                if getattr(other, attr) is None and getattr(entry, attr) is not None:
                    setattr(other, attr, getattr(entry, attr))
        if entry.bsc is None:
            entry.bsc, entry.dimension_inferred = source.bsc, source.dimension_inferred
    for same in by_code.values():
        # "K01 | 焊缝一次探伤合格率" in the dictionary and in a post's block: one indicator, whose
        # definition and formula the post's row takes from the dictionary; a weight matrix's posts
        # (their cells hold weights only) take its target too
        for attr in ("formula", "definition", "data_source", "period", "target"):
            given = next((getattr(e, attr) for e in same if getattr(e, attr) is not None and (attr != "target" or not e.roles)), None)
            for other in same:
                if given is not None and getattr(other, attr) is None and squash(other.name) == squash(same[0].name):
                    setattr(other, attr, given)


# --- prose ----------------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[、;,，；]|以及|及(?!时)|和")
_LIST_END = re.compile(r"等(?:业务量)?(?:指标|数据)")
_QUOTED = re.compile(r"“(?P<name>[^“”]{2,16})”")
_NAMED_INDICATOR = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,14})指标")
_SCORE_BASIS = re.compile(r"根据(?P<list>[^。;]{2,40}?)(?:的增减情况)?(?:评分|考核)")
_ASSESS_OBJECT = re.compile(r"对(?P<list>[^。;]{2,60}?)进行考核")
_TARGET = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,10}?(?:时间|率|满意度|次数))(?:累计)?(?:达到|保持在|不低于|不少于)")
_VERB_OBJECT = re.compile(
    r"(?:提高|提升|降低|扩大|增加|保证|控制)(?:[\u4e00-\u9fff]{0,6}的)?(?P<name>[\u4e00-\u9fff]{1,8}?(?:率|满意度))"
)
_RATE_CHANGE = re.compile(r"(?:^|的|使|\))(?P<name>[\u4e00-\u9fff]{2,8}率)(?:下降|上升|升高)")
_LEAD_CUT = re.compile(r".*(?:将|把|是|为|在|使|对(?![公私])|增设|设定|设置|实现|完成|取得|做到|力争|包括)")
_BAD_START = re.compile(r"^(以|而|将|把|使|从|在|为|与|和|及|等|或|但|并|且|也|还|都|就|则|即|所以|因此|是|有|无|不(?!良)|其|该|此)")
_NAME_CHARS = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]+$")
_CLEAN_LEAD = [
    re.compile(r"^(?:一定时间内|全年|每月|每年)"),
    re.compile(r"^(?:其)?所(?:负责|服务|管理|开发)[\u4e00-\u9fff]{0,4}?的(?=[\u4e00-\u9fff]{2})"),
    re.compile(r"^[\u4e00-\u9fff]{2,6}所(?:负责|服务|管理)的(?:[\u4e00-\u9fff]{1,4}的)?"),
    re.compile(r"^(?:提高|提升|降低|扩大|增加|保证|控制)"),
    re.compile(r"^对(?![公私])"),
]
_CLEAN_TAIL = re.compile(r"(?:等(?:业务量)?(?:指标|数据).*|的完成情况|的增减情况|进行考核|评分|等)$")
_SHORT_OF = re.compile(r"^(?P<a>[\u4e00-\u9fff]{1,3})的(?P<b>[\u4e00-\u9fff]{2,6})$")
_SENTENCE = re.compile(r"[^。!?！？]+[。!?！？]?")


def canonical_name(name: str) -> str:
    """客户的满意度 -> 客户满意度 (short "X的Y" only)."""
    m = _SHORT_OF.match(name)
    return m.group("a") + m.group("b") if m else name


@dataclass(frozen=True)
class _Prose:
    """The prose rules compiled from kpi.toml and bsc.toml."""

    strict: tuple[str, ...]
    listed: tuple[str, ...]
    bad_endings: tuple[str, ...]
    bad_parts: tuple[str, ...]
    bad_starts: tuple[str, ...]
    cue: re.Pattern[str]
    trigger: re.Pattern[str]
    dimension_lead: re.Pattern[str]
    dimension_names: dict[str, BscDimension] = field(default_factory=dict)

    @classmethod
    def build(cls, vocab: Vocab) -> _Prose:
        k = vocab.lexicon.kpi
        triggers = "|".join(re.escape(t) for t in sorted(k.list_triggers, key=len, reverse=True)) or "(?!x)x"
        cues = "|".join(re.escape(c) for c in k.sentence_cues) or "(?!x)x"
        names = {d.name: BscDimension(d.name) for d in vocab.lexicon.bsc.dimensions.values()}
        lead_words = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!x)x"
        return cls(
            strict=tuple(k.name_endings),
            listed=tuple(k.name_endings) + tuple(k.list_endings),
            bad_endings=tuple(k.bad_endings),
            bad_parts=tuple(k.bad_parts),
            bad_starts=tuple(k.bad_starts),
            cue=re.compile(cues, re.IGNORECASE),
            trigger=re.compile(rf".*(?:{triggers})(?:便于计量的)?[:：]?"),
            dimension_lead=re.compile(rf"^(?:首先|其次|再次|最后|同时)?[,，]?(?P<dim>{lead_words})(?:维度|方面的指标|方面|指标)"),
            dimension_names=names,
        )

    def clean(self, fragment: str) -> str:
        text = fragment.strip().strip("“”\"'()[]【】《》 ")
        text = self.trigger.sub("", text)
        for _ in range(2):
            text = _CLEAN_TAIL.sub("", text).strip()
            for pattern in _CLEAN_LEAD:
                text = pattern.sub("", text)
        return text.strip("“”\"' ")

    def is_name(self, name: str, list_mode: bool = False) -> bool:
        """A qualifier plus a measurable noun ("招聘费用预算达成率"), never a clause."""
        if not (2 <= len(name) <= 16) or not _NAME_CHARS.match(name):
            return False
        endings = self.listed if list_mode else self.strict
        matched = [s for s in endings if name.endswith(s)]
        if not matched or len(name) - max(len(s) for s in matched) < 2:
            return False
        bad = tuple(t for t in self.bad_endings if not (list_mode and t in self.listed and t not in self.strict))
        if name.endswith(bad):
            return False
        return not (any(p in name for p in self.bad_parts) or _BAD_START.match(name) or name.startswith(self.bad_starts))


def _split_list(body: str) -> list[str]:
    items: list[str] = []
    for part in _SEPARATORS.split(body):
        m = re.match(r"^(?P<main>[^()]+)\((?P<alt>[^()]+)\)$", _CLEAN_TAIL.sub("", part.strip()))
        items.extend([m.group("main"), m.group("alt")] if m else [part])
    return items


def _cut_lead(phrase: str) -> str:
    phrase = _LEAD_CUT.sub("", phrase)
    _, sep, tail = phrase.rpartition("的")
    return tail if sep and len(tail) >= 4 else phrase


def candidates_in(sentence: str, rules: _Prose) -> list[tuple[str, BscDimension | None]]:
    """Indicator names one sentence yields, in the order it names them."""
    found: list[tuple[str, BscDimension | None]] = []
    lead = rules.dimension_lead.match(sentence)
    lead_dim = rules.dimension_names.get(lead.group("dim")) if lead else None
    has_cue = bool(rules.cue.search(sentence))
    explicit = bool(_LIST_END.search(sentence))
    list_mode = explicit or lead is not None or (has_cue and rules.trigger.match(sentence) is not None)

    def items(fragment: str, mode: bool) -> list[str]:
        name = canonical_name(rules.clean(fragment))
        left, sep, right = name.partition("与")
        if sep and rules.is_name(left, mode) and rules.is_name(right, mode):
            return [left, right]
        return [name] if rules.is_name(name, mode) else []

    if has_cue or explicit:
        body = re.sub(r"[。!?！？]$", "", sentence)
        for fragment in _split_list(body):
            found.extend((n, lead_dim) for n in items(fragment, list_mode))
    for m in _QUOTED.finditer(sentence):
        name = canonical_name(rules.clean(m.group("name")))
        if rules.is_name(name, list_mode=has_cue):
            found.append((name, None))
    for m in _NAMED_INDICATOR.finditer(sentence):
        name = canonical_name(rules.clean(_cut_lead(m.group("name"))))
        if rules.is_name(name):
            found.append((name, None))
    for pattern in (_SCORE_BASIS, _ASSESS_OBJECT):
        for m in pattern.finditer(sentence):
            for fragment in _split_list(m.group("list")):
                found.extend((n, None) for n in items(fragment, True))
    for pattern in (_TARGET, _VERB_OBJECT, _RATE_CHANGE):
        for m in pattern.finditer(sentence):
            name = canonical_name(rules.clean(_cut_lead(m.group("name"))))
            if rules.is_name(name):
                found.append((name, None))
    out: list[tuple[str, BscDimension | None]] = []
    seen: set[str] = set()
    for name, dim in found:
        if name not in seen:
            seen.add(name)
            out.append((name, dim))
    return sorted(out, key=lambda f: sentence.find(f[0]) if f[0] in sentence else len(sentence))


def sentences_of(text: str) -> list[str]:
    """Sentences at 。!? only: a list written "A;B;C等指标" must stay one sentence."""
    return [m.group(0).strip() for m in _SENTENCE.finditer(text) if m.group(0).strip()]


def _sentences(article: Article, void: Sequence[str] = ()) -> Iterable[tuple[str, int, list[str], str | None]]:
    """(sentence, line, roles, department) for the prose blocks of an article (tables excluded), but
    not of a post's part headed as no longer in force ("附录B　私人教练岗位说明（2023版，已废止）") nor
    of the sections of that post under it."""
    voided: str | None = None
    for section in article.sections:
        if any(m in (section.heading or "") for m in void):
            voided = section.role or ""
            continue
        if voided and section.role == voided:
            continue
        voided = None
        for block in section.blocks:
            if block.type == BlockType.heading or block.key in ("indicator", "criterion", "header"):
                continue
            for line_no, text in block.numbered_lines():
                for sentence in sentences_of(text):
                    roles = [section.role] if section.role else []
                    yield sentence, line_no, roles, section.department


def prose_entries(articles: list[Article], vocab: Vocab, skip_lines: set[int]) -> list[KpiEntry]:
    rules = _Prose.build(vocab)
    entries: list[KpiEntry] = []
    seen: set[tuple[str, int]] = set()
    for article in articles:
        for sentence, line_no, roles, department in _sentences(article, vocab.lexicon.sections.void_markers):
            if line_no in skip_lines:
                continue
            for name, dim in candidates_in(sentence, rules):
                if (name, line_no) in seen:
                    continue
                seen.add((name, line_no))
                bsc = dim or vocab.bsc_of_name(name)
                entries.append(
                    KpiEntry(
                        id=short_hash(f"{article.file}|{line_no}|{name}", 16),
                        name=name,
                        bsc=bsc,
                        dimension_inferred=dim is None and bsc is not None,
                        sentence=sentence,
                        span=SourceSpan(file=article.file, line_start=line_no, line_end=line_no),
                        roles=roles,
                        department=department,
                        origin="prose",
                    )
                )
    return entries


_STATED = re.compile(r"^(?P<name>[^:：,，;；。()（）]{2,16})[:：](?P<rest>.+)$")
_SCORE_ENDINGS = ("得分", "总分", "分数", "分值")  # "考核得分＝Σ（各指标得分×权重）": how the sheet totals
_EQUATED = re.compile(r"^(?P<name>[^:：,，;；。()（）=＝]{2,16}?)\s*[=＝](?P<rest>[^=＝]*[÷×/*＊][^=＝]*)$")
_STATED_TARGET = re.compile(r"(?:目标值?|标准|要求)\s*[:：为]?\s*(?P<t>[≥≤<>＞＜=]?[^，,;；。]+)")
_STATED_WEIGHT = re.compile(r"权重\s*[:：为]?\s*(?P<w>\d+(?:\.\d+)?\s*[%％]?)")


_PAIR = re.compile(r"^\s*(?P<key>[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff ]{0,11}?)\s*[:：]\s*(?P<value>.*?)\s*$")


def _record_entry(blocks: list[Block], pos: int, vocab: Vocab) -> tuple[str, dict[str, str], SourceSpan] | None:
    """An item of "key: value" lines (its own, or labelled lines right under it) whose first value names
    an indicator and whose other keys are a KPI table's columns (weight, target, …): (the name,
    {column key: value}, its span), else None."""
    block = blocks[pos]
    lines = [line for line in block.text.strip().split("\n") if line.strip()]
    lines[:1] = [mk.strip_marker(line.strip()) for line in lines[:1]]
    pairs = [m for line in lines if (m := _PAIR.match(line))]
    if len(pairs) != len(lines):
        return None
    stated = {key: p["value"] for p in pairs[1:] if (key := vocab.record_keys.get(p["key"].strip().lower()) or vocab.column_key(p["key"]))}
    span = block.span
    for nxt in blocks[pos + 1 :]:
        if nxt.type != BlockType.field or nxt.key not in (*_DETAIL_KEYS, "weight"):
            break
        stated.setdefault(nxt.key, field_value(nxt))
        span = SourceSpan(file=span.file, line_start=span.line_start, line_end=max(span.line_end, nxt.span.line_end))
    name = pairs[0]["value"].strip().strip("\"'") if pairs else ""
    if not stated.keys() & {"weight", "target", "formula"} or not _is_indicator_row(name, vocab):
        return None
    return name, {k: v.strip().strip("\"'") for k, v in stated.items()}, span


_WEIGHTED = re.compile(r"^(?P<name>[^:：,，;；。()（）]{2,16}?)\s*[,，、(（]\s*(?P<rest>权重.*)$")  # "收银差错率，权重30%"
_DETAIL_KEYS = ("formula", "definition", "target", "data_source", "period")
# "观众投诉≤2次/月", "日报提交及时率100%": an indicator's name with its target written after it
_NAME_TARGET = re.compile(r"^(?P<name>[^≥≤<>＞＜=]{1,15}[\u4e00-\u9fff])\s*(?P<target>(?:[≥≤<>＞＜=]|\d).*)$")


def _split_stated(blocks: list[Block]) -> list[Block]:
    """"票款差错率≤0.1%（权重40%）；日报提交及时率100%（权重30%）；…" on one line: one block per weighted
    indicator, on that line."""
    out: list[Block] = []
    for block in blocks:
        parts = [p.strip() for p in re.split(r"[；;]", mk.strip_marker(block.text.strip()).rstrip("。")) if p.strip()]
        if block.type in (BlockType.item, BlockType.text) and len(parts) >= 2 and all(_WEIGHTED.match(p) for p in parts):
            out += [block.model_copy(update={"text": p}) for p in parts]
        else:
            out.append(block)
    return out


def list_entries(articles: list[Article], vocab: Vocab) -> list[KpiEntry]:
    """Items of a KPI section that state an indicator: "（1）妥投率：当月妥投件数/应派件数×100%，目标值≥98.5%，
    权重30%；" — the name before the colon, its formula, target and weight as written; or "1. 收银差错率，
    权重30%" with its labelled lines under it ("计算方法：…", "评分标准：…")."""
    entries: list[KpiEntry] = []
    for article in articles:
        unit: str | None = None  # the unit a "dept: 涂装车间" line above names, for records of no post
        for section in article.sections:
            said = next((field_value(b) for b in section.blocks if b.type == BlockType.field and b.key == "department"), None)
            unit = said or (unit if section.role is None else None)
            if section.kind not in (SectionKind.kpi, SectionKind.prose):
                continue
            blocks = _split_stated(section.blocks) if section.kind == SectionKind.kpi else section.blocks
            first = len(entries)
            # (outside a KPI part, a formula in the text is no indicator of the post the part is under)
            listed = section.kind == SectionKind.kpi
            for pos, block in enumerate(blocks):
                if block.type not in (BlockType.item, BlockType.text) or block.key in ("indicator", "criterion"):
                    continue
                text = mk.strip_marker(block.text.strip())
                if listed and (record := _record_entry(blocks, pos, vocab)) is not None:
                    # "- name: 涂层一次交验合格率 / weight: 30% / target: >=95%" (a system's export): one
                    # indicator per record, its first pair naming it
                    name, stated, span = record
                    entries.append(_stated_entry(article.file, block, name, parse_weight(stated.get("weight")), stated, span, vocab,
                                                 roles=[section.role] if section.role else [], origin="table",
                                                 department=section.department or (unit if not section.role else None),
                                                 section=section.heading))  # fmt: skip
                    continue
                if not listed:
                    # outside a KPI part, only a formula written out ("咨询转化率=当月报名缴费人数÷…×100%")
                    m = _EQUATED.match(text)
                else:
                    m = _STATED.match(text) or _WEIGHTED.match(text) or WEIGHTED_ENTRY.match(text) or _EQUATED.match(text)
                if m is None or not _is_indicator_row(m.group("name"), vocab):
                    continue
                rest = m.group("rest").strip().rstrip("；;。")
                weight = _STATED_WEIGHT.search(rest) or (m if "w" in m.groupdict() else None)
                if m.re is WEIGHTED_ENTRY:
                    rest = rest.strip("()（）")  # "（目标0起）": the note is the rest
                target = _STATED_TARGET.search(rest)
                named = squash(m.group("name")).endswith(tuple(vocab.lexicon.kpi.name_endings)) and len(squash(m.group("name"))) >= 4
                if weight is None and target is None and not named:
                    continue  # a labelled sentence, not a stated indicator ("巡查频次达标率：每班次…" is one)
                if m.re is _EQUATED and (not named or squash(m.group("name")).endswith(_SCORE_ENDINGS)):
                    continue  # ("考核得分=各指标得分×权重": how the sheet totals, no indicator)
                formula = re.split(r"[，,；;]\s*(?:目标|标准|要求|权重)", rest)[0].strip() or None
                if rest.startswith("权重") or m.re is WEIGHTED_ENTRY:
                    formula = None
                details: dict[str, str] = {}
                span = block.span
                for nxt in blocks[pos + 1:]:
                    if nxt.type != BlockType.field or nxt.key not in _DETAIL_KEYS:
                        break  # the indicator's own labelled lines end at the next item
                    details.setdefault(nxt.key, field_value(nxt))
                    span = SourceSpan(file=span.file, line_start=span.line_start, line_end=max(span.line_end, nxt.span.line_end))
                name = m.group("name").strip()
                said = target.group("t").strip() if target else details.get("target")
                if m.re is _WEIGHTED and (aimed := _NAME_TARGET.match(name)) is not None:
                    name, said = aimed["name"], said or aimed["target"]  # "票款差错率≤0.1%（权重40%）"
                entries.append(_stated_entry(
                    article.file, block, name, parse_weight(weight.group("w")) if weight else None,
                    {**details, "formula": formula or details.get("formula"), "target": said}, span, vocab,
                    roles=[section.role] if section.role and listed else [], department=section.department if listed else None,
                    origin="table" if listed else "prose",  # a stated list of the role's indicators, like a sheet's rows
                    section=section.heading))  # fmt: skip
            _points_as_weights(entries[first:])
    return entries


def _stated_entry(file: str, block: Block, name: str, weight: float | None, stated: Mapping[str, str | None], span: SourceSpan,
                  vocab: Vocab, roles: list[str], department: str | None, origin: Literal["table", "prose"],
                  section: str | None) -> KpiEntry:  # fmt: skip
    """An indicator a KPI part states in its text: its name, weight and the fields stated with it."""
    return KpiEntry(
        id=short_hash(f"{file}|{block.span.line_start}|{name}", 16),
        name=name,
        bsc=vocab.bsc_of_name(name),
        dimension_inferred=vocab.bsc_of_name(name) is not None,
        weight=weight,
        formula=stated.get("formula"),
        definition=stated.get("definition"),
        data_source=stated.get("data_source"),
        period=stated.get("period"),
        target=stated.get("target"),
        sentence=block.text,
        span=span,
        roles=roles,
        department=department,
        origin=origin,
        section=section,
    )


_POINTS = re.compile(r"[，,；;]\s*(?P<p>\d{1,3}(?:\.\d)?)\s*分\s*(?:[；;，,。]|$)")


def _points_as_weights(entries: list[KpiEntry]) -> None:
    """"医院感染病例漏报率：目标值≤10%，30分；每超1个百分点扣3分" under "考核细则（满分100分）": each
    indicator's points, adding up to the full 100, are its weight."""
    points = [_POINTS.search(e.sentence) for e in entries]
    if len(entries) < 2 or any(e.weight is not None for e in entries) or not all(points):
        return
    values = [float(m.group("p")) for m in points if m]
    if abs(sum(values) - 100) > 0.01:
        return
    for entry, value in zip(entries, values):
        entry.weight = value


_SCORED_HEAD = re.compile(r"指标.{0,6}(?:分值|权重|分数)")  # "指标设置及分值", "考核指标及权重"
_SCORED = re.compile(r"^(?P<name>[^:：,，;；。()（）\d]{2,16})[:：]\s*(?P<w>\d+(?:\.\d+)?)\s*(?:分|[%％])[;；。]?$")


def _heading_post(heading: str | None, vocab: Vocab) -> str | None:
    """The post a heading starts with ("三、大客户经理薪酬考核办法" -> 大客户经理); a sentence names none."""
    core = mk.strip_marker(heading or "").strip()
    if re.search(r"[，,。;；:：]", core):
        return None
    for end in range(min(len(core), 16), 2, -1):
        if has_role_suffix(core[:end], vocab) and (name := parse_title(core[:end], vocab)) is not None:
            return name.title
    return None


def scored_entries(articles: list[Article], vocab: Vocab) -> list[KpiEntry]:
    """"1、指标设置及分值" over "(1)基础工作:20分", "(2)信息反馈:20分": indicators and their points stated
    as a list in a document of any kind; their post is the section's, or the one its heading names."""
    entries: list[KpiEntry] = []
    for article in articles:
        for pos, section in enumerate(article.sections):
            for block in section.blocks:
                lines = block.numbered_lines()
                if block.type != BlockType.item or len(lines) < 3 or not _SCORED_HEAD.search(lines[0][1]):
                    continue
                # the section's post, else one the nearest headings above name ("三、X薪酬考核办法")
                above = (s.heading for s in reversed(article.sections[max(0, pos - 2): pos + 1]))
                role = section.role or next(filter(None, (_heading_post(h, vocab) for h in above)), None)
                for no, line in lines[1:]:
                    m = _SCORED.match(mk.strip_marker(line.strip()).strip())
                    if m is None:
                        continue
                    name = m.group("name").strip()
                    entries.append(KpiEntry(
                        id=short_hash(f"{article.file}|{no}|{name}", 16), name=name, bsc=vocab.bsc_of_name(name),
                        dimension_inferred=vocab.bsc_of_name(name) is not None, weight=float(m.group("w")), sentence=line,
                        span=SourceSpan(file=article.file, line_start=no, line_end=no), roles=[role] if role else [],
                        # running text, not a sheet: answers quote its passage, the designer weighs it
                        department=section.department, origin="prose", section=mk.strip_marker(lines[0][1]).strip()))
    return entries


_LEAD_IN = re.compile(r"(?:如下|下表|见表)[^。]{0,6}[:：]?\s*$|[:：]\s*$")


def _caption_facts(structure: Structure, entries: list[KpiEntry], vocab: Vocab) -> None:
    """Rows with no period of their own take the one their block's caption states ("考核岗位：维保技术员
    考核周期：月度" over the rows, or a lead-in "安防部按月考核，考核指标如下表："): the nearest stated
    above a row, when that caption is its post's; a department's block ("考核部门：检测部 …", no
    post) is that department's."""
    stated: dict[str, list[tuple[int, str | None, str]]] = {"period": [], "department": []}
    said = vocab.lexicon.kpi.period_said
    for article in structure.articles:
        for section in article.sections:
            if section.kind != SectionKind.kpi:
                continue
            for b in section.blocks:
                if b.type == BlockType.field and b.key in stated and (value := field_value(b)):
                    stated[b.key].append((b.span.line_start, section.role, value))
                elif b.type != BlockType.field and _LEAD_IN.search(b.text) and len(b.text) <= 60:
                    period = next((p for w, p in said if w in b.text), None)
                    if period:
                        stated["period"].append((b.span.line_start, section.role, period))
                    if section.role is None and (unit := department_of(mk.strip_marker(b.text), vocab)):
                        stated["department"].append((b.span.line_start, None, unit))
    for key in stated:
        stated[key].sort(key=lambda s: s[0])
    for entry in entries:
        for key, facts in stated.items():
            if getattr(entry, key) is not None or key == "department" and entry.roles:
                continue
            above = [s for s in facts if s[0] <= entry.span.line_start]
            if above and (above[-1][1] in entry.roles if entry.roles else above[-1][1] is None):
                setattr(entry, key, above[-1][2])


ANNOUNCED_GAP = 3  # lines between a sentence announcing a table and its first row (a page's footer, the header row)


_BRACKETED_TAIL = re.compile(r"(?P<name>[^()（）]{2,30}?)\s*[(（](?P<formula>[^()（）]{2,60})[)）]")
_BRACKETED_FORMULA = re.compile(r"(?P<name>[^()（）]{2,30}?)\s*[(（](?P<formula>[^()（）]*[÷×/＝=][^()（）]*)[)）]")


def _announcements(structure: Structure, vocab: Vocab) -> list[tuple[int, str]]:
    """(last line, post) of each sentence announcing a table of a post's indicators ("第七条 安全环保专员
    安全绩效考核指标如下表，按季度考核…："), in a post's part too ("第十二条 合规风控专员按下表考核" under
    第四章 after another post's duties)."""
    blocks = (b for article in structure.articles for section in article.sections for b in section.blocks)
    return [(b.span.line_end, post[0]) for b in blocks
            if b.type != BlockType.field and _LEAD_IN.search(b.text) and (post := _announcing_post(b.text, vocab))]


def _announced_rows(said: list[tuple[int, str]], entries: list[KpiEntry]) -> None:
    """Rows of no post right under a sentence announcing them (``_announcements``; the table on the
    next page): that post's, the table's rows one after another."""
    if not said:
        return
    last: tuple[int, str] | None = None  # (line of the row before, its post)
    for entry in sorted(entries, key=lambda e: e.span.line_start):
        start = entry.span.line_start
        # (a unit the document's title gives every row, "…证券营业部", does not stop the sentence's post)
        if entry.roles:
            last = None
            continue
        if last is not None and start - last[0] <= 1:
            post = last[1]
        else:
            above = [p for line, p in said if 0 < start - line <= ANNOUNCED_GAP]
            post = above[-1] if above else None
        if post is not None:
            entry.roles = [post]
        last = (entry.span.line_end, post) if post is not None else None


def extract_kpis(structure: Structure, vocab: Vocab, department: str | None = None) -> list[KpiEntry]:
    """Every KPI table row, the indicators a KPI section lists with their weights or targets, then
    the indicators prose names (outside those)."""
    file = structure.articles[0].file if structure.articles else ""
    # "考核周期：月度；考核结果与绩效工资挂钩。" under a sheet's rows: the sheet's note, no indicator
    table = [e for e in table_entries(structure, vocab, file, department)
             if not (e.weight is None and LABELLED.match(e.name) and re.search(r"[;；。]", e.name))]
    _applicable_rows(table, vocab)
    _caption_facts(structure, table, vocab)
    said = _announcements(structure, vocab)
    _announced_rows(said, table)
    for entry in table:
        # "审计员/高级审计员(S1-S2)": a sheet for two posts is each one's
        entry.roles = list(dict.fromkeys(part for role in entry.roles for part in listed_posts(role, vocab) or [role]))
    listed = list_entries(structure.articles, vocab)
    listed += [e for e in scored_entries(structure.articles, vocab)
               if not any(o.span.line_start <= e.span.line_start <= o.span.line_end for o in listed)]  # fmt: skip
    _announced_rows(said, listed)  # (a PDF's table read as lines: "第十二条 X按下表考核：" over them)
    skip = {n for r in structure.rows if r.block is not None for n in r.block.line_nos}
    skip |= {n for e in listed for n in range(e.span.line_start, e.span.line_end + 1)}
    return table + listed + prose_entries(structure.articles, vocab, skip)
