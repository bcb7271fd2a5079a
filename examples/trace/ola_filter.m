function y = ola_filter(x, h, block)
%OLA_FILTER Linear convolution of x with the FIR filter h by overlap-add.
%   y = OLA_FILTER(x, h, block) cuts x into blocks of BLOCK samples, filters
%   each with an N-point FFT (N = block + numel(h) - 1, enough for the linear
%   convolution of a block) and adds the overlapping tails. The result equals
%   conv(x, h): a column of numel(x) + numel(h) - 1 samples.

x = x(:);
h = h(:);
M = numel(h);
N = block + M - 1;
H = fft(h, N);
nb = ceil(numel(x) / block);
y = zeros(nb * block + M - 1, 1);
for b = 1:nb
  first = (b - 1) * block + 1;
  last = min(b * block, numel(x));
  seg = x(first:last);
  Y = ifft(fft(seg, N) .* H);
  y(first:first + N - 1) = y(first:first + N - 1) + real(Y);
end
y = y(1:numel(x) + M - 1);

end
