"""Round 13 trial customer: 燃力健身管理有限公司 (a fitness club chain, fictional).

Writes 10 HR documents to $T13_OUT/corpus (default /tmp/t13b/corpus):

  fx01 docx  门店岗位说明书汇编: 店长 and 会籍顾问 as form tables (merged label/value cells,
             numbered duties inside one cell), 前台接待 as 【label】 paragraphs, 保洁员 only
             "岗位职责见附件"
  fx02 docx  私人教练（PT）岗位说明书: basic-info table, List Number duties, a VML text box
  fx03 xlsx  会籍顾问提成阶梯 (one post's table), 私教课时费 tiers, KPI sheet with merged 岗位
  fx04 xlsx  总部/区域岗位一览 (one row per post, multi-line cells), a 编制 sheet per store
  fx05 csv   hiring-system export, multi-line quoted cells, one row per store
  fx06 html  careers page: tabs, job cards, flagship 私人教练 described differently
  fx07 pdf   教练考核与晋升制度 (hand-written PDF, STSong-Light / UniGB-UCS2-H)
  fx08 md    新员工入职指南 with an org chart code block and the 教练主管 post
  fx09 docx  员工手册 (排班, 请假, 提成发放, 员工健身权益, 试用期, 离职)
  fx10 txt   工程维修部岗位职责, GBK with CRLF, "==== 职位一：… ====" blocks
"""
import csv
import io
import os
import zlib
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T13_OUT", "/tmp/t13b")) / "corpus"
OUT.mkdir(parents=True, exist_ok=True)
CO = "燃力健身管理有限公司"


def _fixed_core(d, title):
    import datetime
    cp = d.core_properties
    cp.title = title
    cp.author = "人力资源部"
    cp.created = cp.modified = datetime.datetime(2024, 3, 1, 9, 0, 0)
    cp.last_modified_by = "hr"
    cp.revision = 1


def _cell_lines(cell, lines):
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)


