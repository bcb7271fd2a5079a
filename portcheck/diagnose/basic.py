"""Findings that need no probe: raised exceptions, mutated inputs, missing outputs."""
from __future__ import annotations

import os
import re
from dataclasses import replace

import numpy as np

from ..compare import as_numeric
from .finding import Finding

__all__ = ["basic_findings", "blocks_returned", "likely_cause"]

_LIKELY_CAUSE = {
    "IndexError": "often 1-based labels used as 0-based indices (Y[i, y[i]] with y in 1..K): subtract 1, or the port indexes past a dimension",
    "ValueError": "often a broadcast between mismatched shapes, e.g. a one-hot matrix with fewer columns than labels (pandas.get_dummies drops labels that never occur)",
    "NameError": "the port reads a name it does not define: a notebook global or a misspelt variable; pass it as an argument",
    "TypeError": "the port was called with arguments in another order or of another type than it expects; check the argument mapping below",
    "ZeroDivisionError": "an example count taken from the wrong dimension, or an empty input",
    "KeyError": "a dict or DataFrame lookup of a label that does not exist in this input set",
    "AttributeError": "an array method used on a Python float or list (Octave returns 1x1 values as scalars)",
    "LinAlgError": "a singular matrix: check which dimension the port inverts or solves along",
}


#: (exception type, a piece of its message) -> likely cause, tried before the per-type default
_BY_MESSAGE = (
    ("IndexError", "arrays used as indices must be of integer", "float labels used as indices (Octave and loadmat give doubles): y.astype(int)"),
    ("IndexError", "only integers, slices", "a float used as an index (Octave passes sizes and labels as doubles): int(...)"),
    ("IndexError", "out of bounds", "1-based labels used as 0-based indices (Y[i, y[i]] with y in 1..K): subtract 1, or an index past a dimension"),
    ("ValueError", "could not be broadcast", "a broadcast between mismatched shapes, e.g. a one-hot matrix with fewer columns than labels (pandas.get_dummies drops labels that never occur), or (m,1) against (m,)"),
    ("ValueError", "input array dimensions", "arrays stacked with different numbers of rows: check m = X.shape[0] and any squeeze() (m = 1)"),
    ("ValueError", "matmul", "a matrix product with mismatched inner dimensions: a transposed weight matrix, or a missing bias column"),
    ("ValueError", "cannot reshape", "a reshape to the wrong size: check the layer sizes used to split the parameter vector"),
    ("ValueError", "shapes", "a matrix product with mismatched inner dimensions: a transposed weight matrix, or a missing bias column"),
)


def likely_cause(exc_type: str, message: str) -> str:
    """The likeliest porting mistake behind an exception, from its type and message."""
    for t, piece, cause in _BY_MESSAGE:
        if t == exc_type and piece in message:
            return cause
    return _LIKELY_CAUSE.get(exc_type, "")


#: Findings that explain an output completely: the engine does not call it unexplained.
VALUE_KIND_IDS = frozenset({"output-count", "output-type", "non-finite-output", "complex-output", "index-shift", "overflow"})


def blocks_returned(ctx, note: str) -> Finding:
    """The gradient returned as one matrix per block: compared block by block, but a caller unpacking Octave's
    outputs gets more values -- the port's own convention (issue 9), at parity once declared."""
    where = ", ".join(ctx.output_names)
    if "blocks-returned" in (getattr(ctx, "declared_names", ()) or ()):
        return Finding("output-mapping", "noted", "gradient returned in blocks (declared)", note + ".",
                       location=where, input_set="")
    return Finding("output-mapping", "confirmed", "correct under its own convention: the gradient returned in blocks",
                   f"{note}. Correct under its own convention (blocks-returned): a caller unpacking "
                   f"[{where}] as Octave returns them gets the blocks instead", location=where, input_set="",
                   fix="# return the blocks joined column-major, one vector as Octave's [Theta1_grad(:); Theta2_grad(:)]; "
                       "or declare the convention: --convention blocks-returned",
                   data={"own_convention": True, "conventions": ["blocks-returned"]})


