"""Helpers for tests/test_tools_*.py: small hand-built knowledge bases, and the real corpora ingested.

``Doc`` writes a document line by line and records what ingestion would extract from it (profiles
with item spans, KPI table rows), so a test states its facts once and gets real records, a real
``KnowledgeSnapshot`` and real line numbers to check citations against.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from assistant.ingest.records import FileRecords
from assistant.knowledge.snapshot import KnowledgeSnapshot
from assistant.lexicon import load_lexicon
from assistant.models import (
    Article,
    Block,
    BlockType,
    Chunk,
    Citation,
    JobProfile,
    KpiEntry,
    ProfileItem,
    Section,
    SectionKind,
    SourceSpan,
)

ROOT = Path(__file__).resolve().parents[1]
EXTRA = Path(__file__).resolve().parents[2] / "shared" / "corpus-extra"


class Doc:
    """One document of a hand-built knowledge base."""

    def __init__(self, file: str, title: str, organisation: str | None = None) -> None:
        self.file = file
        self.title = title
        self.organisation = organisation
        self.lines: list[str] = []
        self.sections: list[tuple[SectionKind, str | None, list[int]]] = []
        self.profiles: list[JobProfile] = []
        self.kpis: list[KpiEntry] = []
        self.line(title)

    def line(self, text: str) -> int:
        self.lines.append(text)
        return len(self.lines)

    def _span(self, a: int, b: int | None = None) -> SourceSpan:
        return SourceSpan(file=self.file, line_start=a, line_end=b or a)

    def _item(self, text: str, category: str | None = None, heading: str | None = None) -> ProfileItem:
        n = self.line(text)
        return ProfileItem(text=text, span=self._span(n), line_nos=[n], category=category, heading=heading)

    def text(self, *lines: str, kind: SectionKind = SectionKind.prose, role: str | None = None) -> list[int]:
        nos = [self.line(t) for t in lines]
        self.sections.append((kind, role, nos))
        return nos

    def profile(
        self,
        title: str,
        *,
        department: str | None = None,
        reports_to: str | None = None,
        purpose: list[str] = (),
        duties: list[str] = (),
        qualifications: list[tuple[str, str | None]] = (),
        standards: list[str] = (),
        fields: dict[str, str] | None = None,
    ) -> JobProfile:
        start = self.line(f"岗位名称：{title}")
        nos = [start]
        field_items: dict[str, ProfileItem] = {}
        labels = {"department": "所属部门", "reports_to": "直属上级", "subordinates": "直接下级", "location": "工作地点",
                  "pay": "薪资", "level": "岗位层级"}  # fmt: skip
        values = dict(fields or {})
        if department:
            values.setdefault("department", department)
        if reports_to:
            values.setdefault("reports_to", reports_to)
        for key, value in values.items():
            n = self.line(f"{labels.get(key, key)}：{value}")
            nos.append(n)
            field_items[key] = ProfileItem(text=value, span=self._span(n), line_nos=[n], category=key)
        purpose_items = [self._item(t) for t in purpose]
        self.line("岗位职责：")
        duty_items = [self._item(f"{i}、{t}") for i, t in enumerate(duties, start=1)]
        self.line("任职资格：")
        qual_items = [self._item(f"{i}、{t}", c) for i, (t, c) in enumerate(qualifications, start=1)]
        if standards:
            self.line("业绩标准：")
        std_items = [self._item(f"{i}.{t}", heading="业绩标准") for i, t in enumerate(standards, start=1)]
        end = len(self.lines)
        self.sections.append((SectionKind.duties, title, list(range(start, end + 1))))
        profile = JobProfile(
            id=f"{self.file}#p{len(self.profiles) + 1}", title=title, organisation=self.organisation,
            department=department, reports_to=reports_to, article_id=f"{self.file}#1", article_title=self.title,
            doc_title=self.title, span=self._span(start, end), purpose=purpose_items, duties=duty_items,
            qualifications=qual_items, kpis=std_items, fields=field_items, source="table",
        )  # fmt: skip
        self.profiles.append(profile)
        return profile

    def kpi_row(self, name: str, *, owner: str, role: bool = False, dimension: str | None = None,
                weight: float | None = None, dimension_weight: float | None = None, formula: str | None = None,
                data_source: str | None = None, period: str | None = None, target: str | None = None,
                kind: str = "indicator", parent: str | None = None, origin: str = "table") -> KpiEntry:  # fmt: skip
        share = f"{weight:g}%" if weight is not None else ""
        cells = [dimension or "", name, formula or "", share, data_source or "", period or ""]
        row = " | ".join(cells)
        n = self.line(row)
        self.sections.append((SectionKind.kpi, owner if role else None, [n]))
        entry = KpiEntry(
            id=hashlib.sha1(f"{self.file}:{n}".encode()).hexdigest()[:16], name=name, dimension=dimension,
            weight=weight, dimension_weight=dimension_weight, formula=formula, data_source=data_source,
            period=period, target=target, department=None if role else owner, roles=[owner] if role else [],
            sentence=row, span=self._span(n), origin=origin, kind=kind, parent=parent, section=self.title,
        )  # fmt: skip
        self.kpis.append(entry)
        return entry

    def records(self) -> FileRecords:
        sections = []
        covered: set[int] = set()
        for pos, (kind, role, nos) in enumerate(self.sections, start=1):
            covered |= set(nos)
            block_type = BlockType.item if kind != SectionKind.prose else BlockType.text
            blocks = [Block(type=block_type, text=self.lines[n - 1], span=self._span(n), line_nos=[n]) for n in nos]
            sections.append(Section(id=f"{self.file}#1/s{pos}", kind=kind, role=role, organisation=self.organisation,
                                    span=self._span(min(nos), max(nos)), blocks=blocks))  # fmt: skip
        rest = [n for n in range(1, len(self.lines) + 1) if n not in covered]
        if rest:
            blocks = [Block(type=BlockType.text, text=self.lines[n - 1], span=self._span(n), line_nos=[n])
                      for n in rest]  # fmt: skip
            sections.append(Section(id=f"{self.file}#1/s0", kind=SectionKind.prose,
                                    span=self._span(min(rest), max(rest)), blocks=blocks))  # fmt: skip
        article = Article(id=f"{self.file}#1", file=self.file, index=1, title=self.title,
                          organisation=self.organisation, span=self._span(1, len(self.lines)),
                          sections=sections)  # fmt: skip
        text = "\n".join(self.lines)
        chunk = Chunk(id=hashlib.sha1(text.encode()).hexdigest()[:16], text=text, file=self.file, line_start=1,
                      line_end=len(self.lines), article_id=article.id, article_title=self.title,
                      section_kind=SectionKind.prose, content_hash=hashlib.sha1(text.encode()).hexdigest())  # fmt: skip
        return FileRecords(file=self.file, content_hash=chunk.content_hash, articles=[article], profiles=self.profiles,
                           chunks=[chunk], kpis=self.kpis)  # fmt: skip


def snapshot_of(*docs: Doc) -> KnowledgeSnapshot:
    return KnowledgeSnapshot({d.file: d.records() for d in docs}, load_lexicon(None))


def record_lines(snapshot: KnowledgeSnapshot, file: str, start: int, end: int) -> list[str]:
    """The text of lines [start, end] as the records hold it (block lines of every section)."""
    found: dict[int, str] = {}
    for _article, section in snapshot.sections.values():
        if section.span.file != file:
            continue
        for block in section.blocks:
            for no, text in block.numbered_lines():
                if start <= no <= end and len(text) > len(found.get(no, "")):
                    found[no] = text
    return [found[n] for n in sorted(found)]


def assert_quotes_in_records(snapshot: KnowledgeSnapshot, citations: list[Citation]) -> None:
    """The citation rule: every quote occurs in the cited lines of the record it names."""
    assert [c.id for c in citations] == list(range(1, len(citations) + 1))
    for c in citations:
        lines = record_lines(snapshot, c.file, c.line_start, c.line_end)
        assert c.quote, c
        assert any(c.quote in line for line in lines) or c.quote in "".join(lines), (c, lines)


# --- real corpora ---------------------------------------------------------------------------------------


def ingest_dir(corpus: Path, home: Path) -> KnowledgeSnapshot:
    """Run today's ingestion (no index) over a corpus left in place; skip when it cannot run."""
    from assistant.config import Settings
    from assistant.ingest.pipeline import process_file
    from assistant.ingest.records import RecordStore

    settings = Settings(home=home, corpus_dir=corpus, chroma_url=None, llm_base_url=None)
    records: dict[str, FileRecords] = {}
    for path in sorted(corpus.iterdir()):
        if path.name in ("README.md", "SOURCES.md") or path.suffix == ".json" or not path.is_file():
            continue
        try:
            rec = process_file(path, corpus, settings)
        except Exception as exc:  # noqa: BLE001 - ingestion belongs to another layer; report, do not hide
            pytest.skip(f"ingestion cannot read {path.name} yet: {type(exc).__name__}: {exc}")
        records[rec.file] = rec
    store = RecordStore(settings.records_dir)
    store.save_all(records)
    return KnowledgeSnapshot.load(settings.records_dir, load_lexicon(None))


