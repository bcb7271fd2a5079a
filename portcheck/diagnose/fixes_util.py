"""Reading the port's source for fix lines: statements, names, calls, what derives from an argument."""
from __future__ import annotations

import ast
import re

__all__ = ["nodes", "statement_of", "text_of", "names_in", "calls_in", "tainted", "call_order", "with_order",
           "rewrite_call", "reshape_reads", "block_names", "aliases", "block_vars"]


# -- reading the port ----------------------------------------------------------------------
def nodes(src):
    for root in src.scope():
        yield from ast.walk(root)


def statement_of(src, node) -> ast.stmt | None:
    """The innermost statement of the port's scope that contains ``node``."""
    best = None
    for root in src.scope():
        for st in ast.walk(root):
            if isinstance(st, ast.stmt) and not isinstance(st, (ast.FunctionDef, ast.For, ast.While, ast.If, ast.With)) \
                    and st.lineno <= node.lineno and st.end_lineno >= node.end_lineno:
                if best is None or (st.end_lineno - st.lineno) <= (best.end_lineno - best.lineno):
                    best = st
    return best


def text_of(src, node) -> str:
    seg = ast.get_source_segment(src.text, node) or ""
    return re.sub(r"\s*\n\s*", " ", seg).strip()


def names_in(node) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def calls_in(src, attrs, node=None) -> list[ast.Call]:
    """Calls of ``x.attr(...)`` or ``np.attr(...)`` for ``attr`` in ``attrs``, in source order."""
    roots = [node] if node is not None else list(src.scope())
    out = []
    for root in roots:
        for c in ast.walk(root):
            if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr in attrs:
                out.append(c)
    return sorted(out, key=lambda c: (c.lineno, c.col_offset))


def tainted(src, name: str) -> set[str]:
    """Names assigned (in order) from expressions that use ``name``: the slices and copies of an argument."""
    names = {name}
    assigns = sorted((n for n in nodes(src) if isinstance(n, (ast.Assign, ast.AnnAssign, ast.AugAssign))),
                     key=lambda n: n.lineno)
    for a in assigns:
        value = a.value
        if value is None or not (names_in(value) & names):
            continue
        targets = a.targets if isinstance(a, ast.Assign) else [a.target]
        for t in targets:
            for n in ast.walk(t):
                if isinstance(n, ast.Name):
                    names.add(n.id)
    return names


_VIEWS = frozenset({"reshape", "ravel", "flatten", "copy", "T", "squeeze", "astype", "array", "asarray", "matrix",
                    "asmatrix", "atleast_2d", "flat", "A1", "A"})


def _alias_of(value, names) -> bool:
    """``value`` is one of ``names`` seen through views, copies and slices (``t = theta.copy()``, ``theta[1:]``)."""
    while True:
        if isinstance(value, ast.Name):
            return value.id in names
        if isinstance(value, ast.Subscript):
            value = value.value
        elif isinstance(value, ast.Attribute) and value.attr in _VIEWS:
            value = value.value
        elif isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr in _VIEWS:
            on_module = isinstance(value.func.value, ast.Name) and value.func.value.id in ("np", "numpy")
            value = value.args[0] if on_module and value.args else value.func.value
            if on_module and not value:
                return False
        else:
            return False


def aliases(src, name: str) -> set[str]:
    """Names bound (in order) to ``name`` itself, a view, a copy or a slice of it -- not to values computed from it."""
    names = {name}
    assigns = sorted((n for n in nodes(src) if isinstance(n, ast.Assign)), key=lambda n: n.lineno)
    for a in assigns:
        if _alias_of(a.value, names):
            names |= {t.id for t in a.targets if isinstance(t, ast.Name)}
    return names


def call_order(call) -> str | None:
    for kw in call.keywords:
        if kw.arg == "order" and isinstance(kw.value, ast.Constant):
            return str(kw.value.value)
    return None


def rewrite_call(src, stmt, call, new_call_text: str) -> str:
    """The statement's text with ``call`` replaced by ``new_call_text``."""
    whole = ast.get_source_segment(src.text, stmt) or ""
    part = ast.get_source_segment(src.text, call) or ""
    if not part or part not in whole:
        return ""
    return re.sub(r"\s*\n\s*", " ", whole.replace(part, new_call_text, 1)).strip()


