"""Environment drift: which shim a port's failure asks for, decided in the parent.

A port written for Python 2, NumPy 1 or pandas 0.x fails on today's stack
before its real bugs can be seen. When a port's import or call fails in a way
that one shim of :mod:`portcheck.sandbox._shims` cures, the worker is started
again with that shim and the call repeated -- once per shim, only when the port
needs it. Each shim applied becomes an *event* kept on the port
(:attr:`portcheck.runner.Port.drift`): its id, what triggered it (the failure,
with its file and line), where the shim then acted, and whether it cured the
failure. :mod:`portcheck.diagnose.drift` turns the events into findings.

A module the port imports from its own repository (``from ex2.sigmoid import
sigmoid``) is found by putting the nearest ancestor folder that holds it on
``sys.path``, as the repository's own driver script would run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Fix", "Shim", "load_fix", "call_fix", "cured", "add_notes", "DRIFT_IDS"]

#: Finding ids of environment drift (one per shim, and the repository import).
DRIFT_IDS = ("python2", "pandas-removed-api", "numpy-removed-alias", "numpy2-scalar", "ragged-array", "repo-import")

_PY2_NAMES = "xrange|raw_input|unicode|long|basestring|reduce|unichr"
_PATTERNS = (
    ("python2", "NameError", re.compile(rf"name '({_PY2_NAMES})' is not defined")),
    ("python2", "AttributeError", re.compile(r"'dict' object has no attribute '(iteritems|itervalues|iterkeys|has_key)'")),
    ("pandas-removed-api", "AttributeError", re.compile(r"'(DataFrame|Series)' object has no attribute '(as_matrix|ix)'")),
    ("numpy-removed-alias", "AttributeError",
     re.compile(r"module 'numpy' has no attribute '(float|int|bool|object|complex|str|long|unicode)'")),
    ("numpy2-scalar", "TypeError", re.compile(r"only (0-dimensional|length-1|size-1) arrays can be converted")),
    ("numpy-removed-alias", "TypeError", re.compile(r"order must be str, not (int|bool)")),
    ("ragged-array", "ValueError", re.compile(r"inhomogeneous shape")),
)
#: Folders above the port's own searched for a package it imports.
_MAX_ANCESTORS = 6


@dataclass(frozen=True)
class Shim:
    """A shim to apply, and the event that records why."""

    id: str
    event: dict


@dataclass(frozen=True)
class Fix:
    """A load to retry: with these shims and this ``sys.path``."""

    shims: tuple
    sys_path: tuple
    event: dict


def _event(shim: str, failure, what: str) -> dict:
    trigger = ""
    if failure is not None:  # "SyntaxError: Missing parentheses ... at port.py:38" (Python's own "(file, line n)" dropped)
        trigger = failure.headline() if failure.type != "SyntaxError" else \
            f"{failure.type}: {re.sub(r' [(][^()]*, line [0-9]+[)]$', '', failure.message)}" + \
            (f" at {failure.place}" if failure.file else "")
    return {"id": shim, "what": what, "file": getattr(failure, "file", None), "line": getattr(failure, "line", None),
            "source": getattr(failure, "source", None), "trigger": trigger, "cured": None}


def call_fix(failure, shims) -> Shim | None:
    """The shim that cures ``failure`` (a PortFailure), if it is not applied yet."""
    if failure is None:
        return None
    for shim, kind, pattern in _PATTERNS:
        m = pattern.search(failure.message or "")
        if failure.type == kind and m and shim not in shims:
            return Shim(shim, _event(shim, failure, _what(shim, m)))
    return None


def _what(shim: str, m) -> str:
    if shim == "python2":
        return m.group(1) if m.group(1) in _PY2_NAMES.split("|") else f".{m.group(1)}()"
    if shim == "pandas-removed-api":
        return f".{m.group(2)}" + ("()" if m.group(2) == "as_matrix" else "")
    if shim == "numpy-removed-alias":
        return "an int order (flatten(1))" if m.group(1) in ("int", "bool") else f"np.{m.group(1)}"
    if shim == "numpy2-scalar":
        return "float()/int() of a size-1 array"
    return "np.array of ragged lists"


def load_fix(err, target, shims, sys_path) -> Fix | None:
    """How to retry a load that failed with ``err`` (a PortLoadError), or None when no shim cures it."""
    failure = getattr(err, "failure", None)
    if failure is None:
        return None
    if failure.type in ("SyntaxError", "TabError", "IndentationError") and "python2" not in shims:
        if failure.type == "SyntaxError":
            what = "print statement" if "print" in (failure.message or "") else "Python 2 syntax"
            return Fix(tuple(shims) + ("python2",), tuple(sys_path), _event("python2", failure, what))
        return None
    missing = getattr(err, "missing_module", None)
    if failure.type == "ModuleNotFoundError" and missing and target.kind == "file":
        folder = _repository_root(Path(target.path).parent, missing.split(".")[0], sys_path)
        if folder is not None:
            event = _event("repo-import", failure, f"import {missing}")
            event["folder"] = str(folder)
            return Fix(tuple(shims), tuple(sys_path) + (str(folder),), event)
        return None
    shim = call_fix(failure, shims)
    if shim is not None:
        return Fix(tuple(shims) + (shim.id,), tuple(sys_path), shim.event)
    return None


def _repository_root(folder: Path, top: str, sys_path) -> Path | None:
    """The nearest folder above ``folder`` holding package or module ``top`` (not already on sys_path)."""
    for anc in list(folder.resolve().parents)[:_MAX_ANCESTORS]:
        if str(anc) in sys_path or anc == Path(anc.anchor):
            continue
        if (anc / top).is_dir() or (anc / f"{top}.py").is_file():
            return anc
    return None


def cured(after, before) -> bool:
    """Did the shim cure ``before``: the call now succeeds, or fails otherwise (another type or line)?"""
    if after is None:
        return True
    return (after.type, after.line, after.message) != (before.type, before.line, before.message)


def add_notes(events: list, notes) -> None:
    """Merge the worker's notes (where a shim acted) into the events, once per shim, what and line."""
    seen = {(e["id"], e.get("what"), e.get("file"), e.get("line")) for e in events}
    for n in notes or ():
        key = (n["id"], n["what"], n.get("file"), n.get("line"))
        if key not in seen:
            seen.add(key)
            events.append({"id": n["id"], "what": n["what"], "file": n.get("file"), "line": n.get("line"),
                           "source": None, "trigger": "", "cured": None, "note": True})
