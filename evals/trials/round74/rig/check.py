# validator cannot read UTF-16: check against a copy of the corpus whose 09 file is re-encoded as UTF-8 (same lines)
import sys, json
sys.path.insert(0,'/tmp/r74code/evals/sets')
import validate as v
from pathlib import Path
c=v.Corpus(Path('/tmp/t74rig/vcorpus')); ch=v.Checker()
items=v.load(Path('set.jsonl'),ch)
for it in items: ch.item(it,c)
print(len(items),"items"); print("\n".join(ch.problems) or "ok: no problems")
