function W = debugInitializeWeights(fan_out, fan_in)
%DEBUGINITIALIZEWEIGHTS Deterministic weights for gradient checking.
%   W = DEBUGINITIALIZEWEIGHTS(fan_out, fan_in) is a fan_out x (1 + fan_in)
%   matrix filled column by column with sin(1), sin(2), ... scaled by 1/10, so
%   that every run (and every language) sees the same numbers.

W = zeros(fan_out, 1 + fan_in);
W = reshape(sin(1:numel(W)), size(W)) / 10;

end
