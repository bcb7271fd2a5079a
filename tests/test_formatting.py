"""portcheck.formatting and portcheck.fitting: the one way numbers, locations and JSON are written, the one factor fit."""
import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from portcheck.cases.blocks import Block, block_of
from portcheck.fitting import fit_factor
from portcheck.formatting import fmt, fmt_small, location, to_jsonable


def test_numbers():
    assert (fmt(0.1 + 0.2), fmt(None), fmt(float("nan")), fmt(-math.inf), fmt(1 - 2j, 3)) == ("0.3", "-", "nan", "-inf", "1-2j")
    assert (fmt_small(0.0), fmt_small(3.14e-16), fmt_small(math.inf), fmt_small(None)) == ("0", "3.1e-16", "inf", "-")


@pytest.mark.parametrize("name, subscript, text", [
    ("Theta1", (0, 1), "Theta1[0, 1] (Octave Theta1(1,2))"),
    ("theta", (3,), "theta[3] (Octave theta(4))"),
    ("", (1,), "[1] (Octave (2))"),
    ("Theta2", (":", 0), "Theta2[:, 0] (Octave Theta2(:,1))"),
])
def test_location_is_the_python_index_and_the_octave_subscript(name, subscript, text):
    assert location(name, subscript) == text


def test_blocks_label_through_the_location_formatter():
    b1, b2 = Block("Theta1", (5, 4), 0), Block("theta", (3, 1), 20)
    assert b1.label(5) == location("Theta1", (0, 1)) and b2.label(21) == location("theta", (1,))
    assert block_of([b1, b2], 21) is b2 and b2.is_bias(20) and not b2.is_bias(21) and b1.is_bias(3)
    with pytest.raises(IndexError):
        block_of([b1, b2], 23)


def test_one_json_encoder_makes_strict_json():
    @dataclass
    class Result:
        values: np.ndarray
        z: complex
        where: Path

    doc = to_jsonable({"r": Result(np.array([1.0, np.nan, -np.inf]), 1 + 2j, Path("/tmp/x")), 3: np.int64(4),
                       "flags": (np.bool_(True), None)})
    assert doc == {"r": {"values": [1.0, "nan", "-inf"], "z": {"real": 1.0, "imag": 2.0}, "where": "/tmp/x"},
                   "3": 4, "flags": [True, None]}
    json.dumps(doc, allow_nan=False)


def test_fit_factor():
    a = np.array([1.0, -2.0, 3.0])
    assert fit_factor(2 * a, a, lambda c: 1e-12) == (pytest.approx(2.0), True)
    c, fits = fit_factor(2 * a + [0, 0, 1e-3], a, lambda c: 1e-12)
    assert c == pytest.approx(2.0, rel=1e-3) and not fits
    assert fit_factor(0 * a, a, lambda c: 1e-12) == (0.0, True)  # a missing term: c = 0 fits
    assert fit_factor(a, 0 * a, lambda c: 1.0) == (None, False)  # no factor of zeros
    assert fit_factor([np.nan, 1, 1], a, lambda c: 1.0) == (None, False)
    # estimated on some entries, checked on all
    c, fits = fit_factor([2.0, -4.0, 7.0], a, lambda c: 1e-9, estimate_on=np.array([True, True, False]))
    assert c == pytest.approx(2.0) and not fits
