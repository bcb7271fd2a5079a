"""Mechanisms the sixth round of work added, each on a port written here from the mathematics.

As in ``test_round5_mechanisms.py``: the ports are ours, in other styles than
the corpus files that showed the gap, so each test pins the mechanism, not a
file. Real Octave throughout, except the pure checks on arrays.
"""
from __future__ import annotations

import textwrap

import numpy as np
import pytest

from portcheck.cases import get_case
from portcheck.diagnose.generic.joint_orders import with_joint_orders
from portcheck.diagnose.generic.relations import relate
from portcheck.runner import load_port
from portcheck.workflow.pipeline import compare_case


def _compare(session, tmp_path, case: str, body: str, func: str, name: str = "port.py"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body).lstrip())
    port = load_port(f"{path}:{func}", timeout=60)
    return compare_case(get_case(case, project=False), port=port, port_label=f"{name}:{func}", session=session)


def _named(r) -> list[tuple[str, str]]:
    return [(f.id, f.status) for f in r.findings]


# -- an order read off one output, applied to the others ------------------------------------------
def _decomposition(m=9, n=4, seed=3):
    X = np.random.default_rng(seed).normal(size=(m, n)) @ np.diag([3.0, 2.0, 1.0, 0.5])
    X -= X.mean(0)
    U, s, _ = np.linalg.svd(X.T @ X / m)
    return m, U, np.diag(s)


def test_values_reversed_with_their_vectors_leave_the_gain_in_sight():
    m, U, S = _decomposition()
    port_U, port_S = U[:, ::-1] * np.array([1, -1, 1, -1]), S[::-1, ::-1] * m / (m - 1)
    rels = {"U": relate(U, port_U, [m]), "S": relate(S, port_S, [m])}
    assert rels["U"][0] == "reversed" and rels["S"][0] == "per-position-factor"  # alone, S reads as a weighting
    joint = with_joint_orders({"U": (U, port_U), "S": (S, port_S)}, rels, [m])
    assert [r[0] for r in joint["S"]] == ["reversed", "std-ddof"]
    assert joint["U"] == rels["U"]


def test_a_relation_that_already_explains_an_output_is_not_re_read():
    m, U, S = _decomposition()
    port_U, port_S = U[:, ::-1], -S  # S negated: a sign flip stands, whatever U shows
    rels = {"U": relate(U, port_U, [m]), "S": relate(S, port_S, [m])}
    assert with_joint_orders({"U": (U, port_U), "S": (S, port_S)}, rels, [m]) == rels
    # and a weighting that is not a reversal plus a named factor stays what it is
    odd = S @ np.diag([1.0, 2.0, 3.0, 4.0])
    rels = {"U": relate(U, port_U, [m]), "S": relate(S, odd, [m])}
    assert with_joint_orders({"U": (U, port_U), "S": (S, odd)}, rels, [m])["S"] == rels["S"]


@pytest.mark.octave
def test_eigh_on_a_sample_covariance_names_the_order_and_the_divisor(session, tmp_path):
    body = '''
        import numpy as np
        import scipy.linalg

        def pca(X):
            """principal axes of X"""
            cov_mat = np.cov(X, rowvar=False)
            w, V = scipy.linalg.eigh(cov_mat)
            return V, np.diag(w)
    '''
    r = _compare(session, tmp_path, "pca", body, "pca")
    assert r.exit_code == 1
    causes = {f.id for f in r.findings if f.status in ("confirmed", "consistent")}
    assert causes == {"reversed", "std-ddof"}, _named(r)


