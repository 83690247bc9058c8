"""Role resolution against the knowledge base's own inventory (no closed list decides "unknown")."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest.records import FileRecords
from assistant.knowledge.snapshot import KnowledgeSnapshot
from assistant.lexicon import load_lexicon
from assistant.models import Chunk, JobProfile, ProfileItem, SectionKind, SourceSpan


def _profile(title: str, file: str = "a.txt", aliases: list[str] | None = None, org: str | None = None) -> JobProfile:
    span = SourceSpan(file=file, line_start=1, line_end=3)
    item = ProfileItem(text="负责日常工作", span=span, line_nos=[2])
    return JobProfile(id=f"{file}#1/{title}", title=title, aliases=aliases or [], organisation=org, article_id=f"{file}#1",
                      article_title=title, span=span, duties=[item])  # fmt: skip


def _snapshot(*profiles: JobProfile, text: str = "") -> KnowledgeSnapshot:
    chunk = Chunk(id="c1", text=text or "正文", file="a.txt", line_start=1, line_end=1, article_id="a.txt#1",
                  article_title="t", section_kind=SectionKind.prose, content_hash="h")  # fmt: skip
    records = {"a.txt": FileRecords(file="a.txt", content_hash="x", profiles=list(profiles), chunks=[chunk])}
    return KnowledgeSnapshot(records, load_lexicon(None))


@pytest.fixture(scope="module")
def inventory():
    return _snapshot(
        _profile("客户经理"), _profile("网络管理员"), _profile("厨师长"), _profile("教练"),
        _profile("平台Site Reliability Engineer"), _profile("产品经理-People-成都"), _profile("连锁养生会所店长"),
        _profile("人力资源专员"), _profile("前端开发工程师"), _profile("软件开发工程师"),
    ).inventory  # fmt: skip


@pytest.mark.parametrize(
    ("question", "status", "title"),
    [
        ("客户经理每天做什么", "known", "客户经理"),
        ("网管要会什么", "known", "网络管理员"),  # lexicon alias to a title the inventory has
        ("对公客户经理的职责", "narrower", "客户经理"),  # a qualifier in front of a known title
        ("健身教练要什么证书", "narrower", "教练"),  # the phrase ends with a known title
        ("客户经历的职责", "typo", "客户经理"),  # misspelt title: suggested, not silently swapped
        ("SRE要负责什么", "known", "平台Site Reliability Engineer"),  # acronym of a Latin title
        ("产品经理平时做什么", "known", "产品经理-People-成都"),  # the title part of a posting name
        ("养生会所店长负责什么", "known", "连锁养生会所店长"),  # the one title holding the phrase
        ("人事专员的岗位职责", "known", "人力资源专员"),
        # a unit, a verb, then the post: the unit is where the asker works, not part of the title
        ("我下月去运营管理部当客户经理,要干啥", "known", "客户经理"),
    ],
)
def test_resolution_kinds(inventory, question: str, status: str, title: str) -> None:
    r = inventory.resolve(question)
    assert r.status == status, (question, r)
    assert r.best is not None and r.best.entry.title == title


def test_a_role_the_inventory_lacks_is_unknown_whatever_the_word(inventory) -> None:
    for question in ("园长负责什么", "护士的岗位职责", "普通保安要做什么"):
        r = inventory.resolve(question)
        assert r.status == "unknown", (question, r)


def test_the_request_in_front_of_a_post_is_not_part_of_its_title(inventory) -> None:
    for question, asked in (("帮我拟一份园艺专员的岗位职责", "园艺专员"), ("列一下园艺专员的考核指标, 4个就行", "园艺专员"),
                            ("帮我设计园艺专员的绩效指标", "园艺专员"), ("出纳员要做什么", "出纳员")):  # fmt: skip
        assert inventory.resolve(question).asked == asked, question


def test_a_shared_generic_ending_does_not_make_relatives(inventory) -> None:
    # 厨师长 and 客户经理 share nothing; "经理" alone must not relate 产品经理 to 客户经理
    r = inventory.resolve("项目经理的职责")
    assert all(c.entry.title != "客户经理" or c.match != "related" for c in r.candidates)


def test_broader_phrase_held_by_several_titles_lists_relatives(inventory) -> None:
    r = inventory.resolve("开发工程师需要什么")
    titles = {c.entry.title for c in r.candidates}
    assert {"前端开发工程师", "软件开发工程师"} <= titles
    assert r.status == "related"


def test_latin_abbreviation_inside_a_word_is_not_a_title(inventory) -> None:
    assert inventory.resolve("Moka公司怎么样").status == "none"
    assert inventory.resolve("HRBP的职责").best is None or inventory.resolve("HRBP的职责").best.match != "alias"


def test_question_words_never_become_roles(inventory) -> None:
    for question in ("这个岗位的业绩怎么考核?", "如何从商业模式出发找到关键岗位", "它能代替岗位说明书吗"):
        assert inventory.resolve(question).status == "none", question


def test_unknown_role_gets_suggestions_when_close(inventory) -> None:
    r = inventory.resolve("网络管理的职责")  # no title suffix: fuzzy suggestions from the inventory
    assert r.status in ("none", "typo") or r.suggestions


def test_real_corpus_inventories(extra_services, shipped_services) -> None:
    extra = extra_services.components.snapshot().inventory
    for q, title in (("车辆调度员做什么", "车辆调度员"), ("财务经理的上级", "财务部经理"), ("行政主管要什么学历", "行政主管/行政经理助理")):
        best = extra.resolve(q).best
        assert best is not None and best.entry.title == title, q
    assert extra.resolve("厨师长的职责").status == "unknown"  # no kitchen in this company's documents
    shipped = shipped_services.components.snapshot().inventory
    assert shipped.resolve("快递员每天做啥").best.entry.title.startswith("快递")


def test_an_equivalent_wording_of_the_lexicon_finds_the_title_here() -> None:
    """"人事部" and "HR部门" are the lexicon's synonyms of 人力资源部, which this knowledge base
    has; the longer wording wins over the bare alias "HR" (a post, 人力资源专员)."""
    inventory = _snapshot(_profile("人力资源部"), _profile("人力资源专员"), _profile("出纳")).inventory
    for question in ("人事部的KPI帮我设计一下", "帮HR部门出一套考核方案"):
        best = inventory.resolve(question).best
        assert best is not None and best.entry.title == "人力资源部", question
    assert inventory.resolve("HR要做什么").best.entry.title == "人力资源专员"


def test_a_shortened_title_is_the_same_post() -> None:
    """"续期专员" and "人资专员" leave characters out of 续期服务专员 / 人力资源专员 (first character and
    ending kept): the same post when only one title fits; never a post with another ending."""
    inventory = _snapshot(_profile("续期服务专员"), _profile("人力资源专员"), _profile("客户服务经理"), _profile("出纳")).inventory
    for question, title in (("续期专员干嘛的", "续期服务专员"), ("人资专员要什么学历", "人力资源专员")):
        r = inventory.resolve(question)
        assert r.status == "known" and r.best.entry.title == title, (question, r)
    assert inventory.resolve("客户专员做什么").status != "known"  # 专员 is not 经理


def test_a_unit_named_shorter_than_the_knowledge_base_names_it() -> None:
    """"质量部" for the only unit ending so (宜春基地质量部), not the post 质量部经理; a unit word inside
    a post's title ("按摩技师部门经理") stays part of that post."""
    inventory = _snapshot(_profile("宜春基地质量部"), _profile("质量部经理"), _profile("养生会所按摩技师部"),
                          _profile("养生会所按摩技师部门经理")).inventory  # fmt: skip
    assert inventory.resolve("质量部的KPI有哪些").best.entry.title == "宜春基地质量部"
    assert inventory.resolve("质量部经理做什么").best.entry.title == "质量部经理"
    assert inventory.resolve("养生会所的按摩技师部门经理负责哪些工作").best.entry.title == "养生会所按摩技师部门经理"


