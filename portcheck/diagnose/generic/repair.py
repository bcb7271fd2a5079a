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

The search has a budget (:data:`MAX_RUNS` port calls, :data:`MAX_SECONDS`),
and each call a deadline derived from the port's own time. Changes that match
what the output relations already suggest are tried first.
"""
from __future__ import annotations

import ast
import gc
import inspect
import os
import sys
import time
import types
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ...compare import compare_output
from ...runner.limits import port_time_limit
from ...runner.representation import conform
from ..finding import Finding
from ..wording import e, g, plural
from .isolated import run_isolated
from .mutations import Mutation, apply, mutations
from .relations import aligned

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

    def finding(self) -> Finding:
        if self.partial is not None:
            return self._partial_finding()
        m = self.mutation
        where = f"{_short(self.file)}:{m.line}"
        change = ("deleted" if m.new_text.startswith("delete the line")
                  else f"changed from `{m.old_text}` to `{m.new_text}`")
        ev = (f"with line {m.line} of {_short(self.file)} ({self.function}) {change}"
              + (f" (`{m.old_text}`)" if change == "deleted" else "")
              + f", PORT agrees with OCTAVE on {'all ' if self.sets > 1 else ''}"
              f"{plural(self.sets, 'input set')} (largest remaining difference {e(self.worst)})")
        return Finding(m.cause, "confirmed", m.title, ev, location=f"{where}: {m.old_text}", fix=m.new_text,
                       data={"line": m.line, "file": self.file, "function": self.function, "repair": m.new_text,
                             **self.data})


    def _partial_finding(self) -> Finding:
        m = self.mutation
        name, before, after = self.partial
        change = ("deleted" if m.new_text.startswith("delete the line")
                  else f"changed from `{m.old_text}` to `{m.new_text}`")
        drop = (f"runs (it raised) and its difference from OCTAVE is {e(after)}" if not np.isfinite(before)
                else f"comes {g(before / max(after, 1e-300), 2)} times closer to OCTAVE ({e(before)} -> {e(after)}, "
                     "relative, normwise)")
        ev = (f"with line {m.line} of {_short(self.file)} ({self.function}) {change}, PORT on '{name}' {drop}, and is "
              "no farther on any other set: this line is a mistake, and another difference remains")
        return Finding(m.cause, "consistent", m.title, ev, location=f"{_short(self.file)}:{m.line}: {m.old_text}",
                       fix=m.new_text, data={"line": m.line, "file": self.file, "function": self.function,
                                             "repair": m.new_text, "partial": True, **self.data})


def _short(path: str) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def _scope(func) -> Path | None:
    """The folder whose files are the user's code: the port's folder, or the root of its package."""
    try:
        path = Path(inspect.getsourcefile(func) or "").resolve()
    except (TypeError, OSError):
        return None
    if not path.is_file():
        return None
    folder = path.parent
    while (folder / "__init__.py").is_file() and (folder.parent / "__init__.py").is_file():
        folder = folder.parent
    if (folder / "__init__.py").is_file():
        folder = folder.parent
    if any(part in ("site-packages", "dist-packages") for part in folder.parts):
        return None
    return folder


def trace_lines(call, scope: Path) -> dict:
    """Run ``call()`` recording ``{code object: set of lines}`` for frames in files under ``scope``."""
    ran: dict = {}
    root = str(scope) + os.sep
    cache: dict = {}

    def inside(code) -> bool:
        hit = cache.get(code.co_filename)
        if hit is None:
            name = os.path.abspath(code.co_filename)
            hit = cache[code.co_filename] = name.startswith(root) and "site-packages" not in name
        return hit

    def local(frame, event, arg):
        if event == "line":
            ran.setdefault(frame.f_code, set()).add(frame.f_lineno)
        return local

    def tracer(frame, event, arg):
        if event == "call" and inside(frame.f_code):
            ran.setdefault(frame.f_code, set()).add(frame.f_lineno)
            return local
        return None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        call()
    except BaseException as exc:  # the port may raise: the lines up to the raise count
        if isinstance(exc, KeyboardInterrupt):
            raise
    finally:
        sys.settrace(previous)
    return ran


def _function_node(tree, code):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == code.co_name:
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            if first == code.co_firstlineno and not node.decorator_list:
                return node
    return None


def _live_functions(code) -> list:
    return [f for f in gc.get_referrers(code) if isinstance(f, types.FunctionType) and f.__code__ is code]


def _numpy_name(functions) -> str | None:
    for f in functions:
        for name, value in f.__globals__.items():
            if value is np:
                return name
    return None


@dataclass
class _Target:
    """One function of the user's code that ran: its node, its live function objects, its file lines."""

    code: types.CodeType
    node: ast.AST
    functions: list
    lines: list
    ran: set


