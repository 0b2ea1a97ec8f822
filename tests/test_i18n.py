"""Every user-visible string is in the Ukrainian catalogue, translated and compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from shelter_app.errors import AuthenticationFailed, LoginThrottled
from shelter_app.i18n import install_translator, translations_dir

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "oberih_uk.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            out[(name, message.find("source").text)] = message
    return out


def test_every_message_has_a_finished_ukrainian_translation():
    messages = _messages(TS)
    assert len(messages) > 40
    for key, message in messages.items():
        tr = message.find("translation")
        assert tr.get("type") is None, f"unfinished: {key}"
        texts = [tr.text] if message.get("numerus") != "yes" else [f.text for f in tr]
        assert all(t and t.strip() for t in texts), f"empty: {key}"
        has_words = any(ch.isalpha() for ch in key[1].replace("%n", ""))
        assert (
            any("\u0400" <= ch <= "\u04ff" for t in texts for ch in t)
            or key[1] in {"ok", "k", "SHA-256", "SHA-256:", "&SHA-256:", "%1, no. %2"}
            or not has_words  # a pure format such as "%1, %2–%3"
        ), f"no Cyrillic in the translation of {key}"


def test_catalogue_covers_every_string_in_the_sources(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate not installed")
    sources = [
        str(p)
        for d in ("shelter_app", "ui")
        for p in (ROOT / d).rglob("*.py")
        if "versions" not in p.parts
    ]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120
    )
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert not missing, f"run resources/translations/build.py and translate: {sorted(missing)}"


def test_compiled_catalogue_is_up_to_date():
    qm = Path(translations_dir()) / "oberih_uk.qm"
    assert qm.exists()
    assert qm.stat().st_mtime >= TS.stat().st_mtime - 1


def test_messages_switch_language(qapp):
    try:
        assert install_translator("uk")
        assert str(AuthenticationFailed()) == (
            "Неправильне ім’я користувача чи пароль, або обліковий запис вимкнено."
        )
        assert str(LoginThrottled(1)).endswith("через 1 с.")
        assert str(LoginThrottled(25)).endswith("через 25 с.")
        assert not install_translator("en")
        assert str(AuthenticationFailed()).startswith("Wrong username or password")
        assert str(LoginThrottled(3)).endswith("in 3 s.")
    finally:
        install_translator("en")


# --- filling in values (%1..%9) ---------------------------------------------------------


def test_fill_puts_each_value_once_and_never_reads_a_value_again():
    from shelter_app.i18n import fill

    assert fill("%1 of %2", "3", "5") == "3 of 5"
    assert fill("%2, %1", "Олена", "Бойко") == "Бойко, Олена"
    # a display name holding markers stays as typed (a .replace chain would corrupt it)
    assert fill("Signed in: %1 — %2", "Олена %2 %1", "lawyer") == (
        "Signed in: Олена %2 %1 — lawyer"
    )
    chained = "Signed in: %1 — %2".replace("%1", "Олена %2 %1").replace("%2", "lawyer")
    assert chained != "Signed in: Олена %2 %1 — lawyer"  # the bug fill prevents
    assert fill("%1 and %3", "a") == "a and %3"  # a marker without a value stays
    assert fill("%n client(s): %1", 7) == "%n client(s): 7"  # plurals are Qt's


def test_the_translations_follow_the_glossary_words():
    """GLOSSARY.md: «оберіть», never «виберіть»; a booked consultation is «запис», and
    «прийом» is only the intake (first contact)."""
    for key, message in _messages(TS).items():
        tr = message.find("translation")
        texts = [tr.text] if message.get("numerus") != "yes" else [f.text for f in tr]
        for text in texts:
            assert "виберіть" not in text.lower(), key
            if "прийом" in text.lower():
                assert "первинн" in text.lower() or "умовам прийому" in text, key


def test_english_plurals_are_english_words_irregular_ones_included():
    """Every English plural message reads as English in both forms: "%n day(s)" gives
    day/days, "%n wom(an|en)" woman/women (the board once said "4 womanen")."""
    tree = ET.parse(Path(translations_dir()) / "oberih_en.ts")
    forms = {
        m.findtext("source"): [f.text for f in m.iter("numerusform")]
        for m in tree.getroot().iter("message")
        if m.get("numerus") == "yes"
    }
    assert forms["%n wom(an|en)"] == ["%n woman", "%n women"]
    for source, (one, many) in forms.items():
        for form in (one, many):  # no "word(s)" or "wom(an|en)" left in either form
            assert not re.search(r"\w\(\w*(\|\w*)?\)", form), source
        assert "womanen" not in many and "childs" not in many, source
