function F = frame_signal(x, N, hop)
%FRAME_SIGNAL Cut x into frames of N samples, one frame per row, HOP samples apart.
%   Only whole frames: floor((numel(x) - N) / hop) + 1 of them.
x = x(:);
nf = floor((numel(x) - N) / hop) + 1;
F = zeros(nf, N);
for k = 1:nf
  F(k, :) = x((k - 1) * hop + (1:N))';
end
end
