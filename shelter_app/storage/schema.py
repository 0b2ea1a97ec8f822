"""ORM tables of the foundation: accounts, the audit log, database identity, settings.

Relationships load with `raise`: nothing may lazy-load outside a unit of work.
Timestamps are stored in UTC.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class DatabaseInfo(Base):
    """One row binding the database to its key file."""

    __tablename__ = "database_info"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    database_id: Mapped[str] = mapped_column(String(32), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by_version: Mapped[str] = mapped_column(String(20), nullable=False)


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(120), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    password_changed_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    # who she is, her role and `active`, signed by the administrators' key (account_seals)
    seal_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    seal: Mapped[str] = mapped_column(String(128), nullable=False, default="")


class AuditEntry(Base):
    """One audited event. Records are named by id, never by name; `detail` holds only
    machine values (parameters, hashes), never free text."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, index=True)
    account_id: Mapped[int | None] = mapped_column(Integer, index=True)
    role: Mapped[str | None] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(60), nullable=False, index=True)
    target_type: Mapped[str | None] = mapped_column(String(40))
    target_id: Mapped[str | None] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(20), nullable=False)
    detail: Mapped[str | None] = mapped_column(Text)
    mac: Mapped[str] = mapped_column(String(64), nullable=False)


class AuditState(Base):
    """The forward-secure chain's one row: the key of the next entry (each use replaces
    it by a one-way step) and the first key, sealed for administrators (audit_chain)."""

    __tablename__ = "audit_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    next_key: Mapped[str] = mapped_column(String(64), nullable=False)
    first_key_sealed: Mapped[str] = mapped_column(Text, nullable=False)


class Setting(Base):
    """Centre-wide settings chosen by the administrator (JSON values)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class ReleasedCell(Base):
    """One count of a released summary, as it was released (reports/releases.py): the
    register's memory of what every earlier export showed and hid, so that a new export
    can be protected jointly with it. Inside the encrypted database, like everything."""

    __tablename__ = "released_cells"
    release_seq: Mapped[int] = mapped_column(Integer, primary_key=True)  # the audit entry
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, nullable=False)  # the true count
    state: Mapped[str] = mapped_column(String(20), nullable=False)  # CellState


class ServerKeyFile(Base):
    """On a PostgreSQL server, the key file document (one row, id 1): exactly the bytes
    `KeyFile.to_bytes` gives a local file. Empty in a local database (migration 0015)."""

    __tablename__ = "server_key_file"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    document: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class ServerThrottle(Base):
    """On a PostgreSQL server, the sign-in throttle document (one row, id 1) that a local
    database keeps in its `.throttle` file (storage/throttle.py); NULL: none yet."""

    __tablename__ = "server_throttle"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    document: Mapped[bytes | None] = mapped_column(LargeBinary)
