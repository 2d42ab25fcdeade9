"""Qt stays in app/ui, widgets reach the database only through app.services, the hub has no GUI.

Two checkers, because neither sees everything:

* import-linter (the contracts in .importlinter) builds the import graph of app/ and server/:
  absolute and relative imports, imports inside functions, and indirect chains (a service that
  imports a widget module drags Qt in with it). It runs as `lint-imports` in a subprocess so it
  can be pointed at a temporary copy of the tree, which an in-process run could not (`app` is
  already imported here, from the real tree).
* import-linter cannot see dynamic imports, so an AST scan looks at every
  importlib.import_module(...) / __import__(...) in app/ and server/: a literal target that breaks
  a rule is reported; outside app/ui, so is a target that is not a literal (nobody can check it),
  unless NONLITERAL_ALLOWED names it with a reason. The scan also reads the static imports of the
  few files import-linter never sees: scripts loaded by path from folders without __init__.py
  (server/migrations, run by Alembic).

The checkers are proven on copies of the real tree with one offending line added: a services
module that calls importlib.import_module("PySide6.QtCore"), a widget module with
`from ..models import ...`, a hub module with `import PySide6` (the three holes of issue 11), and
a few more.
"""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / ".importlinter"
PACKAGES = ("app", "server")
DYNAMIC_IMPORTERS = {"import_module", "__import__"}

# Dynamic imports whose target is computed, outside app/ui: (module, the name argument as
# ast.unparse writes it) -> why import-linter's static view still covers what it loads.
NONLITERAL_ALLOWED: dict[tuple[str, str], str] = {
    ("app.commands", "f'{__name__}.{info.name}'"): (
        "subcommand discovery: loads only the modules of app/commands itself "
        "(pkgutil.iter_modules(__path__)), whose own imports the contracts check"
    ),
}


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def forbidden_for(importer: str) -> dict[str, str]:
    """The packages `importer` must not import, each with the rule the import would break.

    The same rules as .importlinter, for the imports it cannot see.
    """
    if _within(importer, "app.ui"):
        return {
            "sqlalchemy": "widgets do no SQL, they call app.services",
            "app.models": "widgets do not touch ORM models, they call app.services",
        }
    if _within(importer, "server"):
        return {
            "PySide6": "the hub has no GUI",
            "shiboken6": "the hub has no GUI",
            "app.ui": "the hub has no GUI",
            "app.db": "the hub shares the booth's rules, not its database",
            "app.models": "the hub shares the booth's rules, not its database",
        }
    return {
        "PySide6": "Qt only in app.ui",
        "shiboken6": "Qt only in app.ui",
        "app.ui": "only the GUI entry point (app.cli) loads widgets",
    }


# --- import-linter ---------------------------------------------------------------------------


def lint_imports(root: Path) -> str:
    """Run the .importlinter contracts on the packages under `root`; "" when all are kept.

    PYTHONPATH and the working directory put `root` first on sys.path, ahead of the editable
    install's finder (which points at the real tree), so grimp reads the copy a test made.
    """
    env = dict(os.environ, PYTHONPATH=str(root), NO_COLOR="1", COLUMNS="200")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
            "--no-cache",
            "--no-logo",
            str(CONFIG),
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return "" if done.returncode == 0 else done.stdout + done.stderr


# --- dynamic imports (and files import-linter does not see) ----------------------------------


@dataclass(frozen=True)
class Source:
    path: Path
    rel: str  # as reported: app/services/checkout.py
    module: str  # app.services.checkout
    package: str  # what relative imports resolve against: app.services
    loose: bool  # in a folder without __init__.py: loaded by path, not in the import graph


def sources(root: Path) -> list[Source]:
    """Every .py file of app/ and server/ under `root`."""
    found: list[Source] = []
    for top in PACKAGES:
        for path in sorted((root / top).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            is_init = parts[-1] == "__init__"
            module = ".".join(parts[:-1] if is_init else parts)
            loose = any(
                not (root.joinpath(*parts[:i]) / "__init__.py").exists()
                for i in range(1, len(parts))
            )
            found.append(
                Source(
                    path=path,
                    rel=path.relative_to(root).as_posix(),
                    module=module,
                    package=module if is_init else module.rpartition(".")[0],
                    loose=loose,
                )
            )
    return found


@dataclass
class Scan:
    findings: list[str] = field(default_factory=list)
    allowed_seen: set[tuple[str, str]] = field(default_factory=set)


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _literal(node: ast.expr | None) -> str | int | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, int)):
        return node.value
    return None


