import json, sys
s = [json.loads(l) for l in open('set.jsonl')]
r = [json.loads(l) for l in open('replay.jsonl')]
forms = json.load(open('forms.json'))['later_turn_forms']
i = 0
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for n, it in enumerate(s):
    turns = [(it['question'], it['intent'], it['key_points'])] + [(t['question'], t['intent'], t['key_points']) for t in it['turns'] or []]
    for k, (q, intent, kp) in enumerate(turns):
        a = r[i]; i += 1
        assert a['question'] == q
        if not (lo <= n < hi): continue
        f = forms.get(it['id'], [None]*9)[k-1] if k else 'first'
        cites = '; '.join(f"{c['file'][:4]}:{c.get('location')}" for c in a['citations'])
        print(f"== {it['id']} t{k} [{intent}/{f}] Q: {q}\n   KP: {kp}\n   -> role={a['role']} intent={a['intent']} attr={a['attribute']} refused={a['refused']} tool={a['tool'] and a['tool'].get('kind') if isinstance(a['tool'], dict) else a['tool']}\n   cites: {cites}")
        print('   ' + a['text'][:900].replace('\n', '\n   '))
        if a.get('caveat') or a.get('note'): print('   caveat/note:', a.get('caveat'), a.get('note'))
