import json,sys
d=json.load(open(sys.argv[1]))['report']['systems']['gangwei']['questions']
for q in d:
    ok = q.get('followup_ok')
    print(f"=== {q['key']} t{q['turn']} [{q['intent']}/{q.get('attribute')}] refused={q['refused']} cov={q['key_point_coverage']} fu_ok={ok} prec={q['citation_precision']} cited_gold={q['cited_gold']} ans_intent={q['answer_intent']}/{q['answer_attribute']} tool={q['answer_tool']}")
    print("Q:", q['question'])
    print("KP:", q['key_points'], q['key_points_hit'])
    print("A:", (q['answer'] or '')[:1500])
    print("CIT:", [(c['file'][:4],c['line_start'],c['line_end'],c['relevant']) for c in q['citations']])
