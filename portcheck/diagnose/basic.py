"""Findings that need no probe: raised exceptions, mutated inputs, missing outputs."""
from __future__ import annotations

from pathlib import Path

from .finding import Finding

__all__ = ["basic_findings"]

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


def basic_findings(ctx):
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
        if f is not None:
            where = f"{Path(f.file).name}:{f.line}" if f.file else "the port"
            cause = _LIKELY_CAUSE.get(f.type, "")
            yield Finding(
                "port-raised", "confirmed", f"the port raised {f.type}",
                f"{f.type}: {f.message}" + (f" -- likely cause: {cause}" if cause else ""),
                location=f"{where}: {f.source}" if f.source else where,
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
                                  fix="return " + ", ".join(ctx.output_names), input_set=s.input_set.name)
                elif o.status == "type":
                    yield Finding("output-type", "confirmed", "the port returns something that is not numbers",
                                  o.message, location=o.name, input_set=s.input_set.name)
