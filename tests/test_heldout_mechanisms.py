"""Mechanisms the second round of blind corpora asked for, each on a port written here from the mathematics.

The ports are ours (no corpus file, no copy of one), written in other styles
than the corpus files that showed the gap, so that each test pins the mechanism,
not a file. Real Octave throughout.
"""
from __future__ import annotations

import textwrap

import pytest

from portcheck.cases import get_case
from portcheck.runner import load_port
from portcheck.workflow.pipeline import compare_case

pytestmark = pytest.mark.octave


def _compare(session, tmp_path, case: str, body: str, func: str, name: str = "port.py"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body).lstrip())
    port = load_port(f"{path}:{func}", timeout=60)
    return compare_case(get_case(case, project=False), port=port, port_label=f"{name}:{func}", session=session)


def _named(result) -> list[str]:
    return [f.id for f in result.findings if f.status in ("confirmed", "consistent", "likely")]


def test_a_size_copied_from_the_course_data_is_named_where_it_raises(session, tmp_path):
    body = '''
        import numpy as np

        def map_feature(a, b, degree=6):
            cols = [np.ones(118)]
            for total in range(1, degree + 1):
                for k in range(total + 1):
                    cols.append((a ** (total - k) * b ** k).reshape(118))
            return np.stack(cols, axis=1)
    '''
    r = _compare(session, tmp_path, "mapFeature", body, "map_feature")
    assert r.exit_code == 1
    top = r.findings[0]
    assert top.id == "classes-hardcoded" and top.data["constant"] == 118, [f.id for f in r.findings]
    assert "port-raised" not in [f.id for f in r.findings]  # the raise is folded into what explains it


def test_m_from_the_number_of_features_in_the_penalty_is_wrong_m(session, tmp_path):
    body = '''
        import numpy as np

        def cost_reg(theta, X, y, reg):
            cols, rows = X.shape          # swapped: rows is the number of features
            t = np.ravel(theta)
            z = X @ t
            h = 1 / (1 + np.exp(-z))
            yy = np.ravel(y)
            J = -(yy @ np.log(h) + (1 - yy) @ np.log(1 - h)) / rows + reg / (2 * rows) * t[1:] @ t[1:]
            g = X.T @ (h - yy) / rows
            g[1:] += reg / rows * t[1:]
            return J, g
    '''
    r = _compare(session, tmp_path, "costFunctionReg", body, "cost_reg")
    named = _named(r)
    assert named and named[0] == "wrong-m" and "reg-scale" not in named, named


def test_raw_labels_in_the_output_error_are_not_taken_for_a_one_hot_convention(session, tmp_path):
    body = '''
        import numpy as np

        def sig(z):
            return 1.0 / (1.0 + np.exp(-z))

        def nn_cost(w, n_in, n_hid, n_out, X, y, lam):
            a = w[:n_hid * (n_in + 1)].reshape((n_hid, n_in + 1), order="F")
            b = w[n_hid * (n_in + 1):].reshape((n_out, n_hid + 1), order="F")
            m = X.shape[0]
            labels = np.asarray(y).reshape(-1).astype(int)
            T = (labels[:, None] == np.arange(1, n_out + 1)[None, :]).astype(float)
            A1 = np.c_[np.ones(m), X]
            Z2 = A1 @ a.T
            A2 = np.c_[np.ones(m), sig(Z2)]
            H = sig(A2 @ b.T)
            J = np.sum(-T * np.log(H) - (1 - T) * np.log(1 - H)) / m
            J += lam / (2 * m) * (np.sum(a[:, 1:] ** 2) + np.sum(b[:, 1:] ** 2))
            E3 = H - np.asarray(y).reshape(-1, 1)          # the labels, not T
            E2 = (E3 @ b[:, 1:]) * sig(Z2) * (1 - sig(Z2))
            Ga = E2.T @ A1 / m
            Gb = E3.T @ A2 / m
            Ga[:, 1:] += lam / m * a[:, 1:]
            Gb[:, 1:] += lam / m * b[:, 1:]
            return J, np.r_[Ga.ravel(order="F"), Gb.ravel(order="F")]
    '''
    r = _compare(session, tmp_path, "nnCostFunction", body, "nn_cost")
    named = _named(r)
    assert "onehot-raw-labels" in named and "y-one-hot-input" not in named, named


