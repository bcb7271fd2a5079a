"""The Octave side of a run: the reference evaluated on every input set in one round trip.

An evaluation that raises for its inputs is data (a finding); a reference that
cannot run at all (a parse error, a function Octave cannot find) is an
environment error, :class:`~portcheck.errors.ReferenceUnusable` (exit 2).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..errors import OctaveError, ReferenceUnusable
from .handles import HANDLE_HELPER, octave_call

__all__ = ["ReferenceRun", "run_reference"]


@dataclass(frozen=True)
class ReferenceRun:
    """What one Octave evaluation produced."""

    outputs: tuple | None
    error: OctaveError | None


def run_reference(session, function: str, arglists: Sequence[tuple], nout: int) -> list[ReferenceRun]:
    """Evaluate the Octave ``function`` on every argument tuple in one round trip.

    An evaluation that raises for its inputs (``nonconformant arguments``) is a
    :class:`ReferenceRun` with ``error`` set: a finding. When *every* evaluation
    fails because the reference cannot run at all -- a parse error, or a
    function or name Octave cannot find -- :class:`ReferenceUnusable` is raised
    instead (exit 2): nothing can be compared, and the fix is in the ``.m``
    files or the path, not in the port.
    """
    calls = [octave_call(function, tuple(a)) for a in arglists]
    names = {name for name, _ in calls}
    if names == {HANDLE_HELPER}:  # function arguments: every call through the handle helper, one round trip
        results = session.call_many(HANDLE_HELPER, [args for _, args in calls], nout=nout)
    elif HANDLE_HELPER in names:
        results = [session.call_many(name, [args], nout=nout)[0] for name, args in calls]
    else:
        results = session.call_many(function, list(arglists), nout=nout)
    runs = []
    for r in results:
        if isinstance(r, OctaveError):
            runs.append(ReferenceRun(None, r))
        else:
            runs.append(ReferenceRun(tuple(r), None))
    errors = [r.error for r in runs]
    if errors and all(e is not None for e in errors):
        unusable = _unusable(errors[0], function)
        if unusable is not None:
            raise unusable
    return runs


def _unusable(err: OctaveError, function: str) -> ReferenceUnusable | None:
    """The error as :class:`ReferenceUnusable` when it means the reference cannot run at all."""
    msg = err.octave_message or err.message
    where = f" (in {err.stack[0][0]} at line {err.stack[0][1]})" if err.stack else ""
    if msg.startswith("parse error"):
        return ReferenceUnusable(f"the reference {function}.m cannot be parsed: {msg}", octave_message=msg, stack=err.stack,
                                 identifier=err.identifier, tip="fix the syntax of the .m file; Octave shows the line above the caret")
    if err.identifier == "Octave:undefined-function" or msg.startswith("feval: function"):
        missing = msg.split("'")[1] if msg.count("'") >= 2 else function
        package = re.search(r"belongs to the (\S+) package", msg)
        if package:
            tip = (f"{missing} is a function of Octave's {package[1]} package: load it with packages = "
                   f"[\"{package[1]}\"] in the case (portcheck.toml) or --package {package[1]} on the command line")
        elif missing == function:
            tip = f"the file must be named {function}.m and hold 'function ... = {function}(...)'; check its directory is the one given"
        else:
            tip = (f"{missing!r} is neither a variable nor a function on Octave's path: put {missing}.m next to "
                   f"{function}.m, or fix the name")
        return ReferenceUnusable(f"the reference {function}() cannot run: {msg}{where}", octave_message=msg,
                                 stack=err.stack, identifier=err.identifier, tip=tip)
    return None
