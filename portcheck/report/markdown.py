"""A short Markdown summary of a comparison (``--markdown``: CI comments and docs)."""
from __future__ import annotations

from ..formatting import fmt_small
from .text import verdict_line

__all__ = ["render_markdown"]


def render_markdown(result) -> str:
    """A short Markdown summary (for CI comments and docs)."""
    lines = [f"**{verdict_line(result)}**", "", "| input set | output | max abs diff | max rel diff | verdict |", "|---|---|---|---|---|"]
    for s in result.sets:
        if s.comparison is None:
            lines.append(f"| {s.input_set.name} | - | - | - | {s.status} |")
            continue
        for o in s.comparison.outputs:
            lines.append(f"| {s.input_set.name} | `{o.name}` | {fmt_small(o.max_abs)} | {fmt_small(o.max_rel)} | {o.status} |")
    if result.findings:
        lines += ["", "Diagnosis:", ""]
        lines += [f"- **[{f.status}] {f.title}**: {f.evidence}" + (f" Fix: `{f.fix}`" if f.fix else "") for f in result.findings]
    return "\n".join(lines)
