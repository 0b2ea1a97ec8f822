"""The GUI talks to core services only: nothing in ui/ imports shelter_app.storage (the
file formats, locks, engine and schema stay behind the services)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def test_ui_imports_nothing_from_storage():
    offenders = {
        f"{path.relative_to(UI.parent)}: {name}"
        for path in UI.rglob("*.py")
        for name in _imports(path)
        if name == "shelter_app.storage" or name.startswith("shelter_app.storage.")
    }
    assert offenders == set()


def test_the_check_sees_an_import_from_storage(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from shelter_app import storage\nimport shelter_app.storage.files\n")
    assert {"shelter_app.storage", "shelter_app.storage.files"} <= _imports(sample)
