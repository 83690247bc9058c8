"""JD drafter on the shipped corpus: sourced items, merged duplicates, placeholders, exports."""

from __future__ import annotations

import re

import pytest
from _tools_support import quote_in_corpus, tools_data, tools_settings  # noqa: F401 - fixtures

from assistant.tools.data import SourceQuote
from assistant.tools.export import JD_SECTIONS, jd_to_docx, render_jd_markdown
from assistant.tools.jd import JdItem, JdRequest, draft_jd, merge, parse_notes
from assistant.tools.roles import relatedness
from assistant.tools.sources import Candidate, qual_category, restriction_kinds, split_body

ACCEPTANCE_ROLES = ["客户经理", "大客户经理", "人力资源专员"]
BOILERPLATE = re.compile(r"欢迎来到|期刊网|阅读提示|小编|推荐阅读|点赞|发表咨询|本站")


def _source_ids(draft) -> set[tuple[str, str]]:
    """Distinct sources behind the draft: (file, article title) of every citation."""
    return {(q.file, q.title or "") for q in draft.sources()}


@pytest.fixture(scope="module")
def drafts(tools_data):  # noqa: F811
    return {role: draft_jd(JdRequest(role=role), data=tools_data) for role in ACCEPTANCE_ROLES}


@pytest.mark.parametrize("role", ACCEPTANCE_ROLES)
def test_draft_items_are_cited_from_at_least_two_sources(drafts, role):
    draft = drafts[role]
    assert draft.found
    assert len(_source_ids(draft)) >= 2
    real = [i for i in draft.all_items() if not i.placeholder and not i.from_user]
    assert real
    for item in real:
        assert item.citations, item.text
        for q in item.citations:
            assert quote_in_corpus(q.file, q.line_start, q.line_end, q.quote), (item.text, q)
    assert len(draft.duties) >= 5


@pytest.mark.parametrize("role", ACCEPTANCE_ROLES)
def test_draft_has_no_boilerplate_and_every_marker_resolves(drafts, role):
    text, citations = render_jd_markdown(drafts[role])
    assert not BOILERPLATE.search(text)
    assert [c.id for c in citations] == list(range(1, len(citations) + 1))
    used = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    assert used == {c.id for c in citations}
    for section in JD_SECTIONS:
        assert f"## {section}" in text
    for c in citations:
        assert quote_in_corpus(c.file, c.line_start, c.line_end, c.quote)


def test_missing_facts_are_placeholders_not_inventions(drafts):
    manager = drafts["客户经理"]
    assert manager.department.placeholder and manager.department.text == "【待补充:所属部门】"
    assert manager.reports_to.placeholder and manager.reports_to.text == "【待补充:直属上级】"
    hr = drafts["人力资源专员"]
    assert hr.reports_to.placeholder
    assert hr.department.text == "人力资源部" and hr.department.citations[0].line_start == 219
    assert any(i.placeholder for i in hr.qualifications["经验"])
    text = render_jd_markdown(hr).text
    assert "【待补充:直属上级】" in text and "【待补充:经验要求】" in text


def test_structured_posting_fills_purpose_and_reporting_line(drafts):
    big = drafts["大客户经理"]
    assert big.reports_to.text == "营运总监"
    assert big.reports_to.citations[0].line_start == 120
    assert big.purpose.citations[0].line_start == 118 and not big.purpose.generalised
    assert any("直属下级" in r.text for r in big.relations)
    assert big.qualifications["学历"][0].text == "市场营销专业或相关专业本科以上学历"


def test_generalised_items_are_marked(drafts):
    hr = drafts["人力资源专员"]
    assert hr.purpose.generalised  # no purpose sentence in the corpus: summarised from duties
    assert len(hr.purpose.citations) >= 2
    dept = [d for d in hr.duties if d.generalised]
    assert dept and all("部门职责" in (d.note or "") for d in dept)  # 人力资源部's duties, applied to the post
    assert "归纳" in render_jd_markdown(hr).text


def test_relatives_feed_a_post_the_corpus_does_not_list(tools_data):  # noqa: F811
    draft = draft_jd(JdRequest(role="个人客户经理"), data=tools_data)
    assert draft.found
    roles = set(draft.matched_roles)
    assert {"客户经理", "对私客户经理"} <= roles
    assert all(relatedness("个人客户经理", r) >= 0.5 for r in draft.matched_roles)
    assert any(d.text == "开展面向个人的金融业务" for d in draft.duties)  # 对私客户经理 = 个人客户经理
    assert not any("面向公司" in d.text for d in draft.duties)


