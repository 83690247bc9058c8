"""Layouts met on the round 23 blind trials (a property-management group, a construction company),
written here from scratch for a city hotel: a page laid out in columns whose field lines wrap, duty
blocks headed by the share of working time they take, columns named in the company's own words
("综合月薪（元）", "班次安排", "主要职责侧重", "等级"), a scoring sheet whose indicators sit under a
merged 考核项目 group and carry points (分值), a notice that gives each post its pay as a numbered
list, a careers card whose place and pay stand under a tag, and a careers page titled by its first
post; and from round 24 (an internet company, a car dealership): a card's tags after its title (a city,
a grade code), a rule that gives each post its shift, a deadline column beside the post responsible,
and indicators with their points stated as a list in an essay."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records


def _profiles(path: Path) -> dict:
    return {p.title: p for p in file_records(path.parent, path.name).profiles}


_COLUMNS = """滨江国际酒店工程部岗位说明
弱电工程师
所属部门：工程部
直接上级：工程经理
工作班次：白班8:30-17:30，夜间
轮值（每月不少于4次）
岗位职责
1. 维护酒店监控、网络与门禁系统，
每日巡检机房。
2. 处理客房电视、电话故障报修。
任职要求
1. 大专及以上学历，电子类专业。
2. 持有弱电相关上岗证书。
锅炉工
所属部门：工程部
直接上级：工程经理
工作班次：24小时值守，
四班三运转
岗位职责
1. 按规程操作燃气锅炉并记录运行参数。
2. 每周清洗水处理设备。
任职要求
1. 持特种设备作业人员证（G1）。
"""


def test_a_wrapped_field_line_is_no_post_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "工程部岗位说明.txt"
    path.write_text(_COLUMNS, encoding="utf-8")
    posts = _profiles(path)
    assert set(posts) == {"弱电工程师", "锅炉工"}, list(posts)
    assert len(posts["弱电工程师"].duties) == 2 and len(posts["弱电工程师"].qualifications) == 2
    assert len(posts["锅炉工"].duties) == 2 and "G1" in posts["锅炉工"].qualifications[0].text


_SHARES_MD = """# 客房主管岗位说明

**岗位名称**：客房主管
**所属部门**：客房部

## 主要职责

### 一、清洁质量（工作时间占比 60%）

1. 每日抽查已清洁客房不少于20间
2. 督导服务员按标准铺床与补充客用品

### 二、人员管理（工作时间占比 40%）

