"""How the trace calls the port when the values in Octave's shapes make it raise.

The port is first called as ``compare`` calls it (``InputSet.for_port``). When it
raises a ``TypeError``, ``IndexError`` or ``ValueError`` -- a size that came as a
float (``slice indices must be integers``), float labels used as indices, an
``(m, 1)`` column where the port expects ``(m,)`` (``matmul: ... mismatch``) --
it is called again the way a Python caller would have called it, one more
representation move at a time (plan-9's vocabulary: sizes as ``int``, labels as
``int64``, vectors as ``(m,)``), and the first call that does not raise is the
one traced; the report notes the representation. These moves stand in for the
calling convention of the ``calling`` branch until it lands.
"""
from __future__ import annotations

import numbers

import numpy as np

__all__ = ["representational", "alternatives"]

#: Largest value an integral-valued vector may hold to be taken for labels or indices.
MAX_LABEL = 10_000


def representational(failure) -> bool:
    """The port raised in a way another representation of the same values may avoid."""
    return failure is not None and failure.type in ("TypeError", "IndexError", "ValueError")


def _scalar(v):
    if isinstance(v, numbers.Real) and not isinstance(v, bool):
        return float(v)
    if isinstance(v, np.ndarray) and v.size == 1 and v.dtype.kind in "fiu":
        return float(v.reshape(-1)[0])
    return None


def _int_scalars(values: dict) -> dict:
    """Integral scalars as ``int`` (sizes and counts, as a Python caller passes them)."""
    out = dict(values)
    for k, v in values.items():
        x = _scalar(v)
        if x is not None and x.is_integer():
            out[k] = int(x)
    return out


def _labels_like(v) -> bool:
    a = np.asarray(v) if isinstance(v, np.ndarray) else None
    if a is None or a.dtype.kind != "f" or a.size < 2 or (a.ndim == 2 and min(a.shape) != 1) or a.ndim > 2:
        return False
    return bool(np.all(np.isfinite(a)) and np.all(a == np.round(a)) and a.min() >= 0 and a.max() <= MAX_LABEL
                and np.any(a))


def _int_vectors(values: dict) -> dict:
    """Integral-valued float vectors (labels, indices) as ``int64``, as ``loadmat`` gives them."""
    return {k: v.astype(np.int64) if _labels_like(v) else v for k, v in values.items()}


def _flat_columns(values: dict) -> dict:
    """``(m, 1)`` columns as ``(m,)`` (as a Python caller holds a vector)."""
    return {k: v.ravel() if isinstance(v, np.ndarray) and v.ndim == 2 and v.shape[1] == 1 and v.shape[0] > 1 else v
            for k, v in values.items()}


def alternatives(values: dict):
    """``(description, values)`` to try in order, each different from ``values``."""
    ints = _int_scalars(values)
    labels = _int_vectors(ints)
    seen = []
    for text, alt in (("integral sizes passed as int", ints),
                      ("integral sizes as int and integral vectors (labels) as int64", labels),
                      ("sizes as int, labels as int64 and column vectors as (m,)", _flat_columns(labels)),
                      ("column vectors passed as (m,)", _flat_columns(values))):
        key = {k: (type(v).__name__, getattr(v, "dtype", None), np.shape(v)) for k, v in alt.items()}
        if key != {k: (type(v).__name__, getattr(v, "dtype", None), np.shape(v)) for k, v in values.items()} \
                and key not in seen:
            seen.append(key)
            yield text, alt