def test_notes_level_and_user_fields(tools_data):  # noqa: F811
    request = JdRequest(role="个人客户经理", notes="侧重对公业务; 要求 CFA 优先", level="高级", reports_to="支行行长",
                        department="零售业务部")  # fmt: skip
    draft = draft_jd(request, data=tools_data)
    assert draft.reports_to.text == "支行行长" and draft.reports_to.from_user
    assert draft.department.text == "零售业务部" and draft.department.from_user
    cfa = [i for i in draft.qualifications["证书"] if i.from_user]
    assert cfa and "CFA" in cfa[0].text
    # The level adds what the corpus says about 高级客户经理 (004:18).
    level_items = [i for group in draft.qualifications.values() for i in group if "高级客户经理" in i.text]
    assert level_items and level_items[0].citations[0].line_start == 18
    # 侧重对公: items about companies/credit come first.
    first = " ".join(d.text for d in draft.duties[:2])
    assert re.search(r"公司|授信|企业|对公", first)


def test_discriminatory_requirements_are_left_out(tools_data):  # noqa: F811
    draft = draft_jd(JdRequest(role="行政助理"), data=tools_data)
    kept = " ".join(i.text for group in draft.qualifications.values() for i in group)
    assert "女性" not in kept and "28岁以下" not in kept and "户口" not in kept
    assert {"女性", "28岁以下"} <= {i.text for i in draft.excluded}
    assert draft.department.text == "行政部"
    # Each exclusion names its own kind of restriction: 仪表端庄 is about looks, not age or sex.
    notes = {i.text: i.note or "" for i in draft.excluded}
    assert "外貌" in notes["仪表端庄"] and "年龄" not in notes["仪表端庄"] and "性别" not in notes["仪表端庄"]
    assert "性别" in notes["女性"] and "年龄" not in notes["女性"]
    assert "年龄" in notes["28岁以下"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [("女性,28岁以下", ["年龄", "性别"]), ("仪表端庄,举止得体", ["外貌"]), ("本市户口", ["户籍"]),
     ("已婚已育优先", ["婚育"]), ("身高165cm以上", ["身高"]), ("本科及以上学历", []), ("3年以上工作经验", [])],
)  # fmt: skip
def test_restriction_kinds(text, kinds):
    assert restriction_kinds(text) == kinds


def test_sentence_of_short_facets_is_one_duty_not_fragments(tools_data):  # noqa: F811
    # 002:193 "…主要是发掘公司及个人潜力客户,维护客户关系,营销各类金融产品与服务,满足客户需求,开拓市场分额"
    draft = draft_jd(JdRequest(role="个人客户经理"), data=tools_data)
    texts = [d.text for d in draft.duties]
    assert not {"满足客户需求", "维护客户关系", "开拓市场分额"} & set(texts), texts
    whole = [t for t in texts if "满足客户需求" in t]
    assert whole and "维护客户关系" in whole[0] and "开拓市场分额" in whole[0]
    assert all(len(t) >= 6 for t in texts)


def test_comma_lists_split_only_into_real_clauses():
    clauses = "负责辖区内客户的日常走访与维护,负责各类业务报表的统计与上报,负责新产品的宣传与推广"
    assert split_body(clauses) == clauses.split(",")
    facets = "发掘公司及个人潜力客户,维护客户关系,营销各类金融产品与服务,满足客户需求,开拓市场分额"
    assert split_body(facets) == [facets]


def test_unmatched_post_is_flagged_for_callers(tools_data):  # noqa: F811
    from assistant.tools.jd import unmatched_message

    assert not draft_jd(JdRequest(role="今天天气怎么样"), data=tools_data).matched
    assert draft_jd(JdRequest(role="个人客户经理"), data=tools_data).matched
    assert "今天天气怎么样" in unmatched_message("今天天气怎么样")


def test_unknown_post_is_all_placeholders(tools_data):  # noqa: F811
    draft = draft_jd(JdRequest(role="宇航员"), data=tools_data)
    assert not draft.found
    assert draft.duties[0].text == "【待补充:主要职责】"
    assert draft.warnings and "宇航员" in draft.warnings[0]
    assert draft.kpis is None
    assert not draft.sources()