# ---------------------------------------------------------------- fx01 docx
def fx01():
    d = docx.Document()
    _fixed_core(d, "门店岗位说明书汇编")
    h = d.add_paragraph()
    r = h.add_run(f"{CO}  门店岗位说明书（2024版）")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("编制：人力资源部    审核：运营中心    生效日期：2024年3月1日")

    d.add_heading("一、店长", level=1)
    t = d.add_table(rows=8, cols=4)
    t.style = "Table Grid"
    rows = [
        ("岗位名称", "店长", "岗位编号", "RL-MD-01"),
        ("所属部门", "门店", "直接上级", "区域运营经理"),
        ("直接下级", "会籍主管、教练主管、前台主管、保洁员", "岗位定员", "1"),
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    t.cell(3, 0).text = "岗位目的"
    m = t.cell(3, 1).merge(t.cell(3, 3))
    m.text = "全面负责门店经营管理，完成公司下达的营业额、会员续卡率及服务质量目标。"
    t.cell(4, 0).text = "岗位职责"
    m = t.cell(4, 1).merge(t.cell(4, 3))
    _cell_lines(m, [
        "1. 根据区域下达的月度业绩指标，制定门店销售计划并分解到会籍、私教团队；",
        "2. 每日召开早会和晚会，跟进会籍顾问、私人教练的业绩进度；",
        "3. 负责门店人员排班、考勤审核及新员工带教；",
        "4. 处理会员重大投诉，24小时内给出处理意见；",
        "5. 监督门店卫生和器械安全巡检，发现隐患及时报修工程维修部；",
        "6. 控制门店水电、耗材等费用，月度费用不超过预算。",
    ])
    t.cell(5, 0).text = "任职资格"
    m = t.cell(5, 1).merge(t.cell(5, 3))
    _cell_lines(m, [
        "1. 大专及以上学历，体育、市场营销、管理类专业优先；",
        "2. 3年以上健身行业工作经验，其中1年以上门店管理经验；",
        "3. 有较强的销售团队管理能力，熟悉会籍和私教业务流程；",
        "4. 能接受早晚班及节假日轮休。",
    ])
    t.cell(6, 0).text = "工作地点"
    t.cell(6, 1).text = "公司所属各门店，服从区域调配"
    t.cell(6, 2).text = "薪资范围"
    t.cell(6, 3).text = "底薪8000-12000元/月+门店业绩奖金"
    t.cell(7, 0).text = "备注"
    m = t.cell(7, 1).merge(t.cell(7, 3))
    m.text = "滨江旗舰店店长另兼任区域培训基地负责人。"

    d.add_paragraph("")
    d.add_heading("二、会籍顾问（销售顾问）", level=1)
    t = d.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("岗位名称", "会籍顾问", "别称", "销售顾问、会籍销售"),
                             ("所属部门", "门店会籍部", "直接上级", "会籍主管")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    t.cell(2, 0).text = "工作职责"
    m = t.cell(2, 1).merge(t.cell(2, 3))
    _cell_lines(m, [
        "1. 通过外场派单、电话邀约、老会员转介绍等方式开发潜在会员，每日有效邀约不少于15个；",
        "2. 接待到店客户，带领参观场馆并介绍会籍卡种及价格；",
        "3. 完成个人月度会籍销售业绩指标；",
        "4. 维护已购卡会员关系，跟进会员续卡、升级卡；",
        "5. 配合门店开展会员活动及预售推广；",
        "6. 及时将客户资料录入会员管理系统，不得私下截留客户。",
    ])
    t.cell(3, 0).text = "任职要求"
    m = t.cell(3, 1).merge(t.cell(3, 3))
    _cell_lines(m, [
        "1. 高中/中专及以上学历；",
        "2. 18-30岁，形象气质佳，普通话标准；",
        "3. 有销售经验者优先，无经验可培训；",
        "4. 抗压能力强，能接受业绩考核。",
    ])
    t.cell(4, 0).text = "薪酬"
    m = t.cell(4, 1).merge(t.cell(4, 3))
    m.text = "底薪3000元/月+会籍提成（按月度业绩阶梯计提，详见《会籍顾问提成表》）"
    t.cell(5, 0).text = "工作时间"
    m = t.cell(5, 1).merge(t.cell(5, 3))
    m.text = "做六休一，早晚班轮换"

    d.add_paragraph("")
    d.add_heading("三、前台接待", level=1)
    d.add_paragraph("【岗位名称】前台接待    【直接上级】店长    【所属部门】门店")
    d.add_paragraph("【工作内容】")
    for s in [
        "1. 负责会员入场刷卡、手环发放与回收；",
        "2. 接听咨询电话，登记来访客户信息并转交会籍顾问；",
        "3. 办理会员请假、停卡、转卡等手续的资料收集；",
        "4. 管理前台物品寄存及失物招领；",
        "5. 每日营业结束后核对前台收款，交店长签字确认。",
    ]:
        d.add_paragraph(s)
    d.add_paragraph("【任职要求】")
    for s in [
        "1. 中专及以上学历；",
        "2. 熟练使用电脑及收银系统；",
        "3. 性格开朗，有服务意识；",
        "4. 能适应早班（6:30-15:00）和晚班（14:00-22:30）轮换。",
    ]:
        d.add_paragraph(s)

    d.add_paragraph("")
    d.add_heading("四、保洁员", level=1)
    d.add_paragraph("【直接上级】店长")
    d.add_paragraph("岗位职责见附件《门店保洁作业标准》。")
    d.save(OUT / "fx01_门店岗位说明书汇编2024.docx")


# ---------------------------------------------------------------- fx02 docx
TEXTBOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
    '<v:shape id="tb1" type="#_x0000_t202" style="width:180pt;height:40pt">'
    '<v:textbox><w:txbxContent>'
    '<w:p><w:r><w:t>文件编号：RL-HR-JD-005</w:t></w:r></w:p>'
    '<w:p><w:r><w:t>版本：V2.1  受控文件</w:t></w:r></w:p>'
    '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
)


