"""Mechanisms the fifth round of work added, each on a port written here from the mathematics.

The ports are ours (no corpus file, no copy of one), written in other styles
than the corpus files that showed the gap, so that each test pins the mechanism,
not a file. Real Octave throughout, except the pure source-level checks.
"""
from __future__ import annotations

import ast
import textwrap

import pytest

from portcheck.cases import get_case
from portcheck.diagnose.generic.extra_steps import extra_step_changes
from portcheck.runner import load_port
from portcheck.workflow.pipeline import compare_case


def _compare(session, tmp_path, case: str, body: str, func: str, name: str = "port.py"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body).lstrip())
    port = load_port(f"{path}:{func}", timeout=60)
    return compare_case(get_case(case, project=False), port=port, port_label=f"{name}:{func}", session=session)


def _steps(source: str) -> list[str]:
    tree = ast.parse(textwrap.dedent(source))
    func = tree.body[-1]
    return [ast.unparse(new) if not isinstance(new, ast.Pass) else "pass"
            for _, new, cause in extra_step_changes(func) if cause == "extra-step"]


# -- a step Octave's function does not take ------------------------------------------------------
def test_extra_step_proposes_the_argument_for_a_renormalisation_of_it():
    assert _steps('''
        def pca(X):
            Z = np.asarray((X - np.mean(X, axis=0)) / np.std(X, axis=0))
            return Z
    ''') == ["X"]
    # re-binding the argument itself: the line deleted
    assert _steps('''
        def pca(data):
            data = (data - data.mean()) / data.std()
            return data
    ''') == ["pass"]
    # a centre taken through a name bound to the argument's mean
    assert _steps('''
        def pca(X):
            mu = X.mean(0)
            Xc = X - mu
            return Xc
    ''') == ["X"]


def test_extra_step_leaves_differences_that_are_not_a_renormalisation_alone():
    # a residual (h - y), a difference of two arguments, a centroid distance: not a statistic of the argument
    assert _steps('''
        def f(X, y, c):
            h = X @ c
            r = h - y
            d = X - c[0]
            e = (X - y) / X.shape[0]
            return r, d, e
    ''') == []


def test_extra_step_drops_a_clip_in_either_spelling():
    assert _steps('''
        def g(z):
            z = np.clip(z, -30, 30)
            return 1 / (1 + np.exp(-z))
    ''') == ["pass"]
    assert _steps('''
        def g(z):
            return 1 / (1 + np.exp(-z.clip(-30, 30)))
    ''') == ["z"]


@pytest.mark.octave
def test_pca_that_standardises_its_input_again_is_named_at_that_line(session, tmp_path):
    body = '''
        import numpy as np

        def principal_components(X):
            m = len(X)
            X = (X - X.mean(axis=0)) / X.std(axis=0)
            sigma = X.T.dot(X) / m
            U, s, Vt = np.linalg.svd(sigma)
            return U, np.diag(s)
    '''
    r = _compare(session, tmp_path, "pca", body, "principal_components")
    assert r.exit_code == 1
    top = r.findings[0]
    assert (top.id, top.status, top.data["line"]) == ("extra-step", "confirmed", 5), [(f.id, f.status) for f in r.findings]
    assert top.fix.startswith("# delete the line")
    assert not any(f.id == "unexplained" for f in r.findings)


@pytest.mark.octave
def test_pca_centring_again_and_dividing_by_m_minus_1_gets_both_named(session, tmp_path):
    body = '''
        import numpy as np

        def pca(X):
            n = X.shape[0]
            centre = np.mean(X, axis=0)
            Xc = X - centre
            cov = np.dot(Xc.T, Xc) / (n - 1)
            U, S, V = np.linalg.svd(cov)
            return U, np.diag(S)
    '''
    r = _compare(session, tmp_path, "pca", body, "pca")
    assert r.exit_code == 1
    named = {(f.data.get("repaired_as", f.id), f.data.get("line") or f.data["repair"]["line"])
             for f in r.findings if f.status == "confirmed"}
    assert ("extra-step", 6) in named and ("std-ddof", 7) in named, [(f.id, f.status, f.data) for f in r.findings]
    assert not any(f.id == "unexplained" for f in r.findings)


@pytest.mark.octave
def test_a_clipped_sigmoid_is_named_at_the_clip(session, tmp_path):
    body = '''
        import numpy as np

        def sig(t):
            return 1.0 / (1.0 + np.exp(-np.clip(t, -8.0, 8.0)))

        def lr_cost(theta, X, y):
            m = y.size
            h = sig(X.dot(theta))
            J = -(y.dot(np.log(h)) + (1 - y).dot(np.log(1 - h))) / m
            return J, X.T.dot(h - y) / m
    '''
    r = _compare(session, tmp_path, "costFunction", body, "lr_cost")
    assert r.exit_code == 1
    top = r.findings[0]
    assert (top.id, top.status, top.data["line"]) == ("extra-step", "confirmed", 4), [(f.id, f.status) for f in r.findings]


