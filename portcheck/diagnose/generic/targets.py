"""Where a repair probe may change code: the functions of the user's own files that ran on one call.

:func:`trace_lines` runs the port once recording the lines of frames in files
under the port's folder (``sys.settrace``; never the standard library or
site-packages); :func:`targets` turns them into :class:`Target` s -- the
function's ``ast`` node, its live function objects (whose ``__code__`` a probe
swaps) and its source lines.
"""
from __future__ import annotations

import ast
import gc
import inspect
import os
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = ["Target", "scope_of", "trace_lines", "targets", "numpy_name"]


def scope_of(func) -> Path | None:
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


def numpy_name(functions) -> str | None:
    for f in functions:
        for name, value in f.__globals__.items():
            if value is np:
                return name
    return None


@dataclass
class Target:
    """One function of the user's code that ran: its node, its live function objects, its file lines."""

    code: types.CodeType
    node: ast.AST
    functions: list
    lines: list
    ran: set


def targets(ran: dict) -> list[Target]:
    out, trees = [], {}
    for code, lines in ran.items():
        if code.co_freevars or code.co_name.startswith("<"):
            continue
        path = code.co_filename
        if path not in trees:
            trees[path] = _parsed(path)
        if trees[path] is None:
            continue
        node = _function_node(trees[path][0], code)
        functions = _live_functions(code)
        if node is not None and functions:
            out.append(Target(code, node, functions, trees[path][1], lines))
    return out


def _parsed(path: str):
    """(tree, lines) of a port's file; Python 2 source rewritten line for line first (as its worker ran it)."""
    try:
        text = Path(path).read_text()
    except (OSError, ValueError):
        return None
    try:
        return ast.parse(text), text.splitlines()
    except SyntaxError:
        pass
    try:
        from ...sandbox._shims import py2_source

        text, _ = py2_source(text)
        return ast.parse(text), text.splitlines()
    except (SyntaxError, ValueError):
        return None
