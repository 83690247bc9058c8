"""Layouts met on the round 17 blind trials (a city bank, a live-streaming company), written here from
scratch for a dairy company: a Word JD table of 项目 | 内容 | 备注 rows, an approval system's CSV
export whose form data is one JSON column, and an HTML FAQ of <details> whose summary asks."""

from __future__ import annotations

import json
from pathlib import Path

from _answer_support import file_records


def _process(path: Path):
    return file_records(path.parent, path.name)


def _profiles(path: Path) -> dict:
    return {p.title: p for p in _process(path).profiles}


def test_a_word_jd_table_whose_third_column_notes_each_row(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("牧原乳业岗位说明书汇编")
    for title, dept, boss, duties, reqs in (
        ("对公客户经理", "大客户部", "大客户部经理", [("1. 开发商超和团餐客户", "每月"), ("2. 跟进合同回款", "随时")],
         [("学历", "本科及以上学历", "硕士优先"), ("工作经验", "3年以上快消品大客户销售经验", "")]),
        ("奶源质检员", "质量部", "质检主管", [("1. 检测收奶车鲜奶的蛋白和菌落", "每车")],
         [("学历", "大专及以上学历", ""), ("资格证书", "食品检验工（中级）", "入职半年内取得")]),
    ):
        document.add_paragraph(f"表  {title}")
        rows = [("项目", "内容", "备注"), ("岗位名称", title, "编码：MY-01"), ("所属部门", dept, "编码：MY-01"),
                ("直接上级", boss, "编码：MY-01"), ("岗位职责", "岗位职责", "岗位职责")]
        rows += [("主要职责", text, note) for text, note in duties] + [("任职资格", "任职资格", "任职资格")] + reqs
        table = document.add_table(rows=len(rows), cols=3)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.rows[r].cells[c].text = value
    path = tmp_path / "岗位说明书汇编.docx"
    document.save(str(path))
    profiles = _profiles(path)
    assert set(profiles) == {"对公客户经理", "奶源质检员"}, set(profiles)  # 对公 is a qualifier, not the verb 对
    manager = profiles["对公客户经理"]
    assert manager.reports_to == "大客户部经理" and manager.department == "大客户部"
    assert [i.text for i in manager.duties] == ["1.开发商超和团餐客户", "2.跟进合同回款"], manager.duties  # "每月" is a note
    quals = [i.text for i in manager.qualifications]
    assert "本科及以上学历" in quals and "硕士优先" in quals, quals  # a requirement's note is a requirement too
    assert any("入职半年内取得" in i.text for i in profiles["奶源质检员"].qualifications)


def test_an_approval_export_whose_form_data_is_one_json_column(tmp_path: Path) -> None:
    forms = [
        {"岗位名称": "灌装机操作工", "需求部门": "液态奶车间", "汇报对象": "灌装班长", "岗位职责": ["操作利乐灌装机", "每班清洗管路"],
         "任职要求": {"学历": "中专及以上", "经验": "1年以上食品厂经验"}, "薪资范围": "5000-6500元/月"},
        {"岗位名称": "冷链司机", "需求部门": "物流部", "汇报对象": "车队长", "岗位职责": ["驾驶冷藏车配送门店"],
         "任职要求": {"证书": "持B2驾驶证"}, "薪资范围": "6000-8000元/月"},
    ]
    header = "审批编号,标题,审批状态,发起时间,表单数据\n"
    body = "".join(
        f'P-{n},招聘需求-{f["岗位名称"]},已通过,2025-03-0{n} 09:15,"{json.dumps(f, ensure_ascii=False).replace(chr(34), chr(34) * 2)}"\n'
        for n, f in enumerate(forms, 1)
    )
    path = tmp_path / "审批导出.csv"
    path.write_text(header + body, encoding="utf-8")
    profiles = _profiles(path)
    assert set(profiles) == {"灌装机操作工", "冷链司机"}, set(profiles)
    filler = profiles["灌装机操作工"]
    assert filler.reports_to == "灌装班长" and filler.department == "液态奶车间"
    assert filler.pay == "5000-6500元/月"  # not the request's date (2025-03-01 is no pay range)
    assert [i.text for i in filler.duties] == ["操作利乐灌装机", "每班清洗管路"]
    assert {i.text for i in filler.qualifications} >= {"中专及以上", "1年以上食品厂经验"}


def test_an_faq_of_details_whose_summary_asks(tmp_path: Path) -> None:
    path = tmp_path / "faq.html"
    path.write_text(
        "<html><body><h1>员工常见问题</h1>"
        "<details><summary>质检主管平时负责什么？</summary><p>质检主管全面负责原奶和成品的检验放行。</p></details>"
        "<details><summary>夜班有补贴吗？</summary><p>夜班每晚补贴50元。</p></details>"
        "</body></html>",
        encoding="utf-8",
    )
    headings = [s.heading for a in _process(path).articles for s in a.sections]
    assert "质检主管平时负责什么?" in headings and "夜班有补贴吗?" in headings, headings


def test_a_kpi_sheet_titled_by_year_post_and_a_note_under_a_two_row_header(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "工厂厂长"
    for row in (("2025年工厂厂长KPI考核指标（按工厂规模）", None, None, None, None),
                ("指标类别", "指标名称", "权重", None, "计算口径"),
                (None, None, "大型厂", "小型厂", None),
                ("生产类", "年度产量达成率", 0.4, 0.5, "实际产量/计划产量"),
                ("质量类", "成品一次合格率", 0.6, 0.5, "合格批次/总批次")):
        sheet.append(row)
    for cells in ("A2:A3", "B2:B3", "C2:D2", "E2:E3", "A1:E1"):
        sheet.merge_cells(cells)
    path = tmp_path / "工厂KPI.xlsx"
    workbook.save(str(path))
    kpis = {k.name: k for k in _process(path).kpis}
    # the year, the KPI words and the note in brackets are not the post; the header's second row
    # (its merged cells repeating "指标名称") is no indicator
    assert set(kpis) == {"年度产量达成率", "成品一次合格率"}, set(kpis)
    assert kpis["年度产量达成率"].roles == ["工厂厂长"] and kpis["年度产量达成率"].weight == 40


def test_a_requirement_wrapped_after_a_comma_and_the_next_bracketed_title(tmp_path: Path) -> None:
    path = tmp_path / "招聘简章.txt"
    path.write_text(
        "牧原乳业2025招聘简章\n【车间主任】\n部门：液态奶车间\n岗位职责：\n1. 组织车间生产\n2. 管理班组长\n任职要求：\n"
        "1. 大专及以上学历\n2. 5年以上乳品生产经验，\n其中2年以上管理经验\n3. 熟悉GMP\n【叉车工】\n部门：仓储部\n岗位职责：\n"
        "1. 装卸成品托盘\n任职要求：\n1. 持叉车证\n",
        encoding="utf-8",
    )
    profiles = _profiles(path)
    assert set(profiles) == {"车间主任", "叉车工"}, set(profiles)  # the wrapped line is no post
    quals = [i.text for i in profiles["车间主任"].qualifications]
    assert any("其中2年以上管理经验" in q for q in quals) and len(quals) == 3, quals
    assert profiles["叉车工"].department == "仓储部"


def test_a_posting_copied_from_a_job_board(tmp_path: Path) -> None:
    path = tmp_path / "招聘网站职位.txt"
    path.write_text(
        "奶源经理\n15-20K·13薪\n呼和浩特 | 3-5年 | 本科 | 乳业\n\n王女士 · HRBP\n刚刚活跃\n立即沟通  感兴趣  举报\n\n"
        "职位详情\n1、管理合作牧场的奶源质量\n2、制定收奶价格方案\n\n任职要求\n1、畜牧兽医相关专业本科\n2、5年以上奶源管理经验\n\n"
        "公司福利\n五险一金 | 年终奖 | 餐补\n\n工作地址\n呼和浩特市金川开发区牧原路8号\n\n查看更多相似职位 >\n",
        encoding="utf-8",
    )
    profiles = _profiles(path)
    assert set(profiles) == {"奶源经理"}, set(profiles)  # the recruiter's card and the buttons are no posts
    manager = profiles["奶源经理"]
    assert len(manager.duties) == 2 and len(manager.qualifications) == 2
    assert manager.pay == "15-20K·13薪" and manager.location == "呼和浩特市金川开发区牧原路8号"
