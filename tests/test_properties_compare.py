"""Property-based tests of portcheck.compare: random shapes, dtypes, NaN/Inf, empties.

Two properties matter for a verification tool:

* it never crashes, whatever two arrays it is handed;
* it never says *parity* for arrays that differ beyond the tolerance -- checked
  against an independent, element-by-element oracle of the documented rule
  ``|port - octave| <= atol + rtol * |octave|`` (NaN equals NaN, an infinity
  equals the same infinity), with shapes equal up to singleton dimensions.
"""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from portcheck.compare import compare_output, compare_outputs

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning", "ignore::numpy.exceptions.ComplexWarning")

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

DTYPES = st.sampled_from([np.float64, np.float32, np.int64, np.int32, np.uint8, np.bool_, np.complex128])
SHAPES = hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=5)
TOLS = st.tuples(st.sampled_from([0.0, 1e-12, 1e-9, 1e-6, 1e-3]), st.sampled_from([0.0, 1e-15, 1e-12, 1e-6]))


def _elements(dtype):
    kind = np.dtype(dtype).kind
    if kind == "f":
        return st.floats(allow_nan=True, allow_infinity=True, width=32 if dtype == np.float32 else 64)
    if kind == "c":
        return st.complex_numbers(allow_nan=True, allow_infinity=True)
    return None  # hypothesis picks valid integers / booleans


@st.composite
def arrays(draw, shape=None, dtype=None):
    dtype = draw(DTYPES) if dtype is None else dtype
    shape = draw(SHAPES) if shape is None else shape
    return draw(hnp.arrays(dtype, shape, elements=_elements(dtype)))


def _squeezed(shape):
    return tuple(s for s in shape if s != 1)


def oracle_differs(port, octave, rtol, atol) -> bool:
    """True when some entry of ``port`` is outside tolerance of ``octave`` (shapes squeeze-equal)."""
    a = np.asarray(octave).ravel(order="F").astype(complex)
    b = np.asarray(port).ravel(order="F").astype(complex)
    for x, y in zip(a, b):
        if (math.isnan(x.real) or math.isnan(x.imag)) and (math.isnan(y.real) or math.isnan(y.imag)):
            continue
        if x == y:  # covers equal infinities
            continue
        d = abs(y - x)
        if math.isnan(d) or math.isinf(d):
            return True
        scale = abs(x) if math.isfinite(abs(x)) else 0.0
        if d > atol + rtol * scale:
            return True
    return False


@SETTINGS
@given(port=arrays(), octave=arrays(), tols=TOLS, strict=st.booleans())
def test_compare_never_crashes_and_never_calls_differing_arrays_parity(port, octave, tols, strict):
    rtol, atol = tols
    port_before, octave_before = port.copy(), octave.copy()
    res = compare_output("out", 1, port, octave, rtol=rtol, atol=atol, strict_shapes=strict)
    assert res.status in {"parity", "divergence", "missing", "type"}
    np.testing.assert_array_equal(port, port_before)  # pure: inputs untouched
    np.testing.assert_array_equal(octave, octave_before)
    if res.status == "parity":
        if strict:
            assert port.shape == octave.shape
        assert _squeezed(port.shape) == _squeezed(octave.shape), (port.shape, octave.shape)
        assert not oracle_differs(port, octave, rtol, atol)
        assert res.mismatched == 0


@SETTINGS
@given(data=st.data(), tols=TOLS)
def test_one_entry_moved_beyond_tolerance_is_never_parity(data, tols):
    rtol, atol = tols
    octave = data.draw(arrays(shape=hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=5),
                              dtype=np.float64))
    port = octave.astype(np.float64).copy()
    k = data.draw(st.integers(0, port.size - 1))
    flat = port.reshape(-1)
    a = flat[k]
    how = data.draw(st.sampled_from(["shift", "nan", "inf", "-inf"]))
    if how == "shift":
        assume(np.isfinite(a))
        bound = atol + rtol * abs(a)
        step = max(bound * 4, 1e-300, abs(a) * 1e-6)
        flat[k] = a + step
        assume(np.isfinite(flat[k]) and abs(flat[k] - a) > bound)
    elif how == "nan":
        assume(not np.isnan(a))
        flat[k] = np.nan
    else:
        value = np.inf if how == "inf" else -np.inf
        assume(a != value)
        flat[k] = value
    res = compare_output("out", 1, port, octave, rtol=rtol, atol=atol)
    assert res.status == "divergence"
    assert res.mismatched >= 1


@SETTINGS
@given(octave=arrays(dtype=np.float64), tols=TOLS, layout=st.sampled_from(["same", "ravel", "column", "row"]))
def test_the_same_entries_are_parity_whatever_the_singleton_layout(octave, tols, layout):
    rtol, atol = tols
    port = {"same": octave, "ravel": octave.ravel(order="F"), "column": octave.reshape(-1, 1, order="F"),
            "row": octave.reshape(1, -1, order="F")}[layout]
    assume(_squeezed(port.shape) == _squeezed(octave.shape))
    res = compare_output("out", 1, port.copy(), octave, rtol=rtol, atol=atol)
    assert res.status == "parity", res


@SETTINGS
@given(octave=arrays(dtype=np.float64, shape=hnp.array_shapes(min_dims=2, max_dims=2, min_side=2, max_side=5)))
def test_a_transposed_or_broadcast_shape_is_a_divergence(octave):
    assume(octave.shape[0] != octave.shape[1])
    assert compare_output("out", 1, octave.T.copy(), octave).status == "divergence"
    column = octave[:, :1]
    broadcast = column + column.ravel()  # (m,1) + (m,) -> (m,m)
    assert compare_output("out", 1, broadcast, column).status == "divergence"


@SETTINGS
@given(port=st.one_of(st.none(), st.text(max_size=5), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
                      st.lists(st.one_of(st.integers(), st.lists(st.integers(), max_size=2)), max_size=3)),
       octave=arrays(dtype=np.float64))
def test_non_numeric_or_ragged_port_values_are_reported_not_crashed(port, octave):
    res = compare_output("out", 1, port, octave)
    assert res.status in {"parity", "divergence", "type"}
    if res.status == "parity":  # only a plain list of numbers can be parity, and then only with equal entries
        b = np.asarray(port, dtype=float)
        assert _squeezed(b.shape) == _squeezed(octave.shape)
        assert not oracle_differs(b, octave, 1e-9, 1e-12)


@SETTINGS
@given(n_port=st.integers(0, 3), n_ref=st.integers(1, 3), value=arrays(dtype=np.float64))
def test_missing_outputs_are_never_parity(n_port, n_ref, value):
    names = [f"o{i}" for i in range(n_ref)]
    cmp = compare_outputs(names, [value] * n_port, [value] * n_ref)
    if n_port < n_ref:
        assert not cmp.parity
        assert cmp.outputs[-1].status == "missing"
    else:
        assert cmp.parity
        assert cmp.extra_outputs == n_port - n_ref


def test_an_overflowing_complex_difference_is_not_parity():
    """|0 - (1.27e308 + 1.27e308j)| overflows to inf, and so does the tolerance: inf > inf must not read as a tie."""
    from portcheck.compare import compare_outputs

    r = compare_outputs(["x"], (np.array(0.0),), (np.array(1.27116101e308 + 1.27116101e308j),), rtol=0.0, atol=0.0)
    assert r.outputs[0].status == "divergence"
