"""Comparing values that are not plain arrays: structs, cells, strings (and the numbers inside them).

Octave returns a struct as a dict (oct2py's ``Struct``), a cell as an object
array (oct2py's ``Cell``), a char array as a ``str``. A port returns dicts,
lists, tuples and strings. :func:`compare_structured` walks both side by side:
the same field names, the same number of items, equal strings, and numbers
that agree under the comparison's own rule (numbers with singleton dimensions
dropped: a struct field ``[1 2 3]`` comes back ``(1, 3)``, a port's ``(3,)``).
"""
from __future__ import annotations

import numpy as np

__all__ = ["is_structured", "compare_structured"]

#: At most this many differences are described.
MAX_MESSAGES = 5


def is_structured(value) -> bool:
    """A dict, a string, a list or tuple, or an object array (a cell): compared by :func:`compare_structured`."""
    if isinstance(value, (dict, str, bytes, list, tuple)):
        return True
    return isinstance(value, np.ndarray) and value.dtype == object


def _items(value) -> list | None:
    """A cell-like value as a list of its items (an object array column-major, as Octave numbers a cell)."""
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, np.ndarray) and value.dtype == object:
        return list(value.ravel(order="F"))
    return None


def _numbers(value):
    try:
        a = np.asarray(value)
    except Exception:
        return None
    if a.dtype == object or a.dtype.kind not in "biufc":
        return None
    return a


def compare_structured(port, octave, rtol: float, atol: float, where: str = "") -> tuple[int, int, list[str]]:
    """``(leaves, mismatched, messages)``: how many values were compared, how many differ, and where.

    Never raises: a value of another kind on one side is one mismatch.
    """
    here = where or "the value"
    if isinstance(octave, dict) or isinstance(port, dict):
        if not (isinstance(octave, dict) and isinstance(port, dict)):
            return 1, 1, [f"{here}: OCTAVE has a {type(octave).__name__}, PORT a {type(port).__name__}"]
        leaves, bad, messages = 0, 0, []
        missing = [k for k in octave if k not in port]
        extra = [k for k in port if k not in octave]
        if missing or extra:
            bad += len(missing) + len(extra)
            leaves += len(missing) + len(extra)
            messages.append(f"{here}: fields only in OCTAVE {missing}, only in PORT {extra}")
        for k in octave:
            if k in port:
                n, b, m = compare_structured(port[k], octave[k], rtol, atol, f"{where}.{k}" if where else k)
                leaves, bad, messages = leaves + n, bad + b, messages + m
        return leaves, bad, messages[:MAX_MESSAGES]
    if isinstance(octave, (str, bytes)) or isinstance(port, (str, bytes)):
        same = isinstance(octave, (str, bytes)) and isinstance(port, (str, bytes)) and str(octave) == str(port)
        return 1, 0 if same else 1, [] if same else [f"{here}: PORT {port!r}, OCTAVE {octave!r}"]
    a_items, b_items = _items(octave), _items(port)
    if a_items is not None or b_items is not None:
        if a_items is None or b_items is None or len(a_items) != len(b_items):
            size = lambda items, v: len(items) if items is not None else type(v).__name__
            return 1, 1, [f"{here}: PORT has {size(b_items, port)} items, OCTAVE {size(a_items, octave)}"]
        leaves, bad, messages = 0, 0, []
        for i, (b, a) in enumerate(zip(b_items, a_items)):
            n, k, m = compare_structured(b, a, rtol, atol, f"{where}[{i}]")
            leaves, bad, messages = leaves + n, bad + k, messages + m
        return leaves, bad, messages[:MAX_MESSAGES]
    return _compare_numbers(port, octave, rtol, atol, here)


def _compare_numbers(port, octave, rtol, atol, here) -> tuple[int, int, list[str]]:
    A, B = _numbers(octave), _numbers(port)
    if A is None or B is None:
        same = A is None and B is None and port == octave
        return 1, 0 if same else 1, [] if same else [f"{here}: PORT {port!r}, OCTAVE {octave!r}"]
    if A.size != B.size or tuple(d for d in A.shape if d != 1) != tuple(d for d in B.shape if d != 1):
        return max(int(A.size), 1), max(int(A.size), 1), [f"{here}: PORT shape {B.shape}, OCTAVE shape {A.shape}"]
    a = A.astype(complex if np.iscomplexobj(A) or np.iscomplexobj(B) else float).ravel(order="F")
    b = B.astype(a.dtype).ravel(order="F") if B.shape == A.shape else B.astype(a.dtype).reshape(A.shape).ravel(order="F")
    with np.errstate(all="ignore"):
        ok = np.isclose(b, a, rtol=rtol, atol=atol, equal_nan=True)
    bad = int(a.size - ok.sum())
    if not bad:
        return int(a.size), 0, []
    k = int(np.flatnonzero(~ok)[0])
    return int(a.size), bad, [f"{here}: {bad} of {a.size} numbers differ (first at {k}: PORT {_num(b[k])}, "
                              f"OCTAVE {_num(a[k])})"]


def _num(x) -> str:
    x = complex(x)
    return f"{x.real:.10g}" if x.imag == 0 else f"{x.real:.10g}{x.imag:+.10g}j"
