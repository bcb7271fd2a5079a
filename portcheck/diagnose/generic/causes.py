"""Likely origins of what the generic relations measure: a gain's value, a window's variant, a raise.

Every origin is worded for general numerical code -- no course concept (labels,
one-hot, regularisation) appears here: these words are what a user of any
function reads.
"""
from __future__ import annotations

import math

import numpy as np

__all__ = ["gain_origin", "gain_cause", "window_family", "generic_cause", "sizes_of"]

#: Window families as NumPy users write them, for a length N. ``octave`` marks Octave's own spelling.
_WINDOWS = {
    "np.hanning(N) = Octave's hanning(N) and hann(N) (symmetric, zero end points)": lambda N: np.hanning(N),
    "MATLAB's hanning(N) = np.hanning(N + 2)[1:-1] (no zero end points)": lambda N: np.hanning(N + 2)[1:-1],
    "a periodic Hann window, np.hanning(N + 1)[:-1] (scipy.signal.get_window('hann', N))": lambda N: np.hanning(N + 1)[:-1],
    "np.hamming(N) (symmetric)": lambda N: np.hamming(N),
    "a periodic Hamming window, np.hamming(N + 1)[:-1] (scipy.signal.get_window('hamming', N))": lambda N: np.hamming(N + 1)[:-1],
    "np.blackman(N) (symmetric)": lambda N: np.blackman(N),
    "a periodic Blackman window, np.blackman(N + 1)[:-1]": lambda N: np.blackman(N + 1)[:-1],
    "a rectangular window (no window)": lambda N: np.ones(N),
}



def window_family(w) -> list[str]:
    """The window families ``w`` (a vector) is, to rounding; [] when none."""
    w = np.asarray(w, dtype=float).ravel()
    N = w.size
    if N < 3 or not np.all(np.isfinite(w)):
        return []
    scale = float(np.max(np.abs(w))) or 1.0
    out = []
    for name, make in _WINDOWS.items():
        ref = make(N)
        if np.allclose(w, ref, rtol=1e-7, atol=1e-9 * scale):
            out.append(name)
    return out


def sizes_of(values) -> list[int]:
    """Lengths a scaling may have used: every dimension of the inputs, integer-valued scalar inputs, the
    integer products of two scalar inputs (a duration times a sampling rate: a window in samples), and the
    next power of two of each length and of its double (an FFT size made from a window length)."""
    sizes, scalars = set(), []
    for v in values:
        try:
            a = np.asarray(v)
        except Exception:
            continue
        if a.dtype.kind not in "biufc":
            continue
        sizes.update(int(d) for d in a.shape if d > 1)
        if a.size == 1:
            x = a.reshape(-1)[0]
            if np.isreal(x) and np.isfinite(x) and x != 0:
                scalars.append(abs(float(np.real(x))))
    sizes.update(int(round(x)) for x in scalars if _whole(x))
    sizes.update(int(round(x * y)) for i, x in enumerate(scalars[:12]) for y in scalars[i + 1:12] if _whole(x * y))
    sizes.update(1 << int(np.ceil(np.log2(k * n))) for n in list(sizes) for k in (1, 2) if 1 < k * n < 1e7)
    return sorted(sizes)


def _whole(x: float) -> bool:
    return 1 < x < 1e7 and abs(x - round(x)) <= 1e-9 * x


def _near(c: float, v: float, rel: float = 1e-6) -> bool:
    return v != 0 and abs(c - v) <= rel * abs(v)


def gain_cause(c: float, sizes=()) -> tuple[str, str, str]:
    """``(finding id, likely origin, fix)`` for a constant gain ``PORT = c * OCTAVE``.

    The id names the origin when one fits: ``std-ddof``, ``log-base``,
    ``degrees-radians``, ``fft-scaling``, ``normalisation``; else ``constant-gain``.
    """
    origin, fix = gain_origin(c, sizes)
    for prefix, ident in (("the N vs N-1", "std-ddof"), ("log", "log-base"), ("the inverse of log", "log-base"),
                          ("degrees", "degrees-radians"), ("the inverse of degrees", "degrees-radians"),
                          ("FFT or length", "fft-scaling"), ("scaling by the wrong length", "fft-scaling"),
                          ("a normalisation", "normalisation")):
        if origin.startswith(prefix):
            return ident, origin, fix
    return "constant-gain", origin, fix


