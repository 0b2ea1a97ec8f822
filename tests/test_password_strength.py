"""Passwords too easy to guess are refused wherever a password is set: the first
administrator, a new account, a change, a reset, a reactivation, after recovery. Before,
`1234567890` and `password12` were accepted, and a key file copied off the computer
gave them up to a guesser in seconds. zxcvbn estimates the guesses, told the Ukrainian
and transliterated words people use; recovery codes are random and never checked."""

from __future__ import annotations

import pytest

from shelter_app import accounts
from shelter_app.database import Database
from shelter_app.errors import InvalidInput
from shelter_app.password_strength import common_words, weakness
from shelter_app.permissions import Role
from tests.conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD

WEAK = [
    "1234567890",
    "password12",
    "qwerty12345",
    "parol12345",  # пароль, transliterated
    "gfhjkm2024",  # пароль typed on the Latin layout
    "Пароль12345",
    "sonechko2024",
    "kyiv123456",
    "Київ123456",
    "ukraina1991",
    "Olena1985!",
    "lystopad2025",
    "1111111111",
]
STRONG = ["Admin-pass-1", "Staff-pass-12", "коза-дереза-мчить-лісом", "correct horse battery"]


@pytest.mark.parametrize("password", WEAK)
def test_weak_passwords_are_named_weak_with_a_reason(password):
    why = weakness(password, "olena")
    assert why is not None and why.startswith("This password is too weak.")
    assert len(why.split(". ")) >= 3  # what is wrong, why, and what to do instead


@pytest.mark.parametrize("password", STRONG)
def test_strong_passwords_pass(password):
    assert weakness(password, "olena") is None


def test_the_word_list_has_cyrillic_latin_and_keyboard_layout_forms():
    words = set(common_words())
    assert {"пароль", "parol", "gfhjkm", "київ", "kyiv", "ukraina", "sonechko"} <= words
    assert {"січень", "sichen", "олена", "olena"} <= words


def test_a_password_that_is_the_username_with_digits_is_weak():
    assert weakness("marusia2024", "marusia") is not None


@pytest.mark.parametrize("password", ["1234567890", "password12"])
def test_every_way_of_setting_a_password_refuses_a_weak_one(opened, staff, tmp_path, password):
    def refused(call) -> None:
        with pytest.raises(InvalidInput) as info:
            call()
        assert info.value.field == "password"
        assert "too weak" in str(info.value)

    refused(lambda: Database.initialise(tmp_path / "new" / "o.db", "first", password))
    assert not (tmp_path / "new" / "o.db").exists()
    refused(
        lambda: accounts.create_account(
            opened.db, opened.admin, "newbie", "Newbie", "lawyer", password
        )
    )
    lawyer = staff[Role.LAWYER]
    refused(lambda: accounts.change_own_password(opened.db, lawyer, STAFF_PASSWORD, password))
    refused(lambda: accounts.reset_password(opened.db, opened.admin, lawyer.account_id, password))
    accounts.deactivate(opened.db, opened.admin, lawyer.account_id)
    refused(lambda: accounts.reactivate(opened.db, opened.admin, lawyer.account_id, password))
    opened.db.close()
    refused(
        lambda: Database.sign_in_with_recovery(opened.path, opened.recovery_code, ADMIN, password)
    )
    # nothing was changed: the old passwords still open
    db, _ = Database.sign_in(opened.path, ADMIN, ADMIN_PASSWORD)
    db.close()


def test_a_weak_password_set_before_the_check_keeps_working_until_changed(opened):
    """Existing slots are not re-judged: nobody is locked out by the upgrade."""
    accounts.create_account(opened.db, opened.admin, "old", "Old", "lawyer", "Old-account-2026")
    opened.db.put_user_slot("old", "password12")  # as an earlier version allowed
    opened.db.close()
    db, old = Database.sign_in(opened.path, "old", "password12")
    with pytest.raises(InvalidInput):
        accounts.change_own_password(db, old, "password12", "1234567890")
    accounts.change_own_password(db, old, "password12", "Нова-весна-в-Ірпені")
    db.close()
    db, _ = Database.sign_in(opened.path, "old", "Нова-весна-в-Ірпені")
    db.close()
