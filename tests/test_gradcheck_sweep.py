"""Step sweep: the V, its arms' slopes, plateaus, complex step, the plot."""
import pathlib
import runpy

import numpy as np
import pytest

from portcheck.gradcheck import plot_sweep, render_sweep, sweep_steps

NN = runpy.run_path(str(pathlib.Path(__file__).resolve().parents[1] / "examples" / "gradcheck"
                        / "nn_one_wrong.py"))
X0, ARGS = NN["make_problem"](4, 5, 3, m=8)          # N = 43: full mode is cheap


@pytest.fixture(scope="module")
def nn_sweep():
    return sweep_steps(NN["nn_cost_function"], X0, args=ARGS,
                       methods=("central", "forward", "complex"))


def test_v_shape_with_theoretical_slopes(nn_sweep):
    central, forward, cplx = nn_sweep.curves
    # rounding arm ~ eps/h (slope -1); truncation arm ~ h^p: p = 2 central, 1 forward
    assert central.regime == "v" and forward.regime == "v"
    assert central.left_slope == pytest.approx(-1.0, abs=0.25)
    assert central.right_slope == pytest.approx(2.0, abs=0.25)
    assert forward.left_slope == pytest.approx(-1.0, abs=0.25)
    assert forward.right_slope == pytest.approx(1.0, abs=0.25)
    # the best steps sit between the arms, near eps^(1/3) and eps^(1/2) within two decades
    assert 1e-7 <= central.best_step <= 1e-3
    assert 1e-10 <= forward.best_step <= 1e-6
    assert nn_sweep.verdict.startswith("V-shaped: rounding-dominated below h = ")
    assert "Your step 6.1e-06 is " in nn_sweep.verdict


def test_complex_step_has_a_flat_rounding_floor_down_to_1e_200(nn_sweep):
    cplx = nn_sweep.curves[2]
    assert cplx.regime == "rounding floor" and min(cplx.steps) == 1e-200
    small = [e for h, e in zip(cplx.steps, cplx.errors) if h <= 1e-8]
    assert max(small) <= 8 * np.finfo(float).eps     # no cancellation: machine precision
    assert "your gradient is correct to machine precision" in cplx.verdict


def test_a_wrong_gradient_is_a_plateau():
    def wrong(p, *a):
        J, g = NN["nn_cost_function"](p, *a)
        g = g.copy()
        g[3] += 1e-3
        return J, g

    s = sweep_steps(wrong, X0, args=ARGS, methods=("central",))
    c = s.curves[0]
    assert s.regime == "plateau"
    assert c.labels.count("plateau") >= 6
    assert "a discrepancy that does not move with the step is a bug in the gradient, not noise" \
        in s.verdict


def test_directional_mode_and_complex_unsafe_curve():
    f = lambda x: (np.sum(np.abs(x) ** 3), 3 * x * np.abs(x))
    s = sweep_steps(f, np.linspace(0.5, 2, 300), methods=("central", "complex"))
    assert s.mode == "directional"
    assert s.evaluations < 200
    central, cplx = s.curves
    assert central.available and central.regime == "v"
    assert not cplx.available and cplx.regime == "unavailable"
    assert "drops the imaginary part" in cplx.verdict


def test_nondeterministic_cost_is_not_swept():
    f = lambda x: (np.sum(x ** 2) + np.random.default_rng().random(), 2 * x)
    s = sweep_steps(f, np.ones(3))
    assert s.regime == "nondeterministic" and s.curves == ()
    assert s.verdict.startswith("Cannot sweep: the cost is not deterministic")


def test_render_marks_the_user_and_best_steps(nn_sweep):
    text = render_sweep(nn_sweep)
    assert text.splitlines()[0] == nn_sweep.verdict
    assert "<- your step" in text and "<- best" in text
    assert "central differences: v" in text


def test_plot_writes_a_png(nn_sweep, tmp_path):
    out = plot_sweep(nn_sweep, tmp_path / "sweep.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 10_000


def test_float32_sweep_skips_steps_that_round_away():
    ex = runpy.run_path(str(pathlib.Path(__file__).resolve().parents[1] / "examples"
                            / "gradcheck" / "float32_port.py"))
    s = sweep_steps(ex["logreg_cost_f32"], ex["x0"], args=ex["args"], methods=("central",))
    c = s.curves[0]
    eps32 = float(np.finfo(np.float32).eps)
    assert s.dtype == "float32" and min(c.steps) >= 4 * eps32
    assert all(np.isfinite(c.errors))
    assert c.regime == "v" and c.left_slope == pytest.approx(-1.0, abs=0.25)
