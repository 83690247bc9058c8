"""Users, roles and login protection, shared by the API (HTTP Basic / bearer) and the web UI (Gradio login).

``GANGWEI_AUTH`` is a users file (one ``name:secret:role`` per line, ``#`` comments) or an inline
``name:secret:role,name2:secret2:role2``. ``secret`` is an argon2 hash (``gangwei users hash`` /
``gangwei users add``); a plaintext password is still accepted, with a warning, so existing files
keep working until they are converted.

Failed logins are limited per user name and per client address (``GANGWEI_LOGIN_LIMIT``, several
windows for a growing back-off); while a limit is exhausted even the right password is refused, so
guessing gains nothing. Request rates per user (``GANGWEI_RATE_LIMIT``) use the same library.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import secrets
import threading
import time
from collections import OrderedDict
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

if TYPE_CHECKING:
    from assistant.config import Settings

ARGON2_PREFIX = "$argon2"
DEFAULT_LOGIN_LIMIT = "5/minute;20/hour"  # failed logins per user name
DEFAULT_CLIENT_LIMIT = "20/minute;100/hour"  # failed logins per client address, over all names
VERIFIED_CACHE = 1024  # successful (name, password) checks remembered, so Basic auth is not argon2 per request


class Role(str, Enum):
    viewer = "viewer"
    editor = "editor"


class User(BaseModel):
    name: str
    role: Role

    @property
    def can_edit(self) -> bool:
        return self.role == Role.editor


class AuthConfigError(ValueError):
    """GANGWEI_AUTH cannot be parsed; the message is user-facing Chinese text."""


# Without GANGWEI_AUTH the app is a single-user local tool: everyone may edit the knowledge base.
ANONYMOUS = User(name="本地用户", role=Role.editor)


# --- passwords ------------------------------------------------------------------------------------


def hash_password(password: str) -> str:
    """An argon2id hash (RFC 9106 parameters of argon2-cffi) to put in the users file."""
    from argon2 import PasswordHasher

    if not password:
        raise ValueError("密码不能为空")
    return PasswordHasher().hash(password)


def is_hashed(secret: str) -> bool:
    return secret.startswith(ARGON2_PREFIX)


def _verify_hash(encoded: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return PasswordHasher().verify(encoded, password)
    except (VerificationError, InvalidHashError):
        return False


def _check_hash_format(name: str, encoded: str, source: str) -> None:
    from argon2 import extract_parameters
    from argon2.exceptions import InvalidHashError

    try:
        extract_parameters(encoded)
    except (InvalidHashError, ValueError):
        raise AuthConfigError(f"{source} 中用户 {name} 的密码哈希无效; 请用 `gangwei users hash` 重新生成") from None


# --- login back-off ---------------------------------------------------------------------------------


class LoginBlocked(Exception):
    """Too many failed logins for this user name or client; ``retry_after`` whole seconds to wait."""

    def __init__(self, retry_after: int) -> None:
        self.retry_after = max(1, int(retry_after))
        super().__init__(f"登录失败次数过多, 已暂时锁定; 请 {self.retry_after} 秒后再试")

    @property
    def message(self) -> str:
        return str(self)


def _limiter(spec: str):  # noqa: ANN202 - (limits.strategies.MovingWindowRateLimiter, list[RateLimitItem])
    from limits import parse_many
    from limits.storage import MemoryStorage
    from limits.strategies import MovingWindowRateLimiter

    return MovingWindowRateLimiter(MemoryStorage()), parse_many(spec)


def _retry_after(limiter, items, *keys: str) -> int:  # noqa: ANN001
    """Seconds until every exhausted window of ``items`` has room again."""
    wait = 0.0
    now = time.time()
    for item in items:
        stats = limiter.get_window_stats(item, *keys)
        if stats.remaining <= 0:
            wait = max(wait, stats.reset_time - now)
    return max(1, math.ceil(wait))


class LoginGuard:
    """Failed-login counters per user name and per client address (in memory, per process).

    Only real failures count: attempts refused while blocked do not extend the lock, so the
    rightful user gets in as soon as the window has passed, and hammering one locked name does
    not lock the client out of other accounts. The client limit catches guessing across names.
    """

    def __init__(self, spec: str = DEFAULT_LOGIN_LIMIT, client_spec: str = DEFAULT_CLIENT_LIMIT) -> None:
        self._user = _limiter(spec) if spec and spec.strip() else None
        self._client = _limiter(client_spec) if client_spec and client_spec.strip() else None

    def _keys(self, name: str, client: str | None):  # noqa: ANN202 - [(limiter, items, key...)]
        keys = []
        if self._user is not None:
            keys.append((*self._user, ("user", name.casefold())))
        if self._client is not None and client:
            keys.append((*self._client, ("client", client)))
        return keys

    def check(self, name: str, client: str | None) -> None:
        """Raise ``LoginBlocked`` while this name or client has used up a window."""
        for limiter, items, key in self._keys(name, client):
            if not all(limiter.test(item, *key) for item in items):
                raise LoginBlocked(_retry_after(limiter, items, *key))

    def failed(self, name: str, client: str | None) -> None:
        for limiter, items, key in self._keys(name, client):
            for item in items:
                limiter.hit(item, *key)

    def succeeded(self, name: str) -> None:
        # A correct login forgives the user's earlier typos (the client's count stays).
        if self._user is not None:
            limiter, items = self._user
            for item in items:
                limiter.clear(item, "user", name.casefold())


class RateLimited(Exception):
    """A user went over ``GANGWEI_RATE_LIMIT``; ``retry_after`` whole seconds to wait."""

    def __init__(self, spec: str, retry_after: int) -> None:
        self.retry_after = max(1, int(retry_after))
        super().__init__(f"请求过于频繁 (上限 {spec}), 请 {self.retry_after} 秒后再试")

    @property
    def message(self) -> str:
        return str(self)


class RequestLimiter:
    """Per-user request budget for the expensive endpoints (chat, search, tools)."""

    def __init__(self, spec: str | None) -> None:
        self.spec = (spec or "").strip()
        self._limiter, self._items = _limiter(self.spec) if self.spec else (None, [])

    def hit(self, key: str) -> None:
        """Count one request for ``key``; raise ``RateLimited`` when over the budget."""
        if self._limiter is None:
            return
        for item in self._items:
            if not self._limiter.hit(item, "request", key):
                raise RateLimited(self.spec, _retry_after(self._limiter, self._items, "request", key))


# --- users ----------------------------------------------------------------------------------------

# Inline lists are split at commas that start a new "name:" entry; argon2 hashes contain commas
# ("m=65536,t=3,p=4") but never a colon.
_INLINE_SPLIT = re.compile(r",(?=\s*[^,:$\s][^,:$]*:)")


def parse_entry(entry: str, source: str) -> tuple[str, str, Role]:
    """``name:secret:role`` -> (name, secret, role); the secret may itself contain colons."""
    name, sep, rest = entry.partition(":")
    secret, sep2, role = rest.rpartition(":")
    name, secret, role = name.strip(), secret.strip(), role.strip()
    if not sep or not sep2 or not name or not secret:
        raise AuthConfigError(f"用户配置格式错误: “{entry}”, 应为 用户名:密码或哈希:角色 (角色为 viewer 或 editor)")
    try:
        return name, secret, Role(role.lower())
    except ValueError:
        raise AuthConfigError(f"用户 {name} 的角色 “{role}” 无效, 只能是 viewer 或 editor") from None


class UserStore:
    """Checks credentials. ``enabled`` is False when no users are configured (login not required)."""

    def __init__(
        self,
        users: dict[str, tuple[str, Role]] | None = None,
        login_limit: str = DEFAULT_LOGIN_LIMIT,
        source: str = "GANGWEI_AUTH",
        client_limit: str = DEFAULT_CLIENT_LIMIT,
    ) -> None:
        self._users = dict(users or {})
        self.source = source
        self.guard = LoginGuard(login_limit, client_limit) if self._users else LoginGuard("", "")
        self._key = secrets.token_bytes(32)  # keys the cache of verified credentials (no passwords kept)
        self._verified: OrderedDict[bytes, str] = OrderedDict()
        self._lock = threading.Lock()
        self._dummy: str | None = None
        plain = sorted(name for name, (secret, _) in self._users.items() if not is_hashed(secret))
        # Read once, at start-up; `gangwei serve` prints these (and library users can read them).
        self.warnings: list[str] = []
        if plain:
            self.warnings.append(
                f"{source} 中用户 {'、'.join(plain)} 的密码是明文保存的。请运行 `gangwei users hash` 生成 argon2 哈希"
                f"并替换明文密码 (或用 `gangwei users add 用户名 --role editor` 重新写入)。"
            )

    @property
    def enabled(self) -> bool:
        return bool(self._users)

    @classmethod
    def for_settings(cls, settings: Settings) -> UserStore:
        return cls.from_setting(settings.auth, login_limit=settings.login_limit, client_limit=settings.login_client_limit)

    @classmethod
    def from_setting(
        cls, value: str | None, login_limit: str = DEFAULT_LOGIN_LIMIT, client_limit: str = DEFAULT_CLIENT_LIMIT
    ) -> UserStore:
        if not value or not value.strip():
            return cls()
        text = value.strip()
        path = Path(text).expanduser()
        # Inline specs contain ':'; a path to an existing file wins even if it has one (e.g. C:\...).
        if path.is_file():
            source = f"用户文件 {path}"
            try:
                text = path.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise AuthConfigError(f"无法读取用户文件 {path}: {exc}") from exc
            entries = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
        elif ":" not in text:
            raise AuthConfigError(f"GANGWEI_AUTH 指向的用户文件不存在: {text}")
        else:
            source = "GANGWEI_AUTH"
            entries = [part.strip() for part in _INLINE_SPLIT.split(text) if part.strip()]
        users: dict[str, tuple[str, Role]] = {}
        for entry in entries:
            name, secret, role = parse_entry(entry, source)
            if is_hashed(secret):
                _check_hash_format(name, secret, source)
            users[name] = (secret, role)
        if not users:
            raise AuthConfigError("GANGWEI_AUTH 已设置但没有任何用户")
        return cls(users, login_limit=login_limit, source=source, client_limit=client_limit)

    def _digest(self, name: str, password: str) -> bytes:
        return hmac.new(self._key, f"{name}\x00{password}".encode(), hashlib.sha256).digest()

    def _dummy_hash(self) -> str:
        # Unknown names cost one argon2 verification too, so timing does not tell which names exist.
        if self._dummy is None:
            from argon2 import PasswordHasher

            self._dummy = PasswordHasher().hash(secrets.token_hex(16))
        return self._dummy

    def check(self, name: str, password: str) -> User | None:
        """The user when the password matches, else None (no back-off: see ``login``)."""
        found = self._users.get(name)
        digest = self._digest(name, password)
        with self._lock:
            if found is not None and self._verified.get(digest) == name:
                self._verified.move_to_end(digest)
                return User(name=name, role=found[1])
        if found is None:
            if any(is_hashed(s) for s, _ in self._users.values()):
                _verify_hash(self._dummy_hash(), password)
            else:
                hmac.compare_digest(password.encode(), b"\x00" * max(len(password), 1))
            return None
        secret, role = found
        ok = _verify_hash(secret, password) if is_hashed(secret) else hmac.compare_digest(password.encode(), secret.encode())
        if not ok:
            return None
        with self._lock:
            self._verified[digest] = name
            while len(self._verified) > VERIFIED_CACHE:
                self._verified.popitem(last=False)
        return User(name=name, role=role)

    def login(self, name: str, password: str, client: str | None = None) -> User | None:
        """``check`` behind the back-off: raises ``LoginBlocked`` while this name or client is locked."""
        self.guard.check(name, client)
        user = self.check(name, password)
        if user is None:
            self.guard.failed(name, client)
        else:
            self.guard.succeeded(name)
        return user

    def get(self, name: str | None) -> User | None:
        """The user with this (already authenticated) name."""
        if not self.enabled:
            return ANONYMOUS
        if name is None or name not in self._users:
            return None
        return User(name=name, role=self._users[name][1])

    def names(self) -> list[str]:
        return sorted(self._users)


# --- the users file ---------------------------------------------------------------------------------


def write_user(path: Path, name: str, secret: str, role: Role) -> bool:
    """Add or replace ``name`` in a users file (comments and other users kept). True if replaced.

    Written to a temp file and renamed, readable by the owner only.
    """
    import os
    import tempfile

    if not name or any(ch in name for ch in ":,$#") or name != name.strip():
        raise AuthConfigError(f"用户名 “{name}” 无效: 不能为空, 不能含有 : , $ # 或首尾空格")
    lines = path.read_text("utf-8").splitlines() if path.exists() else []
    entry = f"{name}:{secret}:{role.value}"
    replaced = False
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and stripped.partition(":")[0].strip() == name:
            if not replaced:
                out.append(entry)
            replaced = True
            continue
        out.append(line)
    if not replaced:
        if not lines:
            out.append("# 岗位助手用户 (GANGWEI_AUTH): 用户名:argon2 哈希:角色 (viewer 或 editor)")
        out.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return replaced