def fx02():
    d = docx.Document()
    _fixed_core(d, "私人教练岗位说明书")
    p = d.add_paragraph()
    p._p.append(parse_xml(TEXTBOX))
    d.add_heading("私人教练（PT）岗位说明书", level=0)
    d.add_heading("一、岗位基本信息", level=1)
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([
        ("岗位名称", "私人教练", "英文名称", "Personal Trainer（PT）"),
        ("所属部门", "门店教练部", "直接上级", "教练主管"),
        ("职级", "P1-P3（对应初级/中级/高级教练）", "工作地点", "各门店"),
    ]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_heading("二、岗位职责", level=1)
    for s in [
        "为新会员进行体测评估（体成分、体态、心肺功能），出具体测报告；",
        "根据会员目标制定个性化训练计划和饮食建议；",
        "按预约完成私教课授课，每节课60分钟，课前10分钟到场准备；",
        "完成每月私教课销售指标，跟进会员续课；",
        "在器械区进行巡场服务，纠正会员错误动作，保障训练安全；",
        "记录会员训练日志，并在会员APP中反馈训练情况；",
        "参加公司组织的内部培训和职级考核。",
    ]:
        d.add_paragraph(s, style="List Number")
    d.add_heading("三、任职资格", level=1)
    for s in [
        "持有国家职业资格证书（健身教练）或ACE、NSCA、NASM等国际认证之一；",
        "持有有效的急救证书（如红十字会救护员证、AHA心肺复苏证书）；",
        "大专及以上学历，体育教育、运动康复等相关专业优先；",
        "体态良好，有1年以上私教带课经验，优秀应届生可放宽。",
    ]:
        d.add_paragraph(s, style="List Number")
    d.add_heading("四、工作时间", level=1)
    d.add_paragraph("弹性排班，每周工作5.5天，每月休息6天；会员课程预约以会员管理系统为准。")
    d.add_paragraph("注：私教课时费、提成标准见《门店业绩提成与KPI》；职级晋升见《教练考核与晋升制度》。")
    d.save(OUT / "fx02_私人教练岗位说明书.docx")


# ---------------------------------------------------------------- fx03 xlsx
def fx03():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "会籍顾问提成表"
    ws["A1"] = "会籍顾问月度提成阶梯（2024年1月起执行）"
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["档位", "月度个人业绩（元）", "提成比例", "备注"])
    ws.append(["第一档", "0-30000", "4%", "未完成3万元保底任务的，当月无绩效奖金"])
    ws.append(["第二档", "30001-60000", "6%", "按全额业绩计提"])
    ws.append(["第三档", "60001-100000", "8%", None])
    ws.append(["第四档", "100000以上", "10%", "全店月度业绩第一名另奖励销冠奖1000元"])
    ws.append([])
    ws.append(["说明：提成以实际到账金额计算，会员退卡的业绩从当月业绩中扣除。"])
    ws.merge_cells("A8:D8")

    ws = wb.create_sheet("私教课时费")
    ws["A1"] = "私人教练课时费及销售提成标准"
    ws.merge_cells("A1:E1")
    ws.append(["教练级别", "课时费（元/节）", "私教课销售提成", "月度最低课时", "适用门店"])
    ws.append(["初级教练", 60, "8%", "80节", "全部门店"])
    ws.append(["中级教练", 80, "10%", "100节", "全部门店"])
    ws.append(["高级教练", 100, "12%", "120节", "全部门店"])
    ws.append(["旗舰店高端私教", 150, "15%", "100节", "仅滨江旗舰店"])
    ws.append(["注：课时费按当月实际消课节数计算，会员未签到的课时不计。"])
    ws.merge_cells("A7:E7")

    ws = wb.create_sheet("门店岗位KPI")
    ws.append(["岗位", "考核维度", "指标名称", "权重", "计算方式", "数据来源"])
    data = [
        ("店长", "财务", "门店营业额完成率", "30%", "实际营业额÷月度目标营业额×100%", "财务部"),
        (None, "财务", "费用预算控制率", "10%", "实际费用÷预算费用×100%，超出预算不得分", "财务部"),
        (None, "客户", "会员续卡率", "20%", "当月续卡会员数÷当月到期会员数×100%", "会员管理系统"),
        (None, "客户", "投诉处理及时率", "10%", "24小时内处理完毕的投诉数÷投诉总数", "客服记录"),
        (None, "内部运营", "安全事故次数", "10%", "发生1起一般安全事故扣10分，重大事故本项0分", "区域巡检"),
        (None, "学习与成长", "门店员工流失率", "20%", "当月离职人数÷月初在岗人数，低于8%得满分", "人力资源部"),
        ("会籍顾问", "财务", "个人业绩完成率", "50%", "实际到账业绩÷个人月度指标×100%", "会员管理系统"),
        (None, "客户", "有效邀约量", "15%", "每日不少于15个有效邀约，按月累计", "邀约登记表"),
        (None, "客户", "新客到店成交率", "15%", "成交人数÷到店体验人数×100%", "前台登记"),
        (None, "客户", "老会员续卡率", "10%", "名下会员续卡数÷名下到期会员数", "会员管理系统"),
        (None, "内部运营", "客户资料录入完整率", "10%", "抽查系统资料完整条数÷抽查条数", "店长抽查"),
        ("私人教练", "财务", "私教课销售额", "30%", "当月私教课实际到账金额", "财务部"),
        (None, "内部运营", "月度消课量", "40%", "当月会员签到确认的私教课节数", "会员管理系统"),
        (None, "客户", "会员续课率", "15%", "续课会员数÷课程到期会员数×100%", "会员管理系统"),
        (None, "客户", "会员满意度", "10%", "课后评价平均分，满分5分", "会员APP"),
        (None, "学习与成长", "培训考核成绩", "5%", "季度理论及实操考核得分", "培训中心"),
    ]
    for row in data:
        ws.append(list(row))
    ws.merge_cells("A2:A7")
    ws.merge_cells("A8:A12")
    ws.merge_cells("A13:A17")
    for c in ("A2", "A8", "A13"):
        ws[c].alignment = Alignment(vertical="center")
    wb.save(OUT / "fx03_门店业绩提成与KPI.xlsx")


