"""The anonymised summary of one period: indicators laid out as tables, figures and
monthly series, passed through disclosure control, as one published `Summary`.

`build_summary` is the preview (the GUI's reports area); export.py writes the same
Summary to a file. Both run `compose` inside one unit of work. The layout (counts, blocks,
links and how they are published) is in layout.py, and each section of the report in its
own module under sections/.

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

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from sqlalchemy.orm import Session

from shelter_app.i18n import fill

from ..database import Database, SignedInUser, utcnow
from ..errors import InvalidInput
from ..i18n import LANGUAGES, install_translator
from ..permissions import Permission, Role, role_label
from ..sites import site_by_code
from . import case_figures, people_groups, programme_figures, service_codes, strategy
from . import indicators as ind
from .disclosure import Protection, protect
from .layout import COMPLEMENTARY_MARK as COMPLEMENTARY_MARK
from .layout import WITHHELD_STATISTIC as WITHHELD_STATISTIC
from .layout import _Layout
from .layout import decimal_text as decimal_text
from .layout import number_text as number_text
from .layout import percent_text as percent_text
from .model import Summary
from .periods import Period, custom, fixed
from .releases import Release, by_other_periods, effective_k, protect_jointly, same_years
from .sections.consultations import _consultations
from .sections.people import _people
from .sections.programmes import _programmes
from .sections.referrals_violence import _referrals_and_violence
from .sections.shelter import _shelter

# the words the sections share; people_groups takes NEW, RETURNING, TOTAL and _w from here
from .sections.words import KINDS as KINDS
from .sections.words import LEGAL as LEGAL
from .sections.words import NEW as NEW
from .sections.words import PSY as PSY
from .sections.words import RARE_CATEGORIES as RARE_CATEGORIES
from .sections.words import RETURNING as RETURNING
from .sections.words import TOTAL as TOTAL
from .sections.words import _w as _w
from .site_figures import SiteScope, compose_site, scope_of
from .violence_figures import add_violence_figures

# --- the service ----------------------------------------------------------------------


def build_summary(
    db: Database,
    user: SignedInUser,
    start: date,
    end: date,
    *,
    language: str = "uk",
    today: date | None = None,
    site: str | None = None,
) -> Summary:
    """The published summary of `start`..`end` (inclusive), for the screen, protected as
    its export would be (the database's k, jointly with the earlier releases). `site`, a
    site's code, asks for that site's summary (site_figures.py: counts of things only);
    None for all sites. Previews are audited with the period and parameters only (the
    role is in the entry itself)."""
    period, language, today = check_request(start, end, language, today)
    with (
        report_language(language),
        db.unit_of_work(user, Permission.EXPORT_SUMMARIES, write=True) as uow,
    ):
        s = uow.session
        if site is None:
            summary = compose(s, period, None, language, today, uow.actor.role).summary
            detail = request_detail(summary)
        else:
            scope = scope_of(site_by_code(s, site))
            summary, _values, _states = compose_site(
                s, period, scope, effective_k(s), language, uow.actor.role
            )
            detail = {**request_detail(summary), **scope_detail(scope)}
        uow.audit("summary.previewed", detail=detail)
        uow.commit()
    return summary


def scope_detail(scope: SiteScope) -> dict[str, Any]:
    """The site a release is for, as the register keeps it (releases.same_years)."""
    return {"site": scope.code, "site_id": scope.id}


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
    # the department's tables (issue 17): courses and events by aim, services by code
    programme_figures.add_to_summary(layout, s, counts, period.start, period.end)
    service_codes.add_to_summary(
        layout, s, counts, period.start, period.end, min(period.end, today)
    )

    def run(
        hidden: Iterable[str],
        dropped: Iterable[str] = (),
        known: Mapping[str, tuple[float, float]] | None = None,
    ) -> Protection:
        dropped = set(dropped)
        drop = {b.key for b in layout.blocks if dropped & set(b.cells)}
        # a table whose sums name a count no longer shown (a withheld headline, a dropped
        # table's cell) goes too, until every remaining sum is over shown counts
        while True:
            shown = {c for b in layout.blocks if b.key not in drop for c in b.cells}
            shown |= {x for x in layout.singles if x not in dropped}
            more = {
                b.key
                for b in layout.blocks
                if b.key not in drop
                and any(c not in shown for e in b.equations for c in (e.total, *e.parts))
            }
            if not more:
                break
            drop |= more
        protection = protect(
            layout.values,
            [b for b in layout.blocks if b.key not in drop],
            [x for x in layout.singles if x not in dropped],
            layout.links,
            k,
            hidden=[*hidden, *sorted(layout.statistic_inputs)],
            activities=layout.activities,
            known=known,
        )
        return replace(protection, withheld=protection.withheld | drop)

    forced: dict[str, Release] = {}
    if cross_release:
        earlier = same_years(s, period.start, period.end)
        protection, forced = protect_jointly(
            period.start,
            period.end,
            layout.values,
            k,
            earlier,
            run,
            layout.activities,
            layout.singles,
            [(e.total, e.parts) for b in layout.blocks for e in b.equations],
            [(a.smaller, a.larger) for a in layout.links],
        )
    else:
        protection = run(())
    tables, series, positions = layout.publish(protection)
    figures = layout.figures_published(protection, positions)
    withheld_titles = [t.title for t in layout.tables if t.block in protection.withheld]
    withheld_titles += [x.title for x in layout.series if x.block in protection.withheld]
    withheld_titles += [
        f.label for f in layout.figures if f.count is not None and f.count not in protection.states
    ]
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
    text = fill(
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
        ),
        str(k - 1),
        str(k),
        str(2 * k),
    )
    if forced:
        text += " " + fill(
            QCoreApplication.translate(
                "reports",
                "%1 further counts are hidden because earlier exports of this or an "
                "overlapping period showed or hid them: compared with those, they would "
                "reveal fewer than %2 people.",
            ),
            str(forced),
            str(k),
        )
    if withheld:
        text += " " + fill(
            QCoreApplication.translate("reports", "Not published for this period: %1."),
            "; ".join(withheld),
        )
    return text
