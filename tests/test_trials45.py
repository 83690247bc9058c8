"""Round 45, written here from scratch for a paper mill (the blind testers wrote a steel mill and a city TV
station): a KPI sheet assigning indicators to posts as numbered pairs of library codes and weights ("指标1 | 权重1 |
指标2 | 权重2"); a page printed in two columns ("化验员 │ 仓储管理员"); Markdown definition lists and heading ids
("## 质检员 {#qc}", "学历" over ": 中专及以上"); a posting's tag after its title ("连铸工（大包/中包）急招"); a Word form
whose 任职资格 label is merged down beside 学历 | 本科及以上; a relation cross ("直接上级 新闻部主任" above the post);
a card's facts in an ``<aside>`` of its ``<article>`` and a breadcrumb that is no title; a post's unit written
"技术播出中心·总控机房"; a blank row closes the records above it."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records


def test_indicators_assigned_as_numbered_pairs_of_library_codes(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (["指标编码", "指标名称", "计算公式", "目标值"],
                ["K01", "纸机车速达标率", "达标班次÷总班次×100%", "≥95%"],
                ["K02", "断纸次数", "考核期内断纸次数", "≤3次"],
                ["K03", "安全违章次数", "被查处的违章次数", "0"],
                [None],
                ["岗位考核方案（指标编码见上表）"],
                ["部门", "岗位", "指标1", "权重1", "指标2", "权重2", "指标3", "权重3"],
                ["造纸车间", "抄纸工", "K01", "40%", "K02", "35%", "K03", "25%"],
                ["造纸车间", "复卷工", "K02", "60%", "K03", "40%"]):
        ws.append(row)
    wb.save(tmp_path / "kpi.xlsx")
    rows = {(k.name, k.roles[0], k.weight) for k in file_records(tmp_path, "kpi.xlsx").kpis if k.roles}
    assert rows == {("纸机车速达标率", "抄纸工", 40.0), ("断纸次数", "抄纸工", 35.0), ("安全违章次数", "抄纸工", 25.0),
                    ("断纸次数", "复卷工", 60.0), ("安全违章次数", "复卷工", 40.0)}, rows


_TWO_COLUMNS = """辅助岗位说明（本页两栏打印）
==================================================
化验员                  │ 仓储管理员
所属部门：化验室        │ 所属部门：物资科
岗位职责：              │ 岗位职责：
1.对纸浆试样进行白度和  │ 1.负责化工料的入库验
  水分分析；            │   收和发放；