def test_a_post_named_without_its_title_ending() -> None:
    """"薪酬核算" (the lexicon's equivalent of 薪资) names 薪资核算专员 when a question must be about a
    post; a plain question never resolves that way ("人力资源规划" is no 人力资源专员)."""
    inventory = _snapshot(_profile("薪资核算专员"), _profile("人力资源专员"), _profile("出纳")).inventory
    assert inventory.resolve("帮我写一份薪酬核算的岗位说明书").status == "none"
    head = inventory.resolve_head("帮我写一份薪酬核算的岗位说明书")
    assert head is not None and head.best.entry.title == "薪资核算专员"
    assert inventory.resolve_head("出纳要做什么") is None  # 出纳 has no ending to leave out


def test_a_lexicon_alias_is_no_narrower_post_and_a_scorecard_dimension_no_post() -> None:
    inventory = _snapshot(_profile("导购"), _profile("店长")).inventory
    r = inventory.resolve("导购员的岗位职责")  # roles.toml: 导购员 -> 导购
    assert r.status == "known" and r.best.entry.title == "导购"
    assert inventory.role_phrases("学习成长那块占多少") == []  # 学习成长 ends like 店长, names no post


def test_everyday_names_of_a_post_this_company_titles_longer() -> None:
    inv = _snapshot(_profile("公交驾驶员"), _profile("私人教练"), _profile("团课教练"), _profile("热线话务员")).inventory
    assert inv.resolve("司机一个月多少钱").best.entry.title == "公交驾驶员"  # lexicon alias 司机 -> 驾驶员, written longer here
    assert inv.resolve("私教要什么证").best.entry.title == "私人教练"  # the first characters of its two words
    assert inv.resolve("团课老师干啥").best.entry.title == "团课教练"  # the ending in the lexicon's other wording
    assert inv.resolve("接线员要会什么").best.entry.title == "热线话务员"
    assert not inv.resolve("私人问题可以问吗").candidates  # 私人 is a word of a title, no abbreviation


