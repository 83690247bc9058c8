"""Plain text and Markdown: physical lines; Markdown headings marked as headings."""

from __future__ import annotations

import re
import unicodedata

from assistant.ingest.layout import Hint, Source, Table, Unit, units_of
from assistant.ingest.loaders import mermaid, wiki
from assistant.ingest.loaders.base import decode_text, physical_lines
from assistant.models import LoadedDocument

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+\S")
# a collapsible block's caption ("<details><summary>行政主管</summary>"): a heading under the last one
_MD_SUMMARY = re.compile(r"^\s*(?:<details[^>]*>\s*)?<summary[^>]*>.*\S.*</summary>\s*$", re.IGNORECASE)


# MkDocs content tabs and titled call-outs ('=== "地面运行调度员"', '??? note "岗位职责"'): headings of
# the indented text under them, a tab one level under the page's last heading, a call-out one under that
_MD_TAB = re.compile(r'^\s*===\+?\s+"[^"]*\S[^"]*"\s*$')
_MD_CALLOUT = re.compile(r'^\s*(?:!!!|\?\?\?)\+?\s*[A-Za-z-]*\s+"[^"]*\S[^"]*"\s*$')


# Emacs Org mode: "* 岗位一览" / "** 制程技术员" headings, "#+TITLE:" settings, ":PROPERTIES:" drawers of
# ":直接上级: 工艺工程师" properties (the drawer's own markers are markup, not words of the text)
_ORG_HEADING = re.compile(r"^(\*{1,6})\s+(?:(?:TODO|DONE|NEXT|WAITING)\s+)?(?P<text>\S.*)$")
_ORG_SETTING = re.compile(r"^#\+(?P<key>[A-Za-z_]+):\s*(?P<value>.*)$")
_ORG_DRAWER = re.compile(r"^\s*:(?:PROPERTIES|END|LOGBOOK):\s*$", re.IGNORECASE)
_ORG_PROPERTY = re.compile(r"^\s*:(?P<key>[^:\s][^:]{0,20}):\s+(?P<value>\S.*)$")


# AsciiDoc: "= 文档标题" / "== 2. 维修技师" headings, ":author:" document attributes (markup, no text; a
# block's "[horizontal]" attribute line is dropped by cleaning.toml)
_ADOC_HEADING = re.compile(r"^(={1,6})\s+(?P<text>\S.*)$")
_ADOC_ATTRIBUTE = re.compile(r"^:[A-Za-z0-9_][\w-]*!?:(?:\s.*)?$")


def _asciidoc(lines: list[str]) -> bool:
    """Whether a text file is written in AsciiDoc: "==" headings and ":attribute:" lines."""
    headings = sum(bool(_ADOC_HEADING.match(line)) for line in lines)
    marks = sum(bool(_ADOC_ATTRIBUTE.match(line)) for line in lines)
    return headings >= 2 and marks >= 1


def _org(lines: list[str]) -> bool:
    """Whether a text file is written in Org mode: starred headings and Org's own settings or drawers."""
    headings = sum(bool(_ORG_HEADING.match(line)) for line in lines)
    marks = sum(bool(_ORG_SETTING.match(line) or _ORG_DRAWER.match(line)) for line in lines)
    return headings >= 2 and marks >= 1


_FRONT_MATTER_MAX = 40  # lines a YAML or TOML front matter block may take
# "title: 岗位说明" (YAML, "---" fences) or "title = \"岗位说明\"" (TOML, "+++" fences, Hugo)
_FRONT_ENTRY = re.compile(r"^(?P<key>[A-Za-z_][\w\- ]{0,30}?)\s*[:=]\s*[\"']?(?P<value>[^\"'\[\]{}]*?)[\"']?\s*$")


def _front_matter(lines: list[str]) -> tuple[int, str | None, list[tuple[int, str, str]]]:
    """A Markdown file's front matter at the top: its line count, its title and its other
    entries (line number, key, value)."""
    fence = lines[0].strip() if lines else ""
    if fence not in ("---", "+++"):
        return 0, None, []
    for end in range(1, min(len(lines), _FRONT_MATTER_MAX)):
        if lines[end].strip() in (fence, "..."):
            entries = [(no, m["key"].strip(), m["value"].strip()) for no, x in enumerate(lines[1:end], start=2)
                       if (m := _FRONT_ENTRY.match(x.strip())) and m["value"].strip()]
            title = next((value for _, key, value in entries if key.lower() == "title"), None)
            return end + 1, title, [e for e in entries if e[1].lower() != "title"]
    return 0, None, []


