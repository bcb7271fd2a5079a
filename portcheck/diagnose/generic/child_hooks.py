"""The repair probes' side inside the port's process: hooks of instrumented calls (see :mod:`portcheck.sandbox._instrument`).

The port runs in a child process, so what :mod:`.repair` needs of a live run
happens there, through two hooks named in the call's options:

``lines``    params ``{"scope": folder}``: record which lines of the user's files ran
             (``sys.settrace``); sink ``ran``: one record per function code object
             that ran (``file``, ``name``, ``first``, ``qualname``, ``free``: it has
             free variables, ``numpy``: the name bound to NumPy in its globals,
             ``lines``: sorted).
``patched``  params ``{"file", "name", "first", "qualname", "source"}``: compile the
             changed function's ``source`` (padded so its ``def`` keeps its line),
             swap it in as the ``__code__`` of every live function with that code
             (file, name, first line) for the call, and put the code back in a
             ``finally``; sink ``swapped``: how many functions ran the change.

Only the standard library and NumPy: the child imports this module by name.
"""
from __future__ import annotations

import gc
import os
import sys
import types

__all__ = ["lines", "patched"]


def _numpy_name(f_globals) -> str | None:
    np = sys.modules.get("numpy")
    if np is None:
        return None
    for name, value in list(f_globals.items()):
        if value is np:
            return name
    return None


def lines(params, sink: dict):
    """An invoke that records ``{code: lines}`` for frames in files under ``params["scope"]`` (see module)."""
    root = os.path.abspath(str(params["scope"])) + os.sep
    ran: dict = {}
    globs: dict = {}
    inside_cache: dict = {}

    def inside(code) -> bool:
        hit = inside_cache.get(code.co_filename)
        if hit is None:
            name = os.path.abspath(code.co_filename)
            hit = inside_cache[code.co_filename] = name.startswith(root) and "site-packages" not in name
        return hit

    def local(frame, event, arg):
        if event == "line":
            ran.setdefault(frame.f_code, set()).add(frame.f_lineno)
        return local

    def tracer(frame, event, arg):
        if event == "call" and inside(frame.f_code):
            ran.setdefault(frame.f_code, set()).add(frame.f_lineno)
            globs.setdefault(frame.f_code, frame.f_globals)
            return local
        return None

    def invoke(func, args, kwargs):
        previous = sys.gettrace()
        sys.settrace(tracer)
        try:
            return func(*args, **kwargs)
        finally:  # the port may raise: the lines up to the raise count
            sys.settrace(previous)
            sink["ran"] = [{"file": code.co_filename, "name": code.co_name, "first": code.co_firstlineno,
                            "qualname": getattr(code, "co_qualname", code.co_name), "free": bool(code.co_freevars),
                            "numpy": _numpy_name(globs.get(code, {})), "lines": sorted(seen)}
                           for code, seen in ran.items()]

    return invoke


#: Live functions found so far, by (file, name, first line): a warm worker is asked about the same few
#: functions for every candidate, and a scan of every object costs ~0.1 s.
_LIVE: dict = {}


def _matches(f, file: str, name: str, first: int) -> bool:
    code = f.__code__
    return code.co_name == name and code.co_firstlineno == first and code.co_filename == file


def _live(file: str, name: str, first: int) -> list:
    """The functions of this process whose code is the function at ``file:first`` named ``name``."""
    key = (file, name, first)
    known = [f for f in _LIVE.get(key, ()) if _matches(f, file, name, first)]
    if not known:
        known = [f for f in gc.get_objects() if type(f) is types.FunctionType and _matches(f, file, name, first)]
        _LIVE[key] = known
    return known


def _changed_code(params, original):
    compiled = compile(params["source"], params["file"], "exec")
    for const in compiled.co_consts:
        if isinstance(const, types.CodeType) and const.co_name == params["name"]:
            if const.co_freevars != original.co_freevars:
                raise ValueError("the changed function closes over other names")
            return const.replace(co_qualname=original.co_qualname) if hasattr(const, "co_qualname") else const
    raise ValueError(f"the changed source defines no function {params['name']!r}")


def patched(params, sink: dict):
    """An invoke that runs the port with one function's code changed (see module); raises LookupError when the
    function is not live in this process (the candidate then fails, as a port that raised)."""
    sink["swapped"] = 0

    def invoke(func, args, kwargs):
        functions = _live(params["file"], params["name"], int(params["first"]))
        if not functions:
            raise LookupError(f"no live function {params['name']!r} at {params['file']}:{params['first']}")
        originals = [f.__code__ for f in functions]
        code = _changed_code(params, originals[0])
        try:
            for f in functions:
                f.__code__ = code
            sink["swapped"] = len(functions)
            return func(*args, **kwargs)
        finally:
            for f, c in zip(functions, originals):
                f.__code__ = c

    return invoke
