"""The register of released cells and what it does to later exports (reports/releases.py),
and counts of activities published as they are (disclosure.protect `activities`)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from shelter_app import settings as centre_settings
from shelter_app.permissions import Permission
from shelter_app.reports import periods
from shelter_app.reports.disclosure import Block, Equation, protect
from shelter_app.reports.export import export_summary, list_exports
from shelter_app.reports.model import CellState
from shelter_app.reports.releases import Release, ReleaseBlocked, protect_jointly
from shelter_app.reports.summary import build_summary
from shelter_app.storage.schema import ReleasedCell
from tests.test_reports import casework

TODAY = date(2026, 7, 10)
MARCH = periods.month(2026, 3)
Q1 = periods.quarter(2026, 1)


def export(opened, period: periods.Period, out, language: str = "en", today: date = TODAY):
    return export_summary(
        opened.db, opened.admin, period.start, period.end, out, language=language, today=today
    )


def figures(opened, period: periods.Period) -> dict[str, str]:
    summary = build_summary(
        opened.db, opened.admin, period.start, period.end, language="en", today=TODAY
    )
    return {f.key: f.text for f in summary.figures}


def twelve_women(opened) -> None:
    """Ten women in March, two more in February: Q1 - March = 2 new clients."""
    with casework(opened.db, opened.admin) as w:
        for i in range(12):
            w.client(first_contact=date(2026, 3 if i < 10 else 2, 3 + i))


def test_every_released_count_is_kept_with_its_state(opened, tmp_path):
    twelve_women(opened)
    record = export(opened, MARCH, tmp_path / "m.csv")
    with opened.db.unit_of_work(opened.admin, Permission.EXPORT_SUMMARIES) as uow:
        cells = {
            c.key: (c.value, c.state)
            for c in uow.session.scalars(
                select(ReleasedCell).where(ReleasedCell.release_seq == record.seq)
            )
        }
    assert cells["people.all.new"] == (10, "shown")
    assert all(state in {s.value for s in CellState} for _, state in cells.values())


def test_a_nested_period_that_would_subtract_to_a_small_count_hides_it(opened, tmp_path):
    """March shows 10 new clients; Q1 would show 12: the difference is 2 women."""
    twelve_women(opened)
    assert figures(opened, Q1)["new_clients"] == "12"  # alone, Q1 shows it
    export(opened, MARCH, tmp_path / "m.csv")
    q1 = build_summary(opened.db, opened.admin, Q1.start, Q1.end, language="en", today=TODAY)
    shown = {f.key: f.text for f in q1.figures}
    assert shown["new_clients"] != "12"  # hidden now: 12 - 10 would give the two away
    assert "earlier exports" in q1.disclosure_rule


def test_the_same_release_again_is_identical_in_any_order_of_languages(opened, tmp_path):
    twelve_women(opened)
    first = export(opened, Q1, tmp_path / "a.csv", "uk")
    export(opened, MARCH, tmp_path / "m.csv")
    export(opened, Q1, tmp_path / "b.csv", "en")
    again = export(opened, Q1, tmp_path / "c.csv", "uk")
    assert again.sha256 == first.sha256
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "c.csv").read_bytes()


def test_a_period_whose_figures_changed_after_its_export_is_refused(opened, tmp_path):
    twelve_women(opened)
    export(opened, MARCH, tmp_path / "m.csv")
    with casework(opened.db, opened.admin) as w:  # entered late
        w.n = 500  # client codes go on from there
        w.client(first_contact=date(2026, 3, 30))
    before = len(list_exports(opened.db, opened.admin))
    with pytest.raises(ReleaseBlocked) as err:
        export(opened, MARCH, tmp_path / "again.csv")
    assert err.value.field == "period"
    assert "exported on" in err.value.user_message() and "CSV" in err.value.user_message()
    assert not (tmp_path / "again.csv").exists()
    assert len(list_exports(opened.db, opened.admin)) == before


def test_a_period_that_has_not_ended_is_not_exported(opened, tmp_path):
    twelve_women(opened)
    with pytest.raises(Exception) as err:
        export(opened, MARCH, tmp_path / "m.csv", today=date(2026, 3, 31))
    assert "has not ended" in err.value.user_message()
    assert not (tmp_path / "m.csv").exists()


def test_raising_k_later_never_lowers_it_below_what_was_released(opened, tmp_path):
    twelve_women(opened)
    centre_settings.update_settings(opened.db, opened.admin, report_k=7)
    export(opened, MARCH, tmp_path / "m.csv")
    centre_settings.update_settings(opened.db, opened.admin, report_k=3)  # lowered later
    summary = build_summary(opened.db, opened.admin, Q1.start, Q1.end, language="en", today=TODAY)
    assert summary.k == 7
    with opened.db.unit_of_work(opened.admin, Permission.EXPORT_SUMMARIES) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ReleasedCell)) > 0


def test_counts_of_activities_are_published_as_they_are(opened):
    """Two events held and one partner identify nobody; the two women attending do."""
    with casework(opened.db, opened.admin) as w:
        partner = w.partner("Партнер")
        w.event(date(2026, 3, 5), "talk", women=2, partners=(partner,))
        w.event(date(2026, 3, 9), "talk", women=0, men=0)
        course = w.course(date(2026, 3, 1), date(2026, 3, 30))
        w.session(course, datetime(2026, 3, 12, 15))
    shown = figures(opened, MARCH)
    assert shown["events_held"] == "2"
    assert shown["partners"] == "1"
    assert shown["course_sessions"] == "1"
    assert shown["event_attendance"] == "<5"


def test_an_activity_count_is_never_below_k_but_may_cover_a_person_count():
    values = {"total": 12, "a": 2, "b": 10}
    block = Block("t", ("total", "a", "b"), (Equation("total", ("a", "b")),))
    p = protect(values, [block], k=5, activities={"a"})
    assert p.states["a"] is CellState.SHOWN
    p = protect(values, [block], k=5)
    assert p.states["a"] is CellState.PRIMARY


def test_the_json_export_carries_every_cell_with_its_value_or_protection_state(opened, tmp_path):
    import json

    from shelter_app import __version__

    twelve_women(opened)
    with casework(opened.db, opened.admin) as w:
        w.n = 600
        w.client(first_contact=date(2026, 3, 20), born=1950)  # a lone woman aged 60+
    export(opened, MARCH, tmp_path / "m.csv")
    record = export(opened, MARCH, tmp_path / "m.json")
    assert record.format == "json"
    doc = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert (doc["schema"], doc["schema_version"], doc["k"]) == ("oberih.summary", 2, 5)
    assert doc["producer"] == {"name": "oberih", "version": __version__}
    assert doc["period"]["start"] == "2026-03-01" and doc["period"]["end"] == "2026-03-31"
    summary = build_summary(
        opened.db, opened.admin, MARCH.start, MARCH.end, language="en", today=TODAY
    )
    states = {"shown", "below_k", "hidden_to_protect", "statistic_withheld"}
    for table, published in zip(doc["tables"], summary.tables, strict=True):
        assert table["key"] == published.key
        for row, prow in zip(table["rows"], published.rows, strict=True):
            for cell, pcell in zip(row["cells"], prow.cells, strict=True):
                assert cell["state"] in states
                assert cell["value"] == pcell.value  # None wherever the PDF/CSV hide it
                assert (cell["value"] is None) == (cell["state"] != "shown")
    ages = next(t for t in doc["tables"] if t["key"] == "people_by_age")
    assert any(c["state"] == "below_k" for r in ages["rows"] for c in r["cells"])
    # the same release again gives the same bytes
    again = export(opened, MARCH, tmp_path / "again.json")
    assert again.sha256 == record.sha256


def test_the_state_strategy_indicator_counts_appeals_about_violence_and_those_from_women(
    opened, staff
):
    from shelter_app import anonymous_contacts
    from shelter_app.permissions import Role

    assert "appeals_about_violence" not in {
        t.key
        for t in build_summary(
            opened.db, opened.admin, MARCH.start, MARCH.end, language="en", today=TODAY
        ).tables
    }  # no such appeals: no section
    for minute in range(9):
        anonymous_contacts.log_contact(
            opened.db,
            staff[Role.OPERATOR],
            at=datetime(2026, 3, 10, 9, minute),
            channel="hotline",
            duration_min=5,
            caller="self",
            sex="female" if minute < 6 else "male",
            age_band="25-34",
            district="not_stated",
            forms=("physical",) if minute < 8 else (),
        )
    summary = build_summary(
        opened.db, opened.admin, MARCH.start, MARCH.end, language="en", today=TODAY
    )
    table = next(t for t in summary.tables if t.key == "appeals_about_violence")
    # 8 - 6 = 2 from others: a small count of people, so it is protected, with a cell
    # that keeps it from being worked out
    rows = [(r.label, r.cells[0].text) for r in table.rows]
    assert rows[0][0] == "About domestic violence" and rows[2] == (
        "of them from men or callers of unrecorded sex",
        "<5",
    )
    assert sum(r.cells[0].suppressed for r in table.rows) >= 2


def test_bed_nights_are_hidden_with_the_occupancy_they_would_give_back(opened):
    """Three women housed: occupancy rests on fewer than 2k = 10 people and is withheld;
    with the beds known, published bed-nights would give it back, so they go too."""
    with casework(opened.db, opened.admin) as w:
        w.beds(4)
        for bed in range(3):
            client = w.client(first_contact=date(2026, 3, 1))
            w.stay(client, date(2026, 3, 2), None, bed=bed)
    shown = figures(opened, MARCH)
    assert shown["occupancy"] == "—"
    assert shown["bed_nights"] in {"×", "<5"}


# --- sums of several releases (release_audit) ----------------------------------------


def women_by_month(opened, counts: dict[int, int]) -> None:
    """`counts[m]` new clients in month m of 2026 (all alike otherwise)."""
    with casework(opened.db, opened.admin) as w:
        for m, n in counts.items():
            for i in range(n):
                w.client(first_contact=date(2026, m, 2 + i))


def new_clients(opened, period: periods.Period) -> str:
    return figures(opened, period)["new_clients"]


def test_three_released_months_do_not_give_their_quarter_a_hidden_month_back(opened, tmp_path):
    """January 2 ("<5"), February 7, March 6: a quarter showing 15 would give
    15 - 7 - 6 = 2 back."""
    women_by_month(opened, {1: 2, 2: 7, 3: 6})
    assert new_clients(opened, Q1) == "15"  # alone, the quarter shows it
    for m in (1, 2, 3):
        export(opened, periods.month(2026, m), tmp_path / f"m{m}.csv")
    assert new_clients(opened, periods.month(2026, 1)) == "<5"
    q1 = build_summary(opened.db, opened.admin, Q1.start, Q1.end, language="en", today=TODAY)
    assert {f.key: f.text for f in q1.figures}["new_clients"] == "×"
    assert "earlier exports" in q1.disclosure_rule


def test_a_quarter_and_two_of_its_months_do_not_give_the_third_month_away(opened, tmp_path):
    """The chain the other way: the quarter (13) and January (6) are out; February
    showing 5 would leave 13 - 6 - 5 = 2 for March, which no release showed."""
    women_by_month(opened, {1: 6, 2: 5, 3: 2})
    export(opened, Q1, tmp_path / "q.csv")
    export(opened, periods.month(2026, 1), tmp_path / "m1.csv")
    assert new_clients(opened, periods.month(2026, 1)) == "6"
    assert new_clients(opened, periods.month(2026, 2)) == "×"


def test_a_half_year_is_read_against_its_two_quarters(opened, tmp_path):
    """Quarter I 9 and quarter II 2 ("<5") released: the half-year's 11 would give
    quarter II back as 11 - 9."""
    women_by_month(opened, {2: 9, 5: 2})
    h1 = periods.half_year(2026, 1)
    export(opened, Q1, tmp_path / "q1.csv")
    export(opened, periods.quarter(2026, 2), tmp_path / "q2.csv")
    assert new_clients(opened, h1) == "×"


def test_a_headline_an_earlier_release_would_pin_is_withheld_and_said_so(opened, tmp_path):
    """The quarter shows 8 and March 0; January 4 and February 4 are each "<5", but
    together they must make 8: both would be 4. January goes out (February could still
    be 4..7); February goes out without its new clients, and says so."""
    women_by_month(opened, {1: 4, 2: 4})
    export(opened, Q1, tmp_path / "q.csv")
    export(opened, MARCH, tmp_path / "m3.csv")
    january = export(opened, periods.month(2026, 1), tmp_path / "m1.csv")
    february = periods.month(2026, 2)
    summary = build_summary(
        opened.db, opened.admin, february.start, february.end, language="en", today=TODAY
    )
    assert {f.key: f.text for f in summary.figures}["new_clients"] == "—"
    assert "Not published for this period" in summary.disclosure_rule
    export(opened, february, tmp_path / "m2.csv")
    # what went out may go out again, identical
    again = export(opened, periods.month(2026, 1), tmp_path / "again.csv")
    assert again.sha256 == january.sha256


def _release(seq: int, period: periods.Period, value: int, state: CellState) -> Release:
    return Release(
        seq, period.start, period.end, 5, "csv", "en", "2026-07-01",
        {"a": value}, frozenset() if state is CellState.SHOWN else frozenset({"a"}),
        {"a": state},
    )  # fmt: skip


def test_a_report_that_would_lose_most_of_its_headlines_is_refused_naming_a_release():
    """One headline, "a": the quarter 8, March 0, January "<5" (4) released; February's
    "<5" (4) would pin both months at 4, and withholding it leaves the report nothing."""
    earlier = [
        _release(1, Q1, 8, CellState.SHOWN),
        _release(2, MARCH, 0, CellState.SHOWN),
        _release(3, periods.month(2026, 1), 4, CellState.PRIMARY),
    ]
    february = periods.month(2026, 2)

    def run(hidden, dropped, known):
        singles = [x for x in ("a",) if x not in set(dropped)]
        return protect({"a": 4}, [], singles, k=5, hidden=hidden, known=known)

    with pytest.raises(ReleaseBlocked) as err:
        protect_jointly(february.start, february.end, {"a": 4}, 5, earlier, run, (), ("a",))
    assert "01.01.2026 – 31.03.2026" in err.value.user_message()  # the quarter blocks it
    # with a second headline that stays, February goes out without "a"
    protection, _ = protect_jointly(
        february.start, february.end, {"a": 4}, 5, earlier, run, (), ("a", "b")
    )
    assert "a" not in protection.states
