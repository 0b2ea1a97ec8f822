"""The overview page as each role meets it after signing in: which cards she gets, what
they say about today, that only client codes ever appear, and where a click leads."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QListWidget, QWidget
from sqlalchemy import select

from shelter_app import audit, clients, consultations, events, safety, shelter
from shelter_app import shelter_layout as layout
from shelter_app.changes import Changes, Kind
from shelter_app.database import Database
from shelter_app.demo import build_demo
from shelter_app.errors import PermissionDenied
from shelter_app.permissions import Permission, Role
from shelter_app.settings import get_settings
from shelter_app.shelter import ChildInfo
from shelter_app.storage import keyfile
from shelter_app.storage.casework_schema import Client
from ui.charts import BarChart, nice_step
from ui.context import AppContext
from ui.dashboard import CodeTable, DashboardPage
from ui.main_window import MainWindow

EXPECTED_CARDS = {
    Role.ADMIN: ["shelter", "month", "shelter_month"],
    Role.HEAD: ["violence", "follow_ups", "shelter", "reviews", "month", "shelter_month"],
    Role.CASE_WORKER: ["violence", "follow_ups", "shelter", "reviews", "shelter_month"],
    Role.PSYCHOLOGIST: [
        "violence",
        "appointments",
        "follow_ups",
        "shelter",
        "reviews",
        "shelter_month",
    ],
    Role.LAWYER: ["violence", "appointments", "follow_ups", "shelter", "reviews", "shelter_month"],
    Role.TRAINER: ["trainer_week"],  # her courses' week, no shelter or consultations
    Role.OPERATOR: ["contacts_today"],  # the line's counts, no client file
    Role.COORDINATOR: ["shelter", "month", "shelter_month"],
}
NAMES = ["Ткаченко", "Марія", "Бондар", "Ірина", "Гнатюк", "Соломія", "Лисенко", "Дарина"]


@dataclass
class World:
    today: date
    beds: list[int]
    leaving: int  # planned departure in two days, with a daughter
    over: int  # admitted 95 days ago: 5 days over the 90 allowed
    booked: int  # the psychologist's appointment at 10:00 today
    follow_up: int  # a follow-up the psychologist planned, 4 days overdue
    plan_due: int  # her safety plan was due for review 3 days ago
    codes: dict[int, str]


@pytest.fixture
def world(opened, staff, make_client) -> World:
    db, admin = opened.db, opened.admin
    today = date.today()
    room = layout.add_room(db, admin, "Кімната 1", 8)
    beds = [layout.add_bed(db, admin, room.id, label).id for label in "ABCD"]
    leaving = make_client("Ткаченко", "Марія")
    over = make_client("Бондар", "Ірина")
    booked = make_client("Гнатюк", "Соломія")
    follow_up = make_client("Лисенко", "Дарина")
    shelter.admit(
        db,
        admin,
        leaving,
        beds[0],
        today - timedelta(days=10),
        "police",
        [ChildInfo(6, "female")],
        planned_departure_on=today + timedelta(days=2),
        today=today,
    )
    shelter.admit(db, admin, over, beds[1], today - timedelta(days=95), "police", today=today)
    psy = staff[Role.PSYCHOLOGIST]
    at = datetime.combine(today, time(10, 0))
    consultations.schedule_appointment(
        db, psy, booked, "psychological", at, 50, "in_person", now=at - timedelta(hours=2)
    )
    held = datetime.combine(today - timedelta(days=20), time(11, 0))
    consultations.log_consultation(
        db,
        psy,
        follow_up,
        "psychological",
        held,
        50,
        "in_person",
        ["trauma"],
        "follow_up",
        follow_up_on=today - timedelta(days=4),
        now=held + timedelta(minutes=50),  # logged when it had ended
    )
    clients.record_consent(db, admin, over, "special_category", today - timedelta(days=60), today)
    safety.save_safety_plan(
        db,
        staff[Role.CASE_WORKER],
        over,
        today - timedelta(days=40),
        today - timedelta(days=3),
        "Safe word agreed with her sister.",
        today,
    )
    events.record_event(db, admin, "Open day", "talk", today, women=12, today=today)
    codes = {c.id: c.code for c in clients.search_clients(db, admin, "K-2026", limit=50)}
    return World(today, beds, leaving, over, booked, follow_up, over, codes)


@pytest.fixture
def dashboard(qtbot, gui_ctx, idle):
    """`dashboard(Role.X)`: the page shown, loaded, and its context."""

    def make(role: Role, width: int = 1000, height: int = 760):
        ctx = gui_ctx(role)
        page = DashboardPage(ctx)
        qtbot.addWidget(page)
        page.resize(width, height)
        page.show()
        qtbot.waitExposed(page)
        page.activate()
        idle(ctx)
        qtbot.wait(5)  # let the layouts settle before anyone looks
        return page, ctx

    return make


def texts_in(widget: QWidget) -> str:
    """Everything the page could show or read aloud: labels, buttons, tooltips,
    accessible names and descriptions, and every cell and header of every list."""
    found: list[str] = []
    for w in [widget, *widget.findChildren(QWidget)]:
        found += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.windowTitle()]
        if isinstance(w, QLabel | QAbstractButton):
            found.append(w.text())
        if isinstance(w, QListWidget):
            found += [w.item(i).text() for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount(QModelIndex())):
                found.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
            for r in range(model.rowCount(QModelIndex())):
                for c in range(model.columnCount(QModelIndex())):
                    index = model.index(r, c)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        found.append(str(model.data(index, role) or ""))
    return "\n".join(found)


def cells(view: CodeTable) -> list[list[str]]:
    model = view.model()
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def click_row(qtbot, view: CodeTable, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- every role -----------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_each_role_sees_exactly_her_cards_with_codes_and_never_a_name(
    role, world, dashboard, opened, language, screenshot
):
    page, _ctx = dashboard(role)
    assert page.card_keys() == EXPECTED_CARDS[role]
    for card in page.cards:
        assert card.loaded and card.body.isVisible() and not card.status.isVisible()
    # her specialist's own appointments show names (names_where_needed); nothing else does
    elsewhere = "\n".join(texts_in(c) for c in page.cards if c.objectName() != "appointments")
    for name in NAMES:
        assert name not in elsewhere
    shown = texts_in(page)
    code = world.codes
    lists = role not in (Role.COORDINATOR, Role.TRAINER, Role.OPERATOR)
    assert (code[world.leaving] in shown) is lists  # leaving soon
    assert (code[world.over] in shown) is lists  # over the limit
    assert (code[world.booked] in shown) is (role is Role.PSYCHOLOGIST)
    assert (code[world.follow_up] in shown) is (role is Role.PSYCHOLOGIST)
    # the dashboard asked for nothing the role may not read
    denied = [e for e in audit.list_entries(opened.db, opened.admin) if e.outcome == "denied"]
    assert denied == []
    screenshot(page, f"dashboard_{role.value}")


# --- the shelter card -------------------------------------------------------------------------


def test_shelter_card_counts_tonight_and_lists_who_leaves_and_who_is_over_the_limit(
    qtbot, world, dashboard
):
    page, ctx = dashboard(Role.CASE_WORKER)
    card = page.card("shelter")
    assert card.free.value.text() == "2"
    assert card.taken.value.text() == "2" and card.taken.note.text() == "of 4 beds"
    assert card.people.value.text() == "3" and card.people.note.text() == "incl. 1 child"
    leaving = cells(card.departures)
    assert len(leaving) == 1 and leaving[0][0] == world.codes[world.leaving]
    assert leaving[0][1].endswith("(in 2 days)")
    over = cells(card.limits)
    assert [row[0] for row in over] == [world.codes[world.over]]
    assert over[0][2] == "over by 5 days"
    assert card.limits.model().row(0).warning  # an icon beside the words, not colour alone
    with qtbot.waitSignal(ctx.navigate) as opened:
        qtbot.mouseClick(card.open_board, Qt.MouseButton.LeftButton)
    assert opened.args == ["shelter", None]


def test_coordinator_gets_the_shelter_figures_but_no_codes(world, dashboard):
    page, _ctx = dashboard(Role.COORDINATOR)
    card = page.card("shelter")
    assert card.taken.value.text() == "2" and card.people.value.text() == "3"
    assert not card.findChildren(CodeTable) and not card.findChildren(QAbstractButton)


def test_an_empty_shelter_says_so_in_words(dashboard, opened):
    page, _ctx = dashboard(Role.CASE_WORKER)
    card = page.card("shelter")
    assert card.free.value.text() == "0" and card.taken.note.text() == "of 0 beds"
    assert not card.departures.isVisible() and card.no_departures.isVisible()
    assert not card.limits.isVisible() and card.no_limits.isVisible()
    reviews = page.card("reviews")
    assert reviews.no_reviews.text() == "No safety plan is overdue for review."


# --- the specialist's day ---------------------------------------------------------------------


def test_psychologist_sees_her_appointment_today_and_the_overdue_follow_up(qtbot, world, dashboard):
    page, ctx = dashboard(Role.PSYCHOLOGIST)
    card = page.card("appointments")
    # she works with these women: her own day names them (settings.names_where_needed)
    assert cells(card.today_list) == [
        ["10:00", f"Гнатюк Соломія ({world.codes[world.booked]})", "In person", "Scheduled"]
    ]
    follow = cells(card.follow_ups)
    assert follow[0][0].endswith(f"({world.codes[world.follow_up]})")
    assert follow[0][1].endswith("(4 days ago)")
    assert card.coming.text() == "Coming week: nothing else booked yet."
    with qtbot.waitSignal(ctx.navigate) as opened:
        qtbot.mouseClick(card.open_consultations, Qt.MouseButton.LeftButton)
    assert opened.args == ["consultations", None]


def test_the_lawyer_sees_only_her_own_profession_diary(world, dashboard):
    page, _ctx = dashboard(Role.LAWYER)
    card = page.card("appointments")
    assert cells(card.today_list) == [] and card.no_today.isVisible()
    assert cells(card.follow_ups) == []


# --- safety plans -----------------------------------------------------------------------------


def test_clicking_an_overdue_review_opens_her_card(qtbot, world, dashboard):
    page, ctx = dashboard(Role.CASE_WORKER)
    card = page.card("reviews")
    rows = cells(card.reviews)
    assert rows[0][0] == world.codes[world.plan_due] and rows[0][1].endswith("(3 days ago)")
    with qtbot.waitSignal(ctx.navigate) as opened:
        click_row(qtbot, card.reviews, 0)
    assert opened.args == ["clients", world.plan_due]
    # and from the keyboard: the row chosen, Enter
    card.reviews.setFocus()
    card.reviews.setCurrentIndex(card.reviews.model().index(0, 0))
    with qtbot.waitSignal(ctx.navigate) as opened:
        qtbot.keyClick(card.reviews, Qt.Key.Key_Return)
    assert opened.args == ["clients", world.plan_due]


def test_a_card_that_fails_says_so_and_the_others_still_load(world, dashboard, monkeypatch):
    def refused(db, user, today=None):
        raise PermissionDenied("risk.read")

    monkeypatch.setattr(safety, "overdue_reviews", refused)
    page, _ctx = dashboard(Role.CASE_WORKER)
    card = page.card("reviews")
    assert card.status.isVisible() and not card.body.isVisible()
    assert card.status.text().startswith("This could not be loaded:")
    assert page.card("shelter").body.isVisible()
    assert page.state.text().startswith("Updated at")


# --- the month ----------------------------------------------------------------------------


def test_the_month_counts_are_the_services_numbers(world, dashboard, opened):
    page, _ctx = dashboard(Role.ADMIN)
    card = page.card("month")
    first = world.today.replace(day=1)
    held = consultations.consultation_counts(opened.db, opened.admin, first, world.today)
    assert card.psy.value.text() == str(held.held_by_kind.get("psychological", 0))
    assert card.legal.value.text() == "0"
    assert card.events.value.text() == "1" and card.events.note.text() == "12 attended"
    chart = page.card("shelter_month").chart
    assert len(chart.values()) == world.today.day
    assert chart.values()[-1] == 2  # two beds taken tonight
    assert chart.labels()[-1] == str(world.today.day)
    nights = layout.bed_nights(
        opened.db, opened.admin, first, world.today + timedelta(days=1), world.today
    )
    assert page.card("shelter_month").nights.value.text() == str(nights)
    assert "tonight: 2 of 4" in chart.accessibleDescription()


# --- refreshing and layout --------------------------------------------------------------------


def test_f5_and_a_change_elsewhere_bring_new_figures(qtbot, world, dashboard, opened, idle):
    page, ctx = dashboard(Role.CASE_WORKER)
    card = page.card("shelter")
    assert card.free.value.text() == "2"
    newcomer = clients.search_clients(opened.db, opened.admin, "Гнатюк")[0].id
    shelter.admit(
        opened.db, opened.admin, newcomer, world.beds[2], world.today, "self", today=world.today
    )
    qtbot.keyClick(page, Qt.Key.Key_F5)
    idle(ctx)
    assert card.free.value.text() == "1"
    shelter.admit(
        opened.db,
        opened.admin,
        world.follow_up,
        world.beds[3],
        world.today,
        "self",
        today=world.today,
    )
    ctx.changed.emit(Changes.of(Kind.STAYS))  # the admission above was made elsewhere
    qtbot.waitUntil(lambda: card.free.value.text() == "0", timeout=5_000)
    idle(ctx)
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert page.state.text() == "Loading…"
    idle(ctx)
    assert page.state.text().startswith("Updated at")


def test_cards_reflow_into_columns_as_the_window_widens(
    qtbot, world, dashboard, language, screenshot
):
    # four cards (the case worker's since issue 15 added the violence card)
    page, _ctx = dashboard(Role.CASE_WORKER, width=520)
    assert page.grid.columns == 1
    screenshot(page, "dashboard_narrow")
    page.resize(1100, 760)
    qtbot.waitUntil(lambda: page.grid.columns == 2)
    page.resize(1700, 900)  # five cards (with overdue contacts): three and two
    qtbot.wait(50)
    assert page.grid.columns == 3
    first, second = page.cards[0], page.cards[1]
    assert first.geometry().top() == second.geometry().top()
    assert first.geometry().right() < second.geometry().left()


# --- the chart ----------------------------------------------------------------------------


def test_bar_chart_reads_out_its_data_and_thins_crowded_labels(qtbot, language, screenshot):
    values = [3, 4, 4, 5, 6, 6, 6, 7, 7, 8, 8, 8, 7, 7, 6, 5, 6, 7, 8, 8, 8, 8, 7, 6, 6, 7, 8]
    chart = BarChart(values, [str(i + 1) for i in range(len(values))], None)
    chart.set_data(
        values,
        [str(i + 1) for i in range(len(values))],
        reference=8,
        reference_label="8 beds",
    )
    chart.set_summary("Fewest 3, most 8.")
    qtbot.addWidget(chart)
    chart.resize(380, 170)
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.accessibleDescription().startswith("Fewest 3, most 8. 1: 3; 2: 4;")
    step, top = chart._scale()
    area = chart._plot_area(step, top)
    assert chart._label_every(area) > 1  # 27 day numbers do not fit side by side
    middle = chart._bar_rect(area, top, 9).center()
    assert chart.bar_at(middle.x(), middle.y()) == 9
    assert chart.bar_at(0, 0) is None
    assert nice_step(8) == 2 and nice_step(90) == 50 and nice_step(0) == 1
    screenshot(chart, "bar_chart")
    empty = BarChart([], [], None)
    qtbot.addWidget(empty)
    assert empty.accessibleDescription() == QCoreApplication.translate("charts", "No data.")
    with pytest.raises(ValueError):
        chart.set_data([1, 2], ["one"])


# --- a realistic centre -------------------------------------------------------------------


@pytest.fixture(scope="module")
def busy_centre(tmp_path_factory) -> Path:
    """The demo centre, built once for the module (with the cheap test KDF, as the
    per-test fixtures have it) and copied into each test's folder."""
    folder = tmp_path_factory.mktemp("busy-centre")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyfile, "DEFAULT_KDF", keyfile.KdfParams(1024, 1, 1))
        build_demo(folder / "demo.db", "Demo-pass-123", 120, seed=7)
    return folder


