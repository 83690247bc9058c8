import json,unicodedata,re
C="/tmp/r44code/corpus/"
def n(s): return re.sub(r"\s+","",unicodedata.normalize("NFKC",s))
def txt(e):
    L=open(C+e["file"],encoding="utf-8").read().splitlines()
    return "".join(L[e["line_start"]-1:e["line_end"]])
for it in map(json.loads,open("set.jsonl")):
    turns=[it]+(it["turns"] or [])
    for k,t in enumerate(turns):
        T=n("".join(txt(e) for e in t["evidence"]))
        bad=[g for g in t["key_points"] if not any(n(p) in T for p in g)]
        print(it["id"],k,t["question"],"| BAD" if bad else "", bad, "|", T[:90])
