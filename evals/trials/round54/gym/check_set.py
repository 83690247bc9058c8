import sys, json, glob
from pathlib import Path
sys.path.insert(0,'/tmp/r54code/evals/sets')
import validate as V
_orig = V.Doc.__init__
def patched(self, path):
    b = Path(path).read_bytes()
    if b[:2] in (b'\xff\xfe', b'\xfe\xff'):
        self.path=Path(path); self.suffix=self.path.suffix.lower(); self.units=[]; self.loader_text=""
        self.lines=b.decode('utf-16').splitlines(); self.norm_units=[]
    else:
        _orig(self, path)
V.Doc.__init__ = patched
ck = V.Checker()
items = V.load(Path(sys.argv[1]), ck)
corpus = V.Corpus(Path('/tmp/t54gym/corpus'))
ids=set()
for it in items:
    if it.id in ids: ck.err(it.id,'dup id')
    ids.add(it.id)
    ck.item(it, corpus)
print(len(items),'items;', len(ck.problems),'problems')
for p in ck.problems: print(' ', p)
# duplicate check vs earlier sets (code only; print ids only)
mine = {it.question for it in items} | {t.question for it in items for t in (it.turns or [])}
hits=0
for f in glob.glob('/tmp/r54code/evals/**/*.jsonl', recursive=True):
    for line in open(f, encoding='utf-8'):
        try: o=json.loads(line)
        except Exception: continue
        qs=[o.get('question')]+[t.get('question') for t in (o.get('turns') or []) if isinstance(t,dict)]
        for qq in qs:
            if qq in mine: hits+=1
print('exact duplicates vs earlier sets:', hits)
from collections import Counter
c=Counter()
for f in glob.glob('/tmp/r54code/evals/**/*.jsonl', recursive=True):
    for line in open(f, encoding='utf-8'):
        try: o=json.loads(line)
        except Exception: continue
        qs=[o.get('question')]+[t.get('question') for t in (o.get('turns') or []) if isinstance(t,dict)]
        for qq in qs:
            if qq in mine: c[qq]+=1
print(c)
