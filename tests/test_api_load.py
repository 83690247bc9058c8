"""20 concurrent chat requests (half streamed) against the real API all complete without errors.

Bounded by a timeout; the throughput and p95 latency are printed (no timing asserts)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_api_load.py"


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_api_load", BENCH)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_twenty_concurrent_chats_complete(indexed_settings, capsys) -> None:
    from assistant.web import BackgroundServer, create_app
    from assistant.services import Services

    bench = load_bench()
    services = Services(indexed_settings)  # read-only use: the shared home is safe
    services.warm_up()
    with BackgroundServer(create_app(services)) as server:
        result = bench.run_load(server.url, requests=20, concurrency=20, timeout=300)
    with capsys.disabled():
        print("\n" + result.report())
    assert result.errors == []
    assert result.ok == 20
