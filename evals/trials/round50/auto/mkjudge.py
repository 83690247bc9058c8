import json, collections
J = {}
def j(key, v, cls="", note=""): J[key] = (v, cls, note)
C_SA = "ingestion: HJ02 服务顾问 not profiled"
C_BP = "ingestion: HJ10 钣喷技师 block missed"
C_HT = "ingestion: HTML cards merged into one post"
C_H1 = "ingestion: HJ01 基本信息 rows lost"
C_PK = "ingestion: PDF post KPI table not read"
C_MD = "ingestion: Markdown lead-in facts lost"
C_FR = "false refusal (colloquial name)"
C_LC = "lost context"
C_WS = "weaker source first / list cut"
C_MF = "missed field detail"
C_OOS = "answered OOS"
j("r50a-duty-01#0","partial",C_WS,"HJ01 lists 7 duties; answer leads with the HJ05 cross-reference '见岗位说明书XS-02' as duty 1, then shows only 5 of HJ01's 7 (DCC潜客跟进/24h回访 and 保有客户维护 cut)")
for k in ["duty-02","duty-03","duty-05","duty-08","duty-10","duty-11","duty-12","duty-13"]: j(f"r50a-{k}#0","ok")
J["r50a-duty-13#0"]=("ok","","correct; keeps the '一)' numbering inside each item (cosmetic)")
j("r50a-duty-04#0","partial",C_HT,"HJ01+HJ06 duties correct, but items 4-9 are the 服务顾问 and 备件专员 cards' duties (环车检查, 备件订货…) presented as 二手车评估师's, because the careers page's cards were read as one post")
j("r50a-duty-06#0","wrong",C_SA,"HJ02 2.1 gives a 时段/环节|工作内容 table (环车检查, 任务委托书, 增项, 3日回访); HJ06 card too. Answer: only '接待维修客户' from the closed 2023 requisition row of HJ05")
j("r50a-duty-07#0","wrong",C_FR,"机修师傅 = 机修技师 (HJ02 2.2); answered '知识库中没有「机修师傅」这个岗位'")
j("r50a-duty-09#0","wrong",C_BP,"HJ10 lists 6 duties (钣金整形, 面漆, 调漆, 危险废物…); answer: '没有写出具体内容，只写了：见《钣喷车间岗位职责》' (HJ05 cross-reference), did not follow it to the file of that name")
j("r50a-duty-14#0","wrong",C_SA,"HJ02 交车环节: 解释维修项目与费用明细，陪同结算; answer: '接待维修客户' (closed 2023 row)")
j("r50a-qual-01#0","partial",C_WS,"HJ01 任职资格 table: 大专, 市场营销/汽车类, 1年以上, C1, 普通话; answer gives HJ05's '大专及以上/不限/应届生可,有驾照' and HJ04 '大专', mentions HJ01 only as another source (follow-up fu-01#1 does give HJ01)")
j("r50a-qual-02#0","ok","","correct; shows a bare '不限' (专业) without its label")
j("r50a-qual-03#0","partial",C_HT,"HJ01 part correct; the HJ06 list (15 of 18 items) mixes in 服务顾问/备件专员 requirements and the bare post names '服务顾问', '备件专员'")
j("r50a-qual-04#0","wrong",C_SA,"HJ02: 大专, 2年以上前台/机修, C1, DMS; HJ06: 2年以上, C1, DMS. Answer: only '大专' (HJ04 最低学历)")
j("r50a-qual-05#0","wrong",C_FR,"HJ02 grade table: 中级技师 3年以上, 汽车维修工中级证书; answered '没有「升中级技师」这个岗位'")
j("r50a-qual-06#0","ok","","correct (中专, 1年以上仓库管理); also lists the boss/location sentence as a requirement")
j("r50a-qual-07#0","ok","","中专/2年/中级证书 right, from HJ05+HJ04; HJ10's own wording (汽车维修工钣金或涂装方向中级) not used because HJ10's 钣喷技师 block was not read")
j("r50a-qual-08#0","ok","","correct; PDF line wrap splits '熟/练使用办公软件' into two items (cosmetic)")
j("r50a-qual-09#0","ok")
j("r50a-qual-10#0","ok","","answers 经验 (3年/1年主管) as an attribute; fine for the question")
j("r50a-attr-01#0","wrong",C_H1,"HJ01 基本信息: 直接上级 二手车业务主管 (and the 修订记录 row saying so); answer: '资料没有写明直属上级'")
j("r50a-attr-02#0","ok","","前台主管 + the revision note; tracked deletion 售后服务经理 not shown as current (good)")
j("r50a-attr-03#0","wrong",C_BP,"HJ10: 工作地点：城北店钣喷中心; answer: '资料没有写明工作地点'")
j("r50a-attr-04#0","partial",C_MF,"HJ09/HJ04/HJ07: 两班倒 8:00—16:00 / 13:00—21:00; answer only '能接受两班倒' from HJ05, labelled 福利")
j("r50a-attr-05#0","ok","","6000-9000 (HJ05) + 底薪2800/按工时计酬 (HJ04); HJ04's graded 综合月薪参考 not shown")
j("r50a-attr-06#0","wrong",C_H1,"HJ01 展厅经理 直接下级: 销售顾问、试驾专员、展厅接待; answer: '资料没有写明直接下级'")
for k in ["attr-07","attr-08","attr-09","attr-10","kpi-01","kpi-02","kpi-03","kpi-04","kd-02","kd-03"]: j(f"r50a-{k}#0","ok")
j("r50a-kd-01#0","ok","","5 indicators from the post's table, weights 100; 考核周期 left 【待设定】 though 填表说明 says 月度考核")
j("r50a-kpi-05#0","wrong",C_PK,"HJ07 p.2 '附：客服专员月度考核指标' (回访完成率30%, 投诉24小时响应率30%, 回访录音抽检合格率20%, 保养提醒到店率20%); answer: '没有客服专员单独的考核指标' and gives the 客户关系部 sheet")
j("r50a-jd-01#0","wrong",C_BP,"duties = '见《钣喷车间岗位职责》' + the 钣喷车间主管's 3 duties flagged 相近岗位; HJ10's 6 钣喷技师 duties absent (facts/KPIs right)")
j("r50a-jd-02#0","wrong",C_SA,"duties only '接待维修客户', 薪资 4500-7000 and 经验 1年以上 taken from the closed 2023 requisition row (HJ04 says 5000—9000, HJ02 2年以上); HJ02 never cited")
j("r50a-jd-03#0","partial",C_HT,"HJ01 duties present, but also 6 服务顾问/备件专员 duties; 任职资格 lists 仓库管理经验, C1, Excel, and post names 服务顾问/备件专员/储备店长; 部门 and 直属上级 【待补充】 though HJ01 gives 二手车部 / 二手车业务主管")
for k in ["fu-01#0","fu-01#1","fu-01#2","fu-02#0","fu-02#1","fu-02#2","fu-03#0","fu-04#0","fu-05#1","fu-07#0","fu-07#1","fu-07#2","fu-08#0"]: j(f"r50a-{k}","ok")
J["r50a-fu-02#1"]=("ok","","says the document has no more detail and quotes item 3")
J["r50a-fu-03#0"]=("ok","","gives 职级 and all three grade rows; 初级 conditions present")
j("r50a-fu-05#0","ok","","城北店 (HJ06); HJ01's '城北店二手车展区' not used (基本信息 lost)")
j("r50a-fu-03#1","wrong",C_LC,"'那高级的呢' after the grade question: expected 高级技师 5年以上, 高级证书, 厂家认证; answer repeats only '职级：T1-T3'")
j("r50a-fu-03#2","wrong",C_FR,"HJ04 综合月薪参考: 高级9000—13000; answer: '谈到了「高级技师」，但没有写明它的薪资' (grade read as a post)")
j("r50a-fu-04#1","partial",C_MF,"两班倒 without the times (HJ09 第二条3: 8:00—16:00, 13:00—21:00)")
j("r50a-fu-04#2","wrong",C_PK,"expects HJ07's 客服专员 KPI table; got the 客户关系部 department sheet")
j("r50a-fu-05#2","partial",C_HT,"'还有别的要求吗': HJ01 part right; HJ06 part lists other cards' requirements and post names")
j("r50a-fu-06#0","wrong",C_FR,"钣喷工 = 钣喷技师 (HJ10 '含钣金、喷漆两个工种'); answered 没有「钣喷工」这个岗位")
j("r50a-fu-06#1","wrong",C_LC,"'他向谁汇报': expected 钣喷车间主管; asked which post (role lost after the refused first turn)")
j("r50a-fu-06#2","wrong",C_LC,"'那这个主管的任职资格呢' should refuse (HJ10 钣喷车间主管 任职资格：略); answered the 客服主管's requirements ('按您的描述，这里回答的是「客服主管」')")
j("r50a-fu-08#1","wrong",C_MD,"HJ08 line 22 '交付专员属于销售部'; answer: '没有写明所属部门'")
j("r50a-fu-08#2","partial",C_MD,"the sentence '…向展厅经理汇报' appears only as the heading, followed by the 4 duties presented as 直属上级 content; no direct answer 展厅经理")
for k in ["oos-01","oos-02","oos-03","oos-05","oos-06","oos-07"]: j(f"r50a-{k}#0","ok")
J["r50a-oos-01#0"]=("ok","","refused; adds '现有的是它的任职要求' (HJ04 最低学历 only)")
j("r50a-oos-04#0","wrong",C_OOS,"展厅接待 is only named (HJ08: 说明书正在编写中); answer lists 服务顾问 card duties and 展厅经理 duties, with the 编写中 line last")

