"""Two granularities: a chunk is found by its best item (line), and returned whole.

A handbook's pay chapter is one passage of many lines; the line that answers "夜班津贴每晚多少"
is one of them. Over the whole passage BM25 dilutes that line by everything around it, so a
one-line cross-reference that repeats the question's words ("夜班津贴的标准见…") ranked first.
The item retriever scores each chunk by its best line read with the chunk's header.
Documents written for this test (a bakery chain), not taken from any eval corpus.
"""

from __future__ import annotations

from _answer_support import indexed_services

_PAY = [
    "第四章 薪酬与福利",
    "4.1 员工工资由基本工资、岗位工资、绩效奖金三部分组成，每月15日发放上月工资。",
    "4.2 试用期工资不低于转正工资的80%，试用期满经考核合格后转正。",
    "4.3 门店员工每月享有4天带薪休息，节假日加班按国家规定支付加班费。",
    "4.4 夜班津贴：22:00后仍在岗的员工每晚发放35元，随当月工资发放。",
    "4.5 高温补贴于每年6月至9月发放，每月200元。",
    "4.6 员工生日当月可领取价值100元的蛋糕券一张。",
    "4.7 工作满一年的员工可参加年度体检，费用由公司承担。",
    "4.8 餐补每个工作日15元，按实际出勤天数计算。",
    "4.9 员工离职时，工资在办完交接手续后的下一个发薪日结清。",
]
_NOTICES = [
    "关于门店营业时间调整的通知",
    "自12月1日起，各门店营业时间调整为7:30至22:30，夜班人员安排由店长负责，夜班津贴的发放标准见《员工手册》第四章。",
    "",
    "关于年货礼盒预售的通知",
    "年货礼盒预售自1月5日开始，各门店店长负责本店预售目标的分解和每日进度上报。",
]
_POSTS = [
    "裱花师岗位职责",
    "1. 按订单要求完成生日蛋糕的抹面、裱花和装饰",
    "2. 每日检查奶油、水果等原料的品质和保质期",
    "3. 保持裱花间卫生，工具使用后及时清洗消毒",
    "",
    "店长岗位职责",
    "1. 负责门店排班、考勤和员工夜班安排",
    "2. 完成门店月度销售目标，分析每日销售数据",
    "3. 负责门店食品安全和卫生检查",
]


def _files() -> dict[str, str]:
    return {"员工手册.txt": "\n".join(["禾麦烘焙员工手册", "", *_PAY, ""]),
            "门店通知.txt": "\n".join(_NOTICES) + "\n", "岗位职责.txt": "\n".join(_POSTS) + "\n"}


def test_a_line_inside_a_long_passage_finds_the_passage(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    services = indexed_services(tmp_path_factory, settings_factory, "items", _files())
    for question, expected in (("夜班津贴每晚给多少钱", "每晚发放35元"), ("生日那个月公司发什么", "蛋糕券"),
                               ("离职了工资什么时候结清", "下一个发薪日结清")):  # fmt: skip
        hits = services.search.search(question, k=3)
        assert hits and expected in hits[0].chunk.text, (question, [h.chunk.text[:30] for h in hits])
        assert hits[0].signals["rank_item"] == 1, (question, hits[0].signals)
        assert "第四章" in hits[0].chunk.text  # the whole passage is returned, not the line alone


def test_item_vectors_score_a_passage_by_its_closest_line(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    """Dense retrieval at item level: every line of a multi-line passage is embedded on its own (at
    ingest, saved beside the chunk matrix) and the passage ranked by its closest line."""
    services = indexed_services(tmp_path_factory, settings_factory, "item-vectors", _files())
    dense_dir = services.settings.index_dir / "dense" / "items"
    assert len([p for p in dense_dir.glob("*.npy") if not p.name.endswith(".ids.npy")]) == 1
    for question, expected in (("晚上上班有没有额外补贴", "每晚发放35元"), ("过生日公司给什么福利", "蛋糕券")):
        hits = services.components.searcher.search(question, k=3, weights={"item_dense": 1.0})
        assert hits and expected in hits[0].chunk.text, (question, [h.chunk.text[:30] for h in hits])
        assert hits[0].signals["rank_item_dense"] == 1 and hits[0].signals["item_dense"] > hits[0].signals["dense_sim"], hits[0].signals


def test_item_vectors_off_computes_none(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.services import Services

    corpus = tmp_path_factory.mktemp("items-off") / "corpus"
    corpus.mkdir()
    for file, text in _files().items():
        (corpus / file).write_text(text, encoding="utf-8")
    settings = settings_factory(tmp_path_factory.mktemp("items-off-home"), corpus).model_copy(update={"weight_item_dense": 0.0})
    services = Services(settings)
    services.corpus.ensure_index()
    assert not list((settings.index_dir / "dense" / "items").glob("*.npy"))
    hits = services.search.search("夜班津贴每晚给多少钱", k=3)
    assert hits and "rank_item_dense" in hits[0].signals and hits[0].signals["rank_item_dense"] == 0


def test_item_matrix_keeps_its_rows_when_a_file_is_added(tmp_path, settings_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """At 100x the shipped corpus a chunk's lines are 170,000 vectors: adding one file reads only
    the new lines' vectors, the others' rows are taken from the matrix saved before."""
    import numpy as np

    from assistant.index.embeddings import ids_path
    from assistant.index.sync import IndexManager

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for file, text in _files().items():
        (corpus / file).write_text(text, encoding="utf-8")
    settings = settings_factory(tmp_path / "home", corpus)
    manager = IndexManager(settings)
    manager.sync()
    items = settings.index_dir / "dense" / "items"

    def saved() -> tuple[np.ndarray, np.ndarray]:
        (path,) = [p for p in items.glob("*.npy") if not p.name.endswith(".ids.npy")]
        return np.load(path), np.load(ids_path(path))

    old, old_ids = saved()
    (corpus / "促销通知.txt").write_text("周末促销安排\n1. 周六全场面包八折\n2. 周日会员积分翻倍\n3. 促销期间店长每日汇总销量\n", encoding="utf-8")
    read: list[int] = []
    cache = manager.embeddings.cache
    get_many = cache.get_many
    monkeypatch.setattr(cache, "get_many", lambda model, keys: (read.append(len(keys)), get_many(model, keys))[1])
    manager.sync()
    new, new_ids = saved()
    assert len(new_ids) > len(old_ids) and set(old_ids) <= set(new_ids)
    row = {i: n for n, i in enumerate(new_ids)}
    assert all(np.array_equal(old[n], new[row[i]]) for n, i in enumerate(old_ids))
    assert sum(read) < len(old_ids), (sum(read), len(old_ids))  # the old lines' vectors were not read again
