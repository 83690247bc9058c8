"""One index, many processes, with real subprocesses on one GANGWEI_HOME.

`gangwei ingest` of a changed corpus while `gangwei serve` runs: no 5xx while it runs, the server
answers from the new index within 5 s, a deleted file is gone from search and chat, and the server
ranks exactly like a fresh process. And search is deterministic: fresh processes print byte-identical
`gangwei search --json` output.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow

GANGWEI = Path(sys.executable).with_name("gangwei")
SMALL_FILES = ("002_0ddfcbd208019869.txt", "003_7b824fd5cb031c95.txt")

OLD_DOC = """# 星河仓储调度员岗位说明书

## 岗位职责
1. 负责星河仓库的入库、出库调度与库位分配。
2. 负责每日星河仓库盘点并编制库存日报。

## 任职资格
1. 大专及以上学历, 两年以上仓储调度经验。
"""

NEW_DOC = """# 月光港口引航员岗位说明书

## 岗位职责
1. 负责月光港口进出港船舶的引航作业与靠离泊指挥。
2. 负责记录月光港口航道水文变化并上报调度中心。

## 任职资格
1. 航海技术专业本科及以上学历, 持有引航员适任证书。
"""

QUERIES = [
    "客户经理的岗位职责是什么?",
    "大客户经理要什么资格?",
    "人力资源专员要做哪些工作?",
    "如何设计关键绩效指标?",
    "行政助理的任职要求",
    "销售人员的岗位职责",
    "工作总结怎么写",
    "柜员的职责",
    "平衡计分卡有哪些维度?",
    "仓库管理员负责什么?",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def env_for(home: Path, corpus: Path, embed_cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GANGWEI_")}
    env.update(GANGWEI_HOME=str(home), GANGWEI_CORPUS_DIR=str(corpus), GANGWEI_EMBED_CACHE_DIR=str(embed_cache),
               GANGWEI_EMBEDDING="e5", GANGWEI_RATE_LIMIT="", HF_HUB_OFFLINE="1")  # fmt: skip
    return env


def small_corpus(corpus_dir: Path, target: Path) -> Path:
    target.mkdir(parents=True)
    for name in SMALL_FILES:
        shutil.copy(corpus_dir / name, target / name)
    return target


def cli_search(env: dict[str, str], questions: list[str], cwd: Path) -> str:
    batch = cwd / "questions.txt"
    batch.write_text("\n".join(questions) + "\n", encoding="utf-8")
    run = subprocess.run([str(GANGWEI), "search", "--json", "-k", "10", "--batch", str(batch)], env=env, cwd=cwd,
                         capture_output=True, text=True, timeout=300)  # fmt: skip
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_cli_ingest_while_serving(tmp_path, corpus_dir, embed_cache_dir) -> None:
    corpus = small_corpus(corpus_dir, tmp_path / "corpus")
    (corpus / "星河仓储调度员.md").write_text(OLD_DOC, encoding="utf-8")
    env = env_for(tmp_path / "home", corpus, embed_cache_dir)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        server = subprocess.Popen([str(GANGWEI), "serve", "--port", str(port)], env=env, cwd=tmp_path, stdout=log,
                                  stderr=subprocess.STDOUT)  # fmt: skip
    try:
        deadline = time.monotonic() + 600
        while True:
            assert server.poll() is None, log_path.read_text()
            try:
                health = httpx.get(f"{url}/healthz", timeout=2)
                if health.status_code == 200 and health.json()["status"] == "ok":  # not "starting"
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.5)

        def search(q: str, k: int = 10) -> httpx.Response:
            return httpx.get(f"{url}/v1/search", params={"q": q, "k": k}, timeout=60)

        def chat(q: str) -> httpx.Response:
            body = {"model": "gangwei-extractive", "messages": [{"role": "user", "content": q}]}
            return httpx.post(f"{url}/v1/chat/completions", json=body, timeout=120)

        assert search("星河仓库库位分配").json()["hits"][0]["file"] == "星河仓储调度员.md"

        # Poll the server the whole time another process rewrites the index.
        statuses: list[tuple[str, int | str]] = []
        stop = threading.Event()

        def poll() -> None:
            probes = [lambda: search("月光港口引航作业"), lambda: search("客户经理的岗位职责"),
                      lambda: chat("星河仓储调度员的岗位职责是什么?"), lambda: httpx.get(f"{url}/healthz", timeout=60)]  # fmt: skip
            i = 0
            while not stop.is_set():
                try:
                    r = probes[i % len(probes)]()
                    statuses.append((str(r.request.url), r.status_code))
                except httpx.HTTPError as exc:
                    statuses.append(("error", repr(exc)))
                i += 1

        poller = threading.Thread(target=poll)
        poller.start()
        try:
            (corpus / "月光港口引航员.md").write_text(NEW_DOC, encoding="utf-8")
            (corpus / "星河仓储调度员.md").unlink()
            ingest = subprocess.run([str(GANGWEI), "ingest"], env=env, cwd=tmp_path, capture_output=True, text=True,
                                    timeout=600)  # fmt: skip
            assert ingest.returncode == 0, ingest.stderr
            committed = time.monotonic()
            while True:  # the server sees the new committed version by itself
                hits = search("月光港口引航作业").json()["hits"]
                if hits and hits[0]["file"] == "月光港口引航员.md":
                    break
                assert time.monotonic() - committed < 5, hits[:1]
                time.sleep(0.2)
            time.sleep(1.0)  # a few more probes against the new version
        finally:
            stop.set()
            poller.join()
        failures = [s for s in statuses if not isinstance(s[1], int) or s[1] >= 500]
        assert not failures, failures[:5]
        assert len(statuses) >= 4

        # the deleted document is gone from search and chat
        assert all(h["file"] != "星河仓储调度员.md" for h in search("星河仓库库位分配 盘点 库存日报").json()["hits"])
        answer = chat("星河仓储调度员的岗位职责是什么?").json()
        assert all(c["file"] != "星河仓储调度员.md" for c in answer["citations"])
        assert "库位分配" not in answer["choices"][0]["message"]["content"]

        # the long-running server ranks exactly like a fresh process on the same index
        served = [{"question": q, "hits": search(q).json()["hits"]} for q in QUERIES]
        fresh = [json.loads(line) for line in cli_search(env, QUERIES, tmp_path).splitlines()]
        assert [f["question"] for f in fresh] == QUERIES
        for mine, theirs in zip(served, fresh):
            assert mine["hits"] == theirs["hits"], mine["question"]
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def test_fresh_processes_print_identical_search_json(tmp_path, corpus_dir, embed_cache_dir) -> None:
    corpus = small_corpus(corpus_dir, tmp_path / "corpus")
    env = env_for(tmp_path / "home", corpus, embed_cache_dir)
    run = subprocess.run([str(GANGWEI), "ingest"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    outputs = [cli_search(env, QUERIES, tmp_path) for _ in range(6)]
    assert len(outputs[0].splitlines()) == len(QUERIES)
    assert all(json.loads(line)["hits"] for line in outputs[0].splitlines())
    assert all(out == outputs[0] for out in outputs[1:])