def test_rows_of_the_singular_vectors_where_columns_belong_is_a_transpose_repair(session, tmp_path):
    body = '''
        import numpy as np

        def project(X, U, K):
            top = U[0:K, :]
            return X.dot(top.T)
    '''
    r = _compare(session, tmp_path, "projectData", body, "project")
    top = r.findings[0]
    assert (top.id, top.status) == ("transpose", "confirmed"), [(f.id, f.status) for f in r.findings]
    assert "U.T[0:K, :]" in top.fix


def test_a_last_centroid_never_computed_is_a_loop_one_short(session, tmp_path):
    body = '''
        import numpy as np

        def centroids(X, idx, K):
            out = np.zeros((K, X.shape[1]))
            idx = np.ravel(idx)
            for k in range(1, K):                 # 1..K-1: the last cluster is never visited
                members = X[idx == k]
                out[k - 1] = members.mean(axis=0)
            return out
    '''
    r = _compare(session, tmp_path, "computeCentroids", body, "centroids")
    assert _named(r)[:1] == ["index-shift"], [(f.id, f.status) for f in r.findings]


@pytest.mark.parametrize("case, func, body", [
    ("findClosestCentroids", "nearest", '''
        import numpy as np

        def nearest(X, C):
            labels = []
            for x in X:
                d = ((C - x) ** 2).sum()          # Octave sums along rows: sum(..., 2)
                labels.append(np.argmin(d) + 1)
            return np.array(labels)
    '''),
    ("computeCentroids", "means", '''
        import numpy as np

        def means(X, idx, K):
            idx = np.asarray(idx).ravel()
            C = np.zeros((K, X.shape[1]))
            for k in range(K):
                C[k, :] = np.mean(X[idx == k + 1])    # one number where Octave averages each column
            return C
    '''),
])
def test_a_reduction_over_every_entry_is_repaired_with_its_axis(session, tmp_path, case, func, body):
    r = _compare(session, tmp_path, case, body, func)
    top = r.findings[0]
    assert (top.id, top.status) == ("reduction-axis", "confirmed"), [(f.id, f.status) for f in r.findings]
    assert "axis=" in top.fix


def test_a_std_over_every_entry_names_both_slips(session, tmp_path):
    body = '''
        def normalise(data):
            centre = data.mean()
            spread = data.std()
            return (data - centre) / spread, centre, spread
    '''
    r = _compare(session, tmp_path, "featureNormalize", body, "normalise")
    named = _named(r)
    assert "reduction-axis" in named and "std-ddof" in named, named


def test_classifiers_as_columns_and_0_based_answers_are_two_conventions_found_together(session, tmp_path):
    body = '''
        import numpy as np

        def one_vs_all(W, X):
            """W: (n + 1, K), one classifier per column; returns classes 0..K-1."""
            A = np.hstack([np.ones((len(X), 1)), X])
            return (1.0 / (1.0 + np.exp(-(A @ W)))).argmax(axis=1)   # the sigmoid kept: Octave's ties where it saturates
    '''
    r = _compare(session, tmp_path, "predictOneVsAll", body, "one_vs_all")
    conv = {c for f in r.findings if f.data.get("own_convention") for c in f.data.get("conventions", ())}
    assert conv == {"transposed-data", "zero-based-labels"}, [(f.id, f.title) for f in r.findings]
    fixes = " ".join(f.fix for f in r.findings)
    assert "np.transpose(W)" in fixes


def test_a_mask_applied_in_the_cost_and_missing_in_the_gradient(session, tmp_path):
    body = '''
        import numpy as np

        def cofi(params, Y, R, nu, nm, nf, lam):
            A = params[:nm * nf].reshape(nf, nm).T
            B = params[nm * nf:].reshape(nf, nu).T
            diff = A.dot(B.T) - Y
            J = 0.5 * np.sum((diff * R) ** 2) + lam / 2 * (np.sum(A ** 2) + np.sum(B ** 2))
            gA = diff.dot(B) + lam * A
            gB = diff.T.dot(A) + lam * B
            return J, np.concatenate([gA.T.ravel(), gB.T.ravel()])
    '''
    r = _compare(session, tmp_path, "cofiCostFunc", body, "cofi")
    top = r.findings[0]
    assert (top.id, top.status) == ("unmasked-term", "confirmed") and top.data.get("outputs") == ["grad"], \
        [(f.id, f.status, f.title) for f in r.findings]


def test_a_weight_matrix_without_its_bias_column_is_named_so(session, tmp_path):
    body = '''
        import math
        import numpy as np

        def debugInitializeWeights(fan_out, fan_in):
            vals = [math.sin(k) / 10 for k in range(1, fan_out * fan_in + 1)]
            return np.array(vals).reshape((fan_in, fan_out)).T
    '''
    r = _compare(session, tmp_path, "debugInitializeWeights", body, "debugInitializeWeights")
    assert _named(r)[:1] == ["bias-column"], [(f.id, f.title) for f in r.findings]


