"""How portcheck writes numbers, locations and JSON values -- one way each, everywhere.

At the bottom of the package (it imports nothing of portcheck) because every
layer writes these: the diagnosis into its findings' evidence, the gradient
check into its verdicts, the renderers into the reports.

* :func:`fmt` and :func:`fmt_small`: a value and a difference, with complex and
  non-finite values spelt out.
* :func:`location`: an entry as the Python index *and* the Octave subscript,
  ``Theta1[0, 1] (Octave Theta1(1,2))`` (style.md: every location in both).
* :func:`to_jsonable`: any result (dataclasses, NumPy values, complex and
  non-finite numbers) as plain JSON values; the one JSON encoder of the package.
"""
from __future__ import annotations

import dataclasses
import math
from pathlib import PurePath

__all__ = ["fmt", "fmt_small", "location", "to_jsonable"]


def fmt(x, digits: int = 10) -> str:
    """A number for a report: ``%.{digits}g``, complex and non-finite values spelt out.

    Examples
    --------
    >>> fmt(0.1 + 0.2), fmt(float("nan")), fmt(1 - 2j, 3)
    ('0.3', 'nan', '1-2j')
    """
    if x is None:
        return "-"
    if isinstance(x, complex):
        return f"{fmt(x.real, digits)}{'+' if x.imag >= 0 else '-'}{fmt(abs(x.imag), digits)}j"
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return f"{x:.{digits}g}"


def fmt_small(x) -> str:
    """A difference for a report: ``3.1e-16``; exactly 0 as ``0``; non-finite spelt out."""
    if x is None:
        return "-"
    x = float(x)
    if math.isinf(x):
        return "inf"
    return "0" if x == 0 else f"{x:.1e}"


def location(name: str, subscript, octave_subscript=None) -> str:
    """An entry as its Python index and its Octave subscript.

    Parameters
    ----------
    name : str
        The array's name (``""`` for an anonymous output: ``[1] (Octave (2))``).
    subscript : sequence of int or ``":"``
        0-based indices, one per dimension; ``":"`` for a whole dimension.
    octave_subscript : sequence of int or ``":"``, optional
        The same entry's 0-based indices in Octave's array when its layout differs
        (a 1-D port value of an ``n x 1`` Octave one: ``[4] (Octave (5,1))``).

    Examples
    --------
    >>> location("Theta1", (0, 1))
    'Theta1[0, 1] (Octave Theta1(1,2))'
    >>> location("Theta2", (":", 0))
    'Theta2[:, 0] (Octave Theta2(:,1))'
    >>> location("", (4,), (4, 0))
    '[4] (Octave (5,1))'
    """
    parts = [":" if i == ":" else int(i) for i in subscript]
    oparts = parts if octave_subscript is None else [":" if i == ":" else int(i) for i in octave_subscript]
    python = ", ".join(str(i) for i in parts)
    octave = ",".join(":" if i == ":" else str(i + 1) for i in oparts)
    return f"{name}[{python}] (Octave {name}({octave}))"


def to_jsonable(obj):
    """``obj`` as plain JSON values: strict JSON (``allow_nan=False``) accepts the result.

    Dataclasses become dicts (field by field), arrays and tuples lists, dict keys
    strings; NumPy scalars become Python numbers; complex numbers
    ``{"real": .., "imag": ..}``; non-finite floats the strings ``"nan"``,
    ``"inf"``, ``"-inf"``; paths strings. Anything else is left as it is.
    """
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v) for v in obj]
    if hasattr(obj, "tolist") and hasattr(obj, "dtype"):  # NumPy arrays and scalars, without importing NumPy
        return to_jsonable(obj.tolist())
    if isinstance(obj, bool) or obj is None or isinstance(obj, (int, str)):
        return obj
    if isinstance(obj, float):
        if math.isnan(obj):
            return "nan"
        return obj if math.isfinite(obj) else ("inf" if obj > 0 else "-inf")
    if isinstance(obj, complex):
        return {"real": to_jsonable(obj.real), "imag": to_jsonable(obj.imag)}
    if isinstance(obj, PurePath):
        return str(obj)
    return obj
