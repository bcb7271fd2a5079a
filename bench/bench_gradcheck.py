"""Bench: gradient checking the full-size network (400-25-10, m = 5000, 10,285 parameters).

One entry of the gradient is wrong (Theta1(13,201) doubled). Compared:

* portcheck's fast path (directional checks per block + bisection), run in full;
* a full central-difference check (2N = 20,570 evaluations): a sample of 200
  evaluations (the first 100 entries) is timed and extrapolated;
* scipy.optimize.check_grad (forward differences, N + 1 evaluations): run on a
  100-parameter slice of the same cost and extrapolated; and its
  direction='random' mode, run in full (one global random projection).

Every evaluation is the same NumPy nnCostFunction returning (J, grad), so the
per-evaluation cost is identical across tools.

Then the cost of checking at several points (issue 16): ``portcheck gradcheck nnCost
--points 1`` against ``--points 3`` (the given point, random points at scales 1 and 3,
and the trained-like point), through the command's own workflow (the bundled port
called as the CLI calls it), at debug size (full path) and at full size (fast path),
runs alternated so both see the same load.

Figures are printed; nothing is asserted. Run: python bench/bench_gradcheck.py
[--sample 200] [--points-only]
"""
from __future__ import annotations

import argparse
import dataclasses
import pathlib
import runpy
import time

import numpy as np
import scipy
from scipy.optimize import check_grad

from portcheck.gradcheck import check_gradient
from portcheck.gradcheck.differences import numerical_gradient
from portcheck.gradcheck.objective import Objective
from portcheck.workflow.gradient import check_targets, gradient_targets

NN = runpy.run_path(str(pathlib.Path(__file__).resolve().parents[1] / "examples" / "gradcheck"
                        / "nn_one_wrong.py"))
SIZES = (400, 25, 10)
M = 5000
WRONG = 200 * 25 + 12          # Theta1[12, 200] in the column-major unrolled vector
ROUNDS = 3                     # alternations of (sample chunk, fast run) for the timing


def wrong_cost(p, *args):
    return NN["nn_cost_function"](p, *args, wrong_entry=WRONG)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=200,
                    help="evaluations timed for the full-check extrapolation (default 200)")
    ap.add_argument("--points-only", action="store_true", help="only the --points 1 vs 3 figures")
    opts = ap.parse_args(argv)
    if not opts.points_only:
        one_point(opts)
    points_bench()


def _counted(fun, counter):
    def wrapped(x):
        counter[0] += 1
        return fun(x)
    return wrapped


def _run_points(base, points):
    """(outcome, port calls checked, port calls of the trained-like point's descent, wall s, CPU s)."""
    checked, trained = [0], [0]
    targets = [dataclasses.replace(t, fun=_counted(t.fun, checked),
                                   trainer=t.trainer and _counted(t.trainer, trained)) for t in base]
    w0, c0 = time.perf_counter(), time.process_time()
    outcome = check_targets(targets, points=points)
    return outcome, checked[0], trained[0], time.perf_counter() - w0, time.process_time() - c0


