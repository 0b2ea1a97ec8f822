"""Case figures in the summaries: counted in the period, through the disclosure control,
no free text."""

from __future__ import annotations

from datetime import date, timedelta

from shelter_app.cases import closure, lifecycle, work
from shelter_app.permissions import Role
from shelter_app.reports.summary import build_summary

# a whole quarter that has ended (reports cover fixed, ended periods only)
START, END = date(2026, 7, 1), date(2026, 9, 30)
TODAY = date(2026, 10, 15)
LAST = END - timedelta(days=1)  # services and closures inside the quarter


def test_cases_opened_closed_reasons_services_and_median_length(opened, staff, make_client):
    db, worker = opened.db, staff[Role.CASE_WORKER]
    for n in range(12):
        client_id = make_client(f"Прізвище{n}", first_contact_on=START)
        case = lifecycle.open_case(db, worker, client_id, opened_on=START + timedelta(days=n))
        work.record_service(
            db, worker, case.id, "001.0", LAST, 30, "phone", "Секретна-нотатка-служби"
        )
        if n < 11:
            reason = "goals_reached" if n < 10 else "died"
            closure.close_case(
                db,
                worker,
                case.id,
                reason,
                "Секретний-підсумок",
                closed_on=LAST,
            )
    summary = build_summary(opened.db, opened.admin, START, END, language="en", today=TODAY)
    figures = {f.key: f for f in summary.figures}
    assert figures["cases_opened"].value == 12
    assert figures["cases_open"].value == 12
    assert figures["case_length"].value == 85  # 90, 89, ... 80 days: shown from 2k = 10
    tables = {t.key: t for t in summary.tables}
    reasons = {r.label: r.cells[0] for r in tables["case_closures"].rows}
    assert reasons["Died"].value is None  # one person: hidden (k = 5)
    # ...and it cannot be worked out from the total and the other reasons
    assert None in (reasons["Goals reached"].value, reasons["Total"].value)
    assert figures["cases_closed"].value in (None, 11)
    assert figures["cases_closed"].value == reasons["Total"].value
    services = {r.label: r.cells[0].value for r in tables["case_services"].rows}
    assert services["Information (001.0)"] == 12
    text = repr(summary)
    assert "Секретн" not in text and "Прізвище" not in text
    assert "case_services" in {d.key for d in summary.definitions}


def test_the_head_builds_summaries_with_case_figures_the_caseworker_does_not(opened, staff):
    import pytest

    from shelter_app.errors import PermissionDenied

    build_summary(opened.db, staff[Role.HEAD], START, END, language="uk", today=TODAY)
    with pytest.raises(PermissionDenied):
        build_summary(opened.db, staff[Role.CASE_WORKER], START, END, language="en", today=TODAY)
