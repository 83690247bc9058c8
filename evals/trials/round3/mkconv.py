import json
def T(q, role=None, must=None, any_=None, nots=None, refuse=None, cite=None, clarify=None):
    e = {}
    if role: e["role"] = role
    if must: e["must_contain"] = must
    if any_: e["any_of"] = any_
    if nots: e["must_not_contain"] = nots
    if refuse is not None: e["refuse"] = refuse
    if cite: e["cite"] = cite
    if clarify: e["clarify"] = True
    return {"q": q, "expect": e}
def write(path, convs):
    with open(path, "w", encoding="utf-8") as f:
        for cid, note, turns in convs:
            f.write(json.dumps({"id": cid, "note": note, "turns": turns}, ensure_ascii=False) + "\n")

JZ = [
 ("j01", "项目经理 职责→第3条→上级→下属", [
   T("项目经理平时主要干啥", "项目经理", ["施工组织设计"], refuse=False),
   T("第三条展开说说", None, ["成本分析报告"], refuse=False),
   T("他归谁管", "项目经理", ["工程管理部经理"], refuse=False),
   T("手下有哪些人", "项目经理", ["生产经理", "技术负责人"], refuse=False)]),
 ("j02", "项目经理 证书→学历→经验", [
   T("当项目经理需要什么证", "项目经理", ["一级注册建造师"], refuse=False),
   T("学历呢", "项目经理", ["本科"], refuse=False),
   T("要几年经验", "项目经理", ["8年"], refuse=False)]),
 ("j03", "项目经理 KPI→最高权重→公式", [
   T("项目经理怎么考核", "项目经理", ["项目目标成本控制率", "合同工期履约率"], refuse=False),
   T("哪个权重最高", None, ["项目目标成本控制率"], refuse=False),
   T("这个指标怎么算", None, ["实际成本/目标成本"], refuse=False)]),
 ("j04", "项目经理 年薪→地点→定员", [
   T("项目经理年薪多少", "项目经理", ["25-40万"], refuse=False),
   T("在哪上班", "项目经理", ["合肥"], refuse=False),
   T("公司一共设几个项目经理", "项目经理", ["12"], refuse=False)]),
 ("j05", "安全员 上级→证→工资→KPI", [
   T("安全员的上级是谁", "安全员", ["项目经理"], refuse=False),
   T("要什么证", "安全员", ["C证"], refuse=False),
   T("工资呢", "安全员", any_=["7000-11000", "7000-10000"], refuse=False),
   T("那KPI呢", "安全员", ["隐患整改闭环率"], refuse=False)]),
 ("j06", "施工员 要求只在招聘表→上级→南京薪资", [
   T("施工员的任职要求是什么", "施工员", any_=["施工员岗位证书", "土木工程"], refuse=False),
   T("施工员归谁管", "施工员", ["生产经理"], refuse=False),
   T("南京那边施工员开多少钱", "施工员", ["7000-10000"], refuse=False)]),
 ("j07", "施工员 多地招聘→阜阳经验→人数", [
   T("施工员在哪些地方招人", "施工员", ["合肥滨湖", "阜阳颍州", "南京江北"], refuse=False),
   T("阜阳那个要几年经验", "施工员", ["1年以上"], refuse=False),
   T("招几个", "施工员", ["2"], refuse=False)]),
 ("j08", "施工员 KPI→公式→目标", [
   T("施工员的考核指标有哪些", "施工员", ["技术交底覆盖率", "施工日志完整率"], refuse=False),
   T("施工日志完整率怎么算", None, ["施工日志天数/施工天数"], refuse=False),
   T("目标值是多少", None, ["98%"], refuse=False)]),
 ("j09", "总工程师 仅组织架构→职责→要求(应拒)", [
   T("总工程师向谁汇报", "总工程师", ["总经理"], refuse=False, cite="组织架构"),
   T("他负责什么", "总工程师", ["技术管理体系"], refuse=False),
   T("任职要求呢", None, refuse=True)]),
 ("j10", "造价工程师 两地→南京要求→合肥经验", [
   T("造价工程师工资多少", "造价工程师", ["15K-22K", "12K-18K"], refuse=False),
   T("南京的要求呢", "造价工程师", ["二级造价工程师"], refuse=False),
   T("合肥的要几年经验", "造价工程师", ["5年"], refuse=False)]),
 ("j11", "造价工程师 KPI→公式→第四个", [
   T("造价工程师怎么考核", "造价工程师", ["结算审减率"], refuse=False),
   T("结算审减率怎么算", None, ["送审金额-审定金额"], refuse=False),
   T("第四个指标呢", None, ["造价数据库更新次数"], refuse=False)]),
 ("j12", "资料员 职责→上级(组织架构)→证书", [
   T("资料员是做什么的", "资料员", ["归档"], refuse=False),
   T("他向谁汇报", "资料员", ["技术负责人"], refuse=False),
   T("需要什么证", "资料员", ["资料员岗位证书"], refuse=False)]),
 ("j13", "测量员 技能→谁管→工资", [
   T("测量员要会用什么仪器", "测量员", ["全站仪"], refuse=False),
   T("谁管测量员", None, ["生产经理"], refuse=False),
   T("测量员工资多少", "测量员", ["6000-8500"], refuse=False)]),
 ("j14", "质量员 仅KPI+组织→上级→KPI→职责(应拒)", [
   T("质量员向谁汇报", "质量员", ["技术负责人"], refuse=False),
   T("考核指标有哪些", "质量员", ["检验批验收一次合格率"], refuse=False),
   T("岗位职责呢", None, refuse=True)]),
 ("j15", "手册 试用期→工资→事假5天", [
   T("试用期多长时间", None, ["六个月", "两个月"], refuse=False),
   T("试用期工资打几折", None, ["80%"], refuse=False),
   T("请5天事假谁批", None, ["分管副总经理"], refuse=False)]),
 ("j16", "驻场轮休", [
   T("在项目上驻场一个月能休几天", None, ["4天"], refuse=False),
   T("来回路费报销吗", None, ["差旅"], refuse=False)]),
 ("j17", "范围外/无资料", [
   T("公司去年营收多少", None, refuse=True),
   T("项目经理的年终奖怎么算", None, refuse=True)]),
 ("j18", "生产经理 仅组织架构→下属→工资(应拒)", [
   T("生产经理管哪些人", "生产经理", ["施工员", "测量员"], refuse=False),
   T("生产经理工资多少", None, refuse=True)]),
 ("j19", "技术负责人 上级→下属", [
   T("技术负责人向谁汇报", "技术负责人", ["项目经理"], any_=["总工程师"], refuse=False),
   T("下面有谁", "技术负责人", ["质量员", "资料员"], refuse=False)]),
 ("j20", "部门KPI 安全质量部→商务合约部", [
   T("安全质量部有哪些考核指标", None, ["隐患整改闭环率", "检验批验收一次合格率"], refuse=False),
   T("那商务合约部呢", None, ["结算审减率"], nots=["隐患整改闭环率"], refuse=False)]),
 ("j21", "省略切换 学历: 安全员→项目经理→施工员", [
   T("安全员要什么学历", "安全员", ["大专"], refuse=False),
   T("那项目经理呢", "项目经理", ["本科"], refuse=False),
   T("施工员呢", "施工员", ["大专"], refuse=False)]),
]

