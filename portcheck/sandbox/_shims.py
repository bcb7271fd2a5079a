"""Environment drift, shimmed in the port's process so that the port's real bugs can still be found.

Ports are often older than the Python, NumPy or pandas they now run on. Each
shim here undoes one such change, in the worker only, and only when the parent
asks for it (it does after the port failed in the way the shim cures, see
:mod:`portcheck.runner.drift`). Every use is noted (:func:`take_notes`) with
the file and line where it happened, so the report can say what was shimmed:

``python2``
    ``print x`` statements, ``except E, e:``, ``raise E, msg``, ``<>``, ``0777``,
    ``d.iteritems()``/``has_key`` rewritten token by token (line numbers kept);
    ``xrange``, ``raw_input``, ``unicode``, ``long``, ``basestring``,
    ``reduce``, ``unichr`` provided; each ``/`` records where both operands are
    integers (Python 2 floored there; Python 3 semantics are kept).
``pandas-removed-api``
    ``DataFrame.as_matrix``/``Series.as_matrix`` (removed in pandas 1.0) and
    ``.ix`` (as ``.loc``).
``numpy-removed-alias``
    (also an int or bool ``order``, ``a.flatten(1)``: Fortran order in old NumPy, a TypeError now)
    ``np.float``, ``np.int``, ``np.bool``, ``np.object``, ``np.complex``,
    ``np.str``, ``np.long``, ``np.unicode`` (removed in NumPy 1.24).
``numpy2-scalar``
    ``float()``/``int()`` of a size-1 array with ``ndim > 0`` (a TypeError in
    NumPy 2), in the port's module.
``ragged-array``
    ``np.array``/``np.asarray`` of ragged lists make an object array, as NumPy
    did before 1.24.

Light on purpose: the worker imports it before the port; NumPy and pandas are
imported only by the shims that patch them.
"""
from __future__ import annotations

import ast
import builtins
import io
import sys
import tokenize

from . import _shims_numpy
from ._shims_numpy import IntOrder as _IntOrder, PercentFormat as _PercentFormat, percent as _percent

__all__ = ["SHIMS", "install", "exec_module", "take_notes", "note", "py2_source", "Py2Division"]

SHIMS = ("python2", "pandas-removed-api", "numpy-removed-alias", "numpy2-scalar", "ragged-array")

_NOTES: list[dict] = []
_SEEN: set = set()
_INSTALLED: set = set()
_FLOOR = [False]  # Python 2's "/" on two integers (a call asks for it to show what Python 2 computed)


def set_floor(on: bool) -> None:
    """Make ``/`` of two integers floor, as Python 2 did (for one call), or true division again."""
    _FLOOR[0] = bool(on)


def note(shim: str, what: str, file: str | None = None, line: int | None = None) -> None:
    """Record one use of a shim (once per shim, what and place)."""
    key = (shim, what, file, line)
    if key in _SEEN or len(_SEEN) > 1000:
        return
    _SEEN.add(key)
    _NOTES.append({"id": shim, "what": what, "file": file, "line": line})


_shims_numpy.NOTE = note


def new_call() -> None:
    """Forget which uses were noted: each call reports every shim it used (the parent merges them once)."""
    _SEEN.clear()


def take_notes() -> list[dict]:
    """The uses recorded since the last call."""
    out = list(_NOTES)
    _NOTES.clear()
    return out


def _caller(depth: int = 2) -> tuple[str | None, int | None]:
    try:
        f = sys._getframe(depth)
    except ValueError:
        return None, None
    return f.f_code.co_filename, f.f_lineno


# --------------------------------------------------------------------------- global patches


