"""Answers on the real corpora: one role, one source, cited; honest refusals; follow-ups; escaping."""

from __future__ import annotations

import re

import pytest

from assistant.text import unescape_md

pytestmark = pytest.mark.slow


def _ask(services, *questions):
    conv = services.chat.new_conversation()
    return [services.chat.ask(q, conv) for q in questions]


def _files(answer) -> set[str]:
    return {c.file for c in answer.citations}


def _indexed(settings_factory, tmp_path, corpus):
    """Services over a corpus written by the test, indexed (vectors from the shared cache)."""
    from assistant.services import Services

    services = Services(settings_factory(tmp_path / "home", corpus))
    services.corpus.ensure_index()
    return services


def test_a_role_list_comes_from_one_source(extra_services) -> None:
    (a,) = _ask(extra_services, "车辆调度员每天要做什么?")
    assert not a.refused and a.role == "车辆调度员"
    assert _files(a) == {"cx02_车辆调度员岗位说明书.docx"}
    assert "合理调配" in unescape_md(a.text)
    # numbered items restart for every source: never one list across documents
    numbers = [int(n) for n in re.findall(r"(?m)^(\d+)\. ", a.text)]
    assert numbers == list(range(1, len(numbers) + 1))


def test_attribute_questions_answer_from_profile_fields(extra_services) -> None:
    boss, education = _ask(extra_services, "车辆调度员的直属上级是谁?", "需要什么学历?")
    assert "车辆租赁中心主任" in unescape_md(boss.text) and boss.attribute == "reports_to"
    assert "高中及以上" in unescape_md(education.text) and education.role == "车辆调度员"
    assert all(c.file.startswith("cx02") for c in boss.citations + education.citations)
    # a spreadsheet row is cited as sheet + row
    (kpi,) = _ask(extra_services, "招聘费用预算达成率怎么算?")
    assert "(实际发生费用/计划费用)" in unescape_md(kpi.text)
    assert kpi.citations and "工作表" in (kpi.citations[0].location or "")


def test_kpi_sheet_rows_with_stated_dimensions(extra_services) -> None:
    (a,) = _ask(extra_services, "人力资源部的KPI有哪些?")
    text = unescape_md(a.text)
    for name in ("部门费用预算达成率", "员工满意度", "人员编制控制率"):
        assert name in text
    assert "财务类" in text and "客户类" in text


def test_role_the_documents_lack_is_refused_with_what_is_there(extra_services, shipped_services) -> None:
    (a,) = _ask(extra_services, "厨师长的岗位职责是什么?")
    assert a.refused and not a.citations and "厨师长" in a.text
    (b,) = _ask(shipped_services, "护士需要什么证书?")
    assert b.refused and not b.citations


def test_out_of_scope_and_smalltalk_are_refused(shipped_services) -> None:
    for q in ("明天北京天气怎么样, 会下雨吗?", "你好", "帮我写一段快速排序的代码"):
        (a,) = _ask(shipped_services, q)
        assert a.refused and not a.citations, q


def test_followups_resolve_against_the_last_turn(shipped_services) -> None:
    first, second, third = _ask(shipped_services, "大客户经理主要干什么?", "那任职要求呢?", "第二条展开说说")
    assert first.role == second.role == "大客户经理"
    assert second.intent.value == "qualification" and "本科" in unescape_md(second.text)
    # expanding returns more than the item itself
    assert third.citations and len(unescape_md(third.text)) > len(second.items[1].text) + 10


def test_narrower_post_is_labelled_not_silently_swapped(shipped_services) -> None:
    (a,) = _ask(shipped_services, "对公客户经理每天要做什么?")
    assert not a.refused
    assert "对公客户经理" in unescape_md(a.text)  # says what it answers about
    assert "网格" not in unescape_md(a.text)  # not the telecom grid manager's duties


def test_every_citation_quotes_its_cited_lines(shipped_services, extra_services) -> None:
    from assistant.ingest.clean import normalize_line
    from assistant.ingest.loaders import load_file

    questions = {
        shipped_services: ["人力资源专员的岗位职责", "快递业务员做哪些事?", "分析师要什么学历", "什么是平衡计分卡?",
                           "KPI的权重怎么分配?", "网络管理员需要哪些技能"],
        extra_services: ["出纳需要什么经验?", "前端开发工程师需要什么技能", "酒店前台上班时间", "导购需要什么条件",
                         "财务部内控与财务分析的KPI有哪些", "行政主管的工作概述"],
    }  # fmt: skip
    for services, qs in questions.items():
        settings = services.settings
        for q in qs:
            (a,) = _ask(services, q)
            for c in a.citations:
                lines = load_file(settings.corpus_dir / c.file, settings.corpus_dir, settings).lines
                cited = [normalize_line(x) for x in lines[c.line_start - 1 : c.line_end]]
                assert any(c.quote in line for line in cited), (q, c)


