function X = dft(x)
%DFT The discrete Fourier transform by its definition, X(k) = sum_n x(n) exp(-2i*pi*(k-1)*(n-1)/N).
x = x(:);
N = numel(x);
n = (0:N-1)';
X = exp(-2i * pi * n * n' / N) * x;
end
