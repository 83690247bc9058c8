import sys; sys.path.insert(0,'/tmp/r26code/evals/sets'); import validate
from pathlib import Path
c=validate.Checker(); corpus=validate.Corpus(Path('/work/shared/corpus-extra'))
items=validate.load(Path('/tmp/r26/xfu/set.jsonl'),c)
for it in items: c.item(it,corpus)
errs=[getattr(c,a) for a in vars(c)]
print(vars(c).keys())
for k,v in vars(c).items():
    if isinstance(v,list): print(k,len(v)); [print(' ',e) for e in v]
print(validate.summary('r26x',items))
print('files', len(validate.files_of(items)), sorted(validate.formats_of(items)))
