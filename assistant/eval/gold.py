"""Gold data models, loaders and validator for the gangwei eval harness.

Item files are JSON Lines (the format is documented in ``evals/README.md`` and
``evals/sets/README.md``):

* retrieval items -- a question and its evidence (``retrieval_dev.jsonl``);
* gold items -- end-to-end items: persona, intent, evidence, key points, refusal flag, optional
  ``attribute``, optional ``tool`` checks (JD drafts, KPI designs) and follow-up ``turns``.

Evidence is either a line span ``{file, line_start, line_end}`` (1-based, inclusive, in the file's
citable lines) or a quote ``{file, quote}``, which is located in the file's citable lines when the
items are loaded against a corpus (after NFKC and whitespace removal; it must occur exactly once).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.eval.corpus import CorpusLines, find_quote, squeeze

Persona = Literal["new_hire", "hr", "manager"]
Intent = Literal[
    "duty", "qualification", "attribute", "kpi", "method", "jd", "kpi_design", "out_of_scope", "followup"
]  # fmt: skip
# A later turn of a conversation cannot itself be a "followup" container.
TurnIntent = Literal["duty", "qualification", "attribute", "kpi", "method", "jd", "kpi_design", "out_of_scope"]
ToolKind = Literal["jd", "kpi_design"]
TOOL_INTENTS: frozenset[str] = frozenset({"jd", "kpi_design"})

# Key-point groups per answerable question / turn, by intent (default: the first entry).
KEY_POINT_GROUPS: dict[str, tuple[int, int]] = {
    "default": (2, 5),
    "attribute": (1, 5),  # one fact: 直属上级, 学历 …
    "jd": (0, 5),  # the tool checks carry these items
    "kpi_design": (0, 5),
}
MIN_KEY_POINT_GROUPS, MAX_KEY_POINT_GROUPS = KEY_POINT_GROUPS["default"]

# Fields added after the first gold format: left out of fingerprints while at their defaults, so a
# baseline computed on an old file still matches it.
_NEW_FIELDS: dict[str, object] = {"attribute": None, "tool": None, "needs_review": False, "review": None}


def normalize_text(s: str) -> str:
    """NFKC-normalise and drop all whitespace (the matching rule for key points)."""
    return squeeze(s)


class EvidenceSpan(BaseModel):
    """An inclusive, 1-based line range inside one corpus file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    line_start: int
    line_end: int


class EvidenceQuote(BaseModel):
    """Evidence named by a verbatim quote; resolved to an ``EvidenceSpan`` against the corpus."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    quote: str = Field(min_length=1)


Evidence = Union[EvidenceSpan, EvidenceQuote]


class ToolSpec(BaseModel):
    """What a JD draft or KPI design for ``role`` must show."""

    model_config = ConfigDict(extra="forbid")

    kind: ToolKind
    role: str = Field(min_length=1)
    count: int | None = Field(default=None, ge=1, le=20, description="indicators asked for (kpi_design)")
    must_cite_files: list[str] = Field(default_factory=list, description="the output cites at least one of these")
    expect_sections: list[str] = Field(default_factory=list, description="jd sections that need cited content")
    expected_indicators: list[str] = Field(default_factory=list, description="kpi_design: indicator names expected")


class GoldTurn(BaseModel):
    """A later turn of a follow-up conversation."""

    model_config = ConfigDict(extra="forbid")

    question: str
    intent: TurnIntent
    role: str | None = None
    attribute: str | None = None
    evidence: list[Evidence] = []
    key_points: list[list[str]] = []
    tool: ToolSpec | None = None


class GoldItem(BaseModel):
    """One end-to-end eval item (first turn, plus ``turns`` for follow-ups)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    persona: Persona
    intent: Intent
    question: str
    role: str | None = None
    attribute: str | None = None
    evidence: list[Evidence] = []
    key_points: list[list[str]] = []
    expect_refusal: bool = False
    turns: list[GoldTurn] | None = None
    tool: ToolSpec | None = None
    needs_review: bool = False
    review: dict[str, Any] | None = Field(default=None, description="context for the reviewer (exported feedback)")


class RetrievalItem(BaseModel):
    """One retrieval-tuning question with its gold evidence spans."""

    model_config = ConfigDict(extra="forbid")

    id: str
    question: str
    evidence: list[Evidence]


EvalItem = Union[GoldItem, RetrievalItem]
_M = TypeVar("_M", bound=BaseModel)


def fingerprint_payload(item: EvalItem) -> dict[str, Any]:
    """The item as JSON, new optional fields left out while unset (old fingerprints stay valid)."""
    data = item.model_dump(mode="json")

    def trim(obj: dict[str, Any]) -> None:
        for key, default in _NEW_FIELDS.items():
            if key in obj and obj[key] == default:
                del obj[key]

    trim(data)
    for turn in data.get("turns") or []:
        trim(turn)
    return data


