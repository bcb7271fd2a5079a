"""Fuzz: no input, function or port makes the comparison or the diagnosis stop with an internal error.

Hypothesis draws a reference function (from a set of .m bodies: reshapes,
transposes, FFTs, reductions, several outputs, a struct, a char, a logical),
inputs of random shapes and classes (empty arrays, NaN and Inf, integers,
logicals, complex numbers), and a port that answers correctly, slightly wrong,
or with junk (None, strings, dicts, lists, wrong shapes, NaN, complex, raising).
Every run goes through the real compare workflow against real Octave; the
verdict must be parity or divergence (exit 0 or 1), and no finding may be
"the diagnosis stopped" (an internal error of portcheck).
"""
import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from portcheck.cases.project import user_case
from portcheck.errors import PortcheckError
from portcheck.workflow.pipeline import compare_case

pytestmark = pytest.mark.octave

BODIES = {
    "same": "y = x;", "scaled": "y = x * k;", "transposed": "y = x.';", "cumsum": "y = cumsum(x);",
    "column": "y = x(:);", "absfft": "y = abs(fft(x));", "fft": "y = fft(x);", "total": "y = sum(x(:)) + k;",
    "flip": "y = flipud(x);", "tail": "y = x(2:end, :);", "logical": "y = x > k;", "chars": "y = num2str(numel(x));",
    "struct": "y = struct('v', x, 'n', numel(x));", "pair": "y = x; z = k * 2;",
}

PORT = '''\
import json
import os

import numpy as np

MODE = {"mode": "same", "body": "same"}


def _read_mode():  # the port runs in the sandbox: the test says what to do through a file next to it
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "mode.json")) as f:
        MODE.update(json.load(f))


def _right(x, k):
    b = MODE["body"]
    x = np.asarray(x)
    if b == "same":
        return x
    if b == "scaled":
        return x * k
    if b == "transposed":
        return x.T
    if b == "cumsum":
        return np.cumsum(x, axis=0)
    if b == "column":
        return x.reshape(-1, 1, order="F")
    if b == "absfft":
        return np.abs(np.fft.fft(x, axis=0))
    if b == "fft":
        return np.fft.fft(x, axis=0)
    if b == "total":
        return np.sum(x) + k
    if b == "flip":
        return x[::-1]
    if b == "tail":
        return x[1:]
    if b == "logical":
        return x > k
    if b == "chars":
        return str(x.size)
    if b == "struct":
        return {"v": x, "n": x.size}
    return x


def port(x, k):
    _read_mode()
    m = MODE["mode"]
    y = _right(x, k)
    if m == "right":
        return (y, k * 2) if MODE["body"] == "pair" else y
    if m == "scaled":
        return np.asarray(y, dtype=float) * 1.5
    if m == "shifted":
        return np.roll(np.asarray(y, dtype=float), 1)
    if m == "transposed":
        return np.asarray(y).T
    if m == "plusone":
        return np.asarray(y, dtype=float) + 1
    if m == "negated":
        return -np.asarray(y, dtype=float)
    if m == "extra":
        return np.concatenate([np.ravel(y), [0.0]])
    if m == "short":
        return np.ravel(y)[:-1]
    if m == "conj":
        return np.conj(y)
    if m == "none":
        return None
    if m == "text":
        return "not numbers"
    if m == "dict":
        return {"a": 1, "b": [1, 2]}
    if m == "list":
        return [1, "two", None]
    if m == "nan":
        return np.full(np.shape(y), np.nan)
    if m == "inf":
        return np.full(np.shape(y), np.inf)
    if m == "empty":
        return np.zeros((0, 3))
    if m == "object":
        return np.array([object(), 1], dtype=object)
    if m == "complex":
        return np.asarray(y, dtype=complex) + 1j
    if m == "huge":
        return np.full((3, 3), 1e308) * 10
    if m == "tuple":
        return (y, y, y, y)
    if m == "matrix":
        return np.matrix(np.atleast_2d(np.asarray(y, dtype=float)))
    if m == "int8":
        return np.asarray(y, dtype=float).astype(np.int8)
    if m == "raise_index":
        return np.zeros(2)[5]
    if m == "raise_value":
        raise ValueError("operands could not be broadcast together")
    if m == "raise_type":
        return x + "text"
    return y
'''

MODES = ["right", "scaled", "shifted", "transposed", "plusone", "negated", "extra", "short", "conj", "none", "text",
         "dict", "list", "nan", "inf", "empty", "object", "complex", "huge", "tuple", "matrix", "int8", "raise_index",
         "raise_value", "raise_type"]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz")
    for name, body in BODIES.items():
        outs = "[y, z]" if name == "pair" else "y"
        (root / f"f_{name}.m").write_text(f"function {outs} = f_{name}(x, k)\n{body}\nend\n")
    (root / "fuzzport.py").write_text(PORT)
    return root


