"""The trainer who runs a course, and the one exception to "no client identities" that
her role has: the names on the lists of her own courses.

A trainer holds OWN_COURSE_LISTS instead of the stays-and-enrolments permissions. The
course services open their unit of work with `list_permission()` and, once they know
the course, ask `names_on_list()`: for a trainer it refuses any course that is not hers,
and for her own it shows the names. She never reads a client file, risk data or a
consultation.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from .database import Database, SignedInUser, UnitOfWork
from .errors import InvalidInput, PermissionDenied
from .permissions import Permission, Role, allowed
from .storage.casework_schema import Course
from .storage.schema import Account
from .validation import is_id


@dataclass(frozen=True)
class TrainerChoice:
    account_id: int
    display_name: str


def list_permission(user: SignedInUser, write: bool = False) -> Permission:
    """What a course list service asks of `user`'s role before reading anything."""
    full = Permission.WRITE_STAYS_ENROLMENTS if write else Permission.READ_STAYS_ENROLMENTS
    if allowed(user.role, full) or not allowed(user.role, Permission.OWN_COURSE_LISTS):
        return full
    return Permission.OWN_COURSE_LISTS


def names_on_list(uow: UnitOfWork, course: Course) -> bool:
    """Whether the list of `course` may show names to the acting user. A trainer gets
    only her own courses' lists; any other is refused."""
    role = uow.actor.role
    if allowed(role, Permission.READ_STAYS_ENROLMENTS) or allowed(
        role, Permission.WRITE_STAYS_ENROLMENTS
    ):
        return allowed(role, Permission.READ_CLIENTS)
    if course.trainer_account_id == uow.actor.account_id:
        return True
    raise PermissionDenied(Permission.OWN_COURSE_LISTS.value)


def assign_trainer(
    db: Database, user: SignedInUser, course_id: int, trainer_account_id: int | None
) -> int | None:
    """Make a trainer responsible for a course (None: nobody). A trainer may take a
    course that has nobody, or hand back her own; staff who run programmes assign any
    active trainer."""
    with db.unit_of_work(user, Permission.WRITE_PROGRAMMES, write=True) as uow:
        s = uow.session
        course = s.get(Course, course_id) if is_id(course_id) else None
        if course is None:
            raise InvalidInput(QCoreApplication.translate("courses", "No such course."), "course")
        if trainer_account_id is not None:
            account = s.get(Account, trainer_account_id) if is_id(trainer_account_id) else None
            if account is None or not account.active or account.role != Role.TRAINER.value:
                raise InvalidInput(
                    QCoreApplication.translate("courses", "Choose an active trainer account."),
                    "trainer",
                )
        if allowed(uow.actor.role, Permission.OWN_COURSE_LISTS):  # a trainer
            own = uow.actor.account_id
            taking = trainer_account_id == own and course.trainer_account_id in (None, own)
            giving_back = trainer_account_id is None and course.trainer_account_id == own
            if not (taking or giving_back):
                raise PermissionDenied(Permission.WRITE_PROGRAMMES.value)
        course.trainer_account_id = trainer_account_id
        uow.audit(
            "course.trainer_assigned",
            "course",
            course.id,
            detail={"trainer_account_id": trainer_account_id},
        )
        uow.commit()
        return trainer_account_id


def course_trainer(db: Database, user: SignedInUser, course_id: int) -> int | None:
    with db.unit_of_work(user, Permission.READ_PROGRAMMES) as uow:
        course = uow.session.get(Course, course_id) if is_id(course_id) else None
        if course is None:
            raise InvalidInput(QCoreApplication.translate("courses", "No such course."), "course")
        return course.trainer_account_id


def list_trainers(db: Database, user: SignedInUser) -> list[TrainerChoice]:
    """Active trainer accounts, for the course form's picker."""
    with db.unit_of_work(user, Permission.READ_PROGRAMMES) as uow:
        rows = uow.session.execute(
            select(Account.id, Account.display_name)
            .where(Account.role == Role.TRAINER.value, Account.active.is_(True))
            .order_by(Account.display_name, Account.id)
        ).all()
        return [TrainerChoice(i, name) for i, name in rows]


def own_course_ids(db: Database, user: SignedInUser) -> frozenset[int]:
    """The courses whose lists the signed-in trainer may open."""
    with db.unit_of_work(user, Permission.READ_PROGRAMMES) as uow:
        ids = uow.session.execute(
            select(Course.id).where(Course.trainer_account_id == uow.actor.account_id)
        ).scalars()
        return frozenset(ids)