def test_an_outer_product_for_a_sum_of_squares_is_elementwise_vs_matrix(session, tmp_path):
    body = '''
        import numpy as np

        def cost(X, y, theta):
            e = X.dot(np.reshape(theta, (-1, 1))) - np.reshape(y, (-1, 1))
            return float(np.sum(e.T * e)) / (2 * len(e))
    '''
    r = _compare(session, tmp_path, "computeCost", body, "cost")
    named = _named(r)
    assert named == ["elementwise-vs-matrix"], [(f.id, f.status, f.title) for f in r.findings]
    assert "e.T @ e" in r.findings[0].fix


def test_transposed_data_declared_for_a_port_taking_x_with_one_example_per_column(session, tmp_path):
    body = '''
        import numpy as np

        def gaussian_params(D):
            """D: (n, m), one example per column."""
            mean = D.mean(axis=1)
            return mean.reshape(-1, 1), ((D - mean[:, None]) ** 2).mean(axis=1).reshape(-1, 1)
    '''
    path = tmp_path / "g.py"
    path.write_text(textwrap.dedent(body).lstrip())
    port = load_port(f"{path}:gaussian_params", timeout=60)
    case = get_case("estimateGaussian", project=False)
    assert compare_case(case, port=port, session=session).exit_code == 1
    r = compare_case(case, port=port, session=session, conventions=("transposed-data",))
    assert r.parity, [(f.id, f.title) for f in r.findings]


def test_a_descent_updating_theta_one_component_at_a_time_is_named(session, tmp_path):
    # the lecture's warning: theta1's step already sees the new theta0 (exact with one component only)
    body = '''
        import numpy as np

        def descend(X, y, theta, alpha, num_iters):
            t = np.array(theta, dtype=float).reshape(-1)
            y = np.ravel(y)
            m = y.size
            hist = []
            for _ in range(int(num_iters)):
                t[0] = t[0] - alpha / m * np.sum(X @ t - y)
                t[1] = t[1] - alpha / m * np.sum((X @ t - y) * X[:, 1])
                hist.append(np.sum((X @ t - y) ** 2) / (2 * m))
            return t.reshape(-1, 1), np.array(hist).reshape(-1, 1)
    '''
    r = _compare(session, tmp_path, "gradientDescent", body, "descend")
    assert r.exit_code == 1
    top = r.findings[0]
    assert (top.id, top.status) == ("non-simultaneous-update", "consistent"), [(f.id, f.status) for f in r.findings]
    assert top.fix.startswith("theta = theta - alpha / m * (X.T @ (X @ theta - y))")
    fixed = body.replace("t[0] = t[0] - alpha / m * np.sum(X @ t - y)\n", "g = X.T @ (X @ t - y)\n") \
                .replace("t[1] = t[1] - alpha / m * np.sum((X @ t - y) * X[:, 1])", "t = t - alpha / m * g")
    assert _compare(session, tmp_path, "gradientDescent", fixed, "descend", name="fixed.py").exit_code == 0


def test_columns_built_in_another_order_are_named_so(session, tmp_path):
    # each degree's terms listed backwards: x2**i first, x1**i last -- every column there, in another place
    body = '''
        import numpy as np

        def features(x1, x2, degree=6):
            a, b = np.ravel(x1), np.ravel(x2)
            out = [np.ones_like(a)]
            for i in range(1, degree + 1):
                out += [a ** j * b ** (i - j) for j in range(i + 1)]
            return np.stack(out, axis=1)
    '''
    r = _compare(session, tmp_path, "mapFeature", body, "features")
    top = r.findings[0]
    assert (top.id, top.status) == ("column-order", "consistent"), [(f.id, f.status) for f in r.findings]
    assert "24 of 28 moved" in top.evidence


def test_an_exp_that_overflows_where_octaves_formula_stays_finite_is_named_with_its_line(session, tmp_path):
    body = '''
        import numpy as np

        def sigmoidGradient(z):
            t = np.exp(-np.asarray(z, dtype=float))
            return t / (1.0 + t) ** 2            # the derivative in exact arithmetic; inf/inf for z < -709
    '''
    r = _compare(session, tmp_path, "sigmoidGradient", body, "sigmoidGradient")
    top = r.findings[0]
    assert (top.id, top.status) == ("overflow", "confirmed"), [(f.id, f.status) for f in r.findings]
    assert top.location == "port.py:4: t = np.exp(-np.asarray(z, dtype=float))"
    assert top.input_set == "beyond exp's range" and "g is NaN at 1 of 5 entries" in top.evidence