def points_bench():
    """``--points 3`` against ``--points 1`` on nnCost, debug and full size, through the workflow."""
    print("checking at several points: portcheck gradcheck nnCost --points 1 vs --points 3")
    print("  (the port called as the CLI calls it: copies of every input, under a time limit; the inputs are built")
    print(f"  once, outside the timing; medians of {ROUNDS} alternated runs; CPU = this process's CPU time)")
    print(f"  {'size':<6} {'points':>6} {'path':<5} {'port calls':>10} {'of which descent':>16} "
          f"{'wall s':>8} {'CPU s':>7} {'CPU ms/call':>11}  verdict")
    for size in ("debug", "full"):
        base = gradient_targets("nnCost", size=size)
        runs = {1: [], 3: []}
        for _ in range(ROUNDS):
            for points in (1, 3):
                runs[points].append(_run_points(base, points))
        med = {k: (float(np.median([r[3] for r in v])), float(np.median([r[4] for r in v]))) for k, v in runs.items()}
        calls = {k: v[-1][1] + v[-1][2] for k, v in runs.items()}
        for points in (1, 3):
            outcome, _, trained, _, _ = runs[points][-1]
            path = outcome.sets[0].check.rows[0].result.settings.mode
            wall, cpu = med[points]
            print(f"  {size:<6} {points:>6} {path:<5} {calls[points]:>10,} {trained:>16,} {wall:>8.2f} {cpu:>7.2f} "
                  f"{1e3 * cpu / calls[points]:>11.1f}  {outcome.verdict[:48]}")
        print(f"  {size}: --points 3 ({len(runs[3][-1][0].sets[0].check.rows)} points) costs {calls[3] / calls[1]:.1f}x "
              f"the port calls, {med[3][1] / med[1][1]:.1f}x the CPU and {med[3][0] / med[1][0]:.1f}x the wall time "
              "of --points 1")
    print()


