J = [
("duty-01",0,"ok","","all 6 duties from WS01 soft-break cell"),
("duty-02",0,"ok","",""),
("duty-03",0,"ok","",""),
("duty-04",0,"ok","","'配送员' resolved to 物流配送员"),
("duty-05",0,"ok","",""),
("duty-06",0,"ok","","all 5 工序 rows (evaluator 75%: phrase 水洗/干洗 group matched differently); content complete"),
("duty-07",0,"ok","","typo 职则 handled"),
("duty-08",0,"ok","","adds a junk line 'What you will do' from WS06 heading"),
("duty-09",0,"ok","",""),
("duty-10",0,"wrong","ingestion: GBK ◎label/value JD not read","WS09 lists 6 duties (点检/保养计划/30分钟到场/备件/溶剂回收/台账); gangwei refused, citing only WS02 3.6 pointer 'see notice attachment'"),
("duty-11",0,"wrong","ingestion: bilingual html title","WS06 lists 区域督导 duties (6–8家门店, 巡店≥2次/周, 经营分析会, 选址); gangwei said no duty list and quoted WS08 lines where 区域督导 is only the trainer"),
("duty-12",0,"ok","","16:00 (not the superseded 17:00)"),
("duty-13",0,"ok","","3000元 from WS08; routed as pay attribute but right fact"),
("duty-14",0,"wrong","ingestion: GBK ◎label/value JD not read","WS09 duty 3: 30分钟内到场, 重大故障2小时内方案; gangwei refused"),
("qual-01",0,"ok","","大专 listed twice; 备注 row (副店长代行) mixed into requirements"),
("qual-02",0,"ok","",""),
("qual-03",0,"ok","","current 3.3 used, void 2022 appendix ignored"),
("qual-04",0,"ok","","leads with CSV, adds WS01; bare '不限' item"),
("qual-05",0,"ok","",""),
("qual-06",0,"ok","",""),
("qual-07",0,"ok","",""),
("qual-08",0,"wrong","ingestion: GBK ◎label/value JD not read","WS09: 中专 机电一体化, 3年, 低压电工必持, G1锅炉优先 (also WS04 证书要求 sheet); gangwei refused citing WS02 pointer"),
("qual-09",0,"partial","missed field","WS02: 无经验可由公司培训, 初中及以上; gangwei answered only CSV '经验要求：不限'"),
("qual-10",0,"wrong","ingestion: bilingual html title","WS06 lines 23-25: 本科, 5年连锁+2年多店; gangwei: no requirements for 区域督导 (profile stored as 'Area Supervisor')"),
("attr-01",0,"ok","",""),
("attr-02",0,"ok","","quotes the notice: 改为直接向工厂主管汇报 (no date, but current)"),
("attr-03",0,"ok","",""),
("attr-04",0,"wrong","stale/closed record","WS04: 计件 底薪3000元+每件0.8元; gangwei gave 4200-5000元/月 from the CSV row R2024112 marked 已关闭（2024-11）"),
("attr-05",0,"wrong","ingestion: footnote not read","WS01 pay is in a footnote (8000–12000+1%提成), WS04 says 8000-12000+营业额1%提成; gangwei answered '见脚注'"),
("attr-06",0,"ok","",""),
("attr-07",0,"ok","",""),
("attr-08",0,"wrong","wrong attribute","asked 哪个车间 (department: 预处理组, in 水洗车间); gangwei answered location 顺义区中央洗涤工厂"),
("attr-09",0,"wrong","ingestion: bilingual html title","WS06: 本科及以上; gangwei refused"),
("attr-10",0,"partial","field boundary","facts present (包住宿/工作餐/五险) but the whole Markdown JD cell is dumped as '福利'"),
("kpi-01",0,"wrong","ingestion: outline-numbered KPI library not read","WS03 门店KPI 1.1–1.5 (营业额达成率30, 会员储值20, 投诉率20, 赔付15, 流失率15); gangwei: no KPI for 门店店长"),
("kpi-02",0,"wrong","ingestion: outline-numbered KPI library not read","WS03 熨烫工 2.1–2.4 (人均日熨烫件数≥180件 35% …); refused"),
("kpi-03",0,"wrong","ingestion: filled-in PDF KPI form","WS07 p1: 漏检率30% / 出厂错发率25% / 返工单闭环率20% / 周报15% / 投诉件数10%; gangwei listed the form header (月份, 考核人) and WS03 instructions"),
("kpi-04",0,"wrong","ingestion: outline-numbered KPI library not read","WS03 物流KPI: 准时到店率40 / 交接差错件数30 / 行车安全事故20 / 油耗10; refused"),
("kpi-05",0,"partial","ingestion: filled-in PDF KPI form","35% ≥90% appear only in the heading line; the listed items are the other rows incl. the employee's actual scores"),
("jd-01",0,"partial","ingestion: footnote not read","duties/quals correct; 薪资 '见脚注'; KPI section invents 费用预算达成率 instead of WS03's 收衣差错率 etc."),
("jd-02",0,"partial","field misallocation","duties ok; 所属部门 【待补充】 though 预处理组 stated; experience text put under 专业, 经验 left 【待补充】"),
("jd-03",0,"wrong","ingestion: GBK ◎label/value JD not read","JD entirely 【待补充】, no citations; WS09 has the full JD"),
("kd-01",0,"wrong","ingestion: outline-numbered KPI library not read","WS03 客服专员: 投诉首次响应及时率/工单48小时闭环率/回访完成率/通话质检; gangwei invented 费用预算达成率, 投诉次数, 培训计划完成率"),
("kd-02",0,"wrong","ingestion: outline-numbered KPI library not read","WS03 洗涤工: 次日入洗率/返洗率/损坏件数/点检执行率; gangwei: 服务对象满意度, 按时完成率 x2, 培训计划完成率"),
("kd-03",0,"wrong","ingestion: outline-numbered KPI library not read","WS03 工厂主管 5 indicators; gangwei generic BSC fillers"),
("fu-01",0,"wrong","false refusal","'熨烫工要干啥' refused: '没有写出具体内容，只写了 —' citing an empty '—' cell of WS04 证书要求; the same post's duties were answered for '熨烫工的工作职则'"),
("fu-01",1,"ok","","qualification resolved to 熨烫工"),
("fu-01",2,"wrong","stale/closed record","pay: 4200-5000 from the closed 2024 CSV row instead of 计件 3000+0.8 (WS04)"),
("fu-02",0,"ok","",""),
("fu-02",1,"ok","","'风险告知那条' resolved to item 3; says no further detail"),
("fu-02",2,"ok","","pronoun resolved, 水洗班长"),
("fu-03",0,"wrong","ingestion: GBK ◎label/value JD not read","WS09 / WS04: 低压电工作业证必持, G1锅炉优先; refused (even WS04's 证书要求 row not used)"),
("fu-03",1,"wrong","ingestion: GBK ◎label/value JD not read","WS09: 机电一体化、电气自动化; refused"),
("fu-03",2,"ok","","120元/晚 from the notice"),
("fu-04",0,"wrong","ingestion: outline-numbered KPI library not read","refused; WS03 has 4 indicators"),
("fu-04",1,"wrong","ingestion: outline-numbered KPI library not read","context kept (role switched to 收衣员) but refused"),
("fu-04",2,"wrong","ingestion: outline-numbered KPI library not read","context kept (门店店长) but refused"),
("fu-05",0,"wrong","false refusal","'物流配送员的职责是啥' refused with the '—' cell of WS04 证书要求; WS01 has 5 duties (answered for '送衣服的配送员岗位要做什么')"),
("fu-05",1,"ok","",""),
("fu-05",2,"wrong","还有吗 repeats","repeated the previous answer; WS05 JD cell adds 无重大交通事故记录, 45周岁以下"),
("fu-06",0,"wrong","ingestion: bilingual html title","as duty-11"),
("fu-06",1,"wrong","ingestion: bilingual html title","WS06 line 25: 汇报对象 门店运营部经理; refused"),
("fu-06",2,"wrong","ingestion: bilingual html title","WS06 ¥12k–18k, WS04 12000-18000 (row 区域督导); refused"),
("fu-07",0,"ok","",""),
("fu-07",1,"ok","","第4条 resolved"),
("fu-07",2,"wrong","ingestion: filled-in PDF KPI form","as kpi-03"),
("fu-08",0,"ok","",""),
("fu-08",1,"ok","","初中, void 2022 appendix not used"),
("fu-08",2,"wrong","section bleed into 略 post","WS02 3.7 皮具护理师 '略'; gangwei answered '2022版熨烫工任职要求:高中及以上学历' from the void appendix B as 皮具护理师's education"),
("oos-01",0,"wrong","wrong post (answered OOS)","副店长 is only '参照门店店长执行，具体内容略'; gangwei printed 门店店长's duties under the 门店店长 header without mentioning 副店长"),
("oos-02",0,"ok","","says only named"),
("oos-03",0,"wrong","section bleed into 略 post","answered with the void 2022 熨烫工 appendix (高中, 3年, 中级证) as 皮具护理师's requirements"),
("oos-04",0,"ok","",""),
("oos-05",0,"ok","",""),
("oos-06",0,"ok","",""),
("oos-07",0,"wrong","wrong post (answered OOS)","WS04 副店长 pay '(空白)'; gangwei answered 门店店长's pay cell '见脚注'"),
]
with open("judgments.tsv","w",encoding="utf-8") as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for i,t,v,c,n in J:
        f.write(f"w56-{i}\t{t}\t{v}\t{c}\t{n}\n")
from collections import Counter
print(len(J), Counter(v for _,_,v,_,_ in J))
cc=Counter(c for _,_,v,c,_ in J if v!="ok")
for k,v in cc.most_common(): print(v,k)
# per intent pass (ok) shares by my judgment
import json
intent={json.loads(l)["id"][4:]:json.loads(l)["intent"] for l in open("set.jsonl")}
per=Counter(); okc=Counter()
for i,t,v,c,n in J:
    k = intent[i] if t==0 else "followup later"
    if intent[i]=="followup" and t==0: k="followup first"
    per[k]+=1; okc[k]+= v=="ok"
for k in per: print(k, f"{okc[k]}/{per[k]}")
