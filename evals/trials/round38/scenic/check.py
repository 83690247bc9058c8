import sys; from pathlib import Path
sys.path.insert(0,'/tmp/r38code/evals/sets'); import validate as v
c=v.Checker(); corpus=v.Corpus(Path('/tmp/t38scenic/corpus'))
items=v.load(Path('/work/main/evals/trials/round38/scenic/set.jsonl'), c)
for it in items: c.item(it, corpus)
print(len(items), 'items')
print({k:(len(x) if hasattr(x,'__len__') else x) for k,x in vars(c).items()})
for k,x in vars(c).items():
    if isinstance(x,list):
        for e in x: print(e)
