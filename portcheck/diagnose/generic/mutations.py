"""One-line changes to a port's own source, each the repair of one catalogued porting mistake.

A repair probe (:mod:`.repair`) applies one :class:`Mutation` to the port's code
and runs it again: when the changed port agrees with OCTAVE on every input set,
the mistake is confirmed, with its line and the fix in the port's own names.
This module only *proposes* the changes, from the ``ast`` of a function and the
lines that ran; it runs nothing.

Every operator is the inverse of a mistake of the catalog (pitfalls.md) and
carries the finding id it confirms:

==========================  =================================================================
id                          change tried
==========================  =================================================================
``index-base``              a start bound or index +-1; both bounds of a range shifted; a tuple
                            of column numbers -1/+1 (1-based numbers copied literally)
``range-end``               an end bound +-1 (Octave's ``a:b`` includes ``b``); ``np.arange(a, b, s)``
                            -> ``np.arange(a, b + s, s)`` (``a:s:b`` includes ``b``)
``zero-based-index``        ``+ 1`` on an ``argmin``/``argmax`` or on a loop variable stored into an
                            array (``idx[i] = j``), the label of a mask ``X[idx == k]`` +-1 (:mod:`.bounds`):
                            Octave's indices count from 1
``classes-hardcoded``       ``x % 10`` -> ``x``: labels wrapped by a literal count (the digits' 10 made 0)
``first-iteration-skipped`` ``for i in range(1, m)`` -> ``range(0, m)``: the loop skipped its first
                            iteration (Octave's ``for i = 1:m`` starts at the first element)
``off-by-one``              a ``+ 1`` / ``- 1`` dropped elsewhere
``reshape-order``           ``order="F"`` / ``"C"`` toggled in reshape, ravel, flatten
``elementwise-vs-matrix``   ``r.T * r`` (an outer product) -> ``r.T @ r`` (Octave's ``r' * r``); ``pinv(A) * b`` -> ``@``
``transpose``               a ``.T`` removed, or added to a matrix product's operand or to an
                            array sliced by rows (``U[:K]`` for ``U(:, 1:K)``); ``X @ X.T`` <-> ``X.T @ X``
``conjugate``               a conj() removed, or an imaginary constant's sign
``sign-flip``               a unary minus removed, or a list element / exponent negated
``log-base``                log / log10 / log2 swapped
``db-scale``                10*log10 vs 20*log10
``std-ddof``                ddof=0 vs ddof=1 in std/var; ``x / (m - 1)`` -> ``x / m``; ``np.cov(X, rowvar=False)``
                            -> ``X.T @ X / X.shape[0]`` (np.cov also centres)
``reduction-axis``          a sum/mean/max/min/argmin/argmax over every entry given ``axis=0`` or
                            ``axis=1``, or its axis 0 <-> 1 (Octave's ``sum(A, 2)``)
``window-variant``          np.hanning(N) vs np.hanning(N + 2)[1:-1] (Octave's hanning) and
                            the periodic variant; likewise hamming and blackman
``power``                   a norm squared, or the square dropped
``wrong-dimension``         .shape[0] vs .shape[1]; ``np.size(X)`` (every entry) -> ``np.size(X, 0)`` (rows)
``round-half``              round() (half to even) vs Octave's round (half away from zero)
``integer-division``        // vs /
``comparison``              >= vs >, <= vs <
``empty-guard``             ``len(x) > 0`` -> ``>= 0``: a guard that skips the empty case Octave computes
``aliasing``                ``a = b`` vs ``a = b.copy()``
``edge-handling``           filtfilt's padlen as Octave's: 3 * (max(len(b), len(a)) - 1)
``truncated-constant``      0.7071 -> 1/sqrt(2) and other constants typed with few digits
``bias-column``             the two parts of a join swapped when one is a column of ones
                            (``np.append(a2, ones, axis=1)`` for Octave's ``[ones(m, 1) a2]``);
                            ``column-order`` when neither is
``precedence``              ``x / 2*m`` -> ``x / (2*m)``: a product meant as one denominator
``pseudo-inverse``          ``inv(A)`` -> ``np.linalg.pinv(A)``; ``solve(A, b)`` -> ``pinv(A) @ b`` (Octave's ``pinv``)
``extra-step``              an argument re-centred / re-scaled by its own statistic -> the argument
                            (``(X - X.mean()) / X.std()`` -> ``X``); ``np.clip(z, lo, hi)`` -> ``z``;
                            ``p[p == 10] = 0`` deleted (a label remapped by a literal, the digits' habit)
``wrong-variable``          a size argument used as a size replaced by another size argument
                            (``hidden_layer_size + 1`` for ``input_layer_size + 1``)
``wrong-derivative``        ``sigmoidGradient(a2)`` -> ``sigmoidGradient(z2)`` where ``a2 = sigmoid(z2)``
``constant-gain``           a constant factor dropped (``x * 0.5``), or a statement that rescales
                            a variable by itself dropped (``h = h * p / np.sum(h)``)
==========================  =================================================================
"""
from __future__ import annotations

