"""Cases, looked up by name (case-insensitive, aliases allowed).

Built-in cases come with portcheck; project cases are declared in the
``portcheck.toml`` found from the current directory upward (see
:mod:`portcheck.project`). A project case with the name of a built-in one
shadows it: the user's declaration is the more specific.
"""
from __future__ import annotations

from ..errors import UsageError
from .base import Block, Case, InputSet, load_callable

__all__ = ["Block", "Case", "InputSet", "all_cases", "builtin_cases", "get_case", "load_callable"]


def builtin_cases() -> list[Case]:
    """Every built-in case, in course order."""
    from . import nncost

    cases = [nncost.CASE]
    try:
        from . import course
    except ImportError:  # the rest of the course is optional while it is being written
        return cases
    return sorted(cases + list(course.CASES), key=lambda c: (c.exercise, c.name))


def _project_cases(project) -> list[Case]:
    if project is False:
        return []
    from ..project import project_cases

    return project_cases(None if project is True else project)


def all_cases(project=True) -> list[Case]:
    """Built-in cases, then the cases of the project's ``portcheck.toml``.

    Parameters
    ----------
    project : bool or path-like
        ``True`` (default): look for ``portcheck.toml`` from the current
        directory upward; a path: look from there; ``False``: built-ins only.
    """
    own = _project_cases(project)
    names = {c.name.lower() for c in own}
    return [c for c in builtin_cases() if c.name.lower() not in names] + own


def get_case(name: str, project=True) -> Case:
    """The case called ``name`` (project cases first) or raise :class:`UsageError` listing the valid names."""
    own = _project_cases(project)
    for case in own + builtin_cases():
        if case.matches(name):
            return case
    names = ", ".join(c.name for c in builtin_cases())
    extra = f"; cases in portcheck.toml: {', '.join(c.name for c in own)}" if own else ""
    raise UsageError(f"unknown case {name!r}; built-in cases are: {names}{extra}",
                     tip="run 'portcheck list' to see them with their files, or declare your own in portcheck.toml ('portcheck new path/f.m')")
