"""Round 69, written here from scratch for a ferry company (the blind testers wrote a shipping line and a
driving-school group, and asked over the two demo corpora): a crew list with headers and titles in two
languages, a pay sheet whose group spans base pay and allowances, an H5 page of positioned boxes whose titles
stand out only by their size, a posting headed "X招聘：Y" over label | value rows, a page whose part names stand
in the margin, a card's title turned up its side band in a PDF, a formula written in TeX, a post in a site
generator's shortcode, an old version of another post's duties appended as an annex; and answers that find the
part of a list taking most of the time, a formula another document writes out, and what a requirement names
without offering it."""

from __future__ import annotations

from _answer_support import file_records, indexed_services, write_workbook, written_corpus
from _pdf_support import write_pdf

_H5 = """<html><head><title>加入我们</title></head><body>
<div class="page"><div style="position:absolute;top:20px;font-size:24px">海鸥轮渡 · 诚聘英才</div>
<div style="position:absolute;top:50px;font-size:14px">欢迎扫码投递简历</div></div>
<div class="page"><div style="position:absolute;top:20px;font-size:22px">售票员</div>
<div style="position:absolute;top:60px;font-size:16px">【工作职责】</div>
<div style="position:absolute;top:80px;font-size:14px">1. 在售票窗口售票并核对乘客身份</div>
<div style="position:absolute;top:100px;font-size:14px">2. 每日结账并上交票款</div>
<div style="position:absolute;top:130px;font-size:14px">薪资待遇</div>
<div style="position:absolute;top:130px;left:90px;font-size:14px">底薪3000元+绩效</div></div>
<div class="page"><div style="position:absolute;top:20px;font-size:22px">候船室服务员</div>
<div style="position:absolute;top:60px;font-size:16px">【工作职责】</div>
<div style="position:absolute;top:80px;font-size:14px">1. 引导旅客有序候船和登船</div>
<div style="position:absolute;top:100px;font-size:14px">2. 巡查候船室卫生和安全设施</div>
<div style="position:absolute;top:130px;font-size:14px">薪资待遇</div>
<div style="position:absolute;top:130px;left:90px;font-size:14px">3500元+餐补</div></div>
</body></html>"""

_POSTING = """<html><body><h1>客运部社会招聘：检票员</h1><table>
<tr><th scope="row">所属部门</th><td>客运部</td></tr>
<tr><th scope="row">工作地点</th><td>青岛分公司</td></tr>
<tr><th scope="row">岗位职责</th><td>1. 检验船票；<br>2. 维持登船秩序。</td></tr>
</table></body></html>"""


def _ingested(tmp_path):  # type: ignore[no-untyped-def]
    corpus = written_corpus(tmp_path, {
        "船员招聘需求.csv": "需求编号/Req No.,职务/Rank,学历/Education,适任证书/CoC,状态/Status\n"
                         "R-01,船长/Master,航海技术专业大专及以上,船长适任证书,招聘中\n"
                         "R-02,二副/2nd Officer,航海技术专业大专及以上,二副适任证书,招聘中\n"
                         "R-03,电子电气员/ETO,电气专业大专及以上,电子电气员适任证书,招聘中\n",
        "加入我们.html": _H5,
        "检票员招聘.html": _POSTING,
        "调度中心岗位规范.txt": "调度中心岗位规范\n\n二、调度员\n直接上级 调度中心主任\n"
                              "工作职责 1．根据潮汐和客流编排每日航班计划；\n2．监控船舶动态并发布调度指令；\n"
                              "3．统计航班准点率。\n任职资格 大专及以上学历；2年以上船舶调度经验。\n",
        "码头岗位职责.txt": "码头岗位职责\n\n附件1\n缆绳工岗位职责\n一、工作职责\n（一）负责船舶靠离泊时的带缆和解缆；\n"
                          "（二）检查缆桩和护舷。\n\n附件2\n2019版码头保洁员职责（已废止，仅供对照）\n"
                          "保洁员主要职责：负责候船室卫生。学历要求：初中及以上。\n",
        "船员部工作指引.md": "# 船员部工作指引\n\n{{< post name=\"船员培训专员\" boss=\"船员部经理\" >}}\n"
                           "- 编制年度船员培训计划，安排证书培训；\n- 组织新船员上船前的熟悉培训；\n- 建立船员培训档案。\n"
                           "{{< /post >}}\n\n## 指标计算口径\n\n$$\n\\text{航班准点率}=\\frac{\\text{准点航班数}}{\\text{计划航班数}}\\times 100\\%\n$$\n",
    })
    write_workbook(corpus / "船员薪资表.xlsx", {"月薪": [
        ["职务", "远洋航线（USD/月）", None, None],
        ["职务", "基本工资", "航行津贴", "合计"],
        ["船长", 9800, 1200, 11000],
        ["二副", 4300, 600, 4900],
    ]}, merges={"月薪": ["B1:D1", "A1:A2"]})
    write_pdf(corpus / "岗位卡.pdf", [[(120, 700, 11, "Reports to: Master"), (120, 680, 11, "1. Keep the deck clean")]],
              overlay="BT /F1 14 Tf 0 1 -1 0 80 640 Tm (BOSUN) Tj ET")
    return corpus


