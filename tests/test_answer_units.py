"""Fast unit tests of the answer pipeline's parts (records only: no vector index, no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def records_settings(tmp_path_factory, corpus_dir):
    """Settings whose records hold the shipped corpus (ingested, not indexed)."""
    from assistant.config import Settings
    from assistant.ingest.pipeline import ingest_records
    from assistant.ingest.records import RecordStore

    settings = Settings(home=tmp_path_factory.mktemp("answer-home"), corpus_dir=corpus_dir, llm_base_url=None, llm_model=None)
    store = RecordStore(settings.records_dir)
    _, records = ingest_records([corpus_dir], settings, store)
    store.save_all(records)
    return settings


@pytest.fixture(scope="module")
def kb(records_settings):
    from assistant.answer.kb import KnowledgeBase

    return KnowledgeBase.load(records_settings.records_dir)


@pytest.fixture(scope="module")
def lexical(records_settings, kb):
    from assistant.answer.chain import Assistant

    return Assistant(records_settings, kb=kb, use_index=False)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("人力资源专员的岗位职责是什么?", "duty"),
        ("期货公司合规部的制度专员平时干些什么?", "duty"),
        ("顾问服务专员的任职要求有哪些?", "qualification"),
        ("开户专员这个岗位招什么样的人?", "qualification"),
        ("大客户经理要什么资格?", "qualification"),
        ("对公客户经理每天要做什么?", "duty"),
        ("平衡计分卡的学习与成长维度一般放哪些考核指标?", "kpi"),
        ("关键绩效指标怎么计分,分几个等级?", "kpi"),
        ("能力素质模型最早是怎么提出来的?", "method"),
        ("帮我写一份行政助理的岗位说明书", "jd_draft"),
        ("请为客户经理设计一套KPI", "kpi_design"),
        ("红烧肉怎么做才好吃?", "out_of_scope"),
        ("你好呀,今天过得怎么样?", "out_of_scope"),
        ("航空公司招飞行员需要什么条件?", "out_of_scope"),
    ],
)
def test_intents(kb, question, intent):
    from assistant.answer.understand import understand

    assert understand(question, kb).intent.value == intent


@pytest.mark.parametrize(
    ("question", "role", "asked", "status"),
    [
        ("大客户经理主要干什么?", "大客户经理", "大客户经理", "known"),
        ("期货公司的客户关系专员负责哪些事?", "客户关系专员", "客户关系专员", "known"),
        ("对公客户经理主要做什么?", "客户经理", "对公客户经理", "mentioned"),
        ("我竞聘上了银行个人客户经理,上任后做什么?", "客户经理", "个人客户经理", "mentioned"),
        ("养生会所技术经理要做什么?", "健康养生会所技术经理", "养生会所技术经理", "known"),
        ("快递员的工作内容有哪些?", "快递业务员", "快递业务员", "known"),
        ("学校招老师看什么条件?", "教师", "教师", "known"),
        ("医院护士的岗位职责有哪些?", None, "护士", "unknown"),
        ("外卖骑手的考核指标怎么定?", None, "骑手", "unknown"),
    ],
)
def test_roles(kb, question, role, asked, status):
    from assistant.answer.understand import find_role

    match = find_role(question, kb)
    assert match is not None
    assert (match.role, match.asked, match.status.value) == (role, asked, status)


def test_follow_up_resolution(kb):
    from assistant.answer.understand import understand

    first = understand("大客户经理主要干什么?", kb)
    second = understand("那任职要求呢?", kb, first, previous_items=18)
    assert second.followup and second.role == "大客户经理" and second.intent.value == "qualification"
    third = understand("第二条展开说说", kb, first, previous_items=18)
    assert third.expand_item == 2 and third.intent.value == "duty"
    assert understand("第二十条展开说说", kb, first, previous_items=18).expand_item is None
    assert understand("第十二项详细说说", kb, first, previous_items=18).expand_item == 12
    standalone = understand("开户专员具体负责什么?", kb, first, previous_items=18)
    assert not standalone.followup and standalone.role == "开户专员"


def test_cn_numbers():
    from assistant.answer.understand import cn_number

    assert [cn_number(x) for x in ("二", "两", "十", "十二", "二十", "三十五", "7")] == [2, 2, 10, 12, 20, 35, 7]


def test_text_features():
    from assistant.answer.text import bigrams, content_text, strip_marker

    assert strip_marker("(3)负责公司员工培训体系的建立及实施;") == "负责公司员工培训体系的建立及实施;"
    assert strip_marker("第二,运用相关工具") == "运用相关工具"
    assert strip_marker("①建立和维护数据库") == "建立和维护数据库"
    assert "什么" not in content_text("客户经理需要做什么?")
    assert {"kpi", "客户", "户经", "经理"} <= bigrams("客户经理的KPI")


def test_kb_units_quote_verbatim_lines(kb, corpus_dir):
    from assistant.ingest.clean import normalize_line

    files = {}
    for unit in kb.units:
        lines = files.setdefault(unit.file, (corpus_dir / unit.file).read_text("utf-8").splitlines())
        cited = [normalize_line(x) for x in lines[unit.line_start - 1 : unit.line_end]]
        assert any(unit.quote in line for line in cited), unit


def test_citation_book_reuses_ids(kb):
    from assistant.answer.citations import CitationBook

    book = CitationBook(kb)
    a, b = kb.units[10], kb.units[11]
    assert book.cite(a) == 1 and book.cite(b) == 2 and book.cite(a) == 1
    assert [c.id for c in book.citations] == [1, 2]


def test_conversation_keeps_a_bounded_history(kb, lexical):
    from assistant.answer.conversation import Conversation

    conv = Conversation(max_turns=3)
    for q in ("开户专员具体负责什么?", "那任职要求呢?", "交易专员呢?", "那任职要求呢?"):
        lexical.ask(q, conv)
    assert len(conv.turns) == 3
    assert conv.turns[-1].answer.role == "交易专员"
    conv.reset()
    assert conv.last is None


def test_lexical_only_answers_without_an_index(lexical):
    hr = lexical.ask("人力资源专员的岗位职责是什么?")
    assert hr.items[0].text.startswith("建立并优化人力资源管理各项制度及流程")
    assert lexical.ask("医院护士的岗位职责有哪些?").refused
    assert lexical.ask("推荐一部好看的电影").refused
    assert not lexical.ask("设计关键绩效指标的一般流程是什么?").refused


def test_stream_yields_text_then_answer(lexical):
    from assistant.models import Answer

    parts = list(lexical.stream("开户专员具体负责什么?"))
    assert isinstance(parts[-1], Answer)
    assert "".join(p for p in parts[:-1] if isinstance(p, str)) == parts[-1].text


def test_empty_records_say_ingest(tmp_path):
    from assistant.answer.chain import Assistant
    from assistant.config import Settings

    answer = Assistant(Settings(home=tmp_path, llm_base_url=None), use_index=False).ask("客户经理做什么?")
    assert answer.refused and "gangwei ingest" in answer.text


def test_chain_is_a_langchain_runnable(lexical):
    from langchain_core.runnables import Runnable

    assert isinstance(lexical.chain, Runnable)
    state = lexical.chain.invoke({"question": "开户专员具体负责什么?", "conversation": None, "timings": {}})
    assert state["answer"].role == "开户专员"
    names = [step.name for step in lexical.chain.steps]
    assert names == ["understand", "retrieve", "compose"]


def test_prompts_are_files():
    from assistant.answer.llm import SYSTEM_PROMPT, USER_PROMPT, load_prompt

    user = load_prompt(ROOT / "prompts", USER_PROMPT)
    for field in ("{question}", "{evidence}", "{draft}"):
        assert field in user
    assert "编号" in load_prompt(ROOT / "prompts", SYSTEM_PROMPT)


def _role_list(kb, role: str, kind: str):
    return next(s for s in kb.lists if s.role == role and s.kind.value == kind and s.from_profile)


def test_copies_of_a_list_merge_but_shared_stock_lines_do_not(kb):
    from assistant.answer.lists import merge_items

    # 教师 duties are printed again in full in file 000: every entry gathers its copy.
    teacher = _role_list(kb, "教师", "duties")
    groups = merge_items(kb, [teacher])
    assert len(groups) == 7 and all(len(g.sources) == 2 for g in groups)
    # 顾问服务专员 shares "本科及以上学历" and "专业不限" with other profiles of the company: they
    # are other roles' requirements, not copies of this list.
    advisor = _role_list(kb, "顾问服务专员", "qualifications")
    groups = merge_items(kb, [advisor])
    assert [len(g.uids) for g in groups] == [1, 1, 1]


def test_heading_index_and_phrase_lookup(kb):
    pids = kb.heading_passages()["信息反馈"]
    assert [kb.passages[p].line_start for p in pids] == [171]
    # Punctuation does not hide a phrase: "多快好省" finds "“多、快、好、省”".
    hits = kb.units_containing("多快好省")
    assert hits and all("多、快、好、省" in kb.units[uid].text for uid in hits)
