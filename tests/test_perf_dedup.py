"""Near-duplicates are found once at ingest and stored with the records; the searcher reads them.

The stored relation must be exactly the one the searcher used to compute at load time (the
pairwise sparse product below, kept here as the reference), on both corpora.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest

from assistant.config import Settings
from assistant.ingest.dedup import near_duplicates, shingles
from assistant.ingest.pipeline import ingest_records
from assistant.ingest.records import RecordStore
from assistant.models import Chunk, SectionKind


def pairwise_reference(chunks: list[Chunk], threshold: float = 0.8) -> dict[str, list[str]]:
    """The former load-time computation: every pair sharing a shingle (quadratic)."""
    import scipy.sparse as sp

    ids = [c.id for c in chunks]
    sets = [shingles(c.text) for c in chunks]
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for row, sh in enumerate(sets):
        for s in sh:
            rows.append(row)
            cols.append(vocab.setdefault(s, len(vocab)))
    x = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(ids), len(vocab)))
    shared = (x @ x.T).tocoo()
    sizes = np.array([len(sh) for sh in sets], dtype=np.float32)
    a, b, n = shared.row, shared.col, shared.data
    sa, sb = sizes[a], sizes[b]
    small, large = np.minimum(sa, sb), np.maximum(sa, sb)
    keep = (a != b) & (small >= 8) & (n >= threshold * small)
    keep &= (small >= 0.5 * large) | (sb < sa)
    out: dict[str, list[str]] = defaultdict(list)
    for i, j in zip(a[keep], b[keep]):
        out[ids[i]].append(ids[j])
    return {k: sorted(v) for k, v in out.items()}


def _records(tmp_path: Path, corpus: Path):
    settings = Settings(home=tmp_path / "home", corpus_dir=corpus, llm_base_url=None)
    return ingest_records([corpus], settings, RecordStore(settings.records_dir))


@pytest.mark.parametrize("which", ["shipped", "extra"])
def test_groups_stored_at_ingest_equal_the_pairwise_computation(tmp_path, corpus_dir, extra_dir, which):
    corpus = corpus_dir if which == "shipped" else extra_dir
    _, records = _records(tmp_path, corpus)
    chunks = [c for name in sorted(records) for c in records[name].chunks]
    assert chunks and all(c.duplicates is not None for c in chunks)
    stored = {c.id: c.duplicates for c in chunks if c.duplicates}
    assert stored == pairwise_reference(chunks)
    if which == "shipped":
        assert sum(map(len, stored.values())) >= 50  # the scraped essays repeat a lot


def _chunk(cid: str, text: str) -> Chunk:
    return Chunk(id=cid, text=text, file="f.txt", line_start=1, line_end=1, article_id="a", article_title="t",
                 section_kind=SectionKind.prose, content_hash=cid)  # fmt: skip


def test_containment_directions_and_threshold():
    para = "负责客户关系的维护与拓展，定期走访重点客户，收集市场信息并及时反馈给部门负责人。"
    other = "熟悉国家金融政策法规，具有良好的沟通协调能力和团队合作精神，能够承受较大的工作压力。"
    big = _chunk("big", para + other)
    small = _chunk("small", para)  # a paragraph repeated inside a longer chunk
    copy = _chunk("copy", para + other + "。")  # a whole copy
    unrelated = _chunk("unrelated", "每天清点库存，登记出入库单据，保持仓库整洁，按时盘点并上报差异。")
    found = near_duplicates([big, small, copy, unrelated])
    assert found["big"] == ["copy", "small"]  # the smaller one is its copy, not the other way
    assert "small" not in found  # a bigger chunk that contains it carries more
    assert found["copy"] == ["big", "small"]
    assert "unrelated" not in found and all("unrelated" not in v for v in found.values())
    assert near_duplicates([big, small], threshold=1.0) == {"big": ["small"]}


def test_old_records_without_groups_are_handled_by_the_searcher(tmp_path, corpus_dir):
    """Records written before groups were stored (``duplicates`` None) still collapse copies."""
    _, records = _records(tmp_path, corpus_dir)
    chunks = [c for name in sorted(records) for c in records[name].chunks]
    for c in chunks:
        c.duplicates = None
    from assistant.retrieve.retriever import HybridSearcher

    searcher = HybridSearcher.__new__(HybridSearcher)
    searcher.settings = Settings(home=tmp_path / "h", llm_base_url=None)
    assert searcher._duplicates(chunks) == pairwise_reference(chunks)
