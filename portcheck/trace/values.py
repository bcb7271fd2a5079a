"""Recorded values: numbers kept whole up to a size limit, summarised beyond it.

Both sides record plain data: a numeric ``ndarray`` (copied), a
:class:`Summary` for arrays larger than :attr:`Limits.max_elements`, or an
:class:`Opaque` for anything that is not numeric (a dict, a model object).

A summary keeps what the aligner needs to compare two values under the
transforms it knows without the data: the shape and dtype, the moments (sum,
sum of absolute values, sum of squares, min, max, NaN count), the first
:data:`HEAD` entries in column-major *and* in row-major order (so a transpose
or a C/F reordering can be checked), and the column and row sums of the 2-D
view (capped at :data:`CAP` entries), plus a SHA-1 digest of the column-major
bytes for exact identity. Octave computes the same fields on its side
(``portcheck_trace_rec__.m``), so a large value never crosses the bridge.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

__all__ = ["Limits", "Summary", "Opaque", "capture", "summarise", "as_array", "describe", "HEAD", "CAP"]

#: Entries kept at the head of a summary, in each memory order.
HEAD = 64
#: Row/column sums kept in a summary.
CAP = 4096


@dataclass(frozen=True)
class Limits:
    """Bounds on what a trace keeps.

    Attributes
    ----------
    max_elements : int
        Arrays with more entries are kept as a :class:`Summary` (default 10**6:
        8 MB of float64; at nnCostFunction's full size only ``X`` and ``a1``
        are summarised).
    max_bytes : int
        Once this many bytes of values are kept, every further array is
        summarised (default 512 MiB).
    iterations : int
        Executions of one line recorded from the start; after that only the
        last one is kept (default 3: "first 3 and last").
    """

    max_elements: int = 1_000_000
    max_bytes: int = 512 * 1024 * 1024
    iterations: int = 3


@dataclass(frozen=True)
class Summary:
    """A large array described by its shape, moments, heads and marginal sums (see module notes)."""

    shape: tuple
    dtype: str
    size: int
    total: complex
    sumabs: float
    sumsq: float
    vmin: float
    vmax: float
    nnan: int
    head_f: np.ndarray
    head_c: np.ndarray
    col_sums: np.ndarray
    row_sums: np.ndarray
    digest: str = ""

    @property
    def ndim(self) -> int:
        return len(self.shape)


@dataclass(frozen=True)
class Opaque:
    """A value that is not numeric: only its type is kept."""

    type: str
    text: str = ""


def _two_d(a: np.ndarray) -> np.ndarray:
    if a.ndim == 0:
        return a.reshape(1, 1)
    if a.ndim == 1:
        return a.reshape(-1, 1)
    if a.ndim == 2:
        return a
    return a.reshape(a.shape[0], -1, order="F")


def summarise(a: np.ndarray, digest: bool = True) -> Summary:
    """The :class:`Summary` of a numeric array (1-D arrays are viewed as columns)."""
    a = np.asarray(a)
    x = _two_d(a)
    kind = x.dtype.kind
    work = x.astype(complex if kind == "c" else float, copy=False)
    flat_f = work.ravel(order="F")
    with np.errstate(all="ignore"):
        absx = np.abs(flat_f)
        total = complex(flat_f.sum()) if kind == "c" else float(flat_f.sum())
        finite = flat_f[np.isfinite(flat_f)] if kind != "c" else np.abs(flat_f)
        s = Summary(
            shape=tuple(int(d) for d in a.shape), dtype=str(a.dtype), size=int(a.size), total=total,
            sumabs=float(absx.sum()), sumsq=float((absx ** 2).sum()),
            vmin=float(finite.min()) if finite.size else float("nan"),
            vmax=float(finite.max()) if finite.size else float("nan"),
            nnan=int(np.isnan(absx).sum()),
            head_f=flat_f[:HEAD].copy(), head_c=work.ravel(order="C")[:HEAD].copy(),
            col_sums=work.sum(axis=0)[:CAP].copy(), row_sums=work.sum(axis=1)[:CAP].copy(),
            digest=hashlib.sha1(np.ascontiguousarray(flat_f).tobytes()).hexdigest() if digest else "",
        )
    return s


def as_array(value):
    """A numeric ``ndarray`` for ``value`` when it is numbers (pandas, np.matrix, lists, scalars), else None."""
    if isinstance(value, np.ndarray):
        if value.dtype.kind in "biufc":
            return np.asarray(value)  # np.matrix -> ndarray
        return None
    if isinstance(value, (bool, int, float, complex, np.number, np.bool_)):
        return np.asarray(value)
    to_numpy = getattr(value, "to_numpy", None)
    if to_numpy is not None and callable(to_numpy) and type(value).__module__.startswith("pandas"):
        try:
            a = np.asarray(to_numpy())
        except Exception:
            return None
        return a if a.dtype.kind in "biufc" else None
    if isinstance(value, (list, tuple)) and value and len(value) <= 100_000:
        if all(isinstance(v, (int, float, np.number)) and not isinstance(v, bool) for v in value[:50]):
            try:
                a = np.asarray(value, dtype=float)
            except (TypeError, ValueError):
                return None
            return a if a.dtype.kind in "biufc" else None
    return None


def capture(value, limits: Limits, budget: list | None = None):
    """What a trace keeps of ``value``: an array copy, a :class:`Summary` or an :class:`Opaque`.

    ``budget`` is a one-element list holding the bytes still allowed (shared by a whole trace).
    """
    a = as_array(value)
    if a is None:
        if value is None:
            return Opaque("None")
        return Opaque(type(value).__name__, _short(value))
    if a.size > limits.max_elements or (budget is not None and budget[0] < a.nbytes):
        return summarise(a)
    if budget is not None:
        budget[0] -= a.nbytes
    return np.array(a, copy=True)


def _short(value) -> str:
    try:
        text = repr(value)
    except Exception:
        return ""
    return text if len(text) <= 60 else text[:57] + "..."


def describe(value) -> str:
    """``"5x4 float64"``, ``"scalar 0.2876"``, ``"summary of 5000x401 float64"``."""
    if isinstance(value, Summary):
        return f"{'x'.join(map(str, value.shape))} {value.dtype} (summarised)"
    if isinstance(value, Opaque):
        return value.type
    a = np.asarray(value)
    if a.size == 1:
        x = a.reshape(-1)[0].item()
        return f"scalar {x!r}" if a.dtype.kind not in "fc" else f"scalar {x:.10g}"
    return f"{'x'.join(map(str, a.shape)) or '()'} {a.dtype}"
