"""The tests' own screen: forced over an exported QT_QPA_PLATFORM, and given to Qt by a
path without a drive letter's colon (Qt splits the plugin's argument at ':')."""

from __future__ import annotations

import ntpath
import os
import posixpath
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from tests.screen import offscreen_platform

ROOT = Path(__file__).resolve().parents[2]


def test_the_session_runs_on_the_1920_by_1080_test_screen(qapp):
    assert QGuiApplication.primaryScreen().size().toTuple() == (1920, 1080)
    assert os.environ["QT_QPA_PLATFORM"].count(":") == 1


def test_a_windows_path_reaches_qt_without_its_drive_colon():
    platform = offscreen_platform(
        r"C:\Users\Olena\oberih\tests\fixtures\offscreen-screen.json",
        r"C:\Users\Olena\oberih",
        ntpath,
    )
    assert platform == "offscreen:configfile=tests/fixtures/offscreen-screen.json"
    assert platform.split(":") == ["offscreen", "configfile=tests/fixtures/offscreen-screen.json"]
    with pytest.raises(ValueError):  # another drive: conftest then works from the project
        offscreen_platform(r"D:\oberih\tests\fixtures\s.json", r"C:\Users", ntpath)
    assert offscreen_platform("/a/tests/s.json", "/a", posixpath).endswith("=tests/s.json")


def test_an_exported_offscreen_platform_does_not_shrink_the_screen():
    """`QT_QPA_PLATFORM=offscreen` exported, as many people and CI systems have it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-n",
            "0",  # two tests: no workers of its own
            "tests/ui/test_main_window.py::test_size_and_last_area_are_remembered",
            "tests/ui/test_test_screen.py::test_the_session_runs_on_the_1920_by_1080_test_screen",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    assert "2 passed" in done.stdout
