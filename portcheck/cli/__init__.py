"""Command-line interface: argument parsing, streams and exit codes only.

One module per command -- :mod:`.compare` (``compare``, one case, ``--all`` or
``--octave``), :mod:`.cases` (``list``, ``new``), :mod:`.gradcheck`
(``gradcheck``, ``sweep``), :mod:`.record` (``record``), :mod:`.trace` (``trace``) -- each
parsing its options, calling the library and emitting what it returns; :mod:`.common`
holds what they share.

Exit codes: 0 parity, 1 divergence (a port or reference that raises included),
2 usage or environment error (one line on stderr, then an optional ``Tip:``),
3 an internal error in portcheck itself. Reports go to stdout; with ``--json``
stdout holds exactly one JSON document, an error's included
(``{"error": ..., "tip": ..., "exit_code": 2}``); progress and errors go to
stderr. Nothing else reaches stdout (see :class:`~.common.Output`), and the exit
code does not depend on who reads it.
"""
from __future__ import annotations

import signal
import sys
import threading
import traceback
import warnings

from ..errors import PortcheckError
from ..resources import DISTRIBUTION, VERSION
from . import cases, compare, gradcheck, record, trace
from .common import EXIT_INTERNAL, EXIT_USAGE, Parser, environment_error, output, wants_json

__all__ = ["main", "build_parser"]

#: Optional modules and the extra that installs each (``pip install 'octave-portcheck[plot]'``).
EXTRAS = {"matplotlib": "plot"}


def build_parser() -> Parser:
    """The ``portcheck`` parser with every command."""
    parser = Parser(prog="portcheck", description="Check a NumPy port of MATLAB/Octave code against the Octave original, "
                                                  "and name the mistake when they differ.")
    parser.add_argument("--version", action="version", version=f"portcheck {VERSION} ({DISTRIBUTION})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    compare.register(sub)
    trace.register(sub)
    cases.register_list(sub)
    gradcheck.register(sub)
    cases.register_new(sub)
    record.register(sub)
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
    argv = sys.argv[1:] if argv is None else list(argv)
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if in_main_thread else None
    out = None
    try:
        with output(wants_json(argv)) as out:
            code = _run(argv, out)
        if out.json_mode and out.document is None:
            out.emit(f'{{"exit_code": {code}}}')
        return code
    finally:
        if out is not None:
            out.write()  # after the guard: the report, or the one JSON document (SIGTERM's included)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _fail(out, message: str, code: int, tip: str | None = None, details: str | None = None) -> int:
    """One line on stderr (after ``details``), a ``Tip:``; with ``--json`` the error is the document too."""
    if details:
        print(details, file=sys.stderr)
    print(f"portcheck: error: {message}", file=sys.stderr)
    if tip:
        print(f"Tip: {tip}", file=sys.stderr)
    out.error(message, code, tip)
    return code


def _run(argv, out) -> int:
    try:
        parser = build_parser()
        args = _parse(parser, argv, out)
        if args is None:  # --help or --version: done
            return 0
        if not getattr(args, "func", None):
            parser.print_help(sys.stderr)
            out.error("no command given", EXIT_USAGE, "run 'portcheck --help' for the commands")
            return EXIT_USAGE
        from ..runner import port_time_limit

        with port_time_limit(getattr(args, "timeout", None)), warnings.catch_warnings():
            # NaN/Inf in a port's outputs make portcheck's own analysis warn
            # ("invalid value encountered"); the report already says it all.
            # Warnings raised in the user's code are left alone.
            warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"portcheck(\.|$)")
            warnings.filterwarnings("ignore", message="Casting complex values to real", module=r"portcheck(\.|$)")
            return int(args.func(args))
    except PortcheckError as exc:
        return _fail(out, exc.message, exc.exit_code, exc.tip, exc.details)
    except ModuleNotFoundError as exc:
        missing = (exc.name or "").split(".")[0]
        if missing not in EXTRAS:
            return _internal(out)
        return _fail(out, f"this needs {missing}, which is not installed", EXIT_USAGE,
                     f"pip install '{DISTRIBUTION}[{EXTRAS[missing]}]'")
    except KeyboardInterrupt:
        print("portcheck: interrupted; Octave was stopped", file=sys.stderr)
        out.error("interrupted; Octave was stopped", 130)
        return 130
    except _Terminated:
        print("portcheck: terminated (SIGTERM); Octave was stopped", file=sys.stderr)
        out.error("terminated (SIGTERM); Octave was stopped", 143)
        raise
    except OSError as exc:  # the file system refused (read-only temp folder, permissions): exit 2, not 3
        known = environment_error(exc)
        return _fail(out, known[0], EXIT_USAGE, known[1]) if known else _internal(out)
    except Exception:
        return _internal(out)


def _parse(parser, argv, out):
    """The parsed arguments, or None after ``--help``/``--version``, whose text is emitted (the document with ``--json``)."""
    import io

    buffer, saved = io.StringIO(), sys.stdout
    sys.stdout = buffer  # argparse prints help and version on sys.stdout, which the guard points at stderr
    try:
        return parser.parse_args(argv)
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise
        if out.json_mode:
            import json

            sys.stderr.write(buffer.getvalue())
            out.emit(json.dumps({"output": buffer.getvalue(), "exit_code": 0}, indent=2))
        else:
            out.emit(buffer.getvalue().rstrip("\n"))
        return None
    finally:
        sys.stdout = saved


def _internal(out) -> int:
    traceback.print_exc()
    message = "internal error (a bug in portcheck, not in your code); please report it with the traceback above"
    print(f"portcheck: {message}", file=sys.stderr)
    out.error(message, EXIT_INTERNAL)
    return EXIT_INTERNAL
