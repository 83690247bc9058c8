"""Builds set.jsonl and forms.json for round57/xfu (follow-up conversations over corpus-extra)."""
import json, re, sys
from pathlib import Path

C = Path('/work/shared/corpus-extra')
OUT = Path(__file__).parent
F = {p.name[:4]: p.name for p in C.glob('cx*')}

def lines(code):
    p = C / F[code]
    raw = p.read_bytes()
    txt = raw.decode('gbk') if code == 'cx10' else raw.decode('utf-8-sig')
    return txt.splitlines()

def L(code, a, b=None):
    """evidence span: line containing a (unique), to line containing b (unique after a) or same line"""
    ls = lines(code)
    if code == 'cx07':
        ls = [re.sub(r'<[^>]*>', '', l) for l in ls]
    hits = [i for i, l in enumerate(ls) if a in l]
    assert len(hits) == 1, (code, a, hits)
    s = hits[0]
    e = s
    if b:
        hb = [i for i, l in enumerate(ls) if b in l and i >= s]
        assert hb, (code, b)
        e = hb[0]
    return {"file": F[code], "line_start": s + 1, "line_end": e + 1}

def Q(code, q):
    return {"file": F[code], "quote": q}

def T(q, intent, role=None, ev=(), kp=(), attr=None, form=None, tags=()):
    d = {"question": q, "intent": intent, "role": role, "attribute": attr,
         "evidence": list(ev), "key_points": [list(g) for g in kp]}
    if intent == 'out_of_scope':
        d["evidence"], d["key_points"] = [], []
    return d, (form, list(tags))

items, forms = [], []
def FU(n, persona, first, turns):
    q, intent, role, ev, kp, attr = first
    iid = f"r57xfu-fu-{n:02d}"
    it = {"id": iid, "persona": persona, "intent": "followup", "question": q, "role": role,
          "attribute": attr, "evidence": list(ev), "key_points": [list(g) for g in kp],
          "expect_refusal": False, "turns": [t[0] for t in turns], "tool": None}
    items.append(it)
    for k, (t, (form, tags)) in enumerate(turns, 1):
        forms.append({"id": iid, "turn": k, "form": form, "tags": tags, "intent": t["intent"]})

def SQ(n, persona, intent, q, role, ev, kp, attr=None, tool=None, refusal=False):
    items.append({"id": f"r57xfu-{intent}-{n:02d}", "persona": persona, "intent": intent, "question": q,
                  "role": role, "attribute": attr, "evidence": list(ev) if not refusal else [],
                  "key_points": [list(g) for g in kp] if not refusal else [],
                  "expect_refusal": refusal, "turns": None, "tool": tool})

# ---------------- follow-ups ----------------
FU(1, 'new_hire', ("我们这边车辆调度员主要干哪些活儿？", 'duty', '车辆调度员',
    [Q('cx02', '对人员车辆进行合理调配'), Q('cx02', '2.车辆值班安排'), Q('cx02', '1.根据司机出车情况进行考核')],
    [['合理调配'], ['值班'], ['考核']], None), [
    T("这个岗位归谁直接管呀", 'attribute', '车辆调度员', [Q('cx02', '车辆租赁中心主任')], [['车辆租赁'], ['中心主任', '主任']], 'reports_to', 'pronoun'),
    T("那对学历有啥讲究呢", 'attribute', '车辆调度员', [Q('cx02', '高中及以上'), Q('cx02', '教育水平')], [['高中'], ['教育水平', '学历']], 'education', 'ellipsis'),
    T("业绩标准里排第二的那条是什么来着", 'kpi', '车辆调度员', [Q('cx02', '2.客户满意率达90%以上')], [['客户满意率'], ['90%']], None, 'ordinal'),
])

