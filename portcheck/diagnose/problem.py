"""What the diagnosis knows about a case: the roles of its inputs and outputs.

The probes and relations need to know which input is the unrolled parameter
vector, which output is the cost and which the gradient (laid out like the
parameters, in blocks), which input is lambda, which holds the labels. The
roles are read from the case (its blocks) and from the ``.m`` argument names,
so the same engine serves ``nnCostFunction`` fully and other cases as far as
their roles are known. Nothing here calls the port or Octave.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..cases.base import InputSet
from ..cases.blocks import Block
from ..signature import normalise_name

__all__ = ["Roles", "Problem", "variant"]


@dataclass(frozen=True)
class Roles:
    """Positions and names; None where the case has no such thing."""

    cost: int | None = None        # output index of the scalar cost J
    grad: int | None = None        # output index of the gradient, laid out like ``params``
    params: str | None = None      # input name of the unrolled parameter vector
    lam: str | None = None         # input name of lambda
    labels: str | None = None      # input name of the 1-based integer labels
    num_labels: str | None = None  # input name of the number of labels K
    X: str | None = None           # input name of the design matrix (one example per row)
    y: str | None = None           # input name of y when it is an (m, 1) column (labels or targets)


def _value(v):
    return np.asarray(v, dtype=float) if v is not None else None


def variant(input_set: InputSet, suffix: str, **changes) -> InputSet:
    """``input_set`` with some values replaced (Octave-shaped), keeping the port's shapes.

    A name the port receives in another shape (``nn_params`` 1-D) gets the new
    value in that shape too.
    """
    values = dict(input_set.values)
    port_values = dict(input_set.port_values)
    for k, v in changes.items():
        values[k] = v
        if k in port_values:
            port_values[k] = np.asarray(v, dtype=float).reshape(np.shape(port_values[k]))
    return InputSet(f"{input_set.name} [{suffix}]", values, input_set.description, port_values)


class Problem:
    """Roles plus the helpers that depend on them (blocks, m, K, regularisation atoms)."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.names = tuple(ctx.output_names)
        self.inputs = tuple(ctx.signature.inputs)
        usable = [s for s in ctx.sets if s.reference.error is None and s.reference.outputs]
        self.roles = self._infer(usable)

    # -- inference -----------------------------------------------------------
    def _infer(self, usable) -> Roles:
        if not usable:
            return Roles()
        first = usable[0]
        ref = first.reference.outputs
        values = first.input_set.values
        norm = {normalise_name(n): n for n in self.inputs}
        cost = next((i for i, o in enumerate(ref) if np.size(o) == 1), None)
        grad = params = None
        blocks = self.ctx.blocks(first.input_set)
        for name, blks in blocks.items():
            if name in self.names:
                total = sum(b.size for b in blks)
                cand = [n for n in self.inputs if np.size(values[n]) == total and _is_vector(values[n])]
                if cand:
                    grad, params = self.names.index(name), cand[0]
                    break
        if grad is None:  # a vector input with a same-sized output: theta and its gradient
            for i, o in enumerate(ref):
                if i == cost or np.size(o) < 2 or not _is_vector(o):
                    continue
                cand = [n for n in self.inputs if np.size(values[n]) == np.size(o) and _is_vector(values[n])
                        and normalise_name(n) not in ("y", "x")]
                if cand:
                    grad, params = i, cand[0]
                    break
        lam = norm.get("lambda")
        if lam is not None and np.size(values[lam]) != 1:
            lam = None
        labels = norm.get("y")
        if labels is not None:
            for s in usable:
                y = _value(s.input_set.values[labels]).ravel()
                if y.size == 0 or not np.all(y == np.round(y)) or y.min() < 1:
                    labels = None
                    break
        K = norm.get("num_labels") if labels is not None else None
        X = norm.get("x")
        if X is not None and np.ndim(values[X]) != 2:
            X = None
        ycol = norm.get("y")
        if ycol is not None and not (np.ndim(values[ycol]) == 2 and np.shape(values[ycol])[1] == 1):
            ycol = None
        return Roles(cost=cost, grad=grad, params=params, lam=lam, labels=labels, num_labels=K, X=X, y=ycol)

    # -- per set helpers -----------------------------------------------------------
    def blocks(self, input_set: InputSet) -> list[Block]:
        """The blocks of the parameter vector (and the gradient) of ``input_set``."""
        r = self.roles
        if r.grad is None:
            return []
        blks = self.ctx.blocks(input_set).get(self.names[r.grad])
        if blks:
            # a column vector theta (n, 1) "with a bias column" is one intercept plus weights: (1, n)
            return [Block(b.name, (1, b.shape[0]), b.offset, b.bias_column) if b.shape[1] == 1 and b.shape[0] > 1
                    else b for b in blks]
        n = int(np.size(input_set.values[r.params]))
        # a plain vector theta: entry 0 is the intercept, like a bias column of a 1 x n block
        return [Block(r.params, (1, n), 0, bias_column=True)]

    def output_blocks(self, input_set: InputSet) -> dict:
        """``{output name: [Block, ...]}``: the case's blocks, or theta's entry-0/rest split for a plain vector."""
        blocks = dict(self.ctx.blocks(input_set))
        r = self.roles
        if r.grad is not None:
            blocks[self.names[r.grad]] = self.blocks(input_set)
        return blocks

    def m(self, input_set: InputSet) -> int | None:
        r = self.roles
        if r.X is not None:
            return int(np.shape(input_set.values[r.X])[0])
        if r.labels is not None:
            return int(np.size(input_set.values[r.labels]))
        return None

    def lam(self, input_set: InputSet) -> float | None:
        r = self.roles
        return float(np.asarray(input_set.values[r.lam]).reshape(-1)[0]) if r.lam else None

    def K(self, input_set: InputSet) -> int | None:
        r = self.roles
        if r.labels is None:
            return None
        if r.num_labels is not None:
            return int(np.asarray(input_set.values[r.num_labels]).reshape(-1)[0])
        return int(np.max(input_set.values[r.labels]))

    def absent_labels(self, input_set: InputSet) -> list[int]:
        """Labels 1..K that never occur in ``input_set``."""
        K = self.K(input_set)
        if K is None:
            return []
        present = set(np.asarray(input_set.values[self.roles.labels]).ravel().astype(int).tolist())
        return [k for k in range(1, K + 1) if k not in present]

    def params(self, input_set: InputSet) -> np.ndarray:
        """The canonical (column-major unrolled) parameter vector, 1-D."""
        return np.asarray(input_set.values[self.roles.params], dtype=float).ravel(order="F")

    def matrices(self, input_set: InputSet, flat=None) -> list[np.ndarray]:
        """The weight matrices of ``flat`` (default: the set's parameters), one per block."""
        p = self.params(input_set) if flat is None else np.asarray(flat, dtype=float).ravel()
        return [p[b.offset:b.offset + b.size].reshape(b.shape, order="F") for b in self.blocks(input_set)]

    def reg_atoms(self, input_set: InputSet, flat=None, lam=None) -> tuple[np.ndarray, list[str]]:
        """The regularisation atoms ``lambda/(2m) * sum(part**2)`` per block and part.

        Parts are ``weights`` (columns 1..) and ``bias`` (column 0) of every block
        with a bias column. Returns the atom values and their labels, e.g.
        ``"Theta2 bias"``.
        """
        lam = self.lam(input_set) if lam is None else lam
        m = self.m(input_set)
        vals, labels = [], []
        for b, T in zip(self.blocks(input_set), self.matrices(input_set, flat)):
            if b.bias_column:
                vals += [lam / (2 * m) * np.sum(T[:, 1:] ** 2), lam / (2 * m) * np.sum(T[:, 0] ** 2)]
                labels += [f"{b.name} weights", f"{b.name} bias"]
            else:
                vals.append(lam / (2 * m) * np.sum(T ** 2))
                labels.append(f"{b.name} weights")
        return np.array(vals), labels

    def grad_reg_model(self, input_set: InputSet, flat=None, lam=None) -> np.ndarray:
        """``lambda/m * Theta`` on every entry (bias included), unrolled like the gradient."""
        lam = self.lam(input_set) if lam is None else lam
        m = self.m(input_set)
        p = self.params(input_set) if flat is None else np.asarray(flat, dtype=float).ravel()
        return lam / m * p

    def with_params(self, input_set: InputSet, flat, suffix: str) -> InputSet:
        r = self.roles
        shape = np.shape(input_set.values[r.params])
        return variant(input_set, suffix, **{r.params: np.asarray(flat, dtype=float).reshape(shape, order="F")})

    def with_lambda(self, input_set: InputSet, lam: float) -> InputSet:
        return variant(input_set, f"lambda={lam:g}", **{self.roles.lam: float(lam)})


def _is_vector(v) -> bool:
    shape = np.shape(v)
    return len(shape) == 1 or (len(shape) == 2 and 1 in shape)

