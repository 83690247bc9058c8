"""What the tools read: the ingested records (profiles, chunks, articles, KPI library) and quotes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.ingest.records import RecordStore
from assistant.models import Article, Block, Chunk, Citation, JobProfile, KpiEntry, Section, SourceSpan
from assistant.tools.text import clean_item, first_line, sentences, shorten

NO_RECORDS_MESSAGE = "尚未导入语料: 记录目录为空。请先运行 `gangwei ingest` 导入语料, 再使用岗位说明书与 KPI 工具。"


class NoRecordsError(RuntimeError):
    """The records directory holds nothing to work from (ingestion has not run)."""

    def __init__(self, directory: Path | None = None) -> None:
        where = f" ({directory})" if directory else ""
        super().__init__(NO_RECORDS_MESSAGE + where)


class SourceQuote(BaseModel):
    """Evidence for one drafted item: where it comes from and the verbatim (normalised) text."""

    file: str
    line_start: int
    line_end: int
    quote: str = Field(description="text that occurs in the cited lines (normalised)")
    role: str | None = Field(default=None, description="the post the source describes")
    title: str | None = Field(default=None, description="article title of the source")

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.file, self.line_start, self.line_end)

    def to_citation(self, number: int) -> Citation:
        return Citation(id=number, file=self.file, line_start=self.line_start, line_end=self.line_end, quote=self.quote)


def quote_of(text: str, span: SourceSpan, role: str | None = None, title: str | None = None) -> SourceQuote:
    """A quote for a block: its first line without the list marker, trimmed to whole sentences."""
    quote = shorten(clean_item(first_line(text)), 160) or first_line(text)
    return SourceQuote(
        file=span.file, line_start=span.line_start, line_end=span.line_end, quote=quote, role=role, title=title
    )


@dataclass
class ToolData:
    """The record set, loaded once; lookups the tools need are built lazily."""

    profiles: list[JobProfile]
    chunks: list[Chunk]
    articles: list[Article]
    kpis: list[KpiEntry]
    _sections: dict[tuple[str, int, int], tuple[Article, Section]] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, settings: Settings) -> ToolData:
        store = RecordStore(settings.records_dir)
        key = (str(settings.records_dir), _stamp(store))
        cached = _CACHE.get(key[0])
        if cached is not None and cached[0] == key[1]:
            return cached[1]
        if not store.exists():
            raise NoRecordsError(settings.records_dir)
        data = cls(
            profiles=store.load_profiles(),
            chunks=store.load_chunks(),
            articles=store.load_articles(),
            kpis=store.load_kpis(),
        )
        if not data.chunks and not data.profiles:
            raise NoRecordsError(settings.records_dir)
        _CACHE[key[0]] = (key[1], data)
        return data

    @property
    def article_by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    def section_at(self, span: SourceSpan) -> tuple[Article, Section] | None:
        """The article section that contains a span (for headings of profile items)."""
        if not self._sections:
            for article in self.articles:
                for section in article.sections:
                    s = section.span
                    self._sections[(s.file, s.line_start, s.line_end)] = (article, section)
        for (file, start, end), found in self._sections.items():
            if file == span.file and start <= span.line_start and span.line_end <= end:
                return found
        return None

    def blocks(self) -> list[tuple[Article, Section, Block]]:
        return [(a, s, b) for a in self.articles for s in a.sections for b in s.blocks]


_CACHE: dict[str, tuple[float, ToolData]] = {}


def block_lines(block: Block) -> list[tuple[int, str]]:
    """(line number, text) pairs of a block; a multi-line item keeps the number of each line."""
    parts = block.text.split("\n")
    start = block.span.line_start
    if len(parts) == block.span.line_end - block.span.line_start + 1:
        return [(start + i, t) for i, t in enumerate(parts)]
    return [(start, block.text.replace("\n", ""))]


def find_passage(data: ToolData, phrase: str, role: str | None = None) -> SourceQuote | None:
    """The sentence that contains ``phrase`` (first occurrence in corpus order), as a quote."""
    for article, _section, block in data.blocks():
        if phrase not in block.text.replace("\n", ""):
            continue
        for line_no, line in block_lines(block):
            if phrase not in line:
                continue
            sentence = next((s for s in sentences(line) if phrase in s), line)
            return SourceQuote(
                file=block.span.file, line_start=line_no, line_end=line_no, quote=window(sentence, phrase),
                role=role, title=article.title,
            )  # fmt: skip
    return None


def window(sentence: str, phrase: str, limit: int = 200) -> str:
    """A substring of ``sentence`` around ``phrase``, whole clauses, at most ``limit`` characters."""
    if len(sentence) <= limit:
        return sentence
    start = sentence.index(phrase)
    left = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    end = start + len(phrase)
    cut = end
    for i, ch in enumerate(sentence[end:], start=end):
        if ch in ",;。" and i - left > limit // 2:
            cut = i + 1
            break
    else:
        cut = len(sentence)
    return sentence[left : min(cut, left + limit)]


def _stamp(store: RecordStore) -> float:
    marker = store.path("files")
    return marker.stat().st_mtime_ns if marker.exists() else -1.0
