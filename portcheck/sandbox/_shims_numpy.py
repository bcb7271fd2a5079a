"""NumPy 1's leniencies, as source rewrites for a port's module (see :mod:`._shims`, which applies them).

``"%f" % a`` of a size-1 array (NumPy 2 raises; NumPy 1 took its one value) and
an int or bool ``order`` (``a.flatten(1)``: Fortran order in old NumPy). Light:
``ast`` only; what it records goes through :func:`._shims.note`.
"""
from __future__ import annotations

import ast
import sys

__all__ = ["PercentFormat", "percent", "IntOrder"]


#: Where uses are recorded: :func:`._shims.note`, set by :mod:`._shims` when it imports this module.
NOTE = None


def _note(shim: str, what: str, file, line) -> None:
    if NOTE is not None:
        NOTE(shim, what, file, line)


class PercentFormat(ast.NodeTransformer):
    """``"%f" % x`` -> ``__portcheck_pct__("%f", x, line)``: ``%f`` of a (1,) array is a TypeError in NumPy 2."""

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant) and isinstance(node.left.value, str):
            return ast.copy_location(ast.Call(ast.Name("__portcheck_pct__", ast.Load()),
                                              [node.left, node.right, ast.Constant(node.lineno)], []), node)
        return node


def percent(fmt: str, args, line: int):
    """``fmt % args`` with every size-1 array of ``args`` taken as its scalar (as NumPy 1's ``float()`` did)."""
    def one(a):
        return a.reshape(()).item() if getattr(a, "ndim", 0) and getattr(a, "size", 0) == 1 else a

    new = tuple(one(a) for a in args) if isinstance(args, tuple) else one(args)
    if (new is not args) if not isinstance(args, tuple) else any(a is not b for a, b in zip(new, args)):
        frame = sys._getframe(1)
        _note("numpy2-scalar", "%-format of a size-1 array", frame.f_code.co_filename, line)
    return fmt % new


class IntOrder(ast.NodeTransformer):
    """``a.flatten(1)``, ``a.ravel(True)``, ``order=0``: old NumPy took an int or bool order (true: Fortran)."""

    def __init__(self, path: str):
        self.path = path

    def visit_Call(self, node):
        self.generic_visit(node)
        if not (isinstance(node.func, ast.Attribute) and node.func.attr in ("flatten", "ravel", "reshape", "copy")):
            return node
        is_int = lambda e: isinstance(e, ast.Constant) and type(e.value) in (int, bool)
        if node.func.attr in ("flatten", "ravel", "copy") and len(node.args) == 1 and is_int(node.args[0]):
            node.args[0] = ast.Constant("F" if node.args[0].value else "C")
            _note("numpy-removed-alias", "an int order (flatten(1))", self.path, node.lineno)
        for k in node.keywords:
            if k.arg == "order" and is_int(k.value):
                k.value = ast.Constant("F" if k.value.value else "C")
                _note("numpy-removed-alias", "an int order (flatten(1))", self.path, node.lineno)
        return node
