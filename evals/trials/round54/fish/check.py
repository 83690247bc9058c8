import sys; sys.path.insert(0,'/tmp/r54code/evals/sets')
import validate
from pathlib import Path
c=validate.Checker(); co=validate.Corpus(Path('/tmp/t54fish/corpus'))
items=validate.load(Path(sys.argv[1]), c)
for it in items: c.item(it, co)
print(len(items), 'items;', len(c.problems), 'problems')
for p in c.problems: print(p)