def _literal_prefix(node: ast.expr) -> str:
    """The constant start of a computed name: f"app.models.{x}" -> "app.models."."""
    if isinstance(node, ast.JoinedStr):
        prefix = ""
        for part in node.values:
            if not (isinstance(part, ast.Constant) and isinstance(part.value, str)):
                break
            prefix += part.value
        return prefix
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = _literal(node.left)
        return left if isinstance(left, str) else _literal_prefix(node.left)
    return ""


def _resolve(name: str, level: int, anchor: str) -> str:
    """importlib's own rule for a relative name: `level` dots, counted from package `anchor`."""
    base = anchor.rsplit(".", level - 1)[0]
    return f"{base}.{name}" if name else base


def _target(call: ast.Call, kind: str, source: Source) -> str | None:
    """The absolute module a dynamic import loads, or None when it is not a literal."""
    name = _literal(_argument(call, 0, "name"))
    if not isinstance(name, str):
        return None
    if kind == "import_module":
        level = len(name) - len(name.lstrip("."))
        if not level:
            return name
        package_arg = _argument(call, 1, "package")
        anchor = _literal(package_arg)
        if isinstance(package_arg, ast.Name) and package_arg.id in ("__package__", "__name__"):
            anchor = source.package if package_arg.id == "__package__" else source.module
        return _resolve(name[level:], level, anchor) if isinstance(anchor, str) else None
    level = _literal(_argument(call, 4, "level")) or 0  # __import__(name, g, l, fromlist, level)
    if not isinstance(level, int):
        return None
    return _resolve(name, level, source.package) if level else name


def _breaks(target: str, source: Source) -> str | None:
    for package, rule in forbidden_for(source.module).items():
        if _within(target, package):
            return rule
    return None


def scan_file(source: Source, scan: Scan) -> None:
    """Report the dynamic imports of one file that break a rule or cannot be checked."""
    text = source.path.read_text(encoding="utf-8")
    if not source.loose and not any(name in text for name in DYNAMIC_IMPORTERS):
        return  # every spelling below, aliases included, names one of them: nothing to see
    nodes = list(ast.walk(ast.parse(text, filename=str(source.path))))
    in_ui = _within(source.module, "app.ui")
    # `from importlib import import_module as load` makes load(...) a dynamic import too.
    kinds = {name: name for name in DYNAMIC_IMPORTERS}
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module in ("importlib", "builtins"):
            for alias in node.names:
                if alias.name in DYNAMIC_IMPORTERS and alias.asname:
                    kinds[alias.asname] = alias.name

    def report(node: ast.AST, what: str, problem: str) -> None:
        scan.findings.append(f"{source.rel}:{getattr(node, 'lineno', '?')}: {what}: {problem}")

    def kind_of(node: ast.AST) -> str | None:
        if isinstance(node, ast.Name):
            return kinds.get(node.id)
        if isinstance(node, ast.Attribute) and node.attr in DYNAMIC_IMPORTERS:
            return node.attr
        return None

    callees: set[int] = set()
    for node in nodes:
        if source.loose and isinstance(node, (ast.Import, ast.ImportFrom)):
            # Not in the import graph, so its static imports are checked here.
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                names = (
                    [_resolve(node.module or "", node.level, source.package)]
                    if node.level
                    else [node.module or ""]
                )
            for name in names:
                if rule := _breaks(name, source):
                    report(node, ast.unparse(node), f"imports {name} ({rule})")
        if not isinstance(node, ast.Call) or (kind := kind_of(node.func)) is None:
            continue
        callees.add(id(node.func))
        call_text = ast.unparse(node)
        target = _target(node, kind, source)
        if target is not None:
            if rule := _breaks(target, source):
                report(node, call_text, f"imports {target} ({rule})")
            continue
        name_arg = _argument(node, 0, "name")
        prefix = _literal_prefix(name_arg) if name_arg is not None else ""
        broken = [
            rule
            for package, rule in forbidden_for(source.module).items()
            if prefix.startswith(package + ".")
        ]
        key = (source.module, ast.unparse(name_arg) if name_arg is not None else "")
        if broken:
            report(node, call_text, f"imports something under {prefix!r} ({broken[0]})")
        elif key in NONLITERAL_ALLOWED:
            scan.allowed_seen.add(key)
        elif not in_ui:
            report(
                node,
                call_text,
                "computed module name outside app/ui: nothing can check "
                "what it loads; import it statically or add it to NONLITERAL_ALLOWED with why",
            )
    if in_ui:
        return
    # `load = importlib.import_module; load("PySide6")` hides the call from the loop above.
    for node in nodes:
        if kind_of(node) is not None and id(node) not in callees:
            report(
                node,
                ast.unparse(node),
                "dynamic importer used other than by a direct call "
                "outside app/ui: nothing can check what it loads",
            )


