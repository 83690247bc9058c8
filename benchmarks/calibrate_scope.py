"""Fit the scope model (answer or refuse a question no role decides) on the DEV splits only.

    .venv/bin/python benchmarks/calibrate_scope.py [--trials] [--write]

``--trials`` adds the blind trials (evals/trials, dev material): their company corpora are
generated into the throwaway home by their own gen.py, and their sets over the shipped corpus and
corpus-extra join those corpora's dev items. Each corpus is then also held out once (fit on the
others, accuracy on it), which shows how the model carries to a company it was not fitted on.

Builds (or reuses) an index per corpus in a throwaway home, computes the scope features of every
standalone dev question that names no role (in scope = expect_refusal false), fits a logistic
regression (scipy), and prints its accuracy on the dev items and, as a check only, the accuracy
on the test items (aggregate figures only: test items are never listed). ``--write`` stores the
coefficients in assistant/answer/scope_model.json.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SETS = {
    "shipped": (ROOT / "corpus", [ROOT / "evals/data/gold-dev.jsonl", ROOT / "evals/data/answer_scope.jsonl"],
                [ROOT / "evals/data/gold-test.jsonl", ROOT / "evals/sets/shipped-unseen.jsonl"]),
    "extra": (ROOT.parent / "shared/corpus-extra", [ROOT / "evals/sets/extra-dev.jsonl"], [ROOT / "evals/sets/extra-test.jsonl"]),
}


TRIALS = ROOT / "evals/trials"
# company corpora of the trials: (name, generator, its output variable, sets)
TRIAL_CORPORA = [
    ("round5", "round5/gen.py", "T5_OUT", ["round5/set.jsonl"]),
    ("round6a", "round6/gen_a.py", "T6_OUT", ["round6/set-a.jsonl"]),
    ("round7", "round7/gen.py", "T7_OUT", ["round7/set.jsonl"]),
    ("round8", "round8/gen.py", "T8_OUT", ["round8/set.jsonl"]),
    ("round10", "round10/company/gen.py", "T10_OUT", ["round10/company/set.jsonl"]),
    ("round11", "round11/company/gen.py", "T11_OUT", ["round11/company/set.jsonl"]),
    ("round12a", "round12/dental/gen.py", "T12_OUT", ["round12/dental/set.jsonl"]),
    ("round12b", "round12/food/gen.py", "T12_OUT", ["round12/food/set.jsonl"]),
    ("round13a", "round13/bus/gen.py", "T13_OUT", ["round13/bus/set.jsonl"]),
    ("round13b", "round13/fitness/gen.py", "T13_OUT", ["round13/fitness/set.jsonl"]),
    ("round14", "round14/care/gen.py", "T14_OUT", ["round14/care/set.jsonl"]),
    ("round15r", "round15/retail/gen.py", "T15_OUT", ["round15/retail/set.jsonl"]),
    ("round15s", "round15/software/gen.py", "T15_OUT", ["round15/software/set.jsonl"]),
    ("round16c", "round16/chem/gen.py", "T16_OUT", ["round16/chem/set.jsonl"]),
    ("round16e", "round16/edu/gen.py", "T16_OUT", ["round16/edu/set-run.jsonl"]),
    ("round17b", "round17/bank/gen.py", "T17_OUT", ["round17/bank/set.jsonl"]),
    ("round17l", "round17/live/gen.py", "T17_OUT", ["round17/live/set-run.jsonl"]),
    ("round18h", "round18/hosp/gen.py", "T18_OUT", ["round18/hosp/set.jsonl"]),
    ("round18p", "round18/power/gen.py", "T18_OUT", ["round18/power/set-run.jsonl"]),  # needs reportlab
    ("round19p", "round19/port/gen.py", "T19_OUT", ["round19/port/set.jsonl"]),  # needs reportlab
    ("round19f", "round19/food/gen.py", "T19_OUT", ["round19/food/set.jsonl"]),  # needs reportlab
    ("round20l", "round20/law/gen.py", "T20_OUT", ["round20/law/set.jsonl"]),  # needs reportlab
    ("round20m", "round20/mine/gen.py", "T20_OUT", ["round20/mine/set.jsonl"]),  # needs reportlab
]
TRIAL_SETS = {
    "shipped": ["round6/set-b-shipped.jsonl", "round10/shipped/set.jsonl", "round14/shipped/set.jsonl", "round15/shipped-fu/set.jsonl",
                "round16/shipped/set.jsonl", "round18/shipped/set.jsonl", "round19/shipped/set.jsonl",
                "round20/shipped/set.jsonl"],
    "extra": ["round6/set-b-extra.jsonl", "round9/set.jsonl", "round10/extra/set.jsonl", "round11/extra/set.jsonl",
              "round14/extra-fu/set.jsonl", "round15/extra-ret/set.jsonl", "round16/extra-fu/set.jsonl",
              "round17/extra-fu/set.jsonl", "round18/extra-fu/set.jsonl", "round19/extra-fu/set.jsonl",
              "round20/extra-fu/set.jsonl"],
}


def _trial_corpora(tmp: Path) -> dict[str, tuple[Path, list[Path], list[Path]]]:
    import os
    import subprocess

    out = {}
    for name, script, var, sets in TRIAL_CORPORA:
        where = tmp / "trials" / name
        env = {**os.environ, var: str(where)}
        done = subprocess.run([sys.executable, str(TRIALS / script)], env=env, capture_output=True, text=True)
        if done.returncode != 0:  # a generator that needs a library this venv lacks (reportlab)
            print(f"跳过 {name}: 生成语料失败 ({done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode})")
            continue
        out[name] = (where / "corpus", [TRIALS / x for x in sets], [])
    return out


def _items(paths: list[Path]) -> list[dict]:
    out = []
    for path in paths:
        if path.is_file():
            out += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return out


def features(services, items: list[dict]) -> tuple[np.ndarray, np.ndarray]:  # noqa: ANN001
    assistant = services.components.assistant()
    rows, labels = [], []
    for item in items:
        f = assistant.scope_features(item["question"])
        if f["role_status"] != "none" or f["smalltalk"]:
            continue  # decided by the role inventory / small-talk patterns, not by this model
        d = f["dense"] if f["dense"] is not None else 0.85
        rows.append([d - 0.85, f["lexical"], 1.0 if f["core"] else 0.0])
        labels.append(0.0 if item.get("expect_refusal") else 1.0)
    return np.asarray(rows), np.asarray(labels)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.01) -> np.ndarray:
    """Class-balanced logistic regression; features are standardised for the fit (so the L2
    penalty treats them alike) and the weights mapped back to raw feature units."""
    from scipy.optimize import minimize

    mu, sd = x.mean(axis=0), x.std(axis=0)
    sd[sd == 0] = 1.0
    raw = x
    x = (raw - mu) / sd
    xb = np.hstack([x, np.ones((len(x), 1))])

    def loss(w: np.ndarray) -> float:
        z = xb @ w
        # weight the classes equally: a false refusal and an invented answer both hurt
        pos, neg = y.sum(), len(y) - y.sum()
        sw = np.where(y > 0, len(y) / (2 * max(pos, 1)), len(y) / (2 * max(neg, 1)))
        return float(np.sum(sw * (np.logaddexp(0, z) - y * z)) / len(y) + l2 * np.sum(w[:-1] ** 2))

    w = minimize(loss, np.zeros(xb.shape[1]), method="L-BFGS-B").x
    weights = w[:-1] / sd
    return np.append(weights, w[-1] - float(np.sum(w[:-1] * mu / sd)))


OOS_TARGET = 0.95  # out-of-scope questions refused on the fit data: an invented answer costs more than a refusal


def choose_threshold(w: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    """The lowest probability threshold (0.50, 0.55 … 0.90) at which the fitted model refuses at
    least ``OOS_TARGET`` of the out-of-scope questions: balanced fit, refusal-leaning decision."""
    p = 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))
    for t in np.arange(0.5, 0.901, 0.05):
        if not (y == 0).any() or float(np.mean(p[y == 0] < t)) >= OOS_TARGET:
            return round(float(t), 2)
    return 0.9


def accuracy(w: np.ndarray, x: np.ndarray, y: np.ndarray, threshold: float = 0.5) -> tuple[float, float, float]:
    if not len(x):
        return float("nan"), float("nan"), float("nan")
    p = 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))
    pred = p >= threshold
    acc = float(np.mean(pred == (y > 0)))
    false_refusal = float(np.mean(~pred[y > 0])) if (y > 0).any() else float("nan")
    oos_refusal = float(np.mean(~pred[y == 0])) if (y == 0).any() else float("nan")
    return acc, false_refusal, oos_refusal


def main() -> None:
    from assistant.config import Settings
    from assistant.index.embeddings import cache_path
    from assistant.services import Services

    dev_x, dev_y, test, per = [], [], {}, {}
    trials = "--trials" in sys.argv
    with tempfile.TemporaryDirectory(prefix="gangwei-calibrate-") as tmp:
        sets = dict(SETS)
        if trials:
            sets = {name: (corpus, dev + [TRIALS / x for x in TRIAL_SETS.get(name, [])], tst)
                    for name, (corpus, dev, tst) in sets.items()} | _trial_corpora(Path(tmp))  # fmt: skip
        for name, (corpus, dev, tst) in sets.items():
            if not corpus.is_dir():
                print(f"跳过 {name}: 语料目录不存在 {corpus}")
                continue
            base = Settings()
            settings = base.model_copy(update={"home": Path(tmp) / name, "corpus_dir": corpus, "chroma_url": None,
                                               "embed_cache_dir": cache_path(base).parent, "llm_base_url": None,
                                               "ignore": ["README.md", "SOURCES.md", "*.json"]})  # fmt: skip
            services = Services(settings)
            services.corpus.ingest()
            x, y = features(services, _items(dev))
            dev_x.append(x)
            dev_y.append(y)
            per[name] = (x, y)
            if tst:
                test[name] = features(services, _items(tst))
    x, y = np.vstack(dev_x), np.concatenate(dev_y)
    if "-v" in sys.argv:
        for row, label in sorted(zip(x.tolist(), y.tolist()), key=lambda r: r[0][1]):
            print(f"  {'答' if label else '拒'} dense-0.85={row[0]:+.3f} lexical={row[1]:.3f} core={row[2]:.0f}")
    shipped = json.loads((ROOT / "assistant/answer/scope_model.json").read_text(encoding="utf-8"))
    current = np.array([shipped["w_dense"], shipped["w_lexical"], shipped["w_core"], shipped["bias"]])
    acc, fr, oos = accuracy(current, x, y, shipped.get("threshold", 0.5))
    print(f"现有模型 dev: 准确率 {acc:.3f} · 误拒 {fr:.3f} · 正确拒答 {oos:.3f}")
    for name, (hx, hy) in per.items():
        if len(hy):
            acc, fr, oos = accuracy(current, hx, hy, shipped.get("threshold", 0.5))
            print(f"  现有模型 {name}: 准确率 {acc:.3f} · 误拒 {fr:.3f} · 正确拒答 {oos:.3f} (n={len(hy)})")
    w = fit(x, y)
    threshold = choose_threshold(w, x, y)
    print(f"dev 题数 {len(y)} (可答 {int(y.sum())}, 应拒答 {int(len(y) - y.sum())})")
    print(f"阈值 {threshold:.2f} (使 dev 上超范围问题的拒答率不低于 {OOS_TARGET:.2f} 的最小阈值)")
    print("系数 dense-0.85, lexical, core, bias =", np.round(w, 3))
    acc, fr, oos = accuracy(w, x, y, threshold)
    print(f"dev: 准确率 {acc:.3f} · 误拒 {fr:.3f} · 正确拒答 {oos:.3f}")
    if trials:
        for name, (hx, hy) in per.items():
            others = [k for k in per if k != name and len(per[k][1])]
            if not len(hy) or not others:
                continue
            ox, oy = np.vstack([per[k][0] for k in others]), np.concatenate([per[k][1] for k in others])
            wo = fit(ox, oy)
            acc, fr, oos = accuracy(wo, hx, hy, choose_threshold(wo, ox, oy))
            print(f"留出 {name}: 准确率 {acc:.3f} · 误拒 {fr:.3f} · 正确拒答 {oos:.3f} (n={len(hy)})")
    for name, (tx, ty) in test.items():
        acc, fr, oos = accuracy(w, tx, ty, threshold)
        print(f"test {name}: 准确率 {acc:.3f} · 误拒 {fr:.3f} · 正确拒答 {oos:.3f} (n={len(ty)}, 仅汇总)")
    if "--write" in sys.argv:
        path = ROOT / "assistant/answer/scope_model.json"
        model = {"w_dense": round(float(w[0]), 4), "w_lexical": round(float(w[1]), 4), "w_core": round(float(w[2]), 4),
                 "bias": round(float(w[3]), 4), "threshold": threshold, "dense_center": 0.85,
                 "note": "fitted by benchmarks/calibrate_scope.py on the dev splits of both corpora"
                         + (" and the blind trials (dev material)" if trials else "")}  # fmt: skip
        path.write_text(json.dumps(model, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"已写入 {path}")


if __name__ == "__main__":
    main()