_INDENT = re.compile(r"^(?:\u3000{2}|\s{2,})\S")
_INDENTED_MIN = 20  # characters of an indented line that is cut, not a short line of its own
_SENTENCE_ENDS = ("。", "；", "！", "？", ".", ";", "：", ":")
_WRAP_MIN_LINES = 3  # lines cut at the file's widest length before a text reads as hard-wrapped
_WRAP_SHARE = 0.15  # ... and their share of its non-blank lines
# a line that starts something of its own: a list number, a bracketed or bulleted head, a "标签：" label
_HANGING_MIN = 20  # characters of an entry whose next, deeper-set line is its rest (unless it ends on a comma)


_LABELLED = re.compile(r"^\s*[^\s:：]{2,16}[:：]\s*\S")  # "工作经验......：2年以上…"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


_STARTS_OWN = re.compile(r"^\s*(?:\d{1,2}[.、．)）]|[(（][一二三四五六七八九十\d]{1,2}[)）]|[【\[#\-*•■●◆]|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十\d]+[条章节]|\S{2,8}[:：])")


def _wrapped(lines: list[str]) -> set[int]:
    """Line numbers (1-based) that continue the line above because a program cut the text at a
    fixed width (an old HR system's print, an e-mail client): the line above is as long as the
    file's longest, as many are, and does not end a sentence; the line itself starts nothing new.
    (A report's rows padded to one width are no cut text: their columns stand apart by spaces.)"""
    lengths = [len(x.rstrip()) for x in lines]
    texted = [n for n in lengths if n]
    if not texted:
        return set()
    # a paragraph set with a first-line indent ("　　一、自2025年5月1日起，起重指挥由…划归设备") whose next
    # line starts at the margin and starts nothing of its own: the paragraph goes on (a notice's
    # lines cut at a width its indent and mixed-width characters make uneven)
    indented = {k + 2 for k in range(len(lines) - 1)
                if _INDENT.match(lines[k]) and len(lines[k].strip()) >= _INDENTED_MIN
                and not lines[k].rstrip().endswith(_SENTENCE_ENDS) and lines[k + 1].strip()
                and not lines[k + 1][:1].isspace() and not _STARTS_OWN.match(lines[k + 1])}
    # an entry or a form's fact cut at the width of a typed card, its rest set under its text
    # ("  一、按月汇总…编制粮食" / "      收支平衡月报；", "工作经验……：2年以上…，有粮食" / "        行业…优先")
    indented |= {k + 2 for k in range(len(lines) - 1)
                 if (_STARTS_OWN.match(lines[k]) or _LABELLED.match(lines[k]))
                 and (len(lines[k].strip()) >= _HANGING_MIN or lines[k].rstrip().endswith(("，", ",", "、")))
                 and not lines[k].rstrip().endswith(_SENTENCE_ENDS) and lines[k + 1].strip()
                 and _indent(lines[k + 1]) > _indent(lines[k]) + 1 and not _STARTS_OWN.match(lines[k + 1])}
    width = max(texted)
    at_width = sum(1 for n in texted if n == width)
    if width > 100 or at_width < _WRAP_MIN_LINES or at_width < _WRAP_SHARE * len(texted):
        return indented
    return indented | {k + 2 for k in range(len(lines) - 1)
            if lengths[k] == width and lengths[k + 1] and not lines[k].rstrip().endswith(("。", "；", "！", "？", ".", ";"))
            and not re.search(r"\S(?: {2,}|\t)\S", lines[k])
            and not _STARTS_OWN.match(lines[k + 1])}


_SIDE_MIN = 5  # lines holding text in both columns before a text counts as two cards side by side
_SIDE_GAP = re.compile(r"[ \u3000]{2,}")
_LEAD = re.compile(r"^\s*(?:[【\[][^】\]]{1,8}[】\]]|\d{1,2}[.、．)）]|[(（]\d{1,2}[)）]|[^\s:：]{1,8}[:：])")


