"""How much of everything the demo makes, and how often: the proportions that make
the synthetic centre look like a real one."""

from __future__ import annotations

from ..safety import QUESTIONS

MAX_CLIENTS = 1_000_000
BATCH = 5_000  # rows per INSERT batch, and clients per committed chunk
ADMIN_USERNAME = "admin"
ADMIN_NAME = "Адміністраторка Демо"
HISTORY_DAYS = 540  # about 18 months of casework before `today`
OLD_CLIENTS = 0.08  # came 1.5 to 4 years ago; nothing since (material for retention)
BOOKING_DAYS = 14  # appointments are booked up to this far ahead
HOURS = (9, 10, 11, 12, 14, 15, 16, 17)  # a specialist's hour slots (lunch at 13)
SLOT_USE = 0.8  # how full the diaries may get; more specialists are added beyond
# consultations per client (count, weight): about 3 on average
CONSULTATIONS: tuple[tuple[int, int], ...] = (
    (0, 12),
    (1, 22),
    (2, 18),
    (3, 14),
    (4, 10),
    (5, 8),
    (6, 6),
    (7, 4),
    (8, 3),
)
CONSULTATIONS += ((10, 2), (12, 1))
PSY_SHARE = 0.55  # of consultations (see _consultations)
PLANNING_DAYS = 30  # the shelter books admissions, courses and events this far ahead
MAX_STAY_KIDS = 5
# How often each question of shelter_app.safety's questionnaire is answered "yes"
YES_ODDS = {
    "escalation": 0.45,
    "threat_to_kill": 0.3,
    "strangulation": 0.12,
    "weapon_access": 0.12,
    "weapon_used": 0.08,
    "stalking": 0.4,
    "separation": 0.5,
    "children_threatened": 0.25,
    "sexual_violence": 0.15,
    "pregnancy_violence": 0.12,
    "control_jealousy": 0.7,
    "substance_abuse": 0.45,
}
assert set(YES_ODDS) == {q.code for q in QUESTIONS}, "keep YES_ODDS in step with safety.py"
