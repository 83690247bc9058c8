"""Round 48, written here from scratch for a bank branch essay and an elevator-maintenance firm (the blind testers
wrote a fire-protection services company and a shopping-mall operator): a KPI design for a post whose indicators a
paragraph lists without a sheet; a job board's CSV export whose cells keep their HTML line breaks; "几点上下班"; a KPI
set "搭" for a post."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records, nfkc

_ESSAY = """商业银行岗位绩效考核

一、企业级指标
内部流程维度可以选择单笔业务办理时间、服务差错率、客户经理与潜在客户的接触次数、百笔业务稽核差错率等指标。

二、岗位绩效考核目标的制定
支行经办岗位中，从事技术性业务的员工主要是支行的理财经理，负责客户关系管理和市场拓展。
其岗位指标体系可以包括日均存款新增额、日均贷款余额、中间业务收入、新增对公存款账户数、客户档案信息的完整性等。

三、理财经理之外
大堂经理的考核由网点负责人另行确定。
"""

def test_a_kpi_design_takes_the_list_a_paragraph_gives_the_post(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import indexed_services
    from assistant.tools.kpi_design import KpiRequest

    services = indexed_services(tmp_path_factory, settings_factory, "bank48", {"essay.txt": _ESSAY, "posts.txt": (
        "岗位名称：理财经理\n所属部门：零售业务部\n岗位职责：\n1. 维护中高端客户关系\n2. 销售理财产品\n")})
    design = services.tools.design_kpis(KpiRequest(role="理财经理", count=5))
    names = [k.name for k in design.indicators]
    assert {"日均存款新增额", "中间业务收入"} & set(names), names
    # the enterprise-level list names 客户经理 only inside an indicator's name: no list of that post's
    assert "单笔业务办理时间" not in names and "服务差错率" not in names, names


def test_a_job_board_export_with_html_line_breaks(tmp_path: Path) -> None:
    (tmp_path / "jobs.csv").write_text(
        "职位名称,招聘部门,职位描述\n电梯维保工,维保部,岗位职责：<br>1. 按计划保养电梯；<br>2. 处理困人故障；<br>3. 填写保养记录\n",
        encoding="utf-8")
    post = next(p for p in file_records(tmp_path, "jobs.csv").profiles if p.title == "电梯维保工")
    duties = [nfkc(d.text) for d in post.duties]
    assert any("按计划保养电梯" in d for d in duties) and any("填写保养记录" in d for d in duties), duties
    assert not any("<br>" in d or "&lt;" in d or "处理困人故障" in d and "保养电梯" in d for d in duties), duties


def test_working_hours_and_a_kpi_set_put_together(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import indexed_services

    services = indexed_services(tmp_path_factory, settings_factory, "lift48", {"posts.txt": (
        "岗位名称：电梯维保工\n所属部门：维保部\n工作时间：两班倒，8:00—20:00、20:00—次日8:00\n岗位职责：\n1. 按计划保养电梯\n"
        "2. 处理困人故障\n")})
    answer = services.chat.ask("电梯维保工几点上下班")
    assert answer.attribute == "benefits" and "20:00" in answer.text, answer.text
    understood = services.components.assistant().understand("帮电梯维保工搭一套绩效指标")
    assert understood.intent.value == "kpi_design", understood.intent


_NUMBERED = """电梯维保公司岗位说明书（维保组长）
1
2 文件编号：DT-02 版本：A/1
一、维保组长
3
4 所属部门：维保部 直接上级：维保经理
（一）岗位职责
5
6 1．安排班组每日保养任务并检查完成质量；
7 2．组织困人救援并在30分钟内到场；
8 3．审核保养记录并提交维保经理。
（二）任职资格
9
10 学历：中专及以上；经验：5年以上电梯维保经验；
11 证书：持电梯作业人员证（T证）。
（三）维保组长月度考核指标
12
13 指标 权重 目标值
14 保养计划完成率 40% 100%
15 救援到场及时率 30% 100%
16 客户投诉次数 30% 0次
"""


def test_a_page_numbered_down_its_margin(tmp_path: Path) -> None:
    (tmp_path / "lead.txt").write_text(_NUMBERED, encoding="utf-8")
    records = file_records(tmp_path, "lead.txt")
    lead = next(p for p in records.profiles if p.title == "维保组长")
    duties = [nfkc(d.text) for d in lead.duties]
    assert len(duties) == 3 and not any(d.startswith(("6", "7", "8")) for d in duties), duties
    assert lead.reports_to == "维保经理" and "中专" in lead.fields["education"].text, lead.fields
    owned = {k.name: k.roles for k in records.kpis}
    assert owned.get("救援到场及时率") == ["维保组长"] and owned.get("保养计划完成率") == ["维保组长"], owned


_UPPER = """地铁站务岗位说明（站务部）

壹、站务员
　　一、基本情况
　　　　所属部门：站务部
　　　　直接上级：值班站长
　　二、岗位职责
　　　　（一）巡视站厅和站台，维持乘车秩序；
　　　　（二）处理乘客票务问题；
　　三、任职要求
　　　　高中及以上学历，能适应四班两运转。

贰、客运值班员
　　一、基本情况
　　　　所属部门：站务部
　　　　直接上级：值班站长
　　二、岗位职责
　　　　（一）监控车站客流并组织疏导；
"""


def test_posts_numbered_with_the_financial_numerals(tmp_path: Path) -> None:
    (tmp_path / "metro.txt").write_text(_UPPER, encoding="gb18030")
    posts = {p.title: p for p in file_records(tmp_path, "metro.txt").profiles}
    assert set(posts) >= {"站务员", "客运值班员"}, list(posts)
    assert len(posts["站务员"].duties) == 2 and posts["站务员"].reports_to == "值班站长", posts["站务员"]
    assert any("监控车站客流" in d.text for d in posts["客运值班员"].duties), posts["客运值班员"].duties
