"""Numbers and phrases for findings: short, fixed words, Python and Octave subscripts."""
from __future__ import annotations

import math

from ..formatting import fmt, fmt_small

__all__ = ["g", "e", "signed", "plural", "set_list", "ratio_name", "blocks_phrase", "gap_text"]


def g(x, digits: int = 4) -> str:
    """``%.{digits}g`` with non-finite and complex values spelt out (the report's own formatter)."""
    return fmt(x, digits)


def e(x) -> str:
    """A small difference: ``3.1e-16``; exactly 0 as ``0``."""
    return fmt_small(x)


def signed(x, digits: int = 4) -> str:
    return ("+" if float(x) >= 0 else "") + g(x, digits)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def set_list(names, limit: int = 3) -> str:
    """``'debug, lambda=3', 'random, lambda=3' and 1 more``."""
    names = [f"'{n}'" for n in names]
    if len(names) <= limit:
        return ", ".join(names)
    return ", ".join(names[:limit]) + f" and {len(names) - limit} more"


def ratio_name(c: float, m: int | None = None) -> str:
    """A factor as people write it: ``2``, ``1/2``, ``-1``, ``m (= 5)``."""
    if m and m > 1 and math.isclose(c, m, rel_tol=1e-9):
        return f"m (= {m})"
    if m and m > 1 and math.isclose(c, 1 / m, rel_tol=1e-9):
        return f"1/m (= 1/{m})"
    if m and m > 1 and math.isclose(c, m * m, rel_tol=1e-9):
        return f"m**2 (= {m}**2): a lambda / 2 * m that multiplies by m"
    if m and m > 1 and math.isclose(c, 1 / (m * m), rel_tol=1e-9):
        return f"1/m**2 (= 1/{m}**2)"
    for den in (1, 2, 3, 4):
        num = c * den
        if abs(num - round(num)) < 1e-9 * max(1.0, abs(num)) and round(num) != 0:
            n = int(round(num))
            return str(n) if den == 1 else f"{n}/{den}"
    return g(c, 6)


def blocks_phrase(names) -> str:
    names = list(dict.fromkeys(names))
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def gap_text(real: float, part: float, digits: int = 5) -> str:
    """``PORT - OCTAVE = +0.0093`` when the lambda-dependent ``part`` is the whole difference ``real``;
    otherwise both, so that "PORT - OCTAVE" is always the real difference of the outputs."""
    if math.isclose(real, part, rel_tol=1e-6, abs_tol=1e-12):
        return f"PORT - OCTAVE = {signed(part, digits)}"
    return f"its lambda-dependent part is {signed(part, digits)} (PORT - OCTAVE = {signed(real, digits)} in all)"