@pytest.mark.parametrize("role", [Role.ADMIN, Role.PSYCHOLOGIST, Role.CASE_WORKER])
def test_a_busy_centre_shows_no_names_and_fits_the_window(
    role, qtbot, tmp_path, busy_centre, worker, idle, language, screenshot
):
    shutil.copytree(busy_centre, tmp_path / "centre")
    path = tmp_path / "centre" / "demo.db"
    db, user = Database.sign_in(path, role.value, "Demo-pass-123")
    try:
        admin_db_user = db.sign_in_again("admin", "Demo-pass-123")
        with db.unit_of_work(admin_db_user, Permission.READ_CLIENTS) as uow:
            names = {
                n
                for row in uow.session.execute(select(Client.last_name, Client.first_name))
                for n in row
                if n
            }
        ctx = AppContext(db, user, worker, get_settings(db, user), demo=True)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        page = window.pages["dashboard"]
        idle(ctx)
        qtbot.wait(5)
        assert all(card.loaded for card in page.cards)
        for card in page.cards:  # nothing squeezed below what it needs
            assert card.width() >= card.minimumSizeHint().width()
            assert card.height() >= card.minimumSizeHint().height()
        # her own appointments show names (settings.names_where_needed, tested in
        # tests/test_names_where_needed.py); every other card is for whoever walks past
        shown = "\n".join(texts_in(c) for c in page.cards if c.objectName() != "appointments")
        assert not [n for n in names if n in shown]

        screenshot(window, f"dashboard_demo_{role.value}")
        window.allow_close = True
        window.close()
    finally:
        worker.wait()
        db.close()