import ast
import copy
import math
from dataclasses import dataclass

from .bounds import _bound_changes, _bounds, _inside_subscript, _is_shape
from .call_changes import _call_changes, _drop_one, _name, _one, pinv_call
from .extra_steps import empty_guard, is_count, zero_test, extra_step_changes
from .variable_swaps import variable_swaps

__all__ = ["Mutation", "mutations", "apply", "TITLES"]

#: Title of the finding each repair confirms.
TITLES = {
    "index-base": "index base: a position off by one",
    "range-end": "range end: one element too many or too few",
    "first-iteration-skipped": "a loop that skips its first iteration (the first example or element)",
    "zero-based-index": "an index counted from 0 where Octave's counts from 1",
    "classes-hardcoded": "a label special-cased or wrapped by a literal (a modulo or a remap Octave does not make)",
    "off-by-one": "a +1 / -1 too many",
    "reshape-order": "C- vs F-order in a reshape",
    "transpose": "a transpose missing or extra",
    "elementwise-vs-matrix": "* where Octave's product is a matrix product",
    "conjugate": "complex conjugate",
    "sign-flip": "sign flipped",
    "log-base": "log vs log10",
    "db-scale": "10*log10 vs 20*log10",
    "std-ddof": "std/var divisor N vs N-1",
    "reduction-axis": "a reduction over the wrong axis or over every entry",
    "window-variant": "window variant",
    "power": "a power missing or extra",
    "wrong-dimension": "a length taken from the wrong dimension",
    "round-half": "rounding half to even vs half away from zero",
    "integer-division": "integer division",
    "comparison": "strict vs non-strict comparison",
    "empty-guard": "a guard Octave does not have: the empty case skipped (Octave computes it, e.g. NaN for a mean of none)",
    "aliasing": "an alias where Octave copies",
    "edge-handling": "edge padding of filtfilt",
    "truncated-constant": "a constant typed with too few digits",
    "constant-gain": "a scale factor Octave does not apply",
    "wrong-variable": "one size argument written where another is meant",
    "wrong-derivative": "the derivative taken at the activation a = g(z), not at z",
    "extra-step": "a step Octave's function does not take (an input re-normalised inside it, a value clipped)",
    "precedence": "`x / 2*m` multiplies by m: the denominator's parentheses are missing",
    "pseudo-inverse": "inv where Octave's pinv gives the minimum-norm answer (a singular matrix)",
    "bias-column": "the column of ones on the other side",
    "column-order": "the two parts of a join in the other order",
}

_KNOWN_CONSTANTS = {"1/sqrt(2)": 1 / math.sqrt(2), "sqrt(2)": math.sqrt(2), "pi": math.pi, "2*pi": 2 * math.pi,
                    "e": math.e, "log(2)": math.log(2), "log(10)": math.log(10), "1/log(10)": 1 / math.log(10),
                    "sqrt(3)": math.sqrt(3), "pi/2": math.pi / 2, "1/pi": 1 / math.pi}


@dataclass(frozen=True)
class Mutation:
    """One change: the node at ``index`` (in :func:`ast.walk` order of the function) replaced by ``new``."""

    cause: str
    index: int
    new: ast.AST
    line: int        # 1-based line in the file
    old_text: str    # the source line as written
    new_text: str    # the same line with the change

    @property
    def title(self) -> str:
        return TITLES.get(self.cause, self.cause)


