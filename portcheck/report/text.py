"""The text report of a comparison (what ``portcheck compare`` prints).

A fixed layout: the first line is the whole verdict, then the sections
Diagnosis (findings first: the answer before the evidence tables), Inputs,
Outputs, Reproduce. Fixed words: *parity* / *divergence* / *noted*; findings
*confirmed* / *consistent* / *unexplained*; sides *PORT* / *OCTAVE*. Locations
are given as the Python index and the Octave subscript.
"""
from __future__ import annotations

import numpy as np

from ..formatting import fmt, fmt_small
from .tables import render, table

__all__ = ["render_text", "verdict_line", "value_summary"]

_WIDTH = 120


def verdict_line(result) -> str:
    """The first line: the whole verdict."""
    n = len(result.sets)
    if result.parity:
        return (f"parity: {result.port_label} matches Octave {result.case} on {n} input set{'s' if n != 1 else ''} "
                f"(rtol={result.rtol:g}, atol={result.atol:g})")
    bad = [s for s in result.sets if s.status != "parity"]
    top = next((f for f in result.findings if f.status in ("confirmed", "consistent")), None)
    why = f"; {top.status}: {top.title}" if top else ""
    kinds = sorted({s.status for s in bad})
    return (f"divergence: {result.port_label} differs from Octave {result.case} on {len(bad)} of {n} input set"
            f"{'s' if n != 1 else ''} ({', '.join(kinds)}){why}")


def value_summary(value) -> str:
    """A value as shown in the side-by-side table: scalars in full, arrays by shape and norm."""
    if value is None:
        return "None"
    try:
        a = np.asarray(value)
    except Exception:
        return type(value).__name__
    if a.dtype.kind not in "biufc":
        return f"{type(value).__name__}"
    if a.size == 1:
        return fmt(a.reshape(-1)[0].item())
    shape = "x".join(map(str, a.shape)) or "()"
    with np.errstate(all="ignore"):
        norm = float(np.linalg.norm(a.astype(complex if a.dtype.kind == "c" else float).ravel()))
    return f"{shape} |{fmt(norm, 6)}|"


def _diagnosis(result, width: int, verbose: bool) -> list[str]:
    """The Diagnosis section: each finding in a few lines, confirmed first (the order of result.findings)."""
    import textwrap

    lines = ["Diagnosis"]
    if not result.findings:
        lines.append("  nothing to explain: every output agrees within tolerance." if result.parity
                     else "  [unexplained] the outputs differ and no hypothesis fits; the locations below show where.")
    for f in result.findings:
        on = f" (on {f.input_set})" if f.input_set and len(result.sets) > 1 else ""
        head = f"  [{f.status}] {f.title}{on}: {f.evidence}"
        lines.extend(textwrap.wrap(head, width=width, subsequent_indent="      ", break_long_words=False,
                                   break_on_hyphens=False) or [head])
        if f.location:
            lines.append(f"      where: {f.location}")
        if f.fix:
            lines.append(f"      fix:   {f.fix}")
        if f.details and (verbose or f.id in ("port-raised",)):
            for line in f.details.splitlines():
                lines.append("      | " + line)
    return lines


def _block_rows(sets) -> list[tuple]:
    """Per-block rows: one per set where the output diverges; sets at parity folded into one row per block."""
    rows, folded = [], {}
    for s in sets:
        if s.comparison is None:
            continue
        for o in s.comparison.outputs:
            for b in o.blocks:
                if o.parity:
                    key = (o.name, b.block, b.part)
                    n, size, mabs, mrel = folded.get(key, (0, 0, 0.0, 0.0))
                    folded[key] = (n + 1, size + b.size, max(mabs, b.max_abs), max(mrel, b.max_rel))
                else:
                    rows.append((s.input_set.name, o.name, b.block, b.part, f"{b.mismatched} / {b.size}",
                                 fmt_small(b.max_abs), fmt_small(b.max_rel)))
    for (out, block, part), (n, size, mabs, mrel) in folded.items():
        label = f"{n} set{'s' if n != 1 else ''} at parity"
        rows.append((label, out, block, part, f"0 / {size}", fmt_small(mabs), fmt_small(mrel)))
    return rows


