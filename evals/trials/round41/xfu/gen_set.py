"""Writes set.jsonl and forms.json for round 41 xfu (follow-up conversations over corpus-extra)."""
import json, pathlib
D = pathlib.Path(__file__).parent
F = {k: v for k, v in {
 'c01': 'cx01_财务部经理岗位说明书.docx', 'c02': 'cx02_车辆调度员岗位说明书.docx', 'c03': 'cx03_培训部工作手册.docx',
 'c04': 'cx04_部门KPI指标库.xlsx', 'c05': 'cx05_招聘岗位一览.xlsx', 'c06': 'cx06_技术岗位招聘信息.csv',
 'c07': 'cx07_人才招聘.html', 'c08': 'cx08_培训学校出纳岗位说明书.pdf', 'c09': 'cx09_人事行政部经理绩效考核表.md',
 'c10': 'cx10_导购岗位职责.txt', 'c11': 'cx11_酒店前台职位描述.txt', 'c12': 'cx12_行政主管岗位说明书.txt',
 'c13': 'cx13_人力资源招聘专员行为标准.txt', 'c14': 'cx14_财务部内控与财务分析KPI组成表.txt',
 'c15': 'cx15_教务工作岗位素能.txt', 'c16': 'cx16_薪资核算专员职位描述.txt'}.items()}

def Q(f, *quotes):
    return [{'file': F[f], 'quote': q} for q in quotes]
def L(f, a, b=None):
    return [{'file': F[f], 'line_start': a, 'line_end': b or a}]
def T(q, intent, role, ev, kp, attr=None, form=None):
    t = {'question': q, 'intent': intent, 'role': role, 'evidence': ev, 'key_points': kp}
    if attr: t['attribute'] = attr
    t['_form'] = form
    return t
def OOS(q, form):
    return {'question': q, 'intent': 'out_of_scope', 'role': None, 'evidence': [], 'key_points': [], '_form': form}

C = []  # (persona, first-turn T(...), [later turns])
C.append(('new_hire', T('袜业公司那个财务经理是向谁汇报的？', 'attribute', '财务部经理', Q('c01', '财务总监', '财务部总监'), [['财务总监', '财务部总监']], 'reports_to'), [
  T('他手下管着哪些人', 'attribute', '财务部经理', Q('c01', '财务会计、出纳'), [['出纳'], ['财务会计', '成本会计']], 'subordinates', 'pronoun'),
  T('证书方面呢', 'attribute', '财务部经理', Q('c01', '会计师资格证书'), [['会计师资格证书', '会计师']], 'certificate', 'ellipsis'),
  T('职责里的第2条具体指什么', 'duty', '财务部经理', Q('c01', '建立健全财务管理体系'), [['财务管理体系'], ['年度预算', '资金运作']], None, 'ordinal')]))
C.append(('hr', T('调度员这个岗位平时都干些啥', 'duty', '车辆调度员', Q('c02', '对人员车辆进行合理调配', '2.车辆值班安排', '根据司机出车情况进行考核'), [['合理调配'], ['值班'], ['考核', '考勤']]), [
  T('对学历有没有要求', 'attribute', '车辆调度员', Q('c02', '高中及以上'), [['高中及以上', '高中']], 'education', 'switch attribute'),
  OOS('顺便问一下，调度员一个月到手大概多少钱', 'out-of-scope mid'),
  T('那专业方面有要求吗', 'attribute', '车辆调度员', Q('c02', '汽车修理专业'), [['汽车修理']], 'major', 'back after OOS (ellipsis)'),
  T('他的业绩标准有哪几条', 'kpi', '车辆调度员', Q('c02', '工作及时率达95%以上', '客户满意率达90%以上', '突发事件处理及时率达100%'), [['95%'], ['客户满意率'], ['突发事件']], None, 'pronoun')]))
C.append(('manager', T('培训部经理要负责哪些事情', 'duty', '培训部经理', Q('c03', '责培训部的日常管理工作', '责培训部员工的工作安排与绩效考核', 'g)负责培训市场的开拓'), [['日常管理'], ['绩效考核'], ['培训市场']]), [
  T('第四条讲的是啥意思', 'duty', '培训部经理', Q('c03', '责培训业务经营发展的规划,核心组课程的引入'), [['核心组课程'], ['规划']], None, 'ordinal'),
  OOS('那培训顾问呢，他负责什么', 'switch role (near-miss OOS)'),
  T('培训部作为部门有没有管讲师的职能', 'duty', None, Q('c03', '负责公司师资库的建立'), [['师资库'], ['内部讲师', '外部讲师']], None, 'back to earlier topic')]))
