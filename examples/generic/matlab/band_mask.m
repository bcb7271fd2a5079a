function M = band_mask(nbins, edges)
%BAND_MASK One row per band: ones on bins edges(k) .. edges(k+1)-1 (1-based bins), zeros elsewhere.
nb = numel(edges) - 1;
M = zeros(nb, nbins);
for k = 1:nb
  M(k, edges(k):(edges(k + 1) - 1)) = 1;
end
end
