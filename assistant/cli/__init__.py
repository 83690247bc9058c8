"""The ``gangwei`` command. Sub-commands live in one module each; heavy imports stay inside them."""

from __future__ import annotations

import importlib
from typing import Annotated, Optional

import typer

app = typer.Typer(
    name="gangwei",
    help="岗位助手 (gangwei): 岗位职责、任职资格与 KPI 设计的离线问答助手。所有回答均来自知识库文档并注明出处。",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

# Each module adds its commands to ``app`` (or sub-apps) when imported.
_COMMAND_MODULES = ("ingest", "search", "ask", "tools", "evaluate", "serve", "lexicon", "users")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"gangwei {version('gangwei')}")
        except PackageNotFoundError:
            typer.echo("gangwei (未安装的源码)")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="显示版本并退出")] = None,
) -> None:
    """岗位助手: 离线的岗位职责、任职资格与 KPI 问答。"""


def _register() -> None:
    for name in _COMMAND_MODULES:
        try:
            importlib.import_module(f"assistant.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"assistant.cli.{name}":
                raise


def main() -> None:
    _register()
    app()
