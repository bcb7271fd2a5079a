"""Labels as ``scipy.io.loadmat`` gives them: ``uint8``, where ``-y`` wraps around to 255.

The course's ``.mat`` files store the labels as ``uint8`` and ``loadmat`` keeps
the class, so a port that writes Octave's ``-y' * log(h)`` as ``-y.T @ np.log(h)``
computes ``255 * log(h)`` for every positive example on such data, without an
error -- while the ``int64`` labels and float targets portcheck passes by
default give Octave's answer. Octave's integer classes saturate, NumPy's
unsigned ones wrap modulo 256 (NumPy's user guide, "Data types", overflow
errors). Integer classes are a representation (issue 9: the port stays at
parity), so the hazard is *noted*, with the line whose unsigned subtraction went
below zero and the one-line fix: the port is run once more with its labels and
0/1 targets as ``uint8``, and an output that agreed as called and does not so is
the evidence.
"""
from __future__ import annotations

from dataclasses import replace

from ..diagnose.finding import Finding
from .calling import _newly_off, _place, _weight, run_sets

__all__ = ["unsigned_labels"]

#: Sets run with uint8 labels: the cheapest that can show a wrap (one is enough to name it, two confirm).
_PROBED = 2


def unsigned_labels(case, port, mapping, signature, sets, choice, rtol, atol, strict_shapes,
                    binding=None) -> list[Finding]:
    """The noted ``unsigned-wrap`` finding, or nothing.

    Only sets whose port run returned and whose labels or 0/1 targets hold a
    nonzero value in 0..255 are probed (``-0`` cannot wrap), the cheapest
    :data:`_PROBED` of them.
    """
    import numpy as np

    if choice.roles is None or choice.representation.unsigned:
        return []
    roles = frozenset({"labels", "targets"})
    names = [n for n, r in choice.roles.inputs.items() if str(r) in roles]
    usable = [s for s in sets if s.reference.error is None and s.port.failure is None and s.comparison is not None
              and any(_can_wrap(s.input_set.values.get(n), np) for n in names)]
    if not usable:
        return []
    probed = sorted(usable, key=lambda s: _weight(s.input_set))[:_PROBED]
    rep = replace(choice.representation, unsigned=roles)
    runs = run_sets(case, port, mapping, signature, [s.input_set for s in probed], [s.reference for s in probed],
                    rep, rtol, atol, strict_shapes, binding=binding)
    off = [(s, r) for s, r in zip(probed, runs) if r.port.failure is None and _newly_off(s, r)]
    if not off:
        return []
    line = _wrap_line(port, mapping, choice.roles, off[0][0].input_set, rep, names)
    return [_finding(off, line, names)]


def _can_wrap(value, np) -> bool:
    try:
        a = np.asarray(value)
    except Exception:
        return False
    if a.dtype.kind not in "biuf" or not a.size or not np.all(np.isfinite(a)) or not np.all(a == np.round(a)):
        return False
    return bool(a.min() >= 0 and a.max() <= 255 and a.max() > 0)


def _wrap_line(port, mapping, roles, input_set, rep, names) -> dict | None:
    """The first line of the port where an unsigned ``-`` went below zero (the worker's shape trace sees it)."""
    from ..runner import conform
    from .broadcast import _source_line

    refs = [r for r, _, _ in mapping.pairs]
    watched = next((n for n in names if n in refs), None)
    if watched is None:
        return None
    args, kwargs = mapping.build_call(conform({**input_set.values, **input_set.port_values}, roles, rep))
    try:
        events = port.call(args, kwargs, names=refs, options={"shape_trace": {"arg": refs.index(watched)}}).shapes
    except Exception:  # a run that cannot be traced names no line
        return None
    for file, line, kind, _op, _shape in events or ():
        if kind == "wrap":
            return {"file": file, "line": line, "source": _source_line(file, line), "name": watched}
    return None


def _finding(off, line, names) -> Finding:
    before, after = off[0]
    o = next(o for o in after.comparison.outputs if not o.parity) if after.comparison else None
    gap = (f"{o.name} differs from OCTAVE by up to {o.max_abs:.3g} (max rel {o.max_rel:.2g})" if o is not None
           and o.mismatched else f"{o.name} differs from OCTAVE" if o is not None else "it differs from OCTAVE")
    label = line["name"] if line else names[0]
    where = f"at {_place(line)} `{line['source']}` an unsigned subtraction went below zero and wrapped" if line \
        else "an unsigned subtraction (`-y`, `0 - y`) wraps modulo 256"
    evidence = (f"called with {label} as uint8, the class scipy.io.loadmat gives integer data such as the course's "
                f"labels: {gap} on '{before.input_set.name}' -- {where} (-1 becomes 255), without an error; as called "
                "here the port agrees")
    fix = (f"{label} = np.asarray({label}, dtype=float)   # before any arithmetic: uint8 has no negative numbers"
           + (f" (line {line['line']})" if line else ""))
    return Finding("unsigned-wrap", "noted", f"silently wrong with {label} as uint8 (loadmat's class)", evidence,
                   location=_place(line) if line else label, fix=fix,
                   data={"set": before.input_set.name, "line": line, "name": label})
