import json
d=json.load(open('eval/eval.json'))['report']['systems']['gangwei']['questions']
out=[]
for q in d:
    out.append("="*100)
    out.append(f"[{q['key']}] turn={q['turn']} intent={q['intent']} ans_intent={q.get('answer_intent')} attr={q.get('answer_attribute')} refused={q['refused']} kp={q.get('key_point_coverage')} cite_prec={q.get('citation_precision')}")
    out.append("Q: "+q['question'])
    out.append("A:\n"+(q.get('answer') or ''))
    if q.get('tool'):
        t=q['tool']
        out.append("TOOL: "+json.dumps({k:v for k,v in t.items() if k!='output'},ensure_ascii=False)[:600])
        if isinstance(t,dict) and t.get('output'): out.append("TOOL OUTPUT:\n"+str(t['output']))
open('answers.txt','w').write("\n".join(out)+"\n")