C.append(('hr', T('人力资源部KPI里财务类的指标有哪几个', 'kpi', None, Q('c04', '部门费用预算达成率', '薪资总量预算安排达成率', '招聘费用预算达成率', '培训费用预算达成率'), [['部门费用预算达成率'], ['薪资总量预算安排达成率'], ['招聘费用预算达成率'], ['培训费用预算达成率']]), [
  T('客户类的呢', 'kpi', None, Q('c04', '员工对公司人力资源制度的满意度'), [['员工满意度', '满意度']], None, 'ellipsis'),
  T('招聘空缺职位平均天数那个指标怎么算的', 'kpi', None, Q('c04', '空缺职位总数/招聘空缺职位所用的总天数'), [['空缺职位总数'], ['总天数']], None, 'switch attribute (formula)'),
  T('换成审计部，考核看哪些指标', 'kpi', None, Q('c04', '审计计划执行率', '审计报告一次经过率', '审计结果准确性'), [['审计计划执行率'], ['审计报告一次经过率'], ['审计结果准确性']], None, 'switch role')]))
C.append(('manager', T('资金部考核看哪些KPI', 'kpi', None, Q('c04', '公司资金预算达成率', '资金筹集计划编制及时率', '资金收支准确度'), [['公司资金预算达成率'], ['资金筹集计划编制及时率'], ['资金收支准确度']]), [
  T('第6个指标是怎么定义的', 'kpi', None, Q('c04', '因没有及时掌握资金头寸信息, 导致公司损失的金额'), [['损失的金额']], None, 'ordinal'),
  T('那财务部呢', 'kpi', None, Q('c04', '公司财务预算达成率', '现金收支准确性', '账务处理及时性'), [['公司财务预算达成率'], ['现金收支准确性'], ['账务处理及时性']], None, 'switch role (ellipsis)'),
  T('现金收支准确性拿什么衡量', 'kpi', None, Q('c04', '现金收支出错次数'), [['出错次数']], None, 'switch attribute (formula)')]))
C.append(('new_hire', T('注塑模具厂招的销售经理要做些什么', 'duty', '销售经理', Q('c05', '帮助业务经理处理订单的相关内容'), [['处理订单'], ['解答客户'], ['跟进订单']]), [
  T('他需要出差吗', 'duty', '销售经理', Q('c05', '帮助业务经理处理订单的相关内容'), [['上海'], ['1~2次']], None, 'pronoun'),
  T('年龄有限制不', 'qualification', '销售经理', Q('c05', '本科以上，20-35岁，英语专业者优先'), [['20-35岁']], None, 'switch attribute'),
  T('换成机械技术员呢', 'qualification', '机械技术员', Q('c05', '大专以上，20-45岁，机械技术底子深厚'), [['20-45岁'], ['大专以上']], None, 'switch role'),
  T('这俩岗位谁的学历门槛更高', 'qualification', None, Q('c05', '本科以上，20-35岁，英语专业者优先', '大专以上，20-45岁，机械技术底子深厚'), [['本科'], ['大专']], None, 'comparison')]))
C.append(('hr', T('生产主管的任职条件都有啥', 'qualification', '生产主管', Q('c05', '有两年以上相关行业的工作经验'), [['注塑类'], ['两年以上'], ['管理能力']]), [
  T('那他的工作职责呢', 'duty', '生产主管', Q('c05', '车间日常生产管理'), [['车间日常生产管理'], ['简化生产流程']], None, 'pronoun + switch attribute'),
  T('研发经理是干什么的', 'duty', '研发经理', Q('c05', '关注市场，发现行业新鲜资讯'), [['新鲜资讯'], ['适应市场需求']], None, 'switch role'),
  T('包吃住吗', 'attribute', '研发经理', Q('c05', '模具设计类专业，有经验者优先'), [['免费食宿']], 'benefits', 'ellipsis (benefits)')]))
