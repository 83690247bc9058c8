"""Round 75 (a blood station, written here for a cold-chain warehouse): a Word book of 岗位职责告知书 letters, one per
page ("X岗位职责告知书" or only "岗位职责告知书" over "致X岗位任职者：", "…现将X岗位职责告知如下：", duties （一）…,
a "任职条件：…" sentence, a closing "违反上述职责…" and a signature table), and an official text in GBK whose post
has "2．主要职责。" and "3．任职条件。" (parts closed by a full stop) over （1）… entries."""

from __future__ import annotations

import re
from pathlib import Path

from _answer_support import file_records, written_corpus

_LETTERS = [
    ("冷库保管员", "仓储部经理", ["每日巡查冷库温度并记录", "办理货物出入库手续", "定期盘点库存"],
     "任职条件：中专及以上学历，物流管理专业，持有叉车证，有1年以上仓储工作经验。"),
    ("理货组长", "仓储部经理", ["安排理货员班次", "核对到货数量与单据", "处理理货差异", "培训新入职理货员"],
     "任职条件：大专及以上学历，3年以上理货经验。"),
]


def _letter_book(path: Path, headed: bool) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    doc = docx.Document()
    for post, boss, duties, wants in _LETTERS:
        doc.add_paragraph(f"{post}岗位职责告知书" if headed else "岗位职责告知书")
        doc.add_paragraph(f"致{post}岗位任职者：")
        doc.add_paragraph(f"根据公司岗位管理办法，本岗位设在仓储部，直接对{boss}负责。现将{post}岗位职责告知如下：")
        for number, duty in zip("一二三四五六", duties):
            doc.add_paragraph(f"（{number}）{duty}；")
        doc.add_paragraph(wants)
        doc.add_paragraph("违反上述职责造成货损的，按公司奖惩制度处理。")
        table = doc.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, (f"告知人：{boss}", "被告知人签字：", "日期：年 月 日")):
            cell.text = text
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)


def _check_letters(records) -> None:  # type: ignore[no-untyped-def]
    posts = {p.title: p for p in records.profiles}
    assert set(posts) == {"冷库保管员", "理货组长"}, list(posts)
    for post, boss, duties, wants in _LETTERS:
        profile = posts[post]
        assert [re.sub(r"^[(（][一二三四五六][)）]", "", d.text).rstrip("；;") for d in profile.duties] == duties, [d.text for d in profile.duties]
        quals = [q.text for q in profile.qualifications]
        assert len(quals) == 1 and ("大专" in quals[0] or "中专" in quals[0]), quals
        assert not any("违反" in q or "告知人" in q for q in quals), quals
        assert profile.reports_to == boss, profile.reports_to


def test_letters_titled_by_their_posts(tmp_path: Path) -> None:
    corpus = written_corpus(tmp_path, {})
    _letter_book(corpus / "告知书汇编.docx", headed=True)
    _check_letters(file_records(corpus, "告知书汇编.docx"))


def test_letters_naming_their_posts_in_the_salutation(tmp_path: Path) -> None:
    corpus = written_corpus(tmp_path, {})
    _letter_book(corpus / "告知书.docx", headed=False)
    _check_letters(file_records(corpus, "告知书.docx"))


_OFFICIAL = """城东物流园关于仓储部岗位设置的说明
城物人〔2025〕3号

一、部门概况
    仓储部负责园区冷库和常温库的收发存管理。

二、岗位设置
（一）叉车司机
    1．岗位概况。该岗位设在仓储部，直接上级为仓储部主管，实行两班倒。
    2．主要职责。
      （1）按调度单完成货物装卸和移库；
      （2）每班检查叉车电量和制动；
      （3）填写叉车运行记录。
    3．任职条件。
      （1）初中及以上学历；
      （2）持有叉车操作证。

三、其他
    本说明自发文之日起执行。
"""


def test_an_official_outline_whose_parts_end_with_a_full_stop(tmp_path: Path) -> None:
    corpus = written_corpus(tmp_path, {"岗位设置说明.txt": _OFFICIAL.replace("\n", "\r\n")}, encoding="gbk")
    (post,) = file_records(corpus, "岗位设置说明.txt").profiles
    assert post.title == "叉车司机" and post.reports_to == "仓储部主管", (post.title, post.reports_to)
    assert len(post.duties) == 3 and "装卸" in post.duties[0].text and "运行记录" in post.duties[2].text, [d.text for d in post.duties]
    quals = [q.text for q in post.qualifications]
    assert len(quals) == 2 and "初中" in quals[0] and "叉车操作证" in quals[1], quals
