"""Typed records that flow between the stages: load -> clean -> structure -> chunk -> retrieve -> answer.

These are the seams of the pipeline. Ingestion writes them as JSON Lines (``ingest/records.py``);
the knowledge snapshot reads them once per committed version; answers and tools cite them.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, Field

# --- provenance --------------------------------------------------------------------------------


class SourceSpan(BaseModel):
    """Where a record comes from: file relative to the corpus root, 1-based inclusive lines.

    "Lines" are the document's citable lines: physical lines for text formats (txt, md, csv,
    html), a row per line for spreadsheets, one paragraph (or table-cell paragraph) per line for
    Word documents, extracted text lines for PDFs. ``Region``s name sheets and pages.
    """

    file: str
    line_start: int = Field(ge=1)
    line_end: int = Field(ge=1)

    def contains(self, other: SourceSpan) -> bool:
        return self.file == other.file and self.line_start <= other.line_start and other.line_end <= self.line_end

    def overlaps(self, other: SourceSpan) -> bool:
        return self.file == other.file and self.line_start <= other.line_end and other.line_start <= self.line_end


class Region(BaseModel):
    """A named part of a document, so a line can be cited as "工作表「X」第 3 行" or "第 2 页"."""

    kind: Literal["sheet", "page", "table"]
    name: str | None = None
    number: int | None = None
    line_start: int
    line_end: int
    first_row: int = Field(default=1, description="sheet row (or table row) of line_start")


class LoadedDocument(BaseModel):
    """A file as read: its citable lines, plus structure the format itself states."""

    file: str
    lines: list[str]
    encoding: str
    content_hash: str
    title: str | None = Field(default=None, description="document title from the format (docx/html/pdf metadata)")
    regions: list[Region] = Field(default_factory=list)
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


# --- structure ---------------------------------------------------------------------------------


class SectionKind(str, Enum):
    duties = "duties"
    qualifications = "qualifications"
    kpi = "kpi"
    purpose = "purpose"
    benefits = "benefits"
    relations = "relations"
    prose = "prose"


SECTION_KIND_ZH: dict[str, str] = {
    "duties": "岗位职责",
    "qualifications": "任职要求",
    "kpi": "绩效考核",
    "purpose": "岗位目的",
    "benefits": "薪酬福利",
    "relations": "工作关系",
    "prose": "正文",
}


class BlockType(str, Enum):
    heading = "heading"
    item = "item"
    text = "text"
    field = "field"  # a labelled value: "直属上级: 行政经理", a key cell and its value cell


class Block(BaseModel):
    """A unit that is never split: a heading, a whole list item (with continuation lines), a paragraph."""

    type: BlockType
    text: str = Field(description="the block's lines joined with '\\n'")
    span: SourceSpan
    line_nos: list[int] = Field(default_factory=list, description="line number of each '\\n'-separated line of text")
    marker: str | None = None
    label: str | None = Field(default=None, description="field label or table column header the block sits under")
    key: str | None = Field(default=None, description="fields.toml / columns key of the label (education, duties …)")
    depth: int = Field(default=0, description="level in an organisation chart drawn as an indented tree (1 = root); 0 otherwise")
    level: int = Field(default=0, exclude=True, description="a heading's level as the format states it (Markdown #, Org *, Word style); 0 otherwise")
    columns: list[str] | None = Field(default=None, description="a whole table row's column names, one per cell")
    quote: str | None = Field(default=None, description="the line's own words when the text puts cells together under "
                                                        "a label (\"学历…中专及以上\" for \"学历：中专及以上\")")
    lines: list[CleanLine] = Field(default_factory=list, exclude=True)

    def numbered_lines(self) -> list[tuple[int, str]]:
        """(line number, text) of each line of the block: what a citation may quote."""
        parts = self.text.split("\n")
        nos = self.line_nos if len(self.line_nos) == len(parts) else [self.span.line_start] * len(parts)
        return list(zip(nos, parts))

    def shown_lines(self) -> list[tuple[int, str]]:
        """The lines as chunks and answers show them: a row's cell under a column no field names keeps
        its column's name ("提成比例/奖金标准：回款金额的5%"); a citation quotes ``numbered_lines``."""
        pairs = self.numbered_lines()
        if self.type == BlockType.field and self.key is None and self.label and self.label not in self.text and pairs:
            (no, text), *rest = pairs
            return [(no, f"{self.label.strip()}：{text}"), *rest]
        if self.columns and len(pairs) == 1:
            # a grade's row "A | 核心主播 | … | 12000 | 1.2%": each cell with its column's name ("底薪：12000")
            no, text = pairs[0]
            cells = [c.strip() for c in text.split(" | ")]
            if len(cells) == len(self.columns):
                return [(no, "；".join(f"{name}：{cell}" if name and cell else cell for name, cell in zip(self.columns, cells)))]
        return pairs


