"""The adapters' arithmetic: numbers and argument names only, never Python's eval."""
import numpy as np
import pytest

from portcheck.expressions import ExpressionError, apply_subscript, evaluate, names_in


@pytest.mark.parametrize("text, value", [
    ("N / K", 2.0), ("N // K + 1", 3), ("round(2.5)", 3.0), ("round(-2.5)", -3.0), ("2 ** 3 - fs / 1000", 0.0),
    ("max(N, K) - min(N, K)", 128), ("floor(fs / 3)", 2666.0), ("-N", -256),
])
def test_arithmetic_over_argument_names(text, value):
    assert evaluate(text, {"N": 256, "K": np.array([[128.0]]), "fs": 8000.0}) == value


def test_a_struct_field_is_read_from_a_dict():
    assert evaluate("options.lambda * 2", {"options": {"lambda": 0.5}}) == 1.0
    assert names_in("options.lambda") == {"options"}
    with pytest.raises(ExpressionError, match="no field 'real'"):
        evaluate("N.real", {"N": 4})


@pytest.mark.parametrize("text", [
    "__import__('os').system('true')", "N.__class__", "(N + 1).real", "open('x')", "[N for N in 'ab']", "lambda: 1", "N if K else 0",
    "'text'", "N[0]", "9 ** 9 ** 9", "exec('1')",
])
def test_anything_but_arithmetic_is_refused(text):
    with pytest.raises(ExpressionError):
        evaluate(text, {"N": 4, "K": 2})


def test_unknown_names_are_named():
    with pytest.raises(ExpressionError, match=r"unknown name 'M'; the names are \['K', 'N'\]"):
        evaluate("M + 1", {"N": 1, "K": 2})
    assert names_in("N / K + floor(fs)") == {"N", "K", "fs"}


def test_subscripts_take_expressions_as_bounds():
    a = np.arange(20.0).reshape(10, 2)
    np.testing.assert_array_equal(apply_subscript(a, "[:N/2+1, 1]", {"N": 8}), a[:5, 1])
    np.testing.assert_array_equal(apply_subscript(a, "[1:-1]", {}), a[1:-1])
    with pytest.raises(ExpressionError, match="not a whole number"):
        apply_subscript(a, "[:N/3]", {"N": 8})
