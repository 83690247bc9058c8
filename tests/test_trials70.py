"""Round 70, written here from scratch for a concert hall and a heating company (the blind testers wrote a
cinema chain and a city gas utility, and asked over the two demo corpora): a post's title with its facts
beside it on one line, a legend of symbols for the reporting lines, a dictionary exported as INI, a
handbook's question-and-answer table, a post's two duty lists side by side, a Markdown file with an HTML
comment before its title and a Mermaid chart of who reports to whom, a careers table whose descriptions
are cut short on the page and whole in their tooltips, a post named again over its duty list under its
bare title's paragraph; and answers that count the indicators asked for with a word between, compare
two posts on "比一比" and answer from the Mermaid chart."""

from __future__ import annotations

from _answer_support import file_records, indexed_services, written_corpus

_BOOK = """演出部岗位说明书汇编

阅读说明：岗位关系一栏用符号表示：▲ 直接上级　● 本岗位　▼ 直接下属

◉ 舞台监督　　岗位代码 YC-01　　所属部门 演出部
▲ 演出部经理
● 舞台监督
▼ 灯光师、音响师
岗位职责：
甲、编制每场演出的舞台工作进度表；
乙、演出中统一发出换景、灯光和音响指令；
丙、演出后组织舞台复位检查。

◉ 检票员　　岗位代码 YC-07　　所属部门 观众服务部
▲ 前厅主管
岗位职责：
甲、核验观众门票并引导入场；
乙、劝阻观众携带违禁物品入场。
"""

_INI = """; 岗位字典导出
; 格式：[岗位] 键=值

[换热站运行工]
岗位编码=RL-03
所属部门=换热站
直接上级=换热站站长
学历=中专及以上
职责1=巡查换热站板换、循环泵和补水泵的运行参数
职责2=按调度指令调节二次网供水温度
职责3=填写运行日志并做好交接班
"""

_GUIDE = """<!-- _class: lead -->
# 供热运行新员工指南

## 组织关系

```mermaid
graph TD
    A[运行部经理] --> B[换热站站长]
    B --> C[换热站运行工]
    A --> D[热网巡检员]
```

## 热网巡检员

- 巡查一级管网沿线的检查井和阀门
- 发现漏水立即上报调度
"""

_CAREERS = """<html><body><h2>招聘岗位</h2><table>
<tr><th>职位名称</th><th>工作地点</th><th>职位描述</th></tr>
<tr><td>收费员</td><td>城东营业厅</td>
<td title="岗位职责：1.办理供热费收缴和发票开具；2.解答用户缴费咨询；3.每日核对收款并解缴银行。任职要求：高中及以上学历。">办理供热费收缴和发票开具…</td></tr>
</table></body></html>"""

_HANDBOOK = """<html><body><h2>3.1 客服专员</h2><p>应知应会问答：</p><table>
<tr><th>问</th><th>答</th></tr>
<tr><td>客服专员每天主要做什么？</td><td>（1）受理热线来电的报修和咨询；<br>（2）对已办结工单进行电话回访。</td></tr>
<tr><td>做客服专员要什么条件？</td><td>大专及以上学历，普通话二级乙等及以上。</td></tr>
</table></body></html>"""

_DUTIES = """# 运行部岗位说明书

## 调度员岗位职责（一岗双责）

| 序号 | 业务职责 | 安全职责 |
| --- | --- | --- |
| 1 | 编制每日供热运行方案 | 发生爆管时担任现场调度指挥 |
| 2 | 监控热源和热网运行参数 | 每月组织一次应急演练 |
| 3 | 审核运行日志 | |
"""

_MANUAL = """设备部工作手册

第二章　岗位设置与职责

2.1　设备工程师
设备工程师隶属设备部，直接上级为设备部经理，负责全公司换热设备的技术保障。任职要求：本科及以上学历，热能与动力工程等相关专业；3年以上供热设备维护经验；持有特种设备作业证。
设备工程师的主要职责：
（1）编制换热设备年度检修计划。
（2）组织板式换热器的清洗和试压。
"""


