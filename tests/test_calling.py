"""Calling the port as a Python caller would: representations chosen, noted, never a headline; output captured.

Real Octave; the ports are small functions or files written here.
"""
from __future__ import annotations

import json
import textwrap

import numpy as np
import pytest

from portcheck.cases import get_case
from portcheck.runner import load_port
from portcheck.workflow.pipeline import compare_case

from .sandbox_support import children

pytestmark = pytest.mark.octave


def params_column(X, y, theta):
    """Right, but reads theta as an (n, 1) column."""
    m = y.shape[0]
    r = X @ np.array([[theta[0, 0]], [theta[1, 0]]]) - np.reshape(y, (-1, 1))
    return float((r.T @ r)[0, 0]) / (2 * m)


def column_only(X, y, theta):
    """Right when y is (m, 1); a caller's 1-D y broadcasts against the (m, 1) prediction, silently."""
    m = y.shape[0]
    h = X @ np.reshape(theta, (-1, 1))
    return float(np.sum((h - y) ** 2)) / (2 * m)


def flattens_y(X, y, theta):
    """Flattens y itself while the prediction stays a column: (m, m) under every representation."""
    m = len(y)
    y = np.ravel(y)
    h = X @ np.reshape(theta, (-1, 1))
    return float(np.sum((h - y) ** 2)) / (2 * m)


def column_y_and_halved(X, y, theta):
    """y (m,1) against X @ theta (m,): a broadcast; and the cost halved once more (a real bug)."""
    m = len(y)
    r = X @ np.ravel(theta) - np.ravel(y)
    return float(r @ r) / (4 * m) if y.ndim == 1 else float(np.sum((X @ np.ravel(theta) - y) ** 2)) / (4 * m)


def test_a_port_that_needs_a_column_parameter_vector_is_at_parity_with_a_note(session):
    r = compare_case(get_case("computeCost"), port=params_column, session=session)
    assert r.parity and r.exit_code == 0
    (note,) = [f for f in r.findings if f.id == "representation"]
    assert note.status == "noted" and note.title == "needs params as (N, 1)"
    assert "IndexError" in note.evidence  # what the default did, said once, in a note
    assert r.calling.changes == ("params as (N, 1)",)


def test_a_port_silently_wrong_with_a_1d_vector_stays_at_parity_with_the_broadcast_noted(session):
    r = compare_case(get_case("computeCost"), port=column_only, session=session)
    assert r.parity and r.exit_code == 0  # representation is free; the shape that breaks it is noted
    (f,) = [f for f in r.findings if f.id == "y-shape-broadcast"]
    assert f.status == "noted" and f.data["changes"] == ["y as (m,)"]
    m = len(next(s for s in r.sets if s.input_set.name == f.data["set"]).input_set.values["y"])
    assert m > 1 and f.data["line"]["shape"] == f"({m}, {m})" and "h - y" in f.data["line"]["source"]
    assert f.fix.startswith("y = np.ravel(y)")


def test_a_broadcast_inside_the_port_is_named_at_its_line(session):
    r = compare_case(get_case("computeCost"), port=flattens_y, session=session)
    assert r.exit_code == 1
    assert r.findings[0].id == "y-shape-broadcast" and r.findings[0].status == "likely"
    assert "h - y" in r.findings[0].data["line"]["source"]
    assert not [f for f in r.findings if f.status == "unexplained"]


def test_a_representation_error_is_never_the_headline_of_a_real_divergence(session):
    r = compare_case(get_case("computeCost"), port=column_y_and_halved, session=session)
    assert not r.parity and r.exit_code == 1
    assert r.calling.representation.vectors_1d == {"y"}  # the best one goes to the diagnosis
    heads = [f for f in r.findings if f.status in ("confirmed", "consistent")]
    assert heads and heads[0].id not in ("port-raised", "representation")
    assert all(s.port.failure is None for s in r.sets)


def test_sizes_reach_the_port_as_int_without_a_note(session, tmp_path):
    path = tmp_path / "dw.py"
    path.write_text("import numpy as np\n\ndef debugInitializeWeights(fan_out, fan_in):\n"
                    "    W = np.zeros((fan_out, 1 + fan_in))\n"
                    "    return np.reshape(np.sin(np.arange(1, W.size + 1)), W.shape, order='F') / 10\n")
    r = compare_case(get_case("debugInitializeWeights"), port=load_port(f"{path}:debugInitializeWeights"),
                     session=session)
    assert r.parity and r.findings == ()


def test_a_row_major_reshape_in_debug_initialize_weights_is_a_divergence(session, tmp_path):
    path = tmp_path / "dw.py"
    path.write_text("import numpy as np\n\ndef debugInitializeWeights(fan_out, fan_in):\n"
                    "    return np.sin(np.arange(1, fan_out * (1 + fan_in) + 1)).reshape(fan_out, 1 + fan_in) / 10\n")
    r = compare_case(get_case("debugInitializeWeights"), port=load_port(f"{path}:debugInitializeWeights"),
                     session=session)
    assert not r.parity
    assert [s.status for s in r.sets] == ["divergence", "divergence", "parity"]  # a 1x2 W cannot show the order


