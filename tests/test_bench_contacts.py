"""The anonymous-contact benchmark runs end to end at a small size and measures both
sides in the same run."""

from __future__ import annotations

import json

from shelter_app.bench import contacts


def test_the_contact_benchmark_runs_and_reports_both_sides(tmp_path, capsys):
    out = tmp_path / "r.json"
    db_path = tmp_path / "c.db"
    assert (
        contacts.main(
            ["--db", str(db_path), "--contacts", "300", "--repeat", "4", "--json", str(out)]
        )
        == 0
    )
    data = json.loads(out.read_text("utf-8"))
    assert data["operation"] == "anon_contact" and data["app"]["runs"] == 4
    assert data["baseline"]["runs"] == 4 and data["baseline_label"] == "raw INSERT + COMMIT"
    # 300 filled + 1 warm-up and 4 runs on each side
    assert data["contacts_in_table"] == 300 + 2 * 5
    assert "p95" in capsys.readouterr().out
    # a second run reuses the database instead of filling it again
    assert contacts.main(["--db", str(db_path), "--contacts", "300", "--repeat", "1"]) == 0
