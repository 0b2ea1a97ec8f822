"""The in-memory directory behind search as you type (shelter_app.client_directory):
whatever path it takes to a page (walking the name order, or sorting only the matches)
and whatever it cached from earlier keystrokes, it returns what a plain reading of the
names gives: every typed word begins a word of hers, in Ukrainian alphabetical order."""

from __future__ import annotations

import itertools
import random

import pytest

from shelter_app import audit, client_directory, clients
from shelter_app.permissions import Role
from shelter_app.search_key import client_search_key, client_sort_key, query_words

SURNAMES = ["Мельник", "Ґонта", "Шевченко", "Мельничук", "Бойко", "Ярош", "Ольшанська"]
FIRST = ["Марія", "Дар’я", "Олена", "Ганна", "Мар'яна", "Ірина"]
TYPED = ["м", "ме", "мел", "мельник", "г", "гонта", "дар'я", "ДАРʼЯ", "о", "мар", "мельн о", "я"]
TYPED += ["ш м", "k2026", "9007", "бойко ганна", "ї", "ярош яр"]


@pytest.fixture
def people(opened, make_client):
    """Forty clients from a small pool of names (so many share a name), some archived;
    returns id -> (folded words, sort key, archived) computed here, not by the app."""
    rng = random.Random(7)
    made = {}
    for _ in range(40):
        last, first = rng.choice(SURNAMES), rng.choice(FIRST)
        archived = rng.random() < 0.2
        cid = make_client(last, first, archived=archived)
        code = f"K-2026-{9000 + len(made) + 1:04d}"
        made[cid] = (
            client_search_key(code, last, first, None),
            client_sort_key(last, first, None),
            archived,
        )
    return made


def expected(people, typed, include_archived=False):
    words = query_words(typed)
    found = [
        cid
        for cid, (key, _sort, archived) in people.items()
        if (include_archived or not archived) and all(" " + w in key for w in words)
    ]
    return sorted(found, key=lambda cid: (people[cid][1], cid))


def listed(opened, typed, **kw):
    return [c.id for c in clients.search_clients(opened.db, opened.admin, typed, **kw)]


@pytest.mark.parametrize("sort_step", [0, 1, 10_000])  # always sort / measured / always walk
def test_every_query_gives_the_plain_reading_of_the_names(opened, people, monkeypatch, sort_step):
    monkeypatch.setattr(client_directory, "SORT_STEP", sort_step)
    for typed, archived in itertools.product(TYPED, (False, True)):
        want = expected(people, typed, archived)
        assert listed(opened, typed, include_archived=archived, limit=200) == want, typed
        count = clients.count_clients(opened.db, opened.admin, typed, include_archived=archived)
        assert count == len(want), typed


@pytest.mark.parametrize("sort_step", [0, 10_000])
def test_pages_after_the_last_one_shown_give_each_match_once(
    opened, people, monkeypatch, sort_step
):
    monkeypatch.setattr(client_directory, "SORT_STEP", sort_step)
    for typed in ("", "м", "мельн", "о"):
        pages, after = [], None
        while page := listed(opened, typed, limit=3, after=after):
            pages.append(page)
            after = page[-1]
        assert [cid for p in pages for cid in p] == expected(people, typed), typed
        by_offset = listed(opened, typed, limit=4, offset=2)
        assert by_offset == expected(people, typed)[2:6]


def test_a_saved_change_reaches_the_matches_kept_from_earlier_keystrokes(opened):
    worker = opened.admin
    made = clients.create_client(
        opened.db, worker, clients.ClientForm(last_name="Мельник", first_name="Олена")
    )
    other = clients.create_client(
        opened.db, worker, clients.ClientForm(last_name="Бойко", first_name="Ірина")
    )
    for typed in ("м", "ме", "мел", "б", "бо"):  # as she types: each set is kept
        listed(opened, typed)
    card = clients.get_client(opened.db, worker, made.id)
    edited = clients.ClientForm(last_name="Бондар", first_name="Олена")
    clients.update_client(opened.db, worker, made.id, edited, card.version)
    assert listed(opened, "мел") == []
    assert listed(opened, "м") == []
    assert listed(opened, "бо") == [other.id, made.id]  # Бойко before Бондар
    assert clients.count_clients(opened.db, worker, "б") == 2
    clients.archive_client(opened.db, worker, other.id)
    assert listed(opened, "бо") == [made.id]
    assert listed(opened, "бо", include_archived=True) == [other.id, made.id]


def test_the_cache_of_typed_words_stays_within_its_bound(opened, people, monkeypatch):
    monkeypatch.setattr(client_directory, "CACHE_IDS", 30)
    for typed in TYPED:
        assert listed(opened, typed, limit=200) == expected(people, typed), typed
    directory = opened.db.client_directory
    kept = sum(len(found) for found in directory._matches.values())
    assert kept <= 30 or len(directory._matches) == 1


# the roles that list clients by name (DESIGN.md: client identities, read or read/write)
PREPARES = {
    Role.ADMIN: True,
    Role.HEAD: True,
    Role.CASE_WORKER: True,
    Role.PSYCHOLOGIST: True,
    Role.LAWYER: True,
    Role.TRAINER: False,  # her course lists only, under their own key
    Role.OPERATOR: False,
    Role.COORDINATOR: False,
}


@pytest.mark.parametrize("role", list(Role))
def test_search_is_prepared_after_sign_in_for_the_roles_that_list_names(opened, staff, role):
    """The worker's first job after sign-in (ui/app.py): it opens the names for the roles
    that may read them, refuses nobody, shows nobody and so audits nothing."""
    assert set(PREPARES) == set(Role)
    user = opened.admin if role is Role.ADMIN else staff[role]
    opened.db.client_directory.forget()
    before = max(e.seq for e in audit.list_entries(opened.db, opened.admin))
    assert clients.prepare_search(opened.db, user) is PREPARES[role]
    assert clients.search_prepared(opened.db) is PREPARES[role]
    new = {e.action for e in audit.list_entries(opened.db, opened.admin) if e.seq > before}
    assert new <= {"audit.viewed"}  # only the reading of the log itself


def test_a_change_makes_the_search_unprepared_until_the_next_search(opened, make_client):
    assert clients.prepare_search(opened.db, opened.admin)
    make_client("Бойко", "Ганна")
    assert not clients.search_prepared(opened.db)
    assert [c.display_name for c in clients.search_clients(opened.db, opened.admin, "бой")] == [
        "Бойко Ганна"
    ]
    assert clients.search_prepared(opened.db)
