function [bestEpsilon, bestF1] = selectThreshold(yval, pval)
%SELECTTHRESHOLD Density threshold for anomaly detection with the best F1.
%   [bestEpsilon, bestF1] = SELECTTHRESHOLD(yval, pval) flags an example as an
%   anomaly when its density pval(i) < epsilon, compares the flags with the
%   m x 1 ground truth yval (1 = anomaly), and tries 1001 thresholds
%   epsilon = min(pval):stepsize:max(pval), stepsize = (max - min) / 1000.
%   It returns the first threshold with the highest F1 score,
%     F1 = 2 * prec * rec / (prec + rec),
%     prec = tp / (tp + fp),   rec = tp / (tp + fn).
%   A threshold that flags no true anomaly has F1 = NaN (0 / 0) and is never
%   chosen; if no threshold scores above 0, bestEpsilon = bestF1 = 0.

bestEpsilon = 0;
bestF1 = 0;

stepsize = (max(pval) - min(pval)) / 1000;
for epsilon = min(pval):stepsize:max(pval)

    predictions = (pval < epsilon);

    tp = sum((predictions == 1) & (yval == 1));
    fp = sum((predictions == 1) & (yval == 0));
    fn = sum((predictions == 0) & (yval == 1));

    prec = tp / (tp + fp);
    rec = tp / (tp + fn);
    F1 = 2 * prec * rec / (prec + rec);

    if F1 > bestF1
        bestF1 = F1;
        bestEpsilon = epsilon;
    end
end

end
