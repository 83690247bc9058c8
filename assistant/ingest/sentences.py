"""Sentence and clause boundaries of Chinese (and mixed) text: the grammar of splitting."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[。!?;！？；])|(?<=\.)(?=\s)")
_CLAUSE_END = re.compile(r"(?<=[,、:，：])|(?<=\s)")


def split_sentences(text: str, limit: int) -> list[str]:
    """Split a long text at sentence ends, then clause ends, into pieces of at most ``limit``.

    Pieces are consecutive substrings: joined back they give the text unchanged, so each piece
    stays citable to the line it came from.
    """
    if len(text) <= limit:
        return [text] if text else []
    out: list[str] = []
    buf = ""
    for sentence in (s for s in _SENTENCE_END.split(text) if s):
        if len(buf) + len(sentence) <= limit:
            buf += sentence
            continue
        if buf:
            out.append(buf)
            buf = ""
        if len(sentence) <= limit:
            buf = sentence
            continue
        for clause in (c for c in _CLAUSE_END.split(sentence) if c):
            if buf and len(buf) + len(clause) > limit:
                out.append(buf)
                buf = ""
            buf += clause
            while len(buf) > limit:  # a clause with no punctuation at all
                out.append(buf[:limit])
                buf = buf[limit:]
    if buf:
        out.append(buf)
    return out
