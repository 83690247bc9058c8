"""Questions met on the round 33 blind trials (a law firm, a photovoltaic O&M company, new
shipped-corpus questions), written here from scratch for a veterinary hospital chain: two facts
asked in one question, a place asked by what the place is called ("在哪个院区…", "哪个诊室"), years
asked as "多少年", and a JD drafted from a duty table and a posting export of the same company."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_POSTINGS = "岗位名称,所在院区,薪资,学历,经验\n兽医助理,朝阳院区,6000-8000元,大专,1年以上\n药房管理员,海淀院区,5000-6000元,大专,2年以上\n"
_DUTIES = """门诊部岗位职责
兽医助理
岗位职责：
1. 协助主治兽医接诊与检查
2. 完成术前准备与术后护理记录
任职要求：
1. 动物医学相关专业
2. 从业8年以上者优先考虑带教
"""


@pytest.fixture(scope="module")
def vet_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    return indexed_services(tmp_path_factory, settings_factory, "vet", {"招聘需求.csv": _POSTINGS, "门诊部岗位说明.txt": _DUTIES})


def test_two_facts_asked_together_are_each_answered_once(vet_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(vet_services, "药房管理员在哪个院区，工资多少")
    text = unescape_md(answer.text)
    assert "海淀院区" in text and "5000-6000元" in text, text
    assert text.count("海淀院区") == 1 and text.count("5000-6000元") == 1, text


def test_a_place_asked_by_its_own_name(vet_services) -> None:  # type: ignore[no-untyped-def]
    # no ask word of the place field: "在哪个诊室上班" still asks where the post works
    answer, = _ask(vet_services, "兽医助理在哪个诊室上班")
    assert answer.attribute == "location" and "朝阳院区" in unescape_md(answer.text), answer.text


def test_years_asked_as_how_many(vet_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(vet_services, "药房管理员要干多少年才行")
    assert answer.attribute == "experience" and "2年以上" in unescape_md(answer.text), answer.text


def test_a_jd_takes_the_duties_from_the_companys_other_document(vet_services) -> None:  # type: ignore[no-untyped-def]
    # the posting export (no duties) and the duty list (no organisation named in either): one
    # company's material, not two employers' postings kept apart
    draft = vet_services.tools.draft_jd("兽医助理")
    duties = [item.text for item in draft.duties]
    assert any("协助主治兽医接诊" in d for d in duties), duties
    assert "朝阳院区" in draft.basics["工作地点"].text, draft.basics
    assert not any("不混用不同单位" in w for w in draft.warnings), draft.warnings


def test_going_back_to_a_post_by_a_word_of_its_title(vet_services) -> None:  # type: ignore[no-untyped-def]
    # "回到兽医那个岗位": the earlier post whose title holds the word, not the one just discussed
    *_, answer = _ask(vet_services, "兽医助理在哪个院区", "那药房管理员呢", "回到兽医那个岗位，要什么学历")
    assert answer.role == "兽医助理" and "大专" in unescape_md(answer.text), answer.text


def test_a_post_named_by_a_description_is_kept_for_the_next_turn(vet_services) -> None:  # type: ignore[no-untyped-def]
    # the first answer comes from one post's material though the question only describes the post;
    # a later turn naming facts in everyday words ("学历上、专业上卡不卡人") asks them of that post
    first, second = _ask(vet_services, "协助主治兽医接诊的那个岗位平时干些啥", "读书学历上、专业上卡不卡人")
    assert not second.refused and "动物医学" in unescape_md(second.text), (first.text, second.text)


def test_only_a_question_pointing_at_one_post_leaves_it_for_the_next_turn(vet_services) -> None:  # type: ignore[no-untyped-def]
    assistant = vet_services.components.assistant()
    assert assistant.understand("专门配药的那个岗位平时干啥").describes_post
    # a question about posts in general names none, whatever its answer quotes
    assert not assistant.understand("去门诊部应聘，岗位一般分哪几类").describes_post


def test_a_drafting_request_asked_as_bang_mang(vet_services) -> None:  # type: ignore[no-untyped-def]
    # "帮忙写一份…": 帮 ends a phrase, so the request reached the title as "忙写一份兽医助理"
    u = vet_services.components.assistant().understand("帮忙写一份兽医助理的岗位说明书")
    assert u.intent.value == "jd_draft" and u.role == "兽医助理", u
