"""Layouts met on the round 38 and 39 trials, written here from scratch for an amusement park: a safety rule
book whose articles give each post's duties on one topic and end with whom the post wants, a watermark laid
across a PDF page, a form's date left blank, Markdown footnotes under a requirement list."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, file_records, indexed_services
from _pdf_support import write_pdf

_RULE_BOOK = """\
欢途乐园大型游乐设施安全管理制度
第一章 总则
第一条 为保障游客人身安全，依据《特种设备安全法》，制定本制度。
第二条 本制度适用于乐园全体运营人员。
第二章 岗位安全职责
第四条 游乐设备操作员安全职责：
（一）每日开园前完成设备空载试运行，并填写《试机记录》；
（二）运行中监控乘客安全带、压杠状态，发现异常立即停机；
（三）风力达到6级以上或雷雨天气时停止运行并报告值班经理。
操作员应具有高中及以上学历，持有大型游乐设施操作证，并具有1年以上游乐设备操作
经验。
第五条 机电维修工的安全生产职责：
（一）负责设备日检、周检与月检，记录完整；
（二）维修作业执行挂牌上锁制度。
第六条 售票员安全职责：（略）
第七条 外来施工人员须经值班经理批准方可进入设备区。
"""


def test_a_rule_books_articles_give_each_posts_duties_and_requirements(tmp_path: Path) -> None:
    (tmp_path / "安全管理制度.txt").write_text(_RULE_BOOK, encoding="utf-8")
    profiles = {p.title: p for p in file_records(tmp_path, "安全管理制度.txt").profiles}
    # "X安全职责", "X的安全生产职责": the post's duties on that topic; the post with "（略）" has none
    assert set(profiles) == {"游乐设备操作员", "机电维修工"}, sorted(profiles)
    operator = profiles["游乐设备操作员"]
    assert len(operator.duties) == 3 and "试运行" in operator.duties[0].text, [d.text for d in operator.duties]
    # the sentence after the list says whom the post wants: its clauses are requirements, not a duty
    wants = [q.text for q in operator.qualifications]
    assert any("高中及以上" in t for t in wants) and any("大型游乐设施操作证" in t for t in wants), wants
    assert any("1年以上" in t for t in wants), wants
    assert not any("学历" in d.text for d in operator.duties), [d.text for d in operator.duties]
    assert [d.text for d in profiles["机电维修工"].duties][1].endswith("挂牌上锁制度。")
    assert not profiles["机电维修工"].qualifications


def test_a_watermark_across_a_pdf_page_leaves_no_letters_among_the_lines(tmp_path: Path) -> None:
    from assistant.config import Settings
    from assistant.ingest.loaders.pdf import load_pdf

    runs = [(72, 720, 12, "Ride Operator Safety Duties"), (72, 700, 11, "1. Test run each ride before opening."),
            (72, 680, 11, "2. Stop the ride in winds above force 6."), (72, 660, 11, "3. Record every stop in the log.")]
    # "INTERNAL" at 35 degrees in pale grey over the text, as a company's template stamps each page; and the
    # same word upright, large and pale
    overlay = ("0.85 g BT /F1 56 Tf 0.819 0.574 -0.574 0.819 120 560 Tm (INTERNAL) Tj ET\n"
               "0.85 g BT /F1 60 Tf 1 0 0 1 100 400 Tm (DRAFT) Tj ET")
    path = tmp_path / "ride.pdf"
    write_pdf(path, [runs], overlay=overlay)
    source = load_pdf(path, "ride.pdf", "x", Settings(home=tmp_path / "home"))
    assert source.doc.lines == [text for _, _, _, text in runs], source.doc.lines


def test_a_forms_blank_date_is_no_fact_of_the_post(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("录用通知书")
    doc.add_paragraph("经面试评估，我司决定录用您担任过山车操作员一职，录用条件如下：")
    table = doc.add_table(rows=5, cols=2)
    for row, (label, value) in zip(table.rows, [("录用岗位", "过山车操作员"), ("所属部门", "游乐运营部"), ("汇报对象", "游乐运营主管"),
                                                ("薪酬待遇", "月薪5200元，另计夜场补贴"), ("报到时间", "____年__月__日 上午9:00")]):
        row.cells[0].text, row.cells[1].text = label, value
    doc.save(str(tmp_path / "录用通知书.docx"))
    (profile,) = file_records(tmp_path, "录用通知书.docx").profiles
    assert profile.title == "过山车操作员" and profile.fields["pay"].text.startswith("月薪5200元"), profile.fields
    # the date the letter leaves to fill in states nothing: no fact of the post holds it
    assert not any("年月日" in f.text or "9:00" in f.text for f in profile.fields.values()), {
        k: f.text for k, f in profile.fields.items()}


_FOOTNOTED = """\
# 过山车操作员岗位说明书

