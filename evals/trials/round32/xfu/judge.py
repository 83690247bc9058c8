import json,collections
J={}  # key "id#turn" (turn 1 = first)
def j(k,v,c="",n=""): J[k]=(v,c,n)
ok=lambda k,n="": j(k,"ok","",n)
# defaults ok for all; override below
S=[json.loads(l) for l in open('/work/main/evals/trials/round32/xfu/set.jsonl')]
for it in S:
    ok(f"{it['id']}#1")
    for i,_ in enumerate(it['turns'] or [],2): ok(f"{it['id']}#{i}")
j("xfu-fu-01#3","partial","missed field","asked 学历和专业; doc: 教育水平 高中及以上 + 专业要求 汽车修理专业; gangwei answered only the major (attribute=major), dropped 高中及以上")
j("xfu-fu-02#3","wrong","reference resolved to wrong item","'第七项' refers to the duty list of turn 1 (item 7: 按领导审批过的退费手续,为客户办理退费结算); gangwei took item 7 of the 任职要求 table (知识技能…) and listed 专业经验/素质/性别")
j("xfu-fu-05#4","ok","","correct (两年以上相关行业), but prefaced with '知识库中没有「刚才生产主管」的专门资料' - the filler word 刚才 was read into the title")
j("xfu-fu-06#1","wrong","wrong field","asked shift hours; doc line 15: 两班轮班制 8:00—16:00、16:00—24:00; gangwei listed the five core duties instead")
j("xfu-fu-07#4","partial","comparison: one side only","asked who needs more years vs 财务部经理 (八年…至少五年同职); gangwei answered only 车辆调度员 4年以上, no comparison")
j("xfu-fu-08#3","partial","reference resolved to wrong item","'这一项' = 绩效、薪资管理完成率 (扣2分/次); gangwei re-dumped all 16 indicators with scoring rules; the right rule is inside but not singled out")
j("xfu-fu-09#1","partial","unfocused list","招聘管理 has 2 indicators (招聘空缺职位所需的平均天数, 人员编制控制率); gangwei listed 5 rows incl. 员工满意度 and 绩效考核申诉 (not 招聘管理)")
j("xfu-fu-09#2","partial","unfocused list","meant 人员编制控制率 = (实际人数/计划编制人数)*100%; gangwei took the 2nd row of its own noisy list (员工满意度) - consistent with its display, wrong w.r.t. 招聘管理")
j("xfu-fu-09#3","partial","list cut","费用和成本控制 has 4 indicators; gangwei gave 3, missing 培训费用预算达成率")
j("xfu-fu-11#4","wrong","answered OOS","个税起征点 is not in the corpus; gangwei did not refuse and quoted cx16 任职资格/个税申报 lines")
j("xfu-fu-12#3","wrong","wrong section","largest time share is 65% 主要负责的行政管理工作 (档案, 大事记, 办公用品, 固定资产, 年会…); gangwei returned the 15% 部门内部建设 items + 工作概述")
j("xfu-fu-13#1","partial","list cut","cx10 has 3 versions; gangwei gave versions 2 and 3, omitted version 1 (接待顾客, 收银, 盘点, 补货); also 'no material for 卖场导购员' preface")
j("xfu-fu-14#3","partial","switch lost attribute","previous turn asked age; 铆工 line 140: 40岁以下, 男; gangwei gave only line 143 (从事铆工3年以上…), no age")
j("xfu-fu-15#2","wrong","false refusal","'保养那一项' = duty 2 (二级保养…一级保养) of the list just shown; gangwei refused (no answer in KB)")
j("xfu-fu-16#2","wrong","false refusal","3.1 says 培训部经理1名, 培训顾问1名, 培训助理1名; gangwei said the material does not state subordinates")
j("xfu-fu-18#1","ok","","correct; spurious preface '没有「宝洁平台sre」的专门资料'")
j("xfu-fu-18#2","ok","","correct (广州总部,珠江新城); same spurious preface")
j("xfu-fu-19#2","wrong","false refusal","cx13 lines 9-20 give the 招聘专员(一级) 行为标准 (招聘文案, 招聘计划, 转正考核, 异动手续); gangwei read it as a qualification question and said only duties exist")
j("xfu-fu-19#3","wrong","false refusal","second part = 2 转正考核与异动管理 (lines 15-20); gangwei refused")
j("xfu-fu-20#1","partial","missed field","asked 学历和经历; gave only 学历 (line 5), missed 工作经历 2年以上/1年以上同岗位 (line 6)")
j("xfu-fu-22#4","partial","JD padded with other posts","JD quals correct, but 主要职责 filled from 机械技术储备 (an apprentice post; labelled 相近岗位) since 生产技术部长 has no duties")
j("xfu-fu-23#4","partial","tool not routed","'整理成考核表' should go to KPI design; gangwei re-listed the 4 业绩标准 as text")
j("xfu-fu-24#1","partial","wrong field","doc: 所属部门 财务部, 部门/分支机构 总校; gangwei answered 所属部门: 总校")
j("xfu-fu-24#4","partial","comparison: one side only","出纳 大专或以上 vs 财务部经理 本科; gangwei gave only 财务部经理's 会计专业本科学历")
j("xfu-fu-25#2","ok","","gangwei's displayed list put 审计问题追踪检查率 5th (doc order: 审计报告证据充分性); answer follows its own display - acceptable")
j("xfu-qual-01#1","wrong","role not resolved","cx06 lines 71-74 (体系结构, 高可用, SQL调优, 备份); gangwei said no material for 「慧算账dba」 and quoted SRE/HR/机修工 lines")
j("xfu-kpi-04#1","partial","list cut","20.1 财务部 has 6 indicators; gangwei gave 3 (missing 财务分析准确度, 账务处理及时性, 财务资料完好性)")
j("xfu-jd-05#1","partial","JD padded with other posts","京东物流 posting has its own duty + 10 requirements; JD added 美团 and Moka duties as 相近岗位 (labelled)")
j("xfu-duty-10#1","partial","unfocused list","百腾 duties correct, but prefixed with 'no 前端开发 post' and mixed in Moka's 工作内容")
with open('/work/main/evals/trials/round32/xfu/judgments.tsv','w') as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for k,(v,c,n) in J.items():
        i,t=k.split('#'); f.write(f"{i}\t{t}\t{v}\t{c}\t{n}\n")
