"""Centre-wide settings: everyone reads them, only the administrator changes them."""

from __future__ import annotations

import pytest

from shelter_app import audit, settings
from shelter_app.errors import InvalidInput, PermissionDenied
from shelter_app.permissions import Role


def test_defaults_follow_the_shelter_regulation(opened):
    s = settings.get_settings(opened.db, opened.admin)
    assert (s.max_stay_days, s.max_extended_stay_days) == (90, 180)
    assert (s.idle_lock_minutes, s.report_k, s.backup_generations) == (5, 5, 14)


@pytest.mark.parametrize("role", list(Role))
def test_everyone_reads_only_the_administrator_changes(opened, staff, role):
    assert settings.get_settings(opened.db, staff[role]).report_k == 5
    if role == Role.ADMIN:
        assert settings.update_settings(opened.db, staff[role], report_k=7).report_k == 7
        entry = audit.list_entries(opened.db, opened.admin, action="settings.changed")[0]
        assert entry.detail == {"report_k": 7}
    else:
        with pytest.raises(PermissionDenied):
            settings.update_settings(opened.db, staff[role], report_k=7)
        assert settings.get_settings(opened.db, opened.admin).report_k == 5


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"report_k": 2}, "report_k"),  # never below 3
        ({"idle_lock_minutes": 0}, "idle_lock_minutes"),
        ({"max_stay_days": "90"}, "max_stay_days"),
        ({"max_stay_days": 120, "max_extended_stay_days": 100}, "max_extended_stay_days"),
        ({"colour": 3}, "colour"),
    ],
)
def test_bad_values_are_refused_and_change_nothing(opened, changes, field):
    before = settings.get_settings(opened.db, opened.admin)
    with pytest.raises(InvalidInput) as info:
        settings.update_settings(opened.db, opened.admin, **changes)
    assert info.value.field == field
    assert settings.get_settings(opened.db, opened.admin) == before
