"""Structure from any layout: no invented roles, repeated furniture, tables in text, the report."""

from __future__ import annotations

from pathlib import Path

from assistant.config import Settings
from assistant.ingest.pipeline import ingest_records, process_file
from assistant.ingest.records import RecordStore
from assistant.ingest.report import corpus_summary

POLICY = """员工考勤管理制度
第一章 总则
第一条 为规范公司考勤管理,维护正常的工作秩序,特制定本制度。
第二条 本制度适用于公司全体员工。
第二章 工作时间
第三条 公司实行每周五天工作制,每天工作八小时。
第四条 各部门负责人负责本部门员工的考勤管理。
第三章 请假管理
一、请假流程
1、员工请假须提前填写请假单;
2、经部门负责人审批后交人力资源部备案。
二、管理职责
人力资源部负责考勤数据的汇总与核对。
三、安全管理
1、定期检查消防设施;
2、做好防火防盗工作。
第四章 附则
第五条 本制度由人力资源部负责解释。
"""


def _ingest(corpus: Path, home: Path):  # type: ignore[no-untyped-def]
    settings = Settings(home=home, corpus_dir=corpus)
    store = RecordStore(settings.records_dir)
    result, records = ingest_records([corpus], settings, store)
    return settings, store, result, records


def test_policy_text_yields_no_profiles(tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(POLICY, encoding="utf-8")
    rec = process_file(path, tmp_path, Settings(home=tmp_path / "h"))
    assert rec.profiles == []
    assert rec.articles and rec.chunks


def test_unusual_role_endings_are_roles_when_duties_follow(tmp_path: Path) -> None:
    path = tmp_path / "kitchen.md"
    path.write_text(
        "# 餐饮部岗位说明\n\n## 厨师长\n\n### 岗位职责\n\n1. 负责厨房日常管理;\n2. 制定菜单。\n\n"
        "## 保安班长\n\n岗位职责:\n\n- 安排班组巡逻;\n- 检查门岗记录。\n\n"
        "## 文案策划（2名）\n\n工作内容:\n1、撰写推广文案;\n\n"
        "## 面点主理\n\n工作职责:\n1、制作面点;\n2、控制原料损耗。\n",
        encoding="utf-8",
    )
    rec = process_file(path, tmp_path, Settings(home=tmp_path / "h"))
    titles = {p.title: p for p in rec.profiles}
    assert set(titles) == {"厨师长", "保安班长", "文案策划", "面点主理"}
    assert titles["文案策划"].aliases == ["文案策划(2名)"]
    assert [d.text for d in titles["面点主理"].duties] == ["1、制作面点;", "2、控制原料损耗。"]


def test_markdown_job_list_table_gives_one_profile_per_row(tmp_path: Path) -> None:
    path = tmp_path / "jobs.md"
    path.write_text(
        "| 职位名称 | 部门 | 工作地点 | 岗位职责 | 任职要求 |\n|---|---|---|---|---|\n"
        "| HRBP | 人力资源部 | 上海 | 1、对接业务部门<br>2、推动组织发展 | 本科以上 |\n"
        "| 仓储主管 | 物流部 | 苏州 | 1、管理仓库团队 | 5年以上仓储经验 |\n",
        encoding="utf-8",
    )
    rec = process_file(path, tmp_path, Settings(home=tmp_path / "h"))
    by_title = {p.title: p for p in rec.profiles}
    assert set(by_title) == {"HRBP", "仓储主管"}
    hrbp = by_title["HRBP"]
    assert (hrbp.department, hrbp.location) == ("人力资源部", "上海")
    assert [d.text for d in hrbp.duties] == ["1、对接业务部门", "2、推动组织发展"]
    assert hrbp.qualifications[0].text == "本科以上" and hrbp.duties[0].span.line_start == 3


def test_footer_repeated_across_documents_is_removed_deterministically(tmp_path: Path) -> None:
    footer = "本页由杭州某人才服务中心整理发布 联系电话 0571-88886666"
    bodies = {
        "a.txt": "收银员岗位职责\n1、负责收银;\n2、负责对账。\n",
        "b.txt": "理货员岗位职责\n1、负责理货;\n2、负责补货。\n",
        "c.txt": "店长岗位职责\n1、负责门店运营;\n2、负责排班。\n",
    }
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        (corpus / name).write_text(bodies[name] + footer + "\n", encoding="utf-8")
    settings, store, _, records = _ingest(corpus, tmp_path / "home")
    assert all(rec.removed_lines == 0 for rec in records.values())  # two documents are not yet a pattern
    store.save_all(records)
    (corpus / "c.txt").write_text(bodies["c.txt"] + footer + "\n", encoding="utf-8")
    result, records = ingest_records([corpus], settings, store)
    assert result.added == ["c.txt"] and sorted(result.updated) == ["a.txt", "b.txt"]
    assert all(rec.removed_lines == 1 for rec in records.values())
    assert not any("人才服务中心" in c.text for rec in records.values() for c in rec.chunks)
    store.save_all(records)
    incremental = {p.name: p.read_bytes() for p in settings.records_dir.glob("*.jsonl")}
    fresh_settings, fresh_store, _, fresh = _ingest(corpus, tmp_path / "fresh")
    fresh_store.save_all(fresh)
    assert {p.name: p.read_bytes() for p in fresh_settings.records_dir.glob("*.jsonl")} == incremental
    again, _ = ingest_records([corpus], settings, store)
    assert not again.changed and sorted(again.unchanged) == ["a.txt", "b.txt", "c.txt"]


def _pdf_pages(path: Path, pages: list[list[str]]) -> None:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject(
        {NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
         NameObject("/BaseFont"): NameObject("/Helvetica")}
    ))
    for lines in pages:
        page = writer.add_blank_page(width=300, height=300)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        ops = "".join(f"BT /F1 10 Tf 20 {280 - 30 * i} Td ({text}) Tj ET\n" for i, text in enumerate(lines))
        stream = DecodedStreamObject()
        stream.set_data(ops.encode())
        page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as fh:
        writer.write(fh)


