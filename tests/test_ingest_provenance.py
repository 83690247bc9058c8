"""Exact provenance for every format: every quoted piece occurs in the line(s) it cites.

Each format's lines are read here *independently* of the loaders (python-docx paragraphs,
openpyxl cells, pdfplumber text, raw text lines with tags stripped), then every chunk line,
block line, profile item line and KPI sentence line must occur (after ``normalize_line``) in one of
the lines of its cited span.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.ingest.clean import normalize_line
from assistant.ingest.pipeline import ingest_records
from assistant.ingest.records import FileRecords, RecordStore

ROOT = Path(__file__).resolve().parents[1]
EXTRA = ROOT.parent / "shared" / "corpus-extra"
_INLINE = r"a|b|i|u|em|strong|span|font|small|sup|sub|label|code|abbr|s|strike|mark|q|cite|big"


def _text_lines(path: Path) -> list[str]:
    data = path.read_bytes()
    codecs = ("utf-16",) if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "gb18030")
    for codec in codecs:
        try:
            text = data.decode(codec)
            break
        except UnicodeDecodeError:
            continue
    lines = re.split(r"\r\n|\r|\n", text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def _html_lines(path: Path) -> list[str]:
    out = []
    for line in _text_lines(path):
        line = re.sub(rf"</?(?:{_INLINE})\b[^>]*>", "", line, flags=re.IGNORECASE)
        out.append(html.unescape(re.sub(r"<[^>]*>", " ", line)))
    return out


def _docx_lines(path: Path) -> list[str]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []

    def table(t: Table) -> None:
        for row in t.rows:
            for tc in row._tr.tc_lst:
                if tc.vMerge == "continue":
                    continue  # a merged cell is counted once
                for child in tc.iterchildren():
                    tag = child.tag.rsplit("}", 1)[-1]
                    if tag == "p":
                        lines.append(Paragraph(child, t).text.replace("\n", " "))
                    elif tag == "tbl":
                        table(Table(child, t))

    document = docx.Document(str(path))
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text.replace("\n", " "))
        else:
            table(block)
    return lines


def _xlsx_lines(path: Path) -> list[str]:
    import openpyxl

    lines: list[str] = []
    workbook = openpyxl.load_workbook(path, data_only=True)
    for ws in workbook.worksheets:
        rows = []
        for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
            values = []
            for cell in row:
                v = cell.value
                if v is None:
                    continue
                v = str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)
                values.append(" ".join(p.strip() for p in v.split("\n") if p.strip()))
            rows.append(" | ".join(x for x in values if x.strip()))
        while rows and not rows[-1]:
            rows.pop()
        lines.extend(rows)
    return lines


def _pdf_lines(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [line for page in pdf.pages for line in (page.extract_text() or "").splitlines() if line.strip()]


def independent_lines(path: Path) -> list[str]:
    suffix = path.suffix.lower()
    reader = {".docx": _docx_lines, ".xlsx": _xlsx_lines, ".pdf": _pdf_lines, ".html": _html_lines,
              ".htm": _html_lines}.get(suffix, _text_lines)
    return [normalize_line(line) for line in reader(path)]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check(rec: FileRecords, path: Path) -> int:
    original = independent_lines(path)
    pdf = path.suffix.lower() == ".pdf"
    checked = 0

    def occurs(piece: str, start: int, end: int, what: str) -> None:
        nonlocal checked
        window = original[start - 1 : end]
        # pdfplumber may space a line differently from the text-line extractor; letters must agree.
        ok = any(piece in line for line in window) or (pdf and any(_squash(piece) in _squash(l) for l in window))
        assert ok, (rec.file, what, start, end, piece[:80])
        checked += 1

    for chunk in rec.chunks:
        for piece in chunk.text.split("\n"):
            occurs(piece, chunk.line_start, chunk.line_end, "chunk")
    for article in rec.articles:
        for section in article.sections:
            for block in section.blocks:
                for no, piece in block.numbered_lines():
                    occurs(piece, no, no, "block")
    for profile in rec.profiles:
        items = profile.duties + profile.qualifications + profile.kpis + profile.purpose + profile.benefits
        for item in items + list(profile.fields.values()):
            for piece in item.text.split("\n"):
                occurs(piece, item.span.line_start, item.span.line_end, "profile item")
    for entry in rec.kpis:
        for piece in entry.sentence.split("\n"):
            occurs(piece, entry.span.line_start, entry.span.line_end, "kpi")
        if entry.origin == "table":  # prose names are canonical forms ("访问的成功率" -> 访问成功率)
            occurs(entry.name.split("\n")[0], entry.span.line_start, entry.span.line_end, "kpi name")
    return checked


def _ingest(root: Path, home: Path) -> dict[str, FileRecords]:
    settings = Settings(home=home, corpus_dir=root)
    return ingest_records([root], settings, RecordStore(settings.records_dir))[1]


def test_shipped_corpus_provenance(tmp_path: Path) -> None:
    corpus = ROOT / "corpus"
    records = _ingest(corpus, tmp_path)
    assert sum(check(rec, corpus / name) for name, rec in records.items()) > 2000


@pytest.mark.skipif(not EXTRA.is_dir(), reason="shared/corpus-extra is not present")
def test_every_format_of_corpus_extra_is_exact(tmp_path: Path) -> None:
    records = _ingest(EXTRA, tmp_path)
    suffixes = set()
    for name, rec in records.items():
        assert check(rec, EXTRA / name) > 0 or not rec.chunks
        suffixes.add(Path(name).suffix)
    assert {".docx", ".xlsx", ".csv", ".html", ".pdf", ".md", ".txt"} <= suffixes


def _merged_docx(path: Path) -> None:
    """A 岗位说明书 table with a horizontal and a vertical merge, a nested table and numbering."""
    import docx

    document = docx.Document()
    document.add_paragraph("某科技有限公司岗位说明书")
    table = document.add_table(rows=4, cols=4)
    cells = [["岗位名称", "运维工程师", "所属部门", "技术部"], ["直接上级", "技术总监", "", ""],
             ["岗位职责", "1、负责服务器巡检;", "", ""], ["", "", "", ""]]
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(1, 1).merge(table.cell(1, 3))
    duty = table.cell(2, 1).merge(table.cell(2, 3))
    duty.add_paragraph("2、负责故障处理;")
    label = table.cell(2, 0).merge(table.cell(3, 0))
    assert label.text == "岗位职责"
    nested = table.cell(3, 1).add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "学历"
    nested.cell(0, 1).text = "本科"
    document.add_paragraph("任职要求", style="Heading 2")
    document.add_paragraph("熟悉 Linux 运维", style="List Number")
    document.add_paragraph("有值班经验", style="List Number")
    document.save(str(path))


def test_synthetic_layouts_keep_exact_lines(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _merged_docx(corpus / "ops.docx")
    (corpus / "minified.html").write_text(
        "<html><body><nav><a href='#'>首页</a><a href='#'>招聘</a></nav><h2>岗位职责</h2><dl><dt>1.</dt><dd>负责巡检;</dd>"
        "<dt>2.</dt><dd>负责 &amp; 记录;</dd></dl><h2>任职要求</h2><ul><li>本科;</li><li>两年经验。</li></ul></body></html>",
        encoding="utf-8",
    )
    (corpus / "utf16.txt").write_bytes("仓库管理员岗位职责\n1、负责入库;\n2、负责盘点。\n".encode("utf-16"))
    (corpus / "jobs.csv").write_text(
        '岗位,岗位职责\n仓管员,"1、负责收货;\n2、负责发货。"\n叉车司机,"1、负责装卸;\n\n2、负责保养。"\n', encoding="utf-8"
    )
    records = _ingest(corpus, tmp_path / "home")
    for name, rec in records.items():
        check(rec, corpus / name)
    doc = records["ops.docx"]
    profile = doc.profiles[0]
    assert (profile.title, profile.department, profile.reports_to) == ("运维工程师", "技术部", "技术总监")
    assert [d.text for d in profile.duties] == ["1、负责服务器巡检;", "2、负责故障处理;"]
    assert any(q.category == "education" for q in profile.qualifications)
    assert [q.text for q in profile.qualifications if q.category != "education"] == ["熟悉 Linux 运维", "有值班经验"]
    html_rec = records["minified.html"]
    items = [b for a in html_rec.articles for s in a.sections for b in s.blocks if b.type.value == "item"]
    assert [(b.marker, b.text) for b in items][:2] == [("1.", "负责巡检;"), ("2.", "负责 & 记录;")]
    assert not any(b.type.value == "heading" and b.text == "1." for a in html_rec.articles for s in a.sections for b in s.blocks)
    assert "首页" not in "\n".join(c.text for c in html_rec.chunks)
    assert records["utf16.txt"].encoding == "utf-16" and records["utf16.txt"].profiles[0].title == "仓库管理员"
    jobs = {p.title: p for p in records["jobs.csv"].profiles}
    assert [d.span.line_start for d in jobs["叉车司机"].duties] == [4, 6]
