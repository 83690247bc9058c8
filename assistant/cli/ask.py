"""``gangwei ask`` (one question, or a batch of conversations) and ``gangwei chat`` (interactive)."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from assistant.cli import app
from assistant.cli.common import (
    console,
    err_console,
    fail,
    footer_lines,
    plain_markdown,
    print_answer,
    print_markdown,
    services,
    wants_plain,
)


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


LLM_HELP = "用已配置的大模型改写回答 (GANGWEI_LLM_BASE_URL / GANGWEI_LLM_MODEL; 未通过校验时给出抽取式回答并说明原因)"


def _model(svc: Any, llm: bool) -> str | None:
    """The answerer ``--llm`` selects; a missing LLM configuration stops before any question."""
    from assistant.services import ServiceError

    if not llm:
        return None
    try:
        return svc.chat.resolve_model("gangwei-llm")
    except ServiceError as exc:
        fail(exc.message + "。请先设置这两个环境变量, 或去掉 --llm 使用抽取式回答。")


def _chat_service() -> Any:
    from assistant.services import EMPTY_KNOWLEDGE_BASE, ServiceError

    svc = services()
    try:
        if svc.chat.empty():
            fail(EMPTY_KNOWLEDGE_BASE)
    except ServiceError as exc:
        fail(exc.message)
    return svc


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
    plain: Annotated[bool, typer.Option("--plain", help="纯文本输出 (不渲染 Markdown; 输出到管道时自动启用)")] = False,
    llm: Annotated[bool, typer.Option("--llm", help=LLM_HELP)] = False,
) -> None:
    """回答一个问题 (岗位职责 / 任职要求 / 汇报关系 / KPI), 每条内容都注明出处文档和位置。"""
    from assistant.services import ServiceError

    if batch is None and not (question and question.strip()):
        fail('请提供问题, 例如: gangwei ask "大客户经理的任职要求有哪些"; 或使用 --batch 文件。')
    conversations = read_conversations(_read_batch(batch)) if batch is not None else [[question.strip()]]  # type: ignore[union-attr]
    if batch is not None and not conversations:
        fail("批量问题文件里没有问题。")
    svc = _chat_service()
    model = _model(svc, llm)
    for questions in conversations:
        conversation = svc.chat.new_conversation()
        for q in questions:
            try:
                answer = svc.chat.ask(q, conversation, model)
            except ServiceError as exc:
                fail(exc.message)
            if batch is not None or as_json:
                sys.stdout.write(json.dumps(answer.model_dump(mode="json"), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            else:
                print_answer(answer, plain)


@app.command()
def chat(
    plain: Annotated[bool, typer.Option("--plain", help="纯文本输出")] = False,
    llm: Annotated[bool, typer.Option("--llm", help=LLM_HELP)] = False,
) -> None:
    """交互式问答: 连续提问可追问 (如 “那任职要求呢?”、“第二条展开说说”); /new 开始新对话, /quit 退出。"""
    from assistant.models import Answer
    from assistant.services import ServiceError

    svc = _chat_service()
    model = _model(svc, llm)
    # The prompt appears at once; the models load in the background while the user types.
    loader = threading.Thread(target=_warm, args=(svc,), daemon=True)
    loader.start()
    console.print("岗位助手：可以问岗位职责、任职要求、汇报关系和 KPI。输入 /new 开始新对话，/quit 退出。", style="bold")
    conversation = svc.chat.new_conversation()
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
            conversation = svc.chat.new_conversation()
            console.print("已开始新的对话。", style="dim")
            continue
        if q.startswith("/"):
            err_console.print("可用命令：/new 开始新对话，/quit 退出。")
            continue
        if loader.is_alive():
            with console.status("正在加载模型…"):
                loader.join()
        console.print("[bold green]助手：[/]")
        answer = None
        try:
            # An LLM reply is shown only once checked: streamed text could be replaced by the fallback.
            if wants_plain(plain) and model is None:
                for part in svc.chat.stream(q, conversation):
                    if isinstance(part, Answer):
                        answer = part
                    else:
                        sys.stdout.write(plain_markdown(part) + ("\n" if part.endswith("\n") else ""))
                        sys.stdout.flush()
            else:
                answer = svc.chat.ask(q, conversation, model)
                if wants_plain(plain):
                    sys.stdout.write(plain_markdown(answer.text))
                else:
                    print_markdown(answer.text)
        except ServiceError as exc:
            err_console.print(f"[red]{exc.message}[/]")
            continue
        except KeyboardInterrupt:
            console.print("\n（已中断）", style="dim")
            continue
        sys.stdout.write("\n")
        if answer is not None:
            sys.stdout.write("\n".join(footer_lines(answer)) + "\n\n")
            sys.stdout.flush()


def _warm(svc: Any) -> None:
    try:
        svc.warm_up()
    except Exception:  # noqa: BLE001 - the first question reports any real problem
        pass