def _targets(ran: dict) -> list[_Target]:
    out, trees = [], {}
    for code, lines in ran.items():
        if code.co_freevars or code.co_name.startswith("<"):
            continue
        path = code.co_filename
        if path not in trees:
            try:
                text = Path(path).read_text()
                trees[path] = (ast.parse(text), text.splitlines())
            except (OSError, SyntaxError, ValueError):
                trees[path] = None
        if trees[path] is None:
            continue
        node = _function_node(trees[path][0], code)
        functions = _live_functions(code)
        if node is not None and functions:
            out.append(_Target(code, node, functions, trees[path][1], lines))
    return out


def _compile(target: _Target, mutation: Mutation):
    """The code object of the changed function, or None when it does not compile as a drop-in."""
    tree = apply(target.node, mutation)
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


class _Swapped:
    """Context manager: every live function of ``target`` runs ``code`` inside the block."""

    def __init__(self, target: _Target, code):
        self.target, self.code = target, code

    def __enter__(self):
        for f in self.target.functions:
            f.__code__ = self.code
        return self

    def __exit__(self, *exc):
        for f in self.target.functions:
            f.__code__ = self.target.code
        return False


def _agrees(ctx, run, ref_outputs, names) -> tuple[bool, float]:
    if run.failure is not None or run.outputs is None or len(run.outputs) < len(names):
        return False, np.inf
    worst = 0.0
    for i, name in enumerate(names):
        o = compare_output(name, i + 1, run.outputs[i], ref_outputs[i], rtol=ctx.rtol, atol=ctx.atol)
        if o.status != "parity":
            return False, np.inf
        worst = max(worst, o.max_rel if np.isfinite(o.max_rel) else 0.0)
    return True, worst


def _distance(run, ref_outputs) -> float:
    """How far a run's outputs are from OCTAVE's: the largest normwise relative difference.

    ``inf`` when the port raised, ``nan`` when an output has another shape (no distance to speak of).
    """
    if run.failure is not None or run.outputs is None:
        return np.inf
    if len(run.outputs) < len(ref_outputs):
        return np.nan
    worst = 0.0
    for b, a in zip(run.outputs, ref_outputs):
        A, B = aligned(a, b)
        if A is None or B is None or A.shape != B.shape:
            return np.nan
        with np.errstate(all="ignore"):
            d = float(np.linalg.norm((B - A).ravel()) / max(float(np.linalg.norm(A.ravel())), 1e-300))
        worst = max(worst, d if np.isfinite(d) else np.inf)
    return worst


