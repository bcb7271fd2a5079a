"""Conventions: the semantic ways a port may expect its inputs and lay out its outputs.

A :class:`Convention` is a point in the space the joint search
(:mod:`.search`) explores. Each field is one *family* of the shared vocabulary
(``/work/wt/plan-9.md``):

==================== ==========================================================
family               the port ...
==================== ==========================================================
row-major-params     reads the parameter vector row-major (per block), and/or
                     unrolls the gradient row-major (per block)
zero-based-labels    takes labels 0..K-1 (inputs) and/or returns indices 0..K-1
x-with-bias          expects X with its column of ones already prepended
x-without-bias       adds the column of ones itself (X without it)
x-transposed         expects X as (n, m), one example per column
transposed-data      expects another matrix input transposed (all_theta as (n+1, K),
                     one classifier per column)
separate-gradient    returns J only; a second function of its module returns
                     the gradient (same arguments)
y-one-hot-input      takes the one-hot matrix Y (m, K) where Octave takes labels
outputs-transposed   returns its matrix outputs transposed
==================== ==========================================================

:func:`apply_inputs` turns Octave's (Octave-shaped) inputs into the port's
convention; :func:`apply_outputs` reads the port's outputs back into Octave's
layout. Representation (int vs float, ``(m,)`` vs ``(m,1)``) is not here: it
is free, applied after, by :meth:`portcheck.diagnose.problem.Problem.to_port`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import product

import numpy as np

__all__ = ["Convention", "FAMILIES", "apply_inputs", "apply_outputs", "octave_convention", "structure_atoms",
           "order_variants", "from_names", "reorder"]

#: Every family, in the order findings name them.
FAMILIES = ("row-major-params", "zero-based-labels", "x-with-bias", "x-without-bias", "x-transposed", "transposed-data",
            "separate-gradient", "y-one-hot-input", "outputs-transposed")


@dataclass(frozen=True)
class Convention:
    """One way of passing inputs to the port and reading its outputs back (hashable)."""

    in_order: tuple = ()      # per block: "F" (Octave) or "C": how the port reads the parameter vector
    out_order: tuple = ()     # per block: how the port unrolls the gradient
    y_base: int = 1           # 1: labels 1..K (Octave); 0: the port takes 0..K-1
    out_base: int = 1         # 1: index outputs 1..K (Octave); 0: the port returns 0..K-1
    x_bias: int = 0           # +1: the port expects X with its ones column; -1: the port adds it itself
    x_T: bool = False         # X transposed (one example per column)
    y_onehot: bool = False    # the one-hot Y (m, K) instead of the labels
    out_T: bool = False       # matrix outputs returned transposed
    t_inputs: tuple = ()      # other (non-square) matrix inputs the port takes transposed
    grad_fn: str = ""         # the port returns J only; this function of its module returns the gradient

    def families(self, base: "Convention") -> tuple[str, ...]:
        """The families in which this convention differs from ``base``, in :data:`FAMILIES` order."""
        out = []
        if self.in_order != base.in_order or self.out_order != base.out_order:
            out.append("row-major-params")
        if self.y_base != base.y_base or self.out_base != base.out_base:
            out.append("zero-based-labels")
        if self.x_bias != base.x_bias:
            out.append("x-with-bias" if self.x_bias > 0 else "x-without-bias")
        if self.x_T != base.x_T:
            out.append("x-transposed")
        if self.t_inputs != base.t_inputs:
            out.append("transposed-data")
        if self.grad_fn != base.grad_fn:
            out.append("separate-gradient")
        if self.y_onehot != base.y_onehot:
            out.append("y-one-hot-input")
        if self.out_T != base.out_T:
            out.append("outputs-transposed")
        return tuple(out)


def octave_convention(nblocks: int) -> Convention:
    """Octave's own convention for a case whose parameter vector has ``nblocks`` blocks."""
    return Convention(in_order=("F",) * nblocks, out_order=("F",) * nblocks)


