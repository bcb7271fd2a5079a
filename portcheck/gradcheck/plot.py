"""Plot of a step sweep: log-log, the V, the predicted rounding arm, the chosen and best steps."""
from __future__ import annotations

import pathlib

import numpy as np

__all__ = ["plot_sweep"]

_COLORS = {"central": "tab:blue", "forward": "tab:orange", "complex": "tab:green",
           "richardson": "tab:purple"}


def plot_sweep(sweep, path, *, title=None, dpi=120):
    """Save a log-log plot of a :class:`~portcheck.gradcheck.results.StepSweep` as a PNG.

    Parameters
    ----------
    sweep : StepSweep
    path : str or os.PathLike
        Output file (PNG).
    title : str, optional
        Default: the regime of the main curve.
    dpi : int

    Returns
    -------
    pathlib.Path
        The file written.

    Notes
    -----
    Uses matplotlib's object API with the Agg canvas, imported here, so neither
    importing portcheck nor calling this function touches pyplot's global state
    or the user's backend. Finite differences and the complex step (which goes
    down to 1e-200) get separate panels. Zero discrepancies (exact agreement) are
    drawn at the bottom of the axis.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    path = pathlib.Path(path)
    curves = [c for c in sweep.curves if c.available]
    panels = [[c for c in curves if c.method != "complex"],
              [c for c in curves if c.method == "complex"]]
    panels = [p for p in panels if p]
    fig = Figure(figsize=(6 + 4 * (len(panels) - 1), 4.5))
    FigureCanvasAgg(fig)
    positive = [e for c in curves for e in c.errors if e > 0]
    floor = min(positive) / 10 if positive else 1e-300
    for k, panel in enumerate(panels):
        ax = fig.add_subplot(1, len(panels), k + 1)
        for c in panel:
            color = _COLORS.get(c.method, "black")
            h = np.asarray(c.steps)
            ax.loglog(h, np.maximum(np.asarray(c.errors), floor), "o-", color=color, ms=4,
                      label=f"{c.method} ({c.regime})")
            ax.loglog(h, np.maximum(np.asarray(c.expected_rounding), floor), ":", color=color,
                      lw=1, label=f"{c.method}: predicted rounding")
            ax.plot([c.best_step], [max(c.best_error, floor)], "*", color=color, ms=14,
                    label=f"best step {c.best_step:.0e}")
            ax.axvline(c.user_step, color=color, ls="--", lw=1)
            ax.annotate(f"your step {c.user_step:.1e}", (c.user_step, max(c.user_error, floor)),
                        textcoords="offset points", xytext=(6, 8), fontsize=8, color=color)
        ax.set_xlabel("relative step h (times max(1, |x|))")
        ax.set_ylabel(sweep.metric if len(sweep.metric) < 40 else "discrepancy")
        ax.set_title("complex step" if panel[0].method == "complex" else
                     f"finite differences: {panel[0].regime}", fontsize=10)
        ax.grid(True, which="major", alpha=0.3)
        ax.legend(fontsize=7, loc="best")
    fig.suptitle(title or f"step sweep ({sweep.dtype}, {sweep.mode}): {sweep.regime}", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=dpi)
    return path
