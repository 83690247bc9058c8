"""The chat's HTML: source cards with the quote highlighted, refusals, escaping."""

from __future__ import annotations

from assistant.models import Answer, Citation, Intent
from assistant.ui.render import answer_html, highlight, source_card, sources_html


def test_quote_is_marked_inside_its_passage() -> None:
    out = highlight("第一句。负责客户开发与维护。第三句。", "负责客户开发与维护。")
    assert out == "第一句。<mark>负责客户开发与维护。</mark>第三句。"


def test_quote_matches_across_whitespace_differences() -> None:
    assert "<mark>负责客户\n开发</mark>" in highlight("A负责客户\n开发B", "负责客户 开发")


def test_unmatched_quote_leaves_passage_plain_and_escaped() -> None:
    assert highlight("<b>正文</b>", "别的") == "&lt;b&gt;正文&lt;/b&gt;"


def test_long_context_is_trimmed_but_quote_kept() -> None:
    quote = "关键句" * 10
    out = highlight("前" * 2000 + quote + "后" * 2000, quote)
    assert f"<mark>{quote}</mark>" in out
    assert out.startswith("…") and out.endswith("…") and len(out) < 800


def test_source_card_shows_file_lines_and_escapes() -> None:
    c = Citation(id=2, file="a<b>.txt", line_start=5, line_end=7, quote="x")
    card = source_card(c, "yxz")
    assert "<details" in card and "[2]" in card and "第 5–7 行" in card
    assert "a&lt;b&gt;.txt" in card and "y<mark>x</mark>z" in card


def test_answer_with_sources_and_refusal_styles() -> None:
    c = Citation(id=1, file="f.txt", line_start=3, line_end=3, quote="原文")
    ok = Answer(question="q", intent=Intent.duty, text="职责如下 [1]", citations=[c])
    html = answer_html(ok, lambda cit: "这是原文所在段落")
    assert html.startswith("职责如下 [1]") and "来源 (1)" in html and "<mark>原文</mark>" in html
    refused = Answer(question="q", intent=Intent.out_of_scope, text="知识库中没有相关内容。", refused=True)
    html = answer_html(refused)
    assert 'class="gw-refusal"' in html and "来源" not in html
    assert sources_html([]) == ""
