"""Repair probes: change one line of the port, run it again, and see whether it then agrees with Octave.

The port runs in its own process (:mod:`portcheck.sandbox`), so the live part
of a probe happens there, through instrumented calls (:mod:`.child_hooks`).
The port is run once with its executed lines recorded (``sys.settrace``,
only for files under the port's own folder -- never the standard library or
site-packages). For every function of the user's code that ran, the
operators of :mod:`.mutations` propose one-line changes on the lines that ran
(here, from the source files); each changed function is sent as source,
compiled in the port's process and swapped in as the function's code
(``__code__``: every reference to the function sees it, however it was
imported) for one call on an input set that differs, then put back. A changed
port that hangs or crashes is a failed candidate (its worker restarts). A
change that makes the port agree on that set is then run on every input set:
agreeing on all of them confirms the mistake, with the line and the fix in the
port's own names.

The search has a budget (:data:`MAX_RUNS` port calls, :data:`MAX_SECONDS`),
and each call a deadline derived from the port's own time. Changes that match
what the output relations already suggest are tried first.
"""
from __future__ import annotations

import ast
import inspect
import os
import time
import types
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ...compare import compare_output
from ...runner.limits import port_time_limit
from ..finding import Finding
from ..wording import e, g, plural
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


def _scope(port) -> Path | None:
    """The folder whose files are the user's code: the port's folder, or the root of its package."""
    file = getattr(port, "file", None)
    try:
        path = Path(file if isinstance(file, str) else inspect.getsourcefile(port) or "").resolve()
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


def _hook(name: str, params: dict) -> dict:
    """The options of a port call instrumented by :mod:`.child_hooks` (it runs in the port's process)."""
    return {"instrument": {"hook": f"{_HOOKS}:{name}", "params": params}}


_HOOKS = "portcheck.diagnose.generic.child_hooks"


def _ran_records(run) -> list[dict]:
    """The ``lines`` hook's records of a run, checked field by field (they are data from the port's process)."""
    out = []
    for r in ((run.instrument or {}).get("ran") or []) if isinstance(run.instrument, dict) else []:
        if not (isinstance(r, dict) and isinstance(r.get("file"), str) and isinstance(r.get("name"), str)
                and isinstance(r.get("first"), int) and isinstance(r.get("lines"), list)):
            continue
        out.append({"file": r["file"], "name": r["name"], "first": r["first"],
                    "qualname": r["qualname"] if isinstance(r.get("qualname"), str) else r["name"],
                    "free": bool(r.get("free")), "numpy": r["numpy"] if isinstance(r.get("numpy"), str) else None,
                    "lines": {int(x) for x in r["lines"] if isinstance(x, int)}})
    return out


def _function_node(tree, name: str, first: int):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            top = min([node.lineno] + [d.lineno for d in node.decorator_list])
            if top == first and not node.decorator_list:
                return node
    return None


@dataclass
class _Target:
    """One function of the user's code that ran (in the port's process): its node, its file lines, what ran."""

    file: str
    name: str
    first: int
    qualname: str
    numpy: str | None
    node: ast.AST
    lines: list
    ran: set


def _targets(records: list[dict]) -> list[_Target]:
    out, trees = [], {}
    for r in records:
        if r["free"] or r["name"].startswith("<"):
            continue
        path = r["file"]
        if path not in trees:
            try:
                text = Path(path).read_text()
                trees[path] = (ast.parse(text), text.splitlines())
            except (OSError, SyntaxError, ValueError):
                trees[path] = None
        if trees[path] is None:
            continue
        node = _function_node(trees[path][0], r["name"], r["first"])
        if node is not None:
            out.append(_Target(path, r["name"], r["first"], r["qualname"], r["numpy"], node, trees[path][1], r["lines"]))
    return out


