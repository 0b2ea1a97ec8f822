"""Protection across releases: what earlier exports showed and hid, and what that
forces a new export to hide.

One summary on its own is protected by `disclosure.protect`. Several summaries read
together are not: two releases of nested periods subtract to the people of the
difference, and the same period released twice with different patterns (another k, data
entered late) gives away what one of them hid. So every export stores each of its
counts, the true value and the state it was released in, in `released_cells` (inside the
encrypted database), and a new export is checked against every earlier release of
its calendar years (`protect_jointly`):

- the same period: the data must not have changed since (else the export is refused,
  naming the earlier release: the two would subtract to the change); every count hidden
  then is hidden now and every table withheld then is withheld now, so the new release
  shows nothing the earlier one did not, and an identical request gives an identical
  release;
- nested periods (a month in its quarter, a quarter in its half-year or year, either
  order): for a count in both, the difference d = larger - smaller counts people of the
  days in one period and not in the other. When d is 1..k-1 while both would be shown,
  or d is below k while the earlier release hid the count, the new release hides the
  count and protects it like a "<k" count (a second consistent value must exist);
- sums of several releases (three months against their quarter, two quarters against
  their half-year, a quarter and two of its months leaving the third): release_audit
  reads each count across every released period of the year. The new release's second
  tables stay inside what the earlier releases tell of each count; a count the new
  release would give away (recompute a hidden count, or narrow a rest or difference
  into 1..k-1) is hidden, or its tables withheld when it is hidden already; a headline
  figure that cannot be protected so refuses the export, naming an earlier release.

- every release at once (joint_audit): each release's own sums and links together with
  every count's relations across periods, in one linear programme; a hidden count that
  programme pins, or a count formed by subtracting (a period's rest, the difference of
  two nested periods) whose range it squeezes into 1..k-1, and that no release gave away
  before, is given back by hiding the smallest shown count of the new release it shares
  a sum with (one at a time, then everything is read again), or the export is refused
  naming the earlier release.

What it does not cover: the tests play the joint reader with integer programming and
find nothing pinned and nothing narrowed in their random sequences, which is evidence,
not proof (the programme's extremes are exact for these sums over nested families, and
rounded inwards where they might not be). Releases made before migration 0009 (no stored
cells) are not read. The threshold k is one per database: the administrator's setting,
but never below the largest k already released (raising it keeps protecting what was
released).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from shelter_app.i18n import fill

from ..errors import InvalidInput
from ..settings import read_settings
from ..storage.schema import AuditEntry, ReleasedCell
from . import joint_audit
from .disclosure import Protection, Unprotectable
from .model import CellState
from .release_audit import View, audit_key, known_range, within

EXPORTED = "summary.exported"


@dataclass(frozen=True)
class Release:
    """An earlier export, with the counts it released (empty before migration 0009)."""

    seq: int
    start: date
    end: date
    k: int
    format: str
    language: str
    at: str  # ISO date of the export, for messages
    values: Mapping[str, int]
    hidden: frozenset[str]
    states: Mapping[str, CellState] = field(default_factory=dict)

    def view(self) -> View:
        return View(self.seq, self.start, self.end, self.k, self.values, self.states)


class ReleaseBlocked(InvalidInput):
    """The export would let an earlier release's hidden counts be worked out."""


def effective_k(s: Session) -> int:
    """The database's one k: the administrator's setting, raised to the largest k any
    earlier export used (lowering the setting never reveals what a higher k hid)."""
    k = read_settings(s).report_k
    for detail in s.scalars(select(AuditEntry.detail).where(AuditEntry.action == EXPORTED)):
        k = max(k, int(json.loads(detail or "{}").get("k", k)))
    return k


def overlapping(s: Session, start: date, end: date) -> list[Release]:
    """Earlier exports whose period shares at least one day with `start`..`end`."""
    return [e for e in same_years(s, start, end) if not (e.start > end or e.end < start)]


def same_years(s: Session, start: date, end: date, site_id: int | None = None) -> list[Release]:
    """Earlier exports whose period lies in the calendar years of `start`..`end`: every
    release a sum of releases could combine with this one (fixed periods never cross a
    year's end). The site is part of a release's scope: only releases of the same site
    (None: of all sites) are read. A per-site release publishes counts of things only
    (reports/site_figures.py says why), so nothing of it needs joint protection, and it
    must not be read as a second, different release of the all-sites period."""
    first_day, last_day = date(start.year, 1, 1), date(end.year, 12, 31)
    out = []
    for entry in s.scalars(
        select(AuditEntry).where(AuditEntry.action == EXPORTED).order_by(AuditEntry.seq)
    ):
        d = json.loads(entry.detail or "{}")
        if d.get("site_id") != site_id:
            continue
        first, last = date.fromisoformat(d["start"]), date.fromisoformat(d["end"])
        if first > last_day or last < first_day:
            continue
        cells = s.execute(
            select(ReleasedCell.key, ReleasedCell.value, ReleasedCell.state).where(
                ReleasedCell.release_seq == entry.seq
            )
        ).all()
        out.append(
            Release(
                seq=entry.seq,
                start=first,
                end=last,
                k=int(d["k"]),
                format=str(d.get("format", "")),
                language=str(d.get("language", "")),
                at=entry.at.date().isoformat(),
                values={key: value for key, value, _ in cells},
                hidden=frozenset(key for key, _, state in cells if state != CellState.SHOWN),
                states={key: CellState(state) for key, _, state in cells},
            )
        )
    return out


