"""The repairs proposed at a call: reshape order, conj, log base, ddof, reduction axis, windows, rounding.

Part of the operator set of :mod:`.mutations` (its table lists every operator);
split off to keep each module readable. Each generator yields
``(node, replacement, cause)``.
"""
from __future__ import annotations

import ast
import copy

_WINDOWS = ("hanning", "hamming", "blackman", "bartlett")
_LOGS = ("log", "log10", "log2")


def _name(func) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _one(value: int) -> ast.Constant:
    return ast.Constant(value)


def _plus(e, k: int):
    if isinstance(e, ast.Constant) and isinstance(e.value, int) and not isinstance(e.value, bool):
        return ast.Constant(e.value + k)
    return ast.BinOp(copy.deepcopy(e), ast.Add() if k > 0 else ast.Sub(), _one(abs(k)))


def _drop_one(e):
    """``x + 1`` / ``x - 1`` -> ``x``; else None."""
    if isinstance(e, ast.BinOp) and isinstance(e.op, (ast.Add, ast.Sub)) and isinstance(e.right, ast.Constant) \
            and e.right.value == 1 and not isinstance(e.right.value, bool):
        return copy.deepcopy(e.left)
    return None


def _kw(node, name):
    return next((k for k in node.keywords if k.arg == name), None)


_JOINS = ("append", "hstack", "column_stack", "concatenate", "vstack", "row_stack", "c_", "r_")


def _ones_like(e) -> bool:
    """A part that is a column of ones by its making or its name (``np.ones((m, 1))``, ``ones``, ``bias``)."""
    if isinstance(e, ast.Call) and _name(e.func) in ("ones", "ones_like"):
        return True
    return isinstance(e, ast.Name) and any(w in e.id.lower() for w in ("one", "bias"))


def join_changes(node):
    """The two parts of a join swapped: ``np.append(a2, ones, axis=1)`` -> ``np.append(ones, a2, axis=1)``.

    Octave's ``[ones(m, 1) a2]`` puts the bias column first; a port that
    appends it puts it last, and every weight meets the wrong unit. A part of
    ones makes it ``bias-column``, else ``column-order``.
    """
    if isinstance(node, ast.Call) and _name(node.func) in _JOINS:
        if _name(node.func) == "append" and len(node.args) >= 2:
            parts, rebuild = node.args[:2], lambda a, b: ast.Call(copy.deepcopy(node.func), [a, b] + node.args[2:],
                                                                 copy.deepcopy(node.keywords))
        elif node.args and isinstance(node.args[0], (ast.List, ast.Tuple)) and len(node.args[0].elts) == 2:
            seq = node.args[0]
            parts = seq.elts
            rebuild = lambda a, b: ast.Call(copy.deepcopy(node.func), [type(seq)([a, b], ast.Load())] + node.args[1:],
                                            copy.deepcopy(node.keywords))
        else:
            return
    elif isinstance(node, ast.Subscript) and _name(node.value) in ("c_", "r_") and isinstance(node.slice, ast.Tuple) \
            and len(node.slice.elts) == 2:
        parts = node.slice.elts
        rebuild = lambda a, b: ast.Subscript(copy.deepcopy(node.value), ast.Tuple([a, b], ast.Load()), ast.Load())
    else:
        return
    a, b = parts
    cause = "bias-column" if _ones_like(a) or _ones_like(b) else "column-order"
    yield node, rebuild(copy.deepcopy(b), copy.deepcopy(a)), cause


