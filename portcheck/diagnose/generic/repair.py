"""Repair probes: change one line of the port, run it again, and see whether it then agrees with Octave.

The port is run once with its executed lines recorded (``sys.settrace``,
only for files under the port's own folder -- never the standard library or
site-packages). For every function of the user's code that ran, the
operators of :mod:`.mutations` propose one-line changes on the lines that ran;
each change is compiled in the function's own module and swapped in as the
function's code (``__code__``: every reference to the function sees it, however
it was imported), the port is run on one input set that differs, and the code
is put back. A change that makes the port agree on that set is then run on
every input set: agreeing on all of them confirms the mistake, with the line
and the fix in the port's own names.

The search runs where the port's code lives: for a port of the sandbox, in a
fork of portcheck that imports the port's module (:mod:`.isolated`). It has a
budget (:data:`MAX_RUNS` port calls, :data:`MAX_SECONDS`), and each call a
deadline derived from the port's own time. Changes of lines that a set which
agrees never runs, and changes that match what the output relations suggest,
are tried first. A change that makes some sets agree and none farther is
partial; with it made, one more change may make every set agree: two mistakes
confirmed together.
"""
from __future__ import annotations

import ast
import copy
import os
import time
import types
from dataclasses import dataclass, field

import numpy as np

from ...runner.limits import port_time_limit
from ...runner.representation import conform
from ..finding import Finding
from ..wording import e, g, plural, set_list
from .isolated import run_isolated
from .mutations import Mutation, apply, mutations
from .targets import Target, numpy_name, scope_of, targets, trace_lines
from .closeness import agrees, distance, labels_only, nearer, remaining

__all__ = ["Repair", "search_repairs", "MAX_RUNS", "MAX_SECONDS"]

#: Port calls the search may spend, and seconds (per comparison).
MAX_RUNS = 400
MAX_SECONDS = 45.0

#: A change that brings PORT this many times closer to OCTAVE on a set, and no farther on any other, is a
#: partial repair: the mistake it undoes is real, and another difference remains (an upstream one, a second bug).
PARTIAL_GAIN = 100.0

#: Repairs confirmed earlier in this process, ``(file, line, new text)``: tried first for the next case
#: (``compare --all``: a mistake in a helper shows in every case that calls it).
_CONFIRMED: list = []


@dataclass
class Repair:
    """A confirmed one-line repair."""

    mutation: Mutation
    file: str
    function: str
    sets: int
    worst: float
    data: dict = field(default_factory=dict)
    partial: tuple | None = None  # (set name, distance before, after) when another difference remains
    together: tuple = ()  # ((Mutation, file, function), ...): changes made with this one (two mistakes at once)

    def finding(self) -> Finding:
        if self.partial is not None:
            return self._partial_finding()
        m = self.mutation
        where = f"{_short(self.file)}:{m.line}"
        ev = f"with line {m.line} of {_short(self.file)} ({self.function}) {_change(m)}"
        for other, file, function in self.together:
            ev += f" and line {other.line} of {_short(file)} ({function}) {_change(other)}"
        ev += (f", PORT agrees with OCTAVE on {'all ' if self.sets > 1 else ''}"
              f"{plural(self.sets, 'input set')} (largest remaining difference {e(self.worst)})")
        return Finding(m.cause, "confirmed", m.title, ev, location=f"{where}: {m.old_text}", fix=m.new_text,
                       data={"line": m.line, "file": self.file, "function": self.function, "repair": m.new_text,
                             "cures_raise": True, "joint": bool(self.together), **self._public()})

    def _public(self) -> dict:
        return {k: v for k, v in self.data.items() if not k.startswith("_")}

    def joint(self) -> list:
        """One repair per change of a joint repair (each confirmed together with the others), this one last."""
        if not self.together:
            return [self]
        everything = [*self.together, (self.mutation, self.file, self.function)]
        return [Repair(m, f, fn, self.sets, self.worst, dict(self.data),
                       together=tuple(x for x in everything if x[0] is not m)) for m, f, fn in everything]


    def _partial_finding(self) -> Finding:
        m = self.mutation
        name, before, after = self.partial
        agreed = self.data.get("agreed")
        if agreed:
            drop = f"agrees with OCTAVE on {set_list(agreed)}"
        elif np.isnan(before) and np.isnan(after):
            drop = f"on '{name}' gives an output nearer OCTAVE's shape, the rest explained below"
        elif np.isnan(before):
            drop = f"on '{name}' gives every output OCTAVE's shape (its difference is then {e(after)})"
        elif not np.isfinite(before):
            drop = f"on '{name}' runs (it raised) and its difference from OCTAVE is {e(after)}"
        else:
            drop = (f"on '{name}' comes {g(before / max(after, 1e-300), 2)} times closer to OCTAVE "
                    f"({e(before)} -> {e(after)}, relative, normwise)")
        ev = f"with line {m.line} of {_short(self.file)} ({self.function}) {_change(m)}"
        for other, file, function in self.together:
            ev += f" and line {other.line} of {_short(file)} ({function}) {_change(other)}"
        ev += (f", PORT {drop}, and is no farther on any other set: "
               + ("these lines are mistakes" if self.together else "this line is a mistake")
               + ", and another difference remains")
        return Finding(m.cause, "consistent", m.title, ev, location=f"{_short(self.file)}:{m.line}: {m.old_text}",
                       fix=m.new_text, data={"line": m.line, "file": self.file, "function": self.function,
                                             "repair": m.new_text, "partial": True,
                                             "cures_raise": bool(np.isinf(before)), **self._public()})


