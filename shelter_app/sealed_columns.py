"""Which columns hold sealed values, and under which compartment.

The one list the ORM hooks (shelter_app.storage.sealing), the upgrade and the demo read.
A column whose compartment depends on the row (a consultation's note is PSYCH or LEGAL
by its kind) names the deciding column.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .compartments import Compartment

C = Compartment


@dataclass(frozen=True)
class SealedColumn:
    table: str
    column: str
    compartment: Compartment | None = None
    by: str | None = None  # the column whose value chooses the compartment
    choose: Mapping[str, Compartment] = field(default_factory=dict)

    def compartment_for(self, get: Callable[[str], object]) -> Compartment:
        if self.compartment is not None:
            return self.compartment
        assert self.by is not None
        return self.choose[str(get(self.by))]


def _fixed(compartment: Compartment, table: str, *columns: str) -> list[SealedColumn]:
    return [SealedColumn(table, c, compartment) for c in columns]


SEALED: tuple[SealedColumn, ...] = (
    # client identities and contact details (the birth date stays plain: the reports
    # count age bands from it; birth year, district and sex are report categories)
    *_fixed(
        C.IDENTITY,
        "clients",
        "last_name",
        "first_name",
        "patronymic",
        "phone",
        "search_key",
        "sort_key",
    ),
    *_fixed(C.IDENTITY, "client_changes", "old_value", "new_value"),
    *_fixed(C.IDENTITY, "children", "first_name", "school"),
    # the names on course lists: the trainer's copy (she holds no IDENTITY key)
    *_fixed(C.COURSE_LISTS, "enrolments", "roster_name"),
    # consultation notes: the profession's own compartment
    SealedColumn(
        "consultations",
        "note",
        by="kind",
        choose={"psychological": C.PSYCH, "legal": C.LEGAL},
    ),
    # risk, safety plans, incidents and perpetrators
    *_fixed(C.VIOLENCE, "risk_assessments", "answers"),
    *_fixed(C.VIOLENCE, "safety_plans", "plan"),
    *_fixed(C.VIOLENCE, "perpetrators", "description"),
    *_fixed(C.VIOLENCE, "protection_orders", "conditions"),
    # case notes and the free text of case work
    *_fixed(C.CASE_NOTES, "case_notes", "text"),
    *_fixed(C.CASE_NOTES, "case_services", "note"),
    *_fixed(C.CASE_NOTES, "cases", "closure_summary"),
    *_fixed(C.CASE_NOTES, "case_state_changes", "reason"),
    *_fixed(C.CASE_NOTES, "need_ratings", "comment"),
    *_fixed(C.CASE_NOTES, "assessment_children", "comment"),
    *_fixed(C.CASE_NOTES, "plan_goals", "goal"),
    *_fixed(C.CASE_NOTES, "plan_actions", "text", "dropped_reason"),
    *_fixed(C.CASE_NOTES, "plan_changes", "old_value", "new_value"),
    *_fixed(C.CASE_NOTES, "case_follow_ups", "purpose", "resolution"),
)

BY_TABLE: dict[str, tuple[SealedColumn, ...]] = {}
for _col in SEALED:
    BY_TABLE[_col.table] = (*BY_TABLE.get(_col.table, ()), _col)
