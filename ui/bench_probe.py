"""The benchmark's GUI measurements, each run as its own process by shelter_app.bench
(the core never imports Qt widgets):

    python -m ui.bench_probe start  DB T0   # the real start-up until the sign-in window shows
    python -m ui.bench_probe bare   T0      # a bare QApplication + QWidget, the baseline
    python -m ui.bench_probe memory DB USER # sign in, list every client, peak memory

T0 is the parent's time.time() just before it started the process, so Python's own
start-up counts. The password of `memory` comes on standard input. Each prints one JSON
line: {"seconds": ..., "max_rss_mb": ...} (memory adds "rows" and "fetch_seconds")."""

from __future__ import annotations

import json
import sys
import time


def _max_rss_mb() -> float:
    """Peak resident memory of this process. On Linux ru_maxrss survives fork+exec, so a
    child started by a big parent would report the parent's size: the kernel's VmHWM
    (high-water mark of this program's own address space) is read instead."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    if sys.platform == "win32":
        return _windows_peak_mb()
    import resource  # Unix only: importing it at the top broke `bench` on Windows

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def _windows_peak_mb() -> float:
    """PeakWorkingSetSize from GetProcessMemoryInfo (psapi), without a new dependency."""
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [
            ("cb", wintypes.DWORD),
            ("PageFaultCount", wintypes.DWORD),
            ("PeakWorkingSetSize", ctypes.c_size_t),
            ("WorkingSetSize", ctypes.c_size_t),
            ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
            ("QuotaPagedPoolUsage", ctypes.c_size_t),
            ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
            ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
            ("PagefileUsage", ctypes.c_size_t),
            ("PeakPagefileUsage", ctypes.c_size_t),
        ]

    counters = Counters()
    counters.cb = ctypes.sizeof(Counters)
    process = ctypes.windll.kernel32.GetCurrentProcess()
    if not ctypes.windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb):
        return 0.0
    return counters.PeakWorkingSetSize / 2**20


def _report(**values: object) -> None:
    print(json.dumps({**values, "max_rss_mb": round(_max_rss_mb(), 1)}), flush=True)


def start(db: str, t0: float) -> int:
    """`shelter-app --db DB` as staff start it, stopped when the sign-in window is up."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.launcher import main
    from ui.sign_in import SignInWindow

    shown = SignInWindow.showEvent

    def show_event(self, event) -> None:  # type: ignore[no-untyped-def]
        shown(self, event)

        def done() -> None:
            _report(seconds=time.time() - t0)
            self.close()  # ends the program as closing the sign-in window does
            QApplication.exit(0)

        QTimer.singleShot(0, done)

    SignInWindow.showEvent = show_event  # type: ignore[method-assign]
    return main(["--db", db])


def bare(t0: float) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(480, 360)
    window.show()

    def done() -> None:
        _report(seconds=time.time() - t0)
        app.exit(0)

    QTimer.singleShot(0, done)
    return app.exec()


def memory(db: str, username: str, password: str) -> int:
    """Sign in, open the Clients area with archived records included (every client),
    and scroll the list to its end: every row fetched, batch by batch, as the view does."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from shelter_app.settings import get_settings
    from ui.app import make_application
    from ui.clients.page import ClientsPage
    from ui.context import AppContext
    from ui.sign_in import open_database
    from ui.worker import Worker

    app = make_application()
    worker = Worker()
    opened = open_database(db, username, password)
    ctx = AppContext(opened.db, opened.user, worker, get_settings(opened.db, opened.user))
    page = ClientsPage(ctx)
    page.resize(1200, 800)
    page.show()
    loop = QEventLoop()

    def settle() -> None:
        while worker.busy:
            loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        app.processEvents()

    started = time.perf_counter()
    page.activate()
    page.archived.setChecked(True)
    settle()
    model = page.model
    while model.canFetchMore():
        model.fetchMore()
        settle()
    page.table.scrollToBottom()
    app.processEvents()
    seconds = time.perf_counter() - started
    rows = model.rowCount()
    _report(seconds=seconds, rows=rows, total=model.total)
    worker.wait()
    opened.db.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    if mode == "start":
        sys.exit(start(args[0], float(args[1])))
    if mode == "bare":
        sys.exit(bare(float(args[0])))
    if mode == "memory":
        sys.exit(memory(args[0], args[1], sys.stdin.readline().rstrip("\n")))
    sys.exit(2)
