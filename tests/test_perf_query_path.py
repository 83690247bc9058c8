"""The query path does no work a question does not need: no vector store, no LangChain runnables,
no heavy ML stacks, no jieba dictionary load, one query embedding and one dense product."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = r"""
import json, sys
from assistant.config import Settings
from assistant.services import Services
svc = Services(Settings())
answer = svc.chat.ask("大客户经理要什么资格?")
heavy = ["chromadb", "torch", "gradio", "transformers", "sentence_transformers", "langchain_openai",
         "langchain_core.runnables.base", "langchain_core.tracers", "langchain_core.retrievers", "onnxruntime", "scipy.sparse.linalg"]
tok = svc.components.searcher._current().lexical.tokenizer._tok
print(json.dumps({"loaded": [m for m in heavy if m in sys.modules], "freq": type(tok.FREQ).__name__,
                  "refused": answer.refused, "citations": len(answer.citations)}))
"""


def _env(settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GANGWEI_")}
    env.update(GANGWEI_HOME=str(settings.home), GANGWEI_CORPUS_DIR=str(settings.corpus_dir),
               GANGWEI_EMBED_CACHE_DIR=str(settings.embed_cache_dir), HF_HUB_OFFLINE="1")  # fmt: skip
    return env


def test_an_answer_imports_no_vector_store_and_loads_no_dictionary(indexed_settings):
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=_env(indexed_settings),
                         capture_output=True, text=True, timeout=300)  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["loaded"] == []
    assert got["freq"] == "_LazyFreq"  # jieba's dictionary is looked up, not loaded
    assert not got["refused"] and got["citations"] >= 1


def test_one_query_embedding_and_one_dense_product_per_search(searcher, monkeypatch):
    from assistant.retrieve.dense import DenseMatrix

    searcher.search("岗位职责有哪些", k=3)  # warm
    calls = {"embed": 0, "product": 0}
    emb = searcher.embeddings
    inner = emb.inner.embed_query
    monkeypatch.setattr(emb.inner, "embed_query", lambda q: (calls.__setitem__("embed", calls["embed"] + 1), inner(q))[1])
    product = DenseMatrix.scores
    monkeypatch.setattr(DenseMatrix, "scores", lambda self, v: (calls.__setitem__("product", calls["product"] + 1), product(self, v))[1])
    hits = searcher.search("快递业务员每天要做哪些事情?", k=10)
    assert hits and all("dense_sim" in h.signals for h in hits)
    # one product per matrix: the chunks' and, with item vectors, their lines'
    assert calls == {"embed": 1, "product": 1 + (searcher._current().items is not None)}
    searcher.search("快递业务员每天要做哪些事情?", k=10)  # the same question again: no new embedding
    assert calls["embed"] == 1


def test_langchain_view_still_available(searcher):
    from assistant.retrieve.retriever import GangweiRetriever

    docs = GangweiRetriever(searcher=searcher, k=2).invoke("大客户经理的任职要求")
    assert len(docs) == 2 and docs[0].metadata["file"]
