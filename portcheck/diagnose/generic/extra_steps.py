"""Repairs that remove a step Octave's function does not take.

Two habits of real ports add work the ``.m`` file does not do, and both are
invisible on the course's own data:

* **an input re-normalised inside the function.** ``pca.m`` takes X already
  normalised (``featureNormalize`` runs before it in the exercise), but many
  ports centre or standardise it again inside ``pca``: ``X = (X - X.mean()) /
  X.std()``, ``Xc = X - mu`` with ``mu = np.mean(X, 0)``. On normalised data
  the step changes nothing, or only a factor N/(N-1); on any other X the
  principal directions move. The repair puts the argument back in place of the
  normalised expression.
* **a covariance that centres.** ``np.cov`` subtracts the mean and divides by
  N-1; pca.m's ``X' * X / m`` does neither. The repair writes Octave's form; it
  is named by its divisor (``std-ddof``), all it changes on centred data.
* **a value clipped.** ``np.clip(z, -10, 10)`` before a sigmoid guards against
  overflow but changes every hypothesis with ``|z| > 10``. The repair drops the
  clip.

The tests that recognise a guard on the empty case (``if len(rows) > 0``,
``if count > 0`` with ``count = np.sum(mask)``), which Octave's code does not
have, live here too; :mod:`.mutations` proposes their repair.

Each change is proposed only where its pattern is unambiguous: the expression's
first operand is an argument of the function, and the quantity taken from it is a
statistic of that same argument (a call of :data:`_STATISTICS`, or a name bound to
one). Part of the operator set of :mod:`.mutations` (its table lists every
operator); each generator yields ``(node, replacement, cause)``.
"""
from __future__ import annotations

import ast
import copy

from .call_changes import _name

#: Reductions whose result, subtracted from or dividing an argument, re-normalises it.
_STATISTICS = ("mean", "std", "var", "average", "nanmean", "nanstd", "median", "min", "max", "amin", "amax",
               "ptp", "norm")
#: Calls that only change an array's type: ``np.matrix(X - mu)`` is still X re-centred.
_WRAPPERS = ("matrix", "asarray", "array", "asmatrix", "asanyarray")


