"""Round 64, written here from scratch for a port's tally company, a botanical garden and a bus depot (the blind
testers wrote a landscaping company and a funeral services centre): a notice to one post with spaced labels,
ratio-sign colons, a JSON list in a cell, posts counted "第N号", an old list appended under a post, a KPI caption
after a 合计 row, a staffing sheet's counts by place, a sign-off line; and answers around them."""

from __future__ import annotations

from _answer_support import file_records, indexed_services, written_corpus



_NOTICE = """\
港口理货有限公司
岗位告知书（门机操作手）

一、岗位基本情况
　　岗位名称　　门机操作手
　　所属部门　　装卸作业部
　　直接上级　　装卸队队长
　　学历要求　　高中及以上
　　持证要求　　起重机司机作业证

二、岗位职责
　　1.操作门座起重机完成集装箱和件杂货装卸；
　　2.每班作业前检查吊具、钢丝绳和限位装置；
　　3.填写设备运行记录，发现故障及时报修。

签发：总经理　李明　　　审核：人力资源部　赵敏　　　生效日期：2025年3月1日
"""

_RATIO = """\
理货员岗位规范
　　岗位名称∶理货员
　　所属部门∶理货部
　　直接上级∶理货组长
　　学历要求∶中专及以上
"""

_EXPORT = """\
需求编号,岗位名称,用人部门,岗位职责(JSON)
ZP-01,计量员,计量部,"[""按规定对进出港货物过磅计量"", ""每日校验地磅零点"", ""填写计量台账并归档""]"
"""


def test_a_notice_to_one_post_ratio_colons_and_a_json_list(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"岗位告知书.txt": _NOTICE, "岗位规范.txt": _RATIO, "招聘需求.csv": _EXPORT})
    (notice,) = file_records(corpus, "岗位告知书.txt").profiles
    # "岗位告知书（门机操作手）": the post the notice is to; its spaced labels are its facts
    assert notice.title == "门机操作手" and notice.fields["reports_to"].text == "装卸队队长", notice.fields
    assert len(notice.duties) == 3, [d.text for d in notice.duties]
    # the sign-off line's 审核 and 生效日期 are the document's, no requirement of the post
    assert not any("人力资源部" in q.text or "2025年" in q.text for q in notice.qualifications), [q.text for q in notice.qualifications]
    (ratio,) = file_records(corpus, "岗位规范.txt").profiles
    assert ratio.fields["reports_to"].text == "理货组长", ratio.fields  # "直接上级∶理货组长": a ratio sign for the colon
    (export,) = file_records(corpus, "招聘需求.csv").profiles
    assert [d.text for d in export.duties] == ["按规定对进出港货物过磅计量", "每日校验地磅零点", "填写计量台账并归档"]


_GARDEN = """\
植物园一线岗位说明书
说明：本汇编收录两个岗位的说明书。
第1号　园艺工
所属部门：园艺部
工作职责：
1．负责展区花卉的栽植、修剪和浇灌；
2．清理展区杂草和枯枝落叶。
第2号　讲解员
所属部门：科普部
工作职责：
（一）按预约为团队游客讲解园区植物；
（二）更新讲解词并参加业务培训。
四、考核
讲解员的考核指标见年度考核方案。
附件：2019年版讲解员岗位职责（已废止，仅供对照）
1. 负责售票；
2. 负责游客登记。
"""


def test_posts_counted_by_number_and_what_follows_a_list(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"岗位说明书.txt": _GARDEN})
    posts = {p.title: p for p in file_records(corpus, "岗位说明书.txt").profiles}
    # "第1号　园艺工": the post, not "第1号 园艺工"
    assert set(posts) == {"园艺工", "讲解员"}, list(posts)
    duties = [d.text for d in posts["讲解员"].duties]
    # "四、考核" (a part above the list's "（一）") ends it; the void appendix is none of its duties
    assert len(duties) == 2 and not any("售票" in d or "考核" in d for d in duties), duties


_CAREERS = """\
<html><body><h1>加入我们</h1>
<section class="job"><h2>讲解员</h2>
<p><span>工作地点：</span>植物园东门</p>
<h3>你需要做的</h3>
<ol><li>为预约团队讲解园区植物；</li><li>更新讲解词。</li></ol>
<h3>我们希望你</h3>
<ul><li>大专及以上学历；</li><li>普通话二级甲等以上。</li></ul>
</section></body></html>
"""


def test_a_posting_heading_of_what_you_will_do(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"加入我们.html": _CAREERS})
    (post,) = file_records(corpus, "加入我们.html").profiles
    # "你需要做的" heads the duties (the longer kind word), "我们希望你" the requirements
    assert [d.text.rstrip("；;。") for d in post.duties] == ["为预约团队讲解园区植物", "更新讲解词"], [d.text for d in post.duties]
    assert len(post.qualifications) == 2, [q.text for q in post.qualifications]


