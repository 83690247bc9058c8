"""Layouts met on the round 25 blind trials (a livestream e-commerce company, an accounting firm, the
shipped corpus), written here from scratch for a regional dairy company: a post's duty list led in by a
sentence about oneself ("作为一名仓储主管，我的岗位职责是：") inside an essay whose next points are numbered
in another style, a heading saying what a post's duties include, an outline form with numbered facts, an
accordion careers page, a table per posting titled by its caption, posts headed by grade codes over a
duties / requirements table, a KPI sheet named by its title row for two posts, a grade grid, a notice
naming a new post in quotes, a FAQ topic that is no post, and a two-column PDF whose columns do not share
baselines."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records


def _profiles(path: Path) -> dict:
    return {p.title: p for p in file_records(path.parent, path.name).profiles}


_ESSAY = """仓储主管述职报告
各位领导、同事：
过去一年，我在仓储部的工作情况汇报如下。
作为一名仓储主管，我的岗位职责是：
1、组织牛奶成品的入库验收与冷库温度巡检；
2、安排叉车与装卸人员的班次；
3、每月组织一次库存盘点并上报差异。
岗位职责是我们工作的标准，一年来我始终按职责要求自己，从细节做起，坚持每天到冷库查看温度记录，及时处理异常情况，确保成品质量没有因储存出现问题。同时我也认真学习冷链知识，提升自己的业务水平。
二、加强团队建设，全年组织培训六次，员工流失率明显下降。
三、推进库位条码化，拣货效率提高。
"""


def test_a_sentence_leading_into_ones_own_duties_opens_the_post(tmp_path: Path) -> None:
    path = tmp_path / "仓储主管述职报告.txt"
    path.write_text(_ESSAY, encoding="utf-8")
    posts = _profiles(path)
    assert "仓储主管" in posts, list(posts)
    duties = [item.text for item in posts["仓储主管"].duties]
    # the list ends where the argument begins: the report's next points are no duties
    assert len(duties) == 3 and duties[0].startswith("1、组织牛奶"), duties


def test_a_heading_saying_what_a_posts_duties_include_opens_the_post(tmp_path: Path) -> None:
    path = tmp_path / "车间岗位.txt"
    path.write_text(
        "灌装车间岗位简介\n灌装机操作工的主要职责包括：\n1. 按工艺参数开机并首检。\n2. 记录灌装量与封口质量。\n"
        "质检员的职责有以下几点：\n1. 每小时抽检成品。\n2. 出具批次检验报告。\n",
        encoding="utf-8",
    )
    posts = _profiles(path)
    assert {"灌装机操作工", "质检员"} <= set(posts), list(posts)
    assert [len(posts[t].duties) for t in ("灌装机操作工", "质检员")] == [2, 2]


_OUTLINE = """岗位说明书：冷链调度专员
1.岗位基本信息
1.1 岗位名称：冷链调度专员（部门内也称“排线员”）
1.2 所属部门：物流部
1.3 直接上级：物流经理
2.岗位职责
2.1 日常调度
2.1.1 每日18点前排定次日配送线路；
2.1.2 监控冷藏车温度并处理超温报警；
3.任职资格
3.1 教育背景
3.1.1 大专及以上学历，物流管理相关专业；
3.4 个人素质
3.4.1 能适应夜班与节假日值班。
"""


def test_an_outline_form_with_numbered_facts_and_a_heading_naming_the_post(tmp_path: Path) -> None:
    path = tmp_path / "物流岗位说明书.txt"
    path.write_text(_OUTLINE, encoding="utf-8")
    posts = _profiles(path)
    assert list(posts) == ["冷链调度专员"], list(posts)
    post = posts["冷链调度专员"]
    # "1.3 直接上级：物流经理": a numbered line that states a fact is that fact, not a list entry
    assert post.reports_to == "物流经理" and post.department == "物流部", post
    assert len(post.duties) == 2
    # "3.4 个人素质" is a part of the requirements ("3.4 个" is a number only before a unit)
    assert any("夜班" in q.text for q in post.qualifications), [q.text for q in post.qualifications]


_ACCORDION = """<html><body><h1>加入我们</h1>
<details open><summary>物流部（2个职位）</summary>
<details><summary>冷链司机<span class="tag">嘉兴</span><span class="tag">8-12K</span></summary>
<h4>你要做的事</h4><ol><li>按线路配送乳制品到门店；</li><li>每日出车前检查冷机。</li></ol>
<h4>我们希望你</h4><ul><li>持C1及以上驾照；</li><li>2年以上冷链驾驶经验。</li></ul>
</details>
<details><summary>仓库理货员<span class="tag">嘉兴</span><span class="tag">5-6K</span></summary>
<h4>你要做的事</h4><ol><li>按单拣货并复核；</li><li>整理冷库货位。</li></ol>
<h4>我们希望你</h4><ul><li>能适应低温环境。</li></ul>
</details>
</details>
<details><summary>销售部（1个职位）</summary>
<details><summary>渠道经理<span class="tag">杭州</span><span class="tag">15-20K</span></summary>
<h4>你要做的事</h4><ol><li>开发商超渠道。</li></ol>
</details>
</details>
</body></html>"""


def test_an_accordion_careers_page_whose_summaries_hold_the_title_and_its_tags(tmp_path: Path) -> None:
    path = tmp_path / "加入我们.html"
    path.write_text(_ACCORDION, encoding="utf-8")
    posts = _profiles(path)
    assert set(posts) == {"冷链司机", "仓库理货员", "渠道经理"}, list(posts)
    driver = posts["冷链司机"]
    assert driver.pay == "8-12K" and driver.location == "嘉兴", driver
    # the next unit's summary ("销售部（1个职位）") is no entry of the list above it
    assert [q.text for q in posts["仓库理货员"].qualifications] == ["能适应低温环境。"]


_CAPTIONED = """<html><body><h1>社会招聘</h1>
<table class="job"><caption>质量工程师（Q2） — 品质部</caption>
<tr><th>工作地点</th><td>嘉兴工厂</td></tr>
<tr><th rowspan="2">岗位职责</th><td>1. 主导乳品工厂的HACCP体系审核；</td></tr>
<tr><td>2. 处理客户质量投诉并出具8D报告。</td></tr>
<tr><th>任职要求</th><td>食品科学相关专业本科，3年以上乳品质量管理经验。</td></tr>
<tr><th>薪资范围</th><td>15-20万元/年</td></tr>
</table>
<table class="job"><caption>化验员 — 品质部</caption>
<tr><th>工作地点</th><td>嘉兴工厂</td></tr>
<tr><th>岗位职责</th><td>按标准检测原奶蛋白、脂肪与菌落总数。</td></tr>
</table>
</body></html>"""


def test_a_table_per_posting_titled_by_its_caption(tmp_path: Path) -> None:
    path = tmp_path / "社会招聘.html"
    path.write_text(_CAPTIONED, encoding="utf-8")
    posts = _profiles(path)
    # "质量工程师（Q2） — 品质部": the title, its grade and its unit
    assert set(posts) == {"质量工程师", "化验员"}, list(posts)
    engineer = posts["质量工程师"]
    assert engineer.department == "品质部" and engineer.pay == "15-20万元/年", engineer
    assert len(engineer.duties) == 2 and "HACCP" in engineer.duties[0].text


_GRADES_MD = """# 销售序列职级手册

