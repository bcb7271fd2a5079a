function e = band_energy(x, fs, band, mode)
%BAND_ENERGY Energy of x in a frequency band; BAND is a struct with fields lo and hi (Hz).
%   MODE is 'sum' or 'mean' over the bins of the band. With no MODE, 'sum'.
if nargin < 4
  mode = 'sum';
end
x = x(:);
N = numel(x);
X = abs(fft(x)) .^ 2;
f = (0:N-1)' * fs / N;
in = f >= band.lo & f <= band.hi;
if strcmp(mode, 'mean')
  e = mean(X(in));
else
  e = sum(X(in));
end
end