YD = [
 ("y01", "执业药师 职责(合并单元格)→第二条→上级", [
   T("执业药师主要负责什么", "执业药师", ["处方审核"], refuse=False),
   T("第二条展开说说", None, ["用药档案"], refuse=False),
   T("上级是谁", "执业药师", ["门店店长"], refuse=False)]),
 ("y02", "执业药师 多店薪资→株洲→补贴", [
   T("执业药师工资多少", "执业药师", ["8000-12000"], any_=["7000-10000", "7000-9500"], refuse=False),
   T("株洲那家呢", "执业药师", ["7000-10000"], refuse=False),
   T("有什么补贴", None, ["800"], refuse=False)]),
 ("y03", "执业药师 条件→经验→专业", [
   T("做执业药师要什么条件", "执业药师", ["执业药师"], any_=["注册"], refuse=False),
   T("经验呢", "执业药师", ["1年以上"], refuse=False),
   T("专业有要求吗", "执业药师", ["药学"], refuse=False)]),
 ("y04", "执业药师 KPI→权重最高→目标", [
   T("执业药师的KPI有哪些", "执业药师", ["处方审核合格率", "慢病会员建档数"], refuse=False),
   T("权重最高的是哪个", None, ["处方审核合格率"], refuse=False),
   T("慢病建档的目标是多少", None, ["40份"], refuse=False)]),
 ("y05", "门店店长 上级(散文)→管几人→底薪", [
   T("店长向谁汇报", "店长", ["区域经理"], refuse=False),
   T("店长手下管几个人", "店长", ["6-10"], refuse=False),
   T("底薪多少", "店长", ["6000"], refuse=False)]),
 ("y06", "门店店长 KPI→评分→流失率目标", [
   T("门店店长考核哪些指标", "店长", ["销售额达成率", "GSP检查得分"], refuse=False),
   T("销售额达成率怎么打分", None, ["扣2分"], refuse=False),
   T("员工流失率目标多少", None, ["5%"], refuse=False)]),
 ("y07", "门店店长 经验→学历", [
   T("当店长要什么经验", "店长", ["3年以上"], refuse=False),
   T("学历呢", "店长", ["大专"], refuse=False)]),
 ("y08", "营业员 要求(仅CSV)→职责→梅溪湖薪资", [
   T("营业员有什么要求", "营业员", ["高中"], refuse=False),
   T("职责呢", "营业员", ["收银"], refuse=False),
   T("梅溪湖店营业员多少钱", "营业员", ["4200-6000"], refuse=False)]),
 ("y09", "营业员 KPI→关联销售率含义", [
   T("营业员怎么考核", "营业员", ["个人销售额达成率", "关联销售率"], refuse=False),
   T("关联销售率是啥意思", None, ["2个及以上品类"], refuse=False)]),
 ("y10", "区域经理 仅组织→管几家→要求(应拒)", [
   T("区域经理向谁汇报", "区域经理", ["营运总监"], refuse=False),
   T("一个区域经理管多少家店", None, ["8"], any_=["12家"], refuse=False),
   T("区域经理的任职要求", None, refuse=True)]),
 ("y11", "质量负责人 职责→上级→资格→KPI", [
   T("质量负责人的职责有哪些", "质量负责人", ["裁决权"], refuse=False),
   T("向谁汇报", "质量负责人", ["总经理"], refuse=False),
   T("需要什么资格", "质量负责人", ["执业药师"], refuse=False),
   T("KPI呢", "质量负责人", ["GSP认证检查通过率"], refuse=False)]),
 ("y12", "验收员 职责→学历(应拒)", [
   T("验收员干什么的", "验收员", ["逐批"], refuse=False),
   T("验收员要什么学历", None, refuse=True)]),
 ("y13", "质量管理部编制", [
   T("质量管理部有几个人", None, ["验收员"], any_=["3名"], refuse=False),
   T("验收员几个", None, ["3"], refuse=False)]),
 ("y14", "采购专员 仅KPI→近效期→职责(应拒)", [
   T("采购专员的考核指标", "采购专员", ["采购到货及时率"], refuse=False),
   T("近效期商品是怎么定义的", None, ["6个月"], refuse=False),
   T("采购专员的职责是什么", None, refuse=True)]),
 ("y15", "手册 试用期→不合格→晚班", [
   T("新人试用期多久", None, ["3个月"], refuse=False),
   T("试用期不合格会怎样", None, ["延长"], refuse=False),
   T("晚班几点下班", None, ["22:30"], refuse=False)]),
 ("y16", "手册 请假4天→药师不在岗", [
   T("请4天假要找谁批", None, ["区域经理"], refuse=False),
   T("药师不在的时候还能卖处方药吗", None, ["暂停销售处方药"], refuse=False)]),
 ("y17", "理货员 上级→工资→夜班", [
   T("理货员的上级是谁", "理货员", ["仓储主管"], refuse=False),
   T("工资多少", "理货员", ["4000-5000"], refuse=False),
   T("要上夜班吗", "理货员", ["夜班"], refuse=False)]),
 ("y18", "中药调剂员 仅CSV", [
   T("中药调剂员要什么证", "中药调剂员", ["中药调剂员证"], refuse=False),
   T("在哪个店招", "中药调剂员", ["梅溪湖"], refuse=False)]),
 ("y19", "范围外/无资料", [
   T("帮我推荐一款降压药", None, refuse=True),
   T("执业药师的社保缴费基数是多少", None, refuse=True)]),
 ("y20", "部门KPI 质量管理部→采购部", [
   T("质量管理部的KPI有哪些", None, ["GSP认证检查通过率"], refuse=False),
   T("那采购部呢", None, ["采购到货及时率"], nots=["GSP认证检查通过率"], refuse=False)]),
]

