"""The ``gangwei`` command. Sub-commands live in one module each; heavy imports stay inside them."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="gangwei",
    help="岗位助手 (gangwei): 岗位职责、任职资格与 KPI 设计的离线问答助手。所有回答均来自语料并注明出处。",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

# Each module adds its commands to ``app`` (or sub-apps) when imported.
_COMMAND_MODULES = ("ingest", "search", "ask", "tools", "evaluate", "serve")


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
