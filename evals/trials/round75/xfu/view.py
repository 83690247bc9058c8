import json, unicodedata, re, sys
def norm(s): return re.sub(r'\s+','',unicodedata.normalize('NFKC',s))
items=[json.loads(l) for l in open('set.jsonl',encoding='utf-8')]
rep=[json.loads(l) for l in open('replay.jsonl',encoding='utf-8')]
k=0; rows=[]
sel=sys.argv[1:] 
for it in items:
    turns=[dict(question=it['question'],intent=it['intent'],key_points=it['key_points'],role=it['role'])]+(it['turns'] or [])
    for j,t in enumerate(turns):
        r=rep[k]; k+=1
        assert r['question']==t['question']
        if sel and it['id'] not in sel: continue
        txt=norm(r['text'])
        hits=[any(norm(p) in txt for p in g) for g in t['key_points']]
        cites=[(c["file"][:4], c.get("location") or (c.get("line_start"),c.get("line_end")), c.get("role")) for c in r["citations"]]
        print(f"== {it['id']}#{j} [{t['intent']}/{t.get('role')}] Q: {t['question']}")
        print(f"   got intent={r['intent']} role={r['role']} attr={r['attribute']} refused={r['refused']} kp={sum(hits)}/{len(hits)} {'' if all(hits) else [g for g,h in zip(t['key_points'],hits) if not h]}")
        print("   "+r['text'][:700].replace('\n',' ⏎ '))
        print("   cites:", str(cites)[:300])