FU(2, 'hr', ("袜业公司那个财务经理需要持什么证书", 'attribute', '财务部经理',
    [Q('cx01', '会计师资格证书')], [['会计师'], ['资格证书', '资格证']], 'certificate'), [
    T("那他得干过多少年财务才够格", 'attribute', '财务部经理', [Q('cx01', '八年以工业企业财务管理经验')], [['八年'], ['五年同职']], 'experience', 'switch_attribute'),
    T("顺便问一下，财务人员出差住宿一晚能报多少钱？", 'out_of_scope', form='oos_middle'),
    T("回到刚才的财务经理，他手下管哪些人", 'attribute', '财务部经理', [Q('cx01', '财务会计、出纳')], [['出纳'], ['财务会计', '成本会计']], 'subordinates', 'back_to_earlier', ['pronoun']),
])

FU(3, 'new_hire', ("培训部经理平时都负责些什么事情呀", 'duty', '培训部经理',
    [Q('cx03', 'a)责培训部的日常管理工作。'), Q('cx03', '员工的工作安排与绩效考核'), Q('cx03', 'g)负责培训市场的开拓')],
    [['日常管理'], ['绩效考核'], ['培训市场的开拓']], None), [
    T("你列的第四条能再讲细点吗", 'duty', '培训部经理', [Q('cx03', '核心组课程的引入')], [['经营发展的规划'], ['核心组课程']], None, 'ordinal'),
    T("那同部门的培训顾问呢，他具体管哪些事", 'out_of_scope', form='switch_role', tags=['near_miss']),
    T("这个部门整体的职能还有哪些", 'duty', None, [Q('cx03', '2.6负责公司师资库的建立'), Q('cx03', '2.7负责公司培训档案的建立;'), Q('cx03', '2.8负责培训新课程的开发;')],
      [['师资库'], ['培训档案'], ['新课程']], None, 'back_to_earlier'),
])

FU(4, 'hr', ("人力资源部那个KPI指标库里，财务类一共列了几个指标", 'kpi', None,
    [Q('cx04', '部门费用预算达成率'), Q('cx04', '薪资总量预算安排达成率'), Q('cx04', '招聘费用预算达成率'), Q('cx04', '培训费用预算达成率')],
    [['部门费用预算达成率'], ['薪资总量预算安排达成率'], ['招聘费用预算达成率'], ['培训费用预算达成率']], None), [
    T("第三个是怎么定义的", 'kpi', None, [Q('cx04', '当年实际发生招聘费用与预算费用的比例')], [['实际发生招聘费用', '实际发生费用'], ['预算费用', '计划费用']], None, 'ordinal'),
    T("那客户类的呢", 'kpi', None, [Q('cx04', '员工对公司人力资源制度的满意度'), Q('cx04', '对员工进行满意度调查的算术平均值')], [['员工满意度', '满意度'], ['满意度调查', '调查']], None, 'ellipsis'),
    T("招聘管理目标下面有什么指标", 'kpi', None, [Q('cx04', '招聘空缺职位所需的平均天数'), Q('cx04', '人员编制控制率')], [['招聘空缺职位所需的平均天数', '平均天数'], ['人员编制控制率']], None, 'switch_attribute'),
])

FU(5, 'manager', ("审计部的关键绩效指标都有啥", 'kpi', None,
    [Q('cx04', '审计计划执行率'), Q('cx04', '审计报告一次经过率'), Q('cx04', '审计问题追踪检查率'), Q('cx04', '审计报告归档率')],
    [['审计计划执行率'], ['审计报告一次经过率'], ['审计问题追踪检查率'], ['审计报告归档率']], None), [
    T("审计结果准确性这项怎么算", 'kpi', None, [Q('cx04', '审计结果更正的次数')], [['审计结果更正', '更正'], ['次数']], None, 'switch_attribute'),
    T("要是换成资金部呢？", 'kpi', None, [Q('cx04', '公司资金预算达成率'), Q('cx04', '资金筹集计划编制及时率'), Q('cx04', '资金收支准确度')],
      [['公司资金预算达成率'], ['资金筹集计划编制及时率'], ['资金收支准确度']], None, 'switch_role'),
    T("头寸那个指标是啥意思", 'kpi', None, [Q('cx04', '因没有及时掌握资金头寸信息, 导致公司损失的金额')], [['损失的金额'], ['头寸']], None, 'ellipsis'),
])

