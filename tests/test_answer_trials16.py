"""Question forms met on the round 16 blind trials, written here from scratch for a logistics
company: a post asked after a verb ("我刚调来做仓管员"), a certificate named after a trade
("要会计证吗"), an item of the last list pointed at by its words ("现金那个怎么定义"), "HR那边的
KPI" (a unit's sheet, not the HR post), another employer's posting by its brand ("远航那个呢"),
"除了经验还有别的要求没", a post's own list of work targets, an everyday word for a requirement
("电脑方面呢" of 计算机, an equivalent wording of the lexicon), and an OKR sheet's key results."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask

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


@pytest.fixture(scope="module")
def logistics_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    import openpyxl

    from assistant.services import Services

    corpus = tmp_path_factory.mktemp("logistics") / "corpus"
    corpus.mkdir()
    (corpus / "岗位说明书.txt").write_text(_POSTS, encoding="utf-8")
    (corpus / "部门KPI指标库.csv").write_text(_KPIS, encoding="utf-8")
    (corpus / "招聘信息.csv").write_text(_POSTINGS, encoding="utf-8")
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
    services = Services(settings_factory(tmp_path_factory.mktemp("logistics-home"), corpus))
    services.corpus.ensure_index()
    return services


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