def test_a_posts_own_title_beats_another_posts_alias_and_a_unit_makes_no_relatives() -> None:
    # "超市收银员" is a title of its own in one file; another file writes 收银员（超市）, whose
    # reordered alias is the same spelling: the post with that title answers to it
    snap = _snapshot(_profile("收银员(超市)", file="a.csv", aliases=["超市收银员"]), _profile("超市收银员", file="b.md"),
                     _profile("医务室护士", file="c.md"))  # fmt: skip
    inv = snap.inventory
    assert inv.resolve("超市收银员每天做什么").best.entry.title == "超市收银员"
    # one post under two spellings: whichever is asked, both profiles can answer
    assert {p.id for p in snap.profiles_of("超市收银员")} == {p.id for p in snap.profiles_of("收银员(超市)")} != set()
    assert len(snap.profiles_of("超市收银员")) == 2
    # one unit, two posts: 医务室主任 is no relative of 医务室护士
    assert not inv.resolve("医务室主任做什么").candidates


def test_a_place_particle_after_an_organisation_is_no_part_of_the_post() -> None:
    """"厂里质检员是干嘛的", "银行里放款专员…": 里 says where; the post is what follows it."""
    inventory = _snapshot(_profile("放款专员"), _profile("出纳")).inventory
    assert [p for _, p in inventory.role_phrases("银行里放款专员是干嘛的？")] == ["放款专员"]
    assert inventory.resolve("公司里放款专员是干嘛的？").best.entry.title == "放款专员"


def test_an_alias_that_begins_a_misspelt_longer_title_is_that_title() -> None:
    """"销售精理" (经 typed as 精): the lexicon's alias 销售 (销售员) is only its beginning; the title
    the question spells with one character changed is the post asked about."""
    inventory = _snapshot(_profile("销售经理"), _profile("销售员"), _profile("出纳")).inventory
    r = inventory.resolve("销售精理要做什么")
    assert r.status == "typo" and r.best.entry.title == "销售经理", r
    for question, title in (("销售要做什么", "销售员"), ("销售员要做什么", "销售员"), ("销售经理做什么", "销售经理")):
        assert inventory.resolve(question).best.entry.title == title, question
    # the alias already names the post the near spelling is of ("财务经理" of 财务部经理): known, no typo
    inventory = _snapshot(_profile("财务部经理"), _profile("出纳")).inventory
    r = inventory.resolve("袜业公司招财务经理,学历要求是什么")
    assert r.status == "known" and r.best.entry.title == "财务部经理", r


def test_a_misspelt_titles_word_is_as_long_as_the_title() -> None:
    """"行政主观" for 行政主管: the alignment leaves the changed last character out ("行政主"), and a
    part of the real title, which the documents do write, then stood for the misspelt word."""
    inventory = _snapshot(_profile("行政主管"), _profile("出纳")).inventory
    for question, start in (("行政主观岗位是干嘛的", 0), ("我想问下行政主观岗位", 4)):
        r = inventory.resolve(question)
        assert r.status == "typo" and r.best.entry.title == "行政主管" and (r.best.asked, r.best.start) == ("行政主观", start), r
    assert inventory.resolve("销售精理要做什么").status != "typo"  # nothing close to it here
