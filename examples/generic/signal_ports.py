"""NumPy ports of the signal-processing references in matlab/: a correct port of each, and one-line bugs.

Every bug is a porting mistake seen in real MATLAB-to-Python ports (pitfalls.md),
made in exactly one line; portcheck names each (tests/test_generic_examples.py).
"""
import numpy as np


# -- frame_signal(x, N, hop) --------------------------------------------------------
def frame_signal(x, N, hop):
    x = np.ravel(x)
    nf = (x.size - N) // hop + 1
    return np.stack([x[k * hop:k * hop + N] for k in range(nf)])


def frame_signal_extra_frame(x, N, hop):
    """range(0, len - N + hop, hop): one frame past Octave's floor((len - N)/hop) + 1 whenever it fits."""
    x = np.ravel(x)
    starts = range(0, x.size - N + 1 + hop, hop)
    return np.stack([np.pad(x[s:s + N], (0, max(0, s + N - x.size))) for s in starts])


def frame_signal_index_base(x, N, hop):
    """The 1-based start (k - 1) * hop + 1 copied literally: every frame one sample late."""
    x = np.ravel(np.concatenate([np.ravel(x), [0.0]]))
    nf = (x.size - 1 - N) // hop + 1
    return np.stack([x[k * hop + 1:k * hop + 1 + N] for k in range(nf)])


# -- spectrum_db(x, nfft) --------------------------------------------------------------
def spectrum_db(x, nfft):
    x = np.ravel(x)
    w = np.hanning(x.size)  # Octave's hanning(N) has zero end points, as NumPy's
    X = np.fft.fft(x * w, nfft)
    return 20 * np.log10(np.abs(X[:nfft // 2 + 1]) + np.finfo(float).eps)


def spectrum_db_matlab_hanning(x, nfft):
    """MATLAB's hanning(N) (np.hanning(N + 2)[1:-1], no zero end points) where the reference runs Octave's."""
    x = np.ravel(x)
    w = np.hanning(x.size + 2)[1:-1]
    X = np.fft.fft(x * w, nfft)
    return 20 * np.log10(np.abs(X[:nfft // 2 + 1]) + np.finfo(float).eps)


def spectrum_db_power(x, nfft):
    """10*log10 of an amplitude: half the dB values."""
    x = np.ravel(x)
    w = np.hanning(x.size)
    X = np.fft.fft(x * w, nfft)
    return 10 * np.log10(np.abs(X[:nfft // 2 + 1]) + np.finfo(float).eps)


def spectrum_db_half_bins(x, nfft):
    """X[:nfft // 2]: the Nyquist bin (Octave's 1:nfft/2+1 includes it) is lost."""
    x = np.ravel(x)
    w = np.hanning(x.size)
    X = np.fft.fft(x * w, nfft)
    return 20 * np.log10(np.abs(X[:nfft // 2]) + np.finfo(float).eps)


# -- dft(x) -----------------------------------------------------------------------------
def dft(x):
    x = np.ravel(x)
    n = np.arange(x.size)
    return np.exp(-2j * np.pi * np.outer(n, n) / x.size) @ x


def dft_conjugate_kernel(x):
    """exp(+2j...): the sign of the imaginary exponent, i.e. the conjugate transform of a real x."""
    x = np.ravel(x)
    n = np.arange(x.size)
    return np.exp(2j * np.pi * np.outer(n, n) / x.size) @ x


def dft_real_array(x):
    """The result written into a real array: the imaginary parts are dropped."""
    x = np.ravel(x)
    n = np.arange(x.size)
    X = np.zeros(x.size)
    X[:] = np.real(np.exp(-2j * np.pi * np.outer(n, n) / x.size) @ x)
    return X


# -- unfold(x, r) -------------------------------------------------------------------------
def unfold(x, r):
    return np.reshape(np.ravel(x), (int(r), -1), order="F")


def unfold_c_order(x, r):
    """NumPy's default C order for Octave's column-major reshape."""
    return np.reshape(np.ravel(x), (int(r), -1))


# -- phase_deg(z), first_diff(x), brighten(img, k) ------------------------------------------
def phase_deg(z):
    return np.angle(z) * 180 / np.pi


def phase_deg_radians(z):
    """The conversion to degrees forgotten."""
    return np.angle(z)


def first_diff(x):
    x = np.ravel(x)
    return x[1:] - x[:-1]


def first_diff_backwards(x):
    """x(k) - x(k+1): the subtraction the other way round."""
    x = np.ravel(x)
    return x[:-1] - x[1:]


def brighten(img, k):
    return np.clip(img.astype(np.int64) + int(k), 0, 255).astype(np.uint8)


def brighten_wraps(img, k):
    """uint8 arithmetic in NumPy wraps around where Octave saturates at 255."""
    return img + np.uint8(k)


# -- band_energy(x, fs, band, mode) ----------------------------------------------------------
def band_energy(x, fs, band, mode="sum"):
    x = np.ravel(x)
    X = np.abs(np.fft.fft(x)) ** 2
    f = np.arange(x.size) * fs / x.size
    sel = (f >= band["lo"]) & (f <= band["hi"])
    return X[sel].mean() if mode == "mean" else X[sel].sum()


# -- another API for frame_signal: declared adapters, not wrappers ------------------------------
def frames_columns(x, size, overlap=1, *, pad=False):
    """Frames as COLUMNS, the hop given as ``overlap`` frames per frame length (hop = size / overlap)."""
    x = np.ravel(x)
    hop = int(size // overlap)
    nf = (x.size - size) // hop + 1
    return np.stack([x[k * hop:k * hop + size] for k in range(nf)], axis=1)


def window_spectrum(x, fs, twin):
    x = np.ravel(x)
    nwin = int(round(twin * fs))
    nfft = 1 << int(np.ceil(np.log2(nwin)))
    return np.abs(np.fft.rfft(x[:nwin], nfft)) / nfft


def window_spectrum_by_window(x, fs, twin):
    """Scaled by the window length where the .m divides by the FFT length."""
    x = np.ravel(x)
    nwin = int(round(twin * fs))
    nfft = 1 << int(np.ceil(np.log2(nwin)))
    return np.abs(np.fft.rfft(x[:nwin], nfft)) / nwin
