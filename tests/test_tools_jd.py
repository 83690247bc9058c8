"""JD drafter on small hand-built knowledge bases: own material first, every item cited, notes reported."""

from __future__ import annotations

import pytest
from _tools_support import (
    Doc,
    assert_quotes_in_records,
    company_snapshot,
    kitchen_doc,
    snapshot_of,
    storekeeper_postings,
)

from assistant.knowledge.snapshot import KnowledgeSnapshot
from assistant.lexicon import load_lexicon
from assistant.models import Hit, SectionKind
from assistant.tools.errors import ToolError
from assistant.tools.jd import QUALIFICATION_ORDER, JdRequest, draft_jd


@pytest.fixture(scope="module")
def snapshot():
    return company_snapshot(with_methods=True, with_bank=True)


def test_role_only_a_companys_documents_describe_gets_a_cited_draft(snapshot):
    draft = draft_jd(JdRequest(role="厨师长"), snapshot)
    assert draft.role == draft.matched_title == "厨师长" and draft.match == "exact"
    assert draft.basics["所属部门"].text == "厨房部" and draft.basics["直属上级"].text == "店长"
    assert draft.basics["下属"].text == "厨师、帮厨" and draft.basics["工作地点"].text == "杭州"
    assert draft.purpose.text.startswith("负责厨房的日常运营") and draft.purpose.origin == "own"
    assert len(draft.duties) == 7 and draft.duties[-1].text == "完成店长交办的其他工作"  # the generic one last
    assert [i.text for i in draft.qualifications["证书"]] == ["持有健康证和中式烹调师证书"]
    for item in draft.all_items():
        if not item.placeholder:
            assert item.citations, item.text
    assert_quotes_in_records(snapshot, draft.citations)
    assert draft.documents == ["厨师长岗位说明书"]


def test_own_performance_standards_are_the_jds_kpis(snapshot):
    draft = draft_jd(JdRequest(role="厨师长"), snapshot)
    texts = " ".join(i.text for i in draft.kpis)
    for name in ("菜品出品合格率", "食材损耗率", "顾客投诉次数"):
        assert name in texts
    own = [i for i in draft.kpis if i.origin == "own"]
    assert len(own) == 3 and all(i.citations for i in draft.kpis)
    assert not any(w in texts for w in ("存款", "贷款", "对公")), "a bank indicator leaked into a kitchen JD"


def test_missing_facts_stay_visible_placeholders(snapshot):
    draft = draft_jd(JdRequest(role="仓库管理员"), snapshot)
    assert draft.basics["直属上级"].text == "【待补充:直属上级】" and draft.basics["直属上级"].placeholder
    assert draft.qualifications["专业"][0].text == "【待补充:专业要求】"
    assert "【待补充:直属上级】" in draft.placeholders
    assert "工作地点" not in draft.basics  # stated only when a document states it


def test_the_named_organisation_comes_first(snapshot):
    only = draft_jd(JdRequest(role="仓库管理员", organisation="恒通电商"), snapshot)
    assert {c.file for c in only.citations if c.id in {i for d in only.duties for i in d.citations}} == {"恒通_仓库管理员.txt"}
    assert only.qualifications["学历"][0].text == "中专及以上学历"


def test_qualifications_are_grouped_by_category(snapshot):
    draft = draft_jd(JdRequest(role="仓库管理员", organisation="顺达物流"), snapshot)
    assert list(draft.qualifications)[:5] == QUALIFICATION_ORDER[:5]
    assert draft.qualifications["学历"][0].text == "高中及以上学历"
    assert draft.qualifications["经验"][0].text == "1年以上仓库工作经验"
    assert draft.qualifications["技能"][0].text == "熟练使用Excel等办公软件"


def test_notes_are_applied_or_reported_never_ignored(snapshot):
    request = JdRequest(role="厨师长", notes="侧重食品安全；要求 持有高级烹调师证书优先；侧重直播带货；每周轮休一天；不要采购")
    draft = draft_jd(request, snapshot)
    outcome = {n.note: n for n in draft.notes}
    assert outcome["侧重食品安全"].applied and "食品安全" in draft.duties[0].text
    assert outcome["要求 持有高级烹调师证书优先"].applied
    added = [i for i in draft.qualifications["证书"] if i.origin == "user"]
    assert added and added[0].text == "持有高级烹调师证书优先" and not added[0].citations
    assert not outcome["侧重直播带货"].applied and "没有提到" in outcome["侧重直播带货"].detail
    assert not outcome["每周轮休一天"].applied and outcome["每周轮休一天"].detail
    assert outcome["不要采购"].applied and not any("采购" in d.text for d in draft.duties)
    assert {n.note for n in draft.not_applied} == {"侧重直播带货", "每周轮休一天"}


def test_user_fields_override_and_are_marked(snapshot):
    draft = draft_jd(JdRequest(role="厨师长", department="后厨", reports_to="运营总监", level="P5"), snapshot)
    for label, value in (("所属部门", "后厨"), ("直属上级", "运营总监"), ("岗位级别", "P5")):
        assert draft.basics[label].text == value and draft.basics[label].origin == "user"


def test_unknown_role_is_a_404_with_suggestions(snapshot):
    with pytest.raises(ToolError) as err:
        draft_jd(JdRequest(role="面点厨师"), snapshot)
    assert err.value.status == 404
    assert err.value.suggestions == ["厨师长"] and "您是不是要找" in err.value.message
    with pytest.raises(ToolError) as none:
        draft_jd(JdRequest(role="无人机飞手"), snapshot)
    assert none.value.status == 404 and "gangwei ingest" in none.value.message


