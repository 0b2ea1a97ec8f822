"""The sign-in throttle file against someone at the workstation who can edit or delete
it: nothing in it is authenticated before sign-in, so it fails safe and the next
successful sign-in compares it with the copy the database kept (storage/throttle.py)."""

from __future__ import annotations

import json
import shutil

import pytest

from shelter_app import audit
from shelter_app.database import Database
from shelter_app.errors import AuthenticationFailed, LoginThrottled
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.throttle import FREE_ATTEMPTS, HOLD_S, delay_after
from tests.conftest import ADMIN, ADMIN_PASSWORD

NOW = 2_000_000_000.0


def _attempt(path, password, now):
    return Database.sign_in(path, ADMIN, password, clock=lambda: now)


def _fail(path, times, now=NOW) -> float:
    """`times` wrong passwords, each after the previous wait is over; the last one's time."""
    for i in range(times):
        with pytest.raises(AuthenticationFailed):
            _attempt(path, "Wrong-guess-2026", now + 400 * i)
    return now + 400 * (times - 1)


def _warnings(path) -> list[str]:
    """Sign in once every wait is over (a file that is not the key file's own makes the
    first attempt wait HOLD_S) and list the throttle warnings of the audit log."""
    try:
        db, admin = _attempt(path, ADMIN_PASSWORD, NOW + 100_000)
    except LoginThrottled:
        db, admin = _attempt(path, ADMIN_PASSWORD, NOW + 100_000 + HOLD_S)
    try:
        entries = audit.list_entries(db, admin, action="throttle.reset_detected")
        return [(e.detail or {})["why"] for e in entries]
    finally:
        db.close()


def _doc(path):
    return json.loads(DatabasePaths.for_database(path).throttle.read_text("utf-8"))


def _put(path, doc) -> None:
    DatabasePaths.for_database(path).throttle.write_text(json.dumps(doc), "utf-8")


@pytest.fixture
def closed(opened):
    opened.db.close()
    return opened.path


def test_ordinary_use_leaves_no_warning(closed):
    _fail(closed, 2)
    db, _ = _attempt(closed, ADMIN_PASSWORD, NOW)
    db.close()
    _fail(closed, 1, NOW + 10)
    db, user = _attempt(closed, ADMIN_PASSWORD, NOW + 20)
    with pytest.raises(AuthenticationFailed):
        db.verify_password(user, "Wrong-guess-2026")  # at the lock screen
    db.verify_password(user, ADMIN_PASSWORD)
    db.close()
    assert _warnings(closed) == []


def test_deleting_the_file_does_not_give_back_the_free_attempts_and_is_recorded(closed):
    """Before, deleting .throttle reset the count to zero, silently."""
    last = _fail(closed, 5)
    with pytest.raises(LoginThrottled):
        _attempt(closed, "Another-guess-1", last)
    DatabasePaths.for_database(closed).throttle.unlink()  # the attacker's move
    with pytest.raises(LoginThrottled) as waited:  # the key file names the file deleted
        _attempt(closed, "Another-guess-2", last + 1)
    assert waited.value.seconds == HOLD_S
    DatabasePaths.for_database(closed).throttle.unlink()  # and again: the wait starts again
    with pytest.raises(LoginThrottled) as waited:
        _attempt(closed, "Another-guess-2", last + 30)
    assert waited.value.seconds == HOLD_S
    after = last + 30 + HOLD_S
    _fail(closed, 1, after)
    with pytest.raises(LoginThrottled) as waited:  # and no free attempts after the wait
        _attempt(closed, "Another-guess-3", after)
    assert waited.value.seconds == delay_after(FREE_ATTEMPTS + 1)
    assert _warnings(closed) == ["missing"]
    assert _warnings(closed) == ["missing"]  # once: the file is whole again, and named


