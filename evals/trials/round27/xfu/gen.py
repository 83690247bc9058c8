import json
F = {
 'cx01':'cx01_财务部经理岗位说明书.docx','cx02':'cx02_车辆调度员岗位说明书.docx','cx03':'cx03_培训部工作手册.docx',
 'cx04':'cx04_部门KPI指标库.xlsx','cx05':'cx05_招聘岗位一览.xlsx','cx06':'cx06_技术岗位招聘信息.csv','cx07':'cx07_人才招聘.html',
 'cx08':'cx08_培训学校出纳岗位说明书.pdf','cx09':'cx09_人事行政部经理绩效考核表.md','cx10':'cx10_导购岗位职责.txt',
 'cx11':'cx11_酒店前台职位描述.txt','cx12':'cx12_行政主管岗位说明书.txt','cx13':'cx13_人力资源招聘专员行为标准.txt',
 'cx14':'cx14_财务部内控与财务分析KPI组成表.txt','cx15':'cx15_教务工作岗位素能.txt','cx16':'cx16_薪资核算专员职位描述.txt'}
def Q(f,*qs): return [{'file':F[f],'quote':q} for q in qs]
def L(f,a,b): return [{'file':F[f],'line_start':a,'line_end':b}]
def T(q,intent,role,ev,kp,attr=None,form=''):
    d={'question':q,'intent':intent,'role':role,'evidence':ev,'key_points':kp}
    if attr: d['attribute']=attr
    return d,form
def OOS(q,role=None,form='out-of-scope'):
    return {'question':q,'intent':'out_of_scope','role':role,'evidence':[],'key_points':[]},form

items=[]; forms={}
def fu(n,persona,q,role,ev,kp,turns,attr=None,first_form='first: duty'):
    iid=f'r27x-fu-{n:02d}'
    items.append({'id':iid,'persona':persona,'intent':'followup','question':q,'role':role,'attribute':attr,
                  'evidence':ev,'key_points':kp,'expect_refusal':False,'turns':[t for t,_ in turns],'tool':None})
    forms[iid]={'turn0':first_form, **{f'turn{i}':f for i,(_,f) in enumerate(turns,1)}}
def single(iid,persona,intent,q,role,ev,kp,attr=None,tool=None,form=''):
    items.append({'id':iid,'persona':persona,'intent':intent,'question':q,'role':role,'attribute':attr,
                  'evidence':ev,'key_points':kp,'expect_refusal':False,'turns':None,'tool':tool})
    forms[iid]={'turn0':form}

# ---- follow-ups
fu(1,'hr','调度员这活平时主要干些啥呀','车辆调度员',
   Q('cx02','根据客户有车需求,对人员车辆进行合理调配','2.车辆值班安排','根据司机出车情况进行考核'),
   [['合理调配','调配'],['值班'],['考核','考勤']],
   [T('他头上是哪个领导管着','attribute','车辆调度员',Q('cx02','车辆租赁中心主任'),[['车辆租赁中心主任'],['租赁中心']],'reports_to','attribute by pronoun'),
    T('那他业绩咋考核的，客户满意率得到多少才行','kpi','车辆调度员',Q('cx02','1.工作及时率达95%以上','2.客户满意率达90%以上'),[['90%'],['95%']],None,'KPI scoring follow-up'),
    T('回到最早说的那几条职责，司机考勤考核那块具体咋弄','duty','车辆调度员',Q('cx02','根据司机出车情况进行考核','做好司机出差、加班以及行车公里'),[['出车情况'],['加班','行车公里','油料']],None,'going back two turns + ordinal by item words')],
   first_form='first: duty')
fu(2,'manager','财务经理这个位子得啥学历','财务部经理',Q('cx01','会计专业本科学历'),[['本科'],['会计']],
   [T('那得考啥证书不','attribute','财务部经理',Q('cx01','会计师资格证书'),[['会计师'],['证书']],'certificate','ellipsis'),
    T('任职基本技能第4条讲的是哪些管控能力','qualification','财务部经理',Q('cx01','经营管理成本、报表、账务、费用、资金、资产、税务管控能力极强'),[['税务'],['资金'],['管控能力']],None,"ordinal by the document's own numbering"),
    OOS('这个级别的财务经理年薪开多少合适','财务部经理','out-of-scope (pay not stated)')],
   attr='education',first_form='first: attribute education')
