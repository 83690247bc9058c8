import sys; sys.path.insert(0,'/tmp/r30code/evals/sets')
from pathlib import Path
import validate as V
ck=V.Checker(); items=V.load(Path(sys.argv[1]),ck); corpus=V.Corpus(Path('/tmp/t30xq/corpus'))
for it in items: ck.item(it,corpus)
ids=[i.id for i in items]; assert len(ids)==len(set(ids))
print(len(items), 'problems:', len(ck.problems)); print('\n'.join(ck.problems))
print(sorted(V.formats_of(items)) if hasattr(V,'formats_of') else '')
print(len(V.files_of(items)))
