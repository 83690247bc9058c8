"""Independent checker for round9 set: quotes unique in one unit, spans in range, key points in evidence."""
import json, re, sys, unicodedata
from pathlib import Path
import docx, openpyxl, pdfplumber, pypdf
from docx.oxml.ns import qn
C = Path("/work/shared/corpus-extra")
def norm(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
_cache = {}
def units(f):
    if f in _cache: return _cache[f]
    p = C / f
    if f.endswith(".docx"):
        d = docx.Document(p)
        u = ["".join(t.text or "" for t in w.iter(qn("w:t"))) for w in d.element.body.iter(qn("w:p"))]
    elif f.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p)
        u = [str(c.value) for ws in wb for r in ws.iter_rows() for c in r if c.value is not None]
    elif f.endswith(".pdf"):
        with pdfplumber.open(p) as pdf:
            u = [l for pg in pdf.pages for l in (pg.extract_text() or "").splitlines()]
    else:
        raw = p.read_bytes()
        enc = "gbk" if f.startswith("cx10") else "utf-8-sig"
        u = raw.decode(enc).splitlines()
        if f.endswith(".html"): u = [re.sub(r"<[^>]+>", "", x) for x in u]
    _cache[f] = u; return u
_pypdf = None
def ev_text(e):
    u = units(e["file"])
    if "quote" in e:
        q = norm(e["quote"]); hits = [x for x in u if q in norm(x)]
        if len(hits) != 1: raise ValueError(f"quote {e['quote']!r} in {len(hits)} units of {e['file']}")
        if len(q) < 8 and norm(hits[0]) != q: raise ValueError(f"short partial quote {e['quote']!r}")
        if len(q) > 40: raise ValueError(f"long quote {e['quote']!r}")
        if e["file"].endswith(".pdf"):
            global _pypdf
            if _pypdf is None: _pypdf = norm("".join(pg.extract_text() for pg in pypdf.PdfReader(C/e["file"]).pages))
            if q not in _pypdf: raise ValueError(f"pdf quote not in pypdf {e['quote']!r}")
        return hits[0]
    a, b = e["line_start"], e["line_end"]
    if not (1 <= a <= b <= len(u)): raise ValueError(f"span {a}-{b} out of {len(u)} in {e['file']}")
    return "\n".join(u[a-1:b])
def check_part(tag, ev, kps):
    txt = norm("\n".join(ev_text(e) for e in ev))
    for g in kps:
        if not any(norm(k) in txt for k in g): raise ValueError(f"{tag}: key group {g} not in evidence")
    return txt
def main(path):
    bad = 0; n = 0; nt = 0
    for line in open(path, encoding="utf-8"):
        it = json.loads(line); n += 1
        try:
            check_part(it["id"], it["evidence"], it["key_points"])
            for i, t in enumerate(it.get("turns") or []):
                nt += 1
                if t["intent"] == "out_of_scope": assert not t["evidence"] and not t["key_points"]
                else:
                    assert t["evidence"] and 1 <= len(t["key_points"]), f"turn {i} empty"
                    check_part(f"{it['id']} turn{i+1}", t["evidence"], t["key_points"])
            if it.get("tool"):
                for f in it["tool"]["must_cite_files"]:
                    ft = norm("\n".join(units(f)))
                    for nm in it["tool"].get("expected_indicators", []):
                        assert norm(nm) in ft, f"indicator {nm} not in {f}"
        except Exception as ex:
            bad += 1; print("FAIL", it["id"], ex)
    print(f"{n} items, {nt} later turns, {bad} failing")
if __name__ == "__main__": main(sys.argv[1])
