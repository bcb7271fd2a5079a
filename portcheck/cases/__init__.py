"""Cases: what is compared -- a reference, a port, inputs, blocks -- looked up by name.

Modules, top to bottom:

``project``, ``scaffold``
    The user's own cases: ``portcheck.toml`` (:class:`~portcheck.cases.project.ProjectCase`,
    and one-off pairs from ``compare --octave``), and ``portcheck new`` writing one.
``nncost``, ``ex4``, ``course``
    The built-in cases: ex4's ``nnCostFunction`` with its input families, the rest
    of ex4 (``sigmoidGradient``, ``debugInitializeWeights``, ``predict`` and the
    gradient checks, which take a cost function), and the rest of the course from a table.
``roles``
    What each argument is (a size, the parameter vector, labels ...): how a Python caller passes it.
``inputs``
    Input values from ``.npz``/``.mat`` files and from specs (generators).
``base``, ``blocks``
    :class:`Case` (one interface for every kind of case), :class:`InputSet`, :class:`Block`.

Names match case-insensitively, aliases allowed. A project case with the name of
a built-in one replaces it only from the project's own directory, and the report
says so; a ``portcheck.toml`` in a parent folder never replaces a built-in case.
"""
from __future__ import annotations

from ..errors import UsageError
from .base import Case, InputSet, load_callable
from .blocks import Block

__all__ = ["Block", "Case", "InputSet", "all_cases", "builtin_cases", "get_case", "load_callable"]


def builtin_cases() -> list[Case]:
    """Every built-in case, in course order."""
    from . import course, ex4, nncost

    return sorted([nncost.CASE, *course.CASES, *ex4.CASES], key=lambda c: (c.exercise, c.name))


def _project_cases(project) -> list[Case]:
    if project is False:
        return []
    from .project import project_cases

    return project_cases(None if project is True else project)


def all_cases(project=True, builtin: bool | None = True) -> list[Case]:
    """The project's cases (``portcheck.toml``) first, then the built-in ones.

    Parameters
    ----------
    project : bool or path-like
        ``True`` (default): look for ``portcheck.toml`` from the current
        directory upward; a path: look from there; ``False``: built-ins only.
    builtin : bool or None
        Include the built-in cases: ``True`` always, ``False`` never, ``None``
        only when there is no project (``portcheck list`` and ``compare --all``
        in a project show its own cases; ``--builtin`` adds the course's).
    """
    own = _project_cases(project)
    names = {c.name.lower() for c in own}
    if builtin is False or (builtin is None and own):
        return own
    return own + [c for c in builtin_cases() if c.name.lower() not in names]


def get_case(name: str, project=True) -> Case:
    """The case called ``name`` (project cases first) or raise :class:`UsageError` listing the valid names.

    A ``[[case]]`` with the name of a built-in case replaces it only when its
    ``portcheck.toml`` is the project's own (in the directory the command runs
    in, or the one ``project`` names), and the report says so; a
    ``portcheck.toml`` found in a parent folder never replaces a built-in case
    (:func:`~.project.check_shadowing`).
    """
    from dataclasses import replace

    own = _project_cases(project)
    mine = next((c for c in own if c.matches(name)), None)
    builtin = next((c for c in builtin_cases() if c.matches(name)), None)
    if mine is not None:
        if builtin is None:
            return mine
        from .project import check_shadowing

        check_shadowing(mine, project)
        return replace(mine, shadows_builtin=True)
    if builtin is not None:
        return builtin
    names = ", ".join(c.name for c in builtin_cases())
    extra = f"; cases in portcheck.toml: {', '.join(c.name for c in own)}" if own else ""
    raise UsageError(f"unknown case {name!r}; built-in cases are: {names}{extra}",
                     tip="run 'portcheck list' to see them with their files, or declare your own in portcheck.toml ('portcheck new path/f.m')")
