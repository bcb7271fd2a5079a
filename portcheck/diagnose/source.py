"""The port's own source, read with :mod:`ast`: its functions, its lines, its names.

The diagnosis speaks the port's language. A fix line rewrites the port's own
offending line with its own variable names (:mod:`.fixes`); a separate
gradient function is found among the functions of the port's module
(:func:`gradient_functions`). Nothing here imports or runs the port: the file
is parsed, never executed.

Where the first divergent line comes from the trace engine
(:mod:`portcheck.trace`, separate), :func:`PortSource.line` is the hook: a
finding's location takes the traced line when there is one.
"""
from __future__ import annotations

import ast
import inspect
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["PortSource", "port_source", "gradient_functions", "gradient_switches"]


@dataclass
class PortSource:
    """The parsed module of a port and the port function's node in it."""

    path: Path
    text: str
    tree: ast.Module
    func: ast.FunctionDef | None
    traced: dict = field(default_factory=dict)   # finding id -> (line, text) from the trace engine, when it ran

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()

    def line_text(self, lineno: int) -> str:
        lines = self.lines
        return lines[lineno - 1].strip() if 0 < lineno <= len(lines) else ""

    def params(self) -> list[str]:
        """The port function's positional parameter names."""
        if self.func is None:
            return []
        a = self.func.args
        return [x.arg for x in a.posonlyargs + a.args]

    def functions(self) -> dict[str, ast.FunctionDef]:
        """Top-level functions of the module by name."""
        return {n.name: n for n in self.tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}

    def scope(self) -> list[ast.AST]:
        """The port function and the module functions it calls by name (one level), for finding lines."""
        if self.func is None:
            return [self.tree]
        funcs = self.functions()
        called = {c.func.id for c in ast.walk(self.func) if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)}
        return [self.func] + [funcs[n] for n in sorted(called) if n in funcs and funcs[n] is not self.func]

    def line(self, finding_id: str):
        """(line number, text) the trace engine found for ``finding_id``, or None (the hook for :mod:`portcheck.trace`)."""
        return self.traced.get(finding_id)

    def where(self, lineno: int) -> str:
        """``file.py:12 `text```."""
        return f"{self.path.name}:{lineno} `{self.line_text(lineno)}`"


def _unwrap(port):
    seen = 0
    while hasattr(port, "__wrapped__") and seen < 10:
        port = port.__wrapped__
        seen += 1
    return port


def port_source(port) -> PortSource | None:
    """The parsed source of ``port`` (a function, or an object naming its file), None when unreadable."""
    port = _unwrap(port)
    path = name = None
    for attr in ("source_path", "path", "file"):
        if isinstance(getattr(port, attr, None), (str, Path)):
            path = Path(getattr(port, attr))
    name = getattr(port, "function", None) or getattr(port, "__name__", None)
    if path is None:
        try:
            f = inspect.getsourcefile(port)
        except (TypeError, OSError):
            f = None
        path = Path(f) if f else None
    if path is None or not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
        tree = ast.parse(text)
    except (OSError, SyntaxError, ValueError):
        return None
    funcs = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    return PortSource(path, text, tree, funcs.get(name) if isinstance(name, str) else None)


def gradient_functions(src: PortSource | None) -> list[str]:
    """Functions of the port's module that may return its gradient: a name with ``grad``, the same arguments.

    Same parameter names first, then the same number of parameters. The port
    itself and helpers such as ``sigmoid_gradient`` (one argument where the
    port takes several) are never candidates.
    """
    if src is None or src.func is None:
        return []
    own = src.params()
    out = []
    for name, node in src.functions().items():
        if node is src.func or "grad" not in name.lower():
            continue
        a = node.args
        params = [x.arg for x in a.posonlyargs + a.args]
        required = len(params) - len(a.defaults)
        if params[:len(own)] == own and required <= len(own):
            out.append((0, name))
        elif required <= len(own) <= len(params) and len(own) > 1:
            out.append((1, name))
    return [n for _, n in sorted(out)]


def gradient_switches(src: PortSource | None, mapping) -> list[tuple[str, bool]]:
    """Keyword switches that make the port return its gradient too (``return_grad=False`` -> True), read from its source."""
    if src is None or src.func is None:
        return []
    a = src.func.args
    params = a.posonlyargs + a.args
    defaults = dict(zip([p.arg for p in params[len(params) - len(a.defaults):]], a.defaults))
    defaults.update({k.arg: d for k, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None})
    mapped = {p for _, p, _ in mapping.pairs}
    out = []
    for name, default in defaults.items():
        low = name.lower()
        if name not in mapped and isinstance(default, ast.Constant) and default.value is False \
                and ("grad" in low or "jac" in low):
            out.append((name, True))
    return out
