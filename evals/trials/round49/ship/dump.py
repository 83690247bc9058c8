import json
d=json.load(open('eval/eval.json'))
G=d['report']['systems']['gangwei']['questions']; B={q['key']:q for q in d['report']['systems']['baseline']['questions']}
with open('answers_dump.txt','w',encoding='utf-8') as f:
    for q in G:
        b=B[q['key']]
        f.write(f"=== {q['key']} [{q['intent']}] rank g={q['first_rank']} b={b['first_rank']} refused={q['refused']} kp={q['key_points_hit']} ans_intent={q['answer_intent']} attr={q['answer_attribute']} tool={q['answer_tool']} fu_ok={q['followup_ok']} attr_ok={q['attribute_ok']}\nQ: {q['question']}\ncites: {[(c['file'][:3],c['line_start'],c['line_end'],c['relevant']) for c in q['citations']]}\nretr: {q['retrieved'][:5]}\n{q['answer']}\n\n")