def render_text(result, *, width: int = _WIDTH, verbose: bool = False) -> str:
    """The human report."""
    Text = str
    parts: list = [verdict_line(result), ""]
    # Diagnosis: the answer first, right under the verdict
    parts.extend(_diagnosis(result, width, verbose))
    parts.append(Text(""))
    v = result.versions
    parts.append(Text(f"Port:      {result.port_label}"))
    parts.append(Text(f"Reference: {result.reference_path}  (Octave {v.get('octave')}, oct2py {v.get('oct2py')}, numpy {v.get('numpy')})"))
    parts.append(Text(f"           {result.signature}"))
    parts.append(Text(f"Arguments: mapped {result.mapping.method}: {result.mapping.describe()}"))
    parts.append(Text(""))

    # Inputs: scalars shared by every set once, then what differs per set
    def scalars_of(s):
        return {k: fmt(np.asarray(s.input_set.values[k]).reshape(-1)[0], 6)
                for k, v_ in s.input_set.shapes().items() if v_ == "scalar"}

    per_set = [scalars_of(s) for s in result.sets]
    shared = {k: v_ for k, v_ in (per_set[0].items() if per_set else ()) if all(p.get(k) == v_ for p in per_set)}
    rows = []
    for s, sc in zip(result.sets, per_set):
        shapes = ", ".join(f"{k} {v_}" for k, v_ in s.input_set.shapes().items() if v_ != "scalar")
        own = ", ".join(f"{k}={v_}" for k, v_ in sc.items() if k not in shared)
        rows.append((s.input_set.name, own or "-", shapes))
    parts.append(Text("Inputs"))
    if result.sets:
        parts.append(Text(f"  {result.sets[0].input_set.description}"))
    if shared and len(result.sets) > 1:
        parts.append(Text("  in every set: " + ", ".join(f"{k}={v_}" for k, v_ in shared.items())))
    parts.append(table(None, ("input set", "scalars" if len(result.sets) == 1 or not shared else "other scalars", "arrays"),
                        rows, wrap=(1, 2)))
    parts.append(Text(""))

    # Outputs, side by side
    parts.append(Text("Outputs"))
    rows = []
    for s in result.sets:
        if s.comparison is None:
            what = "reference raised" if s.reference.error is not None else "port raised"
            detail = (s.reference.error.octave_message if s.reference.error is not None else s.port.failure.headline())
            rows.append((s.input_set.name, "-", "-", "-", "-", "-", f"divergence: {what}"))
            continue
        for o in s.comparison.outputs:
            port_v = s.port.outputs[o.position - 1] if o.position - 1 < len(s.port.outputs) else None
            ref_v = s.reference.outputs[o.position - 1]
            verdict = o.status if o.status == "parity" else f"divergence ({o.mismatched}/{o.total})" if o.status == "divergence" and o.mismatched else o.status if o.status != "divergence" else "divergence (shape)"
            if (o.shape_note or o.equivalence) and o.status == "parity":
                verdict += " (noted)"
            rows.append((s.input_set.name, o.name, value_summary(port_v), value_summary(ref_v), fmt_small(o.max_abs), fmt_small(o.max_rel), verdict))
    parts.append(table(None, ("input set", "output", "PORT", "OCTAVE", "max abs diff", "max rel diff", "verdict"), rows, wrap=(2, 3, 6)))
    notes = sorted({f"{o.name}: {o.shape_note}" for s in result.sets if s.comparison for o in s.comparison.outputs if o.shape_note}
                   | {f"{o.name}: {o.equivalence}" for s in result.sets if s.comparison for o in s.comparison.outputs if o.equivalence})
    for n in notes:
        parts.append(Text(f"  note: {n}"))
    brows = _block_rows(result.sets)
    if brows:
        parts.append(Text(""))
        parts.append(Text("Per block (bias = column 1 in Octave, column 0 in Python)"))
        parts.append(table(None, ("input set", "output", "block", "columns", "mismatched", "max abs diff", "max rel diff"), brows))
    tabled: set[str] = set()  # outputs whose largest differences were shown (once each unless verbose)
    hidden = 0
    for s in result.sets:
        if s.comparison is None:
            continue
        for o in s.comparison.outputs:
            if o.status == "divergence" and o.mismatched:
                parts.append(Text(""))
                pct = 100.0 * o.mismatched / max(o.total, 1)
                parts.append(Text(f"{o.name} on {s.input_set.name}: {o.mismatched} / {o.total} entries ({pct:.1f}%) outside "
                                  f"rtol={result.rtol:g}, atol={result.atol:g}; max abs {fmt_small(o.max_abs_violation)}, max rel {fmt_small(o.max_rel_violation)} among them"))
                if o.total == 1:  # a scalar: both values are in the Outputs table already
                    parts[-1] += f" (PORT {fmt(o.worst[0].port)}, OCTAVE {fmt(o.worst[0].octave)})" if o.worst else ""
                    continue
                if o.name in tabled and not verbose:
                    hidden += 1
                    continue
                tabled.add(o.name)
                wrows = [(e.label, fmt(e.port), fmt(e.octave), fmt_small(e.abs_diff)) for e in o.worst]
                parts.append(table(f"Largest differences ({len(o.worst)} of {o.mismatched})", ("entry", "PORT", "OCTAVE", "abs diff"), wrows))
            elif o.status == "divergence":
                parts.append(Text(f"{o.name} on {s.input_set.name}: {o.shape_note} -- {o.message}"))
    if hidden:
        parts.append(Text(""))
        parts.append(Text(f"({hidden} more table{'s' if hidden != 1 else ''} of largest differences on the other input sets: add -v)"))
    parts.append(Text(""))

    parts.append(Text(""))
    parts.append(Text("Reproduce"))
    parts.append(Text(f"  {result.reproduce or 'portcheck compare ' + result.case}"))
    parts.append(Text(f"  ({len(result.sets)} input set(s), {result.octave_round_trips} Octave round trips, {result.seconds:.2f} s)"))
    return render(parts, width)


