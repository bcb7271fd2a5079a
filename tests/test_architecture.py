"""The package's shape: imports only point down, no import cycles, small modules and functions.

Every module of ``portcheck/`` is parsed with :mod:`ast` (imports inside
functions included: a lazy import is still a dependency). :data:`LAYERS` is the
rank table, the one place it is written down (docs/architecture.md explains it):
a module may import from a lower rank, or from its own unit (package or module)
without forming a cycle, never from a peer of the same rank or from above.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "portcheck"

#: Rank of each unit (a subpackage or a module of ``portcheck``), bottom first. Gaps leave room.
LAYERS = {
    "portcheck.errors": 0, "portcheck.resources": 0, "portcheck.formatting": 0, "portcheck.fitting": 0,
    "portcheck.expressions": 0,
    "portcheck.signature": 10, "portcheck.ports": 10,
    "portcheck.octave": 20,
    "portcheck.sandbox": 25,        # reserved: ports run in a child process
    "portcheck.runner": 30,
    "portcheck.cases": 40,
    "portcheck.snapshots": 45,      # recorded references for Octave-free CI
    "portcheck.structured": 48,     # structs, cells and strings compared (compare.py's helper)
    "portcheck.compare": 50,
    "portcheck.gradcheck": 60,
    "portcheck.trace": 65,          # the first divergent line: both sides recorded, aligned
    "portcheck.diagnose": 70,
    "portcheck.report": 80,
    "portcheck.workflow": 90,
    "portcheck.api": 95,            # the public Python API
    "portcheck.cli": 100, "portcheck.pytest_plugin": 100,
    "portcheck": 110, "portcheck.__main__": 110,   # the package's own __init__: the light public API
}

MAX_MODULE_LINES = 500
MAX_FUNCTION_CODE_LINES = 80


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _unit(module: str) -> str:
    """The longest entry of :data:`LAYERS` that ``module`` belongs to (``portcheck`` itself: only its ``__init__``)."""
    best = None
    for unit in LAYERS:
        if module == unit or (unit != "portcheck" and module.startswith(unit + ".")):
            if best is None or len(unit) > len(best):
                best = unit
    if best is None:
        raise AssertionError(f"{module} is in no layer: add its unit to LAYERS in tests/test_architecture.py "
                             "(and to the table in docs/architecture.md)")
    return best


def _resolve(module: str, node: ast.AST) -> list[str]:
    """The portcheck modules an import statement of ``module`` loads."""
    is_package = MODULES[module].name == "__init__.py"
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name == "portcheck" or a.name.startswith("portcheck.")]
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    if target != "portcheck" and not target.startswith("portcheck."):
        return []
    found = [f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in MODULES]
    return found or [target]


def _imports() -> dict[str, set[str]]:
    graph = {}
    for module, path in MODULES.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                targets.update(t for t in _resolve(module, node) if t != module)
        graph[module] = targets
    return graph


GRAPH = _imports()


def test_every_module_has_a_layer():
    for module in MODULES:
        _unit(module)


def test_imports_point_down():
    upward = []
    for module, targets in GRAPH.items():
        unit = _unit(module)
        for target in targets:
            other = _unit(target)
            if other != unit and LAYERS[other] >= LAYERS[unit]:
                upward.append(f"{module} (rank {LAYERS[unit]}) imports {target} (rank {LAYERS[other]})")
    assert not upward, "imports that do not point down:\n" + "\n".join(sorted(upward))


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path of modules, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    stack: list[str] = []

    def visit(node: str):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_no_import_cycle():
    cycle = _cycle(GRAPH)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_cycle_finder_finds_cycles():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_only_the_octave_package_imports_oct2py():
    users = {m for m, p in MODULES.items()
             if any(isinstance(n, (ast.Import, ast.ImportFrom))
                    and any((a.name if isinstance(n, ast.Import) else (n.module or "")).startswith("oct2py")
                            for a in n.names)
                    for n in ast.walk(ast.parse(p.read_text())))}
    assert users <= {"portcheck.octave.bridge"}, users


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_size(module):
    lines = MODULES[module].read_text().count("\n")
    assert lines <= MAX_MODULE_LINES, f"{module}: {lines} lines (at most {MAX_MODULE_LINES})"


def code_lines(lines: list[str], node: ast.AST) -> int:
    """Lines of ``node`` that hold code: not blank, not a comment, not the docstring."""
    skip = set()
    body = getattr(node, "body", [])
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        skip = set(range(body[0].lineno, body[0].end_lineno + 1))
    return sum(1 for i in range(node.lineno, node.end_lineno + 1)
               if i not in skip and lines[i - 1].strip() and not lines[i - 1].strip().startswith("#"))


def test_function_size():
    long = []
    for module, path in MODULES.items():
        text = path.read_text()
        lines = text.splitlines()
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = code_lines(lines, node)
                if n > MAX_FUNCTION_CODE_LINES:
                    long.append(f"{module}.{node.name}: {n} lines of code")
    assert not long, f"functions over {MAX_FUNCTION_CODE_LINES} lines of code:\n" + "\n".join(long)


def test_code_lines_skip_docstrings_comments_and_blanks():
    text = 'def f():\n    """Doc\n    string."""\n    # a comment\n\n    x = 1\n    return x\n'
    node = ast.parse(text).body[0]
    assert code_lines(text.splitlines(), node) == 3
