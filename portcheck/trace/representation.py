"""How the trace calls the port when the values in Octave's shapes make it raise.

The port is first called as ``compare`` calls it (``InputSet.for_port``). When it
raises because a value is not an integer -- a size that came as a float
(``slice indices must be integers``), float labels used as indices -- it is
called again the way a Python caller would have called it, one move at a time
(plan-9's vocabulary: sizes as ``int``, then labels as ``int64``), and the first
call that does not raise there is the one traced; the report notes it. An
``(m, 1)`` column is never flattened to ``(m,)`` here: where a port needs
``(m,)`` is what the trace should locate (pitfalls P1). These moves stand in for
the calling convention of the ``calling`` branch until it lands.
"""
from __future__ import annotations

import numbers

import numpy as np

__all__ = ["representational", "alternatives"]

#: Largest value an integral-valued vector may hold to be taken for labels or indices.
MAX_LABEL = 10_000


def representational(failure) -> bool:
    """The port raised because a value was not an integer (another representation of it may do)."""
    return failure is not None and failure.type in ("TypeError", "IndexError", "ValueError") \
        and "integer" in (failure.message or "")


def _int_scalars(values: dict, *, one_by_one: bool = False) -> dict:
    """Integral numbers as ``int`` (sizes and counts, as a Python caller passes them); 1x1 arrays too with ``one_by_one``
    (a size read from a ``.mat`` file -- but also the labels of a single example, hence a later move)."""
    out = dict(values)
    for k, v in values.items():
        if isinstance(v, numbers.Real) and not isinstance(v, bool):
            x = float(v)
        elif isinstance(v, np.ndarray) and v.size == 1 and v.dtype.kind in "fiu" and (v.ndim == 0 or one_by_one):
            x = float(v.reshape(-1)[0])
        else:
            continue
        if x.is_integer():
            out[k] = int(x)
    return out


def _labels_like(v) -> bool:
    a = np.asarray(v) if isinstance(v, np.ndarray) else None
    if a is None or a.dtype.kind != "f" or a.size < 1 or (a.ndim == 2 and min(a.shape) != 1) or a.ndim > 2:
        return False
    return bool(np.all(np.isfinite(a)) and np.all(a == np.round(a)) and a.min() >= 0 and a.max() <= MAX_LABEL
                and np.any(a))


def _int_vectors(values: dict) -> dict:
    """Integral-valued float vectors (labels, indices) as ``int64``, as ``loadmat`` gives them."""
    return {k: v.astype(np.int64) if _labels_like(v) else v for k, v in values.items()}


def alternatives(values: dict):
    """``(description, values)`` to try in order, each different from ``values``."""
    ints, ones = _int_scalars(values), _int_scalars(values, one_by_one=True)
    seen = []
    for text, alt in (("integral sizes passed as int", ints),
                      ("integral sizes (1x1 arrays too) passed as int", ones),
                      ("integral sizes as int and integral vectors (labels) as int64", _int_vectors(ints)),
                      ("integral sizes (1x1 arrays too) as int and integral vectors (labels) as int64", _int_vectors(ones))):
        key = {k: (type(v).__name__, getattr(v, "dtype", None), np.shape(v)) for k, v in alt.items()}
        if key != {k: (type(v).__name__, getattr(v, "dtype", None), np.shape(v)) for k, v in values.items()} \
                and key not in seen:
            seen.append(key)
            yield text, alt
