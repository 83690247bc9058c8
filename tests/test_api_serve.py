"""`gangwei serve` as a user runs it: first start on an empty index ingests the corpus (with progress),
then one server answers the API and the web UI; bad settings fail with a Chinese message."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

GANGWEI = Path(sys.executable).with_name("gangwei")

DOC = """# 星河仓储调度员岗位说明书

## 岗位职责
1. 负责星河仓库的入库、出库调度与库位分配。
2. 负责每日盘点并编制库存日报。

## 任职资格
1. 大专及以上学历, 两年以上仓储调度经验。
"""


def serve_env(home: Path, corpus: Path, embed_cache: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GANGWEI_")}
    env.update(
        GANGWEI_HOME=str(home),
        GANGWEI_CORPUS_DIR=str(corpus),
        GANGWEI_EMBED_CACHE_DIR=str(embed_cache),
        GANGWEI_EMBEDDING="e5",
        HF_HUB_OFFLINE="1",
        **extra,
    )
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_first_start_ingests_then_serves_api_and_ui(tmp_path, embed_cache_dir) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "仓储调度员.md").write_text(DOC, encoding="utf-8")
    port = free_port()
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [str(GANGWEI), "serve", "--port", str(port)],
            env=serve_env(tmp_path / "home", corpus, embed_cache_dir),
            stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path,
        )  # fmt: skip
        try:
            url = f"http://127.0.0.1:{port}"
            # The server listens before the first ingest: a progress page, "starting", API 503.
            deadline = time.monotonic() + 60
            starting = None
            while starting is None:
                assert proc.poll() is None, log_path.read_text()
                try:
                    starting = httpx.get(f"{url}/healthz", timeout=2)
                except httpx.HTTPError:
                    assert time.monotonic() < deadline, log_path.read_text()
                    time.sleep(0.2)
            status = starting.json()["status"]
            if status == "starting":
                early = httpx.post(f"{url}/v1/chat/completions", json={"messages": []}, timeout=5)
                ready = httpx.get(f"{url}/healthz", timeout=5).json()["status"] == "ok"
                assert ready or (early.status_code == 503 and "知识库" in early.json()["error"]["message"])
                page = httpx.get(f"{url}/", timeout=5)
                assert page.status_code == 200 and ("正在建立知识库" in page.text or "gradio" in page.text.lower())
            deadline = time.monotonic() + 180
            while True:
                assert proc.poll() is None, log_path.read_text()
                health = httpx.get(f"{url}/healthz", timeout=5)
                if health.json()["status"] != "starting":
                    break
                assert health.json()["extra"]["error"] is None, health.text
                assert time.monotonic() < deadline, log_path.read_text()
                time.sleep(0.5)
            assert health.status_code == 200
            assert health.json()["documents"] == 1
            out = log_path.read_text()
            assert "索引为空, 首次启动" in out and "导入完成: 1 个文档" in out

            answer = httpx.post(
                f"{url}/v1/chat/completions",
                json={"model": "gangwei-extractive", "messages": [{"role": "user", "content": "星河仓储调度员的岗位职责是什么?"}]},
                timeout=120,
            ).json()
            assert "库位分配" in answer["choices"][0]["message"]["content"]
            assert answer["citations"][0]["file"] == "仓储调度员.md"
            page = httpx.get(f"{url}/", timeout=30)  # the web UI is mounted at "/"
            assert page.status_code == 200 and "gradio" in page.text.lower()
            assert httpx.get(f"{url}/docs", timeout=30).status_code == 200
        finally:
            proc.terminate()
            proc.wait(timeout=20)


def test_bad_auth_setting_fails_in_chinese(tmp_path) -> None:
    env = serve_env(tmp_path / "home", tmp_path, tmp_path / "cache", GANGWEI_AUTH="alice:secret:admin")
    run = subprocess.run([str(GANGWEI), "serve", "--port", str(free_port())], env=env, capture_output=True,
                         text=True, timeout=60)  # fmt: skip
    assert run.returncode == 1
    assert "角色" in run.stderr and "viewer 或 editor" in run.stderr and "Traceback" not in run.stderr


def test_port_in_use_fails_in_chinese(tmp_path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = serve_env(tmp_path / "home", tmp_path, tmp_path / "cache")
        run = subprocess.run([str(GANGWEI), "serve", "--port", str(port)], env=env, capture_output=True,
                             text=True, timeout=60)  # fmt: skip
    assert run.returncode == 1
    assert "无法监听" in run.stderr and "Traceback" not in run.stderr