def test_rows_that_open_nothing_do_not_pretend_to(world, dashboard):
    page, _ctx = dashboard(Role.CASE_WORKER)
    shelter_card = page.card("shelter")
    assert not shelter_card.departures.opens_card
    assert (
        shelter_card.departures.model().data(
            shelter_card.departures.model().index(0, 0), Qt.ItemDataRole.ToolTipRole
        )
        is None
    )
    assert page.card("reviews").reviews.viewport().cursor().shape() == (
        Qt.CursorShape.PointingHandCursor
    )


# --- the trainer's and the operator's cards (ui/role_cards.py) ------------------------------


def test_the_trainer_sees_her_sessions_this_week_with_places_and_no_name(
    qtbot, world, dashboard, opened, staff
):
    from shelter_app import courses
    from shelter_app.course_trainers import assign_trainer

    db, admin, today = opened.db, opened.admin, world.today
    mine = courses.create_course(
        db, admin, "Цифрова безпека", 12, today - timedelta(days=7), today + timedelta(days=30)
    )
    other = courses.create_course(
        db, admin, "Крій і шиття", 12, today - timedelta(days=7), today + timedelta(days=30)
    )
    assign_trainer(db, admin, mine.id, staff[Role.TRAINER].account_id)
    courses.add_session(db, admin, mine.id, datetime.combine(today, time(15)), 90)
    courses.add_session(db, admin, other.id, datetime.combine(today, time(10)), 90)
    courses.enrol(db, staff[Role.CASE_WORKER], mine.id, world.leaving, today=today)
    page, ctx = dashboard(Role.TRAINER)
    card = page.card("trainer_week")
    rows = cells(card.sessions)
    assert [row[1:] for row in rows] == [["15:00", "Цифрова безпека", "1 of 12"]]
    assert card.session_count.value.text() == "1" and card.running.value.text() == "1"
    assert [row[1] for row in cells(card.events)] == ["Open day"]
    assert "Ткаченко" not in texts_in(page)  # the woman on her list is a count here
    with qtbot.waitSignal(ctx.navigate) as went:
        qtbot.mouseClick(card.findChildren(QAbstractButton)[-1], Qt.MouseButton.LeftButton)
    assert went.args == ["programmes", None]


def test_the_operator_sees_the_lines_count_today_and_this_week(qtbot, dashboard, opened, staff):
    from shelter_app import anonymous_contacts as ac

    op = staff[Role.OPERATOR]
    base = {
        "duration_min": 8,
        "caller": "self",
        "sex": "female",
        "age_band": "25-34",
        "district": "darnytskyi",
    }
    ac.log_contact(opened.db, op, channel="hotline", **base)
    ac.log_contact(opened.db, op, channel="hotline", **base)
    ac.log_contact(opened.db, op, channel="online", **base)
    page, ctx = dashboard(Role.OPERATOR)
    card = page.card("contacts_today")
    assert card.today_total.value.text() == "3" and card.mine.value.text() == "3"
    assert cells(card.channels) == [["Hotline call", "2", "2"], ["Online", "1", "1"]]
    # a contact logged elsewhere refreshes the card through the change notice
    ac.log_contact(opened.db, op, channel="walk_in", **base)
    ctx.changed.emit(Changes.of(Kind.CONTACTS))
    qtbot.waitUntil(lambda: card.today_total.value.text() == "4", timeout=3000)
