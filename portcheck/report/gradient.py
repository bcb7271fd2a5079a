"""Renderings of ``portcheck gradcheck`` and ``portcheck sweep`` outcomes: text and JSON.

The gradient check's own report (:func:`portcheck.gradcheck.render_text`,
:func:`~portcheck.gradcheck.render_sweep`) with the target's name, the
reference's verdict and the plot's path after it; a port that raised instead of
returning is reported as a failure with its traceback.
"""
from __future__ import annotations

from ..formatting import to_jsonable
from ..gradcheck import render_sweep, render_text

__all__ = ["render_gradcheck", "gradcheck_json", "render_sweep_outcome", "sweep_json"]


def _failure_text(failure) -> str:
    lines = [f"FAIL: the port raised {failure.headline()}: fix it before checking its gradient", ""]
    lines += ["  | " + line for line in failure.traceback.splitlines()]
    return "\n".join(lines) + "\n"


def _failure_json(failure) -> dict:
    return {"status": "port-raised", "verdict": _failure_text(failure).splitlines()[0],
            "error": {"type": failure.type, "message": failure.message, "file": failure.file, "line": failure.line,
                      "source": failure.source, "traceback": failure.traceback}}


def render_gradcheck(outcome) -> str:
    """The gradient check's report, then ``Target:`` and, when it ran, ``Reference:``."""
    body = _failure_text(outcome.failure) if outcome.failure is not None else render_text(outcome.result)
    text = f"{body}\n\nTarget: {outcome.label}"
    if outcome.reference is not None:
        text += f"\nReference: {outcome.reference.verdict()}"
    return text


def gradcheck_json(outcome) -> dict:
    """``{"target", "port", "reference"}``: each check's ``to_dict()``."""
    port = _failure_json(outcome.failure) if outcome.failure is not None else outcome.result.to_dict()
    return to_jsonable({"target": outcome.label, "port": port,
                        "reference": outcome.reference.to_dict() if outcome.reference is not None else None})


def render_sweep_outcome(outcome, plot=None) -> str:
    """The sweep's report, then ``Target:`` and, when one was written, ``Plot:``."""
    body = _failure_text(outcome.failure) if outcome.failure is not None else render_sweep(outcome.sweep)
    text = f"{body}\n\nTarget: {outcome.label}"
    if plot:
        text += f"\nPlot: {plot}"
    return text


def sweep_json(outcome, plot=None) -> dict:
    """``{"target", "sweep", "plot"}``."""
    sweep = _failure_json(outcome.failure) if outcome.failure is not None else outcome.sweep.to_dict()
    return to_jsonable({"target": outcome.label, "sweep": sweep, "plot": str(plot) if plot else None})
