"""Opt-in: the LLM mode against a real small model, served by llama.cpp's OpenAI-compatible server.

Runs when ``GANGWEI_TEST_GGUF`` names a GGUF file and a llama.cpp server is available:

* ``GANGWEI_TEST_LLAMA_SERVER``: the command to start it, e.g. ``llama-server`` or
  ``/opt/llm/bin/python -m llama_cpp.server``;
* else ``llama-server`` on PATH;
* else ``llama_cpp.server`` importable here (``pip install -e ".[llm-test]"`` builds it).

The server runs on loopback only; nothing is downloaded. Otherwise the test is skipped with the
reason. A small model often fails the guard; what is checked is that every answer is either the
checked reply or the extractive answer with a truthful note, that out-of-scope questions never
reach the model, and that a dead server and a too-short deadline are reported as such.
``GANGWEI_TEST_LLM_REPORT=path.json`` writes the figures (latency, passes, fallbacks by reason).

    GANGWEI_TEST_GGUF=/models/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf \\
        .venv/bin/python -m pytest -q -s tests/test_llm_real.py
"""

from __future__ import annotations

import importlib.util
import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

IN_SCOPE = [
    "财务专员需要哪些专业和证书?",
    "期货公司总部财务人员的任职资格是什么?",
    "期货公司客服中心的产品服务专员要做哪些工作?",
    "招网络管理员要看哪些资质和技能?",
    "宣传专员主要负责什么?",
]
OUT_OF_SCOPE = ["医院护士的岗位职责有哪些?", "今天上证指数收盘多少点?", "帮我写一首关于春天的诗"]
START_SECONDS = 180.0
DEADLINE = float(os.environ.get("GANGWEI_TEST_LLM_DEADLINE", "150"))
# a small CPU model may be too slow (deadline) or ramble (truncated); anything else would be a bug here
BROKEN = {"unreachable", "http_error", "timeout", "incomplete", "error"}


def server_command() -> tuple[list[str] | None, str]:
    """(the command that starts a llama.cpp OpenAI server, why not when None)."""
    gguf = os.environ.get("GANGWEI_TEST_GGUF")
    if not gguf:
        return None, "未设置 GANGWEI_TEST_GGUF（本地 GGUF 模型文件路径），跳过真实模型测试"
    if not Path(gguf).is_file():
        return None, f"GANGWEI_TEST_GGUF 指向的文件不存在：{gguf}"
    configured = os.environ.get("GANGWEI_TEST_LLAMA_SERVER")
    if configured:
        return shlex.split(configured), ""
    if shutil.which("llama-server"):
        return ["llama-server"], ""
    if importlib.util.find_spec("llama_cpp") is not None and importlib.util.find_spec("llama_cpp.server") is not None:
        return [sys.executable, "-m", "llama_cpp.server"], ""
    return None, "没有找到 llama.cpp 服务：设置 GANGWEI_TEST_LLAMA_SERVER，或安装 llama-server，或 pip install -e '.[llm-test]'"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _arguments(command: list[str], gguf: str, port: int) -> list[str]:
    threads = str(min(2, os.cpu_count() or 1))
    if any("llama_cpp.server" in part for part in command):
        return [*command, "--model", gguf, "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "8192",
                "--n_threads", threads, "--model_alias", "gangwei-test"]  # fmt: skip
    return [*command, "-m", gguf, "--host", "127.0.0.1", "--port", str(port), "-c", "8192", "-t", threads,
            "--alias", "gangwei-test"]  # fmt: skip