## 主要职责

1. 按操作规程开机、运行与停机；
2. 每轮运行前确认乘客安全带与压杠锁紧。

## 任职资格

- 学历：高中及以上[^1]
- 经验：1年以上游乐设备操作经验
- 证书：大型游乐设施操作证[^2]
- 待补充：夜场津贴标准（由薪酬组确定后更新）

[^1]: 退役军人可放宽至初中。
[^2]: 入职3个月内取得亦可。
"""


def test_markdown_footnotes_and_bulleted_requirement_labels(tmp_path: Path) -> None:
    (tmp_path / "过山车操作员.md").write_text(_FOOTNOTED, encoding="utf-8")
    (profile,) = file_records(tmp_path, "过山车操作员.md").profiles
    # "- 学历：高中及以上": an item of the list and the post's 学历 (the footnote mark is no text)
    assert profile.fields["education"].text == "高中及以上", {k: f.text for k, f in profile.fields.items()}
    assert profile.fields["certificate"].text == "大型游乐设施操作证"
    items = [q.text for q in profile.qualifications]
    # the notes under the list are no tail of its last item
    assert not any("退役" in t or "入职3个月" in t or "[^" in t for t in items), items


_RST = """\
==========================
游乐运营部岗位规范
==========================

:文档编号: YL-OP-003
:版本: 2025-B

.. contents:: 目录

设备巡检员
==========

:岗位名称: 设备巡检员
:所属部门: 游乐运营部
:直接上级: 设备主管
:学历要求: 中专及以上
:资格证书: 大型游乐设施修理证

岗位职责
--------

#. 每日开园前按点检表巡检各项游乐设施；
#. 记录巡检结果并上报异常；
#. 配合维修工完成月度保养。

.. note::

   巡检员绩效考核另行发布。
"""


def test_a_restructuredtext_field_list_and_autonumbered_list(tmp_path: Path) -> None:
    (tmp_path / "岗位规范.txt").write_text(_RST, encoding="utf-8")
    (profile,) = file_records(tmp_path, "岗位规范.txt").profiles
    fields = {k: f.text for k, f in profile.fields.items()}
    # ":直接上级: 设备主管" is the field 直接上级; "#." numbers the duties
    assert profile.title == "设备巡检员" and fields["reports_to"] == "设备主管", fields
    assert fields["education"] == "中专及以上" and fields["certificate"] == "大型游乐设施修理证", fields
    assert len(profile.duties) == 3 and "巡检各项游乐设施" in profile.duties[0].text, [d.text for d in profile.duties]


_PROSE_POSTS = """\
游客服务中心岗位说明（2025年修订）

一、票务主管（年卡业务）

　　票务主管隶属于游客服务中心，直接向中心经理汇报。该岗位主要负责三方面工作：一是编制每日售票排班；二是核对当日票款并解缴；三是处理年卡办理中的投诉。
　　任职要求方面，需具备大专及以上学历，财务或旅游管理类专业；三年以上景区或酒店票务经验；熟练使用票务系统。
　　薪酬为月薪6500元，工作地点在乐园南门游客中心。

二、讲解员

