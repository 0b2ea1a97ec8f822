"""Every change to her record: when, by whom, which field, before and after. Old values
are identity data, so the service audits reading them: loaded only when the tab opens."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from shelter_app import clients
from shelter_app.changes import Kind
from shelter_app.clients import ClientChangeRecord
from shelter_app.vocabulary import CameVia, Category, Citizenship, District, Sex

from ...display import code_label, date_text, datetime_text, yes_no
from .base import ListTab

VOCABULARY: dict[str, type[StrEnum]] = {
    "sex": Sex,
    "citizenship": Citizenship,
    "district": District,
    "came_via": CameVia,
}


class HistoryTab(ListTab):
    key = "history"
    kinds = frozenset({Kind.CLIENTS})

    def title(self) -> str:
        return self.tr("&History")

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Before"),
            self.tr("After"),
        ]

    def empty_text(self) -> str:
        return self.tr("The record has not been changed since intake.")

    def load(self) -> None:
        self.ctx.call(
            clients.client_history,
            self.client_id,
            on_done=self._show,
            on_error=self.failed,
            owner=self,
        )

    def _show(self, changes: list[ClientChangeRecord]) -> None:
        self.show_rows(
            [
                (
                    datetime_text(c.at, utc=True),
                    c.account_name,
                    self.field_label(c.field),
                    self.value_text(c.field, c.old_value),
                    self.value_text(c.field, c.new_value),
                )
                for c in changes
            ],
            records=[c.id for c in changes],
        )

    def field_label(self, field: str) -> str:
        labels = {
            "last_name": self.tr("Surname"),
            "first_name": self.tr("First name"),
            "patronymic": self.tr("Patronymic"),
            "birth_date": self.tr("Birth date"),
            "birth_year": self.tr("Birth year"),
            "sex": self.tr("Sex"),
            "citizenship": self.tr("Citizenship"),
            "phone": self.tr("Phone"),
            "safe_to_call": self.tr("Safe to call"),
            "safe_to_text": self.tr("Safe to send messages"),
            "district": self.tr("District"),
            "categories": self.tr("Categories"),
            "came_via": self.tr("Came via"),
            "first_contact_on": self.tr("First contact"),
        }
        return labels.get(field, field)

    def value_text(self, field: str, value: str | None) -> str:
        if value is None or value == "":
            return "—"
        if field in VOCABULARY:
            return code_label(VOCABULARY[field], value)
        if field == "categories":
            return ", ".join(code_label(Category, c) for c in value.split(","))
        if field in ("safe_to_call", "safe_to_text"):
            return yes_no(value == "true")
        if field in ("birth_date", "first_contact_on"):
            try:
                return date_text(date.fromisoformat(value))
            except ValueError:
                return value
        return value