@pytest.mark.octave
def test_a_covariance_from_np_cov_is_named_by_its_divisor_with_octaves_form(session, tmp_path):
    body = '''
        import numpy as np
        from numpy import linalg as la

        def pca(X):
            C = np.cov(X.T)
            U, s, _ = la.svd(C)
            return U, np.diag(s)
    '''
    r = _compare(session, tmp_path, "pca", body, "pca")
    assert r.exit_code == 1
    top = r.findings[0]
    line = top.data.get("line") or top.data["repair"]["line"]
    assert (top.id, top.status, line) == ("std-ddof", "confirmed", 5), [(f.id, f.status) for f in r.findings]
    assert top.fix == "C = X.T @ X.T.T / X.T.shape[1]"


# -- inv and solve where Octave's pinv answers a singular system -----------------------------------
@pytest.mark.octave
@pytest.mark.parametrize("imports, line", [
    ("from numpy.linalg import inv", "return inv(A) @ (X.T @ y)"),
    ("", "return np.linalg.solve(A, X.T @ y)"),
])
def test_inv_imported_bare_or_solve_is_named_pseudo_inverse(session, tmp_path, imports, line):
    body = f'''
        import numpy as np
        {imports}

        def normal_equation(X, y):
            A = X.T @ X
            {line}
    '''
    r = _compare(session, tmp_path, "normalEqn", body, "normal_equation")
    assert r.exit_code == 1
    top = r.findings[0]
    assert (top.id, top.status, top.data["line"]) == ("pseudo-inverse", "confirmed", 6), [(f.id, f.status) for f in r.findings]
    assert "np.linalg.pinv(A)" in top.fix


# -- a guard on a count held in a name -------------------------------------------------------------
@pytest.mark.octave
def test_a_guard_on_a_count_held_in_a_name_is_an_empty_guard(session, tmp_path):
    body = '''
        import numpy as np

        def computeCentroids(X, idx, K):
            labels = np.asarray(idx).ravel()
            C = np.zeros((K, X.shape[1]))
            for c in range(1, K + 1):
                members = labels == c
                size = members.sum()
                if size > 0:
                    C[c - 1, :] = X[members, :].mean(axis=0)
            return C
    '''
    r = _compare(session, tmp_path, "computeCentroids", body, "computeCentroids")
    assert r.exit_code == 1
    assert (r.findings[0].id, r.findings[0].data["line"]) == ("empty-guard", 9), [(f.id, f.status) for f in r.findings]


# -- an alias that makes the update sequential ------------------------------------------------------
@pytest.mark.octave
def test_an_alias_of_theta_in_descent_is_named_a_non_simultaneous_update(session, tmp_path):
    body = '''
        import numpy as np

        def gradientDescent(X, y, theta, alpha, num_iters):
            y = y.ravel()
            theta = theta.astype(float).ravel()
            J_history = []
            for _ in range(num_iters):
                new_theta = theta
                for j in range(theta.size):
                    new_theta[j] = theta[j] - alpha * np.mean((X @ theta - y) * X[:, j])
                theta = new_theta
                J_history.append(np.sum((X @ theta - y) ** 2) / (2 * len(y)))
            return theta, np.array(J_history)
    '''
    r = _compare(session, tmp_path, "gradientDescent", body, "gradientDescent")
    assert r.exit_code == 1
    top = r.findings[0]
    assert (top.id, top.status) == ("non-simultaneous-update", "confirmed"), [(f.id, f.status) for f in r.findings]
    assert top.data["repair"]["line"] == 8 and top.fix == "new_theta = theta.copy()"


# -- one size argument written where another is meant -----------------------------------------------
def test_wrong_variable_swaps_only_sizes_used_as_sizes():
    from portcheck.diagnose.generic.variable_swaps import variable_swaps
    tree = ast.parse(textwrap.dedent('''
        def cost(params, n_in, n_hid, n_out, X, y, lam):
            W1 = params[:n_hid * (n_in + 1)].reshape(n_hid, n_in + 1)
            Y = np.eye(n_out)[y - 1]
            return W1.sum() + lam * X.shape[0] + Y.sum()
    ''')).body[0]
    swaps = sorted((n.id, new.id) for n, new, cause in variable_swaps(tree))
    # y (an index, not a slice bound) and X (an array) are no sizes; lam is never used as one
    assert {a for a, _ in swaps} == {b for _, b in swaps} == {"n_in", "n_hid", "n_out"}
    assert ("n_hid", "n_out") in swaps and ("n_in", "n_hid") in swaps and ("n_out", "n_in") in swaps


