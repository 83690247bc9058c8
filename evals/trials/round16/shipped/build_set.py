#!/usr/bin/env python3
"""Write set.jsonl: 64 hand-written items over the shipped corpus (round 16, ids r16s-*)."""
import json
from pathlib import Path

F0 = "000_9eeea241028b3f98.txt"
F1 = "001_96a5821ba6a26479.txt"
F2 = "002_0ddfcbd208019869.txt"
F3 = "003_7b824fd5cb031c95.txt"
F4 = "004_ac9c22820f98b245.txt"


def ev(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b if b is not None else a}


def item(id_, persona, intent, q, role, evidence, kps, attribute=None, turns=None):
    return {"id": id_, "persona": persona, "intent": intent, "question": q, "role": role,
            "attribute": attribute, "evidence": evidence, "key_points": kps,
            "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": None}


def turn(q, intent, role, evidence, kps, attribute=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": evidence, "key_points": kps}
    if attribute:
        t["attribute"] = attribute
    return t


ITEMS = [
    # ---------------- duty (16)
    item("r16s-duty-01", "new_hire", "duty", "一德期货客服中心开户专员平时都干点啥", "开户专员",
         [ev(F0, 351, 359)], [["开销户"], ["档案管理"], ["资料发放"], ["客户资料变更"]]),
    item("r16s-duty-02", "hr", "duty", "期货公司里负责客户分级维护的那个岗位，具体职责有哪些", "客户关系专员",
         [ev(F0, 373, 381)], [["客户分级维护"], ["客户数据分析"], ["营销模式管理"], ["CRM"]]),
    item("r16s-duty-03", "new_hire", "duty", "大连营业部的财务专员除了记账还要管啥?", "财务专员",
         [ev(F0, 395, 403)], [["出市代表"], ["出纳"], ["会计核算"], ["社保"]]),
    item("r16s-duty-04", "new_hire", "duty", "行政部的行政助里每天工作内容是什么", "行政助理",
         [ev(F0, 465, 479)], [["电话总机"], ["来访人员"], ["考勤"], ["办公用品"]]),
    item("r16s-duty-05", "manager", "duty", "技术二部搞开发的软件工程师负责哪些活", "软件开发工程师",
         [ev(F0, 535, 543)], [["财务软件"], ["数据产品平台"], ["设计文档"], ["行情平台", "交易平台"]]),
    item("r16s-duty-06", "manager", "duty", "连锁养生会所的店长要负责什么", "店长",
         [ev(F1, 11, 27)], [["工作计划"], ["奖罚制度"], ["培训员工"], ["督导日常工作"]]),
    item("r16s-duty-07", "new_hire", "duty", "按摩部的主管一天到晚要忙哪些事情", "按摩技师部门主管",
         [ev(F1, 109, 117)], [["技师日常管理"], ["卫生"], ["消耗品"]]),
    item("r16s-duty-08", "hr", "duty", "银行呼叫中心做业务数据汇总分析的人，岗位职责写了哪几条", None,
         [ev(F1, 225, 243)], [["满意度调查"], ["预审"], ["历史录音"], ["知识库"]]),
    item("r16s-duty-09", "new_hire", "duty", "家装业务员主要跑哪些业务", "家装业务员",
         [ev(F2, 101, 132)], [["签单"], ["客户邀约"], ["小区"]]),
    item("r16s-duty-10", "manager", "duty", "农信社客户经理放出去的新贷款要担什么责任", "客户经理",
         [ev(F2, 6, 10)], [["第一责任人"], ["六包"], ["三化三无"]]),
    item("r16s-duty-11", "hr", "duty", "金融行业公司的客服专员是做什么工作的", "客服专员",
         [ev(F2, 267, 273)], [["客户咨询"], ["投诉"], ["购卡服务"]]),
    item("r16s-duty-12", "new_hire", "duty", "中行的柜员，前台后台分别负责什么", "柜员",
         [ev(F2, 188, 190)], [["柜面业务"], ["票据交换"], ["复核"]]),
    item("r16s-duty-13", "manager", "duty", "民生国际那个物业项目的客服中心经理管些什么", "客户服务中心经理",
         [ev(F4, 73, 86)], [["年度工作计划"], ["例会"], ["投诉记录"], ["管理费催缴"]]),
    item("r16s-duty-14", "new_hire", "duty", "证券公司营销团队里的销售人员要熟悉哪些岗位职责", "销售人员",
         [ev(F3, 24, 31), ev(F3, 103, 110)], [["区域销售任务"], ["开户手续"], ["收集市场信息"]]),
    item("r16s-duty-15", "hr", "duty", "大客户经理的工作范围包括哪些", "大客户经理",
         [ev(F4, 125, 132)], [["大客户工作目标"], ["关系维护"], ["信息档案"], ["售后服务标准"]]),
    item("r16s-duty-16", "manager", "duty", "养生馆的技术经理职责是啥", "技术经理",
         [ev(F1, 79, 107)], [["技师管理制度"], ["培训计划"], ["考勤统计"], ["仪容仪表"]]),
    # ---------------- qualification (12)
    item("r16s-qual-01", "hr", "qualification", "一德研究院招分析师，对应聘的人有啥要求", "分析师",
         [ev(F0, 199, 203)], [["研究生"], ["经济学"], ["数学"]]),
    item("r16s-qual-02", "hr", "qualification", "期货公司财务部的财务岗招聘条件是什么", "财务岗",
         [ev(F0, 247, 255)], [["本科"], ["会计"], ["期货从业人员资格证书"], ["会计师证书"]]),
    item("r16s-qual-03", "new_hire", "qualification", "想应聘客服中心产品服务专员，需要满足什么条件", "产品服务专员",
         [ev(F0, 301, 309)], [["本科"], ["沟通协调"], ["学生社团"], ["组织培训"]]),
    item("r16s-qual-04", "new_hire", "qualification", "营业部市场开发专员招什么样的人", "市场开发专员",
         [ev(F0, 443, 449)], [["本科"], ["市场营销"], ["业务拓展"], ["期货从业资格证书"]]),
    item("r16s-qual-05", "hr", "qualification", "软件开发工程师的任职资格，会java行不行", "软件开发工程师",
         [ev(F0, 545, 555)], [["一年以上的开发经验"], ["Java"], ["WEB开发框架"]]),
    item("r16s-qual-06", "hr", "qualification", "总部财务部招财务人员卡不卡年龄?还有啥要求", "财务人员",
         [ev(F0, 501, 511)], [["30岁以下"], ["3年以上"], ["用友"], ["VBA"]]),
    item("r16s-qual-07", "new_hire", "qualification", "客服中心客户关系专员需要具备哪些能力", "客户关系专员",
         [ev(F0, 363, 371)], [["本科"], ["沟通协调"], ["数据分析能力"]]),
    item("r16s-qual-08", "hr", "qualification", "培训学校招老师的任职资格有哪些", "教师",
         [ev(F0, 653, 661), ev(F0, 681, 697)], [["教师资格证"], ["普通话证书"], ["英语专业四级"]]),
    item("r16s-qual-09", "hr", "qualification", "招大客户经理要看哪些任职条件", "大客户经理",
         [ev(F4, 149, 154)], [["市场营销专业"], ["3年以上"], ["团队合作"]]),
    item("r16s-qual-10", "new_hire", "qualification", "中国银行招客户经理喜欢啥样的人", "客户经理",
         [ev(F2, 214, 216)], [["懂业务"], ["懂风险"], ["营销指标"]]),
    item("r16s-qual-11", "new_hire", "qualification", "想去银行做柜员要准备什么从业资格", "柜员",
         [ev(F2, 208, 210)], [["会计"], ["理财"], ["基金"], ["保险"]]),
    item("r16s-qual-12", "manager", "qualification", "商业银行客户经理得具备哪些知识、技能和素质", "客户经理",
         [ev(F4, 16, 16)], [["产品知识"], ["销售技巧"], ["客户导向"], ["抗压能力"]]),
    # ---------------- attribute (12)
    item("r16s-attr-01", "new_hire", "attribute", "市场开发专员可以在哪些城市上班", "市场开发专员",
         [ev(F0, 451, 451)], [["北京"], ["宁波"], ["郑州"]], attribute="location"),
    item("r16s-attr-02", "new_hire", "attribute", "研究院的分析师是不是只能在天津总部干", "分析师",
         [ev(F0, 217, 217)], [["总部研究院"], ["上海"], ["大连"]], attribute="location"),
    item("r16s-attr-03", "new_hire", "attribute", "快递业务员的直属上司是谁", "快递业业务员",
         [ev(F0, 597, 601)], [["快递业务主管"], ["业务部"]], attribute="reports_to"),
    item("r16s-attr-04", "manager", "attribute", "大客户经理归谁管?", "大客户经理",
         [ev(F4, 117, 122)], [["营运总监"], ["请示批准"]], attribute="reports_to"),
    item("r16s-attr-05", "manager", "attribute", "大客户经理手底下有没有人", "大客户经理",
         [ev(F4, 123, 124)], [["直属下级"], ["直接监督"]], attribute="subordinates"),
    item("r16s-attr-06", "manager", "attribute", "按摩技师部门主管对谁负责，一个主管带多少技师", "按摩技师部门主管",
         [ev(F1, 111, 111)], [["部门经理"], ["10名左右"]], attribute="reports_to"),
    item("r16s-attr-07", "hr", "attribute", "行政助理要几年工作经验", "行政助理",
         [ev(F0, 493, 493)], [["1年以上"], ["北京户口"]], attribute="experience"),
    item("r16s-attr-08", "new_hire", "attribute", "大连营业部财务专员要持什么证、什么专业", "财务专员",
         [ev(F0, 385, 393)], [["会计资格证书"], ["财务专业"]], attribute="certificate"),
    item("r16s-attr-09", "new_hire", "attribute", "合规发展部宣传专员需要期货从业资格证吗", "宣传专员",
         [ev(F0, 267, 273)], [["期货从业资格"], ["政策法规"]], attribute="certificate"),
    item("r16s-attr-10", "hr", "attribute", "技术一部网络管理员要什么学历，有年龄要求吗", "网络管理员",
         [ev(F0, 523, 523)], [["本科"], ["30岁以下"]], attribute="education"),
    item("r16s-attr-11", "hr", "attribute", "人力资源专员对专业有限制吗", "人力资源专员",
         [ev(F0, 223, 223)], [["人力资源相关专业"], ["本科"]], attribute="major"),
    item("r16s-attr-12", "new_hire", "attribute", "银行里干得好的客户经理一个月能拿多少", "客户经理",
         [ev(F2, 216, 216)], [["月薪过万"], ["收入高低差额太大"]], attribute="pay"),
    # ---------------- kpi (8)
    item("r16s-kpi-01", "manager", "kpi", "商业银行财务维度能选哪些关键绩效指标", None,
         [ev(F0, 63, 63)], [["经济增加值"], ["不良贷款降低率"], ["收入成本率"]]),
    item("r16s-kpi-02", "manager", "kpi", "银行客户维度一般考核啥指标", None,
         [ev(F0, 65, 65)], [["市场占有率"], ["新增个人VIP客户数"], ["客户满意度"]]),
    item("r16s-kpi-03", "manager", "kpi", "支行客户经理这种技术性岗位，KPI怎么定", "客户经理",
         [ev(F0, 91, 91)], [["日均存款新增额"], ["中间业务收入"], ["客户档案信息的完整性"], ["接受培训的时间"]]),
    item("r16s-kpi-04", "hr", "kpi", "邮政大客户经理业绩工资那四项指标各占几分", "大客户经理",
         [ev(F1, 147, 155)], [["基础工作"], ["大客户服务和维护"], ["信息反馈"], ["大客户营销"], ["30分"]]),
    item("r16s-kpi-05", "hr", "kpi", "现在商业银行对客户经理效益考核看哪几个指标", "客户经理",
         [ev(F4, 167, 167)], [["利息收入"], ["存款收益"], ["业务费收入"]]),
    item("r16s-kpi-06", "manager", "kpi", "券商营业部给客户经理做业绩考核主要考什么，多久考一次", "客户经理",
         [ev(F3, 154, 155)], [["客户数量"], ["净收入"], ["客户资产总量"], ["业绩考核每月进行一次"]]),
    item("r16s-kpi-07", "manager", "kpi", "销售人员定量考核有哪些指标", "销售人员",
         [ev(F0, 131, 131)], [["销售量"], ["回款额"], ["利润额"], ["客户满意度"]]),
    item("r16s-kpi-08", "hr", "kpi", "A银行客户关系经理这个关键岗位，人才管理用什么标准来衡量", "客户关系经理",
         [ev(F0, 793, 811)], [["岗位空缺率"], ["招聘周期"], ["入岗新手绩效达标的周期"], ["创新性解决方案"]]),
    # ---------------- out_of_scope (10: 5 far, 5 near misses)
    item("r16s-oos-01", "new_hire", "out_of_scope", "帮我写个python爬虫抓一下股票行情", None, [], []),
    item("r16s-oos-02", "manager", "out_of_scope", "今天上证指数收盘多少点", None, [], []),
    item("r16s-oos-03", "new_hire", "out_of_scope", "北京国贸附近有什么好吃的火锅店", None, [], []),
    item("r16s-oos-04", "hr", "out_of_scope", "周末团建去哪里爬山比较合适", None, [], []),
    item("r16s-oos-05", "hr", "out_of_scope", "把balance sheet翻译成日语怎么说", None, [], []),
    item("r16s-oos-06", "hr", "out_of_scope", "劳动合同的试用期最长能约定几个月", None, [], []),
    item("r16s-oos-07", "hr", "out_of_scope", "银行金库管理员的任职资格是什么", None, [], []),
    item("r16s-oos-08", "new_hire", "out_of_scope", "一德期货社会招聘的行政助理月薪给多少", None, [], []),
    item("r16s-oos-09", "new_hire", "out_of_scope", "农商银行理财经理的岗位职责有哪些", None, [], []),
    item("r16s-oos-10", "hr", "out_of_scope", "银行员工五险一金的缴纳比例分别是多少", None, [], []),
    # ---------------- followup (6 x 2 later turns)
    item("r16s-fu-01", "new_hire", "followup", "客服中心的顾问服务专员负责什么", "顾问服务专员",
         [ev(F0, 329, 337)], [["居间"], ["客户需求跟踪"], ["客户投诉处理"]], turns=[
             turn("那它招人要什么条件", "qualification", "顾问服务专员", [ev(F0, 321, 327)],
                  [["本科"], ["沟通协调"], ["人际关系"]]),
             turn("换成开户专员呢?", "qualification", "开户专员", [ev(F0, 341, 349)],
                  [["服务意识"], ["团队协作"], ["天津"]]),
         ]),
    item("r16s-fu-02", "manager", "followup", "养生会所按摩技师部门经理主要做哪些工作", "按摩技师部门经理",
         [ev(F1, 63, 77)], [["节假日促销方案"], ["规章制度"], ["例会"]], turns=[
             turn("他平时向谁汇报", "attribute", "按摩技师部门经理", [ev(F1, 65, 65)],
                  [["总经理"], ["老板"]], attribute="reports_to"),
             turn("第5条具体讲的是什么", "duty", "按摩技师部门经理", [ev(F1, 75, 75)],
                  [["按摩手法"], ["考核和检查"]]),
         ]),
    item("r16s-fu-03", "hr", "followup", "凉山邮政对大客户经理的业绩工资是怎么考核的", "大客户经理",
         [ev(F1, 143, 155), ev(F1, 183, 185)], [["100分"], ["基础工作"], ["大客户营销"], ["800元"]], turns=[
             turn("其中大客户服务和维护那项按什么打分", "kpi", "大客户经理", [ev(F1, 165, 169)],
                  [["回访次数"], ["满意度"], ["27-30分"]]),
             turn("外勤津贴也要考核吗,一个月多少钱", "attribute", "大客户经理", [ev(F1, 139, 143)],
                  [["不予考核"], ["150元"]], attribute="pay"),
         ]),
    item("r16s-fu-04", "new_hire", "followup", "大连营业部交易专员是干嘛的", "交易专员",
         [ev(F0, 417, 419)], [["来电交易委托"], ["客户风险控制"], ["行情查询"]], turns=[
             turn("要什么资格", "qualification", "交易专员", [ev(F0, 407, 415)],
                  [["本科"], ["期货从业资格"], ["交割业务"]]),
             turn("同一个营业部的信息技术专员呢", "qualification", "信息技术专员", [ev(F0, 423, 433)],
                  [["计算机专业"], ["linux"], ["Cisco"]]),
         ]),
    item("r16s-fu-05", "new_hire", "followup", "中行风控类岗位平时做哪些工作", None,
         [ev(F2, 197, 199)], [["信用风险"], ["风险指标"], ["全面风险管理"]], turns=[
             turn("信息科技类呢", "duty", None, [ev(F2, 200, 202)],
                  [["开发和测试应用软件"], ["信息系统安全"]]),
             turn("那技术岗招人看重啥", "qualification", None, [ev(F2, 211, 213)],
                  [["211/985"], ["3年"]]),
         ]),
    item("r16s-fu-06", "manager", "followup", "网格经理的职责有哪些", "网格经理",
         [ev(F4, 56, 63)], [["网格区域"], ["风险"], ["网格团队"]], turns=[
             turn("网格客户经理呢", "duty", "网格客户经理", [ev(F4, 64, 70)],
                  [["用户档案"], ["欠费收缴"], ["销售渠道"]]),
             turn("把第三条再展开讲讲", "duty", "网格客户经理", [ev(F4, 67, 67)],
                  [["本网、异网客户走访"], ["拆机挽留"], ["服务投诉处理"]]),
         ]),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "set.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for it in ITEMS:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"wrote {len(ITEMS)} items to {out}")
