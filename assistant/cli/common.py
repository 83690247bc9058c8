"""Shared CLI helpers: settings, the services door, console, Chinese error exits, answer rendering."""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, NoReturn

from rich.console import Console

from assistant.text import unescape_md

if TYPE_CHECKING:  # imported when used: pydantic-settings alone is a third of `gangwei --help`
    from assistant.config import Settings
    from assistant.models import Answer
    from assistant.services import Services

console = Console()
err_console = Console(stderr=True)


def settings() -> Settings:
    from pydantic import ValidationError

    from assistant.config import Settings

    try:
        return Settings()
    except ValidationError as exc:
        fail(f"配置错误 (环境变量 GANGWEI_*): {exc}")


def services(cfg: Settings | None = None) -> Services:
    from assistant.services import Services

    return Services(cfg or settings())


def fail(message: str, code: int = 1) -> NoReturn:
    from rich.markup import escape

    err_console.print(f"[bold red]错误:[/] {escape(message)}")
    sys.exit(code)


_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")


def plain_markdown(text: str) -> str:
    """Markdown as plain text for pipes and files: no **, >, # or table bars."""
    out = []
    for line in text.splitlines():
        line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        line = line.replace("**", "").replace("__", "")
        line = _MD_LINK.sub(r"\1", line)
        if re.match(r"^\s*\|?\s*:?-{3,}", line):
            continue
        if line.strip().startswith("|") and line.strip().endswith("|"):
            line = "  ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        out.append(unescape_md(line))
    return "\n".join(out)


def wants_plain(plain: bool) -> bool:
    return plain or not sys.stdout.isatty()


def print_markdown(text: str, plain: bool = False) -> None:
    """Rich rendering in a terminal; plain text when piped or with --plain."""
    if wants_plain(plain):
        sys.stdout.write(plain_markdown(text).rstrip() + "\n")
        sys.stdout.flush()
        return
    from rich.markdown import Markdown

    console.print(Markdown(text))


def footer_lines(answer: Answer) -> list[str]:
    """What a terminal prints under an answer: note, sources (one citation format), backend."""
    from assistant.knowledge.citations import citation_lines

    lines: list[str] = []
    if answer.note and answer.note not in answer.text and not answer.refused:
        lines.append(f"注：{answer.note}")
    if answer.citations:
        lines.append("出处：")
        lines += [f"  {c}" for c in citation_lines(answer.citations)]
        label = {"extractive": "原文摘录", "llm": "大模型改写（已校验）"}.get(answer.backend, answer.backend)
        total = answer.timings.get("total")
        lines.append(f"（{label}" + (f"，用时 {total * 1000:.0f} 毫秒）" if total is not None else "）"))
    return lines


def print_answer(answer: Answer, plain: bool = False) -> None:
    print_markdown(answer.text, plain)
    sys.stdout.write("\n" + "\n".join(footer_lines(answer)) + "\n")
    sys.stdout.flush()
