"""Dense store: a Chroma collection (cosine space) holding chunk text, metadata and our vectors.

Embedded ``PersistentClient`` under ``index_dir/chroma`` by default; ``settings.chroma_url``
(``http://host:port``) switches to a Chroma server through ``HttpClient``. Vectors always come
from our own (cached) embeddings; the collection has no embedding function of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence
from urllib.parse import urlparse

from assistant.config import Settings
from assistant.models import Chunk


class StoreError(RuntimeError):
    """The vector store cannot be reached or used; the message is for users (Chinese)."""


@dataclass
class DenseHit:
    id: str
    similarity: float  # cosine similarity (1 - cosine distance)


def _client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url if "//" in settings.chroma_url else f"http://{settings.chroma_url}")
        if url.scheme not in {"http", "https"} or not url.hostname:
            raise StoreError(f"Chroma 地址无效: '{settings.chroma_url}' (应为 http://主机:端口)")
        ssl = url.scheme == "https"
        port = url.port or (443 if ssl else 8000)
        try:
            return chromadb.HttpClient(host=url.hostname, port=port, ssl=ssl, settings=chroma_settings)
        except Exception as exc:  # connection refused, wrong server, TLS problems
            raise StoreError(f"无法连接 Chroma 服务 {settings.chroma_url}: {exc}") from exc
    path = settings.index_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def _metadata(chunk: Chunk) -> dict[str, Any]:
    # Chroma metadata values must be scalars; None becomes "" and is mapped back by the reader.
    return {
        "file": chunk.file,
        "line_start": chunk.line_start,
        "line_end": chunk.line_end,
        "article_id": chunk.article_id,
        "article_title": chunk.article_title,
        "section_kind": chunk.section_kind.value,
        "section_heading": chunk.section_heading or "",
        "role": chunk.role or "",
        "content_hash": chunk.content_hash,
    }


class ChromaStore:
    """One collection; ``model_id`` is recorded in its metadata so a model switch is detected."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.name = settings.collection
        self.remote = bool(settings.chroma_url)
        self._client = _client(settings)
        self._collection = None

    @property
    def location(self) -> str:
        return self.settings.chroma_url or str(self.settings.index_dir / "chroma")

    def _call(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except StoreError:
            raise
        except Exception as exc:
            if self.remote and type(exc).__name__ in {"ConnectError", "ConnectTimeout", "ReadTimeout", "RemoteProtocolError"}:
                raise StoreError(f"无法连接 Chroma 服务 {self.settings.chroma_url}: {exc}") from exc
            raise

    def collection(self, model_id: str | None = None, create: bool = True):
        """The collection (created on demand); None when it does not exist and ``create`` is false."""
        if self._collection is not None:
            return self._collection
        if create:
            meta = {"embedding_model": model_id or "unknown"}
            self._collection = self._call(
                self._client.get_or_create_collection,
                self.name,
                embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}},
                metadata=meta,
            )
        else:
            try:
                self._collection = self._call(self._client.get_collection, self.name, embedding_function=None)
            except StoreError:
                raise
            except Exception:  # NotFoundError differs between client kinds
                return None
        return self._collection

    def _on_collection(self, op: str, *args, default=None, model_id: str | None = None, **kwargs):
        """Run a collection method; re-resolve once if another client dropped and recreated it."""
        for attempt in (1, 2):
            col = self.collection(model_id, create=model_id is not None)
            if col is None:
                return default
            try:
                return self._call(getattr(col, op), *args, **kwargs)
            except StoreError:
                raise
            except Exception as exc:
                if attempt == 2 or "does not exist" not in str(exc):
                    raise
                self._collection = None
        return default

    def model_id(self) -> str | None:
        self._collection = None  # always ask the store: another process may have rebuilt it
        col = self.collection(create=False)
        return None if col is None else (col.metadata or {}).get("embedding_model")

    def drop(self) -> None:
        self._collection = None
        try:
            self._call(self._client.delete_collection, self.name)
        except StoreError:
            raise
        except Exception:
            pass  # did not exist

    def ids(self) -> set[str]:
        out: set[str] = set()
        batch = 5000
        offset = 0
        while True:
            got = self._on_collection("get", default={"ids": []}, include=[], limit=batch, offset=offset)["ids"]
            out.update(got)
            if len(got) < batch:
                return out
            offset += batch

    def vectors(self, ids: Sequence[str]) -> dict[str, list[float]]:
        """Stored vectors of the given ids (batched ``get``); missing ids are left out."""
        out: dict[str, list[float]] = {}
        ids = list(ids)
        for start in range(0, len(ids), 1000):
            got = self._on_collection("get", default={"ids": [], "embeddings": []}, ids=ids[start : start + 1000],
                                      include=["embeddings"])  # fmt: skip
            embeddings = got.get("embeddings")
            if embeddings is None:
                continue
            for cid, vec in zip(got["ids"], embeddings):
                out[cid] = list(vec)
        return out

    def count(self) -> int:
        return int(self._on_collection("count", default=0))

    def upsert(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]], model_id: str) -> None:
        if not chunks:
            return
        step = max(1, min(1000, self._call(self._client.get_max_batch_size)))
        for start in range(0, len(chunks), step):
            part = chunks[start : start + step]
            self._on_collection(
                "upsert",
                model_id=model_id,
                ids=[c.id for c in part],
                embeddings=[list(map(float, v)) for v in vectors[start : start + step]],
                documents=[c.indexed_text for c in part],
                metadatas=[_metadata(c) for c in part],
            )

    def delete_ids(self, ids: Iterable[str]) -> int:
        ids = list(ids)
        if not ids:
            return 0
        for start in range(0, len(ids), 1000):
            self._on_collection("delete", ids=ids[start : start + 1000])
        return len(ids)

    def compact(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]], model_id: str) -> None:
        """Recreate the collection with exactly ``chunks`` and reclaim the freed space.

        A deleted record's text otherwise lingers in the store's write-ahead log table and in
        free pages of ``chroma.sqlite3``; dropping the collection removes its log, VACUUM
        rewrites the file without the free pages. Vectors come from the embedding cache, so this
        costs an upsert of the live chunks, not a model run.
        """
        self.drop()
        self.upsert(chunks, vectors, model_id)
        self.vacuum()

    def vacuum(self) -> bool:
        """SQLite VACUUM of the embedded store (a Chroma server's file is the server admin's:
        ``chroma vacuum --path …`` there). False when there is nothing local to vacuum."""
        import sqlite3

        if self.remote:
            return False
        path = self.settings.index_dir / "chroma" / "chroma.sqlite3"
        if not path.exists():
            return False
        conn = sqlite3.connect(path, timeout=60)
        try:
            conn.execute("VACUUM")
        finally:
            conn.close()
        return True

    def delete_file(self, file: str) -> None:
        self._on_collection("delete", where={"file": file})

    def query(
        self,
        vector: Sequence[float],
        n: int,
        ids: Sequence[str] | None = None,
        where: dict[str, Any] | None = None,
    ) -> list[DenseHit]:
        if n <= 0:
            return []
        if ids is not None:
            if not ids:
                return []
            n = min(n, len(ids))
        res = self._on_collection(
            "query",
            default={"ids": [], "distances": []},
            query_embeddings=[list(map(float, vector))],
            n_results=n,
            ids=list(ids) if ids is not None else None,
            where=where,
            include=["distances"],
        )
        got_ids = res["ids"][0] if res["ids"] else []
        dists = res["distances"][0] if res.get("distances") else [1.0] * len(got_ids)
        return [DenseHit(cid, 1.0 - float(d)) for cid, d in zip(got_ids, dists)]
