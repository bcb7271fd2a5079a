"""Calling the port: run it on every input set under the representation it needs.

The port is first called the way a Python caller would call it (the default
representation of the case's roles: sizes as ``int``, labels ``int64`` ``(m,
1)``, the parameter vector 1-D ...). When that makes it raise or diverge, the
*representation moves* (:func:`~portcheck.runner.representation.representation_moves`:
a vector 1-D, the parameter vector as a column, sizes or labels as floats ...)
are tried -- one change, then two -- each *screened* on one or two input sets
where the default failed; those that do better there run on every set. The
representation under which the port agrees on every set wins: the port is at
parity, and the report notes what it needed. Otherwise the best one (most
output cells at parity, then fewest changes) is handed to the diagnosis,
with the moves, so that a representation's ``TypeError`` is never the headline.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from ..compare import SetResult, compare_outputs, map_port_outputs
from ..diagnose.drift import drift_findings
from ..diagnose.finding import Finding
from ..errors import SignatureError
from ..runner import Representation, default_representation, representation_moves, run_port
from ..runner.representation import vector_names
from ..signature import map_arguments

__all__ = ["map_port_arguments", "RepresentationChoice", "choose_representation", "run_sets", "representation_findings", "port_findings",
           "MAX_CANDIDATES"]

#: Representations screened per comparison (single moves, then pairs of them), at most.
MAX_CANDIDATES = 24
#: Input sets a candidate is screened on before it runs on every set.
SCREEN_SETS = 2


@dataclass(frozen=True)
class RepresentationChoice:
    """The representation the port is called with, and how it was found.

    Attributes
    ----------
    representation : Representation
        The one used for ``sets`` (parity under it, or the best found).
    default : Representation
        What a Python caller passes (tried first).
    parity : bool
        The port agrees on every set under ``representation``.
    moves : tuple of Representation
        The single moves from ``representation`` (for the diagnosis's joint search).
    default_sets : tuple of SetResult
        The sets under the default (same as the chosen when nothing was changed).
    tried : tuple of (Representation, tuple)
        Each candidate run on every set and its score (output cells at parity,
        sets the port ran on, entries that agree).
    port_calls : int
        Calls of the port spent choosing.
    """

    representation: Representation
    default: Representation
    parity: bool
    moves: tuple = ()
    default_sets: tuple = ()
    tried: tuple = ()
    port_calls: int = 0
    roles: object = field(default=None, compare=False)

    @property
    def changes(self) -> tuple[str, ...]:
        """What the port needed besides the default, e.g. ``("y as (m,)",)``."""
        return self.representation.changes(self.default)

    def to_dict(self) -> dict:
        return {"used": self.representation.to_dict(), "described": self.representation.describe(self.roles),
                "default": self.default.to_dict(), "changes": list(self.changes), "parity": self.parity,
                "port_calls": self.port_calls,
                "tried": [{"changes": list(r.changes(self.default)), "score": list(s)} for r, s in self.tried]}


def map_port_arguments(case, signature, port, overrides):
    """The argument mapping; a port that has a parameter for one of the case's ``port_extras`` gets it too."""
    try:
        return map_arguments(signature.inputs, port, overrides)
    except SignatureError:
        if not case.port_extras:
            raise
        return map_arguments(tuple(signature.inputs) + tuple(case.port_extras), port, overrides)


def _score(sets) -> tuple:
    """(output cells at parity, sets the port ran on, entries that agree, -distance, -scale): more is better.

    The distance (each differing output's relative difference, capped at 1; a
    shape that differs counts 1) breaks ties: the representation under which the
    port comes closest to OCTAVE goes to the diagnosis. When every differing
    output is off by 100% or more under both, the scale breaks the tie: the
    orders of magnitude between the port's and OCTAVE's norms (``|log10(|p| /
    |o|)|``), so ``/ 2*m`` with ``y`` 1-D (J off by m**2) goes to the diagnosis
    rather than the same line with ``y`` a column, where an ``(m, m)`` broadcast
    makes J a matrix (a shape that differs counts as the farthest scale).
    """
    cells = ran = entries = 0
    distance = scale = 0.0
    for s in sets:
        if s.comparison is not None and s.port.failure is None:
            ran += 1
            cells += sum(o.parity for o in s.comparison.outputs)
            for o in s.comparison.outputs:
                # a shape that differs is a divergence with no entry compared
                same_shape = o.parity or (o.status == "divergence" and o.mismatched > 0)
                entries += o.total - o.mismatched if same_shape else 0
                distance += 0.0 if o.parity else (min(1.0, o.max_rel) if same_shape else 1.0)
                scale += 0.0 if o.parity else (_orders(s, o.position - 1) if same_shape else _WORST_ORDERS)
        else:
            distance += len(s.reference.outputs or ()) or 1.0
    return cells, ran, entries, -round(distance, 6), -round(scale, 3)


_WORST_ORDERS = 30.0


def _orders(s, position: int) -> float:
    """``|log10(|port| / |octave|)|`` of one output (Frobenius norms), capped at 30; 0 when either is 0."""
    import numpy as np

    try:
        with np.errstate(all="ignore"):  # a port's huge values: their norm is inf, and capped below
            p = float(np.linalg.norm(np.asarray(s.port.outputs[position]).ravel()))   # complex too: the modulus
            o = float(np.linalg.norm(np.asarray(s.reference.outputs[position]).ravel()))
    except (TypeError, ValueError, IndexError):
        return 0.0
    if not (p > 0 and o > 0 and np.isfinite(o)):
        return 0.0
    if not np.isfinite(p):
        return _WORST_ORDERS
    return min(_WORST_ORDERS, abs(float(np.log10(p / o))))


def _all_parity(sets) -> bool:
    return bool(sets) and all(s.status == "parity" for s in sets)


def run_sets(case, port, mapping, signature, input_sets, refs, rep, rtol, atol, strict_shapes,
             options=None, binding=None) -> list[SetResult]:
    """The port on every set under ``rep``, each output compared with OCTAVE's (``refs`` per set).

    ``binding`` (:class:`~portcheck.cases.adapters.Binding`): the case's declared adapter, which reads
    the port's outputs as compared; the port also gets the adapter's values (``port_values``).
    """
    blocks_of = case.blocks or (lambda s: None)
    out = []
    for s, ref in zip(input_sets, refs):
        run = run_port(port, mapping, {**s.values, **s.port_values}, len(signature.outputs), representation=rep,
                       options=options)
        if binding is not None:
            run = binding.port_run(run, s.values)
        run, note = map_port_outputs(run, signature.outputs, blocks_of(s))
        comparison = None
        if ref.error is None and run.failure is None:
            comparison = compare_outputs(signature.outputs, run.outputs, ref.outputs, rtol=rtol, atol=atol,
                                         strict_shapes=strict_shapes, blocks=blocks_of(s), sign_free=case.sign_free)
        out.append(SetResult(s, ref, run, comparison, note))
    return out


def _candidates(roles, input_set, start: Representation) -> list[Representation]:
    """Single moves from ``start``, then pairs of them, at most :data:`MAX_CANDIDATES`."""
    singles = representation_moves(roles, input_set, start)
    out = list(singles)
    for a, b in combinations(singles, 2):
        merged = _merge(start, a, b)
        if merged is not None and merged not in out and merged != start:
            out.append(merged)
        if len(out) >= MAX_CANDIDATES:
            break
    return out[:MAX_CANDIDATES]


def _merge(base: Representation, a: Representation, b: Representation) -> Representation | None:
    """The representation with both ``a``'s and ``b``'s changes from ``base``."""
    fields = {}
    for name in ("params_column", "float_sizes", "float_labels", "handles_first"):
        va, vb, v0 = getattr(a, name), getattr(b, name), getattr(base, name)
        fields[name] = va if va != v0 else vb
    for name in ("vectors_1d", "int_scalars"):
        v0 = getattr(base, name)
        va, vb = getattr(a, name), getattr(b, name)
        fields[name] = (v0 | (va - v0) | (vb - v0)) - ((v0 - va) | (v0 - vb))
    return Representation(**fields)


def choose_representation(case, port, mapping, signature, roles, input_sets, refs, rtol, atol,
                          strict_shapes, binding=None) -> tuple[list[SetResult], RepresentationChoice]:
    """Run the port under the default representation, and under the moves when it raises or diverges.

    Returns the sets under the chosen representation and the choice.
    """
    default = default_representation(roles, input_sets[0] if input_sets else None)
    args = (case, port, mapping, signature)
    base = run_sets(*args, input_sets, refs, default, rtol, atol, strict_shapes, binding=binding)
    calls = len(input_sets)
    usable = [i for i, r in enumerate(refs) if r.error is None]
    if roles is None or (_all_parity([base[i] for i in usable]) and not _shimmed(base)) or not usable:
        return base, RepresentationChoice(default, default, _all_parity(base), tuple(representation_moves(
            roles, _sample(input_sets), default)) if roles is not None and input_sets else (), tuple(base), (),
            calls, roles)
    failing = [i for i in usable if base[i].status != "parity"] or \
        [i for i in usable if "numpy2-scalar" in base[i].port.shimmed]  # at parity only with NumPy 2's shim
    screen = sorted(failing, key=lambda i: _weight(input_sets[i]))[:SCREEN_SETS]
    best, best_sets, best_score = default, base, _score(base)
    tried = []
    for cand in _candidates(roles, _sample(input_sets), default):
        trial = run_sets(*args, [input_sets[i] for i in screen], [refs[i] for i in screen], cand, rtol, atol,
                         strict_shapes, binding=binding)
        calls += len(screen)
        screened = [base[i] for i in screen]
        if _score(trial) < _score(screened) or (_score(trial) == _score(screened) and
                                                _shimmed(trial) >= _shimmed(screened)):
            continue
        full = run_sets(*args, input_sets, refs, cand, rtol, atol, strict_shapes, binding=binding)
        calls += len(input_sets)
        score = _score(full)
        tried.append((cand, score))
        if score > best_score or (score == best_score and (_shimmed(full), _size(cand, default))
                                  < (_shimmed(best_sets), _size(best, default))):
            best, best_sets, best_score = cand, full, score
        if _all_parity([full[i] for i in usable]) and not _shimmed(full):
            break
    moves = tuple(representation_moves(roles, _sample(input_sets), best))
    return best_sets, RepresentationChoice(best, default, _all_parity(best_sets), moves, tuple(base), tuple(tried),
                                           calls, roles)


def _shimmed(sets) -> int:
    """Runs that needed NumPy 2's scalar shim (``float()`` of a size-1 array): at an equal score, the representation
    under which the port runs as written is the one its callers use (theta 1-D, where a column makes J a (1,))."""
    return sum("numpy2-scalar" in getattr(s.port, "shimmed", ()) for s in sets)


def _sample(input_sets) -> dict:
    """One value per input, a vector where any set has one (an m = 1 set alone would hide the vectors)."""
    import numpy as np

    out: dict = {}
    for s in input_sets:
        for k, v in s.values.items():
            if k not in out or (np.size(out[k]) <= 1 < np.size(v) and not callable(v)):
                out[k] = v
    return out


def _weight(input_set) -> int:
    """How costly a set is to run (total input entries): the cheapest discriminating sets screen."""
    import numpy as np

    return sum(int(np.size(v)) for v in input_set.values.values() if not callable(v))


def _size(rep: Representation, default: Representation) -> int:
    return len(rep.changes(default))


def representation_findings(choice: RepresentationChoice, signature, port=None, mapping=None) -> list[Finding]:
    """*Noted* findings saying which representation the port needed (none when the default served).

    When the port needed a vector 1-D, the line that broadcast the column to
    ``(m, m)`` is looked for (:func:`_broadcast_line`) and named, in a
    ``y-shape-broadcast`` finding of its own.
    """
    if not choice.changes:
        return []
    what = ", ".join(choice.changes)
    before = ", ".join(choice.default.changes(choice.representation))
    verdict = "agrees with OCTAVE on every set" if choice.parity else "agrees on more output cells"
    y_flat = [c.split(" as ")[0] for c in choice.changes if c.endswith("as (m,)")]
    params = [n for n, r in (choice.roles.inputs.items() if choice.roles is not None else ()) if str(r) == "params"]
    column = "params as (N, 1)" in choice.changes and params and _silent(choice)
    line = None
    if (y_flat or column) and _broadcast_site(choice) and port is not None:
        # the traced argument is the vector whose operations broadcast: the (m,1) one the 1-D product meets
        vectors = vector_names(choice.roles, _sample([s.input_set for s in choice.default_sets])) if column else ()
        line = _broadcast_line(choice, (y_flat or list(vectors) or params)[0], port, mapping, signature)
    why = (f"{_place(line)} `{line['source']}` broadcasts to {line['shape']}" if line
           else _default_failure(choice))
    evidence = f"with {before}, {why}; called with {what}, the port {verdict}" if why else \
        f"called with {what}, the port {verdict}"
    findings = [Finding("representation", "noted", f"needs {what}", evidence, location=what,
                        data={"representation": choice.to_dict(), "default_failure": why})]
    if y_flat and (line or _broadcast_site(choice)):
        name = y_flat[0]
        where = f"{_place(line)} `{line['source']}` broadcasts to {line['shape']}" if line else _broadcast_site(choice)
        fix = f"{name} = np.ravel({name})   # (m,1) -> (m,) before any broadcasting"
        findings.append(Finding("y-shape-broadcast", "noted", f"(m,1) {name} broadcast",
                                f"with an (m,1) {name}, {where}; the port agrees with {name} as (m,)",
                                location=_place(line) if line else where, fix=fix, data={"name": name, "line": line}))
    elif column and line:  # a 1-D theta (what scipy.optimize passes) makes an (m,) product that meets an (m,1) y
        name = params[0]
        findings.append(Finding("y-shape-broadcast", "noted", f"1-D {name} against an (m,1) vector",
                                f"with {name} 1-D (as scipy.optimize passes it), {_place(line)} `{line['source']}` "
                                f"broadcasts to {line['shape']}, silently; the port agrees with {name} as (N, 1)",
                                location=_place(line), fix=f"{name} = np.reshape({name}, (-1, 1))   # or ravel the "
                                "(m,1) vector it meets: one shape for both", data={"name": name, "line": line}))
    return findings


def _silent(choice) -> bool:
    """Under the default representation the port returned on every set, and some output differs: no raise."""
    sets = [s for s in choice.default_sets if s.reference.error is None]
    return bool(sets) and all(s.port.failure is None for s in sets) and any(s.status != "parity" for s in sets)


def _default_failure(choice) -> str:
    """How the port failed under the default: ``"nn.py:12 `Y[y]` raises IndexError: ..."``."""
    bad = next((s for s in choice.default_sets if s.status != "parity" and s.reference.error is None), None)
    if bad is None:
        return ""
    if bad.port.failure is not None:
        f = bad.port.failure
        return f"{f.site(quoted=True) or 'the port'} raises {f.type}: {f.message}"[:400]
    if bad.comparison is not None:
        outs = [o for o in bad.comparison.outputs if not o.parity]
        if outs:
            o = outs[0]
            shape = f" ({o.shape_note})" if o.port_shape != o.octave_shape and o.shape_note else ""
            return f"{o.name} differs from OCTAVE on '{bad.input_set.name}'{shape}"[:400]
    return ""


def _place(line: dict) -> str:
    import os

    return f"{os.path.basename(line['file'])}:{line['line']}"


def _broadcast_line(choice, name, port, mapping, signature) -> dict | None:
    """The port's line where an ``(m, 1)`` ``name`` broadcasts (None when it cannot be told).

    The port runs twice more on the smallest set where it diverged, with the
    shapes its lines make recorded in the worker (:func:`~portcheck.sandbox._runtime.shape_trace`):
    ``name`` as a column (the default) and as ``(m,)``. The first array made
    bigger under the column is the broadcast.
    """
    import numpy as np

    from ..runner import conform

    bad = [s for s in choice.default_sets if s.status != "parity" and s.reference.error is None
           and np.size(s.input_set.values.get(name)) >= 2]
    for s in sorted(bad, key=lambda x: _weight(x.input_set))[:1]:
        refs = [r for r, _, _ in mapping.pairs]
        options = {"shape_trace": {"arg": refs.index(name) if name in refs else None}}
        traces = []
        for rep in (choice.default, choice.representation):
            args, kwargs = mapping.build_call(conform(s.input_set.values, choice.roles, rep))
            traces.append(port.call(args, kwargs, names=refs, options=options).shapes or ())
        return _first_bigger(*traces)
    return None


def _first_bigger(column, flat) -> dict | None:
    """The first event whose array is bigger in ``column`` than in ``flat`` (the runs otherwise aligned)."""
    import math

    from ..sandbox._locate import _source

    for a, b in zip(column, flat):
        if a[:2] != b[:2]:  # the runs took different paths from here: no aligned answer
            return None
        if math.prod(a[4]) > math.prod(b[4]) and len(a[4]) >= 2:
            shape = "(" + ", ".join(map(str, a[4])) + ")"
            return {"file": a[0], "line": a[1], "source": _source(a[0], a[1]), "name": a[3] if a[2] == "=" else None,
                    "shape": shape}
    return None


def _broadcast_site(choice) -> str:
    """The output that came out (m,m) (or the line that raised) under a column vector, when one did."""
    for s in choice.default_sets:
        if s.port.failure is not None and s.reference.error is None:
            return f"{s.port.failure.site(quoted=True) or 'the port'} raises {s.port.failure.type}"
        if s.comparison is None:
            continue
        for o in s.comparison.outputs:
            if o.port_shape and o.octave_shape and o.port_shape != o.octave_shape and len(o.port_shape) == 2 \
                    and o.port_shape[0] == o.port_shape[1] > 1:
                return f"{o.name} comes out {o.port_shape[0]}x{o.port_shape[1]}"
            if not o.parity:
                return f"{o.name} differs from OCTAVE"
    return ""


def _newly_off(py3, py2) -> bool:
    """An output at parity in the Python 3 run and not in the Python 2 run of the same set."""
    if py3.comparison is None or py2.comparison is None:
        return False
    agreed = {o.name for o in py3.comparison.outputs if o.parity}
    return any(o.name in agreed and not o.parity for o in py2.comparison.outputs)


def port_findings(choice: RepresentationChoice, port, signature, sets, mapping=None, python2=None) -> list[Finding]:
    """What calling the port took: its environment drift (shims) and the representation it needed."""
    agrees = _all_parity(sets)
    used = {i for s in sets for i in getattr(s.port, "shimmed", ())}
    return (drift_findings(getattr(port, "drift", ()), agrees, python2, used=used)
            + representation_findings(choice, signature, port, mapping))
