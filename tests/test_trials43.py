"""Round 43, written here from scratch for a ski school (the blind testers wrote a pet-hospital chain and a
scenic-area operator): careers postings in a CSS-only accordion (a checkbox's ``<label for>`` titles the panel it
opens, the post's tags in a span beside it); a note above a form's 岗位名称 that mentions struck-out text is the
document's, not a sign that the first post is void; parts restarting at "一、岗位职责" under each post numbered "1．";
a manual's "§2" sections over a one-row fact table; posts numbered as chapters ("第二章 救护员", "第三章 索道安全员"
with a "【…　岗位要点】" box), whose own list headings keep them in their chapter; "岗位职责：略（见《…》）" is no duty;
an export's catch-all column packing "学历=…;经验=…"; pay bounds under a grouped "月薪（元）" header; a running head
("org + document number") and a rule of ■ are no title, and "第二条 本标准自…" after "第一条 X的主要职责" is the next
clause; a duty table's 工作要求 columns (旺季/淡季) are the duty's standard, not the person's requirements; a vet's
short titles (兽医师 is said 兽医, 医师 is said 医生); what the law says answered only from lines citing it; "第一条具体
要求…" after an indicator list expanding that indicator; an HR export's "职责1：…职责5：" entries, however short."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records


def _profiles(corpus: Path, name: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for p in file_records(corpus, name).profiles:
        out.setdefault(p.title, p)
    return out


_ACCORDION = """<html><head><style>.toggle{display:none}.panel{max-height:0}
.toggle:checked + .item-title + .panel{max-height:900px}</style></head><body>
<h1>加入雪峰滑雪学校</h1><p>点击岗位名称查看详情。</p>
<div class="list">
 <div class="job"><input type="checkbox" id="j1" class="toggle">
  <label for="j1" class="item-title">单板教练<span class="meta">教学部 · 万龙雪场 · 9-14K</span></label>
  <div class="panel"><h4>工作内容</h4><ol><li>按课表带领学员完成单板初级课程</li><li>雪季每日检查学员护具佩戴</li>
  <li>记录学员进度并反馈给前台</li></ol>
  <h4>任职要求</h4><ul><li>持CASI二级及以上证书</li><li>2年以上教学经验</li></ul>
  <p>汇报对象：教学主管</p></div></div>
 <div class="job"><input type="checkbox" id="j2" class="toggle">
  <label for="j2" class="item-title">雪具租赁员<span class="meta">运营部 · 万龙雪场 · 5-6K</span></label>
  <div class="panel"><h4>工作内容</h4><ol><li>为顾客登记并发放雪板、雪鞋</li><li>归还时检查雪具损坏情况</li></ol>
  <h4>任职要求</h4><ul><li>高中及以上学历</li><li>能适应户外低温环境</li></ul></div></div>
</div></body></html>"""


def test_careers_postings_in_a_css_accordion(tmp_path: Path) -> None:
    (tmp_path / "careers.html").write_text(_ACCORDION, encoding="utf-8")
    posts = _profiles(tmp_path, "careers.html")
    assert {"单板教练", "雪具租赁员"} <= set(posts), list(posts)
    coach = posts["单板教练"]
    assert len(coach.duties) == 3 and "CASI" in coach.qualifications[0].text, (coach.duties, coach.qualifications)
    assert coach.department == "教学部" and "万龙雪场" in (coach.location or ""), (coach.department, coach.location)
    assert len(posts["雪具租赁员"].duties) == 2


def _form(doc, name: str, boss: str, duties: list[str], quals: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    table = doc.add_table(rows=0, cols=4)
    for label, value, label2, value2 in (("岗位名称", name, "岗位编码", "BW-0" + str(len(name))), ("所属部门", "展陈部", "直接上级", boss)):
        cells = table.add_row().cells
        for cell, text in zip(cells, (label, value, label2, value2)):
            cell.text = text
    cells = table.add_row().cells
    head = cells[0].merge(cells[3])
    head.text = "一、岗位职责"
    for i, duty in enumerate(duties, 1):
        cells = table.add_row().cells
        cells[0].text = str(i)
        cells[1].merge(cells[3]).text = duty
    cells = table.add_row().cells
    cells[0].merge(cells[3]).text = "二、任职资格"
    for label, value in quals:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].merge(cells[3]).text = value


def test_a_note_above_the_first_form_does_not_void_its_post(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("展陈部岗位说明书（2025版）")
    doc.add_paragraph("说明：带〔修订〕标记的内容为2024年修订，删除线文字已失效。")
    _form(doc, "展品保管员", "展陈部主任", ["负责展品入库登记与定期盘点", "监测库房温湿度并每日记录"], [("学历", "本科及以上"), ("专业", "文物保护相关专业")])
    doc.save(str(tmp_path / "forms.docx"))
    posts = _profiles(tmp_path, "forms.docx")
    assert "展品保管员" in posts, list(posts)
    keeper = posts["展品保管员"]
    assert len(keeper.duties) == 2 and keeper.fields["education"].text.endswith("本科及以上"), (keeper.duties, keeper.fields)


_BOOK = """滑雪学校岗位说明书汇编

