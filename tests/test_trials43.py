"""Round 43, written here from scratch for a ski school and a museum (the blind testers wrote a pet-hospital chain
and a scenic-area operator): careers postings in a CSS-only accordion (a checkbox's ``<label for>`` titles the
panel it opens, the post's tags in a span beside it); a note above a form's 岗位名称 that mentions struck-out text
("删除线文字已失效") is the document's, not a sign that the first post is void; posts numbered "1．" whose parts
restart at "一、岗位职责", "二、任职资格" under each post."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records


def _profiles(corpus: Path, name: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for p in file_records(corpus, name).profiles:
        out.setdefault(p.title, p)
    return out


_ACCORDION = """<html><head><style>.toggle{display:none}.panel{max-height:0}
.toggle:checked + .item-title + .panel{max-height:900px}</style></head><body>
<h1>加入雪峰滑雪学校</h1><p>点击岗位名称查看详情。</p>
<div class="list">
 <div class="job"><input type="checkbox" id="j1" class="toggle">
  <label for="j1" class="item-title">单板教练<span class="meta">教学部 · 万龙雪场 · 9-14K</span></label>
  <div class="panel"><h4>工作内容</h4><ol><li>按课表带领学员完成单板初级课程</li><li>雪季每日检查学员护具佩戴</li>
  <li>记录学员进度并反馈给前台</li></ol>
  <h4>任职要求</h4><ul><li>持CASI二级及以上证书</li><li>2年以上教学经验</li></ul>
  <p>汇报对象：教学主管</p></div></div>
 <div class="job"><input type="checkbox" id="j2" class="toggle">
  <label for="j2" class="item-title">雪具租赁员<span class="meta">运营部 · 万龙雪场 · 5-6K</span></label>
  <div class="panel"><h4>工作内容</h4><ol><li>为顾客登记并发放雪板、雪鞋</li><li>归还时检查雪具损坏情况</li></ol>
  <h4>任职要求</h4><ul><li>高中及以上学历</li><li>能适应户外低温环境</li></ul></div></div>
</div></body></html>"""


def test_careers_postings_in_a_css_accordion(tmp_path: Path) -> None:
    (tmp_path / "careers.html").write_text(_ACCORDION, encoding="utf-8")
    posts = _profiles(tmp_path, "careers.html")
    assert {"单板教练", "雪具租赁员"} <= set(posts), list(posts)
    coach = posts["单板教练"]
    assert len(coach.duties) == 3 and "CASI" in coach.qualifications[0].text, (coach.duties, coach.qualifications)
    assert coach.department == "教学部" and "万龙雪场" in (coach.location or ""), (coach.department, coach.location)
    assert len(posts["雪具租赁员"].duties) == 2


def _form(doc, name: str, boss: str, duties: list[str], quals: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    table = doc.add_table(rows=0, cols=4)
    for label, value, label2, value2 in (("岗位名称", name, "岗位编码", "BW-0" + str(len(name))), ("所属部门", "展陈部", "直接上级", boss)):
        cells = table.add_row().cells
        for cell, text in zip(cells, (label, value, label2, value2)):
            cell.text = text
    cells = table.add_row().cells
    head = cells[0].merge(cells[3])
    head.text = "一、岗位职责"
    for i, duty in enumerate(duties, 1):
        cells = table.add_row().cells
        cells[0].text = str(i)
        cells[1].merge(cells[3]).text = duty
    cells = table.add_row().cells
    cells[0].merge(cells[3]).text = "二、任职资格"
    for label, value in quals:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].merge(cells[3]).text = value


def test_a_note_above_the_first_form_does_not_void_its_post(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("展陈部岗位说明书（2025版）")
    doc.add_paragraph("说明：带〔修订〕标记的内容为2024年修订，删除线文字已失效。")
    _form(doc, "展品保管员", "展陈部主任", ["负责展品入库登记与定期盘点", "监测库房温湿度并每日记录"], [("学历", "本科及以上"), ("专业", "文物保护相关专业")])
    doc.save(str(tmp_path / "forms.docx"))
    posts = _profiles(tmp_path, "forms.docx")
    assert "展品保管员" in posts, list(posts)
    keeper = posts["展品保管员"]
    assert len(keeper.duties) == 2 and keeper.fields["education"].text.endswith("本科及以上"), (keeper.duties, keeper.fields)


_BOOK = """滑雪学校岗位说明书汇编

1．单板教练（岗位编码 XF-01）
所属部门：教学部
直接上级：教学主管
一、岗位职责
1. 按课表带领学员完成单板课程
2. 每日检查学员护具佩戴
二、任职资格
1. 持CASI二级及以上证书
2. 2年以上教学经验

2．雪具租赁员（岗位编码 XF-02）
所属部门：运营部
直接上级：运营主管
一、岗位职责
1. 为顾客登记并发放雪具
2. 归还时检查雪具损坏情况
3. 每周清点库存
二、任职资格
1. 高中及以上学历
2. 能适应户外低温环境
"""


def test_parts_numbered_again_under_each_post(tmp_path: Path) -> None:
    (tmp_path / "book.txt").write_text(_BOOK, encoding="utf-8")
    posts = _profiles(tmp_path, "book.txt")
    assert {"单板教练", "雪具租赁员"} <= set(posts), list(posts)
    rental = posts["雪具租赁员"]
    assert [d.text.endswith(end) for d, end in zip(rental.duties, ("发放雪具", "损坏情况", "每周清点库存"))] == [True] * 3, rental.duties
    assert len(rental.qualifications) == 2, rental.qualifications
    coach = posts["单板教练"]
    assert len(coach.duties) == 2 and len(coach.qualifications) == 2, (coach.duties, coach.qualifications)


def test_a_part_after_a_post_numbered_like_it_still_ends_it(tmp_path: Path) -> None:
    text = ("员工手册\n\n一、单板教练\n所属部门：教学部\n岗位职责：\n1. 按课表带领学员完成单板课程\n2. 每日检查学员护具佩戴\n\n"
            "二、福利待遇\n公司为全体员工缴纳五险一金，雪季提供免费雪票。\n")
    (tmp_path / "handbook.txt").write_text(text, encoding="utf-8")
    coach = _profiles(tmp_path, "handbook.txt")["单板教练"]
    assert len(coach.duties) == 2 and not any("五险一金" in b.text for b in coach.benefits), (coach.duties, coach.benefits)
