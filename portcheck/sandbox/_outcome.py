"""From what the parent saw of a child (an :class:`~._channel.Outcome`) to a :class:`CallResult`.

Only the parent decides what happened: a reply is decoded as data and checked
field by field; a missing reply is explained from the child's exit status and
the stack it left on the stack pipe.
"""
from __future__ import annotations

import signal

from . import _locate, _wire
from ._channel import Outcome
from ._result import PORT_CRASHED, PORT_EXITED, PORT_TIMEOUT, CallResult, PortFailure

__all__ = ["call_result", "failure_without_reply", "timeout_failure", "mutated_names", "shim_notes", "load_failure", "missing_module"]

_SIGNAL_TEXT = {
    signal.SIGSEGV: "segmentation fault",
    signal.SIGBUS: "bus error",
    signal.SIGFPE: "floating-point exception",
    signal.SIGILL: "illegal instruction",
    signal.SIGABRT: "abort",
}
_OS_EXIT_MARK = "portcheck: os._exit called with status "


def _text(value, limit: int) -> str | None:
    return None if value is None else str(value)[:limit]


def failure_from_fields(fields) -> PortFailure:
    """A PortFailure from the child's fields, each checked and bounded (they are data from the port's process)."""
    if not isinstance(fields, dict):
        raise _wire.WireError("failure is not an object")
    line = fields.get("line")
    if line is not None and (not isinstance(line, int) or isinstance(line, bool)):
        raise _wire.WireError("failure line is not an int")
    for key in ("type", "message", "traceback"):
        if not isinstance(fields.get(key), str):
            raise _wire.WireError(f"failure {key} is not a str")
    for key in ("file", "source"):
        if fields.get(key) is not None and not isinstance(fields[key], str):
            raise _wire.WireError(f"failure {key} is not a str")
    return PortFailure(type=fields["type"][:200], message=fields["message"][:4000], file=_text(fields.get("file"), 4096),
                       line=line, source=_text(fields.get("source"), 1000), traceback=fields["traceback"][:200_000])


def _dump_failure(type_name: str, message: str, outcome: Outcome, main_ident: int | None, *,
                  where_in_message: bool) -> PortFailure:
    frames, _title = _locate.parse_dump(outcome.stack, main_ident)
    loc = _locate.located(frames)
    loop = None
    if where_in_message:
        header = _locate.enclosing_loop(loc["file"], loc["line"])
        loop = _locate.where(loc["file"], header[0], header[1] or None) if header else None
        inside = f", in the loop at {loop}" if loop else ""
        message = f"{message} (stopped at {_locate.where(loc['file'], loc['line'], loc['source'])}{inside})"
    tb = (loc["traceback"] + "\n" if frames else "") + f"{type_name}: {message}"
    return PortFailure(type_name, message, loc["file"], loc["line"], loc["source"], tb, loop)


def timeout_failure(outcome: Outcome, timeout: float, main_ident: int | None) -> PortFailure:
    """``did not return within 2 s (stopped at port.py:14: while True:)``."""
    return _dump_failure(PORT_TIMEOUT, f"did not return within {timeout:g} s", outcome, main_ident, where_in_message=True)


def failure_without_reply(outcome: Outcome, timeout: float, main_ident: int | None) -> PortFailure:
    """The failure for an outcome that is not a reply: timeout, exit, crash or a broken channel."""
    if outcome.status == "timeout":
        return timeout_failure(outcome, timeout, main_ident)
    if outcome.status == "broken":
        return PortFailure(PORT_CRASHED, f"sent a reply portcheck cannot read ({outcome.error})", None, None, None,
                           f"{PORT_CRASHED}: sent a reply portcheck cannot read ({outcome.error})")
    code = outcome.exit
    if code is None:
        message = "closed portcheck's channel to its process without returning"
        return PortFailure(PORT_CRASHED, message, None, None, None, f"{PORT_CRASHED}: {message}")
    if code >= 0:
        first = outcome.stack.lstrip().splitlines()[0] if outcome.stack.strip() else ""
        if first.startswith(_OS_EXIT_MARK):
            status = first[len(_OS_EXIT_MARK):].strip()
            return _dump_failure(PORT_EXITED, f"called os._exit({status})", outcome, None, where_in_message=False)
        return _dump_failure(PORT_EXITED, f"ended its process with exit status {code} without returning", outcome, None,
                             where_in_message=False)
    signum = -code
    try:
        name = signal.Signals(signum).name
    except ValueError:
        name = f"signal {signum}"
    if signum == signal.SIGKILL:
        message = "was killed by SIGKILL from outside portcheck (the system may have run out of memory)"
        return _dump_failure(PORT_CRASHED, message, outcome, main_ident, where_in_message=False)
    text = _SIGNAL_TEXT.get(signum)
    message = f"crashed with {name}" + (f" ({text})" if text else "")
    return _dump_failure(PORT_CRASHED, message, outcome, main_ident, where_in_message=False)


