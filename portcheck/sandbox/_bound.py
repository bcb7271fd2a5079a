"""A function argument for a port: ``module:function`` with all arguments but one bound.

The port of ``computeNumericalGradient(J, theta)`` receives a Python callable
where Octave receives a function handle. The callable is a :class:`BoundCall`:
plain data (a target name and arguments), so it can be pickled to the port's
process and resolved there; the function is imported on first use. Light on
purpose: the worker imports it before the port.
"""
from __future__ import annotations

import importlib

__all__ = ["BoundCall"]


class BoundCall:
    """``target(*args)`` with the free argument inserted at ``position``.

    Parameters
    ----------
    target : str
        ``"package.module:function"``.
    args : tuple
        The bound arguments, in order, without the free one.
    position : int
        Where the free argument goes (0 = first); -1: no argument is bound, the
        call's own arguments are passed through (the cost function itself).
    first_only : bool
        Return only the first output of a tuple (the cost), as an Octave handle
        called with one output does.
    """

    __slots__ = ("target", "args", "position", "first_only", "_func")

    def __init__(self, target: str, args: tuple, position: int = 0, first_only: bool = False):
        self.target, self.args, self.position, self.first_only = target, tuple(args), int(position), bool(first_only)
        self._func = None

    def __getstate__(self):
        return (self.target, self.args, self.position, self.first_only)

    def __setstate__(self, state):
        self.target, self.args, self.position, self.first_only = state
        self._func = None

    def __call__(self, *free):
        if self._func is None:
            module, _, name = self.target.partition(":")
            self._func = getattr(importlib.import_module(module), name)
        if self.position < 0:
            args = free
        else:
            if len(free) != 1:
                raise TypeError(f"the cost function takes 1 argument ({len(free)} given)")
            args = self.args[: self.position] + free + self.args[self.position:]
        value = self._func(*args)
        if self.first_only and isinstance(value, tuple):
            return value[0]
        return value

    def __repr__(self) -> str:
        name = self.target.rpartition(":")[2]
        return f"<cost function: {name} with {len(self.args)} bound arguments>"