def shipped_corpus() -> Path:
    local = ROOT / "corpus"
    if local.is_dir() and any(local.glob("*.txt")):
        return local
    return Path("/work/shared/corpus")


# --- one small company knowledge base (kitchen, warehouse), plus a bank text and a method text ---------


def kitchen_doc() -> Doc:
    doc = Doc("鲜味_厨师长岗位说明书.docx", "厨师长岗位说明书", organisation="鲜味餐饮有限公司")
    doc.profile(
        "厨师长", department="厨房部", reports_to="店长",
        fields={"subordinates": "厨师、帮厨", "location": "杭州"},
        purpose=["负责厨房的日常运营，保证菜品质量与出品效率。"],
        duties=["负责制定每周菜单并组织厨师按标准出品", "负责食材采购计划的编制与验收",
                "做好厨房卫生与食品安全管理，确保符合卫生标准", "负责厨房人员的排班、培训与考核",
                "控制食材成本，减少损耗", "处理顾客对菜品的投诉", "完成店长交办的其他工作"],
        qualifications=[("大专及以上学历", "education"), ("烹饪相关专业", "major"), ("5年以上厨房管理经验", "experience"),
                        ("持有健康证和中式烹调师证书", "certificate"), ("熟悉各类菜系的烹饪技法", "skills")],
        standards=["菜品出品合格率达98%以上", "食材损耗率控制在3%以内", "顾客投诉次数每月不超过2次"],
    )  # fmt: skip
    return doc


