"""Layouts met on the round 21 blind trials (an elder-care group, an electronics factory), written
here from scratch for a city bus company: a work instruction whose header table names the post in its
文件名称 and whose items are numbered 3.1, 3.2 (one of them starting with a number), a bilingual Word
form ("Direct Reports 直接下属") under a heading that gives the post's abbreviation, a requirements
grid of ✓ marks and unlabelled columns, bare titles filed under a department, paragraphs run in
after a post's name, a pay table aligned with spaces, and the duties "通用" to a post's levels."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records


def _profiles(path: Path) -> dict:
    return {p.title: p for p in file_records(path.parent, path.name).profiles}


def _instruction(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("城北公交集团 作业指导书")
    t = d.add_table(rows=2, cols=3)
    for cell, text in zip(t.rows[0].cells, ["文件名称：线路调度员岗位职责", "文件编号：CB-DD-003", "版本：B/1"]):
        cell.text = text
    for cell, text in zip(t.rows[1].cells, ["生效日期：2025-05-01", "编制：运营部", "批准：运营总监"]):
        cell.text = text
    for line in ["1. 目的", "明确线路调度员的工作内容。", "2. 岗位信息", "所属部门：调度中心", "直接上级：调度主管",
                 "3. 岗位职责", "3.1 按行车计划发车，高峰时段每5分钟核对一次车距；", "3.2 遇道路拥堵及时调整发车间隔并通知驾驶员；",
                 "3.3 每班结束前填写调度日志。", "4. 任职要求", "4.1 高中及以上学历；", "4.2 2年以上公交调度或驾驶经验；",
                 "4.3 熟悉智能调度系统。", "5. 相关记录", "《调度日志》《发车记录表》"]:
        d.add_paragraph(line)
    d.save(path)


def test_a_work_instruction_names_its_post_in_the_header_table(tmp_path: Path) -> None:
    path = tmp_path / "调度作业指导书.docx"
    _instruction(path)
    post = _profiles(path)["线路调度员"]
    assert post.department == "调度中心" and post.reports_to == "调度主管"
    assert [d.text[:3] for d in post.duties] == ["3.1", "3.2", "3.3"], post.duties
    # "4.2 2年以上…" is the list's item 4.2, not the end of 4.1; "5. 相关记录" is the next part
    assert [q.text[:3] for q in post.qualifications] == ["4.1", "4.2", "4.3"], post.qualifications


def _bilingual(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("一、机务工程师 Maintenance Engineer（ME）")
    t = d.add_table(rows=3, cols=2)
    for row, (label, value) in zip(t.rows, [("Job Title 岗位名称", "机务工程师"), ("Reports To 直接上级", "机务部经理"),
                                            ("Direct Reports 直接下属", "维修技师（共8人）")]):
        row.cells[0].text, row.cells[1].text = label, value
    d.add_paragraph("Key Responsibilities 主要职责")
    d.add_paragraph("制定车辆二级维护计划并组织实施；")
    d.add_paragraph("分析车辆故障并编写技术报告。")
    d.save(path)


def test_a_bilingual_form_and_the_abbreviation_in_its_heading(tmp_path: Path) -> None:
    path = tmp_path / "机务岗位说明书.docx"
    _bilingual(path)
    post = _profiles(path)["机务工程师"]
    assert post.reports_to == "机务部经理" and post.subordinates == "维修技师（共8人）".replace("（", "(").replace("）", ")")
    assert "ME" in post.aliases, post.aliases
    assert len(post.duties) == 2


def _sheet(path: Path, rows: list[list[object]]) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)


def _grid(path: Path) -> None:
    _sheet(path, [["岗位", "最低学历", "相关工作经验", "A1驾驶证", "急救证", "视力"],
                  ["公交驾驶员", "高中", "3年以上", "✓", "○", "矫正视力5.0以上"],
                  ["安全员", "大专", "2年以上", "—", "✓", "—"]])


def test_a_requirements_grid_of_marks(tmp_path: Path) -> None:
    path = tmp_path / "任职资格矩阵.xlsx"
    _grid(path)
    profiles = _profiles(path)
    driver = profiles["公交驾驶员"]
    texts = [q.text for q in driver.qualifications]
    assert driver.fields["experience"].text == "3年以上"  # "相关工作经验" is the experience field
    # a mark means nothing without its column: each such cell says which requirement it marks
    assert "A1驾驶证：✓" in texts and "急救证：○" in texts and "视力：矫正视力5.0以上" in texts, texts
    assert not any(t.startswith("A1驾驶证") for t in (q.text for q in profiles["安全员"].qualifications))


def test_bare_titles_under_a_department(tmp_path: Path) -> None:
    path = tmp_path / "招聘需求.csv"
    path.write_text("岗位名称,所属部门,人数\n司机,第一车队,5\n经理,财务部,1\n", encoding="utf-8")
    titles = set(_profiles(path))
    # a trade stays itself; a rank word alone names its unit's post
    assert titles == {"司机", "财务部经理"}, titles


def test_paragraphs_run_in_after_a_posts_name(tmp_path: Path) -> None:
    path = tmp_path / "招聘简章.txt"
    path.write_text("城北公交集团2025年招聘简章\n一、岗位说明\n"
                    "票务员：隶属票务中心，向票务主管汇报。负责每日票款清点、IC卡充值网点对账，\n"
                    "并按月编制票务收入报表。\n"
                    "保洁员：隶属场站管理部。负责场站候车区和车辆内部的日常清洁。\n"
                    "二、报名方式\n请将简历发送至 hr@example.com。\n", encoding="utf-8")
    profiles = _profiles(path)
    assert {"票务员", "保洁员"} <= set(profiles), set(profiles)
    duty = profiles["票务员"].duties[0].text.replace("\n", "")
    assert "票款清点" in duty and "票务收入报表" in duty, duty  # a sentence across the line break
    assert not any("简历" in d.text for p in profiles.values() for d in p.duties)


def test_a_pay_table_aligned_with_spaces(tmp_path: Path) -> None:
    path = tmp_path / "岗位工资标准.txt"
    path.write_bytes(("城北公交集团岗位工资标准\n"
                      "--------------------------------------------\n"
                      "岗位          职级   基本工资   备注\n"
                      "--------------------------------------------\n"
                      "公交驾驶员    D2     4800       另有安全奖\n"
                      "线路调度员    M1     4200\n"
                      "--------------------------------------------\n").encode("gbk"))
    profiles = _profiles(path)
    assert profiles["公交驾驶员"].fields["pay"].text == "4800" and profiles["线路调度员"].fields["level"].text == "M1"


def test_duties_common_to_a_posts_levels(tmp_path: Path) -> None:
    path = tmp_path / "驾驶员等级标准.txt"
    path.write_text("驾驶员等级标准\n一、驾驶员通用职责\n1. 出车前检查车况；\n2. 按站点停靠并报站。\n"
                    "二、一级驾驶员\n任职条件：安全驾驶满10万公里。\n", encoding="utf-8")
    profiles = _profiles(path)
    assert [d.text[:2] for d in profiles["驾驶员"].duties] == ["1.", "2."], profiles
    assert "一级驾驶员" in profiles


# --- round 22 (a university's administration, a cold-chain fleet) -------------------------------


def test_parts_of_a_document_head_its_posts(tmp_path: Path) -> None:
    path = tmp_path / "岗位设置.txt"
    path.write_text("城北公交集团岗位设置与职责\n第一章 运营部\n第1节 线路调度员\n岗位编号：YY-01\n岗位职责：\n（1）按计划发车；\n"
                    "（2）填写调度日志。\n第2节 稽查员\n岗位职责：\n（1）上车查验票款。\n第二章 机务部\n第1节 机务工程师\n"
                    "岗位职责：\n（1）制定维护计划。\n", encoding="utf-8")
    profiles = _profiles(path)
    assert set(profiles) == {"线路调度员", "稽查员", "机务工程师"}, set(profiles)
    assert profiles["稽查员"].department == "运营部" and profiles["机务工程师"].department == "机务部"
    assert [d.text[-5:] for d in profiles["稽查员"].duties] == ["上车查验票款。"[-5:]]


def test_careers_cards_of_definition_lists(tmp_path: Path) -> None:
    card = ("<article><h2>{t}</h2><dl><dt>所属部门</dt><dd>{d}</dd><dt>薪资待遇</dt><dd>{p}</dd>"
            "<dt>岗位职责</dt><dd>1. {x}</dd><dd>2. 完成交办工作</dd><dt>福利</dt><dd>{b}</dd></dl></article>")
    path = tmp_path / "加入我们.html"
    path.write_text("<html><body><main>" + "".join(card.format(t=t, d=d, p=p, x=x, b=b) for t, d, p, x, b in [
        ("票务员", "票务中心", "4500-5500元/月", "清点票款", "五险一金、工作餐"),
        ("保洁员", "场站管理部", "3800-4200元/月", "清洁车厢", "包住宿"),
        ("修理工", "机务部", "6000-8000元/月", "保养车辆", "五险一金、年度体检")]) + "</main></body></html>", encoding="utf-8")
    profiles = _profiles(path)
    assert set(profiles) == {"票务员", "保洁员", "修理工"}, set(profiles)  # the last card is a post of its own
    fixer = profiles["修理工"]
    assert fixer.fields["pay"].text == "6000-8000元/月" and [b.text for b in fixer.benefits] == ["五险一金、年度体检"]


def test_a_pay_scale_of_allowances(tmp_path: Path) -> None:
    path = tmp_path / "薪酬结构表.xlsx"
    _sheet(path, [["岗位", "底薪（元/月）", "里程补贴", "安全奖（元/月）"], ["公交驾驶员", 4800, "0.2元/公里", 600],
                  ["票务员", 4000, "—", "—"]])
    profiles = _profiles(path)
    driver = profiles["公交驾驶员"]
    assert driver.fields["pay"].text == "4800"
    assert [b.text for b in driver.benefits] == ["里程补贴：0.2元/公里", "安全奖（元/月）：600".replace("（", "(").replace("）", ")")]


def test_kpi_tables_a_category_of_posts_shares(tmp_path: Path) -> None:
    path = tmp_path / "年度考核指标.md"
    path.write_text("# 年度考核指标（稽查员）\n\n| 考核维度 | 考核指标 | 权重 | 评分标准 |\n| --- | --- | --- | --- |\n"
                    "| 德 | 职业道德 | 20% | 无投诉 |\n| 绩 | 稽查覆盖率 | 80% | 每月覆盖全部线路 |\n\n"
                    "考核周期：月度；结果与绩效挂钩。\n\n"
                    "# 年度考核指标（场站岗位）\n\n| 考核维度 | 考核指标 | 权重 | 评分标准 |\n| --- | --- | --- | --- |\n"
                    "| 勤 | 出勤率 | 40% | 按考勤记录 |\n| 绩 | 车厢清洁合格率 | 60% | 保洁员适用：每日抽查 |\n"
                    "| 绩 | 票款差错率 | 60% | 票务员适用：差错为零 |\n", encoding="utf-8")
    entries = {e.name: e for e in file_records(path.parent, path.name).kpis}
    assert entries["稽查覆盖率"].roles == ["稽查员"], entries["稽查覆盖率"]  # the caption's bracket names the post
    assert entries["车厢清洁合格率"].roles == ["保洁员"] and sorted(entries["出勤率"].roles) == ["保洁员", "票务员"]
    assert not any(name.startswith("考核周期") for name in entries)  # the sheet's note is no indicator


def test_a_companys_short_name_before_the_post(tmp_path: Path) -> None:
    path = tmp_path / "驾驶员考核细则.md"
    path.write_text("# 城北 公交驾驶员月度考核细则\n\n| 考核项目 | 考核标准 | 分值 |\n| --- | --- | --- |\n"
                    "| 安全行车 | 无事故 | 40 |\n| 准点率 | 准点发车 | 60 |\n", encoding="utf-8")
    roles = {r for e in file_records(path.parent, path.name).kpis for r in e.roles}
    assert roles == {"公交驾驶员"}, roles
