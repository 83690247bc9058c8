"""Hand judgments of every turn (replay /tmp/t41xfu/replay.jsonl == evaluator answers, checked identical)."""
import json, collections
S = [json.loads(l) for l in open('set.jsonl', encoding='utf-8')]
forms = json.load(open('forms.json', encoding='utf-8'))
J = {  # (id, turn) -> (verdict, class, note); everything else ok
 ('xfu-fu-03', 3): ('wrong', 'false refusal', 'cx03 2.6 says the dept is 负责公司师资库的建立,包括外部讲师的管理和内部讲师的培养考核; gangwei took "管讲师" as a role name and refused'),
 ('xfu-fu-05', 1): ('partial', 'wrong cell value', 'gangwei re-ordered the 资金部 table by inferred dimension, so its 6th item is 资金使用评估报告编制及时率 (doc #7) and it answered for that one (consistent with its own list; my gold assumed doc order = 资金头寸…). But it states 数据来源：资金部 although that cell is empty in the xlsx, and does not say the definition is blank'),
 ('xfu-fu-09', 1): ('partial', 'list cut / missed field', '美团 前端 requirements are 5 items (cx06 l.86-90); gangwei (as "skills") gave 3 and dropped 2 (前端框架/工程化) and 3 (CSS/JS/性能优化)'),
 ('xfu-fu-09', 2): ('wrong', 'wrong item (ordinal)', 'doc item 2 = 探索和实践针对中后台系统的前端体系化研发方案; gangwei returned item 1 (美团外卖 CRM 前端技术方案设计)'),
 ('xfu-fu-09', 3): ('wrong', 'answered OOS', '"React和Vue哪个更好学" is a programming opinion question; gangwei quoted posting lines mentioning React/Vue instead of refusing'),
 ('xfu-fu-09', 4): ('wrong', 'lost context (back reference)', '"回到京东那个" should go back to 京东物流 前端研发 (工作地点 北京总部, l.96); gangwei stayed on 美团 and answered 成都'),
 ('xfu-fu-11', 3): ('partial', 'lost context (company)', '"他们家的前端开发" = Moka 前端开发工程师 (l.2-8); gangwei said no 前端开发 post exists, led with 杭州百腾教育 requirements, and put Moka\'s only as "另一份资料"'),
 ('xfu-fu-13', 1): ('partial', 'false refusal (还有吗)', 'the 8 duties were complete in turn 0; the right answer is "that is all" (or the list again); gangwei answered "资料没有写明这一点" (a refusal)'),
 ('xfu-fu-15', 2): ('wrong', 'false refusal (short title)', '"机械那个储备岗" = 机械技术储备 (cx07 l.234-245); gangwei refused: 没有「储备岗」这个岗位'),
 ('xfu-fu-16', 3): ('wrong', 'false refusal', 'cx07 l.81 says 具有公司经营管理与产品管理工作经验1年及以上（未来发展成为事业部总经理所需）; gangwei said the material does not state it'),
 ('xfu-fu-19', 1): ('partial', 'lost context (scope widened)', 'after a question about 内部运营类, "具体是哪些指标" should list its 7 indicators; gangwei printed all 16 indicators of all 5 categories'),
 ('xfu-fu-21', 3): ('wrong', 'wrong item (ordinal)', 'version 2 (导购岗位职责2) item 3 = 按顾客需要及喜好介绍公司产品…; gangwei returned item 3 of version 1 (来货验收…防损)'),
 ('xfu-fu-22', 2): ('wrong', 'list cut / missed field', 'cx10 l.39 says 有卖场促销丰富经验优先,粤语优先; gangwei answered as "skills" with l.37 only (沟通能力…促销经验), never mentions 粤语'),
 ('xfu-fu-22', 3): ('partial', 'list cut / missed field', 'cx11 岗位核心要求 has 4 items (形象与沟通/操作与细心/应变与服务/合规意识); gangwei (as "skills") gave 2, dropping 形象与沟通 (亲和力) and 合规意识'),
 ('xfu-fu-23', 4): ('partial', 'list cut / missed field (unfocused)', 'question is about 客诉 (item 4: 先安抚情绪…上报主管); gangwei printed all 5 duties with a garbled caveat "没有「碰到客人投诉前台」的专门资料"'),
 ('xfu-fu-24', 2): ('wrong', 'answered OOS', 'cx12 业绩衡量标准 are all 略 and the 使用说明 says they are omitted; gangwei quoted that note but also listed 车辆调度员 (cx02) 业绩标准 as if relevant'),
 ('xfu-fu-24', 3): ('wrong', 'false refusal', 'cx12 gives 时间分配 15% / 65% / 15% for the three duty groups (l.32,38,48); gangwei said it is not stated'),
 ('xfu-fu-24', 4): ('wrong', 'false refusal', '"65%那块" = 主要负责的行政管理工作 (l.39-47: 资料库, 大事记, 办公用品, 食堂, 福利, 固定资产, 年会); gangwei refused outright'),
 ('xfu-fu-26', 0): ('wrong', 'wrong section', 'cx14 KPI table: 企业内控制度的调整 25%, 财务分析报告 30%, 利润中心的操作维护 20%, 月底结帐处理 25%; gangwei said there is no such post and showed only the 财务分析报告 scoring sub-table (格式/准确性/有效性/及时性)'),
 ('xfu-fu-26', 2): ('wrong', 'lost context (stuck answer)', '利润中心的操作维护 rule (一次-5分二次–20分…四次及以上0分, l.5); gangwei repeated the scoring sub-table'),
 ('xfu-fu-26', 3): ('wrong', 'lost context (stuck answer)', 'l.10 says the sheet is 由财务部经理填写; gangwei repeated the scoring sub-table'),
 ('xfu-fu-30', 1): ('wrong', 'lost context (paraphrase)', '"他平时听谁安排" = 直接上级 车辆租赁中心主任; gangwei returned 工作任务 lines about 安排出车'),
 ('xfu-jd-01', 0): ('partial', 'JD field left blank', 'PDF states 所属部门 财务部, 大专或以上学历 and 会计从业资格证; the draft leaves 所属部门/学历/证书 as 【待补充】 and files the education+certificate line under 专业'),
}
NOTES = {
 ('xfu-fu-06', 4): 'comparison: lists both requirement sets, no explicit verdict (facts present)',
 ('xfu-fu-10', 3): 'comparison: lists both requirement sets, no explicit verdict (facts present)',
 ('xfu-fu-29', 2): 'comparison: prints the full requirement lists (19 lines) rather than the two years; facts present',
 ('xfu-fu-17', 0): 'correct; caveat "没有「学校出纳」的专门资料…仅供参考" although the doc is the 培训学校出纳 说明书 (also turns 1-3)',
 ('xfu-fu-22', 0): 'correct; caveat "没有「商超导购」的专门资料" although version 2 is the 商超 posting',
 ('xfu-fu-06', 1): 'correct (每年1~2次到上海); evaluator key point missed only because the text escapes ~ as \\~',
 ('xfu-fu-17', 2): 'correct (直接下级：无); evaluator key points missed because gangwei relabels 直接下属 as 直接下级',
}
out = ['id\tturn\tverdict\tfailure_class\tnote']
rows = []
for d in S:
    for k in range(1 + len(d['turns'] or [])):
        v, c, n = J.get((d['id'], k), ('ok', '', NOTES.get((d['id'], k), '')))
        form = 'first' if k == 0 else forms[f"{d['id']}#{k}"]
        intent = d['intent'] if k == 0 else d['turns'][k - 1]['intent']
        rows.append((d['id'], k, v, c, n, form, intent))
        out.append(f"{d['id']}\t{k}\t{v}\t{c}\t{n}")
