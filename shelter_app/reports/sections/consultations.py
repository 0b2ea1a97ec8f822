"""Consultations: by format, first and repeat, appointments kept or not, topics, and
the monthly series."""

from __future__ import annotations

from collections.abc import Callable

from ...i18n import QT_TRANSLATE_NOOP
from ...vocabulary import ConsultationFormat, ConsultationStatus, LegalTopic, PsyTopic, label
from .. import indicators as ind
from ..disclosure import AtMost, Block, Equation
from ..layout import _Layout, _SeriesSpec
from ..periods import Period, month_label
from .words import KINDS, LEGAL, PSY, _tr, _w


def _consultations(layout: _Layout, c: ind.ConsultationFigures, period: Period) -> None:
    kinds_cols = (_w("psy"), _w("legal"), _w("total"))

    def held(match: Callable[..., bool]) -> int:
        return sum(
            n for (kind, fmt, first, month), n in c.held.items() if match(kind, fmt, first, month)
        )

    total_row = tuple(
        layout.count(f"cons.held.{kind}", held(lambda k_, f, x, m, kind=kind: k_ == kind))
        for kind in KINDS
    )
    total_row = (*total_row, layout.count("cons.held.all", held(lambda *a: True)))

    def by(what: str, code: str, match: Callable[..., bool]) -> tuple[str, str, str]:
        keys = [
            layout.count(
                f"cons.{what}.{code}.{kind}",
                held(lambda k_, f, x, m, kind=kind: k_ == kind and match(f, x)),
            )
            for kind in KINDS
        ]
        both = layout.values[keys[0]] + layout.values[keys[1]]
        return (keys[0], keys[1], layout.count(f"cons.{what}.{code}.all", both))

    layout.grid(
        "consultations_by_format",
        _tr(QT_TRANSLATE_NOOP("reports", "Consultations held by format")),
        _w("format"),
        kinds_cols,
        [
            (label(fmt), by("format", fmt.value, lambda f, x, fmt=fmt: f == fmt.value))
            for fmt in ConsultationFormat
        ],
        (_w("total"), total_row),
        "consultations",
        row_sums=True,
    )
    layout.grid(
        "consultations_first_repeat",
        _tr(QT_TRANSLATE_NOOP("reports", "First and repeat consultations")),
        _w("kind_of_consultation"),
        kinds_cols,
        [
            (_w("first"), by("order", "first", lambda f, x: x)),
            (_w("repeat"), by("order", "repeat", lambda f, x: not x)),
        ],
        (_w("total"), total_row),
        "consultations",
        row_sums=True,
    )
    statuses = (ConsultationStatus.NO_SHOW, ConsultationStatus.CANCELLED)
    status_rows = [(label(ConsultationStatus.HELD), total_row)]
    for st in statuses:
        keys = [
            layout.count(f"cons.status.{st.value}.{kind}", c.by_status.get((kind, st.value), 0))
            for kind in KINDS
        ]
        both = sum(layout.values[x] for x in keys)
        status_rows.append((label(st), (*keys, layout.count(f"cons.status.{st.value}.all", both))))
    booked = tuple(
        layout.count(f"cons.booked.{kind}", sum(layout.values[row[1][j]] for row in status_rows))
        for j, kind in enumerate((*KINDS, "all"))
    )
    layout.grid(
        "appointments",
        _tr(QT_TRANSLATE_NOOP("reports", "Appointments: held, no-shows and cancellations")),
        _w("status"),
        kinds_cols,
        status_rows,
        (_w("total"), booked),
        "appointments",
        row_sums=True,
    )
    for kind, topics, title in (
        (PSY, PsyTopic, QT_TRANSLATE_NOOP("reports", "Psychological consultations by topic")),
        (LEGAL, LegalTopic, QT_TRANSLATE_NOOP("reports", "Legal consultations by topic")),
    ):
        rows = []
        for t in topics:
            key = layout.count(f"cons.topic.{kind}.{t.value}", c.by_topic.get((kind, t.value), 0))
            layout.links.append(AtMost(key, f"cons.held.{kind}"))
            rows.append((label(t), (key,), False))
        layout.table(
            f"consultations_topics_{kind}",
            _tr(title),
            _w("topic"),
            (_w("consultations"),),
            rows,
            "consultation_topics",
        )
    layout.figure(
        "consultations_held",
        _tr(QT_TRANSLATE_NOOP("reports", "Consultations held")),
        "consultations",
        "cons.held.all",
    )
    for kind, text in (
        (PSY, QT_TRANSLATE_NOOP("reports", "Clients who had a psychological consultation")),
        (LEGAL, QT_TRANSLATE_NOOP("reports", "Clients who had a legal consultation")),
    ):
        key = layout.count(f"cons.clients.{kind}", c.clients.get(kind, 0))
        layout.links.append(AtMost(key, f"cons.held.{kind}"))
        layout.figure(f"clients_{kind}", _tr(text), "consultations", key)
    layout.figure(
        "no_shows",
        _tr(QT_TRANSLATE_NOOP("reports", "No-shows")),
        "appointments",
        f"cons.status.{ConsultationStatus.NO_SHOW.value}.all",
    )
    # the monthly series: one more split of the consultations held
    months = period.months
    keys = []
    for first in months:
        code = f"{first.year:04d}-{first.month:02d}"
        keys.append(layout.count(f"cons.month.{code}", held(lambda *a, code=code: a[3] == code)))
    layout.blocks.append(
        Block(
            "series_consultations",
            (*keys, "cons.held.all"),
            (Equation("cons.held.all", tuple(keys)),),
        )
    )
    layout.series.append(
        _SeriesSpec(
            "consultations_by_month",
            _tr(QT_TRANSLATE_NOOP("reports", "Consultations held per month")),
            _tr(QT_TRANSLATE_NOOP("reports", "consultations")),
            tuple(month_label(m) for m in months),
            "consultations",
            "series_consultations",
            counts=tuple(keys),
        )
    )
