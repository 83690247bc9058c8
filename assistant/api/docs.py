"""Interactive API docs at ``/docs`` served from local files: the server runs offline, and FastAPI's
default page loads Swagger UI from a CDN (a blank page without network).

The assets come from the ``swagger-ui-bundle-v2`` package (Swagger UI 5, which reads the OpenAPI 3.1
schema FastAPI writes). Without it, ``/docs`` says so in Chinese and points to ``/openapi.json``.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

ASSETS = "/docs/assets"
_NEEDED = ("swagger-ui-bundle.js", "swagger-ui.css")


def swagger_assets() -> Path | None:
    """The folder holding Swagger UI's files, if the package that ships them is installed."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return None
    folder = Path(str(swagger_ui_path))
    return folder if all((folder / name).is_file() for name in _NEEDED) else None


def unavailable_html(openapi_url: str) -> str:
    return (
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>岗位助手 API 文档</title></head>"
        "<body style='font-family: sans-serif; max-width: 46em; margin: 3em auto; line-height: 1.7'>"
        "<h1>岗位助手 API 文档</h1>"
        "<p>交互式文档页面不可用: 本机没有安装离线版 Swagger UI 资源 (Python 包 swagger-ui-bundle-v2), "
        "而服务离线运行, 不从网络加载页面资源。</p>"
        f"<p>接口说明 (OpenAPI 3.1, JSON) 见 <a href='{openapi_url}'>{openapi_url}</a>, "
        "可导入 Postman、Apifox 等工具查看; 安装该包后重启服务即可使用本页面。</p>"
        "</body></html>"
    )


def install_docs(app: FastAPI, title: str) -> None:
    """``/docs`` (local Swagger UI or a Chinese explanation) and ``/redoc`` -> ``/docs``.

    Create the app with ``docs_url=None, redoc_url=None`` so FastAPI's CDN pages are not added.
    """
    openapi_url = app.openapi_url or "/openapi.json"
    assets = swagger_assets()
    if assets is not None:
        from fastapi.staticfiles import StaticFiles

        app.mount(ASSETS, StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> Response:
        root = request.scope.get("root_path", "").rstrip("/")
        if assets is None:
            return HTMLResponse(unavailable_html(root + openapi_url))
        from fastapi.openapi.docs import get_swagger_ui_html

        return get_swagger_ui_html(
            openapi_url=root + openapi_url,
            title=f"{title} — 接口文档",
            swagger_js_url=f"{root}{ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{root}{ASSETS}/favicon-32x32.png",
            # The default validator badge fetches validator.swagger.io.
            swagger_ui_parameters={"validatorUrl": None},
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc(request: Request) -> RedirectResponse:
        return RedirectResponse(request.scope.get("root_path", "").rstrip("/") + "/docs")
