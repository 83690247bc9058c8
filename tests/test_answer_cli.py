"""``gangwei ask`` / ``gangwei chat`` on the indexed shipped corpus (in-process CLI runner)."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

pytestmark = pytest.mark.slow

runner = CliRunner()


def _app():
    from assistant.cli import _register, app

    _register()
    return app


def _env(settings) -> dict:  # type: ignore[no-untyped-def]
    return {
        "GANGWEI_HOME": str(settings.home),
        "GANGWEI_CORPUS_DIR": str(settings.corpus_dir),
        "GANGWEI_EMBEDDING": settings.embedding,
        "GANGWEI_EMBED_CACHE_DIR": str(settings.embed_cache_dir) if settings.embed_cache_dir else None,
        "GANGWEI_CHROMA_URL": None,
        "GANGWEI_LLM_BASE_URL": None,
        "GANGWEI_LLM_MODEL": None,
        "GANGWEI_LLM_API_KEY": None,
    }


def test_ask_prints_answer_and_sources(indexed_settings):
    result = runner.invoke(_app(), ["ask", "人力资源专员的岗位职责是什么?"], env=_env(indexed_settings))
    assert result.exit_code == 0, result.output
    out = result.output
    assert "1. 建立并优化人力资源管理各项制度及流程" in out
    assert "出处：" in out
    # sources are named by document title and location, the file in brackets
    assert re.search(r"\[1\] 《[^》]+》.* 第 \d+(–\d+)? 行 \[000_9eeea241028b3f98.txt\]", out)
    assert "**" not in out  # piped output is plain text, not Markdown


def test_version_and_help_are_instant():
    result = runner.invoke(_app(), ["--version"])
    assert result.exit_code == 0 and result.output.startswith("gangwei ")


def test_ask_json(indexed_settings):
    result = runner.invoke(_app(), ["ask", "--json", "大客户经理的任职条件是什么?"], env=_env(indexed_settings))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["intent"] == "qualification" and data["role"] == "大客户经理"
    assert data["backend"] == "extractive" and data["refused"] is False
    assert {"id", "file", "line_start", "line_end", "quote"} <= set(data["citations"][0])
    assert data["items"][0]["citations"]


def test_batch_keeps_conversations_apart(indexed_settings, tmp_path):
    batch = tmp_path / "questions.txt"
    batch.write_text("大客户经理主要干什么?\n那任职要求呢?\n\n那任职要求呢?\n护士的职责是什么?\n", encoding="utf-8")
    result = runner.invoke(_app(), ["ask", "--batch", str(batch)], env=_env(indexed_settings))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(rows) == 4
    assert rows[1]["intent"] == "qualification" and rows[1]["role"] == "大客户经理"
    # A blank line started a new conversation: nothing to refer back to.
    assert rows[2]["refused"] and "哪个岗位" in rows[2]["text"]
    assert rows[3]["refused"] and rows[3]["intent"] == "out_of_scope"


def test_batch_from_stdin(indexed_settings):
    result = runner.invoke(_app(), ["ask", "--batch", "-"], input="开户专员具体负责什么?\n", env=_env(indexed_settings))
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert row["role"] == "开户专员"


def test_empty_index_tells_to_ingest(tmp_path, indexed_settings):
    env = _env(indexed_settings) | {"GANGWEI_HOME": str(tmp_path / "empty-home")}
    result = runner.invoke(_app(), ["ask", "人力资源专员的岗位职责是什么?"], env=env)
    assert result.exit_code == 1
    assert "gangwei ingest" in result.output and "知识库为空" in result.output
    assert "Traceback" not in result.output


def test_missing_question_and_batch_file(indexed_settings, tmp_path):
    result = runner.invoke(_app(), ["ask"], env=_env(indexed_settings))
    assert result.exit_code == 1 and "请提供问题" in result.output
    result = runner.invoke(_app(), ["ask", "--batch", str(tmp_path / "nope.txt")], env=_env(indexed_settings))
    assert result.exit_code == 1 and "找不到批量问题文件" in result.output


def test_chat_session(indexed_settings):
    lines = "人力资源专员的岗位职责是什么?\n那任职要求呢?\n/new\n那任职要求呢?\n/help\n/quit\n"
    result = runner.invoke(_app(), ["chat"], input=lines, env=_env(indexed_settings))
    assert result.exit_code == 0, result.output
    out = result.output
    assert "岗位助手" in out and "/new" in out
    assert "建立并优化人力资源管理各项制度及流程" in out
    assert "本科及以上学历" in out  # the follow-up answered about 人力资源专员
    assert "已开始新的对话" in out
    assert "请问是哪个岗位的任职要求" in out  # after /new there is no role to refer to
    assert out.count("出处：") >= 2


def test_llm_switch_answers_through_the_configured_model(indexed_settings):
    """``--llm`` sends the question to the configured endpoint (a scripted server on loopback);
    a reply that fails the guard falls back to the extractive answer and says why."""
    from _answer_llm_stub import StubServer

    with StubServer() as url:
        env = _env(indexed_settings) | {"GANGWEI_LLM_BASE_URL": url, "GANGWEI_LLM_API_KEY": "x"}
        good = runner.invoke(_app(), ["ask", "--llm", "--json", "人力资源专员的岗位职责是什么?"],
                             env=env | {"GANGWEI_LLM_MODEL": "good"})  # fmt: skip
        assert good.exit_code == 0, good.output
        data = json.loads(good.stdout)
        assert data["backend"] == "llm" and data["fallback_reason"] is None and data["citations"]
        bad = runner.invoke(_app(), ["ask", "--llm", "人力资源专员的岗位职责是什么?"], env=env | {"GANGWEI_LLM_MODEL": "cpa"})
        assert bad.exit_code == 0, bad.output
        assert "建立并优化人力资源管理各项制度及流程" in bad.output and "未通过校验" in bad.output
        session = runner.invoke(_app(), ["chat", "--llm"], input="人力资源专员的岗位职责是什么?\n/quit\n",
                                env=env | {"GANGWEI_LLM_MODEL": "good"})  # fmt: skip
        assert session.exit_code == 0 and "出处：" in session.output and "大模型" in session.output


def test_llm_switch_without_configuration_says_what_to_set(indexed_settings):
    result = runner.invoke(_app(), ["ask", "--llm", "人力资源专员的岗位职责是什么?"], env=_env(indexed_settings))
    assert result.exit_code == 1 and "GANGWEI_LLM_BASE_URL" in result.output and "去掉 --llm" in result.output


def test_read_conversations():
    from assistant.cli.ask import read_conversations

    text = "\n\nA\nB\n\n\n# comment\nC\n"
    assert read_conversations(text) == [["A", "B"], ["C"]]
    assert read_conversations("") == []
