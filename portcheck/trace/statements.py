"""A port file's statements, read with :mod:`ast`: where each starts, the names it reads and writes, its loop.

The Python recorder (:mod:`.python_side`) flushes a statement's changes when
the next one starts, so it needs every line mapped to the first line of its
statement; the aligner needs the names a statement reads (its inputs), the
names used as indices and slice bounds, and the enclosing loop.
"""
from __future__ import annotations

import ast
import linecache
import os
from dataclasses import dataclass

__all__ = ["Statement", "Source", "source"]


@dataclass(frozen=True)
class Statement:
    """A statement of a port file: its text, the names it reads and writes."""

    file: str
    line: int
    code: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    loop: int | None = None  # first line of the innermost enclosing loop, if any
    indexes: tuple[str, ...] = ()  # names used inside subscripts (x[i], Y[rows, labels])
    slice_ends: tuple[str, ...] = ()  # names used bare as a slice bound (X[:i])
    arange_index: bool = False  # a fancy index with np.arange(...) beside other index arrays



class Source:
    """A port file's statements: line -> statement start, names read and written, loops."""

    def __init__(self, filename: str):
        self.filename = filename
        self.start: dict[int, int] = {}
        self.stmts: dict[int, Statement] = {}
        self.mentioned: dict[int, frozenset] = {}
        text = "".join(linecache.getlines(filename))
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError):
            return
        lines = text.splitlines()
        self._visit(tree.body, lines, None)
        self.mentioned = {ln: frozenset(st.reads + st.writes) for ln, st in self.stmts.items()}

    def _visit(self, body, lines, loop):
        for node in body:
            if not isinstance(node, ast.stmt):
                continue
            compound = isinstance(node, (ast.For, ast.AsyncFor, ast.While, ast.If, ast.With, ast.AsyncWith, ast.Try,
                                         ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) or type(node).__name__ in ("Match", "TryStar")
            if compound:
                header_end = node.body[0].lineno - 1 if getattr(node, "body", None) else node.lineno
                header_end = max(node.lineno, min(header_end, node.end_lineno or node.lineno))
                parts = [getattr(node, a) for a in ("target", "iter", "test", "items", "subject") if getattr(node, a, None) is not None]
                reads, writes = _names(parts, node)
                self._add(node.lineno, header_end, lines, reads, writes, loop)
                inner_loop = node.lineno if isinstance(node, (ast.For, ast.AsyncFor, ast.While)) else loop
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    inner_loop = None
                for attr in ("body", "orelse", "finalbody"):
                    self._visit(getattr(node, attr, []) or [], lines, inner_loop)
                for h in getattr(node, "handlers", []) or []:
                    self._add(h.lineno, h.lineno, lines, (), (h.name,) if h.name else (), loop)
                    self._visit(h.body, lines, inner_loop)
                for case in getattr(node, "cases", []) or []:
                    self._visit(case.body, lines, inner_loop)
            else:
                reads, writes = _names([node], node)
                indexes = tuple(dict.fromkeys(n.id for sub in ast.walk(node) if isinstance(sub, ast.Subscript)
                                              for n in ast.walk(sub.slice) if isinstance(n, ast.Name)))
                ends = tuple(dict.fromkeys(b.id for sl in ast.walk(node) if isinstance(sl, ast.Slice)
                                           for b in (sl.lower, sl.upper) if isinstance(b, ast.Name)))
                arange = any(isinstance(sub, ast.Subscript) and isinstance(sub.slice, ast.Tuple) and any(
                    isinstance(el, ast.Call) and getattr(el.func, "attr", getattr(el.func, "id", "")) in ("arange", "range")
                    for el in sub.slice.elts) for sub in ast.walk(node))
                self._add(node.lineno, node.end_lineno or node.lineno, lines, reads, writes, loop, indexes, ends, arange)

    def _add(self, first, last, lines, reads, writes, loop, indexes=(), slice_ends=(), arange=False):
        for ln in range(first, last + 1):
            self.start.setdefault(ln, first)
        code = " ".join(_strip_comment(lines[first - 1]).split()) if 0 < first <= len(lines) else ""
        if last > first:
            code += " ..."
        prev = self.stmts.get(first)
        if prev is not None:  # several statements on one line (a; b): merge
            reads = tuple(dict.fromkeys(prev.reads + tuple(reads)))
            writes = tuple(dict.fromkeys(prev.writes + tuple(writes)))
            indexes = tuple(dict.fromkeys(prev.indexes + tuple(indexes)))
            slice_ends = tuple(dict.fromkeys(prev.slice_ends + tuple(slice_ends)))
        self.stmts[first] = Statement(self.filename, first, code, tuple(reads), tuple(writes), loop, tuple(indexes),
                                      tuple(slice_ends), arange or (prev.arange_index if prev is not None else False))


_SOURCES: dict = {}


def _strip_comment(line: str) -> str:
    """``line`` without its ``# comment`` (strings left alone)."""
    import io
    import tokenize

    try:
        for tok in tokenize.generate_tokens(io.StringIO(line).readline):
            if tok.type == tokenize.COMMENT:
                return line[: tok.start[1]].rstrip()
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return line


def source(filename: str) -> "Source":
    """The parsed statements of ``filename``, cached while the file is unchanged."""
    try:
        stamp = os.stat(filename).st_mtime_ns
    except OSError:
        stamp = None
    hit = _SOURCES.get(filename)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    src = Source(filename)
    _SOURCES[filename] = (stamp, src)
    return src


def _names(parts, stmt) -> tuple[tuple[str, ...], tuple[str, ...]]:
    reads: dict[str, None] = {}
    writes: dict[str, None] = {}
    for part in parts:
        for n in ast.walk(part) if isinstance(part, ast.AST) else []:
            if isinstance(n, ast.Name):
                (writes if isinstance(n.ctx, ast.Store) else reads)[n.id] = None
            elif isinstance(n, (ast.Subscript, ast.Attribute)) and isinstance(n.ctx, ast.Store):
                base = n
                while isinstance(base, (ast.Subscript, ast.Attribute)):
                    base = base.value
                if isinstance(base, ast.Name):
                    writes[base.id] = None
                    reads[base.id] = None
        if isinstance(part, list):
            for item in part:
                r, w = _names([item.context_expr] + ([item.optional_vars] if item.optional_vars else []), stmt)
                reads.update(dict.fromkeys(r))
                writes.update(dict.fromkeys(w))
    if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
        reads[stmt.target.id] = None
    return tuple(reads), tuple(writes)


