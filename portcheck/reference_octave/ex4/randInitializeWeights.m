function W = randInitializeWeights(L_in, L_out)
%RANDINITIALIZEWEIGHTS Random weights for a layer with L_in inputs and L_out outputs.
%   W = RANDINITIALIZEWEIGHTS(L_in, L_out) is an L_out x (1 + L_in) matrix drawn
%   uniformly from [-epsilon_init, epsilon_init]; the first column holds the bias
%   weights. epsilon_init = sqrt(6) / sqrt(L_in + L_out) keeps the initial
%   activations away from the saturated ends of the sigmoid.

epsilon_init = sqrt(6) / sqrt(L_in + L_out);
W = rand(L_out, 1 + L_in) * 2 * epsilon_init - epsilon_init;

end