def forced_hidden(
    start: date, end: date, values: Mapping[str, int], earlier: Iterable[Release], k: int
) -> dict[str, Release]:
    """The counts a new release of `start`..`end` with these true `values` must hide
    because of earlier releases, each with the (first) release that forces it.
    Raises ReleaseBlocked when an earlier release of the same period has other values."""
    forced: dict[str, Release] = {}
    earlier = list(earlier)
    for e in earlier:
        if (e.start, e.end) == (start, end) and e.values:
            # Released already (and checked then against everything before it; every
            # release since was checked against it): the same pattern again, nothing more.
            changed = [key for key, v in e.values.items() if values.get(key, 0) != v]
            if changed:
                raise ReleaseBlocked(_changed_message(e), "period")
            return {key: e for key in e.hidden if values.get(key, 0) > 0}
    for e in earlier:
        nested = (e.start <= start and end <= e.end) or (start <= e.start and e.end <= end)
        if nested:
            for key, old in e.values.items():
                new = values.get(key)
                if new is None or new == 0:
                    continue
                d = abs(new - old)
                if d < k and (d > 0 or key in e.hidden):
                    forced.setdefault(key, e)
    return forced


def protect_jointly(
    start: date,
    end: date,
    values: Mapping[str, int],
    k: int,
    earlier: Iterable[Release],
    run: Callable[[Iterable[str], Iterable[str], Mapping[str, tuple[float, float]]], Protection],
    activities: Iterable[str] = (),
    headline: Iterable[str] = (),
    sums: Iterable[tuple[str, tuple[str, ...]]] = (),
    links: Iterable[tuple[str, str]] = (),
) -> tuple[Protection, dict[str, Release]]:
    """The protection of a new release of `start`..`end` together with the `earlier`
    releases of its years (`same_years`). `run(hidden, dropped, known)` protects the
    release on its own (disclosure.protect) with the counts `hidden` forced hidden, the
    tables that hold a count of `dropped` withheld, and a second table kept inside what
    the earlier releases already tell of each count (`known`, release_audit.known_range).

    The pairwise rules of `forced_hidden` come first. Then release_audit reads the new
    release with all the earlier ones (sums of several releases included); a count it
    would newly give away is hidden if it is shown, and if it is hidden already ("<k"
    beside an earlier release that fixes the rest of its period) it is not published:
    its tables, or the `headline` figure, are withheld. (`sums` and `links`, the
    report's sums as (total, parts) and links as (smaller, larger), tell what each
    earlier release's own tables give of its hidden counts.) Repeated until nothing
    new is given away. When that would withhold more than half of the headline
    figures, the report would be destroyed: the export is refused, naming an earlier
    release it is read against. Returns the protection and the counts hidden because
    of earlier releases, each with the release that forces it."""
    earlier = list(earlier)
    activities = frozenset(activities)
    near = [e for e in earlier if not (e.start > end or e.end < start)]
    forced = forced_hidden(start, end, values, near, k)
    # counts of activities identify nobody: their differences reveal no one either
    forced = {key: e for key, e in forced.items() if key not in activities}
    dropped: dict[str, Release] = {}
    same = next((e for e in near if (e.start, e.end) == (start, end) and e.values), None)
    if same is not None:  # the counts it did not publish (tables withheld) stay out
        dropped = dict.fromkeys((key for key in values if key not in same.states), same)
    sums, links = list(sums), list(links)
    views = [within(e.view(), sums, links) for e in earlier if e.values]
    by_seq = {e.seq: e for e in earlier}
    # what the earlier releases already tell of each count of this period
    bare = View(None, start, end, k, values, {})
    told = {key for v in views for key in v.states}
    known = (
        {}
        if same is not None
        else {key: known_range(key, views, bare) for key in values if key in told}
    )
    pinned_before: list[set[joint_audit.Node]] = []

    def pinned_earlier() -> set[joint_audit.Node]:
        """What the earlier releases give away together, without the new one (asked
        only when the new one gives something away: almost never anything)."""
        if not pinned_before:
            found = joint_audit.pinned(views, sums, links, activities)
            pinned_before.append({(p.key, p.period) for p in found})
        return pinned_before[0]

    while True:
        try:
            protection = run(forced, dropped, known)
        except Unprotectable as stuck:
            # a count only earlier releases make unprotectable: forced hidden by one,
            # or with no second value inside what they tell of it: not published
            blocker = forced.get(stuck.key) or dropped.get(stuck.key)
            blocker = blocker or next((e for e in earlier if stuck.key in e.states), None)
            if blocker is None or stuck.key in dropped:
                raise
            dropped[stuck.key] = blocker
            _check_headline(dropped, headline)
            continue
        if same is not None or not views:  # the same release again: its own pattern, nothing new
            return protection, forced
        new = View(None, start, end, k, values, protection.states)
        more: dict[str, Release] = {}
        for key in protection.states:
            if key in activities:
                continue
            found = audit_key(key, [*views, new])
            before = {f.seqs for f in audit_key(key, views)} if found else set()
            found = [f for f in found if None in f.seqs or f.seqs not in before]
            if not found:  # nothing, or only what was given away before
                continue
            seqs = sorted(x for f in found for x in f.seqs if x is not None)
            blocker = by_seq[seqs[0]] if seqs else earlier[0]
            if protection.states[key] is CellState.SHOWN and values[key] > 0:
                more[key] = blocker
            else:
                dropped[key] = blocker
        if not more:
            try:
                pins = _joint_pins(views, new, pinned_earlier, sums, links, activities, values)
            except _JointBlock as block:
                blocker = by_seq.get(block.seq) if block.seq is not None else None
                raise ReleaseBlocked(blocked_message(blocker or earlier[0]), "period") from None
            more = {
                key: (by_seq[seq] if seq is not None else earlier[0]) for key, seq in pins.items()
            }
        _check_headline(dropped, headline)
        if not more and not any(key in protection.states for key in dropped):
            return protection, forced
        forced.update(more)


