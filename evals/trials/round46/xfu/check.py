import sys; sys.path.insert(0,'/tmp/r46code/evals/sets')
from pathlib import Path
import validate as v
ch=v.Checker(); corpus=v.Corpus(Path('/work/shared/corpus-extra'))
items=v.load(Path('/work/main/evals/trials/round46/xfu/set.jsonl'),ch)
for it in items: ch.item(it,corpus)
errs=[a for a in vars(ch).values() if isinstance(a,list)]
print(len(items)); 
for e in errs: 
    for x in e: print(x)
print(v.formats_of(items)); print(len(v.files_of(items)), sorted(set(f[:4] for f in v.files_of(items))))
