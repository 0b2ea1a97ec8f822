"""The restore journal: a restore is one operation that a kill at any point leaves either
not done or done, never half-done.

A small JSON file beside the database records the plan before anything is moved:
which current files go aside under which (unique) names, which staged files then take
their place, and the audit head to write. Two phases:

- "staged": the backup's files are unpacked, checked and fsynced under temporary names;
  the current files may be partly moved aside. Recovery ROLLS BACK: every file set aside
  comes back, the staged files are deleted.
- "placing": every current file is aside. Recovery ROLLS FORWARD: the staged files are
  renamed into place and the audit head written.

Every step is a rename within one folder, and redoing a finished step is a no-op, so
recovery can itself be killed and run again."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from typing import Any

from ..errors import DatabaseBusy, DatabaseInUse
from .files import DatabasePaths, atomic_write, fsync_dir, replace_retrying
from .instance_lock import WriterGate

STAGED = "staged"
PLACING = "placing"


@dataclass(frozen=True)
class Plan:
    phase: str
    aside: tuple[tuple[str, str], ...]  # (current name, kept-aside name)
    staged: tuple[tuple[str, str], ...]  # (staged name, target name)
    head: dict[str, Any]

    def to_bytes(self) -> bytes:
        doc = {
            "version": 1,
            "phase": self.phase,
            "aside": [list(p) for p in self.aside],
            "staged": [list(p) for p in self.staged],
            "head": self.head,
        }
        return json.dumps(doc, sort_keys=True).encode("utf-8")


def _plain_name(name: object) -> str:
    # names only, never paths: a journal cannot move files out of the folder
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or name in {".", ".."}:
        raise ValueError("name")
    return name


def read(paths: DatabasePaths) -> Plan | None:
    try:
        doc = json.loads(paths.restore_journal.read_text("utf-8"))
        return Plan(
            str(doc["phase"]),
            tuple((_plain_name(a), _plain_name(b)) for a, b in doc["aside"]),
            tuple((_plain_name(a), _plain_name(b)) for a, b in doc["staged"]),
            dict(doc["head"]),
        )
    except FileNotFoundError:
        return None


def write(paths: DatabasePaths, plan: Plan) -> None:
    atomic_write(paths.restore_journal, plan.to_bytes())


def _remove(paths: DatabasePaths) -> None:
    with contextlib.suppress(FileNotFoundError):
        paths.restore_journal.unlink()
    fsync_dir(paths.database.parent)


def roll_back(paths: DatabasePaths, plan: Plan) -> None:
    folder = paths.database.parent
    for current, kept in reversed(plan.aside):
        if (folder / kept).exists() and not (folder / current).exists():
            replace_retrying(folder / kept, folder / current)
    for staged, _target in plan.staged:
        with contextlib.suppress(FileNotFoundError):
            (folder / staged).unlink()
    fsync_dir(folder)
    _remove(paths)


def roll_forward(paths: DatabasePaths, plan: Plan) -> None:
    folder = paths.database.parent
    for staged, target in plan.staged:
        if (folder / staged).exists():
            replace_retrying(folder / staged, folder / target)
    fsync_dir(folder)
    # the audit head of the backup (same format as audit_chain.write_head)
    atomic_write(paths.audit_head, json.dumps(plan.head).encode("utf-8"))
    _remove(paths)


def finish(paths: DatabasePaths) -> str | None:
    """Finish or roll back a restore that was cut off; the caller holds the gate
    exclusively. Returns "rolled_back", "finished" or None (no journal)."""
    try:
        plan = read(paths)
    except (ValueError, KeyError, TypeError):
        return _unreadable(paths)
    if plan is None:
        return None
    if plan.phase == PLACING:
        roll_forward(paths, plan)
        return "finished"
    roll_back(paths, plan)
    return "rolled_back"


def _unreadable(paths: DatabasePaths) -> str:
    """A journal cut off while being written is impossible (atomic_write); one altered by
    hand is set aside, not obeyed: renames from a forged plan could swap files."""
    kept = paths.restore_journal.with_name(paths.restore_journal.name + ".unreadable")
    os.replace(paths.restore_journal, kept)
    return "unreadable"


def recover(paths: DatabasePaths) -> str | None:
    """At start: if a restore was cut off, take the gate exclusively and finish it."""
    if not paths.restore_journal.exists():
        return None
    try:
        gate = WriterGate(paths).acquire_exclusive()
    except DatabaseInUse:
        raise DatabaseBusy() from None  # another process is restoring right now
    try:
        return finish(paths)
    finally:
        gate.release()
