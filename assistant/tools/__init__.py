"""Drafting tools for HR people and managers, grounded in the knowledge snapshot.

- ``jd.draft_jd(JdRequest, snapshot, search=None) -> JdDraft``: a cited 岗位说明书 for any role
- ``kpi_design.design_kpis(KpiRequest, snapshot, search=None) -> KpiDesign``: 4–7 indicators, weights sum to 100;
  ``kpi_design.apply_edits(design, rows)`` takes a front end's edited table back
- ``smart.smart_check(text, snapshot, role=None, search=None) -> SmartReport``: S/M/A/R/T flags and a rewrite
- ``export``: the one export path (Markdown, .docx, .xlsx, CSV, JSON) and ``export_name``
- ``errors.ToolError``: every expected failure, with a Chinese message and an HTTP status

Supporting modules, one job each: ``role_material`` (what the knowledge base holds for a role),
``quoting`` (verbatim quotes for citations), ``dimensions`` (balanced-scorecard dimension),
``duty_analysis`` (duty -> output -> indicator), ``measures`` (suggested calculation and data
source), ``methods`` (methodology passages), ``notes`` (user notes), ``weights`` (integer weights).
python-docx and openpyxl are imported only when a file is exported.
"""