def install(shims) -> None:
    """Apply the process-wide shims of ``shims`` (the source-level ones act in :func:`exec_module`)."""
    for shim in shims:
        if shim in _INSTALLED:
            continue
        _INSTALLED.add(shim)
        {"python2": _py2_builtins, "pandas-removed-api": _pandas, "numpy-removed-alias": _numpy_aliases,
         "ragged-array": _ragged}.get(shim, lambda: None)()
    if "python2" in shims and not any(isinstance(f, _Py2Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Py2Finder())


def _recorded(shim: str, what: str, func):
    def wrapper(*args, **kwargs):
        note(shim, what, *_caller())
        return func(*args, **kwargs)

    wrapper.__name__ = getattr(func, "__name__", what)
    return wrapper


def _py2_builtins() -> None:
    import functools

    for name, value in (("xrange", range), ("raw_input", input), ("unicode", str), ("long", int),
                        ("basestring", str), ("reduce", functools.reduce), ("unichr", chr)):
        if not hasattr(builtins, name):
            setattr(builtins, name, _recorded("python2", name, value))
    builtins.__portcheck_div__ = _div


def _pandas() -> None:
    import pandas as pd

    def as_matrix(self, columns=None):
        note("pandas-removed-api", ".as_matrix()", *_caller())
        return (self[columns] if columns is not None else self).to_numpy()

    def series_as_matrix(self):
        note("pandas-removed-api", ".as_matrix()", *_caller())
        return self.to_numpy()

    def ix(self):
        note("pandas-removed-api", ".ix", *_caller())
        return self.loc

    if not hasattr(pd.DataFrame, "as_matrix"):
        pd.DataFrame.as_matrix = as_matrix
        pd.Series.as_matrix = series_as_matrix
    if not hasattr(pd.DataFrame, "ix"):
        pd.DataFrame.ix = property(ix)
        pd.Series.ix = property(ix)


def _numpy_aliases() -> None:
    import numpy as np

    # only the names this NumPy lacks: NumPy 2 has np.bool and np.long again (its own types, which numpy.ma uses)
    missing = {k: v for k, v in _ALIASES.items() if k not in np.__dict__}

    class _Module(type(np)):
        def __getattribute__(self, name):
            alias = missing.get(name)
            if alias is not None:
                note("numpy-removed-alias", f"np.{name}", *_caller())
                return alias
            return super().__getattribute__(name)

    try:
        np.__class__ = _Module
    except TypeError:  # pragma: no cover - a frozen module type
        for name, alias in missing.items():
            setattr(np, name, alias)


_ALIASES = {"float": float, "int": int, "bool": bool, "object": object, "complex": complex, "str": str,
            "long": int, "unicode": str}


def _ragged() -> None:
    import numpy as np

    def lenient(func, name):
        def call(obj, *args, **kwargs):
            try:
                return func(obj, *args, **kwargs)
            except ValueError as exc:
                if "inhomogeneous" not in str(exc) or args or kwargs.get("dtype") is not None:
                    raise
                note("ragged-array", f"np.{name} of ragged lists", *_caller())
                return func(obj, *args, **{**kwargs, "dtype": object})

        call.__name__ = name
        return call

    np.array = lenient(np.array, "array")
    np.asarray = lenient(np.asarray, "asarray")


# --------------------------------------------------------------------------- the port's module


def _numpy2_scalar(module_dict: dict) -> None:
    """``float``/``int`` in the port's module that accept size-1 arrays of any ndim (as NumPy 1 did)."""
    real = {"float": builtins.float, "int": builtins.int}

    def make(name):
        base = real[name]

        class _Meta(type):
            def __instancecheck__(cls, obj):
                return isinstance(obj, base)

            def __subclasscheck__(cls, sub):
                return issubclass(sub, base)

        class Shim(base, metaclass=_Meta):
            def __new__(cls, *args, **kwargs):
                if len(args) == 1 and not kwargs and getattr(args[0], "ndim", 0) and getattr(args[0], "size", 0) == 1:
                    note("numpy2-scalar", f"{name}() of a {tuple(args[0].shape)} array", *_caller())
                    args = (args[0].reshape(()).item(),)
                return base(*args, **kwargs)

        Shim.__name__ = Shim.__qualname__ = name
        return Shim

    module_dict["float"] = make("float")
    module_dict["int"] = make("int")


def exec_module(module, path: str, shims) -> None:
    """Run the port's file in ``module`` with the source-level shims of ``shims``."""
    with open(path, "rb") as fh:
        raw = fh.read()
    source = raw.decode(tokenize.detect_encoding(io.BytesIO(raw).readline)[0], errors="replace")
    code = compile_source(source, path, python2="python2" in shims, numpy2="numpy2-scalar" in shims,
                          int_order="numpy-removed-alias" in shims)
    if "numpy2-scalar" in shims:
        _numpy2_scalar(module.__dict__)
        module.__dict__["__portcheck_pct__"] = _percent
    module.__dict__.setdefault("__file__", path)
    exec(code, module.__dict__)


def compile_source(source: str, path: str, *, python2: bool, numpy2: bool = False, int_order: bool = False):
    """Compile ``source``; with ``python2``, rewritten first (and ``/`` instrumented unless ``division`` is imported);
    with ``numpy2``, ``"..." % args`` formats size-1 arrays as the scalars NumPy 1 made of them; with
    ``int_order``, ``a.flatten(1)`` is ``a.flatten('F')`` as old NumPy read a true order."""
    if not python2 and not numpy2 and not int_order:
        return compile(source, path, "exec", dont_inherit=True)
    text = source
    if python2:
        text, rewrites = py2_source(source)
        for what, line in rewrites:
            note("python2", what, path, line)
    tree = ast.parse(text, path)
    if python2 and "division" not in _future_imports(tree):
        tree = ast.fix_missing_locations(Py2Division().visit(tree))
    if numpy2:
        tree = ast.fix_missing_locations(_PercentFormat().visit(tree))
    if int_order:
        tree = ast.fix_missing_locations(_IntOrder(path).visit(tree))
    return compile(tree, path, "exec", dont_inherit=True)


def _future_imports(tree) -> set:
    return {a.name for node in tree.body if isinstance(node, ast.ImportFrom) and node.module == "__future__"
            for a in node.names}


def _div(a, b, line, file=None):
    """``a / b`` (Python 3), noting where Python 2 would have floored (both operands integers)."""
    if _integral(a) and _integral(b):
        note("python2", "integer division", file or _caller()[0], line)
        if _FLOOR[0]:
            return a // b
    return a / b


def _integral(x) -> bool:
    if isinstance(x, bool):
        return False
    if isinstance(x, int):
        return True
    dtype = getattr(x, "dtype", None)
    return dtype is not None and getattr(dtype, "kind", "") in "iu"


class Py2Division(ast.NodeTransformer):
    """``a / b`` -> ``__portcheck_div__(a, b, line)``; ``x /= b`` on a name likewise."""

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Div):
            return ast.copy_location(ast.Call(ast.Name("__portcheck_div__", ast.Load()),
                                              [node.left, node.right, ast.Constant(node.lineno)], []), node)
        return node

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Div) and isinstance(node.target, ast.Name):
            call = ast.Call(ast.Name("__portcheck_div__", ast.Load()),
                            [ast.Name(node.target.id, ast.Load()), node.value, ast.Constant(node.lineno)], [])
            return ast.copy_location(ast.Assign([node.target], call), node)
        return node


