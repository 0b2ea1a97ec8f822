"""Administrator operations on the keys: data-key rotation and a new recovery code."""

from __future__ import annotations

from .database import Database, SignedInUser
from .errors import PermissionDenied
from .permissions import Permission
from .storage.keyfile import new_recovery_code


def rotate_data_key(db: Database, user: SignedInUser) -> None:
    """After a staff member leaves or a laptop goes missing: the database is re-encrypted
    under a new key, the slots of active accounts and the recovery slot are resealed and
    every other slot is dropped; old key-file copies open nothing."""
    with db.unit_of_work(user, Permission.ROTATE_DATA_KEY) as uow:
        actor = uow.actor
    db.rotate_data_key(actor)


def new_recovery(db: Database, user: SignedInUser) -> str:
    """Phase one of replacing the recovery code: a new slot beside the old one. Returns
    the new code, to be shown once; the old code keeps working until confirm_recovery."""
    code = new_recovery_code()
    with db.unit_of_work(user, Permission.ROTATE_DATA_KEY, write=True) as uow:
        admin_key = db.admin_key_of(uow.actor)
        if admin_key is None:  # the recovery slot must hold the ADMIN key
            raise PermissionDenied(Permission.ROTATE_DATA_KEY.value)
        uow.audit("keys.recovery_code_prepared")
        db.add_pending_recovery_slot(code)
        uow.commit()
    return code


def confirm_recovery(db: Database, user: SignedInUser, code: str) -> None:
    """Phase two, once the administrator confirms the new code is written down: the old
    code stops working."""
    with db.unit_of_work(user, Permission.ROTATE_DATA_KEY, write=True) as uow:
        uow.audit("keys.recovery_code_replaced")
        db.confirm_recovery_slot(code)
        uow.commit()
