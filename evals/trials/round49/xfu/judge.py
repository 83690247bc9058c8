import json
from collections import defaultdict, Counter
F = json.load(open("forms.json"))
BAD = {
 ("r49xfu-fu-03",0): ("partial","spurious caveat","Doc cx03 3.1.1 lists the 培训部经理 duties a)-h); gangwei listed them correctly but first said 知识库中没有「手册里培训部经理」的专门资料…仅供参考 (filler word 手册里 kept in the role name)"),
 ("r49xfu-fu-03",3): ("wrong","false refusal","(intent misread) Doc cx03 c) 责培训部员工的工作安排与绩效考核 (he appraises the 培训部 staff); gangwei read 绩效考核 as a KPI request and refused: 资料没有写明考核指标"),
 ("r49xfu-fu-04",2): ("partial","lost context","(pronoun) 它 = 人员编制控制率, type 内部营运类 (cx04); gangwei re-listed all 11 HR KPIs under their type headings instead of answering for the one indicator"),
 ("r49xfu-fu-09",1): ("wrong","lost context","(attribute not carried on role switch) Previous turn asked requirements; cx06 l.98-108 京东物流 requirements (全日制本科, 3-5年, React/Vue); gangwei switched to 岗位职责 and gave the one-line duty l.97"),
 ("r49xfu-fu-09",2): ("partial","comparison not made","Expected: 京东物流 requires 全日制本科 (l.99), 美团 posting names no degree; gangwei only printed 京东's education line, no comparison with 美团"),
 ("r49xfu-fu-10",1): ("wrong","false refusal","(pay phrasing 开价) cx06 l.50 薪资 column 15K - 45K for 测试工程师（测试经理）; gangwei (intent method) said 资料没有写明这一点"),
 ("r49xfu-fu-11",1): ("partial","ingestion: CSV 来源 cell read as a list item","加分项 l.44-49 correct, but the row's 来源 URL https://github.com/... was listed as a fifth 加分项, and the whole 岗位要求 list was repeated"),
 ("r49xfu-fu-13",2): ("partial","spurious caveat","Answer (铆工 40岁以下, cx07 l.140) right, but prefixed 知识库中没有「隔壁铆工」的专门资料…仅供参考 (filler 隔壁 kept in role name)"),
 ("r49xfu-fu-17",2): ("wrong","false refusal","(short title 矫正机那个 not resolved) 矫正机那个 = 矫正机操作工 (cx07 l.206: 初中学历, 三年以上…矫正机操作经验); gangwei stayed on 剪板机操作工 and refused"),
 ("r49xfu-fu-26",3): ("wrong","missed field","(时间分配 %) cx12 l.38-39: 65 % 主要负责的行政管理工作 is the largest share; gangwei repeated the 15-item duty list without any percentages"),
 ("r49xfu-fu-27",1): ("partial","answered OOS","(near-miss 略 field; wrong post mixed in) cx12 业绩衡量标准 are all 略 and 使用说明 says they are not listed; gangwei quoted that 使用说明 but also listed 车辆调度员's 业绩标准 from cx02 as if they applied"),
 ("r49xfu-fu-27",3): ("wrong","lost context","(ordinal over duty groups) Third duty group cx12 l.48-54 部门内部建设以及对外关系协调 (队伍建设, 考勤, 接待); gangwei lost the role and returned random passages from cx16, cx02, cx03, cx06"),
 ("r49xfu-fu-28",1): ("wrong","lost context","(ellipsis dropped role) cx13 l.6 人力资源专员: 熟练掌握中英文听、说、读、写技能; gangwei dropped the role and listed English requirements of cx05 销售经理, cx06 SRE, cx07 销售员 and an unrelated cx02 line"),
 ("r49xfu-fu-28",2): ("wrong","false refusal","(typo 招聘专圆 not resolved) 招聘专圆 = 招聘专员, whose behaviour standard is cx13 l.8-20 (策划招聘文案, 组织招募活动, 转正考核); gangwei kept 人力资源专员 and refused: 没有写明岗位职责"),
 ("r49xfu-fu-28",3): ("wrong","lost context","(ordinal) 第二部分 = cx13 section 2 转正考核与异动管理 (l.15-20); gangwei answered item 2 of cx05 销售经理's requirements (形象气质佳…)"),
 ("r49xfu-fu-29",1): ("wrong","missed field","(linked table 见附表) cx14 says 计算方法 见附表; the 软指标评分表 l.9-17 gives 格式10%, 数据的准确性30%, 数据的有效性30%, 报告提交的及时性30%; gangwei said 资料中对这一条没有更详细的说明"),
 ("r49xfu-jd-03",0): ("partial","invented values","JD duties/quals correct and cited, but the KPI section gives weights 30/20/20/30 and BSC dimensions that cx02 does not contain (it gives only the four % targets), cited [15] without a 推导 mark; 岗位级别 shows 生产 (that is 岗位序列; 层级 is 十二)"),
}
OKNOTE = {
 ("r49xfu-fu-26",2): "15 of 17 items shown with a 还有吗 hint (item 16 考勤 cut); group headings listed as items",
 ("r49xfu-fu-22",2): "morning items present but whole lists of versions 3 and 1 printed",
 ("r49xfu-kpi_design-04",0): "5 of 6 审计部 indicators, equal weights, dimension marked 推断; single BSC dimension is what the source gives",
 ("r49xfu-fu-19",2): "full requirement list; 从业年限 label lost (item reads only 2年以上)",
 ("r49xfu-fu-29",0): "raw tab rows, weights present; stray 格式 10% from the scoring table",
}
CANON = {"ellipsis":"ellipsis","pronoun":"pronoun","ordinal":"ordinal","more":"more (还有吗)",
 "switch_role":"switch role","switch_role_company":"switch role","switch_company":"switch role","switch_variant":"switch role",
 "typo_switch_role":"typo / short title","short_title_switch":"typo / short title","typo_variant":"typo / short title","short_name":"typo / short title",
 "switch_attribute":"switch attribute","comparison":"comparison","comparison_within":"comparison",
 "back_reference":"back to earlier topic","resume_after_oos":"back to earlier topic",
 "switch_role_oos":"out of scope","empty_field_oos":"out of scope","oos_mid":"out of scope","oos_mid_nearmiss":"out of scope","oos_end":"out of scope","pronoun_oos_nearmiss":"out of scope",
 "explicit_role":"explicit/implicit role","implicit_role":"explicit/implicit role"}
rows = ["id\tturn\tverdict\tfailure_class\tnote"]
byform = defaultdict(Counter); detailed = defaultdict(Counter); classes = Counter(); first = Counter(); later = Counter()
for raw in open("set.jsonl"):
    d = json.loads(raw)
    for k in range(1 + len(d["turns"] or [])):
        v, c, n = BAD.get((d["id"], k), ("ok", "", OKNOTE.get((d["id"], k), "")))
        rows.append(f"{d['id']}\t{k}\t{v}\t{c}\t{n}")
        if c: classes[c] += 1
        if k == 0: first[v] += 1
        else:
            later[v] += 1
            f = F[d["id"]]["later"][k-1]
            byform[CANON[f]][v] += 1; detailed[f][v] += 1
open("judgments.tsv", "w").write("\n".join(rows) + "\n")
print("first turns/singles", dict(first), "later", dict(later))
for f, c in sorted(byform.items(), key=lambda x: -sum(x[1].values())):
    n = sum(c.values()); print(f"{f}\t{n}\t{c['ok']}\t{c['partial']}\t{c['wrong']}\t{100*c['ok']/n:.0f}%\t{100*(c['ok']+c['partial'])/n:.0f}%")
print(classes.most_common())
