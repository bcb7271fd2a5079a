"""Renderings of ``compare --all`` (a :class:`~portcheck.workflow.course.CourseRun`): text, JSON, Markdown.

One row per case: where it comes from, how many input sets, the verdict, the
largest differences and the top finding; then the cases to look at again, each
with its Reproduce line.
"""
from __future__ import annotations

from ..formatting import fmt_small
from .json import JSON_SCHEMA_VERSION, to_json_dict
from .tables import render, table
from .text import render_text

__all__ = ["COLUMNS", "summary_rows", "render_summary_text", "summary_json", "render_summary_markdown"]

COLUMNS = ("case", "source", "input sets", "verdict", "max abs diff", "max rel diff", "top finding")


def _max_diff(result, attr: str) -> float | None:
    values = [getattr(o, attr) for s in result.sets if s.comparison for o in s.comparison.outputs
              if o.status in ("parity", "divergence")]
    return max(values) if values else None


def _top_finding(result) -> str:
    f = next((f for f in result.findings if f.status != "noted"), None)
    if f is None:
        return "-" if result.parity else "[unexplained] no hypothesis fits"
    return f"[{f.status}] {f.title}"


def summary_rows(run) -> list[tuple]:
    """Rows of the ``--all`` table: case, source, input sets, verdict, max abs and rel diff, top finding."""
    rows = []
    for o in run.outcomes:
        if o.error is not None:
            rows.append((o.case.name, o.case.source, "-", "error", "-", "-", o.error.message))
        else:
            r = o.result
            rows.append((o.case.name, o.case.source, str(len(r.sets)), r.verdict,
                         fmt_small(_max_diff(r, "max_abs")), fmt_small(_max_diff(r, "max_rel")), _top_finding(r)))
    return rows


def render_summary_text(run, *, verbose: bool = False, width: int = 120) -> str:
    """The headline, the table, the Reproduce lines of the cases that failed (and, verbose, their reports)."""
    parts = [run.headline, "", table(None, COLUMNS, summary_rows(run), wrap=(6,))]
    bad = [o for o in run.outcomes if o.failed]
    if bad:
        parts += ["", "Reproduce"]
        parts += [f"  {o.reproduce}" + (f"    # {o.error.message}" if o.error else "") for o in bad]
    parts.append(f"  ({len(run.outcomes)} cases, {run.where}, {run.round_trips} round trips)")
    text = render(parts, width)
    if verbose:
        for o in bad:
            if o.result is not None:
                text += "\n\n" + "=" * min(width, 100) + "\n" + render_text(o.result, width=width)
    return text


def summary_json(run) -> dict:
    """The ``--all`` JSON document: the headline, one entry per case (a full comparison or its error), timing."""
    cases = []
    for o in run.outcomes:
        if o.error is not None:
            cases.append({"case": o.case.name, "verdict": "error", "error": o.error.message, "tip": o.error.tip,
                          "seconds": o.seconds})
        else:
            cases.append(to_json_dict(o.result))
    return {"schema": JSON_SCHEMA_VERSION, "verdict": run.headline.split(":", 1)[0], "exit_code": run.exit_code,
            "summary": run.headline, "cases": cases,
            "timing": {"seconds": run.seconds, "octave_round_trips": run.round_trips, "octave_sessions": 1}}


def render_summary_markdown(run) -> str:
    """The ``--all`` table in Markdown."""
    lines = [f"**{run.headline}**", "", "| " + " | ".join(COLUMNS) + " |", "|---" * len(COLUMNS) + "|"]
    for row in summary_rows(run):
        lines.append("| " + " | ".join(str(x).replace("|", "\\|") for x in row) + " |")
    return "\n".join(lines)