# --------------------------------------------------------------------------- Python 2 source


_STMT_START = {tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING}
_RENAMES = {"iteritems": "items", "itervalues": "values", "iterkeys": "keys", "has_key": "__contains__"}


def _tokens(source: str) -> list:
    out = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            out.append(tok)
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return out


def _offsets(source: str) -> list[int]:
    starts, total = [0], 0
    for line in source.splitlines(keepends=True):
        total += len(line)
        starts.append(total)
    return starts


def _statement_end(toks: list, i: int) -> int:
    """Index of the token ending the simple statement that starts before ``i`` (NEWLINE, ``;`` or a comment)."""
    depth = 0
    for j in range(i, len(toks)):
        t = toks[j]
        if t.type == tokenize.OP and t.string in "([{":
            depth += 1
        elif t.type == tokenize.OP and t.string in ")]}":
            depth -= 1
        elif depth <= 0 and (t.type in (tokenize.NEWLINE, tokenize.COMMENT, tokenize.ENDMARKER)
                             or (t.type == tokenize.OP and t.string == ";")):
            return j
    return len(toks) - 1


def _print_edit(toks, i, pos) -> tuple | None:
    """The edit turning the ``print`` statement at token ``i`` into a call, or None when it is one already."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    end = _statement_end(toks, i + 1)
    if nxt is not None and nxt.type == tokenize.OP and nxt.string == "(":
        close = _matching(toks, i + 1)
        if close is not None and close + 1 == end:
            return None  # print(x): valid in both
    if nxt is not None and nxt.type == tokenize.OP and nxt.string in ("=", ".", ",", ")", "]"):
        return None  # print used as a name
    start = pos(toks[i].end)
    stop = pos(toks[end - 1].end) if end > i + 1 else start
    return start, stop


def _adjacent(toks, i, string=None) -> bool:
    """Token ``i + 1`` starts where token ``i`` ends (``<>``, ``0755`` split by Python 3's tokenizer)."""
    return i + 1 < len(toks) and toks[i + 1].start == toks[i].end and (string is None or toks[i + 1].string == string)


def _matching(toks, i) -> int | None:
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].type == tokenize.OP and toks[j].string in "([{":
            depth += 1
        elif toks[j].type == tokenize.OP and toks[j].string in ")]}":
            depth -= 1
            if depth == 0:
                return j
    return None


def _print_args(body: str) -> str:
    text = body.strip()
    target = ""
    if text.startswith(">>"):
        target, _, text = text[2:].partition(",")
        target, text = target.strip(), text.strip()
    end = ""
    if text.endswith(",") and not text.endswith(",,"):
        text, end = text[:-1].rstrip(), ' end=" "'
    parts = [p for p in (text, f"file={target}" if target else "", end.strip()) if p]
    return "(" + ", ".join(parts) + ")"


