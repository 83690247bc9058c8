"""Unit tests of the pieces around the API that need no server: users, upload checks, error text."""

from __future__ import annotations

import base64

import pytest

from assistant.api.auth import authenticate
from assistant.api.errors import ApiError, describe_validation
from assistant.auth import ANONYMOUS, AuthConfigError, Role, UserStore
from assistant.services import ServiceError, Services, safe_document_name


@pytest.fixture
def check_upload(tmp_path):
    """The corpus service's upload check with a 1 MB limit (no model or index is loaded)."""
    from assistant.config import Settings

    corpus = Services(Settings(home=tmp_path, corpus_dir=tmp_path / "corpus", upload_max_mb=1, auth=None)).corpus
    return corpus.check_upload


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
def test_unsafe_names_refused(name: str, check_upload) -> None:
    with pytest.raises(ServiceError):
        check_upload(name, b"text")


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
        ("a.md", b"   \n", 400),
        ("a.md", b"x" * (1024 * 1024 + 1), 413),
    ],
)
def test_upload_type_and_size_checks(name: str, data: bytes, status: int, check_upload) -> None:
    with pytest.raises(ServiceError) as err:
        check_upload(name, data)
    assert err.value.status == status
    assert not err.value.message.isascii()


def test_valid_uploads_pass(check_upload) -> None:
    assert check_upload("说明.md", "# 标题\n内容".encode()) == "说明.md"
    assert check_upload("a.pdf", b"%PDF-1.7 ...") == "a.pdf"
    assert check_upload("a.docx", b"PK\x03\x04...") == "a.docx"


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


def test_choice_errors_list_the_choices_without_english() -> None:
    text = describe_validation(
        [{"type": "literal_error", "loc": ("body", "format"), "msg": "x", "ctx": {"expected": "'json' or 'xlsx'"}}]
    )
    assert "format: 取值无效, 可选: json / xlsx" in text and " or " not in text and "'" not in text


def test_request_models_validate_format_and_count_in_chinese() -> None:
    from pydantic import ValidationError

    from assistant.api.schemas import JdBody, KpiDesignBody

    assert JdBody(role="客户经理", format="md").format == "md"
    assert JdBody(role="客户经理", format=" Markdown ").format == "markdown"
    with pytest.raises(ValidationError) as bad:
        JdBody(role="客户经理", format="pdf")
    assert "可选: json / markdown (或 md) / docx" in describe_validation(list(bad.value.errors()))
    assert KpiDesignBody(role="客户经理", count=5).count == 5
    assert KpiDesignBody(role="客户经理").count is None
    for count in (3, 8, 0):
        with pytest.raises(ValidationError) as bad:
            KpiDesignBody(role="客户经理", count=count)
        assert "count: 指标个数应在 4 到 7 之间" in describe_validation(list(bad.value.errors()))


def test_docs_fallback_page_when_swagger_assets_are_missing(monkeypatch) -> None:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from assistant.api import docs

    monkeypatch.setattr(docs, "swagger_assets", lambda: None)
    app = FastAPI(docs_url=None, redoc_url=None)
    docs.install_docs(app, "岗位助手")
    page = TestClient(app).get("/docs")
    assert page.status_code == 200 and "/openapi.json" in page.text
    assert "不可用" in page.text and "swagger-ui-bundle-v2" in page.text
    assert "<script" not in page.text


def test_swagger_assets_ship_with_the_installed_package() -> None:
    from assistant.api.docs import swagger_assets

    folder = swagger_assets()
    assert folder is not None, "swagger-ui-bundle-v2 (a dependency in pyproject.toml) is not installed"
    assert (folder / "swagger-ui-bundle.js").stat().st_size > 100_000
