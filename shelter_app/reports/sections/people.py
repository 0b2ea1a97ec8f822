"""People served: by age band, by district, by category, and by category and age."""

from __future__ import annotations

from collections.abc import Callable

from ...i18n import QT_TRANSLATE_NOOP
from ...vocabulary import Category, District, label
from .. import indicators as ind
from ..disclosure import AtMost
from ..layout import _Layout
from .words import NEW, RARE_CATEGORIES, RETURNING, TOTAL, _age_label, _tr, _w


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