1．单板教练（岗位编码 XF-01）
所属部门：教学部
直接上级：教学主管
一、岗位职责
1. 按课表带领学员完成单板课程
2. 每日检查学员护具佩戴
二、任职资格
1. 持CASI二级及以上证书
2. 2年以上教学经验

2．雪具租赁员（岗位编码 XF-02）
所属部门：运营部
直接上级：运营主管
一、岗位职责
1. 为顾客登记并发放雪具
2. 归还时检查雪具损坏情况
3. 每周清点库存
二、任职资格
1. 高中及以上学历
2. 能适应户外低温环境
"""


def test_parts_numbered_again_under_each_post(tmp_path: Path) -> None:
    (tmp_path / "book.txt").write_text(_BOOK, encoding="utf-8")
    posts = _profiles(tmp_path, "book.txt")
    assert {"单板教练", "雪具租赁员"} <= set(posts), list(posts)
    rental = posts["雪具租赁员"]
    assert [d.text.endswith(end) for d, end in zip(rental.duties, ("发放雪具", "损坏情况", "每周清点库存"))] == [True] * 3, rental.duties
    assert len(rental.qualifications) == 2, rental.qualifications
    coach = posts["单板教练"]
    assert len(coach.duties) == 2 and len(coach.qualifications) == 2, (coach.duties, coach.qualifications)


def test_a_part_after_a_post_numbered_like_it_still_ends_it(tmp_path: Path) -> None:
    text = ("员工手册\n\n一、单板教练\n所属部门：教学部\n岗位职责：\n1. 按课表带领学员完成单板课程\n2. 每日检查学员护具佩戴\n\n"
            "二、福利待遇\n公司为全体员工缴纳五险一金，雪季提供免费雪票。\n")
    (tmp_path / "handbook.txt").write_text(text, encoding="utf-8")
    coach = _profiles(tmp_path, "handbook.txt")["单板教练"]
    assert len(coach.duties) == 2 and not any("五险一金" in b.text for b in coach.benefits), (coach.duties, coach.benefits)


_MANUAL = """# 雪场运营部工作手册

## §1 部门简介

运营部负责雪道、缆车与雪具租赁。

## §2 雪道巡逻员

| 岗位编码 | 所属部门 | 直接上级 | 工作地点 |
|---|---|---|---|
| XF-YY-03 | 运营部 | 巡逻队长 | 全部雪道 |

### §2.1 岗位职责

1. 每小时巡查一次初级、中级雪道
2. 发现受伤滑雪者立即呼叫救援

### §2.2 任职要求

