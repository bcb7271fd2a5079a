"""Fix lines for the regularisation findings, rewritten from the port's own penalty line.

The penalty line of J is the statement of the port that uses lambda (its own
name for it) and squares the parameters; the gradient's is one that uses
lambda without a square, or the line that zeroes the bias in a copy
(``t[0] = 0``). Each finding's rewrite is an :mod:`ast` transformation of that
statement: slices corrected (``theta[2:]`` -> ``theta[1:]``, ``Theta1`` ->
``Theta1[:, 1:]``), the coefficient written ``lambda / (2 * m)``, a sign
flipped, a global read replaced by the argument. The result is
``ast.unparse`` of the port's statement: its names, its structure.
"""
from __future__ import annotations

import ast
import copy

from .fixes_util import aliases, block_names, block_vars, names_in, nodes, reshape_reads, statement_of, tainted

__all__ = ["penalty_fix"]

_SQUARES = ("square", "power", "dot", "trace", "sum", "inner", "vdot", "norm")


def _is_square(node) -> bool:
    """A squared term: ``x ** 2``, ``np.square(x)``, ``np.power(x, 2)``, ``x @ x`` / ``x.T @ x``, ``x * x``, ``dot(x, x)``."""
    for n in ast.walk(node):
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Pow) and isinstance(n.right, ast.Constant) and n.right.value == 2:
            return True
        if isinstance(n, ast.BinOp) and isinstance(n.op, (ast.MatMult, ast.Mult)) and \
                ast.dump(_strip_t(n.left)) == ast.dump(_strip_t(n.right)):
            return True
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in ("square", "power", "dot", "vdot", "inner"):
            return True
    return False


def _strip_t(n):
    return n.value if isinstance(n, ast.Attribute) and n.attr == "T" else n


def _lam_names(eng, src) -> set[str]:
    lam = eng.port_name(eng.problem.roles.lam)
    return aliases(src, lam) if lam else set()


def penalty_statements(eng, src, which: str):
    """The port's penalty statements: for J ``(coefficient line, squares line)`` (the same line when it is one);
    for the gradient ``(lines adding lambda * parameters, None)``."""
    lam = _lam_names(eng, src)
    if not lam:
        return None, None
    with_lam = sorted({statement_of(src, n) for n in nodes(src) if isinstance(n, ast.Name) and n.id in lam} - {None},
                      key=lambda s: s.lineno)
    if which == "grad":
        return [st for st in with_lam if not _is_square(st)], None
    for st in with_lam:
        if _is_square(st):
            return st, st
        for a in (n for n in nodes(src) if isinstance(n, ast.Assign) and n.lineno < st.lineno):
            if any(isinstance(t, ast.Name) and t.id in names_in(st) - lam for t in a.targets) and _is_square(a):
                return st, a
    return None, None


class _Slices(ast.NodeTransformer):
    """Parameter variables in a squared term sliced to leave the bias out (``[1:]`` / ``[:, 1:]``)."""

    def __init__(self, kinds):
        self.kinds = kinds  # name -> "vector" | "matrix"
        self.changed = False

    def _good(self, name):
        s = "x[1:]" if self.kinds[name] == "vector" else "x[:, 1:]"
        return ast.parse(s, mode="eval").body.slice

    def visit_Subscript(self, node):
        if isinstance(node.value, ast.Name) and node.value.id in self.kinds:
            good = self._good(node.value.id)
            if ast.dump(node.slice) != ast.dump(good) and not isinstance(node.ctx, ast.Store):
                node.slice = good
                self.changed = True
            return node
        return self.generic_visit(node)

    def visit_Name(self, node):
        if node.id in self.kinds and isinstance(node.ctx, ast.Load):
            self.changed = True
            return ast.Subscript(value=node, slice=self._good(node.id), ctx=ast.Load())
        return node


def _unparse(st) -> str:
    return ast.unparse(ast.fix_missing_locations(st))


def _square_terms(node):
    """The squared sub-expressions of ``node``, outermost first (what a penalty sums)."""
    out = []
    for n in ast.walk(node):
        if _is_square(n) and not any(_contains(o, n) for o in out) and (
                isinstance(n, ast.BinOp) or (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                                             and n.func.attr in ("square", "power", "dot", "vdot", "inner", "sum"))):
            out.append(n)
    return out


def _contains(outer, inner) -> bool:
    return any(x is inner for x in ast.walk(outer))


def _picks_bias(st, kinds) -> bool:
    """The statement names a bias column or entry itself (``Theta1[:, 0]``, ``theta[0]``): it handles the bias by hand."""
    for n in ast.walk(st):
        if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id in kinds:
            elts = n.slice.elts if isinstance(n.slice, ast.Tuple) else [n.slice]
            if isinstance(elts[-1], ast.Constant) and elts[-1].value == 0:
                return True
    return False


