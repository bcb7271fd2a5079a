"""What every command shares: exit codes, the parser's error shape, option types, printing, progress.

Only the CLI knows argparse, streams and exit codes (style.md): the library
returns results and raises :class:`~portcheck.errors.PortcheckError`; this
package turns them into text on stdout, one line (and a ``Tip:``) on stderr,
and an exit code.
"""
from __future__ import annotations

import argparse
import sys
import time

__all__ = ["EXIT_PARITY", "EXIT_DIVERGENCE", "EXIT_USAGE", "EXIT_INTERNAL", "Parser", "float_list", "positive",
           "nonnegative", "add_common_options", "print_compare_result", "Progress"]

EXIT_PARITY, EXIT_DIVERGENCE, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line and a tip, the project's error shape."""

    def error(self, message):
        self.exit(EXIT_USAGE, f"portcheck: error: {message}\nTip: run '{self.prog} --help' for the options\n")


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None


def float_list(text: str) -> list[float]:
    """``"0,3"`` -> ``[0.0, 3.0]``."""
    try:
        return [float(t) for t in text.split(",") if t.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected numbers separated by commas, got {text!r}") from None


def positive(text: str) -> float:
    """A number > 0."""
    v = _number(text)
    if not v > 0:
        raise argparse.ArgumentTypeError(f"must be > 0, got {text!r}")
    return v


def nonnegative(text: str) -> float:
    """A number >= 0."""
    v = _number(text)
    if not v >= 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {text!r}")
    return v


def add_common_options(p: argparse.ArgumentParser) -> None:
    """Options shared by the commands that run Octave."""
    p.add_argument("--timeout", type=positive, default=None, metavar="S",
                   help="seconds any one Octave call, or one call of the port, may take before it is stopped (default 120)")
    p.add_argument("--json", action="store_true", help="print one JSON document on stdout instead of the report")


def print_compare_result(args, result) -> int:
    """Print a comparison as ``--json``, ``--markdown`` or the text report; return its exit code."""
    from ..report import render_json, render_markdown, render_text

    if args.json:
        print(render_json(result))
    elif getattr(args, "markdown", False):
        print(render_markdown(result))
    else:
        print(render_text(result, verbose=getattr(args, "verbose", False)))
    return result.exit_code


class Progress:
    """Progress on stderr, drawn only on a terminal: a spinner, or a bar once counts arrive.

    Use it as a context manager. Without counts it shows ``text`` with a spinner
    at once (one long step, e.g. a comparison). Called as ``progress(done,
    total)`` -- the shape of the library's progress hooks -- it shows a bar, but
    only once the task has run 1 s, so quick tasks draw nothing.
    """

    def __init__(self, text: str, enabled: bool = True, *, spinner: bool = False):
        self.text = text
        self.enabled = enabled and sys.stderr.isatty()
        self.spinner = spinner
        self._bar = self._task = None
        self._t0 = time.perf_counter()

    def _start(self, total) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, SpinnerColumn, TimeElapsedColumn

        columns = (SpinnerColumn(), "[progress.description]{task.description}") if total is None else (
            "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        self._bar = RichProgress(*columns, transient=True, console=Console(stderr=True))
        self._bar.start()
        self._task = self._bar.add_task(self.text, total=total)

    def __enter__(self) -> "Progress":
        if self.enabled and self.spinner:
            self._start(None)
        return self

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            if time.perf_counter() - self._t0 < 1.0:
                return
            self._start(total)
        self._bar.update(self._task, completed=done, total=max(total, done))

    def __exit__(self, *exc) -> bool:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
        return False
