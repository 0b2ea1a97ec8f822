"""Disclosure control: which counts of a summary are published, and which are hidden.

The report is one system of counts. Each count has a key that names what it counts
("people.age.18-24.new"); a count that appears in two tables (a grand total shared by the
age table and the district table, held consultations in three tables and the monthly
series) has one key, so it is one unknown for whoever reads the report. Every table
declares the sums it shows (`Equation`: total = sum of parts) and the report declares
the "no more than" links between its populations (`AtMost`: women with a consultation
<= consultations held).

The rules:
- primary suppression: a count from 1 to k-1 is shown as "<k";
- complementary suppression: further counts (each at least k, shown as "×") are hidden
  until every "<k" count is protected;
- a table whose "<k" counts cannot be protected at all (four women, four different
  referring bodies, k = 5: every count must be 1) is withheld as a whole.

Protection criterion. The reader is assumed to know everything the report shows, every
declared sum and link, that counts are whole numbers, that a "<k" count lies in 1..k-1
and that a "×" count is at least k (they are never chosen below k). A "<k" count is
protected when at least two values are consistent with all of that. `protect` proves it
for each "<k" count by constructing a second table that fits the same report: a
change of +1 or -1 of the count, balanced by changes of ±1 of other hidden counts, that
keeps every shown figure, every sum, every link and every bound. Cells are added to the
hidden set only as that construction needs them, cheapest (smallest count) first, so
the same counts always give the same pattern. tests/test_disclosure.py plays the reader
with integer linear programming over the whole report and checks the criterion.

Statistics (means, medians, percentages) are not part of the system: `statistic_shown`
withholds one computed over fewer than 2k people.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..errors import InvalidInput
from .model import CellState

MIN_K = 3
MAX_K = 50  # as settings.report_k
MAX_NEW_CELLS = 8  # complementary cells one "<k" count may need, at most
NODE_BUDGET = 20_000  # search steps for one "<k" count before its table is withheld


@dataclass(frozen=True)
class Equation:
    """`total` = sum of `parts`, as a table shows it."""

    total: str
    parts: tuple[str, ...]


@dataclass(frozen=True)
class AtMost:
    """`smaller` <= `larger`: one population is part of the other."""

    smaller: str
    larger: str


@dataclass(frozen=True)
class Block:
    """What one table (or chart series) publishes: its cells and the sums it shows. A
    block is withheld as a whole or not at all."""

    key: str
    cells: tuple[str, ...]
    equations: tuple[Equation, ...] = ()


class Unprotectable(Exception):
    """A count outside every table that no second value can be found for (only a count
    forced hidden by an earlier release can be; reports/releases.py refuses the export)."""

    def __init__(self, key: str):
        super().__init__(key)  # a count key, never a person's data
        self.key = key


@dataclass(frozen=True)
class Protection:
    states: Mapping[str, CellState]  # every published count
    withheld: frozenset[str]  # keys of blocks not published at all
    equations: tuple[Equation, ...]  # the sums of the published blocks
    links: tuple[AtMost, ...]  # the links between published counts
    # counts hidden because of earlier releases (reports/releases.py), protected like "<k"
    forced: frozenset[str] = frozenset()
    activities: frozenset[str] = frozenset()  # counts of things, published as they are


def check_k(k: object) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or k < MIN_K:
        raise InvalidInput(
            QCoreApplication.translate(
                "reports", "The disclosure threshold k must be a whole number of at least 3."
            ),
            "k",
        )
    if k > MAX_K:
        raise InvalidInput(
            QCoreApplication.translate("reports", "The disclosure threshold k can be at most 50."),
            "k",
        )
    return k


def statistic_shown(people: int, k: int) -> bool:
    """Means, medians and percentages are shown only over at least 2k people."""
    return people >= 2 * k


def is_primary(value: int, k: int) -> bool:
    return 0 < value < k


def protect(
    values: Mapping[str, int],
    blocks: Sequence[Block],
    singles: Iterable[str] = (),
    links: Iterable[AtMost] = (),
    k: int = 5,
    *,
    complementary: bool = True,
    hidden: Iterable[str] = (),
    activities: Iterable[str] = (),
    known: Mapping[str, tuple[float, float]] | None = None,
) -> Protection:
    """The suppression pattern of one report. `singles` are counts published on their
        own (headline figures); they may also appear in blocks. `hidden` are counts that must
        be hidden and protected like "<k" counts whatever their value (earlier releases force
        them, see releases.py). `activities` count things, not people (events held, course
    sessions, partner organisations): never "<k" themselves, hidden only as complementary
    cells when a people count needs them. `known` is what earlier releases already tell
    the reader of a count (its range, releases.protect_jointly): a second table must keep
    every count inside it, so a count an earlier release showed never serves as a
    complementary cell. `complementary=False` gives primary suppression only (for tests
    that show why more is needed)."""
    k = check_k(k)
    singles = tuple(dict.fromkeys(singles))
    links = tuple(links)
    activities = frozenset(activities)
    withheld: set[str] = set()
    while True:
        active = [b for b in blocks if b.key not in withheld]
        published = tuple(dict.fromkeys([c for b in active for c in b.cells] + list(singles)))
        equations = tuple(dict.fromkeys(e for b in active for e in b.equations))
        shown = set(published)
        for e in equations:
            missing = [c for c in (e.total, *e.parts) if c not in shown]
            if missing:
                raise ValueError(f"equation over unpublished counts: {missing}")
        live_links = tuple(a for a in links if a.smaller in shown and a.larger in shown)
        solver = _Solver(
            values, published, equations, live_links, k, singles, activities, known or {}
        )
        forced = solver.force(hidden)
        stuck = None
        if complementary:
            stuck = next((p for p in solver.primaries if not solver.protect(p)), None)
        if stuck is None:
            return Protection(
                dict(solver.state),
                frozenset(withheld),
                equations,
                live_links,
                forced,
                activities & frozenset(solver.values),
            )
        # Withhold the tables whose sums pin it; failing that (a headline figure pinned
        # through its links), the tables that publish what it is linked to.
        tied = {stuck} | {
            x for a in live_links if stuck in (a.smaller, a.larger) for x in (a.smaller, a.larger)
        }
        for near in ({stuck}, tied):
            culprits = {
                b.key for b in active if any(near & {e.total, *e.parts} for e in b.equations)
            }
            if culprits:
                break
        else:
            culprits = {b.key for b in active if tied & set(b.cells)}
        if not culprits:  # a count forced hidden by an earlier release, pinned by links
            raise Unprotectable(stuck)
        withheld |= culprits


class _Solver:
    """Finds, for one "<k" count, a second table consistent with the report (see the
    module docstring), hiding further cells when it must."""

    def __init__(
        self,
        values: Mapping[str, int],
        published: tuple[str, ...],
        equations: tuple[Equation, ...],
        links: tuple[AtMost, ...],
        k: int,
        headline: tuple[str, ...] = (),
        activities: frozenset[str] = frozenset(),
        known: Mapping[str, tuple[float, float]] | None = None,
    ):
        self.k = k
        self.known = known or {}
        self.values = {key: int(values[key]) for key in published}
        self.order = {key: i for i, key in enumerate(published)}
        self.state = {
            key: CellState.PRIMARY
            if is_primary(v, k) and key not in activities
            else CellState.SHOWN
            for key, v in self.values.items()
        }
        self.primaries = [key for key in published if self.state[key] is CellState.PRIMARY]
        # each equation as {cell: coefficient}: parts +1, total -1
        self.coefs: list[dict[str, int]] = []
        for e in equations:
            coef = dict.fromkeys(e.parts, 1)
            coef[e.total] = coef.get(e.total, 0) - 1
            self.coefs.append(coef)
        self.eqs_of: dict[str, list[int]] = {key: [] for key in published}
        for i, coef in enumerate(self.coefs):
            for key in coef:
                self.eqs_of[key].append(i)
        # What hiding a count costs the reader, beyond its size: a total more than a
        # cell inside a table, a headline figure most.
        totals = {e.total for e in equations}
        self.cost = {key: 2 if key in headline else 1 if key in totals else 0 for key in published}
        self.spare = True  # headline figures are not hidden while another way exists
        self.links_of: dict[str, list[AtMost]] = {key: [] for key in published}
        for link in links:
            self.links_of[link.smaller].append(link)
            self.links_of[link.larger].append(link)

    def force(self, keys: Iterable[str]) -> frozenset[str]:
        """Hide `keys` (those published and above 0) and protect them as "<k" counts;
        the ones this changes (not already "<k")."""
        out = []
        for key in dict.fromkeys(keys):
            if key not in self.values or self.values[key] == 0:
                continue
            if self.state[key] is CellState.SHOWN:
                out.append(key)
                self.state[key] = CellState.COMPLEMENTARY
                self.primaries.append(key)
        return frozenset(out)

    # --- one "<k" count ------------------------------------------------------------------

    def protect(self, p: str) -> bool:
        """First without hiding a headline figure; only if that fails, with."""
        self.nodes = 0
        for spare in (True, False):
            self.spare = spare
            if self._protect(p):
                return True
            if self.nodes > NODE_BUDGET:
                return False
        return False

    def _protect(self, p: str) -> bool:
        signs = [s for s in (1, -1) if self._fits(p, s)]
        for budget in range(MAX_NEW_CELLS + 1):
            for sign in signs:
                change = {p: sign}
                imbalance: dict[int, int] = {}
                self._apply(p, sign, imbalance)
                found = self._search(change, imbalance, [], budget)
                if found is not None:
                    for key in found:
                        self.state[key] = CellState.COMPLEMENTARY
                    return True
                if self.nodes > NODE_BUDGET:
                    return False
        return False

    def _search(
        self, change: dict[str, int], imbalance: dict[int, int], new: list[str], budget: int
    ) -> list[str] | None:
        self.nodes += 1
        if self.nodes > NODE_BUDGET:
            return None
        open_eq = min((i for i, v in imbalance.items() if v), default=None)
        if open_eq is not None:
            need = -1 if imbalance[open_eq] > 0 else 1  # what the next change must add
            # coefficients are +1 or -1: the step that adds `need`
            moves = [(key, need * c) for key, c in self.coefs[open_eq].items()]
        else:
            broken = self._broken_link(change)
            if broken is None:
                return list(new)
            # the smaller count goes down, or the larger one up
            moves = [(broken.smaller, -1), (broken.larger, 1)]
        candidates = []
        for key, step in moves:
            if key in change:
                continue
            hidden = self.state[key] is not CellState.SHOWN
            if hidden and self._fits(key, step):
                candidates.append((0, self.values[key], self.order[key], key, step))
            elif (
                not hidden
                and len(new) < budget
                and not (self.spare and self.cost[key] == 2)
                and self._fits_if_hidden(key, step)
            ):
                candidates.append(
                    (1 + self.cost[key], self.values[key], self.order[key], key, step)
                )
        for rank, _value, _pos, key, step in sorted(candidates):
            change[key] = step
            self._apply(key, step, imbalance)
            if rank:  # a cell not hidden yet
                new.append(key)
            found = self._search(change, imbalance, new, budget)
            if rank:  # a cell not hidden yet
                new.pop()
            self._apply(key, -step, imbalance)
            del change[key]
            if found is not None or self.nodes > NODE_BUDGET:
                return found
        return None

    # --- helpers -------------------------------------------------------------------------

    def _apply(self, key: str, step: int, imbalance: dict[int, int]) -> None:
        for i in self.eqs_of[key]:
            imbalance[i] = imbalance.get(i, 0) + self.coefs[i][key] * step

    def _fits(self, key: str, step: int) -> bool:
        """Whether a hidden count may move by `step` within what the reader knows of it."""
        value = self.values[key] + step
        if not self._known(key, value):
            return False
        if self.state[key] is CellState.PRIMARY:
            return 1 <= value <= self.k - 1
        return value >= self.k

    def _fits_if_hidden(self, key: str, step: int) -> bool:
        value = self.values[key] + step
        return self.values[key] >= self.k and value >= self.k and self._known(key, value)

    def _known(self, key: str, value: int) -> bool:
        low, high = self.known.get(key, (0, math.inf))
        return low <= value <= high

    def _broken_link(self, change: dict[str, int]) -> AtMost | None:
        for key in change:
            for link in self.links_of[key]:
                small = self.values[link.smaller] + change.get(link.smaller, 0)
                large = self.values[link.larger] + change.get(link.larger, 0)
                if small > large:
                    return link
        return None