def gain_origin(c: float, sizes=()) -> tuple[str, str]:
    """``(likely origin, fix)`` for a constant gain ``PORT = c * OCTAVE``."""
    named = [
        (2.0, "a factor 2: 20*log10 of an amplitude where 10*log10 of a power was meant, or a one-sided spectrum "
              "doubled", "check a factor of 2: 10*log10 (power) vs 20*log10 (amplitude), or a doubled one-sided spectrum"),
        (math.log(10), "log vs log10: np.log where Octave's code has log10 (a factor ln 10 = 2.3026)",
         "use the same logarithm as the .m file: log is np.log, log10 is np.log10"),
        (math.log(2), "log vs log2 (a factor ln 2)", "use the same logarithm as the .m file: log2 is np.log2"),
        (math.log(10) / math.log(2), "log2 vs log10 (a factor log2(10))", "use the same logarithm as the .m file"),
        (180 / math.pi, "degrees vs radians (a factor 180/pi)", "np.deg2rad / np.rad2deg: Octave's sin/cos take radians"),
        (2 * math.pi, "Hz vs rad/s: a factor 2*pi", "check where 2*pi multiplies a frequency"),
        (math.sqrt(2), "a factor sqrt(2): an amplitude vs power normalisation (RMS)", "check a sqrt(2) or a /2 under a sqrt"),
    ]
    for v, origin, fix in named:
        for value, word in ((v, ""), (1 / v, "the inverse of ")):
            if _near(c, value):
                return (origin if not word else f"{word}{origin}"), fix
    for N in sizes:
        if N < 2:
            continue
        for value, text in ((N / (N - 1), f"N/(N-1) with N = {N}"), ((N - 1) / N, f"(N-1)/N with N = {N}"),
                            (math.sqrt(N / (N - 1)), f"sqrt(N/(N-1)) with N = {N}"),
                            (math.sqrt((N - 1) / N), f"sqrt((N-1)/N) with N = {N}")):
            if _near(c, value, 1e-9):
                return (f"the N vs N-1 normalisation: {text} (NumPy's std/var divide by N, Octave's by N-1)",
                        "x.std(ddof=1) / x.var(ddof=1)   # Octave's std and var divide by N-1")
    for N in sizes:
        for value, text in ((N, f"N = {N}"), (1 / N, f"1/N with N = {N}"), (math.sqrt(N), f"sqrt(N) with N = {N}"),
                            (1 / math.sqrt(N), f"1/sqrt(N) with N = {N}")):
            if _near(c, value, 1e-9):
                return (f"FFT or length scaling: a factor {text} (np.fft's norm, a sum vs a mean, or a 1/N applied "
                        "once too often or not at all)", "check the 1/N of a mean or of an (inverse) FFT")
    for N in sizes:
        for M in sizes:
            if N != M and _near(c, N / M, 1e-9):
                return (f"scaling by the wrong length: a factor {N}/{M} (divided by {M} where Octave divides by {N}, "
                        "e.g. the window length for the FFT length)", f"divide by the length Octave uses ({N}, not {M})")
    if abs(c - 1) < 1e-2:
        return ("a normalisation: a filter or window scaled to unit sum or peak on one side only (the factor is close "
                "to 1)", "scale the filter or window as the .m file does (compare its sum and its peak on both sides)")
    return ("a constant scale applied on one side only", "look for a scale factor the .m file does not apply")


#: Likely causes of an exception in a general numerical port (no course concepts).
_RAISED = (
    ("IndexError", "out of bounds", "an index past the end: a 1-based index used as 0-based, or a range end one too far"),
    ("IndexError", "only integers", "a float used as an index (Octave passes numbers as doubles): int(...)"),
    ("IndexError", "arrays used as indices", "a float array used as indices: .astype(int)"),
    ("IndexError", "", "an index past a dimension: a 1-based index used as 0-based, or the wrong axis"),
    ("ValueError", "matmul", "a matrix product with mismatched inner dimensions: a missing or extra transpose"),
    ("ValueError", "broadcast", "mismatched shapes: a missing transpose, (n,) against (n,1), or a length from the wrong axis"),
    ("ValueError", "reshape", "a reshape to a size computed from the wrong dimension"),
    ("ValueError", "shapes", "a matrix product with mismatched inner dimensions: a missing or extra transpose"),
    ("TypeError", "", "arguments in another order or of another type than the port expects: check the argument mapping "
                      "and the adapters below"),
    ("NameError", "", "the port reads a name it does not define: a global or a misspelt variable"),
    ("ZeroDivisionError", "", "a length taken from the wrong dimension, or an empty input"),
    ("KeyError", "", "a dict or struct field that does not exist (structs arrive as dicts)"),
    ("AttributeError", "", "an array method used on a Python number or list (Octave's 1x1 values arrive as scalars), "
                           "or a struct read as an object (structs arrive as dicts)"),
    ("LinAlgError", "", "a singular matrix: check which dimension the port inverts or solves along"),
)


def generic_cause(exc_type: str, message: str) -> str:
    """The likeliest cause of an exception in a general numerical port."""
    for t, piece, cause in _RAISED:
        if t == exc_type and piece in message:
            return cause
    return ""
