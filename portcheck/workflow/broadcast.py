"""Broadcasts between an (m, 1) and an (m,) vector that no representation move explains.

Two mechanisms beside :mod:`.calling`'s representation search (which adapts to
a shape that makes the port *raise*):

* :func:`shape_hazard`: a port whose answer is silently wrong when one vector
  comes in its other natural shape -- noted, with the line that broadcast
  (representation is free, issue 9); at parity, or beside another mistake;
* :func:`broadcast_inside`: a port that flattens a vector itself and so makes
  an ``(m, m)`` array under every representation -- named at its line.

Both read the shapes the port's own lines make, recorded in its worker
(:func:`~portcheck.sandbox._runtime.shape_trace`).
"""
from __future__ import annotations

from ..diagnose.finding import Finding
from .calling import _first_bigger, _place, _sample, _weight, run_sets

__all__ = ["shape_hazard", "shape_hazard_findings", "broadcast_inside"]


def shape_hazard(case, port, mapping, signature, sets, choice, rtol, atol, strict_shapes, binding=None) -> dict | None:
    """A port at parity that is silently wrong when one vector comes in its other natural shape.

    Representation is free (the port stays at parity), but a shape that makes
    the port return other numbers without a word is worth a note: a
    ``selectThreshold`` correct with ``pval`` as ``(m, 1)`` but whose
    ``(pval < epsilon) & (yval == 1)`` builds an ``(m, m)`` table when a caller
    passes ``pval`` 1-D (what a Python ``multivariateGaussian`` returns) gives
    wrong F1 scores to that caller. Each vector (and the parameter vector) is
    flipped alone, between ``(m,)`` and ``(m, 1)``, on the cheapest set where it
    has two or more entries; a flip that makes the port diverge counts only when
    the shapes its lines made show where the vector broadcast (an array bigger
    than under the shape it agrees with), or an output comes out square. A port that differs as called
    (another mistake beside the hazard) is probed the same way on a set at parity, else on one it runs on
    where the flip changes its answer; then only a line that broadcast counts. Returns
    ``{"run": SetResult, "representation": ..., "line": ..., "changes": ...}``, or None.
    """
    import numpy as np
    from dataclasses import replace

    from ..runner.representation import vector_names

    if choice.roles is None or not sets:
        return None
    at_parity = all(s.status == "parity" for s in sets if s.reference.error is None)
    cur = choice.representation
    sample = _sample([s.input_set for s in sets])
    flips = [replace(cur, vectors_1d=cur.vectors_1d ^ {n}) for n in vector_names(choice.roles, sample)]
    if any(str(r) == "params" for r in choice.roles.inputs.values()):
        flips.append(replace(cur, params_column=not cur.params_column))
    for rep in flips:
        if rep == choice.default and choice.default != cur:
            continue  # the default's failure is already the representation note's (it needed ``cur``)
        changed = sorted(rep.vectors_1d ^ cur.vectors_1d) or [n for n, r in choice.roles.inputs.items()
                                                             if str(r) == "params"]
        # beside another mistake (the port differs as called): a set it runs on, the flip read off its own lines
        usable = [s for s in sets if s.reference.error is None and s.port.failure is None and s.comparison is not None
                  and (s.status == "parity" or not at_parity)
                  and all(np.size(s.input_set.values.get(n)) >= 2 for n in changed)]
        if not usable:
            continue
        # a set where every vector has two entries or more: with m = 1 an (m, 1) against (m,) is (1, 1), and agrees
        vectors = vector_names(choice.roles, sample)
        # a set at parity first: there a flip that changes the answer is the broadcast alone
        target = min(usable, key=lambda x: (x.status != "parity", any(np.size(x.input_set.values.get(n)) < 2
                                                                     for n in vectors), _weight(x.input_set)))
        run = run_sets(case, port, mapping, signature, [target.input_set], [target.reference], rep, rtol, atol,
                       strict_shapes, binding=binding)[0]
        if run.port.failure is not None or run.comparison is None or run.status == "parity" \
                or (target.status != "parity" and _same_outputs(run.port.outputs, target.port.outputs)):
            continue
        line = _hazard_line(port, mapping, choice.roles, target.input_set, cur, rep, changed[0])
        square = next((o.name for o in run.comparison.outputs if len(o.port_shape or ()) == 2
                       and o.port_shape[0] == o.port_shape[1] > 1 and o.port_shape != o.octave_shape), None)
        if line is None and (square is None or not at_parity):
            continue
        return {"run": run, "representation": rep, "line": line, "square": square, "changes": rep.changes(cur),
                "at_parity": at_parity}
    return None


def _same_outputs(a, b) -> bool:
    import numpy as np

    try:
        return len(a) == len(b) and all(np.shape(x) == np.shape(y) and np.allclose(x, y, equal_nan=True)
                                        for x, y in zip(a, b))
    except (TypeError, ValueError):
        return False


def _hazard_line(port, mapping, roles, input_set, agrees, hazard, name) -> dict | None:
    """The first line whose array is bigger under ``hazard`` than under ``agrees`` (the broadcast of ``name``)."""
    from ..runner import conform

    refs = [r for r, _, _ in mapping.pairs]
    options = {"shape_trace": {"arg": refs.index(name) if name in refs else None}}
    traces = []
    for rep in (hazard, agrees):
        args, kwargs = mapping.build_call(conform(input_set.values, roles, rep))
        try:
            traces.append(port.call(args, kwargs, names=refs, options=options).shapes or ())
        except Exception:  # a run that cannot be traced names no line
            return None
    return _first_bigger(*traces)


