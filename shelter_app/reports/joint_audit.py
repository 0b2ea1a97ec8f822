"""The reader of every release at once: each release's own sums and links together with
every count's relations across periods, in one system (issue 17).

release_audit reads count by count (with each release's sums only as starting bounds),
which misses what only the two kinds of relation give together: the all-no-shows of a
month equal its psychological plus legal no-shows, and each of those adds up over the
months of the quarter; the month's hidden psychological count can then follow from
the quarter's shown counts and the other months, with no single count giving it away.

Here every (period, count) the releases name is one variable, bounded by what its
releases show ("<k": 1..k-1, hidden: k or more); the relations are release_audit's
across periods (a period is the sum of its children plus a rest, or no smaller than a
period inside it) and each release's sums and links. A hidden count is given away when
the least and the most it can be, over the solutions of the system, leave one whole
number; a count formed by subtracting (a period's rest beyond its released parts, the
difference of two nested periods) is narrowed when its range lies inside 1..k-1 and is
not all of it. Those extremes are linear programmes (HiGHS through SciPy). The relations are
sums with coefficients +1/-1 over two nested families (periods inside periods, parts
inside totals), for which a programme's extremes are whole numbers of an integer
solution; rounding the extremes inwards keeps the answer exact where that fails.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components

from .model import CellState
from .release_audit import ABSOLUTE, View

Where = tuple[date, date]  # a period; (date.min, date.min) for a count named for its month
Node = tuple[str, Where]


@dataclass(frozen=True)
class Pin:
    """A hidden count given away: the count, its period and the releases that hold it."""

    key: str
    period: Where
    seqs: frozenset[int | None]
    narrowed: bool = False  # a count formed by subtracting, inside 1..k-1 (not pinned)


CAP = 1e6
MAX_SWEEPS = 16  # programmes over many hidden counts at once, before one per count


class _Programme:
    """Variables with bounds, and relations low <= sum(coef * x) <= high."""

    def __init__(self) -> None:
        self.low: list[float] = []
        self.high: list[float] = []
        self.rows: list[tuple[dict[int, int], float, float]] = []

    def add(self, low: float, high: float) -> int:
        self.low.append(low)
        self.high.append(high)
        return len(self.low) - 1

    def relate(self, coefs: Mapping[int, int], low: float, high: float) -> None:
        self.rows.append((dict(coefs), low, high))

    def solver(self, truth: np.ndarray) -> _Solver:
        return _Solver(self, truth)


class _Solver:
    """The programme's matrix built once, for many objectives."""

    def __init__(self, prog: _Programme, truth: np.ndarray) -> None:
        n = len(prog.low)
        data, rows, cols = [], [], []
        upper: list[float] = []
        # low <= a.x <= high as two rows of a.x <= b
        for coefs, low, high in prog.rows:
            for sign, bound in ((1, high), (-1, -low)):
                if math.isinf(bound):
                    continue
                r = len(upper)
                for v, c in coefs.items():
                    data.append(sign * c)
                    rows.append(r)
                    cols.append(v)
                upper.append(bound)
        self.n = n
        self.a_ub = (
            coo_matrix((data, (rows, cols)), shape=(len(upper), n)).tocsr() if upper else None
        )
        self.b_ub = np.array(upper) if upper else None
        # "k or more" capped far above the data, so that every programme has a least
        # value (a solution under the cap is a solution without it)
        self.bounds = [
            (lo, min(hi, t + CAP)) for lo, hi, t in zip(prog.low, prog.high, truth, strict=True)
        ]
        # The system falls apart into independent parts (a count of one kind is never
        # related to another kind's); an objective over a few parts is solved on those
        # alone, the rest staying at the true values, which solve them.
        self.truth = truth
        if self.a_ub is None:
            self.part = np.arange(n)
            self.row_part = np.zeros(0, dtype=int)
        else:
            # a part is known by any variable of the relation: one whose coefficient
            # came to 0 (a total that is also one of its parts) is no variable of it
            self.a_ub.eliminate_zeros()
            pattern = abs(self.a_ub)
            _, self.part = connected_components(pattern.T @ pattern, directed=False)
            starts, filled = self.a_ub.indptr[:-1], np.diff(self.a_ub.indptr) > 0
            first = self.a_ub.indices[np.minimum(starts, max(self.a_ub.nnz - 1, 0))]
            # a relation left with no variable (0 <= bound, true of the data) is no part's
            self.row_part = np.where(filled, self.part[first], -1)
        self._pieces: dict[tuple[int, ...], _Piece] = {}

    def _piece(self, parts: tuple[int, ...]) -> _Piece:
        piece = self._pieces.get(parts)
        if piece is None:
            cols = np.flatnonzero(np.isin(self.part, parts))
            rows = np.flatnonzero(np.isin(self.row_part, parts))
            a_ub = b_ub = None
            if self.a_ub is not None and self.b_ub is not None and len(rows):
                a_ub, b_ub = self.a_ub[rows][:, cols], self.b_ub[rows]
            piece = _Piece(cols, a_ub, b_ub, [self.bounds[c] for c in cols])
            if len(parts) == 1:  # one count's programmes ask for the same part again
                self._pieces[parts] = piece
        return piece

    def solution(self, objective: np.ndarray) -> np.ndarray | None:
        """A solution with the least `objective`, or None when there is none (the true
        data rule that out: the caller counts it as given away, the cautious side)."""
        parts = tuple(np.unique(self.part[np.flatnonzero(objective)]).tolist())
        if not parts:
            return self.truth.copy()
        piece = self._piece(parts)
        result = linprog(
            objective[piece.cols],
            A_ub=piece.a_ub,
            b_ub=piece.b_ub,
            bounds=piece.bounds,
            method="highs",
        )
        if result.status != 0:
            return None
        found = self.truth.copy()
        found[piece.cols] = result.x
        return found


