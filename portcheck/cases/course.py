"""Built-in cases for the rest of the course (ex1-ex3, ex5-ex8).

Each case pairs ``reference_octave/<ex>/<function>.m`` with
``portcheck.ports.<ex>:<function>`` and the deterministic inputs of
:mod:`portcheck.ports.course_inputs`. Outputs are read from the ``.m``
signature. Where two exercises share a name (``predict`` in ex2 and ex3) the
case is called ``ex2/predict`` and ``ex3/predict``.
"""
from __future__ import annotations

from functools import cache, partial

import numpy as np

from ..ports import course_inputs
from ..resources import reference_dir
from ..signature import read_m_signature
from . import families
from .base import Case, InputSet
from .blocks import Block
from .roles import OutRole, Role, Roles

__all__ = ["CASES"]

# (exercise, function) -- in course order.
_TABLE = [
    ("ex1", "computeCost"),
    ("ex1", "computeCostMulti"),
    ("ex1", "gradientDescent"),
    ("ex1", "gradientDescentMulti"),
    ("ex1", "featureNormalize"),
    ("ex1", "normalEqn"),
    ("ex2", "sigmoid"),
    ("ex2", "costFunction"),
    ("ex2", "costFunctionReg"),
    ("ex2", "predict"),
    ("ex2", "mapFeature"),
    ("ex3", "lrCostFunction"),
    ("ex3", "predictOneVsAll"),
    ("ex3", "predict"),
    ("ex5", "linearRegCostFunction"),
    ("ex5", "polyFeatures"),
    ("ex5", "trainLinearReg"),
    ("ex5", "learningCurve"),
    ("ex5", "validationCurve"),
    ("ex6", "gaussianKernel"),
    ("ex7", "findClosestCentroids"),
    ("ex7", "computeCentroids"),
    ("ex7", "pca"),
    ("ex7", "projectData"),
    ("ex7", "recoverData"),
    ("ex8", "estimateGaussian"),
    ("ex8", "multivariateGaussian"),
    ("ex8", "selectThreshold"),
    ("ex8", "cofiCostFunc"),
]

_SHARED_NAMES = {"predict"}

_S, _P, _D, _L, _T, _LAM, _M, _DA, _SC = (Role.SIZE, Role.PARAMS, Role.DESIGN, Role.LABELS, Role.TARGETS, Role.LAMBDA,
                                          Role.MASK, Role.DATA, Role.SCALAR)
_COST, _GRAD, _LOUT, _ODATA = OutRole.COST, OutRole.GRAD, OutRole.LABELS_OUT, OutRole.DATA

#: What each argument is, per function: the port gets sizes as int, labels as int64 (m, 1),
#: the parameter vector 1-D, other vectors as (m, 1) (see portcheck.runner.representation).
#: Outputs not listed are data.
ROLES = {
    "computeCost": ({"X": _D, "y": _T, "theta": _P}, {"J": _COST}),
    "computeCostMulti": ({"X": _D, "y": _T, "theta": _P}, {"J": _COST}),
    "gradientDescent": ({"X": _D, "y": _T, "theta": _P, "alpha": _SC, "num_iters": _S}, {}),
    "gradientDescentMulti": ({"X": _D, "y": _T, "theta": _P, "alpha": _SC, "num_iters": _S}, {}),
    "featureNormalize": ({"X": _D}, {}),
    "normalEqn": ({"X": _D, "y": _T}, {}),
    "sigmoid": ({"z": _DA}, {}),
    "costFunction": ({"theta": _P, "X": _D, "y": _T}, {"J": _COST, "grad": _GRAD}),
    "costFunctionReg": ({"theta": _P, "X": _D, "y": _T, "lambda": _LAM}, {"J": _COST, "grad": _GRAD}),
    "ex2/predict": ({"theta": _P, "X": _D}, {}),
    "mapFeature": ({"X1": _DA, "X2": _DA}, {}),
    "lrCostFunction": ({"theta": _P, "X": _D, "y": _T, "lambda": _LAM}, {"J": _COST, "grad": _GRAD}),
    "predictOneVsAll": ({"all_theta": _DA, "X": _D}, {"p": _LOUT}),
    "ex3/predict": ({"Theta1": _DA, "Theta2": _DA, "X": _D}, {"p": _LOUT}),
    "linearRegCostFunction": ({"X": _D, "y": _T, "theta": _P, "lambda": _LAM}, {"J": _COST, "grad": _GRAD}),
    "polyFeatures": ({"X": _DA, "p": _S}, {}),
    "trainLinearReg": ({"X": _D, "y": _T, "lambda": _LAM}, {}),
    "learningCurve": ({"X": _D, "y": _T, "Xval": _D, "yval": _T, "lambda": _LAM}, {}),
    "validationCurve": ({"X": _D, "y": _T, "Xval": _D, "yval": _T}, {}),
    "gaussianKernel": ({"x1": _DA, "x2": _DA, "sigma": _SC}, {}),
    "findClosestCentroids": ({"X": _D, "centroids": _DA}, {"idx": _LOUT}),
    "computeCentroids": ({"X": _D, "idx": _L, "K": _S}, {}),
    "pca": ({"X": _D}, {}),
    "projectData": ({"X": _D, "U": _DA, "K": _S}, {}),
    "recoverData": ({"Z": _DA, "U": _DA, "K": _S}, {}),
    "estimateGaussian": ({"X": _D}, {}),
    "multivariateGaussian": ({"X": _D, "mu": _DA, "Sigma2": _DA}, {}),
    "selectThreshold": ({"yval": _T, "pval": _DA}, {}),
    "cofiCostFunc": ({"params": _P, "Y": _DA, "R": _M, "num_users": _S, "num_movies": _S, "num_features": _S,
                      "lambda": _LAM}, {"J": _COST, "grad": _GRAD}),
}


