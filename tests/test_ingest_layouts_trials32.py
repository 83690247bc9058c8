"""Layouts met on the round 32 blind trials (an insurance branch, new corpus-extra conversations,
new shipped-corpus questions), written here from scratch for a car-rental company: a KPI library
whose 适用岗位 cell lists several posts (by "/", "、" or on separate lines), a column that joins two
labels ("指标定义及计算公式"), and a label with a note in brackets ("月租金区间（税前月薪）")."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records


def test_an_indicator_listing_several_posts_is_each_ones(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "指标名称", "适用岗位", "指标定义及计算公式", "目标值", "权重"])
    ws.append([1, "车辆交付及时率", "门店租赁顾问/验车员/调度专员", "按时交付订单数÷交付订单数×100%", "≥98%", "30%"])
    ws.append([2, "车损漏检率", "验车员、整备技师", "漏检车损单数÷验车单数×100%", "≤1%", "40%"])
    ws.append([3, "客户投诉率", "门店租赁顾问\n客服专员", "有效投诉数÷订单数×1000‰", "≤2‰", "30%"])
    wb.save(tmp_path / "KPI指标库.xlsx")
    kpis = {k.name: k for k in file_records(tmp_path, "KPI指标库.xlsx").kpis}
    assert kpis["车辆交付及时率"].roles == ["门店租赁顾问", "验车员", "调度专员"], kpis["车辆交付及时率"].roles
    assert kpis["车损漏检率"].roles == ["验车员", "整备技师"], kpis["车损漏检率"].roles
    assert kpis["客户投诉率"].roles == ["门店租赁顾问", "客服专员"], kpis["客户投诉率"].roles
    # "指标定义及计算公式": two labels joined; the column holds the formula
    assert kpis["车损漏检率"].formula and "漏检车损单数" in kpis["车损漏检率"].formula, kpis["车损漏检率"]


def test_a_label_with_a_note_in_brackets(tmp_path: Path) -> None:
    (tmp_path / "岗位一览.csv").write_text("岗位名称,所属部门,薪酬区间（税前月薪）\n验车员,运营部,4500—6000元\n", encoding="utf-8")
    post, = file_records(tmp_path, "岗位一览.csv").profiles
    assert post.title == "验车员" and post.pay == "4500—6000元", (post.title, post.pay)


def test_a_row_listing_several_posts_is_each_posts(tmp_path: Path) -> None:
    # a certificate each listed post must hold: the row is each one's, not one post of four names
    (tmp_path / "持证要求.csv").write_text(
        "证书名称,适用岗位,持证要求\n机动车驾驶证（C1及以上）,门店租赁顾问/验车员/调度专员,上岗必备\n二手车鉴定评估师,验车员、整备技师,优先\n",
        encoding="utf-8")  # fmt: skip
    titles = sorted(p.title for p in file_records(tmp_path, "持证要求.csv").profiles)
    assert {"调度专员", "门店租赁顾问", "验车员"} <= set(titles) and not any("/" in t or "、" in t for t in titles), titles


_CAREERS = """<html><body><h1>社会招聘</h1><dl class="jobs">
<dt>验车员</dt>
<dd class="meta"><span>部门：运营部</span><span>学历：中专</span></dd>
<dd class="duty"><strong>你将负责</strong><ol><li>还车时逐项检查车身与内饰</li><li>拍照留存车损证据</li></ol></dd>
<dd class="req"><strong>我们希望你</strong><ul><li>持C1驾驶证</li><li>1年以上汽修或验车经验</li></ul></dd>
</dl></body></html>"""


def test_a_part_label_inside_a_definition_list_entry(tmp_path: Path) -> None:
    # <dt>post</dt><dd><strong>你将负责</strong><ol>…</ol></dd>: the label inside the <dd> opens the
    # duties, though the facts before it opened the requirements
    (tmp_path / "招聘.html").write_text(_CAREERS, encoding="utf-8")
    post, = file_records(tmp_path, "招聘.html").profiles
    assert [d.text for d in post.duties] == ["还车时逐项检查车身与内饰", "拍照留存车损证据"], post.duties
    assert any("C1驾驶证" in q.text for q in post.qualifications), post.qualifications
