"""`shelter-app report` as a coordinator runs it from a terminal: one file written and
recorded, or one clear line on stderr, a distinct exit code and nothing written."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from shelter_app.errors import ExitCode
from shelter_app.reports.export import list_exports
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD
from tests.test_reports import hand_built_march

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, password: str = STAFF_PASSWORD) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, OBERIH_LANG="en", QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "shelter_app", "report", *args, "--password-stdin"],
        input=password + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def report(db: Path, out: Path, user="coordinator", start="2026-03-01", end="2026-03-31", *more):
    return run(
        "--db", str(db), "--user", user, "--from", start, "--to", end, "--out", str(out), *more
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    err = result.stderr.strip()
    assert err.count("\n") == 0 and "Traceback" not in err, result.stderr
    assert err.startswith("shelter-app: ")
    return err


@pytest.fixture
def ready(opened, staff, tmp_path):
    """March 2026 in a closed database with every role, and an empty folder for files."""
    hand_built_march(opened.db, opened.admin)
    opened.db.close()
    folder = tmp_path / "usb"
    folder.mkdir()
    return opened.path, folder


def test_a_coordinator_writes_the_csv_of_a_month(ready):
    db, folder = ready
    out = folder / "march-2026.csv"
    done = report(db, out, "coordinator", "2026-03-01", "2026-03-31")
    assert done.returncode == ExitCode.OK, done.stderr
    assert f"Summary written: {out}" in done.stdout
    data = out.read_bytes()
    assert done.stdout.split("SHA-256: ")[1].strip() == hashlib.sha256(data).hexdigest()
    assert data.startswith(b"\xef\xbb\xbf") and b"people_by_age," in data
    assert [p.name for p in folder.iterdir()] == ["march-2026.csv"]


def test_an_administrator_writes_the_pdf_and_the_export_is_registered(ready):
    db, folder = ready
    out = folder / "q1.pdf"
    done = run(
        "--db", str(db), "--user", "admin", "--from", "01.01.2026", "--to", "31.03.2026",
        "--out", str(out), "--lang", "en", password=ADMIN_PASSWORD,
    )  # fmt: skip
    assert done.returncode == ExitCode.OK, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    from shelter_app.database import Database

    with Database.sign_in(db, "admin", ADMIN_PASSWORD)[0] as opened_again:
        admin = opened_again.sign_in_again("admin", ADMIN_PASSWORD)
        [record] = list_exports(opened_again, admin)
    assert (record.format, record.role, record.k) == ("pdf", "admin", 5)
    assert record.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()


@pytest.mark.parametrize("user", ["caseworker", "psychologist", "lawyer"])
def test_other_roles_are_refused(ready, user):
    db, folder = ready
    refused = report(db, folder / "m.csv", user)
    assert refused.returncode == ExitCode.PERMISSION_DENIED
    assert "Your role does not allow this action." in one_line(refused)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("start", "end", "more", "says"),
    [
        ("2026-02-30", "2026-03-31", (), "Enter a date as YYYY-MM-DD"),
        ("March", "2026-03-31", (), "Enter a date as YYYY-MM-DD"),
        ("2026-03-31", "2026-03-01", (), "This date cannot be before 31.03.2026."),
        ("2026-03-01", "2026-03-31", ("--k", "3"), "an export cannot choose another"),
        ("2026-03-01", "2026-03-31", ("--k", "5"), "an export cannot choose another"),
        ("2026-03-02", "2026-03-31", (), "A report covers a whole month, quarter"),
        ("2026-01-01", "2026-02-28", (), "A report covers a whole month, quarter"),
        ("2099-01-01", "2099-01-31", (), "The period has not begun yet."),
        ("2026-03-01", "2026-03-31", ("--period", "2026-Q1"), "Give the period as --period"),
    ],
)
def test_bad_dates_and_parameters_get_one_line_and_nothing_is_written(
    ready, start, end, more, says
):
    db, folder = ready
    refused = report(db, folder / "m.csv", "coordinator", start, end, *more)
    assert refused.returncode == ExitCode.INVALID_INPUT
    assert says in one_line(refused)
    assert list(folder.iterdir()) == []


def period_report(db: Path, out: Path, period: str):
    return run("--db", str(db), "--user", "coordinator", "--period", period, "--out", str(out))


@pytest.mark.parametrize("period", ["2026-03", "2026-Q1", "2025-H2", "2025"])
def test_a_period_is_named_as_a_month_quarter_half_year_or_year(ready, period):
    db, folder = ready
    out = folder / f"r-{period}.csv"
    done = period_report(db, out, period)
    assert done.returncode == ExitCode.OK, done.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    ("period", "says"),
    [
        ("2026-13", "Choose a month from 1 to 12."),
        ("2026-Q5", "Choose a quarter from 1 to 4."),
        ("2026-H3", "first or the second half-year"),
        ("26-03", "Name the period as 2026-03"),
        ("2026-03-01", "Name the period as 2026-03"),
        ("2100", "has not begun yet"),
        ("2999", "Enter a year from 1900 to 2200."),
    ],
)
def test_a_badly_named_period_gets_one_line_and_nothing_is_written(ready, period, says):
    db, folder = ready
    refused = period_report(db, folder / "m.csv", period)
    assert refused.returncode == ExitCode.INVALID_INPUT
    assert says in one_line(refused)
    assert list(folder.iterdir()) == []


def test_a_period_that_has_not_ended_is_not_exported(ready):
    """Its figures still change: an early release and the final one would subtract."""
    db, folder = ready
    running = date.today().strftime("%Y-%m")
    refused = period_report(db, folder / "m.csv", running)
    assert refused.returncode == ExitCode.INVALID_INPUT
    assert "The period has not ended yet" in one_line(refused)
    assert list(folder.iterdir()) == []


def test_a_file_that_is_neither_pdf_csv_nor_json_is_refused(ready):
    db, folder = ready
    refused = report(db, folder / "m.xlsx")
    assert refused.returncode == ExitCode.INVALID_INPUT
    assert ".pdf, .csv or .json" in one_line(refused)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("where", ["missing/m.csv", "a-file/m.csv"])
def test_an_unwritable_out_gets_one_line_and_nothing_is_written(ready, where):
    db, folder = ready
    (folder / "a-file").write_text("not a folder")
    before = sorted(p.name for p in folder.iterdir())
    refused = report(db, folder / where)
    assert refused.returncode == ExitCode.CHECK_FAILED
    assert "nothing was written" in one_line(refused)
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_wrong_password_is_refused(ready):
    db, folder = ready
    refused = run(
        "--db", str(db), "--user", "coordinator", "--from", "2026-03-01", "--to", "2026-03-31",
        "--out", str(folder / "m.csv"), password="wrong-password-1",
    )  # fmt: skip
    assert refused.returncode == ExitCode.AUTH_FAILED
    one_line(refused)
    assert list(folder.iterdir()) == []


def test_the_report_command_is_in_the_help():
    from shelter_app.cli import build_parser

    text = io.StringIO()
    build_parser().print_help(file=text)
    assert "report" in text.getvalue()


def test_one_sites_summary_is_written_with_site_and_an_unknown_site_gets_one_line(ready):
    db, folder = ready
    out = folder / "centre.csv"
    done = report(db, out, "coordinator", "2026-03-01", "2026-03-31", "--site", "centre")
    assert done.returncode == ExitCode.OK, done.stderr
    data = out.read_bytes()
    assert b"site_events_by_kind" in data and b"people_by_age" not in data
    refused = report(db, folder / "x.csv", "coordinator", "2026-03-01", "2026-03-31",
                     "--site", "nowhere")  # fmt: skip
    assert refused.returncode == ExitCode.INVALID_INPUT
    assert "No site has this code." in one_line(refused)
    assert [p.name for p in folder.iterdir()] == ["centre.csv"]