def with_order(src, call) -> str:
    """``call`` as text with ``order="F"`` (added, or replacing another order)."""
    text = ast.get_source_segment(src.text, call) or ""
    if call_order(call) is not None:
        return re.sub(r"order\s*=\s*(['\"])[A-Za-z]\1", 'order="F"', text)
    body = text[:-1].rstrip()
    sep = "" if body.endswith("(") else ", "
    return f'{body}{sep}order="F")'



def reshape_reads(src, name: str) -> list[ast.Call]:
    """Reshapes of argument ``name`` (or what derives from it) into a matrix, in source order."""
    names = tainted(src, name)
    return [c for c in calls_in(src, ("reshape",)) if _reads(c, names)]


def _reads(call, names) -> bool:
    """A reshape of the parameter vector into a matrix (2 dimensions, not a column)."""
    f = call.func
    on_module = isinstance(f.value, ast.Name) and f.value.id in ("np", "numpy")
    target = (call.args[0] if call.args else None) if on_module else f.value
    if target is None or not (names_in(target) & names):
        return False
    shape = call.args[1:] if on_module else call.args
    if len(shape) == 1 and isinstance(shape[0], (ast.Tuple, ast.List)):
        shape = shape[0].elts
    if len(shape) != 2:
        return False
    return not any(isinstance(s, ast.Constant) and s.value in (1, -1) for s in shape)


def block_names(eng, src) -> dict[str, str]:
    """The port's variables holding the parameters: ``{name: "vector" | "matrix"}``."""
    p = eng.problem
    if src is None or p.roles.params is None:
        return {}
    param = eng.port_name(p.roles.params)
    blocks = p.blocks(eng.usable[0].input_set)
    if len(blocks) == 1 and blocks[0].shape[0] == 1:
        return {n: "vector" for n in aliases(src, param)}
    out = {}
    for c in reshape_reads(src, param):
        st = statement_of(src, c)
        for t in getattr(st, "targets", []):
            if isinstance(t, ast.Name):
                for n in aliases(src, t.id):
                    out[n] = "matrix"
    return out


_ALLOWED = frozenset({"np", "numpy", "pd", "int", "float", "len", "range", "sum", "abs", "max", "min", "list", "tuple",
                      "order", "axis", "ddof", "dtype", "copy", "True", "False", "None", "return", "for", "in", "not",
                      "and", "or", "if", "else", "def", "lambda", "is", "F", "C", "T"})


def foreign_names(src, code: str) -> set[str]:
    """Identifiers of ``code`` (before its ``#`` comment) the port's source never uses: a template's names."""
    body = code.split("#", 1)[0]
    body = re.sub(r"(['\"]).*?\1", "", body)
    used = {n.id for n in ast.walk(src.tree) if isinstance(n, ast.Name)}
    used |= {n.attr for n in ast.walk(src.tree) if isinstance(n, ast.Attribute)}
    used |= {a.arg for n in ast.walk(src.tree) if isinstance(n, (ast.FunctionDef, ast.Lambda)) for a in n.args.args}
    used |= {n.name for n in ast.walk(src.tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    words = set(re.findall(r"(?<![.\w])([A-Za-z_]\w*)", body))
    attrs = set(re.findall(r"\.([A-Za-z_]\w*)", body))
    import numpy

    library = lambda a: hasattr(numpy, a) or hasattr(numpy.linalg, a)  # np.linalg.pinv is NumPy's, not a template's
    # a bare numpy.linalg name (pinv, imported as the port imported inv) is NumPy's too
    return {w for w in words if w not in used and w not in _ALLOWED and not hasattr(numpy.linalg, w)} | \
        {a for a in attrs if a not in used and a not in _ALLOWED and not library(a)}


def block_vars(eng, src) -> list[str]:
    """The port's variable for each block of the parameters, in block order (reshape targets; the vector itself)."""
    p = eng.problem
    if src is None or p.roles.params is None:
        return []
    param = eng.port_name(p.roles.params)
    out = []
    for c in reshape_reads(src, param):
        t = getattr(statement_of(src, c), "targets", [None])[0]
        if isinstance(t, ast.Name):
            out.append(t.id)
    return out or [param]