　　讲解员隶属于游客服务中心。主要负责两方面工作：一是为团队游客提供园区讲解；二是更新讲解词。
　　要求大专及以上学历，普通话二级甲等以上。
"""


def test_posts_described_in_paragraphs_under_their_own_headings(tmp_path: Path) -> None:
    (tmp_path / "岗位说明.txt").write_bytes(_PROSE_POSTS.encode("gbk"))
    profiles = {p.title: p for p in file_records(tmp_path, "岗位说明.txt").profiles}
    # no headcount and no colon after the title: the paragraph under it starts with the post it names
    lead = next(p for t, p in profiles.items() if t.startswith("票务主管"))
    assert len(lead.duties) == 3 and "售票排班" in lead.duties[0].text, [d.text for d in lead.duties]
    wants = [q.text for q in lead.qualifications]
    assert any("大专及以上" in t for t in wants) and any("三年以上" in t for t in wants), wants
    assert not any(t.startswith("任职要求") for t in wants), wants  # the clause naming the topic is no requirement
    assert lead.fields["pay"].text.startswith("薪酬为月薪6500元")
    assert "讲解员" in profiles and any("普通话" in q.text for q in profiles["讲解员"].qualifications)


def test_struck_out_text_of_a_revised_web_page_is_not_read(tmp_path: Path) -> None:
    page = """<html><body><h2>过山车操作员</h2><h3>岗位职责</h3><ul>
<li>发现异常<del>5分钟</del><ins>1分钟</ins>内停机并报告；</li>
<li><del>每月统计游客投诉；</del><ins>每日填写运行日志；</ins></li>
<li>引导游客有序排队。</li></ul>
<h3>任职要求</h3><ul><li>学历：<s>高中</s>中专及以上；</li><li>持大型游乐设施操作证。</li></ul></body></html>"""
    (tmp_path / "revision.html").write_text(page, encoding="utf-8")
    (profile,) = file_records(tmp_path, "revision.html").profiles
    duties = " ".join(d.text for d in profile.duties)
    assert "1分钟内停机" in duties and "每日填写运行日志" in duties, duties
    assert "5分钟" not in duties and "统计游客投诉" not in duties, duties
    assert profile.fields["education"].text == "中专及以上"


def test_a_kpi_librarys_group_rows_are_the_dimensions_of_the_rows_below(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "游乐运营部"
    ws.append(["游乐运营部KPI指标库（2025版）"])
    ws.append(["编码", "指标名称", "权重", "目标值", "计算方法", "适用岗位"])
    ws.append([None, "一、客户维度", "=SUM(C4:C5)"])
    ws.append(["YL-C01", "游客满意度", 0.2, "≥95分", "回访评分平均值", "游乐设备操作员"])
    ws.append(["YL-C02", "投诉处理及时率", 0.1, "100%", "按时处理数÷投诉总数", "游乐设备操作员"])
    ws.append([None, "二、内部运营维度", "=SUM(C7:C8)"])
    ws.append(["YL-O01", "设备完好率", 0.4, "≥98%", "完好台数÷总台数", "游乐设备操作员"])
    ws.append(["YL-O02", "安全事故次数", 0.3, "0次", "统计期内事故数", "游乐设备操作员"])
    ws.append([None, "合计", "=C3+C6"])
    wb.save(str(tmp_path / "KPI指标库.xlsx"))
    kpis = file_records(tmp_path, "KPI指标库.xlsx").kpis
    assert [k.name for k in kpis] == ["游客满意度", "投诉处理及时率", "设备完好率", "安全事故次数"], [k.name for k in kpis]
    assert [k.dimension for k in kpis] == ["客户维度", "客户维度", "内部运营维度", "内部运营维度"]
    assert sum(k.weight or 0 for k in kpis) == 100 and kpis[0].roles == ["游乐设备操作员"]


def test_rows_past_their_expiry_date_are_no_current_facts(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["岗位名称", "属性", "属性值", "生效日期", "失效日期"])
    ws.append(["游乐设备操作员", "直接上级", "值班经理", "2021-01-01", "2024-12-31"])
    ws.append(["游乐设备操作员", "直接上级", "设备主管", "2025-01-01", None])
    ws.append(["游乐设备操作员", "月薪范围", "4000-5500元", "2021-01-01", "2024-12-31"])
    ws.append(["游乐设备操作员", "月薪范围", "4500-6000元", "2025-01-01", None])
    ws.append(["游乐设备操作员", "学历", "中专及以上", "2025-01-01", "2099-12-31"])
    wb.save(str(tmp_path / "岗位属性.xlsx"))
    (profile,) = file_records(tmp_path, "岗位属性.xlsx").profiles
    fields = {k: f.text for k, f in profile.fields.items()}
    assert fields["reports_to"] == "设备主管" and fields["pay"] == "4500-6000元", fields
    assert fields["education"] == "中专及以上"  # an expiry still ahead keeps the row in force


def test_an_internal_competitions_application_conditions_are_requirements(tmp_path: Path) -> None:
    notice = """关于竞聘设备主管岗位的公告
