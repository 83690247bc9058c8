"""The one error type every service raises: a Chinese message and the HTTP status to use."""

from __future__ import annotations


class ServiceError(Exception):
    """An expected failure with a Chinese, user-facing message; ``status`` is the HTTP code to use."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


EMPTY_KNOWLEDGE_BASE = "知识库为空：请先运行 `gangwei ingest` 导入文档（或在网页「知识库」页上传文档），然后再试。"