# --- loading -----------------------------------------------------------------------------------


def _load_jsonl(path: str | Path, model: type[_M]) -> list[_M]:
    """Parse a JSONL file into models; blank lines are skipped.

    Raises ValueError naming the offending line on bad JSON or schema errors.
    """
    items: list[_M] = []
    with Path(path).open(encoding="utf-8-sig") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                items.append(model.model_validate(json.loads(raw)))
            except (json.JSONDecodeError, ValidationError) as exc:
                raise ValueError(f"{path}:{lineno}: {exc}") from exc
    return items


def _resolved_or_raise(path: str | Path, items: list[_M], corpus: Path | str | CorpusLines | None) -> list[_M]:
    if corpus is None:
        return items
    lines_of = corpus if isinstance(corpus, CorpusLines) else CorpusLines(corpus)
    resolved, problems = resolve_evidence(items, lines_of)  # type: ignore[arg-type]
    if problems:
        raise ValueError(f"{path}: " + "; ".join(problems))
    return resolved  # type: ignore[return-value]


def load_gold(path: str | Path, corpus: Path | str | CorpusLines | None = None) -> list[GoldItem]:
    """Load gold items; with ``corpus``, quoted evidence is resolved to line spans (ValueError if not)."""
    return _resolved_or_raise(path, _load_jsonl(path, GoldItem), corpus)


def load_retrieval_dev(path: str | Path, corpus: Path | str | CorpusLines | None = None) -> list[RetrievalItem]:
    """Load retrieval items (``retrieval_dev.jsonl``); quotes resolved as in ``load_gold``."""
    return _resolved_or_raise(path, _load_jsonl(path, RetrievalItem), corpus)


def load_items(path: str | Path, corpus: Path | str | CorpusLines | None = None) -> list[EvalItem]:
    """Any item file: gold items when every line parses as one, else retrieval items."""
    try:
        items: list[EvalItem] = list(_load_jsonl(path, GoldItem))
    except ValueError as gold_error:
        try:
            items = list(_load_jsonl(path, RetrievalItem))
        except ValueError:
            raise gold_error from None
    return _resolved_or_raise(path, items, corpus)


# --- quote resolution --------------------------------------------------------------------------


def _resolve_list(where: str, evidence: Sequence[Evidence], lines_of: CorpusLines, problems: list[str]) -> list[Evidence]:
    out: list[Evidence] = []
    for entry in evidence:
        if isinstance(entry, EvidenceSpan):
            out.append(entry)
            continue
        lines = lines_of(entry.file)
        if lines is None:
            problems.append(f"{where}: 引文所在文件不可用 / quote file unavailable: {lines_of.error(entry.file) or entry.file}")
            out.append(entry)
            continue
        matches = find_quote(entry.quote, lines)
        if not matches:
            problems.append(f"{where}: 引文未在 {entry.file} 中找到 / quote not found: {entry.quote!r}")
            out.append(entry)
        elif len(matches) > 1:
            at = ", ".join(f"{m.line_start}-{m.line_end}" for m in matches[:6])
            problems.append(
                f"{where}: 引文在 {entry.file} 中出现 {len(matches)} 次 ({at}), 请加长引文或改用行号 / "
                f"ambiguous quote: {entry.quote!r}"
            )
            out.append(entry)
        else:
            out.append(EvidenceSpan(file=entry.file, line_start=matches[0].line_start, line_end=matches[0].line_end))
    return out


def resolve_evidence(items: Sequence[EvalItem], lines_of: CorpusLines) -> tuple[list[EvalItem], list[str]]:
    """Items with every quote replaced by its line span; problems name the item (and turn)."""
    problems: list[str] = []
    out: list[EvalItem] = []
    for item in items:
        update: dict[str, Any] = {"evidence": _resolve_list(item.id, item.evidence, lines_of, problems)}
        if isinstance(item, GoldItem) and item.turns:
            update["turns"] = [
                turn.model_copy(update={"evidence": _resolve_list(f"{item.id}/turn{n}", turn.evidence, lines_of, problems)})
                for n, turn in enumerate(item.turns, 1)
            ]
        out.append(item.model_copy(update=update))
    return out, problems


def spans(evidence: Sequence[Evidence]) -> list[EvidenceSpan]:
    """The line spans of resolved evidence (unresolved quotes are skipped)."""
    return [e for e in evidence if isinstance(e, EvidenceSpan)]


def has_quotes(items: Iterable[EvalItem]) -> bool:
    for item in items:
        turns = (item.turns or []) if isinstance(item, GoldItem) else []
        if any(isinstance(e, EvidenceQuote) for part in [item, *turns] for e in part.evidence):
            return True
    return False


