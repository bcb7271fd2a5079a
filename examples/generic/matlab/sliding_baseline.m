function b = sliding_baseline(x, L, approach)
% SLIDING_BASELINE  baseline of a signal from a centred window of half-width h = floor(L/2):
%   b(j) = mean (approach 'mn') or median ('md') of x(max(1, j-h) : min(n, j+h)),
% the window cut short at both ends of the signal.
h = floor(L / 2);
n = numel(x);
b = zeros(size(x));
for j = 1:n
  w = x(max(1, j - h) : min(n, j + h));
  if strcmp(approach, 'mn')
    b(j) = mean(w);
  else
    b(j) = median(w);
  end
end
end
