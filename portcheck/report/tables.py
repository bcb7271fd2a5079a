"""Plain-text tables for the reports: rich tables rendered to strings, never to a terminal.

Reports are strings (renderers are pure functions); rich lays out the tables,
rendered here into a buffer at a fixed width with no colour, so the text is the
same on a terminal, in a pipe and in a test.
"""
from __future__ import annotations

import io

__all__ = ["table", "render"]


def table(title=None, columns=(), rows=(), wrap=()):
    """A rich table; only the columns whose index is in ``wrap`` may wrap."""
    from rich import box
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=True, title_justify="left")
    for i, c in enumerate(columns):
        table.add_column(c, no_wrap=i not in wrap, overflow="fold")
    for r in rows:
        table.add_row(*[str(x) for x in r])
    return table


def render(parts, width: int) -> str:
    """Plain strings as they are (never wrapped); rich tables rendered at ``width``."""
    from rich.console import Console

    lines = []
    for part in parts:
        if isinstance(part, str):
            lines.append(part)
            continue
        buf = io.StringIO()
        Console(file=buf, width=width, color_system=None, force_terminal=False, highlight=False, emoji=False).print(part)
        lines.extend("  " + line.rstrip() for line in buf.getvalue().splitlines())
    return "\n".join(line.rstrip() for line in lines)


