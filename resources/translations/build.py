"""Refresh the translation sources and compile them.

    python resources/translations/build.py

Runs pyside6-lupdate over every .py file in shelter_app/ and ui/ (keeping existing
translations), then pyside6-lrelease to make the .qm files loaded at start. Translate new
strings in the .ts file (Qt Linguist: pyside6-linguist) before compiling.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = {"uk": "uk_UA"}


def sources() -> list[str]:
    files = sorted(
        p
        for d in ("shelter_app", "ui")
        for p in (ROOT / d).rglob("*.py")
        if "versions" not in p.parts
    )
    return [str(p) for p in files]


def main() -> int:
    bindir = Path(sys.executable).parent
    for lang, qt_lang in LANGUAGES.items():
        ts = f"oberih_{lang}.ts"
        subprocess.run(
            [
                bindir / "pyside6-lupdate",
                *sources(),
                "-target-language",
                qt_lang,
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                ts,
            ],
            cwd=HERE,
            check=True,
        )
        subprocess.run(
            [bindir / "pyside6-lrelease", ts, "-qm", f"oberih_{lang}.qm"], cwd=HERE, check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
