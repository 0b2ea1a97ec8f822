"""The command line: `shelter-app init | demo | check | ...`. With no command the launcher in
ui/ starts the GUI. Expected errors print one translated line on stderr and exit with
the error's own code; nothing else ever prints a traceback."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from PySide6.QtCore import QCoreApplication

from shelter_app.i18n import fill

from . import __version__, backups, cli_streams, i18n, integrity
from .database import Database, Target
from .errors import (
    DatabaseDamaged,
    ExitCode,
    InvalidInput,
    KeyFileDamaged,
    KeyFileMissing,
    NotADatabase,
    OberihError,
)
from .i18n import LANGUAGES, ensure_core_app
from .permissions import Role
from .storage import faults, windows_access
from .storage.backup_trust import Opener
from .storage.server import ServerAddress, parse_server_url

INTERNAL_ERROR = 70


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # one line, not argparse's usage block
        self.exit(ExitCode.USAGE, f"{self.prog}: {message}\n")


def chosen_language(args: argparse.Namespace, preference: str | None = None) -> str:
    return i18n.chosen_language(getattr(args, "lang", None), preference)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="shelter-app",
        description="Oberih: case management for the Kyiv City Centre for Work with Women "
        "and its Shelter. With no command, starts the application window.",
    )
    parser.add_argument("--version", action="version", version=f"Oberih {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        dest="gui_db",
        metavar="PATH",
        help="database to open in the window (default: the platform's data folder)",
    )
    where.add_argument(
        "--server",
        dest="gui_server",
        metavar="URL",
        help="open the window on a PostgreSQL server: postgresql://role@host/database",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a fresh demo database of synthetic clients in a temporary folder",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,  # see chosen_language: --lang, then OBERIH_LANG, then Ukrainian
        help="language of the interface and messages (default: uk)",
    )
    # --lang is also accepted after the command; SUPPRESS keeps the global value otherwise
    common = _Parser(add_help=False)
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser(
        "init", parents=[common], help="create a new encrypted database and its administrator"
    )
    _where_arg(p)
    p.add_argument("--admin", required=True, metavar="NAME", help="administrator's username")
    p.add_argument("--display-name", metavar="TEXT", help="administrator's name as shown")
    _password_arg(p)

    p = sub.add_parser(
        "demo",
        parents=[common],
        help="create a database of synthetic clients for training, with one account per role",
    )
    _where_arg(p)
    p.add_argument("--clients", required=True, type=int, metavar="N", help="how many clients")
    p.add_argument(
        "--seed", type=int, default=1, metavar="S", help="the same seed gives the same data"
    )
    _password_arg(p)

    p = sub.add_parser(
        "check", parents=[common], help="verify database, key file and audit log integrity"
    )
    _where_arg(p)
    p.add_argument("--user", required=True, metavar="NAME")
    _password_arg(p)

    p = sub.add_parser(
        "report",
        parents=[common],
        help="export the anonymised activity summary of a period as PDF, CSV or JSON "
        "(administrator, coordinator)",
    )
    _where_arg(p)
    p.add_argument("--user", required=True, metavar="NAME")
    p.add_argument(
        "--period",
        metavar="PERIOD",
        help="2026-10 (a month), 2026-Q3, 2026-H1 or 2026; the period must have ended",
    )
    p.add_argument(
        "--from", dest="date_from", metavar="DATE", help="with --to: exactly such a period"
    )
    p.add_argument("--to", dest="date_to", metavar="DATE", help="YYYY-MM-DD")
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf, FILE.csv or FILE.json")
    p.add_argument(
        "--site",
        metavar="CODE",
        help="one site's summary (its code; counts of things only); all sites by default",
    )
    # k is the database's (Administration -> settings): refused with a message, not hidden
    p.add_argument("--k", default=None, help=argparse.SUPPRESS)
    _password_arg(p)

    p = sub.add_parser(
        "consolidate",
        parents=[common],
        help="add up the JSON summaries of several centres into one city-wide PDF or CSV",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf or FILE.csv")
    p.add_argument("inputs", nargs="+", metavar="SUMMARY.json")

    p = sub.add_parser(
        "backup", parents=[common], help="write a verified encrypted backup (administrator)"
    )
    _where_arg(p)
    p.add_argument("--user", required=True, metavar="NAME")
    p.add_argument("--out", required=True, metavar="FILE")
    _password_arg(p)

    p = sub.add_parser(
        "restore",
        parents=[common],
        help="put a backup in place of a database (the current files are kept aside)",
    )
    p.add_argument("--backup", required=True, metavar="FILE")
    _where_arg(p)
    p.add_argument("--user", metavar="NAME", help="an administrator of the backup")
    secret = p.add_mutually_exclusive_group()
    secret.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the administrator's password from the first line of standard input",
    )
    secret.add_argument(
        "--recovery-code-stdin",
        action="store_true",
        help="read the recovery code from the first line of standard input instead",
    )

    p = sub.add_parser(
        "migrate-to-server",
        parents=[common],
        help="copy a local database into an empty server database and verify every row; "
        "the file is left as it was (administrator)",
    )
    p.add_argument("--db", required=True, metavar="PATH")
    p.add_argument("--server", required=True, metavar="URL", help="postgresql://user@host/database")
    p.add_argument("--user", required=True, metavar="NAME", help="an administrator of the file")
    _password_arg(p)

    p = sub.add_parser(
        "bench",
        parents=[common],
        help="measure speed on a synthetic encrypted database (built once, then reused)",
    )
    p.add_argument("--clients", type=int, default=100_000, metavar="N")
    p.add_argument("--consultations", type=int, default=1_000_000, metavar="M")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--repeat", type=int, default=20, metavar="R", help="measured runs each")
    p.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    p.add_argument(
        "--db",
        metavar="PATH",
        help="the benchmark database (default: one per size in the user's cache folder)",
    )
    p.add_argument(
        "--server",
        metavar="URL",
        help="move the benchmark database into this EMPTY PostgreSQL database and "
        "measure there instead, beside raw SQL on the same server",
    )
    return parser


def _where_arg(p: argparse.ArgumentParser) -> None:
    """--db PATH (the local encrypted file) or --server URL (a PostgreSQL server)."""
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", metavar="PATH")
    where.add_argument(
        "--server",
        metavar="URL",
        help="postgresql://role@host/database (TLS with a verified certificate over the "
        "network; the role's password from ~/.pgpass)",
    )


def target_of(args: argparse.Namespace) -> Target:
    """The database a command works on: --db's path or --server's checked address (a bad
    or insecure address is the user's error: one line, exit 2)."""
    server = getattr(args, "server", None)
    if server is not None:
        return parse_server_url(server)
    return str(args.db)


def _shown(target: Target) -> str:
    return target.shown if isinstance(target, ServerAddress) else str(Path(target))


def _password_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )


def read_password(args: argparse.Namespace, stdin: TextIO) -> str:
    if args.password_stdin:
        password = cli_streams.read_line(stdin)
    elif stdin.isatty():
        password = getpass.getpass(QCoreApplication.translate("cli", "Password: "))
    else:
        raise InvalidInput(
            QCoreApplication.translate(
                "cli", "Give --password-stdin to read the password from standard input."
            )
        )
    if not password:
        raise InvalidInput(QCoreApplication.translate("cli", "The password is empty."), "password")
    return password


def _print_recovery_code(code: str, out: TextIO) -> None:
    """Shown once, at creation: the only copy is the one the administrator writes down."""
    print(
        QCoreApplication.translate(
            "cli",
            "Recovery code. Write it down and keep it in a safe place; it is shown only "
            "this once and opens the database if the administrator's password is lost:",
        ),
        file=out,
    )
    print(f"    {code}", file=out)


def _close(db: Database, args: argparse.Namespace) -> None:
    """Close, keeping the warnings of after-commit work for run() to print."""
    args.after_commit_warnings.extend(db.take_warnings())
    db.close()


def cmd_init(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    target = target_of(args)
    password = read_password(args, stdin)
    db, _admin, code = Database.initialise(target, args.admin, password, args.display_name)
    db.close()
    print(
        fill(QCoreApplication.translate("cli", "Database created: %1"), _shown(target)),
        file=out,
    )
    _print_recovery_code(code, out)
    if not isinstance(target, ServerAddress):
        warning = windows_access.folder_warning(Path(target).absolute().parent)
        if warning:
            print(f"shelter-app: {warning}", file=sys.stderr)
    return ExitCode.OK


def cmd_demo(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    target = target_of(args)
    password = read_password(args, stdin)
    shown = out.isatty()

    def progress(done: int, total: int) -> None:
        if shown:
            print(f"\r{100 * done // total:3d} %", end="", file=out, flush=True)

    from . import demo  # imported here: every other command starts ~0.2 s sooner without it

    summary = demo.build_demo(target, password, args.clients, args.seed, progress=progress)
    if shown:
        print(file=out)
    print(
        fill(QCoreApplication.translate("cli", "Demo database created: %1"), _shown(target)),
        file=out,
    )
    print(
        fill(
            QCoreApplication.translate(
                "cli",
                "%1 clients, %2 consultations, %3 referrals, %4 shelter stays with %5 children, "
                "%6 course enrolments, %7 events.",
            ),
            str(summary.clients),
            str(summary.consultations),
            str(summary.referrals),
            str(summary.stays),
            str(summary.children_housed),
            str(summary.enrolments),
            str(summary.events),
        ),
        file=out,
    )
    print(
        fill(
            QCoreApplication.translate(
                "cli", "Also %1 children, %2 men among the clients, %3 anonymous contacts."
            ),
            str(summary.children),
            str(summary.men),
            str(summary.anonymous_contacts),
        ),
        file=out,
    )
    one_per_role = len(Role)  # the one account per role; extra specialists are counted
    usernames = ", ".join(summary.usernames[:one_per_role])
    if len(summary.usernames) > one_per_role:
        usernames += f" (+{len(summary.usernames) - one_per_role})"
    print(
        fill(
            QCoreApplication.translate("cli", "Accounts, all with the password given: %1"),
            usernames,
        ),
        file=out,
    )
    print(
        fill(QCoreApplication.translate("cli", "Built in %1 s."), f"{summary.seconds:.1f}"),
        file=out,
    )
    _print_recovery_code(summary.recovery_code, out)
    return ExitCode.OK


def cmd_check(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    target = target_of(args)
    password = read_password(args, stdin)
    db, user = Database.sign_in(target, args.user, password, verify_pages_first=True)
    try:
        report = integrity.run_check(db, user)
    finally:
        _close(db, args)
    ok, bad = QCoreApplication.translate("cli", "ok"), QCoreApplication.translate("cli", "PROBLEM")
    storage = ok if not report.storage_problems else f"{bad} ({len(report.storage_problems)})"
    if isinstance(target, ServerAddress):
        print(
            QCoreApplication.translate(
                "cli", "Database pages: kept by the PostgreSQL server (not checked here)"
            ),
            file=out,
        )
    else:
        print(
            fill(
                QCoreApplication.translate("cli", "Database pages (SQLite and SQLCipher HMAC): %1"),
                storage,
            ),
            file=out,
        )
    chain = (
        ok
        if report.audit.chain_ok
        else f"{bad}: "
        + fill(
            QCoreApplication.translate("cli", "entry %1 altered or missing"),
            str(report.audit.first_bad_seq),
        )
    )
    print(
        fill(
            QCoreApplication.translate("cli", "Audit log chain (%1 entries): %2"),
            str(report.audit.entries),
            chain,
        ),
        file=out,
    )
    if not report.audit.from_first_key:
        print(
            QCoreApplication.translate(
                "cli",
                "Audit log: only the numbering was checked; an administrator's check "
                "verifies every entry from the first key.",
            ),
            file=out,
        )
    head = ok if report.audit.head_problem is None else f"{bad}: {_head_text(report)}"
    print(
        fill(QCoreApplication.translate("cli", "Audit log completeness: %1"), head),
        file=out,
    )
    print(
        fill(
            QCoreApplication.translate(
                "cli", "Audit log fingerprint (note it on paper, compare with the last note): %1"
            ),
            report.audit.fingerprint,
        ),
        file=out,
    )
    sealed = (
        ok
        if not report.unsealed_accounts
        else f"{bad}: "
        + fill(
            QCoreApplication.translate("cli", "%1 account(s) changed outside Oberih"),
            str(len(report.unsealed_accounts)),
        )
    )
    print(
        fill(QCoreApplication.translate("cli", "Account roles and active flags: %1"), sealed),
        file=out,
    )
    if report.slots_without_account:
        slots = f"{bad}: " + (
            fill(
                QCoreApplication.translate(
                    "cli",
                    "%1 slot(s) without an active account, %2 active account(s) without a slot",
                ),
                str(report.slots_without_account),
                str(report.accounts_without_slot),
            )
        )
    elif report.accounts_without_slot:
        slots = f"{ok} " + fill(
            QCoreApplication.translate(
                "cli", "(%1 active account(s) wait for a new password from an administrator)"
            ),
            str(report.accounts_without_slot),
        )
    else:
        slots = ok
    print(
        fill(QCoreApplication.translate("cli", "Key slots match the active accounts: %1"), slots),
        file=out,
    )
    schema = ok if report.schema_current == report.schema_head else bad
    print(
        fill(
            QCoreApplication.translate("cli", "Schema version: %1 (this program: %2): %3"),
            str(report.schema_current),
            report.schema_head,
            schema,
        ),
        file=out,
    )
    print(
        fill(
            QCoreApplication.translate("cli", "Key file: %1 account slot(s), %2 recovery slot(s)"),
            str(report.key_slots),
            str(report.recovery_slots),
        ),
        file=out,
    )
    if report.recovery_change_pending:
        print(
            QCoreApplication.translate(
                "cli",
                "Recovery code: a new code was made but not confirmed as written down; "
                "the old code still works. Make a new code again in Administration.",
            ),
            file=out,
        )
    if report.ok:
        print(QCoreApplication.translate("cli", "Check passed."), file=out)
        return ExitCode.OK
    print(QCoreApplication.translate("cli", "Check FAILED: see the lines above."), file=out)
    return ExitCode.CHECK_FAILED


def cmd_report(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from .reports.export import check_target, export_summary
    from .reports.periods import check_ended, parse_date, parse_period
    from .reports.summary import check_request

    # Everything the command line can check is checked before the password is read and
    # the database opened: a mistyped date costs no Argon2id and leaves no trace.
    if args.k is not None:
        raise InvalidInput(
            QCoreApplication.translate(
                "cli",
                "k is set once for the database by the administrator; an export cannot "
                "choose another.",
            ),
            "k",
        )
    if args.period is not None and args.date_from is None and args.date_to is None:
        period = parse_period(args.period)
        start, end = period.start, period.end
    elif args.period is None and args.date_from is not None and args.date_to is not None:
        start = parse_date(args.date_from, "from")
        end = parse_date(args.date_to, "to")
    else:
        raise InvalidInput(
            QCoreApplication.translate(
                "cli", "Give the period as --period 2026-Q1 (or as --from and --to)."
            ),
            "period",
        )
    where = target_of(args)
    target = Path(args.out)
    period, _, today = check_request(start, end, chosen_language(args), None)
    check_ended(period, today)
    check_target(target)
    password = read_password(args, stdin)
    # verify every page before the sign-in entry is written: a damaged file is not
    # written to (the message says nothing was changed)
    db, user = Database.sign_in(where, args.user, password, verify_pages_first=True)
    try:
        record = export_summary(
            db, user, start, end, target, language=chosen_language(args), site=args.site
        )
    finally:
        _close(db, args)
    print(
        fill(QCoreApplication.translate("cli", "Summary written: %1"), str(target)),
        file=out,
    )
    print(f"SHA-256: {record.sha256}", file=out)
    return ExitCode.OK


def cmd_consolidate(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """No database: the inputs are published summaries (reports/consolidate.py)."""
    from .reports.consolidate import consolidate, read_inputs
    from .reports.export import check_target, write_file
    from .reports.summary import report_language

    target = Path(args.out)
    if target.suffix.lower() not in (".pdf", ".csv"):
        raise InvalidInput(
            QCoreApplication.translate("cli", "The city-wide summary is written as .pdf or .csv."),
            "out",
        )
    check_target(target)
    docs = read_inputs([Path(p) for p in args.inputs])
    with report_language(str(docs[0]["language"])):
        summary = consolidate(docs)  # its words in the inputs' language
        if target.suffix.lower() == ".csv":
            from .reports.csv_export import render_csv

            data = render_csv(summary)
        else:
            from .reports.pdf import render_pdf

            data = render_pdf(summary)
    digest = write_file(target, data)
    print(
        fill(QCoreApplication.translate("cli", "City-wide summary written: %1"), str(target)),
        file=out,
    )
    print(f"SHA-256: {digest}", file=out)
    return ExitCode.OK


def cmd_backup(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """A local file's backup, or a server's (its rows copied into a new encrypted file
    of the same format, verified row by row: storage/server_copy.py)."""
    target = target_of(args)  # a bad address costs no Argon2id
    password = read_password(args, stdin)
    db, user = Database.sign_in(target, args.user, password, verify_pages_first=True)
    try:
        info = backups.make_backup(db, user, Path(args.out))
    finally:
        _close(db, args)
    print(
        fill(QCoreApplication.translate("cli", "Backup written and verified: %1"), str(info.path)),
        file=out,
    )
    print(f"SHA-256: {info.sha256}", file=out)
    return ExitCode.OK


def _restore_opener(args: argparse.Namespace, stdin: TextIO) -> Opener:
    """An administrator of the backup (--user with her password) or the recovery code."""
    if args.recovery_code_stdin:
        code = cli_streams.read_line(stdin)
        if not code.strip():
            raise InvalidInput(
                QCoreApplication.translate("cli", "The recovery code is empty."), "recovery_code"
            )
        return Opener.recovery(code)
    if not args.user:
        raise InvalidInput(
            QCoreApplication.translate(
                "cli",
                "Give --user NAME with --password-stdin (an administrator of the backup), "
                "or --recovery-code-stdin.",
            ),
            "user",
        )
    return Opener.administrator(args.user, read_password(args, stdin))


def cmd_restore(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    target = target_of(args)
    opener = _restore_opener(args, stdin)
    if isinstance(target, ServerAddress):
        return _restore_to_server(args, target, opener, out)
    result = backups.restore_backup(Path(args.backup), Path(target), opener)
    args.after_commit_warnings.extend(result.warnings)
    print(
        fill(
            QCoreApplication.translate("cli", "Restored the backup of %1 to %2."),
            result.created_at.strftime("%d.%m.%Y %H:%M UTC"),
            str(result.database),
        ),
        file=out,
    )
    for kept in result.kept_aside:
        print(
            fill(QCoreApplication.translate("cli", "The previous file is kept as %1"), str(kept)),
            file=out,
        )
    return ExitCode.OK


def _restore_to_server(
    args: argparse.Namespace, address: ServerAddress, opener: Opener, out: TextIO
) -> int:
    """Into an empty server database only, in one transaction (server_restore.py)."""
    from .server_restore import restore_to_server

    result = restore_to_server(Path(args.backup), address, opener)
    print(
        fill(
            QCoreApplication.translate("cli", "Restored the backup of %1 to %2."),
            result.created_at.strftime("%d.%m.%Y %H:%M UTC"),
            address.shown,
        ),
        file=out,
    )
    print(
        fill(
            QCoreApplication.translate(
                "cli",
                "%1 rows in %2 tables, verified row by row; copied in %3 s, verified in %4 s.",
            ),
            str(result.verified.rows),
            str(len(result.verified.tables)),
            f"{result.copied.seconds:.1f}",
            f"{result.verified.seconds:.1f}",
        ),
        file=out,
    )
    return ExitCode.OK


def cmd_bench(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from .bench import default_path, runner, server  # heavy: only this command needs them

    path = Path(args.db) if args.db else default_path(args.clients, args.consultations, args.seed)
    shown = out.isatty()

    def progress(stage: str, done: int, total: int) -> None:
        if shown:
            end = "\n" if done >= total else ""
            print(f"\r{stage}: {100 * done // max(total, 1):3d} %", end=end, file=out, flush=True)

    def say(text: str) -> None:
        print(text, file=out, flush=True)

    if args.server:
        from .storage.server import parse_server_url

        address = parse_server_url(args.server)
        report = server.run(
            address, path, args.clients, args.consultations, args.seed, args.repeat, say, progress
        )
    else:
        report = runner.run(
            path, args.clients, args.consultations, args.seed, args.repeat, say, progress
        )
    print(file=out)
    print(runner.table(report), file=out)
    print(file=out)
    lines = server.summary_lines(report) if args.server else runner.summary_lines(report)
    for line in lines:
        print(line, file=out)
    if args.json:
        report.write_json(Path(args.json))
        print(
            fill(QCoreApplication.translate("bench", "Results written to %1"), args.json),
            file=out,
        )
    return ExitCode.OK


def cmd_migrate_to_server(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """The file is opened read-only (nothing written to it or beside it); the server
    gets everything in one transaction, undone on any failure (server_move.py)."""
    from .server_move import move_to_server
    from .source_file import open_read_only
    from .storage.server import make_server_engine, parse_server_url

    address = parse_server_url(args.server)  # a bad address costs no Argon2id
    password = read_password(args, stdin)
    shown = out.isatty()

    def progress(table: str, rows: int) -> None:
        if shown:
            print(f"\r{table}: {rows}", end="\033[K", file=out, flush=True)

    server = make_server_engine(address)
    try:
        with open_read_only(args.db, args.user, password) as source:
            report = move_to_server(source, server, progress)
    finally:
        server.dispose()
    if shown:
        print("\r\033[K", end="", file=out)
    for table in report.verified.tables:
        print(f"{table.table}: {table.target_rows}", file=out)
    print(
        fill(
            QCoreApplication.translate(
                "cli", "Copied to %1: %2 rows in %3 tables, verified row by row."
            ),
            address.shown,
            str(report.verified.rows),
            str(len(report.verified.tables)),
        ),
        file=out,
    )
    print(
        fill(
            QCoreApplication.translate("cli", "Copied in %1 s, verified in %2 s."),
            f"{report.copied.seconds:.1f}",
            f"{report.verified.seconds:.1f}",
        ),
        file=out,
    )
    if report.key_file_stored:
        print(
            QCoreApplication.translate("cli", "The key slots are stored on the server."),
            file=out,
        )
    print(
        QCoreApplication.translate(
            "cli",
            "The file was left as it was; once the workstations use the server, keep it "
            "as a backup or delete it.",
        ),
        file=out,
    )
    return ExitCode.OK


def _newest_backup_hint(args: argparse.Namespace, exc: OberihError) -> str:
    """Damage messages point to the newest good backup beside the database, if any."""
    if not isinstance(exc, DAMAGE) or not getattr(args, "db", None):
        return ""
    hint = backups.newest_backup_hint(args.db)
    return f" {hint}" if hint else ""


def _head_text(report: integrity.CheckReport) -> str:
    return {
        "missing": QCoreApplication.translate(
            "cli", "the audit head file beside the database is missing"
        ),
        "truncated": QCoreApplication.translate("cli", "newest entries were removed"),
        "mismatch": QCoreApplication.translate("cli", "an entry differs from the one recorded"),
        "foreign": QCoreApplication.translate(
            "cli", "the audit head file belongs to another database"
        ),
    }.get(report.audit.head_problem or "", report.audit.head_problem or "")


COMMANDS = {
    "init": cmd_init,
    "demo": cmd_demo,
    "check": cmd_check,
    "report": cmd_report,
    "consolidate": cmd_consolidate,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "bench": cmd_bench,
    "migrate-to-server": cmd_migrate_to_server,
}
DAMAGE = (DatabaseDamaged, NotADatabase, KeyFileDamaged, KeyFileMissing)


def run(
    args: argparse.Namespace,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    if out is None:
        cli_streams.reconfigure_output(sys.stdout)
    if err is None:
        cli_streams.reconfigure_output(sys.stderr)
    out, err, stdin = out or sys.stdout, err or sys.stderr, stdin or sys.stdin
    ensure_core_app(chosen_language(args))
    args.after_commit_warnings = []
    try:
        code = COMMANDS[args.command](args, out, stdin)
        for warning in args.after_commit_warnings:
            print(f"shelter-app: {warning.user_message()}", file=err)
        return code
    except OberihError as exc:
        print(f"shelter-app: {exc.user_message()}{_newest_backup_hint(args, exc)}", file=err)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        # a full, read-only or refusing drive met outside a unit of work (key file, audit
        # head, report or backup file, demo data, a migration): its own message and code
        fault = faults.from_exception(exc, Path(getattr(args, "db", None) or Path.cwd()))
        if fault is not None:
            print(f"shelter-app: {fault.user_message()}", file=err)
            return fault.exit_code
        # Never print the exception text: driver messages can quote data or statements.
        print(
            "shelter-app: "
            + fill(
                QCoreApplication.translate(
                    "cli", "Unexpected internal error (%1); nothing further was changed."
                ),
                type(exc).__name__,
            ),
            file=err,
        )
        return INTERNAL_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return ExitCode.USAGE
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
