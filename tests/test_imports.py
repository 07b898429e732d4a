"""The package's import graph: no module imports itself back through others.

Every ``afirgen`` import counts, at the top of a module, inside a function
(a lazy import only hides a cycle) and under ``TYPE_CHECKING`` (a type-only
cycle is still two modules that cannot be understood apart).
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

import afirgen

ROOT = Path(afirgen.__file__).parent


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def import_graph() -> dict[str, set[str]]:
    files = {module_name(path): path for path in ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names if alias.name in files)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    if full in files:
                        targets.add(full)
                    elif node.module in files:
                        targets.add(node.module)
        graph[name] = targets - {name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path that ends where it starts, or None."""
    done: set[str] = set()
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        if module in path:
            return [*path[path.index(module) :], module]
        if module in done:
            return None
        path.append(module)
        for target in sorted(graph[module]):
            if cycle := visit(target):
                return cycle
        path.pop()
        done.add(module)
        return None

    for module in sorted(graph):
        if cycle := visit(module):
            return cycle
    return None


def package(module: str) -> str:
    return ".".join(module.split(".")[:2])


def imports_of(graph: dict[str, set[str]], prefix: str) -> set[str]:
    return {t for m, targets in graph.items() if package(m) == prefix for t in targets}


def test_no_module_import_cycle() -> None:
    assert find_cycle(import_graph()) is None


def test_the_cycle_finder_finds_one() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]


def test_background_tasks_are_a_package_of_their_own() -> None:
    graph = import_graph()
    tasks = {m for m in graph if package(m) == "afirgen.tasks"}
    assert "afirgen.tasks.runner" in tasks
    # the services the API calls do not reach back into background work
    assert not {t for t in imports_of(graph, "afirgen.services") if package(t) == "afirgen.tasks"}


def test_domain_imports_no_other_layer() -> None:
    graph = import_graph()
    outside = {t for t in imports_of(graph, "afirgen.domain") if package(t) != "afirgen.domain"}
    assert outside == set()


def test_routes_call_services_not_repositories() -> None:
    graph = import_graph()
    reached = {t for t in imports_of(graph, "afirgen.api") if package(t) == "afirgen.repositories"}
    assert reached == set()


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    packages: dict[str, set[str]] = {package(m): set() for m in graph}
    for module, targets in graph.items():
        packages[package(module)] |= {package(t) for t in targets} - {package(module)}
    return packages


def test_no_package_import_cycle() -> None:
    assert find_cycle(package_graph(import_graph())) is None


# what wires or serves the app; no layer below imports it
ENTRY_POINTS = {"afirgen.api", "afirgen.bootstrap", "afirgen.main", "afirgen.cli", "afirgen.worker"}
BELOW = {
    "afirgen.services": ENTRY_POINTS | {"afirgen.tasks"},
    "afirgen.tasks": ENTRY_POINTS,
    "afirgen.repositories": ENTRY_POINTS | {"afirgen.services", "afirgen.tasks"},
    "afirgen.infrastructure": ENTRY_POINTS
    | {"afirgen.services", "afirgen.tasks", "afirgen.repositories", "afirgen.pipeline"},
    "afirgen.pipeline": ENTRY_POINTS
    | {"afirgen.services", "afirgen.tasks", "afirgen.repositories"},
    "afirgen.legal": ENTRY_POINTS | {"afirgen.services", "afirgen.tasks", "afirgen.repositories"},
}


@pytest.mark.parametrize("layer", sorted(BELOW))
def test_layers_import_downwards_only(layer: str) -> None:
    reached = {package(t) for t in imports_of(import_graph(), layer)}
    assert reached & BELOW[layer] == set()
