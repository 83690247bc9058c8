"""Codes an export explains itself: "学历代码 E03" in a row, "学历 | E03 | 大专及以上" in the code
list the same file appends ("代码类型 | 代码 | 含义"). A cell holding such a code is shown with what it
means ("E03（大专及以上）"), so a question about the education asked finds the words, not a code.

The code list is found by its header (``fields.toml`` ``code_columns`` / ``meaning_columns``), in
the same table below the records or in a table of its own; only codes listed there are decoded.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from assistant.ingest.layout import Cell, Table, Unit
from assistant.ingest.vocab import Vocab, squash

MAX_CODE_CHARS = 12  # "E03", "L01", "CS-201": codes are short


def _header(row: list[Cell], codes: set[str], meanings: set[str], endings: tuple[str, ...], vocab: Vocab) -> tuple[int, int] | None:
    """(code column, meaning column) of a code list's header row, or None."""
    labels = [squash(c.text) for c in row]
    code = next((i for i, t in enumerate(labels) if t in codes), None)
    meaning = next((i for i, t in enumerate(labels) if t in meanings), None)
    if meaning is None and code is not None:  # "代码 | 证书名称": the name of what is coded
        meaning = next((i for i, t in enumerate(labels) if i != code and t.endswith(endings) and t not in endings), None)
    if meaning is None and code is not None and code + 1 < len(labels) and vocab.label_key(row[code + 1].text.strip()):
        meaning = code + 1  # "代码 | 班次 | 时间" (a sheet of shift codes): the fact each code stands for
    return (code, meaning) if code is not None and meaning is not None and code != meaning else None


def _titles_codes(text: str, vocab: Vocab) -> bool:
    """"班次代码说明", "岗位代码对照表": the title of a list of codes and what they mean."""
    title = squash(text)
    codes = [squash(w) for w in vocab.lexicon.fields.code_columns]
    explained = [squash(w) for w in vocab.lexicon.fields.meaning_columns]
    return len(title) <= 16 and any(c in title for c in codes) and any(title.endswith(m) for m in explained)


def _code_lists(tables: list[Table], vocab: Vocab, titles: dict[int, bool]) -> tuple[dict[str, str], set[tuple[int, int]]]:
    """code -> meaning over every code list of the file, and the (table, row) positions they take
    (``titles``: the tables whose title says they list codes)."""
    codes = {squash(w) for w in vocab.lexicon.fields.code_columns}
    meanings = {squash(w) for w in vocab.lexicon.fields.meaning_columns}
    endings = tuple(squash(w) for w in vocab.lexicon.fields.meaning_endings if w)
    found: dict[str, str] = {}
    taken: set[tuple[int, int]] = set()
    for t, table in enumerate(tables):
        # "班次代码说明" over "D | 常白班 9:00–18:00" rows: a code list titled, without a header row
        cols: tuple[int, int] | None = (0, 1) if titles.get(id(table)) and table.width >= 2 else None
        for r, row in enumerate(table.rows):
            head = _header(row, codes, meanings, endings, vocab)
            texts = list(dict.fromkeys(c.text.strip() for c in row if c.text.strip()))
            if head is None and len(texts) == 1 and _titles_codes(texts[0], vocab):
                head = (0, 1)  # the title row of a code list under the records, merged across
            if head is not None:
                cols = head
                taken.add((t, r))
                continue
            if cols is None:
                continue
            code = row[cols[0]].text.strip() if cols[0] < len(row) and not row[cols[0]].merged else ""
            # "N | 夜班 | 22:00—次日06:00": the name and what the other columns say of it (once each)
            meaning = " ".join(dict.fromkeys(c.text.strip() for c in row[cols[0] + 1 :] if c.text.strip()))
            if not code or not meaning or len(code) > MAX_CODE_CHARS or "\n" in code:
                cols = None if not any(c.text.strip() for c in row) else cols  # a blank row ends the list
                continue
            found.setdefault(code, meaning)
            taken.add((t, r))
    return found, taken


_PAIR = re.compile(r"(?P<code>[A-Za-z0-9]{1,%d})\s*[=＝:：]\s*(?P<meaning>[^，,；;\s][^，,；;]*)" % MAX_CODE_CHARS)