def _candidates(tree, numpy_name: str | None):
    """``(node, replacement, cause)`` for every change the operators propose, in the function's tree."""
    roles = _bounds(tree)
    parents = {id(c): p for p in ast.walk(tree) for c in ast.iter_child_nodes(p)}
    loop_vars = {t.id for n in ast.walk(tree) if isinstance(n, ast.For) for t in ast.walk(n.target)
                 if isinstance(t, ast.Name)}  # for k in ..., for k, c in enumerate(...)
    for node in ast.walk(tree):
        yield from _bound_changes(node, roles)
        yield from _call_changes(node, parents, numpy_name)
        yield from _operator_changes(node, parents, roles, numpy_name)
        yield from _label_changes(node, parents, loop_vars)
    yield from extra_step_changes(tree)
    yield from variable_swaps(tree)


def _label_changes(node, parents, loop_vars):
    """An index stored or returned 0-based where Octave's is 1-based: ``+ 1`` on an ``argmin``/``argmax`` (Octave's
    ``[~, i] = min(...)`` counts from 1) and on a loop variable stored into an array (``idx[i] = j``)."""
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Subscript) \
            and isinstance(node.targets[0].slice, ast.Compare) and isinstance(node.value, ast.Constant) \
            and any(isinstance(c, ast.Constant) for c in node.targets[0].slice.comparators):
        # p[p == 10] = 0: a label special-cased by a literal (the digits' 10 stored as 0) -- the line deleted;
        # counts[counts == 0] = 1 is a guard against dividing by an empty count (Octave divides: NaN)
        zero_to_one = any(isinstance(c, ast.Constant) and c.value == 0 for c in node.targets[0].slice.comparators) \
            and node.value.value == 1
        yield node, ast.Pass(), "empty-guard" if zero_to_one else "extra-step"  # a remap Octave's function does not make
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.right, ast.Constant) \
            and type(node.right.value) is int and node.right.value >= 2 and not isinstance(node.left, ast.Constant):
        # labels wrapped by a literal count: (argmax + 1) % 10 turns the course's label 10 into 0
        yield node, copy.deepcopy(node.left), "classes-hardcoded"
    parent = parents.get(id(node))
    if isinstance(parent, ast.BinOp) and isinstance(parent.op, (ast.Add, ast.Sub)):
        return  # already shifted
    if isinstance(node, ast.Call) and _name(node.func) in ("argmin", "argmax", "nanargmin", "nanargmax"):
        yield node, ast.BinOp(copy.deepcopy(node), ast.Add(), _one(1)), "zero-based-index"
    elif isinstance(node, ast.Name) and node.id in loop_vars and isinstance(parent, ast.Assign) \
            and parent.value is node and isinstance(parent.targets[0], ast.Subscript):
        yield node, ast.BinOp(copy.deepcopy(node), ast.Add(), _one(1)), "zero-based-index"