# ---------------------------------------------------------------- fx04 xlsx
def fx04():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "总部岗位"
    ws["A1"] = f"{CO}总部岗位一览表（2024年5月更新）"
    ws.merge_cells("A1:I1")
    hdr = ["序号", "岗位名称", "所属部门", "直接上级", "学历要求", "经验要求", "主要职责", "工作地点", "薪资范围"]
    ws.append(hdr)
    rows = [
        (1, "市场专员", "市场部", "市场经理", "本科及以上", "1年以上市场推广经验",
         "1.负责新店开业预售及节日营销活动的策划执行；\n2.对接商场、写字楼等异业合作商户；\n3.统计活动获客数据并出具复盘报告",
         "杭州总部", "6000-8000元/月"),
        (2, "新媒体运营", "品牌部", "品牌经理", "大专及以上", "1年以上抖音或小红书账号运营经验",
         "1.负责公司抖音、小红书、视频号的内容策划与发布；\n2.策划并执行直播卖卡活动；\n3.跟踪粉丝增长及线索转化数据，按周汇报",
         "杭州总部", "7000-10000元/月+直播提成"),
        (3, "培训师", "培训中心", "培训中心主任", "大专及以上", "3年以上健身教练经验，有授课经验",
         "1.负责新入职教练及会籍顾问的岗前培训；\n2.组织教练季度技能考核；\n3.开发销售话术与服务标准课程",
         "杭州总部（需经常到各门店出差）", "9000-13000元/月"),
        (4, "课程研发专员", "培训中心", "培训中心主任", "本科及以上", "2年以上团课编排经验",
         "岗位职责见附件", "杭州总部", "面议"),
        (5, "人事专员", "人力资源部", "人力资源经理", "本科及以上", "1年以上连锁门店招聘经验",
         "1.负责门店一线岗位的招聘及入离职手续办理；\n2.维护员工花名册和劳动合同台账；\n3.协助核算门店员工考勤与提成数据",
         "杭州总部", "5500-7000元/月"),
        (6, "财务会计", "财务部", "财务经理", "本科及以上，会计相关专业", "2年以上会计工作经验，持初级会计职称",
         "1.负责各门店营业收入日报的核对；\n2.审核门店费用报销单据；\n3.按月计算并复核会籍、私教提成；\n4.编制月度财务报表",
         "杭州总部", "7000-9000元/月"),
    ]
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=3):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")

    ws = wb.create_sheet("区域岗位")
    ws.append(hdr)
    for r in [
        (1, "区域运营经理", "运营中心", "运营总监", "本科及以上", "5年以上健身行业经验，3年以上多店管理经验",
         "1.负责所辖区域3-5家门店的业绩目标分解与达成；\n2.定期巡店，检查服务标准执行情况；\n3.参与新店选址评估与开业筹备；\n4.负责店长的选拔、培养与考核",
         "杭州市内各区域", "15000-20000元/月+年终奖"),
        (2, "教练经理", "运营中心", "区域运营经理", "大专及以上", "5年以上私教经验，持国际认证",
         "1.负责区域内各门店私教团队的业绩管理；\n2.主持教练招聘面试与职级晋升评审；\n3.抽查私教课程质量及会员训练日志",
         "杭州市内各区域", "12000-16000元/月"),
    ]:
        ws.append(list(r))

    stores = {
        "滨江旗舰店": [("店长", 1, 1, None), ("副店长", 1, 1, "旗舰店专设"), ("会籍顾问", 8, 7, None),
                   ("私人教练", 15, 13, "含高端私教5人"), ("团课教练", 4, 4, "其中兼职2人"),
                   ("前台接待", 4, 4, None), ("保洁员", 4, 3, None), ("水吧服务员", 2, 2, None),
                   ("游泳教练", 3, 0, "泳池2024年底开放，岗位筹建中")],
        "西溪店": [("店长", 1, 1, None), ("会籍顾问", 5, 5, None), ("私人教练", 8, 6, None),
                 ("团课教练", 2, 1, None), ("前台接待", 2, 2, None), ("保洁员", 2, 2, None)],
        "城东店": [("店长", 1, 0, "由西溪店店长暂代"), ("会籍顾问", 4, 3, None), ("私人教练", 6, 6, None),
                 ("前台接待", 2, 2, None), ("保洁员", 2, 2, None)],
    }
    for name, lst in stores.items():
        ws = wb.create_sheet(f"{name}编制")
        ws.append(["岗位", "编制人数", "在岗人数", "备注"])
        for r in lst:
            ws.append(list(r))
    wb.save(OUT / "fx04_总部及区域岗位一览.xlsx")


