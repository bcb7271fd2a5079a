"""Roles: what each argument of a reference *is* (a size, the parameter vector, the labels ...).

A Python caller passes an argument according to what it is, not according to
Octave's type for it: a layer size is an ``int`` (``np.zeros((m, num_labels))``
needs one), labels come from ``loadmat`` as integers, the parameter vector
arrives 1-D from ``scipy.optimize``. The role of each input (and output) says
which; :mod:`portcheck.runner.representation` turns it into what the port
receives.

Built-in cases declare their roles (:mod:`.nncost`, :mod:`.course`); for a
user's pair (``portcheck.toml``, ``compare --octave``) :func:`infer_roles`
reads them from the names first (``lambda``, ``theta``, ``num_labels``,
``y`` ...), then from the values and shapes: an integer-valued scalar that is
also a dimension of another input is a size, an integer-valued column with
values in 1..K is labels, a 0/1 matrix of another input's shape is a mask, a
vector as long as a vector output is the parameter vector (and that output its
gradient). A 1-D input named ``x`` is data, not a design matrix.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import Mapping

import numpy as np

from ..signature import normalise_name

__all__ = ["Role", "OutRole", "Roles", "infer_roles", "declared_roles", "SIZE_NAMES"]


class Role(str, enum.Enum):
    """The role of a reference input (the values are what JSON and reports show)."""

    SIZE = "size"          # a dimension or count: layer sizes, num_labels, K, p, num_iters ...
    PARAMS = "params"      # the parameter vector being optimised (may be unrolled blocks)
    DESIGN = "design"      # X: one example per row
    LABELS = "labels"      # integer class labels 1..K
    TARGETS = "targets"    # a continuous (or 0/1) y column
    LAMBDA = "lambda"      # regularisation strength
    MASK = "mask"          # a 0/1 matrix such as ex8's R
    DATA = "data"          # any other array
    SCALAR = "scalar"      # any other scalar
    HANDLE = "handle"      # a function handle

    def __str__(self) -> str:
        return self.value


class OutRole(str, enum.Enum):
    """The role of a reference output."""

    COST = "cost"
    GRAD = "grad"               # laid out like the PARAMS input
    LABELS_OUT = "labels-out"   # predictions / indices 1..K
    DATA = "data"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Roles:
    """The roles of one case's inputs and outputs, by ``.m`` name.

    Attributes
    ----------
    inputs : mapping of str to Role
    outputs : mapping of str to OutRole
    inferred : tuple of str
        Names whose role was inferred (not declared), for reports.
    """

    inputs: Mapping[str, Role] = field(default_factory=dict)
    outputs: Mapping[str, OutRole] = field(default_factory=dict)
    inferred: tuple[str, ...] = ()

    def __post_init__(self):
        object.__setattr__(self, "inputs", {k: Role(v) for k, v in dict(self.inputs).items()})
        object.__setattr__(self, "outputs", {k: OutRole(v) for k, v in dict(self.outputs).items()})

    def __hash__(self) -> int:
        return hash((tuple(self.inputs.items()), tuple(self.outputs.items())))

    def names(self, role) -> tuple[str, ...]:
        """Input names with ``role`` (a :class:`Role`), or output names with an :class:`OutRole`."""
        if isinstance(role, OutRole):
            return tuple(n for n, r in self.outputs.items() if r is role)
        role = Role(role)
        return tuple(n for n, r in self.inputs.items() if r is role)

    def of(self, name: str):
        """The role of input (or else output) ``name``; None when unknown."""
        return self.inputs.get(name) or self.outputs.get(name)

    def to_dict(self) -> dict:
        return {"inputs": {k: v.value for k, v in self.inputs.items()},
                "outputs": {k: v.value for k, v in self.outputs.items()},
                "inferred": list(self.inferred)}


#: Normalised names that are sizes or counts (an integer-valued scalar with one of them is a size).
SIZE_NAMES = frozenset({
    "input_layer_size", "hidden_layer_size", "num_labels", "k", "p", "m", "n", "num_iters", "iterations", "iters",
    "max_iter", "max_iters", "maxiter", "num_users", "num_movies", "num_features", "fan_in", "fan_out", "degree",
    "num_iterations", "n_iter", "n_iters", "epochs", "batch_size", "order", "dim", "ndim", "rows", "cols",
    "nrows", "ncols", "steps", "num_steps", "count", "size",
})
_SIZE_PATTERN = re.compile(r"^(num_?|n_)\w+$|^\w+_(size|count|num)$")
_PARAMS_NAMES = frozenset({"nn_params", "theta", "params", "w", "weights", "coef", "beta", "initial_theta"})
_LABEL_NAMES = frozenset({"y", "labels", "idx", "label", "classes", "ytrain", "y_train", "class", "target_labels"})
_TARGET_NAMES = frozenset({"y", "yval", "ytest", "y_val", "y_test", "targets", "target", "t"})
_DESIGN_NAMES = frozenset({"x", "xval", "xtest", "x_val", "x_test", "x_train", "xtrain", "x_poly", "x_norm",
                           "features", "data"})
_MASK_NAMES = frozenset({"r", "mask", "m_mask", "w_mask"})
_HANDLE_NAMES = frozenset({"j", "f", "fun", "func", "costfunc", "cost_function", "costfunction", "handle"})
_COST_OUT = frozenset({"j", "cost", "loss", "f", "fval"})
_GRAD_OUT = frozenset({"grad", "gradient", "g", "dj", "djdtheta"})
_LABEL_OUT = frozenset({"p", "idx", "pred", "prediction", "predictions", "labels", "label", "yhat", "y_pred"})


def _plain(name: str) -> str:
    """Lower case without leading/trailing underscores (no alias folding: ``labels`` is not ``num_labels``)."""
    return name.strip().strip("_").lower()


def _array(value):
    try:
        a = np.asarray(value)
    except Exception:
        return None
    return a if a.dtype.kind in "biuf" else None


def _integer_valued(a) -> bool:
    return a is not None and a.size > 0 and bool(np.all(np.isfinite(a))) and bool(np.all(a == np.round(a)))


def _is_vector(a) -> bool:
    return a is not None and a.size > 1 and sum(d > 1 for d in a.shape) == 1


def _dimensions(values: Mapping, skip: str) -> set[int]:
    dims: set[int] = set()
    for k, v in values.items():
        a = _array(v)
        if k != skip and a is not None and a.size > 1:
            dims.update(int(d) for d in a.shape)
            if a.ndim == 2:
                dims.update(int(d) - 1 for d in a.shape if d > 1)  # a weight block carries a bias column
    return dims


def _input_role(name: str, values: Mapping, outputs: Mapping) -> Role:
    """One input's role from its name, then its value (see the module docstring)."""
    value = values.get(name)
    if callable(value) or getattr(value, "is_handle", False):
        return Role.HANDLE
    norm = _plain(name)
    if normalise_name(name) == "lambda":
        return Role.LAMBDA
    a = _array(value)
    if a is None:
        return Role.HANDLE if norm in _HANDLE_NAMES else Role.DATA
    if a.size == 1:
        if _integer_valued(a) and (norm in SIZE_NAMES or _SIZE_PATTERN.match(norm)
                                   or int(a.reshape(-1)[0]) in _dimensions(values, name)):
            return Role.SIZE
        return Role.SCALAR
    if _is_vector(a):
        counts = [int(_array(v).reshape(-1)[0]) for k, v in values.items()
                  if k != name and _array(v) is not None and _array(v).size == 1 and _integer_valued(_array(v))]
        binary = set(np.unique(a)) <= {0, 1}
        if norm in _PARAMS_NAMES:
            return Role.PARAMS
        if _integer_valued(a) and not binary and a.min() >= 1 and (
                norm in _LABEL_NAMES or (counts and a.max() <= max(counts) and norm not in _DESIGN_NAMES)):
            return Role.LABELS
        if norm in _TARGET_NAMES or norm.startswith("y"):
            return Role.TARGETS
        if any(_output_like(o, a) for o in outputs.values()):
            return Role.PARAMS
        return Role.DATA
    if a.ndim == 2 and (norm in _DESIGN_NAMES or norm.startswith("x")):
        return Role.DESIGN
    if a.ndim == 2 and set(np.unique(a)) <= {0, 1} and (norm in _MASK_NAMES or any(
            k != name and np.shape(v) == a.shape and _array(v) is not None and not set(np.unique(_array(v))) <= {0, 1}
            for k, v in values.items())):
        return Role.MASK
    return Role.DATA