FU(6, 'new_hire', ("招聘岗位一览里销售经理要做什么", 'duty', '销售经理',
    [Q('cx05', '1、帮助业务经理处理订单的相关内容。')], [['处理订单'], ['解答客户的提问'], ['跟进订单']], None), [
    T("干这个岗位一年要出几趟差啊", 'duty', '销售经理', [Q('cx05', '1、帮助业务经理处理订单的相关内容。')], [['上海'], ['1~2次']], None, 'ellipsis'),
    T("那招这个人有什么硬性要求呢", 'qualification', '销售经理', [Q('cx05', '1、本科以上，20-35岁，英语专业者优先')], [['本科'], ['20-35岁'], ['英语']], None, 'ellipsis'),
    T("换成文案策划的话要求是啥呢", 'qualification', '文案策划', [Q('cx05', '大专以上，20-35岁，有经验者优先')], [['大专'], ['20-35岁']], None, 'switch_role'),
])

FU(7, 'manager', ("生产主管招人要啥学历和经验", 'qualification', '生产主管',
    [Q('cx05', '本科以上，25-45岁，注塑类相关专业')], [['本科'], ['两年以上']], None), [
    T("同样的问题，研发经理呢", 'qualification', '研发经理', [Q('cx05', '本科以上，20-45岁，模具设计类专业，有经验者优先')], [['本科'], ['模具设计']], None, 'switch_role'),
    T("这两个岗位年龄要求差在哪", 'qualification', None,
      [Q('cx05', '本科以上，25-45岁，注塑类相关专业'), Q('cx05', '本科以上，20-45岁，模具设计类专业，有经验者优先')], [['25-45岁'], ['20-45岁']], None, 'compare'),
    T("研发经理具体干啥的", 'duty', '研发经理', [Q('cx05', '关注市场，发现行业新鲜资讯。')], [['新鲜资讯'], ['开发设计']], None, 'switch_attribute'),
])

FU(8, 'hr', ("慧算账在广州招的测试经理，岗位职责都有哪些", 'duty', '测试工程师',
    [L('cx06', '1、负责公司产品的功能、性能、安全', '6、与项目组内成员就进度')], [['测试计划'], ['测试用例'], ['质量']], None), [
    T("第五条展开说下", 'duty', '测试工程师', [L('cx06', '5、对团队内新成员进行技能')], [['新成员'], ['业务培训', '培训']], None, 'ordinal'),
    T("他要带过多大的团队", 'qualification', '测试工程师', [L('cx06', '2、主导过3个或以上大型测试项目')], [['3人以上'], ['1年']], None, 'pronoun'),
    T("这个岗位给多少钱呀", 'attribute', '测试工程师', [L('cx06', '广州,测试工程师（测试经理）,15K - 45K')], [['15K', '15k'], ['45K', '45k']], 'pay', 'ellipsis'),
])

FU(9, 'new_hire', ("DBA岗位要求什么学历和专业", 'qualification', 'DBA',
    [L('cx06', '1、正规院校本科及以上学历')], [['本科'], ['计算机']], None), [
    T("那要去哪个城市上班啊", 'attribute', 'DBA', [L('cx06', '广州,DBA,15K - 45K')], [['广州'], ['DBA', '慧算账']], 'location', 'switch_attribute'),
    T("他最主要的两项职责是什么", 'duty', 'DBA', [L('cx06', '1、针对MySQL数据库进行容量规划', '6、掌握数据库领域主流开源技术')], [['容量规划', '架构设计'], ['SQL调优', '数据库设计']], None, 'pronoun'),
    T("DBA的职责没说完吧，剩下的呢", 'duty', 'DBA', [L('cx06', '1、针对MySQL数据库进行容量规划', '6、掌握数据库领域主流开源技术')], [['备份恢复'], ['监控'], ['设计规范', '编码规范']], None, 'more'),
])

