"""Relations on the gradient difference itself: what ``numerical - analytic`` is, not only how large.

``compare`` names how PORT's outputs relate to OCTAVE's; a gradient check can do the
same for ``d = numerical - analytic``. A missing regularisation term leaves
``d = c x`` (``c = lambda/m`` in the course's costs), on every entry or on every
non-bias entry; a bias column regularised by mistake leaves ``d = c x`` on the bias
entries only; a scalar where an array belongs leaves a constant. Each relation is one
fit of ``b = c a`` (:func:`portcheck.fitting.fit_factor`): ``b = d``, ``a`` the
relation's template over one block, every entry within ``safety`` x its estimated
finite-difference error (the core's threshold rule, :mod:`portcheck.gradcheck.core`).
On the fast path the same templates are fitted to directional residuals
(``d . v`` against ``a . v`` along a few Gaussian directions per failing block).

The factor relations (``numerical = c x analytic`` over the gradient, per block, per
output unit) are :class:`~portcheck.gradcheck.results.FactorAnalysis`'s;
:func:`factor_relation` words them as the same kind of finding, with a fix line.
"""
from __future__ import annotations

import math

import numpy as np

from ..fitting import fit_factor
from .results import DifferenceRelation

__all__ = ["TEMPLATES", "bias_mask", "block_templates", "fit_templates", "difference_relations", "combine",
           "factor_relation", "name_coefficient", "same_relation", "MIN_EXPLAINED"]

#: A relation must explain at least this many entries (or directions) beyond their threshold:
#: with one free factor, a fit to a single entry says nothing.
MIN_EXPLAINED = 2

#: The templates ``a`` of ``d = c a``, in the order they are tried: (kind, where).
TEMPLATES = (("multiple-of-x", "every entry"), ("multiple-of-x", "non-bias"), ("multiple-of-x", "bias"),
             ("constant", "every entry"), ("constant", "non-bias"))

#: Relative agreement of two fitted factors that are "the same" (fits carry the FD error, ~1e-8).
SAME_FACTOR = 1e-4


def bias_mask(block) -> np.ndarray:
    """Bias entries of a block, in unrolling order: column 0 of a matrix, entry 0 of a column vector.

    A block without ``bias_column`` (or a one-entry block) has none.
    """
    rows, cols = block.local_grid()
    if not block.bias_column or block.size < 2:
        return np.zeros(block.size, bool)
    return rows == 0 if block.is_vector else cols == 0


def block_templates(block, xb) -> list:
    """``[(kind, where, a)]`` for one block; ``a`` has the block's size (0 outside ``where``)."""
    bias = bias_mask(block)
    out = []
    for kind, where in TEMPLATES:
        base = xb if kind == "multiple-of-x" else np.ones(block.size)
        if where == "every entry":
            out.append((kind, where, base))
        elif bias.any():
            mask = ~bias if where == "non-bias" else bias
            out.append((kind, where, np.where(mask, base, 0.0)))
    return out


def fit_templates(block, xb, b, a_of, tol):
    """The first template of :data:`TEMPLATES` that ``b`` follows: ``(kind, where, c)`` or None.

    Parameters
    ----------
    block : Block
    xb : ndarray, shape (block.size,)
        The point's entries in the block.
    b : ndarray, shape (k,)
        What is fitted: the difference per entry (full path) or per direction (fast path).
    a_of : callable ``a_of(template) -> ndarray, shape (k,)``
        The template as ``b`` sees it (itself, or its projections on the directions).
    tol : ndarray, shape (k,)
        How far each ``b`` may be from ``c a`` (safety x estimated error).
    """
    for kind, where, template in block_templates(block, xb):
        a = a_of(template)
        c, fits = fit_factor(b, a, lambda c: tol)
        if c is None or not fits or c == 0:
            continue
        if int(np.sum(np.abs(c * a) > tol)) >= MIN_EXPLAINED:
            return kind, where, c
    return None


def difference_relations(blocks, x, n, g, err, viol, safety, constants=None) -> tuple:
    """Relations of ``d = n - g`` per failing block, combined into findings (full path).

    Parameters
    ----------
    blocks : tuple of Block
    x, n, g, err : ndarray, shape (N,)
        The point, numerical and analytic gradient, estimated FD error per entry.
    viol : ndarray of bool, shape (N,)
        Entries outside their threshold (kinks already removed).
    safety : float
    constants : mapping, optional
        Known constants of the cost (``{"lambda": 3.0, "m": 5}``) to name the factor.

    Returns
    -------
    tuple of DifferenceRelation
        Empty when no failing block follows one template, or when some failing block
        follows none (the relation must explain every failing entry to be named).
    """
    d = np.asarray(n, float) - np.asarray(g, float)
    tol = safety * np.asarray(err, float)
    fits = []
    for blk in blocks:
        s = slice(blk.start, blk.stop)
        if not viol[s].any():
            continue
        found = fit_templates(blk, x[s], d[s], lambda a: a, tol[s])
        if found is None:
            confined = _confined_to_bias(blk, viol[s])
            if not confined:
                return ()
            found = ("bias-only", "bias", math.nan)
        fits.append((blk, *found))
    return combine(fits, constants)


