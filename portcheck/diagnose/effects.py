"""Side effects (catalog P9): answers that change between calls, inputs written into."""
from __future__ import annotations

import copy

import numpy as np

from ..compare import map_port_outputs
from ..runner import PortRun, normalise_outputs
from .cells import compare_cells
from .finding import Finding
from .problem import variant
from .wording import e, g

__all__ = ["nondeterminism", "mutated_inputs", "mutation"]


def _call(ctx, values: dict):
    """Call the port directly on ``values`` (no copies): (outputs or None, exception or None)."""
    args, kwargs = ctx.mapping.build_call(values)
    try:
        result = ctx.port(*args, **kwargs)
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: BLE001 -- a port that raises is data here
        return None, exc
    outs, _ = normalise_outputs(result, len(ctx.output_names))
    return outs, None


def _max_diff(a_outs, b_outs) -> tuple[float, str]:
    worst, where = 0.0, ""
    for i, (a, b) in enumerate(zip(a_outs, b_outs)):
        try:
            a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
        except (TypeError, ValueError):
            continue
        if a.shape != b.shape:
            return float("inf"), f"output {i + 1} shape"
        if not np.array_equal(np.isnan(a), np.isnan(b)):  # NaN in one call, a number in another
            return float("inf"), str(i)
        with np.errstate(all="ignore"):
            both = ~np.isnan(a)
            d = float(np.max(np.abs(a[both] - b[both]))) if both.any() else 0.0
            d = 0.0 if np.isnan(d) else d  # the same infinity in both calls
        if d > worst:
            worst, where = d, str(i)
    return worst, where


def nondeterminism(eng) -> Finding | None:
    """Two more calls on identical copies of the first set; a Finding when the answers differ."""
    ctx = eng.ctx
    s = eng.usable[0]
    if s.port.outputs is None:
        return None
    # Like with like: under a declared convention the set's run had its inputs turned and its outputs read back,
    # the plain calls here have not, so then all three are plain calls.
    declared = getattr(ctx, "declared", None) is not None
    runs = [ctx.run_port_on(s.input_set.for_port(), s.input_set) for _ in range(3 if declared else 2)]
    outs = ([] if declared else [s.port.outputs]) + [r.outputs for r in runs]
    if any(o is None for o in outs):
        if all(o is None for o in outs[1:]):
            return None
        return Finding("nondeterministic", "confirmed", "two calls, two answers",
                       f"on identical copies of '{s.input_set.name}' the port raised on one call and not on another",
                       location="the whole port", fix="seed or remove the randomness: rng = np.random.default_rng(0)",
                       input_set=s.input_set.name)
    tol = ctx.atol
    diffs = [_max_diff(outs[0], o) for o in outs[1:]]
    d = max(x for x, _ in diffs)
    if d == 0.0:  # identical answers, NaN and Inf included (NaN != NaN is not randomness)
        return None
    scale = 0.0
    for o in outs[0]:
        if _numeric(o):
            a = np.abs(np.asarray(o, dtype=float))
            a = a[np.isfinite(a)]
            scale = max(scale, float(a.max()) if a.size else 0.0)
    if d <= tol + ctx.rtol * scale:
        return None
    ci = eng.problem.roles.cost
    js = ""
    if ci is not None:
        try:
            vals = [float(np.asarray(o[ci], dtype=float).reshape(-1)[0]) for o in outs]
            js = f": {ctx.output_names[ci]} = " + ", ".join(g(v, 8) for v in vals)
        except (TypeError, ValueError, IndexError):
            js = ""
    return Finding(
        "nondeterministic", "confirmed", "two calls, two answers",
        f"3 calls on identical copies of '{s.input_set.name}' differ by up to {e(d)}{js}; "
        "every other probe needs a deterministic port, so none was run",
        location="the whole port (random draws: dropout, shuffling, initialisation)",
        fix="rng = np.random.default_rng(0)   # or keep random draws out of the cost function",
        input_set=s.input_set.name, data={"max_difference": d})


def _numeric(o) -> bool:
    try:
        a = np.asarray(o, dtype=float)
    except (TypeError, ValueError):
        return False
    return a.size > 0


def mutated_inputs(eng) -> list:
    """((key, InputSet) requests) of the inputs as the port leaves them, one per set it writes into.

    Called before the reference batch, so OCTAVE's outputs for the changed
    inputs come back in the same round trip; remembered in ``eng.mutated``.
    """
    eng.mutated = {}
    out = []
    for s in eng.usable:
        if not s.port.mutated:
            continue
        values = copy.deepcopy(s.input_set.for_port())
        originals = copy.deepcopy(values)
        _call(eng.ctx, values)
        changes = {}
        for k in s.port.mutated:
            try:
                changes[k] = np.reshape(np.asarray(values[k], dtype=float), np.shape(s.input_set.values[k]))
            except (TypeError, ValueError):
                changes = None
                break
        if changes is None:
            continue
        left = variant(s.input_set, "as the port left them", **changes)
        eng.mutated[s.input_set.name] = (originals, values, left)
        out.append((("mutated", s.input_set.name), left))
    return out