FU(10, 'hr', ("宝洁那个平台SRE岗要求几年工作经验", 'qualification', '平台Site Reliability Engineer',
    [L('cx06', '- 4年以上系统管理员经验')], [['4年以上', '4年'], ['系统管理员']], None), [
    T("办公地点在哪儿呢", 'attribute', '平台Site Reliability Engineer', [L('cx06', '宝洁科技创新有限公司,广州总部')], [['广州'], ['珠江新城']], 'location', 'ellipsis'),
    T("k8s集群一般怎么搭比较好", 'out_of_scope', form='oos_middle', tags=['near_miss']),
    T("那它具体负责什么", 'duty', '平台Site Reliability Engineer', [L('cx06', '作为SRE 成员，管理公司DevOps平台')], [['DevOps平台', 'DevOps'], ['运维']], None, 'pronoun', ['back_to_earlier']),
])

FU(11, 'new_hire', ("美团成都招的前端要几年经验", 'qualification', '前端开发工程师',
    [L('cx06', '1.3年及以上互联网研发工作经验')], [['3年'], ['互联网研发', '研发工作经验']], None), [
    T("换成京东物流那个呢", 'qualification', '前端开发工程师', [L('cx06', '1、计算机或相关专业全日制本科学历以上，3-5年')], [['3-5年'], ['前端开发经验']], None, 'switch_role', ['company_named']),
    T("京东那个要会哪些框架", 'qualification', '前端开发工程师', [L('cx06', '3、熟练掌握React/Vue前端框架其中一种')], [['React'], ['Vue']], None, 'company_named'),
    T("那Moka家的前端呢", 'qualification', '前端开发工程师', [L('cx06', '3. 过硬的专业知识。js（或ts）')], [['Angular'], ['React']], None, 'switch_role', ['ellipsis', 'company_named']),
])

FU(12, 'new_hire', ("Golang后端岗位的职责", 'duty', 'Golang 后端',
    [L('cx06', '- 参与 CloudIaC', '- 推进产品在各个项目落地')], [['CloudIaC'], ['设计和开发'], ['落地']], None), [
    T("这个岗位有哪些加分的条件", 'qualification', 'Golang 后端', [L('cx06', '- 熟悉 terraform 二次开发经验', '- 熟悉运维开发')], [['terraform'], ['开源作品'], ['运维开发']], None, 'switch_attribute'),
    T("那薪资开多少呢", 'attribute', 'Golang 后端', [L('cx06', 'Golang 后端,20-40k+')], [['20'], ['40k', '40K']], 'pay', 'ellipsis'),
    T("跟Moka的产品经理比哪个给得多", 'attribute', None, [L('cx06', 'Golang 后端,20-40k+'), L('cx06', '产品经理-People-成都,15k-40k * 15')], [['20-40k'], ['15k-40k']], 'pay', 'compare', ['company_named']),
])

FU(13, 'manager', ("Moka成都的产品经理要干嘛", 'duty', '产品经理',
    [L('cx06', '1、结合市场环境、用户研究', '4、作为团队核心人物和关键枢纽')], [['绩效爆品'], ['用户行为数据分析', '数据分析'], ['跨团队合作']], None), [
    T("第二点说细一点", 'duty', '产品经理', [L('cx06', '2、同UI/UE一起')], [['UI/UE'], ['解决方案']], None, 'ordinal'),
    T("这个岗位有什么加分项", 'qualification', '产品经理', [L('cx06', '具备丰富的人力资源绩效业务经验')], [['OKR', 'KPI'], ['绩效']], None, 'pronoun'),
    T("【Ownership】那条要求是什么意思", 'qualification', '产品经理', [L('cx06', '4、【Ownership】')], [['协调并推动', '推动内、外部资源'], ['业务目标']], None, 'ordinal'),
])

FU(14, 'new_hire', ("钢结构公司的采购员工作内容有哪些", 'duty', '采购员',
    [L('cx07', '制定采购制度和相关操作流程。'), L('cx07', '负责与供应商谈判'), L('cx07', '负责编制年度、月度等采购计划。')],
    [['采购制度'], ['供应商谈判', '与供应商谈判'], ['采购计划']], None), [
    T("他对年龄有要求吗", 'qualification', '采购员', [L('cx07', '任职要求：男，45周岁以下，大专及以上学历，物流')], [['45'], ['周岁以下', '岁以下']], None, 'pronoun'),
    T("工作内容第六条讲的是什么", 'duty', '采购员', [L('cx07', '负责编制年度、月度等采购计划。')], [['年度'], ['采购计划']], None, 'ordinal'),
    T("如果换成销售员，工作内容又是什么", 'duty', '销售员', [L('cx07', '根据主管任务分配'), L('cx07', '定期拜访新老客户'), L('cx07', '开拓新客户，协助建立客户关系档案')],
      [['销售额'], ['拜访新老客户'], ['开拓新客户']], None, 'switch_role'),
])

