"""Frozen dataclasses returned by each stage of a gradient check, each with ``to_dict()``.

Arrays are kept as read-only float64 ndarrays; ``to_dict()`` turns them into
lists and non-finite floats into the strings ``"nan"``, ``"inf"``, ``"-inf"``
so the document is strict JSON.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..formatting import to_jsonable

__all__ = [
    "Settings", "DeterminismCheck", "NoiseEstimate", "ComplexSafety", "Metric", "Entry",
    "BlockReport", "UnitRatio", "FactorAnalysis", "Kink", "KinkReport", "DescentCheck",
    "NumericalGradient", "FullCheck", "DirectionalTest", "BlockDirectional", "FastCheck",
    "GradientCheck", "SweepCurve", "StepSweep", "DifferenceRelation", "Point", "PointCheck", "PointsCheck",
    "PointSweeps",
]


class _ToDict:
    def to_dict(self):
        """This result as a dict of JSON-ready values (:func:`portcheck.formatting.to_jsonable`)."""
        return to_jsonable(self)


def _frozen_array(a):
    a = np.array(a, dtype=np.float64, copy=True)
    a.setflags(write=False)
    return a


@dataclass(frozen=True)
class Settings(_ToDict):
    """What the check used: dtype, method, step rule and thresholds' safety factor."""

    dtype: str                  # working precision, e.g. "float32"
    dtype_source: str           # "x0", "cost output", or "requested"
    eps: float                  # machine epsilon of dtype
    method: str                 # method actually used
    requested_method: str       # method asked for (differs after a complex-step fallback)
    step_rule: str              # e.g. "eps^(1/3) * max(1, |x|)" or "user step 1e-4 * max(1, |x|)"
    relative_step: float        # the rule's factor, e.g. 6.06e-06
    step_min: float             # smallest absolute step taken
    step_max: float             # largest absolute step taken
    safety: float               # thresholds = safety * estimated finite-difference error
    mode: str                   # "full" (2N) or "fast" (directional + bisection)
    seed: int


@dataclass(frozen=True)
class DeterminismCheck(_ToDict):
    """Two evaluations of the cost (and gradient) at the same point."""

    deterministic: bool
    cost_difference: float      # |J1 - J2|
    cost_relative: float        # |J1 - J2| / |J1|
    gradient_difference: float  # max |g1 - g2|
    verdict: str


@dataclass(frozen=True, eq=False)
class NoiseEstimate(_ToDict):
    """Rounding noise of the cost and of the analytic gradient, the base of every threshold."""

    noise: float                # absolute noise level of f used in thresholds
    relative: float             # noise / |f(x)|
    ulps: float                 # noise / (eps |f(x)|)
    method: str                 # how it was estimated, in words
    ecnoise_level: float        # ECnoise's estimate (nan if inconclusive)
    evaluations: int
    gradient_noise: float = 0.0      # median ECnoise level over the gradient's components
    gradient_noise_max: float = 0.0  # largest component level
    gradient_levels: np.ndarray = field(default=None, repr=False)  # per component, shape (n,)

    def __post_init__(self):
        if self.gradient_levels is not None:
            object.__setattr__(self, "gradient_levels", _frozen_array(self.gradient_levels))


@dataclass(frozen=True)
class ComplexSafety(_ToDict):
    """Whether the cost propagates a complex perturbation correctly."""

    safe: bool
    reason: str                 # "" if safe; "raises ...", "drops the imaginary part", ...
    complex_derivative: float   # Im f(x + i t v) / t   (nan if not available)
    central_derivative: float   # (f(x + t v) - f(x - t v)) / 2t
    threshold: float


@dataclass(frozen=True)
class Metric(_ToDict):
    """One error metric with its threshold and verdict."""

    name: str                   # "ng_relative" | "elementwise_relative" | "allclose"
    formula: str
    value: float
    threshold: float
    threshold_rule: str
    violations: int
    size: int
    passed: bool
    verdict: str
    atol: float = math.nan
    rtol: float = math.nan


@dataclass(frozen=True)
class Entry(_ToDict):
    """One gradient entry: where it is and both values."""

    index: int                  # index in the unrolled vector (0-based)
    block: str
    label: str                  # "Theta1[0, 1] (Octave Theta1(1,2))"
    numerical: float
    analytic: float
    abs_diff: float
    rel_diff: float             # |n - g| / max(|n|, |g|, tiny)
    fd_error: float             # estimated finite-difference error at this entry
    kink: bool = False


@dataclass(frozen=True)
class BlockReport(_ToDict):
    """Per named block: metrics, bias column vs the rest, worst entries."""

    name: str
    shape: tuple
    start: int
    stop: int
    ng_relative: float
    ng_threshold: float
    violations: int
    size: int
    passed: bool
    bias_violations: int        # violations in column 0 (2-D blocks), else 0
    rest_violations: int
    where: str                  # "none", "bias column only", "non-bias columns only", "both"
    ratio: float                # median numerical/analytic over reliable entries (nan if none)
    worst: tuple = ()           # tuple of Entry, at most five


