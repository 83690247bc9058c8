"""Index lifecycle: incremental, idempotent, crash-safe ingestion into records + Chroma + BM25.

The records directory is the commit point. A sync computes the new records, embeds and upserts
the new chunks, writes the lexical index for the new chunk set, and only then commits the
records. Stale vectors are deleted after the commit. Readers only return chunk ids present in
the committed records, so a sync that dies midway leaves the previous state answering; the
next sync reconciles Chroma with the records (removes orphans, re-adds anything missing).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from pydantic import Field

from assistant.config import Settings
from assistant.index.embeddings import CachedEmbeddings, EmbedProgress, ensure_cached, ids_path, save_matrix, save_rows
from assistant.index.lexical import (
    ITEMS_DIR,
    VOCAB_FILE,
    LexicalIndex,
    chunk_items,
    dictionary_words,
    ensure_frequency_file,
    fingerprint,
    prune_document_frequencies,
    save_document_frequencies,
)
from assistant.ingest.dedup import mark_duplicates
from assistant.ingest.loaders import relative_name
from assistant.ingest.pipeline import IngestResult, ProgressFn, ingest_records
from assistant.ingest.records import FileRecords, RecordStore
from assistant.lexicon import Lexicon, load_lexicon
from assistant.models import Chunk


UPSERT_SLICE = 2000  # chunks whose vectors are in memory at once while the vector store is written


class SyncResult(IngestResult):
    """IngestResult plus what happened to the indexes."""

    embedded: int = Field(default=0, description="texts actually sent to the embedding model")
    reused: int = Field(default=0, description="vectors taken from the embedding cache")
    upserted: int = 0
    deleted: int = 0
    chunks: int = 0
    index_seconds: float = 0.0


def all_chunks(records: dict[str, FileRecords]) -> list[Chunk]:
    return [c for name in sorted(records) for c in records[name].chunks]


def profile_titles(records: dict[str, FileRecords]) -> list[str]:
    return [t for r in records.values() for p in r.profiles for t in [p.title, *p.aliases]]


class IndexManager:
    """Keeps records, the Chroma collection and the BM25 indexes in step."""

    def __init__(self, settings: Settings, embeddings=None, lexicon: Lexicon | None = None) -> None:
        self.settings = settings
        self.lexicon = lexicon or load_lexicon(settings.home)
        self.store = RecordStore(settings.records_dir)
        self._embeddings_arg = embeddings
        self._embeddings: CachedEmbeddings | None = None
        self._chroma = None

    # --- lazily created parts (``gangwei corpus stats`` must not load a model) ------------------

    @property
    def embeddings(self) -> CachedEmbeddings:
        if self._embeddings is None:
            self._embeddings = ensure_cached(self._embeddings_arg, self.settings)
        return self._embeddings

    @property
    def chroma(self):
        if self._chroma is None:
            from assistant.index.chroma_store import ChromaStore

            self._chroma = ChromaStore(self.settings)
        return self._chroma

    @property
    def lexical_root(self) -> Path:
        return self.settings.index_dir / "lexical"

    @property
    def dense_root(self) -> Path:
        return self.settings.index_dir / "dense"

    @contextmanager
    def _lock(self) -> Iterator[None]:
        """One writer at a time per data directory, across processes (CLI runs, server workers)."""
        from filelock import FileLock

        self.settings.index_dir.mkdir(parents=True, exist_ok=True)
        with FileLock(str(self.settings.index_dir / ".write.lock")):
            yield

    # --- public API ---------------------------------------------------------------------------

    def is_empty(self) -> bool:
        if not self.store.exists():
            return True
        path = self.store.path("chunks")
        return not path.exists() or path.stat().st_size == 0

    def sync(
        self,
        paths: list[Path] | None = None,
        progress: ProgressFn | None = None,
        embed_progress: EmbedProgress | None = None,
    ) -> SyncResult:
        """Ingest ``paths`` (default: the corpus dir) incrementally and update every index."""
        paths = [Path(p) for p in (paths or [self.settings.corpus_dir])]
        with self._lock():
            result, records = ingest_records(paths, self.settings, self.store, progress, lexicon=self.lexicon)
            return self._apply(result, records, embed_progress, commit=result.changed or not self.store.exists())

    def remove(self, file: str) -> bool:
        """Delete one source file from records, Chroma and BM25. False when it is not indexed."""
        with self._lock():
            records = self.store.load_all()
            name = self._resolve_name(file, records)
            if name is None:
                return False
            records.pop(name)
            mark_duplicates(all_chunks(records), self.settings.dedup_threshold)  # its copies are gone too
            result = IngestResult(reports=[], removed=[name])
            self._apply(result, records, None, commit=True)
            return True

    def rebuild(
        self, progress: ProgressFn | None = None, embed_progress: EmbedProgress | None = None
    ) -> SyncResult:
        """Re-derive every record from the corpus and recreate the indexes from scratch.

        Vectors still come from the embedding cache, so a rebuild costs seconds unless the
        chunking changed. Only the corpus dir is re-read: files once ingested from elsewhere
        (``gangwei ingest /other/file.docx``) are dropped, as their source path is not recorded.
        """
        with self._lock():
            with tempfile.TemporaryDirectory(prefix="gangwei-rebuild-") as tmp:
                result, records = ingest_records(
                    [self.settings.corpus_dir], self.settings, RecordStore(Path(tmp)), progress, lexicon=self.lexicon
                )
            previous = set(self.store.file_states())
            result.removed = sorted(previous - set(records))
            result.updated = sorted(set(result.added) & previous)
            result.added = sorted(set(result.added) - previous)
            shutil.rmtree(self.lexical_root, ignore_errors=True)
            return self._apply(result, records, embed_progress, commit=True, fresh=True)

    # --- internals ------------------------------------------------------------------------------

    def _resolve_name(self, file: str, records: dict[str, FileRecords]) -> str | None:
        """Accept the stored name, a path under the corpus dir, or a unique base name."""
        if file in records:
            return file
        path = Path(file).expanduser()
        corpus = self.settings.corpus_dir
        try:
            rel = relative_name(path.resolve(), corpus.resolve())
        except (ValueError, OSError):
            rel = None
        if rel in records:
            return rel
        matches = [name for name in records if Path(name).name == path.name]
        return matches[0] if len(matches) == 1 else None

    def _upsert(self, chunks: list[Chunk], step: int = UPSERT_SLICE) -> None:
        """Upsert ``chunks`` with their (cached) vectors, one slice in memory at a time."""
        emb = self.embeddings
        for start in range(0, len(chunks), step):
            part = chunks[start : start + step]
            self.chroma.upsert(part, emb.embed_documents([c.indexed_text for c in part]), emb.model_id)

    def _apply(
        self,
        result: IngestResult,
        records: dict[str, FileRecords],
        embed_progress: EmbedProgress | None,
        commit: bool,
        fresh: bool = False,
    ) -> SyncResult:
        started = time.perf_counter()
        out = SyncResult(**result.model_dump())
        chunks = all_chunks(records)
        out.chunks = len(chunks)
        emb = self.embeddings
        chroma = self.chroma

        # A different embedding model means different vector spaces: start the collection over.
        stored_model = chroma.model_id()
        reset = fresh or (stored_model is not None and stored_model != emb.model_id)
        present = set() if reset else chroma.ids()

        # 1. vectors for every chunk the collection lacks (new, changed, or lost in a crash);
        #    computed (into the vector cache) before anything is dropped, so a failing model
        #    leaves the old index alone; then upserted a slice at a time, read back from the
        #    cache, so memory does not grow with the corpus (43,000 vectors as Python lists: 0.4 GB)
        todo = [c for c in chunks if c.id not in present]
        out.embedded = emb.fill([c.indexed_text for c in todo], progress=embed_progress)
        out.reused = len(todo) - out.embedded
        if reset:
            chroma.drop()
        self._upsert(todo)
        out.upserted = len(todo)

        # 2. lexical index for exactly the new chunk set (a new directory; the old one stays)
        words = dictionary_words(self.lexicon, profile_titles(records))
        vocabulary = sorted(set(words) | {c.role for c in chunks if c.role})
        fp = fingerprint(chunks, vocabulary)
        meta = self.lexical_root / fp / "meta.json"
        if meta.exists() and ('"vocabulary"' not in meta.read_text(encoding="utf-8")
                              or not (meta.parent / "jieba" / VOCAB_FILE).is_file()):  # fmt: skip
            shutil.rmtree(meta.parent, ignore_errors=True)  # saved before searchers could find it alone
        if not meta.exists():
            LexicalIndex.build(chunks, words).save(self.lexical_root)
        ensure_frequency_file(self.settings.index_dir)  # searchers look jieba's dictionary up on demand
        dense = save_matrix(self.dense_root, emb, [(c.id, c.indexed_text) for c in chunks]) if chunks else None
        items = None
        if chunks and self.settings.weight_item_dense > 0:
            # each line of a multi-line chunk embedded on its own (item-level dense retrieval);
            # only lines the item matrix does not hold yet reach the cache or the model
            items, embedded = save_rows(self.dense_root / ITEMS_DIR, emb, chunk_items(chunks), progress=embed_progress)
            out.embedded += embedded

        # 3. commit point (with the answering layer's word weights for exactly these chunks)
        if commit:
            if chunks:
                self.store.directory.mkdir(parents=True, exist_ok=True)
                save_document_frequencies(self.store.directory, chunks)
            self.store.save_all(records)
            prune_document_frequencies(self.store.directory, chunks)

        # 4. garbage: old lexical versions and matrices, vectors no committed record names
        LexicalIndex.prune(self.lexical_root, keep=fp)
        for old in self.dense_root.glob("*.npy") if self.dense_root.exists() else ():
            if dense is None or old.name != dense.name:
                old.unlink(missing_ok=True)
        for old in (self.dense_root / ITEMS_DIR).glob("*.npy") if (self.dense_root / ITEMS_DIR).exists() else ():
            if items is None or old.name not in (items.name, ids_path(items).name):
                old.unlink(missing_ok=True)
        stale = present - {c.id for c in chunks}
        out.deleted = chroma.delete_ids(stale)
        if result.removed and stale and not reset:
            # A removed document must really be gone: its text would otherwise stay in the
            # vector store's log and free pages (vectors come from the cache: no model run).
            emb.fill([c.indexed_text for c in chunks])
            chroma.drop()
            self._upsert(chunks)
            chroma.vacuum()
        elif reset:
            chroma.vacuum()  # the dropped collection's pages
        out.index_seconds = time.perf_counter() - started
        out.seconds = result.seconds + out.index_seconds
        return out

