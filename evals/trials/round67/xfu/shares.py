import json,collections,csv
forms=json.load(open('forms.json'))['later_turn_forms']
S={json.loads(l)['id']:json.loads(l) for l in open('set.jsonl')}
J={(r['id'],int(r['turn'])):r for r in csv.DictReader(open('judgments.tsv'),delimiter='\t')}
def cat(f):
    f=f.lower()
    for k,c in [('oos','out-of-scope turn'),('comparison','comparison of last two posts'),('ordinal','ordinal (第N条/个)'),('more','more (还有吗)'),
                ('back to','back to earlier topic'),('switch role','switch role/posting/company'),('switch company','switch role/posting/company'),('switch department','switch role/posting/company'),
                ('pronoun','pronoun'),('ellipsis','ellipsis'),('shortened','shortened indicator name'),('switch indicator','switch indicator/attribute'),
                ('switch attribute','switch indicator/attribute'),('switch topic','switch indicator/attribute'),('section','ordinal (第N条/个)'),('follow-up','detail on listed item')]:
        if k in f: return c
    return f
agg=collections.defaultdict(collections.Counter)
for iid,fl in forms.items():
    for i,f in enumerate(fl):
        v=J[(iid,i+1)]['verdict']; agg[cat(f)][v]+=1; agg['ALL later turns'][v]+=1
def row(k,c):
    n=sum(c.values()); return f"| {k} | {n} | {c['ok']} | {c['partial']} | {c['wrong']} | {c['ok']/n:.0%} |"
print('| form (later turns) | n | ok | partial | wrong | pass share (ok) |\n|---|---|---|---|---|---|')
for k,c in sorted(agg.items(),key=lambda x:(x[0]=='ALL later turns',-sum(x[1].values()))): print(row(k,c))
# per intent
ag2=collections.defaultdict(collections.Counter)
for iid,it in S.items():
    fi=it['intent'] if it['intent']!='followup' else json.load(open('forms.json'))['first_turn_intent'][iid]
    key=('first turn: ' if it['intent']=='followup' else 'single: ')+fi
    ag2[key][J[(iid,0)]['verdict']]+=1
    for i,t in enumerate(it['turns'] or []): ag2['later turn: '+t['intent']][J[(iid,i+1)]['verdict']]+=1
print('\n| intent | n | ok | partial | wrong | pass share (ok) |\n|---|---|---|---|---|---|')
for k,c in sorted(ag2.items()): print(row(k,c))
tot=collections.Counter(r['verdict'] for r in J.values()); print('\nall turns',dict(tot),len(J))
fc=collections.Counter(r['failure_class'] for r in J.values() if r['failure_class']); print(fc.most_common())