CC = [
 ("c01", "仓库主管 职责→第三条→上级", [
   T("仓库主管每天都干些啥", "仓库主管", ["排班"], refuse=False),
   T("第三条展开说说", None, ["盘盈盘亏"], refuse=False),
   T("他上级是谁", "仓库主管", ["仓库经理"], refuse=False)]),
 ("c02", "仓库主管 下属→工资→地点", [
   T("仓库主管管哪些人", "仓库主管", ["拣货组长", "库存管理员"], refuse=False),
   T("工资多少", "仓库主管", ["9000-13000"], refuse=False),
   T("在哪个仓", "仓库主管", ["平湖"], refuse=False)]),
 ("c03", "仓库主管 要求→叉车证", [
   T("仓库主管招聘要求", "仓库主管", ["3年以上"], refuse=False),
   T("一定要叉车证吗", "仓库主管", ["优先"], refuse=False)]),
 ("c04", "仓库主管 KPI→目标→扣分", [
   T("仓库主管的KPI", "仓库主管", ["订单准时出库率", "库存准确率"], refuse=False),
   T("库存准确率目标多少", None, ["99.8%"], refuse=False),
   T("单均作业成本超了怎么扣分", None, ["扣4分"], refuse=False)]),
 ("c05", "叉车司机 多仓薪资→武汉→成都要求", [
   T("叉车司机工资多少", "叉车司机", ["6500-8500"], any_=["6000-8000", "5800-7500"], refuse=False),
   T("武汉的呢", "叉车司机", ["6000-8000"], refuse=False),
   T("成都那边有什么要求", "叉车司机", ["冷库"], refuse=False)]),
 ("c06", "叉车司机 证→上级→KPI", [
   T("开叉车要什么证", "叉车司机", ["N1"], refuse=False),
   T("叉车司机归谁管", "叉车司机", ["仓库主管"], refuse=False),
   T("KPI呢", "叉车司机", ["叉车安全事故次数"], refuse=False)]),
 ("c07", "拣货员 职责→要求→临时工时薪", [
   T("拣货员做什么", "拣货员", ["RF枪"], refuse=False),
   T("有什么要求", "拣货员", ["初中"], refuse=False),
   T("双11临时工时薪多少", "拣货员", ["22元/小时"], any_=["20元/小时"], refuse=False)]),
 ("c08", "拣货员 KPI→效率目标→出勤", [
   T("拣货员怎么考核", "拣货员", ["拣货准确率"], refuse=False),
   T("人均拣货效率目标多少", None, ["120件/小时"], refuse=False),
   T("出勤率低于多少不得分", None, ["90%"], refuse=False)]),
 ("c09", "打包员 职责→要求(应拒/未规定)→上级", [
   T("打包员的职责", "打包员", ["面单"], refuse=False),
   T("打包员有什么要求", None, refuse=True),
   T("上级是谁", "打包员", ["打包组长"], refuse=False)]),
 ("c10", "调度专员 职责→上级→工资→KPI", [
   T("调度专员做什么", "调度专员", ["干线"], refuse=False),
   T("向谁汇报", "调度专员", ["运输配送部经理"], refuse=False),
   T("工资多少", "调度专员", ["7000-9000"], refuse=False),
   T("KPI呢", "调度专员", ["车辆准时发车率"], refuse=False)]),
 ("c11", "仓库经理 仅组织→几名→工资(应拒)", [
   T("仓库经理向谁汇报", "仓库经理", ["仓储运营部经理"], refuse=False),
   T("一个仓有几个仓库经理", None, ["1名"], refuse=False),
   T("仓库经理工资多少", None, refuse=True)]),
 ("c12", "库存管理员 散文→人数→工资(CSV)→要求", [
   T("库存管理员的职责", "库存管理员", ["动态盘点"], refuse=False),
   T("每个仓几个", None, ["2至3"], refuse=False),
   T("工资多少", "库存管理员", ["6000-7500"], refuse=False),
   T("要求呢", "库存管理员", ["WMS"], refuse=False)]),
 ("c13", "仓储客服专员 仅KPI→目标→职责(应拒)", [
   T("仓储客服专员的考核指标", "客服专员", ["工单24小时处理率"], refuse=False),
   T("商家满意度目标多少", None, ["4.6"], refuse=False),
   T("客服专员的职责是什么", None, refuse=True)]),
 ("c14", "手册 试用期→旷工→夜班", [
   T("试用期多久", None, ["1个月"], any_=["2个月"], refuse=False),
   T("试用期旷工一次会怎样", None, ["不符合录用条件"], refuse=False),
   T("夜班几点到几点", None, ["20:00"], refuse=False)]),
 ("c15", "手册 双11请假→4天→病假", [
   T("双11期间能请假吗", None, ["原则上不批准"], refuse=False),
   T("平时请4天事假谁批", None, ["仓库经理"], refuse=False),
   T("病假证明什么时候交", None, ["返岗当日"], refuse=False)]),
 ("c16", "手册 加班", [
   T("周末加班怎么算钱", None, ["200%"], refuse=False),
   T("平时加班呢", None, ["150%"], refuse=False)]),
 ("c17", "部门KPI 运输配送部→目标", [
   T("运输配送部考核什么", None, ["车辆准时发车率"], refuse=False),
   T("单票运输成本目标多少", None, ["3.2元"], refuse=False)]),
 ("c18", "范围外 天气/公司仓数", [
   T("武汉明天天气怎么样", None, refuse=True),
   T("公司一共有几个仓", None, ["平湖", "东西湖", "双流"], refuse=False)]),
 ("c19", "省略切换 上级: 叉车司机→拣货员→打包员", [
   T("叉车司机的上级", "叉车司机", ["仓库主管"], refuse=False),
   T("那拣货员呢", "拣货员", ["拣货组长"], refuse=False),
   T("打包员呢", "打包员", ["打包组长"], refuse=False)]),
 ("c20", "组织 运营副总分管", [
   T("运营副总分管哪些部门", None, ["仓储运营部", "运输配送部", "客服部"], refuse=False),
   T("拣货组长向谁汇报", None, ["仓库主管"], refuse=False)]),
]
import os; _out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "conv"); write(_out + "/jz.jsonl", JZ); write(_out + "/yd.jsonl", YD); write(_out + "/cc.jsonl", CC)
for n, c in (("jz", JZ), ("yd", YD), ("cc", CC)):
    print(n, len(c), "convs", sum(len(t) for _, _, t in c), "turns")
