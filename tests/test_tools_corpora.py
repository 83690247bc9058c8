"""The tools over real corpora ingested by today's ingestion: corpus-extra (other companies' documents,
used in place) and the shipped corpus. Every role and KPI-sheet department gets cited content."""

from __future__ import annotations

import json

import pytest
from _tools_support import EXTRA, assert_quotes_in_records, ingest_dir, shipped_corpus

from assistant.tools.errors import ToolError
from assistant.tools.export import export
from assistant.tools.jd import JdRequest, draft_jd
from assistant.tools.kpi_design import KpiRequest, design_kpis
from assistant.tools.smart import smart_check

COVERAGE = 0.9
BANK_WORDS = ("存款", "贷款", "对公", "VIP", "支行", "网点")


@pytest.fixture(scope="module")
def extra(tmp_path_factory):
    if not EXTRA.is_dir():
        pytest.skip(f"corpus-extra not found at {EXTRA}")
    return ingest_dir(EXTRA, tmp_path_factory.mktemp("extra-home"))


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    corpus = shipped_corpus()
    if not corpus.is_dir():
        pytest.skip(f"shipped corpus not found at {corpus}")
    return ingest_dir(corpus, tmp_path_factory.mktemp("shipped-home"))


def _roles() -> list[str]:
    path = EXTRA / "roles.json"
    return [entry["titles"][0] for entry in json.loads(path.read_text("utf-8"))] if path.exists() else []


def _jd_has_cited_content(draft) -> bool:
    return any(i.citations and i.origin == "own" for _, items in draft.sections()[1:] for i in items)


def test_jd_and_kpi_design_cover_the_roles_of_corpus_extra(extra):
    roles = _roles()
    assert roles
    jd_ok = kpi_ok = 0
    failures = []
    for role in roles:
        try:
            draft = draft_jd(JdRequest(role=role), extra)
            assert_quotes_in_records(extra, draft.citations)
            jd_ok += _jd_has_cited_content(draft)
        except ToolError as exc:
            failures.append(f"jd {role}: {exc.message}")
        try:
            design = design_kpis(KpiRequest(role=role), extra)
            assert design.total_weight == 100 and 4 <= len(design.indicators) <= 7
            assert_quotes_in_records(extra, design.citations)
            kpi_ok += any(k.citations for k in design.indicators)
        except ToolError as exc:
            failures.append(f"kpi {role}: {exc.message}")
    assert jd_ok / len(roles) >= COVERAGE, failures
    assert kpi_ok / len(roles) >= COVERAGE, failures


def test_every_kpi_sheet_department_gets_its_own_rows_first(extra):
    owners = extra.kpi_owners()
    assert owners, "ingestion found no KPI table rows in corpus-extra"
    for owner in owners:
        design = design_kpis(KpiRequest(role=owner), extra)
        own = [k for k in design.indicators if k.origin == "own_sheet"]
        assert design.total_weight == 100
        # the scorecard is covered, unless that would push out the sheet's own rows (then the
        # notes say which dimensions the evidence covers)
        assert len(design.dimensions) >= 3 or (len(own) >= min(owners[owner], len(design.indicators))
                                               and any("只覆盖了" in n for n in design.notes)), (owner, design.notes)
        assert len(own) >= min(4, owners[owner]) - 1, (owner, [k.origin for k in design.indicators])
        rows = {e.name: e for e in extra.kpis if e.origin == "table" and owner in ([e.department] + e.roles)}
        for k in own:
            entry = rows[k.name]
            if entry.formula:
                assert k.formula.startswith(entry.formula.split("\n")[0]), (k.formula, entry.formula)
            if entry.dimension:
                assert k.dimension_label == entry.dimension and not k.dimension_inferred
        assert_quotes_in_records(extra, design.citations)


def test_a_sheet_with_stated_weights_keeps_their_proportions(extra):
    weighted = {o for o in extra.kpi_owners() if any(e.weight for e in extra.kpis_for(o) if e.origin == "table")}
    assert weighted
    for owner in weighted:
        design = design_kpis(KpiRequest(role=owner), extra)
        stated = [k for k in design.indicators if k.stated_weight]
        for a in stated:
            for b in stated:
                if a.stated_weight > b.stated_weight:
                    assert a.weight >= b.weight, (owner, a.name, b.name)


def test_no_bank_indicators_in_other_industries(extra):
    for role in ("车辆调度员", "导购", "酒店前台", "培训部经理"):
        design = design_kpis(KpiRequest(role=role), extra)
        text = " ".join(f"{k.name} {k.formula} {k.rationale}" for k in design.indicators)
        assert not any(w in text for w in BANK_WORDS), (role, text)


def test_methodology_is_not_claimed_when_the_corpus_has_none(extra):
    design = design_kpis(KpiRequest(role="车辆调度员"), extra)
    assert design.method_citations == [] and "方法依据" not in design.explanation
    assert smart_check("提高客户满意度", extra).citations == []


def test_exports_of_real_documents(extra):
    draft = draft_jd(JdRequest(role="车辆调度员"), extra)
    for fmt in ("md", "docx", "json"):
        name, data, _ = export(draft, fmt)
        assert name.startswith("岗位说明书_车辆调度员") and data
    design = design_kpis(KpiRequest(role="人事行政部经理"), extra)
    for fmt in ("xlsx", "csv", "md", "json"):
        assert export(design, fmt)[1]


def test_shipped_corpus_roles_are_drafted_with_valid_citations(shipped):
    for entry in list(shipped.inventory.with_profiles()):
        draft = draft_jd(JdRequest(role=entry.title), shipped)
        assert_quotes_in_records(shipped, draft.citations)
        try:
            design = design_kpis(KpiRequest(role=entry.title), shipped)
        except ToolError as exc:
            assert exc.status == 404  # a profile without duties, standards or requirements
            continue
        assert design.total_weight == 100
        assert_quotes_in_records(shipped, design.citations)


def test_shipped_corpus_methodology_is_cited_from_its_own_text(shipped):
    design = design_kpis(KpiRequest(role="客户经理"), shipped)
    cited = [c for c in design.citations if c.id in design.method_citations]
    assert cited and any("4-7" in c.quote for c in cited)
    report = smart_check("提高客户满意度", shipped)
    assert report.citations and "SMART" in report.citations[0].quote
