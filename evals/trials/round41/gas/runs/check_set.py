import sys, json; sys.path.insert(0,'/tmp/r41code/evals/sets'); import validate
from pathlib import Path
corpus=validate.Corpus(Path('/tmp/t41gas/corpus'))
items=[json.loads(l) for l in open(sys.argv[1])]
bad=0
for d in items:
    ch=validate.Checker()
    try:
        ch.item(validate.Item(**d), corpus)
    except Exception as e:
        print(d['id'], 'EXC', type(e).__name__, str(e)[:80]); continue
    errs=[v for v in vars(ch).values() if isinstance(v,list)]
    for lst in errs:
        for e in lst: print(d['id'], e); bad+=1
print('problems', bad)