def mutated_names(mutated, nargs: int, kwarg_keys: list, names) -> tuple[str, ...]:
    """Names of written-into arguments: ``names`` by position, then keyword arguments in order."""
    if not isinstance(mutated, dict):
        raise _wire.WireError("mutated is not an object")
    names = list(names)
    out = []
    for i in mutated.get("args", []):
        if not isinstance(i, int) or not 0 <= i < nargs:
            raise _wire.WireError("bad mutated index")
        out.append(names[i] if i < len(names) else f"args[{i}]")
    for k in mutated.get("kwargs", []):
        if k not in kwarg_keys:
            raise _wire.WireError("bad mutated keyword")
        j = nargs + kwarg_keys.index(k)
        out.append(names[j] if j < len(names) else k)
    return tuple(out)


def shim_notes(raw) -> tuple:
    """The worker's shim notes, checked and bounded: ``({"id", "what", "file", "line"}, ...)``."""
    out = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not isinstance(item.get("what"), str):
            continue
        line = item.get("line")
        out.append({"id": item["id"][:40], "what": item["what"][:200],
                    "file": item["file"][:4096] if isinstance(item.get("file"), str) else None,
                    "line": line if isinstance(line, int) and not isinstance(line, bool) else None})
    return tuple(out[:200])


def load_failure(fields) -> PortFailure | None:
    """The exception that stopped an import, as a PortFailure (None when the worker sent none)."""
    try:
        return failure_from_fields(fields)
    except _wire.WireError:
        return None


def missing_module(fields) -> str | None:
    """The module an ImportError could not find (``"ex2"`` of ``from ex2.sigmoid import sigmoid``)."""
    name = fields.get("name") if isinstance(fields, dict) else None
    return name[:200] if isinstance(name, str) and all(p.isidentifier() for p in name.split(".")) else None


def _after(raw, blobs, nargs: int, kwarg_keys: list) -> dict | None:
    if not isinstance(raw, dict):
        return None
    out = {"args": {}, "kwargs": {}}
    for pair in raw.get("args") or []:
        if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], int) and 0 <= pair[0] < nargs:
            out["args"][pair[0]] = _wire.decode_value(pair[1], blobs, allow_pickle=False)
    for pair in raw.get("kwargs") or []:
        if isinstance(pair, list) and len(pair) == 2 and pair[0] in kwarg_keys:
            out["kwargs"][pair[0]] = _wire.decode_value(pair[1], blobs, allow_pickle=False)
    return out


def _shapes(raw) -> tuple | None:
    """A shape trace's events ``(file, line, kind, name, shape)``, checked and bounded."""
    if not isinstance(raw, list):
        return None
    out = []
    for e in raw[:5000]:
        if (isinstance(e, list) and len(e) == 5 and isinstance(e[0], str) and isinstance(e[1], int)
                and e[2] in ("=", "op", "wrap") and isinstance(e[3], str) and isinstance(e[4], list)
                and all(isinstance(d, int) and not isinstance(d, bool) for d in e[4])):
            out.append((e[0][:4096], e[1], e[2], e[3][:200], tuple(e[4])))
    return tuple(out)


def _sink(raw, blobs) -> dict | None:
    """An instrumented call's sink, decoded as data (None when absent or unreadable: the call still counts)."""
    if raw is None:
        return None
    try:
        sink = _wire.decode_value(raw, blobs, allow_pickle=False)
    except (_wire.WireError, RecursionError, ValueError, TypeError):
        return None
    return sink if isinstance(sink, dict) else None


def call_result(outcome: Outcome, *, timeout: float, main_ident: int | None, nargs: int, kwarg_keys: list,
                names=()) -> CallResult:
    """The CallResult of a finished exchange (``need`` replies are handled by the caller)."""
    streams = {"stdout": outcome.stdout, "stderr": outcome.stderr}
    if outcome.status != "reply":
        return CallResult(None, failure_without_reply(outcome, timeout, main_ident), (), 0.0, **streams)
    header = outcome.header
    try:
        status = header.get("status")
        if status == "error":
            message = f"the worker failed: {_text(header.get('message'), 2000)}"
            tb = _text(header.get("traceback"), 20000) or ""
            return CallResult(None, PortFailure(PORT_CRASHED, message, None, None, None, f"{tb}\n{PORT_CRASHED}: {message}"),
                              (), 0.0, **streams)
        seconds = header.get("seconds")
        if not isinstance(seconds, (int, float)) or isinstance(seconds, bool):
            raise _wire.WireError("seconds is not a number")
        mutated = mutated_names(header.get("mutated", {}), nargs, kwarg_keys, names)
        extra = {"after": _after(header.get("after"), outcome.blobs, nargs, kwarg_keys),
                 "shims": shim_notes(header.get("shims")), "shapes": _shapes(header.get("shape_trace")),
                 "instrument": _sink(header.get("instrument"), outcome.blobs)}
        if status == "failed":
            return CallResult(None, failure_from_fields(header.get("failure")), mutated, float(seconds), **streams,
                              **extra)
        if status != "ok":
            raise _wire.WireError(f"unknown status {status!r}")
        kinds = header.get("kinds", [])
        if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
            raise _wire.WireError("kinds is not a list of str")
        value = _wire.decode_value(header.get("value"), outcome.blobs, allow_pickle=False)
    except (_wire.WireError, RecursionError, ValueError, TypeError) as exc:
        broken = Outcome("broken", error=str(exc)[:200])
        return CallResult(None, failure_without_reply(broken, timeout, main_ident), (), 0.0, **streams)
    return CallResult(value, None, mutated, float(seconds), kinds=tuple(k[:500] for k in kinds[:100]), **streams,
                      **extra)
