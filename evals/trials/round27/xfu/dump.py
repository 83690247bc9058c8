import sys
sys.path.insert(0,'/tmp/r27code/evals/sets')
import validate as V
from pathlib import Path
C=V.Corpus(Path('/work/shared/corpus-extra'))
for p in sorted(Path('/work/shared/corpus-extra').glob('cx*')):
    d=C.doc(p.name)
    out=open(f'/tmp/r27/xfu/dump_{p.name[:4]}.txt','w')
    if d.lines:
        for i,l in enumerate(d.lines,1): out.write(f'{i}: {l}\n')
    else:
        for i,u in enumerate(d.units,1):
            if u.strip(): out.write(f'[{i}] {u}\n')