def test_corpus_text_is_escaped_in_answers(tmp_path, settings_factory) -> None:
    from assistant.services import Services

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "xss.txt").write_text(
        "仓库管理员岗位职责\n1、负责<script>alert(1)</script>物料入库登记;\n2、负责<img src=x onerror=alert(1)>盘点;\n", "utf-8"
    )
    services = Services(settings_factory(tmp_path / "home", corpus))
    services.corpus.ingest()
    (a,) = _ask(services, "仓库管理员的岗位职责")
    assert not a.refused
    assert "<script>" not in a.text and "<img" not in a.text
    assert "<script>" in unescape_md(a.text)  # the text is kept, only escaped


def test_followups_keep_the_role_across_turns_of_every_kind(extra_services) -> None:
    """Pronouns and bare KPI / JD requests refer to the role last discussed; "还有吗" after an
    expanded item does not repeat the list; a role without a KPI sheet gets no other department's."""
    boss, kpi, jd = _ask(extra_services, "行政主管的直接上级是谁?", "考核指标有哪些?", "帮他写一份岗位说明书")
    assert "行政经理" in boss.text
    assert kpi.role and kpi.role.startswith("行政主管") and not {"cx04_部门KPI指标库.xlsx"} & _files(kpi)
    assert jd.tool == "jd" and jd.role.startswith("行政主管")
    first, expanded, more = _ask(extra_services, "车辆调度员是做什么的?", "第二条展开说说", "还有吗?")
    # (its list under the headings of its parts, "职责:人员车辆的调配使用" over 1.…客户有车需求… 2.车辆值班安排)
    assert "车辆值班安排" in unescape_md(expanded.text) and "车辆值班安排" in unescape_md(first.text), expanded.text
    # nothing further: a "no" that cites the list, without repeating it
    assert more.refused and "全部内容" in more.text and more.citations and not more.items


def test_not_stated_attributes_name_only_readable_fields(extra_services) -> None:
    _, missing = _ask(extra_services, "行政主管的直接上级是谁?", "他有哪些下属?")
    assert missing.refused and "没有写明" in missing.text
    assert not re.search(r"[a-z]+_[a-z]+", missing.text)  # no internal field keys such as time_share


def test_generic_words_after_a_title_and_titles_that_name_an_attribute(extra_services) -> None:
    (a,) = _ask(extra_services, "教务人员需要具备哪些素质?")
    assert a.role == "教务" and "仅供参考" not in a.text  # 人员 after a title is the same post
    (pay,) = _ask(extra_services, "薪资核算专员的工资多少?")
    assert pay.refused and "没有写明薪资" in pay.text  # its 薪酬核算经验 item is not its pay


def test_the_chat_routes_a_judge_this_indicator_request_to_the_smart_check(extra_services) -> None:
    (a,) = _ask(extra_services, "提高客户满意度这个指标合理吗?")
    assert a.tool == "smart" and "SMART" in a.text and "改写建议" in a.text


def test_which_posts_are_there_lists_the_inventory_with_citations(extra_services) -> None:
    (a,) = _ask(extra_services, "现在有哪些岗位在招人?")
    assert not a.refused and "车辆调度员" in a.text and "导购" in a.text
    assert len(a.items) >= 30 and all(item.citations for item in a.items)


def test_a_title_without_the_asked_material_is_answered_from_its_longer_titles(settings_factory, tmp_path) -> None:
    """店长 has only KPI rows, 门店店长 a job card; 护士 is only named, 门诊护士 described."""
    import openpyxl

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["部门", "岗位", "考核维度", "指标名称", "权重"])
    ws.append(["门店", "店长", "财务类", "营业额达成率", "60%"])
    ws.append(["门店", "店长", "客户类", "顾客满意度", "40%"])
    wb.save(corpus / "kpi.xlsx")
    (corpus / "join.md").write_text(
        "# 加入我们\n\n## 门店店长\n\n- 工作地点：各门店\n\n### 岗位职责\n\n1. 负责门店日常运营；\n2. 负责排班与培训。\n\n"
        "## 门诊护士\n\n- 直接上级：护士长\n\n### 岗位要求\n\n1. 持有护士执业证书；\n2. 大专及以上学历。\n",
        encoding="utf-8",
    )
    services = _indexed(settings_factory, tmp_path, corpus)
    (duties,) = _ask(services, "店长的职责有哪些")
    assert duties.role == "门店店长" and "负责门店日常运营" in duties.text and "门店店长" in duties.text
    (cert,) = _ask(services, "当护士需要什么证书?")
    assert not cert.refused and "护士执业证书" in cert.text and "门诊护士" in cert.text
    (kpi,) = _ask(services, "店长的KPI有哪些")
    assert "营业额达成率" in kpi.text and "60" in kpi.text


