"""Her stays in the shelter, newest first (read-only here; admissions and departures
happen in the Shelter area)."""

from __future__ import annotations

from shelter_app import shelter
from shelter_app.changes import Kind
from shelter_app.i18n import fill
from shelter_app.permissions import Permission
from shelter_app.shelter import StayRecord
from shelter_app.vocabulary import DepartureOutcome, ReferringBody

from ...display import code_label, date_text
from .base import ListTab


class StaysTab(ListTab):
    key = "stays"
    permissions = (Permission.READ_STAYS_ENROLMENTS,)
    kinds = frozenset({Kind.STAYS, Kind.SHELTER_LAYOUT})

    def title(self) -> str:
        return self.tr("&Shelter stays")

    def headers(self) -> list[str]:
        return [
            self.tr("Admitted on"),
            self.tr("Allowed until"),
            self.tr("Left on"),
            self.tr("Nights"),
            self.tr("Room and bed"),
            self.tr("Children"),
            self.tr("Referred by"),
            self.tr("Went to"),
        ]

    def empty_text(self) -> str:
        return self.tr("No stays in the shelter.")

    def load(self) -> None:
        self.ctx.call(
            shelter.client_stays,
            self.client_id,
            on_done=self._show,
            on_error=self.failed,
            owner=self,
        )

    def _show(self, stays: list[StayRecord]) -> None:
        self.show_rows(
            [self._row(s) for s in stays],
            records=[s.id for s in stays],
            tips=[self._extensions(s) for s in stays],
        )

    def _row(self, s: StayRecord) -> tuple[str, ...]:
        bed = s.beds[-1] if s.beds else None
        allowed = date_text(s.allowed_until)
        if s.extensions:
            allowed = fill(self.tr("%1 (extended)"), allowed)
        return (
            date_text(s.admitted_on),
            allowed,
            date_text(s.departed_on) if s.departed_on else self.tr("staying"),
            "" if s.nights is None else str(s.nights),
            f"{bed.room_name} / {bed.bed_label}" if bed else "",
            str(len(s.children)),
            code_label(ReferringBody, s.referred_by),
            code_label(DepartureOutcome, s.departure_outcome),
        )

    def _extensions(self, s: StayRecord) -> str | None:
        if not s.extensions:
            return None
        return "\n".join(
            fill(
                self.tr("Extended on %1 until %2"),
                date_text(e.extended_on),
                date_text(e.new_allowed_until),
            )
            for e in s.extensions
        )
