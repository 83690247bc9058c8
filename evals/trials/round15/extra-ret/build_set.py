#!/usr/bin/env python3
"""Build set.jsonl: 60 retrieval-hard questions on /work/shared/corpus-extra (round 15, blind).

Written from the documents only (gangwei never run before the set was frozen).
Evidence: line spans for txt/md/csv/html, verbatim quotes for docx/xlsx/pdf (see evals/sets/README.md).
"""
import json
from pathlib import Path

C01 = "cx01_财务部经理岗位说明书.docx"
C02 = "cx02_车辆调度员岗位说明书.docx"
C03 = "cx03_培训部工作手册.docx"
C04 = "cx04_部门KPI指标库.xlsx"
C05 = "cx05_招聘岗位一览.xlsx"
C06 = "cx06_技术岗位招聘信息.csv"
C07 = "cx07_人才招聘.html"
C08 = "cx08_培训学校出纳岗位说明书.pdf"
C09 = "cx09_人事行政部经理绩效考核表.md"
C10 = "cx10_导购岗位职责.txt"
C11 = "cx11_酒店前台职位描述.txt"
C12 = "cx12_行政主管岗位说明书.txt"
C13 = "cx13_人力资源招聘专员行为标准.txt"
C14 = "cx14_财务部内控与财务分析KPI组成表.txt"
C15 = "cx15_教务工作岗位素能.txt"
C16 = "cx16_薪资核算专员职位描述.txt"


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b if b is not None else a}


def Q(f, q):
    return {"file": f, "quote": q}


def item(id_, persona, intent, question, role, evidence, kps, attribute=None, turns=None):
    return {"id": id_, "persona": persona, "intent": intent, "question": question, "role": role,
            "attribute": attribute, "evidence": evidence, "key_points": kps,
            "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": None}