def _changed_source(target: _Target, mutation: Mutation) -> str | None:
    """The changed function's source, padded so that its ``def`` keeps its line; None when it does not compile as
    a drop-in (checked here, compiled again in the port's process)."""
    tree = apply(target.node, mutation)
    try:
        text = ast.unparse(tree)
        compiled = compile("\n" * (target.first - 1) + text, target.file, "exec")
    except (SyntaxError, ValueError, TypeError, RecursionError):
        return None
    for const in compiled.co_consts:
        if isinstance(const, types.CodeType) and const.co_name == target.name:
            return None if const.co_freevars else "\n" * (target.first - 1) + text
    return None


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
        if (c[0].file, c[1].line, c[1].new_text) in _CONFIRMED:
            return 0
        return 1 if c[1].cause in hints else 2

    return sorted(candidates, key=rank)  # stable: source order within a rank


def search_repairs(ctx, sets, hints=(), *, max_runs: int = MAX_RUNS, max_seconds: float = MAX_SECONDS):
    """Confirmed one-line repairs of the port for the usable ``sets`` (SetResults), and what the search cost.

    Returns ``(repairs, {"port_calls": n, "seconds": s, "candidates": k})``. Empty when the
    port's source is not a file of the user's, or every set already agrees.
    """
    start = time.perf_counter()
    cost = {"port_calls": 0, "seconds": 0.0, "candidates": 0}
    scope = _scope(ctx.port)
    failing = [s for s in sets if s.status in ("divergence", "port-raised")]
    if scope is None or not failing:
        return [], cost
    raised = [s for s in failing if s.status == "port-raised"]  # a raise is the plainest thing to undo
    screen = min(raised or failing, key=lambda s: sum(int(np.size(v)) for v in s.input_set.values.values()
                                                      if isinstance(v, (np.ndarray, int, float))))
    traced = _run(ctx, screen, 60.0, _hook("lines", {"scope": str(scope)}))
    t0 = time.perf_counter()
    again = _run(ctx, screen, 60.0)
    base_time = max(time.perf_counter() - t0, 1e-3)
    cost["port_calls"] += 2
    if _agrees(ctx, again, screen.reference.outputs, list(ctx.output_names))[0]:
        return [], cost  # this set agrees when run again: a change that "fixes" it proves nothing
    candidates = []
    for target in _targets(_ran_records(traced)):
        for m in mutations(target.node, target.ran, target.lines, target.numpy):
            candidates.append((target, m))
    cost["candidates"] = len(candidates)
    baseline = {id(s): _distance(s.port, s.reference.outputs) for s in sets}
    found, partial, tried = [], [], set()
    for target, m in _order(candidates, set(hints)):
        if cost["port_calls"] >= max_runs or time.perf_counter() - start > max_seconds:
            break
        key = (target.file, m.line, m.new_text)
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
    source = _changed_source(target, m)
    if source is None:
        return None
    options = _hook("patched", {"file": target.file, "name": target.name, "first": target.first,
                                "qualname": target.qualname, "source": source})
    names = list(ctx.output_names)
    limit = min(30.0, max(1.0, 20 * base_time))
    cost["port_calls"] += 1
    run = _run(ctx, screen, limit, options)
    ok, worst = _agrees(ctx, run, screen.reference.outputs, names)
    if not ok:
        return _partial(ctx, target, m, run, screen, sets, cost, limit, baseline or {}, options)
    for s in sets:
        if s is screen:
            continue
        cost["port_calls"] += 1
        good, w = _agrees(ctx, _run(ctx, s, limit, options), s.reference.outputs, names)
        if not good:
            return None
        worst = max(worst, w)
    return Repair(m, target.file, target.qualname, len(sets), worst)


def _partial(ctx, target, m, run, screen, sets, cost, limit, baseline, options):
    """A :class:`Repair` with ``partial`` set when the change brings PORT much closer on the screen set and no farther
    on any other (every run with the change, ``options``); else None."""
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
        d, b = _distance(_run(ctx, s, limit, options), s.reference.outputs), baseline.get(id(s), np.inf)
        if np.isnan(d) or (not np.isnan(b) and d > b * 1.01 + 1e-12):
            return None
    return Repair(m, target.file, target.qualname, len(sets), after, partial=(screen.input_set.name, before, after))


def _run(ctx, s, limit: float, options: dict | None = None):
    """The port on set ``s`` in its own process (a change or a recorder in ``options``); a hang or a crash is a
    failed run (the worker restarts)."""
    with port_time_limit(limit):
        return ctx.run_port_on(s.input_set.for_port(), s.input_set, options=options)
