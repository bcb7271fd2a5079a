"""Step sweep over decades: the V-shaped error curve, the best step, the regime in words."""
from __future__ import annotations

import math

import numpy as np

from ._validation import GradcheckUsageError, check_choice, check_positive
from .core import DEFAULT_SAFETY, ROUNDING_FACTOR
from .differences import numerical_gradient, probe_complex_safety
from .noise import check_determinism, estimate_noise, random_direction
from .objective import ComplexUnsafe, Objective
from .results import StepSweep, SweepCurve
from .steps import METHODS, relative_step

__all__ = ["sweep_steps", "DEFAULT_STEPS", "DEFAULT_COMPLEX_STEPS", "AUTO_FULL_MAX"]

#: Relative steps of the sweep for central, forward and Richardson: 1e-1 .. 1e-12.
DEFAULT_STEPS = tuple(10.0 ** -k for k in range(1, 13))

#: Complex step goes far below: it has no cancellation (Squire & Trapp 1998).
DEFAULT_COMPLEX_STEPS = tuple(10.0 ** -k for k in range(1, 17)) + (1e-20, 1e-50, 1e-100, 1e-200)

#: Real-method steps below this many eps are skipped: x + h would round to x (or 1 ulp off).
MIN_STEP_EPS = 4

#: mode='auto' sweeps every entry up to this many parameters, else one random direction:
#: 256 parameters x 2 evaluations x 13 central steps is about 6,700 evaluations.
AUTO_FULL_MAX = 256

_NO_TRUNCATION = {"central": "quadratic along x (f''' = 0)", "forward": "linear along x (f'' = 0)",
                  "richardson": "a low-degree polynomial along x (f^(5) = 0)",
                  "complex": "quadratic along x (f''' = 0)"}


class _Point:
    """(absolute discrepancy, predicted rounding, normaliser) at one step.

    Full mode: ``norm(n - g)``, ``norm(rounding)`` and ``norm(n + g)`` (Ng's metric is
    their ratio); directional: ``|d_num - d_an|``, its rounding and ``|d_num| + |d_an|``.
    """

    def __init__(self, obj, x, f0, g, noise, gl, v, mode):
        self.obj, self.x, self.f0, self.g = obj, x, f0, g
        self.noise, self.gl, self.v, self.mode = noise, gl, v, mode
        self.scale = np.maximum(1.0, np.abs(x))
        self.ulps = max(1.0, noise / (obj.eps * abs(f0))) if f0 else 1.0

    def __call__(self, method, rs):
        obj, x, g, eps = self.obj, self.x, self.g, self.obj.eps
        if self.mode == "full":
            s = numerical_gradient(obj, x, self.f0, method, step=rs * self.scale)
            n, h = s.numerical, np.abs(s.steps)
            noise = np.fmax(self.noise, eps * np.fmax(np.abs(s.f_plus), np.abs(s.f_minus)))
            rnd = ROUNDING_FACTOR[method] * noise / h
            rnd = rnd + np.maximum(
                self.ulps * eps * (np.abs(g) + (np.abs(n) if method == "complex" else 0)), self.gl)
            return (float(np.linalg.norm(n - g)), float(np.linalg.norm(rnd)),
                    float(np.linalg.norm(n + g)))
        v = self.v
        if method == "complex":
            obj.plan(1)
            num = obj.complex_value(x + 1j * rs * v).imag / rs
            ana = float(g @ v)
            rnd = (self.ulps * eps * (abs(num) + float(np.abs(g) @ np.abs(v)))
                   + float(np.linalg.norm(self.gl * v)))
        else:
            num, ana, rnd = self._real(method, rs)
        return abs(num - ana), rnd, abs(num) + abs(ana)

    def _real(self, method, t):
        obj, x, g = self.obj, self.x, self.g
        if method == "richardson":
            n1, a1, r1 = self._real("central", t)
            n2, a2, r2 = self._real("central", t / 2)
            return (4 * n2 - n1) / 3, (4 * a2 - a1) / 3, (4 * r2 + r1) / 3
        obj.plan(1 if method == "forward" else 2)
        xp = obj.round(x + t * self.v)
        xm = x if method == "forward" else obj.round(x - t * self.v)
        fm = self.f0 if method == "forward" else obj.value(xm)
        dx = xp - xm
        width = t if method == "forward" else 2 * t
        num = (obj.value(xp) - fm) / width
        ana = float(g @ dx) / width
        rnd = (ROUNDING_FACTOR[method] * self.noise / t
               + (self.ulps * obj.eps * float(np.abs(g) @ np.abs(dx))
                  + float(np.linalg.norm(self.gl * dx))) / width)
        return num, ana, rnd


