"""Refresh the translations: lupdate -> fill from tools/en_translations.py -> lrelease.

    .venv/bin/python tools/update_translations.py

Vietnamese is the source language, so English is the only translation file. Its texts are kept
in a plain Python dict (reviewable in a diff, editable without Qt Linguist) and merged into the
.ts here; a translation already in the .ts (e.g. made in Linguist) wins over the dict unless
--prefer-dict is given. Strings without any translation are listed, never fatal: people add
strings all the time and the app simply shows them in Vietnamese until someone translates them.
resources/i18n/qtbase_vi.ts (Qt's own dialogs in Vietnamese) is compiled in the same run.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_DIR = ROOT / "app"
I18N_DIR = ROOT / "resources" / "i18n"
TS_FILE = I18N_DIR / "ocop_booth_en.ts"
QM_FILE = I18N_DIR / "ocop_booth_en.qm"
DICT_FILE = Path(__file__).resolve().parent / "en_translations.py"
# Qt's own dialogs in Vietnamese (Qt ships no qtbase_vi): edited by hand or in Linguist, never
# by lupdate (its sources are Qt's, see tools/qm_reader.py), only compiled here.
QT_TS_FILE = I18N_DIR / "qtbase_vi.ts"
QT_QM_FILE = I18N_DIR / "qtbase_vi.qm"
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def find_tool(name: str) -> str:
    """pyside6-lupdate/lrelease from the same environment as this Python, else from PATH."""
    bindir = Path(sys.executable).parent
    for candidate in (bindir / name, bindir / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    sys.exit(f"error: {name} not found next to {sys.executable} nor on PATH (pip install PySide6)")


def load_dictionary() -> dict[str | tuple[str, str], str]:
    """EN from tools/en_translations.py, loaded by path so the script runs from anywhere."""
    spec = importlib.util.spec_from_file_location("en_translations", DICT_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.EN)


def source_files() -> list[str]:
    """Every .py under app/, relative to the repo root so .ts locations stay portable."""
    files = sorted(p for p in APP_DIR.rglob("*.py") if "__pycache__" not in p.parts)
    return [os.path.relpath(p, ROOT) for p in files]


def run_lupdate(lupdate: str) -> None:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    args = [
        lupdate,
        *source_files(),
        "-ts",
        os.path.relpath(TS_FILE, ROOT),
        "-source-language",
        "vi_VN",
        "-target-language",
        "en_US",
        "-locations",
        "relative",
        "-no-obsolete",
        "-silent",
    ]
    subprocess.run(args, cwd=ROOT, check=True)


def _check_placeholders(source: str, text: str) -> bool:
    """A translation must keep the {name} fields of its source or str.format will fail."""
    return sorted(_PLACEHOLDER.findall(source)) == sorted(_PLACEHOLDER.findall(text))


def fill_translations(en: dict[str | tuple[str, str], str], prefer_dict: bool) -> list[str]:
    """Write dictionary texts into the .ts; return the problems and missing strings found."""
    tree = ET.parse(TS_FILE)
    report: list[str] = []
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                if translation.get("type") == "unfinished":
                    report.append(f"  [{context_name}] (plural, translate in Linguist) {source}")
                continue
            existing = translation.text or ""
            finished = bool(existing) and translation.get("type") is None
            wanted = en.get((context_name, source), en.get(source))
            if wanted is None:
                if not finished:
                    report.append(f"  [{context_name}] {source}")
                continue
            if not _check_placeholders(source, wanted):
                report.append(
                    f"  [{context_name}] placeholders differ, skipped: {source!r} -> {wanted!r}"
                )
                continue
            if finished and existing != wanted and not prefer_dict:
                report.append(
                    f"  [{context_name}] kept .ts text {existing!r} over dict "
                    f"{wanted!r} (use --prefer-dict)"
                )
                continue
            translation.text = wanted
            translation.attrib.pop("type", None)
    with open(TS_FILE, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return report


def run_lrelease(lrelease: str) -> None:
    """Compile every .ts we carry, so one command refreshes every .qm the app loads."""
    for ts_file, qm_file in ((TS_FILE, QM_FILE), (QT_TS_FILE, QT_QM_FILE)):
        subprocess.run(
            [lrelease, os.path.relpath(ts_file, ROOT), "-qm", os.path.relpath(qm_file, ROOT)],
            cwd=ROOT,
            check=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--prefer-dict",
        action="store_true",
        help="overwrite translations in the .ts with the dictionary's text",
    )
    options = parser.parse_args(argv)
    lupdate, lrelease = find_tool("pyside6-lupdate"), find_tool("pyside6-lrelease")
    run_lupdate(lupdate)
    report = fill_translations(load_dictionary(), options.prefer_dict)
    # A second lupdate pass rewrites the file in lupdate's own layout, so the .ts diff after a
    # run shows only real changes, whether it was last written by this script or by Linguist.
    run_lupdate(lupdate)
    run_lrelease(lrelease)
    if report:
        print(f"{len(report)} string(s) need attention (shown in Vietnamese until translated);")
        print("add them to tools/en_translations.py and run this script again:")
        print("\n".join(report))
    else:
        print("All strings translated.")
    print(f"Wrote {os.path.relpath(TS_FILE, ROOT)} and {os.path.relpath(QM_FILE, ROOT)}")
    print(f"Compiled {os.path.relpath(QT_QM_FILE, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