def _operator_changes(node, parents, roles, numpy_name=None):
    if isinstance(node, ast.BinOp):
        if isinstance(node.op, ast.Mult) and any((isinstance(x, ast.Attribute) and x.attr == "T") or _inverse(x)
                                                 for x in (node.left, node.right)):
            # r.T * r: Octave's r' * r (a matrix product) ported with *, an outer product; pinv(A) * b likewise
            yield node, ast.BinOp(copy.deepcopy(node.left), ast.MatMult(), copy.deepcopy(node.right)), \
                "elementwise-vs-matrix"
        if isinstance(node.op, (ast.Add, ast.Sub)) and id(node) not in roles:
            dropped = _drop_one(node)
            if dropped is not None:  # x / (m - 1): the N-1 divisor of a sample variance where Octave's is N
                parent = parents.get(id(node))
                divisor = isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Div) and parent.right is node \
                    and isinstance(node.op, ast.Sub)
                yield node, dropped, "std-ddof" if divisor else "off-by-one"
        if isinstance(node.op, ast.MatMult):
            for side in ("left", "right"):
                new = copy.deepcopy(node)
                setattr(new, side, ast.Attribute(getattr(new, side), "T", ast.Load()))
                yield node, new, "transpose"
        elif isinstance(node.op, ast.FloorDiv):
            yield node, ast.BinOp(copy.deepcopy(node.left), ast.Div(), copy.deepcopy(node.right)), "integer-division"
        elif isinstance(node.op, ast.Pow):
            if _name(getattr(node.left, "func", None)) == "norm" and isinstance(node.right, ast.Constant):
                yield node, copy.deepcopy(node.left), "power"
            yield node, ast.BinOp(copy.deepcopy(node.left), ast.Pow(), _negate(node.right)), "sign-flip"
        elif isinstance(node.op, ast.Mult):
            yield from _db_changes(node)
        if isinstance(node.op, (ast.Mult, ast.Div)) and isinstance(node.right, ast.Constant) \
                and isinstance(node.right.value, (int, float)) and node.right.value not in (0, 1, -1):
            yield node, copy.deepcopy(node.left), "constant-gain"
        if isinstance(node.op, ast.Mult) and isinstance(node.left, ast.BinOp) and isinstance(node.left.op, ast.Div) \
                and isinstance(node.left.right, (ast.Constant, ast.Name)) and isinstance(node.right, (ast.Name, ast.Constant)):
            # x / 2*m is (x / 2) * m in Python (and in Octave): the 2*m meant as one denominator
            divisor = ast.BinOp(copy.deepcopy(node.left.right), ast.Mult(), copy.deepcopy(node.right))
            yield node, ast.BinOp(copy.deepcopy(node.left.left), ast.Div(), divisor), "precedence"
    elif isinstance(node, ast.Subscript) and _is_shape(node) and isinstance(node.slice, ast.Constant) \
            and node.slice.value in (0, 1, -1):
        new = copy.deepcopy(node)
        new.slice = ast.Constant(1 if node.slice.value in (0, -1) else 0)
        # x.shape[0] == 0 (or > 0) is a guard on the empty case: the other dimension lets it through
        yield node, new, "empty-guard" if zero_test(parents.get(id(node))) else "wrong-dimension"
    elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and isinstance(node.ctx, ast.Load) \
            and (isinstance(node.slice, ast.Slice) or (isinstance(node.slice, ast.Tuple) and len(node.slice.elts) == 2
                                                       and isinstance(node.slice.elts[0], ast.Slice))):
        # U[:K] or U[0:K, :] (rows) where U(:, 1:K) (columns) was meant
        yield node, ast.Subscript(ast.Attribute(copy.deepcopy(node.value), "T", ast.Load()), copy.deepcopy(node.slice),
                                  ast.Load()), "transpose"
    elif isinstance(node, ast.Attribute) and node.attr == "T" and isinstance(node.ctx, ast.Load):
        yield node, copy.deepcopy(node.value), "transpose"
    elif isinstance(node, ast.Attribute) and node.attr == "I" and isinstance(node.ctx, ast.Load):
        yield node, pinv_call(node.value, numpy_name), "pseudo-inverse"  # np.matrix's .I is inv: Octave's pinv
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        complex_const = isinstance(node.operand, ast.Constant) and isinstance(node.operand.value, complex)
        yield node, copy.deepcopy(node.operand), "conjugate" if complex_const else "sign-flip"
    elif isinstance(node, ast.Constant) and isinstance(node.value, complex) and node.value.imag:
        if not isinstance(parents.get(id(node)), ast.UnaryOp):
            yield node, ast.Constant(node.value.conjugate()), "conjugate"
    elif isinstance(node, ast.Constant) and isinstance(node.value, float):
        yield from _constant_changes(node)
    elif isinstance(node, (ast.List, ast.Tuple)) and isinstance(node.ctx, ast.Load) and 1 < len(node.elts) <= 8 \
            and not _inside_subscript(node):
        for i, e in enumerate(node.elts):
            if isinstance(e, (ast.Name, ast.Attribute)):
                new = copy.deepcopy(node)
                new.elts[i] = _negate(e)
                yield node, new, "sign-flip"
    elif isinstance(node, ast.Compare) and len(node.ops) == 1:
        swap = {ast.GtE: ast.Gt, ast.Gt: ast.GtE, ast.LtE: ast.Lt, ast.Lt: ast.LtE}.get(type(node.ops[0])) or \
            ({ast.Eq: ast.Lt, ast.NotEq: ast.GtE}.get(type(node.ops[0])) if empty_guard(node) else None)  # never/always
        if swap is not None:
            guard = empty_guard(node)
            yield node, ast.Compare(copy.deepcopy(node.left), [swap()], copy.deepcopy(node.comparators)), \
                "empty-guard" if guard else "comparison"
    elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        yield from _assign_changes(node)
    elif isinstance(node, ast.AugAssign) and isinstance(node.op, (ast.Mult, ast.Div)) and isinstance(node.target, ast.Name):
        yield node, ast.Pass(), "constant-gain"
    if isinstance(node, ast.Call) and _name(node.func) == "exp" and len(node.args) == 1:
        new = copy.deepcopy(node)
        new.args[0] = _negate(node.args[0])
        imaginary = any(isinstance(n, ast.Constant) and isinstance(n.value, complex) for n in ast.walk(node.args[0]))
        yield node, new, "conjugate" if imaginary else "sign-flip"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and not _drop_one(node):
        yield node, ast.BinOp(copy.deepcopy(node.right), ast.Sub(), copy.deepcopy(node.left)), "sign-flip"