def test_a_mask_missing_from_the_gradient_is_named_beside_a_penalty_slip(session, tmp_path):
    # two mistakes in grad: the error term not masked by R, and no penalty on X's gradient
    body = '''
        import numpy as np

        def cofi(p, Y, R, nu, nm, nf, lam):
            Xm = p[:nm * nf].reshape(nf, nm).T
            Th = p[nm * nf:].reshape(nf, nu).T
            E = Xm @ Th.T - Y
            J = 0.5 * np.sum((E * R) ** 2) + lam / 2 * (np.sum(Th ** 2) + np.sum(Xm ** 2))
            gX = E @ Th                          # R forgotten here, and no lam * Xm
            gT = (E * R).T @ Xm + lam * Th
            return J, np.concatenate([gX.T.ravel(), gT.T.ravel()])
    '''
    r = _compare(session, tmp_path, "cofiCostFunc", body, "cofi")
    named = {f.id for f in r.findings if f.status == "confirmed"}
    assert {"unmasked-term", "grad-reg-missing"} <= named, [(f.id, f.status) for f in r.findings]
    assert not [f for f in r.findings if f.status == "unexplained"]


def test_a_shim_tried_on_a_failure_it_does_not_cure_is_not_reported(session, tmp_path):
    # under y as a column, float() meets an (m, m) array: the shim cannot cure that, the broadcast is the port's own
    body = '''
        import numpy as np

        def cost(X, y, theta):
            e = X.dot(theta) - y
            return float(np.squeeze(e.T.dot(e))) / (2 * len(X))
    '''
    r = _compare(session, tmp_path, "computeCostMulti", body, "cost")
    assert r.exit_code == 0, [(f.id, f.status) for f in r.findings]
    assert "numpy2-scalar" not in [f.id for f in r.findings]


def test_0_based_answers_and_a_tie_break_are_repaired_together(session, tmp_path):
    # two mistakes: k stored 0-based, and `<=` letting a later centroid win a tie (the tie set alone shows it)
    body = '''
        import numpy as np

        def nearest(X, C):
            out = np.zeros((X.shape[0], 1), dtype=int)
            for n, x in enumerate(X):
                best = None
                for k, c in enumerate(C):
                    d = np.dot(x - c, x - c)
                    if best is None or d <= best:
                        best = d
                        out[n] = k
            return out
    '''
    r = _compare(session, tmp_path, "findClosestCentroids", body, "nearest")
    named = {f.id: f for f in r.findings if f.status == "confirmed"}
    assert {"label-base", "comparison"} <= set(named), [(f.id, f.status) for f in r.findings]
    assert named["comparison"].fix == "if best is None or d < best:"


def test_a_bias_column_appended_and_labels_wrapped_by_ten_are_repaired_together(session, tmp_path):
    # the 12-class set predicts every label: `% 10` turns 10, 11, 12 into 0, 1, 2 -- a second mistake
    body = '''
        import numpy as np

        def predict(W1, W2, X):
            ones = np.ones((len(X), 1))
            hidden = 1 / (1 + np.exp(-np.c_[ones, X] @ W1.T))
            scores = np.c_[hidden, ones] @ W2.T          # the bias unit last
            return (scores.argmax(axis=1) + 1) % 10      # digit 0 stored as 10
    '''
    r = _compare(session, tmp_path, "ex4/predict", body, "predict")
    named = {f.id for f in r.findings if f.status == "confirmed"}
    assert {"bias-column", "classes-hardcoded"} <= named, [(f.id, f.status) for f in r.findings]


def test_a_python2_port_and_a_port_with_a_sibling_module_are_repaired_like_any_other(session, tmp_path):
    # the repair search imports the port as its worker does: Python 2 source rewritten, the file's folder on sys.path
    py2 = '''
        def nearest(X, C):
            out = []
            for x in X:
                best, k_best = None, 0
                for k in xrange(len(C)):
                    d = ((x - C[k]) ** 2).sum()
                    if best is None or d <= best:
                        best, k_best = d, k + 1
                out.append(k_best)
            print "assigned", len(out)
            return out
    '''
    r = _compare(session, tmp_path, "findClosestCentroids", py2, "nearest", name="py2port.py")
    assert "comparison" in {f.id for f in r.findings if f.status == "confirmed"}, [(f.id, f.status) for f in r.findings]
    (tmp_path / "logistic_helpers.py").write_text("import numpy as np\n\ndef sig(z):\n    return 1 / (1 + np.exp(-z))\n")
    sibling = '''
        from logistic_helpers import sig

        def predict(theta, X):
            return (sig(X @ theta) > 0.5).astype(int)
    '''
    r = _compare(session, tmp_path, "ex2/predict", sibling, "predict", name="uses_sibling.py")
    top = r.findings[0]
    assert (top.id, top.status, top.fix) == ("comparison", "confirmed", "return (sig(X @ theta) >= 0.5).astype(int)")


