"""Transforms and the aligner on synthetic traces (no Octave needed)."""
from __future__ import annotations

import numpy as np
import pytest

from portcheck.trace.align import align, normalise
from portcheck.trace.octave_side import OctaveTrace, OEvent
from portcheck.trace.python_side import record_python
from portcheck.trace.transforms import agree, worst_entries
from portcheck.trace.values import Limits, Summary, capture, summarise

A = np.arange(1.0, 13.0).reshape(3, 4, order="F")


@pytest.mark.parametrize("p, transform", [
    (A.copy(), "same"),
    (A.T.copy(), "transpose"),
    (A.ravel(order="F"), "unrolled column-major"),
    (A.ravel(order="C"), "unrolled row-major"),
    (A.ravel(order="F").reshape(3, 4), "C/F reordering"),
    (A[:, 1:].copy(), "without bias column"),
    (A.reshape(3, 1, 4), "extra axes"),
])
def test_agree_names_the_transform(p, transform):
    assert agree(p, A, 1e-9, 1e-12).transform == transform


def test_agree_vectors_labels_and_bases():
    col = np.arange(1.0, 6.0).reshape(-1, 1)
    assert agree(np.arange(1, 6), col, 1e-9, 1e-12).transform == "same"           # (n,) int vs (n,1) float
    assert agree(np.arange(0, 5), col, 1e-9, 1e-12).transform == "0-based"
    assert agree(np.array(2.5), np.array([[2.5]]), 1e-9, 1e-12).transform == "same"
    Y = np.eye(3)[[0, 2, 1, 0]]
    labels = np.array([[1.0], [3.0], [2.0], [1.0]])
    assert agree(Y, labels, 1e-9, 1e-12).transform == "one-hot"
    assert agree(np.zeros((2, 2)) + 1, np.zeros((2, 2)), 1e-9, 1e-12) is None      # a constant is no index base
    assert agree(A * (1 + 1e-7), A, 1e-9, 1e-12) is None


def test_summaries_compare_under_the_layout_transforms():
    big = np.random.default_rng(0).random((300, 40))
    s = summarise(big)
    assert isinstance(capture(big, Limits(max_elements=100)), Summary)
    assert agree(big.copy(), s, 1e-9, 1e-12).transform == "same"
    assert agree(summarise(big.T.copy()), big, 1e-9, 1e-12).transform == "transpose"
    assert agree(big.ravel(order="F").reshape(300, 40), s, 1e-9, 1e-12).transform == "C/F reordering"
    assert agree(big * 1.001, s, 1e-9, 1e-12) is None


def test_worst_entries_give_python_index_and_octave_subscript():
    p = A.copy()
    p[1, 2] += 0.5
    mx, worst = worst_entries(p, A, "same")
    assert mx == pytest.approx(0.5)
    assert worst[0][0] == "[1, 2] (Octave (2,3))"
    mx, worst = worst_entries(p.T.copy(), A, "transpose")
    assert worst[0][0] == "[2, 1] (Octave (2,3))"


def test_normalise_aliases():
    assert normalise("lambda_") == normalise("lmbda") == normalise("lam") == "lambda"
    assert normalise("Theta1") == normalise("t1") == "theta1"
    assert normalise("d2") == normalise("delta2")
    assert normalise("Theta1_grad") == "theta1grad"


def _octave(events, outputs):
    evs = [OEvent(i + 1, line, name, np.atleast_2d(np.asarray(v, dtype=float)), 1, kind)
           for i, (line, name, v, kind) in enumerate(events)]
    return OctaveTrace("f", "f.m", evs, tuple(np.atleast_2d(np.asarray(o, dtype=float)) for o in outputs),
                       "statements")


def _port_ok(x, lam):
    s = np.sum(x ** 2)
    J = s / 2 + lam
    return J


def _port_bad(x, lam):
    s = np.sum(x ** 2)
    J = s / 2 - lam
    return J


def _port_transient(x, lam):
    J = np.sum(x ** 2)
    J = J / 2 + lam
    return J


X = np.array([[1.0], [2.0], [3.0]])
OCT = [(1, "x", X, "input"), (1, "lam", 0.5, "input"), (2, "s", 14.0, "assign"), (3, "J", 7.5, "assign"),
       (4, "J", 7.5, "output")]


