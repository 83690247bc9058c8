# Hand judgments of the replayed conversations (replay.jsonl). Default verdict ok; exceptions below.
import json, collections
J = {
 ("r58xfu-fu-03",1): ("ok","", "set expectation wrong, not gangwei: first answer had already listed all 8 duties; gangwei correctly said there are no more (evaluator counts it as false refusal)"),
 ("r58xfu-fu-10",0): ("ok","", "correct 2-5年 first; adds unrelated lines (MySQL/Linux/terraform) as 'experience' noise"),
 ("r58xfu-fu-10",1): ("partial","ingestion: CSV source URL in list", "加分项 list correct (terraform/开源/自驱/运维开发) but the CSV 来源 cell https://github.com/... is listed as a 5th 加分项"),
 ("r58xfu-fu-10",2): ("partial","wrong section", "doc line 25-26: 产品经理 加分项 = 人力资源绩效业务经验 / 绩效工具方法论; gangwei printed the 4 职位要求 plus the 加分项 as one unlabelled 任职要求 list, not saying which is the 加分项"),
 ("r58xfu-fu-10",3): ("partial","comparison dropped", "asked which of the last two posts pays more: Golang 后端 20-40k+ (line 27) vs 产品经理 15k-40k*15 (line 13); gangwei gave only 产品经理's pay, no comparison"),
 ("r58xfu-fu-13",2): ("wrong","answered OOS", "社保缴费基数 is not in the corpus (cx07 only says 办理社会保险); gangwei answered with 销售员's 福利 line instead of refusing"),
 ("r58xfu-fu-17",3): ("wrong","lost context", "cx10 line 39: 有卖场促销丰富经验优先,粤语优先 (导购); gangwei switched to 销售经理 (cx05) and listed its duties"),
 ("r58xfu-fu-19",2): ("partial","missed field", "cx12 time shares 15%/65%/15%: the largest is 主要负责的行政管理工作 65%; gangwei listed 15 of 17 duties with no percentages, did not answer which block is largest"),
 ("r58xfu-fu-19",3): ("partial","wrong post mixed in", "业绩衡量标准 are all 略 (near-miss); gangwei quoted the 使用说明 that says they are omitted (good) but then appended 车辆调度员's 业绩标准 from cx02"),
 ("r58xfu-fu-21",0): ("ok","", "all 4 indicators with weights; one stray cx04 财务资料完好性 line appended"),
 ("r58xfu-fu-21",2): ("wrong","wrong section", "cx14 lines 9-17: 软指标评分表 for the 财务分析报告 (格式10%/准确性30%/有效性30%/及时性30%); gangwei repeated the KPI row ('见附表') and said there is no more detail"),
 ("r58xfu-fu-21",3): ("wrong","lost context", "cx14 line 10: 评分表 filled by 财务部经理; gangwei listed cx04's 财务部 KPI library instead"),
 ("r58xfu-fu-22",2): ("partial","missed field", "asked gender AND appearance; cx15 line 3 形象气质:五官端正、朴素大方…亲和力强 was left out, only 男女不限 given"),
 ("r58xfu-fu-23",3): ("wrong","false refusal", "cx16 line 16: 有HRSSC或共享服务中心工作经验者优先; gangwei refused as out of scope"),
 ("r58xfu-fu-26",0): ("partial","list cut", "cx04 资金部 has 7 indicators; gangwei listed 5 (missed 2 资金筹集计划编制及时率 and 7 资金使用评估报告编制及时率)"),
 ("r58xfu-fu-30",1): ("wrong","false refusal", "cx10 lines 33/35: 女 … 适应轮班制; gangwei refused"),
 ("r58xfu-fu-30",3): ("wrong","lost context", "after an OOS pay turn, '那收银也归导购管吗' (cx10 line 11: 负责收银) was answered again as the pay refusal (stuck on the previous attribute)"),
 ("r58xfu-kpi-06",0): ("wrong","wrong section", "cx14 lines 6-7: 月底结帐处理 及时性 耽误一次得0分 / 准确性 错一次得80分…; gangwei gave the 财务分析报告 软指标评分表 instead"),
 ("r58xfu-jd-01",0): ("ok","", "JD complete with citations; 专业 left 待补充 although the 学历 line names the majors, and a skill line sits under 经验"),
 ("r58xfu-kd-02",0): ("ok","", "5 of the 6 审计部 indicators, says which one was left out; only one BSC dimension exists in the source"),
}
items=[json.loads(l) for l in open('set.jsonl')]
forms=json.load(open('forms.json'))
def canon(f):
    f=f.lower()
    if 'oos' in f: return 'out-of-scope turn'
    if f.startswith('switch role') or 'switch company' in f or 'switch department' in f: return 'switch post/company/dept'
    if 'switch attribute' in f or 'switch indicator' in f: return 'switch attribute/indicator'
    if 'ordinal' in f: return 'ordinal'
    if f.startswith('pronoun'): return 'pronoun'
    if f.startswith('ellipsis'): return 'ellipsis'
    return f
rows=["id\tturn\tverdict\tfailure_class\tnote"]; per=collections.defaultdict(collections.Counter); cls=collections.Counter(); tot=collections.Counter()
for it in items:
    n=1+len(it['turns'] or [])
    for k in range(n):
        v,c,note=J.get((it['id'],k),("ok","",""))
        rows.append(f"{it['id']}\t{k}\t{v}\t{c}\t{note}")
        kind = 'first turn' if k==0 else 'later turn'
        tot[(kind,v)]+=1
        if c: cls[c]+=1
        if k>0: per[canon(forms[it['id']]['turns'][k-1])][v]+=1
open('judgments.tsv','w').write("\n".join(rows)+"\n")
print(tot); print(cls.most_common())
for f,c in sorted(per.items(), key=lambda x:-sum(x[1].values())):
    n=sum(c.values()); print(f"{f}\t{n}\tok {c['ok']} ({100*c['ok']/n:.0f}%)\tpartial {c['partial']}\twrong {c['wrong']}")
