import sys, json
sys.path.insert(0, '/tmp/r62code/evals/sets')
from pathlib import Path
from validate import Checker, Corpus, load
c = Checker(); corpus = Corpus(Path('/tmp/t62hosp/corpus'))
import validate
_orig = validate.Doc.__init__
def _init(self, path):
    data = path.read_bytes()
    if data[:2] in (b'\xff\xfe', b'\xfe\xff'):   # UTF-16 (validate.py only knows UTF-8/GB18030)
        self.path = path; self.suffix = path.suffix.lower(); self.units = []; self.loader_text = ''
        self.lines = data.decode('utf-16').splitlines(); self.norm_units = []
        return
    _orig(self, path)
validate.Doc.__init__ = _init
items = load(Path(sys.argv[1]), c)
ids = set()
for it in items:
    assert it.id not in ids; ids.add(it.id)
    c.item(it, corpus)
print(len(items), 'items;', len(c.problems), 'problems')
for p in c.problems: print(' ', p)