def test_a_port_that_hard_codes_ten_classes_diverges_on_k_12(session, tmp_path):
    path = tmp_path / "p.py"
    path.write_text("import numpy as np\n\ndef predictOneVsAll(all_theta, X):\n"
                    "    num_labels = 10\n    X = np.column_stack([np.ones(len(X)), X])\n"
                    "    return np.argmax(X @ all_theta[:num_labels].T, axis=1) + 1\n")
    r = compare_case(get_case("predictOneVsAll"), port=load_port(f"{path}:predictOneVsAll"), session=session)
    assert not r.parity
    assert {s.input_set.name: s.status for s in r.sets}["K=12"] == "divergence"


def test_ties_are_broken_by_order_as_octave_does(session, tmp_path):
    path = tmp_path / "fcc.py"
    path.write_text(textwrap.dedent("""
        import numpy as np

        def findClosestCentroids(X, centroids):
            idx = np.zeros((X.shape[0], 1), dtype=int)
            for i in range(X.shape[0]):
                best = np.inf
                for k in range(centroids.shape[0]):
                    d = np.sum((X[i] - centroids[k]) ** 2)
                    if d <= best:  # keeps the last of equal distances
                        best, idx[i] = d, k + 1
            return idx
    """))
    r = compare_case(get_case("findClosestCentroids"), port=load_port(f"{path}:findClosestCentroids"), session=session)
    assert {s.input_set.name: s.status for s in r.sets} == {"course shapes": "parity", "ties": "divergence",
                                                            "K=12": "parity", "m=1": "parity"}


def test_a_cost_that_forgets_the_mask_diverges_where_y_is_set_and_r_is_0(session, tmp_path):
    path = tmp_path / "cofi.py"
    path.write_text(textwrap.dedent("""
        import numpy as np

        def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_):
            X = params[:num_movies * num_features].reshape(num_movies, num_features, order="F")
            Theta = params[num_movies * num_features:].reshape(num_users, num_features, order="F")
            E = X @ Theta.T * R - Y          # masks the predictions, not Y
            J = 0.5 * np.sum(E ** 2) + lambda_ / 2 * (np.sum(Theta ** 2) + np.sum(X ** 2))
            grad = np.concatenate([(E @ Theta + lambda_ * X).ravel(order="F"),
                                   (E.T @ X + lambda_ * Theta).ravel(order="F")])
            return J, grad
    """))
    r = compare_case(get_case("cofiCostFunc"), port=load_port(f"{path}:cofiCostFunc"), session=session)
    statuses = {s.input_set.name.split(",")[0]: s.status for s in r.sets}
    assert statuses["course shapes"] == "parity" and statuses["Y where R=0"] == "divergence"


def test_what_the_port_prints_is_in_the_report_and_the_json_never_on_portchecks_stdout(run_cli, tmp_path):
    path = tmp_path / "talk.py"
    path.write_text("import numpy as np\n\ndef computeCost(X, y, theta):\n    print('PORT SAYS m =', len(y))\n"
                    "    r = X @ np.ravel(theta) - np.ravel(y)\n    return float(np.sum(r ** 2)) / (2 * len(y))\n")
    before = children()
    r = run_cli("compare", "computeCost", "--python", f"{path}:computeCost")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert "Port output (captured; --json has all of it)" in lines
    assert "    | PORT SAYS m = 97" in lines and "PORT SAYS" not in r.err
    assert sum("PORT SAYS" in line for line in lines) == 1  # bounded: one set shown
    doc = json.loads(run_cli("compare", "computeCost", "--python", f"{path}:computeCost", "--json").out)
    assert doc["input_sets"][0]["port"]["stdout"] == "PORT SAYS m = 97\n"
    assert doc["input_sets"][1]["port"]["stdout"] == "PORT SAYS m = 1\n"
    assert doc["calling"]["changes"] == [] and doc["calling"]["parity"] is True
    assert children() <= before  # the port's worker ended with the command


def test_the_mutant_template_without_its_int_casts_is_at_parity(session, tmp_path):
    from .mutants.corpus import TEMPLATE

    casts = "    n, h, K = int(input_layer_size), int(hidden_layer_size), int(num_labels)\n"
    assert TEMPLATE.count(casts) == 1
    path = tmp_path / "no_casts.py"
    path.write_text(TEMPLATE.replace(casts, "    n, h, K = input_layer_size, hidden_layer_size, num_labels\n")
                    .replace("labels = np.asarray(y).astype(int).ravel()", "labels = y.ravel()"))
    r = compare_case(get_case("nnCostFunction"), port=load_port(f"{path}:nnCostFunction"), session=session)
    assert r.parity and r.findings == ()
