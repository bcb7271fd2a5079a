"""Renderings of a :class:`~portcheck.pipeline.CompareResult`: text, JSON, Markdown.

Pure functions: a result in, a string (or a dict) out. The text report has a
fixed layout -- the first line is the whole verdict, then the sections
Diagnosis (findings first: the answer before the evidence tables), Inputs,
Outputs, Reproduce -- and fixed words: *parity* / *divergence* /
*noted*; findings *confirmed* / *consistent* / *unexplained*; sides *PORT* /
*OCTAVE*. Locations are given as the Python index and the Octave subscript.
"""
from __future__ import annotations

import io
import json
import math

import numpy as np

__all__ = ["render_text", "render_json", "to_json_dict", "render_markdown", "fmt", "fmt_small", "JSON_SCHEMA_VERSION"]

JSON_SCHEMA_VERSION = 1
_WIDTH = 120


def fmt(x, digits: int = 10) -> str:
    """A number for a report: ``%.{digits}g``, complex and non-finite values spelt out."""
    if x is None:
        return "-"
    if isinstance(x, complex):
        return f"{fmt(x.real, digits)}{'+' if x.imag >= 0 else '-'}{fmt(abs(x.imag), digits)}j"
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return f"{x:.{digits}g}"


def fmt_small(x) -> str:
    """A difference for a report: ``3.1e-16``; exactly 0 as ``0``; non-finite spelt out."""
    if x is None:
        return "-"
    x = float(x)
    if math.isinf(x):
        return "inf"
    return "0" if x == 0 else f"{x:.1e}"


def _summary(value) -> str:
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


def _table(title=None, columns=(), rows=(), wrap=()):
    """A rich table; only the columns whose index is in ``wrap`` may wrap."""
    from rich import box
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=True, title_justify="left")
    for i, c in enumerate(columns):
        table.add_column(c, no_wrap=i not in wrap, overflow="fold")
    for r in rows:
        table.add_row(*[str(x) for x in r])
    return table


def _render(parts, width: int) -> str:
    """Plain strings as they are (never wrapped); rich tables rendered at ``width``."""
    from rich.console import Console

    lines = []
    for part in parts:
        if isinstance(part, str):
            lines.append(part)
            continue
        buf = io.StringIO()
        Console(file=buf, width=width, color_system=None, force_terminal=False, highlight=False, emoji=False).print(part)
        lines.extend("  " + line.rstrip() for line in buf.getvalue().splitlines())
    return "\n".join(line.rstrip() for line in lines)


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
    parts.append(_table(None, ("input set", "scalars" if len(result.sets) == 1 or not shared else "other scalars", "arrays"),
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
            rows.append((s.input_set.name, o.name, _summary(port_v), _summary(ref_v), fmt_small(o.max_abs), fmt_small(o.max_rel), verdict))
    parts.append(_table(None, ("input set", "output", "PORT", "OCTAVE", "max abs diff", "max rel diff", "verdict"), rows, wrap=(2, 3, 6)))
    notes = sorted({f"{o.name}: {o.shape_note}" for s in result.sets if s.comparison for o in s.comparison.outputs if o.shape_note}
                   | {f"{o.name}: {o.equivalence}" for s in result.sets if s.comparison for o in s.comparison.outputs if o.equivalence})
    for n in notes:
        parts.append(Text(f"  note: {n}"))
    brows = _block_rows(result.sets)
    if brows:
        parts.append(Text(""))
        parts.append(Text("Per block (bias = column 1 in Octave, column 0 in Python)"))
        parts.append(_table(None, ("input set", "output", "block", "columns", "mismatched", "max abs diff", "max rel diff"), brows))
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
                parts.append(_table(f"Largest differences ({len(o.worst)} of {o.mismatched})", ("entry", "PORT", "OCTAVE", "abs diff"), wrows))
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
    return _render(parts, width)


def _jsonable(x):
    if isinstance(x, complex):
        return {"real": x.real, "imag": x.imag}
    if isinstance(x, float) and not math.isfinite(x):
        return str(x)
    if isinstance(x, dict):
        return {k: _jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_jsonable(v) for v in x]
    if isinstance(x, np.generic):
        return _jsonable(x.item())
    return x


def _value_json(value, limit: int = 50):
    a = np.asarray(value) if value is not None else None
    if a is None or a.dtype.kind not in "biufc":
        return {"type": type(value).__name__}
    flat = a.ravel(order="F")
    return {"shape": list(a.shape), "dtype": str(a.dtype), "values": _jsonable(flat[:limit].tolist()), "truncated": bool(flat.size > limit)}


def to_json_dict(result) -> dict:
    """The JSON document as a dict (schema in docs/json.md)."""
    sets = []
    for s in result.sets:
        entry = {
            "name": s.input_set.name,
            "status": s.status,
            "inputs": {k: _value_json(v, 0) | ({"value": _jsonable(np.asarray(v).reshape(-1)[0].item())} if np.asarray(v).size == 1 else {})
                       for k, v in s.input_set.values.items()},
            "octave": {"outputs": [_value_json(o) for o in s.reference.outputs] if s.reference.outputs else None,
                       "error": s.reference.error.message if s.reference.error else None},
            "port": {"outputs": [_value_json(o) for o in s.port.outputs] if s.port.outputs else None,
                     "returned": s.port.returned, "seconds": s.port.seconds, "mutated": list(s.port.mutated),
                     "error": ({"type": s.port.failure.type, "message": s.port.failure.message, "file": s.port.failure.file,
                                "line": s.port.failure.line, "source": s.port.failure.source, "traceback": s.port.failure.traceback}
                               if s.port.failure else None)},
            "comparison": s.comparison.to_dict() if s.comparison else None,
        }
        sets.append(entry)
    return _jsonable({
        "schema": JSON_SCHEMA_VERSION,
        "verdict": "parity" if result.parity else "divergence",
        "exit_code": result.exit_code,
        "summary": verdict_line(result),
        "case": result.case,
        "reference": {"path": result.reference_path, "signature": result.signature},
        "port": result.port_label,
        "argument_mapping": {"method": result.mapping.method,
                             "pairs": [{"reference": r, "port": p, "how": h} for r, p, h in result.mapping.pairs]},
        "tolerances": {"rtol": result.rtol, "atol": result.atol},
        "size": result.size,
        "input_sets": sets,
        "findings": [f.to_dict() for f in result.findings],
        "gradient_check": getattr(result, "gradient_check", None),
        "versions": result.versions,
        "timing": {"seconds": result.seconds, "octave_round_trips": result.octave_round_trips},
        "reproduce": result.reproduce,
    })


def render_json(result) -> str:
    """One JSON document (see docs/json.md)."""
    return json.dumps(to_json_dict(result), indent=2, allow_nan=False)


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
