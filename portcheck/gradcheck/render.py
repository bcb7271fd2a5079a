"""Pure text renderers: a result in, a plain str out; the first line is the whole verdict."""
from __future__ import annotations

import math

from .metrics import MAX_LOCATIONS
from .relations import same_relation

__all__ = ["render_text", "render_sweep", "render_points", "render_point_sweeps", "point_metric", "MAX_UNIT_ROWS"]

#: Rows of the per-unit ratio table shown (the rest are counted).
MAX_UNIT_ROWS = 10

_METRIC_NAMES = {"ng_relative": "Ng's norm(n-g)/norm(n+g)",
                 "elementwise_relative": "element-wise |n-g|/max(|n|,|g|)",
                 "allclose": "allclose |n-g| <= atol + rtol|g|"}


def _f(v, fmt=".1e"):
    return "n/a" if v is None or (isinstance(v, float) and math.isnan(v)) else format(v, fmt)


def _settings(r):
    s, lines = r.settings, ["Settings"]
    lines.append(f"  dtype        {s.dtype} (from {s.dtype_source}), eps {s.eps:.2e}; steps and "
                 "thresholds follow it")
    meth = s.method + (f" (asked: {s.requested_method})" if s.method != s.requested_method else "")
    if s.mode == "full":
        lines.append(f"  method       {meth} differences, h = {s.step_rule}")
    else:
        lines.append(f"  method       directional central differences, t = {s.step_rule}")
    lines.append(f"  thresholds   {s.safety:g} x estimated finite-difference error")
    if r.noise is not None:
        n = r.noise
        lines.append(f"  noise of J   {n.noise:.1e} (relative {n.relative:.1e}, {n.ulps:.1f} ulps; "
                     f"{n.method})")
    det = r.determinism
    lines.append("  determinism  " + (det.verdict.split(": ")[0] if det.deterministic
                                      else "NOT deterministic"))
    extra = f", {r.gradient_evaluations} gradient calls" if r.gradient_evaluations else ""
    lines.append(f"  evaluations  {r.evaluations} of the cost{extra}")
    return lines


def _entry(e):
    k = "  [kink]" if e.kink else ""
    return (f"  {e.label}:  {e.numerical: .6e} (numerical), {e.analytic: .6e} (analytic);  "
            f"|diff| {e.abs_diff:.1e}, FD error {e.fd_error:.1e}{k}")


def _full_sections(full):
    lines = ["", "Metrics"]
    for m in full.metrics:
        mark = "pass" if m.passed else "FAIL"
        lines.append(f"  {_METRIC_NAMES[m.name]:<34} {m.value:9.2e}   threshold {m.threshold:.2e}"
                     f"   {mark}")
        lines.append(f"      {m.verdict}")
    lines += ["", "Blocks",
              f"  {'block':<10} {'shape':>8} {'Ng rel':>9} {'threshold':>9}  {'mismatched':>14}"
              f"  {'bias col':>8} {'rest':>6}  {'ratio n/g':>9}"]
    for b in full.blocks:
        shape = "x".join(str(s) for s in b.shape)
        mism = f"{b.violations} / {b.size}"
        bias = str(b.bias_violations) if len(b.shape) == 2 else "-"
        lines.append(f"  {b.name:<10} {shape:>8} {b.ng_relative:9.1e} {b.ng_threshold:9.1e}  "
                     f"{mism:>14}  {bias:>8} {b.rest_violations:>6}  {_f(b.ratio, '.3f'):>9}")
    bad = [b for b in full.blocks if b.violations]
    title = "Mismatched entries" if bad else "Closest entries to their threshold"
    lines += ["", f"{title} (at most {MAX_LOCATIONS}; Python index, Octave subscript)"]
    lines += [_entry(e) for e in full.worst]
    fa = full.factors
    lines += ["", "Ratios numerical/analytic", f"  {fa.verdict}"]
    if fa.units:
        lines.append(f"  per output unit (row):  {'unit':<22} {'ratio':>9} {'min':>9} {'max':>9}"
                     f"  {'constant':>8}")
        for u in fa.units[:MAX_UNIT_ROWS]:
            unit = f"{u.block} row {u.row} (Octave {u.octave_row})"
            lines.append(f"  {'':<24}{unit:<22} {_f(u.ratio, '.3f'):>9} {_f(u.ratio_min, '.3f'):>9}"
                         f" {_f(u.ratio_max, '.3f'):>9}  {'yes' if u.constant else 'no':>8}")
        if len(fa.units) > MAX_UNIT_ROWS:
            lines.append(f"  {'':<24}... {len(fa.units) - MAX_UNIT_ROWS} more rows")
    lines += ["", "Kinks", f"  {full.kinks.verdict}"]
    for k in full.kinks.kinks[:MAX_LOCATIONS]:
        lines.append(f"  {k.label}: one-sided gap {k.gap:.2e} at h, {k.gap_half:.2e} at h/2 "
                     "(a smooth cost halves it)")
    return lines