def py2_source(source: str) -> tuple[str, list[tuple[str, int]]]:
    """Python 2 ``source`` rewritten for Python 3, line numbers kept; and ``(what, line)`` of each rewrite."""
    toks = _tokens(source)
    starts = _offsets(source)

    def pos(rc):
        return starts[rc[0] - 1] + rc[1]

    edits, notes = [], []
    prev = None
    for i, t in enumerate(toks):
        at_start = prev is None or prev.type in _STMT_START or (prev.type == tokenize.OP and prev.string in (";", ":"))
        if t.type == tokenize.NAME and t.string == "print" and at_start:
            span = _print_edit(toks, i, pos)
            if span is not None:
                edits.append((span[0], span[1], _print_args(source[span[0]:span[1]])))
                notes.append(("print statement", t.start[0]))
        elif t.type == tokenize.NAME and t.string in ("except", "raise") and at_start:
            edit = _except_or_raise(toks, i, pos, source)
            if edit is not None:
                edits.append(edit)
                notes.append((f"{t.string} X, y", t.start[0]))
        elif t.type == tokenize.NAME and t.string in _RENAMES and prev is not None and prev.string == ".":
            edits.append((pos(t.start), pos(t.end), _RENAMES[t.string]))
            notes.append((f".{t.string}()", t.start[0]))
        elif t.type == tokenize.OP and t.string == "<" and _adjacent(toks, i, ">"):
            edits.append((pos(t.start), pos(toks[i + 1].end), "!="))
            notes.append(("<>", t.start[0]))
        elif t.type == tokenize.NUMBER and t.string == "0" and _adjacent(toks, i) and toks[i + 1].string.isdigit():
            edits.append((pos(t.start), pos(toks[i + 1].end), "0o" + toks[i + 1].string))
            notes.append(("octal literal", t.start[0]))
        elif t.type == tokenize.ERRORTOKEN and t.string == "`":
            notes.append(("backquotes (not rewritten)", t.start[0]))
        if t.type not in (tokenize.COMMENT, tokenize.NL) or prev is None:
            prev = t
    for start, stop, text in sorted(edits, reverse=True):
        source = source[:start] + text + source[stop:]
    return source, notes


def _except_or_raise(toks, i, pos, source) -> tuple | None:
    """``except E, e:`` -> ``except E as e:``; ``raise E, msg`` -> ``raise E(msg)``."""
    end = _statement_end(toks, i + 1)
    depth, comma = 0, None
    for j in range(i + 1, end):
        s = toks[j].string
        if toks[j].type == tokenize.OP and s in "([{":
            depth += 1
        elif toks[j].type == tokenize.OP and s in ")]}":
            depth -= 1
        elif depth == 0 and toks[j].type == tokenize.OP and s == ",":
            comma = j
            break
    if comma is None:
        return None
    if toks[i].string == "except":
        if comma + 2 < len(toks) and toks[comma + 1].type == tokenize.NAME and toks[comma + 2].string == ":":
            return pos(toks[comma].start), pos(toks[comma].end), " as"
        return None
    if toks[end].type == tokenize.NEWLINE or toks[end].type == tokenize.COMMENT:
        exc = source[pos(toks[i].end):pos(toks[comma].start)].strip()
        arg = source[pos(toks[comma].end):pos(toks[end].start)].strip()
        return pos(toks[i].end), pos(toks[end].start), f" {exc}({arg})"
    return None


# --------------------------------------------------------------------------- helper modules of the port


class _Py2Finder:
    """Imports the port's own helper modules (not the standard library or installed packages) with the Python 2 rewrite."""

    def __init__(self):
        import importlib.machinery
        import sysconfig

        self._path_finder = importlib.machinery.PathFinder
        self._libs = tuple(p for p in (sysconfig.get_paths().get(k) for k in ("stdlib", "purelib", "platlib")) if p)
        self._busy = False

    def find_spec(self, name, path=None, target=None):
        if self._busy:
            return None
        self._busy = True
        try:
            spec = self._path_finder.find_spec(name, path)
        finally:
            self._busy = False
        if spec is None or not spec.origin or not spec.origin.endswith(".py"):
            return None
        if spec.origin.startswith(self._libs) or "site-packages" in spec.origin or "dist-packages" in spec.origin:
            return None
        spec.loader = _Py2Loader(spec.origin)
        return spec


class _Py2Loader:
    def __init__(self, path: str):
        self.path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        with open(self.path, "rb") as fh:
            raw = fh.read()
        source = raw.decode(tokenize.detect_encoding(io.BytesIO(raw).readline)[0], errors="replace")
        try:
            code = compile(source, self.path, "exec", dont_inherit=True)
        except SyntaxError:
            code = compile_source(source, self.path, python2=True)
        exec(code, module.__dict__)