# ---------------------------------------------------------------- fx05 csv
def fx05():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["职位ID", "职位名称", "招聘门店", "用工类型", "招聘人数", "薪资", "学历", "经验", "职位描述", "发布日期"])
    w.writerow(["JOB2024051", "团课教练", "西溪店", "全职", "1", "6000-9000元/月", "不限", "1年以上",
                "岗位职责：\n1. 按课表带领操课、动感单车、瑜伽等团体课程，每周不少于12节；\n"
                "2. 课前调试音响和灯光，课后整理器材；\n3. 关注学员动作安全，课后收集学员反馈；\n"
                "4. 参与门店团课主题活动策划。\n"
                "任职要求：持有莱美（Les Mills）、尊巴（Zumba）或瑜伽联盟等任一团课认证；有良好的舞台表现力。",
                "2024-05-08"])
    w.writerow(["JOB2024052", "团课教练", "滨江旗舰店", "兼职", "2", "按节计薪，150-250元/节", "不限", "不限",
                "需能承担动感单车或普拉提课程，每周至少排课4节。", "2024-05-08"])
    w.writerow(["JOB2024055", "水吧服务员", "滨江旗舰店", "全职", "1", "4500-5500元/月", "高中及以上", "不限",
                "岗位职责：\n1. 制作蛋白粉奶昔、咖啡等饮品；\n2. 负责水吧商品销售及库存盘点；\n"
                "3. 保持吧台卫生，做好食品留样登记。\n任职要求：持有健康证；有奶茶店或咖啡店工作经验者优先。",
                "2024-05-12"])
    w.writerow(["JOB2024057", "销售顾问", "滨江旗舰店", "全职", "3", "底薪4000元+提成", "大专及以上", "1年以上销售经验",
                "旗舰店销售顾问（即会籍顾问）除常规会籍销售外，还需负责企业团购客户开发，每月至少拜访5家周边企业，"
                "并维护旗舰店VIP会员。", "2024-05-15"])
    w.writerow(["JOB2024060", "前台接待", "城东店", "全职", "1", "4000-4800元/月", "中专及以上", "不限",
                "会员入场接待、电话咨询，需能上早班。", "2024-05-18"])
    w.writerow(["JOB2024061", "工程维修员", "总部工程维修部", "全职", "1", "6500-8000元/月", "中专及以上", "2年以上",
                "负责城东片区门店设备维修，需持低压电工证。", "2024-05-20"])
    (OUT / "fx05_招聘系统导出_20240520.csv").write_text(buf.getvalue(), encoding="utf-8-sig")


