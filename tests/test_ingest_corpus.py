"""Ingestion of the shipped corpus: structure, profiles, cleanliness, exact provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.ingest.clean import normalize_line
from assistant.ingest.pipeline import corpus_stats, process_file
from assistant.ingest.records import FileRecords
from assistant.models import BlockType

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
BOILERPLATE = ("400-888", "好期刊网", "阅读提示", "公司网址", "中图分类号", "文章编号", "推荐阅读", "本站小编")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, FileRecords]:
    settings = Settings(home=tmp_path_factory.mktemp("home"), corpus_dir=CORPUS)
    return {f.name: process_file(f, CORPUS, settings) for f in sorted(CORPUS.glob("*.txt"))}


def _original_lines(file: str) -> list[str]:
    return [normalize_line(line) for line in (CORPUS / file).read_text("utf-8").split("\n")]


def test_article_counts_match_the_headings(records: dict[str, FileRecords]) -> None:
    counts = {name: len(rec.articles) for name, rec in records.items()}
    # 003 has no article headings: it is one long work report, kept as one article.
    assert counts == {
        "000_9eeea241028b3f98.txt": 9,
        "001_96a5821ba6a26479.txt": 9,
        "002_0ddfcbd208019869.txt": 10,
        "003_7b824fd5cb031c95.txt": 1,
        "004_ac9c22820f98b245.txt": 13,
    }
    titles = [a.title for a in records["004_ac9c22820f98b245.txt"].articles]
    assert titles[7] == "大客户经理岗位职责 篇8"


def test_profiles_are_plentiful_and_complete(records: dict[str, FileRecords]) -> None:
    profiles = [p for rec in records.values() for p in rec.profiles]
    with_duties = [p for p in profiles if len(p.duties) >= 2]
    assert len(with_duties) >= 25
    assert sum(len(p.qualifications) >= 2 for p in with_duties) >= 15
    yide = [p for p in records["000_9eeea241028b3f98.txt"].profiles if p.article_id.endswith("#4")]
    assert len(yide) >= 17  # the 一德期货 postings


def _profile(records: dict[str, FileRecords], title: str):  # type: ignore[no-untyped-def]
    return next(p for rec in records.values() for p in rec.profiles if p.title == title)


def test_hr_specialist_profile_exact(records: dict[str, FileRecords]) -> None:
    p = _profile(records, "人力资源专员")
    assert p.department == "人力资源部"
    assert [d.text for d in p.duties] == [
        "(1)建立并优化人力资源管理各项制度及流程,并监督执行,保证良好的工作秩序;",
        "(2)根据公司的人员需求,组织并实施人员招聘工作,并及时地有效地满足公司的人员需求;",
        "(3)负责公司员工培训体系的建立及实施;",
        "(4)完善公司企业文化建设;",
        "(5)员工档案、合同管理;员工关系管理;",
        "(6)员工保险及各项福利管理;",
        "(7)领导交办的其他工作。",
    ]
    assert [q.span.line_start for q in p.qualifications] == [223, 225, 227]
    assert p.qualifications[2].text == "3、能力:语言表达能力、沟通能力、应变能力、协调能力。"


def test_network_admin_and_courier_profiles(records: dict[str, FileRecords]) -> None:
    admin = _profile(records, "网络管理员")
    assert admin.department == "技术一部"
    assert admin.duties[0].text == "1、负责公司网络系统维护工作;"
    assert admin.qualifications[-1].text == "5、具有期货从业资格优先。"
    courier = _profile(records, "快递业业务员")
    assert (courier.department, courier.reports_to) == ("业务部", "快递业务主管")
    assert courier.duties[0].text.startswith("1、安全、准时收送快件")
    assert courier.duties[0].span.line_start == 605


def test_key_account_manager_profile(records: dict[str, FileRecords]) -> None:
    p = _profile(records, "大客户经理")
    assert p.span.file == "004_ac9c22820f98b245.txt"
    assert any(d.text.startswith("1、负责制定、组织实施和完成大客户工作目标") for d in p.duties)
    assert p.qualifications[0].text == "1,市场营销专业或相关专业本科以上学历。"
    assert len(p.qualifications) == 5


def test_nested_sub_items_stay_inside_their_parent(records: dict[str, FileRecords]) -> None:
    analyst = _profile(records, "分析师")
    first = analyst.duties[0]
    assert first.text.startswith("1、负责商品期货")
    assert "①常规报告" in first.text and "③根据市场需求" in first.text


def test_no_chunk_contains_boilerplate(records: dict[str, FileRecords]) -> None:
    for rec in records.values():
        for chunk in rec.chunks:
            for marker in BOILERPLATE:
                assert marker not in chunk.text, (chunk.file, chunk.line_start, marker)


def test_chunk_provenance_is_exact(records: dict[str, FileRecords]) -> None:
    """Every line of every chunk occurs in the original file within [line_start, line_end]."""
    checked = 0
    for name, rec in records.items():
        original = _original_lines(name)
        for chunk in rec.chunks:
            window = original[chunk.line_start - 1 : chunk.line_end]
            for line in chunk.text.split("\n"):
                assert any(line in o for o in window), (name, chunk.line_start, chunk.line_end, line)
                checked += 1
    assert checked > 400


def test_no_list_item_is_split_across_chunks(records: dict[str, FileRecords]) -> None:
    items = 0
    for rec in records.values():
        texts = [c.text for c in rec.chunks]
        for article in rec.articles:
            for section in article.sections:
                for block in section.blocks:
                    if block.type == BlockType.item:
                        items += 1
                        assert any(block.text in t for t in texts), (block.span, block.text[:40])
    assert items > 200


def test_chunks_respect_target_size_and_carry_metadata(records: dict[str, FileRecords]) -> None:
    chunks = [c for rec in records.values() for c in rec.chunks]
    assert len({c.id for c in chunks}) == len(chunks)
    long_ones = [c for c in chunks if len(c.text) > 900]
    for c in long_ones:  # only an unsplittable list item may exceed the hard limit
        assert c.text.count("\n") == 0 or c.section_kind.value != "prose"
    duty_chunks = [c for c in chunks if c.section_kind.value == "duties" and c.role == "人力资源专员"]
    assert duty_chunks and "人力资源部【人力资源专员】" in "\n".join(c.text for c in chunks)


def test_stats_count_everything(records: dict[str, FileRecords]) -> None:
    stats = corpus_stats(records)
    assert stats.files == 5 and stats.articles == 42
    assert stats.removed_boilerplate_lines >= 40
    # sections.toml also names relations (所受监督/所施监督), purpose and benefits sections.
    assert {"duties", "qualifications", "kpi", "prose"} <= set(stats.sections_by_kind)
    assert set(stats.sections_by_kind) <= {"duties", "qualifications", "kpi", "prose", "relations", "purpose", "benefits"}
    assert stats.chunks == sum(len(r.chunks) for r in records.values())