@pytest.mark.octave
def test_a_theta2_shape_with_the_input_size_is_named_at_its_line(session, tmp_path):
    body = '''
        import numpy as np

        def g(z):
            return 1.0 / (1.0 + np.exp(-z))

        def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
            w = nn_params.ravel()
            cut = hidden_layer_size * (input_layer_size + 1)
            T1 = w[:cut].reshape((input_layer_size + 1, hidden_layer_size)).T
            T2 = w[cut:].reshape((input_layer_size + 1, num_labels)).T
            m = X.shape[0]
            A1 = np.column_stack([np.ones(m), X])
            A2 = np.column_stack([np.ones(m), g(A1 @ T1.T)])
            H = g(A2 @ T2.T)
            Y = np.eye(num_labels)[np.ravel(y).astype(int) - 1]
            J = -np.sum(Y * np.log(H) + (1 - Y) * np.log(1 - H)) / m
            J += lambda_ / (2 * m) * (np.sum(T1[:, 1:] ** 2) + np.sum(T2[:, 1:] ** 2))
            D3 = H - Y
            D2 = (D3 @ T2[:, 1:]) * g(A1 @ T1.T) * (1 - g(A1 @ T1.T))
            G1 = D3.T @ A2 / m
            G2 = D2.T @ A1 / m
            G1[:, 1:] += lambda_ / m * T2[:, 1:]
            G2[:, 1:] += lambda_ / m * T1[:, 1:]
            return J, np.concatenate([G2.ravel(order="F"), G1.ravel(order="F")])
    '''
    r = _compare(session, tmp_path, "nnCostFunction", body, "nnCostFunction")
    assert r.exit_code == 1
    top = r.findings[0]
    assert (top.id, top.status, top.data["line"]) == ("wrong-variable", "confirmed", 10), [(f.id, f.status) for f in r.findings]
    assert top.fix == "T2 = w[cut:].reshape((hidden_layer_size + 1, num_labels)).T"


# -- a descent that diverges: the overflow is a consequence ------------------------------------------
@pytest.mark.octave
def test_a_diverging_descent_names_its_step_and_its_cost_factor_not_the_overflow(session, tmp_path):
    body = '''
        import numpy as np

        def gradientDescent(X, y, theta, alpha, num_iters):
            n_rows = len(X)
            m = X.shape[1]
            t = np.array(theta, dtype=float).reshape(-1, 1)
            Y = np.reshape(y, (-1, 1))
            J = np.zeros((num_iters, 1))
            for k in range(num_iters):
                t = t - alpha / m * X.T @ (X @ t - Y)
                J[k] = np.sum((X @ t - Y) ** 2) / n_rows
            return t, J
    '''
    r = _compare(session, tmp_path, "gradientDescent", body, "gradientDescent")
    assert r.exit_code == 1
    strong = [(f.id, f.data.get("line")) for f in r.findings if f.status in ("confirmed", "consistent")]
    assert strong[0] == ("wrong-dimension", 5), [(f.id, f.status) for f in r.findings]
    assert ("constant-factor", None) in strong and not any(i == "overflow" for i, _ in strong), strong
    assert all(f.status == "noted" for f in r.findings if f.id == "non-finite-output")


@pytest.mark.octave
def test_a_guard_on_a_row_count_is_an_empty_guard(session, tmp_path):
    body = '''
        import numpy as np

        def computeCentroids(X, idx, K):
            out = np.zeros((K, X.shape[1]))
            flat = idx.reshape(-1)
            for j in range(K):
                pts = X[flat == j + 1, :]
                if pts.shape[0] > 0:
                    out[j, :] = np.mean(pts, axis=0)
            return out
    '''
    r = _compare(session, tmp_path, "computeCentroids", body, "computeCentroids")
    assert r.exit_code == 1
    assert (r.findings[0].id, r.findings[0].data["line"]) == ("empty-guard", 8), [(f.id, f.status) for f in r.findings]


