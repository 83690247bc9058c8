"""BM25 (bm25s) over character bigrams and over jieba words with an HR user dictionary.

Both indexes cover ``chunk.indexed_text`` (structural header + text) of every committed chunk;
a third, over the chunks' items (``item_units``: each line with the chunk's header), scores a
chunk by its best item, so one line that answers is not drowned by a long passage around it;
the dictionary comes from the lexicon and the corpus's role titles. They are persisted under
``index_dir/lexical/<fingerprint>/``, where the fingerprint hashes the indexed texts: a reader
loads the directory matching the committed records, and builds in memory when it is missing
(e.g. after a crash), so the lexical index can never disagree with the records.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import threading
import unicodedata
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from assistant.ingest.sentences import split_sentences
from assistant.lexicon import Lexicon
from assistant.models import Chunk
from assistant.text import bigram_list

LEXICAL_VERSION = "lex-4"
VOCAB_FILE = "vocab.sqlite3"  # token -> id beside each bm25s model (searchers do not load the vocabulary)
BM25_K1 = 1.2
BM25_B = 0.75
ITEM_CHARS = 150  # a paragraph line longer than this is an item per run of sentences

_STOPWORDS = frozenset(
    "的 了 和 与 及 或 等 是 在 对 为 以 将 把 被 有 也 都 就 而 并 其 之 于 由 从 到 这 那 个 些 "
    "我 你 他 她 它 们 我们 你们 要 会 能 可 可以 吗 呢 吧 啊 呀 么 什么 哪些 哪 怎么 怎样 如何 "
    "请问 一下 一些 有没有 是否 需要 应该 主要 具体 一般 通常 哪方面 方面".split()
)
# Question scaffolding removed from queries before tokenising (grammar, not vocabulary).
_QUERY_NOISE = re.compile(
    r"请问|请列出|请说明|请介绍|帮我|能不能|可不可以|有没有|都有哪些|有哪些|哪些|哪几[个种类块条步方面]?|几[个种类块条步]|"
    r"什么样的?|什么|干些|做些|讲些|要些|干啥|多久|怎么样|怎么回事|怎样|怎么|如何|为什么|是否|"
    r"一般|通常|主要|具体|需要|应该|大概|一下|意思|呢|吗|吧|呀|啊|么|？|\?"
)

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{_CJK}]+|[a-z0-9]+(?:[.+#][a-z0-9]+)*")


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


class QueryExpander:
    """Synonym groups of the lexicon (``synonyms.toml``): a word of a group adds the others."""

    def __init__(self, groups: Sequence[Sequence[str]], directed: Mapping[str, Sequence[str]] | None = None) -> None:
        """``directed``: one-way additions, a way of asking to the words documents label it with
        ("归谁管" adds 直属上级; a passage saying 直属上级 does not need 归谁管)."""
        self.lookup: dict[str, list[str]] = {}
        for group in groups:
            words = [normalize(w) for w in group if w]
            for word in words:
                self.lookup.setdefault(word, [])
                self.lookup[word] += [w for w in words if w != word and w not in self.lookup[word]]
        for ask, labels in (directed or {}).items():
            word = normalize(ask)
            if not word:
                continue
            self.lookup.setdefault(word, [])
            self.lookup[word] += [w for w in map(normalize, labels) if w and w != word and w not in self.lookup[word]]
        keys = sorted(self.lookup, key=len, reverse=True)
        self._re = re.compile("|".join(map(re.escape, keys))) if keys else None

    def expand(self, query: str) -> str:
        text = normalize(query)
        if self._re is None:
            return text
        extra: list[str] = []
        for m in self._re.finditer(text):
            extra += self.lookup[m.group()]
        return text + (" " + " ".join(dict.fromkeys(extra)) if extra else "")

    def terms(self, query: str) -> list[str]:
        """The synonyms a query brings in (for ``search --explain``)."""
        text = normalize(query)
        if self._re is None:
            return []
        return list(dict.fromkeys(w for m in self._re.finditer(text) for w in self.lookup[m.group()]))


def strip_query_noise(query: str, expander: QueryExpander | None = None) -> str:
    """Drop question words so they do not match random passages ("哪些", "如何")."""
    text = expander.expand(query) if expander is not None else normalize(query)
    return _QUERY_NOISE.sub(" ", text)


def bigram_tokens(text: str) -> list[str]:
    """Character bigrams of every CJK run (a lone character stays a unigram); Latin words whole."""
    return bigram_list(text)


_TOKENIZERS: dict[tuple[str, ...], object] = {}
_TOKENIZER_LOCK = threading.Lock()
FREQ_FILE = "jieba-freq.sqlite3"  # in the lexical root's parent (index_dir): the root holds only versions
_MISSING = -1  # memoised "not in the dictionary" (frequencies are >= 0)


def _jieba_identity() -> str:
    """Which dictionary a frequency file was made from: jieba's version and its dict.txt."""
    import jieba

    try:
        size = (Path(jieba.__file__).parent / "dict.txt").stat().st_size
    except OSError:
        size = -1
    return f"{jieba.__version__}:{size}"


