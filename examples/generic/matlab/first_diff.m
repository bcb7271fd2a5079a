function d = first_diff(x)
%FIRST_DIFF Differences of consecutive samples, x(k+1) - x(k).
x = x(:);
d = x(2:end) - x(1:end-1);
end