def test_bilingual_lists_size_titled_pages_margins_and_annexes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = _ingested(tmp_path)
    # "职务/Rank", "船长/Master": the Chinese name is the column's and the post's; the English a name of it
    crew = {p.title: p for p in file_records(corpus, "船员招聘需求.csv").profiles}
    assert set(crew) == {"船长", "二副", "电子电气员"}, sorted(crew)
    assert "ETO" in crew["电子电气员"].aliases and crew["船长"].fields["education"].text == "航海技术专业大专及以上", crew
    assert any(q.text.startswith("适任证书：") for q in crew["二副"].qualifications), crew["二副"].qualifications
    # a group's columns beside the base pay are parts of the pay
    pay = {p.title: p for p in file_records(corpus, "船员薪资表.xlsx").profiles}["船长"].fields["pay"].text
    assert "9800" in pay and "航行津贴：1200" in pay and "11000" in pay, pay
    # an editor's page of positioned boxes: each post's title set large opens its own post
    h5 = {p.title: p for p in file_records(corpus, "加入我们.html").profiles}
    assert [d.text[-8:] for d in h5["候船室服务员"].duties] == ["引导旅客有序候船和登船"[-8:], "巡查候船室卫生和安全设施"[-8:]], h5
    assert "售票窗口" in h5["售票员"].duties[0].text and len(h5["售票员"].duties) == 2, h5["售票员"].duties
    # "客运部社会招聘：检票员" heads the posting; "工作地点 | 青岛分公司" is its place, no column of companies
    posting = {p.title: p for p in file_records(corpus, "检票员招聘.html").profiles}["检票员"]
    assert posting.fields["location"].text == "青岛分公司" and posting.department == "客运部", posting.fields
    # a part's name in the margin beside its first line ("工作职责 1．…", "任职资格 大专…")
    dispatcher = {p.title: p for p in file_records(corpus, "调度中心岗位规范.txt").profiles}["调度员"]
    assert len(dispatcher.duties) == 3 and "2年以上船舶调度经验" in " ".join(q.text for q in dispatcher.qualifications), dispatcher
    # an old version of another post's duties appended as an annex is none of the post above's
    roper = {p.title: p for p in file_records(corpus, "码头岗位职责.txt").profiles}["缆绳工"]
    assert len(roper.duties) == 2 and not roper.qualifications, roper
    # a site generator's shortcode names the post; its list opening with duty verbs is its duties;
    # a TeX formula is an indicator's formula, of no post
    guide = file_records(corpus, "船员部工作指引.md")
    trainer = {p.title: p for p in guide.profiles}["船员培训专员"]
    assert len(trainer.duties) == 3 and not trainer.qualifications, trainer
    formula = {k.name: k for k in guide.kpis}["航班准点率"]
    assert formula.formula == "准点航班数÷计划航班数× 100%" and not formula.roles, formula
    # a card's title turned up its side band reads bottom to top
    from assistant.config import Settings
    from assistant.ingest.loaders.pdf import load_pdf

    assert "BOSUN" in load_pdf(corpus / "岗位卡.pdf", "岗位卡.pdf", "x", Settings()).doc.lines


