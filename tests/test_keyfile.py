"""The key file: slots, tampering, recovery codes, nothing that names anyone."""

from __future__ import annotations

import base64
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shelter_app.errors import KeyFileDamaged, KeyFileMissing
from shelter_app.storage.keyfile import (
    DEFAULT_KDF,
    RECOVERY_ALPHABET,
    KdfParams,
    KeyFile,
    WrongSecret,
    new_data_key,
    new_recovery_code,
    normalise_recovery_code,
)

LIGHT = KdfParams(memory_kib=1024, iterations=1, lanes=1)  # for tests of the format only

pytestmark = pytest.mark.real_kdf


def _flip_b64(text: str, index: int = 0) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def test_default_kdf_is_at_least_rfc9106_second_recommendation():
    assert DEFAULT_KDF.memory_kib >= 64 * 1024
    assert DEFAULT_KDF.iterations >= 3
    assert DEFAULT_KDF.lanes >= 4


def test_a_new_database_records_the_production_cost_in_every_slot(tmp_path):
    from shelter_app.database import Database

    db, _admin, _code = Database.initialise(tmp_path / "o.db", "admin", "Admin-pass-1")
    db.close()
    doc = json.loads((tmp_path / "o.db.keys").read_text())
    assert len(doc["slots"]) == 2  # the administrator and the recovery slot
    for slot in doc["slots"]:
        assert slot["kdf"]["name"] == "argon2id"
        assert slot["kdf"]["memory_kib"] >= 65536
        assert slot["kdf"]["iterations"] >= 3
        assert slot["kdf"]["lanes"] >= 4


def test_slot_opens_with_its_password_only(tmp_path):
    dk = new_data_key()
    kf = KeyFile.new()
    kf = kf.with_slot(kf.locator("olena"), "user", "Пароль-Олени-1", [dk])
    assert kf.unlock(kf.locator("olena"), "Пароль-Олени-1").data_keys == [dk]
    assert kf.unlock(kf.locator("OLENA "), "Пароль-Олени-1").data_keys == [dk]  # username folded
    with pytest.raises(WrongSecret):
        kf.unlock(kf.locator("olena"), "пароль-олени-1")
    with pytest.raises(WrongSecret):
        kf.unlock(kf.locator("nobody"), "Пароль-Олени-1")


def test_kdf_parameters_are_recorded_per_slot(tmp_path):
    dk = new_data_key()
    kf = KeyFile.new()
    kf = kf.with_slot(kf.locator("a"), "user", "pw-aaaaaaaaa", [dk])
    kf = kf.with_slot(kf.locator("b"), "user", "pw-bbbbbbbbb", [dk], kdf=LIGHT)
    path = tmp_path / "k"
    kf.save(path, dk)
    loaded = KeyFile.load(path)
    assert loaded.kdf_params(loaded.locator("a")) == DEFAULT_KDF
    assert loaded.kdf_params(loaded.locator("b")) == LIGHT
    assert loaded.unlock(loaded.locator("b"), "pw-bbbbbbbbb").data_keys == [dk]
    doc = json.loads(path.read_text())
    slot = next(s for s in doc["slots"] if s["id"] == loaded.locator("a"))
    assert slot["kdf"]["name"] == "argon2id"
    assert slot["kdf"]["memory_kib"] == 65536


