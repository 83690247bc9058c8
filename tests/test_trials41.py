"""Round 41, written here from scratch for a bottled-water plant. Follow-up classes left open after round 40: two posts
compared on one requirement get a verdict, "两个哪个…" and "他们俩…" name the last two posts, a document's own section
number ("2.1展开讲讲") points at a listed item, a pronoun outweighs a bare post ending ("它要求几年开发经验"), a label
naming two facts gives way to the label of one ("部门/分支机构" before "所属部门"), 平级 is a fact of its own, words in
front of a post that its every source names are no narrower post, an indicator's name holding a fact's word
("工资差错次数") is asked as the indicator, "它怎么打分" after "权重最高的是…", and "客户类那块又是哪些". Then the layouts
and questions of round 41's gas utility and cinema chain (see the section below)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, file_records, indexed_services

_RANKS = {"education": [["初中"], ["高中", "中专"], ["大专", "专科"], ["本科"], ["硕士", "研究生"], ["博士"]]}


def test_what_a_line_states_of_a_requirement() -> None:
    from assistant.answer.verdict import measure

    assert measure("age", ["男，18-40周岁，初中及以上学历"], _RANKS).high == 40
    assert measure("age", ["年龄不超过四十五岁"], _RANKS).high == 45
    assert measure("age", ["年满22岁"], _RANKS).low == 22
    assert measure("experience", ["两年以上食品企业检验经验"], _RANKS).low == 2
    assert measure("experience", ["1-2年及以上相关工作经验"], _RANKS).low == 1
    assert measure("education", ["本科及以上学历，硕士优先"], _RANKS).words == "本科"  # the floor, not the preference
    assert measure("age", ["熟悉GMP规范"], _RANKS) is None


def test_a_verdict_says_which_post_asks_more() -> None:
    from assistant.answer.verdict import verdict

    said = verdict("age", "年龄", "两个哪个年龄卡得更严", ("灌装工", ["18-40岁"]), ("质检员", ["22-45岁"]), _RANKS, ["下限"], ["上限"])
    assert said is not None and "两者各有宽严" in said, said  # a lower ceiling and a lower floor
    said = verdict("age", "年龄", "哪个年龄下限更高", ("灌装工", ["18-40岁"]), ("质检员", ["22-45岁"]), _RANKS, ["下限"], ["上限"])
    assert said is not None and "「质检员」的年龄下限更高" in said, said
    said = verdict("education", "学历", "学历要求一样吗", ("灌装工", ["初中及以上学历"]), ("质检员", ["大专及以上"]), _RANKS, [], [])
    assert said is not None and "「质检员」的学历要求更高" in said, said
    said = verdict("education", "学历", "学历要求一样吗", ("A", ["本科学历"]), ("B", ["全日制本科"]), _RANKS, [], [])
    assert said is not None and "相同" in said, said
    said = verdict("experience", "工作经验", "谁要的经验多", ("A", ["3年以上经验"]), ("B", ["吃苦耐劳"]), _RANKS, [], [])
    assert said is not None and "「B」的资料没有写明工作经验要求" in said, said
    assert verdict("skills", "技能", "技能一样吗", ("A", ["熟练"]), ("B", ["熟练"]), _RANKS, [], []) is None


_POSTS = """清泉饮用水厂岗位说明书

灌装工
所属部门：灌装车间
直接上级：灌装班长
岗位职责：
1.1 按工艺要求操作灌装线，记录每班产量
1.2 每班清洁灌装头并做好消毒记录
2.1 发现瓶盖密封异常时立即停机并报告班长，填写异常单
2.2 参加每月一次的安全培训
任职要求：
1. 男，18-40岁，初中及以上学历
2. 1年以上食品厂工作经验

质检员
所属部门：品控部
直接上级：品控主管
岗位职责：
1. 按批次抽检成品的菌落总数与感官指标
2. 出具检验报告并留样
任职要求：
1. 22-45岁，大专及以上学历，化学或食品相关专业
2. 2年以上检验工作经验

