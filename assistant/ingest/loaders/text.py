"""Plain text and Markdown: physical lines; Markdown headings marked as headings."""

from __future__ import annotations

import re

from assistant.ingest.layout import Hint, Source, Unit
from assistant.ingest.loaders.base import decode_text, physical_lines
from assistant.models import LoadedDocument

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+\S")
# a collapsible block's caption ("<details><summary>行政主管</summary>"): a heading under the last one
_MD_SUMMARY = re.compile(r"^\s*(?:<details[^>]*>\s*)?<summary[^>]*>.*\S.*</summary>\s*$", re.IGNORECASE)


_FRONT_MATTER_MAX = 40  # lines a YAML front matter block may take
_FRONT_TITLE = re.compile(r"^title\s*:\s*[\"']?(?P<title>.+?)[\"']?\s*$", re.IGNORECASE)


def _front_matter(lines: list[str]) -> tuple[int, str | None]:
    """Lines of a Markdown file's YAML front matter ("---" … "---" at the top) and its title."""
    if not lines or lines[0].strip() != "---":
        return 0, None
    for end in range(1, min(len(lines), _FRONT_MATTER_MAX)):
        if lines[end].strip() in ("---", "..."):
            title = next((m.group("title") for x in lines[1:end] if (m := _FRONT_TITLE.match(x.strip()))), None)
            return end + 1, title
    return 0, None


def load_text(data: bytes, name: str, digest: str, markdown: bool) -> Source:
    text, encoding, warnings = decode_text(data, name)
    lines = physical_lines(text)
    skip, title = _front_matter(lines) if markdown else (0, None)
    flow: list = []
    level = 0  # the last Markdown heading's level
    for no, line in enumerate(lines, start=1):
        if no <= skip:
            continue  # metadata for tools, not text of the document (its title is kept as the title)
        m = _MD_HEADING.match(line) if markdown else None
        if m:
            level = len(m.group(1))
        elif markdown and _MD_SUMMARY.match(line):
            flow.append(Unit(no, line, Hint(heading=min(level + 1, 6))))  # (cleaning drops the tags)
            continue
        flow.append(Unit(no, line, Hint(heading=len(m.group(1))) if m else Hint()))
    doc = LoadedDocument(file=name, lines=lines, encoding=encoding, content_hash=digest, warnings=warnings, title=title)
    return Source(doc=doc, flow=flow, kind="markdown" if markdown else "text")
