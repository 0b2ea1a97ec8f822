"""The main window on small screens: it fits the available geometry at first start (the
status bar saying who is signed in stays above the taskbar), a size remembered from a
bigger screen is fitted again, and each user keeps her own size and last area.

The session's test screen is 1920×1080 (tests/screen.py); the small screens run in a
child process that forces its own QT_QPA_PLATFORM (STYLE.md: an exported one would
otherwise win)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QRect

from shelter_app.permissions import Role
from ui.main_window import MainWindow
from ui.window_state import first_geometry, fitted

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QByteArray, QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    app.setOrganizationName("OberihTest")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
    from shelter_app.database import Database
    from shelter_app.settings import get_settings
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.worker import Worker
    from ui.window_state import UserSettings

    db, admin, _ = Database.initialise(Path(sys.argv[1]), "admin", "Admin-pass-1", "A")
    worker = Worker()
    if sys.argv[3] == "remembered":  # a geometry saved on a 1920x1080 screen
        big = MainWindow(AppContext(db, admin, worker, get_settings(db, admin)))
        big.setGeometry(10, 40, 1880, 1000)
        UserSettings(admin).set_value("main_window/geometry", big.saveGeometry())
        big.deleteLater()
    window = MainWindow(AppContext(db, admin, worker, get_settings(db, admin)))
    window.show()
    app.processEvents()
    available = window.screen().availableGeometry()
    result = []
    for key in window.area_keys():
        window.show_area(key)
        app.processEvents()
        status = window.statusBar()
        bottom_left = status.mapToGlobal(status.rect().bottomLeft())
        result.append(
            {
                "area": key,
                "frame": list(window.frameGeometry().getRect()),
                "available": list(available.getRect()),
                "status_visible": status.isVisible(),
                "status_bottom": bottom_left.y(),
                "minimum": list(window.minimumSizeHint().toTuple()),
            }
        )
    print("RESULT", __import__("json").dumps(result))
    worker.wait()
    db.close()
    """
)


def run_on_screen(tmp_path: Path, width: int, height: int, mode: str = "first") -> list[dict]:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen:configfile=" + os.path.relpath(screen, ROOT),
        PYTHONPATH=str(ROOT),
        OBERIH_LANG="uk",
    )
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "db" / "o.db"), str(tmp_path / "qs"), mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, done.stderr[-2000:]
    return json.loads(line[len("RESULT ") :])


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
@pytest.mark.parametrize("mode", ["first", "remembered"])
def test_every_area_fits_a_small_screen_with_the_status_bar_visible(tmp_path, width, height, mode):
    for shown in run_on_screen(tmp_path, width, height, mode):
        x, y, w, h = shown["frame"]
        ax, ay, aw, ah = shown["available"]
        assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, shown
        assert shown["status_visible"] and shown["status_bottom"] < ay + ah, shown
        assert shown["minimum"][0] <= aw and shown["minimum"][1] <= ah, shown


def test_a_taskbar_is_left_free_and_a_big_window_is_fitted_to_a_new_screen():
    with_taskbar = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar
    frame = QMargins(8, 31, 8, 8)
    first = first_geometry(with_taskbar, frame)
    assert first.marginsAdded(frame).bottom() <= with_taskbar.bottom()
    assert first.width() == 1200  # the preferred width fits
    from_big_screen = QRect(300, 200, 1880, 1000)
    moved = fitted(from_big_screen, with_taskbar, frame)
    assert with_taskbar.contains(moved.marginsAdded(frame))
    assert fitted(first, with_taskbar, frame) == first  # a window that fits stays put


def test_each_user_lands_on_her_own_last_area(qtbot, gui_ctx):
    lawyer_ctx, worker_ctx = gui_ctx(Role.LAWYER), gui_ctx(Role.CASE_WORKER)
    worker = MainWindow(worker_ctx)
    qtbot.addWidget(worker)
    worker.show_area("shelter")
    worker.resize(900, 600)
    worker.save_state()
    lawyer = MainWindow(lawyer_ctx)
    qtbot.addWidget(lawyer)
    assert lawyer.area_keys()[lawyer.nav.currentRow()] == "dashboard"  # not the board
    lawyer.show_area("consultations")
    lawyer.save_state()
    again = MainWindow(gui_ctx(Role.CASE_WORKER))
    qtbot.addWidget(again)
    assert again.area_keys()[again.nav.currentRow()] == "shelter"
    assert again.size().toTuple() == (900, 600)
    lawyer_again = MainWindow(gui_ctx(Role.LAWYER))
    qtbot.addWidget(lawyer_again)
    assert lawyer_again.area_keys()[lawyer_again.nav.currentRow()] == "consultations"