def _rebuilt(eng, src, st) -> str:
    """``reg = np.sum(Theta1[:, 1:] ** 2) + ...`` with the port's target and its variables for the blocks."""
    target = st.targets[0] if isinstance(st, ast.Assign) and len(st.targets) == 1 else None
    if not isinstance(target, ast.Name):
        return ""
    reads = reshape_reads(src, eng.port_name(eng.problem.roles.params))
    names = []
    for c in reads:
        t = getattr(statement_of(src, c), "targets", [None])[0]
        if isinstance(t, ast.Name):
            names.append(f"{t.id}[:, 1:]")
    if not names:
        names = [f"{eng.port_name(eng.problem.roles.params)}[1:]"]
    return f"{target.id} = " + " + ".join(f"np.sum({n} ** 2)" for n in names) + "   # the bias is not regularised"


def _sliced(eng, src, st, coef=None) -> str:
    kinds = block_names(eng, src)
    if not kinds or st is None:
        return ""
    if _picks_bias(st, kinds) and st is not coef:
        return _rebuilt(eng, src, st)
    new = copy.deepcopy(st)
    tr = _Slices(kinds)
    terms = _square_terms(new)
    for parent in list(ast.walk(new)):
        for field, child in ast.iter_fields(parent):
            if isinstance(child, list):
                setattr(parent, field, [tr.visit(c) if any(c is t for t in terms) else c for c in child])
            elif any(child is t for t in terms):
                setattr(parent, field, tr.visit(child))
    return _unparse(new) if tr.changed else ""


def _zeroing_line(eng, src, octave_first: int) -> str:
    """``t[1] = 0`` / ``t[0, :] = 0`` on a copy of the parameters, rewritten to zero the bias (``t[0]`` / ``t[:, 0]``)."""
    params = tainted(src, eng.port_name(eng.problem.roles.params))
    for n in nodes(src):
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Subscript) \
                and isinstance(n.value, ast.Constant) and n.value.value == 0:
            t = n.targets[0]
            if isinstance(t.value, ast.Name) and t.value.id in params:
                new = copy.deepcopy(n)
                vector = not isinstance(t.slice, ast.Tuple)
                new.targets[0].slice = ast.parse("x[0]" if vector else "x[:, 0]", mode="eval").body.slice
                text = _unparse(new)
                if text != _unparse(n):
                    return text
    return ""


def _coefficient(eng, src, st, grad: bool = False) -> str:
    """The penalty line with its coefficient written ``lambda / (2 * m)`` (J) or ``lambda / m`` (gradient)."""
    lam = _lam_names(eng, src)
    if st is None:
        return ""
    m = _m_name(eng, src) if eng.problem.m(eng.usable[0].input_set) else None
    new = copy.deepcopy(st)
    for n in ast.walk(new):
        for field, child in ast.iter_fields(n):
            if isinstance(child, ast.BinOp) and names_in(child) & lam and not _is_square(child) and \
                    any(isinstance(x, ast.Constant) or (isinstance(x, ast.Name) and x.id == m) for x in ast.walk(child)) and \
                    isinstance(child.op, (ast.Div, ast.Mult)) and names_in(child) - lam <= ({m} if m else set()):
                name = next(iter(names_in(child) & lam))
                coef = (f"{name} / {m}" if grad else f"{name} / (2 * {m})") if m else (name if grad else f"{name} / 2")
                setattr(n, field, ast.parse(coef, mode="eval").body)
                return _unparse(new)
    return ""


def _m_name(eng, src) -> str:
    for n in nodes(src):
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) and n.targets[0].id in ("m", "M"):
            return n.targets[0].id
    X = eng.port_name(eng.problem.roles.X)
    return f"{X}.shape[0]" if X else "m"


def _sign(eng, src, st) -> str:
    lam = _lam_names(eng, src)
    if st is None:
        return ""
    new = copy.deepcopy(st)
    for n in ast.walk(new):
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub) and names_in(n.right) & lam:
            n.op = ast.Add()
            return _unparse(new)
        if isinstance(n, ast.AugAssign) and isinstance(n.op, ast.Sub) and names_in(n.value) & lam:
            n.op = ast.Add()
            return _unparse(new)
    return ""


