#!/usr/bin/env python3
"""Validate the eval sets in ``evals/sets/`` against their corpora.

Run from the repository root (any working directory works):

    .venv/bin/python evals/sets/validate.py
    .venv/bin/python evals/sets/validate.py --extra-corpus /work/shared/corpus-extra --shipped-corpus corpus

Exit status 0 when every check passes, 1 otherwise. Only the standard library, pydantic,
python-docx, openpyxl and pdfplumber (plus pypdf, which the gangwei loader uses) are needed.

Checks (see README.md in this folder for the schema):

* every line parses into the item model (unknown fields, intents, personas, attributes are errors);
* ids are unique across all sets; first-turn questions are unique across all sets and do not
  repeat a question of ``evals/data/*.jsonl``; dev and test share no question (first or later turn);
* text formats (.txt .md .csv .html) are cited by 1-based physical line spans inside the file,
  binary formats (.docx .xlsx .pdf) by a verbatim quote;
* a quote (NFKC + whitespace removed on both sides) occurs in exactly one unit of its file:
  docx = paragraph (body and table-cell paragraphs, each once), xlsx = non-empty cell,
  pdf = line of the pdfplumber text; it is 8-40 characters long, or shorter only when it is the
  whole unit (a short table cell such as "财务总监"); for pdf it must also occur in the pypdf text
  that the gangwei loader sees;
* every key-point group has an alternative in the union of the evidence text (a quote stands
  for its whole unit); for jd / kpi_design items also in the role's document(s) named in
  ``tool.must_cite_files``, and every ``expected_indicators`` name occurs there;
* out-of-scope items and turns carry no evidence and no key points and expect a refusal;
  follow-ups have at least two later turns; attribute items and turns name the attribute;
* the extra dev and test splits each contain every intent and every file format, and together
  cover every corpus-extra document.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

Persona = Literal["new_hire", "hr", "manager"]
Intent = Literal["duty", "qualification", "attribute", "kpi", "method", "out_of_scope", "followup", "jd", "kpi_design"]
TurnIntent = Literal["duty", "qualification", "attribute", "kpi", "method", "out_of_scope"]
Attribute = Literal["reports_to", "subordinates", "department", "education", "major", "experience",
                    "certificate", "skills", "location", "pay", "benefits", "purpose"]

TEXT_SUFFIXES = {".txt", ".md", ".csv", ".html", ".htm"}
QUOTE_SUFFIXES = {".docx", ".xlsx", ".pdf"}
FORMAT_NAMES = {".txt": "txt", ".md": "md", ".csv": "csv", ".html": "html", ".htm": "html",
                ".docx": "docx", ".xlsx": "xlsx", ".pdf": "pdf"}
QUOTE_MIN, QUOTE_MAX = 8, 40

_WS = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")


def norm(s: str) -> str:
    """NFKC, then drop all whitespace: the matching rule for quotes and key points."""
    return _WS.sub("", unicodedata.normalize("NFKC", s))


# --------------------------------------------------------------------------- models
class Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid")
    file: str
    line_start: Optional[int] = None
    line_end: Optional[int] = None
    quote: Optional[str] = None

    @model_validator(mode="after")
    def _one_form(self) -> "Evidence":
        has_lines = self.line_start is not None or self.line_end is not None
        if has_lines and self.quote is not None:
            raise ValueError("evidence has both a line span and a quote")
        if not has_lines and self.quote is None:
            raise ValueError("evidence needs line_start/line_end or quote")
        if has_lines and (self.line_start is None or self.line_end is None):
            raise ValueError("evidence needs both line_start and line_end")
        return self


class Turn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str
    intent: TurnIntent
    role: Optional[str] = None
    attribute: Optional[Attribute] = None
    evidence: list[Evidence] = []
    key_points: list[list[str]] = []


class Tool(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["jd", "kpi_design"]
    role: str
    must_cite_files: list[str]
    expect_sections: Optional[list[Literal["duties", "qualifications"]]] = None
    count: Optional[int] = None
    expected_indicators: Optional[list[str]] = None


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    persona: Persona
    intent: Intent
    question: str
    role: Optional[str] = None
    attribute: Optional[Attribute] = None
    evidence: list[Evidence] = []
    key_points: list[list[str]] = []
    expect_refusal: bool = False
    turns: Optional[list[Turn]] = None
    tool: Optional[Tool] = None


# --------------------------------------------------------------------------- corpus access
class Doc:
    """One corpus file: its physical lines (text formats) or its units (binary formats)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.suffix = path.suffix.lower()
        self.lines: list[str] = []       # text formats: physical lines as sed shows them
        self.units: list[str] = []       # docx paragraphs / xlsx cells / pdf lines
        self.loader_text = ""            # pdf: pypdf text (what the gangwei loader reads)
        if self.suffix in TEXT_SUFFIXES:
            data = path.read_bytes()
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("gb18030")
            self.lines = text.splitlines()
        elif self.suffix == ".docx":
            import docx
            from docx.oxml.ns import qn

            body = docx.Document(str(path)).element.body
            self.units = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
        elif self.suffix == ".xlsx":
            import openpyxl

            wb = openpyxl.load_workbook(str(path))
            self.units = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                          if c.value is not None and str(c.value).strip()]
        elif self.suffix == ".pdf":
            import pdfplumber

            with pdfplumber.open(str(path)) as pdf:
                for page in pdf.pages:
                    self.units.extend((page.extract_text() or "").splitlines())
            try:
                from pypdf import PdfReader

                self.loader_text = "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
            except ImportError:  # pragma: no cover - pypdf is a gangwei dependency
                self.loader_text = ""
        else:
            raise ValueError(f"unsupported file type {path.name}")
        self.norm_units = [norm(u) for u in self.units]

    def line_text(self, a: int, b: int) -> str:
        part = self.lines[a - 1:b]
        if self.suffix in (".html", ".htm"):
            part = [html.unescape(_TAG.sub("", ln)) for ln in part]
        return "\n".join(part)

    def full_text(self) -> str:
        if self.suffix in TEXT_SUFFIXES:
            return self.line_text(1, len(self.lines))
        return "\n".join(self.units)


