"""One workstation of tests/test_server_concurrency.py, run as its own process.

`python -m tests.concurrent_desk PLAN_JSON` signs in to the server database the plan
names, waits for the parent's start signal, then does what a desk does at a busy hour
through the real services: mistypes the password of a shared account once (and waits
while the parent looks at the throttle), tries to admit to the last free bed (every
desk at once) and to a contested bed, then logs consultations and edits the one client
card everyone has open, with the version she read. It prints what happened to each
attempt as one JSON line; the parent adds them up."""

from __future__ import annotations

import json
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from shelter_app import clients, consultations, shelter
from shelter_app.clients import ClientForm
from shelter_app.database import Database
from shelter_app.errors import AuthenticationFailed, InvalidInput, LoginThrottled, OberihError
from shelter_app.storage.server import parse_server_url


def _outcome(error: BaseException) -> str:
    """How an attempt was refused: the field an InvalidInput names, else the error's class
    (an OberihError is a clear refusal; anything else is a crash the test reports)."""
    if isinstance(error, InvalidInput):
        return f"refused:{error.field}"
    if isinstance(error, OberihError):
        return f"refused:{type(error).__name__}"
    return f"crash:{type(error).__name__}: {error}"


def _signal_and_wait(mine: str, everyone: str) -> None:
    """A barrier through files: say this desk is there, wait for the parent's signal."""
    Path(mine).touch()
    while not Path(everyone).exists():
        time.sleep(0.002)


def run(plan: dict[str, Any]) -> dict[str, Any]:
    desk = plan["desk"]
    address = parse_server_url(plan["url"])
    today = date.fromisoformat(plan["today"])
    db, worker = Database.sign_in(address, plan["case_worker"], plan["password"])
    psychologist = db.sign_in_again(plan["psychologist"], plan["password"])
    result: dict[str, Any] = {"desk": desk, "edits": [], "consultations": []}
    try:
        _signal_and_wait(plan["ready"], plan["go"])
        try:  # first thing, so that the eight failures land together
            Database.sign_in(address, plan["throttled"], "not-her-password-1")[0].close()
            result["wrong_password"] = "signed in"
        except AuthenticationFailed:
            result["wrong_password"] = "refused"
        except LoginThrottled:
            result["wrong_password"] = "throttled"
        result["wrong_password_at"] = time.time()
        _signal_and_wait(plan["tried"], plan["go_on"])  # the parent looks at the throttle

        def admit(client_id: int, bed_id: int) -> str:
            try:
                shelter.admit(db, worker, client_id, bed_id, today, "police", [], today=today)
                return "admitted"
            except Exception as error:
                return _outcome(error)

        result["last_bed"] = admit(plan["last_bed_client"], plan["last_bed"])
        result["contested_bed"] = admit(plan["contested_client"], plan["contested_bed"])

        dates = ("birth_date", "first_contact_on")
        base = ClientForm(
            **{k: date.fromisoformat(v) if k in dates else v for k, v in plan["card_form"].items()}
        )
        now = datetime.fromisoformat(plan["now"])
        for round_ in range(plan["rounds"]):
            try:
                card = clients.get_client(db, worker, plan["card"], today=today)
                phone = f"+380 67 {desk:03d} {round_:02d} 00"
                form = ClientForm(**{**base.__dict__, "phone": phone})
                saved = clients.update_client(
                    db, worker, plan["card"], form, card.version, today=today
                )
                result["edits"].append(["applied", card.version, saved.phone])
            except Exception as error:
                result["edits"].append([_outcome(error), None, None])
            try:
                starts = now - timedelta(days=1, hours=desk, minutes=10 * round_)
                consultations.log_consultation(
                    db,
                    psychologist,
                    plan["own_clients"][round_ % len(plan["own_clients"])],
                    "psychological",
                    starts,
                    5,
                    "in_person",
                    ["trauma"],
                    "follow_up",
                    now=now,
                )
                result["consultations"].append("logged")
            except Exception as error:
                result["consultations"].append(_outcome(error))
    finally:
        db.close()
    return result


if __name__ == "__main__":
    print(json.dumps(run(json.loads(sys.argv[1]))))