def _values(dtype):
    if dtype == "float":
        return st.floats(allow_nan=True, allow_infinity=True, width=64, min_value=None, max_value=None)
    if dtype == "complex":
        return st.complex_numbers(allow_nan=False, allow_infinity=False, max_magnitude=1e6)
    return None


@st.composite
def inputs(draw):
    dtype = draw(st.sampled_from(["float", "float", "float", "int32", "uint8", "bool", "complex"]))
    shape = draw(st.tuples(st.integers(0, 4), st.integers(0, 4)) | st.tuples(st.integers(0, 5)))
    np_dtype = {"float": np.float64, "int32": np.int32, "uint8": np.uint8, "bool": np.bool_, "complex": np.complex128}[dtype]
    x = draw(hnp.arrays(np_dtype, shape, elements=_values(dtype)))
    k = draw(st.sampled_from([0.0, 1.0, 2.5, -3.0, 7]))
    return x, k


SETTINGS = settings(max_examples=int(__import__("os").environ.get("PORTCHECK_FUZZ_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large])


@SETTINGS
@given(body=st.sampled_from(sorted(BODIES)), mode=st.sampled_from(MODES), data=inputs())
def test_nothing_stops_the_comparison_or_the_diagnosis(project, session, body, mode, data):
    from portcheck.runner import load_port

    x, k = data
    (project / "mode.json").write_text(json.dumps({"mode": mode, "body": body}))
    case = user_case(project / f"f_{body}.m", "fuzzport.py:port", {"x": x, "k": k}, root=project)
    try:
        with load_port(f"{project / 'fuzzport.py'}:port") as port:
            result = compare_case(case, port=port, session=session, timeout=30)
    except PortcheckError as exc:  # an input Octave cannot take at all is a usage error (exit 2), never a crash
        assert exc.exit_code == 2
        return
    assert result.exit_code in (0, 1)
    stopped = [f for f in result.findings if f.title == "the diagnosis stopped"]
    assert not stopped, stopped[0].details
    if result.exit_code == 1:
        assert result.findings, "a divergence is never left without a finding"


COURSE_M = """\
function [J, grad] = ridge(theta, X, y, lambda)
r = X * theta - y;
J = (r' * r) / 2 + lambda * sum(theta .^ 2);
grad = X' * r + 2 * lambda * theta;
end
"""

COURSE_PORT = '''\
import json
import os

import numpy as np

MODE = {"mode": "right"}


def ridge(theta, X, y, lambda_):
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "mode.json")) as f:
        MODE.update(json.load(f))
    m = MODE["mode"]
    r = X @ theta - y
    J, grad = float(np.sum(r * r) / 2 + lambda_ * np.sum(theta ** 2)), X.T @ r + 2 * lambda_ * theta
    if m == "right":
        return J, grad
    if m == "half":
        return J / 2, grad
    if m == "junk":
        return "J", {"grad": grad}
    if m == "raise":
        return X[len(X) + 1]
    if m == "nan":
        return np.nan, grad * np.nan
    return J, grad.T
'''


@st.composite
def course_inputs(draw):
    m = draw(st.integers(0, 6))
    n = draw(st.integers(0, 4))
    finite = st.floats(-1e3, 1e3, allow_nan=False)
    wild = st.floats(allow_nan=True, allow_infinity=True, width=64)
    elements = draw(st.sampled_from([finite, wild]))
    X = draw(hnp.arrays(np.float64, (m, n), elements=elements))
    y = draw(hnp.arrays(draw(st.sampled_from([np.float64, np.int32])), draw(st.sampled_from([(m, 1), (m,), (1, m), (m, 2)])),
                        elements=st.integers(0, 5)))
    theta = draw(hnp.arrays(np.float64, draw(st.sampled_from([(n, 1), (n,), (n + 1, 1)])), elements=finite))
    lam = draw(st.sampled_from([0.0, 1.0, np.array([[2.0]]), np.array([1.0, 2.0])]))
    return theta, X, y, lam


@SETTINGS
@given(mode=st.sampled_from(["right", "half", "junk", "raise", "nan", "transposed"]), data=course_inputs())
def test_course_named_arguments_with_random_shapes_never_crash(tmp_path_factory, session, mode, data):
    from portcheck.runner import load_port

    root = tmp_path_factory.getbasetemp() / "fuzz-course"
    if not (root / "ridge.m").exists():
        root.mkdir(exist_ok=True)
        (root / "ridge.m").write_text(COURSE_M)
        (root / "ridgeport.py").write_text(COURSE_PORT)
    (root / "mode.json").write_text(json.dumps({"mode": mode}))
    theta, X, y, lam = data
    case = user_case(root / "ridge.m", "ridgeport.py:ridge", {"theta": theta, "X": X, "y": y, "lambda": lam}, root=root)
    try:
        with load_port(f"{root / 'ridgeport.py'}:ridge") as port:
            result = compare_case(case, port=port, session=session, timeout=30)
    except PortcheckError as exc:
        assert exc.exit_code == 2
        return
    stopped = [f for f in result.findings if f.title == "the diagnosis stopped"]
    assert not stopped, stopped[0].details
