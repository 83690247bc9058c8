"""Shared helpers for tests/test_tools_*.py: the shipped corpus ingested into records (no index)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from assistant.ingest.clean import normalize_line

ROOT = Path(__file__).resolve().parents[1]


def corpus_root() -> Path:
    local = ROOT / "corpus"
    if local.is_dir() and any(local.glob("*.txt")):
        return local
    return Path("/work/shared/corpus")


@pytest.fixture(scope="session")
def tools_settings(tmp_path_factory: pytest.TempPathFactory):
    """Settings whose records hold the shipped corpus (ingestion only: fast, no embeddings)."""
    from assistant.config import Settings
    from assistant.ingest.pipeline import ingest_records
    from assistant.ingest.records import RecordStore

    home = tmp_path_factory.mktemp("tools-home")
    settings = Settings(home=home, corpus_dir=corpus_root(), chroma_url=None, llm_base_url=None)
    store = RecordStore(settings.records_dir)
    result, records = ingest_records([settings.corpus_dir], settings, store)
    assert not result.failed
    store.save_all(records)
    return settings


@pytest.fixture(scope="session")
def tools_data(tools_settings):
    from assistant.tools.data import ToolData

    return ToolData.load(tools_settings)


@lru_cache(maxsize=16)
def _normalized_lines(file: str) -> list[str]:
    raw = (corpus_root() / file).read_text(encoding="utf-8", errors="replace")
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    return [normalize_line(line) for line in raw.split("\n")]


def quote_in_corpus(file: str, line_start: int, line_end: int, quote: str) -> bool:
    """The citation rule: the quote occurs in the cited lines of the original file, normalised."""
    lines = _normalized_lines(file)
    if not (1 <= line_start <= line_end <= len(lines)) or not quote.strip():
        return False
    cited = lines[line_start - 1 : line_end]
    return quote in "".join(cited) or quote in "\n".join(cited)
