"""The summary's violence figures: counted per woman, through the same disclosure
control (small counts hidden), and the share of notifications made in time withheld
under 2k women."""

from __future__ import annotations

from datetime import date, datetime

from shelter_app import clients, incidents, notifications
from shelter_app import protection_orders as orders
from shelter_app.incidents import IncidentInput, PerpetratorInput
from shelter_app.permissions import Permission, Role
from shelter_app.reports.periods import year
from shelter_app.reports.summary import compose

DAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 18, 0)


def _summary(opened, k=3):
    with opened.db.unit_of_work(opened.admin, Permission.EXPORT_SUMMARIES) as uow:
        return compose(uow.session, year(2026), k, "en", DAY, Role.ADMIN).summary


def _table(summary, key):
    table = next(t for t in summary.tables if t.key == key)
    return {row.label: [c.text for c in row.cells] for row in table.rows}


def test_violence_figures_count_women_and_hide_small_counts(opened, staff, make_client):
    worker = staff[Role.CASE_WORKER]
    for i in range(7):
        cid = make_client(f"Жінка{i}")
        clients.record_consent(
            opened.db, opened.admin, cid, "special_category", date(2026, 1, 1), DAY
        )
        perp = incidents.record_perpetrator(
            opened.db,
            worker,
            cid,
            PerpetratorInput(
                "spouse" if i < 5 else "stranger", "male", "30_44", True, False, True, False
            ),
            today=DAY,
        )
        forms = {"physical"} | ({"stalking"} if i == 0 else set())
        for _ in range(2):  # two incidents of one woman count her once
            incidents.record_incident(
                opened.db,
                worker,
                cid,
                IncidentInput(
                    disclosed_on=date(2026, 3, 1),
                    forms=frozenset(forms),
                    context="domestic",
                    appealed_at=datetime(2026, 3, 1, 10, 0),
                    perpetrator_ids=frozenset({perp.id}),
                ),
                now=NOW,
            )
        if i < 4:
            orders.record_order(
                opened.db,
                worker,
                cid,
                "urgent_barring",
                date(2026, 3, 1),
                date(2026, 3, 1),
                date(2026, 3, 10),
                "Поліція",
                today=DAY,
            )
    for n in notifications.open_notifications(opened.db, worker, NOW)[:20]:
        notifications.mark_done(
            opened.db, worker, n.notification_id, datetime(2026, 3, 1, 12, 0), "phone", now=NOW
        )
    summary = _summary(opened)
    by_form = _table(summary, "gbv_form_context")
    assert by_form["Physical violence"] == ["7", "0", "0"]
    assert by_form["Stalking"] == ["<3", "0", "0"]
    relation = _table(summary, "gbv_relationship")
    assert relation["Spouse"] == ["5"] and relation["Stranger"] == ["<3"]
    assert _table(summary, "gbv_orders")["Urgent barring order"] == ["4", "0"]
    share = next(f for f in summary.figures if f.key == "gbv_notices_in_time")
    assert share.text == "71.4%"  # 20 of 28 notices, over 7 women (at least 2k = 6)
    # with k = 5 the same share covers fewer than 2k women: withheld
    assert (
        next(f for f in _summary(opened, k=5).figures if f.key == "gbv_notices_in_time").value
        is None
    )
