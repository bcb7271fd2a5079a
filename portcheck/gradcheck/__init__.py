"""Gradient checking that explains itself, and scales to the full network.

Entry points
------------
check_gradient(fun, x0, ...) -> GradientCheck
    Determinism, noise, numerical gradient (full 2N path) or directional checks with
    bisection (fast path), metrics with thresholds, blocks, factors, kinks, descent.
sweep_steps(fun, x0, ...) -> StepSweep
    The V-shaped error curve over decades of step, with the regime in words.
render_text(result), check_points(fun, x0, points=3, ...) -> PointsCheck
    The same check at the given point, at random points of growing scale and at a
    trained-like one: a derivative that is only right near zero is named as such.
render_text(result), render_sweep(sweep), render_points(check) -> str; plot_sweep(sweep, path) -> Path
default_step(x, method, dtype), relative_step(method, dtype)
    The step rules (eps^(1/3) * max(1, |x|) for central differences).
octave_numerical_gradient_code(func_name, args, ...) -> str
    The same check computed inside Octave in one call.
"""
from ._validation import GradcheckUsageError
from .check import check_gradient
from .octave_code import octave_numerical_gradient_code
from .plot import plot_sweep
from .points import check_points
from .render import render_point_sweeps, render_points, render_sweep, render_text
from .results import (BlockDirectional, BlockReport, ComplexSafety, DescentCheck, DeterminismCheck,
                      DifferenceRelation, DirectionalTest, Entry, FactorAnalysis, FastCheck, FullCheck,
                      GradientCheck, Kink, KinkReport, Metric, NoiseEstimate, NumericalGradient, Point,
                      PointCheck, PointsCheck, PointSweeps, Settings, StepSweep, SweepCurve, UnitRatio)
from .steps import METHODS, default_step, machine_epsilon, relative_step
from .sweep import sweep_steps

__all__ = [
    "check_gradient", "check_points", "sweep_steps", "render_text", "render_sweep", "render_points",
    "render_point_sweeps", "plot_sweep",
    "default_step", "relative_step", "machine_epsilon", "METHODS",
    "octave_numerical_gradient_code", "GradcheckUsageError",
    "GradientCheck", "Settings", "DeterminismCheck", "NoiseEstimate", "ComplexSafety", "Metric",
    "Entry", "BlockReport", "UnitRatio", "FactorAnalysis", "Kink", "KinkReport", "DescentCheck",
    "NumericalGradient", "FullCheck", "DirectionalTest", "BlockDirectional", "FastCheck",
    "StepSweep", "SweepCurve", "DifferenceRelation", "Point", "PointCheck", "PointsCheck", "PointSweeps",
]