def basic_findings(ctx):
    mapped = next((s for s in ctx.sets if getattr(s, "output_mapping", "")), None)
    if mapped is not None:
        yield blocks_returned(ctx, mapped.output_mapping)
    for s in ctx.sets:
        if s.reference.error is not None:
            err = s.reference.error
            yield Finding(
                "reference-raised", "confirmed", "the Octave reference raised",
                f"{err.octave_message or err.message}",
                location=f"{err.stack[0][0]} line {err.stack[0][1]}" if err.stack else ctx.reference_label,
                fix="", input_set=s.input_set.name,
            )
        f = s.port.failure
        if f is not None and f.type == "PortTimeout":
            yield Finding(
                "port-timeout", "confirmed", "the port did not return in time", f.message,
                location=_stopped_at(f),
                fix="", input_set=s.input_set.name, details=f.traceback,
                data={"hint": "a loop whose exit condition never holds (e.g. while err > tol with err never updated); "
                              "if the port is only slow, raise --timeout"},
            )
        elif f is not None:
            literal = _literal_size(ctx, s, f)
            if literal is not None:  # the raise, folded into what explains it
                yield literal
            else:
                cause = likely_cause(f.type, f.message)
                yield Finding(
                    "port-raised", "confirmed", f"the port raised {f.type}",
                    f"{f.type}: {f.message}" + (f" -- likely cause: {cause}" if cause else ""),
                    location=f.site() or "the port",
                    fix="", input_set=s.input_set.name, details=f.traceback,
                )
        if s.port.mutated:
            names = ", ".join(s.port.mutated)
            yield Finding(
                "input-mutation", "confirmed", "the port writes into its inputs",
                f"after one call the argument(s) {names} differ from what was passed (portcheck passed copies, so your arrays are unchanged)",
                location=names,
                fix=f"copy before writing, e.g. {s.port.mutated[0]} = {s.port.mutated[0]}.copy()  (or np.array(..., copy=True))",
                input_set=s.input_set.name,
            )
        if s.comparison is not None:
            for o in s.comparison.outputs:
                if o.status == "missing":
                    yield Finding("output-count", "confirmed", "the port returns fewer outputs than the reference",
                                  o.message + f" ({s.port.returned})", location=o.name,
                                  fix="return " + ", ".join(ctx.output_names), input_set=s.input_set.name,
                                  data={"output": o.name})
                elif o.status == "type":
                    yield Finding("output-type", "confirmed", "the port returns something that is not numbers",
                                  o.message, location=o.name, input_set=s.input_set.name, data={"output": o.name})
                elif o.status == "divergence":
                    port_value, ref_value = s.port.outputs[o.position - 1], s.reference.outputs[o.position - 1]
                    shifts = list(_shift_findings(o, port_value, ref_value, s.input_set.name, ctx.rtol, ctx.atol))
                    for f in _value_kind_findings(o, port_value, ref_value, s.input_set.name):
                        if not (f.id == "non-finite-output" and _only_first(shifts, f)):
                            # a NaN in the slot a one-early range leaves empty is the shift
                            yield f if _finite_divergence(ctx) else _overflowed(f, s)
                    yield from shifts


_OVERFLOW = re.compile(r"^(?P<file>.+?):(?P<line>\d+): RuntimeWarning: overflow encountered in (?P<op>\w+)\s*\n\s*(?P<src>.*)$",
                       re.MULTILINE)


def _finite_divergence(ctx) -> bool:
    """A set where PORT differs with every output finite: an overflow elsewhere is then what that difference grows
    into (a descent whose step is too large), not the mistake itself."""
    def finite(v):
        try:
            return bool(np.all(np.isfinite(np.asarray(v))))  # complex too: finite in both parts
        except (TypeError, ValueError):
            return True
    return any(s.status == "divergence" and s.port.outputs is not None and all(finite(v) for v in s.port.outputs)
               for s in ctx.sets)


