import sys; sys.path.insert(0,'/tmp/r28code/evals/sets')
from pathlib import Path
import validate as v
c=v.Checker(); corp=v.Corpus(Path('/tmp/t28xfu/corpus'))
items=v.load(Path(sys.argv[1]),c)
for it in items: c.item(it,corp)
print({k:(len(x) if hasattr(x,'__len__') else x) for k,x in vars(c).items()})
for k,x in vars(c).items():
    if isinstance(x,list):
        for e in x: print(e)
print(v.summary('xfu',items))
