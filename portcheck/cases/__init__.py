"""Built-in cases, looked up by name (case-insensitive, aliases allowed)."""
from __future__ import annotations

from ..errors import UsageError
from .base import Block, Case, InputSet, load_callable

__all__ = ["Block", "Case", "InputSet", "all_cases", "get_case", "load_callable"]


def all_cases() -> list[Case]:
    """Every built-in case, in course order."""
    from . import nncost

    cases = [nncost.CASE]
    try:
        from . import course
    except ImportError:  # the rest of the course is optional while it is being written
        return cases
    return sorted(cases + list(course.CASES), key=lambda c: (c.exercise, c.name))


def get_case(name: str) -> Case:
    """The case called ``name`` or raise :class:`UsageError` listing the valid names."""
    cases = all_cases()
    for case in cases:
        if case.matches(name):
            return case
    names = ", ".join(c.name for c in cases)
    raise UsageError(f"unknown case {name!r}; built-in cases are: {names}", tip="run 'portcheck list' to see them with their files")
