"""portcheck: prove a NumPy port of MATLAB/Octave code does what the original does.

The public Python API is small and light to import (nothing here loads numpy,
oct2py or Octave): :func:`assert_parity` for tests, and the exceptions. The
library modules (``portcheck.pipeline``, ``portcheck.gradcheck``, ...) are
imported where they are used.
"""
from .errors import ParityError, PortcheckError, UsageError
from .parity import assert_parity

__all__ = ["assert_parity", "ParityError", "PortcheckError", "UsageError"]