def test_request_validation():
    with pytest.raises(ValueError):
        JdRequest(role="   ")
    with pytest.raises(ValueError):
        JdRequest(role="岗" * 31)
    assert JdRequest(role=" 客户经理 ", notes="  ").notes is None


def test_near_duplicates_merge_and_count_sources():
    def cand(text: str, source: str, line: int, weight: float = 1.0) -> Candidate:
        quote = SourceQuote(file="f.txt", line_start=line, line_end=line, quote=text)
        return Candidate(kind="duty", text=text, quote=quote, weight=weight, source=source, role="销售经理",
                         origin="profile")  # fmt: skip

    clusters = merge([
        cand("千方百计完成区域销售任务并及时追踪区域内工程项目;", "a", 1),
        cand("1、千方百计完成区域销售任务;", "b", 2),
        cand("千方百计完成区域销售任务", "b", 9),
        cand("负责严格执行产品的出库手续;", "a", 3),
    ])  # fmt: skip
    assert len(clusters) == 2
    first = clusters[0]
    assert first.support == 2  # two articles, three copies
    assert first.rep.text.startswith("千方百计完成区域销售任务并及时追踪")  # the fullest wording
    assert [q.line_start for q in first.citations()] == [1, 2]


def test_the_corpus_repeats_are_merged(tools_data):  # noqa: F811
    draft = draft_jd(JdRequest(role="教师"), data=tools_data)
    texts = [d.text for d in draft.duties]
    assert len(texts) == 7  # the posting is printed three times on the page
    assert sum("坚守工作岗位" in t for t in texts) == 1
    assert any(t.endswith("逐步形成个人教学特色") for t in texts)  # the copy not cut by a line break


@pytest.mark.parametrize(
    ("text", "category"),
    [("本科及以上学历", "学历"), ("人力资源相关专业毕业", "专业"), ("3年以上财务工作经验为佳", "经验"),
     ("有期货从业资格证书优先", "证书"), ("具有良好的沟通、协调能力", "能力"), ("专业能力强", "能力"),
     ("CFA 优先", "证书")],
)  # fmt: skip
def test_qualification_categories(text, category):
    assert qual_category(text) == category


def test_split_body_enumerations():
    assert split_body("一是客户资源开发;二是合作关系建立;三是授信业务审批跟进") == [
        "客户资源开发", "合作关系建立", "授信业务审批跟进"]  # fmt: skip
    assert split_body("基础工作(大客户资料、市场信息的收集)、大客户服务和维护、信息反馈、大客户营销四部分") == [
        "基础工作(大客户资料、市场信息的收集)", "大客户服务和维护", "信息反馈", "大客户营销"]  # fmt: skip


def test_parse_notes():
    focus, reqs, other = parse_notes("侧重对公业务; 要求 CFA 优先; 周末需值班")
    assert "对公" in focus and "授信" in focus
    assert reqs == ["CFA 优先"]
    assert other == ["周末需值班"]


def test_docx_reads_back_with_the_template_headings(drafts, tmp_path):
    import docx

    for role, draft in drafts.items():
        path = jd_to_docx(draft, tmp_path / f"{role}.docx")
        document = docx.Document(str(path))
        headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
        assert headings == list(JD_SECTIONS)
        assert document.paragraphs[0].text == f"岗位说明书:{role}"
        basic = document.tables[0]
        assert [row.cells[0].text for row in basic.rows][:3] == ["岗位名称", "所属部门", "直属上级"]
        # Like the Markdown version, the document says which corpus posts it draws on.
        referenced = {row.cells[0].text: row.cells[1].text for row in basic.rows}.get("参考的语料岗位", "")
        assert referenced == "、".join(draft.matched_roles[:6]) and referenced
        numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
        assert len(numbered) >= len(draft.duties)
        body = "\n".join(p.text for p in document.paragraphs)
        assert "[1]" in body and re.search(r"\[1\] \S+\.txt 第 \d+", body)


def test_draft_citations_property_matches_render(drafts):
    draft = drafts["客户经理"]
    assert [c.model_dump() for c in draft.citations] == [c.model_dump() for c in render_jd_markdown(draft).citations]


def test_jd_item_model_defaults():
    item = JdItem(text="x")
    assert not item.generalised and not item.placeholder and item.citations == []
