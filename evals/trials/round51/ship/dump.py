import json
d=json.load(open('eval/eval.json'))
g={q['key']:q for q in d['report']['systems']['gangwei']['questions']}
b={q['key']:q for q in d['report']['systems']['baseline']['questions']}
for k,q in g.items():
    bq=b.get(k,{})
    print(f"== {k} t{q['turn']} [{q['intent']}] rank g={q['first_rank']} b={bq.get('first_rank')} kp={q['key_point_coverage']} hits={q['key_points_hit']} refused={q['refused']} ans_int={q['answer_intent']} attr={q['answer_attribute']} tool={q['answer_tool']} cp={q['citation_precision']} fu_ok={q['followup_ok']} attr_ok={q['attribute_ok']}")
    print("Q:", q['question'])
    print("cites:", [(c['file'][:3],c['line_start'],c['line_end'],c['relevant']) for c in q['citations']])
    if q.get('tool'): print("TOOL:", json.dumps(q['tool'],ensure_ascii=False)[:600])
    print("A:", (q['answer'] or '')[:1500])
    if q.get('error'): print("ERR", q['error'])
