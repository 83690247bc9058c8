"""The LangChain baseline recipe on a tiny corpus with the real e5 model and a real Chroma."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.eval.corpus import CorpusLines
from assistant.eval.metrics import citation_valid

pytestmark = pytest.mark.slow

DUTIES = [
    "仓库管理员岗位职责",
    "",
    "1、负责仓库货物的入库验收、出库复核,保证账物相符。",
    "2、每月组织一次库存盘点,编制盘点报告并上报财务部。",
    "3、负责仓库的防火、防盗、防潮工作,定期检查消防器材。",
    "",
    "任职资格",
    "1、高中及以上学历,两年以上仓储管理经验。",
    "2、熟练使用ＥＲＰ系统和 Excel 表格。",
]
FILLER = [f"第{i}段: 公司年度工作总结中关于市场推广活动与品牌建设的一般性描述文字。" * 2 for i in range(1, 30)]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory, embed_cache_dir):
    from conftest import make_test_settings

    root = tmp_path_factory.mktemp("tiny")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "warehouse.txt").write_text("\n".join(DUTIES + [""] + FILLER), encoding="utf-8")
    (corpus / "other.txt").write_text("\n".join(FILLER[::-1]), encoding="utf-8")
    return make_test_settings(root / "home", corpus, embed_cache_dir)


def test_baseline_builds_searches_answers_and_cleans_up(tiny) -> None:
    from assistant.eval.baseline import NaiveRagBaseline

    calls: list[tuple[int, int]] = []
    baseline = NaiveRagBaseline(tiny)
    count = baseline.build(progress=lambda done, total: calls.append((done, total)))
    workdir = Path(baseline._dir or "")
    assert count > 4 and workdir.is_dir()
    assert calls == [] or calls[-1][0] == calls[-1][1]  # nothing to embed when already cached

    hits = baseline.search("仓库每个月要盘点库存吗?", k=3)
    assert len(hits) == 3 and [h.rank for h in hits] == [1, 2, 3]
    top = hits[0].chunk
    assert top.file == "warehouse.txt" and top.line_start <= 4 <= top.line_end
    assert hits[0].score >= hits[1].score

    answer = baseline.ask("仓库管理员需要什么学历?")
    assert not answer.refused and answer.citations and answer.text.endswith("[1]")
    citation = answer.citations[0]
    assert citation.file == "warehouse.txt" and citation.line_start <= 8 <= citation.line_end
    assert citation_valid(citation, CorpusLines(tiny.corpus_dir))  # full-width ＥＲＰ is normalised on both sides
    assert set(answer.timings) == {"retrieve", "compose"}
    assert baseline.new_conversation() is None

    baseline.close()
    assert not workdir.exists()
    with pytest.raises(RuntimeError):
        baseline.search("仓库")
