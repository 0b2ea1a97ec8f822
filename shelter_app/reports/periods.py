"""Reporting periods: a calendar month, quarter, half-year or year, with the label printed
on the report.

Releases are made of fixed periods only, and only once the period has ended: two
arbitrary ranges that differ by a day subtract to the people of that day, and a running
period's figures change until it ends, so an early release and the final one would
subtract to what happened in between. Fixed periods nest (months in their quarter,
quarters in their half-year and year), which is what lets the register protect every
release jointly with the earlier ones (see reports/releases.py). `custom` still reads
any range so that an exact preset typed as two dates gets its label; `fixed` refuses the
rest."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from shelter_app.i18n import fill

from ..errors import InvalidInput
from ..i18n import QT_TRANSLATE_NOOP
from ..validation import EARLIEST_DATE, date_not_before, valid_date

LATEST_YEAR = 2200
MAX_DAYS = 366 * 10  # a custom period of up to ten years


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half-year"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    kind: PeriodKind
    label: str  # translated, as printed on the title page

    @property
    def months(self) -> tuple[date, ...]:
        return months_between(self.start, self.end)


def months_between(start: date, end: date) -> tuple[date, ...]:
    """The first day of every month that `start`..`end` touches, in order."""
    out, day = [], start.replace(day=1)
    while day <= end:
        out.append(day)
        day = _next_month(day)
    return tuple(out)


_ROMAN = ("I", "II", "III", "IV")
_QUARTER = str(QT_TRANSLATE_NOOP("reports", "%1, quarter %2"))
_HALF = str(QT_TRANSLATE_NOOP("reports", "%1, half-year %2"))
_MONTH = str(QT_TRANSLATE_NOOP("reports", "%1 %2"))  # month name, year
_MONTH_NAMES = (
    QT_TRANSLATE_NOOP("reports", "January"),
    QT_TRANSLATE_NOOP("reports", "February"),
    QT_TRANSLATE_NOOP("reports", "March"),
    QT_TRANSLATE_NOOP("reports", "April"),
    QT_TRANSLATE_NOOP("reports", "May"),
    QT_TRANSLATE_NOOP("reports", "June"),
    QT_TRANSLATE_NOOP("reports", "July"),
    QT_TRANSLATE_NOOP("reports", "August"),
    QT_TRANSLATE_NOOP("reports", "September"),
    QT_TRANSLATE_NOOP("reports", "October"),
    QT_TRANSLATE_NOOP("reports", "November"),
    QT_TRANSLATE_NOOP("reports", "December"),
)


def month(year: int, month: int) -> Period:
    y, m = _year(year), _month(month)
    first = date(y, m, 1)
    return Period(
        first, _next_month(first) - timedelta(days=1), PeriodKind.MONTH, _month_label(first)
    )


def quarter(year: int, number: int) -> Period:
    y = _year(year)
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 4:
        raise InvalidInput(
            QCoreApplication.translate("reports", "Choose a quarter from 1 to 4."), "quarter"
        )
    first = date(y, 3 * number - 2, 1)
    end = _next_month(_next_month(_next_month(first))) - timedelta(days=1)
    label = QCoreApplication.translate("reports", _QUARTER)
    return Period(
        first,
        end,
        PeriodKind.QUARTER,
        fill(label, str(y), _ROMAN[number - 1]),
    )


def half_year(year: int, number: int) -> Period:
    y = _year(year)
    if isinstance(number, bool) or not isinstance(number, int) or number not in (1, 2):
        raise InvalidInput(
            QCoreApplication.translate("reports", "Choose the first or the second half-year."),
            "half",
        )
    first = date(y, 1 if number == 1 else 7, 1)
    end = date(y, 6, 30) if number == 1 else date(y, 12, 31)
    label = QCoreApplication.translate("reports", _HALF)
    return Period(
        first,
        end,
        PeriodKind.HALF_YEAR,
        fill(label, str(y), _ROMAN[number - 1]),
    )


def year(year: int) -> Period:
    y = _year(year)
    return Period(date(y, 1, 1), date(y, 12, 31), PeriodKind.YEAR, str(y))


def custom(start: object, end: object) -> Period:
    """Any range of whole days; a range that is exactly a month, quarter or year gets that
    preset's label."""
    first = valid_date(start, "start")
    last = valid_date(end, "end")
    if last.year > LATEST_YEAR:
        raise InvalidInput(
            QCoreApplication.translate("reports", "The date is too far in the future."), "end"
        )
    date_not_before(last, first, "end")
    if (last - first).days >= MAX_DAYS:
        raise InvalidInput(
            QCoreApplication.translate("reports", "A report covers at most ten years."), "end"
        )
    if first.day == 1 and last == _next_month(first) - timedelta(days=1):
        return month(first.year, first.month)
    if first.month % 3 == 1 and first.day == 1:
        q = quarter(first.year, (first.month + 2) // 3)
        if q.end == last:
            return q
    if first.day == 1 and first.month in (1, 7):
        h = half_year(first.year, 1 if first.month == 1 else 2)
        if h.end == last:
            return h
    if (first.month, first.day) == (1, 1) and last == date(first.year, 12, 31):
        return year(first.year)
    label = f"{first.strftime('%d.%m.%Y')} – {last.strftime('%d.%m.%Y')}"
    return Period(first, last, PeriodKind.CUSTOM, label)


def fixed(start: object, end: object) -> Period:
    """A period that may be released: exactly a month, quarter, half-year or year."""
    period = custom(start, end)
    if period.kind is PeriodKind.CUSTOM:
        raise InvalidInput(
            QCoreApplication.translate(
                "reports",
                "A report covers a whole month, quarter, half-year or year, for example "
                "2026-03, 2026-Q1, 2026-H1 or 2026.",
            ),
            "period",
        )
    return period


def parse_period(text: object) -> Period:
    """2026-10 (a month), 2026-Q3, 2026-H1 or 2026, as typed on the command line."""
    value = text.strip().upper() if isinstance(text, str) else ""
    found = re.fullmatch(r"(\d{4})(?:-(?:(\d{1,2})|Q(\d)|H(\d)))?", value)
    if found is None:
        return _bad_period()
    y = int(found[1])
    if found[2]:
        return month(y, int(found[2]))
    if found[3]:
        return quarter(y, int(found[3]))
    if found[4]:
        return half_year(y, int(found[4]))
    return year(y)


def _bad_period() -> Period:
    raise InvalidInput(
        QCoreApplication.translate(
            "reports",
            "Name the period as 2026-03 (a month), 2026-Q1, 2026-H1 or 2026.",
        ),
        "period",
    )


def check_ended(period: Period, today: date) -> None:
    """A release waits until its period is over (see the module docstring)."""
    if period.end >= today:
        raise InvalidInput(
            fill(
                QCoreApplication.translate(
                    "reports",
                    "The period has not ended yet: its report can be exported from %1 on, "
                    "when its figures no longer change.",
                ),
                (period.end + timedelta(days=1)).strftime("%d.%m.%Y"),
            ),
            "period",
        )


def parse_date(text: object, field: str) -> date:
    """A date typed by a person: 2026-03-31 or 31.03.2026."""
    value = text.strip() if isinstance(text, str) else ""
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    dotted = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", value)
    try:
        if iso:
            day = date(int(iso[1]), int(iso[2]), int(iso[3]))
        elif dotted:
            day = date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
        else:
            raise ValueError(value)
    except ValueError:
        raise InvalidInput(
            QCoreApplication.translate(
                "reports", "Enter a date as YYYY-MM-DD or DD.MM.YYYY, for example 2026-03-31."
            ),
            field,
        ) from None
    return valid_date(day, field)


def month_label(first: date) -> str:
    """ "03.2026": a month in charts and the CSV, the same in every language."""
    return first.strftime("%m.%Y")


# --- helpers ---------------------------------------------------------------------------


def _month_label(first: date) -> str:
    name = QCoreApplication.translate("reports", str(_MONTH_NAMES[first.month - 1]))
    return fill(QCoreApplication.translate("reports", _MONTH), name, str(first.year))


def _next_month(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def _year(value: object) -> int:
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not EARLIEST_DATE.year <= value <= LATEST_YEAR
    ):
        raise InvalidInput(
            QCoreApplication.translate("reports", "Enter a year from 1900 to 2200."), "year"
        )
    return value


def _month(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
        raise InvalidInput(
            QCoreApplication.translate("reports", "Choose a month from 1 to 12."), "month"
        )
    return value