# ---------------------------------------------------------------- fx06 html
HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入燃力 - 燃力健身招聘</title>
</head>
<body>
<nav class="top"><a href="/">首页</a> | <a href="/clubs">门店</a> | <a href="/jobs">加入我们</a> | <a href="/app">下载APP</a></nav>
<header><h1>加入燃力，一起燃烧</h1><p>燃力健身目前在杭州运营滨江旗舰店、西溪店、城东店三家门店。</p></header>
<div class="tabs">
<button class="tab active" data-tab="store">门店岗位</button>
<button class="tab" data-tab="hq">总部岗位</button>
</div>
<div class="tab-panel" id="store">
<div class="job-card">
<h3>私人教练（滨江旗舰店）</h3>
<ul class="meta"><li>滨江旗舰店</li><li>15000-30000元/月</li><li>全职</li></ul>
<h4>岗位职责</h4>
<ul>
<li>主要服务旗舰店VIP会员，提供一对一高端私教课程；</li>
<li>为术后及产后会员提供运动康复训练方案；</li>
<li>协助教练经理带教初级教练。</li>
</ul>
<h4>任职要求</h4>
<ul>
<li>持有NSCA-CSCS或同等级别国际认证；</li>
<li>3年以上私教经验，具备运动康复或产后修复专项能力；</li>
<li>本科及以上学历优先。</li>
</ul>
</div>
<div class="job-card">
<h3>私人教练（西溪店/城东店）</h3>
<ul class="meta"><li>西溪店、城东店</li><li>6000-15000元/月</li><li>全职</li></ul>
<h4>岗位职责</h4>
<ul>
<li>为会员提供体测评估和私教课程；</li>
<li>完成门店下达的私教课销售任务。</li>
</ul>
<h4>任职要求</h4>
<ul>
<li>持有健身教练相关资格证书；</li>
<li>无经验者可参加公司教练培训营，考核通过后上岗。</li>
</ul>
</div>
<div class="job-card">
<h3>储备店长</h3>
<ul class="meta"><li>各门店轮岗</li><li>8000-10000元/月</li><li>全职</li></ul>
<h4>岗位职责</h4>
<ul>
<li>在会籍、私教、前台岗位轮岗学习6个月；</li>
<li>协助店长完成门店日常运营管理；</li>
<li>轮岗期满通过考核后可竞聘店长。</li>
</ul>
<h4>任职要求</h4>
<ul>
<li>本科及以上学历，2年以上服务行业经验；</li>
<li>认同燃力企业文化，愿意从基层做起。</li>
</ul>
</div>
</div>
<div class="tab-panel" id="hq" hidden>
<div class="job-card">
<h3>新媒体运营</h3>
<ul class="meta"><li>杭州总部</li><li>7000-10000元/月+直播提成</li><li>全职</li></ul>
<h4>岗位职责</h4>
<ul>
<li>负责抖音、小红书账号日常内容发布；</li>
<li>拍摄剪辑教练课程短视频，每周不少于5条。</li>
</ul>
<h4>任职要求</h4>
<ul>
<li>熟练使用剪映、PR等剪辑软件；</li>
<li>热爱健身，有个人运动账号者优先。</li>
</ul>
</div>
</div>
<footer><p>简历投递：hr@ranli-fitness.example.com</p><p>© 2024 燃力健身管理有限公司 版权所有</p></footer>
</body>
</html>
"""


def fx06():
    (OUT / "fx06_加入燃力_招聘页.html").write_text(HTML, encoding="utf-8")


# ---------------------------------------------------------------- fx07 pdf
def pdf_bytes(pages):
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    fd = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
             b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    cid = add(("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
               f"/FontDescriptor {fd} 0 R /DW 1000 >>").encode())
    font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
               f"/DescendantFonts [{cid} 0 R] >>".encode())
    pages_no = add(b"")
    kids = []
    for lines in pages:
        ops = ["BT"]
        y = 800
        for size, text in lines:
            hexs = text.encode("utf-16-be").hex().upper()
            x = 50
            if size == 9:
                x, y = 260, 40
            elif size >= 16:
                x = 297 - len(text) * size // 2
            ops.append(f"/F1 {size} Tf 1 0 0 1 {x} {y} Tm <{hexs}> Tj")
            y -= size + 11
        ops.append("ET")
        stream = zlib.compress("\n".join(ops).encode("ascii"))
        content = add(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 595 842] "
                        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode()))
    objs[pages_no - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>").encode()
    info = add(b"<< /Producer (gen.py) >>")
    cat = add(f"<< /Type /Catalog /Pages {pages_no} 0 R >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


PDF_PAGES = [
    [
        (16, "燃力健身教练考核与晋升制度"),
        (10, "文件编号：RL-HR-ZD-012    发布部门：人力资源部、培训中心"),
        (12, "第一章 总则"),
        (11, "第一条 为规范私人教练（以下简称“教练”）职级管理，"),
        (11, "激励教练提升专业能力，特制定本制度。"),
        (11, "第二条 教练职级分为初级教练、中级教练、高级教练三级，"),
        (11, "高级教练可竞聘教练主管。"),
        (12, "第二章 晋升条件"),
        (11, "第三条 初级晋升中级：在职满6个月，连续3个月月均消课"),
        (11, "不少于100节，会员续课率不低于40%，并通过中级理论与实操考核。"),
        (11, "第四条 中级晋升高级：任中级教练满12个月，连续6个月月均"),
        (11, "消课不少于130节，持有ACE、NSCA或NASM任一国际认证，"),
        (11, "且考核期内无有效投诉。"),
        (11, "第五条 高级教练竞聘教练主管：须带教过至少3名初级教练，"),
        (11, "并通过区域述职答辩。"),
        (12, "第三章 月度考核"),
        (11, "第六条 教练月度考核指标包括：消课量、私教课销售额、续课率、"),
        (11, "会员满意度及课程规范（体测报告与训练日志完成率）。"),
        (11, "第七条 月度考核由教练主管初评，教练经理复核，"),
        (11, "结果报人力资源部备案。"),
        (9, "第 1 页"),
    ],
    [
        (12, "第四章 降级与退出"),
        (11, "第八条 连续3个月消课量低于本级月度最低课时的，降一级；"),
        (11, "初级教练连续3个月未达标的，转为见习教练或解除劳动合同。"),
        (11, "第九条 发生严重安全事故造成会员受伤的，直接降为初级教练，"),
        (11, "情节严重的解除劳动合同。"),
        (12, "第五章 结果应用"),
        (11, "第十条 考核结果每季度公布一次，晋升自次季度首月1日起执行，"),
        (11, "课时费按新职级标准计算。"),
        (11, "第十一条 职级评审每季度末组织一次，由教练经理主持。"),
        (11, "第十二条 本制度由人力资源部负责解释，自2024年4月1日起施行。"),
        (9, "第 2 页"),
    ],
]


def fx07():
    (OUT / "fx07_教练考核与晋升制度.pdf").write_bytes(pdf_bytes(PDF_PAGES))


# ---------------------------------------------------------------- fx08 md
MD = """# 燃力健身新员工入职指南

