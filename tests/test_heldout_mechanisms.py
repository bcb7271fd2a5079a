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
