"""Round 59, written here from scratch for a parking operator, a stationery shop chain and a call centre
(the blind testers wrote a furniture maker and a wedding company; the round's first fixes come from
the open cases of round 58): a post a rule says includes other posts, postings that differ by place,
a unit named before its post, a duty asked as who handles it, a fact narrowed beyond what the
documents say, two posts compared on one fact, and who scores an indicator."""

from __future__ import annotations

from _answer_support import indexed_services

_RULE = """城北停车管理有限公司
停车场值守规定（2025年修订）

一、适用岗位
本规定适用于收费员，含出口岗、巡场岗和夜班岗。

二、收费员岗位职责
1．负责出口车辆收费，核对停车时长；
2．巡查车位，引导车辆有序停放；
3．认真填写交接班记录。

三、任职条件
高中及以上学历；年龄50周岁以下；身体健康，能适应夜班。

四、汇报关系
收费员向场长汇报。
"""

_POSTINGS = """需求编号,需求部门,岗位名称,工作地点,薪资范围,岗位职责,需求状态
R-01,温州停车运营中心,巡检员,温州停车运营中心（鹿城区）,4500-5500元/月,巡查车场道闸和监控设备,招聘中
R-02,运营部,收费员,县域车场（瑞安、乐清）,3800-4500元/月,出口收费、巡场,招聘中
R-03,运营部,收费员,城区车场,4800-5600元/月,出口收费、夜间值守,招聘中
"""


def test_a_post_a_rule_says_includes_others_and_postings_that_differ_by_place(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "parking59", {"值守规定.txt": _RULE, "招聘需求.csv": _POSTINGS})
    ask = services.chat.ask
    # "夜班岗" is only named, as a kind of 收费员: what the documents say of 收费员, said so
    night = ask("夜班岗要什么条件", Conversation())
    assert not night.refused and "高中" in night.text and "收费员" in night.text, night.text
    chat = Conversation()
    ask("收费员做什么", chat)
    ask("夜班岗归谁管", chat)
    asked = ask("任职条件呢", chat)
    assert not asked.refused and "50周岁" in asked.text, asked.text
    # a city the question names is no unit whose name begins with it; the postings differ, each with its place
    pay = ask("温州市区的收费员一个月能拿多少", Conversation())
    assert "3800" in pay.text and "4800" in pay.text and "县域车场" in pay.text, pay.text
    # the unit, 的, then the post: the post is asked about
    assert ask("温州停车运营中心的巡检员工资多少", Conversation()).role == "巡检员"


_SHOP = """晨光文具连锁门店岗位职责

一、导购
1．接待顾客，介绍商品并达成销售；
2．负责收银和日结对账；
3．整理货架，补货上架。

二、店长
1．负责门店日常经营管理；
2．制定门店月度销售计划。

三、人事专员
1．办理员工入职、离职手续；
2．每年7月核定员工社保缴费基数。
"""

_JOBS = """岗位名称,学历要求,薪资范围,福利待遇
导购,高中及以上,3500-4500元/月,双休，办理社会保险，提供员工宿舍
店长,大专及以上,6000-8000元/月,双休，办理社会保险，年终奖
"""


def test_a_duty_asked_as_who_handles_it_an_unstated_part_of_a_fact_and_two_posts_compared(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "shop59", {"门店岗位职责.txt": _SHOP, "招聘表.csv": _JOBS})
    ask = services.chat.ask
    # "收银归导购管吗": no post named 收银归导购; after a question on pay, the post's own duty line
    alone = ask("收银归导购管吗", Conversation())
    assert alone.role == "导购" and "收银归导购" not in alone.text and "收银" in alone.text, alone.text
    chat = Conversation()
    ask("导购做什么", chat)
    ask("导购一个月拿多少", chat)
    cashier = ask("那收银也归导购管吗", chat)
    assert not cashier.refused and "日结对账" in cashier.text and "3500" not in cashier.text, cashier.text
    # the posting says 社会保险 is handled, not how its base is set (a word of another post's duties)
    base = ask("导购的社保缴费基数是怎么定的", Conversation())
    assert base.refused and "没有写明" in base.text and "缴费基数" in base.text, base.text
    # "哪个工资高": both posts' pay, side by side
    both = ask("导购和店长哪个工资高", Conversation())
    assert "3500" in both.text and "6000" in both.text, both.text


