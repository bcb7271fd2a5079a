"""The user's cost wrapped once: evaluation counting, dtype, shapes; and its named parameter blocks."""
from __future__ import annotations

import warnings

import numpy as np

from ..cases.blocks import Block
from ._validation import GradcheckUsageError, check_choice, working_float

__all__ = ["Objective", "parse_blocks", "ComplexUnsafe"]

_ComplexWarning = getattr(np, "exceptions", np).ComplexWarning


class ComplexUnsafe(Exception):
    """The cost cannot be evaluated at a complex point; ``str()`` says how it failed."""


def _scalar(value, what):
    arr = np.asarray(value)
    if arr.size != 1:
        raise GradcheckUsageError(
            f"{what} must be a scalar; got shape {arr.shape}. Return J as a float "
            "(e.g. J.item()) and the gradient as a separate array.")
    return arr.reshape(-1)[0], arr.dtype


def _precision_rank(dt):
    return np.finfo(dt).eps


class Objective:
    """``fun`` (returning ``(J, grad)`` or ``J``) with counting, casting and progress.

    Parameters
    ----------
    fun : callable ``fun(x, *args)``
        Returns ``(J, grad)`` (the course's convention) or, if ``grad`` is given, ``J``.
    x0 : array_like, shape (n,) or (n, 1) or any shape
        The point; ``fun`` always receives a fresh array of this shape and dtype.
    grad : callable ``grad(x, *args)``, optional
        Separate gradient function.
    args : tuple
        Extra arguments for ``fun`` and ``grad``.
    dtype : dtype-like, optional
        Working precision; by default the least precise of x0, J and grad.
    progress : callable ``progress(done, total)``, optional
        Called after every cost evaluation; ``total`` is the plan so far and may grow.
    """

    def __init__(self, fun, x0, *, grad=None, args=(), dtype=None, progress=None):
        if not callable(fun):
            raise GradcheckUsageError(f"fun={fun!r} is not callable; pass the cost function.")
        if grad is not None and not callable(grad):
            raise GradcheckUsageError(f"grad={grad!r} is not callable; pass a function or None.")
        if progress is not None and not callable(progress):
            raise GradcheckUsageError(
                f"progress={progress!r} is not callable; pass progress(done, total) or None.")
        x0 = np.asarray(x0)
        if x0.dtype.kind not in "fiu" or x0.size == 0:
            raise GradcheckUsageError(
                f"x0 must be a non-empty real array; got dtype {x0.dtype}, shape {x0.shape}.")
        if not np.all(np.isfinite(x0)):
            raise GradcheckUsageError("x0 contains NaN or Inf; check the point, not the gradient.")
        self.fun, self.grad_fun, self.args = fun, grad, tuple(args)
        self.shape = x0.shape
        self.call_dtype = x0.dtype if x0.dtype.kind == "f" else np.dtype(np.float64)
        self.n = int(x0.size)
        self.evaluations = 0
        self.gradient_evaluations = 0
        self.planned = 0
        self.progress = progress
        x64 = x0.astype(np.float64).ravel()
        f, g, fdt, gdt = self._raw_value_and_grad(x64)
        if dtype is not None:
            self.dtype, self.dtype_source = working_float("dtype", dtype), "requested"
        else:
            cands = [("x0", self.call_dtype), ("cost output", fdt), ("cost output", gdt)]
            cands = [(s, np.dtype(d)) for s, d in cands if np.dtype(d).kind == "f"]
            self.dtype_source, self.dtype = max(cands, key=lambda c: _precision_rank(c[1]))
        self.eps = float(np.finfo(self.dtype).eps)
        self.x = self.round(x64)
        if np.array_equal(self.x, x64):
            self.f0, self.g0 = f, g
        else:  # x0 is not representable in the working dtype: evaluate at the rounded point
            self.f0, self.g0 = self.value_and_grad(self.x)

    # -- points -------------------------------------------------------------
    def round(self, x):
        """``x`` (float64) rounded to the working dtype, returned as float64."""
        return np.asarray(x, dtype=np.float64).astype(self.dtype).astype(np.float64)

    def _arg(self, x):
        return np.asarray(x).astype(self.call_dtype).reshape(self.shape)

    # -- evaluation ---------------------------------------------------------
    def plan(self, k):
        """Announce ``k`` more evaluations to the progress callback."""
        self.planned += int(k)

    def _tick(self):
        self.evaluations += 1
        if self.progress is not None:
            self.progress(self.evaluations, max(self.planned, self.evaluations))

    def _raw(self, x):
        out = self.fun(self._arg(x), *self.args)
        self._tick()
        return out

    def _raw_value_and_grad(self, x):
        out = self._raw(x)
        if self.grad_fun is None:
            if not isinstance(out, (tuple, list)) or len(out) < 2:
                raise GradcheckUsageError(
                    f"fun returned {type(out).__name__}, not (J, grad); return both (the "
                    "course's convention) or pass the gradient function as grad=.")
            J, g = out[0], out[1]
        else:
            J = out[0] if isinstance(out, (tuple, list)) else out
            g = self.grad_fun(self._arg(x), *self.args)
            self.gradient_evaluations += 1
        J, fdt = _scalar(J, "the cost J")
        g = np.asarray(g)
        if g.size != self.n:
            raise GradcheckUsageError(
                f"the gradient has {g.size} entries (shape {g.shape}) but x has {self.n}; "
                "return one partial derivative per parameter, unrolled like x.")
        gdt = g.dtype if g.dtype.kind == "f" else np.dtype(np.float64)
        return float(np.real(J)), np.asarray(g, dtype=np.float64).ravel(), fdt, gdt

    def value(self, x):
        """The cost at ``x`` (float64 vector) as a float; one evaluation."""
        out = self._raw(x)
        J = out[0] if isinstance(out, (tuple, list)) else out
        return float(np.real(_scalar(J, "the cost J")[0]))

    def value_and_grad(self, x):
        """``(J, grad)`` at ``x``; one evaluation (plus one gradient call if separate)."""
        f, g, _, _ = self._raw_value_and_grad(x)
        return f, g

    def complex_value(self, z):
        """The cost at a complex point; raises :class:`ComplexUnsafe` with the reason."""
        ctype = np.result_type(self.dtype, np.complex64)
        arg = np.asarray(z).astype(ctype).reshape(self.shape)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", _ComplexWarning)
                out = self.fun(arg, *self.args)
        except _ComplexWarning as exc:
            self._tick()
            raise ComplexUnsafe(f"drops the imaginary part ({exc})") from None
        except Exception as exc:  # noqa: BLE001 - any failure means "not complex-safe"
            self._tick()
            raise ComplexUnsafe(f"raises {type(exc).__name__}: {exc}") from None
        self._tick()
        J = out[0] if isinstance(out, (tuple, list)) else out
        value, dt = _scalar(J, "the cost J")
        if np.dtype(dt).kind != "c":
            raise ComplexUnsafe("drops the imaginary part (returns a real cost for a complex "
                                "input: np.abs, .real, max or a float cast on the way)")
        return complex(value)