C.append(('hr', T('慧算账招的测试经理要什么条件', 'qualification', '测试工程师', L('c06', 57, 61), [['5年以上'], ['测试团队管理'], ['测试用例设计']]), [
  T('工作地点在哪', 'attribute', '测试工程师', L('c06', 50), [['广州']], 'location', 'switch attribute'),
  T('薪资范围给多少', 'attribute', '测试工程师', L('c06', 50), [['15K-45K', '15K']], 'pay', 'switch attribute'),
  T('同公司那个DBA呢，职责是啥', 'duty', 'DBA', L('c06', 62, 68), [['容量规划'], ['备份恢复'], ['SQL调优']], None, 'switch role (company)')]))
C.append(('new_hire', T('京东物流的前端研发要会哪些技术', 'qualification', '前端开发工程师', L('c06', 98, 108), [['React/Vue', 'React'], ['小程序'], ['3-5年']]), [
  T('美团的呢', 'qualification', '前端开发工程师', L('c06', 85, 90), [['3年及以上'], ['前端工程化']], None, 'switch company (ellipsis)'),
  T('美团这个岗位职责第二条是什么', 'duty', '前端开发工程师', L('c06', 81), [['中后台'], ['研发效率']], None, 'ordinal'),
  OOS('React和Vue哪个更好学一点', 'out-of-scope mid'),
  T('回到京东那个，工作地点在哪', 'attribute', '前端开发工程师', L('c06', 96), [['北京']], 'location', 'back to earlier topic')]))
C.append(('new_hire', T('宝洁的SRE要几年经验', 'attribute', '平台Site Reliability Engineer', L('c06', 125), [['4年以上']], 'experience'), [
  T('他具体负责什么', 'duty', '平台Site Reliability Engineer', L('c06', 122, 123), [['DevOps平台'], ['BU']], None, 'pronoun'),
  T('Go后端那个岗位经验要求多少年', 'attribute', 'Golang 后端', L('c06', 35), [['2-5年']], 'experience', 'switch role (short title)'),
  T('两个比一下，哪个要求的年限更长', 'attribute', None, L('c06', 125) + L('c06', 35), [['4年'], ['2-5']], 'experience', 'comparison')]))
C.append(('manager', T('Moka成都的产品经理主要做什么', 'duty', '产品经理', L('c06', 13, 17), [['绩效爆品'], ['数据分析'], ['跨团队合作']]), [
  T('加分项有哪些', 'qualification', '产品经理', L('c06', 25, 26), [['OKR'], ['绩效']], None, 'ellipsis'),
  T('薪资咋样', 'attribute', '产品经理', L('c06', 13), [['15k-40k']], 'pay', 'switch attribute'),
  T('那他们家的前端开发呢，要求啥', 'qualification', '前端开发工程师', L('c06', 2, 8), [['1年及以上'], ['webpack', 'babel', 'React']], None, 'switch role (company pronoun)')]))
C.append(('hr', T('钢结构厂的焊工有啥要求', 'qualification', '焊工', L('c07', 128, 133), [['焊工证'], ['高中'], ['40岁以下']]), [
  T('铆工呢', 'qualification', '铆工', L('c07', 138, 143), [['3年以上'], ['钢结构']], None, 'switch role (ellipsis)'),
  T('这两个岗位年龄限制一样吗', 'qualification', None, L('c07', 130) + L('c07', 140), [['40岁以下']], None, 'comparison'),
  T('埋弧焊工是干什么的', 'duty', '埋弧焊工', L('c07', 229), [['埋弧焊机']], None, 'switch role')]))
C.append(('new_hire', T('采购员的工作内容有哪些', 'duty', '采购员', L('c07', 153, 177), [['采购制度'], ['谈判'], ['采购计划']]), [
  T('还有别的吗', 'duty', '采购员', L('c07', 168, 177), [['供应商目录', '供应商的管理'], ['验收']], None, 'more'),
  T('第五项展开讲讲', 'duty', '采购员', L('c07', 168), [['采购成本'], ['合理库存']], None, 'ordinal'),
  T('任职要求呢', 'qualification', '采购员', L('c07', 150), [['45周岁以下'], ['供应链管理'], ['3年以上采购主管']], None, 'ellipsis'),
  OOS('这个岗位提供住宿吗', 'pronoun (near-miss OOS)')]))
