"""Renderings of the cases (``portcheck list``) and of a scaffold written by ``portcheck new``."""
from __future__ import annotations

import os

from .tables import render, table

__all__ = ["render_case_list", "case_list_json", "render_scaffold"]


def case_list_json(cases) -> list[dict]:
    """One dict per case: name, aliases, reference, port, outputs, description."""
    return [{"name": c.name, "aliases": list(c.aliases), "reference": c.reference_label, "port": c.port,
             "outputs": list(c.outputs), "description": c.description} for c in cases]


def _extra_aliases(case) -> str:
    """The aliases a reader would not guess from the name (``ex4``, not ``ex4/nnCostFunction``)."""
    obvious = (f"{case.exercise}/{case.reference}".lower(), case.name.lower())
    return ", ".join(a for a in case.aliases if a.lower() not in obvious)


def render_case_list(cases) -> str:
    """A title counting built-in and ``portcheck.toml`` cases, then one row per case."""
    rows = [(c.name, c.reference_label, c.port, _extra_aliases(c)) for c in cases]
    own = sum(1 for c in cases if c.source != "built-in")
    builtin = len(cases) - own
    if own:
        title = f"{own} case(s) from portcheck.toml" + (f" and {builtin} built-in" if builtin else
                                                         " (add --builtin for the course's built-in cases)")
    else:
        title = f"{builtin} built-in case(s)"
    return render([title, table(None, ("case", "reference", "port", "aliases"), rows, wrap=(3,))], 130)


def render_scaffold(plan) -> str:
    """What ``portcheck new`` wrote and what to do next (paths relative to the current directory)."""
    rel = os.path.relpath
    return "\n".join([
        f"scaffolded {plan.name}: a [[case]] in {rel(plan.toml)}, a port skeleton and a parity test",
        f"  {'created ' if plan.toml_created else 'appended'} {rel(plan.toml)}   [[case]] \"{plan.name}\": FILL IN the guessed input shapes",
        f"  created  {rel(plan.port)}   port skeleton: raises NotImplementedError until you translate the .m body",
        f"  created  {rel(plan.test)}   parity test: fails until the port matches Octave",
        f"Next: edit {rel(plan.port)}, then run: pytest {rel(plan.test)}   (or: portcheck compare {plan.name})",
    ])
