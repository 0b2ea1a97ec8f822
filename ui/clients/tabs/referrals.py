"""Referrals to the centre and from it to partners, newest first (read-only here)."""

from __future__ import annotations

from shelter_app import referrals
from shelter_app.permissions import Permission
from shelter_app.referrals import ReferralRecord
from shelter_app.vocabulary import ReferralDirection, ReferralOutcome, ReferralType

from ..display import code_label, date_text, yes_no
from .base import ListTab


class ReferralsTab(ListTab):
    key = "referrals"
    permissions = (Permission.READ_REFERRALS,)
    areas = frozenset({"referrals"})

    def title(self) -> str:
        return self.tr("R&eferrals")

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Direction"),
            self.tr("Kind"),
            self.tr("Organisation"),
            self.tr("Her identity shared"),
            self.tr("Outcome"),
        ]

    def empty_text(self) -> str:
        return self.tr("No referrals recorded.")

    def load(self) -> None:
        self.ctx.call(
            referrals.client_referrals,
            self.client_id,
            on_done=self._show,
            on_error=self.failed,
            owner=self,
        )

    def _show(self, rows: list[ReferralRecord]) -> None:
        self.show_rows(
            [
                (
                    date_text(r.on_date),
                    code_label(ReferralDirection, r.direction),
                    code_label(ReferralType, r.referral_type),
                    r.partner_name or "",
                    yes_no(r.identity_shared),
                    code_label(ReferralOutcome, r.outcome),
                )
                for r in rows
            ],
            keys=[r.id for r in rows],
        )
