"""The legal domain stands on its own: it reads shared text helpers, never the fact pipeline."""

from __future__ import annotations

import ast
from pathlib import Path

import afirgen.legal

LEGAL = Path(afirgen.legal.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_legal_does_not_import_the_pipeline() -> None:
    offenders = {
        str(path.relative_to(LEGAL)): sorted(m for m in imported_modules(path) if "pipeline" in m)
        for path in LEGAL.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}
