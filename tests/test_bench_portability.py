"""`bench` on systems without Unix's `resource` module (Windows) and with a GUI probe
that fails: the benchmark reports a failed line instead of crashing after minutes."""

from __future__ import annotations

import importlib
import sys
from datetime import date
from pathlib import Path

from shelter_app.bench import gui, runner
from shelter_app.bench.dataset import Dataset


def _dataset() -> Dataset:
    """The GUI step reads only the path (the probes are replaced)."""
    return Dataset(Path("unused.db"), 1, 1, 1, 1, date(2026, 1, 1), 0.0, True)


def test_the_probe_module_imports_without_resource(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "resource", None)  # `import resource` now fails
    monkeypatch.delitem(sys.modules, "ui.bench_probe", raising=False)
    probe = importlib.import_module("ui.bench_probe")
    assert probe._max_rss_mb() > 0  # /proc here; the Windows branch is not run here


def test_a_failing_gui_probe_is_a_failed_line(monkeypatch) -> None:
    def fail(*_args, **_kwargs):
        raise gui.ProbeFailed("start exited with 1")

    monkeypatch.setattr(gui, "start_up", fail)
    dataset = _dataset()
    report = runner.Report(dataset, {})
    runner._gui(dataset, 1, report)
    # both GUI lines stay in the table as failed lines that count against the targets
    assert [(r.operation, r.failed, r.met) for r in report.results] == [
        ("gui_start", "ProbeFailed", False),
        ("gui_memory", "ProbeFailed", False),
    ]


def test_a_failing_memory_probe_keeps_the_start_line(monkeypatch) -> None:
    stats = runner.Stats.of([1.0, 2.0])
    monkeypatch.setattr(gui, "start_up", lambda *_a: (stats, stats, 10.0, 5.0))

    def fail(*_args, **_kwargs):
        raise OSError("no such program")

    monkeypatch.setattr(gui, "memory", fail)
    dataset = _dataset()
    report = runner.Report(dataset, {})
    runner._gui(dataset, 1, report)
    assert [(r.operation, r.failed) for r in report.results] == [
        ("gui_start", ""),
        ("gui_memory", "OSError"),
    ]
