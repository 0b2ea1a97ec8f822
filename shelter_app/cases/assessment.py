"""Needs assessment (оцінка потреб): a level of need and a short comment for each domain,
dated, with the date of the next review. The first assessment moves an opened case to
active; it is due a number of working days after opening (the administrator's setting).
The "children" domain may also carry a line per child of her family (child record, level,
comment): the family's case holds the child's needs (issue 14)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..children import age_on
from ..client_lookup import require_client, touch
from ..database import Database, SignedInUser, UnitOfWork
from ..errors import InvalidInput
from ..permissions import Permission, allowed
from ..storage.case_schema import AssessmentChild, NeedRating, NeedsAssessment
from ..storage.people_schema import Child
from ..storage.schema import Account
from ..storage.sealing import keys_of_session, opened
from ..validation import choice, date_not_before, id_or_none, optional_text, valid_date
from .access import case_work, require_case, require_details, require_writable
from .lifecycle import record_state
from .records import AssessmentRecord, ChildNeedRecord, NeedRatingRecord
from .vocabulary import CaseState, NeedDomain, NeedLevel

COMMENT_MAX = 1000


def record_assessment(
    db: Database,
    user: SignedInUser,
    case_id: int,
    ratings: Mapping[str, tuple[str, str | None]],
    *,
    assessed_on: date | None = None,
    next_review_on: date | None = None,
    children: Sequence[tuple[int, str, str | None]] = (),
    today: date | None = None,
) -> AssessmentRecord:
    """`ratings`: {domain code: (level code, comment)} for every domain; `children`:
    (child id, level code, comment) for any of her children."""
    today = today or date.today()
    day = valid_date(assessed_on or today, "assessed_on", not_after=today)
    review = None
    if next_review_on is not None:
        review = valid_date(next_review_on, "next_review_on")
        date_not_before(review, day, "next_review_on")
    clean = _clean_ratings(ratings)
    kids = _clean_children(children)
    with case_work(db, user, Permission.WRITE_CASES, write=True) as uow:
        s = uow.session
        case = require_case(s, id_or_none(case_id))
        require_writable(uow, case)
        date_not_before(day, case.opened_on, "assessed_on")
        row = NeedsAssessment(
            case_id=case.id, assessed_on=day, next_review_on=review, assessed_by=user.account_id
        )
        s.add(row)
        s.flush()
        s.add_all(
            NeedRating(assessment_id=row.id, domain=d.value, level=lvl.value, comment=c)
            for d, (lvl, c) in clean.items()
        )
        _her_children(s, case.client_id, [k for k, _l, _c in kids])
        s.add_all(
            AssessmentChild(assessment_id=row.id, child_id=k, level=lvl.value, comment=c)
            for k, lvl, c in kids
        )
        if case.state == CaseState.OPENED.value:
            record_state(uow, case, CaseState.ACTIVE, None)
        touch(require_client(s, case.client_id, for_new_activity=False), day)
        uow.audit("case.assessed", "case", case.id, detail={"assessment_id": row.id})
        s.flush()
        result = assessments_of(s, case.id, names=reads_names(uow))[0]
        uow.commit()
        return result


def case_assessments(db: Database, user: SignedInUser, case_id: int) -> list[AssessmentRecord]:
    """Newest first."""
    with case_work(db, user, Permission.READ_CASES) as uow:
        case = require_case(uow.session, id_or_none(case_id))
        require_details(uow, case)
        return assessments_of(uow.session, case.id, names=reads_names(uow))


def reads_names(uow: UnitOfWork) -> bool:
    """Children's first names only for a role that reads identities."""
    return allowed(uow.actor.role, Permission.READ_CLIENTS)


