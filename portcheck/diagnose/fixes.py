"""Fix lines in the port's own names: the port's offending line, rewritten.

A fix is the port's own statement with the mistake corrected -- the reshape of
the parameter vector with ``order="F"`` added, the ``argmax`` with ``+ 1``, the
penalty line with the bias column left out -- found in the port's source with
:mod:`ast` (:mod:`.source`). When no line can be found, the fix is written with
the port's own argument names only: never a name (``Theta1``, ``a3``,
``delta2``) the port does not have.

:func:`fix_for` is the one entry point; the findings call it with their id.
"""
from __future__ import annotations

import ast
import re

from .fixes_util import block_names, calls_in, call_order, names_in, nodes, reshape_reads, rewrite_call, statement_of, tainted, \
    text_of, with_order
from .penalty_fixes import penalty_fix

__all__ = ["fix_for"]


# -- the fixes -------------------------------------------------------------------------------------
def _unroll_fix(eng, conv) -> str:
    src = eng.source
    r = eng.problem.roles
    param = eng.port_name(r.params)
    blocks = eng.problem.blocks(eng.usable[0].input_set)
    lines = []
    if src is not None and any(o == "C" for o in conv.in_order):
        reads = reshape_reads(src, param)
        for k, o in enumerate(conv.in_order):
            if o == "C" and k < len(reads) and call_order(reads[k]) in (None, "C"):
                st = statement_of(src, reads[k])
                fixed = rewrite_call(src, st, reads[k], with_order(src, reads[k])) if st is not None else ""
                if fixed:
                    lines.append(fixed)
    if src is not None and any(o == "C" for o in conv.out_order):
        lines += _unroll_out_lines(src, conv, blocks)
    if lines:
        return "; ".join(dict.fromkeys(lines))
    what = []
    if any(o == "C" for o in conv.in_order):
        what.append(f'reshape each block of {param} with order="F"')
    if any(o == "C" for o in conv.out_order):
        what.append('unroll each gradient block with .ravel(order="F")')
    return " and ".join(what) + "   # Octave's (:) is column-major"


def _unroll_out_lines(src, conv, blocks) -> list[str]:
    """The statement unrolling the gradient, with ``order="F"`` on each row-major ravel/flatten."""
    ret = next((n for n in ast.walk(src.func) if isinstance(n, ast.Return)), None) if src.func is not None else None
    if ret is None:
        return []
    cands = calls_in(src, ("ravel", "flatten"), ret)
    stmt = ret
    if not cands and isinstance(ret.value, ast.Tuple) and len(ret.value.elts) > 1:
        names = names_in(ret.value.elts[-1])
        for a in (n for n in nodes(src) if isinstance(n, ast.Assign)):
            if any(isinstance(t, ast.Name) and t.id in names for t in a.targets) and calls_in(src, ("ravel", "flatten"), a):
                stmt, cands = a, calls_in(src, ("ravel", "flatten"), a)
    cands = [c for c in cands if call_order(c) in (None, "C") and not (isinstance(c.func.value, ast.Attribute)
                                                                     and c.func.value.attr == "T")]
    if not cands:
        return []
    whole = ast.get_source_segment(src.text, stmt) or ""
    for k, c in reversed(list(enumerate(cands))):
        if k < len(conv.out_order) and conv.out_order[k] != "C" and len(cands) == len(conv.out_order):
            continue
        part = ast.get_source_segment(src.text, c) or ""
        whole = whole.replace(part, with_order(src, c), 1)
    return [re.sub(r"\s*\n\s*", " ", whole).strip()]


def _label_fix(eng, conv) -> str:
    src = eng.source
    r = eng.problem.roles
    if conv is not None and conv.out_base == 0 and conv.y_base != 0:
        calls = calls_in(src, ("argmax", "argmin")) if src is not None else []
        if calls:
            c = calls[-1]
            st = statement_of(src, c)
            text = ast.get_source_segment(src.text, c) or ""
            fixed = rewrite_call(src, st, c, f"{text} + 1") if st is not None else ""
            if fixed:
                return fixed + "   # Octave's indices are 1-based"
        outs = ", ".join(eng.output_name(i) for i in r.labels_out)
        return f"return {outs} + 1   # Octave's indices are 1..K"
    y = eng.port_name(r.labels)
    line = _label_use(src, y) if src is not None else ""
    if line:
        return line + "   # Octave's labels are 1..K; columns are 0..K-1"
    return f"{y} = np.asarray({y}).astype(int).ravel() - 1   # Octave's labels are 1..K; columns are 0..K-1"