FU(15, 'new_hire', ("焊工要有什么证", 'attribute', '焊工',
    [L('cx07', '要求：识机械图纸，有质监局发布的焊工证')], [['焊工证'], ['质监局']], 'certificate'), [
    T("学历方面卡不卡", 'attribute', '焊工', [L('cx07', '学历：高中及以上学历；年龄：40岁以下')], [['高中'], ['学历']], 'education', 'ellipsis'),
    T("那铆工学历要求呢", 'attribute', '铆工', [L('cx07', '学历：高中级以上；年龄：40岁以下')], [['高中'], ['学历']], 'education', 'switch_role', ['ellipsis']),
    T("铆工要干过几年", 'attribute', '铆工', [L('cx07', '要求：从事铆工3年以上')], [['3年以上'], ['一年以上']], 'experience', 'switch_attribute'),
])

FU(16, 'new_hire', ("钢构厂的销售员有什么福利待遇", 'attribute', '销售员',
    [L('cx07', '双休，薪资待遇面议，办理社会保险，可提供住宿。')], [['双休'], ['社会保险'], ['住宿']], 'benefits'), [
    T("对英语水平有没有要求，要过几级", 'qualification', '销售员', [L('cx07', '大专及以上学历，市场营销、工程管理等相关专业，英语四级以上')], [['英语'], ['四级']], None, 'ellipsis'),
    T("干这个能落北京户口吗", 'out_of_scope', form='oos_middle'),
    T("任职要求还有别的吗", 'qualification', '销售员', [L('cx07', '具有钢材产品销售经验'), L('cx07', '具有市场营销技巧')], [['钢材产品销售经验', 'H型钢'], ['商务谈判', '产品推介']], None, 'more', ['back_to_earlier']),
])

FU(17, 'manager', ("钢构厂的机修工平常要干哪些工作", 'duty', '机修工',
    [L('cx07', '遵守《安全技术操作规程》，穿戴好个人防护用品'), L('cx07', '做好设备的二级保养工作'), L('cx07', '经常巡回检查，保证设备正常运转')],
    [['安全技术操作规程'], ['二级保养'], ['巡回检查']], None), [
    T("那维修电工的工作内容呢", 'duty', '维修电工', [L('cx07', '定期进行电气设备的例保'), L('cx07', '对停电检修的线路要做好断电、挂牌')], [['例保'], ['挂牌'], ['修理记录']], None, 'switch_role'),
    T("这俩任职要求有啥区别", 'qualification', None, [L('cx07', '任职要求：男，50周岁以下，中专以上文化，机械'), L('cx07', '任职要求：男，50周岁以下，中专以上文化，电气')],
      [['机械'], ['电气']], None, 'compare'),
    T("维修电工是不是必须持证上岗", 'attribute', '维修电工', [L('cx07', '任职要求：男，50周岁以下，中专以上文化，电气')], [['资格证书'], ['持有', '持证']], 'certificate', 'switch_attribute'),
])

FU(18, 'hr', ("高压值班电工招聘条件是什么", 'qualification', '高压值班电工',
    [L('cx07', '持有高压电工资格证')], [['高压电工资格证'], ['三年以上']], None), [
    T("他平时的工作内容是啥", 'out_of_scope', form='pronoun', tags=['near_miss']),
    T("机械技术储被能招应届生吗", 'qualification', '机械技术储备', [L('cx07', '机械制造相关专业，一年以上工作经验（可应届毕业生）')], [['应届'], ['一年以上']], None, 'typo_short_title', ['switch_role']),
    T("他主要协助谁", 'duty', '机械技术储备', [L('cx07', '协助维修钳工')], [['维修钳工'], ['故障排除']], None, 'pronoun'),
])