def _confined_to_bias(block, viol_b) -> bool:
    bias = bias_mask(block)
    return bool(bias.any() and viol_b[bias].any() and not viol_b[~bias].any())


def combine(fits, constants=None) -> tuple:
    """Findings from ``[(block, kind, where, c)]``: blocks with the same kind, place and factor merged."""
    groups = []
    for blk, kind, where, c in fits:
        for grp in groups:
            if grp[1] == kind and grp[2] == where and _same(grp[3], c):
                grp[0].append(blk)
                break
        else:
            groups.append(([blk], kind, where, c))
    return tuple(_finding(blks, kind, where, c, constants) for blks, kind, where, c in groups)


def _same(a, b) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= SAME_FACTOR * max(abs(a), abs(b))


def same_relation(r1, r2) -> bool:
    """Two findings say the same: kind, place, blocks and factors (to :data:`SAME_FACTOR`)."""
    return (r1.kind == r2.kind and r1.where == r2.where and r1.blocks == r2.blocks
            and all(_same(a[1], b[1]) for a, b in zip(r1.factors, r2.factors)))


def name_coefficient(c, constants=None) -> tuple[str, str]:
    """``(formula, code)`` naming ``|c|`` from the cost's constants: ``("lambda/m = 3/5 = 0.6", "(lambda_ / m)")``.

    Without a match: ``("", "0.6")``; the caller words the unnamed coefficient.
    """
    a = abs(c)
    lam, m = (constants or {}).get("lambda"), (constants or {}).get("m")
    cands = []
    if lam:
        cands.append((lam, f"lambda = {lam:g}", "lambda_"))
        if m:
            cands += [(lam / m, f"lambda/m = {lam:g}/{m:g} = {lam / m:.4g}", "(lambda_ / m)"),
                      (lam / (2 * m), f"lambda/(2m) = {lam:g}/{2 * m:g} = {lam / (2 * m):.4g}", "(lambda_ / (2 * m))"),
                      (2 * lam / m, f"2 lambda/m = {2 * lam / m:.4g}", "(2 * lambda_ / m)")]
    for value, formula, code in cands:
        if abs(a - value) <= SAME_FACTOR * value:
            return formula, code
    return "", f"{a:.4g}"


def _where_text(blks, where):
    """Where a relation holds; the block is named only when the title's multiplier does not name it."""
    names = " and ".join(b.name for b in blks)
    of = f" of {names}" if len(blks) > 1 else ""
    if blks[0].is_vector and all(b.is_vector for b in blks):
        return {"every entry": f"on every entry{of}", "non-bias": f"on every entry{of} but the first (the intercept agrees)",
                "bias": f"on the intercept{of} (entry 0) only"}[where]
    return {"every entry": f"on every entry{of}", "non-bias": f"on every non-bias entry{of} (the bias column agrees)",
            "bias": f"on the bias column{of} (column 0) only"}[where]


def _slice(blk, where):
    if where == "every entry":
        return ""
    if blk.is_vector:
        return "[1:]" if where == "non-bias" else "[0]"
    return "[:, 1:]" if where == "non-bias" else "[:, 0]"


def _param(blks):
    return blks[0].name if len(blks) == 1 else "Theta"


def _grad(name):
    """The gradient's name in a fix line: ``Theta1_grad``, or ``grad`` for the anonymous block ``x``."""
    return "grad" if name == "x" else f"{name}_grad"


