import sys, json
from pathlib import Path
sys.path.insert(0, "/tmp/r49code/evals/sets")
import validate as v
ck = v.Checker(); corpus = v.Corpus(Path("/work/shared/corpus-extra"))
items = v.load(Path("set.jsonl"), ck)
for it in items: ck.item(it, corpus)
ids = [it.id for it in items]; assert len(ids) == len(set(ids))
print(v.summary("set", items))
print("files:", len(v.files_of(items)), "formats:", sorted(v.formats_of(items)))
print("\n".join(ck.problems) or "ok: no problems")
