"""Shared helpers for the round-4 corpus generators: docx JD grids, minimal CJK PDF writer, xlsx, csv."""
import csv, os
from docx import Document
from docx.shared import Pt
import openpyxl


def docx_grid(path, title, rows, note=None):
    """rows: list of tuples. ('L', label, value, label2, value2) 4-col row; ('W', label, text) label + merged value
    over 3 cells; ('S', text) full-width section title row."""
    d = Document()
    d.add_heading(title, level=1)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        if r[0] == "L":
            for i, v in enumerate(r[1:5]):
                cells[i].text = v
        elif r[0] == "W":
            cells[0].text = r[1]
            m = cells[1].merge(cells[3])
            lines = r[2] if isinstance(r[2], list) else [r[2]]
            m.text = lines[0]
            for ln in lines[1:]:
                m.add_paragraph(ln)
        elif r[0] == "S":
            m = cells[0].merge(cells[3])
            m.text = r[1]
    if note:
        d.add_paragraph(note)
    d.save(path)


def docx_multi(path, title, jds, intro=None):
    d = Document()
    d.add_heading(title, level=1)
    if intro:
        d.add_paragraph(intro)
    for jtitle, rows in jds:
        d.add_heading(jtitle, level=2)
        t = d.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        for r in rows:
            cells = t.add_row().cells
            if r[0] == "L":
                for i, v in enumerate(r[1:5]):
                    cells[i].text = v
            elif r[0] == "W":
                cells[0].text = r[1]
                m = cells[1].merge(cells[3])
                lines = r[2] if isinstance(r[2], list) else [r[2]]
                m.text = lines[0]
                for ln in lines[1:]:
                    m.add_paragraph(ln)
            elif r[0] == "S":
                m = cells[0].merge(cells[3])
                m.text = r[1]
        d.add_paragraph("")
    d.save(path)


def xlsx(path, sheets):
    """sheets: list of (name, rows, merges) ; rows list of lists; merges list of 'A2:A4'."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows, merges in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
        for m in merges:
            ws.merge_cells(m)
    wb.save(path)


def write_csv(path, header, rows, encoding="utf-8-sig"):
    with open(path, "w", newline="", encoding=encoding) as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def _ucs2(s):
    return "".join("%04X" % ord(c) for c in s)


def pdf(path, pages):
    """Minimal PDF with the non-embedded Adobe CID font STSong-Light (UniGB-UCS2-H) and a ToUnicode map.
    pages: list of list of (size, text) lines."""
    objs = []
    def add(b):
        objs.append(b)
        return len(objs)
    # ToUnicode: identity for UCS2 codes
    ranges = "\n".join("<%02X00> <%02XFF> <%02X00>" % (h, h, h) for h in range(0x4E, 0xA0)) + "\n" + \
        "\n".join("<%02X00> <%02XFF> <%02X00>" % (h, h, h) for h in list(range(0x00, 0x04)) + [0x20, 0x30, 0xFF])
    n = ranges.count("\n") + 1
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def "
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            f"{n} beginbfrange\n{ranges}\nendbfrange endcmap CMapName currentdict /CMap defineresource pop end end")
    tu = add(f"<< /Length {len(cmap.encode())} >>\nstream\n{cmap}\nendstream")
    desc = add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    cid = add(f"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor {desc} 0 R /DW 1000 >>")
    font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [{cid} 0 R] >>")
    page_ids = []
    pages_id_placeholder = len(objs) + 1 + 2 * len(pages)
    for pg in pages:
        y = 800
        parts = []
        for size, text in pg:
            parts.append(f"BT /F1 {size} Tf 50 {y} Td <{_ucs2(text)}> Tj ET")
            y -= size + 8
        stream = "\n".join(parts)
        c = add(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        p = add(f"<< /Type /Page /Parent {pages_id_placeholder} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {c} 0 R >>")
        page_ids.append(p)
    pid = add("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{p} 0 R" for p in page_ids), len(page_ids)))
    assert pid == pages_id_placeholder
    cat = add(f"<< /Type /Catalog /Pages {pid} 0 R >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root {cat} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    open(path, "wb").write(bytes(out))
