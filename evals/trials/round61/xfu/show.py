import json, sys
idx = json.load(open("batch_idx.json"))
rows = [json.loads(l) for l in open("replay.jsonl")]
sel = sys.argv[1:]
for (iid, t), d in zip(idx, rows):
    if sel and not any(iid.endswith(s) for s in sel): continue
    cits = "; ".join(f"[{c['id']}]{c['file'][:4]}:{c.get('line_start')}-{c.get('line_end')}" for c in d.get("citations") or [])
    print(f"=== {iid} t{t} | {d['question']} | intent={d['intent']} role={d['role']} attr={d['attribute']} refused={d['refused']} tool={d.get('tool') and d['tool'].get('kind') if isinstance(d.get('tool'),dict) else d.get('tool')}")
    print(d["text"][:1500])
    if d.get("caveat") or d.get("note"): print("  caveat/note:", d.get("caveat"), d.get("note"))
    print("  cites:", cits)