@pytest.mark.parametrize("port, line", [(_port_ok, None), (_port_bad, 2), (_port_transient, None)])
def test_first_divergent_line(port, line):
    trace = record_python(port, (X.copy(), 0.5))
    al = align(trace, _octave(OCT, [7.5]), arg_names={"x": "x", "lam": "lam"})
    first_line = port.__code__.co_firstlineno
    if line is None:
        assert al.first is None and al.outputs_agree
    else:
        assert al.first.line == first_line + line and al.first.variable == "J"
        assert al.first.octave_line == 3 and al.first.octave_variable == "J"


def _port_view_write(x, lam):
    t = x
    t[0] = 0
    J = np.sum(x ** 2) / 2 + lam
    return J


def test_python_side_records_writes_through_views_and_loops():
    def loop(x):
        acc = 0.0
        for i in range(10):
            acc += i
        return acc
    tr = record_python(loop, (1,))
    hits = [e.hit for e in tr.events if e.name == "acc" and e.kind == "assign"]
    assert hits[:4] == [1, 1, 2, 3] and hits[-1] == 10 and len(hits) == 5   # first 3 and the last
    tr = record_python(_port_view_write, (X.copy(), 0.5))
    changed = [(e.name, e.inplace) for e in tr.events if e.kind == "assign"]
    assert ("x", True) in changed and ("t", True) in changed


def test_python_side_records_failure_line():
    def boom(x):
        y = x + 1
        z = y[5]
        return z
    tr = record_python(boom, (np.zeros(2),))
    assert tr.failure.type == "IndexError" and tr.failure.line == boom.__code__.co_firstlineno + 2


def test_tracing_after_a_deadline_withdrawn_in_a_worker_thread():
    """A port stopped in a worker thread leaves CPython's eval breaker signalled; tracing must still run."""
    import faulthandler
    import threading
    import time

    from portcheck.octave import process as _process

    def spin():
        while True:
            time.sleep(0.01)

    box = {}

    def worker():
        try:
            _process.run_with_deadline(spin, 0.2)
        except _process.DeadlineExceeded:
            box["stopped"] = True

    t = threading.Thread(target=worker, daemon=True)
    t.start()
    t.join(10)
    assert box.get("stopped")
    faulthandler.dump_traceback_later(60, exit=True)
    try:
        tr = record_python(_port_ok, (X.copy(), 0.5))
    finally:
        faulthandler.cancel_dump_traceback_later()
    assert tr.outputs is not None and tr.lines_run >= 2


def test_a_bias_column_is_ones_and_a_negated_array_is_a_layout():
    z = np.arange(1.0, 7.0).reshape(3, 2)
    assert agree(np.column_stack([np.ones(3), z]), z, 1e-9, 1e-12).transform == "with bias column"
    assert agree(np.column_stack([np.full(3, 0.73), z]), z, 1e-9, 1e-12) is None  # sigmoid([1 z]): no bias column
    assert agree(-z, z, 1e-9, 1e-12).transform == "negated"
    assert agree(np.array([-2.0]), np.array([[2.0]]), 1e-9, 1e-12) is None  # a number with the wrong sign differs


def test_a_write_into_the_callers_array_is_flagged_and_a_copy_is_not():
    def port(theta, X):
        t = np.array(theta)   # a copy: writing into it is the port's business
        t[0] = 0
        theta -= 1.0          # the caller's array
        return X @ theta

    tr = record_python(port, (np.ones(2), np.eye(2)))
    flagged = {(e.name, e.line - port.__code__.co_firstlineno) for e in tr.events if e.into_argument}
    assert flagged == {("theta", 3)}


def test_a_leading_addend_is_a_partial_result_and_a_numerator_is_not():
    from portcheck.trace.rows import is_partial

    J = OEvent(5, 10, "J", np.array([[1.0]]), 1, "assign", "J = (a' * b) / m ...\n    + lambda * r;")
    addend = OEvent(6, 10, "(a' * b) / m", np.array([[0.7]]), 1, "sub", J.code)
    numerator = OEvent(7, 11, "-sum(x)", np.array([[3.0]]), 1, "sub", "J = -sum(x) / m;")
    J2 = OEvent(8, 11, "J", np.array([[1.5]]), 1, "assign", numerator.code)
    assert is_partial(addend, [J])
    assert not is_partial(numerator, [J2])
