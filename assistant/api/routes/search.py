"""``GET /v1/search``: hybrid retrieval, the same contract as ``gangwei search --json``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from assistant.api.deps import Svc, Viewer, call
from assistant.api.schemas import SearchHit, SearchResponse

router = APIRouter(tags=["检索"])


@router.get("/v1/search", response_model=SearchResponse, summary="混合检索知识库段落")
def search(
    user: Viewer,
    services: Svc,
    q: Annotated[str, Query(min_length=1, max_length=500, description="查询内容")],
    k: Annotated[int, Query(ge=1, le=50, description="返回条数")] = 10,
) -> SearchResponse:
    hits = call(services.search.search, q, k=k)
    return SearchResponse(query=q, k=k, hits=[SearchHit(**h.to_contract()) for h in hits])
