"""Gradient checks at several points: the given one, random ones at growing scales, a trained-like one.

A check at one point near zero passes derivatives that are only right there: a
sigmoid derivative replaced by its value at 0 (0.25), ``tanh'`` written ``1 - a``
instead of ``1 - a**2``, a ReLU derivative that ignores the sign, a regularisation
term that vanishes with the weights. :func:`check_points` checks the gradient at the
given point, at random points of growing scale around it (seeded, reported) and, when
the caller has a correct gradient to train with, at a "trained-like" point (the
weights after a few steps of gradient descent: "let the net run for a while"), and
says which pattern the verdicts make.

Each point is an ordinary :func:`~portcheck.gradcheck.check_gradient` (full path for
small N, directional for large N: ``mode="auto"``), so the thresholds, the relations of
``numerical - analytic`` and the JSON are the same as for one point.
"""
from __future__ import annotations

import math

import numpy as np

from ._validation import check_positive
from .check import check_gradient
from .relations import same_relation
from .results import Point, PointCheck, PointsCheck, PointSweeps

__all__ = ["check_points", "check_point", "check_each", "settle", "consistency_at_points", "ProgressOver", "summarize_points",
           "summarize_sweeps", "given_point", "random_points", "trained_point", "descend", "point_scale",
           "SCALE_GROWTH", "TRAIN_STEPS", "DEFAULT_POINTS", "MAX_HALVINGS"]

#: Points of a multi-point check by default: the given one and two random ones (scales 1 and 3).
DEFAULT_POINTS = 3

#: Successive random points are this much larger: scales 1, 3, 9, ... times max(1, scale of x0).
SCALE_GROWTH = 3.0

#: Gradient-descent steps of the trained-like point: enough for the weights to leave the
#: neighbourhood of the initial point on the course's costs, and affordable at full size (on
#: nnCostFunction 39 evaluations of the correct port, backtracking included: bench_gradcheck).
TRAIN_STEPS = 20

#: A random point where the cost is not finite (a saturated unit: log(0), an overflow) is moved
#: halfway towards x0, along the same direction, up to this many times (down to 1/64 of its scale).
MAX_HALVINGS = 6

#: Armijo's sufficient-decrease constant of the backtracking line search (Nocedal & Wright,
#: Numerical Optimization, 2nd ed., section 3.1: 1e-4).
ARMIJO = 1e-4


def point_scale(x) -> float:
    """The typical magnitude of a point: the rms of its entries."""
    x = np.asarray(x, dtype=float).ravel()
    return float(np.sqrt(np.mean(x * x))) if x.size else 0.0


def given_point(x0) -> Point:
    """The point the caller gave."""
    return Point("given", "given", point_scale(x0), None, "the given point", np.asarray(x0, float))


def random_points(x0, count, seed=0) -> tuple:
    """``count`` random points around ``x0`` at growing scales.

    Point ``k`` (1-based) is ``x0 + s_k z``, ``z = numpy.random.default_rng(seed + k)
    .standard_normal(n)``, ``s_k = max(1, scale(x0)) * 3^(k-1)``: scales 1 and 3 for a
    point near zero (then ``z`` alone sets the magnitude: N(0, s^2) per entry), 1 and 3
    times the given magnitude for a larger one. The point's ``scale`` is ``s_k``; its
    description gives the rms it came out with.
    """
    base = max(1.0, point_scale(x0))
    return tuple(_random_point(x0, k, base * SCALE_GROWTH ** (k - 1), seed + k) for k in range(1, count + 1))


def _random_point(x0, k, s, seed, note=""):
    x0 = np.asarray(x0, dtype=float).ravel()
    x = x0 + s * np.random.default_rng(seed).standard_normal(x0.size)
    return Point(f"random {k}", "random", s, seed,
                 f"x0 + {s:.3g} z, z ~ N(0, I) from numpy's default_rng({seed}); rms {point_scale(x):.2g}{note}", x)