WAREHOUSE_ROWS = [
    # name, stated dimension, weight, formula, data source, period
    ("仓储费用预算达成率", "财务类", 20, "实际仓储费用/预算费用×100%", "财务报表", "季度"),
    ("库存准确率", "内部运营类", 25, "账实相符的货位数/盘点货位总数×100%", "盘点记录", "月度"),
    ("发货及时率", "内部运营类", 20, "按时发货单数/发货总单数×100%", "仓储管理系统", "月度"),
    ("内部客户满意度", "客户类", 15, "用货部门满意度调查平均分", "满意度调查", "半年"),
    ("仓管员培训完成率", "学习成长类", 10, "已完成培训人数/应培训人数×100%", "培训记录", "季度"),
    ("叉车安全事故次数", "内部运营类", 10, "考核期内叉车安全事故次数", "安全台账", "月度"),
    ("临时盘点次数", "内部运营类", 0, "考核期内临时盘点的次数", "盘点记录", "月度"),
]


def warehouse_sheet() -> Doc:
    doc = Doc("仓储部KPI指标表.md", "仓储部KPI指标表", organisation="顺达物流有限公司")
    for name, dim, weight, formula, source, period in WAREHOUSE_ROWS:
        doc.kpi_row(name, owner="仓储部", dimension=dim, weight=weight, formula=formula, data_source=source, period=period)
    return doc


def storekeeper_postings() -> list[Doc]:
    a = Doc("顺达_仓库管理员招聘.txt", "仓库管理员招聘", organisation="顺达物流有限公司")
    a.profile(
        "仓库管理员", department="仓储部",
        duties=["负责货物的入库验收与登记", "定期盘点库存并编制库存报表", "按订单拣货、打包并及时发货",
                "维护仓库的安全与整洁", "配合采购部门做好到货核对"],
        qualifications=[("高中及以上学历", "education"), ("1年以上仓库工作经验", "experience"), ("会使用叉车者优先", None),
                        ("熟练使用Excel等办公软件", "skills")],
    )  # fmt: skip
    b = Doc("恒通_仓库管理员.txt", "仓库管理员岗位职责", organisation="恒通电商")
    b.profile("仓库管理员", duties=["负责货物的入库验收与登记工作", "负责退货商品的清点与上架"],
              qualifications=[("中专及以上学历", "education")])  # fmt: skip
    return [a, b]


def bank_doc() -> Doc:
    doc = Doc("银行_客户经理.txt", "支行客户经理岗位职责", organisation="某商业银行")
    doc.profile("客户经理", duties=["负责营销存款、贷款等金融产品", "维护对公客户关系"],
                qualifications=[("金融相关专业本科以上学历", "education")])  # fmt: skip
    for name, dim in (("日均存款新增额", "财务"), ("不良贷款率", "财务"), ("新增对公存款账户数", "客户")):
        doc.kpi_row(name, owner="客户经理", role=True, dimension=dim, origin="prose")
    return doc


def method_doc() -> Doc:
    doc = Doc("绩效管理方法.txt", "关键绩效指标设计方法")
    doc.text("笔者建议，岗位关键绩效指标以4-7个为宜。",
             "各项关键绩效指标的设置必须符合SMART原则，即具体、可衡量、可实现、相关和有时限。",
             "分配权重要体现不同指标的重要程度。")  # fmt: skip
    return doc


def company_snapshot(with_methods: bool = False, with_bank: bool = False) -> KnowledgeSnapshot:
    docs = [kitchen_doc(), warehouse_sheet(), *storekeeper_postings()]
    if with_methods:
        docs.append(method_doc())
    if with_bank:
        docs.append(bank_doc())
    return snapshot_of(*docs)