def test_pdf_running_headers_and_page_numbers_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "handbook.pdf"
    bodies = ["Leave requests go to the team lead.", "Overtime needs written approval.", "Expenses are paid monthly."]
    _pdf_pages(path, [["ACME Staff Handbook 2024", body, f"Page {n} of 3"] for n, body in enumerate(bodies, start=1)])
    rec = process_file(path, tmp_path, Settings(home=tmp_path / "h"))
    text = "\n".join(c.text for c in rec.chunks)
    assert "Overtime needs written approval." in text
    assert "ACME Staff Handbook" not in text and "Page 2 of 3" not in text
    assert rec.removed_lines == 6


def test_report_lists_profiles_and_indicators(tmp_path: Path) -> None:
    path = tmp_path / "kpi.md"
    path.write_text(
        "# 客服主管绩效考核表\n\n| 维度 | 指标名称 | 权重 |\n|---|---|---|\n| 客户类(40%) | 客户满意度 | 40% |\n"
        "| 内部流程类 | 投诉处理及时率 | 60% |\n| 合计 | | 100% |\n",
        encoding="utf-8",
    )
    corpus = tmp_path
    _, _, _, records = _ingest(corpus, tmp_path / "home")
    text = corpus_summary(records)
    assert "客户满意度 维度 客户类 权重 40% 归属 客服主管" in text
    assert "投诉处理及时率" in text and "合计" not in text.split("共")[0].split("kpi.md")[1]
    assert "共 1 个文件" in text


def test_every_section_of_a_post_carries_its_heading_and_article_title(tmp_path: Path) -> None:
    # The post's heading names its unit; only its first section quotes that line, so every
    # section's context must carry it, and a file of several articles adds the article's title.
    path = tmp_path / "posts.txt"
    path.write_text(
        "岗位职责汇编\n\n"
        "第1篇:信息技术部岗位说明\n\n"
        "信息技术部【系统管理员】\n\n"
        "任职要求:\n\n1、计算机相关专业本科及以上学历;\n\n2、两年以上运维经验。\n\n"
        "岗位职责:\n\n1、负责服务器的日常巡检与维护;\n\n2、负责数据备份与恢复演练。\n\n"
        "第2篇:门店运营手册\n\n"
        "门店每日开店前须完成卫生检查和设备检查。\n\n门店闭店后须完成盘点和交接。\n",
        encoding="utf-8",
    )
    rec = process_file(path, tmp_path, Settings(home=tmp_path / "h"))
    by_first_line = {c.text.splitlines()[0]: c for c in rec.chunks}
    duties = next(c for c in rec.chunks if "巡检" in c.text)
    assert "信息技术部【系统管理员】" in duties.context and "岗位职责" in duties.context
    assert "信息技术部【系统管理员】" not in duties.text  # the context is never quoted
    shop = next(c for c in rec.chunks if "盘点" in c.text)
    assert "门店运营手册" in shop.context, by_first_line.keys()


def test_title_naming_two_posts_gives_the_first_list_to_the_first_post(tmp_path: Path) -> None:
    # "出纳与会计岗位职责": the bare list under it is the first post's when the body heads the
    # second post's list itself; without such a heading the list is both posts' and nobody's own.
    path = tmp_path / "finance.txt"
    path.write_text(
        "财务岗位职责汇编\n\n"
        "第1篇:出纳与会计岗位职责\n\n"
        "1、负责现金收付和银行结算业务;\n\n2、登记现金日记账和银行存款日记账;\n\n3、保管库存现金和有价证券。\n\n"
        "第二节 会计岗位职责\n\n1、负责审核原始凭证并编制记账凭证;\n\n2、按月编制财务报表。\n\n"
        "第2篇:收银与理货岗位职责\n\n"
        "1、按时到岗,服从门店安排;\n\n2、保持工作区域整洁。\n",
        encoding="utf-8",
    )
    rec = process_file(path, tmp_path, Settings(home=tmp_path / "h"))
    duties = {p.title: [d.text for d in p.duties] for p in rec.profiles}
    assert any("现金收付" in d for d in duties.get("出纳", [])), duties
    assert not any("审核原始凭证" in d for d in duties.get("出纳", []))
    assert any("审核原始凭证" in d for d in duties.get("会计", [])), duties
    assert "收银" not in duties and "理货" not in duties, duties
