"""Ports run isolated: a warm child process per port, or a fork per call.

* :class:`PortProcess` -- ``"file.py:func"`` or ``"package.module:func"`` imported
  once in a child (``python -m portcheck.sandbox._child``) and called many times;
  large arrays stay in the child by content key.
* :func:`call_in_fork` -- one call of an in-process callable (a function defined
  inside a test) in a forked child.

Both return a :class:`CallResult`. The deadline is kept by the parent (the child
is asked for its stack, then SIGKILLed with its process group); ``sys.exit``,
``os._exit``, a crash, a hang, a leftover thread, ``MemoryError`` under the
limit or a patched portcheck module in the child are failures of the call, never
of portcheck. Replies are data (tagged JSON and ``.npy`` bytes, see
:mod:`portcheck.sandbox._wire`), never unpickled, and the port's prints come back
in ``CallResult.stdout``/``stderr``, never on the parent's streams.

Names are loaded lazily so that the child, which imports this package, pays for
none of the parent's machinery.
"""
from __future__ import annotations

__all__ = [
    "PortProcess",
    "call_in_fork",
    "CallResult",
    "PortFailure",
    "Unsupported",
    "parse_target",
    "PORT_TIMEOUT",
    "PORT_EXITED",
    "PORT_CRASHED",
    "PORT_MEMORY",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MEMORY_MB",
]

_WHERE = {
    "PortProcess": "process",
    "parse_target": "process",
    "DEFAULT_TIMEOUT": "process",
    "DEFAULT_MEMORY_MB": "process",
    "call_in_fork": "fork",
    "CallResult": "_result",
    "PortFailure": "_result",
    "PORT_TIMEOUT": "_result",
    "PORT_EXITED": "_result",
    "PORT_CRASHED": "_result",
    "PORT_MEMORY": "_result",
    "Unsupported": "_wire",
}


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'portcheck.sandbox' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