ev = json.load(open("eval/eval.json"))["report"]["systems"]["gangwei"]["questions"]
rows = ["id\tturn\tverdict\tfailure_class\tnote"]
missing = []
for q in ev:
    key = f"{q['item_id']}#{q['turn']}"
    if key not in J: missing.append(key); continue
    v, c, n = J[key]
    rows.append(f"{q['item_id']}\t{q['turn']}\t{v}\t{c}\t{n}")
open("judgments.tsv","w").write("\n".join(rows)+"\n")
print("missing", missing, "extra", set(J)-{f"{q['item_id']}#{q['turn']}" for q in ev})
# stats
items = {json.loads(l)["id"]: json.loads(l) for l in open("set.jsonl")}
by = collections.defaultdict(collections.Counter)
for q in ev:
    v = J[f"{q['item_id']}#{q['turn']}"][0]
    intent = items[q['item_id']]['intent'] if q['turn']==0 else 'followup (later)'
    if q['turn']==0 and intent=='followup': intent='followup (first)'
    by[intent][v]+=1
for k,c in by.items(): print(k, dict(c), "ok share %.0f%%" % (100*c['ok']/sum(c.values())))
cls = collections.Counter(J[k][1] for k in J if J[k][1])
for c,n in cls.most_common(): print(n, c)
tot = collections.Counter(v for v,_,_ in J.values()); print(tot)