C.append(('new_hire', T('销售员薪资待遇怎么样', 'attribute', '销售员', L('c07', 122, 123), [['面议'], ['双休']], 'pay'), [
  T('英语要过几级', 'qualification', '销售员', L('c07', 111), [['四级']], None, 'switch attribute'),
  T('换成机修工，需要持什么证', 'attribute', '机修工', L('c07', 272), [['资格证书']], 'certificate', 'switch role'),
  T('他要做哪些保养工作', 'duty', '机修工', L('c07', 281), [['二级保养'], ['一级保养']], None, 'pronoun')]))
C.append(('hr', T('电气技术储备岗招什么样的人', 'qualification', '电气技术储备', L('c07', 254), [['机电一体化'], ['应届']]), [
  T('它的工作内容是什么', 'duty', '电气技术储备', L('c07', 257, 263), [['维修电工'], ['电气原理']], None, 'pronoun'),
  T('机械那个储备岗呢', 'duty', '机械技术储备', L('c07', 239, 245), [['维修钳工'], ['机械原理']], None, 'switch role (short title)'),
  T('高压值班电工要什么证', 'attribute', '高压值班电工', L('c07', 296), [['高压电工资格证']], 'certificate', 'switch role')]))
C.append(('manager', T('生产技术部长需要多少年工作经验', 'attribute', '生产技术部长', L('c07', 74), [['10年以上']], 'experience'), [
  T('专业有啥限制', 'attribute', '生产技术部长', L('c07', 74), [['设备动力管理'], ['机电一体化']], 'major', 'switch attribute'),
  OOS('那这个岗位的岗位职责呢', 'ellipsis (near-miss OOS)'),
  T('他将来能往什么方向发展', 'qualification', '生产技术部长', L('c07', 81), [['事业部总经理']], None, 'pronoun')]))
C.append(('new_hire', T('培训学校的出纳直接主管是谁', 'attribute', '出纳', Q('c08', '直接主管:分校校长'), [['分校校长']], 'reports_to'), [
  T('隔级领导呢', 'attribute', '出纳', Q('c08', '隔级领导:总经理'), [['总经理']], 'reports_to', 'ellipsis'),
  T('有下属吗', 'attribute', '出纳', Q('c08', '平级:会计   直接下属:无'), [['直接下属:无', '没有下属', '无下属', '没有直接下属'], ['直接下属', '下属']], 'subordinates', 'ellipsis'),
  T('要什么证书', 'attribute', '出纳', Q('c08', '金融类专业大专或以上学历,会计从业资格证'), [['会计从业资格证']], 'certificate', 'switch attribute'),
  T('第七条职责说的啥', 'duty', '出纳', Q('c08', '按领导审批过的退费手续'), [['退费']], None, 'ordinal')]))
C.append(('hr', T('出纳每天要做哪些事', 'duty', '出纳', Q('c08', '每天报财务“资金汇报”', '按时、准确地发放员工工资、奖金', '为客户办理退费结算'), [['资金汇报'], ['工资'], ['退费']]), [
  T('经验要求呢', 'attribute', '出纳', Q('c08', '2年以上出纳工作经验'), [['2年以上']], 'experience', 'ellipsis'),
  T('性别有没有要求', 'qualification', '出纳', Q('c08', '性 别 不限(女姓佳)'), [['不限']], None, 'switch attribute'),
  T('换成人力资源专员，学历要求呢', 'attribute', '人力资源专员', L('c13', 3), [['本科及以上']], 'education', 'switch role')]))
C.append(('manager', T('人事行政部经理的考核里内部运营类占多少', 'kpi', '人事行政部经理', L('c09', 10), [['50%']]), [
  T('具体是哪些指标', 'kpi', '人事行政部经理', L('c09', 10, 16), [['工作目标完成率'], ['绩效、薪资管理完成率'], ['公司组织培训完成率']], None, 'ellipsis'),
  T('权重最高的是哪个', 'kpi', '人事行政部经理', L('c09', 14), [['绩效、薪资管理完成率'], ['15%']], None, 'ellipsis (superlative)'),
  T('工作流程改善那一项权重多少', 'kpi', '人事行政部经理', L('c09', 15), [['0%']], None, 'back to item')]))