# --- validation --------------------------------------------------------------------------------


def _check_spans(where: str, evidence: Sequence[Evidence], corpus: CorpusLines, problems: list[str]) -> str | None:
    """Validate spans; return the normalised union of their text (None if unusable)."""
    texts: list[str] = []
    usable = True
    for span in evidence:
        if isinstance(span, EvidenceQuote):
            problems.append(f"{where}: 引文未解析为行号 / unresolved quote in {span.file}")
            usable = False
            continue
        lines = corpus(span.file)
        if lines is None:
            problems.append(f"{where}: 文件不存在 / file not found: {span.file!r} ({corpus.error(span.file) or ''})")
            usable = False
            continue
        if span.line_start < 1:
            problems.append(f"{where}: 行号须从1开始 / line_start < 1 in {span.file} ({span.line_start})")
            usable = False
            continue
        if span.line_start > span.line_end:
            problems.append(
                f"{where}: 起始行大于结束行 / line_start > line_end in {span.file} "
                f"({span.line_start} > {span.line_end})"
            )
            usable = False
            continue
        if span.line_end > len(lines):
            problems.append(
                f"{where}: 行号超出文件范围 / line_end {span.line_end} > {len(lines)} lines in {span.file}"
            )
            usable = False
            continue
        texts.append(normalize_text("\n".join(lines[span.line_start - 1 : span.line_end])))
    return "\n".join(texts) if usable else None


def _check_key_points(
    where: str, intent: str, key_points: Sequence[Sequence[str]], evidence_text: str | None, problems: list[str]
) -> None:
    """Group count by intent; each group needs >= 1 phrase that occurs in the (normalised) evidence."""
    lo, hi = KEY_POINT_GROUPS.get(intent, KEY_POINT_GROUPS["default"])
    if not lo <= len(key_points) <= hi:
        problems.append(f"{where}: 要点组数应为{lo}-{hi} / expected {lo}-{hi} key-point groups, got {len(key_points)}")
    for gi, group in enumerate(key_points):
        phrases = [normalize_text(p) for p in group]
        if not phrases or any(not p for p in phrases):
            problems.append(f"{where}: 要点组{gi}为空 / empty key-point group or phrase #{gi}")
            continue
        if evidence_text is not None and not any(p in evidence_text for p in phrases):
            problems.append(f"{where}: 要点不在证据中 / key-point group #{gi} {list(group)} not found in evidence")


def _check_tool(where: str, intent: str, tool: ToolSpec | None, corpus: CorpusLines, problems: list[str]) -> None:
    if intent in TOOL_INTENTS:
        if tool is None:
            problems.append(f"{where}: {intent} 条目缺少 tool / {intent} item needs a tool object")
        elif tool.kind != intent:
            problems.append(f"{where}: tool.kind={tool.kind} 与意图 {intent} 不符 / tool kind does not match intent")
    elif tool is not None:
        problems.append(f"{where}: 只有 jd / kpi_design 条目可带 tool / only jd and kpi_design items have a tool")
    if tool is None:
        return
    for name in tool.must_cite_files:
        if corpus(name) is None:
            problems.append(f"{where}: must_cite_files 中的文件不存在 / file not found: {name!r}")
    if tool.kind == "jd" and (tool.count is not None or tool.expected_indicators):
        problems.append(f"{where}: jd 的 tool 不用 count / expected_indicators / not used by jd")
    if tool.kind == "kpi_design" and tool.expect_sections:
        problems.append(f"{where}: kpi_design 的 tool 不用 expect_sections / not used by kpi_design")


def _check_answerable(
    where: str,
    intent: str,
    evidence: Sequence[Evidence],
    key_points: Sequence[Sequence[str]],
    corpus: CorpusLines,
    problems: list[str],
) -> None:
    """Checks shared by in-scope items and in-scope follow-up turns."""
    if not evidence and intent not in TOOL_INTENTS:
        problems.append(f"{where}: 缺少证据 / in-scope question has no evidence")
    text = _check_spans(where, evidence, corpus, problems)
    if not evidence and intent in TOOL_INTENTS:
        text = None  # a tool item may be judged by its tool checks alone
    _check_key_points(where, intent, key_points, text, problems)


def _check_out_of_scope(
    where: str, evidence: Sequence[Evidence], key_points: Sequence[Sequence[str]], problems: list[str]
) -> None:
    if evidence:
        problems.append(f"{where}: 超范围问题不应有证据 / out_of_scope must have no evidence")
    if key_points:
        problems.append(f"{where}: 超范围问题不应有要点 / out_of_scope must have no key points")


def _check_attribute(where: str, intent: str, attribute: str | None, problems: list[str]) -> None:
    if intent == "attribute" and not (attribute or "").strip():
        problems.append(f"{where}: attribute 条目须写明 attribute / attribute item needs an attribute")