def descend(fun, x0, *, args=(), steps=TRAIN_STEPS):
    """Gradient descent with a backtracking (Armijo) line search.

    Parameters
    ----------
    fun : callable ``fun(x, *args) -> (J, grad)``
        A *correct* cost and gradient (the bundled port of a built-in case).
    x0 : array_like
    steps : int

    Returns
    -------
    x : ndarray, shape (n,)
    J0, J : float
        The cost at ``x0`` and at ``x``.
    taken : int
        Steps taken (fewer when the gradient vanishes or no step decreases J).
    """
    shape = np.shape(x0)
    x = np.asarray(x0, dtype=float).ravel().copy()

    def jg(p):
        J, g = fun(p.reshape(shape).copy(), *args)
        return float(np.real(J)), np.asarray(g, dtype=float).ravel()

    J, g = jg(x)
    J0, alpha, taken = J, 1.0, 0
    for _ in range(steps):
        gg = float(g @ g)
        if not (math.isfinite(J) and math.isfinite(gg)) or gg == 0:
            break
        for _ in range(60):
            Jn, gn = jg(x - alpha * g)
            if math.isfinite(Jn) and Jn <= J - ARMIJO * alpha * gg:
                break
            alpha /= 2
        else:
            break
        x, J, g, taken = x - alpha * g, Jn, gn, taken + 1
        alpha *= 2
    return x, J0, J, taken


def trained_point(fun, x0, *, args=(), steps=TRAIN_STEPS, by="the bundled port") -> Point:
    """The weights after ``steps`` of :func:`descend` from ``x0`` with a correct ``fun``."""
    x, J0, J, taken = descend(fun, x0, args=args, steps=steps)
    return Point("trained", "trained", point_scale(x), None,
                 f"{taken} step{'' if taken == 1 else 's'} of gradient descent (backtracking line search) from the given point with {by}: "
                 f"J {J0:.4g} -> {J:.4g}", x)


class ProgressOver:
    """One progress count over several checks: ``progress(done, total)`` of each check, offset by the ones before.

    Call :meth:`advance` with a finished check's evaluations before starting the next.
    """

    def __init__(self, progress):
        self.progress, self.base = progress, 0

    def __call__(self, done, total):
        if self.progress is not None:
            self.progress(self.base + done, self.base + total)

    def advance(self, evaluations: int) -> None:
        self.base += int(evaluations)

    def tick(self, evaluations: int) -> None:
        """Count evaluations made outside a check, one tick each."""
        for _ in range(int(evaluations)):
            self.base += 1
            self(0, 0)


def check_point(fun, point, x0, **options) -> PointCheck:
    """:func:`check_gradient` at ``point``, called with ``x0``'s shape and dtype."""
    x0 = np.asarray(x0)
    x = point.x.astype(x0.dtype if x0.dtype.kind == "f" else float).reshape(x0.shape)
    return PointCheck(point, check_gradient(fun, x, **options))


def settle(fun, point, x0, args=()) -> tuple:
    """``(point, discarded, finite)``: a random point moved halfway towards ``x0`` until the cost is finite there.

    One evaluation of ``fun`` per try, at most ``1 + MAX_HALVINGS``; ``discarded`` counts
    them all; the given and the trained-like points are returned as they are (0
    evaluations, ``finite`` True: their check says otherwise). The last try is returned
    with ``finite`` False when the cost is still not finite.
    """
    if point.kind != "random":
        return point, 0, True
    x0 = np.asarray(x0)
    q, tries = point, 0
    while True:
        out = fun(q.x.astype(x0.dtype if x0.dtype.kind == "f" else float).reshape(x0.shape), *args)
        tries += 1
        J = np.asarray(out[0] if isinstance(out, (tuple, list)) else out)
        finite = bool(J.size == 1 and np.isfinite(J.reshape(-1)[0]))
        if finite or tries > MAX_HALVINGS:
            return q, tries, finite
        q = _random_point(x0, int(point.name.split()[-1]), point.scale / 2 ** tries, point.seed,
                          f"; the cost is not finite at scale {point.scale:.3g}: halved {tries} time"
                          f"{'s' if tries > 1 else ''}")


