import json
J = {
("duty-01",0):("partial","ingestion: docx card grid unread","01 card lists 5 duties (六不六净 roads, 巡回保洁, 果皮箱/垃圾桶, 雨雪, 井盖上报); gangwei gave CSV one-liner '清扫保洁和巡回保洁' plus PDF safety rules"),
("duty-02",0):("wrong","false refusal","01 card has 5 duties (无异味, 每2小时记录表, 耗材, 报修, 秩序); gangwei: '资料没有写明岗位职责' (card grid not read)"),
("duty-03",0):("wrong","wrong section","01 card: 卸料压缩装箱/点检润滑/冲洗除臭渗滤液/进出站指挥/故障停机; gangwei presented the PDF safety prohibitions (严禁进入压缩腔…) as the post's duties"),
("duty-04",0):("ok","",""),("duty-05",0):("ok","",""),("duty-06",0):("ok","",""),("duty-07",0):("ok","",""),
("duty-08",0):("partial","superseded mixed in","current CSV row + md duties; gangwei appends the 已关闭 2023 posting's duty as '另一份资料还提到' without saying it is closed; md's 5th duty (满溢→联系清运车队) not used"),
("duty-09",0):("partial","ingestion: GBK notice not read as post","user asked '调整以后': notice 09 lists 5 adjusted duties (每日≥2次巡查 incl. 公厕, 每周抽查评分, 配合核实投诉); gangwei gave the 4 CSV duties only"),
("duty-10",0):("ok","",""),("duty-11",0):("ok","",""),("duty-12",0):("ok","",""),
("duty-13",0):("ok","","lists all 5 duties; #3 (接听诉求,及时派车) answers it, not singled out"),
("duty-14",0):("partial","shift code not resolved","04 定编表 says N, 班次代码 sheet: N 夜班 22:00—次日06:00; gangwei: 'N(夜班)' only, no hours (typed as benefits)"),
("qual-01",0):("partial","clause dropped in merge","CSV: 持A2或B2, 3年以上大型车辆, 无重大交通事故记录; gangwei kept 04's cells + 年龄, dropped '无重大交通事故记录'"),
("qual-02",0):("ok","","struck-out '须持有注册安全工程师' correctly ignored"),
("qual-03",0):("ok","",""),("qual-04",0):("ok","","typo 调渡员 resolved; '无硬性要求' shown without its 证书 label"),
("qual-05",0):("partial","clause dropped in merge","06: '5年以上…管理经验，其中2年以上团队管理经验'; gangwei shows 04's '5年以上…' and drops the 2-year team-management clause"),
("qual-06",0):("ok","",""),("qual-07",0):("ok","",""),("qual-08",0):("ok","",""),
("qual-09",0):("partial","ingestion: docx card grid unread","01 card: 初中及以上; 保洁或物业经验优先; 沟通能力、服务意识; gangwei only 04's '初中及以上, 保洁经验优先'"),
("qual-10",0):("ok","",""),
("attr-01",0):("ok","","also quotes the notice's change"),("attr-02",0):("ok","",""),("attr-03",0):("ok","",""),
("attr-04",0):("ok","","合格证 + 注安(中级)优先; struck text ignored"),("attr-05",0):("ok","",""),("attr-06",0):("ok","",""),
("attr-07",0):("ok","",""),("attr-08",0):("ok","",""),("attr-09",0):("ok","",""),
("attr-10",0):("partial","superseded mixed in","lists '西城片区试点小区' from the 已关闭 2023 posting as a current location beside 东城/各试点小区"),
("kpi-01",0):("ok","","2024 weights, void 2023 sheet ignored"),("kpi-02",0):("ok","",""),("kpi-03",0):("ok","",""),
("kpi-04",0):("wrong","false refusal","md 08 has a 4-row KPI table (准确率40%/到岗率30%/覆盖率20%/及时率10%); retrieval ranks it #1, gangwei says '没有写明考核指标'"),
("kpi-05",0):("ok","",""),
("jd-01",0):("ok","","KPI part derived and labelled 推导"),
("jd-02",0):("wrong","ingestion: docx card grid unread","duties = PDF safety prohibitions; 学历/证书/部门/上级 all 【待补充】 though 01 and 04 state them; says it will not mix 04 as 'another unit' yet uses 04's pay"),
("jd-03",0):("ok","",""),
("kd-01",0):("ok","","exactly the 5-row table, weights kept"),
("kd-02",0):("partial","kpi padding","own 4-row table (30/30/20/20) diluted to 22/22/14/14 by two generic 维度补充 indicators although no count was asked"),
("kd-03",0):("wrong","wrong post","md 08 table (居民分类投放准确率…); gangwei designed from 垃圾清运司机's table (线路清运完成率, 安全行车事故次数) as '相近岗位'"),
("fu-01",0):("wrong","false refusal","same as duty-02 (card grid unread)"),
("fu-01",1):("partial","shift code not resolved","card: 两班制 06:00—14:00 / 14:00—22:00; gangwei: 'B2(两班制(早晚轮换))' without hours"),
("fu-01",2):("wrong","false refusal (cascade)","expected #2 duty 每2小时填写《公厕保洁记录表》; previous answer had 1 item so gangwei refused"),
("fu-01",3):("ok","",""),
("fu-02",0):("ok","",""),("fu-02",1):("ok","",""),("fu-02",2):("ok","",""),
("fu-03",0):("ok","",""),("fu-03",1):("ok","",""),
("fu-03",2):("wrong","lost context","'以前呢？' after the reports_to answer that itself quoted '原…由各片区主管管理'; gangwei took it as a method question and refused"),
("fu-04",0):("ok","",""),("fu-04",1):("ok","","红灯 ≥1次"),("fu-04",2):("ok","",""),
("fu-05",0):("partial","clause dropped in merge","as qual-05: 2年以上团队管理 dropped"),
("fu-05",1):("ok","",""),("fu-05",2):("ok","",""),
("fu-06",0):("partial","superseded mixed in","as duty-08: closed 2023 row appended"),
("fu-06",1):("wrong","superseded mixed in","'还有吗' → only the 已关闭 2023 row's duty; md's 5th duty (满溢/破损→清运车队、片区主管) missed"),
("fu-06",2):("wrong","false refusal","md KPI table not linked to the post (as kpi-04)"),
("fu-06",3):("ok","","≥85% from md"),
("fu-07",0):("wrong","wrong section","as duty-03: safety rules given as duties"),
("fu-07",1):("ok","",""),("fu-07",2):("ok","",""),
("fu-08",0):("partial","shift code not resolved","card/班次代码: 04:30—12:00; gangwei: 'A(早班)' only"),
("fu-08",1):("ok","",""),("fu-08",2):("ok","","300 from 04; UTF-16 handbook not cited"),
("fu-08",3):("wrong","false refusal","PDF: 高温时段(11:00—15:00)停止露天作业 (gangwei even quoted it in duty-01); turn classed out_of_scope and refused"),
("oos-01",0):("ok","",""),
("oos-02",0):("partial","answered OOS","no pay stated; gangwei answered with the placeholder '岗位详情稍后公布' + 报名方式 instead of saying pay is not given (content true, not framed as a refusal)"),
("oos-03",0):("ok","","略 card → named-only refusal"),("oos-04",0):("ok","",""),("oos-05",0):("ok","",""),("oos-06",0):("ok","",""),
("oos-07",0):("wrong","answered OOS","no 片区主管 岗位编号 anywhere; gangwei dumped 片区主管's duties"),
}
items=[json.loads(l) for l in open("set.jsonl")]
rows=["id\tturn\tverdict\tfailure_class\tnote"]
n=0
for it in items:
    for t in range(1+len(it["turns"] or [])):
        k=(it["id"][5:],t); v=J[k]; n+=1
        rows.append(f"{it['id']}\t{t}\t{v[0]}\t{v[1]}\t{v[2]}")
assert n==len(J)==79, (n,len(J))
open("judgments.tsv","w").write("\n".join(rows)+"\n")
from collections import Counter, defaultdict
per=defaultdict(Counter)
for it in items:
    per[it["intent"]][J[(it["id"][5:],0)][0]]+=1
    for t,tt in enumerate(it["turns"] or [],1):
        per["followup-later"][J[(it["id"][5:],t)][0]]+=1
for k,c in per.items(): print(k, dict(c), f"ok {c['ok']}/{sum(c.values())}")
cls=Counter(v[1] for v in J.values() if v[0]!="ok")
for k,c in cls.most_common(): print(c,k)
print(Counter(v[0] for v in J.values()))
