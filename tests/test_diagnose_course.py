"""Issue 5's diagnoses on course cases, against real Octave: the std divisor with its ratio,
0-based centroid indices, and C-order unrolling in cofiCostFunc."""
from pathlib import Path

import numpy as np
import pytest

from portcheck.cases import get_case
from portcheck.workflow.pipeline import compare_case
from portcheck.runner import load_port

COURSE = Path(__file__).resolve().parents[1] / "examples" / "course"


def run(session, case, example):
    return compare_case(get_case(case), port=load_port(f"{COURSE / example}:{case}"), session=session)


def test_featureNormalize_std_divisor_with_ratio(session):
    result = run(session, "featureNormalize", "featureNormalize_std_ddof.py")
    top = result.findings[0]
    assert not result.parity and top.id == "std-ddof"
    N = 47  # rows of the ex1 multi-feature data
    assert f"(ratio {np.sqrt(N / (N - 1)):.7g}, and sqrt(N/(N-1)) = {np.sqrt(N / (N - 1)):.7g})" in top.evidence
    assert f"(ratio {np.sqrt((N - 1) / N):.7g}, and sqrt((N-1)/N) = {np.sqrt((N - 1) / N):.7g})" in top.evidence
    assert top.fix.startswith("sigma = X.std(axis=0, ddof=1)")


def test_findClosestCentroids_zero_based_is_index_base(session):
    result = run(session, "findClosestCentroids", "findClosestCentroids_zero_based.py")
    top = result.findings[0]
    assert not result.parity and top.id == "label-base"
    assert "0-based indices 0..K-1" in top.evidence and "Correct under its own convention" in top.evidence
    assert top.data["conventions"] == ["zero-based-labels"] and top.data["own_convention"]


def test_cofiCostFunc_c_order_is_unrolling_order(session):
    result = run(session, "cofiCostFunc", "cofiCostFunc_c_order.py")
    top = result.findings[0]
    assert not result.parity and (top.id, top.status) == ("unroll-order", "confirmed")
    assert "Correct under its own convention" in top.evidence
    assert 'order="F"' in top.fix


@pytest.mark.parametrize("case", ["featureNormalize", "findClosestCentroids", "cofiCostFunc"])
def test_bundled_ports_of_the_same_cases_are_parity(session, case):
    assert compare_case(get_case(case), session=session).parity


def test_pca_with_a_flipped_singular_vector_is_parity_with_a_note(session, tmp_path):
    port = tmp_path / "pca_flip.py"
    port.write_text("from portcheck.ports.ex7 import pca as ok\n\ndef pca(X):\n    U, S = ok(X)\n"
                    "    U = U.copy(); U[:, 0] *= -1\n    return U, S\n")
    result = compare_case(get_case("pca"), port=load_port(f"{port}:pca"), session=session)
    assert result.parity
    U = result.sets[0].comparison.outputs[0]
    assert U.equivalence.startswith("1 of 2 columns equal OCTAVE's up to sign")


def test_polyFeatures_range_from_zero_is_a_column_shift(session):
    result = run(session, "polyFeatures", "polyFeatures_range_from_zero.py")
    top = result.findings[0]
    # read off the numbers, then confirmed by repairing the port's own line
    assert not result.parity and (top.id, top.status) == ("index-shift", "confirmed")
    assert "PORT's X_poly column k equals OCTAVE's column k-1 for k = 1..7 (0-based); PORT's column 0 is all ones" in top.evidence
    assert top.fix.startswith("return np.hstack([X ** j for j in range(1, int(p) + 1)])")
    assert not any(f.id == "unexplained" for f in result.findings)


def test_learningCurve_loop_from_zero_is_a_row_shift_in_both_outputs(session):
    result = run(session, "learningCurve", "learningCurve_empty_first_slice.py")
    shifted = {f.data["output"] for f in result.findings if f.id == "index-shift"}
    assert not result.parity and shifted == {"error_train", "error_val"}
    assert not any(f.id == "unexplained" for f in result.findings)


def test_a_constant_output_is_never_called_shifted():
    from portcheck.compare import compare_output
    from portcheck.diagnose.basic import _shift_findings

    A = np.ones((5, 1))
    B = A.copy(); B[0, 0] = 0.0
    o = compare_output("e", 1, B, A)
    assert o.status == "divergence" and list(_shift_findings(o, B, A, "s", 1e-9, 1e-12)) == []
