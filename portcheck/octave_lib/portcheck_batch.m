function results = portcheck_batch(fname, pool, index, n, nout, stores, drops)
%PORTCHECK_BATCH Evaluate fname on many argument lists in one call.
%   results = PORTCHECK_BATCH(fname, pool, index, n, nout, stores, drops)
%   evaluates fname n times. pool is a cell of the distinct argument values
%   of the whole batch; row k of index lists the pool positions (1-based, 0
%   for none) of the arguments of evaluation k, so a value shared by many
%   evaluations (X, y, the layer sizes) crosses the bridge once. A pool entry
%   that is a struct with the single field portcheck_resident is replaced by
%   the base-workspace variable it names: large inputs stay resident in
%   Octave between calls. Before evaluating, the base-workspace variables
%   named in the cell drops are cleared and stores = {name1, value1, ...} are
%   assigned in the base workspace.
%
%   Logical outputs are returned as double (the MAT exchange would turn them
%   into uint8, an integer class they are not).
%
%   results is a 1 x n cell: entry k is a 1 x nout cell of outputs or, when
%   evaluation k raised, a struct with the fields message, identifier,
%   stack_names, stack_lines and stack_columns (innermost frame first, the
%   bridge's own frames left out). One failing input set never hides the
%   others. portcheck uses this so that many reference evaluations cost one
%   Octave round trip instead of one each.

for k = 1:numel(drops)
  evalin('base', ['clear ' drops{k}]);
end
for k = 1:2:numel(stores)
  assignin('base', stores{k}, stores{k + 1});
end
for j = 1:numel(pool)
  a = pool{j};
  if isstruct(a) && isscalar(a) && isfield(a, 'portcheck_resident') && numel(fieldnames(a)) == 1
    pool{j} = evalin('base', a.portcheck_resident);
  end
end

results = cell(1, n);
for k = 1:n
  if isempty(index)
    args = {};
  else
    row = index(k, :);
    args = pool(row(row > 0));
  end
  out = cell(1, nout);
  try
    if nout == 0
      feval(fname, args{:});
    else
      [out{:}] = feval(fname, args{:});
    end
    for j = 1:numel(out)
      if islogical(out{j})
        out{j} = double(out{j});  % the MAT exchange would make it uint8, which it is not
      end
    end
    results{k} = out;
  catch err
    names = {};
    lines = [];
    columns = [];
    for s = 1:numel(err.stack)
      if ~any(strcmp(err.stack(s).name, {'portcheck_batch', '_pyeval'}))
        names{end + 1} = err.stack(s).name;
        lines(end + 1) = err.stack(s).line;
        columns(end + 1) = err.stack(s).column;
      end
    end
    results{k} = struct('message', err.message, 'identifier', err.identifier, ...
                        'stack_names', {names}, 'stack_lines', lines, ...
                        'stack_columns', columns);
  end
end

end
