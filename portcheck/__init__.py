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

from . import api as _api
from .api import assert_parity, close_shared, session
from .errors import (OctaveError, OctaveNotFound, ParityError, PortcheckError, SnapshotError, SnapshotMissing,
                     SnapshotStale, UsageError)
from .resources import VERSION as __version__

__all__ = ["compare", "assert_parity", "gradcheck", "session", "close_shared", "CompareResult", "GradientCheck",
           "PortcheckError", "UsageError", "OctaveNotFound", "OctaveError", "ParityError", "SnapshotError",
           "SnapshotMissing", "SnapshotStale", "__version__"]


class _Entry:
    """An API function that shares its name with a module of the package (``compare``, ``gradcheck``).

    Calling it is the function of :mod:`portcheck.api`; its other attributes are
    the module's, so ``portcheck.gradcheck.check_gradient`` still resolves.
    """

    def __init__(self, function, module: str):
        self.__wrapped__ = function
        self.__doc__ = function.__doc__
        self._module = module

    def __call__(self, *args, **kwargs):
        return self.__wrapped__(*args, **kwargs)

    def _target(self):
        import importlib

        return importlib.import_module(self._module)

    def __getattr__(self, name):
        return getattr(self._target(), name)

    def __setattr__(self, name, value):  # portcheck.compare.X = ... patches the module, as it did
        if name in ("__wrapped__", "__doc__", "_module"):
            object.__setattr__(self, name, value)
        else:
            setattr(self._target(), name, value)

    def __repr__(self) -> str:
        return f"<function portcheck.{self.__wrapped__.__name__}>"


_ENTRIES = {"compare": _Entry(_api.compare, __name__ + ".compare"),
            "gradcheck": _Entry(_api.gradcheck, __name__ + ".gradcheck")}


def _entry(name):
    def get(module):
        return _ENTRIES[name]

    def put(module, value):  # the import system binds the module of that name here; the name stays the function
        pass

    return property(get, put)


class _Package(_types.ModuleType):
    """The ``portcheck`` module: ``compare`` and ``gradcheck`` stay the API functions once their modules are imported."""

    compare = _entry("compare")
    gradcheck = _entry("gradcheck")


_sys.modules[__name__].__class__ = _Package


def __getattr__(name):  # the result types, imported on first use (they need numpy)
    if name == "CompareResult":
        from .workflow.pipeline import CompareResult

        return CompareResult
    if name == "GradientCheck":
        from .gradcheck.results import GradientCheck

        return GradientCheck
    raise AttributeError(f"module 'portcheck' has no attribute {name!r}")
