import sys,json,re,unicodedata
oldq=json.load(open('/tmp/t32ship/oldq.json'))
def bg(s):
    s=re.sub(r'[\s\W_]+','',unicodedata.normalize('NFKC',s))
    return {s[i:i+2] for i in range(len(s)-1)} or {s}
ob=[(bg(q),q) for q in oldq]
for q in sys.stdin.read().splitlines():
    if not q.strip(): continue
    b=bg(q); m,mq=max(((len(b&o)/len(b|o)),oq) for o,oq in ob)
    print(('OK ' if m<0.45 else 'XX ')+f'{m:.2f} {q}   <- {"" if m<0.45 else ""}')
