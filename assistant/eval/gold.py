"""Gold data models, loaders and validator for the gangwei eval harness.

Two hand-made data files live in ``evals/data``:

* ``retrieval_dev.jsonl`` -- questions + evidence line ranges, used to tune retrieval.
* ``gold.jsonl`` -- end-to-end eval items (persona, intent, evidence, key points,
  refusal flag, optional follow-up turns).

Line numbers are 1-based line numbers of the original corpus files
(``str.splitlines()`` of the UTF-8 text, i.e. what ``sed -n 'a,bp'`` shows).

Only the standard library and pydantic v2 are used.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal, TypeVar, Union

from pydantic import BaseModel, ConfigDict, ValidationError

Persona = Literal["new_hire", "hr", "manager"]
Intent = Literal["duty", "qualification", "kpi", "method", "out_of_scope", "followup"]
# A later turn of a conversation cannot itself be a "followup" container.
TurnIntent = Literal["duty", "qualification", "kpi", "method", "out_of_scope"]

# Key-point groups per answerable question / turn.
MIN_KEY_POINT_GROUPS = 2
MAX_KEY_POINT_GROUPS = 5

_WS_RE = re.compile(r"\s+")


def normalize_text(s: str) -> str:
    """NFKC-normalise and drop all whitespace (the matching rule for key points)."""
    return _WS_RE.sub("", unicodedata.normalize("NFKC", s))


class EvidenceSpan(BaseModel):
    """An inclusive, 1-based line range inside one corpus file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    line_start: int
    line_end: int


class GoldTurn(BaseModel):
    """A later turn of a follow-up conversation."""

    model_config = ConfigDict(extra="forbid")

    question: str
    intent: TurnIntent
    role: str | None = None
    evidence: list[EvidenceSpan] = []
    key_points: list[list[str]] = []


class GoldItem(BaseModel):
    """One end-to-end eval item (first turn, plus ``turns`` for follow-ups)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    persona: Persona
    intent: Intent
    question: str
    role: str | None = None
    evidence: list[EvidenceSpan] = []
    key_points: list[list[str]] = []
    expect_refusal: bool = False
    turns: list[GoldTurn] | None = None


class RetrievalItem(BaseModel):
    """One retrieval-tuning question with its gold evidence spans."""

    model_config = ConfigDict(extra="forbid")

    id: str
    question: str
    evidence: list[EvidenceSpan]


_M = TypeVar("_M", bound=BaseModel)


def _load_jsonl(path: str | Path, model: type[_M]) -> list[_M]:
    """Parse a JSONL file into models; blank lines are skipped.

    Raises ValueError naming the offending line on bad JSON or schema errors.
    """
    items: list[_M] = []
    with Path(path).open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                items.append(model.model_validate(json.loads(raw)))
            except (json.JSONDecodeError, ValidationError) as exc:
                raise ValueError(f"{path}:{lineno}: {exc}") from exc
    return items


def load_gold(path: str | Path) -> list[GoldItem]:
    """Load ``gold.jsonl``."""
    return _load_jsonl(path, GoldItem)


def load_retrieval_dev(path: str | Path) -> list[RetrievalItem]:
    """Load ``retrieval_dev.jsonl``."""
    return _load_jsonl(path, RetrievalItem)


class _Corpus:
    """Lazy, cached access to corpus files as lists of lines."""

    def __init__(self, corpus_dir: str | Path) -> None:
        self.dir = Path(corpus_dir)
        self._cache: dict[str, list[str] | None] = {}

    def lines(self, name: str) -> list[str] | None:
        """Return the file's lines, or None if it is missing / not a plain name."""
        if name not in self._cache:
            path = self.dir / name
            ok = bool(name) and Path(name).name == name and path.is_file()
            self._cache[name] = (
                path.read_text(encoding="utf-8").splitlines() if ok else None
            )
        return self._cache[name]


def _check_spans(
    where: str, spans: Sequence[EvidenceSpan], corpus: _Corpus, problems: list[str]
) -> str | None:
    """Validate spans; return the normalised union of their text (None if unusable)."""
    texts: list[str] = []
    usable = True
    for span in spans:
        lines = corpus.lines(span.file)
        if lines is None:
            problems.append(f"{where}: 文件不存在 / file not found: {span.file!r}")
            usable = False
            continue
        if span.line_start < 1:
            problems.append(
                f"{where}: 行号须从1开始 / line_start < 1 in {span.file} ({span.line_start})"
            )
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
                f"{where}: 行号超出文件范围 / line_end {span.line_end} > "
                f"{len(lines)} lines in {span.file}"
            )
            usable = False
            continue
        texts.append(normalize_text("\n".join(lines[span.line_start - 1 : span.line_end])))
    return "\n".join(texts) if usable else None


