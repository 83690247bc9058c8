"""Hybrid search over the committed records: dense (exact matrix) + BM25 bigrams + BM25 jieba +
BM25 bigrams over each chunk's items (a chunk ranked by its best line), fused.

``HybridSearcher`` loads everything once (chunks, BM25 models, the dense matrix, the embedding
model) and keeps it warm; it reloads by itself when the records commit marker changes (another
process ran ``gangwei ingest``). Only chunk ids of the committed records are ever returned.

Loading does no work a query does not need: vectors come from the embedding cache (Chroma is
opened only for vectors the cache lacks), near-duplicates are read from the records (found once
at ingest), and LangChain is imported only by the LangChain view (``GangweiRetriever``).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from pydantic import BaseModel

from assistant.config import Settings
from assistant.index.lexical import QueryExpander, bigram_tokens
from assistant.ingest.records import RecordStore
from assistant.lexicon import Lexicon, load_lexicon
from assistant.models import Chunk, Hit, Passage, SectionKind, SourceSpan
from assistant.retrieve.dense import best_n
from assistant.retrieve.chunks import ChunkTable, IndexedText
from assistant.retrieve.fusion import best_first, weighted_rrf
from assistant.text import squash

RETRIEVERS = ("dense", "bigram", "jieba", "item", "item_dense")
LIST_HELD = 4  # boosted lines a chunk holds to count as a full list of them (one, in passing, counts nothing)

log = logging.getLogger("gangwei.retrieve")


class SearchFilters(BaseModel):
    """Metadata filters; None means "any". Roles match loosely (``same_role``)."""

    section_kinds: list[SectionKind] | None = None
    roles: list[str] | None = None
    files: list[str] | None = None

    @property
    def active(self) -> bool:
        return bool(self.section_kinds or self.roles or self.files)

    def matches(self, chunk: Chunk) -> bool:
        if self.section_kinds and chunk.section_kind not in self.section_kinds:
            return False
        if self.files and chunk.file not in self.files:
            return False
        if self.roles and not any(role_matches(chunk, r) for r in self.roles):
            return False
        return True


def same_role(a: str, b: str) -> bool:
    """快递业业务员 ~ 快递业务员: one title contains the other, or they differ by one character."""
    a, b = squash(a), squash(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= 80


def role_matches(chunk: Chunk, role: str) -> bool:
    role = role.strip()
    if not role:
        return False
    if chunk.role:
        return same_role(chunk.role, role)
    # Unlabelled chunks: the role may still be named by the article or section title.
    return role in chunk.article_title or role in (chunk.section_heading or "")


@dataclass
class _State:
    """Everything one reload produces; swapped atomically so searches never see half of it."""

    chunks: ChunkTable  # id -> Chunk (parsed on demand) and a compact row per chunk
    lexical: Any  # LexicalIndex | None
    dense: Any  # DenseMatrix
    duplicates: dict[str, list[str]]
    marker: tuple[int, int] | None
    items: Any = None  # ItemVectors | None: the lines of multi-line chunks, embedded one by one


READ_ATTEMPTS = 6  # torn reads retried within ~1 s before falling back to the previous state
RETRY_SECONDS = 0.5  # a version that failed to load is not re-read more often than this
_UNREAD = (-1, -1)  # marker of the placeholder state: never equal to a real marker, so it is retried


def _empty_dense():  # noqa: ANN202 - DenseMatrix
    from assistant.retrieve.dense import DenseMatrix

    return DenseMatrix([], np.zeros((0, 1), dtype=np.float32))


class IndexNotReady(RuntimeError):
    """No committed records yet (raised by ``ensure_ready``); the message is for users (Chinese)."""


class HybridSearcher:
    def __init__(self, settings: Settings, embeddings=None, lexicon: Lexicon | None = None) -> None:
        self.settings = settings
        self.lexicon = lexicon or load_lexicon(settings.home)
        self.expander = QueryExpander(self.lexicon.synonyms.groups, self.lexicon.fields.ask_labels())
        self._embeddings_arg = embeddings
        self._embeddings = None
        self._chroma = None
        self._lock = threading.RLock()
        self._reranker = None
        self._state: _State | None = None
        self._failed: tuple[tuple[int, int] | None, int] | None = None
        self.reload()

    # --- loading --------------------------------------------------------------------------------

    @property
    def embeddings(self):
        if self._embeddings is None:
            from assistant.index.embeddings import ensure_cached

            self._embeddings = ensure_cached(self._embeddings_arg, self.settings, show_progress=False)
        return self._embeddings

    @property
    def reranker(self):  # noqa: ANN201 - CrossEncoderReranker | None
        """The optional cross-encoder (``GANGWEI_RERANKER``); None when not configured."""
        if not self.settings.reranker:
            return None
        if self._reranker is None:
            from assistant.retrieve.rerank import CrossEncoderReranker

            self._reranker = CrossEncoderReranker(self.settings.reranker)
        return self._reranker

    @property
    def chroma(self):
        if self._chroma is None:
            from assistant.index.chroma_store import ChromaStore

            self._chroma = ChromaStore(self.settings)
        return self._chroma

    def _marker(self) -> tuple[int, int] | None:
        try:
            st = RecordStore(self.settings.records_dir).path("files").stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def reload(self, if_changed: bool = False) -> None:
        """Re-read the committed records and the indexes built for them; swap in one step.

        Only a read that is complete and consistent (every count matches the commit marker,
        and the marker did not move while reading) is accepted. A torn read — a writer in
        another process is between replacing the record files and the marker, or a crash left
        a bad tail — keeps the previous state answering and is retried shortly; the next
        ``gangwei ingest`` repairs a lasting one. Searches never see a half-built state.
        """
        with self._lock:
            marker = self._marker()
            if if_changed and self._state is not None and self._state.marker == marker:
                return  # another thread reloaded while this one waited for the lock
            if self._state is not None and self._failed == (marker, int(time.monotonic() / RETRY_SECONDS)):
                return  # this version failed a moment ago: do not re-read it on every query
            try:
                loaded = self._load()
            except Exception:  # noqa: BLE001 - readers must keep answering; the next commit or retry fixes it
                log.warning("知识库记录暂时无法完整读取 (可能正在导入), 继续使用上一版本", exc_info=True)
                self._failed = (marker, int(time.monotonic() / RETRY_SECONDS))
                if self._state is None:
                    self._state = _State(chunks=ChunkTable(), lexical=None, dense=_empty_dense(), duplicates={}, marker=_UNREAD)
                return
            self._failed = None
            self._state = loaded

    def _load(self) -> _State:
        from assistant.index.lexical import LexicalIndex, dictionary_words, fingerprint
        from assistant.ingest.records import RecordsCorrupt
        from assistant.retrieve.dense import DenseMatrix

        store = RecordStore(self.settings.records_dir)
        for attempt in range(READ_ATTEMPTS):
            marker = self._marker()
            try:
                # checked against the commit marker's counts; chunks only: articles, profiles and
                # KPI rows are most of the records and the searcher reads none of them (profile
                # titles only when no index was saved for these chunks)
                table, light = ChunkTable(), []

                def keep(_file: str, chunk: Chunk, line: bytes, table: ChunkTable = table, light: list = light) -> None:
                    table.add(chunk, line)
                    light.append(IndexedText(chunk.id, chunk.indexed_text, chunk.role))

                records = store.scan_kinds({"chunks": keep}) if marker else {}  # type: ignore[dict-item]
            except RecordsCorrupt:
                if attempt == READ_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))  # a writer is between files: it commits in moments
                continue
            if self._marker() == marker:
                break
        else:
            raise RuntimeError("records kept changing while being read")
        # the chunks as the index fingerprint and the dense matrix read them (id, indexed text,
        # role), in file order like ``records``; the table keeps the rest compactly
        chunks: list[IndexedText] = light
        if not records:
            table, chunks = ChunkTable(), []
        lexical = None
        if chunks:
            root = self.settings.index_dir / "lexical"
            previous = self._state.lexical if self._state is not None else None
            if (previous is not None and previous.vocabulary is not None
                    and previous.fingerprint == fingerprint(chunks, previous.vocabulary)):  # fmt: skip
                lexical = previous  # records rewritten with the same chunks
            else:
                try:
                    lexical = LexicalIndex.open_saved(root, chunks)
                except Exception:  # noqa: BLE001 - a writer pruned the directory while it was read
                    lexical = None
            if lexical is None:  # no saved index for these chunks: the dictionary from the profiles
                profiles = store.load_kinds(("profiles",))
                titles = [t for r in profiles.values() for p in r.profiles for t in [p.title, *p.aliases]]
                words = dictionary_words(self.lexicon, titles)
                try:
                    lexical = LexicalIndex.open_or_build(root, chunks, words)
                except Exception:  # noqa: BLE001 - a writer pruned the directory while it was read
                    lexical = LexicalIndex.build(chunks, words)
        if not chunks:
            dense = _empty_dense()
        else:
            try:
                dense = DenseMatrix.load(chunks, self.embeddings, lambda: self.chroma, self.settings.index_dir / "dense")
            except Exception:  # noqa: BLE001 - the vector store is being rebuilt by another process
                dense = DenseMatrix.load(chunks, self.embeddings, None)  # the embedding cache alone
        items = None
        if chunks and len(dense) and self.settings.weight_item_dense > 0:
            from assistant.retrieve.dense import ItemVectors

            try:
                items = ItemVectors.load(chunks, dense, self.embeddings, self.settings.index_dir / "dense")
            except Exception:  # noqa: BLE001 - a writer pruned the matrix while it was read: chunk vectors still answer
                log.warning("逐条向量暂时无法读取, 本次检索不使用逐条向量", exc_info=True)
        return _State(chunks=table, lexical=lexical, dense=dense, duplicates=self._duplicates(table), marker=marker, items=items)

    def _duplicates(self, table: ChunkTable | Iterable[Chunk]) -> dict[str, list[str]]:
        """Near-duplicates as ingest stored them; records older than that get them computed once."""
        if not isinstance(table, ChunkTable):  # chunks as objects (tests, older callers)
            chunks, table = table, ChunkTable()
            for chunk in chunks:
                table.add(chunk)
        if table.duplicates_missing:
            from assistant.retrieve.dedup import near_duplicates

            return near_duplicates(list(table.values()), self.settings.dedup_threshold)
        return table.duplicates

    def _current(self) -> _State:
        state = self._state
        if state is None or self._marker() != state.marker:
            self.reload(if_changed=True)
            state = self._state
        assert state is not None
        return state

    @property
    def size(self) -> int:
        return len(self._current().chunks)

    def ensure_ready(self) -> None:
        """Raise ``IndexNotReady`` when nothing has been ingested (``search`` itself returns [])."""
        if not self.size:
            raise IndexNotReady("知识库为空, 请先运行 `gangwei ingest` 导入语料。")

    def warmup(self) -> None:
        """Load the embedding model and tokenizers now (first query latency otherwise)."""
        if self.size:
            self.search("岗位职责", k=1)

    # --- retrieval ----------------------------------------------------------------------------

    def _dense(self, state: _State, sims: np.ndarray | None, mask: np.ndarray | None, n: int) -> dict[str, float]:
        if sims is None:
            return {}
        return {cid: sim for cid, sim in state.dense.top_of(sims, n, mask).items() if cid in state.chunks}

    def _similarities(self, state: _State, query: str) -> np.ndarray | None:
        """The query's cosine to every chunk: one embedding and one product per search."""
        if not len(state.dense):
            return None
        return state.dense.similarities(self.embeddings.embed_query(query))

    @staticmethod
    def _top(scores: np.ndarray, ids: list[str], mask: np.ndarray | None, n: int) -> dict[str, float]:
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        positive = np.flatnonzero(scores > 0)
        if positive.size == 0:
            return {}
        positive, values = best_n(positive, scores[positive], n)
        order = positive[np.argsort(-values, kind="stable")][:n]
        return {ids[i]: float(scores[i]) for i in order}

    def search(
        self,
        query: str,
        k: int = 10,
        filters: SearchFilters | None = None,
        boost_kinds: Iterable[SectionKind | str] | None = None,
        boost_roles: Iterable[str] | None = None,
        weights: dict[str, float] | None = None,
        rerank: bool = True,
        boost_lines: Mapping[str, Sequence[int]] | None = None,
        lexical_terms: Sequence[str] = (),
        asked_lines: Mapping[str, Mapping[int, float]] | None = None,
    ) -> list[Hit]:
        """Best ``k`` passages (near-duplicates collapsed) for ``query``.

        With a reranker configured (and ``rerank``), the top ``rerank_depth`` fused candidates
        are re-scored by the cross-encoder and the two rankings blended.

        ``boost_lines`` (file -> sorted line numbers, a line once per thing on it): a chunk holding
        several is boosted up to as much as an asked kind (the lines where the knowledge base names
        an indicator, for a KPI design request: a list of indicators, not one mentioned in passing).

        ``asked_lines`` (file -> line -> weight in 0..1): where the knowledge base states what the
        question asks of a post (its fact, its list); a chunk holding such a line is boosted by up
        to as much as an asked kind, times the line's weight.

        ``lexical_terms``: words added to the two lexical queries only (the section kind a question
        asks for, as chunk headers name it: "岗位职责"); the dense query stays the user's words.

        ``weights`` overrides the per-retriever fusion weights (e.g. ``{"dense": 1}`` for dense
        only); by default they come from settings.
        """
        query = (query or "").strip()
        state = self._current()
        if not query or not state.chunks or k <= 0:
            return []
        s = self.settings
        w = weights if weights is not None else s.fusion_weights
        n = s.candidates

        allowed: list[str] | None = None
        if filters is not None and filters.active:
            allowed = [cid for cid, c in state.chunks.infos() if filters.matches(c)]  # type: ignore[arg-type]
            if not allowed:
                return []

        per: dict[str, dict[str, float]] = {}
        lexical = state.lexical
        # Lexical scores are cheap and feed the evidence signals even when they are not fused.
        mask = dense_mask = None
        if allowed is not None:
            keep = set(allowed)
            mask = np.fromiter((cid in keep for cid in lexical.ids), dtype=bool, count=len(lexical.ids))
            dense_mask = np.fromiter((cid in keep for cid in state.dense.ids), dtype=bool, count=len(state.dense.ids))
        terms = " ".join(t for t in lexical_terms if t and t not in query)
        lexical_query = f"{query} {terms}" if terms else query
        big_scores, jieba_scores = lexical.scores(lexical_query, self.expander)
        per["bigram"] = self._top(big_scores, lexical.ids, mask, n)
        per["jieba"] = self._top(jieba_scores, lexical.ids, mask, n)
        item_scores = lexical.item_scores(lexical_query, self.expander) if w.get("item", 0) > 0 else None
        per["item"] = self._top(item_scores, lexical.ids, mask, n) if item_scores is not None else {}
        sims: np.ndarray | None = None
        if w.get("dense", 0) > 0 or (w.get("item_dense", 0) > 0 and state.items is not None):
            sims = self._similarities(state, query)
        per["dense"] = self._dense(state, sims, dense_mask, n) if w.get("dense", 0) > 0 else {}
        per["item_dense"] = {}
        line_sims: np.ndarray | None = None
        if w.get("item_dense", 0) > 0 and state.items is not None and sims is not None:
            # a chunk ranked by its closest line (a one-line chunk by its own vector)
            line_sims = state.items.best(self.embeddings.embed_query(query), sims)
            per["item_dense"] = self._dense(state, line_sims, dense_mask, n)

        rankings = {name: list(per[name]) for name in RETRIEVERS}  # dicts keep best-first order
        fused = weighted_rrf(rankings, w, s.rrf_k)
        if not fused:
            return []

        kinds = {SectionKind(x) for x in boost_kinds} if boost_kinds else set()
        roles = [r for r in (boost_roles or []) if r and r.strip()]
        subjects = re.compile(r"(?:^|[\n。；;！!？?])\s*(?:" + "|".join(re.escape(r.strip()) for r in roles) + ")") if roles else None
        boosted: dict[str, float] = {}
        factors: dict[str, float] = {}
        for cid, score in fused.items():
            chunk = state.chunks.info(cid)  # the few fields boosts read: no chunk parsed
            factor = 1.0
            if kinds and chunk.section_kind in kinds:
                factor += s.boost
            if roles and (any(role_matches(chunk, r) for r in roles)
                          or chunk.role is None and subjects is not None and subjects.search(state.chunks[cid].text)):  # fmt: skip
                # (a passage of no post's section whose sentence begins with the asked post, "外贸业务经理
                # 需要有较强的市场开拓能力", is about it as much as the post's own sections are; one naming
                # it in passing, "跟收衣员站前台", is not)
                factor += s.role_boost
            if asked_lines and (weights_in := asked_lines.get(chunk.file)):
                factor += s.boost * max((w for line, w in weights_in.items() if chunk.line_start <= line <= chunk.line_end), default=0.0)
            if boost_lines:
                held = _held(boost_lines.get(chunk.file), chunk.line_start, chunk.line_end)
                factor += s.boost * min(1.0, max(0, held - 1) / (LIST_HELD - 1))
            factors[cid] = factor
            boosted[cid] = round(score * factor, 9)

        order = best_first(boosted)
        reranked: dict[str, float] = {}
        if rerank and self.reranker is not None:
            top = order[: s.rerank_depth]
            scores = self.reranker.scores(query, [state.chunks[cid].indexed_text for cid in top])
            reranked = {cid: float(v) for cid, v in zip(top, scores)}
            from assistant.retrieve.rerank import combine

            blended = combine(top, reranked, s.rerank_weight)
            boosted = {cid: round(blended.get(cid, 0.0), 9) for cid in order}
            order = best_first(boosted)
        hits = self._collapse(state, order, boosted, k)
        if s.passage_max > 0:
            for hit in hits:
                hit.passage = self._passage(state, hit.chunk, s.passage_max)
        self._add_signals(state, query, hits, per, fused, big_scores, jieba_scores, sims, item_scores, line_sims)
        for hit in hits:
            hit.signals["boost"] = factors.get(hit.chunk.id, 1.0)
            if hit.chunk.id in reranked:
                hit.signals["rerank"] = reranked[hit.chunk.id]
        return hits

    def _collapse(self, state: _State, ordered: list[str], scores: dict[str, float], k: int) -> list[Hit]:
        """Keep the best copy of each passage; its near-duplicates become ``Hit.duplicates``.

        A passage whose lines an earlier hit already quotes (the same span, or the same post's
        row and one of its cells) adds no source and is folded into that hit, so one row cannot
        fill the list with its cells: the later one is as short as a cell, or holds the earlier
        one's lines (a wide row's duties and requirements, both long, stay two hits).
        """
        hits: list[Hit] = []
        covered: set[str] = set()
        for cid in ordered:
            if cid in covered:
                continue
            covered.add(cid)
            info = state.chunks.info(cid)
            holder = next((h for h in hits if _quotes(h.chunk, info) and _cell_of(h.chunk.text, state.chunks[cid].text)), None)
            if holder is not None:
                if info.span != holder.chunk.span and info.span not in holder.duplicates:
                    holder.duplicates.append(info.span)
                continue
            dups = [d for d in state.duplicates.get(cid, []) if d in state.chunks]
            covered.update(dups)
            spans = sorted(
                (state.chunks.info(d).span for d in dups),
                key=lambda sp: (sp.file, sp.line_start, sp.line_end),
            )
            hits.append(Hit(rank=len(hits) + 1, score=scores[cid], chunk=state.chunks[cid], duplicates=spans))
            if len(hits) >= k:
                break
        return hits

    @staticmethod
    def _passage(state: _State, chunk: Chunk, limit: int) -> Passage | None:
        """The run of chunks around ``chunk`` that reads as one passage: the same post and the same
        kind of text (duties, requirements, KPIs, prose) without a break, grown a chunk at a time
        (the next one first) while the whole holds ``limit`` characters; so its section when that
        is short, and a paragraph that a one-line heading of an essay cut off. None when that is
        the chunk alone."""
        article = state.chunks.article_of(chunk.id)
        at = next((i for i, x in enumerate(article) if x.id == chunk.id), None)
        if at is None:
            return None
        lo = hi = at
        size = article[at].size
        while True:
            for j in (hi + 1, lo - 1):
                if (0 <= j < len(article) and article[j].role == chunk.role and article[j].section_kind == chunk.section_kind
                        and size + article[j].size <= limit):  # fmt: skip
                    size += article[j].size
                    lo, hi = min(lo, j), max(hi, j)
                    break
            else:
                break
        if lo == hi:
            return None
        run = [state.chunks[x.id] for x in article[lo : hi + 1]]
        return Passage(file=chunk.file, line_start=min(c.line_start for c in run), line_end=max(c.line_end for c in run),
                       text=_joined(run))  # fmt: skip

    def _add_signals(
        self,
        state: _State,
        query: str,
        hits: list[Hit],
        per: dict[str, dict[str, float]],
        fused: dict[str, float],
        big_scores: np.ndarray,
        jieba_scores: np.ndarray,
        sims: np.ndarray | None = None,
        item_scores: np.ndarray | None = None,
        line_sims: np.ndarray | None = None,
    ) -> None:
        """Raw per-retriever evidence for "is anything here relevant at all" decisions."""
        lexical = state.lexical
        dense = per.get("dense", {})
        missing = [h.chunk.id for h in hits if h.chunk.id not in dense]
        if missing and len(state.dense):
            if sims is None:
                sims = self._similarities(state, query)
            dense = dict(dense)
            dense.update(state.dense.pick(sims, missing))
        q_bigrams = set(lexical.query_tokens(query, self.expander)[0])
        top_big = float(big_scores.max()) if big_scores.size else 0.0
        unknown = float(len(lexical.unknown_terms(query, self.expander)))
        for hit in hits:
            cid = hit.chunk.id
            pos = lexical.position[cid]
            sig: dict[str, float] = {
                "fused": float(fused.get(cid, 0.0)),
                "dense_sim": float(dense.get(cid, 0.0)),
                "bigram": float(big_scores[pos]),
                "jieba": float(jieba_scores[pos]),
                "item": float(item_scores[pos]) if item_scores is not None else 0.0,
                "item_dense": float(line_sims[state.dense.position[cid]]) if line_sims is not None and cid in state.dense.position else 0.0,
                "bigram_rel": float(big_scores[pos] / top_big) if top_big > 0 else 0.0,
                "unknown_terms": unknown,  # query words the corpus never uses (same for every hit)
            }
            for name in RETRIEVERS:
                order = per.get(name, {})
                sig[f"rank_{name}"] = float(list(order).index(cid) + 1) if cid in order else 0.0
            if q_bigrams:
                present = set(bigram_tokens(hit.chunk.indexed_text))
                sig["coverage"] = len(q_bigrams & present) / len(q_bigrams)
            else:
                sig["coverage"] = 0.0
            hit.signals = sig

    def chunks_between(self, file: str, line_start: int, line_end: int) -> list[Chunk]:
        """The committed chunks of a file overlapping the lines, in line order (source previews)."""
        table = self._current().chunks
        found = [table[cid] for cid, c in table.infos()
                 if c.file == file and c.line_start <= line_end and line_start <= c.line_end]  # fmt: skip
        return sorted(found, key=lambda c: c.line_start)

    def unknown_terms(self, query: str) -> list[str]:
        """Query words that occur nowhere in the corpus ("护士", "外卖骑手"): a refusal cue."""
        lexical = self._current().lexical
        return [] if lexical is None else lexical.unknown_terms(query, self.expander)

