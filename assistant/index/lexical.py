"""BM25 (bm25s) over character bigrams and over jieba words with an HR user dictionary.

Both indexes cover ``chunk.indexed_text`` (structural header + text) of every committed chunk;
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
from typing import Iterable, Sequence

import numpy as np

from assistant.lexicon import Lexicon
from assistant.models import Chunk
from assistant.text import bigram_list

LEXICAL_VERSION = "lex-3"
BM25_K1 = 1.2
BM25_B = 0.75

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

    def __init__(self, groups: Sequence[Sequence[str]]) -> None:
        self.lookup: dict[str, list[str]] = {}
        for group in groups:
            words = [normalize(w) for w in group if w]
            for word in words:
                self.lookup.setdefault(word, [])
                self.lookup[word] += [w for w in words if w != word and w not in self.lookup[word]]
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


def _jieba_for(words: tuple[str, ...]):
    """A private jieba tokenizer per word list (the global one belongs to other code).

    Loading jieba's dictionary takes ~1.5 s, so tokenizers are shared within the process.
    """
    with _TOKENIZER_LOCK:
        tok = _TOKENIZERS.get(words)
        if tok is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tok = jieba.Tokenizer()
            tok.initialize()
            for word in words:
                tok.add_word(normalize(word), freq=200000)
            _TOKENIZERS.clear()  # keep one: a new word list replaces the old one
            _TOKENIZERS[words] = tok
        return tok


class JiebaTokenizer:
    """jieba ``cut_for_search`` with the HR user dictionary, stopwords dropped."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = sorted({w.strip() for w in words if w and len(w.strip()) >= 2})
        self._tok = _jieba_for(tuple(self.words))

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


def _bm25(corpus_tokens: list[list[str]]):
    import bm25s

    model = bm25s.BM25(k1=BM25_K1, b=BM25_B, method="lucene")
    # bm25s rejects an empty corpus; an empty index still needs a valid shape.
    model.index(corpus_tokens or [[""]], show_progress=False)
    return model


class LexicalIndex:
    """Two BM25 models over the same chunk ids (same order)."""

    def __init__(self, ids: list[str], bigram, jieba_model, tokenizer: JiebaTokenizer, fp: str) -> None:
        self.ids = ids
        self.position = {cid: i for i, cid in enumerate(ids)}
        self.bigram = bigram
        self.jieba = jieba_model
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
        bigram = _bm25([bigram_tokens(t) for t in texts])
        words_model = _bm25([tokenizer.tokens(t) for t in texts])
        return cls([c.id for c in ordered], bigram, words_model, tokenizer, fingerprint(ordered, vocabulary))

    def save(self, root: Path) -> Path:
        """Write ``root/<fingerprint>`` atomically (temp dir, then rename)."""
        root.mkdir(parents=True, exist_ok=True)
        final = root / self.fingerprint
        if final.exists():
            return final
        tmp = root / f".tmp-{self.fingerprint}-{os.getpid()}-{threading.get_ident()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        try:
            self.bigram.save(str(tmp / "bigram"), show_progress=False)
            self.jieba.save(str(tmp / "jieba"), show_progress=False)
            meta = {
                "version": LEXICAL_VERSION,
                "fingerprint": self.fingerprint,
                "ids": self.ids,
                "words": self.tokenizer.words,
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
        bigram = bm25s.BM25.load(str(directory / "bigram"))
        words = bm25s.BM25.load(str(directory / "jieba"))
        return cls(meta["ids"], bigram, words, JiebaTokenizer(meta["words"]), meta["fingerprint"])

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

    def unknown_terms(self, query: str) -> list[str]:
        """Content words of the query (>= 2 chars) that occur nowhere in the indexed corpus.

        "护士", "外卖骑手": a role or topic the corpus never mentions is a strong sign that
        nothing retrieved can answer the question.
        """
        words = self.tokenizer.tokens(_QUERY_NOISE.sub(" ", normalize(query)))
        vocab = self.jieba.vocab_dict
        known = self.tokenizer.is_word
        # Only real dictionary words: jieba's leftovers of a question ("做什") prove nothing.
        out = [w for w in dict.fromkeys(words) if len(w) >= 2 and w not in vocab and known(w)]
        # cut_for_search also yields the parts of a long word; report the longest form only
        return [w for w in out if not any(w != o and w in o for o in out)]

    def scores(self, query: str, expander: QueryExpander | None = None) -> tuple[np.ndarray, np.ndarray]:
        """BM25 scores of every chunk (in ``self.ids`` order) for the bigram and jieba models."""
        big, words = self.query_tokens(query, expander)
        n = len(self.ids)
        return self._scores(self.bigram, big, n), self._scores(self.jieba, words, n)
