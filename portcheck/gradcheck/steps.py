"""Step rules: the finite-difference step from the dtype's machine epsilon and the scale of x."""
from __future__ import annotations

import numpy as np

from ._validation import check_choice, working_float

__all__ = ["METHODS", "METHOD_ORDER", "machine_epsilon", "relative_step", "default_step",
           "step_rule_text"]

#: Derivative methods, in the order the CLI lists them.
METHODS = ("central", "forward", "complex", "richardson")

#: Order p of the truncation error O(h^p) of each method.
METHOD_ORDER = {"forward": 1, "central": 2, "complex": 2, "richardson": 4}

_RULE_TEXT = {"forward": "eps^(1/2)", "central": "eps^(1/3)", "richardson": "eps^(1/5)",
              "complex": "eps"}


def machine_epsilon(dtype):
    """Machine epsilon of a real floating dtype (``np.finfo(dtype).eps``).

    Parameters
    ----------
    dtype : dtype-like
        ``float16``, ``float32``, ``float64`` or ``longdouble``.

    Returns
    -------
    eps : float
        2.22e-16 for float64, 1.19e-07 for float32.
    """
    return float(np.finfo(working_float("dtype", dtype)).eps)


def relative_step(method="central", dtype=np.float64):
    """The relative step of ``method`` for ``dtype``: the h that minimises total error at scale 1.

    Parameters
    ----------
    method : {'central', 'forward', 'complex', 'richardson'}
    dtype : dtype-like
        The precision the cost is computed in (float32 ports get float32 steps).

    Returns
    -------
    rstep : float
        ``eps**(1/2)`` (forward), ``eps**(1/3)`` (central), ``eps**(1/5)``
        (Richardson), ``eps`` (complex step).

    Notes
    -----
    A difference formula with truncation error ``C h^p`` and rounding error
    ``eps_f |f| / h`` has total error minimised at ``h ~ eps_f^(1/(p+1)) x_c``,
    where ``x_c`` is the scale over which f changes (Numerical Recipes, 3rd ed.,
    section 5.7, eqs. 5.7.5-5.7.8): ``eps^(1/2)`` for forward differences (p = 1),
    ``eps^(1/3)`` for central differences (p = 2; 6.06e-06 for float64, 4.92e-03
    for float32), and ``eps^(1/5)`` for Richardson-extrapolated central
    differences (p = 4). scipy uses the same rules in
    ``scipy/optimize/_numdiff.py`` (``_eps_for_method``: ``EPS**0.5`` for
    '2-point', ``EPS**(1/3)`` for '3-point', computed in the smaller of the
    dtypes of x0 and f0).

    The complex step ``Im f(x + ih)/h`` has no subtractive cancellation, so there
    is no rounding arm to balance: any h with ``h^2 |f'''|/6 < eps |f'|`` is
    exact to machine precision (Squire & Trapp, SIAM Review 40(1), 1998; Martins,
    Sturdza & Alonso, ACM TOMS 29(3), 2003). ``eps`` puts the truncation error
    at ``eps^2`` while staying ~290 decades above float64 underflow. (scipy's
    'cs' uses ``EPS**0.5``, which is also below the precision floor.)
    """
    check_choice("method", method, METHODS)
    eps = machine_epsilon(dtype)
    if method == "complex":
        return eps
    return eps ** (1.0 / (METHOD_ORDER[method] + 1))


def default_step(x, method="central", dtype=None):
    """Absolute per-entry steps ``relative_step(method, dtype) * max(1, |x|)``.

    Parameters
    ----------
    x : array_like, shape (n,) or any shape
        The point the derivative is taken at.
    method : {'central', 'forward', 'complex', 'richardson'}
    dtype : dtype-like, optional
        Precision of the cost; defaults to ``x``'s dtype if it is a real float,
        else float64.

    Returns
    -------
    h : ndarray of float64, same shape as ``x``
        The step for each entry.

    Notes
    -----
    ``max(1, |x|)`` is the scale ``x_c`` of Numerical Recipes section 5.7, as in
    scipy's ``_compute_absolute_step`` (``rstep * max(1, |x0|)``): relative to
    ``x`` for large entries, absolute near zero. The step actually taken is
    ``(x + h) - x`` in the working dtype (Numerical Recipes eq. 5.7.4); the
    kernels use that realised difference, not ``h``.
    """
    x = np.asarray(x)
    if dtype is None:
        dtype = x.dtype if x.dtype.kind == "f" else np.float64
    rstep = relative_step(method, dtype)
    return rstep * np.maximum(1.0, np.abs(x.astype(np.float64)))


def step_rule_text(method, rstep=None, user=False):
    """The step rule in words: ``'eps^(1/3) = 6.06e-06 x max(1, |x|)'``.

    With ``user=True``: ``'user step 1.00e-04 x max(1, |x|)'``.
    """
    check_choice("method", method, METHODS)
    if user:
        return f"user step {rstep:.2e} x max(1, |x|)"
    value = "" if rstep is None else f" = {rstep:.2e}"
    return f"{_RULE_TEXT[method]}{value} x max(1, |x|)"