> 适用对象：门店及总部全体新员工 | 更新日期：2024-04-10

## 一、入职第一周安排

| 时间 | 内容 | 负责人 |
|---|---|---|
| 第1天 | 报到、签订劳动合同、领取工服和工牌 | 人事专员 |
| 第2-3天 | 企业文化、服务标准、安全培训 | 培训师 |
| 第4-5天 | 岗位带教、熟悉会员管理系统 | 店长或直接上级 |

## 二、公司组织架构

```
总经理
├── 运营中心（运营总监）
│   ├── 区域运营经理
│   │   ├── 各门店店长
│   │   │   ├── 会籍主管 ── 会籍顾问
│   │   │   ├── 教练主管 ── 私人教练、团课教练
│   │   │   ├── 前台主管 ── 前台接待、水吧服务员
│   │   │   └── 保洁员
│   │   └── 教练经理
├── 品牌部 / 市场部
├── 培训中心
├── 人力资源部
├── 财务部
└── 行政部 ── 工程维修部
```

## 三、教练主管

- 所属部门：门店教练部
- 直接上级：店长（专业上接受教练经理指导）
- 下属：私人教练、团课教练

**主要职责：**

1. 负责本店教练团队的排课和课时统计；
2. 带教初级教练，组织每周教练技能分享；
3. 对教练月度考核进行初评；
4. 处理会员对教练服务的投诉。

**任职要求：**

1. 高级教练职级或3年以上私教经验；
2. 具备团队管理能力，业绩突出者优先。

## 四、入职须知

