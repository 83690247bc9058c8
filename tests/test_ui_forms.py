"""The editable forms behind the tool tabs: the JD form back to a draft, the KPI table back to a
design, and the same export bytes as the CLI when nothing was edited."""

from __future__ import annotations

import io

import pytest

from assistant.models import BscDimension, Citation
from assistant.tools.export import KPI_COLUMNS, export, kpi_rows
from assistant.tools.jd import JdDraft, JdItem, JdRequest
from assistant.tools.kpi_design import DesignedKpi, KpiDesign, KpiRequest, apply_edits
from assistant.ui import jd_form


def c(n: int) -> Citation:
    return Citation(id=n, file="a.txt", line_start=n, line_end=n, quote=f"原文{n}", title="岗位说明书", location=f"第 {n} 行")


def draft() -> JdDraft:
    own = lambda text, *ids, **kw: JdItem(text=text, citations=list(ids), sources=[c(i) for i in ids], **kw)  # noqa: E731
    return JdDraft(
        request=JdRequest(role="车辆调度员"),
        role="车辆调度员",
        matched_title="车辆调度员",
        basics={"岗位名称": own("车辆调度员", 1), "所属部门": JdItem(text="【待补充:所属部门】", origin="placeholder")},
        purpose=own("保证用车及时", 2),
        duties=[own("人员车辆的调配使用", 3), own("车辆值班安排", 3), own("大客户开发", 4, origin="related", source_role="大客户经理")],
        qualifications={"学历": [own("高中及以上", 5, category="学历")], "证书": [JdItem(text="【待补充:证书要求】", origin="placeholder", category="证书")]},
        kpis=[own("客户满意率", 6)],
        relations=[own("汇报对象：车辆租赁中心主任", 1, category="内部联系")],
        citations=[c(i) for i in range(1, 7)],
    )


def test_form_shows_items_with_their_sources_and_round_trips_unchanged() -> None:
    d = draft()
    values = jd_form.form_values(d)
    assert values["duties"][2] == ["3", "大客户开发", "[4] 相近岗位「大客户经理」"]
    assert values["basics"][1] == ["所属部门", "【待补充:所属部门】", "待补充"]
    assert values["qualifications"] == [["学历", "1", "高中及以上", "[5]"], ["证书", "2", "【待补充:证书要求】", "待补充"]]
    same = jd_form.edited_draft(d, values["basics"], values["purpose"], values["duties"], values["qualifications"], values["kpis"],
                                values["relations"])  # fmt: skip
    assert same == d
    assert export(same, "docx")[1] == export(d, "docx")[1]


def test_edits_deletions_and_new_rows_come_back_as_the_user_left_them() -> None:
    d = draft()
    v = jd_form.form_values(d)
    v["basics"][1][1] = "运营部"  # a placeholder filled in
    v["duties"][0][1] = "负责车辆调度与出车登记"  # edited: keeps its sources
    v["duties"][1][1] = ""  # emptied: deleted
    v["duties"].append(["", "负责车辆年检", ""])  # new row: a user item
    v["qualifications"][1][2] = "C1 驾照"
    v["qualifications"].append(["技能", "", "熟悉本地路况", ""])
    edited = jd_form.edited_draft(d, v["basics"], "  ", v["duties"], v["qualifications"], v["kpis"], [])
    assert edited.basics["所属部门"].text == "运营部" and edited.basics["所属部门"].origin == "user"
    assert [i.text for i in edited.duties] == ["负责车辆调度与出车登记", "大客户开发", "负责车辆年检"]
    assert edited.duties[0].citations == [3] and edited.duties[2].origin == "user" and edited.duties[2].citations == []
    assert list(edited.qualifications) == ["学历", "证书", "技能"]
    assert edited.qualifications["证书"][0].text == "C1 驾照" and edited.qualifications["技能"][0].origin == "user"
    assert edited.purpose.placeholder and edited.relations == []
    name, data, _ = export(edited, "docx")
    import docx

    text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    assert name == "岗位说明书_车辆调度员.docx" and "负责车辆年检" in text and "车辆值班安排" not in text


def test_renaming_the_post_renames_the_export() -> None:
    d = draft()
    v = jd_form.form_values(d)
    v["basics"][0][1] = "调度专员"
    edited = jd_form.edited_draft(d, v["basics"], v["purpose"], v["duties"], v["qualifications"], v["kpis"], v["relations"])
    assert export(edited, "md")[0] == "岗位说明书_调度专员.md"


