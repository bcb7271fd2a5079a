"""``portcheck compare CASE --python 'GLOB.py:FUNC'``: many submissions, one row each.

The glob mode of ``compare`` (:mod:`portcheck.workflow.batch`): one Octave
session for the whole run, each port in its own worker; the table on stdout
(or the ``--json`` document), and with ``--jsonl FILE`` / ``--csv FILE`` the
same rows in those files. Exit 0 when every submission is at parity, 1 when
any diverges or could not run, 2 for a usage error (``--csv`` without pandas
included), 3 for a bug in portcheck.
"""
from __future__ import annotations

import importlib.util
import json
import os

from ..errors import UsageError
from .common import Progress, emit, terminal_width

__all__ = ["add_options", "wants_batch", "check_batch", "cmd_grade"]

#: Flags of ``compare`` that name one port or one report and mean nothing for many submissions.
_ONE_PORT_ONLY = (("--octave", "octave"), ("--all", "all"), ("--markdown", "markdown"), ("--inputs", "inputs"),
                  ("--replay", "replay"))


def add_options(c) -> None:
    """``--jsonl FILE`` and ``--csv FILE`` on ``compare``."""
    c.add_argument("--jsonl", metavar="FILE", help="with many submissions (--python 'GLOB.py:FUNC'): one JSON line per "
                                                    "submission (path, verdict, finding, title, seconds) into FILE")
    c.add_argument("--csv", metavar="FILE", help="the same rows as CSV into FILE (needs pandas: "
                                                 "pip install 'octave-portcheck[grading]')")


def wants_batch(args) -> bool:
    """A glob in ``--python``, or ``--jsonl``/``--csv``: the many-submissions mode."""
    from ..workflow.batch import is_glob

    return bool(is_glob(args.python) or args.jsonl or args.csv)


def check_batch(args) -> None:
    """The flags of the many-submissions mode, checked before anything runs (UsageError: exit 2)."""
    if not args.python:
        raise UsageError("--jsonl and --csv write one row per submission: give them with --python 'GLOB.py:FUNCTION'")
    for flag, attr in _ONE_PORT_ONLY:
        if getattr(args, attr, None):
            raise UsageError(f"{flag} does not go with many submissions (--python {args.python!r}); drop {flag}")
    if args.csv and importlib.util.find_spec("pandas") is None:
        raise UsageError("--csv writes through pandas, which is not installed",
                         tip="pip install 'octave-portcheck[grading]' (or use --jsonl, which needs nothing)")
    for path in (args.jsonl, args.csv):
        folder = os.path.dirname(os.path.abspath(path)) if path else ""
        if path and not (os.path.isdir(folder) and os.access(folder, os.W_OK)):
            raise UsageError(f"cannot write {path!r}: {folder!r} is not a folder you can write to",
                             tip="give a file in an existing folder you can write to")
    from ..workflow.batch import expand_submissions

    expand_submissions(args.python)  # a pattern that matches nothing: said now, before Octave starts


def cmd_grade(args, case, octave) -> int:
    """Compare every submission the glob names with ``case`` on the session ``octave`` (a Prestart) boots.

    Prints the table; writes the files. The flags were checked by :func:`check_batch` before Octave started.
    """
    from ..signature import parse_args_override
    from ..workflow.batch import grade_submissions

    session = octave.ready()
    if session is None:  # no Octave was found: this raises the usual one line (exit 2)
        from ..octave import OctaveSession

        session = OctaveSession(timeout=args.timeout)
    from ..report.grading import jsonl_line

    jsonl = open(args.jsonl, "w", encoding="utf-8") if args.jsonl else None  # each row is written as it is known

    def on_row(row):
        if jsonl is not None:
            jsonl.write(jsonl_line(row))
            jsonl.flush()

    with Progress(f"submissions of {case.name}", enabled=not args.json) as progress, _closing(jsonl):
        run = grade_submissions(case, args.python, session=session, progress=progress, on_row=on_row, size=args.size,
                                lambdas=args.lambdas, rtol=args.rtol, atol=args.atol,
                                strict_shapes=True if args.strict_shapes else None,
                                arg_overrides=parse_args_override(args.arg_map) if args.arg_map else None,
                                timeout=args.timeout, diagnose=not args.no_diagnose, trace=not args.no_trace,
                                conventions=args.conventions)
    _write_files(args, run)
    if args.json:
        from ..report.grading import grading_json

        emit(json.dumps(grading_json(run), indent=2, allow_nan=False))
    else:
        from ..report.grading import render_grading_text

        emit(render_grading_text(run, width=terminal_width()))
    return run.exit_code


def _closing(f):
    import contextlib

    return contextlib.closing(f) if f is not None else contextlib.nullcontext()


def _write_files(args, run) -> None:
    from ..report.grading import grading_csv

    if args.csv:
        try:
            with open(args.csv, "w", encoding="utf-8", newline="") as f:
                f.write(grading_csv(run))
        except OSError as exc:
            raise UsageError(f"cannot write {args.csv!r}: {exc.strerror}", tip="give a file in a folder you can write to")