FU(19, 'manager', ("生产技术部长这个岗位要求多少年工作经验", 'qualification', '生产技术部长',
    [L('cx07', '大专及以上，设备动力管理'), L('cx07', '车间主任以上的生产管理相关工作经验2年及以上')], [['10年以上'], ['2年及以上']], None), [
    T("对所学专业有要求吗", 'qualification', '生产技术部长', [L('cx07', '大专及以上，设备动力管理')], [['机电一体化'], ['设备动力管理']], None, 'ellipsis'),
    T("剪板机操作工要啥条件", 'qualification', '剪板机操作工', [L('cx07', '能熟练操作剪板机')], [['初中以上'], ['三年以上'], ['45岁以下']], None, 'switch_role'),
])

FU(20, 'new_hire', ("培训学校出纳的直接主管是哪位", 'attribute', '出纳',
    [Q('cx08', '直接主管:分校校长')], [['分校校长'], ['直接主管', '主管', '直接上级']], 'reports_to'), [
    T("那隔级领导又是谁", 'attribute', '出纳', [Q('cx08', '隔级领导:总经理')], [['总经理'], ['隔级']], 'reports_to', 'ellipsis'),
    T("他需要有什么证", 'attribute', '出纳', [Q('cx08', '会计、金融类专业大专或以上学历,会计从业资格证')], [['会计从业'], ['资格证']], 'certificate', 'pronoun'),
    T("职责里第七项讲一下", 'duty', '出纳', [Q('cx08', '按领导审批过的退费手续')], [['退费'], ['审批']], None, 'ordinal'),
])

FU(21, 'hr', ("出纳每天要做的事有哪些", 'duty', '出纳',
    [Q('cx08', '根据各校区发来的收入数据进行数据录入'), Q('cx08', '每天报财务“资金汇报”'), Q('cx08', '学校发票、收据业务办理')], [['库存余额'], ['资金汇报'], ['发票']], None), [
    T("这个岗位男的女的都行吗", 'qualification', '出纳', [Q('cx08', '性 别 不限(女姓佳)')], [['不限'], ['女']], None, 'switch_attribute'),
    T("从业年限上有啥要求", 'attribute', '出纳', [Q('cx08', '2年以上出纳工作经验;')], [['2年以上'], ['出纳工作经验']], 'experience', 'ellipsis'),
])

FU(22, 'hr', ("人事行证部经理考核表里内部运营类占多少权重", 'kpi', '人事行政部经理',
    [L('cx09', '| 内部运营类(50%)')], [['50%'], ['内部运营类']], None), [
    T("这一类下面有哪些指标", 'kpi', '人事行政部经理', [L('cx09', '| 内部运营类(50%)', '办公设备、耗材日常使用')], [['工作目标完成率'], ['公司组织培训完成率'], ['绩效、薪资管理完成率']], None, 'pronoun'),
    T("里面哪个指标的权重是0%", 'kpi', '人事行政部经理', [L('cx09', '工作流程改善目标完成率')], [['工作流程改善'], ['0%']], None, 'switch_attribute'),
    T("那客户类里又考核什么", 'kpi', '人事行政部经理', [L('cx09', '| 客户类(10%)', '后勤投诉次数')], [['内部员工满意率'], ['后勤投诉次数']], None, 'ellipsis'),
])

FU(23, 'manager', ("人事行政部经理的部门员工保有率是怎么打分的", 'kpi', '人事行政部经理',
    [L('cx09', '部门员工保有率')], [['大于70%'], ['0分']], None), [
    T("这个指标归在哪个类别里", 'kpi', '人事行政部经理', [L('cx09', '部门员工保有率')], [['学习成长'], ['革新']], None, 'pronoun'),
    T("这一类总共占多少", 'kpi', '人事行政部经理', [L('cx09', '部门员工保有率')], [['20%'], ['学习成长']], None, 'pronoun'),
    T("后勤投诉次数又是怎么扣分的", 'kpi', '人事行政部经理', [L('cx09', '后勤投诉次数')], [['扣1分'], ['投诉一次']], None, 'switch_attribute'),
])

