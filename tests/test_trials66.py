"""Round 66, written here from scratch for a cement plant (the blind testers wrote a container terminal and a car
dealership, and asked over the two demo corpora): stacked indicator cards and a post-by-column weight table, job
cards printed two to a band, a requirements matrix of marks, a questionnaire export, an HR system's fact log, icons
that label a careers card's facts; and later turns that point back at the post ("这个主管岗位", "e)那一条")."""

from __future__ import annotations

from _answer_support import file_records, indexed_services, write_workbook, written_corpus


def test_indicator_cards_and_a_weight_table_by_post(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {})
    cards: list[list[object]] = [["水泥厂绩效指标卡（2025年）"], ["说明：每张卡片列出指标及其适用岗位和权重。"], []]
    for code, name, formula, target, posts in (
        ("JX-01", "熟料标准煤耗", "标准煤耗量÷熟料产量", "≤105kg/t", "窑操作员（40%）；中控主任（20%）"),
        ("JX-02", "窑运转率", "窑运转小时÷日历小时×100%", "≥90%", "窑操作员（35%）"),
        ("JX-03", "停窑检修时间", "每次计划外停窑的检修时长", "≤6小时", "窑操作员（25%）"),  # a name ending in 时间
    ):
        cards += [["指标编号", code, "指标名称", name], ["计算公式", formula], ["目标值", target, "数据来源", "中控日报"],
                  ["适用岗位（权重）", posts], []]
    weights = [["指标编码", "指标名称", "考核岗位", None, None], [None, None, "包装工", "装车工", "磨机巡检工"],
               ["B01", "包装袋破损率", "50%", None, "20%"], ["B02", "装车差错次数", None, "60%", None],
               ["B03", "安全违章次数", "50%", "40%", "80%"]]
    write_workbook(corpus / "指标.xlsx", {"指标卡": cards, "岗位权重": weights},
              {"指标卡": ["A1:D1", "A2:D2"] + [f"B{r}:D{r}" for r in range(5, 19, 5)] + [f"B{r}:D{r}" for r in range(7, 21, 5)],
               "岗位权重": ["C1:E1", "A1:A2", "B1:B2"]})
    kpis = {(tuple(k.roles), k.name): k for k in file_records(corpus, "指标.xlsx").kpis}
    # each card one indicator, each post of its cell one entry with that post's weight
    assert kpis[(("窑操作员",), "熟料标准煤耗")].weight == 40 and kpis[(("中控主任",), "熟料标准煤耗")].weight == 20, kpis.keys()
    assert kpis[(("窑操作员",), "停窑检修时间")].target == "≤6小时", kpis.keys()
    # the weight table: each post column's cells that post's indicators, a blank cell none
    assert kpis[(("磨机巡检工",), "安全违章次数")].weight == 80 and (("装车工",), "包装袋破损率") not in kpis, kpis.keys()
    assert not any("%" in r for roles, _ in kpis for r in roles), kpis.keys()


def test_cards_two_to_a_band_and_a_requirements_matrix(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {})
    band: list[list[object]] = [["水泥厂一线岗位卡（每页两张）"]]
    for left, right in ((("窑操作员", "烧成车间", "中控主任", "大专及以上"), ("包装工", "包装车间", "包装班长", "初中及以上")),
                        (("装车工", "发运科", "发运班长", "初中及以上"), ("磨机巡检工", "粉磨车间", "粉磨主任", "高中及以上"))):
        band += [[f"岗位：{left[0]}", None, None, f"岗位：{right[0]}", None],
                 ["所属部门", left[1], None, "所属部门", right[1]], ["直接上级", left[2], None, "直接上级", right[2]],
                 ["学历", left[3], None, "学历", right[3]]]
    matrix = [["类别", "资格项目", "化验员", "质检员", "取样工"], ["学历", "大专及以上", "●", None, None],
              [None, "高中及以上", None, "●", "●"], ["证书", "化验员上岗证", "●", "○", None],
              ["图例：●=必须具备　○=优先考虑"]]
    write_workbook(corpus / "岗位卡.xlsx", {"岗位卡": band, "任职资格矩阵": matrix},
              {"岗位卡": ["A1:E1", "A2:B2", "D2:E2", "A6:B6", "D6:E6"], "任职资格矩阵": ["A2:A3", "A5:E5"]})
    profiles = {p.title: p for p in file_records(corpus, "岗位卡.xlsx").profiles if p.fields.get("reports_to") or p.qualifications}
    # each card its own post: the left card's facts are not the right card's title's
    assert profiles["窑操作员"].fields["reports_to"].text == "中控主任" and profiles["包装工"].department == "包装车间"
    assert profiles["磨机巡检工"].fields["education"].text == "高中及以上", profiles["磨机巡检工"].fields
    # the matrix: each post its marked items, the less usual mark told by the legend
    assert [q.text for q in profiles["化验员"].qualifications] == ["大专及以上", "化验员上岗证"], profiles["化验员"].qualifications
    assert [q.text for q in profiles["质检员"].qualifications] == ["高中及以上", "化验员上岗证（优先考虑）"]


