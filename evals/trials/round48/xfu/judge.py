"""Writes judgments.tsv (turn 1 = first question, 2.. = later turns, as in forms.json) and per-form shares."""
import json, collections
F=json.load(open('forms.json'))
J={  # (id,turn): (verdict, class, note)
("xfu-fu-02",4):("wrong","wrong item (ordinal)","Asked 岗位技能里第五条 = doc's 岗位任职基本技能 item 5 '有资本运作、证券融资以及兼并收购…'; gangwei took item 5 of its own merged requirements list (精通国家财税法律规范…), ignoring the section named in the question."),
("xfu-fu-09",3):("partial","ingestion: CSV source URL","加分项 lines 44-49: terraform/开源/自驱/熟悉运维开发; gangwei lists the first three, then the row's source URL as a bullet; '熟悉运维开发' (same physical line as the URL column) is lost."),
("xfu-fu-11",3):("wrong","wrong item (ordinal)","京东 posting item 7 is '熟练掌握小程序相关开发技术…' (line 105); gangwei answered '第7条「京东物流」: 北京总部' (the CSV row's company/location cells)."),
("xfu-fu-13",3):("wrong","lost context (false refusal)","Previous turn asked 焊工 age/education; '铆工那边是啥情况' should give 铆工 requirements (line 140: 高中级以上, 40岁以下, 男); gangwei switched to duty and refused ('资料没有写明岗位职责')."),
("xfu-fu-13",4):("partial","wrong fact in summary","Comparison summary says 「铆工」要求1年以上; doc line 143: 从事铆工3年以上…有一年以上钢结构制造方面的铆工工作经验. Quoted line is shown, but the headline number is the smaller one."),
("xfu-fu-20",1):("wrong","missed field","Asked 几点上下班: line 15 工作时间: 两班轮班制 8:00—16:00、16:00—24:00 (under 岗位福利); gangwei answered the duty list."),
("xfu-fu-21",4):("wrong","answered OOS","离职率 is not in the corpus; gangwei repeated the 酒店前台 duty list instead of refusing."),
("xfu-fu-23",1):("wrong","missed field","Asked the time split: lines 32/38/48 give 15%/65%/15% per duty block; gangwei listed duties without any percentage."),
("xfu-fu-23",2):("wrong","false refusal","'65%那块' = block 主要负责的行政管理工作 (lines 39-47: 归档, 大事记, 办公用品, 食堂, 福利, 固定资产, 年会); gangwei refused as out of scope."),
("xfu-fu-23",3):("wrong","answered OOS (named-only role)","行政经理 is only named (直属上级) in cx12, never described; gangwei answered with 行政主管's duties again instead of saying so."),
("xfu-fu-23",4):("partial","wrong section / list cut","部门内部建设 block = lines 48-54 (队伍建设/技能培训, 目标分解, 考勤和假期, 外联及接待); gangwei repeated the whole 17-item list cut at 15, so 考勤 and 接待 are missing."),
("xfu-fu-25",1):("wrong","ingestion: tab-separated KPI table","cx14 lines 3-7: 企业内控制度的调整 25%, 财务分析报告 30%, 利润中心的操作维护 20%, 月底结帐处理 25%; gangwei says there is no profile and shows only the 软指标评分表 (格式/准确性/有效性/及时性)."),
("xfu-fu-25",3):("wrong","ingestion: tab-separated KPI table","利润中心 rule (line 5): 一次-5分 二次–20分 三次60分 四次及以上0分; gangwei repeated the 软指标评分表."),
("xfu-fu-25",4):("wrong","false refusal","月底结帐处理 (lines 6-7): 及时性50% 耽误一次得0分 / 准确性50% 错一次得80分…; gangwei refused (the 结账/结帐 spelling and the unparsed table)."),
("xfu-fu-27",3):("wrong","answered OOS","社保缴费比例 is not in the corpus; gangwei answered '福利' with the qualification line '熟悉…社保公积金政策' instead of refusing."),
}
notes_ok={("xfu-fu-09",1):"ok; also lists 3 unrelated 'experience' lines (数据库/Linux/terraform)",
("xfu-fu-18",3):"ok; names 绩效、薪资管理完成率 15%, then repeats all 16 rows",
("xfu-fu-21",1):"ok but unfocused: whole duty list, item 4 holds the answer",
("xfu-fu-20",3):"ok; repeats the same three benefit lines (incl. 生日假期, 免费食宿)",
("xfu-fu-22",4):"ok; 17 items cut at 15 with a '还有吗' hint",
("xfu-fu-25",2):"ok; gives the 软指标评分表 (格式10%, 准确性/有效性/及时性 30%)",
("xfu-kd-01",1):"ok; 5 审计部 indicators, weights 100; only one dimension exists in the source",
("xfu-fu-03",3):"ok; refuses: 培训顾问 only named",("xfu-fu-15",2):"ok; refuses: no duties, offers requirements",
("xfu-fu-22",3):"ok; says not stated, cites the 使用说明 that omits 业绩衡量标准",
("xfu-fu-17",3):"ok; refuses (加班费 not stated)",("xfu-fu-26",4):"ok; refuses (pay not stated)",("xfu-fu-07",4):"ok; refuses",
("xfu-fu-14",3):"ok; typo 机休工 resolved to 机修工",("xfu-fu-30",4):"ok; side-by-side duties of both posts",
}
rows=[]; share=collections.defaultdict(lambda:[0,0,0])
for l in open('set.jsonl'):
    o=json.loads(l); n=1+len(o['turns'] or [])
    for t in range(1,n+1):
        v,c,note=J.get((o['id'],t),("ok","",notes_ok.get((o['id'],t),"")))
        rows.append((o['id'],t,v,c,note))
        if t>1:
            form=F[f"{o['id']}#{t}"].split(' (')[0]
            form={'out-of-scope mid':'out-of-scope','back to earlier post':'back to earlier topic'}.get(form,form)
            s=share[form]; s[0]+=1; s[1]+= v=="ok"; s[2]+= v=="partial"
with open('judgments.tsv','w') as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in rows: f.write("\t".join(map(str,r))+"\n")
cnt=collections.Counter(r[2] for r in rows); print('all',cnt)
print('first', collections.Counter(r[2] for r in rows if r[1]==1), 'later', collections.Counter(r[2] for r in rows if r[1]>1))
print(collections.Counter(r[3] for r in rows if r[3]))
for k,(n,ok,p) in sorted(share.items(),key=lambda x:-x[1][0]): print(f"| {k} | {n} | {ok} | {p} | {100*ok/n:.0f}% |")

# per-intent (turn intent from the set; first turns of follow-ups from forms.json)
pi=collections.defaultdict(lambda:[0,0])
V={(r[0],r[1]):r[2] for r in rows}
for l in open('set.jsonl'):
    o=json.loads(l)
    ints=[F[o['id']+'#1'][7:-1] if o['intent']=='followup' else o['intent']]+[t['intent'] for t in o['turns'] or []]
    for t,i in enumerate(ints,1):
        pi[i][0]+=1; pi[i][1]+= V[(o['id'],t)]=='ok'
print('per intent')
for k,(n,ok) in sorted(pi.items(),key=lambda x:-x[1][0]): print(f"| {k} | {n} | {ok} | {100*ok/n:.0f}% |")
