"""Typed records that flow between pipeline stages (load -> clean -> segment -> profiles -> chunk)."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, Field


class SectionKind(str, Enum):
    duties = "duties"
    qualifications = "qualifications"
    kpi = "kpi"
    prose = "prose"


class SourceSpan(BaseModel):
    """Where a record comes from: file relative to the corpus root, 1-based inclusive lines."""

    file: str
    line_start: int = Field(ge=1)
    line_end: int = Field(ge=1)

    def contains(self, other: SourceSpan) -> bool:
        return (
            self.file == other.file
            and self.line_start <= other.line_start
            and other.line_end <= self.line_end
        )


class LoadedDocument(BaseModel):
    """A file as read: the original lines (text formats) or extracted lines (docx/pdf/html)."""

    file: str
    lines: list[str]
    encoding: str
    content_hash: str
    warnings: list[str] = Field(default_factory=list)


class CleanLine(BaseModel):
    line_no: int = Field(ge=1)
    text: str


class CleanDocument(BaseModel):
    file: str
    content_hash: str
    lines: list[CleanLine]
    removed_lines: list[int] = Field(default_factory=list, description="boilerplate line numbers")
    warnings: list[str] = Field(default_factory=list)


class BlockType(str, Enum):
    heading = "heading"
    item = "item"
    text = "text"


class Block(BaseModel):
    """A unit that is never split: a heading, a whole list item (with continuation lines), a paragraph."""

    type: BlockType
    text: str
    span: SourceSpan
    marker: str | None = None
    lines: list[CleanLine] = Field(default_factory=list, exclude=True)


class Section(BaseModel):
    kind: SectionKind
    heading: str | None = None
    role: str | None = None
    department: str | None = None
    opens_role: bool = Field(default=False, description="the heading itself names the role")
    span: SourceSpan
    blocks: list[Block]

    @property
    def items(self) -> list[Block]:
        return [b for b in self.blocks if b.type == BlockType.item]


class Article(BaseModel):
    id: str
    file: str
    index: int = Field(description="1-based position of the article in its file")
    title: str
    span: SourceSpan
    sections: list[Section]


class ProfileItem(BaseModel):
    text: str
    span: SourceSpan


class JobProfile(BaseModel):
    id: str
    title: str
    department: str | None = None
    reports_to: str | None = None
    article_id: str
    article_title: str
    span: SourceSpan
    duties: list[ProfileItem] = Field(default_factory=list)
    qualifications: list[ProfileItem] = Field(default_factory=list)


class Chunk(BaseModel):
    id: str = Field(description="stable content hash of file, span and text")
    text: str
    file: str
    line_start: int
    line_end: int
    article_id: str
    article_title: str
    section_kind: SectionKind
    section_heading: str | None = None
    role: str | None = None
    content_hash: str

    @property
    def span(self) -> SourceSpan:
        return SourceSpan(file=self.file, line_start=self.line_start, line_end=self.line_end)


class BscDimension(str, Enum):
    """Balanced-scorecard dimensions, as the corpus names them."""

    financial = "财务"
    customer = "客户"
    process = "内部流程"
    learning = "学习与成长"


class KpiEntry(BaseModel):
    """An indicator found in the corpus, with the sentence that mentions it."""

    id: str
    name: str
    dimension: BscDimension | None = None
    sentence: str
    span: SourceSpan
    roles: list[str] = Field(default_factory=list)


class FileReport(BaseModel):
    """What ingestion did with one file, for the summary table."""

    file: str
    ok: bool
    message: str = ""
    articles: int = 0
    sections: int = 0
    profiles: int = 0
    chunks: int = 0
    removed_lines: int = 0
    skipped: bool = False


class CorpusStats(BaseModel):
    files: int
    articles: int
    sections_by_kind: dict[str, int]
    profiles: int
    chunks: int
    removed_boilerplate_lines: int
    kpis: int = Field(default=0, description="KPI mentions (one indicator may be mentioned several times)")
    kpi_indicators: int = Field(default=0, description="distinct indicator names in the KPI library")
    per_file: list[FileReport] = Field(default_factory=list)


# --- retrieval and answering contracts -------------------------------------------------------


class Hit(BaseModel):
    """One retrieved passage. ``score`` is the fused score; ``signals`` the per-retriever ranks."""

    rank: int
    score: float
    chunk: Chunk
    signals: dict[str, float] = Field(default_factory=dict)
    duplicates: list[SourceSpan] = Field(default_factory=list, description="other copies of this passage")

    def to_contract(self) -> dict:
        """The stable JSON shape of ``gangwei search --json`` (other tools read it)."""
        return {
            "rank": self.rank,
            "score": round(self.score, 6),
            "file": self.chunk.file,
            "line_start": self.chunk.line_start,
            "line_end": self.chunk.line_end,
            "section": self.chunk.section_kind.value,
            "role": self.chunk.role,
            "text": self.chunk.text,
        }


class Intent(str, Enum):
    duty = "duty"
    qualification = "qualification"
    kpi = "kpi"
    method = "method"
    jd_draft = "jd_draft"
    kpi_design = "kpi_design"
    out_of_scope = "out_of_scope"


class Citation(BaseModel):
    id: int = Field(description="1-based citation number as shown in the answer text, e.g. [1]")
    file: str
    line_start: int
    line_end: int
    quote: str = Field(description="verbatim (normalised) text that occurs in the cited lines")


class AnswerItem(BaseModel):
    text: str
    citations: list[int] = Field(default_factory=list)


class Answer(BaseModel):
    question: str
    intent: Intent
    role: str | None = None
    text: str = Field(description="markdown answer in Chinese with [n] citation markers")
    items: list[AnswerItem] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    refused: bool = False
    backend: str = "extractive"
    note: str | None = Field(default=None, description="e.g. why the LLM answer fell back")
    timings: dict[str, float] = Field(default_factory=dict, description="seconds per stage")
