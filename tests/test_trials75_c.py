"""Round 75 (helper c), written here from scratch for a water utility (the blind tester wrote a blood station): a
requisition CSV whose first row names groups of columns ("基础信息,,,,任职要求,,待遇,") over the real header, the
same post wanted at several sites for different pay; the same with the group names typed into every cell; a KPI
workbook of one sheet per unit, its title "<organisation><year>年度<unit>关键绩效指标" and a row "考核对象：A、B　考核周期：…
考核人：…" above the indicators; a staffing sheet whose 编制 group holds 编制数 | 在岗数."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records, write_workbook, written_corpus

_REQUISITION = (
    "基础信息,,,,任职要求,,,待遇,\n"
    "编号,岗位名称,用人科室,工作地点,学历,证书要求,工作经验,薪资范围,班次\n"
    "ZP-01,水质化验员,化验科,东区水厂,大专及以上,化学检验员证,1年以上,4800-6500元/月,常日班\n"
    "ZP-02,水质化验员,化验科,西区水厂,大专及以上,化学检验员证,1年以上,5200-7000元/月,两班倒\n"
    "ZP-03,泵站操作工,泵房科,北郊泵站,中专及以上,电工证,2年以上,4500-5500元/月,四班三倒\n"
)

_REPEATED = (
    "基础信息,基础信息,基础信息,任职要求,任职要求,待遇\n"
    "岗位名称,用人科室,工作地点,学历,工作经验,薪资范围\n"
    "管网巡检员,管网科,城南片区,高中及以上,1年以上,4000-5000元/月\n"
    "管网巡检员,管网科,城北片区,高中及以上,1年以上,4300-5300元/月\n"
)


def _workbooks(corpus: Path) -> None:
    header = ["维度", "序号", "指标名称", "权重", "目标值"]
    write_workbook(corpus / "绩效考核指标库.xlsx", {
        "化验科": [["滨河水务集团2025年度化验科关键绩效指标（平衡计分卡）", None, None, None, None],
                   ["考核对象：化验班长、水质化验员\u3000\u3000考核周期：月度\u3000\u3000考核人：化验科科长", None, None, None, None],
                   header, ["客户维度", 1, "出厂水合格率", 0.4, "100%"], [None, 2, "检测报告及时率", 0.3, "≥99%"],
                   ["内部流程", 3, "检测差错次数", 0.2, "0"], ["学习成长", 4, "培训考核合格率", 0.1, "100%"], [None, None, "合计", "=SUM(D4:D7)", None]],
        "泵房科": [["滨河水务集团2025年度泵房科关键绩效指标（平衡计分卡）", None, None, None, None],
                   ["考核对象：泵站操作工\u3000\u3000考核周期：月度\u3000\u3000考核人：泵房科科长", None, None, None, None],
                   header, ["内部流程", 1, "设备完好率", 0.6, "≥98%"], [None, 2, "供水压力合格率", 0.4, "≥99%"]],
    }, {"化验科": ["A1:E1", "A2:E2", "A4:A5"], "泵房科": ["A1:E1", "A2:E2", "A4:A5"]})
    write_workbook(corpus / "定岗定编.xlsx", {
        "定岗定编": [["岗位信息", None, None, "编制", None, "任职要求", None],
                     ["岗位编码", "岗位名称", "所属科室", "编制数", "在岗数", "学历", "专业"],
                     ["HY-01", "水质化验员", "化验科", 12, 10, "大专及以上", "化学、环境工程"],
                     ["BF-01", "泵站操作工", "泵房科", 20, 18, "中专及以上", "机电"]],
    }, {"定岗定编": ["A1:C1", "D1:E1", "F1:G1"]})


def test_group_rows_kpi_subjects_and_staffed_counts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"招聘需求明细.csv": _REQUISITION, "巡检招聘.csv": _REPEATED})
    _workbooks(corpus)
    # a row of group names over the header: every posting row is read, each site its own pay
    posts = file_records(corpus, "招聘需求明细.csv").profiles
    assert [(p.title, p.location, p.pay) for p in posts] == [
        ("水质化验员", "东区水厂", "4800-6500元/月"), ("水质化验员", "西区水厂", "5200-7000元/月"),
        ("泵站操作工", "北郊泵站", "4500-5500元/月")], [(p.title, p.location, p.pay) for p in posts]
    assert posts[0].department == "化验科" and posts[2].fields["certificate"].text == "电工证", (posts[0].department, posts[2].fields)
    # the group names typed into every cell of their columns: the same
    patrol = file_records(corpus, "巡检招聘.csv").profiles
    assert [(p.title, p.pay) for p in patrol] == [("管网巡检员", "4000-5000元/月"), ("管网巡检员", "4300-5300元/月")], patrol
    # "考核对象：化验班长、水质化验员" under "<organisation>2025年度化验科…": both posts own every indicator, and the unit
    kpis = file_records(corpus, "绩效考核指标库.xlsx").kpis
    lab = [k for k in kpis if k.department == "化验科"]
    assert [k.name for k in lab] == ["出厂水合格率", "检测报告及时率", "检测差错次数", "培训考核合格率"], [(k.name, k.department) for k in kpis]
    assert all(k.roles == ["化验班长", "水质化验员"] for k in lab), [(k.name, k.roles) for k in lab]
    pump = [(k.name, k.roles, k.department) for k in kpis if k.name in ("设备完好率", "供水压力合格率")]
    assert pump == [("设备完好率", ["泵站操作工"], "泵房科"), ("供水压力合格率", ["泵站操作工"], "泵房科")], pump
    # 在岗数 under 编制: how many hold the post now, no requirement of it
    staff = {p.title: p for p in file_records(corpus, "定岗定编.xlsx").profiles}
    tester = staff["水质化验员"]
    assert tester.fields["staffed"].text == "10" and not any("在岗" in q.text for q in tester.qualifications), tester.qualifications
