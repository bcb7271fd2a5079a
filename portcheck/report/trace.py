"""Renderings of a trace (:class:`~portcheck.trace.run.TraceResult`): the text report and the JSON document.

Pure functions. The text report's first line is the whole verdict --
``first divergence: FILE:LINE  CODE -- what`` or ``parity: ...`` -- then the
fixed sections Divergence (PORT and OCTAVE side by side, the worst entries as
the Python index and the Octave subscript), Conventions, Agreement before it,
Notes and Reproduce.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..cases.project import show_path
from ..formatting import fmt, to_jsonable

__all__ = ["render_text", "render_json", "to_json_dict", "headline", "TRACE_JSON_SCHEMA"]

TRACE_JSON_SCHEMA = 1


def _where(path: str | None) -> str:
    return show_path(Path(path)) if path else "<unknown>"


def _num(x) -> str:
    """One entry of the worst-entries table (NumPy scalars, complex and non-finite values spelt out)."""
    if x is None:
        return "-"
    x = x.item() if hasattr(x, "item") else x
    return fmt(x) if isinstance(x, (int, float, complex)) else str(x)


def headline(result) -> str:
    """The first line of the report: the verdict."""
    fd = result.first
    if result.reference_error and fd is None:
        return f"divergence: {result.reference_error} on input set {result.input_set!r}"
    if fd is None:
        n = len(result.alignment.rows) if result.alignment else 0
        return (f"parity: every value {result.port_label} computed agrees with Octave {result.case} where both have it "
                f"({n} port values checked, input set {result.input_set!r}, rtol={result.rtol:g}, atol={result.atol:g})")
    diff = f", max abs diff {fd.max_abs_diff:.3g}" if fd.max_abs_diff is not None else ""
    return f"first divergence: {_where(fd.file)}:{fd.line}  {fd.code}  -- {fd.message}{diff}"


def render_text(result, *, verbose: bool = False, reproduce: str = "") -> str:
    """The human report."""
    fd = result.first
    out = [headline(result), ""]
    out.append(f"Port:      {result.port_label}")
    out.append(f"Reference: {_where(result.reference_path)}  (recorded per {_granularity(result.octave.granularity)})")
    out.append(f"Input set: {result.input_set}" + (f"   (sets run: {'; '.join(result.sets_tried)})" if len(result.sets_tried) > 1 else ""))
    out.append("")
    if fd is not None:
        out.append("Divergence")
        out.append(f"  PORT    {_where(fd.file)}:{fd.line}   {fd.code}")
        if fd.variable:
            out.append(f"          {fd.variable}: {fd.port_value}")
        if fd.octave_line:
            out.append(f"  OCTAVE  {_where(fd.octave_file)}:{fd.octave_line}   {result.octave.line_text(fd.octave_line)}")
            out.append(f"          {fd.octave_variable}: {fd.octave_value}")
        if fd.transform:
            out.append(f"  transform: {fd.transform}")
        if fd.history:
            out.append(f"  {fd.history}")
        if fd.symptom:
            out.append(f"  ({fd.symptom})")
        if fd.worst and not fd.port_value.startswith("scalar"):
            out.append("  worst entries (Python index (Octave subscript)):   PORT   OCTAVE")
            for where, p, o in fd.worst:
                out.append(f"    {where}:   {_num(p)}   {_num(o)}")
        out.append("")
    elif result.reference_error:
        out.append("Divergence")
        out.append(f"  {result.reference_error}")
        out.append("")
    al = result.alignment
    if al is not None and al.conventions:
        out.append("Conventions (values that matched Octave only after a transform)")
        for c in al.conventions[:8]:
            out.append(f"  {c}")
        out.append("")
    if al is not None:
        before = [r for r in al.rows if r.status == "match" and r.ev.kind != "arg" and not r.ev.name.startswith("<")
                  and (fd is None or r.ev.seq < _seq_of(al, fd))]
        shown = before if verbose else before[-6:]
        if shown:
            out.append("Agreement before it" if fd is not None else "Agreement")
            if len(shown) < len(before):
                out.append(f"  ... {len(before) - len(shown)} earlier values agreed (-v shows all)")
            for r in shown:
                t = "" if r.agreement.transform == "same" else f"  [{r.agreement.transform}]"
                out.append(f"  {Path(r.ev.file).name}:{r.ev.line:<5d} {r.ev.name:<14s} = Octave {r.octave.name} "
                           f"(line {r.octave.line}){t}")
            out.append("")
    notes = list(result.notes) + (al.notes if al is not None else [])
    if notes:
        out.append("Notes")
        out.extend(f"  {n}" for n in notes)
        out.append("")
    out.append(f"Octave: {result.octave_round_trips} round trips; port: {result.python.lines_run} lines traced in "
               f"{result.python.seconds * 1e3:.1f} ms")
    if reproduce:
        out.append("Reproduce")
        out.append(f"  {reproduce}")
    return "\n".join(out).rstrip()


def _seq_of(al, fd) -> int:
    for r in al.rows:
        if r.ev.file == fd.file and r.ev.line == fd.line:
            return r.ev.seq
    return 10 ** 9


def _granularity(g: str) -> str:
    return {"expressions": "statement, with sub-expressions", "statements": "statement", "blocks": "top-level block",
            "outputs": "outputs only", "none": "nothing (the reference raised)"}.get(g, g)


def to_json_dict(result) -> dict:
    """The JSON document of a trace (schema :data:`TRACE_JSON_SCHEMA`)."""
    fd = result.first
    first = None
    if fd is not None:
        first = fd.to_dict()
        first["file"] = _where(fd.file)
        first["octave_file"] = _where(fd.octave_file) if fd.octave_file else None
    al = result.alignment
    counts = {}
    if al is not None:
        for r in al.rows:
            counts[r.status] = counts.get(r.status, 0) + 1
    return to_jsonable({
        "schema": TRACE_JSON_SCHEMA,
        "command": "trace",
        "verdict": "divergence" if result.divergence else "parity",
        "exit_code": result.exit_code,
        "summary": headline(result),
        "case": result.case,
        "reference": result.reference_path,
        "port": result.port_label,
        "input_set": result.input_set,
        "sets_run": list(result.sets_tried),
        "first_divergence": first,
        "reference_error": result.reference_error,
        "conventions": list(al.conventions) if al is not None else [],
        "port_values": counts,
        "octave": {"granularity": result.octave.granularity, "values": len(result.octave.events),
                   "round_trips": result.octave_round_trips},
        "python": {"lines_traced": result.python.lines_run, "values": len(result.python.events),
                   "seconds": result.python.seconds},
        "tolerances": {"rtol": result.rtol, "atol": result.atol},
        "notes": list(result.notes) + (list(al.notes) if al is not None else []),
        "seconds": result.seconds,
    })


def render_json(result) -> str:
    """The JSON document as text (strict JSON)."""
    return json.dumps(to_json_dict(result), indent=2, allow_nan=False)