@pytest.mark.parametrize(
    "tamper",
    [
        "wrapped_ct",
        "wrapped_nonce",
        "kdf_params",
        "kdf_salt",
        "public_key",
        "envelope_ct",
        "envelope_ephemeral",
        "kind",
    ],
)
def test_tampered_slot_does_not_open(tmp_path, tamper):
    dk = new_data_key()
    kf = KeyFile.new()
    loc = kf.locator("olena")
    kf.with_slot(loc, "user", "pw-olena-123", [dk], kdf=LIGHT).save(tmp_path / "k", dk)
    doc = json.loads((tmp_path / "k").read_text())
    slot = doc["slots"][0]
    if tamper == "wrapped_ct":
        slot["wrapped_private"]["ct"] = _flip_b64(slot["wrapped_private"]["ct"], 5)
    elif tamper == "wrapped_nonce":
        slot["wrapped_private"]["nonce"] = _flip_b64(slot["wrapped_private"]["nonce"])
    elif tamper == "kdf_params":
        slot["kdf"]["iterations"] = 2
    elif tamper == "kdf_salt":
        slot["kdf"]["salt"] = _flip_b64(slot["kdf"]["salt"])
    elif tamper == "public_key":
        slot["public_key"] = _flip_b64(slot["public_key"], 3)
    elif tamper == "envelope_ct":
        slot["envelopes"][0]["ct"] = _flip_b64(slot["envelopes"][0]["ct"], 7)
    elif tamper == "envelope_ephemeral":
        slot["envelopes"][0]["ephemeral"] = _flip_b64(slot["envelopes"][0]["ephemeral"], 2)
    elif tamper == "kind":
        slot["kind"] = "recovery"
    (tmp_path / "k").write_text(json.dumps(doc))
    loaded = KeyFile.load(tmp_path / "k")
    with pytest.raises(WrongSecret):
        loaded.unlock(loc, "pw-olena-123")


def test_edit_outside_any_slot_is_caught_by_the_file_mac(tmp_path):
    dk = new_data_key()
    kf = KeyFile.new()
    kf = kf.with_slot(kf.locator("a"), "user", "pw-aaaaaaaaa", [dk], kdf=LIGHT)
    kf = kf.with_slot(kf.locator("b"), "user", "pw-bbbbbbbbb", [dk], kdf=LIGHT)
    kf.save(tmp_path / "k", dk)
    assert KeyFile.load(tmp_path / "k").mac_valid(dk)
    doc = json.loads((tmp_path / "k").read_text())
    doc["slots"] = doc["slots"][:1]  # someone removed a colleague's slot
    (tmp_path / "k").write_text(json.dumps(doc))
    assert not KeyFile.load(tmp_path / "k").mac_valid(dk)


def test_key_file_names_nobody(tmp_path):
    dk = new_data_key()
    kf = KeyFile.new()
    for name in ("olena.kovalenko", "марія", "admin"):
        kf = kf.with_slot(kf.locator(name), "user", f"pw-{name}-123456", [dk], kdf=LIGHT)
    kf.save(tmp_path / "k", dk)
    raw = (tmp_path / "k").read_bytes()
    for name in ("olena", "kovalenko", "марія", "admin"):
        assert name.encode() not in raw
        assert name.encode("utf-16-le") not in raw
    assert dk.hex().encode() not in raw and base64.b64encode(dk) not in raw


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path):
    dk = new_data_key()
    kf = KeyFile.new().save(tmp_path / "k", dk)
    kf.with_slot("x" * 32, "user", "pw-xxxxxxxxx", [dk], kdf=LIGHT).save(tmp_path / "k", dk)
    assert [p.name for p in tmp_path.iterdir()] == ["k"]


def test_missing_and_garbage_key_files(tmp_path):
    with pytest.raises(KeyFileMissing):
        KeyFile.load(tmp_path / "none")
    for garbage in (b"", b"{", b"\x00\xff" * 100, b'{"format": "oberih-keyfile"}', b"[]"):
        (tmp_path / "k").write_bytes(garbage)
        with pytest.raises(KeyFileDamaged):
            KeyFile.load(tmp_path / "k")


