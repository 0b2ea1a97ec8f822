"""The audit log speaks as staff do: every action the services record has a description
(no "summary.exported"), and an entry about a client names her by her code."""

from __future__ import annotations

import re
from pathlib import Path

from shelter_app import audit, clients
from ui.admin.audit_log import ACTIONS, TARGETS, AuditLogModel, action_label

ROOT = Path(__file__).resolve().parents[2]
FAMILIES = {  # codes made with an f-string: every value they can take
    "case.follow_up_{state}": ["case.follow_up_open", "case.follow_up_done"],
}


def recorded_actions() -> set[str]:
    """Every action code passed to `uow.audit(...)`: a literal, or a module constant
    (reports.releases.EXPORTED) whose value is looked up among all the constants."""
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "shelter_app").rglob("*.py")]
    constants = {
        name: value
        for text in texts
        for name, value in re.findall(r'^([A-Z_]+) = "([a-z_]+\.[a-z_]+)"', text, re.M)
    }
    found: set[str] = set()
    for text in texts:
        found.update(re.findall(r'audit\(\s*"([a-z_]+\.[a-z_]+)"', text))
        found.update(constants[n] for n in re.findall(r"audit\(\s*([A-Z_]+)\b", text))
    return found


def test_every_recorded_action_has_a_description(ukrainian):
    missing = sorted(a for a in recorded_actions() if a not in ACTIONS)
    assert missing == []
    assert "summary.exported" in recorded_actions()
    assert action_label("summary.exported") == "Знеособлений звіт експортовано"
    for codes in FAMILIES.values():
        assert all(c in ACTIONS for c in codes)


def test_an_entry_about_a_client_shows_her_code(opened, make_client, gui_ctx):
    client = make_client()
    clients.get_client(opened.db, opened.admin, client)  # audited as client.viewed
    entry = next(
        e for e in audit.list_entries(opened.db, opened.admin) if e.action == "client.viewed"
    )
    assert entry.target_label == "K-2026-9001"
    model = AuditLogModel(gui_ctx())
    assert model.target_text(entry) == "client K-2026-9001"
    assert set(TARGETS) >= {"client", "case", "child", "follow_up", "anonymous_contact"}
