"""The reference side of a gradient check: Octave's own nnCostFunction gradient, in one call.

Prints, for the debug and the full-size network: the full central-difference
check computed inside Octave in ONE call (4N evaluations: every entry at h and
2h; debug only: at full size it would be 41,140 evaluations, its time is
extrapolated from the measured per-evaluation cost), and the directional fast
path per block (also one call).
"""
from __future__ import annotations

import time

from portcheck.cases.nncost import debug_network, full_network, make_input_set
from portcheck.octave import OctaveSession, reference_dir
from portcheck.gradcheck.reference import reference_directional_check, reference_gradient_check
from portcheck.signature import read_m_signature


def main() -> None:
    sig = read_m_signature(reference_dir("ex4") / "nnCostFunction.m")
    with OctaveSession(paths=[reference_dir("ex4")]) as oc:
        oc.start()
        debug = make_input_set(*debug_network(), 3.0, "debug").values
        r = reference_gradient_check(oc, sig.name, sig.inputs, debug, "nn_params", 2)
        print(f"[debug] full check in Octave: {r.evaluations} evaluations in 1 call, {r.round_trips} round trips, "
              f"{r.seconds:.2f} s; {r.violations} of {r.n_params} entries outside their threshold, "
              f"Ng's relative difference {r.ng_relative:.1e}")
        d = reference_directional_check(oc, sig.name, sig.inputs, debug, "nn_params", 2, blocks=[("Theta1", 20), ("Theta2", 18)])
        print(f"[debug] directional: {d.evaluations} evaluations in 1 call, {d.seconds:.2f} s, {'pass' if d.passed else 'FAIL'}")

        T1, T2, X, y = full_network()
        full = make_input_set(T1, T2, X, y, 3.0, "full").values
        blocks = [("Theta1", T1.size), ("Theta2", T2.size)]
        d = reference_directional_check(oc, sig.name, sig.inputs, full, "nn_params", 2, blocks=blocks)
        per_eval = d.seconds / d.evaluations
        print(f"[full]  directional: {d.evaluations} evaluations in 1 call ({d.round_trips} round trips incl. pushing 16 MB), "
              f"{d.seconds:.2f} s ({per_eval * 1000:.0f} ms per evaluation, transfer included), {'pass' if d.passed else 'FAIL'}")
        n = T1.size + T2.size
        print(f"[full]  full check in Octave would be {4 * n:,} evaluations (h and 2h): about {4 * n * per_eval:,.0f} s "
              f"(EXTRAPOLATED from the per-evaluation cost above, not run) -> the fast path is "
              f"{4 * n / d.evaluations:,.0f}x fewer evaluations")


if __name__ == "__main__":
    t = time.perf_counter()
    main()
    print(f"total {time.perf_counter() - t:.1f} s")