1. 编排楼层服务员班次
"""

_SHARES_TXT = """前厅经理岗位说明书
岗位名称：前厅经理
所属部门：前厅部
岗位职责
职责一：接待管理（工作时间占比 50%）
1. 检查前台入住与退房办理质量
2. 处理宾客投诉
职责二：收益管理（工作时间占比 50%）
1. 每日分析出租率与平均房价
2. 调整当日房价策略
"""


def test_duty_blocks_headed_by_their_share_of_time(tmp_path: Path) -> None:
    md = tmp_path / "客房主管岗位说明.md"
    md.write_text(_SHARES_MD, encoding="utf-8")
    duties = _profiles(md)["客房主管"].duties
    assert len(duties) == 3, duties
    assert "60%" in (duties[0].heading or "") and "40%" in (duties[2].heading or ""), [d.heading for d in duties]
    txt = tmp_path / "前厅经理岗位说明书.txt"
    txt.write_text(_SHARES_TXT, encoding="utf-8")
    duties = _profiles(txt)["前厅经理"].duties
    # "职责二：…" after an item without a full stop is the next block, not that item's tail
    assert [d.text[-4:] for d in duties] == ["办理质量", "宾客投诉", "平均房价", "房价策略"], [d.text for d in duties]
    assert duties[2].heading and duties[2].heading.startswith("职责二"), duties[2].heading


_ROWS = "\ufeff岗位,所属部门,班次安排,综合月薪（元）,工作地点\n礼宾员,前厅部,早晚两班,4200-5000,滨江店\n布草员,客房部,常白班,3600-4200,滨江店\n"


def test_columns_named_in_the_companys_own_words(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "一线岗位薪资.csv"
    path.write_text(_ROWS, encoding="utf-8")
    post = _profiles(path)["礼宾员"]
    assert post.pay == "4200-5000" and post.location == "滨江店", (post.pay, post.location)
    assert any("早晚两班" in b.text for b in post.benefits), post.benefits
    levels = tmp_path / "服务员等级标准.xlsx"
    wb = openpyxl.Workbook()
    for row in [["等级", "岗位名称", "任职条件", "月薪标准（元）", "主要职责侧重"],
                ["一级", "见习服务员", "高中及以上学历", 3200, "协助清扫客房"],
                ["二级", "高级服务员", "入职满2年", 4100, "带教新员工，负责VIP楼层"]]:
        wb.active.append(row)
    wb.save(levels)
    senior = _profiles(levels)["高级服务员"]
    assert senior.fields["level"].text == "二级" and senior.pay == "4100", senior.fields
    assert [d.text for d in senior.duties] == ["带教新员工，负责VIP楼层".replace("，", ",")], senior.duties


def test_a_scoring_sheet_with_merged_groups_and_points(tmp_path: Path) -> None:
    import openpyxl

    from assistant.config import Settings
    from assistant.ingest.pipeline import process_file

    path = tmp_path / "楼层主管考核评分表.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["楼层主管月度考核评分表（满分100分）"])
    ws.append(["考核项目", "考核内容", "分值", "评分标准", "得分"])
    ws.append(["服务质量", "宾客满意度", 30, "低于90%每低1%扣2分", None])
    ws.append([None, "投诉处理及时率", 20, "超时一次扣3分", None])
    ws.append(["成本控制", "客用品消耗", 50, "超定额1%扣5分", None])
    ws.merge_cells("A3:A4")
    wb.save(path)
    entries = [k for k in process_file(path, tmp_path, Settings(home=tmp_path / "home")).kpis if k.kind == "indicator"]
    assert [(k.name, k.dimension, k.weight) for k in entries] == [
        ("宾客满意度", "服务质量", 30.0), ("投诉处理及时率", "服务质量", 20.0), ("客用品消耗", "成本控制", 50.0)], entries


_NOTICE = """滨江国际酒店
关于印发岗位工资标准的通知

一、岗位工资标准（元/月）
    1．前厅经理：9000—12000
    2．客房主管：6500—8000
    3．礼宾员：4200—5000

二、其他
    1．本标准自2025年1月1日起执行。
"""


def test_a_notice_that_lists_each_posts_pay(tmp_path: Path) -> None:
    path = tmp_path / "工资标准通知.txt"
    path.write_text(_NOTICE, encoding="utf-8")
    posts = _profiles(path)
    assert {t: p.pay for t, p in posts.items()} == {"前厅经理": "9000—12000", "客房主管": "6500—8000", "礼宾员": "4200—5000"}


_PAGE = """<html><head><title>宴会服务员</title></head><body>
<div class="job"><h2>宴会服务员</h2><p>社会招聘</p><p>滨江店 | 4500-5500元/月</p>
<h3>工作内容</h3><ul><li>负责宴会摆台与席间服务</li><li>宴会结束后清点餐具</li></ul>
<h3>任职要求</h3><ul><li>有酒店餐饮服务经验者优先</li></ul></div>
<div class="job"><h2>客房服务员</h2><p>社会招聘</p><p>江北新区 滨江国际酒店二期 客房楼层 | 4000-4800元/月</p>
<h3>工作内容</h3><ul><li>按标准清洁客房</li><li>补充客用品</li></ul>
<h3>任职要求</h3><ul><li>身体健康，吃苦耐劳</li></ul></div>
</body></html>
"""


def test_a_careers_page_titled_by_its_first_post(tmp_path: Path) -> None:
    from assistant.config import Settings
    from assistant.ingest.pipeline import process_file

    path = tmp_path / "酒店招聘.html"
    path.write_text(_PAGE, encoding="utf-8")
    records = process_file(path, tmp_path, Settings(home=tmp_path / "home"))
    assert records.title == "酒店招聘", records.title  # not the first post's name
    posts = {p.title: p for p in records.profiles}
    # a card's place and pay under its tag, however long the line
    assert posts["客房服务员"].pay == "4000-4800元/月", posts["客房服务员"].fields
    assert posts["宴会服务员"].pay == "4500-5500元/月"


_SCORED = """滨江国际酒店销售部考核办法

