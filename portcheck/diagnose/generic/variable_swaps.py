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
replaced by each other size argument (``wrong-variable``). The same family holds
the other variable a port writes for the one meant: an activation's derivative
taken at the activation ``a2 = sigmoid(z2)`` instead of at ``z2``
(``sigmoidGradient(a2[:, 1:])``; ``wrong-derivative``). Part of the operator
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


#: Activations whose derivative a port computes by a function of its own (sigmoidGradient, sigmoid_prime ...).
_ACTIVATIONS = ("sigmoid", "expit", "tanh", "logistic", "g")


def variable_swaps(tree):
    """``(node, Name(other), "wrong-variable")`` for every use of a size argument as a size; and the derivative
    arguments of :func:`derivative_arguments`."""
    if not isinstance(tree, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return
    yield from derivative_arguments(tree)
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



def derivative_arguments(tree):
    """``sigmoidGradient(a2[:, 1:])`` -> ``sigmoidGradient(z2)`` where ``a2`` was built from ``sigmoid(z2)``.

    The derivative of the activation is ``g'(z)``; a port that passes it the activation ``a = g(z)`` (with or without
    the bias column sliced off) computes ``g'(g(z))``. A call is a derivative when its name says so (``grad``,
    ``prime``, ``deriv``, a leading ``d``) and its one argument is a name, or a slice of one, assigned from
    exactly one activation of one name.
    """
    built = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            acts = [c for c in ast.walk(node.value) if isinstance(c, ast.Call) and _name(c.func) in _ACTIVATIONS
                    and len(c.args) == 1 and isinstance(c.args[0], ast.Name)]
            if len(acts) == 1:
                built[node.targets[0].id] = acts[0].args[0].id
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and len(node.args) == 1 and _derivative(_name(node.func))):
            continue
        arg = node.args[0]
        base = arg.value if isinstance(arg, ast.Subscript) else arg
        if isinstance(base, ast.Name) and base.id in built and built[base.id] != base.id:
            new = ast.Call(node.func, [ast.Name(built[base.id], ast.Load())], [])
            yield node, new, "wrong-derivative"


def _derivative(name) -> bool:
    low = (name or "").lower()
    return any(w in low for w in ("grad", "prime", "deriv")) or (low.startswith("d") and low[1:] in _ACTIVATIONS)
