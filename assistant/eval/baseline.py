"""The plain LangChain recipe, evaluated beside gangwei so every "better" is measured.

RecursiveCharacterTextSplitter(500, 50) over the corpus files' citable lines (the same loader as
gangwei, so .docx/.xlsx/.pdf are read too) + the same embedder
(``make_embeddings(settings)``) + Chroma similarity search (defaults: L2 on normalised vectors).
Its "answer" is the top chunk, cited by the chunk's line range; it never refuses and has no
conversation memory. The only departure from Chroma's defaults: the HNSW index is built with one
thread and searched with ef_search=1000 -- exhaustive, i.e. exact, for corpora up to 1000 chunks
(the shipped one has under 300) -- so repeated runs give the same figures. It has no drafting tools:
the tool metrics are "—" for it.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from bisect import bisect_right
from collections.abc import Callable
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.ingest.chunk import short_hash
from assistant.ingest.loaders import SUPPORTED_SUFFIXES, LoadError, discover, load_file
from assistant.models import Answer, Chunk, Citation, Hit, Intent, SectionKind

CHUNK_SIZE = 500
CHUNK_OVERLAP = 50
BACKEND = "baseline:recursive-500-50+chroma"


def line_range(line_starts: list[int], start: int, length: int) -> tuple[int, int]:
    """1-based inclusive lines covered by ``text[start:start+length]``, given each line's offset."""
    first = bisect_right(line_starts, start)
    last = bisect_right(line_starts, start + max(length, 1) - 1)
    return first, last


def split_file(file: str, lines: list[str], chunk_size: int = CHUNK_SIZE, overlap: int = CHUNK_OVERLAP) -> list[Chunk]:
    """Split one file's text the recipe's way and locate each chunk's line range."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    text = "\n".join(lines)
    line_starts: list[int] = []
    offset = 0
    for line in lines:
        line_starts.append(offset)
        offset += len(line) + 1
    splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=overlap, add_start_index=True)
    chunks: list[Chunk] = []
    for doc in splitter.create_documents([text]):
        body = doc.page_content
        start = int(doc.metadata.get("start_index", -1))
        if start < 0 or text[start : start + len(body)] != body:
            start = text.find(body)  # the splitter's own offset search can miss after overlap
        if start < 0:
            continue
        first, last = line_range(line_starts, start, len(body))
        digest = short_hash(f"{file}:{first}:{last}:{body}")
        chunks.append(
            Chunk(
                id=digest,
                text=body,
                file=file,
                line_start=first,
                line_end=last,
                article_id="",
                article_title="",
                section_kind=SectionKind.prose,
                content_hash=short_hash(body),
            )
        )
    return chunks


class NaiveRagBaseline:
    """Build once (``build()``), then ``search``/``ask`` like gangwei; ``close()`` drops the store."""

    name = "baseline"

    def __init__(self, settings: Settings, embeddings: Embeddings | None = None) -> None:
        self.settings = settings
        self._embeddings = embeddings
        self._dir: str | None = None
        self._store = None
        self._chunks: dict[str, Chunk] = {}
        self.skipped: list[str] = []

    def build(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Split every corpus file and index the chunks in a throwaway Chroma; returns chunk count.

        ``progress(done, total)`` reports embedding progress (only texts not yet in the cache).
        """
        import chromadb
        from langchain_chroma import Chroma

        from assistant.index.embeddings import CachedEmbeddings, make_embeddings

        embeddings = self._embeddings or make_embeddings(self.settings, show_progress=False)
        for path, root in discover([Path(self.settings.corpus_dir)]):
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            try:
                doc = load_file(path, root, self.settings)
            except LoadError as exc:
                self.skipped.append(str(exc))
                continue
            for chunk in split_file(doc.file, doc.lines):
                self._chunks[chunk.id] = chunk
        self._dir = tempfile.mkdtemp(prefix="gangwei-eval-baseline-")
        self._store = Chroma(
            collection_name=f"baseline-{uuid.uuid4().hex[:8]}",
            embedding_function=embeddings,
            persist_directory=self._dir,
            client_settings=chromadb.config.Settings(anonymized_telemetry=False),
            # HNSW is approximate and its graph differs between builds, which made the top-k
            # (and the baseline's figures) drift between runs. One build thread and a search
            # breadth above the chunk count make the search exhaustive: exact top-k, every run.
            collection_configuration={"hnsw": {"num_threads": 1, "ef_search": 1000}},
        )
        ids = list(self._chunks)
        if ids and progress is not None and isinstance(embeddings, CachedEmbeddings):
            # Fill the vector cache with progress; Chroma's own call below then only reads it.
            embeddings.embed_documents([self._chunks[i].text for i in ids], progress=progress)
        if ids:
            self._store.add_texts(
                [self._chunks[i].text for i in ids], metadatas=[{"chunk": i} for i in ids], ids=ids
            )
        return len(ids)

    def search(self, question: str, k: int = 10) -> list[Hit]:
        if self._store is None:
            raise RuntimeError("baseline not built")
        found = self._store.similarity_search_with_score(question, k=k)
        hits = []
        for rank, (doc, distance) in enumerate(found, 1):
            # Chroma's default space is squared L2; on unit vectors cos = 1 - d/2.
            sim = 1.0 - float(distance) / 2.0
            hits.append(Hit(rank=rank, score=sim, chunk=self._chunks[doc.metadata["chunk"]], signals={"dense_sim": sim}))
        return hits

    def warmup(self) -> None:
        self.search("岗位职责", k=1)

    def new_conversation(self) -> None:
        return None  # the recipe keeps no memory: a follow-up is searched on its own words

    def ask(self, question: str, conversation: object | None = None) -> Answer:
        start = time.perf_counter()
        hits = self.search(question, k=1)
        retrieved = time.perf_counter()
        if not hits:
            return Answer(question=question, intent=Intent.method, text="", backend=BACKEND)
        top = hits[0].chunk
        answer = Answer(
            question=question,
            intent=Intent.method,  # the recipe has no intent detection
            text=f"{top.text} [1]",
            items=[],
            citations=[Citation(id=1, file=top.file, line_start=top.line_start, line_end=top.line_end, quote=top.text)],
            backend=BACKEND,
        )
        answer.timings = {"retrieve": retrieved - start, "compose": time.perf_counter() - retrieved}
        return answer

    def close(self) -> None:
        if self._store is not None:
            try:
                self._store.delete_collection()
            except Exception:  # best effort: the directory goes anyway
                pass
            self._store = None
        if self._dir:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def __enter__(self) -> NaiveRagBaseline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
