"""Writes ground_truth.txt: the full text of every generated document (docx paragraphs+tables incl. nested,
xlsx cells per sheet, pdf text, text files decoded), i.e. what each document says."""
import sys
from pathlib import Path
import docx, openpyxl, pdfplumber
C = Path("/tmp/t65tour/corpus"); out = []
for f in sorted(C.iterdir()):
    out.append(f"\n######## {f.name}")
    if f.suffix == ".docx":
        d = docx.Document(f)
        for s in d.sections:
            out.append("[页眉] " + s.header.paragraphs[0].text); out.append("[页脚] " + s.footer.paragraphs[0].text)
        body = d.element.body
        for el in body.iter():
            if el.tag.endswith("}p"):
                t = "".join(x.text or "" for x in el.iter() if x.tag.endswith("}t"))
                dl = "".join(x.text or "" for x in el.iter() if x.tag.endswith("}delText"))
                if t.strip(): out.append(t + (f"　〔修订：删除“{dl}”〕" if dl else ""))
    elif f.suffix == ".xlsx":
        wb = openpyxl.load_workbook(f)
        for ws in wb:
            out.append(f"== sheet {ws.title}")
            for row in ws.iter_rows():
                vals = [str(c.value) for c in row if c.value is not None]
                if vals: out.append(" | ".join(vals))
    elif f.suffix == ".pdf":
        with pdfplumber.open(f) as p:
            for pg in p.pages: out.append(pg.extract_text())
    else:
        enc = {"qh09": "gbk", "qh10": "utf-16"}.get(f.name[:4], "utf-8")
        out.append(f"(encoding {enc})"); out.append(f.read_bytes().decode(enc))
Path(__file__).with_name("ground_truth.txt").write_text("\n".join(out), encoding="utf-8")
