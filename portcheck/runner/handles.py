"""Function arguments: an Octave handle for the reference, a Python callable for the port.

``computeNumericalGradient(J, theta)`` takes a function. Both sides must call
the *same* cost, or their outputs cannot be compared: the reference gets an
Octave handle to the reference cost (``@(p) nnCostFunction(p, 3, 5, 3, X, y,
lambda)``), the port a Python callable of the bundled correct port's cost with
the same bound values (:class:`~portcheck.sandbox._bound.BoundCall`).

A :class:`FunctionHandle` is the input value that stands for both. The Octave
side is built by ``octave_lib/portcheck_with_handles.m`` from plain data (the
function's name is the case's, never the user's text): :func:`octave_call`
rewrites an argument list that holds one into a call of that helper.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

__all__ = ["FunctionHandle", "octave_call", "HANDLE_HELPER"]

#: The Octave helper that turns the data of a FunctionHandle into a handle and calls the function.
HANDLE_HELPER = "portcheck_with_handles"


@dataclass(frozen=True, eq=False)
class FunctionHandle:
    """A function argument: ``function(bound[:position] + (free,) + bound[position:])``.

    Attributes
    ----------
    octave_function : str
        The reference function the Octave handle calls (``"nnCostFunction"``).
    python_target : str
        ``"module:function"`` of the bundled port the Python callable calls.
    bound : tuple
        The bound arguments in Octave's shapes (the port's callable gets them as
        a Python caller would: sizes as ``int``, the parameter vector 1-D).
    python_bound : tuple
        The same values as the Python callable passes them.
    position : int
        Where the free argument goes.
    label : str
        How reports show it: ``"@(p) nnCostFunction(p, 3, 5, 3, X, y, 0)"``.
    """

    octave_function: str
    python_target: str
    bound: tuple
    python_bound: tuple
    position: int = 0
    label: str = ""
    is_handle: bool = field(default=True, init=False)

    def python(self, first_only: bool = False):
        """The Python callable the port receives."""
        from ..sandbox._bound import BoundCall

        return BoundCall(self.python_target, self.python_bound, self.position, first_only)

    def __repr__(self) -> str:
        return self.label or f"@(p) {self.octave_function}(...)"

    @property
    def size(self) -> int:  # shown as a scalar-like item in input tables
        return 1


def octave_call(function: str, args: tuple) -> tuple[str, tuple]:
    """``(name, args)`` to evaluate ``function(*args)`` in Octave when an argument is a FunctionHandle.

    Without one, ``(function, args)`` unchanged. With one (at most one is
    supported), the helper is called as ``portcheck_with_handles(function,
    hpos, hname, hfree, hargs, args...)``.
    """
    where = [i for i, a in enumerate(args) if isinstance(a, FunctionHandle)]
    if not where:
        return function, tuple(args)
    if len(where) > 1:
        raise ValueError(f"{function}: only one function argument per call is supported, got {len(where)}")
    i = where[0]
    h = args[i]
    bound = np.empty((1, len(h.bound)), dtype=object)
    for k, v in enumerate(h.bound):
        bound[0, k] = float(v) if isinstance(v, (int, np.integer)) else v
    rest = tuple(0.0 if k == i else a for k, a in enumerate(args))
    return HANDLE_HELPER, (function, float(i + 1), h.octave_function, float(h.position + 1), bound) + rest