def test_reporting_lines_stated_in_prose_answer_attribute_questions(settings_factory, tmp_path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "岗位.md").write_text(
        "# 门店岗位\n\n## 领班\n\n### 岗位职责\n\n1. 带领服务员完成楼面接待；\n2. 检查餐前准备。\n\n"
        "## 传菜员\n\n### 岗位职责\n\n1. 按单传菜；\n2. 回收餐具。\n",
        encoding="utf-8",
    )
    (corpus / "架构.txt").write_text(
        "门店组织架构说明\n门店设领班若干名，领班向门店经理汇报；传菜员向领班汇报，服务员向领班汇报。\n", encoding="utf-8"
    )
    services = _indexed(settings_factory, tmp_path, corpus)
    (boss,) = _ask(services, "领班的汇报对象是谁?")
    assert not boss.refused and "门店经理" in boss.text and boss.citations[0].file == "架构.txt"
    (team,) = _ask(services, "领班手下有哪些人?")
    assert not team.refused and "传菜员向领班汇报" in unescape_md(team.text)


def test_an_indicator_named_without_kpi_words_is_answered_from_its_row(settings_factory, tmp_path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kpi.md").write_text(
        "# 指标\n\n## 课程顾问月度KPI\n\n| 指标名称 | 计算公式 | 目标值 | 权重 | 数据来源 |\n|---|---|---|---|---|\n"
        "| 续费率 | 续费人数/到期人数×100% | ≥70% | 40% | 财务系统 |\n| 新签合同数 | 当月新签合同份数 | ≥15份 | 60% | CRM系统 |\n",
        encoding="utf-8",
    )
    services = _indexed(settings_factory, tmp_path, corpus)
    (target,) = _ask(services, "课程顾问的续费率目标是多少?")
    assert "≥70%" in unescape_md(target.text) and "财务系统" in target.text


def test_kpi_design_takes_one_sheet_of_a_department_and_its_rows_by_weight(settings_factory, tmp_path) -> None:
    import openpyxl

    from assistant.tools.kpi_design import KpiRequest

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, rows in (("甲公司.xlsx", [("预算达成率", "30%"), ("报表及时率", "25%"), ("账实相符率", "20%"), ("资金计划准确率", "15%"),
                                        ("档案完好率", "10%")]),
                       ("乙公司.xlsx", [("融资成本率", "50%"), ("税务合规率", "50%")])):  # fmt: skip
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["部门", "考核维度", "指标名称", "权重"])
        for indicator, weight in rows:
            ws.append(["财务部", "内部流程类", indicator, weight])
        wb.save(corpus / name)
    services = _indexed(settings_factory, tmp_path, corpus)
    design = services.tools.design_kpis(KpiRequest(role="财务部", count=4, dimensions_required=False))
    assert [k.name for k in design.indicators] == ["预算达成率", "报表及时率", "账实相符率", "资金计划准确率"]
    assert "融资成本率" not in design.model_dump_json()  # the other company's sheet is only a fallback


