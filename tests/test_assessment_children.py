"""A child's needs in the family's case (issues 13 × 14): the needs assessment carries a
line per child of hers (record, level, comment), read back with the assessment, printed in
its PDF with her and her children only; every role as the case rules allow."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from shelter_app import children
from shelter_app.cases import assessment, detail, lifecycle
from shelter_app.cases.assessment_pdf import assessment_pdf
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Permission, Role
from shelter_app.storage.case_schema import AssessmentChild, NeedsAssessment
from tests.test_cases import READERS, WRITERS, ratings

TODAY = date.today()


def _child(opened, mother, name, years, sex="female"):
    born = date(TODAY.year - years, 1, 1)
    return children.add_child(opened.db, opened.admin, mother, name, born, sex)


@pytest.fixture
def family_case(opened, staff, make_client):
    mother = make_client()
    case = lifecycle.open_case(
        opened.db, staff[Role.CASE_WORKER], mother, opened_on=TODAY - timedelta(days=3)
    )
    lifecycle.set_team(
        opened.db,
        staff[Role.CASE_WORKER],
        case.id,
        frozenset({staff[Role.PSYCHOLOGIST].account_id}),
    )
    sofia = _child(opened, mother, "Софія", 6)
    taras = _child(opened, mother, "Тарас", 11, "male")
    return mother, case, sofia, taras


def _count(opened, model):
    with opened.db.unit_of_work(opened.admin, Permission.READ_CASES) as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_each_child_has_her_own_line_in_the_childrens_domain(opened, staff, family_case):
    _mother, case, sofia, taras = family_case
    worker = staff[Role.CASE_WORKER]
    done = assessment.record_assessment(
        opened.db,
        worker,
        case.id,
        ratings(),
        children=[(sofia.id, "high", "Нічні страхи"), (taras.id, "low", None)],
    )
    assert [(c.child_id, c.first_name, c.level, c.comment) for c in done.children] == [
        (taras.id, "Тарас", "low", None),  # the eldest first
        (sofia.id, "Софія", "high", "Нічні страхи"),
    ]
    assert [c.age for c in done.children] == [taras.age_on(TODAY), sofia.age_on(TODAY)]
    assert assessment.case_assessments(opened.db, worker, case.id) == [done]
    found = detail.client_case(opened.db, worker, case.client_id)
    assert found is not None and found.assessments[0].children == done.children


@pytest.mark.parametrize(
    "bad",
    ["another_womans_child", "twice", "bad_level", "junk", "long_comment"],
)
def test_a_bad_child_line_refuses_the_whole_assessment(
    opened, staff, family_case, make_client, bad
):
    _mother, case, sofia, _taras = family_case
    foreign = _child(opened, make_client("Бондар", "Ірина"), "Олег", 8, "male")
    given = {
        "another_womans_child": [(foreign.id, "high", None)],
        "twice": [(sofia.id, "high", None), (sofia.id, "low", None)],
        "bad_level": [(sofia.id, "extreme", None)],
        "junk": "Софія",
        "long_comment": [(sofia.id, "high", "ж" * 1001)],
    }[bad]
    with pytest.raises(InvalidInput) as info:
        assessment.record_assessment(
            opened.db, staff[Role.CASE_WORKER], case.id, ratings(), children=given
        )
    assert info.value.field == "children"
    assert _count(opened, NeedsAssessment) == 0 and _count(opened, AssessmentChild) == 0


def test_the_pdf_lists_her_children_and_no_one_else(opened, staff, family_case, make_client):
    _mother, case, sofia, taras = family_case
    worker = staff[Role.CASE_WORKER]
    other_mother = make_client("Коваль", "Ірина")
    other_child = _child(opened, other_mother, "Марко", 9, "male")
    other_case = lifecycle.open_case(opened.db, worker, other_mother)
    assessment.record_assessment(
        opened.db, worker, other_case.id, ratings(), children=[(other_child.id, "high", "Школа")]
    )
    assessment.record_assessment(
        opened.db,
        worker,
        case.id,
        ratings(),
        children=[(sofia.id, "high", "Нічні страхи"), (taras.id, "low", None)],
    )
    pdf = assessment_pdf(opened.db, staff[Role.HEAD], case.id)
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Софія" in text and "Тарас" in text and "Нічні страхи" in text
    assert "Марко" not in text and "Коваль" not in text and "Школа" not in text
    assert "Софія" not in str(reader.metadata)


@pytest.mark.parametrize("role", list(Role))
def test_each_role_writes_and_reads_childrens_needs_as_the_case_allows(
    opened, staff, family_case, role
):
    _mother, case, sofia, _taras = family_case
    user = staff[role]
    line = [(sofia.id, "medium", "Потребує психолога")]
    if role in WRITERS:
        done = assessment.record_assessment(opened.db, user, case.id, ratings(), children=line)
        assert [c.child_id for c in done.children] == [sofia.id]
    else:
        with pytest.raises(PermissionDenied):
            assessment.record_assessment(opened.db, user, case.id, ratings(), children=line)
        assessment.record_assessment(
            opened.db, staff[Role.CASE_WORKER], case.id, ratings(), children=line
        )
    readers = READERS - {Role.LAWYER}  # the lawyer is not on this case's team
    for read in (
        lambda: assessment.case_assessments(opened.db, user, case.id)[0],
        lambda: assessment_pdf(opened.db, user, case.id),
    ):
        if role not in readers:
            with pytest.raises(PermissionDenied):
                read()
    if role in readers:
        (latest,) = assessment.case_assessments(opened.db, user, case.id)
        # every case reader also reads identities today, so the name is given; the
        # comment is sealed under CASE_NOTES, which the administrator does not hold
        comment = "Потребує психолога" if role is not Role.ADMIN else None
        assert [(c.first_name, c.comment) for c in latest.children] == [("Софія", comment)]


def test_a_reader_without_identity_rights_gets_ages_only(opened, staff, family_case, monkeypatch):
    """Every case reader reads identities in today's matrix; should one not, the child's
    line keeps the level and age and drops the name."""
    from shelter_app.cases import assessment as module

    _mother, case, sofia, _taras = family_case
    worker = staff[Role.CASE_WORKER]
    assessment.record_assessment(
        opened.db, worker, case.id, ratings(), children=[(sofia.id, "high", None)]
    )
    real = module.allowed
    monkeypatch.setattr(
        module, "allowed", lambda role, p: False if p is Permission.READ_CLIENTS else real(role, p)
    )
    (latest,) = assessment.case_assessments(opened.db, worker, case.id)
    assert [(c.first_name, c.age, c.level) for c in latest.children] == [(None, 6, "high")]
