"""Python 2 ports run as Python 2 computed them: ``/`` floors two ints (issue 9's environment drift).

:func:`python2_check` runs a Python 2 port once more with Python 2's division
and its integer-valued scalars as ints (as a Python 2 caller passed them);
:func:`python2_division` turns what that shows into the sets and the
``integer-division`` finding.
"""
from __future__ import annotations

from ..diagnose.finding import Finding
from .calling import _newly_off, _place, run_sets

__all__ = ["python2_check", "python2_division"]


def python2_check(case, port, mapping, signature, sets, choice, rtol, atol, strict_shapes, binding=None) -> dict | None:
    """For a Python 2 port: what it computed under Python 2 (``/`` floors on two ints), called as Python 2 callers did.

    The port runs once more on every set with its integer-valued scalars
    (lambda ...) passed as ``int`` and Python 2's division; the sets that then
    differ from OCTAVE are returned (``{"sets": [...], "representation": ...}``),
    None for a port that is not Python 2.
    """
    from dataclasses import replace

    import numpy as np

    if not any(e["id"] == "python2" for e in getattr(port, "drift", ())) or choice.roles is None:
        return None
    names = [n for n, r in choice.roles.inputs.items() if str(r) in ("lambda", "scalar")
             and any(_integer_valued(s.input_set.values.get(n), np) for s in sets)]  # as int where whole
    rep = replace(choice.representation, int_scalars=choice.representation.int_scalars | set(names))
    runs = run_sets(case, port, mapping, signature, [s.input_set for s in sets], [s.reference for s in sets], rep,
                    rtol, atol, strict_shapes, options={"py2_division": True}, binding=binding)
    differ = [r.input_set.name for r, s in zip(runs, sets) if r.status != "parity" and s.status == "parity"]
    # a set already off for another mistake still shows the division when an output that agreed under
    # Python 3 stops agreeing under Python 2 (two mistakes, each on its own output)
    partial = [r.input_set.name for r, s in zip(runs, sets) if s.status != "parity" and _newly_off(s, r)]
    # ... and when every output was off already, the floor still shows as a move of the port's own answer:
    # Octave's / is Python 3's, so whatever Python 2's division changes is a mistake of its own
    moved = {r.input_set.name: _moved(s, r, rtol, atol) for r, s in zip(runs, sets)
             if s.status != "parity" and r.input_set.name not in partial}
    return {"sets": differ, "partial": partial, "moved": {k: v for k, v in moved.items() if v},
            "int_scalars": sorted(names), "runs": runs}


def _moved(py3, py2, rtol, atol) -> float:
    """How far the port's outputs under Python 2's division are from its own under Python 3's (0: not at all)."""
    import numpy as np

    a, b = py3.port.outputs, py2.port.outputs
    if a is None or b is None or len(a) != len(b):
        return 0.0
    worst = 0.0
    for x, y in zip(a, b):
        try:
            x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        except (TypeError, ValueError):
            continue
        if x.shape == y.shape and not np.allclose(x, y, rtol=rtol, atol=atol, equal_nan=True):
            worst = max(worst, float(np.nanmax(np.abs(x - y))))
    return worst


def python2_division(sets, port, py2) -> tuple[list, list[Finding]]:
    """A Python 2 port whose ``/`` floors two ints where Python 3 divides: the sets as Python 2 computes them.

    The port is written for Python 2, so what it computes there is what it
    computes: the sets where it agreed only under Python 3's division are
    replaced by their Python 2 runs (a divergence), and one ``integer-division``
    finding, *confirmed* (true division is the repair: under it those sets
    agree), names the lines where both operands were ints. A set already off
    for another mistake counts when an output that agreed under Python 3 is off
    under Python 2 (it keeps its Python 3 run: the other findings are read off it).
    """
    if py2 and py2.get("moved") and not (py2.get("sets") or py2.get("partial")):
        return list(sets), [_division_moved(port, py2)]
    if not py2 or not (py2.get("sets") or py2.get("partial")):
        return list(sets), []
    runs = {r.input_set.name: r for r in py2["runs"]}
    out = [runs[s.input_set.name] if s.input_set.name in py2["sets"] else s for s in sets]
    sites = [e for e in getattr(port, "drift", ()) if e.get("what") == "integer division" and e.get("line")]
    named = list(py2["sets"]) + [n for n in py2.get("partial") or () if n not in py2["sets"]]
    first = runs[named[0]]
    given = " and ".join(f"{n} as an int" for n in py2.get("int_scalars") or ())
    gap = f": {first.status} on '{first.input_set.name}'"
    before = next(s for s in sets if s.input_set.name == first.input_set.name)
    agreed = {o.name for o in before.comparison.outputs if o.parity} if before.comparison is not None else set()
    off = [o for o in first.comparison.outputs if not o.parity] if first.comparison is not None else []
    o = next((o for o in off if o.name in agreed), off[0] if off else None)
    if o is not None:
        gap = f": {o.name} differs by up to {o.max_abs:.3g} (max rel {o.max_rel:.2g}) on '{first.input_set.name}'"
    where = ", ".join(_division_site(e) for e in sites[:3]) or "a `/` of two ints"
    n = len(named)
    agrees = "it agrees on every one of them" if not py2.get("partial") else "that output agrees"
    evidence = (f"under Python 2 `/` of two ints floors ({where}); run so{' with ' + given if given else ''}, "
                f"PORT differs from OCTAVE on {n} set{'s' if n != 1 else ''}{gap}; with true division "
                f"(Python 3's) {agrees}")
    line = sites[0] if sites else None
    fix = ("from __future__ import division   # first line of the module: `/` then divides as Python 3 does"
           + (f"; or float() around one operand at line {line['line']}" if line else ""))
    return out, [Finding("integer-division", "confirmed", "integer division floors under Python 2", evidence,
                         location=", ".join(_place(e) for e in sites[:5]), fix=fix,
                         data={"sets": named, "lines": [e["line"] for e in sites],
                               "int_scalars": list(py2.get("int_scalars") or ())})]


def _division_moved(port, py2) -> Finding:
    """Python 2's floor beside another mistake that already makes every output differ: *consistent*, read off
    how far the floor moves the port's own answer (Octave's ``/`` divides as Python 3's does)."""
    sites = [e for e in getattr(port, "drift", ()) if e.get("what") == "integer division" and e.get("line")]
    name, by = max(py2["moved"].items(), key=lambda kv: kv[1])
    where = ", ".join(_division_site(e) for e in sites[:3]) or "a `/` of two ints"
    return Finding("integer-division", "consistent", "integer division floors under Python 2",
                   f"under Python 2 `/` of two ints floors ({where}); run so, PORT's outputs move by up to {by:.3g} from "
                   f"its own Python 3 answer on '{name}', where Octave's `/` divides as Python 3's does; another "
                   "mistake makes them differ from OCTAVE either way",
                   location=", ".join(_place(e) for e in sites[:5]),
                   fix="from __future__ import division   # first line of the module: `/` then divides as Python 3 does",
                   data={"sets": sorted(py2["moved"]), "lines": [e["line"] for e in sites], "moved": True})


def _division_site(e) -> str:
    from ..sandbox._locate import _source

    src = _source(e["file"], e["line"]) if e.get("file") else ""
    return f"{_place(e)}" + (f" `{src.strip()}`" if src else "")


def _integer_valued(value, np) -> bool:
    try:
        a = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return False
    return a.size == 1 and bool(np.isfinite(a).all()) and float(a.reshape(-1)[0]).is_integer()