@pytest.mark.octave
def test_a_squeeze_that_breaks_a_dot_at_m_1_is_squeeze_m1_not_a_matrix_product(session, tmp_path):
    body = '''
        import numpy as np

        def predict(Theta1, Theta2, X):
            X = np.squeeze(np.asarray(X))
            n = len(X)
            a2 = 1 / (1 + np.exp(-(np.c_[np.ones(n), X] @ Theta1.T)))
            a3 = 1 / (1 + np.exp(-(np.c_[np.ones(n), a2] @ Theta2.T)))
            return a3.argmax(axis=1) + 1
    '''
    r = _compare(session, tmp_path, "ex4/predict", body, "predict")
    assert r.exit_code == 1
    assert r.findings[0].id == "squeeze-m1", [(f.id, f.status) for f in r.findings]
    assert not any(f.id == "elementwise-vs-matrix" for f in r.findings)


@pytest.mark.octave
def test_an_empty_count_set_to_one_is_an_empty_guard_not_a_label_remap(session, tmp_path):
    body = '''
        import numpy as np

        def computeCentroids(X, idx, K):
            idx = np.ravel(idx).astype(int)
            total = np.zeros((K, X.shape[1]))
            np.add.at(total, idx - 1, X)
            n = np.bincount(idx - 1, minlength=K).astype(float)
            n[n == 0] = 1
            return total / n[:, None]
    '''
    r = _compare(session, tmp_path, "computeCentroids", body, "computeCentroids")
    assert r.exit_code == 1
    assert (r.findings[0].id, r.findings[0].data["line"]) == ("empty-guard", 8), [(f.id, f.status) for f in r.findings]


@pytest.mark.octave
def test_projectdata_that_centres_x_again_is_seen_on_x_not_centred(session, tmp_path):
    body = '''
        import numpy as np

        def projectData(X, U, K):
            Xc = X - X.mean(0)
            return Xc @ U[:, :K]
    '''
    r = _compare(session, tmp_path, "projectData", body, "projectData")
    assert r.exit_code == 1
    assert (r.findings[0].id, r.findings[0].data["line"]) == ("extra-step", 4), [(f.id, f.status) for f in r.findings]


@pytest.mark.octave
def test_recoverdata_with_examples_as_columns_is_its_own_convention_at_every_k(session, tmp_path):
    body = '''
        import numpy as np

        def recoverData(Z, U, K):
            return np.dot(U[:, 0:K], Z)
    '''
    r = _compare(session, tmp_path, "recoverData", body, "recoverData")
    assert r.exit_code == 1
    own = {c for f in r.findings if f.data.get("own_convention") for c in f.data.get("conventions", ())}
    assert own == {"transposed-data", "outputs-transposed"}, [(f.id, f.status, f.data) for f in r.findings]
    path = tmp_path / "port.py"
    declared = compare_case(get_case("recoverData", project=False), port=load_port(f"{path}:recoverData", timeout=60),
                            port_label="port.py", session=session, conventions=["transposed-data", "outputs-transposed"])
    assert declared.exit_code == 0, [(f.id, f.status) for f in declared.findings]


@pytest.mark.octave
def test_a_loop_from_1_that_also_fails_at_m_1_is_not_read_as_a_squeeze(session, tmp_path):
    body = '''
        import numpy as np

        def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
            p = np.ravel(nn_params)
            n1 = hidden_layer_size * (input_layer_size + 1)
            W1 = p[:n1].reshape(hidden_layer_size, input_layer_size + 1, order="F")
            W2 = p[n1:].reshape(num_labels, hidden_layer_size + 1, order="F")
            m = X.shape[0]
            labels = np.ravel(y).astype(int)
            J, G1, G2 = 0.0, None, None
            for t in range(1, m):
                a1 = np.r_[1.0, X[t]]
                a2 = np.r_[1.0, 1 / (1 + np.exp(-W1 @ a1))]
                a3 = 1 / (1 + np.exp(-W2 @ a2))
                yt = np.eye(num_labels)[labels[t] - 1]
                J -= np.sum(yt * np.log(a3) + (1 - yt) * np.log(1 - a3))
                d3 = a3 - yt
                d2 = (W2[:, 1:].T @ d3) * a2[1:] * (1 - a2[1:])
                G1 = np.outer(d2, a1) if G1 is None else G1 + np.outer(d2, a1)
                G2 = np.outer(d3, a2) if G2 is None else G2 + np.outer(d3, a2)
            J = J / m + lambda_ / (2 * m) * (np.sum(W1[:, 1:] ** 2) + np.sum(W2[:, 1:] ** 2))
            G1 = G1 / m
            G2 = G2 / m
            G1[:, 1:] += lambda_ / m * W1[:, 1:]
            G2[:, 1:] += lambda_ / m * W2[:, 1:]
            return J, np.concatenate([G1.ravel(order="F"), G2.ravel(order="F")])
    '''
    r = _compare(session, tmp_path, "nnCostFunction", body, "nnCostFunction")
    assert r.exit_code == 1
    assert r.findings[0].id in ("first-example-dropped", "first-iteration-skipped"), [(f.id, f.status) for f in r.findings]
    assert not any(f.id == "squeeze-m1" and f.status != "noted" for f in r.findings), [(f.id, f.status) for f in r.findings]