def _fit_slope(h, e, mask):
    if mask.sum() < 2:
        return math.nan
    return float(np.polyfit(np.log10(h[mask]), np.log10(e[mask]), 1)[0])


def _slope(s, paren=False):
    if math.isnan(s):
        return ""
    return f" (slope {s:+.1f})" if paren else f"slope {s:+.1f} "


def _classify(method, h, e, r, user, safety, shown):
    """Labels, slopes, regime, arm and verdict of one curve (h ascending).

    ``e`` and ``r`` are absolute (discrepancy and predicted rounding): slopes and
    labels come from them, because a relative metric is flat wherever one side
    dominates (g ~ 0 at a minimum). ``shown`` is the relative discrepancy quoted.
    """
    pos = e[e > 0]
    floor = pos.min() / 10 if pos.size else 1e-300
    le = np.log10(np.maximum(e, floor))
    slopes = np.gradient(le, np.log10(h)) if len(h) > 1 else np.zeros(1)
    labels = []
    for ek, rk, sk in zip(e, r, slopes):
        if ek <= safety * rk:
            labels.append("rounding")
        elif sk >= 0.5:
            labels.append("truncation")
        elif sk <= -0.5:
            labels.append("rounding")
        else:
            labels.append("plateau")
    labels = np.array(labels)
    ib = int(np.argmin(e))
    best, best_e = float(h[ib]), float(shown[ib])
    iu = int(np.argmin(np.abs(np.log10(h) - math.log10(user))))
    run, longest = [], []
    for k, lab in enumerate(labels):
        run = run + [k] if lab == "plateau" else []
        longest = run if len(run) > len(longest) else longest
    left = _fit_slope(h, np.maximum(e, floor), (labels == "rounding") & (h <= best))
    right = _fit_slope(h, np.maximum(e, floor), labels == "truncation")
    if len(longest) >= 3:
        a, b = h[longest[0]], h[longest[-1]]
        lvl = float(np.median(shown[longest]))
        regime = "plateau"
        verdict = (f"The discrepancy stays near {lvl:.1e} from h = {a:.0e} to {b:.0e} "
                   f"({math.log10(b / a):.0f} decades): a discrepancy that does not move with "
                   "the step is a bug in the gradient, not noise.")
    elif method == "complex":
        regime = "rounding floor"
        small = h[labels == "rounding"]
        upto = f" for h <= {small.max():.0e}" if small.size else ""
        verdict = (f"Complex step: the discrepancy sits at the rounding floor ({best_e:.1e})"
                   f"{upto} with no cancellation; your gradient is correct to machine precision.")
    elif np.all(labels == "rounding") and not left <= -0.5:
        regime = "rounding floor"
        verdict = ("At every step the discrepancy stays within the rounding predicted from the "
                   "measured noise of J and of the gradient (no slope, no plateau above it): the "
                   "gradient is at rounding level itself (a stationary point?), and finite "
                   "differences cannot tell it from zero.")
    elif np.all(labels == "truncation"):
        regime = "truncation"
        verdict = (f"The discrepancy falls with the step down to h = {h[0]:.0e}"
                   f"{_slope(right, True)} and never reaches the rounding level: truncation error of {method} "
                   "differences throughout (the gradient itself is at rounding level, or tiny).")
    elif not np.any(labels == "truncation") and ib >= len(h) - 2:
        regime = "quadratic"
        verdict = (f"The discrepancy falls as the step grows ({_slope(left)}over "
                   f"{math.log10(h[-1] / h[0]):.0f} decades) and never turns up: the cost is "
                   f"{_NO_TRUNCATION[method]}, so {method} differences have no truncation error: "
                   "your gradient is correct; what you see is rounding.")
    else:
        regime = "v"
        verdict = (f"V-shaped: rounding-dominated below h = {best:.0e}{_slope(left, True)}, "
                   f"truncation-dominated above{_slope(right, True)}; best step {best:.0e} "
                   f"with discrepancy {best_e:.1e}.")
    hu = float(h[iu])
    if labels[iu] == "plateau" and regime == "plateau":
        arm = "on the plateau: the discrepancy there does not depend on the step (a bug)"
    elif regime == "quadratic":
        arm = (f"on the rounding arm; larger steps are more accurate all the way to "
               f"h = {h[-1]:.0e}")
    elif regime == "rounding floor":
        arm = "on the rounding floor: nearby steps give the same discrepancy"
    elif regime == "truncation":
        arm = "on the truncation arm: a smaller step would be more accurate"
    elif abs(math.log10(hu / best)) <= 0.5:
        arm = "at the bottom of the V"
    elif hu < best:
        arm = "on the left arm (rounding-dominated): a larger step would be more accurate"
    else:
        arm = "on the right arm (truncation-dominated): a smaller step would be more accurate"
    if regime in ("v", "quadratic"):
        verdict += f" Your step {hu:.1e} is {arm}."
    return labels, slopes, regime, left, right, arm, verdict, ib, iu