def test_titles_with_facts_legends_ini_qa_tables_parallel_lists_charts_and_tooltips(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {
        "演出部岗位说明书.txt": _BOOK, "岗位字典导出.txt": _INI, "新员工指南.md": _GUIDE, "招聘岗位.html": _CAREERS,
        "客服中心手册.html": _HANDBOOK, "运行部岗位职责.md": _DUTIES, "设备部工作手册.txt": _MANUAL,
    })
    # "◉ 舞台监督　　岗位代码 YC-01　　所属部门 演出部" opens the post with its facts; the legend says
    # ▲ is the post's superior and ▼ its subordinates
    book = {p.title: p for p in file_records(corpus, "演出部岗位说明书.txt").profiles}
    assert set(book) == {"舞台监督", "检票员"}, sorted(book)
    stage = book["舞台监督"]
    assert stage.department == "演出部" and stage.fields["code"].text == "YC-01", stage.fields
    assert stage.fields["reports_to"].text == "演出部经理" and "灯光师" in stage.fields["subordinates"].text, stage.fields
    assert len(stage.duties) == 3 and book["检票员"].fields["reports_to"].text == "前厅主管", book["检票员"]
    # an INI export: a section per post, "key=value" entries, numbered duty keys as its list
    ini = {p.title: p for p in file_records(corpus, "岗位字典导出.txt").profiles}
    assert set(ini) == {"换热站运行工"}, sorted(ini)  # (the format's note "[岗位] 键=值" names no post)
    worker = ini["换热站运行工"]
    assert worker.fields["reports_to"].text == "换热站站长" and worker.fields["education"].text == "中专及以上", worker.fields
    ends = ["补水泵的运行参数", "二次网供水温度", "做好交接班"]
    assert len(worker.duties) == 3 and all(d.text.endswith(e) for d, e in zip(worker.duties, ends)), worker.duties
    # a Markdown comment is no title; a Mermaid flowchart is an org chart of indented nodes
    guide = file_records(corpus, "新员工指南.md")
    assert guide.title == "供热运行新员工指南" and not any("_class" in c.text for c in guide.chunks), guide.title
    chart = [c for c in guide.chunks if "换热站站长" in c.text]
    assert chart and "运行部经理" in chart[0].text and "-->" not in chart[0].text, chart
    # a cell cut short on the page reads as the full text of its tooltip
    careers = {p.title: p for p in file_records(corpus, "招聘岗位.html").profiles}["收费员"]
    assert len(careers.duties) == 3 and "解缴银行" in careers.duties[-1].text, careers.duties
    # a 问 | 答 table: each question heads its answer
    service = {p.title: p for p in file_records(corpus, "客服中心手册.html").profiles}["客服专员"]
    assert len(service.duties) == 2 and "电话回访" in service.duties[1].text, service.duties
    assert any("普通话" in q.text for q in service.qualifications) and not any("每天" in d.text for d in service.duties), service
    # two duty lists side by side are read one after the other, not row by row
    dispatcher = {p.title: p for p in file_records(corpus, "运行部岗位职责.md").profiles}["调度员"]
    assert [d.text for d in dispatcher.duties][:3] == ["编制每日供热运行方案", "监控热源和热网运行参数", "审核运行日志"], dispatcher.duties
    assert len(dispatcher.duties) == 5, dispatcher.duties
    # the post's bare title over a paragraph about it, then "设备工程师的主要职责：": one post; the
    # paragraph's requirements are its requirements, none of its duties
    engineers = [p for p in file_records(corpus, "设备部工作手册.txt").profiles if p.title == "设备工程师"]
    assert len(engineers) == 1, engineers
    engineer = engineers[0]
    assert any("特种设备作业证" in q.text for q in engineer.qualifications), engineer.qualifications
    assert not any("特种设备" in d.text for d in engineer.duties) and any("试压" in d.text for d in engineer.duties), engineer.duties


_HEAT = {
    "新员工指南.md": _GUIDE,
    "考核指标.csv": "岗位,考核指标,权重\n收费员,供热费收缴率,30%\n收费员,缴费差错次数,20%\n收费员,用户投诉次数,20%\n"
                 "收费员,发票开具及时率,15%\n收费员,日结准确率,15%\n收费员,银行解缴及时率,10%\n",
    "岗位说明.txt": "运行部岗位说明\n\n一、焊工\n任职要求：\n1. 中专及以上学历\n2. 年龄45周岁以下\n3. 持焊工证\n\n"
                "二、铆工\n任职要求：\n1. 初中及以上学历\n2. 年龄50周岁以下\n3. 持铆工证\n",
}


def test_counts_with_a_word_between_comparisons_and_charts(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "heat70", _HEAT)
    ask = services.chat.ask
    # "出4个量化指标": four indicators, a word between the count and the indicator word
    design = ask("我想考核收费员，帮忙出4个量化指标", Conversation())
    assert design.tool is not None and "4 个关键绩效指标" in design.text, design.text
    # "比一比": the two posts side by side
    both = ask("焊工和铆工比一比学历跟年龄要求", Conversation())
    assert "中专" in both.text and "初中" in both.text, both.text
    # the Mermaid chart says who the post reports to
    boss = ask("换热站运行工的直属领导是哪个", Conversation())
    assert "换热站站长" in boss.text and not boss.refused, boss.text
