"""Referrals by type of service and direction; forms of violence disclosed and the
children affected."""

from __future__ import annotations

from ...i18n import QT_TRANSLATE_NOOP
from ...vocabulary import ReferralDirection, ReferralType, ViolenceForm, label
from .. import indicators as ind
from ..disclosure import AtMost
from ..layout import _Layout
from .words import _tr, _w


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
