"""Loaders, bad input, boilerplate cleaning and idempotent, atomic record writes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.ingest.clean import clean_document, is_boilerplate, normalize_line
from assistant.ingest.load import LoadError, load_file
from assistant.ingest.pipeline import ingest_records
from assistant.ingest.records import RecordStore
from assistant.models import LoadedDocument

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
POSTING = "岗位职责:\n1、负责招聘工作;\n2、负责培训体系建设。\n任职要求:\n1、本科及以上学历;\n2、熟悉劳动法。\n"


def test_normalize_line_folds_widths_and_spaces() -> None:
    assert normalize_line("（１）负责　招聘，培训！") == "(1)负责 招聘,培训!"
    assert normalize_line("使用, 并被证明") == "使用,并被证明"
    assert normalize_line("Testing for Competency") == "Testing for Competency"
    assert normalize_line("①常规报告") == "①常规报告"  # circled numbers carry list structure
    assert normalize_line("商业银行 绩效考核方法") == "商业银行 绩效考核方法"
    assert normalize_line("## **岗位职责**") == "岗位职责"  # Markdown marks of uploaded .md files


def test_markdown_posting_becomes_a_profile(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "jd.md").write_text(
        "# 【市场部】品牌专员\n\n## 岗位职责\n\n* 负责品牌推广方案;\n* 负责媒体关系维护。\n\n"
        "## 任职要求\n\n1. 本科及以上学历;\n2. 三年以上品牌工作经验。\n",
        encoding="utf-8",
    )
    settings = Settings(home=tmp_path / "home", corpus_dir=corpus)
    _, records = ingest_records([corpus], settings, RecordStore(settings.records_dir))
    profile = records["jd.md"].profiles[0]
    assert (profile.title, profile.department) == ("品牌专员", "市场部")
    assert [d.text for d in profile.duties] == ["* 负责品牌推广方案;", "* 负责媒体关系维护。"]
    assert [q.span.line_start for q in profile.qualifications] == [10, 11]


@pytest.mark.parametrize(
    "line",
    [
        "HI,欢迎来到好期刊网,发表咨询:400-888-9411 订阅咨询:400-888-1571证券代码(211862)",
        "阅读提示:本篇共有2288个字,预计阅读时间为6分钟,共有261位用户关注,37人点赞!",
        "公司网址:省略/",
        "时间:2023-02-28 15:30:10",
        "文章编号:1003―4625(2007)08―0037―03 中图分类号:F832.33 文献标识码:A",
        "前言:一篇好文章的诞生,需要你不断地搜集资料、整理思路,本站小编为你收集了丰富的主题范文",
    ],
)
def test_boilerplate_lines_are_recognised(line: str) -> None:
    assert is_boilerplate(normalize_line(line))


def test_content_is_not_boilerplate() -> None:
    for line in ("1、负责公司网络系统维护工作;", "客户维度可以选择:市场占有率、客户满意度等。", "时间管理能力强。"):
        assert not is_boilerplate(line)


def test_related_article_list_is_dropped_but_line_numbers_kept() -> None:
    lines = ["正文第一句。", "【客户经理岗位职责】推荐阅读:", "客户经理职责客户经理工作内容09-04", "行业客户经理职责12-20"]
    doc = LoadedDocument(file="x.txt", lines=lines, encoding="utf-8", content_hash="h")
    clean = clean_document(doc)
    assert [(l.line_no, l.text) for l in clean.lines] == [(1, "正文第一句。")]
    assert clean.removed_lines == [2, 3, 4]


def test_html_keeps_original_line_numbers(tmp_path: Path) -> None:
    page = tmp_path / "jd.html"
    page.write_text(
        "<html><head><title>t</title><script>var x=1;</script></head>\n<body>\n<h2>岗位职责</h2>\n"
        "<p>1、负责&amp;招聘</p>\n</body></html>\n",
        encoding="utf-8",
    )
    doc = load_file(page, tmp_path)
    assert doc.lines[2] == "岗位职责"
    assert doc.lines[3] == "1、负责&招聘"
    assert "var x" not in "".join(doc.lines)


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("岗位职责:")
    document.add_paragraph("1、负责招聘工作;")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "学历"
    table.rows[0].cells[1].text = "本科"
    path = tmp_path / "jd.docx"
    document.save(str(path))
    doc = load_file(path, tmp_path)
    # Every paragraph of a table cell is its own citable line; the table is a named region.
    assert doc.lines == ["岗位职责:", "1、负责招聘工作;", "学历", "本科"]
    assert [(r.kind, r.line_start, r.line_end) for r in doc.regions] == [("table", 3, 4)]


def test_pdf_text_is_extracted(tmp_path: Path) -> None:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=300, height=200)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 12 Tf 20 150 Td (KPI weight 100) Tj ET")
    page[NameObject("/Contents")] = writer._add_object(stream)
    path = tmp_path / "kpi.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    assert "KPI weight 100" in "\n".join(load_file(path, tmp_path).lines)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "文件为空"),
        ("blob.txt", b"\x00\x01\x02binary\x00" * 20, "二进制"),
        ("broken.docx", b"PK\x03\x04 this is not a real docx", "不是有效的 .docx"),
        ("broken.pdf", b"%PDF-1.4 garbage", "PDF 无法解析"),
        ("notes.xyz", b"hello", "不支持的文件类型"),
    ],
)
def test_bad_input_gives_a_clear_message(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError, match=message):
        load_file(path, tmp_path)


def test_gb18030_file_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(POSTING.encode("gb18030"))
    doc = load_file(path, tmp_path)
    assert doc.encoding == "gb18030"
    assert doc.lines[1] == "1、负责招聘工作;"
    assert "GB18030" in doc.warnings[0]


def _mixed_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "004_ac9c22820f98b245.txt", corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blob.txt").write_bytes(b"\x00\xff" * 50)
    (corpus / "broken.docx").write_bytes(b"not a zip")
    (corpus / "gbk.txt").write_bytes(("【行政部】行政助理\n" + POSTING).encode("gb18030"))
    return corpus


def test_bad_files_do_not_stop_the_run_and_reruns_are_byte_identical(tmp_path: Path) -> None:
    corpus = _mixed_corpus(tmp_path)
    settings = Settings(home=tmp_path / "home", corpus_dir=corpus)
    store = RecordStore(settings.records_dir)
    result, records = ingest_records([corpus], settings, store)
    assert sorted(result.failed) == ["blob.txt", "broken.docx", "empty.txt"]
    assert sorted(result.added) == ["004_ac9c22820f98b245.txt", "gbk.txt"]
    store.save_all(records)
    first = {p.name: p.read_bytes() for p in settings.records_dir.glob("*.jsonl")}
    profile = next(p for p in store.load_profiles() if p.title == "行政助理")
    assert [d.text for d in profile.duties] == ["1、负责招聘工作;", "2、负责培训体系建设。"]

    # Re-ingest from scratch into a second home: identical bytes.
    settings2 = Settings(home=tmp_path / "home2", corpus_dir=corpus)
    store2 = RecordStore(settings2.records_dir)
    _, records2 = ingest_records([corpus], settings2, store2)
    store2.save_all(records2)
    assert {p.name: p.read_bytes() for p in settings2.records_dir.glob("*.jsonl")} == first

    # Re-ingest into the same home: everything unchanged, nothing rewritten.
    result3, records3 = ingest_records([corpus], settings, store)
    assert sorted(result3.unchanged) == ["004_ac9c22820f98b245.txt", "gbk.txt"] and not result3.changed
    store.save_all(records3)
    assert {p.name: p.read_bytes() for p in settings.records_dir.glob("*.jsonl")} == first


def test_removed_file_leaves_the_records(tmp_path: Path) -> None:
    corpus = _mixed_corpus(tmp_path)
    settings = Settings(home=tmp_path / "home", corpus_dir=corpus)
    store = RecordStore(settings.records_dir)
    store.save_all(ingest_records([corpus], settings, store)[1])
    (corpus / "gbk.txt").unlink()
    result, records = ingest_records([corpus], settings, store)
    assert result.removed == ["gbk.txt"] and "gbk.txt" not in records


def test_cli_ingest_reports_bad_files_and_exit_codes(tmp_path: Path, embed_cache_dir: Path) -> None:
    corpus = _mixed_corpus(tmp_path)
    env = {
        "GANGWEI_HOME": str(tmp_path / "home"),
        "GANGWEI_CORPUS_DIR": str(tmp_path / "kb"),
        "GANGWEI_EMBED_CACHE_DIR": str(embed_cache_dir),  # vectors shared with the other tests
        "HF_HUB_OFFLINE": "1",
        "PATH": "/usr/bin:/bin",
    }
    run = subprocess.run(
        [sys.executable, "-m", "assistant", "ingest", str(corpus)], capture_output=True, text=True, env=env
    )
    out = run.stdout + run.stderr
    assert run.returncode == 0, out
    assert "文件为空" in out and "二进制" in out and "用时" in out
    # Files from outside the corpus directory are copied in (unreadable ones are not kept), so a
    # later plain `gangwei ingest` keeps them instead of deleting them from the knowledge base.
    kept = sorted(p.name for p in (tmp_path / "kb" / "corpus").iterdir())
    assert kept == ["004_ac9c22820f98b245.txt", "gbk.txt"]
    again = subprocess.run([sys.executable, "-m", "assistant", "ingest"], capture_output=True, text=True, env=env)
    assert again.returncode == 0 and "删除 0" in again.stdout, again.stdout + again.stderr
    only_bad = tmp_path / "bad"
    only_bad.mkdir()
    (only_bad / "empty.txt").write_bytes(b"")
    env["GANGWEI_HOME"] = str(tmp_path / "home3")
    env["GANGWEI_CORPUS_DIR"] = str(tmp_path / "kb3")
    run = subprocess.run(
        [sys.executable, "-m", "assistant", "ingest", str(only_bad)], capture_output=True, text=True, env=env
    )
    assert run.returncode != 0
    assert "文件为空" in run.stdout + run.stderr


def test_changed_pipeline_settings_reprocess_unchanged_files(tmp_path: Path) -> None:
    """Records made by other chunking settings (or older ingestion code) are not silently kept."""
    corpus = _mixed_corpus(tmp_path)
    settings = Settings(home=tmp_path / "home", corpus_dir=corpus)
    store = RecordStore(settings.records_dir)
    store.save_all(ingest_records([corpus], settings, store)[1])
    again, _ = ingest_records([corpus], settings, store)
    assert not again.changed
    smaller = Settings(home=tmp_path / "home", corpus_dir=corpus, chunk_size=200)
    result, records = ingest_records([corpus], smaller, store)
    assert sorted(result.updated) == ["004_ac9c22820f98b245.txt", "gbk.txt"]
    assert len(records["004_ac9c22820f98b245.txt"].chunks) > len(store.load_all()["004_ac9c22820f98b245.txt"].chunks)
