function numgrad = computeNumericalGradient(J, theta)
%COMPUTENUMERICALGRADIENT Central-difference gradient of a cost function.
%   numgrad = COMPUTENUMERICALGRADIENT(J, theta) perturbs each entry of theta
%   by +/- e and returns (J(theta + e) - J(theta - e)) / (2e), with e = 1e-4 as
%   in the course. J must return the cost as its first output.

numgrad = zeros(size(theta));
perturb = zeros(size(theta));
e = 1e-4;
for p = 1:numel(theta)
  perturb(p) = e;
  loss1 = J(theta - perturb);
  loss2 = J(theta + perturb);
  numgrad(p) = (loss2 - loss1) / (2 * e);
  perturb(p) = 0;
end

end