def _assign_changes(node):
    """``a = b`` -> ``a = b.copy()``; ``h = h * c / d`` (a variable rescaled by itself) -> dropped."""
    target, value = node.targets[0], node.value
    if isinstance(value, ast.Name):
        copied = ast.Call(ast.Attribute(copy.deepcopy(value), "copy", ast.Load()), [], [])
        yield node, ast.Assign([copy.deepcopy(target)], copied), "aliasing"
        return
    operand = value
    while isinstance(operand, ast.BinOp) and isinstance(operand.op, (ast.Mult, ast.Div)):
        operand = operand.left
    if operand is not value and isinstance(operand, ast.Name) and operand.id == target.id:
        yield node, ast.Pass(), "constant-gain"


def _inverse(e) -> bool:
    """``pinv(A)`` / ``inv(A)``, or a name bound to one (``A_inv = np.linalg.pinv(X.T @ X)``)."""
    return (isinstance(e, ast.Call) and _name(e.func) in ("pinv", "inv")) or getattr(e, "_portcheck_inverse", False)


def _negate(e):
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub):
        return copy.deepcopy(e.operand)
    return ast.UnaryOp(ast.USub(), copy.deepcopy(e))


def _db_changes(node):
    """10 * log10(...) <-> 20 * log10(...)."""
    for const, other in ((node.left, node.right), (node.right, node.left)):
        if isinstance(const, ast.Constant) and const.value in (10, 20) and _name(getattr(other, "func", None)) == "log10":
            new = copy.deepcopy(node)
            target = new.left if const is node.left else new.right
            target.value = 30 - const.value
            yield node, new, "db-scale"


def _constant_changes(node):
    """A float typed with few digits, close to a well-known constant: the exact value."""
    text = repr(node.value)
    digits = len(text.replace("-", "").replace(".", "").lstrip("0"))
    if digits > 6:
        return
    for name, exact in _KNOWN_CONSTANTS.items():
        if node.value != exact and abs(node.value - exact) <= 1e-3 * abs(exact):
            new = ast.Constant(exact)
            new._portcheck_text = name
            yield node, new, "truncated-constant"


def _mark_subscripts(tree) -> None:
    """Marks what lies inside a subscript, and every read of a name bound to a count (``n_k = len(rows)``)."""
    bound = [(n.targets[0].id, n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign) and len(n.targets) == 1
             and isinstance(n.targets[0], ast.Name)]
    counts = {name for name, value in bound if is_count(value)}
    inverses = {name for name, value in bound if _inverse(value)}
    tallies = {n.target.value.id if isinstance(n.target, ast.Subscript) else n.target.id for n in ast.walk(tree)
               if isinstance(n, ast.AugAssign) and isinstance(n.op, ast.Add) and isinstance(n.value, ast.Constant)
               and n.value.value == 1 and isinstance(getattr(n.target, "value", n.target), ast.Name)}  # counts[k] += 1
    counts |= tallies
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript):
            node._portcheck_count = isinstance(node.value, ast.Name) and node.value.id in tallies
            for inner in ast.walk(node.slice):
                inner._portcheck_in_subscript = True
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            node._portcheck_count = node.id in counts
            node._portcheck_inverse = node.id in inverses


