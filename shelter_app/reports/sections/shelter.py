"""The shelter: admissions, departures, extensions and turn-aways, occupancy, length
of stay, the waiting list and the monthly occupancy series."""

from __future__ import annotations

import statistics
from datetime import date
from enum import StrEnum

from ...i18n import QT_TRANSLATE_NOOP
from ...vocabulary import (
    DepartureOutcome,
    ExtensionReason,
    ReferringBody,
    TurnAwayReason,
    label,
)
from .. import indicators as ind
from ..layout import _Layout, _SeriesSpec
from ..periods import month_label
from .words import _tr, _w


def _one_way(
    layout: _Layout,
    key: str,
    title: str,
    row_header: str,
    column: str,
    codes: type[StrEnum],
    counts: dict[str, int],
    indicator: str,
) -> str:
    """A table of one count split by one list of codes, with its total."""
    parts = [
        (label(code), (layout.count(f"{key}.{code.value}", counts.get(code.value, 0)),))
        for code in codes
    ]
    total = layout.count(key, sum(layout.values[keys[0]] for _, keys in parts))
    layout.grid(
        key, title, row_header, (column,), parts, (_w("total"), (total,)), indicator, row_sums=False
    )
    return total


def _shelter(layout: _Layout, sh: ind.ShelterFigures) -> None:
    admissions = _one_way(
        layout,
        "shelter_admissions",
        _tr(QT_TRANSLATE_NOOP("reports", "Shelter admissions by referring body")),
        _w("referred_by"),
        _w("admissions"),
        ReferringBody,
        sh.admissions,
        "admissions",
    )
    departures = _one_way(
        layout,
        "shelter_departures",
        _tr(QT_TRANSLATE_NOOP("reports", "Departures from the shelter by outcome")),
        _w("outcome"),
        _w("departures"),
        DepartureOutcome,
        sh.departures,
        "departures",
    )
    extensions = _one_way(
        layout,
        "shelter_extensions",
        _tr(QT_TRANSLATE_NOOP("reports", "Stay extensions by reason")),
        _w("reason"),
        _w("extensions"),
        ExtensionReason,
        sh.extensions,
        "extensions",
    )
    turn_aways = _one_way(
        layout,
        "shelter_turn_aways",
        _tr(QT_TRANSLATE_NOOP("reports", "Turn-aways by reason")),
        _w("reason"),
        _w("turn_aways"),
        TurnAwayReason,
        sh.demand.turn_aways,
        "turn_aways",
    )
    figures = (
        (
            "admissions",
            QT_TRANSLATE_NOOP("reports", "Shelter admissions"),
            "admissions",
            admissions,
        ),
        (
            "departures",
            QT_TRANSLATE_NOOP("reports", "Departures from the shelter"),
            "departures",
            departures,
        ),
        (
            "women_housed",
            QT_TRANSLATE_NOOP("reports", "Women housed"),
            "housed",
            layout.count("shelter.women", sh.women_housed),
        ),
        (
            "children_housed",
            QT_TRANSLATE_NOOP("reports", "Children housed"),
            "housed",
            layout.count("shelter.children", sh.children_housed),
        ),
        (
            "bed_nights",
            QT_TRANSLATE_NOOP("reports", "Bed-nights"),
            "bed_nights",
            layout.count("shelter.bed_nights", sh.bed_nights),
        ),
        ("extensions", QT_TRANSLATE_NOOP("reports", "Stay extensions"), "extensions", extensions),
    )
    for key, text, indicator, count in figures:
        layout.figure(key, _tr(text), indicator, count)
    capacity = sh.beds_in_use * sh.nights
    layout.statistic(
        "occupancy",
        _tr(QT_TRANSLATE_NOOP("reports", "Mean occupancy")),
        "occupancy",
        100 * sh.bed_nights / capacity if capacity else None,
        sh.women_housed,
        "%",
        inputs=("shelter.bed_nights",),  # the beds are known: bed-nights give it back
    )
    ended = sum(sh.stay_lengths.values())
    lengths = [nights for nights, n in sorted(sh.stay_lengths.items()) for _ in range(n)]
    layout.statistic(
        "mean_stay",
        _tr(QT_TRANSLATE_NOOP("reports", "Mean length of stay, nights")),
        "length_of_stay",
        statistics.fmean(lengths) if lengths else None,
        ended,
    )
    layout.statistic(
        "median_stay",
        _tr(QT_TRANSLATE_NOOP("reports", "Median length of stay, nights")),
        "length_of_stay",
        float(statistics.median(lengths)) if lengths else None,
        ended,
    )
    for key, text, indicator, count in (
        (
            "waiting_added",
            QT_TRANSLATE_NOOP("reports", "Added to the waiting list"),
            "waiting_list",
            layout.count("shelter.waiting_added", sh.waiting_added),
        ),
        (
            "waiting_at_end",
            QT_TRANSLATE_NOOP("reports", "Still waiting at the end of the period"),
            "waiting_list",
            layout.count("shelter.waiting_at_end", sh.demand.waiting_at_end),
        ),
        ("turn_aways", QT_TRANSLATE_NOOP("reports", "Turn-aways"), "turn_aways", turn_aways),
        (
            "children_turned_away",
            QT_TRANSLATE_NOOP("reports", "Children turned away"),
            "turn_aways",
            layout.count("shelter.children_turned_away", sh.demand.children_turned_away),
        ),
    ):
        layout.figure(key, _tr(text), indicator, count)
    labels, stats = [], []
    for code, (nights_held, nights, women) in sh.monthly.items():
        year_, month_ = (int(x) for x in code.split("-"))
        labels.append(month_label(date(year_, month_, 1)))
        offered = sh.beds_in_use * nights
        stats.append((100 * nights_held / offered if offered else 0.0, women if offered else 0))
    if labels:
        layout.series.append(
            _SeriesSpec(
                "occupancy_by_month",
                _tr(QT_TRANSLATE_NOOP("reports", "Shelter occupancy per month")),
                _tr(QT_TRANSLATE_NOOP("reports", "% of beds")),
                tuple(labels),
                "occupancy",
                None,
                stats=tuple(stats),
            )
        )