@pytest.fixture(scope="module")
def llama(tmp_path_factory):
    command, why = server_command()
    if command is None:
        pytest.skip(why)
    port = _free_port()
    log = tmp_path_factory.mktemp("llama") / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(_arguments(command, os.environ["GANGWEI_TEST_GGUF"], port), stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    started = time.monotonic()
    try:
        while True:
            if process.poll() is not None:
                pytest.fail(f"llama.cpp 服务启动失败（退出码 {process.returncode}）：\n{log.read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(f"{url}/models", timeout=2) as response:  # loopback only
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() - started > START_SECONDS:
                pytest.fail(f"llama.cpp 服务 {START_SECONDS:g} 秒内没有就绪：\n{log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.5)
        yield process, url, log
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


def _assistant(indexed_settings, shipped_services, url: str, **overrides):
    from assistant.answer.chain import Assistant
    from assistant.answer.llm import LlmBackend

    values = {"llm_base_url": url, "llm_model": "gangwei-test", "llm_timeout": 120.0, "llm_deadline": DEADLINE, **overrides}
    settings = indexed_settings.model_copy(update=values)
    c = shipped_services.components
    return Assistant(settings, c.snapshot, searcher=c.searcher, embed=c.embed_queries, llm=LlmBackend(settings))


def _stream(assistant, question: str):
    from assistant.models import Answer

    deltas, answer = [], None
    for part in assistant.stream(question):
        if isinstance(part, Answer):
            answer = part
        else:
            deltas.append(part)
    return "".join(deltas), answer


def test_real_model_answers_are_checked_or_fall_back_truthfully(llama, indexed_settings, shipped_services):
    from assistant.answer.llm import FALLBACK_LABELS, llm_usage

    process, url, _ = llama
    assistant = _assistant(indexed_settings, shipped_services, url)
    extractive = shipped_services.components.assistant()
    rows, answers = [], []
    for question in IN_SCOPE + OUT_OF_SCOPE:
        started = time.monotonic()
        streamed, answer = _stream(assistant, question)
        elapsed = time.monotonic() - started
        draft = extractive.ask(question)
        answers.append(answer)
        rows.append({"question": question, "seconds": round(elapsed, 1), "backend": answer.backend,
                     "fallback_reason": answer.fallback_reason, "note": answer.note,
                     "reply": streamed if answer.backend == "llm" else streamed[: streamed.find("> 注：")].strip()})  # fmt: skip
        if question in OUT_OF_SCOPE:
            # refused before the model is asked
            assert answer.refused and answer.backend == "extractive" and answer.fallback_reason is None, question
            assert "llm" not in answer.timings
            continue
        assert not answer.refused, question
        if answer.backend == "llm":
            # the checked reply, complete, with every source of the draft still cited
            assert answer.note is None and answer.fallback_reason is None
            assert streamed.strip() == answer.text
            assert {f"[{c.id}]" for c in draft.citations} <= {f"[{c.id}]" for c in answer.citations}
            assert all(f"[{c.id}]" in answer.text for c in draft.citations)
        else:
            # the extractive answer under a note naming the real reason
            assert answer.fallback_reason in FALLBACK_LABELS, answer.fallback_reason
            assert answer.text == f"> 注：{answer.note}\n\n{draft.text}"
            assert ("未通过校验" in answer.note) == answer.fallback_reason.startswith("check:")
            assert answer.fallback_reason not in BROKEN, answer.note
    usage = llm_usage(answers)
    assert usage.asked == len(IN_SCOPE) and usage.answers == len(IN_SCOPE) + len(OUT_OF_SCOPE)
    report = {"model": os.environ.get("GANGWEI_TEST_GGUF"), "deadline": DEADLINE, "usage": usage.model_dump(),
              "reasons": usage.reason_labels(), "rows": rows}  # fmt: skip
    print("\n" + json.dumps(report, ensure_ascii=False, indent=1))
    target = os.environ.get("GANGWEI_TEST_LLM_REPORT")
    if target:
        Path(target).write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")


def test_real_model_faults_are_named(llama, indexed_settings, shipped_services):
    process, url, _ = llama
    question = IN_SCOPE[0]
    # a deadline no CPU model can meet
    _, answer = _stream(_assistant(indexed_settings, shipped_services, url, llm_deadline=0.5), question)
    assert answer.fallback_reason == "deadline" and "总时限" in (answer.note or "")
    # the server goes away
    process.terminate()
    process.wait(timeout=30)
    _, answer = _stream(_assistant(indexed_settings, shipped_services, url, llm_timeout=5.0), question)
    assert answer.fallback_reason == "unreachable" and "无法连接" in (answer.note or ""), answer.note
