"""Built-in cases for the rest of the course (ex1-ex3, ex5-ex8).

Each case pairs ``reference_octave/<ex>/<function>.m`` with
``portcheck.ports.<ex>:<function>`` and the deterministic inputs of
:mod:`portcheck.ports.course_inputs`. Outputs are read from the ``.m``
signature. Where two exercises share a name (``predict`` in ex2 and ex3) the
case is called ``ex2/predict`` and ``ex3/predict``.

The ``hypotheses`` name the catalog mistakes (../shared/pitfalls.md) that fit
each function, for the diagnosis engine.
"""
from __future__ import annotations

from functools import partial

import numpy as np

from ..octave import reference_dir
from ..ports import course_inputs
from ..signature import read_m_signature
from .base import Block, Case, InputSet

__all__ = ["CASES"]

# (exercise, function, hypotheses, gradient blocks) -- in course order.
_TABLE = [
    ("ex1", "computeCost", ("y-shape-broadcast", "matmul-vs-elementwise", "reduction-axis")),
    ("ex1", "computeCostMulti", ("y-shape-broadcast", "matmul-vs-elementwise")),
    ("ex1", "gradientDescent", ("y-shape-broadcast", "input-mutation", "inclusive-range")),
    ("ex1", "gradientDescentMulti", ("y-shape-broadcast", "input-mutation")),
    ("ex1", "featureNormalize", ("std-divisor", "reduction-axis")),
    ("ex1", "normalEqn", ("matmul-vs-elementwise", "transpose")),
    ("ex2", "sigmoid", ()),
    ("ex2", "costFunction", ("y-shape-broadcast", "matmul-vs-elementwise")),
    ("ex2", "costFunctionReg", ("reg-sign", "reg-bias", "reg-scale", "grad-reg-missing", "input-mutation")),
    ("ex2", "predict", ("label-base",)),
    ("ex2", "mapFeature", ("inclusive-range",)),
    ("ex3", "lrCostFunction", ("reg-sign", "reg-bias", "reg-scale", "input-mutation")),
    ("ex3", "predictOneVsAll", ("label-base",)),
    ("ex3", "predict", ("label-base",)),
    ("ex5", "linearRegCostFunction", ("reg-bias", "reg-scale", "wrong-m")),
    ("ex5", "polyFeatures", ("inclusive-range",)),
    ("ex5", "trainLinearReg", ()),
    ("ex5", "learningCurve", ("inclusive-range", "loop-shift")),
    ("ex5", "validationCurve", ("inclusive-range",)),
    ("ex6", "gaussianKernel", ("matmul-vs-elementwise",)),
    ("ex7", "findClosestCentroids", ("label-base",)),
    ("ex7", "computeCentroids", ("label-base", "reduction-axis")),
    ("ex7", "pca", ("sign-equivalence", "cov-orientation")),
    ("ex7", "projectData", ("inclusive-range",)),
    ("ex7", "recoverData", ("inclusive-range",)),
    ("ex8", "estimateGaussian", ("std-divisor",)),
    ("ex8", "multivariateGaussian", ("diag-of-2d",)),
    ("ex8", "selectThreshold", ("y-shape-broadcast",)),
    ("ex8", "cofiCostFunc", ("unroll-order", "reg-scale", "reg-bias")),
]

_SHARED_NAMES = {"predict"}

#: Outputs defined up to the sign of each column (singular vectors).
_SIGN_FREE = {"pca": ("U",)}


def _build(exercise: str, function: str, size: str = "debug", lambdas=None) -> list[InputSet]:
    if size not in ("debug", "full"):
        raise ValueError(f"size={size!r}; choose one of ['debug', 'full']")
    builder = course_inputs.BUILDERS[(exercise, function)]
    values = builder()
    lam_values = [values["lambda"]] if "lambda" in values else [None]
    if lambdas is not None and "lambda" in values:
        lam_values = [float(l) for l in lambdas]
    sets = []
    for lam in lam_values:
        v = dict(values)
        name = "course shapes"
        if lam is not None:
            v["lambda"] = float(lam)
            name = f"course shapes, lambda={float(lam):g}"
        sets.append(InputSet(name, v, f"{exercise} {function}: deterministic inputs of the course's shapes"))
    return sets


def _theta_blocks(output: str, input_set: InputSet, theta_name: str = "theta") -> dict:
    theta = np.asarray(input_set.values[theta_name])
    return {output: [Block(theta_name, (theta.size, 1), 0)]}


def _cofi_blocks(input_set: InputSet) -> dict:
    v = input_set.values
    nm, nu, nf = int(v["num_movies"]), int(v["num_users"]), int(v["num_features"])
    bx = Block("X", (nm, nf), 0, bias_column=False)
    return {"grad": [bx, Block("Theta", (nu, nf), bx.size, bias_column=False)]}


_BLOCKS = {
    "costFunction": partial(_theta_blocks, "grad"),
    "costFunctionReg": partial(_theta_blocks, "grad"),
    "lrCostFunction": partial(_theta_blocks, "grad"),
    "linearRegCostFunction": partial(_theta_blocks, "grad"),
    "cofiCostFunc": _cofi_blocks,
}


def _make(exercise: str, function: str, hypotheses) -> Case:
    sig = read_m_signature(reference_dir(exercise) / f"{function}.m")
    name = f"{exercise}/{function}" if function in _SHARED_NAMES else function
    aliases = (f"{exercise}.{function}", f"{exercise}/{function}") if function in _SHARED_NAMES else (f"{exercise}/{function}",)
    return Case(
        name=name,
        aliases=aliases,
        exercise=exercise,
        reference=function,
        port=f"portcheck.ports.{exercise}:{function}",
        outputs=sig.outputs,
        build_inputs=partial(_build, exercise, function),
        blocks=_BLOCKS.get(function),
        hypotheses=tuple(hypotheses),
        description=f"{exercise} {function}",
        sign_free=_SIGN_FREE.get(function, ()),
    )


CASES = tuple(_make(ex, fn, hyp) for ex, fn, hyp in _TABLE if (ex, fn) in course_inputs.BUILDERS)
