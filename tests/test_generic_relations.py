"""The generic layer's relations and gain origins on arrays alone (no Octave): each names what it sees, and only that."""
import math

import numpy as np
import pytest

from portcheck.diagnose.generic import OUTPUT_RELATIONS, relate
from portcheck.diagnose.generic.causes import gain_cause, generic_cause, sizes_of, window_family

RNG = np.random.default_rng(0)
A = RNG.standard_normal((6, 4))
V = RNG.standard_normal((9, 1))
Z = RNG.standard_normal((5, 3)) + 1j * RNG.standard_normal((5, 3))
MASK = np.array([[1, 1, 1, 0, 0, 0], [0, 0, 0, 1, 1, 0], [0, 0, 0, 0, 0, 1.0]])


@pytest.mark.parametrize("octave, port, ident", [
    (A, -A, "sign-flip"),
    (Z, np.conj(Z), "conjugate"),
    (Z, np.real(Z), "real-part"),
    (Z, np.abs(Z), "magnitude"),
    (A, A.T, "transpose"),
    (A, A[::-1], "reversed"),
    (V, np.vstack([V, [[7.0]]]), "extra-element"),          # one extra trailing element (a loop bound)
    (A, A[:-1], "missing-element"),                          # one missing trailing row (N/2 bins, not N/2+1)
    (A, np.hstack([A, A[:, :1]]), "extra-element"),           # one extra trailing column (a frame)
    (V, np.vstack([[0.0], V[:-1]]), "index-shift"),          # every element one position late
    (A, A.ravel(order="F").reshape(A.shape), "reshape-order"),  # filled row-major where Octave fills by column
    (V, V.reshape(3, 3, order="F").ravel(order="C").reshape(-1, 1), "reshape-order"),  # a vector through a C reshape
    (MASK, np.array([[1, 1, 0, 0, 0, 0], [0, 0, 0, 1, 0, 0], [0, 0, 0, 0, 0, 0.0]]), "range-end"),
    (np.hanning(16).reshape(-1, 1), np.hanning(18)[1:-1].reshape(-1, 1), "window-variant"),
    (A, 2.5 * A, "constant-gain"),
    (V + 3, V + 3 - 1, "index-base"),
    (V, V + 0.25, "constant-offset"),
    (A, A * np.array([[1.0, 2.0, 3.0, 4.0]]), "per-position-factor"),
])
def test_each_relation_names_what_it_sees(octave, port, ident):
    assert relate(octave, port)[0] == ident
    assert relate(octave, octave) is None


def test_differences_only_at_the_edges_are_edge_handling():
    x = np.sin(np.arange(100.0) / 7).reshape(-1, 1)
    y = x.copy()
    y[:3] += 0.01
    y[-2:] -= 0.02
    ident, title, evidence, _ = relate(x, y)
    assert ident == "edge-handling" and "within 3 entries of the start and end (of 100)" in evidence


def test_integer_saturation_against_wraparound():
    img = np.array([[250, 10], [255, 3]], dtype=np.uint8)
    octave = np.array([[255, 30], [255, 23]], dtype=np.uint8)
    assert relate(octave, img + np.uint8(20))[0] == "integer-saturation"


@pytest.mark.parametrize("factor, sizes, ident, words", [
    (math.log(10), (), "log-base", "log vs log10"),
    (1 / math.log(10), (), "log-base", "the inverse of log vs log10"),
    (math.pi / 180, (), "degrees-radians", "degrees vs radians"),
    (math.sqrt(46 / 47), (47, 3), "std-ddof", "sqrt((N-1)/N) with N = 47"),
    (512, (512, 256), "fft-scaling", "N = 512"),
    (256 / 300, (300, 256), "fft-scaling", "a factor 256/300"),
    (0.99990254, (), "normalisation", "a normalisation"),
    (7.3, (), "constant-gain", "a constant scale"),
])
def test_a_gain_is_named_with_its_likely_origin(factor, sizes, ident, words):
    got, origin, fix = gain_cause(factor, sizes)
    assert got == ident and words in origin and fix


def test_a_gain_reports_its_value():
    ident, title, evidence, _ = relate(A, 0.99990254 * A)
    assert ident == "normalisation" and "PORT = 0.99990254 x OCTAVE" in evidence and title == "constant gain 0.999903"


def test_a_scalar_is_not_called_a_gain_without_a_named_origin():
    assert relate(np.array([[2.0]]), np.array([[3.1]]), sizes=(5,)) is None
    assert relate(np.array([[2.0]]), np.array([[2.0 * math.log(10)]]))[0] == "log-base"


def test_windows_are_recognised_by_family():
    assert window_family(np.hanning(9))[0].startswith("np.hanning(N) = Octave's hanning(N)")
    assert window_family(np.hanning(11)[1:-1])[0].startswith("MATLAB's hanning(N)")
    assert window_family(np.random.default_rng(1).random(9)) == []


def test_sizes_come_from_dimensions_and_integer_scalars():
    # dimensions 3, 47; the whole scalar 512; 512 * 0.5 = 256 (a product of two scalars); the next powers of two
    # of each length and of its double: 4, 8 (from 3), 64, 128 (from 47), 512, 1024 (from 512, 256)
    assert sizes_of([np.zeros((47, 3)), 512.0, 0.5, "text", {"a": 1}]) == [3, 4, 8, 47, 64, 128, 256, 512, 1024]
    assert sizes_of([0.025, 48000.0]) == [1200, 2048, 4096, 48000, 65536, 131072]   # 25 ms at 48 kHz: 1200 samples


def test_likely_causes_of_a_raise_name_no_course_concept():
    words = ("label", "one-hot", "get_dummies", "lambda", "Theta", "regularis")
    for exc, message in (("IndexError", "index 5 is out of bounds"), ("ValueError", "operands could not be broadcast"),
                         ("ValueError", "matmul: Input operand 1"), ("TypeError", "x"), ("KeyError", "'lo'")):
        cause = generic_cause(exc, message)
        assert cause and not any(w in cause for w in words), cause


@pytest.mark.parametrize("port", [None, "text", {"a": 1}, [1, "x"], np.array([]), np.zeros((0, 3)),
                                  np.array([np.nan, np.inf]), object(), np.array(["a", "b"]), 1e308 * np.ones(3)])
def test_relations_never_raise_on_junk(port):
    for octave in (A, V, Z, np.zeros((0, 0)), np.array([[np.nan]])):
        relate(octave, port)
        for relation in OUTPUT_RELATIONS:
            relate(port, octave)
