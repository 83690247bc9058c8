"""Authentication hardening: argon2 users file, plaintext flagged, login back-off (API and the Gradio
login), per-user request limits, and the `gangwei users` commands."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.auth import AuthConfigError, LoginBlocked, RateLimited, RequestLimiter, Role, UserStore

GANGWEI = Path(sys.executable).with_name("gangwei")


def cheap_hash(password: str) -> str:
    """An argon2id hash with small parameters (the verifier reads them from the hash): fast tests."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(password)


def basic(name: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{name}:{password}".encode()).decode()}


def test_hashed_users_file_is_verified_and_plaintext_is_flagged(tmp_path) -> None:
    path = tmp_path / "users.txt"
    path.write_text(f"# 账号\nhr:{cheap_hash('一二三')}:editor\nboss:plain-pw:viewer\n", encoding="utf-8")
    users = UserStore.from_setting(str(path))
    assert users.check("hr", "一二三").role == Role.editor
    assert users.check("hr", "一二四") is None
    assert users.check("boss", "plain-pw").role == Role.viewer  # still read, once converted it is hashed
    assert users.check("nobody", "x") is None
    assert len(users.warnings) == 1
    warning = users.warnings[0]
    assert str(path) in warning and "boss" in warning and "hr" not in warning.split("boss")[0].split(str(path))[1]
    assert "gangwei users hash" in warning and "明文" in warning


def test_inline_list_with_hashes_and_no_warning_when_all_hashed() -> None:
    # argon2 hashes contain commas ("m=1024,t=1,p=1"): the inline list must still split per user
    inline = f"alice:{cheap_hash('a-pass')}:editor,bob:{cheap_hash('b-pass')}:viewer"
    users = UserStore.from_setting(inline)
    assert users.names() == ["alice", "bob"]
    assert users.check("alice", "a-pass").can_edit and users.check("bob", "b-pass").role == Role.viewer
    assert users.warnings == []


def test_broken_hash_is_a_chinese_config_error() -> None:
    with pytest.raises(AuthConfigError, match="哈希无效"):
        UserStore.from_setting("alice:$argon2id$v=19$garbage:editor")


def test_hundred_wrong_passwords_lock_the_user_then_the_window_passes() -> None:
    users = UserStore.from_setting(f"alice:{cheap_hash('right')}:editor", login_limit="5 per 3 seconds")
    started = time.monotonic()
    outcomes = []
    for i in range(100):
        try:
            outcomes.append(users.login("alice", f"wrong-{i}", client=f"10.0.0.{i % 50}"))
        except LoginBlocked as exc:
            outcomes.append(exc)
    assert outcomes[:5] == [None] * 5
    blocked = [o for o in outcomes[5:] if isinstance(o, LoginBlocked)]
    assert len(blocked) == 95 and all(1 <= b.retry_after <= 3 for b in blocked)
    assert "秒后再试" in blocked[0].message
    assert time.monotonic() - started < 10  # blocked attempts cost no password check
    # the right password during the lock-out is refused as well
    with pytest.raises(LoginBlocked):
        users.login("alice", "right", client="10.0.0.99")
    time.sleep(3.2)
    assert users.login("alice", "right", client="10.0.0.99").name == "alice"


def test_failures_from_one_client_lock_that_client_for_every_name() -> None:
    users = UserStore.from_setting("alice:a:editor,bob:b:viewer", login_limit="100/minute", client_limit="4 per 5 seconds")
    for name in ("alice", "bob", "carol", "dave"):
        assert users.login(name, "guess", client="192.0.2.7") is None
    with pytest.raises(LoginBlocked):
        users.login("bob", "b", client="192.0.2.7")
    assert users.login("bob", "b", client="192.0.2.8").name == "bob"  # another client is not affected


def test_a_locked_name_does_not_lock_its_client_out_of_other_accounts() -> None:
    users = UserStore.from_setting("alice:a:editor,bob:b:viewer", login_limit="3/minute", client_limit="5/minute")
    for i in range(50):
        try:
            users.login("alice", f"guess{i}", client="192.0.2.7")
        except LoginBlocked:
            pass
    assert users.login("bob", "b", client="192.0.2.7").name == "bob"  # only 3 real failures were counted


def test_request_limiter_counts_per_key() -> None:
    limiter = RequestLimiter("3/minute")
    for _ in range(3):
        limiter.hit("user:alice")
    with pytest.raises(RateLimited) as err:
        limiter.hit("user:alice")
    assert "请求过于频繁" in err.value.message and err.value.retry_after >= 1
    limiter.hit("user:bob")
    RequestLimiter("").hit("anyone")  # empty setting: no limit


# --- over HTTP -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def guarded_server(tmp_path_factory):
    """The real API app (no index needed for these endpoints) and a tiny Gradio UI with the real login."""
    import gradio as gr

    from assistant.api.app import create_api
    from assistant.config import Settings
    from assistant.services import Services
    from assistant.web import BackgroundServer, gradio_login

    home = tmp_path_factory.mktemp("auth-home")
    users_file = home / "users.txt"
    users_file.write_text(f"alice:{cheap_hash('right')}:editor\nbob:{cheap_hash('bob-pw')}:viewer\n", encoding="utf-8")
    settings = Settings(home=home, corpus_dir=home / "corpus", auth=str(users_file), login_limit="5 per 6 seconds",
                        login_client_limit="50 per 6 seconds",
                        rate_limit="4/minute", embedding="e5")  # fmt: skip
    services = Services(settings)
    users = UserStore.for_settings(settings)
    app = create_api(services, users)
    with gr.Blocks() as demo:
        gr.Markdown("岗位助手")
    app = gr.mount_gradio_app(app, demo, path="/", auth=gradio_login(app, users), ssr_mode=False, mcp_server=False)
    with BackgroundServer(app) as server:
        yield server


def wait_out(response: httpx.Response) -> None:
    """Sleep until the back-off the server announced (Retry-After) has passed."""
    time.sleep(int(response.headers["retry-after"]) + 0.3)


def flood(send, until: float, most: int) -> list[int]:
    """Status codes of wrong logins sent while the lock-out certainly holds (before ``until``).

    Sending stops at the deadline rather than after a fixed count: on a loaded machine a hundred
    requests may outlast the window, and a code after it says nothing about the back-off."""
    codes = []
    while len(codes) < most and time.monotonic() < until:
        codes.append(send(len(codes)))
    return codes


def test_api_login_backs_off_with_429_and_retry_after(guarded_server) -> None:
    url = f"{guarded_server.url}/v1/models"
    started = time.monotonic()  # the window (6 s) starts at the first failure, not earlier
    codes = [httpx.get(url, headers=basic("alice", f"bad{i}"), timeout=30).status_code for i in range(5)]
    assert codes == [401] * 5
    locked = httpx.get(url, headers=basic("alice", "right"), timeout=30)
    assert locked.status_code == 429  # the right password is refused during the lock-out
    assert 1 <= int(locked.headers["retry-after"]) <= 6
    assert "登录失败次数过多" in locked.json()["error"]["message"]
    more = flood(lambda i: httpx.get(url, headers=basic("alice", f"more{i}"), timeout=30).status_code,
                 until=started + 5.0, most=95)  # fmt: skip
    assert set(more) <= {429}
    wait_out(locked)
    assert httpx.get(url, headers=basic("alice", "right"), timeout=30).status_code == 200


def test_gradio_login_refuses_during_back_off(guarded_server) -> None:
    login = f"{guarded_server.url}/login"
    started = time.monotonic()
    codes = [httpx.post(login, data={"username": "bob", "password": f"x{i}"}, timeout=30).status_code for i in range(5)]
    assert codes == [400] * 5
    locked = httpx.post(login, data={"username": "bob", "password": "bob-pw"}, timeout=30)
    assert locked.status_code == 429 and "登录失败次数过多" in locked.text
    more = flood(lambda i: httpx.post(login, data={"username": "bob", "password": f"y{i}"}, timeout=30).status_code,
                 until=started + 5.0, most=15)  # fmt: skip
    assert set(more) <= {429}
    wait_out(locked)
    ok = httpx.post(login, data={"username": "bob", "password": "bob-pw"}, timeout=30)
    assert ok.status_code == 200 and ok.json() == {"success": True}


def test_per_user_request_limit_on_working_endpoints(guarded_server) -> None:
    url = f"{guarded_server.url}/v1/models"  # a chat endpoint: counted against the budget (4/minute here)
    codes = [httpx.get(url, headers=basic("bob", "bob-pw"), timeout=30).status_code for _ in range(6)]
    assert codes[:4] == [200] * 4 and codes[4:] == [429, 429]
    r = httpx.get(url, headers=basic("bob", "bob-pw"), timeout=30)
    assert "请求过于频繁" in r.json()["error"]["message"] and int(r.headers["retry-after"]) >= 1
    assert httpx.get(url, headers=basic("alice", "right"), timeout=30).status_code == 200  # per user
    assert httpx.get(f"{guarded_server.url}/healthz", timeout=30).status_code == 200  # not metered


def test_without_login_only_remote_clients_are_rate_limited(tmp_path) -> None:
    import anyio

    from assistant.api.app import create_api
    from assistant.config import Settings
    from assistant.services import Services

    app = create_api(Services(Settings(home=tmp_path, corpus_dir=tmp_path / "corpus", auth=None, rate_limit="3/minute")))

    async def codes(client: tuple[str, int]) -> list[int]:
        transport = httpx.ASGITransport(app=app, client=client)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:7860") as http:
            return [(await http.get("/v1/models")).status_code for _ in range(5)]

    assert anyio.run(codes, ("127.0.0.1", 5000)) == [200] * 5  # the local user of a desktop tool
    assert anyio.run(codes, ("203.0.113.9", 5000)) == [200, 200, 200, 429, 429]


# --- the CLI ---------------------------------------------------------------------------------------


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GANGWEI_")}
    env.update(GANGWEI_HOME=str(home), HF_HUB_OFFLINE="1", **extra)
    return env


def test_users_hash_and_add_write_argon2_entries(tmp_path) -> None:
    run = subprocess.run([str(GANGWEI), "users", "hash"], input="一个密码\n", env=cli_env(tmp_path), capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr
    encoded = run.stdout.strip()
    assert encoded.startswith("$argon2id$")
    assert UserStore.from_setting(f"x:{encoded}:viewer").check("x", "一个密码") is not None

    users_file = tmp_path / "users.txt"
    users_file.write_text("# 我们的账号\nold:plain:viewer\n", encoding="utf-8")
    env = cli_env(tmp_path, GANGWEI_AUTH=str(users_file))
    run = subprocess.run([str(GANGWEI), "users", "add", "hr", "--role", "editor"], input="s3cret\n", env=env,
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "已添加用户 hr" in run.stdout
    text = users_file.read_text("utf-8")
    assert "# 我们的账号" in text and "old:plain:viewer" in text and "s3cret" not in text
    assert oct(users_file.stat().st_mode & 0o777) == "0o600"
    users = UserStore.from_setting(str(users_file))
    assert users.check("hr", "s3cret").can_edit
    # again: the entry is replaced, not duplicated
    run = subprocess.run([str(GANGWEI), "users", "add", "hr", "--role", "viewer"], input="new-pw\n", env=env,
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0 and "已更新用户 hr" in run.stdout
    users = UserStore.from_setting(str(users_file))
    assert users.check("hr", "new-pw").role == Role.viewer and users.check("hr", "s3cret") is None
    assert users_file.read_text("utf-8").count("hr:") == 1


def test_users_add_refuses_an_inline_setting_and_bad_roles(tmp_path) -> None:
    run = subprocess.run([str(GANGWEI), "users", "add", "hr"], input="pw\n", capture_output=True, text=True, timeout=120,
                         env=cli_env(tmp_path, GANGWEI_AUTH="a:b:viewer"))  # fmt: skip
    assert run.returncode == 1 and "--file" in run.stderr and "Traceback" not in run.stderr
    run = subprocess.run([str(GANGWEI), "users", "add", "hr", "--role", "admin"], input="pw\n", capture_output=True,
                         text=True, timeout=120, env=cli_env(tmp_path))  # fmt: skip
    assert run.returncode == 1 and "viewer 或 editor" in run.stderr