class Section(BaseModel):
    id: str = ""
    kind: SectionKind
    heading: str | None = None
    role: str | None = None
    department: str | None = None
    organisation: str | None = None
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
    organisation: str | None = None
    span: SourceSpan
    sections: list[Section]


class ProfileItem(BaseModel):
    text: str
    span: SourceSpan
    line_nos: list[int] = Field(default_factory=list)
    category: str | None = Field(default=None, description="qualification category (education, major …) or field key")
    heading: str | None = Field(default=None, description="sub-heading or row label the item sits under")
    quote: str | None = Field(default=None, description="the cited lines' own words when the text joins several cells "
                                                        "under their labels (\"3200…5000-6500\"); else the text is the quote")
    sentence: str | None = Field(default=None, description="the sentence a fact was read from (\"其上级为店长,对店长负责\"), "
                                                           "shown beside the value: a sentence may say more than the value")


class JobProfile(BaseModel):
    """One role as one document describes it. Items keep their spans; fields keep their labels."""

    id: str
    title: str
    aliases: list[str] = Field(default_factory=list, description="other spellings in the same document")
    organisation: str | None = None
    department: str | None = None
    reports_to: str | None = None
    article_id: str
    article_title: str
    doc_title: str | None = None
    span: SourceSpan
    purpose: list[ProfileItem] = Field(default_factory=list)
    duties: list[ProfileItem] = Field(default_factory=list)
    qualifications: list[ProfileItem] = Field(default_factory=list)
    kpis: list[ProfileItem] = Field(default_factory=list, description="performance standards / KPI items stated for the role")
    benefits: list[ProfileItem] = Field(default_factory=list)
    fields: dict[str, ProfileItem] = Field(default_factory=dict, description="labelled facts, keyed by fields.toml key")
    subordinates: str | None = None
    location: str | None = None
    pay: str | None = None
    source: str = Field(default="text", description="how it was found: table | record | fields | heading | posting | text")


class BscDimension(str, Enum):
    """Balanced-scorecard dimensions."""

    financial = "财务"
    customer = "客户"
    process = "内部流程"
    learning = "学习与成长"


class KpiEntry(BaseModel):
    """An indicator found in the corpus: a row of a KPI table, or a mention in prose."""

    id: str
    name: str
    dimension: str | None = Field(default=None, description="dimension as the document states it ('财务类')")
    bsc: BscDimension | None = Field(default=None, description="balanced-scorecard dimension (stated or inferred)")
    dimension_inferred: bool = Field(default=False, description="bsc was inferred from the name, not stated")
    weight: float | None = Field(default=None, description="percent, as stated")
    weights: dict[str, float] = Field(default_factory=dict, description="one weight per season or scenario ('旺季', '淡季'), when the sheet gives several; weight is the first")
    dimension_weight: float | None = None
    formula: str | None = None
    definition: str | None = None
    data_source: str | None = None
    period: str | None = None
    target: str | None = None
    objective: str | None = None
    department: str | None = None
    roles: list[str] = Field(default_factory=list)
    sentence: str = Field(description="the row or sentence that names it, as written")
    span: SourceSpan
    origin: Literal["table", "prose"] = "prose"
    soft: bool = False
    kind: Literal["indicator", "criterion"] = Field(
        default="indicator", description="criterion: a scoring item of another indicator (评分项), not an indicator"
    )
    parent: str | None = Field(default=None, description="the indicator a criterion scores")
    section: str | None = Field(default=None, description="sheet, table caption or heading the entry sits under")


class Chunk(BaseModel):
    id: str = Field(description="stable content hash of file, span and text")
    text: str
    file: str
    line_start: int
    line_end: int
    article_id: str
    article_title: str
    doc_title: str | None = None
    section_id: str = ""
    section_kind: SectionKind
    section_heading: str | None = None
    section_start: int | None = Field(default=None, description="first line of the enclosing section")
    section_end: int | None = None
    role: str | None = None
    organisation: str | None = None
    context: str = Field(default="", description="structural header (title · org · role · kind), embedded but never quoted")
    content_hash: str
    duplicates: list[str] | None = Field(
        default=None,
        description="ids of the chunks that are copies of this one (or of a part of it), found once at ingest; "
        "None in records written before they were stored",
    )

    @property
    def span(self) -> SourceSpan:
        return SourceSpan(file=self.file, line_start=self.line_start, line_end=self.line_end)

    @property
    def indexed_text(self) -> str:
        """What embeddings and BM25 see: the structural header, then the text."""
        return f"{self.context}\n{self.text}" if self.context else self.text