1. 上班时间须穿着公司工服、佩戴工牌，教练须穿运动鞋；
2. 员工手机不得带入训练区使用；
3. 有任何问题可咨询所在门店店长或总部人事专员（电话：0571-8888 6602）。
"""


def fx08():
    (OUT / "fx08_新员工入职指南.md").write_text(MD, encoding="utf-8")


# ---------------------------------------------------------------- fx09 docx handbook
HANDBOOK = [
    ("第一章 总则", [
        "第1条 本手册适用于燃力健身管理有限公司全体员工，包括门店及总部员工。",
        "第2条 兼职教练的排班及课酬按各自协议执行，不适用本手册第三、四章。",
    ]),
    ("第二章 试用期", [
        "第3条 新员工试用期为3个月，表现优秀者经店长推荐可提前转正，但试用期最短不少于1个月。",
        "第4条 试用期工资为转正工资的80%，提成按正式员工标准计发。",
        "第5条 试用期满须通过岗位考核方可转正，考核不合格的可延长试用期一次或不予录用。",
    ]),
    ("第三章 排班与考勤", [
        "第6条 门店实行早晚班轮换，早班6:30-15:00，晚班14:00-22:30，每周轮换一次。",
        "第7条 次月排班表由店长于每月25日前在钉钉公布。",
        "第8条 员工调班须提前24小时在钉钉提交调班申请，并找好替班同事，经店长批准后生效。",
        "第9条 迟到30分钟以内的，每次扣款20元；迟到超过30分钟按旷工半天处理。",
        "第10条 法定节假日门店正常营业，节假日当班的按国家规定支付加班工资或安排调休。",
    ]),
    ("第四章 请假", [
        "第11条 事假须提前3天在钉钉申请；3天以内由店长审批，超过3天报区域运营经理审批。",
        "第12条 病假须提供二级及以上医院出具的病假证明，当天因急病请假的可先电话告知店长，返岗后补办手续。",
        "第13条 员工入职满1年享受5天带薪年假，满10年享受10天；年假须在当年使用，不跨年累计。",
        "第14条 每年1月、春节前后两周及暑期7月为门店销售旺季，原则上不批准年假。",
    ]),
    ("第五章 提成发放", [
        "第15条 会籍提成及私教提成按月结算，于次月15日随工资一并发放。",
        "第16条 会员退卡或退课的，已发放的对应提成从次月工资中扣回。",
        "第17条 员工离职的，已确认但未发放的提成在办结离职交接后随最后一次工资发放；未办理交接的暂缓发放。",
        "第18条 提成数据由财务部核算，员工对提成有异议的，应在发放后5个工作日内向店长提出复核。",
    ]),
    ("第六章 员工健身权益", [
        "第19条 转正员工可免费使用公司任意门店的健身设施，但每日18:00-21:00高峰时段除外。",
        "第20条 员工可免费参加团课，但不得占用会员的预约名额。",
        "第21条 员工直系亲属办理会籍卡享受5折优惠，每名员工限2人。",
        "第22条 员工每年可领取12节内部私教课，由教练主管统一安排。",
    ]),
    ("第七章 离职", [
        "第23条 试用期员工离职须提前3天、转正员工须提前30天提交书面离职申请。",
        "第24条 离职交接包括工服、工牌、储物柜钥匙及经手的会员资料。",
        "第25条 私人教练离职前须将名下未完成的会员课程转交给店长指定的教练，并与会员当面确认。",
        "第26条 未按规定办理交接即离岗的，公司保留追究相应责任的权利。",
    ]),
]


def fx09():
    d = docx.Document()
    _fixed_core(d, "员工手册")
    d.add_heading(f"{CO}员工手册（2024年修订）", level=0)
    d.add_paragraph("本手册经2024年2月员工代表大会讨论通过。")
    for head, items in HANDBOOK:
        d.add_heading(head, level=1)
        for s in items:
            d.add_paragraph(s)
    d.save(OUT / "fx09_员工手册2024修订.docx")


# ---------------------------------------------------------------- fx10 txt GBK
TXT = """燃力健身管理有限公司
工程维修部岗位职责
（行政部 2023年12月）

==== 职位一：工程维修主管 ====
直接上级：行政经理
下属：工程维修员
工作职责：
①制定各门店设备年度保养计划并组织实施；②审核维修配件采购申请；③对接器械供应商的保修及大修事宜；④新店开业前的水电、器械验收。
任职要求：
大专及以上学历，机电相关专业；5年以上商业场所设备维护经验，其中2年以上管理经验；持有低压电工证。

==== 职位二：工程维修员 ====
直接上级：工程维修主管
工作内容：
1、每日巡检所负责门店的跑步机、椭圆机、力量器械，填写《器械巡检表》；
2、接到门店报修后2小时内响应，24小时内修复或给出处理方案；
3、负责门店水电、空调、淋浴热水系统的日常维护；
4、做好维修配件领用登记，旧件交回仓库。
任职要求：
中专及以上学历；持有低压电工证（特种作业操作证）；2年以上设备维修经验；能接受跨门店流动作业及夜间维修。
"""


def fx10():
    (OUT / "fx10_工程维修部岗位职责.txt").write_bytes(TXT.replace("\n", "\r\n").encode("gbk"))


if __name__ == "__main__":
    for fn in (fx01, fx02, fx03, fx04, fx05, fx06, fx07, fx08, fx09, fx10):
        fn()
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:>8}  {p.name}")
