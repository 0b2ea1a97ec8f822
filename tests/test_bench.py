"""`shelter-app bench` at a small size, to prove that it works: every operation is
measured beside its baseline, the JSON says on what machine, the synthetic database keeps
demo.py's rules over ten years, and nothing but a benchmark database is ever copied to
plaintext. No timing is asserted: the benchmark is not a test."""

from __future__ import annotations

import io
import json
import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from shelter_app import cli
from shelter_app.bench import dataset, runner
from shelter_app.bench.compartments import _every_key
from shelter_app.bench.plaintext import NotSynthetic, unencrypted_copy
from shelter_app.database import Database
from shelter_app.errors import InvalidInput
from shelter_app.permissions import Permission, Role
from shelter_app.storage.casework_schema import Client, Consultation
from shelter_app.storage.sealing import SESSION_KEYS
from tests import test_demo

CLIENTS, CONSULTATIONS = 200, 600
OPERATIONS = set(runner.labels())


def _plain_folders() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("oberih-bench-plain-*")}


@pytest.fixture(scope="module", autouse=True)
def own_temp_folder(tmp_path_factory):
    """The bench's temporary folders go into this module's own folder, so that another
    bench run on the machine (a colleague's, CI's) cannot show up as a leftover here."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tempfile, "tempdir", str(tmp_path_factory.mktemp("temp")))
        yield


@pytest.fixture(scope="module")
def ran(tmp_path_factory):
    """The database built, a copy kept as built, then one run of the command on it
    (reusing it), shared by the tests below: about a minute in all."""
    folder = tmp_path_factory.mktemp("bench")
    db, out_json = folder / "bench.db", folder / "bench.json"
    as_built = tmp_path_factory.mktemp("as-built") / "bench.db"
    before = _plain_folders()
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        from shelter_app.storage import keyfile

        mp.setattr(keyfile, "DEFAULT_KDF", keyfile.KdfParams(1024, 1, 1))
        dataset.prepare(db, CLIENTS, CONSULTATIONS, 1)
        for built in folder.iterdir():
            shutil.copyfile(built, as_built.with_name(built.name))
        args = cli.build_parser().parse_args(
            [
                "bench",
                "--clients",
                str(CLIENTS),
                "--consultations",
                str(CONSULTATIONS),
                "--repeat",
                "3",
                "--db",
                str(db),
                "--json",
                str(out_json),
                "--lang",
                "en",
            ]
        )
        code = cli.run(args, out=out, err=err)
    return {
        "code": code,
        "out": out.getvalue(),
        "err": err.getvalue(),
        "json": json.loads(out_json.read_text("utf-8")) if out_json.exists() else None,
        "db": db,
        "as_built": as_built,
        "plain_before": before,
        "plain_after": _plain_folders(),
    }


def test_the_command_measures_every_operation_beside_its_baseline(ran):
    assert ran["code"] == 0, ran["err"]
    results = {r["operation"]: r for r in ran["json"]["results"]}
    assert set(results) == OPERATIONS, ran["json"]["notes"]
    for key, r in results.items():
        assert r["app"]["median"] > 0 and r["app"]["p95"] >= r["app"]["median"], key
        assert r["baseline"]["median"] > 0 and r["baseline"]["p95"] > 0, key
        assert r["ratio"] > 0, key
        assert r["unit"] in {"ms", "MB"}
    assert results["gui_memory"]["unit"] == "MB"
    assert results["search_3"]["app"]["runs"] == 3


def test_the_table_names_every_operation_and_the_targets(ran):
    for label, _baseline in runner.labels().values():
        assert label in ran["out"]
    for header in ("Operation", "App (median / p95)", "Baseline (median / p95)", "Ratio"):
        assert header in ran["out"]
    assert "Synthetic data only" in ran["out"]
    assert "p95 < 50 ms" in ran["out"]


def test_the_json_says_on_what_machine_and_data(ran):
    data = ran["json"]
    assert data["synthetic_data_only"] is True
    m = data["machine"]
    assert m["cpu_count"] >= 1 and m["cpu_model"] and m["python"]
    assert m["ram_gib"] > 0 and m["sqlcipher"].startswith("4.")
    d = data["dataset"]
    assert (d["clients"], d["consultations"], d["seed"]) == (CLIENTS, CONSULTATIONS, 1)
    assert d["consultations_built"] == CONSULTATIONS
    assert d["build_seconds"] > 0


def test_the_plaintext_copy_is_gone_afterwards(ran):
    assert ran["plain_after"] <= ran["plain_before"]
    assert "UNENCRYPTED" in ran["out"]


def test_the_synthetic_decade_keeps_the_rules_of_demo_data(ran):
    path = ran["as_built"]
    today = date.fromisoformat(json.loads(dataset.marker_path(path).read_text("utf-8"))["today"])
    db, _admin = Database.sign_in(path, "admin", dataset.BENCH_PASSWORD)
    try:
        with Session(db.engine) as s:
            # the checks read the data as a whole: every compartment key (the bench's
            # case worker, psychologist and lawyer together hold them all)
            s.info[SESSION_KEYS] = _every_key(db.paths.key_file)
            test_demo.check_clients(s, today)
            test_demo.check_consultations(s, today)
            test_demo.check_special_data_under_consent(s)
            test_demo.check_identity_shared_only_with_consent(s)
            test_demo.check_stays(s, today)
            test_demo.check_no_bed_held_twice(s)
            first_contacts = s.scalars(select(Client.first_contact_on)).all()
            starts = s.scalars(select(Consultation.starts_at)).all()
    finally:
        db.close()
    assert len(starts) == CONSULTATIONS
    assert len({d.year for d in first_contacts}) >= 9  # spread over the decade
    assert len({d.year for d in starts}) >= 9


def test_the_run_reused_the_database_it_was_given(ran):
    assert "Reusing the benchmark database" in ran["out"]


def test_the_same_arguments_reuse_the_database(ran):
    again = dataset.prepare(ran["db"], CLIENTS, CONSULTATIONS, 1)
    assert again.reused and again.consultations_built == CONSULTATIONS


def test_other_sizes_on_the_same_path_are_refused(ran):
    with pytest.raises(InvalidInput) as info:
        dataset.prepare(ran["db"], CLIENTS + 1, CONSULTATIONS, 1)
    assert info.value.field == "db"


def test_a_real_database_is_never_benchmarked_or_copied_to_plaintext(opened):
    with pytest.raises(InvalidInput) as info:
        dataset.prepare(opened.path, CLIENTS, CONSULTATIONS, 1)
    assert info.value.field == "db"
    assert not dataset.is_bench_database(opened.path)
    before = _plain_folders()
    with pytest.raises(NotSynthetic), unencrypted_copy(opened.db):
        pass
    assert _plain_folders() == before


@pytest.mark.parametrize("repeat", ["0", "1001"])
def test_a_number_of_runs_out_of_range_is_refused(tmp_path, repeat):
    err = io.StringIO()
    args = cli.build_parser().parse_args(
        ["bench", "--clients", "5", "--repeat", repeat, "--db", str(tmp_path / "b.db")]
    )
    assert cli.run(args, out=io.StringIO(), err=err) != 0
    assert "runs" in err.getvalue()
    assert not (tmp_path / "b.db").exists()


def test_the_raw_annual_baseline_counts_what_the_app_counts(ran):
    """The baseline of the annual summary computes the app's numbers, no more and no
    less: otherwise its ratio would flatter (or wrong) the app."""
    from shelter_app.storage.engine import raw_cursor

    db, _admin = Database.sign_in(ran["db"], "admin", dataset.BENCH_PASSWORD)
    try:
        with raw_cursor(db.engine) as cur:
            _assert_raw_annual_is_the_apps(
                db, cur, date.fromisoformat(ran["json"]["dataset"]["today"])
            )
    finally:
        db.close()


def _assert_raw_annual_is_the_apps(db, cur, today):
    from shelter_app.bench.raw_summary import raw_summary
    from shelter_app.bench.workload import previous_year
    from shelter_app.permissions import Permission
    from shelter_app.reports.indicators import count_all

    start, end = previous_year(today)
    coordinator = db.sign_in_again("coordinator", dataset.BENCH_PASSWORD)
    with db.unit_of_work(coordinator, Permission.EXPORT_SUMMARIES) as uow:
        app = count_all(uow.session, start, end, today)
        layout = _later_sections(uow.session, start, end, today, app)
    raw = raw_summary(cur, start, end, min(end, today))
    assert sum(app.consultations.held.values()) > 0 and app.shelter.bed_nights > 0
    assert raw["people"] == app.people.cube
    assert raw["categories"] == app.people.categories
    assert raw["held"] == app.consultations.held
    assert raw["by_status"] == app.consultations.by_status
    assert raw["by_topic"] == app.consultations.by_topic
    assert raw["consulted"] == app.consultations.clients
    assert raw["events"] == app.events.by_kind and raw["partners"] == app.events.partners
    sh = app.shelter
    assert (raw["admissions"], raw["departures"]) == (sh.admissions, sh.departures)
    assert raw["stay_lengths"] == sh.stay_lengths
    assert (raw["women_housed"], raw["children_housed"]) == (sh.women_housed, sh.children_housed)
    assert raw["bed_nights"] == sh.bed_nights
    assert raw["bed_nights_by_month"] == {m: nights for m, (nights, _, _) in sh.monthly.items()}
    assert (raw["extensions"], raw["waiting_added"]) == (sh.extensions, sh.waiting_added)
    assert raw["referrals"] == app.referrals
    v = app.violence
    assert (raw["violence_clients"], raw["violence_forms"]) == (v.clients, v.forms)
    assert raw["children_affected"] == v.children_affected
    # the sections compose() adds after the indicators, before disclosure control
    assert raw["sections"]["values"] == layout.values
    figures = {f.key: (f.value, f.people) for f in layout.figures if f.count is None}
    assert raw["sections"]["figures"] == {
        key: figures[key] for key in ("case_length", "gbv_notices_in_time")
    }
    assert all(layout.values[key] > 0 for key in ("people.all.total", "appeals.violence"))
    assert layout.values["violence.clients"] > 0 and layout.values["cases.closed"] > 0


def _later_sections(s, start, end, today, counts=None):
    """A layout holding only the sections summary.compose adds after the indicators, laid
    out as compose lays them (their raw values, before disclosure control)."""
    from shelter_app.reports import (
        case_figures,
        people_groups,
        programme_figures,
        service_codes,
        strategy,
    )
    from shelter_app.reports.indicators import count_all
    from shelter_app.reports.summary import _Layout
    from shelter_app.reports.violence_figures import add_violence_figures

    layout = _Layout(5, "en")
    people_groups.add_to_summary(layout, s, start, end, min(end, today))
    strategy.add_to_summary(layout, s, start, end)
    add_violence_figures(layout, s, start, end)
    case_figures.add_to(layout, s, start, end)
    counts = counts or count_all(s, start, end, today)
    programme_figures.add_to_summary(layout, s, counts, start, end)
    service_codes.add_to_summary(layout, s, counts, start, end, min(end, today))
    return layout


def test_cold_and_warm_encryption_lines(ran):
    results = {r["operation"]: r for r in ran["json"]["results"]}
    for key in ("search_3", "card", "save", "annual"):
        assert f"encryption_{key}" in results and f"encryption_{key}_cold" in results
    assert "(cold cache)" in ran["out"] and "(warm cache)" in ran["out"]


def test_a_failed_operation_is_a_failed_line_that_misses_its_target(ran):
    from types import SimpleNamespace

    report = runner.Report(
        SimpleNamespace(
            clients=1, consultations_built=1, today=date(2026, 1, 1), seed=1, build_seconds=0
        ),
        {
            "cpu_count": 2,
            "cpu_model": "x",
            "ram_gib": 1,
            "python": "3",
            "sqlcipher": "4",
            "sqlite": "3",
        },
    )

    def broken():
        raise RuntimeError("the summary service broke")

    runner._measure(report, "annual", "ms", broken)
    runner._measure(report, "card", "ms", lambda: (runner.Stats(10, 12, 3),) * 2)
    assert [(r.operation, r.failed, r.met) for r in report.results] == [
        ("annual", "RuntimeError", False),
        ("card", "", True),
    ]
    assert "FAILED (RuntimeError)" in runner.table(report)
    assert "Targets met: 1 of 2." in "\n".join(runner.summary_lines(report))
    assert report.results[0].as_json()["ratio"] is None


def test_the_raw_baseline_counts_orders_notices_and_perpetrators_as_the_app(
    opened, staff, make_client
):
    """The bench dataset records no protection orders or notifications: a small database
    that has them, held to the same comparison of the later sections."""
    from shelter_app import clients, incidents, notifications
    from shelter_app import protection_orders as orders
    from shelter_app.bench.raw_summary import raw_summary
    from shelter_app.incidents import IncidentInput, PerpetratorInput
    from shelter_app.permissions import Permission, Role
    from shelter_app.storage.engine import raw_cursor

    day, now = date(2026, 3, 10), datetime(2026, 3, 10, 18, 0)
    worker = staff[Role.CASE_WORKER]
    for i in range(5):
        cid = make_client(f"Жінка{i}")
        clients.record_consent(
            opened.db, opened.admin, cid, "special_category", date(2026, 1, 1), day
        )
        relationship = ("spouse", "stranger")[i % 2]
        perp = incidents.record_perpetrator(
            opened.db,
            worker,
            cid,
            PerpetratorInput(relationship, "male", "30_44", True, False, True, False),
            today=day,
        )
        incidents.record_incident(
            opened.db,
            worker,
            cid,
            IncidentInput(
                disclosed_on=date(2026, 3, 1),
                forms=frozenset({"physical", "stalking"} if i % 2 else {"psychological"}),
                context=("domestic", "outside_family")[i % 2],
                appealed_at=datetime(2026, 3, 1, 10, 0),
                perpetrator_ids=frozenset({perp.id}),
            ),
            now=now,
        )
        if i < 3:
            order = orders.record_order(
                opened.db,
                worker,
                cid,
                "urgent_barring",
                date(2026, 3, 1),
                date(2026, 3, 1),
                date(2026, 3, 10),
                "Поліція",
                today=day,
            )
            if i == 0:
                orders.record_violation(opened.db, worker, order.id, date(2026, 3, 5), True, day)
    for n in notifications.open_notifications(opened.db, worker, now)[:3]:
        notifications.mark_done(
            opened.db, worker, n.notification_id, datetime(2026, 3, 1, 12, 0), "phone", now=now
        )
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    with opened.db.unit_of_work(opened.admin, Permission.EXPORT_SUMMARIES) as uow:
        layout = _later_sections(uow.session, start, end, day)
    with raw_cursor(opened.db.engine) as cur:
        raw = raw_summary(cur, start, end, day)["sections"]
    values = layout.values
    assert values["gbv.orders.urgent_barring.issued"] == 3
    assert values["gbv.orders.urgent_barring.violated"] == 1
    assert values["gbv.relationship.spouse"] == 3 and values["gbv.form.stalking.outside_family"]
    assert raw["values"] == values
    figures = {f.key: (f.value, f.people) for f in layout.figures if f.count is None}
    assert figures["gbv_notices_in_time"][0] is not None
    assert raw["figures"] == {key: figures[key] for key in ("case_length", "gbv_notices_in_time")}


def test_the_before_compartments_copy_holds_the_same_values_unsealed_and_goes(ran):
    """The baseline of `python -m shelter_app.bench.compartments`: an encrypted copy of
    the benchmark data with every value unsealed (what the release before kept), and
    the same names as the sealed database opens for a key holder."""
    from shelter_app.bench.compartments import before_compartments
    from shelter_app.sealed import is_sealed

    path = ran["as_built"]
    db, _admin = Database.sign_in(path, "admin", dataset.BENCH_PASSWORD)
    try:
        worker = db.sign_in_again("caseworker", dataset.BENCH_PASSWORD)
        with db.unit_of_work(worker, Permission.READ_CLIENTS) as uow:
            sealed = {c.id: c.last_name for c in uow.session.scalars(select(Client))}
        with before_compartments(db) as before:
            folder = before.paths.database.parent
            with before.engine.connect() as conn:
                plain = dict(conn.execute(select(Client.id, Client.last_name)).all())
                conn.rollback()
        assert plain == sealed and not any(is_sealed(v) for v in plain.values())
        assert not folder.exists()
    finally:
        db.close()


def test_the_search_baseline_returns_the_page_the_app_returns(opened, staff, make_client):
    """Names are sealed, so the raw-SQL search baseline runs on a plain in-memory copy of
    them (`Workload.plain_names`): it must find the same first page as the app."""
    from datetime import date

    from shelter_app import clients
    from shelter_app.bench.timing import Timer
    from shelter_app.bench.workload import PAGE, SEARCHES, Workload

    for last, first in [
        ("Мельник", "Олена"),
        ("Мельниченко", "Ірина"),
        ("Шевченко", "Дар’я"),
        ("Коваленко", "Марія"),
        ("Дем’яненко", "Оксана"),
        ("Бондаренко", "Ганна"),
    ] * 3:
        make_client(last, first)
    users = {"caseworker": staff[Role.CASE_WORKER]}
    work = Workload(opened.db, users, date(2026, 6, 1), Timer(repeat=1), seed=1)
    texts = [SEARCHES[key](i) for key in SEARCHES for i in range(3)] + ["", "мельник ол"]
    for text in texts:
        app = clients.search_clients(opened.db, users["caseworker"], text, limit=PAGE)
        assert work.baseline_search_ids(text) == [c.id for c in app], text
    assert any(work.baseline_search_ids(t) for t in texts)  # the comparison has rows


# --- on a PostgreSQL server (issue 20) -------------------------------------------------


def _server_or_skip() -> str:
    from tests import pg_cluster

    found = pg_cluster.cluster()
    if found.base_url is None:
        pytest.skip(found.reason)
    return pg_cluster.new_database("bench")


@pytest.fixture(scope="module")
def ran_on_server(tmp_path_factory):
    """One small `bench --server` run: the file built, moved into an empty server
    database and measured there."""
    url = _server_or_skip()
    folder = tmp_path_factory.mktemp("bench-server")
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        from shelter_app.storage import keyfile

        mp.setattr(keyfile, "DEFAULT_KDF", keyfile.KdfParams(1024, 1, 1))
        args = cli.build_parser().parse_args(
            [
                "bench",
                "--clients",
                str(CLIENTS),
                "--consultations",
                str(CONSULTATIONS),
                "--repeat",
                "2",
                "--db",
                str(folder / "bench.db"),
                "--server",
                url,
                "--json",
                str(folder / "bench.json"),
                "--lang",
                "en",
            ]
        )
        code = cli.run(args, out=out, err=err)
        yield {
            "code": code,
            "out": out.getvalue(),
            "err": err.getvalue(),
            "json": json.loads((folder / "bench.json").read_text("utf-8")),
            "url": url,
        }


def test_the_server_run_measures_every_server_line_beside_raw_sql(ran_on_server):
    from shelter_app.bench import server

    assert ran_on_server["code"] == 0, ran_on_server["err"]
    out = ran_on_server["out"]
    results = {r["operation"]: r for r in ran_on_server["json"]["results"]}
    assert set(results) == set(server.labels())
    for key, (label, base_label) in server.labels().items():
        assert not results[key]["failed"], (key, results[key]["failed"])
        assert results[key]["app"]["runs"] == 2 and results[key]["baseline"]["runs"] == 2
        assert label in out and base_label in out
    assert "PostgreSQL" in out and "Server: " in out  # the notes name the server
    assert "SQLCipher —" not in out and "PostgreSQL 1" in out  # the machine line


def test_a_server_database_with_rows_is_refused(ran_on_server, tmp_path):
    """The bench moves only into an empty database: real records are never measured."""
    out, err = io.StringIO(), io.StringIO()
    args = cli.build_parser().parse_args(
        [
            "bench",
            "--clients",
            "20",
            "--consultations",
            "40",
            "--repeat",
            "1",
            "--db",
            str(tmp_path / "b.db"),
            "--server",
            ran_on_server["url"],
            "--lang",
            "en",
        ]
    )
    assert cli.run(args, out=out, err=err) != 0
    assert "Traceback" not in err.getvalue() and err.getvalue().strip()


def test_the_server_baselines_return_what_the_app_returns_on_the_server(ran_on_server):
    """On the server the search baseline must find the app's first page, the card's
    raw SQL runs for every client it is timed on, and the raw save lands a consultation
    with its topics that the app then shows."""
    from datetime import date

    from shelter_app import clients, consultations
    from shelter_app.bench.raw_postgres import NamedCursor
    from shelter_app.bench.server import ServerWorkload, _connect
    from shelter_app.bench.timing import Timer
    from shelter_app.bench.workload import PAGE, PSY, SEARCHES
    from shelter_app.storage.server import parse_server_url

    db, _admin = Database.sign_in(
        parse_server_url(ran_on_server["url"]), "admin", dataset.BENCH_PASSWORD
    )
    raw = _connect(db)
    try:
        work = ServerWorkload(
            db,
            raw,
            date.fromisoformat(ran_on_server["json"]["dataset"]["today"]),
            Timer(repeat=1),
            seed=1,
        )
        user = work.users["caseworker"]
        texts = [SEARCHES[key](i) for key in SEARCHES for i in range(3)] + ["", "мельник ол"]
        for text in texts:
            app = clients.search_clients(db, user, text, limit=PAGE, today=work.today)
            assert work.baseline_search_ids(text) == [c.id for c in app], text
        assert any(work.baseline_search_ids(t) for t in texts)
        _app, card = work.card()
        for i in range(len(work.card_clients)):
            card(i)
        psy = work.users["psychologist"]
        cid = work.save_clients[0]
        before = consultations.client_consultations(db, psy, cid, PSY)
        _app, save = work.save()
        save(0)
        after = consultations.client_consultations(db, psy, cid, PSY)
        assert len(after) == len(before) + 1
        new = max(after, key=lambda c: c.id)
        assert sorted(new.topics) == ["crisis", "trauma"]
        _assert_raw_annual_is_the_apps(db, NamedCursor(raw), work.today)
    finally:
        raw.close()
        db.close()
