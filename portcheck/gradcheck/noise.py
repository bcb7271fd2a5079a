"""Before any difference is trusted: is the cost deterministic, and how noisy is it?"""
from __future__ import annotations

import math

import numpy as np

from .results import DeterminismCheck, NoiseEstimate

__all__ = ["check_determinism", "estimate_noise", "ecnoise", "ecnoise_columns", "random_direction",
           "ULP_TOLERANCE", "ECNOISE_POINTS"]

#: Two evaluations at one point may differ by this many ulps and still count as deterministic.
ULP_TOLERANCE = 4

#: Function values used by ECnoise (Moré & Wild recommend 7 to 9).
ECNOISE_POINTS = 8

#: A noise level above this many ulps of f is re-measured at a 100x smaller spacing.
SUSPICIOUS_ULPS = 100


def random_direction(rng, n, support, scale, kind="rademacher"):
    """A zero-mean random direction on ``support``, scaled per entry, of norm ~rms(scale).

    Parameters
    ----------
    rng : numpy.random.Generator
    n : int
        Length of x.
    support : ndarray of int, shape (k,)
        Entries the direction may move; all others are 0.
    scale : ndarray, shape (n,)
        ``max(1, |x|)``: the direction moves each entry in proportion to its scale.
    kind : {'rademacher', 'gaussian'}

    Returns
    -------
    v : ndarray, shape (n,)
        ``r_i * scale_i / sqrt(k)`` on the support, r_i = +-1 or N(0, 1).

    Notes
    -----
    Zero-mean directions are required: with uniform[0, 1) entries every
    projection is dominated by the mean gradient and a 2x error in one of 1000
    entries barely moves it. Rademacher signs give a single wrong entry its full
    weight ``|e_j| scale_j / sqrt(k)`` with no chance of a small draw
    (Hutchinson, Commun. Stat. Simul. Comput. 18(3), 1989, uses the same
    directions for unbiased trace estimates).
    """
    r = (rng.integers(0, 2, size=len(support)) * 2 - 1.0 if kind == "rademacher"
         else rng.standard_normal(len(support)))
    v = np.zeros(n)
    v[support] = r * scale[support] / math.sqrt(len(support))
    return v


def check_determinism(obj, x, f0, g0):
    """Evaluate the cost and gradient a second time at ``x`` and compare (one evaluation).

    Notes
    -----
    A deterministic NumPy cost gives bit-identical results at the same point;
    up to ``ULP_TOLERANCE`` ulps are tolerated (threaded BLAS reductions may
    change summation order between calls). Anything larger (dropout, a random
    mask or initialisation inside the cost) makes every finite difference
    meaningless, so the check stops there instead of blaming the gradient.
    """
    f1, g1 = obj.value_and_grad(x)
    dj = abs(f1 - f0)
    dg = float(np.max(np.abs(g1 - g0))) if g0.size else 0.0
    rel = dj / abs(f0) if f0 != 0 else (math.inf if dj else 0.0)
    tol_j = ULP_TOLERANCE * obj.eps * abs(f0)
    tol_g = ULP_TOLERANCE * obj.eps * float(np.max(np.abs(g0)))
    if dj == 0 and dg == 0:
        return DeterminismCheck(True, 0.0, 0.0, 0.0,
                                "deterministic: two evaluations at the same point agree exactly")
    if dj <= tol_j and dg <= tol_g:
        return DeterminismCheck(
            True, dj, rel, dg,
            f"deterministic to rounding: two evaluations differ by {dj:.1e} in J and {dg:.1e} "
            f"in grad (within {ULP_TOLERANCE} ulps, e.g. threaded BLAS)")
    remedy = ("Finite differences cannot judge a random cost, so the gradient is not blamed. "
              "Fix: seed the random state inside the cost (or switch dropout off) for the check.")
    if dj > tol_j:
        verdict = (f"the cost is not deterministic: two evaluations at the same point differ by "
                   f"{dj:.2e} (relative {rel:.1e}); dropout or a random mask inside the cost? "
                   + remedy)
    else:
        verdict = (f"the gradient is not deterministic: two evaluations at the same point differ "
                   f"by {dg:.2e} (the cost agrees); a random mask in backprop only? " + remedy)
    return DeterminismCheck(False, dj, rel, dg, verdict)


def ecnoise(fvals):
    """Noise level of equally spaced function values (Moré & Wild's ECnoise).

    Parameters
    ----------
    fvals : array_like, shape (m,)
        f at ``x + (i - m//2) * delta * v``, i = 0..m-1.

    Returns
    -------
    level : float
        Standard deviation of the noise in f, or nan if not determined.
    inform : int
        1 noise found; 2 step too small (values constant); 3 step too large or
        no consistent level.

    Notes
    -----
    J. J. Moré and S. M. Wild, "Estimating computational noise", SIAM J. Sci.
    Comput. 33(3), 2011: the k-th differences of a smooth function shrink like
    ``delta^k`` while those of noise keep a level ``sqrt(gamma_k mean(Delta^k f)^2)``
    with ``gamma_k = (k!)^2 / (2k)!``; the level is accepted where three
    consecutive orders agree within a factor 4 and the differences change sign.
    """
    level, inform = ecnoise_columns(np.asarray(fvals, dtype=np.float64)[:, None])
    return float(level[0]), int(inform[0])