def _fast_sections(fast):
    lines = ["", "Directional checks per block (zero-mean "
             f"{fast.directions} directions, {fast.n_directions} per block)",
             f"  {'block':<10} {'entries':>8}  {'result':<6} {'ratios n/g':<20} "
             f"{'detects error >':>15}  localisation"]
    for b in fast.blocks:
        ratios = ", ".join(_f(r, ".3f") for r in b.ratios)
        lines.append(f"  {b.name:<10} {b.size:>8}  {'pass' if b.passed else 'FAIL':<6} "
                     f"{ratios:<20} {b.sensitivity:15.1e}  {b.localisation}")
    depth = max((t.depth for t in fast.tests), default=0)
    lines.append(f"  {len(fast.tests)} directional tests, bisection depth {depth}; "
                 f"{fast.evaluations} evaluations (a full central check needs "
                 f"{fast.full_equivalent:,})")
    if fast.wrong:
        lines += ["", f"Localised entries (at most {MAX_LOCATIONS}; Python index, "
                  "Octave subscript)"]
        lines += [_entry(e) for e in fast.wrong[:MAX_LOCATIONS]]
        if len(fast.wrong) > MAX_LOCATIONS:
            lines.append(f"  ... {len(fast.wrong) - MAX_LOCATIONS} more")
    if fast.unlocalised:
        lines += ["", "Failing sets not narrowed to single entries"]
        lines += [f"  {u}" for u in fast.unlocalised[:MAX_LOCATIONS]]
    return lines


def render_text(result):
    """The report of a :class:`~portcheck.gradcheck.results.GradientCheck` as plain text.

    Parameters
    ----------
    result : GradientCheck

    Returns
    -------
    str
        The first line is the verdict; then fixed sections: Settings, Metrics,
        Blocks, Mismatched entries, Ratios, Kinks (full path) or Directional
        checks and Localised entries (fast path), Descent, Diagnosis. At most
        ``MAX_LOCATIONS`` = 5 locations per list, ``MAX_UNIT_ROWS`` = 10 unit rows.
    """
    lines = [result.verdict, ""] + _settings(result)
    if result.complex_safety is not None:
        cs = result.complex_safety
        lines.append("  complex step " + ("complex-safe" if cs.safe
                                          else f"not complex-safe: {cs.reason}"))
    if result.full is not None:
        lines += _full_sections(result.full)
    if result.fast is not None:
        lines += _fast_sections(result.fast)
    if result.descent is not None:
        lines += ["", "Descent", f"  {result.descent.verdict}"]
    if result.diagnosis:
        lines += ["", "Diagnosis"] + [f"  - {d}" for d in result.diagnosis]
    return "\n".join(lines) + "\n"


def render_sweep(sweep):
    """The report of a :class:`~portcheck.gradcheck.results.StepSweep` as plain text.

    Parameters
    ----------
    sweep : StepSweep

    Returns
    -------
    str
        First line: the verdict of the central curve (or the first available
        one); then one table per method: step, discrepancy, the rounding
        predicted from the measured noise, local slope, regime; the user's and
        the best step marked.
    """
    n = sweep.noise
    lines = [sweep.verdict, "",
             "Sweep",
             f"  discrepancy  {sweep.metric}  ({sweep.mode})",
             f"  dtype        {sweep.dtype}, eps {sweep.eps:.2e}; noise of J {n.noise:.1e} "
             f"({n.method})",
             f"  evaluations  {sweep.evaluations}"]
    for c in sweep.curves:
        lines += ["", f"{c.method} differences: {c.regime}"]
        if not c.available:
            lines.append(f"  {c.verdict}")
            continue
        lines.append(f"  {'step':>8}  {'discrepancy':>11}  {'rounding':>9}  {'slope':>6}  regime")
        for h, e, r, s, lab in zip(c.steps, c.errors, c.expected_rounding, c.slopes, c.labels):
            mark = []
            if h == c.user_step:
                mark.append("<- your step")
            if h == c.best_step:
                mark.append("<- best")
            lines.append(f"  {h:8.1e}  {e:11.2e}  {r:9.1e}  {s:+6.1f}  {lab:<10} {' '.join(mark)}"
                         .rstrip())
        lines.append(f"  {c.verdict}")
    return "\n".join(lines) + "\n"


