#!/usr/bin/env python3
"""Write set.jsonl (64 items) for the round-21 elder-care corpus (颐康养老集团).

    T21_OUT=/tmp/t21care python3 build_set.py

Written from the generated documents only, before gangwei was run on them.
Text files cited by line spans (found through anchors), binary files by quotes.
"""
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("T21_OUT", "/tmp/t21care")) / "corpus"
F1 = "yk01_岗位说明书（护理院）.docx"
F2 = "yk02_护理员等级标准.docx"
F3 = "yk03_护理等级与人员配比.xlsx"
F4 = "yk04_2025年度KPI指标库.xlsx"
F5 = "yk05_2025年春季招聘简章.pdf"
F6 = "yk06_加入颐康.html"
F7 = "yk07_新员工入职问答.md"
F8 = "yk08_招聘职位导出_20250315.csv"
F9 = "yk09_护理交接班制度.txt"
F10 = "yk10_员工手册（节选）.docx"
_lines = {}


def lines(f):
    if f not in _lines:
        _lines[f] = (CORPUS / f).read_bytes().decode("utf-8-sig").splitlines()
    return _lines[f]


def L(f, start, end=None, after=None):
    ls = lines(f)
    i0 = 0
    if after is not None:
        i0 = next(i for i, s in enumerate(ls) if after in s) + 1
    a = next(i for i in range(i0, len(ls)) if start in ls[i])
    b = a if end is None else next(i for i in range(a, len(ls)) if end in ls[i])
    return {"file": f, "line_start": a + 1, "line_end": b + 1}


def Q(f, *qs):
    return [{"file": f, "quote": q} for q in qs]


def CSV(code):
    return L(F8, code + ",")


items = []


