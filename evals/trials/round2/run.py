"""Trial driver: run multi-turn conversations from a JSONL file through gangwei's ChatService.

Each JSONL line:  {"id": "s01", "note": "...", "turns": [{"q": "...", "expect": {...}}, ...]}
expect keys (all optional):
  role           str or list[str]: the answer's role (answer.role / role_ref.title) must contain one of them
  must_contain   list[str]: every string must occur in the answer text
  any_of         list[str]: at least one must occur in the answer text
  must_not_contain list[str]: none may occur in the answer text
  refuse         bool: answer.refused must equal this (a clarifying question counts as refused=True only
                 if the engine marks it so; use "clarify": true for "should ask which role")
  clarify        bool: the answer should ask which role (text contains 哪个/哪一个/请问/请说明 ... and no list)
  cite           str: some citation's file must contain this substring
  tool           "jd" | "kpi_design" | null: what the chat must route the message to (answer.tool)

Usage (from the checkout to test):
  export PYTHONPATH=$PWD HF_HUB_OFFLINE=1 GANGWEI_EMBED_CACHE_DIR=...
  GANGWEI_HOME=/tmp/trial/home-shipped GANGWEI_CORPUS_DIR=$PWD/corpus \
      python trial/run.py trial/conversations-shipped.jsonl --out /tmp/trial/results-shipped.jsonl
Prints every turn (question, role, intent, refused, text, citations), then one summary line per
conversation (PASS/FAIL of the machine checks) and totals.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

CLARIFY_MARKERS = ("哪个岗位", "哪一个岗位", "哪个职位", "请问您", "请说明", "具体是哪", "您指的是", "哪个公司", "哪一家", "请指明", "您想问")


def check(answer, expect: dict) -> list[str]:
    fails: list[str] = []
    text = answer.text or ""
    role = " ".join(x for x in [answer.role or "", (answer.role_ref.title if answer.role_ref else "") or ""] if x)
    if "role" in expect and expect["role"]:
        wanted = expect["role"] if isinstance(expect["role"], list) else [expect["role"]]
        if not any(w in role for w in wanted):
            fails.append(f"role={role!r} want {wanted}")
    for s in expect.get("must_contain", []):
        if s not in text:
            fails.append(f"missing {s!r}")
    if expect.get("any_of"):
        if not any(s in text for s in expect["any_of"]):
            fails.append(f"none of {expect['any_of']}")
    for s in expect.get("must_not_contain", []):
        if s in text:
            fails.append(f"has {s!r}")
    if "refuse" in expect and bool(answer.refused) != bool(expect["refuse"]):
        fails.append(f"refused={answer.refused} want {expect['refuse']}")
    if expect.get("clarify"):
        if not any(m in text for m in CLARIFY_MARKERS):
            fails.append("no clarifying question")
    if "tool" in expect:
        got = getattr(answer, "tool", None)
        got = getattr(got, "value", got)
        if (got or None) != (expect["tool"] or None):
            fails.append(f"tool={got!r} want {expect['tool']!r}")
    if expect.get("cite"):
        if not any(expect["cite"] in c.file for c in answer.citations):
            fails.append(f"no citation of {expect['cite']!r}")
    return fails


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("conversations")
    ap.add_argument("--out", help="write one JSON line per turn (full answer + check result)")
    ap.add_argument("--only", help="comma-separated conversation ids")
    ap.add_argument("--width", type=int, default=700, help="characters of answer text printed per turn")
    args = ap.parse_args()

    from assistant.config import Settings
    from assistant.services import Services

    svc = Services(Settings())
    convs = [json.loads(l) for l in open(args.conversations, encoding="utf-8") if l.strip() and not l.startswith("//")]
    if args.only:
        keep = set(args.only.split(","))
        convs = [c for c in convs if c["id"] in keep]
    out = open(args.out, "w", encoding="utf-8") if args.out else None
    summary = []
    totals = {"first": [0, 0], "follow": [0, 0], "tool": [0, 0]}
    for conv in convs:
        conversation = svc.chat.new_conversation()
        results = []
        print(f"\n######## {conv['id']}  {conv.get('note', '')}")
        for i, turn in enumerate(conv["turns"]):
            t0 = time.time()
            try:
                answer = svc.chat.ask(turn["q"], conversation)
            except Exception as exc:  # noqa: BLE001
                print(f"--- T{i+1} Q: {turn['q']}\n    ERROR {type(exc).__name__}: {exc}")
                results.append(False)
                continue
            dt = time.time() - t0
            fails = check(answer, turn.get("expect", {}))
            ok = not fails
            results.append(ok)
            kind = "first" if i == 0 else "follow"
            totals[kind][0 if ok else 1] += 1
            if "tool" in turn.get("expect", {}):
                tf = [x for x in fails if x.startswith("tool=")]
                totals["tool"][1 if tf else 0] += 1
            rr = answer.role_ref
            print(f"--- T{i+1} Q: {turn['q']}")
            print(f"    role={answer.role!r} kb_title={(rr.title if rr else None)!r} match={(rr.match if rr else None)} "
                  f"intent={answer.intent.value} attr={answer.attribute} refused={answer.refused} tool={answer.tool} ({dt:.1f}s)")
            if answer.caveat:
                print(f"    caveat: {answer.caveat}")
            txt = answer.text.replace("\n", "\n    | ")
            if len(txt) > args.width:
                txt = txt[: args.width] + " …"
            print("    | " + txt)
            for c in answer.citations[:6]:
                print(f"    [{c.id}] {c.file} {c.location or ''} role={c.role}")
            print(f"    CHECK {'PASS' if ok else 'FAIL: ' + '; '.join(fails)}")
            if out:
                out.write(json.dumps({"id": conv["id"], "turn": i + 1, "q": turn["q"], "expect": turn.get("expect", {}),
                                      "pass": ok, "fails": fails, "answer": answer.model_dump(mode="json")},
                                     ensure_ascii=False) + "\n")
                out.flush()
        line = f"SUMMARY {conv['id']:<6} {'PASS' if all(results) else 'FAIL'}  " + " ".join(
            f"T{j+1}:{'ok' if r else 'X'}" for j, r in enumerate(results))
        summary.append(line)
    print("\n" + "\n".join(summary))
    f, u = totals["first"], totals["follow"]
    t = totals["tool"]
    print(f"TOTAL machine checks: first turns {f[0]}/{sum(f)} pass, follow-ups {u[0]}/{sum(u)} pass, tool routing {t[0]}/{sum(t)} correct")
    return 0


if __name__ == "__main__":
    sys.exit(main())
