"""`gangwei jd` and `gangwei kpi design|check|library` through the real CLI app."""

from __future__ import annotations

import csv
import io
import json

import pytest
from _tools_support import quote_in_corpus, tools_settings  # noqa: F401 - fixtures
from typer.testing import CliRunner

import assistant.cli.tools  # noqa: F401 - registers the commands
from assistant.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def env(tools_settings):  # noqa: F811
    return {"GANGWEI_HOME": str(tools_settings.home), "GANGWEI_CORPUS_DIR": str(tools_settings.corpus_dir)}


def test_kpi_library_json(env):
    result = runner.invoke(app, ["kpi", "library", "--json"], env=env)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert len(rows) >= 30
    for row in rows:
        assert row["mentions"]
        m = row["mentions"][0]
        assert quote_in_corpus(m["file"], m["line_start"], m["line_end"], m["sentence"])


def test_kpi_library_table_and_filter(env):
    result = runner.invoke(app, ["kpi", "library", "--dimension", "学习与成长"], env=env)
    assert result.exit_code == 0, result.output
    assert "员工满意度" in result.output and "日均存款新增额" not in result.output
    bad = runner.invoke(app, ["kpi", "library", "--dimension", "销售"], env=env)
    assert bad.exit_code == 1 and "未知维度" in bad.output


def test_jd_markdown_and_json(env):
    result = runner.invoke(app, ["jd", "大客户经理"], env=env)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# 岗位说明书:大客户经理")
    assert "营运总监" in result.output and "## 出处附录" in result.output
    as_json = runner.invoke(app, ["jd", "人力资源专员", "--format", "json", "--reports-to", "人力资源部经理"], env=env)
    data = json.loads(as_json.output)
    assert data["reports_to"]["text"] == "人力资源部经理" and data["reports_to"]["from_user"]


def test_jd_docx_file(env, tmp_path):
    import docx

    target = tmp_path / "jd.docx"
    result = runner.invoke(app, ["jd", "个人客户经理", "--notes", "侧重对公业务; 要求 CFA 优先", "-f", "docx", "-o", str(target)],
                           env=env)  # fmt: skip
    assert result.exit_code == 0, result.output
    document = docx.Document(str(target))
    assert "主要职责" in [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert any("CFA" in p.text for p in document.paragraphs)


def test_kpi_design_formats(env, tmp_path):
    from openpyxl import load_workbook

    table = runner.invoke(app, ["kpi", "design", "支行客户经理"], env=env)
    assert table.exit_code == 0, table.output
    assert "合计" in table.output and "100" in table.output
    as_json = json.loads(runner.invoke(app, ["kpi", "design", "支行客户经理", "-f", "json"], env=env).output)
    assert sum(k["weight"] for k in as_json["indicators"]) == 100
    target = tmp_path / "k.xlsx"
    xlsx = runner.invoke(app, ["kpi", "design", "支行客户经理", "-f", "xlsx", "-o", str(target)], env=env)
    assert xlsx.exit_code == 0, xlsx.output
    ws = load_workbook(target)["KPI设计"]
    assert ws["E2"].value and str(ws.cell(row=ws.max_row - 1, column=5).value).startswith("=SUM(")
    out_csv = runner.invoke(app, ["kpi", "design", "支行客户经理", "-f", "csv"], env=env).output
    rows = list(csv.reader(io.StringIO(out_csv)))
    assert rows[-1][4] == "100"


def test_kpi_design_unknown_role_fails_in_chinese(env):
    result = runner.invoke(app, ["kpi", "design", "宇航员"], env=env)
    assert result.exit_code == 1
    assert "宇航员" in result.output and "Traceback" not in result.output


def test_kpi_design_count_out_of_range_fails_in_chinese(env):
    result = runner.invoke(app, ["kpi", "design", "客户经理", "--count", "9"], env=env)
    assert result.exit_code == 1
    assert "4 到 7" in result.output and "Invalid value" not in result.output
    ok = runner.invoke(app, ["kpi", "design", "客户经理", "--count", "4", "-f", "json"], env=env)
    assert ok.exit_code == 0 and len(json.loads(ok.output)["indicators"]) == 4


def test_jd_for_something_the_corpus_does_not_describe_fails(env):
    result = runner.invoke(app, ["jd", "今天天气怎么样"], env=env)
    assert result.exit_code == 1
    assert "今天天气怎么样" in result.output and "无法起草" in result.output
    assert "# 岗位说明书" not in result.output


def test_jd_accepts_markdown_as_the_api_does(env):
    md = runner.invoke(app, ["jd", "大客户经理", "-f", "md"], env=env)
    markdown = runner.invoke(app, ["jd", "大客户经理", "--format", "markdown"], env=env)
    assert md.exit_code == markdown.exit_code == 0
    assert markdown.output == md.output and md.output.startswith("# 岗位说明书:大客户经理")


def test_kpi_check(env):
    result = runner.invoke(app, ["kpi", "check", "提高客户满意度"], env=env)
    assert result.exit_code == 0, result.output
    assert "✗ **M" in result.output and "改写建议" in result.output and "SMART" in result.output
    as_json = json.loads(runner.invoke(app, ["kpi", "check", "提高客户满意度", "--json"], env=env).output)
    assert as_json["missing"] == ["M", "T"]


def test_commands_tell_the_user_to_ingest_first(tmp_path):
    env = {"GANGWEI_HOME": str(tmp_path / "empty")}
    for args in (["jd", "客户经理"], ["kpi", "design", "客户经理"], ["kpi", "library"]):
        result = runner.invoke(app, args, env=env)
        assert result.exit_code == 1, args
        assert "gangwei ingest" in result.output and "Traceback" not in result.output
    check = runner.invoke(app, ["kpi", "check", "提高客户满意度"], env=env)
    assert check.exit_code == 0 and "gangwei ingest" in check.output


def test_bad_input_is_a_chinese_error(env):
    result = runner.invoke(app, ["jd", "   "], env=env)
    assert result.exit_code == 1 and "岗位名称不能为空" in result.output
    result = runner.invoke(app, ["kpi", "check", " "], env=env)
    assert result.exit_code == 1 and "请输入要检查的指标" in result.output