def _order(candidates, hints) -> list:
    """Repairs confirmed for an earlier case first, then those whose cause a relation suggests, then the rest."""
    def rank(c):
        if (c[0].code.co_filename, c[1].line, c[1].new_text) in _CONFIRMED:
            return 0
        return 1 if c[1].cause in hints else 2

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
    scope = _scope(direct)
    failing = [s for s in sets if s.status in ("divergence", "port-raised")]
    if scope is None or not failing:
        return [], cost
    raised = [s for s in failing if s.status == "port-raised"]  # a raise is the plainest thing to undo
    screen = min(raised or failing, key=lambda s: sum(int(np.size(v)) for v in s.input_set.values.values()
                                                      if isinstance(v, (np.ndarray, int, float))))
    t0 = time.perf_counter()
    ran = trace_lines(lambda: _direct_call(ctx, direct, screen), scope)
    base_time = max(time.perf_counter() - t0, 1e-3)
    cost["port_calls"] += 1
    if _agrees(ctx, _run(ctx, screen, 60.0), screen.reference.outputs, list(ctx.output_names))[0]:
        return [], cost  # this set agrees when run again: a change that "fixes" it proves nothing
    targets = _targets(ran)
    candidates = []
    for target in targets:
        npn = _numpy_name(target.functions)
        for m in mutations(target.node, target.ran, target.lines, npn):
            candidates.append((target, m))
    cost["candidates"] = len(candidates)
    baseline = {id(s): _distance(s.port, s.reference.outputs) for s in sets}
    found, partial, tried = [], [], set()
    for target, m in _order(candidates, set(hints)):
        if cost["port_calls"] >= max_runs or time.perf_counter() - start > max_seconds:
            break
        key = (target.code.co_filename, m.line, m.new_text)
        if key in tried:
            continue
        tried.add(key)
        repair = _try(ctx, target, m, screen, sets, cost, base_time, baseline)
        if repair is not None and repair.partial is None:
            found.append(repair)
            _CONFIRMED.append(key)
            if len(found) >= 3:
                break
        elif repair is not None:
            partial.append(repair)
    cost["seconds"] = time.perf_counter() - start
    if not found and partial:  # the change that brings PORT closest, where no change brings it all the way
        found = [min(partial, key=lambda r: r.partial[2] / max(r.partial[1], 1e-300) if np.isfinite(r.partial[1])
                     else r.partial[2] * 1e-300)]
    return found, cost


def _try(ctx, target, m, screen, sets, cost, base_time, baseline=None):
    code = _compile(target, m)
    if code is None:
        return None
    names = list(ctx.output_names)
    limit = min(30.0, max(1.0, 20 * base_time))
    with _Swapped(target, code):
        cost["port_calls"] += 1
        run = _run(ctx, screen, limit)
        ok, worst = _agrees(ctx, run, screen.reference.outputs, names)
        if not ok:
            return _partial(ctx, target, m, run, screen, sets, cost, limit, baseline or {})
        for s in sets:
            if s is screen:
                continue
            cost["port_calls"] += 1
            good, w = _agrees(ctx, _run(ctx, s, limit), s.reference.outputs, names)
            if not good:
                return None
            worst = max(worst, w)
    return Repair(m, target.code.co_filename, target.code.co_qualname if hasattr(target.code, "co_qualname")
                  else target.code.co_name, len(sets), worst)


def _partial(ctx, target, m, run, screen, sets, cost, limit, baseline):
    """A :class:`Repair` with ``partial`` set when the change brings PORT much closer on the screen set and no farther
    on any other (called with the change swapped in); else None."""
    before, after = baseline.get(id(screen), np.inf), _distance(run, screen.reference.outputs)
    if not np.isfinite(after):
        return None
    if np.isnan(before):  # it had another shape: only a near-agreement says the change is the mistake
        better = after <= 1e-4
    else:
        better = after * PARTIAL_GAIN <= before or (np.isinf(before) and after < 1.0)
    if not better:
        return None
    for s in sets:
        if s is screen:
            continue
        cost["port_calls"] += 1
        d, b = _distance(_run(ctx, s, limit), s.reference.outputs), baseline.get(id(s), np.inf)
        if np.isnan(d) or (not np.isnan(b) and d > b * 1.01 + 1e-12):
            return None
    return Repair(m, target.code.co_filename, getattr(target.code, "co_qualname", target.code.co_name), len(sets),
                  after, partial=(screen.input_set.name, before, after))


def _direct_call(ctx, func, s):
    """Call ``func`` here, as the port is called on set ``s`` (its lines are what the tracer records)."""
    import copy as _copy

    values = _copy.deepcopy(dict(s.input_set.for_port()))
    port = ctx.port
    rep, roles = getattr(port, "representation", None), getattr(port, "roles", None)
    if rep is not None and roles is not None:
        values = conform(values, roles, rep)
    args, kwargs = ctx.mapping.build_call(values)
    return func(*args, **kwargs)


def _run(ctx, s, limit: float):
    with port_time_limit(limit):
        return ctx.run_port_on(s.input_set.for_port(), s.input_set)