@pytest.mark.octave
def test_pinv_times_a_vector_with_star_is_a_matrix_product(session, tmp_path):
    body = '''
        import numpy as np

        def normalEqn(X, y):
            A = np.linalg.pinv(np.dot(X.T, X))
            return A * np.dot(X.T, y)
    '''
    r = _compare(session, tmp_path, "normalEqn", body, "normalEqn")
    assert r.exit_code == 1
    top = r.findings[0]
    assert (top.id, top.status, top.data["line"]) == ("elementwise-vs-matrix", "confirmed", 5), \
        [(f.id, f.status) for f in r.findings]


@pytest.mark.octave
def test_a_shape_hazard_is_noted_beside_another_mistake(session, tmp_path):
    body = '''
        import numpy as np

        def selectThreshold(yval, pval):
            best_eps, best_f1 = 0.0, 0.0
            lo, hi = np.min(pval), np.max(pval)
            for eps in np.linspace(lo, hi, 1001):
                flag = pval < eps
                tp = np.sum(flag & (yval == 1))
                fp = np.sum(flag & (yval == 0))
                fn = np.sum(~flag & (yval == 1))
                if tp == 0:
                    continue
                p, r = tp / (tp + fp), tp / (tp + fn)
                f1 = 2 * p * r / (p + r)
                if f1 >= best_f1:
                    best_f1, best_eps = f1, eps
            return best_eps, best_f1
    '''
    r = _compare(session, tmp_path, "selectThreshold", body, "selectThreshold")
    assert r.exit_code == 1
    assert r.findings[0].id == "comparison", [(f.id, f.status) for f in r.findings]
    hazard = [f for f in r.findings if f.id == "y-shape-broadcast"]
    assert hazard and hazard[0].status == "noted" and hazard[0].data["line"]["line"] in (8, 9, 10), \
        [(f.id, f.status, f.data) for f in r.findings]


@pytest.mark.octave
def test_a_separate_gradient_that_needs_1d_y_is_found(session, tmp_path):
    body = '''
        import numpy as np

        def J_reg(X, y, theta, lam):
            n = y.size
            p = 1 / (1 + np.exp(-X.dot(theta)))
            return float(-(np.log(p).dot(y) + np.log(1 - p).dot(1 - y)) / n + lam / (2 * n) * theta[1:].dot(theta[1:]))

        def grad_reg(X, y, theta, lam):
            n = y.size
            p = 1 / (1 + np.exp(-X.dot(theta)))
            g = X.T.dot(p - y) / n
            return g + lam / n * np.concatenate([[0.0], theta[1:]])
    '''
    r = _compare(session, tmp_path, "costFunctionReg", body, "J_reg")
    assert r.exit_code == 1
    own = {c for f in r.findings if f.data.get("own_convention") for c in f.data.get("conventions", ())}
    assert own == {"separate-gradient"}, [(f.id, f.status) for f in r.findings]


@pytest.mark.octave
def test_inv_imported_without_numpy_is_repaired_with_numpys_pinv(session, tmp_path):
    body = '''
        from numpy.linalg import inv

        def normalEqn(X, y):
            return inv(X.T @ X) @ X.T @ y
    '''
    r = _compare(session, tmp_path, "normalEqn", body, "normalEqn")
    assert r.exit_code == 1
    top = r.findings[0]
    assert (top.id, top.status, top.fix) == ("pseudo-inverse", "confirmed", "return pinv(X.T @ X) @ X.T @ y"), \
        [(f.id, f.status, f.fix) for f in r.findings]


@pytest.mark.octave
def test_a_short_range_beside_a_squeeze_gets_both_named(session, tmp_path):
    body = '''
        import numpy as np

        def mapFeature(X1, X2):
            a, b = np.squeeze(X1), np.squeeze(X2)
            cols = [np.ones(len(a))]
            for total in range(1, 6):
                for k in range(0, total + 1):
                    cols.append(a ** (total - k) * b ** k)
            return np.column_stack(cols)
    '''
    r = _compare(session, tmp_path, "mapFeature", body, "mapFeature")
    assert r.exit_code == 1
    strong = {f.id for f in r.findings if f.status in ("confirmed", "consistent")}
    assert {"range-end", "squeeze-m1"} <= strong, [(f.id, f.status) for f in r.findings]
    assert not any(f.id == "unexplained" for f in r.findings)
