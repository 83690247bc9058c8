"""Question forms met on the round 16 blind trials, written here from scratch for a logistics
company: a post asked after a verb ("我刚调来做仓管员"), a certificate named after a trade
("要会计证吗"), an item of the last list pointed at by its words ("现金那个怎么定义"), "HR那边的
KPI" (a unit's sheet, not the HR post), another employer's posting by its brand ("远航那个呢"),
"除了经验还有别的要求没", a post's own list of work targets, an everyday word for a requirement
("电脑方面呢" of 计算机, an equivalent wording of the lexicon), an OKR sheet's key results, a handbook
sentence that leaves the thing out ("本手册不作规定"), a company rule asked in noisy words, a post
named by a two-character head ("教务"), the post "他下面管哪些X" is about, and a list under a
family heading ("五、信息科技类" > "工作职责:")."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_POSTS = """顺达物流有限公司岗位说明书

一、仓管员
直接上级：仓储主管
岗位职责：
1、负责货物入库验收和上架；
2、负责出库拣货和复核；
3、每月组织库存盘点。
任职要求：
1、高中及以上学历；
2、一年以上仓库管理经验；
3、能适应倒班，吃苦耐劳；
4、掌握计算机应用技术，会用Excel和WMS系统；
5、持叉车证者优先。

二、出纳
直接上级：财务经理
岗位职责：
1、办理现金收付和银行结算；
2、登记现金日记账和银行日记账。
任职要求：
1、大专及以上学历，会计相关专业；
2、持会计从业资格证；
3、两年以上出纳工作经验。

三、财务经理
直接上级：财务总监
岗位职责：
1、组织编制年度财务预算；
2、审核月度财务报表。
任职要求：
1、本科及以上学历；
2、五年以上财务管理经验；
3、持中级会计师证书。
岗位工作目标：
1、月度报表差错率为0；
2、预算执行偏差不超过5%；
3、库存周转天数不高于30天。

四、人力资源专员
直接上级：人力资源经理
岗位职责：
1、办理员工入职和离职手续；
2、维护员工档案。
"""

_KPIS = """部门,指标名称,权重,计算方法
财务部,现金收支准确率,30%,现金收支出错次数
财务部,报表及时率,40%,按时报出的报表数/应报报表数
财务部,预算达成率,30%,实际费用/预算费用
人力资源部,招聘完成率,50%,到岗人数/计划招聘人数
人力资源部,员工流失率,50%,离职人数/平均在职人数
"""

_HANDBOOK = """顺达物流员工手册（节选）

第三章 工作时间与倒班
3.1 转运中心实行两班倒，白班8:00-20:00，夜班20:00-8:00。
3.2 倒班人员的年休假天数按《考勤管理制度》执行，本手册不作规定。

第四章 岗位类别
一、运营类
工作职责：
负责干线车辆调度和场站作业。
二、信息技术类
工作职责：
负责运单系统的开发和运维，保障信息系统安全稳定。

