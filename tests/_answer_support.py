"""Shared helpers for the answer tests: a warm Assistant on the indexed shipped corpus."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def corpus_lines(corpus_dir: Path, name: str, _cache: dict = {}) -> list[str]:  # noqa: B006 - memo
    if name not in _cache:
        _cache[name] = (corpus_dir / name).read_text("utf-8").splitlines()
    return _cache[name]


def quote_in_lines(corpus_dir: Path, citation) -> bool:  # type: ignore[no-untyped-def]
    """The property: the quote occurs in the cited lines of the original file after normalize_line."""
    from assistant.ingest.clean import normalize_line

    lines = corpus_lines(corpus_dir, citation.file)
    if not (1 <= citation.line_start <= citation.line_end <= len(lines)):
        return False
    cited = [normalize_line(line) for line in lines[citation.line_start - 1 : citation.line_end]]
    quote = citation.quote
    return bool(quote) and (any(quote in line for line in cited) or quote in "\n".join(x for x in cited if x))


def nfkc(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def ask_in_turn(services, *questions):  # type: ignore[no-untyped-def]
    """Ask the questions one after another in one new conversation; their answers."""
    conv = services.chat.new_conversation()
    return [services.chat.ask(q, conv) for q in questions]


def written_corpus(tmp_path: Path, files: dict[str, str], encoding: str = "utf-8") -> Path:
    """A corpus directory under ``tmp_path`` holding ``files`` (name -> text, in ``encoding``)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_bytes(text.encode(encoding))
    return corpus


def file_records(corpus: Path, name: str):  # type: ignore[no-untyped-def]
    """The records ingestion makes of one file of a test corpus (no index, no services)."""
    from assistant.config import Settings
    from assistant.ingest.pipeline import process_file

    return process_file(corpus / name, corpus, Settings(home=corpus.parent / "home-ingest"))


def indexed_services(tmp_path_factory, settings_factory, name: str, files: dict[str, str], write=None):  # type: ignore[no-untyped-def]
    """Services over a small test corpus: ``files`` (name -> text, UTF-8) plus whatever ``write(corpus)``
    adds (workbooks, documents), indexed once."""
    from assistant.services import Services

    corpus = tmp_path_factory.mktemp(name) / "corpus"
    corpus.mkdir()
    for file, text in files.items():
        (corpus / file).write_text(text, encoding="utf-8")
    if write is not None:
        write(corpus)
    services = Services(settings_factory(tmp_path_factory.mktemp(f"{name}-home"), corpus))
    services.corpus.ensure_index()
    return services


def write_workbook(path: Path, sheets: dict[str, list[list[object]]], merges: dict[str, list[str]] | None = None) -> None:
    """An .xlsx of the given sheets (rows as lists), with the merged ranges of each sheet."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for cells in (merges or {}).get(name, []):
            ws.merge_cells(cells)
    wb.save(path)
