"""The summary's layout: the counts, blocks and links one report is made of, and how
they are published once disclosure control has decided what to hide (summary.compose).

The sections (reports/sections/) fill a `_Layout`; summary.compose protects and publishes
it. The number formats are here because publishing a cell writes its text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from . import indicators as ind
from .disclosure import AtMost, Block, Equation, Protection, statistic_shown
from .model import Cell, CellState, Figure, Row, Series, Table

COMPLEMENTARY_MARK = "×"
WITHHELD_STATISTIC = "—"


@dataclass
class _TableSpec:
    key: str
    title: str
    row_header: str
    columns: tuple[str, ...]
    rows: list[tuple[str, tuple[str, ...], bool]]  # label, count keys, is total
    indicator: str
    block: str


@dataclass
class _FigureSpec:
    key: str
    label: str
    indicator: str
    count: str | None = None  # a count key, or else a statistic:
    value: float | None = None
    people: int = 0  # the people (or stays) behind the statistic
    unit: str = ""  # "%" or "" for statistics


@dataclass
class _SeriesSpec:
    key: str
    title: str
    unit: str
    labels: tuple[str, ...]
    indicator: str
    block: str | None
    counts: tuple[str, ...] = ()  # count keys, or else statistics:
    stats: tuple[tuple[float, int], ...] = ()  # (value, people)


@dataclass
class _Layout:
    k: int
    language: str
    values: dict[str, int] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    singles: list[str] = field(default_factory=list)
    links: list[AtMost] = field(default_factory=list)
    tables: list[_TableSpec] = field(default_factory=list)
    figures: list[_FigureSpec] = field(default_factory=list)
    series: list[_SeriesSpec] = field(default_factory=list)
    # counts of things, not people: published as they are (disclosure.protect)
    activities: set[str] = field(default_factory=set)
    # inputs of withheld statistics: hidden with them (`statistic`)
    statistic_inputs: set[str] = field(default_factory=set)

    # --- building ----------------------------------------------------------------------

    def count(self, key: str, value: int) -> str:
        if key in self.values and self.values[key] != value:
            raise AssertionError(f"two different values for {key}")
        self.values[key] = int(value)
        return key

    def activity(self, key: str, value: int) -> str:
        """A count of things that identifies nobody (events held, sessions, partners)."""
        self.activities.add(key)
        return self.count(key, value)

    def table(
        self,
        key: str,
        title: str,
        row_header: str,
        columns: Sequence[str],
        rows: Sequence[tuple[str, tuple[str, ...], bool]],
        indicator: str,
        equations: Sequence[Equation] = (),
    ) -> None:
        cells = tuple(dict.fromkeys(c for _, keys, _ in rows for c in keys))
        self.blocks.append(Block(key, cells, tuple(equations)))
        self.tables.append(
            _TableSpec(key, title, row_header, tuple(columns), list(rows), indicator, key)
        )

    def grid(
        self,
        key: str,
        title: str,
        row_header: str,
        columns: Sequence[str],
        parts: Sequence[tuple[str, Sequence[str]]],
        total: tuple[str, Sequence[str]] | None,
        indicator: str,
        *,
        row_sums: bool,
    ) -> None:
        """A table of counts whose last column is the sum of the others when
        `row_sums`, and whose `total` row (if any) is the sum of the other rows."""
        rows = [(lbl, tuple(keys), False) for lbl, keys in parts]
        if total is not None:
            rows.append((total[0], tuple(total[1]), True))
        equations = []
        for _lbl, keys, _ in rows:
            if row_sums:
                equations.append(Equation(keys[-1], tuple(keys[:-1])))
        if total is not None:
            for j, total_key in enumerate(total[1]):
                equations.append(Equation(total_key, tuple(keys[j] for _, keys in parts)))
        self.table(key, title, row_header, columns, rows, indicator, equations)

    def figure(self, key: str, label_: str, indicator: str, count: str) -> None:
        self.singles.append(count)
        self.figures.append(_FigureSpec(key, label_, indicator, count=count))

    def statistic(
        self,
        key: str,
        label_: str,
        indicator: str,
        value: float | None,
        people: int,
        unit: str = "",
        inputs: tuple[str, ...] = (),
    ) -> None:
        """A mean, median or percentage; when it is withheld (fewer than 2k people), the
        published counts it is computed from (`inputs`) are hidden with it, or it could
        be recomputed from them."""
        if value is not None and not statistic_shown(people, self.k):
            self.statistic_inputs.update(inputs)
        self.figures.append(
            _FigureSpec(key, label_, indicator, value=value, people=people, unit=unit)
        )

    def indicators_used(self) -> list[str]:
        used = [t.indicator for t in self.tables] + [f.indicator for f in self.figures]
        used += [x.indicator for x in self.series]
        return [key for key in ind.DEFINITIONS if key in set(used)]

    # --- publishing --------------------------------------------------------------------

    def cell(self, key: str, protection: Protection) -> Cell:
        state = protection.states[key]
        if state is CellState.PRIMARY:
            return Cell(None, state, f"<{self.k}")
        if state is CellState.COMPLEMENTARY:
            return Cell(None, state, COMPLEMENTARY_MARK)
        return Cell(self.values[key], state, number_text(self.values[key], self.language))

    def publish(
        self, protection: Protection
    ) -> tuple[tuple[Table, ...], tuple[Series, ...], dict[tuple[Any, ...], str]]:
        positions: dict[tuple[Any, ...], str] = {}
        tables = []
        for spec in self.tables:
            if spec.block in protection.withheld:
                continue
            rows = []
            for i, (lbl, keys, is_total) in enumerate(spec.rows):
                rows.append(Row(lbl, tuple(self.cell(c, protection) for c in keys), is_total))
                for j, c in enumerate(keys):
                    positions[("table", spec.key, i, j)] = c
            tables.append(
                Table(
                    spec.key,
                    spec.title,
                    spec.row_header,
                    spec.columns,
                    tuple(rows),
                    spec.indicator,
                )
            )
        series = []
        for x in self.series:
            if x.block is not None and x.block in protection.withheld:
                continue
            if x.counts:
                cells = [self.cell(c, protection) for c in x.counts]
                values = tuple(None if c.value is None else float(c.value) for c in cells)
                texts = tuple(c.text for c in cells)
                for i, c in enumerate(x.counts):
                    positions[("series", x.key, i)] = c
            else:
                shown = [statistic_shown(people, self.k) for _, people in x.stats]
                values = tuple(
                    round(v, 1) if ok else None for (v, _), ok in zip(x.stats, shown, strict=True)
                )
                texts = tuple(
                    percent_text(v, self.language) if ok else WITHHELD_STATISTIC
                    for (v, _), ok in zip(x.stats, shown, strict=True)
                )
            series.append(Series(x.key, x.title, x.unit, x.labels, values, texts, x.indicator))
        return tuple(tables), tuple(series), positions

    def figures_published(
        self, protection: Protection, positions: dict[tuple[Any, ...], str]
    ) -> tuple[Figure, ...]:
        out = []
        for f in self.figures:
            if f.count is not None and f.count not in protection.states:
                # not published: an earlier release would give it away (releases.py)
                out.append(Figure(f.key, f.label, None, WITHHELD_STATISTIC, f.indicator))
            elif f.count is not None:
                cell = self.cell(f.count, protection)
                positions[("figure", f.key)] = f.count
                out.append(Figure(f.key, f.label, cell.value, cell.text, f.indicator))
            elif f.value is None or not statistic_shown(f.people, self.k):
                out.append(Figure(f.key, f.label, None, WITHHELD_STATISTIC, f.indicator))
            elif f.unit == "%":
                value = round(f.value, 1)
                out.append(
                    Figure(f.key, f.label, value, percent_text(value, self.language), f.indicator)
                )
            else:
                value = round(f.value, 1)
                out.append(
                    Figure(f.key, f.label, value, decimal_text(value, self.language), f.indicator)
                )
        return tuple(out)


# --- number formats -------------------------------------------------------------------


def number_text(value: int, language: str) -> str:
    """1 234 (no-break space) in Ukrainian, 1,234 in English."""
    text = f"{value:,}"
    return text.replace(",", "\u00a0") if language == "uk" else text


def decimal_text(value: float, language: str) -> str:
    text = f"{value:,.1f}"
    if language == "uk":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text


def percent_text(value: float, language: str) -> str:
    return f"{decimal_text(value, language)}\u00a0%" if language == "uk" else f"{value:.1f}%"