def ecnoise_columns(F, spread_check=True):
    """:func:`ecnoise` on every column of ``F`` (shape (m, c)); returns (levels, informs)."""
    F = np.asarray(F, dtype=np.float64)
    m, c = F.shape
    level, inform = np.full(c, math.nan), np.full(c, 3)
    levels, signs, gamma, D = [], [], 1.0, F
    for j in range(1, m):
        D = np.diff(D, axis=0)
        if j == 1:
            constant = ~np.any(D, axis=0)
        gamma *= 0.5 * j / (2 * j - 1)
        levels.append(np.sqrt(gamma * np.mean(D * D, axis=0)))
        signs.append((D.min(axis=0) < 0) & (D.max(axis=0) > 0))
    L, S = np.array(levels), np.array(signs)
    found = np.zeros(c, bool)
    for k in range(m - 3):
        W = L[k:k + 3]
        ok = (W.max(axis=0) <= 4 * W.min(axis=0)) & S[k] & ~found
        level[ok] = L[k, ok]
        found |= ok
    inform[found] = 1
    bad = constant.copy()
    inform[constant] = 2
    if spread_check:
        fmax, fmin = F.max(axis=0), F.min(axis=0)
        large = (fmax - fmin) > 0.1 * np.maximum(np.maximum(np.abs(fmax), np.abs(fmin)),
                                                 np.finfo(float).tiny)
        inform[large] = 3
        bad |= large
    level[bad] = math.nan
    return level, inform


def estimate_noise(obj, x, f0, g0, rng, floor=0.0):
    """Estimate the rounding noise of the cost and of the gradient near ``x`` (7 to 42 evaluations).

    Parameters
    ----------
    obj : Objective
    x : ndarray, shape (n,)
    f0 : float
        f(x), already evaluated.
    g0 : ndarray, shape (n,)
        The analytic gradient at x.
    rng : numpy.random.Generator
    floor : float
        A measured lower bound (e.g. the determinism check's difference).

    Returns
    -------
    NoiseEstimate

    Notes
    -----
    ECnoise on ``ECNOISE_POINTS`` = 8 values along a random direction, spacing
    ``delta = sqrt(eps) * max(1, |x|)`` (third differences of a smooth part then
    sit near ``eps^(3/2) |f'''|``, far below rounding), divided (too large) or
    multiplied (values constant) by 100 up to twice. Rounding noise does not
    depend on the spacing, while the differences of a kink (ReLU, abs) inside
    the stencil scale with it: a level above ``SUSPICIOUS_ULPS`` = 100 ulps is
    re-measured at delta/100 and replaced while it keeps falling 10x or more
    (up to three times). The result is floored at
    ``eps |f(x)|``, one ulp of the cost: no computed f is more accurate than
    its last bit, and a zero threshold would fail any gradient.

    The analytic gradient comes with every evaluation, so ECnoise also runs on
    each of its components along the same stencil; the median level over
    components (``gradient_noise``) is the measured rounding of g (large where
    entries are cancelling sums, e.g. at a minimum) and enters the thresholds
    next to the model ``eps |g|``. The median, not each component's level: an
    entry whose gradient jumps inside the stencil (a kink) looks like noise to
    ECnoise and must not raise its own threshold.
    """
    n = x.size
    scale = np.maximum(1.0, np.abs(x))
    v = random_direction(rng, n, np.arange(n), scale)
    delta = math.sqrt(obj.eps)
    half = ECNOISE_POINTS // 2
    before = obj.evaluations

    def run(d):
        obj.plan(ECNOISE_POINTS - 1)
        fs, gs = [], []
        for k in range(-half, ECNOISE_POINTS - half):
            f, g = (f0, g0) if k == 0 else obj.value_and_grad(obj.round(x + k * d * v))
            fs.append(f)
            gs.append(g)
        return ecnoise(fs), np.array(gs)

    (level, inform), G = run(delta)
    for _ in range(2):
        if inform == 1:
            break
        delta = delta / 100 if inform == 3 else delta * 100
        (level, inform), G = run(delta)
    ulp = obj.eps * max(abs(f0), np.finfo(np.float64).tiny)
    for _ in range(3):  # noise does not depend on delta; a kink's level shrinks with it
        if inform != 1 or level <= SUSPICIOUS_ULPS * ulp:
            break
        (lv, inf), G2 = run(delta / 100)
        if inf != 1 or lv > level / 10:
            break
        level, delta, G = lv, delta / 100, G2
    glev, _ = ecnoise_columns(G, spread_check=False)
    found = glev[np.isfinite(glev)]
    glev = np.where(np.isfinite(glev), glev, float(np.median(found)) if found.size else 0.0)
    noise = max(level if inform == 1 else 0.0, ulp, floor)
    if inform == 1 and level >= ulp:
        how = (f"ECnoise (Moré & Wild 2011) on {ECNOISE_POINTS} values along a random "
               f"direction, spacing {delta:.1e}")
    elif inform == 1:
        how = f"one ulp of the cost, eps*|f| (ECnoise measured less: {level:.1e})"
    else:
        how = "one ulp of the cost, eps*|f| (ECnoise found no consistent noise level)"
    if floor > max(ulp, level if inform == 1 else 0.0):
        how = "the difference between two evaluations at the same point"
    rel = noise / abs(f0) if f0 else math.inf
    return NoiseEstimate(noise, rel, noise / ulp, how, level if inform == 1 else math.nan,
                         obj.evaluations - before, float(np.median(glev)), float(np.max(glev)),
                         glev)
