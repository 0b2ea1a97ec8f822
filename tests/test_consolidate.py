"""The city-wide summary (reports/consolidate.py, `shelter-app consolidate`).

The reader holds every input and the output. The output gives her nothing new: every
shown sum is the sum of numbers shown in every input, and every sum that includes a
figure hidden anywhere is hidden (no range). So her integer programme over inputs plus
output has exactly the constraints of the inputs alone, which the release tests attack.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from shelter_app.errors import ExitCode, InvalidInput
from shelter_app.reports import periods
from shelter_app.reports.consolidate import consolidate, read_inputs
from shelter_app.reports.export import export_summary
from shelter_app.reports.model import CellState
from tests.test_disclosure import random_casework

REPO = Path(__file__).resolve().parents[1]
Q1 = periods.quarter(2026, 1)
TODAY = date(2026, 7, 20)


def centre_json(opened, tmp_path: Path, name: str, language: str = "en") -> Path:
    out = tmp_path / f"{name}.json"
    export_summary(opened.db, opened.admin, Q1.start, Q1.end, out, language=language, today=TODAY)
    return out


@pytest.fixture
def two_centres(opened, tmp_path):
    """The same random centre's Q1 exported, and the JSON of a second centre made by
    changing shown counts (as another centre's numbers would differ)."""
    random_casework(opened, 1)
    a = centre_json(opened, tmp_path, "a")
    doc = json.loads(a.read_text(encoding="utf-8"))
    for t in doc["tables"]:
        for r in t["rows"]:
            for c in r["cells"]:
                if c["value"] is not None and c["value"] >= 5:
                    c["value"] += 5
    b = tmp_path / "b.json"
    b.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return a, b


def test_shown_sums_add_shown_inputs_and_any_hidden_input_hides_the_sum(two_centres):
    a, b = two_centres
    docs = read_inputs([a, b])
    city = consolidate(docs)
    tables = {t.key: t for t in city.tables}
    hidden_seen = False
    for t in docs[0]["tables"]:
        other = next(u for u in docs[1]["tables"] if u["key"] == t["key"])
        for i, r in enumerate(t["rows"]):
            for j, c in enumerate(r["cells"]):
                d = other["rows"][i]["cells"][j]
                out = tables[t["key"]].rows[i].cells[j]
                if c["value"] is None or d["value"] is None:
                    assert out.value is None and out.state is not CellState.SHOWN
                    assert out.text == "×"
                    hidden_seen = True
                else:
                    assert out.value == c["value"] + d["value"]
                    if t["key"].startswith("people"):  # (activities may be small)
                        assert out.value == 0 or out.value >= docs[0]["k"]
    assert hidden_seen  # the test has work to do
    assert "neither as a number nor as a range" in city.disclosure_rule
    statistics = [f for f in city.figures if f.key in {"occupancy", "mean_stay"}]
    assert statistics and all(f.value is None and f.text == "—" for f in statistics)


def test_other_periods_k_or_languages_are_refused(opened, tmp_path, two_centres):
    a, _ = two_centres
    doc = json.loads(a.read_text(encoding="utf-8"))
    for change, says in (
        ({"k": 7}, "k must be the same"),
        ({"period": {**doc["period"], "start": "2026-02-01"}}, "another period"),
        ({"language": "uk"}, "another language"),
        ({"schema_version": 3}, "schema version 1–2"),
        ({"schema_version": True}, "schema version 1–2"),
    ):
        other = tmp_path / "other.json"
        other.write_text(json.dumps({**doc, **change}), encoding="utf-8")
        with pytest.raises(InvalidInput) as err:
            read_inputs([a, other])
        assert says in err.value.user_message()
    with pytest.raises(InvalidInput):
        read_inputs([a])


def test_the_command_writes_a_city_pdf_and_refuses_mismatches_in_one_line(two_centres, tmp_path):
    a, b = two_centres

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "shelter_app", "consolidate", *args],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=180,
        )

    done = run("--out", str(tmp_path / "city.pdf"), str(a), str(b))
    assert done.returncode == ExitCode.OK, done.stderr
    assert (tmp_path / "city.pdf").read_bytes().startswith(b"%PDF")
    odd = tmp_path / "odd.json"
    odd.write_text("{", encoding="utf-8")
    refused = run("--out", str(tmp_path / "x.csv"), str(a), str(odd))
    assert refused.returncode == ExitCode.INVALID_INPUT
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert not (tmp_path / "x.csv").exists()