@dataclass(frozen=True)
class UnitRatio(_ToDict):
    """numerical/analytic over one row (output unit) of a 2-D block."""

    block: str
    row: int                    # 0-based
    octave_row: int             # 1-based
    ratio: float                # median over reliable entries of the row
    ratio_min: float
    ratio_max: float
    reliable: int               # entries whose ratio is known to 1%
    constant: bool              # the whole row is ratio * analytic within noise


@dataclass(frozen=True)
class FactorAnalysis(_ToDict):
    """Is numerical = c * analytic, for the whole gradient, per block, or per row?"""

    kind: str                   # "none", "constant", "per_block", "per_row", "varies", "unknown"
    factor: float               # the constant factor (nan unless kind == "constant")
    block_factors: tuple        # ((name, factor or nan), ...)
    units: tuple                # UnitRatio rows of the disagreeing 2-D blocks
    verdict: str


@dataclass(frozen=True)
class DifferenceRelation(_ToDict):
    """What ``numerical - analytic`` is: a multiple of x, a constant, a factor; with its fix."""

    kind: str                   # "multiple-of-x", "constant", "bias-only", "factor", "per-block-factor", "per-unit-factor"
    where: str                  # "every entry", "non-bias", "bias", "rows"
    blocks: tuple               # block names it covers
    factors: tuple              # ((block or unit, c), ...)
    title: str                  # "numerical - analytic = 0.1000 * W on every entry"
    meaning: str                # the mistake it points to, with the factor named
    fix: str                    # a line of Python

    def text(self) -> str:
        """``title: meaning. Fix: fix`` -- one line of a Diagnosis section."""
        return f"{self.title}: {self.meaning}. Fix: {self.fix}"


@dataclass(frozen=True)
class Kink(_ToDict):
    """An entry whose one-sided differences disagree the way a kink makes them."""

    index: int
    label: str
    gap: float                  # (f(x+h) - 2 f(x) + f(x-h)) / h
    gap_half: float             # the same with h/2
    confirmed: bool             # gap does not halve with h: a slope jump, not curvature


@dataclass(frozen=True)
class KinkReport(_ToDict):
    checked: int                # entries examined
    kinks: tuple                # Kink, confirmed ones
    verdict: str


@dataclass(frozen=True)
class DescentCheck(_ToDict):
    """A small step along -grad: does the cost fall by about |grad| * distance?"""

    distance: float             # length of the step taken
    predicted_decrease: float   # distance * |g|
    actual_decrease: float      # f(x) - f(x - distance * g/|g|)
    ratio: float                # actual / predicted (1 for a correct gradient)
    threshold: float            # noise level the decrease must exceed
    passed: bool
    verdict: str


@dataclass(frozen=True, eq=False)
class NumericalGradient(_ToDict):
    """The numerical gradient and what it was compared with (arrays, shape (n,))."""

    method: str
    numerical: np.ndarray = field(repr=False)
    analytic: np.ndarray = field(repr=False)
    fd_error: np.ndarray = field(repr=False)
    steps: np.ndarray = field(repr=False)

    def __post_init__(self):
        for name in ("numerical", "analytic", "fd_error", "steps"):
            object.__setattr__(self, name, _frozen_array(getattr(self, name)))


@dataclass(frozen=True, eq=False)
class FullCheck(_ToDict):
    """The 2N (or N, 4N) path: every entry compared."""

    gradient: NumericalGradient
    metrics: tuple              # Metric x 3
    blocks: tuple               # BlockReport per block
    worst: tuple                # Entry, at most five, over the whole gradient
    factors: FactorAnalysis
    kinks: KinkReport
    rechecked: int = 0          # failing entries re-measured at 2h (truncation measured)
    cleared: int = 0            # of those, entries whose discrepancy was truncation (h^2)


@dataclass(frozen=True)
class DirectionalTest(_ToDict):
    """grad . v against (f(x + t v) - f(x - t v)) / 2t on one support set."""

    support: str                # e.g. "Theta1", "Theta1 column 0 (bias)", "Theta1[1024:2048]"
    block: str
    size: int                   # entries in the support
    depth: int                  # 0 for block level, bisection depth below
    numerical: float
    analytic: float
    difference: float
    threshold: float
    passed: bool
    ratio: float                # numerical / analytic
    truncation: float = 0.0     # measured at 2t when the test first failed: |r(2t) - r(t)| / 3


@dataclass(frozen=True)
class BlockDirectional(_ToDict):
    """Block-level outcome of the fast path."""

    name: str
    size: int
    passed: bool
    ratios: tuple               # numerical/analytic, one per direction
    sensitivity: float          # smallest single-entry error this block test detects
    localisation: str           # "not needed", "localised", "widespread", "unlocalised"


@dataclass(frozen=True)
class FastCheck(_ToDict):
    """Directional checks per block, then bisection to the wrong entries."""

    directions: str             # "rademacher" or "gaussian"
    n_directions: int
    blocks: tuple               # BlockDirectional
    tests: tuple                # DirectionalTest, in the order run
    wrong: tuple                # Entry, localised wrong entries (confirmed by a coordinate test)
    kinks: tuple                # Kink found at leaves
    unlocalised: tuple          # supports that failed but whose halves all passed
    evaluations: int            # cost evaluations spent in this stage
    full_equivalent: int        # evaluations a full check would have needed (2N)


