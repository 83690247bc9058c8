"""Validate set.jsonl with the unmodified evals/sets/validate.py, and check question texts against earlier sets
(read in code only; only our own colliding questions are printed)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/r25code/evals/sets")
import validate  # noqa: E402

HERE = Path(__file__).parent
SET = HERE / "set.jsonl"
CORPUS = Path("/work/shared/corpus-extra")

checker = validate.Checker()
items = validate.load(SET, checker)
corpus = validate.Corpus(CORPUS)
for it in items:
    checker.item(it, corpus)

# coverage
files = validate.files_of(items)
all_docs = sorted(p.name for p in CORPUS.iterdir() if p.name.startswith("cx"))
missing = [d for d in all_docs if d not in files]
if missing:
    checker.err("coverage", f"documents not cited: {missing}")

# later turns count / followup
for it in items:
    if it.intent != "followup" or not it.turns or len(it.turns) != 3:
        checker.err(it.id, "not a 3-turn followup")

# duplicates against earlier sets (code only)
mine = []
for it in items:
    mine.append((it.id, "q", it.question))
    for n, t in enumerate(it.turns or [], 1):
        mine.append((it.id, f"#{n}", t.question))


def questions_in(path):
    out = set()
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line.startswith("{"):
                continue
            try:
                o = json.loads(line)
            except Exception:
                continue
            stack = [o]
            while stack:
                x = stack.pop()
                if isinstance(x, dict):
                    for k, v in x.items():
                        if k in ("question", "q", "text", "ask") and isinstance(v, str):
                            out.add(validate.norm(v))
                        elif isinstance(v, (dict, list)):
                            stack.append(v)
                        elif isinstance(v, str) and k in ("turns",):
                            out.add(validate.norm(v))
                elif isinstance(x, list):
                    for v in x:
                        if isinstance(v, str):
                            out.add(validate.norm(v))
                        else:
                            stack.append(v)
    except Exception:
        pass
    return out


earlier = set()
root = Path("/tmp/r25code/evals")
for p in root.rglob("*.jsonl"):
    earlier |= questions_in(p)
dups = [(i, n, s) for i, n, s in mine if validate.norm(s) in earlier]
for i, n, s in dups:
    checker.err(f"{i}{n}", f"question repeats an earlier set: {s}")
# within-set duplicates
seen = {}
for i, n, s in mine:
    k = validate.norm(s)
    if k in seen:
        checker.err(f"{i}{n}", f"duplicate of {seen[k]} in this set")
    seen[k] = f"{i}{n}"

print(validate.summary("r25x", items))
print(f"earlier question texts compared: {len(earlier)}; later turns: {sum(len(it.turns or []) for it in items)}")
if checker.problems:
    print("\n".join(map(str, checker.problems)))
    sys.exit(1)
print("ok: all checks passed")