FU(24, 'new_hire', ("专卖店导购归谁领导", 'attribute', '导购',
    [L('cx10', '其上级为店长')], [['店长'], ['接受其领导', '对店长负责', '负责']], 'reports_to'), [
    T("那导购每天早上要干嘛", 'duty', '导购', [L('cx10', '每天早晨负责清洁并调整样板'), L('cx10', '每天早晨负责对已损坏的标签')], [['样板'], ['标签', 'POP']], None, 'switch_attribute'),
    T("招导购有什么任职要求", 'qualification', '导购', [L('cx10', '1、女,学历不限', '4、有卖场促销丰富经验优先')], [['学历不限'], ['轮班'], ['沟通能力']], None, 'ellipsis'),
    T("要求里的第4条具体说说", 'qualification', '导购', [L('cx10', '4、有卖场促销丰富经验优先')], [['粤语'], ['专业培训', '卖场促销']], None, 'ordinal'),
])

FU(25, 'new_hire', ("酒店前台是几班倒", 'attribute', '酒店前台',
    [L('cx11', '工作时间:实行两班轮班制')], [['两班'], ['16:00']], 'benefits'), [
    T("前台每个月能休几天假", 'attribute', '酒店前台', [L('cx11', '每月固定休息4天')], [['4天'], ['调休', '法定节假日']], 'benefits', 'switch_attribute'),
    T("除了这些还有什么福利吗", 'attribute', '酒店前台', [L('cx11', '额外福利:享有生日专属假期')], [['生日'], ['食宿']], 'benefits', 'more'),
    T("碰到客人投诉，前台一般要怎么处理", 'duty', '酒店前台', [L('cx11', '4. 咨询响应与客诉协调')], [['安抚情绪'], ['上报主管']], None, 'switch_attribute'),
])

FU(26, 'hr', ("行政主管的直属上级是哪个职位", 'attribute', '行政主管',
    [L('cx12', '直属上级', '行政经理')], [['行政经理'], ['直属上级', '上级']], 'reports_to'), [
    T("那它属于哪个部门呢", 'attribute', '行政主管', [L('cx12', '所在部门', '行政管理部')], [['行政管理部'], ['所在部门', '部门']], 'department', 'ellipsis'),
    T("这个岗位的业绩衡量标准具体怎么定的", 'out_of_scope', form='pronoun', tags=['near_miss']),
    T("他主要的行政管理工作占多大比重", 'duty', '行政主管', [L('cx12', '65 %', '主要负责的行政管理工作')], [['65%'], ['行政管理工作']], None, 'pronoun', ['back_to_earlier']),
])

FU(27, 'hr', ("做人力资源专员需要什么学历", 'attribute', '人力资源专员',
    [L('cx13', '1、本科及以上学历,人力资源')], [['本科'], ['及以上', '以上']], 'education'), [
    T("那学什么专业的比较对口", 'attribute', '人力资源专员', [L('cx13', '1、本科及以上学历,人力资源')], [['人力资源'], ['管理类', '经济']], 'major', 'ellipsis'),
    T("招聘专员转正考核那块具体做什么", 'duty', '招聘专员', [L('cx13', '2转正考核与异动管理', '2.2根据公司相关规定')], [['转正考核'], ['转正通知']], None, 'switch_role'),
    T("2.3条讲的啥", 'duty', '招聘专员', [L('cx13', '2.3协助部门主管', '库。')], [['员工关系专员'], ['录入数据']], None, 'ordinal'),
])

FU(28, 'manager', ("财务分析报告这个KPI权重多少", 'kpi', '财务分析会计',
    [L('cx14', '财务分析报告\t软指标')], [['30%'], ['财务分析报告']], None), [
    T("它的评分表里有哪几项", 'kpi', '财务分析会计', [L('cx14', '格式\t10%', '报告提交的及时性')], [['格式'], ['数据的准确性'], ['数据的有效性'], ['及时性']], None, 'pronoun'),
    T("其中格式那项占多少权重", 'kpi', '财务分析会计', [L('cx14', '格式\t10%')], [['10%'], ['格式']], None, 'ellipsis'),
    T("月底结帐处理怎么考核", 'kpi', '财务分析会计', [L('cx14', '月底结帐处理', '错一次得80分')], [['耽误一次得0分'], ['错一次得80分']], None, 'switch_attribute'),
])