class FrequencyFile:
    """jieba's prefix dictionary (word -> frequency, prefixes with 0) and its total, in SQLite.

    jieba's own start-up unmarshals all ~580,000 entries (0.7-1.5 s, ~60 MB); a query only looks
    up the few hundred substrings of its own text, so a searcher reads them from this file on
    demand (indexed lookups of a few microseconds) and the segmentation is the same.
    """

    def __init__(self, path: Path) -> None:
        self._map = SqliteMap(path)  # written once (atomically), read-only here
        if self._map.meta("identity") != _jieba_identity() or self._map.meta("format") != "kv":
            raise ValueError("frequency file of another jieba dictionary")
        self.total = int(self._map.meta("total") or 0)

    def get(self, word: str) -> int | None:
        return self._map.get(word)

    @staticmethod
    def write(path: Path, freq: dict[str, int], total: int) -> None:
        """Write atomically: readers never see half a dictionary."""
        SqliteMap.write(path, freq.items(), {"total": str(total), "identity": _jieba_identity(), "format": "kv"})


class _LazyFreq:
    """Stands in for ``jieba.Tokenizer.FREQ``: the file below, user words and lookups in memory.

    jieba reads FREQ with ``in``, ``[]`` and ``get`` and ``add_word`` writes to it, so an
    unmodified jieba segments with it exactly as with the full dict.
    """

    MEMO = 200_000  # looked-up entries kept; a long-running server forgets them past this

    def __init__(self, file: FrequencyFile) -> None:
        self._file = file
        self._own: dict[str, int] = {}  # add_word's entries
        self._memo: dict[str, int] = {}

    def _lookup(self, word: str) -> int:
        found = self._own.get(word)
        if found is not None:
            return found
        found = self._memo.get(word)
        if found is None:
            value = self._file.get(word)
            found = _MISSING if value is None else value
            if len(self._memo) >= self.MEMO:
                self._memo.clear()
            self._memo[word] = found
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._lookup(word) != _MISSING

    def __getitem__(self, word: str) -> int:
        found = self._lookup(word)
        if found == _MISSING:
            raise KeyError(word)
        return found

    def get(self, word: str, default: int | None = None) -> int | None:
        found = self._lookup(word)
        return default if found == _MISSING else found

    def __setitem__(self, word: str, freq: int) -> None:
        self._own[word] = freq


def _jieba_for(words: tuple[str, ...], freq_file: Path | None = None):
    """A private jieba tokenizer per word list (the global one belongs to other code).

    Loading jieba's dictionary takes ~1.5 s, so tokenizers are shared within the process; with
    ``freq_file`` (written beside the persisted indexes, see ``ensure_frequency_file``) the
    dictionary is looked up on demand instead of loaded.
    """
    key = (*words, f"\x00{freq_file}")
    with _TOKENIZER_LOCK:
        tok = _TOKENIZERS.get(key)
        if tok is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tok = jieba.Tokenizer()
            lazy = None
            if freq_file is not None:
                try:
                    lazy = FrequencyFile(freq_file)
                except Exception:  # noqa: BLE001 - missing, foreign or damaged: load the real dictionary
                    lazy = None
            if lazy is not None:
                tok.FREQ, tok.total, tok.initialized = _LazyFreq(lazy), lazy.total, True
            else:
                tok.initialize()
            for word in words:
                tok.add_word(normalize(word), freq=200000)
            _TOKENIZERS.clear()  # keep one: a new word list replaces the old one
            _TOKENIZERS[key] = tok
        return tok


