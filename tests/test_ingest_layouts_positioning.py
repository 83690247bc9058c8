"""Layouts met on a blind trial (round 14, an elderly-care group), written here from scratch for a
kindergarten group: a post whose heading is followed by a one-line positioning statement and
whose reporting line is numbered like its list headings, careers cards whose summary holds the
city beside the post, a requirements grid headed by field labels, a KPI sheet naming its post in
a row of labelled cells above the header, and one titled as a post's target-responsibility letter."""

from __future__ import annotations

from pathlib import Path

from assistant.config import Settings
from assistant.ingest.pipeline import process_file
from assistant.models import SectionKind


def _process(path: Path):
    return process_file(path, path.parent, Settings(home=path.parent / "home"))


def test_a_positioning_line_under_the_post_and_a_numbered_reporting_line(tmp_path: Path) -> None:
    path = tmp_path / "保教岗位职责汇编.md"
    path.write_text(
        "# 保教岗位职责汇编\n\n"
        "## 一、配班老师\n\n岗位定位：协助主班老师完成一个班级的保教工作。\n\n"
        "### （一）岗位职责\n\n- 协助主班老师组织晨检和户外活动；\n- 负责班级环境创设和区角材料更新。\n\n"
        "### （二）任职要求\n\n- 学前教育专业大专及以上学历；\n- 持幼儿园教师资格证。\n"
        "（三）汇报关系：直接上级为主班老师。\n\n"
        "## 二、保育员\n\n岗位定位：负责一个班级幼儿的生活照料和卫生消毒。\n\n"
        "### （一）岗位职责\n\n- 每日按规定消毒玩具和餐具；\n- 照料幼儿午睡和如厕。\n",
        encoding="utf-8",
    )
    rec = _process(path)
    profiles = {p.title: p for p in rec.profiles}
    assert set(profiles) == {"配班老师", "保育员"}, set(profiles)
    teacher = profiles["配班老师"]
    assert [i.text for i in teacher.purpose] and "协助主班老师" in teacher.purpose[0].text
    assert not any("汇报关系" in i.text for i in teacher.qualifications)  # its own part, not a requirement
    kinds = {s.kind for a in rec.articles for s in a.sections if s.role == "配班老师"}
    assert SectionKind.relations in kinds


def test_a_careers_card_whose_summary_names_the_city_beside_the_post(tmp_path: Path) -> None:
    path = tmp_path / "join.html"
    path.write_text(
        "<html><body><h1>加入我们</h1><h2>热招岗位</h2><p>点击查看详情</p>"
        "<details><summary><span>保健医生</span><span>保健室</span><span>杭州·西湖区</span><span>8000-10000元/月</span></summary>"
        "<dl><dt>岗位职责</dt><dd><ol><li>负责晨午检和传染病防控；</li><li>管理幼儿健康档案。</li></ol></dd>"
        "<dt>任职要求</dt><dd><ul><li>临床医学专业大专及以上；</li><li>持执业医师证。</li></ul></dd></dl></details>"
        "</body></html>",
        encoding="utf-8",
    )
    profiles = {p.title: p for p in _process(path).profiles}
    assert "保健医生" in profiles and "杭州·西湖区" not in profiles, set(profiles)
    assert profiles["保健医生"].location == "杭州·西湖区"


def test_a_requirements_grid_headed_by_field_labels(tmp_path: Path) -> None:
    path = tmp_path / "园长任职资格.csv"
    path.write_text(
        "星星幼教集团管理岗位任职资格标准（2025版）,,,,,\n,,,,,\n"
        "岗位,直接上级,学历,专业,工作年限,必备证书\n"
        "园长,区域总监,本科及以上,学前教育,8年以上幼教工作经验,园长任职资格培训合格证\n"
        "保教主任,园长,大专及以上,学前教育,5年以上教学经验,幼儿园教师资格证\n",
        encoding="utf-8",
    )
    profiles = {p.title: p for p in _process(path).profiles}
    assert set(profiles) == {"园长", "保教主任"}, set(profiles)
    assert profiles["园长"].reports_to == "区域总监"
    assert any("园长任职资格培训合格证" in i.text for i in profiles["园长"].qualifications)


def test_kpi_sheets_naming_their_post_above_the_header_or_in_a_responsibility_letter(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "招生部"
    ws.append(["部门：招生部", None, "岗位：招生顾问", None, "考核周期：月度"])
    ws.append(["维度", "指标名称", "权重", "评分标准", "目标值"])
    ws.append(["业绩", "月度新生报名人数", "50%", "每少1人扣5分", "每月10人"])
    ws.append(["服务", "家长咨询回复及时率", "50%", "30分钟内回复的比例", "≥95%"])
    letter = wb.create_sheet("园长责任书")
    letter.append(["幼儿园园长年度目标责任书考核指标"])
    letter.append(["指标", "权重", "考核标准"])
    letter.append(["在园幼儿满园率", "60%", "年平均在园人数÷核定学位数"])
    letter.append(["重大安全事故", "40%", "发生1起本项0分"])
    path = tmp_path / "绩效考核指标库.xlsx"
    wb.save(path)
    owners = {k.name: k.roles for k in _process(path).kpis}
    assert owners["月度新生报名人数"] == ["招生顾问"], owners
    assert owners["在园幼儿满园率"] and owners["在园幼儿满园率"][0].endswith("园长"), owners
