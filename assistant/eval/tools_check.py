"""Checks on what the drafting tools produce: JD drafts and KPI designs for a role.

The tools' result models are read structurally (any nested object with ``file``, ``line_start``
and ``line_end`` is a citation; a design's ``indicators`` carry ``name``, ``dimension`` and
``weight``), so the checks keep working while the tools' models grow.

* jd: every expected section has at least one valid citation; a ``must_cite_files`` file is cited;
  key points occur in the draft's text.
* kpi_design: weights sum to exactly 100; at least 3 balanced-scorecard dimensions when there are at
  least 3 indicators; a ``must_cite_files`` file is cited; the share of ``expected_indicators``
  present (name equal, or one containing the other, after folding).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from enum import Enum
from typing import Any

from pydantic import BaseModel

from assistant.eval import metrics as m
from assistant.eval.gold import ToolSpec
from assistant.eval.results import ToolCheck
from assistant.models import Citation

# JD section names as gold files may write them -> attribute of the draft.
JD_SECTIONS: dict[str, str] = {
    "title": "title", "岗位名称": "title",
    "department": "department", "所属部门": "department", "部门": "department",
    "reports_to": "reports_to", "直属上级": "reports_to", "汇报对象": "reports_to", "上级": "reports_to",
    "level": "level", "岗位级别": "level",
    "purpose": "purpose", "岗位目的": "purpose", "岗位概述": "purpose", "工作概述": "purpose",
    "duties": "duties", "岗位职责": "duties", "职责": "duties", "工作职责": "duties",
    "qualifications": "qualifications", "任职资格": "qualifications", "任职要求": "qualifications",
    "kpis": "kpis", "绩效指标": "kpis", "考核指标": "kpis", "关键绩效指标": "kpis", "KPI": "kpis",
    "relations": "relations", "工作关系": "relations",
}  # fmt: skip
BSC_MIN_DIMENSIONS = 3
MIN_NAME_CONTAINMENT = 4  # characters; shorter names must match exactly


def _fields(obj: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield name, getattr(obj, name, None)
    elif isinstance(obj, dict):
        yield from ((str(k), v) for k, v in obj.items())


def _is_citation(obj: Any) -> bool:
    get = obj.get if isinstance(obj, dict) else (lambda k, d=None: getattr(obj, k, d))
    return isinstance(get("file"), str) and isinstance(get("line_start"), int) and isinstance(get("line_end"), int)


def _as_citation(obj: Any, number: int) -> Citation:
    get = obj.get if isinstance(obj, dict) else (lambda k, d=None: getattr(obj, k, d))
    return Citation(
        id=number, file=get("file"), line_start=get("line_start"), line_end=get("line_end"), quote=str(get("quote") or "")
    )


def citations_in(obj: Any) -> list[Citation]:
    """Every citation-like object nested in ``obj`` (models, dicts, lists), in order."""
    found: list[Citation] = []

    def walk(node: Any, depth: int) -> None:
        if depth > 12 or node is None or isinstance(node, (str, bytes, int, float, bool, Enum)):
            return
        if _is_citation(node):
            found.append(_as_citation(node, len(found) + 1))
            return
        if isinstance(node, (list, tuple, set)):
            for x in node:
                walk(x, depth + 1)
            return
        for _, value in _fields(node):
            walk(value, depth + 1)

    walk(obj, 0)
    return found


def texts_in(obj: Any) -> list[str]:
    """Every string nested in ``obj``, citations left out (their quotes are the corpus, not the output)."""
    found: list[str] = []

    def walk(node: Any, depth: int) -> None:
        if depth > 12 or node is None:
            return
        if isinstance(node, str):
            found.append(node)
            return
        if isinstance(node, Enum):
            found.append(str(node.value))
            return
        if isinstance(node, (bytes, int, float, bool)) or _is_citation(node):
            return
        if isinstance(node, (list, tuple, set)):
            for x in node:
                walk(x, depth + 1)
            return
        for name, value in _fields(node):
            if name != "request":  # the request echoes the question, not the tool's work
                walk(value, depth + 1)

    walk(obj, 0)
    return found


def _names_match(expected: str, name: str) -> bool:
    a, b = m.normalize_text(expected).lower(), m.normalize_text(name).lower()
    if not a or not b:
        return False
    if a == b:
        return True
    return min(len(a), len(b)) >= MIN_NAME_CONTAINMENT and (a in b or b in a)


def _indicators(obj: Any) -> list[Any]:
    found = getattr(obj, "indicators", None)
    if found is None and isinstance(obj, dict):
        found = obj.get("indicators")
    return list(found or [])


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _dimension(indicator: Any) -> str | None:
    value = _get(indicator, "dimension")
    if isinstance(value, Enum):
        value = value.value
    return str(value) if value else None


def check_tool_output(
    spec: ToolSpec,
    output: Any,
    lines_of: m.LineSource,
    key_points: Sequence[Sequence[str]] = (),
    error: str | None = None,
) -> ToolCheck:
    """Score one tool result (``output`` None with ``error`` when the tool failed)."""
    check = ToolCheck(kind=spec.kind, role=spec.role, error=error)
    if output is None:
        check.cited = False
        check.must_cite = False if spec.must_cite_files else None
        if spec.kind == "jd":
            check.sections_ok = False if spec.expect_sections else None
            check.sections = {s: False for s in spec.expect_sections}
        else:
            check.weights_ok = False
            check.bsc_ok = False
            check.indicator_recall = 0.0 if spec.expected_indicators else None
            check.missing_indicators = list(spec.expected_indicators)
        check.key_point_coverage = 0.0 if key_points else None
        return check

    cites = citations_in(output)
    valid = m.citation_validity(cites, lines_of)
    good = [c for c, ok in zip(cites, valid) if ok]
    check.citations = len(cites)
    check.valid_citations = len(good)
    check.cited_files = sorted({c.file for c in good})
    check.cited = bool(good)
    if spec.must_cite_files:
        check.must_cite = bool(set(spec.must_cite_files) & set(check.cited_files))
    if key_points:
        check.key_point_coverage = m.key_point_coverage("\n".join(texts_in(output)), key_points)

    if spec.kind == "jd":
        sections: dict[str, bool] = {}
        for name in spec.expect_sections:
            attr = JD_SECTIONS.get(name, name)
            part = _get(output, attr)
            part_cites = citations_in(part) if part is not None else []
            sections[name] = any(m.citation_validity(part_cites, lines_of))
        check.sections = sections
        check.sections_ok = all(sections.values()) if sections else None
        return check

    indicators = _indicators(output)
    weights = [_get(i, "weight") for i in indicators]
    numeric = [float(w) for w in weights if isinstance(w, (int, float))]
    check.indicators = len(indicators)
    check.weight_sum = sum(numeric) if numeric else None
    check.weights_ok = bool(indicators) and len(numeric) == len(indicators) and abs(sum(numeric) - 100.0) < 1e-6
    dims = {d for d in (_dimension(i) for i in indicators) if d}
    check.bsc_dimensions = len(dims)
    check.bsc_ok = len(dims) >= BSC_MIN_DIMENSIONS if len(indicators) >= BSC_MIN_DIMENSIONS else None
    names = [str(_get(i, "name") or "") for i in indicators]
    if spec.expected_indicators:
        missing = [e for e in spec.expected_indicators if not any(_names_match(e, n) for n in names)]
        check.missing_indicators = missing
        check.indicator_recall = 1.0 - len(missing) / len(spec.expected_indicators)
    return check