def _change(m: Mutation) -> str:
    if m.new_text.startswith("# delete the line"):
        return f"deleted (`{m.old_text}`)"
    return f"changed from `{m.old_text}` to `{m.new_text}`"


def _short(path: str) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def _compile(target: Target, changes):
    """The code object of the function with ``changes`` (Mutations of it) made, or None when it does not compile
    as a drop-in."""
    try:
        tree = apply(target.node, *changes)
    except (LookupError, IndexError):
        return None
    tree = _as_shimmed(tree, target)
    module = ast.Module([tree], [])
    try:
        compiled = compile(module, target.code.co_filename, "exec")
    except (SyntaxError, ValueError, TypeError):
        return None
    for const in compiled.co_consts:
        if isinstance(const, types.CodeType) and const.co_name == target.code.co_name:
            if const.co_freevars != target.code.co_freevars:
                return None
            return const.replace(co_qualname=target.code.co_qualname) if hasattr(const, "co_qualname") else const
    return None


def _as_shimmed(tree, target: Target):
    """The changed function compiled as its worker compiled the module: NumPy 2's ``%``-format of a size-1
    array (when that shim is on for the module) and int orders (``flatten(1)``) read as old NumPy did."""
    from ...sandbox._shims_numpy import IntOrder, PercentFormat

    glb = getattr(target.functions[0], "__globals__", {}) if target.functions else {}
    if "__portcheck_pct__" in glb:
        tree = ast.fix_missing_locations(PercentFormat().visit(tree))
    return ast.fix_missing_locations(IntOrder(target.code.co_filename).visit(tree))


def _codes(changes) -> list | None:
    """``[(target, code)]`` for ``changes`` (``[(target, Mutation)]``, grouped by function), or None."""
    by_target: dict = {}  # by code object: two traces give two Targets of one function (same tree, same indices)
    for target, m in changes:
        by_target.setdefault(target.code, (target, []))[1].append(m)
    out = []
    for target, ms in by_target.values():
        code = _compile(target, ms)
        if code is None:
            return None
        out.append((target, code))
    return out


class _Swapped:
    """Context manager: every live function of each target runs its changed code inside the block."""

    def __init__(self, codes):
        self.codes = codes

    def __enter__(self):
        for target, code in self.codes:
            for f in target.functions:
                f.__code__ = code
        return self

    def __exit__(self, *exc):
        for target, _ in self.codes:
            for f in target.functions:
                f.__code__ = target.code
        return False


def _order(candidates, hints, passing=frozenset()) -> list:
    """Repairs confirmed for an earlier case first; then changes of lines that ran on the failing set but not on a
    set that agrees (``passing``: ``(code, line)`` pairs), those a relation suggests first; then the rest."""
    def rank(c):
        if (c[0].code.co_filename, c[1].line, c[1].new_text) in _CONFIRMED:
            return (0, 0)
        return (1 if (c[0].code, c[1].line) not in passing else 2, 0 if c[1].cause in hints else 1)

    return sorted(candidates, key=rank)  # stable: source order within a rank