def _check_key_points(
    where: str,
    key_points: Sequence[Sequence[str]],
    evidence_text: str | None,
    problems: list[str],
) -> None:
    """Each group needs >= 1 phrase that occurs in the (normalised) evidence text."""
    if not MIN_KEY_POINT_GROUPS <= len(key_points) <= MAX_KEY_POINT_GROUPS:
        problems.append(
            f"{where}: 要点组数应为{MIN_KEY_POINT_GROUPS}-{MAX_KEY_POINT_GROUPS} / "
            f"expected {MIN_KEY_POINT_GROUPS}-{MAX_KEY_POINT_GROUPS} key-point groups, "
            f"got {len(key_points)}"
        )
    for gi, group in enumerate(key_points):
        phrases = [normalize_text(p) for p in group]
        if not phrases or any(not p for p in phrases):
            problems.append(f"{where}: 要点组{gi}为空 / empty key-point group or phrase #{gi}")
            continue
        if evidence_text is not None and not any(p in evidence_text for p in phrases):
            problems.append(
                f"{where}: 要点不在证据中 / key-point group #{gi} {list(group)} "
                "not found in evidence"
            )


def _check_answerable(
    where: str,
    evidence: Sequence[EvidenceSpan],
    key_points: Sequence[Sequence[str]],
    corpus: _Corpus,
    problems: list[str],
) -> None:
    """Checks shared by in-scope items and in-scope follow-up turns."""
    if not evidence:
        problems.append(f"{where}: 缺少证据 / in-scope question has no evidence")
    text = _check_spans(where, evidence, corpus, problems)
    _check_key_points(where, key_points, text, problems)


def _check_out_of_scope(
    where: str,
    evidence: Sequence[EvidenceSpan],
    key_points: Sequence[Sequence[str]],
    problems: list[str],
) -> None:
    if evidence:
        problems.append(f"{where}: 超范围问题不应有证据 / out_of_scope must have no evidence")
    if key_points:
        problems.append(f"{where}: 超范围问题不应有要点 / out_of_scope must have no key points")


def _validate_gold_item(item: GoldItem, corpus: _Corpus, problems: list[str]) -> None:
    where = item.id
    if item.intent == "out_of_scope":
        _check_out_of_scope(where, item.evidence, item.key_points, problems)
        if not item.expect_refusal:
            problems.append(f"{where}: 超范围问题须 expect_refusal=true / must expect refusal")
    else:
        if item.expect_refusal:
            problems.append(
                f"{where}: 只有 out_of_scope 可 expect_refusal / only out_of_scope may expect refusal"
            )
        _check_answerable(where, item.evidence, item.key_points, corpus, problems)

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
                _check_answerable(twhere, turn.evidence, turn.key_points, corpus, problems)
    elif item.turns is not None:
        problems.append(f"{where}: 非追问条目 turns 应为 null / non-followup item must have turns=null")


def validate_gold(
    items: Iterable[Union[GoldItem, RetrievalItem]], corpus_dir: str | Path
) -> list[str]:
    """Return a list of problems (empty list == valid).

    Accepts gold items and/or retrieval items. Checks: evidence files exist, line
    ranges are inside the file and ordered, key-point groups occur in the
    normalised evidence text, out-of-scope items carry no evidence/key points and
    expect a refusal, follow-up items have turns, ids and questions are unique.
    """
    corpus = _Corpus(corpus_dir)
    problems: list[str] = []
    seen_ids: set[str] = set()
    seen_questions: dict[str, str] = {}
    for item in items:
        if not item.id.strip():
            problems.append("条目缺少id / item with empty id")
        if item.id in seen_ids:
            problems.append(f"{item.id}: id重复 / duplicate id")
        seen_ids.add(item.id)

        q = normalize_text(item.question)
        if not q:
            problems.append(f"{item.id}: 问题为空 / empty question")
        elif q in seen_questions:
            problems.append(
                f"{item.id}: 问题与 {seen_questions[q]} 重复 / duplicate question"
            )
        else:
            seen_questions[q] = item.id

        if isinstance(item, GoldItem):
            _validate_gold_item(item, corpus, problems)
        else:
            if not item.evidence:
                problems.append(f"{item.id}: 缺少证据 / retrieval item has no evidence")
            _check_spans(item.id, item.evidence, corpus, problems)
    return problems


def evidence_text(spans: Sequence[EvidenceSpan], corpus_dir: str | Path) -> str:
    """Raw text of the given spans (for debugging / reviewing gold data)."""
    corpus = _Corpus(corpus_dir)
    parts: list[str] = []
    for span in spans:
        lines = corpus.lines(span.file) or []
        parts.append("\n".join(lines[span.line_start - 1 : span.line_end]))
    return "\n".join(parts)


__all__ = [
    "EvidenceSpan",
    "GoldItem",
    "GoldTurn",
    "RetrievalItem",
    "evidence_text",
    "load_gold",
    "load_retrieval_dev",
    "normalize_text",
    "validate_gold",
]