fu(3,'new_hire','培训部经里负责哪些事儿','培训部经理',
   Q('cx03','a)责培训部的日常管理工作。','c)责培训部员工的工作安排与绩效考核。','g)负责培训市场的开拓'),
   [['日常管理'],['绩效考核'],['培训市场的开拓','培训市场']],
   [T('d)那条展开讲讲','duty','培训部经理',Q('cx03','d)责培训业务经营发展的规划,核心组课程的引入。'),[['规划'],['核心组课程']],None,"ordinal by the document's own numbering (letter)"),
    OOS('那培训顾问是干啥的','培训顾问','switching post -> out-of-scope (named only)'),
    T('整个培训部的部门职能有几项，列一下','duty',None,Q('cx03','2.6负责公司师资库的建立','2.7负责公司培训档案的建立','2.9负责培训合作机构的合作与维护','2.1负责培训服务产品的开发和策划工作'),[['师资库'],['培训档案'],['合作机构']],None,'switching post (to department)')])
fu(4,'hr','人力资源部KPI库里财务类指标有哪几个',None,
   Q('cx04','部门费用预算达成率','薪资总量预算安排达成率','招聘费用预算达成率','培训费用预算达成率'),
   [['部门费用预算达成率'],['薪资总量预算安排达成率'],['招聘费用预算达成率'],['培训费用预算达成率']],
   [T('第二个指标怎么算的','kpi',None,Q('cx04','(实际发生成本/计划成本)*100%'),[['实际发生成本'],['计划成本']],None,'KPI formula follow-up + ordinal'),
    T('内部营运类的呢','kpi',None,Q('cx04','制度和流程的书面化比率','员工工资出错次数','员工绩效计划的按时完成率','人员编制控制率'),[['制度和流程的书面化比率'],['员工工资出错次数'],['员工绩效计划的按时完成率'],['人员编制控制率']],None,'ellipsis (switch category)'),
    OOS('这些指标的权重各占几成',None,'KPI weight follow-up -> out-of-scope (column empty)')],first_form='first: kpi')
fu(5,'new_hire','机械技术员招几个人，要干些啥','机械技术员',Q('cx05','机械技术员（4名）','协助工程师完成车间机器的维修'),[['维修'],['治具'],['4名']],
   [T('招这个对人有啥门槛不','qualification','机械技术员',Q('cx05','大专以上，20-45岁，机械技术底子深厚'),[['大专'],['20-45岁'],['创新精神']],None,'ellipsis'),
    T('生产主管那边呢，要几年经验','attribute','生产主管',Q('cx05','有两年以上相关行业的工作经验'),[['两年以上'],['相关行业']],'experience','switching post (same company)'),
    T('这俩岗位谁的学历门槛高','attribute',None,Q('cx05','大专以上，20-45岁，机械技术底子深厚','本科以上，25-45岁，注塑类相关专业'),[['大专'],['本科']],'education','comparison')])
fu(6,'hr','DBA那个岗在哪上班','DBA',L('cx06',62,62),[['广州'],['慧算账']],
   [T('给多少钱，范围大概','attribute','DBA',L('cx06',62,62),[['15K'],['45K']],'pay','ellipsis'),
    T('岗位职责第五条再说细点','duty','DBA',L('cx06',67,67),[['备份恢复'],['迁移'],['故障排除']],None,'ordinal expansion (number)'),
    T('同一家公司还招测试经理吧，他要几年经验','attribute','测试工程师',L('cx06',58,58),[['5年以上'],['测试工作经验']],'experience','switching post (same company)')],
   attr='location',first_form='first: attribute location')
