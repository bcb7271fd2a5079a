"""What a comparison covered: no parity without a value compared, and findings for what it could not judge.

A run is parity only when every input set is at parity *and* something was
actually compared (design.md, exit codes). Three things can leave every
compared output in agreement and still say nothing:

* an OCTAVE output that is NaN at every entry (``--lambda nan``): its values
  cannot be compared, so a known-wrong port would "agree" with it;
* outputs that are empty on every input set (an empty input array);
* no input set at all.

:func:`coverage_gaps` names them (the run's verdict is then *inconclusive*,
exit 1); :func:`coverage_findings` turns them, and a port that returns more
values than the reference, into findings for the Diagnosis section.
"""
from __future__ import annotations

from ..diagnose.finding import Finding

__all__ = ["coverage_gaps", "coverage_findings", "verdict_of"]


def _nan_outputs(sets) -> list[tuple[str, str, int]]:
    """``(input set, output, entries)`` of every OCTAVE output that is NaN everywhere while the port agrees."""
    return [(s.input_set.name, o.name, o.total) for s in sets if s.comparison is not None
            for o in s.comparison.outputs if o.all_nan and o.parity]


def _compared(sets) -> int:
    return sum(o.compared for s in sets if s.comparison is not None for o in s.comparison.outputs)


def _names(items, limit: int = 3) -> str:
    items = list(dict.fromkeys(items))
    more = f" and {len(items) - limit} more" if len(items) > limit else ""
    return ", ".join(repr(i) for i in items[:limit]) + more


def coverage_gaps(sets) -> tuple[str, ...]:
    """Why a run whose compared outputs all agree still cannot be called parity (``()`` when it can).

    Parameters
    ----------
    sets : sequence of SetResult
    """
    if not sets:
        return ("no input set was run",)
    gaps = []
    nan = _nan_outputs(sets)
    if nan:
        gaps.append(f"OCTAVE's {_names(o for _, o, _ in nan)} is NaN at every entry on "
                    f"{_names(s for s, _, _ in nan)}, so no value of it was compared")
    if _compared(sets) == 0 and not nan:
        gaps.append("no value was compared: every output is empty (or absent) on every input set")
    return tuple(gaps)


def verdict_of(sets, gaps) -> str:
    """``parity``, ``divergence`` or ``inconclusive`` (every compared output agrees, yet :func:`coverage_gaps`)."""
    if sets and not all(s.status == "parity" for s in sets):
        return "divergence"
    return "inconclusive" if gaps else "parity"


def coverage_findings(sets, output_names, reference_label: str = "the reference") -> list[Finding]:
    """Findings for extra return values, all-NaN reference outputs and a run that compared nothing."""
    out = []
    extra = [s for s in sets if s.status == "extra-outputs"]
    if extra:
        s = extra[0]
        n_ref = len(output_names)
        n_port = n_ref + s.comparison.extra_outputs
        names = ", ".join(output_names)
        out.append(Finding(
            "extra-outputs", "confirmed", "the port returns more values than the reference",
            f"PORT returned {n_port} values ({s.port.returned}) where {reference_label} returns {n_ref} ({names}); "
            f"{'the first value agrees' if n_ref == 1 else f'the first {n_ref} agree'} with OCTAVE, but a caller "
            f"unpacking {n_ref} value{'s' if n_ref != 1 else ''} gets an error or the wrong value "
            f"(on {_names(x.input_set.name for x in extra)})",
            location="the port's return statement", fix=f"return {names}" if names else "",
            input_set=s.input_set.name if len(extra) == 1 else "", data={"extra": s.comparison.extra_outputs}))
    nan = _nan_outputs(sets)
    if nan:
        sets_named, outs = _names(s for s, _, _ in nan), _names(o for _, o, _ in nan)
        out.append(Finding(
            "reference-all-nan", "noted", "Octave's output is NaN at every entry: nothing to compare",
            f"OCTAVE's {outs} is NaN at all of its entries on {sets_named} (PORT too), so no value of it was compared "
            "and the run cannot be parity; a NaN input (--lambda nan, a NaN in the data) makes every output NaN",
            location=outs, fix="", data={"outputs": [[s, o] for s, o, _ in nan]}))
    elif sets and _compared(sets) == 0 and all(s.status == "parity" for s in sets):
        out.append(Finding(
            "nothing-compared", "noted", "no value was compared",
            f"every output of {reference_label} is empty on every input set, so there was nothing to compare; "
            "give inputs that are not empty", location=", ".join(output_names)))
    return out