# --- LangChain view (imported on first use: langchain_core costs ~0.5 s to import) ----------------


def __getattr__(name: str) -> Any:
    if name in ("GangweiRetriever", "hit_to_document"):
        from assistant.retrieve import langchain_view

        return getattr(langchain_view, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


CELL_CHARS = 60  # a chunk this short beside its row is one of the row's cells


def _cell_of(held: str, later: str) -> bool:
    """``later`` adds nothing to ``held`` beside it: a cell, or the row holding ``held``'s lines."""
    if len(later) <= CELL_CHARS:
        return True
    lines = {line.strip() for line in later.split("\n")}
    return all(line.strip() in lines for line in held.split("\n") if line.strip())


def _quotes(held: Chunk, other: Any) -> bool:
    """``held`` and ``other`` quote the same lines: the same span, or one span inside the other
    for the same post (a row and one of its cells)."""
    if held.file != other.file:
        return False
    if (held.line_start, held.line_end) == (other.line_start, other.line_end):
        return True
    inside = (held.line_start <= other.line_start and other.line_end <= held.line_end
              or other.line_start <= held.line_start and held.line_end <= other.line_end)  # fmt: skip
    return inside and bool(held.role) and held.role == other.role


def _joined(run: Sequence[Chunk]) -> str:
    """The text of consecutive chunks of one section, read as one: a table's header row, which
    every chunk of it repeats (its span then starts before the previous chunk ends), is kept once;
    a long paragraph cut between two chunks is rejoined."""
    text = run[0].text
    for prev, chunk in zip(run, run[1:]):
        lines = chunk.text.split("\n")
        if chunk.line_start < prev.line_end:
            shown = set(text.split("\n"))
            while len(lines) > 1 and lines[0] in shown:
                lines = lines[1:]
        text += ("" if chunk.line_start == prev.line_end else "\n") + "\n".join(lines)
    return text


def span_overlaps(a: SourceSpan, b: Any) -> bool:
    """Whether two spans (anything with file/line_start/line_end) share a line."""
    return a.file == b.file and a.line_start <= b.line_end and b.line_start <= a.line_end


def _held(lines: Sequence[int] | None, start: int, end: int) -> int:
    """How many of a sorted list of line numbers fall in ``start..end``."""
    return bisect_right(lines, end) - bisect_left(lines, start) if lines else 0
