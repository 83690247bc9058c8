"""Unit tests of the pieces around the API that need no server: users, upload checks, error text."""

from __future__ import annotations

import base64

import pytest

from assistant.api.auth import authenticate
from assistant.api.errors import ApiError, describe_validation
from assistant.api.users import ANONYMOUS, AuthConfigError, Role, UserStore
from assistant.services import ServiceError, check_upload, safe_document_name


def test_inline_users_and_roles() -> None:
    users = UserStore.from_setting("alice:s3cret:editor, bob:pw:viewer")
    assert users.enabled
    assert users.check("alice", "s3cret").role == Role.editor
    assert users.check("bob", "pw").role == Role.viewer
    assert users.check("bob", "wrong") is None
    assert users.check("nobody", "pw") is None
    assert users.get("alice").can_edit and not users.get("bob").can_edit


def test_users_from_file(tmp_path) -> None:
    path = tmp_path / "users.txt"
    path.write_text("# 账号\nhr:一二三:editor\n\nboss:x:VIEWER\n", encoding="utf-8")
    users = UserStore.from_setting(str(path))
    assert users.check("hr", "一二三").can_edit
    assert users.check("boss", "x").role == Role.viewer


@pytest.mark.parametrize(
    "value, fragment",
    [
        ("alice:pw:admin", "角色"),
        ("alice:pw", "格式错误"),
        ("/no/such/file", "不存在"),
    ],
)
def test_bad_auth_settings_have_chinese_messages(value: str, fragment: str) -> None:
    with pytest.raises(AuthConfigError, match=fragment):
        UserStore.from_setting(value)


def test_no_auth_means_anonymous_editor() -> None:
    users = UserStore.from_setting(None)
    assert not users.enabled
    assert authenticate(users, None) is ANONYMOUS and ANONYMOUS.can_edit


def test_basic_and_bearer_credentials() -> None:
    users = UserStore.from_setting("alice:pa:ss:editor".replace("pa:ss", "pass"))
    basic = "Basic " + base64.b64encode(b"alice:pass").decode()
    assert authenticate(users, basic).name == "alice"
    assert authenticate(users, "Bearer alice:pass").name == "alice"
    for header in (None, "Bearer alice:nope", "Basic !!!", "Token alice:pass", "Bearer alice"):
        with pytest.raises(ApiError) as err:
            authenticate(users, header)
        assert err.value.status == 401


@pytest.mark.parametrize("name", ["", ".hidden.md", "..", "dir/", "a\x00b.md", "a?.md", "x" * 130 + ".md"])
def test_unsafe_names_refused(name: str) -> None:
    with pytest.raises(ServiceError):
        check_upload(name, b"text", 1)


def test_path_components_are_dropped() -> None:
    assert safe_document_name("C:\\Users\\hr\\岗位说明.md") == "岗位说明.md"
    assert safe_document_name("dir/sub/a.txt") == "a.txt"
    assert safe_document_name("../../etc/x.md") == "x.md"


@pytest.mark.parametrize(
    "name, data, status",
    [
        ("a.exe", b"MZ...", 415),
        ("a.docx", b"plain text", 415),
        ("a.pdf", b"not a pdf", 415),
        ("a.md", b"\x00\x01binary", 415),
        ("a.md", b"   \n", 400),
        ("a.md", b"x" * (1024 * 1024 + 1), 413),
    ],
)
def test_upload_type_and_size_checks(name: str, data: bytes, status: int) -> None:
    with pytest.raises(ServiceError) as err:
        check_upload(name, data, max_mb=1)
    assert err.value.status == status
    assert not err.value.message.isascii()


def test_valid_uploads_pass() -> None:
    assert check_upload("说明.md", "# 标题\n内容".encode(), 1) == "说明.md"
    assert check_upload("a.pdf", b"%PDF-1.7 ...", 1) == "a.pdf"
    assert check_upload("a.docx", b"PK\x03\x04...", 1) == "a.docx"


def test_validation_errors_read_in_chinese() -> None:
    text = describe_validation(
        [
            {"type": "missing", "loc": ("body", "messages"), "msg": "Field required"},
            {"type": "less_than_equal", "loc": ("query", "k"), "msg": "x", "ctx": {"le": 50}},
            {"type": "value_error", "loc": ("body", "messages"), "msg": "Value error, 最后一条消息必须来自用户"},
        ]
    )
    assert "messages: 缺少必填字段" in text
    assert "k: 应 ≤ 50" in text
    assert "最后一条消息必须来自用户" in text and "Value error" not in text