# -- a second look: the mistake a first one hid ----------------------------------------------------
_HIDDEN_BEHIND_A_RAISE = '''
    import numpy as np

    def sigmoid(z):
        return 1.0 / (1.0 + np.exp(-z))

    def nn_cost(params, n_in, n_hid, n_out, X, y, lam):
        cut = n_hid * (n_in + 1)
        W1 = params[:cut + 1].reshape((n_hid, n_in + 1), order="F")
        W2 = params[cut:].reshape((n_out, n_hid + 1), order="F")
        m = X.shape[0]
        a1 = np.hstack([np.ones((m, 1)), X])
        a2 = np.hstack([np.ones((m, 1)), sigmoid(a1 @ W1.T)])
        h = sigmoid(a2 @ W2.T)
        Y = np.eye(n_out)[y.ravel().astype(int) - 1]
        J = -(Y * np.log(h) + (1 - Y) * np.log(1 - h)).sum() / m
        J += lam / (2 * m) * ((W1 ** 2).sum() + (W2 ** 2).sum())
        d3 = h - Y
        d2 = (d3 @ W2)[:, 1:] * a2[:, 1:] * (1 - a2[:, 1:])
        G1, G2 = d2.T @ a1 / m, d3.T @ a2 / m
        G1[:, 1:] += lam / m * W1[:, 1:]
        G2[:, 1:] += lam / m * W2[:, 1:]
        return J, np.concatenate([G1.ravel(order="F"), G2.ravel(order="F")])
'''


@pytest.mark.octave
def test_a_mistake_behind_a_raise_everywhere_is_named_with_the_first_repaired(session, tmp_path):
    r = _compare(session, tmp_path, "nnCostFunction", _HIDDEN_BEHIND_A_RAISE, "nn_cost")
    assert r.exit_code == 1
    named = {f.id: f for f in r.findings if f.status in ("confirmed", "consistent")}
    first = next(f for f in r.findings if f.data.get("line") == 8)  # the slice one past Theta1's end
    assert first.fix.strip().startswith("W1 = params[:cut]"), _named(r)
    assert "reg-bias" in named, _named(r)
    assert not any(f.status == "unexplained" for f in r.findings), _named(r)
    # the port's own file is left as it was, and no copy is left behind
    assert (tmp_path / "port.py").read_text() == textwrap.dedent(_HIDDEN_BEHIND_A_RAISE).lstrip()
    assert str(tmp_path) in named["reg-bias"].evidence or "portcheck-repaired" not in named["reg-bias"].evidence


# -- np.matrix's .I in a module without a numpy name ------------------------------------------------
@pytest.mark.octave
def test_matrix_inverse_without_a_numpy_name_is_named_pseudo_inverse(session, tmp_path):
    body = '''
        from numpy import asarray, matrix

        def normal_equation(X, y):
            A = matrix(X)
            return asarray((A.T * A).I * (A.T * matrix(y)))
    '''
    r = _compare(session, tmp_path, "normalEqn", body, "normal_equation")
    assert r.exit_code == 1
    top = r.findings[0]
    assert (top.id, top.status, top.data.get("line")) == ("pseudo-inverse", "confirmed", 5), _named(r)
    assert top.fix == "return asarray(pinv(A.T * A) * (A.T * matrix(y)))"


# -- svd's vector of singular values for Octave's diagonal S ----------------------------------------
def test_a_vector_for_a_diagonal_matrix_is_compared_as_that_matrix_and_noted():
    from portcheck.compare import compare_output

    S = np.diag([3.0, 2.0, 0.5])
    o = compare_output("S", 2, np.array([3.0, 2.0, 0.5]), S)
    assert o.status == "parity" and "diagonal" in o.shape_note
    assert compare_output("S", 2, np.array([3.0, 2.0, 0.4]), S).status == "divergence"
    # not a representation: a matrix with entries off its diagonal, or --strict-shapes
    full = S + 0.1
    assert compare_output("S", 2, np.array([3.1, 2.1, 0.6]), full).status == "divergence"
    assert compare_output("S", 2, np.array([3.0, 2.0, 0.5]), S, strict_shapes=True).status == "divergence"


@pytest.mark.octave
def test_pca_returning_singular_values_as_a_vector_is_at_parity(session, tmp_path):
    body = '''
        import numpy as np

        def pca(X):
            u, s, vt = np.linalg.svd(np.matmul(X.T, X) / len(X))
            return u, s
    '''
    r = _compare(session, tmp_path, "pca", body, "pca")
    assert r.exit_code == 0, _named(r)


