"""The annual summary's baseline: its indicators as an expert would write them by hand in
raw SQL, making the same passes over the same tables as reports/indicators.py (one pass
over the period's consultations for kind, status, format, order and month; the shelter's
nights from the first night's count plus arrivals and departures grouped by day, not a
night-by-night join), then the later sections of the summary (raw_sections.py). It
returns its numbers, so a test can hold them against the app's:
a baseline that computes something else, or more, would flatter the app."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from . import raw_sections

# the "served" union (raw_sections.SERVED) is repeated by the two people queries, as the app
# repeats it
SQL = {
    "people": raw_sections.SERVED  # noqa: S608 (constants)
    + """
    SELECT CASE WHEN c.birth_year IS NULL THEN 'unknown'
    WHEN c.birth_year >= :year - 17 THEN '0-17' WHEN c.birth_year >= :year - 24 THEN '18-24'
    WHEN c.birth_year >= :year - 34 THEN '25-34' WHEN c.birth_year >= :year - 44 THEN '35-44'
    WHEN c.birth_year >= :year - 59 THEN '45-59' ELSE '60+' END AS band, c.district,
        c.first_contact_on BETWEEN :start AND :end AS is_new, count(*)
      FROM served JOIN clients c ON c.id = served.client_id
     GROUP BY band, c.district, is_new""",
    "categories": raw_sections.SERVED  # noqa: S608 (constants)
    + """
    SELECT k.category, CASE WHEN c.birth_year IS NULL THEN 'unknown'
    WHEN c.birth_year >= :year - 17 THEN '0-17' WHEN c.birth_year >= :year - 24 THEN '18-24'
    WHEN c.birth_year >= :year - 34 THEN '25-34' WHEN c.birth_year >= :year - 44 THEN '35-44'
    WHEN c.birth_year >= :year - 59 THEN '45-59' ELSE '60+' END AS band, count(*)
      FROM served JOIN clients c ON c.id = served.client_id
      JOIN client_categories k ON k.client_id = c.id
     GROUP BY k.category, band""",
    "consultations": """SELECT kind, status, format, is_first,
        strftime('%Y-%m', starts_at) AS month, count(*)
      FROM consultations WHERE starts_at >= :since AND starts_at < :until
     GROUP BY kind, status, format, is_first, month""",
    "topics": """SELECT c.kind, t.topic, count(*) FROM consultations c
      JOIN consultation_topics t ON t.consultation_id = c.id
     WHERE c.status = 'held' AND c.starts_at >= :since AND c.starts_at < :until
     GROUP BY c.kind, t.topic""",
    "consulted": """SELECT kind, count(DISTINCT client_id) FROM consultations
     WHERE status = 'held' AND starts_at >= :since AND starts_at < :until GROUP BY kind""",
    "enrolments": """SELECT status, count(*), count(DISTINCT client_id) FROM enrolments
      WHERE enrolled_on BETWEEN :start AND :end GROUP BY status""",
    "completed": """SELECT count(*) FROM enrolments WHERE completed_on BETWEEN :start AND :end""",
    "withdrawn": """SELECT count(*) FROM enrolments WHERE withdrawn_on BETWEEN :start AND :end""",
    "sessions": """SELECT count(DISTINCT s.id), sum(a.present), count(a.present),
        count(DISTINCT e.client_id) FROM course_sessions s
      LEFT JOIN attendance a ON a.session_id = s.id
      LEFT JOIN enrolments e ON e.id = a.enrolment_id
      WHERE s.starts_at >= :since AND s.starts_at < :until""",
    "events": """SELECT kind, count(*), coalesce(sum(attendees_women), 0),
        coalesce(sum(attendees_men), 0), coalesce(sum(attendees_children), 0)
      FROM events WHERE held_on BETWEEN :start AND :end GROUP BY kind""",
    "partners": """SELECT count(*) FROM (SELECT p.partner_id FROM event_partners p
        JOIN events e ON e.id = p.event_id WHERE e.held_on BETWEEN :start AND :end
      UNION SELECT partner_id FROM referrals
        WHERE partner_id IS NOT NULL AND on_date BETWEEN :start AND :end)""",
    "admissions": """SELECT referred_by, count(*) FROM stays
      WHERE admitted_on BETWEEN :start AND :upto GROUP BY referred_by""",
    "departures": """SELECT departure_outcome, count(*) FROM stays
      WHERE departed_on BETWEEN :start AND :upto GROUP BY departure_outcome""",
    "stay_lengths": """SELECT CAST(julianday(departed_on) - julianday(admitted_on) AS INTEGER),
        count(*) FROM stays WHERE departed_on BETWEEN :start AND :upto GROUP BY 1""",
    "housed": """SELECT count(DISTINCT s.client_id), count(k.id) FROM stays s
      LEFT JOIN stay_children k ON k.stay_id = s.id WHERE s.admitted_on <= :upto
    AND (s.departed_on IS NULL OR s.departed_on > :start OR s.admitted_on >= :start)""",
    "first_night": """SELECT count(*) FROM bed_assignments
      WHERE from_date <= :start AND (to_date IS NULL OR to_date > :start)""",
    "arrivals": """SELECT from_date, count(*) FROM bed_assignments
      WHERE from_date > :start AND from_date < :stop
        AND (to_date IS NULL OR to_date > from_date) GROUP BY from_date""",
    "leavings": """SELECT to_date, count(*) FROM bed_assignments
      WHERE to_date > :start AND to_date < :stop
        AND (to_date IS NULL OR to_date > from_date) GROUP BY to_date""",
    "extensions": """SELECT reason, count(*) FROM stay_extensions
      WHERE extended_on BETWEEN :start AND :end GROUP BY reason""",
    "waiting_added": """SELECT count(*) FROM shelter_waiting_list
      WHERE requested_on BETWEEN :start AND :end""",
    "turn_aways": """SELECT reason, count(*), sum(children) FROM shelter_turn_aways
      WHERE on_date BETWEEN :start AND :end GROUP BY reason""",
    "referrals": """SELECT direction, referral_type, count(*) FROM referrals
      WHERE on_date BETWEEN :start AND :end GROUP BY direction, referral_type""",
    "violence": """SELECT count(DISTINCT client_id),
        count(DISTINCT CASE WHEN physical THEN client_id END),
        count(DISTINCT CASE WHEN sexual THEN client_id END),
        count(DISTINCT CASE WHEN psychological THEN client_id END),
        count(DISTINCT CASE WHEN economic THEN client_id END)
      FROM incidents WHERE disclosed_on BETWEEN :start AND :end""",
    "children_affected": """SELECT coalesce(sum(m), 0) FROM (
        SELECT max(children_affected) AS m FROM incidents
      WHERE disclosed_on BETWEEN :start AND :end GROUP BY client_id)""",
}


def raw_summary(cur: Any, start: date, end: date, upto: date) -> dict[str, Any]:
    """The indicators of `start`..`end` (shelter figures up to `upto`), by raw SQL."""
    args = {
        "start": str(start),
        "end": str(end),
        "upto": str(upto),
        "stop": str(upto + timedelta(days=1)),
        "since": f"{start} 00:00:00",
        "until": f"{end + timedelta(days=1)} 00:00:00",
        "year": start.year,
        "end_year": end.year,
        "after_end": str(end + timedelta(days=1)),
    }

    def q(name: str) -> list[Any]:
        sql = SQL[name] if name in SQL else raw_sections.SQL[name]
        rows: list[Any] = cur.execute(
            sql, {k: v for k, v in args.items() if f":{k}" in sql}
        ).fetchall()
        return rows

    out: dict[str, Any] = {
        "people": {(b, d, bool(new)): n for b, d, new, n in q("people")},
        "categories": {(c, b): n for c, b, n in q("categories")},
    }
    held: dict[tuple[str, str, bool, str], int] = {}
    by_status: dict[tuple[str, str], int] = {}
    for kind, status, fmt, first, month, n in q("consultations"):
        by_status[(kind, status)] = by_status.get((kind, status), 0) + n
        if status == "held":
            held[(kind, fmt, bool(first), month)] = n
    out |= {
        "held": held,
        "by_status": by_status,
        "by_topic": {(k, t): n for k, t, n in q("topics")},
        "consulted": dict(q("consulted")),
        "enrolments": q("enrolments"),
        "completed": q("completed")[0][0],
        "withdrawn": q("withdrawn")[0][0],
        "sessions": q("sessions")[0],
        "events": {k: tuple(rest) for k, *rest in q("events")},
        "partners": q("partners")[0][0],
        "admissions": dict(q("admissions")),
        "departures": dict(q("departures")),
        "stay_lengths": dict(q("stay_lengths")),
    }
    women, children = q("housed")[0]
    out |= {"women_housed": women, "children_housed": children}
    held_now = q("first_night")[0][0]
    arrivals = {date.fromisoformat(str(d)): n for d, n in q("arrivals")}
    leavings = {date.fromisoformat(str(d)): n for d, n in q("leavings")}
    monthly: dict[str, int] = {}
    night = start
    while night <= upto:
        if night > start:
            held_now += arrivals.get(night, 0) - leavings.get(night, 0)
        month = f"{night.year:04d}-{night.month:02d}"
        monthly[month] = monthly.get(month, 0) + held_now
        night += timedelta(days=1)
    out |= {
        "bed_nights": sum(monthly.values()),
        "bed_nights_by_month": monthly,
        "extensions": dict(q("extensions")),
        "waiting_added": q("waiting_added")[0][0],
        "turn_aways": q("turn_aways"),
        "referrals": {(d, t): n for d, t, n in q("referrals")},
    }
    clients, *forms = q("violence")[0]
    out |= {
        "violence_clients": clients,
        "violence_forms": dict(
            zip(("physical", "sexual", "psychological", "economic"), forms, strict=True)
        ),
        "children_affected": q("children_affected")[0][0],
    }
    # the sections composed after the indicators: groups, appeals, cases, violence figures
    out["sections"] = raw_sections.raw_sections(q, clients, out)
    return out
