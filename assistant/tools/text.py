"""Small text helpers shared by the tools: list markers, sentences, near-duplicate detection."""

from __future__ import annotations

import re

from assistant.ingest import markers as mk

_PUNCT = re.compile(r"[\s,.;:!?、,。;:!?“”\"'()()《》【】\[\]<>·…—\-]+")
_TRAILING = re.compile(r"[;;,,、。.\s]+$")
_SENTENCE = re.compile(r"[^。!?]+[。!?]?")
# Fillers that make two copies of one item look different ("负责…" / "…工作").
_FILLERS = re.compile(r"^(负责|协助|参与|积极|认真|及时)|(工作|事宜|等)$")


def strip_marker(text: str) -> str:
    """'1、负责…;' -> '负责…'; also '(1)', '一、', '①', '- ' and the glued '1 负责'."""
    first = text.split("\n", 1)[0]
    marker = mk.parse_marker(first)
    if marker is not None:
        text = marker.rest + text[len(first) :]
    return text.strip()


def clean_item(text: str) -> str:
    """An item as it should read in a document: no list marker, no trailing separator."""
    return _TRAILING.sub("", strip_marker(text)).strip()


def sentences(text: str) -> list[str]:
    return [m.group(0).strip() for m in _SENTENCE.finditer(text) if m.group(0).strip()]


def comparable(text: str) -> str:
    """The form used for near-duplicate comparison: no marker, punctuation or filler words."""
    core = _PUNCT.sub("", strip_marker(text))
    return _FILLERS.sub("", core) or core


def bigrams(text: str) -> set[str]:
    core = comparable(text)
    return {core[i : i + 2] for i in range(len(core) - 1)} or {core}


def similarity(a: str, b: str) -> float:
    """Character-bigram overlap: max of Jaccard and containment (for a short copy of a longer item)."""
    x, y = bigrams(a), bigrams(b)
    if not x or not y:
        return 0.0
    inter = len(x & y)
    jaccard = inter / len(x | y)
    small = min(len(x), len(y))
    containment = inter / small if small >= 5 else 0.0
    return max(jaccard, containment * 0.95)


def near_duplicate(a: str, b: str, threshold: float = 0.6) -> bool:
    return similarity(a, b) >= threshold


def first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def shorten(text: str, limit: int = 150) -> str:
    """Keep whole sentences up to ``limit`` characters (the result is still a substring)."""
    if len(text) <= limit:
        return text
    out = ""
    for sentence in sentences(text):
        if out and len(out) + len(sentence) > limit:
            break
        out += sentence
    return out if out else text[:limit]
