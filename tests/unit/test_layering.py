"""Qt stays in app/ui; the rest of the app can be scripted and tested without a screen."""

from __future__ import annotations

import ast
from pathlib import Path

import app

APP_DIR = Path(app.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_pyside_outside_ui():
    offenders = []
    for path in APP_DIR.rglob("*.py"):
        rel = path.relative_to(APP_DIR)
        if rel.parts[0] == "ui":
            continue
        if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imports(path)):
            offenders.append(str(rel))
    assert offenders == []


def test_no_sql_in_widgets():
    offenders = []
    for path in (APP_DIR / "ui").rglob("*.py"):
        imported = _imports(path)
        if any(name == "sqlalchemy" or name.startswith("sqlalchemy.") for name in imported):
            offenders.append(str(path.relative_to(APP_DIR)))
        if "app.models" in imported or any(n.startswith("app.models.") for n in imported):
            offenders.append(str(path.relative_to(APP_DIR)))
    assert offenders == []


def test_layering_check_detects_a_qt_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in _imports(bad)
