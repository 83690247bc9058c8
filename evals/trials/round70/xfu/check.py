import sys, json
sys.path.insert(0,'/tmp/r70code/evals/sets')
import validate
from pathlib import Path
c = validate.Checker()
corpus = validate.Corpus(Path('/work/shared/corpus-extra'))
items = validate.load(Path('set.jsonl'), c)
for it in items: c.item(it, corpus)
print('problems:', len(c.problems))
for p in c.problems: print(p)
# duplicate check vs earlier sets (no printing of their contents)
import glob
mine=set()
for it in items:
    mine.add(it.question)
    for t in (it.turns or []): mine.add(t.question)
prior=set()
files=glob.glob('/tmp/r70code/evals/sets/*.jsonl')+glob.glob('/tmp/r70code/evals/data/*.jsonl')+glob.glob('/tmp/r70code/evals/trials/**/*.jsonl',recursive=True)+glob.glob('/work/main/evals/trials/**/*.jsonl',recursive=True)
files=[f for f in files if '/round70/xfu/' not in f]
def walk(o):
    if isinstance(o,dict):
        for k,v in o.items():
            if k in ('question','q','text','ask') and isinstance(v,str): prior.add(v)
            else: walk(v)
    elif isinstance(o,list):
        for v in o: walk(v)
for f in files:
    for line in open(f,encoding='utf-8',errors='ignore'):
        try: walk(json.loads(line))
        except Exception: pass
n=lambda s: validate.norm(s)
pn={n(p) for p in prior}
dups=[q for q in mine if n(q) in pn]
print('files scanned', len(files), 'prior questions', len(prior), 'my questions', len(mine), 'duplicates', len(dups))
print('dup ids:', [it.id for it in items if n(it.question) in pn or any(n(t.question) in pn for t in (it.turns or []))])
print('MY DUP TEXTS:', sorted(dups))