# -- the Gram matrix of the examples where the features' scatter is meant --------------------------
@pytest.mark.octave
def test_a_gram_matrix_for_the_covariance_is_a_transpose_at_its_line_not_a_convention(session, tmp_path):
    body = '''
        import numpy as np

        def pca(X):
            C = X.dot(X.T) / X.shape[0]
            U, S, _ = np.linalg.svd(C)
            return U, np.diag(S)
    '''
    r = _compare(session, tmp_path, "pca", body, "pca")
    assert r.exit_code == 1
    top = r.findings[0]
    assert (top.id, top.status, top.data.get("line")) == ("transpose", "confirmed", 4), _named(r)
    assert top.fix == "C = X.T.dot(X) / X.shape[0]"
    assert not any(f.data.get("convention") for f in r.findings), _named(r)


# -- a label remapped by a literal is a step Octave does not take -----------------------------------
@pytest.mark.octave
def test_the_digits_ten_stored_as_zero_is_an_extra_step_at_its_line(session, tmp_path):
    body = '''
        import numpy as np

        def predict(Theta1, Theta2, X):
            m = X.shape[0]
            a2 = 1 / (1 + np.exp(-(np.column_stack((np.ones(m), X)) @ Theta1.T)))
            out = 1 / (1 + np.exp(-(np.column_stack((np.ones(m), a2)) @ Theta2.T)))
            labels = np.argmax(out, axis=1) + 1
            labels[labels == 10] = 0   # the zero digit
            return labels
    '''
    r = _compare(session, tmp_path, "ex3/predict", body, "predict")
    assert r.exit_code == 1
    top = r.findings[0]
    assert (top.id, top.status, top.data.get("line")) == ("extra-step", "confirmed", 8), _named(r)


# -- a guard on the empty case written with == 0 or != 0 ------------------------------------------
@pytest.mark.octave
@pytest.mark.parametrize("guard, body_line", [
    ("if members.size != 0:", "    out[j] = members.mean(axis=0)"),
    ("if len(members) == 0:", "    continue\nout[j] = members.mean(axis=0)"),
])
def test_an_empty_guard_written_as_an_equality_is_named(session, tmp_path, guard, body_line):
    inner = textwrap.indent(guard + "\n" + body_line, " " * 8)
    body = f'''
import numpy as np

def computeCentroids(X, idx, K):
    idx = np.asarray(idx).reshape(-1)
    out = np.zeros((K, X.shape[1]))
    for j in range(K):
        members = X[idx == j + 1]
{inner}
    return out
'''
    r = _compare(session, tmp_path, "computeCentroids", body, "computeCentroids")
    assert r.exit_code == 1
    top = r.findings[0]
    assert (top.id, top.status, top.data.get("line")) == ("empty-guard", "confirmed", 8), _named(r)


# -- a one-line repair that makes every set agree leaves no other reading standing -----------------
@pytest.mark.octave
def test_readings_of_the_outputs_are_notes_beside_a_repair_that_makes_every_set_agree(session, tmp_path):
    body = '''
        from numpy import argmax, exp, hstack, ones, where

        def predict(T1, T2, X):
            ones_col = ones((X.shape[0], 1))
            hidden = 1.0 / (1.0 + exp(-hstack((ones_col, X)).dot(T1.T)))
            scores = 1.0 / (1.0 + exp(-hstack((ones_col, hidden)).dot(T2.T)))
            k = argmax(scores, axis=1)
            return where(k == 0, 10, k)   # the digit 0 is labelled 10
    '''
    r = _compare(session, tmp_path, "ex3/predict", body, "predict")
    assert r.exit_code == 1
    named = [(f.id, f.status) for f in r.findings if f.status in ("confirmed", "consistent")]
    assert named == [("label-base", "confirmed")], _named(r)


# -- NaN in OCTAVE where PORT is finite is a difference in the course's cells too --------------------
def test_a_cell_where_octave_is_nan_and_port_finite_differs():
    from portcheck.diagnose.cells import Cell, compare_cells

    cell = Cell(0, "centroids", "", "", (0, 1, 2))
    ref = [np.array([np.nan, 1.0, 2.0])]
    assert compare_cells([np.array([0.0, 1.0, 2.0])], ref, [cell], 1e-9, 1e-12)[cell.key].status == "differ"
    assert compare_cells([np.array([np.nan, 1.0, 2.0])], ref, [cell], 1e-9, 1e-12)[cell.key].status == "match"


