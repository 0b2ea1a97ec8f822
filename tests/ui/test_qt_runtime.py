"""Guards for the Qt binding itself: PySide6 6.12.0 on CPython 3.11 released a reference
to None on every processEvents()/qWait() call, so a GUI (or a pytest-qt run) that waits in
a loop aborted with "none_dealloc". pyproject.toml keeps that release out; this test fails
if a version with the fault comes back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest


def test_processing_events_keeps_none_alive(qapp):
    before = sys.getrefcount(None)
    for _ in range(3000):
        QCoreApplication.processEvents()
    for _ in range(200):
        QTest.qWait(0)
    # other threads may hold or drop a few references meanwhile; the fault lost 3,200
    assert sys.getrefcount(None) - before > -100
