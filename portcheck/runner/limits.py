"""The time limit on every call of a port, the ports that already ran out of it, and their workers.

A port runs under a time limit (``--timeout``, default :data:`DEFAULT_PORT_TIMEOUT`).
The CLI wraps a whole command in :func:`port_time_limit`; within one such block a
port that timed out once is not called again (each further call would cost the
full limit): its later runs report the first timeout. The ports' worker
processes started inside a block end with it: no command leaves a process behind.
"""
from __future__ import annotations

import contextlib
import contextvars

__all__ = ["DEFAULT_PORT_TIMEOUT", "port_time_limit", "limit_seconds", "current_limit", "Limit", "register_port"]

#: Seconds one call of the port may take (the same default as an Octave call).
DEFAULT_PORT_TIMEOUT = 120.0


class Limit:
    """The time limit in force and the ports (by ``id``) that already timed out under it."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.timed_out: dict = {}
        self.ports: list = []  # workers started in the block, closed at its end

    def close_ports(self) -> None:
        ports, self.ports = self.ports, []
        for port in ports:
            try:
                port.close()
            except Exception:  # pragma: no cover - close never raises; be sure
                pass


_LIMIT: contextvars.ContextVar[Limit | None] = contextvars.ContextVar("portcheck_port_limit", default=None)


@contextlib.contextmanager
def port_time_limit(seconds: float | None):
    """Run the ports called inside the block under ``seconds`` each (None: the default).

    Inside the block, a port that timed out once is reported as timed out on
    later calls without being called again.
    """
    limit = Limit(seconds)
    token = _LIMIT.set(limit)
    try:
        yield limit
    finally:
        _LIMIT.reset(token)
        limit.close_ports()


def current_limit() -> Limit | None:
    """The :class:`Limit` of the innermost :func:`port_time_limit` block, or None outside any."""
    return _LIMIT.get()


def limit_seconds(timeout: float | None) -> float:
    """``timeout`` if given, else the enclosing block's limit, else :data:`DEFAULT_PORT_TIMEOUT`."""
    if timeout:
        return float(timeout)
    limit = _LIMIT.get()
    return float(limit.seconds) if limit is not None and limit.seconds else DEFAULT_PORT_TIMEOUT


def register_port(port) -> None:
    """Close ``port`` (anything with ``close()``) at the end of the innermost :func:`port_time_limit` block."""
    limit = _LIMIT.get()
    if limit is not None:
        limit.ports.append(port)
