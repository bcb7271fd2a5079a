"""The trace inside the other workflows: compare's automatic trace and the assertion's ``trace=True``.

When the diagnosis can only say *unexplained*, :func:`trace_unexplained`
traces the port on the first diverging input set
(:func:`portcheck.trace.run.trace_case`, in the comparison's own Octave
session) and puts the first divergent line into the unexplained finding: its
evidence and location read "first departs at FILE:LINE (CODE)" and its data
carries ``first_divergence`` (the JSON contract of ``portcheck trace``).
:func:`with_trace_line` puts the trace's first line second in a ParityError
message. Both leave their input unchanged when the trace cannot run.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from ..cases.project import show_path
from ..errors import PortcheckError

__all__ = ["only_unexplained", "trace_unexplained", "with_trace_line"]


def only_unexplained(findings) -> bool:
    """The diagnosis named nothing: every finding that is not *noted* is *unexplained*."""
    open_ = [f for f in findings if f.status != "noted"]
    return bool(open_) and all(f.status == "unexplained" for f in open_)


def _trace_first_bad_set(case, port, sets, *, port_label, session, rtol, atol, arg_overrides, timeout):
    from ..trace.run import trace_case  # the tracer only when a trace runs (off compare's cold path)

    bad = [s.input_set for s in sets if s.status != "parity"]
    return trace_case(case, port, port_label=port_label, session=session, input_sets=bad[:1] or None,
                      rtol=rtol, atol=atol, arg_overrides=arg_overrides, timeout=timeout)


def trace_unexplained(findings, sets, case, port, *, port_label: str, session=None, rtol=None, atol=None,
                      arg_overrides=None, timeout=None) -> tuple:
    """``findings`` with the unexplained one located at the port's first divergent line (unchanged if none)."""
    if not only_unexplained(findings) or all(s.status == "parity" for s in sets):
        return tuple(findings)
    try:
        tr = _trace_first_bad_set(case, port, sets, port_label=port_label, session=session, rtol=rtol, atol=atol,
                                  arg_overrides=arg_overrides, timeout=timeout)
    except PortcheckError:
        return tuple(findings)
    fd = tr.first
    if fd is None:
        return tuple(findings)
    where = f"first departs at {show_path(Path(fd.file))}:{fd.line} ({fd.code})"
    out = []
    for f in findings:
        if f.status == "unexplained":
            data = dict(f.data)
            data["first_divergence"] = fd.to_dict()
            f = dataclasses.replace(f, evidence=f"{where}: {fd.message}; {f.evidence}",
                                    location=where + (f"; {f.location}" if f.location else ""), data=data)
        out.append(f)
    return tuple(out)


def with_trace_line(message: str, result, case, port, *, session=None, timeout=None, arg_overrides=None) -> str:
    """The ParityError text with the trace's first line second (``assert_parity(..., trace=True)``)."""
    from ..report.trace import headline

    try:
        if port is None:
            port = case.load_port(timeout)
        tr = _trace_first_bad_set(case, port, result.sets, port_label=result.port_label, session=session,
                                  rtol=result.rtol, atol=result.atol, arg_overrides=arg_overrides, timeout=timeout)
    except PortcheckError as exc:
        return message + f"\n(trace not run: {exc.message})"
    verdict, _, rest = message.partition("\n")
    return f"{verdict}\n{headline(tr)}\n{rest}"