def test_short_followups_and_facts_stated_without_labels(settings_factory, tmp_path) -> None:
    """A post table of a clinic: short follow-ups without 呢 or a pronoun stay on the post, a
    question of its own ("要值夜班吗?") is answered from the post's own lines or said to be
    missing, a label word used as a verb (编制) is no headcount, a team size stated in a duty
    answers "管多少人", and "直接下级：无" is an answer, not a gap."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "岗位表.txt").write_text(
        "康泰诊所 岗位一览\n\n岗位\t汇报对象\t直接下级\t主要职责\t任职要求\t工作地点\n"
        "护士长\t院长\t—\t负责排班与护理质量检查；编制年度培训计划；带领护理团队约15人；每月值夜班4次\t"
        "护理本科及以上学历；5年以上临床护理经验；持有护士执业证书\t杭州市西湖区\n"
        "收费员\t财务主管\t无\t负责门诊挂号与收费；每日对账并上交现金\t中专及以上学历；熟悉医保结算\t杭州市西湖区\n",
        encoding="utf-8",
    )
    services = _indexed(settings_factory, tmp_path, corpus)
    duties, experience, place, boss, night, parking, team = _ask(
        services, "护士长做什么?", "工作经验要求", "在哪上班", "汇报给谁", "要值夜班吗", "有停车位吗", "管多少人")
    assert duties.role == "护士长" and not duties.refused
    assert experience.role == "护士长" and "5年以上临床护理经验" in unescape_md(experience.text)
    assert place.role == "护士长" and "西湖区" in place.text
    assert boss.role == "护士长" and "院长" in boss.text
    assert night.role == "护士长" and not night.refused and "值夜班" in unescape_md(night.text)
    assert parking.role == "护士长" and parking.refused and "没有写明" in parking.text  # not another post's line
    assert team.role == "护士长" and "约15人" in unescape_md(team.text) and "编制年度培训计划" not in unescape_md(team.text)
    (none,) = _ask(services, "收费员有下属吗?")
    assert not none.refused and "：无" in unescape_md(none.text)
    # a general question in between does not cut the thread: the next short question is about the post
    _, _, education = _ask(services, "收费员负责什么?", "今天天气怎么样", "学历要求")
    assert education.role == "收费员" and "中专及以上学历" in unescape_md(education.text)
    # "那X呢" after a refused question repeats that question (its attribute) for X
    refused, switched = _ask(services, "宇航员需要什么学历?", "那收费员呢")
    assert refused.refused and switched.role == "收费员" and "中专及以上学历" in unescape_md(switched.text)


def test_kpi_table_questions_and_titles_that_begin_with_a_verb_word(extra_services) -> None:
    """"绩效" in a question is not a row filter (a row named "绩效、薪资管理完成率" stays one of
    sixteen); "哪个权重最高" names the top row; "招聘专员" is part of a title here, not
    招聘 + a bare 专员."""
    table, top = _ask(extra_services, "人事行政部经理的绩效考核指标", "哪个权重最高")
    text = unescape_md(table.text)
    assert "人事行政成本控制" in text and "绩效、薪资管理完成率" in text and len(table.items) >= 10
    assert unescape_md(top.text).startswith("权重最高的是：绩效、薪资管理完成率（15%）")
    (recruiter,) = _ask(extra_services, "招聘专员做什么?")
    assert "招聘专员" in (recruiter.role or "") and "招聘" in unescape_md(recruiter.text)


def test_a_fact_of_no_named_post_asks_which_post_or_is_refused(extra_services) -> None:
    """"直属上级是谁?" at the start of a conversation is about no post: another post's field
    ("直属上级 行政经理") would be a wrong fact with a citation."""
    (which,) = _ask(extra_services, "直属上级是谁?")
    assert which.refused and "请问是哪个岗位的直属上级" in which.text and not which.citations
    (unknown,) = _ask(extra_services, "receptionist的直属上级")
    assert unknown.refused and not unknown.citations


def test_another_organisations_posting_of_the_post_is_found_by_its_name(extra_services) -> None:
    """"美团那个呢?" after 前端开发工程师: 美团's posting calls the post 前端工程师; the next
    question ("在哪个城市?") stays on the posting just shown."""
    first, meituan, city = _ask(extra_services, "前端开发工程师有什么要求", "美团那个呢", "在哪个城市")
    assert first.role == "前端开发工程师"
    assert meituan.role == "前端工程师" and "美团" in meituan.text and not meituan.refused
    assert city.role == "前端工程师" and "成都" in city.text


def test_org_chart_prose_and_a_department_sheet_answer_for_their_posts(settings_factory, tmp_path) -> None:
    """A post described elsewhere gets its reporting line from an organisation chart's prose; a
    post only the chart names is answered from it too; a post with no KPI sheet of its own gets
    its department's sheet ("顺达仓储 仓储中心绩效考核表"), said so."""
    import docx

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "岗位一览.md").write_text(
        "# 顺达仓储岗位一览\n\n## 理货员\n\n- 所属部门：仓储中心\n\n### 岗位职责\n\n1. 按单拣货、复核；\n2. 整理库位。\n\n"
        "### 任职要求\n\n1. 高中及以上学历；\n2. 能适应倒班。\n",
        encoding="utf-8",
    )
    (corpus / "组织架构.txt").write_text(
        "顺达仓储组织架构说明\n理货员隶属仓储中心，向仓储主管汇报；仓储主管向运营总监汇报。\n", encoding="utf-8"
    )
    sheet = docx.Document()
    sheet.add_paragraph("顺达仓储 仓储中心绩效考核表")
    table = sheet.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("考核指标", "权重", "计算方法"), ("拣货准确率", "60%", "准确单数/总单数×100%"),
                                       ("库存盘点差异率", "40%", "差异数/盘点数×100%")]):  # fmt: skip
        for cell, text in zip(row.cells, cells):
            cell.text = text
    sheet.save(corpus / "仓储中心考核表.docx")
    services = _indexed(settings_factory, tmp_path, corpus)
    _, boss, kpi = _ask(services, "理货员做什么?", "他的直属上级", "考核什么")
    assert not boss.refused and "仓储主管" in boss.text and boss.citations[0].file == "组织架构.txt"
    assert not kpi.refused and "仓储中心" in kpi.text and "拣货准确率" in kpi.text and "单独的考核指标" in kpi.text
    (chart_only,) = _ask(services, "仓储主管向谁汇报?")
    assert not chart_only.refused and "运营总监" in chart_only.text


