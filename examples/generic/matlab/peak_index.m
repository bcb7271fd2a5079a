function [m, idx] = peak_index(X)
%PEAK_INDEX The largest entry of each column and its (1-based) row.
[m, idx] = max(X, [], 1);
end