def ensure_frequency_file(directory: Path) -> None:
    """Write jieba's base dictionary to ``directory/FREQ_FILE`` for searchers, once per jieba version."""
    path = directory / FREQ_FILE
    try:
        FrequencyFile(path)
        return
    except Exception:  # noqa: BLE001 - absent or stale: (re)write it
        pass
    import jieba

    jieba.setLogLevel(logging.WARNING)
    base = jieba.Tokenizer()
    base.initialize()  # jieba's own cache makes this ~1 s; the user words are not in this table
    directory.mkdir(parents=True, exist_ok=True)
    FrequencyFile.write(path, base.FREQ, base.total)


class JiebaTokenizer:
    """jieba ``cut_for_search`` with the HR user dictionary, stopwords dropped."""

    def __init__(self, words: Iterable[str], freq_file: Path | None = None) -> None:
        self.words = sorted({w.strip() for w in words if w and len(w.strip()) >= 2})
        self._tok = _jieba_for(tuple(self.words), freq_file)

    def is_word(self, word: str) -> bool:
        """A dictionary word (jieba also stores every prefix of a word, with frequency 0)."""
        return word.isascii() or self._tok.FREQ.get(word, 0) > 0

    def tokens(self, text: str) -> list[str]:
        out: list[str] = []
        for word in self._tok.cut_for_search(normalize(text), HMM=True):
            word = word.strip()
            if not word or word in _STOPWORDS or not _RUN.search(word):
                continue
            out.append(word)
        return out


def fingerprint(chunks: Sequence[Chunk], words: Iterable[str] = ()) -> str:
    """Identity of an indexed chunk set: ids plus the exact indexed texts, and the dictionary."""
    digest = hashlib.sha256(LEXICAL_VERSION.encode())
    for chunk in sorted(chunks, key=lambda c: c.id):
        digest.update(chunk.id.encode())
        digest.update(b"\x00")
        digest.update(chunk.indexed_text.encode("utf-8"))
        digest.update(b"\x01")
    for word in sorted(set(words)):
        digest.update(word.encode("utf-8") + b"\x02")
    return digest.hexdigest()[:24]


def dictionary_words(lexicon: Lexicon, titles: Iterable[str]) -> list[str]:
    """Words jieba must keep whole: the lexicon's HR vocabulary plus the corpus's role titles."""
    words: set[str] = set()
    for spec in list(lexicon.fields.fields.values()) + list(lexicon.fields.columns.values()):
        words.update(spec.labels)
    for values in lexicon.sections.kinds.values():
        words.update(values)
    for group in lexicon.synonyms.groups:
        words.update(group)
    words.update(lexicon.roles.aliases)
    for spec in lexicon.bsc.dimensions.values():
        words.update(spec.labels)
    words.update(lexicon.scope.core_topics)
    words.update(t.strip() for t in titles if t)
    return sorted(w for w in words if 2 <= len(w.strip()) <= 12)


class SqliteMap:
    """A read-only str -> int table in SQLite, looked up on demand.

    Stands in for large dicts a searcher would otherwise load whole -- BM25 vocabularies (up to
    millions of tokens: ~400 MB as Python dicts at 100x the shipped corpus) and the word weights
    of answering -- while a question only looks up a few hundred keys (a memo keeps them).
    """

    MEMO = 200_000

    def __init__(self, path: Path) -> None:
        import sqlite3

        if not path.is_file():
            raise FileNotFoundError(path)
        self.path = path
        self._conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._memo: dict[str, int | None] = {}

    def _lookup(self, key: str) -> int | None:
        try:
            return self._memo[key]
        except KeyError:
            pass
        with self._lock:
            row = self._conn.execute("SELECT v FROM kv WHERE k = ?", (key,)).fetchone()
        value = None if row is None else int(row[0])
        if len(self._memo) >= self.MEMO:
            self._memo.clear()
        self._memo[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._lookup(key) is not None

    def __getitem__(self, key: str) -> int:
        value = self._lookup(key)
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key: str, default: int | None = None) -> int | None:
        value = self._lookup(key)
        return default if value is None else value

    def meta(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    @staticmethod
    def write(path: Path, items: Iterable[tuple[str, int]], meta: dict[str, str] | None = None) -> None:
        """Write atomically (temp file, then rename)."""
        import sqlite3

        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.unlink(missing_ok=True)
        try:
            conn = sqlite3.connect(tmp)
            with conn:
                conn.execute("CREATE TABLE kv (k TEXT PRIMARY KEY, v INTEGER NOT NULL) WITHOUT ROWID")
                conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                conn.executemany("INSERT INTO kv VALUES (?, ?)", items)
                conn.executemany("INSERT INTO meta VALUES (?, ?)", list((meta or {}).items()))
            conn.close()
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)


