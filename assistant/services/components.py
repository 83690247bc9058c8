"""The warm parts every service shares, built lazily and once per process.

Settings, the merged lexicon, the embedding model, the index manager (writer), the hybrid
searcher (reader), the knowledge store (the one read model) and the answerers. Heavy libraries
are imported only when a part is first used, so `gangwei --help` stays instant.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.config import Settings
from assistant.lexicon import Lexicon, LexiconError, load_lexicon
from assistant.services.errors import ServiceError

if TYPE_CHECKING:
    from assistant.answer.chain import Assistant
    from assistant.index.sync import IndexManager
    from assistant.knowledge.snapshot import KnowledgeSnapshot, KnowledgeStore
    from assistant.retrieve.retriever import HybridSearcher

EXTRACTIVE = "gangwei-extractive"
LLM = "gangwei-llm"


class Components:
    def __init__(self, settings: Settings, embeddings: Any = None, lexicon: Lexicon | None = None) -> None:
        self.settings = settings
        self._embeddings = embeddings
        self._lexicon = lexicon
        self._lock = threading.RLock()
        self.write_lock = threading.Lock()  # one knowledge-base write at a time in this process
        self._index: IndexManager | None = None
        self._searcher: HybridSearcher | None = None
        self._knowledge: KnowledgeStore | None = None
        self._assistants: dict[str, Assistant] = {}

    @property
    def lexicon(self) -> Lexicon:
        with self._lock:
            if self._lexicon is None:
                try:
                    self._lexicon = load_lexicon(self.settings.home)
                except LexiconError as exc:
                    raise ServiceError(f"词表配置有误：{exc}", status=500) from exc
            return self._lexicon

    @property
    def embeddings(self) -> Any:
        with self._lock:
            if self._embeddings is None:
                from assistant.index.embeddings import make_embeddings

                self._embeddings = make_embeddings(self.settings, show_progress=False)
            return self._embeddings

    @property
    def index(self) -> IndexManager:
        with self._lock:
            if self._index is None:
                from assistant.index.sync import IndexManager

                self._index = IndexManager(self.settings, embeddings=self.embeddings, lexicon=self.lexicon)
            return self._index

    @property
    def searcher(self) -> HybridSearcher:
        with self._lock:
            if self._searcher is None:
                from assistant.retrieve.retriever import HybridSearcher

                self._searcher = HybridSearcher(self.settings, embeddings=self.embeddings, lexicon=self.lexicon)
            return self._searcher

    @property
    def knowledge(self) -> KnowledgeStore:
        with self._lock:
            if self._knowledge is None:
                from assistant.knowledge.snapshot import KnowledgeStore

                self._knowledge = KnowledgeStore(self.settings.records_dir, self.lexicon)
            return self._knowledge

    def snapshot(self) -> KnowledgeSnapshot:
        try:
            return self.knowledge.current()
        except Exception as exc:  # noqa: BLE001 - a torn records file is a user-facing problem
            raise ServiceError(f"无法读取知识库记录：{exc}。运行 `gangwei ingest` 可以修复。", status=503) from exc

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        emb = self.embeddings
        return np.asarray([emb.embed_query(t) for t in texts], dtype=np.float32)

    def llm_available(self) -> bool:
        return bool(self.settings.llm_base_url and self.settings.llm_model)

    def assistant(self, backend: str = EXTRACTIVE) -> Assistant:
        with self._lock:
            found = self._assistants.get(backend)
            if found is None:
                from assistant.answer.chain import Assistant

                llm = None
                if backend == LLM:
                    from assistant.answer.llm import LlmBackend

                    llm = LlmBackend(self.settings)
                found = Assistant(self.settings, self.snapshot, searcher=self.searcher, embed=self.embed_queries, llm=llm)
                self._assistants[backend] = found
            return found

    def after_write(self) -> None:
        """A write committed new records: readers pick them up now (other processes by the marker)."""
        if self._knowledge is not None:
            self._knowledge.invalidate()
        if self._searcher is not None:
            self._searcher.reload()