_SCORES = """呼叫中心内控KPI组成表
KPI	KPI说明	周期	考核标准	权重	数据来源	计算方法
服务规范执行	软指标	季	100分	40%	质检抽查	主管打分
质检分析报告	软指标	季	100分	60%	本岗位提交报告	见附表

软指标评分表
表一：质检分析报告评分表（由呼叫中心经理填写）
请针对质检专员提交的质检分析报告从以下两方面评分
评分项目	权重
报告格式	40%
问题分析深度	60%
"""


def test_who_scores_an_indicator_by_its_row_or_its_annex_caption(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "call59", {"呼叫中心KPI.txt": _SCORES})
    ask = services.chat.ask
    row = ask("服务规范执行这个指标谁来打分", Conversation())
    assert "评分人：主管" in row.text, row.text
    chat = Conversation()
    ask("质检分析报告这个指标怎么打分", chat)
    annex = ask("谁来给它评分", chat)
    assert "评分人：呼叫中心经理" in annex.text, annex.text
    again = ask("那谁来打这个分", chat)
    assert "评分人：呼叫中心经理" in again.text, again.text


def _kitchen(corpus) -> None:  # type: ignore[no-untyped-def]
    """A central kitchen's Word book: one table per post, its parts named by a cell merged down the
    left, the duty part under a header row of its own (职责模块 | 工作内容 | 频次)."""
    import docx

    d = docx.Document()
    d.add_paragraph("中央厨房岗位说明书（2025版）")
    t = d.add_table(rows=9, cols=4)
    title = t.cell(0, 0).merge(t.cell(0, 3))
    title.text = "岗位名称：裱花师　｜　岗位编码：ZY-02　｜　所属部门：西点车间"
    rows = [["岗位职责", "职责模块", "工作内容", "频次"], ["岗位职责", "裱花作业", "按订单完成蛋糕抹面与裱花造型", "每班"],
            ["岗位职责", "裱花作业", "核对订单上的祝福语和配件", "每单"], ["岗位职责", "卫生管理", "下班前清洗裱花嘴和转台", "每日"],
            ["任职资格", "要素", "要求", "要求"], ["任职资格", "学历", "初中及以上", "初中及以上"],
            ["任职资格", "证书", "无硬性要求", "无硬性要求"], ["任职资格", "经验", "1年以上蛋糕裱花经验", "1年以上蛋糕裱花经验"]]
    for r, cells in enumerate(rows, start=1):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    t.cell(1, 0).merge(t.cell(4, 0)).text = "岗位职责"
    t.cell(5, 0).merge(t.cell(8, 0)).text = "任职资格"
    for r in range(5, 9):
        value = rows[r - 1][2]
        t.cell(r, 2).merge(t.cell(r, 3)).text = value  # (the text set once the cells are one)
    d.save(corpus / "中央厨房岗位说明书.docx")


