"""Staff accounts: create, change and reset passwords, change role, deactivate.

An account lives in the encrypted database (who she is, her role) and has a slot in the
key file (how her password opens the data key). Changes keep the two consistent: the
key file is written before the row that makes the slot usable is committed, and a slot is
removed only after the row that disables it is committed.

A slot gets the compartment keys its role needs that the administrator can give
(Database.grantable); the others are granted at the next sign-in of a colleague who holds
them (Database.complete_grants), and `AccountInfo.awaiting` shows what is still missing.

An account's role and active flag are signed by an administrator's session whenever they
change (Database.seal_account); a row edited outside Oberih is refused at sign-in and in
every unit of work. Every slot written is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .compartments import Compartment
from .database import Database, SignedInUser, UnitOfWork, utcnow
from .errors import AuthenticationFailed, InvalidInput
from .permissions import Permission, Role, compartments_of
from .storage.keyfile import KeyFile
from .storage.schema import Account
from .validation import check_password, clean_display_name, clean_role, clean_username


@dataclass(frozen=True)
class AccountInfo:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime
    password_changed_at: datetime
    # compartments her role needs that her key slot does not hold yet: granted at the
    # next sign-in of a colleague who holds them (or with the recovery code)
    awaiting: frozenset[Compartment] = frozenset()


def _info(a: Account, db: Database | None = None) -> AccountInfo:
    awaiting: frozenset[Compartment] = frozenset()
    if db is not None and a.active:
        awaiting = frozenset(Compartment(n) for n in db.missing_grants(a.username, a.role))
    return AccountInfo(
        a.id,
        a.username,
        a.display_name,
        Role(a.role),
        a.active,
        a.created_at,
        a.password_changed_at,
        awaiting,
    )


def list_accounts(db: Database, user: SignedInUser) -> list[AccountInfo]:
    with db.unit_of_work(user, Permission.MANAGE_ACCOUNTS) as uow:
        rows = uow.session.execute(select(Account).order_by(Account.username)).scalars()
        return [_info(a, db) for a in rows]


def grant_with_recovery_code(db: Database, user: SignedInUser, code: str) -> int:
    """Complete the pending compartment grants with the printed recovery code, for when
    no colleague who holds a compartment exists yet (the first psychologist of a new
    database). Returns how many keys were sealed; each grant is audited."""
    with db.unit_of_work(user, Permission.MANAGE_ACCOUNTS):
        pass
    return db.compartments_granted_by_recovery(user, code)


def create_account(
    db: Database,
    user: SignedInUser,
    username: str,
    display_name: str,
    role: str,
    password: str,
) -> AccountInfo:
    name = clean_username(username)
    shown = clean_display_name(display_name)
    role_ = clean_role(role)
    check_password(password, name)
    with db.unit_of_work(user, Permission.MANAGE_ACCOUNTS, write=True) as uow:
        exists = uow.session.execute(select(Account.id).where(Account.username == name)).first()
        if exists:
            raise InvalidInput(
                QCoreApplication.translate("accounts", "This username is already taken."),
                "username",
            )
        now = utcnow()
        acc = Account(
            username=name,
            display_name=shown,
            role=role_.value,
            active=True,
            created_at=now,
            password_changed_at=now,
            seal_version=0,
            seal="",
        )
        uow.session.add(acc)
        uow.session.flush()
        db.seal_account(uow.actor, acc)
        uow.audit(
            "account.created",
            "account",
            acc.id,
            detail={"role": role_.value, "version": acc.seal_version},
        )
        _write_slot(db, uow, acc, password)
        try:
            uow.commit()
        except BaseException:
            db.remove_user_slot(name)
            raise
        return _info(acc, db)


def change_own_password(
    db: Database, user: SignedInUser, old_password: str, new_password: str
) -> None:
    with db.unit_of_work(user, Permission.CHANGE_OWN_PASSWORD, write=True) as uow:
        acc = _get(uow.session, user.account_id)
        check_password(new_password, acc.username)
        if not db.password_opens(acc.username, old_password):
            uow.audit("account.password_change", "account", acc.id, outcome="denied")
            uow.commit()
            raise AuthenticationFailed()
        acc.password_changed_at = utcnow()
        uow.audit("account.password_changed", "account", acc.id)
        _write_slot(db, uow, acc, new_password)
        uow.commit()


def reset_password(db: Database, user: SignedInUser, account_id: int, new_password: str) -> None:
    with db.unit_of_work(user, Permission.MANAGE_ACCOUNTS, write=True) as uow:
        acc = _get(uow.session, account_id)
        if not acc.active:
            raise InvalidInput(
                QCoreApplication.translate(
                    "accounts", "Reactivate the account before setting its password."
                )
            )
        check_password(new_password, acc.username)
        acc.password_changed_at = utcnow()
        uow.audit("account.password_reset", "account", acc.id)
        # her own compartment keys were wrapped under the forgotten password: what the
        # administrator cannot give is granted at a colleague's next sign-in
        _write_slot(db, uow, acc, new_password)
        uow.commit()


def change_role(db: Database, user: SignedInUser, account_id: int, role: str) -> AccountInfo:
    role_ = clean_role(role)
    with db.unit_of_work(user, Permission.MANAGE_ACCOUNTS, write=True) as uow:
        acc = _get(uow.session, account_id)
        if acc.role == Role.ADMIN.value and role_ != Role.ADMIN:
            _keep_an_admin(uow.session, acc.id)
        acc.role = role_.value
        db.seal_account(uow.actor, acc)
        uow.audit(
            "account.role_changed",
            "account",
            acc.id,
            detail={"role": role_.value, "version": acc.seal_version},
        )
        # the ADMIN key (what signs roles) goes with the administrator's role
        _match_compartments(db, user, acc.username, role_)
        uow.commit()
        return _info(acc, db)


def deactivate(db: Database, user: SignedInUser, account_id: int) -> AccountInfo:
    """Disable the account and remove its key slot. Rotating the data key afterwards
    also locks out a copy of the old key file she may have kept."""
    with db.unit_of_work(user, Permission.MANAGE_ACCOUNTS, write=True) as uow:
        acc = _get(uow.session, account_id)
        if acc.role == Role.ADMIN.value:
            _keep_an_admin(uow.session, acc.id)
        acc.active = False
        db.seal_account(uow.actor, acc)
        uow.audit("account.deactivated", "account", acc.id, detail={"version": acc.seal_version})
        uow.commit()
        info = _info(acc)
    db.remove_user_slot(info.username)
    db.end_sessions_of(account_id)
    return info


def reactivate(db: Database, user: SignedInUser, account_id: int, new_password: str) -> AccountInfo:
    with db.unit_of_work(user, Permission.MANAGE_ACCOUNTS, write=True) as uow:
        acc = _get(uow.session, account_id)
        check_password(new_password, acc.username)
        acc.active = True
        acc.password_changed_at = utcnow()
        db.seal_account(uow.actor, acc)
        uow.audit("account.reactivated", "account", acc.id, detail={"version": acc.seal_version})
        _write_slot(db, uow, acc, new_password)
        uow.commit()
        return _info(acc, db)


def _match_compartments(db: Database, user: SignedInUser, username: str, role: Role) -> None:
    """After a role change: the slot drops the compartments the new role does not use
    and gets those the administrator can give (the rest wait for a holder)."""
    slot = db.keyfile.locator(username)
    needed = {str(c) for c in compartments_of(role)}
    held = db.keyfile.compartments_of(slot)
    give = db.grantable(user, role)

    def change(kf: KeyFile) -> KeyFile:
        if not kf.has_slot(slot):
            return kf
        for name in held - needed:
            kf = kf.revoked(slot, name)
        for name in needed - held:
            key = give.key(name)
            if key is not None:
                kf = kf.granted(slot, name, key)
        return kf

    db.update_keyfile(change)


def _write_slot(db: Database, uow: UnitOfWork, acc: Account, password: str) -> None:
    """Write her slot, naming her account and holding what the acting user can give of
    the compartments her role needs, and audit it."""
    give = db.grantable(uow.actor, acc.role)
    db.put_user_slot(acc.username, password, give, account_id=acc.id)
    uow.audit(
        "keys.slot_written",
        "account",
        acc.id,
        detail={"compartments": sorted(give.keys)},
    )


def _get(session: Session, account_id: int) -> Account:
    acc = session.get(Account, account_id)
    if acc is None:
        raise InvalidInput(QCoreApplication.translate("accounts", "No such account."))
    return acc


def _keep_an_admin(session: Session, leaving_id: int) -> None:
    others = session.execute(
        select(func.count(Account.id)).where(
            Account.role == Role.ADMIN.value, Account.active.is_(True), Account.id != leaving_id
        )
    ).scalar_one()
    if others == 0:
        raise InvalidInput(
            QCoreApplication.translate(
                "accounts", "At least one active administrator must remain."
            ),
            "role",
        )