forms=json.load(open('/work/main/evals/trials/round32/xfu/forms.json'))
def agg(keys):
    c=collections.Counter(J[k][0] for k in keys); n=sum(c.values())
    return n,c['ok'],c['partial'],c['wrong']
print('all',agg(J)); 
first=[k for k in J if k.endswith('#1')]; later=[k for k in J if not k.endswith('#1')]
print('first',agg(first)); print('later',agg(later))
byf=collections.defaultdict(list)
for k in later: byf[forms[k]].append(k)
rows=[]
for f,ks in sorted(byf.items(),key=lambda x:-len(x[1])):
    n,o,p,w=agg(ks); rows.append((f,n,o,p,w)); print(f"| {f} | {n} | {o} | {p} | {w} | {o/n:.0%} |")
# coarse form families
fam=collections.defaultdict(list)
for k in later:
    f=forms[k]
    for part in f.replace('back+','back+').split('+'): fam[part].append(k)
print('--families')
for f,ks in sorted(fam.items(),key=lambda x:-len(x[1])):
    n,o,p,w=agg(ks); print(f"| {f} | {n} | {o} | {p} | {w} | {o/n:.0%} |")
print('--first by intent')
bi=collections.defaultdict(list)
for k in first: bi[forms[k]].append(k)
for f,ks in sorted(bi.items()):
    n,o,p,w=agg(ks); print(f"| {f} | {n} | {o} | {p} | {w} | {o/n:.0%} |")
cl=collections.Counter(c for v,c,n in J.values() if c)
print(cl.most_common())
