"""Representation: how each argument reaches the port (free choices, never a finding).

Octave has one numeric type and no 1-D arrays; a Python caller passes what each
argument *is* (its role, :mod:`portcheck.cases.roles`):

========== ===================================================================
role       what the port receives by default
========== ===================================================================
size       Python ``int`` (``np.zeros((m, num_labels))`` needs one)
lambda     Python ``float`` (a ``1x1`` value from a ``.mat`` file too)
scalar     Python ``float``
labels     ``int64`` array ``(m, 1)``, as ``scipy.io.loadmat`` gives it
params     1-D ``float64``, as ``scipy.optimize`` passes it
targets    ``(m, 1)`` ``float64`` (any other column vector too)
design     2-D ``float64`` (``data`` and ``mask`` too)
handle     a Python callable (see :mod:`portcheck.runner.handles`)
========== ===================================================================

A :class:`Representation` records the choices that differ between callers --
which vectors go 1-D, the parameter vector as a column, sizes or labels as
floats, integer-valued scalars as ``int``, a function argument returning only
its first output -- and :func:`representation_moves` lists the neighbours the
compare workflow tries when the default makes the port raise or diverge. A port
that agrees under some representation is at parity; the report notes the
representation it needed.

Roles are compared by their string values (``"size"``), so this module needs
nothing from :mod:`portcheck.cases` (which sits above the runner).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping

import numpy as np

__all__ = ["Representation", "default_representation", "representation_moves", "port_values", "conform",
           "normalise_outputs", "vector_names"]

_ARRAYS = ("labels", "targets", "data", "mask")  # a design matrix is never passed 1-D


@dataclass(frozen=True)
class Representation:
    """The free choices of how the port's arguments are passed (hashable).

    Attributes
    ----------
    vectors_1d : frozenset of str
        Input names passed as ``(m,)`` instead of a column (labels, targets, other vectors).
    params_column : bool
        The parameter vector as ``(N, 1)`` instead of 1-D.
    float_sizes : bool
        Sizes and counts as ``float`` (Octave's doubles) instead of ``int``.
    float_labels : bool
        Labels as ``float64`` instead of ``int64``.
    int_scalars : frozenset of str
        Integer-valued scalars (lambda, others) passed as ``int``.
    handles_first : bool
        Function arguments return only their first output (the cost) instead of all.
    unsigned : frozenset of str
        Roles (``"labels"``, ``"targets"``) whose integer values in 0..255 are
        passed as ``uint8``, the class ``scipy.io.loadmat`` gives the course's
        ``.mat`` labels. Never a free move: a probe
        (:mod:`portcheck.workflow.label_dtype`) that finds ports whose ``-y`` wraps.
    """

    vectors_1d: frozenset = frozenset()
    params_column: bool = False
    float_sizes: bool = False
    float_labels: bool = False
    int_scalars: frozenset = frozenset()
    handles_first: bool = False
    unsigned: frozenset = frozenset()

    def __post_init__(self):
        object.__setattr__(self, "vectors_1d", frozenset(self.vectors_1d))
        object.__setattr__(self, "int_scalars", frozenset(self.int_scalars))
        object.__setattr__(self, "unsigned", frozenset(self.unsigned))

    def describe(self, roles=None) -> str:
        """``"y as (m,), sizes as int"``: every choice that applies to ``roles`` (all when None)."""
        has = (lambda role: True) if roles is None else (lambda role: bool(_names(roles, role)))
        parts = [f"{n} as (m,)" for n in sorted(self.vectors_1d)]
        if has("params"):
            parts.append("params as (N, 1)" if self.params_column else "params 1-D")
        if has("size"):
            parts.append("sizes as float" if self.float_sizes else "sizes as int")
        if has("labels"):
            parts.append("labels as float" if self.float_labels else "labels as int64")
        parts += [_unsigned(r) for r in sorted(self.unsigned)]
        parts += [f"{n} as int" for n in sorted(self.int_scalars)]
        if has("handle"):
            parts.append("handles return the cost only" if self.handles_first else "handles return every output")
        return ", ".join(parts)

    def changes(self, base: "Representation") -> tuple[str, ...]:
        """What differs from ``base``, as short phrases: ``("y as (m,)", "params as (N, 1)")``."""
        out = [f"{n} as (m,)" for n in sorted(self.vectors_1d - base.vectors_1d)]
        out += [f"{n} as a column" for n in sorted(base.vectors_1d - self.vectors_1d)]
        if self.params_column != base.params_column:
            out.append("params as (N, 1)" if self.params_column else "params 1-D")
        if self.float_sizes != base.float_sizes:
            out.append("sizes as float" if self.float_sizes else "sizes as int")
        if self.float_labels != base.float_labels:

            out.append("labels as float" if self.float_labels else "labels as int64")
        out += [_unsigned(r) for r in sorted(self.unsigned - base.unsigned)]
        out += [f"{r} as loaded" for r in sorted(base.unsigned - self.unsigned)]
        out += [f"{n} as int" for n in sorted(self.int_scalars - base.int_scalars)]
        out += [f"{n} as float" for n in sorted(base.int_scalars - self.int_scalars)]
        if self.handles_first != base.handles_first:
            out.append("handles return the cost only" if self.handles_first else "handles return every output")
        return tuple(out)

    def to_dict(self) -> dict:
        return {"vectors_1d": sorted(self.vectors_1d), "params_column": self.params_column,
                "float_sizes": self.float_sizes, "float_labels": self.float_labels,
                "int_scalars": sorted(self.int_scalars), "handles_first": self.handles_first,
                "unsigned": sorted(self.unsigned)}


def _unsigned(role: str) -> str:
    return f"{role} as uint8 (as scipy.io.loadmat gives them)"


def _inputs(roles) -> Mapping:
    return getattr(roles, "inputs", roles) or {}


def _names(roles, role: str) -> tuple[str, ...]:
    return tuple(n for n, r in _inputs(roles).items() if str(getattr(r, "value", r)) == role)


def _role(roles, name: str) -> str:
    r = _inputs(roles).get(name)
    return str(getattr(r, "value", r)) if r is not None else ""


def _is_vector(value) -> bool:
    try:
        a = np.asarray(value)
    except Exception:
        return False
    return a.dtype.kind in "biuf" and a.size > 1 and sum(d > 1 for d in a.shape) == 1


def vector_names(roles, values: Mapping) -> tuple[str, ...]:
    """Inputs (other than the parameter vector) whose value is a vector: those may go 1-D."""
    return tuple(n for n in _inputs(roles) if _role(roles, n) in _ARRAYS and _is_vector(values.get(n)))


def _integer_scalar(value) -> bool:
    try:
        a = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return False
    return a.size == 1 and bool(np.isfinite(a).all()) and float(a.reshape(-1)[0]).is_integer()


def default_representation(roles, input_set=None) -> Representation:
    """What a Python caller passes (see the module table).

    Values the input set stores 1-D for the port (a user's ``.npz`` holding a
    1-D ``y``) stay 1-D: the user's own data says how they call the port.
    """
    stored = getattr(input_set, "port_values", None) or {}
    one_d = frozenset(n for n, v in stored.items() if getattr(v, "ndim", None) == 1 and _role(roles, n) != "params")
    return Representation(vectors_1d=one_d)


def representation_moves(roles, input_set, current: Representation) -> list[Representation]:
    """The single-step neighbours of ``current`` for this case: each changes one choice.

    ``input_set`` is an InputSet or a mapping of values. Order: the changes that most often fix a port first (every vector 1-D at
    once, the parameter vector as a column, each vector alone, sizes, labels,
    integer scalars, handles).
    """
    values = input_set if isinstance(input_set, Mapping) else (getattr(input_set, "values", None) or {})
    vectors = vector_names(roles, values)
    moves: list[Representation] = []
    flat = current.vectors_1d | frozenset(vectors)
    if vectors and flat != current.vectors_1d:
        moves.append(replace(current, vectors_1d=flat))
    if _names(roles, "params"):
        moves.append(replace(current, params_column=not current.params_column))
    if len(vectors) > 1 or current.vectors_1d - frozenset(vectors):
        for n in vectors:
            moves.append(replace(current, vectors_1d=current.vectors_1d ^ {n}))
    elif vectors and not flat - current.vectors_1d:  # the one vector is already 1-D: a column again
        moves.append(replace(current, vectors_1d=current.vectors_1d - set(vectors)))
    if _names(roles, "size"):
        moves.append(replace(current, float_sizes=not current.float_sizes))
    if _names(roles, "labels"):
        moves.append(replace(current, float_labels=not current.float_labels))
    for n in _names(roles, "lambda") + _names(roles, "scalar"):
        if _integer_scalar(values.get(n)):
            moves.append(replace(current, int_scalars=current.int_scalars ^ {n}))
    if _names(roles, "handle"):
        moves.append(replace(current, handles_first=not current.handles_first))
    seen, out = {current}, []
    for m in moves:
        if m not in seen:
            seen.add(m)
            out.append(m)
    return out


def _scalar(value) -> float | None:
    try:
        a = np.asarray(value)
    except Exception:
        return None
    if a.dtype.kind not in "biuf" or a.size != 1:
        return None
    return float(a.reshape(-1)[0])


def _convert(name: str, value, role: str, rep: Representation):
    if role == "handle":
        python = getattr(value, "python", None)
        return python(first_only=rep.handles_first) if callable(python) else value
    if role == "size":
        x = _scalar(value)
        if x is None:
            return value
        return x if rep.float_sizes or not x.is_integer() else int(x)
    if role in ("lambda", "scalar"):
        x = _scalar(value)
        if x is None:
            return value
        return int(x) if name in rep.int_scalars and x.is_integer() else x
    try:
        a = np.asarray(value)
    except Exception:
        return value
    if a.dtype.kind not in "biuf":
        return value
    if role == "params" and (sum(d > 1 for d in a.shape) > 1 or a.dtype.kind != "f"):
        return a  # a matrix in this set (roles come from the first), or integer/logical data: passed as it is
    if role == "params":
        a = np.asarray(a, dtype=float).ravel(order="F")
        return a.reshape(-1, 1) if rep.params_column else a
    if role in rep.unsigned and _fits_uint8(a):
        a = a.astype(np.uint8)
    elif role == "labels":
        integer = a.size and bool(np.all(np.isfinite(a))) and bool(np.all(a == np.round(a)))
        if rep.float_labels or not integer:
            a = a.astype(float, copy=False)
        elif a.dtype.kind not in "iu":
            a = a.astype(np.int64)  # Octave's doubles as a Python caller's labels; int32 data keeps its class
    elif a.dtype.kind == "f":
        a = a.astype(float, copy=False)  # integer and logical classes are kept: they are the data's own (int32 ...)
    if name in rep.vectors_1d and a.ndim >= 1 and sum(d > 1 for d in a.shape) <= 1:
        return a.ravel(order="F")
    if a.ndim == 1:
        return a.reshape(-1, 1)
    return a


def _fits_uint8(a) -> bool:
    """Integer values in 0..255: what a ``.mat`` file's uint8 labels (or 0/1 classes) can hold."""
    return bool(a.size) and bool(np.all(np.isfinite(a))) and bool(np.all(a == np.round(a))) \
        and a.min() >= 0 and a.max() <= 255


def conform(values: Mapping, roles, rep: Representation) -> dict:
    """``values`` (Octave-shaped or already port-shaped) as the port receives them under ``rep``.

    Idempotent: applying it to its own output changes nothing. Names without a
    role are passed as they are.
    """
    return {k: (_convert(k, v, _role(roles, k), rep) if _role(roles, k) else v) for k, v in values.items()}


def port_values(input_set, roles, rep: Representation | None = None) -> dict:
    """The values the port receives for ``input_set`` under ``rep`` (default: the default representation)."""
    rep = default_representation(roles, input_set) if rep is None else rep
    return conform({**input_set.values, **getattr(input_set, "port_values", {})}, roles, rep)


def _kind(value) -> str:
    mod = type(value).__module__ or ""
    if mod.startswith("pandas"):
        return f"pandas {type(value).__name__}"
    if isinstance(value, np.matrix):
        return "np.matrix"
    if isinstance(value, np.ndarray) and type(value) is not np.ndarray:
        return type(value).__name__
    return ""


def _as_output(value, position: int, notes: list):
    """One returned value as an array or a Python scalar; notes say what was converted."""
    kind = _kind(value)
    if kind:
        try:
            value = np.asarray(value.to_numpy() if hasattr(value, "to_numpy") else value).view(np.ndarray)
        except Exception:
            return value
        notes.append(f"output {position + 1}: {kind} {np.shape(value)} read as an array")
    if isinstance(value, list) and not any(isinstance(v, (np.ndarray, tuple)) for v in value):
        try:
            arr = np.asarray(value, dtype=float)
        except (TypeError, ValueError):
            return value
        notes.append(f"output {position + 1}: list of {len(value)} read as an array {arr.shape}")
        value = arr
    if isinstance(value, np.generic) and value.dtype.kind in "biufc":
        return value.item()
    if isinstance(value, np.ndarray) and value.dtype.kind in "biufc" and value.size == 1:
        if value.ndim:
            notes.append(f"output {position + 1}: {value.shape} array read as a scalar")
        return value.reshape(-1)[0].item()
    return value


def normalise_outputs(values, nout: int) -> tuple[tuple, tuple[str, ...]]:
    """The port's return value as a tuple of outputs, and notes on how they came back.

    A tuple is the outputs; a list of ``nout > 1`` items is too. NumPy scalars,
    0-d, ``(1,)`` and ``(1, 1)`` arrays are scalars; ``np.matrix``, pandas
    objects and lists of numbers are arrays (noted).
    """
    notes: list[str] = []
    if isinstance(values, tuple):
        items, how = values, f"tuple of {len(values)}"
    elif isinstance(values, list) and nout > 1 and len(values) == nout:
        items, how = tuple(values), f"list of {len(values)}"
    else:
        items, how = (values,), "single value"
    notes.append(how)
    return tuple(_as_output(v, i, notes) for i, v in enumerate(items)), tuple(notes)