研发工程师
所属部门：技术部
岗位职责：
1. 负责新口味饮品的配方研究
任职要求：
1. 本科及以上学历，食品科学专业
2. 3年以上新品开发经验
"""

def _write_card(corpus: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("岗位说明书")
    table = doc.add_table(rows=3, cols=4)
    rows = [("岗位名称", "仓储主管", "部门/分支机构", "二号仓"), ("岗位代码", "CC-01", "所属部门", "物流部"),
            ("工作关系", "直接上级:物流经理 平级:调度主管 直接下属:叉车司机", "", "")]
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    doc.add_paragraph("岗位职责:")
    doc.add_paragraph("1 管理成品仓的出入库")
    doc.add_paragraph("2 每月组织库存盘点")
    doc.save(str(corpus / "仓储主管岗位说明书.docx"))


_NIGHT = """岗位说明书
岗位名称：叉车司机
直接上级：仓储主管
岗位职责：
1. 夜间完成成品装车
"""

_KPI = """# 生产部经理绩效考核表

| 维度 | 指标名称 | 权重 | 评分规则 | 数据来源 |
| --- | --- | --- | --- | --- |
| 财务类(20%) | 单位生产成本控制 | 20% | 达到预算得满分，每超1%扣2分 | 财务月报 |
| 内部运营类(60%) | 产量计划完成率 | 35% | 每低于计划1%扣1分 | 生产日报 |
| 内部运营类(60%) | 员工工资核算差错次数 | 25% | 每出现1次差错扣5分 | 工资发放记录 |
| 客户类(20%) | 客户投诉次数 | 10% | 每次投诉扣2分 | 客服台账 |
| 客户类(20%) | 订单准时交付率 | 10% | 低于98%不得分 | 发货记录 |
"""


@pytest.fixture(scope="module")
def water_services(tmp_path_factory, settings_factory):  # type: ignore[no-untyped-def]
    return indexed_services(tmp_path_factory, settings_factory, "water41", {
        "岗位说明书.txt": _POSTS, "夜班叉车司机岗位说明书.txt": _NIGHT, "生产部经理绩效考核表.md": _KPI}, write=_write_card)


def test_a_label_naming_two_facts_gives_way_and_peers_are_a_fact(tmp_path: Path) -> None:
    _write_card(tmp_path)
    (profile,) = file_records(tmp_path, "仓储主管岗位说明书.docx").profiles
    fields = {k: f.text for k, f in profile.fields.items()}
    # "部门/分支机构 二号仓" names the branch as much as the unit; "所属部门 物流部" the unit alone
    assert fields["department"] == "物流部" and fields["peers"] == "调度主管", fields


@pytest.mark.slow
def test_two_posts_compared_on_one_requirement_get_a_verdict(water_services) -> None:  # type: ignore[no-untyped-def]
    *_, stricter = _ask(water_services, "灌装工要什么条件", "那质检员呢", "两个哪个年龄下限更高")
    text = unescape_md(stricter.text)
    assert "「质检员」的年龄下限更高" in text and "18-40" in text and "22-45" in text, text
    *_, same = _ask(water_services, "质检员要什么学历", "灌装工呢", "他们俩学历要求一样吗")
    assert "「质检员」的学历要求更高" in unescape_md(same.text), same.text
    *_, duties = _ask(water_services, "灌装工做什么", "质检员呢", "他们俩工作内容有什么不同")
    text = unescape_md(duties.text)
    assert "记录每班产量" in text and "菌落总数" in text, text  # both posts' lists, not the last one's alone


@pytest.mark.slow
def test_a_section_number_points_at_the_listed_item(water_services) -> None:  # type: ignore[no-untyped-def]
    _, item = _ask(water_services, "灌装工平时干什么", "2.1展开讲讲")
    assert not item.refused and "瓶盖密封异常" in unescape_md(item.text) and "记录每班产量" not in unescape_md(item.text), item.text
    _, other = _ask(water_services, "灌装工平时干什么", "1.2具体指什么")
    assert not other.refused and "消毒记录" in unescape_md(other.text) and "瓶盖" not in unescape_md(other.text), other.text


@pytest.mark.slow
def test_a_pronoun_outweighs_a_bare_post_ending(water_services) -> None:  # type: ignore[no-untyped-def]
    _, years = _ask(water_services, "研发工程师负责什么", "它要求几年开发经验")
    assert years.role == "研发工程师" and "3年以上" in unescape_md(years.text), years.text


@pytest.mark.slow
def test_peers_and_the_unit_of_a_card(water_services) -> None:  # type: ignore[no-untyped-def]
    _, peers, unit = _ask(water_services, "仓储主管的上级是谁", "他的平级是谁", "哪个部门的")
    assert not peers.refused and "调度主管" in peers.text, peers.text
    assert "物流部" in unit.text and "二号仓" not in unit.text, unit.text


@pytest.mark.slow
def test_words_every_source_of_the_post_names_are_no_narrower_post(water_services) -> None:  # type: ignore[no-untyped-def]
    (boss,) = _ask(water_services, "夜班叉车司机的上级是谁")
    text = unescape_md(boss.text)
    assert "仓储主管" in text and "仅供参考" not in text and "没有" not in text, text


@pytest.mark.slow
def test_an_indicator_named_with_a_facts_word_is_asked_as_the_indicator(water_services) -> None:  # type: ignore[no-untyped-def]
    formula, source = _ask(water_services, "员工工资核算差错次数怎么算", "那数据从哪来")
    assert "每出现1次差错扣5分" in unescape_md(formula.text), formula.text
    assert "工资发放记录" in unescape_md(source.text), source.text


@pytest.mark.slow
def test_the_indicator_singled_out_and_a_dimension_asked_after_a_list(water_services) -> None:  # type: ignore[no-untyped-def]
    _, top, rule = _ask(water_services, "生产部经理考核哪些维度", "内部运营类里权重最高的是哪个指标", "它怎么打分")
    assert "产量计划完成率" in unescape_md(top.text), top.text
    text = unescape_md(rule.text)
    assert "每低于计划1%扣1分" in text and "每出现1次差错扣5分" not in text, text
    _, customer = _ask(water_services, "生产部经理考核哪些维度", "客户类那块又是哪些")
    text = unescape_md(customer.text)
    assert "客户投诉次数" in text and "订单准时交付率" in text and "产量计划完成率" not in text, text


# --- round 41: layouts of a gas utility and a cinema chain, written here for the water plant ---------------------------


def test_a_short_dotted_item_after_its_sibling_is_an_item(tmp_path: Path) -> None:
    (tmp_path / "岗位说明书.txt").write_text(_POSTS, encoding="utf-8")
    profiles = {p.title: p for p in file_records(tmp_path, "岗位说明书.txt").profiles}
    # "2.2 参加每月一次的安全培训" after "2.1 发现…" is the list's next item, not a heading naming a post
    assert "安全培训" not in profiles and profiles["灌装工"].duties[-1].text.endswith("参加每月一次的安全培训"), sorted(profiles)


def test_one_table_per_post_titled_with_its_code_in_a_family_book(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("生产运营序列岗位说明书")
    for title, boss, duty in (("一、灌装班长　　岗位编号：QQ-SC-01", "生产主管", "安排灌装线每班人员"),
                              ("二、灌装工　　岗位编号：QQ-SC-02", "灌装班长", "操作灌装线并记录产量")):
        table = doc.add_table(rows=4, cols=4)
        table.rows[0].cells[0].merge(table.rows[0].cells[3]).text = title
        for cells in (table.rows[2].cells, table.rows[3].cells):
            cells[1].merge(cells[2])
        for row, cells in zip(table.rows[1:], [("所属部门", "生产部", "直接上级", boss), ("序号", "工作职责", None, "时间占比"),
                                               ("1", duty, None, "60%")]):
            for pos, text in enumerate(cells):
                if text is not None:
                    row.cells[pos].text = text
        doc.add_paragraph("")
    doc.save(str(tmp_path / "序列.docx"))
    profiles = {p.title: p for p in file_records(tmp_path, "序列.docx").profiles}
    # each table's merged title row names its post beside the post's code; "…序列" names a family, no post
    assert set(profiles) == {"灌装班长", "灌装工"}, sorted(profiles)
    assert profiles["灌装工"].fields["reports_to"].text == "灌装班长" and [d.text for d in profiles["灌装工"].duties] == ["操作灌装线并记录产量"]


def test_a_handbook_whose_post_lists_are_announced_around_a_box_of_facts(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("第二章　岗位职责")
    doc.add_paragraph("2.1　品控主管")
    doc.add_paragraph("品控主管是全厂质量的第一责任人，主要职责如下：")
    for line in ("【岗位概要】", "直接上级：厂长", "学历要求：本科及以上", "工作经验：3年以上食品企业品控经验",
                 "（1）建立水质检验标准并监督执行；", "（2）审批每批次出厂检验报告。"):
        doc.add_paragraph(line)
    doc.add_paragraph("2.2　化验员")
    doc.add_paragraph("直接上级为品控主管。化验员实行两班倒，职责如下（▲为关键职责）：")
    doc.add_paragraph("1. ▲按批次检测菌落总数；")
    doc.add_paragraph("2. 每日校准检测仪器。")
    doc.add_paragraph("任职要求：中专及以上学历，化学相关专业。")
    doc.add_paragraph("2.3　设备维修工")
    doc.add_paragraph("设备维修工隶属设备组，负责灌装线设备维修。主要职责：")
    doc.add_paragraph("一是负责灌装线日常维修；")
    doc.add_paragraph("二是填写维修记录。")
    doc.save(str(tmp_path / "品控手册.docx"))
    profiles = {p.title: p for p in file_records(tmp_path, "品控手册.docx").profiles}
    # (1)(2) come after a box of requirement facts, but the heading announced the duties
    assert [d.text for d in profiles["品控主管"].duties][0].endswith("建立水质检验标准并监督执行;"), profiles["品控主管"].duties
    assert not any("建立水质" in q.text for q in profiles["品控主管"].qualifications)
    # "…职责如下（▲为关键职责）：" opens 化验员's list under the bare title "2.2 化验员"
    assert len(profiles["化验员"].duties) == 2, sorted(profiles)
    # 化验员's "任职要求：" is that post's part: 设备维修工's paragraph is no requirement
    assert not any("隶属设备组" in q.text for q in profiles["设备维修工"].qualifications), profiles["设备维修工"].qualifications


_GRID = """# 销售代表岗位画像