def test_of_two_repairs_that_each_agree_everywhere_the_smaller_is_confirmed(session, tmp_path):
    # `<=` at the threshold, or the grid moved one step: the same answers on every set; the one-character change wins
    body = '''
        import numpy as np

        def threshold(yval, pval):
            p, y = np.ravel(pval), np.ravel(yval)
            step = (p.max() - p.min()) / 1000
            best = (0.0, 0.0)
            for eps in [p.min() + k * step for k in range(1001)]:
                pred = p <= eps
                tp, fp, fn = np.sum(pred & (y == 1)), np.sum(pred & (y == 0)), np.sum(~pred & (y == 1))
                if tp == 0:
                    continue
                prec, rec = tp / (tp + fp), tp / (tp + fn)
                f1 = 2 * prec * rec / (prec + rec)
                if f1 > best[1]:
                    best = (eps, f1)
            return best
    '''
    r = _compare(session, tmp_path, "selectThreshold", body, "threshold")
    top = r.findings[0]
    assert (top.id, top.status, top.fix) == ("comparison", "confirmed", "pred = p < eps"), [(f.id, f.status) for f in r.findings]
    assert all(f.status != "confirmed" for f in r.findings[1:] if f.id != "comparison")


def test_a_convention_that_needs_a_representation_with_it_is_found_when_the_port_raises_as_called(session, tmp_path):
    # X without its ones column (the port adds it) AND theta as a column: either alone still raises
    body = '''
        import numpy as np

        def descent(X, y, theta, alpha, iters):
            A = np.hstack((np.ones((len(X), 1)), X))
            hist = np.zeros((iters, 1))
            for i in range(iters):
                theta = theta - alpha / len(X) * A.T.dot(A.dot(theta) - y)
                hist[i] = ((A.dot(theta) - y) ** 2).sum() / (2 * len(X))
            return theta, hist
    '''
    r = _compare(session, tmp_path, "gradientDescentMulti", body, "descent")
    top = r.findings[0]
    assert (top.id, top.status) == ("x-without-bias", "confirmed"), [(f.id, f.status) for f in r.findings]
    assert top.data.get("own_convention")


def test_a_cost_history_recorded_before_each_step_and_over_m_is_named_twice(session, tmp_path):
    # theta right; J_history one step behind and divided by m where computeCost divides by 2m
    body = '''
        import numpy as np

        def descent(X, y, theta, alpha, num_iters):
            y = np.ravel(y)
            theta = np.ravel(theta).astype(float)
            history = []
            for _ in range(int(num_iters)):
                r = X @ theta - y
                history.append(r @ r / len(y))
                theta = theta - alpha / len(y) * (X.T @ r)
            return theta.reshape(-1, 1), np.array(history).reshape(-1, 1)
    '''
    r = _compare(session, tmp_path, "gradientDescentMulti", body, "descent")
    named = {f.id for f in r.findings if f.status in ("confirmed", "consistent")}
    assert named == {"index-shift", "missing-1-over-m"}, [(f.id, f.status) for f in r.findings]


def test_data_unmasked_in_the_cost_is_named_beside_a_penalty_missing_from_the_gradient(session, tmp_path):
    # (X Theta' .* R - Y): Y enters where R = 0; and Theta's gradient lost its penalty
    body = '''
        import numpy as np

        def cofi(p, Y, R, nu, nm, nf, lam):
            Xm = p[:nm * nf].reshape(nf, nm).T
            Th = p[nm * nf:].reshape(nf, nu).T
            E = (Xm @ Th.T) * R - Y
            J = (E ** 2).sum() / 2 + lam / 2 * ((Th ** 2).sum() + (Xm ** 2).sum())
            return J, np.concatenate([(E @ Th + lam * Xm).T.ravel(), (E.T @ Xm).T.ravel()])
    '''
    r = _compare(session, tmp_path, "cofiCostFunc", body, "cofi")
    named = {f.id for f in r.findings if f.status == "confirmed"}
    assert {"unmasked-term", "grad-reg-missing"} <= named, [(f.id, f.status) for f in r.findings]
