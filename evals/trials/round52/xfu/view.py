import json, sys
items=[json.loads(l) for l in open('set.jsonl')]
reps=[json.loads(l) for l in open('replay.jsonl')]
k=0
lo,hi=int(sys.argv[1]),int(sys.argv[2])
for n,it in enumerate(items):
    turns=[(it['question'],it['intent'] if it['intent']!='followup' else 'first',it['key_points'])]+[(t['question'],t['intent'],t['key_points']) for t in it['turns'] or []]
    for j,(q,intent,kp) in enumerate(turns):
        r=reps[k]; k+=1
        if not (lo<=n<hi): continue
        assert r['question']==q
        print(f"### {it['id']}#{j} [{intent}] {q}   KP={kp}")
        print(f"  -> intent={r['intent']} role={r['role']} attr={r['attribute']} refused={r['refused']} cites={[ (c['file'][:4],c.get('role')) for c in r['citations']]}")
        t=r['text']
        print('  '+t[:900].replace('\n','\n  ')+('…' if len(t)>900 else ''))
