"""Exporting a summary to a PDF, CSV or JSON file, and the register of exports.

Every export is recorded in the audit log (the disclosure register): the period, k, the
format and language, the role, and the SHA-256 and size of the file's bytes, so that a
figure the department quotes can be traced to the export that produced it (the role
and time are in the audit entry itself). The file's path is not recorded: a folder or
file name may hold a person's name.

The file is written atomically (a temporary file in the same folder, then renamed): a
failed export leaves no file behind, and the audit entry is committed before the file is
moved into place, so no file is ever released unrecorded.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from ..database import Database, SignedInUser
from ..errors import ExitCode, InvalidInput, OberihError
from ..permissions import Permission
from ..sites import site_by_code
from ..storage.files import fsync_dir, replace_retrying
from ..storage.schema import AuditEntry
from .csv_export import render_csv
from .json_export import render_json
from .model import Summary
from .periods import check_ended
from .releases import EXPORTED, effective_k, store
from .site_figures import compose_site, scope_of
from .summary import check_request, compose, report_language, request_detail, scope_detail

FORMATS = ("csv", "pdf", "json")


class ReportNotWritten(OberihError):
    """The folder is missing or cannot be written to (as BackupFailed for backups)."""

    exit_code = ExitCode.CHECK_FAILED

    def user_message(self) -> str:
        return QCoreApplication.translate(
            "reports",
            "The report could not be written there (the folder is missing or not "
            "writable); nothing was written.",
        )


@dataclass(frozen=True)
class ExportRecord:
    """One line of the disclosure register."""

    seq: int  # the audit entry's number
    at: datetime  # UTC
    role: str
    period_start: date
    period_end: date
    k: int
    format: str  # "csv" or "pdf"
    language: str
    sha256: str
    size: int  # bytes
    path: Path | None = None  # only on the record export_summary returns
    site: str | None = None  # the site's code, for a site's summary; None: all sites


def export_summary(
    db: Database,
    user: SignedInUser,
    start: date,
    end: date,
    out_path: str | os.PathLike[str],
    *,
    language: str = "uk",
    today: date | None = None,
    site: str | None = None,
) -> ExportRecord:
    """Write the summary of `start`..`end` to `out_path` (.csv, .pdf or .json) and record the
    export in the disclosure register, with every count it released (releases.py). The
    period must have ended; k is the database's (no export chooses its own). `site`, a
    site's code, exports that site's summary (site_figures.py), registered with the site
    as part of its scope."""
    out = Path(out_path).expanduser()
    fmt = check_target(out)
    period, language, today = check_request(start, end, language, today)
    check_ended(period, today)
    with (
        report_language(language),
        db.unit_of_work(user, Permission.EXPORT_SUMMARIES, write=True) as uow,
    ):
        scope: dict[str, Any] = {}
        if site is None:
            composed = compose(uow.session, period, None, language, today, uow.actor.role)
            summary, values = composed.summary, composed.values
            states = composed.protection.states
        else:
            found = scope_of(site_by_code(uow.session, site))
            summary, values, states = compose_site(
                uow.session, period, found, effective_k(uow.session), language, uow.actor.role
            )
            scope = scope_detail(found)
        data = (
            render_csv(summary)
            if fmt == "csv"
            else render_json(summary)
            if fmt == "json"
            else _render_pdf(summary)
        )
        digest = hashlib.sha256(data).hexdigest()
        tmp = _write_beside(out, data)
        placed = False
        try:
            detail = {**request_detail(summary), **scope, "format": fmt, "sha256": digest}
            detail["bytes"] = len(data)
            uow.audit(EXPORTED, detail=detail)
            entry = uow.session.scalars(
                select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)
            ).one()
            record = replace(_record(entry), path=out)
            store(uow.session, entry.seq, values, states)
            # The register entry commits BEFORE the file is moved into place: a kill in
            # between leaves a registered export whose file never appeared (the safe
            # side for a disclosure register), never a released file nobody recorded.
            uow.commit()
            try:
                replace_retrying(tmp, out)
            except OSError:
                raise ReportNotWritten() from None
            placed = True
            with contextlib.suppress(OSError):
                fsync_dir(out.parent)
        except BaseException:
            with contextlib.suppress(OSError):
                (out if placed else tmp).unlink()
            raise
    return record


def write_file(out: Path, data: bytes) -> str:
    """Write `data` to `out` atomically (as an export is written); its SHA-256."""
    tmp = _write_beside(out, data)
    try:
        replace_retrying(tmp, out)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ReportNotWritten() from None
    with contextlib.suppress(OSError):
        fsync_dir(out.parent)
    return hashlib.sha256(data).hexdigest()


def list_exports(db: Database, user: SignedInUser) -> list[ExportRecord]:
    """The register of earlier exports, newest first."""
    with db.unit_of_work(user, Permission.EXPORT_SUMMARIES) as uow:
        entries = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == EXPORTED).order_by(AuditEntry.seq.desc())
        ).all()
        return [_record(e) for e in entries]


def _record(entry: AuditEntry) -> ExportRecord:
    d = json.loads(entry.detail or "{}")
    return ExportRecord(
        seq=entry.seq,
        at=entry.at,
        role=entry.role or "",
        period_start=date.fromisoformat(d["start"]),
        period_end=date.fromisoformat(d["end"]),
        k=int(d["k"]),
        format=str(d["format"]),
        language=str(d["language"]),
        sha256=str(d["sha256"]),
        size=int(d["bytes"]),
        site=d.get("site"),
    )


def check_target(out: Path) -> str:
    """The format the file name asks for, once the file is known to be writable."""
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InvalidInput(
            QCoreApplication.translate("reports", "The file name must end in .pdf, .csv or .json."),
            "out",
        )
    # Refuse before any work: the folder must exist and be writable, and the name must
    # not be a folder. (Writing can still fail later; nothing is left behind then either.)
    folder = out.parent
    if not folder.is_dir() or out.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise ReportNotWritten()
    return fmt


def _write_beside(out: Path, data: bytes) -> Path:
    """The bytes in a temporary file in the target's folder (same file system, so the
    rename is atomic), flushed to disk."""
    try:
        fd, name = tempfile.mkstemp(prefix=".oberih-report-", suffix=".tmp", dir=out.parent)
    except OSError:
        raise ReportNotWritten() from None
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise ReportNotWritten() from None
        raise
    return tmp


def _render_pdf(summary: Summary) -> bytes:
    from .pdf import render_pdf  # reportlab loads only when a PDF is asked for

    return render_pdf(summary)