C.append(('hr', T('人事行政经理的客户类指标怎么打分', 'kpi', '人事行政部经理', L('c09', 17, 18), [['内部员工满意率'], ['后勤投诉次数'], ['扣1分']]), [
  T('学习成长那块呢', 'kpi', '人事行政部经理', L('c09', 19, 22), [['部门员工保有率'], ['员工测评'], ['人力计划完成率']], None, 'ellipsis'),
  OOS('年终奖该怎么给他定比较合理', 'out-of-scope mid'),
  T('员工保有率怎么算分', 'kpi', '人事行政部经理', L('c09', 19), [['70%']], None, 'back to earlier topic')]))
C.append(('new_hire', T('导购员的上级是谁', 'attribute', '导购', L('c10', 43), [['店长']], 'reports_to'), [
  T('她每天早上要干嘛', 'duty', '导购', L('c10', 47, 49), [['样板'], ['POP', '标签']], None, 'pronoun'),
  T('招聘要求呢', 'qualification', '导购', L('c10', 31, 39), [['学历不限'], ['轮班'], ['粤语']], None, 'ellipsis'),
  T('第二版职责的第3点是什么', 'duty', '导购', L('c10', 27), [['介绍公司产品'], ['优质的服务']], None, 'ordinal')]))
C.append(('hr', T('商超导购的职责都有哪些', 'duty', '导购', L('c10', 9, 17) + L('c10', 23, 29), [['达成销售'], ['盘点'], ['货品陈列']]), [
  T('还有吗', 'duty', '导购', L('c10', 13, 15) + L('c10', 45), [['防损'], ['卫生清洁', '清洁卫生']], None, 'more'),
  T('导购需要会粤语吗', 'qualification', '导购', L('c10', 39), [['粤语优先']], None, 'switch attribute'),
  T('那酒店前台要会些什么', 'qualification', '酒店前台', L('c11', 9, 12), [['亲和力'], ['预订系统'], ['收银系统']], None, 'switch role')]))
C.append(('new_hire', T('酒店前台上班时间怎么安排', 'attribute', '酒店前台', L('c11', 14, 15), [['8:00'], ['两班轮班']], 'benefits'), [
  T('一个月休几天', 'attribute', '酒店前台', L('c11', 14), [['4天']], 'benefits', 'ellipsis'),
  T('福利还有什么', 'attribute', '酒店前台', L('c11', 16), [['生日'], ['免费食宿']], 'benefits', 'more'),
  T('工作内容第三条展开说说', 'duty', '酒店前台', L('c11', 5), [['预订系统'], ['超售']], None, 'ordinal'),
  T('碰到客人投诉前台该怎么处理', 'duty', '酒店前台', L('c11', 6), [['安抚情绪'], ['上报主管']], None, 'short title')]))
C.append(('manager', T('行政主管的直属上级是谁', 'attribute', '行政主管', L('c12', 9, 10), [['行政经理']], 'reports_to'), [
  T('在哪个部门', 'attribute', '行政主管', L('c12', 15, 16), [['行政管理部']], 'department', 'ellipsis'),
  OOS('他的业绩衡量标准是什么', 'pronoun (near-miss OOS)'),
  T('他的工作时间是怎么分配的', 'duty', '行政主管', L('c12', 32, 32) + L('c12', 38, 38) + L('c12', 48, 48), [['15%'], ['65%']], None, 'pronoun'),
  T('65%那块具体包括啥', 'duty', '行政主管', L('c12', 39, 47), [['大事记'], ['固定资产'], ['年会']], None, 'ordinal (by value)')]))
C.append(('hr', T('招聘专员一级的行为标准里招聘那部分怎么写的', 'duty', '招聘专员', L('c13', 9, 14), [['招聘文案'], ['招募活动'], ['内部信息网']]), [
  T('转正那块呢', 'duty', '招聘专员', L('c13', 15, 17), [['转正考核'], ['转正通知']], None, 'ellipsis'),
  T('2.2条是啥', 'duty', '招聘专员', L('c13', 18), [['异动手续']], None, 'ordinal'),
  T('那人力资源专员要什么学历和专业', 'qualification', '人力资源专员', L('c13', 3), [['本科及以上'], ['人力资源']], None, 'switch role')]))