def test_a_part_merged_down_the_left_over_its_own_header_row(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import file_records

    _kitchen(tmp_path)
    profiles = {p.title: p for p in file_records(tmp_path, "中央厨房岗位说明书.docx").profiles}
    assert set(profiles) == {"裱花师"}, set(profiles)  # (no post named by a module, "裱花作业")
    baker = profiles["裱花师"]
    duties = [d.text for d in baker.duties]
    # the duties are the 工作内容 column, each with how often it is done; the modules are no duties
    assert any("蛋糕抹面" in t and "每班" in t for t in duties) and len(duties) == 3, duties
    assert not any(t in ("职责模块", "裱花作业", "卫生管理") for t in duties), duties
    # "无硬性要求" is the value of 证书, not the name of a column
    assert baker.fields["certificate"].text == "无硬性要求" and baker.fields["education"].text == "初中及以上", baker.fields


def _voices(corpus) -> None:  # type: ignore[no-untyped-def]
    """A chain store's handbook in its staff's own words: "▎1. 店员" headings, "我每天要做的事："
    over boxes to tick, "想来做我这份工，你需要：" over dotted lines."""
    import docx

    d = docx.Document()
    for line in ["门店岗位手册——听我们自己说", "▎1. 店员", "我是店员，在社区门店上班，直接向店长汇报。", "我每天要做的事：",
                 "☐ 开门前清点货架并补货", "☐ 为顾客结账并开具小票", "想来做我这份工，你需要：", "· 高中及以上学历",
                 "· 能接受周末轮班", "▎2. 配送员", "我是配送员，属于物流部，直接向物流主管汇报。", "我每天要做的事：",
                 "☐ 按路线配送线上订单", "☐ 收回周转箱并登记", "想来做我这份工，你需要：", "· 持C1驾驶证", "· 熟悉本市道路"]:
        d.add_paragraph(line)
    d.save(corpus / "门店岗位手册.docx")


def test_a_handbook_in_the_first_person_under_barred_numbered_headings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import file_records

    _voices(tmp_path)
    profiles = {p.title: p for p in file_records(tmp_path, "门店岗位手册.docx").profiles}
    assert set(profiles) == {"店员", "配送员"}, set(profiles)
    clerk, driver = profiles["店员"], profiles["配送员"]
    assert len(clerk.duties) == 2 and not any("你需要" in d.text or "配送" in d.text for d in clerk.duties), clerk.duties
    assert any("高中" in q.text for q in clerk.qualifications) and not any("C1" in q.text for q in clerk.qualifications)
    assert any("C1" in q.text for q in driver.qualifications) and len(driver.duties) == 2, driver


def test_a_pdf_of_coded_posts_fact_rows_read_into_the_lists_and_a_table_announced_by_an_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A surveying institute's PDF, as the loader reads it: each post under its code, a two-column form
    of facts drawn without lines ("所属部门 外业队 直接上级 外业队长"), a fact cell read into the middle
    of the duty list, and a KPI table announced by "第七条 …考核指标如下表（满分100分）："."""
    from assistant.config import Settings
    from assistant.ingest.layout import Cell, Source, Table, Unit
    from assistant.ingest.pipeline import build_records
    from assistant.ingest.vocab import Vocab
    from assistant.lexicon import load_lexicon
    from assistant.models import LoadedDocument

    lines = ["测绘院岗位规范（2025年版）", "CH-01 外业测绘员", "所属部门 外业队 直接上级 外业队长",
             "学历 大专及以上 工作地点 按项目派驻", "工作职责", "▶ 使用RTK完成控制点测量", "直接下属 无",
             "班次 外业班（07:00起）", "▶ 整理外业记录并当天上传", "▶ 每周保养测量仪器", "任职要求", "· 测绘工程等相关专业",
             "· 1年以上外业测量经验", "CH-02 内业制图员", "所属部门 内业部 直接上级 内业主管", "学历 大专及以上 工作地点 总部",
             "工作职责", "▶ 完成地形图编绘", "▶ 成果质量自检", "任职要求", "· 熟练使用CASS制图软件",
             "第七条　外业测绘员月度考核指标如下表（满分100分）：", "考核指标 权重 目标值", "控制点一次合格率 60% ≥98%",
             "外业记录上传及时率 40% 100%", "第八条　外业队长负责本队测绘员的任务派工和月度评分。"]
    doc = LoadedDocument(file="岗位规范.pdf", lines=lines, encoding="pdf", content_hash="x")
    flow: list[Unit | Table] = [Unit(n, text) for n, text in enumerate(lines, 1)]
    # (the ruled table, as the PDF loader finds it: one cell per column)
    at = lines.index("考核指标 权重 目标值")
    rows = [[Cell([Unit(at + 1 + r, part)]) for part in lines[at + r].split()] for r in range(3)]
    flow[at : at + 3] = [Table(rows=rows, source="pdf")]
    source = Source(doc=doc, flow=flow, kind="pdf")
    settings = Settings(home=tmp_path / "home")
    records = build_records(source, settings, Vocab.build(load_lexicon(settings.home)))
    profiles = {p.title: p for p in records.profiles}
    field, office = profiles["外业测绘员"], profiles["内业制图员"]
    # each fact of a row its own; the list goes on after the fact cells read into it
    assert field.fields["reports_to"].text == "外业队长" and field.fields["department"].text == "外业队", field.fields
    assert field.fields["location"].text == "按项目派驻" and len(field.duties) == 3, field.duties
    # the next post's code and title end the list above, never its last item's tail
    assert not any("内业制图员" in q.text for q in field.qualifications), field.qualifications
    assert office.fields["reports_to"].text == "内业主管" and len(office.duties) == 2, office
    kpis = [k for k in records.kpis if k.weight is not None]
    assert {k.name for k in kpis} == {"控制点一次合格率", "外业记录上传及时率"} and all(k.roles == ["外业测绘员"] for k in kpis), kpis


_CARDS = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>加入我们</title></head><body>
<h1>加入青柠花艺</h1>
<figure id="job-1">
<figcaption>花艺师（杭州西溪店）</figcaption>
<small>杭州 · 门店部 · 底薪4200元＋作品提成 · 门店班 · 汇报给门店店长</small>
<blockquote><p>① 按订单制作花束与花篮</p><p>② 每日打理门店鲜花养护</p><p>③ 参与节日橱窗布置</p></blockquote>
<ol type="a"><li>中专及以上学历</li><li>1年以上花艺制作经验</li><li>持插花员职业资格证书者优先</li></ol>
</figure>
<figure id="job-2">
<figcaption>配送专员（杭州中心仓）</figcaption>
<small>杭州 · 物流部 · 4500-5500元/月 · 早晚班轮换</small>
<blockquote><p>① 按时将订单送达客户并拍照回传</p></blockquote>
<ol type="a"><li>高中及以上学历</li><li>持C1驾驶证</li></ol>
</figure>
</body></html>
"""

_HANDBOOK = """# 门店手册（2025）

## 一、门店岗位

### 1. 门店经理

| 维度 | 说明 |
|---|---|
| 直属上级 | 区域总监 |
| 学历 | 大专及以上 |

岗位职责：

1. 制定门店月度销售目标
2. 排定员工班表

### 2. 收银员

| 维度 | 说明 |
|---|---|
| 直属上级 | 门店经理 |
| 学历 | 高中及以上 |

岗位职责：

1. 收银与开具发票
2. 每日交班对账
"""


def test_careers_cards_as_figures_and_a_handbook_of_numbered_post_headings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from _answer_support import file_records

    (tmp_path / "加入我们.html").write_text(_CARDS, encoding="utf-8")
    (tmp_path / "门店手册.md").write_text(_HANDBOOK, encoding="utf-8")
    cards = {p.title: p for p in file_records(tmp_path, "加入我们.html").profiles}
    # a <figure>'s caption titles the card (a posting per site, its site in brackets)
    assert set(cards) == {"花艺师(杭州西溪店)", "配送专员(杭州中心仓)"}, set(cards)
    florist = cards["花艺师(杭州西溪店)"]
    # the card's tag line gives its facts; the two unlabelled lists are its duties, then its requirements
    assert florist.fields["reports_to"].text == "门店店长" and "4200" in florist.fields["pay"].text, florist.fields
    assert len(florist.duties) == 3 and any("中专" in q.text for q in florist.qualifications), florist
    assert any("C1" in q.text for q in cards["配送专员(杭州中心仓)"].qualifications), cards["配送专员(杭州中心仓)"]
    # "### 2. 收银员" after "### 1. 门店经理": the next post, its table and list its own
    posts = {p.title: p for p in file_records(tmp_path, "门店手册.md").profiles}
    assert set(posts) == {"门店经理", "收银员"}, set(posts)
    assert len(posts["门店经理"].duties) == 2 and posts["收银员"].fields["reports_to"].text == "门店经理", posts


def _seasons(corpus) -> None:  # type: ignore[no-untyped-def]
    """A ski-rental shop's KPI sheet: one weight per season under a merged "权重（%）"."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "门店"
    ws.append(["岗位", "指标名称", "权重（%）", None, "目标值"])
    ws.append([None, None, "旺季", "淡季", None])
    ws.append(["租赁专员", "租赁单量", 60, 40, "≥300单/月"])
    ws.append([None, "器材完好率", 40, 60, "≥99%"])
    for ref in ("C1:D1", "A1:A2", "B1:B2", "E1:E2", "A3:A4"):
        ws.merge_cells(ref)
    wb.save(corpus / "门店KPI.xlsx")


def test_a_weight_per_season_and_the_one_asked(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "rental59", {}, write=_seasons)
    chat = Conversation()
    listed = services.chat.ask("租赁专员的KPI有哪些", chat)
    assert "旺季 60%" in listed.text and "淡季 40%" in listed.text, listed.text
    low = services.chat.ask("淡季的权重呢", chat)
    assert "淡季 40%" in low.text and "淡季 60%" in low.text and "旺季" not in low.text, low.text


_WASH = """洗车连锁岗位说明书（2025版）
一、洗车工
直接上级：门店店长
岗位职责：
1．按流程完成车身外观清洗
2．完成内饰吸尘和玻璃擦拭
任职要求：
1．初中及以上学历
二、美容技师
直接上级：技术主管
薪资：底薪3500元＋每单施工费20元
岗位职责：
1．完成镀晶、打蜡等美容施工
2．施工前后拍照留档
三、洗车组长
岗位职责：
1．收工前检查高压水枪和泡沫机
2．安排次日班次
附录　洗车工岗位说明书（V1.0，2022年版，已废止，仅供对照）
岗位：洗车工；直接上级：洗车组长；薪资：底薪2500元/月。
职责：负责洗车。
"""

_GRADES = """岗位,级别,经验要求,单台提成（元）
美容技师,初级,1年以上美容施工经验,8
美容技师,中级,3年以上美容施工经验,12
美容技师,高级,5年以上美容施工经验,15
"""

_NOTICE = """关于调整城南店美容技师汇报关系的通知
自2025年5月1日起，城南店美容技师的直属上级由“技术主管”调整为“门店店长”。其他门店不作调整。
"""


def test_a_void_appendix_a_graded_row_a_change_for_one_store_and_a_fee_asked_by_name(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "carwash59",
                                {"岗位说明书.txt": _WASH, "分级标准.csv": _GRADES, "调整通知.txt": _NOTICE})
    ask = services.chat.ask
    # the form under a void appendix's caption is no posting of 洗车工
    boss = ask("洗车工的直属上级是谁", Conversation())
    assert "门店店长" in boss.text and "洗车组长" not in boss.text, boss.text
    # the grade the question names, alone
    middle = ask("中级美容技师要几年经验", Conversation())
    assert "3年以上" in middle.text and "1年以上" not in middle.text and "5年以上" not in middle.text, middle.text
    # the store asked is the one the change is for: the change leads
    store = ask("城南店美容技师现在归谁管", Conversation())
    assert store.text.index("直属上级：门店店长") < store.text.index("直接上级：技术主管"), store.text
    # a fee asked by its name
    fee = ask("美容技师每单施工费多少", Conversation())
    assert fee.attribute == "pay" and "20元" in fee.text, fee.text
    # "的时侯": a time before the post, however the word is slipped
    lead = ask("收工的时侯组长要干啥", Conversation())
    assert lead.role == "洗车组长" and "高压水枪" in lead.text, lead.text


_ORDERS = """
from assistant.knowledge.roles import RoleInventory
from assistant.lexicon import load_lexicon
lexicon = load_lexicon(None)
inventory = RoleInventory(lexicon)
print(inventory._suffixes, inventory._prefix_noise, inventory._org_suffixes, inventory._unit_suffixes, inventory._switches)
"""


def test_the_orders_words_are_tried_in_do_not_follow_the_hash_seed() -> None:
    """Words matched or stripped one after the other (title endings, leading noise) are tried in one
    order whatever the hash seed: an answer must not change between two runs of the same question."""
    import os
    import subprocess
    import sys

    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _ORDERS], env=env, capture_output=True, text=True, timeout=120, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1
