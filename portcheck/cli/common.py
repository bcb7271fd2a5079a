"""What every command shares: exit codes, the parser's error shape, option types, output, progress.

Only the CLI knows argparse, streams and exit codes (style.md): the library
returns results and raises :class:`~portcheck.errors.PortcheckError`; this
package turns them into text on stdout, one line (and a ``Tip:``) on stderr,
and an exit code.

stdout holds only what a command emits (:func:`emit`) -- the report, or with
``--json`` exactly one JSON document -- written when the command ends
(:class:`Output`). While a command runs, file descriptor 1 and ``sys.stdout``
point at stderr, so a port's prints, a C library or a child process cannot
reach stdout, and a reader that closes the pipe early (``| head -1``) cannot
change the exit code.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from contextlib import contextmanager

__all__ = ["EXIT_PARITY", "EXIT_DIVERGENCE", "EXIT_USAGE", "EXIT_INTERNAL", "Parser", "float_list", "positive",
           "environment_error",
           "nonnegative", "add_common_options", "add_snapshot_options", "print_compare_result", "Progress", "Output",
           "emit", "terminal_width", "wants_json"]

EXIT_PARITY, EXIT_DIVERGENCE, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


#: errno values that say the file system refused (permissions, read-only, full, a file where a folder
#: was expected): the environment's state, never portcheck's logic.
_ENVIRONMENT_ERRNOS = ("EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "EISDIR", "ENOTDIR", "EEXIST", "ENAMETOOLONG",
                       "ELOOP")


def environment_error(exc: BaseException) -> tuple[str, str] | None:
    """``(line, tip)`` for an ``OSError`` the file system raised on a named path, else None (a bug: exit 3).

    The last line of defence for exit 2: a read-only or full temporary
    directory, a folder where a file was expected, a file nobody may read.
    """
    import errno

    if not isinstance(exc, OSError) or exc.filename is None:
        return None
    codes = {getattr(errno, name) for name in _ENVIRONMENT_ERRNOS if hasattr(errno, name)}
    if exc.errno not in codes:
        return None
    line = f"cannot use {str(exc.filename)!r}: {exc.strerror or exc}"
    tip = ("check the path and its permissions; if it is portcheck's temporary folder, point PORTCHECK_TEMP_DIR "
           "(or TMPDIR) at a writable folder with free space")
    return line, tip


class Parser(argparse.ArgumentParser):
    """argparse whose errors are :class:`~portcheck.errors.UsageError`: one line, a tip, exit 2 (JSON with ``--json``)."""

    def error(self, message):
        from ..errors import UsageError

        raise UsageError(message, tip=f"run '{self.prog} --help' for the options")


def wants_json(argv) -> bool:
    """Whether ``argv`` asks for ``--json`` (argparse's abbreviations ``--js``, ``--jso`` included), before any ``--``."""
    for arg in argv:
        if arg == "--":
            return False
        if len(arg) >= 4 and "--json".startswith(arg):
            return True
    return False


def terminal_width(default: int = 120) -> int:
    """The width to render reports at: ``COLUMNS`` when set, else the terminal's when stdout is one, else ``default``.

    Less the two columns the reports indent their tables by; at least 60. A
    pipe, a file or a captured stdout gets ``default``: the same text everywhere.
    """
    columns = 0
    env = os.environ.get("COLUMNS", "")
    if env.isdigit():
        columns = int(env)
    else:
        stdout = _OUTPUT[-1].stdout if _OUTPUT else sys.stdout
        try:
            if stdout.isatty():
                columns = os.get_terminal_size(stdout.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return max(60, (columns or default + 2) - 2)


class Output:
    """Everything a command writes to stdout, written once the command has ended.

    Parameters
    ----------
    json_mode : bool
        ``--json``: exactly one JSON document (an error's when the command fails).

    Notes
    -----
    :meth:`guard` points file descriptor 1 and ``sys.stdout`` at stderr for the
    duration of the command; :meth:`write` then puts the collected text on the
    real stdout. A closed pipe (``BrokenPipeError``) is absorbed there: stdout is
    pointed at ``/dev/null`` so the interpreter's last flush cannot fail either.
    """

    def __init__(self, json_mode: bool = False):
        self.json_mode = json_mode
        self.stdout = sys.stdout  # where the text goes (the guard points sys.stdout elsewhere meanwhile)
        self.parts: list[str] = []
        self.document: str | None = None

    def emit(self, text: str) -> None:
        if self.json_mode:
            self.document = text
        else:
            self.parts.append(text)

    def error(self, message: str, code: int, tip: str | None = None) -> None:
        """With ``--json``: the error as the run's one document."""
        if self.json_mode:
            self.document = json.dumps({"error": message, "tip": tip, "exit_code": code}, indent=2)

    @contextmanager
    def guard(self):
        stdout = sys.stdout
        try:
            stdout.flush()
            saved = os.dup(1)
        except (OSError, ValueError, AttributeError):
            saved = None
        if saved is not None:
            sys.stderr.flush()
            os.dup2(2, 1)
        sys.stdout = sys.stderr
        try:
            yield self
        finally:
            sys.stdout.flush()
            sys.stdout = stdout
            if saved is not None:
                os.dup2(saved, 1)
                os.close(saved)

    def write(self) -> None:
        text = self.document if self.json_mode else "\n".join(self.parts)
        if text is None or (not self.json_mode and not self.parts):
            return
        try:
            sys.stdout.write(text + "\n")
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()


def _silence_stdout() -> None:
    """Point stdout at /dev/null after the reader went away, so later flushes (at exit) succeed silently."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


_OUTPUT: list[Output] = []


@contextmanager
def output(json_mode: bool):
    """Make an :class:`Output` the one :func:`emit` writes to, with its guard on."""
    out = Output(json_mode)
    _OUTPUT.append(out)
    try:
        with out.guard():
            yield out
    finally:
        _OUTPUT.remove(out)


def emit(text: str) -> None:
    """Queue ``text`` for stdout (the report, or the ``--json`` document); printed at once outside :func:`output`."""
    if _OUTPUT:
        _OUTPUT[-1].emit(text)
    else:
        print(text)


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None


def float_list(text: str) -> list[float]:
    """``"0,3"`` -> ``[0.0, 3.0]``."""
    try:
        values = [float(t) for t in text.split(",") if t.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected numbers separated by commas, got {text!r}") from None
    if not values:
        raise argparse.ArgumentTypeError(f"expected at least one number (numbers separated by commas), got {text!r}")
    return values


def positive(text: str) -> float:
    """A number > 0."""
    v = _number(text)
    if not v > 0:
        raise argparse.ArgumentTypeError(f"must be > 0, got {text!r}")
    return v


def nonnegative(text: str) -> float:
    """A finite number >= 0 (a tolerance: ``inf`` would let anything pass)."""
    v = _number(text)
    if not 0 <= v < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number >= 0, got {text!r}")
    return v


def add_common_options(p: argparse.ArgumentParser) -> None:
    """Options shared by the commands that run Octave."""
    p.add_argument("--timeout", type=positive, default=None, metavar="S",
                   help="seconds any one Octave call, or one call of the port, may take before it is stopped (default 120)")
    p.add_argument("--json", action="store_true", help="print one JSON document on stdout instead of the report")


def add_snapshot_options(p: argparse.ArgumentParser) -> None:
    """``--snapshots DIR``: where recorded Octave outputs live."""
    p.add_argument("--snapshots", metavar="DIR", default=None,
                   help="directory of recorded Octave outputs (default: portcheck-snapshots/ next to portcheck.toml, "
                        "or 'snapshots' in it)")


def print_compare_result(args, result) -> int:
    """Emit a comparison as ``--json``, ``--markdown`` or the text report; return its exit code."""
    from ..report import render_json, render_markdown, render_text

    if args.json:
        emit(render_json(result))
    elif getattr(args, "markdown", False):
        emit(render_markdown(result))
    else:
        emit(render_text(result, width=terminal_width(), verbose=getattr(args, "verbose", False)))
    return result.exit_code


class Progress:
    """Progress on stderr, drawn only on a terminal: a spinner, or a bar once counts arrive.

    Use it as a context manager. Without counts it shows ``text`` with a spinner
    at once (one long step, e.g. a comparison). Called as ``progress(done,
    total)`` -- the shape of the library's progress hooks -- it shows a bar, but
    only once the task has run 1 s, so quick tasks draw nothing. The bar reads
    ``done/total`` only when the total is real: the same on every call, and
    more than was done at the first one. A total that moves (work planned as it
    goes, as the gradient check's stages are) gives rich's indeterminate bar
    with the count done.
    """

    def __init__(self, text: str, enabled: bool = True, *, spinner: bool = False, console=None):
        self.text = text
        self.enabled = enabled and (console is not None or sys.stderr.isatty())
        self.spinner = spinner
        self.total: int | None = None   # the real total, None while unknown
        self._console = console
        self._calls = 0
        self._bar = self._task = None
        self._t0 = time.perf_counter()

    def _start(self, counted: bool) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress as RichProgress, SpinnerColumn, TextColumn, TimeElapsedColumn

        columns = ("[progress.description]{task.description}", BarColumn(), TextColumn("{task.fields[count]}"),
                   TimeElapsedColumn()) if counted else (SpinnerColumn(), "[progress.description]{task.description}")
        self._bar = RichProgress(*columns, transient=True, console=self._console or Console(stderr=True))
        self._bar.start()
        self._task = self._bar.add_task(self.text, total=None, count="")

    def __enter__(self) -> "Progress":
        if self.enabled and self.spinner:
            self._start(False)
        return self

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self._calls == 0:
            self.total = total if done < total else None
        elif total != self.total:
            self.total = None
        self._calls += 1
        if self._bar is None:
            if time.perf_counter() - self._t0 < 1.0:
                return
            self._start(True)
        count = f"{done}/{self.total}" if self.total is not None else f"{done} done"
        self._bar.update(self._task, completed=done, total=self.total, count=count)
        if self.total is None:  # update() reads total=None as "unchanged": a total shown before is dropped here
            next(t for t in self._bar.tasks if t.id == self._task).total = None

    def __exit__(self, *exc) -> bool:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
        return False