一、竞聘岗位：设备主管
二、岗位职责及报名条件
（一）设备主管
岗位职责：
1.组织游乐设施日检、周检与年检；
2.审核维修工单并验收。
报名条件：
1.大专及以上学历，机电类专业；
2.5年以上游乐设备维修经验；
3.持有大型游乐设施修理证。
薪酬待遇：月薪9000-12000元。
"""
    (tmp_path / "竞聘公告.txt").write_text(notice, encoding="utf-8")
    profile = next(p for p in file_records(tmp_path, "竞聘公告.txt").profiles if p.duties)
    assert "5年以上游乐设备维修经验" in [q.text for q in profile.qualifications][1]
    assert not any("大专" in d.text for d in profile.duties)
    assert profile.fields["pay"].text.startswith("月薪9000-12000元")


def test_admonitions_a_careers_form_and_title_dot_place_cards(tmp_path: Path) -> None:
    page = """<html><body><nav><a href="/">首页</a></nav>
<form id="jobs">
<fieldset><legend>设备巡检员 <small>· 北园区</small></legend>
<table><tr><th>薪资</th><td>5000–6500元/月</td></tr><tr><th>汇报对象</th><td>设备主管</td></tr></table>
<p>岗位职责</p><ol><li>每日开园前巡检过山车与摩天轮的安全装置</li><li>记录巡检结果并上报异常</li></ol>
<p>任职要求</p><ol><li>1年以上机电设备维护经验</li><li>持大型游乐设施修理证</li></ol>
<button type="button">投递简历</button></fieldset>
</form><form><input name="q"><button>搜索</button></form></body></html>"""
    (tmp_path / "careers.html").write_text(page, encoding="utf-8")
    (profile,) = file_records(tmp_path, "careers.html").profiles
    # a form holding the postings is the page's content; "设备巡检员 · 北园区" is the post and where it sits
    assert profile.title == "设备巡检员" and profile.fields["reports_to"].text == "设备主管", profile.fields
    assert profile.fields["location"].text == "北园区"
    assert len(profile.duties) == 2 and any("修理证" in q.text for q in profile.qualifications)
    doc = """# 游乐设备岗位

## 机电维修工

:::info 岗位信息
- 所属部门：工程部
- 直接上级：工程主管
:::

### 工作职责

1. 负责游乐设备的日常维修；
2. 配合年度检验。