## 一、S1—S2 业务代表(Sales Representative)

| 职责 | 胜任要求 | 晋升条件 |
|---|---|---|
| 1. 拜访辖区商超并补货 | 大专及以上学历 | S1升S2：满1年且业绩达标 |
| 2. 收集竞品价格 | 有驾照 | |

## 二、M 区域经理(Manager)

| 职责 | 胜任要求 | 晋升条件 |
|---|---|---|
| 1. 制定区域月度销售计划 | 5年以上快消销售经验 | 由总监提名 |
"""


def test_posts_headed_by_their_grade_codes_with_a_table_of_duties_and_requirements(tmp_path: Path) -> None:
    path = tmp_path / "职级手册.md"
    path.write_text(_GRADES_MD, encoding="utf-8")
    posts = _profiles(path)
    assert set(posts) == {"业务代表", "区域经理"}, list(posts)
    rep = posts["业务代表"]
    assert rep.fields["level"].text == "S1—S2", rep.fields.get("level")
    # the 胜任要求 column holds the requirements, not more duties
    assert [d.text for d in rep.duties] == ["1.拜访辖区商超并补货", "2.收集竞品价格"]
    assert [q.text for q in rep.qualifications] == ["大专及以上学历", "有驾照"]


def _kpi_book(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "S级"
    ws.append(["嘉乳公司 销售序列年度考核表 —— 业务代表/高级业务代表（S1-S2）"])
    ws.append(["考核维度", "指标", "权重", "评分标准（1-5分）"])
    ws.append(["业绩", "销售额达成率", "60%", "5分：达成100%以上"])
    ws.append([None, "回款及时率", "40%", "5分：全部按期回款"])
    grid = wb.create_sheet("配送员分级")
    grid.append(["配送员分级与薪酬"])
    grid.append(["等级", "等级名称", "日均单量", "底薪（元/月）", "计件单价"])
    grid.append(["A", "金牌配送员", "≥80单", 6000, "1.5元/单"])
    grid.append(["B", "银牌配送员", "≥60单", 5000, "1.2元/单"])
    wb.save(path)


def test_a_kpi_sheet_named_by_its_title_row_for_two_posts_and_a_grade_grid(tmp_path: Path) -> None:
    path = tmp_path / "考核与分级.xlsx"
    _kpi_book(path)
    records = file_records(path.parent, path.name)
    roles = {tuple(k.roles) for k in records.kpis}
    # "…考核表 —— 业务代表/高级业务代表（S1-S2）": the sheet is each post's
    assert roles == {("业务代表", "高级业务代表")}, roles
    rows = [b.text for a in records.articles for s in a.sections for b in s.blocks if b.key == "row"]
    # one row per grade, quoted whole with its letter kept
    assert len(rows) == 2 and rows[0].startswith("A") and "金牌配送员" in rows[0] and "6000" in rows[0], rows


_NOTICE = """发件人：王强 <wang@example.cn>
主题：关于在质量部设立“食品安全专员”岗位的通知