def sweep_steps(fun, x0, *, grad=None, args=(), methods=("central", "forward", "complex"),
                steps=None, complex_steps=None, step=None, dtype=None, mode="auto", seed=0,
                safety=DEFAULT_SAFETY, progress=None):
    """Sweep the finite-difference step over decades and explain the error curve.

    Parameters
    ----------
    fun : callable ``fun(x, *args)``
        Returns ``(J, grad)``, or ``J`` if ``grad`` is given.
    x0 : array_like, shape (n,) or any shape
    grad : callable, optional
    args : tuple
    methods : sequence of {'central', 'forward', 'complex', 'richardson'}
    steps : sequence of float, optional
        Relative steps (times ``max(1, |x|)``) for real methods; default 1e-1 .. 1e-12,
        without those below ``MIN_STEP_EPS`` = 4 eps of the dtype (float32: 1e-1 .. 1e-6).
    complex_steps : sequence of float, optional
        Default 1e-1 .. 1e-16, 1e-20, 1e-50, 1e-100, 1e-200.
    step : float, optional
        The user's relative step, marked on every curve; default each method's rule
        (:func:`~portcheck.gradcheck.steps.relative_step`).
    dtype : dtype-like, optional
        Working precision (default: least precise of x0, J, grad).
    mode : {'auto', 'full', 'directional'}
        'full' compares every entry (Ng's metric; 2N evaluations per central step);
        'directional' one fixed random direction (2 per step); 'auto' is 'full' up to
        ``AUTO_FULL_MAX`` = 256 parameters.
    seed : int
    safety : float
        A point is rounding-dominated when its discrepancy is within ``safety`` x the
        rounding predicted from the measured noise.
    progress : callable ``progress(done, total)``, optional

    Returns
    -------
    StepSweep

    Notes
    -----
    Total error against h is a V: the right arm rises as ``h^p`` (truncation),
    the left arm as ``eps/h`` (rounding); a discrepancy flat across decades is a
    bug, not noise (N. Higham, "What is the complex-step approximation?", 2020;
    Numerical Recipes section 5.7). Points are labelled "rounding" (within
    ``safety`` x the predicted rounding, or slope <= -1/2), "truncation" (slope
    >= 1/2) or "plateau"; three plateau points in a row make the curve a bug.
    A central curve with no truncation point and its minimum at the largest
    steps is the quadratic case (f''' = 0).
    """
    for m in methods:
        check_choice("methods", m, METHODS)
    check_choice("mode", mode, ("auto", "full", "directional"))
    check_positive("safety", safety)
    steps = tuple(DEFAULT_STEPS if steps is None else steps)
    csteps = tuple(DEFAULT_COMPLEX_STEPS if complex_steps is None else complex_steps)
    for s in steps + csteps + (() if step is None else (step,)):
        check_positive("step", s)
    obj = Objective(fun, x0, grad=grad, args=args, dtype=dtype, progress=progress)
    x, f0, g = obj.x, obj.f0, obj.g0
    rng = np.random.default_rng(seed)
    det = check_determinism(obj, x, f0, g)
    mode = ("full" if obj.n <= AUTO_FULL_MAX else "directional") if mode == "auto" else mode
    metric = ("norm(n-g)/norm(n+g)" if mode == "full"
              else "|d_num - d_an|/(|d_num| + |d_an|) along one random direction")
    noise = estimate_noise(obj, x, f0, g, rng, floor=det.cost_difference)
    if not det.deterministic:
        return StepSweep("Cannot sweep: " + det.verdict, "nondeterministic", metric, mode,
                         obj.dtype.name, obj.eps, noise, det, (), obj.evaluations)
    v = random_direction(rng, obj.n, np.arange(obj.n), np.maximum(1.0, np.abs(x)))
    gl = np.full(obj.n, noise.gradient_noise)
    point = _Point(obj, x, f0, g, noise.noise, gl, v, mode)
    curves = []
    for method in methods:
        user = relative_step(method, obj.dtype) if step is None else float(step)
        pool = csteps if method == "complex" else steps
        if method == "complex":  # below tiny/eps the imaginary part underflows in this dtype
            pool = tuple(c for c in pool if c >= np.finfo(obj.dtype).tiny / obj.eps)
        else:  # below MIN_STEP_EPS eps, x + h rounds to (nearly) x in this dtype
            pool = tuple(c for c in pool if c >= MIN_STEP_EPS * obj.eps)
        grid = sorted(set(pool + (user,)))
        if method == "complex":
            cs = probe_complex_safety(obj, x, f0, g, noise.noise, rng, safety, gl)
            if not cs.safe:
                curves.append(SweepCurve(method, False, cs.reason, (), (), (), (), (), math.nan,
                                         math.nan, user, math.nan, "", "unavailable", math.nan,
                                         math.nan, f"Complex step not available: the cost "
                                         f"{cs.reason}; central differences stand in.", ()))
                continue
        try:
            vals = [point(method, rs) for rs in grid]
        except ComplexUnsafe as exc:
            curves.append(SweepCurve(method, False, str(exc), (), (), (), (), (), math.nan,
                                     math.nan, user, math.nan, "", "unavailable", math.nan,
                                     math.nan, f"Complex step not available: the cost {exc}.",
                                     ()))
            continue
        h = np.array(grid)
        ea, ra, dn = (np.array(col, dtype=float) for col in zip(*vals))
        safe_dn = np.where(dn > 0, dn, 1.0)
        e = np.where(dn > 0, ea / safe_dn, 0.0)
        r = np.where(dn > 0, ra / safe_dn, 0.0)
        labels, slopes, regime, left, right, arm, verdict, ib, iu = _classify(
            method, h, ea, ra, user, safety, e)
        curves.append(SweepCurve(method, True, "", tuple(h), tuple(e), tuple(r),
                                 tuple(float(s) for s in slopes), tuple(labels), float(h[ib]),
                                 float(e[ib]), float(h[iu]), float(e[iu]), arm, regime, left,
                                 right, verdict, tuple(ea)))
    main = next((c for c in curves if c.method == "central" and c.available),
                next((c for c in curves if c.available), None))
    if main is None:
        raise GradcheckUsageError(
            f"methods={tuple(methods)!r} produced no curve (complex step unavailable); "
            "add 'central'.")
    return StepSweep(main.verdict, main.regime, metric, mode, obj.dtype.name, obj.eps, noise, det,
                     tuple(curves), obj.evaluations)