:::caution 上岗门槛
必须持有大型游乐设施修理证，并具备2年以上机电维修经验。
:::
"""
    (tmp_path / "设备岗位.md").write_text(doc, encoding="utf-8")
    (fixer,) = file_records(tmp_path, "设备岗位.md").profiles
    assert fixer.fields["reports_to"].text == "工程主管"
    # ":::caution 上岗门槛": the block's title says it holds the requirements
    assert any("修理证" in q.text for q in fixer.qualifications) and not any(":::" in q.text for q in fixer.qualifications)


def test_a_weight_matrix_whose_posts_sit_under_their_units(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "岗位权重"
    ws.append(["岗位KPI权重分配"])
    ws.append(["指标编码", "指标名称", "运营部", None, "工程部", "备注"])
    ws.append([None, None, "游乐设备操作员", "检票员", "机电维修工", None])
    ws.append(["K1", "设备完好率", 0.5, None, 0.6, None])
    ws.append(["K2", "游客满意度", 0.5, 0.7, None, None])
    ws.append(["K3", "检票差错率", None, 0.3, None, "每差错1次扣5分"])
    ws.append(["K4", "维修及时率", None, None, 0.4, None])
    ws.append(["合计", None, "=SUM(C4:C7)", "=SUM(D4:D7)", "=SUM(E4:E7)", None])
    ws.merge_cells("C2:D2")
    wb.save(str(tmp_path / "权重.xlsx"))
    by_post: dict[str, list[tuple[str, float | None]]] = {}
    for k in file_records(tmp_path, "权重.xlsx").kpis:
        for role in k.roles:
            by_post.setdefault(role, []).append((k.name, k.weight))
    assert by_post == {"游乐设备操作员": [("设备完好率", 50), ("游客满意度", 50)],
                       "检票员": [("游客满意度", 70), ("检票差错率", 30)],
                       "机电维修工": [("设备完好率", 60), ("维修及时率", 40)]}, by_post


def test_a_notices_closing_lines_and_annex_notes_are_no_items(tmp_path: Path) -> None:
    notice = """关于印发检票员岗位职责的通知

各园区：
    现将检票员岗位职责印发给你们，请遵照执行。

一、检票员
（一）岗位职责
    1. 核验游客门票与年卡；
    2. 引导游客有序入园。
（二）任职要求
    1. 高中及以上学历；
    2. 附：年卡核验细则另册发布。
二、本通知自印发之日起执行。

欢途乐园有限公司
2025年3月10日
抄送：公司领导班子成员。
"""
    (tmp_path / "通知.txt").write_text(notice, encoding="utf-8")
    (profile,) = file_records(tmp_path, "通知.txt").profiles
    assert [d.text for d in profile.duties][-1].endswith("引导游客有序入园。"), [d.text for d in profile.duties]
    items = [q.text for q in profile.qualifications]
    assert len(items) == 1 and "高中" in items[0], items


def test_a_one_post_handbooks_numbered_parts_are_that_posts(tmp_path: Path) -> None:
    handbook = """检票服务手册
一、部门概述
检票组负责乐园各入口的检票与咨询，下设检票员岗位。
二、检票员
检票员是游客入园接触的第一个岗位。
所属部门：游客服务中心
直接上级：检票组长
三、岗位任务清单
1.【每日】核验门票、年卡与优惠证件；
2.【每周】整理遗失物品登记。
四、任职要求
学历与经验：高中及以上学历，1年以上服务行业经验。
五、服务禁语
不得与游客争执。
"""
    (tmp_path / "检票服务手册.txt").write_text(handbook, encoding="utf-8")
    (profile,) = file_records(tmp_path, "检票服务手册.txt").profiles
    assert profile.title == "检票员" and profile.fields["reports_to"].text == "检票组长"
    # "三、岗位任务清单", "四、任职要求" after "二、检票员": the post's own parts, though numbered as its sibling
    assert len(profile.duties) == 2 and any("高中" in q.text for q in profile.qualifications), profile


_PARK = """\
欢途乐园岗位说明书

检票员
所属部门：游客服务中心
岗位职责：
1. 核验游客门票与年卡
2. 引导游客有序入园
3. 处理无效票与过期年卡
4. 统计每日入园人数
5. 登记遗失物品
6. 配合安保检查随身物品
7. 闭园后清点检票设备
8. 每周参加服务培训
任职要求：
1. 高中及以上学历
2. 1年以上服务行业经验
3. 持急救员证者优先
福利待遇：提供免费食宿，每月休息6天。

