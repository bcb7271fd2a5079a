"""portcheck: prove a NumPy port of MATLAB/Octave code does what the original does.

The public Python API is small and light to import (nothing here loads numpy,
oct2py or Octave): :func:`assert_parity` for tests, and the exceptions. The
library modules (``portcheck.workflow``, ``portcheck.gradcheck``, ...) are
imported where they are used; docs/architecture.md walks through the layers.
"""
from .errors import ParityError, PortcheckError, UsageError
from .workflow.parity import assert_parity

__all__ = ["assert_parity", "ParityError", "PortcheckError", "UsageError"]
