"""The repair search where a port's code may be changed: a fork of portcheck with the port's module imported in it.

Every port runs in the sandbox (:mod:`portcheck.runner.port`): a warm worker
holds its module, and portcheck's own process never imports it. A repair probe
(:mod:`.repair`) must change the port's functions and record the lines that
ran, so the whole search runs in one forked child of portcheck
(:func:`portcheck.sandbox.call_in_fork`, with its deadline kept from outside):
the child imports the port's module as the worker did, records the lines of one
direct call, and calls each changed port in a fork of its own (so a change that
hangs or crashes the port costs that call only). What comes back is data --
the line, the change and the numbers of each repair -- never code.
"""
from __future__ import annotations

import dataclasses
import importlib
import math
import os
import sys

from .mutations import Mutation

__all__ = ["local_function", "run_isolated"]

#: Seconds the child may take beyond the search's own budget (imports, tracing, the last calls).
MARGIN = 30.0


def local_function(port):
    """The port's function imported into this process (the fork), or None when it cannot be.

    ``port`` is a :class:`portcheck.runner.Port`: a worker's file or module is
    imported as the worker imports it; a fork port already holds its function.
    """
    core = getattr(port, "_core", None)
    if core is None:
        return port if hasattr(port, "__code__") else None
    func = getattr(core, "func", None)
    if func is not None:
        return func
    target = getattr(core, "target", None)
    if target is None:
        return None
    # as the worker imports it: the file's own folder first (a script's sibling modules), then the found roots
    own = [os.path.dirname(target.path)] if target.path is not None else []
    for folder in reversed([*own, *getattr(core, "sys_path", ())]):
        if folder not in sys.path:
            sys.path.insert(0, folder)
    shims = tuple(getattr(core, "shims", ()))
    if shims:  # the process-wide ones too (pandas' .as_matrix, np.float ...): this is the fork, as the worker was
        from ...sandbox._shims import install

        install(shims)
    if target.path is not None:
        from ...sandbox._child import _import_file

        module = _import_file(target.path, shims)
    else:
        module = importlib.import_module(target.module)
    found = getattr(module, target.func, None)
    return found if callable(found) and hasattr(found, "__code__") else None


def _encode(repairs, cost, confirmed) -> dict:
    """Repairs as plain data for the wire (non-finite numbers as text)."""
    num = lambda x: repr(float(x))
    out = []
    for r in repairs:
        m = r.mutation
        out.append({"cause": m.cause, "index": m.index, "line": m.line, "old": m.old_text, "new": m.new_text,
                    "file": r.file, "function": r.function, "sets": r.sets, "worst": num(r.worst),
                    "partial": None if r.partial is None else [r.partial[0], num(r.partial[1]), num(r.partial[2])],
                    "agreed": list(r.data.get("agreed", ())), "finite": bool(r.data.get("finite")),
                    "remaining": [[name, on, [str(x) for x in rel]] for name, on, rel in r.data.get("_remaining") or ()],
                    "together": [{"cause": o.cause, "index": o.index, "line": o.line, "old": o.old_text, "new": o.new_text,
                                  "file": f, "function": fn} for o, f, fn in r.together]})
    return {"repairs": out, "cost": {k: float(v) for k, v in cost.items()}, "confirmed": [list(k) for k in confirmed]}


def _decode(value, repair_class):
    repairs = []
    for d in value["repairs"]:
        m = Mutation(d["cause"], int(d["index"]), None, int(d["line"]), d["old"], d["new"])
        partial = None if d["partial"] is None else (d["partial"][0], float(d["partial"][1]), float(d["partial"][2]))
        data = {"agreed": list(d["agreed"])} if d.get("agreed") else {}
        if d.get("finite"):
            data["finite"] = True
        if d.get("remaining"):
            data["_remaining"] = [(name, on, tuple(rel)) for name, on, rel in d["remaining"]]
        together = tuple((Mutation(o["cause"], int(o["index"]), None, int(o["line"]), o["old"], o["new"]), o["file"],
                          o["function"]) for o in d.get("together", ()))
        repairs.append(repair_class(m, d["file"], d["function"], int(d["sets"]), float(d["worst"]), data, partial,
                                    together))
    cost = {k: (int(v) if k != "seconds" else v) for k, v in value["cost"].items()}
    return repairs, cost, [tuple(k) for k in value["confirmed"]]


def run_isolated(search, ctx, sets, hints, *, max_runs: int, max_seconds: float, repair_class, confirmed: list):
    """``search(ctx', sets, hints, ...)`` in a forked child where ``ctx'.port`` runs the port's own code here.

    Returns ``(repairs, cost)``; nothing (and the cost so far) when the child
    cannot import the port, fails or runs out of time.
    """
    from ...runner.port import Port, _ForkCore
    from ...sandbox import call_in_fork

    def job():
        func = local_function(ctx.port)
        if func is None:
            return None
        port = ctx.port
        here = Port(_ForkCore(func), getattr(port, "label", ""), getattr(port, "roles", None),
                    getattr(port, "representation", None))
        local = dataclasses.replace(ctx, port=here)
        before = len(confirmed)
        repairs, cost = search(local, sets, hints, max_runs=max_runs, max_seconds=max_seconds, direct=func)
        return _encode(repairs, cost, confirmed[before:])

    result = call_in_fork(job, (), {}, timeout=max_seconds + MARGIN)
    empty = {"port_calls": 0, "seconds": 0.0, "candidates": 0}
    if result.failure is not None or not isinstance(result.value, dict):
        return [], empty
    try:
        repairs, cost, keys = _decode(result.value, repair_class)
    except (KeyError, TypeError, ValueError):
        return [], empty
    confirmed.extend(k for k in keys if k not in confirmed)
    if not all(math.isfinite(float(v)) for v in cost.values()):
        cost = empty
    return repairs, cost
