"""Refresh the translation sources and compile them.

    python resources/translations/build.py

Runs pyside6-lupdate over every .py file in shelter_app/ and ui/ (keeping existing
translations), then pyside6-lrelease to make the .qm files loaded at start. Translate new
strings in the .ts file (Qt Linguist: pyside6-linguist) before compiling.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
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


def english_plural_forms(source: str) -> tuple[str, str]:
    """English needs a catalogue only for plurals: "%n day(s)" -> "%n day", "%n days";
    an irregular plural names both endings: "%n wom(an|en)" -> "%n woman", "%n women"."""
    irregular = re.compile(r"(\w+)\((\w+)\|(\w+)\)")
    source_one, source_many = irregular.sub(r"\1\2", source), irregular.sub(r"\1\3", source)
    pattern = re.compile(r"(\w+)\((\w+)\)")
    return pattern.sub(r"\1", source_one), pattern.sub(r"\1\2", source_many)


def fill_english_plurals(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        for form in english_plural_forms(message.find("source").text):
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
    ET.indent(tree)
    with open(ts, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


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
    # English is the source language: its catalogue holds only the plural forms
    subprocess.run(
        [
            bindir / "pyside6-lupdate",
            *sources(),
            "-pluralonly",
            "-target-language",
            "en_GB",
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            "oberih_en.ts",
        ],
        cwd=HERE,
        check=True,
    )
    fill_english_plurals(HERE / "oberih_en.ts")
    subprocess.run(
        [bindir / "pyside6-lrelease", "oberih_en.ts", "-qm", "oberih_en.qm"], cwd=HERE, check=True
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
