"""A file that lists the knowledge base's files (a README or SOURCES table, a 资料清单): it says which
document holds what, not what a post does. Answers quoting it would cite a description of a source
instead of the source, so it gives no records; ingestion says so in a warning."""

from __future__ import annotations

import re

from assistant.models import LoadedDocument

# a file name with the extension of a document format ("cx01_财务部经理岗位说明书.docx")
_FILE_NAME = re.compile(r"[\w\u4e00-\u9fff（）()\-·.]+?\.(?:docx?|xlsx?|xlsm|csv|html?|pdf|md|txt|pptx?|wps|et|json)(?![A-Za-z0-9])",
                        re.IGNORECASE)  # fmt: skip
CATALOGUE_NAMES = 5  # distinct file names a catalogue lists at least
CATALOGUE_SHARE = 0.2  # of its non-empty lines, the share naming a file at least


def listed_files(doc: LoadedDocument) -> int:
    """How many files the document lists, when it reads as a list of files (else 0): at least
    ``CATALOGUE_NAMES`` names of other files, on at least ``CATALOGUE_SHARE`` of its lines. A policy
    naming two attachments, a long handbook citing a few forms, stay documents."""
    lines = [line for line in doc.lines if line.strip()]
    own = doc.file.rsplit("/", 1)[-1].lower()
    names: set[str] = set()
    naming = 0
    for line in lines:
        found = {m.lower() for m in _FILE_NAME.findall(line)} - {own}
        names |= found
        naming += bool(found)
    if len(names) >= CATALOGUE_NAMES and naming >= CATALOGUE_SHARE * len(lines):
        return len(names)
    return 0