def shape_hazard_findings(hazard) -> list[Finding]:
    """A *noted* finding for the hazard (none without one): the port stays at parity (representation is free,
    issue 9), but the caller learns which shape silently breaks it, at which line, and the one-line fix."""
    if not hazard:
        return []
    run = hazard["run"]
    what = ", ".join(hazard["changes"])
    name = what.split(" as ")[0]
    line = hazard["line"]
    square = next((o for o in run.comparison.outputs if o.name == hazard["square"]), None)
    where = (f"{_place(line)} `{line['source']}` broadcasts to {line['shape']}" if line
             else f"{square.name} comes out {'x'.join(map(str, square.port_shape))}")
    o = next(o for o in run.comparison.outputs if not o.parity)
    gap = (f"{o.name} differs by up to {o.max_abs:.3g} (max rel {o.max_rel:.2g})" if o.mismatched
           else f"{o.name} comes out {o.port_shape} where OCTAVE's is {o.octave_shape}")
    evidence = (f"called with {what} (a caller's other natural shape), {where}: {gap} on '{run.input_set.name}', "
                "without an error; " + ("as called here the port agrees on every set" if hazard.get("at_parity", True)
                                        else "as called here it does not broadcast (its other difference is above)"))
    if name == "params":
        fix = "theta = np.ravel(theta)   # one shape for the parameter vector before any arithmetic"
    else:
        fix = f"{name} = np.ravel({name})   # (m,1) and (m,) alike before any broadcasting"
    return [Finding("y-shape-broadcast", "noted", f"silently wrong with {what}", evidence,
                    location=_place(line) if line else hazard["square"], fix=fix,
                    data={"name": name, "line": line, "changes": list(hazard["changes"]), "set": run.input_set.name})]


def broadcast_inside(sets, port, mapping, roles, findings) -> list[Finding]:
    """When nothing else was named: the port's line that made an ``(m, m)`` array no input or output has.

    A port that flattens ``y`` itself (``y = y.flatten()``) while ``h`` stays a
    column diverges under every representation, so no representation move
    explains it. Its signature is in the shapes its lines make (recorded in the
    worker, :func:`~portcheck.sandbox._runtime.shape_trace`): the first local
    array of shape ``(m, m)``, ``m`` the number of examples (rows of the design
    matrix, entries of the labels or targets), where no input and no OCTAVE
    output is ``m x m``. *likely*: the line is seen, the repair is not run.
    """
    import numpy as np

    from ..runner import conform
    from .trace import only_unexplained

    if roles is None or not only_unexplained(findings):
        return []
    bad = [s for s in sets if s.status != "parity" and s.reference.error is None and s.port.failure is None]
    for s in sorted(bad, key=lambda x: _weight(x.input_set))[:1]:
        values = s.input_set.values
        counts = set()
        for name, role in roles.inputs.items():
            a = np.asarray(values.get(name)) if not callable(values.get(name)) else None
            if a is None or a.size < 2:
                continue
            if str(role) == "design" and a.ndim == 2:
                counts.add(a.shape[0])
            elif str(role) in ("labels", "targets") and min(a.shape or (0,)) <= 1:
                counts.add(a.size)
        taken = {tuple(np.shape(v)) for v in values.values() if not callable(v)}
        taken |= {tuple(np.shape(o)) for o in (s.reference.outputs or ())}
        counts = {k for k in counts if k > 1 and (k, k) not in taken}
        if not counts:
            return []
        refs = [r for r, _, _ in mapping.pairs]
        rep = getattr(port, "representation", None)
        args, kwargs = mapping.build_call(conform(values, roles, rep) if rep is not None else values)
        vectors = [n for n, r in roles.inputs.items() if str(r) in ("labels", "targets") and n in refs] or [None]
        # the operations on the labels (or targets) are watched: the (m, m) may never be a variable; then those on
        # the design matrix (a port that copies y with np.asarray(y, dtype=float) stops the watch there)
        design = [n for n, r in roles.inputs.items() if str(r) == "design" and n in refs]
        events = []
        for watched in vectors[:1] + design[:1]:
            try:
                events += list(port.call(args, kwargs, names=refs, options={"shape_trace": {
                    "arg": refs.index(watched) if watched else None}}).shapes or ())
            except Exception:
                return []
            if any(len(e[4]) == 2 and e[4][0] == e[4][1] and e[4][0] in counts for e in events):
                break
        for file, line, kind, name, shape in events:
            if len(shape) == 2 and shape[0] == shape[1] and shape[0] in counts:
                site = {"file": file, "line": line, "source": _source_line(file, line), "name": name,
                        "shape": f"({shape[0]}, {shape[1]})"}
                return [Finding("y-shape-broadcast", "likely", f"an (m,1) and an (m,) vector broadcast to (m, m)",
                                f"{_place(site)} `{site['source']}`: "
                                f"{('its ' + name) if kind != '=' else ('`' + str(name) + '`')} is {site['shape']} on "
                                f"'{s.input_set.name}', m = {shape[0]} examples, a shape no input and no OCTAVE "
                                "output has: a column vector met a 1-D one",
                                location=_place(site),
                                fix="give both vectors one shape before combining them, e.g. y = y.reshape(-1, 1) "
                                    "where h is (m,1), or np.ravel both",
                                data={"line": site, "set": s.input_set.name})]
    return []


def _source_line(file, line) -> str:
    from ..sandbox._locate import _source

    return (_source(file, line) or "").strip()
