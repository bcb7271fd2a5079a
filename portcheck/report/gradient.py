"""Renderings of ``portcheck gradcheck`` and ``portcheck sweep`` outcomes: text and JSON.

The gradient check's own reports (:func:`portcheck.gradcheck.render_points` for a
check at several points, :func:`~portcheck.gradcheck.render_text` for one point,
:func:`~portcheck.gradcheck.render_point_sweeps`) with the target's name, the
reference's verdict and the plot's path after them; one section per input set when
the case has several (one per ``lambdas`` value); a port that raised instead of
returning is reported as a failure with its traceback.
"""
from __future__ import annotations

from ..formatting import to_jsonable
from ..gradcheck import render_point_sweeps, render_points, render_sweep, render_text

__all__ = ["render_gradcheck", "gradcheck_json", "render_sweep_outcome", "sweep_json", "MAX_JSON_POINT"]

#: A point's coordinates go into the JSON document up to this many entries (the full path's
#: limit, mode='auto'); larger points are given by their seed and description only.
MAX_JSON_POINT = 1000


def _failure_text(verdict: str, failure) -> str:
    lines = [verdict, ""]
    lines += ["  | " + line for line in failure.traceback.splitlines()]
    return "\n".join(lines) + "\n"


def _failure_json(verdict: str, failure) -> dict:
    return {"status": "port-raised", "verdict": verdict,
            "error": {"type": failure.type, "message": failure.message, "file": failure.file, "line": failure.line,
                      "source": failure.source, "traceback": failure.traceback}}


def _set_text(s) -> str:
    if s.failure is not None:
        return _failure_text(s.verdict, s.failure)
    return render_text(s.check.given) if len(s.check.rows) == 1 else render_points(s.check)


def render_gradcheck(outcome) -> str:
    """The verdict over every input set and point, each set's report, then ``Target:`` and ``Reference:``."""
    if len(outcome.sets) == 1:
        body = _set_text(outcome.sets[0])
    else:
        body = "\n".join([outcome.verdict, ""] + [f"Input set {s.name}\n\n{_set_text(s)}" for s in outcome.sets])
    text = f"{body.rstrip()}\n\nTarget: {outcome.label}"
    if outcome.reference is not None:
        text += f"\nReference: {outcome.reference.verdict()}"
    return text


def _set_json(s) -> dict:
    if s.failure is not None:
        doc = _failure_json(s.verdict, s.failure)
        doc["input_set"], doc["failed_at"] = s.name, to_jsonable(s.failed_at)
        return doc
    check = to_jsonable(s.check)
    for row in check["rows"]:
        if len(row["point"]["x"]) > MAX_JSON_POINT:
            row["point"]["x"] = None
    return {"input_set": s.name, "status": s.check.status, "verdict": s.verdict, "check": check}


def gradcheck_json(outcome) -> dict:
    """``{"target", "verdict", "passed", "points", "port", "sets", "reference"}``.

    ``port`` is the check at the given point of the first input set (or the failure);
    ``sets`` holds every input set's multi-point check, one row per point (the point's
    coordinates up to :data:`MAX_JSON_POINT` entries).
    """
    first = outcome.sets[0]
    port = _failure_json(first.verdict, first.failure) if first.failure is not None else first.check.given.to_dict()
    return to_jsonable({"target": outcome.label, "verdict": outcome.verdict, "passed": outcome.passed,
                        "points": outcome.points, "port": port, "sets": [_set_json(s) for s in outcome.sets],
                        "reference": outcome.reference.to_dict() if outcome.reference is not None else None})


def render_sweep_outcome(outcome, plot=None) -> str:
    """The sweep's report (every point's curve in a row, the worst in full), then ``Target:`` and ``Plot:``."""
    if outcome.failure is not None:
        body = _failure_text(outcome.verdict, outcome.failure)
    elif len(outcome.sweeps.rows) == 1:
        body = render_sweep(outcome.sweep)
    else:
        body = render_point_sweeps(outcome.sweeps)
    text = f"{body.rstrip()}\n\nTarget: {outcome.label}"
    if plot:
        text += f"\nPlot: {plot}"
    return text


def sweep_json(outcome, plot=None) -> dict:
    """``{"target", "sweep", "points", "plot"}``: ``sweep`` is the worst point's, ``points`` every point's."""
    if outcome.failure is not None:
        return to_jsonable({"target": outcome.label, "sweep": _failure_json(outcome.verdict, outcome.failure), "points": None,
                            "plot": str(plot) if plot else None})
    ps = outcome.sweeps
    rows = [{"point": to_jsonable(p), "sweep": sw.to_dict()} for p, sw in ps.rows]
    for row in rows:
        if len(row["point"]["x"]) > MAX_JSON_POINT:
            row["point"]["x"] = None
    return to_jsonable({"target": outcome.label, "verdict": ps.verdict, "worst": ps.rows[ps.worst][0].name,
                        "sweep": outcome.sweep.to_dict(), "points": rows, "plot": str(plot) if plot else None})
