"""Command-line interface: argument parsing, streams and exit codes only.

Exit codes: 0 parity, 1 divergence (a port or reference that raises included),
2 usage or environment error (one line on stderr, then an optional ``Tip:``),
3 an internal error in portcheck itself. Reports go to stdout (``--json``: one
JSON document on stdout); progress and errors go to stderr.
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
import time
import traceback
import warnings

from .errors import PortcheckError

__all__ = ["main", "build_parser"]

EXIT_PARITY, EXIT_DIVERGENCE, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

#: Modules that add subcommands: each has register(subparsers) and sets args.func.
_EXTENSIONS = ("portcheck.cli_gradcheck", "portcheck.cli_course", "portcheck.trace.cli")  # optional: each may be absent


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line and a tip, the project's error shape."""

    def error(self, message):
        self.exit(EXIT_USAGE, f"portcheck: error: {message}\nTip: run '{self.prog} --help' for the options\n")


def _float_list(text: str) -> list[float]:
    try:
        return [float(t) for t in text.split(",") if t.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected numbers separated by commas, got {text!r}") from None


def _positive(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not v > 0:
        raise argparse.ArgumentTypeError(f"must be > 0, got {text!r}")
    return v


def _nonnegative(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not v >= 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {text!r}")
    return v


def add_common_options(p: argparse.ArgumentParser) -> None:
    """Options shared by the commands that run Octave."""
    p.add_argument("--timeout", type=_positive, default=None, metavar="S",
                   help="seconds any one Octave call, or one call of the port, may take before it is stopped (default 120)")
    p.add_argument("--json", action="store_true", help="print one JSON document on stdout instead of the report")


def build_parser() -> argparse.ArgumentParser:
    from importlib import metadata

    try:
        version = metadata.version("portcheck")
    except metadata.PackageNotFoundError:  # pragma: no cover
        version = "unknown"
    parser = _Parser(prog="portcheck", description="Check a NumPy port of MATLAB/Octave code against the Octave original, and name the mistake when they differ.")
    parser.add_argument("--version", action="version", version=f"portcheck {version}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    c = sub.add_parser("compare", help="run the Octave reference and a Python port on the same inputs and compare every output",
                       description="Run the Octave reference and a Python port on the same inputs, compare every output, and diagnose differences.")
    c.add_argument("case", nargs="?", help="built-in case, e.g. nnCost (see 'portcheck list')")
    c.add_argument("--python", metavar="FILE.py:FUNC", help="your port (default: the bundled correct port)")
    c.add_argument("--lambda", dest="lambdas", type=_float_list, metavar="L[,L...]",
                   help="regularisation strength(s), one input set each (default 0,3)")
    c.add_argument("--size", choices=("debug", "full"), default="debug",
                   help="debug: the course's gradient-check network; full: the exercise's real shapes (default debug)")
    c.add_argument("--rtol", type=_nonnegative, default=None, help="relative tolerance (default 1e-9)")
    c.add_argument("--atol", type=_nonnegative, default=None, help="absolute tolerance (default 1e-12)")
    c.add_argument("--strict-shapes", action="store_true", help="fail (n,) vs (n,1) instead of noting it")
    c.add_argument("--args", dest="arg_map", metavar="PORT=OCTAVE,...", help="map port arguments to reference inputs by hand")
    c.add_argument("--all", action="store_true", help="every built-in case (and every case in portcheck.toml) in one Octave session, with a summary table")
    c.add_argument("--octave", metavar="PATH.m", help="your own reference .m file (with --python and --inputs)")
    c.add_argument("--inputs", metavar="FILE.npz|FILE.mat", help="input values for --octave, keyed by the .m argument names")
    c.add_argument("--markdown", action="store_true", help="print a Markdown summary instead of the report")
    c.add_argument("--no-diagnose", action="store_true", help="compare only; skip the diagnosis probes")
    c.add_argument("--no-trace", action="store_true",
                   help="when the diagnosis is unexplained, do not run 'portcheck trace' to find the first divergent line")
    c.add_argument("-v", "--verbose", action="store_true", help="show supporting details of every finding")
    add_common_options(c)
    c.set_defaults(func=cmd_compare)

    l = sub.add_parser("list", help="list the built-in cases with their reference file and port")
    l.add_argument("--json", action="store_true")
    l.set_defaults(func=cmd_list)

    for mod_name in _EXTENSIONS:
        try:
            mod = __import__(mod_name, fromlist=["register"])
        except ImportError:
            continue
        mod.register(sub)
    return parser


def cmd_list(args) -> int:
    import json

    from .cases import all_cases

    cases = all_cases()

    def ref(c):
        return getattr(c, "reference_label", None) or f"reference_octave/{c.exercise}/{c.reference}.m"

    if args.json:
        print(json.dumps([{"name": c.name, "aliases": list(c.aliases), "reference": ref(c),
                           "port": c.port, "outputs": list(c.outputs), "description": c.description} for c in cases], indent=2))
        return EXIT_PARITY
    from .report import _render, _table

    rows = [(c.name, ref(c), c.port, ", ".join(a for a in c.aliases if a.lower() not in (f"{c.exercise}/{c.reference}".lower(), c.name.lower())))
            for c in cases]
    own = sum(1 for c in cases if hasattr(c, "port_path_spec"))
    title = f"{len(cases) - own} built-in case(s)" + (f" and {own} from portcheck.toml" if own else "")
    print(_render([title, _table(None, ("case", "reference", "port", "aliases"), rows, wrap=(3,))], 130))
    return EXIT_PARITY


def cmd_compare(args) -> int:
    from .cases import get_case
    from .compare import DEFAULT_ATOL, DEFAULT_RTOL
    from .errors import UsageError
    from .pipeline import compare_case
    from .runner import load_port
    from .signature import parse_args_override

    if args.all or args.octave:
        from . import cli_course  # the whole course and users' own .m files (issue 5)

        if args.all and (args.case or args.octave):
            raise UsageError("--all runs every case; drop the case name and --octave, or drop --all")
        return cli_course.compare_all(args) if args.all else cli_course.compare_user(args)
    if args.inputs:
        raise UsageError("--inputs goes with --octave PATH.m; built-in cases build their own inputs")
    if not args.case:
        raise UsageError("compare needs a case name, e.g. 'portcheck compare nnCost'", tip="run 'portcheck list' to see the built-in cases")
    case = get_case(args.case)
    if hasattr(case, "port_path_spec"):  # a [[case]] of portcheck.toml: its own port, tolerances and paths
        from . import cli_course

        return cli_course.compare_project(args, case)
    port = load_port(args.python, timeout=args.timeout) if args.python else None
    overrides = parse_args_override(args.arg_map) if args.arg_map else None
    reproduce = reproduce_line(f"portcheck compare {case.name}")
    with _progress(f"running Octave {case.name} and the port", enabled=not args.json) as _:
        result = compare_case(case, port=port, port_label=args.python, size=args.size, lambdas=args.lambdas,
                              rtol=DEFAULT_RTOL if args.rtol is None else args.rtol,
                              atol=DEFAULT_ATOL if args.atol is None else args.atol,
                              strict_shapes=args.strict_shapes, arg_overrides=overrides, timeout=args.timeout,
                              diagnose=not args.no_diagnose, reproduce=reproduce)
    result = auto_trace(args, result, case, port)
    return print_result(args, result)


def auto_trace(args, result, case, port=None):
    """An unexplained diagnosis gets its first divergent line from ``portcheck trace`` (issue 12)."""
    try:
        from .trace.cli import auto_trace as run
    except ImportError:  # pragma: no cover - the trace package is optional
        return result
    return run(args, result, case, port)


def print_result(args, result) -> int:
    """Print a CompareResult as --json, --markdown or the text report; return its exit code."""
    from .report import render_json, render_markdown, render_text

    if args.json:
        print(render_json(result))
    elif getattr(args, "markdown", False):
        print(render_markdown(result))
    else:
        print(render_text(result, verbose=getattr(args, "verbose", False)))
    return result.exit_code


def reproduce_line(default: str) -> str:
    """The command as typed (quoted) when it was ``portcheck compare ...``, else ``default``."""
    import shlex

    if sys.argv[1:2] == ["compare"]:
        return " ".join(["portcheck"] + [shlex.quote(a) for a in sys.argv[1:]])
    return default


class _progress:
    """A spinner on stderr while something runs, only when stderr is a terminal."""

    def __init__(self, text: str, enabled: bool = True):
        self.text = text
        self.enabled = enabled and sys.stderr.isatty()
        self._status = None

    def __enter__(self):
        if self.enabled:
            from rich.console import Console

            self._status = Console(stderr=True).status(self.text)
            self._status.__enter__()
        return self

    def __exit__(self, *exc):
        if self._status is not None:
            self._status.__exit__(*exc)
        return False


class _Terminated(SystemExit):
    """SIGTERM as an exception, so that finally-blocks and atexit close Octave."""


class ProgressBar:
    """A rich progress bar on stderr, shown only on a terminal and only once a task has run 1 s.

    Call it as ``bar(done, total)`` (the shape of the library's progress hooks);
    ``close()`` at the end. Nothing is drawn for quick tasks or when piped.
    """

    def __init__(self, text: str, enabled: bool = True):
        self.text = text
        self.enabled = enabled and sys.stderr.isatty()
        self.bar = self.task = None
        self.t0 = time.perf_counter()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            if time.perf_counter() - self.t0 < 1.0:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

            self.bar = Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), transient=True, console=Console(stderr=True))
            self.bar.start()
            self.task = self.bar.add_task(self.text, total=total)
        self.bar.update(self.task, completed=done, total=max(total, done))

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _on_sigterm(signum, frame):
    raise _Terminated(128 + signum)


def main(argv=None) -> int:
    """Entry point of the ``portcheck`` console script.

    Returns the exit code: 0 parity, 1 divergence, 2 usage or environment
    error, 3 internal error, 130 interrupted (SIGINT); SIGTERM exits with 143.
    Every Octave started here is stopped before returning, whatever happened.
    """
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if threading_main() else None
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
    from .runner import port_time_limit

    try:
        with port_time_limit(getattr(args, "timeout", None)), warnings.catch_warnings():
            # NaN/Inf in a port's outputs make portcheck's own analysis warn
            # ("invalid value encountered"); the report already says it all.
            # Warnings raised in the user's code are left alone.
            warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"portcheck(\.|$)")
            warnings.filterwarnings("ignore", message="Casting complex values to real", module=r"portcheck(\.|$)")
            return int(args.func(args))
    except PortcheckError as exc:
        details = getattr(exc, "details", None)
        if details:
            print(details, file=sys.stderr)
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
        print("portcheck: internal error (a bug in portcheck, not in your code); please report it with the traceback above", file=sys.stderr)
        return EXIT_INTERNAL


def threading_main() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
