"""BM25 (bm25s) over character bigrams and over jieba words with an HR user dictionary.

Both indexes cover ``context_text(chunk)`` of every committed chunk. They are persisted under
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

from assistant.ingest.chunk import context_text
from assistant.models import Chunk

LEXICAL_VERSION = "lex-2"
BM25_K1 = 1.2
BM25_B = 0.75

# Domain words jieba must keep whole (profile titles are added at build time).
HR_WORDS = (
    "客户经理", "大客户经理", "理财经理", "销售经理", "区域经理", "产品经理", "项目经理", "部门经理",
    "岗位职责", "职位职责", "工作职责", "任职资格", "任职要求", "任职条件", "岗位要求", "岗位说明书",
    "职位说明书", "职务说明书", "岗位分析", "工作分析", "岗位评价", "关键绩效指标", "绩效指标",
    "绩效考核", "绩效管理", "绩效评价", "考核指标", "平衡计分卡", "胜任力", "胜任素质", "胜任力模型",
    "素质模型", "首放制", "人力资源", "人力资源专员", "人力资源部", "人事专员", "招聘专员",
    "培训专员", "薪酬专员", "绩效专员", "行政助理", "行政专员", "网络管理员", "信息技术专员",
    "宣传专员", "制度专员", "客服专员", "快递业务员", "业务员", "营业员", "柜员", "大堂经理",
    "软件开发工程师", "财务人员", "会计", "出纳", "学习与成长", "内部流程", "KPI", "KSA", "BSC",
    "SMART", "目标管理", "360度考核", "强制休假", "离岗审计", "轮岗", "信贷", "客户关系",
    "客户关系管理", "市场营销", "营销团队", "证券客户经理", "理财产品", "风险控制", "合规",
    "专业技能", "沟通能力", "团队合作", "学历", "大专", "本科", "工作经验", "职业资格",
)

_STOPWORDS = frozenset(
    "的 了 和 与 及 或 等 是 在 对 为 以 将 把 被 有 也 都 就 而 并 其 之 于 由 从 到 这 那 个 些 "
    "我 你 他 她 它 们 我们 你们 要 会 能 可 可以 吗 呢 吧 啊 呀 么 什么 哪些 哪 怎么 怎样 如何 "
    "请问 一下 一些 有没有 是否 需要 应该 主要 具体 一般 通常 哪方面 方面".split()
)
# Question scaffolding removed from queries before tokenising (it never occurs as content).
_QUERY_NOISE = re.compile(
    r"请问|请列出|请说明|请介绍|帮我|能不能|可不可以|有没有|都有哪些|有哪些|哪些|哪几[个种类块条步方面]?|几[个种类块条步]|"
    r"什么样的?|什么|干些|做些|讲些|要些|干啥|多久|怎么样|怎么回事|怎样|怎么|如何|为什么|是否|"
    r"一般|通常|主要|具体|需要|应该|大概|一下|意思|呢|吗|吧|呀|啊|么|？|\?"
)

# Everyday wording -> the corpus's HR wording, added to lexical queries (never to passages).
QUERY_SYNONYMS: dict[str, str] = {
    "招人": "招聘", "找人": "招聘", "招募": "招聘", "招新": "招聘",
    "工资": "薪酬", "薪水": "薪酬", "待遇": "薪酬 福利", "奖金": "薪酬 激励",
    "干什么": "职责 工作内容", "做什么": "职责 工作内容", "干啥": "职责", "做哪些事": "职责",
    "管什么": "职责", "分内": "职责",
    "门槛": "任职资格 条件", "条件": "任职资格", "资质": "任职资格", "证书": "资格证",
    "老师": "教师", "快递员": "快递业务员", "收派": "快递",
    "考核": "绩效", "考评": "绩效考核", "kpi": "关键绩效指标", "指标": "绩效指标",
    "什么意思": "是指 定义", "是什么": "是指", "含义": "是指 定义", "定义": "是指",
    "意思": "是指",
}
_SYNONYM_RE = re.compile("|".join(sorted(map(re.escape, QUERY_SYNONYMS), key=len, reverse=True)))

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{_CJK}]+|[a-z0-9]+(?:[.+#][a-z0-9]+)*")


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def expand_query(query: str) -> str:
    """Append the corpus wording of everyday terms the query uses ("招人" -> "招聘")."""
    text = normalize(query)
    extra = [QUERY_SYNONYMS[m.group()] for m in _SYNONYM_RE.finditer(text)]
    return text + (" " + " ".join(dict.fromkeys(extra)) if extra else "")


def strip_query_noise(query: str) -> str:
    """Drop question words so they do not match random passages ("哪些", "如何")."""
    return _QUERY_NOISE.sub(" ", expand_query(query))


def bigram_tokens(text: str) -> list[str]:
    """Character bigrams of every CJK run (a lone character stays a unigram); Latin words whole."""
    tokens: list[str] = []
    for match in _RUN.finditer(normalize(text)):
        run = match.group()
        if not ("\u3400" <= run[0] <= "\u9fff" or "\uf900" <= run[0] <= "\ufaff"):
            tokens.append(run)
        elif len(run) == 1:
            tokens.append(run)
        else:
            tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
    return tokens


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


def fingerprint(chunks: Sequence[Chunk]) -> str:
    """Identity of an indexed chunk set: ids plus the exact indexed texts, in id order."""
    digest = hashlib.sha256(LEXICAL_VERSION.encode())
    for chunk in sorted(chunks, key=lambda c: c.id):
        digest.update(chunk.id.encode())
        digest.update(b"\x00")
        digest.update(context_text(chunk).encode("utf-8"))
        digest.update(b"\x01")
    return digest.hexdigest()[:24]


def dictionary_words(titles: Iterable[str]) -> list[str]:
    return sorted(set(HR_WORDS) | {t.strip() for t in titles if t and 2 <= len(t.strip()) <= 12})


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
    def build(cls, chunks: Sequence[Chunk], titles: Iterable[str] = ()) -> LexicalIndex:
        ordered = sorted(chunks, key=lambda c: c.id)
        texts = [context_text(c) for c in ordered]
        tokenizer = JiebaTokenizer(dictionary_words(list(titles) + [c.role for c in ordered if c.role]))
        bigram = _bm25([bigram_tokens(t) for t in texts])
        words = _bm25([tokenizer.tokens(t) for t in texts])
        return cls([c.id for c in ordered], bigram, words, tokenizer, fingerprint(ordered))

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
    def open_or_build(cls, root: Path, chunks: Sequence[Chunk], titles: Iterable[str] = ()) -> LexicalIndex:
        """The persisted index for exactly these chunks, or a fresh in-memory one."""
        fp = fingerprint(chunks)
        directory = root / fp
        if (directory / "meta.json").exists():
            try:
                return cls.load(directory)
            except (OSError, ValueError, KeyError):
                pass  # unreadable or old format: rebuilding is cheap
        return cls.build(chunks, titles)

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

    def query_tokens(self, query: str) -> tuple[list[str], list[str]]:
        cleaned = strip_query_noise(query)
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

    def scores(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        """BM25 scores of every chunk (in ``self.ids`` order) for the bigram and jieba models."""
        big, words = self.query_tokens(query)
        n = len(self.ids)
        return self._scores(self.bigram, big, n), self._scores(self.jieba, words, n)