FU(29, 'new_hire', ("教务这个岗对学历是怎么要求的", 'attribute', '教务',
    [L('cx15', '3.学历专业')], [['大学专科', '专科'], ['师范']], 'education'), [
    T("那工作经历需要多少年", 'attribute', '教务', [L('cx15', '4.工作经历')], [['2年以上'], ['1年以上']], 'experience', 'ellipsis'),
    T("教务岗一个月工资大概能拿多少", 'out_of_scope', form='oos_middle', tags=['near_miss']),
    T("基本素养第二条讲的是什么", 'qualification', '教务', [L('cx15', '2.会爱学生')], [['会爱学生', '爱'], ['教育教学']], None, 'ordinal', ['back_to_earlier']),
])

FU(30, 'hr', ("薪酬核算的职责有哪些", 'duty', '薪资核算专员',
    [L('cx16', '1. 月度薪资计提', '9. 根据业务需求')], [['计提'], ['个税申报', '个人所得税'], ['年终奖']], None), [
    T("第6条能展开说说吗", 'duty', '薪资核算专员', [L('cx16', '6. 个税申报')], [['汇算清缴'], ['个税咨询', '申报及缴纳']], None, 'ordinal'),
    T("这个岗位要熟悉哪些法律法规", 'qualification', '薪资核算专员', [L('cx16', '熟悉《劳动法》')], [['劳动法'], ['个人所得税法']], None, 'switch_attribute'),
    T("有HRSSC经验有用吗", 'qualification', '薪资核算专员', [L('cx16', '有HRSSC或共享服务中心')], [['HRSSC', '共享服务中心'], ['优先']], None, 'ellipsis'),
])

# ---------------- singles ----------------
SQ(1, 'new_hire', 'attribute', "组立机操作工需要什么文化程度", '组立机操作工',
   [L('cx07', '组立机操作经验')], [['初中'], ['学历']], attr='education')
SQ(2, 'manager', 'kpi', "财务部的账务处理及时性怎么衡量", None,
   [Q('cx04', '财务处理未在规定时间内完成的次数')], [['未在规定时间内完成', '规定时间'], ['次数']])
SQ(3, 'hr', 'out_of_scope', "调度员一个月工资到手多少", None, [], [], refusal=True)
SQ(4, 'new_hire', 'out_of_scope', "保安队长的岗位职责有哪些", None, [], [], refusal=True)
SQ(5, 'hr', 'jd', "给我们店写一份导购员的招聘JD", '导购',
   [L('cx10', '1、接待顾客的询问'), L('cx10', '2、负责收银'), L('cx10', '按顾客需要及喜好介绍公司产品')],
   [['接待顾客'], ['收银'], ['介绍公司产品']],
   tool={"kind": "jd", "role": "导购", "must_cite_files": [F['cx10']], "expect_sections": ["duties", "qualifications"]})
SQ(6, 'manager', 'kpi_design', "帮我给审计部设计5个考核指标", None,
   [Q('cx04', '审计计划执行率'), Q('cx04', '审计报告一次经过率'), Q('cx04', '审计结果准确性'), Q('cx04', '审计报告归档率')],
   [['审计计划执行率'], ['审计报告一次经过率'], ['审计结果准确性'], ['审计报告归档率']],
   tool={"kind": "kpi_design", "role": "审计部", "count": 5, "must_cite_files": [F['cx04']],
         "expected_indicators": ['审计计划执行率', '审计报告一次经过率', '审计结果准确性', '审计报告归档率']})

with open(OUT / 'set.jsonl', 'w', encoding='utf-8') as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + '\n')
json.dump(forms, open(OUT / 'forms.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(items), 'items', len(forms), 'later turns')
