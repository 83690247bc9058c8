import json
sets={json.loads(l)['question']:json.loads(l) for l in open('set.jsonl',encoding='utf-8')}
d=json.load(open('eval/eval.json'));S=d['report']['systems']
g={q['key']:q for q in S['gangwei']['questions']};b={q['key']:q for q in S['baseline']['questions']}
C={"su32-duty-04":("section mismatch","「应聘」 in a duty question lifts the 教师任职资格 chunk (681-701) above the duty chunks (703-705, 635-651)"),
"su32-duty-09":("similar-post confusion","技师部主管 ≈ 技术经理: three 技术经理 duty chunks rank 1-3, the 按摩技师部门主管 chunk 4th"),
"su32-qual-05":("lead-in sentence unlabelled","requirement sentence 159 sits as an untitled lead-in before 7 numbered duty lists of the same post; the duty chunks (role-tagged) fill ranks 1-7"),
"su32-qual-07":("generic-role flood","客户经理 is in every document; the 2-line 客户经理 card (214-215 既懂业务,又懂风险) shares no words with 「要求」 and is not in top 50"),
"su32-attr-06":("relation in prose","reporting line (接受销售副总经理指示监督) is inside a prose paragraph (109, section prose, no role); 销售人员 duty/kpi chunks rank 1-4"),
"su32-kpi-01":("adjacent chunk","neighbouring 第四步 chunk (169-175) ranked above the 第三步 chunk holding the answer"),
"su32-method-01":("heading chunk above detail","section intro 271-275 (实施方法) ranked above the 审计的流程 paragraph 279"),
"su32-method-03":("definition chunk above detail","强制休假 definition (421-423) ranked above the 触发性 paragraph 425"),
"su32-kd-01":("pay/method text outranks KPI table","薪酬结构 chunk and generic KPI-method paragraphs (000 43-55, 169-175) rank above the 指标设置及分值 chunk (141-157)"),
"su32-kd-02":("adjacent chunk","intro paragraph 89 and enterprise-level KPI list 57-69 rank above the 技术性岗位 KPI paragraph 91"),
"su32-fu-04":("sibling field confusion","所施监督 (123-124) and duty chunks rank above 所受监督 (119-122)"),
"su32-fu-05":("lexical distractor","「招聘」 matches 003 人员招聘 (117-121) at rank 1; 中行 导语 line 186 rank 2"),
}
rows=[]
for l in open('/tmp/t32ship/miss.jsonl',encoding='utf-8'):
    r=json.loads(l); it=sets[r['question']]
    gold=[(e['file'],e['line_start'],e['line_end']) for e in it['evidence']]
    isg=lambda h: any(h['file']==f and h['line_start']<=bb and h['line_end']>=a for f,a,bb in gold)
    gr=[h['rank'] for h in r['hits'] if isg(h)]
    t=r['hits'][0]
    cls,note=C[it['id']]
    rows.append([it['id'],it['intent'],r['question'],str(g[it['id']]['first_rank']),str(b[it['id']]['first_rank']),str(gr[0] if gr else '>50'),
      f"{t['file'][:3]}:{t['line_start']}-{t['line_end']} {t.get('section')} {t.get('role')}",cls,note])
with open('results.tsv','w',encoding='utf-8') as f:
    f.write("id\tintent\tquestion\tgangwei_rank\tbaseline_rank\tsearch_k50_gold_rank\tsearch_top1\tclass\tnote\n")
    for x in rows: f.write("\t".join(x)+"\n")
for x in rows: print(x[0],x[3],x[4],x[5],x[7])