第五章 汇报关系
教务专员向人事经理汇报，负责培训课程排期。
"""

_POSTINGS = """发布时间,公司,工作地点,职位名称,薪资,岗位描述
2025-03-01,顺达物流,武汉,数据分析师,12k-18k,"岗位职责：
1. 搭建运单数据看板；
2. 分析网点时效。
任职要求：
1. 本科及以上学历；
2. 3年以上数据分析经验。"
2025-03-02,远航快运,长沙,数据分析师,10k-15k,"岗位职责：
1. 维护运费数据报表；
2. 分析线路成本。
任职要求：
1. 本科及以上学历；
2. 1年以上数据分析经验，有物流行业经验优先。"
"""


def _write_sheets(corpus) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    rows = ["库存准确率", "出库及时率", "入库差错率", "盘点差异率", "货损率", "拣货效率", "上架及时率", "单据归档率", "安全检查合格率"]
    (corpus / "仓管员月度考核表.csv").write_text(
        "岗位,指标名称,权重\n" + "".join(f"仓管员,{name},{w}%\n" for name, w in zip(rows, [20, 15, 10, 10, 10, 10, 10, 10, 5], strict=True)),
        encoding="utf-8")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (("运营中心 2025年第三季度 OKR", None, None, None, None),
                ("部门", "运营中心", "负责人", "运营总监", None),
                ("类型", "编号", "内容", "权重", "衡量方式"),
                ("O", "O1", "提升干线准点率", "60%", None),
                ("KR", "KR1.1", "干线发车准点率达到98%", "35%", "准点发车数÷计划发车数"),
                ("KR", "KR1.2", "到达准点率达到95%", "25%", "准点到达数÷到达总数"),
                ("O", "O2", "降低单票成本", "40%", None),
                ("KR", "KR2.1", "单票中转成本下降5%", "40%", "本季单票成本÷上季单票成本-1")):
        sheet.append(row)
    workbook.save(str(corpus / "运营中心OKR.xlsx"))


@pytest.fixture(scope="module")
def logistics_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    files = {"岗位说明书.txt": _POSTS, "部门KPI指标库.csv": _KPIS, "招聘信息.csv": _POSTINGS, "员工手册.txt": _HANDBOOK}
    return indexed_services(tmp_path_factory, settings_factory, "logistics", files, write=_write_sheets)


def test_a_post_asked_after_a_verb_is_that_post(logistics_services) -> None:  # type: ignore[no-untyped-def]
    (answer,) = _ask(logistics_services, "我刚调来做仓管员，每天具体要干些啥")
    text = unescape_md(answer.text)
    assert not answer.refused and "入库验收" in text, text
    assert "专门资料" not in text and "仅供参考" not in text  # no caveat about a narrower post


def test_a_certificate_named_after_a_trade_is_no_post(logistics_services) -> None:  # type: ignore[no-untyped-def]
    _, certificate = _ask(logistics_services, "出纳要什么学历", "要会计证吗")
    text = unescape_md(certificate.text)
    assert not certificate.refused and "会计从业资格证" in text, text
    assert "只提到" not in text


def test_an_item_of_the_last_list_pointed_at_by_its_words(logistics_services) -> None:  # type: ignore[no-untyped-def]
    listed, detail = _ask(logistics_services, "财务部的考核指标有哪些", "现金那个怎么定义")
    assert "报表及时率" in unescape_md(listed.text)
    text = unescape_md(detail.text)
    assert "现金收支准确率" in text and "现金收支出错次数" in text, text
    assert "报表及时率" not in text


def test_hr_asked_for_kpis_is_the_hr_unit(logistics_services) -> None:  # type: ignore[no-untyped-def]
    _, hr = _ask(logistics_services, "财务部的考核指标有哪些", "那HR那边的KPI呢")
    text = unescape_md(hr.text)
    assert not hr.refused and "招聘完成率" in text and "员工流失率" in text, text


def test_another_employers_posting_by_its_brand(logistics_services) -> None:  # type: ignore[no-untyped-def]
    first, other = _ask(logistics_services, "顺达物流的数据分析师要几年经验", "远航那个呢")
    assert "3年以上" in unescape_md(first.text)
    text = unescape_md(other.text)
    assert "1年以上" in text and "3年以上" not in text, text


def test_the_other_requirements_besides_one(logistics_services) -> None:  # type: ignore[no-untyped-def]
    _, rest = _ask(logistics_services, "出纳要几年经验", "除了经验还有别的要求没")
    text = unescape_md(rest.text)
    assert "大专" in text and "会计从业资格证" in text, text


def test_a_posts_own_list_of_work_targets(logistics_services) -> None:  # type: ignore[no-untyped-def]
    (targets,) = _ask(logistics_services, "财务经理的岗位工作目标都有啥")
    text = unescape_md(targets.text)
    assert "差错率为0" in text and "预算执行偏差" in text and "库存周转天数" in text, text
    assert "组织编制年度财务预算" not in text  # its targets, not its duties


def test_an_everyday_word_for_a_requirement_finds_its_written_wording(logistics_services) -> None:  # type: ignore[no-untyped-def]
    _, computer = _ask(logistics_services, "仓管员的任职要求有哪些", "电脑方面呢")
    text = unescape_md(computer.text)
    assert not computer.refused and "计算机应用技术" in text, text


def test_the_key_results_of_an_okr_sheet_under_their_objective(logistics_services) -> None:  # type: ignore[no-untyped-def]
    (okr,) = _ask(logistics_services, "运营中心这季度OKR里有哪些KR")
    text = unescape_md(okr.text)
    assert "O1 提升干线准点率" in text and "干线发车准点率达到98%" in text and "单票中转成本下降5%" in text, text
    assert "权重合计 100%" in text


def test_a_sentence_that_leaves_the_thing_out_answers_as_not_stated(logistics_services) -> None:  # type: ignore[no-untyped-def]
    (leave,) = _ask(logistics_services, "倒班的人年假有几天")
    assert leave.refused, leave.text  # the handbook says it does not say
    text = unescape_md(leave.text)
    assert text.startswith("资料中没有写明这一点") and "不作规定" in text and leave.citations


def test_a_company_rule_asked_in_noisy_words(logistics_services) -> None:  # type: ignore[no-untyped-def]
    (shifts,) = _ask(logistics_services, "厂里倒班是怎么倒的")
    assert not shifts.refused and "两班倒" in unescape_md(shifts.text), shifts.text
    (birthday,) = _ask(logistics_services, "员工过生日公司有福利吗")
    assert birthday.refused, birthday.text  # a word of its own the documents never use: not answered


def test_a_post_named_by_a_two_character_head(logistics_services) -> None:  # type: ignore[no-untyped-def]
    from assistant.knowledge.roles import RoleInventory
    from assistant.lexicon import load_lexicon
    from assistant.models import JobProfile, SourceSpan

    inventory = RoleInventory(load_lexicon(None))
    for n, title in enumerate(("教务专员", "财务经理", "财务专员")):
        inventory.add_profile(JobProfile(id=f"p{n}", title=title, article_id="a", article_title="a",
                                         span=SourceSpan(file="a.txt", line_start=1, line_end=1)))
    head = inventory.resolve_head("招个教务得要求些什么")
    assert head is not None and head.best.entry.title == "教务专员"
    assert inventory.resolve_head("财务要做什么") is None  # two posts begin with 财务: no guess


def test_the_post_a_pronoun_names_manages_the_titles_after_the_question_word(logistics_services) -> None:  # type: ignore[no-untyped-def]
    _, managed = _ask(logistics_services, "出纳的直接上级是谁", "他下面管哪些会计")
    assert managed.role == "出纳", (managed.role, managed.text)


def test_a_list_under_a_family_heading_answers_for_that_family(logistics_services) -> None:  # type: ignore[no-untyped-def]
    (it,) = _ask(logistics_services, "信息技术类岗位做哪些工作")
    text = unescape_md(it.text)
    assert not it.refused and "运单系统" in text, text


def test_a_jd_is_drafted_from_the_profile_that_describes_the_post(logistics_services) -> None:  # type: ignore[no-untyped-def]
    from assistant.tools.export import render_markdown
    from assistant.tools.jd import JdRequest, draft_jd

    # the KPI sheet's rows make its owner row the "richest" material, but it describes nothing:
    # the company's own description of the post is the draft's source, the sheet only adds to it
    draft = draft_jd(JdRequest(role="仓管员"), logistics_services.components.snapshot())
    text = unescape_md(render_markdown(draft))
    assert "入库验收" in text and "高中及以上学历" in text, text
    assert "不混用不同单位的内容" not in text
