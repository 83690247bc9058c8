#!/usr/bin/env python3
"""Diagnostic control (not part of the set): each failing later turn rewritten as a self-contained
question, asked in a fresh conversation, scored with the same key points. Separates context-resolution
failures from answering/retrieval failures. Writes run/control.json."""
import json, subprocess, os, unicodedata, re
from pathlib import Path
HERE = Path(__file__).resolve().parent
items = {json.loads(l)["id"]: json.loads(l) for l in (HERE / "set.jsonl").read_text().splitlines() if l.strip()}
STANDALONE = {
 ("r15f-fu-01", 2): "一德期货研究院分析师的工作地点是不是固定在天津?",
 ("r15f-fu-03", 4): "大连营业部财务专员和总部财务部财务人员都要会计资格证书吗?",
 ("r15f-fu-05", 3): "支行客户经理(技术性业务岗位)平时主要负责哪些工作?",
 ("r15f-fu-07", 1): "凉山邮政大客户经理考核中大客户营销那项怎么打分?",
 ("r15f-fu-08", 1): "养生会所营销总监向谁汇报?",
 ("r15f-fu-08", 2): "养生会所营销总监手下带的是哪些人?",
 ("r15f-fu-09", 1): "按摩技师部门主管对谁负责?",
 ("r15f-fu-11", 2): "烟草客户经理的四维三层预测法是什么?",
 ("r15f-fu-12", 2): "农村信用社贷款首放制对第一责任人除了六包还有什么要求?",
 ("r15f-fu-14", 3): "银行柜员的存贷款任务重不重?",
 ("r15f-fu-15", 1): "银行招聘中技术岗有什么要求?",
 ("r15f-fu-15", 2): "银行客户经理收入大概什么水平?",
 ("r15f-fu-16", 3): "外贸业务经理需要什么能力?",
 ("r15f-fu-17", 2): "证券营业部营销团队的客户经理归谁管?",
 ("r15f-fu-17", 3): "证券营业部营销团队对客户经理的考勤有哪些要求?",
 ("r15f-fu-18", 1): "营业部营销团队的例会多久开一次?",
 ("r15f-fu-18", 2): "营销团队的客户经理外出拜访客户要走什么手续?",
 ("r15f-fu-18", 4): "营销团队的客户经理要负责保管什么?",
 ("r15f-fu-19", 1): "商业银行客户经理岗位职责中的授信业务审批跟进具体包括什么?",
 ("r15f-fu-19", 2): "商业银行客户经理需要掌握哪些知识和技能?",
 ("r15f-fu-19", 3): "客户经理助理岗、客户经理岗、高级客户经理岗对知识的掌握程度要求有什么不同?",
 ("r15f-fu-20", 3): "产品经理一般由什么样的员工担任?",
 ("r15f-fu-21", 2): "网格经理和网格客户经理哪个负责网格团队的搭建?",
 ("r15f-fu-24", 1): "现行商业银行客户经理绩效考核方法存在哪些弊端?",
 ("r15f-fu-24", 2): "商业银行客户经理绩效考核方法有哪些优化措施?",
 ("r15f-fu-25", 1): "客户经理职务晋升条件中哪个起核心作用?",
 ("r15f-fu-25", 3): "客户经理的时间和精力一般都花在哪里?",
 ("r15f-fu-26", 1): "A银行对客户关系经理岗位的人才管理工作怎么衡量?",
 ("r15f-fu-26", 2): "对客户关系经理岗位只看招聘周期这一个指标行不行?",
 ("r15f-fu-27", 3): "快递业务员要负责处理快件遗失损坏这类事情吗?",
 ("r15f-fu-30", 2): "一德期货客户关系专员需要什么能力?",
 ("r15f-fu-30", 3): "一德期货客服中心有哪些岗位?",
}
def norm(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
lines = []
for q in STANDALONE.values(): lines += [q, ""]
inp = "\n".join(lines)
env = dict(os.environ)
out = subprocess.run(["/work/main/.venv/bin/python", "-m", "assistant", "ask", "--batch", "-"], input=inp, text=True,
                     capture_output=True, cwd="/tmp", env=env).stdout
ans = [json.loads(l) for l in out.splitlines() if l.strip()]
res = []
for (k, q), a in zip(STANDALONE.items(), ans):
    kps = items[k[0]]["turns"][k[1] - 1]["key_points"]
    t = norm(a.get("text") or "")
    hit = [any(norm(p) in t for p in g) for g in kps]
    cov = sum(hit) / len(hit)
    ok = (not a.get("refused")) and cov >= 0.5
    res.append(dict(id=k[0], turn=k[1], question=q, refused=a.get("refused"), cov=cov, ok=ok,
                    intent=a.get("intent"), role=a.get("role"), answer=(a.get("text") or "")[:400]))
    print(f"{k[0][-2:]}#{k[1]} standalone ok={ok} cov={cov:.2f} ref={a.get('refused')} intent={a.get('intent')}/{a.get('attribute')} role={a.get('role')} | {q}")
(HERE / "run" / "control.json").write_text(json.dumps(res, ensure_ascii=False, indent=1))
print("standalone ok:", sum(r["ok"] for r in res), "/", len(res))
