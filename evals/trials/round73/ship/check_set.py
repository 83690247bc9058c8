import sys; sys.path.insert(0,'/tmp/r73code/evals/sets'); import validate
from pathlib import Path
c=validate.Checker()
items=validate.load(Path('/work/main/evals/trials/round73/ship/set.jsonl'),c)
corp=validate.Corpus(Path('/tmp/t73ship/corpus'))
for it in items: c.item(it,corp)
print('problems:',c.problems); print(validate.summary('ship',items))