def _call_changes(node, parents, numpy_name):
    yield from join_changes(node)
    yield from gram_side(node)
    if not isinstance(node, ast.Call):
        return
    name = _name(node.func)
    if name in ("reshape", "ravel", "flatten"):
        order = _kw(node, "order")
        new = copy.deepcopy(node)
        flip = "C" if order is not None and isinstance(order.value, ast.Constant) and order.value.value == "F" else "F"
        new.keywords = [k for k in new.keywords if k.arg != "order"] + [ast.keyword("order", ast.Constant(flip))]
        yield node, new, "reshape-order"
    elif name == "size" and len(node.args) == 1 and not node.keywords and isinstance(node.func, ast.Attribute):
        new = copy.deepcopy(node)  # np.size(X) counts every entry: m is its rows
        new.args.append(ast.Constant(0))
        yield node, new, "wrong-dimension"
    elif name in ("inv", "solve"):
        yield from _inverse_changes(node, name, numpy_name)
    elif name in ("conj", "conjugate"):
        if node.args:
            yield node, copy.deepcopy(node.args[0]), "conjugate"
        elif isinstance(node.func, ast.Attribute):
            yield node, copy.deepcopy(node.func.value), "conjugate"
    elif name in _LOGS and len(node.args) == 1:
        for other in _LOGS:
            if other != name:
                new = copy.deepcopy(node)
                if isinstance(new.func, ast.Attribute):
                    new.func.attr = other
                else:
                    new.func.id = other
                yield node, new, "log-base"
    elif name in ("std", "var", "nanstd", "nanvar"):
        ddof = _kw(node, "ddof")
        new = copy.deepcopy(node)
        if ddof is not None and isinstance(ddof.value, ast.Constant) and ddof.value.value in (0, 1):
            _kw(new, "ddof").value = ast.Constant(1 - ddof.value.value)
        elif ddof is None:
            new.keywords.append(ast.keyword("ddof", ast.Constant(1)))
        else:
            return
        yield node, new, "std-ddof"
    elif name in _REDUCTIONS:
        yield from _axis_changes(node, numpy_name)
    elif name in _WINDOWS and len(node.args) == 1 and not node.keywords:
        yield from _window_changes(node, parents)
    elif name == "norm":
        parent = parents.get(id(node))
        if not (isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Pow)):
            yield node, ast.BinOp(copy.deepcopy(node), ast.Pow(), _one(2)), "power"
    elif name in ("round", "around", "rint") and node.args and numpy_name:
        x = node.args[0]
        npn = lambda attr: ast.Attribute(ast.Name(numpy_name, ast.Load()), attr, ast.Load())
        half_away = ast.BinOp(ast.Call(npn("sign"), [copy.deepcopy(x)], []), ast.Mult(),
                              ast.Call(npn("floor"), [ast.BinOp(ast.Call(npn("abs"), [copy.deepcopy(x)], []), ast.Add(),
                                                                ast.Constant(0.5))], []))
        yield node, half_away, "round-half"
    elif name == "filtfilt" and len(node.args) >= 3 and _kw(node, "padlen") is None:
        b, a = node.args[0], node.args[1]
        length = lambda e: ast.Call(ast.Name("len", ast.Load()), [copy.deepcopy(e)], [])
        pad = ast.BinOp(_one(3), ast.Mult(), ast.BinOp(ast.Call(ast.Name("max", ast.Load()), [length(b), length(a)], []),
                                                        ast.Sub(), _one(1)))
        new = copy.deepcopy(node)
        new.keywords.append(ast.keyword("padlen", pad))
        yield node, new, "edge-handling"
    if name == "dot" and isinstance(node.func, ast.Attribute):
        new = copy.deepcopy(node)
        new.func.value = ast.Attribute(new.func.value, "T", ast.Load())
        yield node, new, "transpose"


def _inverse_changes(node, name, numpy_name):
    """``inv(A)`` -> ``pinv(A)``; ``solve(A, b)`` -> ``pinv(A) @ b``: Octave's pinv where A is singular."""
    if name == "inv" and len(node.args) == 1:
        new = copy.deepcopy(node)  # Octave's pinv: the minimum-norm answer where inv fails on a singular matrix
        if isinstance(node.func, ast.Attribute):
            new.func.attr = "pinv"
        else:  # from numpy.linalg import inv
            new = pinv_call(node.args[0], numpy_name)
        yield node, new, "pseudo-inverse"
    elif name == "solve" and len(node.args) == 2 and numpy_name and not node.keywords:
        # np.linalg.solve(A, b) fails on a singular A where Octave's pinv(A) * b gives the minimum-norm answer
        pinv = ast.Attribute(ast.Attribute(ast.Name(numpy_name, ast.Load()), "linalg", ast.Load()), "pinv", ast.Load())
        yield node, ast.BinOp(ast.Call(pinv, [copy.deepcopy(node.args[0])], []), ast.MatMult(),
                              copy.deepcopy(node.args[1])), "pseudo-inverse"