def _depot_book(path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "定编与薪酬"
    ws.append(["公交集团 2025年定岗定编及月度薪酬标准表"])
    ws.merge_cells("A1:K1")
    ws.append(["部门", "岗位", "最低学历", "月薪构成（元）", None, None, None, "编制（人）", None, None])
    ws.merge_cells("D2:G2")
    ws.merge_cells("H2:J2")
    ws.append([None, None, None, "基本工资", "岗位津贴", "高温津贴（6—9月）", "月薪合计参考", "城东车场", "城西车场", "维修基地"])
    for c in ("A", "B", "C"):
        ws.merge_cells(f"{c}2:{c}3")
    ws.append(["运营部", "驾驶员", "高中", 5200, 800, 300, 6300, 40, 35, 0])
    ws.append(["机务部", "修理工", "中专", 5000, 600, 300, 5900, 0, 0, 12])
    wb.save(path)


def _kpi_book(path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "季度考核"
    head = ["序号", "维度", "指标名称", "指标说明", "权重", "目标值"]
    ws.append(["▶ 考核对象：驾驶员　　考核人：运营部经理"])
    ws.append(head)
    ws.append([1, "安全", "行车责任事故次数", "有责事故起数", "50%", "0"])
    ws.append([2, "服务", "乘客有效投诉次数", "有效投诉起数", "50%", "≤1次"])
    ws.append(["合计", None, None, None, "100%"])
    ws.append([])
    ws.append(["▶ 考核对象：修理工　　考核人：机务部经理"])
    ws.append(head)
    ws.append([1, "质量", "返修率", "返修台次占比", "60%", "≤2%"])
    ws.append([2, "效率", "保养按期完成率", "按期保养占比", "40%", "100%"])
    ws.append(["合计", None, None, None, "100%"])
    wb.save(path)


def test_counts_by_place_and_a_kpi_caption_after_a_total(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _depot_book(corpus / "定编与薪酬.xlsx")
    _kpi_book(corpus / "考核指标.xlsx")
    posts = {p.title: p for p in file_records(corpus, "定编与薪酬.xlsx").profiles}
    driver = posts["驾驶员"]
    # "维修基地" under "编制（人）": where the count is kept, no place of the post; 高温津贴 is no requirement
    assert "location" not in driver.fields, driver.fields
    assert not any("津贴" in q.text for q in driver.qualifications), [q.text for q in driver.qualifications]
    by_post: dict[str, list[str]] = {}
    for k in file_records(corpus, "考核指标.xlsx").kpis:
        for post in k.roles:
            by_post.setdefault(post, []).append(k.name)
    # "▶ 考核对象：修理工" between the 合计 row and the header again: the next block is that post's
    assert sorted(by_post.get("修理工", [])) == ["保养按期完成率", "返修率"], by_post
    assert len(by_post.get("驾驶员", [])) == 2, by_post


_BUS = {
    "岗位说明.txt": """\
公交集团岗位说明

一、车辆调度员
岗位职责：
1. 编制行车计划，合理调配车辆和驾驶员。
2. 处理线路突发情况，及时调整班次。
3. 统计每日营运里程和班次完成情况。
4. 管理调度台账和交接班记录。
任职要求：
1. 大专及以上学历。
2. 熟练使用自动化办公软件。

二、票务员
岗位职责：
1. 清点票款并解缴银行。
2. 管理票据领用和核销。
""",
    "薪酬与津贴.txt": """\
票务员岗位津贴标准待集团办公会审定后另行公布。
车辆调度员享受高温及夜班岗位津贴，每月400元。
""",
    "薪酬结构说明.txt": """\
调度岗位的薪酬由岗位工资、绩效奖金和外勤补贴三部分构成，其中外勤补贴不参与考核。
绩效奖金：按季度考核得分发放，基数为每月600元。
外勤补贴：考虑到跟车外出的工作性质，按每月150元核定。
""",
}


def test_a_count_asked_a_switch_by_a_near_spelling_and_perks(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "bus64", _BUS)
    ask = services.chat.ask
    # "先挑三条说": three, the rest for "还有吗"
    three = ask("车辆调度员主要干啥？先挑三条说", Conversation())
    assert len(three.items) == 3, three.text
    # "那调度圆呢": a near spelling of the end of a described title, as a switch of the post
    conv = Conversation()
    ask("票务员每天干什么", conv)
    switched = ask("那调度圆呢", conv)
    assert switched.role == "车辆调度员" and "行车计划" in switched.text, switched.text
    # a legal question about a post is no question of its experience
    assert ask("票务员挪用票款一般会判几年", Conversation()).refused
    # "有没有高温补贴" said by "高温及夜班岗位津贴": no "not stated" above the line that states it
    perk = ask("车辆调度员有没有高温补贴", Conversation())
    assert "400元" in perk.text and "没有写明" not in perk.text, perk.text
    # two facts asked, one of them put off by a note: the note is the answer
    put_off = ask("票务员的岗位津贴一个月多少钱", Conversation())
    assert "另行公布" in put_off.text, put_off.text
    # "外勤补贴一个月能拿多少" where a line is labelled by it: that line, not the sentences naming the pay's parts
    labelled = ask("车辆调度员的外勤补贴一个月能拿多少", Conversation())
    assert "150元" in labelled.items[0].text, labelled.text