def test_a_key_file_from_before_names_no_throttle_file_and_nobody_waits(opened):
    """A database made by an earlier version: its first sign-in is not held up, and
    names the file from then on."""
    from shelter_app.storage.keyfile import KeyFile

    paths = DatabasePaths.for_database(opened.path)
    data_key = opened.db._data_key
    opened.db.close()
    doc = json.loads(paths.key_file.read_text("utf-8"))
    doc.pop("throttle_id")
    KeyFile(doc).save(paths.key_file, data_key)  # as written before
    paths.throttle.unlink()
    db, _ = _attempt(opened.path, ADMIN_PASSWORD, NOW)  # no wait
    db.close()
    assert KeyFile.load(paths.key_file).throttle_id == _doc(opened.path)["file_id"]
    # (this database's own ledger still notices the file deleted above)
    assert _warnings(opened.path) == ["missing"]


def test_lowering_a_counter_by_hand_does_not_end_the_wait(closed):
    last = _fail(closed, 6)
    doc = _doc(closed)
    for counter in doc["counters"].values():
        counter["failures"] = 0  # the attacker's edit
    _put(closed, doc)
    with pytest.raises(LoginThrottled):
        _attempt(closed, "Another-guess-3", last + 1)


def test_removing_the_pending_failures_is_recorded(closed):
    """The failures waiting for the audit log are what the administrator sees; removing
    them with the counters used to hide the guessing entirely."""
    db, _ = _attempt(closed, ADMIN_PASSWORD, NOW)
    db.close()
    _fail(closed, 4, NOW + 10)
    doc = _doc(closed)
    doc["counters"], doc["pending"] = {}, []
    _put(closed, doc)
    assert _warnings(closed) == ["pending_removed"]


def test_a_file_from_elsewhere_is_recorded(closed, tmp_path):
    other, _admin, _code = Database.initialise(tmp_path / "o" / "other.db", ADMIN, ADMIN_PASSWORD)
    other.close()
    shutil.copy(tmp_path / "o" / "other.db.throttle", DatabasePaths.for_database(closed).throttle)
    assert _warnings(closed) == ["replaced"]


def test_putting_an_older_file_back_is_recorded(closed):
    db, _ = _attempt(closed, ADMIN_PASSWORD, NOW)
    db.close()
    paths = DatabasePaths.for_database(closed)
    saved = closed.parent / "throttle-copy"
    shutil.copy(paths.throttle, saved)
    last = _fail(closed, 4)
    db, _ = _attempt(closed, ADMIN_PASSWORD, last + 3600)  # the failures reach the log
    db.close()
    shutil.copy(saved, paths.throttle)  # then the old file back: counts from before
    assert _warnings(closed) == ["rolled_back"]


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["pending"].append({"locator": "x" * 32, "at": 1e20}),
        lambda d: d["pending"].append({"locator": "x" * 32, "at": "soon"}),
        lambda d: d["counters"].update({"y" * 32: {"failures": "many", "last": 1e300}}),
        lambda d: d["counters"].update({"z" * 32: {"failures": 2**80, "last": -5}}),
        lambda d: d.update(pending="none"),
        lambda d: d.update(recorded=-1),
    ],
)
def test_bad_values_never_break_signing_in(closed, edit):
    """Before, `at=1e20` in the file made every sign-in fail with an overflow."""
    _fail(closed, 1)
    doc = _doc(closed)
    edit(doc)
    _put(closed, doc)
    db, _ = _attempt(closed, ADMIN_PASSWORD, NOW + 60)
    db.close()
    assert _warnings(closed) == ["damaged"]


@pytest.mark.parametrize("content", ["{not json", "[]", "{}", ""])
def test_an_unreadable_file_fails_safe(closed, content):
    _fail(closed, 1)
    DatabasePaths.for_database(closed).throttle.write_text(content, "utf-8")
    with pytest.raises(LoginThrottled):  # not the file the key file names: a wait first
        _attempt(closed, ADMIN_PASSWORD, NOW + 1)
    _fail(closed, 1, NOW + 1 + HOLD_S)
    with pytest.raises(LoginThrottled):  # and no free attempts
        _attempt(closed, ADMIN_PASSWORD, NOW + 1 + HOLD_S)
    db, _ = _attempt(closed, ADMIN_PASSWORD, NOW + 600)
    db.close()
    # the next failure wrote a whole new file, which says why
    assert _warnings(closed) == ["damaged"]
