function P = window_spectrum(x, fs, twin)
% WINDOW_SPECTRUM  magnitude spectrum of the first twin seconds of x, zero-padded to the next power of two:
%   nwin = round(twin * fs) samples, nfft = 2^nextpow2(nwin), P = |fft(x(1:nwin), nfft)| / nfft (one-sided).
nwin = round(twin * fs);
nfft = 2 ^ nextpow2(nwin);
X = fft(x(1:nwin), nfft);
P = abs(X(1:nfft/2+1)) / nfft;
end