fu(7,'new_hire','京东物流招的前端研发要会些什么','前端开发工程师',L('cx06',98,108),[['React','Vue'],['TypeScript'],['小程序']],
   [T('换成美团成都那个呢','qualification','前端开发工程师',L('cx06',85,90),[['3年及以上'],['前端工程化'],['JavaScript']],None,'switching company'),
    T('那他们这个岗具体做啥','duty','前端开发工程师',L('cx06',79,83),[['CRM'],['中后台'],['培养团队成员']],None,'ellipsis / pronoun'),
    T('跟京东那个比，哪个要的工作年限更长','qualification','前端开发工程师',L('cx06',86,86)+L('cx06',99,99),[['3-5年'],['3年及以上']],None,'comparison + going back two turns')],
   first_form='first: qualification')
fu(8,'manager','宝洁招的SRE主要干嘛的','平台Site Reliability Engineer',L('cx06',122,123),[['DevOps平台'],['开发和运维'],['BU']],
   [T('需要几年经验？','attribute','平台Site Reliability Engineer',L('cx06',125,125),[['4年以上'],['系统管理员']],'experience','ellipsis'),
    T('除了年限，还有别的硬性要求么','qualification','平台Site Reliability Engineer',L('cx06',126,129),[['公有云','K8S'],['ITIL','Agile'],['英语']],None,'还有吗'),
    OOS('K8S里的Deployment滚动更新参数咋配','平台Site Reliability Engineer','out-of-scope (programming)')])
fu(9,'hr','云霁那个go后端要几年经验','Golang 后端',L('cx06',35,35),[['2-5年'],['Golang']],
   [T('工作地点在哪儿','attribute','Golang 后端',L('cx06',27,27),[['杭州'],['远程']],'location','ellipsis'),
    T('加分项有哪些','qualification','Golang 后端',L('cx06',44,49),[['terraform'],['开源作品'],['运维开发']],None,'ellipsis'),
    T('那岗位职责呢，就这么几条？','duty','Golang 后端',L('cx06',27,31),[['CloudIaC'],['设计和开发'],['落地']],None,'ellipsis + 还有吗')],
   attr='experience',first_form='first: attribute experience')
fu(10,'hr','Moka的产品经理有啥要求','产品经理',L('cx06',19,23),[['需求识别'],['学习能力'],['业务抽象能力'],['Ownership']],
   [T('Ownership那条啥意思','qualification','产品经理',L('cx06',23,23),[['主动协调'],['外部资源']],None,'ordinal by the item\'s words'),
    T('有啥能加分的经历不','qualification','产品经理',L('cx06',25,26),[['绩效'],['OKR']],None,'ellipsis'),
    T('他们家前端开发工程师在哪办公','attribute','前端开发工程师',L('cx06',2,2),[['北京'],['成都']],'location','switching post (same company)')],
   first_form='first: qualification')
fu(11,'new_hire','钢结构厂的采购员要做哪些活','采购员',L('cx07',153,178),[['采购制度'],['供应商'],['采购计划']],
   [T('第五条具体指啥','duty','采购员',L('cx07',168,168),[['采购成本'],['合理库存']],None,'ordinal expansion (number)'),
    T('他得有几年经验','attribute','采购员',L('cx07',150,150),[['3年以上'],['采购主管']],'experience','attribute by pronoun'),
    T('销售员待遇怎么样','attribute','销售员',L('cx07',121,123),[['双休'],['社会保险'],['住宿']],'benefits','switching post')])
fu(12,'manager','机修工任职要求有哪些','机修工',L('cx07',271,272),[['50周岁以下'],['中专以上'],['5年以上']],
   [T('换维修电工看看，要求一样不','qualification','维修电工',L('cx07',302,303),[['电气'],['资格证书'],['5年以上']],None,'switching post (ellipsis)'),
    T('他工作内容第二点是啥','duty','维修电工',L('cx07',312,312),[['例保'],['大修']],None,'ordinal expansion + pronoun'),
    OOS('电工证一般去哪儿考，考试难不','维修电工','out-of-scope')],first_form='first: qualification')
fu(13,'new_hire','焊工需要啥证','焊工',L('cx07',133,133),[['焊工证'],['质监局']],
   [T('那对文凭有卡吗','attribute','焊工',L('cx07',130,130),[['高中及以上'],['学历']],'education','ellipsis'),
    T('埋弧焊工的活儿是啥','duty','埋弧焊工',L('cx07',229,229),[['埋弧焊机'],['钢结构焊接']],None,'switching post'),
    T('这俩哪个年龄卡得松一点','qualification',None,L('cx07',130,130)+L('cx07',226,226),[['40岁以下'],['45岁以下']],None,'comparison')],
   attr='certificate',first_form='first: attribute certificate')