class Corpus:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._docs: dict[str, Optional[Doc]] = {}

    def doc(self, name: str) -> Optional[Doc]:
        if name not in self._docs:
            path = self.root / name
            ok = bool(name) and Path(name).name == name and path.is_file()
            self._docs[name] = Doc(path) if ok else None
        return self._docs[name]


# --------------------------------------------------------------------------- checks
class Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def err(self, where: str, msg: str) -> None:
        self.problems.append(f"{where}: {msg}")

    def evidence_text(self, where: str, evidence: list[Evidence], corpus: Corpus) -> Optional[str]:
        """Validate evidence entries; return the normalised union of their text (None if unusable)."""
        parts: list[str] = []
        usable = True
        for ev in evidence:
            doc = corpus.doc(ev.file)
            if doc is None:
                self.err(where, f"file not found in {corpus.root}: {ev.file!r}")
                usable = False
                continue
            if ev.quote is None:
                if doc.suffix not in TEXT_SUFFIXES:
                    self.err(where, f"{ev.file}: binary format must be cited by a quote, not lines")
                    usable = False
                    continue
                n = len(doc.lines)
                if not (1 <= ev.line_start <= ev.line_end <= n):
                    self.err(where, f"{ev.file}: bad span {ev.line_start}-{ev.line_end} (file has {n} lines)")
                    usable = False
                    continue
                parts.append(norm(doc.line_text(ev.line_start, ev.line_end)))
            else:
                if doc.suffix not in QUOTE_SUFFIXES:
                    self.err(where, f"{ev.file}: text format must be cited by line numbers, not a quote")
                    usable = False
                    continue
                q = norm(ev.quote)
                hits = [i for i, u in enumerate(doc.norm_units) if q and q in u]
                if len(hits) != 1:
                    self.err(where, f"{ev.file}: quote {ev.quote!r} found in {len(hits)} units (need exactly 1)")
                    usable = False
                    continue
                unit = doc.norm_units[hits[0]]
                if not (QUOTE_MIN <= len(q) <= QUOTE_MAX) and q != unit:
                    self.err(where, f"{ev.file}: quote {ev.quote!r} is {len(q)} chars; need {QUOTE_MIN}-{QUOTE_MAX} "
                                    "or the whole paragraph/cell")
                if doc.suffix == ".pdf" and doc.loader_text and q not in norm(doc.loader_text):
                    self.err(where, f"{ev.file}: quote {ev.quote!r} not in the pypdf text the loader reads")
                parts.append(unit)
        return "\n".join(parts) if usable else None

    def key_points(self, where: str, groups: list[list[str]], text: Optional[str], label: str = "evidence") -> None:
        if not 2 <= len(groups) <= 5:
            self.err(where, f"expected 2-5 key-point groups, got {len(groups)}")
        for gi, group in enumerate(groups):
            phrases = [norm(p) for p in group]
            if not phrases or not all(phrases):
                self.err(where, f"empty key-point group/phrase #{gi}")
                continue
            if text is not None and not any(p in text for p in phrases):
                self.err(where, f"key-point group #{gi} {group} not found in {label}")

    def answerable(self, where: str, evidence: list[Evidence], groups: list[list[str]], corpus: Corpus) -> None:
        if not evidence:
            self.err(where, "in-scope question has no evidence")
        text = self.evidence_text(where, evidence, corpus)
        self.key_points(where, groups, text)

    def refusal(self, where: str, evidence: list[Evidence], groups: list[list[str]]) -> None:
        if evidence:
            self.err(where, "out_of_scope must have no evidence")
        if groups:
            self.err(where, "out_of_scope must have no key points")

    def item(self, it: Item, corpus: Corpus) -> None:
        w = it.id
        if not it.question.strip():
            self.err(w, "empty question")
        if it.intent == "out_of_scope":
            self.refusal(w, it.evidence, it.key_points)
            if not it.expect_refusal:
                self.err(w, "out_of_scope must expect a refusal")
        else:
            if it.expect_refusal:
                self.err(w, "only out_of_scope may expect a refusal")
            self.answerable(w, it.evidence, it.key_points, corpus)
        if it.intent == "attribute" and it.attribute is None:
            self.err(w, "attribute item without 'attribute'")
        if it.intent not in ("attribute", "followup") and it.attribute is not None:
            self.err(w, f"'attribute' set on a {it.intent} item")
        # follow-ups
        if it.intent == "followup":
            if not it.turns or len(it.turns) < 2:
                self.err(w, "followup needs at least 2 later turns")
            for ti, turn in enumerate(it.turns or [], 1):
                tw = f"{w}/turn{ti}"
                if not turn.question.strip():
                    self.err(tw, "empty question")
                if turn.intent == "out_of_scope":
                    self.refusal(tw, turn.evidence, turn.key_points)
                else:
                    self.answerable(tw, turn.evidence, turn.key_points, corpus)
                if turn.intent == "attribute" and turn.attribute is None:
                    self.err(tw, "attribute turn without 'attribute'")
        elif it.turns is not None:
            self.err(w, "turns must be null unless intent is followup")
        # tools
        if it.intent in ("jd", "kpi_design"):
            if it.tool is None or it.tool.kind != it.intent:
                self.err(w, f"{it.intent} item needs tool.kind == {it.intent!r}")
            else:
                self.tool(w, it, corpus)
        elif it.tool is not None:
            self.err(w, "tool must be null unless intent is jd or kpi_design")

    def tool(self, w: str, it: Item, corpus: Corpus) -> None:
        tool = it.tool
        assert tool is not None
        if not tool.must_cite_files:
            self.err(w, "tool.must_cite_files is empty")
        texts = []
        for name in tool.must_cite_files:
            doc = corpus.doc(name)
            if doc is None:
                self.err(w, f"tool.must_cite_files: file not found: {name!r}")
            else:
                texts.append(norm(doc.full_text()))
        doc_text = "\n".join(texts)
        cited = {ev.file for ev in it.evidence}
        if not cited & set(tool.must_cite_files):
            self.err(w, "no evidence entry comes from tool.must_cite_files")
        self.key_points(w, it.key_points, doc_text, label="the role's document(s)")
        if tool.kind == "jd":
            if not tool.expect_sections:
                self.err(w, "jd tool needs expect_sections")
            if tool.count is not None or tool.expected_indicators is not None:
                self.err(w, "jd tool must not set count / expected_indicators")
        else:
            inds = tool.expected_indicators or []
            if not 2 <= len(inds) <= 5:
                self.err(w, f"kpi_design needs 2-5 expected_indicators, got {len(inds)}")
            for name in inds:
                if norm(name) not in doc_text:
                    self.err(w, f"expected indicator {name!r} not in {tool.must_cite_files}")
            if tool.count is not None and tool.count < 1:
                self.err(w, "tool.count must be positive or null")
            if tool.expect_sections is not None:
                self.err(w, "kpi_design tool must not set expect_sections")


