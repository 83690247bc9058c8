"""Chroma server mode: a real `chroma run` on a free loopback port, same retrieval bar as embedded."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.eval.gold import load_retrieval_dev
from assistant.index.sync import IndexManager
from assistant.retrieve.evaluate import MODES, evaluate, table
from assistant.retrieve.retriever import HybridSearcher

ROOT = Path(__file__).resolve().parents[1]
DEV = load_retrieval_dev(ROOT / "evals" / "data" / "retrieval_dev.jsonl")
CHROMA = Path(sys.executable).parent / "chroma"
GONE = "001_96a5821ba6a26479.txt"

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    if not CHROMA.exists():
        pytest.fail(f"chroma CLI not found at {CHROMA}")
    port = _free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    log = (data.parent / f"chroma-{port}.log").open("wb")
    proc = subprocess.Popen(
        [str(CHROMA), "run", "--path", str(data), "--port", str(port), "--host", "127.0.0.1"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"chroma server did not start (exit code {proc.poll()})")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_server_mode_passes_the_same_retrieval_bar(chroma_url, tmp_path, corpus_copy, settings_factory):
    settings = settings_factory(tmp_path / "home", corpus_copy, chroma_url=chroma_url, collection="gangwei-test")
    manager = IndexManager(settings)
    result = manager.sync()
    assert len(result.added) == 5
    assert manager.chroma.remote
    assert not (settings.index_dir / "chroma").exists()  # vectors live on the server only
    committed = {c.id for c in manager.store.load_chunks()}
    assert manager.chroma.ids() == committed

    searcher = HybridSearcher(settings)
    rows = [evaluate(searcher, DEV, mode) for mode in MODES]
    print("\nChroma 服务模式\n" + table(rows))
    assert rows[-1].recall_at_5 >= 0.95 and rows[-1].mrr_at_10 >= 0.85

    # deleting a file removes it from the server collection and from the answers
    gone = {c.id for c in manager.store.load_chunks() if c.file == GONE}
    (corpus_copy / GONE).unlink()
    again = IndexManager(settings).sync()
    assert again.removed == [GONE] and again.embedded == 0
    assert not gone & manager.chroma.ids()
    for query in ("商业银行胜任力模型存在哪些问题", "强制休假和离岗审计"):
        assert all(h.chunk.file != GONE for h in searcher.search(query, k=50))


def test_unreachable_server_gives_a_chinese_error(tmp_path, corpus_dir, settings_factory):
    from assistant.index.chroma_store import ChromaStore, StoreError

    settings = settings_factory(tmp_path / "home", corpus_dir, chroma_url=f"http://127.0.0.1:{_free_port()}")
    with pytest.raises(StoreError, match="无法连接 Chroma 服务"):
        ChromaStore(settings).ids()
    with pytest.raises(StoreError, match="地址无效"):
        ChromaStore(settings.model_copy(update={"chroma_url": "ftp://x"}))