fu(14,'hr','生产技术部长需要啥条件','生产技术部长',L('cx07',71,86),[['10年以上'],['车间主任'],['钢构行业']],
   [T('第3条是啥意思','qualification','生产技术部长',L('cx07',81,81),[['经营管理'],['事业部总经理']],None,'ordinal expansion (number)'),
    OOS('他的岗位职责呢','生产技术部长','ellipsis -> out-of-scope (field absent)'),
    T('那电气技术储备收不收应届生','qualification','电气技术储备',L('cx07',254,254),[['应届毕业生'],['机电一体化']],None,'switching post')],
   first_form='first: qualification')
fu(15,'new_hire','培训学校的出纳直接领导是谁','出纳',Q('cx08','直接主管:分校校长'),[['分校校长'],['直接主管']],
   [T('隔级领导呢','attribute','出纳',Q('cx08','隔级领导:总经理'),[['总经理'],['隔级']],'reports_to','ellipsis'),
    T('职责里第7条讲的退费怎么弄','duty','出纳',Q('cx08','按领导审批过的退费手续'),[['审批'],['退费结算']],None,"ordinal by the document's numbering + item words"),
    T('那第8条呢','duty','出纳',Q('cx08','核对银行帐目与各校区报送收入表'),[['银行帐目'],['收入表']],None,'ordinal expansion (short ellipsis)')],
   attr='reports_to',first_form='first: attribute reports_to')
fu(16,'hr','出纳岗对学历专业有啥讲究','出纳',Q('cx08','会计、金融类专业大专或以上学历'),[['大专'],['金融']],
   [T('工作多久的经验才够','attribute','出纳',Q('cx08','2年以上出纳工作经验'),[['2年以上'],['出纳工作经验']],'experience','ellipsis'),
    T('要持证吗','attribute','出纳',Q('cx08','会计、金融类专业大专或以上学历'),[['会计从业'],['资格证']],'certificate','ellipsis'),
    T('换成那家袜业的财务经理，要多少年经验','attribute','财务部经理',Q('cx01','八年以工业企业财务管理经验'),[['八年'],['五年同职']],'experience','switching company + post')],
   attr='major',first_form='first: attribute major')
fu(17,'manager','人事行政经理考核表里内部运营类都考啥','人事行政部经理',L('cx09',10,16),[['工作目标完成率'],['绩效、薪资管理完成率'],['公司组织培训完成率']],
   [T('哪一项权重最高','kpi','人事行政部经理',L('cx09',14,14),[['绩效、薪资管理完成率'],['15%']],None,'KPI weight follow-up'),
    T('工作目标完成率咋算分','kpi','人事行政部经理',L('cx09',10,10),[['实际完成数量/计划完成数量'],['10分']],None,'KPI formula/scoring follow-up'),
    T('客户类那块呢','kpi','人事行政部经理',L('cx09',17,18),[['内部员工满意率'],['后勤投诉次数']],None,'ellipsis (switch category)')],
   first_form='first: kpi')
fu(18,'hr','财务分析报告这个KPI占多少权重','财务分析会计',L('cx14',4,4),[['30%'],['见附表','软指标']],
   [T('那附表里是怎么打分的','kpi','财务分析会计',L('cx14',12,16),[['格式'],['数据的准确性'],['报告提交的及时性']],None,'KPI scoring follow-up'),
    T('月底结帐那个准确性怎么扣','kpi','财务分析会计',L('cx14',6,7),[['错一次得80分'],['错二次得60分']],None,'ordinal by item words + KPI scoring'),
    T('人事行政那张表里员工保有率怎么评分','kpi','人事行政部经理',L('cx09',19,19),[['大于70%'],['0分']],None,'switching company/document')],
   first_form='first: kpi weight')
