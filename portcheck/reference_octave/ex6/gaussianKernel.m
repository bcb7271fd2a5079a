function sim = gaussianKernel(x1, x2, sigma)
%GAUSSIANKERNEL Gaussian (RBF) similarity of two vectors.
%   sim = GAUSSIANKERNEL(x1, x2, sigma) returns
%     sim = exp(-||x1 - x2||^2 / (2 * sigma^2))
%   for vectors x1 and x2 with the same number of elements; rows and columns
%   are both accepted (each is read as a column).

x1 = x1(:);
x2 = x2(:);

sim = exp(-sum((x1 - x2) .^ 2) / (2 * sigma ^ 2));

end
