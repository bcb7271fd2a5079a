"""examples/generic against real Octave: every correct port at parity, every one-line bug named by its cause.

The .m files there are written from the mathematics; each buggy port is a
porting mistake from pitfalls.md. The top finding must carry the right id,
and nothing said about these functions may use the course's words.
"""
from pathlib import Path

import pytest

from portcheck.cases import get_case
from portcheck.cases.project import project_cases
from portcheck.runner import load_port
from portcheck.workflow.course import compare_all
from portcheck.workflow.pipeline import compare_case

pytestmark = pytest.mark.octave

HERE = Path(__file__).resolve().parents[1] / "examples" / "generic"
COURSE_WORDS = ("one-hot", "get_dummies", "lambda", "regularis", "Theta", "nn_params", "hidden unit", "design matrix",
                "examples are rows")

#: (case, buggy port, the finding id that must come first, its status)
BUGS = [
    ("frame_signal", "frame_signal_extra_frame", "extra-element", "consistent"),
    ("frame_signal", "frame_signal_index_base", "index-base", "confirmed"),
    ("spectrum_db", "spectrum_db_matlab_hanning", "window-variant", "confirmed"),
    ("spectrum_db", "spectrum_db_power", "db-scale", "confirmed"),
    ("spectrum_db", "spectrum_db_half_bins", "range-end", "confirmed"),
    ("dft", "dft_conjugate_kernel", "conjugate", "confirmed"),
    ("dft", "dft_real_array", "real-part", "consistent"),
    ("unfold", "unfold_c_order", "reshape-order", "confirmed"),
    ("phase_deg", "phase_deg_radians", "degrees-radians", "consistent"),
    ("first_diff", "first_diff_backwards", "sign-flip", "confirmed"),
    ("brighten", "brighten_wraps", "integer-saturation", "consistent"),
    ("zscore_cols", "zscore_cols_ddof0", "std-ddof", "confirmed"),
    ("band_mask", "band_mask_end_twice", "range-end", "confirmed"),
    ("log_energy", "log_energy_natural", "log-base", "confirmed"),
    ("peak_index", "peak_index_zero_based", "zero-based-index", "confirmed"),
    ("sliding_baseline", "sliding_baseline_start", "index-base", "confirmed"),
    ("window_spectrum", "window_spectrum_by_window", "fft-scaling", "consistent"),
]

STATS = ("zscore_cols", "band_mask", "log_energy", "peak_index", "sliding_baseline")


@pytest.fixture
def in_examples(monkeypatch):
    monkeypatch.chdir(HERE)


def test_every_correct_port_is_at_parity(in_examples):
    run = compare_all(project_cases(HERE))
    assert [o.case.name for o in run.outcomes if o.failed] == []
    assert len(run.outcomes) == 19


@pytest.mark.parametrize("case, port, ident, status", BUGS, ids=[b[1] for b in BUGS])
def test_each_bug_is_named(in_examples, session, case, port, ident, status):
    module = "stats_ports.py" if case in STATS else "signal_ports.py"
    result = compare_case(get_case(case, project=HERE), port=load_port(f"{HERE / module}:{port}"),
                          port_label=f"{module}:{port}", session=session)
    assert result.exit_code == 1
    top = result.findings[0]
    assert (top.id, top.status) == (ident, status), [(f.id, f.status, f.title) for f in result.findings]
    text = " ".join(f"{f.title} {f.evidence} {f.fix}" for f in result.findings)
    assert not any(w in text for w in COURSE_WORDS), text
    assert not any(f.title == "the diagnosis stopped" for f in result.findings)


def test_a_repair_gives_the_fix_in_the_ports_own_line(in_examples, session):
    result = compare_case(get_case("zscore_cols", project=HERE), port=load_port(f"{HERE}/stats_ports.py:zscore_cols_ddof0"),
                          session=session)
    top = result.findings[0]
    assert top.fix == "sd = X.std(axis=0, ddof=1)"
    assert top.location.endswith("stats_ports.py:14: sd = X.std(axis=0)")
    assert "PORT agrees with OCTAVE on 1 input set" in top.evidence


def test_a_gain_is_named_with_its_value(in_examples, session):
    result = compare_case(get_case("phase_deg", project=HERE), port=load_port(f"{HERE}/signal_ports.py:phase_deg_radians"),
                          session=session)
    top = result.findings[0]
    assert "PORT = 0.017453293 x OCTAVE" in top.evidence and "degrees vs radians" in top.evidence


def test_a_bound_inside_a_clamp_is_repaired_inside_it(in_examples, session):
    """max(0, j - h) kept from the 1-based loop: the repair changes the bound the clamp keeps, not the clamp."""
    result = compare_case(get_case("sliding_baseline", project=HERE),
                          port=load_port(f"{HERE}/stats_ports.py:sliding_baseline_start"), session=session)
    assert result.findings[0].fix == "w = x[max(0, j - h - 1):min(n, j + h)]"


def test_two_mistakes_on_two_branches_are_confirmed_together(in_examples, session):
    """Each mistake shows on the input sets of its own branch: neither line alone makes every set agree, the two
    lines together do; each is confirmed, naming the other."""
    result = compare_case(get_case("sliding_baseline", project=HERE),
                          port=load_port(f"{HERE}/stats_ports.py:sliding_baseline_two"), session=session)
    confirmed = [f for f in result.findings if f.status == "confirmed"]
    assert sorted(f.id for f in confirmed) == ["index-base", "range-end"], [(f.id, f.status) for f in result.findings]
    fixes = {f.id: f.fix for f in confirmed}
    assert fixes["index-base"] == "b[j - 1] = np.mean(x[max(0, j - h - 1):min(n, j + h)])"
    assert fixes["range-end"] == "b[j - 1] = np.median(x[max(0, j - h - 1):min(n, j + h)])"
    assert all(" and line " in f.evidence and "PORT agrees with OCTAVE on all 2 input sets" in f.evidence
               for f in confirmed)
    assert not any(f.id == "unexplained" for f in result.findings)


def test_a_gain_between_two_lengths_made_inside_the_function_is_named(in_examples, session):
    """nwin = round(twin * fs) and nfft = 2^nextpow2(nwin) are made inside: the lengths come from the scalar inputs."""
    result = compare_case(get_case("window_spectrum", project=HERE),
                          port=load_port(f"{HERE}/signal_ports.py:window_spectrum_by_window"), session=session)
    assert "a factor 256/200 (divided by 200 where Octave divides by 256" in result.findings[0].evidence
