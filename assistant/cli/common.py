"""Shared CLI helpers: settings, console, Chinese error exits."""

from __future__ import annotations

import sys
from typing import NoReturn

from rich.console import Console

from assistant.config import Settings

console = Console()
err_console = Console(stderr=True)


def settings() -> Settings:
    from pydantic import ValidationError

    try:
        return Settings()
    except ValidationError as exc:
        fail(f"配置错误 (环境变量 GANGWEI_*): {exc}")


def fail(message: str, code: int = 1) -> NoReturn:
    err_console.print(f"[bold red]错误:[/] {message}")
    sys.exit(code)