def _legend_codes(text: str, vocab: Vocab) -> dict[str, str] | None:
    """"# 学历代码：G=高中/中专，D=大专及以上": a line that explains a column's codes, code -> meaning
    (a word of ``fields.toml`` ``code_columns`` before the colon, two or more "code=meaning" after it)."""
    head, sep, rest = re.sub(r"^[#＃*\s]+", "", text.strip()).partition("：" if "：" in text else ":")
    words = [squash(w) for w in vocab.lexicon.fields.code_columns]
    if not sep or len(squash(head)) > 10 or not any(squash(head).endswith(w) for w in words):
        return None
    pairs = [(m["code"], m["meaning"].strip()) for m in (_PAIR.fullmatch(p.strip()) for p in re.split(r"[，,；;]", rest)) if m]
    return dict(pairs) if len(pairs) >= 2 else None


# "▲ 直接上级 ● 本岗位 ▼ 直接下属": a symbol, then the label it stands for
_SYMBOL_PAIR = re.compile(r"(?P<symbol>[▲△▼▽●○◆◇■□★☆◎◉►▶♦])\s*(?P<label>[\u4e00-\u9fff]{2,6})")


def _legend_symbols(text: str, vocab: Vocab) -> dict[str, str]:
    """"…用符号表示：▲ 直接上级 ● 本岗位 ▼ 直接下属 ◆ 主要协作": symbol -> the fact's label, for the
    labels the lexicon knows (two or more; a symbol the line uses twice means nothing sure)."""
    pairs = [(m["symbol"], m["label"]) for m in _SYMBOL_PAIR.finditer(text)]
    symbols = [s for s, _ in pairs]
    known = {s: label for s, label in pairs if symbols.count(s) == 1 and vocab.label_key(label) is not None}
    return known if len(known) >= 2 else {}


def _symbol_fact(unit: Unit, legend: dict[str, str]) -> Unit:
    """"▲ 区域运营总监" under that legend -> "直接上级：区域运营总监" (quoted as written)."""
    text = unit.text.strip()
    label = legend.get(text[:1])
    rest = text[1:].strip()
    if label is None or not rest or rest.startswith(label) or _SYMBOL_PAIR.search(rest):
        return unit
    return replace(unit, text=f"{label}：{rest}", raw=unit.raw or unit.text)


def symbol_facts(flow: list[Unit | Table], vocab: Vocab) -> list[Unit | Table]:
    """``flow`` with the lines and cells that open with a symbol a legend of the document explains
    ("▲ 直接上级 ▼ 直接下属") written as that fact ("▲ 区域运营总监" -> "直接上级：区域运营总监")."""
    legends = {id(part): found for part in flow if isinstance(part, Unit) and (found := _legend_symbols(part.text, vocab))}
    if not legends:
        return flow
    legend = {symbol: label for found in legends.values() for symbol, label in found.items()}
    out: list[Unit | Table] = []
    for part in flow:
        if isinstance(part, Table):
            rows = [[Cell([_symbol_fact(u, legend) for u in cell.units], merged=cell.merged) if not cell.merged else cell
                     for cell in row] for row in part.rows]  # fmt: skip
            out.append(replace(part, rows=rows))
        else:
            out.append(part if id(part) in legends else _symbol_fact(part, legend))
    return out


def decode_codes(flow: list[Unit | Table], vocab: Vocab) -> list[Unit | Table]:
    """``flow`` with every cell outside the code lists that holds a listed code shown with its meaning."""
    tables = [p for p in flow if isinstance(p, Table)]
    if not tables:
        return flow
    titles = {id(part): _titles_codes(before.text, vocab) for before, part in zip([None, *flow], flow)
              if isinstance(part, Table) and isinstance(before, Unit)}  # fmt: skip
    found, taken = _code_lists(tables, vocab, titles)
    # (a legend written as lines under the export, "# 园区代码：YZ=北京亦庄园区，LF=廊坊园区"; a code two
    # legends explain differently is decoded by neither)
    lines = [p.text for p in flow if isinstance(p, Unit)]
    lines += [row[0].text for table in tables for row in table.rows if sum(bool(c.text.strip()) for c in row) == 1]
    legends = [codes for text in lines if (codes := _legend_codes(text, vocab))]
    clash = {c for a, b in itertools.combinations(legends, 2) for c in a.keys() & b.keys() if a[c] != b[c]}
    for codes in legends:
        for code, meaning in codes.items():
            if code not in clash:
                found.setdefault(code, meaning)
    if not found:
        return flow
    decoded: dict[int, Table] = {}
    for t, table in enumerate(tables):
        rows = []
        for r, row in enumerate(table.rows):
            if (t, r) in taken:
                rows.append(row)
                continue
            rows.append([_decoded(cell, found) for cell in row])
        decoded[id(table)] = replace(table, rows=rows)
    return [decoded.get(id(p), p) if isinstance(p, Table) else p for p in flow]