# -- a loop over 0..K-1 comparing Octave's labels, and a guard on the empty cluster ------------------
@pytest.mark.octave
def test_a_mask_with_a_zero_based_label_and_an_empty_guard_are_both_named(session, tmp_path):
    body = '''
        import numpy as np

        def computeCentroids(X, idx, K):
            idx = np.asarray(idx).flatten()
            C = np.zeros((K, X.shape[1]))
            for c in range(K):
                rows = X[c == idx]
                if rows.shape[0] > 0:
                    C[c, :] = rows.mean(axis=0)
            return C
    '''
    r = _compare(session, tmp_path, "computeCentroids", body, "computeCentroids")
    assert r.exit_code == 1
    named = {f.id: f for f in r.findings if f.status in ("confirmed", "consistent")}
    assert set(named) == {"label-base", "empty-guard"}, _named(r)
    assert named["label-base"].fix == "rows = X[c + 1 == idx]"


# -- a one-hot from np.unique beside a derivative taken at the activation -----------------------------
_ONEHOT_AND_DERIVATIVE = '''
    import numpy as np

    def sigmoid(z):
        return 1.0 / (1.0 + np.exp(-z))

    def sigmoid_prime(z):
        s = sigmoid(z)
        return s * (1 - s)

    def nn_cost(params, n_in, n_hid, n_out, X, y, lam):
        W1 = params[:n_hid * (n_in + 1)].reshape((n_hid, n_in + 1), order="F")
        W2 = params[n_hid * (n_in + 1):].reshape((n_out, n_hid + 1), order="F")
        m = len(X)
        A1 = np.column_stack([np.ones(m), X])
        Z2 = A1 @ W1.T
        A2 = sigmoid(Z2)
        A2b = np.column_stack([np.ones(m), A2])
        H = sigmoid(A2b @ W2.T)
        labels = np.ravel(y)
        Y = (labels[:, None] == np.unique(labels)[None, :]).astype(float)
        J = -(Y * np.log(H) + (1 - Y) * np.log(1 - H)).sum() / m
        J += lam / (2 * m) * ((W1[:, 1:] ** 2).sum() + (W2[:, 1:] ** 2).sum())
        D3 = H - Y
        D2 = (D3 @ W2[:, 1:]) * sigmoid_prime(A2)
        G1, G2 = D2.T @ A1 / m, D3.T @ A2b / m
        G1[:, 1:] += lam / m * W1[:, 1:]
        G2[:, 1:] += lam / m * W2[:, 1:]
        return J, np.concatenate([G1.ravel(order="F"), G2.ravel(order="F")])
'''


@pytest.mark.octave
def test_a_onehot_from_the_labels_present_and_a_derivative_at_the_activation_are_both_named(session, tmp_path):
    r = _compare(session, tmp_path, "nnCostFunction", _ONEHOT_AND_DERIVATIVE, "nn_cost")
    assert r.exit_code == 1
    named = {f.id: f for f in r.findings if f.status in ("confirmed", "consistent")}
    assert set(named) == {"onehot-from-data", "wrong-derivative"}, _named(r)
    assert named["onehot-from-data"].status == "confirmed"  # the cost agrees once the absent label is given
    assert named["wrong-derivative"].fix == "D2 = D3 @ W2[:, 1:] * sigmoid_prime(Z2)" or \
        named["wrong-derivative"].fix == "D2 = (D3 @ W2[:, 1:]) * sigmoid_prime(Z2)"


# -- NumPy 2's scalar shim needed only by a representation the caller does not use ------------------
@pytest.mark.octave
def test_a_port_that_runs_as_written_with_1d_theta_is_not_charged_numpy2s_shim(session, tmp_path):
    body = '''
        import numpy as np

        def lrCostFunction(theta, X, y, lambda_):
            y = y.reshape(-1)
            m = y.shape[0]
            h = 1 / (1 + np.exp(-(X @ theta)))
            J = (-(y @ np.log(h)) - ((1 - y) @ np.log(1 - h))) / m + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)
            grad = X.T @ (h - y) / m
            grad[1:] += lambda_ / m * theta[1:]
            return float(J), grad
    '''
    r = _compare(session, tmp_path, "lrCostFunction", body, "lrCostFunction")
    assert r.exit_code == 0, _named(r)
    shim = [f for f in r.findings if f.id == "numpy2-scalar"]
    assert all(f.status == "noted" for f in shim), _named(r)