def turn(question, intent, role, evidence, kps, attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": evidence, "key_points": kps}
    if attribute:
        t["attribute"] = attribute
    return t


ITEMS = [
    # ------------------------------------------------------------------ duty (14)
    item("r15x-duty-01", "new_hire", "duty", "物流车队管派车的，安排师傅出车前要跟他交代些什么？", "车辆调度员",
         [Q(C02, "向司机交待清楚时间、地点、任务和注意事项")], [["时间"], ["地点"], ["注意事项"]]),
    item("r15x-duty-02", "manager", "duty", "培训部的头儿要不要负责引进新课程？", "培训部经理",
         [Q(C03, "核心组课程的引入")], [["规划"], ["引入"]]),
    item("r15x-duty-03", "new_hire", "duty", "做注塑模具那家厂的机械技术员，除了帮着修机器，还要自己做啥？", "机械技术员",
         [Q(C05, "制作机械手治具，产品治具")], [["治具"], ["革新"]]),
    item("r15x-duty-04", "new_hire", "duty", "宝洁那个搞运维的岗位（SRE），日常主要做什么？", "平台Site Reliability Engineer",
         [L(C06, 122, 123)], [["DevOps平台"], ["运维"], ["BU"]]),
    item("r15x-duty-05", "hr", "duty", "做HR SaaS的那家公司招的产品经理，要不要自己盯数据分析？", "产品经理",
         [L(C06, 16)], [["用户行为数据分析"], ["优化产品"]]),
    item("r15x-duty-06", "new_hire", "duty", "钢构厂的采购要不要负责跟供货商谈价钱和付款？", "采购员",
         [L(C07, 165)], [["谈判"], ["付款方式"], ["交货日期"]]),
    item("r15x-duty-07", "new_hire", "duty", "维修电工停电简修线路的时侯要做哪些安全措施", "维修电工",
         [L(C07, 318)], [["断电"], ["挂牌"]]),
    item("r15x-duty-08", "new_hire", "duty", "机修工做设备二级保养时是配合谁？一级保养又是谁做？", "机修工",
         [L(C07, 281)], [["设备安全员"], ["操作工"]]),
    item("r15x-duty-09", "new_hire", "duty", "专卖店的导购每天早上到店先要忙些什么？", "导购",
         [L(C10, 47, 49)], [["样板"], ["标签", "POP"]]),
    item("r15x-duty-10", "new_hire", "duty", "宾馆前台换班的时候需要做什么交接？", "酒店前台",
         [L(C11, 7)], [["交接班"], ["清点"], ["交接记录"]]),
    item("r15x-duty-11", "hr", "duty", "公司行政这边要不要管员工吃饭和卫生这些事？", "行政主管",
         [L(C12, 44)], [["食堂"], ["公共卫生"]]),
    item("r15x-duty-12", "hr", "duty", "一级招聘专员在新员工转正这块要干什么？", "招聘专员",
         [L(C13, 15, 17)], [["转正考核"], ["通知"]]),
    item("r15x-duty-13", "new_hire", "duty", "负责算工资的同事，年底奖金也是他核算吗？", "薪资核算专员",
         [L(C16, 10)], [["年终奖"], ["绩效考核结果"]]),
    item("r15x-duty-14", "new_hire", "duty", "培训学校学生退学要退钱，出纳那边要办什么？", "出纳",
         [Q(C08, "为客户办理退费结算")], [["退费结算"], ["审批"]]),
    # ------------------------------------------------------------------ qualification (11)
    item("r15x-qual-01", "hr", "qualification", "云霁那边招Go开发，要几年经验，要会k8s吗？", "Golang 后端",
         [L(C06, 35, 42)], [["2-5 年"], ["k8s"], ["docker"]]),
    item("r15x-qual-02", "hr", "qualification", "Moka招PM，懂OKR、360这些绩效工具算加分吗？", "产品经理",
         [L(C06, 25, 26)], [["OKR"], ["绩效"]]),
    item("r15x-qual-03", "hr", "qualification", "H型钢那家厂招生产部长，必须当过车间主任吗？", "生产技术部长",
         [L(C07, 78)], [["车间主任"], ["2年"]]),
    item("r15x-qual-04", "new_hire", "qualification", "超市里卖货的促销员，会讲广东话有优势吗？", "导购",
         [L(C10, 39)], [["粤语优先"], ["专业培训"]]),
    item("r15x-qual-05", "new_hire", "qualification", "酒店前台要会用哪些系统？", "酒店前台",
         [L(C11, 10)], [["预订系统"], ["收银系统"]]),
    item("r15x-qual-06", "hr", "qualification", "人事专员对外语有要求吗？", "人力资源专员",
         [L(C13, 6)], [["中英文"], ["听、说、读、写"]]),
    item("r15x-qual-07", "hr", "qualification", "学校教务老师需要什么样的性格和品质？", "教务",
         [L(C15, 7, 10)], [["责任心强"], ["会爱学生"], ["宽容乐观"]]),
    item("r15x-qual-08", "hr", "qualification", "薪酬核算要熟悉哪些法规？", "薪资核算专员",
         [L(C16, 17)], [["劳动法"], ["个人所得税法"]]),
    item("r15x-qual-09", "hr", "qualification", "写文案的那个岗位招人什么条件？", "文案策划",
         [Q(C05, "大专以上，20-35岁，有经验者优先")], [["大专以上"], ["20-35岁"]]),
    item("r15x-qual-10", "manager", "qualification", "袜厂财务经理对用什么财务软件有要求吗？", "财务部经理",
         [Q(C01, "精通ERP、K3等软件运用")], [["ERP"], ["K3"]]),
    item("r15x-qual-11", "hr", "qualification", "剪板的操作工招什么样的人？", "剪板机操作工",
         [L(C07, 186)], [["45岁以下"], ["下料"], ["剪板机"]]),
    # ------------------------------------------------------------------ attribute (12)
    item("r15x-attr-01", "new_hire", "attribute", "车队调度上面直接管他的是谁？", "车辆调度员",
         [Q(C02, "车辆租赁中心主任")], [["车辆租赁中心"], ["主任"]], attribute="reports_to"),
    item("r15x-attr-02", "new_hire", "attribute", "培训学校出纳的直属领导和隔级领导分别是谁？", "出纳",
         [Q(C08, "直接主管:分校校长")], [["分校校长"], ["总经理"]], attribute="reports_to"),
    item("r15x-attr-03", "new_hire", "attribute", "行政经理助理向谁汇报？在哪个部门？", "行政主管",
         [L(C12, 9, 16)], [["行政经理"], ["行政管理部"]], attribute="reports_to"),
    item("r15x-attr-04", "hr", "attribute", "做财务部经理需要有中级职称吗？学历呢", "财务部经理",
         [Q(C01, "会计师资格证书"), Q(C01, "会计专业本科学历")], [["会计师资格证书"], ["本科"]],
         attribute="certificate"),
    item("r15x-attr-05", "hr", "attribute", "电焊工要持什么证上岗？", "焊工",
         [L(C07, 133)], [["焊工证"], ["质监局"]], attribute="certificate"),
    item("r15x-attr-06", "hr", "attribute", "宝洁那个运维开发岗要几年经验？", "平台Site Reliability Engineer",
         [L(C06, 125)], [["4年以上"], ["系统管理员"]], attribute="experience"),
    item("r15x-attr-07", "new_hire", "attribute", "Moka前端一年能拿多少薪，在哪儿上班？", "前端开发工程师",
         [L(C06, 2)], [["15k-40k"], ["北京/成都"]], attribute="pay"),
    item("r15x-attr-08", "new_hire", "attribute", "云霁的Go后端岗位可以远程办公吗？", "Golang 后端",
         [L(C06, 27)], [["远程"], ["杭州"]], attribute="location"),
    item("r15x-attr-09", "new_hire", "attribute", "酒店前台是几班倒，具体几点到几点？", "酒店前台",
         [L(C11, 15)], [["两班轮班"], ["8:00—16:00"], ["16:00—24:00"]], attribute="benefits"),
    item("r15x-attr-10", "hr", "attribute", "车辆调度员招什么专业、什么学历的？", "车辆调度员",
         [Q(C02, "汽车修理专业"), Q(C02, "高中及以上")], [["汽车修理"], ["高中"]], attribute="major"),
    item("r15x-attr-11", "manager", "attribute", "培训部编制几个人，有哪些岗位？", None,
         [Q(C03, "培训部配置人员4名")], [["4名"], ["培训顾问"], ["培训助理"]], attribute="department"),
    item("r15x-attr-12", "manager", "attribute", "袜业公司财务经理下面管哪几个人？", "财务部经理",
         [Q(C01, "财务会计、出纳"), Q(C01, "成本会计")], [["财务会计", "成本会计"], ["出纳"]],
         attribute="subordinates"),
    # ------------------------------------------------------------------ kpi (11)
    item("r15x-kpi-01", "manager", "kpi", "人事行政经理考核里，部门留人率怎么打分？", "人事行政部经理",
         [L(C09, 19)], [["大于70%"], ["0分"]]),
    item("r15x-kpi-02", "manager", "kpi", "人资部KPI库里工资发错那个指标的公式是什么？", None,
         [Q(C04, "(错误发放的人数/发放的工资人数)*100%")], [["错误发放"], ["发放的工资"]]),
    item("r15x-kpi-03", "hr", "kpi", "HR部门控编那个指标怎么计算？", None,
         [Q(C04, "(实际人数/计划编制人数)*100%")], [["实际人数"], ["计划编制人数"]]),
    item("r15x-kpi-04", "manager", "kpi", "审计部那个审计证据够不够的考核指标怎么衡量？", None,
         [Q(C04, "因审计证据不足而使审计结果被推翻的次数")], [["推翻的次数"], ["审计证据不足"]]),
    item("r15x-kpi-05", "manager", "kpi", "资金部考核里头寸那一项的指标定义是什么？", None,
         [Q(C04, "因没有及时掌握资金头寸信息")], [["损失的金额"], ["头寸"]]),
    item("r15x-kpi-06", "hr", "kpi", "人力资源部考核招聘花费超没超预算，那个指标是怎么定义的？", None,
         [Q(C04, "当年实际发生招聘费用与预算费用的比例")], [["招聘费用"], ["预算费用"]]),
    item("r15x-kpi-07", "manager", "kpi", "财务分析会计每季度交的分析报告，在KPI里权重多少？", "财务分析会计",
         [L(C14, 4)], [["30%"], ["季"]]),
    item("r15x-kpi-08", "manager", "kpi", "月底结账要是拖了一次怎么扣分？", "财务分析会计",
         [L(C14, 6)], [["耽误一次得0分"], ["25%"]]),
    item("r15x-kpi-09", "manager", "kpi", "利润中心被事业部投诉两次得几分？", "财务分析会计",
         [L(C14, 5)], [["二次"], ["20分"]]),
    item("r15x-kpi-10", "manager", "kpi", "派车调度的业绩考核里客户满意要多少才算达标？", "车辆调度员",
         [Q(C02, "客户满意率达90%以上")], [["90%"], ["客户满意率"]]),
    item("r15x-kpi-11", "manager", "kpi", "袜厂财务经理在库存周转上的工作目标是什么？", "财务部经理",
         [Q(C01, "库存周转率、应收账款周转率小于期间额定标准")], [["额定标准"], ["应收账款周转率"]]),
    # ------------------------------------------------------------------ out of scope (6)
    item("r15x-oos-01", "new_hire", "out_of_scope", "培训学校出纳是几级工资，一个月多少钱？", "出纳", [], []),
    item("r15x-oos-02", "new_hire", "out_of_scope", "美团成都研发中心的前端工程师月薪给多少？", "前端开发工程师", [], []),
    item("r15x-oos-03", "hr", "out_of_scope", "钢结构厂质检员需要什么资格？", None, [], []),
    item("r15x-oos-04", "new_hire", "out_of_scope", "Vue3 的 setup 语法糖和 Options API 有什么区别？", None, [], []),
    item("r15x-oos-05", "new_hire", "out_of_scope", "钢构厂电焊工一个月工资多少？", "焊工", [], []),
    item("r15x-oos-06", "manager", "out_of_scope", "培训部的讲师管理制度里讲师课酬怎么定？", None, [], []),
    # ------------------------------------------------------------------ follow-ups (6)
    item("r15x-fu-01", "hr", "followup", "慧算账招测试经理，学历和工作年限有什么要求？", "测试工程师",
         [L(C06, 58)], [["本科"], ["5年以上"]], attribute="education",
         turns=[turn("他要负责带新人培训吗？", "duty", "测试工程师", [L(C06, 55)], [["新成员"], ["培训"]]),
                turn("工作地点和薪资呢？", "attribute", "测试工程师", [L(C06, 50)], [["广州"], ["15K-45K"]],
                     attribute="location")]),
    item("r15x-fu-02", "new_hire", "followup", "薪资核算专员在个税方面要做哪些事？", "薪资核算专员",
         [L(C16, 9)], [["申报"], ["汇算清缴"]],
         turns=[turn("要几年经验？", "attribute", "薪资核算专员", [L(C16, 16)], [["2年以上"], ["制造业"]],
                     attribute="experience"),
                turn("职责第5条展开讲讲", "duty", "薪资核算专员", [L(C16, 8)], [["银行"], ["发放异常"]])]),
    item("r15x-fu-03", "hr", "followup", "机修工的任职要求是什么？", "机修工",
         [L(C07, 272)], [["50周岁"], ["中专"], ["5年以上"]],
         turns=[turn("那维修电工呢？", "qualification", "维修电工", [L(C07, 303)], [["电气"], ["资格证书"]]),
                turn("他的第二项工作内容是啥？", "duty", "维修电工", [L(C07, 312)], [["例保"], ["大修"]])]),
    item("r15x-fu-04", "manager", "followup", "人事行政部经理的考核表里财务类占多少，包括哪些指标？", "人事行政部经理",
         [L(C09, 8, 9)], [["15%"], ["办公用品"], ["人事行政成本"]],
         turns=[turn("客户类呢？", "kpi", "人事行政部经理", [L(C09, 17, 18)], [["10%"], ["内部员工满意率"], ["后勤投诉次数"]]),
                turn("考勤那一项怎么打分？", "kpi", "人事行政部经理", [L(C09, 23)], [["优秀5"], ["一次不良记录0分"]])]),
    item("r15x-fu-05", "new_hire", "followup", "酒店前台一个月能休几天？", "酒店前台",
         [L(C11, 14)], [["4天"], ["调休"]], attribute="benefits",
         turns=[turn("还有别的福利没有？", "attribute", "酒店前台", [L(C11, 16)], [["生日"], ["免费食宿"]],
                     attribute="benefits"),
                turn("那五险一金按什么比例交？", "out_of_scope", "酒店前台", [], [])]),
    item("r15x-fu-06", "hr", "followup", "模具厂的研发经理主要做什么？", "研发经理",
         [Q(C05, "开发设计适应市场需求的产品")], [["市场"], ["开发设计"]],
         turns=[turn("招几个，要什么专业背景？", "qualification", "研发经理",
                     [Q(C05, "研发经理 （4名）"), Q(C05, "20-45岁，模具设计类专业")], [["4名"], ["模具设计"]]),
                turn("换成生产主管呢？", "qualification", "生产主管",
                     [Q(C05, "生产主管（2名）"), Q(C05, "25-45岁，注塑类相关专业")], [["2名"], ["注塑类"]])]),
]


def main() -> None:
    out = Path(__file__).resolve().parent / "set.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for it in ITEMS:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"wrote {len(ITEMS)} items to {out}")


if __name__ == "__main__":
    main()