def check_each(fun, points, x0, *, progress=None, **options):
    """Yield a :class:`PointCheck` per point, in order; one progress count over all of them.

    A random point where the cost is not finite is moved halfway towards ``x0`` (same
    direction, same seed) up to :data:`MAX_HALVINGS` times (:func:`settle`); its
    description says so and the evaluations spent finding it are the row's ``discarded``.
    ``progress`` may be a :class:`ProgressOver` shared with other calls.
    """
    over = progress if isinstance(progress, ProgressOver) else ProgressOver(progress)
    for p in points:
        q, discarded, _ = settle(fun, p, x0, options.get("args", ()))
        over.tick(discarded)
        row = check_point(fun, q, x0, progress=over, **options)
        over.advance(row.result.evaluations)
        yield PointCheck(row.point, row.result, discarded)


def check_points(fun, x0, *, points=DEFAULT_POINTS, seed=0, trained=None, **options) -> PointsCheck:
    """Check the gradient at ``x0`` and at random points of growing scale (and a trained-like one).

    Parameters
    ----------
    fun, x0
        As :func:`~portcheck.gradcheck.check_gradient`.
    points : int
        The given point and ``points - 1`` random ones (scales 1, 3, ... times
        ``max(1, scale of x0)``; :func:`random_points`); 1 checks ``x0`` only.
    seed : int
        Seeds the random points (point k: ``seed + k``) and every check's directions.
    trained : Point, optional
        A trained-like point (:func:`trained_point`), checked last.
    **options
        Passed to every :func:`~portcheck.gradcheck.check_gradient` (``args``,
        ``blocks``, ``mode``, ``constants``, ...).

    Returns
    -------
    PointsCheck
        One row per point and the verdict over all (:func:`summarize_points`).

    Notes
    -----
    Each point costs what one check costs there (2N + a few evaluations on the full
    path, about 20 on the fast path when the gradient agrees); the trained-like
    point's descent is the caller's (:func:`trained_point`). The diagnosis asks the
    same on the fast path through :func:`consistency_at_points`.
    """
    check_positive("points", points, integer=True)
    todo = [given_point(x0), *random_points(x0, points - 1, seed)]
    if trained is not None:
        todo.append(trained)
    return summarize_points(check_each(fun, todo, x0, seed=seed, **options))


def consistency_at_points(fun, x0, *, blocks=None, points=DEFAULT_POINTS, seed=0) -> PointsCheck:
    """Is ``fun``'s gradient the derivative of its own cost, at ``x0`` and at random points of scale 1 and 3?

    The entry point of the diagnosis's self-consistency step
    (:mod:`portcheck.diagnose.consistency`): :func:`check_points` on the fast path
    (directional tests per block, about 10 evaluations per point when the gradient
    agrees, a few dozen when it does not), without the descent check. ``fun(x) ->
    (J, grad)`` is the port as a function of its unrolled parameters. The result's
    ``pattern`` is ``"near zero only"`` for a derivative that is only right at the
    given point.
    """
    return check_points(fun, x0, points=points, seed=seed, blocks=blocks, mode="fast", descent=False)