# -- a raise at a product that a transpose repairs, then what it hid ----------------------------------
@pytest.mark.octave
def test_a_product_that_raises_is_a_missing_transpose_and_the_second_look_names_the_rest(session, tmp_path):
    body = '''
        import numpy as np

        def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lam):
            X = params[:num_movies * num_features].reshape(num_movies, num_features, order="F")
            Theta = params[num_movies * num_features:].reshape(num_users, num_features, order="F")
            E = (X @ Theta.T - Y) * R
            J = 0.5 * np.sum(E ** 2) + lam / 2 * (np.trace(Theta.T @ Theta) + np.trace(X @ X))
            X_grad = E @ Theta
            Theta_grad = E.T @ X + lam * Theta
            return J, np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    '''
    r = _compare(session, tmp_path, "cofiCostFunc", body, "cofiCostFunc")
    assert r.exit_code == 1
    named = {f.id: f for f in r.findings if f.status in ("confirmed", "consistent")}
    assert set(named) == {"transpose", "grad-reg-missing"}, _named(r)
    assert named["transpose"].data["line"] == 7
    assert "with line 7 changed as above" in named["grad-reg-missing"].evidence


# -- a tally of members guarded against zero -----------------------------------------------------------
@pytest.mark.octave
def test_a_guard_on_a_tally_is_an_empty_guard(session, tmp_path):
    body = '''
        import numpy as np

        def computeCentroids(X, idx, K):
            total, n_in = np.zeros((K, X.shape[1])), np.zeros(K)
            for x, c in zip(X, np.ravel(idx).astype(int)):
                total[c - 1] += x
                n_in[c - 1] += 1
            out = np.zeros_like(total)
            for c in range(K):
                if n_in[c] > 0:
                    out[c] = total[c] / n_in[c]
            return out
    '''
    r = _compare(session, tmp_path, "computeCentroids", body, "computeCentroids")
    top = r.findings[0]
    assert (top.id, top.status, top.data.get("line")) == ("empty-guard", "confirmed", 10), _named(r)


# -- sigma of a constant feature set to 1 ------------------------------------------------------------
@pytest.mark.octave
def test_a_zero_sigma_replaced_by_one_is_an_empty_guard_seen_on_a_constant_feature(session, tmp_path):
    body = '''
        import numpy as np

        def featureNormalize(X):
            mu = X.mean(axis=0)
            sigma = X.std(axis=0, ddof=1)
            sigma[sigma == 0] = 1
            return (X - mu) / sigma, mu, sigma
    '''
    r = _compare(session, tmp_path, "featureNormalize", body, "featureNormalize")
    assert r.exit_code == 1
    named = {f.id for f in r.findings if f.status in ("confirmed", "consistent")}
    assert named == {"empty-guard"}, _named(r)


# -- one slip repeated on two lines ---------------------------------------------------------------------
@pytest.mark.octave
def test_the_ones_appended_last_on_both_layers_are_repaired_together(session, tmp_path):
    body = '''
        import numpy as np

        def predict(Theta1, Theta2, X):
            m = len(X)
            a1 = np.append(X, np.ones((m, 1)), axis=1)
            hid = 1 / (1 + np.exp(-a1 @ Theta1.T))
            a2 = np.append(hid, np.ones((m, 1)), axis=1)
            out = 1 / (1 + np.exp(-a2 @ Theta2.T))
            return out.argmax(axis=1) + 1
    '''
    r = _compare(session, tmp_path, "ex3/predict", body, "predict")
    assert r.exit_code == 1
    named = {(f.id, f.status) for f in r.findings if f.status in ("confirmed", "consistent")}
    assert named == {("bias-column", "confirmed")}, _named(r)
    lines = {f.data.get("line") for f in r.findings if f.id == "bias-column"}
    assert lines == {5, 7}, lines


def test_a_single_label_in_a_ratio_to_octaves_is_no_gain():
    # p = 5 where Octave says 4 at m = 1: 5/4 is N/(N-1) for N = 5 only by chance
    assert relate(np.array([[4.0]]), np.array([[5.0]]), [5]) is None
