"""Align a port's recorded values with Octave's and find the first line where the port departs.

The algorithm, in four passes over the port's events (execution order):

1. **Match.** Each value the port computed is looked up among everything Octave
   computed -- variables after each statement, sub-expressions, inputs,
   outputs -- first among the Octave variables of the same name (exact, then
   normalised: case, ``_``, aliases such as ``lambda_``/``lmbda``/``lam``,
   ``Theta1``/``t1``, ``delta2``/``d2``), then among all values, under the
   known transforms of :mod:`.transforms`. The best agreement wins: fewer
   transforms first (``same`` < layout < convention < semantic), then a name
   match, then the value Octave computed nearest after the last one matched
   (the two programs run in roughly the same order). A value that agrees with
   nothing is *divergent* when it has a counterpart -- an Octave variable of the
   same name, or the variable it matched before -- and *novel* otherwise (an
   intermediate Octave never formed: not a divergence by itself).
2. **Symptom.** The first event that is divergent and never repaired (the
   same variable agreeing again later, as in ``J = sum(...); J = -J / m``),
   or that matches its namesake only under a *semantic* transform (same shape,
   entries in other places: ``reshape`` without ``order='F'``) not inherited
   from its inputs; else the line where the port raised; else the return
   line when the outputs differ. When the outputs agree only a write into an
   argument (input mutation) counts.
3. **Blame.** From the symptom back through the statements' inputs (the names
   each statement reads, and the return values of the port's own functions it
   called), the earliest *suspect* ancestor is the first divergent line:
   a value that matched its Octave namesake only after a layout transform
   (``a1`` without its bias column), or that holds the value of another Octave
   variable than its namesake (``Theta1_grad`` equal to Octave's
   ``delta2' * a1``), or that matched nothing at all although all its own
   inputs did -- unless a later value computed from it agreed with Octave
   (then its transform was a consistent convention: *vindicated*).
   A *stale* input -- one that matches an Octave value which Octave then
   updated before computing the symptom's counterpart -- points at the port
   statement where that update is missing. A port that raised on a float used
   as an index points at the line that made the float.
4. **Report** the line with the Octave line beside it, both values, the worst
   entries and the transform the variable needed up to there.
"""
from __future__ import annotations

import numpy as np

from ..compare import DEFAULT_ATOL, DEFAULT_RTOL
from .blame import from_failure, from_outputs, from_symptom, inherited, repaired
from .match import match_all
from .octave_side import OctaveTrace
from .python_side import PythonTrace
from .rows import Alignment, FirstDivergence, OctaveIndex, Row, normalise
from .transforms import agree
from .values import Opaque, Summary, describe

__all__ = ["FirstDivergence", "Row", "Alignment", "align", "normalise", "DEFAULT_RTOL", "DEFAULT_ATOL"]


def align(py: PythonTrace, oct_trace: OctaveTrace, *, rtol: float = DEFAULT_RTOL, atol: float = DEFAULT_ATOL,
          arg_names: dict | None = None, output_names: tuple = ()) -> Alignment:
    """Align the two traces and find the first divergent port line (see the module notes)."""
    octave = OctaveIndex(oct_trace)
    rows = match_all(py, octave, rtol, atol, arg_names or {})
    rows_by_seq = {r.ev.seq: r for r in rows}
    outputs_ok, output_note = _outputs_agree(py, oct_trace, rtol, atol)
    conventions = _conventions(rows, octave)
    notes = [output_note] if output_note else []

    symptom = None
    for r in rows:
        if r.ev.kind == "arg":
            continue
        if outputs_ok and r.ev.into_argument:
            return Alignment(_mutation(r, py, oct_trace), rows, conventions, outputs_ok, notes)
        if outputs_ok:
            continue  # the outputs agree: only a write into the caller's array is a divergence
        if r.status == "diverge" and not repaired(rows, r) and not _initialisation(r, rows):
            symptom = r
            break
        if r.status == "match" and r.agreement.kind == "semantic" and r.via_name and not inherited(rows_by_seq, r):
            symptom = r
            break

    fd = None
    if symptom is not None:
        fd = from_symptom(symptom, rows, rows_by_seq, octave, py, oct_trace, rtol, atol)
    elif py.failure is not None:
        fd = from_failure(py, rows, rows_by_seq, octave, oct_trace)
    elif not outputs_ok:
        fd = from_outputs(py, rows, rows_by_seq, octave, oct_trace, rtol, atol)
    return Alignment(fd, rows, conventions, outputs_ok, notes)


def _initialisation(r: Row, rows: list[Row]) -> bool:
    """``J = 0``, ``Delta1 = np.zeros(...)``: zeros computed from nothing, before any value of the variable, and
    filled later (zeros never written again are the variable's value: ``grad = np.zeros(n)`` of a template)."""
    same = [x for x in rows if x.ev.frame == r.ev.frame and x.ev.name == r.ev.name]
    if any(x.ev.seq < r.ev.seq for x in same) or not any(x.ev.seq > r.ev.seq for x in same):
        return False
    v = r.ev.value
    if isinstance(v, (Summary, Opaque)):
        return False
    a = np.asarray(v)
    return a.size == 0 or (a.dtype.kind in "biufc" and not np.any(a))


def _mutation(r: Row, py: PythonTrace, ot: OctaveTrace) -> FirstDivergence:
    """The port writes into an array its caller passed (Octave's arguments are values: no caller sees a change)."""
    st = py.statement(r.ev.file, r.ev.line)
    return FirstDivergence(
        file=r.ev.file, line=r.ev.line, code=st.code if st is not None else "", variable=r.ev.name, octave_file=None,
        octave_line=None, octave_variable=None, transform=None, max_abs_diff=None, reason="mutation",
        message=f"{r.ev.name} is written in place here, and its memory is an array the caller passed: the caller's "
                f"array changes (in Octave an argument is a copy); the outputs agree", port_value=describe(r.ev.value))


def _outputs_agree(py: PythonTrace, ot: OctaveTrace, rtol, atol) -> tuple[bool, str]:
    if py.failure is not None:
        return False, ""
    if ot.outputs is None or py.outputs is None:
        return False, ""
    outs = []
    for o in py.outputs:
        outs.extend(o if isinstance(o, tuple) else [o])
    refs = list(ot.outputs)
    if len(outs) > len(refs) and refs:
        tail = outs[len(refs) - 1:]
        try:
            joined = np.concatenate([np.asarray(t).ravel(order="F") for t in tail])
            outs = outs[:len(refs) - 1] + [joined]
        except Exception:
            return False, "the port returned more outputs than Octave"
    same = lambda p, o: (a := agree(p, o, rtol, atol)) is not None and a.kind == "same"  # noqa: E731
    if len(outs) < len(refs):  # a cost without its gradient, a separate gradient function: each against its like
        if all(any(same(p, o) for o in refs) for p in outs):
            return True, f"the port returns {len(outs)} of Octave's {len(refs)} outputs; those were compared"
        return False, ""
    return all(same(p, o) for p, o in zip(outs, refs)), ""


def _conventions(rows: list[Row], octave: OctaveIndex) -> list[str]:
    seen, out = set(), []
    for r in rows:
        if r.status == "match" and r.agreement.kind != "same" and r.octave is not None:
            key = (r.ev.name, r.agreement.transform)
            if key in seen:
                continue
            seen.add(key)
            out.append(f"{r.ev.name} matched Octave's {r.octave.name} only after {r.agreement.transform}, "
                       f"from line {r.ev.line} on")
    return out


