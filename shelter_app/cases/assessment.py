"""Needs assessment (оцінка потреб): a level of need and a short comment for each domain,
dated, with the date of the next review. The first assessment moves an opened case to
active; it is due a number of working days after opening (the administrator's setting)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..client_lookup import require_client, touch
from ..database import Database, SignedInUser
from ..errors import InvalidInput
from ..permissions import Permission
from ..storage.case_schema import NeedRating, NeedsAssessment
from ..storage.schema import Account
from ..validation import choice, date_not_before, id_or_none, optional_text, valid_date
from .access import case_work, require_case, require_details, require_writable
from .lifecycle import record_state
from .records import AssessmentRecord, NeedRatingRecord
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
    today: date | None = None,
) -> AssessmentRecord:
    """`ratings`: {domain code: (level code, comment)} for every domain."""
    today = today or date.today()
    day = valid_date(assessed_on or today, "assessed_on", not_after=today)
    review = None
    if next_review_on is not None:
        review = valid_date(next_review_on, "next_review_on")
        date_not_before(review, day, "next_review_on")
    clean = _clean_ratings(ratings)
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
        if case.state == CaseState.OPENED.value:
            record_state(uow, case, CaseState.ACTIVE, None)
        touch(require_client(s, case.client_id, for_new_activity=False), day)
        uow.audit("case.assessed", "case", case.id, detail={"assessment_id": row.id})
        s.flush()
        result = assessments_of(s, case.id)[0]
        uow.commit()
        return result


def case_assessments(db: Database, user: SignedInUser, case_id: int) -> list[AssessmentRecord]:
    """Newest first."""
    with case_work(db, user, Permission.READ_CASES) as uow:
        case = require_case(uow.session, id_or_none(case_id))
        require_details(uow, case)
        return assessments_of(uow.session, case.id)


def assessments_of(session: Session, case_id: int) -> list[AssessmentRecord]:
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
    return [
        AssessmentRecord(
            id=a.id,
            case_id=a.case_id,
            assessed_on=a.assessed_on,
            next_review_on=a.next_review_on,
            assessed_by_name=name,
            ratings=tuple(sorted(ratings[a.id], key=lambda r: order.get(r.domain, 99))),
        )
        for a, name in rows
    ]


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