def add(id_, persona, intent, question, role=None, evidence=(), kp=(), attribute=None, turns=None, tool=None):
    items.append({"id": "r21c-" + id_, "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attribute, "evidence": list(evidence), "key_points": [list(g) for g in kp],
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(question, intent, role=None, evidence=(), kp=(), attribute=None):
    return {"question": question, "intent": intent, "role": role, "attribute": attribute,
            "evidence": list(evidence), "key_points": [list(g) for g in kp]}


# evidence blocks
E_DIR_DUTY = Q(F1, "制定全院护理工作计划、护理质量标准并组织实施")
E_DIR_QUAL = Q(F1, "护理学本科及以上学历")
E_HN_DUTY = Q(F1, "负责本楼层护士、护理员的日常排班与工作分配")
E_HN_QUAL = Q(F1, "护理专业大专及以上学历；")
E_NURSE_DUTY = Q(F1, "按医嘱为老人测量生命体征、发药、注射和换药")
E_NURSE_QUAL = Q(F1, "护理专业中专及以上学历")
E_REHAB_DUTY = Q(F1, "对入院老人进行肌力、平衡、日常生活活动能力")
E_REHAB_QUAL = Q(F1, "康复治疗学专业大专及以上学历")
E_SW_DUTY = Q(F1, "负责新入住老人的入院适应辅导及个案建档")
E_SW_QUAL = Q(F1, "社会工作专业本科及以上学历")
E_DEAN_DUTY = Q(F1, "全面负责护理院的经营管理，完成集团下达的入住率与收支目标")
E_DEAN_QUAL = Q(F1, "10年以上医疗或养老行业工作经验")
E_CARER_DUTY = Q(F2, "为老人提供洗漱、穿衣、进食、如厕、洗浴等生活照料；",
                 "按护理计划为卧床老人每2小时翻身一次，做好压疮预防；",
                 "协助老人服药，观察老人精神、饮食、睡眠及排泄情况并记录；",
                 "保持老人居室及床单位清洁，每周更换床单被套一次；",
                 "发现老人跌倒、噎食等意外立即呼叫护士并按应急流程处置。")
E_DIET_DUTY = Q(F5, "负责每周编制老人食谱", "膳食方案，每月开展一次膳食满意度调查")
E_DIET_QUAL = Q(F5, "营养学或食品卫生专业大专及以上学历", "）证书；2年以上医院或团餐营养配餐经验") + [CSV("YK2025-013")]
E_COOK_DUTY = Q(F5, "负责按营养师食谱完成老人一日三餐及两次加餐", "厨房卫生制度，每日做好食材验收和出入库登记")
E_COOK_QUAL = Q(F5, "持有中式烹调师证书及健康证；3年以上食堂", "验；能制作软食、糊状食等适老餐；年龄50周岁以下") + [CSV("YK2025-014")]
E_HOME_DUTY = [L(F6, "负责辖区老人居家养老服务需求评估", "开拓社区新签约客户")]
E_HOME_QUAL = [L(F6, "大专及以上学历，社会工作、护理", "具备良好的沟通能力"), CSV("YK2025-015")]
E_BATH_DUTY = [L(F6, "携带移动助浴设备上门", "发现老人皮肤破损")]
E_BATH_QUAL = [L(F6, "高中及以上学历，45周岁以下", "有助浴或居家护理经验者优先"), CSV("YK2025-016")]
E_NURSE_KPI = Q(F4, "老人压疮发生率", "跌倒事件发生次数", "护理记录合格率", "老人及家属满意度", "护理员持证上岗率")
E_REHAB_KPI = Q(F4, "康复计划制定及时率", "康复训练参与率", "文娱活动开展次数", "志愿服务时长", "个案服务满意度")
E_HOME_KPI = Q(F4, "上门服务准时率", "服务工单完成率", "电话回访满意度≥95%得满分", "新增签约户数", "服务记录上传及时率")
E_DIET_KPI = Q(F4, "食品安全检查合格率", "特殊膳食执行准确率", "留样合格率")

# ---------------------------------------------------------------- duty (10)
add("duty-01", "manager", "duty", "护理部主任平时都管些什么", "护理部主任", E_DIR_DUTY,
    [["护理工作计划", "护理质量标准"], ["压疮", "跌倒", "不良事件"], ["排班"], ["护理等级", "能力评估"], ["培训"]])
add("duty-02", "new_hire", "duty", "护士长日常要负责哪些工作", "护士长", E_HN_DUTY,
    [["排班"], ["查房"], ["交接班", "用药管理"], ["护理记录"], ["培训"]])
add("duty-03", "new_hire", "duty", "在咱们院当护士要干啥", "护士", E_NURSE_DUTY,
    [["生命体征", "发药"], ["慢病", "糖尿病"], ["病情变化"], ["药品", "医疗器械"]])
add("duty-04", "new_hire", "duty", "护理员每天主要做哪些工作呀", "护理员", E_CARER_DUTY,
    [["生活照料", "洗漱"], ["翻身"], ["服药"], ["床单"], ["跌倒", "噎食"]])
add("duty-05", "hr", "duty", "院里的社工负责啥", "社工", E_SW_DUTY,
    [["适应", "个案"], ["活动"], ["心理"], ["志愿者"]])
add("duty-06", "manager", "duty", "院长岗位职责是什么", "院长", E_DEAN_DUTY,
    [["经营管理", "入住率"], ["安全"], ["民政", "主管部门"], ["家属"]])
add("duty-07", "new_hire", "duty", "营养师的工作内容有哪些", "营养师", E_DIET_DUTY,
    [["食谱"], ["特殊", "糖尿病"], ["满意度"], ["卫生监督", "监督"]])
add("duty-08", "hr", "duty", "居家服务专员主要做什么", "居家服务专员", E_HOME_DUTY,
    [["需求评估", "服务方案"], ["工单"], ["回访"], ["签约", "讲座"]])
add("duty-09", "new_hire", "duty", "上门助浴那个岗位的职责", "助浴员", E_BATH_DUTY,
    [["洗浴", "助浴"], ["血压", "体温"], ["消毒"], ["异常", "报告"]])
add("duty-10", "new_hire", "duty", "食堂厨师要负责哪些事", "厨师", E_COOK_DUTY,
    [["一日三餐", "加餐"], ["留样"], ["验收", "出入库"]])

# ---------------------------------------------------------------- qualification (10)
add("qual-01", "new_hire", "qualification", "应聘护士要什么条件", "护士", E_NURSE_QUAL + [CSV("YK2025-012")],
    [["中专"], ["护士执业证书"], ["1年以上"], ["三班倒"]])
add("qual-02", "hr", "qualification", "西溪护理院招康复治疗师有啥要求", "康复治疗师", E_REHAB_QUAL,
    [["大专"], ["康复医学治疗技术"], ["2年以上"], ["运动疗法", "作业疗法"]])
add("qual-03", "new_hire", "qualification", "做社工需要什么证书和学历", "社工", E_SW_QUAL,
    [["本科"], ["社会工作师"], ["1年以上"]])
add("qual-04", "hr", "qualification", "营养师招聘条件是什么", "营养师", E_DIET_QUAL,
    [["大专"], ["公共营养师"], ["2年以上"]])
add("qual-05", "new_hire", "qualification", "厨师要啥要求，年龄有限制不", "厨师", E_COOK_QUAL,
    [["中式烹调师"], ["健康证"], ["3年以上"], ["50周岁"]])
add("qual-06", "hr", "qualification", "行政人事专员需要啥学历和经验", "行政人事专员",
    Q(F5, "人力资源管理或行政管理专业本科及以上学历", "作经验，熟悉社保公积金办理及劳动合同管理") + [CSV("YK2025-018")],
    [["本科"], ["2年以上"], ["社保", "劳动合同"]])
add("qual-07", "new_hire", "qualification", "中级护理员要满足哪些条件", "中级护理员",
    Q(F2, "任职条件：持有养老护理员职业技能等级证书（四级/中级工）"),
    [["四级", "中级工"], ["满2年"], ["一票否决"]])
add("qual-08", "hr", "qualification", "助浴员招聘要求有哪些", "助浴员", E_BATH_QUAL,
    [["高中"], ["45周岁"], ["四级", "中级工"], ["身体健康", "体力"]])
add("qual-09", "manager", "qualification", "护士长的任职资格", "护士长", E_HN_QUAL,
    [["大专"], ["护士执业证书"], ["护师"], ["5年以上"]])
add("qual-10", "new_hire", "qualification", "居家服务专员要什么条件能投", "居家服务专员", E_HOME_QUAL,
    [["大专"], ["1年以上"], ["C1"], ["沟通"]])

# ---------------------------------------------------------------- attribute (12)
add("attr-01", "new_hire", "attribute", "护士长归谁管", "护士长", [L(F7, "护士长的上级是护理部主任")],
    [["护理部主任"], ["上级"]], attribute="reports_to")
add("attr-02", "new_hire", "attribute", "我当护理员，直属领导是谁", "护理员",
    Q(F2, "直接上级为所在楼层护士长") + [L(F7, "日常工作上找所在楼层的护士长")],
    [["护士长"], ["楼层"]], attribute="reports_to")
add("attr-03", "manager", "attribute", "院长下面管着哪几个岗位", "院长", Q(F1, "护理部主任、康复社工部经理、膳食部主管、行政人事专员"),
    [["护理部主任"], ["康复社工部经理"], ["膳食部主管"], ["行政人事专员"]], attribute="subordinates")
add("attr-04", "hr", "attribute", "护理部主任得有几年工作经验", "护理部主任", Q(F1, "8年以上临床或养老机构护理工作经验"),
    [["8年以上"], ["3年以上"]], attribute="experience")
add("attr-05", "new_hire", "attribute", "高级护理员要持什么证", "高级护理员", Q(F2, "三级/高级工）；从事养老护理工作满5年"),
    [["三级", "高级工"], ["失智"]], attribute="certificate")
add("attr-06", "new_hire", "attribute", "前台接待在哪个点上班", "前台接待", [CSV("YK2025-017")] + Q(F5, "前台接待：隶属居家中心综合办"),
    [["拱宸桥"], ["综合办", "居家中心"]], attribute="location")
add("attr-07", "new_hire", "attribute", "护士工资多少", "护士", Q(F1, "税前月薪6000-8000元，夜班另计夜班费每班80元"),
    [["6000-8000"], ["80元"]], attribute="pay")
add("attr-08", "manager", "attribute", "院长年薪大概多少", "院长", Q(F1, "年薪25万-35万元，含绩效奖金"),
    [["25万"], ["绩效"]], attribute="pay")
add("attr-09", "new_hire", "attribute", "营养师向谁汇报", "营养师", Q(F5, "营养师：隶属膳食部，向膳食部主管汇报"),
    [["膳食部主管"], ["膳食部"]], attribute="reports_to")
add("attr-10", "hr", "attribute", "行政人事专员属于哪个部门", "行政人事专员", Q(F5, "行政人事专员：隶属院部，向院长汇报") + [CSV("YK2025-018")],
    [["院部"], ["院长"]], attribute="department")
add("attr-11", "new_hire", "attribute", "居家服务专员待遇咋样", "居家服务专员",
    [L(F6, "<dt>薪资范围</dt><dd>5000-7000元"), L(F7, "上门交通另有每月300元交通补贴")],
    [["5000-7000"], ["提成"], ["交通补贴", "300元"]], attribute="pay")
add("attr-12", "hr", "attribute", "居家的康复治疗师要求什么证书", "康复治疗师",
    [L(F6, "持有康复医学治疗技术初级（师）")],
    [["康复医学治疗技术"], ["初级（师）"]], attribute="certificate")

# ---------------------------------------------------------------- kpi (6)
add("kpi-01", "manager", "kpi", "护理部考核看哪几项指标", "护理部主任", E_NURSE_KPI,
    [["压疮"], ["跌倒"], ["护理记录合格率"], ["满意度"], ["持证上岗率"]])
add("kpi-02", "hr", "kpi", "膳食部的一票否决是啥情况", "厨师",
    Q(F4, "发生集体性食物中毒事件的，当期考核为零分"), [["食物中毒"], ["零分"]])
add("kpi-03", "manager", "kpi", "居家服务专员的KPI有哪些，权重多少", "居家服务专员", E_HOME_KPI,
    [["上门服务准时率"], ["服务工单完成率"], ["新增签约户数"], ["回访满意度"]])
add("kpi-04", "hr", "kpi", "康复治疗师考核什么指标", "康复治疗师", E_REHAB_KPI,
    [["康复计划制定及时率"], ["康复训练参与率"], ["文娱活动"], ["志愿服务"]])
add("kpi-05", "manager", "kpi", "营养师考核里特殊膳食执行准确率怎么打分", "营养师",
    Q(F4, "糖尿病餐、软食、流食等按医嘱配餐准确率100%得满分，每错1次扣5分"), [["100%"], ["扣5分"]])
add("kpi-06", "new_hire", "kpi", "护理员压疮发生率考核标准是多少", "护理员",
    Q(F4, "院内新发压疮≤0.5%得满分，每超0.1个百分点扣5分"), [["0.5%"], ["扣5分"]])

# ---------------------------------------------------------------- jd (4)
add("jd-01", "hr", "jd", "帮我写一份护士长的岗位说明书", "护士长", E_HN_DUTY + E_HN_QUAL,
    [["排班"], ["查房"], ["护士执业证书"], ["5年以上"]],
    tool={"kind": "jd", "role": "护士长", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("jd-02", "hr", "jd", "起草一份社工岗位JD", "社工", E_SW_DUTY + E_SW_QUAL,
    [["个案"], ["志愿者"], ["社会工作师"], ["本科"]],
    tool={"kind": "jd", "role": "社工", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("jd-03", "hr", "jd", "给居家服务专员出个岗位说明书", "居家服务专员", E_HOME_DUTY + E_HOME_QUAL,
    [["工单"], ["回访"], ["C1"], ["大专"]],
    tool={"kind": "jd", "role": "居家服务专员", "must_cite_files": [F6], "expect_sections": ["duties", "qualifications"]})
add("jd-04", "hr", "jd", "营养师的JD帮忙拟一下", "营养师", E_DIET_DUTY + E_DIET_QUAL,
    [["食谱"], ["满意度"], ["公共营养师"], ["2年以上"]],
    tool={"kind": "jd", "role": "营养师", "must_cite_files": [F5], "expect_sections": ["duties", "qualifications"]})

# ---------------------------------------------------------------- kpi_design (3)
add("kd-01", "manager", "kpi_design", "给护士设计一套KPI", "护士", E_NURSE_KPI,
    [["压疮"], ["跌倒"], ["护理记录"]],
    tool={"kind": "kpi_design", "role": "护士", "must_cite_files": [F4], "count": None,
          "expected_indicators": ["老人压疮发生率", "跌倒事件发生次数", "护理记录合格率"]})
add("kd-02", "manager", "kpi_design", "厨师的绩效指标怎么定，给5个", "厨师", E_DIET_KPI,
    [["食品安全"], ["留样"], ["特殊膳食"]],
    tool={"kind": "kpi_design", "role": "厨师", "must_cite_files": [F4], "count": 5,
          "expected_indicators": ["食品安全检查合格率", "留样合格率", "特殊膳食执行准确率"]})
add("kd-03", "hr", "kpi_design", "帮助浴员设计考核指标", "助浴员", E_HOME_KPI,
    [["准时率"], ["回访满意度"], ["上传及时率"]],
    tool={"kind": "kpi_design", "role": "助浴员", "must_cite_files": [F4], "count": None,
          "expected_indicators": ["上门服务准时率", "回访满意度", "服务记录上传及时率"]})

# ---------------------------------------------------------------- followup (8)
add("fu-01", "new_hire", "followup", "康复治疗师主要负责什么", "康复治疗师", E_REHAB_DUTY,
    [["评估"], ["康复训练计划"], ["康复操", "认知训练"], ["体位转移"]],
    turns=[T("第三条再展开讲讲", "duty", "康复治疗师", E_REHAB_DUTY, [["集体康复操"], ["认知训练"]]),
           T("那这个岗位归谁管呀", "attribute", "康复治疗师", Q(F1, "康复业务接受医务室医生指导"),
             [["康复社工部经理"], ["医务室医生"]], attribute="reports_to")])
add("fu-02", "new_hire", "followup", "护理员分几个等级", "护理员",
    Q(F2, "二、初级护理员", "三、中级护理员", "四、高级护理员"), [["初级"], ["中级"], ["高级"]],
    turns=[T("高级的工资多少", "attribute", "高级护理员", Q(F2, "岗位津贴：每月900元。") + [{"file": F2, "quote": "5500元"}],
             [["5500"], ["900"]], attribute="pay"),
           T("换成初级呢", "attribute", "初级护理员", Q(F2, "岗位津贴：每月200元。") + [{"file": F2, "quote": "4200元"}],
             [["4200"], ["200"]], attribute="pay")])
add("fu-03", "new_hire", "followup", "交接班的时候护理员要交代哪些内容", "护理员", [L(F9, "4. 交班护理员须交清")],
    [["进食", "饮水"], ["翻身"], ["皮肤"]],
    turns=[T("第7条展开说说", "duty", "护理员", [L(F9, "7. 夜班护理员每小时巡视一次")], [["每小时"], ["30分钟"]]),
           T("护士长在交接班里要干啥", "duty", "护士长", [L(F9, "8. 护士长每日参加早班交接班")], [["早班"], ["3次"]])])
add("fu-04", "hr", "followup", "营养师要啥条件", "营养师", E_DIET_QUAL, [["大专"], ["公共营养师"], ["2年以上"]],
    turns=[T("换成厨师呢", "qualification", "厨师", E_COOK_QUAL, [["中式烹调师"], ["健康证"], ["3年以上"]]),
           T("厨师归谁管", "attribute", "厨师", Q(F5, "厨师：隶属膳食部，向厨师长汇报"), [["厨师长"], ["膳食部"]],
             attribute="reports_to")])
add("fu-05", "manager", "followup", "院长要求几年工作经验", "院长", E_DEAN_QUAL, [["10年以上"], ["5年以上"]],
    turns=[T("换成护理部主任呢", "attribute", "护理部主任", Q(F1, "8年以上临床或养老机构护理工作经验"),
             [["8年以上"], ["3年以上"]], attribute="experience"),
           T("那他下面带哪些人", "attribute", "护理部主任", Q(F1, "护士长、护理组长"), [["护士长"], ["护理组长"]],
             attribute="subordinates")])
add("fu-06", "hr", "followup", "居家服务专员的岗位职责发我下", "居家服务专员", E_HOME_DUTY,
    [["需求评估"], ["工单"], ["回访"], ["签约"]],
    turns=[T("第2条能具体说说吗", "duty", "居家服务专员", [L(F6, "通过居家服务App派发上门服务工单")], [["App"], ["工单"], ["跟踪"]]),
           T("那考核主要看啥", "kpi", "居家服务专员", E_HOME_KPI, [["上门服务准时率"], ["服务工单完成率"], ["回访满意度"]])])
add("fu-07", "hr", "followup", "护理部主任的任职资格是啥", "护理部主任", E_DIR_QUAL,
    [["本科"], ["护士执业证书"], ["主管护师"], ["8年以上"]],
    turns=[T("薪资大概多少", "attribute", "护理部主任", Q(F1, "税前月薪12000-16000元"), [["12000-16000"], ["税前"]],
             attribute="pay"),
           T("换成护士长呢", "attribute", "护士长", Q(F1, "税前月薪8500-11000元"), [["8500-11000"], ["税前"]],
             attribute="pay")])
add("fu-08", "new_hire", "followup", "社工平时做什么", "社工", E_SW_DUTY, [["个案"], ["活动"], ["志愿者"]],
    turns=[T("社工要啥学历呀", "attribute", "社工", E_SW_QUAL, [["本科"], ["社会工作"]], attribute="education"),
           T("他们的考核指标呢", "kpi", "社工", E_REHAB_KPI, [["文娱活动"], ["志愿服务时长"], ["个案服务满意度"]])])

# ---------------------------------------------------------------- out_of_scope (11)
for i, (persona, q, role) in enumerate([
        ("hr", "康复社工部经理的岗位职责是什么", "康复社工部经理"),
        ("hr", "膳食部主管需要什么任职条件", "膳食部主管"),
        ("new_hire", "居家服务主管管哪些事情", "居家服务主管"),
        ("hr", "院里社工一个月能拿多少钱", "社工"),
        ("new_hire", "员工产假有几天", None),
        ("new_hire", "家里老人去世了丧假怎么请", None),
        ("new_hire", "老人有压疮了应该涂什么药膏", None),
        ("new_hire", "老人血压到180了要吃什么药", None),
        ("hr", "试用期辞退员工公司要给经济补偿吗", None),
        ("hr", "按劳动法节假日加班费怎么算", None),
        ("hr", "医务室医生的任职条件是什么", "医务室医生")], 1):
    add(f"oos-{i:02d}", persona, "out_of_scope", q, role)

with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), "items")