def _output_like(output, a) -> bool:
    o = _array(output)
    return o is not None and _is_vector(o) and o.size == a.size


def _output_role(name: str, value) -> OutRole:
    norm = _plain(name)
    if norm in _COST_OUT:
        return OutRole.COST
    if norm in _GRAD_OUT or norm.endswith("grad"):
        return OutRole.GRAD
    if norm in _LABEL_OUT:
        return OutRole.LABELS_OUT
    a = _array(value) if value is not None else None
    if a is not None and a.size == 1:
        return OutRole.COST
    return OutRole.DATA


def infer_roles(signature, input_sets=(), declared: Roles | Mapping | None = None, *,
                reference_outputs=None) -> Roles:
    """The roles of ``signature``'s inputs and outputs; ``declared`` ones win.

    Parameters
    ----------
    signature : MSignature
        The ``.m`` signature (input and output names).
    input_sets : sequence of InputSet
        The values looked at (the first set that holds every input).
    declared : Roles or mapping, optional
        Roles given by the case (built-in, or ``roles = {...}`` in ``portcheck.toml``):
        kept as they are; only the other names are inferred.
    reference_outputs : sequence, optional
        Octave's outputs on the first set: a vector input as long as a vector
        output is the parameter vector, and that output its gradient.

    Returns
    -------
    Roles
        ``inferred`` lists the names whose role was not declared.
    """
    if isinstance(declared, Roles):
        given_in, given_out = dict(declared.inputs), dict(declared.outputs)
    else:
        d = dict(declared or {})
        given_in = {k: Role(v) for k, v in d.items() if k in signature.inputs}
        given_out = {k: OutRole(v) for k, v in d.items() if k in signature.outputs}
    values = {}
    for s in input_sets or ():
        if all(n in s.values for n in signature.inputs):
            values = dict(s.values)
            break
    outs = dict(zip(signature.outputs, reference_outputs or ()))
    inputs, inferred = {}, []
    for name in signature.inputs:
        if name in given_in:
            inputs[name] = given_in[name]
        else:
            inputs[name] = _input_role(name, values, outs)
            inferred.append(name)
    outputs = {}
    for name in signature.outputs:
        if name in given_out:
            outputs[name] = given_out[name]
        else:
            outputs[name] = _output_role(name, outs.get(name))
            inferred.append(name)
    params = [n for n, r in inputs.items() if r is Role.PARAMS]
    if params:  # an output laid out like the parameter vector is its gradient
        size = np.size(values.get(params[0])) if values else None
        for name, value in outs.items():
            if name not in given_out and outputs[name] is OutRole.DATA and size and _output_like(value, np.zeros(size)):
                outputs[name] = OutRole.GRAD
    return Roles(inputs, outputs, tuple(inferred))


def declared_roles(table, where: str = "roles") -> dict:
    """``roles = { num_labels = "size", y = "labels" }`` of ``portcheck.toml``, checked.

    Raises
    ------
    UsageError
        Not a table of strings, or a role that does not exist (the valid ones are listed).
    """
    from ..errors import UsageError

    valid = sorted({r.value for r in Role} | {r.value for r in OutRole})
    if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
        raise UsageError(f"{where}: roles={table!r}: must be a table of argument = \"role\", e.g. roles = {{ K = \"size\" }}")
    for k, v in table.items():
        if v not in valid:
            raise UsageError(f"{where}: roles.{k}={v!r}: unknown role; choose one of {', '.join(valid)}")
    return dict(table)
