"""Renderings of the cases (``portcheck list``) and of a scaffold written by ``portcheck new``."""
from __future__ import annotations

import os

from .tables import render, table

__all__ = ["render_case_list", "case_list_json", "render_scaffold", "render_recorded", "recorded_json"]


def case_list_json(cases) -> list[dict]:
    """One dict per case: name, aliases, reference, port, outputs, description."""
    return [{"name": c.name, "aliases": list(c.aliases), "reference": c.reference_label, "port": c.port,
             "outputs": list(c.outputs), "description": c.description} for c in cases]


def _extra_aliases(case) -> str:
    """The aliases a reader would not guess from the name (``ex4``, not ``ex4/nnCostFunction``)."""
    obvious = (f"{case.exercise}/{case.reference}".lower(), case.name.lower())
    return ", ".join(a for a in case.aliases if a.lower() not in obvious)


def render_case_list(cases, width: int = 130) -> str:
    """A title counting built-in and ``portcheck.toml`` cases, then one row per case (tables ``width`` columns wide)."""
    rows = [(c.name, c.reference_label, c.port, _extra_aliases(c)) for c in cases]
    own = sum(1 for c in cases if c.source != "built-in")
    builtin = len(cases) - own
    if own:
        title = f"{own} case(s) from portcheck.toml" + (f" and {builtin} built-in" if builtin else
                                                         " (add --builtin for the course's built-in cases)")
    else:
        title = f"{builtin} built-in case(s)"
    return render([title, table(None, ("case", "reference", "port", "aliases"), rows, wrap=(3,))], width)


def render_scaffold(plan) -> str:
    """What ``portcheck new`` wrote and what to do next (paths relative to the current directory)."""
    rel = os.path.relpath
    run = f"pytest {rel(plan.test)}" if plan.test else f"pytest {rel(plan.toml)}::{plan.name}"
    lines = [
        f"scaffolded {plan.name}: a [[case]] in {rel(plan.toml)} (pytest collects it as a parity test) and a port skeleton",
        f"  {'created ' if plan.toml_created else 'appended'} {rel(plan.toml)}   [[case]] \"{plan.name}\": FILL IN the guessed input shapes",
        f"  created  {rel(plan.port)}   port skeleton: raises NotImplementedError until you translate the .m body",
    ]
    if plan.test:
        lines.append(f"  created  {rel(plan.test)}   parity test: fails until the port matches Octave")
    lines.append(f"Next: edit {rel(plan.port)}, then run: {run}   (or: portcheck compare {plan.name})")
    return "\n".join(lines)


def recorded_json(recorded) -> dict:
    """The ``portcheck record --json`` document: one entry per case."""
    cases = [{"case": r.case, "path": r.path, "input_sets": r.sets, "octave": r.octave,
              "error": r.error.message if r.error else None, "tip": r.error.tip if r.error else None} for r in recorded]
    failed = sum(1 for r in recorded if r.error)
    return {"recorded": len(recorded) - failed, "failed": failed, "exit_code": 2 if failed else 0, "cases": cases}


def render_recorded(recorded) -> str:
    """One line per case: where its Octave outputs were stored, or why they could not be."""
    lines = []
    for r in recorded:
        if r.error is None:
            lines.append(f"recorded {r.case}: {r.sets} input set{'s' if r.sets != 1 else ''} -> {r.path} (Octave {r.octave})")
        else:
            lines.append(f"not recorded {r.case}: {r.error.message}" + (f"  Tip: {r.error.tip}" if r.error.tip else ""))
    done = [r for r in recorded if r.error is None]
    if done:
        lines.append("Commit the .npz files: where GNU Octave is missing (CI), compare and pytest replay them.")
    return "\n".join(lines)
