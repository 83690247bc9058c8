"""``gangwei lexicon show|check``: the vocabulary files and a validator for a user's own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from assistant.cli import app
from assistant.cli.common import console, fail, settings

lexicon_app = typer.Typer(
    help="词表 (lexicon): 岗位、字段、段落、意图、平衡计分卡、KPI、SMART、清洗、范围、同义词。"
    "在 $GANGWEI_HOME/lexicon/ 放同名 .toml 文件即可扩展 (列表追加, 键值覆盖)。",
    no_args_is_help=True,
)
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("show")
def show(
    name: Annotated[Optional[str], typer.Argument(help="只看一个词表, 如 roles / fields / sections")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出合并后的 JSON")] = False,
) -> None:
    """显示合并后的词表 (内置 + $GANGWEI_HOME/lexicon/ 中的用户词表)。"""
    from assistant.lexicon import FILES, LexiconError, load_lexicon

    cfg = settings()
    try:
        lex = load_lexicon(cfg.home)
    except LexiconError as exc:
        fail(str(exc))
    if name and name not in FILES:
        fail(f"没有词表 “{name}”; 可选: {', '.join(FILES)}")
    data = lex.model_dump(mode="json")
    if as_json:
        typer.echo(json.dumps(data[name] if name else data, ensure_ascii=False, indent=2))
        return
    console.print(f"词表指纹 {lex.fingerprint} · 来源: " + "、".join(lex.sources))
    for part in [name] if name else FILES:
        body = data[part]
        sizes = [f"{k} {len(v)}" for k, v in body.items() if isinstance(v, (list, dict))]
        console.print(f"[bold]{part}.toml[/]: " + " · ".join(sizes))


@lexicon_app.command("check")
def check(file: Annotated[Path, typer.Argument(help="要检查的用户词表文件, 如 ~/.local/share/gangwei/lexicon/roles.toml")]) -> None:
    """检查一个用户词表文件: TOML 语法、键名、类型、正则表达式; 通过时显示它添加了什么。"""
    from assistant.lexicon import LexiconError, check_file

    try:
        summary = check_file(file)
    except LexiconError as exc:
        fail(str(exc))
    console.print(f"[green]检查通过[/]: {file}")
    for line in summary:
        console.print(f"  {line}")
