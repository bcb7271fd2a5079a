"""Bounds and indices of a function's ranges, slices and subscripts, and their one-off repairs.

Part of the operator set of :mod:`.mutations` (its table lists every operator):
a start bound or index +-1 (``index-base``), an end bound +-1 (``range-end``),
a loop's start of 1 dropped (``first-iteration-skipped``), and, in a mask
``X[idx == k]``, the label compared shifted by one (``zero-based-index``: a loop
``for k in range(K)`` compares Octave's labels 1..K with 0..K-1). Each generator
yields ``(node, replacement, cause)``.
"""
from __future__ import annotations

import ast
import copy

from .call_changes import _drop_one, _name, _one, _plus

__all__ = ["_bounds", "_bound_changes", "_is_shape", "_inside_subscript"]


def _bounds(tree) -> dict:
    """``id(node) -> role`` for every range/slice bound and plain index in the function: start, end or index."""
    roles = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and _is_shape(node):
            continue
        if isinstance(node, ast.Subscript):
            items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            for item in items:
                if isinstance(item, ast.Slice):
                    if item.lower is not None:
                        _role(roles, item.lower, "start")
                    if item.upper is not None:
                        _role(roles, item.upper, "end")
                elif isinstance(item, ast.Compare) and len(item.ops) == 1:  # a mask idx == k: k is a label
                    for side in (item.left, item.comparators[0]):
                        if isinstance(side, (ast.Name, ast.BinOp)):
                            _role(roles, side, "label")
                elif not isinstance(item, (ast.Tuple, ast.List)):
                    _role(roles, item, "index")
        elif isinstance(node, ast.Call) and _name(node.func) in ("range", "xrange", "arange", "slice") and not node.keywords:
            args = node.args
            if len(args) == 1:
                _role(roles, args[0], "end")
            elif len(args) >= 2:
                _role(roles, args[0], "start")
                _role(roles, args[1], "end")
    for node in ast.walk(tree):  # the start of a for loop's range: from 1 it skips the first iteration
        if isinstance(node, ast.For) and isinstance(node.iter, ast.Call) and _name(node.iter.func) in ("range", "xrange") \
                and len(node.iter.args) >= 2 and roles.get(id(node.iter.args[0])) == "start":
            roles[id(node.iter.args[0])] = "loop-start"
    return roles


def _role(roles: dict, node, role: str) -> None:
    """``node`` is a bound; so is what a clamp ``max(0, j - w)`` / ``min(n, j + w)`` keeps inside the array."""
    roles[id(node)] = role
    if isinstance(node, ast.Call) and _name(node.func) in ("max", "min", "maximum", "minimum") and len(node.args) == 2:
        for arg in node.args:
            if not isinstance(arg, ast.Constant):
                _role(roles, arg, role)


def _is_shape(node) -> bool:
    """``x.shape[k]``: a dimension, not a position (its repair is the other dimension)."""
    return isinstance(node.value, ast.Attribute) and node.value.attr == "shape"


def _bound_changes(node, roles):
    role = roles.get(id(node))
    if role is not None:
        cause = {"end": "range-end", "label": "zero-based-index"}.get(role, "index-base")
        dropped = _drop_one(node)
        if dropped is not None:
            yield node, dropped, cause
        elif not (isinstance(node, ast.Constant) and not isinstance(node.value, int)):
            yield node, _plus(node, 1), cause
            skipped = role == "loop-start" and isinstance(node, ast.Constant) and node.value == 1
            yield node, _plus(node, -1), "first-iteration-skipped" if skipped else cause
    if isinstance(node, ast.Call) and _name(node.func) in ("range", "xrange", "arange") and not node.keywords:
        args = node.args
        if len(args) == 1:
            yield node, ast.Call(copy.deepcopy(node.func), [_one(1), _plus(args[0], 1)], []), "index-base"
        elif len(args) in (2, 3):
            for k in (1, -1):
                new = copy.deepcopy(node)
                new.args[0], new.args[1] = _plus(args[0], k), _plus(args[1], k)
                yield node, new, "index-base"
        if len(args) == 3 and _name(node.func) == "arange":
            # np.arange(lo, hi, step) stops before hi; Octave's lo:step:hi includes it
            new = copy.deepcopy(node)
            new.args[1] = ast.BinOp(copy.deepcopy(args[1]), ast.Add(), copy.deepcopy(args[2]))
            yield node, new, "range-end"
    if isinstance(node, ast.Slice) and node.upper is not None:
        for k in (1, -1):
            lower = _plus(node.lower, k) if node.lower is not None else (_one(1) if k == 1 else None)
            if lower is None:
                continue
            yield node, ast.Slice(lower, _plus(node.upper, k), copy.deepcopy(node.step)), "index-base"
        if node.lower is not None:  # both ends of a 1-based range converted once too often, or not at all
            for k in (1, -1):
                yield node, ast.Slice(_plus(node.lower, -k), _plus(node.upper, k), copy.deepcopy(node.step)), "range-end"
    if isinstance(node, (ast.Tuple, ast.List)) and node.elts and all(
            isinstance(e, ast.Constant) and isinstance(e.value, int) and not isinstance(e.value, bool) for e in node.elts) \
            and roles.get(id(node)) is None and _inside_subscript(node):
        for k in (1, -1):
            if all(e.value + k >= 0 for e in node.elts):
                yield node, type(node)([ast.Constant(e.value + k) for e in node.elts], ast.Load()), "index-base"


def _inside_subscript(node) -> bool:
    return getattr(node, "_portcheck_in_subscript", False)
