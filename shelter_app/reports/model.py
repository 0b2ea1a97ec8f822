"""What a published summary holds, after disclosure control.

Renderers (PDF, CSV, the GUI preview) only ever see these frozen objects: by the time a
number gets here it has passed suppression, so a renderer cannot leak a small count by
accident. Raw counts never leave `indicators`/`disclosure`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class CellState(StrEnum):
    SHOWN = "shown"
    PRIMARY = "primary"  # a count from 1 to k-1: shown as "<k"
    COMPLEMENTARY = "complementary"  # hidden so that a primary cannot be worked out


@dataclass(frozen=True)
class Cell:
    """One published figure. `value` is None whenever the cell is suppressed."""

    value: int | None
    state: CellState
    text: str  # what every renderer prints: "17", "<5", "×"

    @property
    def suppressed(self) -> bool:
        return self.state is not CellState.SHOWN


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[Cell, ...]
    is_total: bool = False


@dataclass(frozen=True)
class Table:
    """A count table: rows × columns, with its own total row/column when it has them."""

    key: str  # stable identifier, e.g. "consultations_by_topic" (CSV section name)
    title: str  # translated
    row_header: str  # translated header of the label column
    columns: tuple[str, ...]  # translated headers of the value columns
    rows: tuple[Row, ...]
    indicator: str  # key into Summary.definitions


@dataclass(frozen=True)
class Figure:
    """A single headline number or statistic (mean, median, percentage).

    `text` is the rendered value ("1 234", "12.5", "63 %") or the reason it is withheld
    ("<5", "—" when fewer than 2k people stand behind a mean)."""

    key: str
    label: str
    value: float | int | None
    text: str
    indicator: str


@dataclass(frozen=True)
class Series:
    """Values over the months of the period, for a chart. Suppression already applied:
    a withheld month has value None and is drawn as a gap with its `text` ("<5")."""

    key: str
    title: str
    unit: str  # translated unit for the axis, e.g. "consultations", "% of beds"
    labels: tuple[str, ...]  # one per month, e.g. "01.2026"
    values: tuple[float | None, ...]
    texts: tuple[str, ...]
    indicator: str


@dataclass(frozen=True)
class Definition:
    key: str
    name: str
    text: str  # translated definition, as printed in the appendix


@dataclass(frozen=True)
class Summary:
    centre: str  # translated centre name
    period_start: date
    period_end: date  # inclusive
    period_label: str  # e.g. "2026, I квартал" or "01.01.2026 – 31.03.2026"
    generated_at: datetime  # UTC; PDF title page only, never in the CSV
    generated_by_role: str  # translated role name, never the user's name
    k: int
    language: str  # "uk" or "en"
    disclosure_rule: str  # translated paragraph explaining the suppression rule
    figures: tuple[Figure, ...]
    tables: tuple[Table, ...]
    series: tuple[Series, ...]
    definitions: tuple[Definition, ...]
    # the code of the site a site's summary is for (reports/site_figures.py); None for a
    # summary of the whole centre, all sites together
    site: str | None = None
