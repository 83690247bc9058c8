"""Calibrate the answerer's refusal threshold: relevance of the best evidence, in- vs out-of-scope.

Usage: python benchmarks/calibrate_answer.py [--home DIR] [--gold]

Prints, per question set, the distribution of the refusal gate's evidence score
(``assistant.answer.chain.evidence_score``: lexical coverage of the question by the best evidence
unit plus the e5 similarity of the closest passage) and the wrong refusal decisions at the
thresholds in ``assistant.answer.chain``. Questions that rule-based understanding already
refuses (other domain, chit-chat, a role the corpus never mentions) are reported separately: the
threshold only has to separate the rest. Calibration sets: evals/data/answer_scope.jsonl and
evals/data/retrieval_dev.jsonl (all in scope); ``--gold`` adds evals/data/gold.jsonl as the held-out check.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load(path: Path) -> list[tuple[str, str, bool]]:
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            refuse = bool(d.get("expect_refusal", False))
            out.append((d["id"], d["question"], refuse))
    return out


def gate_group(u) -> str:  # type: ignore[no-untyped-def]
    from assistant.answer.understand import RoleStatus

    if u.oos_reason == "no_domain_words":
        return "no-domain"
    if u.role_status == RoleStatus.known or u.core_topic:
        return "known/core"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", type=Path, default=None, help="GANGWEI home with an ingested index")
    parser.add_argument("--gold", action="store_true", help="also report the held-out gold set")
    args = parser.parse_args()

    from assistant.answer import chain as chain_mod
    from assistant.answer.chain import Assistant, evidence_score
    from assistant.config import Settings
    from assistant.models import Intent

    settings = Settings(home=args.home, llm_base_url=None) if args.home else Settings(llm_base_url=None)
    assistant = Assistant(settings)
    sets = {
        "answer_scope": load(ROOT / "evals/data/answer_scope.jsonl"),
        "retrieval_dev": load(ROOT / "evals/data/retrieval_dev.jsonl"),
    }
    if args.gold:
        sets["gold"] = load(ROOT / "evals/data/gold.jsonl")
    print(
        f"evidence = lexical + {chain_mod.DENSE_WEIGHT} * (dense - {chain_mod.DENSE_PIVOT}); thresholds: "
        f"known role or core topic {chain_mod.MIN_EVIDENCE_KNOWN}, other {chain_mod.MIN_EVIDENCE}, "
        f"no domain word {chain_mod.MIN_EVIDENCE_NO_DOMAIN}"
    )
    for name, items in sets.items():
        rows = []
        for qid, question, refuse in items:
            state = assistant.chain.invoke({"question": question, "conversation": None, "timings": {}})
            u = state["u"]
            ruled = u.intent == Intent.out_of_scope
            score = evidence_score(state["scorer"])
            rows.append((qid, question, refuse, ruled, score, gate_group(u), state["answer"].refused))
        print(f"\n== {name}: {len(rows)} questions")
        for expect in (False, True):
            label = "out of scope" if expect else "in scope"
            ruled = [r for r in rows if r[2] == expect and r[3]]
            group = [r for r in rows if r[2] == expect and not r[3]]
            if not group and not ruled:
                continue
            print(f"  {label}: {len(ruled)} refused by rules (other domain, chit-chat, unknown role); {len(group)} by evidence")
            for g in ("known/core", "other", "no-domain"):
                vals = sorted(r[4] for r in group if r[5] == g)
                if vals:
                    print(
                        f"    {g:10s} n={len(vals):3d}  min {vals[0]:.3f}  p10 {vals[len(vals) // 10]:.3f}"
                        f"  median {statistics.median(vals):.3f}  max {vals[-1]:.3f}"
                    )
            edge = sorted(group, key=lambda r: r[4] if not expect else -r[4])[:5]
            for r in edge:
                print(f"      {r[4]:.3f} [{r[5]}] {r[0]} {r[1]}")
        wrong = [r for r in rows if r[6] != r[2]]
        print(f"  wrong refusal decisions: {len(wrong)}")
        for r in wrong:
            print(f"      expect_refusal={r[2]} refused={r[6]} evidence={r[4]:.3f} [{r[5]}] {r[0]} {r[1]}")


if __name__ == "__main__":
    main()