def assessments_of(
    session: Session, case_id: int, *, names: bool = False
) -> list[AssessmentRecord]:
    rows = session.execute(
        select(NeedsAssessment, Account.display_name)
        .join(Account, Account.id == NeedsAssessment.assessed_by)
        .where(NeedsAssessment.case_id == case_id)
        .order_by(NeedsAssessment.assessed_on.desc(), NeedsAssessment.id.desc())
    ).all()
    ids = [a.id for a, _ in rows]
    ratings: dict[int, list[NeedRatingRecord]] = {i: [] for i in ids}
    order = {d.value: n for n, d in enumerate(NeedDomain)}
    for r in session.scalars(select(NeedRating).where(NeedRating.assessment_id.in_(ids))):
        ratings[r.assessment_id].append(NeedRatingRecord(r.domain, r.level, r.comment))
    kids: dict[int, list[ChildNeedRecord]] = {i: [] for i in ids}
    keys = keys_of_session(session)
    for line, first_name, born, day in session.execute(
        select(AssessmentChild, Child.first_name, Child.birth_date, NeedsAssessment.assessed_on)
        .join(Child, Child.id == AssessmentChild.child_id)
        .join(NeedsAssessment, NeedsAssessment.id == AssessmentChild.assessment_id)
        .where(AssessmentChild.assessment_id.in_(ids))
        .order_by(Child.birth_date, Child.id)
    ):
        kids[line.assessment_id].append(
            ChildNeedRecord(
                line.child_id,
                opened(keys, "children", "first_name", line.child_id, first_name)
                if names
                else None,
                age_on(born, day),
                line.level,
                line.comment,
            )
        )
    return [
        AssessmentRecord(
            id=a.id,
            case_id=a.case_id,
            assessed_on=a.assessed_on,
            next_review_on=a.next_review_on,
            assessed_by_name=name,
            ratings=tuple(sorted(ratings[a.id], key=lambda r: order.get(r.domain, 99))),
            children=tuple(kids[a.id]),
        )
        for a, name in rows
    ]


def _clean_children(value: object) -> list[tuple[int, NeedLevel, str | None]]:
    if not isinstance(value, list | tuple):
        raise InvalidInput(_bad_children(), "children")
    out: list[tuple[int, NeedLevel, str | None]] = []
    for line in value:
        if not isinstance(line, tuple) or len(line) != 3:
            raise InvalidInput(_bad_children(), "children")
        child_id = id_or_none(line[0])
        if child_id is None or child_id in {k for k, _l, _c in out}:
            raise InvalidInput(_bad_children(), "children")
        level = choice(NeedLevel, line[1], "children")
        out.append((child_id, level, optional_text(line[2], "children", COMMENT_MAX)))
    return out


def _her_children(session: Session, client_id: int, child_ids: list[int]) -> None:
    """Only her own children (she is their guardian) have a line in her assessment."""
    if not child_ids:
        return
    found = set(
        session.scalars(
            select(Child.id).where(Child.id.in_(child_ids), Child.guardian_client_id == client_id)
        )
    )
    if found != set(child_ids):
        raise InvalidInput(
            QCoreApplication.translate("cases", "This child is not recorded with her."),
            "children",
        )


def _bad_children() -> str:
    return QCoreApplication.translate(
        "cases", "Give each of her children once, with a level of need."
    )


def _clean_ratings(
    ratings: Mapping[str, tuple[str, str | None]],
) -> dict[NeedDomain, tuple[NeedLevel, str | None]]:
    if not isinstance(ratings, Mapping):
        raise InvalidInput(
            QCoreApplication.translate("cases", "Rate the need in every domain."), "ratings"
        )
    clean: dict[NeedDomain, tuple[NeedLevel, str | None]] = {}
    for code, value in ratings.items():
        domain = choice(NeedDomain, code, "ratings")
        if not isinstance(value, tuple) or len(value) != 2:
            raise InvalidInput(
                QCoreApplication.translate("cases", "Rate the need in every domain."), domain.value
            )
        level = choice(NeedLevel, value[0], domain.value)
        clean[domain] = (level, optional_text(value[1], domain.value, COMMENT_MAX))
    if set(clean) != set(NeedDomain):
        raise InvalidInput(
            QCoreApplication.translate("cases", "Rate the need in every domain."), "ratings"
        )
    return clean
