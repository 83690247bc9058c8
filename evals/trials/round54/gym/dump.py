import sys; sys.path.insert(0,'/tmp/r54code/evals/sets')
import validate as V
from pathlib import Path
root=Path('/tmp/t54gym/corpus')
for f in sys.argv[1:]:
    p=root/f
    if p.suffix in ('.txt','.md','.csv','.html'):
        b=p.read_bytes()
        t=b.decode('utf-16') if b[:2] in (b'\xff\xfe',b'\xfe\xff') else (b.decode('utf-8-sig') if not f.startswith('LX09') else b.decode('gbk'))
        for i,l in enumerate(t.splitlines(),1): print(i,l)
    else:
        d=V.Doc(p)
        for i,u in enumerate(d.units): 
            if u.strip(): print(i,u)
        if d.loader_text: print('---pypdf---'); print(d.loader_text)
