function [m, v] = smooth_stats(x, w)
%SMOOTH_STATS Weighted mean and (weighted, N-1 style) variance of x with a local helper.
m = wmean(x, w);
v = wvar(x, w, m);
end

function m = wmean(x, w)
m = sum(w(:) .* x(:)) / sum(w(:));
end

function v = wvar(x, w, m)
v = sum(w(:) .* (x(:) - m) .^ 2) / (sum(w(:)) - 1);
end
