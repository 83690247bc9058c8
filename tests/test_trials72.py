"""Round 72, written here from scratch for an aquarium (the blind testers wrote a shipyard and a sports-venue
operator, and asked over the two demo corpora): a KPI workbook of one sheet per post whose post is named only
in the title row over a row of who assesses it, a sheet of "■ post（考核人：X）" rows over each post's rows, a
new hires' guide with "你的岗位：X", a "X怎么考核" part and a system's YAML export of indicators, an HTML form
per post ("岗位档案：X"), a staffing sheet whose "岗位" group holds a place column, a Word form whose duties start
"工作职责 | 1 | …", an editor's note and a void appendix in the text, "带领X（12人）负责…", three weighted
indicators on one line; and answers to "X员" of a post titled "X工", a workplace in front of a post its own
document speaks of, "JD草稿来一份", "X遇到Y该怎么做", the head of a unit ("X馆馆长"), the post asked again
after a list one of whose items names it, and a second certificate written "…员证"."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records, indexed_services, written_corpus

_GUIDE = """# 水族部新员工指南（2026）

## 1. 你的岗位：潜水饲养员

- **所属**：水族部
- **上级**：水族部主管
- **地点**：大洋池、珊瑚馆

### 每天要做的事

1. 按食谱给鱼群投喂并记录摄食情况；
2. 下水清理大洋池观景窗。

### 入职要求

- 高中及以上学历；
- 持潜水员证。

## 2. 潜水饲养员怎么考核

考核人是水族部主管，每月一次。指标如下（系统导出）：

```yaml
post: 潜水饲养员
kpi:
  - name: 投喂记录完整率
    weight: 40%
    target: ">=98%"
  - name: 观景窗清洁达标率
    weight: 60%
    target: ">=95%"
```

## 3. 水族部部门指标

```yaml
dept: 水族部
kpi:
  - name: 动物存活率
    weight: 70%
  - name: 水质达标率
    weight: 30%
```
"""

_FORM_PAGE = """<html><head><title>海洋馆岗位信息</title></head><body>
<h1>海洋馆岗位信息</h1>
<form><fieldset>
<legend>岗位档案：驯养师</legend>
<p><label>所属部门</label><input type="text" value="表演部" readonly></p>
<p><label>直接上级</label><input type="text" value="表演部主管" readonly></p>
<p><label>薪酬构成</label><input type="text" value="底薪5000元/月＋表演补贴" readonly></p>
<p><label>岗位职责</label></p>
<textarea readonly>
1、负责海狮日常训练与表演；
2、记录动物健康与行为变化；
</textarea>
</fieldset></form>
<form><fieldset>
<legend>岗位档案：讲解员</legend>
<p><label>所属部门</label><input type="text" value="游客服务部" readonly></p>
<p><label>岗位职责</label></p>
<textarea readonly>
1、为团队游客提供场馆讲解；
2、更新讲解词。
</textarea>
</fieldset></form>
</body></html>"""

_RULES = """海洋馆岗位说明（节选）

一、售票员
岗位职责：
1. 负责门票销售与核销；
2. 每日核对票款。
任职要求：
1. 高中及以上学历；
2. 1年以上收银经验。
【修订批注】2025-03-02 王敏：售票员原隶属财务部，现划入游客服务部；讲解员的经验要求由1年调整为2年。

二、保洁领班
保洁领班隶属后勤部，直接上级为后勤主管，带领保洁员（8人）负责展区和卫生间的日常保洁。
岗位职责：
1. 排定保洁班次；
2. 检查保洁质量。
三、考核指标
票款差错率≤0.1%（权重40%）；日报提交及时率100%（权重30%）；游客投诉≤2次/月（权重30%）。