@dataclass(frozen=True)
class GradientCheck(_ToDict):
    """The whole check: verdict first, then every stage's result."""

    verdict: str                # one line, the whole answer
    status: str                 # "pass", "fail", "kink", "nondeterministic"
    settings: Settings
    determinism: DeterminismCheck
    noise: NoiseEstimate = None
    complex_safety: ComplexSafety = None
    full: FullCheck = None
    fast: FastCheck = None
    descent: DescentCheck = None
    diagnosis: tuple = ()       # plain-words findings, most important first
    evaluations: int = 0        # cost evaluations in all
    gradient_evaluations: int = 0  # calls of a separate gradient function (0 for (J, grad))
    relations: tuple = ()       # DifferenceRelation: what numerical - analytic is, each with a fix

    @property
    def passed(self):
        """True when the gradient is consistent with the cost (kinks aside)."""
        return self.status in ("pass", "kink")


@dataclass(frozen=True)
class SweepCurve(_ToDict):
    """Discrepancy against step size for one method."""

    method: str
    available: bool
    reason: str                 # why not available (complex step on unsafe code)
    steps: tuple                # relative steps, ascending
    errors: tuple               # discrepancy at each step
    expected_rounding: tuple    # rounding-only discrepancy predicted from the noise
    slopes: tuple               # d log(absolute error) / d log(step)
    labels: tuple               # "rounding", "truncation", "plateau" per point
    best_step: float
    best_error: float
    user_step: float
    user_error: float
    user_arm: str               # where the user's step sits, in words
    regime: str                 # "quadratic", "v", "plateau", "rounding floor", "unavailable"
    left_slope: float           # fitted slope of the rounding arm (nan if none)
    right_slope: float          # fitted slope of the truncation arm (nan if none)
    verdict: str
    abs_errors: tuple = ()      # absolute discrepancy (norm(n-g) or |d_num - d_an|)


@dataclass(frozen=True)
class StepSweep(_ToDict):
    """A step sweep over decades: the V, the best step, the regime in words."""

    verdict: str
    regime: str
    metric: str                 # what "discrepancy" means
    mode: str                   # "full" or "directional"
    dtype: str
    eps: float
    noise: NoiseEstimate
    determinism: DeterminismCheck
    curves: tuple               # SweepCurve per method
    evaluations: int


@dataclass(frozen=True, eq=False)
class Point(_ToDict):
    """A point the gradient is checked at: the given one, a random one at a scale, a trained-like one."""

    name: str                   # "given", "random 1", "random 2", "trained"
    kind: str                   # "given", "random", "trained"
    scale: float                # random: s of x0 + N(0, s^2); given, trained: rms of the entries
    seed: int | None            # numpy default_rng seed of a random point
    description: str            # how it was made, in words
    x: np.ndarray = field(repr=False, default=None)

    def __post_init__(self):
        object.__setattr__(self, "x", _frozen_array(np.ravel(self.x)))

    def where(self) -> str:
        """``"random 2 (scale 3)"``, ``"the given point (scale 0.072)"``, ``"the trained-like point (scale 0.25)"``."""
        s = f"(scale {self.scale:.2g})"
        return f"{self.name} {s}" if self.kind == "random" else f"the {'given' if self.kind == 'given' else 'trained-like'} point {s}"


@dataclass(frozen=True)
class PointCheck(_ToDict):
    """One point's check: the point and its GradientCheck."""

    point: Point
    result: GradientCheck
    discarded: int = 0          # evaluations spent at the same direction's larger scales (cost not finite)

    @property
    def status(self) -> str:
        return self.result.status


@dataclass(frozen=True)
class PointsCheck(_ToDict):
    """The gradient checked at several points: one row per point, a verdict over all."""

    verdict: str                # one line over every point
    status: str                 # "pass", "kink", "fail", "nondeterministic", "undefined"
    pattern: str                # "everywhere", "near zero only", "some points", "nowhere", "not judged"
    rows: tuple                 # PointCheck, in order: given, random by scale, trained
    relations: tuple            # DifferenceRelation holding at every failing point
    evaluations: int            # cost evaluations over all points

    @property
    def passed(self) -> bool:
        """True when every judged point passes (kinks aside)."""
        return self.status in ("pass", "kink")

    @property
    def given(self) -> GradientCheck:
        """The check at the given point."""
        return self.rows[0].result

    @property
    def detail(self) -> PointCheck:
        """The row whose full report is shown: the first failing point, else the given one."""
        return next((r for r in self.rows if r.status in ("fail", "nondeterministic")), self.rows[0])


@dataclass(frozen=True)
class PointSweeps(_ToDict):
    """A step sweep at several points: one curve per point; the worst point's in full."""

    verdict: str                # the worst point's verdict, with the point named
    rows: tuple                 # (Point, StepSweep) per point
    worst: int                  # index of the point with the largest discrepancy at your step
    evaluations: int
