function P = spectrum_db(x, nfft)
%SPECTRUM_DB One-sided magnitude spectrum in dB of x windowed by hanning(numel(x)).
%   P has nfft/2 + 1 entries (DC to Nyquist); 20*log10 of the amplitude.
x = x(:);
w = hanning(numel(x));
X = fft(x .* w, nfft);
P = 20 * log10(abs(X(1:nfft/2 + 1)) + eps);
end