@dataclass(frozen=True)
class _Piece:
    """Some independent parts of the system: their variables, relations and bounds."""

    cols: np.ndarray
    a_ub: csr_matrix | None
    b_ub: np.ndarray | None
    bounds: list[tuple[float, float]]


def pinned(
    views: Iterable[View],
    sums: Iterable[tuple[str, tuple[str, ...]]] = (),
    links: Iterable[tuple[str, str]] = (),
    activities: Iterable[str] = (),
) -> list[Pin]:
    """Every hidden count of `views` that they give away together."""
    views = list(views)
    activities = frozenset(activities)
    sums, links = list(sums), list(links)
    prog = _Programme()
    var: dict[Node, int] = {}
    hidden: dict[Node, bool] = {}
    seqs: dict[Node, set[int | None]] = {}
    value: dict[Node, int] = {}
    for v in views:
        for key, state in v.states.items():
            where: Where = (date.min, date.min) if ABSOLUTE.search(key) else (v.start, v.end)
            if state == CellState.SHOWN:
                low, high = float(v.values[key]), float(v.values[key])
            elif state == CellState.PRIMARY:
                low, high = 1.0, float(v.k - 1)
            else:
                low, high = float(v.k), math.inf
            node = (key, where)
            if node not in var:
                var[node] = prog.add(low, high)
                hidden[node] = state != CellState.SHOWN
                seqs[node] = set()
                value[node] = int(v.values[key])
            else:
                x = var[node]
                prog.low[x], prog.high[x] = max(prog.low[x], low), min(prog.high[x], high)
                hidden[node] = hidden[node] and state != CellState.SHOWN
            seqs[node].add(v.seq)
    # each release's own sums and links, in its period
    for v in views:
        here: Where = (v.start, v.end)

        def node_of(key: str, here: Where = here) -> int | None:
            return var.get((key, (date.min, date.min) if ABSOLUTE.search(key) else here))

        for total, parts in sums:
            found = [node_of(total), *(node_of(p) for p in parts)]
            members = [m for m in found if m is not None]
            if len(members) < len(found) or not all(k in v.states for k in (total, *parts)):
                continue
            coefs: dict[int, int] = {}
            for m, coef in zip(members, [-1] + [1] * len(parts), strict=True):
                coefs[m] = coefs.get(m, 0) + coef
            prog.relate(coefs, 0, 0)
        for smaller, larger in links:
            a, b = node_of(smaller), node_of(larger)
            if a is not None and b is not None and smaller in v.states and larger in v.states:
                prog.relate({a: 1, b: -1}, -math.inf, 0)
    # each count across periods (as release_audit, when true of the data)
    # (and the people of one period not in another, or of a period's rest: the counts a
    # reader forms by subtracting, narrowed into 1..k-1 when their range lies inside it)
    k = max((v.k for v in views), default=0)
    formed: list[tuple[Node, dict[int, int], int]] = []
    periods_of: dict[str, list[Where]] = {}
    for key, where in var:
        periods_of.setdefault(key, []).append(where)
    for key, periods in periods_of.items():
        if ABSOLUTE.search(key) or key in activities:
            continue
        for parent in periods:
            inside = [p for p in periods if _inside(p, parent)]
            children = [p for p in inside if not any(_inside(p, q) for q in inside)]
            top = value[(key, parent)]
            for c in inside:
                if top - value[(key, c)] >= 0:
                    pair = {var[(key, parent)]: 1, var[(key, c)]: -1}
                    prog.relate(pair, 0, math.inf)
                    if value[(key, c)] and 0 < top - value[(key, c)] < k:
                        formed.append(((key, parent), pair, top - value[(key, c)]))
            if len(children) < 2:
                continue
            rest = top - sum(value[(key, c)] for c in children)
            covered = sum(_days(c) for c in children) == _days(parent)
            across = {var[(key, parent)]: 1}
            for c in children:
                across[var[(key, c)]] = -1
            if rest < 0 or (covered and rest):
                if covered:
                    prog.relate(across, -math.inf, 0)
                continue
            prog.relate(across, 0, 0 if covered else math.inf)
            if 0 < rest < k and any(value[(key, c)] for c in children):
                formed.append(((key, parent), across, rest))
    # The true values are a solution. A hidden count is free as soon as one solution
    # puts it at least one away from its true value; each solution found frees every
    # count it moves, so most counts need no programme of their own.
    truth = np.zeros(len(prog.low))
    for node, x in var.items():
        truth[x] = value[node]
    todo = {node: var[node] for node, h in hidden.items() if h}
    if not todo and not formed:
        return []
    solver = prog.solver(truth)
    pool: list[np.ndarray] = [truth]
    nodes = list(todo)
    columns = np.array([todo[n] for n in nodes], dtype=int)
    moved = np.zeros(len(nodes), dtype=bool)
    unsolvable = False

    def try_(objective: np.ndarray) -> None:
        nonlocal unsolvable
        found = solver.solution(objective)
        if found is None:
            unsolvable = True
            return
        pool.append(found)
        moved[np.abs(found[columns] - truth[columns]) >= 1 - 1e-6] = True

    # Sweeps move many counts at once: all the counts not yet moved down, up, then
    # with mixed signs, as long as a sweep moves some ...
    rng = np.random.default_rng(len(truth))
    idle = 0
    for sweep in range(MAX_SWEEPS):
        left = columns[~moved]
        if not len(left) or unsolvable or idle == 2:
            break
        objective = np.zeros(len(truth))
        objective[left] = (1.0, -1.0)[sweep] if sweep < 2 else rng.choice([-1.0, 1.0], len(left))
        before = int(moved.sum())
        try_(objective)
        idle = 0 if sweep < 2 or moved.sum() > before else idle + 1
    # ... then each count not yet moved: its least, then its most
    out = []
    for i, node in enumerate(nodes):
        for sign in (1.0, -1.0):
            if moved[i] or unsolvable:
                break
            objective = np.zeros(len(truth))
            objective[columns[i]] = sign
            try_(objective)
        if not moved[i]:
            out.append(Pin(node[0], node[1], frozenset(seqs[node])))
    for node, coefs, _true in formed:
        if _narrowed(solver, pool, coefs, k) or unsolvable:
            involved = [n for n, x in var.items() if x in coefs]
            out.append(Pin(node[0], node[1], frozenset().union(*(seqs[n] for n in involved)), True))
    return out


def _narrowed(solver: _Solver, pool: list[np.ndarray], coefs: Mapping[int, int], k: int) -> bool:
    """Whether the count `coefs` forms lies inside 1..k-1 over every solution and is not
    all of it (all of it is what a "<k" cell says). The solutions found so far often
    show it is open (0, k or both ends reached) without a programme of its own."""
    vector = np.zeros(solver.n)
    for x, c in coefs.items():
        vector[x] = c
    seen = {round(float(vector @ x)) for x in pool}

    def open_(values: set[int]) -> bool:
        return min(values) <= 0 or max(values) >= k or {1, k - 1} <= values

    if open_(seen):
        return False
    for sign in (1.0, -1.0):
        found = solver.solution(sign * vector)
        if found is None:
            return True
        pool.append(found)
        value = float(vector @ found)
        seen.add(math.ceil(value - 1e-6) if sign > 0 else math.floor(value + 1e-6))
        if open_(seen):
            return False
    return True


def _inside(small: Where, big: Where) -> bool:
    return small != big and big[0] <= small[0] and small[1] <= big[1]


def _days(p: Where) -> int:
    return (p[1] - p[0]).days + 1