def test_job_cards_of_one_post_at_several_sites(settings_factory, tmp_path) -> None:
    """A careers page lists the same post for three sites, each card with an unlabelled place and
    pay line: three postings, each with its pay; "武汉的呢?" and "成都那边有什么要求?" pick the
    site's posting and keep the question."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    cards = [("江苏苏州·园区店", "5000-6000元/月", "有收银经验，能适应早晚班。"),
             ("湖北武汉·光谷店", "4500-5500元/月", "高中及以上学历，普通话标准。"),
             ("四川成都·春熙店", "4200-5200元/月", "能适应周末上班，有冷饮制作经验优先。")]  # fmt: skip
    items = "\n".join(f"<li><h3>店员</h3><span>{p}</span><span>{pay}</span><p>要求：{req}</p></li>" for p, pay, req in cards)
    (corpus / "careers.html").write_text(
        f"<html><head><title>加入我们</title></head><body><h1>热招岗位</h1><ul>{items}</ul></body></html>", encoding="utf-8"
    )
    services = _indexed(settings_factory, tmp_path, corpus)
    pay, wuhan, chengdu = _ask(services, "店员工资多少", "武汉的呢", "成都那边有什么要求")
    # no site asked: every posting's pay, each cited
    assert all(p in unescape_md(pay.text) for _, p, _ in cards) and len(pay.citations) == 3
    assert wuhan.attribute == "pay" and "4500-5500元/月" in unescape_md(wuhan.text) and "5000-6000" not in wuhan.text
    assert "冷饮制作" in unescape_md(chengdu.text) and "收银经验" not in unescape_md(chengdu.text)
    (store,) = _ask(services, "光谷店店员多少钱")  # the store in front of the title picks its posting
    assert "4500-5500元/月" in unescape_md(store.text) and "5000-6000" not in store.text and not store.caveat
    _, own_words = _ask(services, "成都的店员有什么要求", "一定要会做冷饮吗")  # the post's own words: still about it
    assert own_words.role == "店员" and not own_words.refused


def test_postings_titled_with_their_site_in_brackets(settings_factory, tmp_path) -> None:
    """"个险营业部经理（南京）" and "（苏州）" are one post at two sites: with no site asked, both
    pays; "苏州的呢" moves to that posting and keeps the question."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    cards = [("南京", "15-25K·14薪", "5年以上寿险个险渠道经验"), ("苏州", "13-20K·14薪", "3年以上寿险团队管理经验")]
    body = "".join(f"<h3>个险营业部经理（{site}）</h3><p>薪资：{pay}</p><p>任职要求：</p><ol><li>{req}；</li>"
                   "<li>持有保险代理从业人员执业登记。</li></ol><p>岗位职责：</p><ol><li>带领营业部团队完成保费目标；</li>"
                   "<li>组织早会与业务培训。</li></ol>" for site, pay, req in cards)  # fmt: skip
    (corpus / "careers.html").write_text(f"<html><body><h1>社会招聘</h1>{body}</body></html>", encoding="utf-8")
    services = _indexed(settings_factory, tmp_path, corpus)
    both, suzhou = _ask(services, "个险营业部经理工资多少", "苏州的呢")
    assert "15-25K" in unescape_md(both.text) and "13-20K" in unescape_md(both.text), both.text
    assert suzhou.role == "个险营业部经理(苏州)" and "13-20K" in unescape_md(suzhou.text) and "15-25K" not in suzhou.text