def mutation(eng) -> list[Finding]:
    """For a port that writes into its inputs: which entries, and whether that explains its outputs."""
    ctx = eng.ctx
    s = next((s for s in eng.usable if s.port.mutated), None)
    if s is None:
        return []
    changed = list(s.port.mutated)
    got = getattr(eng, "mutated", {}).get(s.input_set.name)
    tail = ""
    if got is not None:
        originals, after, left = got
        where = ", ".join(_describe_change(eng, s.input_set, k, originals[k], after[k]) for k in changed)
        explained = []
        for x in eng.usable:
            ref = eng.refs.get(("mutated", x.input_set.name))
            if ref is None or ref[1] is None or x.port.outputs is None:
                continue
            res = compare_cells(x.port.outputs, ref[1], eng.cells_of(x.input_set, ref[1]), ctx.rtol, ctx.atol)
            first = x.comparison is not None and x.comparison.parity
            if all(r.match for r in res.values()) and not first:
                explained.append(x.input_set.name)
        eng.explained_by_mutation = set(explained)
        if explained:
            tail = (f"; PORT computes with the changed values: OCTAVE given the inputs as the port left them agrees "
                    f"with it to rounding on {len(explained)} set{'s' if len(explained) > 1 else ''}")
    else:
        where = ", ".join(changed) + " changed"
    if not tail:
        second, exc2 = _call(ctx, copy.deepcopy(got[1]) if got is not None else copy.deepcopy(s.input_set.for_port()))
        if exc2 is not None:
            tail = f"; a second call with the same arrays raises {type(exc2).__name__}"
        elif second is not None:
            run, _ = map_port_outputs(PortRun(tuple(second), None, (), 0.0), ctx.output_names, ctx.blocks(s.input_set))
            res = compare_cells(run.outputs, s.reference.outputs, eng.cells_of(s.input_set, s.reference.outputs),
                                ctx.rtol, ctx.atol)
            bad = [r for r in res.values() if not r.match]
            if bad:
                ci = eng.problem.roles.cost
                j = ""
                if ci is not None and ctx.output_names[ci] in res and not res[ctx.output_names[ci]].match:
                    j = f" ({ctx.output_names[ci]} off by {e(res[ctx.output_names[ci]].max_abs)})"
                names = list(dict.fromkeys(r.cell.name for r in bad))
                tail = (f"; a second call with the same arrays, as an optimiser makes, differs from OCTAVE in "
                        f"{' and '.join(names)}{j}")
            else:
                tail = "; a second call still agrees here, but the caller's arrays are not what they passed"
    fixname = changed[0]
    p = eng.problem
    blocks = p.blocks(s.input_set) if fixname == p.roles.params else []
    if blocks and blocks[0].shape[0] > 1:
        fix = f"t = {blocks[0].name}.copy(); t[:, 0] = 0   # write into a copy, never into a view of {fixname}"
    elif blocks:
        fix = f"t = {fixname}.copy(); t[0] = 0   # write into a copy, never into the caller's {fixname}"
    else:
        fix = f"{fixname} = np.array({fixname}, copy=True)   # before writing into it"
    return [Finding(
        "input-mutation", "confirmed", "the port writes into its inputs",
        f"after one call {where}{tail}.",
        location=", ".join(changed) + " (the argument itself, or a view of it, written into)",
        fix=fix,
        input_set=s.input_set.name, data={"mutated": changed, "explains": sorted(getattr(eng, "explained_by_mutation", ()))})]


def _describe_change(eng, input_set, name, before, after) -> str:
    try:
        a = np.asarray(before, dtype=float).ravel(order="F")
        b = np.asarray(after, dtype=float).ravel(order="F")
    except (TypeError, ValueError):
        return f"{name} was changed"
    if a.shape != b.shape:
        return f"{name} changed shape"
    idx = np.flatnonzero(~((a == b) | (np.isnan(a) & np.isnan(b))))
    if idx.size == 0:
        return f"{name} was changed"
    now = "now 0" if np.all(b[idx] == 0) else f"e.g. {g(a[idx[0]])} -> {g(b[idx[0]])}"
    p = eng.problem
    if name == p.roles.params:
        parts = {}
        for blk in p.blocks(input_set):
            for k in idx:
                if blk.offset <= k < blk.offset + blk.size:
                    r, c = blk.locate(int(k))
                    parts.setdefault((blk.name, c), []).append(r)
        phr = []
        for (bn, c), rows in parts.items():
            blk = next(b for b in p.blocks(input_set) if b.name == bn)
            if blk.shape[0] == 1:
                phr.append(f"{bn}[{c}]")
            else:
                phr.append(f"{bn}[:, {c}]" if len(rows) == blk.shape[0] else f"{bn}[{rows[0]}, {c}]")
        return f"{name} entries {', '.join(phr[:4])} ({idx.size} of {a.size}) are changed ({now})"
    return f"{idx.size} of {a.size} entries of {name} are changed ({now})"