C.append(('manager', T('财务分析会计的KPI有哪些，各占多少权重', 'kpi', '财务分析会计', L('c14', 3, 6), [['企业内控制度的调整'], ['财务分析报告'], ['30%'], ['月底结帐处理']]), [
  T('财务分析报告那项怎么评分', 'kpi', '财务分析会计', L('c14', 11, 16), [['格式'], ['数据的准确性'], ['报告提交的及时性']], None, 'ordinal (by name)'),
  T('利润中心那个呢', 'kpi', '财务分析会计', L('c14', 5), [['一次-5分'], ['0分']], None, 'ellipsis'),
  T('那张评分表是谁来填', 'kpi', '财务分析会计', L('c14', 10), [['财务部经理']], None, 'pronoun')]))
C.append(('new_hire', T('教务岗对学历有啥要求', 'attribute', '教务', L('c15', 5), [['大学专科'], ['师范']], 'education'), [
  T('工作经验呢', 'attribute', '教务', L('c15', 6), [['2年以上'], ['1年以上同岗位']], 'experience', 'ellipsis'),
  OOS('教务的工资待遇怎么样', 'out-of-scope mid'),
  T('基本素养第三点是什么', 'qualification', '教务', L('c15', 10), [['宽容乐观']], None, 'ordinal')]))
C.append(('hr', T('薪酬核算专员负责什么', 'duty', '薪资核算专员', L('c16', 4, 13), [['计提'], ['个人所得税', '个税申报'], ['年终奖']]), [
  T('个税那条展开说下', 'duty', '薪资核算专员', L('c16', 9), [['汇算清缴']], None, 'ordinal (by topic)'),
  T('要懂哪些法规', 'qualification', '薪资核算专员', L('c16', 17), [['劳动法'], ['个人所得税法']], None, 'switch attribute'),
  T('有共享中心经验算加分吗', 'qualification', '薪资核算专员', L('c16', 16), [['HRSSC', '共享服务中心']], None, 'ellipsis')]))
C.append(('hr', T('财务部经理的学历要求', 'attribute', '财务部经理', Q('c01', '会计专业本科学历'), [['本科']], 'education'), [
  T('出纳呢', 'attribute', '出纳', Q('c08', '会计、金融类专业大专或以上学历'), [['大专']], 'education', 'switch role (ellipsis)'),
  T('这两个岗位工作经验各要几年', 'attribute', None, Q('c01', '八年以工业企业财务管理经验') + Q('c08', '2年以上出纳工作经验'), [['八年'], ['2年以上']], 'experience', 'comparison'),
  T('回到财务经理，年龄有要求吗', 'qualification', '财务部经理', Q('c01', '35-45岁、性别不限'), [['35-45岁']], None, 'back to earlier topic')]))
C.append(('new_hire', T('车量调度员的工作目的是什么', 'attribute', '车辆调度员', Q('c02', '为了满足客户用车需求'), [['用车需求'], ['合理调配']], 'purpose'), [
  T('他的上级是谁', 'attribute', '车辆调度员', Q('c02', '车辆租赁中心主任'), [['车辆租赁中心主任']], 'reports_to', 'pronoun'),
  T('干这个要几年经验', 'attribute', '车辆调度员', Q('c02', '4年以上相关工作经验'), [['4年以上']], 'experience', 'switch attribute'),
  T('换成薪资核算呢', 'attribute', '薪资核算专员', L('c16', 16), [['2年以上']], 'experience', 'switch role (short title)')]))

items, forms = [], {}
for n, (persona, first, later) in enumerate(C, 1):
    iid = f'xfu-fu-{n:02d}'
    first.pop('_form')
    turns = []
    for k, t in enumerate(later, 1):
        forms[f'{iid}#{k}'] = t.pop('_form')
        turns.append(t)
    items.append({'id': iid, 'persona': persona, 'intent': 'followup', 'question': first['question'], 'role': first['role'],
                  'attribute': first.get('attribute'), 'evidence': first['evidence'], 'key_points': first['key_points'],
                  'expect_refusal': False, 'turns': turns, 'tool': None})