fu(19,'new_hire','当导购每天都要忙些啥','导购',L('cx10',7,17)+L('cx10',21,29)+L('cx10',41,51),[['接待顾客'],['收银'],['盘点']],
   [T('他平时听谁的指挥','attribute','导购',L('cx10',43,43),[['店长'],['负责']],'reports_to','attribute by pronoun'),
    T('有哪些任职要求','qualification','导购',L('cx10',31,39),[['学历不限'],['轮班'],['粤语']],None,'ellipsis'),
    OOS('干导购的提成一般能拿几个点啊','导购','out-of-scope (pay not stated)')])
fu(20,'new_hire','酒店前台一个月能休几天','酒店前台',L('cx11',14,14),[['4天'],['调休']],
   [T('班次是咋倒的','attribute','酒店前台',L('cx11',15,15),[['两班'],['8:00'],['16:00']],'benefits','ellipsis'),
    T('核心工作内容第3点说下','duty','酒店前台',L('cx11',5,5),[['预订系统'],['房态'],['超售']],None,"ordinal by the document's own numbering"),
    T('除了休假还有别的福利吗','attribute','酒店前台',L('cx11',16,16),[['生日'],['免费食宿']],'benefits','还有吗 + going back two turns')],
   attr='benefits',first_form='first: attribute benefits')
fu(21,'hr','行政主管直属上级是哪位','行政主管',L('cx12',9,10),[['行政经理'],['直属上级']],
   [T('他挂在哪个部门底下','attribute','行政主管',L('cx12',15,16),[['行政管理部'],['部门']],'department','ellipsis'),
    T('65%那块“主要负责的行政管理工作”具体包括啥','duty','行政主管',L('cx12',38,47),[['大事记'],['办公用品'],['固定资产']],None,"ordinal by the document's own grouping (time share)"),
    OOS('这些职责的业绩衡量标准分别是什么','行政主管','KPI follow-up -> out-of-scope (略)')],
   attr='reports_to',first_form='first: attribute reports_to')
fu(22,'new_hire','招聘专员一级的行为标准里，招聘那块咋要求的','招聘专员',L('cx13',9,14),[['招聘文案'],['招募活动'],['内部信息网']],
   [T('2.1那条呢','duty','招聘专员',L('cx13',16,17),[['转正考核'],['转正通知']],None,"ordinal by the document's own numbering"),
    T('人力资源专员要啥学历','attribute','人力资源专员',L('cx13',3,3),[['本科及以上'],['人力资源']],'education','switching post'),
    T('工作年限那块呢，有啥偏好','attribute','人力资源专员',L('cx13',4,4),[['1-2年'],['IT相关']],'experience','ellipsis')])
fu(23,'hr','做教务得啥学历','教务',L('cx15',5,5),[['大学专科'],['师范']],
   [T('她之前得干过多久相关的活','attribute','教务',L('cx15',6,6),[['2年以上'],['1年以上同岗位']],'experience','ellipsis'),
    T('素养里头第二条说的是个啥','qualification','教务',L('cx15',9,9),[['爱学生'],['教育教学的基本规律']],None,"ordinal by the document's own numbering"),
    OOS('教务老师寒暑假能放几天','教务','out-of-scope')],attr='education',first_form='first: attribute education')
fu(24,'manager','薪酬合算专员主要做哪些','薪资核算专员',L('cx16',3,13),[['薪资计算'],['个税申报'],['年终奖']],
   [T('个税那条展开说说','duty','薪资核算专员',L('cx16',9,9),[['汇算清缴'],['个人所得税']],None,"ordinal by the item's words"),
    T('要几年经验，啥行业背景的','attribute','薪资核算专员',L('cx16',16,16),[['2年以上'],['制造业']],'experience','ellipsis'),
    T('刚才第5条薪资发放要是出异常咋处理','duty','薪资核算专员',L('cx16',8,8),[['银行卡失效'],['补救']],None,'going back two turns + ordinal')])