open('judgments.tsv', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
json.dump(rows, open('/tmp/t41xfu/rows.json', 'w'), ensure_ascii=False)
cnt = collections.Counter(r[2] for r in rows); print('all turns', len(rows), cnt)
first = [r for r in rows if r[1] == 0]; later = [r for r in rows if r[1] > 0]
for name, rs in (('first turns', first), ('later turns', later)):
    c = collections.Counter(r[2] for r in rs); print(name, len(rs), dict(c), f"ok {c['ok']/len(rs):.0%}")
def base(f):
    f = f.split(' (')[0]
    return f
bf = collections.defaultdict(list)
for r in later: bf[base(r[5])].append(r[2])
print('\nper form (later turns): form | n | ok | partial | wrong | ok-share')
for f, vs in sorted(bf.items(), key=lambda x: -len(x[1])):
    c = collections.Counter(vs); print(f"{f} | {len(vs)} | {c['ok']} | {c['partial']} | {c['wrong']} | {c['ok']/len(vs):.0%}")
bi = collections.defaultdict(list)
for r in rows: bi[r[6] if r[1] > 0 else ('followup(first)' if r[6]=='followup' else r[6])].append(r[2])
print('\nper intent:')
for f, vs in sorted(bi.items()):
    c = collections.Counter(vs); print(f"{f} | {len(vs)} | {c['ok']} | {c['partial']} | {c['wrong']} | {c['ok']/len(vs):.0%}")
cl = collections.Counter(r[3] for r in rows if r[3]); print('\nclasses', cl.most_common())
