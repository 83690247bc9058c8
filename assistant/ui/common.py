"""Helpers every tab shares: passages for source cards, role choices, download files."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from assistant.models import Citation
from assistant.services import ServiceError, Services

EXPORT_KEEP_SECONDS = 6 * 3600


def passage_fn(services: Services):  # noqa: ANN201 - Callable[[Citation], str | None]
    """The stored passage around a citation (None when its document has gone)."""

    def passage(c: Citation) -> str | None:
        try:
            return services.corpus.passage(c.file, c.line_start, c.line_end)
        except ServiceError:
            return None

    return passage


def role_choices(services: Services, departments: bool = False) -> list[str]:
    """Role titles for autocomplete (and KPI-sheet departments when asked); [] on an empty base."""
    try:
        roles = list(services.corpus.role_titles())
        if departments:
            for ind in services.corpus.kpi_library():
                for e in ind.entries:
                    if e.origin == "table" and e.department:
                        roles.append(e.department)
    except ServiceError:
        return []
    return sorted(dict.fromkeys(r.strip() for r in roles if r and r.strip()))


def export_dir() -> Path:
    """Where generated downloads go; exports older than a few hours are removed on the way."""
    path = Path(tempfile.gettempdir()) / "gangwei-exports"
    path.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - EXPORT_KEEP_SECONDS
    for old in path.iterdir():
        try:
            if old.is_dir() and old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
    return path


def write_export(name: str, data: bytes) -> str:
    """Write an export (named by ``services.tools.export``) into a fresh folder; returns its path."""
    folder = Path(tempfile.mkdtemp(prefix="gw-", dir=export_dir()))
    target = folder / Path(name).name
    target.write_bytes(data)
    return str(target)
