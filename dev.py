#!/usr/bin/env python3
"""Developer entry point: the two commands of the README.

    python3 dev.py run     # the app on demo data (creates .venv and installs on first use)
    python3 dev.py test    # the whole test suite

Written with the standard library only, so it works on a fresh machine that has nothing but
Python 3.11+. The virtual environment is re-installed whenever pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
DEMO_DATA = ROOT / ".demo-data"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _ensure_venv() -> Path:
    """Create .venv and install the project with its dev extra, once per pyproject change."""
    python = _venv_python()
    stamp = VENV / ".installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if python.exists() and stamp.exists() and stamp.read_text() == digest:
        return python
    if not python.exists():
        print("Creating virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing ocop-booth and its dependencies ...", flush=True)
    subprocess.check_call([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    subprocess.check_call([str(python), "-m", "pip", "install", "-q", "-e", f"{ROOT}[dev]"])
    stamp.write_text(digest)
    return python


def run(args: list[str]) -> int:
    python = _ensure_venv()
    if not (DEMO_DATA / "booth.db").exists():
        subprocess.check_call([str(python), "-m", "app", "--data-dir", str(DEMO_DATA), "demo", "--sales", "200"])
    return subprocess.call([str(python), "-m", "app", "--data-dir", str(DEMO_DATA), *args])


def test(args: list[str]) -> int:
    python = _ensure_venv()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in {"run", "test"}:
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    return run(rest) if command == "run" else test(rest)


if __name__ == "__main__":
    sys.exit(main())
