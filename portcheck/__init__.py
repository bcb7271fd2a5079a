"""portcheck: prove a NumPy port of MATLAB/Octave code does what the original does.

The public Python API (docs/api.md), light to import -- nothing here loads
numpy, oct2py or Octave:

``compare(case_or_reference, python=None, inputs=None, *, session=None, **options)``
    Compare a port with its Octave reference; a :class:`CompareResult`, never raises on a divergence.
``assert_parity(reference, port=None, inputs=None, **options)``
    The same, raising :class:`ParityError` (an ``AssertionError``) on a divergence.
``gradcheck(fun, x0, **options)``
    Check a gradient with finite differences; a :class:`GradientCheck`.
``session()``
    A context manager: one Octave for every call inside it.

The library's layers (``portcheck.workflow``, ``portcheck.gradcheck``, ...) are
walked through in docs/architecture.md.
"""
import sys as _sys
import types as _types

from .api import assert_parity, close_shared, compare, session
from .api import gradcheck as _gradcheck_function
from .errors import (OctaveError, OctaveNotFound, ParityError, PortcheckError, SnapshotError, SnapshotMissing,
                     SnapshotStale, UsageError)
from .resources import VERSION as __version__

__all__ = ["compare", "assert_parity", "gradcheck", "session", "close_shared", "CompareResult", "GradientCheck",
           "PortcheckError", "UsageError", "OctaveNotFound", "OctaveError", "ParityError", "SnapshotError",
           "SnapshotMissing", "SnapshotStale", "__version__"]


class _Gradcheck:
    """``portcheck.gradcheck(fun, x0, **options)``; its attributes are those of the package ``portcheck.gradcheck``.

    The function and the subpackage share the name: calling it checks a gradient
    (:func:`portcheck.api.gradcheck`), and ``portcheck.gradcheck.check_gradient``
    and friends still resolve.
    """

    __wrapped__ = _gradcheck_function
    __doc__ = _gradcheck_function.__doc__

    def __call__(self, fun, x0, **options):
        return _gradcheck_function(fun, x0, **options)

    def __getattr__(self, name):
        import importlib

        return getattr(importlib.import_module(__name__ + ".gradcheck"), name)

    def __repr__(self) -> str:
        return "<function portcheck.gradcheck(fun, x0, **options)>"


_GRADCHECK = _Gradcheck()


class _Package(_types.ModuleType):
    """The ``portcheck`` module: keeps ``portcheck.gradcheck`` the API function once the subpackage is imported."""

    @property
    def gradcheck(self):
        return _GRADCHECK

    @gradcheck.setter
    def gradcheck(self, value):  # the import system binds the subpackage here; the name stays the function
        pass


_sys.modules[__name__].__class__ = _Package


def __getattr__(name):  # the result types, imported on first use (they need numpy)
    if name == "CompareResult":
        from .workflow.pipeline import CompareResult

        return CompareResult
    if name == "GradientCheck":
        from .gradcheck.results import GradientCheck

        return GradientCheck
    raise AttributeError(f"module 'portcheck' has no attribute {name!r}")
