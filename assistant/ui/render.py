"""HTML for every tab: answers, source cards, status lines, the "查看原文" dialog, tool panels.

Pure functions (no gradio import), unit-tested. Escaping rules:

- answer texts are Markdown in which every piece of document text is already escaped
  (``assistant.text.escape_md``); they are only decorated here ([n] markers become clickable);
- everything else that comes from documents (titles, quotes, passages, items, hit texts, names)
  goes through ``esc`` (``html.escape``) before it is put into HTML;
- nothing here writes event attributes: behaviour comes from classes and ids (``scripts.py``).

HTML placed into a chat message is kept on single lines (newlines as ``&#10;``), so Markdown
processing of the message can never split it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from assistant.knowledge.citations import format_citation, source_label
from assistant.models import SECTION_KIND_ZH, Answer, Citation
from assistant.text import unescape_md

PassageFn = Callable[[Citation], str | None]

PASSAGE_MAX = 600  # characters of context shown around a quote
EMPTY_ITEMS = '<div class="gw-hint">没有抽取到条目</div>'
MARKER = re.compile(r"(?<!\\)\[(\d{1,3})\]")
_BOLD = re.compile(r"\*\*([^*\n]+?)\*\*")
_BOLD_MARK = re.compile(r"(?<!\\)\*\*")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_PIPE = re.compile(r"(?<!\\)\|")
_ASKED = re.compile(r"您是不是要找[:：][^。]*。?")
TOOL_NAMES = {"jd": "岗位说明书", "kpi_design": "KPI 设计"}
TOOL_FORMATS = {"jd": ("docx", "md"), "kpi_design": ("xlsx", "csv")}
FORMAT_LABELS = {"docx": "Word (.docx)", "md": "Markdown (.md)", "xlsx": "Excel (.xlsx)", "csv": "CSV (.csv)"}


# --- small helpers ------------------------------------------------------------------------------------


def esc(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def lines_esc(text: Any) -> str:
    """Escaped text whose newlines survive as characters (``&#10;``) on one source line."""
    return esc(text).replace("\r", "").replace("\n", "&#10;")


def hexid(text: str) -> str:
    return (text or "").encode("utf-8").hex()


def unhex(value: str) -> str | None:
    try:
        return bytes.fromhex(value).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None


def span_label(line_start: int, line_end: int, file: str = "") -> str:
    unit = "段" if file.lower().endswith(".docx") else "行"
    return f"第 {line_start} {unit}" if line_start == line_end else f"第 {line_start}–{line_end} {unit}"


def where(c: Citation) -> str:
    return c.location or span_label(c.line_start, c.line_end, c.file)


def strong(text: str) -> str:
    """**bold** as <strong>: CommonMark ignores ** next to CJK punctuation (e.g. "**岗位 (部门)**的")."""
    return _BOLD.sub(r"<strong>\1</strong>", text)


def link_markers(text: str) -> str:
    """[n] citation markers as clickable, focusable spans (escaped "\\[n\\]" document text is left alone)."""
    return MARKER.sub(
        lambda m: f'<span class="gw-cite gw-c-{m.group(1)}" role="button" tabindex="0" title="出处 [{m.group(1)}]">[{m.group(1)}]</span>',
        text,
    )


def view_id(file: str, line_start: int, line_end: int, context: int | None = None) -> str:
    """Id of a "查看原文" button: the server decodes and checks it (``parse_view_id``)."""
    tail = f"-{context}" if context else ""
    return f"gw-view-{hexid(file)}-{int(line_start)}-{int(line_end)}{tail}"


def parse_view_id(value: str) -> tuple[str, int, int, int | None] | None:
    m = re.fullmatch(r"gw-view-([0-9a-f]{2,2000})-(\d{1,7})-(\d{1,7})(?:-(\d{1,3}))?", value or "")
    if not m:
        return None
    file = unhex(m.group(1))
    if not file:
        return None
    return file, int(m.group(2)), int(m.group(3)), int(m.group(4)) if m.group(4) else None


# --- source cards -------------------------------------------------------------------------------------


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


def source_card(c: Citation, passage: str | None, scope: str = "x", open_: bool = False) -> str:
    """One source: [n] 《title》（organisation · role） location, the passage with the quote marked, 查看原文."""
    if passage and c.quote.strip():
        body = highlight(passage, c.quote)
    elif passage:
        body = esc(passage[:PASSAGE_MAX])
    else:
        body = f"<mark>{esc(c.quote)}</mark>"
    body = body.replace("\r", "").replace("\n", "&#10;")
    return (
        f'<details class="gw-src gw-c-{c.id}" id="gw-src-{esc(scope)}-{c.id}"{" open" if open_ else ""}>'
        f'<summary><span class="gw-src-id">[{c.id}]</span> <span class="gw-src-title">{esc(source_label(c))}</span> '
        f'<span class="gw-src-loc">{esc(where(c))}</span></summary>'
        f'<div class="gw-src-passage">{body}</div>'
        f'<div class="gw-src-foot"><button type="button" class="gw-view" id="{view_id(c.file, c.line_start, c.line_end)}">查看原文</button>'
        f'<span class="gw-src-file">{esc(c.file)}</span></div></details>'
    )


def sources_html(citations: Sequence[Citation], passage: PassageFn | None = None, scope: str = "x", title: str = "来源") -> str:
    if not citations:
        return ""
    cards = "".join(source_card(c, passage(c) if passage else None, scope) for c in citations)
    return f'<div class="gw-sources"><div class="gw-sources-title">{esc(title)}（{len(citations)}）</div>{cards}</div>'


# --- plain text (copy) --------------------------------------------------------------------------------


def md_plain(text: str) -> str:
    """Markdown answer text as plain text: no marks, no escapes, tables as tab-separated rows."""
    out: list[str] = []
    for line in (text or "").splitlines():
        if _TABLE_RULE.match(line) and "-" in line:
            continue
        line = _HEADING.sub("", line)
        line = _QUOTE.sub("", line)
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            cells = [c.strip() for c in _PIPE.split(stripped[1:-1])]
            line = "\t".join(cells)
        line = _BOLD_MARK.sub("", line)
        out.append(unescape_md(line).rstrip())
    plain = "\n".join(out).strip()
    return re.sub(r"\n{3,}", "\n\n", plain)


def plain_answer(text: str, citations: Sequence[Citation]) -> str:
    """What the copy button puts on the clipboard: the answer and its sources, as plain text."""
    plain = md_plain(text)
    if citations:
        plain += "\n\n来源：\n" + "\n".join(format_citation(c, quote_max=80, with_file=False) for c in citations)
    return plain


# --- chat messages ------------------------------------------------------------------------------------


def pending_html() -> str:
    return '<span class="gw-pending">正在检索知识库…</span>'


def streaming_html(text: str) -> str:
    return strong(text) + " ▍"


def error_bubble(message: str) -> str:
    return f'<div class="gw-error" role="alert">{esc(message)}</div>'


def actions_html(turn_id: int | None, tool: str | None = None) -> str:
    buttons = ['<button type="button" class="gw-copy" title="复制回答和来源（纯文本）">复制</button>']
    if turn_id:
        buttons += [
            f'<button type="button" class="gw-fb gw-fb-up" id="gw-fb-up-{int(turn_id)}" title="这个回答有用">▲ 有用</button>',
            f'<button type="button" class="gw-fb gw-fb-down" id="gw-fb-down-{int(turn_id)}" title="这个回答没用">▼ 没用</button>',
        ]
        if tool in TOOL_FORMATS:
            for fmt in TOOL_FORMATS[tool]:
                buttons.append(f'<button type="button" class="gw-tool" id="gw-tool-export-{int(turn_id)}-{fmt}">导出 {FORMAT_LABELS[fmt]}</button>')
            buttons.append(f'<button type="button" class="gw-tool gw-tool-open" id="gw-tool-open-{int(turn_id)}">在{TOOL_NAMES[tool]}中打开</button>')
    return f'<div class="gw-actions">{"".join(buttons)}</div>'


def answer_html(answer: Answer, turn_id: int | None = None, passage: PassageFn | None = None) -> str:
    """A finished answer in the chat: text with clickable [n], source cards, actions, the plain text."""
    text = link_markers(strong(answer.text.strip()))
    if answer.refused:
        body = f'<div class="gw-refusal">\n\n**无法从知识库回答**\n\n{text}\n\n</div>'
    else:
        body = text
    scope = f"t{turn_id}" if turn_id else "new"
    sources = sources_html(answer.citations, passage, scope)
    plain = plain_answer(answer.text, answer.citations)
    tail = "".join(part for part in (sources, actions_html(turn_id, answer.tool), f'<div class="gw-plain" hidden>{lines_esc(plain)}</div>') if part)
    return f'<div class="gw-msg gw-scope" id="gw-turn-{scope}">\n\n{body}\n\n{tail}\n\n</div>'


# --- status lines ---------------------------------------------------------------------------------------


def status_html(message: str, kind: str = "error", suggestions: Iterable[str] = (), target: str = "") -> str:
    """An inline status line next to a control (Chinese; never replaces the user's content).

    ``suggestions`` become "您是不是要找…" buttons that fill the role box of ``target``.
    """
    if not message and not suggestions:
        return ""
    names = [s for s in suggestions if s]
    asked = _ASKED.search(message or "")
    if asked and target:  # the message's own "您是不是要找：「A」、「B」" become buttons too
        names += re.findall(r"「([^」]+)」", asked.group())
    names = list(dict.fromkeys(names))
    if names and target:
        message = _ASKED.sub("", message).strip()
    role = "alert" if kind == "error" else "status"
    icon = {"error": "⚠ ", "warn": "⚠ ", "ok": "✓ ", "info": ""}.get(kind, "")
    parts = [f'<div class="gw-status gw-status-{esc(kind)}" role="{role}"><span class="gw-status-text">{icon}{esc(message)}</span>']
    if names and target:
        buttons = "".join(f'<button type="button" class="gw-suggest" id="gw-suggest-{esc(target)}-{hexid(s)}">{esc(s)}</button>' for s in names)
        parts.append(f'<div class="gw-suggestions"><span>您是不是要找：</span>{buttons}</div>')
    parts.append("</div>")
    return "".join(parts)


def parse_suggest_id(value: str) -> tuple[str, str] | None:
    m = re.fullmatch(r"gw-suggest-([a-z]{2,4})-([0-9a-f]{2,400})", value or "")
    if not m:
        return None
    role = unhex(m.group(2))
    return (m.group(1), role) if role else None


# --- "查看原文" -------------------------------------------------------------------------------------------


def viewer_html(view: Any, nonce: int, context: int) -> str:
    """The document around the cited lines, cited lines marked; a dialog closed by the page script."""
    rows = []
    for n, text in view.lines:
        if not text.strip():
            continue  # blank lines only spread the passage out; the numbers keep the gaps visible
        cited = view.line_start <= n <= view.line_end
        rows.append(f'<tr class="{"gw-line-cited" if cited else ""}"><td class="gw-ln">{n}</td><td class="gw-lt">{esc(text) if text else "&nbsp;"}</td></tr>')
    more = ""
    if context < 60:
        more = f'<button type="button" class="gw-view" id="{view_id(view.file, view.line_start, view.line_end, min(context * 3, 60))}">显示更多上下文</button>'
    return (
        f'<div class="gw-viewer" role="dialog" aria-modal="true" aria-label="查看原文" id="gw-viewer-{int(nonce)}">'
        f'<div class="gw-viewer-panel"><div class="gw-viewer-head"><div><div class="gw-viewer-title">《{esc(view.title)}》</div>'
        f'<div class="gw-viewer-loc">{esc(view.location)} · <span class="gw-src-file">{esc(view.file)}</span></div></div>'
        f'<button type="button" class="gw-viewer-close" aria-label="关闭">关闭 ✕</button></div>'
        f'<div class="gw-viewer-body"><table class="gw-viewer-lines">{"".join(rows)}</table></div>'
        f'<div class="gw-viewer-foot">{more}</div></div></div>'
    )


def viewer_error_html(message: str, nonce: int) -> str:
    return (
        f'<div class="gw-viewer" role="dialog" aria-modal="true" aria-label="查看原文" id="gw-viewer-{int(nonce)}">'
        f'<div class="gw-viewer-panel"><div class="gw-viewer-head"><div class="gw-viewer-title">查看原文</div>'
        f'<button type="button" class="gw-viewer-close" aria-label="关闭">关闭 ✕</button></div>'
        f'{status_html(message)}</div></div>'
    )


# --- tool panels ------------------------------------------------------------------------------------------


def kpi_explain_html(design: Any, passage: PassageFn | None = None) -> str:
    """The design's explanation (with clickable [n]), derivations, notes and every source card."""
    parts = ['<div class="gw-scope gw-explain" id="gw-kpi-scope">', '<div class="gw-explain-title">设计说明</div>']
    parts.append(f'<p>{link_markers(esc(design.explanation))}</p>')
    derived = [k for k in design.indicators if k.derivation]
    if derived:
        items = "".join(f"<li>{esc(k.derivation)} {link_markers(''.join(f'[{i}]' for i in k.citations))}</li>" for k in derived)
        parts.append(f'<div class="gw-explain-sub">推导过程</div><ul>{items}</ul>')
    if design.notes:
        parts.append("".join(f'<div class="gw-status gw-status-warn">⚠ {esc(n)}</div>' for n in design.notes))
    parts.append(sources_html(design.citations, passage, "kpi", title="出处"))
    parts.append("</div>")
    return "".join(parts)


def jd_notes_html(draft: Any) -> str:
    """User notes applied or not (with the reason), and the drafter's warnings."""
    parts = []
    for n in draft.notes:
        mark, cls, verb = ("✓", "gw-good", "已采用") if n.applied else ("✗", "gw-bad", "未采用")
        parts.append(f'<li class="{cls}">{mark} {verb}「{esc(n.note)}」：{esc(n.detail)}</li>')
    warnings = "".join(f'<div class="gw-status gw-status-warn">⚠ {esc(w)}</div>' for w in draft.warnings)
    notes = f'<div class="gw-explain-sub">补充要求</div><ul class="gw-notes">{"".join(parts)}</ul>' if parts else ""
    return f'<div class="gw-jd-notes">{notes}{warnings}</div>' if notes or warnings else ""


def smart_html(report: Any, passage: PassageFn | None = None) -> str:
    flags = "".join(
        f'<li class="{"gw-smart-ok" if f.ok else "gw-smart-bad"}">{"✓" if f.ok else "✗"} <b>{esc(f.letter)} {esc(f.name)}</b>：{esc(f.reason)}'
        + (f"。建议：{esc(f.suggestion)}" if f.suggestion else "")
        + "</li>"
        for f in report.flags
    )
    extra = ""
    if report.suggested and report.suggested_from == "knowledge_base":
        extra = f'<div class="gw-hint">建议指标「{esc(report.suggested)}」取自知识库的指标库。</div>'
    note = f'<div class="gw-hint">{esc(report.note)}</div>' if report.note else ""
    cites = "".join(f"[{c.id}]" for c in report.citations)
    basis = f'<div class="gw-hint">依据：知识库中关于 SMART 原则的论述 {link_markers(cites)}</div>' if cites else ""
    return (
        f'<div id="gw-smart-report" class="gw-scope" data-passed="{"true" if report.passed else "false"}">'
        f'<div><b>SMART 检查</b>：{esc(report.text)}</div><ul class="gw-smart">{flags}</ul>'
        f'<div><b>改写建议</b>：{esc(report.rewrite)}</div>{extra}{note}{basis}'
        f"{sources_html(report.citations, passage, 'smart', title='出处')}</div>"
    )


def total_html(total: float, problems: Sequence[str], rows: int) -> str:
    if not rows:
        return ""
    ok = not problems
    cls = "gw-total-ok" if ok else "gw-total-bad"
    text = f"权重合计 {total:g} ✓" if ok else f"权重合计 {total:g} ✗ — " + "；".join(problems)
    return f'<div id="gw-kpi-total" class="{cls}" data-total="{total:g}" role="status">{esc(text)}</div>'


# --- knowledge base --------------------------------------------------------------------------------------


def stats_html(st: Any) -> str:
    tiles = [
        ("文档", st.files, ""),
        ("文章", st.articles, ""),
        ("岗位", st.roles, f"岗位画像 {st.profiles} 份"),
        ("KPI 指标", st.kpi_indicators, f"提及 {st.kpis} 次"),
        ("分块", st.chunks, ""),
    ]
    cells = "".join(
        f'<div class="gw-stat"><div class="gw-stat-n">{int(n)}</div><div class="gw-stat-l">{esc(label)}</div>'
        + (f'<div class="gw-stat-sub">{esc(sub)}</div>' if sub else "")
        + "</div>"
        for label, n, sub in tiles
    )
    kinds = " · ".join(f"{SECTION_KIND_ZH.get(k, k)} {v}" for k, v in st.sections_by_kind.items())
    extra = f'<div class="gw-stat-sub">段落：{esc(kinds)} · 去除样板行 {st.removed_boilerplate_lines}</div>' if kinds else ""
    return f'<div class="gw-stats">{cells}</div>{extra}'


def _signal(signals: dict[str, float], rank_key: str, score_key: str, digits: int = 3) -> str:
    rank = signals.get(rank_key)
    score = signals.get(score_key)
    if rank is None:
        return "未检出"
    text = f"第 {int(rank)} 名"
    if score is not None:
        text += f"（{score:.{digits}f}）"
    return text


def hits_html(hits: Sequence[Any], titles: dict[str, str] | None = None) -> str:
    """Hit test: each retrieved passage with its fused score and the rank/score of every retriever."""
    if not hits:
        return status_html("没有检索到段落。", "info")
    titles = titles or {}
    rows = []
    for h in hits:
        c = h.chunk
        s = h.signals
        title = titles.get(c.file) or c.doc_title or Path(c.file).stem
        meta = " · ".join(x for x in (c.article_title if c.article_title != title else "", c.role or "", c.section_heading or "") if x)
        rows.append(
            f'<div class="gw-hit"><div class="gw-hit-head"><span class="gw-hit-rank">#{h.rank}</span> '
            f'<span class="gw-hit-title">《{esc(title)}》</span> <span class="gw-src-loc">{esc(span_label(c.line_start, c.line_end, c.file))}</span> '
            f'<span class="gw-hit-kind">{esc(SECTION_KIND_ZH.get(c.section_kind.value, c.section_kind.value))}</span></div>'
            + (f'<div class="gw-hit-meta">{esc(meta)}</div>' if meta else "")
            + '<div class="gw-hit-scores">'
            f'<span title="加权倒数排名融合">综合得分 <b>{h.score:.4f}</b></span>'
            f'<span title="向量检索 (e5)">向量：{esc(_signal(s, "rank_dense", "dense_sim"))}</span>'
            f'<span title="BM25 字二元组">二元组：{esc(_signal(s, "rank_bigram", "bigram", 2))}</span>'
            f'<span title="BM25 结巴分词">分词：{esc(_signal(s, "rank_jieba", "jieba", 2))}</span>'
            f'<span title="BM25 逐条 (段落中最相关的一行)">逐条：{esc(_signal(s, "rank_item", "item", 2))}</span>'
            f'<span title="向量逐条 (段落中最相近的一行)">逐条向量：{esc(_signal(s, "rank_item_dense", "item_dense"))}</span>'
            + (f'<span>加权 ×{s["boost"]:g}</span>' if "boost" in s else "")
            + (f'<span>覆盖 {s["coverage"]:.0%}</span>' if "coverage" in s else "")
            + "</div>"
            # the passage around the hit, its own lines marked
            + (f'<div class="gw-hit-meta">所在段落 {esc(span_label(h.passage.line_start, h.passage.line_end, c.file))}</div>'
               f'<div class="gw-hit-text">{highlight(h.passage.text, c.text)}</div>' if h.passage is not None else
               f'<div class="gw-hit-text">{esc(c.text)}</div>')
            + f'<div class="gw-src-foot"><button type="button" class="gw-view" id="{view_id(c.file, c.line_start, c.line_end)}">查看原文</button>'
            f'<span class="gw-src-file">{esc(c.file)}</span>'
            + (f'<span class="gw-hint">另有 {len(h.duplicates)} 处重复</span>' if h.duplicates else "")
            + "</div></div>"
        )
    return f'<div class="gw-hits">{"".join(rows)}</div>'


def document_html(info: Any, profiles: Sequence[Any], kpis: Sequence[Any]) -> str:
    """One document: its job profiles (duties, qualifications) and KPI entries, each with its lines."""
    if info is None:
        return ""
    head = (
        f'<div class="gw-doc-head"><div class="gw-viewer-title">《{esc(info.title)}》</div>'
        f'<div class="gw-hint">{esc(info.file)} · 文章 {info.articles} · 岗位画像 {info.profiles} · 分块 {info.chunks} · KPI 条目 {info.kpis}</div>'
        + "".join(f'<div class="gw-status gw-status-warn">⚠ {esc(w)}</div>' for w in info.warnings)
        + "</div>"
    )
    parts = [head]
    if profiles:
        parts.append(f'<div class="gw-explain-sub">岗位画像（{len(profiles)}）</div>')
        for p in profiles:
            facts = " · ".join(x for x in (p.organisation, p.department and f"部门：{p.department}", p.reports_to and f"上级：{p.reports_to}") if x)
            lists = ""
            for label, items in (("岗位职责", p.duties), ("任职资格", p.qualifications), ("考核标准", p.kpis)):
                if items:
                    li = "".join(f"<li>{esc(i.text)} <span class=\"gw-src-loc\">{esc(span_label(i.span.line_start, i.span.line_end, i.span.file))}</span></li>" for i in items[:30])
                    lists += f'<div class="gw-doc-list"><b>{label}</b>（{len(items)}）<ol>{li}</ol></div>'
            parts.append(
                f'<details class="gw-doc-profile"><summary><b>{esc(p.title)}</b> <span class="gw-hint">{esc(facts)}</span> '
                f'<span class="gw-src-loc">{esc(span_label(p.span.line_start, p.span.line_end, p.span.file))}</span></summary>'
                f'<div class="gw-doc-body">{lists or EMPTY_ITEMS}'
                f'<div class="gw-src-foot"><button type="button" class="gw-view" id="{view_id(p.span.file, p.span.line_start, p.span.line_end)}">查看原文</button></div></div></details>'
            )
    else:
        parts.append('<div class="gw-hint">这个文档中没有抽取到岗位画像。</div>')
    if kpis:
        rows = "".join(
            f"<tr><td>{esc(e.name)}</td><td>{esc(e.bsc.value if e.bsc else (e.dimension or ''))}</td>"
            f"<td>{esc(f'{e.weight:g}%' if e.weight is not None else '')}</td><td>{esc(e.formula or e.definition or '')}</td>"
            f"<td>{esc('、'.join(([e.department] if e.department else []) + list(e.roles)))}</td>"
            f'<td class="gw-nowrap">{esc(span_label(e.span.line_start, e.span.line_end, e.span.file))}</td></tr>'
            for e in kpis[:200]
        )
        parts.append(
            f'<div class="gw-explain-sub">KPI 条目（{len(kpis)}）</div><div class="gw-table-wrap"><table class="gw-table">'
            f"<thead><tr><th>指标</th><th>维度</th><th>权重</th><th>计算口径</th><th>岗位/部门</th><th>位置</th></tr></thead><tbody>{rows}</tbody></table></div>"
        )
    else:
        parts.append('<div class="gw-hint">这个文档中没有抽取到 KPI 条目。</div>')
    return f'<div class="gw-doc gw-scope">{"".join(parts)}</div>'