class FileReport(BaseModel):
    """What ingestion did with one file, for the summary table."""

    file: str
    ok: bool
    message: str = ""
    articles: int = 0
    sections: int = 0
    profiles: int = 0
    chunks: int = 0
    kpis: int = 0
    removed_lines: int = 0
    skipped: bool = False
    warnings: list[str] = Field(default_factory=list, description="limits hit, encodings guessed, broken rows …")


class CorpusStats(BaseModel):
    files: int
    articles: int
    sections_by_kind: dict[str, int]
    profiles: int
    chunks: int
    removed_boilerplate_lines: int
    kpis: int = Field(default=0, description="KPI entries (table rows and prose mentions)")
    kpi_indicators: int = Field(default=0, description="distinct indicator names in the KPI library")
    roles: int = Field(default=0, description="distinct role titles in the role inventory")
    per_file: list[FileReport] = Field(default_factory=list)


# --- retrieval and answering contracts -------------------------------------------------------


class Passage(SourceSpan):
    """The passage around a hit: the text of the same post and kind next to it, up to a limit."""

    text: str


class Hit(BaseModel):
    """One retrieved passage. ``score`` is the fused score; ``signals`` the per-retriever evidence.

    ``chunk`` is what matched (an item list's few lines); ``passage`` the run of text around it of
    the same post and kind (its section when short), so a question that finds one part of a list
    gets the list; the answer reads the sections it spans too."""

    rank: int
    score: float
    chunk: Chunk
    signals: dict[str, float] = Field(default_factory=dict)
    duplicates: list[SourceSpan] = Field(default_factory=list, description="other copies of this passage")
    passage: Passage | None = Field(default=None, description="the passage around the chunk (None: the chunk alone)")

    def spans(self) -> list[SourceSpan]:
        """Every span this hit returns: the chunk, the passage around it, the other copies."""
        return [self.chunk.span, *([self.passage] if self.passage is not None else []), *self.duplicates]

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
            "passage": None if self.passage is None else self.passage.model_dump(exclude={"file"}),
        }


class Intent(str, Enum):
    duty = "duty"
    qualification = "qualification"
    attribute = "attribute"
    kpi = "kpi"
    method = "method"
    jd_draft = "jd_draft"
    kpi_design = "kpi_design"
    smalltalk = "smalltalk"
    out_of_scope = "out_of_scope"


class Citation(BaseModel):
    id: int = Field(description="1-based citation number as shown in the answer text, e.g. [1]")
    file: str
    line_start: int
    line_end: int
    quote: str = Field(description="verbatim (normalised) text that occurs in the cited lines")
    title: str | None = Field(default=None, description="document or article title")
    organisation: str | None = None
    role: str | None = None
    location: str | None = Field(default=None, description="'第 3–5 行', '工作表「X」第 4 行', '第 2 页 第 7 行'")

    @property
    def span(self) -> SourceSpan:
        return SourceSpan(file=self.file, line_start=self.line_start, line_end=self.line_end)


class AnswerItem(BaseModel):
    text: str
    citations: list[int] = Field(default_factory=list)


class RoleRef(BaseModel):
    """The role an answer is about, as resolved against the knowledge base."""

    asked: str = Field(description="the role as the user wrote it")
    title: str | None = Field(default=None, description="the title the knowledge base uses")
    organisation: str | None = None
    file: str | None = None
    profile_id: str | None = None
    match: str = Field(default="none", description="exact | alias | fuzzy | semantic | related | none")
    score: float = 0.0


class Answer(BaseModel):
    question: str
    intent: Intent
    role: str | None = None
    role_ref: RoleRef | None = None
    attribute: str | None = None
    text: str = Field(description="markdown answer in Chinese with [n] citation markers")
    items: list[AnswerItem] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    refused: bool = False
    backend: str = "extractive"
    note: str | None = Field(default=None, description="e.g. why the LLM answer fell back")
    fallback_reason: str | None = Field(
        default=None,
        description="why an LLM reply was not used (the answer is the extractive one): unreachable | http_error | "
        "timeout | deadline | incomplete | truncated | error | check:<guard check>; None when the LLM reply was "
        "used or the LLM was not asked",
    )
    caveat: str | None = Field(default=None, description="e.g. the answer is about a related role")
    tool: str | None = Field(default=None, description="jd | kpi_design when the chat routed to a tool")
    timings: dict[str, float] = Field(default_factory=dict, description="seconds per stage")
