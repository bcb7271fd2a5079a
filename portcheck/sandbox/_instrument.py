"""Instrumented calls: one of portcheck's own hooks wraps the port's call inside the child.

A call with ``options={"instrument": {"hook": "portcheck.<module>:<function>",
"params": {...}}}`` runs the port the usual way, except that the child imports
the hook *by name* (only modules under ``portcheck.``; anything else is
refused), calls ``hook(params, sink)`` and uses the ``invoke(func, args,
kwargs)`` it returns in place of a plain call. After the call -- also when the
port raised -- ``sink`` (a dict the hook filled with plain data: str, numbers,
lists, dicts, NumPy arrays) is encoded with the same wire encoder as the value
and comes back as the reply's ``instrument``; the parent decodes it as data
(never unpickled) into ``CallResult.instrument``.

This keeps the instrumented run (``sys.settrace`` recorders, a function's code
swapped for a changed one) where the port is, without the sandbox knowing the
layers that write hooks: it imports no hook module itself.
"""
from __future__ import annotations

import importlib

__all__ = ["check", "load", "record_call", "PREFIX"]

#: The only modules a hook may come from.
PREFIX = "portcheck."


def check(spec) -> dict:
    """``spec`` as ``{"hook": str, "params": ...}``; ValueError naming the rule when it is not one.

    Parameters
    ----------
    spec : dict
        ``{"hook": "portcheck.<module>:<function>", "params": plain data}``.
    """
    if not isinstance(spec, dict):
        raise ValueError(f"instrument={spec!r}: expected a dict {{'hook': 'portcheck.<module>:<function>', 'params': ...}}")
    hook = spec.get("hook")
    module, sep, name = hook.partition(":") if isinstance(hook, str) else ("", "", "")
    if not (sep and module.startswith(PREFIX) and all(p.isidentifier() for p in module.split("."))
            and name.isidentifier()):
        raise ValueError(f"instrument hook={hook!r}: refused; a hook is a function of portcheck's own modules, "
                         "written 'portcheck.<module>:<function>'")
    return {"hook": hook, "params": spec.get("params")}


def load(spec, sink: dict):
    """In the child: import the hook named in ``spec`` and return the ``invoke`` it makes for ``sink``."""
    spec = check(spec)
    module, _, name = spec["hook"].partition(":")
    hook = getattr(importlib.import_module(module), name, None)
    if not callable(hook):
        raise ValueError(f"instrument hook={spec['hook']!r}: {module} has no function {name!r}")
    invoke = hook(spec["params"], sink)
    if not callable(invoke):
        raise TypeError(f"instrument hook={spec['hook']!r} returned {type(invoke).__name__}, not an invoke function")
    return invoke


def record_call(params, sink: dict):
    """A hook that keeps what the port was given and what it gave back: ``sink["params"]``, ``["args"]``,
    ``["kwargs"]`` (copies taken before the call), ``["value"]`` or ``["raised"]`` (the exception's type name).

    The smallest instrumented call: it shows a sink's round trip (the tests use it).
    """
    from ._runtime import _fresh

    def invoke(func, args, kwargs):
        sink["params"] = params
        sink["args"], sink["kwargs"] = [_fresh(a) for a in args], {k: _fresh(v) for k, v in kwargs.items()}
        try:
            sink["value"] = func(*args, **kwargs)
        except BaseException as exc:
            sink["raised"] = type(exc).__name__
            raise
        return sink["value"]

    return invoke
