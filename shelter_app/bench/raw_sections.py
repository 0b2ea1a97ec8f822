"""The baseline's share of the sections that joined the summary after raw_summary.py was
written: people by group and appeals (reports/people_groups.py), the State Strategy's
appeals about domestic violence (reports/strategy.py), case figures
(reports/case_figures.py) and violence figures (reports/violence_figures.py). Hand-written
SQL over the same tables with the same filters; where the app makes several passes that an
expert would fold into one (ten forms, one query each; the strategy's two counts; case
reasons and lengths) it is folded here, so the baseline is never slower than it must be.

It returns the counts under the summary layout's own keys (before disclosure control) and
the two statistics as (value, people), so a test can hold them against the app's."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping
from typing import Any

from ..cases.vocabulary import CaseService, ClosureReason
from ..contact_vocabulary import Channel
from ..violence_vocabulary import IncidentContext, IncidentForm, OrderKind, Relationship
from . import raw_department

GROUPS = ("women", "men", "sex_not_stated", "children")
KINDS = ("psychological", "legal")
FORMS = tuple(f.value for f in IncidentForm)
# the "served" union of reports/indicators.py served_clients, which the app repeats in
# each query of people served (so does this baseline: raw_summary uses it too)
SERVED = """WITH served AS (
    SELECT client_id FROM consultations
     WHERE status = 'held' AND starts_at >= :since AND starts_at < :until
    UNION SELECT client_id FROM stays
     WHERE admitted_on <= :upto
       AND (departed_on IS NULL OR departed_on > :start OR admitted_on >= :start)
    UNION SELECT client_id FROM enrolments
     WHERE enrolled_on BETWEEN :start AND :end OR completed_on BETWEEN :start AND :end
    UNION SELECT e.client_id FROM enrolments e
      JOIN attendance a ON a.enrolment_id = e.id
      JOIN course_sessions s ON s.id = a.session_id
     WHERE a.present AND s.starts_at >= :since AND s.starts_at < :until
    UNION SELECT client_id FROM referrals WHERE on_date BETWEEN :start AND :end
    UNION SELECT id FROM clients WHERE first_contact_on BETWEEN :start AND :end
)"""
AGE_CODES = ("0-17", "18-24", "25-34", "35-44", "45-59", "60+", "unknown")
# a client's group: under 18 in the year the period starts, else by recorded sex
_GROUP = """CASE WHEN c.birth_year IS NOT NULL AND c.birth_year >= :year - 17 THEN 'children'
    WHEN c.sex = 'female' THEN 'women' WHEN c.sex = 'male' THEN 'men'
    ELSE 'sex_not_stated' END"""
_FORM_COUNTS = ", ".join(f"count(DISTINCT CASE WHEN i.{f} THEN i.client_id END)" for f in FORMS)

SQL = {
    "groups": f"""{SERVED}
    SELECT {_GROUP} AS grp, c.first_contact_on BETWEEN :start AND :end AS is_new, count(*)
      FROM served JOIN clients c ON c.id = served.client_id GROUP BY grp, is_new""",  # noqa: S608 (constants)
    "consultation_groups": f"""SELECT {_GROUP} AS grp, k.kind, count(DISTINCT k.client_id)
      FROM consultations k JOIN clients c ON c.id = k.client_id
     WHERE k.status = 'held' AND k.starts_at >= :since AND k.starts_at < :until
     GROUP BY grp, k.kind""",  # noqa: S608 (constants)
    "violence_groups": f"""SELECT {_GROUP} AS grp, count(DISTINCT i.client_id)
      FROM incidents i JOIN clients c ON c.id = i.client_id
     WHERE i.disclosed_on BETWEEN :start AND :end GROUP BY grp""",  # noqa: S608 (constants)
    "children_with_families": """SELECT count(*) FROM (
        SELECT k.child_id FROM stay_children k JOIN stays s ON s.id = k.stay_id
         WHERE s.admitted_on < :after_end
           AND (s.departed_on IS NULL OR s.departed_on > :start) AND k.child_id IS NOT NULL
        UNION SELECT child_id FROM child_sessions WHERE held_on BETWEEN :start AND :end
    ) u JOIN children ch ON ch.id = u.child_id WHERE ch.own_client_id IS NULL""",
    # appeals by channel and the strategy's appeals about violence in one pass
    "appeals": """SELECT channel, count(*), coalesce(sum(forms != ''), 0),
        coalesce(sum(forms != '' AND sex = 'female'), 0)
      FROM anonymous_contacts WHERE at >= :since AND at < :until GROUP BY channel""",
    "cases_opened": """SELECT count(*) FROM cases WHERE opened_on BETWEEN :start AND :end""",
    "cases_open": """SELECT count(*) FROM cases
     WHERE opened_on <= :end AND (closed_on IS NULL OR closed_on >= :start)""",
    # closure reasons and case lengths from the same rows
    "cases_closed": """SELECT closure_reason,
        CAST(julianday(closed_on) - julianday(opened_on) AS INTEGER)
      FROM cases WHERE closed_on BETWEEN :start AND :end""",
    "case_services": """SELECT e.service, count(DISTINCT c.client_id), count(*)
      FROM case_services e
      JOIN cases c ON c.id = e.case_id WHERE e.on_date BETWEEN :start AND :end
     GROUP BY e.service""",
    "form_context": f"""SELECT i.context, {_FORM_COUNTS} FROM incidents i
     WHERE i.disclosed_on BETWEEN :start AND :end GROUP BY i.context""",  # noqa: S608 (constants)
    "form_age": f"""SELECT CASE WHEN c.birth_year IS NULL THEN 'unknown'
    WHEN c.birth_year >= :end_year - 17 THEN '0-17'
    WHEN c.birth_year >= :end_year - 24 THEN '18-24'
    WHEN c.birth_year >= :end_year - 34 THEN '25-34'
    WHEN c.birth_year >= :end_year - 44 THEN '35-44'
    WHEN c.birth_year >= :end_year - 59 THEN '45-59' ELSE '60+' END AS band, {_FORM_COUNTS}
      FROM incidents i JOIN clients c ON c.id = i.client_id
     WHERE i.disclosed_on BETWEEN :start AND :end GROUP BY band""",  # noqa: S608 (constants)
    "relationships": """SELECT p.relationship, count(DISTINCT i.client_id) FROM incidents i
      JOIN incident_perpetrators ip ON ip.incident_id = i.id
      JOIN perpetrators p ON p.id = ip.perpetrator_id
     WHERE i.disclosed_on BETWEEN :start AND :end GROUP BY p.relationship""",
    "orders_issued": """SELECT kind, count(*) FROM protection_orders
     WHERE issued_on BETWEEN :start AND :end GROUP BY kind""",
    "orders_violated": """SELECT o.kind, count(DISTINCT o.id) FROM protection_orders o
      JOIN protection_order_violations v ON v.order_id = o.id
     WHERE v.occurred_on BETWEEN :start AND :end GROUP BY o.kind""",
    "notices": """SELECT count(n.id), count(CASE WHEN n.done_at <= n.due_at THEN 1 END),
        count(DISTINCT i.client_id) FROM incident_notifications n
      JOIN incidents i ON i.id = n.incident_id
     WHERE n.due_at >= :since AND n.due_at < :until""",
    **raw_department.SQL,
}


def raw_sections(
    q: Callable[[str], list[Any]], violence_clients: int, base: Mapping[str, Any]
) -> dict[str, Any]:
    """{"values": layout key -> count, "figures": key -> (value, people)}; `q` runs one
    of SQL by name with the period's arguments (raw_summary's); `base` is what raw_summary
    counted before (the department's tables repeat some of it)."""
    v: dict[str, int] = {}
    # people_groups: people served, consultation clients and violence clients by group
    groups = {(g, bool(new)): n for g, new, n in q("groups")}
    for g in GROUPS:
        new, old = groups.get((g, True), 0), groups.get((g, False), 0)
        v |= {f"people.group.{g}.new": new, f"people.group.{g}.returning": old}
        v[f"people.group.{g}.total"] = new + old
    for col in ("new", "returning", "total"):
        v[f"people.all.{col}"] = sum(v[f"people.group.{g}.{col}"] for g in GROUPS)
    by_kind = {(g, kind): n for g, kind, n in q("consultation_groups")}
    for kind in KINDS:
        v[f"cons.clients.{kind}"] = sum(by_kind.get((g, kind), 0) for g in GROUPS)
        for g in GROUPS:
            v[f"cons.clients.group.{g}.{kind}"] = by_kind.get((g, kind), 0)
    disclosed = dict(q("violence_groups"))
    v |= {f"violence.group.{g}": disclosed.get(g, 0) for g in GROUPS}
    v["violence.clients"] = violence_clients
    v["people.children_with_families"] = q("children_with_families")[0][0]
    # appeals by channel, and the strategy's appeals about domestic violence
    appeals = {channel: rest for channel, *rest in q("appeals")}
    v |= {f"appeals.{c.value}": appeals.get(c.value, (0,))[0] for c in Channel}
    v["appeals.total"] = sum(n for n, _, _ in appeals.values())
    about = sum(a for _, a, _ in appeals.values())
    if about:  # the strategy's section appears only when such appeals exist
        women = sum(w for _, _, w in appeals.values())
        v |= {"appeals.violence": about, "appeals.violence.women": women}
        v["appeals.violence.others"] = about - women
    # case figures
    v["cases.opened"] = q("cases_opened")[0][0]
    v["cases.open"] = q("cases_open")[0][0]
    closed = q("cases_closed")
    v["cases.closed"] = len(closed)
    for r in ClosureReason:
        v[f"cases.closed.{r.value}"] = sum(1 for reason, _ in closed if reason == r.value)
    services = {code: (people, given) for code, people, given in q("case_services")}
    v |= {f"cases.service.{s.value}": services.get(s.value, (0, 0))[0] for s in CaseService}
    v |= {f"services.case.{s.value}": services.get(s.value, (0, 0))[1] for s in CaseService}
    lengths = [n for _, n in closed]
    # violence figures
    by_context = {ctx: counts for ctx, *counts in q("form_context")}
    by_age = {band: counts for band, *counts in q("form_age")}
    for j, form in enumerate(FORMS):
        for ctx in IncidentContext:
            v[f"gbv.form.{form}.{ctx.value}"] = by_context.get(ctx.value, [0] * len(FORMS))[j]
        for band in AGE_CODES:
            v[f"gbv.age.{form}.{band}"] = by_age.get(band, [0] * len(FORMS))[j]
    relationships = dict(q("relationships"))
    v |= {f"gbv.relationship.{r.value}": relationships.get(r.value, 0) for r in Relationship}
    issued, violated = dict(q("orders_issued")), dict(q("orders_violated"))
    for k in OrderKind:
        v[f"gbv.orders.{k.value}.issued"] = issued.get(k.value, 0)
        v[f"gbv.orders.{k.value}.violated"] = violated.get(k.value, 0)
    raw_department.raw_department(q, base, v)  # the department's tables (issue 17)
    due, in_time, women_noticed = q("notices")[0]
    figures = {
        "case_length": (float(statistics.median(lengths)) if lengths else None, len(lengths)),
        "gbv_notices_in_time": (100 * in_time / due if due else None, women_noticed or 0),
    }
    return {"values": v, "figures": figures}