def mutations(func_node: ast.AST, lines_run: set[int], source_lines: list[str], numpy_name: str | None = None):
    """Every :class:`Mutation` of ``func_node`` on a line that ran, in the order the operators propose them."""
    _mark_subscripts(func_node)
    index = {id(n): i for i, n in enumerate(ast.walk(func_node))}
    parents = {id(c): p for p in ast.walk(func_node) for c in ast.iter_child_nodes(p)}
    seen = set()
    for node, new, cause in _candidates(func_node, numpy_name):
        line = getattr(node, "lineno", None)
        if line is None or line not in lines_run or id(node) not in index:
            continue
        try:
            new_text = _changed_line(node, new, source_lines, parents.get(id(node)))
        except Exception:
            continue
        key = (line, new_text)
        if new_text is None or key in seen:
            continue
        seen.add(key)
        yield Mutation(cause, index[id(node)], new, line, source_lines[line - 1].strip(), new_text)


def _changed_line(node, new, source_lines, parent=None) -> str | None:
    """The source line of ``node`` with ``node`` replaced by ``new`` (None when the node spans lines)."""
    if node.lineno != node.end_lineno:
        return None
    line = source_lines[node.lineno - 1]
    if isinstance(new, ast.Pass):
        return f"# delete the line: {line.strip()}"   # a comment: the fix names nothing the port lacks
    text = getattr(new, "_portcheck_text", None) or ast.unparse(ast.fix_missing_locations(copy.deepcopy(new)))
    if isinstance(new, (ast.BinOp, ast.UnaryOp)) and isinstance(parent, (ast.BinOp, ast.UnaryOp, ast.Attribute)) \
            and not line[node.col_offset:node.end_col_offset].startswith("("):
        text = f"({text})"
    changed = line[:node.col_offset] + text + line[node.end_col_offset:]
    return changed.strip() if changed.strip() != line.strip() else None


def apply(func_node: ast.AST, *changes: Mutation) -> ast.AST:
    """A copy of ``func_node`` with every one of ``changes`` applied (line numbers kept).

    Raises ``LookupError`` when a node to change is missing or lies inside another one to change.
    """
    tree = copy.deepcopy(func_node)
    nodes = list(ast.walk(tree))
    targets = [nodes[m.index] for m in changes]
    inside = {id(n) for t in targets for n in ast.walk(t) if n is not t}
    if any(id(t) in inside for t in targets):
        raise LookupError("one change lies inside another")
    placed: dict = {}  # id(target) -> the node now in its place
    for target, mutation in zip(targets, changes):
        new = copy.deepcopy(mutation.new)
        ast.copy_location(new, target)
        if id(target) in placed:  # a second change of the same node: made on top of the first
            new = _compose(new, target, placed[id(target)])
            if new is None or not _replace(tree, placed[id(target)], new):
                raise LookupError("two changes of one node that do not compose")
        elif not _replace(tree, target, new):
            raise LookupError("the node to change was not found")
        placed[id(target)] = new
    return ast.fix_missing_locations(tree)


def _compose(new, target, prior):
    """``new`` (a change that wraps ``target``: ``argmax(...) + 1``) made around ``prior`` (``target`` changed
    already: ``argmax(..., axis=0)``), or None when ``new`` holds no copy of ``target``."""
    if ast.dump(new) == ast.dump(target):
        return None
    want = ast.dump(target)
    for parent in ast.walk(new):
        for field, value in ast.iter_fields(parent):
            if isinstance(value, ast.AST) and ast.dump(value) == want:
                setattr(parent, field, copy.deepcopy(prior))
                return new
    return None


def _replace(tree, target, new) -> bool:
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if value is target:
                setattr(parent, field, new)
                return True
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if item is target:
                        value[i] = new
                        return True
    return False
