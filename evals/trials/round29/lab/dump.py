import json,sys
d=json.load(open('eval/eval.json'))['report']['systems']['gangwei']
for q in d['questions']:
    print('=====',q['key'],q['intent'],q.get('attribute'),'| refused=',q['refused'],'| kp=',q['key_points_hit'],'| att_ok=',q['attribute_ok'],'fu_ok=',q['followup_ok'])
    print('Q:',q['question'])
    print('A:',q['answer'][:1500])
    print('C:',[(c['file'][:5],c['line_start'],c['line_end'],c['relevant']) for c in q['citations']])
    if q.get('tool'): print('TOOL:',json.dumps(q['tool'],ensure_ascii=False)[:1500])
