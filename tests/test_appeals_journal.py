"""The journal of appeals: one row per appeal in the period with its notices, the roles
that may print it, and a PDF (A4 landscape) whose text holds the rows."""

from __future__ import annotations

import io
import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from shelter_app import audit, clients, incidents, notifications
from shelter_app.appeals_journal import appeals_journal
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.i18n import install_translator
from shelter_app.incidents import IncidentInput, PerpetratorInput
from shelter_app.permissions import Role
from shelter_app.reports.journal_pdf import render_journal_pdf

DAY = date(2026, 3, 10)


@pytest.fixture
def filled(opened, staff, make_client):
    worker = staff[Role.CASE_WORKER]
    made = []
    for k, name in enumerate(["Ткаченко", "Бондар", "Гнатюк"]):
        cid = make_client(name)
        clients.record_consent(
            opened.db, opened.admin, cid, "special_category", date(2026, 1, 1), DAY
        )
        perp = incidents.record_perpetrator(
            opened.db,
            worker,
            cid,
            PerpetratorInput("spouse", "male", "30_44", True, False, True, True),
            today=DAY,
        )
        at = datetime(2026, 3, 8 + k, 9 + k, 15)
        made.append(
            incidents.record_incident(
                opened.db,
                worker,
                cid,
                IncidentInput(
                    disclosed_on=at.date(),
                    forms=frozenset({"physical", "psychological"}),
                    context="domestic",
                    children_witnessed=k == 1,
                    children_affected=2 if k == 1 else 0,
                    appealed_at=at,
                    perpetrator_ids=frozenset({perp.id}),
                ),
                now=datetime(2026, 3, 10, 18, 0),
            )
        )
    # an appeal outside the period and a disclosure without an appeal time stay out
    incidents.record_incident(
        opened.db,
        worker,
        cid,
        IncidentInput(
            disclosed_on=date(2026, 3, 1),
            forms=frozenset({"economic"}),
            context="domestic",
            appealed_at=datetime(2026, 3, 1, 12, 0),
        ),
        now=datetime(2026, 3, 10, 18, 0),
    )
    first = notifications.open_notifications(opened.db, worker, datetime(2026, 3, 10, 18, 0))[0]
    notifications.mark_done(
        opened.db,
        worker,
        first.notification_id,
        datetime(2026, 3, 2, 10, 0),
        "phone",
        "ЄО 77",
        now=datetime(2026, 3, 10, 18, 0),
    )
    return made


def test_one_row_per_appeal_of_the_period_with_its_notices(opened, staff, filled):
    journal = appeals_journal(opened.db, staff[Role.LAWYER], date(2026, 3, 5), DAY)
    assert [r.number for r in journal.rows] == [1, 2, 3]
    assert [r.incident.id for r in journal.rows] == [i.id for i in filled]
    assert [len(r.notices) for r in journal.rows] == [2, 3, 2]  # children: + their service
    assert journal.rows[0].relationships == ("spouse",)
    assert journal.rows[0].recorded_by == "Staff caseworker"


@pytest.mark.parametrize("role", [Role.ADMIN, Role.COORDINATOR])
def test_the_administrator_and_the_coordinator_may_not_print_it(opened, staff, filled, role):
    with pytest.raises(PermissionDenied):
        appeals_journal(opened.db, staff[role], date(2026, 3, 5), DAY)


def test_a_period_must_run_forwards_and_at_most_a_year(opened, staff):
    worker = staff[Role.CASE_WORKER]
    for start, end in ((DAY, DAY - timedelta(days=1)), (date(2025, 1, 1), DAY)):
        with pytest.raises(InvalidInput):
            appeals_journal(opened.db, worker, start, end)


@pytest.mark.parametrize("language", ["en", "uk"])
def test_the_pdf_is_landscape_and_holds_every_row(opened, staff, filled, language):
    install_translator(language)
    try:
        _check_pdf(opened, staff, language)
    finally:
        install_translator("en")


def _check_pdf(opened, staff, language):
    journal = appeals_journal(opened.db, staff[Role.CASE_WORKER], date(2026, 3, 1), DAY)
    pdf = render_journal_pdf(journal, "Київський міський центр")
    if shots := os.environ.get("OBERIH_SCREENSHOTS"):
        Path(shots, f"15-journal_{language}.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    text = "".join(p.extract_text() for p in reader.pages)
    for row in journal.rows:
        assert row.client_code in text
    if language == "en":
        assert "ref. ЄО 77" in text and "NOT MADE" in text and "not required" in text
    assert not {"Ткаченко", "Бондар", "Гнатюк", "Оксана"} & set(text.split())  # codes only
    exported = [
        e for e in audit.list_entries(opened.db, opened.admin) if e.action == "journal.exported"
    ]
    assert exported and exported[0].detail["rows"] == 4