# -- the moves the search combines ------------------------------------------------------------
def structure_atoms(problem, input_set, grad_fns=()) -> list[tuple[str, dict]]:
    """``(family, {field: value})`` for every family that applies to the case, except the orders.

    Row-major orders come in many per-block variants; :func:`order_variants`
    lists them and the search refines them after the structure.
    """
    r = problem.roles
    atoms = []
    if r.labels is not None:
        atoms.append(("zero-based-labels", {"y_base": 0}))
        if problem.K(input_set):
            atoms.append(("y-one-hot-input", {"y_onehot": True}))
    if r.labels_out:
        atoms.append(("zero-based-labels", {"out_base": 0}))
        if r.labels is not None:
            atoms.append(("zero-based-labels", {"y_base": 0, "out_base": 0}))
    if r.X is not None:
        atoms.append(("x-with-bias", {"x_bias": 1}))
        if problem.x_has_ones(input_set):
            atoms.append(("x-without-bias", {"x_bias": -1}))
        X = np.asarray(input_set.values[r.X])
        if X.ndim == 2 and X.shape[0] != X.shape[1] and min(X.shape) > 1:
            atoms.append(("x-transposed", {"x_T": True}))
    every = [s.input_set for s in getattr(getattr(problem, "ctx", None), "sets", ())] or [input_set]
    for name in transposable_anywhere(problem, input_set):
        atoms.append(("transposed-data", {"t_inputs": (name,)}))
    for name in grad_fns:
        atoms.append(("separate-gradient", {"grad_fn": name}))
    if any(problem.matrix_outputs(s) for s in every):  # on a K = 1 set Z is a vector: any set with a matrix
        atoms.append(("outputs-transposed", {"out_T": True}))
    return atoms


def transposable_anywhere(problem, input_set) -> list[str]:
    """:func:`transposable` on ``input_set`` or any set of the comparison: a matrix on one set is transposed on
    every set, a column too (recoverData's Z is a column when K = 1, a matrix when K = 2)."""
    every = [s.input_set for s in getattr(getattr(problem, "ctx", None), "sets", ())]
    return list(dict.fromkeys(n for s in [input_set, *every] for n in transposable(problem, s)))


def transposable(problem, input_set) -> list[str]:
    """Matrix inputs other than X (and not the unrolled parameter vector) that a port may take transposed:
    2-D, not square, not a vector, numbers."""
    r = problem.roles
    out = []
    for name, v in input_set.values.items():
        if name in (r.X, r.params, r.labels, r.mask) or callable(v):
            continue
        a = np.asarray(v)
        if a.dtype.kind in "biuf" and a.ndim == 2 and min(a.shape) > 1 and a.shape[0] != a.shape[1]:
            out.append(name)
    return out


def order_variants(base: Convention, blocks, has_grad: bool) -> list[Convention]:
    """``base`` with every other per-block choice of input and output order (reorderable blocks only)."""
    nb = len(base.in_order)
    if not nb:
        return []
    reorderable = [i for i, b in enumerate(blocks[:nb]) if len(b.shape) == 2 and min(b.shape) > 1]
    if not reorderable:
        return []
    choices = [("F", "C") if i in reorderable else ("F",) for i in range(nb)]
    out = []
    for ins in product(*choices):
        for outs in (product(*choices) if has_grad else [base.out_order]):
            c = replace(base, in_order=tuple(ins), out_order=tuple(outs))
            if c != base:
                out.append(c)
    return out


def from_names(names, problem, input_set, grad_fns=()) -> Convention:
    """The convention a user declares (``--convention NAME``, toml ``conventions = [...]``).

    ``row-major-params`` is every reorderable block row-major both ways;
    ``zero-based-labels`` applies to the label inputs and the index outputs the
    case has; ``separate-gradient`` takes the first gradient function found.
    """
    blocks = problem.blocks(input_set) if problem.roles.params else []
    conv = octave_convention(len(blocks))
    for name in names:
        if name == "row-major-params":
            orders = tuple("C" if len(b.shape) == 2 and min(b.shape) > 1 else "F" for b in blocks)
            conv = replace(conv, in_order=orders, out_order=orders if problem.roles.grad is not None else conv.out_order)
        elif name == "zero-based-labels":
            conv = replace(conv, y_base=0 if problem.roles.labels else 1, out_base=0 if problem.roles.labels_out else 1)
        elif name in ("x-with-bias", "x-without-bias"):
            conv = replace(conv, x_bias=1 if name == "x-with-bias" else -1)
        elif name == "x-transposed":
            conv = replace(conv, x_T=True)
        elif name == "transposed-data":  # the other matrices; X itself when there is no other
            others = tuple(transposable_anywhere(problem, input_set))
            conv = replace(conv, t_inputs=others) if others else replace(conv, x_T=True)
        elif name == "separate-gradient" and grad_fns:
            conv = replace(conv, grad_fn=grad_fns[0])
        elif name == "y-one-hot-input":
            conv = replace(conv, y_onehot=True)
        elif name == "outputs-transposed":
            conv = replace(conv, out_T=True)
    return conv