教练员
所属部门：培训中心
岗位职责：
1. 带领新员工完成游乐设备操作培训
2. 每月组织一次应急疏散演练

售票员
所属部门：游客服务中心
岗位职责：
1. 售卖门票并开具发票
2. 每日核对票款并解缴
任职要求：
1. 中专及以上学历
2. 有会计从业经历者优先
"""


@pytest.fixture(scope="module")
def park_services(tmp_path_factory, settings_factory):  # type: ignore[no-untyped-def]
    requisitions = ("需求编号,岗位,所属部门,岗位职责,任职要求,薪资,状态\n"
                    "RQ-07,售票员,游客服务中心,1. 窗口收取现金并找零；2. 整理票据,高中及以上,3800元/月,已关闭\n")
    return indexed_services(tmp_path_factory, settings_factory, "park", {"岗位说明书.txt": _PARK, "招聘需求.csv": requisitions})


@pytest.mark.slow
def test_park_questions_on_facts_the_documents_do_or_do_not_state(park_services) -> None:  # type: ignore[no-untyped-def]
    # "社保公司交多少": 社保 is asked of the post, "公司" names no industry that would swallow it
    ratio, = _ask(park_services, "检票员的社保公司交多少比例")
    assert ratio.role == "检票员" and ratio.refused and "社保" in ratio.text and "引导游客" not in ratio.text, ratio.text
    # a fact the lexicon knows (工作环境) that the post's documents leave out: said so, no duty list instead
    where, = _ask(park_services, "检票员的工作环境咋样")
    assert where.refused and "工作环境" in where.text and "引导游客" not in where.text, where.text
    # "证书是加分项": the post's preferred certificate, not its KPIs
    plus, = _ask(park_services, "检票员有哪些证书是加分项")
    assert plus.intent != "kpi" and "急救员证" in unescape_md(plus.text), plus.text
    # "管吃管住不": board and lodging, said the everyday way
    _, board = _ask(park_services, "检票员一个月休几天", "管吃管住不")
    assert not board.refused and "食宿" in unescape_md(board.text), board.text


@pytest.mark.slow
def test_more_after_an_item_explained_is_the_rest_of_that_list(park_services) -> None:  # type: ignore[no-untyped-def]
    first, item, more = _ask(park_services, "检票员每天做什么", "第五条是什么意思", "除了这几条还有吗")
    assert first.role == "检票员" and "登记遗失物品" in unescape_md(item.text)
    # "除了这几条还有吗": more of the duties, not a question about something the post's documents lack
    assert more.role == "检票员" and more.intent == "duty", (more.intent, more.text)
    assert "没有写明这一点" not in more.text, more.text


@pytest.mark.slow
def test_everyday_requests_for_a_posts_work_and_its_jd(park_services) -> None:  # type: ignore[no-untyped-def]
    # "每天的活是什么": the post's duties, though the question ends like one asking for a definition
    work, = _ask(park_services, "检票员每天的活是什么")
    assert work.intent == "duty" and "核验游客门票" in unescape_md(work.text), work.text
    # "要考什么证": a certificate to obtain, not the post's assessment
    cert, = _ask(park_services, "检票员要考什么证")
    assert cert.intent == "attribute" and "急救员证" in unescape_md(cert.text), cert.text
    # "JD起草一下": the document named, then the drafting verb
    draft, = _ask(park_services, "售票员JD起草一下，职责和要求都要有")
    assert draft.tool == "jd", (draft.intent, draft.text[:200])


def test_how_to_apply_written_as_the_last_requirements_is_no_requirement(tmp_path: Path) -> None:
    posting = """游乐设备操作员