四、水质检测员
岗位职责：
1. 每两小时检测池水盐度；
2. 填写检测台账。
上岗条件：
1. 中专及以上学历；
2. 持化验员证。
附：水质检测员岗位作业指导书V1（2022年版，已于2025年3月废止）
上岗条件（旧）：初中及以上学历；实行两班倒。
"""


def _post_sheets(path: Path) -> None:
    """One sheet per post, named by its code; the post only in the title row, a row of who assesses it under it."""
    from openpyxl import Workbook

    wb = Workbook()
    notes = wb.active
    notes.title = "填表说明"
    notes.append(["海洋馆2026年度岗位考核指标库"])
    notes.append(["1. 每个工作表对应一个岗位，工作表名称为岗位编号。"])
    for code, post, rows in (("SZ-01", "潜水员（持潜水证）", [("安全", "潜水安全事故次数", "当月潜水作业事故次数", 50, "0次"),
                                                          ("质量", "水下设备巡检完成率", "完成巡检次数÷计划巡检次数×100%", 50, "100%")]),
                             ("BY-02", "表演主管", [("客户", "表演满意度", "游客问卷平均分", 60, "≥90分"),
                                                    ("内部流程", "表演准点率", "准点场次÷总场次×100%", 40, "≥98%")])):
        ws = wb.create_sheet(code)
        ws.append([f"2026年度月度考核表（{post}）", None, None, None, None, None])
        ws.merge_cells("A1:F1")
        ws.append([f"被考核岗位编号：{code}　　考核人：部门主管　　考核周期：月度", None, None, None, None, None])
        ws.merge_cells("A2:F2")
        ws.append(["序号", "考核维度", "指标名称", "指标定义/计算公式", "权重（%）", "目标值"])
        for n, (dim, name, formula, weight, target) in enumerate(rows, 1):
            ws.append([n, dim, name, formula, weight, target])
    wb.save(path)


def _block_rows(path: Path) -> None:
    """A sheet whose posts each open with a "■ post（考核人：X）" row merged across it."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "游客服务部"
    ws.append(["游客服务部岗位绩效指标库", None, None, None])
    ws.merge_cells("A1:D1")
    ws.append(["序号", "指标名称", "权重", "目标值"])
    for post, rows in (("检票员", [("检票差错次数", "50%", "0次"), ("入馆引导及时率", "50%", "≥95%")]),
                       ("客服专员", [("投诉办结及时率", "60%", "100%"), ("来电接通率", "40%", "≥90%")])):
        ws.append([f"■ {post}（考核人：游客服务部主管）", None, None, None])
        ws.merge_cells(f"A{ws.max_row}:D{ws.max_row}")
        for n, (name, weight, target) in enumerate(rows, 1):
            ws.append([n, name, weight, target])
    wb.save(path)


def _staffing(path: Path) -> None:
    """"岗位" over 场馆 | 部门 | 岗位名称 (a place column in the group), "人员（人）" over 编制 | 在岗."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["2026年定岗定编", None, None, None, None, None])
    ws.merge_cells("A1:F1")
    ws.append(["岗位", None, None, "人员（人）", None, "月薪（元）"])
    ws.merge_cells("A2:C2")
    ws.merge_cells("D2:E2")
    ws.append(["场馆", "部门", "岗位名称", "编制", "在岗", None])
    ws.merge_cells("F2:F3")
    ws.append(["珊瑚馆", "水族部", "潜水饲养员", 6, 5, "6000-7500"])
    ws.append(["极地馆", "表演部", "驯养师", 4, 4, "7000-9000"])
    wb.save(path)


def _form(path: Path) -> None:
    """A Word form: a group label merged down the left, each duty row "N | its text merged over the rest"."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("1．值班经理")
    duties = ["统筹当班运营与游客安全。", "处理游客投诉与突发事件。", "填写值班日志。"]
    table = doc.add_table(rows=2 + len(duties), cols=5)
    facts = [("岗位名称", "值班经理", "岗位编号", "ZB-01"), ("所属部门", "运营部", "直接上级", "运营总监")]
    for r, row in enumerate(facts):
        for c, text in enumerate(row, 1):
            table.cell(r, c).text = text
    table.cell(0, 0).merge(table.cell(1, 0)).text = "基本信息"
    for k, duty in enumerate(duties):
        r = 2 + k
        table.cell(r, 1).text = str(k + 1)
        table.cell(r, 2).merge(table.cell(r, 4)).text = duty
    table.cell(2, 0).merge(table.cell(2 + len(duties) - 1, 0)).text = "工作职责"
    doc.save(path)


