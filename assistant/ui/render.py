"""HTML for the chat: answer text, source cards with the quoted passage highlighted, refusals.

Pure functions (no gradio import), so they are unit-testable and reused by every tab.
"""

from __future__ import annotations

import html
import re
from typing import Callable

from assistant.models import Answer, Citation

PassageFn = Callable[[Citation], str | None]

PASSAGE_MAX = 600  # characters of context shown around a quote


def esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def span_label(line_start: int, line_end: int) -> str:
    return f"第 {line_start} 行" if line_start == line_end else f"第 {line_start}–{line_end} 行"


def highlight(passage: str, quote: str) -> str:
    """The passage, escaped, with the quote wrapped in <mark> (whitespace-insensitive match)."""
    passage = passage or ""
    quote = (quote or "").strip()
    if not quote:
        return esc(passage)
    idx = passage.find(quote)
    if idx < 0:
        # Quotes may fold whitespace differently from the stored passage: match ignoring it.
        pattern = r"\s*".join(re.escape(ch) for ch in quote if not ch.isspace())
        m = re.search(pattern, passage) if pattern else None
        if m is None:
            return esc(passage)
        start, end = m.start(), m.end()
    else:
        start, end = idx, idx + len(quote)
    before, middle, after = passage[:start], passage[start:end], passage[end:]
    # Keep long passages readable: trim context around the quote, not the quote itself.
    room = max(0, PASSAGE_MAX - len(middle)) // 2
    if len(before) > room:
        before = "…" + before[len(before) - room :]
    if len(after) > room:
        after = after[:room] + "…"
    return f"{esc(before)}<mark>{esc(middle)}</mark>{esc(after)}"


def source_card(c: Citation, passage: str | None, open_: bool = False) -> str:
    body = highlight(passage, c.quote) if passage and c.quote.strip() else f"<mark>{esc(c.quote)}</mark>"
    return (
        f'<details class="gw-src"{" open" if open_ else ""}>'
        f'<summary><span class="gw-src-id">[{c.id}]</span> '
        f'<span class="gw-src-file">{esc(c.file)}</span> '
        f'<span class="gw-src-lines">{span_label(c.line_start, c.line_end)}</span></summary>'
        f'<div class="gw-src-passage">{body}</div></details>'
    )


def sources_html(citations: list[Citation], passage: PassageFn | None = None) -> str:
    if not citations:
        return ""
    cards = "".join(source_card(c, passage(c) if passage else None) for c in citations)
    return f'<div class="gw-sources"><div class="gw-sources-title">来源 ({len(citations)})</div>{cards}</div>'


_BOLD = re.compile(r"\*\*([^*\n]+?)\*\*")


def strong(text: str) -> str:
    """**bold** as <strong>: CommonMark ignores ** next to CJK punctuation (e.g. "**岗位 (部门)**的")."""
    return _BOLD.sub(r"<strong>\1</strong>", text)


def answer_html(answer: Answer, passage: PassageFn | None = None) -> str:
    """The chat message for a finished answer: markdown text, then the source cards."""
    text = strong(answer.text.strip())
    if answer.refused:
        # Blank lines around the markdown so it still renders inside the HTML wrapper.
        body = f'<div class="gw-refusal">\n\n<b>无法从知识库回答</b>\n\n{text}\n\n</div>'
    else:
        body = text
    note = f'\n\n<div class="gw-note">{esc(answer.note)}</div>' if answer.note else ""
    sources = sources_html(answer.citations, passage)
    return body + note + (f"\n\n{sources}" if sources else "")


def error_html(message: str) -> str:
    return f'<div class="gw-error">{esc(message)}</div>'


def pending_html() -> str:
    return '<span class="gw-pending">正在检索知识库…</span>'
