"""The anonymised summary of one period: indicators laid out as tables, figures and
monthly series, passed through disclosure control, as one published `Summary`.

`build_summary` is the preview (the GUI's reports area); export.py writes the same
Summary to a file. Both run `compose` inside one unit of work.

Layout rules that keep disclosure control sound:
- every count has one key (see disclosure.py); a figure that repeats a table cell uses
  the cell's key, so it can never show what the table hides;
- each population is split one way per table, and tables that split the same
  population share their total row by key (people by age and by district; consultations
  by format, first/repeat and status, and the monthly series);
- tables whose rows overlap (topics, categories, forms of violence) have no total row:
  their rows are linked to the population they belong to by "at most" links instead.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from sqlalchemy.orm import Session

from ..database import Database, SignedInUser, utcnow
from ..errors import InvalidInput
from ..i18n import LANGUAGES, QT_TRANSLATE_NOOP, install_translator
from ..permissions import Permission, Role, role_label
from ..vocabulary import (
    Category,
    ConsultationFormat,
    ConsultationKind,
    ConsultationStatus,
    DepartureOutcome,
    District,
    EventKind,
    ExtensionReason,
    LegalTopic,
    PsyTopic,
    ReferralDirection,
    ReferralType,
    ReferringBody,
    TurnAwayReason,
    ViolenceForm,
    label,
)
from . import case_figures, people_groups, strategy
from . import indicators as ind
from .disclosure import (
    AtMost,
    Block,
    Equation,
    Protection,
    Unprotectable,
    protect,
    statistic_shown,
)
from .model import Cell, CellState, Figure, Row, Series, Summary, Table
from .periods import Period, custom, fixed, month_label
from .releases import (
    Release,
    ReleaseBlocked,
    blocked_message,
    by_other_periods,
    effective_k,
    forced_hidden,
    overlapping,
)
from .violence_figures import add_violence_figures

RARE_CATEGORIES = (Category.DISABILITY, Category.PREGNANT, Category.VETERAN_OR_FAMILY)
PSY, LEGAL = ConsultationKind.PSYCHOLOGICAL.value, ConsultationKind.LEGAL.value
KINDS = (PSY, LEGAL)
COMPLEMENTARY_MARK = "×"
WITHHELD_STATISTIC = "—"


# --- the service ----------------------------------------------------------------------


def build_summary(
    db: Database,
    user: SignedInUser,
    start: date,
    end: date,
    *,
    language: str = "uk",
    today: date | None = None,
) -> Summary:
    """The published summary of `start`..`end` (inclusive), for the screen, protected as
    its export would be (the database's k, jointly with the earlier releases). Previews
    are audited with the period and parameters only (the role is in the entry itself)."""
    period, language, today = check_request(start, end, language, today)
    with (
        report_language(language),
        db.unit_of_work(user, Permission.EXPORT_SUMMARIES, write=True) as uow,
    ):
        composed = compose(uow.session, period, None, language, today, uow.actor.role)
        uow.audit("summary.previewed", detail=request_detail(composed.summary))
        uow.commit()
    return composed.summary


def check_request(
    start: object, end: object, language: object, today: date | None
) -> tuple[Period, str, date]:
    """Validate everything a summary request carries, before any unit of work. A report
    covers a whole month, quarter, half-year or year (periods.py says why)."""
    today = today or date.today()
    period = fixed(start, end)
    if period.start > today:
        raise InvalidInput(
            QCoreApplication.translate("reports", "The period has not begun yet."), "start"
        )
    if language not in LANGUAGES:
        raise InvalidInput(
            QCoreApplication.translate("reports", "Choose Ukrainian or English."), "language"
        )
    return period, str(language), today


def request_detail(summary: Summary) -> dict[str, Any]:
    return {
        "start": summary.period_start.isoformat(),
        "end": summary.period_end.isoformat(),
        "k": summary.k,
        "language": summary.language,
    }


@contextmanager
def report_language(language: str) -> Iterator[None]:
    """Translate the report into `language`, then give the program its own back.

    Qt translates through the application's installed catalogue, so a report in another
    language than the interface's switches it for the time of the build. The GUI should
    pass its own language (the usual case), which changes nothing."""
    app = QCoreApplication.instance()
    current = "uk" if QLocale().language() == QLocale.Language.Ukrainian else "en"
    if app is None or language == current:
        yield
        return
    install_translator(language)
    try:
        yield
    finally:
        install_translator(current)


# --- composing ------------------------------------------------------------------------


@dataclass(frozen=True)
class Composed:
    """A summary and what it was made from (the tests check one against the other)."""

    summary: Summary
    protection: Protection
    values: dict[str, int]
    # where each count is printed: ("table", key, row, column), ("figure", key),
    # ("series", key, month index) -> count key
    positions: dict[tuple[Any, ...], str]


def compose(
    s: Session,
    period: Period,
    k: int | None,
    language: str,
    today: date,
    role: Role,
    *,
    cross_release: bool = True,
) -> Composed:
    """The protected summary. `k` None is the database's one k (releases.effective_k);
    tests pass their own. `cross_release=False` ignores earlier releases (the control
    run of the attacker test)."""
    k = k if k is not None else effective_k(s)
    period = custom(period.start, period.end)  # its label, in the report's language
    counts = ind.count_all(s, period.start, period.end, today)
    layout = _Layout(k, language)
    _people(layout, counts.people)
    people_groups.add_to_summary(layout, s, period.start, period.end, min(period.end, today))
    strategy.add_to_summary(layout, s, period.start, period.end)
    _consultations(layout, counts.consultations, period)
    _programmes(layout, counts)
    _shelter(layout, counts.shelter)
    _referrals_and_violence(layout, counts)
    add_violence_figures(layout, s, period.start, period.end)  # issue 15
    case_figures.add_to(layout, s, period.start, period.end)  # issue 13
    forced: dict[str, Release] = {}
    if cross_release:
        earlier = overlapping(s, period.start, period.end)
        forced = forced_hidden(period.start, period.end, layout.values, earlier, k)
        # counts of activities identify nobody: their differences reveal no one either
        forced = {key: e for key, e in forced.items() if key not in layout.activities}
    try:
        protection = protect(
            layout.values,
            layout.blocks,
            layout.singles,
            layout.links,
            k,
            hidden=[*forced, *sorted(layout.statistic_inputs)],
            activities=layout.activities,
        )
    except Unprotectable as stuck:
        if stuck.key not in forced:
            raise
        raise ReleaseBlocked(blocked_message(forced[stuck.key]), "period") from None
    tables, series, positions = layout.publish(protection)
    figures = layout.figures_published(protection, positions)
    withheld_titles = [t.title for t in layout.tables if t.block in protection.withheld]
    withheld_titles += [x.title for x in layout.series if x.block in protection.withheld]
    summary = Summary(
        centre=QCoreApplication.translate(
            "reports", "Kyiv City Centre for Work with Women and its Shelter"
        ),
        period_start=period.start,
        period_end=period.end,
        period_label=period.label,
        generated_at=utcnow(),
        generated_by_role=role_label(role),
        k=k,
        language=language,
        disclosure_rule=_rule_text(
            k,
            withheld_titles,
            len(protection.forced & by_other_periods(forced, period.start, period.end)),
        ),
        figures=figures,
        tables=tables,
        series=series,
        definitions=tuple(ind.definition(key, k) for key in layout.indicators_used()),
    )
    return Composed(summary, protection, dict(layout.values), positions)


def _rule_text(k: int, withheld: Sequence[str], forced: int = 0) -> str:
    text = (
        QCoreApplication.translate(
            "reports",
            "Every count from 1 to %1 is shown as “<%2”. Further counts, each at least %2, "
            "are hidden (“×”) so that no hidden count can be worked out from the totals, "
            "from other cells or from other tables of this report: for every count shown "
            "as “<%2”, at least two values agree with everything the report shows. Means, "
            "medians and percentages over fewer than %3 people are not shown (“—”). "
            "Categories with few people (disability, pregnancy, veteran status) are broken "
            "down by age only when no count of the breakdown is hidden. A table whose small "
            "counts cannot be protected in this way is not published.",
        )
        .replace("%1", str(k - 1))
        .replace("%2", str(k))
        .replace("%3", str(2 * k))
    )
    if forced:
        text += " " + QCoreApplication.translate(
            "reports",
            "%1 further counts are hidden because earlier exports of this or an "
            "overlapping period showed or hid them: compared with those, they would "
            "reveal fewer than %2 people.",
        ).replace("%1", str(forced)).replace("%2", str(k))
    if withheld:
        text += " " + QCoreApplication.translate(
            "reports", "Not published for this period: %1."
        ).replace("%1", "; ".join(withheld))
    return text


# --- layout ---------------------------------------------------------------------------


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
            if f.count is not None:
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


# --- the sections ---------------------------------------------------------------------

NEW, RETURNING, TOTAL = "new", "returning", "total"


def _tr(source: str) -> str:
    return QCoreApplication.translate("reports", source)


_AGE_LABELS = {
    "0-17": "0–17",
    "18-24": "18–24",
    "25-34": "25–34",
    "35-44": "35–44",
    "45-59": "45–59",
    "60+": "60+",
}
_WORDS = {
    "total": QT_TRANSLATE_NOOP("reports", "Total"),
    "age_unknown": QT_TRANSLATE_NOOP("reports", "Age not recorded"),
    "new": QT_TRANSLATE_NOOP("reports", "New clients"),
    "returning": QT_TRANSLATE_NOOP("reports", "Returning clients"),
    "people": QT_TRANSLATE_NOOP("reports", "People served"),
    "age_band": QT_TRANSLATE_NOOP("reports", "Age band"),
    "district": QT_TRANSLATE_NOOP("reports", "District of Kyiv"),
    "category": QT_TRANSLATE_NOOP("reports", "Category"),
    "psy": QT_TRANSLATE_NOOP("reports", "Psychological"),
    "legal": QT_TRANSLATE_NOOP("reports", "Legal"),
    "format": QT_TRANSLATE_NOOP("reports", "Format"),
    "first": QT_TRANSLATE_NOOP("reports", "First consultation"),
    "repeat": QT_TRANSLATE_NOOP("reports", "Repeat consultation"),
    "kind_of_consultation": QT_TRANSLATE_NOOP("reports", "Consultations"),
    "status": QT_TRANSLATE_NOOP("reports", "What became of the appointment"),
    "topic": QT_TRANSLATE_NOOP("reports", "Topic"),
    "consultations": QT_TRANSLATE_NOOP("reports", "Consultations"),
    "event_kind": QT_TRANSLATE_NOOP("reports", "Kind of event"),
    "events": QT_TRANSLATE_NOOP("reports", "Events"),
    "women": QT_TRANSLATE_NOOP("reports", "Women"),
    "men": QT_TRANSLATE_NOOP("reports", "Men"),
    "children": QT_TRANSLATE_NOOP("reports", "Children"),
    "attendees": QT_TRANSLATE_NOOP("reports", "All attendees"),
    "referred_by": QT_TRANSLATE_NOOP("reports", "Referred by"),
    "admissions": QT_TRANSLATE_NOOP("reports", "Admissions"),
    "outcome": QT_TRANSLATE_NOOP("reports", "Where she went"),
    "departures": QT_TRANSLATE_NOOP("reports", "Departures"),
    "reason": QT_TRANSLATE_NOOP("reports", "Reason"),
    "extensions": QT_TRANSLATE_NOOP("reports", "Extensions"),
    "turn_aways": QT_TRANSLATE_NOOP("reports", "Turn-aways"),
    "type_of_service": QT_TRANSLATE_NOOP("reports", "Type of service"),
    "form": QT_TRANSLATE_NOOP("reports", "Form of violence"),
    "clients": QT_TRANSLATE_NOOP("reports", "Clients"),
}


def _w(key: str) -> str:
    return _tr(_WORDS[key])


def _age_label(code: str) -> str:
    return _w("age_unknown") if code == ind.AGE_UNKNOWN else _AGE_LABELS[code]


def _people(layout: _Layout, people: ind.PeopleCounts) -> None:
    cols = (_w("new"), _w("returning"), _w("total"))

    def split(prefix: str, match: Callable[..., bool]) -> tuple[str, str, str]:
        new = sum(n for (b, d, is_new), n in people.cube.items() if is_new and match(b, d))
        old = sum(n for (b, d, is_new), n in people.cube.items() if not is_new and match(b, d))
        return (
            layout.count(f"{prefix}.{NEW}", new),
            layout.count(f"{prefix}.{RETURNING}", old),
            layout.count(f"{prefix}.{TOTAL}", new + old),
        )

    total = split("people.all", lambda b, d: True)
    by_age = [
        (_age_label(b), split(f"people.age.{b}", lambda x, d, b=b: x == b)) for b in ind.AGE_CODES
    ]
    layout.grid(
        "people_by_age",
        _tr(QT_TRANSLATE_NOOP("reports", "People served by age band")),
        _w("age_band"),
        cols,
        by_age,
        (_w("total"), total),
        "people_served",
        row_sums=True,
    )
    by_district = [
        (label(d), split(f"people.district.{d.value}", lambda b, x, d=d: x == d.value))
        for d in District
    ]
    layout.grid(
        "people_by_district",
        _tr(QT_TRANSLATE_NOOP("reports", "People served by district")),
        _w("district"),
        cols,
        by_district,
        (_w("total"), total),
        "people_served",
        row_sums=True,
    )
    layout.figure("people_served", _w("people"), "people_served", total[2])
    layout.figure("new_clients", _w("new"), "people_served", total[0])

    # categories: overlapping rows, each no more than the people served
    category_rows = []
    for c in Category:
        n = sum(v for (cat, _b), v in people.categories.items() if cat == c.value)
        key = layout.count(f"people.category.{c.value}", n)
        layout.links.append(AtMost(key, total[2]))
        category_rows.append((label(c), (key,), False))
    layout.table(
        "people_by_category",
        _tr(QT_TRANSLATE_NOOP("reports", "People served by category")),
        _w("category"),
        (_w("people"),),
        category_rows,
        "categories",
    )
    broken_down = []
    for c in Category:
        row_total = f"people.category.{c.value}"
        counts = [people.categories.get((c.value, b), 0) for b in ind.AGE_CODES]
        if layout.values[row_total] < layout.k:
            continue  # nothing to break down, or too few to break down
        if c in RARE_CATEGORIES and any(0 < n < layout.k for n in counts):
            continue  # rare categories only when every cell can be shown
        keys = [
            layout.count(f"people.category.{c.value}.age.{b}", n)
            for b, n in zip(ind.AGE_CODES, counts, strict=True)
        ]
        for b, key in zip(ind.AGE_CODES, keys, strict=True):
            layout.links.append(AtMost(key, f"people.age.{b}.{TOTAL}"))
        broken_down.append((label(c), (*keys, row_total)))
    if broken_down:
        layout.grid(
            "people_by_category_and_age",
            _tr(QT_TRANSLATE_NOOP("reports", "People served by category and age band")),
            _w("category"),
            (*(_age_label(b) for b in ind.AGE_CODES), _w("total")),
            broken_down,
            None,
            "categories",
            row_sums=True,
        )


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


def _programmes(layout: _Layout, counts: ind.Counts) -> None:
    co = counts.courses
    enrolments = layout.count("courses.enrolments", co.enrolments)
    participants = layout.count("courses.participants", co.clients_enrolled)
    layout.links.append(AtMost(participants, enrolments))
    for key, text, value in (
        ("course_enrolments", QT_TRANSLATE_NOOP("reports", "Course enrolments"), enrolments),
        ("course_participants", QT_TRANSLATE_NOOP("reports", "Course participants"), participants),
        (
            "course_completions",
            QT_TRANSLATE_NOOP("reports", "Course completions"),
            layout.count("courses.completions", co.completions),
        ),
        (
            "course_withdrawals",
            QT_TRANSLATE_NOOP("reports", "Course withdrawals"),
            layout.count("courses.withdrawals", co.withdrawals),
        ),
        (
            "course_sessions",
            QT_TRANSLATE_NOOP("reports", "Course sessions held"),
            layout.activity("courses.sessions", co.sessions_held),
        ),
    ):
        layout.figure(key, _tr(text), "courses", value)
    layout.statistic(
        "attendance_rate",
        _tr(QT_TRANSLATE_NOOP("reports", "Course attendance rate")),
        "attendance_rate",
        None
        if not co.attendance_recorded
        else 100 * co.attendance_present / co.attendance_recorded,
        counts.course_participants_marked,
        "%",
    )

    ev = counts.events
    columns = ("events", "women", "men", "children", "attendees")
    parts = []
    for kind in EventKind:
        n, women, men, children = ev.by_kind.get(kind.value, (0, 0, 0, 0))
        values = (n, women, men, children, women + men + children)
        parts.append(
            (
                label(kind),
                tuple(
                    (layout.activity if col == "events" else layout.count)(
                        f"events.{kind.value}.{col}", v
                    )
                    for col, v in zip(columns, values, strict=True)
                ),
            )
        )
    totals = tuple(
        (layout.activity if col == "events" else layout.count)(
            f"events.all.{col}", sum(layout.values[keys[j]] for _, keys in parts)
        )
        for j, col in enumerate(columns)
    )
    rows = [(lbl, keys, False) for lbl, keys in parts] + [(_w("total"), totals, True)]
    equations = [Equation(keys[4], keys[1:4]) for _, keys, _ in rows]
    equations += [
        Equation(totals[j], tuple(keys[j] for _, keys in parts)) for j in range(len(columns))
    ]
    layout.table(
        "events_by_kind",
        _tr(QT_TRANSLATE_NOOP("reports", "Events and their attendance")),
        _w("event_kind"),
        tuple(_w(col) for col in columns),
        rows,
        "events",
        equations,
    )
    layout.figure(
        "events_held", _tr(QT_TRANSLATE_NOOP("reports", "Events held")), "events", totals[0]
    )
    layout.figure(
        "event_attendance",
        _tr(QT_TRANSLATE_NOOP("reports", "Event attendance")),
        "events",
        totals[4],
    )
    layout.figure(
        "partners",
        _tr(QT_TRANSLATE_NOOP("reports", "Partner organisations involved")),
        "partners",
        layout.activity("partners", ev.partners),
    )


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


def _referrals_and_violence(layout: _Layout, counts: ind.Counts) -> None:
    directions = (ReferralDirection.IN.value, ReferralDirection.OUT.value)
    parts = [
        (
            label(t),
            tuple(
                layout.count(f"referrals.{d}.{t.value}", counts.referrals.get((d, t.value), 0))
                for d in directions
            ),
        )
        for t in ReferralType
    ]
    totals = tuple(
        layout.count(f"referrals.{d}", sum(layout.values[keys[j]] for _, keys in parts))
        for j, d in enumerate(directions)
    )
    layout.grid(
        "referrals",
        _tr(QT_TRANSLATE_NOOP("reports", "Referrals by type of service")),
        _w("type_of_service"),
        tuple(label(ReferralDirection(d)) for d in directions),
        parts,
        (_w("total"), totals),
        "referrals",
        row_sums=False,
    )
    v = counts.violence
    clients = layout.count("violence.clients", v.clients)
    rows = []
    for form in ViolenceForm:
        key = layout.count(f"violence.{form.value}", v.forms.get(form.value, 0))
        layout.links.append(AtMost(key, clients))
        rows.append((label(form), (key,), False))
    layout.table(
        "violence_forms",
        _tr(QT_TRANSLATE_NOOP("reports", "Forms of violence disclosed")),
        _w("form"),
        (_w("clients"),),
        rows,
        "violence_forms",
    )
    layout.figure(
        "violence_clients",
        _tr(QT_TRANSLATE_NOOP("reports", "Clients who disclosed violence")),
        "violence_forms",
        clients,
    )
    layout.figure(
        "children_affected",
        _tr(QT_TRANSLATE_NOOP("reports", "Children affected")),
        "children_affected",
        layout.count("violence.children_affected", v.children_affected),
    )