def gram_side(node):
    """``X @ X.T`` (m x m, the Gram matrix of the examples) where ``X.T @ X`` (n x n, the scatter of the features) is
    meant, or the reverse, in any spelling (``@``, ``np.dot``, ``X.dot``): the operands swapped, a transpose slip;
    and ``X @ X`` (a transpose missing) made ``X.T @ X``."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
        a, b = node.left, node.right
    elif isinstance(node, ast.Call) and _name(node.func) in ("dot", "matmul") and not node.keywords \
            and len(node.args) == 2:
        a, b = node.args
    elif isinstance(node, ast.Call) and _name(node.func) == "dot" and isinstance(node.func, ast.Attribute) \
            and len(node.args) == 1 and not node.keywords:
        a, b = node.func.value, node.args[0]
    else:
        return
    bare = lambda x: x.value if isinstance(x, ast.Attribute) and x.attr == "T" else x
    ta, tb = bare(a) is not a, bare(b) is not b  # each operand transposed or not
    if ast.dump(bare(a)) != ast.dump(bare(b)) or (ta and tb):
        return
    if not ta and not tb:  # X @ X (it raises unless X is square): X.T @ X, whose trace is the sum of squares
        new = copy.deepcopy(node)
        if isinstance(new, ast.BinOp):
            new.left = ast.Attribute(copy.deepcopy(a), "T", ast.Load())
        elif len(new.args) == 2:
            new.args[0] = ast.Attribute(copy.deepcopy(a), "T", ast.Load())
        else:
            new.func.value = ast.Attribute(copy.deepcopy(a), "T", ast.Load())
        yield node, new, "transpose"
        return
    new = copy.deepcopy(node)
    if isinstance(new, ast.BinOp):
        new.left, new.right = copy.deepcopy(b), copy.deepcopy(a)
    elif len(new.args) == 2:
        new.args = [copy.deepcopy(b), copy.deepcopy(a)]
    else:
        new.func.value, new.args = copy.deepcopy(b), [copy.deepcopy(a)]
    yield node, new, "transpose"


def pinv_call(arg, numpy_name) -> ast.Call:
    """``pinv(arg)`` through the module's own numpy name; in a module without one (``from numpy import *``,
    ``from numpy.linalg import inv``) numpy's pinv is run and ``pinv(...)`` shown, as the port imports its names."""
    if numpy_name:
        return ast.Call(ast.Attribute(ast.Attribute(ast.Name(numpy_name, ast.Load()), "linalg", ast.Load()), "pinv",
                                      ast.Load()), [copy.deepcopy(arg)], [])
    numpy = ast.Call(ast.Name("__import__", ast.Load()), [ast.Constant("numpy")], [])
    new = ast.Call(ast.Attribute(ast.Attribute(numpy, "linalg", ast.Load()), "pinv", ast.Load()), [copy.deepcopy(arg)], [])
    new._portcheck_text = ast.unparse(ast.Call(ast.Name("pinv", ast.Load()), [copy.deepcopy(arg)], []))
    return new


_REDUCTIONS = ("sum", "mean", "max", "min", "argmax", "argmin", "amax", "amin", "prod", "nansum", "nanmean")


def _axis_changes(node, numpy_name):
    """``np.sum(a)`` / ``a.sum()`` -> with ``axis=0`` and ``axis=1``; a constant axis 0 <-> 1.

    Octave's ``sum(A, 2)`` ported without its dimension reduces every entry to one
    number (``min`` of a scalar is its only index, so every example gets centroid 1).
    Only numpy's reductions: a builtin ``sum``/``max`` over a list has no axis.
    """
    method = isinstance(node.func, ast.Attribute) and not (
        isinstance(node.func.value, ast.Name) and node.func.value.id == numpy_name)
    numpy_call = isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
        and node.func.value.id == numpy_name
    if not (method or numpy_call):
        return
    positional = 0 if method else 1
    axis = _kw(node, "axis")
    if axis is None and len(node.args) > positional:
        return  # an axis given by position (or builtin-style extra arguments): left alone
    if axis is None:
        for k in (0, 1):
            new = copy.deepcopy(node)
            new.keywords.append(ast.keyword("axis", ast.Constant(k)))
            yield node, new, "reduction-axis"
    elif isinstance(axis.value, ast.Constant) and axis.value.value in (0, 1) and not isinstance(axis.value.value, bool):
        new = copy.deepcopy(node)
        _kw(new, "axis").value = ast.Constant(1 - axis.value.value)
        yield node, new, "reduction-axis"


def _window_changes(node, parents):
    """np.hanning(N) -> Octave's hanning (np.hanning(N + 2)[1:-1]) or a periodic window; and back."""
    parent = parents.get(id(node))
    n = node.args[0]
    sliced = (isinstance(parent, ast.Subscript) and parent.value is node and isinstance(parent.slice, ast.Slice))
    if sliced and _drop_one(n) is None and isinstance(n, ast.BinOp) and isinstance(n.right, ast.Constant) \
            and n.right.value in (1, 2):
        plain = copy.deepcopy(node)
        plain.args = [copy.deepcopy(n.left)]
        yield parent, plain, "window-variant"
        return
    if sliced:
        return
    inner = lambda k: ast.Call(copy.deepcopy(node.func), [_plus(n, k)], [])
    yield node, ast.Subscript(inner(2), ast.Slice(_one(1), ast.UnaryOp(ast.USub(), _one(1)), None), ast.Load()), \
        "window-variant"
    yield node, ast.Subscript(inner(1), ast.Slice(None, ast.UnaryOp(ast.USub(), _one(1)), None), ast.Load()), \
        "window-variant"