def test_a_post_listed_as_anothers_subordinate_has_no_subordinates_from_that_line(settings_factory, tmp_path) -> None:
    """"下属岗位：服务顾问、车间主管、备件管理员" is the manager's line: asked who 服务顾问 manages, the
    answer is that the documents do not say (备件管理员 there is no 管理 of anyone); asked whom
    备件管理员 reports to, that line answers (read the other way)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "售后服务经理.txt").write_text(
        "售后服务经理岗位说明书\n岗位名称：售后服务经理\n下属岗位：服务顾问、车间主管、备件管理员、索赔员\n"
        "岗位职责：\n1. 全面负责售后服务部的经营管理；\n2. 处理升级投诉。\n", encoding="utf-8")  # fmt: skip
    (corpus / "服务顾问.txt").write_text(
        "服务顾问岗位说明书\n岗位名称：服务顾问\n直属上级：售后服务经理\n岗位职责：\n1. 接待维修保养客户；\n"
        "2. 开具维修工单并跟进进度。\n", encoding="utf-8")  # fmt: skip
    (corpus / "备件管理员.txt").write_text(
        "备件管理员岗位说明书\n岗位名称：备件管理员\n岗位职责：\n1. 负责配件的出入库登记；\n2. 定期盘点备件库存。\n",
        encoding="utf-8")  # fmt: skip
    services = _indexed(settings_factory, tmp_path, corpus)
    _, subs = _ask(services, "服务顾问做什么", "他要管几个人")
    assert subs.refused and "车间主管" not in subs.text, subs.text
    # the same line read the other way: the manager whose 下属岗位 names 备件管理员 is its superior
    _, boss = _ask(services, "备件管理员做什么", "他的上级是谁")
    assert not boss.refused and "售后服务经理" in boss.text and boss.citations[0].file == "售后服务经理.txt"


def test_a_department_sheet_asked_by_a_short_name_dimension_and_item(settings_factory, tmp_path) -> None:
    """"质量部" names 宜春基地质量部's sheet; "那财务维度呢?" lists that dimension's rows and says
    whose total it gives; "第二个指标怎么算?" is row 2; "MTTR目标值多少" names 平均故障修复时间MTTR."""
    import openpyxl

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "质量部KPI"
    ws.append(["宜春基地质量部2025年度KPI指标库"])
    ws.append(["考核维度", "KPI名称", "计算口径", "权重（%）"])
    for row in [("财务维度", "质量损失率", "质量损失金额÷销售收入×100%", 30), ("财务维度", "质量改进节约金额", "结项节约金额合计", 20),
                ("客户维度", "客户投诉次数", "客户书面投诉次数", 30), ("内部运营维度", "平均故障修复时间MTTR", "≤45分钟，每超5分钟扣2分", 20)]:  # fmt: skip
        ws.append(list(row))
    wb.save(corpus / "KPI指标库.xlsx")
    services = _indexed(settings_factory, tmp_path, corpus)
    listed, finance, second = _ask(services, "质量部的KPI有哪些,权重各多少?", "那财务维度呢?", "第二个指标怎么算?")
    assert listed.role == "宜春基地质量部" and all(n in listed.text for n in ("质量损失率", "客户投诉次数"))
    assert "客户投诉次数" not in finance.text and "质量改进节约金额" in finance.text and "原表共" in finance.text
    assert "结项节约金额合计" in second.text, second.text
    (mttr,) = _ask(services, "MTTR目标值多少,超了怎么扣分?")
    assert not mttr.refused and "每超5分钟扣2分" in unescape_md(mttr.text)


def test_posts_an_organisation_chart_names_keep_the_thread(settings_factory, tmp_path) -> None:
    """"生产主管管哪些人?" is a subordinates question (not the duty cue inside it); the chart's
    sentence answers it; "他向谁汇报?" then stays on the post the chart names."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "架构.txt").write_text(
        "恒达制衣组织架构说明\n车间设生产主管1名。生产主管向厂长汇报，管理裁剪工和缝纫工。\n"
        "质检员向生产主管汇报。\n",
        encoding="utf-8",
    )
    (corpus / "岗位.md").write_text("# 缝纫工\n\n## 岗位职责\n\n1. 按工艺单缝制成衣；\n2. 保持机台整洁。\n", encoding="utf-8")
    services = _indexed(settings_factory, tmp_path, corpus)
    team, boss = _ask(services, "生产主管管哪些人?", "他向谁汇报?")
    assert team.attribute == "subordinates" and "管理裁剪工和缝纫工" in unescape_md(team.text)
    assert not boss.refused and "厂长" in boss.text


def test_more_after_a_cut_list_continues_it_then_says_it_is_all(tmp_path, settings_factory) -> None:
    """A list longer than one answer shows its first items; "还有吗" continues from the next one,
    and once the list is done says so (a "no" that cites the list)."""
    from assistant.services import Services

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    chores = ["巡检冷库温度", "核对入库单据", "安排叉车作业", "整理退货区", "盘点周转箱", "维护货架标识", "登记破损商品",
              "复核出库拣货", "培训新进理货员", "统计库位利用率", "检查消防通道", "跟进供应商到货", "处理异常签收",
              "更新库存台账", "编制周报", "协调运输车辆", "抽检包装质量", "清点托盘数量", "落实垃圾分类", "组织安全晨会"]  # fmt: skip
    body = "".join(f"{i}、负责{chore};\n" for i, chore in enumerate(chores, start=1))
    (corpus / "冷链仓储主管.txt").write_text(f"冷链仓储主管岗位职责\n{body}", "utf-8")
    services = Services(settings_factory(tmp_path / "home", corpus))
    services.corpus.ingest()
    first, rest, done = _ask(services, "冷链仓储主管的岗位职责是什么", "还有吗", "还有吗")
    assert len(first.items) < len(chores) and "还有吗" in first.text
    shown = [item.text for item in first.items + rest.items]
    assert [c for c in chores if not any(c in s for s in shown)] == []  # every duty shown exactly across the two
    assert not any(chores[0] in item.text for item in rest.items)  # the continuation does not start over
    assert done.refused and "全部内容" in done.text and done.citations


