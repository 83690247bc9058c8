"""Round 51, written here from scratch for a logistics park, a hospital and a seed company (the blind testers wrote a
brewery group and a hydropower operator): a Word table comparing a superseded and a current version of a post, read
from the current column; a table's caption ("表2　…") a heading, no item of the list above it; a page header's post
code beside the title; an official document's number and its issuing body, no post; a heading naming a post's two
lists ("X岗位职责与任职条件"); a careers page's facts set off by bars ("部门 仓储部|地点 嘉兴"); an export delimited
by bars without the Markdown frame; an employment agreement for a post whose duties are its annex; a slide deck's
speaker notes."""

from __future__ import annotations

from pathlib import Path

from _answer_support import file_records, nfkc


def test_a_revision_table_is_read_from_its_current_column(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("表1　叉车工岗位说明书新旧对照")
    rows = [("条目", "2021版（已废止）", "2024版（现行）", "修订说明"),
            ("岗位名称", "叉车工", "叉车工", "无变化"),
            ("所属部门", "仓储部", "仓储部", "—"),
            ("直接上级", "仓储部经理", "仓储班组长", "增设班组长"),
            ("学历要求", "不限", "初中及以上", "提高门槛"),
            ("二、岗位职责", "二、岗位职责", "二、岗位职责", "二、岗位职责"),
            ("职责1", "装卸货物", "按作业单装卸、堆码货物，单班作业不少于60托", "细化"),
            ("职责2", "保养叉车", "每班点检叉车并填写点检表", "细化")]
    table = doc.add_table(rows=len(rows), cols=4)
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    doc.add_paragraph("表2　理货员岗位说明书新旧对照")
    doc.save(tmp_path / "revision.docx")
    post = next(p for p in file_records(tmp_path, "revision.docx").profiles if p.title == "叉车工")
    assert nfkc(post.fields["reports_to"].text).startswith("仓储班组长"), post.fields
    assert nfkc(post.fields["education"].text) == "初中及以上", post.fields
    duties = [nfkc(d.text) for d in post.duties]
    assert any("不少于60托" in d for d in duties) and not any("保养叉车" == d for d in duties), duties
    # the next table's caption is a heading, not the last duty of this post
    assert not any("对照" in d for d in duties), duties


def test_a_page_header_code_and_a_document_number_are_no_titles(tmp_path: Path) -> None:
    (tmp_path / "notice.txt").write_text(
        "仁和医院后勤保障部文件\n后保〔2025〕7号\n\n"
        "中央运送员岗位职责与任职条件（2025年修订）\n\n"
        "一、岗位职责\n1. 按调度指令运送标本、药品和病历；\n2. 陪检行动不便的患者；\n3. 登记每趟运送的时间和签收人。\n\n"
        "二、任职条件\n1. 高中及以上学历；\n2. 身体健康，能适应轮班。\n", encoding="utf-8")
    posts = [p.title for p in file_records(tmp_path, "notice.txt").profiles]
    assert posts == ["中央运送员"], posts
    (tmp_path / "jd.txt").write_text(
        "岗位说明书｜HL-ZY-03｜病案管理员\n所属部门：病案室\n直接上级：病案室主任\n岗位职责：\n1. 病案回收与整理\n2. 病案借阅登记\n",
        encoding="utf-8")
    titles = [p.title for p in file_records(tmp_path, "jd.txt").profiles]
    assert titles == ["病案管理员"], titles


def test_a_careers_pages_barred_facts_and_an_unframed_bar_export(tmp_path: Path) -> None:
    (tmp_path / "careers.html").write_text(
        "<html><body><h1>丰禾种业 社会招聘</h1><h2>育种助理</h2>"
        "<p><b>部门</b> 育种研究院|<b>地点</b> 合肥|<b>人数</b> 2|<b>待遇</b> 6000–8000元/月</p>"
        "<h3>岗位职责</h3><ul><li>田间试验记载</li><li>考种与数据整理</li></ul></body></html>", encoding="utf-8")
    post = next(p for p in file_records(tmp_path, "careers.html").profiles if p.title == "育种助理")
    assert nfkc(post.fields["department"].text).endswith("育种研究院") and "合肥" in post.fields["location"].text, post.fields
    assert "6000" in post.fields["pay"].text, post.fields
    (tmp_path / "export.txt").write_text(
        "人事系统岗位导出　字段分隔符：|\n"
        "岗位编码|岗位名称|所属部门|直接上级|最低学历|岗位职责|状态\n"
        "ZY-01|制种技术员|生产部|生产部经理|大专|制种基地巡田；去雄质量检查|有效\n"
        "ZY-02|种子检验员|质检部|质检主管|大专|发芽率与纯度检验；留样管理|有效\n"
        "共2条记录\n", encoding="utf-8")
    posts = {p.title: p for p in file_records(tmp_path, "export.txt").profiles}
    assert set(posts) == {"制种技术员", "种子检验员"}, list(posts)
    assert nfkc(posts["种子检验员"].fields["reports_to"].text) == "质检主管" and len(posts["种子检验员"].duties) == 2


def test_an_agreement_for_a_post_whose_duties_are_its_annex(tmp_path: Path) -> None:
    (tmp_path / "agreement.txt").write_text(
        "岗位聘用协议书（区域业务经理）\n甲方：丰禾种业有限公司\n乙方：＿＿＿＿\n"
        "第一条 岗位 乙方同意在甲方营销中心担任区域业务经理，向营销总监汇报。\n"
        "第二条 岗位职责 乙方的岗位职责见附件一。\n第三条 本协议一式两份。\n\n"
        "附件一：区域业务经理岗位职责\n1. 开发县级经销商并维护关系；\n2. 组织品种示范田观摩会；\n3. 跟踪回款。\n",
        encoding="utf-8")
    post = next(p for p in file_records(tmp_path, "agreement.txt").profiles if p.title == "区域业务经理")
    duties = [nfkc(d.text) for d in post.duties]
    assert len(duties) == 3 and "示范田" in duties[1], duties


def test_a_slide_decks_speaker_notes_are_read(tmp_path: Path) -> None:
    (tmp_path / "deck.html").write_text(
        "<html><body><div class='reveal'><div class='slides'>"
        "<section><h2>分拣员：你每天要做什么</h2><ul><li>按路向分拣包裹</li><li>异常件登记</li></ul>"
        "<aside class='notes'>讲师备注：分拣员试用期2个月，归分拣组长管理。</aside></section>"
        "</div></div></body></html>", encoding="utf-8")
    text = "\n".join(c.text for c in file_records(tmp_path, "deck.html").chunks)
    assert "试用期2个月" in nfkc(text), text
