"""A small, safe arithmetic evaluator for adapters written in ``portcheck.toml``.

``overlap = "N / K"`` (a port argument computed from the reference's),
``lamb = "options.lambda"`` (a field of a struct argument) and the output mappings ``"[:, :N_fft/2+1]"`` or ``"+ 1"`` are expressions over the
``.m`` argument names and numbers. They are parsed with :mod:`ast` and walked
here: numbers, names looked up in the mapping given, ``+ - * / // % **``,
unary ``+``/``-``, parentheses and a few functions (``floor``, ``ceil``,
``round``, ``fix``, ``abs``, ``sqrt``, ``log2``, ``log10``, ``min``, ``max``,
``int``, ``float``). Nothing else parses: no attribute access, no calls of
anything else, no comprehensions -- data is never evaluated as Python code
(``eval`` is not used). ``round`` rounds half away from zero, as Octave does.
"""
from __future__ import annotations

import ast
import keyword
import operator
import re
from typing import Mapping

import numpy as np

__all__ = ["ExpressionError", "parse_expression", "evaluate", "names_in", "parse_subscript", "apply_subscript"]


class ExpressionError(ValueError):
    """An expression that is not allowed, does not parse, or names something unknown."""


_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
           ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}


def _round_half_away(x):
    return np.sign(x) * np.floor(np.abs(x) + 0.5)


_FUNCTIONS = {"floor": np.floor, "ceil": np.ceil, "round": _round_half_away, "fix": np.trunc, "abs": np.abs,
              "sqrt": np.sqrt, "log2": np.log2, "log10": np.log10, "min": min, "max": max, "int": int, "float": float}
#: Largest exponent accepted by ``**`` (keeps ``9 ** 9 ** 9`` from running for ever).
MAX_EXPONENT = 64


_FIELD = re.compile(r"\.\s*([A-Za-z_]\w*)")


def _fields(text: str) -> str:
    """``s.lambda`` -> ``s.lambda_``: a struct field may be a Python keyword (it is looked up without the ``_``)."""
    return _FIELD.sub(lambda m: "." + m[1] + ("_" if keyword.iskeyword(m[1]) else ""), str(text))


def parse_expression(text: str) -> ast.AST:
    """Parse ``text`` and check that it uses only the allowed forms (raises :class:`ExpressionError`)."""
    try:
        tree = ast.parse(_fields(text).strip(), mode="eval").body
    except SyntaxError as exc:
        raise ExpressionError(f"{text!r} is not an arithmetic expression ({exc.msg})") from None
    _check(tree, text)
    return tree


def _check(node: ast.AST, text: str) -> None:
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
            raise ExpressionError(f"{text!r}: only numbers are allowed as constants, got {node.value!r}")
    elif isinstance(node, ast.Name):
        pass
    elif isinstance(node, ast.Attribute) and isinstance(node.value, (ast.Name, ast.Attribute)):
        _check(node.value, text)  # a struct's field: looked up in a dict, never an attribute of an object
    elif isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        _check(node.left, text)
        _check(node.right, text)
    elif isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        _check(node.operand, text)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCTIONS and not node.keywords:
        for arg in node.args:
            _check(arg, text)
    else:
        raise ExpressionError(f"{text!r}: {ast.unparse(node)!r} is not allowed; use numbers, argument names, "
                              f"+ - * / // % **, parentheses and {', '.join(sorted(_FUNCTIONS))}")


def names_in(text: str) -> set[str]:
    """The argument names an expression reads (its function names excluded)."""
    tree = parse_expression(text)
    called = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) not in called}



def _value(v):
    """A value from the mapping: 1x1 arrays as numbers, other arrays as they are."""
    if isinstance(v, (bool, np.bool_)):
        return int(v)
    if isinstance(v, np.ndarray):
        if v.size == 1 and v.dtype.kind in "biuf":
            return v.reshape(-1)[0].item()
        return v
    return v


def evaluate(text_or_tree, names: Mapping[str, object]):
    """The value of an expression, with ``names`` (``.m`` argument -> value) bound.

    Raises
    ------
    ExpressionError
        A form that is not allowed, an unknown name, or an arithmetic error.
    """
    tree = parse_expression(text_or_tree) if isinstance(text_or_tree, str) else text_or_tree
    try:
        return _eval(tree, names)
    except ExpressionError:
        raise
    except (ArithmeticError, TypeError, ValueError) as exc:
        raise ExpressionError(f"{ast.unparse(tree)!r}: {type(exc).__name__}: {exc}") from None


def _eval(node, names):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in names:
            raise ExpressionError(f"unknown name {node.id!r}; the names are {sorted(names)}")
        return _value(names[node.id])
    if isinstance(node, ast.Attribute):
        struct = _eval(node.value, names)
        field = node.attr[:-1] if node.attr.endswith("_") and keyword.iskeyword(node.attr[:-1]) else node.attr
        if not isinstance(struct, dict) or field not in struct:
            raise ExpressionError(f"{ast.unparse(node)!r}: no field {field!r} (a field is read from a struct argument)")
        return _value(struct[field])
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, names), _eval(node.right, names)
        if isinstance(node.op, ast.Pow) and np.max(np.abs(right)) > MAX_EXPONENT:
            raise ExpressionError(f"exponent {right!r} is too large (at most {MAX_EXPONENT})")
        return _BINARY[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp):
        return _UNARY[type(node.op)](_eval(node.operand, names))
    args = [_eval(a, names) for a in node.args]
    out = _FUNCTIONS[node.func.id](*args)
    return out.item() if isinstance(out, np.generic) else out


def parse_subscript(text: str) -> ast.AST:
    """Parse a NumPy-style subscript such as ``[:, :N_fft/2+1]`` or ``[1:-1]`` (0-based, end exclusive)."""
    body = str(text).strip()
    if not (body.startswith("[") and body.endswith("]")):
        raise ExpressionError(f"{text!r}: a subscript is written in brackets, e.g. '[:, :N/2+1]'")
    try:
        node = ast.parse("_" + body, mode="eval").body
    except SyntaxError as exc:
        raise ExpressionError(f"{text!r} is not a subscript ({exc.msg})") from None
    if not isinstance(node, ast.Subscript):
        raise ExpressionError(f"{text!r} is not a subscript")
    items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    for item in items:
        parts = [item.lower, item.upper, item.step] if isinstance(item, ast.Slice) else [item]
        for part in parts:
            if part is not None:
                _check(part, text)
    return node.slice


def apply_subscript(value, text: str, names: Mapping[str, object]):
    """``value[...]`` with each bound of the subscript ``text`` evaluated (bounds become integers)."""
    sl = parse_subscript(text)
    items = sl.elts if isinstance(sl, ast.Tuple) else [sl]

    def bound(node):
        if node is None:
            return None
        v = evaluate(node, names)
        if isinstance(v, float) and not v.is_integer():
            raise ExpressionError(f"{text!r}: the bound {ast.unparse(node)!r} is {v:g}, not a whole number")
        return int(v)

    index = tuple(slice(bound(i.lower), bound(i.upper), bound(i.step)) if isinstance(i, ast.Slice) else bound(i)
                  for i in items)
    return np.asarray(value)[index]