岗位职责：
1. 按规程操作游乐设备；
2. 每轮运行前检查安全压杠。
任职要求：
1. 高中及以上学历；
2. 熟练使用Office及邮件等办公软件；
3. 邮件主题请以“应聘岗位+姓名”格式填写；
4. 请将简历直接粘贴在邮件正文中，勿用附件。
"""
    (tmp_path / "招聘.txt").write_text(posting, encoding="utf-8")
    (profile,) = file_records(tmp_path, "招聘.txt").profiles
    assert [q.text for q in profile.qualifications] == ["1.高中及以上学历;", "2.熟练使用Office及邮件等办公软件;"], [
        q.text for q in profile.qualifications]


def test_a_requirement_said_under_its_label_cites_the_labels_line_too(tmp_path: Path) -> None:
    import docx

    from assistant.config import Settings
    from assistant.eval.gold import CorpusLines
    from assistant.eval.metrics import quote_in_lines

    doc = docx.Document()
    doc.add_heading("游乐设备操作员岗位说明书", level=1)
    doc.add_paragraph("任职资格")
    rows = [("要素", "必备条件", "优先条件"), ("学历", "高中及以上", "机电类中专"), ("证书", "大型游乐设施操作证", "急救员证")]
    table = doc.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.rows[i].cells[j].text = text
    doc.save(str(tmp_path / "操作员.docx"))
    (profile,) = file_records(tmp_path, "操作员.docx").profiles
    lines = CorpusLines(tmp_path, Settings(home=tmp_path / "home-lines"))("操作员.docx")
    # each cell is a line of its own: "学历…高中及以上" is quoted over the label's line and the value's
    for item in [*profile.qualifications, *(profile.fields[k] for k in ("education", "certificate"))]:
        quote = item.quote or item.text
        assert quote_in_lines(quote, lines[item.span.line_start - 1: item.span.line_end]), (quote, item.span)
    assert profile.fields["education"].text == "高中及以上"


@pytest.mark.slow
def test_a_post_titled_by_a_bare_title_word_is_named_by_its_other_word(park_services) -> None:  # type: ignore[no-untyped-def]
    # "教练员" is said "教练" too (roles.toml ending_synonyms); "过山车教练" is a narrower post of it
    answer, = _ask(park_services, "过山车教练平时要做什么")
    assert answer.role == "教练员" and "应急疏散演练" in unescape_md(answer.text), answer.text


def test_posts_run_in_as_sentences_of_a_proposal(tmp_path: Path) -> None:
    proposal = """关于乐园前场岗位设置的调整方案（征求意见稿）
一、岗位设置
（一）游客服务员。游客服务员隶属游客服务中心，直接上级为服务主管。主要职责：负责入园咨询与寄存；负责失物招领登记；负责轮椅和婴儿车的租借。
任职要求：
高中及以上学历，普通话标准。
（二）园区安全巡查员。巡查员隶属安全部。主要职责：按路线巡查园区；发现隐患立即上报。
任职要求：
1年以上安保工作经验。
二、实施时间
本方案自2025年10月1日起执行。
"""
    (tmp_path / "调整方案.txt").write_text(proposal, encoding="utf-8")
    profiles = {p.title: p for p in file_records(tmp_path, "调整方案.txt").profiles}
    # "（一）游客服务员。游客服务员隶属…": the post's name as a sentence, the paragraph about it its duties
    desk = profiles["游客服务员"]
    assert [d.text for d in desk.duties] == ["负责入园咨询与寄存", "负责失物招领登记", "负责轮椅和婴儿车的租借"], desk.duties
    assert any("高中" in q.text for q in desk.qualifications)
    # the paragraph's subject may be the title's ending ("巡查员" of 园区安全巡查员)
    patrol = profiles["园区安全巡查员"]
    assert len(patrol.duties) == 2 and any("安保" in q.text for q in patrol.qualifications), patrol


@pytest.mark.slow
def test_a_closed_requisition_comes_after_the_posts_current_description(park_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(park_services, "售票员平时做什么")
    lead = unescape_md(answer.text).split("另一份资料")[0]
    # the requisition marked 已关闭 is no longer open: the job description leads, the requisition may follow
    assert answer.role == "售票员" and "售卖门票" in lead and "窗口收取现金" not in lead, answer.text