def _label_use(src, y: str) -> str:
    """The port's line indexing with the labels (or comparing them), rewritten with ``- 1``."""
    labels = tainted(src, y)
    for n in sorted(nodes(src), key=lambda n: getattr(n, "lineno", 0)):
        target = None
        if isinstance(n, ast.Subscript):
            elts = n.slice.elts if isinstance(n.slice, ast.Tuple) else [n.slice]
            target = next((e for e in elts if names_in(e) & labels and not isinstance(e, ast.Slice)), None)
        elif isinstance(n, ast.Compare) and len(n.comparators) == 1 and isinstance(n.ops[0], ast.Eq):
            target = next((e for e in (n.left, n.comparators[0]) if names_in(e) & labels), None)
        if target is None or not isinstance(target, (ast.Name, ast.Call, ast.Attribute, ast.Subscript)):
            continue
        st = statement_of(src, target)
        text = ast.get_source_segment(src.text, target) or ""
        fixed = rewrite_call(src, st, target, f"{text} - 1") if st is not None and text else ""
        if fixed:
            return fixed
    return ""


def _simple(eng, ident, conv, changes) -> str:
    r = eng.problem.roles
    X, y = eng.port_name(r.X), eng.port_name(r.labels or r.y)
    if ident == "x-bias-column":
        return f"{X} = np.column_stack([np.ones(len({X})), {X}])   # Octave's caller passes {X} without the ones column"
    if ident == "x-without-bias":
        line = _bias_line(eng.source, X)
        return (f"{line}   # drop this: Octave's caller passes {X} with the ones column already"
                if line else f"use {X} as given: its first column already holds the ones")
    if ident == "x-transposed":
        return f"{X} = np.transpose({X})   # Octave passes one example per row"
    if ident == "transposed-data" and conv is not None:
        return "; ".join(f"{eng.port_name(n)} = np.transpose({eng.port_name(n)})   # Octave's layout, one row per class"
                         for n in conv.t_inputs)
    if ident == "separate-gradient":
        params = ", ".join(eng.source.params()) if eng.source is not None and eng.source.func is not None else "..."
        cost = eng.output_name(r.cost)
        return f"return {cost}, {conv.grad_fn}({params})   # one call returning [{', '.join(eng.ctx.output_names)}]"
    if ident == "y-one-hot-input":
        K = eng.port_name(r.num_labels) or "K"
        return f"Y = np.eye({K})[np.asarray({y}).astype(int).ravel() - 1]   # build the one-hot matrix from labels 1..K"
    if ident == "transpose":
        outs = [eng.output_name(i) for i in sorted({i for s in eng.usable for i in eng.problem.matrix_outputs(s.input_set)})]
        return f"return {', '.join(o + '.T' for o in outs)}   # Octave's layout"
    if ident == "y-shape-broadcast":
        return f"{y} = np.asarray({y}).ravel()   # (m,1) -> (m,) before any broadcasting"
    if ident == "label-dtype":
        return f"{y} = np.asarray({y}).astype(int)   # Octave (and loadmat of a double) give float labels"
    return ""


def _bias_line(src, X: str) -> str:
    if src is None:
        return ""
    for c in calls_in(src, ("column_stack", "hstack", "insert", "concatenate", "append")):
        if X in names_in(c) and any(isinstance(n, (ast.Call, ast.Constant)) for n in ast.walk(c)):
            st = statement_of(src, c)
            if st is not None:
                return text_of(src, st)
    return ""


def _names(eng):
    r = eng.problem.roles
    return eng.port_name(r.lam) or "lambda_", eng.port_name(r.params) or "theta"


def _template_penalty(eng, kw) -> str:
    lam, theta = _names(eng)
    blocks = eng.problem.blocks(eng.usable[0].input_set)
    vec = len(blocks) == 1 and blocks[0].shape[0] == 1
    if not vec:
        return "# leave column 0 (the bias weights) of each weight matrix out of the penalty: [:, 1:]"
    if kw.get("output") and eng.problem.roles.grad is not None and kw["output"] == eng.output_name(eng.problem.roles.grad):
        return f"{kw['output']}[1:] += {lam} / m * {theta}[1:]   # the bias (entry 0) is not regularised"
    return f"penalty = {lam} / (2 * m) * np.sum({theta}[1:] ** 2)   # the bias (entry 0) is not regularised"


#: Regularisation findings: their fix is the port's penalty line rewritten, else a line in the port's names.
_PENALTY = {
    "theta-slice": _template_penalty, "reg-row0": _template_penalty, "reg-bias": _template_penalty,
    "reg-bias-constant": lambda eng, kw: "# the bias entries get no penalty: add nothing to them",
    "reg-scale": lambda eng, kw: ("# the gradient's penalty is lambda / m * weights" if kw.get("output") and
                                  eng.problem.roles.grad is not None and kw["output"] == eng.output_name(eng.problem.roles.grad)
                                  else "# the penalty is lambda / (2 * m) * sum(weights ** 2), m the number of examples"),
    "reg-sign": lambda eng, kw: "# add the penalty, do not subtract it",
    "lambda-ignored": lambda eng, kw: f"# use the argument {_names(eng)[0]} in the penalty, not a module-level value",
    "lambda-squared": lambda eng, kw: f"penalty = {_names(eng)[0]} / (2 * m) * np.sum({_names(eng)[1]}[1:] ** 2)",
}


