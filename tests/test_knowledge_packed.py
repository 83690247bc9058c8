"""Packed records: the snapshot and the searcher keep records as compressed JSON lines and parse
them on demand. Whatever they hand out must equal what the objects were."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.ingest.pipeline import ingest_records
from assistant.ingest.records import FileRecords, RecordsCorrupt, RecordStore
from assistant.index.packed import LazyMap, PackedRecords, RecordList, RecordMap
from assistant.knowledge.snapshot import KnowledgeSnapshot
from assistant.lexicon import load_lexicon
from assistant.models import Chunk, SectionKind, SourceSpan
from assistant.retrieve.chunks import ChunkTable


def _chunk(cid: str, file: str = "a.txt", **extra: object) -> Chunk:
    values: dict = dict(id=cid, text=f"正文{cid}", file=file, line_start=1, line_end=2, article_id="a1",
                        article_title="标题", section_kind=SectionKind.duties, content_hash=cid, role="出纳")  # fmt: skip
    values.update(extra)
    return Chunk(**values)


def test_packed_records_parse_on_demand_and_cache() -> None:
    packed: PackedRecords[Chunk] = PackedRecords(Chunk, cache_size=2)
    for cid in ("c1", "c2", "c3"):
        packed.append(cid, _chunk(cid).model_dump_json())
    assert len(packed) == 3 and "c2" in packed and "zz" not in packed
    assert packed.get("c2") == _chunk("c2")
    assert packed.get("c2") is packed.get("c2")  # cached: one object for repeated lookups
    assert packed.parse(1) is not packed.get("c2")  # parse: always a fresh object
    packed.get("c1"), packed.get("c3")  # c2 falls out of a cache of two
    assert packed.get("c2") == _chunk("c2")
    assert packed.get("missing") is None
    assert [c.id for c in packed] == ["c1", "c2", "c3"]


def test_packed_records_keep_objects_and_last_of_equal_ids() -> None:
    packed: PackedRecords[Chunk] = PackedRecords(Chunk)
    first, second = _chunk("same", text="一"), _chunk("same", text="二")
    packed.append_object("same", first)
    packed.append("same", second.model_dump_json())
    assert not packed.is_packed(0) and packed.is_packed(1)
    assert packed.get("same") == second  # like a dict filled in order
    assert packed.parse(0) is first  # an object added as an object is handed out as is


def test_views_behave_like_dicts_and_lists() -> None:
    packed: PackedRecords[Chunk] = PackedRecords(Chunk)
    for cid in ("b", "a", "b"):
        packed.append(cid, _chunk(cid).model_dump_json())
    mapping = RecordMap(packed)
    assert list(mapping) == ["b", "a"] and len(mapping) == 2 and mapping["a"].id == "a"
    assert mapping.get("zz") is None
    with pytest.raises(KeyError):
        mapping["zz"]
    listing = RecordList(packed)
    assert len(listing) == 3 and [c.id for c in listing] == ["b", "a", "b"]
    assert listing[-1].id == "b" and [c.id for c in listing[:2]] == ["b", "a"]
    assert listing == list(listing) and bool(listing)
    with pytest.raises(IndexError):
        listing[3]
    made: list[str] = []
    lazy = LazyMap(["x", "y"], lambda k: made.append(k) or k.upper())
    assert "x" in lazy and "z" not in lazy and list(lazy) == ["x", "y"] and not made
    assert lazy["y"] == "Y" and made == ["y"]


def test_chunk_table_rows_and_hits() -> None:
    table = ChunkTable()
    table.add(_chunk("c1", duplicates=["c2"]), _chunk("c1", duplicates=["c2"]).model_dump_json().encode())
    table.add(_chunk("c2", file="b.txt", line_start=5, line_end=6, duplicates=[]))
    info = table.info("c2")
    assert (info.file, info.line_start, info.line_end, info.role) == ("b.txt", 5, 6, "出纳")
    assert info.section_kind is SectionKind.duties and info.article_title == "标题"
    assert info.span == SourceSpan(file="b.txt", line_start=5, line_end=6)
    assert table["c1"] == _chunk("c1", duplicates=["c2"]) and "c2" in table and len(table) == 2
    assert table.duplicates == {"c1": ["c2"]} and not table.duplicates_missing
    table.add(_chunk("c3", duplicates=None))
    assert table.duplicates_missing


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> tuple[Path, dict[str, FileRecords]]:
    """The shipped corpus's records, committed to a store (no index: the snapshot needs none)."""
    home = tmp_path_factory.mktemp("packed-home")
    settings = Settings(home=home, corpus_dir=corpus_dir, llm_base_url=None)
    store = RecordStore(settings.records_dir)
    _, records = ingest_records([corpus_dir], settings, store, None)
    store.save_all(records)
    return settings.records_dir, store.load_all()