# --------------------------------------------------------------------------- driver
def load(path: Path, checker: Checker) -> list[Item]:
    items: list[Item] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            items.append(Item.model_validate(json.loads(raw)))
        except (json.JSONDecodeError, ValidationError) as exc:
            checker.err(f"{path.name}:{n}", f"schema: {exc}")
    return items


def existing_questions() -> set[str]:
    out: set[str] = set()
    for path in sorted((REPO / "evals" / "data").glob("*.jsonl")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                d = json.loads(raw)
                out.add(norm(d.get("question", "")))
                for t in d.get("turns") or []:
                    out.add(norm(t.get("question", "")))
    return out


def formats_of(items: list[Item]) -> set[str]:
    fmts = set()
    for it in items:
        evs = list(it.evidence) + [e for t in (it.turns or []) for e in t.evidence]
        for ev in evs:
            fmts.add(FORMAT_NAMES.get(Path(ev.file).suffix.lower(), "?"))
    return fmts


def files_of(items: list[Item]) -> set[str]:
    out = set()
    for it in items:
        out.update(ev.file for ev in it.evidence)
        for t in it.turns or []:
            out.update(ev.file for ev in t.evidence)
        if it.tool:
            out.update(it.tool.must_cite_files)
    return out


def summary(name: str, items: list[Item]) -> str:
    c = Counter(it.intent for it in items)
    turns = sum(len(it.turns or []) for it in items)
    order = ["duty", "qualification", "attribute", "kpi", "method", "jd", "kpi_design", "followup", "out_of_scope"]
    parts = ", ".join(f"{k} {c[k]}" for k in order if c[k])
    per_file: dict[str, int] = defaultdict(int)
    for it in items:
        for f in sorted({e.file for e in it.evidence} | {e.file for t in (it.turns or []) for e in t.evidence}):
            per_file[f[:4]] += 1
    files = " ".join(f"{k}:{v}" for k, v in sorted(per_file.items()))
    return (f"{name}: {len(items)} items ({parts}); {turns} later turns; "
            f"formats {sorted(formats_of(items))}\n    items citing each file: {files}")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--extra-corpus", default=os.environ.get("GANGWEI_EXTRA_CORPUS", "/work/shared/corpus-extra"))
    default_shipped = REPO / "corpus" if (REPO / "corpus").is_dir() else Path("/work/shared/corpus")
    ap.add_argument("--shipped-corpus", default=str(default_shipped))
    ap.add_argument("--sets-dir", default=str(HERE))
    args = ap.parse_args(argv)

    sets_dir = Path(args.sets_dir)
    extra = Corpus(Path(args.extra_corpus))
    shipped = Corpus(Path(args.shipped_corpus))
    plan = [("extra-dev.jsonl", extra, "dev"), ("extra-test.jsonl", extra, "test"),
            ("shipped-unseen.jsonl", shipped, "test")]

    ck = Checker()
    loaded: dict[str, list[Item]] = {}
    for name, corpus, _split in plan:
        path = sets_dir / name
        if not path.is_file():
            ck.err(name, "missing")
            continue
        loaded[name] = load(path, ck)
        for it in loaded[name]:
            ck.item(it, corpus)

    # ids and questions across all sets
    seen_ids: dict[str, str] = {}
    seen_q: dict[str, str] = {}
    old = existing_questions()
    for name, items in loaded.items():
        for it in items:
            if it.id in seen_ids:
                ck.err(it.id, f"duplicate id (also in {seen_ids[it.id]})")
            seen_ids[it.id] = name
            q = norm(it.question)
            if q in seen_q:
                ck.err(it.id, f"duplicate question (also {seen_q[q]})")
            seen_q[q] = it.id
            if q in old:
                ck.err(it.id, "question already in evals/data/*.jsonl")

    # dev/test disjointness, including later turns
    def all_questions(items: list[Item]) -> dict[str, str]:
        out = {}
        for it in items:
            out[norm(it.question)] = it.id
            for ti, t in enumerate(it.turns or [], 1):
                out[norm(t.question)] = f"{it.id}/turn{ti}"
        return out

    dev_q = all_questions(loaded.get("extra-dev.jsonl", []))
    test_q = all_questions(loaded.get("extra-test.jsonl", []) + loaded.get("shipped-unseen.jsonl", []))
    for q in sorted(set(dev_q) & set(test_q)):
        ck.err(dev_q[q], f"question shared with test item {test_q[q]}")

    # stratification of the extra splits
    intents = {"duty", "qualification", "attribute", "kpi", "jd", "kpi_design", "followup", "out_of_scope"}
    all_formats = {"docx", "xlsx", "csv", "html", "pdf", "md", "txt"}
    for name in ("extra-dev.jsonl", "extra-test.jsonl"):
        items = loaded.get(name, [])
        missing = intents - {it.intent for it in items}
        if missing:
            ck.err(name, f"split lacks intents {sorted(missing)}")
        missing_f = all_formats - formats_of(items)
        if missing_f:
            ck.err(name, f"split lacks formats {sorted(missing_f)}")
    extra_files = {p.name for p in Path(args.extra_corpus).glob("cx*")}
    uncovered = extra_files - files_of(loaded.get("extra-dev.jsonl", []) + loaded.get("extra-test.jsonl", []))
    if uncovered:
        ck.err("extra sets", f"corpus files not covered: {sorted(uncovered)}")

    for name in loaded:
        print(summary(name, loaded[name]))
    if ck.problems:
        print(f"\n{len(ck.problems)} problem(s):")
        for p in ck.problems:
            print("  - " + p)
        return 1
    print("\nok: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
