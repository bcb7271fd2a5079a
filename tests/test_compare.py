"""The comparison rules, on arrays whose answer is known by construction."""
import numpy as np
import pytest

from portcheck.cases.blocks import Block
from portcheck.compare import compare_output, compare_outputs


def test_identical_column_vs_1d_is_parity_with_a_note():
    a = np.arange(5.0).reshape(-1, 1)
    c = compare_output("grad", 2, a.ravel(), a)
    assert c.status == "parity"
    assert "PORT shape (5,), OCTAVE shape (5, 1)" in c.shape_note


def test_strict_shapes_fails_the_same_data():
    a = np.arange(5.0).reshape(-1, 1)
    assert compare_output("g", 1, a.ravel(), a, strict_shapes=True).status == "divergence"


def test_scalar_vs_1x1_has_no_note():
    c = compare_output("J", 1, 2.5, np.array([[2.5]]))
    assert c.status == "parity" and c.shape_note == ""


def test_rounding_passes_and_real_difference_fails():
    a = np.array([[1.0], [2.0], [3.0]])
    assert compare_output("x", 1, a * (1 + 1e-14), a).status == "parity"
    b = a.copy(); b[1, 0] += 1e-6
    c = compare_output("x", 1, b, a)
    assert (c.status, c.mismatched, c.total) == ("divergence", 1, 3)
    assert c.worst[0].index == 1 and c.worst[0].label == "[1] (Octave (2))"
    assert c.max_abs_violation == pytest.approx(1e-6)


def test_broadcast_shape_is_named():
    a = np.arange(4.0).reshape(-1, 1)
    c = compare_output("h", 1, a - a.ravel(), a)
    assert c.status == "divergence" and "broadcast" in c.message


def test_transpose_shape_is_named():
    a = np.arange(6.0).reshape(2, 3)
    c = compare_output("M", 1, a.T, a)
    assert c.status == "divergence" and "transpose" in c.message


def test_nan_positions_must_match():
    a = np.array([[1.0], [np.nan]])
    assert compare_output("x", 1, np.array([1.0, np.nan]), a).status == "parity"
    assert compare_output("x", 1, np.array([np.nan, np.nan]), a).status == "divergence"
    assert compare_output("x", 1, np.array([1.0, 2.0]), a).status == "divergence"


def test_non_numeric_and_missing_outputs():
    a = np.array([[1.0]])
    assert compare_output("J", 1, None, a).status == "type"
    assert compare_output("J", 1, "1.0", a).status == "type"
    cmp = compare_outputs(("J", "grad"), (1.0,), (a, a))
    assert [o.status for o in cmp.outputs] == ["parity", "missing"] and not cmp.parity


def test_block_locations_are_column_major_with_octave_subscripts():
    blocks = [Block("Theta1", (2, 3), 0), Block("Theta2", (1, 3), 6)]
    ref = np.zeros((9, 1))
    port = np.zeros(9)
    port[3] = 1.0   # Theta1 column 1, row 1 (column-major)
    port[6] = 1.0   # Theta2 bias
    c = compare_output("grad", 2, port, ref, blocks=blocks)
    labels = {e.label for e in c.worst}
    assert labels == {"Theta1[1, 1] (Octave Theta1(2,2))", "Theta2[0, 0] (Octave Theta2(1,1))"}
    stats = {(b.block, b.part): b.mismatched for b in c.blocks}
    assert stats == {("Theta1", "bias"): 0, ("Theta1", "weights"): 1, ("Theta2", "bias"): 1, ("Theta2", "weights"): 0}


def test_compare_never_mutates_inputs():
    a = np.arange(4.0).reshape(-1, 1); b = a.ravel() + 1
    a0, b0 = a.copy(), b.copy()
    compare_output("x", 1, b, a)
    np.testing.assert_array_equal(a, a0); np.testing.assert_array_equal(b, b0)


def test_sign_free_columns_are_an_equivalence_not_a_divergence():
    from portcheck.compare import align_column_signs

    U = np.array([[0.6, -0.8], [0.8, 0.6]])
    flipped = U * np.array([-1.0, 1.0])
    aligned, n = align_column_signs(flipped, U, 1e-9, 1e-12)
    assert n == 1 and np.array_equal(aligned, U) and not np.array_equal(flipped, U)  # the input is not modified
    c = compare_output("U", 1, flipped, U, sign_free=True)
    assert c.status == "parity" and c.equivalence.startswith("1 of 2 columns equal OCTAVE's up to sign")
    assert compare_output("U", 1, flipped, U).status == "divergence"          # only where the case says so
    wrong = flipped.copy(); wrong[0, 1] += 1e-3                               # a real difference stays one
    assert compare_output("U", 1, wrong, U, sign_free=True).status == "divergence"