- 高中及以上学历
- 持滑雪巡逻员证
"""


def test_a_manual_section_numbered_with_the_section_sign(tmp_path: Path) -> None:
    (tmp_path / "manual.md").write_text(_MANUAL, encoding="utf-8")
    patrol = _profiles(tmp_path, "manual.md")["雪道巡逻员"]
    assert len(patrol.duties) == 2 and len(patrol.qualifications) == 2, (patrol.duties, patrol.qualifications)
    assert patrol.reports_to == "巡逻队长" and patrol.department == "运营部", patrol.fields


def test_posts_numbered_as_chapters_with_a_fact_box(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    for line in ("安全部工作手册", "第一章　部门概况", "安全部负责雪场安全。", "第二章　救护员", "救护员驻守山顶救护站。",
                 "救护员的主要职责如下：", "（1）接警后5分钟内出动；", "（2）每日检查担架与AED。",
                 "任职要求：高中及以上学历，持红十字救护员证。", "第三章　索道安全员", "索道安全员负责索道站的安全检查。"):
        doc.add_paragraph(line)
    box = doc.add_table(rows=1, cols=1).rows[0].cells[0]  # the post's facts in a one-cell box
    box.text = "【索道安全员　岗位要点】"
    for line in ("直接上级：索道站长", "学历：中专及以上", "证书：特种设备作业人员证（必备）"):
        box.add_paragraph(line)
    for line in ("索道安全员的工作职责：", "1. 每日开机前检查安全装置；", "2. 大风天气按规定停机。", "第四章　监控员",
                 "监控员岗位职责：略（见《监控中心管理制度》，另行发布）。"):
        doc.add_paragraph(line)
    doc.save(str(tmp_path / "handbook.docx"))
    posts = _profiles(tmp_path, "handbook.docx")
    medic, rope = posts["救护员"], posts["索道安全员"]
    assert len(medic.duties) == 2 and not any("索道" in q.text for q in medic.qualifications), (medic.duties, medic.qualifications)
    assert rope.reports_to == "索道站长" and any("特种设备" in q.text for q in rope.qualifications), (rope.fields, rope.qualifications)
    assert len(rope.duties) == 2, rope.duties
    assert "监控员" not in posts or not posts["监控员"].duties  # "岗位职责：略（见…）" is no duty


def test_an_exports_packed_key_value_column(tmp_path: Path) -> None:
    (tmp_path / "requisitions.csv").write_text(
        "单号,岗位,岗位职责,扩展字段,薪资\n"
        "ZP-1,雪具租赁员,发放雪具；归还时检查损坏,学历=高中及以上;经验=不限;班次=早班，周末必上,4500-5500元/月\n",
        encoding="utf-8")
    rental = _profiles(tmp_path, "requisitions.csv")["雪具租赁员"]
    assert len(rental.duties) == 2 and rental.fields["education"].text.endswith("高中及以上"), (rental.duties, rental.fields)
    assert rental.fields["experience"].text.endswith("不限") and not any("学历" in d.text for d in rental.duties)


def test_pay_bounds_under_a_grouped_header(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["岗位基本信息", None, "月薪（元）", None, None])
    ws.append(["岗位", "部门", "下限", "上限", "薪酬方式"])
    ws.append(["单板教练", "教学部", 9000, 14000, "底薪+课时费"])
    ws.append(["雪具租赁员", "运营部", 4500, 5500, "月度绩效"])
    ws.merge_cells("A1:B1")
    ws.merge_cells("C1:E1")
    wb.save(str(tmp_path / "pay.xlsx"))
    coach = _profiles(tmp_path, "pay.xlsx")["单板教练"]
    assert coach.pay is not None and "9000-14000" in coach.pay and "底薪+课时费" in coach.pay, coach.pay


def test_a_running_head_and_a_rule_are_no_title(tmp_path: Path) -> None:
    (tmp_path / "standard.txt").write_text("雪峰滑雪学校 XF-HR-STD-002\n教学岗位任职标准\n第一条 单板教练的主要职责：\n"
                                           "（一）带领学员完成课程；\n（二）检查护具。\n第二条 本标准自2025年起执行。\n", encoding="utf-8")
    rec = file_records(tmp_path, "standard.txt")
    assert rec.title == "教学岗位任职标准", rec.title
    coach = {p.title: p for p in rec.profiles}["单板教练"]
    assert len(coach.duties) == 2, coach.duties  # "第二条 …" is the next clause, no duty
    (tmp_path / "printout.txt").write_text("■■■■■■■■■■■■\n　HR系统打印件　岗位说明书　[XF-01]\n■■■■■■■■■■■■\n"
                                           "岗位名称............单板教练\n所在部门............教学部\n直接上级............教学主管\n"
                                           "■ 工作职责\n  职责1：按课表带领学员完成单板课程，课后填写教学记录\n", encoding="utf-8")
    rec = file_records(tmp_path, "printout.txt")
    assert "■" not in (rec.title or "") and [p.title for p in rec.profiles] == ["单板教练"], (rec.title, [p.title for p in rec.profiles])


def test_a_duty_tables_work_standard_columns_are_no_requirements(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    for line in ("教学部岗位说明书汇编", "1．单板教练（岗位编码 XF-01）", "所属部门：教学部", "一、岗位职责"):
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=5)
    for cells in (("职责模块", "工作内容", "工作要求", "", "序号"), ("", "", "雪季", "非雪季", ""),
                  ("教学", "按课表带领学员完成课程", "每日不少于4节", "按预约执行", "1"), ("安全", "课前检查学员护具", "每节课前", "同雪季", "2")):
        row = table.add_row().cells
        for cell, text in zip(row, cells):
            cell.text = text
    top, sub = table.rows[0].cells, table.rows[1].cells
    top[2].merge(top[3])  # 工作要求 over 雪季 | 非雪季; the other headers span both rows
    for col in (0, 1, 4):
        top[col].merge(sub[col])
    for line in ("二、任职资格", "学历：大专及以上", "证书：CASI二级"):
        doc.add_paragraph(line)
    doc.save(str(tmp_path / "book.docx"))
    coach = _profiles(tmp_path, "book.docx")["单板教练"]
    assert len(coach.qualifications) == 2 and len(coach.duties) == 2, (coach.qualifications, coach.duties)


def test_a_vets_short_title(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import indexed_services

    services = indexed_services(tmp_path_factory, settings_factory, "vet43", {"posts.txt": (
        "主治兽医师\n岗位职责：\n1. 门诊接诊与诊疗\n2. 主刀绝育手术\n\n"
        "助理兽医师\n岗位职责：\n1. 协助主治兽医师完成门诊诊疗\n2. 书写门诊病历\n\n"
        "兽医护士\n岗位职责：\n1. 住院护理\n2. 消毒隔离\n")})
    answer = services.chat.ask("助理兽医每天要做哪些工作")  # roles.toml: 兽医师 is also said 兽医
    assert not answer.refused and "门诊病历" in answer.text, answer.text
    answer = services.chat.ask("主治医生平时做什么")  # and 医师 is said 医生
    assert not answer.refused and "绝育手术" in answer.text, answer.text


def test_what_the_law_says_is_not_a_companys_rule(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import indexed_services

    faq = "# 新员工入职指南\n\n## 试用期多长？\n\n试用期3个月，表现优秀可申请提前转正。\n"
    services = indexed_services(tmp_path_factory, settings_factory, "law43", {"faq.md": faq})
    answer = services.chat.ask("按劳动法，试用期最长可以签多久")  # scope.toml judgments: what the law says
    assert answer.refused and "法律规定" in answer.text, answer.text
    cited = faq + "\n## 加班怎么算？\n\n加班按《劳动法》规定支付加班费，工作日加班按1.5倍计算。\n"
    services = indexed_services(tmp_path_factory, settings_factory, "law43b", {"faq.md": cited})
    answer = services.chat.ask("按劳动法，工作日加班怎么算")  # a document that cites the law answers it
    assert not answer.refused and "1.5倍" in answer.text, answer.text


def test_an_items_own_requirement_after_an_indicator_list(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import ask_in_turn, indexed_services

    services = indexed_services(tmp_path_factory, settings_factory, "ordinal43", {
        "posting.txt": "客户关系专员\n岗位职责：\n1. 术后回访客户并记录恢复情况\n2. 维护会员档案\n任职要求：\n1. 大专及以上学历\n2. 1年以上客服经验\n",
        "kpi.md": "# 客户服务部KPI\n\n| 岗位 | 考核指标 | 权重 | 指标说明 |\n|---|---|---|---|\n"
                  "| 客户关系专员 | 术后回访及时率 | 40% | 术后24小时内完成电话回访 |\n| 客户关系专员 | 会员续费率 | 60% | 每降5个百分点扣5分 |\n"})
    answers = ask_in_turn(services, "客户关系专员的KPI是什么", "第一条具体要求多久内回访")
    # "要求" after "具体" asks about the indicator shown first, it names no requirements list
    assert "24小时" in answers[-1].text and "大专" not in answers[-1].text, answers[-1].text


def test_an_hr_exports_worded_list_numbers(tmp_path: Path) -> None:
    (tmp_path / "export.txt").write_text(
        "岗位说明书\n岗位名称：雪场运营经理\n所在部门：运营部\n■ 工作职责（占比）\n"
        "  职责1：统筹雪场日常运营，制定雪季运营计划和节假日保障方案（30%）\n"
        "  职责2：管理雪道、缆车与租赁三个班组，协调跨班组工作（20%）\n"
        "  职责3：落实安全生产主体责任，组织演练（20%）\n"  # short, and names a kind of duties: still an entry
        "  职责4：监控实时客流，必要时启动限流和分流措施，确保不超过最大承载量（15%）\n"
        "  职责5：控制运营成本，审核预算（15%）\n■ 任职资格\n  学历：本科及以上\n", encoding="utf-8")
    manager = _profiles(tmp_path, "export.txt")["雪场运营经理"]
    assert [d.text[:3] for d in manager.duties] == ["职责1", "职责2", "职责3", "职责4", "职责5"], manager.duties