def design() -> KpiDesign:
    def k(name: str, dim: BscDimension, weight: int, cid: int) -> DesignedKpi:
        return DesignedKpi(name=name, dimension=dim, dimension_label=dim.value, weight=weight, formula="实际 ÷ 目标 × 100%",
                           data_source="业务系统", origin="library", rationale="指标库所列", citations=[cid], sources=[c(cid)])  # fmt: skip

    return KpiDesign(request=KpiRequest(role="支行客户经理"), role="支行客户经理", title="支行客户经理",
                     indicators=[k("存款增长率", BscDimension.financial, 40, 1), k("客户满意度", BscDimension.customer, 35, 2),
                                 k("业务差错率", BscDimension.process, 25, 3)],
                     explanation="按平衡计分卡设计 [4]", method_citations=[4], citations=[c(i) for i in range(1, 5)])  # fmt: skip


def test_kpi_table_is_the_cli_table_and_exports_the_same_bytes_when_unedited() -> None:
    from assistant.ui import kpi_tab

    d = design()
    rows = kpi_rows(d)
    assert len(rows[0]) == len(KPI_COLUMNS) == 10
    for fmt in ("xlsx", "csv"):
        assert export(apply_edits(d, kpi_tab.rows_as_dicts(rows)), fmt) == export(d, fmt)
    # what the browser's table sends back (a frame, weights as text or float) means the same
    frame = kpi_tab.frame(rows)
    frame["权重(%)"] = frame["权重(%)"].astype(float)
    assert export(apply_edits(d, kpi_tab.rows_as_dicts(kpi_tab.table_rows(frame))), "xlsx") == export(d, "xlsx")


def test_weight_total_and_chart_follow_the_edits() -> None:
    from assistant.ui import kpi_tab

    rows = kpi_rows(design())
    assert kpi_tab.weight_check(rows) == (100.0, [])
    rows[0][4] = "50%"
    rows[1][4] = "abc"
    total, problems = kpi_tab.weight_check(rows)
    assert total == 75 and any("不是数字" in p for p in problems) and any("当前为 75" in p for p in problems)
    assert 'data-total="75"' in kpi_tab.total_html(rows) and "gw-total-bad" in kpi_tab.total_html(rows)
    chart = kpi_tab.chart_data(rows)
    assert dict(zip(chart["维度"], chart["权重"])) == {"财务": 50.0, "客户": 0.0, "内部流程": 25.0, "学习与成长": 0.0}
    assert kpi_tab.parse_weight(float("nan")) is None and kpi_tab.parse_weight(" 20 ") == 20.0
    assert kpi_tab.table_rows([[None, "", None]]) == []


@pytest.mark.parametrize("weight", ["abc", "二十"])
def test_a_bad_weight_is_refused_with_a_chinese_message(weight: str) -> None:
    from assistant.tools.errors import ToolError
    from assistant.ui import kpi_tab

    rows = kpi_rows(design())
    rows[0][4] = weight
    with pytest.raises(ToolError) as err:
        apply_edits(design(), kpi_tab.rows_as_dicts(rows))
    assert "权重" in err.value.message


def test_upload_takes_only_files_the_browser_sent(tmp_path) -> None:
    """The knowledge-base upload reads bytes Gradio received, never a path named by the client."""
    import shutil
    import uuid

    from assistant.services.errors import ServiceError
    from assistant.ui.corpus_tab import upload_folder, uploaded_bytes

    secret = tmp_path / "server-secret.md"
    secret.write_text("# 机密\n", encoding="utf-8")
    folder = upload_folder() / f"gw-test-{uuid.uuid4().hex}"
    folder.mkdir(parents=True)
    try:
        sent = folder / "岗位说明书.md"
        sent.write_bytes("# 岗位说明书\n".encode())
        assert uploaded_bytes(str(sent), 1024) == ("岗位说明书.md", "# 岗位说明书\n".encode())
        assert uploaded_bytes({"path": str(sent)}, 1024)[0] == "岗位说明书.md"
        link = folder / "link.md"
        link.symlink_to(secret)
        for path in (str(secret), "/etc/passwd", str(link), str(folder / ".." / ".." / "etc" / "passwd")):
            with pytest.raises(ServiceError) as err:
                uploaded_bytes(path, 1024)
            assert not err.value.message.isascii()
        with pytest.raises(ServiceError) as err:
            uploaded_bytes(str(sent), 3)
        assert "过大" in err.value.message
    finally:
        shutil.rmtree(folder, ignore_errors=True)