S = [
 {'id': 'xfu-kd-01', 'persona': 'manager', 'intent': 'kpi_design', 'question': '帮我给资金部设计5个考核指标', 'role': None, 'attribute': None,
  'evidence': Q('c04', '公司资金预算达成率', '资金筹集计划编制及时率', '资金收支准确度'),
  'key_points': [['公司资金预算达成率'], ['资金筹集计划编制及时率'], ['资金收支准确度']], 'expect_refusal': False, 'turns': None,
  'tool': {'kind': 'kpi_design', 'role': '资金部', 'count': 5, 'must_cite_files': [F['c04']], 'expected_indicators': ['公司资金预算达成率', '资金筹集计划编制及时率', '资金收支准确度']}},
 {'id': 'xfu-jd-01', 'persona': 'hr', 'intent': 'jd', 'question': '帮忙起草一份培训学校出纳的JD', 'role': '出纳', 'attribute': None,
  'evidence': Q('c08', '每天报财务“资金汇报”', '为客户办理退费结算', '学校发票、收据业务办理'),
  'key_points': [['资金汇报'], ['退费'], ['发票']], 'expect_refusal': False, 'turns': None,
  'tool': {'kind': 'jd', 'role': '出纳', 'must_cite_files': [F['c08']], 'expect_sections': ['duties', 'qualifications']}},
 {'id': 'xfu-oos-01', 'persona': 'new_hire', 'intent': 'out_of_scope', 'question': '质检员一般要负责哪些工作', 'role': None, 'attribute': None,
  'evidence': [], 'key_points': [], 'expect_refusal': True, 'turns': None, 'tool': None},
 {'id': 'xfu-attr-01', 'persona': 'hr', 'intent': 'attribute', 'question': 'DBA对专业有什么要求', 'role': 'DBA', 'attribute': 'major',
  'evidence': L('c06', 70), 'key_points': [['计算机'], ['本科']], 'expect_refusal': False, 'turns': None, 'tool': None},
 {'id': 'xfu-qual-01', 'persona': 'hr', 'intent': 'qualification', 'question': '维修电工的招聘条件是什么', 'role': '维修电工', 'attribute': None,
  'evidence': L('c07', 303), 'key_points': [['50周岁以下'], ['5年以上'], ['资格证书']], 'expect_refusal': False, 'turns': None, 'tool': None},
 {'id': 'xfu-oos-02', 'persona': 'manager', 'intent': 'out_of_scope', 'question': '员工加班费应该按什么标准计算', 'role': None, 'attribute': None,
  'evidence': [], 'key_points': [], 'expect_refusal': True, 'turns': None, 'tool': None},
]
# ---- fixes after the first validate/duplicate check (before any gangwei run) ----
FIX = {  # (id, turn index 0=first) -> (new question or None, extra key-point groups, extra evidence)
 ('xfu-fu-01',0): (None, [['直接上级','上级']], Q('c01','直接上级')),
 ('xfu-fu-01',2): ('证书这块有要求没', [['职业资格','证书']], Q('c01','职业资格')),
 ('xfu-fu-02',1): (None, [['教育水平','学历']], Q('c02','教育水平')),
 ('xfu-fu-02',3): (None, [['专业要求','专业']], Q('c02','专业要求')),
 ('xfu-fu-03',0): ('培训部的经理日常要管哪些事', [], []),
 ('xfu-fu-04',1): ('那客户类下面是啥指标', [['客户类']], Q('c04','客户类')),
 ('xfu-fu-05',1): (None, [['资金头寸']], []),
 ('xfu-fu-05',3): (None, [['现金收支']], []),
 ('xfu-fu-06',2): (None, [['本科']], []),
 ('xfu-fu-06',3): ('要是换成机械技术员那个岗位呢', [], []),
 ('xfu-fu-07',3): ('这个岗位管吃管住不', [['薪资面议','面议']], []),
 ('xfu-fu-08',1): ('这岗位在哪个城市上班', [['慧算账']], []),
 ('xfu-fu-08',2): (None, [['45K']], []),
 ('xfu-fu-09',4): (None, [['总部']], []),
 ('xfu-fu-10',0): ('宝洁招SRE得有几年工作经历', [['系统管理员']], []),
 ('xfu-fu-10',2): (None, [['Golang']], []),
 ('xfu-fu-11',1): ('有什么加分的条件没', [], []),
 ('xfu-fu-11',2): (None, [['*15']], []),
 ('xfu-fu-12',1): ('铆工那边的门槛咋样', [], []),
 ('xfu-fu-12',2): (None, [['高中']], []),
 ('xfu-fu-12',3): (None, [['钢结构焊接']], []),
 ('xfu-fu-13',0): ('钢构厂采购员平时具体干哪些活', [], []),
 ('xfu-fu-13',1): ('就这些？还有没有别的', [], []),
 ('xfu-fu-13',3): ('那对人的要求呢', [], []),
 ('xfu-fu-14',1): (None, [['英语']], []),
 ('xfu-fu-14',2): (None, [['职业培训']], []),
 ('xfu-fu-15',3): (None, [['三年以上']], []),
 ('xfu-fu-16',0): ('生产技术部长这个位置要干过多少年才行', [['2年及以上']], L('c07',78)),
 ('xfu-fu-16',3): (None, [['经营管理']], []),
 ('xfu-fu-17',0): ('培训学校出纳归谁直接管', [['直接主管']], []),
 ('xfu-fu-17',1): ('再往上一级是谁', [['隔级']], []),
 ('xfu-fu-17',3): (None, [['从业资格']], []),
 ('xfu-fu-17',4): (None, [['审批']], []),
 ('xfu-fu-18',1): ('那从业经验上呢', [['出纳工作经验']], []),
 ('xfu-fu-18',2): (None, [['女']], []),
 ('xfu-fu-18',3): (None, [['学历']], []),
 ('xfu-fu-19',0): (None, [['内部运营类']], []),
 ('xfu-fu-19',2): ('里面哪一项权重最大', [], []),
 ('xfu-fu-19',3): (None, [['工作流程改善目标完成率']], []),
 ('xfu-fu-20',3): ('刚才说的保有率怎么给分', [['5分']], []),
 ('xfu-fu-21',0): ('导购员归谁领导', [['接受其领导','负责']], []),
 ('xfu-fu-22',1): ('还有其他的吗？没说全吧', [], []),
 ('xfu-fu-22',2): (None, [['专业培训','促销']], []),
 ('xfu-fu-23',0): ('酒店前台的班次是怎么排的', [], []),
 ('xfu-fu-23',1): ('那每月能休多少天', [['调休']], []),
 ('xfu-fu-24',0): (None, [['直属上级']], []),
 ('xfu-fu-24',1): ('这个岗位挂在哪个部门下面', [['所在部门']], []),
 ('xfu-fu-24',2): ('他的业绩怎么衡量，有标准吗', [], []),
 ('xfu-fu-25',1): ('那转正和异动那部分怎么写的', [], []),
 ('xfu-fu-25',2): (None, [['公司相关规定']], []),
 ('xfu-fu-25',3): ('换成人力资源专员的话学历专业要啥', [], []),
 ('xfu-fu-26',1): ('其中财务分析报告这一项是咋打分的', [], []),
 ('xfu-fu-26',3): (None, [['季度']], []),
 ('xfu-fu-27',0): ('做教务学历最低要到什么程度', [], []),
 ('xfu-fu-27',1): ('那工作经历方面呢', [], []),
 ('xfu-fu-27',3): (None, [['包容']], []),
 ('xfu-fu-28',1): (None, [['个税咨询']], []),
 ('xfu-fu-28',3): (None, [['优先']], []),
 ('xfu-fu-29',0): (None, [['会计专业','会计']], []),
 ('xfu-fu-29',1): ('那出纳的学历呢', [['金融']], []),
 ('xfu-fu-29',3): (None, [['放宽']], []),
 ('xfu-fu-30',1): ('那他平时听谁安排', [['直接上级']], Q('c02','直接上级')),
 ('xfu-fu-30',2): (None, [['相关工作经验']], []),
 ('xfu-fu-30',3): (None, [['薪酬核算经验','制造业']], []),
}
for it in items:
    for k in range(len(it['turns'] or []) + 1):
        f = FIX.get((it['id'], k))
        if not f: continue
        tgt = it if k == 0 else it['turns'][k - 1]
        if f[0]: tgt['question'] = f[0]
        tgt['key_points'] = tgt['key_points'] + f[1]
        tgt['evidence'] = tgt['evidence'] + f[2]

items += S
with open(D / 'set.jsonl', 'w', encoding='utf-8') as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + '\n')
json.dump(forms, open(D / 'forms.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(items), 'items', len(forms), 'later turns')