## 岗位职责

+------+----------------------------------------+
| 序号 | 职责内容                               |
+======+========================================+
| 1    | 开发社区水站与写字楼客户，             |
|      | 每月新增客户不少于10家                 |
+------+----------------------------------------+
| 2    | 跟进桶装水订单回款                     |
+------+----------------------------------------+

## 任职要求

+------+----------------------------------------+
| 维度 | 要求                                   |
+======+========================================+
| 技能 | 熟练使用Excel，                        |
|      | 会使用CRM系统者优先                    |
+------+----------------------------------------+
"""


def test_a_grid_tables_wrapped_cells_are_one_entry_each_and_quoted_line_by_line(tmp_path: Path) -> None:
    from assistant.eval.metrics import quote_in_lines

    (tmp_path / "销售代表.md").write_text(_GRID, encoding="utf-8")
    (profile,) = file_records(tmp_path, "销售代表.md").profiles
    assert [d.text for d in profile.duties] == ["开发社区水站与写字楼客户,每月新增客户不少于10家", "跟进桶装水订单回款"], profile.duties
    first = profile.duties[0]
    lines = _GRID.splitlines()[first.span.line_start - 1 : first.span.line_end]
    assert quote_in_lines(first.quote or first.text, lines), (first.quote, lines)
    assert any("会使用CRM系统者优先" in q.text for q in profile.qualifications), profile.qualifications


_CAREERS = """<html><body><h1>加入清泉</h1>
<table class="jobs"><caption>2025年3月社会招聘</caption>
<tbody><tr><th colspan="2">销售代表<span class="meta">销售部 · 杭州</span><span class="pay">6000-9000元/月</span></th></tr>
<tr><td class="k">岗位职责</td><td><ol><li>开发社区水站客户；</li><li>跟进订单回款。</li></ol></td></tr>
<tr><td class="k">任职要求</td><td><ul><li>大专及以上学历；</li><li>汇报对象：销售经理。</li></ul></td></tr></tbody>
<tbody><tr><th colspan="2">配送司机<span class="meta">物流部 · 杭州</span><span class="pay">7000-8000元/月</span></th></tr>
<tr><td class="k">岗位职责</td><td><ol><li>按线路配送桶装水；</li><li>回收空桶。</li></ol></td></tr>
<tr><td class="k">任职要求</td><td><ul><li>持C1驾照；</li><li>汇报对象：物流主管。</li></ul></td></tr></tbody>
</table></body></html>
"""

_ARTICLE = """<html><body><div id="js_content">
<section><span>01 / 灌装工（生产部灌装车间）　招6人</span></section>
<section><img data-src="https://example.com/a.png" alt="岗位职责"/></section>
<section><span>① 按工艺要求操作灌装线；</span></section>
<section><img data-src="https://example.com/b.png" alt="任职要求"/></section>
<section><span>① 初中及以上学历；</span></section>
<section><img data-src="https://example.com/c.png" alt="薪资待遇"/></section>
<section><span>月薪5000-6500元，五险一金。</span></section>
<section><span>02 / 质检员（品控部）　招2人</span></section>
<section><img data-src="https://example.com/d.png" alt="岗位职责"/></section>
<section><span>① 按批次抽检成品；</span></section>
<section><span>阅读 1.2万　在看 56</span></section>
</div></body></html>
"""


def test_careers_table_titled_per_posting_and_an_article_labelled_by_pictures(tmp_path: Path) -> None:
    (tmp_path / "招聘.html").write_text(_CAREERS, encoding="utf-8")
    profiles = {p.title: p for p in file_records(tmp_path, "招聘.html").profiles}
    # one <th> across each <tbody> is the posting's title (its tags in spans), no row of column labels
    assert set(profiles) == {"销售代表", "配送司机"}, sorted(profiles)
    assert [d.text for d in profiles["配送司机"].duties] == ["按线路配送桶装水;", "回收空桶。"], profiles["配送司机"].duties
    (tmp_path / "公众号.html").write_text(_ARTICLE, encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "公众号.html").profiles}
    # "01 / 灌装工（生产部灌装车间） 招6人" over parts titled by pictures' alt text
    assert set(posts) == {"灌装工", "质检员"}, sorted(posts)
    assert posts["灌装工"].department == "生产部灌装车间" and len(posts["灌装工"].qualifications) == 1, posts["灌装工"]
    assert not any("阅读" in str(f.text) for p in posts.values() for f in p.fields.values())


def test_a_post_allocation_sheet_of_blocks_each_closed_by_its_total(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "指标库"
    ws.append(["维度", "指标编号", "指标名称", "定义/计算公式"])
    ws.append(["客户", "C01", "客户满意度", "满意户数/回访户数"])
    ws.append(["内部运营", "P01", "灌装合格率", "合格瓶数/灌装瓶数"])
    ws.append([None, "P02", "设备故障停机时长", "停机小时数"])
    ws.merge_cells("A3:A4")
    alloc = wb.create_sheet("岗位指标分配")
    alloc.append(["考核岗位", "考核指标（编号-名称）", "权重", "目标值"])
    for row in (["灌装工", "P01-灌装合格率", 0.6, "≥99.5%"], [None, "C01-客户满意度", 0.4, "≥95%"], [None, "合计", "=SUM(C2:C3)", None],
                ["设备维修工", "P02-设备故障停机时长", 0.7, "≤8小时/月"], [None, "C01-客户满意度", 0.3, "≥95%"], [None, "合计", "=SUM(C5:C6)", None]):
        alloc.append(row)
    alloc.merge_cells("A2:A3")
    alloc.merge_cells("A5:A6")
    wb.save(str(tmp_path / "KPI.xlsx"))
    by_post: dict[str, list[tuple[str, str | None]]] = {}
    for k in file_records(tmp_path, "KPI.xlsx").kpis:
        for role in k.roles:
            by_post.setdefault(role, []).append((k.name, k.dimension))
    # the block after the first 合计 is the next post's; "P02-设备故障停机时长" is the dictionary's P02
    assert by_post == {"灌装工": [("灌装合格率", "内部运营"), ("客户满意度", "客户")],
                       "设备维修工": [("设备故障停机时长", "内部运营"), ("客户满意度", "客户")]}, by_post


def test_a_handbooks_revision_table_a_box_title_and_a_duty_table_with_outputs(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("送水员工作手册")
    doc.add_paragraph("修订记录")
    table = doc.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [("版本", "日期", "修订内容"), ("第2版", "2025-01-06", "学历要求调整；增加夜间配送")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    doc.add_paragraph("【岗位速览】")
    doc.add_paragraph("直接上级：配送主管")
    doc.add_paragraph("二、工作职责")
    duties = doc.add_table(rows=3, cols=4)
    for row, cells in zip(duties.rows, [("关键职责领域", "序号", "主要工作活动", "工作成果"),
                                         ("配送", "1", "按线路为客户送水上门并回收空桶", "配送签收单"),
                                         ("配送", "2", "核对客户水票并登记", "水票台账")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    sign = doc.add_table(rows=1, cols=2)
    sign.rows[0].cells[0].text, sign.rows[0].cells[1].text = "编制人：人力资源部", "批准日期：2025-02-18"
    doc.save(str(tmp_path / "送水员工作手册.docx"))
    profiles = {p.title: p for p in file_records(tmp_path, "送水员工作手册.docx").profiles}
    # the revision log is about the document; "岗位速览" is a part of the post's card, not a post
    assert set(profiles) == {"送水员"}, sorted(profiles)
    post = profiles["送水员"]
    # (what a duty delivers is said of it, no duty of its own: "…回收空桶（工作成果：配送签收单）")
    assert [d.quote or d.text for d in post.duties] == ["按线路为客户送水上门并回收空桶", "核对客户水票并登记"], post.duties
    assert "（工作成果：配送签收单）" in post.duties[0].text, post.duties
    assert post.fields["reports_to"].text == "配送主管" and not any("批准日期" in q.text for q in post.qualifications)


def test_badges_an_empty_value_and_pay_columns_under_one_group(tmp_path: Path) -> None:
    from openpyxl import Workbook

    card = ("# 水处理工 · 岗位卡\n\n![部门](https://img.shields.io/badge/部门-水处理车间-blue) "
            "![上级](https://img.shields.io/badge/直接上级-车间主任-green)\n\n## 干什么\n\n1. 监控反渗透设备运行\n")
    (tmp_path / "水处理工.md").write_text(card, encoding="utf-8")
    (post,) = file_records(tmp_path, "水处理工.md").profiles
    assert post.fields["department"].text == "水处理车间" and post.fields["reports_to"].text == "车间主任", post.fields
    export = "岗位名称：配送主管\n直接下级：（空）\n工作地点：城西仓库\n岗位职责：安排每日配送线路\n"
    (tmp_path / "导出.txt").write_text(export, encoding="utf-8")
    (boss,) = file_records(tmp_path, "导出.txt").profiles
    assert boss.fields["location"].text == "城西仓库" and "城西" not in boss.fields["subordinates"].text, boss.fields
    wb = Workbook()
    ws = wb.active
    ws.append(["部门", "岗位", "月薪构成", None, None])
    ws.append([None, None, "基本工资", "岗位津贴", "月薪合计区间"])
    ws.append(["物流部", "送水员", 3000, 500, "5000-6500"])
    ws.append([None, "配送主管", 4500, 800, "7000-8500"])
    for cells in ("C1:E1", "A1:A2", "B1:B2", "A3:A4"):
        ws.merge_cells(cells)
    wb.save(str(tmp_path / "薪酬.xlsx"))
    paid = {p.title: p for p in file_records(tmp_path, "薪酬.xlsx").profiles}
    # "月薪合计区间" under the merged "月薪构成": the month's total is the post's pay too
    assert "5000-6500" in paid["送水员"].fields["pay"].text and "7000-8500" in paid["配送主管"].fields["pay"].text, paid


@pytest.fixture(scope="module")
def staff_services(tmp_path_factory, settings_factory):  # type: ignore[no-untyped-def]
    posts = """岗位说明书