def _width(text: str) -> int:
    """The columns a text takes on a fixed-width print (a Chinese character two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _side_by_side(lines: list[str]) -> dict[int, tuple[str, str]]:
    """Two cards printed side by side in a fixed-width text ("【岗位卡】消防安全员      【岗位卡】道具管理员"):
    line number -> (left part, right part) for the lines of each such block, so the left card is read
    before the right. A block is a run of lines whose right part starts at one print column after a gap,
    on enough lines both parts open alike (the same label, list number or bracketed title): a form's
    labels aligned over their values ("部门      安全保卫部") are no two cards."""
    splits: dict[int, tuple[int, str, str]] = {}  # line -> (print column of the right part, left, right)
    for no, line in enumerate(lines, start=1):
        for m in _SIDE_GAP.finditer(line.rstrip()):
            left, right = line[: m.start()], line[m.end() :]
            if left.strip() and right.strip():
                splits[no] = (_width(line[: m.end()]), left.rstrip(), right.strip())
                break
    out: dict[int, tuple[str, str]] = {}
    no = 1
    while no <= len(lines):
        if no not in splits:
            no += 1
            continue
        col, run = splits[no][0], [no]
        nxt = no + 1
        # (a line of the left card alone, shorter than the gutter, stays in the block)
        while nxt <= len(lines) and (nxt in splits and splits[nxt][0] == col
                                     or lines[nxt - 1].strip() and nxt not in splits and _width(lines[nxt - 1].rstrip()) < col - 2):
            run.append(nxt)
            nxt += 1
        both = [splits[k] for k in run if k in splits]
        alike = sum(1 for _, left, right in both if (a := _LEAD.match(left)) and (b := _LEAD.match(right))
                    and (a.group(0).strip() == b.group(0).strip() or a.group(0)[:1] in "【[" and b.group(0)[:1] in "【["
                         or a.group(0).strip()[:1].isdigit() and b.group(0).strip()[:1].isdigit()))  # fmt: skip
        if len(both) >= _SIDE_MIN and 2 * alike >= len(both):
            for k in run:
                out[k] = (splits[k][1], splits[k][2]) if k in splits else (lines[k - 1].rstrip(), "")
        no = nxt
    return out


_HTML_TABLE = re.compile(r"^\s{0,3}<table\b", re.IGNORECASE)
_HTML_TABLE_MAX = 400  # lines an HTML table inside a Markdown file may take

# TeX math in Markdown ("$$" blocks, "$3$"): the formula in plain signs ("\\frac{A}{B}" -> "A÷B")
# (longer commands first: "\\left" before "\\le")
_TEX_SIGNS = {r"\left": "", r"\right": "", r"\times": "×", r"\div": "÷", r"\cdot": "·", r"\%": "%", r"\leq": "≤",
              r"\geq": "≥", r"\neq": "≠", r"\le": "≤", r"\ge": "≥", r"\pm": "±", r"\,": "", r"\;": "", r"\ ": " "}
_TEX_TEXT = re.compile(r"\\(?:text|mathrm|textrm|mbox|operatorname)\s*\{([^{}]*)\}")
_TEX_FRAC = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_TEX_INLINE = re.compile(r"\$([^$\n]{1,200})\$")


def plain_math(line: str) -> str:
    """"\\text{咨询转化率}=\\frac{\\text{报名人数}}{\\text{咨询人数}}\\times 100\\%" -> "咨询转化率=报名人数÷咨询人数×100%"."""
    if "\\" not in line and "$" not in line:
        return line
    if line.strip() in ("$$", r"\[", r"\]"):
        return ""
    out = _TEX_TEXT.sub(r"\1", line)
    while (folded := _TEX_FRAC.sub(r"\1÷\2", out)) != out:
        out = folded
    for sign, plain in _TEX_SIGNS.items():
        out = out.replace(sign, plain)
    out = _TEX_INLINE.sub(r"\1", out).replace("$$", "")
    return out.strip() if out != line else line


# A site generator's shortcode around a post ('{{< post name="船员培训专员" boss="船员部经理" >}}' …
# '{{< /post >}}'): its name a heading, its other attributes facts (kept when their key is a known label)
_SHORTCODE = re.compile(r"^\s*\{\{[<%]\s*(?P<tag>[\w-]+)(?P<attrs>(?:\s+[\w-]+\s*=\s*\"[^\"]*\")*)\s*[>%]\}\}\s*$")
_SHORTCODE_END = re.compile(r"^\s*\{\{[<%]\s*/[\w-]+\s*[>%]\}\}\s*$")
_SHORTCODE_ATTR = re.compile(r"([\w-]+)\s*=\s*\"([^\"]*)\"")
_NAME_ATTRS = ("name", "title", "post", "role", "position")


def shortcode_units(no: int, line: str, level: int) -> list[Unit] | None:
    if _SHORTCODE_END.match(line):
        return []
    m = _SHORTCODE.match(line)
    if m is None:
        return None
    attrs = _SHORTCODE_ATTR.findall(m["attrs"])
    named = [v for k, v in attrs if k.lower() in _NAME_ATTRS and v.strip()]
    # (a block inside the section's body: below any Markdown heading that may follow, "## 指标口径" ends it)
    units = [Unit(no, named[0].strip(), Hint(heading=min(level + 2, 6)))] if named else []
    return units + [Unit(no, f"{k}：{v}", Hint(meta=True)) for k, v in attrs if k.lower() not in _NAME_ATTRS and v.strip()]


_FRAME_RULE = re.compile(r"^\s*([=\-*~_＝—])\1{5,}\s*$")
_HEADING_ATTRS = re.compile(r"\s*\{\s*[#.][^{}]*\}\s*$")
_MD_DEFINITION = re.compile(r"^:\s+\S")


def _html_part(lines: list[str], start: int, end: int, html: list[str]) -> list[Unit | Table]:
    """Lines ``start``–``end`` of the file written as the HTML ``html`` (line for line), read as HTML;
    their lines are quoted as their text, as an HTML file's are, not as markup."""
    from assistant.ingest.loaders.web import fragment_flow

    part = fragment_flow(html, start)
    shown: dict[int, list[str]] = {}
    for unit in units_of(part):
        shown.setdefault(unit.line_no, []).append(unit.text)
    for k in range(start, end + 1):
        lines[k - 1] = " ".join(dict.fromkeys(shown.get(k, [])))
    return part


