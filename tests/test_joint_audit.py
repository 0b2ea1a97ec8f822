"""The joint reader of releases (reports/joint_audit.py) against a brute-force reader:
on small random sequences of releases (three months and their quarter, a total and its
two parts) every hidden count she can pin by trying every whole-number assignment is
found, and nothing else."""

from __future__ import annotations

import itertools
import random
from datetime import date

import pytest

from shelter_app.reports import joint_audit
from shelter_app.reports.model import CellState
from shelter_app.reports.release_audit import View, audit_key

K = 3
CAP = 9  # hidden counts of k or more are tried up to here (the data stay below it)
KEYS = ("total", "psy", "legal")
SUMS = [("total", ("psy", "legal"))]
PERIODS = [
    (date(2026, 1, 1), date(2026, 1, 31)),
    (date(2026, 2, 1), date(2026, 2, 28)),
    (date(2026, 3, 1), date(2026, 3, 31)),
    (date(2026, 1, 1), date(2026, 3, 31)),
]


def random_views(rng: random.Random) -> list[View]:
    months = [{"psy": rng.randint(0, 3), "legal": rng.randint(0, 3)} for _ in range(3)]
    for m in months:
        m["total"] = m["psy"] + m["legal"]
    quarter = {key: sum(m[key] for m in months) for key in KEYS}
    views = []
    for seq, (values, (start, end)) in enumerate(zip([*months, quarter], PERIODS, strict=True)):
        states = {}
        for key in KEYS:
            if 0 < values[key] < K:
                states[key] = CellState.PRIMARY
            elif values[key] >= K and values[key] < CAP and rng.random() < 0.3:
                states[key] = CellState.COMPLEMENTARY
            else:
                states[key] = CellState.SHOWN
        views.append(View(seq, start, end, K, values, states))
    return views


def brute_force_pins(views: list[View]) -> set[tuple[str, int]]:
    """Every (count, release) hidden and taking one value over all whole-number
    assignments that satisfy what the reader knows (the true data among them)."""
    cells = [(key, i) for i, v in enumerate(views) for key in KEYS]
    ranges = []
    for key, i in cells:
        v = views[i]
        state, value = v.states[key], v.values[key]
        if state == CellState.SHOWN:
            ranges.append([value])
        elif state == CellState.PRIMARY:
            ranges.append(list(range(1, K)))
        else:
            ranges.append(list(range(K, CAP + 1)))
    truth = {(key, i): views[i].values[key] for key, i in cells}
    seen: dict[tuple[str, int], set[int]] = {c: set() for c in cells}
    for combo in itertools.product(*ranges):
        x = dict(zip(cells, combo, strict=True))
        if any(x[("total", i)] != x[("psy", i)] + x[("legal", i)] for i in range(4)):
            continue
        ok = True
        for key in KEYS:  # across periods, as the reader knows it when true of the data
            months_true = sum(truth[(key, i)] for i in range(3))
            if months_true == truth[(key, 3)]:
                ok &= x[(key, 3)] == sum(x[(key, i)] for i in range(3))
            elif months_true > truth[(key, 3)]:
                ok &= x[(key, 3)] <= sum(x[(key, i)] for i in range(3))
            for i in range(3):
                if truth[(key, 3)] >= truth[(key, i)]:
                    ok &= x[(key, 3)] >= x[(key, i)]
        if ok:
            for c in cells:
                seen[c].add(x[c])
    return {c for c in cells if views[c[1]].states[c[0]] != CellState.SHOWN and len(seen[c]) == 1}


@pytest.mark.parametrize("seed", range(40))
def test_joint_reader_finds_exactly_what_trying_every_assignment_finds(seed):
    views = random_views(random.Random(seed))
    expected = brute_force_pins(views)
    found = {
        (pin.key, i)
        for pin in joint_audit.pinned(views, SUMS)
        if not pin.narrowed
        for i, v in enumerate(views)
        if (v.start, v.end) == pin.period
    }
    assert found == expected


def test_a_pin_only_the_joint_reader_sees():
    """Some random sequences pin a count that no count-by-count reading gives away:
    the case joint_audit exists for (issue 17's known gap); it finds each."""
    joint_only = 0
    for seed in range(400):
        views = random_views(random.Random(seed))
        expected = brute_force_pins(views)
        by_count = {
            (f.key, next(iter(f.seqs)))
            for key in KEYS
            for f in audit_key(key, views)
            if len(f.seqs) == 1
        }
        if expected - by_count:
            joint_only += 1
            found = {
                (p.key, next(iter(p.seqs)))
                for p in joint_audit.pinned(views, SUMS)
                if not p.narrowed
            }
            assert expected - by_count <= found
            if joint_only == 5:
                break
    assert joint_only == 5


def test_a_programme_solved_part_by_part_has_the_extremes_of_the_whole():
    """The solver solves only the independent parts an objective touches (the rest stay
    at the true values). Its least and most of every variable are those of the whole
    system solved at once, and every solution it returns satisfies every relation; a
    relation in which a total is also one of its parts (coefficient 0) ties nothing."""
    import numpy as np
    from scipy.optimize import linprog

    prog = joint_audit._Programme()
    # part one: a = b + c, b <= c; part two: d + e = 7 (d also "a part of itself")
    truth = np.array([9.0, 4.0, 5.0, 3.0, 4.0, 2.0])
    a, b, c = prog.add(5, 20), prog.add(1, 4), prog.add(0, 10)
    d, e = prog.add(1, 6), prog.add(1, 6)
    lone = prog.add(1, 4)  # related to nothing
    prog.relate({a: -1, b: 1, c: 1}, 0, 0)
    prog.relate({b: 1, c: -1}, -np.inf, 0)
    prog.relate({a: 0, e: 1, d: 0}, 0, 5)  # a and d cancelled: e <= 5, in e's part only
    prog.relate({d: 1, e: 1}, 7, 7)
    solver = prog.solver(truth)
    assert len({solver.part[a], solver.part[d], solver.part[lone]}) == 3
    rows = [(coefs, low, high) for coefs, low, high in prog.rows]
    bounds = list(zip(prog.low, prog.high, strict=True))
    for x in range(len(truth)):
        for sign in (1.0, -1.0):
            objective = np.zeros(len(truth))
            objective[x] = sign
            found = solver.solution(objective)
            assert found is not None
            for coefs, low, high in rows:
                total = sum(cf * found[v] for v, cf in coefs.items())
                assert low - 1e-6 <= total <= high + 1e-6
            for v, (low, high) in enumerate(bounds):
                assert low - 1e-6 <= found[v] <= high + 1e-6
            a_ub, b_ub = [], []
            for coefs, low, high in rows:
                row = np.zeros(len(truth))
                for v, cf in coefs.items():
                    row[v] = cf
                if high != np.inf:
                    a_ub.append(row), b_ub.append(high)
                if low != -np.inf:
                    a_ub.append(-row), b_ub.append(-low)
            whole = linprog(objective, A_ub=a_ub, b_ub=b_ub, bounds=bounds, method="highs")
            assert found[x] == pytest.approx(whole.x[x])
