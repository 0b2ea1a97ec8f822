"""The test screen: a 1920×1080 offscreen screen, forced whatever QT_QPA_PLATFORM the
caller exported (Qt's own offscreen screen is 800×600, smaller than any staff computer:
windows would be squeezed, screenshots misleading and size tests would fail).

Qt's offscreen plugin splits its argument at ':', so the config file is given relative
to the working directory: an absolute Windows path ("C:\\...") would be cut at its drive.
"""

from __future__ import annotations

import os
import posixpath
from types import ModuleType

CONFIG = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "fixtures", "offscreen-screen.json"
)


def offscreen_platform(config: str, cwd: str, paths: ModuleType = os.path) -> str:
    """QT_QPA_PLATFORM for `config` seen from `cwd`. ValueError: no relative path (the
    file is on another Windows drive than `cwd`)."""
    relative = paths.relpath(config, cwd).replace("\\", posixpath.sep)
    return "offscreen:configfile=" + relative


def screen_platform() -> str:
    """What QT_QPA_PLATFORM must be before the QApplication exists (conftest sets it)."""
    try:
        platform = offscreen_platform(CONFIG, os.getcwd())
    except ValueError:  # run from another drive: work from the project instead
        os.chdir(os.path.dirname(os.path.dirname(CONFIG)))
        platform = offscreen_platform(CONFIG, os.getcwd())
    return platform
