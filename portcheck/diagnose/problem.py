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
from ..runner.representation import conform, default_representation, representation_moves
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
    labels_out: tuple = ()         # output indices of 1-based labels / indices (predictions, idx)
    mask: str | None = None        # input name of a 0/1 mask (ex8's R)
    sizes: tuple = ()              # input names of sizes and counts


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
            a, shape = np.asarray(v, dtype=float), np.shape(port_values[k])
            if a.size == int(np.prod(shape)):
                port_values[k] = a.reshape(shape)
            else:  # another length (a row dropped): the port's layout, 1-D or not, at the new length
                port_values[k] = a.ravel(order="F") if len(shape) == 1 else a
    return InputSet(f"{input_set.name} [{suffix}]", values, input_set.description, port_values,
                    roles=getattr(input_set, "roles", None))


class Problem:
    """Roles plus the helpers that depend on them (blocks, m, K, regularisation atoms)."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.names = tuple(ctx.output_names)
        self.inputs = tuple(ctx.signature.inputs)
        usable = [s for s in ctx.sets if s.reference.error is None and s.reference.outputs]
        self.roles = self._infer(usable)
        declared = getattr(ctx.case, "roles", None) or (getattr(usable[0].input_set, "roles", None) if usable else None)
        if usable and getattr(declared, "inputs", None):
            self.roles = _from_case_roles(declared, self.roles, self.inputs, self.names, usable)

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
        labels = norm.get("y") or norm.get("idx")
        if labels is not None:
            for s in usable:
                y = _value(s.input_set.values[labels]).ravel()
                if y.size == 0 or not np.all(y == np.round(y)) or y.min() < 1:
                    labels = None
                    break
        K = (norm.get("num_labels") or norm.get("k")) if labels is not None else None
        X = norm.get("x")
        if X is not None and np.ndim(values[X]) != 2:
            X = None
        ycol = norm.get("y")
        if ycol is not None and not (np.ndim(values[ycol]) == 2 and np.shape(values[ycol])[1] == 1):
            ycol = None
        labels_out = tuple(i for i, o in enumerate(ref) if i not in (cost, grad) and _index_like(o))
        return Roles(cost=cost, grad=grad, params=params, lam=lam, labels=labels, num_labels=K, X=X, y=ycol,
                     labels_out=labels_out)

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

    def reg_m(self, input_set: InputSet) -> int:
        """The m of lambda/(2m): the number of examples, 1 for a cost without examples (cofiCostFunc)."""
        return self.m(input_set) or 1

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

    # -- representation (free choices, see portcheck.runner.representation) --------------------
    def rep_default(self, input_set: InputSet):
        """The representation the compare used for ``input_set``."""
        roles = getattr(input_set, "roles", None)
        chosen = getattr(self.ctx.port, "representation", None)  # what the compare chose (workflow.calling)
        if roles is not None and chosen is not None:
            return chosen
        return default_representation(roles, input_set) if roles is not None else _Rep()

    def port_representation(self, rep):
        """``rep`` as the runner takes it (None for the engine's own stand-in, used without roles)."""
        return None if isinstance(rep, _Rep) else rep

    def rep_default_plain(self, input_set: InputSet):
        """What a Python caller passes by default (before the compare chose anything)."""
        roles = getattr(input_set, "roles", None)
        return default_representation(roles, input_set) if roles is not None else _Rep()

    def rep_moves(self, input_set: InputSet, rep) -> list:
        """The representations one step away from ``rep``."""
        roles = getattr(input_set, "roles", None)
        if roles is not None and not isinstance(rep, _Rep):
            return representation_moves(roles, input_set, rep)
        r = self.roles
        out = []
        if (r.labels or r.y) is not None:
            out.append(_Rep(not rep.y_flat, rep.y_int))
        if r.labels is not None:
            out.append(_Rep(rep.y_flat, not rep.y_int))
        return out

    def rep_changes(self, rep, base) -> tuple[str, ...]:
        """What ``rep`` changes from ``base``, as short phrases (``"y as (m,)"``)."""
        if not isinstance(rep, _Rep):
            return tuple(rep.changes(base))
        y = self.roles.labels or self.roles.y
        out = []
        if rep.y_flat != base.y_flat:
            out.append(f"{y} as (m,)" if rep.y_flat else f"{y} as a column")
        if rep.y_int != base.y_int:
            out.append(f"{y} as int" if rep.y_int else f"{y} as float")
        return tuple(out)

    def to_port(self, values: dict, input_set: InputSet, rep) -> dict:
        """Octave-shaped ``values`` as the port receives them under ``rep``."""
        roles = getattr(input_set, "roles", None)
        if roles is not None and not isinstance(rep, _Rep):
            return conform(values, roles, rep)
        out = dict(values)
        for k, pv in input_set.port_values.items():
            if k in out and np.size(out[k]) == np.size(pv):
                out[k] = np.asarray(out[k], dtype=float).reshape(np.shape(pv), order="F")
        y = self.roles.labels or self.roles.y
        if y is not None and (rep.y_flat or rep.y_int) and np.ndim(out[y]) == 2 and np.shape(out[y])[1] == 1:
            a = np.asarray(out[y], dtype=float)
            a = a.ravel() if rep.y_flat else a
            out[y] = a.astype(int) if rep.y_int and np.all(a == np.round(a)) else a
        return out

    def x_has_ones(self, input_set: InputSet) -> bool:
        """X's first column is all ones (Octave's caller prepended the bias column)."""
        X = self.roles.X
        if X is None:
            return False
        a = np.asarray(input_set.values[X], dtype=float)
        return a.ndim == 2 and a.shape[1] > 1 and bool(np.all(a[:, 0] == 1.0))

    def matrix_outputs(self, input_set: InputSet) -> tuple[int, ...]:
        """Outputs that are matrices (both dimensions > 1) on the reference of this case."""
        s = next((x for x in self.ctx.sets if x.input_set.name == input_set.name), None)
        ref = s.reference.outputs if s is not None and s.reference.outputs is not None else ()
        return tuple(i for i, o in enumerate(ref) if np.ndim(o) == 2 and min(np.shape(o)) > 1)

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
        m = self.reg_m(input_set)
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
        m = self.reg_m(input_set)
        p = self.params(input_set) if flat is None else np.asarray(flat, dtype=float).ravel()
        return lam / m * p

    def with_params(self, input_set: InputSet, flat, suffix: str) -> InputSet:
        r = self.roles
        shape = np.shape(input_set.values[r.params])
        return variant(input_set, suffix, **{r.params: np.asarray(flat, dtype=float).reshape(shape, order="F")})

    def with_lambda(self, input_set: InputSet, lam: float) -> InputSet:
        return variant(input_set, f"lambda={lam:g}", **{self.roles.lam: float(lam)})


@dataclass(frozen=True)
class _Rep:
    """The representation choices the engine can make before the cases declare roles."""

    y_flat: bool = False
    y_int: bool = False


def _from_case_roles(declared, inferred: Roles, inputs, outputs, usable) -> Roles:
    """The engine's roles from the roles a case declares (:mod:`portcheck.cases.roles`), inference filling gaps."""
    role = lambda n: str(getattr(declared.inputs.get(n), "value", declared.inputs.get(n) or ""))
    orole = lambda n: str(getattr(declared.outputs.get(n), "value", declared.outputs.get(n) or ""))
    first = lambda r: next((n for n in inputs if role(n) == r), None)
    out_index = lambda r: next((i for i, n in enumerate(outputs) if orole(n) == r), None)
    values = usable[0].input_set.values
    labels = first("labels")
    sizes = tuple(n for n in inputs if role(n) == "size")
    K = None
    if labels is not None:
        top = max(float(np.max(_value(s.input_set.values[labels]))) for s in usable)
        K = next((n for n in sizes if normalise_name(n) in ("num_labels", "k")), None)
        K = K or next((n for n in sizes if all(float(np.max(_value(s.input_set.values[labels])))
                                                <= float(np.asarray(s.input_set.values[n]).reshape(-1)[0])
                                                for s in usable) and top > 1), None)
    X = first("design")
    y = labels or first("targets")
    if y is not None and not (np.ndim(values[y]) == 2 and np.shape(values[y])[1] == 1):
        y = None
    cost, grad = out_index("cost"), out_index("grad")
    params = first("params") if grad is not None else None
    return Roles(cost=cost if cost is not None else inferred.cost, grad=grad if params else inferred.grad,
                 params=params or inferred.params, lam=first("lambda"), labels=labels, num_labels=K, X=X, y=y,
                 labels_out=tuple(i for i, n in enumerate(outputs) if orole(n) == "labels-out"),
                 mask=first("mask"), sizes=sizes)


def _index_like(o) -> bool:
    """An output of 1-based indices: an integer-valued vector, every entry >= 1, not all equal."""
    try:
        a = np.asarray(o, dtype=float)
    except (TypeError, ValueError):
        return False
    return (a.size > 1 and _is_vector(a) and bool(np.all(np.isfinite(a))) and bool(np.all(a == np.round(a)))
            and a.min() >= 1 and a.max() > a.min())


def _is_vector(v) -> bool:
    shape = np.shape(v)
    return len(shape) == 1 or (len(shape) == 2 and 1 in shape)

