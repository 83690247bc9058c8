import sys
sys.path.insert(0, "/tmp/r39code/evals/sets")
import validate as V
from pathlib import Path
for p in sorted(Path("/tmp/t39driving/corpus").iterdir()):
    d = V.Doc(p)
    print("=====", p.name)
    if d.lines:
        for i, l in enumerate(d.lines, 1): print(i, l)
    else:
        for u in d.units:
            if u.strip(): print("  |", u)