def search_repairs(ctx, sets, hints=(), *, max_runs: int = MAX_RUNS, max_seconds: float = MAX_SECONDS):
    """Confirmed one-line repairs of the port for the usable ``sets`` (SetResults), and what the search cost.

    Returns ``(repairs, {"port_calls": n, "seconds": s, "candidates": k})``. Empty when the
    port's source is not a file of the user's, or every set already agrees. A port of the
    sandbox (every :class:`~portcheck.runner.Port`) is searched in a fork of portcheck that
    imports its module (:mod:`.isolated`); a plain function of this process, here.
    """
    if not any(s.status in ("divergence", "port-raised") for s in sets):
        return [], {"port_calls": 0, "seconds": 0.0, "candidates": 0}
    if hasattr(ctx.port, "__code__"):
        return _search(ctx, sets, hints, max_runs=max_runs, max_seconds=max_seconds, direct=ctx.port)
    return run_isolated(_search, ctx, sets, hints, max_runs=max_runs, max_seconds=max_seconds, repair_class=Repair,
                        confirmed=_CONFIRMED)


def _search(ctx, sets, hints, *, max_runs: int, max_seconds: float, direct):
    """The search itself, where ``direct`` (the port's function) is code of this process."""
    start = time.perf_counter()
    cost = {"port_calls": 0, "seconds": 0.0, "candidates": 0}
    scope = scope_of(direct)
    failing = [s for s in sets if s.status in ("divergence", "port-raised")]
    if scope is None or not failing:
        return [], cost
    raised = [s for s in failing if s.status == "port-raised"]  # a raise is the plainest thing to undo
    differ = [s for s in failing if s.status != "port-raised"]
    # then sets that run: a raise only at m = 1 (a squeeze) says nothing of the mistake every other set shows, and the
    # smallest set that runs may show two mistakes at once (m = 1 with a one-hot from the data, and the derivative)
    screens = sorted(raised, key=_size)[:2] + sorted(differ, key=_size)[:2] if raised else sorted(failing, key=_size)[:2]
    found = []
    for screen in screens:  # a second screen set when the smallest shows two mistakes at once (a tie set)
        found = _search_on(ctx, sets, hints, screen, scope, direct, cost, start, max_runs, max_seconds)
        if found or cost["port_calls"] >= max_runs or time.perf_counter() - start > max_seconds:
            break
    cost["seconds"] = time.perf_counter() - start
    return found, cost


def _search_on(ctx, sets, hints, screen, scope, direct, cost, start, max_runs, max_seconds) -> list:
    """Repairs screened on ``screen`` (the set each change is tried on first), confirmed on every set."""
    t0 = time.perf_counter()
    ran = trace_lines(lambda: _direct_call(ctx, direct, screen), scope)
    base_time = max(time.perf_counter() - t0, 1e-3)
    cost["port_calls"] += 1
    if agrees(ctx, _run(ctx, screen, 60.0), screen.reference.outputs, list(ctx.output_names))[0]:
        return []  # this set agrees when run again: a change that "fixes" it proves nothing
    candidates = _candidates(ran)
    cost["candidates"] = len(candidates)
    agreeing = [s for s in sets if s.status == "parity"]
    passing = frozenset()
    if agreeing and len(candidates) > 1:  # lines a set that agrees also runs are less likely the mistake
        ok = min(agreeing, key=_size)
        passing = frozenset((c, line) for c, lines in trace_lines(lambda: _direct_call(ctx, direct, ok), scope).items()
                            for line in lines)
    baseline = {id(s): distance(s.port, s.reference.outputs) for s in sets}
    over = lambda: cost["port_calls"] >= max_runs or time.perf_counter() - start > max_seconds
    found, partial, tried, explained = [], [], set(), set()
    for target, m in _order(candidates, set(hints), passing):
        if over():
            break
        key = (target.code.co_filename, m.line, m.new_text)
        if key in tried or key[:2] in explained:  # one repair per line: its first change that works says it
            continue
        tried.add(key)
        repair = _try(ctx, [(target, m)], screen, sets, cost, base_time, baseline)
        if repair is not None and repair.partial is None:
            found.append(repair)
            explained.add(key[:2])
            _CONFIRMED.append(key)
            if len(found) >= 3:
                break
        elif repair is not None:
            partial.append(repair)
    if not found:  # the same slip on every line it could be on (the ones appended last on each layer): all at once
        for group in _uniform(candidates):
            if over():
                break
            repair = _try(ctx, group, screen, sets, cost, base_time, baseline)
            if repair is not None and repair.partial is None:
                return repair.joint()
    if not found and partial:  # the change that brings PORT closest, where no change brings it all the way
        best = min(partial, key=_closeness)
        lines_on = lambda s: candidates if s is screen else _candidates(trace_lines(lambda: _direct_call(ctx, direct, s),
                                                                                      scope))
        found = _second(ctx, best, candidates, hints, sets, cost, base_time, over, baseline, lines_on) or [best]
    return found


