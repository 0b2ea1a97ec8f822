"""The insider of issue 16, done exactly her way: her own password opens her key slot,
`PRAGMA key` opens the file with raw `sqlcipher3`, and she reads every cell of every
table. With compartments the coordinator and the operator find no client name, phone,
or psychological, legal or case note text; a case worker finds names but no
psychological note. The control: the recovery slot (every compartment) opens them all,
so the demo data really holds what is searched for."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from shelter_app.demo import build_demo
from shelter_app.sealed import is_sealed, open_sealed
from shelter_app.sealed_columns import BY_TABLE
from shelter_app.search_key import fold
from shelter_app.storage.files import DatabasePaths
from shelter_app.storage.keyfile import KeyFile, normalise_recovery_code

PASSWORD = "Demo-pass-123"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("insider") / "oberih.db"
    summary = build_demo(path, PASSWORD, 40, seed=5)
    return path, summary.recovery_code


def _insider(path: Path, slot: str, secret: str) -> tuple[sqlcipher3.Connection, dict[str, bytes]]:
    """About 20 lines of Python, as the issue tells it."""
    kf = KeyFile.load(DatabasePaths.for_database(path).key_file)
    opened = kf.unlock(slot, secret)
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{opened.data_keys[0].hex()}'\"")
    return conn, opened.compartments


def _user(path: Path, username: str) -> tuple[sqlcipher3.Connection, dict[str, bytes]]:
    kf = KeyFile.load(DatabasePaths.for_database(path).key_file)
    return _insider(path, kf.locator(username), PASSWORD)


def _cells(conn: sqlcipher3.Connection) -> list[tuple[str, str, str]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    out = []
    for table in tables:
        cur = conn.execute(f'SELECT * FROM "{table}"')
        names = [d[0] for d in cur.description]
        for row in cur:
            out.extend((table, n, str(v)) for n, v in zip(names, row, strict=True) if v is not None)
    return out


def _what_she_opens(conn: sqlcipher3.Connection, keys: dict[str, bytes]) -> dict[str, set[str]]:
    """Every sealed value her keys open, by column group (names, phones, notes)."""
    found: dict[str, set[str]] = {}
    for table, cols in BY_TABLE.items():
        info = list(conn.execute(f'PRAGMA table_info("{table}")'))
        pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
        wanted = [c.column for c in cols] + [c.by for c in cols if c.by]
        for row in conn.execute(f'SELECT {", ".join(pk + wanted)} FROM "{table}"'):
            values = dict(zip(pk + wanted, row, strict=True))
            ref = "/".join(str(values[k]) for k in pk)
            for col in cols:
                stored = values[col.column]
                if not is_sealed(stored):
                    continue
                key = keys.get(col.compartment_for(values.get).value)
                if key is not None:
                    text = open_sealed(key, table, col.column, ref, stored)
                    found.setdefault(f"{table}.{col.column}", set()).add(text)
    return found


@pytest.fixture(scope="module")
def secrets_of_demo(demo) -> dict[str, set[str]]:
    """The control: the recovery code (every compartment) opens every sealed value."""
    path, code = demo
    kf = KeyFile.load(DatabasePaths.for_database(path).key_file)
    (slot,) = kf.slot_ids("recovery")
    conn, keys = _insider(path, slot, normalise_recovery_code(code))
    try:
        return _what_she_opens(conn, keys)
    finally:
        conn.close()


def _searched(secrets: dict[str, set[str]], *groups: str) -> set[str]:
    """The values, and the folded form a search index would hold of each name."""
    values = {v for g in groups for v in secrets.get(g, ())}
    folded = {fold(v) for g in groups if g in NAMES_AND_PHONES for v in secrets.get(g, ())}
    return {v for v in values | folded if len(v.strip()) >= 5}


NAMES_AND_PHONES = ("clients.last_name", "clients.first_name", "clients.phone")
NOTES = (
    "consultations.note",
    "case_notes.text",
    "plan_goals.goal",
    "plan_actions.text",
    "safety_plans.plan",
    "perpetrators.description",
)


def test_the_demo_holds_what_the_insider_looks_for(secrets_of_demo):
    for group in (*NAMES_AND_PHONES, "consultations.note", "case_notes.text"):
        assert len(secrets_of_demo.get(group, ())) >= 3, group


@pytest.mark.parametrize("username", ["coordinator", "operator"])
def test_coordinator_and_operator_read_no_name_phone_or_note_with_raw_sqlcipher(
    demo, secrets_of_demo, username
):
    path, _code = demo
    conn, keys = _user(path, username)
    try:
        assert keys == {}
        cells = _cells(conn)
        assert len(cells) > 1000  # she does read the file: counts and codes
        staff_names = {v for t, c, v in cells if (t, c) == ("accounts", "display_name")}
        text = "\n".join(v for t, c, v in cells if (t, c) != ("accounts", "display_name"))
        for secret in _searched(secrets_of_demo, *NAMES_AND_PHONES, *NOTES):
            assert secret not in text, "a sealed value is readable"
        assert staff_names  # staff accounts are hers to see, not clients
        assert not _what_she_opens(conn, keys)
    finally:
        conn.close()


def test_a_case_worker_reads_names_but_not_psychological_or_legal_notes(demo, secrets_of_demo):
    path, _code = demo
    conn, keys = _user(path, "caseworker")
    try:
        found = _what_she_opens(conn, keys)
        assert found["clients.last_name"] == secrets_of_demo["clients.last_name"]
        assert "consultations.note" not in found
        text = "\n".join(v for _t, _c, v in _cells(conn))
        for secret in _searched(secrets_of_demo, "consultations.note"):
            assert secret not in text
    finally:
        conn.close()


def test_the_psychologist_opens_psychological_notes_only(demo, secrets_of_demo):
    path, _code = demo
    conn, keys = _user(path, "psychologist")
    try:
        notes = _what_she_opens(conn, keys).get("consultations.note", set())
        assert notes and notes < secrets_of_demo["consultations.note"]  # no legal ones
    finally:
        conn.close()
