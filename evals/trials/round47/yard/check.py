import sys; sys.path.insert(0,'/tmp/r47code/evals/sets'); import validate as v
from pathlib import Path
ch=v.Checker(); items=v.load(Path('set.jsonl'),ch); c=v.Corpus(Path('/tmp/t47yard/corpus'))
for it in items: ch.item(it,c)
errs=[x for k,x in vars(ch).items() if isinstance(x,list)]
for e in errs:
    for x in e: print(x)
print(v.summary('yard',items))