def _join(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _scales(rows) -> str:
    """``"the given point (scale 0.072)"``, ``"scale 1 and 3"``, ``"scale 1, 3 and the trained-like point (scale 0.25)"``."""
    items = [r.point.where() for r in rows if r.point.kind == "given"]
    items += [("scale " if i == 0 else "") + f"{r.point.scale:.2g}"
              for i, r in enumerate(r for r in rows if r.point.kind == "random")]
    items += [r.point.where() for r in rows if r.point.kind == "trained"]
    return _join(items)


def _blocks(result, bad_only):
    """Block names of a check in order; with ``bad_only`` those that fail."""
    if result.full is not None:
        return [b.name for b in result.full.blocks if b.violations or not bad_only]
    if result.fast is not None:
        return [b.name for b in result.fast.blocks if not (b.passed and bad_only)]
    return []


def _where_wrong(failing) -> str:
    """``" (in Theta1; Theta2 agrees at every point)"`` when only some blocks ever fail, else ``""``."""
    every = _blocks(failing[0].result, False)
    bad = {name for r in failing for name in _blocks(r.result, True)}
    good = [name for name in every if name not in bad]
    if not bad or not good:
        return ""
    return (f" (in {', '.join(n for n in every if n in bad)}; {', '.join(good)} "
            f"agree{'s' if len(good) == 1 else ''} at every point)")


def _common_relations(failing) -> tuple:
    """Relations found at the first failing point that hold, with the same factors, at every failing point."""
    first = failing[0].result.relations
    return tuple(r for r in first
                 if all(any(same_relation(r, o) for o in row.result.relations) for row in failing[1:]))


def summarize_points(rows) -> PointsCheck:
    """The verdict over every point: where the gradient agrees, where not, and what the pattern says.

    Points where the cost is not finite (``status == "undefined"``: saturation at a
    large scale) are reported and left out of the verdict, except the given one.
    """
    rows = tuple(rows)
    evals = sum(r.result.evaluations + r.discarded for r in rows)
    if len(rows) == 1:                     # one point: its own verdict, as a single check says it
        r = rows[0]
        pattern = {"pass": "everywhere", "kink": "everywhere", "fail": "nowhere"}.get(r.status, "not judged")
        return PointsCheck(r.result.verdict, r.status, pattern, rows, r.result.relations, evals)
    judged = [r for r in rows if r.status != "undefined" or r.point.kind == "given"]
    odd = next((r for r in judged if r.status in ("nondeterministic", "undefined")), None)
    if odd is not None:
        verdict = f"NOT JUDGED at {odd.point.where()}: {odd.result.verdict.split(': ', 1)[-1]}"
        return PointsCheck(verdict, odd.status, "not judged", rows, (), evals)
    failing = [r for r in judged if r.status == "fail"]
    passing = [r for r in judged if r.status in ("pass", "kink")]
    skipped = len(rows) - len(judged)
    note = f" ({skipped} point{'s' if skipped > 1 else ''} left out: the cost is not finite there)" if skipped else ""
    if not failing:
        status = "kink" if any(r.status == "kink" for r in passing) else "pass"
        kinks = " (kinks aside)" if status == "kink" else ""
        where = f"all {len(passing)} points" if len(passing) > 1 else "the given point"
        verdict = f"PASS at {where}: the gradient agrees with finite differences at {_scales(passing)}{kinks}{note}"
        return PointsCheck(verdict, status, "everywhere", rows, (), evals)
    relations = _common_relations(failing)
    named = f"{relations[0].title}: {relations[0].meaning}" if relations else failing[0].result.verdict.split(": ", 1)[-1]
    if not passing:
        head, pattern = f"FAIL at {f'all {len(failing)} points' if len(failing) > 1 else 'the given point'}", "nowhere"
        verdict = f"{head}: {named}{note}"
    elif max(r.point.scale for r in passing) < min(r.point.scale for r in failing):
        pattern = "near zero only"
        verdict = (f"FAIL: agrees at {_scales(passing)}, fails at {_scales(failing)}: a derivative that is only right "
                   f"near zero" + (f"; {named}" if relations else _where_wrong(failing)) + note)
    else:
        pattern = "some points"
        verdict = f"FAIL at {_scales(failing)}, agrees at {_scales(passing)}: {named}{note}"
    return PointsCheck(verdict, "fail", pattern, rows, relations, evals)


def summarize_sweeps(done, left_out=0, looked=0) -> PointSweeps:
    """Step sweeps at several points, ``[(Point, StepSweep)]``: the worst point is the one with the
    largest discrepancy at the user's step (first available method); its verdict leads, with the point named.
    ``left_out`` points (the cost not finite along their direction) are counted in the verdict, ``looked``
    evaluations (:func:`settle`'s) in the total."""
    def at_user_step(sweep):
        c = next((c for c in sweep.curves if c.available), None)
        return -math.inf if c is None or math.isnan(c.user_error) else c.user_error

    done = tuple(done)
    worst = max(range(len(done)), key=lambda i: at_user_step(done[i][1]))
    point, sweep = done[worst]
    verdict = sweep.verdict if len(done) == 1 else (
        f"At {point.where()}, the worst of {len(done)} points: {sweep.verdict}")
    if left_out:
        verdict += f" ({left_out} point{'s' if left_out > 1 else ''} left out: the cost is not finite there)"
    return PointSweeps(verdict, done, worst, looked + sum(sw.evaluations for _, sw in done))
