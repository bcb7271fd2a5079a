"""Command-line interface: argument parsing, streams and exit codes only.

One module per command -- :mod:`.compare` (``compare``, one case, ``--all`` or
``--octave``), :mod:`.cases` (``list``, ``new``), :mod:`.gradcheck`
(``gradcheck``, ``sweep``), :mod:`.trace` (``trace``) -- each parsing its options, calling the library and
printing what it returns; :mod:`.common` holds what they share.

Exit codes: 0 parity, 1 divergence (a port or reference that raises included),
2 usage or environment error (one line on stderr, then an optional ``Tip:``),
3 an internal error in portcheck itself. Reports go to stdout (``--json``: one
JSON document on stdout); progress and errors go to stderr.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import traceback
import warnings

from ..errors import PortcheckError
from . import cases, compare, gradcheck, trace
from .common import EXIT_INTERNAL, EXIT_PARITY, EXIT_USAGE, Parser

__all__ = ["main", "build_parser"]


def build_parser() -> Parser:
    """The ``portcheck`` parser with every command."""
    from importlib import metadata

    try:
        version = metadata.version("portcheck")
    except metadata.PackageNotFoundError:  # pragma: no cover
        version = "unknown"
    parser = Parser(prog="portcheck", description="Check a NumPy port of MATLAB/Octave code against the Octave original, "
                                                  "and name the mistake when they differ.")
    parser.add_argument("--version", action="version", version=f"portcheck {version}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    compare.register(sub)
    trace.register(sub)
    cases.register_list(sub)
    gradcheck.register(sub)
    cases.register_new(sub)
    return parser


class _Terminated(SystemExit):
    """SIGTERM as an exception, so that finally-blocks and atexit close Octave."""


def _on_sigterm(signum, frame):
    raise _Terminated(128 + signum)


def main(argv=None) -> int:
    """Entry point of the ``portcheck`` console script.

    Returns the exit code: 0 parity, 1 divergence, 2 usage or environment
    error, 3 internal error, 130 interrupted (SIGINT); SIGTERM exits with 143.
    Every Octave started here is stopped before returning, whatever happened.
    """
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if in_main_thread else None
    try:
        return _run(argv)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _run(argv) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    from ..runner import port_time_limit

    try:
        with port_time_limit(getattr(args, "timeout", None)), warnings.catch_warnings():
            # NaN/Inf in a port's outputs make portcheck's own analysis warn
            # ("invalid value encountered"); the report already says it all.
            # Warnings raised in the user's code are left alone.
            warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"portcheck(\.|$)")
            warnings.filterwarnings("ignore", message="Casting complex values to real", module=r"portcheck(\.|$)")
            return int(args.func(args))
    except PortcheckError as exc:
        if exc.details:
            print(exc.details, file=sys.stderr)
        print(f"portcheck: error: {exc.message}", file=sys.stderr)
        if exc.tip:
            print(f"Tip: {exc.tip}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("portcheck: interrupted; Octave was stopped", file=sys.stderr)
        return 130
    except _Terminated:
        print("portcheck: terminated (SIGTERM); Octave was stopped", file=sys.stderr)
        raise
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PARITY
    except Exception:
        traceback.print_exc()
        print("portcheck: internal error (a bug in portcheck, not in your code); please report it with the traceback "
              "above", file=sys.stderr)
        return EXIT_INTERNAL
