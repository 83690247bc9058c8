"""Original corpus lines by file, as ingestion numbers them (for citation checks and the baseline)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from assistant.ingest.load import LoadError, load_file


class CorpusLines:
    """Lazy, cached ``file -> lines`` over a corpus root; unknown or unreadable files give None."""

    def __init__(self, corpus_dir: Path) -> None:
        self.root = Path(corpus_dir)
        self._cache: dict[str, list[str] | None] = {}

    def __call__(self, file: str) -> Sequence[str] | None:
        if file not in self._cache:
            path = (self.root / file).resolve()
            inside = self.root.resolve() in path.parents
            try:
                self._cache[file] = load_file(path, self.root).lines if inside and path.is_file() else None
            except LoadError:
                self._cache[file] = None
        return self._cache[file]
