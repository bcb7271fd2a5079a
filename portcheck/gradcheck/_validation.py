"""Argument validation for the public entry points (messages: name=value!r, rule, remedy)."""
from __future__ import annotations

import numpy as np

from portcheck.errors import UsageError

__all__ = ["GradcheckUsageError", "check_choice", "check_positive", "working_float"]


class GradcheckUsageError(UsageError, ValueError):
    """A gradient-check argument is invalid.

    A ``ValueError`` for library callers (as in scipy) and a ``UsageError`` for
    portcheck's CLI, which turns it into one line on stderr and exit code 2.
    """


def check_choice(name, value, choices):
    """Return ``value`` if it is one of ``choices``, else raise with the valid set."""
    if value not in choices:
        valid = ", ".join(repr(c) for c in choices)
        raise GradcheckUsageError(
            f"{name}={value!r} is not a valid choice; use one of {{{valid}}}.")
    return value


def check_positive(name, value, *, integer=False):
    """Return ``value`` if it is a finite positive number (an int if ``integer``)."""
    ok = isinstance(value, (int, np.integer)) if integer else isinstance(
        value, (int, float, np.integer, np.floating))
    if not ok or isinstance(value, bool) or not np.isfinite(value) or value <= 0:
        kind = "a positive integer" if integer else "a finite positive number"
        raise GradcheckUsageError(f"{name}={value!r} must be {kind}.")
    return value


def working_float(name, dtype):
    """The floating dtype named by ``dtype`` (float16/32/64/longdouble)."""
    try:
        dt = np.dtype(dtype)
    except TypeError as exc:
        raise GradcheckUsageError(
            f"{name}={dtype!r} is not a NumPy dtype; use 'float32' or 'float64'.") from exc
    if dt.kind != "f":
        raise GradcheckUsageError(
            f"{name}={dtype!r} is not a real floating dtype; use 'float32' or 'float64' "
            "(complex inputs are made internally by method='complex').")
    return dt
