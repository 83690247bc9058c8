"""What every route needs: the services, the current user, and service errors as API errors."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request

from assistant.api.auth import current_user, require_editor
from assistant.api.errors import ApiError
from assistant.auth import User
from assistant.services import ServiceError, Services

Viewer = Annotated[User, Depends(current_user)]
Editor = Annotated[User, Depends(require_editor)]

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def get_services(request: Request) -> Services:
    return request.app.state.services


Svc = Annotated[Services, Depends(get_services)]


def call(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Turn the services' expected failures into API errors with their Chinese message."""
    try:
        return fn(*args, **kwargs)
    except ServiceError as exc:
        raise ApiError(exc.status, exc.message) from exc


def attachment(name: str) -> dict[str, str]:
    from urllib.parse import quote

    return {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"}
