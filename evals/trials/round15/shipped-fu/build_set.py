#!/usr/bin/env python3
"""Build set.jsonl: 30 multi-turn follow-up conversations over the shipped corpus.

Written from the five corpus pages only (read in full, line numbers from `cat -n`), before
gangwei was run. Schema: /tmp/r15code/evals/sets/README.md (intent `followup`, `turns`).

Each conversation is tagged (outside the JSONL, in FORMS below) with the follow-up FORM of each
later turn, so the report can count pass/fail by form.

Run:  python build_set.py   -> writes set.jsonl and forms.json next to this file.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

F0 = "000_9eeea241028b3f98.txt"   # 好期刊网 客户经理岗位职责集锦9篇 (KPI essay, 一德期货 postings, 快递, 教师 ...)
F1 = "001_96a5821ba6a26479.txt"   # 公务员期刊网 客户经理岗位职责精选 (养生会所, 凉山邮政大客户经理, 烟草客户经理 ...)
F2 = "002_0ddfcbd208019869.txt"   # 客户经理职责 (农信社贷款首放制, 家装业务员, 中国银行岗位 ...)
F3 = "003_7b824fd5cb031c95.txt"   # 证券营业部 总结/计划, 营销团队管理指引
F4 = "004_ac9c22820f98b245.txt"   # 客户经理岗位职责(共13篇) (KSA, 网格经理, 大客户经理篇8 ...)


def ev(f: str, a: int, b: int | None = None) -> dict:
    return {"file": f, "line_start": a, "line_end": a if b is None else b}


def T(q, intent, role, evidence, kps, attribute=None, form=""):
    t = {"question": q, "intent": intent, "role": role}
    if attribute is not None:
        t["attribute"] = attribute
    t["evidence"] = evidence
    t["key_points"] = kps
    t["_form"] = form
    return t


def OOS(q, form="out-of-scope mid-conversation"):
    return {"question": q, "intent": "out_of_scope", "role": None, "evidence": [], "key_points": [], "_form": form}


def C(n, persona, q, role, evidence, kps, turns, attribute=None, first_intent=""):
    return {"id": f"r15f-fu-{n:02d}", "persona": persona, "intent": "followup", "question": q,
            "role": role, "attribute": attribute, "evidence": evidence, "key_points": kps,
            "expect_refusal": False, "turns": turns, "tool": None, "_first": first_intent}


CONVS = [
    # 01 分析师 (一德期货研究院): qualification -> duties -> location yes/no -> department
    C(1, "new_hire", "一德期货研究院招的分析师,任职要求是啥?", "分析师",
      [ev(F0, 199, 203)], [["研究生"], ["经济学", "金融", "数学", "计算机"]],
      [T("那具体干哪些活?", "duty", "分析师", [ev(F0, 205, 215)],
         [["分析研究"], ["报告"], ["数据库", "资料库"], ["研发支持"]], form="switch attribute (same role)"),
       T("工作地点是不是固定在天津?", "attribute", "分析师", [ev(F0, 217)],
         [["根据应聘人员情况"], ["北京", "上海", "郑州", "大连", "宁波", "德州"]], attribute="location",
         form="yes/no check"),
       T("它归哪个部门?", "attribute", "分析师", [ev(F0, 217)],
         [["研究院"], ["公司总部", "总部"]], attribute="department", form="attribute ellipsis")],
      first_intent="qualification"),

    # 02 人力资源专员 -> 学历呢 -> 换成财务岗 -> 那证书?
    C(2, "hr", "期货公司的人力资源专员主要负责什么?", "人力资源专员",
      [ev(F0, 229, 243)], [["招聘"], ["培训体系"], ["企业文化"], ["档案", "合同管理"], ["福利"]],
      [T("学历呢?", "attribute", "人力资源专员", [ev(F0, 223)],
         [["本科"], ["人力资源相关专业", "人力资源"]], attribute="education", form="attribute ellipsis"),
       T("换成财务部的财务岗,学历和专业怎么要求?", "attribute", "财务岗", [ev(F0, 249, 251)],
         [["本科"], ["金融", "会计"]], attribute="education", form="switch role (same attribute)"),
       T("那证书?", "attribute", "财务岗", [ev(F0, 255)],
         [["期货从业人员资格证书", "期货从业"], ["会计从业资格证"], ["会计师证书"]], attribute="certificate",
         form="attribute ellipsis")],
      first_intent="duty"),

    # 03 财务岗 -> correction to 大连营业部财务专员 -> 第二项展开 -> comparison with 总部财务人员 -> yes/no
    C(3, "hr", "一德期货财务部的财务岗平时做些什么?", "财务岗",
      [ev(F0, 257, 263)], [["核算"], ["内部考核报表"], ["保证金试算平衡表", "保证金"]],
      [T("不对,我想问的是大连营业部那个财务专员", "duty", "财务专员", [ev(F0, 395, 403)],
         [["出市代表"], ["出纳"], ["会计"], ["保险事务", "社保"]], form="correction / role disambiguation"),
       T("第二项展开说说", "duty", "财务专员", [ev(F0, 399)],
         [["费用报销"], ["库存现金"], ["银行存款余额调节表"], ["纳税申报"]], form="item by ordinal"),
       T("它跟总部财务部的财务人员比,任职要求有啥不一样?", "qualification", "财务人员",
         [ev(F0, 385, 393), ev(F0, 501, 511)],
         [["30岁以下"], ["3年以上"], ["VBA"], ["财务专业"]], form="comparison"),
       T("两个岗位都要会计证吗?", "qualification", "财务专员", [ev(F0, 393), ev(F0, 509)],
         [["具备会计资格证书"], ["有会计资格证书"]], form="yes/no check")],
      first_intent="duty"),

    # 04 销售人员 (范文2): duties -> reports_to -> KPI (定量) -> 定性那块呢
    C(4, "manager", "那篇讲销售人员考核的文章里,销售人员的岗位职责有哪几条?", "销售人员",
      [ev(F0, 115, 127)], [["渠道开拓"], ["询盘", "报价"], ["市场分析"], ["新客户"], ["营销信息"]],
      [T("他要接受谁的指示和监督?", "attribute", "销售人员", [ev(F0, 109)],
         [["销售副总经理"], ["指示监督", "监督"]], attribute="reports_to", form="switch attribute (same role)"),
       T("对这类人一般考核哪些定量指标?", "kpi", "销售人员", [ev(F0, 131)],
         [["销售量"], ["回款额"], ["利润额"], ["市场占有率"], ["客户数"]], form="KPI of role just discussed"),
       T("定性那块呢?", "kpi", "销售人员", [ev(F0, 131)],
         [["团队合作精神"], ["工作热情"], ["创新能力"], ["忠诚度"]], form="ellipsis (sub-part of previous answer)")],
      first_intent="duty"),

    # 05 支行客户经理 (技术性业务岗位) KPI -> yes/no deposits -> which category weighted -> duties
    C(5, "manager", "支行客户经理这种技术性岗位的KPI一般怎么设?", "客户经理",
      [ev(F0, 91)], [["日均存款"], ["中间业务收入"], ["新增对公存款账户数"], ["接触次数"], ["培训"]],
      [T("是不是还要考核存款?", "kpi", "客户经理", [ev(F0, 91)],
         [["日均存款新增额"], ["日均存款余额"]], form="yes/no check"),
       T("四类指标里哪几类权重要加大?", "kpi", "客户经理", [ev(F0, 93)],
         [["财务指标"], ["客户指标"]], form="question about previous list"),
       T("他们平时主要负责哪些工作?", "duty", "客户经理", [ev(F0, 89)],
         [["客户关系管理"], ["市场拓展"]], form="switch attribute (same role)")],
      first_intent="kpi"),

    # 06 凉山邮政大客户经理: duties -> scores -> item by content -> pay
    C(6, "hr", "凉山邮政的大客户经理工作职责包括哪几块?", "大客户经理",
      [ev(F1, 135), ev(F1, 145)], [["基础工作"], ["大客户服务和维护"], ["信息反馈"], ["大客户营销", "业务揽收"]],
      [T("这几块考核各占多少分?", "kpi", "大客户经理", [ev(F1, 145, 155)],
         [["20分"], ["30分"], ["100分"]], form="KPI of role just discussed"),
       T("你说的那个信息反馈具体指啥?", "duty", "大客户经理", [ev(F1, 135), ev(F1, 171, 175)],
         [["市场信息"], ["业务项目"]], form="item by content"),
       T("他们的工资是怎么构成的?", "attribute", "大客户经理", [ev(F1, 133), ev(F1, 139), ev(F1, 143)],
         [["业绩工资"], ["营销奖励"], ["外勤津贴"]], attribute="pay", form="switch attribute (same role)")],
      first_intent="duty"),

    # 07 凉山邮政大客户经理: 业绩工资计算 -> 大客户营销打分 -> 举个例子 -> yes/no 外勤津贴
    C(7, "hr", "大客户经理每个月的业绩工资是怎么算出来的?", "大客户经理",
      [ev(F1, 135), ev(F1, 183, 185)], [["除以100"], ["800元"]],
      [T("其中大客户营销那项怎么打分?", "kpi", "大客户经理", [ev(F1, 177, 181)],
         [["用邮量"], ["减少10%以上"], ["增加5%以上"]], form="item by content"),
       T("举个例子说说营销奖励怎么发", "method", "大客户经理", [ev(F1, 137)],
         [["10000元"], ["5%"], ["500元"]], form="give an example"),
       T("外勤津贴也要考核吗?", "kpi", "大客户经理", [ev(F1, 143)],
         [["不予考核"], ["固定补助"]], form="yes/no check")],
      first_intent="method"),

    # 08 养生会所营销总监: duties -> reports_to -> subordinates -> 第八条
    C(8, "new_hire", "养生会所的营销总监要负责哪些事?", "营销总监",
      [ev(F1, 31, 61)], [["营销策略"], ["客户经理"], ["市场调研"], ["会员档案"], ["大客户"]],
      [T("他向谁汇报?", "attribute", "营销总监", [ev(F1, 37, 39), ev(F1, 61)],
         [["会所总经理", "总经理"], ["报告"]], attribute="reports_to", form="switch attribute (same role)"),
       T("他手下带的是哪些人?", "attribute", "营销总监", [ev(F1, 41, 45)],
         [["客户经理"], ["营销部", "本部门"]], attribute="subordinates", form="switch attribute (same role)"),
       T("第八条能展开讲讲吗", "duty", "营销总监", [ev(F1, 47)],
         [["论坛"], ["讲座"], ["会员活动"]], form="item by ordinal")],
      first_intent="duty"),

    # 09 按摩技师部门经理 reports_to -> 那主管呢 -> 管多少人 -> 主管职责
    C(9, "new_hire", "按摩技师部门经理要向谁汇报工作?", "按摩技师部门经理",
      [ev(F1, 65)], [["总经理"], ["老板"]],
      [T("那主管呢,对谁负责?", "attribute", "按摩技师部门主管", [ev(F1, 111)],
         [["部门经理"], ["负责"]], attribute="reports_to", form="switch role (same attribute)"),
       T("一个主管大概管几个人?", "attribute", "按摩技师部门主管", [ev(F1, 111)],
         [["10名左右", "10名"], ["技师"]], attribute="subordinates", form="number check"),
       T("主管具体干啥?", "duty", "按摩技师部门主管", [ev(F1, 113, 117)],
         [["考核"], ["卫生"], ["消耗品"], ["服务质量"]], form="switch attribute (same role)")],
      attribute="reports_to", first_intent="attribute"),

    # 10 健康养生会所技术经理: reports_to -> duties -> OOS (技师工资) -> back: 考勤那块
    C(10, "new_hire", "健康养生会所的技术经理归谁领导?", "技术经理",
      [ev(F1, 81)], [["会所总经理"], ["保健部经理"]],
      [T("主要职责呢?", "duty", "技术经理", [ev(F1, 81, 107)],
         [["培训"], ["考勤"], ["仪容仪表"], ["例会"]], form="attribute ellipsis"),
       OOS("顺便问下,按摩技师一般工资多少?"),
       T("回到技术经理,考勤那块他具体怎么做?", "duty", "技术经理", [ev(F1, 99)],
         [["迟到"], ["表扬", "鼓励"], ["沟通谈心"]], form="item by content (after OOS turn)")],
      attribute="reports_to", first_intent="attribute"),

    # 11 烟草客户经理: main duty -> relation with 市场经理 -> 四维三层 -> 那跟专管员呢
    C(11, "new_hire", "烟草行业的客户经理最主要的职责是什么?", "客户经理",
      [ev(F1, 363), ev(F1, 383)], [["订单供货"], ["九种关系"]],
      [T("他跟市场经理是什么关系?", "attribute", "客户经理", [ev(F1, 365)],
         [["上下级"], ["单元市场"], ["区域市场"]], attribute="reports_to", form="switch attribute (same role)"),
       T("你刚提到的四维三层预测法是啥?", "method", "客户经理", [ev(F1, 367)],
         [["四个维度"], ["三个层次"], ["单元市场需求预测"]], form="item by content"),
       T("那跟专管员呢?", "duty", "客户经理", [ev(F1, 375)],
         [["假冒伪劣卷烟"], ["专管员"], ["互通信息"]], form="switch item (same frame)")],
      first_intent="duty"),

    # 12 农信社客户经理 贷款首放制: 责任 -> 六包 -> 还有别的要求吗 -> 2万以上谁负责
    C(12, "manager", "农村信用社的客户经理放贷款要担什么责任?", "客户经理",
      [ev(F2, 6, 9)], [["第一责任人"], ["六包"], ["终身负责"]],
      [T("六包是哪六包?", "duty", "客户经理", [ev(F2, 9)],
         [["包考察"], ["包发放"], ["包收回"], ["包赔偿"]], form="item by content"),
       T("还有别的要求吗?", "duty", "客户经理", [ev(F2, 10, 12)],
         [["三化三无"], ["抵质押"]], form="anything else"),
       T("2万以上的贷款谁是第一责任人?", "duty", "客户经理", [ev(F2, 18)],
         [["社主任"], ["五大员"]], form="detail question in same frame")],
      first_intent="duty"),

    # 13 农信社 法律时效: 客户经理罚款 -> 那主任呢 -> OOS 利率 -> 监交人 -> 清查期限
    C(13, "manager", "农信社客户经理丢了一笔法律时效会被怎么处罚?", "客户经理",
      [ev(F2, 38)], [["200元"], ["五种贷款"]],
      [T("那客户经理部主任呢?", "kpi", "客户经理部主任", [ev(F2, 37)],
         [["300元"], ["5万元"]], form="switch role (same attribute)"),
       OOS("现在信用社一年期贷款利率大概多少?"),
       T("客户经理换岗交接的时候谁来监交?", "method", "客户经理", [ev(F2, 32)],
         [["客户经理部主任"], ["信贷监测会计", "监测会计"]], form="back in scope after OOS"),
       T("接手的人多久内要把贷款清查一遍?", "method", "客户经理", [ev(F2, 34)],
         [["一个月"], ["清查"]], form="detail question in same frame")],
      first_intent="kpi"),

    # 14 中国银行 客户营销类: duties -> 对公 vs 对私 -> 存贷款任务 -> 换成柜员呢
    C(14, "new_hire", "中国银行的客户营销类岗位是干嘛的?", "客户经理",
      [ev(F2, 193)], [["桥梁"], ["维护客户关系"], ["金融产品"], ["对公客户经理", "对私客户经理"]],
      [T("对公和对私有什么不一样?", "duty", "客户经理", [ev(F2, 193)],
         [["面向个人"], ["面向公司"]], form="comparison"),
       T("客户经理的存贷款任务重不重?", "kpi", "客户经理", [ev(F2, 204, 205)],
         [["任务比较重"], ["存贷款"]], form="yes/no check"),
       T("换成柜员呢?", "kpi", "柜员", [ev(F2, 204, 206)],
         [["较低"], ["柜员"]], form="switch role (same attribute)")],
      first_intent="duty"),

    # 15 中国银行 香饽饽: 柜员条件 -> 技术岗呢 -> 客户经理收入 -> 行长
    C(15, "new_hire", "银行招聘里什么样的柜员最吃香?", "柜员",
      [ev(F2, 208, 210)], [["柜台业务"], ["会计", "理财", "基金", "保险"]],
      [T("技术岗呢?", "qualification", "技术", [ev(F2, 211, 213)],
         [["计算机相关专业"], ["实习项目"], ["3年"]], form="switch role (same attribute)"),
       T("客户经理收入大概什么水平?", "attribute", "客户经理", [ev(F2, 216)],
         [["月薪过万"], ["差额"]], attribute="pay", form="switch role + attribute"),
       T("行长这个位置看重什么?", "qualification", "行长", [ev(F2, 218, 219)],
         [["战略性眼光", "战略眼光"], ["客户资源"]], form="switch role (same attribute)")],
      first_intent="qualification"),

    # 16 家装业务员: skills -> 职责呢 -> 写JD -> 换外贸业务经理 (same attribute)
    C(16, "hr", "家装业务员需要具备哪些能力?", "家装业务员",
      [ev(F2, 100)], [["渠道资源"], ["市场分析"], ["沟通协调能力"]],
      [T("职责呢?", "duty", "家装业务员", [ev(F2, 101, 132)],
         [["签单"], ["客户邀约"], ["市场调研"], ["宣传"]], form="attribute ellipsis"),
       T("那帮我按这些写个家装业务员的JD", "duty", "家装业务员", [ev(F2, 100, 132)],
         [["签单"], ["沟通协调能力"], ["客户邀约"]], form="drafting request (JD)"),
       T("外贸业务经理又需要什么能力?", "attribute", "外贸业务经理", [ev(F2, 159)],
         [["市场开拓能力"], ["韧性"], ["抗压能力"]], attribute="skills", form="switch role (same attribute)")],
      attribute="skills", first_intent="attribute"),

    # 17 证券营销团队客户经理: 考核 -> 多久考一次 -> 归谁管 -> 考勤
    C(17, "manager", "证券营业部营销团队里的客户经理是怎么考核的?", "客户经理",
      [ev(F3, 154)], [["工作职责考核"], ["业绩考核"], ["客户数量"], ["净收入"], ["客户资产总量"]],
      [T("多久考一次?", "kpi", "客户经理", [ev(F3, 155)],
         [["每月"], ["三个月"], ["年终"]], form="detail question in same frame"),
       T("他平时归谁管?", "attribute", "客户经理", [ev(F3, 137)],
         [["团队负责人"], ["统一领导"]], attribute="reports_to", form="switch attribute (same role)"),
       T("考勤上有哪些要求?", "duty", "客户经理", [ev(F3, 138, 142)],
         [["准时上下班"], ["8小时"], ["请假"]], form="switch attribute (same role)")],
      first_intent="kpi"),

    # 18 证券营销团队: 晨会 -> 例会频率 -> 出访手续 -> OOS 订机票 -> back: 实物保管
    C(18, "manager", "证券营销团队的晨会一般讲些什么?", None,
      [ev(F3, 143, 148)], [["市场信息"], ["最新精神"], ["工作进度"], ["营销案例"], ["士气"]],
      [T("那例会多久开一次?", "method", None, [ev(F3, 142)],
         [["每周"], ["每月"]], form="switch item (same frame)"),
       T("客户经理出去拜访客户要走什么手续?", "method", "客户经理", [ev(F3, 140)],
         [["营销人员出访单"], ["团队负责人"]], form="detail question in same frame"),
       OOS("帮我订一张明天去深圳的机票"),
       T("好吧。那客户经理还要负责保管什么东西?", "duty", "客户经理", [ev(F3, 149)],
         [["实物"], ["网点"]], form="back in scope after OOS")],
      first_intent="method"),

    # 19 商业银行客户经理 4 方面: -> 第三方面 -> 知识技能 -> 层级要求
    C(19, "new_hire", "商业银行客户经理的岗位职责一般由哪几方面构成?", "客户经理",
      [ev(F4, 14)], [["客户资源开发"], ["合作关系建立"], ["授信业务审批跟进"], ["客户维护和服务"]],
      [T("第三方面具体包括啥?", "duty", "客户经理", [ev(F4, 14)],
         [["授信调查报告"], ["内部沟通"], ["审批跟进"]], form="item by ordinal"),
       T("那做这个岗需要掌握哪些知识和技能?", "attribute", "客户经理", [ev(F4, 16)],
         [["产品知识"], ["金融基础知识"], ["销售技巧"], ["客户导向"]], attribute="skills",
         form="switch attribute (same role)"),
       T("助理、客户经理、高级客户经理这几级对知识的要求一样吗?", "qualification", "客户经理", [ev(F4, 18)],
         [["一定了解"], ["能够运用"], ["熟练运用"]], form="yes/no check")],
      first_intent="duty"),

    # 20 产品经理 -> 风险经理呢 -> 放款岗呢 -> back two turns: 产品经理由谁担任
    C(20, "manager", "客户经理团队里的产品经理负责什么?", "产品经理",
      [ev(F4, 40)], [["统计"], ["抵押"], ["后台工作"]],
      [T("风险经理呢?", "duty", "风险经理", [ev(F4, 40), ev(F4, 252)],
         [["计量"], ["预防和改进措施"]], form="switch role (same attribute)"),
       T("放款岗呢?", "duty", "放款岗", [ev(F4, 40)],
         [["贷款的发放"], ["提前收回"]], form="switch role (same attribute)"),
       T("回到刚才的产品经理,一般让什么样的人来做?", "qualification", "产品经理", [ev(F4, 40)],
         [["营销经验不足"], ["发展潜力"], ["银行岗位经历"]], form="going back two turns")],
      first_intent="duty"),

    # 21 网格经理 -> 网格客户经理呢 -> 哪个负责搭团队 -> 业务知识
    C(21, "hr", "网格经理的职责有哪些?", "网格经理",
      [ev(F4, 57, 63)], [["网格团队"], ["项目管理"], ["风险"], ["市场拓展"]],
      [T("网格客户经理呢?", "duty", "网格客户经理", [ev(F4, 65, 70)],
         [["走访"], ["欠费收缴"], ["拆机挽留"], ["销售渠道"]], form="switch role (same attribute)"),
       T("这两个里面哪个负责搭建团队?", "duty", "网格经理", [ev(F4, 56), ev(F4, 61)],
         [["网格经理"], ["网格团队"]], form="comparison"),
       T("网格客户经理得熟悉哪些业务知识?", "attribute", "网格客户经理", [ev(F4, 66)],
         [["特性"], ["卖点"], ["资费"]], attribute="skills", form="going back one turn + switch attribute")],
      first_intent="duty"),

    # 22 大客户经理 篇8: 上级 -> 下属 -> 经验几年 -> 专业呢
    C(22, "hr", "大客户经理的直接上级是谁?", "大客户经理",
      [ev(F4, 118, 122)], [["营运总监"], ["请示"]],
      [T("他有下属吗?", "attribute", "大客户经理", [ev(F4, 124), ev(F4, 131)],
         [["直属下级"], ["店面营销员", "渠道营销员"]], attribute="subordinates", form="yes/no check"),
       T("要几年经验?", "attribute", "大客户经理", [ev(F4, 152)],
         [["3年以上"], ["大客户工作经验"]], attribute="experience", form="attribute ellipsis"),
       T("专业呢?", "attribute", "大客户经理", [ev(F4, 150)],
         [["市场营销专业"], ["本科"]], attribute="major", form="attribute ellipsis")],
      attribute="reports_to", first_intent="attribute"),

    # 23 物业客户服务中心经理: duties -> 对谁负责 -> 指标 -> 管理费 yes/no
    C(23, "new_hire", "物业公司客户服务中心经理的岗位职责是什么?", "客户服务中心经理",
      [ev(F4, 74, 86)], [["年度工作计划"], ["例会"], ["投诉"], ["管理费催缴"], ["业主访谈"]],
      [T("他对谁负责?", "attribute", "客户服务中心经理", [ev(F4, 74)],
         [["主管领导"], ["负责"]], attribute="reports_to", form="switch attribute (same role)"),
       T("他要完成什么指标?", "kpi", "客户服务中心经理", [ev(F4, 75)],
         [["服务满意度指标"], ["项目中心"]], form="KPI of role just discussed"),
       T("催缴管理费是他主办吗?", "duty", "客户服务中心经理", [ev(F4, 83)],
         [["协助"], ["财务室"]], form="yes/no check")],
      first_intent="duty"),

    # 24 客户经理绩效考核: 现行方法 -> 弊端 -> 优化 -> 举个例子 级差地租
    C(24, "manager", "现在商业银行对客户经理的绩效考核一般怎么做?", "客户经理",
      [ev(F4, 167)], [["效益考核"], ["管理考核"], ["利息收入"], ["存款收益"], ["业务费收入"]],
      [T("这样考有什么毛病?", "method", "客户经理", [ev(F4, 168, 176)],
         [["长远"], ["公平"], ["主观因素"]], form="pronoun (这样) over previous answer"),
       T("那该怎么优化?", "method", "客户经理", [ev(F4, 178, 183)],
         [["准入机制"], ["团队"], ["级差地租"]], form="continuation"),
       T("级差地租那个举个例子说说怎么用", "method", "客户经理", [ev(F4, 183)],
         [["较高的利润指标"], ["较低的利润指标"], ["增量"]], form="give an example")],
      first_intent="kpi"),

    # 25 客户经理晋升: 条件 -> 哪个起核心作用 -> 专业序列几级 -> 时间花在哪
    C(25, "hr", "客户经理想晋升职务要看哪些条件?", "客户经理",
      [ev(F4, 217)], [["品质"], ["资历"], ["专业技能"], ["业绩"]],
      [T("其中哪个最关键?", "qualification", "客户经理", [ev(F4, 217)],
         [["业绩条件"], ["目标业绩积分"]], form="question about previous list"),
       T("专业序列一般分几级?", "qualification", "客户经理", [ev(F4, 209)],
         [["助理"], ["中级"], ["资深"], ["首席"]], form="number check"),
       T("他们的时间一般都花在哪了?", "duty", "客户经理", [ev(F4, 211)],
         [["三分之一"], ["事务性工作"], ["协调内部关系"]], form="pronoun (他们)")],
      first_intent="qualification"),

    # 26 A银行客户关系经理: 为什么关键 -> 怎么衡量 -> 只看招聘周期行吗 -> 为什么不用平均绩效值
    C(26, "manager", "A银行为什么把客户关系经理当成关键岗位?", "客户关系经理",
      [ev(F0, 787, 789)], [["客户关系"], ["绩效杠杆点"]],
      [T("对这个岗位的人才管理怎么衡量?", "kpi", "客户关系经理", [ev(F0, 793, 811)],
         [["平均绩效值"], ["创新性解决方案"], ["绩效达标的周期"], ["岗位空缺率"]], form="KPI of role just discussed"),
       T("只看招聘周期行不行?", "kpi", "客户关系经理", [ev(F0, 813, 815)],
         [["严重的缺陷"], ["素质不一"]], form="yes/no check"),
       T("为啥不能用平均绩效值?", "method", "客户关系经理", [ev(F0, 799, 801)],
         [["低绩效"], ["潜在客户"]], form="why question on previous answer")],
      attribute="purpose", first_intent="attribute"),

    # 27 快递业务员: 直属上司 -> 部门 -> 职责 -> 遗失损坏 yes/no
    C(27, "new_hire", "快递业务员的直属上司是谁?", "快递业务员",
      [ev(F0, 601)], [["快递业务主管"], ["直属上司"]],
      [T("属于哪个部门?", "attribute", "快递业务员", [ev(F0, 599)],
         [["业务部"], ["所属部门"]], attribute="department", form="attribute ellipsis"),
       T("岗位职责有哪些?", "duty", "快递业务员", [ev(F0, 605, 615)],
         [["收送快件"], ["货款"], ["客户的维护"], ["开拓新市场"], ["突发事件"]],
         form="switch attribute (same role)"),
       T("快件丢了或者坏了也归他处理吗?", "duty", "快递业务员", [ev(F0, 615)],
         [["突发事件"], ["遗失"]], form="yes/no check")],
      attribute="reports_to", first_intent="attribute"),

    # 28 教师: 任职资格 -> 英语老师额外要求 -> 职责 -> OOS (教资怎么考)
    C(28, "hr", "那篇教师岗位说明书里,教师的任职资格有哪些?", "教师",
      [ev(F0, 653, 661), ev(F0, 681, 697)], [["教师资格证"], ["普通话证书"], ["责任心"], ["亲和力"]],
      [T("应聘英语老师有什么额外要求?", "qualification", "教师", [ev(F0, 697)],
         [["英语专业四级"], ["热爱教育"]], form="narrowing to sub-role"),
       T("那职责呢?", "duty", "教师", [ev(F0, 635, 651), ev(F0, 663, 679), ev(F0, 703, 705)],
         [["备课"], ["作业批改"], ["因材施教"], ["思想政治工作"]], form="attribute ellipsis"),
       OOS("教师资格证现在怎么报名考试?", form="out-of-scope (end of conversation)")],
      first_intent="qualification"),

    # 29 行政助理: 职责 -> 年龄限制 -> OOS (合法吗) -> 写JD -> 北京户口 yes/no
    C(29, "hr", "行政助理要做哪些工作?", "行政助理",
      [ev(F0, 465, 479)], [["电话总机"], ["打印", "复印"], ["来访人员"], ["办公用品"], ["考勤"]],
      [T("年龄有限制吗?", "qualification", "行政助理", [ev(F0, 483)],
         [["28岁以下"], ["女性"]], form="yes/no check"),
       OOS("招聘写只要28岁以下女性,这在劳动法上合法吗?"),
       T("那帮我写一份行政助理的JD", "duty", "行政助理", [ev(F0, 465, 493)],
         [["电话总机"], ["大专以上"], ["Word", "Excel"], ["1年以上工作经验"]], form="drafting request (JD)"),
       T("北京户口是必须的吗?", "qualification", "行政助理", [ev(F0, 493)],
         [["优先"], ["北京户口"]], form="yes/no check")],
      first_intent="duty"),

    # 30 开户专员: 职责 -> 在哪上班 -> 客户关系专员要什么能力 -> 还有别的岗位吗
    C(30, "new_hire", "一德期货客服中心的开户专员干什么?", "开户专员",
      [ev(F0, 351, 359)], [["开销户"], ["合同"], ["资料发放"], ["客户资料变更"]],
      [T("在哪上班?", "attribute", "开户专员", [ev(F0, 349)],
         [["天津"], ["工作地点"]], attribute="location", form="attribute ellipsis"),
       T("客户关系专员那个岗要什么能力?", "attribute", "客户关系专员", [ev(F0, 367, 371)],
         [["沟通协调能力"], ["服务意识"], ["数据分析能力"]], attribute="skills", form="switch role + attribute"),
       T("客服中心还有别的岗位吗?", "duty", None, [ev(F0, 299), ev(F0, 319)],
         [["产品服务专员"], ["顾问服务专员"]], form="anything else")],
      first_intent="duty"),
]


def main() -> None:
    forms = {}
    out = []
    for c in CONVS:
        c = json.loads(json.dumps(c))
        forms[c["id"]] = {"first": c.pop("_first"), "turns": [t.pop("_form") for t in c["turns"]]}
        out.append(c)
    ids = [c["id"] for c in out]
    assert len(ids) == len(set(ids)) == 30
    (HERE / "set.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out), encoding="utf-8")
    (HERE / "forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
    n_turns = sum(len(c["turns"]) for c in out)
    print(f"wrote {len(out)} conversations, {n_turns} later turns")


if __name__ == "__main__":
    main()