各位同事：
经研究决定设立该岗位，现将有关事项通知如下：
一、岗位职责
1. 组织每月食品安全自查；
2. 对接市场监管部门检查。
二、任职要求
1. 食品相关专业本科及以上学历。
"""

_FAQ = """# 新人入职FAQ

## 一、入职手续
**Q：报到要带什么？**
A：身份证和学历证书原件。

## 二、岗位相关
**Q：理货员和配送员有什么区别？**
A：理货员在仓库拣货，配送员负责送货到店。
"""


def test_a_notice_naming_a_new_post_in_quotes_and_a_faq_topic_that_is_no_post(tmp_path: Path) -> None:
    (tmp_path / "通知.txt").write_text(_NOTICE, encoding="utf-8")
    (tmp_path / "FAQ.md").write_text(_FAQ, encoding="utf-8")
    notice = _profiles(tmp_path / "通知.txt")
    assert list(notice) == ["食品安全专员"] and len(notice["食品安全专员"].duties) == 2, list(notice)
    assert "岗位相关" not in _profiles(tmp_path / "FAQ.md")


def test_a_two_column_pdf_whose_columns_do_not_share_baselines(tmp_path: Path) -> None:
    from assistant.config import Settings
    from assistant.ingest.loaders import load_file

    from _pdf_support import write_pdf

    # each right-column line sits 7 points lower than the left one beside it: no row holds both
    runs = [(150, 760, 12, "Campus hiring brochure of the Dairy Group")]
    for row in range(8):
        y = 700 - row * 20
        runs += [(40, y, 11, f"left column line {row} about the quality trainee"), (330, y - 7, 11, f"right column line {row} about the sales trainee")]
    path = tmp_path / "brochure.pdf"
    write_pdf(path, [runs])
    lines = load_file(path, tmp_path, Settings(home=tmp_path / "h")).lines
    left = [i for i, line in enumerate(lines) if line.startswith("left column")]
    right = [i for i, line in enumerate(lines) if line.startswith("right column")]
    assert len(left) == len(right) == 8 and max(left) < min(right), lines