def _validate_gold_item(item: GoldItem, corpus: CorpusLines, problems: list[str]) -> None:
    where = item.id
    if item.needs_review:
        problems.append(f"{where}: 待人工审核 (needs_review) / candidate item not reviewed yet")
    if item.intent == "out_of_scope":
        _check_out_of_scope(where, item.evidence, item.key_points, problems)
        if not item.expect_refusal:
            problems.append(f"{where}: 超范围问题须 expect_refusal=true / must expect refusal")
    else:
        if item.expect_refusal:
            problems.append(f"{where}: 只有 out_of_scope 可 expect_refusal / only out_of_scope may expect refusal")
        _check_answerable(where, item.intent, item.evidence, item.key_points, corpus, problems)
    _check_attribute(where, item.intent, item.attribute, problems)
    _check_tool(where, item.intent, item.tool, corpus, problems)

    if item.intent == "followup":
        if not item.turns:
            problems.append(f"{where}: 追问对话缺少后续轮次 / followup item has no turns")
        for ti, turn in enumerate(item.turns or [], 1):
            twhere = f"{where}/turn{ti}"
            if not turn.question.strip():
                problems.append(f"{twhere}: 问题为空 / empty question")
            if turn.intent == "out_of_scope":
                _check_out_of_scope(twhere, turn.evidence, turn.key_points, problems)
            else:
                _check_answerable(twhere, turn.intent, turn.evidence, turn.key_points, corpus, problems)
            _check_attribute(twhere, turn.intent, turn.attribute, problems)
            _check_tool(twhere, turn.intent, turn.tool, corpus, problems)
    elif item.turns is not None:
        problems.append(f"{where}: 非追问条目 turns 应为 null / non-followup item must have turns=null")


def validate_gold(items: Iterable[EvalItem], corpus_dir: str | Path | CorpusLines) -> list[str]:
    """Return a list of problems (empty list == valid).

    Accepts gold items and/or retrieval items; quoted evidence is resolved first. Checks: evidence
    files exist, line ranges are inside the file and ordered, quotes occur exactly once, key-point
    groups occur in the normalised evidence text, out-of-scope items carry no evidence/key points
    and expect a refusal, follow-up items have turns, attribute and tool items carry what they
    need, no item awaits review, ids and questions are unique.
    """
    corpus = corpus_dir if isinstance(corpus_dir, CorpusLines) else CorpusLines(corpus_dir)
    resolved, problems = resolve_evidence(list(items), corpus)
    seen_ids: set[str] = set()
    seen_questions: dict[str, str] = {}
    for item in resolved:
        if not item.id.strip():
            problems.append("条目缺少id / item with empty id")
        if item.id in seen_ids:
            problems.append(f"{item.id}: id重复 / duplicate id")
        seen_ids.add(item.id)

        q = normalize_text(item.question)
        if not q:
            problems.append(f"{item.id}: 问题为空 / empty question")
        elif q in seen_questions:
            problems.append(f"{item.id}: 问题与 {seen_questions[q]} 重复 / duplicate question")
        else:
            seen_questions[q] = item.id

        if isinstance(item, GoldItem):
            _validate_gold_item(item, corpus, problems)
        else:
            if not item.evidence:
                problems.append(f"{item.id}: 缺少证据 / retrieval item has no evidence")
            _check_spans(item.id, [e for e in item.evidence if isinstance(e, EvidenceSpan)], corpus, problems)
    return problems


def evidence_text(evidence: Sequence[Evidence], corpus_dir: str | Path | CorpusLines) -> str:
    """Raw text of the given spans (for debugging / reviewing gold data)."""
    corpus = corpus_dir if isinstance(corpus_dir, CorpusLines) else CorpusLines(corpus_dir)
    parts: list[str] = []
    for span in spans(evidence):
        lines = corpus(span.file) or []
        parts.append("\n".join(lines[span.line_start - 1 : span.line_end]))
    return "\n".join(parts)


def questions_of(items: Iterable[EvalItem]) -> set[str]:
    """Every question (first and later turns), normalised: used to keep sets disjoint and hidden."""
    out: set[str] = set()
    for item in items:
        out.add(normalize_text(item.question))
        if isinstance(item, GoldItem):
            out.update(normalize_text(t.question) for t in item.turns or [])
    return out


__all__ = [
    "EvalItem",
    "Evidence",
    "EvidenceQuote",
    "EvidenceSpan",
    "GoldItem",
    "GoldTurn",
    "RetrievalItem",
    "ToolSpec",
    "evidence_text",
    "fingerprint_payload",
    "load_gold",
    "load_items",
    "load_retrieval_dev",
    "normalize_text",
    "questions_of",
    "resolve_evidence",
    "spans",
    "validate_gold",
]