fu(25,'manager','KPI库里资金部考哪些指标',None,Q('cx04','公司资金预算达成率','资金收支准确度','资金使用目标达成率'),[['公司资金预算达成率'],['资金收支准确度'],['资金使用目标达成率']],
   [T('资金收支准确度按啥衡量','kpi',None,Q('cx04','资金收支出错次数'),[['出错次数'],['资金收支']],None,'KPI formula follow-up'),
    T('审计部那张呢','kpi',None,Q('cx04','审计计划执行率','审计报告一次经过率','审计报告归档率'),[['审计计划执行率'],['审计报告一次经过率'],['审计报告归档率']],None,'ellipsis (switch department)'),
    T('审计结果准确性又是看什么','kpi',None,Q('cx04','审计结果更正的次数'),[['更正的次数'],['审计结果']],None,'KPI formula follow-up')],first_form='first: kpi')

# ---- singles
single('r27x-attr-01','new_hire','attribute','车辆调度员这个岗设它是图个啥','车辆调度员',Q('cx02','为了满足客户用车需求'),[['满足客户用车需求'],['合理调配']],attr='purpose',form='attribute in unusual words (purpose)')
single('r27x-attr-02','manager','attribute','袜业那个财务头头手底下带哪些人','财务部经理',Q('cx01','财务会计、出纳','成本会计'),[['出纳'],['财务会计','成本会计']],attr='subordinates',form='attribute in unusual words (subordinates)')
single('r27x-attr-03','hr','attribute','研发经理得是学啥专业出身的','研发经理',Q('cx05','本科以上，20-45岁，模具设计类专业'),[['模具设计'],['本科']],attr='major',form='attribute in unusual words (major)')
single('r27x-comp-01','hr','duty','文案策划干啥的、要啥条件？','文案策划',Q('cx05','协助公司各类宣传策划方案的设计和撰写','大专以上，20-35岁，有经验者优先'),[['撰写'],['大专以上'],['工作细心']],form='compound duty + qualification')
single('r27x-comp-02','new_hire','duty','前台要做什么，福利都有啥','酒店前台',L('cx11',3,7)+L('cx11',14,16),[['入住'],['退房'],['免费食宿']],form='compound duty + benefits')
single('r27x-comp-03','hr','qualification','铆工要啥学历，几年经验','铆工',L('cx07',140,143),[['高中'],['3年以上']],form='compound education + experience')
single('r27x-jd-01','hr','jd','帮我照着出纳那份弄个招聘JD','出纳',Q('cx08','按领导审批过的退费手续','学校发票、收据业务办理','按时、准确地发放员工工资'),[['退费'],['发票'],['工资']],
       tool={'kind':'jd','role':'出纳','must_cite_files':[F['cx08']],'expect_sections':['duties','qualifications']},form='jd colloquial')
single('r27x-jd-02','manager','jd','给个剪板机操作工的岗位说明书草稿呗','剪板机操作工',L('cx07',184,189),[['剪板机'],['钢结构一次生产线']],
       tool={'kind':'jd','role':'剪板机操作工','must_cite_files':[F['cx07']],'expect_sections':['duties','qualifications']},form='jd colloquial')
single('r27x-kd-01','hr','kpi_design','帮人力资源部整5个考核指标出来','人力资源部',Q('cx04','员工满意度调查','员工工资出错次数','人员编制控制率','招聘费用预算达成率'),[['员工满意度'],['员工工资出错次数'],['人员编制控制率'],['招聘费用预算达成率']],
       tool={'kind':'kpi_design','role':'人力资源部','count':5,'must_cite_files':[F['cx04']],'expected_indicators':['员工满意度','员工工资出错次数','人员编制控制率','招聘费用预算达成率']},form='kpi_design colloquial')
single('r27x-kd-02','manager','kpi_design','人事行政经理的绩效指标帮我弄一套，6个左右就行','人事行政部经理',L('cx09',9,10)+L('cx09',17,17)+L('cx09',19,19),[['工作目标完成率'],['人事行政成本控制'],['内部员工满意率'],['部门员工保有率']],
       tool={'kind':'kpi_design','role':'人事行政部经理','count':6,'must_cite_files':[F['cx09']],'expected_indicators':['工作目标完成率','人事行政成本控制','内部员工满意率','部门员工保有率']},form='kpi_design colloquial')

with open('set.jsonl','w') as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+'\n')
json.dump(forms,open('forms.json','w'),ensure_ascii=False,indent=1)
print(len(items), sum(len(i['turns'] or []) for i in items))
