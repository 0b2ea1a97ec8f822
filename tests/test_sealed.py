"""Sealed values: a value opens only under its key, in its own table, column and row;
a value copied elsewhere gives a clear error that names nothing, and the rest of the
records still open."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from shelter_app import clients
from shelter_app.errors import SealedValueDamaged
from shelter_app.sealed import is_sealed, open_sealed, seal

KEY, OTHER = b"k" * 32, b"o" * 32


def test_a_value_opens_only_where_it_was_sealed():
    stored = seal(KEY, "clients", "last_name", 7, "Ґонта")
    assert is_sealed(stored) and "Ґонта" not in stored
    assert open_sealed(KEY, "clients", "last_name", 7, stored) == "Ґонта"
    for elsewhere in (
        (OTHER, "clients", "last_name", 7),  # another compartment's key
        (KEY, "clients", "last_name", 8),  # another row
        (KEY, "clients", "first_name", 7),  # another column
        (KEY, "children", "last_name", 7),  # another table
    ):
        with pytest.raises(SealedValueDamaged) as err:
            open_sealed(*elsewhere, stored)
        assert "Ґонта" not in str(err.value) and str(err.value)  # a message, naming nothing


def test_an_altered_value_does_not_open():
    stored = seal(KEY, "clients", "phone", 1, "+380 50 123 45 67")
    at = len(stored) // 2  # a character of the ciphertext (the last may be padding bits)
    flipped = stored[:at] + ("A" if stored[at] != "A" else "B") + stored[at + 1 :]
    with pytest.raises(SealedValueDamaged):
        open_sealed(KEY, "clients", "phone", 1, flipped)
    with pytest.raises(SealedValueDamaged):
        open_sealed(KEY, "clients", "phone", 1, "~s1~not base64!")


def test_a_name_copied_to_another_clients_row_fails_to_open_with_a_clear_error(opened, make_client):
    """An insider with the file key copies Ґонта's sealed surname into Коваль's row,
    hoping the application will show it under Коваль's card: it does not open."""
    gonta = make_client("Ґонта", "Дар’я")
    koval = make_client("Коваль", "Ірина")
    with opened.db.engine.begin() as conn:
        sealed_name = conn.execute(
            text("SELECT last_name FROM clients WHERE id = :i"), {"i": gonta}
        ).scalar_one()
        assert is_sealed(sealed_name)
        conn.execute(
            text("UPDATE clients SET last_name = :v WHERE id = :i"), {"v": sealed_name, "i": koval}
        )
    with pytest.raises(SealedValueDamaged) as err:
        clients.get_client(opened.db, opened.admin, koval)
    assert "Ґонта" not in str(err.value)
    # her own card still opens
    assert clients.get_client(opened.db, opened.admin, gonta).last_name == "Ґонта"


def test_search_finds_her_by_any_spelling_through_the_sealed_names(opened, make_client):
    gonta = make_client("Ґонта", "Дар’я")
    make_client("Коваль", "Ірина")
    for typed in ("дар'я", "ДАРʼЯ", "гонта", "Гонта дар"):
        assert [c.id for c in clients.search_clients(opened.db, opened.admin, typed)] == [gonta]
    assert [c.display_name for c in clients.search_clients(opened.db, opened.admin, "")] == [
        "Ґонта Дар’я",
        "Коваль Ірина",
    ]  # Ukrainian order: ґ before к
