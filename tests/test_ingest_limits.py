"""Bounded ingestion (issue 14.1): every limit is checked early, named in a Chinese message, and a
single file never takes the process down. Peak memory is measured in a subprocess (no timing asserts)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.ingest.loaders import LoadError, load_file
from assistant.ingest.pipeline import process_file

ROOT = Path(__file__).resolve().parents[1]
ONE_GB_KB = 1024 * 1024  # VmHWM is in kilobytes

_PROBE = """
import resource, sys
from pathlib import Path
from assistant.config import Settings
from assistant.ingest.loaders import LoadError, load_file
path = Path(sys.argv[1])
try:
    load_file(path, path.parent, Settings(home=Path(sys.argv[2])))
    print("LOADED")
except LoadError as exc:
    print("REFUSED", exc)
# VmHWM, not ru_maxrss: Linux carries the parent's (pytest's, gigabytes) peak across fork + exec.
status = Path("/proc/self/status")
hwm = [l for l in status.read_text().splitlines() if l.startswith("VmHWM:")] if status.exists() else []
print("PEAK_KB", int(hwm[0].split()[1]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _probe(path: Path, home: Path) -> tuple[str, int]:
    run = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path), str(home)], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert run.returncode == 0, run.stderr
    peak = int(run.stdout.rsplit("PEAK_KB", 1)[1].strip())
    print(f"{path.name}: peak RSS {peak / 1024:.0f} MB")
    return run.stdout, peak


def test_50mb_text_is_refused_by_size_with_low_memory(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    line = ("岗位职责:负责仓库收发货与盘点工作。" * 10 + "\n").encode("utf-8")
    with big.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert big.stat().st_size > 50 * 1024 * 1024
    out, peak = _probe(big, tmp_path / "home")
    assert "REFUSED" in out and "max_file_mb" in out and "MB" in out
    assert peak < ONE_GB_KB


def _zip_bomb_docx(path: Path) -> None:
    """A real .docx whose document.xml inflates to 1.1 GB (about 1 MB on disk)."""
    import docx

    small = path.with_suffix(".small.docx")
    docx.Document().save(str(small))
    block = b"<w:p><w:r><w:t>" + b"a" * (1 << 20) + b"</w:t></w:r></w:p>"
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
        with dst.open("word/document.xml", "w", force_zip64=True) as fh:
            for _ in range(1100):
                fh.write(block)


def test_zip_bomb_docx_is_refused_before_inflating(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    _zip_bomb_docx(bomb)
    assert bomb.stat().st_size < 3 * 1024 * 1024
    out, peak = _probe(bomb, tmp_path / "home")
    assert "REFUSED" in out and "max_unzipped_mb" in out and "压缩炸弹" in out
    assert peak < ONE_GB_KB


def test_too_many_zip_entries(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "many.xlsx"
    openpyxl.Workbook().save(str(path))
    with zipfile.ZipFile(path, "a") as archive:
        for i in range(30):
            archive.writestr(f"xl/extra/{i}.xml", "<x/>")
    with pytest.raises(LoadError, match="max_zip_entries"):
        load_file(path, tmp_path, Settings(home=tmp_path / "h", max_zip_entries=20))


def test_a_5mb_single_line_becomes_citable_pieces(tmp_path: Path) -> None:
    path = tmp_path / "oneline.txt"
    sentence = "仓库管理员负责收货、验收、入库和盘点,并及时登记台账。"
    path.write_text(sentence * (5 * 1024 * 1024 // len(sentence.encode("utf-8")) + 1), encoding="utf-8")
    assert path.stat().st_size > 5 * 1024 * 1024
    settings = Settings(home=tmp_path / "home")
    rec = process_file(path, tmp_path, settings)
    assert rec.chunks, "a long line must not vanish"
    assert all(c.line_start == c.line_end == 1 for c in rec.chunks)
    assert all(len(c.text) <= settings.max_line_chars for c in rec.chunks)
    assert all(sentence in c.text or c.text in sentence * 2 for c in rec.chunks[:50])
    assert any("max_line_chars" in w for w in rec.warnings)


def test_sheet_rows_are_capped_with_a_message(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "指标"
    sheet.append(["指标名称", "权重"])
    for i in range(60):
        sheet.append([f"指标{i}完成率", "5%"])
    path = tmp_path / "rows.xlsx"
    workbook.save(str(path))
    doc = load_file(path, tmp_path, Settings(home=tmp_path / "h", max_sheet_rows=10))
    assert len(doc.lines) == 10
    assert any("max_sheet_rows" in w and "指标" in w for w in doc.warnings)
    assert doc.regions[0].name == "指标" and doc.regions[0].line_end == 10


def _pdf(path: Path, pages: list[str]) -> None:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = DictionaryObject(
        {NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
         NameObject("/BaseFont"): NameObject("/Helvetica")}
    )
    font_ref = writer._add_object(font)
    for text in pages:
        page = writer.add_blank_page(width=300, height=200)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})}
        )
        stream = DecodedStreamObject()
        stream.set_data(f"BT /F1 12 Tf 20 150 Td ({text}) Tj ET".encode())
        page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as fh:
        writer.write(fh)


def test_pdf_pages_are_capped_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    _pdf(path, ["page one text", "page two text", "page three text"])
    doc = load_file(path, tmp_path, Settings(home=tmp_path / "h", max_pdf_pages=2))
    assert "page two text" in doc.lines and "page three text" not in doc.lines
    assert any("max_pdf_pages" in w for w in doc.warnings)
    assert [r.number for r in doc.regions if r.kind == "page"] == [1, 2]
