"""Layouts met on the round 30 blind trials (a security-services company, a wind-farm operator,
new shipped-corpus questions, corpus-extra singles), written here from scratch for a ferry
company: a signed responsibility letter whose post is what "乙方（岗位）" says, and a Word form
whose 岗位职责 part is merged down the left over sub-labelled rows (安全职责 / 生产职责), each
holding a list."""

from __future__ import annotations

import pytest

from assistant.text import unescape_md
from _answer_support import ask_in_turn as _ask, indexed_services

pytestmark = pytest.mark.slow

_LETTER = """岗位安全责任书
甲方：海澄轮渡有限公司码头部
乙方（岗位）：检票员　　乙方姓名：__________　　工号：________
一、责任期限：自2024年1月1日起至2024年12月31日止。
二、乙方岗位职责
1．核验乘客船票与身份证件，引导有序登船。
2．发现违禁物品立即报告码头值班长。
三、甲方责任
1．为乙方提供必要的岗位装备。
"""


def _form(corpus) -> None:  # type: ignore[no-untyped-def]
    from docx import Document

    doc = Document()
    doc.add_paragraph("海澄轮渡有限公司岗位规范（2024年版）")
    doc.add_paragraph("岗位规范：轮机长")
    table = doc.add_table(rows=4, cols=4)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(0, 2).text, table.cell(0, 3).text = "岗位名称", "轮机长", "直接上级", "船长"
    rows = [("岗位职责", "安全职责", ["1. 是机舱安全第一责任人；", "2. 每航次检查消防泵。"]),
            ("岗位职责", "生产职责", ["1. 编制主机保养计划；", "2. 记录燃油消耗。"]), ("任职条件", "持证要求", ["持轮机长适任证书。"])]
    for r, (a, b, lines) in enumerate(rows, 1):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
        cell = table.cell(r, 2).merge(table.cell(r, 3))  # the list spans the rest of the row
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)  # a list cell: one paragraph per item
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(1, 0).text = "岗位职责"
    doc.save(corpus / "岗位规范.docx")


@pytest.fixture(scope="module")
def ferry_services(tmp_path_factory: pytest.TempPathFactory, settings_factory):  # type: ignore[no-untyped-def]
    return indexed_services(tmp_path_factory, settings_factory, "ferry", {"责任书.txt": _LETTER}, write=_form)


def test_a_responsibility_letters_post_is_what_its_party_label_says(ferry_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(ferry_services, "检票员要负责什么")
    text = unescape_md(answer.text)
    assert answer.role == "检票员" and "核验乘客船票" in text and "岗位装备" not in text, (answer.role, text)
    assert "乙方" not in {e.title for e in ferry_services.chat.c.assistant().snapshot.inventory.entries.values()}


def test_a_part_merged_down_over_sub_labelled_lists(ferry_services) -> None:  # type: ignore[no-untyped-def]
    answer, = _ask(ferry_services, "轮机长的职责有哪些")
    text = unescape_md(answer.text)
    assert "消防泵" in text and "燃油消耗" in text and not answer.refused, text


def test_a_word_ending_like_a_post_that_names_an_act(ferry_services) -> None:  # type: ignore[no-untyped-def]
    # "旷工" ends like a trade (…工) but names an absence: the question is no question about a post
    answer, = _ask(ferry_services, "迟到扣几分？旷工呢？")
    assert "只提到了「旷工」" not in answer.text and "没有「旷工」" not in answer.text, answer.text