def _uniform(candidates) -> list:
    """Groups of one change per line, of one cause proposed exactly once on each of two to four lines (the column of
    ones moved first in ``a1`` and in ``a2``; ``order='F'`` on every reshape): a habit repeated, undone at once."""
    by_cause: dict = {}
    for target, m in candidates:
        by_cause.setdefault(m.cause, []).append((target, m))
    groups = []
    for cause, changes in by_cause.items():
        lines = [(t.code.co_filename, m.line) for t, m in changes]
        if 2 <= len(changes) <= 4 and len(set(lines)) == len(lines):
            groups.append(changes)
    return groups


def _size(s) -> int:
    return sum(int(np.size(v)) for v in s.input_set.values.values() if isinstance(v, (np.ndarray, int, float)))


def _candidates(ran) -> list:
    """``[(Target, Mutation)]`` for the functions and lines that ran."""
    return [(t, m) for t in targets(ran) for m in mutations(t.node, t.ran, t.lines, numpy_name(t.functions))]


def _closeness(r: Repair) -> float:
    if r.data.get("agreed"):
        return -len(r.data["agreed"])
    if np.isnan(r.partial[2]):  # only nearer OCTAVE's shape: the weakest progress
        return np.inf
    return r.partial[2] / max(r.partial[1], 1e-300) if np.isfinite(r.partial[1]) else r.partial[2] * 1e-300


def _second(ctx, first: Repair, candidates, hints, sets, cost, base_time, over, baseline, lines_on) -> list:
    """Two mistakes at once: with ``first`` (a partial repair) made, one more change that makes PORT agree on every
    set (both confirmed together), or on more sets than ``first`` alone (both consistent); else nothing.

    The second change is screened on the (two smallest) sets that ``first`` leaves differing, among the lines
    that run on that set (``lines_on(set)``: the candidates there).
    """
    made = next(((t, m) for t, m in candidates if m is first.data.get("_mutation")), None)
    agreed = set(first.data.get("agreed", ()))
    size = lambda s: sum(int(np.size(v)) for v in s.input_set.values.values() if isinstance(v, (np.ndarray, int, float)))
    left = sorted((s for s in sets if s.status in ("divergence", "port-raised") and s.input_set.name not in agreed),
                  key=lambda s: (s.input_set.name != first.partial[0], size(s)))[:2]  # its own screen set first
    if made is None or not left:
        return []
    best = None
    for screen in left:
        for target, m in _order(lines_on(screen), set(hints)):
            if over():
                return [first, best] if best is not None else []
            if target.code is made[0].code and (m.index, m.cause) == (made[1].index, made[1].cause):
                continue  # the same change again (another change of the same line or node may be the second mistake)
            r = _try(ctx, [made, (target, m)], screen, sets, cost, base_time, baseline)
            if r is not None and r.partial is None:
                return r.joint()
            if r is not None and len(r.data.get("agreed", ())) > max(len(agreed), len(best.data["agreed"]) if best else 0):
                best = r
    return [first, best] if best is not None else []