def _overflowed(f, s):
    """NaN/Inf where Octave is finite, and the port's own run warned of an overflow: the formula overflows.

    ``exp(-z) / (1 + exp(-z))**2`` is the sigmoid's derivative in exact
    arithmetic and inf/inf = NaN once ``exp(-z)`` overflows (z below -709),
    where Octave's ``s .* (1 - s)`` is 0. NumPy's RuntimeWarning, printed by the
    port's process with its file and line, says where.
    """
    if f.id != "non-finite-output":
        return f
    # the first warning from the port's own code (numpy's internals, e.g. np.matrix's dot, are not the port's line)
    m = next((m for m in _OVERFLOW.finditer(getattr(s.port, "stderr", "") or "")
              if "site-packages" not in m["file"] and os.sep + "numpy" + os.sep not in m["file"]), None)
    if m is None:
        return f
    where = f"{os.path.basename(m['file'])}:{m['line']}"
    return replace(f, id="overflow", title=f"{m['op']} overflows where Octave's formula stays finite",
                   evidence=f"{f.evidence}; the port's {m['op']} overflowed at {where} `{m['src'].strip()}` (NumPy's "
                            "RuntimeWarning), and what follows from an inf is inf/inf or inf - inf = NaN",
                   location=f"{where}: {m['src'].strip()}",
                   fix=f"# rewrite so that {m['op']}'s argument stays in range: e.g. from s = 1 / (1 + np.exp(-z)) "
                       "(which saturates to 0 or 1), or scipy.special.expit",
                   data={**f.data, "line": int(m["line"]), "operation": m["op"]})


def _stopped_at(f) -> str:
    """``stopped at spin.py:4: pass, in the loop at spin.py:3: while err > 0:`` -- the loop is what never ends."""
    if not f.source:
        return f.place or "the port"
    return f"stopped at {f.site()}" + (f", in the loop at {f.loop}" if f.loop else "")


def _literal_size(ctx, s, f):
    """The raising line holds a number that is a size of the inputs where the port ran, not of this set's: hard-coded.

    ``np.reshape(term, (118, 1))`` runs on the course's 118 points and raises on
    7; the literal 118 is the course data's size copied into the port.
    """
    import ast

    if not f.source or f.type not in ("ValueError", "IndexError"):
        return None
    try:
        numbers = {n.value for n in ast.walk(ast.parse(f.source.strip().rstrip(":"), mode="exec"))
                   if isinstance(n, ast.Constant) and type(n.value) is int and n.value >= 3}
    except SyntaxError:
        numbers = {int(x) for x in re.findall(r"(?<![\w.])(\d+)(?![\w.])", f.source) if int(x) >= 3}

    def dims(input_set):
        return {(k, ax): d for k, v in input_set.values.items() if not callable(v)
                for ax, d in enumerate(np.shape(v))}

    here = dims(s.input_set)
    for other in ctx.sets:
        if other is s or other.port.failure is not None:
            continue
        for (name, ax), d in dims(other.input_set).items():
            if d in numbers and here.get((name, ax)) not in (None, d):
                return Finding("classes-hardcoded", "consistent", f"{name}'s size hard-coded to {d}",
                               f"{f.site(quoted=True)} holds the literal {d}, the size of {name} (axis {ax}) on "
                               f"'{other.input_set.name}', where the port runs; on '{s.input_set.name}' {name} has "
                               f"{here[(name, ax)]} along that axis and the line raises {f.type}: {f.message}",
                               location=f.site() or "the port",
                               fix=f"# use {name}'s own size ({name}.shape[{ax}]), not {d}",
                               input_set=s.input_set.name, details=f.traceback,
                               data={"constant": d, "dimension": f"{name}.shape[{ax}]"})
    return None


def _only_first(shifts, f) -> bool:
    """The non-finite entries are all at index 0 along the axis a one-early shift leaves empty."""
    for sh in shifts:
        if sh.data.get("shift") == 1 and sh.data.get("axis") in f.data.get("first_only_axes", ()):
            return True
    return False


