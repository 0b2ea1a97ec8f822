"""The baseline's share of the department's tables (issue 17): cases opened and closed by
group (reports/case_figures.py), course participants by group and courses and events by
aim (reports/programme_figures.py), services by classifier code (reports/service_codes.py).
Hand-written SQL over the same tables with the same filters, folded where an expert would
fold it (the help given in anonymous contacts is counted in raw_sections' appeals pass;
the clients of every classifier service come from one tagged union).

`raw_department` returns the counts under the summary layout's own keys, so the bench
test holds them against the app's as it does for the other later sections."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..cases.vocabulary import CaseService
from ..programme_aims import Aim

GROUPS = ("women", "men", "sex_not_stated", "children")
_GROUP = """CASE WHEN c.birth_year IS NOT NULL AND c.birth_year >= :year - 17 THEN 'children'
    WHEN c.sex = 'female' THEN 'women' WHEN c.sex = 'male' THEN 'men'
    ELSE 'sex_not_stated' END"""
_STAY_IN_PERIOD = """admitted_on <= :upto
    AND (departed_on IS NULL OR departed_on > :start OR admitted_on >= :start)"""
# the classifier services with several sources, and the single-source ones
MULTI = (
    "informing",
    "counselling",
    "crisis_intervention",
    "social_adaptation",
    "social_prevention",
)
CONTACT_SERVICES = ("informing", "counselling", "crisis_intervention")
# the help codes of a contact, wrapped in commas, matched per classifier service
CONTACT_HELP = {
    "informing": ("information", "referral"),
    "counselling": ("counselling",),
    "crisis_intervention": ("crisis_support",),
}
_CONTACT_SUMS = ", ".join(
    "coalesce(sum(" + " OR ".join(f"(',' || help || ',') LIKE '%,{h},%'" for h in helps) + "), 0)"
    for helps in CONTACT_HELP.values()
)

SQL = {
    "case_groups": f"""SELECT {_GROUP} AS grp,
        coalesce(sum(k.opened_on BETWEEN :start AND :end), 0),
        coalesce(sum(k.closed_on BETWEEN :start AND :end), 0)
      FROM cases k JOIN clients c ON c.id = k.client_id
     WHERE k.opened_on BETWEEN :start AND :end OR k.closed_on BETWEEN :start AND :end
     GROUP BY grp""",  # noqa: S608 (constants)
    "participant_groups": f"""SELECT {_GROUP} AS grp, count(DISTINCT e.client_id)
      FROM enrolments e JOIN clients c ON c.id = e.client_id
     WHERE e.enrolled_on BETWEEN :start AND :end GROUP BY grp""",  # noqa: S608 (constants)
    "enrolled": """SELECT count(*) FROM enrolments WHERE enrolled_on BETWEEN :start AND :end""",
    "aims_courses": """SELECT aim, count(*) FROM courses
     WHERE starts_on <= :end AND ends_on >= :start GROUP BY aim""",
    "aims_sessions": """SELECT c.aim, count(*) FROM course_sessions s
      JOIN courses c ON c.id = s.course_id
     WHERE s.starts_at >= :since AND s.starts_at < :until GROUP BY c.aim""",
    "aims_participants": """SELECT c.aim, count(DISTINCT e.client_id) FROM enrolments e
      JOIN courses c ON c.id = e.course_id
     WHERE e.enrolled_on BETWEEN :start AND :end GROUP BY c.aim""",
    "aims_events": """SELECT aim, count(*), coalesce(sum(attendees_women), 0),
        coalesce(sum(attendees_men), 0), coalesce(sum(attendees_children), 0)
      FROM events WHERE held_on BETWEEN :start AND :end GROUP BY aim""",
    "contact_help": f"""SELECT {_CONTACT_SUMS} FROM anonymous_contacts
     WHERE at >= :since AND at < :until""",  # noqa: S608 (constants)
    "stays": f"""SELECT count(*) FROM stays WHERE {_STAY_IN_PERIOD}""",  # noqa: S608 (constants)
    # the different clients of each classifier service over all its sources
    "service_clients": f"""SELECT svc, count(DISTINCT client_id) FROM (
        SELECT 'counselling' AS svc, client_id FROM consultations
         WHERE status = 'held' AND starts_at >= :since AND starts_at < :until
        UNION ALL SELECT 'shelter', client_id FROM stays WHERE {_STAY_IN_PERIOD}
        UNION ALL SELECT 'social_adaptation', client_id FROM enrolments
         WHERE enrolled_on BETWEEN :start AND :end
        UNION ALL SELECT CASE e.service WHEN '001.0' THEN 'informing'
            WHEN '002.0' THEN 'counselling' ELSE e.service END, k.client_id
          FROM case_services e JOIN cases k ON k.id = e.case_id
         WHERE e.on_date BETWEEN :start AND :end
    ) GROUP BY svc""",  # noqa: S608 (constants)
}


def raw_department(
    q: Callable[[str], list[Any]], base: Mapping[str, Any], v: dict[str, int]
) -> None:
    """Adds the department's counts to `v` (the later sections' values). `base` is what
    raw_summary counted before (consultations held, clients, women housed, events) and
    `v` already holds the case figures and the appeals."""
    opened_closed = {g: (o, c) for g, o, c in q("case_groups")}
    for g in GROUPS:
        o, c = opened_closed.get(g, (0, 0))
        v |= {f"cases.group.{g}.opened": o, f"cases.group.{g}.closed": c}
    # programmes: participants by group; courses and events by aim
    by_group = dict(q("participant_groups"))
    participants = sum(by_group.values())
    v["courses.participants"] = participants
    if participants:
        v |= {f"courses.group.{g}": by_group.get(g, 0) for g in GROUPS}
    events = base["events"]  # kind -> (events, women, men, children)
    attendees = sum(w + m + ch for _, w, m, ch in events.values())
    events_held = sum(n for n, *_ in events.values())
    courses, sessions = dict(q("aims_courses")), dict(q("aims_sessions"))
    aim_participants = dict(q("aims_participants"))
    aim_events = {aim: rest for aim, *rest in q("aims_events")}
    if any(courses.values()) or events_held:
        v["courses.sessions"] = base["sessions"][0]
        v["events.all.events"] = events_held
        for j, col in enumerate(("women", "men", "children"), start=1):
            v[f"events.all.{col}"] = sum(t[j] for t in events.values())
        for aim in Aim:
            n, women, men, children = aim_events.get(aim.value, (0, 0, 0, 0))
            row = (
                courses.get(aim.value, 0),
                sessions.get(aim.value, 0),
                aim_participants.get(aim.value, 0),
                n,
                women,
                men,
                children,
            )
            cols = ("courses", "sessions", "participants", "events", "women", "men", "children")
            v |= {f"aims.{aim.value}.{c}": x for c, x in zip(cols, row, strict=True)}
    # services by classifier code
    held = base["held"]  # (kind, format, first?, month) -> consultations held
    for kind in ("psychological", "legal"):
        v[f"cons.held.{kind}"] = sum(n for (k, *_), n in held.items() if k == kind)
        v[f"cons.clients.{kind}"] = base["consulted"].get(kind, 0)
    v["shelter.women"] = base["women_housed"]
    v["services.stays"] = q("stays")[0][0]
    v["courses.enrolments"] = q("enrolled")[0][0]
    v["events.all.attendees"] = attendees
    v["events.all.events"] = events_held
    contacts = dict(zip(CONTACT_HELP, q("contact_help")[0], strict=True))
    v |= {f"services.contacts.{s}": contacts[s] for s in CONTACT_SERVICES}
    clients = dict(q("service_clients"))
    case_of = {s.value: ("informing" if s.value == "001.0" else "counselling") for s in CaseService}
    case_of |= {s.value: s.value for s in CaseService if not s.value[:1].isdigit()}
    sources: dict[str, list[str]] = {s: [] for s in MULTI}  # services keys of each source
    for code, service in case_of.items():
        if service in sources:
            sources[service].append(f"services.case.{code}")
    sources["counselling"] += ["cons.held.psychological", "cons.held.legal"]
    sources["social_adaptation"].append("courses.enrolments")
    sources["social_prevention"].append("events.all.events")
    for s in CONTACT_SERVICES:
        sources[s].append(f"services.contacts.{s}")
    for s in MULTI:
        unnamed = contacts.get(s, 0) + (attendees if s == "social_prevention" else 0)
        v[f"services.{s}.people"] = clients.get(s, 0) + unnamed
        v[f"services.{s}.services"] = sum(v[key] for key in sources[s])
