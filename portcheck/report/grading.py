"""Renderings of a many-submissions run (:class:`~portcheck.workflow.batch.GradingRun`): table, JSON lines, CSV.

Pure functions from the run to text; the CLI writes the text where it was asked
to. Every rendering has the same columns, in the same order: the submission's
path, the verdict, the top finding's id and title, the seconds it took (and, in
JSON lines and CSV, the error message of a submission that could not run).
The CSV goes through pandas (``pip install 'octave-portcheck[grading]'``).
"""
from __future__ import annotations

import json

from .tables import render, table

__all__ = ["COLUMNS", "render_grading_text", "grading_jsonl", "jsonl_line", "grading_csv", "grading_json"]

COLUMNS = ("path", "verdict", "finding", "title", "seconds", "message")


def render_grading_text(run, width: int = 120) -> str:
    """The headline, then one table row per submission (path, verdict, finding, title, seconds)."""
    rows = [(r.path, r.verdict, r.finding or "-", r.title or "-", f"{r.seconds:.2f}") for r in run.rows]
    t = table(None, ("submission", "verdict", "finding", "title", "seconds"), rows, wrap=(3,))
    c = run.counts
    tail = (f"  ({len(run.rows)} submissions of {run.function}: {c['parity']} parity, {c['divergence']} divergence, "
            f"{c['error']} could not run; {run.seconds:.1f} s, "
            f"{60 * len(run.rows) / run.seconds if run.seconds else 0:.0f} submissions/minute)")
    return render([run.headline, "", t, tail], width)


def grading_jsonl(run) -> str:
    """One JSON object per submission and line, keys :data:`COLUMNS`."""
    return "".join(jsonl_line(r) for r in run.rows)


def jsonl_line(row) -> str:
    """One submission's JSON line (with its newline)."""
    return json.dumps({k: row.to_dict()[k] for k in COLUMNS}, allow_nan=False) + "\n"


def grading_json(run) -> dict:
    """The ``--json`` document: the headline, the counts, the rows, the exit code."""
    return {"case": run.case, "function": run.function, "pattern": run.pattern, "headline": run.headline,
            "counts": run.counts, "seconds": round(run.seconds, 3),
            "rows": [{k: r.to_dict()[k] for k in COLUMNS} for r in run.rows], "exit_code": run.exit_code}


def grading_csv(run) -> str:
    """The rows as CSV text, columns :data:`COLUMNS`, through pandas (raises ModuleNotFoundError without it)."""
    import pandas as pd

    frame = pd.DataFrame([r.to_dict() for r in run.rows], columns=list(COLUMNS))
    return frame.to_csv(index=False)
