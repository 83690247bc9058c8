"""``gangwei users``: argon2 password hashes and the users file behind ``GANGWEI_AUTH``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from assistant.cli import app
from assistant.cli.common import console, err_console, fail, settings

users_app = typer.Typer(help="登录用户: 生成密码哈希, 写入用户文件 (GANGWEI_AUTH)。", no_args_is_help=True)
app.add_typer(users_app, name="users")


def read_password(confirm: bool = True) -> str:
    """From the terminal (hidden, asked twice) or, when piped, the first line of stdin."""
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass("密码: ")
        if confirm and getpass.getpass("再输入一次: ") != password:
            fail("两次输入的密码不一致")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        fail("密码不能为空")
    return password


@users_app.command("hash")
def hash_command() -> None:
    """读入一个密码 (终端中隐藏输入; 或从标准输入读第一行), 输出 argon2 哈希, 可填入用户文件: 用户名:哈希:角色。"""
    from assistant.auth import hash_password

    typer.echo(hash_password(read_password()))


def users_file(explicit: Path | None) -> Path:
    """--file, else GANGWEI_AUTH when it names a file, else ``<home>/users.txt``."""
    if explicit is not None:
        return explicit.expanduser()
    cfg = settings()
    value = (cfg.auth or "").strip()
    if value:
        path = Path(value).expanduser()
        if path.is_file() or ":" not in value:
            return path
        fail("GANGWEI_AUTH 是内联的用户列表 (用户名:密码:角色,...), 不是文件; 请用 --file 指定要写入的用户文件")
    return cfg.home / "users.txt"


@users_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="用户名")],
    role: Annotated[str, typer.Option("--role", help="角色: viewer (只读) 或 editor (可修改知识库)")] = "viewer",
    file: Annotated[Optional[Path], typer.Option("--file", help="用户文件 (默认: GANGWEI_AUTH 指向的文件, 或 数据目录/users.txt)")] = None,
) -> None:
    """添加或更新用户: 读入密码 (终端中隐藏输入; 或从标准输入读第一行), 以 argon2 哈希写入用户文件。"""
    from assistant.auth import AuthConfigError, Role, UserStore, hash_password, write_user

    try:
        chosen = Role(role.strip().lower())
    except ValueError:
        fail(f"角色 “{role}” 无效, 只能是 viewer 或 editor")
    path = users_file(file)
    if path.exists():
        try:
            UserStore.from_setting(str(path))  # refuse to append to a file that does not parse
        except AuthConfigError as exc:
            fail(f"{exc} (请先修正 {path})")
    try:
        replaced = write_user(path, name.strip(), hash_password(read_password()), chosen)
    except AuthConfigError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"无法写入用户文件 {path}: {exc.strerror or exc}")
    console.print(f"{'已更新' if replaced else '已添加'}用户 {name} ({chosen.value}) → {path}", highlight=False)
    current = (settings().auth or "").strip()
    if not current or Path(current).expanduser().resolve() != path.resolve():
        err_console.print(f"提示: 设置 GANGWEI_AUTH={path} 后重启 `gangwei serve` 即启用登录。", highlight=False)