管网巡检工
岗位职责：
1. 按巡检路线检查输水管道
任职要求：
1. 高中及以上学历

票务员
岗位职责：
1. 负责参观预约与售票
"""
    pay = "岗位,月薪\n管网巡检工,5000-6000\n水质检测员,6000-7000\n"
    more = """水厂岗位汇编

水质检测员
薪酬标准：按公司薪酬制度执行（见岗位薪酬表）
岗位职责：
1. 每日检测出厂水浊度与余氯
任职要求：
1. 大专及以上学历
2. 持水质检验员证书
3. 有促销经验优先，粤语优先

电气技术储备
岗位职责：
1. 协助电工排查配电故障

机械技术储备
岗位职责：
1. 协助钳工学习灌装机维修
"""
    postings = "公司,岗位,工作地点,岗位职责\n甲乙物流,配送专员,北京总部,负责北京城区配送\n丙丁快运,配送员,上海仓,负责上海仓发货\n"
    return indexed_services(tmp_path_factory, settings_factory, "staff41", {"岗位说明书.txt": posts, "薪酬.csv": pay,
                                                                              "水厂岗位汇编.txt": more, "招聘.csv": postings})


@pytest.mark.slow
def test_a_titles_last_word_before_what_is_asked(staff_services) -> None:  # type: ignore[no-untyped-def]
    # "巡检工工资多少": the last word of 管网巡检工 runs into 工资; the question's ask begins there
    (pay,) = _ask(staff_services, "巡检工工资多少")
    assert pay.role == "管网巡检工" and "5000-6000" in unescape_md(pay.text), pay.text
    (duties,) = _ask(staff_services, "巡检工做什么的")
    assert duties.role == "管网巡检工", duties.text
    (tickets,) = _ask(staff_services, "售票员要做哪些工作")
    assert tickets.role == "票务员" and "参观预约" in unescape_md(tickets.text), tickets.text


@pytest.mark.slow
def test_yes_no_questions_and_more_after_one_fact(staff_services) -> None:  # type: ignore[no-untyped-def]
    # "需要会粤语吗": the line of the post that names it follows whatever answers the fact
    (cantonese,) = _ask(staff_services, "水质检测员需要会粤语吗")
    assert "粤语优先" in unescape_md(cantonese.text), cantonese.text
    # a value that points at another table gives way to the value stated there
    (pay,) = _ask(staff_services, "水质检测员工资多少")
    assert "6000-7000" in unescape_md(pay.text), pay.text
    # one requirement, then "还有别的要求吗": the whole list it came from
    _, rest = _ask(staff_services, "水质检测员学历有要求不", "还有别的要求吗")
    assert "水质检验员证书" in unescape_md(rest.text) and not rest.refused, rest.text


@pytest.mark.slow
def test_a_post_pointed_at_by_a_word_and_an_employer_gone_back_to(staff_services) -> None:  # type: ignore[no-untyped-def]
    _, other = _ask(staff_services, "电气技术储备岗做什么", "机械那个储备岗呢")
    assert other.role == "机械技术储备" and "灌装机" in unescape_md(other.text), other.text
    *_, back = _ask(staff_services, "甲乙物流的配送专员做什么", "丙丁快运的呢", "回到甲乙那个，工作地点在哪")
    assert back.role == "配送专员" and "北京总部" in unescape_md(back.text), back.text
