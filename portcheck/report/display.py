"""How results show themselves: ``str()`` is the text report, ``repr()`` one line, notebooks show the report.

:class:`ReportDisplay` is a mixin for result types: a subclass says what its
report and its one-line summary are; the mixin gives ``__str__``, a short
``__repr__``, IPython's ``_repr_pretty_`` (the terminal), ``_repr_html_``
(Jupyter: the report in a ``<pre>``, verdict line coloured) and rich's
``__rich__``. :class:`ComparisonReport` is the one for
:class:`~portcheck.workflow.pipeline.CompareResult`.
"""
from __future__ import annotations

import html

__all__ = ["ReportDisplay", "ComparisonReport"]

_COLOURS = {"parity": "#1a7f37", "pass": "#1a7f37", "kink": "#1a7f37"}


class ReportDisplay:
    """``str()`` = :meth:`report`; ``repr()`` = ``<Type: summary>``; IPython, Jupyter and rich show the report."""

    def report(self, *, width: int | None = None, verbose: bool = False) -> str:
        """The text report (what the command line prints)."""
        raise NotImplementedError

    def summary(self) -> str:
        """One line: what was checked and the verdict."""
        raise NotImplementedError

    def _verdict_word(self) -> str:
        return str(getattr(self, "verdict", ""))

    def __str__(self) -> str:
        return self.report()

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.summary()}>"

    def _repr_pretty_(self, p, cycle) -> None:
        p.text(repr(self) if cycle else self.report())

    def _repr_html_(self) -> str:
        head, _, rest = self.report().partition("\n")
        colour = _COLOURS.get(self._verdict_word(), "#cf222e")
        return (f'<pre style="white-space: pre; line-height: 1.25"><b style="color: {colour}">{html.escape(head)}</b>\n'
                f"{html.escape(rest)}</pre>")

    def __rich__(self):
        from rich.text import Text

        return Text(self.report())


class ComparisonReport(ReportDisplay):
    """The display of a comparison: the text report, the JSON document as ``to_dict()``."""

    def report(self, *, width: int | None = None, verbose: bool = False) -> str:
        from .text import render_text

        return render_text(self, verbose=verbose) if width is None else render_text(self, width=width, verbose=verbose)

    def to_dict(self) -> dict:
        """The ``--json`` document as a dict (schema: docs/json.md)."""
        from .json import to_json_dict

        return to_json_dict(self)

    def summary(self) -> str:
        n = len(self.sets)
        bad = sum(1 for s in self.sets if s.status != "parity")
        where = f"{bad} of {n} input sets differ" if bad else f"{n} input set{'s' if n != 1 else ''}"
        replayed = ", replayed" if self.source.replayed else ""
        return f"{self.case} {self.verdict} ({where}, {len(self.findings)} findings{replayed}), exit {self.exit_code}"