def parse_blocks(blocks, n, order="F"):
    """Validate a block spec ``[("Theta1", (5, 4)), ("Theta2", (3, 6))]`` against n entries.

    Parameters
    ----------
    blocks : sequence of (str, int or tuple of int), or None
        Names and shapes in unrolling order. None means one block ``"x"`` of shape (n,).
    n : int
        Number of parameters.
    order : {'F', 'C'}
        How each block is unrolled: 'F' (column-major, Octave's ``Theta1(:)``) or 'C'.

    Returns
    -------
    tuple of Block
        :class:`portcheck.cases.blocks.Block`, in unrolling order.
    """
    check_choice("order", order, ("F", "C"))
    if blocks is None:
        return (Block("x", (n,), 0, order=order),)
    out, start, seen = [], 0, set()
    for item in blocks:
        try:
            name, shape = item
        except (TypeError, ValueError):
            raise GradcheckUsageError(
                f"blocks entry {item!r} is not (name, shape); write e.g. "
                "[('Theta1', (25, 401)), ('Theta2', (10, 26))].") from None
        shape = (int(shape),) if np.isscalar(shape) else tuple(int(s) for s in shape)
        if not 1 <= len(shape) <= 2 or min(shape) < 1:
            raise GradcheckUsageError(
                f"block {name!r} has shape {shape}; use a positive vector or matrix shape.")
        if name in seen:
            raise GradcheckUsageError(f"block name {name!r} appears twice; names must be unique.")
        seen.add(name)
        out.append(Block(str(name), shape, start, order=order))
        start += out[-1].size
    if start != n:
        spec = " + ".join(f"{b.name} {b.shape_text()} ({b.size})" for b in out)
        raise GradcheckUsageError(
            f"blocks cover {start} entries ({spec}) but x has {n}; "
            "list every block in unrolling order with its shape.")
    return tuple(out)