2.校准白度仪；          │ 2.每月盘点；
任职要求：              │ 任职要求：
中专及以上学历；        │ 高中及以上学历；
持化学检验员证。        │ 会开叉车者优先。
==================================================
"""


def test_a_page_printed_in_two_columns(tmp_path: Path) -> None:
    (tmp_path / "two.txt").write_text(_TWO_COLUMNS, encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "two.txt").profiles}
    assert set(posts) == {"化验员", "仓储管理员"}, list(posts)
    lab, store = posts["化验员"], posts["仓储管理员"]
    assert lab.department == "化验室" and store.department == "物资科", (lab.department, store.department)
    assert [d.text.replace("\n", "") for d in lab.duties] == ["1.对纸浆试样进行白度和水分分析;", "2.校准白度仪;"], lab.duties
    assert len(store.duties) == 2 and len(store.qualifications) == 2, (store.duties, store.qualifications)
    assert not any("│" in d.text or "白度" in d.text for d in store.duties), store.duties


def test_markdown_definition_lists_under_a_heading_with_an_id(tmp_path: Path) -> None:
    (tmp_path / "qc.md").write_text("# 质检科岗位手册 {#handbook}\n\n## 质检员 {#qc-inspector}\n\n岗位编号\n: QC-03\n\n直接上级\n: 质检班长\n\n"
                                    "### 主要职责\n\n1. 检查纸卷外观\n2. 取样送检\n\n### 任职要求\n\n学历\n: 中专及以上\n\n证书\n: 无\n",
                                    encoding="utf-8")
    (post,) = file_records(tmp_path, "qc.md").profiles
    assert post.title == "质检员" and post.reports_to == "质检班长" and len(post.duties) == 2, (post.title, post.fields)
    assert post.fields["education"].text.endswith("中专及以上"), post.fields


def test_a_postings_tag_after_its_title() -> None:
    from assistant.ingest.roles import parse_title
    from assistant.ingest.vocab import Vocab
    from assistant.lexicon import load_lexicon

    vocab = Vocab.build(load_lexicon(None))
    assert parse_title("复卷工（夜班）急招", vocab).title.startswith("复卷工")
    unit = parse_title("播控员（技术播出中心·总控机房）", vocab, strong=True)
    assert unit.title == "播控员" and unit.department == "技术播出中心·总控机房", unit


def test_a_relation_cross_and_a_requirements_label_merged_down(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("岗位：抄纸工")
    cross = doc.add_table(rows=3, cols=3)
    cross.cell(0, 1).text = "直接上级 造纸车间主任"
    cross.cell(1, 0).text = "所属部门 造纸车间"
    cross.cell(1, 1).text = "【抄纸工】"
    cross.cell(1, 2).text = "协作岗位 复卷工"
    cross.cell(2, 1).text = "直接下属 无"
    doc.add_paragraph("一、岗位职责")
    doc.add_paragraph("1. 按工艺卡调整纸机车速")
    doc.add_paragraph("2. 处理断纸")
    doc.add_paragraph("二、任职资格")
    grid = doc.add_table(rows=3, cols=3)
    grid.cell(0, 0).merge(grid.cell(2, 0)).text = "任职资格"
    for i, (label, value) in enumerate((("学历", "中专及以上"), ("专业", "制浆造纸相关专业"), ("工作经验", "2年以上纸机操作经验"))):
        grid.cell(i, 1).text, grid.cell(i, 2).text = label, value
    doc.save(tmp_path / "form.docx")
    (post,) = file_records(tmp_path, "form.docx").profiles
    assert post.reports_to == "造纸车间主任" and post.department == "造纸车间", post.fields
    facts = {k: v.text for k, v in post.fields.items()}
    assert facts.get("education") == "中专及以上" and facts.get("major") == "制浆造纸相关专业", facts


_CARDS = """<html><head><title>岗位介绍 - 纸业内网</title></head><body>
<p class="crumb">当前位置：内网首页 &gt; 生产部 &gt; 岗位介绍</p>
<article class="post"><h2>抄纸工</h2>
<div class="body"><h3>你要做的</h3><ul><li>调整车速</li><li>处理断纸</li></ul></div>
<aside class="facts"><dl><dt>汇报给</dt><dd>造纸车间主任</dd><dt>在哪上班</dt><dd>2号纸机</dd><dt>月薪</dt><dd>7000-9000元</dd></dl></aside>
</article></body></html>"""


def test_a_cards_facts_in_an_aside_and_a_breadcrumb(tmp_path: Path) -> None:
    (tmp_path / "cards.html").write_text(_CARDS, encoding="utf-8")
    records = file_records(tmp_path, "cards.html")
    (post,) = records.profiles
    assert post.reports_to == "造纸车间主任" and post.location == "2号纸机" and post.pay == "7000-9000元", post.fields
    assert "当前位置" not in (records.title or ""), records.title


def test_a_certificate_list_by_post(tmp_path: Path) -> None:
    (tmp_path / "certs.csv").write_text("序号,适用岗位,证书名称,发证机关,是否必须\n1,天车工,特种设备作业人员证（Q2）,市场监督管理部门,必须\n"
                                       "2,抄纸工/复卷工,纸机操作上岗证,厂培训中心,必须\n", encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "certs.csv").profiles}
    assert "Q2" in posts["天车工"].fields["certificate"].text, posts["天车工"].fields
    assert "上岗证" in posts["复卷工"].fields["certificate"].text, list(posts)