def test_a_questionnaire_export_a_fact_log_and_icon_labels(tmp_path) -> None:  # type: ignore[no-untyped-def]
    survey = ("序号,提交答卷时间,来源,1、您的岗位名称,2、所在部门,3、您的直属上级是（填岗位）,"
              "4、请逐条填写本岗位的主要工作职责（按重要程度排序）,5、本岗位必须持有哪些证书,6、最低学历要求\n"
              '1,2025/5/6 9:00:00,微信,化验员,质量部,化验室主任,"1.按时取样并做全分析\n2.填写化验原始记录\n3.校准化验仪器",'
              "化验员上岗证,大专及以上\n"
              "2,2025/5/6 9:10:00,微信,取样工,质量部,化验室主任,1.按频次取样,(跳过),高中\n")
    log = ("记录ID,岗位,字段,内容,更新时间\n"
           "R1,包装工,薪资,4000-5000元/月,2024-03-01\n"
           "R2,包装工,岗位职责-1,按规定袋重包装水泥,2025-01-05\n"
           "R3,包装工,岗位职责-2,清理包装机散灰,2025-01-05\n"
           "R4,包装工,学历,,2025-01-05\n"
           "R5,包装工,工作地点,厂区包装车间,2025-01-05\n"
           "R6,包装工,薪资,4500-5500元/月+计件,2025-06-01\n")
    card = ('<html><body><div class="job"><h2>装车工</h2><p><i title="所属部门">🏭</i>发运科 '
            '<i title="薪资">💰</i>5000–6500元/月 <i title="工作地点">📍</i>厂区发运站</p>'
            "<h3>你要做的</h3><ul><li>按提货单装车</li><li>核对车号与吨位</li></ul></div></body></html>")
    corpus = written_corpus(tmp_path, {"问卷.csv": survey, "岗位信息导出.csv": log, "招聘.html": card})
    asked = {p.title: p for p in file_records(corpus, "问卷.csv").profiles}
    # a numbered question heads each column: the post, its unit, its boss, its duties and requirements
    assert asked["化验员"].fields["reports_to"].text == "化验室主任" and len(asked["化验员"].duties) == 3, asked["化验员"]
    assert asked["化验员"].fields["certificate"].text == "化验员上岗证" and "certificate" not in asked["取样工"].fields
    packer = next(p for p in file_records(corpus, "岗位信息导出.csv").profiles if p.title == "包装工")
    # one fact a row: the numbered duties one list, a blank fact no fact, a later row of the same fact the fact
    assert [d.text for d in packer.duties] == ["按规定袋重包装水泥", "清理包装机散灰"] and "education" not in packer.fields
    assert packer.fields["location"].text == "厂区包装车间" and packer.fields["pay"].text.startswith("4500"), packer.fields
    loader = next(p for p in file_records(corpus, "招聘.html").profiles if p.title == "装车工")
    # an icon whose title names what follows it is that fact's label
    assert loader.department == "发运科" and loader.fields["location"].text == "厂区发运站", loader.fields


_PLANT = {
    "岗位说明书.txt": """\
水泥厂岗位说明书

一、中控主管
直接上级：生产副厂长
所在部门：生产部
直接下属：无
岗位职责：
a) 负责中控室的日常管理。
b) 审核窑系统的操作参数。
c) 组织交接班会。
d) 编制中控月报。
e) 负责中控操作员的培训计划和考核。
任职要求：
1. 大专及以上学历，硅酸盐专业。
2. 5年以上中控操作经验。

二、化验主管
直接上级：质量部经理
所在部门：质量部
岗位职责：
1. 负责化验室的日常管理。
2. 审核出厂水泥的检验报告。
任职要求：
1. 本科及以上学历。
2. 3年以上化验室管理经验。
""",
}


def test_later_turns_that_point_back_at_the_post(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "plant66", _PLANT)
    ask = services.chat.ask
    conv = Conversation()
    ask("中控主管平时负责哪些事", conv)
    # "e)那一条": the fifth item of a list lettered a) b) c)
    fifth = ask("e)那一条是什么意思", conv)
    assert "培训计划" in fifth.text and not fifth.refused, fifth.text
    # "这个主管岗位": the post just discussed, by the ending of its title
    unit = ask("这个主管岗位挂在哪个部门下面", conv)
    assert unit.role == "中控主管" and "生产部" in unit.text, unit.text
    # "底下有没有人": the post's subordinates
    below = ask("那他自己底下有没有人", conv)
    assert below.role == "中控主管" and "直接下属" in below.text and "无" in below.text, below.text
    # "回到前面，…": a back-reference, not a misspelt post ("面中控主" of "前面，中控主…")
    back = ask("回到前面，中控管理工作里跟培训有关的是哪条", conv)
    assert back.role == "中控主管" and "面中控管" not in back.text, back.text
    # a new post named with a topic of its own: not the last question's attribute asked of it
    conv = Conversation()
    ask("中控主管要几年经验", conv)
    other = ask("那化验主管的检验报告审核标准具体有哪些", conv)
    assert other.role == "化验主管" and "经验" not in other.text, other.text