_SEPARATORS = re.compile(r"(\s*[、,，;；/]\s*)")


def _decoded(cell: Cell, found: dict[str, str]) -> Cell:
    if cell.merged or len(cell.units) != 1:
        return cell
    unit = cell.units[0]
    # "Z01、Z02": a cell may list several codes; decoded only when every part is a listed code
    parts = _SEPARATORS.split(unit.text.strip())
    codes = parts[::2]
    if not codes or any(p not in found for p in codes):
        return cell
    text = "".join(p if i % 2 else f"{p}（{found[p]}）" for i, p in enumerate(parts))
    return Cell([replace(unit, text=text, raw=unit.raw or unit.text)], merged=cell.merged)


def _keys(row: list[Cell], vocab: Vocab) -> list[str | None]:
    return [vocab.label_key(c.text.strip()) if c.text.strip() and not c.merged else None for c in row]


def name_posts(flow: list[Unit | Table], vocab: Vocab) -> list[Unit | Table]:
    """An HR export whose catalogue sheet names each post by its code ("岗位编码 | 岗位名称 | …") and
    whose other sheets give the posts' facts by code only ("岗位编码 | 工作地点 | 月薪…"): each such
    row gets the post's name in a cell of its own, so its facts are that post's. The name stands on
    the row's own line; only codes the catalogue lists are named."""
    tables = [p for p in flow if isinstance(p, Table)]
    names: dict[str, tuple[str, str]] = {}  # code -> (post, the catalogue's label of the name column)
    for table in tables:
        if not table.rows:
            continue
        keys = _keys(table.rows[0], vocab)
        if "code" in keys and "title" in keys:
            code, title = keys.index("code"), keys.index("title")
            label = table.rows[0][title].text.strip()
            for row in table.rows[1:]:
                if max(code, title) < len(row) and (c := row[code].text.strip()) and (t := row[title].text.strip()):
                    names.setdefault(squash(c), (t, label))
    if not names:
        return flow
    named: dict[int, Table] = {}
    for table in tables:
        keys = _keys(table.rows[0], vocab) if table.rows else []
        if "code" not in keys or "title" in keys:
            continue
        code = keys.index("code")
        body = list(itertools.takewhile(lambda row: any(c.text.strip() for c in row), table.rows[1:]))  # to a blank row
        found = [names.get(squash(row[code].text.strip())) if code < len(row) else None for row in body]
        if sum(x is not None for x in found) * 2 < max(1, len(found)):
            continue  # codes of something else, or another catalogue's
        head = table.rows[0][code].units[0] if table.rows[0][code].units else None
        label = next(x[1] for x in found if x is not None)
        rows = [[*table.rows[0][: code + 1], Cell([Unit(head.line_no, label)] if head else []), *table.rows[0][code + 1 :]]]
        for i, row in enumerate(table.rows[1:]):
            post = found[i] if i < len(found) else None
            at = row[code].units[0].line_no if code < len(row) and row[code].units else None
            # (quoted by the code the line writes: the name is the catalogue's)
            cell = Cell([Unit(at, post[0], raw=row[code].text.strip())]) if post is not None and at is not None else Cell()
            rows.append([*row[: code + 1], cell, *row[code + 1 :]])
        named[id(table)] = replace(table, rows=rows)
    return [named.get(id(p), p) if isinstance(p, Table) else p for p in flow]