def one_point(opts):
    """The fast path on the full-size network against the full check and scipy (one point)."""
    x0, args = NN["make_problem"](*SIZES, m=M, synthetic=True, lambda_=1.0)
    blocks = NN["blocks_for"](*SIZES)
    n = x0.size
    full_evals = 2 * n
    print(f"network {SIZES[0]}-{SIZES[1]}-{SIZES[2]}, m = {M}, N = {n:,} parameters; "
          f"wrong entry: index {WRONG} (Theta1[12, 200], Octave Theta1(13,201)) doubled")
    print(f"numpy {np.__version__}, scipy {scipy.__version__}\n")

    # The machine may be shared: timing alternates ROUNDS times between a chunk of the
    # full-check sample and a complete fast-path run, so both see the same load; wall and
    # CPU (process) time are both recorded, and medians reported.
    obj = Objective(wrong_cost, x0, args=args)
    k = max(ROUNDS, opts.sample // 2)
    for _ in range(5):              # warm-up: BLAS threads, first-touch of the big buffers
        wrong_cost(x0, *args)
    chunks = np.array_split(np.arange(k), ROUNDS)
    sample_wall = sample_cpu = 0.0
    fast_walls, fast_cpus = [], []
    for chunk in chunks:
        w0, c0 = time.perf_counter(), time.process_time()
        numerical_gradient(obj, obj.x, obj.f0, "central", index=chunk)
        sample_wall += time.perf_counter() - w0
        sample_cpu += time.process_time() - c0
        w0, c0 = time.perf_counter(), time.process_time()
        fast = check_gradient(wrong_cost, x0, args=args, blocks=blocks, mode="fast")
        fast_walls.append(time.perf_counter() - w0)
        fast_cpus.append(time.process_time() - c0)
    fast_wall, fast_cpu = float(np.median(fast_walls)), float(np.median(fast_cpus))
    found = [w.index for w in fast.fast.wrong]
    t = time.perf_counter()
    ok = check_gradient(NN["nn_cost_function"], x0, args=args, blocks=blocks, mode="fast")
    ok_wall = time.perf_counter() - t
    print("portcheck fast path")
    print(f"  verdict: {fast.verdict}")
    print(f"  localised entries {found} (expected [{WRONG}]): "
          f"{'exact' if found == [WRONG] else 'WRONG'}")
    print(f"  evaluations {fast.evaluations} in all ({fast.fast.evaluations} in the directional "
          f"stage); {ROUNDS} runs: wall {', '.join(f'{w:.2f}' for w in fast_walls)} s (median "
          f"{fast_wall:.2f} s, {1e3 * fast_wall / fast.evaluations:.1f} ms per evaluation, "
          f"bookkeeping included), CPU median {fast_cpu:.2f} s")
    print(f"  correct gradient: {ok.status}, {ok.evaluations} evaluations, wall {ok_wall:.2f} s\n")

    # -- full central-difference check: sample and extrapolate -----------------------
    per_eval = sample_wall / (2 * k)
    full_wall = per_eval * full_evals
    full_cpu = sample_cpu / (2 * k) * full_evals
    print("full central-difference check (2N evaluations)")
    print(f"  timed {2 * k} evaluations ({k} entries, in {ROUNDS} chunks between the fast runs): "
          f"wall {sample_wall:.2f} s, {1e3 * per_eval:.1f} ms per evaluation; "
          f"CPU {sample_cpu:.2f} s")
    print(f"  extrapolated to {full_evals:,} evaluations: wall {full_wall:.0f} s, CPU "
          f"{full_cpu:.0f} s (EXTRAPOLATED, not run)\n")

    # -- scipy.optimize.check_grad -----------------------------------------------------
    def func(p):
        return wrong_cost(p, *args)[0]

    def grad(p):
        return wrong_cost(p, *args)[1]

    sl = np.arange(100)

    def f_slice(z):
        p = x0.copy()
        p[sl] = z
        return func(p)

    def g_slice(z):
        p = x0.copy()
        p[sl] = z
        return grad(p)[sl]

    t = time.perf_counter()
    check_grad(f_slice, g_slice, x0[sl])
    slice_wall = time.perf_counter() - t
    scipy_evals = n + 1
    scipy_wall = slice_wall / (len(sl) + 2) * (scipy_evals + 1)   # N+1 func calls + 1 grad call
    t = time.perf_counter()
    rnd_wrong = check_grad(func, grad, x0, direction="random", rng=0)
    rnd_wall = time.perf_counter() - t
    rnd_ok = check_grad(lambda p: NN["nn_cost_function"](p, *args)[0],
                        lambda p: NN["nn_cost_function"](p, *args)[1], x0,
                        direction="random", rng=0)
    print("scipy.optimize.check_grad (forward differences, epsilon = sqrt(eps) absolute)")
    print(f"  direction='all' on a {len(sl)}-parameter slice: {slice_wall:.2f} s; extrapolated "
          f"to {scipy_evals:,} evaluations: {scipy_wall:.0f} s (EXTRAPOLATED, not run); "
          "returns one number, names no entry")
    print(f"  direction='random' (run in full): {rnd_wall:.2f} s, returns "
          f"{rnd_wrong:.3e} with the wrong entry vs {rnd_ok:.3e} with the correct gradient: "
          "one global projection, no threshold, no location\n")

    # -- ratios ------------------------------------------------------------------------------
    ev_ratio = full_evals / fast.evaluations
    wall_ratio = full_wall / fast_wall
    print("summary")
    print(f"  {'':<34} {'evaluations':>12} {'wall s':>10}")
    print(f"  {'portcheck fast path (run)':<34} {fast.evaluations:>12,} {fast_wall:>10.2f}")
    print(f"  {'full central check (extrapolated)':<34} {full_evals:>12,} {full_wall:>10.0f}")
    print(f"  {'scipy check_grad all (extrapolated)':<34} {scipy_evals + 1:>12,} "
          f"{scipy_wall:>10.0f}")
    print(f"  {'scipy check_grad random (run)':<34} {3:>12,} {rnd_wall:>10.2f}")
    print(f"  full / fast: {ev_ratio:.0f}x fewer evaluations "
          f"({100 * fast.evaluations / full_evals:.2f}% of the full check), "
          f"{wall_ratio:.0f}x less wall time, {full_cpu / fast_cpu:.0f}x less CPU time")
    print(f"  scipy all / fast: {scipy_wall / fast_wall:.0f}x less wall time")
    print(f"  target <= 412 evaluations (2% of {full_evals:,}): "
          f"{'met' if fast.evaluations <= 412 else 'NOT met'} ({fast.evaluations}); "
          f"target >= 50x less wall time: {'met' if wall_ratio >= 50 else 'NOT met'} "
          f"({wall_ratio:.0f}x); exact localisation: {'met' if found == [WRONG] else 'NOT met'}")


if __name__ == "__main__":
    main()
