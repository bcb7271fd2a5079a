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

__all__ = ["render_text", "verdict_line", "value_summary", "remedy_line", "parity_message"]

_WIDTH = 120


def verdict_line(result) -> str:
    """The first line: the whole verdict."""
    n = len(result.sets)
    octave = f"Octave {result.case}" + (" (recorded)" if result.source.replayed else "")
    if result.parity:
        return (f"parity: {result.port_label} matches {octave} on {n} input set{'s' if n != 1 else ''} "
                f"(rtol={result.rtol:g}, atol={result.atol:g})")
    gaps = getattr(result, "gaps", ())
    if getattr(result, "verdict", "") == "inconclusive":
        return (f"inconclusive: {result.port_label} vs {octave} on {n} input set{'s' if n != 1 else ''}: nothing "
                f"differs, but {'; '.join(gaps)} -- not parity")
    bad = [s for s in result.sets if s.status != "parity"]
    top = next((f for f in result.findings if f.status in ("confirmed", "consistent")), None)
    why = f"; {top.status}: {top.title}" if top else ""
    if not bad and top is not None:  # every set agrees, read in the port's own convention
        return (f"divergence: {result.port_label} agrees with {octave} on {n} input set{'s' if n != 1 else ''} only "
                f"read in its own convention; {top.title}")
    kinds = sorted({s.status for s in bad})
    return (f"divergence: {result.port_label} differs from {octave} on {len(bad)} of {n} input set"
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
        if f.details and (verbose or f.id in ("port-raised",) or f.data.get("cures_raise")):  # the user's traceback
            for line in f.details.splitlines():
                lines.append("      | " + line)
    if result.source.skipped_probes:
        n = result.source.skipped_probes
        lines.append(f"  note: probes skipped: the diagnosis asked Octave for {n} more evaluation{'s' if n != 1 else ''} "
                     "(lambda = 0, transformed inputs), which a snapshot cannot answer; with Octave installed they run")
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
    """The human report of a :class:`~portcheck.workflow.pipeline.CompareResult`.

    Parameters
    ----------
    result : CompareResult
    width : int
        Columns the tables are laid out in.
    verbose : bool
        Every finding's supporting details, and the largest differences of every input set.
    """
    parts: list = [verdict_line(result), ""]
    parts += _diagnosis(result, width, verbose)  # the answer first, right under the verdict
    parts += [""] + _header(result) + [""]
    parts += _inputs(result) + [""]
    parts += _outputs(result)
    parts += _largest_differences(result, verbose) + ["", ""]
    parts += _port_output(result, verbose)
    parts += ["Reproduce", f"  {result.reproduce}",
              f"  ({len(result.sets)} input set(s), {result.octave_round_trips} Octave round trips, {result.seconds:.2f} s)"]
    return render(parts, width)


#: Lines of what the port printed shown in the report (all of it is in the JSON, bounded by the runner).
PORT_OUTPUT_LINES = 8


def _port_output(result, verbose: bool) -> list[str]:
    """What the port printed (captured in its process, never on portcheck's streams), bounded."""
    printed = getattr(result, "port_output", None) or {}
    if not printed:
        return []
    lines = ["Port output (captured; --json has all of it)"]
    limit = 10 * PORT_OUTPUT_LINES if verbose else PORT_OUTPUT_LINES
    for name, streams in printed.items():
        for stream in ("stdout", "stderr"):
            text = streams.get(stream) or ""
            if not text.strip():
                continue
            rows = text.rstrip("\n").splitlines()
            lines.append(f"  {name}, {stream}:")
            lines += [f"    | {r[:200]}" for r in rows[:limit]]
            if len(rows) > limit:
                lines.append(f"    ({len(rows) - limit} more lines)")
        if not verbose:
            if len(printed) > 1:
                lines.append(f"  (and on {len(printed) - 1} more input set{'s' if len(printed) > 2 else ''})")
            break
    return lines + [""]


def _header(result) -> list[str]:
    v = result.versions
    source = result.source.describe()
    origin = getattr(result, "case_origin", "")
    lines = [*([f"Case:      {origin}"] if origin else []),
             f"Port:      {result.port_label}",
             f"Reference: {result.reference_path}  (Octave {v.get('octave')}, oct2py {v.get('oct2py')}, numpy {v.get('numpy')})",
             f"           {result.signature}",
             *([f"           {source}"] if source else [])]
    environment = getattr(result, "environment", "")
    if environment:
        lines.append(f"Octave:    {environment}")
    lines.append(f"Arguments: mapped {result.mapping.method}: {result.mapping.describe()}")
    lines += [f"  warning: {w}" for w in getattr(result, "warnings", ())]
    adapters = getattr(result, "adapters", ())
    if adapters:
        lines.append("Adapters:  " + adapters[0])
        lines += [f"           {a}" for a in adapters[1:]]
    return lines


def _inputs(result) -> list:
    """Inputs: scalars shared by every set once, then what differs per set."""
    def scalars_of(s):
        out = {}
        for k, kind in s.input_set.shapes().items():
            v = s.input_set.values[k]
            if kind == "char":
                out[k] = repr(str(v))
            elif kind.startswith("scalar"):
                x = np.asarray(v).reshape(-1)[0]
                if np.asarray(v).dtype.kind not in "biufc":  # a record of a structured .npz: shown, never converted
                    out[k] = repr(x.item() if hasattr(x, "item") else x)[:60]
                else:
                    out[k] = str(x).lower() if isinstance(x, (bool, np.bool_)) else fmt(x, 6)
        return out

    per_set = [scalars_of(s) for s in result.sets]
    shared = ({k: v for k, v in per_set[0].items() if all(p.get(k) == v for p in per_set)}
              if len(per_set) > 1 else {})
    rows = []
    for s, scalars in zip(result.sets, per_set):
        shapes = ", ".join(f"{k} {kind}" for k, kind in s.input_set.shapes().items()
                           if not kind.startswith("scalar") and kind != "char")
        own = ", ".join(f"{k}={v}" for k, v in scalars.items() if k not in shared)
        rows.append((s.input_set.name, own or "-", shapes))
    parts: list = ["Inputs"]
    if result.sets:
        parts.append(f"  {result.sets[0].input_set.description}")
    if shared and len(result.sets) > 1:
        parts.append("  in every set: " + ", ".join(f"{k}={v}" for k, v in shared.items()))
    scalars = "scalars" if len(result.sets) == 1 or not shared else "other scalars"
    parts.append(table(None, ("input set", scalars, "arrays"), rows, wrap=(1, 2)))
    return parts


def _output_verdict(o) -> str:
    if o.status == "parity" and getattr(o, "all_nan", False):
        return "not compared (all NaN)"
    if o.status == "parity":
        return "parity (noted)" if o.shape_note or o.equivalence or getattr(o, "scale_note", "") else "parity"
    if o.status == "divergence":
        return f"divergence ({o.mismatched}/{o.total})" if o.mismatched else "divergence (shape)"
    return o.status


def _outputs(result) -> list:
    """Outputs side by side, the shape notes, and the per-block table."""
    rows = []
    for s in result.sets:
        if s.comparison is None:
            what = "reference raised" if s.reference.error is not None else "port raised"
            rows.append((s.input_set.name, "-", "-", "-", "-", "-", f"divergence: {what}"))
            continue
        for o in s.comparison.outputs:
            port_v = s.port.outputs[o.position - 1] if o.position - 1 < len(s.port.outputs) else None
            rows.append((s.input_set.name, o.name, value_summary(port_v), value_summary(s.reference.outputs[o.position - 1]),
                         fmt_small(o.max_abs), fmt_small(o.max_rel), _output_verdict(o)))
    parts: list = ["Outputs", table(None, ("input set", "output", "PORT", "OCTAVE", "max abs diff", "max rel diff", "verdict"),
                                    rows, wrap=(2, 3, 6))]
    compared = [o for s in result.sets if s.comparison for o in s.comparison.outputs]
    notes = sorted({f"{o.name}: {o.shape_note}" for o in compared if o.shape_note}
                   | {f"{o.name}: {o.equivalence}" for o in compared if o.equivalence}
                   | {f"{o.name}: {o.scale_note}" for o in compared if getattr(o, "scale_note", "")})
    parts += [f"  note: {n}" for n in notes]
    block_rows = _block_rows(result.sets)
    if block_rows:
        parts += ["", "Per block (bias = column 1 in Octave, column 0 in Python)",
                  table(None, ("input set", "output", "block", "columns", "mismatched", "max abs diff", "max rel diff"),
                        block_rows)]
    return parts


def _largest_differences(result, verbose: bool) -> list:
    """Per divergent output: how many entries, and a table of the largest (once per output unless verbose)."""
    parts: list = []
    tabled: set[str] = set()
    hidden = 0
    for s in result.sets:
        for o in (s.comparison.outputs if s.comparison is not None else ()):
            if o.status != "divergence":
                continue
            if not o.mismatched:
                parts.append(f"{o.name} on {s.input_set.name}: {o.shape_note} -- {o.message}")
                continue
            if getattr(o, "nonfinite", ""):  # numpy's layer order: NaN/Inf positions before values
                parts += ["", f"{o.name} on {s.input_set.name}: {o.nonfinite}"]
            if o.message and not o.worst:  # a struct, cell or string: where its fields differ
                parts += ["", f"{o.name} on {s.input_set.name}: {o.mismatched} of {o.total} values differ: {o.message}"]
                continue
            pct = 100.0 * o.mismatched / max(o.total, 1)
            line = (f"{o.name} on {s.input_set.name}: {o.mismatched} / {o.total} entries ({pct:.1f}%) outside "
                    f"rtol={result.rtol:g}, atol={result.atol:g}; max abs {fmt_small(o.max_abs_violation)}, "
                    f"max rel {fmt_small(o.max_rel_violation)} among them")
            if o.total == 1:  # a scalar: both values are in the Outputs table already
                parts += ["", line + (f" (PORT {fmt(o.worst[0].port)}, OCTAVE {fmt(o.worst[0].octave)})" if o.worst else "")]
                continue
            parts += ["", line]
            if o.name in tabled and not verbose:
                hidden += 1
                continue
            tabled.add(o.name)
            rows = [(e.label, fmt(e.port), fmt(e.octave), fmt_small(e.abs_diff)) for e in o.worst]
            parts.append(table(f"Largest differences ({len(o.worst)} of {o.mismatched})", ("entry", "PORT", "OCTAVE", "abs diff"),
                               rows))
    if hidden:
        parts += ["", f"({hidden} more table{'s' if hidden != 1 else ''} of largest differences on the other input sets: add -v)"]
    return parts


def remedy_line(result) -> str:
    """One line saying what to do about a divergence (the fix of the top finding when there is one)."""
    findings = list(result.findings)
    top = next((f for f in findings if f.status in ("confirmed", "consistent") and f.fix), None)
    if top is not None:
        return f"Fix: {top.fix}"
    failure = next((s.port.failure for s in result.sets if s.port.failure is not None), None)
    if failure is not None:
        if failure.type == "NotImplementedError":
            return f"Fix: write the port -- it raised {failure.headline()}"
        return f"Fix: make the port run on these inputs -- it raised {failure.headline()}"
    ref = next((f for f in findings if f.id == "reference-raised"), None)
    if ref is not None:
        return (f"Fix: the Octave reference itself raised ({ref.evidence}); check the input values and shapes given "
                "to it (portcheck.toml inputs or the test's inputs).")
    if getattr(result, "verdict", "") == "inconclusive":
        return ("Fix: nothing differs, but nothing decisive was compared; give inputs for which Octave returns "
                "values that are not NaN and not empty (no NaN lambda or data).")
    return "Fix: no hypothesis fits; the largest differences below show where PORT and OCTAVE part."


def parity_message(result) -> str:
    """The :class:`~portcheck.errors.ParityError` text: verdict line, remedy line, then the report without its verdict line.

    The first line is the whole verdict, so pytest's one-line summary shows it.
    """
    body = render_text(result).split("\n", 1)[1].lstrip("\n")
    return f"{verdict_line(result)}\n{remedy_line(result)}\n\n{body}"