def _wiki_flow(lines: list[str]) -> list[Unit | Table]:
    """A MediaWiki page's units: its headings, tables, infobox parameters as "label：value" facts and
    numbered lists; the wiki's switches, comments and template braces are no text. Each line
    rewritten is quoted as what it shows."""
    flow: list[Unit | Table] = []
    table_end = 0
    counters: list[int] = []
    in_comment = False
    for no, line in enumerate(lines, start=1):
        if no <= table_end:
            continue
        stripped = line.strip()
        if in_comment or stripped.startswith("<!--") and "-->" not in stripped:
            in_comment = "-->" not in stripped
            lines[no - 1] = ""
            continue
        entry = wiki.numbered(stripped)
        if entry is None:
            counters = []
        if (found := wiki.heading(stripped)) is not None:
            level, text = found
            lines[no - 1] = text
            flow.append(Unit(no, text, Hint(heading=level)))
        elif wiki.TABLE_START.match(stripped) and (end := wiki.table_end(lines, no)):
            flow.extend(_html_part(lines, no, end, wiki.table_html(lines[no - 1 : end])))
            table_end = end
        elif (param := wiki.template_param(stripped)) is not None:
            key, value, _ = param
            lines[no - 1] = f"{key}：{value}" if value else ""
            if value:
                flow.append(Unit(no, lines[no - 1]))
        elif wiki.template_start(stripped) or wiki.template_end(stripped) or wiki.magic(stripped):
            lines[no - 1] = ""
        elif entry is not None:
            depth, text = entry
            counters = (counters + [0] * depth)[:depth]
            counters[-1] += 1
            lines[no - 1] = f"{counters[-1]}. {text}"
            flow.append(Unit(no, lines[no - 1], Hint(item=True)))
        else:
            text = wiki.inline(line)
            lines[no - 1] = text
            if text.strip():
                flow.append(Unit(no, text))
    return flow


_DIFF_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})\s*(?:diff|patch)\s*$", re.IGNORECASE)
_ANY_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})\s*$")