_FERRY = {
    "行政专员岗位说明书.txt": """\
行政专员岗位说明书

岗位名称：行政专员
所属部门：综合办公室
工作职责：
（一）协助制定行政管理制度（时间分配：15%）
1. 参与制定年度行政工作计划
2. 根据政策调整行政管理制度
（二）日常行政事务（时间分配：65%）
3. 管理办公用品的采购和发放
4. 管理员工食堂和宿舍
5. 组织公司年会和员工活动
（三）对外联络（时间分配：20%）
6. 协助上级做好接待工作
7. 办理公司所需证照
任职要求：
1. 大专及以上学历
2. 了解《劳动法》及社保公积金政策
3. 3年以上行政工作经验
""",
    "招聘信息.csv": "公司,岗位名称,任职要求\n"
                "海鸥轮渡,票务主管,\"1. 全日制本科学历，3-5年及以上票务管理经验；\n2. 熟悉售票系统；\n3. 良好的沟通能力；\n"
                "4. 能适应节假日值班；\n5. 熟练使用办公软件，能编写票务日报。\"\n"
                "蓝湾客运,票务经理,\"1. 3年以上客运票务工作经验；\n2. 有团队管理经验。\"\n",
    "绩效考核表.csv": "岗位,考核指标,权重,评分说明\n调度员,航班准点率,40%,每低1个百分点扣2分\n调度员,调度差错次数,60%,每发生1次扣5分\n",
    "指标口径.md": "# 指标口径\n\n## 计算方法\n\n航班准点率=准点航班数÷计划航班数×100%\n",
    "售票员岗位说明书.txt": "售票员岗位说明书\n\n岗位职责：\n1. 售票并核对乘客身份。\n2. 每日结账。\n"
                         "任职要求：\n1. 高中及以上学历。\n2. 取得会计从业资格者优先。\n",
}


def test_parts_by_share_formulas_elsewhere_and_requirements_that_offer_nothing(tmp_path_factory, settings_factory) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.conversation import Conversation

    services = indexed_services(tmp_path_factory, settings_factory, "ferry69", _FERRY)
    ask = services.chat.ask
    # "大部分时间花在哪块": the part whose heading gives the largest share; then the others
    conv = Conversation()
    most = ask("行政专员大部分时间花在哪块工作上", conv)
    assert "65%" in most.text and "管理员工食堂" in most.text and "参与制定年度行政工作计划" not in most.text, most.text
    rest = ask("另外两块各占多少", conv)
    assert "15%" in rest.text and "20%" in rest.text and "管理员工食堂" not in rest.text, rest.text
    # a requirement that asks knowledge of a perk ("了解…社保公积金政策") offers none
    social = ask("那社保单位缴费比例是多少", conv)
    assert social.refused and "了解《劳动法》" not in social.text, social.text
    # the last two employers' postings compared on a range of years
    conv = Conversation()
    ask("海鸥轮渡的票务主管任职要求是什么", conv)
    ask("那蓝湾客运的票务经理呢", conv)
    years = ask("这两家哪个要的经验年限多", conv)
    assert "3–5年" in years.text and "最低年限相同" in years.text, years.text
    # "第五条展开" of a posting's requirements does not read its other requirements back as the explanation
    conv = Conversation()
    ask("海鸥轮渡的票务主管任职要求是什么", conv)
    fifth = ask("刚说的第五条能不能展开讲讲", conv)
    assert "熟悉售票系统" not in fifth.text, fifth.text
    # a formula another document writes out for the indicator a sheet's row only scores
    formula = ask("调度员的航班准点率是怎么算的", Conversation())
    assert "准点航班数÷计划航班数" in formula.text, formula.text
    # "要考哪些从业资格": a certificate's exam, not the post's assessment
    exam = ask("售票员要考哪些从业资格", Conversation())
    assert "会计从业资格" in exam.text and exam.intent.value != "kpi", exam.text
