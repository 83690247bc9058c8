"""A table that is a tree: an HR system's export of nodes (节点ID | 父节点ID | 节点类型 | 名称/内容 | …),
a unit, its posts, each post's duties and requirements as rows pointing at their parent.

Read row by row, the duties of 病案管理员 are rows that never name the post. Found by structure, not
by words: a column of unique ids, a column whose values are mostly those ids (the parent), a column
of a few short repeated values (the node's type), and the longest text (the content). The rows are
laid out as the outline they stand for: each node with children a heading, its children grouped by
type under the type as a heading, leaves as list entries; every unit keeps its row's line.
"""

from __future__ import annotations

from assistant.ingest.layout import Cell, Hint, Unit

_MIN_ROWS = 6
_MAX_TYPES = 8
_TYPE_CHARS = 6
_MAX_OTHERS = 2  # columns besides id, parent, type and content: a table of posts with their facts in columns is no outline
_PARENT_SHARE = 0.6  # of the filled parent cells that must name another row's id
_FACT_SEPARATORS = "；;"


def _text(cell: Cell | None) -> str:
    return cell.text.strip() if cell is not None else ""


def _kinds_apart(ids: list[str], parents: list[str], types: list[str]) -> bool:
    """Whether the type column tells containers from entries: no type holds both nodes with children
    and nodes without (a post tree's 岗位 over its 职责 rows; not an ERP list of posts whose parent is
    the superior post, where a 管理 post may head others or none)."""
    heads = set(parents)
    containers = {t for node, t in zip(ids, types) if node in heads}
    leaves = {t for node, t in zip(ids, types) if node not in heads}
    return bool(containers) and bool(leaves) and not containers & leaves


def _columns(rows: list[list[Cell]]) -> tuple[int, int, int, int, list[int]] | None:
    """(id, parent, type, content, others) column indexes, or None for a table of no tree."""
    width = max(len(r) for r in rows)
    cols = [[_text(r[c]) if c < len(r) else "" for r in rows] for c in range(width)]
    ids = [c for c in range(width) if sum(bool(v) for v in cols[c]) >= 0.9 * len(rows) and len(set(cols[c])) == len(cols[c])]
    for i in ids:
        known = set(cols[i])
        for j in range(width):
            filled = [v for v in cols[j] if v]
            pointing = [v for v in filled if v in known]
            if j == i or not filled or len(pointing) < 3 or len(pointing) < _PARENT_SHARE * len(filled):
                continue
            rest = [c for c in range(width) if c not in (i, j)]
            types = [c for c in rest if 2 <= len(set(v for v in cols[c] if v)) <= _MAX_TYPES
                     and all(len(v) <= _TYPE_CHARS for v in cols[c] if v) and sum(bool(v) for v in cols[c]) >= 0.9 * len(rows)]
            if not types:
                continue
            t = types[0]
            others = [c for c in rest if c != t]
            if not others or len(others) > _MAX_OTHERS + 1 or not _kinds_apart(cols[i], cols[j], cols[t]):
                continue
            content = max(others, key=lambda c: sum(len(v) for v in cols[c]))
            return i, j, t, content, [c for c in others if c != content]
    return None


def tree_outline(rows: list[list[Cell]]) -> list[Unit] | None:
    """The outline a tree table stands for, or None when the table is no tree. (Its header row is no
    part of it: the outline's headings say what each part is.)"""
    if len(rows) < _MIN_ROWS + 1:
        return None
    body = rows[1:]
    found = _columns(body)
    if found is None:
        return None
    i, j, t, content, others = found

    def cell(row: list[Cell], c: int) -> Cell | None:
        return row[c] if c < len(row) else None

    by_id = {_text(cell(r, i)): r for r in body}
    children: dict[str, list[list[Cell]]] = {}
    roots: list[list[Cell]] = []
    for r in body:
        parent = _text(cell(r, j))
        (children.setdefault(parent, []) if parent in by_id else roots).append(r)

    out: list[Unit] = []

    def line(row: list[Cell], c: int) -> int:
        own = cell(row, c)
        return own.units[0].line_no if own is not None and own.units else next(u.line_no for x in row for u in x.units)

    def facts(row: list[Cell]) -> list[Unit]:
        units = []
        for c in others:
            for piece in _text(cell(row, c)).replace(";", "；").split("；"):
                if piece.strip():
                    units.append(Unit(line(row, c), piece.strip()))
        return units

    def visit(row: list[Cell], depth: int) -> None:
        kids = children.get(_text(cell(row, i)), [])
        name = _text(cell(row, content))
        if not kids:
            return
        out.append(Unit(line(row, content), name, Hint(heading=min(depth, 6))))
        out.extend(facts(row))
        groups: dict[str, list[list[Cell]]] = {}
        for kid in kids:
            groups.setdefault(_text(cell(kid, t)), []).append(kid)
        for kind, members in groups.items():
            leaves = [m for m in members if not children.get(_text(cell(m, i)))]
            if leaves:
                out.append(Unit(line(leaves[0], t), kind, Hint(heading=min(depth + 1, 6))))
                out.extend(Unit(line(m, content), _text(cell(m, content)), Hint(item=True)) for m in leaves if _text(cell(m, content)))
            for m in members:
                if m not in leaves:
                    visit(m, depth + 1)

    for root in roots:
        if children.get(_text(cell(root, i))):
            visit(root, 1)
        elif name := _text(cell(root, content)):
            out.append(Unit(line(root, content), name))
    return out or None