# -- transforms --------------------------------------------------------------------------------
def reorder(flat, blocks, orders, forward: bool):
    """Re-unroll each block of ``flat``: forward = Octave (F) -> the port's order; else back."""
    flat = np.asarray(flat, dtype=float).ravel()
    out = flat.copy()
    for b, o in zip(blocks, orders):
        if o == "F":
            continue
        seg = flat[b.offset:b.offset + b.size]
        if forward:
            out[b.offset:b.offset + b.size] = seg.reshape(b.shape, order="F").ravel(order="C")
        else:
            out[b.offset:b.offset + b.size] = seg.reshape(b.shape, order="C").ravel(order="F")
    return out


def apply_inputs(values: dict, conv: Convention, problem, blocks, input_set=None) -> dict:
    """Octave-shaped ``values`` turned into the port's convention ``conv`` (still Octave-shaped)."""
    r = problem.roles
    v = dict(values)
    if r.params is not None and any(o != "F" for o in conv.in_order):
        p = np.asarray(v[r.params], dtype=float)
        v[r.params] = reorder(p.ravel(order="F"), blocks, conv.in_order, True).reshape(p.shape, order="F")
    if r.labels is not None and (conv.y_base == 0 or conv.y_onehot):
        y = np.asarray(v[r.labels], dtype=float)
        if conv.y_onehot:
            K = problem.K(input_set) if input_set is not None else int(np.max(y))
            labels = y.ravel(order="F").astype(int)
            Y = np.zeros((labels.size, K))
            ok = (labels >= 1) & (labels <= K)
            Y[np.flatnonzero(ok), labels[ok] - 1] = 1.0
            v[r.labels] = Y
        else:
            v[r.labels] = y - 1
    if r.X is not None:
        X = np.asarray(v[r.X], dtype=float)
        if conv.x_bias > 0:
            X = np.column_stack([np.ones(X.shape[0]), X])
        elif conv.x_bias < 0 and X.ndim == 2 and X.shape[1] > 1:
            X = X[:, 1:]
        if conv.x_T:
            X = X.T.copy()
        v[r.X] = X
    for name in conv.t_inputs:
        if name in v:
            v[name] = np.asarray(v[name]).T.copy()
    return v


def apply_outputs(outputs, conv: Convention, problem, blocks):
    """The port's outputs read back into Octave's layout (gradient re-unrolled, indices +1, transposes undone)."""
    r = problem.roles
    if outputs is None:
        return outputs
    outs = list(outputs)
    if conv.out_T:
        outs = [_transpose(o) for o in outs]
    if r.grad is not None and r.grad < len(outs) and any(o != "F" for o in conv.out_order):
        try:
            a = np.asarray(outs[r.grad], dtype=float)
        except (TypeError, ValueError):
            a = None
        if a is not None and a.size == sum(b.size for b in blocks):
            outs[r.grad] = reorder(a.ravel(order="F"), blocks, conv.out_order, False).reshape(a.shape, order="F")
    if conv.out_base == 0:
        for i in r.labels_out:
            if i < len(outs):
                outs[i] = _plus_one(outs[i])
    return tuple(outs)


def _transpose(value):
    try:
        a = np.asarray(value)
    except Exception:
        return value
    if a.dtype.kind not in "biufc" or a.ndim != 2 or 1 in a.shape:
        return value
    return a.T


def _plus_one(value):
    try:
        a = np.asarray(value)
    except Exception:
        return value
    if a.dtype.kind not in "biuf":
        return value
    return a + 1
