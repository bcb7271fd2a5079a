"""Octave source that computes a central-difference gradient inside Octave, in one call."""
from __future__ import annotations

import re

import numpy as np

from ._validation import GradcheckUsageError, check_positive
from .steps import relative_step

__all__ = ["octave_numerical_gradient_code"]

_IDENT = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def _ident(name, what):
    if not isinstance(name, str) or not _IDENT.match(name):
        raise GradcheckUsageError(
            f"{what}={name!r} is not an Octave identifier; assign the value to a variable in "
            "the Octave session and pass its name.")
    return name


def octave_numerical_gradient_code(func_name, args, *, wrt=0, step=None, out="numgrad", values=None):
    """Octave code that leaves the central-difference gradient of a cost in variable ``out``.

    Parameters
    ----------
    func_name : str
        The Octave cost function, e.g. ``"nnCostFunction"``; its first output is J.
    args : sequence of str
        Names of Octave variables passed to it, in order, e.g.
        ``["nn_params", "input_layer_size", "hidden_layer_size", "num_labels", "X", "y",
        "lambda"]``.
    wrt : int
        Position in ``args`` of the parameter vector to differentiate (0-based).
    step : float, optional
        Relative step; default ``eps^(1/3)`` for double (6.06e-06), see
        :func:`~portcheck.gradcheck.steps.relative_step`.
    out : str
        Name of the Octave variable that receives the gradient (a column, ``numel(theta) x 1``).
    values : str, optional
        Also evaluate at twice the step and leave, in this variable, one row per
        entry: ``f(theta + h), f(theta - h), f(theta + 2h), f(theta - 2h)`` and the
        realised widths ``(theta + h) - (theta - h)``, ``(theta + 2h) - (theta - 2h)``
        (4N evaluations): what :mod:`portcheck.gradcheck.core` needs to judge each entry.

    Returns
    -------
    code : str
        One block to run in a single Octave call (then fetch ``out``): a loop over
        the entries inside Octave, 2N cost evaluations, no round trips. Temporary
        variables are prefixed ``portcheck_`` and cleared at the end.

    Notes
    -----
    Same rule as the Python side: ``h_i = step * max(1, |theta_i|)``, realised as
    ``(theta_i + h_i) - (theta_i - h_i)`` in double (Numerical Recipes section
    5.7; scipy ``_numdiff``). The course's ``computeNumericalGradient`` uses a
    fixed ``e = 1e-4``, on the truncation arm for most costs.
    """
    _ident(func_name, "func_name")
    args = [_ident(a, "args entry") for a in args]
    _ident(out, "out")
    if not isinstance(wrt, (int, np.integer)) or not 0 <= wrt < len(args):
        raise GradcheckUsageError(
            f"wrt={wrt!r} must index args (0..{len(args) - 1}): the position of the parameters.")
    rs = relative_step("central", np.float64) if step is None else check_positive("step", step)
    theta = args[wrt]
    call_p = ", ".join("portcheck_tp" if k == wrt else a for k, a in enumerate(args))
    call_m = ", ".join("portcheck_tm" if k == wrt else a for k, a in enumerate(args))
    if values is not None:
        return _code_with_values(func_name, args, wrt, rs, out, _ident(values, "values"))
    return "\n".join([
        f"portcheck_rs = {float(rs)!r};  % relative step: eps^(1/3), Numerical Recipes 5.7",
        f"portcheck_theta = {theta};",
        f"{out} = zeros(numel(portcheck_theta), 1);",
        "for portcheck_i = 1:numel(portcheck_theta)",
        "  portcheck_h = portcheck_rs * max(1, abs(portcheck_theta(portcheck_i)));",
        "  portcheck_tp = portcheck_theta;",
        "  portcheck_tp(portcheck_i) = portcheck_theta(portcheck_i) + portcheck_h;",
        "  portcheck_tm = portcheck_theta;",
        "  portcheck_tm(portcheck_i) = portcheck_theta(portcheck_i) - portcheck_h;",
        f"  {out}(portcheck_i) = ({func_name}({call_p}) - {func_name}({call_m})) / "
        "(portcheck_tp(portcheck_i) - portcheck_tm(portcheck_i));",
        "end",
        "clear portcheck_rs portcheck_theta portcheck_i portcheck_h portcheck_tp portcheck_tm",
    ]) + "\n"


def _code_with_values(func_name, args, wrt, rs, out, values) -> str:
    """The loop at h and 2h, keeping every value (see ``values`` above)."""
    call = ", ".join("portcheck_t" if k == wrt else a for k, a in enumerate(args))
    return "\n".join([
        f"portcheck_rs = {float(rs)!r};  % relative step: eps^(1/3), Numerical Recipes 5.7",
        f"portcheck_theta = {args[wrt]};",
        f"{values} = zeros(numel(portcheck_theta), 6);",
        "portcheck_m = [1, -1, 2, -2];  % x + h, x - h, x + 2h, x - 2h",
        "portcheck_x = zeros(1, 4);",
        "for portcheck_i = 1:numel(portcheck_theta)",
        "  portcheck_h = portcheck_rs * max(1, abs(portcheck_theta(portcheck_i)));",
        "  for portcheck_k = 1:4",
        "    portcheck_t = portcheck_theta;",
        "    portcheck_t(portcheck_i) = portcheck_theta(portcheck_i) + portcheck_m(portcheck_k) * portcheck_h;",
        f"    {values}(portcheck_i, portcheck_k) = {func_name}({call});",
        "    portcheck_x(portcheck_k) = portcheck_t(portcheck_i);",
        "  end",
        f"  {values}(portcheck_i, 5:6) = [portcheck_x(1) - portcheck_x(2), portcheck_x(3) - portcheck_x(4)];",
        "end",
        f"{out} = ({values}(:, 1) - {values}(:, 2)) ./ {values}(:, 5);",
        "clear portcheck_rs portcheck_theta portcheck_i portcheck_h portcheck_k portcheck_m portcheck_t portcheck_x",
    ]) + "\n"