def _global_lambda(eng, src) -> str:
    """The port's line reading a module-level number where its lambda argument belongs, with the argument."""
    lam = eng.port_name(eng.problem.roles.lam)
    numbers = {t.id for n in src.tree.body if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant)
               and isinstance(n.value.value, (int, float)) for t in n.targets if isinstance(t, ast.Name)}
    local = {t.id for n in nodes(src) if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
    params = set(src.params())
    lines, seen = [], None
    for n in sorted(nodes(src), key=lambda x: getattr(x, "lineno", 0)):
        if isinstance(n, ast.Name) and n.id in numbers and n.id not in local | params:
            st = statement_of(src, n)
            if st is None or st.lineno in {x.lineno for x in lines}:
                continue
            seen = n.id
            lines.append(st)
    fixed = []
    for st in lines:
        new = copy.deepcopy(st)
        for x in ast.walk(new):
            if isinstance(x, ast.Name) and x.id == seen:
                x.id = lam
        fixed.append(_unparse(new))
    return "; ".join(fixed) + f"   # the argument {lam}, not the module's {seen}" if fixed else ""


def _penalty_sum(eng, src) -> str:
    """``np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)`` in the port's names (``theta[1:]`` for a vector)."""
    blocks = eng.problem.blocks(eng.usable[0].input_set)
    vars_ = block_vars(eng, src)
    if len(blocks) == 1 and blocks[0].shape[0] == 1:
        return f"np.sum({vars_[0]}[1:] ** 2)"
    return " + ".join(f"np.sum({v}[:, 1:] ** 2)" for v in vars_)


def _lambda_squared(eng, src, st) -> str:
    lam = _lam_names(eng, src)
    if st is None:
        return ""
    new = copy.deepcopy(st)
    for n in ast.walk(new):
        for field, child in ast.iter_fields(n):
            if isinstance(child, ast.BinOp) and isinstance(child.op, (ast.Mult, ast.Pow, ast.MatMult)) and \
                    names_in(child) and names_in(child) <= lam:
                setattr(n, field, ast.parse(_penalty_sum(eng, src), mode="eval").body)
                return _unparse(new)
    return ""


def _grad_sliced(eng, src, stmts) -> str:
    """``Theta1_grad += lam / m * Theta1`` -> ``Theta1_grad[:, 1:] += lam / m * Theta1[:, 1:]`` (each such line)."""
    kinds = block_names(eng, src)
    out = []
    for st in stmts:
        value = getattr(st, "value", None)
        used = [n.id for n in ast.walk(value) if isinstance(n, ast.Name) and n.id in kinds] if value is not None else []
        if not used or not isinstance(st, (ast.Assign, ast.AugAssign)):
            continue
        new = copy.deepcopy(st)
        tr = _Slices(kinds)
        new.value = tr.visit(new.value)
        target = new.target if isinstance(new, ast.AugAssign) else new.targets[0]
        if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
            target.slice = _Slices({target.value.id: kinds[used[0]]})._good(target.value.id)
        elif isinstance(target, ast.Name):
            sl = _Slices({target.id: kinds[used[0]]})
            target = sl._good(target.id)
            target = ast.Subscript(value=ast.Name(id=(new.target if isinstance(new, ast.AugAssign) else new.targets[0]).id,
                                                  ctx=ast.Load()), slice=target, ctx=ast.Store())
            if isinstance(new, ast.AugAssign):
                new.target = target
            else:
                new.targets[0] = target
        if tr.changed:
            out.append(_unparse(new))
    return "; ".join(out)


def _vars_of(eng, src, blocks) -> set[str]:
    """The port's variables (and their aliases) for the named case blocks."""
    order = [b.name for b in eng.problem.blocks(eng.usable[0].input_set)]
    vars_ = block_vars(eng, src)
    out = set()
    for b in blocks:
        if b in order and order.index(b) < len(vars_):
            out |= aliases(src, vars_[order.index(b)])
    return out


def penalty_fix(eng, src, ident: str, **kw) -> str:
    """The rewritten penalty line for finding ``ident``; "" when the line is not found."""
    grad = kw.get("output") == eng.output_name(eng.problem.roles.grad) if eng.problem.roles.grad is not None else False
    if ident == "lambda-ignored":
        return _global_lambda(eng, src)
    if grad:
        stmts, _ = penalty_statements(eng, src, "grad")
        wanted = _vars_of(eng, src, kw.get("blocks") or ())
        if wanted:
            lam = _lam_names(eng, src)
            stmts = [st for st in stmts if any(isinstance(n, ast.BinOp) and isinstance(n.op, (ast.Mult, ast.MatMult))
                                               and names_in(n) & lam and names_in(n) & wanted for n in ast.walk(st))] or stmts
        if ident in ("theta-slice", "reg-bias", "reg-row0", "reg-bias-constant"):
            return _zeroing_line(eng, src, 0) or _grad_sliced(eng, src, stmts)
        st = stmts[0] if stmts else None
    else:
        st, squares = penalty_statements(eng, src, "J")
        if ident in ("theta-slice", "reg-bias", "reg-row0"):
            return _sliced(eng, src, squares, coef=st)
    if ident == "reg-scale":
        return _coefficient(eng, src, st, grad=grad)
    if ident == "reg-sign":
        return _sign(eng, src, st)
    if ident == "lambda-squared":
        return _lambda_squared(eng, src, st)
    return ""