def _diff_lines(lines: list[str]) -> dict[int, str | None]:
    """The lines of a Markdown ``diff`` block (a change request's "- 直接上级：A" / "+ 直接上级：B"): line
    number -> the line as it now reads, without its mark, or None for a line taken out."""
    out: dict[int, str | None] = {}
    inside = False
    for no, line in enumerate(lines, start=1):
        if not inside:
            inside = bool(_DIFF_FENCE.match(line))
            continue
        if _ANY_FENCE.match(line):
            inside = False
        elif line.startswith("-") and not line.startswith("---"):
            out[no] = None
        elif line.startswith(("+", " ")) and not line.startswith("+++"):
            out[no] = line[1:]
    return out


def _uncommented(line: str, inside: bool) -> tuple[str, bool]:
    """The line without its HTML comments, and whether a comment is still open at its end."""
    out = ""
    while line:
        if inside:
            end = line.find("-->")
            if end < 0:
                return out, True
            line, inside = line[end + 3 :], False
        else:
            start = line.find("<!--")
            if start < 0:
                return out + line, False
            out, line, inside = out + line[:start], line[start + 4 :], True
    return out, inside


def load_text(data: bytes, name: str, digest: str, markdown: bool) -> Source:
    text, encoding, warnings = decode_text(data, name)
    lines = physical_lines(text)
    skip, title, entries = _front_matter(lines) if markdown else (0, None, [])
    # the other entries may be facts of the post ("reports_to = …"); ingest keeps those whose key
    # is a known label and drops the site generator's own ("draft", "weight")
    flow: list = [Unit(no, f"{key.replace('_', ' ')}：{value}", Hint(meta=True)) for no, key, value in entries]
    level = 0  # the last Markdown heading's level
    tab = 0  # the level of the last content tab's title (0: none since that heading)
    wrapped = set() if markdown else _wrapped(lines)
    org = not markdown and _org(lines)
    adoc = not markdown and not org and _asciidoc(lines)
    adoc_end = 0  # last line of an AsciiDoc table read so far
    if not markdown and not org and wiki.is_wiki(lines):
        flow = _wiki_flow(lines)
        doc = LoadedDocument(file=name, lines=lines, encoding=encoding, content_hash=digest, warnings=warnings, title=title)
        return Source(doc=doc, flow=flow, kind="markdown")
    html_end = 0  # last line of an HTML table written into the Markdown
    patched = _diff_lines(lines) if markdown else {}
    in_comment = False  # inside an HTML comment of a Markdown file
    sides = {} if markdown or org or adoc else _side_by_side(lines)
    for no, line in enumerate(lines, start=1):
        if no <= skip or no <= html_end:
            continue  # metadata for tools, not text of the document (its title is kept as the title)
        if no in sides:
            # two cards side by side: the left card's lines, then at the block's end the right card's
            flow.append(Unit(no, sides[no][0]))
            if no + 1 not in sides:
                start = no
                while start - 1 in sides:
                    start -= 1
                flow.extend(Unit(k, sides[k][1]) for k in range(start, no + 1) if sides[k][1])
            continue
        if no in patched:
            if patched[no] is None:
                continue  # "- 直接上级：定检维修部经理" in a change's diff: the line taken out, no longer said
            line = patched[no]
        if markdown and mermaid.FENCE.match(line):
            # a Mermaid flowchart drawing who reports to whom: read as an org chart
            end = next((k for k in range(no + 1, len(lines) + 1) if mermaid.FENCE_END.match(lines[k - 1])), 0)
            chart = mermaid.chart_units(lines[no:end - 1], no + 1) if end else None
            if chart:
                flow.extend(chart)
                html_end = end
                continue
        if markdown and (in_comment or "<!--" in line):
            # "<!-- _class: lead -->", a speaker's notes between "<!--" and "-->": never shown, no text
            line, in_comment = _uncommented(line, in_comment)
            if not line.strip():
                continue
        if markdown:
            line = plain_math(line)
            coded = shortcode_units(no, line, level)
            if coded is not None:
                flow.extend(coded)
                continue
        if markdown and _HTML_TABLE.match(line):
            # "<table><tr><td>所属部门</td>…" inside a Markdown file (Markdown allows HTML): a table
            end = next((k for k in range(no, min(len(lines), no + _HTML_TABLE_MAX) + 1) if "</table>" in lines[k - 1].lower()), 0)
            if end:
                flow.extend(_html_part(lines, no, end, lines[no - 1 : end]))
                html_end = end
                continue
        if org:
            setting, heading, prop = _ORG_SETTING.match(line), _ORG_HEADING.match(line), _ORG_PROPERTY.match(line)
            if setting and setting["key"].upper() == "TITLE" and setting["value"].strip():
                title = title or setting["value"].strip()
                flow.append(Unit(no, title, Hint(heading=1)))  # the document's title, on its own line
            elif setting:
                continue  # "#+AUTHOR:", "#+OPTIONS:": settings for Org's exporter, no text
            elif heading:
                flow.append(Unit(no, heading["text"], Hint(heading=len(heading.group(1)))))
            elif prop:
                flow.append(Unit(no, f"{prop['key'].strip()}：{prop['value'].strip()}"))
            elif not _ORG_DRAWER.match(line):
                flow.append(Unit(no, line, Hint(cont=no in wrapped)))
            continue
        if adoc and (adoc_heading := _ADOC_HEADING.match(line)):
            flow.append(Unit(no, adoc_heading["text"], Hint(heading=len(adoc_heading.group(1)))))
            continue
        if adoc and _ADOC_ATTRIBUTE.match(line):
            continue  # ":author: 车辆技术部", ":toc:": settings for AsciiDoc's processor, no text
        if adoc and line.strip() == "|===" and no > adoc_end:
            end = next((k for k in range(no + 1, len(lines) + 1) if lines[k - 1].strip() == "|==="), 0)
            if end:
                # "|===" … "|学历 |中专及以上" … "|===": a table, a row per line, its cells opened by bars
                table = Table.of_lines([(k, lines[k - 1].strip()[1:].split("|")) for k in range(no + 1, end)
                                        if lines[k - 1].strip().startswith("|")], "markdown", header=True)  # fmt: skip
                if table.width >= 2:
                    flow.append(table)
                    adoc_end = end
                    continue
        if adoc and no <= adoc_end:
            continue  # a line of the table above, or its closing "|==="
        m = _MD_HEADING.match(line) if markdown else None
        if m:
            level, tab = len(m.group(1)), 0
        elif markdown and _MD_SUMMARY.match(line):
            flow.append(Unit(no, line, Hint(heading=min(level + 1, 6))))  # (cleaning drops the tags)
            continue
        elif markdown and _MD_TAB.match(line):
            tab = level + 1
            flow.append(Unit(no, line, Hint(heading=min(tab, 6))))  # (cleaning keeps the quoted title)
            continue
        elif markdown and _MD_CALLOUT.match(line):
            indented = len(line) - len(line.lstrip()) > 0
            flow.append(Unit(no, line, Hint(heading=min((tab if indented and tab else level) + 1, 6))))
            continue
        if m:
            # "## 质检员 {#qc-inspector}": a heading's anchor id is markup, not words of the title
            flow.append(Unit(no, _HEADING_ATTRS.sub("", line), Hint(heading=len(m.group(1)))))
            continue
        if markdown and no < len(lines) and _MD_DEFINITION.match(lines[no]) and line.strip() and len(line.strip()) <= 20 \
                and not _MD_DEFINITION.match(line) and ":" not in line and "：" not in line:
            flow.append(Unit(no, line, Hint(label=True)))  # "学历" over ": 中专及以上": a definition list's term
            continue
        if not markdown and 1 < no < len(lines) and _FRAME_RULE.match(lines[no - 2]) and _FRAME_RULE.match(lines[no]) and line.strip():
            flow.append(Unit(no, line, Hint(heading=2)))  # "====" / "钣喷技师" / "====": a title framed by rules
            continue
        flow.append(Unit(no, line, Hint(cont=no in wrapped)))
    doc = LoadedDocument(file=name, lines=lines, encoding=encoding, content_hash=digest, warnings=warnings, title=title)
    # (Org mode marks its structure as Markdown does: its indentation draws no tree)
    return Source(doc=doc, flow=flow, kind="markdown" if markdown or org or adoc else "text")