def scan_tree(root: Path) -> Scan:
    scan = Scan()
    for source in sources(root):
        scan_file(source, scan)
    return scan


def layering_report(root: Path) -> str:
    """Everything both checkers find in the tree under `root`; "" when it keeps every rule."""
    return "\n".join(filter(None, [lint_imports(root), *scan_tree(root).findings]))


# --- the real tree -----------------------------------------------------------------------------


def test_the_real_tree_keeps_every_layering_rule() -> None:
    assert layering_report(REPO) == ""


def test_every_allowlisted_dynamic_import_still_exists() -> None:
    """A stale entry would quietly allow the next computed import with the same text."""
    assert scan_tree(REPO).allowed_seen == set(NONLITERAL_ALLOWED)


def test_the_qt_contract_lists_every_part_of_app_but_ui() -> None:
    """Forbidden contracts name their sources, so a new app/ module must be added to the list."""
    parser = configparser.ConfigParser()
    parser.read(CONFIG, encoding="utf-8")
    listed = parser["importlinter:contract:qt-only-in-ui"]["source_modules"].split()
    children = {
        f"app.{path.stem}"
        for path in (REPO / "app").iterdir()
        if (path.suffix == ".py" and path.stem != "__init__") or (path / "__init__.py").exists()
    }
    assert sorted(listed) == sorted(children - {"app.ui"})


# --- the checkers catch what they should --------------------------------------------------------

CASES = {
    # The three holes of issue 11.
    "dynamic Qt import in a service": (
        "app/services/checkout.py",
        'import importlib\nimportlib.import_module("PySide6.QtCore")\n',
        ["app/services/checkout.py:", "imports PySide6.QtCore (Qt only in app.ui)"],
    ),
    "relative import of the models in a widget": (
        "app/ui/sell_page.py",
        "from ..models import Product\n",
        ["app.ui.sell_page -> app.models"],
    ),
    "Qt import in the hub": (
        "server/reports.py",
        "import PySide6\n",
        ["server.reports -> PySide6"],
    ),
    # A few more shapes of the same mistakes.
    "service importing a widget module (Qt indirectly)": (
        "app/services/stock.py",
        "from app.ui import theme\n",
        ["app.services.stock -> app.ui.theme"],
    ),
    "relative dynamic import of the models in a widget": (
        "app/ui/products_page.py",
        'import importlib\nimportlib.import_module("..models", __package__)\n',
        ["app/ui/products_page.py:", "imports app.models ("],
    ),
    "aliased __import__ of sqlalchemy in a widget": (
        "app/ui/theme.py",
        'from builtins import __import__ as load\nload("sqlalchemy.orm")\n',
        ["app/ui/theme.py:", "imports sqlalchemy.orm"],
    ),
    "computed dynamic import in the sync engine": (
        "app/sync/engine.py",
        "import importlib\n\n\ndef load(name):\n    return importlib.import_module(name)\n",
        ["app/sync/engine.py:", "computed module name outside app/ui"],
    ),
    "the catalog rulebook the hub shares reaching for the booth's tables": (
        "app/services/catalog_rules.py",
        "from app.models.catalog import Producer\n",
        ["app.services.catalog_rules -> app.models.catalog"],
    ),
    "Qt import in an Alembic script (outside the import graph)": (
        "server/migrations/env.py",
        "from PySide6 import QtCore\n",
        ["server/migrations/env.py:", "imports PySide6 (the hub has no GUI)"],
    ),
}


@pytest.fixture(scope="module")
def offending_report(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One copy of the tree with every case's line added, each to its own file, checked once.

    One lint-imports run instead of one per case keeps the module fast; the cases cannot hide
    each other because each one is expected under its own file or module name.
    """
    files = [rel for rel, _, _ in CASES.values()]
    assert len(set(files)) == len(files), "each case needs a file of its own"
    root = tmp_path_factory.mktemp("offending")
    for top in PACKAGES:
        shutil.copytree(REPO / top, root / top, ignore=shutil.ignore_patterns("__pycache__"))
    for rel, line, _ in CASES.values():
        target = root / rel
        target.write_text(target.read_text(encoding="utf-8") + "\n" + line, encoding="utf-8")
    return layering_report(root)


@pytest.mark.parametrize("case", list(CASES))
def test_the_checkers_catch(case: str, offending_report: str) -> None:
    """Some one line of the report names both the place and the broken rule."""
    expected = CASES[case][2]
    lines = offending_report.splitlines()
    assert any(all(text in line for text in expected) for line in lines), offending_report
