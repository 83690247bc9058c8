import json
d = json.load(open('eval/eval.json'))
qs = d['report']['systems']['gangwei']['questions']
forms = json.load(open('forms.json'))
items = {json.loads(l)['id']: json.loads(l) for l in open('set.jsonl')}
out = ["# r25x answers (gangwei, frozen /tmp/r25code, corpus-extra)\n",
       "Every turn of set.jsonl with gangwei's full answer as recorded in eval/eval.json. "
       "`eval` = the evaluator's per-turn pass (key points ≥ half and not refused, or refused when expected).\n"]
for q in qs:
    key = q['key']
    form = forms.get(key, 'first')
    ok = q.get('followup_ok')
    if ok is None:
        ok = (q['refused'] == q['expect_refusal']) and (q['expect_refusal'] or (q.get('key_point_coverage') or 0) >= 0.5)
    if q['turn'] == 0:
        out.append(f"\n## {q['item_id']}\n")
    cits = ', '.join(f"[{c['id']}] {c['file']}:{c['line_start']}-{c['line_end']}{'' if c['relevant'] else ' (not gold)'}" for c in q.get('citations') or [])
    out.append(f"### {key} · {form} · intent {q['intent']}{' · attr '+q['attribute'] if q.get('attribute') else ''}\n")
    out.append(f"**Q:** {q['question']}  \n**expect refusal:** {q['expect_refusal']} · **refused:** {q['refused']} · "
               f"**answer intent:** {q.get('answer_intent')} / {q.get('answer_attribute')} · **kp hit:** {q.get('key_points_hit')} · **eval pass:** {ok}  \n"
               f"**citations:** {cits or '—'}\n")
    out.append("```\n" + (q.get('answer') or '').strip() + "\n```\n")
open('answers.md', 'w').write('\n'.join(out))
print(len(qs))
