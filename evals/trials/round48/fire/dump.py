import sys
sys.path.insert(0, "/tmp/r48code/evals/sets")
from pathlib import Path
import validate as V
root = Path("/tmp/t48fire/corpus")
out = Path(__file__).parent / "truth"
for p in sorted(root.iterdir()):
    if p.read_bytes()[:2] == b"\xff\xfe":
        (out / (p.name + ".txt")).write_text("".join(f"{i:4d}: {l}\n" for i, l in enumerate(p.read_bytes().decode("utf-16").splitlines(), 1)), encoding="utf-8"); continue
    d = V.Doc(p)
    with open(out / (p.name + ".txt"), "w", encoding="utf-8") as f:
        if d.lines:
            for i, l in enumerate(d.lines, 1):
                f.write(f"{i:4d}: {l}\n")
        else:
            for i, u in enumerate(d.units):
                f.write(f"[{i}] {u}\n")
            if d.loader_text:
                f.write("\n=== pypdf ===\n" + d.loader_text)