def _value_kind_findings(o, port_value, octave_value, set_name):
    """NaN/Inf where Octave is finite; complex where Octave is real. Read straight off the values."""
    B = as_numeric(port_value)
    A = as_numeric(octave_value)
    if A is None or B is None or A.size != B.size:
        return
    a, b = A.ravel(order="F"), B.ravel(order="F")
    with np.errstate(all="ignore"):
        bad = ~np.isfinite(b) & np.isfinite(a)
    if bad.any():
        kinds = sorted({"NaN" if np.isnan(v) else "Inf" for v in b[bad]})
        where = np.argwhere(bad.reshape(A.shape, order="F")) if A.ndim == 2 else None
        first_axes = [ax for ax in (0, 1) if where is not None and np.all(where[:, ax] == 0)]
        yield Finding(
            "non-finite-output", "confirmed", f"the port returns {'/'.join(kinds)} where Octave's values are finite",
            f"{o.name} is {'/'.join(kinds)} at {int(bad.sum())} of {b.size} entries where OCTAVE is finite",
            location=f"{o.name} entries {', '.join(str(int(k)) for k in np.flatnonzero(bad)[:5])} (0-based, column-major)",
            fix="look for log(0), 0/0 or exp overflow, e.g. np.log(1 - h) with h rounding to 1: np.clip(h, eps, 1 - eps)",
            input_set=set_name, data={"output": o.name, "first_only_axes": first_axes},
        )
    if np.iscomplexobj(b) and not np.iscomplexobj(a) and np.any(np.imag(b) != 0):
        real_ok = np.allclose(np.real(b), a, rtol=1e-9, atol=1e-12, equal_nan=True)
        yield Finding(
            "complex-output", "confirmed", "the port returns complex numbers where Octave's are real",
            f"{o.name} has imaginary parts up to {float(np.max(np.abs(np.imag(b)))):.3g}; the real parts "
            + ("agree with OCTAVE" if real_ok else "differ from OCTAVE too"),
            location=o.name,
            fix="find where a complex value enters (np.emath.sqrt/log, a complex constant, 1j); Octave returns real here",
            input_set=set_name, data={"output": o.name},
        )


def _shift_findings(o, port_value, octave_value, set_name, rtol, atol):
    """PORT's row (or column) k holds OCTAVE's k-1 or k+1: a range that is not Octave's inclusive one.

    Catalog P3: ``for i in range(m): X[:i]`` where Octave loops ``i = 1:m`` over
    ``X(1:i, :)`` (learningCurve), or ``X ** j for j in range(p)`` where Octave
    takes powers ``1:p`` (polyFeatures, whose column 0 then is all ones).
    """
    B = as_numeric(port_value)
    A = as_numeric(octave_value)
    if A is None or B is None or A.ndim != 2 or A.size != B.size or A.size < 3:
        return
    B = B.reshape(A.shape, order="F") if B.shape != A.shape else B
    if np.iscomplexobj(A) or np.iscomplexobj(B):
        return
    for axis, word in ((1, "column"), (0, "row")):
        n = A.shape[axis]
        if n < 3:
            continue
        for d in (1, -1):
            later, earlier = (np.arange(1, n), np.arange(0, n - 1)) if d == 1 else (np.arange(0, n - 1), np.arange(1, n))
            Bs, As = np.take(B, later, axis=axis), np.take(A, earlier, axis=axis)
            if not np.allclose(Bs, As, rtol=rtol, atol=atol, equal_nan=True):
                continue
            if np.allclose(np.take(A, later, axis=axis), As, rtol=rtol, atol=atol, equal_nan=True):
                continue  # OCTAVE is constant along this axis: a "shift" would prove nothing
            first = np.take(B, [0], axis=axis) if d == 1 else np.take(B, [n - 1], axis=axis)
            if d == 1:
                extra = ""
                if axis == 1 and np.allclose(first, 1.0):
                    extra = f"; PORT's {word} 0 is all ones (x**0)"
                evidence = (f"PORT's {o.name} {word} k equals OCTAVE's {word} k-1 for k = 1..{n - 1} (0-based){extra}: "
                            f"the port's range starts one early, as range(n) does where Octave's 1:n starts at 1")
                fix = ("for j in range(1, p + 1):   # Octave's 1:p includes p" if axis == 1
                       else "for i in range(1, m + 1): Xi = X[:i]   # Octave's i = 1:m uses X(1:i, :), never an empty slice")
            else:
                evidence = (f"PORT's {o.name} {word} k equals OCTAVE's {word} k+1 for k = 0..{n - 2}: the port's range starts "
                            f"one late (an index converted to 0-based twice, or range(1, n) where Octave's loop starts at 1)")
                fix = "check the loop's first index: Octave's a:b is range(a - 1, b) over 0-based positions"
            yield Finding("index-shift", "consistent", f"{o.name} shifted by one {word}", evidence,
                          location=f"{o.name}, every {word} but the {'first' if d == 1 else 'last'}", fix=fix,
                          input_set=set_name, data={"output": o.name, "axis": axis, "shift": d})
            return
