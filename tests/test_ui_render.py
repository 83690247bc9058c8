"""The UI's HTML (pure functions): source cards people can follow, clickable [n], plain-text copy,
inline status lines with suggestions, "查看原文", tool panels — and escaping of document text in all."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.models import Answer, Chunk, Citation, Hit, Intent, Passage, SectionKind
from assistant.text import escape_md
from assistant.ui import render

PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")
EVIL = "岗位" + "".join(PAYLOADS)


def no_payload(html: str) -> None:
    for p in PAYLOADS:
        assert p not in html
    assert "onerror=alert(1)>" not in html and "<script" not in html and "<img" not in html


def cite(cid: int = 1, **kw) -> Citation:
    values = dict(id=cid, file="004_ac9c22820f98b245.txt", line_start=12, line_end=14, quote="负责客户开发",
                  title="客户经理岗位职责(共13篇)", organisation="一德期货", role="大客户经理", location="第 12–14 行")  # fmt: skip
    values.update(kw)
    return Citation(**values)


def test_quote_is_marked_inside_its_passage() -> None:
    out = render.highlight("第一句。负责客户开发与维护。第三句。", "负责客户开发与维护。")
    assert out == "第一句。<mark>负责客户开发与维护。</mark>第三句。"
    assert "<mark>负责客户\n开发</mark>" in render.highlight("A负责客户\n开发B", "负责客户 开发")
    assert render.highlight("<b>正文</b>", "别的") == "&lt;b&gt;正文&lt;/b&gt;"
    quote = "关键句" * 10
    out = render.highlight("前" * 2000 + quote + "后" * 2000, quote)
    assert f"<mark>{quote}</mark>" in out and out.startswith("…") and out.endswith("…") and len(out) < 800


def test_source_card_names_the_document_and_where_and_opens_the_original() -> None:
    card = render.source_card(cite(2), "前文\n负责客户开发与维护\n后文", scope="t7")
    assert '<details class="gw-src gw-c-2" id="gw-src-t7-2">' in card
    assert "《客户经理岗位职责(共13篇)》（一德期货 · 大客户经理）" in card and "第 12–14 行" in card
    assert "<mark>负责客户开发</mark>" in card and "\n" not in card  # one line: safe inside Markdown
    view = card.split('class="gw-view" id="', 1)[1].split('"', 1)[0]
    assert render.parse_view_id(view) == ("004_ac9c22820f98b245.txt", 12, 14, None)
    sheet = render.source_card(cite(3, file="cx04.xlsx", location="工作表「人力资源部KPI」第 4 行"), None)
    assert "工作表「人力资源部KPI」第 4 行" in sheet


def test_card_escapes_document_text() -> None:
    card = render.source_card(cite(1, title=EVIL, quote=EVIL, role=EVIL), f"前{EVIL}后")
    no_payload(card)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in card


def test_view_and_suggest_ids_reject_junk() -> None:
    for bad in ("gw-view-zz-1-2", "gw-view-41-1", "gw-view-41-1-2-3-4", "x", "", "gw-view-" + "4" * 3000 + "-1-1"):
        assert render.parse_view_id(bad) is None
    assert render.parse_view_id(render.view_id("a/b c.txt", 3, 5, 24)) == ("a/b c.txt", 3, 5, 24)
    assert render.parse_suggest_id("gw-suggest-kpi-" + render.hexid("客户经理")) == ("kpi", "客户经理")
    assert render.parse_suggest_id("gw-suggest-kpi-zz") is None


def test_markers_become_clickable_but_escaped_document_brackets_do_not() -> None:
    text = "负责开发 [1][2]；原文写着 " + escape_md("[3]")
    out = render.link_markers(text)
    assert out.count('class="gw-cite') == 2 and 'gw-c-1"' in out and 'gw-c-2"' in out
    assert "\\[3\\]" in out


def test_answer_html_keeps_document_text_escaped_and_carries_the_plain_text() -> None:
    c = cite(1, quote=EVIL)
    text = f"**大客户经理**的岗位职责：\n1. {escape_md(EVIL)} [1]\n2. 负责 \\*重点\\* 客户 [1]"
    answer = Answer(question="q", intent=Intent.duty, text=text, citations=[c])
    html = render.answer_html(answer, turn_id=42, passage=lambda _: f"上文{EVIL}下文")
    no_payload(html)
    assert 'class="gw-msg gw-scope" id="gw-turn-t42"' in html
    assert 'id="gw-fb-up-42"' in html and 'id="gw-fb-down-42"' in html and 'class="gw-copy"' in html
    assert "<strong>大客户经理</strong>" in html and 'gw-c-1"' in html
    plain = html.split('<div class="gw-plain" hidden>', 1)[1].split("</div>", 1)[0]
    assert "\n" not in plain and "&#10;" in plain  # newlines survive as characters, not as Markdown breaks
    refused = Answer(question="q", intent=Intent.out_of_scope, text="知识库中没有相关内容。", refused=True)
    html = render.answer_html(refused, turn_id=1)
    assert 'class="gw-refusal"' in html and "gw-sources" not in html and "gw-tool" not in html
    kpi = Answer(question="q", intent=Intent.kpi_design, text="表", tool="kpi_design")
    html = render.answer_html(kpi, turn_id=5)
    assert 'id="gw-tool-export-5-xlsx"' in html and 'id="gw-tool-export-5-csv"' in html and 'id="gw-tool-open-5"' in html


def test_plain_text_for_the_clipboard_has_no_markup() -> None:
    text = "> 注：说明\n\n# 标题\n**岗位**（《文》）的职责：\n1. 负责 " + escape_md("a*b|c<d>") + " [1]\n\n| 序号 | 指标 |\n|---|---|\n| 1 | 客户满意度 |"
    plain = render.plain_answer(text, [cite(1, quote="负责<客户>开发")])
    assert "**" not in plain and "\\" not in plain and "|" not in plain.replace("a*b|c", "")
    assert "注：说明" in plain and "标题" in plain and "负责 a*b|c<d> [1]" in plain
    assert "1\t客户满意度" in plain and "---" not in plain
    assert plain.endswith("[1] 《客户经理岗位职责(共13篇)》（一德期货 · 大客户经理） 第 12–14 行：“负责<客户>开发”")
    assert "004_ac9c" not in plain  # people get the document title, not the hashed file name


def test_status_line_is_escaped_and_turns_suggestions_into_buttons() -> None:
    html = render.status_html("知识库中没有「<b>x</b>」的岗位资料。您是不是要找：「客户经理」、「大客户经理」", suggestions=["客户经理"], target="kpi")
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    assert html.count('class="gw-suggest"') == 2 and "您是不是要找：</span>" in html
    assert "「大客户经理」" not in html  # the list moved into buttons
    ids = [part.split('"', 1)[0] for part in html.split('id="')[1:]]
    assert [render.parse_suggest_id(i) for i in ids] == [("kpi", "客户经理"), ("kpi", "大客户经理")]
    no_payload(render.status_html(EVIL, suggestions=[EVIL], target="jd"))
    assert 'role="alert"' in render.status_html("错") and render.status_html("") == ""


def test_viewer_marks_the_cited_lines_and_escapes_them() -> None:
    view = SimpleNamespace(file="a.txt", title=EVIL, line_start=3, line_end=4, location="第 3–4 行",
                           lines=[(1, "前言"), (2, ""), (3, EVIL), (4, "第四行"), (5, "后文")])  # fmt: skip
    html = render.viewer_html(view, nonce=7, context=8)
    no_payload(html)
    assert html.count('class="gw-line-cited"') == 2 and '<td class="gw-ln">2</td>' not in html  # blank line left out
    assert 'id="gw-viewer-7"' in html and "gw-viewer-close" in html and render.view_id("a.txt", 3, 4, 24) in html
    no_payload(render.viewer_error_html(EVIL, 1))


def test_tool_panels_and_knowledge_base_views_escape_document_text() -> None:
    c = cite(1, quote=EVIL, title=EVIL)
    design = SimpleNamespace(explanation=f"说明{EVIL}[1]", indicators=[SimpleNamespace(derivation=EVIL, citations=[1])],
                             notes=[EVIL], citations=[c])  # fmt: skip
    html = render.kpi_explain_html(design, lambda _: EVIL)
    no_payload(html)
    assert 'gw-c-1"' in html and 'class="gw-scope gw-explain"' in html
    draft = SimpleNamespace(notes=[SimpleNamespace(note=EVIL, applied=True, detail=EVIL), SimpleNamespace(note="侧重财富管理", applied=False, detail="没有提到")],
                            warnings=[EVIL])  # fmt: skip
    html = render.jd_notes_html(draft)
    no_payload(html)
    assert "✓ 已采用" in html and "✗ 未采用「侧重财富管理」" in html
    flag = SimpleNamespace(letter="S", name="具体", ok=False, reason=EVIL, suggestion=EVIL)
    report = SimpleNamespace(text=EVIL, flags=[flag], rewrite=EVIL, suggested=EVIL, suggested_from="knowledge_base", note=EVIL,
                             citations=[c], passed=False)  # fmt: skip
    no_payload(render.smart_html(report))
    chunk = Chunk(id="c1", text=EVIL, file="x.md", line_start=3, line_end=5, article_id="a", article_title=EVIL,
                  section_kind=SectionKind.duties, role=EVIL, content_hash="h")  # fmt: skip
    hit = Hit(rank=1, score=0.0421, chunk=chunk, signals={"rank_dense": 2, "dense_sim": 0.91, "rank_bigram": 1, "bigram": 3.2, "rank_item": 3, "item": 5.5, "boost": 1.0})
    html = render.hits_html([hit], {"x.md": EVIL})
    no_payload(html)
    assert "综合得分 <b>0.0421</b>" in html and "第 2 名（0.910）" in html and "第 1 名（3.20）" in html and "分词：未检出" in html and "逐条：第 3 名（5.50）" in html
    assert "岗位职责" in html  # the section kind in Chinese
    around = hit.model_copy(update={"passage": Passage(file="x.md", line_start=1, line_end=9, text=f"{EVIL}\n{EVIL}\n下一条")})
    html = render.hits_html([around], {"x.md": EVIL})
    no_payload(html)
    assert "所在段落" in html and "<mark>" in html and "下一条" in html  # the passage, the hit's lines marked
    info = SimpleNamespace(title=EVIL, file="x.md", articles=1, profiles=1, chunks=2, kpis=1, warnings=[EVIL])
    item = SimpleNamespace(text=EVIL, span=SimpleNamespace(file="x.md", line_start=4, line_end=4))
    profile = SimpleNamespace(title=EVIL, organisation=EVIL, department=None, reports_to=None, duties=[item], qualifications=[], kpis=[],
                              span=SimpleNamespace(file="x.md", line_start=1, line_end=9))  # fmt: skip
    entry = SimpleNamespace(name=EVIL, bsc=None, dimension=EVIL, weight=10.0, formula=EVIL, definition=None, department=EVIL, roles=[],
                            span=SimpleNamespace(file="x.md", line_start=7, line_end=7))  # fmt: skip
    html = render.document_html(info, [profile], [entry])
    no_payload(html)
    assert "岗位画像（1）" in html and "KPI 条目（1）" in html and "10%" in html
    stats = SimpleNamespace(files=2, articles=3, roles=4, profiles=5, kpi_indicators=6, kpis=9, chunks=10,
                            sections_by_kind={"duties": 1}, removed_boilerplate_lines=0)  # fmt: skip
    html = render.stats_html(stats)
    assert "KPI 指标" in html and "提及 9 次" in html and "岗位职责 1" in html
