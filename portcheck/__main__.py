"""``python -m portcheck`` is the same as the ``portcheck`` command."""
import sys

from .cli import main

sys.exit(main())
