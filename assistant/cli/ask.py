"""``gangwei ask`` (one question, or a batch of conversations) and ``gangwei chat`` (interactive)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from assistant.cli import app
from assistant.cli.common import console, err_console, fail, settings

EMPTY = "知识库为空：请先运行 `gangwei ingest` 导入语料（默认导入自带的 corpus/ 目录），然后再提问。"


def _assistant():
    """The warm assistant, or a Chinese error exit when there is nothing to answer from."""
    from assistant.answer.chain import Assistant

    cfg = settings()
    try:
        assistant = Assistant(cfg)
    except Exception as exc:  # noqa: BLE001 - unreadable records are a user-facing problem
        fail(f"无法读取知识库记录 ({cfg.records_dir}): {exc}")
    if assistant.kb.empty:
        fail(EMPTY)
    return assistant


def read_conversations(text: str) -> list[list[str]]:
    """Batch file: one question per line; a blank line starts a new conversation."""
    conversations: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            if conversations[-1]:
                conversations.append([])
            continue
        if line.startswith("#"):
            continue
        conversations[-1].append(line)
    return [c for c in conversations if c]


def _read_batch(path: Path) -> str:
    if str(path) == "-":
        return sys.stdin.read()
    if not path.is_file():
        fail(f"找不到批量问题文件: {path}")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        fail(f"批量问题文件不是 UTF-8 文本: {path}")


def _print_answer(answer) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer.render import footer_lines

    # Plain writes: rich would hard-wrap long Chinese lines (and the [n] markers) at the terminal width.
    sys.stdout.write(answer.text.rstrip() + "\n\n")
    sys.stdout.write("\n".join(footer_lines(answer)) + "\n")
    sys.stdout.flush()


@app.command()
def ask(
    question: Annotated[Optional[str], typer.Argument(help="问题, 例如 “人力资源专员的岗位职责是什么”")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON (Answer 对象: 意图、岗位、正文、条目、出处)")] = False,
    batch: Annotated[
        Optional[Path],
        typer.Option(
            "--batch",
            help="批量模式: 文件每行一个问题, 每行输出一个 JSON 对象; 空行开始新的对话, 连续的行属于同一对话 ('-' 为标准输入)",
        ),
    ] = None,
) -> None:
    """回答一个问题 (岗位职责 / 任职要求 / KPI 与考核方法), 每条内容都注明出处文件和行号。"""
    if batch is None and not (question and question.strip()):
        fail('请提供问题, 例如: gangwei ask "大客户经理的任职要求有哪些"; 或使用 --batch 文件。')
    conversations = read_conversations(_read_batch(batch)) if batch is not None else [[question.strip()]]  # type: ignore[union-attr]
    if batch is not None and not conversations:
        fail("批量问题文件里没有问题。")
    assistant = _assistant()
    from assistant.answer.conversation import Conversation

    for questions in conversations:
        conversation = Conversation()
        for q in questions:
            answer = assistant.ask(q, conversation)
            if batch is not None or as_json:
                sys.stdout.write(json.dumps(answer.model_dump(mode="json"), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            else:
                _print_answer(answer)


@app.command()
def chat() -> None:
    """交互式问答: 连续提问可追问 (如 “那任职要求呢?”、“第二条展开说说”); /new 开始新对话, /quit 退出。"""
    from assistant.answer.conversation import Conversation
    from assistant.answer.render import footer_lines
    from assistant.models import Answer

    assistant = _assistant()
    with console.status("正在加载模型…"):
        assistant.warmup()
    console.print("岗位助手：可以问岗位职责、任职要求和 KPI 设计。输入 /new 开始新对话，/quit 退出。", style="bold")
    conversation = Conversation()
    while True:
        try:
            line = console.input("[bold cyan]你：[/] ")
        except (EOFError, KeyboardInterrupt):
            console.print()
            break
        q = line.strip()
        if not q:
            continue
        if q in ("/quit", "/exit", "/q", "退出"):
            break
        if q in ("/new", "/reset", "新对话"):
            conversation = Conversation()
            console.print("已开始新的对话。", style="dim")
            continue
        if q.startswith("/"):
            err_console.print("可用命令：/new 开始新对话，/quit 退出。")
            continue
        console.print("[bold green]助手：[/]")
        answer = None
        try:
            for part in assistant.stream(q, conversation):
                if isinstance(part, Answer):
                    answer = part
                else:
                    sys.stdout.write(part)
                    sys.stdout.flush()
        except KeyboardInterrupt:
            console.print("\n（已中断）", style="dim")
            continue
        sys.stdout.write("\n\n")
        if answer is not None:
            sys.stdout.write("\n".join(footer_lines(answer)) + "\n\n")
            sys.stdout.flush()