def _try(ctx, changes, screen, sets, cost, base_time, baseline=None):
    """Run the port with ``changes`` made: a full :class:`Repair` (every set agrees), a partial one (with a
    ``baseline``: some sets much closer or agreeing, none farther), or None."""
    codes = _codes(changes)
    if codes is None:
        return None
    names = list(ctx.output_names)
    limit = min(30.0, max(1.0, 20 * base_time))
    with _Swapped(codes):
        cost["port_calls"] += 1
        run = _run(ctx, screen, limit)
        ok, worst = agrees(ctx, run, screen.reference.outputs, names)
        if not ok:
            return _partial(ctx, changes, run, screen, sets, cost, limit, baseline) if baseline is not None else None
        agreed, farther = [screen.input_set.name], False
        for s in sets:
            if s is screen:
                continue
            cost["port_calls"] += 1
            other = _run(ctx, s, limit)
            good, w = agrees(ctx, other, s.reference.outputs, names)
            if good:
                agreed.append(s.input_set.name)
                worst = max(worst, w)
                continue
            if baseline is None:
                return None
            d, b = distance(other, s.reference.outputs), baseline.get(id(s), np.inf)
            farther = farther or np.isnan(d) or (not np.isnan(b) and d > b * 1.01 + 1e-12)
    if farther and len(agreed) < 2:
        # farther somewhere is no repair -- unless whole sets now agree exactly: then the change is real and the
        # set it leaves farther shows a second mistake (0-based answers and a tie-break: the tie set alone differs)
        return None
    target, m = changes[-1]
    function = getattr(target.code, "co_qualname", target.code.co_name)
    together = tuple((mm, t.code.co_filename, getattr(t.code, "co_qualname", t.code.co_name)) for t, mm in changes[:-1])
    if len(agreed) == len(sets):
        return Repair(m, target.code.co_filename, function, len(sets), worst, together=together)
    before = baseline.get(id(screen), np.inf)
    return Repair(m, target.code.co_filename, function, len(sets), worst, {"agreed": agreed, "_mutation": m},
                  partial=(screen.input_set.name, before, worst), together=together)


def _partial(ctx, changes, run, screen, sets, cost, limit, baseline):
    """A :class:`Repair` with ``partial`` set when the change brings PORT much closer on the screen set and no farther
    on any other (called with the change swapped in); else None."""
    before, after = baseline.get(id(screen), np.inf), distance(run, screen.reference.outputs)
    left = None
    closer = np.isnan(before) and np.isnan(after) and nearer(ctx, run, screen)
    if closer:
        # still another shape, but nearer OCTAVE's, and what is left a relation explains (a column of ones missing)
        left, better = remaining(ctx, run, screen), True
    elif not np.isfinite(after):
        return None
    elif np.isnan(before):  # it had another shape: only a near-agreement, or a second mistake read off what is left
        left = remaining(ctx, run, screen) if after > 1e-4 else None
        better = after <= 1e-4 or left is not None
    elif labels_only(screen.reference.outputs):
        better = after * 3 <= before
    else:
        better = after * PARTIAL_GAIN <= before or (np.isinf(before) and after < 1.0)
    if not better:
        return None
    if left is None and np.isfinite(after):  # what is left may bear a relation too: a second mistake in sight
        left = remaining(ctx, run, screen)
    agreed = []  # the sets this change alone makes agree: a second change must add to them (a no-op adds none)
    finite = _finite(run)  # every output finite on every set: the change cures a NaN the port returned
    for s in sets:
        if s is screen:
            continue
        cost["port_calls"] += 1
        other = _run(ctx, s, limit)
        d, b = distance(other, s.reference.outputs), baseline.get(id(s), np.inf)
        if closer and np.isnan(d) and np.isnan(b) and nearer(ctx, other, s):
            continue
        if np.isnan(d) or (not np.isnan(b) and d > b * 1.01 + 1e-12):
            return None
        if s.status != "parity" and agrees(ctx, other, s.reference.outputs, list(ctx.output_names))[0]:
            agreed.append(s.input_set.name)
        finite = finite and _finite(other)
    target, m = changes[-1]
    data = {"_mutation": m, **({"_remaining": left} if left else {}), **({"agreed": agreed} if agreed else {}),
            **({"finite": True} if finite else {})}
    return Repair(m, target.code.co_filename, getattr(target.code, "co_qualname", target.code.co_name), len(sets),
                  after, data, partial=(screen.input_set.name, before, after))


def _finite(run) -> bool:
    try:
        return run.outputs is not None and all(bool(np.all(np.isfinite(np.asarray(v)))) for v in run.outputs)
    except (TypeError, ValueError):
        return False


def _direct_call(ctx, func, s):
    """Call ``func`` here, as the port is called on set ``s`` (its lines are what the tracer records)."""
    values = copy.deepcopy(dict(s.input_set.for_port()))
    port = ctx.port
    rep, roles = getattr(port, "representation", None), getattr(port, "roles", None)
    if rep is not None and roles is not None:
        values = conform(values, roles, rep)
    args, kwargs = ctx.mapping.build_call(values)
    return func(*args, **kwargs)


def _run(ctx, s, limit: float):
    with port_time_limit(limit):
        return ctx.run_port_on(s.input_set.for_port(), s.input_set)