def test_kpi_owners_yaml_records_html_forms_group_headers_and_set_aside_notes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {"水族部新员工指南.md": _GUIDE, "海洋馆岗位信息.html": _FORM_PAGE, "岗位说明节选.txt": _RULES})
    _post_sheets(corpus / "考核指标库.xlsx")
    _block_rows(corpus / "游客服务部KPI.xlsx")
    _staffing(corpus / "定岗定编.xlsx")
    _form(corpus / "值班经理岗位说明书.docx")
    # the post named only in the title row over "被考核岗位编号：… 考核人：…" (a title with a bracket of its own too)
    owners = {k.name: k.roles for k in file_records(corpus, "考核指标库.xlsx").kpis}
    assert owners["潜水安全事故次数"] == ["潜水员(持潜水证)"] and owners["表演满意度"] == ["表演主管"], owners
    # "■ 检票员（考核人：…）" over each post's rows
    blocks = {k.name: k.roles for k in file_records(corpus, "游客服务部KPI.xlsx").kpis}
    assert blocks["检票差错次数"] == ["检票员"] and blocks["来电接通率"] == ["客服专员"], blocks
    # "你的岗位：X" opens the post; "X怎么考核" is its KPI part; a YAML record per indicator, the unit's own below
    guide = file_records(corpus, "水族部新员工指南.md")
    assert [p.title for p in guide.profiles] == ["潜水饲养员"] and len(guide.profiles[0].duties) == 2, guide.profiles
    kpis = {k.name: k for k in guide.kpis}
    assert kpis["投喂记录完整率"].roles == ["潜水饲养员"] and kpis["投喂记录完整率"].weight == 40.0, kpis
    assert kpis["观景窗清洁达标率"].target == ">=95%", kpis["观景窗清洁达标率"]
    assert kpis["动物存活率"].roles == [] and kpis["动物存活率"].department == "水族部", kpis["动物存活率"]
    # an HTML form per post, its legend "岗位档案：X"
    forms = {p.title: p for p in file_records(corpus, "海洋馆岗位信息.html").profiles}
    assert set(forms) == {"驯养师", "讲解员"}, sorted(forms)
    assert forms["驯养师"].fields["pay"].text.startswith("底薪5000") and len(forms["驯养师"].duties) == 2, forms["驯养师"]
    # a place column inside the "岗位" group is no post's title; "人员（人）" is no post either
    staffed = {p.title: p for p in file_records(corpus, "定岗定编.xlsx").profiles}
    assert set(staffed) == {"潜水饲养员", "驯养师"}, sorted(staffed)
    assert staffed["驯养师"].department == "表演部" and staffed["驯养师"].fields["headcount"].text == "4", staffed["驯养师"].fields
    # "工作职责 | 1 | 统筹…": the first duty is its text, not its number
    duty_form = {p.title: p for p in file_records(corpus, "值班经理岗位说明书.docx").profiles}["值班经理"]
    assert [d.text for d in duty_form.duties][:1] == ["统筹当班运营与游客安全。"] and len(duty_form.duties) == 3, duty_form.duties
    rules = file_records(corpus, "岗位说明节选.txt")
    posts = {p.title: p for p in rules.profiles}
    # an editor's note is no requirement of the post above it
    assert len(posts["售票员"].qualifications) == 2 and not any("批注" in q.text or "调整" in q.text for q in posts["售票员"].qualifications), \
        posts["售票员"].qualifications
    # "带领保洁员（8人）负责…": whom the post leads, not what they do
    assert posts["保洁领班"].fields["subordinates"].text == "保洁员(8人)", posts["保洁领班"].fields
    # three weighted indicators on one line, each with its target
    line = {k.name: (k.weight, k.target) for k in rules.kpis if k.weight}
    assert line == {"票款差错率": (40.0, "≤0.1%"), "日报提交及时率": (30.0, "100%"), "游客投诉": (30.0, "≤2次/月")}, line
    # a void appendix's old requirements are not the post's
    assert not any("初中" in q.text or "两班倒" in q.text for q in posts["水质检测员"].qualifications), posts["水质检测员"].qualifications


