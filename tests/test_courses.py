"""Training courses as the case workers run them: places, the waiting list, sessions,
attendance ticked per session, completion, and the counts the coordinator sees."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from shelter_app import audit, client_lookup, course_records, courses, enrolments
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import POLICY, Permission, Role
from shelter_app.storage.casework_schema import (
    Attendance,
    Client,
    Course,
    CourseSession,
    Enrolment,
)

TODAY = date(2026, 3, 10)
ALL_ROLES = list(Role)


def _course(opened, user=None, capacity=2, starts_on=date(2026, 3, 2), ends_on=date(2026, 4, 30)):
    return courses.create_course(
        opened.db,
        user or opened.admin,
        "Фінансова грамотність",
        capacity,
        starts_on,
        ends_on,
        "Бюджет, кредити, власна справа",
    )


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def _client(opened, client_id) -> Client:
    with opened.db.unit_of_work(opened.admin, Permission.READ_CLIENTS) as uow:
        return uow.session.get(Client, client_id)


def _table(opened, model):
    with opened.db.unit_of_work(opened.admin, Permission.READ_STAYS_ENROLMENTS) as uow:
        return list(uow.session.execute(select(model)).scalars())


def _actions(opened):
    return [e.action for e in audit.list_entries(opened.db, opened.admin)]


# --- enrolment and the waiting list -----------------------------------------------------------


def test_a_full_course_puts_the_next_woman_on_the_waiting_list_and_a_withdrawal_moves_her_in(
    opened, staff, make_client
):
    worker = staff[Role.CASE_WORKER]
    course = _course(opened, worker, capacity=2)
    olena, iryna, maria, daria = (
        make_client("Коваль", "Олена"),
        make_client("Бондар", "Ірина"),
        make_client("Мельник", "Марія"),
        make_client("Ґонта", "Дар’я"),
    )
    first = courses.enrol(opened.db, worker, course.id, olena, today=TODAY)
    courses.enrol(opened.db, worker, course.id, iryna, today=TODAY)
    waiting = courses.enrol(opened.db, worker, course.id, maria, today=TODAY)
    behind = courses.enrol(opened.db, worker, course.id, daria, today=TODAY)
    assert (first.status, first.enrolled_on, first.queue_position) == ("enrolled", TODAY, None)
    assert (waiting.status, waiting.enrolled_on, waiting.queue_position) == ("waiting", None, 1)
    assert behind.queue_position == 2
    assert courses.get_course(opened.db, worker, course.id).free_places == 0

    later = TODAY + timedelta(days=2)
    result = courses.withdraw(opened.db, worker, first.id, today=later)
    assert (result.withdrawn.status, result.withdrawn.withdrawn_on) == ("withdrawn", later)
    (moved,) = result.moved_in
    assert (moved.id, moved.client_id, moved.status, moved.enrolled_on) == (
        waiting.id,
        maria,
        "enrolled",
        later,
    )
    roster = courses.course_roster(opened.db, worker, course.id)
    assert [(r.client_id, r.status, r.queue_position) for r in roster] == [
        (iryna, "enrolled", None),
        (maria, "enrolled", None),
        (daria, "waiting", 1),
        (olena, "withdrawn", None),
    ]
    assert _client(opened, maria).last_activity_on == later
    assert _client(opened, olena).last_activity_on == later
    assert {"enrolment.withdrawn", "enrolment.moved_in"} <= set(_actions(opened))


def test_a_withdrawal_and_the_move_from_the_waiting_list_are_saved_together_or_not_at_all(
    opened, staff, make_client, monkeypatch
):
    worker = staff[Role.CASE_WORKER]
    course = _course(opened, worker, capacity=1)
    leaving = courses.enrol(opened.db, worker, course.id, make_client("Коваль"), today=TODAY)
    queued = courses.enrol(opened.db, worker, course.id, make_client("Бондар"), today=TODAY)
    real_touch = client_lookup.touch
    calls = []

    def touch_that_fails_for_the_second(client, day):
        calls.append(client.id)
        if len(calls) == 2:  # the woman moving in from the waiting list
            raise RuntimeError("disk unplugged")
        real_touch(client, day)

    for module in (enrolments, course_records):  # where withdraw and the move-in touch her
        monkeypatch.setattr(module, "touch", touch_that_fails_for_the_second)
    with pytest.raises(RuntimeError):
        courses.withdraw(opened.db, worker, leaving.id, today=TODAY)
    statuses = {e.id: e.status for e in _table(opened, Enrolment)}
    assert statuses == {leaving.id: "enrolled", queued.id: "waiting"}


def test_the_same_woman_cannot_be_enrolled_twice_but_may_come_back_after_withdrawing(
    opened, staff, make_client
):
    worker = staff[Role.CASE_WORKER]
    course = _course(opened, worker, capacity=1)
    olena, iryna = make_client("Коваль"), make_client("Бондар")
    first = courses.enrol(opened.db, worker, course.id, olena, today=TODAY)
    for _ in range(2):
        with pytest.raises(InvalidInput) as info:
            courses.enrol(opened.db, worker, course.id, olena, today=TODAY)
        assert info.value.field == "client"
    courses.enrol(opened.db, worker, course.id, iryna, today=TODAY)  # waits
    courses.withdraw(opened.db, worker, first.id, today=TODAY)  # Iryna moves in
    back = courses.enrol(opened.db, worker, course.id, olena, today=TODAY + timedelta(days=1))
    assert (back.id, back.status, back.queue_position, back.withdrawn_on) == (
        first.id,
        "waiting",
        1,
        None,
    )
    assert len(_table(opened, Enrolment)) == 2


def test_an_archived_client_cannot_be_enrolled(opened, staff, make_client):
    worker = staff[Role.CASE_WORKER]
    course = _course(opened, worker)
    archived = make_client(archived=True)
    with pytest.raises(InvalidInput) as info:
        courses.enrol(opened.db, worker, course.id, archived, today=TODAY)
    assert info.value.field == "client"
    for missing in (None, 0, 10**40, "1", True):
        with pytest.raises(InvalidInput) as info:
            courses.enrol(opened.db, worker, course.id, missing, today=TODAY)
        assert info.value.field == "client"
    assert _table(opened, Enrolment) == []


def test_no_enrolment_in_an_archived_or_finished_course(opened, staff, make_client):
    worker, client_id = staff[Role.CASE_WORKER], make_client()
    archived = _course(opened, worker)
    courses.archive_course(opened.db, worker, archived.id)
    finished = _course(opened, worker, starts_on=date(2026, 1, 5), ends_on=date(2026, 2, 27))
    for course_id in (archived.id, finished.id, 999, None, "1"):
        with pytest.raises(InvalidInput) as info:
            courses.enrol(opened.db, worker, course_id, client_id, today=TODAY)
        assert info.value.field == "course"
    assert _table(opened, Enrolment) == []
    assert [c.id for c in courses.list_courses(opened.db, worker)] == [finished.id]
    assert len(courses.list_courses(opened.db, worker, include_archived=True)) == 2


def test_a_waiting_woman_whose_record_was_archived_is_passed_over(opened, staff, make_client):
    worker = staff[Role.CASE_WORKER]
    course = _course(opened, worker, capacity=1)
    leaving = courses.enrol(opened.db, worker, course.id, make_client("Коваль"), today=TODAY)
    gone_id, next_id = make_client("Бондар"), make_client("Мельник")
    gone = courses.enrol(opened.db, worker, course.id, gone_id, today=TODAY)
    courses.enrol(opened.db, worker, course.id, next_id, today=TODAY)
    with opened.db.unit_of_work(opened.admin, Permission.WRITE_CLIENTS, write=True) as uow:
        uow.session.get(Client, gone_id).archived_at = datetime(2026, 3, 9)
        uow.commit()
    (moved,) = courses.withdraw(opened.db, worker, leaving.id, today=TODAY).moved_in
    assert moved.client_id == next_id
    assert {e.id: e.status for e in _table(opened, Enrolment)}[gone.id] == "waiting"


def test_capacity_cannot_drop_below_the_places_taken_and_a_larger_one_lets_women_in(
    opened, staff, make_client
):
    worker = staff[Role.CASE_WORKER]
    course = _course(opened, worker, capacity=2)
    ids = [make_client(name) for name in ("Коваль", "Бондар", "Мельник", "Ткаченко")]
    enrolments = [courses.enrol(opened.db, worker, course.id, c, today=TODAY) for c in ids]
    courses.complete(opened.db, worker, enrolments[0].id, TODAY, today=TODAY)
    args = (course.title, 1, course.starts_on, course.ends_on)
    with pytest.raises(InvalidInput) as info:
        courses.edit_course(opened.db, worker, course.id, *args, today=TODAY)
    assert info.value.field == "capacity"
    assert "2" in info.value.message
    assert courses.get_course(opened.db, worker, course.id).capacity == 2
    bigger = courses.edit_course(
        opened.db, worker, course.id, course.title, 3, course.starts_on, course.ends_on, today=TODAY
    )
    assert (bigger.capacity, bigger.enrolled, bigger.completed, bigger.waiting) == (3, 2, 1, 1)
    roster = courses.course_roster(opened.db, worker, course.id)
    assert [(r.client_id, r.status) for r in roster][:3] == [
        (ids[0], "completed"),
        (ids[1], "enrolled"),
        (ids[2], "enrolled"),
    ]


# --- course definitions and sessions ----------------------------------------------------------


def test_course_fields_are_checked_and_a_refused_course_is_not_saved(opened, staff):
    worker = staff[Role.CASE_WORKER]
    good = ("Курс", 10, date(2026, 3, 2), date(2026, 4, 30))
    cases = [
        (("", *good[1:]), "title"),
        (("К" * 201, *good[1:]), "title"),
        ((good[0], 0, *good[2:]), "capacity"),
        ((good[0], 201, *good[2:]), "capacity"),
        ((good[0], "10", *good[2:]), "capacity"),
        ((good[0], True, *good[2:]), "capacity"),
        ((*good[:2], "2026-03-02", good[3]), "starts_on"),
        ((*good[:2], datetime(2026, 3, 2), good[3]), "starts_on"),
        ((*good[:3], date(2026, 3, 1)), "ends_on"),
        ((*good[:3], None), "ends_on"),
    ]
    for args, field in cases:
        with pytest.raises(InvalidInput) as info:
            courses.create_course(opened.db, worker, *args)
        assert info.value.field == field, args
    with pytest.raises(InvalidInput) as info:
        courses.create_course(opened.db, worker, *good, description="о" * 4001)
    assert info.value.field == "description"
    assert _table(opened, Course) == []
    one_day = courses.create_course(opened.db, worker, "Один день", 200, TODAY, TODAY)
    assert (one_day.capacity, one_day.starts_on, one_day.ends_on) == (200, TODAY, TODAY)


def test_sessions_stay_within_the_course_dates_and_never_twice_at_one_time(opened, staff):
    worker = staff[Role.CASE_WORKER]
    course = _course(opened, worker)
    first = courses.add_session(opened.db, worker, course.id, _at(date(2026, 3, 2)), 90, "Бюджет")
    second = courses.add_session(opened.db, worker, course.id, _at(date(2026, 3, 9)), 90)
    bad = [
        ((_at(date(2026, 3, 1)), 90), "starts_at"),
        ((_at(date(2026, 5, 1)), 90), "starts_at"),
        ((_at(date(2026, 3, 2)), 90), "starts_at"),  # the same time as the first
        ((date(2026, 3, 3), 90), "starts_at"),
        ((_at(date(2026, 3, 3)), 10), "duration_min"),
        ((_at(date(2026, 3, 3)), 601), "duration_min"),
    ]
    for args, field in bad:
        with pytest.raises(InvalidInput) as info:
            courses.add_session(opened.db, worker, course.id, *args)
        assert info.value.field == field, args
    with pytest.raises(InvalidInput) as info:
        courses.add_session(opened.db, worker, course.id, _at(date(2026, 3, 3)), 90, "т" * 201)
    assert info.value.field == "topic"
    moved = courses.move_session(opened.db, worker, second.id, _at(date(2026, 3, 10), 14))
    assert (moved.starts_at, moved.duration_min) == (_at(date(2026, 3, 10), 14), 90)
    edited = courses.edit_session(
        opened.db, worker, first.id, _at(date(2026, 3, 3)), 120, " Бюджет  сім’ї ", today=TODAY
    )
    assert (edited.duration_min, edited.topic) == (120, "Бюджет сім’ї")
    listed = courses.list_sessions(opened.db, worker, course.id)
    assert [s.id for s in listed] == [first.id, second.id]
    with pytest.raises(InvalidInput) as info:  # would leave the first session outside
        courses.edit_course(
            opened.db, worker, course.id, course.title, 2, date(2026, 3, 4), course.ends_on
        )
    assert info.value.field == "starts_on"
    with pytest.raises(InvalidInput) as info:
        courses.edit_course(
            opened.db, worker, course.id, course.title, 2, course.starts_on, date(2026, 3, 9)
        )
    assert info.value.field == "ends_on"
    assert courses.get_course(opened.db, worker, course.id).ends_on == course.ends_on


def test_a_session_with_attendance_cannot_be_removed_or_moved_into_the_future(
    opened, staff, make_client
):
    worker = staff[Role.CASE_WORKER]
    course = _course(opened, worker)
    held = courses.add_session(opened.db, worker, course.id, _at(date(2026, 3, 3)), 90)
    planned = courses.add_session(opened.db, worker, course.id, _at(date(2026, 3, 24)), 90)
    enrolment = courses.enrol(opened.db, worker, course.id, make_client(), today=TODAY)
    courses.record_attendance(opened.db, worker, held.id, {enrolment.id}, today=TODAY)
    with pytest.raises(InvalidInput) as info:
        courses.remove_session(opened.db, worker, held.id)
    assert info.value.field == "session"
    with pytest.raises(InvalidInput) as info:
        courses.move_session(opened.db, worker, held.id, _at(date(2026, 3, 17)), today=TODAY)
    assert info.value.field == "starts_at"
    courses.move_session(opened.db, worker, held.id, _at(date(2026, 3, 4)), today=TODAY)
    courses.remove_session(opened.db, worker, planned.id)
    assert [s.id for s in _table(opened, CourseSession)] == [held.id]
    assert "course_session.removed" in _actions(opened)


def test_an_archived_course_is_closed_to_changes_until_restored(opened, staff, make_client):
    worker = staff[Role.CASE_WORKER]
    course = _course(opened, worker, capacity=1)
    session = courses.add_session(opened.db, worker, course.id, _at(date(2026, 3, 3)), 60)
    enrolled = courses.enrol(opened.db, worker, course.id, make_client("Коваль"), today=TODAY)
    courses.archive_course(opened.db, worker, course.id)
    closed = [
        lambda: courses.add_session(opened.db, worker, course.id, _at(date(2026, 3, 4)), 60),
        lambda: courses.move_session(opened.db, worker, session.id, _at(date(2026, 3, 4))),
        lambda: courses.remove_session(opened.db, worker, session.id),
        lambda: courses.withdraw(opened.db, worker, enrolled.id, today=TODAY),
        lambda: courses.complete(opened.db, worker, enrolled.id, TODAY, today=TODAY),
        lambda: courses.record_attendance(opened.db, worker, session.id, set(), today=TODAY),
        lambda: courses.archive_course(opened.db, worker, course.id),
        lambda: courses.edit_course(
            opened.db, worker, course.id, "Інша назва", 5, course.starts_on, course.ends_on
        ),
    ]
    for call in closed:
        with pytest.raises(InvalidInput) as info:
            call()
        assert info.value.field == "course"
    restored = courses.restore_course(opened.db, worker, course.id, today=TODAY)
    assert (restored.archived, restored.title) == (False, course.title)
    with pytest.raises(InvalidInput):
        courses.restore_course(opened.db, worker, course.id, today=TODAY)


# --- attendance and completion ----------------------------------------------------------------


def test_caseworker_ticks_who_came_to_a_session(opened, staff, make_client):
    worker = staff[Role.CASE_WORKER]
    course = _course(opened, worker, capacity=3)
    session = courses.add_session(opened.db, worker, course.id, _at(date(2026, 3, 5)), 90)
    names = [("Коваль", "Олена"), ("Бондар", "Ірина"), ("Ґонта", "Дар’я")]
    clients = [make_client(last, first, first_contact_on=date(2026, 1, 3)) for last, first in names]
    enrol_day = date(2026, 3, 2)
    enrolments = [courses.enrol(opened.db, worker, course.id, c, today=enrol_day) for c in clients]

    blank = courses.session_attendance(opened.db, worker, session.id)
    assert [(r.display_name, r.present) for r in blank.rows] == [
        ("Бондар Ірина", None),
        ("Ґонта Дар’я", None),
        ("Коваль Олена", None),
    ]
    assert blank.session.attendance_taken is False
    present = {enrolments[0].id, enrolments[2].id}
    ticked = courses.record_attendance(opened.db, worker, session.id, present, today=TODAY)
    assert {r.enrolment_id: r.present for r in ticked.rows} == {
        enrolments[0].id: True,
        enrolments[1].id: False,
        enrolments[2].id: True,
    }
    assert (ticked.session.attendance_taken, ticked.session.present) == (True, 2)
    # the session on 5 March is the last activity of the women who came
    last_activity = [_client(opened, c).last_activity_on for c in clients]
    assert last_activity == [date(2026, 3, 5), enrol_day, date(2026, 3, 5)]
    corrected = courses.record_attendance(
        opened.db, worker, session.id, [enrolments[1].id], today=TODAY
    )
    assert [r.present for r in corrected.rows] == [True, False, False]
    assert len(_table(opened, Attendance)) == 3
    newest = audit.list_entries(opened.db, opened.admin, action="attendance.recorded")[0]
    assert newest.detail == {"course_id": course.id, "present": 1, "marked": 3}


def test_only_women_holding_a_place_in_that_course_can_be_marked(opened, staff, make_client):
    worker = staff[Role.CASE_WORKER]
    course, other = _course(opened, worker, capacity=1), _course(opened, worker)
    session = courses.add_session(opened.db, worker, course.id, _at(date(2026, 3, 5)), 90)
    enrolled = courses.enrol(opened.db, worker, course.id, make_client("Коваль"), today=TODAY)
    waiting = courses.enrol(opened.db, worker, course.id, make_client("Бондар"), today=TODAY)
    elsewhere = courses.enrol(opened.db, worker, other.id, make_client("Мельник"), today=TODAY)
    for present in ({waiting.id}, {elsewhere.id}, {enrolled.id, 99999}, "1", [True], {-1}, 7):
        with pytest.raises(InvalidInput) as info:
            courses.record_attendance(opened.db, worker, session.id, present, today=TODAY)
        assert info.value.field == "present", present
    assert _table(opened, Attendance) == []


def test_attendance_waits_until_the_session_has_taken_place(opened, staff, make_client):
    worker = staff[Role.CASE_WORKER]
    course = _course(opened, worker)
    tomorrow = courses.add_session(opened.db, worker, course.id, _at(TODAY + timedelta(days=1)), 90)
    enrolment = courses.enrol(opened.db, worker, course.id, make_client(), today=TODAY)
    with pytest.raises(InvalidInput) as info:
        courses.record_attendance(opened.db, worker, tomorrow.id, {enrolment.id}, today=TODAY)
    assert info.value.field == "session"
    for missing in (None, 0, 10**30):
        with pytest.raises(InvalidInput) as info:
            courses.record_attendance(opened.db, worker, missing, set(), today=TODAY)
        assert info.value.field == "session"


def test_marks_of_a_woman_who_withdrew_are_kept(opened, staff, make_client):
    worker = staff[Role.CASE_WORKER]
    course = _course(opened, worker)
    session = courses.add_session(opened.db, worker, course.id, _at(date(2026, 3, 5)), 90)
    start = date(2026, 3, 2)
    stays = courses.enrol(opened.db, worker, course.id, make_client("Коваль"), today=start)
    leaves = courses.enrol(opened.db, worker, course.id, make_client("Бондар"), today=start)
    courses.record_attendance(opened.db, worker, session.id, {stays.id, leaves.id}, today=TODAY)
    courses.withdraw(opened.db, worker, leaves.id, today=TODAY)
    after = courses.record_attendance(opened.db, worker, session.id, set(), today=TODAY)
    assert {(r.enrolment_id, r.status, r.present) for r in after.rows} == {
        (stays.id, "enrolled", False),
        (leaves.id, "withdrawn", True),
    }


def test_a_woman_who_got_her_place_mid_course_is_not_counted_absent_before_it(
    opened, staff, make_client
):
    worker = staff[Role.CASE_WORKER]
    course = _course(opened, worker, capacity=1)
    first = courses.add_session(opened.db, worker, course.id, _at(date(2026, 3, 3)), 90)
    second = courses.add_session(opened.db, worker, course.id, _at(date(2026, 3, 5)), 90)
    leaving = courses.enrol(opened.db, worker, course.id, make_client("Коваль"), date(2026, 3, 2))
    late = courses.enrol(opened.db, worker, course.id, make_client("Бондар"), date(2026, 3, 2))
    courses.withdraw(opened.db, worker, leaving.id, today=date(2026, 3, 4))  # she moves in
    courses.record_attendance(opened.db, worker, first.id, set(), today=TODAY)
    courses.record_attendance(opened.db, worker, second.id, {late.id}, today=TODAY)
    (entry,) = [
        r for r in courses.course_roster(opened.db, worker, course.id) if r.enrolment_id == late.id
    ]
    assert (entry.sessions_recorded, entry.attendance_rate) == (1, 1.0)
    # entered late but she was there: she can still be marked present
    back_then = courses.record_attendance(opened.db, worker, first.id, {late.id}, today=TODAY)
    assert [(r.enrolment_id, r.present) for r in back_then.rows if r.status == "enrolled"] == [
        (late.id, True)
    ]


def test_names_are_shown_only_to_roles_that_may_read_client_identities(
    opened, staff, make_client, monkeypatch
):
    worker, psychologist = staff[Role.CASE_WORKER], staff[Role.PSYCHOLOGIST]
    course = _course(opened, worker)
    session = courses.add_session(opened.db, worker, course.id, _at(date(2026, 3, 5)), 90)
    courses.enrol(opened.db, worker, course.id, make_client("Коваль", "Олена"), today=TODAY)
    (row,) = courses.session_attendance(opened.db, psychologist, session.id).rows
    assert row.display_name == "Коваль Олена"
    without_identities = POLICY[Role.PSYCHOLOGIST] - {Permission.READ_CLIENTS}
    monkeypatch.setitem(POLICY, Role.PSYCHOLOGIST, without_identities)
    (row,) = courses.session_attendance(opened.db, psychologist, session.id).rows
    (entry,) = courses.course_roster(opened.db, psychologist, course.id)
    assert row.display_name is None and entry.display_name is None
    assert row.client_code.startswith("K-") and entry.client_code == row.client_code


def test_completion_and_the_roster_with_each_womans_attendance_rate(opened, staff, make_client):
    worker = staff[Role.CASE_WORKER]
    course = _course(opened, worker, capacity=3)
    days = [date(2026, 3, 3), date(2026, 3, 5), date(2026, 3, 9), date(2026, 3, 10)]
    sessions = [courses.add_session(opened.db, worker, course.id, _at(d), 90) for d in days]
    steady, patchy, late = (
        courses.enrol(opened.db, worker, course.id, make_client(n), today=date(2026, 3, 2))
        for n in ("Коваль", "Бондар", "Мельник")
    )
    courses.record_attendance(
        opened.db, worker, sessions[0].id, {steady.id, patchy.id}, today=TODAY
    )
    courses.record_attendance(opened.db, worker, sessions[1].id, {steady.id}, today=TODAY)
    courses.record_attendance(opened.db, worker, sessions[2].id, {steady.id}, today=TODAY)
    courses.record_attendance(
        opened.db, worker, sessions[3].id, {steady.id, patchy.id}, today=TODAY
    )
    done = courses.complete(opened.db, worker, steady.id, TODAY, today=TODAY)
    assert (done.status, done.completed_on) == ("completed", TODAY)
    for bad_day, field in (
        (TODAY + timedelta(days=1), "completed_on"),
        (date(2026, 3, 1), "completed_on"),
    ):
        with pytest.raises(InvalidInput) as info:
            courses.complete(opened.db, worker, patchy.id, bad_day, today=TODAY)
        assert info.value.field == field
    with pytest.raises(InvalidInput) as info:
        courses.complete(opened.db, worker, steady.id, TODAY, today=TODAY)
    assert info.value.field == "enrolment"
    with pytest.raises(InvalidInput) as info:
        courses.withdraw(opened.db, worker, steady.id, today=TODAY)
    assert info.value.field == "enrolment"
    rates = {
        r.enrolment_id: (r.status, r.sessions_present, r.sessions_recorded, r.attendance_rate)
        for r in courses.course_roster(opened.db, worker, course.id)
    }
    assert rates == {
        steady.id: ("completed", 4, 4, 1.0),
        patchy.id: ("enrolled", 2, 4, 0.5),
        late.id: ("enrolled", 0, 4, 0.0),
    }
    # a completed woman keeps her place and can still be marked
    again = courses.record_attendance(opened.db, worker, sessions[3].id, {steady.id}, today=TODAY)
    assert {r.enrolment_id for r in again.rows if r.present} == {steady.id}
    assert _client(opened, done.client_id).last_activity_on == TODAY
    (mine,) = courses.client_enrolments(opened.db, worker, done.client_id)
    assert (mine.course_title, mine.status) == ("Фінансова грамотність", "completed")


# --- counts -----------------------------------------------------------------------------------


def test_coordinator_sees_enrolments_completions_and_attendance_for_a_month(
    opened, staff, make_client
):
    worker, coordinator = staff[Role.CASE_WORKER], staff[Role.COORDINATOR]
    course = _course(opened, worker, capacity=2, starts_on=date(2026, 2, 2))
    feb = courses.add_session(opened.db, worker, course.id, _at(date(2026, 2, 20)), 90)
    mar = courses.add_session(opened.db, worker, course.id, _at(date(2026, 3, 3)), 90)
    a = courses.enrol(opened.db, worker, course.id, make_client("А"), today=date(2026, 2, 10))
    b = courses.enrol(opened.db, worker, course.id, make_client("Б"), today=date(2026, 3, 1))
    courses.enrol(opened.db, worker, course.id, make_client("В"), today=date(2026, 3, 1))
    courses.record_attendance(opened.db, worker, feb.id, {a.id}, today=TODAY)
    courses.record_attendance(opened.db, worker, mar.id, {a.id, b.id}, today=TODAY)
    courses.complete(opened.db, worker, a.id, date(2026, 3, 9), today=TODAY)
    courses.withdraw(opened.db, worker, b.id, today=TODAY)  # В moves in on 10 March

    march = courses.course_counts(opened.db, coordinator, date(2026, 3, 1), date(2026, 3, 31))
    assert (march.enrolments, march.clients_enrolled, march.completions, march.withdrawals) == (
        2,
        2,
        1,
        1,
    )
    assert (march.sessions_held, march.attendance_recorded, march.attendance_present) == (1, 2, 2)
    assert march.attendance_rate == 1.0
    february = courses.course_counts(opened.db, coordinator, date(2026, 2, 1), date(2026, 2, 28))
    assert (february.enrolments, february.attendance_recorded, february.attendance_rate) == (
        1,
        1,
        1.0,
    )
    empty = courses.course_counts(opened.db, coordinator, date(2025, 1, 1), date(2025, 1, 31))
    assert (empty.enrolments, empty.sessions_held, empty.attendance_rate) == (0, 0, None)
    with pytest.raises(InvalidInput) as info:
        courses.course_counts(opened.db, coordinator, date(2026, 3, 31), date(2026, 3, 1))
    assert info.value.field == "end"


# --- permissions ------------------------------------------------------------------------------

# a trainer runs courses; their lists only for her own (tests/test_course_trainers.py)
PROGRAMME_WRITERS = {Role.ADMIN, Role.CASE_WORKER, Role.TRAINER}
PROGRAMME_READERS = {
    Role.ADMIN,
    Role.HEAD,
    Role.CASE_WORKER,
    Role.PSYCHOLOGIST,
    Role.LAWYER,
    Role.TRAINER,
}
ENROLMENT_WRITERS = {Role.ADMIN, Role.CASE_WORKER}
ENROLMENT_READERS = {Role.ADMIN, Role.HEAD, Role.CASE_WORKER, Role.PSYCHOLOGIST, Role.LAWYER}
_ALLOWED = {
    "create course": PROGRAMME_WRITERS,
    "edit course": PROGRAMME_WRITERS,
    "archive course": PROGRAMME_WRITERS,
    "restore course": PROGRAMME_WRITERS,
    "list courses": PROGRAMME_READERS,
    "get course": PROGRAMME_READERS,
    "add session": PROGRAMME_WRITERS,
    "edit session": PROGRAMME_WRITERS,
    "move session": PROGRAMME_WRITERS,
    "remove session": PROGRAMME_WRITERS,
    "list sessions": PROGRAMME_READERS,
    "enrol": ENROLMENT_WRITERS,
    "withdraw": ENROLMENT_WRITERS,
    "complete": ENROLMENT_WRITERS,
    "record attendance": ENROLMENT_WRITERS,
    "session attendance": ENROLMENT_READERS,
    "roster": ENROLMENT_READERS,
    "client enrolments": ENROLMENT_READERS,
    "counts": {Role.ADMIN, Role.HEAD, Role.COORDINATOR},
}


@pytest.mark.parametrize("role", ALL_ROLES)
def test_each_role_may_use_only_its_course_services(opened, staff, make_client, role):
    db, user, admin = opened.db, staff[role], opened.admin
    course = _course(opened, admin, capacity=5)
    archived = _course(opened, admin)
    courses.archive_course(db, admin, archived.id)
    held = courses.add_session(db, admin, course.id, _at(date(2026, 3, 3)), 60)
    spare = courses.add_session(db, admin, course.id, _at(date(2026, 3, 4)), 60)
    client_id = make_client("Коваль")
    leaving = courses.enrol(db, admin, course.id, make_client("Бондар"), today=TODAY)
    finishing = courses.enrol(db, admin, course.id, make_client("Мельник"), today=TODAY)
    calls = {
        "create course": lambda: _course(opened, user),
        "edit course": lambda: courses.edit_course(
            db, user, course.id, "Нова назва", 6, course.starts_on, course.ends_on, today=TODAY
        ),
        "archive course": lambda: courses.archive_course(db, user, course.id),
        "restore course": lambda: courses.restore_course(db, user, archived.id, today=TODAY),
        "list courses": lambda: courses.list_courses(db, user, include_archived=True),
        "get course": lambda: courses.get_course(db, user, course.id),
        "add session": lambda: courses.add_session(db, user, course.id, _at(TODAY), 60),
        "edit session": lambda: courses.edit_session(
            db, user, held.id, _at(date(2026, 3, 3), 11), 90, "Тема", today=TODAY
        ),
        "move session": lambda: courses.move_session(
            db, user, held.id, _at(date(2026, 3, 3), 12), today=TODAY
        ),
        "remove session": lambda: courses.remove_session(db, user, spare.id),
        "list sessions": lambda: courses.list_sessions(db, user, course.id),
        "enrol": lambda: courses.enrol(db, user, course.id, client_id, today=TODAY),
        "withdraw": lambda: courses.withdraw(db, user, leaving.id, today=TODAY),
        "complete": lambda: courses.complete(db, user, finishing.id, TODAY, today=TODAY),
        "record attendance": lambda: courses.record_attendance(
            db, user, held.id, {finishing.id}, today=TODAY
        ),
        "session attendance": lambda: courses.session_attendance(db, user, held.id),
        "roster": lambda: courses.course_roster(db, user, course.id),
        "client enrolments": lambda: courses.client_enrolments(db, user, client_id),
        "counts": lambda: courses.course_counts(db, user, date(2026, 3, 1), TODAY),
    }
    assert calls.keys() == _ALLOWED.keys()
    # archiving last, so that the calls before it find the course open
    order = [name for name in calls if name != "archive course"] + ["archive course"]
    for name in order:
        if role in _ALLOWED[name]:
            calls[name]()
        else:
            with pytest.raises(PermissionDenied):
                calls[name]()


# --- random input -----------------------------------------------------------------------------

_junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=12),
    st.floats(allow_nan=True),
    st.lists(st.integers(), max_size=2),
    st.datetimes(),
    st.dates(),
)
_days = st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 6, 30))
_DAYS = [date(2026, 3, 1), date(2026, 3, 9), date(2026, 3, 11)]
_times = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2026, 6, 30, 23, 59))


def _maybe(valid: st.SearchStrategy) -> st.SearchStrategy:
    """Valid nine times in ten, junk otherwise, so most calls reach the database."""
    return st.integers(0, 9).flatmap(lambda i: _junk if i == 9 else valid)


def _check_tables(opened):
    """Whatever was thrown at the services, every row is valid and the queue is fair."""
    with opened.db.unit_of_work(opened.admin, Permission.READ_STAYS_ENROLMENTS) as uow:
        s = uow.session
        for c in s.execute(select(Course)).scalars():
            assert 1 <= len(c.title) <= 200 and 1 <= c.capacity <= 200
            assert c.starts_on <= c.ends_on
            starts = [
                r.starts_at
                for r in s.execute(
                    select(CourseSession).where(CourseSession.course_id == c.id)
                ).scalars()
            ]
            assert len(starts) == len(set(starts))
            assert all(c.starts_on <= t.date() <= c.ends_on for t in starts)
            rows = list(s.execute(select(Enrolment).where(Enrolment.course_id == c.id)).scalars())
            holding = [e for e in rows if e.status in ("enrolled", "completed")]
            assert len(holding) <= c.capacity
            eligible_waiting = [
                e
                for e in rows
                if e.status == "waiting" and s.get(Client, e.client_id).archived_at is None
            ]
            if not c.archived and c.ends_on >= TODAY and eligible_waiting:
                assert len(holding) == c.capacity  # nobody waits while a place is free
            for e in rows:
                assert e.status in ("enrolled", "waiting", "completed", "withdrawn")
                if e.status in ("enrolled", "completed"):
                    assert e.enrolled_on is not None
                if e.status == "waiting":
                    assert e.enrolled_on is None and e.withdrawn_on is None
                if e.status == "completed":
                    assert e.enrolled_on <= e.completed_on <= TODAY
                if e.status == "withdrawn":
                    assert e.withdrawn_on is not None
        for a in s.execute(select(Attendance)).scalars():
            session = s.get(CourseSession, a.session_id)
            enrolment = s.get(Enrolment, a.enrolment_id)
            assert session.course_id == enrolment.course_id
            assert session.starts_at.date() <= TODAY
            assert isinstance(a.present, bool)
        assert s.scalar(select(func.count(Course.id))) >= 1


def _pick(ids: list[int], index):
    """An existing id by index, or the junk itself."""
    if isinstance(index, int) and not isinstance(index, bool) and 0 <= index < 1000:
        return ids[index % len(ids)] if ids else None
    return index


_ACTIONS = [
    "create course",
    "edit course",
    "archive course",
    "restore course",
    "add session",
    "edit session",
    "move session",
    "remove session",
    "enrol",
    "enrol",
    "enrol",
    "enrol",
    "withdraw",
    "withdraw",
    "complete",
    "record attendance",
    "record attendance",
]


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(st.sampled_from(_ACTIONS), min_size=3, max_size=10), data=st.data())
def test_random_input_to_course_services_never_crashes_or_leaves_a_bad_row(
    opened, staff, make_client, steps, data
):
    """Random calls in a row. Each example starts a course of its own (two places, a held
    and a planned session, five women, one of them archived) in a database that keeps
    every earlier row, so calls meet full courses, queues and recorded attendance."""
    db, worker = opened.db, staff[Role.CASE_WORKER]
    course = _course(
        opened, worker, capacity=2, starts_on=date(2026, 1, 5), ends_on=date(2026, 6, 26)
    )
    mine = {
        "course": [course.id],
        "session": [
            courses.add_session(db, worker, course.id, _at(day), 90).id
            for day in (date(2026, 3, 2), date(2026, 3, 16))
        ],
        "client": [make_client(f"Клієнтка{i}") for i in range(4)] + [make_client(archived=True)],
        "enrolment": [],
    }
    draw = data.draw

    def pick(kind):
        return _pick(mine[kind], draw(_maybe(st.integers(0, 9)), label=kind))

    def course_fields():
        return (
            draw(_maybe(st.text(min_size=1, max_size=210))),
            draw(_maybe(st.integers(1, 6))),  # small: edits that free places or refuse
            draw(_maybe(st.dates(date(2026, 1, 1), date(2026, 3, 10)))),
            draw(_maybe(st.dates(date(2026, 3, 1), date(2026, 6, 30)))),
            draw(_maybe(st.one_of(st.none(), st.text(max_size=30)))),
        )

    def present():
        """Indexes into her enrolments, so that what is drawn never depends on the rows."""
        indexes = draw(_maybe(st.sets(st.integers(0, 9), max_size=4)), label="present")
        if isinstance(indexes, set) and mine["enrolment"]:
            return {mine["enrolment"][i % len(mine["enrolment"])] for i in indexes}
        return indexes

    calls = {
        "create course": lambda: courses.create_course(db, worker, *course_fields()),
        "edit course": lambda: courses.edit_course(
            db, worker, pick("course"), *course_fields(), today=TODAY
        ),
        "archive course": lambda: courses.archive_course(db, worker, pick("course")),
        "restore course": lambda: courses.restore_course(db, worker, pick("course"), today=TODAY),
        "add session": lambda: courses.add_session(
            db,
            worker,
            pick("course"),
            draw(_maybe(_times)),
            draw(_maybe(st.integers(0, 700))),
            draw(_maybe(st.one_of(st.none(), st.text(max_size=210)))),
        ),
        "edit session": lambda: courses.edit_session(
            db,
            worker,
            pick("session"),
            draw(_maybe(_times)),
            draw(_maybe(st.integers(0, 700))),
            draw(_maybe(st.one_of(st.none(), st.text(max_size=210)))),
            today=TODAY,
        ),
        "move session": lambda: courses.move_session(
            db, worker, pick("session"), draw(_maybe(_times)), today=TODAY
        ),
        "remove session": lambda: courses.remove_session(db, worker, pick("session")),
        "enrol": lambda: courses.enrol(db, worker, pick("course"), pick("client"), TODAY),
        "withdraw": lambda: courses.withdraw(db, worker, pick("enrolment"), today=TODAY),
        "complete": lambda: courses.complete(
            db,
            worker,
            pick("enrolment"),
            draw(_maybe(st.sampled_from([TODAY, *_DAYS]))),
            today=TODAY,
        ),
        "record attendance": lambda: courses.record_attendance(
            db, worker, pick("session"), present(), today=TODAY
        ),
    }
    created = {"create course": "course", "add session": "session", "enrol": "enrolment"}
    for action in steps:
        outcome = "refused"
        with contextlib.suppress(InvalidInput, PermissionDenied):
            result = calls[action]()
            outcome = "saved"
            if action in created and result.id not in mine[created[action]]:
                mine[created[action]].append(result.id)
        event(f"{action}: {outcome}")  # see --hypothesis-show-statistics
        _check_tables(opened)