def test_a_field_of_a_listed_indicator_is_answered_from_its_row_or_said_missing(settings_factory, tmp_path) -> None:
    """After a KPI list: "第二个指标怎么算" gives that row's fields (not neighbouring rows),
    "第一个的目标值多少" as well, and a field no row states ("权重呢", "目标值是多少") is said to be
    missing before the rows are listed again."""
    import openpyxl

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["部门", "指标名称", "计算方法", "目标值", "考核周期"])
    ws.append(["质检部", "来料检验及时率", "按时完成检验批次/到货批次", "≥98%", "月度"])
    ws.append(["质检部", "客诉退货率", "客诉退货金额/销售金额", None, "季度"])
    ws.append(["质检部", "检验记录完整率", None, None, "月度"])
    wb.save(corpus / "质检KPI.xlsx")
    services = _indexed(settings_factory, tmp_path, corpus)
    listed, how, target, weight, targets = _ask(services, "质检部的考核指标有哪些", "第二个指标怎么算", "第一个的目标值多少",
                                                "权重呢", "目标值是多少")  # fmt: skip
    assert "客诉退货率" in listed.text and "检验记录完整率" in listed.text
    assert "客诉退货金额/销售金额" in how.text and "来料检验及时率" not in how.text
    assert "没有写明它的目标值" in how.text or "目标值" not in how.text  # asked the formula only
    assert "≥98%" in unescape_md(target.text) and "客诉退货率" not in target.text
    assert "没有写明权重" in weight.text and "来料检验及时率" in weight.text and weight.citations
    assert "没有写明" not in targets.text and "≥98%" in unescape_md(targets.text)  # one row states it: shown, not "missing"


def test_another_posting_or_unit_asked_with_ne_keeps_the_question(extra_services) -> None:
    """"京东物流的呢?" after an experience question asks that employer's experience line; an
    employer written before the title is not a narrower post; "直接主管" names the relation."""
    meituan, jd = _ask(extra_services, "美团前端工程师要几年经验?", "京东物流的呢?")
    assert "专门资料" not in meituan.text and "3年及以上" in meituan.text  # "1.3年及以上…" is item 1: 3年
    assert jd.attribute == "experience" and "3-5年" in jd.text
    boss = _ask(extra_services, "行政主管的岗位职责", "他的直接主管是谁")[1]
    assert boss.role and boss.role.startswith("行政主管") and "行政经理" in boss.text


