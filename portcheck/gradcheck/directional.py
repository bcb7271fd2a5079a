"""The fast path: random directional checks per block, then bisection down to the wrong entries."""
from __future__ import annotations

import math

import numpy as np

from .core import directional_difference, fd_error
from .differences import kink_candidate, probe_kink
from .metrics import make_entry
from .noise import random_direction
from .relations import combine, fit_templates
from .results import BlockDirectional, DirectionalTest, FastCheck, Kink
from .steps import relative_step

__all__ = ["fast_check", "directional_relations", "RETRIES", "RELATION_DIRECTIONS"]

#: Gaussian directions per failing block on which the relations of numerical - analytic are
#: fitted: one factor, checked on all three (two degrees of freedom to spare).
RELATION_DIRECTIONS = 3

#: Fresh directions tried when a failing set's halves all pass (cancellation between entries):
#: two equal errors cancel in a Rademacher projection with probability 1/2, so after two
#: redraws a cancelling pair survives with probability 1/8.
RETRIES = 2


class _Ctx:
    """Shared state of one fast check (not part of the public results)."""

    def __init__(self, obj, x, f0, g, noise, gl, rng, safety, kind):
        self.obj, self.x, self.f0, self.g, self.noise, self.gl = obj, x, f0, g, noise, gl
        self.rng, self.safety, self.kind = rng, safety, kind
        self.scale = np.maximum(1.0, np.abs(x))
        self.t = relative_step("central", obj.dtype)
        self.ulps = max(1.0, noise / (obj.eps * abs(f0))) if f0 else 1.0
        self.tests = []

    def test(self, support, label, block, depth):
        """One directional test on ``support``; returns (DirectionalTest, fp, fm, xp, xm)."""
        obj, x, t = self.obj, self.x, self.t
        v = random_direction(self.rng, x.size, support, self.scale, self.kind)
        obj.plan(2)
        xp, xm = obj.round(x + t * v), obj.round(x - t * v)
        fp, fm = obj.value(xp), obj.value(xm)
        delta = (xp - xm)[support]
        judge = dict(eps=obj.eps, safety=self.safety, noise=self.noise,
                     analytic_rounding=(self.ulps * obj.eps * float(np.abs(self.g[support]) @ np.abs(delta))
                                        + float(np.linalg.norm(self.gl[support] * delta))) / (2 * t))
        ana = float(self.g[support] @ delta) / (2 * t)
        d = directional_difference(fp, fm, self.f0, ana, t, **judge)
        if not d.passed:  # re-measure at 2t: truncation grows 4x, a bug stays put
            obj.plan(2)
            xp2, xm2 = obj.round(x + 2 * t * v), obj.round(x - 2 * t * v)
            d = directional_difference(fp, fm, self.f0, ana, t, f_plus2=obj.value(xp2), f_minus2=obj.value(xm2),
                                       analytic2=float(self.g[support] @ (xp2 - xm2)[support]) / (4 * t), **judge)
        res = DirectionalTest(label, block.name, len(support), depth, d.numerical, d.analytic, d.difference,
                              d.threshold, d.passed, d.ratio, d.truncation)
        self.tests.append(res)
        return res, fp, fm, xp, xm


def _label(block, support):
    loc = support - block.start
    if len(loc) == 1:
        return block.label(int(support[0]))
    if np.all(np.diff(loc) == 1):
        return f"{block.name}[{loc[0]}:{loc[-1] + 1}] ({len(loc)} entries, unrolled)"
    return f"{block.name} ({len(loc)} entries)"


def _split(block, support, depth):
    """Children of a failing set: first bias column vs the rest (matrices), then halves."""
    if depth == 0 and block.is_matrix and block.shape[1] > 1:
        _, cols = block.local_grid()
        bias = support[cols[support - block.start] == 0]
        rest = support[cols[support - block.start] != 0]
        return [(s, lab) for s, lab in ((bias, f"{block.name} column 0 (bias)"),
                                        (rest, f"{block.name} columns 1: (non-bias)")) if len(s)]
    half = len(support) // 2
    return [(s, _label(block, s)) for s in (support[:half], support[half:]) if len(s)]


def _leaf(ctx, blocks, block, i, res, fp, fm, xp, xm, wrong, kinks):
    """A failing single entry: confirm with its coordinate values, tell a kink from a bug."""
    obj, x = ctx.obj, ctx.x
    h = (xp[i] - xm[i]) / 2
    n_i = (fp - fm) / (2 * h)
    gap = (fp - 2 * ctx.f0 + fm) / abs(h)
    err = float(fd_error("central", np.array([n_i]), ctx.g[[i]], np.array([abs(h)]),
                         ctx.scale[[i]], ctx.f0, ctx.noise, obj.eps, np.array([gap]),
                         gnoise=ctx.gl[[i]])[0])
    is_kink = False
    if kink_candidate(gap, n_i - ctx.g[i], abs(h), ctx.noise, ctx.safety):
        is_kink, gap2 = probe_kink(obj, x, ctx.f0, i, abs(h), gap)
        if is_kink:
            kinks.append(Kink(int(i), block.label(int(i)), gap, gap2, True))
    wrong.append(make_entry(blocks, i, n_i, ctx.g[i], err, kink=is_kink))


