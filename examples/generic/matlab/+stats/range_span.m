function r = range_span(x)
%RANGE_SPAN The span max - min of each column (a function of the package folder +stats).
r = max(x, [], 1) - min(x, [], 1);
end
