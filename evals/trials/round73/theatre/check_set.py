# validates set.jsonl with evals/sets/validate.py (imported unmodified); pdfplumber is shimmed with pypdf lines
import sys, types
from pathlib import Path
sys.path.insert(0, "/tmp/r73code/evals/sets")
from pypdf import PdfReader
shim = types.ModuleType("pdfplumber")
class _Page:
    def __init__(self, p): self.p = p
    def extract_text(self): return self.p.extract_text()
class _Pdf:
    def __init__(self, path): self.pages = [_Page(p) for p in PdfReader(path).pages]
    def __enter__(self): return self
    def __exit__(self, *a): pass
shim.open = _Pdf
sys.modules["pdfplumber"] = shim
import validate as V
corpus = V.Corpus(Path("/tmp/t73theatre/corpus"))
ck = V.Checker()
items = V.load(Path(__file__).with_name("set.jsonl"), ck)
ids = set()
for it in items:
    ck.item(it, corpus)
    if it.id in ids: ck.err(it.id, "dup id")
    ids.add(it.id)
old = V.existing_questions()
for it in items:
    if it.question in old: ck.err(it.id, "question occurs in evals/data")
print(len(items), "items;", len(ck.problems), "problems")
for p in ck.problems: print(p)