def _finding(blks, kind, where, c, constants) -> DifferenceRelation:
    names = tuple(b.name for b in blks)
    factors = tuple((b.name, float(c)) for b in blks)
    place = _where_text(blks, where)
    if kind == "bias-only":
        return DifferenceRelation(
            kind, where, names, factors,
            f"numerical - analytic is confined to the bias entries of {' and '.join(names)}; every other entry agrees",
            "the bias entries are computed differently from the cost's derivative (a missing ones column, "
            "the bias regularised in one of J and grad only)",
            f"# recompute {_grad(names[0])}{_slice(blks[0], 'bias')} with the same formula as the other entries "
            "(the activations' ones column; no regularisation)")
    formula, coef = name_coefficient(c, constants)
    p = _param(blks)
    if kind == "constant":
        inside = f" in {names[0]}" if len(blks) == 1 and names[0] != "x" else ""
        title = f"numerical - analytic = {c:.4g} {place}{inside}: a constant offset"
        meaning = (f"the analytic gradient lacks a constant {c:.4g} on each of these entries (a scalar where an array "
                   "belongs, e.g. lambda/m instead of lambda/m * theta?)")
        fix = f"{_grad(names[0])}{_slice(blks[0], where)} += {c:.4g}   # only to confirm; then give the scalar term its array"
        return DifferenceRelation(kind, where, names, factors, title, meaning, fix)
    title = f"numerical - analytic = {c:.4f} * {p} {place}"
    sl = _slice(blks[0], where)
    named = formula or f"c = {abs(c):.4g}, lambda/m in the course's costs"
    if where == "bias":
        if c < 0:
            meaning = (f"the analytic gradient regularises the bias entries ({named}) and the cost does not: "
                       "the bias is never regularised")
            fix = (f"{_grad(names[0])}{_slice(blks[0], 'non-bias')} += {coef} * {names[0]}{_slice(blks[0], 'non-bias')}"
                   "   # only these entries: never the bias")
        else:
            meaning = (f"the cost regularises the bias entries ({named}) and the analytic gradient does not: "
                       "the bias is never regularised")
            fix = f"J += {coef} / 2 * np.sum({names[0]}{_slice(blks[0], 'non-bias')} ** 2)   # penalise every entry but the bias"
    elif c > 0 and formula.startswith("2 lambda/m"):
        meaning = f"the regularisation term's sign is flipped in grad ({formula}: +lambda/m * {p} in J's derivative, -lambda/m * {p} in grad)"
        fix = f"{_grad(names[0])}{sl} += {coef} * {names[0]}{sl}"
    elif c > 0:
        meaning = f"a missing lambda/m * {p} term with {formula}" if formula else (
            f"a missing regularisation term c * {p} (lambda * {p} or lambda/m * {p}) with c = {c:.4g}")
        fix = f"{_grad(names[0])}{sl} += {coef} * {names[0]}{sl}"
        if formula.startswith("lambda ="):
            meaning = f"a missing lambda * {p} term with {formula}"
    elif formula.startswith("2 lambda/m"):
        meaning = f"the regularisation term's sign is flipped in J ({formula}: J subtracts the penalty, grad adds lambda/m * {p})"
        fix = f"J += lambda_ / (2 * m) * np.sum({names[0]}{sl} ** 2)   # add the penalty, as grad assumes"
    else:
        meaning = (f"the analytic gradient holds {abs(c):.4g} * {p} more than the cost's derivative "
                   f"({formula or 'c = ' + format(abs(c), '.4g')}): a regularisation term counted twice, "
                   "or one the cost lacks")
        fix = f"{_grad(names[0])}{sl} -= {coef} * {names[0]}{sl}   # the term once, as in J"
    if len(blks) > 1:
        fix += f"   # and the same for {', '.join(names[1:])}"
    return DifferenceRelation(kind, where, names, factors, title, meaning, fix)


def factor_relation(factors) -> DifferenceRelation | None:
    """The factor analysis (``numerical = c x analytic``) as a finding with a fix line, or None."""
    if factors.kind == "constant":
        c = factors.factor
        return DifferenceRelation(
            "factor", "every entry", tuple(n for n, _ in factors.block_factors), tuple(factors.block_factors),
            factors.verdict.split(":")[0], factors.verdict.split(": ", 1)[-1],
            f"grad = {c:.4g} * grad   # only to confirm; then find where the factor {c:.4g} is lost "
            "(an extra 1/2, 1/m twice, the softmax Jacobian's diagonal only)")
    if factors.kind == "per_block":
        return DifferenceRelation(
            "per-block-factor", "every entry", tuple(n for n, _ in factors.block_factors), tuple(factors.block_factors),
            factors.verdict, "each block's gradient is a constant multiple of its true value",
            "# scale each block's gradient by its factor to confirm, then find the lost factor in that block's "
            "back-propagation step")
    if factors.kind == "per_row":
        units = tuple((f"{u.block} row {u.row}", float(u.ratio)) for u in factors.units)
        return DifferenceRelation(
            "per-unit-factor", "rows", tuple(sorted({u.block for u in factors.units})), units,
            factors.verdict.split(":")[0], factors.verdict.split(": ", 1)[-1],
            "dZ = P - Y   # the output layer's derivative with the full (softmax) Jacobian, "
            "not its diagonal P * (1 - P)")
    return None
