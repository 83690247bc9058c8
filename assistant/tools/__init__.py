"""Drafting tools for HR and managers, grounded in the ingested corpus.

- ``kpi_library.extract_kpis`` (run at ingest) / ``build_library``: the KPI library
- ``jd.draft_jd(JdRequest(role=...), settings)`` -> ``JdDraft``: job-description drafts
- ``kpi_design.design_kpis(role, settings)`` -> ``KpiDesign``: 4-7 indicators, weights sum to 100
- ``smart.smart_check(text)`` -> ``SmartReport``: S/M/A/R/T flags with a rewrite
- ``export``: ``render_jd_markdown`` / ``render_kpi_markdown`` (text + Citation list), .docx, .xlsx, CSV

Modules import only pydantic and the standard library at top level; python-docx and openpyxl load
when a file is written.
"""