def fast_check(obj, x, f0, g, blocks, noise, gl, rng, *, safety, directions, n_directions,
               max_wrong):
    """Directional checks per block and localisation of wrong entries by bisection.

    Parameters
    ----------
    obj : Objective
    x : ndarray, shape (n,)
    f0 : float
    g : ndarray, shape (n,)
        Analytic gradient at x.
    blocks : tuple of Block
    noise : float
        Rounding noise of f.
    gl : ndarray, shape (n,)
        Measured rounding noise of each gradient entry.
    rng : numpy.random.Generator
    safety : float
    directions : {'rademacher', 'gaussian'}
    n_directions : int
        Directions per block at the top level (bisection uses one per half).
    max_wrong : int
        Bisection of a block stops once more than this many disjoint sets fail
        ("widespread": run the full check for the ratio table).

    Returns
    -------
    FastCheck

    Notes
    -----
    A test compares ``g . (x+ - x-) / 2t`` with ``(f(x+) - f(x-)) / 2t``, where
    ``x+- = x +- t v`` realised in the working dtype, ``t = eps^(1/3)`` and
    ``v_i = r_i max(1, |x_i|) / sqrt(k)`` on a support of k entries. The
    threshold is ``safety`` times the estimated error: rounding ``noise/t``,
    truncation ``t^2 (|d| + |f|)/6 + t |gap|/6`` (gap = t * curvature along v,
    measured from the same values), and the analytic side's rounding (model and
    measured, ``|gl * (x+ - x-)| / 2t``). A test that fails is re-measured at 2t
    along the same direction (2 more evaluations): the residual of truncation
    grows as ``t^2`` and that of a bug does not, so ``|r(2t) - r(t)| / 3`` is the
    measured truncation at t and joins the threshold (badly scaled parameters,
    where the ``max(1, |x|)`` model underestimates the third derivative). A single
    wrong entry ``e_j`` moves the projection by ``|e_j| scale_j / sqrt(k)``,
    hence the reported sensitivity ``threshold * sqrt(k)``; each halving of the
    set multiplies the signal by sqrt(2). Evaluations: ``2 n_directions`` per
    block (+2 per failing test), then 6 per level for each wrong entry:
    ``O(k log N)`` instead of 2N.
    """
    before = obj.evaluations
    ctx = _Ctx(obj, x, f0, g, noise, gl, rng, safety, directions)
    block_results, wrong, kinks, unlocalised = [], [], [], []
    for b in blocks:
        support = np.arange(b.start, b.stop)
        runs = [ctx.test(support, b.name, b, 0) for _ in range(n_directions)]
        top = [r[0] for r in runs]
        ratios = tuple(t.ratio for t in top)
        sens = min(t.threshold for t in top) * math.sqrt(b.size)
        if all(t.passed for t in top):
            block_results.append(BlockDirectional(b.name, b.size, True, ratios, sens, "not needed"))
            continue
        if b.size == 1:  # the block test was already a coordinate test
            _leaf(ctx, blocks, b, b.start, *next(r for r in runs if not r[0].passed), wrong, kinks)
            block_results.append(BlockDirectional(b.name, 1, False, ratios, sens, "localised"))
            continue
        frontier, status = [(support, 0)], "localised"
        while frontier:
            nxt = []
            for s, depth in frontier:
                children = _split(b, s, depth)
                for attempt in range(RETRIES + 1):
                    results = [(c, lab, ctx.test(c, lab, b, depth + 1)) for c, lab in children]
                    failed = [(c, r) for c, lab, r in results if not r[0].passed]
                    if failed:
                        break
                if not failed:
                    unlocalised.append(_label(b, s) if depth else b.name)
                    status = "unlocalised" if status == "localised" else status
                for c, r in failed:
                    if len(c) == 1:
                        _leaf(ctx, blocks, b, int(c[0]), *r, wrong, kinks)
                    else:
                        nxt.append((c, depth + 1))
            if len(nxt) > max_wrong:
                status = "widespread"
                break
            frontier = nxt
        block_results.append(BlockDirectional(b.name, b.size, False, ratios, sens, status))
    return FastCheck(directions, n_directions, tuple(block_results), tuple(ctx.tests),
                     tuple(wrong), tuple(kinks), tuple(unlocalised), obj.evaluations - before,
                     2 * x.size)


def directional_relations(obj, x, f0, g, blocks, fast, noise, gl, rng, *, safety, constants=None):
    """Relations of ``numerical - analytic`` on the fast path, from directional residuals.

    For each block whose directional check failed, :data:`RELATION_DIRECTIONS`
    Gaussian directions ``v`` on the block give residuals ``r = d . v`` (``d`` the
    unknown difference numerical - analytic), each with its threshold (the one
    rule of :mod:`portcheck.gradcheck.core`, re-measured at 2t); each template ``a``
    of :mod:`portcheck.gradcheck.relations` is fitted as ``r = c (a . v)``. Costs
    4 evaluations per direction. Returns the combined findings, or () when some
    failing block follows no template.
    """
    failing = [b for b, r in zip(blocks, fast.blocks) if not r.passed]
    ctx = _Ctx(obj, x, f0, g, noise, gl, rng, safety, "gaussian")
    fits = []
    for b in failing:
        support = np.arange(b.start, b.stop)
        runs = [ctx.test(support, f"{b.name} (relations)", b, 0) for _ in range(RELATION_DIRECTIONS)]
        r = np.array([t.numerical - t.analytic for t, *_ in runs])
        thr = np.array([t.threshold for t, *_ in runs])
        deltas = [(xp - xm)[support] / (2 * ctx.t) for _, _, _, xp, xm in runs]
        found = fit_templates(b, x[support], r, lambda a: np.array([a @ dl for dl in deltas]), thr)
        if found is None:
            return ()
        fits.append((b, *found))
    return combine(fits, constants)