三、宴会销售经理薪酬考核办法
业绩工资按总分100分考核，各项指标设置如下：
1、指标设置及分值
(1)宴会签单额:40分
(2)客户回访:20分
(3)场地利用率:40分
2、评分原则
按月评分。
"""


_SOP = """滨江国际酒店客房服务流程
一、各环节时限
环节\t责任岗位\t时限要求
查房\t楼层主管\t退房后5分钟内
补物\t客房服务员\t接到通知后10分钟内
"""


def test_a_deadline_column_is_no_requirement(tmp_path: Path) -> None:
    path = tmp_path / "客房服务流程.txt"
    path.write_text(_SOP, encoding="utf-8")
    assert not any(p.qualifications for p in _profiles(path).values())


def test_indicators_and_their_points_stated_as_a_list(tmp_path: Path) -> None:
    from assistant.config import Settings
    from assistant.ingest.pipeline import process_file

    path = tmp_path / "销售部考核办法.txt"
    path.write_text(_SCORED, encoding="utf-8")
    entries = [k for k in process_file(path, tmp_path, Settings(home=tmp_path / "home")).kpis if k.weight]
    assert [(k.name, k.weight, k.roles) for k in entries] == [
        ("宴会签单额", 40.0, ["宴会销售经理"]), ("客户回访", 20.0, ["宴会销售经理"]), ("场地利用率", 40.0, ["宴会销售经理"])], entries


# Round 24 (an internet company, a car dealership).

_CARDS = """<html><body>
<div class="job"><h3>后厨主管</h3><div class="tags"><span>M2</span><span>3-5年</span><span>大专</span><span>8-10K</span><span>滨江</span></div>
<p>餐饮部</p><h4>你将负责</h4><ul><li>制定后厨排班与出品标准</li><li>控制食材成本</li></ul>
<h4>我们希望你</h4><ul><li>3年以上酒店后厨管理经验</li></ul></div>
<div class="job"><h3>西点师</h3><div class="tags"><span>P3</span><span>1-3年</span><span>中专</span><span>6-8K</span><span>滨江</span></div>
<p>餐饮部</p><h4>你将负责</h4><ul><li>制作早餐面包与下午茶点心</li></ul>
<h4>我们希望你</h4><ul><li>持西式面点师证</li></ul></div>
</body></html>
"""


def test_card_tags_after_the_title_are_no_posts(tmp_path: Path) -> None:
    path = tmp_path / "加入我们.html"
    path.write_text(_CARDS, encoding="utf-8")
    posts = _profiles(path)
    assert set(posts) == {"后厨主管", "西点师"}, list(posts)  # not "滨江", the city tag before the lists
    chef = posts["后厨主管"]
    assert chef.fields["level"].text == "M2" and chef.pay == "8-10K" and chef.department == "餐饮部", chef.fields
    assert len(chef.duties) == 2 and len(chef.qualifications) == 1


_ROSTER = """滨江国际酒店考勤与排班制度

第一条 为规范排班，制定本制度。
第二条 班次设置
（一）前厅部：早班7:00—15:00，中班15:00—23:00。
（二）礼宾员：8:00—20:00，做二休二。
（三）布草员：8:30—17:30，每周休息两天。
第三条 本制度自2026年1月1日起施行。
"""




def test_a_rule_that_gives_each_post_its_shift(tmp_path: Path) -> None:
    path = tmp_path / "考勤与排班制度.txt"
    path.write_text(_ROSTER, encoding="utf-8")
    posts = _profiles(path)
    assert set(posts) == {"礼宾员", "布草员"}, list(posts)  # 前厅部 is a unit, not a post
    assert "做二休二" in posts["礼宾员"].fields["benefits"].text


def test_a_grid_of_posts_under_a_corner_word(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "厨师等级评定标准.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["滨江国际酒店厨师等级评定标准"])
    ws.merge_cells("A1:C1")
    for row in [["评定条件", "初级厨师", "高级厨师"], ["学历要求", "初中及以上", "中专及以上"],
                ["工作年限", "1年以上", "5年以上"], ["职业资格证书", "中式烹调师五级", "中式烹调师三级"],
                ["实操考核", "70分及以上", "85分及以上"]]:
        ws.append(row)
    wb.save(path)
    posts = _profiles(path)
    assert set(posts) == {"初级厨师", "高级厨师"}, list(posts)  # not "评定条件"
    senior = [q.text for q in posts["高级厨师"].qualifications]
    assert "中专及以上" in senior and "实操考核：85分及以上" in senior, senior
    assert not any("初级" in q or "70分" in q for q in senior)