def test_misspelt_and_narrower_roles_say_what_they_use(snapshot):
    typo = draft_jd(JdRequest(role="仓库管里员"), snapshot)
    assert typo.matched_title == "仓库管理员" and typo.match == "typo" and "仓库管理员" in typo.warnings[0]
    narrower = draft_jd(JdRequest(role="中餐厨师长"), snapshot)
    assert narrower.role == "中餐厨师长" and narrower.matched_title == "厨师长" and narrower.match == "narrower"
    assert "依据「厨师长」" in narrower.warnings[0]
    with pytest.raises(ToolError):  # another department's title is not this profile
        draft_jd(JdRequest(role="销售部厨师长"), snapshot)


def test_relatives_fill_a_thin_role_and_are_marked():
    doc = Doc("酒店_前台.txt", "前台岗位", organisation="云栖酒店")
    doc.profile("前台接待员", duties=["负责宾客入住登记"], qualifications=[("大专及以上学历", "education")])
    doc.profile("前台主管", duties=["负责前台班次安排与交接", "处理宾客投诉与特殊需求", "检查前台账目与备用金"])
    snapshot = snapshot_of(doc)
    draft = draft_jd(JdRequest(role="前台接待员"), snapshot)
    own = [d for d in draft.duties if d.origin == "own"]
    related = [d for d in draft.duties if d.origin == "related"]
    assert [d.text for d in own] == ["负责宾客入住登记"]
    assert related and all(d.source_role == "前台主管" for d in related)
    assert any("前台主管" in w for w in draft.warnings)
    assert_quotes_in_records(snapshot, draft.citations)


def test_request_and_knowledge_base_errors():
    snapshot = company_snapshot()
    with pytest.raises(ToolError) as empty_role:
        draft_jd(JdRequest(role="   "), snapshot)
    assert empty_role.value.status == 422 and "岗位名称" in empty_role.value.message
    with pytest.raises(ToolError) as long_role:
        draft_jd(JdRequest(role="岗" * 41), snapshot)
    assert long_role.value.status == 422
    with pytest.raises(ToolError) as empty_kb:
        draft_jd(JdRequest(role="厨师长"), KnowledgeSnapshot({}, load_lexicon(None)))
    assert empty_kb.value.status == 409 and "gangwei ingest" in empty_kb.value.message


def test_citation_numbers_follow_the_template_order(snapshot):
    draft = draft_jd(JdRequest(role="厨师长"), snapshot)
    seen: list[int] = []
    for item in draft.all_items():
        for cid in item.citations:
            if cid not in seen:
                seen.append(cid)
    assert seen == sorted(seen) == [c.id for c in draft.citations]


def test_search_adds_duties_of_the_very_role_when_records_are_thin():
    doc = Doc("门店_导购.txt", "门店导购")
    doc.profile("导购", duties=["热情接待顾客"])
    section_lines = doc.text("为顾客介绍商品卖点", "整理货架并及时补货", kind=SectionKind.duties, role="导购")
    snapshot = snapshot_of(doc)
    section_id = next(sid for sid, (_a, s) in snapshot.sections.items() if s.span.line_start == section_lines[0])
    chunk = next(iter(snapshot.chunks.values())).model_copy(
        update={"section_id": section_id, "role": "导购", "section_kind": snapshot.sections[section_id][1].kind,
                "line_start": section_lines[0], "line_end": section_lines[-1]})  # fmt: skip
    asked: list[str] = []

    def search(query: str, k: int) -> list[Hit]:
        asked.append(query)
        return [Hit(rank=1, score=1.0, chunk=chunk)]

    plain = draft_jd(JdRequest(role="导购"), snapshot)
    searched = draft_jd(JdRequest(role="导购"), snapshot, search=search)
    assert asked and "导购" in asked[0]
    assert len(searched.duties) > len(plain.duties)
    assert any(d.text == "整理货架并及时补货" for d in searched.duties)
    assert_quotes_in_records(snapshot, searched.citations)


def test_kitchen_alone_needs_no_other_documents():
    snapshot = snapshot_of(kitchen_doc())
    draft = draft_jd(JdRequest(role="厨师长"), snapshot)
    assert draft.duties and not draft.warnings
    assert_quotes_in_records(snapshot, draft.citations)


def test_storekeeper_postings_alone():
    snapshot = snapshot_of(*storekeeper_postings())
    draft = draft_jd(JdRequest(role="仓库管理员", include_kpis=False), snapshot)
    assert draft.kpis == []
    assert any(r.category == "内部联系" for r in draft.relations)  # "配合采购部门做好到货核对"


def test_postings_of_one_title_by_two_employers_are_not_mixed():
    """顺达物流 and 恒通电商 both post 仓库管理员: the JD takes one employer's posting (the
    preferred one), never a list stitched from both, and says the other exists."""
    snapshot = snapshot_of(*storekeeper_postings())
    draft = draft_jd(JdRequest(role="仓库管理员", include_kpis=False), snapshot)
    files = {c.file for c in draft.citations}
    assert files == {"顺达_仓库管理员招聘.txt"}, files
    assert not any("退货商品" in d.text for d in draft.duties)
    assert any("恒通电商" in w for w in draft.warnings)
    chosen = draft_jd(JdRequest(role="仓库管理员", organisation="恒通电商", include_kpis=False), snapshot)
    assert {c.file for c in chosen.citations} == {"恒通_仓库管理员.txt"}
