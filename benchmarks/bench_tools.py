"""Time the drafting tools on the shipped corpus: ingest to a temp dir, then JD / KPI / SMART calls.

Run: .venv/bin/python benchmarks/bench_tools.py   (prints figures; no assertions)
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from assistant.config import Settings
from assistant.ingest.pipeline import ingest_records
from assistant.ingest.records import RecordStore
from assistant.tools.data import ToolData
from assistant.tools.export import render_jd_markdown, render_kpi_markdown
from assistant.tools.jd import JdRequest, draft_jd
from assistant.tools.kpi_design import design_kpis
from assistant.tools.kpi_library import build_library
from assistant.tools.smart import smart_check

ROLES = ["客户经理", "支行客户经理", "大客户经理", "人力资源专员", "个人客户经理", "行政助理"]


def _time(fn, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(home=Path(tmp))
        store = RecordStore(settings.records_dir)
        start = time.perf_counter()
        _, records = ingest_records([settings.corpus_dir], settings, store)
        store.save_all(records)
        print(f"ingest (records only): {time.perf_counter() - start:.2f} s")
        data = ToolData.load(settings)
        library = build_library(data.kpis)
        print(f"KPI library: {len(data.kpis)} mentions, {len(library)} distinct indicators")
        for role in ROLES:
            jd_ms = _time(lambda: render_jd_markdown(draft_jd(JdRequest(role=role), data=data)))
            kpi_ms = _time(lambda: render_kpi_markdown(design_kpis(role, data=data)))
            draft = draft_jd(JdRequest(role=role), data=data)
            design = design_kpis(role, data=data)
            print(
                f"{role:8s} jd {jd_ms:6.1f} ms ({len(draft.duties)} duties, {len(draft.sources())} cited spans)"
                f" | kpi {kpi_ms:6.1f} ms ({len(design.indicators)} indicators, "
                f"{len(design.dimensions)} dimensions, weights {design.total_weight})"
            )
        print(f"smart_check: {_time(lambda: smart_check('提高客户满意度', data=data), 20):.2f} ms")


if __name__ == "__main__":
    main()
