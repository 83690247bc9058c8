"""Round 75 (b), written here from scratch in the layouts of a shopping-mall operator's files: a PDF page whose
fact box stands beside the duties with its values wrapped onto lines of their own, "1．24小时…" duties, a title
"X岗位安全责任"; an e-mail newsletter of nested layout tables whose title cell holds "<font><b>X</b></font>" and the
unlabelled "place | unit | N人" beside it; "能力要求｜…" requirement lines and a "略（…另行补充）" part followed by
the document's closing paragraph."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records
from _pdf_support import write_pdf


def _profile(records, title: str):  # type: ignore[no-untyped-def]
    return next(p for p in records.profiles if p.title == title)


def test_a_fact_box_beside_the_duties_keeps_each_fact_whole(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assistant.config import Settings
    from assistant.ingest.loaders.pdf import load_pdf

    body = [(40, 740, 16, "Night Porter duties"), (40, 700, 11, "1. Check the doors of every floor after closing"),
            (40, 684, 11, "2. Record the alarms of the night in the log"), (40, 668, 11, "3. Hand the keys to the day shift"),
            (40, 652, 11, "4. Report damage to the engineering desk"), (40, 636, 11, "5. Walk the car park twice a night")]
    box = [(410, 706, 9, "Post facts"), (410, 690, 9, "Unit: Security"), (410, 674, 9, "Boss: Night Lead"),
           (410, 658, 9, "Licence:"), (410, 642, 9, "Holds a guard licence of level"), (410, 626, 9, "two issued by police")]
    path = tmp_path / "porter.pdf"
    write_pdf(path, [body + box], overlay="0.9 g 400 610 170 110 re f 0 g")
    lines = load_pdf(path, "porter.pdf", "d", Settings(home=tmp_path / "home")).doc.lines
    assert "Licence: Holds a guard licence of level two issued by police" in lines
    assert "Unit: Security" in lines and "1. Check the doors of every floor after closing" in lines


_SAFETY = """星澜商业安保部岗位安全责任制
夜班巡逻员岗位安全责任
岗位信息
部门：安保部
上级：夜班领班
地点：东湖广场
证书：持有保安员证
一、安全职责
1．24小时轮值巡查停车库各出入口，登记外来车辆
2．发现可疑人员立即上报夜班领班
3．每班检查消防栓和灭火器
二、任职条件
学历：高中及以上学历
经验：1年以上安保经验

访客接待员岗位安全责任
岗位信息
部门：客服部
上级：客服主管
一、安全职责
1．核对访客证件并登记
2．引导访客按指定路线进出
"""


def test_a_posts_safety_responsibility_title_and_numbered_hours(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "safety.txt").write_text(_SAFETY, encoding="utf-8")
    records = file_records(tmp_path / "c", "safety.txt")
    titles = [p.title for p in records.profiles]
    assert "夜班巡逻员" in titles and "访客接待员" in titles, titles
    patrol = _profile(records, "夜班巡逻员")
    assert patrol.reports_to == "夜班领班" and len(patrol.duties) == 3
    assert patrol.duties[0].text.lstrip("1. ").startswith("24小时轮值巡查")


_NEWSLETTER = """<html><head><meta charset="utf-8"><title>内部招聘周报</title></head><body>
<table width="600"><tr><td><font size="5"><b>湖畔集团内部招聘周报</b></font></td></tr></table>
<table width="600" cellpadding="0" border="0">
<tr><td bgcolor="#333333"><font color="#ffffff" size="4"><b>水处理技工</b></font>&nbsp;&nbsp;<font size="2">西岸奥特莱斯&nbsp;|&nbsp;设备部&nbsp;|&nbsp;3人</font></td></tr>
<tr><td><table width="100%">
<tr><td><font color="#888888">薪资待遇</font></td><td>5000-6000元/月</td></tr>
<tr><td><font color="#888888">汇报对象</font></td><td>设备主管</td></tr>
<tr><td><font color="#888888">工作内容</font></td><td>1. 巡查水泵房并记录水压<br>2. 清洗水箱并送检水样</td></tr>
<tr><td><font color="#888888">我们希望你</font></td><td>中专及以上学历<br>1年以上水处理经验</td></tr>
</table></td></tr></table>
<table width="600" cellpadding="0" border="0">
<tr><td bgcolor="#333333"><font color="#ffffff" size="4"><b>会籍顾问</b></font>&nbsp;&nbsp;<font size="2">东岸购物中心&nbsp;|&nbsp;市场部（会员组）&nbsp;|&nbsp;2人</font></td></tr>
<tr><td><table width="100%">
<tr><td><font color="#888888">汇报对象</font></td><td>市场经理</td></tr>
<tr><td><font color="#888888">工作内容</font></td><td>1. 发展新会员<br>2. 维护会员积分</td></tr>
</table></td></tr></table>
</body></html>
"""


def test_a_newsletters_postings_and_their_unlabelled_place_unit_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "weekly.html").write_text(_NEWSLETTER, encoding="utf-8")
    records = file_records(tmp_path / "c", "weekly.html")
    tech = _profile(records, "水处理技工")
    assert tech.location == "西岸奥特莱斯" or "西岸奥特莱斯" in (tech.fields.get("location").text if tech.fields.get("location") else "")
    assert tech.department == "设备部" and tech.reports_to == "设备主管" and len(tech.duties) == 2
    member = _profile(records, "会籍顾问")
    assert member.location == "东岸购物中心" and member.department.startswith("市场部")


_HANDBOOK = """湖畔集团岗位说明书汇编
◆ 租赁专员
所属部门：租赁部
岗位职责
▪ 登记意向客户信息；
▪ 编制租赁台账；
任职资格
学历专业｜大专及以上学历，专业不限
工作经验｜2年以上租赁经验
能力要求｜熟练使用办公软件，表达清楚
◆ 活动策划专员
所属部门：市场部
岗位职责
▪ 策划节日活动；
▪ 撰写活动方案；
任职资格
略（待市场经理确认后另行补充）。
以下岗位仅列名称，说明书编制中：财务稽核员、租赁总监。
"""


def test_barred_requirement_lines_and_a_left_out_part(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "handbook.txt").write_text(_HANDBOOK, encoding="utf-8")
    records = file_records(tmp_path / "c", "handbook.txt")
    lease = _profile(records, "租赁专员")
    assert any("熟练使用办公软件" in q.text for q in lease.qualifications), [q.text for q in lease.qualifications]
    events = _profile(records, "活动策划专员")
    assert not any("仅列名称" in q.text for q in events.qualifications), [q.text for q in events.qualifications]
