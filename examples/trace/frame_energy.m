function E = frame_energy(x, frame_len, hop)
%FRAME_ENERGY Short-time energy of a signal in Hamming-windowed frames.
%   E = FRAME_ENERGY(x, frame_len, hop) returns, for k = 1..K with
%   K = floor((numel(x) - L) / hop) + 1 and L = frame_len, the energy
%       E(k) = sum_{n=1..L} (w(n) * x((k-1)*hop + n))^2
%   of frame k under the symmetric Hamming window
%       w(n) = 0.54 - 0.46 * cos(2*pi*(n-1) / (L-1)),   n = 1..L.
%   E is a K x 1 column.

x = x(:);
L = frame_len;
K = floor((numel(x) - L) / hop) + 1;
n = (0:L-1)';
w = 0.54 - 0.46 * cos(2 * pi * n / (L - 1));
E = zeros(K, 1);
for k = 1:K
  seg = x((k - 1) * hop + (1:L));
  E(k) = sum((w .* seg) .^ 2);
end

end
