"""A Mermaid flowchart in a Markdown file (```mermaid / graph TD / A[站长] --> B[班长]), read as the
organisation chart it draws: each node under the node its arrow comes from, the same indented
units an org chart drawn in a sheet gives, so "他的直属领导是谁" is answered from it."""

from __future__ import annotations

import re

from assistant.ingest.layout import Hint, Unit

FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})\s*mermaid\s*$", re.IGNORECASE)
FENCE_END = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})\s*$")
_KIND = re.compile(r"^\s*(?:graph|flowchart)\s+(?:TD|TB|BT|LR|RL)\b", re.IGNORECASE)
# a node: its id, then its label in brackets of any shape ("A[站长]", "B(班长)", "C{{…}}", "D((…))")


def _node(name: str) -> str:
    return (rf"(?P<{name}>[A-Za-z0-9_\u4e00-\u9fff]+)\s*"
            rf"(?:[\[({{]{{1,2}}\s*\"?(?P<{name}_label>[^\])}}\"]+?)\"?\s*[\])}}]{{1,2}})?")  # fmt: skip


_EDGE = re.compile(r"^\s*" + _node("a") + r"\s*(?:-{2,3}>|={2,3}>|-\.->|---)\s*(?:\|[^|]*\|\s*)?" + _node("b") + r"\s*;?\s*$")
_DEFINED = re.compile(r"^\s*" + _node("a") + r"\s*;?\s*$")
EDGES_MIN = 2


def chart_units(lines: list[str], first_line: int) -> list[Unit] | None:
    """The chart between a ``mermaid`` fence's lines (``lines``, the first at ``first_line``) as
    indented units, or None when it is no flowchart of at least EDGES_MIN arrows forming a tree."""
    if not lines or not _KIND.match(lines[0]):
        return None
    labels: dict[str, tuple[str, int]] = {}  # node id -> (label, line it is first named on)
    parent: dict[str, str] = {}
    order: list[str] = []
    edges = 0
    for offset, line in enumerate(lines[1:], start=1):
        m = _EDGE.match(line) or _DEFINED.match(line)
        if m is None:
            continue
        names = ["a", "b"] if "b" in m.groupdict() else ["a"]
        for name in names:
            node, label = m[name], (m[f"{name}_label"] or "").strip()
            if node not in labels or label and labels[node][0] == node:
                labels[node] = (label or node, first_line + offset)
            if node not in order:
                order.append(node)
        if len(names) == 2:
            edges += 1
            if m["b"] in parent or m["b"] == m["a"]:
                return None  # two superiors, or a loop: a process drawn, no chart of posts
            parent[m["b"]] = m["a"]
    if edges < EDGES_MIN:
        return None
    children: dict[str, list[str]] = {}
    for node in order:
        if node in parent:
            children.setdefault(parent[node], []).append(node)
    units: list[Unit] = []
    seen: set[str] = set()

    def walk(node: str, depth: int) -> None:
        if node in seen:
            return
        seen.add(node)
        label, line = labels[node]
        units.append(Unit(line, label, Hint(depth=depth)))
        for child in children.get(node, []):
            walk(child, depth + 1)

    for node in order:
        if node not in parent:
            walk(node, 1)
    return units if len(seen) == len(order) else None
