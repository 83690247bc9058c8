"""Plain text and Markdown: physical lines; Markdown headings marked as headings."""

from __future__ import annotations

import re

from assistant.ingest.layout import Hint, Source, Unit
from assistant.ingest.loaders.base import decode_text, physical_lines
from assistant.models import LoadedDocument

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+\S")


def load_text(data: bytes, name: str, digest: str, markdown: bool) -> Source:
    text, encoding, warnings = decode_text(data, name)
    lines = physical_lines(text)
    flow: list = []
    for no, line in enumerate(lines, start=1):
        m = _MD_HEADING.match(line) if markdown else None
        flow.append(Unit(no, line, Hint(heading=len(m.group(1))) if m else Hint()))
    doc = LoadedDocument(file=name, lines=lines, encoding=encoding, content_hash=digest, warnings=warnings)
    return Source(doc=doc, flow=flow, kind="markdown" if markdown else "text")