def test_loaded_snapshot_equals_one_built_from_objects(stored: tuple[Path, dict[str, FileRecords]]) -> None:
    records_dir, records = stored
    lexicon = load_lexicon(None)
    loaded = KnowledgeSnapshot.load(records_dir, lexicon)
    built = KnowledgeSnapshot(records, lexicon)
    assert loaded.files == built.files and loaded.titles == built.titles and loaded.regions == built.regions
    assert loaded.chunk_total == built.chunk_total and not loaded.chunks
    assert list(loaded.articles) == list(built.articles)
    assert all(loaded.articles[aid] == built.articles[aid] for aid in built.articles)
    assert list(loaded.sections) == list(built.sections)
    for sid in built.sections:
        assert loaded.sections[sid] == built.sections[sid]
        assert loaded.section(sid) == built.sections[sid][1]
        ref = loaded.section_ref(sid)
        assert ref is not None and ref.article_title == built.sections[sid][0].title
    aid = next(iter(built.articles))
    assert loaded.section_ids_of(aid) == [s.id for s in built.articles[aid].sections]
    assert list(loaded.profiles) == list(built.profiles) and len(loaded.profiles) == len(built.profiles)
    assert all(loaded.profile_by_id[p.id] == p for p in built.profiles)
    assert loaded.kpis == built.kpis
    assert sorted(loaded.inventory.entries) == sorted(built.inventory.entries)
    assert loaded.section_labels() == built.section_labels()
    assert loaded.organisation_names() == built.organisation_names()
    assert loaded.section_kinds() == built.section_kinds()
    assert loaded.mentions("岗位职责") == built.mentions("岗位职责") > 0
    assert loaded.mentioned("岗位职责") and not loaded.mentioned("甲乙丙丁戊") and not loaded.mentioned("岗")
    assert loaded.kpi_owners() == built.kpi_owners()
    for name in built.files:
        assert loaded.records[name].articles == records[name].articles
        assert loaded.records[name].profiles == records[name].profiles
        assert loaded.records[name].count("chunks") == records[name].count("chunks")
    some = next(iter(built.sections.values()))[1]
    assert loaded.section_at(some.span.file, some.span.line_start) == built.section_at(some.span.file, some.span.line_start)
    assert loaded.section_id_at(some.span.file, some.span.line_start) == built.section_at(some.span.file, some.span.line_start)[1].id
    assert loaded.section_id_at("no-such-file", 1) is None and loaded.section_of("no-such-id") is None


def test_scan_kinds_streams_records_and_keeps_the_checks(stored: tuple[Path, dict[str, FileRecords]], tmp_path: Path) -> None:
    records_dir, records = stored
    store = RecordStore(records_dir)
    seen: list[tuple[str, str]] = []
    shells = store.scan_kinds({"profiles": lambda file, p, line: seen.append((file, p.id))})  # type: ignore[attr-defined]
    assert sorted(shells) == sorted(records) and not any(s.profiles for s in shells.values())
    assert seen == [(name, p.id) for name in sorted(records) for p in records[name].profiles]
    # a torn file of a kind read, or of a kind not read, is reported as a corrupt store
    copy = RecordStore(tmp_path)
    copy.save_all(records)
    text = copy.path("profiles").read_text("utf-8")
    copy.path("profiles").write_text(text[: len(text) // 2], "utf-8")
    with pytest.raises(RecordsCorrupt):
        copy.scan_kinds({"profiles": lambda *_: None})
    with pytest.raises(RecordsCorrupt):
        copy.scan_kinds({"articles": lambda *_: None})


def test_label_and_text_lookups_find_sections_in_corpus_order(stored: tuple[Path, dict[str, FileRecords]]) -> None:
    """One search of all labels / all text joined gives the sections a scan would (and the first
    call, which builds the joined labels under the snapshot's lock, returns)."""
    records_dir, _ = stored
    snap = KnowledgeSnapshot.load(records_dir, load_lexicon(None))
    for key in ("岗位职责", "客户经理", "任职"):
        scanned = [sid for sid, heading, role in snap.section_labels() if key in heading or key in role]
        assert snap.sections_labelled(key) == list(dict.fromkeys(scanned))
    assert snap.sections_labelled("不存在的标题xyz") == []
    assert snap.sections_mentioning("客户经理", limit=3) and len(snap.sections_mentioning("客户经理", limit=3)) <= 3