IDF_VERSION = "df-2"


def _idf_key(ids: Iterable[str]) -> str:
    """Identity of a chunk set (a chunk id is a hash of its file, span and text)."""
    digest = hashlib.sha256(IDF_VERSION.encode())
    for cid in sorted(ids):
        digest.update(cid.encode() + b"\x00")
    return digest.hexdigest()[:24]


def save_document_frequencies(directory: Path, chunks: Sequence[Chunk]) -> Path:
    """Write the bigram document frequencies of the chunks' texts (``assistant.text.Idf``'s table).

    Answering weighs question words by them; counting them over every chunk took a reader 8 s
    (and its dict ~185 MB) at 100x the shipped corpus. Keyed by the chunk set, so a reader never
    uses a table of other chunks; written before the records commit, old ones pruned after.
    """
    from collections import Counter

    from assistant.text import bigrams

    key = _idf_key(c.id for c in chunks)
    path = directory / f"idf-{key}.sqlite3"
    if path.exists():
        return path
    df: Counter[str] = Counter()
    for chunk in chunks:
        df.update(bigrams(chunk.text))
    SqliteMap.write(path, df.items(), {"version": IDF_VERSION, "key": key, "n": str(len(chunks))})
    return path


def load_document_frequencies(directory: Path, ids: Iterable[str]) -> tuple[int, SqliteMap] | None:
    """(number of chunks, bigram -> chunks containing it) saved for exactly these chunk ids, or None."""
    key = _idf_key(ids)
    try:
        table = SqliteMap(directory / f"idf-{key}.sqlite3")
        if table.meta("version") != IDF_VERSION or table.meta("key") != key:
            return None
        return int(table.meta("n") or 0), table
    except Exception:  # noqa: BLE001 - absent, older or damaged: the caller counts
        return None


def prune_document_frequencies(directory: Path, chunks: Sequence[Chunk]) -> None:
    keep = f"idf-{_idf_key(c.id for c in chunks)}.sqlite3"
    for path in [*directory.glob("idf-*.sqlite3"), *directory.glob("idf-*.marshal")]:
        if path.name != keep:
            path.unlink(missing_ok=True)


def item_units(indexed_text: str) -> list[str]:
    """A chunk as items, each read with the chunk's first line (its structural header, or the
    heading / table header it opens with): "一德期货 · 人力资源专员 · 任职要求 本科及以上学历".

    A chunk of one line is one item. The items are what a question about one fact or one duty
    matches; the chunk stays what is returned and cited (the two granularities of retrieval).
    """
    head, _, body = indexed_text.partition("\n")
    items = [piece for line in body.split("\n") for piece in split_sentences(line.strip(), ITEM_CHARS)]
    if len(items) <= 1:
        return [indexed_text]
    return [f"{head} {item}" for item in items]


ITEM_ID_MARK = "@"  # "<chunk id>@<n>.<text digest>": the n-th item of a chunk (chunk ids are hex digests)
ITEMS_DIR = "items"  # the item vectors' matrix, beside the chunks' (index/dense/items/)


def chunk_items(chunks: Iterable[Any]) -> list[tuple[str, str]]:
    """(item id, item text) of every chunk of more than one item (``item_units``), for item-level
    dense retrieval; a chunk of one item is its own item (its chunk vector). An id names the
    item's text too (a chunk's header can change while its own text, and so its id, does not),
    so a saved vector is reused only for the same text."""
    out: list[tuple[str, str]] = []
    for chunk in chunks:
        items = item_units(chunk.indexed_text)
        if len(items) > 1:
            out.extend((f"{chunk.id}{ITEM_ID_MARK}{n}.{hashlib.sha1(text.encode()).hexdigest()[:10]}", text)
                       for n, text in enumerate(items))  # fmt: skip
    return out


