"""The reader of every release, count by count: what the released periods of one count
let her work out together, sums of several releases included.

Fixed periods nest (months in quarters in half-years in years), so the released periods
of one count form a forest: each period's children are the largest released periods
inside it. For every period with its children the reader knows one relation, if the
true data satisfy it (she is credited with knowing which counts add up over time):

- additive: period = sum of its children + the rest, the rest being the people (or
  consultations, ...) of the days no child covers; the rest is 0 when the children cover
  the period (three months and their quarter, two quarters and their half-year);
- otherwise (people counted once however many months they came in, and some came in
  two of the children) only: no child exceeds its period, the difference being the
  people of the period not seen in that child.

Released counts are shown (one value), "<k" (1..k-1) or hidden "×" (at least k). Every
relation is a sum with coefficients of +1 and -1 over a forest, so bounds propagation
gives the exact range of every count and of every rest or difference (the constraints
form a tree: consistent bounds are the projections of the integer solutions). A
finding is a hidden count whose range is a single value (recomputed), or a rest or
difference that is truly 1..k-1 and whose range lies inside 1..k-1 (narrowed) and is
not all of it: a range of exactly 1..k-1 tells what a "<k" cell tells, no more (as a
released "<k" would; January "<3" in a quarter of 3 gives February–March 1 or 2).

The relations the reader also has inside each release (a table's total) are not in this
audit; `disclosure.protect` protects each release against them, and
tests/test_release_sequences.py plays the reader with integer programming over both.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .model import CellState

ABSOLUTE = re.compile(r"\d{4}-\d{2}")  # a count named for its month: the same in every period
MAX_ROUNDS = 60
MAX_TRIED = 60  # values of a count tried one by one for the range of a difference
_FREE = "free"  # a count of the release being made, before its state is chosen


@dataclass(frozen=True)
class View:
    """One release (or the one being made, `seq` None) as the reader has it."""

    seq: int | None
    start: date
    end: date
    k: int
    values: Mapping[str, int]
    states: Mapping[str, str]  # CellState, or _FREE
    # what the release's own sums tell of its hidden counts (`within`), if known
    bounds: Mapping[str, tuple[float, float]] | None = None


def within(
    view: View,
    sums: Iterable[tuple[str, tuple[str, ...]]],
    links: Iterable[tuple[str, str]] = (),
) -> View:
    """`view` with the ranges its own sums (total, parts) and links (smaller, larger)
    give its hidden counts: the reader's start for each count of that release (bounds
    propagation: never narrower than what she can know)."""
    system = _System()
    var: dict[str, int] = {}
    for key, state in view.states.items():
        value = float(view.values[key])
        if state == CellState.SHOWN:
            var[key] = system.add(value, value)
        elif state == CellState.PRIMARY:
            var[key] = system.add(1.0, float(view.k - 1))
        else:
            var[key] = system.add(float(view.k), math.inf)
    for total, parts in sums:
        if total in var and all(p in var for p in parts):
            coefs = {var[total]: -1}
            for p in parts:
                coefs[var[p]] = coefs.get(var[p], 0) + 1
            system.equal(coefs)
    for smaller, larger in links:
        if smaller in var and larger in var:
            system.equal({var[smaller]: 1, var[larger]: -1, system.add(0.0, math.inf): 1})
    system.propagate()
    bounds = {key: (system.low[x], system.high[x]) for key, x in var.items()}
    return View(view.seq, view.start, view.end, view.k, view.values, view.states, bounds)


@dataclass(frozen=True)
class Finding:
    key: str
    seqs: frozenset[int | None]  # the releases whose counts give it away


@dataclass
class _Node:
    start: date
    end: date
    value: int
    low: float
    high: float
    hidden: bool
    seqs: set[int | None]

    def contains(self, other: _Node) -> bool:
        return self.start <= other.start and other.end <= self.end and self is not other


def exposed(views: Iterable[View]) -> list[Finding]:
    """Every count of `views` that they give away together (see the module docstring)."""
    views = list(views)
    keys = dict.fromkeys(key for v in views for key in v.states)
    out = []
    for key in keys:
        out.extend(audit_key(key, views))
    return out


def known_range(key: str, views: list[View], new: View) -> tuple[float, float]:
    """What `views` tell the reader of `key` in the period of `new` (whose own state
    does not count): the range she can place it in, from 0 to infinity when nothing."""
    free = View(None, new.start, new.end, new.k, new.values, {key: _FREE})
    ranges: dict[int | None, tuple[float, float]] = {}
    audit_key(key, [*views, free], ranges)
    return ranges.get(None, (0.0, math.inf))


def audit_key(
    key: str, views: list[View], ranges: dict[int | None, tuple[float, float]] | None = None
) -> list[Finding]:
    """The findings for `key`; `ranges` (if given) receives the range of each release's
    count, by release."""
    nodes = _nodes(key, views)
    if len(nodes) == 1 and ranges is not None:
        ranges.update(dict.fromkeys(nodes[0].seqs, (nodes[0].low, nodes[0].high)))
    if len(nodes) < 2:
        return [Finding(key, frozenset(n.seqs)) for n in nodes if n.hidden and n.low == n.high]
    system = _System()
    var = {id(n): system.add(n.low, n.high) for n in nodes}
    targets: list[tuple[int, frozenset[int | None]]] = []  # rests and differences, small
    hidden: dict[int, _Node] = {var[id(n)]: n for n in nodes if n.hidden}
    k = max(v.k for v in views)  # the largest k released protects everything
    if not ABSOLUTE.search(key):
        for parent in nodes:
            children = _children(parent, nodes)
            if not children:
                continue
            seqs = frozenset(parent.seqs.union(*(c.seqs for c in children)))
            rest = parent.value - sum(c.value for c in children)
            days = sum((c.end - c.start).days + 1 for c in children)
            covered = days == (parent.end - parent.start).days + 1
            disjoint = all(
                a.end < b.start or b.end < a.start
                for i, a in enumerate(children)
                for b in children[i + 1 :]
            )
            if disjoint and rest >= 0 and (rest == 0 or not covered):
                r = system.add(0, 0 if covered else math.inf)
                system.equal({var[id(parent)]: 1, r: -1, **{var[id(c)]: -1 for c in children}})
                if 0 < rest < k and any(c.value for c in children):
                    targets.append((r, seqs))  # (the rest of zeros is the period's own count)
                continue
            for c in children:
                d = parent.value - c.value
                if d < 0:
                    continue  # the count shrinks as the period grows: no relation
                s = system.add(0, math.inf)
                system.equal({var[id(parent)]: 1, var[id(c)]: -1, s: -1})
                if 0 < d < k and c.value:
                    targets.append((s, frozenset(parent.seqs | c.seqs)))
    system.propagate()
    if ranges is not None:
        for n in nodes:
            for seq in n.seqs:
                ranges[seq] = (system.low[var[id(n)]], system.high[var[id(n)]])
    out = []
    for x, node in hidden.items():
        if system.low[x] == system.high[x]:
            out.append(Finding(key, frozenset(node.seqs)))
    for big, small in [] if ABSOLUTE.search(key) else _nested_pairs(nodes):
        # the difference of two nested periods (a half-year and a month in it): its
        # exact range, one value of the smaller count at a time
        if not 0 < big.value - small.value < k:
            continue
        span = _difference(system, var[id(big)], var[id(small)])
        if span is None or _narrowed(*span, k):
            out.append(Finding(key, frozenset(big.seqs | small.seqs)))
    for x, seqs in targets:
        low, high = system.low[x], system.high[x]
        if _narrowed(low, high, k):
            out.append(Finding(key, seqs))
    return out


def _narrowed(low: float, high: float, k: int) -> bool:
    """Inside 1..k-1 and not all of it (all of it is what a "<k" cell says)."""
    return low >= 1 and high <= k - 1 and (low, high) != (1, k - 1)


def _nested_pairs(nodes: list[_Node]) -> list[tuple[_Node, _Node]]:
    """(period, a period inside it), with people in the smaller one."""
    return [(a, d) for a in nodes for d in nodes if a.contains(d) and d.value > 0]


def _difference(system: _System, a: int, d: int) -> tuple[float, float] | None:
    """The range of x[a] - x[d] over the solutions of `system` (propagated), or None
    when the smaller count may take too many values to try (then it counts as given
    away: the cautious side)."""
    low, high = system.low[d], system.high[d]
    if high - low > MAX_TRIED:
        return None
    spans = []
    for value in range(int(low), int(high) + 1):
        trial = system.copy()
        trial.low[d] = trial.high[d] = float(value)
        if trial.propagate():
            spans.append((trial.low[a] - value, trial.high[a] - value))
    if not spans:  # cannot happen (the true values are a solution): the cautious side
        return None
    return min(x for x, _ in spans), max(y for _, y in spans)


def _nodes(key: str, views: list[View]) -> list[_Node]:
    """One node per released period of `key` (one in all for a count named for its
    month), with what the reader knows of it: the intersection over its releases."""
    nodes: dict[tuple[date, date], _Node] = {}
    for v in views:
        state = v.states.get(key)
        if state is None:
            continue
        value = int(v.values[key])
        where = (date.min, date.min) if ABSOLUTE.search(key) else (v.start, v.end)
        if state == _FREE:
            low, high = 0.0, math.inf
        elif state == CellState.SHOWN:
            low, high = float(value), float(value)
        elif state == CellState.PRIMARY:
            low, high = 1.0, float(v.k - 1)
        else:
            low, high = float(v.k), math.inf
        if v.bounds is not None and key in v.bounds:
            low, high = max(low, v.bounds[key][0]), min(high, v.bounds[key][1])
        node = nodes.get(where)
        if node is None:
            nodes[where] = _Node(
                v.start, v.end, value, low, high, state not in (CellState.SHOWN, _FREE), {v.seq}
            )
        else:
            node.low, node.high = max(node.low, low), min(node.high, high)
            node.hidden = node.hidden and state not in (CellState.SHOWN, _FREE)
            node.seqs.add(v.seq)
    return list(nodes.values())


def _children(parent: _Node, nodes: list[_Node]) -> list[_Node]:
    """The largest periods of `nodes` inside `parent`."""
    inside = [n for n in nodes if parent.contains(n)]
    return [n for n in inside if not any(m.contains(n) for m in inside)]


class _System:
    """Integer variables with bounds, and equations sum(coef * x) = 0 with coefficients
    +1/-1; `propagate` tightens the bounds until nothing changes."""

    def __init__(self) -> None:
        self.low: list[float] = []
        self.high: list[float] = []
        self.equations: list[dict[int, int]] = []

    def add(self, low: float, high: float) -> int:
        self.low.append(low)
        self.high.append(high)
        return len(self.low) - 1

    def equal(self, coefs: Mapping[int, int]) -> None:
        self.equations.append(dict(coefs))

    def copy(self) -> _System:
        other = _System()
        other.low, other.high, other.equations = list(self.low), list(self.high), self.equations
        return other

    def propagate(self) -> bool:
        """Tighten the bounds; False when they leave no solution."""
        for _ in range(MAX_ROUNDS):
            changed = False
            for eq in self.equations:
                for x, c in eq.items():
                    # c * x = -sum(others): the others' range bounds x
                    lo = hi = 0.0
                    for y, d in eq.items():
                        if y == x:
                            continue
                        a, b = (
                            (self.low[y], self.high[y]) if d > 0 else (-self.high[y], -self.low[y])
                        )
                        lo, hi = lo + a, hi + b
                    new_lo, new_hi = (-hi, -lo) if c > 0 else (lo, hi)
                    if new_lo > self.low[x]:
                        self.low[x], changed = new_lo, True
                    if new_hi < self.high[x]:
                        self.high[x], changed = new_hi, True
                    if self.low[x] > self.high[x]:
                        return False
            if not changed:
                return True
        return True
