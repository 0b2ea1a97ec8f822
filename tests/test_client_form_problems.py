"""clients.form_problems gives every problem of a client form at once (the intake shows
them together), and agrees with the refusal create_client gives: its first problem."""

from __future__ import annotations

from datetime import date

import pytest

from shelter_app import clients
from shelter_app.clients import ClientForm
from shelter_app.errors import InvalidInput

TODAY = date(2026, 3, 10)


def test_a_good_form_has_no_problem():
    form = ClientForm(last_name="Коваленко", first_name="Дар’я", birth_date=date(1990, 5, 17))
    assert clients.form_problems(form, TODAY) == []


def test_every_field_with_a_problem_is_named_once_in_the_forms_order():
    form = ClientForm(
        last_name="Коваленко1",
        first_name="",
        birth_date=date(2025, 1, 1),  # too young to be a client of her own
        phone="12",
        district="nowhere",
        first_contact_on=date(2027, 1, 1),
    )
    fields = [p.field for p in clients.form_problems(form, TODAY)]
    assert fields == [
        "last_name",
        "first_name",
        "birth_date",
        "phone",
        "district",
        "first_contact_on",
    ]


def test_safe_to_call_without_a_phone_is_one_problem_of_the_phone():
    form = ClientForm(last_name="Коваленко", first_name="Дар’я", safe_to_call=True)
    [problem] = clients.form_problems(form, TODAY)
    assert problem.field == "phone" and "phone number" in problem.user_message()
    assert "her" not in problem.user_message().split()  # the centre serves men too


def test_the_service_refuses_with_the_first_problem(opened):
    form = ClientForm(last_name="", first_name="", phone="12")
    first = clients.form_problems(form)[0]
    with pytest.raises(InvalidInput) as refused:
        clients.create_client(opened.db, opened.admin, form)
    assert (refused.value.field, refused.value.user_message()) == (
        first.field,
        first.user_message(),
    )