_PARK = {
    "海洋馆岗位说明书.txt": "海洋馆岗位说明书\n\n一、爆破工\n所属部门：工程部\n岗位职责：\n1. 按设计方案实施水下礁石爆破；\n"
                    "2. 爆破后检查现场，发现盲炮立即报告；\n3. 持有《爆破作业人员许可证》(爆破员)方可上岗。\n任职要求：\n1. 高中及以上学历；\n"
                    "2. 持爆破作业人员许可证。\n\n二、导购\n其上级为商店店长。\n岗位职责：\n1. 每天负责纪念品专卖店的清洁；\n2. 每天早晨整理货架陈列。\n"
                    "任职要求：\n1. 高中及以上学历。\n\n三、起重工\n所属部门：工程部\n岗位职责：\n1. 吊装前检查索具；\n"
                    "2. 风力六级及以上时停止露天吊装作业；\n3. 吊装时设置警戒区。\n\n四、安全员\n所属部门：安全部\n岗位职责：\n1. 每日巡查展区消防设施；\n"
                    "2. 组织季度消防演练。\n任职要求：\n1. 大专及以上学历；\n2. 持注册安全工程师证书；\n3. 持红十字会救护员证。\n",
    "游泳池岗位说明.txt": "游泳池岗位说明\n\n一、救生员\n所属部门：游泳馆\n直接上级：游泳馆馆长\n岗位职责：\n1. 在高台值守；\n2. 发现溺水立即施救。\n",
}


def test_ending_synonyms_workplaces_drafts_conduct_unit_heads_and_certificates(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "aqua72", _PARK)
    ask = services.chat.ask
    # "爆破员" is how people say 爆破工: the post itself, no "related post" caveat
    blaster = ask("爆破员要什么证", Conversation())
    assert blaster.role == "爆破工" and "仅供参考" not in blaster.text and "许可证" in blaster.text, blaster.text
    # the post asked again after a list one of whose items names it: the post's duties, not that item
    conv = Conversation()
    ask("爆破员要什么证", conv)
    again = ask("爆破员干啥的", conv)
    assert "盲炮" in again.text and "关于第" not in again.text, again.text
    # "专卖店导购员": the workplace its own document speaks of, no narrower post
    seller = ask("专卖店导购员向谁汇报", Conversation())
    assert seller.role == "导购" and "专门资料" not in seller.text and "店长" in seller.text, seller.text
    # "JD草稿来一份": the document, then the request
    assert services.chat.ask("安全员的JD草稿来一份", Conversation()).intent.value == "jd_draft"
    # "遇到大风该怎么做" of a post: what the post does then, not an HR method
    conduct = ask("起重工遇到大风天气该怎么做", Conversation())
    assert not conduct.refused and "风力六级" in conduct.text, conduct.text
    # "游泳馆馆长": a post of the unit 游泳馆, which no document describes; not the unit narrowed
    head = ask("游泳馆馆长这个岗位职责是啥", Conversation())
    assert head.role != "游泳馆" and "在高台值守" not in head.text, head.text
    # "…救护员证" is a certificate too
    certificates = ask("安全员需要考什么证", Conversation())
    assert "注册安全工程师" in certificates.text and "救护员证" in certificates.text, certificates.text
