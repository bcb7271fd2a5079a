"""The ex4 reference .m files and their ports against the course's published check values.

Published values (ex4 handout and its checkNNGradients): with input_layer_size 2,
hidden_layer_size 2, 4 labels, nn_params = (1:18)'/10, X = cos([1 2; 3 4; 5 6]),
y = [4; 2; 3]: J = 7.4070 (lambda 0) and 16.457 (lambda 3), given to the digits
printed. On the gradient-check set-up J = 2.1009505699 (lambda 0) and
2.1463598150 (lambda 3), given to 10 decimals.
"""
import numpy as np
import pytest

from portcheck.cases.nncost import debug_network
from portcheck.octave import OctaveSession, reference_dir
from portcheck.ports import ex4

SMALL = dict(input_layer_size=2.0, hidden_layer_size=2.0, num_labels=4.0)


def small_inputs():
    nn_params = (np.arange(1, 19) / 10).reshape(-1, 1)
    X = np.cos(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
    y = np.array([[4.0], [2.0], [3.0]])
    return nn_params, X, y


@pytest.fixture(scope="module")
def octave():
    with OctaveSession(paths=[reference_dir("ex4")]) as session:
        yield session


@pytest.mark.parametrize("lambda_, published, decimals", [(0.0, 7.4070, 4), (3.0, 16.457, 3)])
def test_reference_reproduces_published_small_values(octave, lambda_, published, decimals):
    p, X, y = small_inputs()
    J, grad = octave.call("nnCostFunction", p, 2.0, 2.0, 4.0, X, y, lambda_, nout=2)
    assert grad.shape == (18, 1)
    assert round(float(J[0, 0]), decimals) == published


@pytest.mark.parametrize("lambda_, published", [(0.0, 2.1009505699), (3.0, 2.1463598150)])
def test_reference_reproduces_published_debug_values(octave, lambda_, published):
    T1, T2, X, y = debug_network()
    J, _ = octave.call("nnCostFunction", ex4.unroll(T1, T2), 3.0, 5.0, 3.0, X, y, lambda_, nout=2)
    assert round(float(J[0, 0]), 10) == published


@pytest.mark.parametrize("lambda_, published", [(0.0, 2.1009505699), (3.0, 2.1463598150)])
def test_port_reproduces_published_debug_values(lambda_, published):
    T1, T2, X, y = debug_network()
    J, grad = ex4.nnCostFunction(ex4.unroll(T1, T2), 3, 5, 3, X, y, lambda_)
    assert round(J, 10) == published
    assert grad.shape == (38,)


@pytest.mark.parametrize("lambda_, published", [(0.0, 7.4070), (3.0, 16.457)])
def test_port_reproduces_published_small_values(lambda_, published):
    p, X, y = small_inputs()
    J, _ = ex4.nnCostFunction(p.ravel(), 2, 2, 4, X, y, lambda_)
    assert abs(J - published) < 5e-4 if lambda_ == 0 else abs(J - published) < 5e-3


@pytest.mark.parametrize("lambda_", [0.0, 3.0])
def test_checkNNGradients_reference_and_port_agree_below_course_threshold(octave, lambda_):
    """The course's criterion is a relative difference below 1e-9; both sides meet it,
    and the numerical gradients (fixed e = 1e-4, identical formula) agree to rounding."""
    numgrad_o, grad_o, diff_o = octave.call("checkNNGradients", lambda_, nout=3)
    numgrad_p, grad_p, diff_p = ex4.checkNNGradients(lambda_)
    assert float(diff_o[0, 0]) < 1e-9 and diff_p < 1e-9
    np.testing.assert_allclose(grad_p, grad_o.ravel(), rtol=1e-12, atol=1e-15)
    # central differences with e = 1e-4 lose ~eps/e = 2e-12 to cancellation
    np.testing.assert_allclose(numgrad_p, numgrad_o.ravel(), rtol=0, atol=1e-10)


def test_helpers_match_octave(octave):
    z = np.linspace(-5, 5, 11).reshape(-1, 1)
    np.testing.assert_allclose(ex4.sigmoid(z), octave.call("sigmoid", z)[0], rtol=1e-15)
    np.testing.assert_allclose(ex4.sigmoidGradient(z), octave.call("sigmoidGradient", z)[0], rtol=1e-14)
    assert ex4.sigmoidGradient(0.0) == 0.25
    np.testing.assert_array_equal(ex4.debugInitializeWeights(5, 3), octave.call("debugInitializeWeights", 5.0, 3.0)[0])


def test_predict_matches_octave_and_is_one_based(octave):
    T1, T2, X, _ = debug_network(m=7)
    (p_oct,) = octave.call("predict", T1, T2, X)
    p_port = ex4.predict(T1, T2, X)
    np.testing.assert_array_equal(p_port, p_oct.ravel())
    assert p_port.min() >= 1


def test_randInitializeWeights_range_and_shape(octave):
    """Different generators: only the shape and the interval are comparable."""
    (W_oct,) = octave.call("randInitializeWeights", 400.0, 25.0)
    W_port = ex4.randInitializeWeights(400, 25, rng=np.random.default_rng(0))
    eps_init = np.sqrt(6) / np.sqrt(425)
    assert W_oct.shape == W_port.shape == (25, 401)
    assert np.abs(W_oct).max() <= eps_init and np.abs(W_port).max() <= eps_init


def test_ports_do_not_mutate_inputs():
    T1, T2, X, y = debug_network()
    p = ex4.unroll(T1, T2)
    before = (p.copy(), X.copy(), y.copy())
    ex4.nnCostFunction(p, 3, 5, 3, X, y, 3.0)
    for a, b in zip((p, X, y), before):
        np.testing.assert_array_equal(a, b)
