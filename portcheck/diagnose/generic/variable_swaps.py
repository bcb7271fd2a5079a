"""Repairs that put the right size back where a port used another one.

Functions with several size arguments (nnCostFunction's ``input_layer_size``,
``hidden_layer_size`` and ``num_labels``) invite one slip that no operator of
:mod:`.mutations` undoes: one size written where another is meant --
``nn_params[hidden_layer_size * (hidden_layer_size + 1):]`` for Theta2's offset,
``(num_labels, input_layer_size + 1)`` for Theta2's shape. On the course's
3-5-3 check network two of the sizes are equal, so the slip is silent there and
raises or differs on any network whose sizes all differ.

A *size argument* is a parameter of the function that the function itself uses
as a size: in a slice's bounds, or among the arguments of ``reshape``, ``zeros``,
``ones``, ``eye``, ``range`` and ``arange``. Each such use of one is proposed
replaced by each other size argument (``wrong-variable``). Part of the operator
set of :mod:`.mutations` (its table lists every operator); each generator yields
``(node, replacement, cause)``.
"""
from __future__ import annotations

import ast

from .call_changes import _name

#: Calls whose arguments are sizes or shapes.
_SIZED = ("reshape", "zeros", "ones", "empty", "eye", "identity", "range", "xrange", "arange", "full", "resize")
#: At most this many size arguments: more, and the swaps would crowd out every other repair.
_MAX_SIZES = 4


def variable_swaps(tree):
    """``(node, Name(other), "wrong-variable")`` for every use of a size argument as a size."""
    if not isinstance(tree, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return
    params = [a.arg for a in tree.args.posonlyargs + tree.args.args + tree.args.kwonlyargs]
    uses = _size_uses(tree, set(params))
    sizes = [p for p in params if any(n.id == p for n in uses)]
    if not 2 <= len(sizes) <= _MAX_SIZES:
        return
    for node in uses:
        for other in sizes:
            if other != node.id:
                yield node, ast.Name(other, ast.Load()), "wrong-variable"


def _size_uses(tree, params) -> list[ast.Name]:
    """Reads of a scalar parameter in a slice's bounds or a sizing call's arguments, in source order, each once.

    A parameter the function subscripts or takes an attribute of (``y[t]``, ``X.shape``) is an array, not a size.
    """
    arrays = {n.value.id for n in ast.walk(tree) if isinstance(n, (ast.Subscript, ast.Attribute))
              and isinstance(n.value, ast.Name)}
    params = params - arrays
    found, seen = [], set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Slice):
            scope = ast.Tuple([e for e in (node.lower, node.upper, node.step) if e is not None], ast.Load())
        elif isinstance(node, ast.Call) and _name(node.func) in _SIZED:
            scope = ast.Tuple(list(node.args), ast.Load())
        else:
            continue
        for inner in ast.walk(scope):
            if isinstance(inner, ast.Name) and inner.id in params and isinstance(inner.ctx, ast.Load) \
                    and id(inner) not in seen:
                seen.add(id(inner))
                found.append(inner)
    return sorted(found, key=lambda n: (n.lineno, n.col_offset))