def _roles(name: str, outputs: tuple) -> Roles:
    inputs, outs = ROLES[name]
    return Roles(inputs, {o: outs.get(o, _ODATA) for o in outputs})

#: Outputs defined up to the sign of each column (singular vectors).
_SIGN_FREE = {"pca": ("U",)}


def _build(exercise: str, function: str, roles: Roles, size: str = "debug", lambdas=None) -> list[InputSet]:
    """The course's inputs at each lambda (default: 0 and one that is not 1), then, at debug size,
    the sets of :mod:`.families` that expose mistakes the course's inputs hide (at the largest lambda)."""
    if size not in ("debug", "full"):
        raise ValueError(f"size={size!r}; choose one of ['debug', 'full']")
    builder = course_inputs.BUILDERS[(exercise, function)]
    name = f"{exercise}/{function}" if function in _SHARED_NAMES else function
    values = {**builder(), **families.BASE_OVERRIDES.get(name, {})}
    lam_values = [None]
    if "lambda" in values:
        lam_values = list(families.default_lambdas(values["lambda"]) if lambdas is None else map(float, lambdas))
        if function == "trainLinearReg" and lambdas is None:
            lam_values = [float(values["lambda"])]
    sets = []
    for lam in lam_values:
        v = dict(values)
        label = "course shapes"
        if lam is not None:
            v["lambda"] = float(lam)
            label = f"course shapes, lambda={float(lam):g}"
        sets.append(InputSet(label, v, f"{exercise} {function}: deterministic inputs of the course's shapes", roles=roles))
    if size == "debug" and lam_values:
        top = max((lam for lam in lam_values if lam is not None), default=None)
        base = {**values, **({"lambda": top} if top is not None else {})}
        for label, v, desc in families.extra_sets(name, base):
            v = {**v, **({"lambda": top} if top is not None else {})}
            sets.append(InputSet(label if top is None else f"{label}, lambda={top:g}", v, desc, roles=roles))
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


def _make(exercise: str, function: str) -> Case:
    sig = read_m_signature(reference_dir(exercise) / f"{function}.m")
    name = f"{exercise}/{function}" if function in _SHARED_NAMES else function
    roles = _roles(name, sig.outputs)
    aliases = (f"{exercise}.{function}", f"{exercise}/{function}") if function in _SHARED_NAMES else (f"{exercise}/{function}",)
    return Case(
        name=name,
        aliases=aliases,
        exercise=exercise,
        reference=function,
        port=f"portcheck.ports.{exercise}:{function}",
        outputs=sig.outputs,
        build_inputs=partial(_build, exercise, function, roles),
        blocks=_BLOCKS.get(function),
        description=f"{exercise} {function}",
        sign_free=_SIGN_FREE.get(function, ()),
        roles=roles,
    )


@cache
def _cases() -> tuple[Case, ...]:
    return tuple(_make(ex, fn) for ex, fn in _TABLE if (ex, fn) in course_inputs.BUILDERS)


def __getattr__(name: str):  # PEP 562: CASES reads 29 .m signatures on first use, not at import
    if name == "CASES":
        return _cases()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
