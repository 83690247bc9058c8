"""Bad inputs, corpus confinement and torn records (issues 11 and 14): a clear Chinese message,
nothing from outside the corpus, and a run that goes on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.ingest.loaders import LoadError, discover_all, load_file, read_source
from assistant.ingest.pipeline import ingest_records
from assistant.ingest.records import RecordsCorrupt, RecordStore

POSTING = "仓库管理员岗位职责:\n1、负责收货;\n2、负责盘点。\n任职要求:\n1、高中以上学历;\n"


def _encrypted_pdf(path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with path.open("wb") as fh:
        writer.write(fh)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.xlsx", b"PK\x03\x04 this is not a workbook", "不是有效的 .xlsx"),
        ("junk.txt", bytes(range(256)) * 40, "二进制"),
        ("junk.csv", b"\x00\x01\x02" * 100, "二进制"),
        ("empty.html", b"<html><body><script>var a=1;</script></body></html>", "没有可读取的文字内容"),
        ("junk.pdf", b"%PDF-1.7\n" + os.urandom(500), "PDF"),
        ("junk.docx", os.urandom(400), "不是有效的 .docx"),
    ],
)
def test_bad_inputs_give_a_clear_message(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError, match=message):
        load_file(path, tmp_path)


def test_encrypted_pdf_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    _encrypted_pdf(path)
    with pytest.raises(LoadError, match="加密"):
        load_file(path, tmp_path)


def test_csv_with_a_broken_quote_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text('岗位,岗位职责\n仓管员,"1、负责收货\n叉车司机,"1、负责装卸;\n2、负责保养。\n', encoding="utf-8")
    source = read_source(path, tmp_path)
    assert any("引号" in w and "第 2 行" in w for w in source.doc.warnings)
    kept = " ".join(getattr(p, "text", "") for p in source.flow)
    assert "2、负责保养。" in kept and len(source.doc.lines) == 4


def test_utf16_with_bom_is_text_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(POSTING.encode("utf-16"))
    doc = load_file(path, tmp_path)
    assert doc.encoding == "utf-16" and doc.lines[1] == "1、负责收货;"


def test_bad_files_do_not_stop_a_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text(POSTING, encoding="utf-8")
    (corpus / "broken.xlsx").write_bytes(b"PK\x03\x04 nope")
    _encrypted_pdf(corpus / "locked.pdf")
    settings = Settings(home=tmp_path / "home", corpus_dir=corpus)
    result, records = ingest_records([corpus], settings, RecordStore(settings.records_dir))
    assert sorted(result.failed) == ["broken.xlsx", "locked.pdf"] and list(records) == ["ok.txt"]
    assert all(r.message for r in result.reports if not r.ok)


def test_symlinks_out_of_the_corpus_are_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "passwd.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text(POSTING, encoding="utf-8")
    (corpus / "leak.txt").symlink_to(secret)
    (corpus / "alias.txt").symlink_to(corpus / "ok.txt")  # a link inside the corpus is fine
    (corpus / "dirlink").symlink_to(outside, target_is_directory=True)
    found = discover_all([corpus])
    assert sorted(f.name for f, _ in found.files) == ["alias.txt", "ok.txt"]
    reasons = dict(found.skipped)
    assert "语料目录之外" in reasons["leak.txt"] and "dirlink" in reasons
    settings = Settings(home=tmp_path / "home", corpus_dir=corpus)
    result, records = ingest_records([corpus], settings, RecordStore(settings.records_dir))
    assert "leak.txt" in result.failed and "leak.txt" not in records
    assert not any("root:x" in c.text for rec in records.values() for c in rec.chunks)
    # Named directly (``gangwei ingest LINK``): still refused, never read.
    direct = discover_all([corpus / "leak.txt"])
    assert not direct.files and "语料目录之外" in direct.skipped[0][1]
    with pytest.raises(LoadError, match="符号链接"):
        read_source(corpus / "leak.txt", corpus)


def _store_with_records(tmp_path: Path) -> tuple[Path, Settings, RecordStore]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(POSTING, encoding="utf-8")
    (corpus / "b.txt").write_text(POSTING.replace("仓库管理员", "收银员"), encoding="utf-8")
    settings = Settings(home=tmp_path / "home", corpus_dir=corpus)
    store = RecordStore(settings.records_dir)
    store.save_all(ingest_records([corpus], settings, store)[1])
    return corpus, settings, store


@pytest.mark.parametrize("damage", ["cut_mid_line", "bad_json_line", "lost_last_line", "torn_marker"])
def test_torn_records_are_detected_and_repaired_by_ingest(tmp_path: Path, damage: str) -> None:
    corpus, settings, store = _store_with_records(tmp_path)
    intact = {p.name: p.read_bytes() for p in settings.records_dir.glob("*.jsonl")}
    target = store.path("files" if damage == "torn_marker" else "chunks")
    data = target.read_bytes()
    if damage in ("cut_mid_line", "torn_marker"):
        target.write_bytes(data[: len(data) - 17])
    elif damage == "bad_json_line":
        lines = data.split(b"\n")
        lines[0] = b'{"id": "x", "text": '
        target.write_bytes(b"\n".join(lines))
    else:
        target.write_bytes(b"\n".join(data.split(b"\n")[:-2]) + b"\n")
    with pytest.raises(RecordsCorrupt, match="gangwei ingest"):
        store.load_all()
    result, records = ingest_records([corpus], settings, store)
    assert result.notes and "损坏" in result.notes[0]
    assert sorted(records) == ["a.txt", "b.txt"]
    store.save_all(records)
    assert {p.name: p.read_bytes() for p in settings.records_dir.glob("*.jsonl")} == intact
