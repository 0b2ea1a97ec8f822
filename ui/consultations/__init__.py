"""The Consultations area: a psychologist's or lawyer's day, logging and booking, a
client's consultation history, and the who/when day plan for case workers.

What the area's modules share lives here: which kinds the signed-in role works with.
How times and codes are shown, and the small read-only table every list uses, are in
ui/display.py."""

from __future__ import annotations

from shelter_app.permissions import Permission
from shelter_app.vocabulary import ConsultationKind

from ..context import AppContext

PSY, LEGAL = ConsultationKind.PSYCHOLOGICAL, ConsultationKind.LEGAL
READ = {PSY: Permission.READ_PSY_CONSULTATIONS, LEGAL: Permission.READ_LEGAL_CONSULTATIONS}
WRITE = {PSY: Permission.WRITE_PSY_CONSULTATIONS, LEGAL: Permission.WRITE_LEGAL_CONSULTATIONS}
NOTES = {PSY: Permission.PSY_NOTES, LEGAL: Permission.LEGAL_NOTES}


def own_kind(ctx: AppContext) -> ConsultationKind | None:
    """The kind the user holds consultations of (psychologists and lawyers), else None."""
    return next((k for k, p in WRITE.items() if ctx.can(p)), None)


def readable_kinds(ctx: AppContext) -> list[ConsultationKind]:
    return [k for k, p in READ.items() if ctx.can(p)]