def _bm25(corpus_tokens: Iterable[list[str]]):
    """A BM25 model over documents given as token lists, consumed one at a time.

    Each document becomes a list of token ids as it is read, so the corpus is never held as
    token strings (a two-character token is a 76-byte str: 100x the shipped corpus as bigram
    strings alone is over a gigabyte; as shared ids it is an eighth of that).
    """
    import bm25s

    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(t, len(vocab)) for t in tokens] for tokens in corpus_tokens]
    model = bm25s.BM25(k1=BM25_K1, b=BM25_B, method="lucene")
    # bm25s rejects an empty corpus; an empty index still needs a valid shape.
    model.index((ids, vocab) if ids else [[""]], show_progress=False)
    return model


class LexicalIndex:
    """Two BM25 models over the same chunk ids (same order), and one over their items
    (``items``, bigrams; ``item_owner[i]`` is the position of item i's chunk)."""

    def __init__(
        self,
        ids: list[str],
        bigram,
        jieba_model,
        tokenizer: JiebaTokenizer,
        fp: str,
        vocabulary: list[str] | None = None,
        items=None,
        item_owner: np.ndarray | None = None,
    ) -> None:
        self.ids = ids
        self.vocabulary = vocabulary  # what the fingerprint was taken over (None: an index saved before)
        self.position = {cid: i for i, cid in enumerate(ids)}
        self.bigram = bigram
        self.jieba = jieba_model
        self.items = items
        self.item_owner = item_owner if item_owner is not None else np.zeros(0, dtype=np.int32)
        self.tokenizer = tokenizer
        self.fingerprint = fp

    # --- building and persistence ---------------------------------------------------------

    @classmethod
    def build(cls, chunks: Sequence[Chunk], words: Iterable[str] = ()) -> LexicalIndex:
        """``words``: the jieba user dictionary (see ``dictionary_words``)."""
        ordered = sorted(chunks, key=lambda c: c.id)
        texts = [c.indexed_text for c in ordered]
        vocabulary = sorted(set(words) | {c.role for c in ordered if c.role})
        tokenizer = JiebaTokenizer(vocabulary)
        bigram = _bm25(bigram_tokens(t) for t in texts)
        words_model = _bm25(tokenizer.tokens(t) for t in texts)
        owner: list[int] = []

        def items() -> Iterable[list[str]]:
            for pos, text in enumerate(texts):
                for item in item_units(text):
                    owner.append(pos)
                    yield bigram_tokens(item)

        items_model = _bm25(items())
        return cls([c.id for c in ordered], bigram, words_model, tokenizer, fingerprint(ordered, vocabulary), vocabulary,
                   items_model, np.asarray(owner, dtype=np.int32))  # fmt: skip

    def save(self, root: Path) -> Path:
        """Write ``root/<fingerprint>`` atomically (temp dir, then rename)."""
        root.mkdir(parents=True, exist_ok=True)
        ensure_frequency_file(root.parent)
        final = root / self.fingerprint
        if final.exists():
            return final
        tmp = root / f".tmp-{self.fingerprint}-{os.getpid()}-{threading.get_ident()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        try:
            models = (("bigram", self.bigram), ("jieba", self.jieba), ("items", self.items))
            for name, model in models:
                model.save(str(tmp / name), show_progress=False)
                SqliteMap.write(tmp / name / VOCAB_FILE, model.vocab_dict.items())
            np.save(tmp / "items" / "owner.npy", self.item_owner)
            meta = {
                "version": LEXICAL_VERSION,
                "fingerprint": self.fingerprint,
                "ids": self.ids,
                "words": self.tokenizer.words,
                "vocabulary": self.vocabulary,
            }
            (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
            try:
                os.rename(tmp, final)
            except OSError:
                if not final.exists():
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return final

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        import bm25s

        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        if meta.get("version") != LEXICAL_VERSION:
            raise ValueError("lexical index version mismatch")
        # memory-mapped: a searcher maps the score matrices instead of reading them (100x corpus),
        # and looks tokens up in the vocabulary file instead of loading the vocabulary
        models = []
        for name in ("bigram", "jieba", "items"):
            lazy = (directory / name / VOCAB_FILE).is_file()
            model = bm25s.BM25.load(str(directory / name), mmap=True, load_vocab=not lazy)
            if lazy:
                model.vocab_dict = SqliteMap(directory / name / VOCAB_FILE)
            models.append(model)
        bigram, words, items = models
        owner = np.load(directory / "items" / "owner.npy", mmap_mode="r")
        tokenizer = JiebaTokenizer(meta["words"], freq_file=directory.parent.parent / FREQ_FILE)
        return cls(meta["ids"], bigram, words, tokenizer, meta["fingerprint"], meta.get("vocabulary"), items, owner)

    @classmethod
    def open_saved(cls, root: Path, chunks: Sequence[Chunk]) -> LexicalIndex | None:
        """The saved index whose fingerprint, over its own recorded vocabulary, matches these
        chunks: found without reading the profiles the vocabulary came from. None if there is none."""
        if not root.is_dir():
            return None
        for directory in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
            try:
                meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            vocabulary = meta.get("vocabulary")
            if meta.get("version") != LEXICAL_VERSION or vocabulary is None or meta.get("fingerprint") != directory.name:
                continue
            if fingerprint(chunks, vocabulary) == directory.name:
                try:
                    return cls.load(directory)
                except (OSError, ValueError, KeyError):
                    return None
        return None

    @classmethod
    def open_or_build(cls, root: Path, chunks: Sequence[Chunk], words: Iterable[str] = ()) -> LexicalIndex:
        """The persisted index for exactly these chunks and words, or a fresh in-memory one."""
        words = list(words)
        fp = fingerprint(chunks, sorted(set(words) | {c.role for c in chunks if c.role}))
        directory = root / fp
        if (directory / "meta.json").exists():
            try:
                return cls.load(directory)
            except (OSError, ValueError, KeyError):
                pass  # unreadable or old format: rebuilding is cheap
        return cls.build(chunks, words)

    @staticmethod
    def prune(root: Path, keep: str) -> None:
        """Remove every other version (after the records naming ``keep`` are committed)."""
        if not root.exists():
            return
        for child in root.iterdir():
            if child.name != keep and child.is_dir():
                shutil.rmtree(child, ignore_errors=True)

    # --- querying ---------------------------------------------------------------------------

    @staticmethod
    def _scores(model, tokens: list[str], n: int) -> np.ndarray:
        ids = list(dict.fromkeys(model.get_tokens_ids(tokens)))
        if not ids or n == 0:
            return np.zeros(n, dtype=np.float32)
        return np.asarray(model.get_scores_from_ids(ids), dtype=np.float32)[:n]

    def query_tokens(self, query: str, expander: QueryExpander | None = None) -> tuple[list[str], list[str]]:
        cleaned = strip_query_noise(query, expander)
        return bigram_tokens(cleaned), self.tokenizer.tokens(cleaned)

    def unknown_terms(self, query: str, expander: QueryExpander | None = None) -> list[str]:
        """Content words of the query (>= 2 chars) that occur nowhere in the indexed corpus.

        "护士", "外卖骑手": a role or topic the corpus never mentions is a strong sign that
        nothing retrieved can answer the question. A word whose synonym the corpus uses
        ("年假" where a handbook says 年休假) is not unknown.
        """
        words = self.tokenizer.tokens(_QUERY_NOISE.sub(" ", normalize(query)))
        vocab = self.jieba.vocab_dict
        known = self.tokenizer.is_word
        synonyms = expander.lookup if expander is not None else {}
        # Only real dictionary words: jieba's leftovers of a question ("做什") prove nothing.
        out = [w for w in dict.fromkeys(words) if len(w) >= 2 and w not in vocab and known(w)
               and not any(s in vocab for s in synonyms.get(w, ()))]  # fmt: skip
        # cut_for_search also yields the parts of a long word; report the longest form only
        return [w for w in out if not any(w != o and w in o for o in out)]

    def scores(self, query: str, expander: QueryExpander | None = None) -> tuple[np.ndarray, np.ndarray]:
        """BM25 scores of every chunk (in ``self.ids`` order) for the bigram and jieba models."""
        big, words = self.query_tokens(query, expander)
        n = len(self.ids)
        return self._scores(self.bigram, big, n), self._scores(self.jieba, words, n)

    def item_scores(self, query: str, expander: QueryExpander | None = None) -> np.ndarray:
        """Each chunk's best item's bigram BM25 score (in ``self.ids`` order)."""
        best = np.zeros(len(self.ids), dtype=np.float32)
        if self.items is None or not len(self.item_owner):
            return best
        big, _ = self.query_tokens(query, expander)
        scores = self._scores(self.items, big, len(self.item_owner))
        np.maximum.at(best, np.asarray(self.item_owner), scores)
        return best