def point_metric(result) -> str:
    """One point's metric in a table cell: Ng's relative difference (full path) or the worst directional excess."""
    if result.full is not None:
        ng = result.full.metrics[0]
        return f"Ng {ng.value:.1e} (threshold {ng.threshold:.1e})"
    if result.fast is not None:
        top = [t for t in result.fast.tests if t.depth == 0]
        worst = max((t.difference / t.threshold for t in top if t.threshold > 0), default=0.0)
        return f"directional {worst:.1e} x threshold"
    return "-"


def _points_table(rows):
    lines = [f"  {'point':<9} {'scale':>7} {'seed':>5}  {'path':<4}  {'metric':<33} {'evaluations':>11}  result"]
    for row in rows:
        p, r = row.point, row.result
        seed = "-" if p.seed is None else str(p.seed)
        path = r.settings.mode if r.full is not None or r.fast is not None else "-"
        result = {"pass": "pass", "kink": "pass (kinks)", "fail": "FAIL"}.get(r.status, r.status.upper())
        # a random point's cost is looked at once before its check; a point moved towards x0 shows what that cost
        evals = f"{r.evaluations}" + (f" (+{row.discarded})" if row.discarded > 1 else "")
        lines.append(f"  {p.name:<9} {p.scale:7.2g} {seed:>5}  {path:<4}  {point_metric(r):<33} "
                     f"{evals:>11}  {result}")
    lines += [f"  {row.point.name}: {row.point.description}" for row in rows]
    return lines


def render_points(check):
    """The report of a :class:`~portcheck.gradcheck.results.PointsCheck` as plain text.

    Returns
    -------
    str
        The verdict over every point; ``Points``: one row per point (scale, seed,
        path, metric, evaluations, result) and how each point was made; the
        relations of numerical - analytic at each failing point, each with its fix;
        then the full report (:func:`render_text`) of the first failing point (the
        given one when all pass), headed ``Details at ...``.
    """
    rows = check.rows
    lines = [check.verdict, "", f"Points ({len(rows)}; {check.evaluations} cost evaluations in all)"]
    lines += _points_table(rows)
    groups = []                                   # [(relation, [points where it holds])]
    for row in rows:
        for r in row.result.relations:
            same = next((g for g in groups if same_relation(g[0], r)), None)
            if same is None:
                groups.append((r, [row.point]))
            else:
                same[1].append(row.point)
    if groups:
        lines += ["", "Relations of numerical - analytic (each a finding with its fix)"]
        for r, pts in groups:
            where = [p.where() for p in pts]
            at = where[0] if len(where) == 1 else ", ".join(where[:-1]) + " and " + where[-1]
            lines.append(f"  - at {at}: {r.text()}")
    d = check.detail
    why = "the first failing point" if d.status in ("fail", "nondeterministic") else "every point agrees"
    lines += ["", f"Details at {d.point.where()}: {why}", "", render_text(d.result).rstrip()]
    return "\n".join(lines) + "\n"


def render_point_sweeps(ps):
    """The report of a :class:`~portcheck.gradcheck.results.PointSweeps`: one row per point, the worst in full."""
    lines = [ps.verdict, "", f"Points ({len(ps.rows)}; {ps.evaluations} cost evaluations in all; one curve per point)",
             f"  {'point':<9} {'scale':>7} {'seed':>5}  {'regime':<15} {'your step':>9}  {'discrepancy':>11}  "
             f"{'best step':>9}"]
    for point, sweep in ps.rows:
        c = next((c for c in sweep.curves if c.available), sweep.curves[0])
        seed = "-" if point.seed is None else str(point.seed)
        lines.append(f"  {point.name:<9} {point.scale:7.2g} {seed:>5}  {c.regime:<15} {_f(c.user_step):>9}  "
                     f"{_f(c.user_error, '.2e'):>11}  {_f(c.best_step):>9}")
    lines += [f"  {point.name}: {point.description}" for point, _ in ps.rows]
    point, sweep = ps.rows[ps.worst]
    lines += ["", f"Sweep at {point.where()}, the worst point (largest discrepancy at your step)", "",
              render_sweep(sweep).rstrip()]
    return "\n".join(lines) + "\n"