def test_comparisons_last_items_and_several_facts_in_one_question(settings_factory, tmp_path) -> None:
    """"跟X比有什么不同" lists both posts' requirements (each cited from its own file); "最后一条" and
    "倒数第二条" count from the end; "上级是谁, 下面管哪些人" answers both facts."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "净水工.md").write_text(
        "# 净水工岗位说明\n\n- 直接上级：运行班长\n- 直接下级：无\n\n## 岗位职责\n\n1. 巡查沉淀池和滤池；\n2. 记录加药量；\n"
        "3. 清洗滤料；\n4. 完成班长交办的其他工作。\n\n## 任职要求\n\n1. 高中及以上学历；\n2. 持水处理工证书。\n",
        encoding="utf-8",
    )
    (corpus / "泵站运行工.md").write_text(
        "# 泵站运行工岗位说明\n\n## 岗位职责\n\n1. 操作送水泵组；\n2. 抄录电量。\n\n## 任职要求\n\n1. 中专及以上学历；\n"
        "2. 持高压电工作业证；\n3. 2年以上泵站运行经验。\n",
        encoding="utf-8",
    )
    services = _indexed(settings_factory, tmp_path, corpus)
    quals, compared = _ask(services, "净水工要什么条件", "和泵站运行工比有什么不同?")
    assert "水处理工证书" in compared.text and "高压电工作业证" in compared.text
    assert {"净水工.md", "泵站运行工.md"} <= _files(compared) and compared.role == "泵站运行工"
    _, last, second_last = _ask(services, "净水工的岗位职责", "最后一条是什么意思", "倒数第二条呢")
    assert "交办的其他工作" in last.text and "清洗滤料" in second_last.text
    (both,) = _ask(services, "净水工的直接上级是谁,下面管哪些人?")
    assert "运行班长" in both.text and both.intent.value == "attribute"


def test_a_question_that_names_the_company_is_judged_on_its_topic(settings_factory, tmp_path) -> None:
    """The company's name makes every one of its passages look close: the scope decision reads the
    question without it (婚假 with the name scores as 婚假 alone); 年假 (handbook: 年休假) is answered."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "员工手册.md").write_text(
        "# 北岸港务集团有限公司员工手册\n\n## 第一章 总则\n\n1. 本手册适用于北岸港务集团有限公司全体员工。\n\n"
        "## 第二章 休假\n\n1. 职工工作满1年不满10年的，年休假5天。\n2. 年休假应在当年休完。\n\n"
        "## 第三章 试用期\n\n1. 新员工试用期为3个月。\n",
        encoding="utf-8",
    )
    (corpus / "理货员.md").write_text(
        "# 北岸港务集团有限公司理货员岗位说明\n\n## 岗位职责\n\n1. 核对集装箱箱号；\n2. 记录货损。\n", encoding="utf-8"
    )
    services = _indexed(settings_factory, tmp_path, corpus)
    (leave,) = _ask(services, "北岸港务年假一年有几天")
    assert not leave.refused and "5天" in leave.text
    assistant = services.components.assistant()
    named, bare = assistant.scope_features("北岸港务婚假有几天?"), assistant.scope_features("婚假有几天?")
    assert named["dense"] == pytest.approx(bare["dense"]) and named["lexical"] == pytest.approx(bare["lexical"])
    short = assistant.scope_features("北岸婚假有几天?")  # two leading characters of the name, at the start
    assert short["dense"] == pytest.approx(bare["dense"])


def test_facts_in_the_posts_own_sections_and_lists_named_by_kind(settings_factory, tmp_path) -> None:
    """Pay written in a "薪酬与工作时间" paragraph of the post answers "工资多少"; "第二条职责展开"
    after a one-line answer expands the post's duties; a KPI sheet's "水站站长" (unit + post) is
    the profiled 站长 of 水站; "X的考核指标怎么设计" asks for a design."""
    import openpyxl

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "抄表员.md").write_text(
        "# 抄表员\n\n- 直接上级：抄表班长\n\n## 工作职责\n\n1. 按路线抄录水表读数；\n2. 拍照上传表盘；\n3. 发现表具故障及时报修。\n\n"
        "## 薪酬与工作时间\n\n月收入约4500-5500元（基本工资+计件奖），集中抄表期周末出勤。\n",
        encoding="utf-8",
    )
    (corpus / "站长.md").write_text(
        "# 站长\n\n- 所属部门：水站\n- 直接下级：巡检员、化验员\n\n## 岗位职责\n\n1. 组织水站日常运行；\n2. 审核运行记录。\n",
        encoding="utf-8",
    )
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["岗位", "指标名称", "权重"])
    ws.append(["水站站长", "出水合格率", "60%"])
    ws.append(["水站站长", "设备完好率", "40%"])
    wb.save(corpus / "kpi.xlsx")
    services = _indexed(settings_factory, tmp_path, corpus)
    boss, pay, second = _ask(services, "抄表员的上级是谁", "工资多少", "第二条职责展开说说")
    assert not pay.refused and "4500-5500" in pay.text
    assert "拍照上传表盘" in second.text
    (team,) = _ask(services, "水站站长手下有哪些人")
    assert team.role == "站长" and "巡检员" in team.text
    (design,) = _ask(services, "水站站长的考核指标怎么设计比较好?")
    assert design.tool == "kpi_design"


def test_reporting_lines_read_from_an_organisation_chart_drawn_as_text(settings_factory, tmp_path) -> None:
    """"上级 ── 岗位 ── 下级、下级": the link before a post is its superior, the one after it its
    subordinates, for posts with a profile and for posts only the chart names."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "组织架构.txt").write_text(
        "某港务公司组织架构\n\n总经理\n├── 装卸部（部长）\n│   └── 装卸队长 ── 叉车司机、理货员\n└── 调度室（主任）── 调度员\n",
        encoding="utf-8",
    )
    (corpus / "理货员.md").write_text("# 理货员\n\n## 岗位职责\n\n1. 核对集装箱箱号；\n2. 记录货损。\n", encoding="utf-8")
    services = _indexed(settings_factory, tmp_path, corpus)
    (boss,) = _ask(services, "理货员的直接上级是谁")
    assert not boss.refused and "装卸队长" in boss.text and "组织架构.txt" in _files(boss)
    (team,) = _ask(services, "装卸队长管哪些人")
    assert "叉车司机" in team.text and "理货员" in team.text