def fix_for(eng, ident: str, conv=None, changes=None, **kw) -> str:
    """The fix line of finding ``ident`` in the port's own names (see the module docstring)."""
    try:
        if ident == "unroll-order":
            return _unroll_fix(eng, conv)
        if ident == "label-base":
            return _label_fix(eng, conv)
        if ident == "first-example-dropped":
            return _first_example_fix(eng) or "# sum over every example: Octave's i = 1:m starts at the first"
        if ident == "per-unit-factor":
            return _derivative_fix(eng) or "# the hidden layer's delta needs the activation's derivative s * (1 - s), s = sigmoid(z)"
        if ident in _PENALTY:
            return (penalty_fix(eng, eng.source, ident, **kw) if eng.source is not None else "") or _PENALTY[ident](eng, kw)
        return _simple(eng, ident, conv, changes)
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):
        return ""


# -- the activation derivative of the hidden layer (per-unit-factor) ---------------------------------
_ACT_WORDS = ("sigmoid", "sig", "expit", "logistic", "activation", "act")
_DERIV_WORDS = ("grad", "prime", "deriv", "diff")


def _activation(src) -> str:
    """The port's name for the sigmoid: the one-argument function it calls most whose name says so."""
    counts = {}
    for c in nodes(src):
        if isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and len(c.args) == 1:
            low = c.func.id.lower()
            if any(w in low for w in _ACT_WORDS) and not any(w in low for w in _DERIV_WORDS):
                counts[c.func.id] = counts.get(c.func.id, 0) + 1
    return max(sorted(counts), key=counts.get) if counts else "sigmoid"

def _derivative_fix(eng) -> str:
    """The hidden delta line with its derivative written ``s * (1 - s)`` of the port's own activation."""
    src = eng.source
    kinds = [n for n, k in block_names(eng, src).items() if k == "matrix"] if src is not None else []
    reads = reshape_reads(src, eng.port_name(eng.problem.roles.params)) if src is not None else []
    if len(reads) < 2:
        return ""
    second = {t.id for t in getattr(statement_of(src, reads[1]), "targets", []) if isinstance(t, ast.Name)}
    second = {n for n in kinds if n in second or n in tainted(src, next(iter(second), ""))}
    act = _activation(src)
    activations = {t.id for a in nodes(src) if isinstance(a, ast.Assign) and any(
        isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id == act for c in ast.walk(a.value))
        for t in a.targets if isinstance(t, ast.Name)}
    for st in (n for n in nodes(src) if isinstance(n, ast.Assign)):
        v = st.value
        if not (isinstance(v, ast.BinOp) and isinstance(v.op, ast.Mult)):
            continue
        sides = [v.left, v.right]
        has_block = [bool(names_in(x) & second) for x in sides]
        if sum(has_block) != 1:
            continue
        deriv = sides[has_block.index(False)]
        arg = deriv.args[0] if isinstance(deriv, ast.Call) and deriv.args else deriv
        a = text_of(src, arg)
        good = f"{a} * (1 - {a})" if names_in(arg) & activations else f"{act}({a}) * (1 - {act}({a}))"
        old = text_of(src, deriv)
        whole = text_of(src, st)
        if old and old in whole:
            return whole.replace(old, f"({good})" if not old.startswith("(") else f"({good})", 1) + \
                f"   # the derivative of {act} at the hidden layer"
    return ""


# -- a loop or slice that starts at the second example (first-example-dropped) -----------------------
def _first_example_fix(eng) -> str:
    src = eng.source
    if src is None:
        return ""
    for c in nodes(src):
        if isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id in ("range", "xrange") \
                and len(c.args) >= 2 and isinstance(c.args[0], ast.Constant) and c.args[0].value == 1:
            st = statement_of(src, c) or c
            text = ast.get_source_segment(src.text, c) or ""
            stop = ast.get_source_segment(src.text, c.args[1]) or "m"
            line = ast.get_source_segment(src.text, st) or text
            return re.sub(r"\s*\n\s*", " ", line.split("\n")[0].replace(text, f"range({stop})", 1)).strip() \
                + "   # Octave's 1:m starts at the first example"
    params = set(block_names(eng, src))
    out = []
    for st in (n for n in nodes(src) if isinstance(n, ast.Assign)):
        subs = [n for n in ast.walk(st.value) if isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Slice)
                and isinstance(n.slice.lower, ast.Constant) and n.slice.lower.value == 1 and n.slice.upper is None
                and isinstance(n.value, ast.Name) and n.value.id not in params]
        if subs:
            whole = text_of(src, st)
            for n in subs:
                whole = whole.replace(ast.get_source_segment(src.text, n) or "", n.value.id, 1)
            out.append(whole)
    return "; ".join(out) + "   # every example, from the first" if out else ""