def extra_step_changes(tree):
    """``(node, replacement, cause)`` for every re-normalised argument and every clip in ``tree`` (``extra-step``), and
    every ``np.cov`` (``std-ddof``)."""
    if not isinstance(tree, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return
    params = {a.arg for a in tree.args.posonlyargs + tree.args.args + tree.args.kwonlyargs}
    statistic_names = _statistic_names(tree, params)
    inside: set = set()  # nodes within a proposed expression: only the outermost is proposed
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and _step_on(node.value, params, statistic_names) == node.targets[0].id:
            inside.update(id(n) for n in ast.walk(node))  # X = (X - X.mean()) / X.std(): the line deleted
            yield node, ast.Pass(), "extra-step"
        elif isinstance(node, ast.BinOp) and id(node) not in inside:
            root = _renormalised(node, params, statistic_names)
            if root is not None:
                inside.update(id(n) for n in ast.walk(node))
                yield node, ast.Name(root, ast.Load()), "extra-step"
        elif isinstance(node, ast.Call) and id(node) not in inside and _clipped(node) is not None:
            yield node, copy.deepcopy(_clipped(node)), "extra-step"
        elif isinstance(node, ast.Call) and _name(node.func) == "cov":
            yield from _scatter(node)


def _scatter(call: ast.Call):
    """``np.cov(X, rowvar=False)`` -> ``X.T @ X / X.shape[0]``: np.cov centres the data and divides by N-1, where
    Octave's ``Sigma = X' * X / m`` (pca.m) does neither."""
    keywords = {k.arg: k.value for k in call.keywords}
    if len(call.args) != 1 or set(keywords) - {"rowvar"}:
        return
    rowvar = keywords.get("rowvar", ast.Constant(True))
    if not (isinstance(rowvar, ast.Constant) and rowvar.value in (True, False, 0, 1)):
        return
    a = call.args[0]
    t = lambda e: ast.Attribute(copy.deepcopy(e), "T", ast.Load())
    left, right, axis = (copy.deepcopy(a), t(a), 1) if rowvar.value else (t(a), copy.deepcopy(a), 0)
    size = ast.Subscript(ast.Attribute(copy.deepcopy(a), "shape", ast.Load()), ast.Constant(axis), ast.Load())
    # named by its divisor: on data centred as pca.m expects, N-1 for N is all np.cov changes
    yield call, ast.BinOp(ast.BinOp(left, ast.MatMult(), right), ast.Div(), size), "std-ddof"


def _step_on(value, params, statistic_names) -> str | None:
    """The name ``value`` re-normalises (an argument) or clips (any name), else None."""
    if isinstance(value, ast.BinOp):
        return _renormalised(value, params, statistic_names)
    clipped = _clipped(value) if isinstance(value, ast.Call) else None
    return clipped.id if isinstance(clipped, ast.Name) else None


def _clipped(call: ast.Call):
    """What ``np.clip(z, lo, hi)`` or ``z.clip(lo, hi)`` clips, else None."""
    if _name(call.func) != "clip":
        return None
    return call.func.value if _is_method(call) else (call.args[0] if call.args else None)


def _is_method(call: ast.Call) -> bool:
    """``z.clip(lo, hi)`` rather than ``np.clip(z, lo, hi)`` (the object is not a module name)."""
    return isinstance(call.func, ast.Attribute) and not (
        isinstance(call.func.value, ast.Name) and call.func.value.id in ("np", "numpy", "jnp"))


def _statistic_names(tree, params) -> dict:
    """``{name: argument}`` for names bound to a statistic of an argument (``mu = np.mean(X, axis=0)``)."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            arg = _statistic_of(node.value, params, {})
            if arg is not None:
                found[node.targets[0].id] = arg
    return found


def _statistic_of(e, params, statistic_names) -> str | None:
    """The argument ``e`` is a statistic of (``X.mean(0)``, ``np.std(X)``, a name bound to one), else None."""
    if isinstance(e, ast.Name):
        return statistic_names.get(e.id)
    if not (isinstance(e, ast.Call) and _name(e.func) in _STATISTICS):
        return None
    candidates = list(e.args[:1])
    if isinstance(e.func, ast.Attribute):
        candidates.append(e.func.value)
    for c in candidates:
        c = _unwrapped(c)
        if isinstance(c, ast.Name) and c.id in params:
            return c.id
    return None


def _unwrapped(e):
    while isinstance(e, ast.Call) and _name(e.func) in _WRAPPERS and len(e.args) == 1:
        e = e.args[0]
    return e


def _renormalised(node: ast.BinOp, params, statistic_names) -> str | None:
    """The argument that ``node`` re-centres or re-scales by its own statistic (``(X - X.mean()) / X.std()``,
    ``X - mu``, ``X / np.max(X)``), else None. Only the outermost such expression is proposed."""
    if isinstance(node.op, ast.Div):
        inner = _unwrapped(node.left)
        if isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Sub):
            root = _centred(inner, params, statistic_names)
            scale = _statistic_of(node.right, params, statistic_names)
            return root if root is not None and scale in (root, None) else None
        inner = _unwrapped(inner)
        if isinstance(inner, ast.Name) and inner.id in params \
                and _statistic_of(node.right, params, statistic_names) == inner.id:
            return inner.id
        return None
    if isinstance(node.op, ast.Sub):
        return _centred(node, params, statistic_names)
    return None


def _centred(node: ast.BinOp, params, statistic_names) -> str | None:
    left = _unwrapped(node.left)
    if isinstance(left, ast.Name) and left.id in params \
            and _statistic_of(node.right, params, statistic_names) == left.id:
        return left.id
    return None


# -- guards Octave does not have (the mutations' empty-guard operator reads them) ----------------------------
def zero_test(parent) -> bool:
    """``... == 0``, ``... > 0``, ``... != 0``: a test of emptiness."""
    return isinstance(parent, ast.Compare) and len(parent.ops) == 1 and isinstance(parent.ops[0], (ast.Eq, ast.Gt, ast.NotEq)) \
        and isinstance(parent.comparators[0], ast.Constant) and parent.comparators[0].value == 0


def empty_guard(node) -> bool:
    """``len(x) > 0`` (``x.size > 0``, ``np.sum(mask) > 0``, ``len(x) == 0``, ``!= 0``): a guard on an empty case;
    ``>= 0`` lets it through (``== 0`` becomes ``< 0``, which never holds)."""
    right = node.comparators[0]
    if not (isinstance(node.ops[0], (ast.Gt, ast.Eq, ast.NotEq)) and isinstance(right, ast.Constant) and right.value == 0):
        return False
    return is_count(node.left) or getattr(node.left, "_portcheck_count", False)  # count = np.sum(mask); count > 0


def is_count(e) -> bool:
    """``len(x)``, ``np.size(x)``, ``np.sum(mask)``, ``x.size``, ``x.shape[0]``: how many of something there are."""
    return (isinstance(e, ast.Call) and _name(e.func) in ("len", "size", "sum", "count_nonzero")) or \
        (isinstance(e, ast.Attribute) and e.attr == "size") or \
        (isinstance(e, ast.Subscript) and isinstance(e.value, ast.Attribute) and e.value.attr == "shape")