def _joint_pins(
    views: list[View],
    new: View,
    before: Callable[[], set[joint_audit.Node]],
    sums: list[tuple[str, tuple[str, ...]]],
    links: list[tuple[str, str]],
    activities: frozenset[str],
    values: Mapping[str, int],
) -> dict[str, int | None]:
    """What joint_audit finds the new release gives away that the earlier ones did not
    (`before()`), as the shown counts of the new release to hide for it, each with the
    earlier release it is read against: the given-away count itself when the new
    release shows it, else the smallest shown count it shares a sum with (one at a
    time: the caller asks again). When the new release shows neither, nothing it could
    hide gives the count back: the export is refused."""
    found = joint_audit.pinned([*views, new], sums, links, activities)
    if found:
        earlier_pins = before()
        found = [p for p in found if (p.key, p.period) not in earlier_pins]
    shown = {
        key
        for key, state in new.states.items()
        if state == CellState.SHOWN and values.get(key, 0) > 0 and key not in activities
    }
    out: dict[str, int | None] = {}
    for pin in found:
        seqs = sorted(x for x in pin.seqs if x is not None)
        blocker = seqs[0] if seqs else None
        siblings = {
            part
            for total, parts in sums
            if pin.key == total or pin.key in parts
            for part in (total, *parts)
        } & shown
        if pin.key in shown:
            out.setdefault(pin.key, blocker)
        elif siblings:
            out.setdefault(min(siblings, key=lambda key: (values[key], key)), blocker)
        else:
            raise _JointBlock(blocker)
    return out


class _JointBlock(Exception):
    """joint_audit found a count no hiding in the new release gives back."""

    def __init__(self, seq: int | None) -> None:
        super().__init__()
        self.seq = seq


def _check_headline(dropped: Mapping[str, Release], headline: Iterable[str]) -> None:
    """Refuse a report that would lose more than half of its headline figures."""
    headline = list(dict.fromkeys(headline))
    lost = [key for key in headline if key in dropped]
    if lost and 2 * len(lost) > len(headline):
        raise ReleaseBlocked(blocked_message(dropped[lost[0]]), "period")


def store(s: Session, seq: int, values: Mapping[str, int], states: Mapping[str, CellState]) -> None:
    """Remember every count of the release registered as audit entry `seq`."""
    s.add_all(
        ReleasedCell(release_seq=seq, key=key, value=int(values[key]), state=str(state))
        for key, state in states.items()
    )


def by_other_periods(forced: Mapping[str, Release], start: date, end: date) -> set[str]:
    """The forced counts that an earlier release of another period forces (a release of
    the same period only repeats its own pattern: nothing new to explain)."""
    return {key for key, e in forced.items() if (e.start, e.end) != (start, end)}


def blocked_message(e: Release) -> str:
    """Why a release cannot be made: an earlier one it would be read against."""
    return fill(
        QCoreApplication.translate(
            "reports",
            "This report cannot be protected together with the report of %1 exported on "
            "%2 (%3): read side by side, they would reveal a count of fewer than k "
            "people. Choose a longer period that contains both, or use that report.",
        ),
        _period_text(e),
        e.at,
        e.format.upper(),
    )


def _period_text(e: Release) -> str:
    return f"{e.start.strftime('%d.%m.%Y')} – {e.end.strftime('%d.%m.%Y')}"


def _changed_message(e: Release) -> str:
    return fill(
        QCoreApplication.translate(
            "reports",
            "The figures of this period changed after it was exported on %1 (%2, %3): a "
            "second, different release of the same period would let the change be worked "
            "out. Use the file released then (the register keeps its SHA-256).",
        ),
        e.at,
        e.format.upper(),
        e.language,
    )