def test_resealing_changes_keys_for_every_slot_without_passwords(tmp_path):
    old, new = new_data_key(), new_data_key()
    kf = KeyFile.new()
    kf = kf.with_slot(kf.locator("a"), "user", "pw-aaaaaaaaa", [old], kdf=LIGHT)
    kf = kf.with_slot(kf.locator("b"), "user", "pw-bbbbbbbbb", [old], kdf=LIGHT)
    both = kf.resealed([old, new])
    assert both.unlock(both.locator("b"), "pw-bbbbbbbbb").data_keys == [old, new]
    only_new = both.resealed([new])
    assert only_new.unlock(only_new.locator("a"), "pw-aaaaaaaaa").data_keys == [new]


def test_recovery_code_is_easy_to_read_aloud():
    code = new_recovery_code()
    assert re.fullmatch(r"([0-9A-Z]{5}-){5}[0-9A-Z]{5}", code)
    assert set(code.replace("-", "")) <= set(RECOVERY_ALPHABET)
    assert not set("ILOU") & set(code)
    assert new_recovery_code() != code


@settings(max_examples=50)
@given(st.text(alphabet=RECOVERY_ALPHABET, min_size=30, max_size=30))
def test_recovery_code_typing_variants_normalise_to_the_same(code):
    typed = " ".join(code[i : i + 5] for i in range(0, 30, 5)).lower()
    typed = typed.replace("0", "o").replace("1", "l")
    assert normalise_recovery_code(typed) == normalise_recovery_code(code) == code


# --- the bounds of a slot's cost ---------------------------------------------------------


def _file_with_cost(tmp_path, kdf: KdfParams):
    dk = new_data_key()
    kf = KeyFile.new()
    kf = kf.with_slot(kf.locator("a"), "user", "pw-aaaaaaaaa", [dk], kdf=kdf)
    path = tmp_path / "k"
    kf.save(path, dk)
    return path


def test_a_slot_cheaper_than_production_is_refused_whatever_the_environment(tmp_path, monkeypatch):
    """The old switch was an environment variable production code obeyed; now only code
    in the process (the test suite's conftest) lowers the floor."""
    from shelter_app.storage import keyfile

    path = _file_with_cost(tmp_path, LIGHT)
    monkeypatch.setenv("OBERIH_TEST_CHEAP_KDF", "1")
    monkeypatch.setattr(keyfile, "KDF_FLOOR", DEFAULT_KDF)  # as in production
    with pytest.raises(KeyFileDamaged):
        KeyFile.load(path)


def test_a_child_process_without_the_test_hook_refuses_a_cheap_slot(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    path = _file_with_cost(tmp_path, LIGHT)
    repo = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=repo, OBERIH_TEST_CHEAP_KDF="1", QT_QPA_PLATFORM="offscreen")
    program = (
        "import sys\n"
        "from shelter_app.errors import KeyFileDamaged\n"
        "from shelter_app.storage.keyfile import KeyFile\n"
        "try:\n"
        "    KeyFile.load(__import__('pathlib').Path(sys.argv[1]))\n"
        "except KeyFileDamaged:\n"
        "    print('refused')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program, str(path)], env=env, capture_output=True, text=True
    )
    assert done.stdout.strip() == "refused", done.stderr


@pytest.mark.parametrize(
    "kdf",
    [KdfParams(2 * 1024 * 1024, 3, 4), KdfParams(64 * 1024, 11, 4), KdfParams(64 * 1024, 3, 17)],
)
def test_a_slot_asking_for_more_than_the_sane_maximum_is_refused(tmp_path, kdf):
    with pytest.raises(KeyFileDamaged):
        KeyFile.load(_file_with_cost_unchecked(tmp_path, kdf))


def _file_with_cost_unchecked(tmp_path, kdf: KdfParams):
    """A file whose slot records `kdf` without paying for it (the attacker's edit)."""
    path = _file_with_cost(tmp_path, LIGHT)
    doc = json.loads(path.read_text())
    doc["slots"][0]["kdf"].update(
        memory_kib=kdf.memory_kib, iterations=kdf.iterations, lanes=kdf.lanes
    )
    path.write_text(json.dumps(doc))
    return path
